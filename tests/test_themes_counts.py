"""Counting and quoting themes, and reading behind a count, on a tiny set worked out by hand.

Twelve responses to Q9 (a closed stance and its explanation). r4 left the text blank; d1 is a
duplicate of r1; c1-c3 are one campaign. Themes (a hand-made themes table, so counting is tested
apart from assignment):

    r1 Police/Org   No   training          consent Yes
    r2 Police/Org   No   funding, training consent No
    r3 Health/Org   Yes  funding           consent Yes
    r4 Health/Ind   Yes  (blank text)      consent Yes
    r5 -/Ind        No   (N/A: no theme)   consent Yes
    r6 Health/Org   No   training          consent Yes
    d1 Police/Org   No   training          duplicate of r1
    c1-c3 -/Ind     No   funding           campaign C1, consent No, Yes, Yes
"""

from __future__ import annotations

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

import svanalysis as sv
from svanalysis.analysis.themes.counts import answers, field_question, select_answers, theme_quotes, theme_table

FIELD = "q9_option_one_text"
FRAME = {
    FIELD: [
        {"id": "training", "name": "Joint training", "description": "Staff trained together."},
        {"id": "funding", "name": "Lasting funding", "description": "Money that lasts."},
        {"id": "unused", "name": "Nobody said this", "description": "A theme no one raised."},
    ]
}
CAMPAIGN = "We want funding for youth services that lasts five years, not one-off grants."
STANCES = ["Yes", "No", "Mixed", "Unclear"]
SECTORS = ["Police", "Health and social care"]


def responses() -> pd.DataFrame:
    rows = [
        ("r1", "Police", "Organisation", "No", "More joint training for staff.", "Yes", None, None),
        ("r2", "Police", "Organisation", "No", "Funding that lasts. And training.", "No", None, None),
        ("r3", "Health and social care", "Organisation", "Yes", "Long term money for prevention.", "Yes", None, None),
        ("r4", "Health and social care", "Individual", "Yes", "  ", "Yes", None, None),
        ("r5", None, "Individual", "No", "N/A", "Yes", None, None),
        ("r6", "Health and social care", "Organisation", "No", "Training, together.", "Yes", None, None),
        ("d1", "Police", "Organisation", "No", "More joint training", "Yes", "r1", None),
        ("c1", None, "Individual", "No", CAMPAIGN, "No", None, "C1"),
        ("c2", None, "Individual", "No", CAMPAIGN, "Yes", None, "C1"),
        ("c3", None, "Individual", "No", CAMPAIGN, "Yes", None, "C1"),
    ]
    df = pd.DataFrame(
        rows,
        columns=[
            "respondent_id",
            "q1_sector",
            "respondent_type",
            "q9_option_one",
            FIELD,
            "consent_publish",
            "duplicate_of",
            "campaign_id",
        ],
    )
    df["q1_sector"] = pd.Categorical(df["q1_sector"], categories=SECTORS)
    df["q9_option_one"] = pd.Categorical(df["q9_option_one"], categories=STANCES)
    df["channel"] = "online"
    return df


def themes() -> pd.DataFrame:
    rows = [
        ("r1", "training", 0.9, "More joint training for staff.", "model"),
        ("r2", "funding", 0.8, "Funding that lasts.", "model"),
        ("r2", "training", 0.7, "And training.", "model"),
        ("r3", "funding", 0.6, "Long term money for prevention.", "model"),
        ("r6", "training", 1.0, "Training, together.", "manual"),
        ("d1", "training", 0.9, "More joint training", "model"),
        ("c1", "funding", 0.95, CAMPAIGN, "model"),
        ("c2", "funding", 0.95, CAMPAIGN, "model"),
        ("c3", "funding", 0.95, CAMPAIGN, "model"),
    ]
    t = pd.DataFrame(rows, columns=["respondent_id", "theme", "confidence", "evidence", "method"])
    t.insert(1, "field", FIELD)
    return t


def cells(t: pd.DataFrame) -> list[list]:
    return t[["group", "theme", "count", "base"]].values.tolist()


def test_counts_and_bases_overall_each_and_once():
    each = theme_table(responses(), themes(), FIELD, frame=FRAME, min_base=1, min_count=1)
    # base: r1 r2 r3 r5 r6 c1 c2 c3 (r4 blank, d1 a duplicate); funding r2 r3 c1 c2 c3; training r1 r2 r6
    assert cells(each) == [
        ["All respondents", "Lasting funding", 5, 8],
        ["All respondents", "Joint training", 3, 8],
        ["All respondents", "Nobody said this", 0, 8],
    ]
    assert each["percent"].tolist() == [62.5, 37.5, 0.0]
    assert each["theme_id"].tolist() == ["funding", "training", "unused"]
    once = theme_table(responses(), themes(), FIELD, frame=FRAME, campaign="once", min_base=1, min_count=1)
    # the campaign counts once: base 6, funding r2 r3 c1 = 3, a tie with training kept in frame order
    assert cells(once) == [
        ["All respondents", "Joint training", 3, 6],
        ["All respondents", "Lasting funding", 3, 6],
        ["All respondents", "Nobody said this", 0, 6],
    ]


