"""One disclosure gate for everything svanalysis publishes.

Every file meant for publication (the publication CSVs and ``tables.xlsx``, each figure and its data
and text files, the HTML reports, the Word draft of the Government response) takes its numbers from
:func:`publishable`, which applies the settings' rules (``suppression`` in ``data/settings.yaml``)
to a tidy analysis table and returns the table as it may be published:

- **Counts and bases.** A count from 1 to ``min_count - 1`` is confidential (``[c]``); where a base
  is below ``min_base`` every count, percentage and interval of that group is ``[c]``; a base is
  itself a count, so a base from 1 to ``min_count - 1`` is ``[c]`` too.
- **Merging before hiding.** Where a small count falls in one of the categories the settings name
  as mergeable (Mixed and Unclear by default), those categories are shown together, with a note,
  instead of hiding a second, larger cell such as the Yes share.
- **Secondary suppression.** A group with exactly one hidden cell would give it away through the
  base, and a breakdown with exactly one hidden cell in an answer would give it away through the
  other groups and the overall figure; in both cases the next smallest count is hidden too, and
  again until no hidden value can be worked out. Two or more hidden cells can give themselves away
  too (a reader knows a hidden count in a shown group is at least 1, since zeros are printed): each
  hidden small count's largest possible value, given every published total of rows and columns
  together, must reach ``min_count`` (``_exposed``, by integer programming), or more is hidden
  (``_audited``), down to an answer's zeros where every other count of it is hidden. The same holds for respondent numbers, sums and
  means of the groups of a breakdown (they add up to the overall figure).
- **Statistics of figures respondents gave** (FTE, hours, money): a median, mean or sum only from at
  least ``min_statistic_n`` respondents, quartiles and the interval of a median (both read off
  individual figures) only from at least ``min_quartile_n``.
- **Rounding.** Money to ``money_significant_figures`` significant figures; percentages and their
  intervals to one decimal place.

Cells use the Government Statistical Service's symbols: ``[c]`` confidential, ``[x]`` not available
(nobody gave a figure), ``[z]`` not applicable (a column that does not apply to that row).

The gate reads the exact counts and ignores any ``suppressed`` flag an analysis table carries, so
nothing upstream can let a small cell through. The exact tables themselves are for analysts only and
are written into the processed folder's restricted area (``restricted_folder``), labelled
"restricted: not for publication".

Respondent text is gated as well: :func:`redact_places` removes the names of places, forces,
councils and trusts from quotes, since a named force or council can identify a respondent.
"""

from __future__ import annotations

import csv
import math
import pickle
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from svanalysis.core.paths import PACKAGE_DATA, POSTCODE_AREAS_PATH
from svanalysis.core.settings import resolve_settings
from svanalysis.core.spec import Spec, load_spec
from svanalysis.core.stats import wilson

__all__ = [
    "CONFIDENTIAL",
    "NOT_APPLICABLE",
    "NOT_AVAILABLE",
    "RESTRICTED_LABEL",
    "SYMBOLS",
    "Rules",
    "all_withheld",
    "disclosure_rules",
    "is_symbol",
    "publishable",
    "redact_places",
    "restricted_folder",
    "round_half_up",
    "round_money",
    "suppress_group",
    "symbols_used",
]

CONFIDENTIAL, NOT_AVAILABLE, NOT_APPLICABLE = "[c]", "[x]", "[z]"
SYMBOLS = {
    CONFIDENTIAL: "confidential: withheld so that no small group of respondents can be identified",
    NOT_AVAILABLE: "not available: no respondent gave a figure",
    NOT_APPLICABLE: "not applicable: the column does not apply to this row",
}
RESTRICTED_LABEL = "RESTRICTED: not for publication"

# Column roles in svanalysis's tidy tables.
_SHARE_VALUES = ("count", "percent", "ci_low", "ci_high")
_ANSWER_COLS = ("answer", "choice", "theme")  # the categories of a share table (a theme table's: themes)
_N_COLS = ("n", "respondents")
_STATS = ("median", "mean", "total", "mean_ci_low", "mean_ci_high", "total_fte", "mean_fte_per_respondent")
_ADDITIVE = ("total", "mean", "total_fte", "mean_fte_per_respondent")  # add up over a breakdown's groups
_QUARTILES = ("q1", "q3")
_MEDIAN_CI = ("ci_low", "ci_high")  # beside a median: read off individual figures, like quartiles
_COUNT_LIKE = ("n_excluded_implausible", "n_costed_at_other_rate")
_SKIP = ("suppressed",)


@dataclass(frozen=True)
class Rules:
    """The disclosure rules, from the settings' ``suppression`` section."""

    min_count: int = 3
    min_base: int = 10
    min_statistic_n: int = 5
    min_quartile_n: int = 10
    money_significant_figures: int = 3
    merge: tuple[tuple[str, ...], ...] = (("Mixed", "Unclear"),)
    place_names: tuple[str, ...] = ()
    keep_shown: tuple[str, ...] = ("Yes",)  # answers hidden by secondary suppression only as a last resort

    def note(self) -> str:
        """The rules in a sentence, for notes and captions."""
        return (
            f"{CONFIDENTIAL} = confidential: counts of fewer than {self.min_count} respondents, and every "
            f"figure of a group of fewer than {self.min_base}, are withheld, with a further cell where one "
            f"could otherwise be worked out; medians, means and sums come from at least "
            f"{self.min_statistic_n} respondents, quartiles from at least {self.min_quartile_n}."
        )


def disclosure_rules(settings: Any = None) -> Rules:
    """The rules the settings ask for (``None``: the shipped settings).

    Raises
    ------
    ValueError
        If a threshold is not a positive whole number, or a merge set has fewer than two labels.

    Examples
    --------
    >>> r = disclosure_rules({"suppression": {"min_count": 5}})
    >>> r.min_count, r.min_base, r.merge
    (5, 10, (('Mixed', 'Unclear'),))
    >>> disclosure_rules({"suppression": {"min_base": 0}})
    Traceback (most recent call last):
    ...
    ValueError: suppression.min_base must be a whole number of at least 1; got 0
    """
    if isinstance(settings, Rules):
        return settings
    s = resolve_settings(settings)["suppression"]
    for key in ("min_count", "min_base", "min_statistic_n", "min_quartile_n", "money_significant_figures"):
        v = s.get(key)
        if isinstance(v, bool) or not isinstance(v, int) or v < 1:
            raise ValueError(f"suppression.{key} must be a whole number of at least 1; got {v!r}")
    merge = tuple(tuple(str(x) for x in m) for m in (s.get("merge") or []))
    for m in merge:
        if len(m) < 2:
            raise ValueError(f"suppression.merge: each set needs at least two labels; got {list(m)}")
    return Rules(
        min_count=s["min_count"],
        min_base=s["min_base"],
        min_statistic_n=s["min_statistic_n"],
        min_quartile_n=s["min_quartile_n"],
        money_significant_figures=s["money_significant_figures"],
        merge=merge,
        place_names=tuple(str(p) for p in (s.get("place_names") or [])),
        keep_shown=(load_spec().support_label,),
    )


