"""Speed and memory of svanalysis from a thousand to five million responses (``make bench``).

For each size, a synthetic online export is generated once (cached in ``benchmarks/data/``;
above a million responses, as shards of a million made side by side and joined), and each step is
run in its own process, best of ``--runs`` runs (one above 200,000 responses):

- **floor**: reading the same CSV with ``pyarrow.csv.read_csv``, every column as text, which no
  ingest can beat;
- **ingest**: ``svanalysis ingest`` from scratch (read, clean, code, deduplicate, validate,
  write), as the command runs by default: batches on a local Dask cluster of one worker per
  core for inputs of at least ``ingest.cluster_min_mb`` (in one process below that), the batch
  store kept beside the output (emptied before each run);
- **ingest --jobs 1 --no-cache**: the same in one process, keeping nothing (up to 1,000,000);
- **incremental**: the nightly case: the export grown by 1% new responses (appended, as a platform
  exports the whole file again), ingested into the output and store of the previous night's
  run; its ratio is to the floor of reading the grown file;
- **tables**: ``svanalysis tables`` (the publication CSVs and spreadsheet);
- **themes**: ``svanalysis themes assign`` with the synthetic example's code frame (five free-text
  fields), offline; its time is also given per 100,000 answers (the issue's bar: under a minute on
  2 cores), since the number of answers is not the number of responses (sizes up to
  ``--themes-max``);
- **report**: ``svanalysis report`` with the default grid (sizes up to ``--report-max``).

Wall time is measured around the process; CPU time is the user and system time of the whole
process tree (the command and every child it waited for: Dask workers, notebook kernels), which
says what a step costs on a machine shared with others; peak memory is the largest resident set
of the whole process tree (summed), sampled every 50 ms. The load average is recorded before
each step. Results are printed and written to ``benchmarks/results.json`` with the ratios to the
floor measured in the same run, the targets of issue #16 and whether each is met, the machine,
and package versions.

Usage: ``python benchmarks/run.py --sizes 1000 100000 1000000 5000000``
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import version
from pathlib import Path
from typing import Any

import psutil

HERE = Path(__file__).resolve().parent
# the exports (large: SVANALYSIS_BENCH_DATA puts them where there is room)
DATA = Path(os.environ.get("SVANALYSIS_BENCH_DATA") or HERE / "data")
BIN = Path(sys.executable).parent
SEED = 20190401
SHARD = 1_000_000  # responses per generated shard (the generator keeps a shard's respondents in memory)
GROWTH = 0.01  # the share of new responses a nightly run brings

FLOOR = """
import sys, csv
import pyarrow as pa
from pyarrow import csv as pacsv
path = sys.argv[1]
with open(path, encoding="utf-8-sig", newline="") as fh:
    ncol = len(next(csv.reader(fh)))
names = [f"c{i}" for i in range(ncol)]
t = pacsv.read_csv(path, read_options=pacsv.ReadOptions(column_names=names),
                   parse_options=pacsv.ParseOptions(newlines_in_values=True),
                   convert_options=pacsv.ConvertOptions(column_types={n: pa.string() for n in names}))
