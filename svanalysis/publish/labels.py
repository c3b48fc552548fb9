"""Human labels for what analysis tables call by code, and numbers formatted for reading.

Published tables, text alternatives, HTML reports and the Word document all show the same words:
"Option One", not ``1``; "All respondents", not ``overall``; "Q6.2 Current time and resources:
volunteer hours per year", not ``q6_2_volunteer_hours_per_year``; "Sum of reported figures", not
``total``. Question labels come from the questionnaire spec, measure names from the cost analysis;
nothing here is written twice.
"""

from __future__ import annotations

import math
import numbers
import re
from typing import Any

import pandas as pd

from svanalysis.analysis.costs import MEASURE_LABELS
from svanalysis.core.disclosure import is_symbol, round_half_up
from svanalysis.core.spec import Spec, load_spec

__all__ = [
    "BREAKDOWN_LABELS",
    "CHANNEL_LABELS",
    "COLUMN_LABELS",
    "field_label",
    "formatted",
    "humanise",
    "numeric_columns",
    "question_label",
]

COLUMN_LABELS = {
    "breakdown": "Breakdown",
    "group": "Group",
    "question": "Question",
    "answer": "Answer",
    "count": "Count",
    "base": "Base",
    "percent": "Percent",
    "ci_low": "Lower 95% CI",
    "ci_high": "Upper 95% CI",
    "option": "Option",
    "option_name": "Option",
    "choice": "Choice",
    "measure": "Measure",
    "n": "Respondents giving a figure",
    "median": "Median",
    "q1": "Lower quartile",
    "q3": "Upper quartile",
    "mean": "Mean",
    "total": "Sum of reported figures",
    "mean_ci_low": "Mean lower 95% CI",
    "mean_ci_high": "Mean upper 95% CI",
    "ci_method": "Interval method",
    "n_excluded_implausible": "Implausible figures excluded",
    "n_costed_at_other_rate": "Costed at the Other rate",
    "scenario": "Scenario",
    "role": "Role",
    "respondents": "Respondents giving a figure",
    "total_fte": "Sum of FTE reported",
    "mean_fte_per_respondent": "Mean FTE per respondent",
    "note": "Note",
    "title_basis": "What the title rests on",
    "field": "Question",
    "channel": "Channel",
    "responses": "Responses",
    "file": "File",
    "status": "Status",
    "reason": "Reason",
    "layout": "Layout",
    "encoding": "Encoding",
    "theme": "Theme",
    "answers": "Answers",
    "said_nothing": "Said nothing (N/A, see above)",
    "with_theme": "With a theme",
    "coverage": "Coverage (% of answers saying something)",
    "to_review": "To review",
    "coded_by_a_person": "Coded by a person",
    "agreement_f1": "Agreement with a person (F1, 95% CI)",
}
BREAKDOWN_LABELS = {
    "overall": "All respondents",
    "sector": "Sector",
    "region": "Region",
    "respondent_type": "Respondent type",
    "channel": "Channel",
    "stance": "Stance on the question",
}
CHANNEL_LABELS = {"online": "Online form", "word_form": "Word response form", "letter": "Letter or email"}
SCENARIO_LABELS = {"main": "Main estimate"}
_KIND_LABELS = {
    "fte": "FTE per year",
    "volunteer_hours_per_year": "volunteer hours per year",
    "text": "explanation",
    "detail": "details",
    "other": "other (please specify)",
    "method": "how the answer was coded",
    "value": "",
}


def question_label(qid: Any, spec: Spec | None = None) -> Any:
    """ "Q9" for ``q9``, "Q6.2" for ``q6_2``; anything else as given.

    >>> question_label("q6_2"), question_label("q9"), question_label("pattern")
    ('Q6.2', 'Q9', 'pattern')
    """
    spec = spec or load_spec()
    if isinstance(qid, str):
        try:
            q = spec.question(qid)
        except KeyError:
            return qid
        return f"Q{q.number}" if q.number else q.text
    return qid


def field_label(column: str, spec: Spec | None = None) -> str:
    """The questionnaire's name for a processed column.

    >>> field_label("q6_2_volunteer_hours_per_year")
    'Q6.2 Current time and resources: volunteer hours per year'
    >>> field_label("q9_option_one_text"), field_label("q14_text")
    ('Q9 Option One best achieves the vision: explanation', 'Q14 Other measures to support a voluntary approach')
    >>> field_label("q1_sector"), field_label("respondent_type"), field_label("not_a_field")
    ('Q1 Sector', 'Respondent type', 'Not a field')
    """
    spec = spec or load_spec()
    base = re.sub(r"_(low|high|implausible)$", "", column)
    for q in spec.questions + spec.about_you:
        for kind, col in q.columns.items():
            if col == base:
                name = f"Q{q.number} {q.short}".strip() if q.number else (q.short or q.text)
                if not q.number and q.id in BREAKDOWN_LABELS:
                    name = BREAKDOWN_LABELS[q.id]
                extra = _KIND_LABELS.get(kind, kind.replace("_", " "))
                if kind == "text" and set(q.columns) == {"text"}:
                    extra = ""  # an open question: its text is the answer, not the explanation of one
                if q.parse == "money" and kind == "value":
                    extra = "£"
                return f"{name}: {extra}" if extra else name
    return column.replace("_", " ").capitalize()


