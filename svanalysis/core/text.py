"""Small text helpers shared by the readers, cleaning and coding."""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "EXCEL_ARTEFACTS",
    "NUMBER_IN_BRACKETS",
    "POSTSCRIPT",
    "QUESTION_NUMBER",
    "RULE_LINE",
    "norm",
    "question_number",
    "squash",
]

_QUOTES = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-", "\u00a0": " "}
)
_SPACE = re.compile(r"\s+")
_PUNCT_EDGES = re.compile(r"^[\s\-–—:;,.*•·#>]+|[\s\-–—:;,.*•·]+$")

# Excel writes a carriage return inside a cell as "_x000D_"; other control escapes look the same.
EXCEL_ARTEFACTS = re.compile(r"_x000[dD]_|_x000[aA]_|_x0009_")


# a form's answer label standing alone ("Response:", "Your comments here", "Reasons -"): the form's, not an answer
FORM_LABEL = re.compile(
    r"^\W*(?:your\s+|our\s+)?(?:response|answer|comments?|reply|explanation|reasons?|views?)\s*(?:here)?\s*[:\-–—]?\s*$",
    re.I,
)


# a postscript or addendum opening its line: "PS: on reflection ...", "P.S. —", "Postscript (17 May)", "Addendum:" (not
# "P.S.H.E. Lead" in a signature): the respondent's own words after the signature, often a view revised
POSTSCRIPT = re.compile(r"^\W*(?:p\.?\s?s\.?(?=[\s:;,—–-]|$)|post-?\s?script\b|addendum\b)", re.I | re.M)


# a horizontal rule on a line of its own ("-----", "=====", "* * *", "───"): a form's or a letter's furniture, no words
RULE_LINE = re.compile(r"^[ \t]*(?:[-=_─━*~][ \t]*){3,}$", re.M)

# a list item's mark at a line's start: a bullet, "a.", "(b)", "12.", "iv)" (not a word ending a sentence wrapped onto
# the next line, round 45: "we would not want it" / "to. What we would ask ..."). A pattern to embed, after "^\s*"
LIST_MARK = r"(?:[-*•]|\(?(?:[a-z]|\d{1,2}|i{1,3}|iv|vi{0,3}|ix|x)[.)])\s"


def squash(text: str) -> str:
    """Collapse runs of whitespace to one space and strip.

    >>> squash("  a \\n b\\t c ")
    'a b c'
    >>> squash("\\u00a0a\\u2003\\u2003b\\x1cc\\n")  # any Unicode white space, as ``\\s``
    'a b c'
    """
    # str.split's white space is exactly that of ``\s``: the same as _SPACE.sub(" ", text).strip(), and faster
    return " ".join(text.split())


def norm(text: object) -> str:
    """Normalise text for matching: case-folded, quotes and dashes unified, "&" as "and",
    whitespace collapsed, punctuation trimmed at the edges.

    >>> norm("  Yorks & Humber. ")
    'yorks and humber'
    >>> norm("Don’t know")
    "don't know"
    """
    if text is None:
        return ""
    s = unicodedata.normalize("NFKC", str(text)).translate(_QUOTES)
    s = EXCEL_ARTEFACTS.sub(" ", s)
    s = s.replace("&", " and ").casefold()
    s = _SPACE.sub(" ", s)
    return _PUNCT_EDGES.sub("", s).strip()


# "Q6.2", "Q6_2", "Question 15", "15.", "6.2)", "Q.9", "(Q9)"
QUESTION_NUMBER = re.compile(
    r"^\s*(?:q(?:uestion)?\s*\.?\s*)?(\d{1,2})(?:\s*[._]\s*(\d{1,2}))?(?![\d])",
    re.IGNORECASE,
)

# a heading that names its question in brackets at its end: "Borrowing the Prevent list (question 10)", "Option Three
# (Q13)" (group 1: the number)
NUMBER_IN_BRACKETS = re.compile(r"\(\s*(?:question|qu|q)\s*\.?\s*(\d{1,2})\s*\)\W*$", re.IGNORECASE)


def question_number(text: str, known: set[str]) -> tuple[str | None, str]:
    """Return the questionnaire number a header starts with (if it is one of ``known``) and the rest.

    A second number is taken as a sub-question ("6.2") only when that sub-question exists;
    otherwise it is left in the rest (a Qualtrics option index such as "Q4_7").

    >>> question_number("Q6_2 How much time", {"6.2", "6", "4"})
    ('6.2', 'How much time')
    >>> question_number("Q4_7_TEXT", {"4", "6.2"})
    ('4', '7_TEXT')
    >>> question_number("2019 budget", {"4"})
    (None, '2019 budget')
    """
    m = QUESTION_NUMBER.match(text)
    if not m:
        return None, text.strip()
    major, minor = m.group(1), m.group(2)
    if major.startswith("0"):
        return None, text.strip()
    rest = text[m.end() :]
    if minor is not None and f"{major}.{minor}" in known:
        return f"{major}.{minor}", rest.lstrip(" .):-_–").strip()
    if major in known:
        if minor is not None:
            rest = text[m.start(2) :]
        return major, rest.lstrip(" .):-–").strip()
    return None, text.strip()
