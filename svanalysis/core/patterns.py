"""Regular expressions compiled once per machine, not once per process.

The stance coder reads text with some 1,400 regular expressions (its lexicon, cues, targets and the
questionnaire's descriptions). Python compiles a pattern in Python code (``re._parser`` and
``re._compiler``): for the coder's patterns some 1.1 to 1.2 s of CPU in every process that codes
(0.6 s of it importing the coder, the rest as patterns are first tried), against about 0.04 s to read and rebuild
them already compiled. A nightly run that codes a few hundred new answers, and each worker of a Dask
cluster, paid it in full every time.

:func:`compile` is ``re.compile`` with a store on disk: what the compiler made of each pattern (the
``_sre`` code words, the flags and the group names) is kept in one file per Python build, and a
pattern found there is handed to ``_sre.compile`` directly, the last step of ``re.compile``, giving
an equal pattern (the same flags, pattern and code: ``==`` compares them) without parsing it again.
A pattern is stored only after ``re.compile`` itself was run on it and the pattern rebuilt from what
is stored compared equal to it, so a change in how a later Python compiles cannot store anything
wrong; the file is keyed by the Python build (its version string and the engine's magic number) and
read only if its header says the same.

Where: ``$SVANALYSIS_PATTERN_CACHE`` (a folder; ``off`` to compile every time), else
``$XDG_CACHE_HOME/svanalysis`` or ``~/.cache/svanalysis``. Nothing in it is needed: a missing,
unreadable, damaged or unwritable store means patterns are compiled as ``re.compile`` does, and the
results are the same either way. New patterns are written when the process ends (atomically; a
concurrent writer's patterns are merged in first).

>>> compile(r"\\bdue\\s+regard\\b", re.I).search("a Due  Regard duty").group(0)
'Due  Regard'
"""

from __future__ import annotations

import _sre
import array
import atexit
import contextlib
import hashlib
import json
import marshal
import os
import re
import struct
import sys
import tempfile
import threading
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["MAX_ENTRIES", "code_version", "compile", "recall", "remember", "store_path"]

try:  # the compiler's own steps (Python 3.11 and later)
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python without them compiles every time
    _compiler = _parser = None

# the file's first bytes, then the header's length (8 bytes, little-endian), the header (JSON) and the code words
_MAGIC = b"svanalysis-patterns 1\n"
# a store that would hold more patterns than this (patterns of old code versions piling up) keeps only this process's
MAX_ENTRIES = 20_000
_OFF = {"off", "0", "no", "false", "none"}

_lock = threading.Lock()
_state: dict[str, Any] = {}  # "store": the process's _Store, or None when off (made on first use)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # (re.compile's name: a drop-in for it)
    """``re.compile(pattern, flags)``, taken from the store when it holds the pattern (see the module's text)."""
    store = _store()
    if store is None or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    return store.compile(pattern, int(flags))


def store_path() -> Path | None:
    """The store's file for this Python build, or None when the store is off (``SVANALYSIS_PATTERN_CACHE=off``)."""
    setting = os.environ.get("SVANALYSIS_PATTERN_CACHE", "").strip()
    if setting.lower() in _OFF or _compiler is None:
        return None
    if setting:
        folder = Path(setting).expanduser()
    else:
        xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
        folder = (Path(xdg) if xdg else Path.home() / ".cache") / "svanalysis"
    return folder / f"patterns-{sys.implementation.cache_tag}-{_build()[:16]}.bin"


def facts_path() -> Path | None:
    """The file of facts worked out about patterns (``remember``), beside the patterns' file; None when the store is off."""
    path = store_path()
    return (
        None if path is None else path.with_name(path.name.replace("patterns-", "facts-", 1)[: -len(".bin")] + ".json")
    )


def _build() -> str:
    """What the compiled form of a pattern depends on: the Python build and its regular expression engine."""
    key = f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.byteorder}"
    return hashlib.sha256(key.encode()).hexdigest()


def _once(name: str, path: Callable[[], Path | None], make: Callable[[Path], Any]) -> Any:
    """The process's store ``name`` (made on first use from its file, saved at exit), or None when the store is off."""
    try:
        return _state[name]
    except KeyError:
        pass
    with _lock:
        if name not in _state:
            where = path()
            _state[name] = None if where is None else make(where)
            if where is not None:
                atexit.register(_state[name].save)
        return _state[name]


def _store() -> _Store | None:
    return _once("store", store_path, _Store)


