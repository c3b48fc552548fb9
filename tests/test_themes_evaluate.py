"""The theme engine against careful labels: the held-out sets of this project and the shared dev set.

The held-out sets (``tests/data/themes_heldout``) are four fields the development set does not
cover, with their own frames, written and labelled by hand for this project (one of them, q13, after
the settings were chosen). The shared development set is read where it lies and never copied; its
tests skip when it is absent. The bars are those of issue 15: micro-F1 of at least 0.60 with the
frame alone, 0.70 on the other answers once a quarter are coded, and a suggested candidate for at
least 70% of the analysts' themes; measured results are in the README.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from svanalysis.analysis.themes.evaluate import evaluate_set, load_labelled, shared_themes

HELDOUT = Path(__file__).resolve().parent / "data" / "themes_heldout"


def test_heldout_sets_load_with_their_frames():
    fields = load_labelled(HELDOUT)
    assert [f.field for f in fields] == ["q12_csp_partners_text", "q13_option_three_text", "q14_text", "q30_text"]
    assert sum(len(f.ids) for f in fields) == 220
    assert sum(len(g) for f in fields for g in f.gold) == 225


def test_heldout_frame_alone_clears_the_bar():
    res = evaluate_set(load_labelled(HELDOUT), share=0, suggestions=False).set_index("field")
    assert res.loc["ALL", "frame_f1"] >= 0.70  # issue bar 0.60; measured 0.77
    assert (res["frame_f1"] >= 0.65).all()


@pytest.mark.slow
def test_heldout_taught_and_suggestions_clear_the_bar():
    res = evaluate_set(load_labelled(HELDOUT), share=0.25, seeds=2).set_index("field")
    assert res.loc["ALL", "taught_f1"] >= 0.70
    assert res.loc["ALL", "found_share"] >= 0.70


@pytest.mark.slow
def test_shared_development_set():
    root = shared_themes()
    if not (root / "frame.yaml").is_file():
        pytest.skip(f"the shared development set is not at {root} (set SVANALYSIS_SHARED)")
    res = evaluate_set(load_labelled(root), share=0.25, seeds=2).set_index("field")
    assert res.loc["ALL", "frame_f1"] >= 0.70
    assert res.loc["ALL", "taught_f1"] >= 0.70
    assert res.loc["ALL", "found_share"] >= 0.70


def test_a_malformed_set_is_named(tmp_path):
    (tmp_path / "frame.yaml").write_text("q7_text:\n  - id: a\n    name: A\n", encoding="utf-8")
    (tmp_path / "answers.jsonl").write_text('{"rid": "x", "field": "q7_text", "text": "hi"}\n', encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text('{"rid": "x", "field": "q7_text", "themes": ["b"]}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold.jsonl: field q7_text has labels \['b'\] that its frame lacks"):
        load_labelled(tmp_path)
    (tmp_path / "gold.jsonl").unlink()
    with pytest.raises(ValueError, match=r"gold.jsonl: not found"):
        load_labelled(tmp_path)
