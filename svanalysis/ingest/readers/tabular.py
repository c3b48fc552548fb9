"""Online-form exports (CSV, Excel) in whatever layout the survey platform used.

The reader works in four steps, each driven by content rather than flags:

1. **Load a grid of text.** CSV goes through pyarrow (all columns as text, several threads) with
   the encoding detected from the bytes (UTF-8 with or without BOM, else cp1252, else Latin-1); a
   file pyarrow cannot parse cleanly (ragged rows) is re-read exactly with the csv module, and any
   row longer than the header is rejected with its number. Excel is read with openpyxl; the sheet
   holding the responses is the one whose top rows best match the questionnaire.
2. **Detect the header layout** from the first rows: one header row; a header and a blank row;
   two header rows (SurveyMonkey: question text over the first column of each question, sub-labels
   below); three (Qualtrics: export tags, question text, ImportId); or two tiers of short ids above
   full question text.
3. **Map every column** to a slot of the questionnaire spec by question number and text similarity
   (rapidfuzz), then to the part of the question (an option, a component, a role, the "Other" text,
   the explanation). Survey metadata (response id, timestamps, status, IP address, names, email)
   is recognised by pattern. Columns that map to nothing are reported, with a reason, and their
   values kept in the restricted ``unmapped`` table; they never stop the run.
4. **Extract slots**: one text column per slot; ticked one-column-per-option answers become a list
   cell so that cleaning sees every multi-choice answer the same way. Slots are extracted on
   demand, a range of rows at a time (``TableRead.chunks``), so ingest can clean a large export
   batch by batch while holding only the grid.

Everything is column-wise, so a million rows cost little more than reading them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from rapidfuzz import fuzz

from svanalysis.core.spec import Question, Spec, load_spec
from svanalysis.core.text import norm, question_number
from svanalysis.ingest.readers.base import ReadError
from svanalysis.ingest.readers.grids import HEAD_BYTES, GridSource, open_grid, read_grid

__all__ = [
    "HEAD_ROWS",
    "ColumnMap",
    "TableRead",
    "detect_layout",
    "load_grid",
    "map_columns",
    "plan_of",
    "plan_state",
    "read_table",
    "table_from_plan",
]

MAX_HEADER_ROWS = 3
TICKED_FALSE = {"", "0", "false", "no", "n", "-", "not selected", "unticked", "unselected", "none", "nan", "0.0"}


@dataclass
class ColumnMap:
    """How one input column was understood."""

    index: int
    header: str
    slot: str | None
    how: str  # "metadata", "question", "option", "content", or the reason it is unmapped
    option: str | None = None  # for a one-column-per-option multi-choice column: the label


@dataclass
class TableRead:
    """What the tabular reader recovered from one file.

    The header is mapped on the first rows (``head``: the header rows and up to ``HEAD_ROWS``
    data rows), then the slots are extracted block by block as the file is streamed
    (``chunks(rows)``), so memory never holds the whole file. ``rows_read``, ``rejects`` and
    ``mended`` grow as the file is read: they are complete once ``chunks`` has been read to the
    end. ``slots`` and ``unmapped_values`` extract the whole file at once (small files).
    """

    path: Path
    layout: str
    header_rows: int
    columns: list[ColumnMap]
    encoding: str | None = None
    sheet: str | None = None
    rejects: list[tuple[int, str]] = field(default_factory=list)  # (source_row, reason)
    mended: list[tuple[int, str]] = field(default_factory=list)  # (source_row, what was mended)
    date_order: tuple[str, str] | None = None  # ("DMY" | "MDY" | "YMD", why), for the timestamps
    rows_read: int = 0
    grid: pd.DataFrame | None = field(default=None, repr=False)  # the head: header rows and first data rows
    spec: Spec | None = field(default=None, repr=False)
    layout_detail: Layout | None = field(default=None, repr=False)
    source: GridSource | None = field(default=None, repr=False)
    complete: bool = False  # whether the head is the whole file
    head_rejects: list[tuple[int, str]] = field(default_factory=list, repr=False)  # rejects and notes
    head_mended: list[tuple[int, str]] = field(default_factory=list, repr=False)  # of the head's rows
    resume: Any = field(default=None, repr=False)  # the head's blocks and the reading after them, once
    # (data row, byte it begins at): ``chunks`` reads on from there, the rows above it handed over
    # already (``svanalysis.ingest.appended``: an export grown by appending)
    resume_at: tuple[int, int] | None = field(default=None, repr=False)
    partial_start: int | None = field(default=None, repr=False)  # first data row of a last chunk short of ``rows``
    settled: bool = False  # whether all of the above depends on the head and the file's first MB only

    @property
    def unmapped(self) -> list[ColumnMap]:
        return [c for c in self.columns if c.slot is None]

    def _data_blocks(self) -> Iterator[pd.DataFrame]:
        """The data rows (below the header), block by block, from the first; ``rows_read``,
        ``rejects`` and ``mended`` are brought up to date before each block is handed over."""
        assert self.layout_detail is not None and self.source is not None
        h = self.layout_detail.header_rows
        self.rows_read = 0
        taken = 0  # grid rows of the source passed so far
        if self.resume_at is not None:  # the rows above were handed over (replayed) already
            start, offset = self.resume_at
            self.rejects.clear()
            self.mended.clear()
            self.resume = None
            self.rows_read = start
            taken = h + start
            blocks = self.source.blocks_from(taken, offset)
        elif self.complete:
            self.rejects[:] = self.head_rejects
            self.mended[:] = self.head_mended
            blocks: Iterator[pd.DataFrame] = iter([] if self.grid is None else [self.grid])
        else:
            self.rejects.clear()
            self.mended.clear()
            # the first time, reading goes on from where the head stopped; after that, from the start
            blocks = _resumed(*self.resume) if self.resume is not None else self.source.blocks()
            self.resume = None
        seen = [0, 0]  # the source's rejects and notes taken over so far
        for block in blocks:
            start = taken
            taken += len(block)
            if taken <= h:
                continue
            data = block.iloc[max(h - start, 0) :]
            del block
            self.rows_read += len(data)
            if not self.complete:
                for k, (found, target) in enumerate(
                    ((self.source.parse_rejects, self.rejects), (self.source.mended, self.mended))
                ):
                    target.extend((r - h + 1, why) for r, why in found[seen[k] :] if r >= h)
                    seen[k] = len(found)
            held = [data]
            del data
            yield held.pop()  # held by the caller only

    def chunks(self, rows: int) -> Iterator[tuple[pd.DataFrame, pd.DataFrame | None]]:
        """Slots and unmapped values for ``rows`` data rows at a time (at least one chunk, even
        for no rows), read from the file as they are handed over."""
        rows = max(int(rows), 1)
        pending: list[pd.DataFrame] = []
        held = 0
        first = self.resume_at[0] if self.resume_at is not None else 0  # 0-based data row of the first row held
        any_chunk = first > 0  # (rows handed over before: no empty chunk for an unchanged file)
        self.partial_start = None
        for data in self._data_blocks():
            pending.append(data)
            held += len(data)
            del data
            while held >= rows:
                block = pd.concat(pending, ignore_index=True) if len(pending) > 1 else pending[0]
                chunk, rest = block.iloc[:rows], block.iloc[rows:]
                pending, held = ([rest] if len(rest) else []), len(rest)
                out = [self._extract(chunk, first)]
                # nothing of the chunk is held here while the caller works on it (a generator's
                # locals live on while it waits)
                del block, chunk, rest
                yield out.pop()
                first += rows
                any_chunk = True
        if pending or not any_chunk:
            block = pd.concat(pending, ignore_index=True) if pending else self._empty()
            self.partial_start = first
            yield self._extract(block, first)

    def _empty(self) -> pd.DataFrame:
        width = len(self.grid.columns) if self.grid is not None else 0
        return pd.DataFrame({f"c{i}": pd.Series(dtype="string[pyarrow]") for i in range(width)})

    def _extract(self, data: pd.DataFrame, first: int) -> tuple[pd.DataFrame, pd.DataFrame | None]:
        """Slots (one text column per slot, plus ``_row``, the 1-based data row) and the values of
        unmapped columns of the data rows ``data``, the first of which is data row ``first``."""
        assert self.layout_detail is not None
        data = data.reset_index(drop=True)
        slots = extract_slots(data, self.columns, self.spec or load_spec(), first)
        if self.date_order is not None:
            slots["_date_order"] = self.date_order[0]
        return slots, _unmapped_values(data, self.columns, first)

    def _whole(self) -> tuple[pd.DataFrame, pd.DataFrame | None]:
        parts = list(self.chunks(1 << 62))
        return parts[0]

    @property
    def slots(self) -> pd.DataFrame:
        return self._whole()[0]

    @property
    def unmapped_values(self) -> pd.DataFrame | None:
        return self._whole()[1]

    def account(self) -> dict[str, Any]:
        """How the file was read, for the ledger (complete once the chunks have been read)."""
        return describe(self)


def _resumed(blocks: list[pd.DataFrame], reading: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """The head's blocks, each let go once handed over, then the reading of the rest (a chain of
    the two would hold the head's blocks until the whole file was read)."""
    while blocks:
        yield blocks.pop(0)
    yield from reading


