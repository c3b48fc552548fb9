"""Counting and quoting themes: how many raised each, who they were, what they said.

Counts follow the support tables' conventions (``svanalysis.analysis.support``) so that a theme
table reads like any other table of the report:

- the **base** is the respondents who answered the field (a blank answer is not in the base; an
  answer such as "N/A" is, since the respondent chose to write it);
- a **count** is the respondents whose answer has the theme (one answer may have several themes,
  so counts do not add up to the base);
- **duplicates are excluded** and **campaign** responses are counted each or once
  (``analysis_frame``); breakdowns are those of the support tables (sector, region, respondent
  type, channel) and ``stance``, the answer to the closed question the field explains (the reasons
  of those who said No to Option One);
- percentages carry Wilson 95% intervals; small counts and small bases are suppressed, with the
  support tables' primary and secondary suppression (``count_rows``). These tables are exact: they
  are published only through the publication gate.

Quotes are for publication: only from respondents who consented, never a duplicate, a campaign's
text once, a short passage (the sentence that makes the theme's point, or a short answer whole),
attributed by respondent type and sector only. Texts are those of the processed
responses, which ingest has already redacted of personal data; a publishing step must still pass
them through its own gate (place names).

``answers`` is for reading behind a number: the texts of the answers a count is made of, in one call.
"""

from __future__ import annotations

import html
import re
import textwrap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from svanalysis.analysis.support import (
    ALL_GROUP,
    NOT_STATED,
    analysis_frame,
    breakdown_column,
    count_rows,
    equal_to,
    first_positions,
    ids_in,
)
from svanalysis.analysis.themes.frame import Theme, as_themes, parse_frame
from svanalysis.core.checks import check_choice, check_columns, check_type
from svanalysis.core.settings import resolve_settings
from svanalysis.core.spec import Question, Spec, load_spec

__all__ = [
    "THEME_TABLE_COLUMNS",
    "AnswerSet",
    "answered",
    "answers",
    "attribution",
    "field_question",
    "select_answers",
    "theme_names",
    "theme_quotes",
    "theme_table",
]

THEME_TABLE_COLUMNS = [
    "breakdown",
    "group",
    "field",
    "theme_id",
    "theme",
    "count",
    "base",
    "percent",
    "ci_low",
    "ci_high",
    "suppressed",
]


def field_question(field: str, spec: Spec | None = None) -> Question:
    """The question a free-text field belongs to ("q9_option_one_text" -> Q9).

    Raises
    ------
    ValueError
        If no question of the questionnaire holds the field.

    Examples
    --------
    >>> field_question("q9_option_one_text").id, field_question("q14_text").id
    ('q9', 'q14')
    """
    spec = spec or load_spec()
    for q in spec.answerable:
        if field in q.columns.values():
            return q
    raise ValueError(f"{field!r} is not a free-text field of the questionnaire")


def _stance_column(field: str, spec: Spec) -> str:
    q = field_question(field, spec)
    if q.type != "yes_no_explain" or "value" not in q.columns:
        raise ValueError(f"{field} does not explain a closed answer, so it has no stance to break down by")
    return q.columns["value"]


def theme_names(frame: Mapping[str, Iterable[Theme | Mapping]] | str | None, field: str) -> dict[str, str]:
    """Theme id to name for one field of a frame (a mapping, or its YAML text); ``{}`` without a frame.

    >>> theme_names({"q7_text": [{"id": "youth", "name": "Youth clubs"}]}, "q7_text")
    {'youth': 'Youth clubs'}
    """
    if frame is None:
        return {}
    if isinstance(frame, str):
        frame = parse_frame(frame)
    if field not in frame:
        return {}
    return {t.id: t.name for t in as_themes(frame[field])}


def answered(responses: pd.DataFrame, field: str) -> np.ndarray:
    """Which responses answered a free-text field (its text is not blank).

    >>> answered(pd.DataFrame({"q7_text": ["Youth clubs", " ", None, "N/A"]}), "q7_text").tolist()
    [True, False, False, True]
    """
    check_columns("responses", [field], responses.columns)
    s = responses[field].astype("string").str.strip()
    return (s.notna() & (s != "")).to_numpy(dtype=bool)


