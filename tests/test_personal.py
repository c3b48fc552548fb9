"""Personal data typed into answers: each form redacted, and answers that only look like it kept.

Every expected value is written out by hand: the text as a respondent might type it, and what must
be left of it in any table but the PII table.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from svanalysis.ingest.clean import clean
from svanalysis.ingest.personal import has_personal_data, redact, redact_series

POSITIVE = [
    # street address lines
    ("27 Mill Lane", "[address]"),
    ("Write to me at 27 Mill Lane please", "Write to me at [address] please"),
    ("Flat 3, 12 High Street, Anytown", "[address]"),
    (
        "I live at Flat 3, 12 High Street, Anytown, and I see knife crime",
        "I live at [address], and I see knife crime",
    ),
    ("10 Downing Street", "[address]"),
    ("14a Station Road, Leeds LS1 4AB", "[address] [postcode]"),
    # names after "my name is" and in sign-offs
    ("My name is Jane Smith and I am a teacher", "My name is [name] and I am a teacher"),
    ("Kind regards, Jane Smith", "Kind regards, [name]"),
    (
        "Fund youth work.\nYours sincerely,\nDr Jane Smith\nHead teacher",
        "Fund youth work.\nYours sincerely,\n[name]\nHead teacher",
    ),
    ("Best wishes, J. Smith.", "Best wishes, [name]."),
    # National Insurance numbers
    ("my NI number is QQ 12 34 56 C", "my NI number is [national insurance number]"),
    ("AB123456C", "[national insurance number]"),
    # postcodes in lower case and spaced
    ("we are in sw1a 1aa", "we are in [postcode]"),
    ("SW1A1AA", "[postcode]"),
    ("SW1A  1AA", "[postcode]"),
    ("SW 1A 1AA", "[postcode]"),
    # international phone forms
    ("447700900123", "[phone]"),
    ("call +44 (0)20 7946 0958 anytime", "call [phone] anytime"),
    ("+447700900123", "[phone]"),
    ("0044 20 7946 0958", "[phone]"),
    ("ring 07700 900123.", "ring [phone]."),
    ("(01632) 960001", "[phone]"),
    # obfuscated email addresses
    ("jane.smith[at]example[dot]org", "[email]"),
    ("email jane (at) example.org", "email [email]"),
    ("jane at example dot org", "[email]"),
    ("jane.smith@example.org", "[email]"),
    # IP addresses
    ("from 192.168.1.77", "from [ip address]"),
    ("jane at example [dot] org", "[email]"),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_each_form_of_personal_data_is_redacted(text, expected):
    assert redact(text) == (expected, True)


def test_the_vectorised_first_pass_misses_nothing():
    """Only texts the one-pass RE2 filter picks are redacted: it must pick every text above."""
    from svanalysis.ingest.personal import _hint

    texts = pd.Series([t for t, _ in POSITIVE], dtype="string")
    assert _hint(texts).all()


@pytest.mark.parametrize(
    "text",
    [
        "Option 2 is best",
        "Option 2 High Street presence would help",
        "see Q12 and Schedule 6",
        "We spent £1,000,000 in 2019/20 on 24 posts",
        "£194.77",
        "3-4 FTE, 10 hours a week",
        "24/7 cover",
        "We attended 3 Crown Court hearings",
        "2 Skate Park sessions a week",
        "In 2019 High Street shops closed",
        "the M25 2nd junction",
        "Thanks for the opportunity to respond",
        "Thank you, Home Office.",
        "Covid-19 in 2020",
        "reference 1234567890",
        "we meet at school. Then we talk",
        "Q12 Street Pastors",
        "",
    ],
)
def test_answers_that_only_look_personal_are_kept(text):
    assert redact(text) == (text, False)
    assert not has_personal_data(text)


def test_own_name_is_redacted_wherever_it_appears():
    assert redact("I, jane smith, think so", ["Jane Smith"]) == ("I, [name], think so", True)
    # a one-word name only as written, so "hope" the word survives a respondent called Hope
    assert redact("I hope so. Hope", ["Hope"]) == ("I hope so. [name]", True)


def test_redact_series_changes_only_the_rows_with_personal_data():
    s = pd.Series(["fine", "ring 020 7946 0958", None, "fine", "Kind regards, Sam Lee"], dtype="string")
    names = pd.Series(["", "", "", "", ""], dtype="string")
    new, changed = redact_series(s, names)
    assert new.tolist() == ["fine", "ring [phone]", pd.NA, "fine", "Kind regards, [name]"]
    assert changed.tolist() == [False, True, False, False, True]
    assert str(new.dtype) == "string"


def test_redact_series_with_own_names():
    s = pd.Series(["Sam Lee here", "Sam Lee here"], dtype="string")
    new, changed = redact_series(s, pd.Series(["Sam Lee", "Jo Shah"], dtype="string"))
    assert new.tolist() == ["[name] here", "Sam Lee here"]
    assert np.array_equal(changed, [True, False])


def _raw(**slots):
    base = {"respondent_id": "R1", "channel": "online", "source_file": "x.csv", "source_row": 1}
    return pd.DataFrame([{**base, **slots}])


def test_clean_redacts_free_text_number_fields_and_the_log(spec):
    """A phone typed into an FTE box and a money box, a postcode in a "why" box: none reaches the
    responses or the cleaning log; the originals go to the PII table."""
    q = spec.question("q15")
    money = next(x for x in spec.answerable if x.parse == "money")
    r = clean(
        _raw(
            q9="Yes",
            **{"q9.text": "I am at LS12 1YA, my name is Jane Smith"},
            **{f"{q.id}.fte": "07700 900123"},
            **{money.id: "+44 (0)20 7946 0958"},
            full_name="Jane Smith",
        ),
        spec,
    )
    row = r.responses.iloc[0]
    assert row["q9_option_one_text"] == "I am at [postcode], my name is [name]"
    assert np.isnan(row[q.columns["fte"]])
    assert np.isnan(row[money.columns["value"]])
    assert row[money.columns["text"]] == "[phone]"
    log = r.log
    everything = " ".join(log["raw"].dropna().tolist() + log["clean"].dropna().tolist())
    for secret in ("07700", "7946", "LS12", "Jane"):
        assert secret not in everything
    fte_log = log[log["field"] == q.columns["fte"]]
    assert fte_log[["raw", "rule"]].values.tolist() == [["[phone]", "personal_data_refused"]]
    originals = r.redactions[0]
    assert originals["q9_option_one_text"] == "I am at LS12 1YA, my name is Jane Smith"
    assert originals[f"cleaning_log:{q.columns['fte']}"] == "07700 900123"


def test_pii_table_keeps_the_originals(spec, tmp_path):
    from svanalysis.ingest.clean import attach_redactions

    r = clean(_raw(q9="Yes", **{"q9.text": "Call 07700 900123"}), spec)
    pii = attach_redactions(r.pii, r.redactions)
    assert json.loads(pii["redacted_originals"].iloc[0]) == {"q9_option_one_text": "Call 07700 900123"}


def test_organisation_names_stay_out_of_the_log(spec):
    r = clean(_raw(q9="Yes", organisation="Jane Smith Consulting"), spec)
    assert "Jane" not in " ".join(r.log["raw"].dropna())
    assert r.log.loc[r.log["rule"] == "type_from_organisation_field", "raw"].tolist() == ["[organisation]"]


SECRETS = {
    "q9": "Write to me at Flat 3, 12 High Street, Anytown. My NI number is QQ 12 34 56 C. Kind regards, Jane Smith",
    "q15": "07700 900123",
    "q17": "+44 (0)20 7946 0958",
    "q31": "email jane.smith[at]example[dot]org or ring 0161 496 0000; I live at 27 Mill Lane, sw1a 1aa",
}
PLANTED = [
    "12 High Street",
    "QQ 12 34 56 C",
    "Jane Smith",
    "07700 900123",
    "7946 0958",
    "jane.smith",
    "0161 496 0000",
    "27 Mill Lane",
    "sw1a 1aa",
]


def _blob_of_outputs(folder):
    """Every value of every output file in ``folder`` but the PII table, as one text."""
    import openpyxl

    parts = []
    for p in sorted(folder.rglob("*")):
        if p.name == "pii.parquet" or not p.is_file():
            continue
        if p.suffix == ".parquet":
            df = pd.read_parquet(p)
            parts.append(" ".join(df.astype("string").fillna("").to_numpy().ravel().tolist()))
        elif p.suffix == ".xlsx":
            wb = openpyxl.load_workbook(p, read_only=True)
            for ws in wb.worksheets:
                parts += [str(v) for row in ws.iter_rows(values_only=True) for v in row if v is not None]
        elif p.suffix in (".csv", ".json", ".txt", ".md", ".html", ".svg"):
            parts.append(p.read_text(encoding="utf-8", errors="ignore"))
    return "\n".join(parts)


def test_personal_data_typed_into_answers_reaches_no_table_but_pii(tmp_path):
    """Plant personal data in an explanation, an FTE box, a money box and an open answer of a real
    export; ingest it and build the publication tables; none of it is in any output but the PII
    table, which keeps every original."""
    from svanalysis.ingest.pipeline import ingest
    from svanalysis.publish.tables import write_tables
    from svanalysis.synth.responses import write_online_export

    raw = tmp_path / "raw" / "x.csv"
    write_online_export(raw, 40, seed=3)
    df = pd.read_csv(raw, dtype=str, keep_default_na=False)

    def col(prefix, suffix):
        return next(c for c in df.columns if c.startswith(prefix) and c.endswith(suffix))

    cols = {
        "q9": col("Q9.", "Please explain why"),
        "q15": col("Q15.", "Full Time Equivalents (per year)"),
        "q17": col("Q17.", "Open question."),
        "q31": col("Q31.", ""),
    }
    for key, c in cols.items():
        df.loc[[3, 7], c] = SECRETS[key]
    df.to_csv(raw, index=False)
    out = tmp_path / "processed"
    ingest([raw.parent], out, overrides=tmp_path / "none.csv")
    write_tables(out, tmp_path / "tables")
    blob = _blob_of_outputs(out) + _blob_of_outputs(tmp_path / "tables")
    for secret in PLANTED:
        assert secret not in blob, secret
    pii = pd.read_parquet(out / "pii.parquet")
    originals = " ".join(pii["redacted_originals"].dropna())
    for secret in ("Jane Smith", "07700 900123", "7946 0958", "27 Mill Lane"):
        assert secret in originals, secret


def test_the_one_text_first_pass_misses_nothing():
    from svanalysis.ingest.personal import _maybe_personal

    assert all(_maybe_personal(t) for t, _ in POSITIVE)


def test_own_names_are_redacted_in_every_column_and_a_new_frame_of_names_is_read_afresh():
    """The names of a batch are prepared once for all its columns; another batch's names (a new
    Series) are read again, not taken from the last."""
    import pandas as pd

    from svanalysis.ingest.personal import redact_series

    names = pd.Series(["Jane Smith", "Bob"])  # "Bob" is too short to look for
    a = pd.Series(["Jane Smith wrote this", "Bob wrote this"])
    b = pd.Series(["ask jane smith", None])
    new_a, changed_a = redact_series(a, names)
    new_b, changed_b = redact_series(b, names)
    assert new_a.tolist() == ["[name] wrote this", "Bob wrote this"] and changed_a.tolist() == [True, False]
    assert new_b.tolist() == ["ask [name]", pd.NA] and changed_b.tolist() == [True, False]
    other, changed = redact_series(a, pd.Series(["Pat Jones", "Bobby Fisher"]))
    assert other.tolist() == a.tolist() and not changed.any()


def test_a_date_of_birth_is_redacted_in_a_column_too():
    """QA of 8 December: "DOB 12/03/1980" came through. The column pass must pick the text out for redaction."""
    from svanalysis.ingest.personal import redact_series

    new, changed = redact_series(pd.Series(["DOB 12/03/1980, lives nearby", "We spent £12,030 in 2019", None]))
    assert new.tolist() == ["DOB [date of birth], lives nearby", "We spent £12,030 in 2019", pd.NA]
    assert changed.tolist() == [True, False, False]
