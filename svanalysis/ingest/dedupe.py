"""Duplicate submissions and organised campaigns.

- **Duplicates**: the same respondent submitting more than once. Two responses are the same
  respondent when they share an email address, or a name and an organisation, or a platform
  response id, or give identical answers to every question (with at least a few answered). Groups
  are formed transitively; the latest submission is kept (or the first, by setting) and the others
  get ``duplicate_of`` = the kept response's id. Analysis leaves duplicates out by default and
  reports how many.
- **Campaigns**: the same template text from *different* respondents. Every free-text answer of at
  least ``min_words`` words is a candidate on its own, whichever box it was typed in (so a member
  who pasted the template into one box and left another blank is still found), cut into word
  shingles (three words by default) and compared by MinHash with locality-sensitive hashing.
  A campaign is seeded by near-identical texts (Jaccard similarity of shingle sets, default 0.8)
  from at least ``min_size`` respondents: candidate pairs whose signatures agree almost everywhere
  are accepted, the others confirmed on the exact shingle sets, so a chance collision of
  signatures never merges two texts. The seed's standard text (the one most members sent) is then
  compared with every text, and a text that contains it, or is contained in it, joins (at least
  ``containment`` of the shorter's shingles are in the longer, the shorter is at least
  ``template_share`` of the longer, and a shorter text holds at least ``DELETION_SHARE`` of the
  template): the template plus a sentence of the sender's own is a member, a long answer that
  quotes a sentence of it is not. A text joins the seed's campaign alone (its own neighbours do
  not follow it), and only a template sent unchanged by ``min_size`` people and at least twice
  ``min_words`` long is searched for: at 20,000 synthetic responses built from stock sentences, a
  shorter seed pulled in 1,250 answers that merely repeated two of its sentences. groups that share most of their members (a template
  spread over several boxes) are one campaign. Each member is **identical** (its campaign text in
  every box is the standard text, letter for letter but for case and spacing) or **varied** (words
  changed, added or left out, or a box left blank), reported separately as Scottish Government
  consultation analyses do (``campaign_member``); the report shows campaign responses counted
  individually and counted once.

Both work batch by batch (``Deduper.add``) on compact arrays (hashes of keys, MinHash signatures,
text lengths, respondent ids as fixed-width bytes), never holding the text itself, then resolve
over all responses at once (``Deduper.resolve``), fetching back only the few texts that need an
exact check. Ingest feeds it one batch at a time, so a million responses never have to be in
memory together, and has it keep the signatures (most of the evidence, 256 bytes a text) in a
file per batch (``Deduper.spill_to``): resolution reads them back a column or one batch's rows at
a time (a band of LSH needs its own columns, the screening of candidate pairs one column after
another), so the signature matrix is never in memory whole. Everything is vectorised (pyarrow
tokenises, numpy hashes and reduces): no Python runs per response.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from svanalysis.core.cache import RunState, TextCache, text_keys
from svanalysis.core.checks import check_choice
from svanalysis.core.settings import load_settings
from svanalysis.core.spec import Spec, load_spec

__all__ = [
    "CAMPAIGN_MEMBER_KINDS",
    "CheckCache",
    "Deduper",
    "Evidence",
    "connected",
    "find_campaign_members",
    "find_campaigns",
    "find_duplicates",
    "jaccard",
    "shingles",
]

# A text fetcher: (rows, column names) -> the texts at those positions, in order.
Fetch = Callable[[np.ndarray, list[str]], pd.Series]


# ============================================================================ shared helpers
def _components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Connected-component label (the smallest member) of each of ``n`` items linked by ``a``-``b``."""
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


def _key_hash(key: Any) -> np.ndarray:
    """64-bit hashes of the values of ``key``; 0 stands for missing."""
    s = pd.Series(key).astype("string")
    out = np.zeros(len(s), dtype=np.uint64)
    valid = s.notna().to_numpy()
    if valid.any():
        h = pd.util.hash_array(s[valid].to_numpy(dtype=object), categorize=True)
        h[h == 0] = 1
        out[valid] = h
    return out


def connected(n: int, keys: list[Any]) -> np.ndarray:
    """Component label of each of ``n`` items, linking items that share a non-missing key value.

    Each key is a sequence of values (missing ones link nothing) or an array of ``uint64`` hashes
    with 0 for missing.

    >>> connected(5, [pd.Series(["a", None, "a", "b", "b"]), pd.Series([None, "x", None, "x", None])]).tolist()
    [0, 1, 0, 1, 1]
    """
    a_parts, b_parts = [], []
    for key in keys:
        h = key if isinstance(key, np.ndarray) and key.dtype == np.uint64 else _key_hash(key)
        pos = np.flatnonzero(h != 0)
        if len(pos) < 2:
            continue
        _, first_idx, inverse = np.unique(h[pos], return_index=True, return_inverse=True)
        first = pos[first_idx][inverse.ravel()]
        link = pos != first
        a_parts.append(pos[link])
        b_parts.append(first[link])
    if not a_parts:
        return np.arange(n)
    return _components(n, np.concatenate(a_parts), np.concatenate(b_parts))


def _text_hashes(s: pd.Series, missing: str = "\x00") -> tuple[np.ndarray, np.ndarray]:
    """The 64-bit hash of each value of ``s`` written as text (``s.astype("string")``; a missing
    value as ``missing``), as ``pd.util.hash_array`` gives it, and which values are missing.

    Why: a batch's duplicate key of identical answers hashes every answer as text, and the
    campaign evidence hashes the same free texts again. Each distinct value is written as text and
    hashed once (a float by its bits, so 0.0 and -0.0 stay apart as their texts do), so a column of
    categories or figures is not turned into a text a row first; and the free texts' hashes are
    computed once a batch, for both uses (``_text_evidence`` takes them).

    >>> s = pd.Series([1.5, None, 1.5, -0.0])
    >>> h, na = _text_hashes(s)
    >>> bool((h == pd.util.hash_array(s.astype("string").fillna("\\x00").to_numpy(dtype=object))).all()), na.tolist()
    (True, [False, True, False, False])
    """
    if s.dtype == np.float64:
        values = s.to_numpy()
        codes, uniq = pd.factorize(values.view(np.int64))
        codes[np.isnan(values)] = -1
        text = pd.Series(uniq.view(np.float64)).astype("string")
    else:
        codes, uniq = pd.factorize(s, use_na_sentinel=True)
        text = pd.Series(uniq).astype("string")
    words = text.to_numpy(dtype=object, na_value=missing)
    hashed = pd.util.hash_array(np.append(words, np.array([missing], dtype=object)), categorize=False)
    return hashed[codes], codes < 0


def _combined(hashes: list[np.ndarray], n: int) -> np.ndarray:
    """One 64-bit hash a row from the hashes of its columns, combined as ``pd.util.hash_pandas_object``
    combines a frame's columns (CPython's hash of a tuple), so the key is the one it gave."""
    if not hashes:
        return np.full(n, 0x345678 + 97531, dtype=np.uint64)
    mult = np.uint64(1000003)
    out = np.zeros(n, dtype=np.uint64) + np.uint64(0x345678)
    with np.errstate(over="ignore"):
        for i, h in enumerate(hashes):
            inverse = len(hashes) - i
            out ^= h
            out *= mult
            mult += np.uint64(82520 + inverse + inverse)
        out += np.uint64(97531)
    return out


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


def _text_columns(responses: pd.DataFrame) -> list[str]:
    return [c for c in responses.columns if c.endswith("_text") and responses[c].dtype != bool]


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


_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def _mix(x: np.ndarray) -> np.ndarray:
    """A 64-bit finaliser (splitmix64): spreads the bits of a hash, vectorised."""
    with np.errstate(over="ignore"):
        x = x ^ (x >> np.uint64(30))
        x = x * np.uint64(0xBF58476D1CE4E5B9)
        x = x ^ (x >> np.uint64(27))
        x = x * np.uint64(0x94D049BB133111EB)
        return x ^ (x >> np.uint64(31))


def _word_bytes(data: np.ndarray) -> np.ndarray:
    """Which bytes (uint8) are those of a word, ``[a-z0-9']`` after lower-casing: in UTF-8 an
    ASCII byte is always the whole character, never part of another, so a test of the bytes splits
    exactly where the pattern does. Ranges by unsigned wrap-around (``b - 97 < 26``), faster than
    a lookup table indexed by the bytes."""
    return (data - np.uint8(97) < 26) | (data - np.uint8(48) < 10) | (data == 39)