def test_counts_by_sector_and_by_stance():
    by_sector = theme_table(responses(), themes(), FIELD, by="sector", frame=FRAME, min_base=1, min_count=1)
    got = {(g, th): (c, b) for g, th, c, b in cells(by_sector)}
    assert got[("Police", "Lasting funding")] == (1, 2)
    assert got[("Police", "Joint training")] == (2, 2)
    assert got[("Health and social care", "Lasting funding")] == (1, 2)  # r3 (r4 left it blank)
    assert got[("Health and social care", "Joint training")] == (1, 2)
    assert got[("Not stated", "Lasting funding")] == (3, 4)  # r5 and the campaign
    by_stance = theme_table(responses(), themes(), FIELD, by="stance", frame=FRAME, min_base=1, min_count=1)
    got = {(g, th): (c, b) for g, th, c, b in cells(by_stance)}
    # the reasons of those who said No: r1 r2 r5 r6 c1 c2 c3
    assert got[("No", "Lasting funding")] == (4, 7)
    assert got[("No", "Joint training")] == (3, 7)
    assert got[("Yes", "Lasting funding")] == (1, 1)
    assert got[("Mixed", "Lasting funding")] == (0, 0)
    assert set(by_stance["breakdown"]) == {"stance"}


def test_other_columns_of_the_responses_change_nothing():
    r = responses()
    wide = r.assign(q14_text="Another answer.", q3_region=pd.Categorical(["North East"] * len(r)), extra=1.5)
    by_sector = theme_table(wide, themes(), FIELD, by="sector", frame=FRAME, min_base=1, min_count=1)
    assert_frame_equal(by_sector, theme_table(r, themes(), FIELD, by="sector", frame=FRAME, min_base=1, min_count=1))
    got = {(g, th): (c, b) for g, th, c, b in cells(by_sector)}
    assert got[("Police", "Joint training")] == (2, 2)  # r1 and r2 (d1 is r1's duplicate)
    assert got[("Not stated", "Lasting funding")] == (3, 4)  # r5 and the campaign
    q = theme_quotes(wide, themes(), FIELD, frame=FRAME, per_theme=3)
    assert q.groupby("theme_id")["respondent_id"].apply(list).to_dict() == {
        "funding": ["c2", "r3"],
        "training": ["r6", "r1"],
    }
    got = select_answers(wide, themes(), FIELD, stance="No", theme="funding", sector="Not stated", frame=FRAME)
    # sector not stated, No and funding: the campaign (c1 c2 c3, shown once); r5 raised no theme
    assert got.table["respondent_id"].tolist() == ["c1"] and got.table["count"].tolist() == [3]
    with pytest.raises(ValueError, match=r"responses has no column\(s\) \['q3_region'\]"):
        theme_table(r, themes(), FIELD, by="region", frame=FRAME)


def test_themes_are_placed_by_respondent_not_by_row_order():
    # the themes table in another order, with a theme for someone not in the responses: the same counts
    t = pd.concat([themes().iloc[::-1], themes().iloc[[0]].assign(respondent_id="zz")], ignore_index=True)
    got = theme_table(responses(), t, FIELD, frame=FRAME, min_base=1, min_count=1)
    assert cells(got) == cells(theme_table(responses(), themes(), FIELD, frame=FRAME, min_base=1, min_count=1))
    assert got["count"].tolist() == [5, 3, 0]  # funding r2 r3 c1 c2 c3; training r1 r2 r6 (zz is no one)
    # respondents listed twice cannot be told apart
    twice = pd.concat([responses(), responses().iloc[[0]]], ignore_index=True)
    with pytest.raises(ValueError, match="respondent ids are not unique"):
        theme_table(twice, themes(), FIELD, frame=FRAME, min_base=1, min_count=1)


def test_themes_outside_the_frame_follow_it_in_order_of_first_appearance():
    frame = {FIELD: [{"id": "unused", "name": "Nobody said this", "description": "A theme no one raised."}]}
    # each campaign once: training (r1 r2 r6) and funding (r2 r3 c1) tie at 3 of 6, so the order of
    # the themes outside the frame decides: training first appears before funding in the table
    t = theme_table(responses(), themes(), FIELD, frame=frame, campaign="once", min_base=1, min_count=1)
    assert t["theme_id"].tolist() == ["training", "funding", "unused"]
    assert t["count"].tolist() == [3, 3, 0]
    late = themes().iloc[::-1]  # funding (c3) now first appears before training (d1)
    t = theme_table(responses(), late, FIELD, frame=frame, campaign="once", min_base=1, min_count=1)
    assert t["theme_id"].tolist() == ["funding", "training", "unused"]


