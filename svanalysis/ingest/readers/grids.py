"""The grid of text in a CSV or Excel export, streamed a block of rows at a time.

Why it is shaped this way: an export can hold millions of responses, more than memory holds as
Python text, so a grid is never read whole. :func:`open_grid` returns a :class:`GridSource` whose
``blocks()`` yields consecutive blocks of rows (columns ``c0``, ``c1``, ... of text, the header
rows first) from the start of the file, as often as it is asked; the tabular reader maps the
header on the first rows and then extracts slots block by block. Memory depends on the size of a
block, never on the size of the file.

- **Clean CSV takes pyarrow's streaming reader** (``pyarrow.csv.open_csv``): every column as
  text, C++ speed. Each block is checked before it is handed over: rows with the wrong number of
  cells, bytes that are not UTF-8, a cell that swallowed whole rows (a quote never closed) or
  mojibake send the file to the exact path.
- **The exact path** (``delimited``: the encoding decided per file and repaired per row, a record
  with the wrong number of cells set aside, never padded or shifted) streams too: the bytes are
  scanned once for the facts the encoding decision needs, then decoded line by line and parsed
  record by record. When a fault first appears after clean blocks were handed over, the exact
  path takes over from the next row: it reads the clean rows before it exactly as pyarrow did.
- **Excel goes through openpyxl's read-only mode**, which streams the sheet's XML; the sheet
  holding the responses is the one whose top rows best match the questionnaire. A cell holding a
  formula with no saved value (a workbook written by a script and never calculated) is found by
  reading the formulas alongside the values, row for row, when the workbook holds any.

Every block is tidied column-wise as it comes (Excel's ``_x000D_`` artefacts, line endings, white
space at the ends of a cell). Rows set aside while reading (``parse_rejects``) and rows mended
(``mended``) are listed by grid row as the blocks are read; a placeholder row of empty cells
keeps the numbering of a row set aside.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import itertools
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from svanalysis.core.text import EXCEL_ARTEFACTS
from svanalysis.ingest.readers.base import ReadError
from svanalysis.ingest.readers.delimited import (
    MOJIBAKE_MARKS,
    detect_encoding,
    has_utf8_beyond_ascii,
    mend,
    mojibake_in,
    parse_records,
)

__all__ = ["BLOCK_ROWS", "GridSource", "open_grid", "read_grid"]

BLOCK_ROWS = 8192  # rows per block on the exact and Excel paths (pyarrow's blocks are 16 MB of text)
_PYARROW_BLOCK_BYTES = 1 << 24  # the text of a block handed over on the fast path
# pyarrow's CSV reader parses the file in blocks of this many bytes, several of which make a block
# handed over. Its reader reads up to 32 blocks of the file ahead on a thread of its own (Arrow's
# background generator), so that much of the file is held whatever is handed over: 512 MB for
# blocks of 16 MB, the whole file below that; 32 MB for blocks of 1 MB. Parsing costs the same in
# small blocks; the checks of a block handed over cost about the same per block whatever its
# size, so the blocks checked stay large.
_PYARROW_PARSE_BYTES = 1 << 20
HEAD_BYTES = 1 << 20  # the first bytes of a CSV, from which its encoding and delimiter are told


class _Ragged(Exception):
    """A fault pyarrow's fast path does not handle: the exact path takes over."""


class GridSource:
    """A file's grid of text, read block by block (see the module docstring).

    Attributes filled while blocks are read: ``encoding``, ``sheet``, ``parse_rejects`` (grid row,
    reason) and ``mended`` (grid row, note).
    """

    encoding: str | None = None
    sheet: str | None = None
    other_sheets: tuple[str, ...] = ()  # other sheets of a workbook that look like responses too (not read)
    fast_only = False  # whether the last reading was all on the fast CSV path (``_CsvGrid``)

    def __init__(self, path: Path):
        self.path = path
        self.parse_rejects: list[tuple[int, str]] = []
        self.mended: list[tuple[int, str]] = []

    def blocks(self) -> Iterator[pd.DataFrame]:  # pragma: no cover - overridden
        raise NotImplementedError