def _frame_order(frame: Any, field: str, themes: pd.DataFrame) -> list[str]:
    names = theme_names(frame, field)
    seen = list(names) if names else []
    # unique() keeps the order of first appearance, without a Python string per row
    extra = [t for t in themes.loc[equal_to(themes["field"], field), "theme"].astype(str).unique() if t not in seen]
    return seen + extra


def theme_table(
    responses: pd.DataFrame,
    themes: pd.DataFrame,
    field: str,
    by: str | None = None,
    frame: Any = None,
    campaign: str = "each",
    duplicates: str = "exclude",
    min_base: int | None = None,
    min_count: int | None = None,
    spec: Spec | None = None,
    settings: Any = None,
) -> pd.DataFrame:
    """How many raised each theme of a field: count, base, percentage, interval, suppression.

    Parameters
    ----------
    responses : pandas.DataFrame
        ``responses.parquet`` with the field's text column.
    themes : pandas.DataFrame
        ``themes.parquet`` (``respondent_id``, ``field``, ``theme``).
    field : str
        The free-text field ("q14_text").
    by : str, optional
        "sector", "region", "respondent_type", "channel", "stance" (the closed answer the field
        explains) or any responses column; None for overall.
    frame : mapping or str, optional
        The code frame (or its YAML text), for theme names and the themes no one raised; default:
        the frame ``themes`` was assigned with (``themes.attrs["theme_frame"]``), else theme ids.
    campaign, duplicates : str
        See :func:`~svanalysis.analysis.support.analysis_frame`.
    min_base, min_count : int, optional
        Suppression thresholds (default: the settings' ``suppression``).
    spec : Spec, optional
        The questionnaire.
    settings : mapping or path, optional
        The settings.

    Returns
    -------
    pandas.DataFrame
        ``THEME_TABLE_COLUMNS``; themes ranked by their overall count (largest first, ties in frame
        order), the same order in every group; percentages 0-100 of the group's base.

    Raises
    ------
    ValueError
        On an unknown breakdown, or ``by="stance"`` for a field that explains no closed answer.

    Examples
    --------
    >>> r = pd.DataFrame({"respondent_id": list("abcde"), "duplicate_of": [None, None, None, None, "a"],
    ...                   "campaign_id": [None] * 5, "q7_text": ["Youth clubs", "Police", "Clubs and police", "", "Clubs"]})
    >>> t = pd.DataFrame({"respondent_id": ["a", "b", "c", "c", "e"], "field": "q7_text",
    ...                   "theme": ["youth", "police", "youth", "police", "youth"]})
    >>> frame = {"q7_text": [{"id": "police", "name": "Visible policing"}, {"id": "youth", "name": "Youth clubs"}]}
    >>> out = theme_table(r, t, "q7_text", frame=frame, min_base=1, min_count=1)
    >>> out[["theme", "count", "base"]].values.tolist()
    [['Visible policing', 2, 3], ['Youth clubs', 2, 3]]
    """
    spec = spec or load_spec()
    s = resolve_settings(settings)["suppression"]
    min_base = s["min_base"] if min_base is None else min_base
    min_count = s["min_count"] if min_count is None else min_count
    check_columns("themes", ["respondent_id", "field", "theme"], themes.columns)
    frame = themes.attrs.get("theme_frame") if frame is None else frame
    col = _stance_column(field, spec) if by == "stance" else breakdown_column(by, spec)
    df = analysis_frame(responses, duplicates, campaign, columns=["respondent_id", field, col])
    df = df[answered(df, field)]
    names = theme_names(frame, field)
    order = _frame_order(frame, field, themes)
    t = themes.loc[equal_to(themes["field"], field), ["respondent_id", "theme"]]
    # each theme's answer by its row in df (Arrow's index_in, not a string index); -1: not counted here
    rows = first_positions(t["respondent_id"], df["respondent_id"])
    has = np.zeros((len(df), len(order)), dtype=bool)
    if (rows >= 0).any() and order:
        if df["respondent_id"].duplicated().any():
            raise ValueError("respondent ids are not unique")
        cols = pd.Categorical(t["theme"].astype(str), categories=order).codes
        ok = (rows >= 0) & (cols >= 0)
        has[rows[ok], cols[ok]] = True
    overall = has.sum(axis=0)
    rank = sorted(range(len(order)), key=lambda j: (-overall[j], j))
    order = [order[j] for j in rank]
    has = has[:, rank]
    labels = [names.get(tid, tid) for tid in order]
    label_by = "overall" if by is None or by == "overall" else by
    frames = []
    if col is None:
        groups = [(ALL_GROUP, np.ones(len(df), dtype=bool))]
    else:
        check_columns("responses", [col], df.columns)
        v = df[col]
        levels = [str(c) for c in v.cat.categories] if isinstance(v.dtype, pd.CategoricalDtype) else None
        if levels is None:
            levels = sorted(str(x) for x in v.dropna().unique())
        obj = v.astype("object")
        groups = [(lev, (obj == lev).fillna(False).to_numpy(dtype=bool)) for lev in levels]
        if v.isna().any():
            groups.append((NOT_STATED, v.isna().to_numpy()))
    for group, mask in groups:
        frames.append(
            count_rows(label_by, group, field, labels, has[mask].sum(axis=0), int(mask.sum()), min_base, min_count)
        )
    out = pd.concat(frames, ignore_index=True) if frames else count_rows(label_by, ALL_GROUP, field, [], [], 0, 1, 1)
    out = out.rename(columns={"question": "field", "answer": "theme"})
    out.insert(3, "theme_id", np.tile(np.asarray(order, dtype=object), len(groups)) if order else [])
    return out[THEME_TABLE_COLUMNS]


