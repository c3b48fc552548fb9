"""Publication tables: tidy CSVs and one accessible spreadsheet, both through the disclosure gate.

``write_tables`` turns the processed data into the tables the Government response is written from:

- ``option_support.csv``: support for Options One, Two and Three (Q9, Q11, Q13) overall and by
  sector, region and respondent type;
- ``cost_benefit.csv``: FTE, volunteer hours, other costs and monetised cost per option;
- ``benefits.csv`` and ``disadvantages.csv``: per option;
- and, beside them, ``support_other_questions.csv`` (Q2, Q5, Q8, Q10, Q12), ``support_patterns.csv``,
  ``cost_sensitivity.csv``, ``roles_fte.csv``, ``baseline_activity.csv``, ``baseline_resources.csv``,
  ``comparison.csv``;
- ``themes.csv``, where themes have been assigned: the themes raised in each framed free-text
  field, overall and by stance, sector, region and respondent type (``svanalysis.publish.themes``);
- ``tables.xlsx``: the same tables laid out to the Analysis Function's standard for releasing
  statistics in spreadsheets (gptables: a cover with title, publication date, source and contact;
  contents; notes explaining every symbol used; one table per sheet; numbers stored as numbers with
  number formats; one unit per column, so each cost measure has its own sheet).

Every published number passes through ``svanalysis.core.disclosure.publishable``: the CSVs and the
spreadsheet carry ``[c]``, ``[x]`` and ``[z]`` where the gate withholds or has nothing, never the
exact count behind a ``[c]``. The exact tables, which analysts need to check and recount, are written
only into the processed folder's restricted area (``<processed>/restricted/``, beside
``pii.parquet``), each labelled "RESTRICTED: not for publication" on its first line. Every text cell
of every file is formula-neutralised.
"""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path
from typing import Any

import pandas as pd

from svanalysis.analysis.costs import (
    MEASURES,
    UnitCosts,
    baseline_table,
    choices_by_option,
    cost_benefit_table,
    cost_sensitivity,
    load_unit_costs,
    role_summary,
)
from svanalysis.analysis.support import option_comparison, support_patterns, support_table
from svanalysis.core.disclosure import (
    CONFIDENTIAL,
    NOT_APPLICABLE,
    NOT_AVAILABLE,
    RESTRICTED_LABEL,
    SYMBOLS,
    disclosure_rules,
    is_symbol,
    publishable,
    restricted_folder,
    symbols_used,
)
from svanalysis.core.io import atomic_path, neutralise_formulas, write_csv, write_text
from svanalysis.core.processed import load_processed, load_themes
from svanalysis.core.settings import resolve_settings
from svanalysis.core.spec import Spec, load_spec
from svanalysis.publish.labels import formatted, humanise
from svanalysis.publish.themes import framed_fields, themes_table

__all__ = [
    "BREAKDOWNS_PUBLISHED",
    "build_tables",
    "display_table",
    "publication_date",
    "publication_tables",
    "read_restricted",
    "write_tables",
]

BREAKDOWNS_PUBLISHED: tuple[str | None, ...] = (None, "sector", "region", "respondent_type")
_MONEY = tuple(m for m in MEASURES if m.endswith("_gbp"))


def display_table(df: pd.DataFrame, settings: Any = None, spec: Spec | None = None) -> pd.DataFrame:
    """A table ready to read: through the disclosure gate (when it holds counts or statistics), then
    labels as published, thousands separators, money in pounds, symbols for withheld cells.

    Examples
    --------
    >>> t = pd.DataFrame({"answer": ["Yes", "No"], "count": [1500, 2], "base": [1502, 1502],
    ...                   "percent": [99.87, 0.13]})
    >>> display_table(t).values.tolist()
    [['Yes', '[c]', '1,502', '[c]'], ['No', '[c]', '1,502', '[c]']]
    """
    return formatted(_gate(df, settings), spec)


def _gate(df: pd.DataFrame, settings: Any) -> pd.DataFrame:
    """The gated table, or the table itself when it holds no counts or statistics to gate."""
    try:
        return publishable(df, settings)
    except ValueError:
        return df.drop(columns=["suppressed"], errors="ignore")


