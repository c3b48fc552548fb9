"""Assign a signed-off code frame's themes to every answer of one free-text field.

Frame alone, an answer earns a theme when one of its kept clauses stands out for that theme against
the field's own answers (a robust z-score of similarity, see ``_score``) and comes close to that
clause's best theme. Nothing is forced: an answer whose clauses stand out for no theme gets none, and
an answer that only dismisses a theme ("More police won't help") has that clause removed before
scoring. A theme's ``keywords``, when the analyst gives them, act as rules (method ``rule``).

With a person's codes the assigner learns, in two ways that both work from a handful of codes:

* codes *win*: every coded (answer, theme) pair is output as coded, with method ``manual``;
* codes *teach*: a small logistic model, shared by all themes, learns how to weigh the frame prior
  against the answer's similarity to answers a person coded with and without the theme (a
  nearest-neighbour vote). One model over all themes has enough rows to fit from 20-30 coded answers,
  and the neighbour vote carries each theme's own vocabulary, so the frame's wording matters less as
  codes accumulate. How much to trust the taught model over the frame is chosen on the coded answers
  themselves (out of fold), so a small or odd sample cannot drag the calls far from the frame.

All functions are pure: texts and codes in, new DataFrames out; the only state is the embedding model,
loaded once from the ``wordllama`` wheel.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from svanalysis.analysis.themes._score import FieldScores, score_field
from svanalysis.analysis.themes._text import normalise, stem_tokens
from svanalysis.analysis.themes.frame import Theme, as_themes
from svanalysis.core.checks import check_columns, check_range, check_same_length, check_type
from svanalysis.core.memory import release_memory, returning_pool
from svanalysis.core.settings import resolve_settings

__all__ = [
    "ASSIGNMENT_COLUMNS",
    "METHODS",
    "THEME_COLUMNS",
    "Params",
    "assign",
    "assign_themes",
    "empty_themes",
    "score_answers",
    "score_themes",
    "themes_from_scores",
]

ASSIGNMENT_COLUMNS = ["respondent_id", "theme", "confidence", "evidence", "method"]
METHODS = ("model", "rule", "manual")


@dataclass(frozen=True)
class Params:
    """Decision settings of the assigner (all in robust z units of the field; see ``_score``).

    Built from the ``themes`` section of the settings (:meth:`from_settings`); the defaults here are
    the shipped ones.

    Attributes
    ----------
    threshold : float
        A theme's best clause must stand this far above the field's typical answer.
    margin : float
        ... in a clause where it comes within this of the clause's best theme.
    weights : tuple of float
        Weights of the embedding, TF-IDF and theme-name signals.
    min_coded : int
        Coded answers needed (in the field) before the codes teach the model.
    neighbours : int
        Coded answers consulted in the nearest-neighbour vote.
    c_reg : float
        Inverse regularisation of the shared model (small: stay close to the frame prior).
    max_reference : int
        Coded answers consulted at most by the neighbour vote (a seeded sample; bounds the cost).
    seed : int
        Seed of the model fit and of any sampling (results are deterministic for a seed).
    """

    threshold: float = 3.0
    margin: float = 1.5
    weights: tuple[float, float, float] = (1.0, 1.0, 0.5)
    min_coded: int = 8
    neighbours: int = 7
    c_reg: float = 0.1
    max_reference: int = 2000
    seed: int = 0

    @classmethod
    def from_settings(cls, settings: Any = None) -> Params:
        """The assigner's settings from svanalysis settings (``None``: the shipped ones).

        Raises
        ------
        ValueError
            If a value is out of range, naming the setting.

        Examples
        --------
        >>> Params.from_settings({"themes": {"threshold": 2.5}}).threshold
        2.5
        >>> Params.from_settings({"themes": {"margin": -1}})
        Traceback (most recent call last):
        ...
        ValueError: settings: setting themes.margin must be greater than or equal to 0; got -1
        """
        if isinstance(settings, Params):
            return settings
        t = resolve_settings(settings)["themes"]
        check_range("themes.threshold", t["threshold"], -10, 20)
        check_range("themes.margin", t["margin"], 0, 10)
        weights = t["weights"]
        if not isinstance(weights, (list, tuple)) or len(weights) != 3:
            raise ValueError(f"themes.weights must be three numbers (embedding, TF-IDF, name); got {weights!r}")
        for w in weights:
            check_range("themes.weights", w, 0, 10)
        for key, low, high in (("min_coded", 2, 10**6), ("neighbours", 1, 1000), ("max_reference", 10, 10**6)):
            check_type(f"themes.{key}", t[key], int)
            check_range(f"themes.{key}", t[key], low, high)
        check_range("themes.regularisation", t["regularisation"], 1e-6, 1e6)
        check_type("themes.seed", t["seed"], int)
        return cls(
            threshold=float(t["threshold"]),
            margin=float(t["margin"]),
            weights=tuple(float(w) for w in weights),
            min_coded=t["min_coded"],
            neighbours=t["neighbours"],
            c_reg=float(t["regularisation"]),
            max_reference=t["max_reference"],
            seed=t["seed"],
        )


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def _frame_prior(fs: FieldScores, s: Params) -> tuple[np.ndarray, np.ndarray]:
    """Confidence (0-1) and decision of the frame alone, per distinct answer and theme.

    A theme is earned by a clause (or the whole kept answer) where it scores at least ``threshold``
    and within ``margin`` of that clause's best theme: each clause makes its own point, so a second
    point in a second clause is not crowded out by a stronger first one.
    """
    n, k = fs.answer_z.shape
    z = fs.z
    if len(z) == 0:
        return np.zeros((n, k)), np.zeros((n, k), dtype=bool)
    near_best = z >= z.max(axis=1, keepdims=True) - s.margin
    effective_u = np.where(near_best, z, z - s.margin)  # a clause's off-best themes are held back
    has = fs.answer_units[:, 1] > fs.answer_units[:, 0]
    effective = np.full((n, k), -np.inf, dtype=np.float32)
    effective[has] = np.maximum.reduceat(effective_u, fs.answer_units[has, 0], axis=0)
    decide = effective >= s.threshold
    conf = np.where(
        np.isfinite(effective), _sigmoid(1.5 * (np.where(np.isfinite(effective), effective, 0) - s.threshold)), 0.0
    )
    return conf, decide


def _rule_hits(fs: FieldScores, themes: tuple[Theme, ...]) -> np.ndarray:
    """Answers whose kept clauses contain a theme keyword (as consecutive stems)."""
    n, k = len(fs.texts), len(themes)
    hits = np.zeros((n, k), dtype=bool)
    kw = [[tuple(stem_tokens(w)) for w in t.keywords if stem_tokens(w)] for t in themes]
    if not any(kw):
        return hits
    for u in np.flatnonzero(fs.unit_is_whole):
        stems = tuple(stem_tokens(fs.unit_text[u]))
        joined = " " + " ".join(stems) + " "
        for j, phrases in enumerate(kw):
            if any(" " + " ".join(p) + " " in joined for p in phrases):
                hits[fs.unit_owner[u], j] = True
    return hits


def _evidence(fs: FieldScores, i: int, j: int) -> str:
    """The clause relied on: the answer's best-scoring single clause for the theme."""
    start, end = fs.answer_units[i]
    if end <= start:
        return ""
    first = start + 1 if end - start > 1 else start  # skip the whole-answer unit when there are clauses
    best = first + int(np.argmax(fs.z[first:end, j]))
    text = fs.unit_text[best].strip()
    return text if len(text) <= 240 else text[:237].rstrip() + "..."


