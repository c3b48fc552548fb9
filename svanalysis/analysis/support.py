"""Support for the options: counts, bases, percentages and intervals, the way GSS tables show them.

Conventions (from the Analysis Function and government consultation practice):

- A percentage is of **those who answered that question** (the base); blanks are left out of the
  base, never counted as "no". Every answer category appears, in the questionnaire's order, even
  when its count is zero.
- **Duplicates are excluded** (the latest submission of each respondent is kept). Campaign responses
  are counted individually (``campaign="each"``) or each campaign once (``campaign="once"``); both
  can be shown.
- **Intervals** are Wilson 95% intervals for a proportion.
- **Suppression**: where the base is below ``min_base`` every cell of the group is suppressed; a
  count from 1 to ``min_count - 1`` is suppressed, and so is the next smallest count of its group
  when it would otherwise be the only one (so it cannot be recovered from the base). Suppressed
  cells are flagged (``suppressed``) for analysts. These tables are exact: nothing is published
  from them but through the disclosure gate (``svanalysis.core.disclosure.publishable``), which
  also merges small categories and suppresses across the groups of a breakdown.

Results describe respondents, not the public: responses are self-selected and not weighted.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from svanalysis.core.checks import check_choice, check_columns
from svanalysis.core.disclosure import suppress_group
from svanalysis.core.settings import resolve_settings
from svanalysis.core.spec import Spec, load_spec
from svanalysis.core.stats import wilson

__all__ = [
    "ALL_GROUP",
    "BREAKDOWNS",
    "NOT_STATED",
    "SEGMENTS",
    "analysis_frame",
    "breakdown_column",
    "count_rows",
    "equal_to",
    "filter_responses",
    "first_positions",
    "group_masks",
    "grouped_option_comparison",
    "grouped_support_patterns",
    "grouped_support_table",
    "id_ranks",
    "ids_in",
    "option_comparison",
    "segment_frame",
    "support_patterns",
    "support_table",
    "wilson",
]

ALL_GROUP = "All respondents"
NOT_STATED = "Not stated"
# Named breakdowns: the friendly name a table shows -> the responses column (from the spec).
BREAKDOWNS = load_spec().breakdowns


def breakdown_column(by: str | None, spec: Spec | None = None) -> str | None:
    """The responses column a breakdown name refers to ("sector" -> "q1_sector").

    >>> breakdown_column("region"), breakdown_column("overall"), breakdown_column("q2_something")
    ('q3_region', None, 'q2_something')
    """
    if by is None or by == "overall":
        return None
    return (spec.breakdowns if spec else BREAKDOWNS).get(by, by)


def filter_responses(
    responses: pd.DataFrame, sector: str = "", region: str = "", spec: Spec | None = None
) -> pd.DataFrame:
    """Responses of one sector and/or region ("" = all), by the questionnaire's labels.

    Raises
    ------
    ValueError
        If the sector or region is not one of the questionnaire's labels.
    """
    spec = spec or load_spec()
    out = responses
    for name, value in (("sector", sector), ("region", region)):
        if value:
            q = spec.breakdown_question(name)
            check_choice(name, value, q.labels)
            out = out[out[q.columns["value"]].astype("object") == value]
    return out


def ids_in(ids: pd.Series, values: Any) -> np.ndarray:
    """Which of ``ids`` are among ``values`` (respondent ids), as a boolean array.

    The same as ``ids.isin(values)``, without the per-value Python loop pandas 3 runs for
    Arrow-backed strings (seconds at 100,000 respondents, for each call).
    """
    import pyarrow.compute as pc

    hit = pc.is_in(_arrow_ids(ids), value_set=pc.unique(_arrow_ids(values)))
    return pc.fill_null(hit, False).to_numpy(zero_copy_only=False)


def _arrow_ids(x: Any) -> Any:
    import pyarrow as pa

    if isinstance(x, (pd.Series, pd.Index)) and isinstance(x.dtype, pd.StringDtype):
        return pa.array(x.array).cast(pa.large_string())  # Arrow-backed: no copy to Python
    return pa.array(np.asarray(x, dtype=object), type=pa.large_string(), from_pandas=True)


def equal_to(values: pd.Series, value: str) -> np.ndarray:
    """Which of ``values`` read ``value`` as text, as a boolean array (missing values never do).

    The same as ``(values.astype(str) == value).to_numpy()``; a categorical column (the question
    and role columns of the long tables, a million rows at 100,000 responses) compares its codes
    instead of being turned into a million strings on every call.

    Examples
    --------
    >>> s = pd.Series(pd.Categorical(["q18", "q23", None, "q18"]))
    >>> equal_to(s, "q18").tolist()
    [True, False, False, True]
    """
    if isinstance(values.dtype, pd.CategoricalDtype):
        names = np.asarray(values.cat.categories.astype(str), dtype=object)
        return np.isin(values.cat.codes.to_numpy(), np.flatnonzero(names == value))
    return (values.astype(str) == value).to_numpy(dtype=bool, na_value=False)


def first_positions(ids: Any, of: Any) -> np.ndarray:
    """Where each of ``ids`` first stands in ``of`` (respondent ids), -1 where it is absent or missing.

    Arrow's ``index_in``, without a Python string per id (as :func:`ids_in`); ``of`` may repeat ids.

    Examples
    --------
    >>> first_positions(pd.Series(["b", "x", None, "a"]), pd.Series(["a", "b", "a"])).tolist()
    [1, -1, -1, 0]
    """
    import pyarrow.compute as pc

    found = pc.index_in(_arrow_ids(ids), value_set=_arrow_ids(of), skip_nulls=True)
    return pc.fill_null(found, -1).to_numpy(zero_copy_only=False).astype(np.int64)


def id_ranks(ids: Any) -> np.ndarray:
    """Each of ``ids``' rank among the distinct ids in sorted order (1 for the first; equal ids, equal
    ranks): the codes grouping by the id strings would give, without a Python string per id.

    >>> id_ranks(pd.Series(["b", "a", "b", "c"])).tolist()
    [2, 1, 2, 3]
    """
    import pyarrow.compute as pc

    ranks = pc.rank(_arrow_ids(ids), tiebreaker="dense")
    return ranks.to_numpy(zero_copy_only=False).astype(np.int64)


def _positions(ids: pd.Series, of: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Where each of ``ids`` stands in ``of`` (unique respondent ids): the positions of those found
    and which were found. Arrow's ``index_in``, without a Python string per id."""
    import pyarrow.compute as pc

    if of.duplicated().any():
        raise ValueError("respondent ids are not unique")
    found = pc.index_in(_arrow_ids(ids), value_set=_arrow_ids(of))
    keep = found.is_valid().to_numpy(zero_copy_only=False)
    return found.drop_null().to_numpy(zero_copy_only=False).astype(np.int64), keep