def _consented(df: pd.DataFrame, spec: Spec) -> np.ndarray:
    col = spec.question_for("consent").columns["value"]
    if col not in df:
        return np.zeros(len(df), dtype=bool)
    return (df[col].astype("object") == "Yes").fillna(False).to_numpy(dtype=bool)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _passage(text: str, evidence: str, max_words: int, min_words: int = 5) -> str | None:
    """The sentence that makes the theme's point (the one holding the evidence), else a short answer whole.

    >>> _passage("We agree. Funding must last five years at least. Thanks.", "Funding must last five years", 60)
    'Funding must last five years at least.'
    >>> _passage("Training, together.", "Training, together.", 60)
    'Training, together.'
    """
    text = " ".join(str(text).split())
    evidence = " ".join(str(evidence or "").split())
    if evidence:
        for sentence in _SENTENCE_END.split(text):
            if evidence[:40] in sentence and len(sentence.split()) >= min_words:
                words = sentence.split()
                return sentence if len(words) <= max_words else " ".join(words[:max_words]) + " …"
    return text if len(text.split()) <= max_words else None


def attribution(respondent_type: Any, sector: Any) -> str:
    """How a quote is attributed: respondent type and sector only.

    >>> attribution("Organisation", "Police"), attribution("Individual", None)
    ('Organisation, Police', 'Individual')
    """
    kind = str(respondent_type) if isinstance(respondent_type, str) and respondent_type else "Respondent"
    return f"{kind}, {sector}" if isinstance(sector, str) and sector else kind