def open_grid(path: str | Path, score: Any = None) -> GridSource:
    """The grid source of a CSV, TSV or Excel file.

    ``score(rows)`` rates how much a sheet's top rows look like the questionnaire's headers (Excel:
    the best sheet is read).

    Raises
    ------
    ReadError
        With a one-line reason, when the file cannot be read at all.
    """
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
        return _ExcelGrid(path, score)
    return _CsvGrid(path)


def read_grid(source: GridSource) -> pd.DataFrame:
    """The whole grid of a source (for small files and tests: it holds every row at once).

    Raises
    ------
    ReadError
        If the file holds no row at all.
    """
    blocks = list(source.blocks())
    if not blocks:
        raise ReadError("the file is empty")
    return pd.concat(blocks, ignore_index=True)


def tidy(grid: pd.DataFrame, scan: _Scan | None = None) -> pd.DataFrame:
    """Excel artefacts, line endings and stray white space, column-wise; a column with nothing to
    change is kept as read (replacing every column would double the memory of a block). Which
    columns need anything is found in one pass over the block's bytes (``scan``, made here when
    not given), without copying a column.

    >>> tidy(pd.DataFrame({"c0": ["a_x000D_b ", "ok"], "c1": ["x", "y"]}, dtype="string[pyarrow]"))["c0"].tolist()
    ['a\\nb', 'ok']
    """
    scan = scan if scan is not None else _Scan(grid)
    artefacts, returns, edges = scan.holds("_x00"), scan.holds("\r"), scan.edge_space()
    for j, col in enumerate(grid.columns):
        if not (artefacts[j] or returns[j] or edges[j]):
            continue
        s = grid[col]
        if artefacts[j]:
            s = s.str.replace(EXCEL_ARTEFACTS.pattern, "\n", regex=True)
        if returns[j]:
            s = s.str.replace("\r\n", "\n", regex=False).str.replace("\r", "\n", regex=False)
        grid[col] = s.str.strip()
    return grid


# the first and the last byte of every character Arrow's utf8_is_space (and str.isspace) counts as
# white space, in UTF-8: a value none of whose ends is one of these has no white space to strip
_SPACE_FIRST_BYTES = np.zeros(256, dtype=bool)
_SPACE_FIRST_BYTES[[*range(9, 14), *range(28, 33), 0xC2, 0xE1, 0xE2, 0xE3]] = True
_SPACE_LAST_BYTES = np.zeros(256, dtype=bool)
_SPACE_LAST_BYTES[[*range(9, 14), *range(28, 33), 0x85, 0xA0, *range(0x80, 0x8B), 0x9F, 0xA8, 0xA9, 0xAF]] = True


