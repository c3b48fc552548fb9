"""Cleaning: raw answers (slots) become the contract's canonical values, with every change logged.

Why it is shaped this way:

- **Each distinct value is cleaned once, then mapped.** A million responses hold a few thousand
  distinct ways of writing a sector or an FTE; ``_per_unique`` parses those once and broadcasts the
  result, so there is no per-row Python on the hot path.
- **Every change is logged** (``cleaning_log``: respondent, field, raw, clean, rule), and the rule
  names are a small fixed vocabulary (``RULE_CATEGORY``) so the data-quality summary can say, per
  question, how many values were clean as received, re-coded, parsed, inferred, flagged or left
  missing.
- **Nothing is forced.** A label that matches nothing stays missing, its raw text in the log; an
  implausible number is kept and flagged, never changed; a negative number is refused.

The conventions (from the walking-skeleton contract): a range becomes its midpoint and keeps its
ends in ``_low``/``_high``; "half a post" is 0.5, "two" is 2, "1/2" is 0.5; "approx", "c.",
"around", "~" are dropped; k and m multiply; "nil", "none", "no additional" are 0; "unknown",
"N/A", "-", "tbc", "don't know" and blank are missing. Volunteer hours per year are the per-year
figure if given, else per-month x 12, else per-week x 52.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from svanalysis.core.processed import response_columns
from svanalysis.core.settings import load_settings
from svanalysis.core.spec import Question, Spec, load_spec
from svanalysis.core.text import norm
from svanalysis.ingest.dedupe import CAMPAIGN_MEMBER_KINDS
from svanalysis.ingest.labels import LEADING_YES_NO, LabelMatcher, matcher
from svanalysis.ingest.numbers import parse_number
from svanalysis.ingest.personal import POSTCODE, redact_series
from svanalysis.ingest.places import AMBIGUOUS, place_postcode

__all__ = [
    "RULE_CATEGORY",
    "UNMAPPED_COLUMNS",
    "CleanResult",
    "attach_redactions",
    "clean",
    "unmapped_answers",
    "welsh_responses",
]


# The rule vocabulary of the cleaning log and the data-quality category of each rule.
RULE_CATEGORY = {
    "normalised": "recoded",
    "synonym": "recoded",
    "fuzzy": "recoded",
    "contains": "recoded",
    "other_text": "recoded",
    "other_recoded": "recoded",
    "leading_answer": "recoded",
    "tick_columns": "recoded",
    "other_text_implies_other": "recoded",
    "detail_implies_choice": "recoded",
    "unmatched": "unmatched",
    "ambiguous": "unmatched",
    "number_text": "parsed",
    "unit_dropped": "parsed",
    "approx_dropped": "parsed",
    "bound_word": "parsed",
    "range_midpoint": "parsed",
    "word_number": "parsed",
    "fraction": "parsed",
    "percent_of_post": "parsed",
    "multiplier": "parsed",
    "sum_of_figures": "parsed",
    "period_in_text": "parsed",
    "zero_word": "parsed",
    "missing_marker": "missing",
    "no_number": "missing",
    "negative_refused": "flagged",
    "formula_refused": "unmatched",
    "exponent_refused": "unmatched",
    "ip_address_refused": "unmatched",
    "dotted_figure_refused": "unmatched",
    "personal_data_refused": "unmatched",
    "unparsed": "unmatched",
    "implausible": "flagged",
    "per_week_x52": "parsed",
    "per_month_x12": "parsed",
    "per_year": "parsed",
    "periods_disagree": "flagged",
    "region_from_postcode": "inferred",
    "region_postcode_ambiguous": "flagged",
    "welsh_language": "flagged",
    "sector_from_organisation": "inferred",
    "type_from_organisation_field": "inferred",
    "type_from_letter": "inferred",
    "redacted": "recoded",
    "routing_ignored": "flagged",
    "status_partial": "parsed",
    "manual_override": "recoded",
}


# ============================================================================ assembling the tables
@dataclass
class CleanResult:
    responses: pd.DataFrame
    choices: pd.DataFrame
    role_fte: pd.DataFrame
    pii: pd.DataFrame
    log: pd.DataFrame
    quality: dict[str, Any]
    # originals of what redaction replaced: row position -> field -> text (for the PII table only)
    redactions: dict[int, dict[str, str]] = dataclasses.field(default_factory=dict)


def _str(s: pd.Series) -> pd.Series:
    """A slot as text with "" for blank (readers have already stripped it)."""
    s = s.astype("str")
    return s.fillna("") if s.hasnans else s


def _text(s: pd.Series) -> pd.Series:
    """A free-text column: Arrow-backed strings, missing where blank (no Python objects)."""
    return s.astype("string").replace("", pd.NA)


_FACTORS: dict[int, tuple[pd.Series, np.ndarray, np.ndarray]] = {}  # the last few columns factorised


def _factorize(s: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """``pd.factorize(s)``, done once per column however many maps are taken of it (a column's
    labels, rules, other texts and bounds are each a map of the same distinct values)."""
    got = _FACTORS.get(id(s))
    if got is not None and got[0] is s:
        return got[1], got[2]
    codes, uniq = pd.factorize(s, use_na_sentinel=True)
    if len(_FACTORS) >= 8:
        _FACTORS.pop(next(iter(_FACTORS)))
    _FACTORS[id(s)] = (s, codes, np.asarray(uniq, dtype=object))
    return codes, _FACTORS[id(s)][2]


def _fast_map(s: pd.Series, mapping: dict[Any, Any]) -> pd.Series:
    """``s.map(mapping)`` for a column of few distinct values: each distinct value is looked up once
    (pandas' factorize), then the results are spread by position. Missing keys give None. The
    result holds Python objects as they are (no inference of a text type for every row)."""
    codes, uniq = _factorize(s)
    vals = np.empty(len(uniq) + 1, dtype=object)
    for i, u in enumerate(uniq):
        vals[i] = mapping.get(u)
    vals[-1] = None
    return pd.Series(vals[codes], index=s.index, dtype=object)


def _float_map(s: pd.Series, mapping: dict[Any, Any]) -> np.ndarray:
    """``_fast_map(s, mapping).astype("float64").to_numpy()`` without a Python object a row: each
    distinct value's number is put in a float array once, then spread by position (NaN where
    ``mapping`` has none, or None).

    >>> _float_map(pd.Series(["1", "", "2", "1"]), {"1": 1.5, "2": None}).tolist()
    [1.5, nan, nan, 1.5]
    """
    codes, uniq = _factorize(s)
    vals = np.array([mapping.get(u) for u in uniq] + [None], dtype="float64")
    return vals[codes]


def _per_unique(series: pd.Series, func: Callable[[str], Any]) -> dict[str, Any]:
    _, uniq = _factorize(series)
    return {u: func(u) for u in uniq if u != ""}


class _Log:
    """Collects cleaning-log rows column-wise (categorical, so a million rows stay small).

    Each change (a few hundred a batch) adds its masked values as arrays of Python objects; the
    frame, and the text of its columns, are made once in :meth:`frame`. A small frame made for
    every change, its values converted to text one change at a time, took most of the log's time.
    """

    def __init__(self, ids: pd.Series):
        self.ids = ids.to_numpy()
        self.parts: dict[str, list[np.ndarray]] = {k: [] for k in ("respondent_id", "field", "raw", "clean", "rule")}
        # whether a change's rules were given as text (not one name, nor figures): the rule column
        # is then made of pandas' string type before it is categorical, as it always was, so the
        # type of its categories stays what it was
        self.text_rules = False
        self.originals: dict[str, dict[str, str]] = {}

    def add(self, field: str, mask: Any, raw: Any, clean: Any, rule: Any) -> None:
        mask = np.asarray(mask, dtype=bool)
        if not mask.any():
            return
        n = int(mask.sum())
        self.parts["respondent_id"].append(self.ids[mask])
        self.parts["field"].append(np.full(n, field, dtype=object))
        self.parts["raw"].append(_as_text(raw, mask))
        self.parts["clean"].append(_as_text(clean, mask))
        if isinstance(rule, str):
            self.parts["rule"].append(np.full(n, rule, dtype=object))
        else:
            rules = _masked(rule, mask)
            self.text_rules |= rules.dtype.kind != "f"
            self.parts["rule"].append(_text_values(rules))

    def frame(self) -> pd.DataFrame:
        """The log as one frame, its raw and clean values redacted like any answer; the originals
        of what was redacted go to ``self.originals`` (respondent id -> field -> text) for the PII
        table."""
        cols = {"respondent_id": "string", "field": "category", "raw": "string", "clean": "string", "rule": "category"}
        self.originals: dict[str, dict[str, str]] = {}
        if not self.parts["respondent_id"]:
            return pd.DataFrame({k: pd.Series(dtype=v) for k, v in cols.items()})
        df = pd.DataFrame({k: pd.Series(np.concatenate(self.parts[k]), dtype=object) for k in cols})
        self.parts = {k: [] for k in cols}
        if self.text_rules:
            df["rule"] = df["rule"].astype("string")
        for k, v in cols.items():
            df[k] = df[k].astype(v)
        for k in ("raw", "clean"):
            new, changed = redact_series(df[k])
            if changed.any():
                rid = df["respondent_id"].to_numpy(dtype=object)[changed]
                fld = df["field"].astype("string").to_numpy(dtype=object)[changed]
                old = df[k].to_numpy(dtype=object)[changed]
                for r, f, o in zip(rid, fld, old, strict=True):
                    self.originals.setdefault(r, {}).setdefault(f"cleaning_log:{f}", o)
                df[k] = new
        return df


def _masked(x: Any, mask: np.ndarray) -> np.ndarray:
    """The masked values of ``x`` (a Series, an array, a list) as a NumPy array.

    A column is masked before it is turned into a NumPy array: a text column made Python strings
    of all its rows, for every change logged (a few hundred times a batch), took longer than the
    rest of the log.
    """
    if isinstance(x, pd.Series):
        x = x.array
    return x[mask].to_numpy() if isinstance(x, pd.api.extensions.ExtensionArray) else np.asarray(x)[mask]


def _text_values(arr: np.ndarray) -> np.ndarray:
    """Values for a text column of the log, as Python objects: figures formatted compactly
    (``%g``), a missing one as None; anything else as it is (made text with the rest of its
    column, once, by :meth:`_Log.frame`)."""
    if arr.dtype.kind == "f":
        out = np.char.mod("%g", arr).astype(object)
        out[np.isnan(arr)] = None
        return out
    return arr.astype(object, copy=False)


def _as_text(x: Any, mask: np.ndarray) -> np.ndarray:
    """The masked values of ``x`` for a text column of the log (see :func:`_text_values`).

    >>> _as_text(np.array([1.5, np.nan, 2.0]), np.array([True, True, False])).tolist()
    ['1.5', None]
    >>> _as_text("[text]", np.array([True, False, True])).tolist()
    ['[text]', '[text]']
    """
    if isinstance(x, str):
        return np.full(int(mask.sum()), x, dtype=object)
    return _text_values(_masked(x, mask))


def _categorical(values: pd.Series | list[Any], labels: list[str]) -> pd.Categorical:
    return pd.Categorical(values, categories=labels, ordered=True)


def clean(raw: pd.DataFrame, spec: Spec | None = None, settings: dict[str, Any] | None = None) -> CleanResult:
    """Turn raw slots into the contract's tables.

    Parameters
    ----------
    raw : DataFrame
        One row per response: ``respondent_id``, ``channel``, ``source_file``, ``source_row`` and
        any slot columns the readers produced (text).
    spec, settings : optional
        The questionnaire and settings; the shipped ones by default.

    Returns
    -------
    CleanResult
        ``responses`` (stances from closed answers only; the coder fills the rest), ``choices``,
        ``role_fte``, ``pii``, the cleaning ``log`` and per-field ``quality`` counts.
    """
    spec = spec or load_spec()
    settings = settings or load_settings()
    threshold = settings["matching"]["fuzzy_threshold"]
    n = len(raw)
    ids = raw["respondent_id"].astype("string")
    log = _Log(ids)
    S = {c: _str(raw[c]) for c in raw.columns if c not in ("respondent_id", "channel", "source_file", "source_row")}
    empty = pd.Series([""] * n, dtype="str", index=raw.index)

    def slot(name: str) -> pd.Series:
        return S.get(name, empty)

    out: dict[str, Any] = {
        "respondent_id": ids.to_numpy(),
        "channel": _categorical(raw["channel"], ["online", "word_form", "letter"]),
        "source_file": raw["source_file"].astype("string"),
        "source_row": raw["source_row"].astype("int64").to_numpy(),
        "source_id": _text(slot("_source_id")),
    }
    answered = {}

    # ------------------------------------------------------------------ closed single answers
    def closed(qid: str, col: str, labels: list[str]) -> pd.Series:
        m = matcher(qid, spec, threshold)
        s = slot(qid)
        res = _per_unique(s, m.match)
        lab = _fast_map(s, {k: v.label for k, v in res.items()})
        rule = _fast_map(s, {k: v.rule for k, v in res.items()})
        changed = rule.notna() & (rule != "exact")
        log.add(col, changed, s, lab, rule)
        answered[col] = int((s != "").sum())
        return lab, rule, s, res

    # respondent type
    lab, _, _, _ = closed("respondent_type", "respondent_type", spec.respondent_types)
    org_name = slot("organisation")
    # the organisation's name is About-you data (in the PII table): the log says only that there was one
    org_mark = pd.Series(np.where(org_name != "", "[organisation]", ""), index=raw.index)
    inferred_type = lab.isna() & (raw["channel"] != "letter").to_numpy()
    org_label, ind_label = spec.respondent_types[0], spec.respondent_types[1]
    fill = pd.Series(np.where(org_name != "", org_label, ind_label), index=raw.index)
    log.add("respondent_type", inferred_type.to_numpy() & True, org_mark, fill, "type_from_organisation_field")
    letter_fill = lab.isna() & (raw["channel"] == "letter").to_numpy()
    log.add("respondent_type", letter_fill.to_numpy(), org_mark, fill, "type_from_letter")
    lab = lab.where(lab.notna(), fill)
    out["respondent_type"] = _categorical(lab, spec.respondent_types)

    # metadata
    out["duplicate_of"] = pd.array([pd.NA] * n, dtype="string")
    out["campaign_id"] = pd.array([pd.NA] * n, dtype="string")
    out["campaign_member"] = pd.Categorical([None] * n, categories=list(CAMPAIGN_MEMBER_KINDS), ordered=True)
    ts = slot("_submitted_at")
    out["submitted_at"] = _datetimes(ts, slot("_date_order"))
    # a date that is an Excel serial number (a sheet re-saved with the column as numbers) or no date at all: logged
    given = (ts.fillna("").str.strip() != "").to_numpy()
    unread = given & pd.isna(out["submitted_at"])
    serial = given & ~unread & _excel_serial(ts).to_numpy(dtype=bool)
    log.add("submitted_at", serial, ts, out["submitted_at"], "date_from_excel_serial")
    log.add("submitted_at", unread, ts, out["submitted_at"], "date_not_read")
    out["response_status"] = _status(slot("_status"), slot("_progress"), log, n)
    lab, _, _, _ = closed("consent_publish", "consent_publish", ["Yes", "No"])
    out["consent_publish"] = _categorical(lab, spec.question("consent_publish").labels)

    # Q1 sector, with "Other" text and re-coding
    q1 = spec.question("q1")
    m1 = matcher("q1", spec, threshold)
    s1, s1o = slot("q1"), slot("q1.other")
    res1 = _per_unique(s1, m1.match)
    lab1 = _fast_map(s1, {k: v.label for k, v in res1.items()})
    rule1 = _fast_map(s1, {k: v.rule for k, v in res1.items()})
    other1 = _fast_map(s1, {k: v.other_text for k, v in res1.items()})
    other1 = other1.where(other1.notna(), s1o.replace("", pd.NA))
    # "Other" whose text names a listed sector is re-coded
    is_other = (lab1 == q1.other_option.label) & (s1o != "")  # type: ignore[union-attr]
    if is_other.any():
        named = _per_unique(s1o[is_other], lambda t: m1._named(norm(t)))
        recode = _fast_map(s1o, named).where(is_other)
        log.add(q1.columns["value"], recode.notna().to_numpy(), s1o, recode, "other_recoded")
        lab1 = lab1.where(recode.isna(), recode)
    log.add(q1.columns["value"], (rule1.notna() & (rule1 != "exact")).to_numpy(), s1, lab1, rule1)
    # no sector given: inferred from the organisation's name where it plainly names one
    if settings.get("cleaning", {}).get("infer_sector_from_organisation", True):
        blank = lab1.isna() & (s1 == "") & (org_name != "")
        if blank.any():
            named = _per_unique(org_name[blank], lambda t: m1._named(norm(t)) or _other_named(m1, t))
            inferred = _fast_map(org_name, named).where(blank)
            log.add(q1.columns["value"], inferred.notna().to_numpy(), org_mark, inferred, "sector_from_organisation")
            lab1 = lab1.where(inferred.isna(), inferred)
    answered[q1.columns["value"]] = int((s1 != "").sum())
    out[q1.columns["value"]] = _categorical(lab1, q1.labels)
    out[q1.columns["other"]] = other1.astype("string")

    # Q2
    q2 = spec.question("q2")
    lab, _rule, s2, _res2 = closed("q2", q2.columns["value"], q2.labels)
    detail = slot("q2.text")
    rest = _fast_map(s2, _per_unique(s2[lab.isna()], _leading_rest))
    detail = detail.where(detail != "", rest.astype("object").fillna(""))
    out[q2.columns["value"]] = _categorical(
        _leading_answer(lab, s2, q2, log, q2.columns["value"], threshold), q2.labels
    )
    out[q2.columns["text"]] = _text(detail)

    # Q3 region, inferred from the postcode when blank
    q3 = spec.question("q3")
    lab3, _, s3, _ = closed("q3", q3.columns["value"], q3.labels)
    pc = slot("postcode")
    if (pc == "").all() and "address" in S:
        pc = slot("address").str.extract(f"({POSTCODE.pattern})", expand=False).fillna("")
    need = lab3.isna() & (s3 == "") & (pc != "")
    if need.any():
        placed = _per_unique(pc[need], place_postcode)
        inferred = _fast_map(pc, {k: v[0] for k, v in placed.items()}).where(need)
        log.add(q3.columns["value"], inferred.notna().to_numpy(), pc, inferred, "region_from_postcode")
        # a postcode district straddling a boundary (NP16 Chepstow) places no region: said so
        ambiguous = _fast_map(pc, {k: v[1] == AMBIGUOUS for k, v in placed.items()}).where(need).fillna(False)
        log.add(q3.columns["value"], ambiguous.astype(bool).to_numpy(), pc, empty, "region_postcode_ambiguous")
        lab3 = lab3.where(inferred.isna(), inferred)
    out[q3.columns["value"]] = _categorical(lab3, q3.labels)

    # Q5
    q5 = spec.question("q5")
    lab, _, s5, _ = closed("q5", q5.columns["value"], q5.labels)
    out[q5.columns["value"]] = _categorical(
        _leading_answer(lab, s5, q5, log, q5.columns["value"], threshold), q5.labels
    )

    # ------------------------------------------------------------------ stances (closed part)
    for q in spec.stance_questions:
        col, tcol, mcol = q.columns["value"], q.columns["text"], q.columns["method"]
        m = matcher(q.id, spec, threshold)
        s = slot(q.id)
        res = _per_unique(s, m.match)
        lab = _fast_map(s, {k: v.label for k, v in res.items()})
        rule = _fast_map(s, {k: v.rule for k, v in res.items()})
        text = slot(f"{q.id}.text")
        # a closed cell holding "Yes - because ..." : the answer and the rest as explanation
        unmatched = lab.isna() & (s != "")
        lead = _fast_map(s, _per_unique(s[unmatched], _leading_rest))
        if unmatched.any():
            lab2 = _fast_map(s, _per_unique(s[unmatched], lambda v, m=m: _leading_label(v, m))).where(unmatched)
            log.add(col, lab2.notna().to_numpy(), s, lab2, "leading_answer")
            text = text.where(~(lab2.notna() & (text == "")), lead.fillna(""))
            # both answers ("Yes/No": the form's prompt left as it was): no answer, and nothing for the coder to read
            both = unmatched & s.str.match(_BOTH_ANSWERS.pattern, case=False).fillna(False).astype(bool)
            # a closed cell holding only prose: it is the explanation, for the coder
            prose = unmatched & lab2.isna() & ~both
            text = text.where(~(prose & (text == "")), s)
            lab = lab.where(lab.notna(), lab2)
        else:
            both = unmatched
        stance = _fast_map(lab, {lab_: spec.stance_closed_map.get(lab_, lab_) for lab_ in m.labels + ["Mixed"]})
        both_only = both & (text == "")  # with an explanation, the explanation is coded
        if both_only.any():
            stance = stance.where(~both_only, "Unclear")
            log.add(col, both_only.to_numpy(), s, stance, "both_answers_given")
        log.add(col, (rule.notna() & ~rule.isin(["exact", "blank"]) & lab.notna()).to_numpy(), s, stance, rule)
        answered[col] = int(((s != "") | (text != "")).sum())
        out[col] = _categorical(stance, list(spec.stance_labels))
        out[tcol] = _text(text)
        out[mcol] = _categorical(
            pd.Series(np.where(stance.notna(), "closed", None), index=raw.index), list(spec.stance_methods)
        )

    # ------------------------------------------------------------------ numbers
    bounds = settings["numbers"]
    implausible: dict[str, np.ndarray] = {}
    for q in spec.of_type("time_resource"):
        fte_col, vol_col = q.columns["fte"], q.columns["volunteer_hours_per_year"]
        comb = slot(q.id)
        fte_s = slot(f"{q.id}.fte")
        parts = {c.key: slot(f"{q.id}.{c.key}") for c in q.components if c.unit == "volunteer_hours"}
        if (comb != "").any():
            split = _per_unique(comb, _split_time_resource)
            fte_s = fte_s.where(
                fte_s != "", _fast_map(comb, {k: v.get("fte", "") for k, v in split.items()}).fillna("")
            )
            for key in parts:
                parts[key] = parts[key].where(
                    parts[key] != "", _fast_map(comb, {k: v.get(key, "") for k, v in split.items()}).fillna("")
                )
        v, lo, hi = _numbers(fte_s, "fte", fte_col, log)
        out[fte_col], out[f"{fte_col}_low"], out[f"{fte_col}_high"] = v, lo, hi
        answered[fte_col] = int((fte_s != "").sum())
        out[vol_col] = _volunteer(q, parts, vol_col, log, bounds["period_disagreement"])
        answered[vol_col] = int(sum((p != "") for p in parts.values()).clip(upper=1).sum()) if parts else 0
        implausible[fte_col] = _flag(out[fte_col], bounds["fte_max"], fte_col, fte_s, log)
        implausible[vol_col] = _flag(out[vol_col], bounds["volunteer_hours_max"], vol_col, empty, log)
    for q in spec.answerable:
        if q.parse == "money":
            vcol, tcol = q.columns["value"], q.columns["text"]
            s = slot(q.id)
            v, lo, hi = _numbers(s, "money", vcol, log)
            out[vcol], out[f"{vcol}_low"], out[f"{vcol}_high"] = v, lo, hi
            out[tcol] = _text(s)
            answered[vcol] = int((s != "").sum())
            implausible[vcol] = _flag(v, bounds["money_max"], vcol, s, log)
        elif q.type == "open_text":
            out[q.columns["text"]] = _text(slot(q.id))
            answered[q.columns["text"]] = int((slot(q.id) != "").sum())
    out["letter_text"] = _text(slot("letter_text"))
    out["language"] = welsh_responses(out, raw.index)
    log.add("language", out["language"].notna().to_numpy(), "[text]", out["language"], "welsh_language")

    # routing: answers given where the questionnaire would not have asked are kept, and logged
    q5_vals = pd.Series(out[q5.columns["value"]], index=raw.index).astype("object")
    for q in spec.answerable:
        if not q.routed_from or q.type in ("multi_choice", "role_grid"):
            continue
        _src, ans = q.routed_from
        other_answer = q5_vals.notna() & (q5_vals != ans)
        for kind, col in q.columns.items():
            if kind in ("value", "text", "fte") and col in out:
                vals = pd.Series(out[col], index=raw.index)
                bad = (other_answer & vals.notna()).to_numpy()
                if bad.any():  # (the columns as text only then: most answers follow the routing)
                    log.add(col, bad, q5_vals.astype("string"), vals.astype("string"), "routing_ignored")

    responses = pd.DataFrame(out, index=raw.index)
    for col, flags in implausible.items():
        responses[f"{col}_implausible"] = flags
    responses = responses.reindex(columns=response_columns(spec))
    for col in responses.columns:
        if responses[col].dtype == object or pd.api.types.is_string_dtype(responses[col].dtype):
            responses[col] = responses[col].astype("string")
    responses, redactions = _redact_texts(responses, spec, S, log)

    choices = _choices(raw, spec, S, log, threshold)
    roles = _roles(raw, spec, S, log, threshold, bounds["fte_max"])
    pii = _pii(raw, spec, S)
    logf = log.frame()
    if log.originals:  # originals of what the log's redaction replaced, by response, for the PII table
        pos = {rid: i for i, rid in enumerate(ids.to_numpy(dtype=object))}
        for rid, fields in log.originals.items():
            if rid in pos:
                redactions.setdefault(pos[rid], {}).update(fields)
    quality = _quality(logf, answered, responses, spec)
    return CleanResult(responses.reset_index(drop=True), choices, roles, pii, logf, quality, redactions)


# Words common in Welsh prose and rare in English: a vectorised first pass finds the few texts a
# language detector (lingua, English against Welsh) then confirms, once per distinct text.
_WELSH_HINT = (
    r"(?i)\b(?:yn|mae|ddim|gyda|hefyd|rydym|ydym|dylai|dylid|bydd|byddai|hyn|wedi|oherwydd|ein|eich|"
    r"gan|diolch|cyngor|ymateb|ymgynghoriad|dyletswydd|trais|cymunedau|partneriaethau|ydw|ydy)\b"
)


def _welsh_detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    global _DETECTOR
    if _DETECTOR is None:
        _DETECTOR = LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.WELSH).build()
    return _DETECTOR


_DETECTOR: Any = None


def _is_welsh(text: str) -> bool:
    from lingua import Language

    return _welsh_detector().detect_language_of(text) == Language.WELSH


def welsh_responses(columns: dict[str, Any], index: pd.Index) -> pd.Series:
    """ "Welsh" for each response whose free text is mostly Welsh, else missing.

    Welsh responses are kept whole; the stance coder, which reads English, leaves their stances
    for a Welsh reader (flagged for review) instead of coding them as nothing.

    >>> cols = {"q9_option_one_text": pd.Series(["Rydym yn cefnogi Opsiwn Un oherwydd bod angen dyletswydd glir.", "We support it."])}
    >>> welsh_responses(cols, pd.RangeIndex(2)).tolist()
    ['Welsh', <NA>]
    """
    texts: list[tuple[pd.Series, np.ndarray]] = []  # each free-text column, and its Welsh texts
    for name, col in columns.items():
        if not (name.endswith(("_text", "_detail", "_other")) or name == "letter_text"):
            continue
        s = pd.Series(col, index=index).astype("string[pyarrow]")
        if not s.notna().any():
            continue
        is_w = np.zeros(len(index), dtype=bool)
        cand = _welsh_hint(s)
        if cand.any():
            verdict = {t: _is_welsh(t) for t in pd.unique(s[cand])}
            is_w = s.map(verdict).fillna(False).astype(bool).to_numpy() & cand
        texts.append((s, is_w))
    # the words are counted only when a text is Welsh: without one, no response is (most batches)
    welsh = np.zeros(len(index), dtype=bool)
    if any(is_w.any() for _, is_w in texts):
        welsh_words = np.zeros(len(index))
        all_words = np.zeros(len(index))
        for s, is_w in texts:
            words = _word_counts(s)
            all_words += words
            welsh_words += np.where(is_w, words, 0.0)
        welsh = (welsh_words > 0) & (welsh_words >= 0.5 * all_words)
    return pd.Series(pd.array(np.where(welsh, "Welsh", None), dtype="string"), index=index)


_WELSH_RE = re.compile(_WELSH_HINT)


def _welsh_hint(s: pd.Series) -> np.ndarray:
    """Which texts hold a word of ``_WELSH_HINT`` (False where missing): what
    ``s.str.contains(_WELSH_HINT)`` answers, found faster.

    Why: pandas reads a pattern with ``\\b`` in Python, a text at a time, for a whole column as
    soon as one of its texts is not ASCII (its word boundaries and case then follow Unicode), and in
    Arrow's RE2 otherwise. On an ASCII text the two agree, so RE2 reads every text at once and
    Python only the few that are not ASCII.

    >>> _welsh_hint(pd.Series(["Mae hyn yn dda", None, "It is a café", "Rydym yn cytuno â hyn", "anyone"], dtype="string")).tolist()
    [True, False, False, True, False]
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = pa.array(s.array)
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks else pa.array([], pa.string())
    hit = np.asarray(pc.match_substring_regex(arr, _WELSH_HINT).fill_null(False), dtype=bool)
    other = np.flatnonzero(~np.asarray(pc.string_is_ascii(arr).fill_null(True), dtype=bool))
    if len(other):
        texts = arr.take(pa.array(other)).to_pylist()
        hit[other] = [_WELSH_RE.search(t) is not None for t in texts]
    return hit


