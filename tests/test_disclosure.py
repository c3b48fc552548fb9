"""The disclosure gate, on tiny hand-built tables whose publishable form is worked out by hand."""

from __future__ import annotations

import pandas as pd
import pytest

from svanalysis.core.disclosure import (
    CONFIDENTIAL as C,
)
from svanalysis.core.disclosure import (
    NOT_APPLICABLE as Z,
)
from svanalysis.core.disclosure import (
    NOT_AVAILABLE as X,
)
from svanalysis.core.disclosure import (
    all_withheld,
    disclosure_rules,
    publishable,
    redact_places,
    round_money,
    symbols_used,
)

NO_MERGE = {"suppression": {"merge": []}}


def shares(rows, base_by_group=None):
    """rows: (group, answer, count); the base of a group is the sum of its counts unless given."""
    df = pd.DataFrame(rows, columns=["group", "answer", "count"])
    df.insert(0, "question", "q9")
    df.insert(0, "breakdown", "sector")
    bases = base_by_group or df.groupby("group", sort=False)["count"].sum().to_dict()
    df["base"] = df["group"].map(bases)
    df["percent"] = 100 * df["count"] / df["base"]
    df["ci_low"] = 0.0
    df["ci_high"] = 100.0
    df["suppressed"] = False  # a flag the gate must not trust
    return df


def cells(table, col="count"):
    return {(r["group"], r["answer"]): r[col] for _, r in table.iterrows()}


def test_a_small_mixed_count_is_merged_with_unclear_instead_of_hiding_yes():
    # Yes 15, No 5, Mixed 2, Unclear 3 (base 25): Mixed alone would be [c] and the next smallest
    # (Unclear 3) with it; together they are 5, so everything can be shown.
    t = shares([("All", "Yes", 15), ("All", "No", 5), ("All", "Mixed", 2), ("All", "Unclear", 3)])
    g = publishable(t)
    assert g["answer"].tolist() == ["Yes", "No", "Mixed or unclear"]
    assert g["count"].tolist() == [15, 5, 5]
    assert g["percent"].tolist() == [60.0, 20.0, 20.0]
    assert g["note"].tolist() == ["", "", "Mixed and Unclear are shown together so that no small count is shown"]
    assert "suppressed" not in g.columns


def test_merging_within_a_breakdown_merges_every_group_at_its_first_row():
    # Police: Mixed 2 is small, so Mixed and Unclear are merged in every group (one table, one set
    # of categories): Police 2 + 4 = 6 of 30 (20.0%), Wales 5 + 5 = 10 of 40 (25.0%). Each merged
    # row takes the place of the group's Mixed row; the groups keep their order.
    t = shares(
        [
            ("Police", "Yes", 20),
            ("Police", "Mixed", 2),
            ("Police", "No", 4),
            ("Police", "Unclear", 4),
            ("Wales", "Yes", 20),
            ("Wales", "Mixed", 5),
            ("Wales", "Unclear", 5),
            ("Wales", "No", 10),
        ]
    )
    g = publishable(t)
    assert list(zip(g["group"], g["answer"], g["count"], g["percent"], strict=True)) == [
        ("Police", "Yes", 20, 66.7),
        ("Police", "Mixed or unclear", 6, 20.0),
        ("Police", "No", 4, 13.3),
        ("Wales", "Yes", 20, 50.0),
        ("Wales", "Mixed or unclear", 10, 25.0),
        ("Wales", "No", 10, 25.0),
    ]


def test_when_the_merged_count_is_still_small_the_next_smallest_is_hidden_not_yes():
    # Yes 15, No 8, Mixed 1, Unclear 1: merged 2 is still under 3 -> [c]; it could be worked out
    # from the base, so the next smallest count (No 8) is hidden too. Yes (15 of 25) stays.
    t = shares([("All", "Yes", 15), ("All", "No", 8), ("All", "Mixed", 1), ("All", "Unclear", 1)])
    g = publishable(t).set_index("answer")
    assert g.loc["Yes", "count"] == 15 and g.loc["Yes", "percent"] == 60.0
    assert g.loc["No", "count"] == C and g.loc["No", "percent"] == C
    assert g.loc["Mixed or unclear", "count"] == C


