"""Online exports in every layout family, written by hand with their own header wording.

Each fixture is a tiny export a platform might produce; the expected values are what a careful
analyst would record from it, worked out by hand.
"""

from __future__ import annotations

import csv
import io

import numpy as np
import pandas as pd
import pytest

from svanalysis.ingest.pipeline import NothingToIngest, ingest
from svanalysis.ingest.readers.tabular import detect_layout, load_grid, read_table


def _write(path, rows, encoding="utf-8", newline="\n"):
    buf = io.StringIO()
    csv.writer(buf, lineterminator=newline).writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def _ingest(tmp_path, name, rows, **kw):
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    _write(raw / name, rows, **kw)
    res = ingest([raw], tmp_path / "out", overrides=tmp_path / "none.csv")
    r = res.tables["responses"].set_index("source_row")
    return res, r


# A single header row, reworded and abbreviated, columns reordered, a column of the platform's own.
SINGLE = [
    [
        "Response ref",
        "Date submitted",
        "Your email",
        "Q3 - Region",
        "Q1 - Sector (select one)",
        "Q1 - Other sector",
        "Q9 - Option One best achieves vision?",
        "Q9 - Why?",
        "Q11 Option 2 best?",
        "Q13. Option Three would best achieve the vision",
        "Q15 - Full Time Equivalents (per year)",
        "Q15 - Volunteer time (hours per week)",
        "Q17 other costs",
        "Q18 benefits (tick all)",
        "Moderator notes",
    ],
    [
        "A1",
        "2019-04-03 10:00",
        "a.b@x.example",
        "Yorks & Humber",
        "Local Authority",
        "",
        "Yes",
        "A clear duty helps",
        "No",
        "Don't know",
        "approx 2 FTE",
        "5",
        "£10k",
        "Improved outcomes for victims; Reductions in serious violent crime",
        "follow up",
    ],
    [
        "A2",
        "2019-04-04 11:30",
        "c.d@y.example",
        "Cymru",
        "Other, please specify",
        "Fire and rescue",
        "no",
        "",
        "Yes",
        "Partly",
        "3-4",
        "",
        "unknown",
        "Other: better data sharing",
        "",
    ],
]


def test_single_header_row_reworded(tmp_path):
    res, r = _ingest(tmp_path, "export.csv", SINGLE)
    assert res.ledger["files"][0]["layout"] in ("single", "component")
    a, b = r.loc[1], r.loc[2]
    assert (a["source_id"], a["q3_region"], a["q1_sector"]) == ("A1", "Yorkshire and the Humber", "Local government")
    assert (a["q9_option_one"], a["q9_option_one_text"], a["q11_option_two"], a["q13_option_three"]) == (
        "Yes",
        "A clear duty helps",
        "No",
        "Unclear",
    )
    assert (a["q15_fte"], a["q15_volunteer_hours_per_year"], a["q17_other_costs_gbp"]) == (2.0, 260.0, 10000.0)
    assert (b["q3_region"], b["q1_sector"], b["q1_sector_other"]) == ("Wales", "Other", "Fire and rescue")
    assert (b["q9_option_one"], b["q11_option_two"], b["q13_option_three"]) == ("No", "Yes", "Mixed")
    assert (b["q15_fte"], b["q15_fte_low"], b["q15_fte_high"]) == (3.5, 3.0, 4.0)
    assert np.isnan(b["q17_other_costs_gbp"]) and b["q17_other_costs_text"] == "unknown"
    ch = res.tables["choices"]
    got = (
        ch[ch["question"] == "q18"]
        .groupby("respondent_id", sort=False)["choice"]
        .apply(lambda s: sorted(map(str, s)))
        .tolist()
    )
    assert got == [["Improved outcomes for victims", "Reductions in serious violent crime"], ["Other"]]
    assert ch.loc[ch["choice"] == "Other", "other_text"].tolist() == ["better data sharing"]
    unmapped = res.ledger["files"][0]["unmapped"]
    assert [u["header"] for u in unmapped] == ["Moderator notes"]
    kept = res.tables["unmapped_answers"]
    assert kept[["source_row", "header", "text"]].values.tolist() == [[1, "Moderator notes", "follow up"]]


def test_email_goes_to_pii_only(tmp_path):
    res, r = _ingest(tmp_path, "export.csv", SINGLE)
    assert res.tables["pii"]["email"].tolist() == ["a.b@x.example", "c.d@y.example"]
    assert "a.b@x.example" not in r.astype(str).to_numpy().ravel()


