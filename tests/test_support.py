"""Support tables on tiny hand-built frames, with every number worked out by hand."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from svanalysis.analysis.support import (
    analysis_frame,
    filter_responses,
    ids_in,
    option_comparison,
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
