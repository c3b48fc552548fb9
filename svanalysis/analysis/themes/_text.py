"""Text handling for theme work: normalising, empty answers, segmentation and dismissal.

An answer makes its points sentence by sentence and clause by clause, and a theme is earned by a
clause that makes the point, not by the answer's average. So answers are cut into *segments*
(sentences, bullets, then clauses at contrast markers such as "but", "rather than"), and each segment
is marked ``dismissed`` when it names something only to reject or wave it away ("More police won't
help", "X is fine, but...", "rather than X", "Not schools"). A dismissed segment can never be a
theme's evidence. The cues are general English, not tied to any question or theme, and they are kept
deliberately narrow: a complaint of absence ("nobody is in charge", "poverty is not mentioned") makes
a point and is not a dismissal.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import snowballstemmer

__all__ = [
    "STOP_WORDS",
    "Segment",
    "content_stems",
    "is_empty_answer",
    "is_empty_normalised",
    "normalise",
    "segment",
    "segment_normalised",
    "stem_tokens",
]

_QUOTES = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-", "\u00a0": " "}
)
_SPACE = re.compile(r"[ \t\r\f\v]+")
_WORD = re.compile(r"[a-z][a-z']*[a-z]|[a-z]")

# Words that carry no point on their own: an answer made only of these (and punctuation, numbers,
# question references) says nothing ("N/A", "see above", "No further comments", "Ydw / Yes").
_FILLER = frozenset(
    """
    a an the and or of to in on at for with by from as is are was were be been it its it's this that these
    those i we i'm we're me my our us you your they them their he she his her
    yes no yeah yep nope ok okay agree agreed disagree disagreement partly partially mostly maybe perhaps
    don't dont do not know unsure sure idea none nil nothing n/a na n a applicable nope comment comments
    commented further more other additional add anything else than all have has had no
    see seen refer referred referring above below previous previously earlier before prior answer answers
    answered response responses responded question questions section sections q part point points given
    thank thanks you already covered stated said mentioned per our my note noted please at this time
    ydw nac nage oes ie na dim sylw diolch
    """.split()
)
_QREF = re.compile(r"^(q|qu|question)?\d+(\.\d+)?[a-z]?$")


def normalise(text: object) -> str:
    """Return ``text`` as a clean string: NFKC, unified quotes and dashes, spaces collapsed, lines kept.

    Parameters
    ----------
    text : object
        Any value; ``None`` and NaN become ``""``.

    Returns
    -------
    str

    Examples
    --------
    >>> normalise("  Don’t   know – really ")
    "Don't know - really"
    """
    if text is None or (isinstance(text, float) and text != text):
        return ""
    s = unicodedata.normalize("NFKC", str(text)).translate(_QUOTES)
    s = s.replace("_x000D_", "\n").replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACE.sub(" ", ln).strip() for ln in s.split("\n")]
    return "\n".join(ln for ln in lines if ln)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def is_empty_answer(text: object) -> bool:
    """Return True when an answer makes no point: blank, N/A, a referral, don't know, a bare yes/no.

    The test is by vocabulary, not by a list of whole answers: an answer is empty when every word
    in it is a filler word (assent, refusal, "see", "above", "question", "no further comments", ...)
    or a question reference ("Q6", "6.2").

    Parameters
    ----------
    text : object
        The answer.

    Returns
    -------
    bool

    Examples
    --------
    >>> [is_empty_answer(t) for t in ["N/A", "See answer to Q13.", "No further comments", "Ydw / Yes"]]
    [True, True, True, True]
    >>> is_empty_answer("No. Too soft.")
    False
    """
    return is_empty_normalised(normalise(text))


def is_empty_normalised(text: str) -> bool:
    """:func:`is_empty_answer` for text that is already :func:`normalise`-d."""
    s = text.casefold()
    if not s:
        return True
    tokens = re.findall(r"[a-z0-9][a-z0-9'./]*", s)
    for tok in tokens:
        tok = tok.strip("./'")
        if not tok or tok in _FILLER or _QREF.match(tok) or tok.isdigit():
            continue
        return False
    return True


# ----------------------------------------------------------------------------------------- stems
_STEMMER = snowballstemmer.stemmer("english")
STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are aren't as at be because been before being below
    between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
    few for from further had hadn't has hasn't have haven't having he her here hers herself him himself his how i
    if in into is isn't it it's its itself just let's me more most mustn't my myself no nor not of off on once only
    or other ought our ours ourselves out over own same shan't she should shouldn't so some such than that that's
    the their theirs them themselves then there there's these they they're this those through to too under until
    up very was wasn't we we're were weren't what what's when where which while who whom why will with won't would
    wouldn't you your yours yourself yourselves also would could should must may might shall will can get got
    one ones thing things lot lots really just even still yes us need needs needed make made way well much many
    """.split()
)


