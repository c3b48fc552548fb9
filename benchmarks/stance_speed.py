"""How long the stance coder takes on synthetic explanations (``python benchmarks/stance_speed.py``).

Draws explanations from the synthetic generator (seeded), as ingest would meet them, and codes each
distinct text once (as ``code_stances`` does), starting from empty caches. Prints distinct texts and
CPU microseconds per distinct text (CPU time, so that other work on a shared machine counts less).

``--against REV`` also times the coder of a git revision (its ``svanalysis/ingest/stance*.py``, or
``svanalysis/code.py`` before the layout issue, with that revision's questionnaire), interleaved with
this one, in the same process: ``--against 4c437a8^1`` is the coder before issue 14 (the main line just
before its merge; ba082e4, named here before, no longer loads: its ``code.py`` imports a module since
moved).
``--no-clause-cache`` times this coder without its per-clause cache (the cost for texts that share
no clause with another).

``--alternate REV`` times the two coders in two processes that take turns, a chunk of texts each
(``--chunk``, the order swapped every chunk), so that both meet the same load on a machine whose speed
drifts: it prints each process's CPU importing its coder (with the compiled patterns and facts kept on
disk, where the coder keeps them) and coding all the texts, and the ratio of each chunk. ``--alternate 4c437a8^1 --n 7000`` is issue 14's speed bar (the
distinct explanations of 7,000 responses are as many as the ingest codes at 100,000).
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from svanalysis.core.spec import load_spec
from svanalysis.synth import generate

ROOT = Path(__file__).resolve().parents[1]


_CODER_MODULES = ("stance", "stance_lexicon", "stance_syntax", "stance_calibration", "stance_model", "stance_guard")


def _show(rev: str, path: str) -> str | None:
    out = subprocess.run(["git", "show", f"{rev}:{path}"], cwd=ROOT, capture_output=True, text=True)
    return out.stdout if out.returncode == 0 else None


def _load_revision(rev: str):
    """The stance coder of a git revision, importable beside this one, with that revision's questionnaire
    (its references and descriptions are part of the coder): ``(module, spec)``. Since the layout issue the
    coder is the ``svanalysis/ingest/stance*.py`` modules, loaded as a package of their own; before it, the
    single ``svanalysis/code.py``."""
    tmp = Path(tempfile.mkdtemp())
    qyaml = _show(rev, "svanalysis/data/questionnaire.yaml")
    rev_spec = None
    if qyaml is not None:
        (tmp / "questionnaire.yaml").write_text(qyaml, encoding="utf-8")
        rev_spec = load_spec(tmp / "questionnaire.yaml")
    package = f"stance_at_{rev.replace('-', '_').replace('/', '_')}"
    if _show(rev, "svanalysis/ingest/stance.py") is not None:
        (tmp / package).mkdir()
        (tmp / package / "__init__.py").write_text("", encoding="utf-8")
        for name in _CODER_MODULES:
            src = _show(rev, f"svanalysis/ingest/{name}.py")
            if src is None:
                continue
            src = src.replace("svanalysis.ingest.stance", f"{package}.stance")
            (tmp / package / f"{name}.py").write_text(src, encoding="utf-8")
        sys.path.insert(0, str(tmp))
        mod = importlib.import_module(f"{package}.stance")
        return mod, rev_spec
    src = _show(rev, "svanalysis/code.py")
    if src is None:
        raise SystemExit(f"no stance coder at {rev}")
    path = tmp / "code_at_revision.py"
    path.write_text(src, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("code_at_revision", path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["code_at_revision"] = mod
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod, rev_spec


def _per_text_caches(mod) -> list:
    """Every cache of texts, sentences or clauses in the coder's modules (an ``lru_cache`` of 1,024 entries or more):
    each round starts with them empty, as ingest does, so that no round reads a clause from the round before. The
    small caches of the questionnaire's patterns (one entry per spec) are built once per process, as in ingest."""
    pkg = mod.__name__.rpartition(".")[0]
    names = [n for n in list(sys.modules) if n == mod.__name__ or (pkg and n.startswith(f"{pkg}.stance"))]
    out = []
    for name in names:
        module = sys.modules[name]
        for value in vars(module).values():
            params = getattr(value, "cache_parameters", None)
            if params is None or getattr(value, "__module__", None) != name:
                continue
            size = params()["maxsize"]
            if size is not None and size >= 1024:
                out.append(value)
    return out


