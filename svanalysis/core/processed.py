"""The processed-data contract and its reader: the one place that knows what ingest writes.

``data/processed/`` (or ``<out>/processed``) holds one Parquet file per table. Analysis and
publishing read it only through :func:`load_processed`; ingest writes it and validates every table
against the schemas of :mod:`svanalysis.core.schema`, which are built from the column lists here.

**One run's tables change together.** Ingest writes a run's whole set into a staging folder beside
the processed folder, writes ``manifest.json`` (every file and its size) last, and only then swaps
the staging folder in (:func:`replace_processed`: the old folder renamed aside, the new one renamed
in, the old one removed, under the run's lock). A kill at any moment leaves the previous complete
set or the new one, never ``responses`` of one run beside ``pii`` of another: if the kill falls
between the two renames, the previous set waits beside the folder and :func:`resolve_processed`
(which every reader goes through) reads it there, and the next run puts it back. Leftover staging
folders, which hold personal data, are removed by the next run (:func:`clear_leftovers`).

Tables: ``responses`` (one row per response), ``choices`` (multi-choice answers, long),
``role_fte`` (FTE by role, long), ``coding`` (how each stance was coded), ``cleaning_log``,
``unmapped_answers`` (what respondents wrote in columns no question holds, redacted; ``unmapped``
is the same under its earlier name and columns), and the restricted ``pii`` (personal data, never
published, never read by analysis).

One table is derived after ingest rather than written by it: ``themes`` (``svanalysis themes
assign``; the themes of each answer to a framed free-text field, one row per answer and theme).
Its Parquet file carries the code frame it was assigned with (the frame's YAML, under the schema
metadata key ``THEME_FRAME_KEY``), so theme names travel with the codes. ``load_processed`` returns
it when present and an empty table otherwise.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from svanalysis.core.locking import old_folder, recover_folder, replace_folder
from svanalysis.core.spec import Spec, load_spec

__all__ = [
    "ANALYSIS_TABLES",
    "DERIVED_OUTPUTS",
    "MANIFEST",
    "OUTPUT_FILES",
    "RESTRICTED_TABLES",
    "TABLES",
    "TEXT_SUFFIXES",
    "THEME_COLUMNS",
    "THEME_FRAME_KEY",
    "IncompleteSetError",
    "carry_skeleton",
    "check_output_folder",
    "clear_leftovers",
    "load_campaign_responses",
    "load_processed",
    "load_themes",
    "lock_path",
    "numeric_columns",
    "replace_processed",
    "resolve_processed",
    "response_columns",
    "staging_prefix",
    "write_manifest",
    "write_themes",
]

TABLES = ("responses", "choices", "role_fte", "pii", "unmapped_answers", "unmapped", "coding", "cleaning_log")
ANALYSIS_TABLES = ("responses", "choices", "role_fte", "coding")
RESTRICTED_TABLES = ("pii",)
TEXT_SUFFIXES = ("_text", "_detail", "_other")
MANIFEST = "manifest.json"
# what ingest writes besides the tables
OUTPUT_FILES = ("rejects.csv", "ledger.json", "data_quality.json", MANIFEST)
# what later stages add to a processed folder: the exact tables for analysts (publish) and the
# themes assigned to free text (analysis); a new ingest replaces them with the rest of the set
DERIVED_OUTPUTS = ("restricted", "themes.parquet", "themes_quality.json")
THEME_COLUMNS = ("respondent_id", "field", "theme", "confidence", "evidence", "method")
THEME_FRAME_KEY = b"svanalysis.theme_frame"


class IncompleteSetError(FileNotFoundError):
    """A processed folder that does not hold one run's complete set of tables."""


# ============================================================================ one run's set, whole
def lock_path(folder: str | Path) -> Path:
    """The lock file of a processed folder (beside it, so the folder itself can be swapped)."""
    folder = Path(folder)
    return folder.parent / f".{folder.name}.lock"


def staging_prefix(folder: str | Path) -> str:
    """The name prefix of a processed folder's staging folders (beside it)."""
    return f".{Path(folder).name}.staging-"


