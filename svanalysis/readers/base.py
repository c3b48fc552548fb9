"""What every reader returns, and which reader a file goes to."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from svanalysis.spec import Spec, load_spec

__all__ = ["LETTER_SUFFIXES", "TABLE_SUFFIXES", "FileRead", "ReadError", "classify", "read_file"]

TABLE_SUFFIXES = (".csv", ".tsv", ".xlsx", ".xlsm", ".xls")
LETTER_SUFFIXES = (".txt", ".md", ".eml", ".pdf", ".text", ".markdown")


class ReadError(Exception):
    """A file that cannot be read; the message is the one-line reason for the rejects file."""


@dataclass
class FileRead:
    """The slots recovered from one input file, and an account of the reading.

    A document gives its slots at once; an export extracts them on demand from ``table`` (its
    ``TableRead``), so ``chunks`` can hand a large export over a batch of rows at a time.
    """

    path: Path
    channel: str  # online | word_form | letter
    slots: pd.DataFrame | None  # slot columns (text) plus "_row"; None when read from ``table``
    rows_read: int
    layout: str
    rejects: list[tuple[int, str]] = field(default_factory=list)
    info: dict[str, Any] = field(default_factory=dict)
    unmapped_values: pd.DataFrame | None = None
    table: Any = field(default=None, repr=False)

    def chunks(self, rows: int) -> Iterator[tuple[pd.DataFrame, pd.DataFrame | None]]:
        """The slots and unmapped values, ``rows`` data rows at a time."""
        if self.table is not None:
            yield from self.table.chunks(rows)
        else:
            yield self.slots, self.unmapped_values


def classify(path: Path) -> str:
    """Which reader handles ``path``: ``table``, ``document`` (Word form or letter), ``letter`` or ``unknown``."""
    suffix = path.suffix.lower()
    if suffix in TABLE_SUFFIXES:
        return "table"
    if suffix == ".docx":
        return "document"
    if suffix in LETTER_SUFFIXES:
        return "letter"
    return "unknown"


def read_file(path: Path, spec: Spec | None = None, settings: dict[str, Any] | None = None) -> FileRead:
    """Read one input file with the reader its type calls for.

    Raises
    ------
    ReadError
        With a one-line reason, when the file cannot be read.
    """
    spec = spec or load_spec()
    kind = classify(path)
    threshold = (settings or {}).get("matching", {}).get("header_threshold", 62)
    if kind == "table":
        from svanalysis.readers.tabular import describe, read_table

        t = read_table(path, spec, threshold=threshold)
        return FileRead(path, "online", None, t.rows_read, t.layout, t.rejects, describe(t), table=t)
    if kind == "document":
        from svanalysis.readers.wordform import NotAForm, read_wordform

        try:
            slots, info = read_wordform(path, spec)
            return FileRead(path, "word_form", slots, 1, "word form", [], info)
        except NotAForm:
            pass
    if kind in ("document", "letter"):
        from svanalysis.readers.letters import read_letter

        slots, info = read_letter(path, spec)
        return FileRead(path, "letter", slots, 1, info.get("structure", "letter"), [], info)
    raise ReadError(
        f"not a file type svanalysis reads ({path.suffix or 'no extension'}): expected CSV, Excel, Word, text, email or PDF"
    )
