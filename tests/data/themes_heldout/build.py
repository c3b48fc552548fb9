"""Build the held-out theme sets (dev-set layout) from the hand-written sources in ``src/``.

Writes ``frame.yaml``, ``answers.jsonl`` and ``gold.jsonl`` beside this file: the same layout as the
public development set, so one loader reads both. Respondent ids are assigned in a seeded shuffled
order, so neighbouring ids (and campaign members) are unrelated.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import yaml

HERE = Path(__file__).parent


def main(seed: int = 2019) -> None:
    frames, answers, gold = {}, [], []
    for k, src in enumerate(sorted((HERE / "src").glob("*.yaml"))):
        spec = yaml.safe_load(src.read_text(encoding="utf-8"))
        field = spec["field"]
        frames[field] = spec["frame"]
        ids = [t["id"] for t in spec["frame"]]
        assert len(set(ids)) == len(ids), f"{field}: duplicate theme ids"
        items = list(spec["answers"])
        rng = random.Random(seed + k)
        order = list(range(len(items)))
        rng.shuffle(order)
        for n, i in enumerate(order):
            item = items[i]
            unknown = set(item["themes"]) - set(ids)
            assert not unknown, f"{field}: unknown themes {unknown}"
            rid = f"H{k + 1}{n + 1:03d}"
            answers.append({"rid": rid, "field": field, "text": item["text"]})
            gold.append({"rid": rid, "field": field, "themes": [t for t in ids if t in item["themes"]]})
        for t in spec["frame"]:
            for ex in t.get("examples", []):
                assert not any(ex.lower() in it["text"].lower() for it in items), f"example copied: {ex}"
    answers.sort(key=lambda a: (a["field"], a["rid"]))
    gold.sort(key=lambda a: (a["field"], a["rid"]))
    (HERE / "frame.yaml").write_text(
        yaml.safe_dump(frames, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8"
    )
    for name, rows in (("answers.jsonl", answers), ("gold.jsonl", gold)):
        with (HERE / name).open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print({f: sum(a["field"] == f for a in answers) for f in frames}, "labels:", sum(len(g["themes"]) for g in gold))


if __name__ == "__main__":
    main()
