"""The executor: batches run here, on a local Dask cluster, or on a user's cluster; results come
back in the order they were handed over, and a local cluster's workers end with this process."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pytest

from svanalysis.ingest.executor import Executor


def _slow_square(x, delay, shared):
    time.sleep(delay)
    return x * x + shared


def test_in_this_process_results_are_in_order_and_get_the_shared_value():
    with Executor(jobs=1, shared=100) as ex:
        futures = [ex.submit(_slow_square, i, 0.0) for i in range(4)]
        assert [f.result() for f in futures] == [100, 101, 104, 109]
        assert ex.describe() == {"where": "this process", "workers": 1} and ex.client is None


def test_one_batch_never_starts_a_cluster():
    """Asked for two workers, with one batch to do: it runs here, and no process is started."""
    with Executor(jobs=2, shared=1) as ex:
        f = ex.submit(_slow_square, 3, 0.0)
        assert f.result() == 10
        assert ex.client is None and ex.describe() == {"where": "this process", "workers": 1}


@pytest.mark.slow
@pytest.mark.cluster
def test_a_local_cluster_returns_results_in_the_order_handed_over():
    """The first batch is the slowest; its result still comes first."""
    messages = []
    with Executor(jobs=2, shared=0, on_start=messages.append) as ex:
        futures = [ex.submit(_slow_square, i, d) for i, d in [(1, 1.5), (2, 0.0), (3, 0.0), (4, 0.0)]]
        assert [f.result() for f in futures] == [1, 4, 9, 16]
        assert ex.describe() == {"where": "local cluster", "workers": 2}
        addresses = list(ex.client.scheduler_info()["workers"])
        assert len(addresses) == 2 and all(a.startswith("tcp://127.0.0.1:") for a in addresses)  # loopback only
    assert messages and messages[0].startswith("batches run on a local cluster (2 workers)")
    assert ex.client is None


def _profiling(_x, shared):
    import dask

    return dask.config.get("distributed.worker.profile.enabled")


@pytest.mark.slow
@pytest.mark.cluster
def test_a_local_clusters_workers_do_not_profile_and_take_batches_outside_the_graph():
    """Dask's statistical profiler is off in the local workers (it cost about a tenth of their CPU
    time), and a batch's data reaches a worker as data scattered to it, not inside the task."""
    import pandas as pd
    from distributed import Event

    with Executor(jobs=2, shared=0) as ex:
        futures = [ex.submit(_profiling, i) for i in range(3)]
        assert [f.result() for f in futures] == [False, False, False]
        big = pd.DataFrame({"t": ["x" * 1000] * 5000})
        f = ex.submit(_held_until_told, big)
        # while the task waits, its arguments sit on a worker as scattered data (once it ends they
        # are released, so the check must come before: it raced with the task before)
        assert any(k.startswith("tuple-") for k in ex.client.who_has())
        Event("sv-test-go", client=ex.client).set()
        assert f.result() == 5000


def _held_until_told(df, shared):
    from distributed import Event

    Event("sv-test-go").wait(60)
    return len(df) + shared


@pytest.mark.slow
@pytest.mark.cluster
def test_local_workers_end_when_the_process_that_started_them_is_killed(tmp_path):
    import psutil

    script = textwrap.dedent(
        """
        import os, time
        from svanalysis.ingest.executor import Executor

        def pid(x, shared):
            return os.getpid()

        if __name__ == "__main__":
            ex = Executor(jobs=2)
            futures = [ex.submit(pid, i) for i in range(6)]
            print(" ".join(str(p) for p in sorted({f.result() for f in futures})), flush=True)
            time.sleep(120)
        """
    )
    path = tmp_path / "cluster.py"
    path.write_text(script)
    parent = subprocess.Popen([sys.executable, str(path)], stdout=subprocess.PIPE, text=True)
    pids = [int(x) for x in parent.stdout.readline().split()]
    assert len(pids) == 2 and parent.pid not in pids
    parent.kill()
    parent.wait()
    procs = []
    for p in pids:
        try:
            procs.append(psutil.Process(p))
        except psutil.NoSuchProcess:
            pass  # already gone
    _, alive = psutil.wait_procs(procs, timeout=20)
    assert not [p for p in alive if p.status() != psutil.STATUS_ZOMBIE]


@pytest.mark.slow
@pytest.mark.cluster
@pytest.mark.filterwarnings("error::UserWarning")
def test_a_local_cluster_takes_a_free_loopback_port_for_its_web_pages():
    """Dask serves its HTTP endpoints on port 8787 unless told otherwise, and warned on stderr
    ("Port 8787 is already in use") when another cluster held it; without bokeh there is no
    dashboard to point to."""
    import socket

    from svanalysis.ingest import executor

    holder = socket.socket()
    try:
        holder.bind(("127.0.0.1", 8787))
        holder.listen()
    except OSError:
        pass  # something else holds it already: the case under test
    try:
        with Executor(jobs=2, shared=0) as ex:
            assert [f.result() for f in [ex.submit(_slow_square, i, 0.0) for i in range(3)]] == [0, 1, 4]
            host, port = ex.cluster.scheduler.http_server.address, ex.cluster.scheduler.http_server.port
            assert host == "127.0.0.1" and port != 8787
            assert (ex.dashboard is None) == (not executor._has_dashboard())
    finally:
        holder.close()
