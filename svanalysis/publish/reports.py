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

Each worker process keeps one kernel, and one client talking to it, for all the notebooks it runs
(started, and the reports' imports made, while the build prepares); every notebook begins with a
hidden cell that empties the kernel's namespace and closes open figures, so no state passes from
one report to the next. A cell past the build's timeout, or a kernel that dies, fails its report,
and the kernel is replaced before the next notebook.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
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

import numpy as np
import pandas as pd
import yaml

from svanalysis.core.checks import check_choice
from svanalysis.core.disclosure import publishable
from svanalysis.core.io import read_user_yaml
from svanalysis.core.locking import LockHeldError, exclusive, recover_folder, replace_folder, write_pointer
from svanalysis.core.paths import REPORT_GRID_PATH, TEMPLATE_DIR, notebooks_dir, output_paths
from svanalysis.core.processed import load_themes, resolve_processed
from svanalysis.core.settings import resolve_settings
from svanalysis.core.spec import Spec, load_spec
from svanalysis.core.version import __version__
from svanalysis.core.workers import exit_with_parent
from svanalysis.publish.themes import framed_fields

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
    path: str | Path | None = None,
    spec: Spec | None = None,
    notebooks: str | Path | None = None,
    fields: list[str] | None = None,
) -> list[Job]:
    """The report grid: a list of jobs, expanded from a YAML file.

    Each entry has ``notebook`` (the name of a notebook in ``notebooks``, by default the shipped
    report notebooks) and either ``parameters`` (one job) or ``for_each`` (one job per sector,
    region or option, taking the questionnaire's labels, or per ``field`` a signed-off code frame
    covers: ``fields``, none when no themes were assigned), plus optional fixed parameters.

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
    values = {"sector": spec.sectors, "region": spec.regions, "option": spec.option_numbers, "field": fields or []}
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


_PARSED: dict[tuple[str, int, int], Any] = {}  # notebooks parsed in this process, by path, size and time


def _notebook(name: str, folder: str | Path | None = None) -> Any:
    """The notebook, parsed from its Jupytext text: a new copy each time (papermill and the reset
    cell change it), parsed once per worker while the file is unchanged (a worker runs the same
    five notebooks for every sector and region)."""
    import copy

    import jupytext

    path = Path(folder or notebooks_dir()) / f"{name}.py"
    st = path.stat()
    key = (str(path.resolve()), st.st_size, st.st_mtime_ns)
    if key not in _PARSED:
        nb = jupytext.read(path)
        nb.metadata.setdefault(
            "kernelspec", {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
        )
        _PARSED[key] = nb
    return copy.deepcopy(_PARSED[key])


_EXPORTER: dict[str, Any] = {}  # one HTML exporter per process: its templates are compiled once

# the opening tags nbconvert's HTML exporter makes focusable (tabindex="0") after rendering its template:
# the notebook's input wrappers and output areas
_ATTRS = r"""(?:[^>"']|"[^"]*"|'[^']*')*"""  # a tag's attributes, quoted values may hold ">"
_FOCUSABLE = re.compile(
    rf"""<div\b({_ATTRS}?\sclass\s*=\s*(["'])(?:(?!\2).)*?(?<![\w-])jp-(?:Cell-inputWrapper|OutputArea-output)(?![\w-])(?:(?!\2).)*\2{_ATTRS})>""",
    re.IGNORECASE,
)
_IMG = re.compile(rf"<img\b({_ATTRS}?)\s*(/?)>", re.IGNORECASE)
_HAS_ALT = re.compile(r"""(?:^|\s)alt\s*=|(?:^|\s)alt(?=\s|/|$)""", re.IGNORECASE)
_QUOTED = re.compile(r""""[^"]*"|'[^']*'""")
_NOT_MARKUP = re.compile(r"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
NO_ALT = "No description has been provided for this image"  # nbconvert's own words


def _amend_tags(part: str) -> str:
    part = _FOCUSABLE.sub(r'<div\1 tabindex="0">', part)

    def img(m: re.Match[str]) -> str:
        if _HAS_ALT.search(_QUOTED.sub('""', m.group(1))):  # an alt of its own (not inside another value)
            return m.group(0)
        return f'<img{m.group(1)} alt="{NO_ALT}"{m.group(2)}>'

    return _IMG.sub(img, part)


def _accessible(page: str) -> str:
    """What nbconvert's ``HTMLExporter`` adds to a rendered page: ``tabindex="0"`` on each
    input wrapper and output area, an ``alt`` on any image without one (none here: the template gives
    every chart its text alternative). nbconvert does it by parsing the whole page with BeautifulSoup
    and writing it out again, two thirds of the export's time for pages that carry their charts as
    base64 PNG; here each opening tag is amended in place. The page parses to the same document
    (a test compares the two through BeautifulSoup)."""
    out, at = [], 0
    for m in _NOT_MARKUP.finditer(page):  # scripts, styles and comments are left as they are
        out += [_amend_tags(page[at : m.start()]), m.group(0)]
        at = m.end()
    out.append(_amend_tags(page[at:]))
    return "".join(out)


def _exporter() -> Any:
    """The process's HTML exporter: nbconvert's, rendering its template without the BeautifulSoup pass
    (``_accessible`` does what that pass does)."""
    exporter = _EXPORTER.get("html")
    if exporter is None:
        from nbconvert import HTMLExporter
        from nbconvert.exporters.templateexporter import TemplateExporter
        from nbconvert.filters.highlight import Highlight2HTML
        from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

        class ReportExporter(HTMLExporter):
            def from_notebook_node(self, nb: Any, resources: Any = None, **kw: Any) -> tuple[str, Any]:
                # as HTMLExporter.from_notebook_node, up to its BeautifulSoup pass
                lang = nb.metadata.get("language_info", {})
                lexer = lang.get("pygments_lexer", lang.get("name", None))
                resources = self._init_resources(resources)
                self.register_filter(
                    "highlight_code",
                    self.filters.get("highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self)),
                )
                self.register_filter(
                    "filter_data_type",
                    WidgetsDataTypeFilter(notebook_metadata=self._nb_metadata, parent=self, resources=resources),
                )
                page, resources = TemplateExporter.from_notebook_node(self, nb, resources, **kw)
                return _accessible(page), resources

        exporter = ReportExporter(template_name="svreport", extra_template_basedirs=[str(TEMPLATE_DIR)])
        exporter.exclude_input = True
        exporter.exclude_input_prompt = True
        exporter.exclude_output_prompt = True
        # the notebook is validated once, after the last preprocessor, not after each of the twelve (most of them
        # switched off): each validation walks the whole executed notebook, images and all, through jsonschema
        exporter.optimistic_validation = True
        _EXPORTER["html"] = exporter
    return exporter


def render_html(nb: Any, title: str) -> str:
    """Self-contained HTML of an executed notebook: no code cells, images embedded, no network.

    The notebook node is rendered as it is (never written and read back); the exporter, whose
    Jinja templates take a third of a second to compile, is made once per process and reused.
    """
    body, _ = _exporter().from_notebook_node(nb, resources={"metadata": {"name": title}})
    return body


def _without_iri_grammar() -> None:
    """Keep jsonschema from importing ``rfc3987_syntax`` in this process.

    Papermill and nbconvert validate notebooks with nbformat, which imports jsonschema; jsonschema
    imports the optional ``rfc3987_syntax`` (installed with JupyterLab's dependencies) to check the
    "iri" formats, and that module compiles its grammar when imported: about a second of CPU in each
    worker of a build, for formats the notebook schema does not use (nbformat does not check formats
    at all). Marked absent, the import fails as jsonschema expects of an optional module.
    """
    import sys

    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[assignment]


def _quiet_worker(log_path: str) -> None:
    """Send a worker's (and its kernels') stderr to the build's log instead of the terminal; end the
    worker if the build's process is killed."""
    exit_with_parent()
    _without_iri_grammar()
    fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(fd, 2)
    os.close(fd)
    logging.getLogger("papermill").setLevel(logging.ERROR)


_WEIGHT = {"costs_benefits": 4, "option_support": 2}  # rough running time relative to the others
# notebooks whose reports (one per option) draw the same charts: the first draws them and the others
# take them from the build's figures folder, so only the first is long
_SAME_CHARTS = {"costs_benefits"}


def _running_order(jobs: list[Job]) -> list[Job]:
    """The jobs, longest first, so the last to finish are short ones (results keep the grid's order).

    The reports of a notebook in ``_SAME_CHARTS`` after its first are short, and run among the
    short ones: started at the same time as the first, each would draw the charts the first is still
    drawing (two of the three cost reports did, on a build of two workers).
    """
    seen: set[str] = set()
    weight = {}
    for j in jobs:
        weight[j.name] = 1 if j.notebook in seen else _WEIGHT.get(j.notebook, 1)
        if j.notebook in _SAME_CHARTS:
            seen.add(j.notebook)
    return sorted(jobs, key=lambda j: -weight[j.name])


_KERNEL: dict[str, Any] = {}  # the worker's kernel manager and its client, kept across notebooks

# Empties the namespace, closes figures, then freezes what is left (modules, caches): IPython's reset
# runs two full garbage collections, and every full collection walks every object the kernel
# holds (about 300,000 after a few reports, 0.15 s a walk); frozen objects are not walked again,
# so each later collection looks only at what the last notebook made. Nothing a report shows
# depends on when garbage is collected.
RESET_SOURCE = (
    "%reset -f\nimport matplotlib.pyplot as _plt\n_plt.close('all')\ndel _plt\n"
    "import gc as _gc\n_gc.collect()\n_gc.freeze()\ndel _gc"
)


def _kernel(cwd: str) -> Any:
    """The worker's running kernel (started on first use, or again after a failure), in ``cwd``.

    Its manager is jupyter_client's asynchronous one, as nbclient makes for itself: with the blocking
    one, nbclient's wait for a cell's output blocks its event loop, so neither the build's timeout nor
    its check that the kernel is alive ever ran, and a cell that never ended, or a kernel that died,
    held the build for ever.
    """
    from jupyter_core.utils import run_sync

    km = _KERNEL.get("km")
    if km is None or not run_sync(km.is_alive)():
        _stop_kernel()
        import atexit

        from jupyter_client.manager import AsyncKernelManager

        km = AsyncKernelManager(kernel_name="python3")
        run_sync(km.start_kernel)(cwd=cwd, extra_arguments=["--HistoryManager.hist_file=:memory:"])
        atexit.register(_stop_kernel)
        _KERNEL["km"] = km
    return km


def _client() -> Any:
    """The worker's kernel client, kept across notebooks (``_register_engine``); started on first use."""
    from jupyter_core.utils import run_sync

    kc = _KERNEL.get("kc")
    if kc is None:
        kc = _KERNEL["km"].client()
        kc.start_channels()
        try:
            run_sync(kc.wait_for_ready)(timeout=60)
        except BaseException:
            kc.stop_channels()
            raise
        kc.allow_stdin = False
        _KERNEL["kc"] = kc
    return kc


# what the report notebooks import, imported by each kernel as it starts (``_warm_up``)
WARM_UP_SOURCE = (
    "import matplotlib.pyplot, pandas, IPython.display\n"
    "import svanalysis, svanalysis.analysis.costs, svanalysis.analysis.shared, svanalysis.publish.findings,"
    " svanalysis.publish.present"
)


def _warm_up(cwd: str) -> None:
    """Start this worker's kernel (in ``cwd``) and import in it what the reports import, before its first
    notebook: a build's process runs this in its workers while it is still preparing. The imports
    leave no names (each notebook empties the namespace first) and change nothing a report shows."""
    from jupyter_core.utils import run_sync

    _kernel(cwd)
    try:
        run_sync(_client().execute_interactive)(
            WARM_UP_SOURCE, store_history=False, allow_stdin=False, timeout=120, output_hook=lambda msg: None
        )
    except BaseException:
        _stop_kernel()  # in whatever state: the first notebook starts a fresh kernel
        raise


def _stop_kernel() -> None:
    kc = _KERNEL.pop("kc", None)
    if kc is not None:
        with contextlib.suppress(Exception):
            kc.stop_channels()
    km = _KERNEL.pop("km", None)
    if km is not None:
        from jupyter_core.utils import run_sync

        with contextlib.suppress(Exception):
            run_sync(km.shutdown_kernel)(now=True)


KEPT_CLIENT_ENGINE = "svanalysis-kept-client"
_ENGINE_REGISTERED: list[Any] = []  # the engine class, once registered in this process


def _register_engine() -> str:
    """Register (once per process) the papermill engine the build runs notebooks with, and return its name.

    It is papermill's own ``nbclient`` engine, except that the client talking to the worker's kernel
    is kept from one notebook to the next, as the kernel is. Papermill makes a new client for each
    notebook, and a new client waits for the kernel to be ready and then listens to its output
    channel until 0.2 s pass with nothing on it (jupyter_client's ``wait_for_ready``): 0.2 s of
    nothing before every notebook, a sixth of a build's time at 1,000 responses. A kept client is
    connected already; the messages it reads for a cell are those answering that cell's request.
    """
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine, papermill_engines
    from papermill.utils import merge_kwargs, remove_args

    if _ENGINE_REGISTERED:
        return KEPT_CLIENT_ENGINE

    class KeptClientEngine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(
            cls,
            nb_man: Any,
            kernel_name: str,
            log_output: bool = False,
            stdout_file: Any = None,
            stderr_file: Any = None,
            start_timeout: int = 60,
            execution_timeout: int | None = None,
            **kwargs: Any,
        ) -> Any:
            # the arguments as NBClientEngine.execute_managed_notebook makes them
            kwargs = remove_args(["input_path"], **kwargs)
            safe_kwargs = remove_args(["timeout", "startup_timeout"], **kwargs)
            final_kwargs = merge_kwargs(
                safe_kwargs,
                timeout=execution_timeout if execution_timeout else kwargs.get("timeout"),
                startup_timeout=start_timeout,
                kernel_name=kernel_name,
                log=logging.getLogger("papermill"),
                log_output=log_output,
                stdout_file=stdout_file,
                stderr_file=stderr_file,
            )
            client = PapermillNotebookClient(nb_man, **final_kwargs)
            kept = client.km is _KERNEL.get("km")
            if kept:
                client.kc = _KERNEL.get("kc")  # None at first: the client starts one, kept below
            try:
                return client.execute()
            finally:  # kept even when the notebook fails, so that stopping the kernel stops it too
                if kept and client.kc is not None:
                    _KERNEL["kc"] = client.kc

    papermill_engines.register(KEPT_CLIENT_ENGINE, KeptClientEngine)
    _ENGINE_REGISTERED.append(KeptClientEngine)
    return KEPT_CLIENT_ENGINE


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
    shared_results: str = "",
) -> dict[str, Any]:
    """Execute one notebook and render it (runs in a worker process, its kernel in ``cwd``)."""
    import papermill as pm

    started = time.time()
    out = Path(out_dir)
    params = {
        **job.parameters,
        "processed_dir": processed,
        "figures_dir": figures,
        "settings_path": settings_path,
        "reuse_figures": True,  # the build's figures folder is new: a chart saved there by another report is reused
    }
    if unit_costs:
        params["unit_costs"] = unit_costs
    if shared_results:
        params["shared_results"] = shared_results
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
            request_save_on_cell_execute=False,  # written once at the end (or on failure), not at every cell
            km=_kernel(cwd),  # the worker's kernel, kept for its next notebook
            engine_name=_register_engine(),  # and its client
        )
        title = _title(executed, job)
        (out / f"{job.name}.html").write_text(render_html(executed, title), encoding="utf-8")
        result.update(status="ok", title=title)
    except Exception as exc:  # a failed notebook is reported, not fatal
        _stop_kernel()  # whatever state it was left in, the next notebook gets a fresh kernel
        msg = [line for line in str(exc).strip().splitlines() if line.strip()]
        # a cell's error ends with its "Name: message"; a timeout or a dead kernel says what happened first
        said = msg[-1:] if type(exc).__name__ == "PapermillExecutionError" else msg[:1]
        short = said[0] if said else type(exc).__name__
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
    document_error: str = ""

    @property
    def failed(self) -> list[dict[str, Any]]:
        return [r for r in self.results if r["status"] == "failed"]

    @property
    def skipped(self) -> list[dict[str, Any]]:
        """Reports not built because every figure they would show is withheld (see ``build_reports``)."""
        return [r for r in self.results if r["status"] == "skipped"]

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
    document: bool = False,
    template: str | Path | None = None,
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
    document : also write the draft Government response (``response_draft.docx``) into the build
        and link it from the index; a failure to write it is listed, not fatal
    template : a .docx whose styles the draft Government response takes

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
    grid_jobs = load_grid(grid, spec, notebooks, fields=_framed_fields(processed))
    if only:
        grid_jobs = [j for j in grid_jobs if any(j.name.startswith(o) for o in only)]
    withheld = _withheld_segments(processed, grid_jobs, resolved, spec)
    to_run = [j for j in grid_jobs if j.name not in withheld]
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
        results: list[dict[str, Any]] = [
            {
                "name": j.name,
                "notebook": j.notebook,
                "parameters": j.parameters,
                "status": "skipped",
                "title": j.title or _segment_title(j),
                "reason": withheld[j.name],
                "html": None,
                "seconds": 0,
            }
            for j in grid_jobs
            if j.name in withheld
        ]
        with (
            contextlib.ExitStack() as stack,  # removes the store below once the workers have ended
            ProcessPoolExecutor(
                max_workers=jobs, initializer=_quiet_worker, initargs=(str(building / "build.log"),)
            ) as pool,
        ):
            # the workers start their kernels (and import what the reports import) while this process
            # makes the store below: a second or two of each that would otherwise run one after the other
            warm = [pool.submit(_warm_up, str(root)) for _ in range(min(jobs, len(to_run)))]
            # the tables the segment reports share, made once for all of them (exact: restricted, removed after)
            store = stack.enter_context(
                _removed(_shared_store(processed, to_run, settings_path, building / "build.log", stamp))
            )
            by_length = _running_order(to_run)
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
                    str(store or ""),
                ): j
                for j in by_length
            }
            for w in warm:  # a failed warm-up fails nothing (the first notebook starts a fresh kernel): logged
                if w.exception() is not None:
                    with open(building / "build.log", "a", encoding="utf-8") as log:
                        log.write(
                            f"svanalysis: a kernel's warm-up failed: {type(w.exception()).__name__}: {w.exception()}\n"
                        )
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
                    progress(j.name, k, len(to_run))
        order = {j.name: i for i, j in enumerate(grid_jobs)}
        results.sort(key=lambda r: order.get(r["name"], 0))
        if tables_dir and Path(tables_dir).exists():
            shutil.copytree(tables_dir, building / "tables")
        doc_name, doc_error = None, ""
        if document:
            from svanalysis.publish.document import DOCUMENT_NAME, write_document

            try:
                write_document(
                    processed,
                    building / DOCUMENT_NAME,
                    template=template,
                    settings=resolved,
                    spec=spec,
                    unit_costs=unit_costs,
                )
                doc_name = DOCUMENT_NAME
            except Exception as exc:  # reported in the index and by the command, not fatal
                doc_error = f"{type(exc).__name__}: {exc}"
        _write_index(building, results, processed, resolved, doc_name, doc_error)
        building.rename(final)
        _switch_latest(root, final)
        _publish_figures(final / "figures", figures_dest)
    return BuildResult(final, final / "index.html", results, document_error=doc_error)


