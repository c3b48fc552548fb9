"""The command line: ``svanalysis <verb>``.

Verbs: ``synth`` (synthetic responses), ``ingest`` (raw files to processed tables), ``form`` (the
blank Word form), ``tables`` (publication tables), ``report`` (HTML reports), ``document`` (the draft
Government response, .docx), ``run`` (ingest + themes + tables + reports + the draft response: the
one command for cron), ``review`` (export / import / agreement of human stance review), ``themes``
(suggest a code frame, assign its themes, review and agreement).

Exit status: 0 when all went well; 3 when input was rejected (the outputs are still written, so a
scheduled run can alert); 1 when a report failed or an output could not be written (a read-only or
full disk); 2 for bad arguments, a malformed settings, grid, overrides or unit-cost file, an input
with no response at all, or another run holding the lock. Errors are one line, never a traceback,
and a refused run leaves the previous outputs as they were.

Every path is made absolute before anything runs (worker processes and notebooks run elsewhere).
``svanalysis run`` holds the processed folder's lock from ingest to the last report, so two
scheduled runs never interleave.

Settings travel from here: ``--settings FILE`` is read once, checked, and passed as an argument
to every stage (ingest, tables, charts, the report notebooks). Paths come from
``svanalysis.core.paths``: the project's folders by default, or everything under ``--out DIR``
for ``svanalysis run``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from svanalysis.core.checks import check_choice
from svanalysis.core.paths import EXAMPLE_DIR, MANUAL_DIR, PROCESSED_DIR, REPORTS_DIR, TABLES_DIR, output_paths

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help=__doc__.split("\n\n")[0],
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
review_app = typer.Typer(no_args_is_help=True, help="Human review of automatic stance codes.")
app.add_typer(review_app, name="review")
themes_app = typer.Typer(
    no_args_is_help=True,
    help="Themes in free text: suggest a code frame, assign its themes, review them, measure agreement.",
)
app.add_typer(themes_app, name="themes")
themes_review_app = typer.Typer(
    no_args_is_help=True, help="A person codes a sample of answers; the codes win and teach."
)
themes_app.add_typer(themes_review_app, name="review")

__all__ = ["app", "main"]

EXIT_FAILED, EXIT_BAD_ARGS, EXIT_REJECTS = 1, 2, 3


def _fail(message: str, code: int = EXIT_BAD_ARGS) -> None:
    typer.echo(f"svanalysis: error: {message}", err=True)
    raise typer.Exit(code)


def _os_error(exc: OSError) -> str:
    """One line for a failure to read or write a file (read-only folder, full disk, ...)."""
    what = exc.strerror or str(exc)
    where = exc.filename or ""
    if not where:  # not a file (a connection timed out, say): what happened, as it was said
        return f"{what}; the previous outputs are left as they were"
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        what += " (free some space, or write elsewhere with --out)"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        what += " (choose a folder you can write to with --out)"
    return f"cannot write {where}: {what}; the previous outputs are left as they were"


@contextlib.contextmanager
def _errors(reading: Path | None = None) -> Iterator[None]:
    """Turn the errors a user can cause or fix into one line and an exit status (naming ``reading``, the file being
    read, where the message does not)."""
    from svanalysis.core.locking import LockHeldError

    try:
        yield
    except (FileNotFoundError, ValueError, LockHeldError) as exc:
        line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        _fail(line if reading is None or str(reading) in line or reading.name in line else f"{reading}: {line}")
    except OSError as exc:
        _fail(_os_error(exc), EXIT_FAILED)


def _review_workbook(path: Path) -> None:
    """Refuse a file that is not the Excel workbook a review export wrote (a CSV, a Word form...)."""
    if (
        path.exists()
        and not path.is_dir()
        and (path.suffix.lower() not in (".xlsx", ".xlsm") or not _is_workbook(path))
    ):
        _fail(f"{path}: not an Excel workbook (.xlsx); give the spreadsheet the review export wrote")


def _is_workbook(path: Path) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            return "xl/workbook.xml" in z.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def _file(path: Path | None, flag: str, what: str) -> Path | None:
    """A file argument made absolute, refused if it names a folder."""
    if path is None:
        return None
    p = path.expanduser().resolve()
    if p.is_dir():
        _fail(f"{flag} {p}: is a folder; {flag} takes {what}")
    return p


def _folder(path: Path | None, flag: str) -> Path | None:
    """A folder argument made absolute, refused if it names a file."""
    if path is None:
        return None
    p = path.expanduser().resolve()
    if p.exists() and not p.is_dir():
        _fail(f"{flag} {p}: is a file; {flag} takes a folder")
    return p


def _jobs(jobs: int | None, flag: str = "--jobs") -> int | None:
    """Refuse a number of processes below zero or far above the machine's cores."""
    if jobs is None:
        return None
    cores = os.cpu_count() or 1
    if jobs < 0:
        _fail(f"{flag} must be 0 (one per core) or more; got {jobs}")
    if jobs > 4 * cores:
        _fail(
            f"{flag} {jobs} is far above the {cores} cores of this machine; use at most {4 * cores} (0: one per core)"
        )
    return jobs


