"""Organised campaigns: how many responded through each, with which text, identical or varied.

Ingest marks each response that belongs to a campaign (``campaign_id``: near-identical free text
from different respondents) but does not record which answer carries the campaign's text, nor how
far its members' texts vary. ``campaign_summary`` works both out from the processed responses: the
campaign's text is the free-text answer most of its members gave at length, its template the
version most of them sent (as ingest redacted it), and the campaign is *identical* when every
member sent that version word for word (ignoring case and spacing) and *varied* otherwise, with the
number of versions. If ingest comes to record campaigns itself (a ``campaigns`` table in the
processed folder), this is the one function to change.

The template text is respondent text: publish it only redacted and only where a member consented
to publication (``svanalysis.publish.quotes.campaign_template`` does both).
"""

from __future__ import annotations

import pandas as pd

from svanalysis.analysis.support import analysis_frame
from svanalysis.core.processed import TEXT_SUFFIXES
from svanalysis.core.spec import Spec, load_spec

__all__ = ["campaign_summary"]

MIN_WORDS = 10  # a campaign's text is a real passage, not "Yes, agree"


def _norm(text: str) -> str:
    return " ".join(str(text).lower().split())


def campaign_summary(responses: pd.DataFrame, duplicates: str = "exclude", spec: Spec | None = None) -> pd.DataFrame:
    """One row per campaign, largest first.

    Returns
    -------
    DataFrame
        ``campaign_id``, ``responses``, ``organisations``, ``individuals``, ``consented`` (members
        who agreed to publication), ``field`` (the text column the campaign answered), ``template``
        (the version most members sent), ``identical`` (every member sent it), ``versions``.

    Examples
    --------
    >>> text = "We the undersigned support a new legal duty on every agency to work together now."
    >>> r = pd.DataFrame({"respondent_id": list("abcd"), "duplicate_of": [None] * 4,
    ...     "campaign_id": ["C1", "C1", "C1", None], "respondent_type": ["Individual"] * 4,
    ...     "consent_publish": ["Yes", "No", "No", "Yes"],
    ...     "q14_text": [text, text.upper(), text + " Thanks.", "Something else entirely"]})
    >>> s = campaign_summary(r)
    >>> s[["campaign_id", "responses", "consented", "field", "identical", "versions"]].values.tolist()
    [['C1', 3, 1, 'q14_text', False, 2]]
    """
    spec = spec or load_spec()
    df = analysis_frame(responses, duplicates=duplicates)
    cols = [
        "campaign_id",
        "responses",
        "organisations",
        "individuals",
        "consented",
        "field",
        "template",
        "identical",
        "versions",
    ]
    if "campaign_id" not in df or df["campaign_id"].isna().all():
        return pd.DataFrame(columns=cols)
    text_cols = [c for c in df.columns if c.endswith(TEXT_SUFFIXES) or c == "letter_text"]
    types = spec.respondent_types
    rows = []
    for cid, part in df[df["campaign_id"].notna()].groupby("campaign_id", sort=False):
        best: tuple[str, pd.Series] | None = None
        for c in text_cols:
            t = part[c].dropna().astype(str)
            t = t[t.str.split().str.len() >= MIN_WORDS]
            if len(t) and (best is None or len(t) > len(best[1])):
                best = (c, t)
        kind = part["respondent_type"].astype(object) if "respondent_type" in part else pd.Series(dtype=object)
        row = {
            "campaign_id": str(cid),
            "responses": len(part),
            "organisations": int((kind == types[0]).sum()) if types else 0,
            "individuals": int((kind == types[1]).sum()) if len(types) > 1 else 0,
            "consented": int((part["consent_publish"].astype(object) == "Yes").sum())
            if "consent_publish" in part
            else 0,
            "field": None,
            "template": None,
            "identical": None,
            "versions": 0,
        }
        if best is not None:
            col, texts = best
            norm = texts.map(_norm)
            counts = norm.value_counts()
            row.update(
                field=col,
                template=texts[norm == counts.index[0]].iloc[0],
                identical=bool(len(counts) == 1 and len(texts) == len(part)),
                versions=len(counts),
            )
        rows.append(row)
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values("responses", ascending=False, kind="stable").reset_index(drop=True)
