"""Scoring answers against themes: the signals the assigner and the teacher share.

For one field, every distinct non-empty answer is cut into clauses (see ``_text.segment``) and its
dismissed clauses are dropped. Its *units* are the whole kept answer and, when it has several, each
kept clause. Each unit gets, per theme,

* ``emb``: cosine, in WordLlama space with the field's common direction removed, to the theme's
  nearest prototype (name, description, name + description, each example, keywords);
* ``lex``: TF-IDF cosine (stemmed words) to all of the theme's text together;
* ``name``: the share of the theme name's (and keywords') content stems present in the unit.

Raw cosines are not comparable across themes (a long description sits closer to everything), so
each signal is standardised per theme by the median and MAD of a reference sample: the field's units
plus the other themes' prototypes (see :func:`_robust_z`). The combined score is standardised the same
way, and an answer's score for a theme is its best unit's. These scores are relative to the field's
own answers, which is what lets one decision rule carry over to fields and frames it has never seen.

Speed: clauses are tokenised and stemmed once; a whole answer's token and stem counts are the sums of
its clauses' (one sparse product), so 100,000 answers cost one pass of the tokenizer.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

from svanalysis.analysis.themes._embed import StaticModel, load_model, pool, row_norms, sif_weights, token_counts
from svanalysis.analysis.themes._text import is_empty_normalised, segment_normalised, stem_tokens
from svanalysis.analysis.themes.frame import Theme

__all__ = ["FieldScores", "score_field"]


@dataclass(frozen=True)
class FieldScores:
    """Signals for the distinct answers of one field.

    Attributes
    ----------
    texts : list of str
        Distinct normalised answers.
    empty : numpy.ndarray
        ``(n,)`` bool, True for answers that say nothing.
    unit_text : list of str
        Text of each unit; the units of an answer are contiguous, its whole (kept) text first.
    unit_owner : numpy.ndarray
        ``(m,)`` index into ``texts`` of each unit's answer.
    unit_is_whole : numpy.ndarray
        ``(m,)`` bool, True for the unit that is the whole kept answer.
    answer_units : numpy.ndarray
        ``(n, 2)`` start and end (exclusive) of each answer's units; ``(0, 0)`` if it has none.
    answer_emb : numpy.ndarray
        ``(n, d)`` the vector of each answer's whole kept text (its first unit), common direction
        removed, normalised; zeros for an answer without units. (The other units' vectors are used
        as they are worked out, a block at a time, and not kept.)
    unit_tfidf : scipy.sparse.csr_matrix
        ``(m, v)`` TF-IDF of units.
    z : numpy.ndarray
        ``(m, k)`` combined standardised score per unit and theme.
    answer_z : numpy.ndarray
        ``(n, k)`` best unit score per answer and theme (``-inf`` for answers without units).
    dismissed_text : list of str
        Per answer, its dismissed clauses joined.
    """

    texts: list[str]
    empty: np.ndarray
    unit_text: list[str]
    unit_owner: np.ndarray
    unit_is_whole: np.ndarray
    answer_units: np.ndarray
    answer_emb: np.ndarray
    unit_tfidf: sparse.csr_matrix
    z: np.ndarray
    answer_z: np.ndarray
    dismissed_text: list[str]


def _identity(tokens: list[str]) -> list[str]:
    return tokens


def _robust_z(x: np.ndarray, ref: np.ndarray, own: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Standardise each theme's column by the median and MAD of a reference sample.

    The sample is the field's units plus the prototypes of the *other* themes: most of either do not
    make the theme's point, so the median and MAD describe "not this theme" whatever the theme's
    prevalence, and the other prototypes keep the scale stable when a field has few answers.
    """
    zx = np.zeros_like(x)
    zr = np.zeros_like(ref)
    for j in range(x.shape[1]):
        sample = np.concatenate([x[:, j], ref[~own[:, j], j]])
        med = np.median(sample)
        mad = 1.4826 * np.median(np.abs(sample - med))
        spread = max(mad, 0.5 * sample.std(), 1e-6)
        zx[:, j] = (x[:, j] - med) / spread
        zr[:, j] = (ref[:, j] - med) / spread
    return zx, zr


def _renorm(x: np.ndarray, in_place: bool = False) -> np.ndarray:
    """Each row divided by its length (a row of length 0 becomes zeros); with ``in_place``, in ``x`` itself (the same
    values, without a second array of its size)."""
    n = row_norms(x)
    if not in_place:
        return np.divide(x, n, out=np.zeros_like(x), where=n > 0)
    np.divide(x, n, out=x, where=n > 0)
    x[n[:, 0] == 0] = 0.0  # (as the copy's zeros: a row of length 0 may hold -0.0)
    return x