def _check(name: str, value: object, allowed: object) -> None:
    try:
        check_choice(name, value, allowed)  # type: ignore[arg-type]
    except ValueError as exc:
        _fail(str(exc))


def _settings(path: Path | None) -> dict:
    from svanalysis.core.settings import load_settings

    try:
        return load_settings(path.expanduser().resolve() if path else None)
    except ValueError as exc:
        _fail(str(exc))
        raise  # pragma: no cover - _fail exits


def _progress():  # a callback that draws progress on a terminal, nothing in cron
    if not sys.stderr.isatty():
        return None
    from rich.progress import Progress

    state: dict[str, object] = {}

    def cb(what: str, k: int, total: int) -> None:
        if "p" not in state:
            p = Progress(transient=True)
            p.start()
            state["p"], state["t"] = p, p.add_task("working", total=total)
        p = state["p"]
        p.update(state["t"], completed=k, description=what[:40])  # type: ignore[attr-defined]
        if k >= total:
            p.stop()  # type: ignore[attr-defined]

    return cb


@app.command()
def synth(
    out: Annotated[Path, typer.Option("--out", help="Folder to write the synthetic inputs into.")] = EXAMPLE_DIR,
    n: Annotated[int, typer.Option("--n", help="Online-form submissions.")] = 400,
    seed: Annotated[int, typer.Option("--seed", help="Random seed: the same seed gives the same files.")] = 2019,
    forms: Annotated[int, typer.Option(help="Filled Word forms.")] = 6,
    letters: Annotated[int, typer.Option(help="Letters and emails.")] = 6,
    layout: Annotated[
        str,
        typer.Option(
            help="Online export layout: single, blank_row, surveymonkey, qualtrics, component, two_tier, "
            "surveymonkey_contact, qualtrics_explain, smartsurvey."
        ),
    ] = "single",
    export_only: Annotated[bool, typer.Option(help="Write only the online export (for benchmarks).")] = False,
) -> None:
    """Write realistic synthetic responses (online export, Word forms, letters) and their truth."""
    from svanalysis.synth.responses import LAYOUTS, write_example, write_online_export

    if n < 0 or forms < 0 or letters < 0:
        _fail("--n, --forms and --letters must be zero or more")
    _check("--layout", layout, LAYOUTS)
    if export_only:
        with _errors():
            p = write_online_export(out / "online_export.csv", n, seed, layout=layout)
        typer.echo(f"wrote {p}")
        return
    if layout != "single":
        _fail("--layout applies to --export-only; the full example uses the single-header layout")
    with _errors():
        res = write_example(out, n=n, seed=seed, n_forms=forms, n_letters=letters)
    typer.echo(
        f"wrote {res['online']}, {len(res['forms'])} Word forms, {len(res['letters'])} letters and the truth in {res['truth']}"
    )


def _summary(result) -> None:
    t = result.ledger["totals"]
    layouts = sorted(
        {
            f"{f['file']}: {f.get('layout', '?')}"
            for f in result.ledger["files"]
            if f["status"] == "ok" and f.get("channel") == "online"
        }
    )
    typer.echo(
        f"files: {t['files']} ({t['files_rejected']} rejected)   rows read: {t['rows_read']:,}   responses: {t['responses']:,}   rejected: {t['rejected']:,}"
    )
    typer.echo(
        f"channels: {', '.join(f'{k} {v:,}' for k, v in t['by_channel'].items())}   duplicates: {t['duplicates']:,}   campaigns: {t['campaigns']} ({t['campaign_responses']:,} responses: {t['campaign_identical']:,} identical, {t['campaign_varied']:,} varied)"
    )
    if layouts:
        typer.echo("layouts detected: " + "; ".join(layouts))
    typer.echo(
        f"stances coded from text: {t['stances_coded_from_text']:,} ({t['stances_needing_review']:,} for review, {t.get('stances_possible_views', 0):,} possible view{'' if t.get('stances_possible_views', 0) == 1 else 's'} uncoded)   unmapped columns: {t['unmapped_columns']}"
    )
    for f in result.ledger["files"]:
        for sheet in f.get("sheets_not_read", []):
            typer.echo(
                f"  not read: {f['file']} sheet {sheet!r} looks like responses too; one sheet of a workbook is read "
                f"({f.get('sheet')!r}): save each sheet as a file of its own"
            )
        for u in f.get("unmapped", [])[:10]:
            typer.echo(f"  unmapped: {f['file']} column {u['column']} ({u['header'][:50]!r}): {u['reason']}")
    for r in result.rejects.head(20).itertuples():
        where = getattr(r, "source_file", None)
        typer.echo(
            f"  rejected: {where}: {r.reason}" if isinstance(where, str) and where else f"  rejected: {r.reason}"
        )
    if len(result.rejects) > 20:
        typer.echo(f"  ... and {len(result.rejects) - 20} more in rejects.csv")
    typer.echo(f"wrote {result.out}")


