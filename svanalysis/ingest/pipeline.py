"""Ingest: every input file, whatever its channel, into the processed tables of the data contract.

The pipeline, in order (each step a function of the module named):

1. find the input files (``discover``): folders, files, or fsspec URLs (``s3://bucket/exports/``),
   read by this process; names starting with "_" or "." and README files are not inputs (the
   synthetic example keeps its truth in ``_truth/``);
2. read each file (``svanalysis.ingest.readers``): an export is *streamed*, its header mapped on
   its first rows and the rest read a block at a time, so memory never holds a whole file; a file
   that cannot be read is rejected with a one-line reason and the others go on;
3. in batches of ``ingest.chunk_rows`` rows (25,000 by default, an export's rows from its first,
   so a grown export's batches are those of the night before plus new ones): give every response
   a stable ``respondent_id`` (from the platform's response id when there is one, else from the
   file name and row), clean (``svanalysis.ingest.clean``), code stances from text
   (``svanalysis.ingest.stance``), apply a person's overrides (``svanalysis.ingest.review``),
   validate (``svanalysis.core.schema``), gather compact evidence for step 4, and write the
   batch's tables to the batch store (``svanalysis.ingest.store``). Batches run on Dask
   (``svanalysis.ingest.executor``): here, on a local cluster, or on the user's;
4. mark duplicates and campaigns over all responses at once (``svanalysis.ingest.dedupe``) and
   assemble each table from its batches, in order, in row groups of a fixed size, so the bytes
   written do not depend on the batch size or the number of workers;
5. write ``manifest.json`` last and swap the whole staging folder (beside ``out``) in for ``out``
   (``svanalysis.core.processed.replace_processed``): the tables of a run change together, a
   kill never leaves two runs' tables side by side, and an input with no response at all is
   refused without touching the previous set. The staging folder goes whatever happens (a killed
   run's is removed by the next run, under the same lock).

**Incremental runs.** The batch store is kept between runs (beside ``out``, or where ``--cache``
says): each batch's entry is keyed by the content of its rows and by everything that produced it
(code, questionnaire, the settings each step reads, the overrides of its respondents), so a run
recomputes only the batches that changed and reuses the others' tables and evidence; documents
(Word forms, letters, emails) are read once per content hash of the file, and a CSV export that
begins with the very bytes an earlier run read is read only from its last incomplete chunk on
(``svanalysis.ingest.appended``: the complete chunks before it are replayed). Duplicates and
campaigns are always resolved over everything, the exact checks of pairs of texts seen on an
earlier run taken from the store (``dedupe.CheckCache``). The outputs are the same bytes as a run
from scratch.

Nothing is lost: every data row of every file is a row of ``responses.parquet`` or a line of
``rejects.csv`` with a reason, and ``ledger.json`` reconciles rows read = responses + rejected for
each file.

Outputs (in ``out``): ``responses.parquet``, ``choices.parquet``, ``role_fte.parquet``,
``pii.parquet`` (restricted), ``unmapped_answers.parquet`` (answers in columns no question holds,
redacted), ``coding.parquet``, ``cleaning_log.parquet``,
``rejects.csv``, ``ledger.json``, ``data_quality.json``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import shutil
import sys
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from svanalysis.core.cache import TextCache, cache_root, code_version, digest, file_digest, frame_digest
from svanalysis.core.io import write_csv, write_json
from svanalysis.core.locking import exclusive
from svanalysis.core.memory import release_memory, returning_pool
from svanalysis.core.paths import MANUAL_DIR
from svanalysis.core.processed import (
    TABLES,
    carry_skeleton,
    check_output_folder,
    clear_leftovers,
    lock_path,
    replace_processed,
    staging_prefix,
    write_manifest,
)
from svanalysis.core.schema import validate
from svanalysis.core.settings import load_settings
from svanalysis.core.spec import Spec, load_spec
from svanalysis.core.version import __version__
from svanalysis.ingest import appended
from svanalysis.ingest.clean import CleanResult, attach_redactions, clean, unmapped_answers
from svanalysis.ingest.dedupe import CheckCache, Deduper
from svanalysis.ingest.executor import Executor
from svanalysis.ingest.readers import FileRead, ReadError, classify, planned_read, read_file
from svanalysis.ingest.readers.tabular import plan_state
from svanalysis.ingest.stance import CODER_VERSION, code_stances
from svanalysis.ingest.store import BatchStore, load_evidence, save_evidence

__all__ = [
    "EXIT_BAD_ARGS",
    "EXIT_OK",
    "EXIT_REJECTS",
    "ROW_GROUP_ROWS",
    "TABLES",
    "IngestResult",
    "NothingToIngest",
    "discover",
    "ingest",
]

EXIT_OK, EXIT_BAD_ARGS, EXIT_REJECTS = 0, 2, 3
# Rows per row group of every table written: fixed, so the bytes do not depend on the batches.
ROW_GROUP_ROWS = 65_536


class NothingToIngest(ValueError):
    """The input holds no response at all; the previous outputs are left as they were."""


@dataclass
class IngestResult:
    """What ingest did: the ledger, the rejects, and (read on first use) the tables written."""

    out: Path
    ledger: dict[str, Any]
    rejects: pd.DataFrame

    @property
    def exit_code(self) -> int:
        return EXIT_REJECTS if len(self.rejects) else EXIT_OK

    @functools.cached_property
    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table written, restricted ones included, read back from ``out``."""
        return {name: pd.read_parquet(self.out / f"{name}.parquet") for name in TABLES}


def _skip(parts: Iterable[str], name: str) -> bool:
    """Folders and files that are not responses: hidden or set aside ("_manual", ".git"), READMEs, and the lock files
    Office and LibreOffice leave beside a workbook someone has open ("~$export.xlsx", ".~lock.export.xlsx#").

    >>> _skip(["raw", "~$export.xlsx"], "~$export.xlsx"), _skip(["raw", "export.xlsx"], "export.xlsx")
    (True, False)
    """
    return any(part.startswith(("_", ".", "~$")) for part in parts) or name.lower().startswith("readme")


def _is_url(x: str | Path) -> bool:
    return isinstance(x, str) and "://" in x and not x.startswith("file://")


def discover(inputs: Iterable[str | Path]) -> list[Path | str]:
    """The input files under ``inputs`` (files, folders searched recursively, or fsspec URLs of
    either), sorted: local files as paths, others as URLs.

    Raises
    ------
    FileNotFoundError
        If an input does not exist.
    """
    files: list[Path | str] = []
    for raw in inputs:
        if _is_url(raw):
            files += _discover_url(str(raw))
            continue
        p = Path(str(raw).removeprefix("file://"))
        if not p.exists():
            raise FileNotFoundError(f"{p}: no such file or folder")
        if p.is_file():
            files.append(p)
            continue
        for f in sorted(p.rglob("*")):
            rel = f.relative_to(p)
            if f.is_file() and not _skip(rel.parts, f.name):
                files.append(f)
    local = sorted(dict.fromkeys(f for f in files if isinstance(f, Path)), key=lambda f: (str(f.parent), f.name))
    remote = sorted(dict.fromkeys(f for f in files if isinstance(f, str)), key=lambda f: (f.rsplit("/", 1)[0], f))
    return [*local, *remote]


def _discover_url(url: str) -> list[str]:
    import fsspec

    fs, path = fsspec.core.url_to_fs(url)
    if not fs.exists(path):
        raise FileNotFoundError(f"{url}: no such file or folder")
    if fs.isfile(path):
        return [url]
    base = path.rstrip("/")
    out = []
    for f in sorted(fs.find(base)):
        rel = f[len(base) :].strip("/").split("/")
        if not _skip(rel, rel[-1]):
            out.append(fs.unstrip_protocol(f))
    return out


@contextlib.contextmanager
def _local_file(item: Path | str, spool: Path) -> Iterator[Path]:
    """A local path for an input: the file itself, or a copy of a remote one (removed after)."""
    if isinstance(item, Path):
        yield item
        return
    import fsspec

    name = item.rstrip("/").rsplit("/", 1)[-1]
    target = spool / name
    with fsspec.open(item, "rb") as src, open(target, "wb") as dst:
        shutil.copyfileobj(src, dst, 1 << 22)
    try:
        yield target
    finally:
        target.unlink(missing_ok=True)


def _ids(keys: pd.Series) -> pd.Series:
    h = pd.util.hash_array(keys.astype(str).to_numpy(), categorize=False)
    return pd.Series(["R" + format(int(x), "016x")[:12] for x in h], index=keys.index, dtype="string")


