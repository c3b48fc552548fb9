"""Publication tables: tidy CSVs and one accessible spreadsheet.

``write_tables`` turns the processed data into the tables the Government response is written from:

- ``option_support.csv``: support for Options One, Two and Three (Q9, Q11, Q13) overall and by
  sector, region and respondent type;
- ``cost_benefit.csv``: FTE, volunteer hours, other costs and monetised cost per option;
- ``benefits.csv`` and ``disadvantages.csv``: per option;
- and, beside them, ``support_other_questions.csv`` (Q2, Q5, Q8, Q10, Q12), ``support_patterns.csv``,
  ``cost_sensitivity.csv``, ``roles_fte.csv``, ``baseline_resources.csv``, ``comparison.csv``;
- ``tables.xlsx``: all of them laid out for publication with gptables (cover sheet, contents,
  notes, one table per sheet), percentages to one decimal place, suppressed cells as ``[c]``.

The CSVs carry exact values at full precision with a ``suppressed`` flag, for analysts; the
spreadsheet is the publication version and shows ``[c]`` instead of suppressed values. Every text
cell of every file is formula-neutralised.
"""

from __future__ import annotations

import math
import warnings
from pathlib import Path
from typing import Any

import pandas as pd

from svanalysis.analysis.costs import (
    MEASURE_LABELS,
    UnitCosts,
    baseline_table,
    choices_by_option,
    comparison_table,
    cost_benefit_table,
    cost_sensitivity,
    load_unit_costs,
    role_summary,
)
from svanalysis.analysis.support import option_comparison, support_patterns, support_table
from svanalysis.core.io import atomic_path, neutralise_formulas, write_csv
from svanalysis.core.processed import load_processed
from svanalysis.core.settings import resolve_settings
from svanalysis.core.spec import Spec, load_spec
from svanalysis.core.version import __version__

__all__ = ["BREAKDOWNS_PUBLISHED", "build_tables", "display_table", "write_tables"]

BREAKDOWNS_PUBLISHED: tuple[str | None, ...] = (None, "sector", "region", "respondent_type")


def display_table(
    df: pd.DataFrame, pct_cols: tuple[str, ...] = ("percent", "ci_low", "ci_high"), money: tuple[str, ...] = ()
) -> pd.DataFrame:
    """A table ready to show: labels as published, percentages to one decimal place, suppressed
    cells as ``[c]``, figures not available as ``[x]``.

    ``ci_low``/``ci_high`` are percentages beside ``percent`` and in the measure's units beside
    ``median`` (cost tables).
    """
    out = df.copy()
    sup = out["suppressed"].astype(bool) if "suppressed" in out else pd.Series(False, index=out.index)
    pct = set(pct_cols) if "percent" in out else set(pct_cols) - {"ci_low", "ci_high"}
    for c in out.columns:
        if c in pct:
            out[c] = [("[c]" if s else ("[x]" if pd.isna(v) else f"{v:.1f}")) for v, s in zip(out[c], sup, strict=True)]
        elif c == "count":
            out[c] = [("[c]" if s else f"{int(v):,}") for v, s in zip(out[c], sup, strict=True)]
        elif c in money:
            out[c] = ["[x]" if pd.isna(v) else f"£{v:,.0f}" for v in out[c]]
        elif pd.api.types.is_float_dtype(out[c]):
            out[c] = ["[x]" if pd.isna(v) else f"{v:,.1f}" for v in out[c]]
        elif pd.api.types.is_integer_dtype(out[c]):
            out[c] = ["[x]" if pd.isna(v) else f"{int(v):,}" for v in out[c]]
    return _labelled(out.drop(columns=["suppressed"], errors="ignore"))


def _labelled(df: pd.DataFrame) -> pd.DataFrame:
    """Column names and measure names as published."""
    out = df.copy()
    if "measure" in out:
        out["measure"] = [MEASURE_LABELS.get(v, v) for v in out["measure"]]
    rename = dict(_RENAME)
    if "median" in out:  # the interval beside a median is the median's
        rename.update(ci_low="Median lower 95% CI", ci_high="Median upper 95% CI")
    return out.rename(columns=rename)