def theme_quotes(
    responses: pd.DataFrame,
    themes: pd.DataFrame,
    field: str,
    frame: Any = None,
    per_theme: int | None = None,
    max_words: int | None = None,
    spec: Spec | None = None,
    settings: Any = None,
) -> pd.DataFrame:
    """Up to ``per_theme`` short representative passages for each theme of a field, for publication.

    Only respondents who consented to publication; duplicates left out; a campaign's text once;
    the most confident assignments first (a person's codes count as sure), one passage per text.

    Parameters
    ----------
    responses, themes : pandas.DataFrame
        ``responses.parquet`` (with the field and ``consent_publish``) and ``themes.parquet``.
    field : str
        The free-text field.
    frame : mapping or str, optional
        The code frame, for theme names (default: the one ``themes`` was assigned with).
    per_theme, max_words : int, optional
        Quotes per theme and words per quote at most (default: ``themes.quotes`` of the settings).
    spec : Spec, optional
    settings : mapping or path, optional

    Returns
    -------
    pandas.DataFrame
        ``field``, ``theme_id``, ``theme``, ``quote``, ``attribution`` (respondent type and sector),
        ``respondent_id`` (to trace a quote; not for publication), in frame order.

    Examples
    --------
    >>> r = pd.DataFrame({"respondent_id": ["a", "b"], "duplicate_of": [None, None], "campaign_id": [None, None],
    ...     "respondent_type": ["Organisation", "Individual"], "q1_sector": ["Police", None],
    ...     "consent_publish": ["Yes", "No"], "q7_text": ["Reopen the youth club.", "Youth clubs, please."]})
    >>> t = pd.DataFrame({"respondent_id": ["a", "b"], "field": "q7_text", "theme": "youth",
    ...     "confidence": [0.8, 0.9], "evidence": ["Reopen the youth club.", "Youth clubs"], "method": "model"})
    >>> theme_quotes(r, t, "q7_text")[["theme", "quote", "attribution"]].values.tolist()
    [['youth', 'Reopen the youth club.', 'Organisation, Police']]
    """
    spec = spec or load_spec()
    q = resolve_settings(settings)["themes"]["quotes"]
    per_theme = check_type("per_theme", q["per_theme"] if per_theme is None else per_theme, int)
    max_words = check_type("max_words", q["max_words"] if max_words is None else max_words, int)
    frame = themes.attrs.get("theme_frame") if frame is None else frame
    names = theme_names(frame, field)
    sector_col = breakdown_column("sector", spec)
    consent_col = spec.question_for("consent").columns["value"]
    df = analysis_frame(
        responses, columns=["respondent_id", field, consent_col, "campaign_id", "respondent_type", sector_col]
    )
    df = df[answered(df, field) & _consented(df, spec)]
    info = pd.DataFrame(
        {
            "respondent_id": df["respondent_id"].astype("string").to_numpy(),
            "text": df[field].astype("string").to_numpy(),
            "campaign_id": df["campaign_id"].astype("string").to_numpy()
            if "campaign_id" in df
            else pd.array([pd.NA] * len(df), dtype="string"),
            "respondent_type": df["respondent_type"].astype("object").to_numpy() if "respondent_type" in df else None,
            "sector": df[sector_col].astype("object").to_numpy() if sector_col in df else None,
        }
    )
    t = themes[themes["field"].astype(str) == field].copy()
    t["respondent_id"] = t["respondent_id"].astype("string")
    t = t.merge(info, on="respondent_id", how="inner")
    t["sure"] = np.where(t["method"].astype(str) == "manual", 1.0, t["confidence"].astype(float))
    t = t.sort_values(["sure", "respondent_id"], ascending=[False, True], kind="stable")
    rows = []
    for tid in _frame_order(frame, field, themes):
        part = t[t["theme"].astype(str) == tid]
        seen_text: set[str] = set()
        seen_campaign: set[str] = set()
        k = 0
        for r in part.itertuples(index=False):
            if k >= per_theme:
                break
            if isinstance(r.campaign_id, str):
                if r.campaign_id in seen_campaign:
                    continue
                seen_campaign.add(r.campaign_id)
            passage = _passage(r.text, r.evidence, max_words)
            if not passage or passage.casefold() in seen_text:
                continue
            seen_text.add(passage.casefold())
            rows.append(
                {
                    "field": field,
                    "theme_id": tid,
                    "theme": names.get(tid, tid),
                    "quote": passage,
                    "attribution": attribution(r.respondent_type, r.sector),
                    "respondent_id": r.respondent_id,
                }
            )
            k += 1
    return pd.DataFrame(rows, columns=["field", "theme_id", "theme", "quote", "attribution", "respondent_id"])


