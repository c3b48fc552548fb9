"""Publication tables: tidy CSVs that recount exactly, and an accessible, safe spreadsheet."""

from __future__ import annotations

import math
import shutil
import subprocess

import pandas as pd
import pytest
from openpyxl import load_workbook

from svanalysis.publish.tables import display_table, write_tables

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tables(example_processed, tmp_path_factory):
    out = tmp_path_factory.mktemp("tables")
    return write_tables(example_processed, out), out


def test_csv_columns_of_the_contract(tables):
    _, out = tables
    cols = {
        "option_support.csv": [
            "breakdown",
            "group",
            "question",
            "answer",
            "count",
            "base",
            "percent",
            "ci_low",
            "ci_high",
            "suppressed",
        ],
        "cost_benefit.csv": [
            "option",
            "breakdown",
            "group",
            "measure",
            "n",
            "median",
            "q1",
            "q3",
            "mean",
            "total",
            "ci_low",
            "ci_high",
        ],
        "benefits.csv": ["option", "breakdown", "group", "choice", "count", "base", "percent", "suppressed"],
        "disadvantages.csv": ["option", "breakdown", "group", "choice", "count", "base", "percent", "suppressed"],
    }
    for name, expected in cols.items():
        got = list(pd.read_csv(out / name, nrows=0).columns)
        assert got[: len(expected)] == expected, name
    t = pd.read_csv(out / "option_support.csv")
    assert set(t["breakdown"]) == {"overall", "sector", "region", "respondent_type"}
    assert set(t["question"]) == {"q9", "q11", "q13"} and set(t["answer"]) == {"Yes", "No", "Mixed", "Unclear"}
    c = pd.read_csv(out / "cost_benefit.csv")
    assert set(c["option"]) == {1, 2, 3} and set(c["measure"]) == {
        "fte",
        "volunteer_hours",
        "other_costs_gbp",
        "monetised_cost_gbp",
    }


def test_option_support_recounts_independently(tables, example_processed):
    _, out = tables
    t = pd.read_csv(out / "option_support.csv")
    r = pd.read_parquet(example_processed / "responses.parquet")
    r = r[r["duplicate_of"].isna()]
    cols = {"q9": "q9_option_one", "q11": "q11_option_two", "q13": "q13_option_three"}
    by = {"sector": "q1_sector", "region": "q3_region", "respondent_type": "respondent_type"}
    for row in t.itertuples():
        sub = (
            r
            if row.breakdown == "overall"
            else (
                r[r[by[row.breakdown]].isna()]
                if row.group == "Not stated"
                else r[r[by[row.breakdown]].astype(object) == row.group]
            )
        )
        answers = sub[cols[row.question]].astype(object)
        base = int(answers.notna().sum())
        count = int((answers == row.answer).sum())
        assert (row.count, row.base) == (count, base), row
        if base:
            assert math.isclose(row.percent, 100 * count / base)


def test_cost_benefit_recounts_independently(tables, example_processed):
    _, out = tables
    c = pd.read_csv(out / "cost_benefit.csv")
    r = pd.read_parquet(example_processed / "responses.parquet")
    r = r[r["duplicate_of"].isna()]
    for opt, col in ((1, "q15_fte"), (2, "q20_fte"), (3, "q25_fte")):
        v = r.loc[~r[f"{col}_implausible"], col].dropna()
        row = c[(c["option"] == opt) & (c["breakdown"] == "overall") & (c["measure"] == "fte")].iloc[0]
        assert (row["n"], row["median"], row["total"]) == (len(v), v.median(), v.sum())
    for opt, col in ((1, "q17_other_costs_gbp"), (3, "q27_other_costs_gbp")):
        police = r[(r["q1_sector"] == "Police") & ~r[f"{col}_implausible"]][col].dropna()
        row = c[(c["option"] == opt) & (c["group"] == "Police") & (c["measure"] == "other_costs_gbp")].iloc[0]
        assert (row["n"], row["total"]) == (len(police), police.sum())
        if len(police):
            assert row["median"] == police.median()


