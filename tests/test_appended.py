"""An export grown by appending: the chunks an earlier run read are replayed from its record, not
read again, and the outputs are those of a run from scratch (``svanalysis.ingest.appended``).

As in ``test_store``: 60 rows read in chunks of 16 (rows 0-15, 16-31, 32-47 complete, 48-59 short),
then the same file with 6 rows more. The record of the first run holds the three complete chunks
and says the rest begins at data row 48; the second run replays those three and reads rows 48-65
(a chunk of 16 and one of 2), then reads the short last chunk (row 64 on) again from the byte the
scan found, to check it, before keeping its own record.
"""

from __future__ import annotations

import pandas as pd
import pytest

from svanalysis.core.settings import load_settings
from svanalysis.ingest import appended
from svanalysis.ingest.pipeline import ingest
from svanalysis.ingest.readers import tabular


def _settings():
    s = load_settings()
    s["ingest"].update(chunk_rows=16, jobs=1)
    return s


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    """The export's first 60 rows, then all 66, as pandas writes them (one row a line, quoted
    where a cell holds a comma, a quote or a line break)."""
    from svanalysis.synth.responses import write_online_export

    d = tmp_path_factory.mktemp("appended")
    full = write_online_export(d / "full.csv", 66, seed=21)
    df = pd.read_csv(full, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    return df


def _write(df, path, **kw):
    path.parent.mkdir(exist_ok=True)
    df.to_csv(path, index=False, **kw)
    return path


def _run(raw, out, cache=None):
    return ingest([raw], out, _settings(), overrides=out.parent / "none.csv", cache=True if cache is None else cache)


@pytest.fixture
def starts(monkeypatch):
    """The first data row of every chunk extracted from a file, in order."""
    seen: list[int] = []
    real = tabular.TableRead._extract

    def counting(self, data, first):
        seen.append(first)
        return real(self, data, first)

    monkeypatch.setattr(tabular.TableRead, "_extract", counting)
    return seen


def _scratch(tmp_path, df, **kw):
    raw = tmp_path / "scratch_raw"
    _write(df, raw / "export.csv", **kw)
    _run(raw, tmp_path / "scratch", cache=False)
    return tmp_path / "scratch"


def _records(tmp_path):
    folder = tmp_path / ".processed.cache" / "export"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_grown_export_reads_only_the_rows_after_its_last_complete_chunk(tmp_path, exports, starts, same_outputs):
    raw, out = tmp_path / "raw", tmp_path / "processed"
    _write(exports.iloc[:60], raw / "export.csv")
    one = _run(raw, out)
    # four chunks read, then the short one (row 48 on) read again from the byte found for it
    assert starts == [0, 16, 32, 48, 48]
    assert (one.ledger["run"]["batches_computed"], one.ledger["run"]["batches_reused"]) == (4, 0)
    assert len(_records(tmp_path)) == 1
    starts.clear()
    _write(exports, raw / "export.csv")
    two = _run(raw, out)
    # rows 0-47 not read: rows 48-63 and 64-65 are, then row 64 on again as the check
    assert starts == [48, 64, 64]
    assert (two.ledger["run"]["batches_computed"], two.ledger["run"]["batches_reused"]) == (2, 3)
    assert two.ledger["totals"]["rows_read"] == 66
    same_outputs(out, _scratch(tmp_path, exports))
    # and the night after, nothing new: four chunks replayed, the short one (row 64 on) read
    starts.clear()
    three = _run(raw, out)
    assert starts == [64, 64]
    assert (three.ledger["run"]["batches_computed"], three.ledger["run"]["batches_reused"]) == (0, 5)
    same_outputs(out, _scratch(tmp_path, exports))


def test_an_export_of_whole_chunks_goes_on_from_its_last_byte(tmp_path, exports, starts, same_outputs):
    """48 rows are three whole chunks: no short chunk to read again, the rest begins at the end."""
    raw, out = tmp_path / "raw", tmp_path / "processed"
    _write(exports.iloc[:48], raw / "export.csv")
    _run(raw, out)
    assert starts == [0, 16, 32]
    starts.clear()
    _write(exports, raw / "export.csv")
    _run(raw, out)
    assert starts == [48, 64, 64]
    same_outputs(out, _scratch(tmp_path, exports))


def test_a_changed_row_inside_the_file_means_reading_it_whole(tmp_path, exports, starts, same_outputs):
    raw, out = tmp_path / "raw", tmp_path / "processed"
    _write(exports.iloc[:60], raw / "export.csv")
    _run(raw, out)
    changed = exports.copy()
    col = max(changed.columns, key=lambda c: len(changed.loc[5, c]))  # a free-text answer
    changed.loc[5, col] = changed.loc[5, col] + " (edited)"
    starts.clear()
    _write(changed, raw / "export.csv")
    two = _run(raw, out)
    assert starts[:5] == [0, 16, 32, 48, 64]
    assert two.ledger["run"]["batches_reused"] == 2  # rows 16-47: the same rows, found by their content
    same_outputs(out, _scratch(tmp_path, changed))


def test_a_file_shorter_than_its_record_is_read_whole(tmp_path, exports, starts, same_outputs):
    raw, out = tmp_path / "raw", tmp_path / "processed"
    _write(exports.iloc[:60], raw / "export.csv")
    _run(raw, out)
    starts.clear()
    _write(exports.iloc[:40], raw / "export.csv")
    _run(raw, out)
    assert starts[:3] == [0, 16, 32]
    same_outputs(out, _scratch(tmp_path, exports.iloc[:40]))


def test_a_last_row_without_a_line_break_is_not_run_on_into_new_bytes(tmp_path, exports, starts, same_outputs):
    """The earlier file, 48 rows (three whole chunks: the next run would go on from its last byte),
    ends without a line break; the new one's bytes go on from it without one either (the last cell
    of row 48 grows): not the same rows, so the file is read whole."""
    raw, out = tmp_path / "raw", tmp_path / "processed"
    path = raw / "export.csv"
    _write(exports.iloc[:48], path)
    path.write_bytes(path.read_bytes().rstrip(b"\r\n"))
    _run(raw, out)
    assert len(_records(tmp_path)) == 1
    starts.clear()
    path.write_bytes(path.read_bytes() + b"0")  # the last cell of row 48 grows by a digit
    _run(raw, out)
    assert starts == [0, 16, 32]
    raw2 = tmp_path / "scratch_raw"
    raw2.mkdir()
    (raw2 / "export.csv").write_bytes(path.read_bytes())
    _run(raw2, tmp_path / "scratch", cache=False)
    same_outputs(out, tmp_path / "scratch")


def test_a_quote_inside_an_unquoted_cell_keeps_no_record(tmp_path, exports, starts, same_outputs):
    """A stray quote in an unquoted cell is read as it is by the parser, but throws the scan for
    the short chunk's first byte off (one quote: every later line break looks quoted): the check
    finds no such byte, no record is kept, and the next run reads the file whole."""
    raw, out = tmp_path / "raw", tmp_path / "processed"
    df = exports.iloc[:60].copy()
    col = max(df.columns, key=lambda c: len(df.loc[3, c]))  # a free-text answer
    df.loc[3, col] = 'A five inch" screen'
    path = raw / "export.csv"
    raw.mkdir()
    text = df.to_csv(index=False)
    assert text.count('"A five inch"" screen"') == 1
    path.write_text(
        text.replace('"A five inch"" screen"', 'A five inch" screen'), encoding="utf-8"
    )  # as some tools write
    _run(raw, out)
    assert _records(tmp_path) == []
    starts.clear()
    _run(raw, out)
    assert starts[:4] == [0, 16, 32, 48]


def test_row_offset_counts_quoted_line_breaks_and_skips_empty_lines(tmp_path):
    p = tmp_path / "x.csv"
    # bytes 0-3 the header; 4-15 row 1 (six quotes, so its line break at 15 ends it); 16-26 row 2
    # (line breaks at 20 and 23 inside its quotes, at 26 outside); 27 an empty line; 28-31 row 3
    p.write_bytes(b'h,i\n1,"""a"" b"\n2,"x\ny,\nz"\n\n3,4\n')
    assert [appended.row_offset(p, k) for k in range(5)] == [0, 4, 16, 27, 32]
    assert appended.row_offset(p, 5) is None
    assert appended.row_offset(p, 3, start=(2, 16)) == 27


def test_a_settled_plan_is_kept_and_the_head_is_not_read_again(tmp_path, exports, starts, monkeypatch, same_outputs):
    """With a head of 20 rows and a first "MB" of 4 KB, the 60-row file is longer than its head, so
    how it is read (layout, mapping, dates: ISO timestamps, decided by the head) is kept with the
    record; the next run reads neither the head nor the rows replayed: nothing is mapped."""
    from svanalysis.ingest.readers import grids

    monkeypatch.setattr(tabular, "HEAD_ROWS", 20)
    monkeypatch.setattr(tabular, "HEAD_BYTES", 4096)
    monkeypatch.setattr(grids, "HEAD_BYTES", 4096)
    mapped = []
    real_map = tabular.map_columns
    monkeypatch.setattr(tabular, "map_columns", lambda *a, **k: mapped.append(1) or real_map(*a, **k))
    raw, out = tmp_path / "raw", tmp_path / "processed"
    _write(exports.iloc[:60], raw / "export.csv")
    _run(raw, out)
    assert mapped == [1] and starts == [0, 16, 32, 48, 48]
    mapped.clear()
    starts.clear()
    _write(exports, raw / "export.csv")
    two = _run(raw, out)
    assert mapped == [] and starts == [48, 64, 64]
    scratch = _scratch(tmp_path, exports)  # read whole, with the same head
    same_outputs(out, scratch)
    # the ledger's account of the file is the one a full read gives
    import json

    def files(ledger):
        return [{k: v for k, v in f.items() if k != "path"} for f in ledger["files"]]

    theirs = files(json.loads((scratch / "ledger.json").read_text()))
    assert files(json.loads((out / "ledger.json").read_text())) == theirs == files(two.ledger)
    assert theirs[0]["rows_read"] == 66 and theirs[0]["date_order"].startswith("year first")


def test_another_history_of_respondent_ids_means_reading_it_whole(tmp_path, exports, starts, same_outputs):
    """A file read before the export (by name) now holds five of its platform response ids: those
    rows of the export take ids from the file and row instead, so its chunks would not be the ones
    recorded: none is replayed, and the outputs are those of a run from scratch."""
    raw, out = tmp_path / "raw", tmp_path / "processed"
    _write(exports.iloc[:60], raw / "export.csv")
    _run(raw, out)
    _write(exports.iloc[:60], raw / "export.csv")
    _write(exports.iloc[:5], raw / "a_earlier.csv")
    starts.clear()
    _run(raw, out)
    assert starts[:5] == [0, 0, 16, 32, 48]  # the earlier file, then the export from its first row
    scratch_raw = tmp_path / "scratch_raw"
    _write(exports.iloc[:60], scratch_raw / "export.csv")
    _write(exports.iloc[:5], scratch_raw / "a_earlier.csv")
    _run(scratch_raw, tmp_path / "scratch", cache=False)
    same_outputs(out, tmp_path / "scratch")


@pytest.mark.cluster
def test_a_replayed_export_on_a_local_cluster_writes_the_same_bytes(tmp_path, exports, starts, same_outputs):
    """The chunks replayed in the command, the new ones worked on by two worker processes."""
    settings = _settings()
    settings["ingest"].update(jobs=2, cluster_min_mb=0)
    raw, out = tmp_path / "raw", tmp_path / "processed"
    _write(exports.iloc[:60], raw / "export.csv")
    ingest([raw], out, settings, overrides=tmp_path / "none.csv", cache=True)
    starts.clear()
    _write(exports, raw / "export.csv")
    two = ingest([raw], out, settings, overrides=tmp_path / "none.csv", cache=True)
    assert two.ledger["run"]["executor"] == {"where": "local cluster", "workers": 2}
    assert starts == [48, 64, 64]
    assert (two.ledger["run"]["batches_computed"], two.ledger["run"]["batches_reused"]) == (2, 3)
    same_outputs(out, _scratch(tmp_path, exports))


def test_a_file_of_less_than_one_chunk_keeps_no_record(tmp_path, exports, starts):
    """Ten rows in chunks of 16: nothing a later run could replay, so nothing is kept."""
    raw, out = tmp_path / "raw", tmp_path / "processed"
    _write(exports.iloc[:10], raw / "export.csv")
    _run(raw, out)
    assert starts == [0] and _records(tmp_path) == []


def test_a_file_written_to_while_it_is_read_keeps_no_record(tmp_path, exports, monkeypatch):
    """The platform appends 16 rows just as the file (48 rows when the run began) is parsed: the
    run reads 64 rows, four whole chunks, but a record made now would not be of the file the run
    began with (and a size taken then would put the 49th row where the 65th begins), so none is
    made, and the next run reads the file whole."""
    from svanalysis.ingest.readers import grids

    raw, out = tmp_path / "raw", tmp_path / "processed"
    path = _write(exports.iloc[:48], raw / "export.csv")
    more = exports.iloc[48:64].to_csv(index=False, header=False).encode("utf-8")
    real = grids._CsvGrid.blocks_from
    written = []

    def appending(self, grid_row, offset):
        if not written:
            written.append(1)
            with open(path, "ab") as fh:
                fh.write(more)
        return real(self, grid_row, offset)

    monkeypatch.setattr(grids._CsvGrid, "blocks_from", appending)
    one = _run(raw, out)
    assert one.ledger["totals"]["rows_read"] == 64
    assert _records(tmp_path) == []


def test_a_file_that_does_not_begin_with_its_records_bytes_is_hashed_once(tmp_path, exports, monkeypatch):
    """With a settled plan kept, the first bytes are hashed before reading; when they differ, the
    file is read whole without hashing them a second time."""
    from svanalysis.ingest.readers import grids

    monkeypatch.setattr(tabular, "HEAD_ROWS", 20)
    monkeypatch.setattr(tabular, "HEAD_BYTES", 4096)
    monkeypatch.setattr(grids, "HEAD_BYTES", 4096)
    raw, out = tmp_path / "raw", tmp_path / "processed"
    _write(exports.iloc[:60], raw / "export.csv")
    _run(raw, out)
    hashed = []
    real = appended.prefix_hash
    monkeypatch.setattr(appended, "prefix_hash", lambda path, size: hashed.append(size) or real(path, size))
    changed = exports.copy()
    col = max(changed.columns, key=lambda c: len(changed.loc[5, c]))
    text = changed.loc[5, col]
    changed.loc[5, col] = ("x" if text[0] != "x" else "y") + text[1:]  # the same length: every row where it was
    _write(changed, raw / "export.csv")
    _run(raw, out)
    assert len(hashed) == 1


def test_a_wrong_first_byte_for_the_short_chunk_keeps_no_record(tmp_path, exports, monkeypatch):
    """Should the scan give a byte inside a row (here five bytes into row 48), reading the short
    chunk again from it does not give the rows read: no record is kept."""
    real = appended.row_offset
    monkeypatch.setattr(appended, "row_offset", lambda *a, **k: real(*a, **k) + 5)
    raw, out = tmp_path / "raw", tmp_path / "processed"
    _write(exports.iloc[:60], raw / "export.csv")
    _run(raw, out)
    assert _records(tmp_path) == []
    monkeypatch.setattr(appended, "row_offset", real)
    _run(raw, out)
    assert len(_records(tmp_path)) == 1  # with the right byte, kept
