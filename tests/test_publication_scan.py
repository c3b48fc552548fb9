"""Every publishable file of a build, scanned: no small count, no statistic from too few respondents.

A small consultation (60 online responses, a few forms and letters) has small cells everywhere once
it is cut by sector and region. The whole build is made from it (publication tables, the report
grid's notebooks with their figures, the index, the draft Government response), then every CSV,
TXT, XLSX, HTML and DOCX in the tables, figures and reports folders is read as tables and checked
against the settings' rules, by column header:

- a count or base (Count, Base, n, Respondents giving a figure, ...) is 0 or at least ``min_count``;
- a percentage is shown only where its base is at least ``min_base``;
- a median, mean or sum only beside at least ``min_statistic_n`` respondents, a quartile or the
  interval of a median beside at least ``min_quartile_n``.

The exact tables must be in the processed folder's restricted area and nowhere else. The free text
is themed first (the example's own frame), so theme tables, charts, reports and the document's
themes sections are scanned too.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from svanalysis.core.disclosure import disclosure_rules, restricted_folder

pytestmark = pytest.mark.slow

RULES = disclosure_rules()
GRID = """reports:
  - notebook: data_quality
  - notebook: option_support
    parameters: {breakdown: region}
  - notebook: option_support
    parameters: {sector: Police, breakdown: region}
  - notebook: costs_benefits
    parameters: {option: 2, breakdown: region}
  - notebook: segment_profile
    parameters: {sector: '', region: Wales}
  - notebook: segment_profile
    parameters: {sector: Police}
  - notebook: themes
    for_each: field
