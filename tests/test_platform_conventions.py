"""Exports written the way the real platforms write them, with the values a careful analyst would
record from each worked out by hand.

- SurveyMonkey: two header rows; its own nine columns first; a "Contact Information" question
  under a header in the survey's own words, exported as sub-columns Name, Company, Address,
  Address 2, City/Town, State/Province, ZIP/Postal Code, Country, Email Address, Phone Number;
  timestamps ``MM/DD/YYYY hh:mm:ss AM``.
- Qualtrics: three header rows (export tag, question text, ImportId); explanation boxes given
  their own ids (``Q8b``, ``Q9_2``, "Q10 - explain"); a form-field question "About you - ...";
  embedded data ("Organisation") at the end; ISO timestamps.
- SmartSurvey: UserID / Started / Ended; "If not, please explain why" as its own question after
  the closed one; UK timestamps ``DD/MM/YYYY hh:mm:ss``.
- Citizen Space: an About you page of questions in its own words; ISO timestamps.
"""

from __future__ import annotations

import csv
import io
import json

import pandas as pd

from svanalysis.ingest.pipeline import ingest

SM_HEAD = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address"]
SM_HEAD += ["First Name", "Last Name", "Custom Data 1"]
CONTACT = ["Name", "Company", "Address", "Address 2", "City/Town", "State/Province", "ZIP/Postal Code", "Country"]
CONTACT += ["Email Address", "Phone Number"]
Q9 = "Do you consider that Option One would best achieve the consultation vision? Please explain why."


def _csv(rows, encoding="utf-8-sig"):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode(encoding)


def _all_text(df: pd.DataFrame) -> str:
    return " ".join(str(v) for v in df.astype("object").to_numpy().ravel())


def _run(tmp_path, files: dict[str, bytes]):
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    for name, data in files.items():
        (raw / name).write_bytes(data)
    return ingest([raw], tmp_path / "out", overrides=tmp_path / "none.csv")


def _surveymonkey():
    top = SM_HEAD + ["About you"] + [""] * 9
    top += ["1. What sector does your agency/organisation represent?", "", f"9. {Q9}", ""]
    sub = [""] * 9 + CONTACT + ["Response", "Other (please specify)", "Response", "Open-Ended Response"]
    people = [
        # the same person twice (same email): the later submission (13 April) must be kept
        ["110", "55", "04/12/2019 09:01:10 AM", "04/12/2019 09:20:45 AM", "192.0.2.1", "", "", "", ""]
        + ["Jo Bloggs", "Marden Boxing Club", "1 Mill Lane", "", "Marden", "", "TN12 9AA", "UK", "jo@marden.example"]
        + ["01632 960001", "", "", "Yes", "Keeps young people safe"],
        ["111", "55", "04/05/2019 02:10:00 PM", "04/05/2019 02:31:09 PM", "192.0.2.2", "", "", "", ""]
        + ["Sam Lee", "Anytown Borough Council", "Town Hall", "High Street", "Anytown", "", "SY23 1AB", "", ""]
        + ["", "", "", "No", ""],
        ["112", "55", "04/13/2019 08:00:00 PM", "04/13/2019 08:15:00 PM", "192.0.2.1", "", "", "", ""]
        + ["Jo Bloggs", "Marden Boxing Club", "1 Mill Lane", "", "Marden", "", "TN12 9AA", "UK", "jo@marden.example"]
        + ["01632 960001", "", "", "Yes", "Keeps young people safe, and more"],
    ]
    return [top, sub, *people]


def test_surveymonkey_contact_block_reaches_type_sector_and_pii(tmp_path):
    res = _run(tmp_path, {"sm.csv": _csv(_surveymonkey())})
    f = res.ledger["files"][0]
    assert f["layout"] == "surveymonkey" and f["rows_read"] == 3
    assert [u["header"] for u in f["unmapped"]] == ["Collector ID", "Custom Data 1"]  # the platform's own
    r = res.tables["responses"].set_index("source_row")
    # the organisation (Company) makes them organisations; the council's name names its sector
    assert r["respondent_type"].astype(str).tolist() == ["Organisation"] * 3
    assert r.loc[2, "q1_sector"] == "Local government"
    assert r.loc[2, "q3_region"] == "Wales"  # SY23 is Aberystwyth
    pii = res.tables["pii"].set_index("respondent_id").loc[r["respondent_id"]]
    assert pii["full_name"].tolist() == ["Jo Bloggs", "Sam Lee", "Jo Bloggs"]
    assert pii["organisation"].tolist() == ["Marden Boxing Club", "Anytown Borough Council", "Marden Boxing Club"]
    assert pii["address"].tolist() == [
        "1 Mill Lane, Marden, UK",
        "Town Hall, High Street, Anytown",
        "1 Mill Lane, Marden, UK",
    ]
    assert pii["postcode"].tolist() == ["TN12 9AA", "SY23 1AB", "TN12 9AA"]
    assert pii["email"].fillna("").tolist() == ["jo@marden.example", "", "jo@marden.example"]
    assert pii["phone"].fillna("").tolist() == ["01632 960001", "", "01632 960001"]
    # none of it anywhere but the PII table
    text = _all_text(res.tables["responses"])
    for value in ("Jo Bloggs", "Marden Boxing Club", "Mill Lane", "TN12 9AA", "jo@marden.example", "01632 960001"):
        assert value not in text
    for name in ("choices", "role_fte", "coding", "cleaning_log", "unmapped_answers"):
        other = _all_text(res.tables[name])
        assert "Jo Bloggs" not in other and "jo@marden.example" not in other, name


