"""Delimited text (CSV, TSV) into a grid of cells: decoded row by row, parsed record by record.

Why it is shaped this way: a consultation export passes through many hands, and the damage it
picks up is local. Someone pastes one answer from Word into a UTF-8 file and saves it, so one row
is Windows-1252; a cell with a line break loses its quotes; a quote is opened and never closed.
Re-reading the *whole* file in another encoding, or letting one bad row slide the cells of the
next rows into the wrong columns, turns a local fault into a silent corruption of everything. So:

- **The encoding is decided per file, then repaired per row.** A byte-order mark settles it;
  UTF-16 without one is recognised by its pattern of zero bytes; otherwise the file is read as
  UTF-8, and only a line that is not valid UTF-8 is decoded as Windows-1252 (the encoding Excel
  and Word write on UK Windows), with a note naming the row. A file with no valid UTF-8 beyond
  ASCII and some Windows-1252 bytes is a Windows-1252 file, and is read as one without a note per
  row. A line holding mojibake (UTF-8 read as Windows-1252 before it reached us: "CafÃ©") is
  mended with ``ftfy``, also with a note.
- **A record with the wrong number of cells is rejected, never padded or shifted.** A record that
  spans several lines because a quote opened in its first line is never closed is set aside from
  that line only, and reading resumes at the next line, so the rows after it are read as written.

The fast path (pyarrow, several threads) is taken by the tabular reader for clean files; this
module is the exact path for the others, and for files pyarrow cannot decode.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

__all__ = [
    "MOJIBAKE_MARKS",
    "Decoded",
    "decode_bytes",
    "detect_encoding",
    "has_utf8_beyond_ascii",
    "mend",
    "mojibake_in",
    "parse_records",
]

# Characters that only appear in text when UTF-8 bytes were decoded as Windows-1252 (mojibake).
_MOJIBAKE = re.compile("[ÃÂ][\u0080-\u00bf]|â€|Ã[©¨¢ª«®´¶·¹º»¼½¾]")
# What the fast path looks for in a whole column before it hands a file to the exact path.
MOJIBAKE_MARKS = ("Ã", "â€")


def detect_encoding(head: bytes) -> str:
    """The encoding a file's first bytes announce or show.

    >>> detect_encoding(b"\\xef\\xbb\\xbfQ1,Q2"), detect_encoding("Q1,Q2".encode("utf-16-le"))
    ('utf-8-sig', 'utf-16-le')
    >>> detect_encoding("Caf\\u00e9 au lait".encode("cp1252")), detect_encoding("Caf\\u00e9".encode("utf-8"))
    ('cp1252', 'utf-8')
    """
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = head[:4096]
    if len(sample) >= 4:
        # UTF-16 without a byte-order mark: text of mostly ASCII has a zero byte in every other place
        even, odd = sample[0::2], sample[1::2]
        if odd.count(0) >= 0.4 * len(odd) and even.count(0) < 0.1 * len(even):
            return "utf-16-le"
        if even.count(0) >= 0.4 * len(even) and odd.count(0) < 0.1 * len(odd):
            return "utf-16-be"
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start > len(head) - 4:  # a character cut at the end of the sample
            return "utf-8"
    if has_utf8_beyond_ascii(head):
        return "utf-8"  # UTF-8 with a few rows in another encoding: mended row by row
    try:
        head.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def has_utf8_beyond_ascii(data: bytes) -> bool:
    """Whether ``data`` holds at least one well-formed multi-byte UTF-8 character."""
    return re.search(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}", data) is not None


@dataclass
class Decoded:
    """A file's text, the encoding it was read in, and the lines that needed mending."""

    text: str
    encoding: str
    notes: dict[int, str] = field(default_factory=dict)  # 0-based physical line -> what was done
    bad_lines: dict[int, str] = field(default_factory=dict)  # lines that could not be decoded


