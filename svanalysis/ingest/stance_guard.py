"""The flip guard: a Yes or No in a letter that is likely to be the other way round goes to a person as Unclear.

A Yes read as No (or No as Yes) is the stance coder's worst error: counted as given, it moves a table the wrong
way. The rule coder's confidence says how sure its rules are; on letters nobody had read, its Yes/No codes under
0.4 were flips more than a quarter of the time, and some flips came with high confidence (a cue read as the
respondent's that was not, a sentence about another target). This module estimates, for each Yes or No the coder
gives a letter's question, the probability that the label is the opposite: a logistic model over what the code
rests on (its confidence and the calibration features of ``stance_calibration``, the kind of rule and of target
that decided it) and a second opinion, the sentence classifier's reading (``stance_model``) of the sentence
relied on, which reads words where the rules read cues. A code whose risk is above ``THRESHOLD`` is given as
Unclear, its leaning and the risk in the rule, below the review threshold: a person reads the sentence relied on
and decides (``stance.code_letter``).

It was fitted by ``benchmarks/fit_stance_guard.py`` on the codes each coder of the moment gave letters it had
never read: the first run of each wave of blind-written letters (waves 65-87, 23 waves, 6,209 addressed answers,
4,472 Yes/No codes of which 180 flips), not the final coder's codes on them, which had learnt from them. Only the
numbers below ship; nothing is trained at run time and no text is kept. Left out wave by wave, the guard at 0.2
moved flips from 2.9% to 1.6% of the addressed answers for 1.3 points of agreement, where raising the coder's own
floor for Yes/No (``_TOO_WEAK``) from 0.2 to 0.4 bought less (2.0%) for more (2.0 points). On the waves written
after each fit and read by nobody before (83-88, 1,620 answers, each with the version of these numbers of its day):
flips 37 -> 22, agreement 89.3% -> 88.8% (README, stance, round 43).

Examples
--------
>>> f = guard_features("No", 0.9, "verdict 'oppose'; target by section", None, ("No", 0.9))
>>> len(f) == len(FEATURES)
True
>>> flip_risk(f) < flip_risk(guard_features("No", 0.3, "consequence 'would add'; target by carry", None, ("Yes", 0.9)))
True
"""

from __future__ import annotations

from collections.abc import Sequence

from svanalysis.core import patterns as rx
from svanalysis.ingest.stance_calibration import FEATURES as CALIBRATION_FEATURES
from svanalysis.ingest.stance_calibration import logistic

__all__ = ["COEFFICIENTS", "FEATURES", "THRESHOLD", "flip_risk", "guard_features", "target_kind"]

# the calibration features of stance_calibration.FEATURES (zeros for a code without them: a classifier's reading)
_N_CALIBRATION = len(CALIBRATION_FEATURES)
# the kind of rule that decided a Yes or No (its rule's first word: "verdict 'agree'; target by section")
RULE_KINDS = (
    "verdict",
    "evaluation",
    "consequence",
    "idiom",
    "preference",
    "additions",
    "model",
    "comparative",
    "request",
    "omission",
    "ellipsis",
    "ranking",
    "revised",
    "no",
)
# how the rule reached the question's target ("; target by section"; "by paragraph topic" for the topic classifier)
TARGET_KINDS = (
    "section",
    "heading",
    "reference",
    "description",
    "collective",
    "ordinal",
    "carry",
    "carry-weak",
    "comparative",
    "paragraph",
)
_TARGET_BY = rx.compile(r"target by ([\w-]+)")


def target_kind(rule: str | None) -> str:
    """How a code's rule says its target was reached ("section", "description", "carry-weak", ...; "" if it does not).

    >>> target_kind("verdict 'oppose'; target by section"), target_kind("no view 'unsure'")
    ('section', '')
    """
    m = _TARGET_BY.search(rule or "")
    return m.group(1) if m else ""


FEATURES = (
    *(f"calibration_{i}" for i in range(_N_CALIBRATION)),
    *(f"rule_{k.replace(' ', '_')}" for k in RULE_KINDS),
    *(f"target_{k.replace('-', '_')}" for k in TARGET_KINDS),
    "classifier_same",
    "classifier_opposite",
    "classifier_mixed_or_unclear",
    "classifier_no_view",
    "confidence",
    "confidence_squared",
    "is_yes",
    "negation",
    "leaning",
    "as_the_rules_leaned",
)

