"""Publication tables: exact tables that recount, kept in the restricted area; published CSVs and
an accessible spreadsheet (Analysis Function standard) that carry no small cell."""

from __future__ import annotations

import math
import shutil
import subprocess

import pandas as pd
import pytest
from openpyxl import load_workbook

from svanalysis.core.disclosure import restricted_folder
from svanalysis.publish.tables import display_table, read_restricted, write_tables

pytestmark = pytest.mark.slow

PUBLICATION = {
    "publication": {
        "date": "19 December 2019",
        "contact": "Analysis team, Serious Violence Unit: analysts@example.gov.uk",
        "source": "Responses to the consultation, test edition",
    }
}


@pytest.fixture(scope="module")
def tables(example_processed, tmp_path_factory):
    out = tmp_path_factory.mktemp("tables")
    return write_tables(example_processed, out, settings=PUBLICATION), out


def _sheet(path, name):
    rows = list(load_workbook(path)[name].iter_rows())
    at = next(i for i, r in enumerate(rows) if r[0].value in ("Option", "Breakdown", "Question"))
    header = [c.value for c in rows[at]]
    return header, [r for r in rows[at + 1 :] if r[0].value is not None]


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
        ],
        "cost_benefit.csv": ["option", "breakdown", "group", "measure", "n", "median", "q1", "q3", "mean", "total"],
        "benefits.csv": ["option", "breakdown", "group", "choice", "count", "base", "percent"],
        "disadvantages.csv": ["option", "breakdown", "group", "choice", "count", "base", "percent"],
    }
    for name, expected in cols.items():
        got = list(pd.read_csv(out / name, nrows=0).columns)
        assert got[: len(expected)] == expected, name
        assert "suppressed" not in got  # [c] in the cell says so; no flag beside an exact count
    t = pd.read_csv(out / "option_support.csv")
    assert set(t["breakdown"]) == {"overall", "sector", "region", "respondent_type"}
    assert set(t["question"]) == {"q9", "q11", "q13"}
    assert set(t["option_name"]) == {"Option One", "Option Two", "Option Three"}


def test_exact_tables_are_only_in_the_restricted_area_and_say_so(tables, example_processed):
    paths, out = tables
    restricted = restricted_folder(example_processed)
    assert (
        (restricted / "option_support.csv").read_text(encoding="utf-8").startswith("# RESTRICTED: not for publication")
    )
    assert "RESTRICTED: not for publication" in (restricted / "README.txt").read_text(encoding="utf-8")
    assert not any("RESTRICTED" in p.read_text(encoding="utf-8", errors="ignore") for p in out.glob("*.csv"))
    assert all(p.parent == restricted for k, p in paths.items() if k.startswith("restricted/"))


def test_option_support_recounts_independently(tables, example_processed):
    t = read_restricted(restricted_folder(example_processed) / "option_support.csv")
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


def test_published_counts_match_the_exact_ones_where_shown(tables, example_processed):
    _, out = tables
    pub = pd.read_csv(out / "option_support.csv", dtype=str, keep_default_na=False)
    exact = read_restricted(restricted_folder(example_processed) / "option_support.csv")
    key = ["breakdown", "group", "question", "answer"]
    m = pub.merge(exact.astype({"count": str, "base": str}), on=key, how="left", suffixes=("", "_exact"))
    shown = m[(m["count"] != "[c]") & m["count_exact"].notna()]
    assert len(shown) > 0 and (shown["count"] == shown["count_exact"]).all()
    assert not ((m["count"] == "[c]") & m["count_exact"].isna() & ~m["answer"].str.contains(" or ")).any()


def test_cost_benefit_recounts_independently(tables, example_processed):
    c = read_restricted(restricted_folder(example_processed) / "cost_benefit.csv")
    r = pd.read_parquet(example_processed / "responses.parquet")
    r = r[r["duplicate_of"].isna()]
    for opt, col in ((1, "q15_fte"), (2, "q20_fte"), (3, "q25_fte")):
        v = r.loc[~r[f"{col}_implausible"], col].dropna()
        row = c[(c["option"] == opt) & (c["breakdown"] == "overall") & (c["measure"] == "fte")].iloc[0]
        assert (row["n"], row["median"], row["total"]) == (len(v), v.median(), v.sum())


