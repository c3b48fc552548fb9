"""Synthetic inputs: realistic responses in every channel, with their truth.

Real responses are confidential, so svanalysis ships and tests on synthetic ones. ``responses``
draws respondents from a seeded generator (``data/synth_profile.yaml``, ``data/synth_text.yaml``)
and writes the online export in any platform's layout; ``form`` renders the Word response form
from the questionnaire (blank for respondents, or filled in for a synthetic respondent);
``letters`` writes free-form letters and emails. Nothing here reads what ingest produces: the
truth files are written beside the inputs so tests can compare ingest against them.
"""

from svanalysis.synth.form import fill_form, render_form, write_form
from svanalysis.synth.respondent import Respondent
from svanalysis.synth.responses import LAYOUTS, generate, write_example, write_online_export

__all__ = [
    "LAYOUTS",
    "Respondent",
    "fill_form",
    "generate",
    "render_form",
    "write_example",
    "write_form",
    "write_online_export",
]
