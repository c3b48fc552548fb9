"""One helper for argument checks, so every bad-argument error reads the same way."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["check_choice", "check_columns"]


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
    """Raise a ValueError if any of ``columns`` is missing from a frame."""
    have = set(frame_columns)
    missing = [c for c in columns if c not in have]
    if missing:
        raise ValueError(f"{name} has no column(s) {missing}")
