"""Respondents' own words, as they may be published.

A quote is published only from a respondent who consented to publication (the questionnaire's
``consent`` question), never from a duplicate submission, at most once per campaign, with personal
data already redacted by ingest and place names that identify a force or council redacted here
(``svanalysis.core.disclosure.redact_places``), shortened to a passage, and attributed by
respondent type only ("organisation", "individual"). HTML reports and the Word document take their
quotes from here, so they follow the same rules.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from svanalysis.analysis.support import analysis_frame
from svanalysis.core.disclosure import redact_places
from svanalysis.core.spec import Spec, load_spec

__all__ = ["CAMPAIGNS_SHOWN", "MAX_WORDS", "campaign_template", "consented", "select_quotes"]

MAX_WORDS = 60  # a quote is a passage, not a whole response
CAMPAIGNS_SHOWN = 10  # the largest campaigns are described one by one; the rest are counted
MIN_WORDS = 6


def consented(responses: pd.DataFrame, spec: Spec | None = None) -> pd.Series:
    """Which responses consented to publication (True/False, missing as False)."""
    spec = spec or load_spec()
    col = spec.question_for("consent").columns["value"]
    if col not in responses:
        return pd.Series(False, index=responses.index)
    return (responses[col].astype(object) == "Yes").fillna(False).astype(bool)


def _passage(text: str, max_words: int = MAX_WORDS) -> str:
    """The text cut to whole sentences within ``max_words`` (or the first ``max_words`` words, with …)."""
    text = " ".join(str(text).split())
    words = text.split(" ")
    if len(words) <= max_words:
        return text
    out = ""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if len((out + " " + sentence).split()) > max_words:
            break
        out = (out + " " + sentence).strip()
    return out or " ".join(words[:max_words]) + " …"


def select_quotes(
    responses: pd.DataFrame,
    column: str,
    limit: int = 5,
    seed: int = 1,
    settings: Any = None,
    spec: Spec | None = None,
) -> pd.DataFrame:
    """Up to ``limit`` publishable quotes from a free-text column.

    Returns
    -------
    DataFrame
        ``quote`` (redacted, shortened) and ``attribution`` ("organisation" or "individual").

    Examples
    --------
    >>> r = pd.DataFrame({"respondent_id": ["a", "b", "c"], "duplicate_of": [None, None, None],
    ...     "campaign_id": [None, None, None], "respondent_type": ["Organisation", "Individual", "Individual"],
    ...     "consent_publish": ["Yes", "No", "Yes"],
    ...     "q14_text": ["Westmere Police would welcome a shared budget for prevention.",
    ...                  "Not published: no consent was given here at all.", "Too short."]})
    >>> select_quotes(r, "q14_text").values.tolist()
    [['[organisation] would welcome a shared budget for prevention.', 'organisation']]
    """
    spec = spec or load_spec()
    consent = spec.question_for("consent").columns["value"]
    r = analysis_frame(responses, columns=[column, consent, "campaign_id", "respondent_type"])
    if column not in r:
        return pd.DataFrame(columns=["quote", "attribution"])
    ok = r[consented(r, spec) & r[column].notna()]
    ok = ok[ok[column].astype(str).str.split().str.len() >= MIN_WORDS]
    if "campaign_id" in ok:
        ok = ok[ok["campaign_id"].isna() | ~ok["campaign_id"].duplicated()]
    if ok.empty:
        return pd.DataFrame(columns=["quote", "attribution"])
    pick = ok.sample(n=min(limit, len(ok)), random_state=seed)
    kinds = (
        pick["respondent_type"].astype(object)
        if "respondent_type" in pick
        else pd.Series("respondent", index=pick.index)
    )
    return pd.DataFrame(
        {
            "quote": [redact_places(_passage(t), settings, spec) for t in pick[column].astype(str)],
            "attribution": [str(k).lower() if isinstance(k, str) else "respondent" for k in kinds],
        }
    )


def campaign_template(row: pd.Series, settings: Any = None, spec: Spec | None = None) -> str | None:
    """A campaign's template text as it may be published (redacted, shortened), or None when no
    member consented to publication or the campaign has no text."""
    if not row.get("template") or not row.get("consented"):
        return None
    return redact_places(_passage(row["template"], max_words=120), settings, spec)