def test_header_then_blank_row(tmp_path):
    rows = [SINGLE[0], [""] * len(SINGLE[0])] + SINGLE[1:]
    res, r = _ingest(tmp_path, "export.csv", rows)
    assert res.ledger["files"][0]["layout"] == "blank_row"
    assert list(r.index) == [1, 2]  # the blank row is part of the header, not a data row
    assert r.loc[2, "q3_region"] == "Wales"


SURVEYMONKEY = [
    [
        "Respondent ID",
        "Collector ID",
        "Start Date",
        "End Date",
        "IP Address",
        "Email Address",
        "First Name",
        "Last Name",
        "1. What sector does your agency/organisation represent?",
        "",
        "3. Where is your agency/organisation based?",
        "9. Do you consider that Option One would best achieve the consultation vision? Please explain why.",
        "",
        "18. What, if any, benefits do you envisage under the proposed option? Multiple answers possible.",
        "",
        "",
        "16. Please specify the number of Full Time Equivalents (FTEs) in your agency/organisation involved in these activities by role/rank.",
        "",
    ],
    [
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "Response",
        "Other (please specify)",
        "Response",
        "Response",
        "Open-Ended Response",
        "Improved collaboration with other agencies/organisations",
        "Improved outcomes for victims",
        "Other (please specify)",
        "Police officer (sergeant and below)",
        "Youth or community worker",
    ],
    [
        "11041",
        "2391",
        "04/05/2019 09:12",
        "04/05/2019 09:40",
        "192.0.2.7",
        "p@q.example",
        "Pat",
        "Quinn",
        "Police",
        "",
        "North West",
        "Yes",
        "Consistency across areas",
        "Improved collaboration with other agencies/organisations",
        "",
        "",
        "2",
        "0.5",
    ],
    [
        "11042",
        "2391",
        "05/05/2019 14:00",
        "05/05/2019 14:30",
        "192.0.2.8",
        "",
        "",
        "",
        "Other (please specify)",
        "Housing association",
        "London",
        "No",
        "",
        "",
        "Improved outcomes for victims",
        "Fewer repeat victims",
        "",
        "1",
    ],
]


def test_surveymonkey_two_header_rows(tmp_path):
    res, r = _ingest(tmp_path, "sm.csv", SURVEYMONKEY)
    f = res.ledger["files"][0]
    assert f["layout"] == "surveymonkey" and f["rows_read"] == 2
    assert (r.loc[1, "source_id"], r.loc[1, "q1_sector"], r.loc[1, "q3_region"], r.loc[1, "q9_option_one"]) == (
        "11041",
        "Police",
        "North West",
        "Yes",
    )
    assert r.loc[1, "q9_option_one_text"] == "Consistency across areas"
    assert (r.loc[2, "q1_sector"], r.loc[2, "q1_sector_other"]) == ("Other", "Housing association")
    assert str(r.loc[1, "submitted_at"]).startswith("2019-05-04 09:40")  # UK day-first date
    ch = res.tables["choices"]
    assert sorted(map(str, ch["choice"])) == [
        "Improved collaboration with other agencies/organisations",
        "Improved outcomes for victims",
        "Other",
    ]
    assert ch.loc[ch["choice"].astype(str) == "Other", "other_text"].tolist() == ["Fewer repeat victims"]
    roles = res.tables["role_fte"]
    assert roles[["role", "fte"]].astype({"role": str}).values.tolist() == [
        ["Police officer (sergeant and below)", 2.0],
        ["Youth or community worker", 0.5],
        ["Youth or community worker", 1.0],
    ]
    pii = res.tables["pii"].set_index("respondent_id").loc[r.loc[1, "respondent_id"]]
    assert (pii["ip_address"], pii["full_name"], pii["email"]) == ("192.0.2.7", "Pat Quinn", "p@q.example")


