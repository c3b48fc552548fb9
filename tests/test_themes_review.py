"""What to code next, and agreement with bootstrap intervals, on hand-made scores."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from svanalysis.analysis.themes.agreement import theme_agreement as agreement
from svanalysis.analysis.themes.frame import as_themes
from svanalysis.analysis.themes.review import coding_sheet, read_review_sheet, review_sample, write_review_sheet


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


def test_coding_sheet_is_blind_unless_asked_to_prefill():
    scores = scores_frame()
    sel = review_sample(scores, n=2, uncertain_share=1.0)
    texts = pd.Series({r: f"text {r}" for r in "abcdefgh"})
    blind = coding_sheet(sel, scores, texts)
    assert list(blind.columns) == ["respondent_id", "reason", "text", "x", "y", "done", "coder", "note"]
    assert blind[["x", "y"]].eq("").all().all()
    filled = coding_sheet(sel, scores, texts, prefill=True)
    assert filled.set_index("respondent_id").loc["b", ["x", "y"]].tolist() == [1, 0]


FRAME = {"q7_text": as_themes([{"id": "x", "name": "Ex"}, {"id": "y", "name": "Why"}])}


def test_review_sheet_round_trip(tmp_path):
    from openpyxl import load_workbook

    scores = scores_frame()
    sel = review_sample(scores, n=3, uncertain_share=0.0, seed=0)
    sheet = coding_sheet(sel, scores, pd.Series({r: f"=text {r}" for r in "abcdefgh"}))
    path = write_review_sheet({"q7_text": sheet}, FRAME, tmp_path / "review.xlsx")
    wb = load_workbook(path)
    ws = wb["q7_text"]
    assert ws["C2"].value.startswith("'=text")  # respondent text cannot run as a formula
    # the person codes two rows (x only; both) and leaves the third undone
    ws["D2"], ws["F2"] = 1, "AB"
    ws["D3"], ws["E3"], ws["F3"] = 1, 1, "AB"
    wb.save(path)
    codes = read_review_sheet(path, FRAME, coded_at="2019-06-01")
    first, second = sel["respondent_id"].tolist()[:2]
    got = codes.set_index(["respondent_id", "theme"])["present"].to_dict()
    assert got == {(first, "x"): 1, (first, "y"): 0, (second, "x"): 1, (second, "y"): 1}
    assert set(codes["coder"]) == {"AB"} and set(codes["coded_at"]) == {"2019-06-01"}
    assert codes["reason"].str.startswith("stratified: ").all()


def test_review_sheet_bad_value_names_sheet_row_and_column(tmp_path):
    from openpyxl import load_workbook

    scores = scores_frame()
    sheet = coding_sheet(review_sample(scores, n=2, uncertain_share=0.0), scores, pd.Series(dtype="string"))
    path = write_review_sheet({"q7_text": sheet}, FRAME, tmp_path / "review.xlsx")
    wb = load_workbook(path)
    wb["q7_text"]["E3"], wb["q7_text"]["F3"] = "yes", "AB"
    wb.save(path)
    with pytest.raises(
        ValueError, match=r"review.xlsx, sheet q7_text, row 3, column y: 'yes' must be 1 \(present\), 0 or blank"
    ):
        read_review_sheet(path, FRAME)
    with pytest.raises(ValueError, match=r"no sheet named after a field of the frame \['q14_text'\]"):
        read_review_sheet(path, {"q14_text": FRAME["q7_text"]})
    with pytest.raises(ValueError, match=r"must end in .xlsx"):
        write_review_sheet({"q7_text": sheet}, FRAME, tmp_path / "review.csv")


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
