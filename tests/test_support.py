"""Support tables on tiny hand-built frames, with every number worked out by hand."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from svanalysis.analysis.support import (
    analysis_frame,
    filter_responses,
    grouped_option_comparison,
    grouped_support_patterns,
    grouped_support_table,
    ids_in,
    option_comparison,
    segment_frame,
    support_patterns,
    support_table,
    wilson,
)

STANCE = ["Yes", "No", "Mixed", "Unclear"]


def frame(rows):
    df = pd.DataFrame(rows)
    df["respondent_id"] = [f"r{i}" for i in range(len(df))]
    for c in ("duplicate_of", "campaign_id"):
        if c not in df:
            df[c] = None
    for c in ("q9_option_one", "q11_option_two", "q13_option_three"):
        if c in df:
            df[c] = pd.Categorical(df[c], categories=STANCE, ordered=True)
    if "q1_sector" in df:
        df["q1_sector"] = pd.Categorical(
            df["q1_sector"], categories=["Police", "Local government", "Other"], ordered=True
        )
    return df


def test_wilson_by_hand():
    # p = 0.5, n = 10: centre 0.5, half width 1.96*sqrt(0.025 + 0.0096)/1.3841 = 0.2634
    lo, hi = wilson(5, 10)
    assert round(lo, 4) == 0.2366 and round(hi, 4) == 0.7634
    lo, hi = wilson(0, 4)  # k = 0: lower bound 0, upper z^2/(n+z^2) = 3.8415/7.8415
    assert lo == 0.0 and round(hi, 4) == 0.4899


def test_counts_base_percent_and_zero_categories():
    r = frame({"q9_option_one": ["Yes", "Yes", "No", None, "Unclear"]})
    t = support_table(r, "q9", min_base=1, min_count=1)
    assert t["answer"].tolist() == STANCE
    assert t["count"].tolist() == [2, 1, 0, 1]
    assert t["base"].tolist() == [4, 4, 4, 4]  # the blank is not in the base
    assert t["percent"].tolist() == [50.0, 25.0, 0.0, 25.0]
    assert t.loc[0, "ci_low"] == pytest.approx(100 * wilson(2, 4)[0])


def test_duplicates_excluded_by_default():
    r = frame({"q9_option_one": ["Yes", "Yes", "No"], "duplicate_of": [None, "r0", None]})
    t = support_table(r, "q9", min_base=1, min_count=1)
    assert t.set_index("answer").loc["Yes", "count"] == 1 and t["base"].iloc[0] == 2
    t2 = support_table(r, "q9", duplicates="include", min_base=1, min_count=1)
    assert t2["base"].iloc[0] == 3


def test_campaign_counted_once():
    r = frame({"q9_option_one": ["Yes", "Yes", "Yes", "No"], "campaign_id": ["C1", "C1", "C1", None]})
    each = support_table(r, "q9", min_base=1, min_count=1).set_index("answer")
    once = support_table(r, "q9", campaign="once", min_base=1, min_count=1).set_index("answer")
    assert (each.loc["Yes", "count"], each.loc["Yes", "base"]) == (3, 4)
    assert (once.loc["Yes", "count"], once.loc["Yes", "base"]) == (1, 2)


def test_breakdown_with_all_groups_and_not_stated():
    r = frame({"q9_option_one": ["Yes", "No", "Yes", "Yes"], "q1_sector": ["Police", "Police", None, "Police"]})
    t = support_table(r, "q9", by="sector", min_base=1, min_count=1)
    assert list(dict.fromkeys(t["group"])) == ["Police", "Local government", "Other", "Not stated"]
    lg = t[t["group"] == "Local government"]
    assert lg["base"].tolist() == [0, 0, 0, 0] and lg["percent"].isna().all()
    police = t[(t["group"] == "Police")].set_index("answer")
    assert (police.loc["Yes", "count"], police.loc["Yes", "base"]) == (2, 3)


def test_small_base_suppresses_the_group():
    r = frame({"q9_option_one": ["Yes"] * 4 + ["No"] * 3})
    t = support_table(r, "q9", min_base=10, min_count=3)
    assert t["suppressed"].all()


def test_small_cell_with_secondary_suppression():
    # base 20: Yes 15, No 3, Mixed 2, Unclear 0. Mixed (2) is below 3, so suppressed; it would be
    # recoverable from the base, so the next smallest non-zero count (No, 3) is suppressed too.
    r = frame({"q9_option_one": ["Yes"] * 15 + ["No"] * 3 + ["Mixed"] * 2})
    t = support_table(r, "q9", min_base=10, min_count=3).set_index("answer")
    assert t["suppressed"].to_dict() == {"Yes": False, "No": True, "Mixed": True, "Unclear": False}


def test_single_respondent():
    r = frame({"q9_option_one": ["No"]})
    t = support_table(r, "q9", min_base=1, min_count=1).set_index("answer")
    assert t.loc["No", "percent"] == 100.0 and t.loc["No", "base"] == 1


def test_all_missing_group():
    r = frame({"q9_option_one": [None, None]})
    t = support_table(r, "q9", min_base=1, min_count=1)
    assert (t["base"] == 0).all() and t["percent"].isna().all()


def test_multi_choice_base_is_those_answering():
    r = frame({"q9_option_one": ["Yes", "No", "Yes"]})
    choices = pd.DataFrame(
        {
            "respondent_id": ["r0", "r0", "r1"],
            "question": ["q18", "q18", "q18"],
            "choice": [
                "Improved outcomes for victims",
                "Reductions in serious violent crime",
                "Improved outcomes for victims",
            ],
        }
    )
    t = support_table(r, "q18", choices=choices, min_base=1, min_count=1).set_index("answer")
    assert t.loc["Improved outcomes for victims", "count"] == 2
    assert t.loc["Improved outcomes for victims", "base"] == 2  # r2 did not answer Q18
    assert t.loc["Reductions in serious violent crime", "percent"] == 50.0
    assert t.loc["Other", "count"] == 0


def test_option_comparison_and_patterns():
    r = frame(
        {
            "q9_option_one": ["Yes", "Yes", "No", None, "No"],
            "q11_option_two": ["No", "Yes", "No", None, None],
            "q13_option_three": ["No", None, "Yes", None, "Unclear"],
        }
    )
    c = option_comparison(r, min_base=1, min_count=1)
    assert c[c["answer"] == "Yes"]["count"].tolist() == [2, 1, 1]
    p = support_patterns(r, min_base=1, min_count=1).set_index("answer")
    # r0 only One; r1 One and Two; r2 only Three; r3 answered none (not in base); r4 none of the options
    assert p["count"].to_dict() == {
        "Only Option One": 1,
        "Only Option Two": 0,
        "Only Option Three": 1,
        "More than one option": 1,
        "None of the options": 1,
    }
    assert (p["base"] == 4).all()


def test_bad_arguments_name_the_value():
    r = frame({"q9_option_one": ["Yes"]})
    with pytest.raises(ValueError, match="campaign must be one of \\['each', 'once'\\]; got 'twice'"):
        analysis_frame(r, campaign="twice")
    with pytest.raises(ValueError, match="pass the choices table"):
        support_table(r, "q18")
    with pytest.raises(ValueError, match="sector must be one of"):
        filter_responses(r, sector="Fire")


def test_analysis_frame_keeps_only_the_columns_asked_for():
    r = frame(
        {
            "q9_option_one": ["Yes", "No", "Yes", "No", "Mixed"],
            "duplicate_of": [None, None, "r0", None, None],
            "campaign_id": ["C1", "C1", None, None, "C2"],
            "q7_text": ["a", "b", "c", "d", "e"],
        }
    )
    # r2 is a duplicate; each campaign once keeps r0 (C1's first), r3 (in none) and r4 (C2's first)
    df = analysis_frame(r, campaign="once", columns=["q9_option_one", "respondent_id", "q3_region", None])
    assert df.columns.tolist() == ["q9_option_one", "respondent_id"]  # q3_region is not held: left out
    assert df["respondent_id"].tolist() == ["r0", "r3", "r4"] and df.index.tolist() == [0, 3, 4]
    assert df["q9_option_one"].tolist() == ["Yes", "No", "Mixed"]
    assert_frame_equal(df, analysis_frame(r, campaign="once")[["q9_option_one", "respondent_id"]])
    each = analysis_frame(r, columns=["campaign_id", "respondent_id"])
    assert each.columns.tolist() == ["campaign_id", "respondent_id"]
    assert each["respondent_id"].tolist() == ["r0", "r1", "r3", "r4"]
    assert analysis_frame(r, duplicates="include", columns=[]).index.tolist() == [0, 1, 2, 3, 4]


def test_tables_read_from_the_narrowed_frame_ignore_other_columns():
    rows = {
        "q9_option_one": ["Yes", "Yes", "No", None],
        "q11_option_two": ["No", "Yes", None, None],
        "q13_option_three": [None, "No", "No", None],
        "q1_sector": ["Police", "Other", "Police", "Police"],
        "duplicate_of": [None, None, None, "r0"],
    }
    r = frame(rows)
    wide = r.assign(**{f"q{k}_text": pd.array(["x"] * 4, dtype="string") for k in range(40)})
    t = support_table(wide, "q9", by="sector", min_base=1, min_count=1)
    assert_frame_equal(t, support_table(r, "q9", by="sector", min_base=1, min_count=1))
    police = t[t["group"] == "Police"].set_index("answer")
    assert (police.loc["Yes", "count"], police.loc["No", "count"], police.loc["Yes", "base"]) == (1, 1, 2)
    p = support_patterns(wide, by="sector", min_base=1, min_count=1)
    assert_frame_equal(p, support_patterns(r, by="sector", min_base=1, min_count=1))
    # r0 only One (Police), r1 One and Two (Other), r2 none of the three (Police); r3 a duplicate
    got = p[p["count"] > 0][["group", "answer", "count", "base"]].values.tolist()
    assert got == [
        ["Police", "Only Option One", 1, 2],
        ["Police", "None of the options", 1, 2],
        ["Other", "More than one option", 1, 1],
    ]
    with pytest.raises(ValueError, match=r"responses has no column\(s\) \['q3_region'\]"):
        support_patterns(wide, by="region")


def test_example_support_counts_equal_an_independent_count(example_processed):
    r = pd.read_parquet(example_processed / "responses.parquet")
    kept = r[r["duplicate_of"].isna()]
    t = support_table(r, "q11", by="region", min_base=1, min_count=1)
    for (group, answer), row in t.set_index(["group", "answer"]).iterrows():
        sub = (
            kept
            if group == "Not stated" and False
            else kept[kept["q3_region"].astype("object") == group]
            if group != "Not stated"
            else kept[kept["q3_region"].isna()]
        )
        base = int(sub["q11_option_two"].notna().sum())
        count = int((sub["q11_option_two"].astype("object") == answer).sum())
        assert (row["count"], row["base"]) == (count, base)
        if base:
            assert math.isclose(row["percent"], 100 * count / base)
    assert not np.isnan(t["percent"]).all()


@pytest.mark.parametrize("dtype", ["str", object])
def test_ids_in_matches_membership_and_never_matches_a_missing_id(dtype):
    ids = pd.Series(["R1", None, "R3", "R1", "R9"], dtype=dtype)
    assert ids_in(ids, pd.Index(["R1", "R3", "R4"])).tolist() == [True, False, True, True, False]
    assert ids_in(ids, ["R9"]).tolist() == [False, False, False, False, True]
    assert ids_in(ids, pd.Series([], dtype="str")).tolist() == [False] * 5
    assert ids_in(ids.iloc[:0], ["R1"]).tolist() == []


# ---------------------------------------------------------------------------- by segment, in one pass
def segments_frame(spec):
    """Seven responses: three from Police, two from Local government, one duplicate, one of no sector."""
    r = frame(
        {
            "q9_option_one": ["Yes", "Yes", "No", "Yes", None, "Mixed", "Yes"],
            "q11_option_two": ["Yes", None, "No", "No", None, "Yes", "Yes"],
            "q13_option_three": ["No", None, "Yes", None, None, None, None],
            "campaign_id": ["c1", "c1", None, "c1", None, None, None],
            "duplicate_of": [None, None, None, None, None, "r2", None],
            "respondent_type": [
                "Organisation",
                "Individual",
                "Individual",
                "Individual",
                None,
                "Individual",
                "Individual",
            ],
        }
    )
    sectors = ["Police", "Police", "Police", "Local government", "Local government", "Police", None]
    r["q1_sector"] = pd.Categorical(sectors, categories=spec.sectors, ordered=True)
    regions = ["London", None, "Wales", "London", "London", "Wales", "London"]
    r["q3_region"] = pd.Categorical(regions, categories=spec.regions, ordered=True)
    return r


def test_segment_frame_counts_each_campaign_once_within_its_segment(spec):
    r = segments_frame(spec)
    df, codes, labels = segment_frame(r, "sector", campaign="once")
    # r5 is a duplicate, r6 of no sector; r1 is c1's second response in Police, but r3 is c1's
    # first in Local government (counting c1 once over all responses would leave r3 out)
    assert df["respondent_id"].tolist() == ["r0", "r2", "r3", "r4"]
    assert [labels[k] for k in codes] == ["Police", "Police", "Local government", "Local government"]
    assert labels == spec.sectors
    narrow, narrow_codes, _ = segment_frame(
        r, "sector", campaign="once", columns=["respondent_id", "not_a_column", None]
    )
    assert narrow.columns.tolist() == ["respondent_id"] and narrow_codes.tolist() == codes.tolist()
    assert_frame_equal(narrow, df[["respondent_id"]])
    for k, label in enumerate(labels):
        one = analysis_frame(filter_responses(r, sector=label), campaign="once", columns=["respondent_id"])
        assert_frame_equal(narrow[narrow_codes == k], one)


def test_grouped_support_table_by_hand(spec):
    g = grouped_support_table(segments_frame(spec), "q9", "sector", min_base=1, min_count=1)
    assert list(g) == spec.sectors
    police = g["Police"].set_index("answer")
    # Police: r0 Yes, r1 Yes, r2 No (r5, a duplicate, left out)
    assert police["count"].to_dict() == {"Yes": 2, "No": 1, "Mixed": 0, "Unclear": 0}
    assert (police["base"] == 3).all() and police.loc["Yes", "percent"] == pytest.approx(200 / 3)
    local = g["Local government"].set_index("answer")
    assert local["count"].to_dict() == {"Yes": 1, "No": 0, "Mixed": 0, "Unclear": 0}
    assert (local["base"] == 1).all()  # r4 did not answer
    health = g["Health and social care"]  # nobody: every count 0, no base, no percentage
    assert (health["count"] == 0).all() and (health["base"] == 0).all() and health["percent"].isna().all()
    once = grouped_support_table(segments_frame(spec), "q9", "sector", campaign="once", min_base=1, min_count=1)
    assert once["Police"].set_index("answer")["count"].to_dict() == {"Yes": 1, "No": 1, "Mixed": 0, "Unclear": 0}
    assert once["Local government"].set_index("answer")["count"].to_dict() == {
        "Yes": 1,
        "No": 0,
        "Mixed": 0,
        "Unclear": 0,
    }


def test_grouped_breakdowns_show_the_groups_each_slice_shows(spec):
    r = segments_frame(spec)
    by_region = grouped_support_table(r, "q9", "sector", by="region", min_base=1, min_count=1)
    # Police has a response without a region (r1), so its table has a "Not stated" group; Local
    # government has none; every region is shown (a categorical column), in the questionnaire's order
    assert list(dict.fromkeys(by_region["Police"]["group"])) == [*spec.regions, "Not stated"]
    assert list(dict.fromkeys(by_region["Local government"]["group"])) == spec.regions
    police = by_region["Police"].set_index(["group", "answer"])
    assert police.loc[("London", "Yes"), "count"] == 1 and police.loc[("Not stated", "Yes"), "count"] == 1
    assert police.loc[("Wales", "No"), "count"] == 1 and police.loc[("Wales", "No"), "base"] == 1
    # a column that is not categorical: each segment shows the values it holds, sorted
    by_type = grouped_support_table(r, "q9", "sector", by="respondent_type", min_base=1, min_count=1)
    assert list(dict.fromkeys(by_type["Police"]["group"])) == ["Individual", "Organisation"]
    assert list(dict.fromkeys(by_type["Local government"]["group"])) == ["Individual", "Not stated"]
    assert by_type["Health and social care"].empty


def test_grouped_multi_choice_by_hand(spec):
    r = segments_frame(spec)
    choices = pd.DataFrame(
        {
            "respondent_id": ["r0", "r0", "r2", "r3", "r5"],
            "question": ["q18"] * 5,
            "choice": [
                "Improved outcomes for victims",
                "Reductions in serious violent crime",
                "Improved outcomes for victims",
                "Improved outcomes for victims",
                "Improved outcomes for victims",
            ],
        }
    )
    g = grouped_support_table(r, "q18", "sector", choices=choices, min_base=1, min_count=1)
    police = g["Police"].set_index("answer")
    # Police: r0 chose two, r2 one, r1 none (not in the base); r5's choice is a duplicate's
    assert police.loc["Improved outcomes for victims", "count"] == 2
    assert (police["base"] == 2).all()
    assert police.loc["Reductions in serious violent crime", "percent"] == 50.0
    local = g["Local government"].set_index("answer")
    assert local.loc["Improved outcomes for victims", "count"] == 1 and (local["base"] == 1).all()


def test_grouped_options_and_patterns_by_hand(spec):
    r = segments_frame(spec)
    c = grouped_option_comparison(r, "sector", min_base=1, min_count=1)["Police"]
    # Police (r0, r1, r2): Yes to One from r0 and r1, to Two from r0, to Three from r2
    assert c[c["answer"] == "Yes"]["count"].tolist() == [2, 1, 1]
    assert c[c["answer"] == "Yes"]["base"].tolist() == [3, 2, 2]
    p = grouped_support_patterns(r, "sector", min_base=1, min_count=1)
    # r0 Yes to One and Two; r1 only One; r2 only Three
    assert p["Police"].set_index("answer")["count"].to_dict() == {
        "Only Option One": 1,
        "Only Option Two": 0,
        "Only Option Three": 1,
        "More than one option": 1,
        "None of the options": 0,
    }
    # Local government: r3 Yes to One only, r4 answered none of the three (not in the base)
    local = p["Local government"].set_index("answer")
    assert local.loc["Only Option One", "count"] == 1 and (local["base"] == 1).all()


@pytest.mark.parametrize("segment", ["sector", "region"])
@pytest.mark.parametrize("campaign", ["each", "once"])
def test_grouped_tables_equal_the_slices_of_a_hand_frame(spec, segment, campaign):
    r = segments_frame(spec)
    for by in (None, "region", "respondent_type"):
        grouped = grouped_support_table(r, "q9", segment, by=by, campaign=campaign)
        for label, t in grouped.items():
            one = filter_responses(r, **{segment: label})
            assert_frame_equal(t, support_table(one, "q9", by=by, campaign=campaign))
        for label, t in grouped_option_comparison(r, segment, by=by, campaign=campaign).items():
            one = filter_responses(r, **{segment: label})
            assert_frame_equal(t, option_comparison(one, by=by, campaign=campaign))
        for label, t in grouped_support_patterns(r, segment, by=by, campaign=campaign).items():
            one = filter_responses(r, **{segment: label})
            assert_frame_equal(t, support_patterns(one, by=by, campaign=campaign))


def test_grouped_bad_segment_names_the_value(spec):
    with pytest.raises(ValueError, match="segment must be one of \\['sector', 'region'\\]; got 'channel'"):
        grouped_support_table(segments_frame(spec), "q9", "channel")
