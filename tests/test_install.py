"""svanalysis installed as a wheel (not editable), run from an unrelated folder, as an analyst would.

The wheel is built from this checkout and installed into a fresh virtual environment that borrows
the test environment's third-party packages (a ``.pth`` line, so nothing is downloaded) but not
its editable svanalysis. ``svanalysis run RAW --out DIR`` must find its questionnaire, settings,
notebooks and template inside the installed package, build every report of the default grid, and
write nothing outside DIR: not into the checkout, not into the current folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def _tracked_changes() -> str:
    res = subprocess.run(
        [
            "git",
            "status",
            "--porcelain",
            "--untracked-files=all",
            "--",
            "data",
            "reports",
            "figures",
            "tables",
            "build",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    return res.stdout if res.returncode == 0 else ""


def test_wheel_runs_the_whole_job_from_anywhere(tmp_path, example_raw):
    # build from a copy of the source, so the build's own folders are not left in the checkout
    src = tmp_path / "src"
    top_level = {".git", ".venv", "build", "dist", "data", "reports", "figures", "tables", "benchmarks"}

    def ignore(folder: str, names: list[str]) -> set[str]:
        skip = {n for n in names if n == "__pycache__" or n.endswith((".egg-info", "_cache"))}
        return skip | (top_level & set(names) if Path(folder) == ROOT else set())

    shutil.copytree(ROOT, src, ignore=ignore)
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels), str(src)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    wheel = next(wheels.glob("svanalysis-*.whl"))

    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = subprocess.run(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # third-party packages from the test environment; its editable svanalysis is not loaded (only a
    # site dir's .pth files install the editable finder, and this line adds a plain path)
    Path(site, "borrowed.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "--no-index", "-q", str(wheel)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, install.stderr[-3000:]

    elsewhere = tmp_path / "somewhere_else"
    elsewhere.mkdir()
    where = subprocess.run(
        [
            str(py),
            "-c",
            "import svanalysis, svanalysis.core.paths as p; print(svanalysis.__file__); print(p.notebooks_dir())",
        ],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert Path(where[0]).is_relative_to(env_dir) and Path(where[1]).is_relative_to(env_dir), where

    before = _tracked_changes()
    out = tmp_path / "out"
    cli = env_dir / ("Scripts/svanalysis.exe" if os.name == "nt" else "bin/svanalysis")
    env = {k: v for k, v in os.environ.items() if k not in ("SVANALYSIS_HOME", "PYTHONPATH")}
    # the borrowed packages' data files (nbconvert's base templates, the ipykernel spec) live under the
    # test environment's prefix; a real install has them under its own
    env["JUPYTER_PATH"] = str(Path(sys.prefix) / "share" / "jupyter")
    run = subprocess.run(
        [str(cli), "run", str(example_raw), "--out", str(out)],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        timeout=1500,
        env=env,
    )
    assert run.returncode in (0, 3), run.stdout[-3000:] + run.stderr[-3000:]
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "figures",
        "processed",
        "reports",
        "tables",
    ]
    latest = out / "reports" / "latest"
    from svanalysis.analysis.themes.frame import load_frame
    from svanalysis.publish.reports import load_grid

    # the example carries its code frame, so the run themes its free text: one themes report per field
    fields = list(load_frame(example_raw / "_manual" / "theme_frame.yaml"))
    # a sector's or region's report is not built when the segment has fewer responses than the
    # smallest base or statistic the shipped settings publish (min_statistic_n, 5): its every figure
    # would be withheld; the index lists it instead
    responses = pd.read_parquet(out / "processed" / "responses.parquet", columns=["q1_sector", "q3_region"])
    sizes = {
        "sector": responses["q1_sector"].value_counts(),
        "region": responses["q3_region"].value_counts(),
    }

    def too_small(job) -> bool:
        return any(
            job.parameters.get(key) and sizes[key].get(job.parameters[key], 0) < 5 for key in ("sector", "region")
        )

    jobs = load_grid(fields=fields)
    expected = {f"{j.name}.html" for j in jobs if not too_small(j)}
    built = {p.name for p in latest.glob("*.html")} - {"index.html"}
    assert built == expected
    index = (latest / "index.html").read_text(encoding="utf-8")
    if any(too_small(j) for j in jobs):
        assert "not built: fewer than 5 responses from" in index
    assert (out / "tables" / "tables.xlsx").exists() and list((out / "figures").glob("*.png"))
    assert not any(elsewhere.iterdir()), "nothing may be written into the current folder"
    assert _tracked_changes() == before, "nothing may be written into the checkout"
    assert not (Path(site) / "svanalysis" / "reports").exists()
