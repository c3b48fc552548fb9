"""What each option would cost and bring (Q15-Q29), and the current baseline (Q5-Q6).

For each option, overall and by any breakdown:

- **Additional FTE per year, volunteer hours per year, other costs (£)**: the number of respondents
  giving a figure, median, quartiles, mean, total, and 95% intervals for the median and the mean.
  Intervals are a seeded percentile bootstrap; for a group of more than ``BOOTSTRAP_MAX_N`` figures
  the bootstrap's large-sample equivalents are used instead (order statistics for the median, the
  normal interval for the mean), and ``ci_method`` says which. Figures flagged implausible by
  cleaning are left out, with how many in ``n_excluded_implausible``; ``cost_sensitivity`` shows the
  totals with them in.
- **Monetised annual cost** per respondent: sum over roles of FTE x annual pay x (1 + on-cost
  uplift), plus volunteer hours x hourly value, plus other costs. Pay, uplift and the hourly value of
  volunteer time come from the unit-cost table (``data/unit_costs.csv``, with sources and caveats;
  replaceable by the user's own file). Where a respondent gives a total FTE but no roles, it is
  costed at the "Other" rate and counted in ``n_costed_at_other_rate``. Where roles are given they
  are used (not the total). A respondent's missing components count as nothing when at least one
  component is given. The uplift sensitivity (22% and 30%) is in ``cost_sensitivity``.
- **Benefits and disadvantages** (Q18/19, Q23/24, Q28/29): count and percentage of those answering,
  via ``svanalysis.analysis.support.support_table``; "Other" texts are listed by ``other_texts``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from svanalysis.analysis.support import (
    analysis_frame,
    breakdown_column,
    equal_to,
    first_positions,
    group_masks,
    grouped_support_table,
    id_ranks,
    ids_in,
    option_comparison,
    segment_frame,
    support_table,
)
from svanalysis.core.checks import check_choice
from svanalysis.core.io import read_user_csv
from svanalysis.core.paths import UNIT_COSTS_PATH
from svanalysis.core.settings import resolve_settings
from svanalysis.core.spec import Spec, load_spec

__all__ = [
    "BOOTSTRAP_MAX_N",
    "MEASURES",
    "MEASURE_LABELS",
    "UnitCosts",
    "baseline_table",
    "baseline_values",
    "choices_by_option",
    "comparison_table",
    "cost_benefit_table",
    "cost_sensitivity",
    "grouped_choices_by_option",
    "grouped_cost_benefit_table",
    "load_unit_costs",
    "option_values",
    "other_texts",
    "role_summary",
    "summarise",
]

MEASURES = ("fte", "volunteer_hours", "other_costs_gbp", "monetised_cost_gbp")
MEASURE_LABELS = {  # how each measure is named in published tables
    "fte": "FTE per year",
    "volunteer_hours": "Volunteer hours per year",
    "other_costs_gbp": "Other costs (£)",
    "monetised_cost_gbp": "Monetised annual cost (£)",
}
BOOTSTRAP_MAX_N = 2000  # default; the settings' analysis.bootstrap_max_n overrides it


@dataclass(frozen=True)
class UnitCosts:
    """Annual pay by role, the on-cost uplift and the hourly value of volunteer time."""

    pay: dict[str, float]
    uplift: float
    volunteer_hour: float
    table: pd.DataFrame
    source: str
    volunteer_sensitivities: dict[str, float] = field(default_factory=dict)


def load_unit_costs(path: str | Path | None = None, spec: Spec | None = None) -> UnitCosts:
    """Read a unit-cost table (the shipped one by default) and check it covers every role.

    Raises
    ------
    ValueError
        Naming the file, row and column of a bad or missing value.
    """
    spec = spec or load_spec()
    p = Path(path) if path else UNIT_COSTS_PATH
    df = read_user_csv(p, "unit-cost file", dtype={"item": "string", "kind": "string"})
    for col in ("item", "kind", "value"):
        if col not in df.columns:
            raise ValueError(f"{p}: no column {col!r} (expected item, kind, value, unit, source, confidence, caveat)")
    vals = pd.to_numeric(df["value"], errors="coerce")
    bad = df.index[vals.isna() | (vals < 0)]
    if len(bad):
        i = int(bad[0])
        raise ValueError(f"{p}, row {i + 2}, column value: {df.at[i, 'value']!r} is not a non-negative number")
    df["value"] = vals
    pay = {str(r["item"]): float(r["value"]) for _, r in df[df["kind"] == "annual_pay"].iterrows()}
    missing = [r for r in spec.roles if r not in pay]
    if missing:
        raise ValueError(f"{p}: no annual_pay row for role(s) {missing}")

    def one(kind: str) -> float:
        rows = df[df["kind"] == kind]
        if rows.empty:
            raise ValueError(f"{p}: no row of kind {kind!r}")
        return float(rows["value"].iloc[0])

    sensitivities = {
        str(r["item"]): float(r["value"]) for _, r in df[df["kind"] == "hourly_value_sensitivity"].iterrows()
    }
    return UnitCosts(pay, one("uplift"), one("hourly_value"), df, str(p), sensitivities)


# ---------------------------------------------------------------------------- per respondent
def _frame(responses: pd.DataFrame, campaign: str, duplicates: str, columns: list[str | None]) -> pd.DataFrame:
    """The analysis frame of the columns a cost table reads (a column missing is reported as before)."""
    return analysis_frame(responses, duplicates=duplicates, campaign=campaign, columns=["respondent_id", *columns])


def _value_columns(cols: dict[str, str]) -> list[str]:
    """The columns ``_values`` reads for these measures: each figure and its implausible flag."""
    return [x for c in cols.values() for x in (c, f"{c}_implausible")]


def _measure_cols(spec: Spec, qid_tr: str, qid_cost: str) -> dict[str, str]:
    tr, cost = spec.question(qid_tr), spec.question(qid_cost)
    return {
        "fte": tr.columns["fte"],
        "volunteer_hours": tr.columns["volunteer_hours_per_year"],
        "other_costs_gbp": cost.columns["value"],
    }


def _values(
    df: pd.DataFrame,
    role_fte: pd.DataFrame,
    cols: dict[str, str],
    role_q: str,
    costs: UnitCosts,
    uplift: float | None,
    include_implausible: bool,
    volunteer_hour: float | None,
) -> pd.DataFrame:
    out = pd.DataFrame({"respondent_id": df["respondent_id"].to_numpy()}, index=df.index)
    excluded = {}
    for m, c in cols.items():
        v = df[c].astype("float64")
        flag = df.get(f"{c}_implausible")
        if flag is not None and not include_implausible:
            excluded[m] = int(_excluded_rows(df, c).sum())
            v = v.where(~flag.astype(bool))
        else:
            excluded[m] = 0
        out[m] = v.to_numpy()
    u = costs.uplift if uplift is None else uplift
    has_roles, role_cost = _role_costs(df["respondent_id"], role_fte, role_q, costs.pay, u, include_implausible)
    staff = np.where(has_roles, role_cost, out["fte"].to_numpy(dtype=float) * costs.pay["Other"] * (1 + u))
    hour = costs.volunteer_hour if volunteer_hour is None else volunteer_hour
    vol = out["volunteer_hours"].to_numpy(dtype=float) * hour
    other = out["other_costs_gbp"].to_numpy(dtype=float)
    parts = np.vstack([staff, vol, other])
    any_given = ~np.isnan(parts).all(axis=0)
    out["monetised_cost_gbp"] = np.where(any_given, np.nansum(parts, axis=0), np.nan)
    out["costed_at_other_rate"] = (~has_roles) & ~np.isnan(out["fte"].to_numpy(dtype=float))
    out.attrs["excluded"] = excluded
    return out


def _role_costs(
    ids: pd.Series,
    role_fte: pd.DataFrame,
    role_q: str,
    pay: dict[str, float],
    uplift: float,
    include_implausible: bool,
) -> tuple[np.ndarray, np.ndarray]:
    """For each of ``ids`` (the analysis frame's respondents): whether it gave roles in ``role_q``,
    and the sum over those roles of FTE x annual pay x (1 + uplift) (NaN where it gave none).

    Each role row is placed by the position of its respondent among ``ids`` (Arrow's ``index_in``)
    rather than by matching strings, and pay is looked up once per role. The sums are pandas'
    grouped sums keyed by each respondent id's rank in sorted order (Arrow's dense ``rank``): the
    same groups in the same order as grouping by the id strings, which decides how pandas adds
    them (compensated, or ``np.add.reduceat`` when the rows come in sorted order), so they are the
    same to the bit. Respondent ids are never missing (the processed tables' schema); a role row
    without one would count for no one.
    """
    roles = role_fte[equal_to(role_fte["question"], role_q)]
    at = first_positions(roles["respondent_id"], ids)  # -1: not among the analysis frame's respondents
    keep = at >= 0
    if not include_implausible and "implausible" in roles:
        keep[keep] = ~roles["implausible"].iloc[np.flatnonzero(keep)].astype(bool).to_numpy()
    rows = np.flatnonzero(keep)
    rate = _pay(roles["role"].iloc[rows], pay) * (1 + uplift)
    rank = id_ranks(roles["respondent_id"].iloc[rows])
    sums = pd.Series(roles["fte"].iloc[rows].astype(float).to_numpy() * rate).groupby(rank).sum()
    position = np.zeros(len(rank) + 1, dtype=np.int64)
    position[rank] = at[rows]  # each rank's respondent's position among ids
    where = position[sums.index.to_numpy(dtype=np.int64)]
    # one slot more than there are respondents, for the -1 of a missing id: no roles, no cost
    has = np.zeros(len(ids) + 1, dtype=bool)
    cost = np.full(len(ids) + 1, np.nan)
    has[where] = True
    cost[where] = sums.to_numpy(dtype=float)
    first = first_positions(ids, ids)  # a repeated id takes the roles of its first row, as a match by id did
    return has[first], cost[first]


def _pay(role: pd.Series, pay: dict[str, float]) -> np.ndarray:
    """Each row's annual pay by its role, NaN for a role the unit costs lack: ``role.astype(str).map(pay)``,
    a categorical column (the processed ``role_fte``'s) looked up once per category.

    >>> _pay(pd.Series(pd.Categorical(["Other", "Nurse", "Other"])), {"Other": 30000.0}).tolist()
    [30000.0, nan, 30000.0]
    """
    if isinstance(role.dtype, pd.CategoricalDtype) and not role.hasnans:
        per_category = np.asarray(role.cat.categories.astype(str).map(pay), dtype=float)
        return per_category[role.cat.codes.to_numpy()]
    return role.astype(str).map(pay).to_numpy(dtype=float)


def _excluded_rows(df: pd.DataFrame, col: str) -> np.ndarray:
    """Which rows give a figure in ``col`` that cleaning flagged implausible (left out of the summaries)."""
    flag = df[f"{col}_implausible"]
    return (flag & df[col].astype("float64").notna()).to_numpy(dtype=bool, na_value=False)


def option_values(
    responses: pd.DataFrame,
    role_fte: pd.DataFrame,
    option: int,
    costs: UnitCosts | None = None,
    uplift: float | None = None,
    include_implausible: bool = False,
    volunteer_hour: float | None = None,
    campaign: str = "each",
    duplicates: str = "exclude",
    spec: Spec | None = None,
) -> pd.DataFrame:
    """Per respondent, for one option: FTE, volunteer hours, other costs and monetised annual cost."""
    spec = spec or load_spec()
    costs = costs or load_unit_costs(spec=spec)
    cols = _measure_cols(
        spec, spec.option_question(option, "time_resource").id, spec.option_question(option, "costs").id
    )
    df = _frame(responses, campaign, duplicates, _value_columns(cols))
    return _values(
        df,
        role_fte,
        cols,
        spec.option_question(option, "role_grid").id,
        costs,
        uplift,
        include_implausible,
        volunteer_hour,
    )


def baseline_values(
    responses: pd.DataFrame,
    role_fte: pd.DataFrame,
    costs: UnitCosts | None = None,
    include_implausible: bool = False,
    campaign: str = "each",
    duplicates: str = "exclude",
    spec: Spec | None = None,
) -> pd.DataFrame:
    """Per respondent: the current resources spent on serious violence (Q6.2-Q6.4), monetised."""
    spec = spec or load_spec()
    costs = costs or load_unit_costs(spec=spec)
    tr = next(q for q in spec.of_type("time_resource") if q.about_option is None)
    cost = next(q for q in spec.answerable if q.parse == "money" and q.about_option is None)
    role = next(q for q in spec.of_type("role_grid") if q.about_option is None)
    cols = _measure_cols(spec, tr.id, cost.id)
    df = _frame(responses, campaign, duplicates, _value_columns(cols))
    return _values(df, role_fte, cols, role.id, costs, None, include_implausible, None)


# ---------------------------------------------------------------------------- statistics
def summarise(
    values: Any,
    reps: int | None = None,
    seed: int | None = None,
    confidence: float | None = None,
    intervals: bool = True,
    settings: Any = None,
) -> dict[str, Any]:
    """n, median, quartiles, mean, total and 95% intervals for the median and the mean.

    Examples
    --------
    >>> s = summarise([1.0, 2.0, 3.0, 10.0], reps=200, seed=1)
    >>> s["n"], s["median"], s["q1"], s["q3"], s["mean"], s["total"]
    (4, 2.5, 1.75, 4.75, 4.0, 16.0)
    >>> summarise([])["n"], math.isnan(summarise([])["median"])
    (0, True)
    """
    a = resolve_settings(settings)["analysis"]
    reps = a["bootstrap_reps"] if reps is None else reps
    max_n = a.get("bootstrap_max_n", BOOTSTRAP_MAX_N)
    seed = a["seed"] if seed is None else seed
    confidence = a["confidence"] if confidence is None else confidence
    v = np.asarray(pd.Series(values, dtype="float64").dropna())
    n = len(v)
    nan = math.nan
    if n == 0:
        return {
            "n": 0,
            "median": nan,
            "q1": nan,
            "q3": nan,
            "mean": nan,
            "total": 0.0,
            "ci_low": nan,
            "ci_high": nan,
            "mean_ci_low": nan,
            "mean_ci_high": nan,
            "ci_method": "none",
        }
    out = {
        "n": n,
        "median": float(np.median(v)),
        "q1": float(np.percentile(v, 25)),
        "q3": float(np.percentile(v, 75)),
        "mean": float(v.mean()),
        "total": float(v.sum()),
    }
    alpha = (1 - confidence) / 2
    if not intervals:
        out.update(ci_low=nan, ci_high=nan, mean_ci_low=nan, mean_ci_high=nan, ci_method="not computed")
        return out
    if n == 1:
        out.update(
            ci_low=out["median"],
            ci_high=out["median"],
            mean_ci_low=out["mean"],
            mean_ci_high=out["mean"],
            ci_method="single value",
        )
        return out
    if n <= max_n:
        rng = np.random.default_rng(seed)
        meds, means = np.empty(reps), np.empty(reps)
        chunk = max(1, 2_000_000 // n)
        for start in range(0, reps, chunk):
            k = min(chunk, reps - start)
            sample = v[rng.integers(0, n, size=(k, n))]
            meds[start : start + k] = np.median(sample, axis=1)
            means[start : start + k] = sample.mean(axis=1)
        out.update(
            ci_low=float(np.percentile(meds, 100 * alpha)),
            ci_high=float(np.percentile(meds, 100 * (1 - alpha))),
            mean_ci_low=float(np.percentile(means, 100 * alpha)),
            mean_ci_high=float(np.percentile(means, 100 * (1 - alpha))),
            ci_method=f"bootstrap ({reps} resamples, seed {seed})",
        )
        return out
    from statistics import NormalDist

    z = NormalDist().inv_cdf(1 - alpha)
    s = np.sort(v)
    lo_rank = max(0, math.floor(n / 2 - z * math.sqrt(n) / 2) - 1)
    hi_rank = min(n - 1, math.ceil(n / 2 + z * math.sqrt(n) / 2))
    se = v.std(ddof=1) / math.sqrt(n)
    out.update(
        ci_low=float(s[lo_rank]),
        ci_high=float(s[hi_rank]),
        mean_ci_low=out["mean"] - z * se,
        mean_ci_high=out["mean"] + z * se,
        ci_method="large sample (order statistics, normal)",
    )
    return out


def _table(
    values: pd.DataFrame,
    df: pd.DataFrame,
    option: Any,
    breakdowns: list[str | None],
    measures: tuple[str, ...],
    settings: Any,
) -> list[dict[str, Any]]:
    rows = []
    excluded = values.attrs.get("excluded", {})
    for by in breakdowns:
        label = "overall" if breakdown_column(by) is None else by
        for group, mask in group_masks(df, by):
            part = values[mask.to_numpy()]
            for m in measures:
                s = summarise(part[m], settings=settings)
                rows.append(
                    {
                        "option": option,
                        "breakdown": label,
                        "group": group,
                        "measure": m,
                        **s,
                        "n_excluded_implausible": excluded.get(m, 0) if label == "overall" else None,
                        "n_costed_at_other_rate": int(part["costed_at_other_rate"].sum())
                        if m == "monetised_cost_gbp"
                        else None,
                    }
                )
    return rows


def cost_benefit_table(
    responses: pd.DataFrame,
    role_fte: pd.DataFrame,
    costs: UnitCosts | None = None,
    breakdowns: tuple[str | None, ...] = (None, "sector", "region", "respondent_type"),
    campaign: str = "each",
    duplicates: str = "exclude",
    spec: Spec | None = None,
    options: list[int] | None = None,
    measures: tuple[str, ...] = MEASURES,
    settings: Any = None,
    values: Mapping[int, pd.DataFrame] | None = None,
) -> pd.DataFrame:
    """Summaries of FTE, volunteer hours, other costs and monetised cost for each option and breakdown.

    ``options`` and ``measures`` restrict the table (default: every option and measure).

    ``values``: each option's figures per respondent already worked out (by option number), as
    :func:`option_values` gives them for the same ``responses``, ``role_fte``, ``costs``,
    ``campaign``, ``duplicates`` and ``spec`` and the main assumptions (its defaults): a report
    that also draws them or shows their sensitivity passes them on rather than having them worked
    out again. An option not in it is worked out here. Figures whose rows are not this analysis
    frame's (other responses, or another campaign or duplicates setting) raise ``ValueError``.

    Columns: ``option, breakdown, group, measure, n, median, q1, q3, mean, total, ci_low, ci_high``
    (the interval of the median), then ``mean_ci_low, mean_ci_high, ci_method,
    n_excluded_implausible, n_costed_at_other_rate``.
    """
    spec = spec or load_spec()
    settings = resolve_settings(settings)
    costs = costs or load_unit_costs(spec=spec)
    df = _frame(responses, campaign, duplicates, [breakdown_column(by) for by in breakdowns])
    rows = []
    for n in options or spec.option_numbers:
        vals = _given(values, n, df)
        if vals is None:
            vals = option_values(responses, role_fte, n, costs, campaign=campaign, duplicates=duplicates, spec=spec)
        rows += _table(vals, df, n, list(breakdowns), measures, settings)
    return _cost_frame(rows)


def _given(values: Mapping[int, pd.DataFrame] | None, option: int, df: pd.DataFrame) -> pd.DataFrame | None:
    """An option's figures passed in (``values=``), checked to be of the analysis frame's rows; None if not given."""
    vals = None if values is None else values.get(option)
    if vals is not None and not vals.index.equals(df.index):
        raise ValueError(
            f"values for option {option} are not of these responses' analysis frame "
            "(other responses, or another campaign or duplicates setting)"
        )
    return vals


def grouped_cost_benefit_table(
    responses: pd.DataFrame,
    role_fte: pd.DataFrame,
    segment: str,
    costs: UnitCosts | None = None,
    breakdowns: tuple[str | None, ...] = (None,),
    campaign: str = "each",
    duplicates: str = "exclude",
    spec: Spec | None = None,
    options: list[int] | None = None,
    measures: tuple[str, ...] = MEASURES,
    settings: Any = None,
) -> dict[str, pd.DataFrame]:
    """:func:`cost_benefit_table` for every sector (or region) at once.

    Each respondent's figures (the role grid joined and monetised) are worked out once for all
    segments; the summaries, whose bootstrap resamples a segment's own figures, are then made per
    segment from its rows in their order, so each segment's frame is exactly the per-slice one.

    Parameters
    ----------
    segment : {"sector", "region"}
    others : as :func:`cost_benefit_table` (``breakdowns`` defaults to overall only).

    Returns
    -------
    dict of DataFrame
        For each segment label, in the questionnaire's order, the frame
        ``cost_benefit_table(filter_responses(responses, **{segment: label}), role_fte, ...)`` gives.
    """
    spec = spec or load_spec()
    settings = resolve_settings(settings)
    costs = costs or load_unit_costs(spec=spec)
    measures_of = {
        n: _measure_cols(spec, spec.option_question(n, "time_resource").id, spec.option_question(n, "costs").id)
        for n in options or spec.option_numbers
    }
    read = [x for cols in measures_of.values() for x in _value_columns(cols)]
    read += [breakdown_column(by) for by in breakdowns]
    df, segments, labels = segment_frame(responses, segment, duplicates, campaign, spec, ["respondent_id", *read])
    rows: dict[str, list[dict[str, Any]]] = {seg: [] for seg in labels}
    for n, cols in measures_of.items():
        vals = _values(df, role_fte, cols, spec.option_question(n, "role_grid").id, costs, None, False, None)
        excluded = {
            m: np.bincount(segments[_excluded_rows(df, c)], minlength=len(labels))
            if f"{c}_implausible" in df
            else np.zeros(len(labels), dtype=np.int64)
            for m, c in cols.items()
        }
        for k, seg in enumerate(labels):
            mask = segments == k
            part = vals[mask]
            part.attrs["excluded"] = {m: int(e[k]) for m, e in excluded.items()}
            rows[seg] += _table(part, df[mask], n, list(breakdowns), measures, settings)
    return {seg: _cost_frame(r) for seg, r in rows.items()}


def _cost_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    cols = [
        "option",
        "breakdown",
        "group",
        "measure",
        "n",
        "median",
        "q1",
        "q3",
        "mean",
        "total",
        "ci_low",
        "ci_high",
        "mean_ci_low",
        "mean_ci_high",
        "ci_method",
        "n_excluded_implausible",
        "n_costed_at_other_rate",
    ]
    out = pd.DataFrame(rows, columns=cols)
    out["n"] = out["n"].astype("int64")
    for c in ("n_excluded_implausible", "n_costed_at_other_rate"):
        out[c] = out[c].astype("Int64")
    return out


def cost_sensitivity(
    responses: pd.DataFrame,
    role_fte: pd.DataFrame,
    costs: UnitCosts | None = None,
    campaign: str = "each",
    duplicates: str = "exclude",
    spec: Spec | None = None,
    options: list[int] | None = None,
    settings: Any = None,
    values: Mapping[int, pd.DataFrame] | None = None,
) -> pd.DataFrame:
    """The monetised cost under other assumptions: implausible figures in, the other uplift, other
    values of volunteer time (the unit-cost table's ``hourly_value_sensitivity`` rows).

    ``values``: each option's figures under the main assumptions, already worked out (see
    :func:`cost_benefit_table`), for the "main" rows. Each option's analysis frame is made once
    for all its scenarios."""
    spec = spec or load_spec()
    costs = costs or load_unit_costs(spec=spec)
    settings = resolve_settings(settings)
    alt_uplift = settings["analysis"]["uplift_sensitivity"]
    scenarios: list[tuple[str, dict[str, Any]]] = [
        ("main", {}),
        ("implausible figures included", {"include_implausible": True}),
        (f"on-cost uplift {alt_uplift:.0%}", {"uplift": alt_uplift}),
    ]
    scenarios += [
        (f"volunteer hour at {name} (£{value:,.2f})", {"volunteer_hour": value})
        for name, value in costs.volunteer_sensitivities.items()
    ]
    rows = []
    for n in options or spec.option_numbers:
        cols = _measure_cols(spec, spec.option_question(n, "time_resource").id, spec.option_question(n, "costs").id)
        df = _frame(responses, campaign, duplicates, _value_columns(cols))
        role_q = spec.option_question(n, "role_grid").id
        for name, kw in scenarios:
            vals = _given(values, n, df) if not kw else None
            if vals is None:
                vals = _values(
                    df,
                    role_fte,
                    cols,
                    role_q,
                    costs,
                    kw.get("uplift"),
                    kw.get("include_implausible", False),
                    kw.get("volunteer_hour"),
                )
            for m in MEASURES:
                s = summarise(vals[m], intervals=False, settings=settings)
                rows.append(
                    {
                        "option": n,
                        "scenario": name,
                        "measure": m,
                        "n": s["n"],
                        "median": s["median"],
                        "mean": s["mean"],
                        "total": s["total"],
                    }
                )
    return pd.DataFrame(rows)


def role_summary(
    responses: pd.DataFrame,
    role_fte: pd.DataFrame,
    campaign: str = "each",
    duplicates: str = "exclude",
    spec: Spec | None = None,
) -> pd.DataFrame:
    """FTE by role for each option (Q16, Q21, Q26) and currently (Q6.3): respondents, total, per respondent."""
    spec = spec or load_spec()
    df = _frame(responses, campaign, duplicates, [])
    r = role_fte[ids_in(role_fte["respondent_id"], df["respondent_id"]) & ~role_fte["implausible"].astype(bool)]
    rows = []
    for qid in spec.role_questions:
        q = spec.question(qid)
        part = r[equal_to(r["question"], qid)]
        for role in spec.roles:
            x = part.loc[equal_to(part["role"], role), "fte"].astype(float)
            rows.append(
                {
                    "question": qid,
                    "option": q.about_option if q.about_option else "current",
                    "role": role,
                    "respondents": len(x),
                    "total_fte": float(x.sum()),
                    "mean_fte_per_respondent": float(x.mean()) if len(x) else math.nan,
                }
            )
    return pd.DataFrame(rows)


def choices_by_option(
    responses: pd.DataFrame,
    choices: pd.DataFrame,
    what: str = "benefits",
    by: str | None = None,
    campaign: str = "each",
    duplicates: str = "exclude",
    spec: Spec | None = None,
    settings: Any = None,
    **supp: Any,
) -> pd.DataFrame:
    """Benefits or disadvantages chosen for each option: ``option, breakdown, group, choice, count, base, percent, suppressed``."""
    spec = spec or load_spec()
    check_choice("what", what, ["benefits", "disadvantages"])
    frames = []
    for n in spec.option_numbers:
        q = spec.option_question(n, what)
        t = support_table(
            responses,
            q.id,
            by=by,
            choices=choices,
            campaign=campaign,
            duplicates=duplicates,
            spec=spec,
            settings=settings,
            **supp,
        )
        t.insert(0, "option", n)
        frames.append(t.rename(columns={"answer": "choice"}))
    out = pd.concat(frames, ignore_index=True)
    return out[_CHOICE_COLUMNS]


_CHOICE_COLUMNS = [
    "option",
    "breakdown",
    "group",
    "question",
    "choice",
    "count",
    "base",
    "percent",
    "ci_low",
    "ci_high",
    "suppressed",
]


def grouped_choices_by_option(
    responses: pd.DataFrame,
    choices: pd.DataFrame,
    segment: str,
    what: str = "benefits",
    by: str | None = None,
    campaign: str = "each",
    duplicates: str = "exclude",
    spec: Spec | None = None,
    settings: Any = None,
    **supp: Any,
) -> dict[str, pd.DataFrame]:
    """:func:`choices_by_option` for every sector (or region) at once, each option's choices
    counted in one pass (``grouped_support_table``)."""
    spec = spec or load_spec()
    check_choice("what", what, ["benefits", "disadvantages"])
    per_option = {
        n: grouped_support_table(
            responses,
            spec.option_question(n, what).id,
            segment,
            by=by,
            choices=choices,
            campaign=campaign,
            duplicates=duplicates,
            spec=spec,
            settings=settings,
            **supp,
        )
        for n in spec.option_numbers
    }
    out = {}
    for seg in per_option[spec.option_numbers[0]]:
        frames = []
        for n in spec.option_numbers:
            t = per_option[n][seg]
            t.insert(0, "option", n)
            frames.append(t.rename(columns={"answer": "choice"}))
        out[seg] = pd.concat(frames, ignore_index=True)[_CHOICE_COLUMNS]
    return out


def other_texts(
    responses: pd.DataFrame, choices: pd.DataFrame, question: str, duplicates: str = "exclude"
) -> pd.DataFrame:
    """The "Other, please specify" texts given for a multi-choice question (personal data redacted)."""
    df = analysis_frame(responses, duplicates=duplicates, columns=["respondent_id"])
    c = choices[
        equal_to(choices["question"], question)
        & choices["other_text"].notna()
        & ids_in(choices["respondent_id"], df["respondent_id"])
    ]
    return c[["respondent_id", "other_text"]].reset_index(drop=True)


def comparison_table(
    responses: pd.DataFrame,
    choices: pd.DataFrame,
    role_fte: pd.DataFrame,
    costs: UnitCosts | None = None,
    campaign: str = "each",
    spec: Spec | None = None,
    support: pd.DataFrame | None = None,
    cost: pd.DataFrame | None = None,
    benefits: pd.DataFrame | None = None,
    disadvantages: pd.DataFrame | None = None,
    settings: Any = None,
) -> pd.DataFrame:
    """One table comparing the three options: support, benefits, disadvantages, resources and cost, with bases.

    Tables already computed (overall rows of ``option_comparison``, ``cost_benefit_table``,
    ``choices_by_option``) may be passed in to save recomputing them.
    """
    spec = spec or load_spec()
    settings = resolve_settings(settings)
    costs = costs or load_unit_costs(spec=spec)
    sup = (
        support
        if support is not None
        else option_comparison(responses, campaign=campaign, spec=spec, settings=settings)
    )
    sup = sup[sup["breakdown"] == "overall"] if "breakdown" in sup else sup
    cb = (
        cost
        if cost is not None
        else cost_benefit_table(
            responses, role_fte, costs, breakdowns=(None,), campaign=campaign, spec=spec, settings=settings
        )
    )
    cb = cb[cb["breakdown"] == "overall"]
    chosen = {
        "benefits": benefits
        if benefits is not None
        else choices_by_option(responses, choices, "benefits", campaign=campaign, spec=spec, settings=settings),
        "disadvantages": disadvantages
        if disadvantages is not None
        else choices_by_option(responses, choices, "disadvantages", campaign=campaign, spec=spec, settings=settings),
    }
    rows = []
    for n in spec.option_numbers:
        name = spec.option_name(n)
        y = sup[(sup["option"] == n) & (sup["answer"] == spec.support_label)].iloc[0]
        rows.append(
            {
                "measure": "Said the option would best achieve the vision (% Yes)",
                "option": name,
                "value": "[c]" if y["suppressed"] else f"{y['percent']:.1f}%",
                "base": int(y["base"]),
            }
        )
        for what in ("benefits", "disadvantages"):
            t = chosen[what]
            t = t[(t["option"] == n) & (t["breakdown"] == "overall") & ~t["suppressed"]]
            if len(t) and t["base"].iloc[0] > 0:
                top = t.loc[t["percent"].idxmax()]
                rows.append(
                    {
                        "measure": f"Most cited {what[:-1]}",
                        "option": name,
                        "value": f"{top['choice']} ({top['percent']:.1f}%)",
                        "base": int(top["base"]),
                    }
                )
            else:
                rows.append({"measure": f"Most cited {what[:-1]}", "option": name, "value": "[x]", "base": 0})
        for m, lab, fmt in (
            ("fte", "Additional FTE per year (median)", "{:,.1f}"),
            ("volunteer_hours", "Volunteer hours per year (median)", "{:,.0f}"),
            ("other_costs_gbp", "Other costs (median, £)", "£{:,.0f}"),
            ("monetised_cost_gbp", "Monetised annual cost per respondent (median, £)", "£{:,.0f}"),
            ("monetised_cost_gbp", "Monetised annual cost, all respondents (total, £)", "£{:,.0f}"),
        ):
            r = cb[(cb["option"] == n) & (cb["measure"] == m)].iloc[0]
            v = r["total"] if "total" in lab else r["median"]
            rows.append(
                {"measure": lab, "option": name, "value": "[x]" if r["n"] == 0 else fmt.format(v), "base": int(r["n"])}
            )
    long = pd.DataFrame(rows)
    wide = long.pivot(index="measure", columns="option", values="value")
    bases = long.pivot(index="measure", columns="option", values="base").add_suffix(" (base)")
    order = list(dict.fromkeys(long["measure"]))
    names = [spec.option_name(n) for n in spec.option_numbers]
    out = pd.concat([wide[names], bases[[f"{x} (base)" for x in names]]], axis=1).reindex(order).reset_index()
    return out


def baseline_table(
    responses: pd.DataFrame,
    choices: pd.DataFrame,
    role_fte: pd.DataFrame,
    costs: UnitCosts | None = None,
    campaign: str = "each",
    spec: Spec | None = None,
    settings: Any = None,
) -> dict[str, pd.DataFrame]:
    """The current baseline: activity in place (Q5), kinds of activity (Q6.1), current resources (Q6.2-6.4)."""
    spec = spec or load_spec()
    settings = resolve_settings(settings)
    q5 = spec.question_for("current_activity")
    act = next(q for q in spec.of_type("multi_choice") if q.parent == "q6")
    vals = baseline_values(responses, role_fte, costs, campaign=campaign, spec=spec)
    df = _frame(responses, campaign, "exclude", [breakdown_column("sector")])
    resources = _cost_frame(_table(vals, df, "current", [None, "sector"], MEASURES, settings))
    return {
        "current_activity": support_table(responses, q5.id, campaign=campaign, spec=spec, settings=settings),
        "activity_types": support_table(
            responses, act.id, choices=choices, campaign=campaign, spec=spec, settings=settings
        ),
        "current_resources": resources,
    }