class _Store:
    """The patterns of one store file, loaded on first use, and those compiled since (saved at exit)."""

    def __init__(self, path: Path):
        self.path = path
        self.known: dict[tuple[str, int], tuple[Any, ...]] = _read(path)
        self.new: dict[tuple[str, int], tuple[Any, ...]] = {}
        self.used: set[tuple[str, int]] = set()

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        key = (pattern, int(flags))
        args = self.known.get(key)
        if args is not None:
            stored = _rebuilt(pattern, args)
            if stored is not None:
                self.used.add(key)
                return stored
            self.known.pop(key, None)  # a damaged entry: compiled again below (and stored again)
        compiled = re.compile(pattern, flags)
        args = _compiled_args(pattern, flags)
        if args is not None and _rebuilt(pattern, args) == compiled:
            with _lock:
                self.new[key] = args
                self.used.add(key)
        return compiled

    def save(self) -> None:
        """Write the patterns compiled in this process into the file, with those it holds (read again now, so that
        another process's patterns written meanwhile are kept); nothing when there is nothing new. Never raises."""
        with _lock:
            if not self.new:
                return
            entries = {**_read(self.path), **self.known, **self.new}
            if len(entries) > MAX_ENTRIES:
                entries = {k: v for k, v in entries.items() if k in self.used}
            self.known.update(self.new)
            self.new = {}
        with contextlib.suppress(OSError, ValueError, TypeError):
            _write(self.path, entries)


