# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.16.0
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% tags=["parameters"]
processed_dir: str = ""  # folder of the processed tables (empty: the project data/processed)
option: int = 1  # the option: 1 (due regard duty), 2 (revised CSPs) or 3 (voluntary approach)
breakdown: str = "sector"  # breakdown of the tables: sector, region or respondent_type
campaign: str = "each"  # count campaign responses each or once
figures_dir: str = ""  # folder to save the figures in (empty: do not save)
settings_path: str = ""  # a YAML file of settings to change (empty: the shipped settings)
reuse_figures: bool = False  # figures_dir is a new build folder: a chart saved there already is not drawn again
unit_costs: str = ""  # a unit-cost CSV instead of the shipped one (empty: shipped)

# %%
import pandas as pd
from IPython.display import Markdown, display

import svanalysis as sv
from svanalysis.analysis.costs import (
    choices_by_option,
    cost_benefit_table,
    cost_sensitivity,
    load_unit_costs,
    option_values,
    role_summary,
)
from svanalysis.core.disclosure import publishable
from svanalysis.publish.charts import plot_choices, plot_distribution, plot_monetised_cost
from svanalysis.publish.findings import cost_findings
from svanalysis.publish.present import heading, key_findings, save, show, show_other_texts

settings = sv.load_settings(settings_path or None)
spec = sv.load_spec()
data = sv.load_processed(processed_dir or None, text=False)
responses, choices, roles = data["responses"], data["choices"], data["role_fte"]
costs = load_unit_costs(unit_costs or None)
name = spec.option_name(option)
# each option's figures per respondent, worked out once for this report's tables, charts and sensitivities
per_option = {option: option_values(responses, roles, option, costs, campaign=campaign)}
table = cost_benefit_table(
    responses,
    roles,
    costs,
    breakdowns=(None, breakdown),
    campaign=campaign,
    options=[option],
    settings=settings,
    values=per_option,
)
display(Markdown(heading(f"Costs and benefits of {name}", spec.options[option - 1]["title"])))
key_findings(cost_findings(publishable(table, settings), option, spec))

# %% [markdown]
# What respondents expect the option to need (additional FTE, volunteer time, other costs), what it
# would cost once monetised, and the benefits and disadvantages they foresee. Figures are as
# respondents reported them; medians, means and sums are shown only where at least five gave a
# figure, quartiles where at least ten did, and money is rounded to three significant figures.
#
# ## Additional resources and monetised cost

# %%
show(
    table,
    [
        "measure",
        "n",
        "median",
        "q1",
        "q3",
        "mean",
        "total",
        "ci_low",
        "ci_high",
        "n_excluded_implausible",
        "n_costed_at_other_rate",
    ],
    settings=settings,
    only={"breakdown": "overall"},
    caption=f"What respondents expect {name} to need each year",
)

# %%
for n in spec.option_numbers:
    if n not in per_option:
        per_option[n] = option_values(responses, roles, n, costs, campaign=campaign)
values = pd.concat([per_option[n].assign(option=n) for n in spec.option_numbers])
for measure, label in (
    ("fte", "Additional FTE per year"),
    ("volunteer_hours", "Volunteer hours per year"),
    ("other_costs_gbp", "Other costs (£)"),
):
    fig = plot_distribution(
        values[["option", measure]].rename(columns={measure: "value"}), measure, label, settings=settings
    )
    save(fig, figures_dir, reuse=reuse_figures)
    display(fig)

# %%
fig = plot_monetised_cost(
    cost_benefit_table(
        responses,
        roles,
        costs,
        breakdowns=(None,),
        campaign=campaign,
        measures=("monetised_cost_gbp",),
        settings=settings,
        values=per_option,
    ),
    settings=settings,
)
save(fig, figures_dir, reuse=reuse_figures)
fig

# %% [markdown]
# ## By group

# %%
show(
    table,
    ["group", "n", "median", "q1", "q3", "mean"],
    settings=settings,
    only={"breakdown": breakdown, "measure": "monetised_cost_gbp"},
    caption=f"Monetised annual cost of {name} per respondent (£), by {breakdown.replace('_', ' ')}",
)

# %% [markdown]
# ## Sensitivity
# The monetised cost with implausible figures included, with a 30% on-cost uplift, and with other
# values of an hour of volunteer time.

# %%
show(
    cost_sensitivity(
        responses, roles, costs, campaign=campaign, options=[option], settings=settings, values=per_option
    ),
    ["scenario", "n", "median", "mean"],
    settings=settings,
    only={"measure": "monetised_cost_gbp"},
    caption=f"Monetised annual cost of {name} per respondent (£) under other assumptions",
)

# %% [markdown]
# ## Full Time Equivalents by role

# %%
show(
    role_summary(responses, roles, campaign=campaign),
    ["role", "respondents", "total_fte", "mean_fte_per_respondent"],
    settings=settings,
    only={"question": spec.option_question(option, "role_grid").id},
    caption=f"FTE by role under {name} (sums of what respondents reported)",
)

# %% [markdown]
# ## Benefits and disadvantages

# %%
for what in ("benefits", "disadvantages"):
    t = choices_by_option(responses, choices, what, campaign=campaign, settings=settings)
    fig = plot_choices(t, what, settings=settings)
    save(fig, figures_dir, reuse=reuse_figures)
    display(fig)
    show(
        t,
        ["choice", "count", "base", "percent"],
        settings=settings,
        only={"option": option},
        caption=f"{what.capitalize()} chosen for {name}",
    )

# %% [markdown]
# ### "Other" benefits and disadvantages given
# From respondents who agreed to publication; names of places, forces and councils are redacted.

# %%
for what in ("benefits", "disadvantages"):
    display(Markdown(f"**Other {what}**"))
    show_other_texts(responses, choices, spec.option_question(option, what).id, settings=settings)