def humanise(df: pd.DataFrame, spec: Spec | None = None) -> pd.DataFrame:
    """Codes replaced by the words a reader knows; column names as published.

    >>> t = pd.DataFrame({"option": [1], "breakdown": ["overall"], "question": ["q9"], "measure": ["fte"]})
    >>> humanise(t).values.tolist(), list(humanise(t).columns)
    ([['Option One', 'All respondents', 'Q9', 'FTE per year']], ['Option', 'Breakdown', 'Question', 'Measure'])
    """
    spec = spec or load_spec()
    out = df.copy()
    if "option" in out.columns and "option_name" in out.columns:
        out = out.drop(columns=["option"])
    for c in out.columns:
        s = out[c]
        if c == "option":
            out[c] = [_option(v, spec) for v in s]
        elif c == "breakdown":
            out[c] = [BREAKDOWN_LABELS.get(v, v) for v in s.astype(object)]
        elif c == "question":
            out[c] = [question_label(v, spec) for v in s.astype(object)]
        elif c == "measure":
            out[c] = [MEASURE_LABELS.get(v, v) for v in s.astype(object)]
        elif c == "scenario":
            out[c] = [
                SCENARIO_LABELS.get(v, v[:1].upper() + v[1:] if isinstance(v, str) else v) for v in s.astype(object)
            ]
        elif c in ("channel",) or (c == "group" and "breakdown" in out.columns):
            out[c] = [CHANNEL_LABELS.get(v, v) if isinstance(v, str) else v for v in s.astype(object)]
        elif c == "field":
            out[c] = [field_label(v, spec) if isinstance(v, str) else v for v in s.astype(object)]
    rename = {c: COLUMN_LABELS.get(c, c.replace("_", " ").capitalize() if c.islower() else c) for c in out.columns}
    if "median" in out.columns:
        rename.update(ci_low="Median lower 95% CI", ci_high="Median upper 95% CI")
    return out.rename(columns=rename)


def _option(v: Any, spec: Spec) -> Any:
    if isinstance(v, (int, float)) and not (isinstance(v, float) and math.isnan(v)) and int(v) in spec.option_numbers:
        return spec.option_name(int(v))
    if v == "current":
        return "Current activity (Q6)"
    return v


_PERCENT = ("percent", "ci_low", "ci_high")


def formatted(df: pd.DataFrame, spec: Spec | None = None) -> pd.DataFrame:
    """A gated table as text to read: labels from :func:`humanise`, thousands separators, money in
    pounds, FTE to one decimal place, percentages to one, symbols as they are.

    >>> t = pd.DataFrame({"measure": ["other_costs_gbp", "fte"], "n": [1200, 40], "median": [113000.0, 2.25]})
    >>> formatted(t).values.tolist()
    [['Other costs (£)', '1,200', '£113,000'], ['FTE per year', '40', '2.3']]
    """
    spec = spec or load_spec()
    shares = "percent" in df.columns
    measures = df["measure"].astype(object).tolist() if "measure" in df.columns else [None] * len(df)
    out = df.copy().astype(object)
    for c in df.columns:
        vals = []
        for v, m in zip(df[c].astype(object), measures, strict=True):
            vals.append(_cell(v, c, m, shares))
        out[c] = vals
    return humanise(out, spec)


def _cell(v: Any, column: str, measure: Any, shares: bool) -> Any:
    if v is None or is_symbol(v) or isinstance(v, (str, bool)):
        return "" if v is None else v
    if isinstance(v, numbers.Number) and math.isnan(float(v)):
        return ""
    if column in ("option",):
        return v
    if isinstance(v, numbers.Integral) or (column in _COUNTS and float(v).is_integer()):
        return f"{int(v):,}"
    v = float(v)
    if shares and column in _PERCENT:
        return f"{round_half_up(v, 1):.1f}"
    if (isinstance(measure, str) and measure.endswith("_gbp")) or column.endswith("_gbp"):
        return f"£{round_half_up(v, 0):,.0f}"
    if measure == "volunteer_hours":
        return f"{round_half_up(v, 0):,.0f}"
    return f"{round_half_up(v, 1):,.1f}"


_COUNTS = ("count", "base", "n", "respondents", "responses", "rows read", "rejected")


def numeric_columns(df: pd.DataFrame) -> list[bool]:
    """Which columns of a gated table hold numbers (or symbols standing for numbers), to align right.

    >>> numeric_columns(pd.DataFrame({"role": pd.Categorical(["Nurse"]), "n": ["[c]"], "median": [1.5]}))
    [False, True, True]
    """
    return [
        bool(len(df))
        and all(
            (isinstance(v, numbers.Number) and not isinstance(v, bool)) or is_symbol(v) or v is None
            for v in df[c].astype(object)
        )
        for c in df.columns
    ]
