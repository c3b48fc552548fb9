"""A user's settings file reaches every stage: tables, charts, notebooks, through the CLI and the API."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
import yaml
from typer.testing import CliRunner

from svanalysis.cli import app
from svanalysis.core.settings import load_settings, resolve_settings
from svanalysis.publish.charts import plot_option_support_by
from svanalysis.publish.reports import build_reports
from svanalysis.publish.tables import write_tables

# Stricter than the shipped defaults (min_base 10, min_count 3, seed 20190528): a group of 10 to 24
# respondents is published under the defaults and suppressed under these.
USER = "suppression:\n  min_base: 25\n  min_count: 4\nanalysis:\n  seed: 7\n"


@pytest.fixture
def user_settings(tmp_path) -> Path:
    p = tmp_path / "user.yaml"
    p.write_text(USER, encoding="utf-8")
    return p


@pytest.fixture
def small_grid(tmp_path) -> Path:
    p = tmp_path / "grid.yaml"
    p.write_text("reports:\n  - notebook: option_support\n    parameters: {breakdown: region}\n", encoding="utf-8")
    return p


def test_user_file_overlays_the_defaults(user_settings):
    s = load_settings(user_settings)
    assert (s["suppression"]["min_base"], s["suppression"]["min_count"], s["analysis"]["seed"]) == (25, 4, 7)
    assert s["analysis"]["bootstrap_reps"] == load_settings()["analysis"]["bootstrap_reps"]  # untouched


def test_resolve_settings_accepts_a_mapping_a_path_or_nothing(user_settings):
    assert resolve_settings(None)["suppression"]["min_base"] == 10
    assert resolve_settings(user_settings)["suppression"]["min_base"] == 25
    assert resolve_settings({"suppression": {"min_base": 40}})["suppression"]["min_count"] == 3
    with pytest.raises(ValueError, match=r"unknown settings \['suppression.min_bsae'\]"):
        resolve_settings({"suppression": {"min_bsae": 40}})


def test_settings_path_that_is_a_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="is a folder; --settings takes a YAML file"):
        load_settings(tmp_path)


def _sheet_rows(xlsx: Path, sheet: str) -> tuple[list[str], list[tuple]]:
    ws = openpyxl.load_workbook(xlsx, read_only=True)[sheet]
    rows = list(ws.iter_rows(values_only=True))
    k = next(i for i, r in enumerate(rows) if r and "Base" in r and "Percent" in r)
    return [str(c) for c in rows[k]], rows[k + 1 :]


def _check_tables(xlsx: Path, min_base: int = 25, min_count: int = 4, seed: int = 7) -> list[tuple]:
    notes = " ".join(
        str(c)
        for r in openpyxl.load_workbook(xlsx, read_only=True)["Notes"].iter_rows(values_only=True)
        for c in r
        if c
    )
    assert (
        f"Counts of fewer than {min_count} respondents, and every figure of a group of fewer than {min_base}" in notes
    )
    assert f"seed {seed})" in notes
    header, rows = _sheet_rows(xlsx, "Option_support")
    base, pct = header.index("Base"), header.index("Percent")
    shown = [r for r in rows if isinstance(r[pct], (int, float))]
    assert shown and all(isinstance(r[base], int) and r[base] >= min_base for r in shown)
    return [r for r in shown if r[base] < 25]


def _published_small_groups(data: pd.DataFrame, min_base: int = 25) -> pd.DataFrame:
    """Rows of a chart's data file that show a percentage for a group smaller than ``min_base``."""
    if data.empty or "base" not in data:  # every cell withheld: the chart became a sentence
        return data
    pct = pd.to_numeric(data["percent"], errors="coerce")
    base = pd.to_numeric(data["base"], errors="coerce")
    return data[pct.notna() & (base.isna() | (base < min_base))]


def _check_chart_data(data: pd.DataFrame) -> None:
    assert _published_small_groups(data).empty


def test_settings_through_the_python_api(example_processed, user_settings, small_grid, tmp_path):
    write_tables(example_processed, tmp_path / "t", settings=user_settings)
    _check_tables(tmp_path / "t" / "tables.xlsx")
    # under the shipped settings, groups of 10 to 24 respondents are published: the user's file changed that
    write_tables(example_processed, tmp_path / "d")
    assert _check_tables(tmp_path / "d" / "tables.xlsx", min_base=10, min_count=3, seed=20190528)

    r = pd.read_parquet(example_processed / "responses.parquet")
    _check_chart_data(plot_option_support_by(r, by="region", settings=load_settings(user_settings)).data)
    assert not _published_small_groups(plot_option_support_by(r, by="region").data).empty


@pytest.mark.slow
def test_settings_reach_a_built_report(example_processed, user_settings, small_grid, tmp_path):
    res = build_reports(
        example_processed,
        tmp_path / "reports",
        grid=small_grid,
        jobs=1,
        figures=tmp_path / "figs",
        settings=user_settings,
    )
    assert res.ok, res.failed
    used = yaml.safe_load((res.folder / "settings.yaml").read_text(encoding="utf-8"))
    assert (used["suppression"]["min_base"], used["suppression"]["min_count"], used["analysis"]["seed"]) == (25, 4, 7)
    for p in (tmp_path / "figs").glob("*.csv"):
        _check_chart_data(pd.read_csv(p))
    # every region of the 150-response example has fewer than 25 respondents: the by-region chart is
    # withheld whole (under the shipped settings it is drawn)
    page = (res.folder / "option_support__breakdown-region.html").read_text(encoding="utf-8")
    assert "every figure of this chart is withheld" in page


@pytest.mark.slow
def test_settings_through_the_command_line_and_one_output_root(
    example_raw, user_settings, small_grid, tmp_path, monkeypatch
):
    """`svanalysis run RAW --out DIR --settings FILE` writes everything under DIR, at the user's thresholds."""
    project = tmp_path / "project"
    project.mkdir()
    monkeypatch.chdir(project)
    out = tmp_path / "run"
    res = CliRunner().invoke(
        app,
        [
            "run",
            str(example_raw),
            "--out",
            str(out),
            "--settings",
            str(user_settings),
            "--grid",
            str(small_grid),
            "--jobs",
            "1",
        ],
    )
    assert res.exit_code in (0, 3), res.output
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "figures",
        "processed",
        "reports",
        "tables",
    ]
    assert (out / "processed" / "responses.parquet").exists()
    # the example carries its signed-off code frame (_manual/theme_frame.yaml): run assigns themes
    assert (out / "processed" / "themes.parquet").exists() and "themes: q14_text:" in res.output
    _check_tables(out / "tables" / "tables.xlsx")
    assert re.search(r"min_base: 25", (out / "reports" / "latest" / "settings.yaml").read_text(encoding="utf-8"))
    assert (out / "reports" / "latest" / "tables" / "tables.xlsx").exists()
    assert list((out / "figures").glob("*.png"))
    assert not any(project.iterdir()), "nothing may be written outside --out"
