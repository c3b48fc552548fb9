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