def _answered(slots: pd.DataFrame, spec: Spec) -> pd.Series:
    """Whether each row answers at least one question (About-you and metadata do not count)."""
    answer_cols = []
    for c in slots.columns:
        if c.startswith("_") or c in ("letter_text",):
            continue
        try:
            s = spec.slot(c)
        except KeyError:
            continue
        if s.kind in ("personal", "meta") or s.qid in ("respondent_type", "consent_publish"):
            continue
        answer_cols.append(c)
    if "letter_text" in slots:
        answer_cols.append("letter_text")
    if not answer_cols:
        return pd.Series(False, index=slots.index)
    import pyarrow as pa
    import pyarrow.compute as pc

    filled = np.zeros(len(slots), dtype=bool)
    for c in answer_cols:  # column by column, without copying the text; in Arrow (pandas' str.isspace)
        arr = pa.array(slots[c].astype("string").array)
        blank = pc.or_kleene(pc.equal(arr, ""), pc.utf8_is_space(arr))  # missing stays missing
        filled |= pc.fill_null(pc.invert(blank), False).to_numpy(zero_copy_only=False)
    return pd.Series(filled, index=slots.index)


def ingest(
    inputs: Iterable[str | Path],
    out: str | Path,
    settings: dict[str, Any] | None = None,
    overrides: str | Path | None = None,
    spec: Spec | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    lock: bool = True,
    cache: str | Path | bool | None = None,
    scheduler: str | None = None,
    notify: Callable[[str], None] | None = None,
) -> IngestResult:
    """Ingest ``inputs`` (files, folders or fsspec URLs) and write the processed tables to ``out``.

    Rows are cleaned and coded in batches of ``ingest.chunk_rows`` (a setting), each batch written
    straight to the batch store, so memory stays bounded whatever the number of responses;
    duplicates and campaigns are then resolved over all responses at once. Batches run in this
    process (``ingest.jobs`` 1, the default here), on a local Dask cluster of ``ingest.jobs``
    workers (0: one per core), or on an existing cluster (``scheduler``).

    Parameters
    ----------
    inputs : files, folders or URLs
    out : folder for the processed tables (created if missing)
    settings : dict, optional
        From ``svanalysis.core.paths.load_settings``; the shipped defaults otherwise.
    overrides : path, optional
        A person's stance decisions (``svanalysis review import`` writes them); defaults to
        ``data/manual/overrides.csv`` when it exists.
    progress : callable(file name, index, total), optional
    lock : bool
        Hold ``out``'s lock while ingesting (``svanalysis run`` holds it for the whole run instead).
    cache : path, URL or bool, optional
        Where the batch store is kept between runs (incremental runs): ``True`` beside ``out``
        (``.<name>.cache``), a folder or URL, or ``False`` for none. Default: ``ingest.cache``.
    scheduler : str, optional
        The address of a Dask scheduler to run the batches on. Default: ``ingest.scheduler``.
    notify : callable(message), optional
        Told once a cluster is up, with its dashboard's address.

    Returns
    -------
    IngestResult
        ``exit_code`` is 0 when every row of every file was ingested, 3 when something was rejected.

    Raises
    ------
    NothingToIngest
        If the input holds no response at all (no files, or every file or row rejected): the
        outputs in ``out`` are left as they were.
    ValueError
        If ``out`` is not a folder or holds files svanalysis did not write, or the overrides file
        is malformed or names a response the input does not hold.
    LockHeldError
        If another ingest into ``out`` is running.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from svanalysis.synth.responses import write_online_export
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = write_online_export(d / "raw" / "export.csv", 30, seed=3)
    >>> r = ingest([d / "raw"], d / "processed")
    >>> r.ledger["totals"]["rows_read"] == r.ledger["totals"]["responses"] + r.ledger["totals"]["rejected"]
    True
    """
    spec = spec or load_spec()
    settings = settings or load_settings()
    # every path absolute before anything starts (workers, notebooks) in another directory
    out = Path(out).expanduser().resolve()
    inputs = [
        str(p) if _is_url(str(p)) else Path(str(p).removeprefix("file://")).expanduser().resolve() for p in inputs
    ]
    files = discover(inputs)
    if not files:
        raise NothingToIngest(f"{', '.join(str(p) for p in inputs)}: no input files found; {out} is left as it was")
    check_output_folder(out)
    overrides_path = Path(overrides).expanduser().resolve() if overrides else MANUAL_DIR / "overrides.csv"
    override_rows = None
    if overrides_path.is_dir():
        raise ValueError(f"{overrides_path}: is a folder; --overrides takes the overrides CSV file")
    if overrides_path.exists():
        from svanalysis.ingest.review import read_overrides

        override_rows = read_overrides(overrides_path, spec)
    options = settings.get("ingest", {})
    if cache is None:
        cache = bool(options.get("cache", True))
    cache_url = (cache_root(out) if cache is True else None) if isinstance(cache, bool) else str(cache)
    if cache_url is not None and not _is_url(cache_url):
        cache_url = str(Path(cache_url.removeprefix("file://")).expanduser().resolve())
    scheduler = scheduler or options.get("scheduler") or None
    out.parent.mkdir(parents=True, exist_ok=True)
    if cache_url is not None and not _is_url(cache_url) and not Path(cache_url).exists():
        # the store holds personal data, like the processed folder: readable by its owner only
        # (a folder given that already exists, such as a share a cluster reads, is left as it is)
        Path(cache_url).parent.mkdir(parents=True, exist_ok=True)
        Path(cache_url).mkdir(mode=0o700, exist_ok=True)
    with exclusive(lock_path(out), "ingest into this folder") if lock else contextlib.nullcontext(), returning_pool():
        clear_leftovers(out)
        return _ingest_files(
            files, out, spec, settings, overrides_path, override_rows, progress, cache_url, scheduler, notify
        )


def _ingest_files(
    files: list[Path | str],
    out: Path,
    spec: Spec,
    settings: dict[str, Any],
    overrides_path: Path,
    override_rows: pd.DataFrame | None,
    progress: Callable[[str, int, int], None] | None,
    cache_url: str | None,
    scheduler: str | None,
    notify: Callable[[str], None] | None,
) -> IngestResult:
    """Read, clean and write a whole run into a staging folder beside ``out``, then swap it in."""
    started = dt.datetime.now(dt.UTC)
    ledger_files: list[dict[str, Any]] = []
    rejects: list[dict[str, Any]] = []
    # named before it is made, and made inside the try: a SIGTERM that lands just after the folder
    # is made (mkdtemp, then the assignment) would otherwise leave it, with personal data, behind
    stage = out.parent / f"{staging_prefix(out)}{uuid.uuid4().hex[:12]}"
    run: _Batches | None = None
    try:
        stage.mkdir(mode=0o700)
        store = BatchStore(cache_url or str(stage / "batches"))
        versions = _Versions(spec, settings, override_rows)
        shared = {
            "spec": spec,
            "settings": settings,
            "overrides": override_rows,
            "store": store,
            "versions": versions,
            "text_cache": cache_url,  # MinHash signatures per text, kept between runs with the batches
        }
        executor = Executor(_jobs(settings, files), scheduler, shared, on_start=notify)
        run = _Batches(stage, store, executor, versions, spec, settings, override_rows, cache_url)
        spool = stage / "inputs"
        spool.mkdir()
        for k, item in enumerate(files):
            name = str(item).rstrip("/").rsplit("/", 1)[-1] if isinstance(item, str) else item.name
            if progress:
                progress(name, k, len(files))
            with _local_file(item, spool) as path:
                entry = _ingest_file(path, name, str(item), spec, settings, rejects, run)
            ledger_files.append(entry)
        if not sum(f["responses"] for f in ledger_files):
            why = "; ".join(r["reason"] for r in rejects[:3]) + (
                f"; and {len(rejects) - 3} more" if len(rejects) > 3 else ""
            )
            raise NothingToIngest(
                f"no responses in the input ({len(files)} file(s){': ' + why if why else ''}); {out} is left as it was"
            )
        if progress:
            progress("duplicates and campaigns", len(files), len(files))
        run.flush(final=True)
        _check_override_ids(override_rows, run, overrides_path)
        run.finish()
        shutil.rmtree(run.evidence_dir, ignore_errors=True)
        rejects_df = pd.DataFrame(rejects, columns=["source_file", "source_row", "reason"])
        rejects_df["source_row"] = rejects_df["source_row"].astype("Int64")
        ledger = _ledger(ledger_files, run, started, settings, cache_url, executor)
        write_csv(rejects_df, stage / "rejects.csv")
        write_json(ledger, stage / "ledger.json")
        write_json(_ordered_quality(run.quality, spec), stage / "data_quality.json")
        shutil.rmtree(spool, ignore_errors=True)
        if cache_url is None:
            store.remove()  # the batches were only staged: they are in the tables now
        carry_skeleton(out, stage)
        write_manifest(stage, started.isoformat(timespec="microseconds"))
        replace_processed(stage, out)
        if cache_url is not None:  # what this run did not use goes (the cache holds personal data)
            store.keep_only(run.used)
            TextCache.consolidate(cache_url, "minhash", versions.minhash)
            CheckCache.consolidate(cache_url, run.checks_version)
    except BaseException:
        if run is not None:
            run.close()  # stop any workers before the staging folder goes
        raise
    finally:
        if run is not None:
            run.close()
        shutil.rmtree(stage, ignore_errors=True)
    return IngestResult(out, ledger, rejects_df)


