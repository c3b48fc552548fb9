"""Suggest a draft code frame for one free-text field: candidate themes an analyst then edits.

Shape of the method, and why:

* **Campaign texts count once.** Near-identical answers (character 4-gram TF-IDF cosine at least
  ``dup_threshold``, linked transitively) form one group; only one text per group is clustered, so a
  campaign of 500 copies weighs as one voice and cannot become every candidate. Sizes report both
  answers and distinct voices.
* **Clauses, not answers, are clustered**, since one answer often makes two points; an answer is a
  member of every candidate one of its clauses fell in. Dismissed clauses ("More police won't help")
  and empty answers ("N/A", "see above") are left out.
* **Vectors**: WordLlama embedding (common direction removed) beside a TF-IDF LSA projection of
  stems, each normalised and given equal weight, so both meaning and shared wording pull.
* **Average-linkage agglomerative clustering** on cosine distance (deterministic; the seed only
  draws the sample when a field has more than ``max_units`` clauses). Measured against k-means on
  the development and held-out sets, it finds more of the analysts' themes (85% vs 72% and 75% vs 66%
  of themes with a candidate at Jaccard >= 0.3), because small, tight themes keep a candidate of
  their own instead of being split across the big ones. Unless given, k is about one candidate per
  four distinct voices, within 5-20.
* **Labels** by class-based TF-IDF (a term's frequency in the candidate against its spread across
  candidates); the proposed name is the top terms. Typical answers are the members nearest the centre.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from scipy.sparse.csgraph import connected_components
from sklearn.cluster import AgglomerativeClustering
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from svanalysis.analysis.themes._embed import embed, load_model
from svanalysis.analysis.themes._text import STOP_WORDS, is_empty_answer, normalise, segment, stem_tokens
from svanalysis.core.checks import check_range, check_same_length, check_type
from svanalysis.core.settings import resolve_settings

__all__ = ["Suggestion", "draft_frame", "draft_notes", "identical_groups", "near_duplicate_groups", "suggest"]


@dataclass(frozen=True)
class Suggestion:
    """A draft code frame.

    Attributes
    ----------
    themes : pandas.DataFrame
        One row per candidate: ``candidate`` (id), ``name``, ``words`` (list), ``answers`` (members),
        ``distinct`` (members counting a near-duplicate group once), ``typical_ids`` (the answers
        nearest the candidate's centre) and ``typical_texts`` (the clause of each that fell there).
    members : pandas.DataFrame
        ``respondent_id``, ``candidate``: every answer in each candidate it fell in.
    """

    themes: pd.DataFrame
    members: pd.DataFrame
    compared: bool = True  # near-identical wording compared (False: above ``max_compared`` answers, identical only)


def identical_groups(texts: Sequence[str]) -> np.ndarray:
    """Label texts identical once normalised and case-folded with a shared group number, numbered by first appearance
    (what :func:`near_duplicate_groups` joins at a similarity of 1, in time that grows with the texts, not their
    pairs).

    >>> identical_groups(["More police.", "more police.", "More  police. ", "Youth clubs."]).tolist()
    [0, 0, 0, 1]
    """
    first: dict[str, int] = {}
    return np.asarray([first.setdefault(normalise(t).casefold(), len(first)) for t in texts], dtype=np.int64)


def near_duplicate_groups(texts: Sequence[str], threshold: float = 0.8) -> np.ndarray:
    """Label near-identical texts with a shared group number (campaign detection).

    Parameters
    ----------
    texts : sequence of str
        Texts (normalised or not).
    threshold : float
        Cosine of character 4-gram TF-IDF at or above which two texts are the same voice.

    Returns
    -------
    numpy.ndarray
        Group number per text; groups are numbered by first appearance.

    Examples
    --------
    >>> near_duplicate_groups([
    ...     "We want the youth centre reopened with proper staff.",
    ...     "we want the youth centre reopened with proper staff",
    ...     "More police on the streets.",
    ... ]).tolist()
    [0, 0, 1]
    """
    check_range("threshold", threshold, 0, 1)
    n = len(texts)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    low = [normalise(t).casefold() for t in texts]
    if not any(low):
        return np.arange(n)
    X = TfidfVectorizer(analyzer="char_wb", ngram_range=(4, 4), sublinear_tf=True).fit_transform(low)
    # Blocked sparse products keep memory bounded for large fields.
    rows, cols = [], []
    for start in range(0, n, 2000):
        S = (X[start : start + 2000] @ X.T).tocoo()
        keep = S.data >= threshold
        rows.append(S.row[keep] + start)
        cols.append(S.col[keep])
    from scipy.sparse import coo_matrix

    graph = coo_matrix((np.ones(sum(len(r) for r in rows)), (np.concatenate(rows), np.concatenate(cols))), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    _, first = np.unique(labels, return_index=True)
    order = np.argsort(np.argsort(first))  # renumber by first appearance
    return order[labels]


# Words that say nothing about a theme even when frequent in one (kept out of labels only).
_LABEL_STOP = STOP_WORDS | frozenset(
    """already give given run make makes making get gets getting want wants think know see say says said go going
    take put keep use used like well back every never always often without within around across actually simply
    sure yes agree option options question answer approach things something anything nothing everyone someone
    whole empty per cent year years time times day days week weeks way ways""".split()
)


def _ctfidf(docs: list[str], top: int) -> list[list[str]]:
    """Top terms per class document by class-based TF-IDF (unigrams and bigrams, stop words out)."""

    def analyse(doc: str) -> list[str]:
        words = [w.strip('.,;:!?()"') for w in doc.casefold().replace("'", "").split()]
        words = [w for w in words if w.isalpha() and w not in _LABEL_STOP and len(w) > 2]
        return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]

    cv = CountVectorizer(analyzer=analyse)
    counts = cv.fit_transform(docs).toarray().astype(float)
    if counts.size == 0:
        return [[] for _ in docs]
    vocab = np.array(cv.get_feature_names_out())
    tf = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1)
    avg = counts.sum() / len(docs)
    idf = np.log(1 + avg / np.maximum(counts.sum(axis=0), 1))
    score = tf * idf * np.where(counts >= 2, 1.0, 0.5)  # prefer terms used by more than one clause
    out = []
    for row in score:
        picked: list[str] = []
        for t in vocab[np.argsort(-row)]:
            if row[cv.vocabulary_[t]] <= 0 or len(picked) >= top:
                break
            if any(t in p or p in t for p in picked):
                continue
            picked.append(str(t))
        out.append(picked)
    return out


def _vectors(units: list[str], seed: int) -> np.ndarray:
    E = embed(units, load_model())
    E = E - E.mean(axis=0)
    E /= np.maximum(np.linalg.norm(E, axis=1, keepdims=True), 1e-9)
    T = TfidfVectorizer(analyzer=stem_tokens, sublinear_tf=True, min_df=1).fit_transform(units)
    dims = max(2, min(100, T.shape[1] - 1, len(units) - 1))
    L = TruncatedSVD(n_components=dims, random_state=seed).fit_transform(T) if T.shape[1] > 2 else T.toarray()
    L /= np.maximum(np.linalg.norm(L, axis=1, keepdims=True), 1e-9)
    return np.hstack([E, L]).astype(np.float64) / np.sqrt(2)


def _join_campaigns(groups: np.ndarray, keep: list[int], labels: list[object] | None) -> np.ndarray:
    """Merge near-duplicate groups whose answers share a campaign label (numbered by first appearance)."""
    if labels is None:
        return groups
    from scipy.sparse import coo_matrix

    n = len(groups)
    first: dict[str, int] = {}
    # nodes: the answers (0..n-1), their near-duplicate groups (n + g), the campaigns (after those)
    k = int(groups.max()) + 1 if n else 0
    rows, cols = list(range(n)), [n + int(g) for g in groups]
    for pos, i in enumerate(keep):
        lab = labels[i]
        if lab is None or lab is pd.NA or (isinstance(lab, float) and lab != lab) or str(lab) == "":
            continue
        rows.append(pos)
        cols.append(first.setdefault(str(lab), n + k + len(first)))
    size = n + k + len(first)
    graph = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(size, size))
    _, comp = connected_components(graph, directed=False)
    comp = comp[:n]
    _, idx = np.unique(comp, return_index=True)
    order = np.argsort(np.argsort(idx))
    return order[np.searchsorted(np.unique(comp), comp)]


def suggest(
    texts: Sequence[object],
    ids: Sequence[object],
    n_themes: int | None = None,
    seed: int | None = None,
    settings: Any = None,
    groups: Sequence[object] | None = None,
) -> Suggestion:
    """Draft 5-20 candidate themes for one free-text field.

    Parameters
    ----------
    texts, ids : sequence
        The field's answers and their respondent ids (same length).
    n_themes : int, optional
        Number of candidates; by default about a quarter of the distinct voices, within
        ``themes.suggest.min_themes`` - ``max_themes`` of the settings (5-20).
    seed : int, optional
        Seed of the clustering (default ``themes.seed``; the result is deterministic for a seed).
    settings : mapping or path, optional
        svanalysis settings: ``themes.suggest`` gives the typical answers listed per candidate
        (``typical``), the similarity at which answers count as one voice
        (``duplicate_similarity``, see :func:`near_duplicate_groups`) and the clauses clustered at
        most (``max_clauses``: a seeded sample beyond that, the rest join their nearest candidate;
        average linkage holds a square matrix of them, 5,000 is 200 MB), and the answers compared pair
        by pair for near-identical wording at most (``max_compared``: comparing every pair takes time
        that grows as the square of the answers, some 50 s of CPU for 20,000; beyond it only identical
        wording, after normalising, and ``groups`` make one voice, and ``Suggestion.compared`` is False).
    groups : sequence, optional
        A campaign label per answer (ingest's ``campaign_id``; missing for none): answers sharing a
        label are one voice, as near-identical texts are, even where their wording varies.

    Returns
    -------
    Suggestion

    Raises
    ------
    ValueError
        On unequal lengths, or ``n_themes`` outside 2-50.

    Examples
    --------
    >>> texts = ["More police patrols", "Police on the beat", "Officers walking the estate",
    ...          "Youth clubs open late", "A youth centre with sport", "Reopen the youth club", "N/A"]
    >>> s = suggest(texts, list("abcdefg"), n_themes=2, seed=0)
    >>> sorted(s.members.groupby("candidate")["respondent_id"].apply("".join))
    ['abc', 'def']
    """
    n = check_same_length(texts=texts, ids=ids)
    all_settings = resolve_settings(settings)
    opts = all_settings["themes"]["suggest"]
    if n_themes is not None:
        check_type("n_themes", n_themes, int)
        check_range("n_themes", n_themes, 2, 50)
    seed = all_settings["themes"]["seed"] if seed is None else seed
    check_type("seed", seed, int)
    n_typical = check_type("themes.suggest.typical", opts["typical"], int)
    dup_threshold = check_range("themes.suggest.duplicate_similarity", opts["duplicate_similarity"], 0, 1)
    max_units = check_type("themes.suggest.max_clauses", opts["max_clauses"], int)
    max_compared = check_type("themes.suggest.max_compared", opts["max_compared"], int)
    lo = check_type("themes.suggest.min_themes", opts["min_themes"], int)
    hi = check_type("themes.suggest.max_themes", opts["max_themes"], int)
    if not 2 <= lo <= hi <= 50:
        raise ValueError(
            f"themes.suggest.min_themes and max_themes must satisfy 2 <= min <= max <= 50; got {lo} and {hi}"
        )
    norm = [normalise(t) for t in texts]
    keep = [i for i in range(n) if not is_empty_answer(norm[i])]
    empty_result = Suggestion(
        pd.DataFrame(columns=["candidate", "name", "words", "answers", "distinct", "typical_ids", "typical_texts"]),
        pd.DataFrame(columns=["respondent_id", "candidate"]),
    )
    if len(keep) < 2:
        return empty_result
    labels = None if groups is None else list(groups)
    if labels is not None and len(labels) != n:
        raise ValueError(f"groups and texts must have the same length; got {len(labels)} and {n}")
    compared = len(keep) <= max_compared
    kept_texts = [norm[i] for i in keep]
    near = near_duplicate_groups(kept_texts, dup_threshold) if compared else identical_groups(kept_texts)
    groups = _join_campaigns(near, keep, labels)
    rep_of_group: dict[int, int] = {}
    for pos, g in enumerate(groups):
        rep_of_group.setdefault(int(g), keep[pos])
    group_of = {keep[pos]: int(g) for pos, g in enumerate(groups)}
    reps = list(rep_of_group.values())

    # Clauses of the representatives (the whole answer when it has one kept clause).
    units, unit_rep = [], []
    for i in reps:
        kept = [s.text for s in segment(norm[i]) if not s.dismissed and len(stem_tokens(s.text)) >= 2]
        for u in kept or [norm[i]]:
            units.append(u)
            unit_rep.append(i)
    unit_rep_a = np.asarray(unit_rep)
    rng = np.random.default_rng(seed)
    fit_idx = np.arange(len(units))
    if len(units) > max_units:
        fit_idx = np.sort(rng.choice(len(units), size=max_units, replace=False))
    X = _vectors(units, seed)
    Xf = X[fit_idx]

    if n_themes is None:
        # About one candidate per four distinct voices, within 5-20: an analyst merges more easily
        # than splits, and small themes need a candidate of their own to be seen at all.
        n_themes = int(np.clip(round(len(reps) / 4), lo, hi))
    k = max(1, min(n_themes, len(Xf) - 1))
    fit_lab = AgglomerativeClustering(n_clusters=k, metric="cosine", linkage="average").fit_predict(Xf)
    centres = np.stack([Xf[fit_lab == c].mean(axis=0) for c in range(k)])
    unit_lab = np.argmax(X @ centres.T - 0.5 * (centres**2).sum(axis=1), axis=1)  # nearest centre

    # Order candidates by size (distinct voices), largest first.
    voices = [len(set(unit_rep_a[unit_lab == c])) for c in range(k)]
    order = [c for c in np.argsort(-np.asarray(voices), kind="stable") if voices[c] > 0]
    docs = [" ".join(units[u] for u in np.flatnonzero(unit_lab == c)) for c in order]
    words = _ctfidf(docs, top=8)

    rows, member_rows = [], []
    for rank, (c, w) in enumerate(zip(order, words, strict=False)):
        cid = f"c{rank + 1:02d}"
        reps_in = sorted(set(unit_rep_a[unit_lab == c].tolist()))
        rep_groups = {group_of[i] for i in reps_in}
        members = [i for i in keep if group_of[i] in rep_groups]
        members_ids = [ids[i] for i in members]
        u_in = np.flatnonzero(unit_lab == c)
        dist = ((X[u_in] - centres[c]) ** 2).sum(axis=1)
        typical, typical_units, seen = [], [], set()
        for u in u_in[np.argsort(dist, kind="stable")]:
            i = unit_rep[u]
            if i not in seen:
                seen.add(i)
                typical.append(i)
                typical_units.append(" ".join(units[u].split()))
            if len(typical) >= n_typical:
                break
        name = " / ".join(w[:3]) if w else f"candidate {rank + 1}"
        rows.append(
            {
                "candidate": cid,
                "name": name,
                "words": w,
                "answers": len(members),
                "distinct": len(rep_groups),
                "typical_ids": [ids[i] for i in typical],
                "typical_texts": typical_units,
            }
        )
        member_rows += [(rid, cid) for rid in members_ids]
    return Suggestion(
        pd.DataFrame(rows), pd.DataFrame(member_rows, columns=["respondent_id", "candidate"]), compared=compared
    )


def draft_frame(suggestion: Suggestion, field: str, n_examples: int = 2) -> dict[str, list[dict]]:
    """Turn a suggestion into the code-frame shape an analyst edits and signs off.

    The draft carries no ``keywords``: in a frame they act as rules, which an analyst should choose,
    not inherit from a clustering. The characterising words are in each candidate's description
    and in :func:`draft_notes`.

    Parameters
    ----------
    suggestion : Suggestion
        From :func:`suggest`.
    field : str
        The processed text field (the frame's top-level key).
    n_examples : int
        Typical answers copied in as examples (an analyst should rewrite them before sign-off).

    Returns
    -------
    dict
        ``{field: [{id, name, description, examples}, ...]}`` (see ``frame.dump_frame``).

    Examples
    --------
    >>> texts = ["More police patrols", "Police on the beat", "Officers walking the estate",
    ...          "Youth clubs open late", "A youth centre with sport", "Reopen the youth club"]
    >>> d = draft_frame(suggest(texts, list("abcdef"), n_themes=2), "q7_text")
    >>> sorted(d["q7_text"][0])
    ['description', 'examples', 'id', 'name']
    """
    themes = []
    for row in suggestion.themes.itertuples(index=False):
        themes.append(
            {
                "id": row.candidate,
                "name": row.name,
                "description": getattr(row, "description", "") or f"DRAFT: answers about {', '.join(row.words[:5])}.",
                "examples": list(row.typical_texts[:n_examples]),
            }
        )
    return {field: themes}


def draft_notes(suggestion: Suggestion, field: str) -> dict[tuple[str, str], str]:
    """A comment per candidate for the draft file: its size, characterising words, typical answers.

    >>> s = Suggestion(pd.DataFrame([{"candidate": "c01", "name": "x", "words": ["police", "patrol"], "answers": 5,
    ...     "distinct": 4, "typical_ids": ["a", "b"], "typical_texts": ["", ""]}]), pd.DataFrame())
    >>> draft_notes(s, "q7_text")[("q7_text", "c01")]
    '5 answers (4 distinct voices); words: police, patrol; typical: a, b'
    """
    out = {}
    for row in suggestion.themes.itertuples(index=False):
        out[(field, row.candidate)] = (
            f"{row.answers} answers ({row.distinct} distinct voices); words: {', '.join(row.words)}; "
            f"typical: {', '.join(str(i) for i in row.typical_ids)}"
        )
    return out