_STEMS: dict[str, str] = {}


def _stem(word: str) -> str:
    stem = _STEMS.get(word)
    if stem is None:
        stem = _STEMMER.stemWord(word.replace("'", ""))
        if len(_STEMS) < 500_000:  # bounded memo: English vocabularies are far smaller
            _STEMS[word] = stem
    return stem


def stem_tokens(text: str) -> list[str]:
    """Return the stems of the content words of ``text`` (stop words dropped), in order.

    Examples
    --------
    >>> stem_tokens("Funding for the youth clubs")
    ['fund', 'youth', 'club']
    """
    stems = _STEMS
    return [stems.get(w) or _stem(w) for w in _WORD.findall(text.casefold()) if w not in STOP_WORDS and len(w) > 1]


def content_stems(text: str) -> frozenset[str]:
    """Return the set of content stems of ``text`` (see :func:`stem_tokens`)."""
    return frozenset(stem_tokens(text))


# ------------------------------------------------------------------------------------ segments
@dataclass(frozen=True)
class Segment:
    """One sentence or clause of an answer.

    Attributes
    ----------
    text : str
        The segment as written.
    dismissed : bool
        True when the segment names something only to reject it or wave it away.
    """

    text: str
    dismissed: bool = False


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Za-z0-9\"'(])|\n+|;\s+|\s+-\s+|:\s+(?=[A-Z])")
_BULLET = re.compile(r"^\s*(?:[-*•·>]+|\d+[.)]|[a-z][.)])\s*")
# Clause boundaries inside a sentence; the marker starts the new clause.
_CLAUSE = re.compile(
    r",?\s+(?=(?:but|however|although|though|whereas|yet|rather than|instead of|not just|not only|"
    r"as opposed to)\b)|,\s+(?=(?:not|no)\s)|,?\s+(?=and\s+(?:we|i|they|you|it|also|then|please|make|give|"
    r"stop|let|there|this|that|the|a|an|more|better|support|help|fund|ensure|involve|provide)\b)|,\s+(?=and\s)",
    re.IGNORECASE,
)
# A clause that is introduced by these rejects what follows.
_LEADING_DISMISSAL = re.compile(
    r"^(?:rather than|instead of|not just|as opposed to|not|no)\b(?!\s+(?:only|one|just|enough|one's|everyone|all|"
    r"much|many|least|yet|longer|matter)\b)",
    re.IGNORECASE,
)
_NEG = r"(?:won't|will not|wouldn't|would not|doesn't|does not|don't|do not|isn't|is not|aren't|are not|can't|cannot|can not|shouldn't|should not|never|hardly)"
_EVAL = (
    r"(?:help|work|solve|fix|achieve|matter|change|answer|the answer|the solution|the issue|the problem|"
    r"the point|our issue|our problem|the priority|a question of|about|needed|necessary|required|the way|"
    r"make (?:a|any) difference|be the one|be used)"
)
_DISMISSALS = [
    # "More police won't help", "training is not the answer", "isn't a question of more guidance"
    re.compile(rf"\b{_NEG}\s+(?:really\s+|necessarily\s+|just\s+|simply\s+|going to\s+|be\s+)?{_EVAL}\b", re.I),
    # "I don't think / believe X ..." (opinion negated) and "I doubt", "no need for", "no point in"
    re.compile(r"\b(?:i|we)\s+(?:don't|do not|didn't|never)\s+(?:think|believe|see|agree|accept|support|want)\b", re.I),
    re.compile(r"\b(?:i|we)\s+(?:doubt|reject|oppose|would caution against|caution against|disagree)\b", re.I),
    re.compile(r"\bno\s+(?:need|point|use|call|change)\b|\bnot\s+(?:needed|necessary|required|the answer)\b", re.I),
    # "X is fine / already in place / covered", "that's fine, but"
    re.compile(
        r"\b(?:is|are|'s|was|were|seems|seem)\s+(?:already\s+|broadly\s+|perfectly\s+|absolutely\s+)?"
        r"(?:fine|ok|okay|adequate|sufficient|enough|covered|in place|working well|right as it is|good enough)\b",
        re.I,
    ),
    re.compile(r"\balready\b.*\b(?:fine|well|covered|in place|no change|that isn't|that is not|so no)\b", re.I),
    # "Don't make it another X", "whatever happens don't"
    re.compile(r"^(?:whatever (?:happens|you do),?\s+)?(?:don't|do not|never)\s+(?:make|let|turn|bring|add)\b", re.I),
    # "X achieves nothing", "waste of money", "pointless", "counterproductive" applied to a thing
    re.compile(
        r"\b(?:achieves? nothing|does nothing|pointless|a waste of|waste of (?:time|money)|won't make any)\b", re.I
    ),
]