def test_spreadsheet_is_accessible_and_safe(tables):
    _, out = tables
    wb = load_workbook(out / "tables.xlsx")
    assert wb.sheetnames[:3] == ["Cover", "Contents", "Notes"]
    assert "Option_support" in wb.sheetnames and "Cost_per_option" in wb.sheetnames
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate)
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(("=", "+", "-", "@")), (ws.title, cell.coordinate, cell.value)
    notes = "\n".join(str(c.value) for row in wb["Notes"].iter_rows() for c in row if c.value)
    assert "[c]" in notes and "Wilson" in notes


def test_spreadsheet_shows_rounded_percentages_and_suppression(tables, example_processed):
    _, out = tables
    ws = load_workbook(out / "tables.xlsx")["Option_support"]
    rows = list(ws.iter_rows(values_only=True))
    header_at = next(i for i, r in enumerate(rows) if r and r[0] == "Breakdown")
    header = rows[header_at]
    pct = header.index("Percent")
    values = [r[pct] for r in rows[header_at + 1 :] if r[0]]
    numbers = [v for v in values if isinstance(v, (int, float))]
    assert numbers and all(round(v, 1) == v for v in numbers)
    csv = pd.read_csv(out / "option_support.csv")
    assert values.count("[c]") == int(csv["suppressed"].sum())


def test_cost_sheet_names_measures_and_the_median_interval(tables):
    _, out = tables
    rows = list(load_workbook(out / "tables.xlsx")["Cost_per_option"].iter_rows(values_only=True))
    header_at = next(i for i, r in enumerate(rows) if r and r[0] == "Option")
    header = rows[header_at]
    assert "Median lower 95% CI" in header and "Lower 95% CI" not in header
    measures = {r[header.index("Measure")] for r in rows[header_at + 1 :] if r[0]}
    assert measures == {"FTE per year", "Volunteer hours per year", "Other costs (£)", "Monetised annual cost (£)"}


def test_display_table_formats_cost_intervals_as_figures_not_percentages():
    t = pd.DataFrame(
        {
            "measure": ["other_costs_gbp", "fte"],
            "median": [15000.0, 1.5],
            "ci_low": [10000.0, 1.0],
            "ci_high": [19500.0, 2.34],
            "n_costed_at_other_rate": pd.array([pd.NA, 7], dtype="Int64"),
        }
    )
    d = display_table(t)
    assert list(d.columns) == [
        "Measure",
        "Median",
        "Median lower 95% CI",
        "Median upper 95% CI",
        "Costed at the Other rate",
    ]
    assert d.iloc[0].tolist() == ["Other costs (£)", "15,000.0", "10,000.0", "19,500.0", "[x]"]
    assert d.iloc[1].tolist() == ["FTE per year", "1.5", "1.0", "2.3", "7"]


def test_text_that_looks_like_a_formula_is_neutralised(example_processed, tmp_path):
    d = tmp_path / "processed"
    shutil.copytree(example_processed, d)
    ch = pd.read_parquet(d / "choices.parquet")
    ch["other_text"] = ch["other_text"].astype("string")
    ch.loc[ch.index[:3], "other_text"] = '=HYPERLINK("http://evil.example","click")'
    ch.to_parquet(d / "choices.parquet")
    (d / "manifest.json").unlink()  # edited by hand: no longer one run's set, read as it is
    write_tables(d, tmp_path / "t")
    for p in (tmp_path / "t").glob("*.csv"):
        text = p.read_text(encoding="utf-8")
        assert "\n=" not in text and ",=" not in text


def test_spreadsheet_opens_in_libreoffice(tables, tmp_path):
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        pytest.skip("LibreOffice is not installed here")
    _, out = tables
    res = subprocess.run(
        [exe, "--headless", "--convert-to", "csv", "--outdir", str(tmp_path), str(out / "tables.xlsx")],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "tables.csv").read_text(encoding="utf-8", errors="ignore").strip()
