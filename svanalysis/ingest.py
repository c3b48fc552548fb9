"""Ingest: every input file, whatever its channel, into the processed tables of the data contract.

The pipeline, in order (each step a function of the module named):

1. find the input files (``discover``); names starting with "_" or "." and README files are not
   inputs (the synthetic example keeps its truth in ``_truth/``);
2. read each file into slots (``svanalysis.readers``); a file that cannot be read is rejected with
   a one-line reason and the others go on;
3. give every response a stable ``respondent_id``: from the platform's response id when there is
   one, else from the file name and row;
4. clean (``svanalysis.clean``), code stances from text (``svanalysis.code``), apply a person's
   overrides (``svanalysis.review``), mark duplicates and campaigns (``svanalysis.dedupe``);
5. validate every table (``svanalysis.schema``) and write them all atomically.

Nothing is lost: every data row of every file is a row of ``responses.parquet`` or a line of
``rejects.csv`` with a reason, and ``ledger.json`` reconciles rows read = responses + rejected for
each file.

Outputs (in ``out``): ``responses.parquet``, ``choices.parquet``, ``role_fte.parquet``,
``pii.parquet`` and ``unmapped.parquet`` (restricted), ``coding.parquet``, ``cleaning_log.parquet``,
``rejects.csv``, ``ledger.json``, ``data_quality.json``.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from svanalysis import __version__
from svanalysis._io import write_csv, write_json, write_parquet
from svanalysis.clean import attach_redactions, clean
from svanalysis.code import CODER_VERSION, code_stances
from svanalysis.config import MANUAL_DIR, load_settings
from svanalysis.dedupe import mark
from svanalysis.readers import FileRead, ReadError, classify, read_file
from svanalysis.schema import validate
from svanalysis.spec import Spec, load_spec

__all__ = ["EXIT_BAD_ARGS", "EXIT_OK", "EXIT_REJECTS", "TABLES", "IngestResult", "discover", "ingest"]

EXIT_OK, EXIT_BAD_ARGS, EXIT_REJECTS = 0, 2, 3
TABLES = ("responses", "choices", "role_fte", "pii", "unmapped", "coding", "cleaning_log")


@dataclass
class IngestResult:
    """What ingest did: the ledger, the rejects and the tables written."""

    out: Path
    ledger: dict[str, Any]
    rejects: pd.DataFrame
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        return EXIT_REJECTS if len(self.rejects) else EXIT_OK


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
    filled = slots[answer_cols].astype("string").fillna("").apply(lambda s: s.str.strip() != "")
    return filled.any(axis=1)


def ingest(
    inputs: Iterable[str | Path],
    out: str | Path,
    settings: dict[str, Any] | None = None,
    overrides: str | Path | None = None,
    spec: Spec | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> IngestResult:
    """Ingest ``inputs`` (files or folders) and write the processed tables to ``out``.

    Parameters
    ----------
    inputs : files or folders
    out : folder for the processed tables (created if missing)
    settings : dict, optional
        From ``svanalysis.config.load_settings``; the shipped defaults otherwise.
    overrides : path, optional
        A person's stance decisions (``svanalysis review import`` writes them); defaults to
        ``data/manual/overrides.csv`` when it exists.
    progress : callable(file name, index, total), optional

    Returns
    -------
    IngestResult
        ``exit_code`` is 0 when every row of every file was ingested, 3 when something was rejected.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from svanalysis.synth import write_online_export
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = write_online_export(d / "raw" / "export.csv", 30, seed=3)
    >>> r = ingest([d / "raw"], d / "processed")
    >>> r.ledger["totals"]["rows_read"] == r.ledger["totals"]["responses"] + r.ledger["totals"]["rejected"]
    True
    """
    spec = spec or load_spec()
    settings = settings or load_settings()
    out = Path(out)
    files = discover(inputs)
    started = dt.datetime.now(dt.UTC)
    ledger_files: list[dict[str, Any]] = []
    rejects: list[dict[str, Any]] = []
    frames: list[pd.DataFrame] = []
    unmapped_frames: list[pd.DataFrame] = []
    for k, path in enumerate(files):
        if progress:
            progress(path.name, k, len(files))
        entry: dict[str, Any] = {"file": path.name, "path": str(path), "kind": classify(path)}
        try:
            fr: FileRead = read_file(path, spec, settings)
        except ReadError as exc:
            reason = f"{path.name}: {exc}"
            rejects.append({"source_file": path.name, "source_row": pd.NA, "reason": reason})
            entry.update(status="rejected", reason=str(exc), rows_read=0, responses=0, rejected=0)
            ledger_files.append(entry)
            continue
        except Exception as exc:  # an unexpected failure on one file must not lose the others
            reason = f"{path.name}: could not be read ({type(exc).__name__}: {exc})"
            rejects.append({"source_file": path.name, "source_row": pd.NA, "reason": reason})
            entry.update(status="rejected", reason=reason, rows_read=0, responses=0, rejected=0)
            ledger_files.append(entry)
            continue
        slots = fr.slots.copy()
        bad_rows = {int(r): why for r, why in fr.rejects}
        row_no = slots["_row"].astype(int)
        is_bad = row_no.isin(list(bad_rows)).to_numpy()
        answered = _answered(slots, spec).to_numpy()
        for r in row_no[is_bad]:
            rejects.append({"source_file": path.name, "source_row": int(r), "reason": f"row {r}: {bad_rows[int(r)]}"})
        empty = ~answered & ~is_bad
        for r in row_no[empty]:
            what = "document" if fr.channel != "online" else f"row {r}"
            rejects.append(
                {"source_file": path.name, "source_row": int(r), "reason": f"{what}: no answer to any question"}
            )
        keep = answered & ~is_bad
        slots = slots[keep]
        slots.insert(0, "channel", fr.channel)
        slots.insert(1, "source_file", path.name)
        slots = slots.rename(columns={"_row": "source_row"})
        frames.append(slots)
        if fr.unmapped_values is not None and len(fr.unmapped_values):
            uv = fr.unmapped_values.copy()
            uv["source_file"] = path.name
            unmapped_frames.append(uv)
        entry.update(
            status="ok",
            channel=fr.channel,
            layout=fr.layout,
            rows_read=int(fr.rows_read),
            responses=int(keep.sum()),
            rejected=int((~keep).sum()),
            **{k2: v for k2, v in fr.info.items() if k2 not in ("columns", "layout")},
        )
        ledger_files.append(entry)
    if progress:
        progress("cleaning", len(files), len(files))

    raw = (
        pd.concat(frames, ignore_index=True)
        if frames
        else pd.DataFrame(columns=["channel", "source_file", "source_row"])
    )
    frames.clear()  # the per-file copies are no longer needed
    raw["source_row"] = raw["source_row"].astype("int64")
    sid = (
        raw["_source_id"].astype("string").fillna("")
        if "_source_id" in raw
        else pd.Series("", index=raw.index, dtype="string")
    )
    key = (raw["channel"].astype(str) + "|" + sid).where(
        sid != "", raw["source_file"].astype(str) + "|" + raw["source_row"].astype(str)
    )
    key = key.where(~key.duplicated(), raw["source_file"].astype(str) + "|" + raw["source_row"].astype(str))
    raw.insert(0, "respondent_id", _ids(key))

    result = clean(raw, spec, settings)
    raw = raw[["source_file", "source_row", "respondent_id"]]  # only what the unmapped table needs
    responses, coding = code_stances(result.responses, spec, settings)
    overrides_path = Path(overrides) if overrides else MANUAL_DIR / "overrides.csv"
    log = result.log
    applied = 0
    if overrides_path.exists():
        from svanalysis.review import apply_overrides, read_overrides

        responses, coding, extra_log, applied = apply_overrides(
            responses, coding, read_overrides(overrides_path, spec), spec
        )
        log = pd.concat([log, extra_log], ignore_index=True)
        for c in ("field", "rule"):
            log[c] = log[c].astype("category")
    responses = mark(responses, result.pii, spec, settings)
    pii = attach_redactions(result.pii, result.responses)
    unmapped = _unmapped(unmapped_frames, raw)

    tables = {
        "responses": validate("responses", responses, spec),
        "choices": validate("choices", result.choices, spec),
        "role_fte": validate("role_fte", result.role_fte, spec),
        "pii": validate("pii", pii, spec),
        "unmapped": unmapped,
        "coding": coding,
        "cleaning_log": validate("cleaning_log", log, spec),
    }
    rejects_df = pd.DataFrame(rejects, columns=["source_file", "source_row", "reason"])
    rejects_df["source_row"] = rejects_df["source_row"].astype("Int64")
    ledger = _ledger(ledger_files, responses, tables, started, settings, applied)
    _write_all(out, tables, rejects_df, ledger, result.quality)
    return IngestResult(out, ledger, rejects_df, tables)


def _unmapped(frames: list[pd.DataFrame], raw: pd.DataFrame) -> pd.DataFrame:
    cols = ["respondent_id", "source_file", "source_row", "column", "value"]
    if not frames:
        return pd.DataFrame({c: pd.Series(dtype="string") for c in cols})
    uv = pd.concat(frames, ignore_index=True).rename(columns={"_row": "source_row"})
    ids = raw[["source_file", "source_row", "respondent_id"]]
    uv = uv.merge(ids, on=["source_file", "source_row"], how="left")
    for c in ("respondent_id", "source_file", "column", "value"):
        uv[c] = uv[c].astype("string")
    return uv[cols]


def _ledger(
    files: list[dict[str, Any]],
    responses: pd.DataFrame,
    tables: dict[str, pd.DataFrame],
    started: dt.datetime,
    settings: dict[str, Any],
    overrides: int,
) -> dict[str, Any]:
    ok = [f for f in files if f["status"] == "ok"]
    dup = int(responses["duplicate_of"].notna().sum())
    camp = responses["campaign_id"].dropna()
    totals = {
        "files": len(files),
        "files_read": len(ok),
        "files_rejected": len(files) - len(ok),
        "rows_read": sum(f["rows_read"] for f in files),
        "responses": sum(f["responses"] for f in files),
        "rejected": sum(f["rejected"] for f in files),
        "rejected_files": [f["file"] for f in files if f["status"] != "ok"],
        "by_channel": {str(k): int(v) for k, v in responses["channel"].value_counts(sort=False).items()},
        "duplicates": dup,
        "analysed": int(len(responses) - dup),
        "campaigns": int(camp.nunique()),
        "campaign_responses": len(camp),
        "partial_responses": int((responses["response_status"] == "partial").sum()),
        "stances_coded_from_text": int((tables["coding"]["method"] == "rule").sum()) if len(tables["coding"]) else 0,
        "stances_needing_review": int(tables["coding"]["needs_review"].sum()) if len(tables["coding"]) else 0,
        "manual_overrides_applied": overrides,
        "unmapped_columns": sum(len(f.get("unmapped", [])) for f in ok),
    }
    assert totals["rows_read"] == totals["responses"] + totals["rejected"], "ledger does not reconcile"
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


def _write_all(
    out: Path, tables: dict[str, pd.DataFrame], rejects: pd.DataFrame, ledger: dict[str, Any], quality: dict[str, Any]
) -> None:
    """Write every output into a staging folder, then move each into place (atomic per file)."""
    out.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=".ingest-", dir=out))
    try:
        for name, df in tables.items():
            write_parquet(df, stage / f"{name}.parquet")
        write_csv(rejects, stage / "rejects.csv")
        write_json(ledger, stage / "ledger.json")
        write_json(quality, stage / "data_quality.json")
        for f in stage.iterdir():
            os.replace(f, out / f.name)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def load_processed(folder: str | Path | None = None, text: bool | list[str] = True) -> dict[str, pd.DataFrame]:
    """Read the processed tables (all but the restricted ones) from ``folder``.

    Parameters
    ----------
    folder : the processed folder (default: the project's ``data/processed``)
    text : bool or list of str
        Free-text columns are most of the data; ``False`` leaves them out of ``responses`` (the
        analysis does not need them), a list keeps just those.
    """
    import pyarrow.parquet as pq

    from svanalysis.config import PROCESSED_DIR

    folder = Path(folder) if folder else PROCESSED_DIR
    out = {}
    for name in ("responses", "choices", "role_fte", "coding"):
        p = folder / f"{name}.parquet"
        if not p.exists():
            raise FileNotFoundError(f"{p}: not found; run `svanalysis ingest` first")
        columns = None
        if name == "responses" and text is not True:
            keep = set(text or [])
            names = pq.read_schema(p).names
            columns = [c for c in names if c in keep or not c.endswith(("_text", "_detail", "_other"))]
        out[name] = pd.read_parquet(p, columns=columns)
    return out