def build_tables(
    processed: str | Path,
    unit_costs: str | Path | UnitCosts | None = None,
    campaign: str | None = None,
    settings: Any = None,
    spec: Spec | None = None,
) -> dict[str, pd.DataFrame]:
    """All tables, exact, computed from the processed folder (for analysts: publish them only
    through :func:`publication_tables`).

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
    assigned, frame = load_themes(processed)
    fields = framed_fields(assigned, frame)
    data = load_processed(processed, text=fields or False)
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
    chosen = {
        what: pd.concat(
            [
                choices_by_option(r, ch, what, by=by, campaign=campaign, spec=spec, settings=settings)
                for by in BREAKDOWNS_PUBLISHED
            ],
            ignore_index=True,
        )
        for what in ("benefits", "disadvantages")
    }
    cost = cost_benefit_table(
        r, roles, costs, breakdowns=BREAKDOWNS_PUBLISHED, campaign=campaign, spec=spec, settings=settings
    )
    base = baseline_table(r, ch, roles, costs, campaign=campaign, spec=spec, settings=settings)
    choice_cols = [
        "option",
        "breakdown",
        "group",
        "choice",
        "count",
        "base",
        "percent",
        "question",
        "ci_low",
        "ci_high",
        "suppressed",
    ]
    return {
        "option_support": support[
            [
                "breakdown",
                "group",
                "question",
                "answer",
                "count",
                "base",
                "percent",
                "ci_low",
                "ci_high",
                "option_name",
                "suppressed",
            ]
        ],
        "cost_benefit": cost,
        "benefits": chosen["benefits"][choice_cols],
        "disadvantages": chosen["disadvantages"][choice_cols],
        "support_other_questions": others,
        "support_patterns": pd.concat(
            [
                support_patterns(r, by=by, campaign=campaign, spec=spec, settings=settings)
                for by in BREAKDOWNS_PUBLISHED
            ],
            ignore_index=True,
        ),
        "cost_sensitivity": cost_sensitivity(r, roles, costs, campaign=campaign, spec=spec, settings=settings),
        "roles_fte": role_summary(r, roles, campaign=campaign, spec=spec),
        "baseline_activity": pd.concat([base["current_activity"], base["activity_types"]], ignore_index=True),
        "baseline_resources": base["current_resources"],
    } | (
        {"themes": themes_table(r, data["themes"], frame=frame, campaign=campaign, spec=spec, settings=settings)}
        if fields
        else {}
    )


def publication_tables(
    tables: dict[str, pd.DataFrame], settings: Any = None, spec: Spec | None = None
) -> dict[str, pd.DataFrame]:
    """The tables of :func:`build_tables` as they may be published: each through the disclosure gate,
    plus the comparison of the three options built from the gated tables.

    Columns keep their names (the CSV contract); withheld cells hold ``[c]``, ``[x]`` or ``[z]``.
    """
    spec = spec or load_spec()
    out = {}
    for name, t in tables.items():
        out[name] = publishable(t, settings, money=_MONEY)
    out["comparison"] = _comparison(out, spec)
    return out


def _top_choice(t: pd.DataFrame, option: int) -> tuple[Any, Any, Any]:
    """The choice chosen most often for an option (every one tied at the top), its %, and the base."""
    part = t[(t["option"] == option) & (t["breakdown"] == "overall")]
    if part.empty:
        return NOT_AVAILABLE, NOT_AVAILABLE, NOT_AVAILABLE
    base = part["base"].iloc[0]
    shown = part[~part["percent"].map(is_symbol)]
    if shown.empty:
        return CONFIDENTIAL, CONFIDENTIAL, base
    best = max(float(v) for v in shown["percent"])
    names = [str(c) for c, v in zip(shown["choice"], shown["percent"], strict=True) if float(v) == best]
    return "; ".join(names), best, base


def _comparison(pub: dict[str, pd.DataFrame], spec: Spec) -> pd.DataFrame:
    """One row per option, one measure (and unit) per column, from published tables only."""
    sup, cost = pub["option_support"], pub["cost_benefit"]
    rows = []
    for n in spec.option_numbers:
        name = spec.option_name(n)
        q = spec.option_question(n, "support").id
        yes = sup[(sup["breakdown"] == "overall") & (sup["question"] == q) & (sup["answer"] == spec.support_label)]
        row: dict[str, Any] = {
            "option": name,
            "yes_percent": yes["percent"].iloc[0],
            "yes_base": yes["base"].iloc[0],
        }
        for what in ("benefits", "disadvantages"):
            choice, pct, base = _top_choice(pub[what], n)
            row[f"top_{what[:-1]}"], row[f"top_{what[:-1]}_percent"], row[f"{what}_base"] = choice, pct, base
        for m in MEASURES:
            c = cost[(cost["option"] == n) & (cost["breakdown"] == "overall") & (cost["measure"] == m)].iloc[0]
            row[f"{m}_median"], row[f"{m}_n"] = c["median"], c["n"]
        rows.append(row)
    return pd.DataFrame(rows).astype(object)


COMPARISON_LABELS = {
    "option": "Option",
    "yes_percent": "Said the option would best achieve the vision (% Yes)",
    "yes_base": "Answered the question (base)",
    "top_benefit": "Benefit chosen most often",
    "top_benefit_percent": "Chose that benefit (%)",
    "benefits_base": "Answered the benefits question (base)",
    "top_disadvantage": "Disadvantage chosen most often",
    "top_disadvantage_percent": "Chose that disadvantage (%)",
    "disadvantages_base": "Answered the disadvantages question (base)",
    "fte_median": "Median additional FTE per year",
    "fte_n": "Respondents giving an FTE figure",
    "volunteer_hours_median": "Median volunteer hours per year",
    "volunteer_hours_n": "Respondents giving volunteer hours",
    "other_costs_gbp_median": "Median other costs (£)",
    "other_costs_gbp_n": "Respondents giving other costs",
    "monetised_cost_gbp_median": "Median monetised annual cost per respondent (£)",
    "monetised_cost_gbp_n": "Respondents giving any figure",
}


# ---------------------------------------------------------------------------- restricted tables
def _write_restricted(tables: dict[str, pd.DataFrame], folder: Path) -> dict[str, Path]:
    """Exact tables for analysts, labelled on their first line; never published."""
    folder.mkdir(parents=True, exist_ok=True)
    write_text(
        f"{RESTRICTED_LABEL}.\n\nExact, unsuppressed tables written by `svanalysis tables` for analysts to check and\n"
        "recount. They hold counts the published tables withhold as [c]. Keep them with pii.parquet;\n"
        "publish only what svanalysis writes to the tables, figures and reports folders.\n"
        "Read one with: pandas.read_csv(path, skiprows=1)\n",
        folder / "README.txt",
    )
    paths = {}
    for name, df in tables.items():
        body = neutralise_formulas(df).to_csv(index=False)
        paths[name] = write_text(
            f"# {RESTRICTED_LABEL}: exact figures for analysts, never to be published\n{body}", folder / f"{name}.csv"
        )
    return paths


def read_restricted(path: str | Path) -> pd.DataFrame:
    """Read an exact table from the restricted area (its first line is the restriction label)."""
    return pd.read_csv(path, skiprows=1)


# ---------------------------------------------------------------------------- the spreadsheet
def publication_date(settings: Any = None) -> str:
    """The publication date the settings give, or a draft notice with today's date."""
    date = str(resolve_settings(settings)["publication"].get("date") or "").strip()
    today = dt.date.today()
    return date or f"Not yet published: draft built on {today.day} {today:%B %Y}"