def test_without_merging_the_small_cell_and_the_next_smallest_are_hidden():
    # base 20: Yes 15, No 3, Mixed 2, Unclear 0 -> Mixed [c], and No (next smallest non-zero) [c]
    t = shares([("All", "Yes", 15), ("All", "No", 3), ("All", "Mixed", 2), ("All", "Unclear", 0)])
    g = publishable(t, NO_MERGE).set_index("answer")
    assert g["count"].to_dict() == {"Yes": 15, "No": C, "Mixed": C, "Unclear": 0}


def test_secondary_suppression_across_the_groups_of_a_breakdown():
    # Police 10/10, Local government 2/18, Health 9/11 (bases 20). LG Yes (2) is hidden, so LG No
    # too (row). The Yes column now hides one cell, recoverable from the overall Yes: the smallest
    # other Yes (Health 9) is hidden; the No column likewise, preferring Health (already partly
    # hidden) to Police. Health's row then hides both. Police is shown whole.
    t = shares(
        [
            ("Police", "Yes", 10),
            ("Police", "No", 10),
            ("Local government", "Yes", 2),
            ("Local government", "No", 18),
            ("Health", "Yes", 9),
            ("Health", "No", 11),
        ]
    )
    g = cells(publishable(t, NO_MERGE))
    assert g == {
        ("Police", "Yes"): 10,
        ("Police", "No"): 10,
        ("Local government", "Yes"): C,
        ("Local government", "No"): C,
        ("Health", "Yes"): C,
        ("Health", "No"): C,
    }


def test_a_small_group_hides_its_base_and_takes_a_second_group_with_it():
    # A: base 2 (Yes 2) -> every cell and the base [c]; B (15/15) and C (6/6). The Yes and No
    # columns each hide A's cell, so the smallest other (C, 6) is hidden, and C's base with A's.
    t = shares([("A", "Yes", 2), ("A", "No", 0), ("B", "Yes", 15), ("B", "No", 15), ("C", "Yes", 6), ("C", "No", 6)])
    g = publishable(t, NO_MERGE)
    assert cells(g) == {
        ("A", "Yes"): C,
        ("A", "No"): C,
        ("B", "Yes"): 15,
        ("B", "No"): 15,
        ("C", "Yes"): C,
        ("C", "No"): C,
    }
    assert cells(g, "base") == {k: (30 if k[0] == "B" else C) for k in cells(g)}


def test_a_base_under_min_base_hides_the_group_but_shows_its_base():
    t = shares([("All", "Yes", 5), ("All", "No", 4)])
    g = publishable(t, NO_MERGE)
    assert g["count"].tolist() == [C, C] and g["percent"].tolist() == [C, C] and g["base"].tolist() == [9, 9]


def test_nobody_answering_is_not_available_not_confidential():
    t = shares([("All", "Yes", 0), ("All", "No", 0)], base_by_group={"All": 0})
    t["percent"] = float("nan")
    g = publishable(t)
    assert g["count"].tolist() == [0, 0] and g["percent"].tolist() == [X, X]


def test_percentages_are_rounded_to_one_decimal_place():
    t = shares([("All", "Yes", 10), ("All", "No", 20)])
    assert publishable(t)["percent"].tolist() == [33.3, 66.7]


def summary(rows):
    cols = ["breakdown", "group", "measure", "n", "median", "q1", "q3", "mean", "total", "ci_low", "ci_high"]
    df = pd.DataFrame(rows, columns=cols)
    df["n_excluded_implausible"] = pd.array([1 if b == "overall" else None for b in df["breakdown"]], dtype="Int64")
    return df


