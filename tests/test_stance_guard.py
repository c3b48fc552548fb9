"""The flip guard (``stance_guard``, ``stance._guard_flips``): a letter's Yes or No likely to be the other way round
goes to a person as Unclear with its leaning; everything else is left as the coder gave it."""

from __future__ import annotations

import math

import pytest

from svanalysis.ingest import stance, stance_guard, stance_model
from svanalysis.ingest.stance import StanceCode, code_letter


def test_the_shipped_fit_has_a_number_for_every_feature():
    assert len(stance_guard.COEFFICIENTS) == len(stance_guard.FEATURES) + 1
    assert 0 < stance_guard.THRESHOLD < 0.5


def test_features_read_the_rule_the_target_and_the_classifier():
    f = dict(
        zip(
            stance_guard.FEATURES,
            stance_guard.guard_features(
                "No", 0.6, "verdict 'support' + negation; target by carry-weak", [0.5] * 19, ("Yes", 0.8)
            ),
            strict=True,
        )
    )
    assert f["calibration_0"] == 0.5 and f["calibration_18"] == 0.5
    assert f["rule_verdict"] == 1.0 and f["rule_consequence"] == 0.0
    # "carry-weak" is its own kind, not "carry"
    assert f["target_carry_weak"] == 1.0 and f["target_carry"] == 0.0
    # the classifier reads Yes where the code is No: the opposite reading, at its probability
    assert f["classifier_opposite"] == 0.8 and f["classifier_same"] == 0.0 and f["classifier_no_view"] == 0.0
    assert f["confidence"] == 0.6 and f["confidence_squared"] == pytest.approx(0.36)
    assert f["is_yes"] == 0.0 and f["negation"] == 1.0
    # a code with no calibration features (a classifier's own reading) and no sentence: zeros there
    g = dict(zip(stance_guard.FEATURES, stance_guard.guard_features("Yes", 0.4, None, None, None), strict=True))
    assert g["calibration_0"] == 0.0 and g["classifier_same"] == 0.0 and g["is_yes"] == 1.0


def test_the_risk_is_the_logistic_of_the_weighted_sum(monkeypatch):
    n = len(stance_guard.FEATURES)
    i_conf = stance_guard.FEATURES.index("confidence")
    i_opp = stance_guard.FEATURES.index("classifier_opposite")
    coef = [0.0] * (n + 1)
    coef[0], coef[1 + i_conf], coef[1 + i_opp] = -1.0, -2.0, 3.0
    monkeypatch.setattr(stance_guard, "COEFFICIENTS", tuple(coef))
    f = stance_guard.guard_features("Yes", 0.5, "verdict 'agree'; target by section", None, ("No", 1.0))
    # z = -1 - 2 * 0.5 + 3 * 1.0 = 1
    assert stance_guard.flip_risk(f) == pytest.approx(1 / (1 + math.exp(-1.0)))
    # a fit of the wrong length ships no guard
    monkeypatch.setattr(stance_guard, "COEFFICIENTS", (0.5,))
    assert stance_guard.flip_risk(f) == 0.0


def _risk(value):
    return lambda features: value


def test_a_risky_yes_or_no_goes_to_a_person_with_its_leaning(monkeypatch):
    monkeypatch.setattr(stance, "flip_risk", _risk(0.6))
    codes = {
        "q9": StanceCode("No", 0.9, "It would duplicate the safeguarding duty.", rule="consequence 'duplicate'"),
        "q11": StanceCode("Mixed", 0.6, "Partly.", rule="mixed 'Partly'"),
        "q13": StanceCode("Unclear", 0.9, "We have no view.", rule="no view 'no view'"),
        "q8": StanceCode(None, 0.0, None),
    }
    out = stance._guard_flips(dict(codes))
    q9 = out["q9"]
    assert q9.stance == "Unclear" and q9.confidence == 0.5
    # the risk, the leaning and the classifier's reading of the sentence (its second opinion), then the rule
    assert q9.rule.startswith("flip risk 0.60 (leaning No; sentence read as ")
    assert q9.rule.endswith("): consequence 'duplicate'")
    assert q9.evidence == "It would duplicate the safeguarding duty."
    # Mixed, Unclear and missing codes are never touched
    assert [out[q] for q in ("q11", "q13", "q8")] == [codes[q] for q in ("q11", "q13", "q8")]


