"""Ingest: every input file, whatever its channel, into the processed tables of the data contract.

The pipeline, in order (each step a function of the module named):

1. find the input files (``discover``); names starting with "_" or "." and README files are not
   inputs (the synthetic example keeps its truth in ``_truth/``);
2. read each file into slots (``svanalysis.ingest.readers``); a file that cannot be read is rejected with
   a one-line reason and the others go on;
3. in batches of ``ingest.chunk_rows`` rows (25,000 by default; files are read whole, large exports
   handed over a batch at a time): give every response a stable ``respondent_id`` (from the
   platform's response id when there is one, else from the file name and row), clean
   (``svanalysis.ingest.clean``), code stances from text (``svanalysis.ingest.stance``), apply a person's overrides
   (``svanalysis.ingest.review``), validate (``svanalysis.core.schema``) and write the batch to staged tables,
   keeping only compact evidence for step 4;
4. mark duplicates and campaigns over all responses at once (``svanalysis.ingest.dedupe``);
5. write ``manifest.json`` last and swap the whole staging folder (beside ``out``) in for ``out``
   (``svanalysis.core.processed.replace_processed``): the tables of a run change together, a
   kill never leaves two runs' tables side by side, and an input with no response at all is
   refused without touching the previous set. The staging folder goes whatever happens (a killed
   run's is removed by the next run, under the same lock).

Memory therefore grows with the size of a batch and of the largest file's text grid, not with
the number of responses.

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
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from svanalysis.core.io import write_csv, write_json
from svanalysis.core.locking import exclusive
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
from svanalysis.core.workers import exit_with_parent
from svanalysis.ingest.clean import attach_redactions, clean, unmapped_answers
from svanalysis.ingest.dedupe import Deduper
from svanalysis.ingest.readers import FileRead, ReadError, classify, read_file
from svanalysis.ingest.stance import CODER_VERSION, code_stances

__all__ = [
    "EXIT_BAD_ARGS",
    "EXIT_OK",
    "EXIT_REJECTS",
    "TABLES",
    "IngestResult",
    "NothingToIngest",
    "discover",
    "ingest",
]

EXIT_OK, EXIT_BAD_ARGS, EXIT_REJECTS = 0, 2, 3


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


def _skip(p: Path) -> bool:
    return any(part.startswith(("_", ".")) for part in p.parts) or p.name.lower().startswith("readme")


def discover(inputs: Iterable[str | Path]) -> list[Path]:
    """The input files under ``inputs`` (files or folders, searched recursively), sorted.

    Raises
    ------
    FileNotFoundError
        If an input does not exist.
    """
    files: list[Path] = []
    for raw in inputs:
        p = Path(raw)
        if not p.exists():
            raise FileNotFoundError(f"{p}: no such file or folder")
        if p.is_file():
            files.append(p)
            continue
        for f in sorted(p.rglob("*")):
            if f.is_file() and not _skip(f.relative_to(p)):
                files.append(f)
    return sorted(dict.fromkeys(files), key=lambda f: (str(f.parent), f.name))


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
    filled = np.zeros(len(slots), dtype=bool)
    for c in answer_cols:  # column by column, without copying the text
        s = slots[c].astype("string")
        filled |= (s.notna() & (s != "") & ~s.str.isspace()).fillna(False).to_numpy(dtype=bool)
    return pd.Series(filled, index=slots.index)


def ingest(
    inputs: Iterable[str | Path],
    out: str | Path,
    settings: dict[str, Any] | None = None,
    overrides: str | Path | None = None,
    spec: Spec | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    lock: bool = True,
) -> IngestResult:
    """Ingest ``inputs`` (files or folders) and write the processed tables to ``out``.

    Rows are cleaned and coded in batches of ``ingest.chunk_rows`` (a setting), each batch written
    straight to the staged tables, so memory stays bounded whatever the number of responses;
    duplicates and campaigns are then resolved over all responses at once.

    Parameters
    ----------
    inputs : files or folders
    out : folder for the processed tables (created if missing)
    settings : dict, optional
        From ``svanalysis.core.paths.load_settings``; the shipped defaults otherwise.
    overrides : path, optional
        A person's stance decisions (``svanalysis review import`` writes them); defaults to
        ``data/manual/overrides.csv`` when it exists.
    progress : callable(file name, index, total), optional
    lock : bool
        Hold ``out``'s lock while ingesting (``svanalysis run`` holds it for the whole run instead).

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
    inputs = [Path(p).expanduser().resolve() for p in inputs]
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
    out.parent.mkdir(parents=True, exist_ok=True)
    with exclusive(lock_path(out), "ingest into this folder") if lock else contextlib.nullcontext():
        clear_leftovers(out)
        return _ingest_files(files, out, spec, settings, overrides_path, override_rows, progress)


