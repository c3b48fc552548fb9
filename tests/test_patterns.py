"""Regular expressions kept compiled on disk (``svanalysis.core.patterns``): the same patterns as
``re.compile`` gives, taken from the store when it holds them, and nothing needed from it."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from svanalysis.core import patterns
from svanalysis.core.patterns import _Facts, _Store


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
        (path,) = store.glob("patterns-*")
        runs.append((out.stdout, path.stat().st_mtime_ns, path.read_bytes()))
    assert runs[0][0] == runs[1][0]
    assert runs[1][1:] == runs[0][1:]  # not written again: nothing new to keep


# facts worked out about patterns (``remember`` / ``recall``): kept beside the patterns, recalled only by the same code


def test_a_fact_remembered_is_recalled_by_another_process_of_the_same_code_only(tmp_path):
    path = tmp_path / "facts.json"
    first = _Facts(path)
    assert first.recall("needs", "v1", "2:option") is None
    first.remember("needs", "v1", "2:option", [["option"]])
    assert first.recall("needs", "v1", "2:option") == [["option"]]  # at once, in the same process
    first.save()

    again = _Facts(path)
    assert again.recall("needs", "v1", "2:option") == [["option"]]
    assert again.recall("needs", "v2", "2:option") is None  # another version of the code: not its fact
    assert again.recall("split", "v1", "2:option") is None  # another kind of fact
    assert again.new == {}


def test_facts_of_another_build_or_damaged_are_not_read(tmp_path):
    path = tmp_path / "facts.json"
    f = _Facts(path)
    f.remember("needs", "v1", "2:duty", [["duty"]])
    f.save()
    data = path.read_bytes()
    path.write_bytes(data.replace(patterns._build().encode(), b"0" * 64, 1))
    assert _Facts(path).known == {}
    path.write_bytes(data.replace(b'"duty"', b'"dutx"'))  # a value changed under the same checksum
    assert _Facts(path).known == {}
    path.write_bytes(data[: len(data) - 5])
    assert _Facts(path).known == {}
    path.write_bytes(b"svanalysis-facts 1\n")
    assert _Facts(path).known == {}


def test_facts_written_meanwhile_are_kept_and_an_old_version_replaced(tmp_path):
    path = tmp_path / "facts.json"
    a, b = _Facts(path), _Facts(path)
    a.remember("needs", "v1", "0:a", [["a"]])
    b.remember("needs", "v1", "0:b", [["b"]])
    a.save()
    b.save()
    assert _Facts(path).known["needs"]["values"] == {"0:a": [["a"]], "0:b": [["b"]]}

    c = _Facts(path)
    c.remember("needs", "v2", "0:c", [["c"]])  # the code changed: v1's facts are of no use to anyone now
    c.save()
    assert _Facts(path).known["needs"] == {"version": "v2", "values": {"0:c": [["c"]]}}


def test_code_version_follows_the_code_not_its_place():
    def f(x):
        return [y + 1 for y in x]

    def g(x):
        return [y + 2 for y in x]

    moved = type(f)(f.__code__.replace(co_firstlineno=f.__code__.co_firstlineno + 40, co_filename="elsewhere.py"), {})
    assert patterns.code_version(f) == patterns.code_version(moved)
    assert patterns.code_version(f) != patterns.code_version(g)  # the nested comprehension differs (+1, +2)
    assert patterns.code_version(f) != patterns.code_version(f, salt="[a-z]+")


def test_the_coder_recalls_what_it_worked_out_and_codes_the_same(tmp_path):
    """A process that works out every pattern's needs and splits (after one use each, here) keeps them; a second
    process, which cannot parse a pattern at all (``_needed`` raises), recalls every one of them and gives the same
    codes; a third with the store off gives the same codes too."""
    script = (
        "import sys\n"
        "from svanalysis.ingest import stance, stance_lexicon as lx\n"
        "from svanalysis.core.spec import load_spec\n"
        "lx._TRIES_BEFORE_NEEDS = 1; stance._ASKED_BEFORE_NEEDS = 1; lx.Gated.USES_BEFORE_SPLIT = 1\n"
        "if sys.argv[1] == 'recall':\n"
        "    lx._facts_version()  # (of the code as it is: the stand-in below would be another version)\n"
        "    def refuse(*a, **k):\n"
        "        raise AssertionError('worked out again')\n"
        "    lx._needed = refuse\n"
        "s = load_spec()\n"
        "texts = ['We support Option One, although the Government prefers it for other reasons.',\n"
        "         'Legislating would add to the burden on schools already stretched; we oppose any new duty.',\n"
        "         'The partnerships, not a duty, should lead: CSPs are well placed.',\n"
        "         'A voluntary approach has failed before and will fail again.']\n"
        "for q in ('q9', 'q11', 'q13', 'q8'):\n"
        "    for t in texts:\n"
        "        print(stance.code_text(t, q, s).stance)\n"
    )
    store = tmp_path / "store"
    outs = {}
    for run in ("work out", "recall", "off"):
        env = {**os.environ, "SVANALYSIS_PATTERN_CACHE": "off" if run == "off" else str(store)}
        done = subprocess.run([sys.executable, "-c", script, run], env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr[-2000:]
        outs[run] = done.stdout
        if run == "work out":
            (facts,) = store.glob("facts-*.json")
            kept = _Facts(facts).known
            assert len(kept["needs"]["values"]) > 20 and len(kept["split"]["values"]) >= 1
    assert outs["recall"] == outs["work out"] == outs["off"]
    assert len(outs["off"].split()) == 16


def test_every_lexicon_entry_s_needs_recalled_equal_those_worked_out(tmp_path, monkeypatch):
    from svanalysis.ingest import stance_lexicon as lx

    monkeypatch.setenv("SVANALYSIS_PATTERN_CACHE", str(tmp_path))
    monkeypatch.setattr(patterns, "_state", {})
    worked = [lx._entry_needs(i) for i in range(len(lx.LEXICON))]
    patterns._facts().save()
    monkeypatch.setattr(patterns, "_state", {})  # as a new process: read from the file
    recalled = [lx.recalled_needs(rf"\b(?:{e[0]})", re.I) for e in lx.LEXICON]
    assert recalled == worked
    # worked by hand: "would add to (the) burden|workload" needs one of burden/workload, then would, add, to
    assert lx.source_needs(r"\bwould\s+add\s+to\s+(?:the\s+)?(?:burden|workload)s?", re.I) == (
        frozenset({"burden", "workload"}),
        frozenset({"would"}),
        frozenset({"add"}),
    )