def _ingest_file(
    path: Path,
    name: str,
    where: str,
    spec: Spec,
    settings: dict[str, Any],
    rejects: list[dict[str, Any]],
    run: _Batches,
) -> dict[str, Any]:
    """Read one file and hand its rows over; returns its ledger entry."""
    entry: dict[str, Any] = {"file": name, "path": where, "kind": classify(path)}
    stat = _stat(path)  # before any reading: a file written to while it is read keeps no record
    # an export read before and grown by appending: read by the plan kept then (not its head again)
    early = _ExportLog.before_reading(run, path, name, spec) if entry["kind"] == "table" else None
    try:
        fr: FileRead = early[1] if early is not None else run.read(path, spec, settings)
    except Exception as exc:  # an unexpected failure on one file must not lose the others
        if isinstance(exc, ReadError):
            reason = why = f"{name}: {exc}"
            why = str(exc)
        else:
            reason = why = f"{name}: could not be read ({type(exc).__name__}: {exc})"
        rejects.append({"source_file": name, "source_row": pd.NA, "reason": reason})
        entry.update(status="rejected", reason=why, rows_read=0, responses=0, rejected=0)
        return entry
    kept = handed = 0
    status = "ok"
    export = fr.slots is None  # streamed from its table, a chunk at a time
    # an export read before and grown by appending: the chunks read then are replayed, not read
    log = early[0] if early is not None else _ExportLog.open(run, path, name, fr) if export else None
    if log is not None:
        log.stat = stat
        for c in log.replay(run, fr.table):
            handed += c.rows
            kept += c.kept
            rejects.extend({"source_file": name, "source_row": r, "reason": why} for r, why in c.rejects)
    try:
        for slots, uv in fr.chunks(run.chunk_rows):
            start = handed  # the chunk's first data row
            handed += len(slots)
            if log is not None:
                log.reading(fr.table, start, slots, uv, run)
            before = len(rejects)
            # rows set aside while reading: those of this chunk are known once it is handed over
            bad_rows = {int(r): why for r, why in fr.rejects}
            slots, uv, n = _take_rows(slots, uv, fr, name, spec, bad_rows, rejects)
            kept += n
            # each chunk of an export is a batch of its own, worked on once nothing here holds its
            # rows (the batch in flight is then the only one in memory, and it can be released as
            # soon as it is cleaned); documents are gathered into batches of chunk_rows
            run.add(slots, uv, flush=not export)
            del slots, uv
            if export:
                run.flush()
            if log is not None:
                log.read(run, start, n, rejects[before:])
    except ReadError as exc:  # a file broken part way through: the rows handed over stay, the rest is rejected
        rejects.append({"source_file": name, "source_row": pd.NA, "reason": f"{name}: {exc} (after data row {handed})"})
        status = "partly read"
        fr.rows_read = handed
        fr.info = fr.table.account() if fr.table is not None else fr.info
    if export:
        run.flush()  # an export's batches are its own: a grown export keeps the batches it had
    if log is not None and status == "ok":
        log.keep(run, path, fr.table)
    entry.update(
        status=status,
        channel=fr.channel,
        layout=fr.layout,
        rows_read=int(fr.rows_read),
        responses=kept,
        rejected=int(fr.rows_read) - kept,
        **{k2: v for k2, v in fr.info.items() if k2 not in ("columns", "layout")},
    )
    return entry


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _check_override_ids(override_rows: pd.DataFrame | None, run: _Batches, path: Path) -> None:
    """A person's decision about a response this input does not hold is an error, not a silent skip."""
    if override_rows is None or not len(override_rows):
        return
    ids = override_rows["respondent_id"].astype("string").fillna("")
    h = pd.util.hash_array(ids.to_numpy(dtype=object), categorize=False)
    unknown = ~run.seen_ids.contains(h)
    if unknown.any():
        i = int(np.flatnonzero(unknown)[0])
        more = f" (and {int(unknown.sum()) - 1} more)" if unknown.sum() > 1 else ""
        raise ValueError(
            f"{path}, row {int(override_rows.index[i]) + 2}, column respondent_id: {ids.iat[i]!r} is not a "
            f"response of this input{more}; remove the row or ingest the file it came from"
        )


def _take_rows(
    slots: pd.DataFrame,
    uv: pd.DataFrame | None,
    fr: FileRead,
    name: str,
    spec: Spec,
    bad_rows: dict[int, str],
    rejects: list[dict[str, Any]],
) -> tuple[pd.DataFrame, pd.DataFrame | None, int]:
    """Reject the bad and empty rows of one chunk of a file; return the rows kept (with their
    channel and file), their unmapped values, and how many they are."""
    row_no = slots["_row"].astype(int)
    is_bad = row_no.isin(list(bad_rows)).to_numpy()
    answered = _answered(slots, spec).to_numpy().copy()
    if uv is not None and len(uv):  # an answer in a column no question holds is an answer too
        answered |= row_no.isin(uv["_row"].astype(int).unique()).to_numpy()
    for r in row_no[is_bad]:
        rejects.append({"source_file": name, "source_row": int(r), "reason": f"row {r}: {bad_rows[int(r)]}"})
    empty = ~answered & ~is_bad
    what = "document" if fr.channel != "online" else None
    for r in row_no[empty]:
        rejects.append(
            {
                "source_file": name,
                "source_row": int(r),
                "reason": f"{what or f'row {r}'}: no answer to any question",
            }
        )
    keep = answered & ~is_bad
    slots = _rows_kept(slots, keep)
    # a file of several channels (an email with its attachments) says each row's own
    channel = slots.pop("_channel") if "_channel" in slots else fr.channel
    slots.insert(0, "channel", channel)
    slots.insert(1, "source_file", name)
    slots = slots.rename(columns={"_row": "source_row"})
    if uv is not None and len(uv):
        uv = uv.copy()
        uv["source_file"] = name
    else:
        uv = None
    return slots, uv, int(keep.sum())


def _rows_kept(df: pd.DataFrame, keep: np.ndarray) -> pd.DataFrame:
    """``df[keep]``, made of slices of ``df`` (the runs of rows kept) joined: a slice of an
    Arrow-backed column is not a copy, so dropping the few bad or empty rows of a chunk does not
    copy every cell of the others, as a boolean selection of its hundred-odd columns did.

    >>> df = pd.DataFrame({"a": pd.array(["x", "y", "z", "w"], dtype="string[pyarrow]")})
    >>> _rows_kept(df, np.array([True, False, True, True]))["a"].tolist()
    ['x', 'z', 'w']
    """
    edges = np.flatnonzero(np.diff(np.r_[0, keep.astype(np.int8), 0]))
    if len(edges) == 0:
        return df.iloc[0:0]
    return pd.concat([df.iloc[a:b] for a, b in zip(edges[::2], edges[1::2], strict=True)])


def _in_sorted(x: np.ndarray, sorted_values: np.ndarray) -> np.ndarray:
    """Whether each of ``x`` is in ``sorted_values`` (binary search: no re-sorting of what was seen)."""
    if len(sorted_values) == 0:
        return np.zeros(len(x), dtype=bool)
    i = np.minimum(np.searchsorted(sorted_values, x), len(sorted_values) - 1)
    return sorted_values[i] == x


class _Seen:
    """64-bit hashes seen so far, as a few sorted runs merged as they grow (a log-structured set):
    adding a batch never re-sorts everything seen before it.

    >>> s = _Seen()
    >>> s.add(np.array([5, 1], dtype=np.uint64)); s.add(np.array([3], dtype=np.uint64))
    >>> s.contains(np.array([1, 2, 3], dtype=np.uint64)).tolist()
    [True, False, True]
    """

    def __init__(self) -> None:
        self.runs: list[np.ndarray] = []

    def contains(self, x: np.ndarray) -> np.ndarray:
        out = np.zeros(len(x), dtype=bool)
        for run in self.runs:
            out |= _in_sorted(x, run)
        return out

    def add(self, x: np.ndarray) -> None:
        self.runs.append(np.sort(x))
        while len(self.runs) > 1 and len(self.runs[-2]) <= 2 * len(self.runs[-1]):
            last = self.runs.pop()
            self.runs[-1] = np.sort(np.concatenate([self.runs[-1], last]), kind="mergesort")


