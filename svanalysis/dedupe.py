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

Both work on distinct values (emails, texts), so a million responses with a few thousand distinct
texts cost a few thousand hashes.
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


def find_campaigns(
    responses: pd.DataFrame,
    spec: Spec | None = None,
    similarity: float = 0.8,
    min_words: int = 30,
    min_size: int = 3,
    num_perm: int = 128,
    seed: int = 1,
    exclude: pd.Series | None = None,
    shingle_words: int = 3,
) -> pd.Series:
    """``campaign_id`` for every response whose free text is near-identical to others'.

    Every free-text answer of at least ``min_words`` words is a candidate (a template pasted into
    any box counts, whichever box it is). Near-identical answers form groups; a group written by at
    least ``min_size`` different respondents is a campaign, and each of those respondents gets its id.

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
    """
    from datasketch import MinHash, MinHashLSH

    spec = spec or load_spec()
    if not 0 < similarity <= 1:
        raise ValueError(f"similarity must be in (0, 1]; got {similarity!r}")
    n = len(responses)
    out = np.full(n, None, dtype=object)
    texts, owners = [], []
    keep = ~exclude.to_numpy() if exclude is not None else np.ones(n, dtype=bool)
    for col in _text_columns(responses):
        s = responses[col].astype("string")
        ok = (s.notna() & (s.str.count(r"\S+").fillna(0) >= min_words)).to_numpy() & keep
        if ok.any():
            texts.append(s.to_numpy()[ok].astype(str))
            owners.append(np.flatnonzero(ok))
    if not texts:
        return pd.Series(pd.array(out, dtype="string"), index=responses.index, name="campaign_id")
    all_text, all_owner = np.concatenate(texts), np.concatenate(owners)
    uniq, inverse = np.unique(all_text, return_inverse=True)
    sh = [shingles(t, shingle_words) for t in uniq]
    # candidates from a looser LSH band, confirmed by exact Jaccard: better recall, no false merges
    lsh = MinHashLSH(threshold=max(0.5, similarity - 0.15), num_perm=num_perm)
    hashes = []
    for i, sset in enumerate(sh):
        m = MinHash(num_perm=num_perm, seed=seed)
        m.update_batch([x.encode("utf-8") for x in sset])
        hashes.append(m)
        lsh.insert(str(i), m)
    links_a, links_b = [], []
    for i, m in enumerate(hashes):
        for j in lsh.query(m):
            j = int(j)
            if j > i and jaccard(sh[i], sh[j]) >= similarity:
                links_a.append(i)
                links_b.append(j)
    roots = _components(len(uniq), np.array(links_a, dtype=int), np.array(links_b, dtype=int))
    text_root = roots[inverse]
    pairs = pd.DataFrame({"root": text_root, "owner": all_owner}).drop_duplicates()
    sizes = pairs.groupby("root")["owner"].nunique()
    big = sizes[sizes >= min_size]
    if big.empty:
        return pd.Series(pd.array(out, dtype="string"), index=responses.index, name="campaign_id")
    ids = {}
    for root in big.index:
        rep = min((uniq[k] for k in np.flatnonzero(roots == root)), key=len)
        ids[root] = "C" + hashlib.sha1(rep.encode("utf-8")).hexdigest()[:8]
    member = pairs[pairs["root"].isin(big.index)].copy()
    member["size"] = member["root"].map(big)
    # a respondent in two campaigns joins the larger one
    member = member.sort_values(["owner", "size"], ascending=[True, False]).drop_duplicates("owner")
    out[member["owner"].to_numpy()] = [ids[r] for r in member["root"]]
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