def decode_bytes(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode a whole file, line by line where it is not all one encoding.

    >>> d = decode_bytes("Q31\\nCaf\\u00e9 \\u2013 we\\u2019d\\n".encode("utf-8") + "Caf\\u00e9 \\u2013 we\\u2019d\\n".encode("cp1252"))
    >>> d.text.splitlines()[1:], d.encoding, d.notes
    (['Café – we’d', 'Café – we’d'], 'utf-8', {2: 'not valid UTF-8; read as Windows-1252'})
    """
    encoding = encoding or detect_encoding(data[: 1 << 20])
    if encoding in ("utf-16", "utf-16-le", "utf-16-be"):
        try:
            return Decoded(data.decode(encoding).lstrip("\ufeff"), encoding)
        except UnicodeDecodeError as exc:
            return Decoded(data.decode(encoding, errors="replace").lstrip("\ufeff"), encoding, bad_lines={0: str(exc)})
    if encoding in ("cp1252", "latin-1"):
        try:
            return Decoded(data.decode(encoding), encoding)
        except UnicodeDecodeError:
            return Decoded(data.decode("latin-1"), "latin-1")
    sig = data.startswith(b"\xef\xbb\xbf")
    body = data[3:] if sig else data
    try:
        text = body.decode("utf-8")
        notes = {}
    except UnicodeDecodeError:
        text, notes, bad = _decode_lines(body)
        if notes and not has_utf8_beyond_ascii(body):
            # no valid UTF-8 anywhere: a Windows-1252 file, not a UTF-8 file with damaged rows
            try:
                return Decoded(body.decode("cp1252"), "cp1252")
            except UnicodeDecodeError:
                pass
        return Decoded(text, "utf-8-sig" if sig else "utf-8", notes, bad)
    return Decoded(text, "utf-8-sig" if sig else "utf-8", _mend_mojibake_notes(text), {})


def _decode_lines(body: bytes) -> tuple[str, dict[int, str], dict[int, str]]:
    out: list[str] = []
    notes: dict[int, str] = {}
    bad: dict[int, str] = {}
    for i, raw in enumerate(body.split(b"\n")):
        try:
            out.append(raw.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            pass
        try:
            out.append(raw.decode("cp1252"))
            notes[i] = "not valid UTF-8; read as Windows-1252"
        except UnicodeDecodeError as exc:
            out.append(raw.decode("utf-8", errors="replace"))
            bad[i] = f"bytes that are neither UTF-8 nor Windows-1252 (byte {raw[exc.start]:#04x})"
    return "\n".join(out), notes, bad


def mojibake_in(line: str) -> bool:
    """Whether a line holds mojibake (UTF-8 read as Windows-1252 before it reached us).

    >>> mojibake_in("Caf\\u00c3\\u00a9"), mojibake_in("Caf\\u00e9")
    (True, False)
    """
    return _MOJIBAKE.search(line) is not None


def _mend_mojibake_notes(text: str) -> dict[int, str]:
    """Lines holding mojibake; they are mended by ``mend_mojibake`` when parsed."""
    if not _MOJIBAKE.search(text):
        return {}
    return {
        i: "mojibake mended (UTF-8 once read as Windows-1252)"
        for i, line in enumerate(text.split("\n"))
        if _MOJIBAKE.search(line)
    }


def mend(text: str) -> str:
    """Mend mojibake in one cell with ftfy (only where the tell-tale characters are present).

    >>> mend("Caf\\u00c3\\u00a9 \\u00e2\\u20ac\\u201c we\\u00e2\\u20ac\\u2122d")
    'Café – we’d'
    """
    if not _MOJIBAKE.search(text):
        return text
    import ftfy

    return ftfy.fix_encoding(text)


@dataclass
class Record:
    """One parsed record: its cells, or the reason it was set aside."""

    line: int  # 0-based physical line it starts on
    cells: list[str] | None
    reason: str | None = None


class _Lines:
    """Lines by number from an iterator, read as far ahead as asked and forgotten once released:
    the parser goes back at most to the start of the record it is reading."""

    def __init__(self, lines: Iterable[str]):
        self.source = iter(lines)
        self.buffer: list[str] = []
        self.base = 0  # number of the first line in the buffer
        self.done = False

    def past_end(self, k: int) -> bool:
        while not self.done and k >= self.base + len(self.buffer):
            try:
                self.buffer.append(next(self.source))
            except StopIteration:
                self.done = True
        return k >= self.base + len(self.buffer)

    def get(self, k: int) -> str:
        self.past_end(k)
        return self.buffer[k - self.base]

    def span(self, start: int, stop: int) -> list[str]:
        return self.buffer[start - self.base : stop - self.base]

    def release(self, k: int) -> None:
        if k > self.base:
            del self.buffer[: k - self.base]
            self.base = k


PREAMBLE_RECORDS = 8  # records of one cell read before the header is taken to be the first of them


def _one_cell(cells: list[str]) -> bool:
    """Whether a record has one cell with something in it at most (a title or a note above a header)."""
    return sum(1 for c in cells if c.strip()) <= 1


def parse_records(text: str | Iterable[str], delimiter: str) -> Iterator[Record]:
    """Parse CSV text into records; the first record is the header and sets the width.

    ``text`` is the whole text or its lines (without their line breaks; a large file is parsed as
    its lines are read, holding only the record being parsed). A record with a different number
    of cells is yielded with a reason instead of cells (a blank line is skipped; a line of empty
    cells is a blank row). When a bad record spans several lines (a quote opened and not closed),
    only its first line is set aside and parsing resumes at the next line.

    >>> recs = list(parse_records('a,b,c\\n1,"x,y\\n2,p,q\\n3,r\\n', ","))
    >>> [(r.line, r.cells, r.reason) for r in recs]  # doctest: +NORMALIZE_WHITESPACE
    [(0, ['a', 'b', 'c'], None), (1, None, 'a quote opened in this row is never closed'),
     (2, ['2', 'p', 'q'], None), (3, None, 'row has 2 cells but the header has 3')]
    """
    if isinstance(text, str):
        split = text.split("\n")
        if split and split[-1] == "":
            split.pop()
        lines = _Lines(split)
    else:
        lines = _Lines(text)
    width: int | None = None
    preamble: list[Record] = []  # short records before the first wide one (a title line above the header)
    i = 0
    while not lines.past_end(i):
        pos = i

        def source(start: int = i) -> Iterator[str]:
            nonlocal pos
            k = start
            while not lines.past_end(k):
                pos = k + 1
                yield lines.get(k) + "\n"
                k += 1

        reader = csv.reader(source(), delimiter=delimiter)
        while True:
            start = pos
            lines.release(start)  # nothing before the record being read is needed again
            try:
                cells = next(reader)
            except StopIteration:
                if preamble:  # a file of short records only: the first is the header
                    yield from _short_records(preamble, len(preamble[0].cells))
                return
            except csv.Error:
                if width is None:
                    raise
                yield Record(start, None, "a quote opened in this row is never closed")
                i = start + 1
                break
            spans = pos - start
            cells = [c.rstrip("\r") if k == len(cells) - 1 else c for k, c in enumerate(cells)]
            if not cells:
                continue  # a blank line
            if width is None:
                if _one_cell(cells) and len(preamble) < PREAMBLE_RECORDS:
                    preamble.append(Record(start, cells))  # a title or a note above the header, perhaps
                    continue
                if preamble and _one_cell(cells):  # no wider record came: the first short one was the header
                    width = len(preamble[0].cells)
                    yield from _short_records([*preamble, Record(start, cells)], width)
                    preamble = []
                    continue
                width = len(cells)
                for rec in preamble:  # the rows above the header, as wide as it (the header is told later)
                    yield Record(rec.line, [*rec.cells, *[""] * (width - len(rec.cells))][:width])
                preamble = []
                yield Record(start, cells)
                continue
            if spans > 1 and (len(cells) != width or _swallowed_rows(lines.span(start + 1, pos), width, delimiter)):
                yield Record(start, None, "a quote opened in this row is never closed")
                i = start + 1
                break
            if len(cells) == width:
                yield Record(start, cells)
            elif not any(c.strip() for c in cells):
                yield Record(start, [""] * width)
            elif len(cells) > width and not any(c.strip() for c in cells[width:]):
                yield Record(start, cells[:width])
            else:
                yield Record(start, None, f"row has {len(cells)} cells but the header has {width}")


def _short_records(records: list[Record], width: int) -> Iterator[Record]:
    """Records held back as a possible title, when none wider followed: the first is the header (``width`` cells),
    the others rows judged as any row is."""
    yield records[0]
    for rec in records[1:]:
        cells = rec.cells or []
        if len(cells) == width:
            yield rec
        elif not any(c.strip() for c in cells):
            yield Record(rec.line, [""] * width)
        else:
            yield Record(rec.line, None, f"row has {len(cells)} cells but the header has {width}")


def _swallowed_rows(inner: list[str], width: int, delimiter: str) -> bool:
    """Whether lines inside a quoted cell are whole rows of the file (a quote was not closed)."""
    if width < 3:
        return False
    for line in inner:
        if line.count(delimiter) >= width - 1:
            try:
                if len(next(csv.reader([line], delimiter=delimiter))) == width:
                    return True
            except (csv.Error, StopIteration):
                continue
    return False