def _section(settings: dict[str, Any], name: str, keys: Iterable[str] | None = None) -> dict[str, Any]:
    sec = settings.get(name, {}) or {}
    return dict(sec) if keys is None else {k: sec.get(k) for k in keys}


class _Versions:
    """What each kind of cache entry depends on besides its content: the code that computes it, the
    questionnaire, and the settings it reads (and no other setting: a change of the report grid
    or the campaign threshold, read only after the batches, keeps every entry)."""

    def __init__(self, spec: Spec, settings: dict[str, Any], overrides: pd.DataFrame | None):
        code = code_version("svanalysis.core", "svanalysis.ingest")
        questionnaire = digest(spec.raw)
        self.read = digest("read", code, questionnaire, _section(settings, "matching", ["header_threshold"]))
        self.clean = digest(
            "clean",
            code,
            questionnaire,
            _section(settings, "matching"),
            _section(settings, "numbers"),
            _section(settings, "cleaning"),
        )
        self.minhash = digest(
            "minhash",
            code_version("svanalysis.ingest.dedupe"),
            _section(settings, "campaigns", ["shingle_words", "num_perm"]),
        )
        self.batch = digest(
            "batch",
            CODER_VERSION,
            _section(settings, "stance"),
            _section(settings, "duplicates", ["min_answers"]),
            _section(settings, "campaigns", ["min_words", "shingle_words", "num_perm"]),
        )
        self.overrides = None
        if overrides is not None and len(overrides):
            o = overrides.astype("string")
            self.overrides = o.assign(_id=o["respondent_id"].fillna(""))

    def override_digest(self, ids: pd.Series) -> str:
        """A hash of the overrides that name a response of the batch (in the file's order)."""
        if self.overrides is None:
            return digest(None)
        mine = self.overrides[self.overrides["_id"].isin(ids.astype("string").to_numpy())]
        return frame_digest(mine.drop(columns="_id").reset_index(drop=True)) if len(mine) else digest(None)


# ============================================================================ the work of one batch
_TEXT_CACHES: dict[tuple[str, str], TextCache] = {}  # a worker process's MinHash caches


class _Rows:
    """A batch's rows on their way to its work, which takes them (``take``): nothing else then
    holds them, so they are freed as soon as they are cleaned, in this process as on a worker.

    >>> r = _Rows(pd.DataFrame({"a": [1]}))
    >>> len(r.take()), r.take()
    (1, None)
    """

    def __init__(self, raw: pd.DataFrame):
        self._raw: pd.DataFrame | None = raw

    def peek(self) -> pd.DataFrame:
        assert self._raw is not None, "the rows were taken"
        return self._raw

    def take(self) -> pd.DataFrame | None:
        raw, self._raw = self._raw, None
        return raw


def _work(batch: int, rows: _Rows, uv: list[pd.DataFrame], keys: dict[str, str], shared: dict) -> dict:
    """Everything heavy for one batch, on a worker or inline: clean (or take the cleaned tables from
    the store), code, apply overrides, validate, gather the duplicate and campaign evidence, and
    write the batch's entry to the store. Returns what the main process keeps (small)."""
    with returning_pool():  # on a worker too
        return _work_batch(batch, rows, uv, keys, shared)


def _work_batch(batch: int, rows: _Rows, uv: list[pd.DataFrame], keys: dict[str, str], shared: dict) -> dict:
    spec, settings, overrides = shared["spec"], shared["settings"], shared["overrides"]
    store: BatchStore = shared["store"]
    raw = rows.take()
    assert raw is not None, "a batch's rows are worked on once"
    if store.has("clean", keys["clean"]):
        result = _load_clean(store, keys["clean"])
    else:
        result = clean(raw, spec, settings)
        if shared["text_cache"] is not None:  # kept for a later run only: without a cache none reads it
            _save_clean(store, keys["clean"], result)
    ids = raw[["source_file", "source_row", "respondent_id"]]  # only what the unmapped table needs
    del raw
    responses, coding = code_stances(result.responses, spec, settings)
    log = result.log
    applied = 0
    if overrides is not None:
        from svanalysis.ingest.review import apply_overrides

        responses, coding, extra_log, applied = apply_overrides(responses, coding, overrides, spec)
        log = pd.concat([log, extra_log], ignore_index=True)
        for c in ("field", "rule"):
            log[c] = log[c].astype("category")
    pii = attach_redactions(result.pii, result.redactions)
    versions: _Versions = shared["versions"]
    cache = None  # without a cache, no text keys to compute and look up in vain
    if shared["text_cache"] is not None:
        cache = _TEXT_CACHES.setdefault(
            (str(shared["text_cache"]), versions.minhash),
            TextCache(
                shared["text_cache"], "minhash", versions.minhash, int(settings["campaigns"]["num_perm"]) + 1, np.uint32
            ),
        )
    evidence = Deduper(spec, settings).evidence(responses, pii, signatures=cache)
    if cache is not None:
        cache.flush()
    answers = unmapped_answers(uv, ids)
    tables = {
        "responses": validate("responses", responses, spec),
        "choices": validate("choices", result.choices, spec),
        "role_fte": validate("role_fte", result.role_fte, spec),
        "pii": validate("pii", pii, spec),
        "unmapped_answers": answers,
        # the earlier name and columns of the same answers, kept so existing readers still work
        "unmapped": answers.rename(columns={"header": "column", "text": "value"})[
            ["respondent_id", "source_file", "source_row", "column", "value"]
        ],
        "coding": coding,
        "cleaning_log": validate("cleaning_log", log, spec),
    }
    order = _arrow_text(responses["respondent_id"])
    for name, df in tables.items():
        if name != "responses":  # each response's rows together, in the order of the responses
            df = _in_response_order(df, order)
        store.write_table("batch", keys["batch"], name, _text_as_string(df))
    if shared["text_cache"] is not None:  # for a later run only: this one takes the evidence returned
        store.write_bytes("batch", keys["batch"], "evidence.npz", save_evidence(evidence))
    counts = {
        "by_channel": {str(k): int(v) for k, v in responses["channel"].value_counts(sort=False).items()},
        "partial": int((responses["response_status"] == "partial").sum()),
        # stances coded from text, by the rules or the sentence classifier (the key's name kept)
        "rule": int((coding["method"].isin(["rule", "model"]) & coding["stance"].notna()).sum()) if len(coding) else 0,
        "review": int((coding["needs_review"] & coding["stance"].notna()).sum()) if len(coding) else 0,
        # letters' possible views left uncoded, listed for a person (round 49)
        "possible": int(coding["stance"].isna().sum()) if len(coding) else 0,
        "overrides": applied,
        "welsh": int((responses["language"] == "Welsh").fillna(False).sum()) if "language" in responses else 0,
    }
    done = {"batch": batch, "rows": {name: len(df) for name, df in tables.items()}, "counts": counts}
    done["quality"] = result.quality
    store.write_result("batch", keys["batch"], done)  # last: the entry is complete
    del result, responses, coding, pii, tables, log
    release_memory()
    return {**done, "key": keys["batch"], "evidence": evidence}


def _in_response_order(df: pd.DataFrame, order: Any) -> pd.DataFrame:
    """The rows of a table grouped by response, in the order of the responses (``order``, their
    ids as an Arrow array, unique: validated), each response's rows in the order they were made:
    so a table is the same whatever responses share a batch (made question by question, its rows
    would follow the batches). Each row's response is found by a hash lookup in Arrow, not by
    reindexing a pandas index with a Python string per row; a row of no response goes last.

    >>> import pyarrow as pa
    >>> df = pd.DataFrame({"respondent_id": ["b", "x", "a", "b"], "v": [1, 2, 3, 4]})
    >>> _in_response_order(df, pa.array(["a", "b"]))["v"].tolist()
    [3, 1, 4, 2]
    """
    import pyarrow.compute as pc

    if len(df) < 2:
        return df
    pos = pc.index_in(_arrow_text(df["respondent_id"]), value_set=order).fill_null(len(order))
    return df.iloc[np.argsort(np.asarray(pos), kind="stable")].reset_index(drop=True)


def _arrow_text(s: pd.Series) -> Any:
    """A column as one Arrow array of text (``large_string``)."""
    import pyarrow as pa

    arr = pa.array(s.astype("string").array)
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks else pa.array([], pa.large_string())
    return arr.cast(pa.large_string())


