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
never read: the first run of each wave of blind-written letters (waves 65-84, 20 waves, 5,403 addressed answers,
3,878 Yes/No codes of which 163 flips), not the final coder's codes on them, which had learnt from them. Only the
numbers below ship; nothing is trained at run time and no text is kept. Left out wave by wave, the guard at 0.2
moved flips from 3.0% to 1.7% of the addressed answers for 1.3 points of agreement, where raising the coder's own
floor for Yes/No (``_TOO_WEAK``) from 0.2 to 0.4 bought less (2.1%) for more (1.9 points). On the waves written
after each fit and read by nobody before (83-87, 1,351 answers; 83-86 with the first version of these numbers):
flips 30 -> 17, agreement 89.6% -> 89.3% (README, stance, round 43).

Examples
--------
>>> f = guard_features("No", 0.9, "verdict 'oppose'; target by section", None, ("No", 0.9))
>>> len(f) == len(FEATURES)
True
>>> flip_risk(f) < flip_risk(guard_features("No", 0.3, "consequence 'would add'; target by carry", None, ("Yes", 0.9)))
True
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from svanalysis.ingest.stance_calibration import FEATURES as CALIBRATION_FEATURES

__all__ = ["COEFFICIENTS", "FEATURES", "THRESHOLD", "flip_risk", "guard_features"]

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
_TARGET_BY = re.compile(r"target by ([\w-]+)")
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
# benchmarks/fit_stance_guard.py with a flip weighing five right codes (as the calibration weighs it). Waves 65-84:
# 0.2 scores best (agreement 86.5%, flips 1.70%); 0.15: 85.7%, 1.55%; 0.25: 86.9%, 1.87%; no guard 87.8%, 3.0%.
THRESHOLD = 0.2

# intercept, then one number per feature; written by benchmarks/fit_stance_guard.py --write
# fmt: off
COEFFICIENTS: tuple[float, ...] = (
    -1.1139,
    -0.6419,
    -0.3790,
    -0.5224,
    +0.0000,
    -0.2906,
    -0.3007,
    -0.2080,
    -0.0981,
    +2.0450,
    -0.4108,
    +0.3180,
    -0.0695,
    +0.1584,
    -0.4317,
    +0.0000,
    +0.2379,
    +0.8404,
    +0.1883,
    +0.2031,
    -0.4059,
    +0.0857,
    +0.0259,
    -0.6128,
    +0.2824,
    -0.2646,
    +0.1567,
    -0.0126,
    -0.3020,
    +0.2074,
    +1.1633,
    -0.1077,
    -0.0056,
    -0.4654,
    -0.0920,
    +0.9669,
    -0.3154,
    +0.2016,
    +0.2191,
    -0.3170,
    -0.5986,
    -0.3472,
    -0.0126,
    -0.1637,
    -1.6307,
    +2.7589,
    -0.9731,
    +1.0834,
    -0.6142,
    -0.4346,
    -0.2704,
    -0.4317,
    -0.2857,
    -0.2857,
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
    m = _TARGET_BY.search(rule)
    target = m.group(1) if m else ""
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
    z = COEFFICIENTS[0] + math.fsum(b * x for b, x in zip(COEFFICIENTS[1:], features, strict=True))
    return 1 / (1 + math.exp(-z))