def _minus(x: np.ndarray, centre: np.ndarray) -> np.ndarray:
    """``x - centre``, in ``x`` itself."""
    x -= centre
    return x


# units whose vectors are worked out together (64 MB of them); a field of fewer than twice as many in one block
_UNIT_BLOCK = 65536


def _blocks(m: int, size: int) -> list[tuple[int, int]]:
    """``[start, end)`` ranges of ``size`` rows covering ``m`` (a last range shorter than ``size`` joined to the one
    before, so that no block is small: a matrix product of a few rows may be summed in another order).

    >>> _blocks(5, 2), _blocks(4, 2), _blocks(1, 2), _blocks(0, 2)
    ([(0, 2), (2, 5)], [(0, 2), (2, 4)], [(0, 1)], [])
    """
    starts = list(range(0, m, size))
    if len(starts) > 1 and m - starts[-1] < size:
        starts.pop()
    return [(a, starts[i + 1] if i + 1 < len(starts) else m) for i, a in enumerate(starts)]


def _max_by_owner(sim: np.ndarray, owner: np.ndarray, k: int) -> np.ndarray:
    """Column-group maximum: ``out[:, j] = sim[:, owner == j].max(axis=1)``."""
    out = np.full((sim.shape[0], k), -1.0, dtype=np.float32)
    for j in range(k):
        cols = owner == j
        if cols.any() and sim.shape[0]:
            out[:, j] = sim[:, cols].max(axis=1)
    return out