def analysis_frame(
    responses: pd.DataFrame,
    duplicates: str = "exclude",
    campaign: str = "each",
    columns: list[str | None] | None = None,
) -> pd.DataFrame:
    """The responses an analysis counts: duplicates left out, campaigns counted each or once.

    Parameters
    ----------
    duplicates : {"exclude", "include"}
    campaign : {"each", "once"}
        "once" keeps one response per campaign (the first received).
    columns : list of str, optional
        Only these columns, in this order (default: every column). Leaving out rows takes every
        column kept row by row, and the responses have some 150 (Arrow-backed text most of them),
        so a table that reads a few names them. A name the responses do not hold (or None) is
        left out, for the caller to report as it would without ``columns``.

    Examples
    --------
    >>> r = pd.DataFrame({"respondent_id": list("abc"), "duplicate_of": [None, "c", None],
    ...                   "q1_sector": ["Police", "Health", None], "q7_text": ["x", "y", "z"]})
    >>> df = analysis_frame(r, columns=["respondent_id", "q1_sector", "q3_region"])
    >>> df.columns.tolist(), df["respondent_id"].tolist()
    (['respondent_id', 'q1_sector'], ['a', 'c'])
    """
    check_choice("duplicates", duplicates, ["exclude", "include"])
    check_choice("campaign", campaign, ["each", "once"])
    df = responses
    if columns is not None:
        columns = [c for c in dict.fromkeys(columns) if c is not None and c in df.columns]
        df = df[[*columns, *(c for c in ("duplicate_of", "campaign_id") if c in df.columns and c not in columns)]]
    if duplicates == "exclude" and "duplicate_of" in df:
        df = df[df["duplicate_of"].isna()]
    if campaign == "once" and "campaign_id" in df:
        in_campaign = df["campaign_id"].notna()
        first = ~df["campaign_id"].duplicated() | ~in_campaign
        df = df[first]
    if columns is not None and len(df.columns) > len(columns):
        df = df[columns]
    return df


