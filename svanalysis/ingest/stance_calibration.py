"""The stance coder's confidence, calibrated on labelled letters.

The rule coder's own confidence (``stance._decide``) is set by hand from cue reliabilities and
caps; on letters it had not seen, some codes above the review threshold were wrong, a few of them
Yes read as No. This module turns the evidence behind a code into a probability that the code is
right, with a logistic model whose numbers were fitted by ``benchmarks/fit_stance_calibration.py``
on the shared development letters and the blind-written development batches 1-7 (with earlier
rounds' codes on the batches they had not seen: round 3's on batch 5, round 4's on batches 6-7), leave-one-set-out checked (README, stance). Only the fitted numbers ship; nothing is trained at run time, and no
text of the letters it was fitted on is kept.

The features (``FEATURES``, computed by ``stance._features``) are the rule confidence (as log odds),
the code (Yes, No, Mixed; Unclear is the baseline), the leading cue's own reliability, how its
target was reached (carry-over; a description, collective reference or comparative; the question's
own section), the share of evidence the other way, how many sentences agree, the kind of cue (a
verdict word, a consequence), a holder not identified, a negation, and no sentence at all.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Sequence

__all__ = ["COEFFICIENTS", "FEATURES", "calibrated", "logistic"]

FEATURES = (
    "rule_log_odds",
    "is_yes",
    "is_no",
    "is_mixed",
    "cue_reliability",
    "target_carry",
    "target_described",
    "target_section",
    "other_way_share",
    "agreeing_sentences",
    "verdict_word",
    "consequence",
    "holder_unknown",
    "negation",
    "no_sentence",
    "first_person",
    "sentence_length",
    "lone_cue",
    "verdict_not_after_we",
)

# intercept, then one number per feature; written by benchmarks/fit_stance_calibration.py --write
COEFFICIENTS = (
    -0.9198,
    +2.1113,
    -0.3631,
    +0.0228,
    +0.2300,
    +0.2988,
    +0.2482,
    +0.6906,
    +0.6608,
    -0.9232,
    +0.3567,
    -0.0656,
    -0.1105,
    -1.0077,
    +1.3899,
    +0.0000,
    +0.2938,
    -0.6118,
    +0.1067,
    -0.3126,
)


def calibrated(features: tuple[float, ...]) -> float:
    """The probability that a code is right, from its ``features`` (in the order of ``FEATURES``).

    Examples
    --------
    >>> round(calibrated((0.0,) * len(FEATURES)), 3) == round(1 / (1 + math.exp(-COEFFICIENTS[0])), 3)
    True
    """
    if len(features) != len(FEATURES):
        raise ValueError(f"features: {len(features)} numbers, expected {len(FEATURES)} ({', '.join(FEATURES)})")
    return logistic(COEFFICIENTS, features)


def logistic(coefficients: Sequence[float], features: Sequence[float]) -> float:
    """A fitted logistic model's probability: ``coefficients`` are the intercept, then one weight per feature.

    >>> round(logistic((-1.0, 2.0), (1.0,)), 4) == round(1 / (1 + math.exp(-1.0)), 4)
    True
    """
    if len(coefficients) != len(features) + 1:
        raise ValueError(f"{len(coefficients)} coefficients for {len(features)} features (expected one more)")
    # (the same sum of the same products as a generator over ``zip``, without a Python step for each: asked once a code)
    z = coefficients[0] + math.fsum(map(operator.mul, coefficients[1:], features))
    return 1 / (1 + math.exp(-z))