def test_an_explicit_answer_is_left_as_given_whatever_the_risk(monkeypatch):
    # round 45: "On balance: No." after pros and cons, read by the classifier as a Yes at p = 0.95 ("on balance"), had been
    # sent to review; the respondent's own word decides (from a confidence of 0.6: a weaker one is still guarded)
    monkeypatch.setattr(stance, "flip_risk", _risk(0.9))
    code = StanceCode("No", 0.75, "On balance: No.", rule="verdict ': No.'; target by section")
    assert stance._guard_flips({"q9": code})["q9"] is code
    weak = StanceCode("No", 0.55, "On balance: No.", rule="verdict ': No.'; target by carry-weak")
    assert stance._guard_flips({"q9": weak})["q9"].stance == "Unclear"
    other = StanceCode("No", 0.9, "It would duplicate the duty.", rule="consequence 'duplicate'")
    assert stance._guard_flips({"q9": other})["q9"].stance == "Unclear"


def test_a_code_without_a_sentence_shows_no_second_opinion(monkeypatch):
    monkeypatch.setattr(stance, "flip_risk", _risk(0.6))
    out = stance._guard_flips({"q9": StanceCode("Yes", 0.3, None, rule="verdict 'Yes'")})
    assert out["q9"].rule == "flip risk 0.60 (leaning Yes): verdict 'Yes'"


def test_a_safe_code_and_the_mechanism_off_leave_it_as_given(monkeypatch):
    code = StanceCode("Yes", 0.4, "We could live with it.", rule="idiom 'could live with'")
    monkeypatch.setattr(stance, "flip_risk", _risk(stance_guard.THRESHOLD))  # not above the threshold
    assert stance._guard_flips({"q9": code})["q9"] is code
    monkeypatch.setattr(stance, "flip_risk", _risk(0.99))
    monkeypatch.setitem(stance._MECHANISMS, "flip_guard", False)
    assert stance._guard_flips({"q9": code})["q9"] is code


def test_the_guard_reads_the_classifier_on_the_sentence_relied_on(monkeypatch):
    seen = []

    def features(stance_, confidence, rule, feats, reading):
        seen.append(reading)
        return stance_guard.guard_features(stance_, confidence, rule, feats, reading)

    monkeypatch.setattr(stance, "guard_features", features)
    stance._guard_flips({"q9": StanceCode("No", 0.9, "We oppose Option One.", rule="verdict 'oppose'")})
    label, p = seen[0]
    assert label == "No" and 0.5 < p <= 1.0


def test_a_letter_confident_both_ways_keeps_its_codes():
    # plain verdicts named in full: nothing for the guard to doubt
    codes = code_letter("We support Option One. We oppose Option Three.")
    assert (codes["q9"].stance, codes["q13"].stance) == ("Yes", "No")
    assert not codes["q9"].rule.startswith("flip risk") and not codes["q13"].rule.startswith("flip risk")


def test_eval_stance_dumps_a_blind_sets_codes_without_the_guard(tmp_path, monkeypatch):
    """``benchmarks/eval_stance.py --dump``: what the guard is fitted on (a wave's codes before the guard)."""
    import json
    from pathlib import Path

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import eval_stance

    blind = tmp_path / "blind" / "w1"
    blind.mkdir(parents=True)
    (blind / "w1_01.txt").write_text(
        "Dear Sir or Madam,\n\nOption One would be acceptable.\n\nYours faithfully,\nA Resident\n", encoding="utf-8"
    )
    keys = ("q8_vision", "q9_option_one", "q10_schedule6", "q11_option_two", "q12_csp_partners", "q13_option_three")
    label = {"file": "w1_01.txt", "stance": dict.fromkeys(keys), "evidence": {}}
    label["stance"]["q9_option_one"] = "Yes"
    label["evidence"]["q9_option_one"] = "Option One would be acceptable."
    (blind / "labels.jsonl").write_text(json.dumps(label) + "\n", encoding="utf-8")
    monkeypatch.setenv("SVANALYSIS_STANCE_BLIND", str(tmp_path / "blind"))
    monkeypatch.setitem(stance._MECHANISMS, "flip_guard", True)  # restored after the test
    dump = tmp_path / "w1.json"
    assert eval_stance.main(["--blind", "w1", "--without", "flip_guard", "--dump", str(dump)]) == 0
    rows = json.loads(dump.read_text(encoding="utf-8"))["rows"]
    # only the blind set's answers, six questions of one letter; Q9 as the rules read it, before the guard
    assert [r["set"] for r in rows] == ["blind w1"] * 6
    q9 = next(r for r in rows if r["question"] == "q9")
    assert (q9["truth"], q9["got"]) == ("Yes", "Yes") and not q9["rule"].startswith("flip risk")
    assert len(q9["features"]) == 19
    with pytest.raises(SystemExit):
        eval_stance.main(["--without", "no_such_mechanism"])


