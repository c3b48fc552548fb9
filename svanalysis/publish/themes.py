"""Themes as they may be published: gated counts, key sentences, quotes, the spreadsheet's table.

What respondents wrote is counted by :mod:`svanalysis.analysis.themes.counts` (exact tables, with
the support tables' bases); every number published from it passes the disclosure gate here
(:func:`publishable_themes`), every quote passes the gate's place-name redaction, and every
sentence names a leading theme only when its 95% interval clears every other (the same rule as the
charts' titles). The report notebook (``notebooks/themes.py``), the ``Themes`` sheet of
``tables.xlsx``, the chart of themes per question and the Word draft all take their themes from here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

from svanalysis.analysis.support import analysis_frame, breakdown_column, equal_to, ids_in
from svanalysis.analysis.themes.counts import answered, field_question, theme_quotes, theme_table
from svanalysis.analysis.themes.frame import parse_frame
from svanalysis.core.disclosure import disclosure_rules, is_symbol, publishable, redact_places
from svanalysis.core.spec import Spec, load_spec
from svanalysis.publish.compare import Estimate, and_list, compare

__all__ = [
    "THEME_BREAKDOWNS",
    "framed_fields",
    "publishable_themes",
    "theme_findings",
    "theme_quality_table",
    "themes_for_document",
    "themes_published_quotes",
    "themes_table",
]

THEME_BREAKDOWNS: tuple[str | None, ...] = (None, "stance", "sector", "region", "respondent_type")


def framed_fields(themes: pd.DataFrame, frame: Any = None) -> list[str]:
    """The fields a frame covers (the frame the themes were assigned with, by default), in frame order.

    >>> t = pd.DataFrame(columns=["field"])
    >>> t.attrs["theme_frame"] = "q7_text:\\n- id: a\\n  name: A\\nq14_text:\\n- id: b\\n  name: B\\n"
    >>> framed_fields(t)
    ['q7_text', 'q14_text']
    """
    frame = themes.attrs.get("theme_frame") if frame is None else frame
    if frame is None:
        return list(dict.fromkeys(themes["field"].astype(str))) if len(themes) else []
    return list(parse_frame(frame) if isinstance(frame, str) else frame)


def publishable_themes(table: pd.DataFrame, settings: Any = None) -> pd.DataFrame:
    """A theme table (:func:`~svanalysis.analysis.themes.counts.theme_table`) through the disclosure gate.

    The gate sees the themes of a field and group as the categories of one share table (a theme id
    beside its name would make each theme a table of its own, so it is dropped).

    Examples
    --------
    >>> t = pd.DataFrame({"breakdown": "overall", "group": "All respondents", "field": "q14_text",
    ...     "theme_id": ["a", "b"], "theme": ["Funding", "Training"], "count": [12, 1], "base": [20, 20],
    ...     "percent": [60.0, 5.0], "ci_low": [38.7, 0.9], "ci_high": [78.1, 23.6], "suppressed": False})
    >>> publishable_themes(t)[["theme", "count", "percent"]].values.tolist()
    [['Funding', '[c]', '[c]'], ['Training', '[c]', '[c]']]
    """
    return publishable(table.drop(columns=["theme_id"], errors="ignore"), settings)


def themes_table(
    responses: pd.DataFrame,
    themes: pd.DataFrame,
    frame: Any = None,
    campaign: str = "each",
    spec: Spec | None = None,
    settings: Any = None,
) -> pd.DataFrame:
    """Every framed field's themes, overall and by stance, sector, region and respondent type (exact).

    The stance breakdown is given for the fields that explain a closed answer; a breakdown whose
    column the responses lack is left out. Empty (with the columns) when no themes were assigned.
    """
    spec = spec or load_spec()
    frame = themes.attrs.get("theme_frame") if frame is None else frame
    parts = []
    for field in framed_fields(themes, frame):
        if field not in responses.columns:
            continue
        q = field_question(field, spec)
        for by in THEME_BREAKDOWNS:
            if by == "stance" and q.type != "yes_no_explain":
                continue
            if by not in (None, "stance") and breakdown_column(by, spec) not in responses.columns:
                continue
            t = theme_table(
                responses, themes, field, by=by, frame=frame, campaign=campaign, spec=spec, settings=settings
            )
            parts.append(t.drop(columns=["theme_id"]))
    cols = ["breakdown", "group", "field", "theme", "count", "base", "percent", "ci_low", "ci_high", "suppressed"]
    return pd.concat(parts, ignore_index=True)[cols] if parts else pd.DataFrame(columns=cols)


def _pct(row: Any) -> str:
    return "withheld" if is_symbol(row["percent"]) else f"{float(row['percent']):.0f}%"


def theme_findings(
    responses: pd.DataFrame,
    themes: pd.DataFrame,
    field: str,
    campaign: str = "each",
    frame: Any = None,
    settings: Any = None,
    spec: Spec | None = None,
) -> list[str]:
    """Key sentences of a field's themes: who answered, the themes raised most, whether one leads.

    A theme is named as raised most often only when its 95% interval lies above every other's.
    """
    spec = spec or load_spec()
    q = field_question(field, spec)
    t = theme_table(responses, themes, field, frame=frame, campaign=campaign, spec=spec, settings=settings)
    g = publishable_themes(t, settings)
    if g.empty:
        return [f"No themes have been assigned to the answers to Q{q.number}."]
    base = g["base"].iloc[0]
    shown = g[~g["percent"].map(is_symbol)]
    first = f"{base if is_symbol(base) else f'{int(base):,}'} respondents answered Q{q.number} in their own words."
    if shown.empty:
        r = disclosure_rules(settings)
        return [
            first,
            f"The themes they raised are withheld: fewer than {r.min_base} answered, or the counts are too small to publish.",
        ]
    # the three raised most often, and any theme tied with the third (the table is in order of count)
    pct = shown["percent"].astype(float)
    top = shown[pct >= pct.iloc[min(2, len(shown) - 1)]]
    listed = and_list([f"{row['theme']} ({_pct(row)})" for _, row in top.iterrows()])
    lead = "The theme raised most often was" if len(top) == 1 else "The themes raised most often were"
    out = [first, f"{lead} {listed}; an answer may raise several."]
    comp = compare(
        Estimate(str(row["theme"]), float(row["percent"]), float(row["ci_low"]), float(row["ci_high"]))
        for _, row in shown.iterrows()
        if not is_symbol(row["ci_low"])
    )
    if comp.clear:
        out.append(
            f"{comp.leader.name} was raised clearly most often: its 95% interval lies above every other theme's."
        )
    elif len(comp.similar) >= 2:
        out.append(
            f"No single theme leads: the 95% intervals of {and_list([e.name for e in comp.similar[:4]])} overlap."
        )
    df = analysis_frame(responses, "exclude", campaign, columns=["respondent_id", field])
    df = df[answered(df, field)]
    with_theme = themes.loc[equal_to(themes["field"], field), "respondent_id"]
    none = int((~ids_in(df["respondent_id"], with_theme)).sum())
    if none >= disclosure_rules(settings).min_count:
        out.append(f"{none:,} answers raised none of the frame's themes (or said nothing, such as 'N/A').")
    return out


def themes_published_quotes(
    responses: pd.DataFrame,
    themes: pd.DataFrame,
    field: str,
    per_theme: int | None = None,
    frame: Any = None,
    settings: Any = None,
    spec: Spec | None = None,
) -> pd.DataFrame:
    """Quotes for each theme as they may be published: consented respondents, place names redacted.

    Returns ``theme``, ``quote``, ``attribution`` (respondent type and sector), in frame order; no
    respondent id.
    """
    q = theme_quotes(responses, themes, field, frame=frame, per_theme=per_theme, spec=spec, settings=settings)
    out = q[["theme", "quote", "attribution"]].copy()
    out["quote"] = [redact_places(t, settings, spec) for t in out["quote"]]
    return out.reset_index(drop=True)


def themes_for_document(
    responses: pd.DataFrame,
    themes: pd.DataFrame,
    frame: Any = None,
    campaign: str = "each",
    spec: Spec | None = None,
    settings: Any = None,
) -> pd.DataFrame | None:
    """Exact theme counts per field (overall), ranked: what the Word draft's "Themes raised" shows.

    ``field``, ``theme`` (its name), ``count``, ``base``; ``None`` when no themes were assigned.
    """
    if themes is None or themes.empty:
        return None
    t = themes_table(responses, themes, frame=frame, campaign=campaign, spec=spec, settings=settings)
    t = t[t["breakdown"] == "overall"]
    return t[["field", "theme", "count", "base"]].reset_index(drop=True) if len(t) else None


THEME_QUALITY_COUNTS = ("answers", "said_nothing", "with_theme", "to_review", "coded_by_a_person")
"""The columns of :func:`theme_quality_table` that count answers (the gate treats them as counts)."""


def theme_quality_table(processed: str | Path, settings: Any = None) -> pd.DataFrame:
    """Coverage, review load and agreement per field, from ``themes_quality.json`` (empty if none).

    Columns: ``field``, ``answers``, ``said_nothing``, ``with_theme``, ``coverage`` (% of answers
    that say something), ``to_review``, ``coded_by_a_person``, ``agreement_f1`` (with its 95%
    interval, on the stratified random codes). Coverage is left blank where fewer than the
    disclosure base answered.
    """
    p = Path(processed) / "themes_quality.json"
    if not p.exists():
        return pd.DataFrame()
    q = json.loads(p.read_text(encoding="utf-8"))
    r = disclosure_rules(settings)
    rows = []
    for field, f in q.get("fields", {}).items():
        overall = next((a for a in f.get("agreement", []) if a["theme"] == "(overall, micro)"), None)
        f1 = ""
        if overall and overall.get("f1") is not None:
            f1 = f"{overall['f1']:.2f}"
            if overall.get("f1_low") is not None:
                f1 += f" ({overall['f1_low']:.2f} to {overall['f1_high']:.2f}), {overall['answers']} answers"
        rows.append(
            {
                "field": field,
                "answers": f["answers"],
                "said_nothing": f["empty"],
                "with_theme": f["with_theme"],
                "coverage": round(100 * f["coverage"], 1)
                if f.get("coverage") is not None and f["answers"] >= r.min_base
                else "",
                "to_review": f["review_load"],
                "coded_by_a_person": f["coded_answers"],
                "agreement_f1": f1 or "no codes yet",
            }
        )
    return pd.DataFrame(rows)