def restricted_folder(processed: str | Path) -> Path:
    """Where exact, unsuppressed tables for analysts go: beside ``pii.parquet``, never published.

    >>> restricted_folder("/data/processed").as_posix()
    '/data/processed/restricted'
    """
    return Path(processed) / "restricted"


def is_symbol(value: Any) -> bool:
    """Whether a published cell holds a symbol instead of a number.

    >>> is_symbol("[c]"), is_symbol(3), is_symbol("Police")
    (True, False, False)
    """
    return isinstance(value, str) and value in SYMBOLS


def round_half_up(value: float, digits: int = 0) -> float:
    """``value`` rounded half away from zero, as published statistics are (not to the even digit).

    >>> round_half_up(12.25, 1), round_half_up(-2345.0, -1), round(12.25, 1)
    (12.3, -2350.0, 12.2)
    """
    if not math.isfinite(value):
        return float(value)
    q = Decimal(1).scaleb(-digits)
    return float(Decimal(repr(float(value))).quantize(q, rounding=ROUND_HALF_UP))


def round_money(value: float, figures: int = 3) -> float:
    """Money rounded to ``figures`` significant figures (half away from zero).

    >>> round_money(113145.0), round_money(93005.4), round_money(1234.5, 2), round_money(0.0)
    (113000.0, 93000.0, 1200.0, 0.0)
    """
    if value == 0 or not math.isfinite(value):
        return float(value)
    return round_half_up(value, figures - 1 - math.floor(math.log10(abs(value))))


# ---------------------------------------------------------------------------- suppression
def suppress_group(counts: Any, base: float, min_base: int, min_count: int) -> np.ndarray:
    """Which cells of one group to hide: the whole group under ``min_base``; else counts from 1 to
    ``min_count - 1``, and the next smallest count where only one would be hidden (so it cannot be
    worked out from the base).

    Examples
    --------
    Base 20: Yes 15, No 3, Mixed 2, Unclear 0. Mixed is small; No is hidden with it.

    >>> suppress_group([15, 3, 2, 0], 20, min_base=10, min_count=3).tolist()
    [False, True, True, False]
    >>> suppress_group([4, 3], 7, min_base=10, min_count=3).tolist()
    [True, True]
    """
    counts = np.asarray(counts, dtype=float)
    if base < min_base:
        return np.ones(len(counts), dtype=bool)
    sup = (counts > 0) & (counts < min_count)
    return _one_more(counts, sup, min_count=min_count)


def _one_more(
    values: np.ndarray,
    sup: np.ndarray,
    prefer: np.ndarray | None = None,
    avoid: np.ndarray | None = None,
    min_count: int | None = None,
    lower: np.ndarray | None = None,
) -> np.ndarray:
    """Hide more cells of a line whose total is published (a group's base, an answer's overall count) until none of
    its hidden cells can be worked out: where exactly one cell is hidden, and (given ``min_count``) where the hidden
    cells add up to so little that one of them could be shown to be small.

    A reader knows the hidden cells' total (the line's total less the cells shown) and that each is at least its
    ``lower`` bound (1 for a count hidden in a group whose figures are shown, since zeros are printed as 0; 0 in a
    group hidden whole). A hidden cell is then at most the total less the others' bounds; that must reach
    ``min_count``, or a small count is as good as shown ("Yes 25 of 27; No [c], Mixed [c]": each is 1).

    The next cell hidden is the smallest non-zero one: first among cells that cost nothing more to hide (``prefer``: a
    group or answer already partly hidden) and are not to be avoided (``avoid``: the Yes share), then among any.

    >>> _one_more(np.array([25, 1, 1]), np.array([False, True, True]), min_count=3).tolist()
    [True, True, True]
    >>> _one_more(np.array([20, 5, 1, 1]), np.array([False, False, True, True]), min_count=3).tolist()
    [False, True, True, True]
    >>> _one_more(np.array([20, 5, 3, 1]), np.array([False, False, False, True]), min_count=3).tolist()
    [False, False, True, True]
    """
    sup = sup.copy()
    low = np.ones(len(values)) if lower is None else np.asarray(lower, dtype=float)
    keep = ~avoid if avoid is not None else np.ones(len(values), dtype=bool)
    pref = prefer if prefer is not None else np.ones(len(values), dtype=bool)
    while sup.any():
        k = int(sup.sum())
        exposed = k == 1
        if not exposed and min_count is not None:
            hidden_total = float(values[sup].sum())
            # the least any hidden cell can be shown to be at most: the total less every other hidden cell's bound
            exposed = hidden_total - float(low[sup].sum()) + float(low[sup].min()) < min_count
        if not exposed:
            break
        free = ~sup & (values > 0)
        for pool in (free & pref & keep, free & keep, free & pref, free):
            others = np.where(pool, values, np.inf)
            if np.isfinite(others).any():
                sup[int(np.argmin(others))] = True
                break
        else:
            break  # every non-zero cell is hidden already
    return sup


def _secondary(
    values: np.ndarray,
    sup: np.ndarray,
    rows_free: np.ndarray | None = None,
    avoid: np.ndarray | None = None,
    min_count: int | None = None,
) -> np.ndarray:
    """Secondary suppression of a groups x answers matrix until no hidden cell can be worked out.

    A row (group) with exactly one hidden cell gives it away through the base; a column (answer)
    with exactly one hidden cell through the overall figure. ``rows_free`` marks rows whose base is
    shown (a row hidden whole needs nothing more within it); ``avoid`` marks answers to keep shown
    where another will do (the Yes share). The next cell hidden is the smallest, preferring rows
    and columns that already hide something, so that the fewest groups lose figures.
    """
    sup = sup.copy()
    n_rows = values.shape[0]
    rows_free = np.ones(n_rows, dtype=bool) if rows_free is None else rows_free
    lower = rows_free.astype(float)  # a cell hidden in a group hidden whole may be 0; any other, at least 1
    for _ in range(values.size + 1):
        before = sup.copy()
        for i in range(n_rows):
            if rows_free[i]:
                sup[i] = _one_more(values[i], sup[i], prefer=sup.sum(axis=0) > 0, avoid=avoid, min_count=min_count)
        if n_rows > 1:
            for j in range(values.shape[1]):
                sup[:, j] = _one_more(
                    values[:, j], sup[:, j], prefer=sup.sum(axis=1) > 0, min_count=min_count, lower=lower
                )
        if np.array_equal(before, sup):
            break
    return sup


