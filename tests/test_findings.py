"""Key sentences, quotes and campaigns on hand-built frames, with every number worked out by hand.

Wilson 95% intervals used below: 15/42 -> 23.0% to 50.8%; 4/42 -> 3.8% to 22.1%;
30/42 -> 56.4% to 82.8%; 10/42 -> 13.5% to 38.5%.
"""

from __future__ import annotations

import pandas as pd
import pytest

from svanalysis.analysis.campaigns import campaign_summary
from svanalysis.publish.compare import Estimate, and_list, compare
from svanalysis.publish.findings import campaign_findings, count_text, support_findings, who_responded
from svanalysis.publish.quotes import select_quotes

STANCE = ["Yes", "No", "Mixed", "Unclear"]


def _responses(q9, q11, q13, **extra):
    n = len(q9)
    df = pd.DataFrame(
        {
            "respondent_id": [f"r{i}" for i in range(n)],
            "duplicate_of": [None] * n,
            "campaign_id": [None] * n,
            "respondent_type": ["Organisation"] * n,
            "q9_option_one": pd.Categorical(q9, categories=STANCE),
            "q11_option_two": pd.Categorical(q11, categories=STANCE),
            "q13_option_three": pd.Categorical(q13, categories=STANCE),
        }
    )
    for k, v in extra.items():
        df[k] = v
    return df


def _yes(k, n=42):
    return ["Yes"] * k + ["No"] * (n - k)


def test_a_tie_is_reported_as_similar_support():
    s = support_findings(_responses(_yes(4), _yes(15), _yes(15)))
    assert s[0] == (
        "Asked whether each option would best achieve the consultation's vision, those answering said Yes: "
        "10% for Option One (base 42), 36% for Option Two (base 42) and 36% for Option Three (base 42)."
    )
    assert (
        s[1]
        == "Support was similar for Options Two and Three: their 95% intervals overlap, so none can be said to lead."
    )


def test_a_clear_leader_is_reported_as_such():
    s = support_findings(_responses(_yes(30), _yes(10), _yes(4)))
    assert s[1] == "Option One had clearly the most support: its 95% interval lies above the other options'."


def test_small_groups_say_withheld_not_a_number():
    r = _responses(_yes(5, 9), _yes(5, 9), _yes(5, 9))
    assert support_findings(r) == [
        "Support for the options is withheld: fewer than 10 respondents answered, or the counts are too small to publish."
    ]
    r["respondent_type"] = ["Organisation"] * 7 + ["Individual"] * 2
    who = who_responded(r)
    assert who[0] == "9 responses were analysed."
    assert who[1] == "How many were organisations and how many individuals is withheld: the numbers are small."


def test_duplicates_and_small_counts_in_sentences():
    r = _responses(_yes(20, 40), _yes(20, 40), _yes(20, 40), duplicate_of=[None] * 38 + ["r0", "r1"])
    # "40 received" beside "38 analysed" would give the 2 left out away
    assert who_responded(r)[0] == (
        "38 responses were analysed, after leaving out fewer than 3 earlier submissions by respondents who responded again."
    )
    r["duplicate_of"] = [None] * 37 + ["r0", "r1", "r2"]
    assert who_responded(r)[0] == (
        "37 responses were analysed (40 received; 3 earlier submissions by respondents who responded again were left out)."
    )
    assert count_text(2) == "fewer than 3" and count_text(3) == "3" and count_text(12345) == "12,345"


def test_campaign_sentence_counts_each_and_once():
    # 40 responses, 10 of them one campaign all saying Yes to Option One; counted once, Option One
    # has 10 + 1 = 11 Yes... of 31: the campaign's other nine leave the base
    q9 = ["Yes"] * 10 + _yes(10, 30)
    r = _responses(q9, ["No"] * 40, ["No"] * 40, campaign_id=["C1"] * 10 + [None] * 30)
    s = campaign_findings(r)
    assert s[0].startswith("10 responses (25% of those analysed) came through 1 organised campaign")
    assert s[1].startswith("Counting each campaign once, the Yes shares are 35% for Option One")  # 11/31


def test_compare_and_lists():
    c = compare([Estimate("A", 50, 40, 60), Estimate("B", 45, 35, 55), Estimate("C", 10, 5, 20)])
    assert not c.clear and [e.name for e in c.similar] == ["A", "B"] and c.rival.name == "B"
    assert compare([Estimate("A", float("nan"), 0, 1)]).leader is None
    assert and_list(["Option One", "Option Three"]) == "Options One and Three"


def _texts():
    return pd.DataFrame(
        {
            "respondent_id": ["a", "b", "c", "d", "e"],
            "duplicate_of": [None, None, None, None, "a"],
            "campaign_id": [None, "C1", "C1", None, None],
            "respondent_type": ["Organisation", "Individual", "Individual", "Individual", "Organisation"],
            "consent_publish": ["Yes", "Yes", "Yes", "No", "Yes"],
            "q14_text": [
                "Kelby Borough Council wants pooled budgets for prevention work.",
                "We the undersigned want a statutory duty on every agency now.",
                "We the undersigned want a statutory duty on every agency now.",
                "I do not consent but I have a great deal to say here.",
                "An earlier submission that was replaced by a later one here.",
            ],
        }
    )


def test_quotes_only_from_consenting_respondents_once_per_campaign_redacted():
    q = select_quotes(_texts(), "q14_text", limit=10)
    assert sorted(q["quote"]) == [
        "We the undersigned want a statutory duty on every agency now.",
        "[organisation] wants pooled budgets for prevention work.",
    ]
    assert set(q["attribution"]) == {"organisation", "individual"}


def test_campaign_summary_by_hand():
    s = campaign_summary(_texts())
    assert s[
        ["campaign_id", "responses", "individuals", "consented", "field", "identical", "versions"]
    ].values.tolist() == [["C1", 2, 2, 2, "q14_text", True, 1]]


@pytest.mark.parametrize("bad", ["sideways", ""])
def test_bad_campaign_policy_is_refused(bad):
    with pytest.raises(ValueError, match=f"campaign must be one of \\['each', 'once'\\]; got '{bad}'"):
        support_findings(_responses(_yes(20), _yes(20), _yes(20)), campaign=bad)


def test_campaign_figures_counted_once_are_not_shown_where_the_difference_is_small():
    # a campaign of 2 in this group: counting it once leaves out 1 response, which the difference
    # between the two sets of figures would give away (with its answer)
    from svanalysis.publish.findings import campaign_differs_safely

    r = _responses(_yes(20, 40), ["No"] * 40, ["No"] * 40, campaign_id=["C1"] * 2 + [None] * 38)
    assert not campaign_differs_safely(r)
    s = campaign_findings(r)
    assert s == [
        "fewer than 3 responses came through 1 organised campaign sending near-identical text; tables count them individually unless they say otherwise."
    ]
    r["campaign_id"] = ["C1"] * 4 + [None] * 36  # 3 left out: safe
    assert campaign_differs_safely(r) and len(campaign_findings(r)) == 2
