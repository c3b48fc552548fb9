"""Broken and hostile files: each is read as far as it can be, and what cannot be read is rejected
with a message naming the file, row and what is wrong; nothing slides into the wrong column.

Every file here is written byte by byte, the way the damage really happens (a row pasted from
Word into a UTF-8 export, a UTF-16 save without a byte-order mark, a quote never closed, a line
break outside quotes, a workbook saved by a script that never calculated its formulas).
"""

from __future__ import annotations

import pytest

from svanalysis.ingest.pipeline import ingest
from svanalysis.ingest.readers.delimited import decode_bytes, detect_encoding

HEADER = "Response ID,Q1 Sector,Q1 Other sector,Q3 Region,Q31 Any other comments,May we publish your response?\r\n"


def _run(tmp_path, name, data: bytes):
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    (raw / name).write_bytes(data)
    res = ingest([raw], tmp_path / "out", overrides=tmp_path / "none.csv")
    return res, res.tables["responses"].set_index("source_row")


def test_one_cp1252_row_in_a_utf8_export_is_mended_alone(tmp_path):
    good = "R1,Police,,London,Café – we’d welcome this,Yes\r\n".encode()
    pasted = "R2,Police,,Wales,Café – we’d welcome this too,No\r\n".encode("cp1252")
    res, r = _run(tmp_path, "e.csv", HEADER.encode("utf-8") + good + pasted)
    assert r.loc[1, "q31_text"] == "Café – we’d welcome this"  # the UTF-8 rows are not re-decoded
    assert r.loc[2, "q31_text"] == "Café – we’d welcome this too"
    f = res.ledger["files"][0]
    assert f["encoding"] == "utf-8"
    assert f["mended_rows"] == [{"row": 2, "note": "not valid UTF-8; read as Windows-1252 (line 3 of the file)"}]
    assert res.rejects.empty


def test_a_whole_cp1252_file_is_read_as_cp1252(tmp_path):
    data = (HEADER + "R1,Police,,London,Café – we’d welcome this,Yes\r\n").encode("cp1252")
    res, r = _run(tmp_path, "e.csv", data)
    assert r.loc[1, "q31_text"] == "Café – we’d welcome this"
    assert res.ledger["files"][0]["encoding"] == "cp1252" and res.ledger["files"][0]["mended_rows"] == []


def test_mojibake_row_is_mended_with_a_note(tmp_path):
    once_garbled = "Café – we’d".encode().decode("cp1252")  # 'CafÃ© â€“ weâ€™d', as a re-save leaves it
    data = (HEADER + "R1,Police,,London,Fine,Yes\r\n" + f"R2,Police,,London,{once_garbled},Yes\r\n").encode()
    res, r = _run(tmp_path, "e.csv", data)
    assert r.loc[2, "q31_text"] == "Café – we’d" and r.loc[1, "q31_text"] == "Fine"
    assert [m["row"] for m in res.ledger["files"][0]["mended_rows"]] == [2]


def test_utf16_without_bom_is_detected(tmp_path):
    text = HEADER.replace(",", "\t") + "R1\tPolice\t\tLondon\tCafé – we’d\tYes\r\n"
    data = text.encode("utf-16-le")
    assert detect_encoding(data) == "utf-16-le" and not data.startswith(b"\xff\xfe")
    res, r = _run(tmp_path, "e.csv", data)
    assert res.ledger["files"][0]["encoding"] == "utf-16-le"
    assert (r.loc[1, "q1_sector"], r.loc[1, "q31_text"], r.loc[1, "consent_publish"]) == (
        "Police",
        "Café – we’d",
        "Yes",
    )


def test_bytes_of_no_encoding_reject_only_their_row(tmp_path):
    bad = b"R2,Police,,London,caf\x81 \x8d,Yes\r\n"  # 0x81 and 0x8D are undefined in Windows-1252
    data = HEADER.encode() + "R1,Police,,London,Café,Yes\r\n".encode() + bad + b"R3,Police,,Wales,ok,No\r\n"
    res, r = _run(tmp_path, "e.csv", data)
    assert list(r.index) == [1, 3]
    assert res.rejects["reason"].tolist() == [
        "row 2: bytes that are neither UTF-8 nor Windows-1252 (byte 0x81) (line 3 of the file)"
    ]


