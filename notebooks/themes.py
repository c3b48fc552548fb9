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
field: str = "q14_text"  # the free-text field, one with a signed-off code frame
campaign: str = "each"  # count campaign responses each or once
quotes: int = 3  # quotes per theme at most
figures_dir: str = ""  # folder to save the figures in (empty: do not save)
settings_path: str = ""  # a YAML file of settings to change (empty: the shipped settings)

# %%
from IPython.display import Markdown, display

import svanalysis as sv
from svanalysis.analysis.themes.counts import field_question, theme_table
from svanalysis.core.paths import output_paths
from svanalysis.publish.charts import plot_themes
from svanalysis.publish.labels import field_label
from svanalysis.publish.present import heading, key_findings, save, show, show_theme_quotes
from svanalysis.publish.themes import THEME_QUALITY_COUNTS, theme_findings, theme_quality_table

settings = sv.load_settings(settings_path or None)
spec = sv.load_spec()
data = sv.load_processed(processed_dir or None, text=[field])
responses, themes = data["responses"], data["themes"]
question = field_question(field, spec)
display(Markdown(heading("Themes", field_label(field, spec))))
key_findings(theme_findings(responses, themes, field, campaign, settings=settings, spec=spec))

# %% [markdown]
# What respondents wrote in answer to this question, coded against a code frame an analyst signed
# off: each answer may raise several themes, or none. Percentages are of those who answered the
# question in their own words; duplicates are excluded. Themes are assigned automatically and a
# person checks a sample (the data-quality report gives the agreement); read any answer behind a
# number with `sv.answers(field, theme=..., sector=...)`.
#
# ## Themes raised

# %%
fig = plot_themes(responses, themes, field, campaign=campaign, spec=spec, settings=settings)
save(fig, figures_dir)
fig

# %%
# every table is shown through the disclosure gate, which reads a field's themes as the categories of one table
show(
    theme_table(responses, themes, field, campaign=campaign, spec=spec, settings=settings).drop(columns="theme_id"),
    ["theme", "count", "base", "percent", "ci_low", "ci_high"],
    settings=settings,
    caption=f"Themes raised in answers to Q{question.number}",
)

# %% [markdown]
# ## By stance on the question
# The reasons given by those who answered Yes, No or otherwise to the closed question this text
# explains (only for questions that have one).

# %%
if question.type == "yes_no_explain":
    show(
        theme_table(responses, themes, field, by="stance", campaign=campaign, spec=spec, settings=settings).drop(
            columns="theme_id"
        ),
        ["group", "theme", "count", "base", "percent"],
        settings=settings,
        caption=f"Themes by answer to Q{question.number}",
    )
else:
    display(Markdown("This question has no closed answer to break the themes down by."))

# %% [markdown]
# ## By sector

# %%
show(
    theme_table(responses, themes, field, by="sector", campaign=campaign, spec=spec, settings=settings).drop(
        columns="theme_id"
    ),
    ["group", "theme", "count", "base", "percent"],
    settings=settings,
    caption="Themes by sector",
)

# %% [markdown]
# ## By respondent type

# %%
show(
    theme_table(responses, themes, field, by="respondent_type", campaign=campaign, spec=spec, settings=settings).drop(
        columns="theme_id"
    ),
    ["group", "theme", "count", "base", "percent"],
    settings=settings,
    caption="Themes by respondent type",
)

# %% [markdown]
# ## In their own words
# Short passages from answers that raised each theme, from respondents who agreed to publication,
# attributed by respondent type and sector only; personal data and the names of places, forces and
# councils are redacted.

# %%
show_theme_quotes(responses, themes, field, per_theme=quotes, settings=settings, spec=spec)

# %% [markdown]
# ## How far the themes can be trusted
# Coverage: of the answers that say something, the share given a theme. To review: answers with a
# theme call close to the decision line. Agreement: precision and recall of the automatic themes
# against a person's codes, as F1 with its 95% interval.

# %%
quality = theme_quality_table(processed_dir or output_paths().processed, settings)
if len(quality):
    show(
        quality[quality["field"] == field],
        list(quality.columns),
        settings=settings,
        caption="Coverage, review load and agreement",
        count_columns=THEME_QUALITY_COUNTS,
    )