def _group_codes(df: pd.DataFrame, by: str | None) -> tuple[np.ndarray, list[str]]:
    """Each row's group number and the group labels in display order ("Not stated" last, if any)."""
    col = breakdown_column(by)
    if col is None:
        return np.zeros(len(df), dtype=np.int64), [ALL_GROUP]
    check_columns("responses", [col], df.columns)
    s = df[col]
    if not isinstance(s.dtype, pd.CategoricalDtype):
        s = s.astype("category")
    codes = s.cat.codes.to_numpy().astype(np.int64)
    labels = [str(c) for c in s.cat.categories]
    if (codes < 0).any():
        codes = np.where(codes < 0, len(labels), codes)
        labels = [*labels, NOT_STATED]
    return codes, labels


def _answer_codes(values: pd.Series, labels: list[str]) -> np.ndarray:
    """Answer numbers in the order of ``labels`` (-1 for missing or another value)."""
    if isinstance(values.dtype, pd.CategoricalDtype) and [str(c) for c in values.cat.categories] == labels:
        return values.cat.codes.to_numpy().astype(np.int64)
    return pd.Categorical(values.astype("object"), categories=labels).codes.astype(np.int64)


def _crosstab(groups: np.ndarray, n_groups: int, answers: np.ndarray, n_answers: int) -> np.ndarray:
    """Counts of each answer in each group (groups x answers), by one bincount."""
    ok = answers >= 0
    flat = groups[ok] * n_answers + answers[ok]
    return np.bincount(flat, minlength=n_groups * n_answers).reshape(n_groups, n_answers)


def group_masks(df: pd.DataFrame, by: str | None) -> list[tuple[str, pd.Series]]:
    """(group label, row mask) in display order; missing values form a "Not stated" group."""
    col = breakdown_column(by)
    if col is None:
        return [(ALL_GROUP, pd.Series(True, index=df.index))]
    check_columns("responses", [col], df.columns)
    s = df[col]
    if isinstance(s.dtype, pd.CategoricalDtype):
        levels = [str(c) for c in s.cat.categories]
    else:
        levels = sorted(str(v) for v in s.dropna().unique())
    out = [(lev, (s.astype("object") == lev).fillna(False)) for lev in levels]
    if s.isna().any():
        out.append((NOT_STATED, s.isna()))
    return out


def _finish(rows: list[dict[str, Any]]) -> pd.DataFrame:
    df = pd.DataFrame(
        rows,
        columns=[
            "breakdown",
            "group",
            "question",
            "answer",
            "count",
            "base",
            "percent",
            "ci_low",
            "ci_high",
            "suppressed",
        ],
    )
    df["count"] = df["count"].astype("int64")
    df["base"] = df["base"].astype("int64")
    for c in ("percent", "ci_low", "ci_high"):
        df[c] = df[c].astype("float64")
    df["suppressed"] = df["suppressed"].astype(bool)
    return df


def _settings_thresholds(min_base: int | None, min_count: int | None, settings: Any = None) -> tuple[int, int]:
    s = resolve_settings(settings)["suppression"]
    return (s["min_base"] if min_base is None else min_base, s["min_count"] if min_count is None else min_count)


