"""Assignment on a tiny hand-coded set: themes, negation, passing mentions, empty answers, codes."""

from __future__ import annotations

import pandas as pd
import pytest

from svanalysis.analysis.themes.assign import ASSIGNMENT_COLUMNS, assign, score_answers


def themes_of(out: pd.DataFrame, rid: str) -> set[str]:
    return set(out.loc[out["respondent_id"] == rid, "theme"])


def test_assigns_the_hand_coded_themes(theme_frame, theme_answers):
    ids, texts, gold = theme_answers
    out = assign(texts, ids, theme_frame)
    assert list(out.columns) == ASSIGNMENT_COLUMNS
    for rid, expected in zip(ids, gold, strict=False):
        assert themes_of(out, rid) == expected, rid


def test_negated_theme_is_not_assigned_but_the_point_made_is(theme_frame, theme_answers):
    ids, texts, _ = theme_answers
    out = assign(texts, ids, theme_frame)
    assert themes_of(out, "r03") == {"youth"}  # "More police won't help" does not earn police


def test_passing_mention_waved_away_does_not_earn_the_theme(theme_frame, theme_answers):
    ids, texts, _ = theme_answers
    out = assign(texts, ids, theme_frame)
    assert "police" not in themes_of(out, "r09")  # "Police patrols are fine as they are"


def test_multi_label_answer_gets_both_themes_with_clause_evidence(theme_frame, theme_answers):
    ids, texts, _ = theme_answers
    out = assign(texts, ids, theme_frame).set_index(["respondent_id", "theme"])
    assert out.loc[("r06", "jobs"), "evidence"] == "Apprenticeships with local employers"
    assert out.loc[("r06", "youth"), "evidence"] == "and a youth centre open five nights a week."
    assert set(out.loc["r06", "method"]) == {"model"}


def test_empty_referral_and_off_frame_answers_get_no_row(theme_frame, theme_answers):
    ids, texts, _ = theme_answers
    out = assign(texts, ids, theme_frame)
    assert not set(out["respondent_id"]) & {"r04", "r05", "r08", "r10", "r11"}


def test_empty_field_and_all_empty_answers():
    frame = [{"id": "a", "name": "Anything"}]
    assert assign([], [], frame).empty
    out = assign(["N/A", "see above", ""], ["x", "y", "z"], frame)
    assert out.empty and list(out.columns) == ASSIGNMENT_COLUMNS


def test_manual_codes_win(theme_frame, theme_answers):
    ids, texts, _ = theme_answers
    codes = pd.DataFrame(
        {"respondent_id": ["r02", "r02", "r08"], "theme": ["police", "funding", "jobs"], "present": [0, 1, 1]}
    )
    out = assign(texts, ids, theme_frame, codes=codes).set_index(["respondent_id", "theme"])
    assert ("r02", "police") not in out.index  # coded absent: removed although the model had it
    assert out.loc[("r02", "funding"), "method"] == "manual"
    assert out.loc[("r02", "funding"), "confidence"] == 1.0
    assert out.loc[("r08", "jobs"), "method"] == "manual"


def test_training_from_codes_changes_the_result():
    # The frame alone cannot know that "the bus" answers are about transport; coded examples teach it.
    frame = [
        {"id": "transport", "name": "Transport", "description": "Getting young people to places safely."},
        {"id": "police", "name": "Visible policing", "description": "More police officers on patrol."},
    ]
    coded_texts = [f"The number {n} bus stops running at six, so teenagers are stranded." for n in range(10, 22)]
    coded_texts += [f"More officers on patrol in ward {n}." for n in range(1, 13)]
    new = ["The last bus leaves at six and teenagers are left stranded."]
    texts = coded_texts + new
    ids = [f"c{i:02d}" for i in range(len(coded_texts))] + ["new"]
    before = assign(texts, ids, frame)
    codes = pd.DataFrame(
        [(ids[i], "transport", int(i < 12)) for i in range(24)] + [(ids[i], "police", int(i >= 12)) for i in range(24)],
        columns=["respondent_id", "theme", "present"],
    )
    after = assign(texts, ids, frame, codes=codes)
    assert "transport" not in set(before.loc[before["respondent_id"] == "new", "theme"])
    assert set(after.loc[after["respondent_id"] == "new", "theme"]) == {"transport"}
    assert set(after.loc[after["respondent_id"] == "new", "method"]) == {"model"}


def test_deterministic_for_a_seed(theme_frame, theme_answers):
    ids, texts, gold = theme_answers
    codes = pd.DataFrame(
        [(rid, t["id"], int(t["id"] in g)) for rid, g in list(zip(ids, gold, strict=False))[:8] for t in theme_frame],
        columns=["respondent_id", "theme", "present"],
    )
    a = assign(texts, ids, theme_frame, codes=codes, seed=3)
    b = assign(texts, ids, theme_frame, codes=codes, seed=3)
    pd.testing.assert_frame_equal(a, b)


def test_duplicate_texts_get_identical_calls(theme_frame):
    texts = ["More police on the streets."] * 3 + ["Reopen the youth club."]
    out = assign(texts, ["a", "b", "c", "d"], theme_frame)
    assert list(out["respondent_id"]) == ["a", "b", "c", "d"]
    assert out["theme"].tolist() == ["police", "police", "police", "youth"]


def test_scores_cover_every_pair(theme_frame, theme_answers):
    ids, texts, _ = theme_answers
    scores = score_answers(texts, ids, theme_frame)
    assert len(scores) == len(ids) * len(theme_frame)
    assert scores["confidence"].between(0, 1).all()
    assert scores.loc[scores["respondent_id"] == "r04", "empty"].all()


@pytest.mark.parametrize(
    ("codes", "message"),
    [
        (pd.DataFrame({"respondent_id": ["r01"], "theme": ["nope"], "present": [1]}), "not in the frame"),
        (pd.DataFrame({"respondent_id": ["r01"], "theme": ["youth"]}), "no column"),
        (pd.DataFrame({"respondent_id": ["r01"], "theme": ["youth"], "present": ["yes"]}), "must be 1 or 0"),
    ],
)
def test_bad_codes_are_named(theme_frame, theme_answers, codes, message):
    ids, texts, _ = theme_answers
    with pytest.raises(ValueError, match=message):
        assign(texts, ids, theme_frame, codes=codes)


def test_unequal_lengths_are_named(theme_frame):
    with pytest.raises(ValueError, match="texts and ids must have the same length; got 2 and 1"):
        assign(["a", "b"], ["x"], theme_frame)