print(t.num_rows)
"""

# Targets of issue #16 (measured here, not asserted in tests).
TARGETS = {
    "ingest_time_vs_floor": {100_000: 12.0, 1_000_000: 10.0},
    "ingest_memory_vs_floor_from": (100_000, 2.0),
    "incremental_time_vs_floor": 2.0,
    "memory_gb_at_5m": 24.0,
}


def measure(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, float]:
    """Run ``cmd``; return its wall time, CPU time of the process tree, exit status, the peak
    summed RSS of its process tree and the load average before it started."""
    peak = 0
    tree_cpu: dict[int, float] = {}  # CPU seconds of every process of the tree, as last seen
    done = threading.Event()
    load = os.getloadavg()[0]
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env)
        ps = psutil.Process(proc.pid)

        def sample() -> None:
            nonlocal peak
            while not done.is_set():
                try:
                    procs = [ps, *ps.children(recursive=True)]
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    procs = []
                total = 0
                for q in procs:
                    try:
                        total += q.memory_info().rss
                        c = q.cpu_times()
                        tree_cpu[q.pid] = c.user + c.system
                    except (psutil.NoSuchProcess, psutil.AccessDenied):
                        pass
                peak = max(peak, total)
                done.wait(0.05)

        t = threading.Thread(target=sample, daemon=True)
        t.start()
        _, status, usage = os.wait4(proc.pid, 0)  # the rusage of the process and the children it waited for
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        done.set()
        t.join()
        err.seek(0)
        message = err.read().decode(errors="replace")
    if proc.returncode not in (0, 3):  # 3: some rows rejected on purpose (empty submissions)
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {message[-2000:]}")
    return {
        "seconds": round(seconds, 3),
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
        # sampled: also counts grandchildren nobody waits for (a report worker's notebook kernels)
        "tree_cpu_seconds": round(sum(tree_cpu.values()), 1),
        "peak_mb": round(peak / 2**20, 1),
        "exit": proc.returncode,
        "load_before": round(load, 2),
    }


def best_of(runs: int, cmd: list[str], setup=None) -> dict[str, float]:
    results = []
    for _ in range(runs):
        if setup:
            setup()
        results.append(measure(cmd))
    best = min(results, key=lambda r: r["seconds"])
    return {
        **best,
        "runs": [r["seconds"] for r in results],
        "cpu_runs": [r["cpu_seconds"] for r in results],
        "peak_mb_max": max(r["peak_mb"] for r in results),
    }


def _synth(n: int, seed: int, folder: Path) -> Path:
    csv_path = folder / "online_export.csv"
    if not csv_path.exists():
        subprocess.run(
            [
                str(BIN / "svanalysis"),
                "synth",
                "--export-only",
                "--n",
                str(n),
                "--seed",
                str(seed),
                "--out",
                str(folder),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return csv_path


def _append_rows(target: Path, source: Path) -> None:
    with open(target, "ab") as out, open(source, "rb") as fh:
        head = fh.read(1 << 20)
        fh.seek(head.index(b"\r\n") + 2)
        shutil.copyfileobj(fh, out, 1 << 24)


def export_for(n: int) -> Path:
    """The cached export of ``n`` responses: generated whole up to a million, else as shards of a
    million (the first is the million-response export, the others with the next seeds, two made
    at a time) joined into one file."""
    folder = DATA / str(n)
    csv_path = folder / "online_export.csv"
    if csv_path.exists():
        return csv_path
    if n <= SHARD:
        print(f"  generating {n:,} responses (cached in {folder}) ...", flush=True)
        return _synth(n, SEED, folder)
    shards = [(k, min(SHARD, n - k * SHARD)) for k in range(math.ceil(n / SHARD))]
    print(f"  generating {n:,} responses as {len(shards)} shards (cached in {folder}) ...", flush=True)

    def shard(k: int, size: int) -> Path:
        if k == 0 and size == SHARD:
            return export_for(SHARD)
        return _synth(size, SEED + k, DATA / f"shard-{k}-{size}")

    with ThreadPoolExecutor(max_workers=2) as pool:
        paths = list(pool.map(lambda ks: shard(*ks), shards))
    folder.mkdir(parents=True, exist_ok=True)
    tmp = csv_path.with_suffix(".part")
    shutil.copyfile(paths[0], tmp)
    for p in paths[1:]:
        _append_rows(tmp, p)
    os.replace(tmp, csv_path)
    for (k, size), p in zip(shards, paths, strict=True):
        if not (k == 0 and size == SHARD):
            shutil.rmtree(p.parent, ignore_errors=True)
    return csv_path


def grown_for(n: int) -> Path:
    """The export of ``n`` responses with 1% new ones appended (seeded apart, so their ids are new)."""
    folder = DATA / f"{n}-grown"
    csv_path = folder / "online_export.csv"
    if csv_path.exists():
        return csv_path
    base = export_for(n)
    extra = _synth(max(1, int(n * GROWTH)), SEED + 100, DATA / f"{n}-new")
    folder.mkdir(parents=True, exist_ok=True)
    tmp = csv_path.with_suffix(".part")
    shutil.copyfile(base, tmp)
    _append_rows(tmp, extra)
    os.replace(tmp, csv_path)
    shutil.rmtree(extra.parent, ignore_errors=True)
    return csv_path


def themes_step(runs: int, sv: str, processed: Path, work: Path) -> dict[str, object]:
    """``svanalysis themes assign`` with the synthetic example's frame; time per 100,000 answers too."""
    from svanalysis.synth.responses import theme_frame_yaml

    frame = work / "theme_frame.yaml"
    frame.write_text(theme_frame_yaml(), encoding="utf-8")
    cmd = [sv, "themes", "assign", str(processed), "--frame", str(frame), "--codes", str(work / "no-codes.csv")]
    res = best_of(runs, cmd)
    quality = json.loads((processed / "themes_quality.json").read_text(encoding="utf-8"))
    answers = sum(f["answers"] for f in quality["fields"].values())
    res["answers"] = answers
    res["seconds_per_100k_answers"] = round(res["seconds"] * 100_000 / max(answers, 1), 2)
    if res.get("cpu_seconds") is not None:
        res["cpu_seconds_per_100k_answers"] = round(res["cpu_seconds"] * 100_000 / max(answers, 1), 2)
    return res