def _words(arr: Any) -> tuple[Any, np.ndarray]:
    """The words (runs of ``[a-z0-9']``) of each lower-cased text, as one flat string array, and
    the index of the text each belongs to.

    Found with numpy on the array's UTF-8 bytes: a regular-expression split in pyarrow made a
    list per text and took most of the shingling time. The words are the same, in the same order
    (``_WORD.findall`` of each text, lower-cased).

    A word starts where a word byte follows another byte and ends where one is followed by
    another: a comparison of each byte with the next over all the texts at once. Where a text
    ends and the next begins, both with a word byte, the run is cut in two (the few such places
    are put in afterwards). Each text's words are counted by a search of its first byte among
    the words' starts (one search a text, not one a word).

    >>> import pyarrow as pa
    >>> w, parent = _words(pa.array(["Don't stop!", None, "", "ok", "a-b"], type=pa.large_string()))
    >>> w.to_pylist(), parent.tolist()
    (["don't", 'stop', 'ok', 'a', 'b'], [0, 0, 3, 4, 4])
    >>> w, parent = _words(pa.array(["ab", "cd", "", "e"], type=pa.large_string()))
    >>> w.to_pylist(), parent.tolist()
    (['ab', 'cd', 'e'], [0, 1, 3])
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    low = pc.utf8_lower(arr.cast(pa.large_string()))
    if low.null_count:
        low = low.fill_null("")
    offsets = np.frombuffer(low.buffers()[1], dtype=np.int64)[low.offset : low.offset + len(low) + 1]
    data = np.frombuffer(low.buffers()[2] or b"", dtype=np.uint8)[offsets[0] : offsets[-1]]
    offsets = offsets - offsets[0]
    word = _word_bytes(data)
    if len(data) == 0:
        empty = pa.array([], type=pa.large_string())
        return empty, np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.greater(word[1:], word[:-1])) + 1  # a word byte after another byte
    ends = np.flatnonzero(np.greater(word[:-1], word[1:])) + 1  # ... before another byte
    if word[0]:
        starts = np.r_[0, starts]
    if word[-1]:
        ends = np.r_[ends, len(data)]
    # a text's first byte and the last of the text before it, both of words: the run is two words
    inner = offsets[1:-1]
    inner = inner[(inner > 0) & (inner < len(data))]
    inner = inner[np.r_[True, inner[1:] != inner[:-1]]] if len(inner) else inner  # once each (empty texts)
    cut = inner[word[inner] & word[inner - 1]]
    if len(cut):
        starts = np.insert(starts, np.searchsorted(starts, cut), cut)
        ends = np.insert(ends, np.searchsorted(ends, cut), cut)
    bounds = np.zeros(len(starts) + 1, dtype=np.int64)
    np.cumsum(ends - starts, out=bounds[1:])
    flat = pa.LargeStringArray.from_buffers(len(starts), pa.py_buffer(bounds), pa.py_buffer(data[word]))
    per_text = np.diff(np.searchsorted(starts, offsets))
    return flat, np.repeat(np.arange(len(offsets) - 1, dtype=np.int64), per_text)


def _space_counts(arr: Any) -> np.ndarray:
    """The spaces (" ") in each text of an Arrow string array (what ``pc.count_substring(arr, " ")``
    counts; any count for a missing text), found with numpy on the UTF-8 bytes, where a space is
    always the byte 32: about three times as fast as Arrow's substring count.

    >>> import pyarrow as pa
    >>> _space_counts(pa.array(["a b  c", "", "x", "é é"])).tolist()
    [3, 0, 0, 1]
    """
    import pyarrow as pa

    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks else pa.array([], pa.string())
    if len(arr) == 0:
        return np.zeros(0, dtype=np.int64)
    kind = np.int64 if pa.types.is_large_string(arr.type) else np.int32
    offsets = np.frombuffer(arr.buffers()[1], dtype=kind)[arr.offset : arr.offset + len(arr) + 1]
    data = np.frombuffer(arr.buffers()[2] or b"", dtype=np.uint8)
    spaces = np.flatnonzero(data[offsets[0] : offsets[-1]] == 32) + offsets[0]
    return np.diff(np.searchsorted(spaces, offsets)).astype(np.int64)


def _shingle_hashes(texts: Any, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Hashes of the word k-shingles of each text, and the index of the text each belongs to.

    Vectorised: pyarrow lower-cases the texts and numpy splits them into words (``_words``),
    each distinct word is hashed once (dictionary encoding), and shingles combine neighbouring
    word hashes with numpy. A text of fewer than ``k`` words has no shingles.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(texts, pd.Series):
        texts = pa.array(texts.astype("string[pyarrow]"))
    if isinstance(texts, pa.ChunkedArray):
        arr = texts.combine_chunks()
    elif isinstance(texts, pa.Array):
        arr = texts
    else:
        arr = pa.array(np.asarray(texts, dtype=object), type=pa.large_string(), from_pandas=True)
    flat, parent = _words(arr)
    if len(flat) < k:
        return np.zeros(0, np.uint64), np.zeros(0, np.int64)
    enc = pc.dictionary_encode(flat)
    word_hash = pd.util.hash_array(np.asarray(enc.dictionary.to_pylist(), dtype=object), categorize=False)
    h = word_hash[np.asarray(enc.indices)]
    with np.errstate(over="ignore"):
        sh = h[: len(h) - k + 1].copy()
        for j in range(1, k):
            sh = _mix(sh * _GOLDEN + h[j : len(h) - k + 1 + j])
    same = parent[: len(parent) - k + 1] == parent[k - 1 :]
    return _mix(sh[same]), parent[: len(parent) - k + 1][same].astype(np.int64)


# shingles hashed at a time by ``_minhashes`` (half a megabyte: a piece stays in the processor's
# cache for all its permutations)
_MINHASH_BLOCK = 1 << 16


def _minhashes(
    sh: np.ndarray, owner: np.ndarray, n_texts: int, num_perm: int, seed: int, out: np.ndarray | None = None
) -> np.ndarray:
    """MinHash signatures (n_texts x num_perm, 32 bits each) by numpy min-reduction over each
    text's shingles. A text without shingles gets the all-ones signature.

    The array returned is the transpose of a (num_perm x n_texts) one, as the permutations are
    computed: a permutation (a column) is one stretch of memory, as the spilled files and the
    comparisons of pairs read them, and nothing is transposed on the way there.

    The shingles are taken a piece of whole texts at a time, every permutation of one piece
    before the next, into one reused buffer: a permutation over all of a batch's shingles at once
    (tens of megabytes) went to main memory and back three times, and took twice as long.

    ``out``, where given, is the (``num_perm`` x ``n_texts``) array of 32-bit values the
    signatures are written into (a view of the batch's signatures, say), and its transpose is
    returned: the signatures are not made apart and copied there afterwards.

    >>> sig = _minhashes(np.array([5, 7, 9], np.uint64), np.array([0, 0, 2]), 3, 2, seed=1)
    >>> sig.shape, bool((sig[1] == 2**32 - 1).all()), bool((sig[0] != sig[2]).any()), sig.T.flags.c_contiguous
    ((3, 2), True, True, True)
    >>> into = np.zeros((2, 4), dtype=np.uint32)
    >>> got = _minhashes(np.array([5, 7, 9], np.uint64), np.array([0, 0, 2]), 3, 2, seed=1, out=into[:, 1:])
    >>> bool((into[:, 1:].T == sig).all()), bool((into[:, 0] == 0).all()), got.base is into
    (True, True, True)
    """
    if out is None:
        by_perm = np.empty((num_perm, n_texts), dtype=np.uint32)
    else:
        by_perm = out
    if len(sh) == 0:
        by_perm[...] = np.iinfo(np.uint32).max
        return by_perm.T
    order = np.argsort(owner, kind="stable")
    sh, owner = sh[order], owner[order]
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    rng = np.random.default_rng(seed)
    salts = rng.integers(1, 2**63 - 1, size=num_perm, dtype=np.int64).astype(np.uint64)
    mults = rng.integers(1, 2**63 - 1, size=num_perm, dtype=np.int64).astype(np.uint64) | np.uint64(1)
    rows = owner[starts]
    # pieces of whole texts, cut at the first text starting at or after each multiple of the block
    cuts = np.unique(np.r_[0, np.searchsorted(starts, np.arange(0, len(sh), _MINHASH_BLOCK)), len(starts)])
    bounds = np.r_[starts, len(sh)]
    whole = len(rows) == n_texts  # every text has shingles (``rows`` is then 0, 1, ...)
    if not whole:  # the texts without shingles get the all-ones signature
        by_perm[...] = np.iinfo(np.uint32).max
    buffer = np.empty(_MINHASH_BLOCK, dtype=np.uint64)
    # a piece's minima of one permutation, their high 32 bits written straight to the signatures
    # (no array of every text's 64-bit minima, written and read back once more)
    mins = np.empty(int(np.diff(cuts).max()), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for a, b in itertools.pairwise(cuts):
            piece = sh[bounds[a] : bounds[b]]
            hashed = buffer[: len(piece)] if len(piece) <= len(buffer) else np.empty(len(piece), np.uint64)
            low = mins[: b - a]
            to = slice(a, b) if whole else rows[a:b]
            for j in range(num_perm):  # each permutation is an xor and an odd multiply of a well-spread hash
                np.bitwise_xor(piece, salts[j], out=hashed)
                np.multiply(hashed, mults[j], out=hashed)
                np.minimum.reduceat(hashed, starts[a:b] - bounds[a], out=low)
                np.right_shift(low, np.uint64(32), out=low)
                by_perm[j, to] = low
    return by_perm.T


def _bands(num_perm: int, threshold: float) -> tuple[int, int]:
    """Bands and rows for LSH: the most rows per band whose S-curve still rises below ``threshold``,
    so near-identical pairs are almost never missed (false candidates are checked afterwards)."""
    best = (num_perm, 1)
    for r in range(1, num_perm + 1):
        if num_perm % r == 0 and (1 / (num_perm // r)) ** (1 / r) <= threshold:
            best = (num_perm // r, r)
    return best


def _unique(x: np.ndarray) -> np.ndarray:
    """Sorted distinct values (a sort and a comparison: far faster than ``np.unique`` on big arrays)."""
    y = np.sort(x)
    return y[np.r_[True, y[1:] != y[:-1]]] if len(y) else y


def _ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Concatenated ``arange(s, s + l)`` for each start and length, vectorised."""
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, np.int64)
    offsets = np.cumsum(lengths) - lengths
    return np.repeat(starts - offsets, lengths) + np.arange(total)


def _take(parts: list[np.ndarray], at: np.ndarray) -> np.ndarray:
    """The values at positions ``at`` (increasing) of the concatenation of ``parts``, without
    concatenating them.

    >>> _take([np.array([1, 2]), np.array([3, 4, 5])], np.array([1, 2, 4])).tolist()
    [2, 3, 5]
    """
    bounds = np.cumsum([0, *(len(p) for p in parts)])
    cut = np.searchsorted(at, bounds)
    taken = [p[at[cut[k] : cut[k + 1]] - bounds[k]] for k, p in enumerate(parts)]
    return np.concatenate(taken) if taken else np.zeros(0, dtype=np.int64)