def _audited(
    counts: np.ndarray,
    bases: np.ndarray,
    sup: np.ndarray,
    base_sup: np.ndarray,
    whole: np.ndarray,
    multi: bool,
    avoid: np.ndarray,
    min_count: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Hide more cells of a groups x answers table until no hidden small count can be shown to be small by
    combining what is published (``_exposed``): the rules line by line (``_secondary``) miss what rows and columns
    say together. Each round hides the smallest non-zero count still shown in the exposed cell's group (the Yes share
    last), else in its answer; where every non-zero count of the answer is hidden already, its zeros are hidden too
    (a reader can no longer count on each [c] being 1 or more). A small base that could be shown to be small has the
    next smallest base hidden with it, and where every non-zero base is hidden, the zero ones. Returns the cells and
    the bases to hide; the answers' overall counts are left as they are, so that a table of the overall figures alone
    (a chart, the Word draft) agrees with this one."""
    sup = sup.copy()
    zeros = np.zeros(counts.shape[1], dtype=bool)  # answers whose zero counts are hidden too
    zero_bases = False  # whether the zero bases are hidden too
    for _ in range(counts.size + counts.shape[1] + 1):
        cell = _exposed(counts, bases, sup, base_sup, whole, multi, min_count, zeros, zero_bases)
        if cell is None:
            break
        i, j = cell
        if j < 0:  # a small base: the smallest base still shown is hidden too
            shown = ~base_sup & (bases > 0)
            if not shown.any():
                if zero_bases or not (bases == 0).any():
                    break
                zero_bases = True  # every non-zero base is hidden: the zero ones too, so none is known to be 1 or more
                base_sup = base_sup | (bases == 0)
                sup[base_sup] = True
                sup = _secondary(counts, sup, rows_free=~whole & ~base_sup, avoid=avoid, min_count=min_count)
                continue
            base_sup = base_sup.copy()
            base_sup[int(np.argmin(np.where(shown, bases, np.inf)))] = True
            sup[base_sup] = True
            sup = _secondary(counts, sup, rows_free=~whole & ~base_sup, avoid=avoid, min_count=min_count)
            continue
        free = ~sup & (counts > 0)
        if free[i].any():  # in its group: the smallest shown, the Yes share last
            pool = free[i] & ~avoid if (free[i] & ~avoid).any() else free[i]
            sup[i, int(np.argmin(np.where(pool, counts[i], np.inf)))] = True
        elif free[:, j].any():  # in its answer
            sup[int(np.argmin(np.where(free[:, j], counts[:, j], np.inf))), j] = True
        elif not zeros[j] and (~sup[:, j] & (counts[:, j] == 0)).any():
            # every non-zero count of the answer is hidden: its zeros are hidden too, so that no [c] of it is known to
            # be 1 or more (a reader cannot tell a hidden 0 from a hidden 1)
            zeros[j] = True
            sup[:, j] = True
        elif free.any():
            flat = np.where(free, counts, np.inf)
            sup[np.unravel_index(int(np.argmin(flat)), flat.shape)] = True
        elif not zero_bases and base_sup.any() and (bases == 0).any():
            zero_bases = True  # bounded by hidden bases that add up to the whole: the zero bases are hidden too
            base_sup = base_sup | (bases == 0)
            sup[base_sup] = True
        else:
            break  # everything that could be hidden is
        sup = _secondary(counts, sup, rows_free=~whole & ~base_sup, avoid=avoid, min_count=min_count)
    return sup, base_sup


def _exposed(
    counts: np.ndarray,
    bases: np.ndarray,
    sup: np.ndarray,
    base_sup: np.ndarray,
    whole: np.ndarray,
    multi: bool,
    min_count: int,
    zeros: np.ndarray | None = None,
    zero_bases: bool = False,
) -> tuple[int, int] | None:
    """A hidden count from 1 to ``min_count - 1`` that a reader can show to be below ``min_count`` from what is
    published (as (group, answer); a hidden base as (group, -1)), or None: the largest value it can take, given every shown count and base, the groups' bases
    (which their counts add up to, unless the answers are not exclusive, ``multi``: then each is at most the base),
    the answers' overall counts (what a breakdown's groups add up to; taken as known where they could be shown:
    zero or at least ``min_count``) and that a hidden count in a group whose figures are shown is at least 1 (zeros
    are printed as 0), found by integer programming (scipy's ``milp``, HiGHS).

    >>> counts = np.array([[25.0, 1, 1], [20, 5, 5]]); bases = counts.sum(axis=1)
    >>> sup = np.array([[True, True, True], [False, False, False]])  # the first group hidden whole, by its rows
    >>> no = np.zeros(2, dtype=bool)
    >>> _exposed(counts, bases, sup, no, no, False, 3)  # the overall No (6) less the second group's (5): 1
    (0, 1)
    >>> sup[1, 1:] = True  # the second's No and Mixed hidden too: the Yes total still gives the first's Yes (25),
    >>> _exposed(counts, bases, sup, no, no, False, 3)  # so its No and Mixed add up to 2: each is 1
    (0, 1)
    >>> sup[1, 0] = True  # and its Yes: the first group's No could now be anything from 1 to 5
    >>> _exposed(counts, bases, sup, no, no, False, 3) is None
    True
    """
    sensitive = sup & (counts > 0) & (counts < min_count)
    small_bases = base_sup & (bases > 0) & (bases < min_count)
    if not sensitive.any() and not small_bases.any():
        return None
    if not multi and not small_bases.any():
        sensitive = sensitive & ~_swappable(counts, bases, sup, base_sup, whole, min_count, zeros)
        if not sensitive.any():
            return None
    from scipy.optimize import Bounds, LinearConstraint, milp

    n_groups, n_answers = counts.shape
    cells = [(int(i), int(j)) for i, j in zip(*np.nonzero(sup), strict=True)]
    at = {c: k for k, c in enumerate(cells)}
    hidden_bases = [int(i) for i in np.flatnonzero(base_sup)]
    bat = {i: len(cells) + k for k, i in enumerate(hidden_bases)}
    n = len(cells) + len(hidden_bases)
    lower, upper = np.zeros(n), np.full(n, np.inf)
    for (i, j), k in at.items():
        # at least 1 where zeros are printed: in a group whose figures are shown, of an answer whose zeros are shown
        lower[k] = 0.0 if whole[i] or base_sup[i] or (zeros is not None and zeros[j]) else 1.0
        if not base_sup[i]:
            upper[k] = bases[i]
    for k in bat.values():
        lower[k] = 0.0 if zero_bases else 1.0  # (a base of 0 is shown, unless the zero bases are hidden too)
    upper = np.minimum(upper, max(float(bases.sum()), float(counts.sum()), 1.0))  # none exceeds the whole table
    rows, lo, hi = [], [], []

    def add(coeffs: np.ndarray, low: float, high: float) -> None:
        rows.append(coeffs)
        lo.append(low)
        hi.append(high)

    for i in range(n_groups):
        shown = float(counts[i][~sup[i]].sum())
        coeffs = np.zeros(n)
        for j in np.flatnonzero(sup[i]):
            coeffs[at[(i, int(j))]] = 1.0
        if multi:  # each answer at most the base
            if base_sup[i]:
                for j in np.flatnonzero(sup[i]):
                    c = np.zeros(n)
                    c[at[(i, int(j))]], c[bat[i]] = 1.0, -1.0
                    add(c, -np.inf, 0.0)
            continue
        exact = counts[i].sum() == bases[i]  # the answers add up to the base (else at most the base)
        if base_sup[i]:
            coeffs[bat[i]] = -1.0
            add(coeffs, -shown if exact else -np.inf, -shown)
        elif coeffs.any():
            add(coeffs, bases[i] - shown if exact else -np.inf, bases[i] - shown)
    if n_groups > 1:
        for j in range(n_answers):
            total = float(counts[:, j].sum())
            if not sup[:, j].any() or 0 < total < min_count:
                continue  # (a small overall count is withheld: not known)
            coeffs = np.zeros(n)
            for i in np.flatnonzero(sup[:, j]):
                coeffs[at[(int(i), j)]] = 1.0
            rest = total - float(counts[:, j][~sup[:, j]].sum())
            add(coeffs, rest, rest)
        if hidden_bases:
            coeffs = np.zeros(n)
            for k in bat.values():
                coeffs[k] = 1.0
            rest = float(bases[base_sup].sum())
            add(coeffs, rest, rest)
    constraints = LinearConstraint(np.array(rows), lo, hi) if rows else ()
    wanted = [((int(i), int(j)), at[(int(i), int(j))]) for i, j in zip(*np.nonzero(sensitive), strict=True)]
    wanted += [((int(i), -1), bat[int(i)]) for i in np.flatnonzero(small_bases)]  # a small base hidden: (group, -1)
    bounds, whole_numbers = Bounds(lower, upper), np.ones(n)

    def largest(ks: list[int]) -> Any:
        c = np.zeros(n)
        c[ks] = -1.0  # the largest the cells can take together (one cell: its largest value)
        return milp(c, constraints=constraints, integrality=whole_numbers, bounds=bounds)

    # a solution in which a cell reaches min_count shows it cannot be shown to be small: one solve making the cells
    # still in question as large as they can be together settles most of them; the rest are asked one by one
    open_ = dict(wanted)
    while open_:
        res = largest(list(open_.values()))
        settled = [cell for cell, k in open_.items() if res.status == 0 and res.x[k] >= min_count - 1e-9]
        for cell in settled:
            del open_[cell]
        if settled:
            continue
        cell, k = next(iter(open_.items()))
        res = largest([k])
        if res.status != 0 or -res.fun < min_count - 1e-9:
            return cell  # (no answer from the solver: taken as shown, so more is hidden)
        for other, ko in list(open_.items()):
            if res.x[ko] >= min_count - 1e-9 or other == cell:
                del open_[other]
    return None


def _swappable(
    counts: np.ndarray,
    bases: np.ndarray,
    sup: np.ndarray,
    base_sup: np.ndarray,
    whole: np.ndarray,
    min_count: int,
    zeros: np.ndarray | None = None,
) -> np.ndarray:
    """Hidden cells that can be shown to reach ``min_count`` without a solver: a rectangle of hidden cells, the cell
    at one corner, over which as much can be moved as it lacks (added to it and the opposite corner, taken from the
    other two, which stay at or above their bounds) keeps every row and column total, so the cell may be that large.
    A quick first test before ``_exposed``'s integer programme (which settles the others).

    >>> counts = np.array([[25.0, 1, 4], [20, 5, 5]]); sup = np.array([[False, True, True], [False, True, True]])
    >>> no = np.zeros(2, dtype=bool)
    >>> _swappable(counts, counts.sum(axis=1), sup, no, no, 3).tolist()  # 2 moved: (1, 4 | 5, 5) -> (3, 2 | 3, 7)
    [[False, True, False], [False, False, False]]
    """
    n_groups, n_answers = counts.shape
    low = np.ones_like(counts)
    low[whole | base_sup] = 0.0
    if zeros is not None:
        low[:, zeros] = 0.0
    upper = np.repeat(np.where(base_sup, np.inf, bases)[:, None], n_answers, axis=1)
    out = np.zeros_like(sup)
    for i, j in zip(*np.nonzero(sup & (counts > 0) & (counts < min_count)), strict=True):
        need = min_count - counts[i, j]
        if base_sup[i] or counts[i, j] + need > upper[i, j]:
            continue
        cols = sup[i] & (counts[i] - low[i] >= need)
        rows = sup[:, j] & (counts[:, j] - low[:, j] >= need) & ~base_sup
        cols[j], rows[i] = False, False
        if not cols.any() or not rows.any():
            continue
        corner = sup[np.ix_(rows, cols)] & (counts[np.ix_(rows, cols)] + need <= upper[np.ix_(rows, cols)])
        out[i, j] = bool(corner.any())
    return out


def _family_keys(df: pd.DataFrame, exclude: Iterable[str]) -> list[str]:
    ex = set(exclude)
    return [c for c in df.columns if c not in ex]


def _families(df: pd.DataFrame, keys: list[str]) -> list[np.ndarray]:
    """Row positions of each family (the rows that share every key), in order of first appearance."""
    if not keys or df.empty:
        return [np.arange(len(df))]
    codes = df[keys].astype("object").fillna("\x00").groupby(keys, sort=False).ngroup().to_numpy()
    return [np.flatnonzero(codes == c) for c in pd.unique(codes)]


def _merged_label(labels: tuple[str, ...]) -> str:
    """ "Mixed or unclear" from ("Mixed", "Unclear")."""
    return labels[0] + "".join(
        (" or " if i == len(labels) - 1 else ", ") + x.lower() for i, x in enumerate(labels[1:], 1)
    )


def _merge_family(
    fam: pd.DataFrame, answer: str, group: str | None, rules: Rules
) -> tuple[pd.DataFrame, list[tuple[str, ...]]]:
    """Merge the settings' categories within one family where one of them would be hidden.

    In each group (in order of first appearance) the merged categories' rows become one row, at the
    first one's place, holding their summed count and its share of the group's base; the other rows
    are kept as they are (a group without any of the categories, too). The rows are taken from the
    family's values as one array and the frame is made once from them (as building it from each
    row did, so every column's type is inferred alike); the gate runs on every table of every report.
    """
    done: list[tuple[str, ...]] = []
    for mset in rules.merge:
        answers = fam[answer].astype(str)
        held = set(answers)
        present = [a for a in mset if a in held]
        if len(present) < 2:
            continue
        inside_all = answers.isin(present).to_numpy(dtype=bool)
        small = (fam["count"] > 0) & (fam["count"] < rules.min_count) & (fam["base"] >= rules.min_base)
        if not (small.to_numpy(dtype=bool) & inside_all).any():
            continue
        fam = _merged_rows(fam, answer, group, inside_all, _merged_label(tuple(present)))
        done.append(tuple(present))
    return fam, done


_MERGED_SHARES = ("percent", "ci_low", "ci_high")  # set on a merged row (a column added if the table has none)


def _merged_rows(fam: pd.DataFrame, answer: str, group: str | None, inside: np.ndarray, label: str) -> pd.DataFrame:
    """``fam`` with the rows marked ``inside`` of each group made one row, labelled ``label``.

    The rows come out group by group (in order of first appearance), each group's in their order,
    its merged row where its first marked row was.

    >>> fam = pd.DataFrame({"group": ["a", "b", "a", "b"], "answer": ["Mixed", "Mixed", "Unclear", "Yes"],
    ...                     "count": [1, 2, 3, 4], "base": [10, 10, 10, 10]})
    >>> _merged_rows(fam, "answer", "group", np.array([True, True, True, False]), "M")[["group", "answer", "count"]].values.tolist()
    [['a', 'M', 4], ['b', 'M', 2], ['b', 'Yes', 4]]
    """
    n = len(fam)
    if group is None:
        codes = np.zeros(n, dtype=np.int64)
    else:
        codes = pd.factorize(fam[group], sort=False)[0]
    order = np.argsort(codes, kind="stable")  # group by group, in order of first appearance
    codes_o, inside_o = codes[order], inside[order]
    # each group's first marked row stays (as the merged row); its other marked rows go
    marked = np.flatnonzero(inside_o)
    first = np.zeros(n, dtype=bool)
    first[marked[np.unique(codes_o[marked], return_index=True)[1]]] = True
    keep = ~inside_o | first
    columns = list(fam.columns) + [c for c in _MERGED_SHARES if c not in fam.columns]
    values = np.asarray(fam.values, dtype=object)  # the rows as the frame's row iterator gives them
    if len(columns) > fam.shape[1]:
        extra = np.full((n, len(columns) - fam.shape[1]), np.nan, dtype=object)
        values = np.concatenate([values, extra], axis=1)
    rows = values[order].copy()
    at = {c: k for k, c in enumerate(columns)}
    counts = fam["count"].to_numpy()[order]
    for pos in np.flatnonzero(first):
        g = codes_o[pos]
        count = int(counts[(codes_o == g) & inside_o].sum())
        base = float(rows[pos, at["base"]])
        rows[pos, at[answer]] = label
        rows[pos, at["count"]] = count
        rows[pos, at["percent"]] = 100 * count / base if base else math.nan
        lo, hi = wilson(count, base)
        rows[pos, at["ci_low"]], rows[pos, at["ci_high"]] = 100 * lo, 100 * hi
    return pd.DataFrame(rows[keep].tolist(), columns=pd.Index(columns, dtype=fam.columns.dtype))


def _shares(df: pd.DataFrame, rules: Rules) -> pd.DataFrame:
    answer = next((c for c in _ANSWER_COLS if c in df.columns), None)
    group = "group" if "group" in df.columns else None
    keys = _family_keys(df, (*_SHARE_VALUES, "base", *_SKIP, *(_ANSWER_COLS), "group", "note"))
    out_parts = []
    for rows in _families(df, keys):
        fam = df.iloc[rows].reset_index(drop=True)
        merged: list[tuple[str, ...]] = []
        if answer is not None and rules.merge:
            fam, merged = _merge_family(fam, answer, group, rules)
        groups = [None] if group is None else list(dict.fromkeys(fam[group]))
        answers = list(dict.fromkeys(fam[answer])) if answer else [None]
        gi = {g: i for i, g in enumerate(groups)}
        ai = {a: j for j, a in enumerate(answers)}
        rows_g = [None] * len(fam) if group is None else fam[group].tolist()
        rows_a = [None] * len(fam) if answer is None else fam[answer].tolist()
        ii = np.array([gi[g] for g in rows_g], dtype=int)
        jj = np.array([ai[a] for a in rows_a], dtype=int)
        counts = np.zeros((len(groups), len(answers)))
        bases = np.zeros(len(groups))
        where = np.full((len(groups), len(answers)), -1)
        last = _last_of(ii * len(answers) + jj)  # as read row by row: a repeated cell's last row holds it
        counts[ii[last], jj[last]] = fam["count"].astype(float).to_numpy()[last]
        where[ii[last], jj[last]] = last
        last = _last_of(ii)
        bases[ii[last]] = fam["base"].astype(float).to_numpy()[last]  # a group's rows share its base
        whole = (bases < rules.min_base) & (bases > 0)
        sup = np.repeat(whole[:, None], len(answers), axis=1)
        sup |= (counts > 0) & (counts < rules.min_count)
        avoid = np.array([a is not None and str(a) in rules.keep_shown for a in answers])
        sup = _secondary(counts, sup, rows_free=~whole, avoid=avoid, min_count=rules.min_count)
        base_sup = (bases > 0) & (bases < rules.min_count)
        if len(groups) > 1:
            base_sup = _one_more(bases, base_sup, min_count=rules.min_count)
        sup[base_sup] = True
        sup, base_sup = _audited(
            counts, bases, sup, base_sup, whole, answer in ("choice", "theme"), avoid, rules.min_count
        )
        fam = _publish_cells(fam, ii, jj, where, counts, bases, sup, base_sup)
        if merged:
            notes = {
                _merged_label(m): f"{' and '.join(m)} are shown together so that no small count is shown"
                for m in merged
            }
            fam["note"] = [notes.get(str(a), "") for a in fam[answer]]
        out_parts.append(fam)
    out = pd.concat(out_parts, ignore_index=True) if out_parts else df.copy()
    if "note" in out.columns:
        out["note"] = out["note"].fillna("").astype(object)
    return out


def _last_of(keys: np.ndarray) -> np.ndarray:
    """Positions of the last occurrence of each distinct key.

    >>> _last_of(np.array([4, 7, 4, 2])).tolist()
    [1, 2, 3]
    """
    _, first_from_end = np.unique(keys[::-1], return_index=True)
    return np.sort(len(keys) - 1 - first_from_end)


def _publish_cells(
    fam: pd.DataFrame,
    ii: np.ndarray,
    jj: np.ndarray,
    where: np.ndarray,
    counts: np.ndarray,
    bases: np.ndarray,
    sup: np.ndarray,
    base_sup: np.ndarray,
) -> pd.DataFrame:
    """One family's cells as published: a group with no base not available ([x], count 0), hidden
    cells [c], shown counts whole and shares rounded to one decimal place, bases [c] where hidden.

    Row ``k`` is cell ``(ii[k], jj[k])``; only the row the matrix holds for its cell (``where``) is
    rewritten, column by column.
    """
    owner = where[ii, jj] == np.arange(len(fam))
    empty = owner & (bases[ii] == 0) & ~base_sup[ii]  # (a zero base hidden with the others is [c] throughout)
    hidden = owner & ~empty & (sup[ii, jj] | base_sup[ii])
    shown = owner & ~empty & ~hidden
    out = fam.copy()
    for c in _SHARE_VALUES:
        if c not in out.columns:
            continue
        col = out[c].to_numpy(dtype=object).copy()
        if c == "count":
            col[empty] = 0
            col[shown] = [int(v) for v in counts[ii[shown], jj[shown]]]
        else:
            col[empty] = NOT_AVAILABLE
            col[shown] = [NOT_AVAILABLE if pd.isna(v) else round_half_up(float(v), 1) for v in col[shown]]
        col[hidden] = CONFIDENTIAL
        out[c] = pd.Series(col, index=out.index, dtype=object)
    base = out["base"].to_numpy(dtype=object).copy()
    base[owner] = [CONFIDENTIAL if base_sup[i] else int(bases[i]) for i in ii[owner]]
    out["base"] = pd.Series(base, index=out.index, dtype=object)
    return out


def _is_money(row: Mapping[str, Any], column: str, money: bool | Iterable[str]) -> bool:
    if money is True:
        return True
    if column.endswith("_gbp"):
        return True
    measure = row.get("measure")
    if isinstance(measure, str) and (measure.endswith("_gbp") or (not isinstance(money, bool) and measure in money)):
        return True
    return False


def _summary(df: pd.DataFrame, rules: Rules, money: bool | Iterable[str]) -> pd.DataFrame:
    ncol = next(c for c in _N_COLS if c in df.columns)
    has_median = "median" in df.columns
    quart = _QUARTILES + (_MEDIAN_CI if has_median else ())
    stats = [c for c in _STATS if c in df.columns]
    quart = [c for c in quart if c in df.columns]
    others = [c for c in df.columns if c not in (ncol, *stats, *quart, *_COUNT_LIKE, *_SKIP)]
    floats = [c for c in df.columns if c not in others and c != ncol and pd.api.types.is_float_dtype(df[c])]
    out = df.drop(columns=[c for c in _SKIP if c in df.columns]).reset_index(drop=True)
    n = out[ncol].astype(float).to_numpy()
    value_cols = [*stats, *quart, *[c for c in _COUNT_LIKE if c in out.columns], ncol]
    out = out.astype({c: "object" for c in value_cols})
    # respondent numbers first (a group's n hidden to protect another's hides its statistics too,
    # since a statistic is shown only beside the number of respondents it comes from)
    keys = [c for c in others if c not in ("group", "ci_method")]
    n_sup = (n > 0) & (n < rules.min_count)
    families = _families(out, keys) if "group" in out.columns else []
    for rows in families:
        if len(rows) >= 2:
            n_sup[rows] = _one_more(n[rows], n_sup[rows], min_count=rules.min_count)
    hidden_stat = np.zeros(len(out), dtype=bool)
    for k in range(len(out)):
        row = out.iloc[k]
        for c in stats + quart:
            need = rules.min_quartile_n if c in quart else rules.min_statistic_n
            v = row[c]
            if n[k] == 0:
                out.at[k, c] = NOT_AVAILABLE
            elif n[k] < need or n_sup[k]:
                out.at[k, c] = CONFIDENTIAL
                hidden_stat[k] |= c in _ADDITIVE
            elif pd.isna(v):
                out.at[k, c] = NOT_AVAILABLE
            elif _is_money(row, c, money):
                out.at[k, c] = round_money(float(v), rules.money_significant_figures)
            elif c in floats:
                out.at[k, c] = round_half_up(float(v), 2)
        for c in _COUNT_LIKE:
            if c in out.columns:
                v = row[c]
                if v is None or pd.isna(v):
                    out.at[k, c] = NOT_APPLICABLE
                elif 0 < float(v) < rules.min_count:
                    out.at[k, c] = CONFIDENTIAL
                else:
                    out.at[k, c] = int(v)
    # secondary: sums and means of a breakdown's groups add up to the overall
    if "group" in out.columns:
        for rows in families:
            if len(rows) < 2:
                continue
            more = _one_more(n[rows], hidden_stat[rows])
            for k in rows[more & ~hidden_stat[rows]]:
                for c in _ADDITIVE:
                    if c in out.columns:
                        out.at[k, c] = CONFIDENTIAL
                for c in ("mean_ci_low", "mean_ci_high"):
                    if c in out.columns:
                        out.at[k, c] = CONFIDENTIAL
    out[ncol] = [CONFIDENTIAL if s else int(v) for v, s in zip(n, n_sup, strict=True)]
    return out


_DERIVED_SHARES = frozenset({"coverage", "percent", "share", "rate"})  # a column so named beside counts: from them


def _counts(df: pd.DataFrame, rules: Rules, count_columns: Iterable[str]) -> pd.DataFrame:
    """Count columns of a table whose rows are not groups of one breakdown (a data-quality table: one row per question,
    a column per way its answers were cleaned). A column's counts add up to its total; a row's counts are tied by
    identities (answered + inferred - left missing = not missing), so a row with one hidden count hides another too,
    and a share worked out from a row's counts ("coverage") is hidden with them.

    >>> t = pd.DataFrame({"field": ["Q1", "Q2"], "answered": [112, 40], "inferred": [1, 6], "missing": [30, 9]})
    >>> publishable(t, count_columns=["answered", "inferred", "missing"]).values.tolist()
    [['Q1', 112, '[c]', '[c]'], ['Q2', 40, '[c]', '[c]']]

    (Q1's 1 inferred is small; its column hides Q2's 6 with it, and each row its next smallest, "missing".)
    """
    out = df.drop(columns=[c for c in _SKIP if c in df.columns]).reset_index(drop=True)
    cols = list(count_columns)
    values = np.column_stack([pd.to_numeric(out[c], errors="coerce").astype(float).to_numpy() for c in cols])
    v0 = np.nan_to_num(values)
    sup = (v0 > 0) & (v0 < rules.min_count)
    for _ in range(sup.size + 1):
        before = sup.copy()
        for j in range(len(cols)):  # a column adds up to its total
            sup[:, j] = _one_more(v0[:, j], sup[:, j], min_count=rules.min_count)
        for i in range(len(out)):  # a row's counts are tied to each other
            if len(cols) > 1:
                sup[i] = _one_more(v0[i], sup[i])
        if np.array_equal(before, sup):
            break
    for j, c in enumerate(cols):
        out[c] = pd.array(
            [
                NOT_AVAILABLE if np.isnan(x) else CONFIDENTIAL if s else int(x)
                for x, s in zip(values[:, j], sup[:, j], strict=True)
            ],
            dtype=object,
        )
    hidden_rows = sup.any(axis=1)
    for c in out.columns:
        if c not in cols and _DERIVED_SHARES & set(re.split(r"[\W_]+", str(c).lower())) and hidden_rows.any():
            out[c] = out[c].astype(object)
            out.loc[hidden_rows, c] = CONFIDENTIAL
    return out


def publishable(
    table: pd.DataFrame,
    settings: Any = None,
    *,
    money: bool | Iterable[str] = False,
    count_columns: Iterable[str] | None = None,
) -> pd.DataFrame:
    """The table as it may be published: the one gate of every published number.

    Parameters
    ----------
    table : DataFrame
        A tidy analysis table of svanalysis. Its shape says what it holds:

        - **shares**: ``count`` and ``base`` (and ``percent``, ``ci_low``, ``ci_high``), one row
          per answer (``answer``, ``choice`` or ``theme``) of each ``group``; other columns
          (question, option, breakdown, field...) tell its families apart;
        - **summaries** of figures respondents gave: ``n`` (or ``respondents``) with ``median``,
          ``q1``, ``q3``, ``mean``, ``total`` and intervals;
        - **counts** of respondents: the columns named in ``count_columns``.
    settings : mapping, path or Rules, optional
        The settings (default: the shipped ones); their ``suppression`` section holds the rules.
    money : bool or iterable of str
        Whether the statistics are money (``True``), or the ``measure`` values that are; a measure
        or column named ``*_gbp`` is money anyway.
    count_columns : iterable of str, optional
        For a table of plain counts of respondents (e.g. by channel).

    Returns
    -------
    DataFrame
        The same rows and columns (a ``suppressed`` flag dropped; a ``note`` added where categories
        were merged); withheld cells hold ``[c]``, ``[x]`` or ``[z]``, every other cell its number,
        rounded for publication.

    Raises
    ------
    ValueError
        If the table's shape is none of the above.

    Examples
    --------
    Mixed (2) would be hidden, and with it the next smallest count; Mixed and Unclear are shown
    together instead, and nothing needs hiding.

    >>> t = pd.DataFrame({"answer": ["Yes", "No", "Mixed", "Unclear"], "count": [15, 5, 2, 3],
    ...                   "base": [25] * 4, "percent": [60.0, 20.0, 8.0, 12.0]})
    >>> publishable(t)[["answer", "count", "percent"]].values.tolist()
    [['Yes', 15, 60.0], ['No', 5, 20.0], ['Mixed or unclear', 5, 20.0]]

    A median from four figures is withheld; the number who gave one is shown.

    >>> s = pd.DataFrame({"measure": ["fte"], "n": [4], "median": [2.5], "q1": [1.75], "q3": [4.75]})
    >>> publishable(s).values.tolist()
    [['fte', 4, '[c]', '[c]', '[c]']]
    """
    rules = disclosure_rules(settings)
    money = money if isinstance(money, bool) else tuple(money)
    count_columns = None if count_columns is None else tuple(count_columns)
    key = _gated_key(table, rules, money, count_columns)
    if key is not None and key in _GATED:
        _GATED[key] = _GATED.pop(key)  # the most recently used last
        return pickle.loads(_GATED[key])
    out = _gate(table, rules, money, count_columns)
    if key is not None:
        _GATED[key] = pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL)
        while len(_GATED) > _GATED_MAX:
            del _GATED[next(iter(_GATED))]
    return out


# Gated tables already made in this process, by the exact table and rules (a report gates the same
# table for its findings, its chart and its table). Kept pickled: each hit is a new frame, equal
# to what the gate would make, that shares nothing with the memo or with an earlier caller.
_GATED: dict[tuple[Any, ...], bytes] = {}
_GATED_MAX = 256
_GATED_LARGEST = 1 << 20  # bytes of a pickled table: larger ones are gated afresh (and not kept)


def _gated_key(
    table: pd.DataFrame, rules: Rules, money: bool | tuple[str, ...], count_columns: tuple[str, ...] | None
) -> tuple[Any, ...] | None:
    """The memo's key: the rules, the arguments and the table's pickle, which holds its every value,
    type, label and attribute (two tables with the same pickle are the same table); None where
    the table cannot be pickled or is large."""
    try:
        content = pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # an unpicklable cell: gate without the memo
        return None
    if len(content) > _GATED_LARGEST:
        return None
    return (rules, money, count_columns, content)


def _gate(
    table: pd.DataFrame, rules: Rules, money: bool | tuple[str, ...], count_columns: tuple[str, ...] | None
) -> pd.DataFrame:
    cols = set(table.columns)
    if count_columns is not None:
        return _counts(table, rules, count_columns)
    if {"count", "base"} <= cols:
        return _shares(table.drop(columns=[c for c in _SKIP if c in cols]), rules)
    if any(c in cols for c in _N_COLS) and any(c in cols for c in (*_STATS, *_QUARTILES)):
        return _summary(table, rules, money)
    raise ValueError(
        f"publishable: cannot tell how to gate a table with columns {list(table.columns)}; "
        "expected count and base, n with statistics, or count_columns"
    )


def all_withheld(table: pd.DataFrame, columns: Iterable[str] | None = None) -> bool:
    """Whether every value cell of a gated table is a symbol (so it says nothing).

    >>> all_withheld(pd.DataFrame({"answer": ["Yes", "No"], "count": ["[c]", "[c]"], "base": [7, 7]}), ["count"])
    True
    """
    cols = [c for c in (columns or table.columns) if c in table.columns]
    if table.empty or not cols:
        return True
    return bool(table[cols].map(is_symbol).to_numpy().all())


def symbols_used(*tables: pd.DataFrame) -> list[str]:
    """The symbols found in any of the tables, in the order of ``SYMBOLS``.

    >>> symbols_used(pd.DataFrame({"a": ["[z]", 1, "[c]"]}))
    ['[c]', '[z]']
    """
    found: set[str] = set()
    for t in tables:
        for c in t.columns:
            found |= {v for v in t[c] if is_symbol(v)}
    return [s for s in SYMBOLS if s in found]


# ---------------------------------------------------------------------------- places in text
# Names of forces, councils, trusts and services: "<Place> Police", "<Place> Borough Council", ...
_ORG_SUFFIX = (
    r"(?:Police(?:\s+(?:Service|Force|Authority))?|Constabulary|"
    r"(?:Metropolitan\s+Borough|Borough|County|District|City|Town|Parish|Unitary)\s+Council|Council|"
    r"Combined\s+Authority|Fire\s+and\s+Rescue(?:\s+(?:Service|Authority))?|"
    r"NHS(?:\s+Foundation)?\s+Trust|Clinical\s+Commissioning\s+Group|CCG|Health\s+Board|"
    r"Youth\s+(?:Offending|Justice)\s+(?:Service|Team|Partnership)|Community\s+Safety\s+Partnership|"
    r"Safeguarding\s+(?:Board|Partnership)|Violence\s+Reduction\s+(?:Unit|Network)|Public\s+Health\s+Team|"
    r"Mental\s+Health\s+Trust|Academy\s+Trust|Local\s+Authority|Ambulance\s+Service|Housing\s+Association)"
)
_NAME_PART = r"[A-Z][\w'’&.-]*(?:\s+(?:and|of|upon|on|the|in)\s+[A-Z][\w'’&.-]*|\s+[A-Z][\w'’&.-]*)*"
_NAME = _NAME_PART + "?"  # shortest name before an organisation's word: "Kelby Borough Council and Avon..."
_WHOLE_NAME = _NAME_PART  # longest name after "for": "Commissioner for Thornbury Vale"
_ORG = re.compile(rf"\b({_NAME})\s+{_ORG_SUFFIX}\b")
_OFFICE = re.compile(
    rf"\b(?:(?:Office\s+of\s+the\s+)?Police\s+and\s+Crime\s+Commissioner|PCC|OPCC|Mayor)\s+(?:for|of)\s+(?:the\s+)?{_WHOLE_NAME}"
)
_PRISON = re.compile(rf"\bHMP\s+{_WHOLE_NAME}")
# "our work in Westmere", "across Kelby", "at our Millbrook base": a name after a preposition of place
_AFTER = re.compile(
    r"\b((?i:in|across|around|from|throughout|within|at|near)(?:\s+(?i:our|the|every|each|their))?)\s+"
    r"((?:[A-Z][a-z’'-]+)(?:\s+[A-Z][a-z’'-]+)?)"
)
# "the Wendlow partnership's", "our Millbrook base": a name before a word for a local body or place
_BEFORE = re.compile(
    r"\b([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?)(?=(?:[’']s)?\s+(?:partnerships?|councils?|force|police|areas?|borough|"
    r"county|city|town|district|base|teams?|services?|trust|constabulary|communit(?:y|ies)|estates?|office|unit|hub|"
    r"project|schools?|college|hospital|ward|neighbourhoods?)\b)"
)
# any other run of capitalised words inside a sentence (after a lower-case word or a comma)
_INSIDE = re.compile(r"(?<=[a-z0-9,;:)’'] )([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)*)")
# Words that start a name but are not places ("The Police", "Our Council", "Local Authority").
_NOT_NAMES = {
    "the", "our", "a", "an", "this", "that", "each", "every", "local", "all", "any", "my", "their", "your",
    "its", "his", "her", "some", "many", "other", "new", "existing", "current", "national", "relevant",
    "respective", "both", "these", "those", "such", "no", "and", "or", "with", "for", "we", "i",
}  # fmt: skip
_COMMON_WORDS = {"Reading", "Bath", "Sale", "Wells"}  # words that also start an ordinary sentence
_EVERYDAY = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "England", "Wales", "Scotland", "Ireland", "Northern", "Britain", "Great", "UK", "United", "Kingdom",
    "Europe", "European", "Government", "Home", "Office", "Parliament", "Ministry", "Justice", "Department",
    "Education", "Health", "Police", "Policing", "Council", "Councils", "Crime", "Commissioner", "Commissioners",
    "Option", "Options", "One", "Two", "Three", "Schedule", "Act", "Community", "Safety", "Partnership",
    "Partnerships", "Public", "Practice", "Christmas", "Easter", "I", "We", "It", "NHS", "CSP", "CSPs", "PCC",
    "PCCs", "Youth", "Services", "Service", "Violence", "Reduction", "Unit", "Units", "Serious", "Local",
    "Prevent", "Sir", "Madam", "Dear", "Statutory", "Joint", "Vision", "Strategy", "Duty", "Partners", "Yes", "No",
    "Mixed", "Unclear", "Social", "Care", "Children", "Young", "People", "Offending", "Team",
    "Teams", "Mr", "Mrs", "Ms", "Dr", "English", "Welsh", "British", "Secretary", "State", "Minister", "Bill",
    "Chief", "Constable", "Constables", "Inspector", "Superintendent", "Director", "Head", "Board", "Boards",
    "Rural", "Urban", "Coastal", "Inner", "Outer", "Smaller", "Larger", "Most", "Several", "Both", "Neighbouring",
    "Multi", "Agency", "Area", "Areas", "Region", "Regional",
}  # fmt: skip


_GAZETTEERS: dict[tuple[int, tuple[str, ...]], tuple[re.Pattern[str] | None, frozenset[str]]] = {}


def _gazetteer(extra: tuple[str, ...], spec: Spec) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """The place-name pattern and the questionnaire's vocabulary (cached per spec and extra names)."""
    key = (id(spec), extra)
    if key not in _GAZETTEERS:
        _GAZETTEERS[key] = _build_gazetteer(extra, spec)
    return _GAZETTEERS[key]


def _build_gazetteer(extra: tuple[str, ...], spec: Spec) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    names: set[str] = set(extra)
    with open(PACKAGE_DATA / "place_names.csv", encoding="utf-8") as fh:
        names |= {r["name"] for r in csv.DictReader(line for line in fh if not line.startswith("#"))}
    with open(POSTCODE_AREAS_PATH, encoding="utf-8") as fh:
        names |= {
            r["post_town"]
            for r in csv.DictReader(line for line in fh if not line.startswith("#"))
            if not r["post_town"].startswith(("London", "Outer"))
        }
    allowed = set(spec.regions) | {"England", "Wales", "England and Wales"}
    names = {n for n in names if n and n not in allowed}
    # every capitalised word the questionnaire uses is vocabulary, not a place
    vocab = set(_EVERYDAY)
    for q in spec.questions + spec.about_you:
        vocab |= set(re.findall(r"\b[A-Z][\w’'-]*", q.text))
        for o in q.options:
            vocab |= set(re.findall(r"\b[A-Z][\w’'-]*", o.label))
    for o in spec.options:
        vocab |= set(re.findall(r"\b[A-Z][\w’'-]*", f"{o['name']} {o['title']} {o['short']}"))
    for r in spec.regions:
        vocab |= set(r.split())
    vocab -= names
    if not names:
        return None, frozenset(vocab)
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), frozenset(vocab)


