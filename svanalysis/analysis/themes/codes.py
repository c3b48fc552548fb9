"""A person's theme codes: the ``CODES.csv`` file, read with errors naming file, row and column.

A code says whether one answer (``respondent_id``, ``field``) makes one theme's point
(``present`` 1) or not (0). Codes are a person's work: they win over automatic themes on every run
and teach the assigner (see ``assign``). The file lives in ``data/manual/theme_codes.csv`` by
default, beside the frame; ``review import`` adds to it, a later code for the same answer and theme
replacing an earlier one.

Columns: ``respondent_id``, ``field``, ``theme``, ``present`` (required), then ``coder``,
``coded_at`` and ``reason`` (why the answer was offered for coding: ``stratified: <theme>`` for the
random part of a review sheet, ``least confident: <theme>``, or blank for codes written by hand).
Agreement is measured on the random part where there is one, since the least confident answers are
the hardest by construction.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from svanalysis.analysis.themes.frame import Theme
from svanalysis.core.checks import check_columns

__all__ = ["CODE_COLUMNS", "REQUIRED_CODE_COLUMNS", "empty_codes", "load_codes", "merge_codes", "parse_codes"]

REQUIRED_CODE_COLUMNS = ["respondent_id", "field", "theme", "present"]
CODE_COLUMNS = [*REQUIRED_CODE_COLUMNS, "coder", "coded_at", "reason"]
_PRESENT = {"1": 1, "0": 0, "1.0": 1, "0.0": 0, "yes": 1, "no": 0, "true": 1, "false": 0}


def empty_codes() -> pd.DataFrame:
    """A codes table with no rows (the shape :func:`load_codes` returns).

    >>> list(empty_codes().columns) == CODE_COLUMNS, len(empty_codes())
    (True, 0)
    """
    out = pd.DataFrame({c: pd.Series(dtype="string") for c in CODE_COLUMNS})
    out["present"] = out["present"].astype("int64")
    return out


def parse_codes(text: str, frame: Mapping[str, tuple[Theme, ...]] | None = None, source: str = "codes") -> pd.DataFrame:
    """Parse codes from CSV text, checking every value against the frame.

    Parameters
    ----------
    text : str
        CSV with a header row holding at least ``respondent_id, field, theme, present``.
    frame : mapping, optional
        The signed-off frame (field to themes): a field or theme outside it is an error.
    source : str
        The file's name, for messages.

    Returns
    -------
    pandas.DataFrame
        ``CODE_COLUMNS``; ``present`` as 0/1 integers; the last code of an answer and theme wins.

    Raises
    ------
    ValueError
        One line naming the source, row (the header is row 1) and column of the first bad value.

    Examples
    --------
    >>> parse_codes("respondent_id,field,theme,present\\nR1,q14_text,funding,1\\n")[["respondent_id", "present"]].values.tolist()
    [['R1', 1]]
    >>> parse_codes("respondent_id,field,theme,present\\nR1,q14_text,funding,maybe\\n", source="c.csv")
    Traceback (most recent call last):
    ...
    ValueError: c.csv, row 2, column present: 'maybe' must be 1 (present) or 0 (absent)
    """
    reader = csv.reader(io.StringIO(text), strict=True)
    try:
        rows = [r for r in reader if any(v.strip() for v in r)]
    except csv.Error as exc:
        raise ValueError(f"{source}, row {reader.line_num}: not valid CSV ({exc})") from None
    if not rows:
        raise ValueError(f"{source}: the codes file is empty; it needs the header {', '.join(REQUIRED_CODE_COLUMNS)}")
    header = [h.strip().lstrip("\ufeff") for h in rows[0]]
    missing = [c for c in REQUIRED_CODE_COLUMNS if c not in header]
    if missing:
        raise ValueError(f"{source}, row 1: missing column(s) {missing}; a codes file has {', '.join(CODE_COLUMNS)}")
    records = []
    for k, r in enumerate(rows[1:], start=2):
        if len(r) > len(header) and any(v.strip() for v in r[len(header) :]):
            raise ValueError(f"{source}, row {k}: {len(r)} values where the header has {len(header)}")
        rec = {h: (r[i].strip() if i < len(r) else "") for i, h in enumerate(header)}
        for col in ("respondent_id", "field", "theme"):
            if not rec[col]:
                raise ValueError(f"{source}, row {k}, column {col}: empty")
        rec["respondent_id"] = rec["respondent_id"].lstrip("'")  # a spreadsheet's text marker
        if frame is not None:
            if rec["field"] not in frame:
                raise ValueError(
                    f"{source}, row {k}, column field: {rec['field']!r} is not a field of the frame {sorted(frame)}"
                )
            ids = [t.id for t in frame[rec["field"]]]
            if rec["theme"] not in ids:
                raise ValueError(
                    f"{source}, row {k}, column theme: {rec['theme']!r} is not a theme of {rec['field']} {ids}"
                )
        value = _PRESENT.get(rec["present"].casefold())
        if value is None:
            raise ValueError(f"{source}, row {k}, column present: {rec['present']!r} must be 1 (present) or 0 (absent)")
        rec["present"] = value
        records.append(rec)
    out = pd.DataFrame(records, columns=header) if records else pd.DataFrame(columns=header)
    for c in CODE_COLUMNS:
        if c not in out.columns:
            out[c] = ""
    out = out[CODE_COLUMNS].drop_duplicates(["respondent_id", "field", "theme"], keep="last")
    for c in CODE_COLUMNS:
        out[c] = out[c].astype("int64") if c == "present" else out[c].astype("string")
    return out.reset_index(drop=True)


def load_codes(path: str | Path, frame: Mapping[str, tuple[Theme, ...]] | None = None) -> pd.DataFrame:
    """Read a codes file (see :func:`parse_codes`); a missing file is no codes.

    Raises
    ------
    ValueError
        One line naming the file, row and column of the first bad value.
    """
    path = Path(path)
    if path.is_dir():
        raise ValueError(f"{path}: is a folder; the codes are a CSV file")
    if not path.exists():
        return empty_codes()
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 text (byte {exc.start}); save the codes as CSV UTF-8") from None
    return parse_codes(text, frame, source=str(path))


def merge_codes(old: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """Codes of ``old`` and ``new`` together; a new code for the same answer and theme wins.

    Examples
    --------
    >>> old = pd.DataFrame({"respondent_id": ["a", "b"], "field": "f", "theme": "x", "present": [1, 1]})
    >>> new = pd.DataFrame({"respondent_id": ["b"], "field": "f", "theme": "x", "present": [0]})
    >>> merge_codes(old, new)[["respondent_id", "present"]].values.tolist()
    [['a', 1], ['b', 0]]
    """
    check_columns("codes", REQUIRED_CODE_COLUMNS, old.columns)
    check_columns("codes", REQUIRED_CODE_COLUMNS, new.columns)
    both = pd.concat([old.astype({"present": "int64"}), new.astype({"present": "int64"})], ignore_index=True)
    for c in CODE_COLUMNS:
        if c not in both.columns:
            both[c] = ""
    both = both[CODE_COLUMNS].drop_duplicates(["respondent_id", "field", "theme"], keep="last")
    return both.reset_index(drop=True)
