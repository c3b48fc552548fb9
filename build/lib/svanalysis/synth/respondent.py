"""One synthetic respondent: what the generator decided (truth) and how it was written (slots).

Its own module so the renderers (the online export, the Word form, letters) can all take a
``Respondent`` without importing the generator that makes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Respondent"]


@dataclass
class Respondent:
    """One synthetic response: clean truth, raw renderings and personal data."""

    truth: dict[str, Any] = field(default_factory=dict)
    slots: dict[str, str] = field(default_factory=dict)
    choices: list[dict[str, Any]] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)
    pii: dict[str, str] = field(default_factory=dict)
    preferred: int | None = None
    duplicate_of: int | None = None  # index of the submission kept (set for older duplicates)
    campaign: bool = False
    empty: bool = False
