"""``svanalysis themes ...`` exercised the way an analyst would, on the small synthetic example.

The example (conftest: 150 online responses, seed 77) carries the signed-off frame of its free text
in ``_manual/theme_frame.yaml`` and, in its truth files, the themes each answer was written to make;
a "person" here codes from that truth, so what the codes do can be checked against it.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from svanalysis.analysis.themes.frame import load_frame
from svanalysis.cli import app

runner = CliRunner()


@pytest.fixture
def processed(example_processed, tmp_path):
    """A private copy of the processed tables (the commands write into the folder)."""
    import shutil

    out = tmp_path / "processed"
    shutil.copytree(example_processed, out)
    return out


@pytest.fixture
def frame(example_raw):
    return example_raw / "_manual" / "theme_frame.yaml"


def truth_by_id(example_raw, processed, field):
    """Each answered respondent's true themes for a field (from the generator's truth)."""
    r = pd.read_parquet(processed / "responses.parquet")
    t = pd.read_csv(example_raw / "_truth" / "online_export.responses.csv", dtype=str, keep_default_na=False)
    t["source_row"] = t["source_row"].astype(int)
    m = t.merge(r[["respondent_id", "source_file", "source_row"]], on=["source_file", "source_row"])
    m = m[m[field] != ""]
    return {
        rid: set(filter(None, th.split(";"))) for rid, th in zip(m["respondent_id"], m[f"{field}_themes"], strict=True)
    }


def test_suggest_writes_a_draft_that_is_a_frame_and_its_members(processed, tmp_path, no_network):
    out = tmp_path / "draft.yaml"
    res = runner.invoke(
        app, ["themes", "suggest", str(processed), "--field", "q14_text", "--out", str(out), "--n", "6"]
    )
    assert res.exit_code == 0, res.output
    draft = load_frame(out)  # the draft already has a frame's shape
    assert list(draft) == ["q14_text"] and len(draft["q14_text"]) == 6
    assert "DRAFT code frame for q14_text" in out.read_text(encoding="utf-8")
    members = pd.read_csv(tmp_path / "draft.members.csv", dtype=str)
    assert list(members.columns) == ["respondent_id", "theme", "text"]
    assert set(members["theme"]) == {t.id for t in draft["q14_text"]}
    r = pd.read_parquet(processed / "responses.parquet")
    assert set(members["respondent_id"]) <= set(r.loc[r["duplicate_of"].isna(), "respondent_id"])


def test_a_draft_says_when_wording_was_not_compared(processed, tmp_path):
    from svanalysis.analysis.themes.workflow import suggest_field

    compared, _, _ = suggest_field(processed, "q14_text", tmp_path / "a.yaml", n_themes=5)
    assert "(campaign texts counted once)" in compared.read_text(encoding="utf-8")
    settings = {"themes": {"suggest": {"max_compared": 2}}}
    alone, _, s = suggest_field(processed, "q14_text", tmp_path / "b.yaml", n_themes=5, settings=settings)
    assert not s.compared
    head = alone.read_text(encoding="utf-8")
    assert "near-identical wording not compared above 2 answers, themes.suggest.max_compared" in head
    assert load_frame(alone)  # still a frame


def test_suggest_refuses_a_field_that_is_not_free_text(processed):
    res = runner.invoke(app, ["themes", "suggest", str(processed), "--field", "q9_option_one"])
    assert res.exit_code == 2
    assert res.output.strip().startswith("svanalysis: error: --field must be one of")
    assert len(res.output.strip().splitlines()) == 1


def test_assign_writes_themes_offline_and_they_match_the_truth(processed, frame, example_raw, no_network):
    res = runner.invoke(app, ["themes", "assign", str(processed), "--frame", str(frame)])
    assert res.exit_code == 0, res.output
    themes = pd.read_parquet(processed / "themes.parquet")
    assert list(themes.columns) == ["respondent_id", "field", "theme", "confidence", "evidence", "method"]
    assert set(themes["method"]) <= {"model", "rule"}
    assert set(themes["field"]) == {"q7_text", "q9_option_one_text", "q14_text", "q30_text", "q31_text"}
    truth = truth_by_id(example_raw, processed, "q14_text")
    got = themes[themes["field"] == "q14_text"].groupby("respondent_id")["theme"].apply(set).to_dict()
    tp = sum(len(got.get(i, set()) & g) for i, g in truth.items())
    fp = sum(len(got.get(i, set()) - g) for i, g in truth.items())
    fn = sum(len(g - got.get(i, set())) for i, g in truth.items())
    assert 2 * tp / (2 * tp + fp + fn) >= 0.7
    quality = json.loads((processed / "themes_quality.json").read_text(encoding="utf-8"))
    q14 = quality["fields"]["q14_text"]
    assert q14["answers"] >= len(truth) and 0 < q14["coverage"] <= 1 and q14["agreement"] == []


def test_review_export_import_then_codes_win_and_agreement(processed, frame, example_raw, tmp_path):
    sheet = tmp_path / "review.xlsx"
    codes = tmp_path / "codes.csv"
    res = runner.invoke(
        app,
        ["themes", "review", "export", str(processed), "--out", str(sheet), "--frame", str(frame)]
        + ["--codes", str(codes), "--n", "12", "--field", "q14_text"],
    )
    assert res.exit_code == 0, res.output
    wb = load_workbook(sheet)
    ws = wb["q14_text"]
    header = [c.value for c in ws[1]]
    theme_ids = [t.id for t in load_frame(frame)["q14_text"]]
    assert header == ["respondent_id", "reason", "text", *theme_ids, "done", "coder", "note"]
    assert ws.max_row == 13  # 12 answers
    # a careful person codes every row from what each answer says (here: the generator's truth)
    truth = truth_by_id(example_raw, processed, "q14_text")
    coded = {}
    for row in range(2, ws.max_row + 1):
        rid = ws.cell(row, 1).value
        for k, t in enumerate(theme_ids):
            ws.cell(row, 4 + k).value = 1 if t in truth[rid] else 0
        ws.cell(row, 4 + len(theme_ids)).value = "AB"
        coded[rid] = truth[rid]
    wb.save(sheet)
    res = runner.invoke(app, ["themes", "review", "import", str(sheet), "--frame", str(frame), "--codes", str(codes)])
    assert res.exit_code == 0, res.output
    assert "recorded the codes of 12 answers" in res.output
    written = pd.read_csv(codes, dtype=str)
    assert len(written) == 12 * len(theme_ids) and set(written["coder"]) == {"AB"}

    res = runner.invoke(app, ["themes", "assign", str(processed), "--frame", str(frame), "--codes", str(codes)])
    assert res.exit_code == 0, res.output
    themes = pd.read_parquet(processed / "themes.parquet")
    q14 = themes[(themes["field"] == "q14_text") & themes["respondent_id"].isin(list(coded))]
    got = q14.groupby("respondent_id")["theme"].apply(set).to_dict()
    assert {rid: got.get(rid, set()) for rid in coded} == coded  # the person's codes win, every one
    assert set(q14["method"]) == {"manual"}
    quality = json.loads((processed / "themes_quality.json").read_text(encoding="utf-8"))["fields"]["q14_text"]
    assert quality["coded_answers"] == 12 and quality["agreement"]

    res = runner.invoke(app, ["themes", "agreement", str(processed), "--frame", str(frame), "--codes", str(codes)])
    assert res.exit_code == 0, res.output
    # measured on the stratified random half of the sheet (12 answers, half of them the least confident)
    assert "q14_text: 6 coded answers (stratified random)" in res.output and "(overall, micro)" in res.output
    assert "F " in res.output and "(" in res.output  # F1 with its interval


def test_user_errors_are_one_line_naming_file_line_row_and_column(processed, tmp_path):
    bad = tmp_path / "frame.yaml"
    bad.write_text(
        "q14_text:\n  - id: funding\n    name: Funding\nq99_text:\n  - id: x\n    name: X\n", encoding="utf-8"
    )
    res = runner.invoke(app, ["themes", "assign", str(processed), "--frame", str(bad)])
    assert res.exit_code == 2
    assert (
        res.output.strip()
        == f"svanalysis: error: {bad} line 4: unknown field 'q99_text'; known: "
        + res.output.split("known: ")[1].strip()
    )
    good = tmp_path / "good.yaml"
    good.write_text("q14_text:\n  - id: funding\n    name: Funding\n", encoding="utf-8")
    codes = tmp_path / "codes.csv"
    codes.write_text(
        "respondent_id,field,theme,present\nR1,q14_text,funding,1\nR2,q14_text,funding,2\n", encoding="utf-8"
    )
    res = runner.invoke(app, ["themes", "assign", str(processed), "--frame", str(good), "--codes", str(codes)])
    assert res.exit_code == 2
    assert res.output.strip() == (
        f"svanalysis: error: {codes}, row 3, column present: '2' must be 1 (present) or 0 (absent)"
    )
    res = runner.invoke(app, ["themes", "assign", str(processed), "--frame", str(tmp_path / "none.yaml")])
    assert res.exit_code == 2 and "no code frame" in res.output and len(res.output.strip().splitlines()) == 1


def test_help_lists_the_theme_commands():
    out = runner.invoke(app, ["themes", "--help"]).output
    for verb in ("suggest", "assign", "review", "agreement"):
        assert verb in out


def test_assign_refuses_while_an_ingest_or_run_holds_the_folder(processed, frame):
    from svanalysis.core.locking import exclusive
    from svanalysis.core.processed import lock_path

    with exclusive(lock_path(processed)):
        res = runner.invoke(app, ["themes", "assign", str(processed), "--frame", str(frame)])
    assert res.exit_code == 2
    assert res.output.startswith("svanalysis: error: another assign themes in this folder is running (lock held on")
    assert len(res.output.strip().splitlines()) == 1
    assert not (processed / "themes.parquet").exists()
