"""``make bench`` keeps the runs recorded under keys of their own when a full run is written."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run_module():
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks" / "run.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_a_full_run_replaces_the_last_full_run_and_keeps_keyed_runs(tmp_path):
    out = tmp_path / "results.json"
    out.write_text(
        json.dumps(
            {
                "sizes": [{"responses": 1}],
                "started": "2026-12-01 19:06:07",
                "finished": "old",
                "note": "about the old run",
                "report_grid": {"x": 1},
                "previous_full_run": {"y": 2},
            }
        )
    )
    merged = _run_module().keep_earlier_runs({"sizes": [{"responses": 1000}], "finished": "new"}, out)
    # the new run at the top level, with no key of the old one left there (its note included); the old run kept under
    # the day it started; the keyed runs as they were
    assert merged == {
        "sizes": [{"responses": 1000}],
        "finished": "new",
        "report_grid": {"x": 1},
        "previous_full_run": {"y": 2},
        "full_run_2026_12_01": {
            "sizes": [{"responses": 1}],
            "started": "2026-12-01 19:06:07",
            "finished": "old",
            "note": "about the old run",
        },
    }


def test_a_full_run_kept_already_under_its_day_is_not_replaced(tmp_path):
    out = tmp_path / "results.json"
    out.write_text(json.dumps({"sizes": [{"responses": 2}], "full_run_undated": {"sizes": [{"responses": 3}]}}))
    merged = _run_module().keep_earlier_runs({"sizes": [{"responses": 1000}]}, out)
    assert merged == {"sizes": [{"responses": 1000}], "full_run_undated": {"sizes": [{"responses": 3}]}}


def test_no_earlier_file_or_an_unreadable_one_keeps_nothing(tmp_path):
    mod = _run_module()
    assert mod.keep_earlier_runs({"a": 1}, tmp_path / "none.json") == {"a": 1}
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert mod.keep_earlier_runs({"a": 1}, bad) == {"a": 1}
