"""Choose which answers a person should code next, and lay them out as a coding sheet.

Two needs pull apart: an *honest* agreement figure needs a random sample, stratified so that every
theme (and "no theme") is seen; *teaching* gains most from the calls the model is least sure of. The
selection takes both: part stratified random, part least confident, each answer once, with the
reason recorded so that agreement can be measured on the random part alone.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from svanalysis.core.checks import check_range, check_type
from svanalysis.core.io import atomic_path, neutralise_formulas

__all__ = ["HOW_TO", "coding_sheet", "read_review_sheet", "review_sample", "write_review_sheet"]

NO_THEME = "(no theme)"


def review_sample(
    scores: pd.DataFrame,
    n: int,
    uncertain_share: float = 0.5,
    seed: int = 0,
    exclude: set | None = None,
) -> pd.DataFrame:
    """Pick ``n`` answers to code: a stratified random part plus the least confident calls.

    Parameters
    ----------
    scores : pandas.DataFrame
        Output of :func:`~svanalysis.analysis.themes.assign.score_answers` (one row per answer and theme).
    n : int
        Answers to pick (fewer if fewer are available).
    uncertain_share : float
        Share of ``n`` given to the least confident answers; the rest is stratified random.
    seed : int
        Seed of the random part.
    exclude : set, optional
        Respondent ids not to pick (e.g. already coded). Answers already coded by hand
        (method ``manual``) and empty answers are never picked.

    Returns
    -------
    pandas.DataFrame
        ``respondent_id``, ``reason`` (``stratified: <theme>`` or ``least confident: <theme>``),
        ``uncertainty`` (0 = sure, 1 = a coin toss), in pick order.

    Raises
    ------
    ValueError
        If ``uncertain_share`` is outside [0, 1] or ``scores`` lacks a column.

    Examples
    --------
    >>> scores = pd.DataFrame({
    ...     "respondent_id": ["a", "a", "b", "b", "c", "c"], "theme": ["x", "y"] * 3,
    ...     "confidence": [0.9, 0.1, 0.52, 0.2, 0.05, 0.1], "assigned": [True, False, True, False, False, False],
    ...     "method": ["model"] * 6, "empty": [False] * 6})
    >>> review_sample(scores, n=2, uncertain_share=0.5, seed=0)["respondent_id"].tolist()
    ['b', 'a']
    """
    check_type("n", n, int)
    check_range("uncertain_share", uncertain_share, 0, 1)
    need = {"respondent_id", "theme", "confidence", "assigned", "method", "empty"}
    missing = sorted(need - set(scores.columns))
    if missing:
        raise ValueError(f"scores has no column(s) {missing}")
    exclude = {str(x) for x in (exclude or set())}
    s = scores.assign(rid=scores["respondent_id"].astype(str))
    manual = set(s.loc[s["method"] == "manual", "rid"])
    s = s.loc[~s["empty"] & ~s["rid"].isin(manual | exclude)]
    if s.empty or n <= 0:
        return pd.DataFrame(columns=["respondent_id", "reason", "uncertainty"])
    s = s.assign(uncertainty=1 - 2 * (s["confidence"] - 0.5).abs())
    per = s.sort_values(["rid", "uncertainty"], ascending=[True, False], kind="stable").groupby("rid", sort=False)
    most = per.head(1).set_index("rid")  # each answer's least certain theme
    top = s.loc[s["assigned"]].sort_values("confidence", ascending=False, kind="stable").groupby("rid").head(1)
    stratum = pd.Series(NO_THEME, index=most.index)
    stratum.loc[top["rid"].to_numpy()] = top["theme"].to_numpy()
    rid_to_id = dict(zip(s["rid"], s["respondent_id"], strict=False))

    n_unc = round(n * uncertain_share)
    ranked = most.sort_values("uncertainty", ascending=False, kind="stable")
    picks: list[tuple[str, str, float]] = [
        (rid, f"least confident: {row.theme}", float(row.uncertainty)) for rid, row in ranked.head(n_unc).iterrows()
    ]
    taken = {p[0] for p in picks}
    # Stratified random: round-robin over strata in a seeded order, so small themes are seen too.
    rng = np.random.default_rng(seed)
    pools = {}
    for name, members in stratum.groupby(stratum, sort=True):
        ids = [r for r in members.index if r not in taken]
        pools[name] = [ids[i] for i in rng.permutation(len(ids))]
    order = sorted(pools, key=lambda k: (k == NO_THEME, k))
    while len(picks) < n and any(pools.values()):
        for name in order:
            if pools[name] and len(picks) < n:
                rid = pools[name].pop(0)
                picks.append((rid, f"stratified: {name}", float(most.loc[rid, "uncertainty"])))
    return pd.DataFrame(
        [(rid_to_id[r], reason, round(u, 4)) for r, reason, u in picks],
        columns=["respondent_id", "reason", "uncertainty"],
    )


def coding_sheet(
    selection: pd.DataFrame, scores: pd.DataFrame, texts: pd.Series, prefill: bool = False
) -> pd.DataFrame:
    """Lay out picked answers as a sheet to code: the text, then one column per theme, then ``done``.

    Parameters
    ----------
    selection : pandas.DataFrame
        From :func:`review_sample`.
    scores : pandas.DataFrame
        From :func:`~svanalysis.analysis.themes.assign.score_answers`.
    texts : pandas.Series
        Answer text indexed by respondent id.
    prefill : bool
        Fill each theme column with the automatic call (1 or 0) for the person to confirm or change.
        Off by default: a person who codes blind gives an agreement figure the machine's
        suggestions have not flattered.

    Returns
    -------
    pandas.DataFrame
        ``respondent_id``, ``reason``, ``text``, a column per theme (blank, or the automatic 1/0),
        ``done`` (the person marks a row they have coded), ``coder``, ``note``.

    Examples
    --------
    >>> scores = pd.DataFrame({"respondent_id": ["a", "a"], "theme": ["x", "y"], "assigned": [True, False]})
    >>> sel = pd.DataFrame({"respondent_id": ["a"], "reason": ["stratified: x"], "uncertainty": [0.2]})
    >>> sheet = coding_sheet(sel, scores, pd.Series({"a": "Some text"}), prefill=True)
    >>> list(sheet.columns), sheet[["x", "y"]].values.tolist()
    (['respondent_id', 'reason', 'text', 'x', 'y', 'done', 'coder', 'note'], [[1, 0]])
    """
    themes = list(dict.fromkeys(scores["theme"].astype(str)))
    sheet = selection[["respondent_id", "reason"]].copy().reset_index(drop=True)
    sheet["text"] = sheet["respondent_id"].map(texts)
    if prefill:
        wide = scores.pivot_table(index="respondent_id", columns="theme", values="assigned", aggfunc="max", sort=False)
        wide = wide.reindex(columns=themes).fillna(False).astype(int)
        sheet = sheet.join(wide, on="respondent_id")
    else:
        for t in themes:
            sheet[t] = ""
    for c in ("done", "coder", "note"):
        sheet[c] = ""
    return sheet.reset_index(drop=True)


HOW_TO = [
    "Each sheet holds the answers to one question's free text that are offered for coding.",
    "Read the text; in each theme's column write 1 if the answer makes that theme's point, 0 or leave it blank if not.",
    "A theme is coded when the answer makes the point in the description, in any words; not for a passing mention,",
    "nor where the answer rejects or waves the point away. An answer may have several themes, or none.",
    "Then write your initials in 'done' (rows without it are not read) and, if you like, in 'coder'.",
    "The sheet 'Themes' lists each theme's name and description.",
    "Reasons: 'stratified' rows are a random sample (used to measure agreement); 'least confident' rows are",
    "the engine's hardest calls (they teach it most). Then run: svanalysis themes review import THIS_FILE.xlsx",
]


def write_review_sheet(sheets: dict[str, pd.DataFrame], frame: dict[str, tuple], path: str | Path) -> Path:
    """Write coding sheets (one worksheet per field) and the frame's themes to an .xlsx file, atomically.

    Raises
    ------
    ValueError
        If ``path`` does not end in .xlsx.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValueError(f"the review file is a spreadsheet: its name must end in .xlsx; got {path.name!r}")
    wb = Workbook()
    how = wb.active
    how.title = "How to code"
    for line in HOW_TO:
        how.append([line])
    how.column_dimensions["A"].width = 120
    for field, sheet in sheets.items():
        ws = wb.create_sheet(field[:31])
        safe = neutralise_formulas(sheet)
        ws.append(list(sheet.columns))
        for row in safe.itertuples(index=False):
            ws.append(
                [
                    None if (v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v)) or v == "") else v
                    for v in row
                ]
            )
        for cell in ws[1]:
            cell.font = Font(bold=True)
        widths = {"respondent_id": 16, "reason": 22, "text": 80, "done": 8, "coder": 10, "note": 30}
        for i, col in enumerate(sheet.columns, start=1):
            ws.column_dimensions[get_column_letter(i)].width = widths.get(col, 12)
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        themes = [t.id for t in frame.get(field, ())]
        if themes and len(sheet):
            dv = DataValidation(type="list", formula1='"1,0"', allow_blank=True)
            ws.add_data_validation(dv)
            first = list(sheet.columns).index(themes[0]) + 1
            last = first + len(themes) - 1
            dv.add(f"{get_column_letter(first)}2:{get_column_letter(last)}{len(sheet) + 1}")
        ws.freeze_panes = "D2"
    ref = wb.create_sheet("Themes")
    ref.append(["field", "id", "name", "description"])
    for field, themes in frame.items():
        if field in sheets:
            for t in themes:
                ref.append([field, t.id, t.name, t.description])
    for col, w in zip("ABCD", (24, 24, 36, 90), strict=True):
        ref.column_dimensions[col].width = w
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return path