def test_statistics_need_enough_respondents_and_sums_of_groups_are_protected():
    rows = [
        ("overall", "All respondents", "fte", 12, 2.5, 1.25, 4.0, 3.0, 36.0, 1.5, 3.5),
        ("sector", "Police", "fte", 4, 2.0, 1.0, 3.0, 2.5, 10.0, 1.0, 3.0),
        ("sector", "Local government", "fte", 8, 3.0, 1.5, 4.5, 3.25, 26.0, 2.0, 4.0),
    ]
    g = publishable(summary(rows)).set_index("group")
    # overall: 12 figures, everything shown; one implausible figure excluded is a small count
    assert g.loc["All respondents", ["n", "median", "q1", "q3", "mean", "total"]].tolist() == [
        12,
        2.5,
        1.25,
        4.0,
        3.0,
        36.0,
    ]
    assert g.loc["All respondents", "n_excluded_implausible"] == C
    # Police, 4 figures: no statistic at all
    assert g.loc["Police", ["n", "median", "q1", "q3", "mean", "total", "ci_low"]].tolist() == [4, C, C, C, C, C, C]
    # Local government, 8 figures: a median but no quartiles (under 10); its sum and mean would
    # give Police's away (overall sum minus Local government's), so they are hidden too
    assert g.loc["Local government", ["median", "q1", "q3", "mean", "total"]].tolist() == [3.0, C, C, C, C]
    # the implausible count applies to the overall row only
    assert g.loc["Police", "n_excluded_implausible"] == Z


def test_money_is_rounded_to_three_significant_figures_and_no_figures_is_not_available():
    rows = [
        (
            "overall",
            "All respondents",
            "other_costs_gbp",
            40,
            113145.0,
            20543.0,
            250049.0,
            93005.4,
            3720216.0,
            90000.0,
            140000.0,
        ),
        ("overall", "All respondents", "fte", 0, None, None, None, None, 0.0, None, None),
    ]
    g = publishable(summary(rows))
    assert g.iloc[0][["median", "q1", "q3", "mean", "total"]].tolist() == [
        113000.0,
        20500.0,
        250000.0,
        93000.0,
        3720000.0,
    ]
    assert g.iloc[1][["n", "median", "total"]].tolist() == [0, X, X]


def test_money_by_flag_for_a_table_without_measure():
    t = pd.DataFrame({"option": [1], "n": [20], "median": [12345.6], "mean": [23456.7]})
    assert publishable(t, money=True).iloc[0].tolist() == [1, 20, 12300.0, 23500.0]


def test_small_respondent_numbers_are_hidden_with_a_second_group():
    rows = [
        ("sector", "Police", "fte", 2, 1.0, None, None, 1.0, 2.0, None, None),
        ("sector", "Health", "fte", 7, 2.0, None, None, 2.0, 14.0, None, None),
        ("sector", "Other", "fte", 30, 3.0, 2.0, 4.0, 3.0, 90.0, 2.5, 3.5),
    ]
    g = publishable(summary(rows)).set_index("group")
    assert g["n"].to_dict() == {"Police": C, "Health": C, "Other": 30}


def test_plain_counts_with_secondary_suppression():
    t = pd.DataFrame({"channel": ["online", "word_form", "letter"], "responses": [398, 6, 2]})
    g = publishable(t, count_columns=["responses"])
    assert g["responses"].tolist() == [398, C, C]


def test_the_gate_refuses_a_table_it_cannot_read():
    with pytest.raises(ValueError, match=r"publishable: cannot tell how to gate a table with columns \['a', 'b'\]"):
        publishable(pd.DataFrame({"a": [1], "b": [2]}))


def test_bad_rules_are_refused_with_the_setting_named():
    # the settings schema (svanalysis.core.settings) refuses a value of the wrong type before the gate sees it
    with pytest.raises(ValueError, match=r"suppression.min_count must be a valid integer; got 'three'"):
        disclosure_rules({"suppression": {"min_count": "three"}})
    with pytest.raises(ValueError, match=r"suppression.merge: each set needs at least two labels; got \['Mixed'\]"):
        disclosure_rules({"suppression": {"merge": [["Mixed"]]}})


def test_settings_change_the_thresholds():
    t = shares([("All", "Yes", 15), ("All", "No", 4)])
    assert publishable(t)["count"].tolist() == [15, 4]
    assert publishable(t, {"suppression": {"min_count": 5}})["count"].tolist() == [C, C]