_NUMBER_FORMATS = {"count": "#,##0", "percent": "0.0", "money": "#,##0", "fte": "#,##0.0", "hours": "#,##0"}
_MEASURE_UNITS = {
    "fte": ("FTE per year", "fte"),
    "volunteer_hours": ("hours per year", "hours"),
    "other_costs_gbp": ("£", "money"),
    "monetised_cost_gbp": ("£", "money"),
}
_MEASURE_SHEETS = {
    "fte": ("FTE", "Additional Full Time Equivalents (FTE) per year, per option and currently"),
    "volunteer_hours": ("Volunteer_hours", "Volunteer hours per year, per option and currently"),
    "other_costs_gbp": ("Other_costs", "Other costs (£), per option and currently"),
    "monetised_cost_gbp": ("Monetised_cost", "Monetised annual cost (£) per respondent, per option and currently"),
}


def _cost_sheet(pub: dict[str, pd.DataFrame], measure: str, spec: Spec) -> tuple[pd.DataFrame, dict[str, str]]:
    """One measure, every option and the current baseline, in one unit."""
    unit, kind = _MEASURE_UNITS[measure]
    t = pd.concat(
        [
            pub["baseline_resources"][pub["baseline_resources"]["measure"] == measure],
            pub["cost_benefit"][pub["cost_benefit"]["measure"] == measure],
        ],
        ignore_index=True,
    ).drop(columns=["measure"])
    if measure != "monetised_cost_gbp":
        t = t.drop(columns=["n_costed_at_other_rate"])
    h = humanise(t, spec)
    value_cols = {
        "Median": "Median",
        "Lower quartile": "Lower quartile",
        "Upper quartile": "Upper quartile",
        "Mean": "Mean",
        "Sum of reported figures": "Sum of reported figures",
        "Median lower 95% CI": "Median lower 95% CI",
        "Median upper 95% CI": "Median upper 95% CI",
        "Mean lower 95% CI": "Mean lower 95% CI",
        "Mean upper 95% CI": "Mean upper 95% CI",
    }
    h = h.rename(columns={k: f"{v} ({unit})" for k, v in value_cols.items()})
    formats = {c: kind for c in h.columns if c.endswith(f"({unit})")}
    formats.update(
        {
            c: "count"
            for c in ("Respondents giving a figure", "Implausible figures excluded", "Costed at the Other rate")
        }
    )
    return h, formats


