"""One run's processed tables change together: a kill at any step of the swap leaves a complete set.

The kills are real: ingest runs in a child process that is ended (``os._exit``, as by SIGKILL: no
clean-up runs) at the chosen rename of the final swap.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pandas as pd
import pytest

from svanalysis.core.processed import (
    IncompleteSetError,
    check_output_folder,
    load_processed,
    resolve_processed,
    staging_prefix,
)
from svanalysis.ingest.pipeline import ingest
from svanalysis.synth.responses import write_online_export

# The child: ingest with the swap's renames counted, killed at the one named by argv[1]
# ("rename1", "rename2": instead of that rename; "cleanup": after both, as the old set is removed).
CHILD = textwrap.dedent(
    """
    import os, sys
    from svanalysis.core import locking

    when, raw, out, none = sys.argv[1:5]
    count = {"n": 0}

    class _Os:
        def __getattr__(self, name):
            return getattr(os, name)

        @staticmethod
        def replace(a, b):
            count["n"] += 1
            if when == f"rename{count['n']}":
                os._exit(137)
            return os.replace(a, b)

    class _Shutil:
        def __getattr__(self, name):
            import shutil
            return getattr(shutil, name)

        @staticmethod
        def rmtree(path, ignore_errors=False):
            if when == "cleanup":
                os._exit(137)
            import shutil
            shutil.rmtree(path, ignore_errors=ignore_errors)

    locking.os, locking.shutil = _Os(), _Shutil()
    from svanalysis.ingest.pipeline import ingest
    ingest([raw], out, overrides=none)
    """
)


def _set(folder):
    """What identifies a set: its run (manifest), and the rows of responses and of the PII table."""
    where = resolve_processed(folder)
    run = json.loads((where / "manifest.json").read_text())["run"]
    data = load_processed(folder)
    pii = pd.read_parquet(where / "pii.parquet")
    return run, len(data["responses"]), len(pii)


@pytest.mark.parametrize("when", ["rename1", "rename2", "cleanup"])
def test_a_kill_during_the_swap_leaves_a_complete_set(tmp_path, when):
    raw_a, raw_b, out = tmp_path / "a", tmp_path / "b", tmp_path / "processed"
    write_online_export(raw_a / "x.csv", 12, seed=1)
    write_online_export(raw_b / "x.csv", 20, seed=2)
    ingest([raw_a], out, overrides=tmp_path / "none.csv")
    before = _set(out)
    assert before[1:] == (12, 12)  # no duplicates or empty rows in so small an export
    child = subprocess.run(
        [sys.executable, "-c", CHILD, when, str(raw_b), str(out), str(tmp_path / "none.csv")],
        capture_output=True,
        text=True,
    )
    assert child.returncode == 137, child.stderr
    after = _set(out)
    if when == "cleanup":  # both renames done: the new set, whole
        assert after[1:] == (20, 20) and after[0] != before[0]
    else:  # the previous set, whole (mid-swap it waits beside the folder, and readers find it there)
        assert after == before
    # the killed run's staging folder (personal data) is there until the next run removes it
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".processed")]
    assert leftovers
    ingest([raw_b], out, overrides=tmp_path / "none.csv")
    assert _set(out)[1:] == (20, 20)
    # the staging folder is gone; the lock and the batch cache stay
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".processed")) == [
        ".processed.cache",
        ".processed.lock",
    ]


def test_a_changed_file_is_caught_on_read(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "processed"
    write_online_export(raw / "x.csv", 12, seed=1)
    ingest([raw], out, overrides=tmp_path / "none.csv")
    pd.read_parquet(out / "pii.parquet").head(3).to_parquet(out / "pii.parquet")  # another run's file
    with pytest.raises(IncompleteSetError, match=r"pii.parquet is not the file this set was written with"):
        resolve_processed(out)


def test_an_input_with_nothing_in_it_leaves_the_outputs_alone(tmp_path):
    from svanalysis.ingest.pipeline import NothingToIngest

    raw, out = tmp_path / "raw", tmp_path / "processed"
    write_online_export(raw / "x.csv", 12, seed=1)
    ingest([raw], out, overrides=tmp_path / "none.csv")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (raw / "x.csv").write_text("", encoding="utf-8")
    with pytest.raises(NothingToIngest, match=r"^no responses in the input \(1 file\(s\): x.csv: the file is empty\)"):
        ingest([raw], out, overrides=tmp_path / "none.csv")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(NothingToIngest, match=r"empty: no input files found; .*processed is left as it was"):
        ingest([empty], out, overrides=tmp_path / "none.csv")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_the_folder_skeleton_survives_and_foreign_files_are_refused(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "processed"
    write_online_export(raw / "x.csv", 12, seed=1)
    out.mkdir()
    (out / ".gitkeep").write_text("")
    (out / "README.md").write_text("processed tables go here")
    ingest([raw], out, overrides=tmp_path / "none.csv")
    assert (out / "README.md").read_text() == "processed tables go here" and (out / ".gitkeep").exists()
    (out / "my notes.docx").write_text("mine")
    with pytest.raises(ValueError, match=r"holds files svanalysis did not write \(my notes.docx\); choose a new"):
        check_output_folder(out)
    with pytest.raises(ValueError, match="is a file; the output must be a folder"):
        check_output_folder(out / "README.md")


def test_paths_are_resolved_before_anything_runs(tmp_path, monkeypatch):
    write_online_export(tmp_path / "raw" / "x.csv", 12, seed=1)
    monkeypatch.chdir(tmp_path)
    res = ingest(["raw"], "processed", overrides="none.csv")
    assert res.out == tmp_path / "processed" and res.out.is_absolute()
    assert json.loads((tmp_path / "processed" / "ledger.json").read_text())["files"][0]["path"] == str(
        tmp_path / "raw" / "x.csv"
    )


def test_staging_is_beside_the_folder_and_named_for_it(tmp_path):
    assert staging_prefix(tmp_path / "processed") == ".processed.staging-"


def test_a_worker_whose_parent_died_while_it_started_ends_too(tmp_path):
    """The parent is killed before the worker's watchdog starts: the worker, adopted by another
    process by then, must not watch that one; it ends instead of waiting for ever."""
    import psutil

    script = textwrap.dedent(
        """
        import multiprocessing, os, sys, time
        from svanalysis.core.workers import exit_with_parent

        def work():
            time.sleep(1.5)  # still starting when the parent is killed
            exit_with_parent(0.2)
            time.sleep(60)

        if __name__ == "__main__":
            child = multiprocessing.get_context("spawn").Process(target=work)
            child.start()
            print(child.pid, flush=True)
            time.sleep(60)
        """
    )
    path = tmp_path / "starting.py"
    path.write_text(script)
    parent = subprocess.Popen([sys.executable, str(path)], stdout=subprocess.PIPE, text=True)
    pid = int(parent.stdout.readline())
    child = psutil.Process(pid)
    parent.kill()
    parent.wait()
    gone, alive = psutil.wait_procs([child], timeout=15)
    alive = [p for p in alive if p.status() != psutil.STATUS_ZOMBIE]
    for p in alive:  # never leave it behind, whatever the outcome
        p.kill()
    assert not alive


def test_workers_end_with_their_parent(tmp_path):
    """Kill the parent of a pool whose workers run ``exit_with_parent``: the workers end too."""
    import psutil

    script = textwrap.dedent(
        """
        import multiprocessing, os, sys, time
        from concurrent.futures import ProcessPoolExecutor
        from svanalysis.core.workers import exit_with_parent

        if __name__ == "__main__":
            ctx = multiprocessing.get_context("spawn")
            pool = ProcessPoolExecutor(2, mp_context=ctx, initializer=exit_with_parent, initargs=(0.2,))
            pids = {f.result() for f in [pool.submit(os.getpid) for _ in range(4)]}
            print(" ".join(map(str, sorted(pids))), flush=True)
            time.sleep(60)
        """
    )
    path = tmp_path / "pool.py"
    path.write_text(script)
    parent = subprocess.Popen([sys.executable, str(path)], stdout=subprocess.PIPE, text=True)
    pids = [int(x) for x in parent.stdout.readline().split()]
    assert pids
    parent.kill()
    parent.wait()
    procs = []
    for p in pids:
        try:
            procs.append(psutil.Process(p))
        except psutil.NoSuchProcess:
            pass  # already gone
    gone, alive = psutil.wait_procs(procs, timeout=10)
    alive = [p for p in alive if p.status() != psutil.STATUS_ZOMBIE]
    assert not alive
    assert os.getpid() not in pids


def test_themes_are_read_once_and_again_when_rewritten(tmp_path, monkeypatch):
    """``load_themes`` keeps what it read, as the analysis tables are kept (a report kernel reads the
    themes once for all its notebooks): a caller's changes stay its own, a rewritten file is read again."""
    from svanalysis.core import processed
    from svanalysis.core.processed import load_themes, write_themes

    frame = "q7_text:\n- id: youth\n  name: Youth clubs\n"
    t = pd.DataFrame(
        {
            "respondent_id": ["a", "b"],
            "field": ["q7_text"] * 2,
            "theme": ["youth", "youth"],
            "confidence": [0.9, 0.8],
            "evidence": ["Reopen the youth club", "Clubs"],
            "method": ["model"] * 2,
        }
    )
    write_themes(t, frame, tmp_path)
    reads = []
    real = pd.read_parquet
    monkeypatch.setattr(pd, "read_parquet", lambda *a, **k: reads.append(a[0]) or real(*a, **k))
    first, text = load_themes(tmp_path)
    first.loc[0, "theme"] = "changed"  # the caller's own copy
    first.attrs["theme_frame"] = "mine"
    second, text2 = load_themes(tmp_path)
    assert len(reads) == 1 and text == text2 == frame
    assert second["theme"].tolist() == ["youth", "youth"] and second.attrs == {}
    assert second["confidence"].tolist() == [0.9, 0.8]
    write_themes(t.assign(theme=["youth", "police"]), frame, tmp_path)  # themes assigned again
    third, _ = load_themes(tmp_path)
    assert len(reads) == 2 and third["theme"].tolist() == ["youth", "police"]
    assert any(k[0] == str((tmp_path / "themes.parquet").resolve()) for k in processed._READS)
