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
# Every file and row received, how each file was read, what was rejected and why, duplicates and
# campaigns, how answers were cleaned and coded, and how well the automatic stance codes agree
# with a person's.

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
    channel_summary,
    cleaning_summary,
    coding_summary,
    file_summary,
    load_quality,
    rejects_table,
    unmapped_columns,
)
from svanalysis.publish.present import base_note, show

settings = sv.load_settings(settings_path or None)
q = load_quality(processed_dir or None)
display(Markdown("# Data quality: what arrived and what was done to it\n\n" + base_note(q.responses)))

# %% [markdown]
# ## Files received

# %%
show(file_summary(q))

# %%
show(channel_summary(q))

# %% [markdown]
# ## Rejected rows and files
# Nothing is lost: every row of every file is either a response or listed here with its reason.

# %%
show(rejects_table(q))

# %% [markdown]
# ## Columns not used
# Columns of the exports that match no question (platform metadata, internal notes, a question the
# spec does not have). What respondents wrote in them is kept, redacted like every answer, in
# `unmapped_answers.parquet` (respondent, file, header, text); columns that look personal go to the
# restricted PII table instead.

# %%
show(unmapped_columns(q))

# %% [markdown]
# ## Duplicates and campaigns

# %%
show(q.duplicates_and_campaigns)

# %% [markdown]
# ## Cleaning
# For each question: answers received, how many were clean as received, re-coded to a label,
# parsed from text, inferred, flagged or left missing.

# %%
show(cleaning_summary(q))

# %% [markdown]
# ## Stance coding (Q8 to Q13)
# Closed answers are used as given; otherwise the stance is coded from the text by rule, and codes
# below the confidence threshold are listed for review (`svanalysis review export`).

# %%
show(coding_summary(q))

# %%
display(Markdown(agreement_summary(q)))

# %% [markdown]
# Where a person has reviewed codes: the person's code (rows) against the coder's (columns).

# %%
show(agreement_confusion(q))
