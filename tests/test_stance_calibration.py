"""The calibrated confidence of the stance coder (svanalysis/ingest/stance_calibration.py)."""

from __future__ import annotations

import math

import pytest

from svanalysis.ingest import stance
from svanalysis.ingest.stance import code_letter
from svanalysis.ingest.stance_calibration import COEFFICIENTS, FEATURES, calibrated

REVIEW = 0.75  # settings: stance.review_threshold


def _rule_confidence(code) -> float:
    # the first feature is the rule confidence as log odds (clipped to 0.02-0.98)
    return 1 / (1 + math.exp(-code.features[0]))


def test_one_coefficient_per_feature_and_an_intercept():
    assert len(COEFFICIENTS) == len(FEATURES) + 1
    assert len(code_letter("We support Option Two.")["q11"].features) == len(FEATURES)


def test_calibrated_is_the_logistic_of_the_weighted_sum():
    # all features zero but the first at log odds 0: the intercept alone, then with the first coefficient
    zeros = (0.0,) * len(FEATURES)
    assert calibrated(zeros) == pytest.approx(1 / (1 + math.exp(-COEFFICIENTS[0])))
    one = (1.0,) + zeros[1:]
    assert calibrated(one) == pytest.approx(1 / (1 + math.exp(-(COEFFICIENTS[0] + COEFFICIENTS[1]))))


def test_a_surer_rule_is_never_less_sure_after_calibration():
    # the rule confidence enters with a positive weight
    assert FEATURES[0] == "rule_log_odds" and COEFFICIENTS[1] > 0


@pytest.mark.parametrize(
    "text",
    [
        "We support Option Two.",
        "We welcome the vision.",
        "In our experience the vision, which sets out a great many things that partners across the county have "
        "long wanted to see and which many of our members welcomed at the launch event, has not changed anything.",
    ],
)
def test_calibration_only_lowers_the_rule_confidence(text):
    for code in code_letter(text).values():
        if code.features:
            assert code.confidence <= round(_rule_confidence(code), 3) + 1e-9


def test_a_verdict_word_in_a_long_sentence_not_held_by_the_respondent_goes_to_review():
    # the same cue word, "support": held by "we" in a short sentence it is a verdict; in a long sentence
    # about what clubs do for children it is another sense the rules may miss, so a person checks it
    sure = code_letter("We support Option Two.")["q11"]
    assert sure.stance == "Yes" and sure.confidence >= REVIEW
    text = (
        "Our youth clubs, breakfast clubs and holiday schemes, which between them support several hundred "
        "children across the district every week, would be affected by Option Two."
    )
    unsure = code_letter(text).get("q11")
    assert unsure is None or unsure.stance is None or unsure.confidence < REVIEW


def test_switching_calibration_off_gives_the_rule_confidence():
    text = "We welcome the vision."
    saved = dict(stance._MECHANISMS)
    stance._code_text_cached.cache_clear()
    try:
        stance._MECHANISMS["calibration"] = False
        rule = code_letter(text)["q8"]
    finally:
        stance._MECHANISMS.update(saved)
        stance._code_text_cached.cache_clear()
    calibrated_code = code_letter(text)["q8"]
    assert rule.stance == calibrated_code.stance == "Yes"
    assert calibrated_code.confidence <= rule.confidence


def test_features_of_the_wrong_length_are_refused_with_the_names():
    with pytest.raises(ValueError, match=r"features: 2 numbers, expected \d+ \(rule_log_odds, is_yes"):
        calibrated((0.0, 1.0))