# round 49: a flip-guarded code whose sentence holds no view to the classifier, on a question reached by a description,
# a reference or carry-over, is left uncoded for a person (a possible view), not given as Unclear
def test_a_guarded_code_reached_by_description_and_read_as_no_view_is_a_possible_view(monkeypatch):
    monkeypatch.setattr(stance, "flip_risk", _risk(0.6))
    monkeypatch.setattr(stance_model, "load", lambda: _Reads("none", 0.9))
    by_description = StanceCode(
        "No", 0.6, "It leaves out domestic abuse.", rule="evaluation 'leaves out'; target by description"
    )
    out = stance._guard_flips({"q9": by_description})["q9"]
    # no stance and no confidence (always listed for review); the sentence, leaning and risk kept for the reviewer
    assert (out.stance, out.confidence, out.evidence) == (None, 0.0, "It leaves out domestic abuse.")
    assert out.rule == (
        "possible view, not coded: flip risk 0.60 (leaning No; sentence read as none (p=0.90; words none)): "
        "evaluation 'leaves out'; target by description"
    )
    # in the question's own section (or under its heading) the letter addresses the question: Unclear, as before
    in_section = StanceCode(
        "No", 0.6, "It leaves out domestic abuse.", rule="evaluation 'leaves out'; target by section"
    )
    assert stance._guard_flips({"q9": in_section})["q9"].stance == "Unclear"
    # a sentence the classifier reads the other way is conflicting evidence on an addressed question: Unclear
    monkeypatch.setattr(stance_model, "load", lambda: _Reads("Yes", 0.9))
    assert stance._guard_flips({"q9": by_description})["q9"].stance == "Unclear"
    # and with the mechanism off, Unclear as in round 48
    monkeypatch.setattr(stance_model, "load", lambda: _Reads("none", 0.9))
    monkeypatch.setitem(stance._MECHANISMS, "possible_view", False)
    assert stance._guard_flips({"q9": by_description})["q9"].stance == "Unclear"


class _Reads:
    """A sentence classifier that reads every sentence one way."""

    def __init__(self, label, p):
        self.label, self.p = label, p

    def read(self, text):
        return self.label, self.p, []


def test_code_stances_lists_a_possible_view_for_review_and_leaves_the_question_missing(monkeypatch):
    import pandas as pd

    from svanalysis.core.spec import load_spec

    spec = load_spec()
    view = StanceCode(None, 0.0, "It leaves out domestic abuse.", rule=f"{stance.POSSIBLE_VIEW}: flip risk 0.60 (...)")
    monkeypatch.setattr(stance, "code_letter", lambda *args: {"q9": view, "q8": StanceCode(None, 0.0, None)})
    frame = pd.DataFrame({"respondent_id": ["r1"], "letter_text": ["It leaves out domestic abuse."]})
    for q in spec.stance_questions:
        for kind in ("value", "method", "text"):
            frame[q.columns[kind]] = pd.Series([pd.NA], dtype="object")
    out, coding = stance.code_stances(frame, spec)
    assert pd.isna(out.loc[0, "q9_option_one"])
    # one row, for Q9 only (a plain missing code has none), its stance missing and sent to review
    assert coding[["question", "needs_review"]].values.tolist() == [["q9", True]]
    assert pd.isna(coding["stance"].iloc[0]) and coding["evidence"].iloc[0] == "It leaves out domestic abuse."


def test_a_letter_sentence_by_description_read_as_no_view_is_left_uncoded():
    # "leaves out" leans No on the duty named by description, but the sentence states what the paper leaves out: the
    # classifier finds no view in it, and whether the letter answers Q9 at all is for a person
    text = (
        'By confining the duty to serious violence "within the scope of the Serious Violence Strategy", the paper '
        "deliberately leaves out domestic abuse."
    )
    q9 = code_letter(text)["q9"]
    assert q9.stance is None and q9.rule.startswith("possible view, not coded: flip risk ")
    assert "(leaning No; sentence read as none" in q9.rule


def test_say_yes_to_is_an_answer_in_so_many_words(monkeypatch):
    # round 49: "We say yes to Option One." under its own heading, read by the classifier as holding no view, had gone to a
    # person as a possible view; the respondent's own word decides, as "Our answer is yes" does
    monkeypatch.setattr(stance, "flip_risk", _risk(0.9))
    code = StanceCode("Yes", 0.75, "We say yes to Option One.", rule="verdict 'say yes'; target by section")
    assert stance._guard_flips({"q9": code})["q9"] is code
