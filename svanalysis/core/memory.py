"""Handing freed memory back to the system, for the steps whose peak grows with the consultation.

A step that works through a large consultation in parts (the ingest's batches, the theme step's
fields) frees most of what one part allocated before the next begins, but two allocators keep what
is freed for themselves: Arrow's memory pool (pandas' text columns are Arrow arrays) and the C
library's heap (numpy's smaller arrays and Python's objects). The resident size then grows part
after part though the data held does not, and the step's peak is the last part's work on top of
every earlier part's leftovers. :func:`returning_pool` makes Arrow allocate from a pool that hands
freed pages back after a short decay; :func:`release_memory` hands back, between parts, what both
allocators hold unused.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
from collections.abc import Iterator

__all__ = ["JEMALLOC_DECAY_MS", "release_memory", "returning_pool"]

# How long jemalloc keeps freed pages before handing them back (for its arenas made from then
# on). Measured at 100,000 responses in one ingest process, two to four runs each: 0 ms, peak
# 594-601 MB and 16-19 s of system time; 100 ms, 620-692 MB and 10-12 s; 1,000 ms, 665-741 MB and 9 s.
JEMALLOC_DECAY_MS = 100


@contextlib.contextmanager
def returning_pool() -> Iterator[None]:
    """Arrow's allocations through its jemalloc pool inside the block, where this pyarrow has one
    (Linux and macOS wheels), then the pool there was before. pyarrow's default, mimalloc, kept
    about 150 MB more resident at 100,000 responses in one ingest process (measured: peak 933 MB
    against 779 MB, the same CPU time): it keeps pages freed by one Arrow step for the next, where
    jemalloc hands them back to the system after ``JEMALLOC_DECAY_MS``, for the numpy and Python
    work between Arrow steps. A buffer is freed to the pool it came from, so arrays made here stay
    valid after."""
    import pyarrow as pa

    try:
        pa.jemalloc_set_decay_ms(JEMALLOC_DECAY_MS)
        pool = pa.jemalloc_memory_pool()
    except NotImplementedError:  # a pyarrow built without jemalloc (Windows): its default
        yield
        return
    before = pa.default_memory_pool()
    pa.set_memory_pool(pool)
    try:
        yield
    finally:
        pa.set_memory_pool(before)


@functools.cache
def _malloc_trim() -> object | None:
    """glibc's ``malloc_trim``, where the C library is glibc (Linux); None elsewhere."""
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):  # (musl, macOS, Windows: no such function)
        return None


def release_memory(heap: bool = False) -> None:
    """Hand memory freed by a part of the work back to the system: what Arrow's pool keeps, and
    with ``heap`` what the C library's heap keeps too (``malloc_trim``, where the C library is
    glibc; elsewhere nothing more). Costs a few milliseconds; call it between parts, not per row.

    >>> release_memory(heap=True)  # (nothing to see: the process's resident size falls, if anything was held)
    """
    import pyarrow as pa

    pa.default_memory_pool().release_unused()
    trim = _malloc_trim() if heap else None
    if trim is not None:
        trim(0)  # type: ignore[operator]