def support_table(
    responses: pd.DataFrame,
    question: str,
    by: str | None = None,
    choices: pd.DataFrame | None = None,
    campaign: str = "each",
    duplicates: str = "exclude",
    min_base: int | None = None,
    min_count: int | None = None,
    spec: Spec | None = None,
    settings: Any = None,
) -> pd.DataFrame:
    """Counts, base, percentage, Wilson 95% interval and suppression for one question.

    Parameters
    ----------
    responses : DataFrame
        ``responses.parquet``.
    question : str
        A closed or coded question ("q9", "q2", "q5") or a multi-choice one ("q18"; needs ``choices``).
    by : str, optional
        "sector", "region", "respondent_type", "channel" or any responses column; None for overall.
    choices : DataFrame, optional
        ``choices.parquet``, for multi-choice questions.
    campaign, duplicates : see ``analysis_frame``.
    min_base, min_count : int, optional
        Suppression thresholds (default: ``settings``).
    spec : Spec, optional
        The questionnaire (default: the shipped one).
    settings : mapping or path, optional
        The settings (default: the shipped ones); their ``suppression`` thresholds apply unless
        ``min_base`` / ``min_count`` are given.

    Returns
    -------
    DataFrame
        ``breakdown, group, question, answer, count, base, percent, ci_low, ci_high, suppressed``;
        percentages 0-100 at full precision.

    Examples
    --------
    >>> import pandas as pd
    >>> r = pd.DataFrame({"respondent_id": list("abcd"), "duplicate_of": [None] * 4, "campaign_id": [None] * 4,
    ...                   "q9_option_one": pd.Categorical(["Yes", "Yes", "No", None], categories=["Yes", "No", "Mixed", "Unclear"])})
    >>> t = support_table(r, "q9", min_base=1, min_count=1)
    >>> t.assign(percent=t["percent"].round(2))[["answer", "count", "base", "percent"]].values.tolist()
    [['Yes', 2, 3, 66.67], ['No', 1, 3, 33.33], ['Mixed', 0, 3, 0.0], ['Unclear', 0, 3, 0.0]]
    """
    spec = spec or load_spec()
    min_base, min_count = _settings_thresholds(min_base, min_count, settings)
    q = spec.question(question)
    # only the columns this table reads (a column missing is still reported below, as before)
    df = analysis_frame(
        responses, duplicates, campaign, columns=["respondent_id", q.columns.get("value"), breakdown_column(by)]
    )
    label_by = "overall" if breakdown_column(by) is None else by
    rows: list[dict[str, Any]] = []
    if q.type == "multi_choice":
        if choices is None:
            raise ValueError(f"{question} is a multi-choice question: pass the choices table (choices=...)")
        labels = q.labels
        groups, group_labels = _group_codes(df, by)
        ch = choices[equal_to(choices["question"], question)]
        row, keep = _positions(ch["respondent_id"], df["respondent_id"])
        answers = _answer_codes(ch["choice"][keep], labels)
        counts_all = _crosstab(groups[row], len(group_labels), answers, len(labels))
        answered = np.zeros(len(df), dtype=bool)
        answered[row] = True
        bases = np.bincount(groups[answered], minlength=len(group_labels))
        for gi, group in enumerate(group_labels):
            rows += _rows(
                label_by, group, question, labels, counts_all[gi].astype(float), int(bases[gi]), min_base, min_count
            )
        return _finish(rows)
    col = q.columns.get("value")
    if col is None:
        raise ValueError(f"{question} has no closed or coded answer to count")
    check_columns("responses", [col], df.columns)
    labels = [str(c) for c in df[col].cat.categories] if isinstance(df[col].dtype, pd.CategoricalDtype) else q.labels
    groups, group_labels = _group_codes(df, by)
    counts_all = _crosstab(groups, len(group_labels), _answer_codes(df[col], labels), len(labels))
    for gi, group in enumerate(group_labels):
        counts = counts_all[gi].astype(float)
        rows += _rows(label_by, group, question, labels, counts, int(counts.sum()), min_base, min_count)
    return _finish(rows)


def _rows(
    breakdown: str,
    group: str,
    question: str,
    labels: list[str],
    counts: np.ndarray,
    base: int,
    min_base: int,
    min_count: int,
) -> list[dict[str, Any]]:
    sup = suppress_group(counts, base, min_base, min_count)
    out = []
    for lab, c, s in zip(labels, counts, sup, strict=True):
        lo, hi = wilson(c, base)
        out.append(
            {
                "breakdown": breakdown,
                "group": group,
                "question": question,
                "answer": str(lab),
                "count": int(c),
                "base": int(base),
                "percent": 100 * c / base if base else math.nan,
                "ci_low": 100 * lo,
                "ci_high": 100 * hi,
                "suppressed": bool(s),
            }
        )
    return out


