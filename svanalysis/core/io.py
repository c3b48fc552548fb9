"""Writing outputs safely.

Two promises live here so that no other module has to remember them:

- Outputs are written atomically: to a temporary file in the same folder, flushed, then renamed
  over the target. A crash leaves either the old file or the new one, never half of one.
- Respondent text is untrusted: every CSV or Excel file svanalysis writes goes through
  ``neutralise_formulas``, which prefixes a quote to any text cell starting with ``=``, ``+``,
  ``-``, ``@`` (or a tab or carriage return), so a spreadsheet program shows it as text instead of
  running it.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = [
    "FORMULA_PREFIXES",
    "atomic_path",
    "neutralise_formulas",
    "neutralise_text",
    "read_user_csv",
    "read_user_yaml",
    "write_bytes",
    "write_csv",
    "write_json",
    "write_text",
]

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it over ``target`` on success.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> with atomic_path(d / "x.txt") as tmp:
    ...     _ = tmp.write_text("hello")
    >>> (d / "x.txt").read_text()
    'hello'
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def read_user_csv(path: str | Path, what: str, keep_default_na: bool = True, **_: Any) -> pd.DataFrame:
    """Read a CSV file a person wrote (overrides, unit costs) as text columns; every way it can be
    wrong is a ``ValueError`` of one line naming the file, and the row where there is one.

    The standard library's ``csv`` reader is used rather than pandas' because it says where a
    quote is left open and lets each row's number of values be checked against the header (pandas
    silently takes an extra value on every row as an index). Blank values are missing unless
    ``keep_default_na`` is False (then they are "").

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "costs.csv"
    >>> _ = p.write_text("item,value" + chr(10) + "nurse,3,4" + chr(10))
    >>> read_user_csv(p, "unit-cost file")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: ...costs.csv, row 2: 3 values where the header has 2 (item, value)
    """
    import csv

    p = Path(path)
    if p.is_dir():
        raise ValueError(f"{p}: is a folder; expected a {what} (CSV)")
    try:
        text = p.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise ValueError(f"{p}: {what} not found") from None
    except UnicodeDecodeError as exc:
        raise ValueError(f"{p}: not a valid {what}: not UTF-8 text (byte {exc.start})") from None
    if "\x00" in text:
        raise ValueError(f"{p}: not a valid {what}: a binary file, not CSV text")
    reader = csv.reader(text.splitlines(keepends=True), strict=True)
    try:
        rows = [r for r in reader if r]
    except csv.Error as exc:
        raise ValueError(f"{p}, row {reader.line_num}: not a valid {what}: {exc}") from None
    if not rows:
        raise ValueError(f"{p}: not a valid {what}: the file is empty")
    header = [h.strip() for h in rows[0]]
    for k, r in enumerate(rows[1:], start=2):
        while len(r) > len(header) and not r[-1].strip():
            r = r[:-1]  # trailing commas
        if len(r) > len(header):
            raise ValueError(f"{p}, row {k}: {len(r)} values where the header has {len(header)} ({', '.join(header)})")
    body = [r[: len(header)] + [""] * (len(header) - len(r)) for r in rows[1:]]
    df = (
        pd.DataFrame(body, columns=header, dtype="string")
        if body
        else pd.DataFrame({h: pd.Series(dtype="string") for h in header})
    )
    if keep_default_na:
        df = df.replace(r"^\s*$", pd.NA, regex=True)
    return df


def read_user_yaml(path: str | Path, what: str) -> Any:
    """Read a YAML file a person wrote (a report grid); a syntax error is one line naming the file,
    line and column."""
    import yaml

    from svanalysis.core.yamlio import safe_load

    p = Path(path)
    if p.is_dir():
        raise ValueError(f"{p}: is a folder; expected a {what} (YAML)")
    try:
        return safe_load(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{p}: {what} not found") from None
    except UnicodeDecodeError as exc:
        raise ValueError(f"{p}: not a valid {what}: not UTF-8 text (byte {exc.start})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ValueError(f"{p}: {where}not valid YAML ({problem})") from None


def _write(target: str | Path, writer: Callable[[Path], Any]) -> Path:
    with atomic_path(target) as tmp:
        writer(tmp)
    return Path(target)


def neutralise_text(value: Any) -> Any:
    """Return ``value`` with a leading quote if it is text a spreadsheet would run as a formula.

    Examples
    --------
    >>> neutralise_text("=HYPERLINK(\\"x\\")")
    '\\'=HYPERLINK("x")'
    >>> neutralise_text("-5 FTE"), neutralise_text("fine"), neutralise_text(3)
    ("'-5 FTE", 'fine', 3)
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def neutralise_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of ``df`` whose text cells (and column names) cannot run as formulas.

    Numeric columns are left alone: a negative number is a number, not a formula.
    """
    out = df.copy()
    for col in out.columns:
        s = out[col]
        if isinstance(s.dtype, pd.CategoricalDtype):
            cats = s.cat.categories
            if pd.api.types.is_string_dtype(cats.dtype) or cats.dtype == object:
                new = [neutralise_text(c) for c in cats]
                if new != list(cats):
                    out[col] = s.cat.rename_categories(new)
        elif pd.api.types.is_string_dtype(s.dtype) or s.dtype == object:
            mask = s.astype("str").str.startswith(FORMULA_PREFIXES, na=False) & s.map(
                lambda v: isinstance(v, str), na_action="ignore"
            ).fillna(False).astype(bool)
            if mask.any():
                out[col] = s.where(~mask, "'" + s.astype("str"))
    out.columns = [neutralise_text(str(c)) for c in out.columns]
    return out


def write_csv(df: pd.DataFrame, target: str | Path, **kwargs: Any) -> Path:
    """Write ``df`` to CSV atomically (UTF-8), with spreadsheet formulas neutralised."""
    safe = neutralise_formulas(df)
    return _write(target, lambda p: safe.to_csv(p, index=False, encoding="utf-8", **kwargs))


def write_json(obj: Any, target: str | Path) -> Path:
    """Write ``obj`` as indented JSON atomically."""
    text = json.dumps(obj, indent=2, ensure_ascii=False, default=str) + "\n"
    return _write(target, lambda p: p.write_text(text, encoding="utf-8"))


def write_text(text: str, target: str | Path) -> Path:
    """Write ``text`` atomically (UTF-8)."""
    return _write(target, lambda p: p.write_text(text, encoding="utf-8"))


def write_bytes(data: bytes, target: str | Path) -> Path:
    """Write ``data`` atomically."""
    return _write(target, lambda p: p.write_bytes(data))