def test_helpers():
    assert round_money(113145.0) == 113000.0 and round_money(999.5) == 1000.0 and round_money(-2345.0) == -2350.0
    t = pd.DataFrame({"answer": ["Yes"], "count": [C], "base": [4]})
    assert all_withheld(t, ["count"]) and not all_withheld(t, ["count", "base"])
    assert symbols_used(t, pd.DataFrame({"x": [Z]})) == [C, Z]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Westmere Police would lead.", "[organisation] would lead."),
        ("We are Kelby Metropolitan Borough Council.", "We are [organisation]."),
        (
            "As the Office of the Police and Crime Commissioner for Thornbury Vale, we agree.",
            "As the [organisation], we agree.",
        ),
        ("HMP Dunmoor already works with us.", "[organisation] already works with us."),
        ("In Lancashire and in Croydon the duty would help.", "In [place] and in [place] the duty would help."),
        (
            "Based on what we see in Ravensby, Option One is right.",
            "Based on what we see in [place], Option One is right.",
        ),
        ("Our Police and our Council already work together.", "Our Police and our Council already work together."),
        ("Support in London and the West Midlands is strong.", "Support in London and the West Midlands is strong."),
        ("The Community Safety Partnership in April agreed.", "The Community Safety Partnership in April agreed."),
        ("Staff at our Millbrook base raised this.", "Staff at our [place] base raised this."),
        ("From the Wendlow partnership's point of view, yes.", "From the [place] partnership's point of view, yes."),
        (
            "Rural areas, Yarrowdale included. In Upperby and beyond, too.",
            "Rural areas, [place] included. In [place] and beyond, too.",
        ),
        (
            "We fear another Prevent-style duty; the Government's preferred option.",
            "We fear another Prevent-style duty; the Government's preferred option.",
        ),
        ("Our partnership agrees with Option Three.", "Our partnership agrees with Option Three."),
    ],
)
def test_place_names_that_identify_a_force_or_council_are_redacted(text, expected):
    assert redact_places(text) == expected


def test_place_names_from_the_settings_are_redacted():
    s = {"suppression": {"place_names": ["Little Snoring"]}}
    assert redact_places("Little Snoring needs this.", s) == "[place] needs this."
    assert redact_places(None) is None


def test_secondary_suppression_hides_no_rather_than_the_yes_share():
    # Yes 4, No 20, Mixed 1, Unclear 1 (base 26): merged 2 is hidden; the next smallest is Yes (4),
    # but No (20) is hidden instead so the Yes share stays.
    t = shares([("All", "Yes", 4), ("All", "No", 20), ("All", "Mixed", 1), ("All", "Unclear", 1)])
    g = publishable(t).set_index("answer")
    assert g["count"].to_dict() == {"Yes": 4, "No": C, "Mixed or unclear": C}


def test_a_statistic_goes_with_its_respondent_number_when_that_is_hidden_to_protect_another():
    """Group B's 12 respondents are hidden so that A's 2 cannot be worked out; B's median and
    quartiles (from 12, enough on their own) must go too, since a statistic is shown only beside
    the number it comes from. (Found by the publication scan on a small build; failed before.)"""
    t = pd.DataFrame(
        {
            "measure": "fte",
            "breakdown": "sector",
            "group": ["A", "B", "C"],
            "n": [2, 12, 30],
            "median": [1.0, 3.0, 2.0],
            "q1": [0.5, 2.0, 1.0],
            "q3": [1.5, 4.0, 3.0],
        }
    )
    g = publishable(t).set_index("group")
    assert g.loc["A", ["n", "median", "q1", "q3"]].tolist() == ["[c]"] * 4
    assert g.loc["B", ["n", "median", "q1", "q3"]].tolist() == ["[c]"] * 4
    assert g.loc["C", ["n", "median", "q1", "q3"]].tolist() == [30, 2.0, 1.0, 3.0]


