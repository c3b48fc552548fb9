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
sector: str = ""  # report on one sector only, a Q1 label (empty: every sector)
region: str = ""  # report on one region only, a Q3 label (empty: every region)
breakdown: str = "sector"  # breakdown of the tables: sector, region, respondent_type or channel
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
from svanalysis.publish.charts import (
    plot_option_support,
    plot_option_support_by,
    plot_region_heatmap,
    plot_support_patterns,
)
from svanalysis.publish.findings import campaign_differs_safely, campaign_findings, support_findings, who_responded
from svanalysis.publish.present import heading, key_findings, save, segment_label, show

settings = sv.load_settings(settings_path or None)
spec = sv.load_spec()
data = sv.load_processed(processed_dir or None, text=False)
responses = filter_responses(data["responses"], sector=sector, region=region)
tables = shared_tables(shared_results, processed_dir, data, responses, sector, region, settings)
label = segment_label(sector, region)
display(Markdown(heading("Support for the three options", label)))
key_findings(
    who_responded(responses, label, settings, tables=tables)[:1],
    support_findings(responses, campaign, settings, tables=tables)[:3],
    campaign_findings(responses, settings, tables=tables)[:1],
)

# %% [markdown]
# Which of the three options respondents consider would best achieve the consultation's vision
# (Q9, Q11, Q13), overall and by group, and how each respondent's support falls across them.
# Percentages are of those who answered each question; duplicate submissions are left out.
#
# ## Overall

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
# ## Counting each campaign once
# Organised campaigns send near-identical responses. Here each campaign counts as one response.

# %%
if campaign_differs_safely(responses, settings):
    show(
        tables.option_comparison(responses, campaign="once", settings=settings),
        ["option_name", "count", "base", "percent"],
        settings=settings,
        only={"answer": spec.support_label},
        caption="Said Yes, each campaign counted once",
    )
else:
    display(
        Markdown(
            "Not shown: here, counting each campaign once leaves out fewer than three responses, so the two sets of figures would give those responses away."
        )
    )

# %% [markdown]
# ## By group

# %%
by_fig = plot_option_support_by(responses, by=breakdown, campaign=campaign, settings=settings, tables=tables)
save(by_fig, figures_dir, label, reuse=reuse_figures)
by_fig

# %%
show(
    tables.option_comparison(responses, by=breakdown, campaign=campaign, settings=settings),
    ["option_name", "group", "count", "base", "percent", "ci_low", "ci_high"],
    settings=settings,
    only={"answer": spec.support_label},
    caption="Said Yes, by group",
)

# %% [markdown]
# ## By region

# %%
# one region's report has a single row to show, and a report broken down by region has just shown
# these percentages by group: the heatmap is drawn only where it compares regions the report has not
if region:
    display(Markdown("This report covers one region; the regions are compared in the report on all respondents."))
elif breakdown == "region":
    display(Markdown("The regions are compared in the chart by group above, which shows these percentages."))
else:
    heat = plot_region_heatmap(responses, campaign=campaign, settings=settings, tables=tables)
    save(heat, figures_dir, label, reuse=reuse_figures)
    display(heat)

# %% [markdown]
# ## Patterns of support
# Respondents could say Yes to more than one option; this shows how their support falls.

# %%
pat = plot_support_patterns(responses, campaign=campaign, settings=settings, tables=tables)
save(pat, figures_dir, label, reuse=reuse_figures)
pat

# %%
show(
    tables.support_patterns(responses, campaign=campaign, settings=settings),
    ["answer", "count", "base", "percent", "ci_low", "ci_high"],
    settings=settings,
    caption="Patterns of support across the three options",
)

# %% [markdown]
# ## By respondent type
# Organisations and individuals answer differently; organisations may speak for many people.

# %%
show(
    tables.option_comparison(responses, by="respondent_type", campaign=campaign, settings=settings),
    ["option_name", "group", "count", "base", "percent"],
    settings=settings,
    only={"answer": spec.support_label},
    caption="Said Yes, by respondent type",
)

# %% [markdown]
# ## The vision, the partners and Community Safety Partnerships (Q8, Q10, Q12)

# %%
for q in ("q8", "q10", "q12"):
    show(
        tables.support_table(responses, q, campaign=campaign, settings=settings),
        ["answer", "count", "base", "percent", "ci_low", "ci_high"],
        settings=settings,
        caption=f"Q{spec.question(q).number}: {spec.question(q).text}",
    )
