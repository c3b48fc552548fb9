"""The processed-data contract and its reader: the one place that knows what ingest writes.

``data/processed/`` (or ``<out>/processed``) holds one Parquet file per table. Analysis and
publishing read it only through :func:`load_processed`; ingest writes it and validates every table
against the schemas of :mod:`svanalysis.core.schema`, which are built from the column lists here.

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

from pathlib import Path

import pandas as pd

from svanalysis.core.spec import Spec, load_spec

__all__ = [
    "ANALYSIS_TABLES",
    "DERIVED_TABLES",
    "RESTRICTED_TABLES",
    "TABLES",
    "TEXT_SUFFIXES",
    "THEME_COLUMNS",
    "THEME_FRAME_KEY",
    "load_campaign_responses",
    "load_processed",
    "load_themes",
    "numeric_columns",
    "response_columns",
    "write_themes",
]

TABLES = ("responses", "choices", "role_fte", "pii", "unmapped_answers", "unmapped", "coding", "cleaning_log")
ANALYSIS_TABLES = ("responses", "choices", "role_fte", "coding")
RESTRICTED_TABLES = ("pii",)
TEXT_SUFFIXES = ("_text", "_detail", "_other")
DERIVED_TABLES = ("themes",)  # written after ingest, into the same folder
THEME_COLUMNS = ("respondent_id", "field", "theme", "confidence", "evidence", "method")
THEME_FRAME_KEY = b"svanalysis.theme_frame"


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
        If a table is missing (ingest has not run on that folder).
    """
    import pyarrow.parquet as pq

    from svanalysis.core.paths import output_paths

    folder = Path(folder) if folder else output_paths().processed
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
        out[name] = pd.read_parquet(p, columns=columns)
    out["themes"], frame_text = load_themes(folder)
    out["themes"].attrs["theme_frame"] = frame_text
    return out


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

    folder = Path(folder) if folder else output_paths().processed
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
    return pd.read_parquet(p), frame.decode("utf-8") if frame else None


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