def _inputs(inputs: list[str]) -> list[str | Path]:
    """Input arguments: URLs (``s3://...``) as given, paths made absolute."""
    return [p if "://" in p and not p.startswith("file://") else Path(p).expanduser().resolve() for p in inputs]


def _cache(cache: bool, cache_dir: str | None) -> str | bool | None:
    """Where ingest keeps its batch store: ``--cache DIR``, nowhere (``--no-cache``), or as the settings say."""
    if cache_dir is not None:
        if not cache:
            _fail("--cache-dir and --no-cache contradict each other; give one")
        return cache_dir if "://" in cache_dir else str(Path(cache_dir).expanduser().resolve())
    return None if cache else False


def _ingest(
    inputs: list[str],
    out: Path,
    settings: dict,
    overrides: Path | None,
    quiet: bool,
    jobs: int = 0,
    lock: bool = True,
    scheduler: str | None = None,
    cache: str | bool | None = None,
):
    from svanalysis.ingest.pipeline import ingest as run_ingest

    _jobs(jobs)
    if scheduler is not None and "://" not in scheduler and ":" not in scheduler:
        _fail(f"--scheduler {scheduler!r}: expected a Dask scheduler's address, such as tcp://10.0.0.5:8786")
    with _errors():
        s = dict(settings)
        s["ingest"] = {**s["ingest"], "jobs": jobs}
        result = run_ingest(
            _inputs(inputs),
            out,
            settings=s,
            overrides=overrides,
            progress=_progress(),
            lock=lock,
            cache=cache,
            scheduler=scheduler,
            notify=None if quiet else (lambda message: typer.echo(f"svanalysis: {message}", err=True)),
        )
    if not quiet:
        _summary(result)
    return result


