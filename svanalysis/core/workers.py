"""Worker processes that end with their parent.

A process pool's workers wait on a queue whose other end lives in the parent; if the parent is
killed (SIGKILL, an out-of-memory kill, a closed terminal), nothing tells them, and they would
wait for ever, holding memory and the personal data of the batch they were given. Each worker
therefore starts :func:`exit_with_parent` (as, or from, the pool's ``initializer``): a daemon
thread that checks once a second that the parent is still the same process (``psutil`` compares
the process's creation time too, so a reused process id does not fool it) and ends the worker at
once when it is not. ``psutil`` works the same on Linux, macOS and Windows; Linux's
``PR_SET_PDEATHSIG`` would be immediate but is Linux only.

A worker whose parent dies while it is still starting (importing the libraries, before the
initializer runs) has already been adopted by another process (init, or a subreaper) when it
looks: it would watch that one for ever. So it compares its parent with the process that
started it (``multiprocessing.parent_process()``, known from the start) and ends at once when
they differ.
"""

from __future__ import annotations

import os
import threading

__all__ = ["exit_with_parent"]


def exit_with_parent(interval: float = 1.0) -> None:
    """Start a watchdog thread that ends this process when its parent process is gone."""
    import multiprocessing

    import psutil

    starter = multiprocessing.parent_process()
    if starter is not None and starter.pid != os.getppid():  # adopted: the parent died while this started
        os._exit(1)
    try:
        parent = psutil.Process(os.getppid())
    except psutil.Error:  # the parent is already gone
        os._exit(1)

    def watch() -> None:
        while True:
            try:
                alive = parent.is_running() and parent.status() != psutil.STATUS_ZOMBIE
            except psutil.Error:
                alive = False
            if not alive:
                os._exit(1)
            threading.Event().wait(interval)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