# ---------------------------------------------------------------------------- merging, vectorised
def _merge_by_rows(fam, answer, group, rules):
    """The gate's merge as it was written before it was vectorised (row by row, ``iterrows``): the
    reference the vectorised one must match frame for frame."""
    import math

    import numpy as np

    from svanalysis.core.stats import wilson

    done = []
    for mset in rules.merge:
        answers = fam[answer].astype(str)
        present = [a for a in mset if a in set(answers)]
        if len(present) < 2:
            continue
        inside_all = answers.isin(present).to_numpy(dtype=bool)
        small = (fam["count"] > 0) & (fam["count"] < rules.min_count) & (fam["base"] >= rules.min_base)
        if not (small.to_numpy(dtype=bool) & inside_all).any():
            continue
        label = present[0] + "".join(
            (" or " if i == len(present) - 1 else ", ") + x.lower() for i, x in enumerate(present[1:], 1)
        )
        every = [r for _, r in fam.iterrows()]
        counts = fam["count"]
        if group is None:
            members = [np.ones(len(fam), dtype=bool)]
        else:
            members = [(fam[group] == g).to_numpy(dtype=bool) for g in dict.fromkeys(fam[group])]
        rows = []
        for member in members:
            inside = member & inside_all
            first = every[int(np.flatnonzero(inside)[0])].copy()
            first[answer] = label
            first["count"] = int(counts[inside].sum())
            base = float(first["base"])
            first["percent"] = 100 * first["count"] / base if base else math.nan
            lo, hi = wilson(first["count"], base)
            first["ci_low"], first["ci_high"] = 100 * lo, 100 * hi
            placed = False
            for k in np.flatnonzero(member):
                if inside_all[k]:
                    if not placed:
                        rows.append(first)
                        placed = True
                    continue
                rows.append(every[k])
        fam = pd.DataFrame(rows).reset_index(drop=True)
        done.append(tuple(present))
    return fam, done


def _family(rows, with_shares=True):
    """rows: (group, answer, count, base)."""
    df = pd.DataFrame(rows, columns=["group", "answer", "count", "base"])
    df.insert(0, "question", "q9")
    if with_shares:
        df["percent"] = 100 * df["count"] / df["base"]
        df["ci_low"] = 1.5
        df["ci_high"] = 98.5
    return df


MERGE_FAMILIES = {
    # one group: Mixed 2 (small) and Unclear 3 become one row at Mixed's place
    "one group": [("All", "Yes", 15, 25), ("All", "No", 5, 25), ("All", "Mixed", 2, 25), ("All", "Unclear", 3, 25)],
    # groups interleaved: rows come out group by group, in order of first appearance
    "interleaved": [
        ("B", "Unclear", 4, 30),
        ("A", "Yes", 20, 40),
        ("B", "Mixed", 1, 30),
        ("A", "Mixed", 10, 40),
        ("B", "Yes", 25, 30),
        ("A", "Unclear", 10, 40),
    ],
    # ties: equal counts everywhere; and a merged total that is still small (to be hidden)
    "ties": [("A", "Yes", 1, 12), ("A", "Mixed", 1, 12), ("A", "Unclear", 1, 12), ("A", "No", 9, 12)],
    # a zero base: the merged share is not a number
    "zero base": [("A", "Mixed", 2, 20), ("A", "Unclear", 0, 20), ("Z", "Mixed", 0, 0), ("Z", "Unclear", 0, 0)],
}


@pytest.mark.parametrize("name", sorted(MERGE_FAMILIES))
@pytest.mark.parametrize("with_shares", [True, False])
def test_the_vectorised_merge_makes_the_frame_the_row_by_row_merge_made(name, with_shares):
    from svanalysis.core.disclosure import _merge_family

    rules = disclosure_rules()
    fam = _family(MERGE_FAMILIES[name], with_shares)
    got, merged = _merge_family(fam, "answer", "group", rules)
    want, merged_before = _merge_by_rows(fam, "answer", "group", rules)
    pd.testing.assert_frame_equal(got, want, check_exact=True)
    assert merged == merged_before == [("Mixed", "Unclear")]
    one, _ = _merge_family(fam[fam["group"] == fam["group"].iloc[0]].reset_index(drop=True), "answer", None, rules)
    ref, _ = _merge_by_rows(fam[fam["group"] == fam["group"].iloc[0]].reset_index(drop=True), "answer", None, rules)
    pd.testing.assert_frame_equal(one, ref, check_exact=True)


