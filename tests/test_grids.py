"""Streaming exports: a file is read a block of rows at a time, and what is found part way
through (a malformed row, a row in another encoding, a file that breaks off) is handled as if the
file had been read whole. Blocks are made tiny here so that a few dozen rows span many of them.
"""

from __future__ import annotations

import pandas as pd
import pytest

from svanalysis.ingest.pipeline import ingest
from svanalysis.ingest.readers import ReadError, grids, tabular
from svanalysis.ingest.readers.grids import open_grid, read_grid
from svanalysis.ingest.readers.tabular import read_table

HEADER = "Response ID,Q1 Sector,Q1 Other sector,Q3 Region,Q31 Any other comments,May we publish your response?\r\n"


def _rows(first: int, last: int) -> str:
    return "".join(f"R{i},Police,,London,Fine answer number {i},Yes\r\n" for i in range(first, last + 1))


@pytest.fixture
def small_blocks(monkeypatch):
    """pyarrow blocks of about a dozen rows, exact-path and Excel blocks of 4, a head of 5 data rows."""
    monkeypatch.setattr(grids, "_PYARROW_BLOCK_BYTES", 512)
    monkeypatch.setattr(grids, "BLOCK_ROWS", 4)
    monkeypatch.setattr(tabular, "HEAD_ROWS", 5)


def _ingest(tmp_path, name, data, **settings):
    from svanalysis.core.settings import load_settings

    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    (raw / name).write_bytes(data)
    s = load_settings()
    s["ingest"].update(settings)
    res = ingest([raw], tmp_path / "out", s, overrides=tmp_path / "none.csv", cache=False)
    return res, res.tables["responses"].set_index("source_row")


def test_faults_after_clean_blocks_are_read_exactly_from_there(tmp_path, small_blocks, monkeypatch):
    """Rows 1-40 are clean UTF-8 (pyarrow reads them, block by block); row 41 opens a quote it
    never closes and row 45 was pasted in Windows-1252: the exact path takes over where pyarrow
    stopped, sets row 41 aside, mends row 45 with a note, and reads the rest as written."""
    skips = []
    real = grids._CsvGrid._exact_blocks
    monkeypatch.setattr(grids._CsvGrid, "_exact_blocks", lambda self, skip=0: skips.append(skip) or real(self, skip))
    data = (
        HEADER.encode()
        + _rows(1, 2).encode()
        + "R3,Police,,London,Café in UTF-8,Yes\r\n".encode()
        + _rows(4, 40).encode()
        + b'R41,Other,"Fire and rescue,North West,We agree,No\r\n'
        + _rows(42, 44).encode()
        + "R45,Police,,Wales,Café – we’d welcome this,No\r\n".encode("cp1252")
        + _rows(46, 60).encode()
    )
    res, r = _ingest(tmp_path, "e.csv", data)
    assert skips and skips[0] > 1  # blocks before the fault were handed over from pyarrow
    assert list(r.index) == [*range(1, 41), *range(42, 61)]
    assert res.rejects["reason"].tolist() == [
        "row 41: a quote opened in this row is never closed (line 42 of the file)"
    ]
    assert r.loc[45, "q31_text"] == "Café – we’d welcome this" and r.loc[45, "q3_region"] == "Wales"
    assert r.loc[60, "q31_text"] == "Fine answer number 60" and r.loc[3, "q31_text"] == "Café in UTF-8"
    f = res.ledger["files"][0]
    assert (f["rows_read"], f["responses"], f["rejected"], f["encoding"]) == (60, 59, 1, "utf-8")
    assert f["mended_rows"] == [{"row": 45, "note": "not valid UTF-8; read as Windows-1252 (line 46 of the file)"}]


def test_the_grid_streamed_is_the_grid_read_whole(tmp_path, small_blocks):
    """Block by block or in one go (a block larger than the file), the same cells, the same rows
    set aside and the same notes."""
    data = (
        HEADER.encode()
        + _rows(1, 30).encode()
        + b"R31,Police,,London,too,many,cells\r\n"
        + "R32,Police,,London,CafÃ© mended,Yes\r\n".encode()
        + _rows(33, 50).encode()
    )
    p = tmp_path / "g.csv"
    p.write_bytes(data)
    streamed = open_grid(p)
    small = read_grid(streamed)
    grids._PYARROW_BLOCK_BYTES, grids.BLOCK_ROWS = 1 << 24, 1 << 20
    whole = open_grid(p)
    pd.testing.assert_frame_equal(small, read_grid(whole))
    assert (
        streamed.parse_rejects
        == whole.parse_rejects
        == [(31, "row has 7 cells but the header has 6 (line 32 of the file)")]
    )
    assert (
        streamed.mended
        == whole.mended
        == [(32, "mojibake mended (UTF-8 once read as Windows-1252) (line 33 of the file)")]
    )
    assert small.iloc[32, 4] == "Café mended" and len(small) == 51


