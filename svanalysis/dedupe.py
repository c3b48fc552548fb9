"""Duplicate submissions and organised campaigns.

- **Duplicates**: the same respondent submitting more than once. Two responses are the same
  respondent when they share an email address, or a name and an organisation, or give identical
  answers to every question (with at least a few answered). Groups are formed transitively; the
  latest submission is kept (or the first, by setting) and the others get ``duplicate_of`` = the kept
  response's id. Analysis leaves duplicates out by default and reports how many.
- **Campaigns**: near-identical free text from *different* respondents (template responses). Each
  response's free text is joined, cut into word shingles (three words by default), and compared by MinHash with
  locality-sensitive hashing (datasketch); candidate pairs are confirmed by their exact shingle
  Jaccard similarity against the threshold (default 0.8), so a hash collision never merges two
  responses. Groups of at least ``min_size`` share a ``campaign_id``; the report shows campaign
  responses counted individually and counted once.

Both are vectorised: duplicate keys are linked by label propagation over arrays, and campaign
texts are tokenised by pyarrow and MinHashed by numpy reductions, so no Python runs per response.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import numpy as np
import pandas as pd

from svanalysis.config import load_settings
from svanalysis.spec import Spec, load_spec

__all__ = ["find_campaigns", "find_duplicates", "jaccard", "shingles"]


def _components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    label = np.arange(n)
    if len(a) == 0:
        return label
    while True:
        new = label.copy()
        np.minimum.at(new, a, label[b])
        np.minimum.at(new, b, label[a])
        new = new[new]
        if np.array_equal(new, label):
            return label
        label = new


def _norm_key(s: pd.Series) -> pd.Series:
    return s.astype("string").str.lower().str.replace(r"[^a-z0-9@.]+", " ", regex=True).str.strip().replace("", pd.NA)


def _answer_columns(responses: pd.DataFrame, spec: Spec) -> list[str]:
    cols = []
    for q in spec.answerable:
        for kind, col in q.columns.items():
            if kind in ("table", "method") or col not in responses.columns:
                continue
            cols.append(col)
    return cols


def find_duplicates(
    responses: pd.DataFrame, pii: pd.DataFrame, spec: Spec | None = None, keep: str = "latest", min_answers: int = 4
) -> pd.Series:
    """``duplicate_of`` for every response: the id of the submission kept, or missing.

    Parameters
    ----------
    responses, pii : DataFrame
        The processed tables (same order of respondents).
    keep : {"latest", "first"}
        Which submission of a group is kept: the latest by ``submitted_at`` (then by order
        received), or the first.
    min_answers : int
        Identical answers mark a duplicate only when at least this many questions were answered.
    """
    spec = spec or load_spec()
    if keep not in ("latest", "first"):
        raise ValueError(f"keep must be one of ['latest', 'first']; got {keep!r}")
    n = len(responses)
    p = pii.set_index("respondent_id").reindex(responses["respondent_id"])
    keys = [_norm_key(p["email"]) if "email" in p else pd.Series(pd.NA, index=p.index, dtype="string")]
    if "full_name" in p and "organisation" in p:
        name, org = _norm_key(p["full_name"]), _norm_key(p["organisation"])
        keys.append((name + "|" + org).where(name.notna() & org.notna()))
    if "source_id" in responses:
        sid = responses["source_id"].astype("string")
        keys.append(
            pd.Series((responses["channel"].astype("string") + "|" + sid).to_numpy(), index=p.index).where(
                sid.notna().to_numpy()
            )
        )
    cols = _answer_columns(responses, spec)
    answers = responses[cols].astype("string")
    answered = answers.notna().sum(axis=1).to_numpy()
    digest = pd.Series(pd.util.hash_pandas_object(answers.fillna("\x00"), index=False).to_numpy().astype(str))
    keys.append(digest.where(answered >= min_answers))
    label = connected(n, keys)
    dup_of = pd.array([pd.NA] * n, dtype="string")
    grouped = pd.Series(label).duplicated(keep=False).to_numpy()
    if grouped.any():
        ts = (
            pd.to_datetime(responses["submitted_at"], errors="coerce")
            if "submitted_at" in responses
            else pd.Series(pd.NaT, index=responses.index)
        )
        g = pd.DataFrame({"label": label, "ts": ts.to_numpy(), "pos": np.arange(n)})[grouped]
        g = g.sort_values(["label", "ts", "pos"], na_position="first", kind="stable")
        kept = g.groupby("label")["pos"].last() if keep == "latest" else g.groupby("label")["pos"].first()
        kept_pos = kept.reindex(g["label"]).to_numpy()
        ids = responses["respondent_id"].astype("string").to_numpy()
        is_dup = g["pos"].to_numpy() != kept_pos
        dup_of[g["pos"].to_numpy()[is_dup]] = ids[kept_pos[is_dup]]
    return pd.Series(dup_of, index=responses.index, name="duplicate_of")


def connected(n: int, keys: list[pd.Series]) -> np.ndarray:
    """Component label of each of ``n`` items, linking items that share a non-missing key value.

    >>> connected(5, [pd.Series(["a", None, "a", "b", "b"]), pd.Series([None, "x", None, "x", None])]).tolist()
    [0, 1, 0, 1, 1]
    """
    a_parts, b_parts = [], []
    for key in keys:
        k = pd.Series(np.asarray(key, dtype=object))
        k = k[k.notna()]
        if k.empty:
            continue
        first = k.index.to_series().groupby(k.to_numpy(), sort=False).transform("min").to_numpy()
        pos = k.index.to_numpy()
        link = pos != first
        a_parts.append(pos[link])
        b_parts.append(first[link])
    if not a_parts:
        return np.arange(n)
    return _components(n, np.concatenate(a_parts), np.concatenate(b_parts))


_WORD = re.compile(r"[a-z0-9']+")


def shingles(text: str, k: int = 3) -> set[str]:
    """Word k-shingles of a text (lower-cased, punctuation dropped).

    >>> sorted(shingles("a b c d e f", k=5))
    ['a b c d e', 'b c d e f']
    """
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    """Jaccard similarity of two sets (1.0 for two empty sets)."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def _text_columns(responses: pd.DataFrame) -> list[str]:
    cols = [c for c in responses.columns if c.endswith("_text") and responses[c].dtype != bool]
    return cols