def _word_counts(s: pd.Series) -> np.ndarray:
    """Words (runs of anything but white space) in each text, vectorised; 0 for a missing one.

    A text of ASCII characters only (most) is counted with numpy on its bytes: a word starts at
    a byte that is not a space and follows a space or the text's start. The others are split by
    pyarrow, which knows Unicode's spaces; splitting every text into lists took most of the time.

    >>> _word_counts(pd.Series(["two  words", None, " ", "un café\u00a0noir", "a\x1cb"], dtype="string")).tolist()
    [2.0, 0.0, 0.0, 3.0, 2.0]
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = pa.array(s.array)
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks else pa.array([], pa.string())
    arr = arr.cast(pa.large_string())
    if arr.null_count:
        arr = arr.fill_null("")
    offsets = np.frombuffer(arr.buffers()[1], dtype=np.int64)[arr.offset : arr.offset + len(arr) + 1]
    data = np.frombuffer(arr.buffers()[2] or b"", dtype=np.uint8)[offsets[0] : offsets[-1]]
    offsets = offsets - offsets[0]
    # not one of the ASCII spaces pyarrow splits on (as ``str.isspace``): 9 to 13 and 28 to 32
    word = (data - np.uint8(9) >= 5) & (data - np.uint8(28) >= 5)
    first = word.copy()  # the first byte of a word: a text's first byte, or after a space
    first[1:] &= ~word[:-1]
    first[offsets[:-1][offsets[:-1] < len(data)]] = word[offsets[:-1][offsets[:-1] < len(data)]]
    counts = np.diff(np.searchsorted(np.flatnonzero(first), offsets)).astype(float)
    other = np.flatnonzero(~np.asarray(pc.string_is_ascii(arr), dtype=bool))
    if len(other):  # Unicode's spaces (a no-break space, an em space...) split words too
        pieces = pc.utf8_split_whitespace(arr.take(pa.array(other)))
        flat = pc.list_flatten(pieces)
        owner = np.asarray(pc.list_parent_indices(pieces))
        filled = np.asarray(pc.greater(pc.utf8_length(flat), 0)).astype(bool)
        counts[other] = np.bincount(owner[filled], minlength=len(other))
    return counts


def _other_named(m: LabelMatcher, text: str) -> str | None:
    t = norm(text)
    for k, lab in m.contains_other:
        if re.search(rf"(?<![a-z0-9]){re.escape(k)}(?![a-z0-9])", t):
            return lab
    return None


# the form's prompt left as it was, or both answers given: "Yes/No", "Yes / No", "yes or no", "Y/N" (not "Yes - no more
# duties" or "No, no new duty": a dash or a comma after the answer opens its explanation)
_BOTH_ANSWERS = re.compile(r"^\s*(?:yes|no|y|n)\s*(?:/|\\|\||\bor\b)\s*(?:yes|no|y|n|don'?t know)\b", re.I)


def _leading_label(v: str, m: LabelMatcher) -> str | None:
    """The answer a text opens with ("Yes. We sit on the CSP" -> "Yes"), if it is an option; none where it opens
    with two ("Yes/No": the form's prompt left unedited, or both given).

    >>> m = matcher("q9")
    >>> _leading_label("Yes. We sit on the CSP", m), _leading_label("Yes/No", m), _leading_label("yes or no", m)
    ('Yes', None, None)
    >>> _leading_label("No - no more duties, please", m), _leading_label("Yes, no doubt about it", m)
    ('No', 'Yes')
    """
    if _BOTH_ANSWERS.match(v):
        return None
    mm = LEADING_YES_NO.match(v)
    return m.match(mm.group(1)).label if mm else None


def _leading_rest(v: Any) -> Any:
    if not isinstance(v, str) or not v:
        return None
    m = LEADING_YES_NO.match(v)
    if not m:
        return None
    rest = m.group("rest").strip()
    return rest or None


def _leading_answer(lab: pd.Series, s: pd.Series, q: Question, log: _Log, col: str, threshold: float) -> pd.Series:
    """Closed answers written with prose after them ("Yes. We sit on the CSP") keep the answer."""
    unmatched = lab.isna() & (s != "")
    if not unmatched.any():
        return lab
    m = matcher(q.id, threshold=threshold)
    lab2 = _fast_map(s, _per_unique(s[unmatched], lambda v: _leading_label(v, m))).where(unmatched)
    log.add(col, lab2.notna().to_numpy(), s, lab2, "leading_answer")
    return lab.where(lab.notna(), lab2)


# an Excel serial date of the years 2000 to 2099 (36526 is 1 January 2000), with a fraction of a day for the time
_EXCEL_SERIAL = re.compile(r"(?:3[6-9]\d{3}|[4-6]\d{4}|7[0-2]\d{3})(?:\.\d+)?")


def _excel_serial(ts: pd.Series) -> pd.Series:
    """Which timestamps are Excel serial numbers (``_EXCEL_SERIAL``), spaces around them aside."""
    return ts.str.strip().str.fullmatch(_EXCEL_SERIAL.pattern).fillna(False).astype(bool)


def _datetimes(ts: pd.Series, order: pd.Series | None = None) -> np.ndarray:
    """Timestamps as written by survey platforms, in the order of day and month the reader found
    for the file (``_date_order``: ``DMY``, ``MDY`` or ``YMD``); ISO first, then day first where
    no order is known (a UK consultation).

    >>> [str(t)[:19] for t in _datetimes(pd.Series(["04/05/2019 10:31:02 PM", "2019-04-06 09:00"]), pd.Series(["MDY", ""]))]
    ['2019-04-05T22:31:02', '2019-04-06T09:00:00']

    Excel's serial numbers: 43466 is 1 January 2019, so 43558.5 (92 days and a half on) is noon on 3 April, and
    43605 (139 days on) 20 May.

    >>> [str(t)[:19] for t in _datetimes(pd.Series(["43558.5", "43605"]))]
    ['2019-04-03T12:00:00', '2019-05-20T00:00:00']
    """
    s = ts.replace("", pd.NA)
    iso = pd.to_datetime(s, errors="coerce", format="ISO8601")
    serial = _excel_serial(s)
    if serial.any():  # Excel's day numbers (from 30 December 1899), as a sheet re-saved with dates as numbers has them
        days = pd.to_numeric(s.where(serial), errors="coerce")
        seconds = (days * 86_400).round()  # (to the second: a day's fraction in binary is not exact)
        iso = iso.where(~serial, pd.to_datetime(seconds, unit="s", origin="1899-12-30"))
    rest = iso.isna() & s.notna()
    if rest.any():
        month_first = (order == "MDY") if order is not None else pd.Series(False, index=s.index)
        for mf in (False, True):
            take = rest & (month_first == mf)
            if take.any():
                got = pd.to_datetime(s.where(take), errors="coerce", format="mixed", dayfirst=not mf)
                iso = iso.where(~take, got)
    # one unit whatever the strings (pandas infers seconds or microseconds from them), so a
    # column's type does not depend on which responses share a batch
    if iso.dtype.kind == "M" or isinstance(iso.dtype, pd.DatetimeTZDtype):
        iso = iso.dt.as_unit("us")
    return iso.to_numpy()


def _status(status: pd.Series, progress: pd.Series, log: _Log, n: int) -> pd.Categorical:
    st = status.str.lower()
    partial = st.str.contains(r"partial|incomplete|in progress|not finished|^false$|^0$", regex=True) | (
        pd.to_numeric(progress.replace("", pd.NA), errors="coerce").fillna(100) < 100
    )
    complete = st.str.contains(r"complete|finished|submitted|^true$|^1$|ip address|^ok$", regex=True) & ~partial
    known = (status != "") | (progress != "")
    vals = np.where(partial, "partial", np.where(complete | known, "complete", None))
    return pd.Categorical(vals, categories=["complete", "partial"], ordered=True)


def _numbers(s: pd.Series, kind: str, col: str, log: _Log) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    res = _per_unique(s, lambda v: parse_number(v, kind))
    value = _float_map(s, {k: r.value for k, r in res.items()})
    low = _float_map(s, {k: r.low for k, r in res.items()})
    high = _float_map(s, {k: r.high for k, r in res.items()})
    logged = _fast_map(s, {k: r.rule != "number" for k, r in res.items()}).fillna(False).astype(bool)
    # the main rule of a combined one ("range_midpoint+unit_dropped" -> "range_midpoint")
    first_rule = _fast_map(s, {k: r.rule.split("+")[0] for k, r in res.items()})
    log.add(col, logged.to_numpy(), s, value, first_rule)
    return value, low, high


def _flag(values: np.ndarray, bound: float, col: str, raw: pd.Series, log: _Log) -> np.ndarray:
    v = np.asarray(values, dtype="float64")
    flags = np.nan_to_num(v, nan=0.0) > bound
    log.add(col, flags, raw, v, "implausible")
    return flags


def _volunteer(q: Question, parts: dict[str, pd.Series], col: str, log: _Log, tolerance: float) -> np.ndarray:
    """Volunteer hours per year: per-year figure if given, else per-month x 12, else per-week x 52."""
    per = {c.key: c.per_year for c in q.components if c.unit == "volunteer_hours"}
    annual: dict[str, np.ndarray] = {}
    for key, s in parts.items():
        res = _per_unique(s, lambda v: parse_number(v, "hours"))
        v = _float_map(s, {k: r.value for k, r in res.items()})
        # a figure whose text names another period ("10 hours a week" in the per-year box)
        period = _fast_map(s, {k: r.period for k, r in res.items()})
        factor = _float_map(
            s, {k: per.get(r.period, per[key]) if r.period is not None else per[key] for k, r in res.items()}
        )
        annual[key] = v * factor
        log.add(col, (period.notna() & (period != key)).to_numpy(), s, annual[key], "period_in_text")
    out = np.full(len(next(iter(parts.values()))), np.nan)
    rule = np.full(out.shape, None, dtype=object)
    for key, how in (("year", "per_year"), ("month", "per_month_x12"), ("week", "per_week_x52")):
        if key not in annual:
            continue
        take = np.isnan(out) & ~np.isnan(annual[key])
        out[take] = annual[key][take]
        rule[take] = how
    converted = np.isin(rule.astype(str), ["per_month_x12", "per_week_x52"])
    # several periods that disagree by more than the tolerance
    stacked = np.vstack([annual[k] for k in annual])
    given = (~np.isnan(stacked)).sum(axis=0)
    hi = np.where(np.isnan(stacked), -np.inf, stacked).max(axis=0)
    lo = np.where(np.isnan(stacked), np.inf, stacked).min(axis=0)
    with np.errstate(all="ignore"):
        spread = np.where(given >= 2, (hi - lo) / np.where(hi > 0, hi, 1), 0.0)
    disagree = (given >= 2) & (spread > tolerance)
    # what was given, for the log: joined for the rows logged only (not as text for every row)
    raw_join = np.full(len(out), "", dtype=object)
    logged = np.flatnonzero(converted | disagree)
    if len(logged):
        joined = pd.Series([""] * len(logged))
        for key, s in parts.items():
            v = s.to_numpy()[logged]
            joined = joined + np.where(v != "", f"{key}: " + v.astype(str) + "; ", "")
        raw_join[logged] = joined.to_numpy(dtype=object)
    log.add(col, converted, raw_join, out, rule)
    log.add(col, disagree, raw_join, out, "periods_disagree")
    return out


_TR_PATTERNS = [
    (
        "fte",
        re.compile(
            r"([\d.,/]+(?:\s*(?:-|to)\s*[\d.,]+)?|half|one|two|three)\s*(?:ftes?|full[- ]time equivalents?|posts?)\b",
            re.I,
        ),
    ),
    (
        "week",
        re.compile(
            r"([\d.,]+(?:\s*(?:-|to)\s*[\d.,]+)?)\s*(?:volunteer\s*)?(?:hours?|hrs?)\s*(?:of volunteer time\s*)?(?:per|a|each|/)\s*w(?:ee)?k",
            re.I,
        ),
    ),
    (
        "month",
        re.compile(
            r"([\d.,]+(?:\s*(?:-|to)\s*[\d.,]+)?)\s*(?:volunteer\s*)?(?:hours?|hrs?)\s*(?:of volunteer time\s*)?(?:per|a|each|/)\s*month",
            re.I,
        ),
    ),
    (
        "year",
        re.compile(
            r"([\d.,]+(?:\s*(?:-|to)\s*[\d.,]+)?)\s*(?:volunteer\s*)?(?:hours?|hrs?)\s*(?:of volunteer time\s*)?(?:per|a|each|/)\s*(?:year|annum)",
            re.I,
        ),
    ),
]


def _split_time_resource(text: str) -> dict[str, str]:
    """Split one cell holding a whole time/resource block ("2 FTE; 10 volunteer hours a week")."""
    found = {}
    for key, pat in _TR_PATTERNS:
        m = pat.search(text)
        if m:
            found[key] = m.group(1)
    if not found:
        found["fte"] = text  # a bare figure in the block's cell is the FTE line
    return found


def _redact_series(s: pd.Series) -> pd.Series:
    """A text column with the personal data typed into it redacted (see ``svanalysis.ingest.personal``)."""
    return redact_series(s)[0]


def _own_names(S: dict[str, pd.Series], n: int) -> pd.Series | None:
    """Each response's own name from its About-you fields ("" where none), to redact from its answers."""
    full = S.get("full_name")
    first, last = S.get("first_name"), S.get("last_name")
    if first is not None or last is not None:
        joined = ((first if first is not None else "") + " " + (last if last is not None else "")).str.strip()
        full = joined if full is None else full.where(full != "", joined)
    return full


def _redact_texts(
    responses: pd.DataFrame, spec: Spec, S: dict[str, pd.Series], log: _Log
) -> tuple[pd.DataFrame, dict[int, dict[str, str]]]:
    """Redact personal data typed inside free text; the originals (row -> column -> text) are
    returned for the PII table (not kept in ``attrs``, which pandas deep-copies on every access).

    Everything :mod:`svanalysis.ingest.personal` finds by library or pattern, in every channel,
    and the response's own name wherever it appears in its answers.
    """
    text_cols = [
        c for c in responses.columns if c.endswith(("_text", "_detail", "_other")) and responses[c].dtype != bool
    ]
    names = _own_names(S, len(responses))
    if names is not None:
        names = pd.Series(names.to_numpy(), index=responses.index)
    originals: dict[int, dict[str, str]] = {}
    for col in text_cols:
        s = responses[col].astype("string")
        if not s.notna().any():
            continue
        new, changed = redact_series(s, names)
        if changed.any():
            for i in np.flatnonzero(changed):
                originals.setdefault(int(i), {})[col] = s.iat[i]
            log.add(col, changed, "[personal data]", "[redacted]", "redacted")
            responses[col] = new
    return responses, originals


def _choices(raw: pd.DataFrame, spec: Spec, S: dict[str, pd.Series], log: _Log, threshold: float) -> pd.DataFrame:
    """Long table of ticked options: from list cells, "Other" texts and option descriptions.

    Each question's rows are gathered as positions (the response's row, the option's place in the
    question), so merging a response's mentions of one option and putting them in order (by
    response as received, then option) is one grouping on two integer keys."""
    ids = raw["respondent_id"].astype("string").array
    n = len(raw)
    all_labels = list(dict.fromkeys(lab for qid in spec.choice_questions for lab in spec.question(qid).labels))
    label_code = {lab: i for i, lab in enumerate(all_labels)}
    # the table's columns, a part per question: rows, question and choice as category codes, texts
    found: dict[str, list[np.ndarray]] = {k: [] for k in ("row", "question", "choice", "other", "detail")}
    for qid in spec.choice_questions:
        q = spec.question(qid)
        labels = [o.label for o in q.options]
        place = {lab: i for i, lab in enumerate(labels)}
        other_label = q.other_option.label if q.other_option is not None else None
        rows: list[np.ndarray] = []  # per part: row positions, option places, other texts, detail texts
        opts: list[np.ndarray] = []
        others: list[np.ndarray] = []
        details: list[np.ndarray] = []
        cell = S.get(qid)
        if cell is not None and (cell != "").any():
            m = matcher(qid, spec, threshold)
            res = _per_unique(cell, m.split)
            rest = _fast_map(cell, {k: "; ".join(v[2]) or None for k, v in res.items()})
            log.add(f"choices:{qid}", rest.notna().to_numpy(), rest, np.full(n, None, dtype=object), "unmatched")
            codes, uniq = _factorize(cell)
            # each distinct cell's options (and "Other" text, kept on the Other option only) once
            u_opts: list[list[int]] = []
            u_other: list[list[Any]] = []
            for u in uniq:
                got, oth, _ = res.get(u, ((), None, ()))
                for lab in got:
                    if lab not in place:  # not expected: a label of another question kept, after the options
                        place[lab] = len(place)
                u_opts.append([place[lab] for lab in got])
                u_other.append([oth if lab == other_label else None for lab in got])
            counts = np.array([len(o) for o in u_opts] + [0], dtype=np.int64)[codes]
            if counts.sum():
                starts = np.concatenate([[0], np.cumsum([len(o) for o in u_opts])])
                flat_opt = np.array([i for o in u_opts for i in o], dtype=np.int64)
                flat_oth = np.array([t for o in u_other for t in o] or [None], dtype=object)
                row = np.repeat(np.arange(n), counts)
                within = np.arange(len(row)) - np.repeat(np.cumsum(counts) - counts, counts)
                at = starts[codes[row]] + within
                rows.append(row)
                opts.append(flat_opt[at])
                others.append(flat_oth[at])
                details.append(np.full(len(row), None, dtype=object))
        other = S.get(f"{qid}.other")
        if other is not None and other_label is not None and (other != "").any():
            on = (other != "").to_numpy(dtype=bool, na_value=False)
            k = int(on.sum())
            rows.append(np.flatnonzero(on))
            opts.append(np.full(k, place[other_label], dtype=np.int64))
            others.append(other.to_numpy(dtype=object)[on])
            details.append(np.full(k, None, dtype=object))
            log.add(f"choices:{qid}", on, other, np.full(n, other_label, dtype=object), "other_text_implies_other")
        for j, o in enumerate(q.options):
            d = S.get(f"{qid}.detail.{j}")
            if d is not None and (d != "").any():
                on = (d != "").to_numpy(dtype=bool, na_value=False)
                k = int(on.sum())
                rows.append(np.flatnonzero(on))
                opts.append(np.full(k, place[o.label], dtype=np.int64))
                others.append(np.full(k, None, dtype=object))
                details.append(d.to_numpy(dtype=object)[on])
        if not rows:
            continue
        # a response's mentions of one option merged (the first text of each kind kept), in order
        o_idx, c_idx, merged = _first_of_groups(
            np.concatenate(rows), np.concatenate(opts), [np.concatenate(others), np.concatenate(details)]
        )
        codes = np.array([label_code.get(lab, -1) for lab in place], dtype=np.int64)  # -1: not a category
        found["row"].append(o_idx)
        found["question"].append(np.full(len(o_idx), spec.choice_questions.index(qid), dtype=np.int64))
        found["choice"].append(codes[c_idx])
        found["other"].append(merged[0])
        found["detail"].append(merged[1])
    cols = ["respondent_id", "question", "choice", "other_text", "detail_text"]
    if not found["row"]:
        df = pd.DataFrame({c: pd.Series(dtype="string") for c in cols})
        df["question"] = pd.Categorical(df["question"], categories=spec.choice_questions, ordered=True)
        df["choice"] = pd.Categorical(df["choice"], categories=all_labels)
    else:  # the columns made once from the parts (ids taken in Arrow, the categories from their codes)
        part = {k: np.concatenate(v) for k, v in found.items()}
        df = pd.DataFrame(
            {
                "respondent_id": ids.take(part["row"]),
                "question": pd.Categorical.from_codes(part["question"], categories=spec.choice_questions, ordered=True),
                "choice": pd.Categorical.from_codes(part["choice"], categories=all_labels),
                "other_text": pd.array(part["other"], dtype="string"),
                "detail_text": pd.array(part["detail"], dtype="string"),
            }
        )
    for c in ("other_text", "detail_text"):
        df[c] = _redact_series(df[c])
    return df[cols].reset_index(drop=True)


def _first_of_groups(
    a: np.ndarray, b: np.ndarray, values: list[np.ndarray]
) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
    """The distinct pairs of two non-negative integer keys in increasing order, and for each pair
    the first present value (not None or NaN) of each array of ``values``, in their order (None
    where there is none): ``groupby([a, b], sort=True).first()`` by one stable sort of a combined
    key, without building a frame and its index for every question of every batch.

    >>> a, b, (v,) = _first_of_groups(np.array([1, 0, 1, 1]), np.array([2, 0, 2, 0]), [np.array([None, "x", "y", "z"], dtype=object)])
    >>> a.tolist(), b.tolist(), v.tolist()
    ([0, 1, 1], [0, 0, 2], ['x', 'z', 'y'])
    """
    key = a.astype(np.int64) * (int(b.max(initial=0)) + 1) + b
    order = np.argsort(key, kind="stable")
    key = key[order]
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    group = np.cumsum(np.r_[True, key[1:] != key[:-1]]) - 1
    out = []
    for vals in values:
        vals = vals[order]
        present = np.flatnonzero(pd.notna(vals))
        first = present[np.r_[True, group[present][1:] != group[present][:-1]]] if len(present) else present
        merged = np.full(len(starts), None, dtype=object)
        merged[group[first]] = vals[first]
        out.append(merged)
    return a[order][starts], b[order][starts], out


def _roles(
    raw: pd.DataFrame, spec: Spec, S: dict[str, pd.Series], log: _Log, threshold: float, fte_max: float
) -> pd.DataFrame:
    """Long table of staff time by role (FTE). Every role column of every question is read at once:
    the figures typed anywhere are parsed once per distinct text, and each column then costs a few
    numpy operations on its filled cells only (most are blank), not a dozen pandas calls."""
    ids = raw["respondent_id"].astype("string").to_numpy()
    n = len(ids)
    columns: list[tuple[Question, int, pd.Series, np.ndarray, np.ndarray]] = []  # question, role, cells, filled, texts
    for qid in spec.role_questions:
        q = spec.question(qid)
        labels = [o.label for o in q.options]
        comb = S.get(qid)
        per_role: dict[int, pd.Series] = {i: S[f"{qid}.role.{i}"] for i in range(len(labels)) if f"{qid}.role.{i}" in S}
        if comb is not None and (comb != "").any():
            m = matcher(qid, spec, threshold)
            parsed = _per_unique(comb, lambda v, m=m: _split_roles(v, m))
            for i, lab in enumerate(labels):
                extra = _fast_map(comb, {k: v.get(lab, "") for k, v in parsed.items()}).fillna("")
                base = per_role.get(i)
                per_role[i] = extra if base is None else base.where(base != "", extra)
        for i, s in per_role.items():
            filled = np.flatnonzero((s != "").to_numpy(dtype=bool, na_value=False))
            if len(filled):
                columns.append((q, i, s, filled, s.iloc[filled].to_numpy(dtype=object)))
    found = {t: parse_number(t, "fte") for t in dict.fromkeys(t for *_, texts in columns for t in texts)}
    parts: dict[str, list[np.ndarray]] = {k: [] for k in ("rid", "question", "role", "fte", "low", "high", "other")}
    for q, i, s, filled, texts in columns:
        got = [found[t] for t in texts]
        v = np.full(n, np.nan)
        v[filled] = np.array([r.value for r in got], dtype="float64")
        first = np.full(n, None, dtype=object)
        first[filled] = [None if r.rule is None else r.rule.split("+")[0] for r in got]
        field = f"role_fte:{q.id}:{q.options[i].label}"
        logged = np.zeros(n, dtype=bool)
        logged[filled] = [r.rule is not None and r.rule != "number" for r in got]
        log.add(field, logged, s, v, first)
        log.add(field, np.where(np.isnan(v), 0.0, v) > fte_max, s, v, "implausible")
        keep = ~np.isnan(v)
        k = int(keep.sum())
        if not k:
            continue
        low = np.full(n, np.nan)
        low[filled] = np.array([r.low for r in got], dtype="float64")
        high = np.full(n, np.nan)
        high[filled] = np.array([r.high for r in got], dtype="float64")
        other = S.get(f"{q.id}.other")
        if other is not None and q.options[i].other:
            ot = np.array([x or None for x in other.to_numpy()[keep]], dtype=object)
        else:
            ot = np.full(k, None, dtype=object)
        parts["rid"].append(ids[keep])
        parts["question"].append(np.full(k, q.id, dtype=object))
        parts["role"].append(np.full(k, q.options[i].label, dtype=object))
        parts["fte"].append(v[keep])
        parts["low"].append(low[keep])
        parts["high"].append(high[keep])
        parts["other"].append(ot)
    cols = ["respondent_id", "question", "role", "fte", "fte_low", "fte_high", "other_text", "implausible"]
    if parts["rid"]:
        fte = np.concatenate(parts["fte"])
        df = pd.DataFrame(
            {
                "respondent_id": np.concatenate(parts["rid"]),
                "question": np.concatenate(parts["question"]),
                "role": np.concatenate(parts["role"]),
                "fte": fte,
                "fte_low": np.concatenate(parts["low"]),
                "fte_high": np.concatenate(parts["high"]),
                "other_text": np.concatenate(parts["other"]),
                "implausible": fte > fte_max,
            }
        )
    else:
        df = pd.DataFrame({c: pd.Series(dtype="float64" if c.startswith("fte") else "string") for c in cols})
        df["implausible"] = df["implausible"].astype(bool)
    df["respondent_id"] = df["respondent_id"].astype("string")
    df["other_text"] = _redact_series(df["other_text"].astype("string"))
    df["question"] = pd.Categorical(df["question"], categories=spec.role_questions, ordered=True)
    df["role"] = pd.Categorical(df["role"], categories=spec.roles, ordered=True)
    # stable order: by respondent as received, then question, then role
    order = {rid: i for i, rid in enumerate(ids)}
    df = (
        df.assign(_o=df["respondent_id"].map(order))
        .sort_values(["_o", "question", "role"], kind="stable")
        .drop(columns="_o")
    )
    return df[cols].reset_index(drop=True)


def _split_roles(text: str, m: LabelMatcher) -> dict[str, str]:
    """Pairs of role and FTE written in one cell: "Nurse: 2; Social worker 1.5"."""
    out = {}
    for piece in re.split(r"[;\n|]", text):
        mm = re.match(r"^\s*(.*?)[\s:=\-–]*([\d.,/]+(?:\s*(?:-|to)\s*[\d.,]+)?)\s*(?:ftes?)?\s*$", piece.strip(), re.I)
        if not mm or not mm.group(1):
            continue
        hit = m.match(mm.group(1))
        if hit.label:
            out[hit.label] = mm.group(2)
    return out


_PII_COLUMNS = [
    "full_name",
    "job_title",
    "response_date",
    "organisation",
    "address",
    "postcode",
    "acknowledge",
    "acknowledge_address",
    "group_represented",
    "email",
    "phone",
    "ip_address",
    "first_name",
    "last_name",
    "location",
]


def _pii(raw: pd.DataFrame, spec: Spec, S: dict[str, pd.Series]) -> pd.DataFrame:
    out: dict[str, Any] = {"respondent_id": raw["respondent_id"].astype("string").to_numpy()}
    for col in _PII_COLUMNS:
        s = S.get(col, S.get(f"_{col}"))
        out[col] = (
            s.replace("", pd.NA).astype("string").to_numpy()
            if s is not None
            else pd.array([pd.NA] * len(raw), dtype="string")
        )
    df = pd.DataFrame(out)
    df["respondent_id"] = df["respondent_id"].astype("string")
    first_last = (df["first_name"].fillna("") + " " + df["last_name"].fillna("")).str.strip()
    df["full_name"] = df["full_name"].fillna(first_last.replace("", pd.NA))
    # personal details in columns of no About-you field, as JSON {header: value}
    extra = S.get("_pii_extra")
    df["other_details"] = (
        extra.replace("", pd.NA).astype("string").to_numpy()
        if extra is not None
        else pd.array([pd.NA] * len(raw), dtype="string")
    )
    df["redacted_originals"] = pd.array([pd.NA] * len(df), dtype="string")
    return df


UNMAPPED_COLUMNS = ["respondent_id", "source_file", "source_row", "header", "text"]


def unmapped_answers(frames: list[pd.DataFrame], ids: pd.DataFrame) -> pd.DataFrame:
    """What respondents wrote in columns no question of the spec holds, one row per answer,
    redacted like every other answer (nothing a respondent wrote is dropped).

    Parameters
    ----------
    frames : the readers' unmapped values (``_row``, ``column``, ``value``, ``source_file``)
    ids : ``source_file``, ``source_row``, ``respondent_id`` of the batch's responses

    Examples
    --------
    >>> uv = pd.DataFrame({"_row": [1], "column": ["Anything else?"], "value": ["Call 07700 900123"], "source_file": ["a.csv"]})
    >>> ids = pd.DataFrame({"source_file": ["a.csv"], "source_row": [1], "respondent_id": ["R1"]})
    >>> unmapped_answers([uv], ids)[["respondent_id", "header", "text"]].values.tolist()
    [['R1', 'Anything else?', 'Call [phone]']]
    """
    if not frames:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c == "source_row" else "string") for c in UNMAPPED_COLUMNS})
    uv = pd.concat(frames, ignore_index=True).rename(
        columns={"_row": "source_row", "column": "header", "value": "text"}
    )
    uv["source_row"] = uv["source_row"].astype("int64")
    uv = uv.merge(ids[["source_file", "source_row", "respondent_id"]], on=["source_file", "source_row"], how="inner")
    for c in ("respondent_id", "source_file", "header", "text"):
        uv[c] = uv[c].astype("string")
    uv["text"] = redact_series(uv["text"])[0]
    return uv[UNMAPPED_COLUMNS].reset_index(drop=True)