# ============================================================================ 1. load
HEAD_ROWS = 20_000  # data rows the column mapping looks at (the whole file when it is shorter)
DATE_ROWS = 200_000  # data rows whose timestamps decide their order when the first ones cannot


def load_grid(path: str | Path, spec: Spec | None = None) -> tuple[pd.DataFrame, dict[str, Any]]:
    """Read a CSV or Excel file into a grid of text (no header interpretation), all at once.

    For small files and tests; ingest streams a file instead (:func:`read_table`). Returns the
    grid and facts about the read (encoding, sheet, rows rejected while parsing).

    Raises
    ------
    ReadError
        With a one-line reason a person understands.
    """
    spec = spec or load_spec()
    source = open_grid(path, lambda rows: _header_score(rows, spec))
    grid = read_grid(source)
    info: dict[str, Any] = {
        "encoding": source.encoding,
        "sheet": source.sheet,
        "parse_rejects": list(source.parse_rejects),
        "mended": list(source.mended),
    }
    return grid, info


def _head(source: GridSource) -> tuple[pd.DataFrame, bool, Any]:
    """The first ``HEAD_ROWS`` data rows of the grid (and the rows above them), whether that is
    the whole file, and (when it is not) the blocks read and the reading of the rest."""
    blocks: list[pd.DataFrame] = []
    n = 0
    limit = HEAD_ROWS + MAX_HEADER_ROWS + 1
    reading = source.blocks()
    complete = True
    for block in reading:
        blocks.append(block)
        n += len(block)
        if n > limit:
            complete = False
            break
    if not blocks:
        raise ReadError("the file is empty")
    grid = pd.concat(blocks, ignore_index=True) if len(blocks) > 1 else blocks[0]
    if complete:
        return grid, True, None
    return grid.iloc[:limit].reset_index(drop=True), False, (blocks, reading)


# ============================================================================ 2. layout
_ID_LIKE = re.compile(r"^[A-Za-z][A-Za-z_]*\d*([._][A-Za-z0-9]+)*$|^q?\d+([._]\d+)*([._][a-z]+)?$", re.IGNORECASE)
_SUBLABELS = {"response", "open-ended response", "open ended response", "other (please specify)", "comments", "answer"}


def _is_id_like(cell: str) -> bool:
    c = cell.strip()
    return bool(c) and len(c) <= 24 and " " not in c and bool(_ID_LIKE.match(c))


@dataclass
class Layout:
    name: str
    header_rows: int  # rows that are headers (incl. blank separator rows)
    tiers: dict[str, int]  # which header row holds what: "text", "sub", "tag"


def _row(grid: pd.DataFrame, i: int) -> list[str]:
    if i >= len(grid):
        return []
    return [str(v) if v is not None and v == v else "" for v in grid.iloc[i].tolist()]


def _filled(row: list[str]) -> list[str]:
    return [c for c in row if c.strip()]


def _known_sublabel(cell: str, spec: Spec) -> bool:
    n = norm(cell)
    if n in _SUBLABELS or n.startswith("other"):
        return True
    return n in _sublabel_set(spec)


_SUBLABEL_CACHE: dict[int, set[str]] = {}


def _sublabel_set(spec: Spec) -> set[str]:
    key = id(spec)
    if key not in _SUBLABEL_CACHE:
        out = set()
        for q in spec.questions:
            for o in q.options + q.closed_options:
                out.add(norm(o.label))
                out.add(norm(o.paper_text))
            for c in q.components:
                out.add(norm(c.label))
                out.add(norm(c.paper_text))
            if q.text_prompt:
                out.add(norm(q.text_prompt))
        for f in spec.personal_fields:  # the sub-labels of a contact block ("Name", "ZIP/Postal Code")
            out.update(norm(a) for a in (f.text, *f.aliases))
        _SUBLABEL_CACHE[key] = out
    return _SUBLABEL_CACHE[key]


def detect_layout(grid: pd.DataFrame, spec: Spec | None = None, set_aside: frozenset[int] = frozenset()) -> Layout:
    """Work out how many header rows the grid has and what each holds (rows ``set_aside`` while
    parsing are data rows)."""
    spec = spec or load_spec()
    if 1 in set_aside:
        return Layout("single", 1, {"text": 0})
    r0, r1, r2 = _row(grid, 0), _row(grid, 1), _row(grid, 2)
    f0, f1, f2 = _filled(r0), _filled(r1), _filled(r2)
    if f2 and sum(c.lstrip().startswith('{"ImportId"') for c in f2) >= 0.5 * len(f2):
        return Layout("qualtrics", 3, {"tag": 0, "text": 1})
    if f0 and not f1 and len(grid) > 1:
        return Layout("blank_row", 2, {"text": 0})
    if f0 and f1:
        id_share = sum(_is_id_like(c) for c in f0) / len(f0)
        long_share = sum(len(c.split()) >= 3 for c in f1) / len(f1)
        if id_share >= 0.7 and long_share >= 0.4 and _header_score([r1], spec) > 0.2:
            return Layout("two_tier", 2, {"tag": 0, "text": 1})
        blanks0 = sum(1 for c in r0 if not c.strip()) / max(len(r0), 1)
        sub_share = sum(_known_sublabel(c, spec) for c in f1) / len(f1)
        if sub_share >= 0.5 and blanks0 >= 0.2:
            return Layout("surveymonkey", 2, {"text": 0, "sub": 1})
    return Layout("single", 1, {"text": 0})


PREAMBLE_ROWS = 8  # the most rows above a header that are read as a title, a note or blank


def _preamble(grid: pd.DataFrame, spec: Spec, set_aside: frozenset[int] = frozenset()) -> int:
    """How many rows above the header are not part of it: blank rows, and a title or a note (two cells filled at
    most), above the first row with more cells filled, if that row looks like a questionnaire header; else 0.

    >>> g = pd.DataFrame([["Serious violence consultation: export", "", "", ""], ["", "", "", ""],
    ...                   ["Response ID", "Q1. What sector does your agency/organisation represent?",
    ...                    "Q9. Do you consider that Option One would best achieve the consultation vision?", "Q13"],
    ...                   ["1", "Police", "Yes", "No"]])
    >>> _preamble(g, load_spec()), _preamble(g.iloc[2:].reset_index(drop=True), load_spec())
    (2, 0)
    """
    for i in range(min(PREAMBLE_ROWS + 1, len(grid) - 1)):
        if i in set_aside:
            return 0
        row = _row(grid, i)
        if len(_filled(row)) > 2:
            return i if i and _header_score([row], spec) >= 0.3 else 0
    return 0


