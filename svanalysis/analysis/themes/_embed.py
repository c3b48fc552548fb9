"""Offline text vectors: WordLlama static embeddings (weights shipped in its wheel) and TF-IDF.

Why WordLlama: its wheel carries MIT-licensed token embeddings (32,000 x 256, 16 MB) and the
tokenizer, so nothing is fetched at run time, and embedding is a table look-up plus a weighted mean,
fast enough for 100,000 answers in seconds. Its loader looks for the tokenizer in a folder named
``tokenizer`` while the wheel ships it in ``tokenizers``; passing ``cache_dir`` = the package's own
folder makes the loader find both files there, and ``disable_download=True`` turns any miss into an
error instead of a download. Importing ``wordllama`` calls ``logging.basicConfig`` (a side effect on
the root logger), so the import is deferred to the first use and the root logger's handlers are
restored afterwards.

Pooling: the package's own mean over tokens weights "the" like "apprenticeship". Here each token is
weighted by a smooth inverse frequency, ``a / (a + p(token))``, with token frequencies estimated from
the texts being embedded plus a prior that down-weights the commonest English tokens. Vectors are
L2-normalised; callers remove the common direction of a field before comparing (see ``assign``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path

import numpy as np
from scipy import sparse

__all__ = ["StaticModel", "embed", "load_model", "pool", "sif_weights", "token_counts"]


@dataclass(frozen=True)
class StaticModel:
    """A static token-embedding model.

    Attributes
    ----------
    vectors : numpy.ndarray
        ``(vocab, dim)`` float32 token vectors.
    tokenizer : tokenizers.Tokenizer
        The matching tokenizer (padding and truncation off).
    name : str
        Where the model came from, for reports.
    """

    vectors: np.ndarray
    tokenizer: object
    name: str


@lru_cache(maxsize=2)
def load_model(config: str = "l2_supercat", dim: int = 256) -> StaticModel:
    """Load the WordLlama model shipped inside the ``wordllama`` wheel, never touching the network.

    Parameters
    ----------
    config : str
        WordLlama configuration; only ``"l2_supercat"`` ships in the wheel.
    dim : int
        Embedding dimension; only 256 ships in the wheel.

    Returns
    -------
    StaticModel

    Raises
    ------
    FileNotFoundError
        If the weights or tokenizer are not inside the installed package (no download is tried).
    """
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        import wordllama
        from wordllama import WordLlama
    finally:  # undo wordllama's logging.basicConfig at import
        for h in list(root.handlers):
            if h not in handlers:
                root.removeHandler(h)
        root.setLevel(level)
    package_dir = Path(wordllama.__file__).parent
    wl = WordLlama.load(config=config, dim=dim, cache_dir=package_dir, disable_download=True)
    tok = wl.tokenizer
    tok.no_padding()
    tok.no_truncation()
    vectors = np.ascontiguousarray(wl.embedding, dtype=np.float32)
    return StaticModel(vectors, tok, f"wordllama {wordllama.__version__} {config}_{dim}")


def token_counts(texts: list[str], model: StaticModel) -> sparse.csr_matrix:
    """Tokenise ``texts`` once into a ``(len(texts), vocab)`` sparse matrix of token counts.

    Counts add up: the counts of an answer are the sum of its clauses' counts, so an answer's vector
    can be had from its clauses' without tokenising twice (see :func:`pool`).
    """
    vocab = model.vectors.shape[0]
    if not texts:
        return sparse.csr_matrix((0, vocab), dtype=np.float32)
    enc = model.tokenizer.encode_batch([t.lower() for t in texts], add_special_tokens=False)
    lengths = np.fromiter((len(e.ids) for e in enc), dtype=np.int64, count=len(enc))
    indices = np.fromiter(chain.from_iterable(e.ids for e in enc), dtype=np.int64, count=int(lengths.sum()))
    np.clip(indices, 0, vocab - 1, out=indices)
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    counts = sparse.csr_matrix((np.ones(len(indices), dtype=np.float32), indices, indptr), shape=(len(texts), vocab))
    counts.sum_duplicates()
    return counts


def sif_weights(counts: sparse.spmatrix, a: float = 1e-3) -> np.ndarray:
    """Smooth inverse frequency weight per vocabulary id, ``a / (a + p(token))``, from token counts.

    Low ids in the Llama vocabulary are byte tokens and the commonest merges (punctuation, "the",
    "of"); they get a floor frequency so that a short corpus does not over-weight them.
    """
    freq = np.asarray(counts.sum(axis=0)).ravel().astype(np.float64)
    total = freq.sum()
    p = freq / total if total else freq
    prior = np.zeros_like(p)
    prior[:300] = 5e-3
    return (a / (a + np.maximum(p, prior))).astype(np.float32)


def pool(counts: sparse.spmatrix, model: StaticModel, weights: np.ndarray, normalise: bool = True) -> np.ndarray:
    """Weighted sum of token vectors per row of ``counts`` (L2-normalised unless told otherwise)."""
    out = np.asarray((sparse.csr_matrix(counts) @ sparse.diags(weights)) @ model.vectors, dtype=np.float32)
    if normalise:
        norms = row_norms(out)
        np.divide(out, norms, out=out, where=norms > 0)
    return out


def row_norms(x: np.ndarray, block: int = 8192) -> np.ndarray:
    """``np.linalg.norm(x, axis=1, keepdims=True)``, the same values, worked out ``block`` rows at a time: the whole
    array at once squares every element into a second array of ``x``'s size (at a million responses, a field's
    units take some 2 GB).

    >>> x = np.arange(12, dtype=np.float32).reshape(4, 3)
    >>> bool((row_norms(x, block=3) == np.linalg.norm(x, axis=1, keepdims=True)).all())
    True
    """
    out = np.empty((x.shape[0], 1), dtype=np.result_type(x.dtype, np.float32))
    for i in range(0, x.shape[0], block):
        out[i : i + block] = np.linalg.norm(x[i : i + block], axis=1, keepdims=True)
    return out


def embed(texts: list[str], model: StaticModel | None = None, weights: np.ndarray | None = None) -> np.ndarray:
    """Embed texts as SIF-weighted means of token vectors, L2-normalised.

    Parameters
    ----------
    texts : list of str
        Texts to embed (already distinct, for speed).
    model : StaticModel, optional
        Defaults to :func:`load_model`.
    weights : numpy.ndarray, optional
        Per-token weights; by default estimated from ``texts`` (:func:`sif_weights`).

    Returns
    -------
    numpy.ndarray
        ``(len(texts), dim)`` float32; a row of zeros for a text with no tokens.

    Examples
    --------
    >>> v = embed(["More police on the streets", "Officers patrolling on foot", "Youth clubs"])
    >>> bool(v[0] @ v[1] > v[0] @ v[2])
    True
    """
    model = model or load_model()
    counts = token_counts(list(texts), model)
    return pool(counts, model, sif_weights(counts) if weights is None else weights)
