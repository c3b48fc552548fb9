"""Speed and memory of svanalysis from a thousand to a million responses (``make bench``).

For each size, a synthetic online export is generated once (cached in ``benchmarks/data/``) and
each step is run in its own process, best of ``--runs`` runs:

- **floor**: reading the same CSV with ``pyarrow.csv.read_csv``, every column as text, which no
  ingest can beat;
- **ingest**: ``svanalysis ingest`` (read, clean, code, deduplicate, validate, write), with its
  default of one worker process per core, and again with ``--jobs 1`` (one process: slower, less
  memory);
- **tables**: ``svanalysis tables`` (the publication CSVs and spreadsheet);
- **themes**: ``svanalysis themes assign`` with the synthetic example's code frame (five free-text
  fields), offline; its time is also given per 100,000 answers (the issue's bar: under a minute on
  2 cores), since the number of answers is not the number of responses;
- **report**: ``svanalysis report`` with the default grid (sizes up to ``--report-max``).

Wall time is measured around the process; peak memory is the largest resident set of the
whole process tree (the process and every child, such as notebook kernels, summed), sampled
every 50 ms. Results are printed and written to ``benchmarks/results.json`` with ratios to the
floor, the machine, and package versions.

Usage: ``python benchmarks/run.py --sizes 1000 100000 1000000``
"""

from __future__ import annotations

import argparse
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
from importlib.metadata import version
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
BIN = Path(sys.executable).parent
SEED = 20190401

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


def measure(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, float]:
    """Run ``cmd``; return its wall time, CPU time, exit status and the peak summed RSS of its process tree.

    CPU time (user + system of the process and every child it waited for) is the better guide on a
    machine other work shares: wall time stretches with the load, CPU time barely does.
    """
    peak = 0
    tree_cpu: dict[int, float] = {}  # CPU seconds of every process of the tree, as last seen
    done = threading.Event()
    cpu_before = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
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
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    done.set()
    t.join()
    if proc.returncode not in (0, 3):  # 3: some rows rejected on purpose (empty submissions)
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {err.decode(errors='replace')[-2000:]}")
    cpu = _children_cpu() - cpu_before
    return {
        "seconds": round(seconds, 3),
        "cpu_seconds": round(cpu, 3) if cpu >= 0 else None,
        # sampled: also counts grandchildren nobody waits for (a report worker's notebook kernels)
        "tree_cpu_seconds": round(sum(tree_cpu.values()), 1),
        "peak_mb": round(peak / 2**20, 1),
        "exit": proc.returncode,
    }


def _children_cpu() -> float:
    """User + system CPU seconds of the waited-for children of this process so far (-inf where unknown)."""
    try:
        import resource  # POSIX only: benchmarks are run on Linux and macOS
    except ImportError:  # pragma: no cover - Windows
        return float("-inf")
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def best_of(runs: int, cmd: list[str], setup=None) -> dict[str, float]:
    results = []
    for _ in range(runs):
        if setup:
            setup()
        results.append(measure(cmd))
    best = min(results, key=lambda r: r["seconds"])
    return {**best, "runs": [r["seconds"] for r in results], "peak_mb_max": max(r["peak_mb"] for r in results)}


def export_for(n: int) -> Path:
    folder = DATA / str(n)
    csv_path = folder / "online_export.csv"
    if not csv_path.exists():
        print(f"  generating {n:,} responses (cached in {folder}) ...", flush=True)
        subprocess.run(
            [
                str(BIN / "svanalysis"),
                "synth",
                "--export-only",
                "--n",
                str(n),
                "--seed",
                str(SEED),
                "--out",
                str(folder),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
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
                "papermill",
                "nbconvert",
                "matplotlib",
                "scikit-learn",
                "wordllama",
            )
        },
    }