class _Scan:
    """What the text columns of a block hold, found in one pass over the block's bytes.

    Why: asking Arrow column by column (a few calls for each of hundreds of columns in each block)
    cost more than parsing the file. The bytes of every column's values are joined once; a text
    absent from them is absent from every column, which is the common case; where it is present,
    each column holding its bytes is asked exactly (a match found in the joined bytes may span two
    values). White space at the ends of values is screened by the first and last byte of each
    value, and the columns that pass the screen are asked exactly. A column not stored in Arrow is
    always asked exactly. The answers are those of the per-column checks, only cheaper.

    >>> scan = _Scan(pd.DataFrame({"a": ["x y", " z"], "b": ["a\\r", "b"]}, dtype="string[pyarrow]"))
    >>> scan.holds("\\r").tolist(), scan.edge_space().tolist(), scan.holds("q").tolist()
    ([False, True], [True, True], [False, False])
    """

    def __init__(self, grid: pd.DataFrame):
        self.columns = [grid.iloc[:, j] for j in range(grid.shape[1])]
        self.arrays = [_flat_text(s) for s in self.columns]
        parts: list[bytes | memoryview] = []
        starts: list[np.ndarray] = []
        bounds = [0]
        for arr in self.arrays:
            data, offsets = _value_bytes(arr) if arr is not None else (b"", np.zeros(1, np.int64))
            starts.append(offsets + bounds[-1])
            parts.append(data)
            bounds.append(bounds[-1] + len(data))
        self.data = b"".join(parts)
        self.bounds = bounds
        self.offsets = starts

    def holds(self, text: str) -> np.ndarray:
        """Whether each column holds ``text`` in any value."""
        pattern = text.encode("utf-8")
        # a byte of the text absent from the block (memchr: a twentieth of the time of searching
        # for a text of several bytes) rules it out; mojibake marks and Excel artefacts are rare
        present = all(bytes([b]) in self.data for b in set(pattern)) and pattern in self.data
        out = np.zeros(len(self.columns), dtype=bool)
        for j, arr in enumerate(self.arrays):
            if arr is None:
                out[j] = _holds(self.columns[j], text)
            elif present and self.data.find(pattern, self.bounds[j], self.bounds[j + 1]) >= 0:
                out[j] = _holds(self.columns[j], text)
        return out

    def edge_space(self) -> np.ndarray:
        """Whether each column has a value starting or ending with white space."""
        out = np.zeros(len(self.columns), dtype=bool)
        data = np.frombuffer(self.data, dtype=np.uint8)
        for j, (arr, offsets) in enumerate(zip(self.arrays, self.offsets, strict=True)):
            if arr is None:
                out[j] = _has_edge_space(self.columns[j])
                continue
            first, end = offsets[:-1], offsets[1:]
            filled = end > first
            if not filled.any():
                continue
            if _SPACE_FIRST_BYTES[data[first[filled]]].any() or _SPACE_LAST_BYTES[data[end[filled] - 1]].any():
                out[j] = _has_edge_space(self.columns[j])
        return out


def _flat_text(s: pd.Series) -> Any:
    """A text column's values as one Arrow string array, or None (not stored in Arrow as text)."""
    import pyarrow as pa

    arr = _arrow(s)
    if arr is None:
        return None
    if isinstance(arr, pa.ChunkedArray):  # one chunk (as a block is read) is taken as it is: combining copies
        arr = arr.chunk(0) if arr.num_chunks == 1 else arr.combine_chunks()
    if not (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)):
        return None
    return arr


def _value_bytes(arr: Any) -> tuple[bytes | memoryview, np.ndarray]:
    """The bytes of an Arrow string array's values (a view of its buffer, not a copy: the scan
    joins the columns' bytes into one copy), and where each value starts in them (one more entry
    than values: the last is where the last value ends)."""
    import pyarrow as pa

    if len(arr) == 0:
        return b"", np.zeros(1, np.int64)
    _, offsets_buf, data_buf = arr.buffers()
    kind = np.int64 if pa.types.is_large_string(arr.type) else np.int32
    offsets = np.frombuffer(offsets_buf, dtype=kind)[arr.offset : arr.offset + len(arr) + 1].astype(np.int64)
    lo, hi = int(offsets[0]), int(offsets[-1])
    data = b"" if data_buf is None or hi == lo else memoryview(data_buf)[lo:hi]
    return data, offsets - lo


def _arrow(s: pd.Series) -> Any:
    """The Arrow array under a text column, or None (no Arrow storage, or no rows)."""
    import pyarrow as pa

    try:
        arr = s.array.__arrow_array__()
    except (AttributeError, TypeError):
        return None
    if isinstance(arr, pa.ChunkedArray) and arr.num_chunks == 0:
        return None
    return arr


def _holds(s: pd.Series, text: str) -> bool:
    """Whether any value of a text column holds ``text``."""
    import pyarrow.compute as pc

    arr = _arrow(s)
    if arr is None:
        return bool(s.str.contains(text, regex=False).fillna(False).any())
    return bool(pc.any(pc.match_substring(arr, text)).as_py())