def test_published_money_is_rounded_to_three_significant_figures(tables, example_processed):
    _, out = tables
    pub = pd.read_csv(out / "cost_benefit.csv", dtype=str)
    exact = read_restricted(restricted_folder(example_processed) / "cost_benefit.csv")

    def row(t):
        return t[
            (t["option"].astype(str) == "1") & (t["breakdown"] == "overall") & (t["measure"] == "other_costs_gbp")
        ].iloc[0]

    e, p = float(row(exact)["mean"]), float(row(pub)["mean"])
    assert p == float(f"{e:.3g}") and len(str(int(p)).rstrip("0")) <= 3


def test_spreadsheet_cover_has_title_date_source_and_contact(tables):
    _, out = tables
    wb = load_workbook(out / "tables.xlsx")
    assert wb.sheetnames[:3] == ["Cover", "Contents", "Notes"]
    cover = "\n".join(str(c.value) for row in wb["Cover"].iter_rows() for c in row if c.value)
    assert "analysis of consultation responses" in cover
    assert "Publication date: 19 December 2019" in cover
    assert "Source: Responses to the consultation, test edition" in cover
    assert "analysts@example.gov.uk" in cover


def test_spreadsheet_is_safe(tables):
    _, out = tables
    wb = load_workbook(out / "tables.xlsx")
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate)
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(("=", "+", "-", "@")), (ws.title, cell.coordinate, cell.value)


def test_numbers_are_numbers_with_number_formats_and_option_names(tables):
    _, out = tables
    header, rows = _sheet(out / "tables.xlsx", "Comparison")
    assert [r[0].value for r in rows] == ["Option One", "Option Two", "Option Three"]
    yes = header.index("Said the option would best achieve the vision (% Yes)")
    money = header.index("Median monetised annual cost per respondent (£)")
    for r in rows:
        assert isinstance(r[yes].value, (int, float)) and r[yes].number_format == "0.0"
        assert isinstance(r[money].value, (int, float)) and r[money].number_format == "#,##0"
    for r in rows:
        for c in r:
            assert not (isinstance(c.value, str) and (c.value.endswith("%") or c.value.startswith("£")))


def test_one_unit_per_column_in_the_cost_sheets(tables):
    _, out = tables
    wb = load_workbook(out / "tables.xlsx")
    assert {"FTE", "Volunteer_hours", "Other_costs", "Monetised_cost"} <= set(wb.sheetnames)
    header, rows = _sheet(out / "tables.xlsx", "Other_costs")
    assert "Median (£)" in header and "Sum of reported figures (£)" in header and "Measure" not in header
    header, rows = _sheet(out / "tables.xlsx", "FTE")
    assert "Median (FTE per year)" in header
    assert {r[0].value for r in rows} == {"Current activity (Q6)", "Option One", "Option Two", "Option Three"}


def test_symbols_used_as_the_standard_defines_and_explained(tables):
    _, out = tables
    header, rows = _sheet(out / "tables.xlsx", "FTE")
    implausible = header.index("Implausible figures excluded")
    group = header.index("Group")
    for r in rows:
        if r[group].value != "All respondents":
            assert r[implausible].value == "[z]"  # not applicable: counted for all respondents only
    notes = "\n".join(
        str(c.value) for row in load_workbook(out / "tables.xlsx")["Notes"].iter_rows() for c in row if c.value
    )
    assert "[z] = not applicable" in notes and "[c] = confidential" in notes


def test_spreadsheet_shows_rounded_percentages_and_the_csv_withholds_the_same_cells(tables):
    _, out = tables
    header, rows = _sheet(out / "tables.xlsx", "Option_support")
    values = [r[header.index("Percent")].value for r in rows]
    numbers = [v for v in values if isinstance(v, (int, float))]
    assert numbers and all(round(v, 1) == v for v in numbers)
    csv = pd.read_csv(out / "option_support.csv", dtype=str)
    assert values.count("[c]") == int((csv["percent"] == "[c]").sum())