def _codes_matrix(
    codes: pd.DataFrame | None, ids: Sequence, themes: tuple[Theme, ...]
) -> tuple[np.ndarray, np.ndarray]:
    """Coded values per input row and theme: 1 present, 0 absent, -1 not coded."""
    n, k = len(ids), len(themes)
    mat = np.full((n, k), -1, dtype=np.int8)
    if codes is None or len(codes) == 0:
        return mat, np.zeros(n, dtype=bool)
    missing = {"respondent_id", "theme", "present"} - set(codes.columns)
    if missing:
        raise ValueError(f"codes has no column(s) {sorted(missing)}")
    col = {t.id: j for j, t in enumerate(themes)}
    unknown = sorted(set(codes["theme"]) - set(col))
    if unknown:
        raise ValueError(f"codes name theme(s) not in the frame: {unknown}")
    bad = sorted(set(codes["present"].astype(str)) - {"0", "1", "True", "False", "0.0", "1.0"})
    if bad:
        raise ValueError(f"codes 'present' must be 1 or 0; got {bad}")
    row = {}
    for r, rid in enumerate(ids):
        row.setdefault(str(rid), []).append(r)
    for rid, theme, present in zip(codes["respondent_id"].astype(str), codes["theme"], codes["present"], strict=False):
        for r in row.get(rid, []):
            mat[r, col[theme]] = 1 if str(present) in {"1", "True", "1.0"} else 0
    return mat, (mat >= 0).any(axis=1)


