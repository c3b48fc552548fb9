"""One build at a time, and switching a reader's view to a new build in one step, on any platform.

- **Locks** come from ``filelock`` (a well-kept cross-platform library: ``fcntl`` on POSIX,
  ``msvcrt`` on Windows, chosen when the lock is taken, so importing svanalysis never needs a
  platform-only module). A second build does not wait: it fails at once with a clear message, as a
  nightly job should.
- **The switch** of "the latest build" is a small pointer file (``LATEST``) replaced with
  ``os.replace``, which is atomic on POSIX and on Windows: a reader sees the old name or the new
  one, never half. A convenience folder that mirrors the latest build (``reports/latest``) is then
  refreshed by two directory renames under the lock; between them a reader may briefly find no
  folder, but never a mixed one, and the next build restores the previous folder if a crash fell in
  between (:func:`recover_folder`). Linux's ``renameat2(RENAME_EXCHANGE)`` would close that gap, but
  only on Linux; the pointer file is the portable, authoritative record.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock, Timeout

from svanalysis.core.io import write_text

__all__ = [
    "LockHeldError",
    "exclusive",
    "old_folder",
    "read_pointer",
    "recover_folder",
    "replace_folder",
    "write_pointer",
]


class LockHeldError(RuntimeError):
    """Another process holds the lock."""


@contextlib.contextmanager
def exclusive(lock_file: str | Path, what: str = "build", error: type[Exception] = LockHeldError) -> Iterator[None]:
    """Hold an exclusive lock on ``lock_file`` for the duration of the block, or fail at once.

    Raises
    ------
    LockHeldError (or ``error``)
        If another process holds it ("another build is running (lock held on ...)").

    Examples
    --------
    >>> import tempfile, pathlib
    >>> lock = pathlib.Path(tempfile.mkdtemp()) / ".lock"
    >>> with exclusive(lock):
    ...     pass
    """
    lock_file = Path(lock_file)
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(lock_file), timeout=0, is_singleton=False)
    try:
        lock.acquire()
    except Timeout:
        raise error(f"another {what} is running (lock held on {lock_file})") from None
    try:
        yield
    finally:
        lock.release()


def write_pointer(pointer: str | Path, value: str) -> None:
    """Point ``pointer`` (a one-line text file) at ``value``, atomically."""
    write_text(value + "\n", pointer)


def read_pointer(pointer: str | Path) -> str | None:
    """The value ``pointer`` holds, or None if there is no pointer yet."""
    try:
        return Path(pointer).read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None


def old_folder(target: str | Path) -> Path:
    """Where :func:`replace_folder` keeps the previous ``target`` during a switch."""
    target = Path(target)
    return target.with_name(f".{target.name}-old")


def recover_folder(target: str | Path) -> None:
    """Put back ``target`` from its previous copy if a crash left it missing mid-switch."""
    target = Path(target)
    old = old_folder(target)
    if old.exists() and not target.exists():
        os.replace(old, target)
    elif old.exists():
        shutil.rmtree(old, ignore_errors=True)


def replace_folder(target: str | Path, fresh: str | Path) -> None:
    """Replace the folder ``target`` by the complete folder ``fresh`` (call under a lock).

    The old folder is renamed aside, ``fresh`` renamed into place, then the old one removed.
    """
    target, fresh = Path(target), Path(fresh)
    recover_folder(target)
    old = old_folder(target)
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        target.unlink()
    if target.exists():
        os.replace(target, old)
    os.replace(fresh, target)
    shutil.rmtree(old, ignore_errors=True)
