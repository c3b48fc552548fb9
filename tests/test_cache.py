"""Content hashes and the per-text cache (svanalysis.core.cache)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from svanalysis.core.cache import TextCache, digest, file_digest, frame_digest, text_keys


def test_digest_of_files_and_values(tmp_path):
    import hashlib

    p = tmp_path / "f.csv"
    p.write_bytes(b"a,b\n1,2\n")
    assert file_digest(p) == hashlib.sha256(b"a,b\n1,2\n").hexdigest()
    assert digest({1: "a", "1": "b"}) != digest({"1": "a", 1: "b"})  # a number key is not its text
    assert digest(b"x", "y") != digest(b"xy")


def test_frame_digest_sees_values_not_layout():
    a = pd.DataFrame({"t": pd.array(["ab", "c", None], dtype="string[pyarrow]"), "n": [1, 2, 3]})
    python_backed = a.assign(t=a["t"].astype("string[python]"))
    pieces = pd.concat([a.iloc[:2], a.iloc[2:]], ignore_index=True)
    assert frame_digest(a) == frame_digest(python_backed) == frame_digest(pieces)
    assert frame_digest(a) != frame_digest(a.assign(t=pd.array(["a", "bc", None], dtype="string")))
    assert frame_digest(a) != frame_digest(a.assign(t=pd.array(["ab", "c", ""], dtype="string")))
    assert frame_digest(a) != frame_digest(a.rename(columns={"n": "m"}))


def test_text_cache_keeps_its_version_only(tmp_path):
    keys = text_keys(pd.Series(["one", "two", "three"]))
    c = TextCache(str(tmp_path), "demo", "v1", width=3, dtype="uint32")
    c.add(keys[:2], np.array([[1, 2, 3], [4, 5, 6]], dtype="uint32"))
    c.flush()
    TextCache.consolidate(str(tmp_path), "demo", "v1")
    found, values = TextCache(str(tmp_path), "demo", "v1", width=3, dtype="uint32").lookup(keys)
    assert found.tolist() == [True, True, False] and values[:2].tolist() == [[1, 2, 3], [4, 5, 6]]
    c2 = TextCache(str(tmp_path), "demo", "v2", width=3, dtype="uint32")
    assert not c2.lookup(keys)[0].any()  # another version sees nothing of v1
    c2.add(keys[2:], np.array([[7, 8, 9]], dtype="uint32"))
    c2.flush()
    TextCache.consolidate(str(tmp_path), "demo", "v2")  # and v1 goes
    assert sorted(p.name for p in (tmp_path / "text" / "demo").iterdir()) == ["v2"]
    assert TextCache(None, "demo", "v2", width=3, dtype="uint32").lookup(keys)[0].tolist() == [False] * 3


def test_consolidate_in_slices_keeps_the_first_copy_of_each_key_in_key_order(tmp_path, monkeypatch):
    """Consolidation writes the values a slice at a time (here two rows of 3 x uint32 = 24 bytes):
    the keys come out sorted, a key added again keeps the value it had first (the consolidated
    file, then the parts in name order), whatever the slicing."""
    import svanalysis.core.cache as cache

    monkeypatch.setattr(cache, "_CONSOLIDATE_BYTES", 24)
    keys = np.array([[5, 1], [2, 9], [7, 0], [2, 3], [9, 9]], dtype=np.uint64)
    c = TextCache(str(tmp_path), "demo", "v1", width=3, dtype="uint32")
    c.add(keys[:3], np.array([[50, 51, 52], [20, 21, 22], [70, 71, 72]], dtype="uint32"))
    c.flush()
    TextCache.consolidate(str(tmp_path), "demo", "v1")
    c = TextCache(str(tmp_path), "demo", "v1", width=3, dtype="uint32")
    c.add(keys[3:], np.array([[23, 24, 25], [90, 91, 92]], dtype="uint32"))
    c.add(keys[:1], np.array([[0, 0, 0]], dtype="uint32"))  # [5, 1] again: the first value stays
    c.flush()
    TextCache.consolidate(str(tmp_path), "demo", "v1")
    folder = tmp_path / "text" / "demo" / "v1"
    assert sorted(p.name for p in folder.iterdir()) == ["keys.npy", "values.npy"]
    assert np.load(folder / "keys.npy").tolist() == [[2, 3], [2, 9], [5, 1], [7, 0], [9, 9]]
    assert np.load(folder / "values.npy").tolist() == [
        [23, 24, 25],
        [20, 21, 22],
        [50, 51, 52],
        [70, 71, 72],
        [90, 91, 92],
    ]


def test_a_night_inserts_its_new_keys_into_the_kept_ones_as_sorting_them_all_would(tmp_path, monkeypatch):
    """Once a consolidated file exists, the parts' keys are sorted alone and inserted: the same two files as
    sorting the kept keys and every part's together and keeping each key's first copy (the kept one, then the parts'
    in name order). Keys drawn from a small range, so that first halves agree often (the second half decides) and
    parts repeat kept keys and one another's; slices of seven rows."""
    import svanalysis.core.cache as cache

    monkeypatch.setattr(cache, "_CONSOLIDATE_BYTES", 7 * 2 * 4)
    rng = np.random.default_rng(16)
    folder = tmp_path / "text" / "demo" / "v1"

    def batch(n):
        keys = rng.integers(0, 6, size=(n, 2)).astype(np.uint64)
        return keys, rng.integers(0, 1000, size=(n, 2)).astype("uint32")

    first = batch(20)
    c = TextCache(str(tmp_path), "demo", "v1", width=2, dtype="uint32")
    c.add(*first)
    c.flush()
    TextCache.consolidate(str(tmp_path), "demo", "v1")
    kept_keys, kept_values = np.load(folder / "keys.npy"), np.load(folder / "values.npy")
    parts = []
    for n in (5, 9, 3):  # three processes' parts
        parts.append(batch(n))
        c = TextCache(str(tmp_path), "demo", "v1", width=2, dtype="uint32")
        c.add(*parts[-1])
        c.flush()
    names = sorted(p.name for p in folder.glob("part-*.npz"))
    by_name = {}
    for p in folder.glob("part-*.npz"):
        with np.load(p) as z:
            by_name[p.name] = (z["keys"], z["values"])
    # the reference: everything sorted together (stable), the first copy of each key kept
    all_keys = np.concatenate([kept_keys, *(by_name[n][0] for n in names)])
    all_values = np.concatenate([kept_values, *(by_name[n][1] for n in names)])
    order = np.lexsort((all_keys[:, 1], all_keys[:, 0]))
    sk = all_keys[order]
    keep = np.r_[True, (sk[1:] != sk[:-1]).any(axis=1)]
    TextCache.consolidate(str(tmp_path), "demo", "v1")
    assert sorted(p.name for p in folder.iterdir()) == ["keys.npy", "values.npy"]
    assert np.array_equal(np.load(folder / "keys.npy"), sk[keep])
    assert np.array_equal(np.load(folder / "values.npy"), all_values[order][keep])
    assert len(sk[keep]) <= 36  # (six by six possible keys)


def test_a_night_with_nothing_new_leaves_the_kept_files_as_they_were(tmp_path):
    keys = np.array([[3, 1], [1, 2]], dtype=np.uint64)
    c = TextCache(str(tmp_path), "demo", "v1", width=1, dtype="uint32")
    c.add(keys, np.array([[31], [12]], dtype="uint32"))
    c.flush()
    TextCache.consolidate(str(tmp_path), "demo", "v1")
    folder = tmp_path / "text" / "demo" / "v1"
    before = (folder / "values.npy").read_bytes()
    c = TextCache(str(tmp_path), "demo", "v1", width=1, dtype="uint32")
    c.add(keys[1:], np.array([[99]], dtype="uint32"))  # [1, 2] again: kept already, its first value stays
    c.flush()
    TextCache.consolidate(str(tmp_path), "demo", "v1")
    assert sorted(p.name for p in folder.iterdir()) == ["keys.npy", "values.npy"]
    assert (folder / "values.npy").read_bytes() == before
    assert np.load(folder / "keys.npy").tolist() == [[1, 2], [3, 1]]