def _pair_keys(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """A 128-bit key per unordered pair of 64-bit text keys, as :class:`TextCache` takes keys."""
    lo, hi = np.minimum(a, b).astype(np.uint64), np.maximum(a, b).astype(np.uint64)
    with np.errstate(over="ignore"):
        return np.column_stack([_mix(lo * _GOLDEN + hi), _mix((hi ^ _GOLDEN) * _GOLDEN + lo)])


@dataclass
class CheckCache:
    """What campaign resolution computes from texts and keeps between runs, by content: the exact
    verdict on a pair of texts (similar, one contained in the other) and each text's key for
    "identical" (case and spacing aside). Both depend on the two texts (or the one) and the
    checking parameters only, so a nightly run takes them instead of fetching and shingling the
    texts again, and finds the same campaigns as a run from scratch.

    Examples
    --------
    >>> c = CheckCache.open(None, "v1")  # None: nothing kept, every lookup misses
    >>> c.pairs.lookup(_pair_keys(np.array([1], np.uint64), np.array([2], np.uint64)))[0].tolist()
    [False]
    """

    pairs: TextCache
    normal: TextCache
    lsh: RunState | None = None  # the last run's LSH answer (``Deduper._candidate_pairs``)

    @classmethod
    def open(cls, root: str | None, version: str) -> CheckCache:
        return cls(
            TextCache(root, "campaign-pairs", version, width=1, dtype=np.uint8),
            TextCache(root, "campaign-normal", version, width=1, dtype=np.uint64),
            RunState(root, "campaign-lsh", version),
        )

    def flush(self) -> None:
        self.pairs.flush()
        self.normal.flush()

    @staticmethod
    def consolidate(root: str | None, version: str) -> None:
        for namespace in ("campaign-pairs", "campaign-normal"):
            TextCache.consolidate(root, namespace, version)


def _text_key_pairs(keys: np.ndarray) -> np.ndarray:
    """Text keys as :class:`TextCache` keys (the second half derived from the first)."""
    keys = keys.astype(np.uint64)
    return np.column_stack([keys, _mix(keys ^ _GOLDEN)])


# what one read of signature columns may hold (a whole column is read however large it is), and
# how many signature values one comparison of pairs gathers at a time
_COLUMN_BYTES = 1 << 25
_GATHER = 1 << 22
# shingles of the pairs compared exactly at a time
_CHECK_VALUES = 1 << 21
# candidate pairs of LSH collected over bands before their signatures are compared (at least)
_PENDING_PAIRS = 1 << 20
# characters of text shingled and hashed at a time: the words, their hashes, the shingles and the
# MinHash reduction hold about 15 bytes a character (50,000 texts at once held some 300 MB)
_SHINGLE_CHARS = 1 << 22


def _by_size(idx: np.ndarray, sizes: np.ndarray, limit: int) -> list[np.ndarray]:
    """``idx`` cut into consecutive slices whose ``sizes`` sum to at most ``limit`` (a single
    larger item makes a slice of its own).

    >>> [a.tolist() for a in _by_size(np.arange(5), np.array([3, 3, 5, 1, 1]), 6)]
    [[0, 1], [2, 3], [4]]
    """
    if len(idx) == 0:
        return []
    cuts, total = [0], 0
    for i, n in enumerate(np.asarray(sizes, dtype=np.int64).tolist()):
        if total and total + n > limit:
            cuts.append(i)
            total = 0
        total += n
    cuts.append(len(idx))
    return [idx[a:b] for a, b in itertools.pairwise(cuts)]


def _span(at: np.ndarray) -> np.ndarray | slice:
    """``at`` (increasing positions) as a slice where they are consecutive: a slice of an array (or
    of a memory map) is read in place, where a list of positions gathers a copy first.

    >>> _span(np.array([3, 4, 5])), _span(np.array([3, 5])).tolist()
    (slice(3, 6, None), [3, 5])
    """
    if len(at) and int(at[-1]) - int(at[0]) + 1 == len(at):
        return slice(int(at[0]), int(at[-1]) + 1)
    return at


class _Signatures:
    """The MinHash signatures of the active texts (numbered 0.. in the order of ``rows``), read
    from the batches' arrays or spilled files a few columns (permutations) or one batch's rows at
    a time, so the whole matrix (``num_perm`` x 4 bytes a text) is never in memory: a band of LSH
    needs its columns, a comparison of pairs one column after another, the sweep one batch's rows.

    A spilled batch is a ``.npy`` file of its signatures transposed (``num_perm`` x texts), so a
    column is one contiguous stretch of the file; an in-memory batch is its (texts x
    ``num_perm``) array.

    Examples
    --------
    >>> sig = np.arange(12, dtype=np.uint32).reshape(4, 3)  # 4 texts, 3 permutations, one batch
    >>> s = _Signatures([sig], [4], np.array([1, 3]), 3)  # the texts at 1 and 3 are active
    >>> s.columns(0, 2).tolist(), s.rows(np.array([1])).tolist()
    ([[3, 9], [4, 10]], [[9, 10, 11]])
    >>> s.agreement(np.array([[0, 1]])).tolist()
    [0]
    """

    def __init__(self, chunks: list[np.ndarray | str], sizes: list[int], rows: np.ndarray, num_perm: int):
        self.num_perm, self.n = num_perm, len(rows)
        bounds = np.cumsum([0, *sizes])
        cut = np.searchsorted(rows, bounds)
        # each batch holding active texts: its array or file, where its texts start among the
        # active ones, and their positions within it
        self._parts: list[tuple[np.ndarray | str, int, np.ndarray]] = []
        for k, chunk in enumerate(chunks):
            lo, hi = int(cut[k]), int(cut[k + 1])
            if hi > lo:
                self._parts.append((chunk, lo, (rows[lo:hi] - bounds[k]).astype(np.int64)))
        self._starts = np.array([p[1] for p in self._parts], dtype=np.int64)

    @staticmethod
    def _by_column(chunk: np.ndarray | str) -> np.ndarray:
        """A batch's signatures as (``num_perm`` x texts): a memory map of a spilled file (only
        the parts read are loaded, and only until the map is dropped) or a view of the array."""
        return np.load(chunk, mmap_mode="r") if isinstance(chunk, str) else chunk.T

    def columns(self, lo: int, hi: int) -> np.ndarray:
        """Columns ``lo`` to ``hi`` of every active text's signature, (hi - lo) x n."""
        out = np.empty((hi - lo, self.n), dtype=np.uint32)
        for chunk, start, at in self._parts:
            m = self._by_column(chunk)
            out[:, start : start + len(at)] = m[lo:hi, _span(at)]
            del m
        return out

    def column_rows(self, lo: int, hi: int, dtype: Any = np.uint32) -> np.ndarray:
        """The same columns as :meth:`columns`, laid out a text to a row, n x (hi - lo): the
        values of one text that a comparison gathers lie side by side. With a narrower ``dtype``
        (``np.uint8``), the low bits of each value."""
        out = np.empty((self.n, hi - lo), dtype=dtype)
        for chunk, start, at in self._parts:
            m = self._by_column(chunk)
            out[start : start + len(at)] = m[lo:hi, _span(at)].T
            del m
        return out

    def rows(self, idx: np.ndarray) -> np.ndarray:
        """The whole signatures of the texts ``idx`` (any order), len(idx) x ``num_perm``."""
        idx = np.asarray(idx, dtype=np.int64)
        out = np.empty((len(idx), self.num_perm), dtype=np.uint32)
        part_of = np.searchsorted(self._starts, idx, side="right") - 1
        for k in np.unique(part_of):
            chunk, start, at = self._parts[k]
            w = np.flatnonzero(part_of == k)
            m = self._by_column(chunk)
            out[w] = m[:, at[idx[w] - start]].T
            del m
        return out

    def blocks(self, size: int = 100_000) -> Any:
        """``(first text, signatures)`` of consecutive texts, at most ``size`` at a time, in order."""
        for chunk, start, at in self._parts:
            m = self._by_column(chunk)
            for s in range(0, len(at), size):
                yield start + s, np.ascontiguousarray(m[:, at[s : s + size]].T)
            del m

    def agreement(self, pairs: np.ndarray) -> np.ndarray:
        """On how many permutations the signatures of each pair of texts agree, read a few
        columns at a time; ``pairs`` is an (n x 2) array of texts or codes ``lo << 32 | hi``
        (decoded a slice at a time).

        The columns are read a text to a row (:meth:`column_rows`), so a pair's values are
        gathered as two short rows rather than from as many separate columns: about half the
        time of the column layout, for the same memory."""
        out = np.zeros(len(pairs), dtype=np.int16 if self.num_perm < 2**15 else np.int64)
        if len(pairs) == 0:
            return out
        step = max(1, min(self.num_perm, _COLUMN_BYTES // max(4 * self.n, 1)))
        for lo in range(0, self.num_perm, step):
            rows = self.column_rows(lo, min(lo + step, self.num_perm))
            per = max(1, _GATHER // rows.shape[1])
            for s in range(0, len(pairs), per):
                p = pairs[s : s + per] if pairs.ndim == 2 else _pairs_of(pairs[s : s + per])
                same = rows[p[:, 0]] == rows[p[:, 1]]
                out[s : s + per] += np.add.reduce(same.view(np.uint8), axis=1, dtype=out.dtype)
            del rows
        return out

    def could_agree(self, pairs: np.ndarray, at_least: int) -> np.ndarray:
        """Which pairs (codes ``lo << 32 | hi``) could agree on ``at_least`` permutations: those
        whose signatures' low 8 bits do (two equal values have equal low bits, so no pair that
        agrees is missed, and chance equalities of the low bits alone, one in 256, are far too few
        to reach ``at_least``). A pair drops out as soon as it cannot reach ``at_least`` with the
        columns left.

        Why: comparing every candidate pair of LSH on its whole signatures gathers rows from
        memory at random, and that is the cost; the low bytes make rows a quarter as long as the
        whole values' (a read takes twice the columns :meth:`agreement` takes, in half that
        memory, so more of the rows gathered stay in the processor's cache), and most pairs drop
        out after the first read. Only the few left are compared on their whole signatures. (The
        low 16 bits, as before, took a fifth longer at 100,000 responses, for the same pairs.)

        >>> sig = np.array([[1, 2, 3, 4], [1, 2, 3, 5], [1, 2 + 2**8, 9, 9], [7, 7, 7, 7]], dtype=np.uint32)
        >>> s = _Signatures([sig], [4], np.arange(4), 4)
        >>> s.could_agree(np.array([1, 2, 3], dtype=np.uint64), 2).tolist()  # text 0 with 1, 2, 3
        [True, True, False]
        >>> s.agreement(np.array([[0, 1], [0, 2]])).tolist()  # the second by chance of the low bits
        [3, 1]
        """
        could = np.zeros(len(pairs), dtype=bool)
        if len(pairs) == 0:
            return could
        up = np.zeros(len(pairs), dtype=np.int16 if self.num_perm < 2**15 else np.int64)
        step = max(1, min(self.num_perm, _COLUMN_BYTES // max(2 * self.n, 1)))
        active = np.arange(len(pairs))
        for lo in range(0, self.num_perm, step):
            active = active[up[active] + (self.num_perm - lo) >= at_least]
            if len(active) == 0:
                return could
            rows = self.column_rows(lo, min(lo + step, self.num_perm), dtype=np.uint8)
            per = max(1, _GATHER // rows.shape[1])
            for s in range(0, len(active), per):
                at = active[s : s + per]
                p = _pairs_of(pairs[at])
                same = rows[p[:, 0]] == rows[p[:, 1]]
                up[at] += np.add.reduce(same.view(np.uint8), axis=1, dtype=up.dtype)
            del rows
        could[active[up[active] >= at_least]] = True
        return could


@dataclass
class _Buckets:
    """The shared buckets of one LSH band (``_bucket_links`` with ``mark``): each bucket's key,
    its number of texts and of marked texts, each pair's bucket, and the texts of each bucket
    (``members[starts[k]:starts[k] + size[k]]``, increasing)."""

    key: np.ndarray
    size: np.ndarray
    marked: np.ndarray
    of_pair: np.ndarray
    members: np.ndarray
    starts: np.ndarray

    def texts_of(self, which: np.ndarray) -> np.ndarray:
        """The texts of the buckets ``which`` (a flag per bucket)."""
        return self.members[_ranges(self.starts[which], self.size[which])]


def _bucket_links(
    key: np.ndarray, other: Callable[[], np.ndarray], mark: np.ndarray | None = None
) -> np.ndarray | tuple[np.ndarray, _Buckets]:
    """Candidate pairs of one LSH band, as codes ``lo << 32 | hi``, from each text's bucket
    ``key``: every pair within a bucket of at most 8 texts; in a larger bucket (a campaign) each
    member with the first, and with its neighbour, in the order of ``other()`` (another column of
    the signatures, read only if there is such a bucket), which puts near-identical texts next to
    each other (ties in the order of the texts).

    Buckets are found by hashing (``pd.factorize``), and only the texts that share one are sorted,
    by bucket and text together (one 64-bit code each, so any sort keeps the texts of a bucket in
    increasing order): a stable sort of every text's key took most of the time. The buckets come
    in another order than sorted keys, which the caller's sort of the pairs undoes.

    With ``mark`` (a flag per text), also the shared buckets (:class:`_Buckets`): the pairs of a
    bucket depend only on its texts and their order, so a bucket with no marked text and as many
    texts as it had in an earlier run whose texts were these in the same order, bar the marked ones,
    has the same pairs as it had then.

    >>> code = _bucket_links(np.array([7, 3, 7, 9, 3, 7], np.uint64), lambda: None)
    >>> sorted(map(tuple, _pairs_of(code).tolist()))
    [(0, 2), (0, 5), (1, 4), (2, 5)]
    >>> mark = np.array([0, 0, 0, 0, 0, 1], bool)
    >>> code, b = _bucket_links(np.array([7, 3, 7, 9, 3, 7], np.uint64), lambda: None, mark)
    >>> sorted(zip(b.key.tolist(), b.size.tolist(), b.marked.tolist()))
    [(3, 2, 0), (7, 3, 1)]
    >>> sorted((tuple(p), int(b.key[k])) for p, k in zip(_pairs_of(code).tolist(), b.of_pair))
    [((0, 2), 7), ((0, 5), 7), ((1, 4), 3), ((2, 5), 7)]
    """
    codes, _ = pd.factorize(key)
    shared = np.flatnonzero(np.bincount(codes)[codes] > 1)  # the texts that share their bucket
    both = np.sort((codes[shared].astype(np.uint64) << np.uint64(32)) | shared.astype(np.uint64))
    del codes, shared
    order = (both & np.uint64(0xFFFFFFFF)).astype(np.int64)  # by bucket, texts increasing within one
    bucket_of = both >> np.uint64(32)
    del both
    starts = np.flatnonzero(np.r_[True, bucket_of[1:] != bucket_of[:-1]]) if len(order) else order
    del bucket_of
    sizes = np.diff(np.r_[starts, len(order)])
    a_parts, b_parts, k_parts = [], [], []
    for s in range(2, 9):
        at = starts[sizes == s]
        if len(at):
            members = order[at[:, None] + np.arange(s)]
            x, y = np.triu_indices(s, 1)
            a_parts.append(members[:, x].ravel())
            b_parts.append(members[:, y].ravel())
            k_parts.append(np.repeat(np.flatnonzero(sizes == s), len(x)))
    big = sizes > 8
    if big.any():
        i = order[_ranges(starts[big], sizes[big])]
        bucket = np.repeat(np.arange(int(big.sum())), sizes[big])
        # by bucket, then by the other column, ties in the order of the texts: one stable sort of
        # a 64-bit code (the other column is 32 bits), several times faster than ``np.lexsort``
        i = i[np.argsort((bucket.astype(np.uint64) << np.uint64(32)) | other()[i].astype(np.uint64), kind="stable")]
        first = np.repeat(i[np.cumsum(sizes[big]) - sizes[big]], sizes[big])
        same = np.r_[bucket[1:] == bucket[:-1], False]
        a_parts += [first[first != i], i[same]]
        b_parts += [i[first != i], np.r_[i[1:], -1][same]]
        k = np.flatnonzero(big)[bucket]
        k_parts += [k[first != i], k[same]]
    if a_parts:
        a, b = np.concatenate(a_parts), np.concatenate(b_parts)
        code = _codes(np.minimum(a, b), np.maximum(a, b))
    else:
        code = np.zeros(0, dtype=np.uint64)
    if mark is None:
        return code
    marked = np.add.reduceat(mark[order].astype(np.int64), starts) if len(order) else np.zeros(0, dtype=np.int64)
    of_pair = np.concatenate(k_parts) if k_parts else np.zeros(0, dtype=np.int64)
    return code, _Buckets(key[order[starts]], sizes, marked, of_pair, order, starts)


def _in_codes(code: np.ndarray, known: np.ndarray | pd.Index) -> np.ndarray:
    """Which of ``code`` are in ``known`` (distinct values; by hashing: searching a sorted array for values in no
    order jumps about memory, ten times slower at a few million).

    >>> _in_codes(np.array([5, 2, 9], np.uint64), np.array([2, 5], np.uint64)).tolist()
    [True, True, False]
    """
    if len(known) == 0 or len(code) == 0:
        return np.zeros(len(code), dtype=bool)
    index = known if isinstance(known, pd.Index) else pd.Index(known)
    return index.get_indexer(code) >= 0


def _codes(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Codes ``lo << 32 | hi`` of pairs (``lo`` < ``hi``)."""
    return (lo.astype(np.uint64) << np.uint64(32)) | hi.astype(np.uint64)


def _pairs_of(code: np.ndarray) -> np.ndarray:
    """Pairs (n x 2) from codes ``lo << 32 | hi``."""
    return np.column_stack([(code >> np.uint64(32)).astype(np.int64), (code & np.uint64(0xFFFFFFFF)).astype(np.int64)])


def _band_keys(key: np.ndarray, band: int) -> np.ndarray:
    """Bucket keys made distinct between bands (one sorted array holds every band's buckets)."""
    with np.errstate(over="ignore"):
        return _mix(key ^ _mix(np.full(1, band + 1, dtype=np.uint64)))


@dataclass
class _LshMemory:
    """What the last run's LSH left (``RunState``): this run's texts that are new to it
    (``new``), its answer renumbered as this run's texts (``kept``, sorted codes), and the number
    of texts in each of its shared buckets.

    >>> import tempfile
    >>> state = RunState(tempfile.mkdtemp(), "lsh", "v1")
    >>> _LshMemory.keep(state, np.array([10, 20, 30], np.uint64), np.array([2], np.uint64), [])
    >>> m = _LshMemory.recall(state, np.array([10, 30, 40], np.uint64))  # 20 gone, 40 new
    >>> m.new.tolist(), _pairs_of(m.kept).tolist()
    ([False, False, True], [[0, 1]])
    >>> _LshMemory.recall(state, np.array([30, 10], np.uint64)) is None  # not in the same order
    True
    """

    new: np.ndarray
    kept: np.ndarray
    bucket_keys: np.ndarray
    bucket_sizes: np.ndarray
    _kept_index: pd.Index | None = field(default=None, repr=False)

    def sizes(self, band_keys: np.ndarray) -> np.ndarray:
        """How many texts the buckets ``band_keys`` held in the last run (0 where none shared)."""
        out = np.zeros(len(band_keys), dtype=np.int64)
        if len(self.bucket_keys) == 0 or len(band_keys) == 0:
            return out
        order = np.argsort(band_keys)  # searched in order: the search then walks memory forward
        at = np.minimum(np.searchsorted(self.bucket_keys, band_keys[order]), len(self.bucket_keys) - 1)
        hit = self.bucket_keys[at] == band_keys[order]
        out[order[hit]] = self.bucket_sizes[at[hit]]
        return out

    def has(self, code: np.ndarray) -> np.ndarray:
        """Which pairs ``code`` the last run kept."""
        if self._kept_index is None:
            self._kept_index = pd.Index(self.kept)
        return _in_codes(code, self._kept_index)

    def split(
        self,
        links: np.ndarray,
        buckets: _Buckets,
        band_key: np.ndarray,
        key: np.ndarray,
        other: Callable[[], np.ndarray],
    ) -> tuple[np.ndarray, np.ndarray]:
        """Of one band's pairs (``_bucket_links`` of the texts' ``key`` with ``other``), those the
        last run had too, decided (the ones it kept), and the others, to be screened.

        A bucket with no new text and as many texts as then has the same pairs as then. A bucket
        new texts joined and none left had then the pairs of its other texts alone, in the same
        order: of its pairs now, those were screened then."""
        then = self.sizes(band_key)
        unchanged = ((buckets.marked == 0) & (then == buckets.size))[buckets.of_pair]
        known, rest = links[unchanged], links[~unchanged]
        grown = (buckets.marked > 0) & (then == buckets.size - buckets.marked)
        if grown.any() and len(rest):
            sub = buckets.texts_of(grown)
            sub = np.sort(sub[~self.new[sub]])
            if len(sub):
                p = _pairs_of(_bucket_links(key[sub], lambda: other()[sub]))
                had = _in_codes(rest, _unique(_codes(sub[p[:, 0]], sub[p[:, 1]])))
                known, rest = np.concatenate([known, rest[had]]), rest[~had]
        return known[self.has(known)], rest

    @classmethod
    def recall(cls, state: RunState | None, keys: np.ndarray | None) -> _LshMemory | None:
        """The last run's memory in this run's numbering, or None where there is none or the texts
        the two runs share are not in the same order (then everything is screened again)."""
        if state is None or keys is None:
            return None
        last = state.load()
        if last is None:
            return None
        now = pd.Index(np.asarray(keys, dtype=np.uint64)).get_indexer(last["keys"])  # -1: gone
        found = now >= 0
        if np.any(np.diff(now[found]) <= 0):
            return None
        new = np.ones(len(keys), dtype=bool)
        new[now[found]] = False
        pairs = _pairs_of(last["kept"])
        a, b = now[pairs[:, 0]], now[pairs[:, 1]]
        both = (a >= 0) & (b >= 0)
        kept = _codes(a[both], b[both])  # the order of the texts is kept, so these stay sorted
        return cls(new, kept, last["bucket_keys"], last["bucket_sizes"])

    @staticmethod
    def keep(state: RunState, keys: np.ndarray, kept: np.ndarray, buckets: list[tuple[np.ndarray, np.ndarray]]) -> None:
        bucket_keys = np.concatenate([k for k, _ in buckets]) if buckets else np.zeros(0, np.uint64)
        bucket_sizes = np.concatenate([s for _, s in buckets]) if buckets else np.zeros(0, np.int64)
        order = np.argsort(bucket_keys, kind="stable")
        state.save(
            keys=np.asarray(keys, dtype=np.uint64),
            kept=kept,
            bucket_keys=bucket_keys[order],
            bucket_sizes=bucket_sizes[order].astype(np.uint32),
        )


# ============================================================================ the collector
@dataclass
class Evidence:
    """One batch's contribution to duplicate and campaign detection (rows numbered within it)."""

    n: int
    keys: list[np.ndarray] | None = None  # duplicate keys, uint64 hashes (0 = missing)
    ts: np.ndarray | None = None  # submitted_at
    ids: np.ndarray | None = None  # respondent ids (fixed-width UTF-8 bytes)
    columns: list[str] = field(default_factory=list)  # free-text columns, by index in ``col``
    occ_row: np.ndarray | None = None  # every candidate text: its row ...
    occ_key: np.ndarray | None = None  # ... and the hash of the text
    key: np.ndarray | None = None  # every text distinct within the batch: its hash,
    sig: np.ndarray | None = None  # MinHash signature,
    length: np.ndarray | None = None  # length in characters,
    count: np.ndarray | None = None  # number of shingles,
    row: np.ndarray | None = None  # and where it was first seen (row ...
    col: np.ndarray | None = None  # ... and column index)


class Deduper:
    """Finds duplicates and campaigns over responses that arrive in batches.

    Examples
    --------
    >>> import pandas as pd
    >>> t = "we ask the government to fund youth clubs for the long term and to listen to young people in every town"
    >>> batches = [
    ...     pd.DataFrame({"q31_text": pd.array([t, t + " now", "something else entirely"], dtype="string")}),
    ...     pd.DataFrame({"q31_text": pd.array([t.replace("ask", "urge")], dtype="string")}),
    ... ]
    >>> d = Deduper(min_words=10)
    >>> for b in batches:
    ...     d.add(b)
    >>> dup, camp = d.resolve(fetch=frame_fetch(pd.concat(batches, ignore_index=True)))
    >>> camp.isna().tolist(), camp.dropna().nunique()
    ([False, False, True, False], 1)
    """

    def __init__(
        self,
        spec: Spec | None = None,
        settings: dict[str, Any] | None = None,
        *,
        keep: str | None = None,
        min_answers: int | None = None,
        similarity: float | None = None,
        min_words: int | None = None,
        min_size: int | None = None,
        num_perm: int | None = None,
        shingle_words: int | None = None,
        seed: int = 1,
        containment: float | None = None,
        template_share: float | None = None,
    ):
        self.spec = spec or load_spec()
        s = settings or load_settings()
        d, c = s["duplicates"], s["campaigns"]
        self.keep = keep or d["keep"]
        check_choice("keep", self.keep, ["latest", "first"])
        self.min_answers = min_answers if min_answers is not None else d.get("min_answers", 4)
        self.similarity = similarity if similarity is not None else c["similarity"]
        if not 0 < self.similarity <= 1:
            raise ValueError(f"similarity must be in (0, 1]; got {self.similarity!r}")
        self.containment = containment if containment is not None else c.get("containment", 0.8)
        self.template_share = template_share if template_share is not None else c.get("template_share", 0.5)
        self.min_words = min_words if min_words is not None else c["min_words"]
        self.min_size = min_size if min_size is not None else c["min_size"]
        self.num_perm = num_perm or c["num_perm"]
        self.k = shingle_words or c["shingle_words"]
        self.seed = seed
        self.n = 0
        self._keys: list[list[np.ndarray]] = []
        self._ts: list[np.ndarray] = []
        self._ids: list[np.ndarray] = []
        self._columns: list[str] = []  # free-text columns seen, by index
        self._occ: list[tuple[np.ndarray, np.ndarray]] = []  # (owner row, text key) of every candidate text
        # one entry per text distinct within its batch: key, length, where it was first seen, shingles
        self._dist: list[tuple[np.ndarray, ...]] = []
        # and its MinHash signature, a batch at a time: in memory, or the path of a file once spilled
        self._sig: list[np.ndarray | str] = []
        self._spill: str | None = None

    # ------------------------------------------------------------------ collecting
    def spill_to(self, folder: str | Path) -> None:
        """Keep the MinHash signatures of the batches added from now on in files under ``folder``
        (a local folder that exists) rather than in memory: they are most of the evidence (256
        bytes a text), and resolution reads back only those of the texts it compares."""
        self._spill = str(folder)

    def add(self, responses: pd.DataFrame, pii: pd.DataFrame | None = None, *, texts: bool = True) -> None:
        """Take in one batch of responses (and their PII rows, for the duplicate keys)."""
        self.add_evidence(self.evidence(responses, pii, texts=texts))

    def evidence(
        self,
        responses: pd.DataFrame,
        pii: pd.DataFrame | None = None,
        *,
        texts: bool = True,
        signatures: TextCache | None = None,
    ) -> Evidence:
        """What one batch contributes, in compact arrays (a worker process may compute it).

        ``signatures``, a cache of MinHash signatures per text (``svanalysis.core.cache``), saves
        shingling texts it already holds and keeps those it did not."""
        ev = Evidence(n=len(responses))
        hashes: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # text hashes of answer columns, shared
        if pii is not None:
            ev.keys = self._duplicate_keys(responses, pii, hashes)
            ts = (
                pd.to_datetime(responses["submitted_at"], errors="coerce", utc=True).dt.tz_localize(None)
                if "submitted_at" in responses
                else pd.Series(pd.NaT, index=responses.index, dtype="datetime64[ns]")
            )
            ev.ts = ts.to_numpy(dtype="datetime64[ns]")
            # fixed-width UTF-8 bytes: 13 bytes a pipeline id, where a Python string takes about 60
            ev.ids = np.char.encode(responses["respondent_id"].astype("string").fillna("").to_numpy(dtype=str), "utf-8")
        if texts:
            self._text_evidence(responses, ev, signatures, hashes)
        return ev

    def add_evidence(self, ev: Evidence) -> None:
        """Take in a batch's evidence; its rows follow those added before."""
        if ev.keys is not None:
            self._keys.append(ev.keys)
            self._ts.append(ev.ts)
            self._ids.append(ev.ids)
        if ev.occ_key is not None:
            remap = np.array([self._column_index(c) for c in ev.columns], dtype=np.int16)
            # rows over all batches as 32-bit integers while they fit (they are kept for every text)
            rows = np.int32 if self.n + ev.n < 2**31 else np.int64
            self._occ.append(((ev.occ_row + self.n).astype(rows), ev.occ_key))
            self._dist.append((ev.key, ev.length, (ev.row + self.n).astype(rows), remap[ev.col], ev.count))
            if self._spill is not None:  # transposed: a column (permutation) is one stretch of the file
                path = f"{self._spill}/signatures-{len(self._sig):06d}.npy"
                # (a copy only if the evidence was not made here: ``_text_evidence`` lays it out so)
                np.save(path, np.ascontiguousarray(ev.sig.T, dtype=np.uint32))
                self._sig.append(path)
            else:
                self._sig.append(np.ascontiguousarray(ev.sig, dtype=np.uint32))
        self.n += ev.n

    def _signatures(self, rows: np.ndarray) -> _Signatures:
        """The signatures of the distinct texts at ``rows`` (positions over all batches, in
        increasing order), left where they are (in the batches' arrays or spilled files) and read
        a few columns or one batch at a time."""
        return _Signatures(self._sig, [len(d[0]) for d in self._dist], rows, self.num_perm)

    def _column_index(self, name: str) -> int:
        if name not in self._columns:
            self._columns.append(name)
        return self._columns.index(name)

    def _duplicate_keys(
        self, responses: pd.DataFrame, pii: pd.DataFrame, hashes: dict[str, tuple[np.ndarray, np.ndarray]] | None = None
    ) -> list[np.ndarray]:
        """The duplicate keys of each response (email, name and organisation, platform id, every
        answer); ``hashes`` receives the text hashes of the answer columns (see ``_text_hashes``)."""
        p = pii.set_index("respondent_id").reindex(responses["respondent_id"])
        none = np.zeros(len(responses), dtype=np.uint64)
        keys = [_key_hash(_norm_key(p["email"])) if "email" in p else none]
        if "full_name" in p and "organisation" in p:
            name, org = _norm_key(p["full_name"]), _norm_key(p["organisation"])
            keys.append(_key_hash((name + "|" + org).where(name.notna() & org.notna())))
        else:
            keys.append(none)
        if "source_id" in responses:
            sid = responses["source_id"].astype("string")
            keys.append(_key_hash((responses["channel"].astype("string") + "|" + sid).where(sid.notna())))
        else:
            keys.append(none)
        cols = _answer_columns(responses, self.spec)
        if cols:
            # every answer as text, a missing one as NUL: the hash of the row of those texts
            hashes = {} if hashes is None else hashes
            for c in cols:
                hashes[c] = _text_hashes(responses[c])
            answered = len(cols) - np.sum([hashes[c][1] for c in cols], axis=0)
            digest = _combined([hashes[c][0] for c in cols], len(responses))
            digest[digest == 0] = 1
            keys.append(np.where(answered >= self.min_answers, digest, np.uint64(0)))
        else:
            keys.append(none)
        return keys

    def _text_evidence(
        self,
        responses: pd.DataFrame,
        ev: Evidence,
        signatures: TextCache | None = None,
        hashes: dict[str, tuple[np.ndarray, np.ndarray]] | None = None,
    ) -> None:
        """The campaign evidence of a batch's free texts; ``hashes``, the text hashes of columns
        computed already (``_duplicate_keys``), are not computed again."""
        import pyarrow as pa

        hashes = hashes or {}
        columns, owners, cols, names, keys = [], [], [], [], []
        for col in _text_columns(responses):
            s = responses[col].astype("string[pyarrow]")
            # word count by spaces (vectorised, close enough for a floor); a missing text has none
            ok = _space_counts(pa.array(s.array)) + 1 >= self.min_words
            ok &= s.notna().to_numpy()
            if ok.any():
                columns.append(s)
                owners.append(np.flatnonzero(ok))
                cols.append(np.full(int(ok.sum()), len(names), dtype=np.int16))
                names.append(col)
                keys.append((hashes[col] if col in hashes else _text_hashes(s))[0][ok])
        if not columns:
            return
        owner, col = np.concatenate(owners), np.concatenate(cols)
        key = np.concatenate(keys).astype(np.uint64)
        _, first = np.unique(key, return_index=True)
        first.sort()
        # the distinct texts, each taken once from its column (a column's texts are one stretch of
        # ``first``), rather than every candidate text gathered first and the distinct ones after
        cut = np.searchsorted(first, np.cumsum([0, *(len(o) for o in owners)]))
        distinct = pd.concat(
            [c.iloc[owner[first[a:b]]] for c, a, b in zip(columns, cut[:-1], cut[1:], strict=True)], ignore_index=True
        )
        del columns
        length = distinct.str.len().to_numpy(dtype=np.int32)
        # (texts x num_perm), laid out a permutation to a row as ``_minhashes`` makes them
        sig = np.empty((self.num_perm, len(first)), dtype=np.uint32).T
        count = np.empty(len(first), dtype=np.int32)
        todo = np.arange(len(first))
        if signatures is not None:  # signatures (and shingle counts) of texts seen on an earlier run
            tkeys = text_keys(distinct)
            found, kept = signatures.lookup(tkeys)
            sig[found], count[found] = kept[found, :-1], kept[found, -1].astype(np.int32)
            todo = np.flatnonzero(~found)
        for at in _by_size(todo, length[todo], _SHINGLE_CHARS):  # bounded memory whatever the batch
            # a run of consecutive texts (all of them without a cache) is a slice, not a copy
            part = distinct.iloc[at[0] : at[-1] + 1] if at[-1] - at[0] + 1 == len(at) else distinct.iloc[at]
            sh, text_of = _shingle_hashes(part, self.k)
            if at[-1] - at[0] + 1 == len(at):  # written straight into their columns
                _minhashes(sh, text_of, len(part), self.num_perm, self.seed, out=sig.T[:, at[0] : at[-1] + 1])
            else:
                sig.T[:, at] = _minhashes(sh, text_of, len(part), self.num_perm, self.seed).T
            # shingles per text (repeats within a text are rare): only for estimates, checked exactly later
            count[at] = np.bincount(text_of, minlength=len(part))
        if signatures is not None and len(todo):
            signatures.add(tkeys[todo], np.column_stack([sig[todo], count[todo].astype(np.uint32)]))
        ev.columns, ev.occ_row, ev.occ_key = names, owner, key
        ev.key, ev.sig, ev.length = key[first], sig, length
        ev.count = count
        ev.row, ev.col = owner[first], col[first]

    # ------------------------------------------------------------------ resolving
    def duplicates(self) -> np.ndarray:
        """``duplicate_of`` of every response so far (object array; None where not a duplicate)."""
        return self._ids_of(self._kept())

    def _kept(self) -> np.ndarray:
        """For every response so far, where it is a duplicate the position of the submission kept,
        else -1."""
        kept_of = np.full(self.n, -1, dtype=np.int64)
        if not self._keys:
            return kept_of
        keys = [np.concatenate([k[j] for k in self._keys]) for j in range(len(self._keys[0]))]
        label = connected(self.n, keys)
        del keys
        grouped = np.flatnonzero(np.bincount(label, minlength=self.n)[label] > 1)
        if len(grouped):
            ts = np.concatenate(self._ts)[grouped]
            g = pd.DataFrame({"label": label[grouped], "ts": ts, "pos": grouped})
            g = g.sort_values(["label", "ts", "pos"], na_position="first", kind="stable")
            kept = g.groupby("label")["pos"].last() if self.keep == "latest" else g.groupby("label")["pos"].first()
            kept_pos = kept.reindex(g["label"]).to_numpy()
            is_dup = g["pos"].to_numpy() != kept_pos
            kept_of[g["pos"].to_numpy()[is_dup]] = kept_pos[is_dup]
        return kept_of

    def _ids_of(self, pos: np.ndarray) -> np.ndarray:
        """The respondent ids at ``pos`` (object array of str; None where ``pos`` is -1), decoded
        from the batches' fixed-width bytes for those positions only."""
        out = np.full(len(pos), None, dtype=object)
        where = np.flatnonzero(pos >= 0)
        if len(where) == 0:
            return out
        bounds = np.cumsum([0, *(len(i) for i in self._ids)])
        at = pos[where]
        part_of = np.searchsorted(bounds, at, side="right") - 1
        for k in np.unique(part_of):
            m = part_of == k
            out[where[m]] = np.char.decode(self._ids[k][at[m] - bounds[k]], "utf-8").astype(object)
        return out

    def campaigns(self, fetch: Fetch | None, exclude: np.ndarray | None = None) -> np.ndarray:
        """``campaign_id`` of every response so far (object array; None where not in a campaign).

        ``fetch(rows, columns)`` returns the texts at those positions (needed for the exact check
        near the threshold and for the campaign ids); ``exclude`` marks responses to leave out.
        """
        return self.campaign_members(fetch, exclude)[0]

    def check_parameters(self) -> dict[str, Any]:
        """What the exact checks of campaign resolution depend on besides the texts (for
        :class:`CheckCache`'s version)."""
        return {
            "shingle_words": self.k,
            "similarity": self.similarity,
            "containment": self.containment,
            "template_share": self.template_share,
            # and the signatures, which the LSH answer kept between runs (``CheckCache.lsh``) depends on
            "num_perm": self.num_perm,
            "seed": self.seed,
        }

    def campaign_members(
        self, fetch: Fetch | None, exclude: np.ndarray | None = None, cache: CheckCache | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """``campaign_id`` and ``campaign_member`` ("identical" or "varied") of every response so
        far (object arrays; None where not in a campaign). See ``campaigns`` for the arguments;
        ``cache`` keeps the exact checks' verdicts between runs (results are the same with it)."""
        out = np.full(self.n, None, dtype=object)
        kind = np.full(self.n, None, dtype=object)
        if not self._dist:
            return out, kind
        occ_owner = np.concatenate([o for o, _ in self._occ])
        occ_key = np.concatenate([k for _, k in self._occ])
        # distinct texts over all batches (the first sighting of each); what else is known of
        # them (and their signatures) is taken below for the active texts only
        d_key = np.concatenate([d[0] for d in self._dist])
        _, first = np.unique(d_key, return_index=True)
        first.sort()
        d_key = d_key[first]
        sorter = np.argsort(d_key)  # searched in sorted order (a search through ``sorter`` is slower)
        occ_text = sorter[np.searchsorted(d_key[sorter], occ_key)]
        del sorter, occ_key
        if exclude is not None:
            keep = ~np.asarray(exclude, dtype=bool)[occ_owner]
            occ_owner, occ_text = occ_owner[keep], occ_text[keep]
        active = _unique(occ_text)
        if len(active) == 0:
            return out, kind
        at = first[active]
        length, d_row, d_col, cnt = (_take([d[i] for d in self._dist], at) for i in (1, 2, 3, 4))
        sigs = self._signatures(at)
        local = np.full(len(d_key), -1, dtype=np.int32 if len(active) < 2**31 else np.int64)
        local[active] = np.arange(len(active))
        occ_text = local[occ_text]  # now numbered among the active texts
        texts_for = _TextSource(fetch, d_row, d_col, self._columns, d_key[active], cache)
        candidates = self._candidate_pairs(sigs, cnt, d_key[active], cache.lsh if cache is not None else None)
        del local, d_key, first, at
        pairs = self._confirm(candidates, sigs, cnt, texts_for)

        def occurrences(texts: np.ndarray) -> pd.DataFrame:
            """Who sent each of the texts marked (once per respondent and text, in order)."""
            m = texts[occ_text]
            owner, text = occ_owner[m].astype(np.int64), occ_text[m].astype(np.int64)
            return pd.DataFrame({"owner": owner, "text": text}).drop_duplicates()

        # only a text with a near duplicate, or sent at least min_size times, can be in a group
        # of min_size respondents: the others (most texts) are left out of the tables below
        seeds = np.bincount(occ_text, minlength=len(active)) >= self.min_size
        seeds[pairs.ravel()] = True
        roots = _components(len(active), pairs[:, 0], pairs[:, 1])
        member = occurrences(seeds)
        member = member.assign(root=roots[member["text"].to_numpy()])
        sizes = member.groupby("root")["owner"].nunique()
        big = sizes[sizes >= self.min_size]
        if big.empty:
            return out, kind
        member = member[member["root"].isin(big.index)]
        # Campaigns are seeded by near-identical texts only. Then each seed's standard text is compared
        # with every text, and a text that contains it (or, nearly whole, is contained in it) joins
        # that campaign alone: its owners are added, its own near neighbours are not, so containment
        # never chains from one member to the next through phrases they happen to share.
        std = _standard_texts(member, length)
        # only long templates sent unchanged by several people are searched for inside other texts:
        # a shorter one is too likely to be two stock sentences that many answers happen to repeat
        senders = member.groupby(["root", "text"])["owner"].nunique()
        sent = senders.reindex(list(zip(std.index, std.to_numpy(), strict=True))).to_numpy()
        std = std[(cnt[std.to_numpy()] >= TEMPLATE_WORDS_FACTOR * self.min_words) & (sent >= self.min_size)]
        extra = self._sweep(std.to_numpy(), sigs, cnt)
        if len(extra):
            extra = self._confirm(extra, sigs, cnt, texts_for, contain=True)
        if len(extra):
            root_of = pd.Series(std.index.to_numpy(), index=std.to_numpy())  # standard text -> its root
            first_is_std = np.isin(extra[:, 0], std.to_numpy())
            standard = np.where(first_is_std, extra[:, 0], extra[:, 1])
            other = np.where(first_is_std, extra[:, 1], extra[:, 0])
            # a shorter text joins only if it is most of the template (a line or two left out)
            whole = cnt[other] >= DELETION_SHARE * cnt[standard]
            joined = pd.DataFrame({"text": other[whole], "root": root_of.reindex(standard[whole]).to_numpy()})
            marked = np.zeros(len(active), dtype=bool)
            marked[joined["text"].to_numpy()] = True
            member = pd.concat(
                [member, occurrences(marked).merge(joined, on="text")], ignore_index=True
            ).drop_duplicates()
            big = member.groupby("root")["owner"].nunique()
        # text groups that share most of their members are one campaign (a template over several boxes)
        group_of = _merge_groups(member, big)
        member = member.assign(group=member["root"].map(group_of))
        size = member.groupby("group")["owner"].nunique()
        ids = self._campaign_ids(member["group"].to_numpy(), member["text"].to_numpy(), length, texts_for)
        # a respondent in two campaigns joins the larger one
        belongs = (
            member[["owner", "group"]]
            .drop_duplicates()
            .assign(size=lambda d: d["group"].map(size))
            .sort_values(["owner", "size", "group"], ascending=[True, False, True])
            .drop_duplicates("owner")
        )
        out[belongs["owner"].to_numpy()] = belongs["group"].map(ids).to_numpy()
        # identical means the standard text but for case and spacing: compared on the members' texts only
        used = np.unique(member["text"].to_numpy())
        normal = np.zeros(len(active), dtype=np.uint64)
        normal[used] = texts_for.normal_keys(used)
        kind[belongs["owner"].to_numpy()] = _member_kinds(member, belongs, length, normal).to_numpy()
        return out, kind

    def resolve(self, fetch: Fetch | None) -> tuple[pd.Series, pd.Series]:
        """``duplicate_of`` and ``campaign_id`` of every response added (a duplicate shares the
        campaign of the submission kept)."""
        dup, camp, _ = self.resolve_all(fetch)
        return dup, camp

    def resolve_all(
        self, fetch: Fetch | None, cache: CheckCache | None = None
    ) -> tuple[pd.Series, pd.Series, pd.Series]:
        """``duplicate_of``, ``campaign_id`` and ``campaign_member`` of every response added (a
        duplicate shares the campaign, and the kind of membership, of the submission kept)."""
        kept = self._kept()
        is_dup = kept >= 0
        camp, kind = self.campaign_members(fetch, exclude=is_dup, cache=cache)
        if is_dup.any():
            camp[is_dup] = camp[kept[is_dup]]
            kind[is_dup] = kind[kept[is_dup]]
        dup = self._ids_of(kept)
        return (
            pd.Series(pd.array(dup, dtype="string"), name="duplicate_of"),
            pd.Series(pd.array(camp, dtype="string"), name="campaign_id"),
            pd.Series(
                pd.Categorical(kind, categories=list(CAMPAIGN_MEMBER_KINDS), ordered=True), name="campaign_member"
            ),
        )

    def _plausible(
        self, pairs: np.ndarray, est: np.ndarray, cnt: np.ndarray, margin: float, contain: bool
    ) -> np.ndarray:
        """Which pairs could be the same campaign text, from the signatures' agreement ``est`` (an
        estimate of the Jaccard similarity) and, where ``contain``, the texts' shingle counts."""
        la, lb = cnt[pairs[:, 0]].astype(float), cnt[pairs[:, 1]].astype(float)
        small, large = np.minimum(la, lb), np.maximum(la, lb)
        inter = est * (la + lb) / (1 + est)  # |A & B| from J = |A & B| / |A | B|
        overlap = inter / np.maximum(small, 1)
        share = small / np.maximum(large, 1)
        near_identical = est >= self.similarity - margin
        if not contain:
            return near_identical
        contained = (overlap >= self.containment - margin) & (share >= self.template_share - 0.05)
        return near_identical | contained

    def _sweep(self, standard: np.ndarray, sigs: _Signatures, cnt: np.ndarray) -> np.ndarray:
        """Pairs (standard text, any text) that could contain one another, by their signatures
        (read a batch of texts at a time)."""
        found = []
        std_sig = sigs.rows(standard)
        for start, block in sigs.blocks():
            others = np.arange(start, start + len(block))
            for s_, ss in zip(standard, std_sig, strict=True):
                est = np.count_nonzero(block == ss, axis=1) / self.num_perm
                p = np.column_stack([np.full(len(block), s_), others])
                found.append(p[self._plausible(p, est, cnt, 0.15, contain=True) & (others != s_)])
        if not found:
            return np.zeros((0, 2), dtype=np.int64)
        p = np.concatenate(found)
        lo, hi = np.minimum(p[:, 0], p[:, 1]), np.maximum(p[:, 0], p[:, 1])
        return _pairs_of(_unique(_codes(lo, hi)))

    def _candidate_pairs(
        self, sigs: _Signatures, cnt: np.ndarray, keys: np.ndarray | None = None, state: RunState | None = None
    ) -> np.ndarray:
        """Candidate pairs of similar texts by banding the signatures (LSH), one band's columns
        read at a time. The pairs of a few bands are screened together by their signature
        agreement (read a column at a time), so the weak ones (most of them) never pile up in
        memory, and neither do the signatures.

        With ``state`` (kept between runs) and the texts' ``keys``, only the pairs of buckets that
        changed since the last run are screened (the nightly case: most buckets did not). Where the
        texts the two runs share come in the same order, a bucket that holds no text new to this
        run and as many texts as it held then (:func:`_bucket_links`) holds the same texts in the
        same order, so the same pairs, and the last run kept exactly those of them that are in its
        answer. The answer is the same with a state or without one, and is saved for the next run."""
        b, r = _bands(self.num_perm, max(0.5, self.similarity - 0.15))
        kept: list[np.ndarray] = []
        pending: list[np.ndarray] = []
        last = _LshMemory.recall(state, keys)
        # with a state, the texts new to this run are marked (all of them when there is no last run to compare with)
        mark = None if state is None or keys is None else (last.new if last is not None else np.ones(sigs.n, bool))
        saved: list[tuple[np.ndarray, np.ndarray]] = []  # each band's shared buckets, for the next run

        def screen() -> None:
            code = _unique(np.concatenate(pending))
            pending.clear()
            # only the pairs whose signatures could reach the bar of a strong pair (``_plausible``
            # without containment is the estimate against it) are compared in full; the others
            # cannot be strong, and count as agreeing nowhere
            bar = np.flatnonzero(np.arange(self.num_perm + 1) / self.num_perm >= self.similarity - 0.12)
            could = sigs.could_agree(code, int(bar[0]) if len(bar) else self.num_perm + 1)
            agree = np.zeros(len(code), dtype=np.int64)
            agree[could] = sigs.agreement(code[could])
            strong = np.zeros(len(code), dtype=bool)
            for start in range(0, len(code), 100_000):  # in chunks: bounded memory
                p = _pairs_of(code[start : start + 100_000])
                est = agree[start : start + len(p)] / self.num_perm
                strong[start : start + len(p)] = self._plausible(p, est, cnt, 0.12, contain=False)
            kept.append(code[strong])

        for band in range(b):
            key = sigs.columns(band * r, band * r + 1)[0].astype(np.uint64)
            with np.errstate(over="ignore"):
                for j in range(1, r):
                    key = _mix(key * _GOLDEN + sigs.columns(band * r + j, band * r + j + 1)[0].astype(np.uint64))
            other = (band + 1) % b

            def other_column(other: int = other) -> np.ndarray:
                return sigs.columns(other * r, other * r + 1)[0]

            links = _bucket_links(key, other_column, mark)
            if not isinstance(links, tuple):
                pending.append(links)
            else:
                links, buckets = links
                band_key = _band_keys(buckets.key, band)
                saved.append((band_key, buckets.size))
                if last is None:
                    pending.append(links)
                else:
                    decided, links = last.split(links, buckets, band_key, key, other_column)
                    kept.append(decided)
                    pending.append(links)
                    del decided
                del buckets, band_key
            del links, key
            # screened once there are as many as texts (or a floor): a pair many bands find is
            # compared once, and each comparison of pairs reads every column once
            if sum(len(p) for p in pending) >= max(_PENDING_PAIRS, sigs.n):
                screen()
        if any(len(p) for p in pending):
            screen()
        code = _unique(np.concatenate(kept)) if kept else np.zeros(0, dtype=np.uint64)
        if state is not None and keys is not None:
            _LshMemory.keep(state, keys, code, saved)
        return _pairs_of(code)

    def _confirm(
        self, pairs: np.ndarray, sigs: _Signatures, cnt: np.ndarray, texts: _TextSource, contain: bool = False
    ) -> np.ndarray:
        """Keep the pairs that are the same campaign text: near-certain ones by their signatures,
        the others on their exact shingle sets (Jaccard similarity, or, where ``contain``, the
        containment of the shorter text in the longer)."""
        if len(pairs) == 0:
            return pairs
        est = sigs.agreement(pairs) / self.num_perm
        sure_mask = est >= self.similarity + 0.15
        sure = pairs[sure_mask]
        near = pairs[~sure_mask & self._plausible(pairs, est, cnt, 0.15, contain)]
        if len(near) == 0:
            return sure
        known, verdict = texts.verdicts(near)
        todo = near[~known]
        if len(todo):
            verdict[~known] = self._exact_verdicts(todo, texts)
            texts.keep_verdicts(todo, verdict[~known])
        ok = ((verdict & 1) > 0) | (((verdict & 2) > 0) & contain)
        return np.concatenate([sure, near[ok]])

    def _exact_verdicts(self, near: np.ndarray, texts: _TextSource) -> np.ndarray:
        """For each pair, bit 1: similar (Jaccard of the shingle sets), bit 2: the shorter text
        contained in the longer, on the exact shingle sets."""
        needed = _unique(near.ravel())
        sh, offsets, lengths = texts.shingle_sets(needed, self.k)
        where = np.searchsorted(needed, near)
        out = np.zeros(len(near), dtype=np.uint8)
        # pairs in chunks of at most 50,000 and of about _CHECK_VALUES shingles (the sort below
        # takes some 30 bytes a shingle): bounded memory however long the texts
        cum = np.cumsum(lengths[where[:, 0]] + lengths[where[:, 1]])
        start = 0
        while start < len(near):
            done = int(cum[start - 1]) if start else 0
            stop = min(start + 50_000, int(np.searchsorted(cum, done + _CHECK_VALUES, side="right")))
            stop = max(stop, start + 1)
            w = where[start:stop]
            la, lb = lengths[w[:, 0]], lengths[w[:, 1]]
            pid = np.r_[np.repeat(np.arange(len(w)), la), np.repeat(np.arange(len(w)), lb)].astype(np.uint64)
            vals = np.r_[sh[_ranges(offsets[w[:, 0]], la)], sh[_ranges(offsets[w[:, 1]], lb)]]
            both = np.sort((pid << np.uint64(32)) | vals.astype(np.uint64))
            shared = both[1:][both[1:] == both[:-1]] >> np.uint64(32)
            inter = np.bincount(shared.astype(np.int64), minlength=len(w))
            union = la + lb - inter
            small, large = np.minimum(la, lb), np.maximum(la, lb)
            similar = (union > 0) & (inter >= self.similarity * np.maximum(union, 1) - 1e-9)
            contained = (
                (small > 0) & (inter >= self.containment * small - 1e-9) & (small >= self.template_share * large - 1e-9)
            )
            out[start:stop] = similar.astype(np.uint8) | (contained.astype(np.uint8) << 1)
            start = stop
        return out

    def _campaign_ids(
        self, group: np.ndarray, text: np.ndarray, lengths: np.ndarray, texts: _TextSource
    ) -> dict[int, str]:
        """A stable id per campaign: a hash of its shortest text (the first in order on a tie)."""
        g = pd.DataFrame({"group": group, "i": text}).drop_duplicates()
        g["len"] = lengths[g["i"].to_numpy()]
        shortest = g[g["len"] == g.groupby("group")["len"].transform("min")].copy()
        shortest["text"] = texts.get(shortest["i"].to_numpy()).to_numpy()
        shortest = shortest.sort_values(["group", "text"]).drop_duplicates("group")
        return {
            int(r): "C" + hashlib.sha1(t.encode("utf-8")).hexdigest()[:8]
            for r, t in zip(shortest["group"], shortest["text"], strict=True)
        }


CAMPAIGN_MEMBER_KINDS = ("identical", "varied")
# a text shorter than a campaign's standard text joins it only if it holds at least this share of it
DELETION_SHARE = 0.8
# a standard text is searched for inside other texts only if it has this many times min_words words
TEMPLATE_WORDS_FACTOR = 2


# the ASCII bytes Python's ``str.split()`` splits on (``str.isspace()``: \t \n \v \f \r, the
# separators \x1c-\x1f and the space), as a table indexed by byte
_ASCII_SPACE = np.zeros(256, dtype=bool)
_ASCII_SPACE[[9, 10, 11, 12, 13, 28, 29, 30, 31, 32]] = True


def _normal_keys(texts: pd.Series) -> np.ndarray:
    """Keys of texts that are equal for texts differing only in case and spacing: the hash of
    ``" ".join(text.lower().split())`` ("" for a missing text), lower-cased as Arrow does.

    Arrow lower-cases the texts; an ASCII text (most) is split and joined with numpy on its
    bytes (:func:`_squeezed`), the others in Python as before: pandas' ``str.split`` made a list
    of Python words for every text.

    >>> k = _normal_keys(pd.Series(["Same  TEXT ", "same text", " same\\x1ctext\\n", "same\\u00a0text", "other", None, ""]))
    >>> bool(k[0] == k[1] == k[2] == k[3]), bool(k[4] != k[0]), bool(k[5] == k[6])
    (True, True, True)
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = pa.array(texts.astype("string").array)
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks else pa.array([], pa.string())
    low = pc.utf8_lower(arr.cast(pa.large_string())).fill_null("")
    values = _squeezed(low).to_numpy(zero_copy_only=False).astype(object, copy=False)
    other = np.flatnonzero(~np.asarray(pc.string_is_ascii(low), dtype=bool))
    if len(other):
        values[other] = [" ".join(t.split()) for t in low.take(pa.array(other)).to_pylist()]
    return pd.util.hash_array(values, categorize=False)


def _squeezed(low: Any) -> Any:
    """``" ".join(t.split())`` of each text of ``low`` (Arrow large strings, none missing), for
    the white space of ASCII: found with numpy on the UTF-8 bytes, where such a byte is always a
    whole character. A run of white space becomes one space where it follows another byte of
    its text, and none at a text's start or end.

    >>> import pyarrow as pa
    >>> _squeezed(pa.array(["  a \\t b  ", "", " ", "x", "p  q", "  ", "z "], type=pa.large_string())).to_pylist()
    ['a b', '', '', 'x', 'p q', '', 'z']
    """
    import pyarrow as pa

    offsets = np.frombuffer(low.buffers()[1], dtype=np.int64)[low.offset : low.offset + len(low) + 1]
    data = np.frombuffer(low.buffers()[2] or b"", dtype=np.uint8)[offsets[0] : offsets[-1]]
    offsets = offsets - offsets[0]
    if len(data) == 0:
        return low
    space = _ASCII_SPACE[data]
    gone = space & np.r_[True, space[:-1]]  # white space after white space (or at the start)
    starts, ends = offsets[:-1], offsets[1:]
    first = starts[starts < len(data)]
    gone[first] = space[first]  # a text's first byte follows no byte of its own
    removed = np.flatnonzero(gone)  # few: the spaces squeezed out
    # a text ending in white space keeps nothing of that run: the one byte it kept (its first) goes
    has = ends > starts
    last, start = ends[has] - 1, starts[has]
    trailing = space[last]
    last, start = last[trailing], start[trailing]
    if len(last):
        # the kept byte is ``last`` itself, or the byte before the stretch of bytes gone that ends there
        at = np.searchsorted(removed, last)
        was_gone = at < len(removed)
        was_gone[was_gone] = removed[at[was_gone]] == last[was_gone]
        kept = last.copy()
        if was_gone.any():
            stretch = np.r_[True, np.diff(removed) != 1]  # where each stretch of consecutive bytes gone starts
            first_of = removed[stretch][np.cumsum(stretch) - 1]  # each byte gone: its stretch's first
            kept[was_gone] = first_of[at[was_gone]] - 1
        kept = kept[kept >= start]  # (none where the text is white space only)
        if len(kept):
            gone[kept] = True
            removed = np.flatnonzero(gone)
    new = offsets - np.searchsorted(removed, offsets)
    out = np.where(space, np.uint8(32), data)
    out = out[~gone] if len(removed) else out
    return pa.LargeStringArray.from_buffers(len(low), pa.py_buffer(new), pa.py_buffer(out))


def _standard_texts(member: pd.DataFrame, length: np.ndarray, min_owners: int = 1) -> pd.Series:
    """Each text group's standard text: the one most members sent (the shortest, then the first,
    on a tie), by ``root``; groups whose best has fewer than ``min_owners`` senders have none."""
    per = member.groupby(["root", "text"])["owner"].nunique().rename("n").reset_index()
    per["len"] = length[per["text"].to_numpy()]
    per = per.sort_values(["root", "n", "len", "text"], ascending=[True, False, True, True]).drop_duplicates("root")
    per = per[per["n"] >= min_owners]
    return per.set_index("root")["text"]


def _merge_groups(member: pd.DataFrame, big: pd.Series) -> dict[int, int]:
    """Text groups that share at least two members and half of the smaller one's are one campaign
    (a template spread over several boxes); returns each group's campaign (its smallest root)."""
    roots = big.index.to_numpy()
    m = member[["root", "owner"]].drop_duplicates()
    both = m.merge(m, on="owner")
    both = both[both["root_x"] < both["root_y"]]
    shared = both.groupby(["root_x", "root_y"]).size().reset_index(name="n")
    if len(shared):
        small = np.minimum(big.reindex(shared["root_x"]).to_numpy(), big.reindex(shared["root_y"]).to_numpy())
        shared = shared[(shared["n"] >= 2) & (shared["n"] >= 0.5 * small)]
    index = {int(r): i for i, r in enumerate(roots)}
    a = np.array([index[int(x)] for x in shared["root_x"]], dtype=np.int64)
    b = np.array([index[int(x)] for x in shared["root_y"]], dtype=np.int64)
    label = _components(len(roots), a, b)
    return {int(r): int(roots[label[i]]) for i, r in enumerate(roots)}


def _member_kinds(member: pd.DataFrame, belongs: pd.DataFrame, length: np.ndarray, normal: np.ndarray) -> pd.Series:
    """ "identical" for a member whose text in every box of its campaign is that box's standard text
    (sent by at least two members), "varied" otherwise; in the order of ``belongs``."""
    std = _standard_texts(member, length, min_owners=2)
    mine = member.merge(belongs[["owner", "group"]], on=["owner", "group"])
    standard = mine["root"].map(std)
    has = standard.notna().to_numpy()
    same = np.zeros(len(mine), dtype=bool)
    same[has] = normal[mine["text"].to_numpy()[has]] == normal[standard[has].astype(np.int64).to_numpy()]
    mine = mine.assign(ok=same)
    # the boxes (text groups) of each campaign that have a standard text
    needed = member[member["root"].isin(std.index)].groupby("group")["root"].nunique()
    per = mine.groupby("owner").agg(all_ok=("ok", "all"))
    per["covered"] = mine[mine["ok"]].groupby("owner")["root"].nunique().reindex(per.index).fillna(0)
    per["needed"] = belongs.set_index("owner")["group"].map(needed).reindex(per.index).fillna(0)
    identical = per["all_ok"] & (per["covered"] >= per["needed"]) & (per["needed"] > 0)
    return identical.reindex(belongs["owner"].to_numpy()).map({True: "identical", False: "varied"})


class _TextSource:
    """The texts of the active distinct texts, fetched by where each was first seen."""

    def __init__(
        self,
        fetch: Fetch | None,
        rows: np.ndarray,
        cols: np.ndarray,
        names: list[str],
        keys: np.ndarray | None = None,
        cache: CheckCache | None = None,
    ):
        self.fetch, self.rows, self.cols, self.names = fetch, rows, cols, names
        self.keys, self.cache = keys, cache if keys is not None else None

    def verdicts(self, pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Which pairs' exact verdicts the cache holds, and the verdicts (0 where not)."""
        if self.cache is None or len(pairs) == 0:
            return np.zeros(len(pairs), dtype=bool), np.zeros(len(pairs), dtype=np.uint8)
        assert self.keys is not None
        found, values = self.cache.pairs.lookup(_pair_keys(self.keys[pairs[:, 0]], self.keys[pairs[:, 1]]))
        return found, values[:, 0].copy()

    def keep_verdicts(self, pairs: np.ndarray, verdicts: np.ndarray) -> None:
        if self.cache is not None and self.keys is not None and len(pairs):
            keys = _pair_keys(self.keys[pairs[:, 0]], self.keys[pairs[:, 1]])
            self.cache.pairs.add(keys, verdicts.reshape(-1, 1))

    def normal_keys(self, idx: np.ndarray) -> np.ndarray:
        """:func:`_normal_keys` of the texts ``idx``, from the cache where it holds them; the
        others fetched and computed 50,000 at a time (only those texts in memory at once)."""

        def computed(at: np.ndarray) -> np.ndarray:
            out = np.zeros(len(at), dtype=np.uint64)
            for start in range(0, len(at), 50_000):
                out[start : start + 50_000] = _normal_keys(self.get(at[start : start + 50_000]))
            return out

        if self.cache is None or self.keys is None or len(idx) == 0:
            return computed(idx)
        keys = _text_key_pairs(self.keys[idx])
        found, values = self.cache.normal.lookup(keys)
        out = values[:, 0].copy()
        todo = np.flatnonzero(~found)
        if len(todo):
            out[todo] = computed(idx[todo])
            self.cache.normal.add(keys[todo], out[todo].reshape(-1, 1))
        return out

    def get(self, idx: np.ndarray) -> pd.Series:
        if self.fetch is None:
            raise ValueError("texts are needed to confirm near matches: pass fetch")
        return self.fetch(self.rows[idx], [self.names[c] for c in self.cols[idx]])

    def shingle_sets(self, idx: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The distinct shingle hashes (32 bits) of each text ``idx``: all of them concatenated,
        and where each text's start and how many it has (in the order of ``idx``).

        Texts are fetched a column and a slice at a time and shingled as they come, so only one
        slice's texts are in memory (with ``idx`` in increasing order, a slice's texts lie in a
        few neighbouring batches, and each batch is read about once)."""
        if self.fetch is None:
            raise ValueError("texts are needed to confirm near matches: pass fetch")
        parts, counts, order = [], [], []
        cols = self.cols[idx]
        for c in pd.unique(cols):
            where = np.flatnonzero(cols == c)
            for start in range(0, len(where), 50_000):
                at = where[start : start + 50_000]
                part = self.fetch(self.rows[idx[at]], [self.names[c]] * len(at))
                sh, text_of = _shingle_hashes(part, k)
                # distinct per text; order kept, so each text's shingles stay together
                code = pd.unique((text_of.astype(np.uint64) << np.uint64(32)) | (sh >> np.uint64(32)))
                parts.append((code & np.uint64(0xFFFFFFFF)).astype(np.uint32))
                counts.append(np.bincount((code >> np.uint64(32)).astype(np.int64), minlength=len(part)))
            order.append(where)
        lengths_in_order = np.concatenate(counts)
        starts_in_order = np.cumsum(lengths_in_order) - lengths_in_order
        position = np.concatenate(order)
        starts, lengths = np.empty(len(idx), np.int64), np.empty(len(idx), np.int64)
        starts[position], lengths[position] = starts_in_order, lengths_in_order
        return np.concatenate(parts), starts, lengths


def frame_fetch(responses: pd.DataFrame) -> Fetch:
    """A fetcher reading texts from an in-memory responses table."""

    def fetch(rows: np.ndarray, columns: list[str]) -> pd.Series:
        cols = np.asarray(columns, dtype=object)
        if len(cols) and (cols == cols[0]).all():  # one column: Arrow-backed, no Python strings
            return responses[cols[0]].astype("string[pyarrow]").iloc[rows].reset_index(drop=True)
        out = np.empty(len(rows), dtype=object)
        for c in pd.unique(cols):
            m = cols == c
            out[m] = responses[c].astype("string").to_numpy(dtype=object)[rows[m]]
        return pd.Series(out, dtype="string")

    return fetch


# ============================================================================ the public functions
def find_duplicates(
    responses: pd.DataFrame, pii: pd.DataFrame, spec: Spec | None = None, keep: str = "latest", min_answers: int = 4
) -> pd.Series:
    """``duplicate_of`` for every response: the id of the submission kept, or missing.

    Parameters
    ----------
    responses, pii : DataFrame
        The processed tables (same respondents).
    keep : {"latest", "first"}
        Which submission of a group is kept: the latest by ``submitted_at`` (then by order
        received), or the first.
    min_answers : int
        Identical answers mark a duplicate only when at least this many questions were answered.
    """
    d = Deduper(spec, keep=keep, min_answers=min_answers)
    d.add(responses, pii, texts=False)
    return pd.Series(pd.array(d.duplicates(), dtype="string"), index=responses.index, name="duplicate_of")


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
    containment: float = 0.8,
    template_share: float = 0.5,
) -> pd.Series:
    """``campaign_id`` for every response whose free text is the same campaign text as others'.

    Every free-text answer of at least ``min_words`` words is a candidate (a template pasted into
    any box counts, whichever box it is). A group written by at least ``min_size`` different
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
    containment, template_share : float
        A text holding at least ``containment`` of another's shingles, and at least
        ``template_share`` as long as it, is the same campaign text with words added.
    """
    return find_campaign_members(
        responses,
        spec,
        similarity=similarity,
        min_words=min_words,
        min_size=min_size,
        num_perm=num_perm,
        seed=seed,
        exclude=exclude,
        shingle_words=shingle_words,
        containment=containment,
        template_share=template_share,
    )["campaign_id"]


def find_campaign_members(
    responses: pd.DataFrame,
    spec: Spec | None = None,
    similarity: float = 0.8,
    min_words: int = 30,
    min_size: int = 3,
    num_perm: int = 64,
    seed: int = 1,
    exclude: pd.Series | None = None,
    shingle_words: int = 3,
    containment: float = 0.8,
    template_share: float = 0.5,
) -> pd.DataFrame:
    """``campaign_id`` and ``campaign_member`` ("identical" or "varied") for every response; the
    arguments are those of :func:`find_campaigns`."""
    d = Deduper(
        spec,
        similarity=similarity,
        min_words=min_words,
        min_size=min_size,
        num_perm=num_perm,
        shingle_words=shingle_words,
        seed=seed,
        containment=containment,
        template_share=template_share,
    )
    d.add(responses)
    camp, kind = d.campaign_members(frame_fetch(responses), None if exclude is None else exclude.to_numpy(dtype=bool))
    return pd.DataFrame(
        {
            "campaign_id": pd.array(camp, dtype="string"),
            "campaign_member": pd.Categorical(kind, categories=list(CAMPAIGN_MEMBER_KINDS), ordered=True),
        },
        index=responses.index,
    )
