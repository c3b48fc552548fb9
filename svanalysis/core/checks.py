"""One helper module for argument checks, so every bad-argument error reads the same way.

Each check returns the value it was given when it passes and raises naming the argument and the
value when it does not: ``<name> must be <what>; got <value>``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["check_choice", "check_columns", "check_range", "check_same_length", "check_type"]


def check_choice(name: str, value: Any, allowed: Iterable[Any]) -> Any:
    """Return ``value`` if it is one of ``allowed``, else raise a ValueError naming both.

    Examples
    --------
    >>> check_choice("policy", "each", ["each", "once"])
    'each'
    >>> check_choice("policy", "twice", ["each", "once"])
    Traceback (most recent call last):
    ...
    ValueError: policy must be one of ['each', 'once']; got 'twice'
    """
    allowed = list(allowed)
    if value not in allowed:
        raise ValueError(f"{name} must be one of {allowed}; got {value!r}")
    return value


def check_columns(name: str, columns: Iterable[str], frame_columns: Iterable[str]) -> None:
    """Raise a ValueError if any of ``columns`` is missing from a frame.

    Examples
    --------
    >>> check_columns("codes", ["theme", "present"], ["respondent_id", "theme"])
    Traceback (most recent call last):
    ...
    ValueError: codes has no column(s) ['present']
    """
    have = set(frame_columns)
    missing = [c for c in columns if c not in have]
    if missing:
        raise ValueError(f"{name} has no column(s) {missing}")


def check_type(name: str, value: Any, kind: type | tuple[type, ...]) -> Any:
    """Return ``value`` if it is an instance of ``kind``, else raise a TypeError naming it.

    Examples
    --------
    >>> check_type("seed", 3, int)
    3
    >>> check_type("seed", "3", int)
    Traceback (most recent call last):
    ...
    TypeError: seed must be int; got '3'
    """
    if not isinstance(value, kind) or (
        isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,))
    ):
        kinds = kind if isinstance(kind, tuple) else (kind,)
        raise TypeError(f"{name} must be {' or '.join(k.__name__ for k in kinds)}; got {value!r}")
    return value


def check_range(name: str, value: Any, low: float, high: float) -> Any:
    """Return ``value`` if it is a number in ``[low, high]``, else raise a ValueError.

    Examples
    --------
    >>> check_range("share", 0.25, 0, 1)
    0.25
    >>> check_range("share", 1.5, 0, 1)
    Traceback (most recent call last):
    ...
    ValueError: share must be a number in [0, 1]; got 1.5
    """
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and low <= value <= high
    if not ok:
        raise ValueError(f"{name} must be a number in [{low}, {high}]; got {value!r}")
    return value


def check_same_length(**seqs: Any) -> int:
    """Return the common length of the named sequences, else raise a ValueError naming them.

    Examples
    --------
    >>> check_same_length(texts=["a", "b"], ids=["x", "y"])
    2
    >>> check_same_length(texts=["a", "b"], ids=[1])
    Traceback (most recent call last):
    ...
    ValueError: texts and ids must have the same length; got 2 and 1
    """
    lengths = {k: len(v) for k, v in seqs.items()}
    if len(set(lengths.values())) > 1:
        names = " and ".join(lengths)
        raise ValueError(f"{names} must have the same length; got {' and '.join(str(n) for n in lengths.values())}")
    return next(iter(lengths.values()), 0)