def _header_score(rows: list[list[str]], spec: Spec) -> float:
    """Share of the non-empty cells of ``rows`` that look like questionnaire headers."""
    cells = [c for r in rows for c in r if c and c.strip()]
    if not cells:
        return 0.0
    idx = _index(spec)
    hits = 0
    for c in cells[:400]:
        num, rest = question_number(c, idx.numbers)
        if num and (len(rest) > 8 or not rest):
            hits += 1
            continue
        if _meta_match(c, spec) is not None:
            hits += 1
            continue
        if len(c) > 12 and _best_question(norm(c), idx)[1] >= 75:
            hits += 1
    return hits / min(len(cells), 400)


# ============================================================================ 3. mapping
@dataclass
class _Index:
    numbers: set[str]
    choices: list[str]
    owners: list[str]  # question id per choice
    questions: dict[str, Question]
    choice_tokens: list[set[str]] = field(default_factory=list)
    exact: dict[str, str] = field(default_factory=dict)  # normalised text or alias -> owner (unique ones)


_INDEX_CACHE: dict[int, _Index] = {}


def _index(spec: Spec) -> _Index:
    key = id(spec)
    if key not in _INDEX_CACHE:
        numbers = {q.number for q in spec.questions if q.number}
        choices, owners = [], []
        for q in spec.questions:
            if q.type == "group":
                continue
            variants = [q.text, *q.aliases]
            if q.short:
                variants.append(q.short)
            for v in variants:
                choices.append(norm(v))
                owners.append(q.id)
        for f in spec.about_you:
            for v in [f.text, *f.aliases]:
                choices.append(norm(v))
                owners.append(f.id)
        exact: dict[str, str] = {}
        clashes: set[str] = set()
        for c, o in zip(choices, owners, strict=True):
            if c in exact and exact[c] != o:
                clashes.add(c)
            exact[c] = o
        for c in clashes:
            del exact[c]
        _INDEX_CACHE[key] = _Index(
            numbers,
            choices,
            owners,
            {q.id: q for q in spec.questions + spec.about_you},
            [_tokens(c) for c in choices],
            exact,
        )
    return _INDEX_CACHE[key]


_STOP = {
    "the",
    "and",
    "of",
    "to",
    "a",
    "an",
    "in",
    "your",
    "you",
    "do",
    "does",
    "is",
    "are",
    "be",
    "or",
    "for",
    "on",
    "that",
    "this",
    "with",
    "what",
    "how",
    "if",
    "any",
    "please",
    "would",
    "by",
    "as",
    "at",
    "it",
    "its",
    "there",
    "we",
    "our",
}


def _tokens(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text) if w not in _STOP and len(w) > 1}


def _best_question(text: str, idx: _Index, restrict: set[str] | None = None) -> tuple[str | None, float]:
    """The question (or About-you field) a header text is most like, and how alike (0-100).

    An exact match of the text or an alias wins outright. Otherwise a header is scored against each
    variant by token similarity, discounted when the header's words cover only a sliver of a long
    question ("Address" is one word of Q7's text, not Q7).
    """
    if not text:
        return None, 0.0
    exact = idx.exact.get(text)
    if exact and (restrict is None or exact in restrict):
        return exact, 100.0
    ht = _tokens(text)
    best_q, best = None, 0.0
    for choice, owner, ct in zip(idx.choices, idx.owners, idx.choice_tokens, strict=True):
        if restrict is not None and owner not in restrict:
            continue
        if not ht or not (ht & ct):
            continue
        common = len(ht & ct)
        cover_choice = common / max(len(ct), 1)
        cover_header = common / max(len(ht), 1)
        tsr = fuzz.token_set_ratio(text, choice)
        srt = fuzz.token_sort_ratio(text, choice)
        s = max(srt, tsr * (0.45 + 0.55 * min(1.0, 2.2 * cover_choice)) * (0.6 + 0.4 * cover_header))
        if s > best:
            best_q, best = owner, s
    return best_q, best


_META_CACHE: dict[int, list[tuple[str, re.Pattern[str]]]] = {}


def _meta_match(header: str, spec: Spec) -> str | None:
    key = id(spec)
    if key not in _META_CACHE:
        _META_CACHE[key] = [
            (m["id"], re.compile(p, re.IGNORECASE)) for m in spec.export_metadata for p in m["patterns"]
        ]
    h = norm(header).replace("_", " ")
    h = re.sub(r"\s*\(.*?\)$", "", h)  # "Duration (in seconds)"
    for mid, pat in _META_CACHE[key]:
        if pat.match(h) or pat.match(h.replace(" ", "")):
            return mid
    return None


_OPTION_WORDS = {
    1: ("option one", "option 1", "first option"),
    2: ("option two", "option 2", "second option"),
    3: ("option three", "option 3", "third option"),
}


def _option_mentioned(text: str) -> int | None:
    t = norm(text)
    hits = [n for n, words in _OPTION_WORDS.items() if any(w in t for w in words)]
    return hits[0] if len(hits) == 1 else None


def _sub_part(
    q: Question, sub: str, tag_rest: str, values: pd.Series | None, spec: Spec
) -> tuple[str | None, str | None, str]:
    """Which slot of question ``q`` a column holds, from its sub-label / header remainder.

    Returns (slot, option label for a tick column, how).
    """
    s = norm(sub)
    t = norm(tag_rest)
    is_text = bool(re.search(r"\btext\b", t)) or s.endswith(" - text") or s.endswith(" text")
    mentions_other = bool(re.search(r"\bother\b", s)) or bool(re.search(r"\bother\b|_other", t))
    explain = bool(
        re.search(
            r"explain|why|comment|reason|specify the nature|nature of|details?\b|if so|which organisations|what organisations|open[- ]?ended|free[- ]?text",
            s,
        )
    )
    s_clean = re.sub(r"\s*-?\s*(selected choice|text)$", "", s).strip()

    if q.type in ("single_choice", "yes_no_explain"):
        if mentions_other and q.other_option and s_clean not in ("other",):
            return f"{q.id}.other", None, "question"
        if q.type == "yes_no_explain" and (explain or (is_text and not mentions_other) or "specify" in s):
            return f"{q.id}.text", None, "question"
        if s_clean and s_clean not in _SUBLABELS:
            # a sub-label of its own: the values tell a closed answer from free text
            share = _closed_share(values, q)
            if share is not None and share < 0.5:
                if q.type == "yes_no_explain":
                    return f"{q.id}.text", None, "content"
                if q.other_option is not None:
                    return f"{q.id}.other", None, "content"
        return q.id, None, "question"

    if q.type == "multi_choice":
        if mentions_other and (is_text or "specify" in s or "please" in s):
            return (f"{q.id}.other", None, "question") if q.other_option else (None, None, "no Other option")
        if "description" in s or "describe" in s:
            label = _match_option(s.replace("description", ""), q)
            if label is not None:
                i = [o.label for o in q.options].index(label)
                if q.options[i].detail:
                    return f"{q.id}.detail.{i}", None, "question"
        if s_clean and s_clean not in _SUBLABELS:
            label = _match_option(s_clean, q)
            if label is None and _tick_like(values, q):
                label = _match_option(s_clean, q, threshold=72)
            if (
                label is not None
                and q.other_option is not None
                and label == q.other_option.label
                and not _tick_like(values, q)
            ):
                return f"{q.id}.other", None, "content"  # the Other text, not a tick
            if label is not None:
                return q.id, label, "option"
            if mentions_other and q.other_option:
                return f"{q.id}.other", None, "question"
        # Qualtrics-style tag "Q18_3": the option index
        m = re.match(r"^(\d{1,2})$", t)
        if m and 1 <= int(m.group(1)) <= len(q.options):
            return q.id, q.options[int(m.group(1)) - 1].label, "option"
        return q.id, None, "question"

    if q.type == "time_resource":
        comp = _match_component(s or t, q)
        if comp:
            return f"{q.id}.{comp}", None, "question"
        comp = _match_component(t, q)
        if comp:
            return f"{q.id}.{comp}", None, "question"
        return q.id, None, "question"  # one cell for the whole block

    if q.type == "role_grid":
        label = _match_option(s_clean, q) if s_clean else None
        if label is None and t:
            m = re.match(r"^(\d{1,2})(?:_text)?$", t)
            if m and 1 <= int(m.group(1)) <= len(q.options):
                label = q.options[int(m.group(1)) - 1].label
                if t.endswith("_text"):
                    return f"{q.id}.other", None, "question"
        if label is not None:
            i = [o.label for o in q.options].index(label)
            if q.options[i].other and values is not None and not _mostly_numeric(values):
                return f"{q.id}.other", None, "question"
            return f"{q.id}.role.{i}", None, "question"
        if mentions_other:
            return f"{q.id}.other", None, "question"
        return None, None, "role not recognised"

    return q.id, None, "question"  # open text and personal fields


