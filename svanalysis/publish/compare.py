"""Which of several estimates leads, and whether the data can say so.

A chart title names a winner ("Option One had the most support") only when the leader's 95%
interval does not overlap the interval of any other estimate compared with it; otherwise the title
is neutral ("Support was similar for Options Two and Three"). Point estimates alone are never
enough: with 15 of 42 saying Yes to each of two options, or 24 respondents in a region, there is no
winner to name. :func:`compare` makes that decision once, for every chart, report sentence and the
Word document, and :meth:`Comparison.basis` says in words which comparison a title rests on (the
chart's data file records it).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

__all__ = ["Comparison", "Estimate", "and_list", "compare"]


@dataclass(frozen=True)
class Estimate:
    """One estimate with its 95% interval."""

    name: str
    value: float
    low: float
    high: float

    @property
    def usable(self) -> bool:
        return all(isinstance(v, (int, float)) and math.isfinite(v) for v in (self.value, self.low, self.high))


@dataclass(frozen=True)
class Comparison:
    """The outcome of comparing estimates: a clear leader, a tie of several, or nothing to compare."""

    leader: Estimate | None
    rival: Estimate | None  # the other estimate whose interval reaches highest
    similar: tuple[Estimate, ...]  # the leader and every estimate whose interval overlaps its own

    @property
    def clear(self) -> bool:
        """Whether the leader's interval lies wholly above every other's."""
        return self.leader is not None and self.rival is not None and self.leader.low > self.rival.high

    def basis(self, fmt: Callable[[float], str] = lambda v: f"{v:.1f}%") -> str:
        """The comparison a title rests on, in a sentence.

        Examples
        --------
        >>> c = compare([Estimate("Option One", 60, 50, 70), Estimate("Option Two", 30, 20, 40)])
        >>> c.basis()
        'Option One (60.0%, 95% CI 50.0% to 70.0%) against Option Two (30.0%, 95% CI 20.0% to 40.0%): the intervals do not overlap, so Option One is named as the leader.'
        """
        if self.leader is None:
            return "No estimate could be compared (too few respondents, or figures withheld)."
        lead = _describe(self.leader, fmt)
        if self.rival is None:
            return f"Only {lead} could be shown, so no comparison is made."
        rival = _describe(self.rival, fmt)
        if self.clear:
            return (
                f"{lead} against {rival}: the intervals do not overlap, so {self.leader.name} is named as the leader."
            )
        return f"{lead} against {rival}: the intervals overlap, so no leader is named."


def _describe(e: Estimate, fmt: Callable[[float], str]) -> str:
    return f"{e.name} ({fmt(e.value)}, 95% CI {fmt(e.low)} to {fmt(e.high)})"


def compare(estimates: Iterable[Estimate]) -> Comparison:
    """Compare estimates by their 95% intervals.

    The leader is the highest estimate (the first, on a tie). It is clearly ahead only when its
    lower bound is above the upper bound of every other estimate (checking the one that reaches
    highest, the ``rival``, is enough). ``similar`` lists, in the order given, the leader and every
    estimate whose interval overlaps the leader's. Estimates without a value or an interval (for
    instance withheld as ``[c]``) take no part.

    Examples
    --------
    Two options with 15 of 42 each: a tie, whatever the third did.

    >>> c = compare([Estimate("Option One", 4.8, 1.3, 15.8), Estimate("Option Two", 35.7, 23.0, 50.8),
    ...              Estimate("Option Three", 35.7, 23.0, 50.8)])
    >>> c.clear, [e.name for e in c.similar]
    (False, ['Option Two', 'Option Three'])
    """
    usable = [e for e in estimates if e.usable]
    if not usable:
        return Comparison(None, None, ())
    leader = max(usable, key=lambda e: e.value)  # max keeps the first of equals
    others = [e for e in usable if e is not leader]
    if not others:
        return Comparison(leader, None, (leader,))
    rival = max(others, key=lambda e: e.high)
    similar = tuple(e for e in usable if e is leader or e.high >= leader.low)
    return Comparison(leader, rival, similar)


def and_list(names: Sequence[str]) -> str:
    """Names joined for a sentence; option names share one "Options".

    >>> and_list(["Option Two", "Option Three"]), and_list(["Option One", "Option Two", "Option Three"])
    ('Options Two and Three', 'Options One, Two and Three')
    >>> and_list(["Police", "Local government", "Other"]), and_list(["London"])
    ('Police, Local government and Other', 'London')
    """
    names = list(names)
    if len(names) > 1 and all(n.startswith("Option ") for n in names):
        return "Options " + and_list([n[len("Option ") :] for n in names])
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