"""


@pytest.fixture(scope="module")
def small_build(tmp_path_factory):
    from svanalysis.analysis.themes.workflow import assign_folder
    from svanalysis.ingest.pipeline import ingest
    from svanalysis.publish.reports import build_reports
    from svanalysis.publish.tables import write_tables
    from svanalysis.synth.responses import write_example

    root = tmp_path_factory.mktemp("small")
    write_example(root / "raw", n=60, seed=11, n_forms=2, n_letters=2)
    processed = root / "processed"
    ingest([root / "raw"], processed, overrides=root / "none.csv")
    # the free text themed with the frame the example carries: theme tables, charts, quotes, reports
    assign_folder(processed, root / "raw" / "_manual" / "theme_frame.yaml", root / "no-codes.csv")
    write_tables(processed, root / "tables")
    grid = root / "grid.yaml"
    grid.write_text(GRID, encoding="utf-8")
    res = build_reports(
        processed,
        root / "reports",
        grid=grid,
        jobs=2,
        figures=root / "figures",
        tables_dir=root / "tables",
        document=True,
    )
    # the error of each failed report in full (a repr of the whole result is cut short by pytest)
    failures = [f"{r['name']}: {r.get('error')}\n{r.get('detail', '')}" for r in res.failed]
    assert res.ok and not res.document_error, "\n\n".join(failures) or res.document_error
    return root, processed, res


# ---------------------------------------------------------------------------- reading tables
def _csv(path: Path) -> list[tuple[list[str], list[list[str]]]]:
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    return [(rows[0], rows[1:])] if rows else []


def _markdown(text: str) -> list[tuple[list[str], list[list[str]]]]:
    out, block = [], []
    for line in [*text.splitlines(), ""]:
        if line.startswith("|"):
            block.append([c.strip() for c in line.strip().strip("|").split("|")])
        elif block:
            out.append((block[0], [r for r in block[2:]]))
            block = []
    return out


def _html(path: Path) -> list[tuple[list[str], list[list[str]]]]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    out = []
    for t in soup.find_all("table"):
        rows = [[c.get_text(" ", strip=True) for c in tr.find_all(["th", "td"])] for tr in t.find_all("tr")]
        if rows:
            out.append((rows[0], rows[1:]))
    for img in soup.find_all("img"):  # the text alternative's table
        out += _markdown(img.get("alt") or "")
    return out


def _xlsx(path: Path) -> list[tuple[list[str], list[list[str]]]]:
    from openpyxl import load_workbook

    out = []
    for ws in load_workbook(path).worksheets:
        rows = [["" if v is None else str(v) for v in r] for r in ws.iter_rows(values_only=True)]
        at = next((i for i, r in enumerate(rows) if any(_is_count(h) for h in r if h)), None)
        if at is not None:
            out.append((rows[at], [r for r in rows[at + 1 :] if any(r)]))
    return out


def _docx(path: Path) -> list[tuple[list[str], list[list[str]]]]:
    from docx import Document

    doc = Document(str(path))
    out = [([c.text for c in t.rows[0].cells], [[c.text for c in r.cells] for r in t.rows[1:]]) for t in doc.tables]
    for s in doc.inline_shapes:
        out += _markdown(s._inline.docPr.get("descr") or "")
    return out


READERS = {
    ".csv": _csv,
    ".txt": lambda p: _markdown(p.read_text(encoding="utf-8")),
    ".html": _html,
    ".xlsx": _xlsx,
    ".docx": _docx,
}


# ---------------------------------------------------------------------------- the rules by header
def _h(h: str) -> str:
    return h.strip().lower()


def _is_count(h: str) -> bool:
    h = _h(h)
    return (
        h in {"count", "base", "n", "respondents", "responses", "rows", "rejected", "rows read", "rows_read"}
        or h.startswith("respondents giving")
        or h.endswith(("(base)", "_base", "_n"))
        or h
        in {
            "n_excluded_implausible",
            "n_costed_at_other_rate",
            "implausible figures excluded",
            "costed at the other rate",
        }
    )


def _is_n(h: str) -> bool:
    h = _h(h)
    return h in {"n", "respondents"} or h.startswith("respondents giving") or h.endswith("_n")


def _is_percent(h: str) -> bool:
    h = _h(h)
    return h in {"percent", "yes_percent"} or h.endswith(("_percent", "(%)", "(% yes)"))


def _needs(h: str, headers: list[str]) -> int | None:
    """How many respondents a statistic in this column needs, or None if it is not one."""
    h = _h(h)
    has_median = any("median" in _h(x) for x in headers)
    if "quartile" in h or h in {"q1", "q3"} or "median lower" in h or "median upper" in h:
        return RULES.min_quartile_n
    if has_median and h in {"ci_low", "ci_high"}:
        return RULES.min_quartile_n
    if "median" in h or h.startswith(("mean", "sum of")) or h in {"total", "total_fte", "mean_fte_per_respondent"}:
        return RULES.min_statistic_n
    return None


def _number(v: str) -> float | None:
    v = v.replace(",", "").replace("£", "").replace("%", "").strip()
    try:
        return float(v)
    except ValueError:
        return None


def _n_for(col: int, headers: list[str]) -> int | None:
    """The respondents column a statistic column rests on: the only one, or the nearest to its right."""
    ns = [i for i, h in enumerate(headers) if _is_n(h)]
    if len(ns) == 1:
        return ns[0]
    right = [i for i in ns if i > col]
    return right[0] if right else (ns[-1] if ns else None)


def _violations(path: Path, headers: list[str], rows: list[list[str]]) -> list[str]:
    bad = []
    base_col = next(
        (i for i, h in enumerate(headers) if _h(h) in {"base", "yes_base"} or _h(h).endswith("(base)")), None
    )
    for r in rows:
        if len(r) != len(headers):
            continue
        for i, (h, v) in enumerate(zip(headers, r, strict=True)):
            x = _number(v)
            if x is None:
                continue
            if _is_count(h) and 0 < x < RULES.min_count:
                bad.append(f"{path.name}: {h} = {v} in {r}")
            if _is_percent(h) and base_col is not None:
                base = _number(r[base_col])
                if base is not None and 0 < base < RULES.min_base:
                    bad.append(f"{path.name}: {h} = {v} from a base of {r[base_col]}")
            need = _needs(h, headers)
            if need is not None:
                j = _n_for(i, headers)
                n = _number(r[j]) if j is not None else None
                if n is None or n < need:
                    bad.append(
                        f"{path.name}: {h} = {v} beside {headers[j] if j is not None else 'no respondent count'} = {r[j] if j is not None else ''}"
                    )
    return bad


def _published(root: Path, res) -> list[Path]:
    folders = [root / "tables", root / "figures", res.folder]
    return [p for f in folders for p in f.rglob("*") if p.is_file() and p.suffix in READERS]


# ---------------------------------------------------------------------------- the tests
def test_the_data_set_has_small_cells(small_build):
    from svanalysis.publish.tables import read_restricted

    root, processed, _ = small_build
    exact = read_restricted(restricted_folder(processed) / "option_support.csv")
    small = exact[(exact["count"] > 0) & (exact["count"] < RULES.min_count)]
    assert len(small) >= 20  # plenty of cells the gate must withhold
    costs = read_restricted(restricted_folder(processed) / "cost_benefit.csv")
    assert ((costs["n"] > 0) & (costs["n"] < RULES.min_statistic_n)).sum() >= 5


def test_every_publishable_file_passes_the_scan(small_build):
    root, _, res = small_build
    files = _published(root, res)
    kinds = {p.suffix for p in files}
    assert kinds == {".csv", ".txt", ".xlsx", ".html", ".docx"}, kinds
    scanned, bad = 0, []
    for p in files:
        for headers, rows in READERS[p.suffix](p):
            if any(_is_count(h) or _needs(h, headers) for h in headers):
                scanned += 1
                bad += _violations(p, headers, rows)
    assert scanned >= 100
    assert bad == [], "\n".join(bad[:30])


def test_the_scan_catches_what_the_old_outputs_published(tmp_path):
    # the CSV beside a figure used to carry the exact count behind a [c]: "Mixed 1 of 267"
    p = tmp_path / "option_support_overall.csv"
    p.write_text("option,answer,count,base,percent,suppressed\n1,Mixed,1,267,0.4,True\n", encoding="utf-8")
    headers, rows = _csv(p)[0]
    assert _violations(p, headers, rows) == [
        "option_support_overall.csv: count = 1 in ['1', 'Mixed', '1', '267', '0.4', 'True']"
    ]
    # a single respondent's figure printed as median and mean
    q = tmp_path / "t.txt"
    q.write_text(
        "| Measure | Respondents giving a figure | Median | Mean |\n|---|---|---|---|\n| FTE | 1 | 2.0 | 2.0 |\n",
        encoding="utf-8",
    )
    found = _violations(q, *_markdown(q.read_text())[0])
    assert any("Median = 2.0" in b for b in found) and any("Respondents giving a figure = 1" in b for b in found)


def test_exact_tables_only_in_the_restricted_area(small_build):
    root, processed, res = small_build
    restricted = restricted_folder(processed)
    labelled = [
        p
        for p in restricted.glob("*.csv")
        if p.read_text(encoding="utf-8").startswith("# RESTRICTED: not for publication")
    ]
    assert len(labelled) == len(list(restricted.glob("*.csv"))) >= 10
    for p in _published(root, res):
        if p.suffix in (".csv", ".txt", ".html"):
            assert "RESTRICTED" not in p.read_text(encoding="utf-8", errors="ignore"), p
    assert not any(restricted in p.parents for p in _published(root, res))


def test_every_figure_is_16_cm_wide_at_300_dpi(small_build):
    from PIL import Image

    root, _, res = small_build
    pngs = list((root / "figures").glob("*.png"))
    assert len(pngs) >= 10
    for p in pngs:
        with Image.open(p) as im:
            assert im.size[0] == 1890 and round(im.info["dpi"][0]) == 300, p.name


def test_no_statistic_of_a_single_respondent_in_the_words_either(small_build):
    root, _, res = small_build
    text = "\n".join(p.read_text(encoding="utf-8") for p in res.folder.glob("*.html"))
    assert not re.search(r"\b[12] respondents who gave a figure", text)