_SCHEDULER_HELP = (
    "Run the batches on an existing Dask cluster: its scheduler's address, e.g. tcp://10.0.0.5:8786 "
    "(default: settings ingest.scheduler, else a local cluster)."
)
_CACHE_HELP = "Keep batch results between runs, so a nightly run redoes only what changed (default: settings)."
_CACHE_DIR_HELP = "Where to keep them (a folder or URL; default: .<processed>.cache beside the processed folder)."


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files or folders of raw responses (or URLs: s3://...).")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the processed tables.")] = PROCESSED_DIR,
    settings: Annotated[Path | None, typer.Option(help="A YAML file of settings to change.")] = None,
    overrides: Annotated[
        Path | None, typer.Option(help="Stance overrides (default data/manual/overrides.csv).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
    jobs: Annotated[
        int,
        typer.Option(
            help="Worker processes of the local cluster (0: one per core); inputs under ingest.cluster_min_mb "
            "(400 MB) run in one process."
        ),
    ] = 0,
    scheduler: Annotated[str | None, typer.Option(help=_SCHEDULER_HELP)] = None,
    cache: Annotated[bool, typer.Option("--cache/--no-cache", help=_CACHE_HELP)] = True,
    cache_dir: Annotated[str | None, typer.Option(help=_CACHE_DIR_HELP)] = None,
) -> None:
    """Read every file (online exports, Word forms, letters) into the processed tables."""
    s = _settings(settings)
    result = _ingest(
        inputs,
        _folder(out, "--out"),
        s,
        _file(overrides, "--overrides", "a CSV file"),
        quiet,
        jobs,
        scheduler=scheduler,
        cache=_cache(cache, cache_dir),
    )
    raise typer.Exit(result.exit_code)


@app.command()
def form(out: Annotated[Path, typer.Option("--out", help="The .docx to write.")]) -> None:
    """Write the blank Word response form, rendered from the questionnaire."""
    from svanalysis.synth.form import write_form

    with _errors():
        p = write_form(out)
    typer.echo(f"wrote {p}")


@app.command()
def tables(
    processed: Annotated[Path, typer.Argument(help="Folder of the processed tables.")] = PROCESSED_DIR,
    out: Annotated[Path, typer.Option("--out", help="Folder for the CSVs and tables.xlsx.")] = TABLES_DIR,
    settings: Annotated[Path | None, typer.Option(help="A YAML file of settings to change.")] = None,
    unit_costs: Annotated[Path | None, typer.Option(help="A unit-cost CSV to use instead of the shipped one.")] = None,
    campaign: Annotated[
        str | None, typer.Option(help="Count campaign responses 'each' or 'once' (default: settings).")
    ] = None,
) -> None:
    """Write the publication tables: tidy CSVs and an accessible spreadsheet."""
    from svanalysis.publish.tables import write_tables

    if campaign is not None:
        _check("--campaign", campaign, ["each", "once"])
    s = _settings(settings)
    processed, out = _folder(processed, "PROCESSED"), _folder(out, "--out")
    unit_costs = _file(unit_costs, "--unit-costs", "a CSV file")
    with _errors():
        paths = write_tables(processed, out, unit_costs, campaign, settings=s)
    typer.echo(f"wrote {len(paths)} tables to {out} (tables.xlsx and CSVs)")


def _report(
    processed: Path,
    root: Path,
    grid: Path | None,
    jobs: int | None,
    figures: Path | None,
    tables_dir: Path | None,
    only: list[str] | None,
    settings: dict,
    unit_costs: Path | None = None,
    document: bool = False,
    template: Path | None = None,
) -> int:
    from svanalysis.publish.reports import build_reports

    if template is not None:
        _check_template(template)
    with _errors():
        res = build_reports(
            processed,
            root,
            grid,
            jobs,
            figures,
            tables_dir,
            progress=_progress(),
            only=only,
            settings=settings,
            unit_costs=unit_costs,
            document=document,
            template=template,
        )
    for r in res.failed:
        typer.echo(f"  report failed: {r['name']}: {r.get('error', '')}", err=True)
    if res.document_error:
        typer.echo(f"  draft Government response failed: {res.document_error}", err=True)
    for r in res.skipped:
        typer.echo(f"  report {r['name']}: {r['reason']}", err=True)
    built = len(res.results) - len(res.failed) - len(res.skipped)
    typer.echo(f"{built} of {len(res.results)} reports built in {res.folder}")
    typer.echo(f"index: {(root / 'latest' / 'index.html').resolve() if (root / 'latest').exists() else res.index}")
    return EXIT_FAILED if (res.failed or res.document_error) else 0


def _check_template(template: Path) -> None:
    if not template.exists():
        _fail(f"{template}: template not found")
    if template.suffix.lower() != ".docx":
        _fail(f"{template}: --template takes a .docx file")


@app.command()
def report(
    processed: Annotated[Path, typer.Argument(help="Folder of the processed tables.")] = PROCESSED_DIR,
    out: Annotated[
        Path, typer.Option("--out", help="Reports folder (builds go to <out>/<timestamp>, <out>/latest).")
    ] = REPORTS_DIR,
    settings: Annotated[Path | None, typer.Option(help="A YAML file of settings to change.")] = None,
    grid: Annotated[Path | None, typer.Option(help="A report-grid YAML file (default: the shipped grid).")] = None,
    jobs: Annotated[int | None, typer.Option(help="Notebooks run at once (default: number of cores).")] = None,
    figures: Annotated[Path | None, typer.Option(help="Where to publish figures (default: figures/).")] = None,
    tables_dir: Annotated[
        Path | None, typer.Option("--tables", help="A folder of tables to include in the build.")
    ] = None,
    unit_costs: Annotated[Path | None, typer.Option(help="A unit-cost CSV to use instead of the shipped one.")] = None,
    only: Annotated[list[str] | None, typer.Option(help="Build only reports whose names start with this.")] = None,
    document: Annotated[
        bool, typer.Option("--document/--no-document", help="Also write the draft Government response into the build.")
    ] = False,
    template: Annotated[
        Path | None, typer.Option(help="A .docx whose styles the draft Government response takes.")
    ] = None,
) -> None:
    """Build the HTML reports from the parameterised notebooks."""
    s = _settings(settings)
    raise typer.Exit(
        _report(
            _folder(processed, "PROCESSED"),
            _folder(out, "--out"),
            _file(grid, "--grid", "a YAML file"),
            _jobs(jobs),
            _folder(figures, "--figures"),
            _folder(tables_dir, "--tables"),
            only,
            s,
            _file(unit_costs, "--unit-costs", "a CSV file"),
            document,
            _file(template, "--template", "a .docx file"),
        )
    )


@app.command()
def document(
    processed: Annotated[Path, typer.Argument(help="Folder of the processed tables.")] = PROCESSED_DIR,
    out: Annotated[Path, typer.Option("--out", help="The .docx to write.")] = Path("response_draft.docx"),
    template: Annotated[
        Path | None, typer.Option(help="A .docx whose styles, page set-up, headers and footers are used.")
    ] = None,
    settings: Annotated[Path | None, typer.Option(help="A YAML file of settings to change.")] = None,
    unit_costs: Annotated[Path | None, typer.Option(help="A unit-cost CSV to use instead of the shipped one.")] = None,
    campaign: Annotated[
        str | None, typer.Option(help="Count campaign responses 'each' or 'once' (default: settings).")
    ] = None,
) -> None:
    """Write a draft of the Government response (.docx) in the questionnaire's order."""
    from svanalysis.publish.document import write_document

    if campaign is not None:
        _check("--campaign", campaign, ["each", "once"])
    template = _file(template, "--template", "a .docx file")
    if template is not None:
        _check_template(template)
    if out.suffix.lower() != ".docx":
        _fail(f"{out}: --out must end in .docx")
    s = _settings(settings)
    processed = _folder(processed, "PROCESSED")
    with _errors():
        p = write_document(
            processed,
            out.expanduser().resolve(),
            template=template,
            settings=s,
            unit_costs=_file(unit_costs, "--unit-costs", "a CSV file"),
            campaign=campaign,
        )
    typer.echo(f"wrote {p}")


@app.command()
def run(
    inputs: Annotated[list[str], typer.Argument(help="Files or folders of raw responses (or URLs: s3://...).")],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Output root: processed/, tables/, figures/ and reports/ are written under it "
            "(default: the project's folders).",
        ),
    ] = None,
    processed: Annotated[
        Path | None, typer.Option(help="Folder for the processed tables (default: <out>/processed).")
    ] = None,
    tables_dir: Annotated[
        Path | None, typer.Option("--tables", help="Folder for the publication tables (default: <out>/tables).")
    ] = None,
    reports: Annotated[Path | None, typer.Option(help="Reports folder (default: <out>/reports).")] = None,
    figures: Annotated[Path | None, typer.Option(help="Where to publish figures (default: <out>/figures).")] = None,
    settings: Annotated[Path | None, typer.Option(help="A YAML file of settings to change.")] = None,
    overrides: Annotated[Path | None, typer.Option(help="Stance overrides.")] = None,
    grid: Annotated[Path | None, typer.Option(help="A report-grid YAML file.")] = None,
    jobs: Annotated[
        int | None, typer.Option(help="Processes at once for ingest and notebooks (default: per core).")
    ] = None,
    unit_costs: Annotated[Path | None, typer.Option(help="A unit-cost CSV.")] = None,
    template: Annotated[
        Path | None, typer.Option(help="A .docx whose styles the draft Government response takes.")
    ] = None,
    scheduler: Annotated[str | None, typer.Option(help=_SCHEDULER_HELP)] = None,
    cache: Annotated[bool, typer.Option("--cache/--no-cache", help=_CACHE_HELP)] = True,
    cache_dir: Annotated[str | None, typer.Option(help=_CACHE_DIR_HELP)] = None,
    frame: Annotated[
        Path | None,
        typer.Option(
            help="The code frame (default: <input>/_manual/theme_frame.yaml, else data/manual/theme_frame.yaml)."
        ),
    ] = None,
    codes: Annotated[Path | None, typer.Option(help="A person's theme codes (default: beside the frame).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No ingest summary (errors are still shown).")] = False,
) -> None:
    """Ingest, then themes (when a code frame exists), then tables, then reports and the draft
    Government response: the one command for a scheduled run.

    The processed folder's lock is held from the first file read to the last report written, so a
    second run (or an ingest) into the same folder is refused at once instead of interleaving.
    """
    from svanalysis.core.locking import exclusive
    from svanalysis.core.processed import lock_path
    from svanalysis.publish.tables import write_tables

    out = _folder(out, "--out")
    paths = output_paths(out).with_(
        processed=_folder(processed, "--processed"),
        tables=_folder(tables_dir, "--tables"),
        reports=_folder(reports, "--reports"),
        figures=_folder(figures, "--figures"),
    )
    template = _file(template, "--template", "a .docx file")
    if template is not None:
        _check_template(template)
    s = _settings(settings)
    overrides, grid = _file(overrides, "--overrides", "a CSV file"), _file(grid, "--grid", "a YAML file")
    unit_costs = _file(unit_costs, "--unit-costs", "a CSV file")
    _jobs(jobs)
    frame_path = frame or _find_frame(inputs, paths.manual)
    _check_run_inputs(paths, grid, unit_costs, frame_path, codes, s)
    with _errors():
        paths.processed.parent.mkdir(parents=True, exist_ok=True)
        lock = exclusive(lock_path(paths.processed), "run into this folder")
        lock.__enter__()
    try:
        result = _ingest(
            inputs,
            paths.processed,
            s,
            overrides,
            quiet=quiet,
            jobs=jobs or 0,
            lock=False,
            scheduler=scheduler,
            cache=_cache(cache, cache_dir),
        )
        if frame_path is not None:
            _assign(paths.processed, frame_path, codes, s)
        else:
            typer.echo(f"themes: no code frame ({paths.manual / 'theme_frame.yaml'}); free text not themed")
        with _errors():
            write_tables(paths.processed, paths.tables, unit_costs, settings=s)
        typer.echo(f"wrote the publication tables to {paths.tables}")
        code = _report(
            paths.processed, paths.reports, grid, jobs, paths.figures, paths.tables, None, s, unit_costs, True, template
        )
    finally:
        lock.__exit__(None, None, None)
    raise typer.Exit(code or result.exit_code)


