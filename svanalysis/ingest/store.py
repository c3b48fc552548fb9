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

KINDS = ("read", "clean", "batch")


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
        """Write one table of an entry (a DataFrame or an Arrow table) as Parquet."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = df if isinstance(df, pa.Table) else pa.Table.from_pandas(df, preserve_index=False)
        self.fs.makedirs(self.entry(kind, key), exist_ok=True)
        with self.fs.open(self.file(kind, key, f"{name}.parquet"), "wb") as fh:
            pq.write_table(table, fh)

    def read_table(self, kind: str, key: str, name: str, columns: list[str] | None = None) -> Any:
        """One table of an entry, as an Arrow table."""
        import pyarrow.parquet as pq

        path = self.file(kind, key, f"{name}.parquet")
        if self.local:
            return pq.read_table(path, columns=columns)
        with self.fs.open(path, "rb") as fh:
            return pq.read_table(fh, columns=columns)

    def schema(self, kind: str, key: str, name: str) -> Any:
        import pyarrow.parquet as pq

        path = self.file(kind, key, f"{name}.parquet")
        if self.local:
            return pq.read_schema(path)
        with self.fs.open(path, "rb") as fh:
            return pq.read_schema(fh)

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