def _has_edge_space(s: pd.Series) -> bool:
    """Whether any value of a text column starts or ends with white space (without copying it)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        arr = s.array.__arrow_array__()
    except (AttributeError, TypeError):
        return bool((s.str.strip().str.len() != s.str.len()).any())
    if isinstance(arr, pa.ChunkedArray) and arr.num_chunks == 0:
        return False
    first = pc.utf8_is_space(pc.utf8_slice_codeunits(arr, 0, 1))
    last = pc.utf8_is_space(pc.utf8_slice_codeunits(arr, -1))
    return bool(pc.any(pc.or_(first, last)).as_py())


def _frame(rows: list[list[str]], width: int) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=[f"c{i}" for i in range(width)], dtype="string[pyarrow]")


# ============================================================================ CSV
def _sniff_delimiter(sample: str) -> str:
    first = sample.split("\n", 1)[0]
    counts = {d: first.count(d) for d in [",", ";", "\t", "|"]}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


class _CsvGrid(GridSource):
    def __init__(self, path: Path):
        super().__init__(path)
        with path.open("rb") as fh:
            self.raw_head = fh.read(HEAD_BYTES)
        if not self.raw_head.strip():
            raise ReadError("the file is empty")
        if self.raw_head.startswith(b"PK\x03\x04"):
            raise ReadError("the file is a zip or Office document with a .csv name; save it as CSV or .xlsx")
        self.detected = detect_encoding(self.raw_head)

    def blocks(self) -> Iterator[pd.DataFrame]:
        return self.blocks_from(0, 0)

    def blocks_from(self, grid_row: int, offset: int) -> Iterator[pd.DataFrame]:
        """The grid from row ``grid_row`` on, which begins at byte ``offset`` of the file (found and
        checked by the caller: ``svanalysis.ingest.appended``); ``blocks()`` is the whole grid."""
        self.parse_rejects, self.mended = [], []
        self.fast_only = True  # whether every row was read on the fast path
        emitted = 0
        if self.detected in ("utf-8", "utf-8-sig", "cp1252"):
            self.encoding = self.detected
            try:
                for block in self._fast_blocks(offset):
                    emitted += len(block)
                    yield block
                return
            except (_Ragged, UnicodeDecodeError):
                pass  # the exact path reads the rest, from the first row not yet handed over
        self.fast_only = False
        yield from self._exact_blocks(skip=grid_row + emitted)

    # ------------------------------------------------------------------ fast path
    def _fast_blocks(self, offset: int = 0) -> Iterator[pd.DataFrame]:
        encoding = self.encoding
        sample = self.raw_head.decode(encoding, errors="replace")
        delim = _sniff_delimiter(sample.lstrip("\ufeff"))
        with self.path.open("r", encoding=encoding, errors="replace", newline="") as fh:
            ncol = _header_width(csv.reader(fh, delimiter=delim))
        names = [f"c{i}" for i in range(ncol)]
        bad: list[Any] = []
        with contextlib.ExitStack() as stack:
            source: Any = self.path
            if offset:  # the rest of the file from a row's first byte
                source = stack.enter_context(self.path.open("rb"))
                source.seek(offset)
            yield from self._parsed(source, encoding, delim, names, bad)

    def _parsed(
        self, source: Any, encoding: str, delim: str, names: list[str], bad: list[Any]
    ) -> Iterator[pd.DataFrame]:
        """The blocks pyarrow parses from ``source`` (the file, or a file object at a row's first
        byte), checked and tidied."""
        import pyarrow as pa
        from pyarrow import csv as pacsv

        def on_invalid(row: Any) -> str:
            bad.append(row)
            return "skip"

        def fail(exc: Exception) -> Exception:
            if "UTF8" in str(exc) or "utf8" in str(exc).lower():
                return UnicodeDecodeError("utf-8", b"", 0, 1, str(exc))
            return _Ragged(str(exc))

        with _quiet_undecodable_rows(on_invalid):  # open_csv reads the first block already
            try:
                reader = pacsv.open_csv(
                    source,
                    read_options=pacsv.ReadOptions(
                        column_names=names,
                        encoding="utf8" if encoding in ("utf-8", "utf-8-sig") else encoding,
                        block_size=min(_PYARROW_PARSE_BYTES, _PYARROW_BLOCK_BYTES),
                    ),
                    parse_options=pacsv.ParseOptions(
                        delimiter=delim, newlines_in_values=True, invalid_row_handler=on_invalid
                    ),
                    convert_options=pacsv.ConvertOptions(
                        column_types={n: pa.string() for n in names},
                        strings_can_be_null=False,
                        quoted_strings_can_be_null=False,
                    ),
                )
            except pa.ArrowInvalid as exc:
                raise fail(exc) from None
            with reader:
                while True:
                    group, size, done = [], 0, False
                    while size < _PYARROW_BLOCK_BYTES:
                        try:
                            batch = reader.read_next_batch()
                        except StopIteration:
                            done = True
                            break
                        except pa.ArrowInvalid as exc:
                            raise fail(exc) from None
                        if bad:
                            raise _Ragged(f"{len(bad)} rows with the wrong number of cells")
                        group.append(batch)
                        size += batch.nbytes
                    if not group:
                        return
                    table = pa.Table.from_batches(group).combine_chunks()
                    del group
                    df = table.to_pandas(types_mapper=lambda t: pd.StringDtype("pyarrow") if t == pa.string() else None)
                    del table
                    if encoding == "utf-8-sig" and len(df.columns):
                        first = df.columns[0]
                        df[first] = df[first].str.removeprefix("\ufeff")
                    scan = _Scan(df)  # what each column holds, in one pass over the block
                    if _swallowed(df, delim, scan):
                        raise _Ragged("a cell holds whole rows: a quote was not closed")
                    if any(scan.holds(mark).any() for mark in MOJIBAKE_MARKS):
                        raise _Ragged("mojibake")  # mended on the exact path, with a note
                    out = [tidy(df, scan)]
                    del df, scan
                    yield out.pop()  # held by the caller only (a generator's locals live on while it waits)
                    if done:
                        return

    # ------------------------------------------------------------------ exact path
    def _exact_blocks(self, skip: int = 0) -> Iterator[pd.DataFrame]:
        """Records read exactly (``delimited``), from grid row ``skip`` on."""
        decoded = _Decoded(self.path, self.detected)
        self.encoding = decoded.encoding
        first = next(iter(decoded.lines()), "").lstrip("\ufeff")
        delim = _sniff_delimiter(first[: 1 << 16])
        rows: list[list[str]] = []
        n = 0  # grid rows so far
        width = 0

        def text_lines() -> Iterator[str]:
            for k, line in enumerate(decoded.lines()):
                yield line.lstrip("\ufeff") if k == 0 else line

        records = parse_records(text_lines(), delim)
        while True:
            try:
                rec = next(records)
            except StopIteration:
                break
            except csv.Error as exc:  # only the header row raises: later rows are set aside
                raise ReadError(f"the header row cannot be read as CSV ({exc})") from None
            line_no = rec.line + 1
            if n == 0 and rec.cells is not None:
                width = len(rec.cells)
            if rec.cells is None:
                self.parse_rejects.append((n, f"{rec.reason} (line {line_no} of the file)"))
                cells = [""] * width  # a placeholder, so row numbers stay right; rejected later
            elif rec.line in decoded.bad:
                self.parse_rejects.append((n, f"{decoded.bad[rec.line]} (line {line_no} of the file)"))
                cells = [""] * width
            elif rec.line in decoded.notes:
                cells = [mend(c) for c in rec.cells]
                self.mended.append((n, f"{decoded.notes[rec.line]} (line {line_no} of the file)"))
            else:
                cells = rec.cells
            decoded.forget(rec.line)
            if n >= skip:
                rows.append(cells)
            n += 1
            if len(rows) >= BLOCK_ROWS:
                yield tidy(_frame(rows, width))
                rows = []
        if n == 0:
            raise ReadError("the file is empty")
        if rows:
            yield tidy(_frame(rows, width))


def _header_width(records: Iterator[list[str]], preamble: int = 8) -> int:
    """The number of cells of the header: of the first record with two cells or more filled, after at most
    ``preamble`` blank, title or note records (the first record's, if none has).

    >>> _header_width(iter([[], ["Consultation export"], ["ID", "Q1", "Q9"], ["1", "Police", "Yes"]]))
    3
    >>> _header_width(iter([["a", "b"], ["1", "2"]]))
    2
    """
    first = None
    for k, cells in enumerate(records):
        if k > preamble:
            break
        if cells and first is None:
            first = len(cells)
        if sum(1 for c in cells if c.strip()) > 1:
            return len(cells)
    return first or 0


def _swallowed(df: pd.DataFrame, delim: str, scan: _Scan | None = None) -> bool:
    """Whether a multi-line cell holds lines that look like whole rows (an unclosed quote)."""
    width = len(df.columns)
    if width < 3:
        return False
    multiline = (scan if scan is not None else _Scan(df)).holds("\n")
    for j in np.flatnonzero(multiline):
        s = df.iloc[:, j]
        multi = s.str.contains("\n", regex=False)
        for v in pd.unique(s[multi]):
            if any(line.count(delim) >= width - 1 for line in str(v).split("\n")[1:]):
                return True
    return False


_SCAN = 1 << 22  # bytes read at a time when a file is scanned or decoded on the exact path


def _byte_blocks(path: Path, skip: int = 0) -> Iterator[bytes]:
    with path.open("rb") as fh:
        fh.seek(skip)
        while chunk := fh.read(_SCAN):
            yield chunk


def _byte_lines(path: Path, skip: int = 0) -> Iterator[bytes]:
    """The file's physical lines (split on "\\n"), but a last empty one (after a final line break)."""
    rest = b""
    for chunk in _byte_blocks(path, skip):
        parts = (rest + chunk).split(b"\n")
        rest = parts.pop()
        yield from parts
    if rest:
        yield rest


@contextlib.contextmanager
def _quiet_undecodable_rows(handler: Any) -> Iterator[None]:
    """Keep pyarrow's failure to decode a bad row for ``handler`` off stderr.

    A row with the wrong number of cells *and* bytes that are not UTF-8 cannot be handed to the
    invalid-row handler: pyarrow's decoding of it fails inside a callback, where Python can only
    print "Exception ignored in ..." with a traceback; pyarrow then stops the read as for any bad
    row, and the exact path reads the rest. The read is right; only the message is noise to a user,
    so it is dropped (any other unraisable exception still reaches the usual hook).
    """
    before = sys.unraisablehook

    def hook(unraisable: Any) -> None:
        if not (unraisable.object is handler and isinstance(unraisable.exc_value, UnicodeDecodeError)):
            before(unraisable)

    sys.unraisablehook = hook
    try:
        yield
    finally:
        sys.unraisablehook = before


def _scan(path: Path, skip: int) -> tuple[bool, bool, bool]:
    """Whether the bytes (after ``skip``) are valid UTF-8 throughout, hold a multi-byte UTF-8
    character anywhere, and decode as Windows-1252: one pass, in blocks."""
    dec = codecs.getincrementaldecoder("utf-8")()
    cp = codecs.getincrementaldecoder("cp1252")()
    valid = cp_ok = True
    beyond = False
    tail = b""
    for chunk in _byte_blocks(path, skip):
        if valid:
            try:
                dec.decode(chunk)
            except UnicodeDecodeError:
                valid = False
        if cp_ok:
            try:
                cp.decode(chunk)
            except UnicodeDecodeError:
                cp_ok = False
        if not beyond:
            beyond = has_utf8_beyond_ascii(tail + chunk)
        tail = chunk[-3:]
    if valid:
        try:
            dec.decode(b"", final=True)
        except UnicodeDecodeError:
            valid = False
    return valid, beyond, cp_ok


class _Decoded:
    """A file's text line by line, decided as ``delimited.decode_bytes`` decides it, never held whole.

    ``lines()`` decodes as it goes and fills ``notes`` (lines mended: read as Windows-1252, or
    holding mojibake) and ``bad`` (lines that could not be decoded), by 0-based physical line.
    """

    def __init__(self, path: Path, detected: str):
        self.path, self.notes, self.bad = path, {}, {}
        self.skip, self.mode, self.error = 0, detected, None
        if detected in ("utf-16", "utf-16-le", "utf-16-be"):
            self.encoding = detected
            dec = codecs.getincrementaldecoder(detected)()
            try:
                for chunk in _byte_blocks(path):
                    dec.decode(chunk)
                dec.decode(b"", final=True)
            except UnicodeDecodeError as exc:
                self.error = str(exc)
            return
        if detected in ("cp1252", "latin-1"):
            self.encoding = detected if detected == "latin-1" or _scan(path, 0)[2] else "latin-1"
            self.mode = self.encoding
            return
        with path.open("rb") as fh:
            sig = fh.read(3) == b"\xef\xbb\xbf"
        self.skip = 3 if sig else 0
        self.encoding = "utf-8-sig" if sig else "utf-8"
        valid, beyond, cp_ok = _scan(path, self.skip)
        if valid:
            self.mode = "utf-8"
        elif not beyond and cp_ok:
            # no valid UTF-8 anywhere: a Windows-1252 file, not a UTF-8 file with damaged rows
            self.mode = self.encoding = "cp1252"
        else:
            self.mode = "per-line"

    def forget(self, line: int) -> None:
        """Notes of lines before ``line`` are no longer needed."""
        self.notes.pop(line, None)
        self.bad.pop(line, None)

    def lines(self) -> Iterator[str]:
        self.notes.clear()
        self.bad.clear()
        if self.mode.startswith("utf-16"):
            yield from self._utf16_lines()
            return
        for i, raw in enumerate(_byte_lines(self.path, self.skip)):
            if self.mode == "utf-8":
                line = raw.decode("utf-8")
                if mojibake_in(line):
                    self.notes[i] = "mojibake mended (UTF-8 once read as Windows-1252)"
                yield line
            elif self.mode != "per-line":
                yield raw.decode(self.mode)
            else:
                yield self._one_line(i, raw)

    def _one_line(self, i: int, raw: bytes) -> str:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        try:
            text = raw.decode("cp1252")
            self.notes[i] = "not valid UTF-8; read as Windows-1252"
        except UnicodeDecodeError as exc:
            text = raw.decode("utf-8", errors="replace")
            self.bad[i] = f"bytes that are neither UTF-8 nor Windows-1252 (byte {raw[exc.start]:#04x})"
        return text

    def _utf16_lines(self) -> Iterator[str]:
        if self.error is not None:
            self.bad[0] = self.error
        dec = codecs.getincrementaldecoder(self.mode)(errors="strict" if self.error is None else "replace")
        rest, first = "", True
        for chunk in itertools.chain(_byte_blocks(self.path), [b""]):
            text = rest + dec.decode(chunk, final=not chunk)
            if first and text:
                text, first = text.lstrip("\ufeff"), False
            parts = text.split("\n")
            rest = parts.pop()
            yield from parts
        if rest:
            yield rest


# ============================================================================ Excel
def _cell_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float):
        if v != v:
            return ""
        return str(int(v)) if v.is_integer() else repr(v)
    if hasattr(v, "isoformat"):
        return v.isoformat(sep=" ") if hasattr(v, "hour") else v.isoformat()
    return str(v)