def _sheet_frames(
    pub: dict[str, pd.DataFrame], spec: Spec
) -> list[tuple[str, str, pd.DataFrame, dict[str, str], list[str]]]:
    """(sheet, title, table, number formats by column kind, notes) for every sheet."""
    share_formats = {
        "Count": "count",
        "Base": "count",
        "Percent": "percent",
        "Lower 95% CI": "percent",
        "Upper 95% CI": "percent",
    }

    def shares(t: pd.DataFrame, front: list[str] | None = None) -> pd.DataFrame:
        h = humanise(t, spec)
        cols = [c for c in (front or []) if c in h.columns] + [c for c in h.columns if c not in (front or [])]
        return h[cols]

    comparison = pub["comparison"].rename(columns=COMPARISON_LABELS)
    comp_formats = {}
    for key, label in COMPARISON_LABELS.items():
        if key.endswith(("_base", "_n")):
            comp_formats[label] = "count"
        elif key.endswith("percent"):
            comp_formats[label] = "percent"
        elif key.startswith(("other_costs", "monetised")):
            comp_formats[label] = "money"
        elif key.startswith("fte"):
            comp_formats[label] = "fte"
        elif key.startswith("volunteer"):
            comp_formats[label] = "hours"
    support = pub["option_support"].drop(columns=["question"])
    sheets = [
        (
            "Comparison",
            "The three options compared: support, benefits, disadvantages and costs",
            comparison,
            comp_formats,
            ["note_base", "note_self_selected", "note_most_often", "note_costs"],
        ),
        (
            "Option_support",
            "Support for Options One, Two and Three, overall and by sector, region and respondent type",
            shares(support, ["Option", "Breakdown", "Group"]),
            share_formats,
            ["note_base", "note_ci", "note_self_selected"],
        ),
        (
            "Support_patterns",
            "Respondents' patterns of support across the three options",
            shares(pub["support_patterns"].drop(columns=["question"])),
            share_formats,
            ["note_base", "note_ci"],
        ),
        (
            "Other_questions",
            "Answers to the other closed and coded questions (Q2, Q5, Q8, Q10, Q12)",
            shares(pub["support_other_questions"], ["Question"]),
            share_formats,
            ["note_base", "note_ci"],
        ),
        (
            "Benefits",
            "Benefits respondents envisage under each option (Q18, Q23, Q28)",
            shares(pub["benefits"].drop(columns=["question"])),
            share_formats,
            ["note_base", "note_multi", "note_ci"],
        ),
        (
            "Disadvantages",
            "Disadvantages respondents foresee under each option (Q19, Q24, Q29)",
            shares(pub["disadvantages"].drop(columns=["question"])),
            share_formats,
            ["note_base", "note_multi", "note_ci"],
        ),
    ]
    for m in MEASURES:
        sheet, title = _MEASURE_SHEETS[m]
        table, formats = _cost_sheet(pub, m, spec)
        notes = ["note_stats", "note_totals", "note_implausible", "note_ci_boot"]
        if m == "monetised_cost_gbp":
            notes.append("note_costs")
        sheets.append((sheet, title, table, formats, notes))
    sens = pub["cost_sensitivity"]
    sens = humanise(sens[sens["measure"] == "monetised_cost_gbp"].drop(columns=["measure"]), spec).rename(
        columns={"Median": "Median (£)", "Mean": "Mean (£)", "Sum of reported figures": "Sum of reported figures (£)"}
    )
    sheets.append(
        ("Cost_sensitivity", "Monetised annual cost (£) per respondent under other assumptions", sens,
         {"Respondents giving a figure": "count", "Median (£)": "money", "Mean (£)": "money", "Sum of reported figures (£)": "money"},
         ["note_costs", "note_implausible", "note_totals"])
    )  # fmt: skip
    roles = humanise(pub["roles_fte"].drop(columns=["question"]), spec)
    sheets.append(
        ("Roles", "Full Time Equivalents by role, per option and currently (Q6.3, Q16, Q21, Q26)", roles,
         {"Respondents giving a figure": "count", "Sum of FTE reported": "fte", "Mean FTE per respondent": "fte"},
         ["note_stats", "note_totals", "note_implausible"])
    )  # fmt: skip
    sheets.append(
        ("Baseline_activity", "Current activity to prevent and tackle serious violence (Q5, Q6.1)",
         shares(pub["baseline_activity"], ["Question"]), share_formats, ["note_base", "note_ci"])
    )  # fmt: skip
    if "themes" in pub and len(pub["themes"]):
        sheets.append(
            ("Themes", "Themes raised in answers written in respondents' own words, overall and by stance, sector, region and respondent type",
             shares(pub["themes"], ["Question", "Breakdown", "Group", "Theme"]), share_formats,
             ["note_themes", "note_ci", "note_self_selected"])
        )  # fmt: skip
    return sheets


