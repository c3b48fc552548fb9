"""Measuring the stance coder against careful human labels (``make eval-stance``).

A labelled set is a folder of letters with a ``labels.jsonl`` (one object per file: ``{"file",
"stance": {column: label or null}, ...}``), the format of the shared development sets. Each letter
is read as ingest reads it (``read_letter``: sender details set aside, split into sections where it
is numbered or has headings) and coded with ``code_letter``; minimal pairs are single answers coded
with ``code_text`` or short letters coded with ``code_letter``.

What is measured, per set (a "code" is a stance the coder gave; "addressed" means the label is not
null):

- ``agreement``: codes equal to the label, over addressed questions (a missing code counts wrong);
- ``flips``: Yes read as No or No as Yes, over addressed questions;
- ``precision_unreviewed``: codes at or above the review threshold that equal the label, over all
  such codes (a confident code on a silent question counts wrong);
- ``review_load``: codes below the threshold, over all codes;
- ``silent_stance``: codes given where the label is null, over silent questions;
- ``kappa``: Cohen's kappa over addressed questions, with "missing" as a category of its own.

The shared development letters are never copied into the project: they are read where they lie,
``<repo>/../shared/examples`` unless ``SVANALYSIS_SHARED`` points elsewhere.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from svanalysis.core.paths import PROJECT_ROOT
from svanalysis.core.spec import Spec, load_spec

__all__ = ["SetResult", "code_labelled_letter", "evaluate_letters", "evaluate_pairs", "shared_examples"]


def shared_examples() -> Path:
    """Where the shared development sets lie: ``$SVANALYSIS_SHARED/examples`` or ``<repo>/../shared/examples``."""
    root = os.environ.get("SVANALYSIS_SHARED")
    return (Path(root) if root else PROJECT_ROOT.parent / "shared") / "examples"


@dataclass
class SetResult:
    """Counts over one labelled set, and the rows they came from (for a per-item listing)."""

    name: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    threshold: float = 0.75

    def add(self, item: str, qid: str, truth: str | None, code: Any) -> None:
        self.rows.append(
            {
                "item": item,
                "question": qid,
                "truth": truth,
                "got": code.stance if code is not None else None,
                "confidence": float(code.confidence) if code is not None else 0.0,
                "evidence": getattr(code, "evidence", None),
                "rule": getattr(code, "rule", None),
                "features": tuple(getattr(code, "features", ()) or ()),
            }
        )

    def metrics(self) -> dict[str, Any]:
        from svanalysis.ingest.stance import POSSIBLE_VIEW

        addressed = [r for r in self.rows if r["truth"] is not None]
        silent = [r for r in self.rows if r["truth"] is None]
        coded = [r for r in self.rows if r["got"] is not None]
        sure = [r for r in coded if r["confidence"] >= self.threshold]
        agree = sum(r["got"] == r["truth"] for r in addressed)
        flips = sum({r["got"], r["truth"]} == {"Yes", "No"} for r in addressed)
        right_sure = sum(r["got"] == r["truth"] for r in sure)
        return {
            "set": self.name,
            "addressed": len(addressed),
            "agree": agree,
            "agreement": agree / len(addressed) if addressed else None,
            "flips": flips,
            "flip_rate": flips / len(addressed) if addressed else None,
            "coded": len(coded),
            "unreviewed": len(sure),
            "precision_unreviewed": right_sure / len(sure) if sure else None,
            "review_load": (len(coded) - len(sure)) / len(coded) if coded else None,
            # a letter's possible view left uncoded (``stance.POSSIBLE_VIEW``): not a code, but a person's work
            "possible_views": sum(
                r["got"] is None and str(r["rule"] or "").startswith(POSSIBLE_VIEW) for r in self.rows
            ),
            "silent": len(silent),
            "silent_stance": sum(r["got"] is not None for r in silent),
            "silent_rate": sum(r["got"] is not None for r in silent) / len(silent) if silent else None,
            "kappa": _kappa([r["got"] or "missing" for r in addressed], [r["truth"] for r in addressed]),
        }


def _kappa(a: list[str], b: list[str]) -> float | None:
    n = len(a)
    if n == 0:
        return None
    labels = set(a) | set(b)
    po = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pe = sum((a.count(k) / n) * (b.count(k) / n) for k in labels)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def code_labelled_letter(path: Path, spec: Spec) -> dict[str, Any]:
    """Read a letter as ingest does and code Q8-Q13."""
    from svanalysis.ingest.readers.letters import read_letter
    from svanalysis.ingest.stance import code_letter

    slots, _ = read_letter(path, spec)
    row = slots.iloc[0]
    sections = {
        q.id: row.get(f"{q.id}.text") for q in spec.stance_questions if isinstance(row.get(f"{q.id}.text"), str)
    }
    return code_letter(row["letter_text"], spec, sections)


def evaluate_letters(folder: Path, name: str | None = None, threshold: float = 0.75) -> SetResult:
    """Code every labelled letter of ``folder`` and compare with its labels."""
    from svanalysis.ingest.readers.base import ReadError

    spec = load_spec()
    res = SetResult(name or folder.name, threshold=threshold)
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        lab = json.loads(line)
        try:
            codes = code_labelled_letter(folder / lab["file"], spec)
        except ReadError as err:
            # a letter ingest would reject (it goes to the rejects with this reason): none of its answers is coded,
            # and the set goes on (round 44: one email's only paragraph had been taken for the recipient's address)
            print(f"{folder / lab['file']}: not read ({err}); its answers counted as not coded")
            codes = {}
        for q in spec.stance_questions:
            res.add(lab["file"], q.id, lab["stance"].get(q.columns["value"]), codes.get(q.id))
    return res


def evaluate_pairs(pairs: Iterable[dict[str, Any]], name: str = "minimal pairs", threshold: float = 0.75) -> SetResult:
    """Code minimal-pair items: ``{"id", "qid", "text", "stance", "letter": bool}``.

    An item with ``"letter": true`` is read as a whole letter (its targets found in the text);
    otherwise as the answer to ``qid``. Questions other than ``qid`` are not scored.
    """
    from svanalysis.ingest.stance import code_letter, code_text

    spec = load_spec()
    res = SetResult(name, threshold=threshold)
    for p in pairs:
        if p.get("letter"):
            code = code_letter(p["text"], spec).get(p["qid"])
        else:
            code = code_text(p["text"], p["qid"], spec)
        res.add(p["id"], p["qid"], p["stance"], code)
    return res