STEPS = ("floor", "ingest", "tables", "themes", "report")


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
        ]
        ingested = best_of(runs if "ingest" in args.steps else 1, ingest)
        if "ingest" in args.steps:
            row["ingest"] = ingested
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 100_000, 1_000_000])
    ap.add_argument("--runs", type=int, default=3, help="runs per step; the best counts (1 for sizes over 200,000)")
    ap.add_argument("--report-max", type=int, default=100_000, help="largest size to build reports for")
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
    results = {
        "machine": machine(),
        "started": time.strftime("%Y-%m-%d %H:%M:%S"),
        "ingest_chunk_rows": ingest_settings["chunk_rows"],
        "ingest_jobs": os.cpu_count(),
        "sizes": [],
    }
    for n in args.sizes:
        print(f"\n== {n:,} responses", flush=True)
        csv_path = export_for(n)
        runs = args.runs if n <= 200_000 else 1
        work = Path(tempfile.mkdtemp(prefix=f"svbench-{n}-"))
        processed, tables = work / "processed", work / "tables"
        row: dict[str, object] = {"responses": n, "file_mb": round(csv_path.stat().st_size / 2**20, 1)}
        row["floor"] = best_of(runs, [sys.executable, "-c", FLOOR, str(csv_path)])
        print(f"  floor   {row['floor']['seconds']:8.2f} s  {row['floor']['peak_mb']:8.0f} MB", flush=True)
        ingest = [
            sv,
            "ingest",
            str(csv_path.parent),
            "--out",
            str(processed),
            "-q",
            "--overrides",
            str(work / "none.csv"),
        ]
        row["ingest"] = best_of(runs, ingest)
        print(f"  ingest  {row['ingest']['seconds']:8.2f} s  {row['ingest']['peak_mb']:8.0f} MB", flush=True)
        row["ingest_one_process"] = best_of(runs, [*ingest, "--jobs", "1"])
        print(
            f"  ingest --jobs 1 {row['ingest_one_process']['seconds']:8.2f} s  "
            f"{row['ingest_one_process']['peak_mb']:8.0f} MB",
            flush=True,
        )
        row["tables"] = best_of(runs, [sv, "tables", str(processed), "--out", str(tables)])
        print(f"  tables  {row['tables']['seconds']:8.2f} s  {row['tables']['peak_mb']:8.0f} MB", flush=True)
        row["themes"] = themes_step(runs, sv, processed, work)
        print(
            f"  themes  {row['themes']['seconds']:8.2f} s  {row['themes']['peak_mb']:8.0f} MB  "
            f"({row['themes']['answers']:,} answers: {row['themes']['seconds_per_100k_answers']:.1f} s per 100,000; "
            f"CPU {row['themes']['cpu_seconds']:.1f} s)",
            flush=True,
        )
        if n <= args.report_max:
            row["report"] = report_step(min(runs, 2), sv, processed, work)
            print(f"  report  {row['report']['seconds']:8.2f} s  {row['report']['peak_mb']:8.0f} MB", flush=True)
        floor = row["floor"]
        for step in ("ingest", "ingest_one_process", "tables", "themes", "report"):
            if step in row:
                row[step]["time_vs_floor"] = round(row[step]["seconds"] / floor["seconds"], 1)
                row[step]["memory_vs_floor"] = round(row[step]["peak_mb"] / max(floor["peak_mb"], 1), 2)
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
                for step in ("floor", "ingest", "ingest_one_process", "tables", "themes")
            },
        }
        for a, b in itertools.pairwise(sizes)
    ]
    tmp = args.out.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, args.out)
    print(
        "\nresponses  file MB  floor s  floor MB | ingest s (x)  MB (x) | --jobs 1 s (x)  MB (x) | tables s  MB"
        " | themes s  MB  s/100k answers | report s  MB"
    )
    for r in sizes:
        i, o, t, th = r["ingest"], r["ingest_one_process"], r["tables"], r["themes"]
        rep = f"{r['report']['seconds']:8.1f} {r['report']['peak_mb']:5.0f}" if "report" in r else "       -     -"
        print(
            f"{r['responses']:>9,} {r['file_mb']:8.0f} {r['floor']['seconds']:8.2f} {r['floor']['peak_mb']:9.0f} |"
            f" {i['seconds']:6.1f} ({i['time_vs_floor']:4.1f}) {i['peak_mb']:5.0f} ({i['memory_vs_floor']:3.1f}) |"
            f" {o['seconds']:6.1f} ({o['time_vs_floor']:4.1f}) {o['peak_mb']:5.0f} ({o['memory_vs_floor']:3.1f}) |"
            f" {t['seconds']:7.1f} {t['peak_mb']:5.0f} |"
            f" {th['seconds']:7.1f} {th['peak_mb']:5.0f} {th['seconds_per_100k_answers']:8.1f} | {rep}"
        )
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