QUALTRICS = [
    [
        "StartDate",
        "EndDate",
        "Status",
        "IPAddress",
        "Progress",
        "Finished",
        "ResponseId",
        "RecipientEmail",
        "Q3",
        "Q9",
        "Q9_TEXT",
        "Q19",
        "Q19_8_TEXT",
        "Q25_1",
        "Q25_4",
    ],
    [
        "Start Date",
        "End Date",
        "Response Type",
        "IP Address",
        "Progress",
        "Finished",
        "Response ID",
        "Recipient Email",
        "Where is your organisation based? - Selected Choice",
        "Do you consider that Option One would best achieve the consultation vision? - Selected Choice",
        "Do you consider that Option One would best achieve the consultation vision? - Please explain why - Text",
        "What, if any, disadvantages do you foresee arising from the proposed option? - Selected Choice",
        "What, if any, disadvantages do you foresee arising from the proposed option? - Other, please specify: - Text",
        "How much additional time/resource would be required (Option Three)? - Full Time Equivalents (per year)",
        "How much additional time/resource would be required (Option Three)? - Volunteer time (hours per year)",
    ],
    [
        '{"ImportId":"startDate"}',
        '{"ImportId":"endDate"}',
        '{"ImportId":"status"}',
        '{"ImportId":"ipAddress"}',
        '{"ImportId":"progress"}',
        '{"ImportId":"finished"}',
        '{"ImportId":"_recordId"}',
        '{"ImportId":"recipientEmail"}',
        '{"ImportId":"QID3"}',
        '{"ImportId":"QID9"}',
        '{"ImportId":"QID9_TEXT"}',
        '{"ImportId":"QID19"}',
        '{"ImportId":"QID19_8_TEXT"}',
        '{"ImportId":"QID25_1"}',
        '{"ImportId":"QID25_4"}',
    ],
    [
        "2019-05-01 10:00:00",
        "2019-05-01 10:20:00",
        "IP Address",
        "198.51.100.3",
        "100",
        "True",
        "R_abc1",
        "",
        "South East",
        "Don't know",
        "",
        "Increased time pressures on your organisation,Diversion of spending/resource away from other areas",
        "",
        "half a post",
        "200",
    ],
    [
        "2019-05-02 10:00:00",
        "2019-05-02 10:05:00",
        "IP Address",
        "198.51.100.4",
        "40",
        "False",
        "R_abc2",
        "",
        "East Midlands",
        "",
        "",
        "Poor outcomes for victims/offenders,Other",
        "Mission creep",
        "",
        "",
    ],
]


def test_qualtrics_three_header_rows(tmp_path):
    res, r = _ingest(tmp_path, "q.csv", QUALTRICS)
    f = res.ledger["files"][0]
    assert f["layout"] == "qualtrics" and f["header_rows"] == 3 and f["rows_read"] == 2
    a, b = r.loc[1], r.loc[2]
    assert (a["source_id"], a["q3_region"], a["q9_option_one"], a["response_status"]) == (
        "R_abc1",
        "South East",
        "Unclear",
        "complete",
    )
    assert (b["q3_region"], b["response_status"]) == (
        "East Midlands",
        "partial",
    )  # partial responses are kept and marked
    assert (a["q25_fte"], a["q25_volunteer_hours_per_year"]) == (0.5, 200.0)
    ch = res.tables["choices"]
    q19 = ch[ch["question"] == "q19"]
    assert sorted(map(str, q19["choice"])) == [
        "Diversion of spending/resource away from other areas",
        "Increased time pressures on your organisation",
        "Other",
        "Poor outcomes for victims/offenders",
    ]
    assert q19["other_text"].dropna().tolist() == ["Mission creep"]
    assert "198.51.100.3" in res.tables["pii"]["ip_address"].tolist()


def test_question_component_headers(tmp_path):
    rows = [
        [
            "id",
            "Q20 - Additional resource (Option Two) - FTE",
            "Q20 - Additional resource (Option Two) - volunteer hours per month",
            "Q21 - FTE by role - Social worker",
            "Q21 - FTE by role - Other, not listed above, please specify:",
            "Q21 - FTE by role - Other role name",
            "Q23 - Benefits - Improved organisational processes",
            "Q23 - Benefits - Less resources or costs to your agency/organisation",
        ],
        ["1", "1.5", "10", "1", "0.5", "Analyst", "X", ""],
        ["2", "", "", "two", "", "", "", "TRUE"],
    ]
    res, r = _ingest(tmp_path, "c.csv", rows)
    assert r.loc[1, "q20_fte"] == 1.5 and r.loc[1, "q20_volunteer_hours_per_year"] == 120.0
    roles = res.tables["role_fte"]
    got = (
        roles[["role", "fte", "other_text"]]
        .astype({"role": str, "other_text": object})
        .fillna({"other_text": ""})
        .values.tolist()
    )
    assert got[:2] == [["Social worker", 1.0, ""], ["Other", 0.5, "Analyst"]]
    assert roles["fte"].tolist()[-1] == 2.0
    ch = res.tables["choices"]
    assert ch[["choice"]].astype(str)["choice"].tolist() == [
        "Improved organisational processes",
        "Less resources or costs to your agency/organisation",
    ]


