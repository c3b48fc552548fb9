"""Report builds: every notebook executed end to end, the index, and the HTML in a real browser."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import in_ci

from svanalysis.core.paths import notebooks_dir
from svanalysis.publish.reports import Job, build_reports, load_grid

NOTEBOOKS_DIR = notebooks_dir()

pytestmark = pytest.mark.slow

NOTEBOOKS = sorted(p.stem for p in NOTEBOOKS_DIR.glob("*.py"))


def test_every_notebook_is_in_the_default_grid():
    in_grid = {j.notebook for j in load_grid(fields=["q14_text"])}
    assert in_grid == set(NOTEBOOKS)


def test_one_themes_report_per_framed_field_and_none_without_themes():
    assert not [j for j in load_grid() if j.notebook == "themes"]
    jobs = [j.name for j in load_grid(fields=["q7_text", "q14_text"]) if j.notebook == "themes"]
    assert jobs == ["themes__field-q7_text", "themes__field-q14_text"]


def test_default_grid_covers_every_sector_region_and_option(spec):
    jobs = load_grid()
    names = [j.name for j in jobs]
    assert "data_quality" in names and "option_support" in names
    for s in spec.sectors:
        assert Job("segment_profile", {"sector": s}).name in names
    for r in spec.regions:
        assert Job("segment_profile", {"region": r, "sector": ""}).name in names
    assert sum(j.notebook == "costs_benefits" for j in jobs) == 3


def test_bad_grid_is_a_clear_error(tmp_path):
    g = tmp_path / "grid.yaml"
    g.write_text("reports:\n  - notebook: nope\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"entry 1: no notebook nope\.py in .*notebooks"):
        load_grid(g)


@pytest.fixture(scope="module")
def small_grid(tmp_path_factory):
    g = tmp_path_factory.mktemp("grid") / "grid.yaml"
    g.write_text(
        "reports:\n"
        "  - notebook: data_quality\n"
        "  - notebook: option_support\n"
        "  - notebook: option_support\n    parameters: {sector: Police, breakdown: region}\n"
        "  - notebook: option_support\n    parameters: {region: London, breakdown: sector}\n"
        "  - notebook: costs_benefits\n    parameters: {option: 2}\n"
        "  - notebook: segment_profile\n    parameters: {sector: '', region: London}\n"
        "  - notebook: themes\n    for_each: field\n",
        encoding="utf-8",
    )
    return g


@pytest.fixture(scope="module")
def build(themed_processed, small_grid, tmp_path_factory):
    root = tmp_path_factory.mktemp("reports")
    figures = tmp_path_factory.mktemp("figures")
    return build_reports(themed_processed, root, grid=small_grid, jobs=2, figures=figures), root, figures


def test_every_notebook_executes_and_renders(build):
    res, root, figures = build
    assert res.ok, res.failed
    names = {r["name"] for r in res.results}
    assert names == {
        "data_quality",
        "option_support",
        "option_support__breakdown-region__sector-police",
        "option_support__breakdown-sector__region-london",
        "costs_benefits__option-2",
        "segment_profile__region-london",
        *(f"themes__field-{f}" for f in ("q7_text", "q9_option_one_text", "q14_text", "q30_text", "q31_text")),
    }
    for r in res.results:
        html = (res.folder / r["html"]).read_text(encoding="utf-8")
        assert "<img" in html or r["notebook"] == "data_quality"
        assert "import svanalysis" not in html  # no code cells
        assert "Traceback" not in html
        assert (res.folder / f"{r['name']}.ipynb").exists()


def test_latest_points_at_the_build_and_figures_are_published(build):
    res, root, figures = build
    latest = root / "latest"
    assert latest.is_dir() and not latest.is_symlink()
    assert sorted(p.name for p in latest.glob("*.html")) == sorted(p.name for p in res.folder.glob("*.html"))
    assert (latest / "index.html").read_bytes() == res.index.read_bytes()
    pngs = sorted(p.name for p in figures.glob("*.png"))
    assert "option_support_overall.png" in pngs
    assert "option_support_overall__police.png" in pngs
    for stem in ("option_support_overall", "monetised_cost_by_option"):
        for ext in ("png", "svg", "csv", "txt"):
            assert (figures / f"{stem}.{ext}").exists(), f"{stem}.{ext}"
    alt = (figures / "option_support_overall.txt").read_text(encoding="utf-8")
    title = alt.split("\n", 1)[0]
    assert title.startswith(("Support was similar for", "Option")) and "| Option | Answer | Count | Base |" in alt


def test_the_region_heatmap_is_drawn_only_where_it_compares_regions_the_report_has_not_shown(build):
    """All respondents: a heatmap of the regions. One sector broken down by region: its chart by group
    has just shown those percentages by region. One region: it would be a single row among eleven of
    "no answers" (and a title saying no region stood out)."""
    res, root, figures = build
    heatmaps = sorted(p.name for p in figures.glob("option_support_region_heatmap*.png"))
    assert heatmaps == ["option_support_region_heatmap.png"]
    page = {r["name"]: (res.folder / r["html"]).read_text(encoding="utf-8") for r in res.results}
    assert (
        "The regions are compared in the chart by group above"
        in page["option_support__breakdown-region__sector-police"]
    )
    assert "This report covers one region" in page["option_support__breakdown-sector__region-london"]
    assert "This report covers one region" not in page["option_support"]
    assert (figures / "option_support_by_sector__london.txt").exists()  # its chart by group is still published


def test_a_page_is_the_document_nbconvert_would_make():
    """The export skips nbconvert's BeautifulSoup pass and amends the tags it would amend: parsed, each
    page is the page nbconvert writes (focusable inputs and outputs, an alt on every image)."""
    import nbformat
    from bs4 import BeautifulSoup
    from nbconvert import HTMLExporter

    from svanalysis.core.paths import TEMPLATE_DIR
    from svanalysis.publish.reports import render_html

    v4 = nbformat.v4
    nb = v4.new_notebook(
        cells=[
            v4.new_markdown_cell("# A title\n\nSome <b>text</b> & more, with ![a picture](data:image/png;base64,AAAA)"),
            v4.new_code_cell(
                "x",
                outputs=[
                    v4.new_output("stream", name="stdout", text="printed <not a tag>\n"),
                    v4.new_output("display_data", data={"text/html": "<div class='mine'><img src='x.png'></div>"}),
                    v4.new_output("display_data", data={"image/png": "iVBORw0KGgo="}),
                    v4.new_output(
                        "display_data",
                        data={"image/png": "iVBORw0KGgo=", "text/plain": "chart"},
                        metadata={"image/png": {"alt": 'a "quoted" alt > here'}},
                    ),
                    v4.new_output("execute_result", data={"text/plain": "2"}, execution_count=1),
                ],
            ),
        ]
    )
    ours = render_html(nb, "A title")
    theirs = HTMLExporter(template_name="svreport", extra_template_basedirs=[str(TEMPLATE_DIR)])
    theirs.exclude_input = theirs.exclude_input_prompt = theirs.exclude_output_prompt = True
    expected, _ = theirs.from_notebook_node(nb, resources={"metadata": {"name": "A title"}})
    assert str(BeautifulSoup(ours, features="html.parser")) == expected
    # the markdown cell's input wrapper and the five outputs (the code cell's input is not shown)
    assert ours.count('tabindex="0"') == expected.count('tabindex="0"') == 6
    assert ours.count('alt="No description has been provided for this image"') == 1  # the <img> in the HTML output


@pytest.mark.parametrize(
    "markup",
    [
        '<div class="jp-OutputArea-output">x</div>',
        '<DIV CLASS="a jp-OutputArea-output b" data-x="1>2">x</DIV>',  # upper case, ">" inside a value
        "<div class='jp-Cell-inputWrapper'>y</div>",  # single quotes
        '<div class="jp-OutputArea-outputX">not this class</div>',
        '<div data-class="jp-OutputArea-output">not a class attribute</div>',
        "<img src='a>b.png'>",
        '<img title="a > b" alt="given">',  # an alt of its own
        '<img data-alt="x" src="q.png"/>',  # data-alt is not an alt
        '<IMG SRC="q.png">',
        '<img alt src="e.png">',  # an empty alt is an alt
        '<script>var s = "<img src=q>";</script><img src="r.png">',  # nothing inside a script is touched
        "<!-- <img src=c> --><style>div > img {}</style>",
    ],
)
def test_tags_are_amended_as_nbconvert_amends_them(markup):
    from bs4 import BeautifulSoup

    from svanalysis.publish.reports import NO_ALT, _accessible

    soup = BeautifulSoup(markup, features="html.parser")  # what HTMLExporter does to a page
    for elem in soup.select("img:not([alt])"):
        elem.attrs["alt"] = NO_ALT
    for elem in soup.select(".jp-Notebook div.jp-Cell-inputWrapper, div.jp-Cell-inputWrapper"):
        elem.attrs["tabindex"] = "0"
    for elem in soup.select("div.jp-OutputArea-output"):
        elem.attrs["tabindex"] = "0"
    assert str(BeautifulSoup(_accessible(markup), features="html.parser")) == str(soup)


def test_index_leads_with_findings_and_keeps_build_details_apart(build, example_processed):
    res, _, _ = build
    index = res.index.read_text(encoding="utf-8")
    ledger = json.loads((example_processed / "ledger.json").read_text())
    findings = index.index("<h2>Headline findings</h2>")
    reports = index.index("<h2>Reports</h2>")
    details = index.index('id="build-details"')
    assert findings < reports < details
    assert "responses were analysed" in index[findings:reports]
    assert f"{ledger['totals']['responses']:,} responses in" in index[details:]
    # reports by their plain title, developer columns only in the build details
    assert '<a href="option_support.html">Support for the three options</a>' in index[reports:details]
    assert "Seconds" not in index[:details] and "Seconds" in index[details:]
    assert "online_export.csv" not in index  # input file names stay in the processed folder
    assert 'href="figures/option_support_overall.png"' in index
    assert "sector = Police" in index[details:]


def test_failing_notebook_is_listed_and_others_still_build(example_processed, tmp_path):
    nb_dir = tmp_path / "notebooks"
    shutil.copytree(NOTEBOOKS_DIR, nb_dir)
    (nb_dir / "broken.py").write_text(
        (nb_dir / "data_quality.py")
        .read_text(encoding="utf-8")
        .replace("q = load_quality", "raise RuntimeError('deliberate failure')\nq = load_quality"),
        encoding="utf-8",
    )
    grid = tmp_path / "grid.yaml"
    grid.write_text("reports:\n  - notebook: broken\n  - notebook: data_quality\n", encoding="utf-8")
    res = build_reports(
        example_processed, tmp_path / "reports", grid=grid, jobs=1, figures=tmp_path / "figs", notebooks=nb_dir
    )
    status = {r["name"]: r["status"] for r in res.results}
    assert status == {"broken": "failed", "data_quality": "ok"}
    assert "deliberate failure" in next(r["error"] for r in res.results if r["name"] == "broken")
    assert "failed" in res.index.read_text(encoding="utf-8")


def test_report_whose_every_figure_is_withheld_is_skipped_and_listed(example_processed, spec, tmp_path):
    import pandas as pd

    responses = pd.read_parquet(example_processed / "responses.parquet")
    sector = responses[spec.breakdown_question("sector").columns["value"]].astype("object")
    region = responses[spec.breakdown_question("region").columns["value"]].astype("object")
    n_police, n_london = int((sector == "Police").sum()), int((region == "London").sum())
    assert 0 < n_police != n_london > 0  # the example holds both, in different numbers
    small, large = ("Police", "London") if n_police < n_london else ("London", "Police")
    # every threshold at the larger segment's size: the larger is built (its base reaches the
    # threshold), the smaller cannot show a single figure and is left out
    least = max(n_police, n_london)
    settings = {"suppression": {"min_base": least, "min_statistic_n": least, "min_quartile_n": least}}
    grid = tmp_path / "grid.yaml"
    grid.write_text(
        "reports:\n"
        "  - notebook: option_support\n    parameters: {sector: Police, breakdown: region}\n"
        "  - notebook: segment_profile\n    parameters: {sector: '', region: London}\n",
        encoding="utf-8",
    )
    res = build_reports(
        example_processed, tmp_path / "reports", grid=grid, jobs=1, figures=tmp_path / "figs", settings=settings
    )
    status = {r["name"]: r["status"] for r in res.results}
    police, london = "option_support__breakdown-region__sector-police", "segment_profile__region-london"
    assert status == {
        police: "skipped" if small == "Police" else "ok",
        london: "skipped" if small == "London" else "ok",
    }
    assert res.ok and [r["title"] for r in res.skipped] == [small]
    skipped = res.skipped[0]
    assert (
        skipped["reason"] == f"not built: fewer than {least} responses from {small}, so every figure would be withheld"
    )
    assert not (res.folder / f"{skipped['name']}.html").exists()
    index = res.index.read_text(encoding="utf-8")
    assert f'{small} <span class="note">(not built: fewer than {least} responses from {small}' in index
    assert "1 of 2 reports built, 1 not built because every figure they would show is withheld" in index
    assert large in index


def test_second_build_replaces_latest_whole(build, example_processed, small_grid):
    res, root, figures = build
    second = build_reports(example_processed, root, grid=small_grid, jobs=2, figures=figures, only=["data_quality"])
    latest = root / "latest"
    assert sorted(p.name for p in latest.glob("*.html")) == ["data_quality.html", "index.html"]
    assert not [p for p in root.iterdir() if p.name.startswith(".latest")]
    assert second.folder != res.folder and res.folder.exists()


def test_lock_stops_two_builds(example_processed, tmp_path):
    from filelock import FileLock

    from svanalysis.publish.reports import ReportLockError

    root = tmp_path / "reports"
    root.mkdir()
    with FileLock(str(root / ".lock")), pytest.raises(ReportLockError, match="another report build is running"):
        build_reports(example_processed, root, jobs=1)


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


@pytest.mark.browser
def test_reports_render_in_a_browser(build):
    res, root, _ = build
    exe = _chromium()
    if exe is None:
        if in_ci():
            pytest.fail("no Chromium in CI: .ci/run should have installed Debian's chromium")
        pytest.skip("no Chromium on this machine")
    from playwright.sync_api import sync_playwright

    args = [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=args)
        page = browser.new_page()
        failed: list[str] = []
        page.on("requestfailed", lambda r: failed.append(r.url))
        for name in ("index.html", "option_support.html", "costs_benefits__option-2.html"):
            page.goto((res.folder / name).resolve().as_uri())
            page.wait_for_load_state("load")
            assert page.title()
            assert (
                page.evaluate("Array.from(document.images).filter(i => !i.complete || i.naturalWidth === 0).length")
                == 0
            )
            assert (
                page.evaluate("document.querySelectorAll('.jp-CodeCell .jp-InputArea, .jp-InputArea-editor').length")
                == 0
            )
        page.goto((res.folder / "option_support.html").resolve().as_uri())
        assert page.evaluate("document.images.length") >= 3
        # every image of every report has a text alternative, and a chart's is its saved text file
        texts = {p.read_text(encoding="utf-8").strip() for p in (res.folder / "figures").glob("*.txt")}
        for html_file in sorted(res.folder.glob("*.html")):
            page.goto(html_file.resolve().as_uri())
            page.wait_for_load_state("load")
            alts = page.evaluate("Array.from(document.images).map(i => i.getAttribute('alt'))")
            for alt in alts:
                assert alt and alt.strip(), html_file.name
                assert "No description has been provided" not in alt, html_file.name
                assert alt.strip() in texts, (html_file.name, alt[:80])
        assert failed == []
        browser.close()


def test_respondent_text_is_escaped_in_reports(example_processed, tmp_path):
    """A response containing <script> shows as text."""
    import pandas as pd

    d = tmp_path / "processed"
    shutil.copytree(example_processed, d)
    r = pd.read_parquet(d / "responses.parquet")
    q9t = r.columns.get_loc("q9_option_one_text")
    r.iloc[:, q9t] = "<script>alert('x')</script> we support Option One because it would help"
    r["consent_publish"] = pd.Categorical(["Yes"] * len(r), categories=["Yes", "No"], ordered=True)
    r.to_parquet(d / "responses.parquet")
    (d / "manifest.json").unlink()  # edited by hand: no longer one run's set, read as it is
    grid = tmp_path / "grid.yaml"
    grid.write_text("reports:\n  - notebook: segment_profile\n    parameters: {sector: ''}\n", encoding="utf-8")
    res = build_reports(d, tmp_path / "reports", grid=grid, jobs=1, figures=tmp_path / "figs")
    assert res.ok, res.failed
    html = (res.folder / res.results[0]["html"]).read_text(encoding="utf-8")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html


def test_no_personal_data_in_reports_or_figures(build, example_processed):
    import pandas as pd

    res, root, figures = build
    pii = pd.read_parquet(example_processed / "pii.parquet")
    texts = [p.read_text(encoding="utf-8", errors="ignore") for p in res.folder.glob("*.html")]
    texts += [
        p.read_text(encoding="utf-8", errors="ignore")
        for p in figures.glob("*")
        if p.suffix in (".csv", ".txt", ".svg")
    ]
    blob = "\n".join(texts)
    for col in ("email", "full_name", "postcode", "phone"):
        for v in pii[col].dropna().unique():
            assert v not in blob, f"{col} {v!r} found in a report"


def test_themes_report_shows_themes_by_stance_and_quotes(build):
    res, _, _ = build
    (r,) = [r for r in res.results if r["name"] == "themes__field-q9_option_one_text"]
    html = (res.folder / r["html"]).read_text(encoding="utf-8")
    for part in (
        "Themes raised in answers to Q9",  # the ranked table's caption
        "Themes by answer to Q9",  # Q9 explains a closed answer: the reasons of those who said Yes, No, ...
        "Themes by sector",
        "Needs funding",  # a theme of the example's frame
        "sv-quote",  # quotes from consenting respondents
        "Coverage, review load and agreement",
    ):
        assert part in html, part
    (q14,) = [r for r in res.results if r["name"] == "themes__field-q14_text"]
    assert "no closed answer to break the themes down by" in (res.folder / q14["html"]).read_text(encoding="utf-8")


def test_a_serial_and_a_parallel_build_give_the_same_reports_and_figures(themed_processed, tmp_path):
    """Charts saved by more than one report (a sector's support report and its profile, each option's
    cost report) are drawn once and reused, whichever report comes first."""
    import re

    grid = tmp_path / "grid.yaml"
    grid.write_text(
        "reports:\n"
        "  - notebook: option_support\n    parameters: {sector: Police, breakdown: region}\n"
        "  - notebook: segment_profile\n    parameters: {sector: Police}\n"
        "  - notebook: costs_benefits\n    for_each: option\n",
        encoding="utf-8",
    )

    def built(jobs):
        root, figures = tmp_path / f"reports{jobs}", tmp_path / f"figures{jobs}"
        res = build_reports(themed_processed, root, grid=grid, jobs=jobs, figures=figures)
        assert res.ok, res.failed
        pages = {
            p.name: re.sub(r'id="cell-id=[0-9a-f]+"', "", p.read_text(encoding="utf-8"))
            for p in res.folder.glob("*.html")
            if p.name != "index.html"  # it says when the build ran and how long each report took
        }
        files = {
            p.name: re.sub(
                rb"\b[hmp][0-9a-f]{10}\b", b"ID", p.read_bytes()
            )  # SVG ids (clips, markers, hatches) are random
            for p in figures.iterdir()
        }
        return pages, files

    serial, parallel = built(1), built(2)
    assert len(serial[0]) == 5 and "option_support_overall__police.png" in serial[1]
    assert "monetised_cost_by_option.png" in serial[1]
    assert serial == parallel


def test_the_store_of_shared_results_changes_no_report_and_is_removed(themed_processed, tmp_path, monkeypatch):
    """The segment reports read their tables from the build's store of shared results; the reports and
    figures are those each notebook gives computing its own, and the store (exact tables) is gone
    after the build, never in the reports or figures."""
    import re

    import svanalysis.publish.reports as reports_module

    grid = tmp_path / "grid.yaml"
    grid.write_text(
        "reports:\n"
        "  - notebook: option_support\n    parameters: {region: London, breakdown: sector}\n"
        "  - notebook: segment_profile\n    parameters: {sector: Police}\n",
        encoding="utf-8",
    )
    made = []
    real_store = reports_module._shared_store

    def spy(*args, **kwargs):
        folder = real_store(*args, **kwargs)
        made.append(folder)
        return folder

    def built(name):
        root, figures = tmp_path / f"reports-{name}", tmp_path / f"figures-{name}"
        res = build_reports(themed_processed, root, grid=grid, jobs=1, figures=figures)
        assert res.ok, res.failed
        pages = {
            p.name: re.sub(r'id="cell-id=[0-9a-f]+"', "", p.read_text(encoding="utf-8"))
            for p in res.folder.glob("*.html")
            if p.name != "index.html"
        }
        files = {  # SVG ids (clips, markers, hatches, images) are random
            p.name: re.sub(rb"\b([hmp]|image)[0-9a-f]{10}\b", b"ID", p.read_bytes()) for p in figures.iterdir()
        }
        return res, pages, files

    monkeypatch.setattr(reports_module, "_shared_store", spy)
    res, pages, files = built("shared")
    (store,) = made
    assert store is not None and store.parent == themed_processed / "restricted"
    assert not store.exists()  # removed when the build ended
    params = (res.folder / "segment_profile__sector-police.ipynb").read_text(encoding="utf-8")
    assert str(store) in params  # the notebook was given it
    for folder in (res.folder, tmp_path / "figures-shared"):
        assert not [p for p in folder.rglob("*") if p.suffix in (".pkl", ".json") and "store" in p.name]
    monkeypatch.setattr(reports_module, "_shared_store", lambda *a, **k: None)
    _, alone_pages, alone_files = built("alone")
    assert len(pages) == 2 and pages == alone_pages
    assert files == alone_files


def test_a_notebook_is_parsed_once_per_process_and_each_job_gets_its_own_copy(tmp_path):
    import os

    from svanalysis.publish.reports import _notebook

    nb_file = tmp_path / "tiny.py"
    nb_file.write_text('# %% tags=["parameters"]\nx: int = 1  # a number\n\n# %%\nx + 1\n', encoding="utf-8")
    first = _notebook("tiny", tmp_path)
    assert [c.source for c in first.cells] == ["x: int = 1  # a number", "x + 1"]
    assert first.metadata["kernelspec"]["name"] == "python3"
    first.cells.insert(0, first.cells[1])  # what the reset cell and papermill do to a job's copy
    first.cells[1].source = "changed"
    second = _notebook("tiny", tmp_path)
    assert [c.source for c in second.cells] == ["x: int = 1  # a number", "x + 1"]
    nb_file.write_text("# %%\nx + 2\n", encoding="utf-8")  # the file changed: parsed again
    os.utime(nb_file, ns=(1, 1))
    assert [c.source for c in _notebook("tiny", tmp_path).cells] == ["x + 2"]


def test_a_worker_keeps_one_kernel_and_one_client_and_each_notebook_has_only_its_own_outputs(tmp_path, monkeypatch):
    """The kernel client is kept from one notebook to the next (a new one waits 0.2 s for silence on
    the kernel's output channel); what a notebook shows is still only what its own cells printed."""
    import nbformat
    from jupyter_client.manager import KernelManager

    from svanalysis.publish import reports as reports_module

    clients = []
    made = KernelManager.client

    def counted(self, **kw):
        clients.append(made(self, **kw))
        return clients[-1]

    monkeypatch.setattr(KernelManager, "client", counted)
    nb_dir, out = tmp_path / "notebooks", tmp_path / "out"
    nb_dir.mkdir()
    out.mkdir()
    (nb_dir / "first.py").write_text("# %%\nprint('first speaks')\nleft_behind = 1\n", encoding="utf-8")
    (nb_dir / "second.py").write_text(
        "# %%\nprint('second speaks')\n\n# %%\nprint('left_behind' in dir())\n", encoding="utf-8"
    )

    def printed(name):
        nb = nbformat.read(out / f"{name}.ipynb", as_version=4)
        return ["".join(o.get("text", "")) for c in nb.cells for o in c.get("outputs", [])]

    seen = {}
    try:
        for name in ("first", "second", "first"):
            res = reports_module._run_job(Job(name), "", str(out), "", 60, "", str(tmp_path), notebooks=str(nb_dir))
            assert res["status"] == "ok", res
            seen.setdefault(name, []).append(printed(name))
    finally:
        reports_module._stop_kernel()
    assert len(clients) == 1
    assert seen == {"first": [["first speaks\n"], ["first speaks\n"]], "second": [["second speaks\n", "False\n"]]}


def test_the_long_reports_run_first_and_reports_drawing_the_same_charts_do_not_start_together():
    from svanalysis.publish.reports import _running_order

    jobs = [
        Job("data_quality"),
        Job("option_support"),
        Job("costs_benefits", {"option": 1}),
        Job("costs_benefits", {"option": 2}),
        Job("option_support", {"sector": "Police", "breakdown": "region"}),
        Job("costs_benefits", {"option": 3}),
        Job("segment_profile", {"sector": "Police"}),
    ]
    assert [j.name for j in _running_order(jobs)] == [
        "costs_benefits__option-1",  # draws the cost charts all three cost reports show
        "option_support",
        "option_support__breakdown-region__sector-police",
        "data_quality",
        "costs_benefits__option-2",  # short: the charts are drawn by then
        "costs_benefits__option-3",
        "segment_profile__sector-police",
    ]


def test_a_cell_past_its_timeout_or_a_kernel_that_dies_fails_its_report_and_the_next_one_runs(tmp_path):
    """A report whose cell runs past the build's timeout, or whose kernel dies, is a failed report (not a
    build that waits for ever); the worker's next notebook runs on a fresh kernel."""
    import time

    from svanalysis.publish import reports as reports_module

    nb_dir, out = tmp_path / "notebooks", tmp_path / "out"
    nb_dir.mkdir()
    out.mkdir()
    (nb_dir / "slow.py").write_text("# %%\nimport time\ntime.sleep(30)\n", encoding="utf-8")
    (nb_dir / "dies.py").write_text("# %%\nimport os\nos._exit(1)\n", encoding="utf-8")
    (nb_dir / "fine.py").write_text("# %%\nprint('fine')\n", encoding="utf-8")

    def run(name):
        started = time.monotonic()
        res = reports_module._run_job(Job(name), "", str(out), "", 3, "", str(tmp_path), notebooks=str(nb_dir))
        return res, time.monotonic() - started

    try:
        slow, slow_took = run("slow")
        after_slow, _ = run("fine")
        dies, dies_took = run("dies")
        after_dies, _ = run("fine")
    finally:
        reports_module._stop_kernel()
    assert slow["status"] == "failed" and "timed out" in slow["error"].lower(), slow
    assert slow_took < 25
    assert dies["status"] == "failed" and "died" in dies["error"] and dies_took < 25, dies
    assert after_slow["status"] == after_dies["status"] == "ok"


def _warm_up_that_fails(cwd):
    raise RuntimeError("no kernel today")


def test_a_warm_up_that_fails_is_logged_and_fails_no_report(example_processed, tmp_path, monkeypatch):
    from svanalysis.publish import reports as reports_module

    monkeypatch.setattr(reports_module, "_warm_up", _warm_up_that_fails)  # the workers are forked with it
    grid = tmp_path / "grid.yaml"
    grid.write_text("reports:\n  - notebook: data_quality\n", encoding="utf-8")
    res = build_reports(example_processed, tmp_path / "reports", grid=grid, jobs=1, figures=tmp_path / "figs")
    assert res.ok, res.failed
    log = (res.folder / "build.log").read_text(encoding="utf-8")
    assert "a kernel's warm-up failed: RuntimeError: no kernel today" in log