def _is_skeleton(name: str) -> bool:
    """Files a folder keeps in git (``.gitkeep``, a README), carried from one set to the next."""
    return name in (".gitkeep", ".gitignore") or name.lower().startswith("readme")


def check_output_folder(folder: str | Path) -> None:
    """Refuse an output folder that is not a folder, or holds files svanalysis did not write
    (swapping it would delete them).

    Raises
    ------
    ValueError
        One line naming the folder and what is wrong.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ValueError(f"{folder}: is a file; the output must be a folder")
    if not folder.is_dir():
        return
    known = {f"{t}.parquet" for t in TABLES} | set(OUTPUT_FILES) | set(DERIVED_OUTPUTS)
    manifest = folder / MANIFEST
    if manifest.is_file():
        try:
            known |= set(json.loads(manifest.read_text(encoding="utf-8")).get("files", {}))
        except (ValueError, OSError, AttributeError):
            pass
    foreign = sorted(
        p.name
        for p in folder.iterdir()
        if p.name not in known and not _is_skeleton(p.name) and not p.name.startswith(".ingest-")
    )
    if foreign:
        shown = ", ".join(foreign[:3]) + (f" and {len(foreign) - 3} more" if len(foreign) > 3 else "")
        raise ValueError(
            f"{folder}: holds files svanalysis did not write ({shown}); "
            "choose a new or empty folder for the processed tables"
        )


def clear_leftovers(folder: str | Path) -> list[Path]:
    """Remove what a killed run left (call under the folder's lock): staging folders beside it
    (they hold personal data), the previous set if the new one is in place, or put the previous set
    back if a kill fell between the two renames of the swap. Returns what was removed."""
    folder = Path(folder)
    removed = []
    if folder.parent.is_dir():
        for p in folder.parent.glob(staging_prefix(folder) + "*"):
            shutil.rmtree(p, ignore_errors=True)
            removed.append(p)
    old = old_folder(folder)
    if old.exists() and folder.exists():
        removed.append(old)
    recover_folder(folder)
    if folder.is_dir():
        for p in folder.glob(".ingest-*"):  # staging inside the folder (before sets were swapped whole)
            shutil.rmtree(p, ignore_errors=True)
            removed.append(p)
    return removed


def carry_skeleton(folder: str | Path, fresh: str | Path) -> None:
    """Copy the folder's ``.gitkeep`` and README into the new set, so git's skeleton survives the swap."""
    folder, fresh = Path(folder), Path(fresh)
    if folder.is_dir():
        for p in folder.iterdir():
            if p.is_file() and _is_skeleton(p.name) and not (fresh / p.name).exists():
                shutil.copy2(p, fresh / p.name)


def write_manifest(folder: str | Path, run: str, extra: Iterable[str] = ()) -> Path:
    """Write ``manifest.json`` last: every file of the set and its size, and the run's id."""
    folder = Path(folder)
    files = {
        p.name: p.stat().st_size
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != MANIFEST and not _is_skeleton(p.name) and not p.name.startswith(".")
    }
    body = {"run": run, "files": files, **dict.fromkeys(extra)}
    path = folder / MANIFEST
    tmp = folder / f".{MANIFEST}.part"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(body, fh, indent=2)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return path


def _check_manifest(folder: Path) -> None:
    try:
        files = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["files"]
    except (ValueError, KeyError, TypeError, OSError) as exc:
        raise IncompleteSetError(f"{folder}: {MANIFEST} is unreadable ({exc}); run `svanalysis ingest` again") from None
    for name, size in files.items():
        p = folder / name
        if not p.is_file() or p.stat().st_size != size:
            raise IncompleteSetError(
                f"{folder}: {name} is not the file this set was written with (missing or changed); "
                "run `svanalysis ingest` again"
            )


def resolve_processed(folder: str | Path) -> Path:
    """The folder holding the complete set of ``folder``: itself, or the previous set a kill left
    beside it mid-swap. Checks the manifest (every file present, at its size); a folder without a
    manifest (tables written by hand) is taken as it is.

    Raises
    ------
    IncompleteSetError
        If the folder holds no complete set.
    """
    folder = Path(folder).expanduser().resolve()
    if (folder / MANIFEST).is_file():
        _check_manifest(folder)
        return folder
    old = old_folder(folder)
    if not folder.exists() and (old / MANIFEST).is_file():
        _check_manifest(old)
        return old
    if (folder / "responses.parquet").is_file():
        return folder
    raise IncompleteSetError(f"{folder}: no processed tables; run `svanalysis ingest` first")


def replace_processed(fresh: str | Path, folder: str | Path) -> None:
    """Swap the complete set ``fresh`` (a staging folder beside ``folder``) in for ``folder``.

    Call under the folder's lock, after :func:`write_manifest`. Two renames (the old set aside, the
    new one in), then the old set goes; see the module docstring for what a kill between them leaves.
    """
    replace_folder(folder, fresh)


def response_columns(spec: Spec | None = None) -> list[str]:
    """The columns of ``responses.parquet``, in order (the contract, then extensions).

    Examples
    --------
    >>> cols = response_columns()
    >>> cols[:3], "q9_option_one" in cols
    (['respondent_id', 'channel', 'source_file'], True)
    """
    spec = spec or load_spec()
    cols = [
        "respondent_id",
        "channel",
        "source_file",
        "source_row",
        "source_id",
        "respondent_type",
        "duplicate_of",
        "campaign_id",
        "campaign_member",
        "submitted_at",
        "response_status",
        "consent_publish",
    ]
    for q in spec.answerable:
        for kind, col in q.columns.items():
            if kind == "table":
                continue
            cols.append(col)
            if kind in ("fte",) or (kind == "value" and q.parse == "money"):
                cols += [f"{col}_low", f"{col}_high"]
    cols.append("letter_text")
    cols.append("language")  # "Welsh" for a response written in Welsh (flagged for a Welsh reader)
    cols += [f"{c}_implausible" for c in numeric_columns(spec)]
    return cols


def numeric_columns(spec: Spec | None = None) -> list[str]:
    """Numeric answer columns of responses (FTE, volunteer hours, money)."""
    spec = spec or load_spec()
    out = []
    for q in spec.answerable:
        if q.type == "time_resource":
            out += [q.columns["fte"], q.columns["volunteer_hours_per_year"]]
        elif q.parse == "money":
            out.append(q.columns["value"])
    return out


def load_processed(folder: str | Path | None = None, text: bool | list[str] = True) -> dict[str, pd.DataFrame]:
    """Read the processed tables (all but the restricted ones) from ``folder``.

    Parameters
    ----------
    folder : the processed folder (default: the project's ``data/processed``)
    text : bool or list of str
        Free-text columns are most of the data; ``False`` leaves them out of ``responses`` (the
        analysis does not need them), a list keeps just those.

    Returns
    -------
    dict of DataFrame
        ``responses``, ``choices``, ``role_fte``, ``coding`` and ``themes`` (empty until themes are
        assigned; see :func:`load_themes`).

    Raises
    ------
    FileNotFoundError
        If a table is missing (ingest has not run on that folder), or the folder does not hold one
        run's complete set (:class:`IncompleteSetError`).
    """
    import pyarrow.parquet as pq

    from svanalysis.core.paths import output_paths

    folder = resolve_processed(Path(folder) if folder else output_paths().processed)
    out = {}
    for name in ANALYSIS_TABLES:
        p = folder / f"{name}.parquet"
        if not p.exists():
            raise FileNotFoundError(f"{p}: not found; run `svanalysis ingest` first")
        columns = None
        if name == "responses" and text is not True:
            keep = set(text or [])
            names = pq.read_schema(p).names
            columns = [c for c in names if c in keep or not c.endswith(TEXT_SUFFIXES)]
        out[name] = _read_parquet(p, columns)
    out["themes"], frame_text = load_themes(folder)
    out["themes"].attrs["theme_frame"] = frame_text
    return out


# Tables read in this process (the analysis tables and the themes), by file and columns. A report
# build runs every notebook in a few long-lived kernels, and each notebook reads the same tables:
# read once per kernel, each notebook gets a shallow copy, which pandas' copy-on-write keeps apart
# from the cached frame (a notebook that changes its copy changes nothing the next one reads). A
# file rewritten (another ingest, themes assigned again) has another size, time or inode, so it
# is read again. Only the latest few reads are kept.
_READS: dict[tuple[object, ...], pd.DataFrame] = {}
_READS_KEPT = 8


def _read_parquet(path: Path, columns: list[str] | None) -> pd.DataFrame:
    st = path.stat()
    key = (str(path.resolve()), st.st_ino, st.st_size, st.st_mtime_ns, None if columns is None else tuple(columns))
    df = _READS.get(key)
    if df is None:
        df = pd.read_parquet(path, columns=columns)
        while len(_READS) >= _READS_KEPT:
            _READS.pop(next(iter(_READS)))
        _READS[key] = df
    return df.copy(deep=False)


def load_campaign_responses(folder: str | Path | None = None) -> pd.DataFrame:
    """The responses that belong to an organised campaign, with every column (their free text
    included), read without loading the free text of everyone else.

    Raises
    ------
    FileNotFoundError
        If ``responses.parquet`` is missing (ingest has not run on that folder).
    """
    import pyarrow.dataset as ds

    from svanalysis.core.paths import output_paths

    folder = resolve_processed(Path(folder) if folder else output_paths().processed)
    p = folder / "responses.parquet"
    if not p.exists():
        raise FileNotFoundError(f"{p}: not found; run `svanalysis ingest` first")
    d = ds.dataset(p)
    if "campaign_id" not in d.schema.names:
        return d.head(0).to_pandas()
    return d.to_table(filter=ds.field("campaign_id").is_valid()).to_pandas()


def load_themes(folder: str | Path | None = None) -> tuple[pd.DataFrame, str | None]:
    """The themes table of a processed folder and the YAML text of the frame it was assigned with.

    Returns an empty table (with the contract's columns) and ``None`` when themes have not been
    assigned in that folder.

    Examples
    --------
    >>> import tempfile
    >>> table, frame = load_themes(tempfile.mkdtemp())
    >>> list(table.columns), len(table), frame
    (['respondent_id', 'field', 'theme', 'confidence', 'evidence', 'method'], 0, None)
    """
    import pyarrow.parquet as pq

    from svanalysis.core.paths import output_paths

    folder = Path(folder) if folder else output_paths().processed
    p = folder / "themes.parquet"
    if not p.exists():
        empty = pd.DataFrame({c: pd.Series(dtype="string") for c in THEME_COLUMNS})
        empty["confidence"] = empty["confidence"].astype("float64")
        return empty, None
    meta = pq.read_schema(p).metadata or {}
    frame = meta.get(THEME_FRAME_KEY)
    return _read_parquet(p, None), frame.decode("utf-8") if frame else None


def write_themes(table: pd.DataFrame, frame_text: str, folder: str | Path) -> Path:
    """Write ``themes.parquet`` into a processed folder atomically, with the frame's YAML in its metadata.

    Raises
    ------
    ValueError
        If ``table`` lacks a column of the contract.

    Examples
    --------
    >>> import tempfile
    >>> d = tempfile.mkdtemp()
    >>> t = pd.DataFrame({"respondent_id": ["a"], "field": ["q7_text"], "theme": ["youth"], "confidence": [0.9],
    ...                   "evidence": ["Reopen the youth club"], "method": ["model"]})
    >>> _ = write_themes(t, "q7_text:\\n- id: youth\\n  name: Youth clubs\\n", d)
    >>> table, frame = load_themes(d)
    >>> table["theme"].tolist(), frame.splitlines()[1]
    (['youth'], '- id: youth')
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from svanalysis.core.io import atomic_path

    missing = [c for c in THEME_COLUMNS if c not in table.columns]
    if missing:
        raise ValueError(f"themes table has no column(s) {missing}")
    out = table[list(THEME_COLUMNS)].astype({c: ("float64" if c == "confidence" else "string") for c in THEME_COLUMNS})
    arrow = pa.Table.from_pandas(out, preserve_index=False)
    meta = dict(arrow.schema.metadata or {})
    meta[THEME_FRAME_KEY] = frame_text.encode("utf-8")
    arrow = arrow.replace_schema_metadata(meta)
    target = Path(folder) / "themes.parquet"
    with atomic_path(target) as tmp:
        pq.write_table(arrow, tmp)
    return target