def _mostly_numeric(values: pd.Series) -> bool:
    v = values[values.str.len() > 0].head(200)
    if v.empty:
        return True
    return bool(v.str.contains(r"\d", regex=True).mean() >= 0.6)


def _match_option(text: str, q: Question, threshold: float = 85) -> str | None:
    """The option of ``q`` a sub-label names (exact, fuzzy, or all of an option's words present)."""
    if not text:
        return None
    text = norm(text)
    words = _tokens(text)
    best, best_key = None, (0.0, 0)
    for o in q.options:
        for v in (o.label, o.paper_text, *o.synonyms):
            nv = norm(v)
            if not nv:
                continue
            if text == nv:
                return o.label
            score = max(fuzz.ratio(text, nv), fuzz.token_sort_ratio(text, nv))
            vt = _tokens(nv)
            if vt and vt <= words:
                # every word of the option is in the sub-label ("pcso fte" names "pcso")
                score = max(score, 96 - 2 * len(words - vt))
            elif len(text) >= 12 and words and words <= vt and len(words) >= 0.5 * len(vt):
                score = max(score, 92 - 2 * len(vt - words))  # an abbreviated label
            key = (score, len(nv))
            if key > best_key:
                best, best_key = o.label, key
    return best if best_key[0] >= threshold else None


def _closed_share(values: pd.Series | None, q: Question) -> float | None:
    """Share of a column's distinct non-empty values that are answers from the question's options."""
    if values is None:
        return None
    v = values[values.fillna("").str.len() > 0]
    if v.empty:
        return None
    from svanalysis.ingest.labels import matcher

    m = matcher(q.id)
    uniq = pd.unique(v.head(2000))
    hits = sum(1 for u in uniq if m.match(u).label is not None and len(str(u)) <= 60)
    return hits / len(uniq)


_TICKS = {"1", "yes", "y", "x", "✓", "✔", "true", "ticked", "selected", "checked", "on", "1.0"}


def _tick_like(values: pd.Series | None, q: Question | None = None) -> bool:
    """Whether a column's values are ticks (1, Yes, X, TRUE, or an option's own label)."""
    if values is None:
        return False
    v = values[values.fillna("").str.len() > 0].head(500)
    if v.empty:
        return True
    labels = {norm(o.label) for o in q.options} if q is not None else set()
    ok = [
        norm(x) in _TICKS or norm(x) in labels or (norm(x) == "0") or norm(x) in ("no", "false") for x in pd.unique(v)
    ]
    return sum(ok) >= 0.9 * len(ok)


_COMPONENT_WORDS = [
    ("week", "week"),
    ("weekly", "week"),
    ("month", "month"),
    ("monthly", "month"),
    ("year", "year"),
    ("annual", "year"),
]


def _match_component(text: str, q: Question) -> str | None:
    t = norm(text)
    if not t:
        return None
    if re.search(r"\bftes?\b|full[ -]?time", t):
        return "fte"
    if "volunteer" in t or "hour" in t:
        for word, key in _COMPONENT_WORDS:
            if word in t:
                return key
    for c in q.components:
        if fuzz.token_set_ratio(t, norm(c.label)) >= 90:
            return c.key
    return None


_SPLITS = re.compile(r"\s+[-–—|]\s+|:\s+|\s*\[|\s+\(|_(?=[A-Za-z])")


def _strip_question_text(text: str, q: Question) -> str:
    """The part of a header left after the question's own text (a sub-label or component).

    Tries every separator (" - ", ": ", " [", " (", "_") and takes the first split whose head is
    the question's own wording; "Q6.1 - Current activities - Early intervention - description"
    gives "Early intervention - description".
    """
    t = text.strip()
    n, nq = norm(t), norm(q.text)
    if n.startswith(nq) and len(n) > len(nq):
        return t[len(t) - (len(n) - len(nq)) :].strip(" -–—:[]()")
    for m in _SPLITS.finditer(t):
        head, tail = t[: m.start()].strip(), t[m.end() :].strip(" -–—:[]()")
        if head and tail and _is_own_wording(head, q):
            return tail
    return ""


def _header_parts(grid: pd.DataFrame, layout: Layout) -> list[dict[str, str]]:
    rows = {k: _row(grid, v) for k, v in layout.tiers.items()}
    width = len(grid.columns)
    parts = []
    last_text = ""
    for j in range(width):
        text = rows.get("text", [""] * width)[j] if "text" in rows else ""
        sub = rows["sub"][j] if "sub" in rows else ""
        tag = rows["tag"][j] if "tag" in rows else ""
        if layout.name == "surveymonkey":
            if text:
                last_text = text
            elif sub:
                text = last_text
        parts.append({"text": text, "sub": sub, "tag": tag})
    return parts


def map_columns(grid: pd.DataFrame, layout: Layout, spec: Spec | None = None, threshold: float = 62) -> list[ColumnMap]:
    """Map each column of ``grid`` to a slot of the questionnaire (or say why not)."""
    spec = spec or load_spec()
    idx = _index(spec)
    parts = _header_parts(grid, layout)
    data = grid.iloc[layout.header_rows :]
    maps: list[ColumnMap] = []
    option_seen: dict[tuple[str, ...], list[str]] = {}  # identical-text question groups -> order seen
    shifts: list[int] = []  # the export's numbers less the paper's, where a header's words say (``_identify``)
    last_q: str | None = None  # the question of the column before, for explanation boxes
    for j, p in enumerate(parts):
        header = " | ".join(x for x in (p["tag"], p["text"], p["sub"]) if x)
        values = data.iloc[:, j] if j < data.shape[1] else None
        if not header.strip():
            maps.append(ColumnMap(j, header, None, "no header"))
            continue
        # --- metadata and About you
        meta = None
        for cand in (p["text"], p["tag"]):
            if cand and not question_number(cand, idx.numbers)[0]:
                meta = meta or _meta_match(cand, spec)
        if meta == "ignored":
            maps.append(ColumnMap(j, header, None, "platform metadata, not used"))
            continue
        if meta is not None:
            slot = meta if meta in ("email",) else f"_{meta}"
            maps.append(ColumnMap(j, header, slot, "metadata"))
            continue
        contact = _contact_field(p, idx, spec)
        if contact is not None:
            maps.append(ColumnMap(j, header, contact, "contact"))
            continue
        if last_q is not None and (_is_explain_prompt(p, idx) or _is_own_prompt(p, idx.questions[last_q], idx)):
            slot = _explanation_slot(idx.questions[last_q], p)
            maps.append(
                ColumnMap(
                    j,
                    header,
                    slot,
                    "explanation of the question before"
                    if slot
                    else "an explanation box, but the question before it takes none",
                )
            )
            continue
        qid, sub, tag_rest, how = _identify(p, idx, spec, threshold, option_seen, shifts)
        if qid is None:
            maps.append(ColumnMap(j, header, None, how))
            continue
        q = idx.questions[qid]
        if q.type == "personal" or q.part == "about":
            maps.append(ColumnMap(j, header, q.id, "question"))
            continue
        slot, option, how2 = _sub_part(q, sub, tag_rest, values, spec)
        maps.append(ColumnMap(j, header, slot, how2, option))
        last_q = q.id
    _resolve_repeats(maps)
    _content_fallback(maps, grid, layout, spec)
    _personal_fallback(maps, grid, layout)
    return maps


