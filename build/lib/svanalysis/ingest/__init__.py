"""Ingest: raw files in every channel become the processed tables, nothing lost.

Modules, in the order data passes through them:

- ``readers/``: files to *slots* (one column per raw answer field of the questionnaire):
  ``tabular`` (CSV/Excel exports in any layout), ``wordform`` (the Word response form),
  ``letters`` (letters and emails), ``dispatch`` (which reader a file goes to).
- ``labels`` (matching text to the questionnaire's labels), ``numbers`` (figures written by
  people), ``personal`` (personal-data patterns and redaction), ``clean`` (assembling the
  processed tables from slots, with the cleaning log).
- ``stance`` (Yes / No / Mixed / Unclear coded from text), ``review`` (a person's review of those
  codes and the overrides that win), ``dedupe`` (duplicate submissions and campaigns).
- ``pipeline``: all of the above in batches, with the ledger that reconciles every input row.

The stage imports only the ground (``svanalysis.core``); analysis and publishing never import it:
they read what it wrote through ``svanalysis.core.processed``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["IngestResult", "discover", "ingest"]


def __getattr__(name: str) -> Any:  # lazy, so importing a reader does not load the whole pipeline
    if name in __all__:
        from svanalysis.ingest import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'svanalysis.ingest' has no attribute {name!r}")
