"""What every reader returns, and which kind of reader a file goes to (each reader imports this)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = ["LETTER_SUFFIXES", "TABLE_SUFFIXES", "FileRead", "ReadError", "classify"]

TABLE_SUFFIXES = (".csv", ".tsv", ".xlsx", ".xlsm", ".xls")
LETTER_SUFFIXES = (".txt", ".md", ".eml", ".pdf", ".text", ".markdown")


class ReadError(Exception):
    """A file that cannot be read; the message is the one-line reason for the rejects file."""


@dataclass
class FileRead:
    """The slots recovered from one input file, and an account of the reading.

    A document gives its slots at once; an export extracts them on demand from ``table`` (its
    ``TableRead``), so ``chunks`` can hand a large export over a batch of rows at a time, read
    from the file as it goes. For an export, ``rows_read``, ``rejects`` and ``info`` are complete
    once ``chunks`` has been read to the end; ``rejects`` grows as the chunks come (the rows of a
    chunk that were set aside while reading are in it when the chunk is handed over).
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
            self.rows_read = self.table.rows_read
            self.info = self.table.account()
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
        return "table" if suffix in (".txt", ".text") and _tab_separated(path) else "letter"
    return "unknown"


def _tab_separated(path: Path) -> bool:
    """Whether a text file is a table saved as text (Excel's "Text (Tab delimited)" and "Unicode Text"): its first two
    lines hold three tabs or more each, the same number (a letter is not written in columns).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     grid, letter = Path(d) / "export.txt", Path(d) / "letter.txt"
    ...     _ = grid.write_bytes("ID\\tQ1\\tQ9\\tQ13\\r\\n1\\tPolice\\tYes\\tNo\\r\\n".encode("utf-16"))
    ...     _ = letter.write_text("Dear Sir,\\n\\tWe support Option One.\\n")
    ...     _tab_separated(grid), _tab_separated(letter)
    (True, False)
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(1 << 16)
    except OSError:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="replace")
    elif head[1:4096:2].count(0) > 0.4 * len(head[1:4096:2]) > 0:  # UTF-16 (little-endian) without its mark
        text = head.decode("utf-16-le", errors="replace")
    else:
        text = head.decode("utf-8", errors="replace")
    lines = [line for line in text.lstrip("\ufeff").splitlines() if line.strip()][:2]
    return len(lines) == 2 and lines[0].count("\t") >= 3 and lines[0].count("\t") == lines[1].count("\t")
