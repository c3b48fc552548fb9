"""Themes as published: through the disclosure gate, honest sentences, redacted quotes, the chart.

Counts are worked out by hand on hand-built tables (no assignment engine involved).
"""

from __future__ import annotations

import pandas as pd
import pytest
from test_themes_counts import FIELD, FRAME, responses, themes

from svanalysis.analysis.themes.frame import dump_frame
from svanalysis.publish.charts import plot_themes
from svanalysis.publish.themes import (
    framed_fields,
    publishable_themes,
    theme_findings,
    themes_for_document,
    themes_published_quotes,
    themes_table,
)

LOOSE = {"suppression": {"min_base": 1, "min_count": 1}}


def big(n_a: int, n_b: int, n: int = 100) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``n`` respondents answered Q14; ``n_a`` raised theme a, ``n_b`` theme b (the first ones)."""
    ids = [f"r{i:03d}" for i in range(n)]
    r = pd.DataFrame(
        {
            "respondent_id": ids,
            "duplicate_of": None,
            "campaign_id": None,
            "q14_text": [f"Answer number {i}." for i in range(n)],
            "respondent_type": "Organisation",
            "q1_sector": pd.Categorical(["Police"] * n, categories=["Police"]),
            "consent_publish": "Yes",
        }
    )
    rows = [(i, "a") for i in ids[:n_a]] + [(i, "b") for i in ids[:n_b]]
    t = pd.DataFrame(rows, columns=["respondent_id", "theme"]).assign(
        field="q14_text", confidence=0.9, evidence="Answer number", method="model"
    )
    t.attrs["theme_frame"] = "q14_text:\n- id: a\n  name: Funding\n- id: b\n  name: Training\n"
    return r, t


def test_the_gate_reads_a_fields_themes_as_one_table():
    from svanalysis.analysis.themes.counts import theme_table

    t = theme_table(responses(), themes(), FIELD, frame=FRAME)
    g = publishable_themes(t, {"suppression": {"min_base": 5, "min_count": 4}})
    # base 8: training (3) is under 4, and funding (5) goes too, so 3 cannot be worked out from a total
    assert g.set_index("theme")["count"].to_dict() == {
        "Lasting funding": "[c]",
        "Joint training": "[c]",
        "Nobody said this": 0,
    }
    assert "theme_id" not in g.columns


def test_sentences_name_a_leader_only_when_its_interval_clears():
    r, t = big(80, 10)
    s = theme_findings(r, t, "q14_text", settings=LOOSE)
    assert s[0] == "100 respondents answered Q14 in their own words."
    assert s[1] == "The themes raised most often were Funding (80%) and Training (10%); an answer may raise several."
    assert s[2] == "Funding was raised clearly most often: its 95% interval lies above every other theme's."
    assert s[3] == "20 answers raised none of the frame's themes (or said nothing, such as 'N/A')."
    r, t = big(30, 27)
    s = theme_findings(r, t, "q14_text", settings=LOOSE)
    assert s[2] == "No single theme leads: the 95% intervals of Funding and Training overlap."


def test_sentences_withhold_what_is_too_small():
    s = theme_findings(responses(), themes(), FIELD, frame=FRAME)  # base 8 < 10: every share withheld
    assert s[0] == "8 respondents answered Q9 in their own words."
    assert s[1].startswith("The themes they raised are withheld")


def test_quotes_as_published_redact_place_names_and_carry_no_ids():
    r = responses()
    r.loc[r["respondent_id"] == "r3", FIELD] = "Westmere Police say long term money for prevention matters."
    t = themes()
    t.loc[t["respondent_id"] == "r3", "evidence"] = "long term money for prevention"
    q = themes_published_quotes(r, t, FIELD, frame=FRAME)
    assert list(q.columns) == ["theme", "quote", "attribution"]
    (quote,) = q.loc[q["quote"].str.contains("prevention"), "quote"]
    assert "Westmere" not in quote and quote.endswith("say long term money for prevention matters.")


def test_tables_for_the_spreadsheet_and_the_document():
    t = themes()
    t.attrs["theme_frame"] = dump_frame(FRAME)
    assert framed_fields(t) == [FIELD]
    table = themes_table(responses(), t)
    # Q9 explains a closed answer: a stance breakdown beside the others (these responses hold no region)
    assert list(dict.fromkeys(table["breakdown"])) == ["overall", "stance", "sector", "respondent_type"]
    overall = table[table["breakdown"] == "overall"]
    assert overall[["theme", "count", "base"]].values.tolist() == [
        ["Lasting funding", 5, 8],
        ["Joint training", 3, 8],
        ["Nobody said this", 0, 8],
    ]
    doc = themes_for_document(responses(), t)
    assert doc.values.tolist() == [
        [FIELD, "Lasting funding", 5, 8],
        [FIELD, "Joint training", 3, 8],
        [FIELD, "Nobody said this", 0, 8],
    ]
    assert themes_for_document(responses(), t.head(0)) is None


@pytest.mark.parametrize(("n_a", "n_b", "title"), [
    (80, 10, "Q14: the theme raised most often was funding (80%)"),
    (30, 27, "Q14: the themes raised most often were funding and training"),
])  # fmt: skip
def test_chart_title_respects_uncertainty(n_a, n_b, title):
    r, t = big(n_a, n_b)
    fig = plot_themes(r, t, "q14_text", settings=LOOSE)
    assert fig.title == title
    assert "Funding:" in fig.alt_text and "may raise several themes or none" in fig.alt_text
    assert fig.name == "themes_q14_text"


def test_chart_caption_says_whether_a_person_has_coded_any_answer():
    r, t = big(80, 10)  # every theme row made by the model
    assert "not yet checked against a person's codes" in plot_themes(r, t, "q14_text", settings=LOOSE).caption
    t.loc[0, "method"] = "manual"  # one answer coded by a person
    caption = plot_themes(r, t, "q14_text", settings=LOOSE).caption
    assert "coded by a person for a sample of answers" in caption and "not yet checked" not in caption


def test_chart_of_withheld_counts_is_one_sentence():
    fig = plot_themes(responses(), themes(), FIELD, frame=FRAME)
    assert fig.empty and "not shown" in fig.alt_text


def test_quality_table_for_the_data_quality_report(tmp_path):
    import json

    from svanalysis.publish.themes import theme_quality_table

    assert theme_quality_table(tmp_path).empty  # no themes assigned yet
    agreement = {"theme": "(overall, micro)", "answers": 30, "f1": 0.8123, "f1_low": 0.7, "f1_high": 0.9}
    q = {
        "fields": {
            "q14_text": {"answers": 40, "empty": 4, "with_theme": 27, "coverage": 0.75, "review_load": 6,
                         "coded_answers": 30, "agreement": [agreement]},
            "q7_text": {"answers": 8, "empty": 0, "with_theme": 6, "coverage": 0.75, "review_load": 1,
                        "coded_answers": 0, "agreement": []},
        }
    }  # fmt: skip
    (tmp_path / "themes_quality.json").write_text(json.dumps(q), encoding="utf-8")
    t = theme_quality_table(tmp_path).set_index("field")
    assert (
        t.loc["q14_text", "coverage"] == 75.0 and t.loc["q14_text", "agreement_f1"] == "0.81 (0.70 to 0.90), 30 answers"
    )
    assert t.loc["q7_text", "coverage"] == "" and t.loc["q7_text", "agreement_f1"] == "no codes yet"  # 8 < 10 answered


def four_themes(counts: list[int], n: int = 100) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``n`` respondents answered Q14; the first ``counts[k]`` of them raised the k-th of four themes."""
    r, _ = big(0, 0, n)
    ids = r["respondent_id"].tolist()
    rows = [(i, tid) for tid, c in zip("abcd", counts, strict=True) for i in ids[:c]]
    t = pd.DataFrame(rows, columns=["respondent_id", "theme"]).assign(
        field="q14_text", confidence=0.9, evidence="Answer number", method="model"
    )
    t.attrs["theme_frame"] = (
        "q14_text:\n- id: a\n  name: Funding\n- id: b\n  name: Training\n"
        "- id: c\n  name: Data sharing\n- id: d\n  name: Youth services\n"
    )
    return r, t


def test_a_theme_tied_with_the_third_is_listed_with_it():
    # 40, 30, 20 and 20 of 100: the fourth has as many as the third, so naming three would pick one by frame order
    r, t = four_themes([40, 30, 20, 20])
    s = theme_findings(r, t, "q14_text", settings=LOOSE)
    assert s[1] == (
        "The themes raised most often were Funding (40%), Training (30%), Data sharing (20%) and "
        "Youth services (20%); an answer may raise several."
    )
    # 40, 30, 20 and 10: the three largest only
    r, t = four_themes([40, 30, 20, 10])
    s = theme_findings(r, t, "q14_text", settings=LOOSE)
    assert s[1] == (
        "The themes raised most often were Funding (40%), Training (30%) and Data sharing (20%); "
        "an answer may raise several."
    )


def test_one_theme_raised_is_named_in_the_singular():
    r, t = big(50, 0)
    t.attrs["theme_frame"] = "q14_text:\n- id: a\n  name: Funding\n"  # a frame of one theme
    s = theme_findings(r, t, "q14_text", settings=LOOSE)
    assert s[1] == "The theme raised most often was Funding (50%); an answer may raise several."