def build_tables(
    processed: str | Path,
    unit_costs: str | Path | UnitCosts | None = None,
    campaign: str | None = None,
    settings: Any = None,
    spec: Spec | None = None,
) -> dict[str, pd.DataFrame]:
    """All publication tables, computed from the processed folder.

    Parameters
    ----------
    processed : the processed folder
    unit_costs : a unit-cost CSV or loaded ``UnitCosts`` (default: the shipped table)
    campaign : "each" or "once" (default: the settings' ``campaigns.policy``)
    settings : mapping or path, optional
        Suppression thresholds, bootstrap and campaign policy (default: the shipped settings).
    """
    spec = spec or load_spec()
    settings = resolve_settings(settings)
    campaign = campaign or settings["campaigns"]["policy"]
    costs = unit_costs if isinstance(unit_costs, UnitCosts) else load_unit_costs(unit_costs, spec)
    data = load_processed(processed, text=False)
    r, ch, roles = data["responses"], data["choices"], data["role_fte"]
    support = pd.concat(
        [option_comparison(r, by=by, campaign=campaign, spec=spec, settings=settings) for by in BREAKDOWNS_PUBLISHED],
        ignore_index=True,
    )
    other_q = [
        q.id
        for q in spec.questions
        if q.type in ("single_choice", "yes_no_explain")
        and q.id not in (spec.breakdown_question("sector").id, spec.breakdown_question("region").id)
        and not q.about_option
    ]
    others = pd.concat(
        [
            support_table(r, q, by=by, campaign=campaign, spec=spec, settings=settings)
            for q in other_q
            for by in BREAKDOWNS_PUBLISHED
        ],
        ignore_index=True,
    )
    benefits = pd.concat(
        [
            choices_by_option(r, ch, "benefits", by=by, campaign=campaign, spec=spec, settings=settings)
            for by in BREAKDOWNS_PUBLISHED
        ],
        ignore_index=True,
    )
    disadvantages = pd.concat(
        [
            choices_by_option(r, ch, "disadvantages", by=by, campaign=campaign, spec=spec, settings=settings)
            for by in BREAKDOWNS_PUBLISHED
        ],
        ignore_index=True,
    )
    cost = cost_benefit_table(
        r, roles, costs, breakdowns=BREAKDOWNS_PUBLISHED, campaign=campaign, spec=spec, settings=settings
    )
    base = baseline_table(r, ch, roles, costs, campaign=campaign, spec=spec, settings=settings)
    return {
        "option_support": support[
            ["breakdown", "group", "question", "answer", "count", "base", "percent", "ci_low", "ci_high", "suppressed"]
        ],
        "cost_benefit": cost,
        "benefits": benefits[
            [
                "option",
                "breakdown",
                "group",
                "choice",
                "count",
                "base",
                "percent",
                "suppressed",
                "question",
                "ci_low",
                "ci_high",
            ]
        ],
        "disadvantages": disadvantages[
            [
                "option",
                "breakdown",
                "group",
                "choice",
                "count",
                "base",
                "percent",
                "suppressed",
                "question",
                "ci_low",
                "ci_high",
            ]
        ],
        "support_other_questions": others,
        "support_patterns": pd.concat(
            [support_patterns(r, by=by, campaign=campaign, spec=spec) for by in BREAKDOWNS_PUBLISHED], ignore_index=True
        ),
        "cost_sensitivity": cost_sensitivity(r, roles, costs, campaign=campaign, spec=spec),
        "roles_fte": role_summary(r, roles, campaign=campaign, spec=spec),
        "baseline_activity": pd.concat([base["current_activity"], base["activity_types"]], ignore_index=True),
        "baseline_resources": base["current_resources"],
        "comparison": comparison_table(
            r,
            ch,
            roles,
            costs,
            campaign=campaign,
            spec=spec,
            support=support,
            cost=cost,
            benefits=benefits,
            disadvantages=disadvantages,
        ),
    }