_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)


def _mix(x: np.ndarray) -> np.ndarray:
    """A 64-bit finaliser (splitmix64): spreads the bits of a hash, vectorised."""
    with np.errstate(over="ignore"):
        x = x ^ (x >> np.uint64(30))
        x = x * np.uint64(0xBF58476D1CE4E5B9)
        x = x ^ (x >> np.uint64(27))
        x = x * np.uint64(0x94D049BB133111EB)
        return x ^ (x >> np.uint64(31))


def _shingle_hashes(texts: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Hashes of the word k-shingles of each text, and the index of the text each belongs to.

    Vectorised: pyarrow splits and lower-cases the texts, each distinct word is hashed once
    (dictionary encoding), and shingles combine neighbouring word hashes with numpy.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = pc.utf8_lower(pa.array(texts, type=pa.large_string()))
    words = pc.split_pattern_regex(arr, r"[^a-z0-9']+")
    flat = pc.list_flatten(words)
    parent = np.asarray(pc.list_parent_indices(words))
    keep = np.asarray(pc.not_equal(flat, "")).astype(bool)
    flat = flat.filter(pa.array(keep))
    parent = parent[keep]
    enc = pc.dictionary_encode(flat).combine_chunks() if hasattr(flat, "combine_chunks") else pc.dictionary_encode(flat)
    word_hash = pd.util.hash_array(np.asarray(enc.dictionary.to_pylist(), dtype=object), categorize=False)
    h = word_hash[np.asarray(enc.indices)]
    if len(h) < k:
        return np.zeros(0, np.uint64), np.zeros(0, np.int64)
    with np.errstate(over="ignore"):
        sh = h[: len(h) - k + 1].copy()
        for j in range(1, k):
            sh = _mix(sh * np.uint64(0x9E3779B97F4A7C15) + h[j : len(h) - k + 1 + j])
    same = parent[: len(parent) - k + 1] == parent[k - 1 :]
    return sh[same], parent[: len(parent) - k + 1][same]


def _minhashes(sh: np.ndarray, owner: np.ndarray, n_texts: int, num_perm: int, seed: int) -> np.ndarray:
    """MinHash signatures (n_texts x num_perm) by numpy min-reduction over each text's shingles."""
    sig = np.full((n_texts, num_perm), np.iinfo(np.uint64).max, dtype=np.uint64)
    if len(sh) == 0:
        return sig
    order = np.argsort(owner, kind="stable")
    sh, owner = sh[order], owner[order]
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    rng = np.random.default_rng(seed)
    salts = rng.integers(1, 2**63 - 1, size=num_perm, dtype=np.int64).astype(np.uint64)
    mults = rng.integers(1, 2**63 - 1, size=num_perm, dtype=np.int64).astype(np.uint64) | np.uint64(1)
    sh = _mix(sh)  # shingle hashes are well spread once; each permutation is then xor and multiply
    with np.errstate(over="ignore"):
        for j in range(num_perm):
            sig[owner[starts], j] = np.minimum.reduceat((sh ^ salts[j]) * mults[j], starts)
    return sig


def _bands(num_perm: int, threshold: float) -> tuple[int, int]:
    """Bands and rows for LSH: the most rows per band whose S-curve still rises below ``threshold``,
    so near-identical pairs are almost never missed (false candidates are confirmed exactly)."""
    best = (num_perm, 1)
    for r in range(1, num_perm + 1):
        if num_perm % r == 0 and (1 / (num_perm // r)) ** (1 / r) <= threshold:
            best = (num_perm // r, r)
    return best


def find_campaigns(
    responses: pd.DataFrame,
    spec: Spec | None = None,
    similarity: float = 0.8,
    min_words: int = 30,
    min_size: int = 3,
    num_perm: int = 64,
    seed: int = 1,
    exclude: pd.Series | None = None,
    shingle_words: int = 3,
) -> pd.Series:
    """``campaign_id`` for every response whose free text is near-identical to others'.

    Every free-text answer of at least ``min_words`` words is a candidate (a template pasted into
    any box counts, whichever box it is). Identical texts are collapsed first; distinct ones get
    MinHash signatures of their word shingles, grouped by locality-sensitive hashing with a
    generous threshold; every candidate pair is then confirmed by its exact Jaccard similarity, so
    a hash collision never merges two texts. A group written by at least ``min_size`` different
    respondents is a campaign, and each of those respondents gets its id.

    Parameters
    ----------
    similarity : float
        Jaccard similarity of word shingles at or above which two texts are near-identical.
    min_words : int
        Shorter answers are never campaign texts ("Yes, agree" is not a template).
    min_size : int
        Fewest respondents that make a campaign.
    exclude : Series of bool, optional
        Responses to leave out (duplicates).
    shingle_words : int
        Words per shingle.
    """
    spec = spec or load_spec()
    if not 0 < similarity <= 1:
        raise ValueError(f"similarity must be in (0, 1]; got {similarity!r}")
    n = len(responses)
    out = np.full(n, None, dtype=object)
    texts, owners = [], []
    keep = ~exclude.to_numpy() if exclude is not None else np.ones(n, dtype=bool)
    for col in _text_columns(responses):
        s = responses[col].astype("string")
        words = s.fillna("").str.count(" ") + 1  # word count by spaces: vectorised, close enough for a floor
        ok = (s.notna() & (words >= min_words)).to_numpy() & keep
        if ok.any():
            texts.append(s[ok])
            owners.append(np.flatnonzero(ok))
    empty = pd.Series(pd.array(out, dtype="string"), index=responses.index, name="campaign_id")
    if not texts:
        return empty
    all_owner = np.concatenate(owners)
    # distinct texts by hashing (factorize), not by sorting padded fixed-width strings
    inverse, uniq_index = pd.factorize(pd.concat(texts, ignore_index=True).astype("string[pyarrow]"), sort=False)
    uniq = np.asarray(uniq_index, dtype=object)
    del texts, uniq_index
    # MinHash signatures, in batches so memory stays bounded whatever the number of texts
    sig = np.empty((len(uniq), num_perm), dtype=np.uint64)
    batch = 50_000
    for start in range(0, len(uniq), batch):
        part = uniq[start : start + batch]
        sh, text_of = _shingle_hashes(part, shingle_words)
        sig[start : start + len(part)] = _minhashes(sh, text_of, len(part), num_perm, seed)
        del sh, text_of
    b, r = _bands(num_perm, max(0.5, similarity - 0.15))
    links_a, links_b = [], []
    for band in range(b):
        key = sig[:, band * r].copy()
        with np.errstate(over="ignore"):
            for j in range(1, r):
                key = _mix(key * np.uint64(0x9E3779B97F4A7C15) + sig[:, band * r + j])
        buckets = pd.DataFrame({"key": key, "i": np.arange(len(key))})
        size = buckets.groupby("key")["i"].transform("size").to_numpy()
        small = buckets[(size > 1) & (size <= 8)]
        if len(small):  # every pair within a small bucket
            p = small.merge(small, on="key")
            p = p[p["i_x"] < p["i_y"]]
            links_a.append(p["i_x"].to_numpy())
            links_b.append(p["i_y"].to_numpy())
        large = buckets[size > 8]
        if len(large):
            # a large bucket (a campaign): each member with the first, and with its neighbour in
            # signature order, which puts near-identical texts next to each other
            i = large["i"].to_numpy()
            other = (band + 1) % b
            order = np.lexsort((sig[i, other * r], large["key"].to_numpy()))
            i, k2 = i[order], large["key"].to_numpy()[order]
            same = np.r_[k2[1:] == k2[:-1], False]
            first = pd.Series(i).groupby(k2).transform("first").to_numpy()
            links_a += [first[first != i], i[same]]
            links_b += [i[first != i], np.r_[i[1:], -1][same]]
    a = np.concatenate(links_a).astype(np.int64) if links_a else np.zeros(0, np.int64)
    c = np.concatenate(links_b).astype(np.int64) if links_b else np.zeros(0, np.int64)
    lo, hi = np.minimum(a, c), np.maximum(a, c)
    uniq_pairs = np.unique(lo * len(uniq) + hi)
    pairs = pd.DataFrame({"a": uniq_pairs // len(uniq), "b": uniq_pairs % len(uniq)})
    accepted = pd.DataFrame({"a": [], "b": []}, dtype=np.int64)
    if len(pairs):
        # a vectorised estimate from the signatures: weak candidates go, near-certain ones stay,
        # and only the ones near the threshold are checked exactly
        pa_, pb_ = pairs["a"].to_numpy(), pairs["b"].to_numpy()
        est = np.empty(len(pairs))
        for start in range(0, len(pairs), 100_000):  # in chunks: bounded memory
            end = start + 100_000
            est[start:end] = (sig[pa_[start:end]] == sig[pb_[start:end]]).mean(axis=1)
        accepted = pairs[est >= similarity + 0.15]
        pairs = pairs[(est >= similarity - 0.12) & (est < similarity + 0.15)]
    if len(pairs):
        # confirm each candidate pair by its exact Jaccard similarity (shingles of those texts only)
        needed = np.unique(pairs[["a", "b"]].to_numpy().ravel())
        sh, text_of = _shingle_hashes(uniq[needed], shingle_words)
        order = np.argsort(text_of, kind="stable")
        sh, text_of = sh[order], text_of[order]
        bounds = np.searchsorted(text_of, np.arange(len(needed) + 1))
        where = {int(t): k for k, t in enumerate(needed)}
        sets: dict[int, np.ndarray] = {}

        def shingles_of(t: int) -> np.ndarray:
            got = sets.get(t)
            if got is None:
                k = where[t]
                got = sets[t] = np.unique(sh[bounds[k] : bounds[k + 1]])
            return got

        ok = np.zeros(len(pairs), dtype=bool)
        for i, (x, y) in enumerate(zip(pairs["a"].to_numpy(), pairs["b"].to_numpy(), strict=True)):
            sx, sy = shingles_of(int(x)), shingles_of(int(y))
            inter = len(np.intersect1d(sx, sy, assume_unique=True))
            union = len(sx) + len(sy) - inter
            ok[i] = union > 0 and inter / union >= similarity
        pairs = pairs[ok]
    pairs = pd.concat([accepted, pairs], ignore_index=True)
    roots = _components(len(uniq), pairs["a"].to_numpy(dtype=int), pairs["b"].to_numpy(dtype=int))
    text_root = roots[inverse]
    member = pd.DataFrame({"root": text_root, "owner": all_owner}).drop_duplicates()
    sizes = member.groupby("root")["owner"].nunique()
    big = sizes[sizes >= min_size]
    if big.empty:
        return empty
    # a stable id per campaign, from its shortest text
    in_big = np.flatnonzero(np.isin(roots, big.index.to_numpy()))
    reps = pd.DataFrame({"root": roots[in_big], "len": [len(uniq[k]) for k in in_big], "text": uniq[in_big]})
    reps = reps.sort_values(["root", "len", "text"]).drop_duplicates("root")
    ids = {
        int(r): "C" + hashlib.sha1(t.encode("utf-8")).hexdigest()[:8]
        for r, t in zip(reps["root"], reps["text"], strict=True)
    }
    member = member[member["root"].isin(big.index)].copy()
    member["size"] = member["root"].map(big)
    # a respondent in two campaigns joins the larger one
    member = member.sort_values(["owner", "size", "root"], ascending=[True, False, True]).drop_duplicates("owner")
    out[member["owner"].to_numpy()] = [ids[int(x)] for x in member["root"]]
    return pd.Series(pd.array(out, dtype="string"), index=responses.index, name="campaign_id")


def mark(
    responses: pd.DataFrame, pii: pd.DataFrame, spec: Spec | None = None, settings: dict[str, Any] | None = None
) -> pd.DataFrame:
    """Fill ``duplicate_of`` and ``campaign_id`` of the responses table."""
    spec = spec or load_spec()
    settings = settings or load_settings()
    out = responses.copy()
    out["duplicate_of"] = find_duplicates(out, pii, spec, keep=settings["duplicates"]["keep"])
    c = settings["campaigns"]
    camp = find_campaigns(
        out,
        spec,
        similarity=c["similarity"],
        min_words=c["min_words"],
        min_size=c["min_size"],
        num_perm=c["num_perm"],
        exclude=out["duplicate_of"].notna(),
        shingle_words=c["shingle_words"],
    )
    # an older duplicate shares its kept submission's campaign
    kept_campaign = pd.Series(camp.to_numpy(), index=out["respondent_id"].to_numpy())
    dup = out["duplicate_of"]
    camp = camp.where(dup.isna(), dup.map(kept_campaign).astype("string"))
    out["campaign_id"] = camp
    return out
