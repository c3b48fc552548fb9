"""A sentence classifier for stance: the fallback where the rules find a question's target but no cue they know.

The rule coder (``stance``) reads a stance from cues it has a pattern for. Letters from the public describe
the options in their own words and judge them in idioms no list holds ("I wouldn't bother with it", "that's
spot on", "built on sand"): on letters it had not seen, most of its misses were sentences it had tied to the
question (by name, description, heading or carry-over) and then found no cue in. For those sentences only,
this model gives a reading: a multinomial logistic regression over TF-IDF of word 1-3-grams, with the words
after a negation marked (``NEG_``) up to the next punctuation, into Yes, No, Mixed, Unclear or ``none`` (a
sentence with no view: context, a case study, a description).

It was fitted by ``benchmarks/fit_stance_model.py`` on the project's own labelled letters written blind for
the stance rounds (README, stance): the sentence holding each label's evidence quote, with its label, and
the sentences of paragraphs holding no evidence, as ``none``, with sentences written for the purpose to mention the
proposals and carry no view (descriptions, views reported of others, other senses of "support"), also ``none``. The
coder gives it a sentence with the words its rules know to be in another sense blanked (``stance_lexicon.mask_for_classifier``), as
the fit did. Only the fitted numbers and the vocabulary
ship (``svanalysis/data/stance_sentence_model.npz``); nothing is trained or downloaded at run time, and no
letter's text is kept beyond its n-grams of up to three words. A code from the model always goes to a person
(its confidence is capped below the review threshold by ``stance``), with the sentence and the words that
weighed most.

A second model (``load_topic``, ``stance_topic_model.npz``), fitted the same way on paragraphs, says which
question a paragraph is about from its words and word pairs (one yes/no model per question): ``stance`` uses it
for paragraphs its rules tie to no question.

Examples
--------
>>> model = load()
>>> label, p, words = model.read("I wouldn't bother with it, it will just be more paperwork.")
>>> label
'No'
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

import numpy as np

from svanalysis.core import patterns as rx

__all__ = ["SentenceModel", "features", "load", "load_topic", "tokens", "topic_features"]

_TOKEN = rx.compile(r"[a-z']+|[.,;:!?]")
_NEGATOR = rx.compile(r"^(?:not|no|never|cannot|nor|neither|without|nothing|none|hardly)$|n't$")
NGRAMS = (1, 3)
MODEL_FILE = "stance_sentence_model.npz"
# the topic of a paragraph: which question it is about, one yes/no model per question over its words and word pairs
TOPIC_NGRAMS = (1, 2)
TOPIC_FILE = "stance_topic_model.npz"


def tokens(sentence: str) -> list[str]:
    """Lower-cased words, those after a negation marked ``NEG_`` up to the next punctuation.

    Examples
    --------
    >>> tokens("We don't think it will work, frankly.")
    ['we', "don't", 'NEG_think', 'NEG_it', 'NEG_will', 'NEG_work', 'frankly']
    """
    text = sentence.lower().replace("\u2019", "'").replace("\u2018", "'")
    out: list[str] = []
    negated = False
    for w in _TOKEN.findall(text):
        if w in ".,;:!?":
            negated = False
        elif _NEGATOR.search(w):
            negated = True
            out.append(w)
        else:
            out.append("NEG_" + w if negated else w)
    return out


def features(sentence: str) -> list[str]:
    """The word n-grams of a sentence (1 to 3 words, as scikit-learn's ``TfidfVectorizer`` forms them).

    Examples
    --------
    >>> features("Not this one")
    ['not', 'NEG_this', 'NEG_one', 'not NEG_this', 'NEG_this NEG_one', 'not NEG_this NEG_one']
    """
    return _ngrams(tokens(sentence), NGRAMS)


def topic_features(text: str) -> list[str]:
    """The words and word pairs of a paragraph, lower-cased, no negation marks (what it is about, not its view).

    Examples
    --------
    >>> topic_features("Not the council's.")
    ['not', 'the', "council's", 'not the', "the council's"]
    """
    words = [w for w in _TOKEN.findall(text.lower().replace("\u2019", "'").replace("\u2018", "'")) if w not in ".,;:!?"]
    return _ngrams(words, TOPIC_NGRAMS)


def _ngrams(toks: list[str], sizes: tuple[int, int]) -> list[str]:
    out: list[str] = []
    for n in range(sizes[0], sizes[1] + 1):
        out.extend(" ".join(toks[i : i + n]) for i in range(len(toks) - n + 1))
    return out


@dataclass(frozen=True)
class SentenceModel:
    """The fitted model: vocabulary, inverse document frequencies, coefficients and classes.

    ``topic`` models (``load_topic``) read a paragraph's words (``topic_features``) with one yes/no model per class
    (each probability on its own, a sigmoid); the others read a sentence's negation-marked n-grams (``features``)
    into classes that share one probability (a softmax).
    """

    vocabulary: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray  # (classes, features)
    intercept: np.ndarray
    classes: tuple[str, ...]
    topic: bool = False

    def _row(self, sentence: str) -> tuple[np.ndarray, np.ndarray]:
        """A sentence's TF-IDF row as (n-gram indices, values): sublinear term frequency times idf, L2-normalised."""
        grams = topic_features(sentence) if self.topic else features(sentence)
        counts = Counter(j for f in grams if (j := self.vocabulary.get(f)) is not None)
        idx = np.fromiter(counts, dtype=np.int64, count=len(counts))
        val = np.array([(1.0 + math.log(c)) * self.idf[j] for j, c in counts.items()], dtype=np.float64)
        norm = float(np.sqrt(val @ val)) if len(val) else 0.0
        return idx, (val / norm if norm > 0 else val)

    def vectors(self, sentences: list[str]) -> np.ndarray:
        """TF-IDF rows as the fit made them, dense (for a few sentences: tests and explanations)."""
        x = np.zeros((len(sentences), len(self.idf)), dtype=np.float64)
        for r, s in enumerate(sentences):
            idx, val = self._row(s)
            x[r, idx] = val
        return x

    def proba(self, sentences: list[str]) -> np.ndarray:
        """Class probabilities, one row per sentence (columns in ``classes`` order)."""
        if not sentences:
            return np.zeros((0, len(self.classes)))
        z = np.empty((len(sentences), len(self.classes)))
        for r, s in enumerate(sentences):
            idx, val = self._row(s)
            z[r] = self.coef[:, idx] @ val
        z += self.intercept
        if self.topic:
            return 1.0 / (1.0 + np.exp(-z))
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def read(self, sentence: str, top: int = 3) -> tuple[str, float, list[str]]:
        """The most probable class of a sentence, its probability and the n-grams that weighed most for it (as a
        reviewer reads them: ``_shown``)."""
        p = self.proba([sentence])[0]
        k = int(p.argmax())
        idx, val = self._row(sentence)
        contrib = val * self.coef[k, idx]
        order = [int(idx[i]) for i in np.argsort(-contrib, kind="stable") if contrib[i] > 0][:top]
        return self.classes[k], float(p[k]), [_shown(self._names[j]) for j in order]

    @cached_property
    def _names(self) -> list[str]:
        """The n-grams by index (the vocabulary turned round), built once."""
        names = [""] * len(self.vocabulary)
        for gram, j in self.vocabulary.items():
            names[j] = gram
        return names


def _shown(gram: str) -> str:
    """An n-gram as a reviewer reads it: the words, "(negated)" after those a negation reached.

    >>> _shown("not NEG_this NEG_one")
    'not this one (negated)'
    """
    words = gram.split()
    plain = " ".join(w.removeprefix("NEG_") for w in words)
    return f"{plain} (negated)" if any(w.startswith("NEG_") for w in words) else plain


def to_arrays(model: SentenceModel) -> dict[str, Any]:
    """The arrays ``load`` reads back (what ``benchmarks/fit_stance_model.py`` writes)."""
    vocab = sorted(model.vocabulary, key=model.vocabulary.__getitem__)
    return {
        "vocabulary": np.array(vocab, dtype=np.str_),
        "idf": model.idf.astype(np.float64),
        "coef": model.coef.astype(np.float64),
        "intercept": model.intercept.astype(np.float64),
        "classes": np.array(model.classes, dtype=np.str_),
        "topic": np.array(model.topic),
    }


def from_arrays(arrays: Any) -> SentenceModel:
    """A model from the saved arrays."""
    vocab = [str(v) for v in arrays["vocabulary"]]
    return SentenceModel(
        vocabulary={v: i for i, v in enumerate(vocab)},
        idf=np.asarray(arrays["idf"], dtype=np.float64),
        coef=np.asarray(arrays["coef"], dtype=np.float64),
        intercept=np.asarray(arrays["intercept"], dtype=np.float64),
        classes=tuple(str(c) for c in arrays["classes"]),
        topic=bool(arrays["topic"]) if "topic" in arrays else False,
    )


@lru_cache(maxsize=2)
def _load(name: str) -> SentenceModel | None:
    path = resources.files("svanalysis") / "data" / name
    if not path.is_file():
        return None
    with resources.as_file(path) as p, np.load(p, allow_pickle=False) as arrays:
        return from_arrays(arrays)


def load() -> SentenceModel | None:
    """The shipped sentence model (read once per process), or None if the package was built without it."""
    return _load(MODEL_FILE)


def load_topic() -> SentenceModel | None:
    """The shipped paragraph topic model (classes: the stance questions' ids), or None."""
    return _load(TOPIC_FILE)
