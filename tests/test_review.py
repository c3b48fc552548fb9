"""Human review of stance codes: export, import, overrides that win, and agreement."""

from __future__ import annotations

import math
import shutil

import pandas as pd
import pytest
from openpyxl import load_workbook

from svanalysis.ingest.pipeline import ingest
from svanalysis.ingest.review import agreement, apply_overrides, export_review, import_review, read_overrides
from svanalysis.ingest.stance import CODING_DTYPES


def test_export_lists_low_confidence_codes_with_text_and_phrase(example_processed, tmp_path):
    out = tmp_path / "review.xlsx"
    n = export_review(example_processed, out, threshold=1.01)  # every automatic code
    coding = pd.read_parquet(example_processed / "coding.parquet")
    assert n == int(coding["method"].isin(["rule", "model"]).sum())
    ws = load_workbook(out)["Review"]
    header = [c.value for c in ws[1]]
    # the evidence a reviewer checks sits beside the phrase relied on (issue 14): the words read as
    # the target, the rule that decided and the sentence pointing the other way; so "decision" moved
    # from the 9th to the 12th column (import_review reads columns by name)
    assert header[:11] == [
        "respondent_id",
        "question",
        "question_text",
        "automatic_stance",
        "confidence",
        "phrase_relied_on",
        "read_as_about",
        "rule",
        "evidence_the_other_way",
        "text",
        "why_listed",
    ]
    assert header[11] == "decision"
    assert ws.max_row == n + 1
    assert ws.data_validations.dataValidation, "the decision column offers the stance labels"


def test_export_sample_adds_confident_codes(example_processed, tmp_path):
    low = export_review(example_processed, tmp_path / "a.xlsx", threshold=0.0)
    assert low == 0
    sampled = export_review(example_processed, tmp_path / "b.xlsx", threshold=0.0, sample=5)
    assert sampled == 5


def test_import_then_ingest_applies_overrides_as_manual(example_raw, example_processed, tmp_path):
    review = tmp_path / "review.xlsx"
    export_review(example_processed, review, threshold=1.01)
    wb = load_workbook(review)
    ws = wb["Review"]
    decided = []
    for i, row in enumerate(ws.iter_rows(min_row=2), start=2):
        if i > 4:
            break
        auto = row[3].value
        new = "Mixed" if auto != "Mixed" else "Unclear"
        row[11].value = new if i != 3 else "ok"  # decision
        row[12].value = "Analyst A"  # reviewer
        decided.append((row[0].value, row[1].value, new if i != 3 else auto))
    wb.save(review)
    overrides = tmp_path / "manual" / "overrides.csv"
    assert import_review(review, overrides) == 3
    ov = read_overrides(overrides)
    assert ov[["respondent_id", "question", "stance"]].values.tolist() == [list(d) for d in decided]
    res = ingest([example_raw], tmp_path / "out", overrides=overrides)
    r = res.tables["responses"].set_index("respondent_id")
    for rid, qid, stance in decided:
        col = {
            "q8": "q8_vision",
            "q9": "q9_option_one",
            "q10": "q10_schedule6",
            "q11": "q11_option_two",
            "q12": "q12_csp_partners",
            "q13": "q13_option_three",
        }[qid]
        assert r.loc[rid, col] == stance and r.loc[rid, f"{col}_method"] == "manual"
    log = res.tables["cleaning_log"]
    assert (log["rule"].astype(str) == "manual_override").sum() == 3
    assert res.ledger["totals"]["manual_overrides_applied"] == 3


def test_bad_decision_names_file_row_and_column(example_processed, tmp_path):
    review = tmp_path / "review.xlsx"
    export_review(example_processed, review, threshold=1.01)
    wb = load_workbook(review)
    wb["Review"]["L2"] = "Maybe"  # the decision column
    wb.save(review)
    with pytest.raises(ValueError, match=r"review\.xlsx, row 2, column decision: 'Maybe' is not one of"):
        import_review(review, tmp_path / "o.csv")


