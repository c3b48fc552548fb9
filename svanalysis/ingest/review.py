"""Human review of automatic stance codes, and the overrides that win over them.

``export_review`` writes a spreadsheet of every automatic code below the confidence threshold
(plus, optionally, a seeded random sample of confident ones, so agreement can be measured fairly),
with the text the coder read and what it relied on: the sentence, the words it read as the
question's target, the rule that decided and the strongest sentence pointing the other way. A reviewer fills the ``decision`` column
(Yes / No / Mixed / Unclear, or "ok" to accept the code). ``import_review`` checks the decisions and
merges them into ``data/manual/overrides.csv``; every later ingest applies that file (method
``manual``) and logs each override. ``agreement`` compares automatic and human codes where both
exist: accuracy and Cohen's kappa, each with a 95% interval.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from svanalysis.core import stats
from svanalysis.core.io import atomic_path, neutralise_formulas, read_user_csv, write_csv
from svanalysis.core.processed import resolve_processed
from svanalysis.core.settings import resolve_settings
from svanalysis.core.spec import Spec, load_spec
from svanalysis.ingest.stance import POSSIBLE_VIEW

__all__ = ["OVERRIDE_COLUMNS", "agreement", "apply_overrides", "export_review", "import_review", "read_overrides"]

OVERRIDE_COLUMNS = [
    "respondent_id",
    "question",
    "column",
    "stance",
    "automatic_stance",
    "reviewer",
    "note",
    "decided_at",
]
ACCEPT = {"ok", "agree", "accept", "correct", "yes - correct"}


def _texts(processed: Path, spec: Spec) -> pd.DataFrame:
    r = pd.read_parquet(processed / "responses.parquet")
    cols = ["respondent_id", "channel", "letter_text"] + [q.columns["text"] for q in spec.stance_questions]
    return r[[c for c in cols if c in r.columns]]


def _why_listed(rows: pd.DataFrame) -> np.ndarray:
    """Why each code below the threshold is listed, in words a reviewer acts on: read by a classifier (always
    reviewed, whatever its probability), the coder's error on the text, a Welsh text for a Welsh reader, or the rules'
    low confidence."""
    method, rule, evidence = (
        pd.Series(_col(rows, c), dtype="string").fillna("") for c in ("method", "rule", "evidence")
    )
    return np.select(
        [
            (method == "model").to_numpy(dtype=bool),
            rule.str.startswith("coder error").to_numpy(dtype=bool),
            evidence.str.startswith("written in Welsh").to_numpy(dtype=bool),
            rule.str.startswith(POSSIBLE_VIEW).to_numpy(dtype=bool),
        ],
        [
            "read by a classifier (always reviewed)",
            "the coder failed on this text",
            "written in Welsh: for a Welsh reader",
            "possible view, left uncoded: does the letter answer this question?",
        ],
        default="low confidence",
    )


def export_review(
    processed: str | Path,
    out: str | Path,
    threshold: float | None = None,
    sample: int = 0,
    seed: int = 1,
    settings: Any = None,
) -> int:
    """Write the review spreadsheet; return how many codes it lists.

    Parameters
    ----------
    processed : folder of the processed tables
    out : the .xlsx to write
    threshold : float, optional
        Codes below this confidence are listed (default: the settings' ``stance.review_threshold``).
    sample : int
        Also list this many confident codes, drawn at random (seeded), to measure agreement.
    settings : mapping or path, optional
        The settings (default: the shipped ones).
    """
    spec = load_spec()
    processed, out = resolve_processed(processed), Path(out)
    if out.suffix.lower() != ".xlsx":
        raise ValueError(f"the review file is a spreadsheet: its name must end in .xlsx; got {out.name!r}")
    threshold = resolve_settings(settings)["stance"]["review_threshold"] if threshold is None else threshold
    coding = pd.read_parquet(processed / "coding.parquet")
    auto = coding[coding["method"].isin(["rule", "model"])]
    low = auto[auto["confidence"] < threshold]
    low = low.assign(reason=_why_listed(low))
    rest = auto.drop(low.index)
    picked = (
        rest.sample(n=min(sample, len(rest)), random_state=seed).assign(reason="random check")
        if sample
        else rest.iloc[0:0]
    )
    rows = pd.concat([low, picked])
    texts = _texts(processed, spec).set_index("respondent_id")

    def text_for(r: pd.Series) -> Any:
        q = spec.question(r["question"])
        t = texts.at[r["respondent_id"], q.columns["text"]] if r["respondent_id"] in texts.index else None
        if (t is None or pd.isna(t)) and r["respondent_id"] in texts.index:
            t = texts.at[r["respondent_id"], "letter_text"]
        return t

    sheet = pd.DataFrame(
        {
            "respondent_id": rows["respondent_id"].to_numpy(),
            "question": rows["question"].to_numpy(),
            "question_text": [spec.question(q).text for q in rows["question"]],
            "automatic_stance": rows["stance"].to_numpy(),
            "confidence": rows["confidence"].round(2).to_numpy(),
            "phrase_relied_on": rows["evidence"].to_numpy(),
            "read_as_about": _col(rows, "target_phrase"),
            "rule": _col(rows, "rule"),
            "evidence_the_other_way": _col(rows, "conflict_evidence"),
            "text": [text_for(r) for _, r in rows.iterrows()],
            "why_listed": rows["reason"].to_numpy(),
            "decision": "",
            "reviewer": "",
            "note": "",
        }
    )
    _write_review_xlsx(sheet, out, spec)
    return len(sheet)


def _col(rows: pd.DataFrame, name: str) -> Any:
    """A coding column, or blanks for a coding table written before the column existed."""
    return rows[name].to_numpy() if name in rows.columns else np.full(len(rows), None, dtype=object)


def _write_review_xlsx(sheet: pd.DataFrame, out: Path, spec: Spec) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "Review"
    safe = neutralise_formulas(sheet)
    ws.append(list(safe.columns))
    for row in safe.itertuples(index=False):
        ws.append([None if (v is pd.NA or (isinstance(v, float) and math.isnan(v))) else v for v in row])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    from openpyxl.utils import get_column_letter

    widths = {
        "respondent_id": 16,
        "question": 9,
        "question_text": 50,
        "automatic_stance": 16,
        "confidence": 11,
        "phrase_relied_on": 50,
        "read_as_about": 22,
        "rule": 30,
        "evidence_the_other_way": 40,
        "text": 80,
        "why_listed": 14,
        "decision": 12,
        "reviewer": 14,
        "note": 30,
    }
    letter = {c: get_column_letter(i + 1) for i, c in enumerate(sheet.columns)}
    for col, w in widths.items():
        if col in letter:
            ws.column_dimensions[letter[col]].width = w
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    choices = ",".join([*spec.stance_labels, "ok"])
    dv = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
    ws.add_data_validation(dv)
    if len(sheet):
        dv.add(f"{letter['decision']}2:{letter['decision']}{len(sheet) + 1}")
    ws.freeze_panes = "A2"
    notes = wb.create_sheet("How to review")
    for line in [
        "Read the text and the phrase the coder relied on; write your decision in the 'decision' column:",
        f"{', '.join(spec.stance_labels)}; or 'ok' to accept the automatic code as it is.",
        "Yes: supports / would best achieve the vision (hedged or conditional support counts).",
        "No: rejects it. Mixed: explicitly partly for and partly against. Unclear: addressed, no stance.",
        "Then run: svanalysis review import THIS_FILE.xlsx",
    ]:
        notes.append([line])
    with atomic_path(out) as tmp:
        wb.save(tmp)


def read_overrides(path: str | Path, spec: Spec | None = None) -> pd.DataFrame:
    """Read and check an overrides file.

    Raises
    ------
    ValueError
        Naming the file, row and column of the first bad value.
    """
    spec = spec or load_spec()
    path = Path(path)
    df = read_user_csv(path, "overrides file", dtype="string", keep_default_na=False)
    missing = [c for c in ("respondent_id", "question", "stance") if c not in df.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {missing}")
    qids = {q.id for q in spec.stance_questions}
    for i, r in df.iterrows():
        row = int(i) + 2  # header is line 1
        if not r["respondent_id"].strip():
            raise ValueError(f"{path}, row {row}, column respondent_id: empty")
        q = r["question"].strip().lower()
        if q not in qids:
            raise ValueError(f"{path}, row {row}, column question: {r['question']!r} is not one of {sorted(qids)}")
        if r["stance"].strip() not in spec.stance_labels:
            raise ValueError(
                f"{path}, row {row}, column stance: {r['stance']!r} is not one of {list(spec.stance_labels)}"
            )
    df["question"] = df["question"].str.strip().str.lower()
    df["stance"] = df["stance"].str.strip()
    for c in OVERRIDE_COLUMNS:
        if c not in df.columns:
            df[c] = pd.NA
    df["column"] = df["question"].map(lambda q: spec.question(q).columns["value"])
    return df[OVERRIDE_COLUMNS].drop_duplicates(["respondent_id", "question"], keep="last")


def import_review(review_xlsx: str | Path, overrides: str | Path) -> int:
    """Merge a reviewer's decisions into the overrides file; return how many decisions it held."""
    spec = load_spec()
    review_xlsx, overrides = Path(review_xlsx), Path(overrides)
    sheet = pd.read_excel(review_xlsx, sheet_name="Review", dtype=str).fillna("")
    need = ["respondent_id", "question", "automatic_stance", "decision"]
    missing = [c for c in need if c not in sheet.columns]
    if missing:
        raise ValueError(f"{review_xlsx}: not a review sheet (missing column(s) {missing})")
    rows = []
    for i, r in sheet.iterrows():
        decision = str(r["decision"]).strip()
        if not decision:
            continue
        line = int(i) + 2
        rid = str(r["respondent_id"]).lstrip("'")
        stance = r["automatic_stance"] if decision.lower() in ACCEPT else decision
        if not stance.strip() and decision.lower() in ACCEPT:
            continue  # a possible view left uncoded, accepted as it is: the question stays missing
        matched = next((s for s in spec.stance_labels if s.lower() == stance.lower()), None)
        if matched is None:
            raise ValueError(
                f"{review_xlsx}, row {line}, column decision: {decision!r} is not one of {[*spec.stance_labels, 'ok']}"
            )
        rows.append(
            {
                "respondent_id": rid,
                "question": r["question"],
                "column": spec.question(r["question"]).columns["value"],
                "stance": matched,
                "automatic_stance": r["automatic_stance"],
                "reviewer": r.get("reviewer", ""),
                "note": r.get("note", ""),
                "decided_at": dt.date.today().isoformat(),
            }
        )
    new = pd.DataFrame(rows, columns=OVERRIDE_COLUMNS)
    if overrides.exists():
        old = read_overrides(overrides, spec)
        new = pd.concat([old, new], ignore_index=True).drop_duplicates(["respondent_id", "question"], keep="last")
    write_csv(new, overrides)
    return len(rows)


def apply_overrides(
    responses: pd.DataFrame, coding: pd.DataFrame, overrides: pd.DataFrame, spec: Spec | None = None
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, int]:
    """Apply a person's decisions: they win over any automatic or closed code (method ``manual``).

    Returns the responses, the coding table, log rows for the cleaning log, and how many applied.
    """
    spec = spec or load_spec()
    out = responses.copy()
    pos = pd.Series(np.arange(len(out)), index=out["respondent_id"].astype(str).to_numpy())
    vals = {q.id: out[q.columns["value"]].astype("object").to_numpy().copy() for q in spec.stance_questions}
    meth = {q.id: out[q.columns["method"]].astype("object").to_numpy().copy() for q in spec.stance_questions}
    log_rows, coding_rows = [], []
    applied = 0
    for _, o in overrides.iterrows():
        rid = str(o["respondent_id"])
        if rid not in pos.index:
            continue
        q = spec.question(o["question"])
        i = int(pos[rid])
        before = vals[q.id][i]
        vals[q.id][i], meth[q.id][i] = o["stance"], "manual"
        log_rows.append(
            {
                "respondent_id": rid,
                "field": q.columns["value"],
                "raw": None if pd.isna(before) else str(before),
                "clean": o["stance"],
                "rule": "manual_override",
            }
        )
        coding_rows.append(
            {
                "respondent_id": rid,
                "question": q.id,
                "column": q.columns["value"],
                "stance": o["stance"],
                "method": "manual",
                "confidence": 1.0,
                "evidence": o.get("note") if pd.notna(o.get("note")) else None,
                "needs_review": False,
                "target_phrase": None,
                "rule": "manual",
                "conflict_evidence": None,
            }
        )
        applied += 1
    for q in spec.stance_questions:
        out[q.columns["value"]] = pd.Categorical(vals[q.id], categories=list(spec.stance_labels), ordered=True)
        out[q.columns["method"]] = pd.Categorical(meth[q.id], categories=list(spec.stance_methods), ordered=True)
    if coding_rows:
        manual = pd.DataFrame(coding_rows)[list(coding.columns)].astype(coding.dtypes.to_dict())
        keys = set(zip(manual["respondent_id"], manual["question"], strict=True))
        keep = [(r, q) not in keys for r, q in zip(coding["respondent_id"], coding["question"], strict=True)]
        coding = pd.concat([coding[keep], manual], ignore_index=True)
    log = pd.DataFrame(log_rows, columns=["respondent_id", "field", "raw", "clean", "rule"]).astype("string")
    return out, coding, log, applied


def agreement(pairs: pd.DataFrame, labels: list[str] | None = None, reps: int = 2000, seed: int = 1) -> dict[str, Any]:
    """Accuracy and Cohen's kappa of automatic against human codes, with 95% intervals.

    ``pairs`` has columns ``automatic_stance`` and ``stance`` (the human code). Accuracy's interval
    is Wilson's; kappa's is a seeded percentile bootstrap.

    >>> p = pd.DataFrame({"automatic_stance": ["Yes", "No", "Yes", "No"], "stance": ["Yes", "No", "Yes", "Yes"]})
    >>> r = agreement(p)
    >>> r["n"], r["accuracy"], round(r["kappa"], 3)
    (4, 0.75, 0.5)
    """
    labels = labels or list(load_spec().stance_labels)
    return stats.agreement(pairs["automatic_stance"].tolist(), pairs["stance"].tolist(), labels, reps, seed)