def test_unterminated_quote_is_rejected_and_later_rows_read_as_written(tmp_path):
    data = (
        HEADER
        + "R1,Police,,London,Fine,Yes\r\n"
        + 'R2,Other,"Fire and rescue,North West,We agree,No\r\n'  # the quote is never closed
        + "R3,Education,,Wales,Schools matter,Yes\r\n"
        + 'R4,Police,,South East,"Two, with a comma",No\r\n'
    )
    res, r = _run(tmp_path, "q.csv", data.encode())
    assert res.rejects["reason"].tolist() == ["row 2: a quote opened in this row is never closed (line 3 of the file)"]
    assert list(r.index) == [1, 3, 4]
    assert (r.loc[3, "q1_sector"], r.loc[3, "q3_region"], r.loc[3, "consent_publish"]) == (
        "Education and child care",
        "Wales",
        "Yes",
    )
    assert r.loc[4, "q31_text"] == "Two, with a comma" and r.loc[4, "consent_publish"] == "No"
    f = res.ledger["files"][0]
    assert (f["rows_read"], f["responses"], f["rejected"]) == (4, 3, 1)


def test_line_break_outside_quotes_rejects_both_halves_instead_of_shifting(tmp_path):
    data = (
        HEADER
        + "R1,Police,,London,We support\r\n"  # the comment's line break lost its quotes
        + "a clear duty,Yes\r\n"
        + "R2,Education,,Wales,Fine,No\r\n"
    )
    res, r = _run(tmp_path, "b.csv", data.encode())
    assert res.rejects["reason"].tolist() == [
        "row 1: row has 5 cells but the header has 6 (line 2 of the file)",
        "row 2: row has 2 cells but the header has 6 (line 3 of the file)",
    ]
    assert list(r.index) == [3] and r.loc[3, "q1_sector"] == "Education and child care"
    assert r["q1_sector_other"].isna().all()  # no sector slid into "other"


def test_quoted_line_breaks_are_kept_inside_their_cell(tmp_path):
    data = HEADER + 'R1,Police,,London,"First line\r\nsecond line, with comma",Yes\r\n'
    res, r = _run(tmp_path, "ok.csv", data.encode())
    assert r.loc[1, "q31_text"] == "First line\nsecond line, with comma" and res.rejects.empty


def test_decode_bytes_keeps_utf8_rows_and_notes_the_other():
    d = decode_bytes("a\nCafé\n".encode() + "Café\n".encode("cp1252"))
    assert (d.text, d.encoding, d.notes) == ("a\nCafé\nCafé\n", "utf-8", {2: "not valid UTF-8; read as Windows-1252"})


def test_formula_without_cached_value_is_reported_not_read_as_blank(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Responses"
    ws.append(["Response ID", "Q3 Region", "Q15 Full Time Equivalents (per year)", "Q31 Any other comments"])
    ws.append(["R1", "London", 2, "Fine"])
    ws.append(["R2", "Wales", "=1+1", "Also fine"])  # openpyxl stores the formula with no cached value
    raw = tmp_path / "raw"
    raw.mkdir()
    wb.save(raw / "f.xlsx")
    res = ingest([raw], tmp_path / "out", overrides=tmp_path / "none.csv")
    assert res.rejects["reason"].tolist() == [
        "row 2: cell C3 holds the formula =1+1 with no saved value (the workbook was never calculated): "
        "open it in Excel and save it again"
    ]
    r = res.tables["responses"]
    assert r["source_row"].tolist() == [1] and r["q15_fte"].tolist() == [2.0]


def test_empty_and_header_only_files(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "blank.csv").write_bytes(b"\r\n\r\n")
    (raw / "header.csv").write_bytes(HEADER.encode())
    # no response at all: the run is refused (nothing replaces earlier outputs), naming the reason
    from svanalysis.ingest.pipeline import NothingToIngest

    with pytest.raises(NothingToIngest, match=r"blank\.csv: the file is empty"):
        ingest([raw], tmp_path / "out", overrides=tmp_path / "none.csv")
    assert not (tmp_path / "out").exists()
    # beside a file with a response, the blank file is a reject and the header-only file reads no row
    (raw / "one.csv").write_bytes((HEADER + "R1,Police,,London,More youth workers,Yes\r\n").encode())
    res = ingest([raw], tmp_path / "out", overrides=tmp_path / "none.csv")
    assert "blank.csv: the file is empty" in res.rejects["reason"].tolist()
    f = {x["file"]: x for x in res.ledger["files"]}
    assert f["header.csv"]["rows_read"] == 0 and f["header.csv"]["status"] == "ok"
    assert len(res.tables["responses"]) == 1