_PERSONAL_HEADER = re.compile(
    r"\b(name|surname|forename|address|e-?mail|phone|telephone|mobile|post ?code|zip|date of birth|dob|"
    r"national insurance|signature|contact details?|home town)\b",
    re.IGNORECASE,
)


def _personal_fallback(maps: list[ColumnMap], grid: pd.DataFrame, layout: Layout) -> None:
    """Unmapped columns that look personal (by header, or values that are mostly emails, phone
    numbers or postcodes) go to the PII table (``_pii_extra``), never to the unmapped answers."""
    from svanalysis.ingest.personal import EMAIL, PHONE, POSTCODE

    data = grid.iloc[layout.header_rows :]
    for m in maps:
        if m.slot is not None or m.how.startswith("platform metadata") or m.index >= data.shape[1]:
            continue
        personal = bool(_PERSONAL_HEADER.search(m.header))
        if not personal:
            vals = data.iloc[:, m.index]
            vals = vals[vals.fillna("").str.len() > 0].head(500)
            if len(vals):
                hits = vals.str.fullmatch(rf"\s*(?:{EMAIL.pattern}|{PHONE.pattern}|{POSTCODE.pattern})\s*")
                personal = bool(hits.mean() >= 0.5)
        if personal:
            m.slot, m.how = "_pii_extra", "looks personal: kept in the PII table"


def _identify(
    p: dict[str, str],
    idx: _Index,
    spec: Spec,
    threshold: float,
    option_seen: dict[tuple[str, ...], list[str]],
    shifts: list[int] | None = None,
) -> tuple[str | None, str, str, str]:
    """Question id of a column, its sub-label and tag remainder, or None with a reason.

    ``shifts`` gathers, column by column, by how much the export's numbers differ from the paper's where a header's
    text plainly named another question than its number: the questions asked alike of each option (Q15, Q20, Q25)
    are told apart by their number less that difference, when every column so far differed by the same amount."""
    text, sub, tag = p["text"], p["sub"], p["tag"]
    num, rest, tag_rest = None, text, ""
    if tag:
        num, tag_rest = question_number(tag, idx.numbers)
    if text:
        n2, rest = question_number(text, idx.numbers)
        num = num or n2
    # Qualtrics suffixes and sub-labels carried in the text
    rest_main = re.sub(r"\s+-\s+(selected choice|text)\s*$", "", rest, flags=re.IGNORECASE)
    if num:
        q = spec.by_number(num)
        if q.type == "group":
            return None, "", "", f"question {num} is a heading, not an answer"
        body = rest_main
        elsewhere = _numbered_elsewhere(body, q, idx)
        for m in _SPLITS.finditer(body) if elsewhere is None else ():  # the question's text before a sub-label
            elsewhere = _numbered_elsewhere(body[: m.start()].strip(), q, idx)
            if elsewhere is not None:
                break
        if elsewhere is not None:  # "Q10. Do you consider that Option One ...": numbered by the export, not the paper
            twins = _twins(idx, elsewhere.id)
            if len(twins) > 1:
                # asked alike of each option: by the number, less the export's difference where that is one amount
                shift = shifts[0] if shifts and len(set(shifts)) == 1 else None
                by_shift = _shifted(num, shift, idx)
                elsewhere = idx.questions[by_shift] if by_shift in twins else elsewhere
            elif shifts is not None and num.isdigit() and (elsewhere.number or "").isdigit():
                shifts.append(int(num) - int(elsewhere.number))
            q = elsewhere
        if (
            body
            and not sub
            and len(body) <= 90
            and (_EXPLAIN.match(norm(body)) or norm(body) == norm(q.text_prompt or ""))
        ):
            sub = body  # an explanation box with its own id ("Q8b | If not, please explain why")
        if body and not sub:
            sub = _strip_question_text(body, q)
            head_part = body[: len(body) - len(sub)].strip(" -–—:[]()") if sub and body.endswith(sub) else body
            if not sub and q.type not in ("open_text", "personal") and not _is_own_wording(body, q):
                sub, head_part = body, ""
        else:
            head_part = body
        if head_part and elsewhere is None:
            # a number with text that plainly belongs elsewhere, before a sub-label: trust the text
            q = _numbered_elsewhere(head_part, q, idx) or q
        return q.id, sub, tag_rest, "question"
    # no number: by text
    body = rest_main or tag
    head = body
    q_id, score = _best_question(norm(head), idx)
    if (q_id is None or score < threshold) and " - " in head:
        head, sub_try = head.rsplit(" - ", 1)
        q_id, score = _best_question(norm(head), idx)
        sub = sub or sub_try
    if q_id is None or score < threshold:
        return None, "", "", f"no question matches this header (best similarity {score:.0f})"
    named = _option_mentioned(body + " " + sub)
    if named is not None and idx.questions[q_id].about_option not in (None, named):
        # "Please explain why (Option One)": the question about the option the header names
        same_kind = [
            x for x in idx.questions.values() if x.about_option == named and x.type == idx.questions[q_id].type
        ]
        if same_kind:
            q_id = same_kind[0].id
    q = idx.questions[q_id]
    if not sub and q.type == "yes_no_explain":
        bare = re.sub(r"\(?\b(option\s+(one|two|three|1|2|3))\b\)?", " ", body, flags=re.I)
        if re.search(r"explain|why|comment|reason|details?\b|text\b", bare, re.I) and not _is_own_wording(bare, q):
            sub = body
    if not sub and q.part != "about":
        sub = _strip_question_text(body, q)
    # identical texts (Q15/Q20/Q25 and friends): option named in the header, else order of appearance
    twins = _twins(idx, q_id)
    if len(twins) > 1:
        named = _option_mentioned(body + " " + sub)
        if named is not None:
            q_id = next(t for t in twins if idx.questions[t].about_option == named)
        else:
            seen = option_seen.setdefault(tuple(twins), [])
            key = norm(sub) or "_"
            # a repeat of a sub-label already seen starts the next option's block
            count = seen.count(key)
            seen.append(key)
            q_id = twins[min(count, len(twins) - 1)]
    return q_id, sub, "", "question"


def _shifted(num: str, shift: int | None, idx: _Index) -> str | None:
    """The id of the question numbered ``num`` less ``shift`` (whole numbers only), or None."""
    if shift is None or not num.isdigit():
        return None
    want = str(int(num) - shift)
    return next((q.id for q in idx.questions.values() if q.number == want), None)


