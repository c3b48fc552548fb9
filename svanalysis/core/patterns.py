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
import os
import re
import struct
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

__all__ = ["MAX_ENTRIES", "compile", "store_path"]

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


def _build() -> str:
    """What the compiled form of a pattern depends on: the Python build and its regular expression engine."""
    key = f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.byteorder}"
    return hashlib.sha256(key.encode()).hexdigest()


def _store() -> _Store | None:
    try:
        return _state["store"]
    except KeyError:
        pass
    with _lock:
        if "store" not in _state:
            path = store_path()
            _state["store"] = None if path is None else _Store(path)
            if path is not None:
                atexit.register(_state["store"].save)
        return _state["store"]


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


def _read(path: Path) -> dict[tuple[str, int], tuple[Any, ...]]:
    """The store's patterns; empty where the file is missing, for another build, or damaged."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    try:
        if not data.startswith(_MAGIC):
            return {}
        at = len(_MAGIC)
        (size,) = struct.unpack_from("<Q", data, at)
        at += 8
        header = json.loads(data[at : at + size].decode("utf-8"))
        at += size
        if header.get("build") != _build() or hashlib.sha256(data[at:]).hexdigest() != header.get("sha256"):
            return {}
        words = array.array("I")
        if words.itemsize != 4:  # pragma: no cover - a platform whose unsigned int is not 32 bits
            return {}
        words.frombytes(data[at:])
        if sys.byteorder != "little":  # pragma: no cover
            words.byteswap()
        out = {}
        for pattern, flags, final, start, length, groups, index, names in header["entries"]:
            out[(pattern, flags)] = (final, words[start : start + length], groups, index, tuple(names))
        return out
    except (ValueError, KeyError, TypeError, struct.error, UnicodeDecodeError):
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
    body = words.tobytes()
    header = json.dumps({"build": _build(), "sha256": hashlib.sha256(body).hexdigest(), "entries": rows}).encode()
    # (written here rather than with ``core.io``, which imports pandas: this runs as the interpreter ends)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(_MAGIC + struct.pack("<Q", len(header)) + header + body)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