def option_comparison(
    responses: pd.DataFrame,
    by: str | None = None,
    campaign: str = "each",
    duplicates: str = "exclude",
    min_base: int | None = None,
    min_count: int | None = None,
    spec: Spec | None = None,
    settings: Any = None,
) -> pd.DataFrame:
    """Options One, Two and Three side by side (Q9, Q11, Q13), with an ``option`` column (1-3)."""
    spec = spec or load_spec()
    frames = []
    for n in spec.option_numbers:
        q = spec.option_question(n, "support")
        t = support_table(
            responses,
            q.id,
            by=by,
            campaign=campaign,
            duplicates=duplicates,
            min_base=min_base,
            min_count=min_count,
            spec=spec,
            settings=settings,
        )
        t.insert(0, "option", n)
        t.insert(1, "option_name", spec.option_name(n))
        frames.append(t)
    return pd.concat(frames, ignore_index=True)


PATTERNS = ("Only Option One", "Only Option Two", "Only Option Three", "More than one option", "None of the options")


def support_patterns(
    responses: pd.DataFrame,
    by: str | None = None,
    campaign: str = "each",
    duplicates: str = "exclude",
    min_base: int | None = None,
    min_count: int | None = None,
    spec: Spec | None = None,
    settings: Any = None,
) -> pd.DataFrame:
    """Each respondent's pattern of support across the three options.

    A respondent who said Yes to exactly one option supports "only" it; Yes to two or three is
    "more than one option"; answering at least one of the three without a Yes is "none of the
    options". The base is those who answered at least one of Q9, Q11, Q13, so "preferred option" is
    reported honestly when respondents support more than one.
    """
    spec = spec or load_spec()
    min_base, min_count = _settings_thresholds(min_base, min_count, settings)
    df = analysis_frame(responses, duplicates, campaign, columns=[*_support_columns(spec), breakdown_column(by)])
    codes, labels = _pattern_codes(df, spec)
    label_by = "overall" if breakdown_column(by) is None else by
    groups, group_labels = _group_codes(df, by)
    counts_all = _crosstab(groups, len(group_labels), codes, len(labels))
    rows: list[dict[str, Any]] = []
    for gi, group in enumerate(group_labels):
        counts = counts_all[gi].astype(float)
        rows += _rows(label_by, group, "pattern", labels, counts, int(counts.sum()), min_base, min_count)
    return _finish(rows)


def _support_columns(spec: Spec) -> list[str]:
    """The columns of the options' support questions (Q9, Q11, Q13)."""
    return [spec.option_question(n, "support").columns["value"] for n in spec.option_numbers]


def _pattern_codes(df: pd.DataFrame, spec: Spec) -> tuple[np.ndarray, list[str]]:
    """Each row's pattern of support (a number, -1 if none of Q9, Q11, Q13 was answered) and the
    pattern labels in display order."""
    cols = _support_columns(spec)
    yes = np.column_stack([(df[c].astype("object") == spec.support_label).to_numpy() for c in cols])
    answered = np.column_stack([df[c].notna().to_numpy() for c in cols]).any(axis=1)
    k = yes.sum(axis=1)
    names = [f"Only {spec.option_name(n)}" for n in spec.option_numbers]
    pattern = np.where(k >= 2, PATTERNS[3], np.where(k == 0, PATTERNS[4], None)).astype(object)
    for j, name in enumerate(names):
        pattern[(k == 1) & yes[:, j]] = name
    pattern[~answered] = None
    labels = [*names, PATTERNS[3], PATTERNS[4]]
    return pd.Categorical(pattern, categories=labels, ordered=True).codes.astype(np.int64), labels


def count_rows(
    breakdown: str,
    group: str,
    question: str,
    labels: list[str],
    counts: Any,
    base: int,
    min_base: int,
    min_count: int,
) -> pd.DataFrame:
    """Rows of one group in the support tables' shape, for counts another analysis made.

    The same percentage of the base, Wilson interval and primary and secondary suppression as
    :func:`support_table`; used where answers are counted differently (themes: several per answer).

    Examples
    --------
    >>> t = count_rows("overall", ALL_GROUP, "q14_text", ["Funding", "Training"], [12, 1], 20, 10, 3)
    >>> t[["answer", "count", "base", "percent", "suppressed"]].values.tolist()
    [['Funding', 12, 20, 60.0, True], ['Training', 1, 20, 5.0, True]]
    """
    return _finish(
        _rows(breakdown, group, question, list(labels), np.asarray(counts, dtype=float), int(base), min_base, min_count)
    )