def _numbered_elsewhere(text: str, q: Question, idx: _Index) -> Question | None:
    """The question (or About-you field) whose wording a numbered header's text plainly is, where that is not the
    question of its number ``q``; else None. An export that puts its own questions first ("Q1. What is your name?",
    "Q10. Do you consider that Option One would best achieve ...") numbers the paper's questions differently: the
    text, not the number, says which answer the column holds.

    >>> from svanalysis.core.spec import load_spec
    >>> spec = load_spec(); idx = _index(spec)
    >>> _numbered_elsewhere("Do you consider that Option One would best achieve the consultation vision?",
    ...                     spec.by_number("10"), idx).id
    'q9'
    >>> _numbered_elsewhere("Do you consider that Option One would best achieve the consultation vision?",
    ...                     spec.by_number("11"), idx).id  # Q11 asks it of Option Two
    'q9'
    >>> _numbered_elsewhere("Do you consider that Option One would best achieve the consultation vision?",
    ...                     spec.by_number("9"), idx) is None
    True
    """
    if not text or len(text) <= 15:
        return None
    n = norm(text)
    other_q, score = _best_question(n, idx)
    if other_q is None or other_q == q.id or score < 90 or _same_text(idx, other_q, q.id):
        return None
    other = idx.questions[other_q]
    named = _option_mentioned(text)
    if named is not None and q.about_option not in (None, named) and other.about_option == named:
        return other  # the same question asked of the option the text names ("Q11. ... Option One ...")
    # the questions share their stems ("Do you consider that ... would best achieve the consultation vision?"), so the
    # number's own question is measured the same way, and must fall well short
    own = _best_question(n, idx, restrict={q.id})[1]
    return other if own <= score - 20 else None


def _is_own_wording(text: str, q: Question) -> bool:
    """Whether a header's text is (a wording of) the question itself rather than a part of it."""
    t = norm(text)
    if not t:
        return True
    for v in (q.text, q.short, *q.aliases):
        nv = norm(v or "")
        if not nv:
            continue
        if t == nv or fuzz.ratio(t, nv) >= 85:
            return True
        tt, vt = _tokens(t), _tokens(nv)
        if tt and vt and len(tt & vt) >= 0.6 * len(tt) and len(tt & vt) >= min(3, len(vt)):
            return True
    return False


_TWIN_CACHE: dict[tuple[int, str], list[str]] = {}


def _twins(idx: _Index, qid: str) -> list[str]:
    key = (id(idx), qid)
    if key not in _TWIN_CACHE:
        q = idx.questions[qid]
        _TWIN_CACHE[key] = [x.id for x in idx.questions.values() if x.text == q.text and x.part != "about"]
    return _TWIN_CACHE[key]


def _same_text(idx: _Index, a: str, b: str) -> bool:
    return idx.questions[a].text == idx.questions[b].text


def _resolve_repeats(maps: list[ColumnMap]) -> None:
    """Two columns on one slot are both kept: their values are joined when slots are extracted,
    and the ledger lists them (``describe``); a tick column per option is not a repeat."""
    seen: dict[tuple[str, str | None], int] = {}
    for m in maps:
        if m.slot is None:
            continue
        key = (m.slot, m.option)
        if key in seen and not m.slot.startswith("_"):
            m.how = f"{m.how}; joined with column {seen[key] + 1} ({maps[seen[key]].header[:60]})"
            continue
        seen.setdefault(key, m.index)


# Sub-labels and header tails that name an About-you field: SurveyMonkey's "Contact Information"
# question (Name, Company, Address, Address 2, City/Town, State/Province, ZIP/Postal Code, Country,
# Email Address, Phone Number), Qualtrics form fields ("About you - Organisation"), Citizen Space's
# About you page. The spec's About-you aliases hold the wordings.
_PERSONAL_META = {"email": "email", "first_name": "_first_name", "last_name": "_last_name"}


def _contact_field(p: dict[str, str], idx: _Index, spec: Spec) -> str | None:
    """The About-you slot a column of a contact block holds, if it is one."""
    text = p["text"]
    cands = []
    if p["sub"] and not question_number(text, idx.numbers)[0]:
        owner, score = _best_question(norm(text), idx) if text else (None, 0.0)
        if owner is None or score < 90 or idx.questions[owner].part == "about":
            cands.append(p["sub"])
    for sep in (" - ", ": "):
        if sep in text and not question_number(text, idx.numbers)[0]:
            cands.append(text.rsplit(sep, 1)[1])
    for c in cands:
        n = norm(re.sub(r"\s*-\s*text$", "", c, flags=re.I))
        meta = _meta_match(n, spec)
        if meta in _PERSONAL_META:
            return _PERSONAL_META[meta]
        owner = idx.exact.get(n)
        if owner is not None and idx.questions[owner].type == "personal":
            return owner
    return None


_EXPLAIN = re.compile(
    r"^(?:(?:if|where|when)\s+(?:not|no|yes|so|other|you\s+\w+(?:\s+\w+)?)\s*[,:;.]?\s*)?(?:please\s+|could you\s+)?"
    r"(?:explain|give\s+(?:your\s+)?reasons?|tell us\s+(?:why|more)|say why|specify|provide\s+(?:details|comments|reasons)|"
    r"comments?|reasons?|why\b|explanation|details\b)",
    re.IGNORECASE,
)


def _is_explain_prompt(p: dict[str, str], idx: _Index) -> bool:
    """Whether a column's own header is just an explanation prompt ("If not, please explain why"),
    with no question number and no option named: an explanation box exported as its own question."""
    own = p["text"] if p["text"] else p["sub"]
    if not own or len(own) > 90 or any(question_number(x, idx.numbers)[0] for x in (p["tag"], own) if x):
        return False
    if _option_mentioned(own) is not None:
        return False
    return bool(_EXPLAIN.match(norm(own)))


def _is_own_prompt(p: dict[str, str], q: Question, idx: _Index) -> bool:
    """Whether a column's own header, unnumbered, is the text prompt of question ``q`` ("If so,
    what organisations?" after Q12)."""
    own = p["text"] if p["text"] else p["sub"]
    if not own or not q.text_prompt or any(question_number(x, idx.numbers)[0] for x in (p["tag"], own) if x):
        return False
    return norm(own) == norm(q.text_prompt)


def _explanation_slot(q: Question, p: dict[str, str]) -> str | None:
    """The slot an explanation box belongs to, given the question of the column before it."""
    own = norm(p["text"] or p["sub"])
    if re.search(r"\bother\b", own) and q.other_option is not None:
        return f"{q.id}.other"
    if q.type == "yes_no_explain":
        return f"{q.id}.text"
    return None


def _content_fallback(maps: list[ColumnMap], grid: pd.DataFrame, layout: Layout, spec: Spec) -> None:
    """Unmapped columns whose values are plainly one closed list (regions, sectors) get that slot."""
    taken = {m.slot for m in maps if m.slot}
    data = grid.iloc[layout.header_rows :]
    for qid in ("q3", "q1", "respondent_type"):
        q = spec.question(qid)
        if qid in taken:
            continue
        vocab = {norm(v) for o in q.options for v in (o.label, *o.synonyms)}
        for m in maps:
            if m.slot is not None or m.index >= data.shape[1]:
                continue
            vals = data.iloc[:, m.index]
            vals = vals[vals.str.len() > 0]
            if len(vals) < 3:
                continue
            uniq = pd.Series(vals.unique()).map(norm)
            share = uniq.isin(vocab).mean()
            if share >= 0.8 and len(uniq) >= 2:
                m.slot, m.how = qid, "content"
                taken.add(qid)
                break


# ============================================================================ 4. extract
def _ticked(values: pd.Series, label: str) -> pd.Series:
    v = values.str.strip().str.lower()
    return ~v.isin(list(TICKED_FALSE)) & v.notna()


