"""Content hashes, and a cache of per-text results keyed by them (the ground under incremental runs).

Why it is shaped this way: a nightly run sees mostly what it saw the night before. Anything
computed from an input (a batch's cleaned tables, a text's MinHash signature, a theme score) can
be kept under a key made of the *content* it was computed from and the *version* of what computed
it (the code, the settings it reads, the questionnaire), so that a later run finds it again only
when neither changed. This module holds what every stage needs for that:

- :func:`digest` and :func:`frame_digest`: stable SHA-256 hashes of values and of a table's
  content (the same content gives the same hash however it is laid out in memory);
- :func:`code_version`: a hash of the source and data files of the named packages, so a change
  of code invalidates what that code produced;
- :func:`text_keys`: 128-bit keys of texts, vectorised (two independent 64-bit hashes);
- :class:`TextCache`: fixed-width results per distinct text (a MinHash signature, an embedding),
  for one namespace and version, in files under a cache folder or any fsspec URL. Lookups search
  sorted keys (memory-mapped for a local folder, so several worker processes share one copy);
  each process adds what it computed as a part file of its own, and :meth:`TextCache.consolidate`
  merges them after a run and drops the other versions. Ingest keeps the MinHash signatures of
  free text here, and campaign resolution its exact checks of pairs of texts
  (``svanalysis.ingest.dedupe.CheckCache``); the themes stage can keep what it computes per answer
  the same way (``TextCache(root, "themes-embedding", version, width=dim, dtype="float32")``),
  under :func:`cache_root`.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["RunState", "TextCache", "cache_root", "code_version", "digest", "file_digest", "frame_digest", "text_keys"]


def digest(*parts: Any) -> str:
    """A SHA-256 hash of values (JSON-able, ``bytes``, or the hex strings of other digests).

    >>> digest({"b": 1, "a": [1, 2]}) == digest({"a": [1, 2], "b": 1})
    True
    >>> digest("x") == digest("y")
    False
    """
    h = hashlib.sha256()
    for p in parts:
        if isinstance(p, (bytes, bytearray, memoryview)):
            h.update(b"b")
            h.update(len(p).to_bytes(8, "little"))
            h.update(p)
        else:
            text = json.dumps(_canonical(p), sort_keys=True, default=str, ensure_ascii=False).encode("utf-8")
            h.update(b"j")
            h.update(len(text).to_bytes(8, "little"))
            h.update(text)
    return h.hexdigest()


def _canonical(obj: Any) -> Any:
    """Mappings with text keys (a questionnaire's keys may be numbers and text side by side)."""
    if isinstance(obj, dict):
        return {f"{type(k).__name__}:{k}": _canonical(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_canonical(v) for v in obj]
    return obj


def file_digest(path: str | Path) -> str:
    """The SHA-256 hash of a file's bytes, read in blocks."""
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def frame_digest(df: pd.DataFrame) -> str:
    """A hash of a table's column names, types and values, independent of how it is laid out in
    memory (chunks, slices, Arrow or NumPy storage of the same text).

    >>> a = pd.DataFrame({"t": pd.array(["x", None, "zz"], dtype="string"), "n": [1, 2, 3]})
    >>> b = pd.concat([a.iloc[:1], a.iloc[1:]]).reset_index(drop=True)
    >>> frame_digest(a) == frame_digest(b), frame_digest(a) == frame_digest(a.assign(n=[1, 2, 4]))
    (True, False)
    """
    import pyarrow as pa

    h = hashlib.sha256()
    h.update(str(len(df)).encode())
    for name in df.columns:
        s = df[name]
        h.update(b"\x00col\x00" + str(name).encode("utf-8"))
        if isinstance(s.dtype, pd.CategoricalDtype) or not (
            pd.api.types.is_numeric_dtype(s.dtype) or pd.api.types.is_bool_dtype(s.dtype)
        ):
            arr = pa.array(s.astype("string").array, from_pandas=True)
            if isinstance(arr, pa.ChunkedArray):
                arr = arr.combine_chunks() if arr.num_chunks else pa.array([], pa.string())
            arr = arr.cast(pa.large_string())
            valid = np.asarray(arr.is_valid(), dtype=bool)
            offsets = np.frombuffer(arr.buffers()[1], dtype=np.int64)[arr.offset : arr.offset + len(arr) + 1]
            data = arr.buffers()[2]
            h.update(b"text")
            h.update(valid.tobytes())
            h.update((offsets - offsets[0]).tobytes())
            if data is not None and len(offsets):
                h.update(memoryview(data)[int(offsets[0]) : int(offsets[-1])])
        else:
            valid = s.notna().to_numpy()
            values = s.to_numpy(dtype="float64" if s.dtype.kind == "f" else None, na_value=0)
            h.update(str(s.dtype).encode())
            h.update(valid.tobytes())
            h.update(np.ascontiguousarray(values).tobytes())
    return h.hexdigest()


_CODE: dict[tuple[str, ...], str] = {}


def code_version(*packages: str) -> str:
    """A hash of the Python source and data files of the named packages of svanalysis (and of the
    versions of the libraries whose output is written), so a change of code invalidates exactly
    what that code produced.

    >>> code_version("svanalysis.core") == code_version("svanalysis.core")
    True
    """
    key = tuple(sorted(packages))
    if key not in _CODE:
        import pyarrow

        root = Path(__file__).resolve().parents[1]
        h = hashlib.sha256(f"pandas {pd.__version__} pyarrow {pyarrow.__version__} numpy {np.__version__}".encode())
        for package in key:
            folder = root.joinpath(*package.split(".")[1:])
            files = sorted(folder.rglob("*.py")) if folder.is_dir() else [folder.with_suffix(".py")]
            for f in files:
                h.update(str(f.relative_to(root)).encode())
                h.update(f.read_bytes())
        for f in sorted((root / "data").glob("*")):  # the lookup tables (postcodes, places, the spec)
            if f.is_file():
                h.update(f.name.encode())
                h.update(f.read_bytes())
        _CODE[key] = h.hexdigest()
    return _CODE[key]


def text_keys(texts: pd.Series) -> np.ndarray:
    """A 128-bit key per text (two independent 64-bit hashes, vectorised), as an (n, 2) array.

    >>> k = text_keys(pd.Series(["a", "b", "a"]))
    >>> k.shape, bool((k[0] == k[2]).all()), bool((k[0] == k[1]).all())
    ((3, 2), True, False)
    """
    s = pd.Series(texts).astype("string").fillna("")
    a = pd.util.hash_pandas_object(s, index=False, hash_key="svanalysis-key-1").to_numpy()
    b = pd.util.hash_pandas_object(s, index=False, hash_key="svanalysis-key-2").to_numpy()
    return np.column_stack([a, b]).astype(np.uint64)


def cache_root(folder: str | Path) -> str:
    """Where ingest keeps its cache for a processed folder, unless told otherwise: a hidden
    folder beside it (``.processed.cache`` for ``processed``), under the same lock."""
    folder = Path(folder)
    return str(folder.parent / f".{folder.name}.cache")


class TextCache:
    """Fixed-width results per distinct text, for one namespace and version (see the module docstring).

    Parameters
    ----------
    root : str or None
        The cache folder or fsspec URL; ``None`` keeps nothing (every lookup misses).
    namespace : str
        What is kept ("minhash", "themes-embedding", ...).
    version : str
        A digest of everything the results depend on besides the text (code, settings).
    width, dtype :
        The shape of one text's result.

    Examples
    --------
    >>> import tempfile
    >>> root = tempfile.mkdtemp()
    >>> keys = text_keys(pd.Series(["a", "b"]))
    >>> c = TextCache(root, "demo", "v1", width=2, dtype="int32")
    >>> c.add(keys, np.array([[1, 2], [3, 4]], dtype="int32")); c.flush()
    >>> TextCache.consolidate(root, "demo", "v1")
    >>> found, values = TextCache(root, "demo", "v1", width=2, dtype="int32").lookup(text_keys(pd.Series(["b", "c"])))
    >>> found.tolist(), values[0].tolist()
    ([True, False], [3, 4])
    """

    def __init__(self, root: str | None, namespace: str, version: str, width: int, dtype: Any):
        self.root, self.namespace, self.version = root, namespace, version
        self.width, self.dtype = int(width), np.dtype(dtype)
        self._keys: np.ndarray | None = None
        self._values: np.ndarray | None = None
        self._new: list[tuple[np.ndarray, np.ndarray]] = []

    def _folder(self) -> str:
        assert self.root is not None
        return _join(self.root, "text", self.namespace, self.version)

    def _load(self) -> None:
        if self._keys is not None:
            return
        self._keys = np.zeros((0, 2), np.uint64)
        self._values = np.zeros((0, self.width), self.dtype)
        if self.root is None:
            return
        fs, folder = _fs(self._folder())
        if not fs.exists(f"{folder}/keys.npy"):
            return
        if _is_local(fs):  # memory-mapped: the pages are shared by every process that reads them
            self._keys = np.load(f"{folder}/keys.npy", mmap_mode="r")
            self._values = np.load(f"{folder}/values.npy", mmap_mode="r")
        else:
            with fs.open(f"{folder}/keys.npy", "rb") as fh:
                self._keys = np.load(fh)
            with fs.open(f"{folder}/values.npy", "rb") as fh:
                self._values = np.load(fh)

    def lookup(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Which of ``keys`` (as :func:`text_keys` gives) are kept, and their results (zeros where not)."""
        self._load()
        assert self._keys is not None and self._values is not None
        out = np.zeros((len(keys), self.width), self.dtype)
        if len(self._keys) == 0 or len(keys) == 0:
            return np.zeros(len(keys), bool), out
        i = np.minimum(np.searchsorted(self._keys[:, 0], keys[:, 0]), len(self._keys) - 1)
        found = (self._keys[i, 0] == keys[:, 0]) & (self._keys[i, 1] == keys[:, 1])
        out[found] = self._values[i[found]]
        return found, out

    def add(self, keys: np.ndarray, values: np.ndarray) -> None:
        """Keep the results of texts computed here (written by :meth:`flush`)."""
        if self.root is not None and len(keys):
            self._new.append((np.asarray(keys, np.uint64), np.asarray(values, self.dtype)))

    def flush(self) -> None:
        """Write what was added as a part file of this process's own."""
        if self.root is None or not self._new:
            return
        keys = np.concatenate([k for k, _ in self._new])
        values = np.concatenate([v for _, v in self._new])
        self._new = []
        fs, folder = _fs(self._folder())
        fs.makedirs(folder, exist_ok=True)
        name = f"{folder}/part-{uuid.uuid4().hex}.npz"
        with fs.open(name + ".tmp", "wb") as fh:
            np.savez(fh, keys=keys, values=values)
        fs.mv(name + ".tmp", name)

    @staticmethod
    def consolidate(root: str | None, namespace: str, version: str, keep: Iterable[str] = ()) -> None:
        """Merge the part files of ``version`` into its sorted files, and remove the other
        versions of the namespace (but those in ``keep``)."""
        if root is None:
            return
        fs, base = _fs(_join(root, "text", namespace))
        folder = f"{base}/{version}"
        if fs.exists(base):
            for other in fs.ls(base, detail=False):
                name = other.rstrip("/").rsplit("/", 1)[-1]
                if name != version and name not in set(keep):
                    fs.rm(other, recursive=True)
        if not fs.exists(folder):
            return
        parts = sorted(p for p in fs.ls(folder, detail=False) if p.endswith(".npz"))
        if not parts:
            return
        if fs.exists(f"{folder}/keys.npy"):  # (a night after the first: a few new texts into many kept)
            _insert_parts(fs, folder, parts)
            for p in parts:
                fs.rm(p)
            return
        # The first run's parts: sorted by key, the first copy of a key kept. Only the keys are held
        # whole (16 bytes a text); the values (a MinHash signature is 260 bytes) are written a slice of
        # the output at a time, each slice filled from every part in turn, so memory does not grow with
        # the cache (a run of five million responses leaves about 17 million signatures).
        sources = parts
        keys = [_source_array(fs, src, "keys") for src in sources]
        bounds = np.cumsum([0, *(len(x) for x in keys)])
        k = np.concatenate(keys)
        del keys
        order = np.lexsort((k[:, 1], k[:, 0]))
        k = k[order]
        first = np.r_[True, (k[1:] != k[:-1]).any(axis=1)] if len(k) else np.zeros(0, dtype=bool)
        take = order[first]  # where, over all sources in turn, each value written is
        del order
        with fs.open(f"{folder}/keys.npy.tmp", "wb") as fh:
            np.save(fh, k[first])
        del k, first
        sample = _source_array(fs, sources[-1], "values")
        dtype, row = sample.dtype, sample.shape[1:]
        del sample
        step = max(1, _CONSOLIDATE_BYTES // max(1, dtype.itemsize * int(np.prod(row))))
        with fs.open(f"{folder}/values.npy.tmp", "wb") as fh:
            header = {"descr": np.lib.format.dtype_to_descr(dtype), "fortran_order": False, "shape": (len(take), *row)}
            np.lib.format.write_array_header_1_0(fh, header)
            for lo in range(0, len(take), step):
                want = take[lo : lo + step]
                src_of = np.searchsorted(bounds, want, side="right") - 1
                out = np.empty((len(want), *row), dtype=dtype)
                for j in np.unique(src_of):
                    values = _source_array(fs, sources[j], "values")
                    m = src_of == j
                    out[m] = values[want[m] - bounds[j]]
                    del values
                fh.write(memoryview(out).cast("B"))  # the slice's own bytes, not a copy of them
                del out
        for name in ("keys", "values"):
            fs.mv(f"{folder}/{name}.npy.tmp", f"{folder}/{name}.npy")
        for p in parts:
            fs.rm(p)


class RunState:
    """Arrays one run leaves for the next, for one namespace and version: a single file, replaced
    whole (written beside and moved into place), that the next run reads back only if nothing it
    depends on changed (the version) and checks against what it sees before trusting it.

    Campaign resolution keeps its LSH verdicts here (``svanalysis.ingest.dedupe``): unlike a
    :class:`TextCache`, whose entries each belong to one text or pair, this state is one run's
    whole answer, valid for a next run only as far as that run's texts extend the last one's.

    Examples
    --------
    >>> import tempfile
    >>> root = tempfile.mkdtemp()
    >>> RunState(root, "demo", "v1").load() is None
    True
    >>> RunState(root, "demo", "v1").save(keys=np.array([3, 1], np.uint64))
    >>> RunState(root, "demo", "v1").load()["keys"].tolist(), RunState(root, "demo", "v2").load()
    ([3, 1], None)
    >>> RunState(None, "demo", "v1").save(keys=np.array([3])); RunState(None, "demo", "v1").load() is None
    True
    """

    def __init__(self, root: str | None, namespace: str, version: str):
        self.root, self.namespace, self.version = root, namespace, version

    def _path(self) -> str:
        assert self.root is not None
        return _join(self.root, "state", self.namespace, self.version, "state.npz")

    def load(self) -> dict[str, np.ndarray] | None:
        """The arrays the last run of this version saved, or None (none kept, or no cache)."""
        if self.root is None:
            return None
        fs, path = _fs(self._path())
        if not fs.exists(path):
            return None
        with fs.open(path, "rb") as fh, np.load(fh) as z:
            return {k: z[k] for k in z.files}

    def save(self, **arrays: np.ndarray) -> None:
        """Replace the state of this version by ``arrays``, and drop the other versions'."""
        if self.root is None:
            return
        fs, path = _fs(self._path())
        folder = path.rsplit("/", 1)[0]
        base = folder.rsplit("/", 1)[0]
        if fs.exists(base):
            for other in fs.ls(base, detail=False):
                if other.rstrip("/").rsplit("/", 1)[-1] != self.version:
                    fs.rm(other, recursive=True)
        fs.makedirs(folder, exist_ok=True)
        tmp = f"{path}.{uuid.uuid4().hex}.tmp"
        with fs.open(tmp, "wb") as fh:
            np.savez(fh, **arrays)
        fs.mv(tmp, path)


# The most bytes of values :meth:`TextCache.consolidate` holds at once (a slice of its output).
_CONSOLIDATE_BYTES = 512 * 2**20


def _insert_parts(fs: Any, folder: str, parts: list[str]) -> None:
    """``TextCache.consolidate`` where a consolidated ``keys.npy``/``values.npy`` exists: the same two files as
    sorting every source's keys together and keeping the first copy of each (the consolidated copy, then the parts'
    in name order), made by sorting the parts' keys only and inserting those not kept yet. The consolidated values
    are copied a slice at a time as they stand (a nightly run adds some hundreds of texts to hundreds of thousands:
    at 100,000 responses the consolidation took 1.16 s sorting them all again and gathering every value row by row,
    0.77 s so, most of it writing the files again)."""
    kept = _source_array(fs, f"{folder}/values.npy", "keys")
    part_keys = [_source_array(fs, p, "keys") for p in parts]
    bounds = np.cumsum([0, *(len(x) for x in part_keys)])
    k = np.concatenate(part_keys) if part_keys else np.zeros((0, 2), np.uint64)
    del part_keys
    order = np.lexsort((k[:, 1], k[:, 0]))  # stable: of equal keys, the first part's first
    k = k[order]
    first = np.r_[True, (k[1:] != k[:-1]).any(axis=1)] if len(k) else np.zeros(0, dtype=bool)
    order, k = order[first], k[first]
    pos = _insertion_points(kept, k)
    there = np.zeros(len(k), dtype=bool)
    inside = pos < len(kept)
    there[inside] = (kept[pos[inside]] == k[inside]).all(axis=1)
    order, k, pos = order[~there], k[~there], pos[~there]
    if len(k) == 0:
        return
    n = len(kept) + len(k)
    at = pos + np.arange(len(k))  # each new key's row in the output (they are in key order)
    new_row = np.zeros(n, dtype=bool)
    new_row[at] = True
    out_keys = np.empty((n, 2), dtype=np.uint64)
    out_keys[~new_row] = kept
    out_keys[at] = k
    del kept, k, pos
    with fs.open(f"{folder}/keys.npy.tmp", "wb") as fh:
        np.save(fh, out_keys)
    del out_keys
    values = _source_array(fs, f"{folder}/values.npy", "values")
    dtype, row = values.dtype, values.shape[1:]
    step = max(1, _CONSOLIDATE_BYTES // max(1, dtype.itemsize * int(np.prod(row))))
    with fs.open(f"{folder}/values.npy.tmp", "wb") as fh:
        header = {"descr": np.lib.format.dtype_to_descr(dtype), "fortran_order": False, "shape": (n, *row)}
        np.lib.format.write_array_header_1_0(fh, header)
        for lo in range(0, n, step):
            hi = min(n, lo + step)
            a, b = np.searchsorted(at, [lo, hi])  # the new keys whose rows fall in [lo, hi)
            out = np.empty((hi - lo, *row), dtype=dtype)
            mine = new_row[lo:hi]
            out[~mine] = values[lo - a : hi - b]  # the kept rows of the slice, as they stand
            want = order[a:b]
            src_of = np.searchsorted(bounds, want, side="right") - 1
            rows = at[a:b] - lo
            for j in np.unique(src_of):
                part = _source_array(fs, parts[j], "values")
                m = src_of == j
                out[rows[m]] = part[want[m] - bounds[j]]
                del part
            fh.write(memoryview(out).cast("B"))
            del out
    del values
    for name in ("keys", "values"):
        fs.mv(f"{folder}/{name}.npy.tmp", f"{folder}/{name}.npy")


def _insertion_points(kept: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Where each of ``keys`` ((n, 2), sorted) goes in ``kept`` ((m, 2), sorted and distinct), in the order of the
    first half and then the second: ``np.searchsorted`` of 128-bit keys, on the first half, then on the second
    among the kept keys sharing the first (rare: a key already kept, or two texts whose first halves agree)."""
    first = np.ascontiguousarray(kept[:, 0])
    lo = np.searchsorted(first, keys[:, 0], side="left")
    hi = np.searchsorted(first, keys[:, 0], side="right")
    for i in np.flatnonzero(hi > lo):
        lo[i] += np.searchsorted(np.asarray(kept[lo[i] : hi[i], 1]), keys[i, 1], side="left")
    return lo


def _source_array(fs: Any, path: str, name: str) -> np.ndarray:
    """The ``keys`` or ``values`` of a source of :meth:`TextCache.consolidate`: a part file
    (``.npz``, one process's additions: small) or the consolidated ``values.npy`` (with its
    ``keys.npy``), memory-mapped when local so that only the rows taken are read."""
    if path.endswith(".npz"):
        with fs.open(path, "rb") as fh, np.load(fh) as z:
            return z[name]
    path = path.rsplit("/", 1)[0] + f"/{name}.npy"
    if _is_local(fs):
        return np.load(path, mmap_mode="r")
    with fs.open(path, "rb") as fh:
        return np.load(fh)


def _join(root: str, *parts: str) -> str:
    return "/".join([root.rstrip("/"), *parts])


def _fs(url: str) -> tuple[Any, str]:
    import fsspec

    fs, path = fsspec.core.url_to_fs(url)
    return fs, path.rstrip("/")


def _is_local(fs: Any) -> bool:
    import fsspec.implementations.local

    return isinstance(fs, fsspec.implementations.local.LocalFileSystem) and os.name != "nt"