# ---------------------------------------------------------------------------- by segment, in one pass
# A report build has a page per sector and per region, each showing the tables above for its own
# slice of the responses. The grouped versions count every segment in one pass over the data (a
# segment number beside the group and answer numbers in one bincount) and give, for each segment,
# exactly the frame the per-slice call gives: the same rows, values, types, index and column
# order. What a slice decides for itself is decided per segment: which rows count (campaigns
# counted once are counted once within the segment), and which groups a table shows ("Not stated"
# only where the segment has a missing value; for a column that is not categorical, only the
# values the segment holds).

SEGMENTS = ("sector", "region")


def segment_frame(
    responses: pd.DataFrame,
    segment: str,
    duplicates: str = "exclude",
    campaign: str = "each",
    spec: Spec | None = None,
    columns: list[str | None] | None = None,
) -> tuple[pd.DataFrame, np.ndarray, list[str]]:
    """The rows every segment's analysis counts, each row's segment number, and the segment labels.

    For each segment ``k`` (a label of the questionnaire's sector or region question),
    ``frame[codes == k]`` is ``analysis_frame(filter_responses(responses, **{segment: label}),
    duplicates, campaign, columns)``, row for row and in the same order. Rows of no segment are
    left out. ``columns``: as :func:`analysis_frame` (only those a table reads are filtered).

    Examples
    --------
    >>> r = pd.DataFrame({"respondent_id": list("abc"), "q1_sector": ["Police", None, "Police"],
    ...                   "duplicate_of": [None, None, "c0"], "campaign_id": [None] * 3})
    >>> df, codes, labels = segment_frame(r, "sector")
    >>> df["respondent_id"].tolist(), labels[codes[0]]
    (['a'], 'Police')
    """
    spec = spec or load_spec()
    check_choice("segment", segment, list(SEGMENTS))
    check_choice("duplicates", duplicates, ["exclude", "include"])
    check_choice("campaign", campaign, ["each", "once"])
    q = spec.breakdown_question(segment)
    col = q.columns["value"]
    check_columns("responses", [col], responses.columns)
    labels = [str(v) for v in q.labels]
    # -1 for a missing answer or a value outside the labels (a Categorical built from such values
    # warns under pandas 3 and will raise in pandas 4)
    codes = pd.Index(labels, dtype="object").get_indexer(responses[col].astype("object")).astype(np.int64)
    keep = codes >= 0
    if duplicates == "exclude" and "duplicate_of" in responses:
        keep &= responses["duplicate_of"].isna().to_numpy()
    if columns is not None:
        columns = [c for c in dict.fromkeys(columns) if c is not None and c in responses.columns]
    df, codes = (responses if columns is None else responses[columns])[keep], codes[keep]
    if campaign == "once" and "campaign_id" in responses:
        camp = responses["campaign_id"][keep]
        first = ~pd.DataFrame({"segment": codes, "campaign": camp.to_numpy()}).duplicated().to_numpy()
        first |= camp.isna().to_numpy()
        df, codes = df[first], codes[first]
    return df, codes, labels


def _segment_groups(
    df: pd.DataFrame, segments: np.ndarray, n_segments: int, by: str | None
) -> tuple[np.ndarray, list[str], list[list[int]]]:
    """Each row's group number, every group label, and for each segment the groups its table shows
    (those ``_group_codes`` gives on the segment's own rows, in the same order)."""
    col = breakdown_column(by)
    if col is None:
        return np.zeros(len(df), dtype=np.int64), [ALL_GROUP], [[0] for _ in range(n_segments)]
    check_columns("responses", [col], df.columns)
    s = df[col]
    categorical = isinstance(s.dtype, pd.CategoricalDtype)
    if not categorical:
        s = s.astype("category")
    codes = s.cat.codes.to_numpy().astype(np.int64)
    labels = [str(c) for c in s.cat.categories]
    missing = codes < 0
    codes = np.where(missing, len(labels), codes)
    labels = [*labels, NOT_STATED]
    held = np.bincount(segments * len(labels) + codes, minlength=n_segments * len(labels)).reshape(
        n_segments, len(labels)
    )
    shown = []
    for k in range(n_segments):
        groups = list(range(len(labels) - 1)) if categorical else [g for g in range(len(labels) - 1) if held[k, g]]
        shown.append(groups + ([len(labels) - 1] if held[k, -1] else []))
    return codes, labels, shown


