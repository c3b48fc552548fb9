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
sector: str = "Police"  # the sector, a Q1 label (empty when profiling a region)
region: str = ""  # the region, a Q3 label (empty when profiling a sector)
campaign: str = "each"  # count campaign responses each or once
figures_dir: str = ""  # folder to save the figures in (empty: do not save)
settings_path: str = ""  # a YAML file of settings to change (empty: the shipped settings)
reuse_figures: bool = False  # figures_dir is a new build folder: a chart saved there already is not drawn again
shared_results: str = ""  # a report build's store of the tables its reports share (empty: compute them here)

# %%
from IPython.display import Markdown, display

import svanalysis as sv
from svanalysis.analysis.shared import shared_tables
from svanalysis.analysis.support import filter_responses
from svanalysis.publish.charts import plot_option_support
from svanalysis.publish.findings import support_findings, who_responded
from svanalysis.publish.present import heading, key_findings, save, segment_label, show, show_quotes

settings = sv.load_settings(settings_path or None)
spec = sv.load_spec()
quoted = [spec.option_question(n, "support").columns["text"] for n in spec.option_numbers]
data = sv.load_processed(processed_dir or None, text=quoted)
responses = filter_responses(data["responses"], sector=sector, region=region)
tables = shared_tables(shared_results, processed_dir, data, responses, sector, region, settings)
label = segment_label(sector, region)
display(Markdown(heading("Profile", label)))
key_findings(
    who_responded(responses, label, settings, tables=tables)[:2],
    support_findings(responses, campaign, settings, tables=tables)[:3],
)

# %% [markdown]
# One sector or one region on a page: who responded, which options they support, and what they
# expect each option to cost and bring.
#
# ## Who responded

# %%
show(
    tables.support_table(responses, "respondent_type", campaign=campaign, settings=settings),
    ["answer", "count", "base", "percent"],
    settings=settings,
    caption="Respondent type",
)

# %%
# respondents of a sector by region, or of a region by sector
show(
    tables.support_table(responses, "q3" if sector else "q1", campaign=campaign, settings=settings),
    ["answer", "count", "base", "percent"],
    settings=settings,
    caption="Region (Q3)" if sector else "Sector (Q1)",
)

# %%
show(
    tables.support_table(responses, "q5", campaign=campaign, settings=settings),
    ["answer", "count", "base", "percent"],
    settings=settings,
    caption=f"Q5: {spec.question('q5').text}",
)

# %% [markdown]
# ## Support for the options

# %%
fig = plot_option_support(responses, campaign=campaign, settings=settings, tables=tables)
save(fig, figures_dir, label, reuse=reuse_figures)
fig

# %%
show(
    tables.option_comparison(responses, campaign=campaign, settings=settings),
    ["option_name", "answer", "count", "base", "percent", "ci_low", "ci_high"],
    settings=settings,
    caption="Answers to Q9, Q11 and Q13",
)

# %% [markdown]
# ## Costs per option
# Medians, means and sums of what respondents reported; shown only where enough respondents gave a
# figure.

# %%
show(
    tables.cost_benefit_table(responses, data["role_fte"], breakdowns=(None,), campaign=campaign, settings=settings),
    ["option", "measure", "n", "median", "q1", "q3", "mean"],
    settings=settings,
    caption="Additional resources and monetised annual cost per option",
)

# %% [markdown]
# ## Benefits and disadvantages

# %%
for what in ("benefits", "disadvantages"):
    show(
        tables.choices_by_option(responses, data["choices"], what, campaign=campaign, settings=settings),
        ["option", "choice", "count", "base", "percent"],
        settings=settings,
        caption=f"{what.capitalize()} chosen for each option",
    )

# %% [markdown]
# ## In their own words
# A few explanations from respondents who agreed to publication, attributed by type only; names of
# places, forces and councils are redacted.

# %%
for n in spec.option_numbers:
    display(Markdown(f"**{spec.option_name(n)}**"))
    show_quotes(responses, spec.option_question(n, "support").columns["text"], limit=3, settings=settings)