# ---------------------------------------------------------------------------- the spreadsheet
_SHEETS: list[tuple[str, str, str, list[str]]] = [
    # (table key, sheet name, title, notes referenced)
    (
        "comparison",
        "Comparison",
        "The three options compared: support, benefits, disadvantages and costs",
        ["note_base", "note_self_selected", "note_costs"],
    ),
    (
        "option_support",
        "Option_support",
        "Support for Options One, Two and Three, overall and by sector, region and respondent type",
        ["note_base", "note_c", "note_ci", "note_self_selected"],
    ),
    (
        "support_patterns",
        "Support_patterns",
        "Respondents' patterns of support across the three options",
        ["note_base", "note_c"],
    ),
    (
        "support_other_questions",
        "Other_questions",
        "Answers to the other closed and coded questions (Q2, Q5, Q8, Q10, Q12)",
        ["note_base", "note_c", "note_ci"],
    ),
    (
        "benefits",
        "Benefits",
        "Benefits respondents envisage under each option (Q18, Q23, Q28)",
        ["note_base", "note_c", "note_multi"],
    ),
    (
        "disadvantages",
        "Disadvantages",
        "Disadvantages respondents foresee under each option (Q19, Q24, Q29)",
        ["note_base", "note_c", "note_multi"],
    ),
    (
        "cost_benefit",
        "Cost_per_option",
        "Additional resources and monetised annual cost per option",
        ["note_costs", "note_implausible", "note_ci_boot"],
    ),
    (
        "cost_sensitivity",
        "Cost_sensitivity",
        "Monetised cost under other assumptions",
        ["note_costs", "note_implausible"],
    ),
    (
        "roles_fte",
        "Roles",
        "Full Time Equivalents by role, per option and currently (Q6.3, Q16, Q21, Q26)",
        ["note_implausible"],
    ),
    (
        "baseline_activity",
        "Baseline_activity",
        "Current activity to prevent and tackle serious violence (Q5, Q6.1)",
        ["note_base", "note_c"],
    ),
    (
        "baseline_resources",
        "Baseline_resources",
        "Current resources spent on serious violence (Q6.2 to Q6.4)",
        ["note_costs", "note_implausible"],
    ),
]

_RENAME = {
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
    "choice": "Choice",
    "measure": "Measure",
    "n": "Respondents giving a figure",
    "median": "Median",
    "q1": "Lower quartile",
    "q3": "Upper quartile",
    "mean": "Mean",
    "total": "Total",
    "mean_ci_low": "Mean lower 95% CI",
    "mean_ci_high": "Mean upper 95% CI",
    "ci_method": "Interval method",
    "n_excluded_implausible": "Implausible figures excluded",
    "n_costed_at_other_rate": "Costed at the Other rate",
    "scenario": "Scenario",
    "role": "Role",
    "respondents": "Respondents",
    "total_fte": "Total FTE",
    "mean_fte_per_respondent": "Mean FTE per respondent",
    "option_name": "Option name",
}


def _publishable(df: pd.DataFrame, spec: Spec) -> pd.DataFrame:
    """Publication form: [c] for suppressed cells, [x] for not available, percentages to 1 d.p."""
    out = df.copy()
    sup = out.pop("suppressed").astype(bool) if "suppressed" in out else pd.Series(False, index=out.index)
    for c in list(out.columns):
        s = out[c]
        if c in ("percent", "ci_low", "ci_high") and "percent" in out:
            out[c] = [
                ("[c]" if x else ("[x]" if pd.isna(v) else round(float(v), 1))) for v, x in zip(s, sup, strict=True)
            ]
        elif c == "count":
            out[c] = [("[c]" if x else int(v)) for v, x in zip(s, sup, strict=True)]
        elif c == "question":
            out[c] = [str(v).upper().replace("_", ".") if isinstance(v, str) and v.startswith("q") else v for v in s]
        elif c == "option":
            out[c] = [
                spec.option_name(int(v))
                if isinstance(v, (int, float))
                and not (isinstance(v, float) and math.isnan(v))
                and int(v) in spec.option_numbers
                else v
                for v in s
            ]
        elif pd.api.types.is_float_dtype(s):
            out[c] = ["[x]" if pd.isna(v) else round(float(v), 2) for v in s]
        else:
            out[c] = ["[x]" if (v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA) else v for v in s]
    return neutralise_formulas(_labelled(out).astype(object))


