"""Organised campaigns: how many responded through each, with which text, identical or varied.

Ingest marks each response that belongs to a campaign (``campaign_id``) and whether that member
sent the campaign's standard text unchanged or varied it (``campaign_member``: "identical" or
"varied", judged box by box, as Scottish Government consultation analyses count them), but does
not record which answer carries the campaign's text. ``campaign_summary`` works that out from the
processed responses: the campaign's text is the free-text answer most of its members gave at
length, its template the version most of them sent (as ingest redacted it); it counts identical
and varied members from ``campaign_member`` (or, for tables written before ingest recorded it,
from whether each member's text is the template word for word, ignoring case and spacing).

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
        (the version most members sent), ``identical`` (every member sent it), ``versions``,
        ``identical_members``, ``varied_members``.

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
    >>> s[["identical_members", "varied_members"]].values.tolist()  # upper case is the same text
    [[2, 1]]
    """
    spec = spec or load_spec()
    # the campaigns' rows first, then the analysis frame of them: the same rows, without taking
    # every other response's columns (all the free text) row by row on the way
    if "campaign_id" in responses:
        responses = responses[responses["campaign_id"].notna().to_numpy()]
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
        "identical_members",
        "varied_members",
    ]
    if "campaign_id" not in df or df["campaign_id"].isna().all():
        return pd.DataFrame(columns=cols)
    part = df[df["campaign_id"].notna()]
    cid = part["campaign_id"].astype(str)
    text_cols = [c for c in part.columns if c.endswith(TEXT_SUFFIXES) or c == "letter_text"]
    types = list(spec.respondent_types)
    kind = part["respondent_type"].astype(object) if "respondent_type" in part else pd.Series(None, index=part.index)
    consent = part["consent_publish"].astype(object) if "consent_publish" in part else pd.Series(None, index=part.index)
    out = pd.DataFrame(
        {
            "responses": cid.groupby(cid, sort=False).size(),
            "organisations": (kind == (types[0] if types else None)).groupby(cid, sort=False).sum(),
            "individuals": (kind == (types[1] if len(types) > 1 else None)).groupby(cid, sort=False).sum(),
            "consented": (consent == "Yes").groupby(cid, sort=False).sum(),
        }
    )
    # the text column most members answered at length is the campaign's (vectorised: many campaigns)
    long = pd.DataFrame(
        {c: (part[c].astype("string").str.split().str.len().fillna(0) >= MIN_WORDS) for c in text_cols},
        index=part.index,
    )
    per = long.groupby(cid, sort=False).sum() if text_cols else pd.DataFrame(index=out.index)
    best = per.idxmax(axis=1).where(per.max(axis=1) > 0) if text_cols else pd.Series(None, index=out.index)
    out["field"] = best.reindex(out.index)
    out["template"], out["identical"], out["versions"] = None, None, 0
    for col in out["field"].dropna().unique():
        ids = out.index[out["field"] == col]
        rows = cid.isin(ids) & long[col]
        texts = part.loc[rows, col].astype(str)
        norm = texts.str.lower().str.split().str.join(" ")
        keys = cid[rows]
        sizes = (
            pd.DataFrame({"c": keys, "n": norm, "t": texts})
            .groupby(["c", "n"], sort=False)
            .agg(k=("t", "size"), t=("t", "first"))
        )
        sizes = sizes.reset_index().sort_values(["c", "k"], ascending=[True, False], kind="stable")
        top = sizes.drop_duplicates("c").set_index("c")
        versions = sizes.groupby("c").size()
        with_text = keys.groupby(keys).size()
        out.loc[ids, "template"] = top["t"].reindex(ids).to_numpy()
        out.loc[ids, "versions"] = versions.reindex(ids).fillna(0).astype(int).to_numpy()
        out.loc[ids, "identical"] = (
            (versions.reindex(ids) == 1) & (with_text.reindex(ids) == out.loc[ids, "responses"])
        ).to_numpy()
    if "campaign_member" in part and part["campaign_member"].notna().any():
        member = part["campaign_member"].astype(object)
        out["identical_members"] = (member == "identical").groupby(cid, sort=False).sum()
        out["varied_members"] = out["responses"] - out["identical_members"]
        out["identical"] = (out["varied_members"] == 0).astype(object).where(out["field"].notna(), None)
    else:  # tables from before ingest judged members: the template's own copies are the identical ones
        same = pd.Series(0, index=out.index)
        for col in out["field"].dropna().unique():
            tmpl = out["template"].where(out["field"] == col).dropna().map(_norm)
            member_text = part[col].astype("string").fillna("").map(_norm)
            hit = member_text.to_numpy() == cid.map(tmpl).fillna("\x00").to_numpy()
            same = same.add(pd.Series(hit, index=part.index).groupby(cid, sort=False).sum(), fill_value=0)
        out["identical_members"] = same.reindex(out.index).fillna(0)
        out["varied_members"] = out["responses"] - out["identical_members"]
    out = out.reset_index(names="campaign_id")
    for c in (
        "responses",
        "organisations",
        "individuals",
        "consented",
        "versions",
        "identical_members",
        "varied_members",
    ):
        out[c] = out[c].astype(int)
    out["identical"] = out["identical"].astype(object).where(out["field"].notna(), None)
    out = out[cols]
    return out.sort_values("responses", ascending=False, kind="stable").reset_index(drop=True)