def test_the_merge_worked_by_hand_on_interleaved_groups():
    # B: Unclear 4 + Mixed 1 = 5 of 30 (16.7%), at Unclear's place (B's first merged row); A: Mixed 10
    # + Unclear 10 = 20 of 40 (50%). B comes first (its row came first); each group's other rows
    # keep their order.
    from svanalysis.core.disclosure import _merge_family

    got, _ = _merge_family(_family(MERGE_FAMILIES["interleaved"]), "answer", "group", disclosure_rules())
    assert list(zip(got["group"], got["answer"], got["count"], got["base"], strict=True)) == [
        ("B", "Mixed or unclear", 5, 30),
        ("B", "Yes", 25, 30),
        ("A", "Yes", 20, 40),
        ("A", "Mixed or unclear", 20, 40),
    ]
    assert got["percent"].round(4).tolist() == [round(500 / 30, 4), round(2500 / 30, 4), 50.0, 50.0]
    assert got["ci_low"].iloc[1] == 1.5  # rows not merged keep their values


def test_a_group_without_the_merged_answers_keeps_its_rows():
    # (the row-by-row merge failed with an IndexError on such a family)
    from svanalysis.core.disclosure import _merge_family

    fam = _family([("A", "Mixed", 2, 20), ("A", "Unclear", 5, 20), ("A", "Yes", 13, 20), ("B", "Yes", 20, 20)])
    got, _ = _merge_family(fam, "answer", "group", disclosure_rules())
    assert list(zip(got["group"], got["answer"], got["count"], strict=True)) == [
        ("A", "Mixed or unclear", 7),
        ("A", "Yes", 13),
        ("B", "Yes", 20),
    ]


# ---------------------------------------------------------------------------- the gate's memo
def test_the_same_table_gated_twice_gives_equal_frames_that_share_nothing():
    t = shares([("All", "Yes", 15), ("All", "No", 5), ("All", "Mixed", 2), ("All", "Unclear", 3)])
    first = publishable(t)
    first.loc[0, "count"] = 999  # a caller changing its copy changes nobody else's
    again = publishable(t.copy())
    assert again is not first
    assert again["count"].tolist() == [15, 5, 5]
    assert again["note"].tolist()[-1].startswith("Mixed and Unclear")


def test_the_memo_tells_tables_rules_and_arguments_apart():
    t = shares([("All", "Yes", 15), ("All", "No", 4)])
    assert publishable(t)["count"].tolist() == [15, 4]
    # the same table under other rules, and a table differing in one count
    assert publishable(t, {"suppression": {"min_count": 5}})["count"].tolist() == [C, C]
    t2 = t.copy()
    t2.loc[1, "count"] = 2
    assert publishable(t2)["count"].tolist() == [C, C]
    # plain counts: a channel of 2 is hidden with the next smallest (30), a channel of 4 is shown
    c = pd.DataFrame({"channel": ["online", "paper", "email"], "n": [40, 30, 4]})
    assert publishable(c, count_columns=["n"])["n"].tolist() == [40, 30, 4]
    c2 = c.copy()
    c2.loc[2, "n"] = 2
    assert publishable(c2, count_columns=["n"])["n"].tolist() == [40, C, C]
    # money given as a generator is read once, and asked again gives the same answer
    s = pd.DataFrame({"measure": ["cost"], "n": [12], "median": [113145.0]})
    assert publishable(s, money=(m for m in ["cost"]))["median"].tolist() == [113000.0]
    assert publishable(s, money=(m for m in ["cost"]))["median"].tolist() == [113000.0]
    assert publishable(s)["median"].tolist() == [113145.0]


# Found in the QA of 8 December: small counts the gate hid could be worked out from the totals it published. A reader
# knows each line's total (a group's base, an answer's overall count), that zeros are printed as 0 (so a [c] in a group
# whose figures are shown is at least 1), and can combine rows and columns.