def grouped_support_table(
    responses: pd.DataFrame,
    question: str,
    segment: str,
    by: str | None = None,
    choices: pd.DataFrame | None = None,
    campaign: str = "each",
    duplicates: str = "exclude",
    min_base: int | None = None,
    min_count: int | None = None,
    spec: Spec | None = None,
    settings: Any = None,
) -> dict[str, pd.DataFrame]:
    """:func:`support_table` for every sector (or region) at once, counted in one pass.

    Parameters
    ----------
    segment : {"sector", "region"}
        The segments: the labels of the questionnaire's sector (Q1) or region (Q3) question.
    others : as :func:`support_table`.

    Returns
    -------
    dict of DataFrame
        For each segment label, in the questionnaire's order, the frame
        ``support_table(filter_responses(responses, **{segment: label}), question, by, ...)``
        gives (the same values, types, index and column order).

    Examples
    --------
    >>> r = pd.DataFrame({"respondent_id": list("abc"), "duplicate_of": [None] * 3, "campaign_id": [None] * 3,
    ...                   "q1_sector": ["Police", "Police", "Health"],
    ...                   "q9_option_one": pd.Categorical(["Yes", "No", "Yes"], categories=["Yes", "No", "Mixed", "Unclear"])})
    >>> t = grouped_support_table(r, "q9", "sector", min_base=1, min_count=1)
    >>> t["Police"][["answer", "count", "base"]].values.tolist()[:2]
    [['Yes', 1, 2], ['No', 1, 2]]
    """
    spec = spec or load_spec()
    min_base, min_count = _settings_thresholds(min_base, min_count, settings)
    q = spec.question(question)
    df, segments, seg_labels = segment_frame(
        responses, segment, duplicates, campaign, spec, ["respondent_id", q.columns.get("value"), breakdown_column(by)]
    )
    n_seg = len(seg_labels)
    label_by = "overall" if breakdown_column(by) is None else by
    if q.type == "multi_choice":
        if choices is None:
            raise ValueError(f"{question} is a multi-choice question: pass the choices table (choices=...)")
        labels = q.labels
        groups, group_labels, shown = _segment_groups(df, segments, n_seg, by)
        ch = choices[equal_to(choices["question"], question)]
        row, keep = _positions(ch["respondent_id"], df["respondent_id"])
        answers = _answer_codes(ch["choice"][keep], labels)
        cells = segments[row] * len(group_labels) + groups[row]
        counts_all = _crosstab(cells, n_seg * len(group_labels), answers, len(labels))
        counts_all = counts_all.reshape(n_seg, len(group_labels), len(labels))
        answered = np.zeros(len(df), dtype=bool)
        answered[row] = True
        bases = np.bincount(
            segments[answered] * len(group_labels) + groups[answered], minlength=n_seg * len(group_labels)
        ).reshape(n_seg, len(group_labels))
        return _segment_tables(
            seg_labels, shown, label_by, group_labels, question, labels, counts_all, bases, min_base, min_count
        )
    col = q.columns.get("value")
    if col is None:
        raise ValueError(f"{question} has no closed or coded answer to count")
    check_columns("responses", [col], df.columns)
    labels = [str(c) for c in df[col].cat.categories] if isinstance(df[col].dtype, pd.CategoricalDtype) else q.labels
    return _grouped_counts(
        df, segments, seg_labels, by, question, _answer_codes(df[col], labels), labels, min_base, min_count
    )