def test_role_figures_across_questions_are_parsed_logged_and_ordered(tmp_path):
    # the same texts in the role grids of two questions: each figure is read the same way in
    # either, logged under its own question and role, and the table is in the order the
    # responses came, then question, then role (not the order the columns were read)
    rows = [
        [
            "id",
            "Q21 - FTE by role - Social worker",
            "Q21 - FTE by role - Nurse",
            "Q16 - FTE by role - Social worker",
            "Q16 - FTE by role - Nurse",
        ],
        ["1", "two", "", "3-4", "300"],
        ["2", "", "1.5", "", "two"],
        ["3", "unknown", "", "", ""],
    ]
    res, _ = _ingest(tmp_path, "roles.csv", rows)
    roles = res.tables["role_fte"]
    got = roles[["question", "role", "fte", "fte_low", "fte_high", "implausible"]].astype(
        {"question": str, "role": str}
    )
    assert got.values.tolist() == [
        ["q16", "Nurse", 300.0, 300.0, 300.0, True],  # over the 250 FTE bound
        ["q16", "Social worker", 3.5, 3.0, 4.0, False],
        ["q21", "Social worker", 2.0, 2.0, 2.0, False],
        ["q16", "Nurse", 2.0, 2.0, 2.0, False],
        ["q21", "Nurse", 1.5, 1.5, 1.5, False],
    ]
    log = res.tables["cleaning_log"]
    log = log[log["field"].astype(str).str.startswith("role_fte:")]
    assert sorted(log[["field", "raw", "clean", "rule"]].astype(str).fillna("").values.tolist()) == [
        ["role_fte:q16:Nurse", "300", "300", "implausible"],
        ["role_fte:q16:Nurse", "two", "2", "word_number"],
        ["role_fte:q16:Social worker", "3-4", "3.5", "range_midpoint"],
        ["role_fte:q21:Social worker", "two", "2", "word_number"],
        ["role_fte:q21:Social worker", "unknown", "", "missing_marker"],  # no figure: nothing kept
    ]


def test_choices_merge_each_options_mentions_in_the_questions_order(tmp_path):
    # options listed in any order come out in the question's order; "Other" named in the list with
    # its text and again in the Other box is one row with the first text found (the list's); an
    # Other box alone implies "Other"; a piece that names no option is logged, not kept
    rows = [
        ["id", "Q19 - Disadvantages", "Q19 - Disadvantages - Other, please specify:"],
        ["1", "Other: mission creep; Worsening of organisational processes", "Mission creep everywhere"],
        ["2", "", "Paperwork"],
        ["3", "Poor outcomes for victims/offenders; Increased time pressures on your organisation; cheese", ""],
    ]
    res, _ = _ingest(tmp_path, "choices.csv", rows)
    ch = res.tables["choices"]
    got = ch[ch["question"] == "q19"][["choice", "other_text"]].astype(str).fillna("").values.tolist()
    assert got == [
        ["Worsening of organisational processes", ""],
        ["Other", "mission creep"],
        ["Other", "Paperwork"],
        ["Increased time pressures on your organisation", ""],
        ["Poor outcomes for victims/offenders", ""],
    ]
    log = res.tables["cleaning_log"]
    log = log[log["field"].astype(str) == "choices:q19"]
    assert sorted(log[["raw", "rule"]].astype(str).values.tolist()) == [
        ["Mission creep everywhere", "other_text_implies_other"],
        ["Paperwork", "other_text_implies_other"],
        ["cheese", "unmatched"],
    ]


