"""How long the stance coder takes on synthetic explanations (``python benchmarks/stance_speed.py``).

Draws explanations from the synthetic generator (seeded), as ingest would meet them in 100,000
responses, and codes each distinct text once (as ``code_stances`` does). Prints distinct texts,
seconds, and microseconds per distinct text.
"""

from __future__ import annotations

import argparse
import time

from svanalysis.code import _code_text_cached, _cues, code_text
from svanalysis.spec import load_spec
from svanalysis.synth import generate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=2019)
    args = ap.parse_args()
    spec = load_spec()
    items = []
    for r in generate(args.n, args.seed, spec):
        for q in spec.stance_questions:
            t = r.slots.get(f"{q.id}.text")
            if isinstance(t, str) and t.strip():
                items.append((t, q.id))
    distinct = list(dict.fromkeys(items))
    _code_text_cached.cache_clear()
    _cues.cache_clear()
    t0 = time.perf_counter()
    for t, q in distinct:
        code_text(t, q, spec)
    dt = time.perf_counter() - t0
    print(
        f"{len(items)} explanations, {len(distinct)} distinct: {dt:.2f} s ({1e6 * dt / max(1, len(distinct)):.0f} us each)"
    )


if __name__ == "__main__":
    main()
