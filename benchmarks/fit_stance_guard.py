"""Fit the stance coder's flip guard (``svanalysis.ingest.stance_guard``) on first runs over unseen letters.

    python benchmarks/fit_stance_guard.py w65_first.json w66_first.json ...          # the leave-one-out curve
    python benchmarks/fit_stance_guard.py w*_first.json --write                      # and write the numbers

Each file is a dump of coded answers with their labels (``benchmarks/eval_stance.py --blind ... --without flip_guard
--dump FILE``: the codes as the coder gives them before the guard, which is what the guard reads; or any JSON with a
``rows`` list of objects holding ``question``, ``truth``, ``got``, ``confidence``, ``rule``, ``evidence`` and
``features``). What matters is whose codes they are: the codes a coder gave letters it had never
read, its first run on a new wave of blind-written letters, recorded before anything was drawn from them. The final
coder's codes on the same letters are not the material: it has learnt from them, and its errors there are not the
errors it makes on letters nobody has read. Each file is one group of the cross-validation (a wave's letters held
out together).

The model: a logistic regression (scikit-learn, deterministic) of whether a Yes or No code is a flip (the label is
the other of Yes and No) on ``stance_guard.guard_features``: the code's confidence and calibration features, the
kind of rule and of target that decided it, and the sentence classifier's reading of the sentence relied on
(``stance_model``, with the words in another sense blanked, as the coder reads it). Codes whose label is Mixed or
Unclear are examples of "not a flip".

It prints, each wave held out in turn and scored by a model fitted on the others, what giving every Yes or No above
each threshold as Unclear would have done to agreement and flips over the addressed questions, beside a raised
floor on the coder's own confidence (the alternative), and the score agreement minus five times the flips (a flip
weighing five right codes, as the calibration does).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from svanalysis.core.paths import PROJECT_ROOT
from svanalysis.ingest import stance_guard
from svanalysis.ingest.stance_lexicon import mask_for_classifier
from svanalysis.ingest.stance_model import load

C = 1.0  # inverse regularisation (0.3, 1 and 3 tried on waves 65-83: the same curve within 0.1 point)
FLIP_WEIGHT = 5
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
FLOORS = (0.2, 0.3, 0.4, 0.45, 0.5)


def _rows(path: Path) -> list[dict]:
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))["rows"]
    except (OSError, ValueError, KeyError, TypeError) as err:
        sys.exit(f"{path}: not a dump with a 'rows' list ({err})")
    return [r for r in rows if r.get("truth") is not None]


def _features(rows: list[dict], cache: dict[str, tuple[str, float]]) -> np.ndarray:
    model = load()
    out = []
    for r in rows:
        sentence = r.get("evidence") or ""
        if sentence and sentence not in cache:
            label, p, _ = model.read(mask_for_classifier(sentence))
            cache[sentence] = (label, p)
        reading = cache.get(sentence) if sentence else None
        out.append(stance_guard.guard_features(r["got"], r["confidence"], r.get("rule"), r.get("features"), reading))
    return np.array(out, dtype=float)


def _is_flip(rows: list[dict]) -> np.ndarray:
    return np.array([{r["got"], r["truth"]} == {"Yes", "No"} for r in rows])


def _fit(x: np.ndarray, y: np.ndarray):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=5000).fit(x, y)


def _score(rows: list[dict], guarded: np.ndarray) -> tuple[int, int]:
    """(right, flips) over ``rows`` (addressed answers) with the Yes/No codes marked in ``guarded`` given as Unclear."""
    right = flips = 0
    for r, g in zip(rows, guarded, strict=True):
        got = "Unclear" if g else r["got"]
        right += got == r["truth"]
        flips += {got, r["truth"]} == {"Yes", "No"}
    return right, flips


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dumps", nargs="+", type=Path, help="first-run dumps, one file per wave")
    ap.add_argument("--write", action="store_true", help="write the fitted numbers into stance_guard.py")
    args = ap.parse_args()
    cache: dict[str, tuple[str, float]] = {}
    waves = [_rows(p) for p in args.dumps]
    feats = [_features(w, cache) for w in waves]
    yes_no = [np.array([r["got"] in ("Yes", "No") for r in w]) for w in waves]
    n = sum(len(w) for w in waves)
    if len(waves) > 1:
        totals = {("guard", t): [0, 0] for t in THRESHOLDS} | {("floor", t): [0, 0] for t in FLOORS}
        for i, held in enumerate(waves):
            x = np.vstack([f[m] for j, (f, m) in enumerate(zip(feats, yes_no, strict=True)) if j != i])
            y = np.concatenate([_is_flip(w)[m] for j, (w, m) in enumerate(zip(waves, yes_no, strict=True)) if j != i])
            risk = np.zeros(len(held))
            if yes_no[i].any():
                risk[yes_no[i]] = _fit(x, y).predict_proba(feats[i][yes_no[i]])[:, 1]
            conf = np.array([r["confidence"] for r in held])
            for t in THRESHOLDS:
                a, f = _score(held, yes_no[i] & (risk > t))
                totals["guard", t][0] += a
                totals["guard", t][1] += f
            for t in FLOORS:
                a, f = _score(held, yes_no[i] & (conf < t))
                totals["floor", t][0] += a
                totals["floor", t][1] += f
        print(f"{n} addressed answers in {len(waves)} waves, each held out in turn; Yes/No given as Unclear:")
        for (kind, t), (a, f) in totals.items():
            what = f"flip risk > {t}" if kind == "guard" else f"confidence < {t}"
            print(
                f"  {what:<18} agreement {a / n:6.2%}  flips {f / n:5.2%}  score {100 * (a - FLIP_WEIGHT * f) / n:6.2f}"
            )
    x = np.vstack([f[m] for f, m in zip(feats, yes_no, strict=True)])
    y = np.concatenate([_is_flip(w)[m] for w, m in zip(waves, yes_no, strict=True)])
    clf = _fit(x, y)
    print(f"fitted on {len(y)} Yes/No codes, {int(y.sum())} of them flips")
    if args.write:
        numbers = [float(clf.intercept_[0]), *(float(b) for b in clf.coef_[0])]
        body = "".join(f"    {b:+.4f},\n" for b in numbers)
        path = PROJECT_ROOT / "svanalysis" / "ingest" / "stance_guard.py"
        text = path.read_text(encoding="utf-8")
        new, k = re.subn(
            r"(COEFFICIENTS: tuple\[float, \.\.\.\] = \(\n)(.*?)(\)\n# fmt: on)",
            lambda m: m[1] + body + m[3],
            text,
            flags=re.S,
        )
        if k != 1:
            sys.exit(f"{path}: the COEFFICIENTS block was not found")
        tmp = path.with_suffix(".py.tmp")
        tmp.write_text(new, encoding="utf-8")
        tmp.replace(path)
        print(f"wrote {len(numbers)} numbers into {path}")


if __name__ == "__main__":
    main()