def test_display_table_gates_and_labels():
    t = pd.DataFrame(
        {
            "option": [1, 1],
            "breakdown": ["overall", "overall"],
            "group": ["All respondents"] * 2,
            "measure": ["other_costs_gbp", "fte"],
            "n": [12, 4],
            "median": [15234.0, 1.5],
            "ci_low": [10000.0, 1.0],
            "ci_high": [19500.0, 2.34],
        }
    )
    d = display_table(t)
    assert list(d.columns) == [
        "Option",
        "Breakdown",
        "Group",
        "Measure",
        "Respondents giving a figure",
        "Median",
        "Median lower 95% CI",
        "Median upper 95% CI",
    ]
    assert d.iloc[0].tolist() == [
        "Option One",
        "All respondents",
        "All respondents",
        "Other costs (£)",
        "12",
        "£15,200",
        "£10,000",
        "£19,500",
    ]
    assert d.iloc[1].tolist() == [
        "Option One",
        "All respondents",
        "All respondents",
        "FTE per year",
        "4",
        "[c]",
        "[c]",
        "[c]",
    ]


def test_text_that_looks_like_a_formula_is_neutralised(example_processed, tmp_path):
    d = tmp_path / "processed"
    shutil.copytree(example_processed, d)
    ch = pd.read_parquet(d / "choices.parquet")
    ch["other_text"] = ch["other_text"].astype("string")
    ch.loc[ch.index[:3], "other_text"] = '=HYPERLINK("http://evil.example","click")'
    ch.to_parquet(d / "choices.parquet")
    (d / "manifest.json").unlink()  # edited by hand: no longer one run's set, read as it is
    write_tables(d, tmp_path / "t")
    for p in [*(tmp_path / "t").glob("*.csv"), *restricted_folder(d).glob("*.csv")]:
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


def test_no_themes_sheet_until_themes_are_assigned(tables):
    from openpyxl import load_workbook

    _, out = tables
    assert "Themes" not in load_workbook(out / "tables.xlsx").sheetnames
    assert not (out / "themes.csv").exists()


def test_themes_sheet_recounts_independently(themed_processed, tmp_path):
    from openpyxl import load_workbook

    from svanalysis.core.disclosure import is_symbol

    out = tmp_path / "t"
    write_tables(themed_processed, out, settings=PUBLICATION)
    assert "Themes" in load_workbook(out / "tables.xlsx").sheetnames
    pub = pd.read_csv(out / "themes.csv", dtype=str)
    assert set(pub["breakdown"]) == {"overall", "stance", "sector", "region", "respondent_type"}
    # recount Q14's overall figures from the processed tables, by hand: those who answered (not blank),
    # duplicates left out, and for each theme those among them whose answer has it
    r = pd.read_parquet(themed_processed / "responses.parquet")
    r = r[r["duplicate_of"].isna() & r["q14_text"].astype("string").str.strip().fillna("").ne("")]
    t = pd.read_parquet(themed_processed / "themes.parquet")
    t = t[(t["field"] == "q14_text") & t["respondent_id"].isin(r["respondent_id"])]
    names = {"sustained_funding": "Long-term funding", "information_sharing": "Information sharing",
             "joint_training": "Joint training", "youth_voice": "Involve young people", "oversight": "Independent oversight"}  # fmt: skip
    expected = {names[k]: v for k, v in t.groupby("theme")["respondent_id"].nunique().items()}
    got = pub[(pub["breakdown"] == "overall") & (pub["field"] == "q14_text")].set_index("theme")
    assert set(got["base"]) == {str(len(r))}
    shown = {k: int(v) for k, v in got["count"].items() if not is_symbol(v)}
    assert shown and all(expected.get(k, 0) == v for k, v in shown.items())
    # ranked by how many raised each theme
    counts = [expected.get(k, 0) for k in got.index]
    assert counts == sorted(counts, reverse=True)