_ANAPHORIC = re.compile(r"^(?:and|but|so)?\s*(?:that|this|it|which|they|these|those)\b", re.IGNORECASE)

# The patterns only run behind a cheap test for any trigger word at all (most clauses have none).
_TRIGGER_WORDS = frozenset(
    "not no never hardly cannot doubt doubts reject rejects oppose opposes caution disagree fine ok okay adequate "
    "sufficient enough covered already nothing pointless".split()
)
_TRIGGER_PHRASES = re.compile(r"n't|in place|working well|right as|waste of|rather than|instead of|opposed to")
_PUNCT = str.maketrans({c: " " for c in ".,;:!?()[]\"'-/"})


def _has_trigger(clause: str) -> bool:
    """Cheap test (no regex) for any word a dismissal needs."""
    low = clause.casefold()
    return bool(_TRIGGER_PHRASES.search(low)) or not _TRIGGER_WORDS.isdisjoint(low.translate(_PUNCT).split())


def _is_dismissal(clause: str) -> bool:
    c = clause.strip()
    if _LEADING_DISMISSAL.match(c):
        return True
    return _has_trigger(c) and any(p.search(c) for p in _DISMISSALS)


def segment(text: str) -> list[Segment]:
    """Cut an answer into sentences and clauses and mark those that dismiss what they name.

    Parameters
    ----------
    text : str
        One answer.

    Returns
    -------
    list of Segment
        In reading order; empty for an empty answer.

    Examples
    --------
    >>> [(s.text, s.dismissed) for s in segment("Cut back the bushes. More police won't help.")]
    [('Cut back the bushes.', False), ("More police won't help.", True)]
    >>> [(s.text, s.dismissed) for s in segment("Youth clubs rather than more patrols")]
    [('Youth clubs', False), ('rather than more patrols', True)]
    """
    return segment_normalised(normalise(text))


def segment_normalised(text: str) -> list[Segment]:
    """:func:`segment` for text that is already :func:`normalise`-d (skips normalising again)."""
    out: list[Segment] = []
    for sentence in _SENTENCE.split(text):
        sentence = _BULLET.sub("", sentence).strip()
        if not sentence:
            continue
        parts = [p.strip(" ,") for p in _CLAUSE.split(sentence) if p and p.strip(" ,")]
        flags = [_is_dismissal(p) for p in parts]
        for i in range(1, len(parts)):
            # "X, and that's fine" / "X and it isn't the issue": the verdict is about the clause before.
            if flags[i] and _ANAPHORIC.match(parts[i]):
                flags[i - 1] = True
        out += [Segment(p, f) for p, f in zip(parts, flags, strict=False)]
    return out