def _ingest_files(
    files: list[Path],
    out: Path,
    spec: Spec,
    settings: dict[str, Any],
    overrides_path: Path,
    override_rows: pd.DataFrame | None,
    progress: Callable[[str, int, int], None] | None,
) -> IngestResult:
    """Read, clean and write a whole run into a staging folder beside ``out``, then swap it in."""
    started = dt.datetime.now(dt.UTC)
    ledger_files: list[dict[str, Any]] = []
    rejects: list[dict[str, Any]] = []
    stage = Path(tempfile.mkdtemp(prefix=staging_prefix(out), dir=out.parent))
    run: _Batches | None = None
    try:
        run = _Batches(stage, spec, settings, override_rows)
        for k, path in enumerate(files):
            if progress:
                progress(path.name, k, len(files))
            entry: dict[str, Any] = {"file": path.name, "path": str(path), "kind": classify(path)}
            try:
                fr: FileRead = read_file(path, spec, settings)
            except Exception as exc:  # an unexpected failure on one file must not lose the others
                if isinstance(exc, ReadError):
                    reason = why = f"{path.name}: {exc}"
                    why = str(exc)
                else:
                    reason = why = f"{path.name}: could not be read ({type(exc).__name__}: {exc})"
                rejects.append({"source_file": path.name, "source_row": pd.NA, "reason": reason})
                entry.update(status="rejected", reason=why, rows_read=0, responses=0, rejected=0)
                ledger_files.append(entry)
                continue
            bad_rows = {int(r): why for r, why in fr.rejects}
            kept = 0
            for slots, uv in fr.chunks(run.chunk_rows):
                kept += _take_rows(slots, uv, fr, path, spec, bad_rows, rejects, run)
            entry.update(
                status="ok",
                channel=fr.channel,
                layout=fr.layout,
                rows_read=int(fr.rows_read),
                responses=kept,
                rejected=int(fr.rows_read) - kept,
                **{k2: v for k2, v in fr.info.items() if k2 not in ("columns", "layout")},
            )
            ledger_files.append(entry)
            del fr  # the grid of a large export is freed before the next file
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
        rejects_df = pd.DataFrame(rejects, columns=["source_file", "source_row", "reason"])
        rejects_df["source_row"] = rejects_df["source_row"].astype("Int64")
        ledger = _ledger(ledger_files, run, started, settings)
        write_csv(rejects_df, stage / "rejects.csv")
        write_json(ledger, stage / "ledger.json")
        write_json(run.quality, stage / "data_quality.json")
        carry_skeleton(out, stage)
        write_manifest(stage, started.isoformat(timespec="microseconds"))
        replace_processed(stage, out)
    except BaseException:
        if run is not None:
            run.close()  # stop any workers before the staging folder goes
        raise
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return IngestResult(out, ledger, rejects_df)


def _check_override_ids(override_rows: pd.DataFrame | None, run: _Batches, path: Path) -> None:
    """A person's decision about a response this input does not hold is an error, not a silent skip."""
    if override_rows is None or not len(override_rows):
        return
    ids = override_rows["respondent_id"].astype("string").fillna("")
    h = pd.util.hash_array(ids.to_numpy(dtype=object), categorize=False)
    unknown = ~_in_sorted(h, run.seen_ids)
    if unknown.any():
        i = int(np.flatnonzero(unknown)[0])
        more = f" (and {int(unknown.sum()) - 1} more)" if unknown.sum() > 1 else ""
        raise ValueError(
            f"{path}, row {int(override_rows.index[i]) + 2}, column respondent_id: {ids.iat[i]!r} is not a "
            f"response of this input{more}; remove the row or ingest the file it came from"
        )