def _text_as_string(df: pd.DataFrame) -> pd.DataFrame:
    """Text columns as pandas' ``string`` type, whatever their values made of them in this batch
    (``str`` when every value is there, ``string`` or ``object`` when some are missing), so a
    column's type in the table written does not depend on which batch came first."""
    change = [c for c in df.columns if df[c].dtype == object or isinstance(df[c].dtype, pd.StringDtype)]
    change = [c for c in change if not (isinstance(df[c].dtype, pd.StringDtype) and df[c].dtype.na_value is pd.NA)]
    if not change:
        return df
    df = df.copy(deep=False)
    for c in change:
        df[c] = df[c].astype("string")
    return df


_CLEAN_TABLES = ("responses", "choices", "role_fte", "pii", "log")


def _save_clean(store: BatchStore, key: str, result: CleanResult) -> None:
    for name in _CLEAN_TABLES:
        store.write_table("clean", key, name, getattr(result, name))
    redactions = {str(i): d for i, d in result.redactions.items()}
    store.write_result("clean", key, {"quality": result.quality, "redactions": redactions})


def _load_clean(store: BatchStore, key: str) -> CleanResult:
    meta = store.read_result("clean", key)
    tables = {name: store.read_table("clean", key, name).to_pandas() for name in _CLEAN_TABLES}
    redactions = {int(i): d for i, d in meta["redactions"].items()}
    return CleanResult(**tables, quality=meta["quality"], redactions=redactions)


def _load_batch(store: BatchStore, key: str) -> dict:
    done = store.read_result("batch", key)
    return {**done, "key": key, "evidence": load_evidence(store.read_bytes("batch", key, "evidence.npz"))}


def _jobs(settings: dict[str, Any], files: list[Path | str]) -> int:
    """Worker processes for the local cluster: ``ingest.jobs``, but one (this process) for an
    input smaller than ``ingest.cluster_min_mb``, where a cluster costs more than it gives."""
    options = settings.get("ingest", {})
    jobs = int(options.get("jobs", 1))
    floor = float(options.get("cluster_min_mb", 0) or 0)
    if jobs != 1 and floor > 0 and _input_bytes(files) < floor * 2**20:
        return 1
    return jobs


def _input_bytes(files: list[Path | str]) -> float:
    """The size of the input files; infinite when one cannot be asked (a remote store refusing)."""
    total = 0.0
    for f in files:
        try:
            if isinstance(f, Path):
                total += f.stat().st_size
            else:
                import fsspec

                fs, path = fsspec.core.url_to_fs(f)
                total += float(fs.size(path) or 0)
        except Exception:  # an unknown size: large enough for a cluster
            return float("inf")
    return total


# ============================================================================ batches
class _Batches:
    """Hands responses over a batch at a time and keeps what is needed across batches: the
    respondent-id keys seen, the duplicate and campaign evidence (compact), counts for the
    ledger, and the data-quality tallies.

    A batch whose entry is already in the store (same content, same versions) is taken from it;
    the others run on the executor. Results are taken in the order the batches were made, so the
    output depends neither on the workers nor on which batches were reused."""

    def __init__(
        self,
        stage: Path,
        store: BatchStore,
        executor: Executor,
        versions: _Versions,
        spec: Spec,
        settings: dict[str, Any],
        overrides: pd.DataFrame | None,
        text_cache: str | None = None,
    ):
        self.stage, self.store, self.executor, self.versions = stage, store, executor, versions
        self.text_cache = text_cache  # where campaign resolution keeps its exact checks between runs
        self.spec, self.settings, self.overrides = spec, settings, overrides
        self.chunk_rows = max(int(settings.get("ingest", {}).get("chunk_rows", 25_000)), 1)
        self.inflight: deque[Any] = deque()
        self.pending: list[pd.DataFrame] = []
        self.pending_uv: list[pd.DataFrame] = []
        self.pending_rows = 0
        self.batches = 0
        self.computed = 0
        self.reused = 0
        self.used: dict[str, set[str]] = {"read": set(), "clean": set(), "batch": set(), "export": set()}
        self.last: tuple[str, np.ndarray, np.ndarray, np.ndarray] | None = None  # the last batch's keys and ids
        self.seen_keys = _Seen()
        self.seen_ids = _Seen()
        self._keys: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None  # ids, key hashes, seen
        self.unmatched: set[str] = set()  # exports whose record's bytes they do not begin with
        self.writers: dict[str, _TableWriter] = {
            name: _TableWriter(stage / f"{name}.parquet", store) for name in TABLES
        }
        self.deduper = Deduper(spec, settings)
        # the batches' MinHash signatures wait for the final pass on disk, not in memory
        self.evidence_dir = stage / "evidence"
        self.evidence_dir.mkdir()
        self.deduper.spill_to(self.evidence_dir)
        self.checks_version = digest(
            "campaign-checks", code_version("svanalysis.ingest.dedupe"), self.deduper.check_parameters()
        )
        self.quality: dict[str, dict[str, int]] = {}
        self.counts: dict[str, Any] = {
            "by_channel": {},
            "partial": 0,
            "rule": 0,
            "review": 0,
            "possible": 0,
            "overrides": 0,
            "welsh": 0,
            "duplicates": 0,
            "campaigns": 0,
            "campaign_responses": 0,
            "campaign_identical": 0,
            "campaign_varied": 0,
        }

    def read(self, path: Path, spec: Spec, settings: dict[str, Any]) -> FileRead:
        """Read a file; a document (form, letter, email) is read once per content of the file."""
        if classify(path) == "table":
            return read_file(path, spec, settings)
        key = digest(self.versions.read, file_digest(path), path.name)
        self.used["read"].add(key)
        if self.store.has("read", key):
            return _cached_read(self.store, key, path)
        try:
            fr = read_file(path, spec, settings)
        except ReadError as exc:
            self.store.write_result("read", key, {"error": str(exc)})
            raise
        _save_read(self.store, key, fr)
        return fr

    def add(self, slots: pd.DataFrame, uv: pd.DataFrame | None, flush: bool = True) -> None:
        """Take rows for the next batch; with ``flush``, hand a batch over once it is full (else
        the caller does, with ``flush()``)."""
        if self.pending and self.pending_rows + len(slots) > self.chunk_rows:
            self.flush()  # a batch never grows past chunk_rows (unless one piece is larger)
        self.pending.append(slots)
        if uv is not None:
            self.pending_uv.append(uv)
        self.pending_rows += len(slots)
        del slots, uv
        if flush and self.pending_rows >= self.chunk_rows:
            self.flush()

    def flush(self, final: bool = False) -> None:
        """Make a batch of the rows waiting and hand it over; on the final call, wait for all (and
        make an empty batch if none ever came, so the tables exist with their columns)."""
        if self.pending or (final and self.batches == 0):
            raw = (
                pd.concat(self.pending, ignore_index=True)
                if self.pending
                else pd.DataFrame(columns=["channel", "source_file", "source_row"])
            )
            uv = self.pending_uv[:]
            self.pending.clear()
            self.pending_uv.clear()
            self.pending_rows = 0
            raw["source_row"] = raw["source_row"].astype("int64")
            raw.insert(0, "respondent_id", self._respondent_ids(raw))
            rows = _Rows(raw)
            del raw  # the batch's work alone holds its rows, and frees them once cleaned
            self._hand_over(rows, uv)
        window = 2 * self.executor.workers
        while self.inflight and (final or len(self.inflight) > window):
            self._absorb(self.inflight.popleft().result())

    def _hand_over(self, rows: _Rows, uv: list[pd.DataFrame]) -> None:
        if self.text_cache is None:  # nothing kept for a later run: the entries need names, not hashes of the rows
            clean_key = batch_key = f"run-{self.batches:06d}"
        else:
            raw = rows.peek()
            clean_key = digest(self.versions.clean, frame_digest(raw), *[frame_digest(u) for u in uv])
            batch_key = digest(self.versions.batch, clean_key, self.versions.override_digest(raw["respondent_id"]))
            del raw
        self.used["clean"].add(clean_key)
        self.used["batch"].add(batch_key)
        if self._keys is not None:
            self.last = (clean_key, *self._keys)
        if self.store.has("batch", batch_key):
            self.inflight.append(_Cached(self.store, batch_key))
            self.reused += 1
        else:
            keys = {"clean": clean_key, "batch": batch_key}
            self.inflight.append(self.executor.submit(_work, self.batches, rows, uv, keys))
            self.computed += 1
        self.batches += 1

    def close(self) -> None:
        """Stop the workers (after a failure, or at the end)."""
        self.inflight.clear()
        self.executor.close()

    def _absorb(self, done: dict) -> None:
        for name, rows in done["rows"].items():
            self.writers[name].add_part(done["key"], rows)
        self.deduper.add_evidence(done["evidence"])
        c = self.counts
        for ch, v in done["counts"]["by_channel"].items():
            c["by_channel"][ch] = c["by_channel"].get(ch, 0) + v
        # (a batch's key holds the ingest's code version, so no batch cached before "possible" was counted is reused)
        for k in ("partial", "rule", "review", "possible", "overrides", "welsh"):
            c[k] += done["counts"][k]
        _add_quality(self.quality, done["quality"])

    def _respondent_ids(self, raw: pd.DataFrame) -> pd.Series:
        """A stable id per response: from the platform's response id when there is one (first
        sighting, across all batches), else from the file name and row."""
        sid = (
            raw["_source_id"].astype("string").fillna("")
            if "_source_id" in raw
            else pd.Series("", index=raw.index, dtype="string")
        )
        where = raw["source_file"].astype(str) + "|" + raw["source_row"].astype(str)
        key = (raw["channel"].astype(str) + "|" + sid).where(sid != "", where)
        h = pd.util.hash_array(key.astype(str).to_numpy(dtype=object), categorize=False)
        seen = self.seen_keys.contains(h) | pd.Series(h).duplicated().to_numpy()
        key = key.where(~seen, where)
        self.seen_keys.add(h[~seen])
        ids = _ids(key)
        ih = pd.util.hash_array(ids.to_numpy(dtype=object), categorize=False)
        clash = self.seen_ids.contains(ih) | pd.Series(ih).duplicated().to_numpy()
        if clash.any():
            i = int(np.flatnonzero(clash)[0])
            raise ValueError(
                f"{raw['source_file'].iat[i]}: row {raw['source_row'].iat[i]}: respondent id {ids.iat[i]} is "
                "already taken (two input files with the same name?)"
            )
        self.seen_ids.add(ih)
        self._keys = (ids.to_numpy(dtype=object), h, seen)
        return ids

    def replay(self, chunks: list[appended.Chunk]) -> bool:
        """Take the batches of chunks an earlier run read (``svanalysis.ingest.appended``) as if
        their rows had been read again: the same respondent ids (the keys seen so far checked as
        ``_respondent_ids`` would), the same keys, the batches from the store. False, with nothing
        changed, when one would come out otherwise: the file is then read from its start."""
        if self.pending or self.text_cache is None:
            return False
        before = (list(self.seen_keys.runs), list(self.seen_ids.runs))
        planned: list[tuple[str, str]] = []
        for c in chunks:
            seen = self.seen_keys.contains(c.key_hash) | pd.Series(c.key_hash).duplicated().to_numpy()
            ok = bool(np.array_equal(seen, c.seen))
            if ok:
                self.seen_keys.add(c.key_hash[~seen])
                ids = appended.texts(c.ids)
                ih = pd.util.hash_array(ids, categorize=False)
                ok = not (self.seen_ids.contains(ih) | pd.Series(ih).duplicated().to_numpy()).any()
            if ok:
                self.seen_ids.add(ih)
                batch_key = digest(
                    self.versions.batch, c.clean_key, self.versions.override_digest(pd.Series(ids, dtype="string"))
                )
                ok = self.store.has("batch", batch_key)
            if not ok:
                self.seen_keys.runs, self.seen_ids.runs = before
                return False
            planned.append((c.clean_key, batch_key))
        for clean_key, batch_key in planned:
            self.used["clean"].add(clean_key)
            self.used["batch"].add(batch_key)
            self.inflight.append(_Cached(self.store, batch_key))
            self.reused += 1
            self.batches += 1
            self.flush()  # (nothing pending: takes what is done beyond the window)
        return True

    def finish(self) -> None:
        """Resolve duplicates and campaigns over every response, then write the final tables."""
        import pyarrow as pa

        for name, w in self.writers.items():
            if name != "responses":
                w.close()
        responses = self.writers["responses"]
        checks = CheckCache.open(self.text_cache, self.checks_version)
        fetch = _parquet_fetch(self.store, responses.parts, responses.part_rows)
        dup, camp, kind = self.deduper.resolve_all(fetch, cache=checks)
        checks.flush()
        release_memory()
        columns = {
            "duplicate_of": pa.array(dup.to_numpy(dtype=object), type=pa.string(), from_pandas=True),
            "campaign_id": pa.array(camp.to_numpy(dtype=object), type=pa.string(), from_pandas=True),
            # the categories in full and in order in every part, so the column reads back as one categorical
            "campaign_member": pa.DictionaryArray.from_arrays(
                pa.array(kind.cat.codes.to_numpy(), type=pa.int8(), mask=kind.isna().to_numpy()),
                pa.array(list(kind.cat.categories), type=pa.string()),
                ordered=True,
            ),
        }

        def fill(table: Any, offset: int) -> Any:
            for col, arr in columns.items():
                i = table.schema.get_field_index(col)
                field = table.schema.field(i)
                table = table.set_column(i, field, arr.slice(offset, table.num_rows).cast(field.type))
            return table

        self.writers["responses"].close(fill)
        self.counts["duplicates"] = int(dup.notna().sum())
        self.counts["campaigns"] = int(camp.dropna().nunique())
        self.counts["campaign_responses"] = int(camp.notna().sum())
        self.counts["campaign_identical"] = int((kind == "identical").sum())
        self.counts["campaign_varied"] = int((kind == "varied").sum())
        self.counts["responses"] = self.writers["responses"].rows


