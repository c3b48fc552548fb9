"""Report builds: a grid of parameterised notebooks, executed with Papermill, rendered to HTML.

``build_reports`` executes every (notebook, parameters) job of a grid (default: ``data/
report_grid.yaml``; a user's YAML file replaces it) several at once across the machine's cores,
renders each executed notebook to self-contained HTML without code cells (nbconvert, images
embedded, nothing fetched from the network), and writes them into ``reports/<timestamp>/`` with an
``index.html``. ``reports/latest`` is switched to the new build only when the build is complete.
A notebook that fails does not stop the others: it is listed in the index with its error and the
build reports failure. A lock stops two builds (two cron runs) overlapping.

Notebooks are stored as Jupytext ``py:percent`` text (``notebooks/*.py``); they are converted in
memory, so no ``.ipynb`` is ever committed. Executed notebooks are kept beside the HTML
(``<name>.ipynb``) as immutable build outputs.

Each worker process keeps one kernel for all the notebooks it runs (started once, so imports are
paid once); every notebook begins with a hidden cell that empties the kernel's namespace and
closes open figures, so no state passes from one report to the next. A kernel that fails or times
out is replaced before the next notebook.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import json
import os
import re
import shutil
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from svanalysis.core.checks import check_choice
from svanalysis.core.io import read_user_yaml
from svanalysis.core.locking import LockHeldError, exclusive, recover_folder, replace_folder, write_pointer
from svanalysis.core.paths import REPORT_GRID_PATH, TEMPLATE_DIR, notebooks_dir, output_paths
from svanalysis.core.processed import resolve_processed
from svanalysis.core.settings import resolve_settings
from svanalysis.core.spec import Spec, load_spec
from svanalysis.core.version import __version__
from svanalysis.core.workers import exit_with_parent

__all__ = ["BuildResult", "Job", "ReportLockError", "build_reports", "load_grid", "render_html"]


class ReportLockError(LockHeldError):
    """Another report build holds the lock."""


@dataclass(frozen=True)
class Job:
    """One report: a notebook and its parameters."""

    notebook: str
    parameters: dict[str, Any] = field(default_factory=dict)
    title: str = ""

    @property
    def name(self) -> str:
        if not self.parameters:
            return self.notebook
        parts = [f"{k}-{_slug(str(v))}" for k, v in sorted(self.parameters.items()) if v not in ("", None)]
        return self.notebook + ("__" + "__".join(parts) if parts else "")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:60]


def load_grid(
    path: str | Path | None = None, spec: Spec | None = None, notebooks: str | Path | None = None
) -> list[Job]:
    """The report grid: a list of jobs, expanded from a YAML file.

    Each entry has ``notebook`` (the name of a notebook in ``notebooks``, by default the shipped
    report notebooks) and either ``parameters`` (one job) or ``for_each`` (one job per sector,
    region or option, taking the questionnaire's labels), plus optional fixed parameters.

    Raises
    ------
    ValueError
        Naming the file and entry that is wrong.
    """
    spec = spec or load_spec()
    folder = Path(notebooks) if notebooks else notebooks_dir()
    p = Path(path) if path else REPORT_GRID_PATH
    raw = read_user_yaml(p, "report grid")
    entries = raw.get("reports", raw) if isinstance(raw, dict) else raw
    if not isinstance(entries, list):
        raise ValueError(f"{p}: expected a list of reports")
    values = {"sector": spec.sectors, "region": spec.regions, "option": spec.option_numbers}
    jobs: list[Job] = []
    for i, e in enumerate(entries, start=1):
        if not isinstance(e, dict) or "notebook" not in e:
            raise ValueError(f"{p}: entry {i} has no 'notebook'")
        nb = str(e["notebook"])
        if not (folder / f"{nb}.py").exists():
            raise ValueError(f"{p}: entry {i}: no notebook {nb}.py in {folder}")
        fixed = e.get("parameters", {}) or {}
        if not isinstance(fixed, dict):
            raise ValueError(f"{p}: entry {i}, parameters: expected a mapping of name: value; got {fixed!r}")
        unknown = sorted(set(e) - {"notebook", "parameters", "for_each", "title"})
        if unknown:
            raise ValueError(
                f"{p}: entry {i}: unknown key(s) {unknown} (expected notebook, parameters, for_each, title)"
            )
        each = e.get("for_each")
        if each is None:
            jobs.append(Job(nb, fixed, e.get("title", "")))
            continue
        try:
            check_choice("for_each", each, sorted(values))
        except ValueError as exc:
            raise ValueError(f"{p}: entry {i}: {exc}") from None
        for v in values[each]:
            jobs.append(Job(nb, {**fixed, each: v}, e.get("title", "")))
    names = [j.name for j in jobs]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise ValueError(f"{p}: the grid makes the same report twice: {sorted(dupes)}")
    return jobs


def _notebook(name: str, folder: str | Path | None = None) -> Any:
    import jupytext

    nb = jupytext.read(Path(folder or notebooks_dir()) / f"{name}.py")
    nb.metadata.setdefault(
        "kernelspec", {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    )
    return nb


def render_html(nb: Any, title: str) -> str:
    """Self-contained HTML of an executed notebook: no code cells, images embedded, no network."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="svreport", extra_template_basedirs=[str(TEMPLATE_DIR)])
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    return body


def _quiet_worker(log_path: str) -> None:
    """Send a worker's (and its kernels') stderr to the build's log instead of the terminal; end the
    worker if the build's process is killed."""
    exit_with_parent()
    fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(fd, 2)
    os.close(fd)
    import logging

    logging.getLogger("papermill").setLevel(logging.ERROR)


_WEIGHT = {"costs_benefits": 4, "option_support": 2}  # rough running time relative to the others

_KERNEL: dict[str, Any] = {}  # the worker's kernel manager, kept across notebooks

RESET_SOURCE = "%reset -f\nimport matplotlib.pyplot as _plt\n_plt.close('all')\ndel _plt"


def _kernel(cwd: str) -> Any:
    """The worker's running kernel (started on first use, or again after a failure), in ``cwd``."""
    km = _KERNEL.get("km")
    if km is None or not km.is_alive():
        import atexit

        from jupyter_client.manager import KernelManager

        km = KernelManager(kernel_name="python3")
        km.start_kernel(cwd=cwd, extra_arguments=["--HistoryManager.hist_file=:memory:"])
        atexit.register(_stop_kernel)
        _KERNEL["km"] = km
    return km


def _stop_kernel() -> None:
    km = _KERNEL.pop("km", None)
    if km is not None:
        with contextlib.suppress(Exception):
            km.shutdown_kernel(now=True)


def _with_reset(nb: Any) -> Any:
    """The notebook with a first, hidden cell that empties the kernel's namespace."""
    import nbformat

    cell = nbformat.v4.new_code_cell(RESET_SOURCE)
    cell.metadata.update({"tags": ["svanalysis-reset"], "jupyter": {"source_hidden": True}})
    nb.cells.insert(0, cell)
    return nb


def _run_job(
    job: Job,
    processed: str,
    out_dir: str,
    figures: str,
    timeout: int,
    settings_path: str,
    cwd: str,
    unit_costs: str = "",
    notebooks: str = "",
) -> dict[str, Any]:
    """Execute one notebook and render it (runs in a worker process, its kernel in ``cwd``)."""
    import papermill as pm

    started = time.time()
    out = Path(out_dir)
    params = {**job.parameters, "processed_dir": processed, "figures_dir": figures, "settings_path": settings_path}
    if unit_costs:
        params["unit_costs"] = unit_costs
    nb = _notebook(job.notebook, notebooks or None)
    declared = _declared_parameters(nb)
    params = {k: v for k, v in params.items() if k in declared}
    nb = _with_reset(nb)
    ipynb = out / f"{job.name}.ipynb"
    result: dict[str, Any] = {
        "name": job.name,
        "notebook": job.notebook,
        "parameters": job.parameters,
        "html": f"{job.name}.html",
    }
    try:
        executed = pm.execute_notebook(
            nb,
            str(ipynb),
            parameters=params,
            kernel_name="python3",
            progress_bar=False,
            log_output=False,
            cwd=cwd,
            execution_timeout=timeout,
            report_mode=True,
            km=_kernel(cwd),  # the worker's kernel, kept for its next notebook
        )
        title = _title(executed, job)
        (out / f"{job.name}.html").write_text(render_html(executed, title), encoding="utf-8")
        result.update(status="ok", title=title)
    except Exception as exc:  # a failed notebook is reported, not fatal
        _stop_kernel()  # whatever state it was left in, the next notebook gets a fresh kernel
        msg = str(exc).strip().splitlines()
        short = next((line for line in reversed(msg) if line.strip()), type(exc).__name__)
        result.update(
            status="failed",
            error=_strip_ansi(short)[:500],
            detail=_strip_ansi("".join(traceback.format_exception_only(type(exc), exc)))[-3000:],
        )
        if ipynb.exists():
            with contextlib.suppress(Exception):
                import nbformat

                failed = nbformat.read(ipynb, as_version=4)
                (out / f"{job.name}.html").write_text(render_html(failed, f"FAILED: {job.name}"), encoding="utf-8")
    result["seconds"] = round(time.time() - started, 1)
    return result


def _strip_ansi(s: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", s)


def _declared_parameters(nb: Any) -> set[str]:
    for cell in nb.cells:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            return set(re.findall(r"^(\w+)\s*[:=]", cell.source, re.M))
    return set()


def _title(nb: Any, job: Job) -> str:
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            md = o.get("data", {}).get("text/markdown")
            if md:
                m = re.search(r"^#\s+(.+)$", "".join(md), re.M)
                if m:
                    return m.group(1).strip()
        if cell.cell_type == "markdown":
            m = re.search(r"^#\s+(.+)$", cell.source, re.M)
            if m:
                return m.group(1).strip()
    return job.title or job.name


@dataclass
class BuildResult:
    folder: Path
    index: Path
    results: list[dict[str, Any]]

    @property
    def failed(self) -> list[dict[str, Any]]:
        return [r for r in self.results if r["status"] != "ok"]

    @property
    def ok(self) -> bool:
        return not self.failed


def build_reports(
    processed: str | Path,
    root: str | Path | None = None,
    grid: str | Path | None = None,
    jobs: int | None = None,
    figures: str | Path | None = None,
    tables_dir: str | Path | None = None,
    timeout: int = 600,
    progress: Callable[[str, int, int], None] | None = None,
    only: list[str] | None = None,
    settings: Any = None,
    spec: Spec | None = None,
    unit_costs: str | Path | None = None,
    notebooks: str | Path | None = None,
) -> BuildResult:
    """Build every report of the grid into ``root/<timestamp>/`` and point ``root/latest`` at it.

    Parameters
    ----------
    processed : folder of the processed tables
    root : reports folder (default: the project's ``reports/``)
    grid : a report-grid YAML file (default: the shipped grid)
    jobs : notebooks run at once (default: the number of cores)
    figures : where the notebooks also publish their figures (default: the project's ``figures/``)
    tables_dir : a folder of publication tables to copy into the build and link from the index
    only : run only the jobs whose names start with one of these
    settings : mapping or path, optional
        The settings every notebook uses (default: the shipped ones). They are written into the
        build (``settings.yaml``) and passed to each notebook as its ``settings_path`` parameter.
    spec : the questionnaire (default: the shipped one)
    unit_costs : a unit-cost CSV for the cost reports (default: the shipped table)
    notebooks : a folder of report notebooks the grid names (default: the shipped ones)

    Raises
    ------
    FileNotFoundError
        If ``processed`` holds no processed tables.
    ReportLockError
        If another build of the same reports folder is running.
    """
    processed = resolve_processed(processed)
    defaults = output_paths()
    root = Path(root).resolve() if root else defaults.reports
    figures_dest = Path(figures).resolve() if figures else defaults.figures
    resolved = resolve_settings(settings)
    grid_jobs = load_grid(grid, spec, notebooks)
    if only:
        grid_jobs = [j for j in grid_jobs if any(j.name.startswith(o) for o in only)]
    jobs = jobs or os.cpu_count() or 1
    root.mkdir(parents=True, exist_ok=True)
    with exclusive(root / ".lock", "report build", ReportLockError):
        recover_folder(root / "latest")
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        final = root / stamp
        building = root / f".building-{stamp}"
        building.mkdir(parents=True)
        fig_dir = building / "figures"
        fig_dir.mkdir()
        settings_path = building / "settings.yaml"
        settings_path.write_text(yaml.safe_dump(resolved, sort_keys=False), encoding="utf-8")
        results: list[dict[str, Any]] = []
        with ProcessPoolExecutor(
            max_workers=jobs, initializer=_quiet_worker, initargs=(str(building / "build.log"),)
        ) as pool:
            # the longest notebooks first, so the last to finish are short ones (results keep grid order)
            by_length = sorted(grid_jobs, key=lambda j: -_WEIGHT.get(j.notebook, 1))
            futures = {
                pool.submit(
                    _run_job,
                    j,
                    str(processed),
                    str(building),
                    str(fig_dir),
                    timeout,
                    str(settings_path),
                    str(root),
                    str(Path(unit_costs).resolve()) if unit_costs else "",
                    str(Path(notebooks).resolve()) if notebooks else "",
                ): j
                for j in by_length
            }
            for k, fut in enumerate(as_completed(futures), start=1):
                j = futures[fut]
                try:
                    results.append(fut.result())
                except Exception as exc:  # a crashed worker
                    results.append(
                        {
                            "name": j.name,
                            "notebook": j.notebook,
                            "parameters": j.parameters,
                            "status": "failed",
                            "error": f"{type(exc).__name__}: {exc}",
                            "html": None,
                            "seconds": 0,
                        }
                    )
                if progress:
                    progress(j.name, k, len(grid_jobs))
        order = {j.name: i for i, j in enumerate(grid_jobs)}
        results.sort(key=lambda r: order.get(r["name"], 0))
        if tables_dir and Path(tables_dir).exists():
            shutil.copytree(tables_dir, building / "tables")
        _write_index(building, results, processed)
        building.rename(final)
        _switch_latest(root, final)
        _publish_figures(final / "figures", figures_dest)
    return BuildResult(final, final / "index.html", results)


def _switch_latest(root: Path, target: Path) -> None:
    """Point ``root/LATEST`` at ``target`` and make ``root/latest`` a complete copy of it.

    The pointer file is the atomic switch (see ``svanalysis.core.locking``); ``latest`` is a real
    folder of hard links to the build's files, so anything that looks inside it (a file browser,
    ``find``, a web server without symlinks) sees the reports, and it is replaced whole.
    """
    write_pointer(root / "LATEST", target.name)
    fresh = root / f".latest-{os.getpid()}"
    if fresh.exists():
        shutil.rmtree(fresh)
    try:
        shutil.copytree(target, fresh, copy_function=os.link)
    except OSError:  # a file system without hard links
        shutil.rmtree(fresh, ignore_errors=True)
        shutil.copytree(target, fresh)
    replace_folder(root / "latest", fresh)


FIGURE_SUFFIXES = (".png", ".svg", ".csv", ".txt")


def _publish_figures(src: Path, dest: Path) -> None:
    """Make the project's figures folder mirror the latest build's figures (the publication set)."""
    if not src.exists():
        return
    dest.mkdir(parents=True, exist_ok=True)
    for f in dest.iterdir():
        if f.is_file() and f.suffix in FIGURE_SUFFIXES:
            f.unlink()
    for f in src.iterdir():
        if f.is_file():
            shutil.copy2(f, dest / f.name)


def _write_index(folder: Path, results: list[dict[str, Any]], processed: Path) -> Path:
    ledger_path = processed / "ledger.json"
    ledger = json.loads(ledger_path.read_text(encoding="utf-8")) if ledger_path.exists() else {}
    t = ledger.get("totals", {})
    e = html.escape
    rows = []
    for r in results:
        params = ", ".join(f"{k} = {v}" for k, v in r.get("parameters", {}).items()) or "(defaults)"
        if r["status"] == "ok":
            link = f'<a href="{e(r["html"])}">{e(r.get("title", r["name"]))}</a>'
            status = "built"
        else:
            link = (
                f'<a href="{e(r["html"])}">{e(r["name"])}</a>'
                if r.get("html") and (folder / r["html"]).exists()
                else e(r["name"])
            )
            status = f'<strong class="fail">failed</strong>: {e(r.get("error", ""))}'
        rows.append(
            f"<tr><td>{link}</td><td>{e(r['notebook'])}</td><td>{e(params)}</td><td>{status}</td><td>{r.get('seconds', '')}</td></tr>"
        )
    files = "".join(
        f"<tr><td>{e(f['file'])}</td><td>{e(str(f.get('channel', f.get('kind', ''))))}</td><td>{e(str(f.get('layout', '')))}</td>"
        f"<td>{f.get('rows_read', 0)}</td><td>{f.get('responses', 0)}</td><td>{f.get('rejected', 0)}</td><td>{e(f.get('reason', ''))}</td></tr>"
        for f in ledger.get("files", [])
    )
    figs = sorted((folder / "figures").glob("*.png"))
    fig_links = "".join(
        f'<li><a href="figures/{e(p.name)}">{e(p.stem)}</a> (<a href="figures/{e(p.stem)}.svg">SVG</a>, '
        f'<a href="figures/{e(p.stem)}.csv">data</a>, <a href="figures/{e(p.stem)}.txt">text alternative</a>)</li>'
        for p in figs
    )
    tables = ""
    if (folder / "tables").exists():
        items = "".join(
            f'<li><a href="tables/{e(p.name)}">{e(p.name)}</a></li>' for p in sorted((folder / "tables").iterdir())
        )
        tables = f"<h2>Tables</h2><ul>{items}</ul>"
    failed = sum(1 for r in results if r["status"] != "ok")
    summary = f"{len(results) - failed} of {len(results)} reports built" + (
        f"; <strong class='fail'>{failed} failed</strong>" if failed else ""
    )
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Serious violence consultation: analysis reports</title>
<style>
body {{ font-family: Arial, "Liberation Sans", sans-serif; color: #0b0c0c; max-width: 64rem; margin: 2rem auto; padding: 0 1rem; }}
h1 {{ font-size: 1.8rem; }} h2 {{ border-top: 2px solid #12436d; padding-top: .5rem; }}
table {{ border-collapse: collapse; width: 100%; font-size: .9rem; }} th, td {{ text-align: left; border-bottom: 1px solid #b1b4b6; padding: .3rem .4rem; }}
th {{ background: #f3f2f1; }} .fail {{ color: #d4351c; }} .note {{ color: #505a5f; }}
</style></head><body>
<h1>Serious violence: new legal duty to support multi-agency action: analysis reports</h1>
<p class="note">Built {e(dt.datetime.now().strftime("%d %B %Y at %H:%M"))} by svanalysis {e(__version__)}. {summary}.
Results describe those who responded, not the public, and are not weighted.</p>
<h2>Inputs</h2>
<p>{t.get("files", 0)} files; {t.get("rows_read", 0):,} rows read; {t.get("responses", 0):,} responses; {t.get("rejected", 0):,} rejected;
{t.get("duplicates", 0):,} duplicates excluded from analysis; {t.get("campaigns", 0)} campaigns ({t.get("campaign_responses", 0):,} responses).
Ingested {e(str(ledger.get("finished", "")))}.</p>
<table><thead><tr><th>File</th><th>Channel</th><th>Layout</th><th>Rows read</th><th>Responses</th><th>Rejected</th><th>Reason</th></tr></thead><tbody>{files}</tbody></table>
<h2>Reports</h2>
<table><thead><tr><th>Report</th><th>Notebook</th><th>Parameters</th><th>Status</th><th>Seconds</th></tr></thead><tbody>{"".join(rows)}</tbody></table>
{tables}
<h2>Figures</h2><ul>{fig_links or "<li>none</li>"}</ul>
</body></html>
"""
    path = folder / "index.html"
    path.write_text(page, encoding="utf-8")
    return path
