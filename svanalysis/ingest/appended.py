"""Exports grown by appending: the rows an earlier run read are not read again.

A survey platform exports the whole file again every night, the new responses at its end. A run
that keeps a cache records, for each export it read wholly on the fast CSV path, the file's size
and SHA-256 hash, a digest of how it was read (the layout, the column mapping, the encoding and
the order of dates: its *plan*), and for each complete chunk of ``ingest.chunk_rows`` rows what
the run made of it: the key of its cleaned rows, its respondent ids and the hashes that gave them,
the rows set aside. The next run hashes the first ``size`` bytes of the export (a tenth of a
second for 200 MB); when they are the same bytes, read with the same plan, those chunks are
*replayed*: their batches come from the store as they would after being read, parsed, checked and
hashed again, and only the rest of the file is read, from the first byte of the last incomplete
chunk. That byte is found when the record is made, by a scan of the quotes and line breaks, and
checked there by reading that chunk again from it and comparing what it gives with what the run
read: a record is kept only when they agree. When the header and first rows alone decided how the
file is read (``tabular.TableRead.settled``), the record keeps that plan too, and the next run
neither reads nor maps them again. Anything that does not match (another file of the same name,
bytes changed inside the file or a last row run on into new ones, another plan, a batch no longer
in the store, another respondent-id history) means the file is read from its start as before; a
file written to while it is read keeps no record. The outputs are the same bytes either way
(tests compare with a run from scratch).
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from svanalysis.core.cache import digest
from svanalysis.ingest.readers.tabular import plan_of

__all__ = [
    "Chunk",
    "Record",
    "begins_with",
    "compact",
    "find_record",
    "load_record",
    "plan_digest",
    "record_key",
    "row_offset",
    "save_record",
    "texts",
    "whole_hash",
]

KIND = "export"  # the store's kind for these records
_SCAN = 1 << 24  # bytes scanned at a time for the quotes and line breaks


@dataclass
class Chunk:
    """What a run made of one complete chunk of an export (``rows`` data rows from ``start``)."""

    start: int  # 0-based data row
    rows: int
    kept: int  # rows that became responses
    rejects: list[tuple[int, str]]  # (source row, reason): the chunk's rows set aside
    clean_key: str
    ids: np.ndarray  # the respondent ids of the rows kept, in order (fixed-width bytes: ``compact``)
    key_hash: np.ndarray  # uint64: the hash of each row's respondent key
    seen: np.ndarray  # bool: whether that key had been seen before (the id then came from the row)


@dataclass
class Record:
    """An export as a run read it: its size and hash, its plan, its complete chunks, and where the
    rest begins (``tail_row``: a data row; ``tail_byte``: the byte that row begins at)."""

    size: int
    sha256: str
    plan: str
    chunk_rows: int
    chunks: list[Chunk]
    tail_row: int
    tail_byte: int
    read: dict[str, Any] | None = None  # the plan itself, when a later run may read by it (``tabular.plan_state``)


def compact(ids: np.ndarray) -> np.ndarray:
    """Respondent ids as fixed-width UTF-8 bytes (13 bytes an id, not a Python string's 60-odd), as
    the duplicate evidence keeps them (``dedupe.Deduper.evidence``).

    >>> compact(np.array(["R0123", "R4"], dtype=object)).tolist(), texts(compact(np.array(["é"], dtype=object))).tolist()
    ([b'R0123', b'R4'], ['é'])
    """
    return np.char.encode(np.asarray(ids, dtype=str), "utf-8") if len(ids) else np.zeros(0, dtype="S1")


def texts(ids: np.ndarray) -> np.ndarray:
    """``compact`` ids back as Python strings (an object array), as ``_respondent_ids`` hashes them."""
    return np.char.decode(ids, "utf-8").astype(object)


def record_key(versions_read: str, versions_clean: str, name: str, chunk_rows: int) -> str:
    """The store key of a file's record (one per file name, chunk size and versions)."""
    return digest("export-record", versions_read, versions_clean, name, int(chunk_rows))


def plan_digest(table: Any) -> str:
    """A digest of how a ``TableRead`` reads its file (``tabular.plan_of``)."""
    return digest(plan_of(table))


def prefix_hash(path: Path, size: int) -> tuple[str, Any] | None:
    """The SHA-256 hash of the first ``size`` bytes of ``path`` and the hasher (to go on with the
    rest), or None when the file is shorter."""
    h = hashlib.sha256()
    left = size
    with open(path, "rb") as fh:
        while left > 0:
            block = fh.read(min(left, _SCAN))
            if not block:
                return None
            h.update(block)
            left -= len(block)
    return h.hexdigest(), h


def whole_hash(path: Path, size: int, hasher: Any = None, start: int = 0) -> str:
    """The SHA-256 hash of the file's first ``size`` bytes (the whole file as it was read), going
    on from ``hasher`` (which holds its first ``start`` bytes) when given."""
    h = hasher.copy() if hasher is not None else hashlib.sha256()
    at = start if hasher is not None else 0
    with open(path, "rb") as fh:
        fh.seek(at)
        while at < size and (block := fh.read(min(_SCAN, size - at))):
            h.update(block)
            at += len(block)
    return h.hexdigest()


def row_offset(path: Path, grid_row: int, start: tuple[int, int] | None = None) -> int | None:
    """The byte at which grid row ``grid_row`` begins (0-based: the header rows counted, empty
    lines not, as the CSV parser counts them): the byte after the line break that ends the row
    before it (the parser skips any empty line there), found from the quotes and line breaks: a
    line break ends a row where an even number of quotes comes before it. None when fewer than
    ``grid_row`` rows end in the file.
    ``start``: (grid row, byte) of a row known to begin there (outside any quotes), to scan from.

    This is right for CSV as writers quote it (a field holding a quote is quoted); a file with a
    quote inside an unquoted field can give a wrong byte, which is why the caller reads the rows
    again from it and compares before trusting it.

    >>> import tempfile, os
    >>> p = Path(tempfile.mkdtemp()) / "x.csv"
    >>> _ = p.write_bytes(b'a,b\\r\\n1,"two\\nlines"\\n\\n3,4\\n')
    >>> [row_offset(p, k) for k in range(5)]
    [0, 5, 19, 24, None]
    >>> row_offset(p, 3, start=(1, 5))
    24
    """
    first_row, at = start if start is not None else (0, 0)
    if grid_row == first_row:
        return at
    if grid_row < first_row:
        return None
    rows = first_row  # rows ended so far
    quotes = 0  # parity of the quotes so far
    last_end = at - 1  # the line break that ended the last line (or the byte before the start)
    last_byte = -1  # the byte before the current block
    with open(path, "rb") as fh:
        fh.seek(at)
        while block := fh.read(_SCAN):
            a = np.frombuffer(block, dtype=np.uint8)
            q = np.flatnonzero(a == 34)
            nl = np.flatnonzero(a == 10)
            ends = nl[((quotes + np.searchsorted(q, nl)) & 1) == 0]
            quotes = (quotes + len(q)) & 1
            if len(ends):
                prev = np.r_[last_end - at, ends[:-1]]
                length = ends - prev - 1
                before = np.where(ends > 0, a[np.maximum(ends - 1, 0)], last_byte)
                empty = (length == 0) | ((length == 1) & (before == 13))
                real = ends[~empty]
                if rows + len(real) >= grid_row:
                    return at + int(real[grid_row - rows - 1]) + 1
                rows += len(real)
                last_end = at + int(ends[-1])
            last_byte = int(a[-1])
            at += len(block)
    return None


def _chunk_meta(c: Chunk) -> dict[str, Any]:
    return {
        "start": c.start,
        "rows": c.rows,
        "kept": c.kept,
        "rejects": [[int(r), why] for r, why in c.rejects],
        "clean_key": c.clean_key,
        "n": len(c.ids),
    }


def save_record(store: Any, key: str, rec: Record) -> None:
    """Write a file's record to the store (arrays as npz: nothing that runs code when read)."""
    arrays = {
        "ids": np.concatenate([c.ids for c in rec.chunks]) if rec.chunks else np.zeros(0, dtype="S1"),
        "key_hash": np.concatenate([c.key_hash for c in rec.chunks]) if rec.chunks else np.zeros(0, np.uint64),
        "seen": np.concatenate([c.seen for c in rec.chunks]) if rec.chunks else np.zeros(0, bool),
    }
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    data_name = f"chunks-{rec.sha256[:16]}.npz"
    store.write_bytes(KIND, key, data_name, buf.getvalue())
    meta = {
        "size": rec.size,
        "sha256": rec.sha256,
        "plan": rec.plan,
        "chunk_rows": rec.chunk_rows,
        "tail_row": rec.tail_row,
        "tail_byte": rec.tail_byte,
        "chunks": [_chunk_meta(c) for c in rec.chunks],
        "data": data_name,
        "read": rec.read,
    }
    store.write_result(KIND, key, meta)  # last: the record is complete (and names its arrays)
    for p in store.fs.ls(store.entry(KIND, key), detail=False):  # an earlier night's arrays go
        if p.rstrip("/").rsplit("/", 1)[-1] not in (data_name, "result.json"):
            store.fs.rm(p)


def load_record(store: Any, key: str) -> Record | None:
    """A file's record, or None (none kept, or unreadable: the file is then read whole)."""
    try:
        if not store.has(KIND, key):
            return None
        meta = store.read_result(KIND, key)
        with np.load(io.BytesIO(store.read_bytes(KIND, key, meta["data"])), allow_pickle=False) as z:
            ids, key_hash, seen = z["ids"], z["key_hash"], z["seen"]
        chunks, at = [], 0
        for m in meta["chunks"]:
            n = int(m["n"])
            chunks.append(
                Chunk(
                    start=int(m["start"]),
                    rows=int(m["rows"]),
                    kept=int(m["kept"]),
                    rejects=[(int(r), str(why)) for r, why in m["rejects"]],
                    clean_key=str(m["clean_key"]),
                    ids=ids[at : at + n],
                    key_hash=key_hash[at : at + n],
                    seen=seen[at : at + n],
                )
            )
            at += n
        return Record(
            size=int(meta["size"]),
            sha256=str(meta["sha256"]),
            plan=str(meta["plan"]),
            chunk_rows=int(meta["chunk_rows"]),
            chunks=chunks,
            tail_row=int(meta["tail_row"]),
            tail_byte=int(meta["tail_byte"]),
            read=meta.get("read"),
        )
    except (OSError, ValueError, KeyError, TypeError, json.JSONDecodeError):
        return None


def find_record(store: Any, key: str, path: Path, plan: str, chunk_rows: int) -> tuple[Record, Any] | None:
    """The record of ``path`` if the file begins with the very bytes that record was made from,
    read with the same plan and chunk size; with the hasher holding those bytes (to hash the
    whole file for the next record without reading them twice)."""
    rec = load_record(store, key)
    if rec is None or rec.plan != plan or rec.chunk_rows != chunk_rows:
        return None
    hasher = begins_with(path, rec)
    return None if hasher is None else (rec, hasher)


def begins_with(path: Path, rec: Record) -> Any:
    """The hasher holding the first ``rec.size`` bytes of ``path`` when they are the bytes the
    record was made from (and its last row ended there); else None."""
    size = path.stat().st_size
    if size < rec.size:
        return None
    if size > rec.size:
        # the last row of the earlier file must have ended there, not run on into the new bytes
        with open(path, "rb") as fh:
            fh.seek(rec.size - 1)
            around = fh.read(2)
        if around[:1] not in (b"\n", b"\r") and around[1:2] not in (b"\n", b"\r"):
            return None
    got = prefix_hash(path, rec.size)
    if got is None or got[0] != rec.sha256:
        return None
    return got[1]
