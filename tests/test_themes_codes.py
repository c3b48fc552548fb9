"""A person's theme codes: read with errors naming file, row and column; merged, the newer code winning."""

from __future__ import annotations

import pytest

from svanalysis.analysis.themes.codes import CODE_COLUMNS, load_codes, merge_codes, parse_codes
from svanalysis.analysis.themes.frame import parse_frame
from svanalysis.core.processed import load_processed

FRAME = parse_frame("q14_text:\n  - id: funding\n    name: Funding\n  - id: training\n    name: Training\n")
HEAD = "respondent_id,field,theme,present\n"


def test_reads_codes_and_the_last_code_of_a_pair_wins():
    text = HEAD + "R1,q14_text,funding,1\nR1,q14_text,training,0\n'R2,q14_text,funding,yes\nR1,q14_text,funding,0\n"
    got = parse_codes(text, FRAME)
    assert list(got.columns) == CODE_COLUMNS
    assert got[["respondent_id", "theme", "present"]].values.tolist() == [
        ["R1", "training", 0],
        ["R2", "funding", 1],  # a spreadsheet's leading quote is dropped; "yes" is 1
        ["R1", "funding", 0],  # the later code of R1/funding replaced the earlier one
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (HEAD + "R1,q14_text,funding,2\n", r"codes.csv, row 2, column present: '2' must be 1 \(present\) or 0"),
        (HEAD + "R1,q14_text,funding,1\nR2,q99_text,funding,1\n", r"codes.csv, row 3, column field: 'q99_text'"),
        (HEAD + "R1,q14_text,weather,1\n", r"codes.csv, row 2, column theme: 'weather' is not a theme of q14_text"),
        (HEAD + ",q14_text,funding,1\n", r"codes.csv, row 2, column respondent_id: empty"),
        ("respondent_id,theme,present\nR1,funding,1\n", r"codes.csv, row 1: missing column\(s\) \['field'\]"),
        (HEAD + "R1,q14_text,funding,1,extra\n", r"codes.csv, row 2: 5 values where the header has 4"),
        ("", r"codes.csv: the codes file is empty"),
    ],
)
def test_bad_codes_name_file_row_and_column(text, message):
    with pytest.raises(ValueError, match=message):
        parse_codes(text, FRAME, source="codes.csv")


def test_a_missing_codes_file_is_no_codes_and_a_folder_is_an_error(tmp_path):
    assert load_codes(tmp_path / "none.csv", FRAME).empty
    with pytest.raises(ValueError, match="is a folder"):
        load_codes(tmp_path, FRAME)
    p = tmp_path / "codes.csv"
    p.write_bytes(b"\xef\xbb\xbf" + (HEAD + "R1,q14_text,funding,1\n").encode())  # Excel's "CSV UTF-8"
    assert load_codes(p, FRAME)["respondent_id"].tolist() == ["R1"]


def test_merge_keeps_old_codes_and_takes_new_ones():
    old = parse_codes(HEAD + "a,q14_text,funding,1\nb,q14_text,funding,1\n", FRAME)
    new = parse_codes(HEAD + "b,q14_text,funding,0\nc,q14_text,training,1\n", FRAME)
    got = merge_codes(old, new)
    assert got[["respondent_id", "theme", "present"]].values.tolist() == [
        ["a", "funding", 1],
        ["b", "funding", 0],
        ["c", "training", 1],
    ]


def test_load_processed_offers_an_empty_themes_table_until_themes_are_assigned(example_processed):
    data = load_processed(example_processed, text=False)
    assert list(data["themes"].columns) == ["respondent_id", "field", "theme", "confidence", "evidence", "method"]
    assert data["themes"].empty and data["themes"].attrs["theme_frame"] is None