class _ExportLog:
    """The record of an export as this run reads it (``svanalysis.ingest.appended``): replays the
    chunks an earlier run's record holds when the file begins with the same bytes, notes what
    each chunk read now becomes, and keeps the record for the next run once the file is read."""

    def __init__(self, run: _Batches, name: str, table: Any):
        self.key = appended.record_key(run.versions.read, run.versions.clean, name, run.chunk_rows)
        self.plan = appended.plan_digest(table)
        self.chunks: list[appended.Chunk] = []
        self.hasher: Any = None  # the hash of the earlier file's bytes, when they are this one's first
        self.prefix = 0  # how many bytes that is
        self.base = (0, 0)  # (data row, byte) of a row boundary the scan for the tail may start from
        self.whole = run.pending_rows == 0  # each chunk is a batch of its own (nothing waiting before it)
        self.partial: tuple[int, int, str] | None = None  # (first data row, rows, digest) of a last short chunk
        self.found: tuple[appended.Record, Any] | None = None  # the record and hasher, when found before reading
        self.rows = 0  # data rows of the chunk being read
        self.stat: tuple[int, int] | None = None  # the file's size and time before it was read

    @classmethod
    def open(cls, run: _Batches, path: Path, name: str, fr: FileRead) -> _ExportLog | None:
        """A log for an export read on the CSV fast path into a kept store; None for any other."""
        t = fr.table
        if run.text_cache is None or t is None or not hasattr(t.source, "blocks_from"):
            return None
        if t.rejects or t.mended or path.suffix.lower() not in (".csv", ".tsv"):
            return None
        return cls(run, name, t)

    @classmethod
    def before_reading(cls, run: _Batches, path: Path, name: str, spec: Spec) -> tuple[_ExportLog, FileRead] | None:
        """When the kept record of an export holds its plan and the file begins with the bytes it
        was made from: a log holding that record, and the file to be read by that plan."""
        if run.text_cache is None or path.suffix.lower() not in (".csv", ".tsv"):
            return None
        key = appended.record_key(run.versions.read, run.versions.clean, name, run.chunk_rows)
        rec = appended.load_record(run.store, key)
        if rec is None or rec.read is None or rec.chunk_rows != run.chunk_rows:
            return None
        try:  # (a file that cannot be read is rejected by the reading that follows, as any other)
            hasher = appended.begins_with(path, rec)
            fr = planned_read(path, spec, rec.read) if hasher is not None else None
        except (OSError, ReadError, ValueError, KeyError, TypeError):
            return None
        if fr is None:
            run.unmatched.add(key)  # (its first bytes are not hashed again to find that out)
            return None
        if appended.plan_digest(fr.table) != rec.plan:
            return None
        log = cls(run, name, fr.table)
        log.found = (rec, hasher)
        return log, fr

    def replay(self, run: _Batches, table: Any) -> list[appended.Chunk]:
        """The chunks replayed from the earlier record (none when it does not apply); the table
        then reads on from where they end (else from its first row)."""
        if self.found is None and self.key in run.unmatched:
            return []
        found = self.found or appended.find_record(run.store, self.key, table.path, self.plan, run.chunk_rows)
        if found is None:
            return []
        rec, hasher = found
        if rec.tail_row == 0 or not run.replay(rec.chunks):
            return []
        self.chunks = list(rec.chunks)
        self.hasher, self.prefix = hasher, rec.size
        self.base = (rec.tail_row, rec.tail_byte)
        table.resume_at = (rec.tail_row, rec.tail_byte)
        return rec.chunks

    def reading(self, table: Any, start: int, slots: pd.DataFrame, uv: pd.DataFrame | None, run: _Batches) -> None:
        """A chunk as read (before its bad and empty rows are set aside)."""
        self.whole = self.whole and run.pending_rows == 0
        self.rows = len(slots)
        if table.partial_start == start and len(slots):  # the last chunk, short: checked when kept
            self.partial = (start, len(slots), _chunk_digest(slots, uv))

    def read(self, run: _Batches, start: int, kept: int, rejects: list[dict[str, Any]]) -> None:
        """A chunk handed over as a batch of its own (``run.last``: its keys and ids)."""
        last, run.last = run.last, None
        if self.partial is not None and self.partial[0] == start:
            return  # read again next time, with the rows that follow it
        if last is None or self.rows != run.chunk_rows:
            self.whole = False
            return
        clean_key, ids, h, seen = last
        self.chunks.append(
            appended.Chunk(
                start=start,
                rows=self.rows,
                kept=kept,
                rejects=[(int(r["source_row"]), str(r["reason"])) for r in rejects],
                clean_key=clean_key,
                ids=appended.compact(ids),
                key_hash=h,
                seen=seen,
            )
        )

    def keep(self, run: _Batches, path: Path, table: Any) -> None:
        """Keep the record of the file as read, for the next run (when every row was read on the
        fast path, each chunk a batch of its own, and the byte where the last short chunk begins
        found and checked)."""
        if not (self.whole and table.source.fast_only and not table.rejects and not table.mended):
            return
        if self.stat is None or _stat(path) != self.stat:
            return  # written to while it was read: the bytes read are not those a hash of it now gives
        size = self.stat[0]
        h = table.layout_detail.header_rows
        if self.partial is None:
            tail_row, tail_byte = table.rows_read, size
        elif self.partial[0] == 0:
            return  # not one whole chunk: nothing a later run could replay
        else:
            tail_row = self.partial[0]
            base_row, base_byte = self.base
            tail_byte = appended.row_offset(path, h + tail_row, start=(h + base_row, base_byte) if base_row else None)
            if tail_byte is None or not _reads_again(table, tail_row, tail_byte, run.chunk_rows, self.partial):
                return
        rec = appended.Record(
            size=size,
            sha256=appended.whole_hash(path, size, self.hasher, self.prefix),
            plan=self.plan,
            chunk_rows=run.chunk_rows,
            chunks=self.chunks,
            tail_row=tail_row,
            tail_byte=tail_byte,
            read=plan_state(table),
        )
        appended.save_record(run.store, self.key, rec)
        run.used["export"].add(self.key)