SHARED_STORE_PREFIX = ".report-shared-"  # a build's store of shared results, in the processed folder's restricted area


def _shared_store(processed: Path, jobs: list[Job], settings_path: Path, log: Path, stamp: str) -> Path | None:
    """Make the store of the tables the build's segment reports share (``svanalysis.analysis.shared``).

    It holds exact tables, so it is made in the processed folder's restricted area, never in the
    build, and removed when the build ends (:func:`_removed`). A build without segment reports
    makes none. If it cannot be made (a read-only processed folder, say), the build goes on
    without it and says why in its log: each notebook then computes its own tables, and the
    reports are the same.
    """
    from svanalysis.analysis.shared import write_shared_results
    from svanalysis.core.disclosure import restricted_folder
    from svanalysis.core.settings import load_settings

    if not any(bool(j.parameters.get("sector")) != bool(j.parameters.get("region")) for j in jobs):
        return None
    area = restricted_folder(processed)
    for old in area.glob(f"{SHARED_STORE_PREFIX}*") if area.is_dir() else []:
        if not _pid_alive(old.name.rsplit("-", 1)[-1]):  # left by a build that was killed
            shutil.rmtree(old, ignore_errors=True)
    folder = area / f"{SHARED_STORE_PREFIX}{stamp}-{os.getpid()}"
    try:
        folder.mkdir(parents=True, mode=0o700)
        write_shared_results(processed, folder, load_settings(settings_path))
    except Exception as exc:  # the reports are the same without it, only slower
        shutil.rmtree(folder, ignore_errors=True)
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"shared results not made ({type(exc).__name__}: {exc}); each report computes its own tables\n")
        return None
    return folder