def _neighbour_vote(
    fs: FieldScores,
    answer_of_row: np.ndarray,
    coded_rows: np.ndarray,
    coded: np.ndarray,
    n_neigh: int,
    max_reference: int,
    seed: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Similarity-weighted share of an answer's nearest coded answers that have each theme.

    Similarity is the mean of the embedding and TF-IDF cosines of the whole answers. Leave-one-out
    for coded answers (an answer, or a copy of its text, is never its own neighbour), so training
    rows see what unseen rows see. At most ``max_reference`` coded answers (a seeded sample) are
    consulted, which bounds the cost at (answers x max_reference). Returns the vote per input row and
    theme, and the similarity of each row's nearest coded answer.
    """
    if len(coded_rows) > max_reference:
        coded_rows = np.sort(np.random.default_rng(seed).choice(coded_rows, size=max_reference, replace=False))
    n = len(fs.texts)
    whole_unit = np.where(fs.answer_units[:, 1] > fs.answer_units[:, 0], fs.answer_units[:, 0], -1)
    has = whole_unit >= 0
    E = fs.answer_emb  # (zeros for an answer without units)
    T = sparse.csr_matrix((n, fs.unit_tfidf.shape[1]), dtype=np.float32)
    if has.any():
        sel = sparse.csr_matrix(
            (np.ones(has.sum()), (np.flatnonzero(has), whole_unit[has])), shape=(n, fs.unit_tfidf.shape[0])
        )
        T = sel @ fs.unit_tfidf
    ca = answer_of_row[coded_rows]
    Ec, Tc = E[ca], T[ca].T.tocsc()
    labels_all = coded[coded_rows].astype(float)
    labels_all[labels_all < 0] = 0.5
    kn = min(n_neigh, max(1, len(coded_rows) - 1))
    vote_a = np.zeros((n, coded.shape[1]))
    nearest_a = np.zeros((n, 1))
    for start in range(0, n, 2048):  # blocks keep memory at 2048 x coded answers
        stop = min(n, start + 2048)
        sim = 0.5 * (E[start:stop] @ Ec.T) + 0.5 * (T[start:stop] @ Tc).toarray()
        own = ca[None, :] == np.arange(start, stop)[:, None]  # leave one out, copies of the text too
        sim[own] = -np.inf
        top = np.argpartition(-sim, kn - 1, axis=1)[:, :kn] if sim.shape[1] > kn else np.argsort(-sim, axis=1)[:, :kn]
        top_sim = np.take_along_axis(sim, top, axis=1)
        w = np.where(np.isfinite(top_sim), np.clip(top_sim, 0, None) + 1e-3, 0.0)
        vote_a[start:stop] = (w[:, :, None] * labels_all[top]).sum(axis=1) / np.maximum(
            w.sum(axis=1, keepdims=True), 1e-9
        )
        nearest_a[start:stop] = np.where(np.isfinite(top_sim), top_sim, -1.0).max(axis=1, keepdims=True).clip(0, None)
    vote, nearest = vote_a[answer_of_row], nearest_a[answer_of_row]
    return vote, nearest


def _meta_features(
    z: np.ndarray, prior: np.ndarray, vote: np.ndarray, nearest: np.ndarray, base_rate: np.ndarray
) -> np.ndarray:
    """Theme-agnostic features of each (answer, theme) pair for the shared model."""
    zc = np.where(np.isfinite(z), np.clip(z, -4, 8), -4)
    best = zc.max(axis=1, keepdims=True)
    rate = np.broadcast_to(np.log((base_rate + 0.02) / (1 - base_rate + 0.02)), z.shape)
    near = np.broadcast_to(nearest, z.shape)
    feats = [zc, zc - best, prior.astype(float), vote, vote * near, rate]
    return np.stack(feats, axis=-1).reshape(-1, len(feats))


def _best_threshold(prob: np.ndarray, y: np.ndarray) -> float:
    """The probability cut that maximises F1 on ``y`` (ties: the middle of the best run), in [0.2, 0.8]."""
    grid = np.round(np.arange(0.2, 0.81, 0.025), 3)
    f1 = []
    for c in grid:
        p = prob >= c
        tp = np.sum(p & (y == 1))
        f1.append(2 * tp / max(1, 2 * tp + np.sum(p & (y == 0)) + np.sum(~p & (y == 1))))
    f1 = np.asarray(f1)
    best = np.flatnonzero(f1 >= f1.max() - 1e-9)
    return float(grid[best[len(best) // 2]])


def _teach(
    fs: FieldScores,
    answer_of_row: np.ndarray,
    prior: np.ndarray,
    prior_conf: np.ndarray,
    coded: np.ndarray,
    is_coded: np.ndarray,
    s: Params,
    seed: int,
) -> tuple[np.ndarray, np.ndarray] | None:
    """Confidence per input row and theme from the shared model trained on the coded rows.

    Also returns, for the coded (row, theme) pairs, the call the model makes *out of fold* (trained
    without that answer's codes): what agreement with the person is measured on. ``None`` when the
    codes are too few to teach.
    """
    coded_rows = np.flatnonzero(is_coded)
    if len(coded_rows) < s.min_coded:
        return None
    known = coded[coded_rows]
    if (known == 1).sum() < 3 or (known == 0).sum() < 3:
        return None
    vote, nearest = _neighbour_vote(fs, answer_of_row, coded_rows, coded, s.neighbours, s.max_reference, seed)
    z = fs.answer_z[answer_of_row]
    pos = (known == 1).sum(axis=0)
    neg = (known == 0).sum(axis=0)
    base_rate = (pos + 0.5) / (pos + neg + 1.0)
    X = _meta_features(z, prior, vote, nearest, base_rate[None, :])
    y = coded.reshape(-1)
    train = y >= 0
    # Empty answers carry no signal; keep them out of training and out of prediction.
    empty_rows = np.repeat(fs.empty[answer_of_row], coded.shape[1])
    train &= ~empty_rows
    if len(np.unique(y[train])) < 2:
        return None
    model = LogisticRegression(C=s.c_reg, max_iter=1000, random_state=seed)
    # The decision cut is chosen on cross-fitted probabilities of the coded rows (by answer).
    groups = np.repeat(answer_of_row, coded.shape[1])[train]
    folds = np.unique(groups) % 4
    oof = np.zeros(train.sum())
    fold_of_row = folds[np.searchsorted(np.unique(groups), groups)]
    for f in range(4):
        fit, held = fold_of_row != f, fold_of_row == f
        if held.any() and len(np.unique(y[train][fit])) == 2:
            oof[held] = model.fit(X[train][fit], y[train][fit]).predict_proba(X[train][held])[:, 1]
    # How far to trust the codes over the frame is itself chosen on the coded rows: the blend of the
    # two (and its cut) that best reproduces the codes out of fold.
    prior_rows = prior_conf.reshape(-1)[train]
    best = (-1.0, 0.0, 0.5)
    for alpha in (0.0, 0.25, 0.5, 0.75, 1.0):
        mix = alpha * oof + (1 - alpha) * prior_rows
        c = _best_threshold(mix, y[train])
        p = mix >= c
        tp = np.sum(p & (y[train] == 1))
        f1 = 2 * tp / max(1, 2 * tp + np.sum(p & (y[train] == 0)) + np.sum(~p & (y[train] == 1)))
        if f1 > best[0] + 1e-9:  # ties keep the smaller alpha: the frame unless the codes do better
            best = (f1, alpha, c)
    _, alpha, cut = best
    auto = np.zeros(y.shape, dtype=bool)
    auto[train] = alpha * oof + (1 - alpha) * prior_rows >= cut
    model.fit(X[train], y[train])
    prob = alpha * model.predict_proba(X)[:, 1].reshape(coded.shape) + (1 - alpha) * prior_conf
    prob[fs.empty[answer_of_row]] = 0.0
    # Re-centre so that 0.5 is the decision cut: confidence stays a readable probability-like score.
    conf = np.where(prob >= cut, 0.5 + 0.5 * (prob - cut) / max(1 - cut, 1e-9), 0.5 * prob / max(cut, 1e-9))
    return conf, auto.reshape(coded.shape)


def score_answers(
    texts: Sequence[object],
    ids: Sequence[object],
    frame_themes: Iterable[Theme | Mapping],
    codes: pd.DataFrame | None = None,
    settings: Any = None,
    seed: int | None = None,
) -> pd.DataFrame:
    """Score every (answer, theme) pair of one field, assigned or not.

    This is what :func:`assign` thresholds, and what a review sheet needs to find the least
    confident calls.

    Parameters
    ----------
    texts, ids : sequence
        The field's answers and their respondent ids (same length).
    frame_themes : iterable of Theme or mapping
        The field's frame.
    codes : pandas.DataFrame, optional
        A person's codes for this field: ``respondent_id``, ``theme``, ``present`` (1/0).
    settings : mapping, path or Params, optional
        svanalysis settings (their ``themes`` section; ``None``: the shipped ones).
    seed : int, optional
        Seed of the (deterministic) model fit (default: ``themes.seed`` of the settings).

    Returns
    -------
    pandas.DataFrame
        One row per answer and theme: ``respondent_id``, ``theme``, ``confidence`` (0-1),
        ``assigned`` (bool: the final call, a person's code where there is one), ``automatic``
        (bool: the engine's call without that answer's own codes, out of fold when codes teach;
        agreement is measured on it), ``evidence``, ``method`` (``model``, ``rule`` or
        ``manual``), ``empty`` (the answer says nothing).

    Raises
    ------
    ValueError
        On unequal lengths, a bad frame, or codes naming unknown themes.
    """
    check_same_length(texts=texts, ids=ids)
    params = Params.from_settings(settings)
    seed = params.seed if seed is None else check_type("seed", seed, int)
    themes = as_themes(frame_themes)
    norm = [normalise(t) for t in texts]
    distinct = list(dict.fromkeys(norm))
    index = {t: i for i, t in enumerate(distinct)}
    answer_of_row = np.array([index[t] for t in norm], dtype=np.int64)
    fs = score_field(distinct, themes, weights=params.weights)

    conf_a, decide_a = _frame_prior(fs, params)
    conf, decide = conf_a[answer_of_row], decide_a[answer_of_row]
    method = np.full(conf.shape, "model", dtype=object)

    rules = _rule_hits(fs, themes)[answer_of_row]
    method[rules & ~decide] = "rule"
    conf = np.where(rules, np.maximum(conf, 0.9), conf)
    decide = decide | rules

    coded, is_coded = _codes_matrix(codes, ids, themes)
    automatic = decide.copy()  # the call without the person's codes of the same answer
    taught = _teach(fs, answer_of_row, decide, conf, coded, is_coded, params, seed)
    if taught is not None:
        taught_conf, out_of_fold = taught
        conf = np.where(rules, np.maximum(taught_conf, 0.9), taught_conf)
        decide = (taught_conf >= 0.5) | rules
        automatic = np.where(coded >= 0, out_of_fold | rules, decide)
    manual = coded >= 0
    conf = np.where(manual, coded.astype(float), conf)
    decide = np.where(manual, coded == 1, decide)
    method[manual] = "manual"

    n_rows, k = conf.shape
    evidence = np.full((n_rows, k), "", dtype=object)
    cache: dict[tuple[int, int], str] = {}
    for r, j in zip(*np.nonzero(decide), strict=False):
        key = (int(answer_of_row[r]), int(j))
        if key not in cache:
            cache[key] = _evidence(fs, *key)
        evidence[r, j] = cache[key]
    return pd.DataFrame(
        {
            "respondent_id": np.repeat(np.asarray(ids, dtype=object), k),
            "theme": np.tile(np.asarray([t.id for t in themes], dtype=object), n_rows),
            "confidence": np.round(conf, 4).ravel().astype(float),
            "assigned": decide.ravel().astype(bool),
            "automatic": automatic.ravel().astype(bool),
            "evidence": evidence.ravel(),
            "method": method.ravel(),
            "empty": np.repeat(fs.empty[answer_of_row], k),
        }
    )


def assign(
    texts: Sequence[object],
    ids: Sequence[object],
    frame_themes: Iterable[Theme | Mapping],
    codes: pd.DataFrame | None = None,
    settings: Any = None,
    seed: int | None = None,
) -> pd.DataFrame:
    """Give each answer of one field zero or more of the frame's themes.

    Parameters
    ----------
    texts, ids : sequence
        The field's answers and their respondent ids (same length).
    frame_themes : iterable of Theme or mapping
        The field's frame (``id``, ``name``, ``description``, optional ``examples``, ``keywords``).
    codes : pandas.DataFrame, optional
        A person's codes for this field (``respondent_id``, ``theme``, ``present``): they win over
        automatic calls (method ``manual``) and teach the model for the other answers.
    settings : mapping, path or Params, optional
        svanalysis settings (their ``themes`` section; ``None``: the shipped ones).
    seed : int, optional
        Seed of the model fit (default: ``themes.seed``); results are deterministic for a seed.

    Returns
    -------
    pandas.DataFrame
        ``respondent_id``, ``theme``, ``confidence``, ``evidence``, ``method``; one row per theme
        an answer has, none for an answer with no theme; in input order, then frame order.

    Raises
    ------
    ValueError
        On unequal lengths, a bad frame, or codes naming unknown themes.

    Examples
    --------
    >>> frame = [
    ...     {"id": "police", "name": "Visible policing", "description": "More police officers on patrol."},
    ...     {"id": "youth", "name": "Youth clubs", "description": "Youth centres and activities for young people."},
    ... ]
    >>> out = assign(["More officers on patrol at night", "Reopen the youth club", "N/A"], ["r1", "r2", "r3"], frame)
    >>> list(zip(out["respondent_id"], out["theme"]))
    [('r1', 'police'), ('r2', 'youth')]
    """
    scores = score_answers(texts, ids, frame_themes, codes=codes, settings=settings, seed=seed)
    out = scores.loc[scores["assigned"], ASSIGNMENT_COLUMNS].reset_index(drop=True)
    return out


THEME_COLUMNS = ["respondent_id", "field", *ASSIGNMENT_COLUMNS[1:]]


def empty_themes() -> pd.DataFrame:
    """A themes table with no rows (the shape of ``themes.parquet``).

    >>> list(empty_themes().columns)
    ['respondent_id', 'field', 'theme', 'confidence', 'evidence', 'method']
    """
    out = pd.DataFrame({c: pd.Series(dtype="string") for c in THEME_COLUMNS})
    out["confidence"] = out["confidence"].astype("float64")
    return out


def score_themes(
    responses: pd.DataFrame,
    frame: Mapping[str, Iterable[Theme | Mapping]],
    codes: pd.DataFrame | None = None,
    settings: Any = None,
) -> pd.DataFrame:
    """Score every answer of every framed field against its themes (:func:`score_answers`, with ``field``).

    Answers left blank are not scored. This is what :func:`assign_themes` keeps the assigned rows
    of, and what review sheets, coverage, review load and agreement are worked out from.

    Raises
    ------
    ValueError
        If a framed field is not a column of ``responses``, or the codes name an unknown field or theme.
    """
    params = Params.from_settings(settings)
    check_columns("responses", ["respondent_id"], responses.columns)
    missing = [f for f in frame if f not in responses.columns]
    if missing:
        raise ValueError(f"the frame names field(s) {missing} that the processed responses do not hold")
    if codes is not None:
        check_columns("codes", ["respondent_id", "field", "theme", "present"], codes.columns)
        stray = sorted(set(codes["field"].astype(str)) - set(frame))
        if stray:
            raise ValueError(f"the codes name field(s) {stray} that the frame does not")
    out = []
    with returning_pool():  # (each field's work handed back before the next: the peak is one field's, not all of them)
        for fld, themes in frame.items():
            out.append(_score_field_answers(responses, fld, themes, codes, params))
            release_memory(heap=True)
    cols = ["respondent_id", "field", "theme", "confidence", "assigned", "automatic", "evidence", "method", "empty"]
    return pd.concat(out, ignore_index=True) if out else pd.DataFrame(columns=cols)


def _score_field_answers(
    responses: pd.DataFrame, fld: str, themes: Iterable[Theme | Mapping], codes: pd.DataFrame | None, params: Params
) -> pd.DataFrame:
    """:func:`score_answers` of one field's answers that are not blank, with ``field``."""
    col = responses[fld].astype("string")
    has = (col.str.strip().fillna("") != "").to_numpy(dtype=bool)
    rows = responses.loc[has, ["respondent_id"]].assign(text=col[has])
    field_codes = None
    if codes is not None and len(codes):
        field_codes = codes.loc[codes["field"].astype(str) == fld, ["respondent_id", "theme", "present"]]
    got = score_answers(
        rows["text"].tolist(),
        rows["respondent_id"].astype("string").tolist(),
        themes,
        codes=field_codes,
        settings=params,
    )
    got.insert(1, "field", fld)
    return got


def themes_from_scores(scores: pd.DataFrame) -> pd.DataFrame:
    """The assigned rows of :func:`score_themes`, in the shape of ``themes.parquet``."""
    res = scores.loc[scores["assigned"].astype(bool), THEME_COLUMNS].reset_index(drop=True) if len(scores) else None
    if res is None or not len(res):
        return empty_themes()
    for c in THEME_COLUMNS:
        res[c] = res[c].astype("float64") if c == "confidence" else res[c].astype("string")
    return res


def assign_themes(
    responses: pd.DataFrame,
    frame: Mapping[str, Iterable[Theme | Mapping]],
    codes: pd.DataFrame | None = None,
    settings: Any = None,
) -> pd.DataFrame:
    """Assign every framed field of the processed responses: the table ``themes.parquet`` holds.

    Parameters
    ----------
    responses : pandas.DataFrame
        ``responses.parquet`` with the framed text columns and ``respondent_id``.
    frame : mapping
        Field to its themes (as :func:`~svanalysis.analysis.themes.frame.load_frame` returns).
    codes : pandas.DataFrame, optional
        A person's codes (``respondent_id``, ``field``, ``theme``, ``present``): they win and teach.
    settings : mapping or path, optional
        svanalysis settings (``None``: the shipped ones).

    Returns
    -------
    pandas.DataFrame
        ``respondent_id``, ``field``, ``theme``, ``confidence``, ``evidence``, ``method``: one row
        per theme an answer has, none for an answer without a theme; fields in frame order.

    Raises
    ------
    ValueError
        If a framed field is not a column of ``responses``, or the codes name an unknown theme.

    Examples
    --------
    >>> r = pd.DataFrame({"respondent_id": ["a", "b", "c", "d"],
    ...                   "q7_text": ["More officers on patrol at night", "Reopen the youth club", "N/A", None]})
    >>> frame = {"q7_text": [
    ...     {"id": "police", "name": "Visible policing", "description": "More police officers on patrol."},
    ...     {"id": "youth", "name": "Youth clubs", "description": "Youth centres and activities for young people."}]}
    >>> assign_themes(r, frame)[["respondent_id", "field", "theme", "method"]].values.tolist()
    [['a', 'q7_text', 'police', 'model'], ['b', 'q7_text', 'youth', 'model']]
    """
    return themes_from_scores(score_themes(responses, frame, codes=codes, settings=settings))
