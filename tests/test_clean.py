"""Cleaning conventions, each with hand-written cases; property tests for the number parser."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svanalysis.ingest.labels import matcher
from svanalysis.ingest.numbers import parse_number
from svanalysis.ingest.personal import postcode_region, redact


@pytest.mark.parametrize(
    ("text", "kind", "value", "low", "high"),
    [
        ("3-4", "fte", 3.5, 3.0, 4.0),
        ("3 to 4 FTE", "fte", 3.5, 3.0, 4.0),
        ("between 2 and 4", "fte", 3.0, 2.0, 4.0),
        ("£5k-£10k", "money", 7500.0, 5000.0, 10000.0),
        ("5-10k", "money", 7500.0, 5000.0, 10000.0),
        ("half a post", "fte", 0.5, 0.5, 0.5),
        ("two", "fte", 2.0, 2.0, 2.0),
        ("1/2", "fte", 0.5, 0.5, 0.5),
        ("one and a half", "fte", 1.5, 1.5, 1.5),
        ("approx 2 FTE", "fte", 2.0, 2.0, 2.0),
        ("c. 2.5", "fte", 2.5, 2.5, 2.5),
        ("around 4", "fte", 4.0, 4.0, 4.0),
        ("~3", "fte", 3.0, 3.0, 3.0),
        ("£10k", "money", 10000.0, 10000.0, 10000.0),
        ("£15K", "money", 15000.0, 15000.0, 15000.0),
        ("£1.2m", "money", 1_200_000.0, 1_200_000.0, 1_200_000.0),
        ("c.£20,000", "money", 20000.0, 20000.0, 20000.0),
        ("c.80500", "money", 80500.0, 80500.0, 80500.0),
        ("approx £50000 per annum", "money", 50000.0, 50000.0, 50000.0),
        ("£2,500 one-off", "money", 2500.0, 2500.0, 2500.0),
        ("Approximately £10k for training staff.", "money", 10000.0, 10000.0, 10000.0),
        ("£5k for IT and £10k for training", "money", 15000.0, 15000.0, 15000.0),
        ("2019/20 budget of £5,000", "money", 5000.0, 5000.0, 5000.0),
        (".5", "fte", 0.5, 0.5, 0.5),
        ("50% of a post", "fte", 0.5, 0.5, 0.5),
        ("nil", "fte", 0.0, 0.0, 0.0),
        ("none", "money", 0.0, 0.0, 0.0),
        ("No additional costs", "money", 0.0, 0.0, 0.0),
        ("no additional", "fte", 0.0, 0.0, 0.0),
    ],
)
def test_number_conventions(text, kind, value, low, high):
    p = parse_number(text, kind)
    assert (p.value, p.low, p.high) == (value, low, high)


@pytest.mark.parametrize(
    "text", ["unknown", "N/A", "-", "tbc", "don't know", "", "   ", "Unknown at this stage", "not yet known"]
)
def test_missing_markers(text):
    assert math.isnan(parse_number(text).value)


def test_negative_is_refused_not_flipped():
    p = parse_number("-5")
    assert math.isnan(p.value) and p.rule == "negative_refused"


def test_period_named_in_text():
    assert parse_number("10 hours a week", "hours").period == "week"
    assert parse_number("40 hrs per month", "hours").period == "month"
    assert parse_number("500", "hours").period is None


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=60))
def test_parser_never_crashes_or_goes_negative(text):
    for kind in ("fte", "hours", "money"):
        p = parse_number(text, kind)
        for v in (p.value, p.low, p.high):
            assert math.isnan(v) or (math.isfinite(v) and v >= 0)


@settings(max_examples=200, deadline=None)
@given(
    st.from_regex(r"[~c£ ]{0,3}\d{1,7}(\.\d{1,2})?( ?[kKm])?( ?- ?\d{1,7})?( FTE| hours| per annum)?", fullmatch=True)
)
def test_parser_on_number_like_text(text):
    p = parse_number(text, "money")
    assert math.isnan(p.value) or (math.isfinite(p.value) and p.value >= 0 and p.low <= p.value <= p.high)


@pytest.mark.parametrize(
    ("qid", "raw", "label"),
    [
        ("q1", "police force", "Police"),
        ("q1", "Policing", "Police"),
        ("q1", "council", "Local government"),
        ("q1", "Local Authority", "Local government"),
        ("q1", "NHS trust", "Health and social care"),
        ("q1", "Health & Social Care", "Health and social care"),
        ("q1", "Third sector", "Voluntary and community sector"),
        ("q1", "VCS", "Voluntary and community sector"),
        ("q1", "charity", "Voluntary and community sector"),
        ("q1", "school", "Education and child care"),
        ("q1", "Fire and rescue service", "Other"),
        ("q3", "Yorks & Humber", "Yorkshire and the Humber"),
        ("q3", "NE England", "North East"),
        ("q3", "Eastern", "East of England"),
        ("q3", "West Mids", "West Midlands"),
        ("q3", "Greater London", "London"),
        ("q3", "Cymru", "Wales"),
        ("q3", "N. Ireland", "Northern Ireland"),
        ("q3", "north-east", "North East"),
        ("q3", "Scotland.", "Scotland"),
        ("q9", "Dont know", "Don't know"),
        ("q9", "Partly", "Mixed"),
        ("q2", "y", "Yes"),
        ("respondent_type", "On behalf of an organisation", "Organisation"),
        ("respondent_type", "As an individual", "Individual"),
    ],
)
def test_labels_map_to_the_spec(qid, raw, label):
    assert matcher(qid).match(raw).label == label


@pytest.mark.parametrize(("qid", "raw"), [("q3", "Atlantis"), ("q1", "xyzzy"), ("q3", "London & South East")])
def test_no_match_is_never_forced(qid, raw):
    assert matcher(qid).match(raw).label is None


def test_other_with_a_listed_sector_is_recoded():
    m = matcher("q1").match("Other (please specify): NHS Trust")
    assert (m.label, m.rule, m.other_text) == ("Health and social care", "other_recoded", "NHS Trust")


def test_other_text_is_kept():
    m = matcher("q1").match("Other: Fire and Rescue")
    assert (m.label, m.other_text) == ("Other", "Fire and Rescue")


def test_multi_choice_label_containing_the_separator_is_not_split():
    labels, other, rest = matcher("q4").split(
        "None of the above; my agency/organisation does not operate in the area of serious violence"
    )
    assert labels == ["None of the above; my agency/organisation does not operate in the area of serious violence"]
    assert other is None and rest == []


@pytest.mark.parametrize("sep", ["; ", ", ", "\n", " | "])
def test_multi_choice_separators(sep):
    labels, other, rest = matcher("q18").split(
        sep.join(["Improved outcomes for victims", "Reductions in serious violent crime"])
    )
    assert labels == ["Improved outcomes for victims", "Reductions in serious violent crime"]


def test_multi_choice_other_text_and_unmatched_pieces():
    labels, other, rest = matcher("q4").split("Police; Local government; Other: youth clubs; Martians")
    assert labels == ["Local government", "Police", "Other"]
    assert other == "youth clubs"
    assert rest == ["martians"]


def test_redaction_of_personal_data_in_text():
    text, changed = redact("Ring 07700 900123, 0121 496 0719 or a.b@c.example; we are at SW1P 4DF; IP 192.0.2.1")
    assert text == "Ring [phone], [phone] or [email]; we are at [postcode]; IP [ip address]"
    assert changed


def test_redaction_leaves_money_years_and_counts():
    text, changed = redact("We spent £10,000 in 2019 on 24 posts and 2,100 young people")
    assert not changed


def test_postcode_to_region():
    assert postcode_region("LS12 1YA") == "Yorkshire and the Humber"
    assert postcode_region("cf5 4xq") == "Wales"
    assert postcode_region("E8 3PL") == "London"
    assert postcode_region("not a postcode") is None


def _clean_one(spec, **slots):
    from svanalysis.ingest.clean import clean

    raw = pd.DataFrame([{"respondent_id": "R1", "channel": "online", "source_file": "f.csv", "source_row": 1, **slots}])
    return clean(raw, spec)


def test_volunteer_hours_take_year_then_month_then_week(spec):
    r = _clean_one(
        spec,
        **{
            "q15.week": "10",
            "q15.month": "50",
            "q20.week": "10",
            "q20.month": "50",
            "q20.year": "700",
            "q25.week": "10",
        },
    )
    row = r.responses.iloc[0]
    assert row["q15_volunteer_hours_per_year"] == 600.0  # per month x 12
    assert row["q20_volunteer_hours_per_year"] == 700.0  # per year
    assert row["q25_volunteer_hours_per_year"] == 520.0  # per week x 52


def test_periods_that_disagree_are_logged(spec):
    r = _clean_one(spec, **{"q15.week": "10", "q15.year": "100"})
    rules = set(r.log.loc[r.log["field"] == "q15_volunteer_hours_per_year", "rule"].astype(str))
    assert "periods_disagree" in rules
    assert r.responses.iloc[0]["q15_volunteer_hours_per_year"] == 100.0


def test_implausible_values_are_flagged_not_changed(spec):
    r = _clean_one(spec, **{"q15.fte": "5000", "q17": "£900m"})
    row = r.responses.iloc[0]
    assert row["q15_fte"] == 5000.0 and bool(row["q15_fte_implausible"])
    assert row["q17_other_costs_gbp"] == 900_000_000.0 and bool(row["q17_other_costs_gbp_implausible"])


def test_region_inferred_from_postcode_and_logged(spec):
    r = _clean_one(spec, q1="Police", postcode="B12 9QT")
    assert r.responses.iloc[0]["q3_region"] == "West Midlands"
    log = r.log[r.log["field"] == "q3_region"]
    assert list(log["rule"].astype(str)) == ["region_from_postcode"]


def test_respondent_type_from_organisation_field(spec):
    a = _clean_one(spec, q9="Yes", organisation="Westmere Borough Council")
    b = _clean_one(spec, q9="Yes")
    assert a.responses.iloc[0]["respondent_type"] == "Organisation"
    assert b.responses.iloc[0]["respondent_type"] == "Individual"


def test_unmatched_value_stays_missing_with_raw_in_log(spec):
    r = _clean_one(spec, q3="Middle Earth", q9="Yes")
    assert pd.isna(r.responses.iloc[0]["q3_region"])
    log = r.log[r.log["field"] == "q3_region"]
    assert list(log["raw"]) == ["Middle Earth"] and list(log["rule"].astype(str)) == ["unmatched"]


def test_closed_stance_with_explanation_in_the_same_cell(spec):
    r = _clean_one(spec, q9="Yes - a duty gives partners a reason to act")
    row = r.responses.iloc[0]
    assert row["q9_option_one"] == "Yes" and row["q9_option_one_method"] == "closed"


def test_dont_know_is_unclear(spec):
    r = _clean_one(spec, q13="Don't know")
    assert r.responses.iloc[0]["q13_option_three"] == "Unclear"


def test_iso_timestamps_are_not_read_day_first(spec):
    r = _clean_one(spec, q9="Yes", _submitted_at="2019-04-12 22:15:52")
    assert str(r.responses.iloc[0]["submitted_at"]) == "2019-04-12 22:15:52"


def test_uk_dates_are_read_day_first(spec):
    r = _clean_one(spec, q9="Yes", _submitted_at="05/04/2019 10:00")
    assert str(r.responses.iloc[0]["submitted_at"]).startswith("2019-04-05")


def test_personal_data_in_free_text_is_redacted_and_kept_aside(spec):
    r = _clean_one(spec, q31="Call me on 07700 900123 please", q9="Yes")
    assert r.responses.iloc[0]["q31_text"] == "Call me on [phone] please"
    assert r.redactions[0]["q31_text"] == "Call me on 07700 900123 please"


@pytest.mark.parametrize("written", ["2019-04-01 09:24:54", "2019-04-01 09:24:54.250", "01/04/2019 09:24"])
def test_timestamps_have_one_unit_whatever_their_strings(spec, written):
    """pandas reads "09:24:54" to the second and "09:24:54.250" to the microsecond: the column had
    the unit of whatever a batch held, so the table written depended on the batches."""
    r = _clean_one(spec, _submitted_at=written, q31="Fund youth work")
    assert str(r.responses["submitted_at"].dtype) == "datetime64[us]"
    assert str(r.responses["submitted_at"].iat[0])[:16] == "2019-04-01 09:24"