def _pid_alive(pid: str) -> bool:
    try:
        os.kill(int(pid), 0)
    except ValueError:
        return True  # not a store's name: leave it
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


@contextlib.contextmanager
def _removed(folder: Path | None) -> Any:
    """Remove ``folder`` (the build's store of shared results) when the block ends, however it ends."""
    try:
        yield folder
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
            with contextlib.suppress(OSError):  # the restricted area, if the store was all it held
                folder.parent.rmdir()


def _withheld_segments(processed: Path, grid_jobs: list[Job], settings: Any, spec: Spec | None) -> dict[str, str]:
    """The jobs of one sector or region too small for any figure to be published, with the reason.

    In a segment of fewer than ``min_base`` responses every count, share and interval is withheld
    (each table's base is at most the segment's size), and with fewer than ``min_statistic_n`` (and
    ``min_quartile_n``) no median, mean, sum or quartile is shown either; such a report would be a
    page of ``[c]``, so it is not built but listed in the index. The segment is counted with every
    row it holds (duplicates too), an upper bound on any base, so no report that could show a
    figure is left out.
    """
    from svanalysis.analysis.support import equal_to
    from svanalysis.core.disclosure import disclosure_rules
    from svanalysis.core.processed import load_processed
    from svanalysis.publish.present import segment_label

    segments = [j for j in grid_jobs if j.parameters.get("sector") or j.parameters.get("region")]
    if not segments:
        return {}
    spec = spec or load_spec()
    rules = disclosure_rules(settings)
    least = min(rules.min_base, rules.min_statistic_n, rules.min_quartile_n)
    cols = {name: spec.breakdown_question(name).columns["value"] for name in ("sector", "region")}
    responses = load_processed(processed, text=False)["responses"]  # read once: the index reuses it
    out = {}
    for j in segments:
        sector, region = j.parameters.get("sector") or "", j.parameters.get("region") or ""
        keep = np.ones(len(responses), dtype=bool)
        for name, value in (("sector", sector), ("region", region)):
            if value:
                keep &= equal_to(responses[cols[name]], value)
        n = int(keep.sum())
        if n < least:
            who = segment_label(sector, region)
            out[j.name] = (
                f"not built: no responses from {who}"
                if n == 0
                else f"not built: fewer than {least} responses from {who}, so every figure would be withheld"
            )
    return out