# The probability above which a Yes or No is given as Unclear for a person, chosen by the leave-one-wave-out curve of
# benchmarks/fit_stance_guard.py with a flip weighing five right codes (as the calibration weighs it). Waves 65-87:
# 0.2 scores best (agreement 86.8%, flips 1.64%); 0.15: 86.1%, 1.51%; 0.25: 87.2%, 1.82%; no guard 88.1%, 2.9%.
# Round 46: on the first runs of waves 89-120 (8,479 addressed answers, none of them in the fit), by the same score,
# 0.1 scores best: agreement 85.6%, flips 0.90% (score 81.1); 0.12: 86.4%, 1.16% (80.6); 0.15: 87.2%, 1.34% (80.5);
# 0.2: 87.9%, 1.58% (80.0); no guard 89.1%, 2.54%. A refit on those waves, each held out in turn, draws the same curve
# (0.1: 84.9%, 0.83%; 0.15: 86.7%, 1.17%; 0.2: 87.6%, 1.42%), so the coefficients stand and the threshold moves.
THRESHOLD = 0.1

# intercept, then one number per feature; written by benchmarks/fit_stance_guard.py --write
# fmt: off
COEFFICIENTS: tuple[float, ...] = (
    -1.1161,
    -0.5453,
    -0.3596,
    -0.4080,
    +0.0000,
    -0.3340,
    -0.2511,
    -0.3791,
    -0.0357,
    +2.0963,
    -0.6305,
    +0.2816,
    -0.0292,
    +0.2678,
    -0.3087,
    +0.0000,
    +0.3548,
    +0.7978,
    +0.0381,
    +0.1797,
    -0.4244,
    +0.0998,
    +0.0573,
    -0.5194,
    +0.2852,
    -0.1268,
    +0.0727,
    +0.0868,
    -0.3294,
    +0.2178,
    +1.0841,
    -0.1103,
    -0.1189,
    -0.5311,
    -0.1870,
    +0.8937,
    -0.3104,
    +0.3652,
    +0.2158,
    -0.3034,
    -0.6763,
    -0.3181,
    +0.0868,
    -0.2016,
    -1.4879,
    +2.8605,
    -1.1707,
    +1.2017,
    -0.7582,
    -0.5770,
    -0.2145,
    -0.3087,
    -0.2594,
    -0.2594,
)
# fmt: on


def guard_features(
    stance: str,
    confidence: float,
    rule: str | None,
    features: Sequence[float] | None,
    reading: tuple[str, float] | None,
) -> tuple[float, ...]:
    """What the flip risk of a Yes or No is computed from, in the order of ``FEATURES``: the code, its confidence,
    its rule, its calibration ``features`` and the sentence classifier's ``reading`` (label, probability) of the
    sentence relied on (None where there is none)."""
    rule = rule or ""
    cal = list(features) if features and len(features) == _N_CALIBRATION else [0.0] * _N_CALIBRATION
    kind = rule.split(" ", 1)[0].rstrip(":")
    target = target_kind(rule)
    label, p = reading if reading is not None else ("none", 0.0)
    opposite = {"Yes": "No", "No": "Yes"}.get(stance)
    return (
        *(float(x) for x in cal),
        *(float(kind == k) for k in RULE_KINDS),
        *(float(target == k) for k in TARGET_KINDS),
        float(label == stance) * p,
        float(label == opposite) * p,
        float(label in ("Mixed", "Unclear")) * p,
        float(label == "none") * p,
        confidence,
        confidence * confidence,
        float(stance == "Yes"),
        float("negation" in rule),
        float("leaning" in rule),
        float("as the rules leaned" in rule),
    )


def flip_risk(features: Sequence[float]) -> float:
    """The probability that a Yes or No with these ``guard_features`` is the other way round (0 where no fit ships)."""
    if len(COEFFICIENTS) != len(FEATURES) + 1:
        return 0.0
    return logistic(COEFFICIENTS, features)
