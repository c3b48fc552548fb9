"""Personal data typed where it should not be: finding it, and redacting it from every table but PII.

Respondents type personal data into answers: a phone number in an FTE box, an address in an
explanation, a sign-off with their name at the end of a letter. Everything ingest writes outside
the restricted PII table passes through :func:`redact_series` (free text, "Other" texts, the raw
values of the cleaning log), which replaces each find by a marker and keeps nothing of it.

What finds what, and why:

- **Phone numbers: the ``phonenumbers`` library** (Google's libphonenumber), which knows the UK's
  and every other country's numbering plans and the ways people write them ("07700 900123",
  "+44 (0)20 7946 0958", "0044 20 ...", "(01632) 960001", "+1 202 555 0143"). It is asked for
  *possible* numbers (Ofcom's drama ranges, which synthetic data and examples use, are not *valid*)
  of at least 10 digits, not written as money, so years, sums and counts are never phones. A bare
  run of digits starting 44 ("447700900123") is read as +44.
- **Left to patterns** (no well-kept library does these for UK text without a trained model): email
  addresses, plain and obfuscated ("name[at]domain[dot]org", "name (at) domain.org"); UK postcodes in
  any case and spacing ("sw1a 1aa", "SW1A1AA", "SW1A  1AA"); National Insurance numbers (HMRC's
  prefix rules, spaced or not); IP addresses; street address lines (a house number, capitalised
  words and a street word: "27 Mill Lane", "Flat 3, 12 High Street, Anytown"); names after "my name
  is" and in sign-offs ("Kind regards, Jane Smith"); a date after "DOB", "date of birth" or "born
  on"; and a response's own name from its About-you fields wherever it appears.
- **Not found**: a name written without a cue ("Jane thinks ..."), an address with no house number
  ("Rose Cottage, Mill Lane"), a street word outside the list, a phone number of fewer than 10
  digits. A named-entity model (Presidio, spaCy) would find more, but needs model weights that
  cannot be fetched at run time; ``docs`` in the README rate this caveat.

Answers that merely look like personal data are kept: "Option 2", "Q12", "£1,000,000", "2019/20",
"24/7", "3-4 FTE", "Schedule 6". A famous address ("10 Downing Street") is redacted like any other.

Speed: redaction is on ingest's hot path, so :func:`redact_series` first runs one vectorised
regular expression (RE2, through Arrow) over a whole column to find the few texts that could hold
personal data, then redacts each *distinct* candidate once.

The older patterns ``EMAIL``, ``PHONE``, ``POSTCODE``, ``IP`` stay public because the letters reader
uses them to find a sender's details. ``postcode_region`` places a postcode's area in an English
region or Wales (``data/postcode_areas.csv``).
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from svanalysis.core.paths import POSTCODE_AREAS_PATH

__all__ = [
    "EMAIL",
    "IP",
    "MARKERS",
    "PHONE",
    "POSTCODE",
    "REDACTIONS",
    "has_personal_data",
    "postcode_region",
    "redact",
    "redact_series",
]

# ============================================================================ patterns
EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
PHONE = re.compile(r"(?<![\w£.,])(?:\+44\s?\(?0?\)?\s?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\w.,]\d)")
POSTCODE = re.compile(r"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b")
IP = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
REDACTIONS = [("[email]", EMAIL), ("[phone]", PHONE), ("[postcode]", POSTCODE), ("[ip address]", IP)]

MARKERS = {
    "email": "[email]",
    "phone": "[phone]",
    "postcode": "[postcode]",
    "ip": "[ip address]",
    "ni": "[national insurance number]",
    "address": "[address]",
    "name": "[name]",
    "dob": "[date of birth]",
}

_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
# a date of birth after its cue: "DOB 12/03/1980", "D.O.B.: 12.3.80", "date of birth 12 March 1980", "born on 3rd May 1979"
_DOB = re.compile(
    rf"(?i)\b(?P<cue>d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|born\s+on(?:\s+the)?)\s*[:\-–]?\s*"
    rf"(?P<date>\d{{1,2}}\s*[/.\-]\s*\d{{1,2}}\s*[/.\-]\s*\d{{2,4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\.?,?\s+\d{{2,4}}"
    rf"|{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{2,4}})"
)

_AT = r"(?:\s*[\[({<]\s*at\s*[\])}>]\s*|\s+at\s+)"
_DOT = r"(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+)"
# "name[at]domain[dot]org", "name (at) domain.org", "name at domain dot org" (the last needs a "dot")
_EMAIL_OBFUSCATED = re.compile(
    rf"(?i)\b[a-z0-9._%+'-]+(?:\s*[\[({{<]\s*at\s*[\])}}>]\s*[a-z0-9-]+(?:(?:{_DOT}|\.)[a-z0-9-]+)+"
    rf"|\s+at\s+[a-z0-9-]+(?:{_DOT}[a-z0-9-]+)+)\b"
)
_IP = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
# HMRC: first letter not D F I Q U V, second not D F I O Q U V; BG GB NK KN TN NT ZZ never issued;
# QQ is the prefix of the examples on GOV.UK forms, which people copy
_NI = re.compile(
    r"(?i)\b(?:qq|(?!bg|gb|nk|kn|tn|nt|zz)[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z])\s?\d{2}\s?\d{2}\s?\d{2}\s?[a-d]\b"
)
_POSTCODES = [
    # upper case, any spacing, a space allowed inside the outward code ("SW 1A 1AA", "SW1A1AA")
    re.compile(r"\b(?:GIR\s*0AA|[A-PR-UWYZ][A-HK-Y]?\s?\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2})\b"),
    # lower case, outward code written whole ("sw1a 1aa", "ls12 1ya"); mixed case ("M25 2nd") is not one
    re.compile(r"\b(?:gir\s*0aa|[a-pr-uwyz][a-hk-y]?\d[a-z\d]?\s*\d[abd-hjlnp-uw-z]{2})\b"),
]
# Street words that name little else; "Court", "Place", "Square", "Park", "Green", "Hill" are left
# out ("3 Crown Court hearings", "2 Skate Park sessions" are answers, not addresses).
_STREET_WORDS = (
    "Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Drive|Way|Crescent|Cres|Grove|Terrace|Gardens|Gdns|Mews|"
    "Parade|Boulevard"
)
_CAP = r"[A-Z][a-zA-Z'’\-]+"
_ADDRESS = re.compile(
    r"(?:\b(?:Flat|Apartment|Apt|Unit|Suite|Room)\s+\d+[A-Za-z]?,?\s+)?"
    r"(?<![\w£$€.,/\-])(?P<num>\d{1,3}[A-Za-z]?)(?:\s*[-–]\s*\d{1,3}[A-Za-z]?)?,?\s+"
    rf"(?:{_CAP}\s+){{1,3}}(?i:{_STREET_WORDS})\.?\b"
    r"(?:,\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?=\s*(?:,|\.|;|$|\n|\[postcode\]|[A-Z]{1,2}\d)))?"
)
# a number after one of these words is a reference, not a house number ("Option 2 High Street")
_NOT_HOUSE = {
    "option",
    "options",
    "question",
    "q",
    "section",
    "part",
    "schedule",
    "chapter",
    "para",
    "paragraph",
    "page",
    "annex",
    "appendix",
    "figure",
    "table",
    "step",
    "phase",
    "tier",
    "level",
    "year",
    "years",
    "stage",
    "no",
    "number",
    "article",
    "clause",
    "item",
    "point",
    "priority",
    "recommendation",
}
_TITLE = r"(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Cllr|Councillor|Rev|Revd|Sir|Dame|Lord|Lady)\.?"
_NAME_WORD = r"(?:[A-Z][a-zA-Z'’\-]+|[A-Z]\.)"
_NAME = rf"(?:{_TITLE}\s+)?{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"
_NAME_INTRO = re.compile(rf"(?i:\bmy name is|\bmy name's|\bi am called|\bi'm called)\s+(?P<name>{_NAME})")
_SIGN_OFF = re.compile(
    r"(?i:\b(?:kind|best|warm|warmest|with)\s+regards|\bregards|\byours\s+(?:sincerely|faithfully|truly)|"
    r"\byours|\bbest\s+wishes|\bmany\s+thanks|\bwith\s+thanks|\bthank\s+you|\bthanks|\bsincerely|\bcheers|"
    r"\ball\s+the\s+best|\bsigned)"
    rf"[ \t]*[,.!:;\-–]*\s*(?P<name>{_NAME})(?=\.?[ \t]*(?:$|\n)|[ \t]*[,(\-–])"
)
# capitalised words that open a sign-off's "name" but are not one ("Thank you, Home Office.")
_NOT_NAMES = {
    "home",
    "office",
    "police",
    "government",
    "council",
    "option",
    "options",
    "minister",
    "all",
    "everyone",
    "team",
    "sir",
    "madam",
    "the",
    "we",
    "i",
    "our",
    "you",
    "for",
    "again",
    "yes",
    "no",
    "question",
    "god",
    "a",
    "an",
    "this",
    "it",
    "in",
}
_DIGIT_RUN = re.compile(r"\d(?:[\s().\-/]{0,3}\d){8,}")
_BARE_44 = re.compile(r"(?<![\d+£$€.,])44\d{9,10}(?![\d.,])")

# One RE2 pattern that every text holding personal data matches (a superset: a cheap, vectorised
# first pass over a whole column; only the texts it matches are redacted one by one). Flags are
# scoped, (?i:...), because a bare (?i) in RE2 holds to the end of the pattern, across "|".
_HINT_PARTS = (
    r"@",
    r"(?i:[\[({<]\s*(?:at|dot)\s*[\])}>])",
    r"(?i:\bat\s+[a-z0-9-]+\s+dot\b)",
    r"\d(?:[\s().\-/]{0,3}\d){8,}",
    r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}",
    r"(?i:\b[a-z]{1,2}\s?\d[a-z\d]?\s*\d[a-z]{2}\b)",
    r"(?i:\b[a-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[a-d]\b)",
    rf"\d{{1,3}}[A-Za-z]?,?\s+(?:[A-Z][a-zA-Z'’\-]+\s+){{1,3}}(?i:{_STREET_WORDS})\b",
    r"(?i:\bd\.?\s?o\.?\s?b\b|date\s+of\s+birth|born\s+on)",
    r"(?i:\bmy name|\bi am called|\bi'm called|regards|\byours|\bsincerely|\bwishes|\bthanks|\bthank you"
    r"|\bcheers|\ball the best|\bsigned)",
)
_HINT = "|".join(_HINT_PARTS)


# The same first pass for one text at a time (numbers call it per distinct figure): the cue words
# as plain substrings of the lower-cased text, which Python finds far faster than an alternation.
_CUE_WORDS = (
    "my name",
    "i am called",
    "i'm called",
    "regards",
    "yours",
    "sincerely",
    "wishes",
    "thanks",
    "thank you",
    "cheers",
    "all the best",
    "signed",
)
_HINT_STRUCTURE = re.compile("|".join(_HINT_PARTS[:-1]))


def _maybe_personal(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in _CUE_WORDS) or bool(_HINT_STRUCTURE.search(text))


# ============================================================================ finding
def _phones(text: str) -> list[tuple[int, int]]:
    """Spans of phone numbers, found by ``phonenumbers`` (see the module docstring)."""
    if not _DIGIT_RUN.search(text):
        return []
    import phonenumbers

    spans = []
    for m in phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE):
        raw = m.raw_string
        digits = sum(ch.isdigit() for ch in raw)
        if digits < 10 or "," in raw or text[max(0, m.start - 1) : m.start] in ("£", "$", "€"):
            continue
        if not raw.lstrip("( ").startswith(("+", "0")):  # a national number is written with its 0
            continue
        if phonenumbers.is_possible_number(m.number):
            spans.append((m.start, m.end))
    # a bare run starting 44 is an international number written without its "+" ("447700900123")
    for m in _BARE_44.finditer(text):
        if not any(s <= m.start() < e for s, e in spans):
            try:
                number = phonenumbers.parse("+" + m.group(0), None)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_possible_number(number):
                spans.append(m.span())
    return spans


def _sub_spans(text: str, spans: list[tuple[int, int]], marker: str) -> str:
    for s, e in sorted(spans, reverse=True):
        text = text[:s] + marker + text[e:]
    return text


def _address(m: re.Match[str]) -> str:
    before = m.string[: m.start("num")].rstrip(" ,")
    word = re.search(r"([A-Za-z]+)\.?$", before)
    if (
        word
        and word.group(1).lower() in _NOT_HOUSE
        and not re.match(r"(?i)(flat|apartment|apt|unit|suite|room)\b", m.group(0))
    ):
        return m.group(0)
    return MARKERS["address"]


def _named(m: re.Match[str]) -> str:
    name = m.group("name")
    first = re.sub(rf"^{_TITLE}\s+", "", name).split()[0].rstrip(".").lower()
    if first in _NOT_NAMES:
        return m.group(0)
    return m.group(0)[: m.start("name") - m.start()] + MARKERS["name"]


@functools.lru_cache(maxsize=20_000)  # candidates only (the first pass picks few); bounded memory
def _redact_patterns(text: str) -> str:
    out = EMAIL.sub(MARKERS["email"], text)
    out = _EMAIL_OBFUSCATED.sub(MARKERS["email"], out)
    out = _IP.sub(MARKERS["ip"], out)
    out = _NI.sub(MARKERS["ni"], out)
    out = _DOB.sub(lambda m: m.group(0)[: m.start("date") - m.start()] + MARKERS["dob"], out)
    out = _sub_spans(out, _phones(out), MARKERS["phone"])
    for pat in _POSTCODES:
        out = pat.sub(MARKERS["postcode"], out)
    out = _ADDRESS.sub(_address, out)
    out = _NAME_INTRO.sub(_named, out)
    out = _SIGN_OFF.sub(_named, out)
    return out


def _name_pattern(name: str) -> re.Pattern[str] | None:
    words = name.split()
    if not words or len(name.strip()) < 4:
        return None
    body = r"\s+".join(re.escape(w) for w in words)
    # a one-word name must be written as a name ("Hope"), a full name in any case
    return re.compile(rf"(?<!\w){body}(?!\w)", re.I if len(words) > 1 else 0)


def redact(text: Any, names: Iterable[str] = ()) -> tuple[Any, bool]:
    """Replace the personal data in ``text`` by markers; also any of ``names`` (the response's own).

    Returns the redacted text and whether anything was replaced. Anything but text is returned
    as it is.

    Examples
    --------
    >>> redact("Call 07700 900123 or email a.b@c.example; SW1P 4DF")
    ('Call [phone] or email [email]; [postcode]', True)
    >>> redact("We spent £10,000 in 2019 on 24 posts; Option 2 is best (Q12)")
    ('We spent £10,000 in 2019 on 24 posts; Option 2 is best (Q12)', False)
    >>> redact("I live at Flat 3, 12 High Street, Anytown. Kind regards, Jane Smith")[0]
    'I live at [address]. Kind regards, [name]'
    >>> redact("My son (DOB 12/03/2004) was born on 3rd May 2004, date of birth: March 3, 2004")[0]
    'My son (DOB [date of birth]) was born on [date of birth], date of birth: [date of birth]'
    """
    if not isinstance(text, str) or not text:
        return text, False
    out = _redact_patterns(text)
    for name in names:
        if isinstance(name, str) and (pat := _name_pattern(name)) is not None:
            out = pat.sub(MARKERS["name"], out)
    return out, out != text


def has_personal_data(text: Any) -> bool:
    """Whether ``text`` holds anything :func:`redact` would replace.

    >>> has_personal_data("+44 (0)20 7946 0958"), has_personal_data("£194.77")
    (True, False)
    """
    return isinstance(text, str) and _maybe_personal(text) and _redact_patterns(text) != text


def _hint(s: pd.Series) -> np.ndarray:
    """Which texts could hold personal data: one vectorised RE2 pass over the column."""
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = pa.array(s.astype("string[pyarrow]").array)
    hit = pc.match_substring_regex(arr, _HINT)
    return np.asarray(hit.fill_null(False), dtype=bool)


_OWN_NAMES: list[tuple[pd.Series, tuple[np.ndarray, np.ndarray, np.ndarray]]] = []  # the last names prepared


def _own_name_words(names: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each row's own name (object array, "" where none), whether it is long enough to look for
    (four characters or more, trailing NULs aside, as NumPy's text length counts them), and its
    first word lower-cased (None where it has none). Prepared once for the last ``names`` given:
    cleaning redacts every free-text column of a batch with the same names.

    >>> nm, ok, first = _own_name_words(pd.Series(["Jane Smith", None, "Al", "  "]))
    >>> ok.tolist(), first.tolist()
    ([True, False, False, False], ['jane', None, 'al', None])
    """
    if _OWN_NAMES and _OWN_NAMES[0][0] is names:
        return _OWN_NAMES[0][1]
    nm = names.astype("string").fillna("").to_numpy(dtype=object)
    long_enough = np.array([len(x.rstrip("\x00")) >= 4 for x in nm], dtype=bool)
    first = np.array([w[0].lower() if (w := x.split()) else None for x in nm] or [None], dtype=object)[: len(nm)]
    _OWN_NAMES[:] = [(names, (nm, long_enough, first))]
    return nm, long_enough, first


def redact_series(s: pd.Series, names: pd.Series | None = None) -> tuple[pd.Series, np.ndarray]:
    """Redact a column of text; return the new column (string dtype) and which rows changed.

    ``names`` (same index), where given, holds each row's own name to redact as well.

    >>> new, changed = redact_series(pd.Series(["fine", "ring 020 7946 0958", None]))
    >>> new.tolist(), changed.tolist()
    (['fine', 'ring [phone]', <NA>], [False, True, False])
    """
    s = s.astype("string")
    n = len(s)
    changed = np.zeros(n, dtype=bool)
    present = s.notna().to_numpy()
    if not present.any():
        return s, changed
    cand = present & _hint(s)
    vals: np.ndarray | None = None
    if cand.any():
        uniq = pd.unique(s[cand])
        res = {u: _redact_patterns(u) for u in uniq}
        res = {k: v for k, v in res.items() if v != k}
        if res:
            vals = s.to_numpy(dtype=object, na_value=None).copy()
            idx = np.flatnonzero(cand)
            for i in idx:
                new = res.get(vals[i])
                if new is not None:
                    vals[i] = new
                    changed[i] = True
    if names is not None:
        nm, long_enough, first = _own_name_words(names)
        has = present & long_enough
        if has.any():
            if vals is None:
                vals = s.to_numpy(dtype=object, na_value=None).copy()
            at = np.flatnonzero(has)
            for i, text, word in zip(at.tolist(), vals[at].tolist(), first[at].tolist(), strict=True):
                if word is not None and word in text.lower():
                    new, did = redact(text, [nm[i]])
                    if did:
                        vals[i] = new
                        changed[i] = True
    if vals is None or not changed.any():  # nothing replaced: the column as it came (as text)
        return s, changed
    return pd.Series(pd.array(vals, dtype="string"), index=s.index, name=s.name), changed


# ============================================================================ postcode areas
@functools.lru_cache(maxsize=1)
def _postcode_table() -> dict[str, str]:
    with open(POSTCODE_AREAS_PATH, encoding="utf-8") as fh:
        return {r["area"]: r["region"] for r in csv.DictReader(line for line in fh if not line.startswith("#"))}


def postcode_region(postcode: Any) -> str | None:
    """The region of a UK postcode's area, from the shipped postcode-area table.

    >>> postcode_region("ls12 1ya"), postcode_region("B12 9QT"), postcode_region("nonsense")
    ('Yorkshire and the Humber', 'West Midlands', None)
    """
    if not isinstance(postcode, str):
        return None
    m = re.match(r"^\s*([A-Za-z]{1,2})\d", postcode)
    if not m:
        return None
    return _postcode_table().get(m.group(1).upper())