def _notes(settings: dict[str, Any], costs: UnitCosts) -> pd.DataFrame:
    s = settings["suppression"]
    a = settings["analysis"]
    rows = [
        (
            "note_base",
            "Percentages are of those who answered the question (the base); blank answers are excluded from the base. Duplicate submissions are excluded; only the latest submission of each respondent is counted.",
        ),
        (
            "note_c",
            f"[c] = suppressed: a count of fewer than {s['min_count']} or a base of fewer than {s['min_base']}, and a second cell where needed so a suppressed count cannot be worked out from the base.",
        ),
        ("note_ci", "Lower and upper 95% confidence intervals are Wilson score intervals for a proportion."),
        (
            "note_ci_boot",
            f"Intervals for medians and means are percentile bootstrap intervals ({a['bootstrap_reps']} resamples, seed {a['seed']}); for groups of more than {a['bootstrap_max_n']:,} figures, their large-sample equivalents.",
        ),
        (
            "note_self_selected",
            "Consultation responses are self-selected: results describe those who responded, not the public, and are not weighted. Organisations may represent many people.",
        ),
        ("note_multi", "Respondents could choose more than one option, so percentages do not sum to 100."),
        (
            "note_costs",
            f"Monetised cost = FTE by role x annual pay x (1 + on-cost uplift of {costs.uplift:.0%}) + volunteer hours x £{costs.volunteer_hour:.2f} + other costs. Pay: ONS Annual Survey of Hours and Earnings 2021 by occupation (provisional; see the unit-cost table shipped with svanalysis for sources and caveats). FTE given without roles is costed at the all-employee median.",
        ),
        (
            "note_implausible",
            "Figures flagged implausible (above the bounds set in the settings, or negative) are excluded; the sensitivity table shows results with them in.",
        ),
        ("note_x", "[x] = not available (no figures given)."),
    ]
    return pd.DataFrame({"Note reference": [r[0] for r in rows], "Note text": [r[1] for r in rows]})


def write_tables(
    processed: str | Path,
    out: str | Path,
    unit_costs: str | Path | None = None,
    campaign: str | None = None,
    settings: Any = None,
    spec: Spec | None = None,
) -> dict[str, Path]:
    """Write the tidy CSVs and ``tables.xlsx`` into ``out``; return the paths written.

    ``settings`` (a mapping or a YAML path; the shipped ones by default) sets the suppression
    thresholds, the bootstrap and the campaign policy, and the notes say which were used.
    """
    import gptables as gpt

    spec = spec or load_spec()
    settings = resolve_settings(settings)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    costs = load_unit_costs(unit_costs, spec)
    tables = build_tables(processed, costs, campaign, settings, spec)
    paths = {}
    for name, df in tables.items():
        paths[name] = write_csv(df, out / f"{name}.csv")
    sheets = {}
    for key, sheet, title, notes in _SHEETS:
        markers = "".join(f"$${n}$$" for n in notes)
        sheets[sheet] = gpt.GPTable(
            table=_publishable(tables[key], spec),
            table_name=sheet.lower(),
            title=f"{title}{markers}",
            subtitles=["Home Office consultation, England and Wales, 1 April to 28 May 2019"],
            scope="Respondents to the consultation",
            source="Source: consultation responses analysed with svanalysis " + __version__,
        )
    cover = gpt.Cover(
        title="Serious violence: new legal duty to support multi-agency action: analysis of consultation responses",
        intro=[
            "Tables of support for the three options (a new duty on specified organisations to have due regard; a new duty through revised Community Safety Partnerships; a voluntary, non-legislative approach), and of what respondents expect each option to cost and bring.",
            "Each table is on its own sheet; the Contents sheet links to them and the Notes sheet explains the symbols and methods.",
        ],
        about=[
            "Consultation responses are self-selected and describe those who responded, not the public.",
            "[c] marks a suppressed value, [x] a value that is not available.",
        ],
        contact=["Serious Violence Unit, Home Office"],
    )
    target = out / "tables.xlsx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # gptables' own pandas deprecation warnings
        with atomic_path(target) as tmp:
            gpt.write_workbook(
                filename=str(tmp),
                sheets=sheets,
                cover=cover,
                notes_table=_notes(settings, costs),
                contentsheet_options={"additional_elements": ["subtitles", "scope"]},
                workbook_options={"strings_to_formulas": False, "strings_to_urls": False},
            )
    paths["xlsx"] = target
    return paths