def test_an_export_is_handed_over_before_it_is_read_to_the_end(tmp_path, small_blocks):
    p = tmp_path / "big.csv"
    p.write_bytes((HEADER + _rows(1, 2000)).encode())
    t = read_table(p)
    produced = []
    real = t.source.blocks

    def counting():
        for block in real():
            produced.append(len(block))
            yield block

    t.resume = None  # read from the start, through the counting source
    t.source.blocks = counting
    chunks = t.chunks(50)
    slots, _ = next(chunks)
    assert slots["_row"].tolist() == list(range(1, 51))
    assert sum(produced) < 200  # a few blocks, not the file
    rest = [s for s, _ in chunks]
    assert sum(len(s) for s in rest) == 1950 and t.rows_read == 2000
    assert rest[-1]["_row"].iat[-1] == 2000 and rest[-1]["q31"].iat[-1] == "Fine answer number 2000"


def test_the_order_of_dates_is_looked_for_beyond_the_first_rows(tmp_path, small_blocks):
    """The first rows' dates could be either order; row 20's can only be day first."""
    header = "Response ID,Date submitted,Q1 Sector,Q3 Region,Q31 Any other comments\r\n"
    rows = [f"R{i},01/02/2019 10:00,Police,London,Answer {i}\r\n" for i in range(1, 20)]
    rows.append("R20,25/04/2019 10:00,Police,London,Answer 20\r\n")
    p = tmp_path / "d.csv"
    p.write_bytes((header + "".join(rows)).encode())
    assert read_table(p).date_order == ("DMY", "a first field above 12 (25/04/2019 10:00)")
    res, r = _ingest(tmp_path, "d.csv", (header + "".join(rows)).encode())
    assert str(r.loc[1, "submitted_at"]) == "2019-02-01 10:00:00"


def test_a_header_row_the_csv_module_cannot_read_is_a_read_error(tmp_path):
    """Found by the property test: a carriage return before the first header cell made the csv
    module raise its own error instead of a one-line reason."""
    p = tmp_path / "h.csv"
    p.write_bytes(b"\r\xbb\xbf" + HEADER.encode() + "R1,Police,,London,Caf\u00e9,Yes\r\n".encode())
    with pytest.raises(ReadError, match="the header row cannot be read as CSV"):
        read_grid(open_grid(p))


def test_a_file_that_breaks_off_keeps_the_rows_handed_over(tmp_path, small_blocks, monkeypatch):
    """The file gives 20 data rows in two blocks, then cannot be read: the 16 rows already handed
    over in chunks of 8 stay, the rest of the file is one line of rejects, and the ledger
    reconciles."""
    p = tmp_path / "raw" / "x.csv"
    p.parent.mkdir()
    p.write_bytes((HEADER + _rows(1, 30)).encode())
    whole = read_grid(open_grid(p))

    def breaking(self):
        self.parse_rejects, self.mended = [], []
        yield whole.iloc[:11].reset_index(drop=True)
        yield whole.iloc[11:21].reset_index(drop=True)
        raise ReadError("the disk went away")

    monkeypatch.setattr(grids._CsvGrid, "blocks", breaking)
    res, r = _ingest(tmp_path, "x.csv", p.read_bytes(), chunk_rows=8)
    assert list(r.index) == list(range(1, 17))
    assert res.rejects["reason"].tolist() == ["x.csv: the disk went away (after data row 16)"]
    f = res.ledger["files"][0]
    assert (f["status"], f["rows_read"], f["responses"], f["rejected"]) == ("partly read", 16, 16, 0)
    assert res.ledger["totals"]["files_read"] == 1