def _hidden(out, group, answer):
    return out[(out["group"] == group) & (out["answer"] == answer)]["count"].iloc[0] == C


def test_two_small_counts_that_add_up_to_the_rest_of_a_base_are_hidden_with_a_third():
    # by hand: A has Yes 25, No 1, Mixed 1 of 27. Hiding No and Mixed alone leaves 27 - 25 = 2 for the two, each at
    # least 1, so each is 1: Yes must be hidden too. B (Yes 20, No 5, Mixed 5) then has its column partners hidden:
    # with A's Yes hidden, the Yes column (45) gives it back unless one of B's is hidden as well, and so on until no
    # hidden count can be pinned below 3.
    df = shares(
        [("A", "Yes", 25), ("A", "No", 1), ("A", "Mixed", 1), ("B", "Yes", 20), ("B", "No", 5), ("B", "Mixed", 5)]
    )
    out = publishable(df, NO_MERGE)
    assert all(_hidden(out, "A", a) for a in ("Yes", "No", "Mixed"))
    assert all(_hidden(out, "B", a) for a in ("Yes", "No", "Mixed"))  # (worked through in _exposed's doctest)
    assert out["base"].tolist() == [27] * 3 + [30] * 3  # the bases are not small: shown


def test_an_answer_whose_every_count_is_small_has_its_zeros_hidden_too():
    # a multi-choice table: "Other" was chosen by one respondent in each of four sectors (4 overall), none in E. With
    # the overall 4 shown and E's 0 printed, four [c] of at least 1 each would all be 1. By hand: A-D's "Other" are
    # hidden (small) and each of their rows hides a second cell ("Costs", 8); the "Other" column then cannot hide a
    # larger count, so its zero is hidden too: a reader can no longer tell which [c] is 0 and which 1, and each could
    # be up to 4. E's row, with one hidden cell, hides its "Costs" as any group does. The overall row is as it was,
    # so a chart of the overall figures alone agrees with this table.
    rows = []
    for g, other, base in (("A", 1, 12), ("B", 1, 15), ("C", 1, 25), ("D", 1, 20), ("E", 0, 30)):
        rows += [("sector", g, "Costs", 8, base), ("sector", g, "Other", other, base)]
    rows += [("overall", "All respondents", "Costs", 40, 102), ("overall", "All respondents", "Other", 4, 102)]
    df = pd.DataFrame(rows, columns=["breakdown", "group", "choice", "count", "base"])
    df.insert(0, "question", "q19")
    df["percent"] = 100 * df["count"] / df["base"]
    out = publishable(df)
    sector = out[out["breakdown"] == "sector"]
    assert sector[sector["choice"] == "Other"]["count"].tolist() == [C, C, C, C, C]
    assert sector[sector["choice"] == "Costs"]["count"].tolist() == [C, C, C, C, C]
    assert sector["base"].tolist() == [12, 12, 15, 15, 25, 25, 20, 20, 30, 30]
    overall = out[out["breakdown"] == "overall"].set_index("choice")
    assert overall["count"].tolist() == [40, 4]


def test_a_share_worked_out_from_a_row_of_counts_is_hidden_with_them():
    # QA of 8 December: coverage = with a theme / (answers - said nothing) gave back a hidden "said nothing"
    # (20 - 16 / 0.889 = 2). By hand: Q7's said_nothing 2 is small; its column hides Q30's 9 with it; each row then
    # hides its next smallest count (Q7 to_review 4, Q30 to_review 5) and its coverage
    t = pd.DataFrame(
        {
            "field": ["q7_text", "q30_text"],
            "answers": [20, 58],
            "said_nothing": [2, 9],
            "with_theme": [16, 39],
            "coverage": [88.9, 79.6],
            "to_review": [4, 5],
        }
    )
    out = publishable(t, count_columns=["answers", "said_nothing", "with_theme", "to_review"])
    assert out.values.tolist() == [
        ["q7_text", 20, C, 16, C, C],
        ["q30_text", 58, C, 39, C, C],
    ]