def _time(mod, items, spec, clause_cache: bool = True) -> float:
    for cache in _per_text_caches(mod):
        cache.cache_clear()
    # the clause cache is ``_cues_ex`` since the asserted text joined the cues (``_cues`` before)
    name = "_cues_ex" if hasattr(mod, "_cues_ex") else "_cues"
    cues = getattr(mod, name, None)
    if cues is not None and not clause_cache and hasattr(cues, "__wrapped__"):
        setattr(mod, name, cues.__wrapped__)
    t0 = time.process_time()
    for t, q in items:
        mod.code_text(t, q, spec)
    dt = time.process_time() - t0
    if cues is not None:
        setattr(mod, name, cues)
    return dt


def _explanations(n: int, seed: int, spec) -> list[tuple[str, str]]:
    items = []
    for r in generate(n, seed, spec):
        for q in spec.stance_questions:
            t = r.slots.get(f"{q.id}.text")
            if isinstance(t, str) and t.strip():
                items.append((t, q.id))
    return items


def _child(which: str, n: int, seed: int, chunk: int) -> None:
    """One side of ``--alternate``: import the coder, say how much CPU that took, then code the chunks asked for."""
    import svanalysis.ingest  # noqa: F401  (the package the ingest imports either way: not the coder's cost)

    t0 = time.process_time()
    if which == "this":
        import svanalysis.ingest.stance as mod

        mod_spec = load_spec()
    else:
        mod, rev_spec = _load_revision(which)
        mod_spec = rev_spec or load_spec()
    ready = time.process_time() - t0
    distinct = list(dict.fromkeys(_explanations(n, seed, load_spec())))
    print(f"{ready:.4f} {len(distinct)}", flush=True)
    for line in sys.stdin:
        k = int(line)
        t0 = time.process_time()
        for text, q in distinct[k * chunk : (k + 1) * chunk]:
            mod.code_text(text, q, mod_spec)
        print(f"{time.process_time() - t0:.4f}", flush=True)


def _alternate(rev: str, n: int, seed: int, chunk: int) -> None:
    me = [sys.executable, __file__, "--n", str(n), "--seed", str(seed), "--chunk", str(chunk), "--child"]
    procs = {
        name: subprocess.Popen([*me, which], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for name, which in (("old", rev), ("new", "this"))
    }
    ready = {name: p.stdout.readline().split() for name, p in procs.items()}
    texts = int(ready["new"][1])
    chunks = -(-texts // chunk)
    total = {"old": 0.0, "new": 0.0}
    ratios = []
    for k in range(chunks):
        took = {}
        for name in ("old", "new") if k % 2 == 0 else ("new", "old"):
            procs[name].stdin.write(f"{k}\n")
            procs[name].stdin.flush()
            took[name] = float(procs[name].stdout.readline())
            total[name] += took[name]
        ratios.append(took["new"] / took["old"] if took["old"] else float("nan"))
    for p in procs.values():
        p.stdin.close()
        p.wait()
    start = {name: float(ready[name][0]) for name in procs}
    print(f"{texts} distinct explanations of {n} responses, {chunks} chunks of {chunk}, taking turns")
    for name, label in (("old", f"coder at {rev}"), ("new", "this coder")):
        print(
            f"{label:<24} CPU importing it {start[name]:6.2f} s, coding {total[name]:6.2f} s, "
            f"in all {start[name] + total[name]:6.2f} s"
        )
    print("chunk ratios (this / old): " + " ".join(f"{r:.2f}" for r in ratios))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20_000, help="synthetic responses to draw explanations from")
    ap.add_argument("--seed", type=int, default=2019)
    ap.add_argument("--against", help="a git revision whose coder to time as well")
    ap.add_argument("--no-clause-cache", action="store_true", help="also time without the per-clause cache")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--alternate", help="a git revision whose coder to time in a second process, taking turns")
    ap.add_argument("--chunk", type=int, default=1000, help="texts per turn with --alternate")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return _child(args.child, args.n, args.seed, args.chunk)
    if args.alternate:
        return _alternate(args.alternate, args.n, args.seed, args.chunk)
    import svanalysis.ingest.stance as current

    spec = load_spec()
    items = _explanations(args.n, args.seed, spec)
    distinct = list(dict.fromkeys(items))
    coders = [("this coder", current, spec, True)]
    if args.no_clause_cache:
        coders.append(("this coder, no clause cache", current, spec, False))
    if args.against:
        mod, rev_spec = _load_revision(args.against)
        coders.insert(0, (f"coder at {args.against}", mod, rev_spec or spec, True))
    print(f"{len(items)} explanations, {len(distinct)} distinct")
    for _ in range(args.rounds):
        for name, mod, mod_spec, cache in coders:
            dt = _time(mod, distinct, mod_spec, cache)
            print(f"{name:<30} {dt:7.2f} s CPU ({1e6 * dt / max(1, len(distinct)):.0f} us per distinct text)")


if __name__ == "__main__":
    main()
