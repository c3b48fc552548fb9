"""What to code next, and agreement with bootstrap intervals, on hand-made scores."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from svanalysis.analysis.themes.agreement import theme_agreement as agreement
from svanalysis.analysis.themes.review import coding_sheet, review_sample


def scores_frame() -> pd.DataFrame:
    rows = []
    # answer: (conf for x, conf for y); assigned when >= 0.5
    table = {
        "a": (0.95, 0.05),
        "b": (0.55, 0.1),
        "c": (0.1, 0.48),
        "d": (0.02, 0.9),
        "e": (0.01, 0.02),
        "f": (0.9, 0.8),
    }
    for rid, confs in table.items():
        for theme, c in zip(("x", "y"), confs, strict=False):
            rows.append((rid, theme, c, c >= 0.5, "model", False))
    rows += [("g", "x", 1.0, True, "manual", False), ("g", "y", 0.0, False, "manual", False)]
    rows += [("h", "x", 0.0, False, "model", True), ("h", "y", 0.0, False, "model", True)]
    return pd.DataFrame(rows, columns=["respondent_id", "theme", "confidence", "assigned", "method", "empty"])


def test_least_confident_first_then_stratified():
    sel = review_sample(scores_frame(), n=4, uncertain_share=0.5, seed=0)
    # uncertainty = 1 - 2|conf - 0.5|: c (0.48 -> 0.96) then b (0.55 -> 0.9)
    assert sel["respondent_id"].tolist()[:2] == ["c", "b"]
    assert sel["reason"].tolist()[:2] == ["least confident: y", "least confident: x"]
    assert all(r.startswith("stratified: ") for r in sel["reason"].tolist()[2:])
    assert not set(sel["respondent_id"]) & {"g", "h"}  # coded by hand, or empty
    assert sel["respondent_id"].is_unique


def test_stratified_part_visits_every_stratum():
    sel = review_sample(scores_frame(), n=6, uncertain_share=0.0, seed=1)
    strata = {r.split(": ", 1)[1] for r in sel["reason"]}
    assert strata == {"x", "y", "(no theme)"}
    assert len(sel) == 6  # a b c d e f


def test_coding_sheet_prefills_automatic_calls():
    scores = scores_frame()
    sel = review_sample(scores, n=2, uncertain_share=1.0)
    texts = pd.Series({r: f"text {r}" for r in "abcdefgh"})
    sheet = coding_sheet(sel, scores, texts)
    assert list(sheet.columns) == ["respondent_id", "reason", "text", "x", "y"]
    assert sheet.set_index("respondent_id").loc["b", ["x", "y"]].tolist() == [1, 0]


def test_review_rejects_bad_share():
    with pytest.raises(ValueError, match=r"uncertain_share must be a number in \[0, 1\]; got 2"):
        review_sample(scores_frame(), n=2, uncertain_share=2)


def test_agreement_by_hand():
    auto = pd.DataFrame({"respondent_id": ["a", "a", "b", "c"], "theme": ["x", "y", "x", "y"]})
    human = pd.DataFrame(
        {
            "respondent_id": ["a", "a", "b", "b", "c", "c", "d", "d"],
            "theme": ["x", "y"] * 4,
            "present": [1, 0, 1, 1, 1, 0, 0, 0],
        }
    )
    out = agreement(auto, human, themes=["x", "y"], n_boot=200, seed=0).set_index("theme")
    # x: auto {a, b}, human {a, b, c} -> tp 2, fp 0, fn 1; y: auto {a, c}, human {b} -> tp 0, fp 2, fn 1
    assert out.loc["x", ["tp", "fp", "fn"]].tolist() == [2, 0, 1]
    assert out.loc["y", ["tp", "fp", "fn"]].tolist() == [0, 2, 1]
    overall = out.loc["(overall, micro)"]
    assert overall[["tp", "fp", "fn"]].tolist() == [2, 2, 2]
    assert overall["precision"] == 0.5 and overall["recall"] == 0.5 and overall["f1"] == 0.5
    assert overall["f1_low"] <= 0.5 <= overall["f1_high"]
    assert np.isclose(out.loc["x", "precision"], 1.0) and np.isclose(out.loc["x", "recall"], 2 / 3, atol=1e-4)
    again = agreement(auto, human, themes=["x", "y"], n_boot=200, seed=0)
    pd.testing.assert_frame_equal(out.reset_index(), again)


def test_agreement_names_a_missing_column():
    with pytest.raises(ValueError, match=r"human has no column\(s\) \['present'\]"):
        agreement(pd.DataFrame({"respondent_id": [], "theme": []}), pd.DataFrame({"respondent_id": [], "theme": []}))
