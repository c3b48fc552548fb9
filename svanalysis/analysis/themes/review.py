"""Choose which answers a person should code next, and lay them out as a coding sheet.

Two needs pull apart: an *honest* agreement figure needs a random sample, stratified so that every
theme (and "no theme") is seen; *teaching* gains most from the calls the model is least sure of. The
selection takes both: part stratified random, part least confident, each answer once, with the
reason recorded so that agreement can be measured on the random part alone.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from svanalysis.core.checks import check_range, check_type

__all__ = ["coding_sheet", "review_sample"]

NO_THEME = "(no theme)"


def review_sample(
    scores: pd.DataFrame,
    n: int,
    uncertain_share: float = 0.5,
    seed: int = 0,
    exclude: set | None = None,
) -> pd.DataFrame:
    """Pick ``n`` answers to code: a stratified random part plus the least confident calls.

    Parameters
    ----------
    scores : pandas.DataFrame
        Output of :func:`~svanalysis.analysis.themes.assign.score_answers` (one row per answer and theme).
    n : int
        Answers to pick (fewer if fewer are available).
    uncertain_share : float
        Share of ``n`` given to the least confident answers; the rest is stratified random.
    seed : int
        Seed of the random part.
    exclude : set, optional
        Respondent ids not to pick (e.g. already coded). Answers already coded by hand
        (method ``manual``) and empty answers are never picked.

    Returns
    -------
    pandas.DataFrame
        ``respondent_id``, ``reason`` (``stratified: <theme>`` or ``least confident: <theme>``),
        ``uncertainty`` (0 = sure, 1 = a coin toss), in pick order.

    Raises
    ------
    ValueError
        If ``uncertain_share`` is outside [0, 1] or ``scores`` lacks a column.

    Examples
    --------
    >>> scores = pd.DataFrame({
    ...     "respondent_id": ["a", "a", "b", "b", "c", "c"], "theme": ["x", "y"] * 3,
    ...     "confidence": [0.9, 0.1, 0.52, 0.2, 0.05, 0.1], "assigned": [True, False, True, False, False, False],
    ...     "method": ["model"] * 6, "empty": [False] * 6})
    >>> review_sample(scores, n=2, uncertain_share=0.5, seed=0)["respondent_id"].tolist()
    ['b', 'a']
    """
    check_type("n", n, int)
    check_range("uncertain_share", uncertain_share, 0, 1)
    need = {"respondent_id", "theme", "confidence", "assigned", "method", "empty"}
    missing = sorted(need - set(scores.columns))
    if missing:
        raise ValueError(f"scores has no column(s) {missing}")
    exclude = {str(x) for x in (exclude or set())}
    s = scores.assign(rid=scores["respondent_id"].astype(str))
    manual = set(s.loc[s["method"] == "manual", "rid"])
    s = s.loc[~s["empty"] & ~s["rid"].isin(manual | exclude)]
    if s.empty or n <= 0:
        return pd.DataFrame(columns=["respondent_id", "reason", "uncertainty"])
    s = s.assign(uncertainty=1 - 2 * (s["confidence"] - 0.5).abs())
    per = s.sort_values(["rid", "uncertainty"], ascending=[True, False], kind="stable").groupby("rid", sort=False)
    most = per.head(1).set_index("rid")  # each answer's least certain theme
    top = s.loc[s["assigned"]].sort_values("confidence", ascending=False, kind="stable").groupby("rid").head(1)
    stratum = pd.Series(NO_THEME, index=most.index)
    stratum.loc[top["rid"].to_numpy()] = top["theme"].to_numpy()
    rid_to_id = dict(zip(s["rid"], s["respondent_id"], strict=False))

    n_unc = round(n * uncertain_share)
    ranked = most.sort_values("uncertainty", ascending=False, kind="stable")
    picks: list[tuple[str, str, float]] = [
        (rid, f"least confident: {row.theme}", float(row.uncertainty)) for rid, row in ranked.head(n_unc).iterrows()
    ]
    taken = {p[0] for p in picks}
    # Stratified random: round-robin over strata in a seeded order, so small themes are seen too.
    rng = np.random.default_rng(seed)
    pools = {}
    for name, members in stratum.groupby(stratum, sort=True):
        ids = [r for r in members.index if r not in taken]
        pools[name] = [ids[i] for i in rng.permutation(len(ids))]
    order = sorted(pools, key=lambda k: (k == NO_THEME, k))
    while len(picks) < n and any(pools.values()):
        for name in order:
            if pools[name] and len(picks) < n:
                rid = pools[name].pop(0)
                picks.append((rid, f"stratified: {name}", float(most.loc[rid, "uncertainty"])))
    return pd.DataFrame(
        [(rid_to_id[r], reason, round(u, 4)) for r, reason, u in picks],
        columns=["respondent_id", "reason", "uncertainty"],
    )


def coding_sheet(selection: pd.DataFrame, scores: pd.DataFrame, texts: pd.Series) -> pd.DataFrame:
    """Lay out picked answers as a sheet to code: the text, then one 1/0 column per theme, pre-filled.

    Parameters
    ----------
    selection : pandas.DataFrame
        From :func:`review_sample`.
    scores : pandas.DataFrame
        From :func:`~svanalysis.analysis.themes.assign.score_answers`.
    texts : pandas.Series
        Answer text indexed by respondent id.

    Returns
    -------
    pandas.DataFrame
        ``respondent_id``, ``reason``, ``text``, then a column per theme holding the automatic call
        (1 or 0) for the person to confirm or change.
    """
    wide = scores.pivot_table(index="respondent_id", columns="theme", values="assigned", aggfunc="max", sort=False)
    wide = wide.reindex(columns=list(dict.fromkeys(scores["theme"]))).astype(int)
    sheet = selection[["respondent_id", "reason"]].copy()
    sheet["text"] = sheet["respondent_id"].map(texts)
    return sheet.join(wide, on="respondent_id").reset_index(drop=True)