_HEADER_ROWS_SCORED = 4


class _ExcelGrid(GridSource):
    def __init__(self, path: Path, score: Any):
        super().__init__(path)
        head = path.open("rb").read(8)
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            if path.suffix.lower() == ".xls":
                raise ReadError("old Excel .xls format is not supported: save it as .xlsx or CSV")
            raise ReadError("file is password protected (an encrypted Office file): remove the password and save again")
        if not head.startswith(b"PK"):
            raise ReadError("not a valid Excel workbook (.xlsx)")
        best: tuple[float, str] | None = None
        scores: list[tuple[float, str]] = []
        wb = self._open(data_only=True)
        try:
            for ws in wb.worksheets:
                top = []
                for r in ws.iter_rows(values_only=True):
                    top.append([_cell_text(v) for v in r])
                    if len(top) >= _HEADER_ROWS_SCORED:
                        break
                if not any(c.strip() for r in top for c in r):
                    continue
                s = score(top) if score is not None else 1.0
                if max(sum(1 for c in r if c.strip()) for r in top) >= 5:  # as wide as an export, at least
                    scores.append((s, ws.title))
                if best is None or s > best[0]:
                    best = (s, ws.title)
        except ReadError:
            raise
        except Exception as exc:  # openpyxl raises many kinds for broken files
            raise ReadError(f"not a valid Excel workbook ({type(exc).__name__}: {exc})") from None
        finally:
            wb.close()
        if best is None or best[0] <= 0:
            raise ReadError("not a recognised export: no sheet has columns that match the questionnaire")
        self.sheet = best[1]
        # one sheet is read: others whose top rows look as much like a questionnaire's export are named in the ledger
        self.other_sheets = tuple(t for s, t in scores if t != best[1] and s >= max(0.3, 0.5 * best[0]))
        self.formulas = _has_formulas(path)

    def _open(self, data_only: bool) -> Any:
        from openpyxl import load_workbook

        try:
            return load_workbook(self.path, read_only=True, data_only=data_only)
        except Exception as exc:  # openpyxl raises many kinds for broken files
            raise ReadError(f"not a valid Excel workbook ({type(exc).__name__}: {exc})") from None

    def _width(self, ws: Any) -> int:
        """Cells per row: the sheet's own dimension, else the longest row (one pass to find it)."""
        if ws.max_column is not None:
            return int(ws.max_column)
        return max((len(r) for r in ws.iter_rows(values_only=True)), default=0)

    def blocks(self) -> Iterator[pd.DataFrame]:
        self.parse_rejects, self.mended = [], []
        wb = self._open(data_only=True)
        fb = self._open(data_only=False) if self.formulas else None
        try:
            ws = wb[self.sheet]
            width = self._width(ws)
            formulas = fb[self.sheet].iter_rows(values_only=True) if fb is not None else None
            rows: list[list[str]] = []
            blank: list[list[str]] = []  # blank rows held back: those at the end of the sheet are dropped
            held: list[tuple[int, str]] = []  # and what was found in them
            n = 0
            for r in ws.iter_rows(values_only=True):
                cells = [_cell_text(v) for v in r]
                cells += [""] * (width - len(cells))
                found = _uncalculated(cells, next(formulas, ()), n) if formulas is not None else None
                n += 1
                if not any(c.strip() for c in cells):
                    blank.append(cells)
                    if found:
                        held.append(found)
                    continue
                rows += blank
                self.parse_rejects += held
                blank, held = [], []
                if found:
                    self.parse_rejects.append(found)
                rows.append(cells)
                if len(rows) >= BLOCK_ROWS:
                    yield tidy(_frame(rows, width))
                    rows = []
            if rows:
                yield tidy(_frame(rows, width))
        except ReadError:
            raise
        except Exception as exc:  # a sheet broken part way through
            raise ReadError(f"not a valid Excel workbook ({type(exc).__name__}: {exc})") from None
        finally:
            wb.close()
            if fb is not None:
                fb.close()


def _uncalculated(cells: list[str], formulas: Iterable[Any], row: int) -> tuple[int, str] | None:
    """A cell of the row holding a formula with no saved value (openpyxl reads it as empty, which
    would pass for an unanswered question), as a reason to set the row aside."""
    from openpyxl.utils import get_column_letter

    for j, v in enumerate(formulas):
        if isinstance(v, str) and v.startswith("=") and j < len(cells) and cells[j] == "":
            return (
                row,
                f"cell {get_column_letter(j + 1)}{row + 1} holds the formula {v[:60]} with no saved value "
                "(the workbook was never calculated): open it in Excel and save it again",
            )
    return None


def _has_formulas(path: Path) -> bool:
    """Whether any worksheet of the workbook holds a formula (its XML read in pieces)."""
    import zipfile

    pattern = re.compile(rb"<(?:\w+:)?f[ >]")
    try:
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if not name.startswith("xl/worksheets/"):
                    continue
                with z.open(name) as fh:
                    tail = b""
                    while chunk := fh.read(1 << 20):
                        if pattern.search(tail + chunk):
                            return True
                        tail = chunk[-16:]
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise ReadError(f"not a valid Excel workbook ({type(exc).__name__}: {exc})") from None
    return False
