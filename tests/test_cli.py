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
    assert "rows read" in res.output and "rejected: row" in res.output
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
    assert res.exit_code == 2 and "responses.parquet: not found" in res.output


@pytest.mark.slow
def test_document_command(tmp_path, example_processed):
    res = runner.invoke(app, ["document", str(example_processed), "--out", str(tmp_path / "response.docx")])
    assert res.exit_code == 0, res.output
    assert "wrote" in res.output and (tmp_path / "response.docx").stat().st_size > 100_000