def test_two_tier_ids_above_text(tmp_path):
    rows = [
        ["resp_id", "sector", "region", "opt1", "opt1_why", "opt3"],
        [
            "Response ID",
            "What sector does your agency/organisation represent?",
            "Where is your agency/organisation based?",
            "Do you consider that Option One would best achieve the consultation vision?",
            "Please explain why (Option One)",
            "Do you consider that Option Three would best achieve the consultation vision?",
        ],
        ["9", "Education", "West Mids", "N", "Schools are stretched", "Y"],
    ]
    res, r = _ingest(tmp_path, "t.csv", rows)
    assert res.ledger["files"][0]["layout"] == "two_tier"
    a = r.loc[1]
    assert (a["q1_sector"], a["q3_region"], a["q9_option_one"], a["q13_option_three"]) == (
        "Education and child care",
        "West Midlands",
        "No",
        "Yes",
    )
    assert a["q9_option_one_text"] == "Schools are stretched"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp1252", "latin-1"])
def test_encodings_keep_pound_signs_and_quotes(tmp_path, encoding):
    quote = "“" if encoding != "latin-1" else '"'
    rows = [
        ["Q17 other costs", "Q9", "Q9 explanation"],
        ["£2,500 one-off", "Yes", f"We {quote}strongly{quote} support it"],
    ]
    res, r = _ingest(tmp_path, "e.csv", rows, encoding=encoding, newline="\r\n")
    assert res.ledger["files"][0]["encoding"] in (encoding, "utf-8", "cp1252", "latin-1")
    assert r.loc[1, "q17_other_costs_gbp"] == 2500.0
    assert r.loc[1, "q17_other_costs_text"] == "£2,500 one-off"
    assert r.loc[1, "q9_option_one_text"] == f"We {quote}strongly{quote} support it"


def test_excel_artefacts_and_whitespace(tmp_path):
    rows = [["Q31 Any other comments", "Q5 activities in place?"], ["First line_x000D_\nsecond line  ", "  Yes  "]]
    res, r = _ingest(tmp_path, "a.csv", rows)
    assert r.loc[1, "q31_text"] == "First line\n\nsecond line" or r.loc[1, "q31_text"].startswith("First line")
    assert "_x000D_" not in r.loc[1, "q31_text"]
    assert r.loc[1, "q5_current_activity"] == "Yes"