def _segment_title(job: Job) -> str:
    from svanalysis.publish.present import segment_label

    return segment_label(job.parameters.get("sector") or "", job.parameters.get("region") or "")


def _framed_fields(processed: Path) -> list[str]:
    """The free-text fields whose themes were assigned in ``processed`` (one themes report each)."""
    themes, frame = load_themes(processed)
    return framed_fields(themes, frame)


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


_GROUPS = (
    ("option_support", "", "Support for the options"),
    ("costs_benefits", "", "Costs and benefits of each option"),
    ("option_support", "sector", "Support for the options in each sector"),
    ("option_support", "region", "Support for the options in each region"),
    ("segment_profile", "sector", "Profiles of each sector"),
    ("segment_profile", "region", "Profiles of each region"),
    ("data_quality", "", "How the responses were processed"),
)


def _group_of(r: dict[str, Any]) -> str:
    params = {k: v for k, v in (r.get("parameters") or {}).items() if v not in ("", None)}
    for nb, key, name in _GROUPS:
        if r["notebook"] == nb and ((key and key in params) or (not key and not ({"sector", "region"} & set(params)))):
            return name
    return "Other reports"


def _write_index(
    folder: Path,
    results: list[dict[str, Any]],
    processed: Path,
    settings: Any = None,
    document: str | None = None,
    document_error: str = "",
) -> Path:
    """The build's index page: headline findings, reports by plain title, the draft Government
    response and tables, charts, then the build details in their own section (Jinja template)."""
    import jinja2

    from svanalysis.analysis.campaigns import campaign_summary
    from svanalysis.core.processed import load_campaign_responses, load_processed
    from svanalysis.publish.findings import campaign_findings, campaign_how, count_text, support_findings, who_responded
    from svanalysis.publish.labels import field_label
    from svanalysis.publish.quotes import CAMPAIGNS_SHOWN, campaign_template

    spec = load_spec()
    ledger_path = processed / "ledger.json"
    ledger = json.loads(ledger_path.read_text(encoding="utf-8")) if ledger_path.exists() else {}
    t = ledger.get("totals", {})
    try:
        responses = load_processed(processed, text=False)["responses"]
        findings = (
            who_responded(responses, settings=settings, spec=spec)[:1]
            + support_findings(responses, settings=settings, spec=spec)[:3]
            + campaign_findings(responses, settings=settings, spec=spec)[:1]
        )
        camps = campaign_summary(load_campaign_responses(processed), spec=spec)
    except Exception as exc:  # the index must still list what was built
        findings = [f"Headline findings could not be computed: {type(exc).__name__}: {exc}"]
        camps = pd.DataFrame()
    campaigns = []
    for k, row in camps.head(CAMPAIGNS_SHOWN).iterrows():
        how = campaign_how(row, settings)
        field = field_label(row["field"], spec) if row["field"] else "no common text"
        campaigns.append(
            {
                "head": f"Campaign {k + 1}: {count_text(int(row['responses']), settings)} responses, {how}, answering {field}.",
                "text": campaign_template(row, settings, spec),
                "more": False,
            }
        )
    if len(camps) > CAMPAIGNS_SHOWN:
        rest = camps.iloc[CAMPAIGNS_SHOWN:]
        campaigns.append(
            {
                "head": f"{len(rest):,} smaller campaigns ({count_text(int(rest['responses'].sum()), settings)} responses) are not described here.",
                "text": None,
                "more": True,
            }
        )
    items = []
    for r in results:
        ok = r["status"] != "failed"
        href = r.get("html") if r.get("html") and (folder / r["html"]).exists() else None
        items.append(
            {
                "title": r.get("title") or r["name"],
                "href": href,
                "failed": not ok,
                "group": _group_of(r),
                "name": r["name"],
                "notebook": r["notebook"],
                "params": ", ".join(f"{k} = {v}" for k, v in (r.get("parameters") or {}).items()) or "(defaults)",
                "error": r.get("error", ""),
                "skipped": r["status"] == "skipped",
                "reason": r.get("reason", ""),
                "seconds": r.get("seconds", ""),
            }
        )
    order = [g[2] for g in _GROUPS] + ["Other reports"]
    groups = [
        {"name": name, "entries": [i for i in items if i["group"] == name]}
        for name in dict.fromkeys(order)
        if any(i["group"] == name for i in items)
    ]
    figures = []
    for png in sorted((folder / "figures").glob("*.png")):
        txt = png.with_suffix(".txt")
        title = txt.read_text(encoding="utf-8").split("\n", 1)[0] if txt.exists() else png.stem
        if "__" in png.stem:  # a segment's chart: say whose
            title += f" ({png.stem.split('__', 1)[1].replace('_', ' ').title().replace(' And ', ' and ').replace(' The ', ' the ').replace(' Of ', ' of ')})"
        figures.append(
            {
                "title": title,
                "href": f"figures/{png.name}",
                "svg": f"figures/{png.stem}.svg",
                "csv": f"figures/{png.stem}.csv" if png.with_suffix(".csv").exists() else "",
                "txt": f"figures/{png.stem}.txt",
            }
        )
    tables = []
    if (folder / "tables").exists():
        files = sorted((folder / "tables").iterdir(), key=lambda p: (p.suffix != ".xlsx", p.name))
        for f in files:
            name = (
                "All tables (accessible spreadsheet)"
                if f.suffix == ".xlsx"
                else f"{f.stem.replace('_', ' ').capitalize()} (CSV)"
            )
            tables.append({"href": f"tables/{f.name}", "name": name})
    by_channel = t.get("by_channel", {})
    gated = (
        publishable(
            pd.DataFrame({"channel": list(by_channel), "n": list(by_channel.values())}), settings, count_columns=["n"]
        )
        if by_channel
        else pd.DataFrame({"channel": [], "n": []})
    )  # channels add up to the total: a small one is withheld with the next smallest
    channels = ", ".join(
        f"{n} {c.replace('_', ' ')}" if isinstance(n, str) else f"{int(n):,} {c.replace('_', ' ')}"
        for c, n in zip(gated["channel"], gated["n"], strict=True)
    )
    inputs = (
        f"{count_text(int(t.get('responses', 0)), settings)} responses in {int(t.get('files', 0)):,} files ({channels}); "
        f"{count_text(int(t.get('rejected', 0)), settings)} rows set aside; "
        f"{count_text(int(t.get('duplicates', 0)), settings)} duplicate submissions left out. "
        f"Ingested {ledger.get('finished', '')}."
    )
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)), autoescape=True, undefined=jinja2.StrictUndefined
    )
    failed = sum(1 for r in results if r["status"] == "failed")
    skipped = sum(1 for r in results if r["status"] == "skipped")
    page = env.get_template("index.html.j2").render(
        title="Serious violence: new legal duty to support multi-agency action",
        built=dt.datetime.now().strftime("%d %B %Y at %H:%M"),
        version=__version__,
        findings=[s[:1].upper() + s[1:] for s in findings],
        campaigns=campaigns,
        groups=groups,
        document=document,
        document_error=document_error,
        tables=tables,
        figures=figures,
        results=items,
        failed=failed,
        skipped=skipped,
        total=len(results),
        inputs=inputs,
    )
    path = folder / "index.html"
    path.write_text(page, encoding="utf-8")
    return path
