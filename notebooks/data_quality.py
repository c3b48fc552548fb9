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
figures_dir: str = ""  # folder to save figures in (empty: do not save)
settings_path: str = ""  # a YAML file of settings to change (empty: the shipped settings)

# %%
from IPython.display import Markdown, display

import svanalysis as sv
from svanalysis.analysis.quality import (
    agreement_confusion,
    agreement_summary,
    cleaning_summary,
    coding_summary,
    intake_summary,
    load_quality,
    reject_reasons,
    unmapped_columns,
)
from svanalysis.core.paths import output_paths
from svanalysis.publish.findings import quality_findings
from svanalysis.publish.present import heading, key_findings, show, show_campaigns
from svanalysis.publish.themes import THEME_QUALITY_COUNTS, theme_quality_table

settings = sv.load_settings(settings_path or None)
q = load_quality(processed_dir or None)
display(Markdown(heading("Data quality: what arrived and what was done to it")))
key_findings(quality_findings(q, settings))

# %% [markdown]
# Every file and row received, how responses arrived, what was set aside and why, duplicates and
# campaigns, how answers were cleaned and coded, and how well the automatic stance codes agree
# with a person's. Counts under three are withheld here as elsewhere; the exact account of every
# file and row is in the restricted processed folder (`ledger.json`, `rejects.csv`).
#
# ## Responses received, by channel

# %%
show(
    intake_summary(q).drop(columns=["rows_read"]),  # rows read = responses + rows set aside
    count_columns=["responses", "rejected"],
    settings=settings,
    caption="Files, responses and rows set aside, by channel",
)

# %% [markdown]
# ## Rows set aside
# Nothing is lost: every row of every file is either a response or counted here with its reason.

# %%
show(reject_reasons(q), count_columns=["rows"], settings=settings, caption="Rows set aside, by reason")

# %% [markdown]
# ## Columns not used
# Columns of the exports that match no question (platform metadata, internal notes, a question the
# spec does not have). What respondents wrote in them is kept, redacted like every answer, in
# `unmapped_answers.parquet` (respondent, file, header, text); columns that look personal go to the
# restricted PII table instead.

# %%
show(unmapped_columns(q), caption="Export columns that match no question")

# %% [markdown]
# ## Duplicates and campaigns
# Earlier submissions by a respondent who responded again are left out (the key findings above say
# how many). Organised campaigns (near-identical text from different respondents) are counted
# individually unless a table says otherwise:

# %%
show_campaigns(q.responses, settings=settings)

# %% [markdown]
# ## Cleaning
# For each question: answers received, how many were clean as received, re-coded to a label,
# parsed from text, inferred, flagged or left missing.

# %%
cleaning = cleaning_summary(q)
show(
    cleaning,
    count_columns=[c for c in cleaning.columns if c != "field"],
    settings=settings,
    caption="How the answers to each question were cleaned",
)

# %% [markdown]
# ## Stance coding (Q8 to Q13)
# Closed answers are used as given; otherwise the stance is coded from the text by rule (in a letter where the
# rules find nothing they know, by a classifier, always for review), and codes below the confidence threshold are
# listed for review (`svanalysis review export`). A possible view in a letter (a leaning the coder doubts the letter
# gives on that question at all) is not coded: it is listed for review with the rest, and counted apart here.

# %%
coding = coding_summary(q)
show(
    coding,
    count_columns=[c for c in coding.columns if c not in ("question", "topic")],
    settings=settings,
    caption="How the stances on Q8 to Q13 were coded",
)

# %%
display(Markdown(agreement_summary(q)))

# %% [markdown]
# Where a person has reviewed codes: the person's code (rows) against the coder's (columns).

# %%
show(agreement_confusion(q))

# %% [markdown]
# ## Themes in free text
# Where a code frame has been signed off, every answer to its fields is given its themes
# (`svanalysis themes assign`). Coverage: of the answers that say something, the share given at
# least one theme (the rest make points the frame does not name, or the engine missed them). To
# review: answers with a theme call close to the decision line (`svanalysis themes review export`
# offers them for coding). Agreement: precision and recall of the automatic themes against a
# person's codes, as F1 with its 95% interval, measured on the stratified random part of the codes.

# %%
themes_quality = theme_quality_table(processed_dir or output_paths().processed, settings)
if len(themes_quality):
    show(
        themes_quality,
        list(themes_quality.columns),
        settings=settings,
        caption="Themes: coverage, review load and agreement with a person's codes",
        count_columns=THEME_QUALITY_COUNTS,
    )
else:
    display(Markdown("No themes have been assigned: no code frame has been signed off yet."))
