"""Reading one file with the reader its type calls for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from svanalysis.core.spec import Spec, load_spec
from svanalysis.ingest.readers.base import FileRead, ReadError, classify
from svanalysis.ingest.readers.letters import read_letter
from svanalysis.ingest.readers.tabular import describe, read_table
from svanalysis.ingest.readers.wordform import NotAForm, read_wordform

__all__ = ["read_file"]


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
        t = read_table(path, spec, threshold=threshold)
        return FileRead(path, "online", None, t.rows_read, t.layout, t.rejects, describe(t), table=t)
    if kind == "document":
        try:
            slots, info = read_wordform(path, spec)
            return FileRead(path, "word_form", slots, 1, "word form", [], info)
        except NotAForm:
            pass
    if kind in ("document", "letter"):
        slots, info = read_letter(path, spec)
        return FileRead(path, "letter", slots, 1, info.get("structure", "letter"), [], info)
    raise ReadError(
        f"not a file type svanalysis reads ({path.suffix or 'no extension'}): expected CSV, Excel, Word, text, email or PDF"
    )
