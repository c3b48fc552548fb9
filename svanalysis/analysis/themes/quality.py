"""How far the themes can be trusted: coverage, review load and agreement with a person, per field.

Worked out from the full scores of an assignment (:func:`~svanalysis.analysis.themes.assign.score_themes`)
and the person's codes, and written beside ``themes.parquet`` as ``themes_quality.json`` for the
data-quality report:

- **coverage**: of the answers that say something (not blank, not "N/A" or "see above"), the share
  given at least one theme; the rest said something the frame does not name (or the engine missed it);
- **review load**: answers not coded by a person with at least one theme call near the decision cut
  (confidence strictly between ``1 - review_threshold`` and ``review_threshold``);
- **agreement**: precision, recall and F1 of the engine's own calls (``automatic``: made without
  that answer's codes, out of fold when codes teach) against the person's codes, per theme and
  overall, with bootstrap 95% intervals. Where some codes came from the stratified random part of a
  review sheet (``reason`` starting "stratified"), agreement is measured on those alone, since the
  least confident answers are the hardest by construction; otherwise on every coded answer.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from svanalysis.analysis.themes.agreement import OVERALL, theme_agreement
from svanalysis.core.settings import resolve_settings

__all__ = ["field_agreement", "theme_quality"]


def field_agreement(scores: pd.DataFrame, codes: pd.DataFrame, field: str, settings: Any = None) -> pd.DataFrame:
    """Agreement of the engine's own calls with a person's codes for one field (see the module docstring).

    Returns
    -------
    pandas.DataFrame
        :func:`~svanalysis.analysis.themes.agreement.theme_agreement`'s table with a ``sample``
        column ("stratified random" or "all coded"); empty when the field has no codes.

    Examples
    --------
    >>> scores = pd.DataFrame({"respondent_id": ["a", "b"], "field": "f", "theme": "x", "automatic": [True, False]})
    >>> codes = pd.DataFrame({"respondent_id": ["a", "b"], "field": "f", "theme": "x", "present": [1, 1], "reason": ""})
    >>> field_agreement(scores, codes, "f", {"themes": {"agreement": {"bootstrap_reps": 0}}})[["theme", "tp", "fn", "f1"]].values.tolist()
    [['x', 1, 1, 0.6667], ['(overall, micro)', 1, 1, 0.6667]]
    """
    s = resolve_settings(settings)["themes"]
    c = codes[codes["field"].astype(str) == field]
    if c.empty:
        return pd.DataFrame()
    sample = "all coded"
    if "reason" in c.columns:
        random_part = c["reason"].astype("string").fillna("").str.startswith("stratified")
        if random_part.any():
            c, sample = c[random_part.to_numpy(dtype=bool)], "stratified random"
    sc = scores[scores["field"].astype(str) == field]
    auto = sc.loc[sc["automatic"].astype(bool), ["respondent_id", "theme"]]
    themes = list(dict.fromkeys(sc["theme"].astype(str)))
    out = theme_agreement(
        auto,
        c[["respondent_id", "theme", "present"]],
        themes=themes or None,
        n_boot=s["agreement"]["bootstrap_reps"],
        seed=s["seed"],
    )
    out.insert(0, "field", field)
    out["sample"] = sample
    return out


def _plain(v: Any) -> Any:
    """A JSON-ready scalar: numpy numbers as Python ones, NaN as None."""
    v = v.item() if isinstance(v, np.generic) else v
    return None if isinstance(v, float) and np.isnan(v) else v


def theme_quality(scores: pd.DataFrame, codes: pd.DataFrame | None = None, settings: Any = None) -> dict[str, Any]:
    """Coverage, review load and agreement per field, as a JSON-ready mapping.

    Parameters
    ----------
    scores : pandas.DataFrame
        :func:`~svanalysis.analysis.themes.assign.score_themes`.
    codes : pandas.DataFrame, optional
        The person's codes (``respondent_id``, ``field``, ``theme``, ``present``, optional ``reason``).
    settings : mapping or path, optional

    Returns
    -------
    dict
        ``{"fields": {field: {answers, empty, with_theme, coverage, review_load, coded_answers,
        themes: {id: answers}, agreement: [rows]}}}``.

    Examples
    --------
    >>> scores = pd.DataFrame({"respondent_id": ["a", "a", "b", "b", "c", "c"], "field": "f",
    ...     "theme": ["x", "y"] * 3, "confidence": [0.9, 0.6, 0.1, 0.1, 0.0, 0.0],
    ...     "assigned": [True, True, False, False, False, False], "automatic": [True, True, False, False, False, False],
    ...     "method": "model", "empty": [False, False, False, False, True, True]})
    >>> q = theme_quality(scores)["fields"]["f"]
    >>> q["answers"], q["empty"], q["with_theme"], q["coverage"], q["review_load"], q["themes"]
    (3, 1, 1, 0.5, 1, {'x': 1, 'y': 1})
    """
    s = resolve_settings(settings)["themes"]
    t = float(s["review_threshold"])
    low, high = min(t, 1 - t), max(t, 1 - t)
    out: dict[str, Any] = {"fields": {}}
    field_of_row = scores["field"].astype(str)
    # (field by field, the ids kept as Arrow strings: a flag table of every field's rows at once, its fields and ids as
    # Python strings, took some 2 GB at a million responses)
    for field in field_of_row.unique():
        sc = scores[(field_of_row == field).to_numpy(dtype=bool)]
        conf = sc["confidence"].astype(float)
        manual = (sc["method"].astype(str) == "manual").to_numpy()
        flags = pd.DataFrame(
            {
                "rid": sc["respondent_id"].astype(str).array,
                "empty": sc["empty"].astype(bool).to_numpy(),
                "assigned": sc["assigned"].astype(bool).to_numpy(),
                "manual": manual,
                "unsure": ((conf > low) & (conf < high)).to_numpy() & ~manual,
            }
        )
        per = flags.groupby("rid", sort=False).agg(
            empty=("empty", "first"), assigned=("assigned", "any"), manual=("manual", "any"), unsure=("unsure", "any")
        )
        empty = per["empty"]
        saying = int((~empty).sum())
        with_theme = int((per["assigned"] & ~empty).sum())
        counts = sc.loc[sc["assigned"].astype(bool), "theme"].astype(str).value_counts()
        rec: dict[str, Any] = {
            "answers": len(per),
            "empty": int(empty.sum()),
            "with_theme": with_theme,
            "coverage": round(with_theme / saying, 4) if saying else None,
            "review_load": int(per["unsure"].sum()),
            "coded_answers": int(per["manual"].sum()),
            "themes": {str(k): int(counts.get(k, 0)) for k in dict.fromkeys(sc["theme"].astype(str))},
            "agreement": [],
        }
        if codes is not None and len(codes):
            ag = field_agreement(scores, codes, field, settings)
            if len(ag):
                rec["agreement"] = [{k: _plain(v) for k, v in row.items()} for row in ag.to_dict("records")]
                overall = ag[ag["theme"] == OVERALL].iloc[0]
                rec["agreement_f1"] = None if np.isnan(overall["f1"]) else float(overall["f1"])
        out["fields"][field] = rec
    return out