def extract_slots(data: pd.DataFrame, maps: list[ColumnMap], spec: Spec, first: int = 0) -> pd.DataFrame:
    """One text column per mapped slot of the data rows ``data`` (the header rows left out), the
    first of which is 0-based data row ``first``."""
    data = data.reset_index(drop=True)
    out: dict[str, pd.Series] = {}
    ticks: dict[str, list[tuple[str, pd.Series]]] = {}
    extra: list[tuple[str, pd.Series]] = []  # personal columns of no About-you field
    for m in maps:
        if m.slot is None or m.index >= data.shape[1]:
            continue
        col = data.iloc[:, m.index].fillna("")
        if m.option is not None:
            ticks.setdefault(m.slot, []).append((m.option, col))
            continue
        if m.slot == "_pii_extra":
            extra.append((m.header, col))
            continue
        if m.slot in ("_first_name", "_last_name", "_location") and m.slot in out:
            out[m.slot] = (out[m.slot] + " " + col).str.strip()
            continue
        if m.slot in ("_submitted_at", "_started_at", "_source_id") and m.slot in out:
            out[m.slot] = out[m.slot].where(out[m.slot] != "", col)  # EndDate, then RecordedDate
            continue
        if m.slot in out and not m.slot.startswith("_"):
            out[m.slot] = _join(out[m.slot], col, ", " if spec.slot(m.slot).kind == "personal" else "\n\n")
            continue
        out[m.slot] = col
    for slot, cols in ticks.items():
        acc = pd.Series([""] * len(data), dtype="string[pyarrow]")
        for label, col in cols:
            on = _ticked(col, label)
            acc = acc.where(~on, acc + label + "\n")
        acc = acc.str.rstrip("\n")
        if slot in out:
            base = out[slot]
            out[slot] = (base + "\n" + acc).str.strip("\n")
        else:
            out[slot] = acc
    if extra:
        out["_pii_extra"] = _as_json(extra, len(data))
    slots = pd.DataFrame(out, index=data.index)
    slots.insert(0, "_row", np.arange(first + 1, first + len(data) + 1))
    return slots


def _as_json(columns: list[tuple[str, pd.Series]], n: int) -> pd.Series:
    """One JSON object per row of the given (header, values) columns, blank ones left out."""
    import json

    vals = [{h: v for h, c in columns if (v := c.iat[i])} for i in range(n)]
    return pd.Series([json.dumps(d, ensure_ascii=False) if d else "" for d in vals], dtype="string[pyarrow]")


def _join(a: pd.Series, b: pd.Series, sep: str) -> pd.Series:
    """Two columns' values for one slot: both kept, joined; one when they are the same or one is blank."""
    a, b = a.fillna(""), b.fillna("")
    both = (a != "") & (b != "") & (a != b)
    return a.where(a != "", b).where(~both, a + sep + b)


def _unmapped_values(data: pd.DataFrame, maps: list[ColumnMap], first: int) -> pd.DataFrame | None:
    """The non-blank values of unmapped columns (other than the platform's own metadata) in the
    data rows ``data`` (``_row``, column, value): answers no question of the spec holds, kept for
    the unmapped-answers table."""
    unmapped = [
        m for m in maps if m.slot is None and m.index < data.shape[1] and not m.how.startswith("platform metadata")
    ]
    if not unmapped:
        return None
    rows = np.arange(first + 1, first + len(data) + 1)
    frames = []
    for m in unmapped:
        vals = data.iloc[:, m.index]
        keep = (vals.fillna("").str.len() > 0).to_numpy()
        if keep.any():
            frames.append(pd.DataFrame({"_row": rows[keep], "column": m.header, "value": vals[keep].to_numpy()}))
    return pd.concat(frames, ignore_index=True) if frames else None


def read_table(path: str | Path, spec: Spec | None = None, threshold: float = 62) -> TableRead:
    """Read an online-form export's header and first rows, and map its columns to slots.

    The rest of the file is read as ``TableRead.chunks`` hands it over.

    Raises
    ------
    ReadError
        If the file cannot be read or nothing in it matches the questionnaire.
    """
    path = Path(path)
    spec = spec or load_spec()

    def score(rows: list[list[str]]) -> float:
        return _header_score(rows, spec)

    source = open_grid(path, score)
    grid, complete, resume = _head(source)
    if grid.empty or len(grid.columns) == 0:
        raise ReadError("the file is empty")
    head_rejects = list(source.parse_rejects) if complete else [r for r in source.parse_rejects if r[0] < len(grid)]
    head_mended = list(source.mended) if complete else [r for r in source.mended if r[0] < len(grid)]
    set_aside = frozenset(r for r, _ in head_rejects)  # placeholders of rejected rows are not header
    pre = _preamble(grid, spec, set_aside)
    if pre:  # a title, a note or blank rows above the header: the layout is that of the rows below them
        below = frozenset(r - pre for r in set_aside if r >= pre)
        found = detect_layout(grid.iloc[pre:].reset_index(drop=True), spec, below)
        layout = Layout(found.name, found.header_rows + pre, {k: v + pre for k, v in found.tiers.items()})
    else:
        layout = detect_layout(grid, spec, set_aside)
    # blank rows straight after the header block belong to the layout
    extra = 0
    while (
        layout.header_rows + extra < len(grid)
        and layout.header_rows + extra not in set_aside
        and not any(_filled(_row(grid, layout.header_rows + extra)))
    ):
        extra += 1
    if extra and layout.name == "single":
        layout = Layout("blank_row", 1 + extra, layout.tiers)
    elif extra:
        layout = Layout(layout.name, layout.header_rows + extra, layout.tiers)
    maps = map_columns(grid, layout, spec, threshold)
    answer_slots = [
        m for m in maps if m.slot and not m.slot.startswith("_") and spec.slot(m.slot).kind not in ("personal",)
    ]
    if not answer_slots:
        raise ReadError("not a recognised export: no column matches the questionnaire")
    if layout.name == "single" and sum(" - " in m.header for m in maps if m.slot) >= 5:
        layout = Layout("component", layout.header_rows, layout.tiers)
    order, from_head = _date_order(lambda: open_grid(path, score), grid, complete, layout, maps)
    h = layout.header_rows
    head_rejects = [(r - h + 1, why) for r, why in head_rejects if r >= h]
    head_mended = [(r - h + 1, note) for r, note in head_mended if r >= h]
    return TableRead(
        path=path,
        layout=layout.name,
        header_rows=h,
        columns=maps,
        encoding=source.encoding,
        sheet=source.sheet,
        rejects=list(head_rejects),
        mended=list(head_mended),
        date_order=order,
        rows_read=max(len(grid) - h, 0) if complete else 0,
        # a long file's head is read again with the rest (kept whole only when it is the file; else
        # its columns alone, with no rows: an empty slice of Arrow columns would hold their buffers)
        grid=grid if complete else pd.DataFrame({c: pd.Series(dtype=grid[c].dtype) for c in grid.columns}),
        spec=spec,
        layout_detail=layout,
        source=source,
        complete=complete,
        head_rejects=head_rejects,
        head_mended=head_mended,
        resume=resume,
        # how the file is read depends on its first MB and head rows only (not on rows after them)
        settled=not complete and from_head and len(getattr(source, "raw_head", b"")) >= HEAD_BYTES,
    )


def plan_of(read: TableRead) -> dict[str, Any]:
    """How a file is read (layout, column mapping, encoding, order of dates), as JSON: what a
    chunk's rows become depends on it (``svanalysis.ingest.appended`` keeps it, or its digest)."""
    d = read.layout_detail
    return {
        "layout": read.layout,
        "detail": None if d is None else [d.name, d.header_rows, d.tiers],
        "columns": [[c.index, c.header, c.slot, c.how, c.option] for c in read.columns],
        "encoding": read.encoding,
        "sheet": read.sheet,
        "date_order": None if read.date_order is None else list(read.date_order),
        "width": None if read.grid is None else len(read.grid.columns),
    }