def _grouped_counts(
    df: pd.DataFrame,
    segments: np.ndarray,
    seg_labels: list[str],
    by: str | None,
    question: str,
    answers: np.ndarray,
    labels: list[str],
    min_base: int,
    min_count: int,
) -> dict[str, pd.DataFrame]:
    """Each segment's table of one answer per row (base: those who answered), from one bincount."""
    n_seg = len(seg_labels)
    groups, group_labels, shown = _segment_groups(df, segments, n_seg, by)
    counts_all = _crosstab(segments * len(group_labels) + groups, n_seg * len(group_labels), answers, len(labels))
    counts_all = counts_all.reshape(n_seg, len(group_labels), len(labels))
    label_by = "overall" if breakdown_column(by) is None else by
    bases = counts_all.sum(axis=2)  # one answer per row: the base is those who answered
    return _segment_tables(
        seg_labels, shown, label_by, group_labels, question, labels, counts_all, bases, min_base, min_count
    )


def _segment_tables(
    seg_labels: list[str],
    shown: list[list[int]],
    label_by: str,
    group_labels: list[str],
    question: str,
    labels: list[str],
    counts_all: np.ndarray,
    bases: np.ndarray,
    min_base: int,
    min_count: int,
) -> dict[str, pd.DataFrame]:
    """Each segment's table from its counts (segment x group x answer) and bases (segment x group)."""
    rows: dict[str, list[dict[str, Any]]] = {}
    for k, seg in enumerate(seg_labels):
        rows[seg] = []
        for gi in shown[k]:
            counts = counts_all[k, gi].astype(float)
            rows[seg] += _rows(
                label_by, group_labels[gi], question, labels, counts, int(bases[k, gi]), min_base, min_count
            )
    return _finished(rows)


def _finished(rows: dict[str, list[dict[str, Any]]]) -> dict[str, pd.DataFrame]:
    """Each segment's rows as the frame :func:`_finish` makes of them: made as one frame and cut
    (a frame per segment built from its rows costs most of a grouped table's time)."""
    whole = _finish([r for part in rows.values() for r in part])
    out, start = {}, 0
    for seg, part in rows.items():
        # a segment without rows gets the empty frame _finish makes (its text columns are objects)
        out[seg] = whole.iloc[start : start + len(part)].reset_index(drop=True) if part else _finish([])
        start += len(part)
    return out


def grouped_option_comparison(
    responses: pd.DataFrame,
    segment: str,
    by: str | None = None,
    campaign: str = "each",
    duplicates: str = "exclude",
    min_base: int | None = None,
    min_count: int | None = None,
    spec: Spec | None = None,
    settings: Any = None,
) -> dict[str, pd.DataFrame]:
    """:func:`option_comparison` for every sector (or region) at once (see :func:`grouped_support_table`)."""
    spec = spec or load_spec()
    per_option = {}
    for n in spec.option_numbers:
        per_option[n] = grouped_support_table(
            responses,
            spec.option_question(n, "support").id,
            segment,
            by=by,
            campaign=campaign,
            duplicates=duplicates,
            min_base=min_base,
            min_count=min_count,
            spec=spec,
            settings=settings,
        )
    out = {}
    for seg in spec.breakdown_question(segment).labels:
        frames = []
        for n in spec.option_numbers:
            t = per_option[n][str(seg)]
            t.insert(0, "option", n)
            t.insert(1, "option_name", spec.option_name(n))
            frames.append(t)
        out[str(seg)] = pd.concat(frames, ignore_index=True)
    return out


def grouped_support_patterns(
    responses: pd.DataFrame,
    segment: str,
    by: str | None = None,
    campaign: str = "each",
    duplicates: str = "exclude",
    min_base: int | None = None,
    min_count: int | None = None,
    spec: Spec | None = None,
    settings: Any = None,
) -> dict[str, pd.DataFrame]:
    """:func:`support_patterns` for every sector (or region) at once (see :func:`grouped_support_table`)."""
    spec = spec or load_spec()
    min_base, min_count = _settings_thresholds(min_base, min_count, settings)
    df, segments, seg_labels = segment_frame(
        responses, segment, duplicates, campaign, spec, [*_support_columns(spec), breakdown_column(by)]
    )
    codes, labels = _pattern_codes(df, spec)
    return _grouped_counts(df, segments, seg_labels, by, "pattern", codes, labels, min_base, min_count)
