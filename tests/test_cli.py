"""The command line, exercised the way a user would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from svanalysis.cli import app

runner = CliRunner()


def test_help_lists_the_verbs():
    out = runner.invoke(app, ["--help"]).output
    for verb in ("synth", "ingest", "form", "tables", "report", "document", "run", "review", "themes"):
        assert verb in out


def test_ingest_exit_codes_and_summary(tmp_path, example_raw):
    res = runner.invoke(
        app, ["ingest", str(example_raw), "--out", str(tmp_path / "p"), "--overrides", str(tmp_path / "none.csv")]
    )
    assert res.exit_code == 3  # the example holds empty submissions, rejected on purpose
    assert "rows read" in res.output
    rejected = [line for line in res.output.splitlines() if line.strip().startswith("rejected: ")]
    assert rejected and all(": row " in line for line in rejected)
    # each names its file (two files may both have a row 3)
    assert all(line.strip().split(": ")[1].endswith((".csv", ".docx", ".txt", ".eml", ".pdf")) for line in rejected)
    assert (tmp_path / "p" / "responses.parquet").exists()


def test_ingest_bad_argument_is_exit_2(tmp_path):
    res = runner.invoke(app, ["ingest", str(tmp_path / "missing"), "--out", str(tmp_path / "p")])
    assert res.exit_code == 2
    assert "missing: no such file or folder" in res.output


def test_ingest_clean_input_is_exit_0(tmp_path):
    from svanalysis.synth.responses import write_online_export

    write_online_export(tmp_path / "raw" / "x.csv", 30, seed=21)
    res = runner.invoke(
        app,
        [
            "ingest",
            str(tmp_path / "raw"),
            "--out",
            str(tmp_path / "p"),
            "--overrides",
            str(tmp_path / "none.csv"),
            "-q",
        ],
    )
    assert res.exit_code == 0, res.output


def test_synth_is_reproducible_from_the_command_line(tmp_path):
    a = runner.invoke(
        app, ["synth", "--n", "40", "--seed", "9", "--out", str(tmp_path / "a"), "--forms", "1", "--letters", "1"]
    )
    b = runner.invoke(
        app, ["synth", "--n", "40", "--seed", "9", "--out", str(tmp_path / "b"), "--forms", "1", "--letters", "1"]
    )
    assert a.exit_code == b.exit_code == 0
    assert (tmp_path / "a" / "online_export.csv").read_bytes() == (tmp_path / "b" / "online_export.csv").read_bytes()


def test_synth_bad_layout_is_exit_2(tmp_path):
    res = runner.invoke(app, ["synth", "--export-only", "--layout", "fancy", "--out", str(tmp_path)])
    assert res.exit_code == 2 and "--layout must be one of" in res.output


def test_form_command_and_bad_name(tmp_path):
    ok = runner.invoke(app, ["form", "--out", str(tmp_path / "f.docx")])
    assert ok.exit_code == 0 and (tmp_path / "f.docx").stat().st_size > 10_000
    bad = runner.invoke(app, ["form", "--out", str(tmp_path / "f.pdf")])
    assert bad.exit_code == 2 and "must end in .docx" in bad.output


def test_module_entry_point():
    out = subprocess.run([sys.executable, "-m", "svanalysis", "--help"], capture_output=True, text=True, check=True)
    assert "ingest" in out.stdout


@pytest.mark.slow
def test_tables_command(tmp_path, example_processed):
    res = runner.invoke(app, ["tables", str(example_processed), "--out", str(tmp_path / "t")])
    assert res.exit_code == 0, res.output
    for name in ("option_support.csv", "cost_benefit.csv", "benefits.csv", "disadvantages.csv", "tables.xlsx"):
        assert (Path(tmp_path) / "t" / name).exists()


def test_document_bad_arguments_are_exit_2(tmp_path):
    res = runner.invoke(app, ["document", str(tmp_path), "--out", str(tmp_path / "r.pdf")])
    assert res.exit_code == 2 and "--out must end in .docx" in res.output
    res = runner.invoke(
        app, ["document", str(tmp_path), "--out", str(tmp_path / "r.docx"), "--template", str(tmp_path / "t.docx")]
    )
    assert res.exit_code == 2 and "t.docx: template not found" in res.output
    res = runner.invoke(app, ["document", str(tmp_path / "nowhere"), "--out", str(tmp_path / "r.docx")])
    assert res.exit_code == 2 and "nowhere: no processed tables; run `svanalysis ingest` first" in res.output


@pytest.mark.slow
def test_document_command(tmp_path, example_processed):
    res = runner.invoke(app, ["document", str(example_processed), "--out", str(tmp_path / "response.docx")])
    assert res.exit_code == 0, res.output
    assert "wrote" in res.output and (tmp_path / "response.docx").stat().st_size > 100_000


# ---------------------------------------------------------------------------- user errors: one line each
def _one_line_error(res, code, *parts):
    """The run ended with ``code`` and one error line holding every one of ``parts``; no traceback."""
    assert res.exit_code == code, res.output
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    assert "Traceback" not in res.output
    errors = [line for line in res.output.splitlines() if line.startswith("svanalysis: error: ")]
    assert len(errors) == 1, res.output
    for p in parts:
        assert p in errors[0], errors[0]
    return errors[0]


@pytest.fixture
def small_raw(tmp_path):
    from svanalysis.synth.responses import write_online_export

    write_online_export(tmp_path / "raw" / "x.csv", 12, seed=5)
    return tmp_path / "raw"


def _ingest_args(raw, out, *extra):
    return ["ingest", str(raw), "--out", str(out), "--overrides", str(out.parent / "none.csv"), "-q", *extra]


def test_settings_value_of_the_wrong_type_or_out_of_range(tmp_path, small_raw):
    wrong = tmp_path / "wrong.yaml"
    wrong.write_text("campaigns:\n  similarity: high\n")
    res = runner.invoke(app, _ingest_args(small_raw, tmp_path / "p", "--settings", str(wrong)))
    _one_line_error(res, 2, f"{wrong}: setting campaigns.similarity must be a valid number; got 'high'")
    out_of_range = tmp_path / "range.yaml"
    out_of_range.write_text("numbers:\n  fte_max: -1\ningest:\n  chunk_rows: 2.5\n")
    res = runner.invoke(app, _ingest_args(small_raw, tmp_path / "p", "--settings", str(out_of_range)))
    _one_line_error(res, 2, "setting numbers.fte_max must be greater than 0; got -1 (and 1 more)")
    assert not (tmp_path / "p").exists()


def test_settings_and_out_pointing_at_the_wrong_kind_of_path(tmp_path, small_raw):
    res = runner.invoke(app, _ingest_args(small_raw, tmp_path / "p", "--settings", str(tmp_path)))
    _one_line_error(res, 2, f"{tmp_path}: is a folder; --settings takes a YAML file")
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    res = runner.invoke(app, _ingest_args(small_raw, a_file))
    _one_line_error(res, 2, f"--out {a_file}: is a file; --out takes a folder")
    res = runner.invoke(app, ["run", str(small_raw), "--out", str(a_file)])
    _one_line_error(res, 2, f"--out {a_file}: is a file; --out takes a folder")
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    (theirs / "budget.xlsx").write_text("x")
    res = runner.invoke(app, _ingest_args(small_raw, theirs))
    _one_line_error(res, 2, f"{theirs}: holds files svanalysis did not write (budget.xlsx)")
    assert (theirs / "budget.xlsx").read_text() == "x"


def test_read_only_or_full_output_folder(tmp_path, small_raw, monkeypatch):
    import errno
    import os

    from svanalysis.ingest import pipeline

    out = tmp_path / "p"
    assert runner.invoke(app, _ingest_args(small_raw, out)).exit_code == 0
    before = (out / "responses.parquet").read_bytes()

    real_mkdir = os.mkdir

    def read_only(path, *args, **kwargs):  # the staging folder beside the output cannot be made
        if ".p.staging-" in os.fspath(path):
            raise OSError(errno.EROFS, "Read-only file system", str(tmp_path))
        return real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(os, "mkdir", read_only)
    res = runner.invoke(app, _ingest_args(small_raw, out))
    _one_line_error(
        res,
        1,
        f"cannot write {tmp_path}: Read-only file system (choose a folder you can write to with --out); "
        "the previous outputs are left as they were",
    )
    monkeypatch.undo()

    def full(self, kind, key, name, df):
        raise OSError(errno.ENOSPC, "No space left on device", f"{self.root}/{kind}/{key}/{name}.parquet")

    monkeypatch.setattr(pipeline.BatchStore, "write_table", full)
    res = runner.invoke(app, _ingest_args(small_raw, out, "--jobs", "1", "--no-cache"))
    _one_line_error(res, 1, "No space left on device (free some space, or write elsewhere with --out)")
    assert (out / "responses.parquet").read_bytes() == before
    # the staging folder is gone; the lock stays, and the cache of the first (successful) run
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".p.")) == [".p.cache", ".p.lock"]


def test_empty_input_is_refused_and_good_outputs_kept(tmp_path, small_raw):
    out = tmp_path / "p"
    assert runner.invoke(app, _ingest_args(small_raw, out)).exit_code == 0
    before = (out / "pii.parquet").read_bytes()
    empty = tmp_path / "empty"
    empty.mkdir()
    res = runner.invoke(app, _ingest_args(empty, out))
    _one_line_error(res, 2, f"{empty}: no input files found; {out} is left as it was")
    (empty / "blank.csv").write_text("")
    res = runner.invoke(app, _ingest_args(empty, out))
    _one_line_error(res, 2, "no responses in the input (1 file(s): blank.csv: the file is empty)")
    assert (out / "pii.parquet").read_bytes() == before


def test_malformed_overrides_and_unknown_override_id(tmp_path, small_raw):
    bad = tmp_path / "overrides.csv"
    bad.write_text('respondent_id,question,stance\nR1,q9,Support\n"R2,q9,Oppose\n')
    res = runner.invoke(app, ["ingest", str(small_raw), "--out", str(tmp_path / "p"), "--overrides", str(bad)])
    _one_line_error(res, 2, f"{bad}, row 3: not a valid overrides file: unexpected end of data")
    bad.write_text("respondent_id,question,stance\nR1,q9,Support,extra\n")
    res = runner.invoke(app, ["ingest", str(small_raw), "--out", str(tmp_path / "p"), "--overrides", str(bad)])
    _one_line_error(res, 2, f"{bad}, row 2: 4 values where the header has 3 (respondent_id, question, stance)")
    bad.write_text("respondent_id,question,stance\nR000000000000,q9,Yes\n")
    res = runner.invoke(app, ["ingest", str(small_raw), "--out", str(tmp_path / "p"), "--overrides", str(bad)])
    _one_line_error(res, 2, f"{bad}, row 2, column respondent_id: 'R000000000000' is not a response of this input")
    assert not (tmp_path / "p").exists()


def test_a_scheduler_that_is_not_an_address_is_refused(tmp_path, small_raw):
    res = runner.invoke(app, _ingest_args(small_raw, tmp_path / "p", "--scheduler", "mycluster"))
    _one_line_error(res, 2, "--scheduler 'mycluster': expected a Dask scheduler's address, such as tcp://10.0.0.5:8786")
    assert not (tmp_path / "p").exists()


def test_jobs_far_above_the_cores(tmp_path, small_raw):
    import os

    n = 4 * (os.cpu_count() or 1) + 1
    res = runner.invoke(app, _ingest_args(small_raw, tmp_path / "p", "--jobs", str(n)))
    _one_line_error(res, 2, f"--jobs {n} is far above the {os.cpu_count()} cores of this machine")
    res = runner.invoke(app, _ingest_args(small_raw, tmp_path / "p", "--jobs", "-1"))
    _one_line_error(res, 2, "--jobs must be 0 (one per core) or more; got -1")


def test_malformed_grid_and_unit_cost_file(tmp_path, example_processed):
    grid = tmp_path / "grid.yaml"
    grid.write_text("- notebook: option_support\n  parameters: [1, 2\n")
    res = runner.invoke(app, ["report", str(example_processed), "--out", str(tmp_path / "r"), "--grid", str(grid)])
    _one_line_error(res, 2, f"{grid}: line 3, column 1: not valid YAML")
    grid.write_text("- notebook: option_support\n  parameters: 5\n")
    res = runner.invoke(app, ["report", str(example_processed), "--out", str(tmp_path / "r"), "--grid", str(grid)])
    _one_line_error(res, 2, f"{grid}: entry 1, parameters: expected a mapping of name: value; got 5")
    costs = tmp_path / "costs.csv"
    costs.write_text("item,kind,value\nNurse,annual_pay,lots\n")
    res = runner.invoke(
        app, ["tables", str(example_processed), "--out", str(tmp_path / "t"), "--unit-costs", str(costs)]
    )
    _one_line_error(res, 2, f"{costs}, row 2, column value: 'lots' is not a non-negative number")
    res = runner.invoke(
        app, ["tables", str(example_processed), "--out", str(tmp_path / "t"), "--unit-costs", str(tmp_path)]
    )
    _one_line_error(res, 2, f"--unit-costs {tmp_path}: is a folder; --unit-costs takes a CSV file")


def test_run_holds_the_lock_for_the_whole_run(tmp_path, small_raw):
    from svanalysis.core.locking import exclusive
    from svanalysis.core.processed import lock_path

    with exclusive(lock_path(tmp_path / "root" / "processed")):
        res = runner.invoke(app, ["run", str(small_raw), "--out", str(tmp_path / "root")])
        _one_line_error(res, 2, "another run into this folder is running (lock held on")
        res = runner.invoke(app, _ingest_args(small_raw, tmp_path / "root" / "processed"))
        _one_line_error(res, 2, "another ingest into this folder is running")


def test_a_terminated_ingest_removes_its_staging_folder(tmp_path):
    """SIGTERM (cron's timeout, `kill`) unwinds the run: its staging folder, which holds personal
    data, goes at once, and the exit status says it was terminated."""
    import signal
    import time

    from svanalysis.synth.responses import write_online_export

    write_online_export(tmp_path / "raw" / "x.csv", 3000, seed=2)
    args = ["ingest", str(tmp_path / "raw"), "--out", str(tmp_path / "p"), "--overrides", str(tmp_path / "none.csv")]
    proc = subprocess.Popen([sys.executable, "-m", "svanalysis", *args, "-q", "--jobs", "1"])
    deadline = time.monotonic() + 120
    while not list(tmp_path.glob(".p.staging-*")) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    assert list(tmp_path.glob(".p.staging-*")), "the run ended before it could be terminated"
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=120) == 128 + signal.SIGTERM
    assert not list(tmp_path.glob(".p.staging-*")) and not (tmp_path / "p").exists()


def test_a_run_refused_for_a_later_step_s_input_leaves_the_previous_outputs(tmp_path, small_raw):
    """The grid, unit costs, code frame and output folders are checked before anything is read or replaced (found in
    the QA of 8 December: the processed folder had already been replaced when a bad grid was refused)."""
    from svanalysis.synth.responses import write_online_export

    root = tmp_path / "root"
    assert runner.invoke(app, _ingest_args(small_raw, root / "processed")).exit_code == 0
    before = {p.name: p.read_bytes() for p in (root / "processed").iterdir() if p.is_file()}
    other = tmp_path / "other"
    write_online_export(other / "y.csv", 7, seed=9)  # another night's export: it must not replace the first
    grid = tmp_path / "grid.yaml"
    grid.write_text("- notebook: option_support\n  parameters: 5\n")
    costs = tmp_path / "costs.csv"
    costs.write_text("item,kind,value\nNurse,annual_pay,lots\n")
    frame = tmp_path / "frame.yaml"
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    cases = [
        (["--grid", str(grid)], f"{grid}: entry 1, parameters: expected a mapping"),
        (["--unit-costs", str(costs)], f"{costs}, row 2, column value"),
        (["--frame", str(frame)], f"{frame}: no code frame"),
        (["--tables", str(blocker / "t")], f"--tables {blocker / 't'}: cannot be made, because {blocker} is a file"),
    ]
    for extra, message in cases:
        res = runner.invoke(
            app, ["run", str(other), "--out", str(root), "--overrides", str(tmp_path / "n.csv"), *extra]
        )
        _one_line_error(res, 2, message)
        after = {p.name: p.read_bytes() for p in (root / "processed").iterdir() if p.is_file()}
        assert after == before, extra
    assert not (root / "tables").exists()


def test_an_output_that_cannot_be_written_is_one_line_in_every_command(tmp_path, example_processed):
    """Found in the QA of 8 December: these commands ended in a traceback where the output's folder is a file."""
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    bad = blocker / "inside"
    cases = [
        ["synth", "--out", str(bad), "--n", "3", "--export-only"],
        ["form", "--out", str(bad / "form.docx")],
        ["review", "export", "--processed", str(example_processed), "--out", str(bad / "review.xlsx")],
    ]
    for args in cases:
        res = runner.invoke(app, args)
        _one_line_error(res, 1, "cannot write", str(blocker))


def test_a_review_import_of_the_wrong_kind_of_file_is_one_line(tmp_path):
    form = tmp_path / "response_form.docx"
    assert runner.invoke(app, ["form", "--out", str(form)]).exit_code == 0
    sheet = tmp_path / "decisions.csv"
    sheet.write_text("respondent_id,question,stance\n")
    for f in (form, sheet):
        res = runner.invoke(app, ["review", "import", str(f), "--overrides", str(tmp_path / "o.csv")])
        _one_line_error(res, 2, f"{f}: not an Excel workbook (.xlsx)")


def test_run_takes_quiet_as_ingest_does_and_synth_lists_every_layout():
    from svanalysis.synth.responses import LAYOUTS

    assert "--quiet" in runner.invoke(app, ["run", "--help"]).output
    text = " ".join(runner.invoke(app, ["synth", "--help"]).output.split())
    assert all(name in text for name in LAYOUTS), text