def read_review_sheet(path: str | Path, frame: dict[str, tuple], coded_at: str | None = None) -> pd.DataFrame:
    """Read a filled review spreadsheet into codes (the rows a person marked ``done``).

    Every theme of the frame gets a code for each done row: 1 where the person wrote 1, else 0.

    Returns
    -------
    pandas.DataFrame
        ``respondent_id``, ``field``, ``theme``, ``present``, ``coder``, ``coded_at``, ``reason``.

    Raises
    ------
    ValueError
        One line naming the file, sheet, row and column of the first bad value.
    """
    import datetime as dt

    from openpyxl import load_workbook

    path = Path(path)
    if path.is_dir():
        raise ValueError(f"{path}: is a folder; expected the filled review spreadsheet (.xlsx)")
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise ValueError(f"{path}: review spreadsheet not found") from None
    except Exception as exc:  # openpyxl raises several kinds for a file that is not a workbook
        raise ValueError(f"{path}: not a review spreadsheet (.xlsx): {type(exc).__name__}") from None
    coded_at = coded_at or dt.date.today().isoformat()
    by_sheet = {f[:31]: f for f in frame}
    rows_out = []
    found = False
    for ws in wb.worksheets:
        field = by_sheet.get(ws.title)
        if field is None:
            continue
        found = True
        themes = [t.id for t in frame[field]]
        values = list(ws.iter_rows(values_only=True))
        if not values:
            continue
        header = [str(h).strip() if h is not None else "" for h in values[0]]
        missing = [c for c in ("respondent_id", "done", *themes) if c not in header]
        if missing:
            raise ValueError(f"{path}, sheet {ws.title}, row 1: missing column(s) {missing}")
        at = {h: i for i, h in enumerate(header)}
        for k, row in enumerate(values[1:], start=2):
            cell = dict(zip(header, row, strict=False))
            if cell.get("done") in (None, "") or str(cell.get("done")).strip() == "":
                continue
            rid = str(cell.get("respondent_id") or "").strip().lstrip("'")
            if not rid:
                raise ValueError(f"{path}, sheet {ws.title}, row {k}, column respondent_id: empty")
            for t in themes:
                v = row[at[t]] if at[t] < len(row) else None
                text = "" if v is None else str(v).strip()
                if text in ("", "0", "0.0"):
                    present = 0
                elif text in ("1", "1.0"):
                    present = 1
                else:
                    raise ValueError(
                        f"{path}, sheet {ws.title}, row {k}, column {t}: {text!r} must be 1 (present), 0 or blank (absent)"
                    )
                rows_out.append(
                    {
                        "respondent_id": rid,
                        "field": field,
                        "theme": t,
                        "present": present,
                        "coder": str(cell.get("coder") or cell.get("done") or "").strip(),
                        "coded_at": coded_at,
                        "reason": str(cell.get("reason") or "").strip(),
                    }
                )
    wb.close()
    if not found:
        raise ValueError(
            f"{path}: no sheet named after a field of the frame {sorted(frame)}; is it a theme review sheet?"
        )
    return pd.DataFrame(rows_out, columns=["respondent_id", "field", "theme", "present", "coder", "coded_at", "reason"])