@review_app.command("export")
def review_export(
    out: Annotated[Path, typer.Option("--out", help="The review spreadsheet (.xlsx) to write.")],
    processed: Annotated[Path, typer.Option(help="Folder of the processed tables.")] = PROCESSED_DIR,
    threshold: Annotated[
        float | None, typer.Option(help="List codes below this confidence (default: settings).")
    ] = None,
    sample: Annotated[
        int, typer.Option(help="Also list this many confident codes at random, to measure agreement.")
    ] = 0,
    settings: Annotated[Path | None, typer.Option(help="A YAML file of settings to change.")] = None,
) -> None:
    """Write a spreadsheet of automatic stance codes for a person to check."""
    from svanalysis.ingest.review import export_review

    s = _settings(settings)
    with _errors():
        k = export_review(processed, out, threshold, sample, settings=s)
    typer.echo(f"wrote {k} codes to review in {out}")


@review_app.command("import")
def review_import(
    review_file: Annotated[Path, typer.Argument(help="The filled-in review spreadsheet.")],
    overrides: Annotated[Path, typer.Option(help="The overrides file to update.")] = MANUAL_DIR / "overrides.csv",
) -> None:
    """Read a reviewer's decisions into the overrides file (they win on every later ingest)."""
    from svanalysis.ingest.review import import_review

    _review_workbook(review_file)
    with _errors(review_file):
        k = import_review(review_file, overrides)
    typer.echo(f"recorded {k} decisions in {overrides}; run ingest again to apply them")


