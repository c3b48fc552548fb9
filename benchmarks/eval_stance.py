"""Evaluate the stance coder: ``make eval-stance`` (or ``python benchmarks/eval_stance.py``).

Reads the shared development letters where they lie (``../shared/examples/letters`` and
``letters_org``; ``SVANALYSIS_SHARED`` moves them) and the project's own letters and minimal pairs
(``tests/data/``), and, if ``SVANALYSIS_STANCE_BLIND`` points to a folder of blind-written labelled
sets (one sub-folder each with a ``labels.jsonl``; external evaluation material, never copied into
the project), those too (``--blind batch1,batch2`` picks some); it prints, per set: agreement on addressed questions, Yes/No flips, precision
of the codes not sent to review, the review load, stances given on silent questions and Cohen's
kappa. ``--items`` lists every disagreement with the sentence relied on.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from svanalysis.core.settings import load_settings
from svanalysis.ingest.stance_eval import evaluate_letters, evaluate_pairs, shared_examples

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "tests" / "data"


def _fmt(v, pct=True):
    if v is None:
        return "-"
    return f"{100 * v:5.1f}%" if pct else f"{v:5.2f}"


def _blind_sets(names: str | None, threshold: float) -> list:
    """Blind-written labelled sets under ``$SVANALYSIS_STANCE_BLIND`` (all, or the comma-separated ``names``)."""
    root = os.environ.get("SVANALYSIS_STANCE_BLIND")
    if not root or names == "":
        return []
    root_p = Path(root)
    wanted = names.split(",") if names else sorted(p.name for p in root_p.iterdir() if (p / "labels.jsonl").exists())
    out = []
    for name in wanted:
        folder = root_p / name
        if (folder / "labels.jsonl").exists():
            out.append(evaluate_letters(folder, f"blind {name}", threshold))
        else:
            print(f"skipped blind {name}: {folder} has no labels.jsonl")
    return out


def _all_sets(threshold: float, blind: str | None = "") -> list:
    results = []
    shared = shared_examples()
    for name in ("letters", "letters_org"):
        if (shared / name / "labels.jsonl").exists():
            results.append(evaluate_letters(shared / name, f"dev {name}", threshold))
    for folder, name in ((DATA / "stance_letters", "own letters"), (DATA / "stance_letters_holdout", "own held-out")):
        if (folder / "labels.jsonl").exists():
            results.append(evaluate_letters(folder, name, threshold))
    pairs = DATA / "stance_pairs.jsonl"
    items = [json.loads(x) for x in pairs.read_text(encoding="utf-8").splitlines() if x.strip()]
    results.append(evaluate_pairs(items, "minimal pairs", threshold))
    return results + _blind_sets(blind, threshold)


def _ablation(blind: str | None = "") -> int:
    """Agreement (and flips, precision of unreviewed codes) per set with each mechanism switched off."""
    from svanalysis.ingest import stance as code

    threshold = load_settings()["stance"]["review_threshold"]
    rows = []
    for off in [None, *code._MECHANISMS]:
        saved = dict(code._MECHANISMS)
        if off:
            code._MECHANISMS[off] = False
        code.clear_caches()  # cues and targets depend on the mechanisms switched on
        try:
            rows.append((off or "(all on)", [r.metrics() for r in _all_sets(threshold, blind)]))
        finally:
            code._MECHANISMS.update(saved)
            code.clear_caches()
    names = [m["set"] for m in rows[0][1]]
    print("agreement on addressed questions (flips, precision of unreviewed codes), one mechanism off at a time")
    print(f"{'switched off':<14}" + "".join(f"{n:>24}" for n in names))
    for off, ms in rows:
        cells = "".join(
            f"{_fmt(m['agreement']):>8} ({m['flips']:>2}, {_fmt(m['precision_unreviewed']).strip():>6})".rjust(24)
            for m in ms
        )
        print(f"{off:<14}{cells}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", action="store_true", help="list every disagreement")
    ap.add_argument("--json", type=Path, help="also write the metrics to this JSON file")
    ap.add_argument("--ablation", action="store_true", help="also switch each mechanism off in turn and compare")
    ap.add_argument(
        "--dump",
        type=Path,
        help="also write every coded answer of the blind sets (set, item, question, label, code, confidence, rule, "
        "evidence, features) to this JSON file: a wave's first run, kept for benchmarks/fit_stance_guard.py",
    )
    ap.add_argument(
        "--blind",
        default="",
        help="comma-separated sets under $SVANALYSIS_STANCE_BLIND to evaluate too ('all' for every one)",
    )
    ap.add_argument(
        "--without",
        default="",
        help="comma-separated mechanisms (stance._MECHANISMS) switched off, e.g. flip_guard for a dump to fit it on",
    )
    args = ap.parse_args(argv)
    blind = None if args.blind == "all" else args.blind
    if args.without:
        from svanalysis.ingest import stance as code

        unknown = sorted(set(args.without.split(",")) - set(code._MECHANISMS))
        if unknown:
            ap.error(f"--without: no mechanism {', '.join(unknown)} (known: {', '.join(code._MECHANISMS)})")
        for name in args.without.split(","):
            code._MECHANISMS[name] = False
        code.clear_caches()
    if args.ablation:
        return _ablation(blind)
    threshold = load_settings()["stance"]["review_threshold"]
    results = []
    shared = shared_examples()
    for name in ("letters", "letters_org"):
        folder = shared / name
        if (folder / "labels.jsonl").exists():
            results.append(evaluate_letters(folder, f"dev {name}", threshold))
        else:
            print(f"skipped dev {name}: {folder} is not here (set SVANALYSIS_SHARED to the shared folder)")
    for folder, name in ((DATA / "stance_letters", "own letters"), (DATA / "stance_letters_holdout", "own held-out")):
        if (folder / "labels.jsonl").exists():
            results.append(evaluate_letters(folder, name, threshold))
    pairs = DATA / "stance_pairs.jsonl"
    if pairs.exists():
        items = [json.loads(x) for x in pairs.read_text(encoding="utf-8").splitlines() if x.strip()]
        results.append(evaluate_pairs(items, "minimal pairs", threshold))
    results += _blind_sets(blind, threshold)
    header = (
        f"{'set':<18}{'addressed':>10}{'agree':>8}{'flips':>8}{'prec>=thr':>11}{'review':>8}{'silent':>9}{'kappa':>7}"
    )
    print(f"review threshold {threshold}")
    print(header)
    out = []
    for r in results:
        m = r.metrics()
        out.append(m)
        print(
            f"{m['set']:<18}{m['addressed']:>10}{_fmt(m['agreement']):>8}{_fmt(m['flip_rate']):>8}"
            f"{_fmt(m['precision_unreviewed']):>11}{_fmt(m['review_load']):>8}"
            f"{m['silent_stance']:>3}/{m['silent']:<4} {_fmt(m['kappa'], pct=False):>6}"
        )
    possible = sum(m["possible_views"] for m in out)
    if possible:
        # listed for review beside the codes below the threshold, but no code: not in "review" (a share of codes); the
        # person's whole load counts them with the codes below the threshold
        coded = sum(m["coded"] for m in out)
        listed = sum(m["coded"] - m["unreviewed"] for m in out) + possible
        print(
            f"possible views left uncoded for review (all sets): {possible}; "
            f"listed for review, codes and possible views: {listed / (coded + possible):.1%}"
        )
    if args.items:
        for r in results:
            for row in r.rows:
                wrong = row["got"] != row["truth"]
                sure_wrong = wrong and row["got"] is not None and row["confidence"] >= threshold
                if wrong:
                    flag = "!!" if sure_wrong else "  "
                    print(
                        f"{flag} {r.name:<14} {row['item']:<22} {row['question']:<4} truth={row['truth']!s:<8}"
                        f" got={row['got']!s:<8} conf={row['confidence']:.2f} rule={row['rule']} | {row['evidence']}"
                    )
    if args.json:
        args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")
    if args.dump:
        rows = [
            {**row, "set": r.name, "features": list(row["features"] or ())}
            for r in results
            if r.name.startswith("blind ")
            for row in r.rows
        ]
        tmp = args.dump.with_name(args.dump.name + ".tmp")
        tmp.write_text(json.dumps({"rows": rows}, default=str), encoding="utf-8")
        tmp.replace(args.dump)
    return 0


if __name__ == "__main__":
    sys.exit(main())
