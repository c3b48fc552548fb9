"""Numbers that are not numbers: refused with a rule (a log line), never read as the figures in them."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from svanalysis.ingest.clean import clean
from svanalysis.ingest.numbers import REFUSALS, parse_number


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        ("=2+3", "fte", "formula_refused"),  # not 5
        ("=SUM(A1:A3)", "money", "formula_refused"),
        ("@SUM(1)", "money", "formula_refused"),
        ("+2+3", "fte", "formula_refused"),
        ("1e309", "fte", "exponent_refused"),  # not 310, nor infinity
        ("1E3", "money", "exponent_refused"),
        ("2.5e4 hours", "hours", "exponent_refused"),
        ("192.168.1.77", "money", "ip_address_refused"),  # not £194.77 (or 193.9)
        ("10.0.0.1", "fte", "ip_address_refused"),
        ("12.5.2019", "money", "dotted_figure_refused"),
        ("07700 900123", "fte", "personal_data_refused"),  # not 907,823 FTE
        ("+44 (0)20 7946 0958", "money", "personal_data_refused"),
        ("447700900123", "money", "personal_data_refused"),
    ],
)
def test_text_that_only_looks_like_a_number_is_refused(text, kind, rule):
    p = parse_number(text, kind)
    assert p.rule == rule and rule in REFUSALS
    assert math.isnan(p.value) and math.isnan(p.low) and math.isnan(p.high)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("- 3-4", "fte", 3.5),  # a bullet before a range is not a formula
        ("£194.77", "money", 194.77),
        ("£1,000,000", "money", 1_000_000.0),
        ("2.5", "fte", 2.5),
        ("£5k for 2 analysts", "money", 5000.0),
        ("1.5 FTE", "fte", 1.5),
    ],
)
def test_real_numbers_are_still_read(text, kind, value):
    assert parse_number(text, kind).value == value


def test_a_refusal_is_a_log_line_and_a_missing_value(spec):
    q = spec.question("q15")
    raw = pd.DataFrame(
        [
            {
                "respondent_id": "R1",
                "channel": "online",
                "source_file": "x.csv",
                "source_row": 1,
                f"{q.id}.fte": "=2+3",
            },
            {
                "respondent_id": "R2",
                "channel": "online",
                "source_file": "x.csv",
                "source_row": 2,
                f"{q.id}.fte": "1e309",
            },
            {"respondent_id": "R3", "channel": "online", "source_file": "x.csv", "source_row": 3, f"{q.id}.fte": "2"},
        ]
    )
    r = clean(raw, spec)
    col = q.columns["fte"]
    assert r.responses[col].isna().tolist() == [True, True, False]
    assert r.responses[col].iloc[2] == 2.0
    lines = r.log[r.log["field"] == col][["respondent_id", "raw", "rule"]].astype(str).values.tolist()
    assert lines == [["R1", "=2+3", "formula_refused"], ["R2", "1e309", "exponent_refused"]]
    assert r.quality[col]["left_missing"] == 2