@review_app.command("agreement")
def review_agreement(
    overrides: Annotated[Path, typer.Option(help="The overrides file.")] = MANUAL_DIR / "overrides.csv",
) -> None:
    """Accuracy and Cohen's kappa of automatic against human stance codes."""
    import pandas as pd

    from svanalysis.ingest.review import agreement

    if not overrides.exists():
        _fail(f"{overrides}: no overrides yet; run `svanalysis review import` first")
    a = agreement(pd.read_csv(overrides, dtype="string"))
    if not a["n"]:
        typer.echo("no reviewed codes with an automatic code to compare")
        return
    typer.echo(
        f"n={a['n']}  accuracy {a['accuracy']:.3f} (95% CI {a['accuracy_ci'][0]:.3f}-{a['accuracy_ci'][1]:.3f})  "
        f"kappa {a['kappa']:.3f} (95% CI {a['kappa_ci'][0]:.3f}-{a['kappa_ci'][1]:.3f})"
    )


# ============================================================================ themes
FRAME_HELP = "The signed-off code frame (YAML)."
CODES_HELP = "A person's theme codes (CSV; default: theme_codes.csv beside the frame)."
DEFAULT_FRAME = MANUAL_DIR / "theme_frame.yaml"


def _check_run_inputs(
    paths: Any, grid: Path | None, unit_costs: Path | None, frame: Path | None, codes: Path | None, settings: dict
) -> None:
    """Refuse a run whose later steps would fail on what they are given (the grid, unit costs, code frame and codes,
    an output folder that cannot be made) before anything is read or replaced: a refused run leaves the previous
    outputs as they were, not a new processed folder beside old tables and reports."""
    from svanalysis.analysis.costs import load_unit_costs
    from svanalysis.analysis.themes.workflow import frame_and_codes
    from svanalysis.publish.reports import load_grid

    for flag, folder in (
        ("--processed", paths.processed),
        ("--tables", paths.tables),
        ("--reports", paths.reports),
        ("--figures", paths.figures),
    ):
        _can_make(folder, flag)
    try:
        load_grid(grid)
        load_unit_costs(unit_costs)
        if frame is not None:
            frame_and_codes(_need_frame(frame), codes)
    except (FileNotFoundError, ValueError) as exc:
        _fail(str(exc))


