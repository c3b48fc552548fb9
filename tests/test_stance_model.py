"""The stance coder's sentence classifier (``stance_model``) and its use as the fallback of ``code_letter``."""

from __future__ import annotations

import math

import numpy as np
import pytest

from svanalysis.core.spec import load_spec
from svanalysis.ingest import stance, stance_model
from svanalysis.ingest.stance_model import SentenceModel, features, from_arrays, to_arrays, tokens


def test_tokens_mark_the_words_after_a_negation_up_to_punctuation():
    assert tokens("I don't think so, but yes.") == ["i", "don't", "NEG_think", "NEG_so", "but", "yes"]
    assert tokens("Not now; never again") == ["not", "NEG_now", "never", "NEG_again"]
    # curly apostrophes are read as straight ones
    assert tokens("It won\u2019t work") == ["it", "won't", "NEG_work"]


def test_features_are_the_one_to_three_word_grams():
    assert features("a b c") == ["a", "b", "c", "a b", "b c", "a b c"]
    assert features("") == []


def _toy() -> SentenceModel:
    # two classes, three n-grams; idf and coefficients chosen by hand
    return SentenceModel(
        vocabulary={"good": 0, "bad": 1, "NEG_good": 2},
        idf=np.array([1.0, 2.0, 1.0]),
        coef=np.array([[1.0, -1.0, -1.0], [-1.0, 1.0, 1.0]]),
        intercept=np.array([0.0, 0.0]),
        classes=("Yes", "No"),
    )


def test_vectors_are_sublinear_tf_times_idf_normalised():
    m = _toy()
    # "good good bad": tf(good) = 2 -> 1 + ln 2, times idf 1; tf(bad) = 1 -> 1, times idf 2
    x = m.vectors(["good good bad"])[0]
    g, b = 1 + math.log(2), 2.0
    n = math.hypot(g, b)
    assert x == pytest.approx([g / n, b / n, 0.0])
    # no known word: a row of zeros, both classes equally likely
    assert m.proba(["nothing here"])[0] == pytest.approx([0.5, 0.5])


def test_proba_is_the_softmax_of_the_linear_scores():
    m = _toy()
    # "good": x = (1, 0, 0); scores (1, -1); p(Yes) = e / (e + 1/e)
    p = m.proba(["good"])[0]
    assert p[0] == pytest.approx(math.e / (math.e + 1 / math.e))
    # "not good": "NEG_good" only (and "not", unknown): scores (-1, 1)
    label, prob, words = m.read("not good")
    assert (label, words) == ("No", ["good (negated)"])
    assert prob == pytest.approx(math.e / (math.e + 1 / math.e))


def test_a_topic_model_gives_each_class_its_own_sigmoid():
    # one feature "law" (idf 1) and two classes; "law": x = 1, scores (2, -1) + intercepts (0, 1) -> (2, 0)
    t = SentenceModel({"law": 0}, np.array([1.0]), np.array([[2.0], [-1.0]]), np.array([0.0, 1.0]), ("q9", "q13"), True)
    p = t.proba(["Law!"])[0]
    assert p == pytest.approx([1 / (1 + math.exp(-2)), 0.5])  # not summing to one: each question on its own


def test_vectors_match_scikit_learn():
    from sklearn.feature_extraction.text import TfidfVectorizer

    corpus = ["we back the duty", "we do not back the duty", "the duty would not work", "a good duty", "back it"]
    vec = TfidfVectorizer(analyzer=features, min_df=1, sublinear_tf=True)
    want = vec.fit_transform(corpus).toarray()
    m = SentenceModel(
        {k: int(v) for k, v in vec.vocabulary_.items()}, vec.idf_, np.zeros((2, len(vec.idf_))), np.zeros(2), ("a", "b")
    )
    np.testing.assert_allclose(m.vectors(corpus), want)


def test_arrays_round_trip():
    m = _toy()
    back = from_arrays(to_arrays(m))
    assert back.vocabulary == m.vocabulary and back.classes == m.classes
    np.testing.assert_array_equal(back.coef, m.coef)


def test_the_shipped_model_loads_and_reads_plain_verdicts():
    m = stance_model.load()
    assert m is not None and set(m.classes) == {"Yes", "No", "Mixed", "Unclear", "none"}
    assert m.read("I really don't think it would work, it would just be more forms.")[0] == "No"
    assert m.read("I think that is exactly the right thing to do and I would back it.")[0] == "Yes"


# ---------------------------------------------------------------------------- the fallback in code_letter
SPEC = load_spec()