def redact_places(text: Any, settings: Any = None, spec: Spec | None = None) -> Any:
    """``text`` with names of places, forces, councils and trusts replaced by ``[place]`` or
    ``[organisation]``, so a published quote cannot point at one force or council.

    Three passes, each erring on the side of redacting: names ending in an organisation's word
    ("Westmere Police", "Kelby Borough Council", "HMP Dunmoor", "the Police and Crime Commissioner
    for Halsey"); the shipped gazetteer (police force areas, counties, large towns, London boroughs,
    post towns) and the settings' ``suppression.place_names``; and a capitalised name after a
    preposition of place ("in Westmere") that is not a word of the questionnaire. Region labels,
    England and Wales are published breakdowns and stay.

    Examples
    --------
    >>> redact_places("From our work in Westmere, Kelby Borough Council and Avon and Somerset Police agree.")
    'From our work in [place], [organisation] and [organisation] agree.'
    >>> redact_places("The Police and Crime Commissioner for Halsey backs Option One in London.")
    'The [organisation] backs Option One in London.'
    >>> redact_places("Reading the proposals, we prefer Option Two; our council agrees.")
    'Reading the proposals, we prefer Option Two; our council agrees.'
    """
    if not isinstance(text, str) or not text:
        return text
    rules = disclosure_rules(settings)
    gaz, vocab = _gazetteer(rules.place_names, spec or load_spec())

    def org(m: re.Match[str]) -> str:
        words = m.group(1).split()
        lead = []
        while words and words[0].lower() in _NOT_NAMES:
            lead.append(words.pop(0))
        if not words:
            return m.group(0)
        return " ".join([*lead, "[organisation]"])

    out = _OFFICE.sub("[organisation]", text)
    out = _PRISON.sub("[organisation]", out)
    out = _ORG.sub(org, out)

    if gaz is not None:

        def place(m: re.Match[str]) -> str:
            start = m.start()
            before = out[:start].rstrip()
            at_sentence_start = not before or before[-1] in ".!?\n:;"
            if m.group(0) in _COMMON_WORDS and at_sentence_start:
                return m.group(0)
            return "[place]"

        out = gaz.sub(place, out)

    def after(m: re.Match[str]) -> str:
        words = m.group(2).split()
        if known(words[0]):
            return m.group(0)  # "in Option One", "at the Home Office"
        rest = [w for w in words[1:] if known(w)]
        return f"{m.group(1)} [place]" + (" " + " ".join(rest) if rest else "")

    def known(word: str) -> bool:
        """A word of the questionnaire, an everyday word, or one that cannot start a name."""
        w = re.sub(r"[’']s$", "", word).split("-")[0]
        return w in vocab or w.lower() in _NOT_NAMES

    def unknown_run(m: re.Match[str]) -> str:
        return m.group(0) if all(known(w) for w in m.group(1).split()) else "[place]"

    out = _AFTER.sub(after, out)
    out = _BEFORE.sub(unknown_run, out)
    return _INSIDE.sub(unknown_run, out)