def _notes(settings: dict[str, Any], costs: UnitCosts, used: list[str], merged: bool) -> pd.DataFrame:
    r = disclosure_rules(settings)
    a = settings["analysis"]
    rows = [
        (
            "note_base",
            "Percentages are of those who answered the question (the base); blank answers are excluded from the base. Duplicate submissions are excluded; only the latest submission of each respondent is counted.",
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
            "note_themes",
            "Themes are coded from what respondents wrote, against a code frame an analyst signed off: assigned automatically, with a person's codes taking precedence, and checked by a person on a sample. Percentages are of those who answered the question in their own words (duplicates excluded); an answer may raise several themes or none, so percentages do not sum to 100. Stance is the respondent's answer to the closed question the text explains.",
        ),
        (
            "note_most_often",
            "The benefit or disadvantage chosen most often is the one with the highest percentage (several where tied); the Benefits and Disadvantages sheets give every choice with its 95% interval, and neighbouring percentages may not differ beyond chance.",
        ),
        (
            "note_costs",
            f"Monetised cost = FTE by role x annual pay x (1 + on-cost uplift of {costs.uplift:.0%}) + volunteer hours x £{costs.volunteer_hour:.2f} + other costs. Pay: ONS Annual Survey of Hours and Earnings 2021 by occupation (provisional; see the unit-cost table shipped with svanalysis for sources and caveats). FTE given without roles is costed at the all-employee median.",
        ),
        (
            "note_stats",
            f"Figures are as respondents reported them. Medians, means and sums are shown only where at least {r.min_statistic_n} respondents gave a figure, quartiles and the interval of a median only where at least {r.min_quartile_n} did; money is rounded to {r.money_significant_figures} significant figures.",
        ),
        (
            "note_totals",
            "Sums of reported figures add up what respondents said; they are not estimates of the total for England and Wales, since responses are self-selected and many organisations gave no figure.",
        ),
        (
            "note_implausible",
            "Figures flagged implausible (above the bounds set in the settings, or negative) are excluded; the sensitivity table shows results with them in.",
        ),
        (
            "note_disclosure",
            f"{CONFIDENTIAL} = confidential: withheld so that no small group of respondents can be identified. Counts of fewer than {r.min_count} respondents, and every figure of a group of fewer than {r.min_base}, are withheld, with further cells where one could otherwise be worked out from a base or from the other groups.",
        ),
    ]
    if merged:
        rows.append(
            (
                "note_merged",
                "Where a small count of Mixed or Unclear answers would otherwise be withheld, the two are shown together as 'Mixed or unclear' (see the Note column), so the Yes and No shares can still be shown.",
            )
        )
    if NOT_AVAILABLE in used:
        rows.append(("note_x", f"{NOT_AVAILABLE} = not available: nobody in the group answered or gave a figure."))
    if NOT_APPLICABLE in used:
        rows.append(
            (
                "note_z",
                f"{NOT_APPLICABLE} = not applicable: the column does not apply to the row (for instance, implausible figures are counted for all respondents only, and the Other rate applies to monetised cost only).",
            )
        )
    return pd.DataFrame({"Note reference": [r[0] for r in rows], "Note text": [r[1] for r in rows]})


