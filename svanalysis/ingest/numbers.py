"""Numbers written by people: FTE, volunteer hours and money read from free text.

One job: ``parse_number`` turns what a respondent typed ("3-4", "£5k-£10k", "half a post", "two",
"approx 1.5", "nil") into a value with the ends of its range and the rule that read it, so
cleaning can log how every figure was obtained. It is pure and called once per distinct text.

Conventions: a range becomes its midpoint and keeps its ends; "half a post" is 0.5, "two" is 2,
"1/2" is 0.5; "approx", "c.", "around", "~" are dropped; k and m multiply; "nil", "none", "no
additional" are 0; "unknown", "N/A", "-", "tbc", "don't know" and blank are missing; a negative
figure is refused.

Text that only looks like a number is refused (missing, with its rule in the log), never read as
the figures it happens to contain: a spreadsheet formula ("=2+3" is not 5), scientific notation
("1e309" is not 310, nor infinity), a dotted run of figures (an IP address "192.168.1.77" or a
date "12.5.2019" is not £194.77), and personal data typed into a number box (a phone number is not
907,823 FTE; cleaning redacts it from every table but the PII table).
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from typing import Any

import numpy as np

from svanalysis.core.checks import check_choice
from svanalysis.core.text import norm
from svanalysis.ingest.personal import has_personal_data

__all__ = ["NUMBER_KINDS", "REFUSALS", "ParsedNumber", "parse_number"]

NAN = float("nan")
NUMBER_KINDS = ("fte", "hours", "money")


# ============================================================================ numbers
@dataclass(frozen=True)
class ParsedNumber:
    """A number read from text: the value (midpoint of a range), the range's ends, and how."""

    value: float
    low: float
    high: float
    rule: str
    period: str | None = None  # for hours: "week", "month" or "year" when the text says so

    @property
    def missing(self) -> bool:
        return math.isnan(self.value)


_MISSING_WORDS = re.compile(
    r"^(unknown|not known|n/?a|n\.a\.?|na|-+|tbc|tbd|to be (confirmed|determined|agreed)|don'?t know|do not know|"
    r"not sure|unsure|\?+|cannot say|can'?t say|not applicable|unclear|varies|not yet known|unknown at this stage|"
    r"not yet (known|clear|quantified)|unable to (say|estimate|quantify)|no idea|too early to say|unquantifiable|"
    r"not quantifiable|difficult to (say|estimate|quantify)|hard to (say|estimate))\b"
)
_ZERO_WORDS = re.compile(
    r"^(nil|none|nothing|zero|no additional|no extra|no further|no more|no costs?|no cost implications?|none expected|"
    r"none anticipated|no additional (costs?|resources?|time|staff|ftes?)|no|nought)\b"
)
_APPROX = re.compile(r"\b(approx(imately)?|approx\.|c\.|ca\.|circa|around|about|roughly|est(imated|imate)?\.?)|~", re.I)
_BOUND = re.compile(
    r"\b(up to|at least|over|more than|less than|under|at most|maximum|max|minimum|min|in excess of|upwards of)\b"
)
_WORD_NUMBERS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "a dozen": 12,
    "dozen": 12,
    "a couple of": 2,
    "a couple": 2,
    "single": 1,
    "an": 1,
}
_FRACTION_WORDS = [
    (r"\b(\d+(?:\.\d+)?|one|two|three|four|five) and a half\b", None),
    (r"\bthree quarters?( of an?)?\b", 0.75),
    (r"\b(a |one )?quarter( of an?)?\b", 0.25),
    (r"\b(a |one )?third( of an?)?\b", 1 / 3),
    (r"\b(a |one )?half( of an?| an?)?\b", 0.5),
]
_FIN_YEAR = re.compile(r"\b(19|20)\d\d\s*/\s*\d\d(\d\d)?\b")
_NUM = re.compile(
    r"(?P<cur>£|gbp\s?|\$)?\s*(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<![\w.])\.\d+)\s*"
    r"(?P<mult>k\b|m\b|bn\b|million\b|thousand\b|mil\b|mn\b|k(?=\s*[-–]))?",
    re.I,
)
_RANGE_SEP = re.compile(r"^\s*(-|–|—|to|and|or)\s*$")
_PERIOD = [
    ("week", re.compile(r"\b(per|a|each|every)\s+week\b|/\s*w(ee)?k\b|\bweekly\b|\bp/?w\b|\bpw\b")),
    ("month", re.compile(r"\b(per|a|each|every)\s+month\b|/\s*m(on)?th\b|\bmonthly\b|\bpcm\b|\bp/?m\b")),
    (
        "year",
        re.compile(r"\b(per|a|each|every)\s+(year|annum)\b|/\s*y(ea)?r\b|\bannual(ly)?\b|\bp\.?a\.?\b|\byearly\b"),
    ),
]
# Text that only looks like a number (see the module docstring); each refusal has its own rule.
_FORMULA = re.compile(r"^\s*(?:=|@\s*[A-Za-z(]|[+\-]\s*\(?\s*\d[\d.,\s]*[+*/^]\s*\(?\s*\d[\d.,\s()+\-*/^]*$)")
_EXPONENT = re.compile(r"(?<![\w.])\d+(?:\.\d+)?[eE][+\-]?\d+(?![\w.])|\d\s*[x×*]\s*10\s*\^")
_IP = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])")
_DOTTED = re.compile(r"\d+\.\d+\.\d+")
REFUSALS = (
    "formula_refused",
    "exponent_refused",
    "ip_address_refused",
    "dotted_figure_refused",
    "personal_data_refused",
)


