"""The data-quality account of an ingest: files, rejects, unmapped columns, cleaning and coding.

Reads what ingest wrote (``ledger.json``, ``rejects.csv``, ``data_quality.json``, ``coding.parquet``,
``data/manual/overrides.csv``) and shapes it into the tables of the data-quality report.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from svanalysis.core.paths import output_paths
from svanalysis.core.processed import resolve_processed
from svanalysis.core.spec import load_spec
from svanalysis.core.stats import agreement

__all__ = [
    "Quality",
    "agreement_confusion",
    "agreement_summary",
    "channel_summary",
    "cleaning_summary",
    "coding_summary",
    "file_summary",
    "intake_summary",
    "load_quality",
    "reject_reasons",
    "rejects_table",
    "unmapped_columns",
]


@dataclass
class Quality:
    ledger: dict[str, Any]
    rejects: pd.DataFrame
    quality: dict[str, Any]
    responses: pd.DataFrame
    coding: pd.DataFrame
    overrides: pd.DataFrame | None
    unmapped_answers: pd.DataFrame | None = None

    @property
    def duplicates_and_campaigns(self) -> pd.DataFrame:
        t = self.ledger.get("totals", {})
        rows = [
            ("Responses received", t.get("responses", 0)),
            ("Duplicate submissions (earlier submissions of a respondent who submitted again)", t.get("duplicates", 0)),
            ("Responses analysed", t.get("analysed", 0)),
            ("Organised campaigns found", t.get("campaigns", 0)),
            ("Responses belonging to a campaign", t.get("campaign_responses", 0)),
            ("... sending the campaign's standard text unchanged (identical)", t.get("campaign_identical", 0)),
            ("... with words changed, added or left out (varied)", t.get("campaign_varied", 0)),
            ("Partial responses (kept)", t.get("partial_responses", 0)),
            ("Responses in Welsh (kept whole, stances left for a Welsh reader)", t.get("welsh_responses", 0)),
        ]
        return pd.DataFrame(rows, columns=["measure", "count"])


def load_quality(folder: str | Path | None = None, overrides: str | Path | None = None) -> Quality:
    defaults = output_paths()
    folder = resolve_processed(Path(folder) if folder else defaults.processed)
    ledger = json.loads((folder / "ledger.json").read_text(encoding="utf-8"))
    rejects = pd.read_csv(folder / "rejects.csv", dtype={"source_file": "string", "reason": "string"})
    quality = json.loads((folder / "data_quality.json").read_text(encoding="utf-8"))
    responses = pd.read_parquet(folder / "responses.parquet")
    coding = pd.read_parquet(folder / "coding.parquet")
    o = Path(overrides) if overrides else defaults.manual / "overrides.csv"
    ov = pd.read_csv(o, dtype="string") if o.exists() else None
    ua = folder / "unmapped_answers.parquet"
    unmapped = pd.read_parquet(ua, columns=["source_file", "header"]) if ua.exists() else None
    return Quality(ledger, rejects, quality, responses, coding, ov, unmapped)


def file_summary(q: Quality) -> pd.DataFrame:
    rows = []
    for f in q.ledger.get("files", []):
        rows.append(
            {
                "file": f["file"],
                "channel": f.get("channel", f.get("kind", "")),
                "layout": f.get("layout", ""),
                "encoding": f.get("encoding") or "",
                "rows read": f.get("rows_read", 0),
                "responses": f.get("responses", 0),
                "rejected": f.get("rejected", 0),
                "status": f.get("status", ""),
                "reason": f.get("reason", ""),
            }
        )
    return pd.DataFrame(rows)


def intake_summary(q: Quality) -> pd.DataFrame:
    """Files, rows read, responses and rows rejected by channel (online form, Word form, letter).

    The per-file account (``file_summary``) names files, and a letter's file name can name its
    sender; this is the account to publish.
    """
    rows: dict[str, dict[str, int]] = {}
    for f in q.ledger.get("files", []):
        ch = str(f.get("channel") or f.get("kind") or "unknown")
        r = rows.setdefault(ch, {"files": 0, "rows_read": 0, "responses": 0, "rejected": 0})
        r["files"] += 1
        for k in ("rows_read", "responses", "rejected"):
            r[k] += int(f.get(k, 0) or 0)
    return pd.DataFrame([{"channel": ch, **v} for ch, v in rows.items()])


def reject_reasons(q: Quality) -> pd.DataFrame:
    """Rows rejected, counted by reason (without the row numbers)."""
    if q.rejects.empty:
        return pd.DataFrame({"reason": pd.Series(dtype=str), "rows": pd.Series(dtype="int64")})
    reason = q.rejects["reason"].astype(str).str.replace(r"^row \d+:\s*", "", regex=True)
    c = reason.value_counts(sort=True)
    return pd.DataFrame({"reason": [str(x) for x in c.index], "rows": c.to_numpy()})


def channel_summary(q: Quality) -> pd.DataFrame:
    c = q.responses["channel"].value_counts(sort=False)
    return pd.DataFrame({"channel": [str(x) for x in c.index], "responses": c.to_numpy()})


def rejects_table(q: Quality) -> pd.DataFrame:
    if q.rejects.empty:
        return pd.DataFrame({"reason": ["None: every row of every file was ingested."]})
    return q.rejects


def unmapped_columns(q: Quality) -> pd.DataFrame:
    """Columns matching no question, why, and how many answers of each are kept in
    ``unmapped_answers.parquet``."""
    kept: dict[tuple[str, str], int] = {}
    if q.unmapped_answers is not None and len(q.unmapped_answers):
        kept = q.unmapped_answers.groupby(["source_file", "header"]).size().to_dict()
    rows = [
        {
            "file": f["file"],
            "column": u["column"],
            "header": u["header"],
            "reason": u["reason"],
            "answers kept": int(kept.get((f["file"], u["header"]), 0)),
        }
        for f in q.ledger.get("files", [])
        for u in f.get("unmapped", [])
    ]
    return pd.DataFrame(rows) if rows else pd.DataFrame({"column": ["None: every column matched the questionnaire."]})


def cleaning_summary(q: Quality) -> pd.DataFrame:
    df = pd.DataFrame.from_dict(q.quality, orient="index")
    df.index.name = "field"
    return df.reset_index()


def coding_summary(q: Quality) -> pd.DataFrame:
    spec = load_spec()
    rows = []
    for st in spec.stance_questions:
        col, mcol = st.columns["value"], st.columns["method"]
        m = q.responses[mcol].astype("object")
        c = q.coding[q.coding["question"] == st.id]
        # a letter's possible view left uncoded (its stance missing, round 49) is a person's work, not a code
        coded = c[c["stance"].notna()] if "stance" in c else c
        rows.append(
            {
                "question": st.number,
                "topic": st.short,
                "answered": int(q.responses[col].notna().sum()),
                "closed answer": int((m == "closed").sum()),
                "coded from text": int(m.isin(["rule", "model"]).sum()),
                # of those, read by the sentence classifier where the rules found no cue (always to review)
                "by the classifier": int((m == "model").sum()),
                "reviewed by a person": int((m == "manual").sum()),
                "awaiting review": int(coded["needs_review"].sum()),
                # share of the codes read from text that go to a person (issue 14: at most 35%)
                "review load": _share(
                    int(coded["needs_review"].sum()), int(coded["method"].isin(["rule", "model"]).sum())
                ),
                "possible views to check": len(c) - len(coded),
            }
        )
    return pd.DataFrame(rows)


def _share(k: int, n: int) -> str:
    return f"{k / n:.0%}" if n else "-"


def agreement_confusion(q: Quality) -> pd.DataFrame:
    """Automatic against human stance codes where a person reviewed them: a confusion matrix, one
    row per code the person gave ("person") and one column per code the coder gave.

    >>> ov = pd.DataFrame({"automatic_stance": ["Yes", "Yes", "No"], "stance": ["Yes", "Mixed", "No"]})
    >>> t = agreement_confusion(Quality({}, pd.DataFrame(), {}, pd.DataFrame(), pd.DataFrame(), ov))
    >>> t.set_index("person").loc["Mixed"].tolist()
    [1, 0, 0, 0]
    """
    labels = list(load_spec().stance_labels)
    ov = q.overrides
    if ov is None or ov.empty or "automatic_stance" not in ov:
        return pd.DataFrame({"person": ["No stance codes have been reviewed by a person yet."]})
    p = ov.dropna(subset=["automatic_stance", "stance"])
    p = p[(p["automatic_stance"].astype(str) != "") & (p["stance"].astype(str) != "")]
    tab = pd.crosstab(
        pd.Categorical(p["stance"].astype(str), categories=labels),
        pd.Categorical(p["automatic_stance"].astype(str), categories=labels),
        dropna=False,
    )
    tab.index.name, tab.columns.name = "person", None
    return tab.reset_index().assign(person=lambda d: d["person"].astype(str))


def agreement_summary(q: Quality) -> str:
    if q.overrides is None or q.overrides.empty or "automatic_stance" not in q.overrides:
        return "No stance codes have been reviewed by a person yet, so agreement cannot be measured."
    a = agreement(q.overrides["automatic_stance"].tolist(), q.overrides["stance"].tolist(), load_spec().stance_labels)
    if not a["n"]:
        return "No reviewed codes with an automatic code to compare."
    return (
        f"Agreement of automatic with human stance codes on {a['n']} reviewed codes: accuracy "
        f"{a['accuracy']:.0%} (95% CI {a['accuracy_ci'][0]:.0%} to {a['accuracy_ci'][1]:.0%}); Cohen's kappa "
        f"{a['kappa']:.2f} (95% CI {a['kappa_ci'][0]:.2f} to {a['kappa_ci'][1]:.2f}). Reviewed codes are mostly "
        "low-confidence ones, so this understates agreement on all codes unless a random sample was reviewed too."
    )