def _compiled_args(pattern: str, flags: int) -> tuple[Any, ...] | None:
    """What ``re._compiler.compile`` hands ``_sre.compile`` after the pattern itself: the flags, the code words, the
    number of groups, the group index and the group names (None where this Python's compiler differs)."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = [int(word) for word in _compiler._code(parsed, flags)]
        state = parsed.state
        names: list[str | None] = [None] * state.groups
        for name, i in state.groupdict.items():
            names[i] = name
        return (int(flags | state.flags), code, state.groups - 1, dict(state.groupdict), tuple(names))
    except Exception:  # anything unexpected: the pattern is not stored
        return None


def _rebuilt(pattern: str, args: tuple[Any, ...]) -> re.Pattern[str] | None:
    """The pattern ``_sre.compile`` makes of ``args`` (``_compiled_args``), or None where it refuses them."""
    try:
        return _sre.compile(pattern, args[0], _words(args[1]), *args[2:])
    except Exception:  # (as above)
        return None


def _words(code: Any) -> list[int]:
    """Code words as the list ``_sre.compile`` takes (they are kept as a slice of the file's array)."""
    return code.tolist() if isinstance(code, array.array) else list(code)


def _framed(path: Path, magic: bytes) -> tuple[dict[str, Any], bytes] | None:
    """The header and body of a file written by ``_write_framed`` for this Python build, or None where it is missing,
    of another kind or build, or damaged (its body's SHA-256 is not the header's)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        if not data.startswith(magic):
            return None
        at = len(magic)
        (size,) = struct.unpack_from("<Q", data, at)
        header = json.loads(data[at + 8 : at + 8 + size].decode("utf-8"))
        body = data[at + 8 + size :]
        if header.get("build") != _build() or hashlib.sha256(body).hexdigest() != header.get("sha256"):
            return None
        return header, body
    except (ValueError, KeyError, TypeError, AttributeError, struct.error, UnicodeDecodeError):
        return None


def _write_framed(path: Path, magic: bytes, header: dict[str, Any], body: bytes) -> None:
    """Write ``magic``, the header (with this build and the body's SHA-256) and ``body``, atomically."""
    head = json.dumps({"build": _build(), "sha256": hashlib.sha256(body).hexdigest(), **header}).encode()
    _write_atomically(path, magic + struct.pack("<Q", len(head)) + head + body)


def _read(path: Path) -> dict[tuple[str, int], tuple[Any, ...]]:
    """The store's patterns; empty where the file is missing, for another build, or damaged."""
    framed = _framed(path, _MAGIC)
    if framed is None:
        return {}
    header, body = framed
    try:
        words = array.array("I")
        if words.itemsize != 4:  # pragma: no cover - a platform whose unsigned int is not 32 bits
            return {}
        words.frombytes(body)
        if sys.byteorder != "little":  # pragma: no cover
            words.byteswap()
        out = {}
        for pattern, flags, final, start, length, groups, index, names in header["entries"]:
            out[(pattern, flags)] = (final, words[start : start + length], groups, index, tuple(names))
        return out
    except (ValueError, KeyError, TypeError, struct.error):
        return {}


def _write(path: Path, entries: dict[tuple[str, int], tuple[Any, ...]]) -> None:
    """Write ``entries`` atomically: header (the build, the code words' hash, each pattern's place) and code words."""
    words = array.array("I")
    rows = []
    for (pattern, flags), (final, code, groups, index, names) in entries.items():
        rows.append([pattern, flags, final, len(words), len(code), groups, index, list(names)])
        words.extend(code)
    if sys.byteorder != "little":  # pragma: no cover
        words.byteswap()
    _write_framed(path, _MAGIC, {"entries": rows}, words.tobytes())


def _write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in its folder (written here rather than with ``core.io``,
    which imports pandas: this runs as the interpreter ends)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# Facts worked out about patterns in Python (what every match of a pattern holds, a long alternation's top-level
# alternatives): the stance coder parses its patterns again (``re._parser``) to find them, some 0.5 to 0.8 s of CPU in
# every process that codes many texts. They are kept beside the compiled patterns, in a JSON file per Python build,
# each kind of fact ("namespace") with the version of the code that works it out (``code_version``): a fact of another
# version, or from a file of another build or damaged, is never recalled. Saved at exit with the patterns.
_FACTS_MAGIC = b"svanalysis-facts 1\n"


def code_version(*functions: Callable[..., Any], salt: str = "") -> str:
    """A digest of the functions' compiled code (their bytecode, constants and names, nested functions included) and
    ``salt`` (what else the result depends on, e.g. a global pattern): any change to them gives another version.

    >>> def f(x): return x + 1
    >>> def g(x): return x + 2
    >>> code_version(f) == code_version(f), code_version(f) == code_version(g), code_version(f) == code_version(f, salt="s")
    (True, False, False)
    """
    h = hashlib.sha256(salt.encode())
    for fn in functions:
        h.update(marshal.dumps(_placeless(fn.__code__)))
    return h.hexdigest()[:32]


def _placeless(code: types.CodeType) -> types.CodeType:
    """``code`` and the code nested in it without their file name and first line (a function moved, or the package
    installed in another folder, is the same code)."""
    consts = tuple(_placeless(c) if isinstance(c, types.CodeType) else c for c in code.co_consts)
    return code.replace(co_filename="", co_firstlineno=1, co_consts=consts)


def recall(namespace: str, version: str, key: str) -> Any:
    """The fact remembered under ``key`` by code of this ``version`` (``remember``), or None (none, or the store off)."""
    facts = _facts()
    return None if facts is None else facts.recall(namespace, version, key)


def remember(namespace: str, version: str, key: str, value: Any) -> None:
    """Keep ``value`` (JSON: lists, strings, numbers, booleans) under ``key``, written when the process ends."""
    facts = _facts()
    if facts is not None:
        facts.remember(namespace, version, key, value)


def _facts() -> _Facts | None:
    return _once("facts", facts_path, _Facts)


class _Facts:
    """The facts of one file (namespace -> {"version": ..., "values": {key: value}}), read on first use; new ones saved
    at exit (merged with what another process wrote meanwhile; a namespace of another version is replaced)."""

    def __init__(self, path: Path):
        self.path = path
        self.known: dict[str, dict[str, Any]] = _read_facts(path)
        self.new: dict[str, dict[str, Any]] = {}  # namespace -> {"version": ..., "values": {...}}
        self.used: dict[str, set[str]] = {}

    def recall(self, namespace: str, version: str, key: str) -> Any:
        for place in (self.new, self.known):
            ns = place.get(namespace)
            if ns is not None and ns["version"] == version and key in ns["values"]:
                self.used.setdefault(namespace, set()).add(key)
                return ns["values"][key]
        return None

    def remember(self, namespace: str, version: str, key: str, value: Any) -> None:
        with _lock:
            ns = self.new.get(namespace)
            if ns is None or ns["version"] != version:
                ns = self.new[namespace] = {"version": version, "values": {}}
            ns["values"][key] = value
            self.used.setdefault(namespace, set()).add(key)

    def save(self) -> None:
        """Write the new facts with those the file holds now; nothing when there is nothing new. Never raises."""
        with _lock:
            if not self.new:
                return
            merged = _read_facts(self.path)
            for name, ns in self.new.items():
                values: dict[str, Any] = {}
                for source in (merged.get(name), self.known.get(name)):
                    if source is not None and source["version"] == ns["version"]:
                        values.update(source["values"])
                values.update(ns["values"])
                if len(values) > MAX_ENTRIES:
                    values = {k: v for k, v in values.items() if k in self.used.get(name, ())}
                merged[name] = {"version": ns["version"], "values": values}
            self.known = merged
            self.new = {}
        with contextlib.suppress(OSError, ValueError, TypeError):
            body = json.dumps(merged, sort_keys=True, separators=(",", ":")).encode("utf-8")
            _write_framed(self.path, _FACTS_MAGIC, {}, body)


def _read_facts(path: Path) -> dict[str, dict[str, Any]]:
    """The file's facts; empty where it is missing, for another build, or damaged."""
    framed = _framed(path, _FACTS_MAGIC)
    if framed is None:
        return {}
    try:
        facts = json.loads(framed[1].decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return {}
    if not isinstance(facts, dict) or not all(
        isinstance(ns, dict) and isinstance(ns.get("version"), str) and isinstance(ns.get("values"), dict)
        for ns in facts.values()
    ):
        return {}
    return facts