def _chunk_digest(slots: pd.DataFrame, uv: pd.DataFrame | None) -> str:
    return digest(frame_digest(slots), None if uv is None else frame_digest(uv))


def _reads_again(table: Any, row: int, byte: int, rows: int, partial: tuple[int, int, str]) -> bool:
    """Whether reading ``table`` from data row ``row`` at byte ``byte`` gives the short last chunk
    read before (``partial``): the check of a byte found by the scan."""
    import dataclasses

    from svanalysis.ingest.readers.grids import open_grid

    again = dataclasses.replace(
        table, source=open_grid(table.path), rejects=[], mended=[], resume=None, resume_at=(row, byte), grid=None
    )
    chunks = again.chunks(rows)
    try:
        slots, uv = next(chunks)
    except (StopIteration, ReadError, ValueError):
        return False
    finally:
        chunks.close()
    return (
        again.source.fast_only
        and len(slots) == partial[1]
        and again.partial_start == row
        and _chunk_digest(slots, uv) == partial[2]
    )


class _Cached:
    """A batch taken from the store, with the interface of a future."""

    def __init__(self, store: BatchStore, key: str):
        self.store, self.key = store, key

    def result(self) -> dict:
        return _load_batch(self.store, self.key)


def _save_read(store: BatchStore, key: str, fr: FileRead) -> None:
    """A document's reading, kept for the next run (its slots as records of text)."""
    slots = fr.slots.astype(object).where(fr.slots.notna(), None) if fr.slots is not None else None
    body = {
        "channel": fr.channel,
        "layout": fr.layout,
        "rows_read": int(fr.rows_read),
        "rejects": [[int(r), why] for r, why in fr.rejects],
        "info": fr.info,
        "columns": None if slots is None else list(slots.columns),
        "records": None if slots is None else slots.to_dict(orient="records"),
    }
    store.write_bytes("read", key, "read.json", json.dumps(body, ensure_ascii=False, default=str).encode("utf-8"))
    store.write_result("read", key, {"ok": True})


def _cached_read(store: BatchStore, key: str, path: Path) -> FileRead:
    if "error" in (meta := store.read_result("read", key)):
        raise ReadError(meta["error"])
    body = json.loads(store.read_bytes("read", key, "read.json"))
    slots = pd.DataFrame(body["records"], columns=body["columns"]) if body["records"] is not None else None
    rejects = [(int(r), why) for r, why in body["rejects"]]
    return FileRead(path, body["channel"], slots, body["rows_read"], body["layout"], rejects, body["info"])


class _TableWriter:
    """Collects one table batch by batch, then writes it as one Parquet file.

    Each batch's part (its entry in the store) is added in order (``add_part``); ``close`` gives
    the parts one schema (a column all missing in one batch is typed by the others, and the pandas
    metadata of each column is taken from a part that has values in it) and streams them, through
    ``transform`` when one is given, into row groups of ``ROW_GROUP_ROWS`` rows: the file is the
    same, byte for byte, whatever the batches were.
    """

    def __init__(self, path: Path, store: BatchStore):
        self.path, self.store = path, store
        self.name = path.stem
        self.parts: list[str] = []  # batch keys, in order
        self.part_rows: list[int] = []  # and the rows of each
        self.rows = 0

    def add_part(self, key: str, rows: int) -> None:
        """Take a batch's part (in order); empty ones are kept only while nothing else came."""
        if rows == 0 and self.parts:
            return
        if rows and self.parts and self.rows == 0:  # an empty part kept for its columns gives way
            self.parts.pop()
            self.part_rows.pop()
        self.parts.append(key)
        self.part_rows.append(rows)
        self.rows += rows

    def _unify_dictionaries(self, schema: Any) -> tuple[Any, Callable[[Any], Any]]:
        return _unify_dictionaries_of(self, schema)

    def close(self, transform: Callable[[Any, int], Any] | None = None) -> None:
        """Write the final file; ``transform(table, offset)`` may change each part on the way."""
        import pyarrow.parquet as pq

        schema = _final_schema([self.store.schema("batch", k, self.name) for k in self.parts])
        schema, recode = self._unify_dictionaries(schema)
        offset = 0
        held: list[Any] = []
        n_held = 0
        with pq.ParquetWriter(self.path, schema) as writer:
            for key in self.parts:
                table = recode(self.store.read_table("batch", key, self.name)).cast(schema)
                if transform is not None:
                    table = transform(table, offset)
                offset += table.num_rows
                n_held += table.num_rows
                held.append(table)
                del table
                while n_held >= ROW_GROUP_ROWS:
                    held = [_write_rows(writer, held, ROW_GROUP_ROWS, schema)]
                    n_held -= ROW_GROUP_ROWS
            if n_held or offset == 0:
                if held:
                    _write_rows(writer, held, n_held, schema)
                else:
                    writer.write_table(schema.empty_table().combine_chunks(), row_group_size=ROW_GROUP_ROWS)
        release_memory()


def _write_rows(writer: Any, held: list[Any], n: int, schema: Any) -> Any:
    """Write the first ``n`` rows of the tables ``held`` (emptied) as a row group whose columns are
    each one piece (so the bytes written do not depend on the batches), and return the rest.

    Column by column: the pieces of a column are let go once copied, so the row group is not held
    twice over (as tables, then combined), which for the responses of 65,536 rows is some 100 MB.
    """
    import pyarrow as pa

    columns = [[t.column(i) for t in held] for i in range(len(schema))]
    held.clear()
    first, rest = [], []
    for i, field in enumerate(schema):
        whole = pa.chunked_array([c for part in columns[i] for c in part.chunks], type=field.type)
        columns[i] = []
        first.append(whole.slice(0, n).combine_chunks())
        rest.append(whole.slice(n))
        del whole
    writer.write_table(pa.Table.from_arrays(first, schema=schema), row_group_size=ROW_GROUP_ROWS)
    return pa.Table.from_arrays(rest, schema=schema)


