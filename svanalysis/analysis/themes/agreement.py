"""Agreement of automatic with human theme codes: precision, recall, F1 with bootstrap intervals.

Counted over (answer, theme) pairs of the answers both sides coded, per theme and overall (micro).
Intervals resample *answers* (not pairs), since an answer's themes are not independent of each other;
the resampling is seeded, so a report is reproducible.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from svanalysis.core.checks import check_range, check_type

__all__ = ["OVERALL", "micro_prf", "suggestion_overlap", "theme_agreement"]

OVERALL = "(overall, micro)"


def _prf(tp: np.ndarray, fp: np.ndarray, fn: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    with np.errstate(invalid="ignore", divide="ignore"):
        p = np.where(tp + fp > 0, tp / (tp + fp), np.nan)
        r = np.where(tp + fn > 0, tp / (tp + fn), np.nan)
        f = np.where(tp + fp + fn > 0, 2 * tp / (2 * tp + fp + fn), np.nan)
    return p, r, f


def micro_prf(predicted: Iterable[Iterable[str]], gold: Iterable[Iterable[str]]) -> dict[str, float]:
    """Micro precision, recall and F1 of predicted theme sets against gold sets, answer by answer.

    Examples
    --------
    >>> micro_prf([{"a"}, {"b", "c"}, set()], [{"a"}, {"b"}, {"c"}])
    {'tp': 2, 'fp': 1, 'fn': 1, 'precision': 0.6667, 'recall': 0.6667, 'f1': 0.6667}
    """
    tp = fp = fn = 0
    for p, g in zip(predicted, gold, strict=True):
        p, g = set(p), set(g)
        tp += len(p & g)
        fp += len(p - g)
        fn += len(g - p)
    P, R, F = (float(x) for x in _prf(np.array(tp), np.array(fp), np.array(fn)))
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(P, 4), "recall": round(R, 4), "f1": round(F, 4)}


def theme_agreement(
    automatic: pd.DataFrame,
    human: pd.DataFrame,
    themes: Iterable[str] | None = None,
    n_boot: int = 1000,
    level: float = 0.95,
    seed: int = 0,
) -> pd.DataFrame:
    """Precision, recall and F1 of automatic codes against a person's, per theme and overall.

    Parameters
    ----------
    automatic : pandas.DataFrame
        Automatic assignments: ``respondent_id``, ``theme`` (one row per theme present).
    human : pandas.DataFrame
        A person's codes: ``respondent_id``, ``theme``, ``present`` (1/0). Only answers with at least
        one code are compared; a theme not coded for such an answer counts as absent.
    themes : iterable of str, optional
        Themes to report (default: every theme seen on either side), in this order.
    n_boot : int
        Bootstrap resamples of answers for the intervals (0 for none).
    level : float
        Interval coverage.
    seed : int
        Seed of the bootstrap.

    Returns
    -------
    pandas.DataFrame
        One row per theme and a last row ``(overall, micro)``: ``theme``, ``answers``, ``tp``,
        ``fp``, ``fn``, ``precision``, ``precision_low``, ``precision_high``, ``recall``, ...,
        ``f1``, ``f1_low``, ``f1_high``. A ratio with a zero denominator is NaN.

    Raises
    ------
    ValueError
        If a frame lacks a column or ``level`` is outside (0, 1).

    Examples
    --------
    >>> auto = pd.DataFrame({"respondent_id": ["a", "b"], "theme": ["x", "x"]})
    >>> human = pd.DataFrame({"respondent_id": ["a", "b", "c"], "theme": ["x", "x", "x"], "present": [1, 0, 1]})
    >>> theme_agreement(auto, human, n_boot=0)[["theme", "tp", "fp", "fn", "precision", "recall", "f1"]]
                  theme  tp  fp  fn  precision  recall   f1
    0                 x   1   1   1        0.5     0.5  0.5
    1  (overall, micro)   1   1   1        0.5     0.5  0.5
    """
    for name, df, cols in (
        ("automatic", automatic, ["respondent_id", "theme"]),
        ("human", human, ["respondent_id", "theme", "present"]),
    ):
        check_type(name, df, pd.DataFrame)
        missing = [c for c in cols if c not in df.columns]
        if missing:
            raise ValueError(f"{name} has no column(s) {missing}")
    check_range("level", level, 1e-9, 1 - 1e-9)
    answers = list(dict.fromkeys(human["respondent_id"].astype(str)))
    present = human.loc[human["present"].astype(int) == 1]
    theme_list = (
        list(themes)
        if themes is not None
        else list(dict.fromkeys([*human["theme"].astype(str), *automatic["theme"].astype(str)]))
    )
    a_index = {a: i for i, a in enumerate(answers)}
    t_index = {t: j for j, t in enumerate(theme_list)}
    H = np.zeros((len(answers), len(theme_list)), dtype=bool)
    A = np.zeros_like(H)
    for rid, t in zip(present["respondent_id"].astype(str), present["theme"].astype(str), strict=False):
        if t in t_index:
            H[a_index[rid], t_index[t]] = True
    for rid, t in zip(automatic["respondent_id"].astype(str), automatic["theme"].astype(str), strict=False):
        if rid in a_index and t in t_index:
            A[a_index[rid], t_index[t]] = True
    TP, FP, FN = (A & H).astype(int), (A & ~H).astype(int), (~A & H).astype(int)

    def table(w: np.ndarray) -> np.ndarray:
        """Counts per theme (columns) and overall (last column), weighting answers by ``w``."""
        tp, fp, fn = (w @ M for M in (TP, FP, FN))
        tp, fp, fn = (np.append(x, x.sum()) for x in (tp, fp, fn))
        return np.stack([tp, fp, fn, *_prf(tp, fp, fn)])

    point = table(np.ones(len(answers)))
    out = pd.DataFrame(
        {
            "theme": [*theme_list, OVERALL],
            "answers": len(answers),
            "tp": point[0].astype(int),
            "fp": point[1].astype(int),
            "fn": point[2].astype(int),
        }
    )
    rng = np.random.default_rng(seed)
    boots = []
    if n_boot and len(answers):
        for _ in range(n_boot):
            w = np.bincount(rng.integers(0, len(answers), len(answers)), minlength=len(answers)).astype(float)
            boots.append(table(w)[3:])
    alpha = (1 - level) / 2
    for k, name in enumerate(("precision", "recall", "f1")):
        out[name] = point[3 + k].round(4)
        if boots:
            stack = np.stack([b[k] for b in boots])
            with np.errstate(all="ignore"):
                out[f"{name}_low"] = np.nanquantile(stack, alpha, axis=0).round(4)
                out[f"{name}_high"] = np.nanquantile(stack, 1 - alpha, axis=0).round(4)
        else:
            out[f"{name}_low"] = np.nan
            out[f"{name}_high"] = np.nan
    cols = ["theme", "answers", "tp", "fp", "fn"] + [
        c for n in ("precision", "recall", "f1") for c in (n, f"{n}_low", f"{n}_high")
    ]
    return out[cols]


def suggestion_overlap(
    members: pd.DataFrame, ids: Iterable[str], gold: Iterable[Iterable[str]], min_jaccard: float = 0.3
) -> pd.DataFrame:
    """For each gold theme, the suggested candidate whose members overlap its answers most.

    A gold theme counts as *found* when its best candidate has Jaccard overlap of at least
    ``min_jaccard`` with the theme's answers.

    Parameters
    ----------
    members : pandas.DataFrame
        ``respondent_id``, ``candidate`` (as :func:`svanalysis.analysis.themes.suggest.suggest` returns in ``members``).
    ids : iterable of str
        Answer ids, aligned with ``gold``.
    gold : iterable of iterable of str
        Gold themes per answer.
    min_jaccard : float
        Overlap needed to count a theme as found.

    Returns
    -------
    pandas.DataFrame
        ``theme``, ``answers``, ``candidate``, ``jaccard``, ``precision``, ``recall``, ``found``.

    Examples
    --------
    >>> m = pd.DataFrame({"respondent_id": ["a", "b", "c"], "candidate": ["c1", "c1", "c2"]})
    >>> suggestion_overlap(m, ["a", "b", "c"], [{"x"}, {"x"}, {"y"}])["found"].tolist()
    [True, True]
    """
    ids = [str(i) for i in ids]
    by_theme: dict[str, set[str]] = {}
    for rid, themes in zip(ids, gold, strict=True):
        for t in themes:
            by_theme.setdefault(t, set()).add(rid)
    cand = (
        members.assign(respondent_id=members["respondent_id"].astype(str))
        .groupby("candidate")["respondent_id"]
        .apply(set)
    )
    rows = []
    for t, answers in by_theme.items():
        best = (None, 0.0, 0.0, 0.0)
        for c, mem in cand.items():
            inter = len(answers & mem)
            j = inter / len(answers | mem)
            if j > best[1]:
                best = (c, j, inter / len(mem), inter / len(answers))
        rows.append(
            {
                "theme": t,
                "answers": len(answers),
                "candidate": best[0],
                "jaccard": round(best[1], 3),
                "precision": round(best[2], 3),
                "recall": round(best[3], 3),
                "found": best[1] >= min_jaccard,
            }
        )
    return pd.DataFrame(rows)