def write_tables(
    processed: str | Path,
    out: str | Path,
    unit_costs: str | Path | None = None,
    campaign: str | None = None,
    settings: Any = None,
    spec: Spec | None = None,
    restricted: str | Path | None = None,
) -> dict[str, Path]:
    """Write the published CSVs and ``tables.xlsx`` into ``out``, and the exact tables into the
    restricted area (default ``<processed>/restricted``); return the paths written.

    ``settings`` (a mapping or a YAML path; the shipped ones by default) sets the disclosure rules,
    the bootstrap, the campaign policy and what the cover says about the publication.
    """
    import gptables as gpt

    spec = spec or load_spec()
    settings = resolve_settings(settings)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    costs = load_unit_costs(unit_costs, spec)
    exact = build_tables(processed, costs, campaign, settings, spec)
    pub = publication_tables(exact, settings, spec)
    paths: dict[str, Path] = {}
    for name, df in pub.items():
        paths[name] = write_csv(df, out / f"{name}.csv")
    restricted_paths = _write_restricted(exact, Path(restricted) if restricted else restricted_folder(processed))
    paths.update({f"restricted/{k}": v for k, v in restricted_paths.items()})

    p = settings["publication"]
    frames = _sheet_frames(pub, spec)
    used = symbols_used(*(f[2] for f in frames))
    merged = any("note" in t.columns and (t["note"].astype(str) != "").any() for t in pub.values())
    sheets = {}
    for sheet, title, table, formats, notes in frames:
        if CONFIDENTIAL in symbols_used(table):
            notes = [*notes, "note_disclosure"]
        if NOT_AVAILABLE in symbols_used(table):
            notes = [*notes, "note_x"]
        if NOT_APPLICABLE in symbols_used(table):
            notes = [*notes, "note_z"]
        if merged and "Note" in table.columns:
            notes = [*notes, "note_merged"]
        markers = "".join(f"$${n}$$" for n in dict.fromkeys(notes))
        extra = [
            {"column": {"columns": [c], "format": {"num_format": _NUMBER_FORMATS[k]}, "include_names": False}}
            for c, k in formats.items()
            if c in table.columns
        ]
        sheets[sheet] = gpt.GPTable(
            table=neutralise_formulas(table.astype(object).reset_index(drop=True)),
            table_name=sheet.lower(),
            title=f"{title}{markers}",
            subtitles=["Home Office consultation, England and Wales, 1 April to 28 May 2019"],
            scope="Respondents to the consultation",
            source=f"Source: {p['source']}",
            additional_formatting=extra,
        )
    symbols = [f"{s} = {SYMBOLS[s]}" for s in used]
    cover = gpt.Cover(
        title=p["title"],
        intro=[
            "Tables of support for the three options (a new duty on specified organisations to have due regard; a new duty through revised Community Safety Partnerships; a voluntary, non-legislative approach), and of what respondents expect each option to cost and bring.",
            "Each table is on its own sheet; the Contents sheet links to them and the Notes sheet explains the symbols and methods.",
        ],
        about=[
            f"Publication date: {publication_date(settings)}",
            f"Source: {p['source']}",
            f"Published by: {p['publisher']}",
            "Consultation responses are self-selected and describe those who responded, not the public.",
            *(["Symbols used: " + "; ".join(symbols) + "."] if symbols else []),
        ],
        contact=[p["contact"]],
    )
    target = out / "tables.xlsx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # gptables' own pandas deprecation warnings
        with atomic_path(target) as tmp:
            gpt.write_workbook(
                filename=str(tmp),
                sheets=sheets,
                cover=cover,
                notes_table=_notes(settings, costs, used, merged),
                contentsheet_options={"additional_elements": ["subtitles", "scope"]},
                workbook_options={"strings_to_formulas": False, "strings_to_urls": False},
            )
    paths["xlsx"] = target
    return paths
