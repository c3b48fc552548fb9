"""Where ingest's per-batch work runs: in this process, on a local Dask cluster, or on yours.

Why it is shaped this way: cleaning, coding and the evidence for duplicates and campaigns are done
a batch of responses at a time, and batches do not depend on one another, so they can run side by
side. Dask's ``distributed`` scheduler runs them, on one machine or on many, with no pool of
worker processes written by hand:

- **one core, or one batch**: in this process, with no cluster at all;
- **by default**: a local cluster of one worker process per core (or ``jobs``), started when a
  second batch needs doing (one batch is done in this process). It listens on the loopback
  interface only, its workers end when this process ends however it ends (a watchdog in each
  worker, :func:`svanalysis.core.workers.exit_with_parent`), and it is closed when ingest returns;
- **with a scheduler address** (``--scheduler tcp://host:8786`` or ``ingest.scheduler`` in the
  settings): an existing cluster, however it was started (``dask scheduler`` and ``dask worker``
  by hand, Kubernetes, an HPC job queue through dask-jobqueue, a cloud through dask-gateway).
  Its workers need svanalysis installed, and must be able to reach the batch store (see
  ``svanalysis.ingest.store``).

Results come back in the order the batches were handed over, whatever finishes first, so the
outputs never depend on the number of workers. At most two batches per worker are in flight, so
this process never reads far ahead of the workers.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any

__all__ = ["Executor"]


class _Done:
    """A result computed in this process, with the interface of a future."""

    def __init__(self, value: Any):
        self.value = value

    def result(self) -> Any:
        return self.value


class _Deferred:
    """Work not started yet: it runs here when its result is asked for, unless a cluster started
    (for the next batch) before that, which then runs it."""

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...]):
        self.fn, self.args = fn, args
        self.future: Any = None
        self.done: _Done | None = None

    def result(self) -> Any:
        if self.future is not None:
            return self.future.result()
        if self.done is None:
            self.done = _Done(self.fn(*self.args))
        return self.done.result()


def _end_with_parent_plugin() -> Any:
    from distributed.diagnostics.plugin import WorkerPlugin

    class EndWithParent(WorkerPlugin):
        """Each worker of a local cluster ends when the process that started the cluster ends."""

        name = "svanalysis-end-with-parent"

        def setup(self, worker: Any) -> None:
            from svanalysis.core.workers import exit_with_parent

            exit_with_parent()

    return EndWithParent()


class Executor:
    """Runs functions of one batch each and hands the results back in order.

    Parameters
    ----------
    jobs : int
        Worker processes of the local cluster (0: one per core); 1 runs everything in this process.
    scheduler : str, optional
        The address of an existing Dask scheduler; ``jobs`` is then ignored.
    shared : object, optional
        Sent once to every worker (spec, settings, overrides) and passed to each call as its last
        argument; in this process, passed as it is.
    on_start : callable(message), optional
        Told once the cluster is up, with the address of its dashboard (or the scheduler's).

    Examples
    --------
    >>> with Executor(jobs=1, shared=10) as ex:
    ...     futures = [ex.submit(lambda x, k: x * k, i) for i in range(3)]
    ...     [f.result() for f in futures]
    [0, 10, 20]
    """

    def __init__(
        self,
        jobs: int = 1,
        scheduler: str | None = None,
        shared: Any = None,
        on_start: Callable[[str], None] | None = None,
    ):
        self.jobs = max(1, os.cpu_count() or 1) if jobs <= 0 else int(jobs)
        self.scheduler = scheduler or None
        self.shared = shared
        self.on_start = on_start
        self.started = False
        self.client: Any = None
        self.cluster: Any = None
        self._shared_future: Any = None
        self._waiting: _Deferred | None = None

    @property
    def distributed(self) -> bool:
        """Whether work may leave this process."""
        return self.scheduler is not None or self.jobs > 1

    @property
    def workers(self) -> int:
        """How many batches run at once."""
        if self.client is not None:
            return max(1, len(self.client.scheduler_info(n_workers=-1).get("workers", {})))
        return self.jobs if self.distributed else 1

    @property
    def dashboard(self) -> str | None:
        """The address of the cluster's dashboard (progress, workers, memory), once one runs."""
        if self.client is None or (self.cluster is not None and not _has_dashboard()):
            return None  # a local cluster without bokeh serves no dashboard page
        try:
            return self.client.dashboard_link
        except Exception:  # no dashboard (bokeh is not installed)
            return None

    def describe(self) -> dict[str, Any]:
        """Where the batches ran, for the ledger."""
        if not self.started:
            return {"where": "this process", "workers": 1}
        return {"where": self.scheduler or "local cluster", "workers": self.jobs if self.scheduler is None else None}

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Start ``fn(*args, shared)``; returns an object whose ``result()`` waits for it."""
        if not self.distributed:
            return _Done(fn(*args, self.shared))
        if self.client is None:
            if self._waiting is None:  # the first batch waits: it may be the only one
                self._waiting = _Deferred(fn, (*args, self.shared))
                return self._waiting
            self.start()
        return self._submit(fn, args)

    def start(self) -> None:
        """Start the local cluster (or connect to the scheduler), and hand over any waiting work."""
        if self.client is not None:
            return
        from distributed import Client, LocalCluster

        if self.scheduler is not None:
            self.client = Client(self.scheduler, timeout="30s")
        else:
            import dask

            # Dask's statistical profiler samples each worker's stack every 10 ms, which cost about a
            # tenth of the workers' CPU time in ingest; the dashboard's progress and task stream remain
            with dask.config.set({"distributed.worker.profile.enabled": False}):
                self.cluster = LocalCluster(
                    n_workers=self.jobs,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",  # loopback only: nothing listens on the network
                    # loopback, on a free port: with none given, Dask serves its HTTP endpoints on 8787
                    # whether or not bokeh is there, and warns on stderr when another cluster holds it
                    dashboard_address="127.0.0.1:0",
                    silence_logs=logging.ERROR,
                )
            self.client = Client(self.cluster)
            self.client.register_plugin(_end_with_parent_plugin())
        self.started = True
        self._shared_future = self.client.scatter(self.shared, broadcast=True, hash=False)
        if self.on_start is not None:
            where = self.scheduler or "a local cluster"
            self.on_start(
                f"batches run on {where} ({self.workers} workers)"
                + (f"; progress at {self.dashboard}" if self.dashboard else "")
            )
        d = self._waiting
        if d is not None and d.done is None:
            d.future = self._submit(d.fn, d.args[:-1])

    def _submit(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        """Send a batch's arguments straight to a worker, then the call that takes them: not inside
        the call itself, which would send them (tens of MB a batch) to the scheduler as part of its
        graph and from there to a worker, serialised twice on the way."""
        (data,) = self.client.scatter([args], direct=self.scheduler is None, hash=False)
        return self.client.submit(_apply, fn, data, self._shared_future, pure=False)

    def close(self) -> None:
        """Stop the local cluster (its workers end) or leave the user's cluster; waiting work is dropped."""
        self._waiting = None
        client, cluster = self.client, self.cluster
        self.client = self.cluster = self._shared_future = None
        if client is not None:
            try:
                client.close()
            finally:
                if cluster is not None:
                    cluster.close()

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _apply(fn: Callable[..., Any], args: tuple[Any, ...], shared: Any) -> Any:
    return fn(*args, shared)


def _has_dashboard() -> bool:
    import importlib.util

    return importlib.util.find_spec("bokeh") is not None
