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

# %% [markdown]
# One sector or one region on a page: who responded, which options they support, and what they
# expect each option to cost and bring.

# %% tags=["parameters"]
processed_dir: str = ""  # folder of the processed tables (empty: the project data/processed)
sector: str = "Police"  # the sector, a Q1 label (empty when profiling a region)
region: str = ""  # the region, a Q3 label (empty when profiling a sector)
campaign: str = "each"  # count campaign responses each or once
figures_dir: str = ""  # folder to save the figures in (empty: do not save)
settings_path: str = ""  # a YAML file of settings to change (empty: the shipped settings)

# %%
from IPython.display import Markdown, display

import svanalysis as sv
from svanalysis.analysis.costs import choices_by_option, cost_benefit_table
from svanalysis.analysis.support import filter_responses, option_comparison, support_table
from svanalysis.publish.charts import plot_option_support
from svanalysis.publish.present import heading, save, segment_label, show, show_quotes

settings = sv.load_settings(settings_path or None)
spec = sv.load_spec()
quoted = [spec.option_question(n, "support").columns["text"] for n in spec.option_numbers]
data = sv.load_processed(processed_dir or None, text=quoted)
responses = filter_responses(data["responses"], sector=sector, region=region)
label = segment_label(sector, region)
display(Markdown(heading("Profile", label, responses)))

# %% [markdown]
# ## Who responded

# %%
show(
    support_table(responses, "respondent_type", campaign=campaign, settings=settings),
    ["answer", "count", "base", "percent", "suppressed"],
)

# %%
# respondents of a sector by region, or of a region by sector
show(
    support_table(responses, "q3" if sector else "q1", campaign=campaign, settings=settings),
    ["answer", "count", "base", "percent", "suppressed"],
)

# %%
show(
    support_table(responses, "q5", campaign=campaign, settings=settings),
    ["answer", "count", "base", "percent", "suppressed"],
)

# %% [markdown]
# ## Support for the options

# %%
fig = plot_option_support(responses, campaign=campaign, settings=settings)
save(fig, figures_dir, label)
fig

# %%
show(
    option_comparison(responses, campaign=campaign, settings=settings),
    ["option_name", "answer", "count", "base", "percent", "ci_low", "ci_high", "suppressed"],
)

# %% [markdown]
# ## Costs per option

# %%
cb = cost_benefit_table(responses, data["role_fte"], breakdowns=(None,), campaign=campaign, settings=settings)
show(cb, ["option", "measure", "n", "median", "q1", "q3", "mean", "total"])

# %% [markdown]
# ## Benefits and disadvantages

# %%
for what in ("benefits", "disadvantages"):
    t = choices_by_option(responses, data["choices"], what, campaign=campaign, settings=settings)
    show(
        t.sort_values(["option", "percent"], ascending=[True, False]).groupby("option").head(3),
        ["option", "choice", "count", "base", "percent", "suppressed"],
    )

# %% [markdown]
# ## In their own words
# A few explanations from respondents who agreed to publication, attributed by type only.

# %%
for n in spec.option_numbers:
    q = spec.option_question(n, "support")
    display(Markdown(f"**{spec.option_name(n)}**"))
    show_quotes(responses, q.columns["text"], limit=3)