def plan_state(read: TableRead) -> dict[str, Any] | None:
    """``plan_of(read)`` when how the file is read depends on its head and first MB only
    (``settled``), else None: a later run may read the same file grown by appending with it,
    without reading the head again (``table_from_plan``)."""
    plan = plan_of(read)
    return plan if read.settled and plan["detail"] is not None and plan["width"] is not None else None


def table_from_plan(path: str | Path, spec: Spec, state: dict[str, Any]) -> TableRead:
    """The ``TableRead`` of a file read with the plan ``state`` (``plan_state``), nothing of it
    read yet: ``chunks`` reads it from ``resume_at``, which the caller sets."""
    path = Path(path)
    name, header_rows, tiers = state["detail"]
    layout = Layout(str(name), int(header_rows), {str(k): int(v) for k, v in tiers.items()})
    order = state["date_order"]
    return TableRead(
        path=path,
        layout=str(state["layout"]),
        header_rows=layout.header_rows,
        columns=[ColumnMap(int(i), str(h), slot, str(how), option) for i, h, slot, how, option in state["columns"]],
        encoding=state["encoding"],
        sheet=state["sheet"],
        date_order=None if order is None else (str(order[0]), str(order[1])),
        grid=pd.DataFrame({f"c{i}": pd.Series(dtype="string[pyarrow]") for i in range(int(state["width"]))}),
        spec=spec,
        layout_detail=layout,
        source=open_grid(path),
        settled=True,
    )


def _date_order(
    reopen: Any, grid: pd.DataFrame, complete: bool, layout: Layout, maps: list[ColumnMap]
) -> tuple[tuple[str, str] | None, bool]:
    """The order of day and month in the timestamps: from the first rows, or, when every one of
    those could be either and the file is longer, from the first ``DATE_ROWS`` rows; and whether
    the first rows (``grid``) alone decided it."""
    cols = [m.index for m in maps if m.slot in ("_submitted_at", "_started_at")]
    if not cols:
        return None, True
    h = layout.header_rows
    platform = _platform(maps, layout)
    order = date_order(pd.concat([grid.iloc[h:, j] for j in cols], ignore_index=True), platform)
    if complete or (order is not None and not order[1].startswith("every date could be either")):
        return order, True
    parts: dict[int, list[pd.Series]] = {j: [] for j in cols}
    taken = 0
    for block in reopen().blocks():  # the timestamps only, a block at a time
        start, taken = taken, taken + len(block)
        data = block.iloc[max(h - start, 0) :]
        for j in cols:
            parts[j].append(data.iloc[:, j])
        if taken - h >= DATE_ROWS:
            break
    values = [pd.concat(parts[j], ignore_index=True).iloc[:DATE_ROWS] for j in cols]
    return date_order(pd.concat(values, ignore_index=True), platform), False


def describe(read: TableRead) -> dict[str, Any]:
    """A JSON-able account of how a file was read (for the ledger)."""
    return {
        "layout": read.layout,
        "header_rows": read.header_rows,
        "encoding": read.encoding,
        "sheet": read.sheet,
        "sheets_not_read": list(read.source.other_sheets) if read.source is not None else [],
        "columns": len(read.columns),
        "mapped": sum(1 for c in read.columns if c.slot),
        "unmapped": [{"column": c.index + 1, "header": c.header[:120], "reason": c.how} for c in read.unmapped],
        "mended_rows": [{"row": r, "note": note} for r, note in read.mended],
        "joined": _joined(read.columns),
        "date_order": None if read.date_order is None else f"{_ORDER_NAMES[read.date_order[0]]}: {read.date_order[1]}",
    }


def _joined(columns: list[ColumnMap]) -> list[dict[str, Any]]:
    """Slots filled from more than one column (their values joined), for the ledger."""
    by: dict[tuple[str, str | None], list[ColumnMap]] = {}
    for c in columns:
        if c.slot and not c.slot.startswith("_"):
            by.setdefault((c.slot, c.option), []).append(c)
    return [
        {"slot": slot, "columns": [c.index + 1 for c in cs], "headers": [c.header[:80] for c in cs]}
        for (slot, _), cs in by.items()
        if len(cs) > 1
    ]


# ============================================================================ dates
_ORDER_NAMES = {"DMY": "day first (UK)", "MDY": "month first (US)", "YMD": "year first (ISO)"}
_NUMERIC_DATE = r"^\s*(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{2,4})"


def _platform(maps: list[ColumnMap], layout: Layout) -> str | None:
    """The survey platform an export comes from, by its own metadata columns."""
    heads = {norm(m.header.split(" | ")[0]) for m in maps}
    if layout.name == "surveymonkey" or {"respondent id", "collector id"} <= heads:
        return "SurveyMonkey"
    if layout.name == "qualtrics" or "responseid" in heads:
        return "Qualtrics"
    if {"userid", "started", "ended"} <= heads or {"userno", "started", "ended"} <= heads:
        return "SmartSurvey"
    return None


def date_order(values: pd.Series, platform: str | None = None) -> tuple[str, str] | None:
    """The order of day, month and year in a column of timestamps, and why.

    The values decide when they can: a year first is ISO; a first field above 12 can only be a
    day (UK), a second field above 12 only a day (US). When every date is ambiguous, the way the
    timestamps are written decides: SurveyMonkey writes ``MM/DD/YYYY hh:mm:ss AM`` (US, with
    AM/PM); a 24-hour clock is how Excel re-saves a file on a UK machine, and SmartSurvey and
    Citizen Space are UK platforms, so day first.

    >>> date_order(pd.Series(["04/05/2019 09:40:01 AM", "04/13/2019 10:00:00 PM"]))
    ('MDY', 'a second field above 12 (04/13/2019 10:00:00 PM)')
    >>> date_order(pd.Series(["04/05/2019 09:40:01 AM"]), "SurveyMonkey")
    ('MDY', "every date could be either; SurveyMonkey's own format (MM/DD/YYYY hh:mm:ss AM)")
    >>> date_order(pd.Series(["04/05/2019 09:40"]), "SurveyMonkey")[0]
    'DMY'
    """
    v = values[values.fillna("").str.len() > 0]
    if v.empty:
        return None
    uniq = pd.Series(pd.unique(v.head(200_000)), dtype="string")
    parts = uniq.str.extract(_NUMERIC_DATE)
    numeric = parts[0].notna()
    if not numeric.any():
        return ("YMD", "ISO timestamps") if uniq.str.match(r"^\s*\d{4}-\d{2}-\d{2}").any() else None
    p = parts[numeric].astype(int)
    shown = uniq[numeric]
    if (parts.loc[numeric, 0].str.len() == 4).all():
        return "YMD", "ISO timestamps"
    day_first = p[0] > 12
    month_first = p[1] > 12
    if day_first.any() and not month_first.any():
        return "DMY", f"a first field above 12 ({shown[day_first.to_numpy()].iloc[0]})"
    if month_first.any() and not day_first.any():
        return "MDY", f"a second field above 12 ({shown[month_first.to_numpy()].iloc[0]})"
    clash = " (the dates disagree among themselves)" if day_first.any() else ""
    ampm = shown.str.contains(r"\d\s*[AaPp]\.?[Mm]\.?\s*$", regex=True).mean() >= 0.5
    if platform == "SurveyMonkey" and ampm:
        return "MDY", f"every date could be either; SurveyMonkey's own format (MM/DD/YYYY hh:mm:ss AM){clash}"
    if ampm:
        return "MDY", f"every date could be either; a 12-hour clock with AM/PM is the US way of writing them{clash}"
    if platform:
        return "DMY", f"every date could be either; not {platform}'s own format, so a UK re-save (day first){clash}"
    return "DMY", f"every date could be either; a UK consultation, so day first{clash}"
