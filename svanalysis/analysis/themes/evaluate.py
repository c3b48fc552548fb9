"""Measuring the theme engine against careful human labels (``make eval-themes``).

A labelled set is a folder in the layout of the shared development set: ``frame.yaml`` (fields to
themes), ``answers.jsonl`` (``{"rid", "field", "text"}`` per answer) and ``gold.jsonl``
(``{"rid", "field", "themes": [ids]}``; an empty list means no theme). Three things are measured
per field and over all fields (micro precision, recall and F1 over (answer, theme) pairs):

- ``frame``: the frame alone, on every answer;
- ``taught``: a person has coded a random share of each field's answers (simulated with the gold
  labels); measured on the *other* answers, averaged over seeds, beside the frame alone on those
  same answers (``frame_same``), for a like-for-like view of what the codes add;
- ``suggest``: the share of the analysts' themes for which a suggested candidate's members overlap
  the theme's answers with a Jaccard index of at least 0.3.

The shared development set is never copied into the project: it is read where it lies,
``<repo>/../shared/examples/themes`` unless ``SVANALYSIS_SHARED`` points elsewhere. The held-out
sets written for this project are ``tests/data/themes_heldout``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from svanalysis.analysis.themes.agreement import micro_prf, suggestion_overlap
from svanalysis.analysis.themes.assign import assign
from svanalysis.analysis.themes.frame import Theme, parse_frame
from svanalysis.analysis.themes.suggest import suggest
from svanalysis.core.paths import PROJECT_ROOT

__all__ = ["LabelledField", "evaluate_set", "load_labelled", "shared_themes"]


def shared_themes() -> Path:
    """Where the shared development set lies: ``$SVANALYSIS_SHARED/examples/themes`` or ``<repo>/../shared/...``."""
    root = os.environ.get("SVANALYSIS_SHARED")
    return (Path(root) if root else PROJECT_ROOT.parent / "shared") / "examples" / "themes"


@dataclass(frozen=True)
class LabelledField:
    """One field of a labelled set: its themes, and each answer's id, text and gold themes."""

    field: str
    themes: tuple[Theme, ...]
    ids: list[str]
    texts: list[str]
    gold: list[set[str]]


def _jsonl(path: Path) -> list[dict[str, Any]]:
    out = []
    for k, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}, line {k}: not JSON ({exc.msg})") from None
    return out


def load_labelled(folder: str | Path) -> list[LabelledField]:
    """Read a labelled set (see the module docstring), field by field in frame order.

    Raises
    ------
    ValueError
        If a file is missing or malformed, or a gold label names a theme the frame lacks.
    """
    folder = Path(folder)
    for name in ("frame.yaml", "answers.jsonl", "gold.jsonl"):
        if not (folder / name).is_file():
            raise ValueError(f"{folder / name}: not found; a labelled set has frame.yaml, answers.jsonl, gold.jsonl")
    frame = parse_frame((folder / "frame.yaml").read_text(encoding="utf-8"), source=str(folder / "frame.yaml"))
    answers = _jsonl(folder / "answers.jsonl")
    gold = {(g["rid"], g["field"]): set(g["themes"]) for g in _jsonl(folder / "gold.jsonl")}
    out = []
    for fld, themes in frame.items():
        rows = [a for a in answers if a["field"] == fld]
        ids = [str(a["rid"]) for a in rows]
        labels = [gold.get((a["rid"], fld), set()) for a in rows]
        known = {t.id for t in themes}
        stray = sorted({t for g in labels for t in g} - known)
        if stray:
            raise ValueError(f"{folder / 'gold.jsonl'}: field {fld} has labels {stray} that its frame lacks")
        out.append(LabelledField(fld, themes, ids, [a["text"] for a in rows], labels))
    return out


def _sets(assigned: pd.DataFrame, ids: list[str]) -> list[set[str]]:
    by = assigned.groupby("respondent_id")["theme"].apply(set).to_dict() if len(assigned) else {}
    return [by.get(i, set()) for i in ids]


def _coded_sample(f: LabelledField, share: float, seed: int) -> tuple[pd.DataFrame, set[int]]:
    rng = np.random.default_rng(seed)
    pick = set(rng.choice(len(f.ids), size=round(share * len(f.ids)), replace=False).tolist())
    rows = [(f.ids[i], t.id, int(t.id in f.gold[i])) for i in sorted(pick) for t in f.themes]
    return pd.DataFrame(rows, columns=["respondent_id", "theme", "present"]), pick