def _with_model(monkeypatch: pytest.MonkeyPatch, label: str, p: float, row: list[float] | None = None) -> None:
    """A stand-in model that reads every sentence as ``label`` with probability ``p`` (the rest to ``none``, or the
    probabilities of ``row``, in the order Yes, No, Mixed, Unclear, none). The flip guard, which reads the model's
    reading of the sentence relied on as a second opinion, is switched off: a stand-in that reads every sentence the
    same way would make it doubt the rules (it is tested in ``test_stance_guard.py``)."""
    monkeypatch.setitem(stance._MECHANISMS, "flip_guard", False)
    classes = ("Yes", "No", "Mixed", "Unclear", "none")

    class Fixed:
        def __init__(self) -> None:
            self.classes = classes

        def proba(self, sentences: list[str]) -> np.ndarray:
            probs = row
            if probs is None:
                probs = [p if c == label else 0.0 for c in classes]
                probs[-1] += 1 - p
            return np.array([probs] * len(sentences))

        def read(self, sentence: str) -> tuple[str, float, list[str]]:
            return label, p, ["it"]

    monkeypatch.setattr(stance_model, "load", lambda: Fixed())


def test_a_sentence_tied_to_the_target_with_no_cue_is_read_by_the_model_and_sent_to_review(monkeypatch):
    _with_model(monkeypatch, "No", 0.9)
    letter = "The first option would put a duty on the police and schools. I would not bother with it."
    c = stance.code_letter(letter, SPEC)["q9"]
    assert c.stance == "No" and c.method == "model"
    assert c.confidence == pytest.approx(0.7 * 0.9)  # below the 0.75 review threshold
    assert c.rule.startswith("model: sentence read as No (p=0.90; words 'it')")
    assert c.evidence in ("The first option would put a duty on the police and schools.", "I would not bother with it.")


def test_the_model_is_not_asked_where_the_rules_found_a_cue(monkeypatch):
    _with_model(monkeypatch, "No", 0.99)
    c = stance.code_letter("We support Option One.", SPEC)["q9"]
    assert (c.stance, c.method) == ("Yes", "rule")


def test_below_the_threshold_or_none_the_question_stays_as_the_rules_left_it(monkeypatch):
    letter = "The first option would put a duty on the police and schools. I would not bother with it."
    _with_model(monkeypatch, "No", 0.45)  # under _MODEL_MIN_P: 'none' (0.55) is the most probable
    assert stance.code_letter(letter, SPEC).get("q9", stance.StanceCode(None, 0.0, None)).stance is None


def test_in_the_questions_own_section_a_weaker_reading_is_taken(monkeypatch):
    # the most probable class is No at 0.45 ('none' 0.35): under _MODEL_MIN_P (0.5), over the own-section 0.4
    _with_model(monkeypatch, "No", 0.45, row=[0.2, 0.45, 0.0, 0.0, 0.35])
    section = "The statutory partners already meet every month at the town hall."  # no cue the rules know
    c = stance.code_letter(section, SPEC, {"q12": section})["q12"]
    assert (c.stance, c.method) == ("No", "model")
    assert c.confidence == pytest.approx(0.7 * 0.45)  # a person checks it
    # the same reading in a letter without sections is too weak to take
    letter = "The first option would put a duty on the police and schools. I would not bother with it."
    assert stance.code_letter(letter, SPEC).get("q9", stance.StanceCode(None, 0.0, None)).stance is None


def test_a_silent_question_is_never_given_a_stance_by_the_model(monkeypatch):
    _with_model(monkeypatch, "Yes", 0.99)
    codes = stance.code_letter("We run a youth club in Leeds. Our members are 11 to 18.", SPEC)
    assert all(c.stance is None for c in codes.values())


def test_an_embedded_question_is_not_given_to_the_model(monkeypatch):
    # the rules blank "whether ..." (not asserted): the clause asserts too little for the model to read it
    _with_model(monkeypatch, "Yes", 0.99)
    c = stance.code_letter("We were asked whether schools should be added to the statutory partners.", SPEC)
    assert c.get("q12", stance.StanceCode(None, 0.0, None)).stance is None


def test_readings_both_ways_lower_the_confidence_and_show_the_other(monkeypatch):
    classes = ("Yes", "No", "Mixed", "Unclear", "none")

    class TwoWays:
        def __init__(self) -> None:
            self.classes = classes

        def proba(self, sentences: list[str]) -> np.ndarray:
            return np.array([[0.8, 0, 0, 0, 0.2] if "lovely" in s else [0, 0.6, 0, 0, 0.4] for s in sentences])

        def read(self, sentence: str) -> tuple[str, float, list[str]]:
            return ("Yes", 0.8, ["lovely"]) if "lovely" in sentence else ("No", 0.6, ["shame"])

    monkeypatch.setattr(stance_model, "load", lambda: TwoWays())
    letter = "The first option is a lovely idea in its way. The first option is a shame in another."
    c = stance.code_letter(letter, SPEC)["q9"]
    assert c.stance == "Yes" and c.confidence == pytest.approx(0.45)
    assert c.conflict_evidence == "The first option is a shame in another."