def test_surveymonkey_us_dates_keep_the_later_submission(tmp_path):
    res = _run(tmp_path, {"sm.csv": _csv(_surveymonkey())})
    r = res.tables["responses"].set_index("source_row")
    assert [str(t) for t in r["submitted_at"]] == [
        "2019-04-12 09:20:45",
        "2019-04-05 14:31:09",
        "2019-04-13 20:15:00",
    ]
    assert res.ledger["files"][0]["date_order"] == "month first (US): a second field above 12 (04/13/2019 08:00:00 PM)"
    assert r.loc[1, "duplicate_of"] == r.loc[3, "respondent_id"] and pd.isna(r.loc[3, "duplicate_of"])


def test_surveymonkey_native_format_without_a_deciding_day_is_month_first(tmp_path):
    rows = _surveymonkey()[:4]  # 12 April and 5 April only: every date could be either way
    res = _run(tmp_path, {"sm.csv": _csv(rows)})
    r = res.tables["responses"].set_index("source_row")
    assert [str(t)[:10] for t in r["submitted_at"]] == ["2019-04-12", "2019-04-05"]
    assert res.ledger["files"][0]["date_order"].startswith("month first (US): every date could be either")


def _qualtrics():
    tags = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Finished", "RecordedDate", "ResponseId"]
    tags += ["RecipientLastName", "RecipientFirstName", "RecipientEmail", "Q1", "Q8", "Q8b", "Q9", "Q9_2", "Q10"]
    tags += ["Q10 - explain", "Q40_1", "Q40_2", "Q40_3", "Organisation"]
    texts = ["Start Date", "End Date", "Response Type", "IP Address", "Progress", "Finished", "Recorded Date"]
    texts += ["Response ID", "Recipient Last Name", "Recipient First Name", "Recipient Email"]
    texts += [
        "What sector does your agency/organisation represent? - Selected Choice",
        "Do you consider that the consultation vision will be best achieved through a new duty? - Selected Choice",
        "Please explain your answer",
        "Do you consider that Option One would best achieve the consultation vision? - Selected Choice",
        "If not, please explain why",
        "Should Schedule 6 be amended? - Selected Choice",
        "Q10 - explain",
        "About you - Full name",
        "About you - Job title",
        "About you - Postcode",
        "Organisation",
    ]
    imports = [json.dumps({"ImportId": t}) for t in tags]
    rows = [
        ["2019-05-01 10:00:00", "2019-05-01 10:20:00", "IP Address", "198.51.100.3", "100", "True"]
        + ["2019-05-01 10:20:01", "R_1", "", "", "", "Police", "No", "It duplicates what we do"]
        + ["No", "Too costly for forces", "Yes", "Partners need the data", "Alex Kay", "Analyst", "LS1 4AP"]
        + ["West Yorkshire Police"],
        ["2019-05-02 11:00:00", "2019-05-02 11:05:00", "IP Address", "198.51.100.4", "100", "True"]
        + ["2019-05-02 11:05:01", "R_2", "", "", "", "", "Yes", "", "Yes", "", "", "", "", "", "", ""],
    ]
    return [tags, texts, imports, *rows]


def test_qualtrics_explanations_with_their_own_ids_attach_to_their_question(tmp_path):
    res = _run(tmp_path, {"q.csv": _csv(_qualtrics())})
    f = res.ledger["files"][0]
    assert f["layout"] == "qualtrics" and f["unmapped"] == [] and f["date_order"] == "year first (ISO): ISO timestamps"
    a = res.tables["responses"].set_index("source_row").loc[1]
    assert (a["q8_vision"], a["q8_vision_text"]) == ("No", "It duplicates what we do")
    assert (a["q9_option_one"], a["q9_option_one_text"]) == ("No", "Too costly for forces")
    assert (a["q10_schedule6"], a["q10_schedule6_text"]) == ("Yes", "Partners need the data")
    assert (a["respondent_type"], a["q1_sector"], a["q3_region"]) == (
        "Organisation",
        "Police",
        "Yorkshire and the Humber",
    )
    pii = res.tables["pii"].set_index("respondent_id").loc[a["respondent_id"]]
    assert (pii["full_name"], pii["job_title"], pii["postcode"], pii["organisation"]) == (
        "Alex Kay",
        "Analyst",
        "LS1 4AP",
        "West Yorkshire Police",
    )