def test_bad_overrides_file_names_row_and_column(tmp_path):
    p = tmp_path / "o.csv"
    p.write_text("respondent_id,question,stance\nR1,q9,Yes\nR2,q42,No\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"o\.csv, row 3, column question: 'q42' is not one of"):
        read_overrides(p)


def test_override_wins_over_a_closed_answer(spec):
    r = pd.DataFrame(
        {
            "respondent_id": pd.array(["A", "B"], dtype="string"),
            **{
                q.columns["value"]: pd.Categorical(["Yes", "No"], categories=list(spec.stance_labels), ordered=True)
                for q in spec.stance_questions
            },
            **{
                q.columns["method"]: pd.Categorical(
                    ["closed", "closed"], categories=list(spec.stance_methods), ordered=True
                )
                for q in spec.stance_questions
            },
        }
    )
    coding = pd.DataFrame(columns=list(CODING_DTYPES)).astype(CODING_DTYPES)
    ov = pd.DataFrame({"respondent_id": ["B"], "question": ["q11"], "stance": ["Mixed"], "note": ["read the letter"]})
    out, coding2, log, n = apply_overrides(r, coding, ov, spec)
    assert n == 1 and out.loc[1, "q11_option_two"] == "Mixed" and out.loc[1, "q11_option_two_method"] == "manual"
    assert out.loc[0, "q11_option_two"] == "Yes"
    assert log[["field", "raw", "clean", "rule"]].values.tolist() == [
        ["q11_option_two", "No", "Mixed", "manual_override"]
    ]


def test_agreement_by_hand():
    # 10 pairs, 8 agree. Automatic: 6 Yes 4 No; human: 5 Yes, 5 No (two Yes->No, one No->Yes... worked below)
    auto = ["Yes"] * 6 + ["No"] * 4
    human = ["Yes"] * 5 + ["No"] + ["No"] * 3 + ["Yes"]
    a = agreement(pd.DataFrame({"automatic_stance": auto, "stance": human}), reps=200)
    # po = 8/10; pe = P(auto Yes)P(human Yes) + P(auto No)P(human No) = 0.6*0.6 + 0.4*0.4 = 0.52
    assert a["n"] == 10 and a["accuracy"] == 0.8
    assert math.isclose(a["kappa"], (0.8 - 0.52) / (1 - 0.52))
    assert a["accuracy_ci"][0] < 0.8 < a["accuracy_ci"][1]
    assert a["kappa_ci"][0] <= a["kappa"] <= a["kappa_ci"][1]


def test_agreement_with_nothing_reviewed():
    assert agreement(pd.DataFrame({"automatic_stance": [], "stance": []}))["n"] == 0


def test_cli_review_round_trip(example_processed, tmp_path):
    from typer.testing import CliRunner

    from svanalysis.cli import app

    runner = CliRunner()
    res = runner.invoke(
        app,
        [
            "review",
            "export",
            "--out",
            str(tmp_path / "r.xlsx"),
            "--processed",
            str(example_processed),
            "--threshold",
            "1.01",
        ],
    )
    assert res.exit_code == 0 and "codes to review" in res.output
    wb = load_workbook(tmp_path / "r.xlsx")
    wb["Review"]["L2"] = "ok"  # the decision column (12th since the evidence columns of issue 14)
    wb.save(tmp_path / "r.xlsx")
    res = runner.invoke(app, ["review", "import", str(tmp_path / "r.xlsx"), "--overrides", str(tmp_path / "o.csv")])
    assert res.exit_code == 0 and "recorded 1 decisions" in res.output
    res = runner.invoke(app, ["review", "agreement", "--overrides", str(tmp_path / "o.csv")])
    assert res.exit_code == 0 and "accuracy 1.000" in res.output
    shutil.rmtree(tmp_path)


def _one_letter(spec, tmp_path, text, row):
    """A processed folder holding one letter (respondent L1) and one coding row for it."""
    processed = tmp_path / "processed"
    processed.mkdir()
    responses = pd.DataFrame(
        {
            "respondent_id": pd.array(["L1"], dtype="string"),
            "channel": ["letter"],
            "letter_text": [text],
            **{q.columns["text"]: pd.array([None], dtype="string") for q in spec.stance_questions},
        }
    )
    responses.to_parquet(processed / "responses.parquet")
    pd.DataFrame([row]).astype(CODING_DTYPES).to_parquet(processed / "coding.parquet")
    return processed


def test_export_shows_target_rule_and_the_evidence_the_other_way(spec, tmp_path):
    # one letter, one low-confidence code with both phrases: the reviewer sees all of it in one row
    text = "We welcome the clarity a duty would bring. However, a duty without money is an empty gesture."
    row = {
        "respondent_id": "L1",
        "question": "q9",
        "column": "q9_option_one",
        "stance": "Mixed",
        "method": "rule",
        "confidence": 0.7,
        "evidence": "We welcome the clarity a duty would bring.",
        "needs_review": True,
        "target_phrase": "a duty",
        "rule": "concession: support, then a reservation; target by description",
        "conflict_evidence": "However, a duty without money is an empty gesture.",
    }
    processed = _one_letter(spec, tmp_path, text, row)
    assert export_review(processed, tmp_path / "r.xlsx") == 1
    ws = load_workbook(tmp_path / "r.xlsx")["Review"]
    got = dict(zip([c.value for c in ws[1]], [c.value for c in ws[2]], strict=True))
    assert (got["read_as_about"], got["rule"], got["evidence_the_other_way"], got["text"]) == (
        "a duty",
        "concession: support, then a reservation; target by description",
        "However, a duty without money is an empty gesture.",
        text,
    )
    assert got["phrase_relied_on"] == "We welcome the clarity a duty would bring." and got["confidence"] == 0.7


def test_why_a_code_is_listed_names_the_classifier_the_error_and_welsh():
    from svanalysis.ingest.review import _why_listed

    rows = pd.DataFrame(
        {
            "method": ["model", "rule", "rule", "rule"],
            "rule": [
                "model: sentence read as Yes (p=0.81; words 'back')",
                "coder error (ValueError): for a person to code",
                None,
                "verdict 'support'",
            ],
            "evidence": ["We'd back it.", None, "written in Welsh: for a Welsh reader to code", "We support it."],
        }
    )
    assert list(_why_listed(rows)) == [
        "read by a classifier (always reviewed)",
        "the coder failed on this text",
        "written in Welsh: for a Welsh reader",
        "low confidence",
    ]


def test_a_possible_view_is_listed_uncoded_and_ok_leaves_the_question_missing(spec, tmp_path):
    # round 49: a letter's possible view (``stance.POSSIBLE_VIEW``) has a coding row with no stance; the reviewer sees the
    # sentence and why it is listed, and either codes it or accepts it as it is ("ok": nothing to record)
    text = "The paper deliberately leaves out domestic abuse."
    row = {
        "respondent_id": "L1",
        "question": "q9",
        "column": "q9_option_one",
        "stance": None,
        "method": "rule",
        "confidence": 0.0,
        "evidence": text,
        "needs_review": True,
        "target_phrase": "the duty",
        "rule": "possible view, not coded: flip risk 0.17 (leaning No): evaluation 'leaves out'; target by description",
        "conflict_evidence": None,
    }
    processed = _one_letter(spec, tmp_path, text, row)
    assert export_review(processed, tmp_path / "r.xlsx") == 1
    wb = load_workbook(tmp_path / "r.xlsx")
    ws = wb["Review"]
    header = [c.value for c in ws[1]]
    got = dict(zip(header, [c.value for c in ws[2]], strict=True))
    assert got["automatic_stance"] is None and got["phrase_relied_on"] == text
    assert got["why_listed"] == "possible view, left uncoded: does the letter answer this question?"
    # accepted as it is: no override; coded by the reviewer: an override like any other
    col = header.index("decision") + 1
    ws.cell(row=2, column=col, value="ok")
    wb.save(tmp_path / "r.xlsx")
    assert import_review(tmp_path / "r.xlsx", tmp_path / "overrides.csv") == 0
    ws.cell(row=2, column=col, value="No")
    wb.save(tmp_path / "r.xlsx")
    assert import_review(tmp_path / "r.xlsx", tmp_path / "overrides.csv") == 1
    assert pd.read_csv(tmp_path / "overrides.csv")[["question", "stance"]].values.tolist() == [["q9", "No"]]