def evaluate_set(
    fields: list[LabelledField],
    share: float = 0.25,
    seeds: int = 3,
    suggestions: bool = True,
    settings: Any = None,
) -> pd.DataFrame:
    """Measure the frame alone, taught from a coded share, and suggestions, per field and overall.

    Parameters
    ----------
    fields : list of LabelledField
        From :func:`load_labelled`.
    share : float
        Share of each field's answers a simulated person codes (0 skips the taught measure).
    seeds : int
        Coded samples drawn (and suggestion seeds), averaged.
    suggestions : bool
        Also measure suggestions.
    settings : mapping or path, optional
        svanalysis settings.

    Returns
    -------
    pandas.DataFrame
        One row per field and a last row ``ALL``: ``answers``, ``frame_precision``,
        ``frame_recall``, ``frame_f1``; with ``share``: ``taught_precision``, ``taught_recall``,
        ``taught_f1``, ``taught_f1_min`` (worst seed), ``frame_same_f1``; with suggestions:
        ``themes``, ``found`` (mean over seeds) and ``found_share``.
    """
    rows = []
    tot: dict[str, list] = {"fp": [], "fg": [], "tp": [], "tg": [], "sp": [], "sg": []}
    found_all = themes_all = 0.0
    for f in fields:
        frame_pred = _sets(assign(f.texts, f.ids, f.themes, settings=settings), f.ids)
        a = micro_prf(frame_pred, f.gold)
        tot["fp"] += frame_pred
        tot["fg"] += f.gold
        row: dict[str, Any] = {
            "field": f.field,
            "answers": len(f.ids),
            "frame_precision": a["precision"],
            "frame_recall": a["recall"],
            "frame_f1": a["f1"],
        }
        if share > 0:
            taught, same = [], []
            for seed in range(seeds):
                codes, pick = _coded_sample(f, share, seed)
                pred = _sets(assign(f.texts, f.ids, f.themes, codes=codes, settings=settings, seed=seed), f.ids)
                rest = [i for i in range(len(f.ids)) if i not in pick]
                r = micro_prf([pred[i] for i in rest], [f.gold[i] for i in rest])
                taught.append((r["precision"], r["recall"], r["f1"]))
                same.append(micro_prf([frame_pred[i] for i in rest], [f.gold[i] for i in rest])["f1"])
                tot["tp"] += [pred[i] for i in rest]
                tot["tg"] += [f.gold[i] for i in rest]
                tot["sp"] += [frame_pred[i] for i in rest]
                tot["sg"] += [f.gold[i] for i in rest]
            t = np.asarray(taught)
            row |= {
                "taught_precision": round(float(t[:, 0].mean()), 3),
                "taught_recall": round(float(t[:, 1].mean()), 3),
                "taught_f1": round(float(t[:, 2].mean()), 3),
                "taught_f1_min": round(float(t[:, 2].min()), 3),
                "frame_same_f1": round(float(np.mean(same)), 3),
            }
        if suggestions:
            found = []
            for seed in range(seeds):
                s = suggest(f.texts, f.ids, seed=seed, settings=settings)
                found.append(int(suggestion_overlap(s.members, f.ids, f.gold)["found"].sum()))
            n_themes = len({t for g in f.gold for t in g})
            row |= {"themes": n_themes, "found": round(float(np.mean(found)), 2)}
            row["found_share"] = round(row["found"] / n_themes, 3) if n_themes else np.nan
            found_all += float(np.mean(found))
            themes_all += n_themes
        rows.append(row)
    a = micro_prf(tot["fp"], tot["fg"])
    total: dict[str, Any] = {
        "field": "ALL",
        "answers": sum(len(f.ids) for f in fields),
        "frame_precision": a["precision"],
        "frame_recall": a["recall"],
        "frame_f1": a["f1"],
    }
    if share > 0:
        t = micro_prf(tot["tp"], tot["tg"])
        total |= {
            "taught_precision": t["precision"],
            "taught_recall": t["recall"],
            "taught_f1": t["f1"],
            "taught_f1_min": min(r["taught_f1_min"] for r in rows) if rows else np.nan,
            "frame_same_f1": micro_prf(tot["sp"], tot["sg"])["f1"],
        }
    if suggestions:
        total |= {
            "themes": int(themes_all),
            "found": round(found_all, 2),
            "found_share": round(found_all / themes_all, 3) if themes_all else np.nan,
        }
    rows.append(total)
    return pd.DataFrame(rows)