# ---------------------------------------------------------------------------- the paragraph topic
def _with_topic(monkeypatch: pytest.MonkeyPatch, qid: str, p: float) -> None:
    """A stand-in topic model that reads every paragraph as about ``qid`` with probability ``p``."""
    qids = ("q8", "q9", "q10", "q11", "q12", "q13")

    class Fixed:
        classes = qids

        def proba(self, texts: list[str]) -> np.ndarray:
            return np.array([[p if q == qid else 0.1 for q in qids]] * len(texts))

    monkeypatch.setattr(stance_model, "load_topic", lambda: Fixed())


def test_a_paragraph_tied_to_no_question_is_read_through_its_topic(monkeypatch):
    _with_model(monkeypatch, "Yes", 0.8)
    _with_topic(monkeypatch, "q8", 0.9)
    monkeypatch.setitem(stance._MECHANISMS, "topic_rules", False)  # the sentence classifier alone (before round 35)
    letter = "You want everyone pulling together before it gets to knives. Spot on, that is exactly it."
    c = stance.code_letter(letter, SPEC)["q8"]
    assert (c.stance, c.method) == ("Yes", "model")
    assert c.confidence == pytest.approx(0.56)  # 0.7 x 0.8, under the topic's cap of 0.6
    assert c.rule.endswith("(the paragraph read as about q8, p=0.90)")


def test_a_paragraph_tied_to_a_question_by_its_topic_is_read_by_the_rules_first(monkeypatch):
    # round 35: the rules read the paragraph as the question's answer ("Spot on" is their idiom), the classifier only
    # where they find nothing; still capped at the topic's 0.6, for a person to check
    _with_model(monkeypatch, "No", 0.99)
    _with_topic(monkeypatch, "q8", 0.9)
    letter = "You want everyone pulling together before it gets to knives. Spot on, that is exactly it."
    c = stance.code_letter(letter, SPEC)["q8"]
    assert (c.stance, c.method, c.confidence) == ("Yes", "rule", 0.6)
    assert c.rule.endswith("target by paragraph topic (the paragraph read as about q8, p=0.90)")
    # no cue the rules know: the classifier's reading, as before
    c = stance.code_letter("You want everyone pulling together before it gets to knives.", SPEC)["q8"]
    assert (c.stance, c.method) == ("No", "model")


def test_the_topic_is_not_read_below_its_threshold_nor_over_a_question_already_coded(monkeypatch):
    _with_model(monkeypatch, "Yes", 0.8)
    _with_topic(monkeypatch, "q8", 0.45)
    letter = "You want everyone pulling together before it gets to knives. Spot on, that is exactly it."
    assert stance.code_letter(letter, SPEC).get("q8", stance.StanceCode(None, 0.0, None)).stance is None
    _with_topic(monkeypatch, "q13", 0.9)
    # Q13 already coded by the rules from its own paragraph: the topic reading does not replace it
    letter2 = "We do not support Option Three.\n\nLeaving it to goodwill would mean nothing changes, frankly."
    assert stance.code_letter(letter2, SPEC)["q13"].method == "rule"


def test_a_paragraph_the_rules_tie_to_a_question_is_not_read_for_its_topic(monkeypatch):
    _with_model(monkeypatch, "No", 0.99)
    _with_topic(monkeypatch, "q12", 0.99)
    # the only paragraph names Option One: no paragraph is left for the topic, so Q12 stays missing
    codes = stance.code_letter("Option One is set out in the paper in some detail.", SPEC)
    assert codes.get("q12", stance.StanceCode(None, 0.0, None)).stance is None


def test_the_shipped_topic_model_loads_with_one_class_per_question():
    t = stance_model.load_topic()
    assert t is not None and t.topic and t.classes == ("q8", "q9", "q10", "q11", "q12", "q13")
    p = t.proba(["Leaving it to goodwill and voluntary arrangements between agencies, without any new law."])[0]
    assert ((p >= 0) & (p <= 1)).all() and int(p.argmax()) == 5  # Option Three's words


# ---------------------------------------------------------------------------- a weak leaning confirmed
def test_a_code_too_weak_to_call_takes_its_leaning_when_the_classifier_reads_the_sentence_so(monkeypatch):
    weak = stance.StanceCode("Unclear", 0.15, "I'd back it, I suppose.", rule="too weak to call (leaning Yes): verdict")
    _with_model(monkeypatch, "Yes", 0.8)
    c = stance._confirm_leaning(weak)
    assert (c.stance, c.method, c.evidence) == ("Yes", "model", "I'd back it, I suppose.")
    assert c.confidence == pytest.approx(0.56)  # 0.7 x 0.8: always reviewed
    assert c.rule.endswith("as the rules leaned: too weak to call (leaning Yes): verdict")
    # read the other way, or too uncertain: left Unclear as the rules had it
    _with_model(monkeypatch, "No", 0.9)
    assert stance._confirm_leaning(weak) is weak
    _with_model(monkeypatch, "Yes", 0.45)
    assert stance._confirm_leaning(weak) is weak
    # any other code is untouched
    plain = stance.StanceCode("Unclear", 0.6, "We have no view.", rule="no view 'no view'")
    assert stance._confirm_leaning(plain) is plain