def test_excel_is_streamed_with_its_trailing_blank_rows_dropped(tmp_path, small_blocks):
    """A sheet of 10 responses, a blank row in the middle (a data row) and blank rows at the end
    (not rows at all), read 4 rows at a time."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Response ID", "Q1 Sector", "Q3 Region", "Q31 Any other comments"])
    for i in range(1, 11):
        ws.append([f"R{i}", "Police", "London", f"Answer {i}"] if i != 6 else [None, None, None, None])
    for _ in range(5):
        ws.append([None, None, None, None])
    wb.save(tmp_path / "s.xlsx")
    grid = read_grid(open_grid(tmp_path / "s.xlsx"))
    assert len(grid) == 11 and grid.iloc[6].tolist() == ["", "", "", ""] and grid.iloc[10, 3] == "Answer 10"
    res, r = _ingest(tmp_path, "s.xlsx", (tmp_path / "s.xlsx").read_bytes())
    assert list(r.index) == [1, 2, 3, 4, 5, 7, 8, 9, 10]
    assert res.rejects["reason"].tolist() == ["row 6: no answer to any question"]


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_a_ragged_row_in_another_encoding_is_read_without_noise(tmp_path):
    """Found by the property test: a row with too many cells holding bytes that are not UTF-8
    (past the first megabyte, so the file is taken as UTF-8) cannot be handed to pyarrow's
    invalid-row handler, and Python printed "Exception ignored in" with a traceback on stderr.
    The exact path read the rest all along; now nothing is printed."""
    long = "x" * 200
    rows = "".join(f"R{i},Police,,London,{long},Yes\r\n" for i in range(1, 6001)).encode()
    assert len(rows) > 1 << 20
    p = tmp_path / "g.csv"
    p.write_bytes(HEADER.encode() + rows + "R6001,Police,,Wales,Café,one too many,No\r\n".encode("cp1252"))
    source = open_grid(p)
    grid = read_grid(source)
    assert len(grid) == 6002 and grid.iloc[6000, 0] == "R6000"
    assert source.parse_rejects == [(6001, "row has 7 cells but the header has 6 (line 6002 of the file)")]


@pytest.mark.parametrize(
    ("values", "text", "holds"),
    [
        (["ab", "cd"], "bc", False),  # in the joined bytes only across two values
        (["ab", "xbcx"], "bc", True),
        (["a_x000D_b", ""], "_x00", True),
        (["", ""], "\r", False),
    ],
)
def test_what_a_column_holds_is_found_exactly_in_one_pass(values, text, holds):
    block = pd.DataFrame({"c0": ["plain", "text"], "c1": values}, dtype="string[pyarrow]")
    assert grids._Scan(block).holds(text).tolist() == [False, holds]


@pytest.mark.parametrize(
    ("value", "edge"),
    [
        ("no edge", False),
        ("\u00a0lead", True),  # no-break space: two bytes, C2 A0
        ("trail\u3000", True),  # ideographic space: E3 80 80
        ("trail\u2029", True),  # paragraph separator: E2 80 A9
        ("café", False),  # ends in a continuation byte (A9) that is not white space
        ("\u2003", True),  # em space alone
        ("", False),
    ],
)
def test_white_space_at_the_ends_of_a_value_is_found_as_arrow_finds_it(value, edge):
    block = pd.DataFrame({"c0": ["x", "y"], "c1": [value, "z"]}, dtype="string[pyarrow]")
    assert grids._Scan(block).edge_space().tolist() == [False, edge]


def test_a_column_not_stored_in_arrow_is_checked_as_it_is():
    block = pd.DataFrame({"c0": pd.Series([" a", "b"], dtype=object), "c1": pd.array(["x\r", "y"], dtype="string")})
    scan = grids._Scan(block)
    assert scan.edge_space().tolist() == [True, True]
    assert scan.holds("\r").tolist() == [False, True]


def test_pyarrow_parses_small_blocks_and_hands_over_large_ones(tmp_path, monkeypatch):
    """pyarrow's reader reads 32 of its blocks ahead, so it is given small ones (here 256 bytes:
    the 60 rows of about 40 bytes are some ten of them), and those are gathered into the larger
    blocks handed over and checked (here 2,048 bytes of Arrow text: two or three blocks, not ten);
    the grid is the one read whole."""
    from pyarrow import csv as pacsv

    sizes = []
    real_open = pacsv.open_csv
    monkeypatch.setattr(
        pacsv, "open_csv", lambda *a, **k: sizes.append(k["read_options"].block_size) or real_open(*a, **k)
    )
    monkeypatch.setattr(grids, "_PYARROW_PARSE_BYTES", 256)
    monkeypatch.setattr(grids, "_PYARROW_BLOCK_BYTES", 2048)
    p = tmp_path / "g.csv"
    p.write_bytes((HEADER + _rows(1, 60)).encode())
    blocks = list(open_grid(p).blocks())
    assert sizes == [256]
    assert 2 <= len(blocks) <= 3 and sum(len(b) for b in blocks) == 61  # the header row and 60 rows
    grids._PYARROW_PARSE_BYTES = grids._PYARROW_BLOCK_BYTES = 1 << 24
    pd.testing.assert_frame_equal(pd.concat(blocks, ignore_index=True), read_grid(open_grid(p)))


def test_a_chunk_handed_over_is_held_by_the_caller_alone(tmp_path, small_blocks):
    """While a chunk of an export is worked on, the reading holds nothing of it (a generator's
    locals live on while it waits), and the head's blocks go once handed over: with chunks of 8
    rows and a head of 5 data rows, each chunk's slots and the head's first block are freed as
    soon as the caller lets go of them, before the reading goes on."""
    import gc
    import weakref

    p = tmp_path / "g.csv"
    p.write_bytes((HEADER + _rows(1, 40)).encode())
    t = read_table(p)
    head = weakref.ref(t.resume[0][0])
    chunks = t.chunks(8)
    for _ in range(3):
        slots, _uv = next(chunks)
        gone = weakref.ref(slots)
        del slots, _uv
        gc.collect()
        assert gone() is None
    assert head() is None
