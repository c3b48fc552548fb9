"""The batch store: where each batch's results are written, and kept for the next run.

Why it is shaped this way: a worker that cleaned a batch writes its tables straight to the store
(so the results of a million responses never pass through one process's memory), and the final
tables are assembled from there. The same files are the cache of incremental runs: an entry is
named by the key of everything it was computed from (the batch's content, the code, the settings
and the questionnaire it read, the overrides of its respondents), so a night that adds 1% of new
responses finds the other batches' entries and computes only the new ones.

Three kinds of entry, so a change of settings redoes only what it affects:

- ``read/<key>``: a document's reading (a Word form, a letter, an email and its attachments),
  keyed by the SHA-256 of the file and the reader's code and settings: it is not read again;

- ``clean/<key>``: the cleaned tables of a batch (before stances are coded), keyed by the batch's
  content and what cleaning reads (matching and number settings, the questionnaire, the code);
- ``batch/<key>``: the batch's final tables, its evidence for duplicates and campaigns, its counts
  and data-quality tallies, keyed by the cleaning key and what the later steps read (stance
  settings, the overrides of its respondents, the campaign-evidence settings). A change of the
  stance threshold reuses every cleaned batch; a new override redoes one batch.

An entry is complete when its ``result.json`` exists (written last), so a killed run leaves no
half entry that a later run would take. The store is a folder or any fsspec URL (``s3://...``,
``gs://...``, a mounted share): a cluster's workers write to it and this process reads from it.
After a successful run, entries that run did not use are removed (``keep_only``). The store holds
personal data (the PII table of each batch), like the processed folder it serves.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["BatchStore", "load_evidence", "save_evidence"]

KINDS = ("read", "clean", "batch", "export")
# An entry's tables are Arrow IPC files (``<name>.arrow``), compressed with lz4: Arrow's own
# layout, read back (by the final tables, and a text column at a time by campaign resolution,
# several times over) without decoding Parquet's pages. Measured on the tables of a batch of
# 25,000 responses: about half of Parquet's time to write and less than half to read, in files
# half as large again. zstd made files a quarter smaller than Parquet's, but is slower to
# decompress: a whole ingest of 100,000 responses took about a second more CPU with it (two runs
# of each, alternately). The tables are a small part of a kept cache (the batches' MinHash
# signatures are most of it).


class BatchStore:
    """Entries of batch results under ``root`` (a folder or fsspec URL).

    Examples
    --------
    >>> import tempfile
    >>> store = BatchStore(tempfile.mkdtemp())
    >>> store.write_table("batch", "k1", "responses", pd.DataFrame({"a": [1, 2]}))
    >>> store.has("batch", "k1")
    False
    >>> store.write_result("batch", "k1", {"rows": 2})
    >>> store.has("batch", "k1"), store.read_result("batch", "k1")
    (True, {'rows': 2})
    """

    def __init__(self, root: str):
        import fsspec

        self.root = str(root).rstrip("/")
        self.fs, self.path = fsspec.core.url_to_fs(self.root)
        self.path = self.path.rstrip("/")

    def __getstate__(self) -> dict[str, Any]:  # sent to workers as its address
        return {"root": self.root}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["root"])  # type: ignore[misc]

    @property
    def local(self) -> bool:
        import fsspec.implementations.local

        return isinstance(self.fs, fsspec.implementations.local.LocalFileSystem)

    def entry(self, kind: str, key: str) -> str:
        return f"{self.path}/{kind}/{key}"

    def file(self, kind: str, key: str, name: str) -> str:
        return f"{self.entry(kind, key)}/{name}"

    def has(self, kind: str, key: str) -> bool:
        return self.fs.exists(self.file(kind, key, "result.json"))

    def write_table(self, kind: str, key: str, name: str, df: pd.DataFrame | Any) -> None:
        """Write one table of an entry (a DataFrame or an Arrow table) as an Arrow IPC file."""
        import pyarrow as pa
        import pyarrow.feather as feather

        table = df if isinstance(df, pa.Table) else pa.Table.from_pandas(df, preserve_index=False)
        self.fs.makedirs(self.entry(kind, key), exist_ok=True)
        with self.fs.open(self.file(kind, key, f"{name}.arrow"), "wb") as fh:
            feather.write_feather(_string_categories(table), fh, compression="lz4")

    def read_table(self, kind: str, key: str, name: str, columns: list[str] | None = None) -> Any:
        """One table of an entry (or only its ``columns``: the others are not read), as an Arrow table."""
        import pyarrow.feather as feather

        path = self.file(kind, key, f"{name}.arrow")
        if self.local:
            return feather.read_table(path, columns=columns, memory_map=False)
        with self.fs.open(path, "rb") as fh:
            return feather.read_table(fh, columns=columns, memory_map=False)

    def schema(self, kind: str, key: str, name: str) -> Any:
        """The schema of one table of an entry (its file's footer only)."""
        import pyarrow.ipc as ipc

        with self.fs.open(self.file(kind, key, f"{name}.arrow"), "rb") as fh:
            return ipc.open_file(fh).schema

    def write_bytes(self, kind: str, key: str, name: str, data: bytes) -> None:
        self.fs.makedirs(self.entry(kind, key), exist_ok=True)
        with self.fs.open(self.file(kind, key, name), "wb") as fh:
            fh.write(data)

    def read_bytes(self, kind: str, key: str, name: str) -> bytes:
        with self.fs.open(self.file(kind, key, name), "rb") as fh:
            return fh.read()

    def write_result(self, kind: str, key: str, result: dict[str, Any]) -> None:
        """Write the entry's ``result.json``, last: from now on the entry is complete."""
        self.write_bytes(kind, key, "result.json", json.dumps(result).encode("utf-8"))  # in its own order

    def read_result(self, kind: str, key: str) -> dict[str, Any]:
        return json.loads(self.read_bytes(kind, key, "result.json"))

    def keep_only(self, used: dict[str, Iterable[str]]) -> int:
        """Remove the entries of each kind not in ``used[kind]``; returns how many went."""
        gone = 0
        for kind in KINDS:
            folder = f"{self.path}/{kind}"
            if not self.fs.exists(folder):
                continue
            keep = set(used.get(kind, ()))
            for p in self.fs.ls(folder, detail=False):
                if p.rstrip("/").rsplit("/", 1)[-1] not in keep:
                    self.fs.rm(p, recursive=True)
                    gone += 1
        return gone

    def remove(self) -> None:
        if self.fs.exists(self.path):
            self.fs.rm(self.path, recursive=True)


def _string_categories(table: Any) -> Any:
    """``table`` with the labels of its categorical columns as ``string`` rather than
    ``large_string`` (what pandas makes of its text categories): the type those columns had when
    read back from the Parquet files the store used to hold, and so the type the tables written
    from the store have always had (the same bytes)."""
    import pyarrow as pa

    schema = table.schema
    for i, f in enumerate(schema):
        if pa.types.is_dictionary(f.type) and pa.types.is_large_string(f.type.value_type):
            schema = schema.set(i, f.with_type(pa.dictionary(f.type.index_type, pa.string(), f.type.ordered)))
    return table if schema is table.schema else table.cast(schema)


# ============================================================================ evidence files
def save_evidence(ev: Any) -> bytes:
    """A batch's duplicate and campaign evidence (``svanalysis.ingest.dedupe.Evidence``) as bytes
    (NumPy's npz: arrays only, nothing that runs code when read)."""
    import io

    arrays: dict[str, np.ndarray] = {"n": np.array([ev.n])}
    if ev.keys is not None:
        for i, k in enumerate(ev.keys):
            arrays[f"keys_{i}"] = k
        arrays["ts"] = ev.ts.astype("datetime64[ns]").view(np.int64)
        arrays["ids"] = np.asarray(ev.ids, dtype=np.bytes_)
    if ev.occ_key is not None:
        arrays["columns"] = np.asarray(ev.columns, dtype=str)
        for name in ("occ_row", "occ_key", "key", "sig", "length", "count", "row", "col"):
            arrays[name] = getattr(ev, name)
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


def load_evidence(data: bytes) -> Any:
    """The evidence saved by :func:`save_evidence`."""
    import io

    from svanalysis.ingest.dedupe import Evidence

    z = np.load(io.BytesIO(data), allow_pickle=False)
    ev = Evidence(n=int(z["n"][0]))
    if "ids" in z:
        ev.keys = [z[f"keys_{i}"] for i in range(sum(1 for k in z.files if k.startswith("keys_")))]
        ev.ts = z["ts"].view("datetime64[ns]")
        ids = z["ids"]  # fixed-width UTF-8 bytes (text in files written before they were)
        ev.ids = np.char.encode(ids, "utf-8") if ids.dtype.kind == "U" else ids
    if "occ_key" in z:
        ev.columns = [str(c) for c in z["columns"]]
        for name in ("occ_row", "occ_key", "key", "sig", "length", "count", "row", "col"):
            setattr(ev, name, z[name])
    return ev