def _refusal(raw: str) -> str | None:
    """Why ``raw`` must not be read as a number at all, or None."""
    if _FORMULA.match(raw):
        return "formula_refused"
    if _EXPONENT.search(raw):
        return "exponent_refused"
    if _IP.search(raw):
        return "ip_address_refused"
    if _DOTTED.search(raw):
        return "dotted_figure_refused"
    if has_personal_data(raw):
        return "personal_data_refused"
    return None


_MULT = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "mil": 1e6, "mn": 1e6, "bn": 1e9}


_ANY_WORD = re.compile(
    r"\b(?:one[- ]off|one[- ]to[- ]one|and a half|three quarters?|quarter|third|half|"
    + "|".join(re.escape(w) for w in sorted(_WORD_NUMBERS, key=len, reverse=True) if w != "an")
    + r")\b"
)


# the patterns of _words_to_digits, compiled once, in the order they apply (longest words first)
_ONE_OFF = re.compile(r"\bone[- ]off\b")
_ONE_TO_ONE = re.compile(r"\bone[- ]to[- ]one\b")
_AND_A_HALF = re.compile(_FRACTION_WORDS[0][0])
_FRACTIONS = [(re.compile(pattern), value) for pattern, value in _FRACTION_WORDS[1:]]
_WORD_PATTERNS = [
    (re.compile(rf"\b{re.escape(word)}\b"), value)
    for word, value in sorted(_WORD_NUMBERS.items(), key=lambda kv: -len(kv[0]))
    if word != "an"
]


def _words_to_digits(t: str) -> tuple[str, bool]:
    """Number words as figures ("two and a half" -> 2.5), and whether there were any.

    Every pattern below needs a word ``_ANY_WORD`` finds, so a text in which it finds none once
    "one-off" and "one-to-one" are set aside (most money texts that say "one-off") is left as it
    is without trying the thirty patterns in turn.

    >>> _words_to_digits("two and a half posts"), _words_to_digits("£5k one-off")
    ((' 2.5  posts', True), ('£5k single_occasion', False))
    """
    if _ANY_WORD.search(t) is None:  # no number word at all (most figures): nothing to do
        return t, False
    changed = False
    t = _ONE_OFF.sub("single_occasion", t)  # "one-off" and "one-to-one" are not numbers
    t = _ONE_TO_ONE.sub("individual", t)
    if _ANY_WORD.search(t) is None:
        return t, False
    m = _AND_A_HALF.search(t)
    if m:
        base = m.group(1)
        v = float(base) if base[0].isdigit() else _WORD_NUMBERS[base]
        t = t[: m.start()] + f" {v + 0.5:g} " + t[m.end() :]
        changed = True
    for pattern, value in _FRACTIONS:
        if pattern.search(t):
            t = pattern.sub(f" {value:.6g} ", t, count=1)
            changed = True
    for pattern, value in _WORD_PATTERNS:
        if pattern.search(t):
            t = pattern.sub(f" {value} ", t)
            changed = True
    return t, changed


