"""Statistics more than one stage needs: Wilson intervals and agreement between coders.

Support tables (analysis), the review of automatic stance and theme codes (ingest and analysis)
and the data-quality report (publish) all use these, so they live on the ground rather than in
one stage that the others would have to reach into.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = ["Z95", "agreement", "cohen_kappa", "wilson"]

Z95 = 1.959963984540054


def wilson(k: float, n: float, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for a proportion ``k / n`` (as shares, 0-1).

    >>> [round(x, 4) for x in wilson(5, 10)]
    [0.2366, 0.7634]
    >>> wilson(0, 0)
    (nan, nan)
    """
    if n <= 0:
        return (math.nan, math.nan)
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def cohen_kappa(a: np.ndarray, b: np.ndarray, labels: Sequence[str]) -> float:
    """Cohen's kappa of two coders' labels over the same items.

    >>> round(cohen_kappa(np.array(["Yes", "No", "Yes", "No"]), np.array(["Yes", "No", "Yes", "Yes"]), ["Yes", "No"]), 3)
    0.5
    """
    po = float(np.mean(a == b))
    pe = sum(float(np.mean(a == lab)) * float(np.mean(b == lab)) for lab in labels)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def agreement(
    automatic: Sequence[Any], human: Sequence[Any], labels: Sequence[str], reps: int = 2000, seed: int = 1
) -> dict[str, Any]:
    """Accuracy and Cohen's kappa of automatic against human codes, with 95% intervals.

    Pairs where either code is missing or empty are left out. Accuracy's interval is Wilson's;
    kappa's a seeded percentile bootstrap over items.

    >>> r = agreement(["Yes", "No", "Yes", "No"], ["Yes", "No", "Yes", "Yes"], ["Yes", "No"])
    >>> r["n"], r["accuracy"], round(r["kappa"], 3)
    (4, 0.75, 0.5)
    """
    pairs = [
        (str(x), str(y))
        for x, y in zip(automatic, human, strict=True)
        if x is not None and y is not None and str(x) not in ("", "nan", "<NA>") and str(y) not in ("", "nan", "<NA>")
    ]
    n = len(pairs)
    if n == 0:
        return {"n": 0, "accuracy": None, "accuracy_ci": [None, None], "kappa": None, "kappa_ci": [None, None]}
    a = np.array([p[0] for p in pairs])
    b = np.array([p[1] for p in pairs])
    agree = int((a == b).sum())
    lo, hi = wilson(agree, n)
    kappa = cohen_kappa(a, b, labels)
    rng = np.random.default_rng(seed)
    boots = [cohen_kappa(a[idx], b[idx], labels) for idx in (rng.integers(0, n, n) for _ in range(reps))]
    klo, khi = (float(np.nanpercentile(boots, 2.5)), float(np.nanpercentile(boots, 97.5)))
    return {"n": n, "accuracy": agree / n, "accuracy_ci": [lo, hi], "kappa": kappa, "kappa_ci": [klo, khi]}