def _release_memory() -> None:
    """Hand memory freed by a batch back to the system (Arrow's pool keeps it otherwise)."""
    import pyarrow as pa

    pa.default_memory_pool().release_unused()


def _take_rows(
    slots: pd.DataFrame,
    uv: pd.DataFrame | None,
    fr: FileRead,
    path: Path,
    spec: Spec,
    bad_rows: dict[int, str],
    rejects: list[dict[str, Any]],
    run: _Batches,
) -> int:
    """Reject the bad and empty rows of one chunk of a file, pass the rest on; return how many kept."""
    row_no = slots["_row"].astype(int)
    is_bad = row_no.isin(list(bad_rows)).to_numpy()
    answered = _answered(slots, spec).to_numpy().copy()
    if uv is not None and len(uv):  # an answer in a column no question holds is an answer too
        answered |= row_no.isin(uv["_row"].astype(int).unique()).to_numpy()
    for r in row_no[is_bad]:
        rejects.append({"source_file": path.name, "source_row": int(r), "reason": f"row {r}: {bad_rows[int(r)]}"})
    empty = ~answered & ~is_bad
    what = "document" if fr.channel != "online" else None
    for r in row_no[empty]:
        rejects.append(
            {
                "source_file": path.name,
                "source_row": int(r),
                "reason": f"{what or f'row {r}'}: no answer to any question",
            }
        )
    keep = answered & ~is_bad
    slots = slots[keep]
    # a file of several channels (an email with its attachments) says each row's own
    channel = slots.pop("_channel") if "_channel" in slots else fr.channel
    slots.insert(0, "channel", channel)
    slots.insert(1, "source_file", path.name)
    slots = slots.rename(columns={"_row": "source_row"})
    if uv is not None and len(uv):
        uv = uv.copy()
        uv["source_file"] = path.name
    else:
        uv = None
    run.add(slots, uv)
    return int(keep.sum())


def _in_sorted(x: np.ndarray, sorted_values: np.ndarray) -> np.ndarray:
    """Whether each of ``x`` is in ``sorted_values`` (binary search: no re-sorting of what was seen)."""
    if len(sorted_values) == 0:
        return np.zeros(len(x), dtype=bool)
    i = np.minimum(np.searchsorted(sorted_values, x), len(sorted_values) - 1)
    return sorted_values[i] == x


_CONTEXT: dict[str, Any] = {}  # a worker process's spec, settings and overrides


def _init_worker(spec: Spec, settings: dict[str, Any], overrides: pd.DataFrame | None) -> None:
    exit_with_parent()
    _CONTEXT.update(spec=spec, settings=settings, overrides=overrides)


def _work(
    batch: int, raw: pd.DataFrame, uv: list[pd.DataFrame], stage: Path, ctx: dict[str, Any] | None = None
) -> dict:
    """Everything heavy for one batch, in a worker process or inline: clean, code, apply
    overrides, validate, write the staged part of each table, and gather the duplicate and campaign
    evidence. Returns what the main process keeps (small): parts written, evidence, counts."""
    ctx = ctx or _CONTEXT
    spec, settings, overrides = ctx["spec"], ctx["settings"], ctx["overrides"]
    result = clean(raw, spec, settings)
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
    evidence = Deduper(spec, settings).evidence(responses, pii)
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
    parts = {name: _write_part(df, stage, name, batch) for name, df in tables.items()}
    counts = {
        "by_channel": {str(k): int(v) for k, v in responses["channel"].value_counts(sort=False).items()},
        "partial": int((responses["response_status"] == "partial").sum()),
        "rule": int((coding["method"] == "rule").sum()) if len(coding) else 0,
        "review": int(coding["needs_review"].sum()) if len(coding) else 0,
        "overrides": applied,
        "welsh": int((responses["language"] == "Welsh").fillna(False).sum()) if "language" in responses else 0,
    }
    quality = result.quality
    del result, responses, coding, pii, tables, log
    _release_memory()
    return {"parts": parts, "evidence": evidence, "counts": counts, "quality": quality}


def _write_part(df: pd.DataFrame, stage: Path, name: str, batch: int) -> tuple[Path, int]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    part = stage / f".{name}.part{batch:06d}.parquet"
    pq.write_table(pa.Table.from_pandas(df, preserve_index=False), part)
    return part, len(df)