def attach_redactions(pii: pd.DataFrame, originals: dict[int, dict[str, str]]) -> pd.DataFrame:
    """Put the originals of redacted text (``CleanResult.redactions``, by row) into the PII table."""
    if not originals:
        return pii
    vals = pii["redacted_originals"].astype("object").to_numpy().copy()
    for i, d in originals.items():
        vals[i] = json.dumps(d, ensure_ascii=False)
    pii = pii.copy()
    pii["redacted_originals"] = pd.array(vals, dtype="string")
    return pii


def _quality(log: pd.DataFrame, answered: dict[str, int], responses: pd.DataFrame, spec: Spec) -> dict[str, Any]:
    """Per field: values answered, clean as received, re-coded, parsed, inferred, flagged, left missing."""
    out: dict[str, Any] = {}
    if len(log):
        rules = log["rule"].astype("string")
        cats = _fast_map(rules, {r: RULE_CATEGORY.get(r, "recoded") for r in rules.dropna().unique()}).fillna("recoded")
        counts = pd.crosstab(log["field"].astype("string"), cats)
    else:
        counts = pd.DataFrame()
    fields = list(answered) + [f for f in (counts.index.tolist() if len(counts) else []) if f not in answered]
    for f in fields:
        row = counts.loc[f].to_dict() if len(counts) and f in counts.index else {}
        n_answered = int(answered.get(f, 0))
        changed = sum(int(row.get(k, 0)) for k in ("recoded", "parsed", "unmatched", "missing"))
        rec = {
            "answered": n_answered,
            "clean_as_received": max(0, n_answered - changed),
            "recoded": int(row.get("recoded", 0)),
            "parsed": int(row.get("parsed", 0)),
            "inferred": int(row.get("inferred", 0)),
            "flagged": int(row.get("flagged", 0)),
            "left_missing": int(row.get("unmatched", 0)) + int(row.get("missing", 0)),
        }
        if f in responses.columns:
            rec["non_missing"] = int(responses[f].notna().sum())
        out[f] = rec
    return out