# ---------------------------------------------------------------------------- reading behind a count
@dataclass(frozen=True)
class AnswerSet:
    """The answers behind a count: a table, shown as a readable table in a notebook and as text in a terminal.

    Attributes
    ----------
    table : pandas.DataFrame
        ``respondent_id``, ``respondent_type``, ``sector``, ``stance``, ``themes`` (names, "; "),
        ``count`` (1, or how many of the selection sent a campaign's text), ``campaign_id``, ``text``.
    description : str
        What was asked for ("q9_option_one_text, stance No, theme ...: 12 answers").
    """

    table: pd.DataFrame
    description: str

    def __len__(self) -> int:
        return len(self.table)

    def to_frame(self) -> pd.DataFrame:
        """A copy of the table."""
        return self.table.copy()

    def __str__(self) -> str:
        lines = [self.description]
        for k, r in enumerate(self.table.itertuples(index=False), start=1):
            who = " | ".join(
                str(x)
                for x in (r.respondent_type, r.sector, f"stance: {r.stance}" if isinstance(r.stance, str) else None)
                if isinstance(x, str) and x
            )
            head = f"[{k}] {r.respondent_id}  {who}"
            if r.count > 1:
                head += f"  (campaign text sent by {r.count})"
            lines.append(head)
            if r.themes:
                lines.append(f"    themes: {r.themes}")
            lines += textwrap.wrap(str(r.text), width=96, initial_indent="    ", subsequent_indent="    ")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        rows = []
        for r in self.table.itertuples(index=False):
            count = f"<br><small>campaign text sent by {r.count}</small>" if r.count > 1 else ""
            rows.append(
                "<tr>"
                + "".join(
                    f'<td style="text-align:left;vertical-align:top">{html.escape(str(v)) if isinstance(v, str) else ""}</td>'
                    for v in (r.respondent_type, r.sector, r.stance, r.themes)
                )
                + f'<td style="text-align:left;vertical-align:top;max-width:48em;white-space:normal">'
                f"{html.escape(str(r.text))}{count}</td></tr>"
            )
        head = "".join(
            f'<th style="text-align:left">{h}</th>' for h in ("Respondent", "Sector", "Stance", "Themes", "Text")
        )
        return (
            f"<p>{html.escape(self.description)}</p>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )


_FILTERS = ("sector", "region", "respondent_type", "channel")


def select_answers(
    responses: pd.DataFrame,
    themes: pd.DataFrame,
    field: str,
    stance: str | None = None,
    theme: str | None = None,
    frame: Any = None,
    campaign: str = "each",
    spec: Spec | None = None,
    **groups: str | None,
) -> AnswerSet:
    """The answers to a field behind a count: filtered by stance, theme and breakdown groups.

    Parameters
    ----------
    responses, themes : pandas.DataFrame
        ``responses.parquet`` (with the field) and ``themes.parquet``.
    field : str
        The free-text field.
    stance : str, optional
        The closed answer the field explains ("No"), for fields that explain one.
    theme : str, optional
        A theme's id or name.
    frame : mapping or str, optional
        The code frame, for names (default: the one ``themes`` was assigned with).
    campaign : {"each", "once"}
        "each": every member of a campaign is counted, and the campaign's text is shown once with
        that count; "once": one member per campaign.
    spec : Spec, optional
    **groups : str
        ``sector``, ``region``, ``respondent_type``, ``channel``: a group's label.

    Returns
    -------
    AnswerSet

    Raises
    ------
    ValueError
        On an unknown filter, group label, stance or theme, each named with what is allowed.
    """
    spec = spec or load_spec()
    check_choice("campaign", campaign, ["each", "once"])
    for key in groups:
        check_choice("filter", key, _FILTERS)
    frame = themes.attrs.get("theme_frame") if frame is None else frame
    names = theme_names(frame, field)
    stance_col = None
    try:
        stance_col = _stance_column(field, spec)
    except ValueError:
        if stance is not None:
            raise
    sector_col = breakdown_column("sector", spec)
    wanted = ["respondent_id", field, stance_col, "respondent_type", sector_col, "campaign_id"]
    wanted += [breakdown_column(key, spec) for key, value in groups.items() if value is not None]
    df = analysis_frame(responses, "exclude", campaign, columns=wanted)
    df = df[answered(df, field)]
    asked = [field]
    if stance is not None:
        labels = (
            [str(c) for c in df[stance_col].cat.categories]
            if isinstance(df[stance_col].dtype, pd.CategoricalDtype)
            else sorted(df[stance_col].dropna().astype(str).unique())
        )
        check_choice("stance", stance, labels)
        df = df[(df[stance_col].astype("object") == stance).fillna(False).to_numpy(dtype=bool)]
        asked.append(f"stance {stance}")
    for key, value in groups.items():
        if value is None:
            continue
        col = breakdown_column(key, spec)
        check_columns("responses", [col], df.columns)
        v = df[col]
        allowed = (
            [str(c) for c in v.cat.categories]
            if isinstance(v.dtype, pd.CategoricalDtype)
            else sorted(v.dropna().astype(str).unique())
        )
        check_choice(key, value, [*allowed, NOT_STATED])
        hit = v.isna() if value == NOT_STATED else (v.astype("object") == value).fillna(False)
        df = df[hit.to_numpy(dtype=bool)]
        asked.append(f"{key} {value}")
    t = themes.loc[equal_to(themes["field"], field), ["respondent_id", "theme"]]
    if theme is not None:
        by_name = {n.casefold(): i for i, n in names.items()}
        known = list(dict.fromkeys([*names, *t["theme"].astype(str)]))
        tid = theme if theme in known else by_name.get(str(theme).casefold())
        if tid is None:
            raise ValueError(f"theme must be one of {known} (or their names); got {theme!r}")
        df = df[ids_in(df["respondent_id"], t.loc[t["theme"].astype(str) == tid, "respondent_id"])]
        asked.append(f"theme {names.get(tid, tid)}")
    order = {tid: k for k, tid in enumerate(names)}
    per = (
        t.assign(rank=t["theme"].astype(str).map(order).fillna(len(order)))
        .sort_values(["rank"], kind="stable")
        .groupby(t["respondent_id"].astype("string"), sort=False)["theme"]
        .agg(lambda s: "; ".join(names.get(x, x) for x in s.astype(str)))
    )
    ids = df["respondent_id"].astype("string")
    table = pd.DataFrame(
        {
            "respondent_id": ids.to_numpy(),
            "respondent_type": df["respondent_type"].astype("object").to_numpy() if "respondent_type" in df else None,
            "sector": df[sector_col].astype("object").to_numpy() if sector_col in df else None,
            "stance": df[stance_col].astype("object").to_numpy() if stance_col in df else None,
            "themes": per.reindex(ids.to_numpy()).fillna("").to_numpy(),
            "count": 1,
            "campaign_id": df["campaign_id"].astype("string").to_numpy()
            if "campaign_id" in df
            else pd.array([pd.NA] * len(df), dtype="string"),
            "text": df[field].astype("string").to_numpy(),
        }
    )
    in_campaign = table["campaign_id"].notna()
    if in_campaign.any():
        sizes = table.loc[in_campaign].groupby("campaign_id")["respondent_id"].transform("size")
        table.loc[in_campaign, "count"] = sizes.astype("int64")
        table = table[~in_campaign | ~table["campaign_id"].duplicated()]
    table = table.reset_index(drop=True)
    n_resp = int(table["count"].sum())
    desc = f"{', '.join(asked)}: {n_resp} answer{'s' if n_resp != 1 else ''}"
    if n_resp != len(table):
        desc += f" ({len(table)} distinct: campaign texts shown once)"
    return AnswerSet(table, desc)


def answers(
    field: str,
    stance: str | None = None,
    theme: str | None = None,
    sector: str | None = None,
    region: str | None = None,
    respondent_type: str | None = None,
    channel: str | None = None,
    data: Mapping[str, pd.DataFrame] | str | Path | None = None,
    frame: Any = None,
    campaign: str = "each",
    spec: Spec | None = None,
) -> AnswerSet:
    """The answers behind a count, in one call: ``sv.answers("q9_option_one_text", stance="No", theme=...)``.

    Reads the processed tables (the project's ``data/processed`` unless ``data`` is given: a folder
    or what :func:`~svanalysis.core.processed.load_processed` returned) and returns the redacted
    texts with respondent type, sector, stance and themes; duplicates left out; a campaign's text
    shown once with how many sent it. A notebook shows a table; a terminal, plain text.

    Parameters
    ----------
    field : str
        The free-text field ("q9_option_one_text").
    stance, theme, sector, region, respondent_type, channel : str, optional
        Filters: the closed answer the field explains, a theme (id or name), a group's label.
    data : mapping, str or Path, optional
        The processed tables, or their folder.
    frame : mapping or str, optional
        The code frame (default: the one the themes were assigned with).
    campaign : {"each", "once"}
    spec : Spec, optional

    Returns
    -------
    AnswerSet

    Raises
    ------
    ValueError
        On an unknown field, filter value or theme.
    FileNotFoundError
        If the processed tables are not there.
    """
    from svanalysis.core.processed import load_processed

    if data is None or isinstance(data, (str, Path)):
        data = load_processed(data, text=[field])
    responses, themes = data["responses"], data.get("themes")
    if field not in responses.columns:
        raise ValueError(f"{field!r} is not a free-text field of the processed responses")
    if themes is None:
        themes = pd.DataFrame(columns=["respondent_id", "field", "theme", "confidence", "evidence", "method"])
    return select_answers(
        responses,
        themes,
        field,
        stance=stance,
        theme=theme,
        frame=frame,
        campaign=campaign,
        spec=spec,
        sector=sector,
        region=region,
        respondent_type=respondent_type,
        channel=channel,
    )