def _jobs(settings: dict[str, Any]) -> int:
    jobs = int(settings.get("ingest", {}).get("jobs", 1))
    return max(1, os.cpu_count() or 1) if jobs <= 0 else jobs


class _Batches:
    """Hands responses over a batch at a time (to worker processes when ``ingest.jobs`` is more
    than one), and keeps what is needed across batches: the respondent-id keys seen, the duplicate
    and campaign evidence (compact), counts for the ledger, and the data-quality tallies. Results
    are taken in the order the batches were made, so the output does not depend on the workers."""

    def __init__(self, stage: Path, spec: Spec, settings: dict[str, Any], overrides: pd.DataFrame | None):
        self.stage, self.spec, self.settings, self.overrides = stage, spec, settings, overrides
        self.chunk_rows = max(int(settings.get("ingest", {}).get("chunk_rows", 25_000)), 1)
        self.jobs = _jobs(settings)
        self.pool: Any = None
        self.waiting: list[tuple[int, pd.DataFrame, list[pd.DataFrame]]] = []  # made, not yet handed over
        self.running: list[Any] = []  # futures, in order
        self.pending: list[pd.DataFrame] = []
        self.pending_uv: list[pd.DataFrame] = []
        self.pending_rows = 0
        self.batches = 0
        self.seen_keys = np.zeros(0, dtype=np.uint64)
        self.seen_ids = np.zeros(0, dtype=np.uint64)
        self.writers: dict[str, _TableWriter] = {name: _TableWriter(stage / f"{name}.parquet") for name in TABLES}
        self.deduper = Deduper(spec, settings)
        self.quality: dict[str, dict[str, int]] = {}
        self.counts: dict[str, Any] = {
            "by_channel": {},
            "partial": 0,
            "rule": 0,
            "review": 0,
            "overrides": 0,
            "welsh": 0,
            "duplicates": 0,
            "campaigns": 0,
            "campaign_responses": 0,
            "campaign_identical": 0,
            "campaign_varied": 0,
        }

    def add(self, slots: pd.DataFrame, uv: pd.DataFrame | None) -> None:
        if self.pending and self.pending_rows + len(slots) > self.chunk_rows:
            self.flush()  # a batch never grows past chunk_rows (unless one piece is larger)
        self.pending.append(slots)
        if uv is not None:
            self.pending_uv.append(uv)
        self.pending_rows += len(slots)
        if self.pending_rows >= self.chunk_rows:
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
            self.waiting.append((self.batches, raw, uv))
            self.batches += 1
        self.pending_uv.clear()
        if self.jobs > 1 and (len(self.waiting) > 1 or self.pool is not None):
            self._start_pool()
            while self.waiting:
                batch, raw, uv = self.waiting.pop(0)
                self.running.append(self.pool.submit(_work, batch, raw, uv, self.stage))
            while len(self.running) > (0 if final else self.jobs):  # at most one batch queued per worker
                self._absorb(self.running.pop(0).result())
        elif final or self.jobs == 1:
            # one batch only (or no workers): inline, without starting processes
            ctx = {"spec": self.spec, "settings": self.settings, "overrides": self.overrides}
            while self.waiting:
                batch, raw, uv = self.waiting.pop(0)
                self._absorb(_work(batch, raw, uv, self.stage, ctx))
        if final and self.pool is not None:
            self.pool.shutdown()
            self.pool = None

    def _start_pool(self) -> None:
        if self.pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            self.pool = ProcessPoolExecutor(
                max_workers=self.jobs,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
                initargs=(self.spec, self.settings, self.overrides),
            )

    def close(self) -> None:
        """Stop the workers (after a failure)."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def _absorb(self, done: dict) -> None:
        for name, (part, rows) in done["parts"].items():
            self.writers[name].add_part(part, rows)
        self.deduper.add_evidence(done["evidence"])
        c = self.counts
        for ch, v in done["counts"]["by_channel"].items():
            c["by_channel"][ch] = c["by_channel"].get(ch, 0) + v
        for k in ("partial", "rule", "review", "overrides", "welsh"):
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
        seen = _in_sorted(h, self.seen_keys) | pd.Series(h).duplicated().to_numpy()
        key = key.where(~seen, where)
        self.seen_keys = np.sort(np.concatenate([self.seen_keys, h[~seen]]))
        ids = _ids(key)
        ih = pd.util.hash_array(ids.to_numpy(dtype=object), categorize=False)
        clash = _in_sorted(ih, self.seen_ids) | pd.Series(ih).duplicated().to_numpy()
        if clash.any():
            i = int(np.flatnonzero(clash)[0])
            raise ValueError(
                f"{raw['source_file'].iat[i]}: row {raw['source_row'].iat[i]}: respondent id {ids.iat[i]} is "
                "already taken (two input files with the same name?)"
            )
        self.seen_ids = np.sort(np.concatenate([self.seen_ids, ih]))
        return ids

    def finish(self) -> None:
        """Resolve duplicates and campaigns over every response, then write the final tables."""
        import pyarrow as pa

        for name, w in self.writers.items():
            if name != "responses":
                w.close()
        parts = self.writers["responses"].parts
        dup, camp, kind = self.deduper.resolve_all(_parquet_fetch(parts))
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


class _TableWriter:
    """Collects one table batch by batch, then writes it as one Parquet file.

    Each batch's part file is added in order (``add_part``); ``close`` unifies the parts' column types (a column
    all missing in one batch is typed by the others) and streams them, a row group each, into the
    final file, through ``transform`` when one is given.
    """

    def __init__(self, path: Path):
        self.path = path
        self.parts: list[Path] = []
        self.rows = 0

    def add_part(self, part: Path, rows: int) -> None:
        """Take a batch's part file (in order); empty ones are kept only while nothing else came."""
        if rows == 0 and self.parts:
            part.unlink()
            return
        if rows and self.parts and self.rows == 0:  # an empty part kept for its columns gives way
            self.parts.pop().unlink()
        self.parts.append(part)
        self.rows += rows

    def close(self, transform: Callable[[Any, int], Any] | None = None) -> None:
        """Write the final file; ``transform(table, offset)`` may change each part on the way."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        if len(self.parts) == 1 and transform is None:
            self.parts[0].rename(self.path)
            return
        schema = pa.unify_schemas([pq.read_schema(p) for p in self.parts], promote_options="permissive")
        offset = 0
        with pq.ParquetWriter(self.path, schema) as writer:
            for part in self.parts:
                table = pq.read_table(part).cast(schema)
                if transform is not None:
                    table = transform(table, offset)
                writer.write_table(table)
                offset += table.num_rows
                part.unlink()


def _parquet_fetch(parts: list[Path]) -> Callable[[np.ndarray, list[str]], pd.Series]:
    """Texts by (row, column) from the staged responses parts, reading each column once per call."""

    def fetch(rows: np.ndarray, columns: list[str]) -> pd.Series:
        import pyarrow as pa
        import pyarrow.parquet as pq

        def column(c: str) -> Any:
            return pa.chunked_array([pq.read_table(p, columns=[c]).column(0).cast(pa.large_string()) for p in parts])

        cols = np.asarray(columns, dtype=object)
        if len(cols) and (cols == cols[0]).all():  # one column: Arrow-backed, no Python strings
            taken = column(str(cols[0])).take(pa.array(rows)).cast(pa.string())
            return pd.Series(pd.arrays.ArrowStringArray(taken), dtype="string[pyarrow]")
        out = np.empty(len(rows), dtype=object)
        for c in pd.unique(cols):
            m = np.flatnonzero(cols == c)
            out[m] = column(str(c)).take(pa.array(rows[m])).to_numpy(zero_copy_only=False)
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


def _ledger(
    files: list[dict[str, Any]], run: _Batches, started: dt.datetime, settings: dict[str, Any]
) -> dict[str, Any]:
    ok = [f for f in files if f["status"] == "ok"]
    c = run.counts
    totals = {
        "files": len(files),
        "files_read": len(ok),
        "files_rejected": len(files) - len(ok),
        "rows_read": sum(f["rows_read"] for f in files),
        "responses": sum(f["responses"] for f in files),
        "rejected": sum(f["rejected"] for f in files),
        "rejected_files": [f["file"] for f in files if f["status"] != "ok"],
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
    }