def _can_make(folder: Path, flag: str) -> None:
    """Refuse an output folder that cannot be made or written: a file on its path, or no write permission."""
    p = Path(folder).expanduser().resolve()
    while not p.exists() and p != p.parent:
        p = p.parent
    if not p.is_dir():
        _fail(f"{flag} {folder}: cannot be made, because {p} is a file, not a folder")
    if not os.access(p, os.W_OK | os.X_OK):
        _fail(f"{flag} {folder}: cannot be written, because {p} is not writable")


def _find_frame(inputs: list[str], manual: Path) -> Path | None:
    from svanalysis.analysis.themes.workflow import find_frame

    # a frame travels with local inputs only; with URL inputs (s3://...) give --frame or data/manual
    return find_frame([p for p in inputs if "://" not in str(p)], manual)


def _need_frame(frame: Path) -> Path:
    if not frame.exists():
        _fail(f"{frame}: no code frame; draft one with `svanalysis themes suggest`, sign it off there, or pass --frame")
    return frame


def _assign(processed: Path, frame: Path, codes: Path | None, settings: dict, llm: bool = False) -> None:
    from svanalysis.analysis.themes.workflow import assign_folder

    try:
        res = assign_folder(processed, _need_frame(frame), codes, settings=settings, use_llm=llm)
    except (FileNotFoundError, ValueError) as exc:
        _fail(str(exc))
    for field, q in res.summary["fields"].items():
        coverage = f"{q['coverage']:.0%}" if q["coverage"] is not None else "-"
        agree = f"   agreement F1 {q['agreement_f1']:.2f}" if q.get("agreement_f1") is not None else ""
        typer.echo(
            f"themes: {field}: {q['answers']:,} answers, {q['with_theme']:,} with a theme ({coverage} of those saying "
            f"something), {q['review_load']:,} to review, {q['coded_answers']:,} coded by a person{agree}"
        )
    typer.echo(f"wrote {res.themes} (frame {res.frame})")


@themes_app.command("suggest")
def themes_suggest(
    processed: Annotated[Path, typer.Argument(help="Folder of the processed tables.")],
    field: Annotated[str, typer.Option("--field", help="The free-text field, e.g. q14_text.")],
    out: Annotated[
        Path | None, typer.Option("--out", help="The draft frame to write (default: data/manual/<field>.draft.yaml).")
    ] = None,
    n: Annotated[
        int | None, typer.Option("--n", help="Candidate themes (default: about one per four voices, 5-20).")
    ] = None,
    seed: Annotated[int | None, typer.Option(help="Random seed (default: settings).")] = None,
    settings: Annotated[Path | None, typer.Option(help="A YAML file of settings to change.")] = None,
    llm: Annotated[
        bool, typer.Option("--llm", help="Name the candidates with the language model your settings configure.")
    ] = False,
) -> None:
    """Draft a code frame for one free-text field: candidate themes, their words and typical answers."""
    from svanalysis.analysis.themes.workflow import suggest_field

    if n is not None and not 2 <= n <= 50:
        _fail(f"--n must be from 2 to 50; got {n}")
    out = out or MANUAL_DIR / f"{field}.draft.yaml"
    settings_ = _settings(settings)
    with _errors():
        draft, members, s = suggest_field(processed, field, out, n_themes=n, seed=seed, settings=settings_, use_llm=llm)
    for row in s.themes.itertuples(index=False):
        typer.echo(f"  {row.candidate}  {row.answers:>5,} answers  {row.name}")
    typer.echo(f"wrote {draft} ({len(s.themes)} candidates) and {members}")


@themes_app.command("assign")
def themes_assign(
    processed: Annotated[Path, typer.Argument(help="Folder of the processed tables.")] = PROCESSED_DIR,
    frame: Annotated[Path, typer.Option(help=FRAME_HELP)] = DEFAULT_FRAME,
    codes: Annotated[Path | None, typer.Option(help=CODES_HELP)] = None,
    settings: Annotated[Path | None, typer.Option(help="A YAML file of settings to change.")] = None,
    llm: Annotated[
        bool, typer.Option("--llm", help="Ask the language model your settings configure (themes.llm) instead.")
    ] = False,
) -> None:
    """Give every answer of every framed field its themes: writes PROCESSED/themes.parquet."""
    from svanalysis.core.locking import exclusive
    from svanalysis.core.processed import lock_path

    s = _settings(settings)
    processed = _folder(processed, "PROCESSED")
    with _errors(), exclusive(lock_path(processed), "assign themes in this folder"):
        # the folder's lock: an ingest or run swapping the folder meanwhile is refused, not interleaved
        _assign(processed, frame, codes, s, llm)