def machine() -> dict[str, object]:
    return {
        "cores": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "packages": {
            p: version(p)
            for p in (
                "svanalysis",
                "pandas",
                "pyarrow",
                "numpy",
                "distributed",
                "fsspec",
                "papermill",
                "nbconvert",
                "matplotlib",
                "scikit-learn",
                "wordllama",
            )
        },
    }


STEPS = ("floor", "ingest", "incremental", "tables", "themes", "report")


def report_step(runs: int, sv: str, processed: Path, work: Path) -> dict[str, object]:
    """``svanalysis report`` with the default grid, from scratch each run; how many reports were built."""
    reports = work / "reports"

    def clear() -> None:
        shutil.rmtree(reports, ignore_errors=True)

    res = best_of(
        runs, [sv, "report", str(processed), "--out", str(reports), "--figures", str(work / "figures")], setup=clear
    )
    res["reports_built"] = len([p for p in (reports / "latest").glob("*.html") if p.name != "index.html"])
    return res


def partial(args: argparse.Namespace) -> None:
    """Measure only ``args.steps`` (e.g. the report grid); record them under their own key."""
    sv = str(BIN / "svanalysis")
    key = "report_grid" if args.steps == ["report"] else "steps_" + "_".join(args.steps)
    run = {"machine": machine(), "started": time.strftime("%Y-%m-%d %H:%M:%S"), "sizes": []}
    run["load_average_at_start"] = [round(x, 1) for x in os.getloadavg()]
    for n in args.sizes:
        print(f"\n== {n:,} responses", flush=True)
        csv_path = export_for(n)
        runs = args.runs if n <= 200_000 else 1
        work = Path(tempfile.mkdtemp(prefix=f"svbench-{n}-"))
        processed = work / "processed"
        row: dict[str, object] = {"responses": n, "file_mb": round(csv_path.stat().st_size / 2**20, 1)}
        if "floor" in args.steps:
            row["floor"] = best_of(runs, [sys.executable, "-c", FLOOR, str(csv_path)])
        ingest = [
            sv,
            "ingest",
            str(csv_path.parent),
            "--out",
            str(processed),
            "-q",
            "--overrides",
            str(work / "none.csv"),
            "--cache-dir",
            str(work / "cache"),
        ]

        def empty_cache(cache: Path = work / "cache") -> None:  # each run from scratch, as in a full run
            shutil.rmtree(cache, ignore_errors=True)

        ingested = best_of(runs if "ingest" in args.steps else 1, ingest, setup=empty_cache)
        if "ingest" in args.steps:
            row["ingest"] = ingested
        if "incremental" in args.steps:
            # the nightly run, as in a full run: the grown export into the output and store the run above left
            # (each timed run from the previous night's state, made again before it)
            row["floor_grown"], row["incremental"] = nightly_step(runs, ingest, grown_for(n), empty_cache)
            _incremental_ratios(row)
        if "tables" in args.steps:
            row["tables"] = best_of(runs, [sv, "tables", str(processed), "--out", str(work / "tables")])
        if "themes" in args.steps or "report" in args.steps:  # the grid has a themes report per framed field
            themes = themes_step(runs if "themes" in args.steps else 1, sv, processed, work)
            if "themes" in args.steps:
                row["themes"] = themes
        if "report" in args.steps and n <= args.report_max:
            row["report"] = report_step(min(runs, 2), sv, processed, work)
        for step in args.steps:
            if step in row:
                r = row[step]
                print(
                    f"  {step:7} {r['seconds']:8.2f} s  CPU {r['cpu_seconds'] or 0:8.1f} s "
                    f"(tree {r['tree_cpu_seconds']:.1f} s)  {r['peak_mb']:8.0f} MB",
                    flush=True,
                )
        run["sizes"].append(row)
        shutil.rmtree(work, ignore_errors=True)
    run["load_average_at_end"] = [round(x, 1) for x in os.getloadavg()]
    results = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else {}
    results[key] = run
    tmp = args.out.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, args.out)
    print(f"\nwrote {args.out} ({key})")