def _unify_dictionaries_of(writer: _TableWriter, schema: Any) -> tuple[Any, Callable[[Any], Any]]:
    """Categorical columns whose categories are the values a batch holds (the cleaning log's field
    and rule): one dictionary for the whole table, the union of the batches' in sorted order (what
    one pass over all responses gives), with the index type pandas would choose for it."""
    import pyarrow as pa
    import pyarrow.compute as pc

    cols = [f.name for f in schema if pa.types.is_dictionary(f.type) and not f.type.ordered]
    if not cols:
        return schema, lambda t: t
    values: dict[str, set[str]] = {c: set() for c in cols}
    for key in writer.parts:
        t = writer.store.read_table("batch", key, writer.name, columns=cols)
        for c in cols:
            for chunk in t.column(c).chunks:
                values[c].update(v for v in chunk.dictionary.to_pylist() if v is not None)
    union = {c: pa.array(sorted(values[c]), type=pa.string()) for c in cols}

    def index_type(n: int) -> Any:
        return pa.int8() if n < 2**7 else pa.int16() if n < 2**15 else pa.int32()

    meta = json.loads(schema.metadata[b"pandas"]) if schema.metadata and b"pandas" in schema.metadata else None
    for c in cols:
        i = schema.get_field_index(c)
        schema = schema.set(i, pa.field(c, pa.dictionary(index_type(len(union[c])), pa.string(), ordered=False)))
        for entry in meta["columns"] if meta else []:
            if entry.get("name") == c:
                entry["numpy_type"] = str(index_type(len(union[c])))
                entry["metadata"] = {"num_categories": len(union[c]), "ordered": False}
    if meta is not None:
        schema = schema.with_metadata({b"pandas": json.dumps(meta).encode("utf-8")})

    def recode(table: Any) -> Any:
        for c in cols:
            i = table.schema.get_field_index(c)
            plain = table.column(c).cast(pa.string())
            idx = pc.index_in(plain, value_set=union[c]).cast(index_type(len(union[c])))
            arr = pa.DictionaryArray.from_arrays(idx.combine_chunks(), union[c])
            table = table.set_column(i, pa.field(c, arr.type), arr)
        return table

    return schema, recode


def _final_schema(schemas: list[Any]) -> Any:
    """One schema for the parts of a table: the types unified, and the pandas metadata of each
    column taken from the first part where that column holds values (so it does not depend on
    which batch came first)."""
    import pyarrow as pa

    unified = pa.unify_schemas([s.remove_metadata() for s in schemas], promote_options="permissive")
    metas = [(s, json.loads(s.metadata[b"pandas"])) for s in schemas if s.metadata and b"pandas" in s.metadata]
    if not metas:
        return unified
    base = metas[0][1]
    chosen: dict[str, dict[str, Any]] = {}
    for s, m in metas:
        for col in m.get("columns", []):
            name = col.get("name")
            typed = name in s.names and not pa.types.is_null(s.field(name).type)
            if name not in chosen or (typed and chosen[name].get("_null")):
                chosen[name] = {**col, "_null": not typed}
    base["columns"] = [{k: v for k, v in chosen[c["name"]].items() if k != "_null"} for c in base.get("columns", [])]
    return unified.with_metadata({b"pandas": json.dumps(base).encode("utf-8")})


def _parquet_fetch(
    store: BatchStore, parts: list[str], part_rows: list[int]
) -> Callable[[np.ndarray, list[str]], pd.Series]:
    """Texts by (row, column) from the batches' responses: each column read once per call, and
    only from the batches holding rows asked for (a nightly run's new texts are mostly in its new
    batch, and their near matches in a few others)."""
    bounds = np.cumsum([0, *part_rows])

    def fetch(rows: np.ndarray, columns: list[str]) -> pd.Series:
        import pyarrow as pa

        def take(c: str, at: np.ndarray) -> Any:
            """The texts of column ``c`` at rows ``at``, in that order, as one large_string array."""
            part_of = np.searchsorted(bounds, at, side="right") - 1
            pieces, where = [], []
            for k in np.unique(part_of):
                m = np.flatnonzero(part_of == k)
                col = store.read_table("batch", parts[k], "responses", columns=[c]).column(0).cast(pa.large_string())
                pieces.append(col.take(pa.array(at[m] - bounds[k])).combine_chunks())
                where.append(m)
            if not pieces:
                return pa.array([], type=pa.large_string())
            order = np.concatenate(where)
            back = np.empty_like(order)
            back[order] = np.arange(len(order))
            return pa.concat_arrays(pieces).take(pa.array(back))

        rows = np.asarray(rows, dtype=np.int64)
        cols = np.asarray(columns, dtype=object)
        if len(cols) and (cols == cols[0]).all():  # one column: Arrow-backed, no Python strings
            taken = take(str(cols[0]), rows).cast(pa.string())
            return pd.Series(pd.arrays.ArrowStringArray(taken), dtype="string[pyarrow]")
        out = np.empty(len(rows), dtype=object)
        for c in pd.unique(cols):
            m = np.flatnonzero(cols == c)
            out[m] = take(str(c), rows[m]).to_numpy(zero_copy_only=False)
        return pd.Series(out, dtype="string")

    return fetch


def _add_quality(total: dict[str, dict[str, int]], part: dict[str, dict[str, int]]) -> None:
    """Add one batch's data-quality tallies to the running totals."""
    for field_name, rec in part.items():
        acc = total.setdefault(field_name, {})
        for k, v in rec.items():
            acc[k] = acc.get(k, 0) + int(v)
        acc["clean_as_received"] = max(
            0, acc.get("answered", 0) - acc.get("recoded", 0) - acc.get("parsed", 0) - acc.get("left_missing", 0)
        )


def _ordered_quality(quality: dict[str, Any], spec: Spec) -> dict[str, Any]:
    """The data-quality tallies in one order whatever the batches: the responses' columns in the
    contract's order, then the other fields (choices, roles) by name."""
    from svanalysis.core.processed import response_columns

    rank = {c: i for i, c in enumerate(response_columns(spec))}
    return {f: quality[f] for f in sorted(quality, key=lambda f: (0, rank[f], "") if f in rank else (1, 0, f))}


def _ledger(
    files: list[dict[str, Any]],
    run: _Batches,
    started: dt.datetime,
    settings: dict[str, Any],
    cache: str | None,
    executor: Executor,
) -> dict[str, Any]:
    ok = [f for f in files if f["status"] != "rejected"]
    c = run.counts
    totals = {
        "files": len(files),
        "files_read": len(ok),
        "files_rejected": len(files) - len(ok),
        "rows_read": sum(f["rows_read"] for f in files),
        "responses": sum(f["responses"] for f in files),
        "rejected": sum(f["rejected"] for f in files),
        "rejected_files": [f["file"] for f in files if f["status"] == "rejected"],
        "by_channel": {k: v for k, v in c["by_channel"].items() if v},
        "duplicates": c["duplicates"],
        "analysed": c["responses"] - c["duplicates"],
        "campaigns": c["campaigns"],
        "campaign_responses": c["campaign_responses"],
        "campaign_identical": c["campaign_identical"],
        "campaign_varied": c["campaign_varied"],
        "partial_responses": c["partial"],
        "stances_coded_from_text": c["rule"],
        "stances_needing_review": c["review"],
        # letters' possible views left uncoded, listed for review beside the codes that need it
        "stances_possible_views": c["possible"],
        "manual_overrides_applied": c["overrides"],
        "welsh_responses": c["welsh"],
        "unmapped_columns": sum(len(f.get("unmapped", [])) for f in ok),
    }
    assert totals["rows_read"] == totals["responses"] + totals["rejected"], "ledger does not reconcile"
    assert totals["responses"] == c["responses"], "responses written do not match the rows kept"
    return {
        "svanalysis_version": __version__,
        "coder": CODER_VERSION,
        "started": started.isoformat(timespec="seconds"),
        "finished": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "python": sys.version.split()[0],
        "pandas": pd.__version__,
        "settings": settings,
        "files": files,
        "totals": totals,
        # how this run went (not what it found): batches done and taken from the cache, where
        "run": {
            "batches": run.batches,
            "batches_computed": run.computed,
            "batches_reused": run.reused,
            "cache": cache,
            "executor": executor.describe(),
        },
    }