def test_smartsurvey_uk_dates_and_explain_box_after_its_question(tmp_path):
    head = ["UserID", "Name", "Email", "IP Address", "Unique ID", "Started", "Ended"]
    head += ["1. What sector does your agency/organisation represent?", "9. " + Q9.split("?")[0] + "?"]
    head += ["If not, please explain why", "11. Do you consider that Option Two would best achieve the vision?"]
    head += ["If not, please explain why", "How did you hear about this consultation?"]
    rows = [
        head,
        ["901", "Ann Ode", "ann@ode.example", "203.0.113.9", "", "02/05/2019 10:00:00", "02/05/2019 10:30:00"]
        + ["Education", "No", "Schools are stretched", "Yes", "", "Email me on ann@ode.example"],
        ["902", "Ben Ode", "", "203.0.113.10", "", "13/05/2019 09:00:00", "13/05/2019 09:12:00"]
        + ["Police", "Yes", "", "No", "CSPs lack teeth", ""],
    ]
    res = _run(tmp_path, {"smart.csv": _csv(rows)})
    f = res.ledger["files"][0]
    assert f["date_order"] == "day first (UK): a first field above 12 (13/05/2019 09:00:00)"
    r = res.tables["responses"].set_index("source_row")
    assert [str(t) for t in r["submitted_at"]] == ["2019-05-02 10:30:00", "2019-05-13 09:12:00"]
    assert (r.loc[1, "q9_option_one"], r.loc[1, "q9_option_one_text"]) == ("No", "Schools are stretched")
    assert (r.loc[2, "q11_option_two"], r.loc[2, "q11_option_two_text"]) == ("No", "CSPs lack teeth")
    assert pd.isna(r.loc[1, "q11_option_two_text"])
    # a question the spec does not have: kept, redacted, and counted as an answer
    ua = res.tables["unmapped_answers"]
    assert ua[["source_row", "header", "text"]].values.tolist() == [
        [1, "How did you hear about this consultation?", "Email me on [email]"]
    ]
    assert res.tables["pii"]["email"].dropna().tolist() == ["ann@ode.example"]


def test_citizen_space_about_you_page(tmp_path):
    head = ["Response ID", "Submitted on", "What is your name?", "What is your email address?"]
    head += ["What is your organisation?", "What is your postcode?", "Home phone (evenings)", "Signature"]
    head += ["Do you consider that Option Three would best achieve the consultation vision?", "Please explain why"]
    head += ["May we publish your response?"]
    rows = [
        head,
        ["ANON-K1RS-QF8G-1", "2019-05-20 16:04:11", "Dee Jones", "dee@example.org", "Cyngor Tref Tregaron"]
        + ["SY25 6JL", "01632 960111", "D. Jones", "Yes", "Local groups know their area", "Yes"],
        ["ANON-K1RS-QF8G-2", "2019-05-21 08:00:00", "Eli Cole", "", "", "ls6 2ab", "", "", "No", "", "No"],
    ]
    res = _run(tmp_path, {"cs.csv": _csv(rows)})
    r = res.tables["responses"].set_index("source_row")
    assert (r.loc[1, "respondent_type"], r.loc[2, "respondent_type"]) == ("Organisation", "Individual")
    assert (r.loc[1, "q13_option_three"], r.loc[1, "q13_option_three_text"]) == ("Yes", "Local groups know their area")
    assert (r.loc[1, "q3_region"], r.loc[2, "q3_region"]) == ("Wales", "Yorkshire and the Humber")
    pii = res.tables["pii"].set_index("respondent_id").loc[r["respondent_id"]]
    assert pii["full_name"].tolist() == ["Dee Jones", "Eli Cole"]
    assert pii["organisation"].fillna("").tolist() == ["Cyngor Tref Tregaron", ""]
    assert pii["phone"].fillna("").tolist() == ["01632 960111", ""]
    # a personal column the spec has no field for goes to the PII table, never to unmapped answers
    assert json.loads(pii["other_details"].iloc[0]) == {"Signature": "D. Jones"} and pd.isna(
        pii["other_details"].iloc[1]
    )
    assert res.tables["unmapped_answers"].empty