def nightly_step(runs: int, ingest: list[str], grown: Path, empty: Any) -> tuple[dict[str, float], dict[str, float]]:
    """The floor of reading the ``grown`` export, and the nightly run: the grown export ingested into the output and
    store that ``ingest`` (a command line, run just before) left, each timed run from that state, made again (with
    ``empty`` and ``ingest``) before every run after the first."""
    floor = best_of(runs, [sys.executable, "-c", FLOOR, str(grown)])
    nightly = [ingest[0], "ingest", str(grown.parent), *ingest[3:]]
    first = [True]

    def previous_night() -> None:
        if not first[0]:  # the store as the previous night left it
            empty()
            subprocess.run(ingest, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        first[0] = False

    return floor, best_of(runs, nightly, setup=previous_night)


def _incremental_ratios(row: dict[str, object]) -> None:
    """The nightly run's ratios to the floor of reading the grown export."""
    if "incremental" in row:
        grown = row["floor_grown"]
        inc = row["incremental"]
        inc["time_vs_floor"] = round(inc["seconds"] / grown["seconds"], 2)
        inc["cpu_vs_floor"] = round(inc["cpu_seconds"] / max(grown["cpu_seconds"], 0.01), 2)
        inc["memory_vs_floor"] = round(inc["peak_mb"] / max(grown["peak_mb"], 1), 2)


def _ratios(row: dict[str, object]) -> None:
    floor = row["floor"]
    for step in ("ingest", "ingest_one_process", "tables", "themes", "report"):
        if step in row:
            row[step]["time_vs_floor"] = round(row[step]["seconds"] / floor["seconds"], 1)
            row[step]["cpu_vs_floor"] = round(row[step]["cpu_seconds"] / max(floor["cpu_seconds"], 0.01), 1)
            row[step]["memory_vs_floor"] = round(row[step]["peak_mb"] / max(floor["peak_mb"], 1), 2)
    _incremental_ratios(row)
    if "incremental" in row:
        row["incremental"]["time_vs_ingest"] = round(row["incremental"]["seconds"] / row["ingest"]["seconds"], 3)


def _targets(sizes: list[dict[str, object]]) -> list[dict[str, object]]:
    """Each target of issue #16 against the figures of this run: met or missed, and by how much."""
    out = []
    by_n = {r["responses"]: r for r in sizes}
    for n, limit in TARGETS["ingest_time_vs_floor"].items():
        if n in by_n:
            got = by_n[n]["ingest"]["time_vs_floor"]
            out.append({"target": f"ingest at {n:,} within {limit:g}x the floor", "got": got, "met": got <= limit})
    first, limit = TARGETS["ingest_memory_vs_floor_from"]
    for n, r in sorted(by_n.items()):
        if n >= first:
            got = r["ingest"]["memory_vs_floor"]
            out.append(
                {"target": f"ingest memory at {n:,} within {limit:g}x the floor's", "got": got, "met": got <= limit}
            )
    for n, r in sorted(by_n.items()):
        if "incremental" in r:
            got = r["incremental"]["time_vs_floor"]
            limit = TARGETS["incremental_time_vs_floor"]
            out.append(
                {"target": f"+1% nightly run at {n:,} within {limit:g}x the floor", "got": got, "met": got <= limit}
            )
    if 5_000_000 in by_n:
        got = round(by_n[5_000_000]["ingest"]["peak_mb"] / 1024, 1)
        limit = TARGETS["memory_gb_at_5m"]
        out.append({"target": f"5,000,000 responses within {limit:g} GB", "got": got, "met": got <= limit})
    return out


# what a full run writes at the top level of the results file (and the note a person may add about it)
FULL_RUN_KEYS = (
    "machine",
    "started",
    "load_average_at_start",
    "ingest_chunk_rows",
    "ingest_jobs",
    "sizes",
    "time_growth_exponents",
    "targets",
    "load_average_at_end",
    "finished",
    "note",
)


def keep_earlier_runs(results: dict[str, Any], out: Path) -> dict[str, Any]:
    """A full run's ``results`` with the runs kept under keys of their own in ``out`` (runs of some steps only,
    earlier runs put aside by hand) beside it. The full run it replaces at the top level is kept too, under
    ``full_run_<the day it started>`` (unless that key is taken), with its note: none of its keys is left at the top
    level, where it would read as the new run's."""
    merged = dict(results)
    if out.exists():
        with contextlib.suppress(ValueError):
            earlier = json.loads(out.read_text(encoding="utf-8"))
            merged.update({k: v for k, v in earlier.items() if k not in results and k not in FULL_RUN_KEYS})
            last = {k: earlier[k] for k in FULL_RUN_KEYS if k in earlier}
            if "sizes" in last:
                day = str(last.get("started") or "undated")[:10].replace("-", "_")
                merged.setdefault(f"full_run_{day}", last)
    return merged


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 100_000, 1_000_000, 5_000_000])
    ap.add_argument("--runs", type=int, default=3, help="runs per step; the best counts (1 for sizes over 200,000)")
    ap.add_argument("--report-max", type=int, default=100_000, help="largest size to build reports for")
    ap.add_argument("--themes-max", type=int, default=1_000_000, help="largest size to assign themes for")
    ap.add_argument("--one-process-max", type=int, default=1_000_000, help="largest size for --jobs 1")
    ap.add_argument("--out", type=Path, default=HERE / "results.json")
    ap.add_argument(
        "--steps",
        nargs="+",
        choices=STEPS,
        default=list(STEPS),
        help="steps to measure (default: all); a step's inputs are made once, unmeasured, when their step is left "
        "out, and a run of some steps only is recorded under its own key of the results file, beside the last full run",
    )
    args = ap.parse_args()
    if set(args.steps) != set(STEPS):
        partial(args)
        return
    sv = str(BIN / "svanalysis")
    from svanalysis.core.settings import load_settings

    ingest_settings = load_settings()["ingest"]
    results: dict[str, object] = {
        "machine": machine(),
        "started": time.strftime("%Y-%m-%d %H:%M:%S"),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "ingest_chunk_rows": ingest_settings["chunk_rows"],
        "ingest_jobs": os.cpu_count(),
        "sizes": [],
    }
    for n in args.sizes:
        print(f"\n== {n:,} responses", flush=True)
        csv_path = export_for(n)
        grown = grown_for(n)
        runs = args.runs if n <= 200_000 else 1
        work = Path(tempfile.mkdtemp(prefix=f"svbench-{n}-"))
        processed, tables, cache = work / "processed", work / "tables", work / "cache"
        row: dict[str, object] = {
            "responses": n,
            "file_mb": round(csv_path.stat().st_size / 2**20, 1),
            "new_responses": int(n * GROWTH) or 1,
        }

        def show(step: str, r: dict[str, float]) -> None:
            print(
                f"  {step:<22} {r['seconds']:8.2f} s  cpu {r['cpu_seconds']:8.1f} s  {r['peak_mb']:8.0f} MB"
                f"  (load {r['load_before']:.1f})",
                flush=True,
            )

        row["floor"] = best_of(runs, [sys.executable, "-c", FLOOR, str(csv_path)])
        show("floor", row["floor"])
        base = [sv, "ingest", str(csv_path.parent), "--out", str(processed), "-q"]
        base += ["--overrides", str(work / "none.csv"), "--cache-dir", str(cache)]

        def empty_cache(cache: Path = cache) -> None:
            shutil.rmtree(cache, ignore_errors=True)

        row["ingest"] = best_of(runs, base, setup=empty_cache)
        show("ingest", row["ingest"])
        # the nightly run: the grown export into the output and store the run above left
        row["floor_grown"], row["incremental"] = nightly_step(runs, base, grown, empty_cache)
        show("floor (grown file)", row["floor_grown"])
        show("incremental (+1%)", row["incremental"])
        shutil.rmtree(cache, ignore_errors=True)
        if n <= args.one_process_max:
            one = [sv, "ingest", str(csv_path.parent), "--out", str(processed), "-q"]
            one += ["--overrides", str(work / "none.csv"), "--jobs", "1", "--no-cache"]
            row["ingest_one_process"] = best_of(runs, one)
            show("ingest --jobs 1", row["ingest_one_process"])
        row["tables"] = best_of(runs, [sv, "tables", str(processed), "--out", str(tables)])
        show("tables", row["tables"])
        if n <= args.themes_max:
            row["themes"] = themes_step(runs, sv, processed, work)
            show("themes", row["themes"])
            print(
                f"  ({row['themes']['answers']:,} answers: {row['themes']['seconds_per_100k_answers']:.1f} s"
                f" and CPU {row['themes']['cpu_seconds_per_100k_answers']:.1f} s per 100,000)",
                flush=True,
            )
        if n <= args.report_max:
            row["report"] = report_step(min(runs, 2), sv, processed, work)
            show("report", row["report"])
        _ratios(row)
        results["sizes"].append(row)
        shutil.rmtree(work, ignore_errors=True)
    sizes = results["sizes"]
    # how time grows between consecutive sizes: 1.0 is linear (start-up costs flatter it at small sizes)
    results["time_growth_exponents"] = [
        {
            "from": a["responses"],
            "to": b["responses"],
            **{
                step: round(
                    math.log(b[step]["seconds"] / a[step]["seconds"]) / math.log(b["responses"] / a["responses"]), 2
                )
                for step in ("floor", "ingest", "incremental", "tables", "themes")
                if step in a and step in b
            },
        }
        for a, b in itertools.pairwise(sizes)
    ]
    results["targets"] = _targets(sizes)
    results["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    results["finished"] = time.strftime("%Y-%m-%d %H:%M:%S")
    results = keep_earlier_runs(results, args.out)
    tmp = args.out.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, args.out)
    print(
        "\nresponses  file MB | floor s  MB | ingest s (x) cpu s  MB (x) | +1% s (x floor) | --jobs 1 s (x) | tables s | themes s | report s"
    )
    for r in sizes:
        i, f, inc = r["ingest"], r["floor"], r["incremental"]
        one = r.get("ingest_one_process")
        rep = f"{r['report']['seconds']:8.1f}" if "report" in r else "       -"
        ones = f"{one['seconds']:6.1f} ({one['time_vs_floor']:4.1f})" if one else "     -       "
        th = f"{r['themes']['seconds']:8.1f}" if "themes" in r else "       -"
        print(
            f"{r['responses']:>9,} {r['file_mb']:8.0f} | {f['seconds']:6.2f} {f['peak_mb']:5.0f} |"
            f" {i['seconds']:6.1f} ({i['time_vs_floor']:4.1f}) {i['cpu_seconds']:6.0f} {i['peak_mb']:6.0f} ({i['memory_vs_floor']:4.2f}) |"
            f" {inc['seconds']:6.1f} ({inc['time_vs_floor']:4.2f}) | {ones} | {r['tables']['seconds']:7.1f} | {th} | {rep}"
        )
    for t in results["targets"]:
        print(f"  {'met   ' if t['met'] else 'MISSED'} {t['target']}: {t['got']}")
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
