"""Regular expressions kept compiled on disk (``svanalysis.core.patterns``): the same patterns as
``re.compile`` gives, taken from the store when it holds them, and nothing needed from it."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from svanalysis.core import patterns
from svanalysis.core.patterns import _Store


def test_a_pattern_from_the_store_is_the_pattern_re_compiles(tmp_path):
    path = tmp_path / "p.bin"
    first = _Store(path)
    made = first.compile(r"(?P<who>we|i)\s+(?:do\s+not\s+)?support\b", re.I)
    assert made == re.compile(r"(?P<who>we|i)\s+(?:do\s+not\s+)?support\b", re.I)
    first.save()
    assert path.exists()

    again = _Store(path)
    assert (r"(?P<who>we|i)\s+(?:do\s+not\s+)?support\b", int(re.I)) in again.known
    stored = again.compile(r"(?P<who>we|i)\s+(?:do\s+not\s+)?support\b", re.I)
    assert stored == made and stored.flags == made.flags and stored.groupindex == {"who": 1}
    # worked by hand: "We do not support" begins the text; the group is "We"
    m = stored.search("We do not support Option Three.")
    assert m.span() == (0, 17) and m.group("who") == "We"
    assert again.new == {}  # nothing compiled anew, so nothing to write


def test_a_stored_pattern_is_not_compiled_again(tmp_path, monkeypatch):
    path = tmp_path / "p.bin"
    store = _Store(path)
    store.compile(r"\bdue\s+regard\b", re.I)
    store.save()

    def compiled(*args, **kwargs):
        raise AssertionError("compiled again")

    monkeypatch.setattr(patterns, "_compiled_args", compiled)
    monkeypatch.setattr(patterns.re, "compile", compiled)
    got = _Store(path).compile(r"\bdue\s+regard\b", re.I)
    assert got.search("a DUE regard duty").group(0) == "DUE regard"


def test_every_lexicon_entry_rebuilt_from_the_store_equals_re_compile(tmp_path):
    from svanalysis.ingest.stance_lexicon import LEXICON

    sources = [rf"\b(?:{entry[0]})" for entry in LEXICON]
    path = tmp_path / "p.bin"
    store = _Store(path)
    for src in sources:
        store.compile(src, re.I)
    assert len(store.new) == len(set(sources))  # each stored (re's pattern rebuilt from it compared equal)
    store.save()
    read = _Store(path)
    for src in sources:
        assert read.compile(src, re.I) == re.compile(src, re.I), src
    assert read.new == {}


def test_a_store_of_another_build_or_damaged_is_not_read(tmp_path):
    path = tmp_path / "p.bin"
    store = _Store(path)
    store.compile(r"\bpartnerships?\b", re.I)
    store.save()
    data = path.read_bytes()

    path.write_bytes(data.replace(patterns._build().encode(), b"0" * 64, 1))  # another Python build's file
    assert _Store(path).known == {}
    path.write_bytes(data[:-3] + bytes([data[-3] ^ 0xFF]) + data[-2:])  # a code word changed
    assert _Store(path).known == {}
    path.write_bytes(data[: len(data) // 2])  # cut short
    assert _Store(path).known == {}
    path.write_bytes(b"not a store")
    damaged = _Store(path)
    assert damaged.known == {}
    # and it still compiles, and writes a good store over the damaged one
    assert damaged.compile(r"\bpartnerships?\b", re.I).search("Partnership").group(0) == "Partnership"
    damaged.save()
    assert (r"\bpartnerships?\b", int(re.I)) in _Store(path).known


def test_patterns_another_process_wrote_meanwhile_are_kept(tmp_path):
    path = tmp_path / "p.bin"
    a, b = _Store(path), _Store(path)  # both read the store before either wrote
    a.compile("option one", re.I)
    b.compile("option two", re.I)
    a.save()
    b.save()
    assert set(_Store(path).known) == {("option one", int(re.I)), ("option two", int(re.I))}


def test_a_store_grown_too_large_keeps_only_the_patterns_this_process_used(tmp_path, monkeypatch):
    path = tmp_path / "p.bin"
    old = _Store(path)
    for p in ("one", "two", "three"):
        old.compile(p)
    old.save()
    monkeypatch.setattr(patterns, "MAX_ENTRIES", 3)
    now = _Store(path)
    now.compile("two")  # from the store
    now.compile("four")  # new: four patterns would be more than three
    now.save()
    assert set(_Store(path).known) == {("two", 0), ("four", 0)}


def test_the_store_can_be_switched_off_or_moved(tmp_path, monkeypatch):
    monkeypatch.setenv("SVANALYSIS_PATTERN_CACHE", "off")
    monkeypatch.setattr(patterns, "_state", {})
    assert patterns.store_path() is None
    assert patterns.compile(r"\bCSPs?\b") == re.compile(r"\bCSPs?\b")
    assert patterns._state == {"store": None}

    monkeypatch.setenv("SVANALYSIS_PATTERN_CACHE", str(tmp_path / "here"))
    assert patterns.store_path().parent == tmp_path / "here"
    monkeypatch.delenv("SVANALYSIS_PATTERN_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert patterns.store_path().parent == tmp_path / "xdg" / "svanalysis"
    assert patterns.store_path().name.startswith(f"patterns-{sys.implementation.cache_tag}-")


def test_an_unwritable_store_loses_nothing_but_the_saving(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    store = _Store(blocker / "p.bin")  # its folder cannot be made: a file stands in the way
    assert store.compile(r"\bvoluntary\b", re.I).search("Voluntary").group(0) == "Voluntary"
    store.save()  # does not raise
    assert not (blocker / "p.bin").exists()


@pytest.mark.parametrize("flags", [0, re.I, re.I | re.S, re.M | re.X])
def test_flags_are_kept_as_re_keeps_them(tmp_path, flags):
    path = tmp_path / "p.bin"
    source = r"""^ (?: option \s+ (one|two) ) $  # a comment under re.X"""
    s = _Store(path)
    s.compile(source, flags)
    s.save()
    got = _Store(path).compile(source, flags)
    assert got == re.compile(source, flags) and got.flags == re.compile(source, flags).flags


def test_the_coder_makes_the_same_patterns_in_every_process(tmp_path):
    """Patterns built from sets (the questionnaire's phrases, the typos) are spelt in one order whatever the hash
    seed: a second process, with another seed, finds every pattern in the store the first wrote and adds none."""
    code = (
        "from svanalysis.ingest.stance import code_text; from svanalysis.core.spec import load_spec; "
        "s = load_spec(); print(code_text('We support a duty to work with CSPs, not a voluntary approach.', 'q11', s)"
        ".stance)"
    )
    store = tmp_path / "store"
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "SVANALYSIS_PATTERN_CACHE": str(store), "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        (path,) = store.iterdir()
        runs.append((out.stdout, path.stat().st_mtime_ns, path.read_bytes()))
    assert runs[0][0] == runs[1][0]
    assert runs[1][1:] == runs[0][1:]  # not written again: nothing new to keep