# the patterns of parse_number, compiled once
_BARE_DECIMAL = re.compile(r"(?<![\w.])\.(\d)")  # ".5" -> "0.5"
_NEGATIVE = re.compile(r"-+\s*\d.*")
_DASHED_RANGE = re.compile(r"\d\s*[-–]\s*\d")
_DIGIT = re.compile(r"\d")
_PERCENT_OF_POST = re.compile(r"(\d+(?:\.\d+)?)\s*%(\s*(of )?(an? )?(post|fte|full[- ]time( equivalent)?|time))?")
_PROPER_FRACTION = re.compile(r"(?<![\d.])(\d{1,2})\s*/\s*(\d{1,2})(?![\d.])")
_BETWEEN = re.compile(r"between\s*£?\s*$")
_FIGURE_CHARS = re.compile(r"[\d.,\s£]")


@functools.lru_cache(maxsize=200_000)
def parse_number(text: Any, kind: str = "fte") -> ParsedNumber:
    """Read an FTE, an hours figure or a sum of money from text, the way people write them.

    Never raises, never returns a negative or non-finite value: anything it cannot read is
    missing, with the reason in ``rule``.

    Parameters
    ----------
    text : str
        The text as written ("approx 2 FTE", "£5k-£10k", "half a post", "unknown").
    kind : {"fte", "hours", "money"}

    Examples
    --------
    >>> parse_number("3-4").value, parse_number("£5k-£10k", "money").value
    (3.5, 7500.0)
    >>> parse_number("half a post").value, parse_number("two").value, parse_number("1/2").value
    (0.5, 2.0, 0.5)
    >>> parse_number("approx £50000 per annum", "money").value, parse_number("£1.2m", "money").value
    (50000.0, 1200000.0)
    >>> parse_number("nil").value, parse_number("unknown").missing
    (0.0, True)
    >>> parse_number("10 hours a week", "hours").period
    'week'
    >>> parse_number("=2+3").rule, parse_number("1e309").rule, parse_number("192.168.1.77", "money").rule
    ('formula_refused', 'exponent_refused', 'ip_address_refused')
    """
    check_choice("kind", kind, NUMBER_KINDS)
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return ParsedNumber(NAN, NAN, NAN, "blank")
    if isinstance(text, (int, float, np.integer, np.floating)) and not isinstance(text, bool):
        v = float(text)
        if not math.isfinite(v):
            return ParsedNumber(NAN, NAN, NAN, "unparsed")
        if v < 0:
            return ParsedNumber(NAN, NAN, NAN, "negative_refused")
        return ParsedNumber(v, v, v, "number")
    raw = str(text)
    refused = _refusal(raw)
    if refused:
        return ParsedNumber(NAN, NAN, NAN, refused)
    t = norm(_BARE_DECIMAL.sub(r"0.\1", raw))
    if not t:
        return ParsedNumber(NAN, NAN, NAN, "missing_marker" if raw.strip() else "blank")
    rules: list[str] = []
    period = None
    if kind == "hours":
        for name, pat in _PERIOD:
            if pat.search(t):
                period = name
                break
    if _NEGATIVE.fullmatch(raw.strip()) and not _DASHED_RANGE.search(raw):
        return ParsedNumber(NAN, NAN, NAN, "negative_refused", period)
    if not _DIGIT.search(t):
        if _MISSING_WORDS.match(t):
            return ParsedNumber(NAN, NAN, NAN, "missing_marker", period)
        if _ZERO_WORDS.match(t):
            return ParsedNumber(0.0, 0.0, 0.0, "zero_word", period)
    # percentages of a post ("50% of a post")
    m = _PERCENT_OF_POST.fullmatch(t)
    if m and kind == "fte":
        v = float(m.group(1)) / 100
        return ParsedNumber(v, v, v, "percent_of_post")
    t = _FIN_YEAR.sub(" ", t)
    # proper fractions "1/2", "3/4"
    fm = _PROPER_FRACTION.search(t)
    if fm and int(fm.group(1)) < int(fm.group(2)) and int(fm.group(2)) <= 12:
        t = t[: fm.start()] + f" {int(fm.group(1)) / int(fm.group(2)):.6g} " + t[fm.end() :]
        rules.append("fraction")
    t2, words = _words_to_digits(t)
    if words:
        rules.append("word_number")
        t = t2
    if _APPROX.search(t):
        rules.append("approx_dropped")
        t = _APPROX.sub(" ", t)
    if _BOUND.search(t):
        rules.append("bound_word")
    tokens = []
    for mt in _NUM.finditer(t):
        try:
            v = float(mt.group("num").replace(",", ""))
        except ValueError:
            continue
        mult = (mt.group("mult") or "").lower()
        tokens.append(
            {
                "v": v,
                "mult": _MULT.get(mult, 1.0) if (kind == "money" or mult in ("k", "thousand")) else 1.0,
                "cur": bool(mt.group("cur")),
                "start": mt.start(),
                "end": mt.end(),
                "has_mult": bool(mult),
            }
        )
    if not tokens:
        if _MISSING_WORDS.match(t):
            return ParsedNumber(NAN, NAN, NAN, "missing_marker", period)
        if _ZERO_WORDS.match(t):
            return ParsedNumber(0.0, 0.0, 0.0, "zero_word", period)
        return ParsedNumber(NAN, NAN, NAN, "no_number", period)
    # ranges: two numbers joined by "-", "to", "and" (after "between")
    values: list[tuple[float, float]] = []
    i = 0
    while i < len(tokens):
        a = tokens[i]
        if i + 1 < len(tokens) and _RANGE_SEP.match(t[a["end"] : tokens[i + 1]["start"]]):
            b = tokens[i + 1]
            sep = t[a["end"] : b["start"]].strip()
            if sep not in ("and", "or") or _BETWEEN.search(t[: a["start"]]):
                ma = a["mult"] if a["has_mult"] else b["mult"]
                lo, hi = a["v"] * ma, b["v"] * b["mult"]
                if lo <= hi:
                    values.append((lo, hi))
                    rules.append("range_midpoint")
                    i += 2
                    continue
        values.append((a["v"] * a["mult"], a["v"] * a["mult"]))
        i += 1
    if any(tk["has_mult"] for tk in tokens):
        rules.append("multiplier")
    if kind == "money" and any(tk["cur"] for tk in tokens) and not all(tk["cur"] for tk in tokens):
        # keep only the amounts written as money ("£5k for 2 analysts" is £5k)
        kept = []
        for tk, val in zip(_group_tokens(tokens, values), values, strict=False):
            if tk:
                kept.append(val)
        values = kept or values
    if len(values) > 1:
        # years and other dates are not quantities
        values = [
            v for v in values if not (v[0] == v[1] and 1990 <= v[0] <= 2035 and float(v[0]).is_integer())
        ] or values
    if len(values) > 1:
        rules.append("sum_of_figures")
        lo = sum(v[0] for v in values)
        hi = sum(v[1] for v in values)
    else:
        lo, hi = values[0]
    value = (lo + hi) / 2
    if not (math.isfinite(value) and math.isfinite(lo) and math.isfinite(hi)):
        return ParsedNumber(NAN, NAN, NAN, "unparsed", period)
    stripped = _FIGURE_CHARS.sub("", t)
    if not rules:
        rules.append("number" if not stripped else "unit_dropped")
    if period and kind == "hours":
        rules.append("period_in_text")
    return ParsedNumber(value, lo, hi, "+".join(dict.fromkeys(rules)), period)


def _group_tokens(tokens: list[dict[str, Any]], values: list[tuple[float, float]]) -> list[bool]:
    """Whether each value (single or range) was written as money."""
    out, i = [], 0
    for lo, hi in values:
        tk = tokens[i]
        if lo != hi and i + 1 < len(tokens):
            out.append(tk["cur"] or tokens[i + 1]["cur"])
            i += 2
        else:
            out.append(tk["cur"])
            i += 1
    return out
