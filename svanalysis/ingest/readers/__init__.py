"""Readers: one per way responses arrive, each turning a file into slots.

- ``tabular``: online-form exports (CSV, Excel) in any common layout
- ``wordform``: the Word response form, filled in
- ``letters``: free-form letters and emails (.txt, .md, .eml, .docx, .pdf)

Every reader returns the same thing, a table whose columns are the questionnaire's slots
(``svanalysis.core.spec.Slot``), so cleaning never needs to know where an answer came from.
"""

from svanalysis.ingest.readers.base import FileRead, ReadError, classify
from svanalysis.ingest.readers.dispatch import planned_read, read_file

__all__ = ["FileRead", "ReadError", "classify", "planned_read", "read_file"]