def test_the_support_tables_suppression_applies():
    t = theme_table(responses(), themes(), FIELD, frame=FRAME)  # shipped settings: base under 10 hides all
    assert t["suppressed"].all()
    t = theme_table(responses(), themes(), FIELD, frame=FRAME, min_base=5, min_count=4)
    # base 8: training 3 < 4 is hidden, and then funding (5), so that 3 cannot be worked out
    assert t.set_index("theme_id")["suppressed"].to_dict() == {"funding": True, "training": True, "unused": False}


def test_stance_breakdown_needs_a_field_that_explains_a_closed_answer():
    r = responses().rename(columns={FIELD: "q14_text"})
    t = themes().assign(field="q14_text")
    with pytest.raises(ValueError, match="q14_text does not explain a closed answer"):
        theme_table(r, t, "q14_text", by="stance")
    assert field_question(FIELD).id == "q9"


def test_quotes_only_from_consenting_respondents_campaign_once():
    q = theme_quotes(responses(), themes(), FIELD, frame=FRAME, per_theme=3)
    by = q.groupby("theme_id")["respondent_id"].apply(list).to_dict()
    # funding: c1 has not consented, c2 is the campaign's first consenting member (c3 then skipped as
    # the same campaign), r2 has not consented, r3 has
    assert by["funding"] == ["c2", "r3"]
    # training: r6 coded by hand (sure) first, then r1; r2 has not consented; d1 is a duplicate
    assert by["training"] == ["r6", "r1"]
    assert "unused" not in by
    row = q.set_index("respondent_id").loc["r3"]
    assert row["attribution"] == "Organisation, Health and social care"
    assert q.set_index("respondent_id").loc["c2", "attribution"] == "Individual"
    assert q.set_index("respondent_id").loc["r6", "quote"] == "Training, together."


def test_a_long_answer_is_quoted_by_the_sentence_holding_the_evidence():
    r = responses()
    long = "We have thought hard about this. " * 10 + "More joint training for staff is what would help most."
    r.loc[r["respondent_id"] == "r1", FIELD] = long
    t = themes()
    t.loc[t["respondent_id"] == "r1", "evidence"] = "More joint training for staff is what would help most."
    q = theme_quotes(r, t, FIELD, frame=FRAME, max_words=20).set_index("respondent_id")
    assert q.loc["r1", "quote"] == "More joint training for staff is what would help most."


def test_answers_behind_a_count():
    got = select_answers(responses(), themes(), FIELD, stance="No", theme="funding", frame=FRAME)
    # No + funding: r2 and the campaign (c1 c2 c3, shown once with its count)
    assert got.table["respondent_id"].tolist() == ["r2", "c1"]
    assert got.table["count"].tolist() == [1, 3]
    assert got.table.loc[0, "themes"] == "Joint training; Lasting funding"
    assert got.description.startswith(f"{FIELD}, stance No, theme Lasting funding: 4 answers")
    police = select_answers(
        responses(), themes(), FIELD, stance="No", theme="Joint training", sector="Police", frame=FRAME
    )
    assert police.table["respondent_id"].tolist() == ["r1", "r2"]  # d1, r1's duplicate, left out
    text = str(police)
    assert "More joint training for staff." in text and "Organisation | Police | stance: No" in text
    assert "<table>" in police._repr_html_() and "Joint training" in police._repr_html_()


def test_answers_filters_are_checked():
    with pytest.raises(ValueError, match=r"stance must be one of \['Yes', 'No', 'Mixed', 'Unclear'\]; got 'Nope'"):
        select_answers(responses(), themes(), FIELD, stance="Nope")
    with pytest.raises(ValueError, match=r"theme must be one of \['training', 'funding', 'unused'\]"):
        select_answers(responses(), themes(), FIELD, theme="weather", frame=FRAME)
    with pytest.raises(ValueError, match=r"sector must be one of \['Police', 'Health and social care', 'Not stated'\]"):
        select_answers(responses(), themes(), FIELD, sector="Fire")


def test_sv_answers_reads_a_processed_folder(tmp_path):
    from svanalysis.analysis.themes.frame import dump_frame
    from svanalysis.core.processed import write_themes

    for name in ("choices", "role_fte", "coding"):
        pd.DataFrame({"respondent_id": pd.Series(dtype="string")}).to_parquet(tmp_path / f"{name}.parquet")
    responses().to_parquet(tmp_path / "responses.parquet")
    write_themes(themes(), dump_frame(FRAME), tmp_path)
    got = sv.answers(FIELD, stance="No", theme="Lasting funding", sector="Police", data=tmp_path)
    assert got.table["respondent_id"].tolist() == ["r2"]
    assert got.table.loc[0, "themes"] == "Joint training; Lasting funding"  # names from the frame in the file
    assert answers(FIELD, data=tmp_path).table["respondent_id"].tolist() == ["r1", "r2", "r3", "r5", "r6", "c1"]