def score_field(
    texts: list[str],
    themes: tuple[Theme, ...],
    model: StaticModel | None = None,
    weights: tuple[float, float, float] = (1.0, 1.0, 0.5),
) -> FieldScores:
    """Score the distinct (normalised) answers of one field against a frame's themes.

    Parameters
    ----------
    texts : list of str
        Distinct normalised answers of the field.
    themes : tuple of Theme
        The field's frame.
    model : StaticModel, optional
        Embedding model; defaults to the WordLlama model in its wheel.
    weights : tuple of float
        Weights of the standardised ``emb``, ``lex`` and ``name`` signals in the combined score.

    Returns
    -------
    FieldScores
    """
    model = model or load_model()
    n, k = len(texts), len(themes)

    # --- clauses, once
    empty = np.fromiter((is_empty_normalised(t) for t in texts), dtype=bool, count=n)
    seg_text: list[str] = []
    seg_owner: list[int] = []
    dismissed: list[str] = [""] * n
    for i, text in enumerate(texts):
        if empty[i]:
            continue
        segs = segment_normalised(text)
        kept = [s.text for s in segs if not s.dismissed]
        if len(kept) < len(segs):
            dismissed[i] = " ".join(s.text for s in segs if s.dismissed)
        seg_text += kept
        seg_owner += [i] * len(kept)
    seg_owner_a = np.asarray(seg_owner, dtype=np.int64)
    if not seg_text:  # nothing to score: every answer is empty (or there are none)
        return FieldScores(
            list(texts),
            empty,
            [],
            np.zeros(0, dtype=np.int64),
            np.zeros(0, dtype=bool),
            np.zeros((n, 2), dtype=np.int64),
            np.zeros((n, model.vectors.shape[1]), dtype=np.float32),
            sparse.csr_matrix((0, 0), dtype=np.float32),
            np.zeros((0, k), dtype=np.float32),
            np.full((n, k), -np.inf, dtype=np.float32),
            dismissed,
        )
    per_answer = np.bincount(seg_owner_a, minlength=n)

    # --- units: whole kept answer, then its clauses when there are several; M maps units to clauses
    n_units = np.where(per_answer > 1, per_answer + 1, per_answer)
    starts = np.cumsum(n_units) - n_units
    answer_units = np.stack([starts, starts + n_units], axis=1)
    answer_units[n_units == 0] = 0
    m = int(n_units.sum())
    seg_first = np.cumsum(per_answer) - per_answer
    unit_owner = np.repeat(np.arange(n), n_units)
    unit_is_whole = np.zeros(m, dtype=bool)
    unit_is_whole[starts[n_units > 0]] = True
    seg_idx = np.arange(len(seg_text))
    whole_rows = starts[seg_owner_a]
    multi = per_answer[seg_owner_a] > 1
    clause_rows = (starts[seg_owner_a] + 1 + seg_idx - seg_first[seg_owner_a])[multi]
    rows = np.concatenate([whole_rows, clause_rows])
    cols = np.concatenate([seg_idx, seg_idx[multi]])
    M = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(m, len(seg_text)))
    unit_text = [""] * m
    for i in np.flatnonzero(per_answer):
        s0, c, u0 = seg_first[i], per_answer[i], starts[i]
        unit_text[u0] = " ".join(seg_text[s0 : s0 + c])
        if c > 1:
            unit_text[u0 + 1 : u0 + 1 + c] = seg_text[s0 : s0 + c]

    # --- embeddings: one SIF weighting for clauses and prototypes, common direction removed
    protos = [p for t in themes for p in t.prototypes()]
    proto_owner = np.asarray([j for j, t in enumerate(themes) for _ in t.prototypes()])
    tok_seg = token_counts(seg_text, model)
    tok_proto = token_counts(protos, model)
    w_tok = sif_weights(sparse.vstack([tok_seg, tok_proto]))
    # (the units' vectors a block at a time: all of them at once were the step's largest array, 1 KB a unit, some 2 GB
    # for a field at a million responses; only the whole answers' are kept. Each row is worked out alone, so a block's
    # rows are the same numbers as the whole array's)
    whole_rows = np.flatnonzero(unit_is_whole)
    answer_vec = pool(M[whole_rows] @ tok_seg, model, w_tok)
    centre = answer_vec.mean(axis=0) if m else np.zeros(model.vectors.shape[1], dtype=np.float32)
    P = _renorm(pool(tok_proto, model, w_tok) - centre)
    emb = np.empty((m, k), dtype=np.float32)
    for a, b in _blocks(m, _UNIT_BLOCK):
        U = _renorm(_minus(pool(M[a:b] @ tok_seg, model, w_tok), centre), in_place=True)
        emb[a:b] = _max_by_owner(U @ P.T, proto_owner, k)
    del U
    answer_emb = np.zeros((n, model.vectors.shape[1]), dtype=np.float32)
    answer_emb[unit_owner[whole_rows]] = _renorm(_minus(answer_vec, centre), in_place=True)
    pe = _max_by_owner(P @ P.T, proto_owner, k)

    # --- TF-IDF over stems (clauses stemmed once; units are sums of clauses)
    seg_stems = [stem_tokens(s) for s in seg_text]
    theme_stems = [stem_tokens(" ".join(t.prototypes())) for t in themes]
    proto_stems = [stem_tokens(p) for p in protos]
    cv = CountVectorizer(analyzer=_identity, dtype=np.float32)
    C_all = cv.fit_transform(seg_stems + theme_stems).tocsr()
    C_unit = M @ C_all[: len(seg_stems)]
    C_theme = C_all[len(seg_stems) :]
    C_proto = cv.transform(proto_stems).astype(np.float32)
    tf = TfidfTransformer(sublinear_tf=True).fit(sparse.vstack([C_unit, C_theme]))
    Ut, Tt, Pt = (tf.transform(c) for c in (C_unit, C_theme, C_proto))
    lex = (Ut @ Tt.T).toarray().astype(np.float32)
    pl = (Pt @ Tt.T).toarray().astype(np.float32)

    # --- share of the theme name's stems present
    vocab = cv.vocabulary_
    name_sets = [
        {vocab[s] for s in stem_tokens(t.name) + [x for kw in t.keywords for x in stem_tokens(kw)] if s in vocab}
        for t in themes
    ]
    ind = np.zeros((len(vocab), k), dtype=np.float32)
    for j, ns in enumerate(name_sets):
        if ns:
            ind[list(ns), j] = 1.0 / len(ns)
    name = np.asarray((C_unit > 0).astype(np.float32) @ ind, dtype=np.float32)
    pn = np.asarray((C_proto > 0).astype(np.float32) @ ind, dtype=np.float32)

    own = proto_owner[:, None] == np.arange(k)[None, :]  # a theme's own prototypes are no reference
    w_emb, w_lex, w_name = weights
    parts = [_robust_z(sig, ref, own) for sig, ref in ((emb, pe), (lex, pl), (name, pn))]
    comb = w_emb * parts[0][0] + w_lex * parts[1][0] + w_name * parts[2][0]
    comb_ref = w_emb * parts[0][1] + w_lex * parts[1][1] + w_name * parts[2][1]
    z = _robust_z(comb, comb_ref, own)[0].astype(np.float32)

    answer_z = np.full((n, k), -np.inf, dtype=np.float32)
    has = n_units > 0
    if m:
        answer_z[has] = np.maximum.reduceat(z, starts[has], axis=0)
    return FieldScores(
        list(texts),
        empty,
        unit_text,
        unit_owner,
        unit_is_whole,
        answer_units,
        answer_emb,
        Ut.tocsr(),
        z,
        answer_z,
        dismissed,
    )