@themes_review_app.command("export")
def themes_review_export(
    processed: Annotated[Path, typer.Argument(help="Folder of the processed tables.")] = PROCESSED_DIR,
    out: Annotated[Path, typer.Option("--out", help="The spreadsheet to write (.xlsx).")] = MANUAL_DIR
    / "theme_review.xlsx",
    frame: Annotated[Path, typer.Option(help=FRAME_HELP)] = DEFAULT_FRAME,
    codes: Annotated[Path | None, typer.Option(help=CODES_HELP)] = None,
    n: Annotated[int | None, typer.Option("--n", help="Answers per field to offer (default: settings).")] = None,
    field: Annotated[
        list[str] | None, typer.Option("--field", help="Only these fields (default: every framed field).")
    ] = None,
    settings: Annotated[Path | None, typer.Option(help="A YAML file of settings to change.")] = None,
) -> None:
    """Write a spreadsheet of answers to code: a stratified random sample plus the least confident."""
    from svanalysis.analysis.themes.workflow import export_review

    if n is not None and n < 1:
        _fail(f"--n must be 1 or more; got {n}")
    s, frame = _settings(settings), _need_frame(frame)
    with _errors():
        counts = export_review(processed, out, frame, codes, n=n, fields=field, settings=s)
    typer.echo(f"wrote {out}: " + ", ".join(f"{f} {k} answers" for f, k in counts.items()))
    typer.echo("code them, then run: svanalysis themes review import " + str(out))


@themes_review_app.command("import")
def themes_review_import(
    review_file: Annotated[Path, typer.Argument(help="The filled-in review spreadsheet.")],
    frame: Annotated[Path, typer.Option(help=FRAME_HELP)] = DEFAULT_FRAME,
    codes: Annotated[Path | None, typer.Option(help=CODES_HELP)] = None,
) -> None:
    """Read a person's codes into the codes file; they win and teach on every later assignment."""
    from svanalysis.analysis.themes.workflow import import_review

    _review_workbook(review_file)
    frame = _need_frame(frame)
    with _errors(review_file):
        k, path = import_review(review_file, frame, codes)
    typer.echo(f"recorded the codes of {k} answers in {path}; run `svanalysis themes assign` to apply them")


@themes_app.command("agreement")
def themes_agreement(
    processed: Annotated[Path, typer.Argument(help="Folder of the processed tables.")] = PROCESSED_DIR,
    frame: Annotated[Path, typer.Option(help=FRAME_HELP)] = DEFAULT_FRAME,
    codes: Annotated[Path | None, typer.Option(help=CODES_HELP)] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Also write the table to this CSV.")] = None,
    settings: Annotated[Path | None, typer.Option(help="A YAML file of settings to change.")] = None,
) -> None:
    """Precision, recall and F1 of automatic against a person's theme codes, per theme and overall (95% CIs)."""
    from svanalysis.analysis.themes.workflow import agreement_folder
    from svanalysis.core.io import write_csv

    s, frame = _settings(settings), _need_frame(frame)
    with _errors():
        table = agreement_folder(processed, frame, codes, settings=s)
    if table.empty:
        typer.echo("no theme codes to compare yet; run `svanalysis themes review export` and `import` first")
        return

    def ci(row, name):
        lo, hi = row[f"{name}_low"], row[f"{name}_high"]
        v = row[name]
        if v != v:  # NaN: no positive call or no positive code
            return f"{name[0].upper()} -"
        return f"{name[0].upper()} {v:.2f} ({lo:.2f}-{hi:.2f})" if lo == lo else f"{name[0].upper()} {v:.2f}"

    for field, part in table.groupby("field", sort=False):
        typer.echo(f"{field}: {int(part['answers'].iloc[0])} coded answers ({part['sample'].iloc[0]})")
        for _, row in part.iterrows():
            typer.echo(
                f"  {row['theme'][:32]:<32} tp {row['tp']:>4} fp {row['fp']:>4} fn {row['fn']:>4}   "
                + "   ".join(ci(row, k) for k in ("precision", "recall", "f1"))
            )
    if out is not None:
        with _errors():
            write_csv(table, out)
        typer.echo(f"wrote {out}")


@app.callback()
def _main() -> None:
    # a terminated run (cron's timeout, `kill`) unwinds like an interrupted one: its staging folder
    # (personal data) is removed and its worker processes are stopped
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminated)


def _terminated(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