def test_excel_workbook_with_summary_sheet_merged_headers_and_numbers(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "About this export"
    ws.append(["Exported 28 May 2019"])
    data = wb.create_sheet("Responses")
    data.append(["ID", "6.2 How much time/resources currently spent", None, "3. Region"])
    data.append([None, "Full Time Equivalents (per year)", "Volunteer time (hours per year)", "Response"])
    data.merge_cells("B1:C1")
    data.append([101, 2.5, 300, "London"])
    data.append([102, 4, None, "south east"])
    raw = tmp_path / "raw"
    raw.mkdir()
    wb.save(raw / "export.xlsx")
    res = ingest([raw], tmp_path / "out", overrides=tmp_path / "none.csv")
    f = res.ledger["files"][0]
    assert f["sheet"] == "Responses" and f["rows_read"] == 2
    r = res.tables["responses"].set_index("source_row")
    assert (
        r.loc[1, "source_id"],
        r.loc[1, "q6_2_fte"],
        r.loc[1, "q6_2_volunteer_hours_per_year"],
        r.loc[1, "q3_region"],
    ) == ("101", 2.5, 300.0, "London")
    assert (r.loc[2, "q6_2_fte"], r.loc[2, "q3_region"]) == (4.0, "South East")


def test_long_and_short_rows_are_rejected_with_their_numbers(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "r.csv").write_text(
        "Q3 Region,Q9 Option One best\nLondon,Yes\nWales,No,surprise\nNorth East\nSouth West,No\n", encoding="utf-8"
    )
    res = ingest([raw], tmp_path / "out", overrides=tmp_path / "none.csv")
    assert res.rejects[["source_row", "reason"]].values.tolist() == [
        [2, "row 2: row has 3 cells but the header has 2 (line 3 of the file)"],
        [3, "row 3: row has 1 cells but the header has 2 (line 4 of the file)"],  # short: never padded
    ]
    r = res.tables["responses"].set_index("source_row")
    assert list(r.index) == [1, 4] and r.loc[4, "q3_region"] == "South West"
    f = res.ledger["files"][0]
    assert (f["rows_read"], f["responses"], f["rejected"]) == (4, 2, 2)


def test_row_with_no_answers_is_rejected(tmp_path):
    rows = [["ID", "Email", "Q3 Region", "Q9"], ["1", "a@b.example", "", ""], ["2", "", "London", ""]]
    res, r = _ingest(tmp_path, "x.csv", rows)
    assert res.rejects["reason"].tolist() == ["row 1: no answer to any question"]
    assert list(r.index) == [2]


def test_unrecognised_file_is_rejected(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "budget.csv").write_text("item,cost\npens,3\n", encoding="utf-8")
    (raw / "empty.csv").write_text("", encoding="utf-8")
    # nothing readable: refused, each file's reason in the one-line message, no outputs written
    with pytest.raises(NothingToIngest) as err:
        ingest([raw], tmp_path / "out", overrides=tmp_path / "none.csv")
    assert str(err.value) == (
        "no responses in the input (2 file(s): budget.csv: not a recognised export: no column matches the "
        f"questionnaire; empty.csv: the file is empty); {tmp_path / 'out'} is left as it was"
    )
    assert not (tmp_path / "out").exists()


def test_numbers_stored_as_text_and_semicolon_delimited(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "s.csv").write_text("Q15 FTE;Q17 other costs\n'2;£1.5m\n", encoding="utf-8")
    res = ingest([raw], tmp_path / "out", overrides=tmp_path / "none.csv")
    r = res.tables["responses"].iloc[0]
    assert r["q15_fte"] == 2.0 and r["q17_other_costs_gbp"] == 1_500_000.0


def test_layout_detection_on_grids():
    g = pd.DataFrame([["Q1 Sector", "Q3 Region"], ["Police", "London"]], dtype="string")
    assert detect_layout(g).name == "single"
    g2 = pd.DataFrame(
        [
            ["Q1", "Q3"],
            ["What sector does your agency/organisation represent?", "Where is your agency/organisation based?"],
            ["Police", "London"],
        ],
        dtype="string",
    )
    assert detect_layout(g2).name == "two_tier"


def test_load_grid_reports_encoding(tmp_path):
    p = tmp_path / "x.csv"
    p.write_bytes("Q17\n£5\n".encode("cp1252"))
    grid, info = load_grid(p)
    assert info["encoding"] == "cp1252" and grid.iloc[1, 0] == "£5"


def test_read_table_gives_slots_and_rows(tmp_path):
    p = _write(tmp_path / "x.csv", SINGLE)
    t = read_table(p)
    assert t.rows_read == 2 and t.slots["_row"].tolist() == [1, 2]
    assert t.slots.loc[0, "q1"] == "Local Authority"  # slots hold text as received; cleaning maps it


# An export that numbers its own "About you" questions first, so every question of the paper carries another number
# (found in the QA of 8 December: the numbers were trusted over the words, answers filed under the wrong question, and
# names and emails went into answer columns). The words say which question a column holds.
RENUMBERED = [
    [
        "Response ID",
        "Q1. What is your name?",
        "Q2. What is your email address?",
        "Q3. What sector does your agency/organisation represent?",
        "Q5. Where is your agency/organisation based?",
        "Q11. Do you consider that Option One would best achieve the consultation vision?",
        "Q12. Do you consider the specific agencies listed in Schedule 6 to the Counter-Terrorism and Security Act "
        "2015 the right partners to achieve the consultation vision?",
        "Q13. Do you consider that Option two would best achieve the consultation vision?",
        "Q15. Do you consider that Option Three would best achieve the consultation vision?",
        "Q17. How much additional time/resource would be required by your agency/organisation to implement and "
        "carry forward the proposed option in terms of: - Full Time Equivalents (per year)",
        "Q22. How much additional time/resource would be required by your agency/organisation to implement and "
        "carry forward the proposed option in terms of: - Full Time Equivalents (per year)",
    ],
    ["1", "Ann Example", "ann@x.example", "Police", "London", "Yes", "No", "No", "Yes", "2", "3"],
    ["2", "Bob Example", "bob@x.example", "Health", "Wales", "No", "Yes", "Yes", "No", "", "0.5"],
]


def test_an_export_numbered_its_own_way_is_mapped_by_the_words(tmp_path):
    res, r = _ingest(tmp_path, "export.csv", RENUMBERED)
    # by hand: row 1 said Yes to Option One (Q9), No to Schedule 6 (Q10), No to Option Two (Q11), Yes to Option Three
    # (Q13); row 2 the opposite of each
    assert r["q9_option_one"].tolist() == ["Yes", "No"]
    assert r["q10_schedule6"].tolist() == ["No", "Yes"]
    assert r["q11_option_two"].tolist() == ["No", "Yes"]
    assert r["q13_option_three"].tolist() == ["Yes", "No"]
    assert r["q1_sector"].tolist() == ["Police", "Health and social care"]
    assert r["q3_region"].tolist() == ["London", "Wales"]
    # the costs asked alike of each option: "Q17" is the paper's Q15 (Option One), "Q22" its Q20 (Option Two), the
    # export's numbers being two ahead of the paper's wherever its words said which question a column held
    assert r["q15_fte"].iloc[0] == 2.0 and pd.isna(r["q15_fte"].iloc[1])
    assert r["q20_fte"].tolist() == [3.0, 0.5]
    # the name and email are personal data, kept in the PII table only, never in an answer column
    pii = res.tables["pii"].set_index("respondent_id")
    assert pii.loc[r["respondent_id"], "full_name"].tolist() == ["Ann Example", "Bob Example"]
    assert pii.loc[r["respondent_id"], "email"].tolist() == ["ann@x.example", "bob@x.example"]
    text = r.astype("string").fillna("").to_numpy().ravel().tolist()
    assert not any("Example" in v or "x.example" in v for v in text)


def test_a_table_saved_as_unicode_or_tab_delimited_text_is_read_as_an_export(tmp_path):
    """Excel's "Unicode Text" (UTF-16, tabs) and "Text (Tab delimited)" save a sheet as .txt: found in the QA of 8
    December read as one letter holding every respondent's name and email (the UTF-16 one undecoded, so unredacted)."""
    rows = [
        [
            "Response ID",
            "Full name",
            "Email",
            "Q1. Sector",
            "Q9. Option One best achieves vision?",
            "Q13. Option Three?",
        ],
        ["1", "Ann Example", "ann@x.example", "Police", "Yes", "No"],
        ["2", "Bob Example", "bob@x.example", "Education", "No", "Yes"],
    ]
    text = "\r\n".join("\t".join(r) for r in rows) + "\r\n"
    for name, data in (("unicode.txt", text.encode("utf-16")), ("tabs.txt", text.encode("utf-8"))):
        raw = tmp_path / name / "raw"
        raw.mkdir(parents=True)
        (raw / name).write_bytes(data)
        res = ingest([raw], tmp_path / name / "out", overrides=tmp_path / "none.csv")
        r = res.tables["responses"].set_index("source_row")
        assert r["channel"].tolist() == ["online", "online"], name
        assert r["q9_option_one"].tolist() == ["Yes", "No"] and r["q13_option_three"].tolist() == ["No", "Yes"]
        assert res.tables["pii"]["email"].tolist() == ["ann@x.example", "bob@x.example"]


def test_a_letter_saved_as_unicode_text_is_decoded(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    letter = "Dear Sir or Madam,\n\nWe support Option One.\n\nYours faithfully,\nJane Smith\n"
    (raw / "letter.txt").write_bytes(letter.encode("utf-16"))
    res = ingest([raw], tmp_path / "out", overrides=tmp_path / "none.csv")
    r = res.tables["responses"]
    assert r["channel"].tolist() == ["letter"]
    assert r["letter_text"].iloc[0].startswith("Dear Sir or Madam,") and "\x00" not in r["letter_text"].iloc[0]
    assert r["q9_option_one"].tolist() == ["Yes"]


ABOVE_HEADER = [
    [
        "Response ID",
        "Q1. What sector does your agency/organisation represent?",
        "Q9. Option One best?",
        "Q13. Option Three?",
    ],
    ["1", "Police", "Yes", "No"],
    ["2", "Education", "No", "Yes"],
]


@pytest.mark.parametrize("above", ["title", "title and blank", "blank", "title with commas"])
def test_a_title_or_blank_rows_above_the_header_are_not_a_respondent(tmp_path, above):
    """Found in the QA of 8 December: the title became the header and the header a respondent (nothing mapped, exit 0),
    or a blank first line stopped the file being read."""
    pre = {
        "title": [["Serious violence consultation - export"]],
        "title and blank": [["Serious violence consultation - export"], []],
        "blank": [[]],
        "title with commas": [["Serious violence consultation - export", "", "", ""]],
    }[above]
    res, r = _ingest(tmp_path, "export.csv", pre + ABOVE_HEADER)
    assert len(r) == 2  # by hand: two respondents, no more
    assert r["q1_sector"].tolist() == ["Police", "Education and child care"]
    assert r["q9_option_one"].tolist() == ["Yes", "No"] and r["q13_option_three"].tolist() == ["No", "Yes"]


def test_a_title_row_above_an_excel_header_is_not_a_respondent(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Serious violence consultation - export"])
    ws.append([])
    for row in ABOVE_HEADER:
        ws.append(row)
    ws.merge_cells("A1:D1")
    raw = tmp_path / "raw"
    raw.mkdir()
    wb.save(raw / "export.xlsx")
    res = ingest([raw], tmp_path / "out", overrides=tmp_path / "none.csv")
    r = res.tables["responses"]
    assert r["q1_sector"].tolist() == ["Police", "Education and child care"]
    assert r["q9_option_one"].tolist() == ["Yes", "No"]


def test_dates_saved_as_excel_serial_numbers_are_read_and_logged(tmp_path):
    """QA of 8 December: a sheet re-saved with its dates as numbers lost every date, silently (so the duplicate rule
    kept the wrong submission). 43466 is 1 January 2019 in Excel's count; 43558.5 is 92 and a half days on."""
    rows = [
        ["Response ref", "Date submitted", "Q9 - Option One best achieves vision?"],
        ["A1", "43558.5", "Yes"],
        ["A2", "43605", "No"],
        ["A3", "not a date", "No"],
    ]
    res, r = _ingest(tmp_path, "export.csv", rows)
    assert [str(t)[:19] for t in r["submitted_at"]] == ["2019-04-03 12:00:00", "2019-05-20 00:00:00", "NaT"]
    log = res.tables["cleaning_log"]
    dates = log[log["field"] == "submitted_at"].sort_values("raw")
    assert dates[["raw", "rule"]].values.tolist() == [
        ["43558.5", "date_from_excel_serial"],
        ["43605", "date_from_excel_serial"],
        ["not a date", "date_not_read"],
    ]


def test_a_closed_answer_giving_both_or_a_strong_no_is_read_as_written(tmp_path):
    """QA of 8 December: "Yes/No" (the prompt left as it was) was read as Yes, "Definitely not" as Unclear."""
    rows = [
        ["Response ref", "Q9 - Option One best achieves vision?", "Q9 - Why?"],
        ["A1", "Yes/No", ""],
        ["A2", "Yes / No", "We do not support Option One: it adds burdens without resources."],
        ["A3", "Definitely not", ""],
        ["A4", "Not at all", ""],
        ["A5", "Yes. We sit on the CSP.", ""],
    ]
    res, r = _ingest(tmp_path, "export.csv", rows)
    # by hand: both answers and nothing else is no answer (Unclear); with an explanation, the explanation decides
    assert r["q9_option_one"].tolist()[0] == "Unclear" and r["q9_option_one_method"].tolist()[0] == "closed"
    assert r["q9_option_one"].tolist()[1] == "No" and r["q9_option_one_method"].tolist()[1] != "closed"
    assert r["q9_option_one"].tolist()[2:] == ["No", "No", "Yes"]


def test_a_second_sheet_of_responses_is_named_not_dropped_silently(tmp_path):
    """QA of 8 December: a workbook with two sheets of responses had its second dropped without a word. One sheet is
    read; the others that look like responses are named in the ledger (and by the command); a notes sheet is not."""
    from openpyxl import Workbook

    header = ["Response ID", "Date submitted", *ABOVE_HEADER[0][1:]]
    wb = Workbook()
    notes = wb.active
    notes.title = "Notes"
    notes.append(["Downloaded on 29 May 2019"])
    for title, rows in (
        ("Wave 1", [header, ["1", "2019-04-03", "Police", "Yes", "No"], ["2", "2019-04-04", "Education", "No", "Yes"]]),
        ("Wave 2", [header, ["3", "2019-05-03", "Police", "No", "No"]]),
    ):
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    raw = tmp_path / "raw"
    raw.mkdir()
    wb.save(raw / "export.xlsx")
    res = ingest([raw], tmp_path / "out", overrides=tmp_path / "none.csv")
    (f,) = res.ledger["files"]
    # the sheet that looks most like an export is read (here Wave 2: its top rows hold fewer answers), the other named
    assert len(f["sheets_not_read"]) == 1 and {f["sheet"], *f["sheets_not_read"]} == {"Wave 1", "Wave 2"}
    assert f["rows_read"] == {"Wave 1": 2, "Wave 2": 1}[f["sheet"]]
