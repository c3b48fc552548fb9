"""The theme engine against careful labels (``make eval-themes``).

Measures, on every labelled set it finds (``svanalysis.analysis.themes.evaluate``):

- the shared development set, read where it lies (``../shared/examples/themes`` beside the checkout,
  or ``$SVANALYSIS_SHARED/examples/themes``), never copied;
- the held-out sets written and labelled for this project (``tests/data/themes_heldout``);
- any further folder in the same layout given with ``--set NAME=FOLDER`` (frame.yaml,
  answers.jsonl, gold.jsonl), e.g. another team's labels.

For each: micro precision, recall and F1 of the frame alone; with a simulated person who coded
``--share`` of each field (measured on the rest, beside the frame alone on the same answers); and the
share of labelled themes a suggested candidate finds (Jaccard >= 0.3).

Usage: ``python benchmarks/eval_themes.py [--share 0.25] [--seeds 4] [--set NAME=FOLDER] [--no-suggest]``
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pandas as pd

from svanalysis.analysis.themes.evaluate import evaluate_set, load_labelled, shared_themes

HELDOUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "themes_heldout"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--share", type=float, default=0.25, help="share of each field a simulated person codes")
    ap.add_argument("--seeds", type=int, default=4, help="coded samples (and suggestion seeds) averaged")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=FOLDER", help="another labelled set")
    ap.add_argument("--no-suggest", action="store_true", help="skip the suggestions (faster)")
    args = ap.parse_args()
    sets = {"development": shared_themes(), "held-out": HELDOUT}
    for item in args.set:
        name, _, folder = item.partition("=")
        sets[name] = Path(folder)
    pd.set_option("display.width", 200)
    pd.set_option("display.max_columns", 20)
    for name, folder in sets.items():
        if not (folder / "frame.yaml").is_file():
            print(f"\n{name}: not found at {folder} (set SVANALYSIS_SHARED for the shared development set)")
            continue
        t0 = time.perf_counter()
        table = evaluate_set(load_labelled(folder), share=args.share, seeds=args.seeds, suggestions=not args.no_suggest)
        print(
            f"\n{name} ({folder}), coded share {args.share:.0%}, {args.seeds} seeds, {time.perf_counter() - t0:.0f} s"
        )
        print(table.to_string(index=False))


if __name__ == "__main__":
    main()
