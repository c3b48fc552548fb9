"""Publication charts: house style, honest titles, drawn size, the gate, and the files save_figure writes.

Intervals in the comments are Wilson 95% intervals worked out by hand (z = 1.96):
15/42 -> 23.0% to 50.8%; 4/42 -> 3.8% to 22.1%; 20/42 -> 33.4% to 62.3%; 14/42 -> 21.0% to 48.5%;
5/42 -> 5.2% to 25.0%; 30/42 -> 56.4% to 82.8%; 10/42 -> 13.5% to 38.5%.
"""

from __future__ import annotations

import matplotlib.colors as mcolors
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.text import Text

from svanalysis.publish.charts import (
    HOUSE_RC,
    MIN_FONT_PT,
    PALETTE,
    SUPPRESSED,
    WIDTH_CM,
    plot_monetised_cost,
    plot_option_support,
    plot_option_support_by,
    plot_region_heatmap,
    save_figure,
)

STANCE = ["Yes", "No", "Mixed", "Unclear"]


def _responses(q9, q11, q13, sector=None, region=None):
    n = len(q9)
    df = pd.DataFrame(
        {
            "respondent_id": [f"r{i}" for i in range(n)],
            "duplicate_of": [None] * n,
            "campaign_id": [None] * n,
            "q9_option_one": pd.Categorical(q9, categories=STANCE, ordered=True),
            "q11_option_two": pd.Categorical(q11, categories=STANCE, ordered=True),
            "q13_option_three": pd.Categorical(q13, categories=STANCE, ordered=True),
            "q1_sector": pd.Categorical(
                sector or ["Police"] * n, categories=["Police", "Local government"], ordered=True
            ),
        }
    )
    if region is not None:
        df["q3_region"] = pd.Categorical(region, categories=["London", "Wales"], ordered=True)
    return df


def _yes(k, n=42):
    return ["Yes"] * k + ["No"] * (n - k)


def _bar_colours(fig):
    return {mcolors.to_hex(p.get_facecolor()).upper() for ax in fig.axes for p in ax.patches}


def test_two_options_tied_at_15_of_42_get_a_neutral_title():
    # Options Two and Three: 15 of 42 each (23.0%-50.8%); Option One 4 of 42 (3.8%-22.1%, clear of both)
    f = plot_option_support(_responses(_yes(4), _yes(15), _yes(15)))
    assert f.title == "Support was similar for Options Two and Three"
    assert "had the most support" not in f.alt_text
    assert f.basis.endswith("the intervals overlap, so no leader is named.")


def test_overlapping_intervals_name_no_winner_even_with_a_higher_estimate():
    # Option One 20/42 (48%, 33.4%-62.3%) leads Option Two 14/42 (33%, 21.0%-48.5%) on the point
    # estimate only; Option Three 5/42 (5.2%-25.0%) is clear of One.
    f = plot_option_support(_responses(_yes(20), _yes(14), _yes(5)))
    assert f.title == "Support was similar for Options One and Two"


def test_a_clear_leader_is_named():
    # Option One 30/42 (56.4%-82.8%) against Option Two 10/42 (13.5%-38.5%): no overlap
    f = plot_option_support(_responses(_yes(30), _yes(10), _yes(5)))
    assert f.title == "Option One had the most support: 71% said Yes"
    assert f.fig.texts[0].get_text() == f.title  # drawn as the chart's title, not cut
    assert "Option One (71.4%, 95% CI 56.4% to 82.8%) against Option Two (23.8%, 95% CI 13.5% to 38.5%)" in f.basis


def test_the_data_file_says_what_the_title_rests_on(tmp_path):
    f = plot_option_support(_responses(_yes(30), _yes(10), _yes(5)))
    save_figure(f, tmp_path)
    data = pd.read_csv(tmp_path / "option_support_overall.csv")
    assert set(data["title_basis"]) == {f.basis}
    assert "the intervals do not overlap, so Option One is named as the leader" in f.basis


def test_a_group_is_named_only_when_clearly_ahead_and_never_not_stated():
    # Police 30/42 Yes to Option One, Local government 10/42 -> Police clearly ahead; the "Not
    # stated" group (28 of 28 Yes) is higher still but is never named.
    q9 = _yes(30) + _yes(10) + ["Yes"] * 28
    sector = ["Police"] * 42 + ["Local government"] * 42 + [None] * 28
    f = plot_option_support_by(_responses(q9, ["No"] * 112, ["No"] * 112, sector=sector), "sector")
    assert f.title == "Option One: highest support from Police (71% Yes)"
    # the same shares with Local government at 20/42 (33.4%-62.3%) overlap Police's: no group named
    q9 = _yes(30) + _yes(20) + ["Yes"] * 28
    f = plot_option_support_by(_responses(q9, ["No"] * 112, ["No"] * 112, sector=sector), "sector")
    assert f.title == "No sector stood out in support for any option"


def test_heatmap_title_is_neutral_when_regions_overlap():
    q9 = _yes(20) + _yes(14)
    f = plot_region_heatmap(_responses(q9, ["No"] * 84, ["No"] * 84, region=["London"] * 42 + ["Wales"] * 42))
    assert f.title == "No region stood out in support for any option"


def test_heatmap_cells_are_a_mesh_with_withheld_cells_left_to_their_hatching():
    """London 20/42 and Wales 14/42 Yes to Option One, 42/42 No to Options Two and Three; Wales
    is 6 respondents of Option Three only (below the minimum base of 10, so withheld). The cells
    are one mesh of rectangles (no image resampled to every pixel), rows from the top, values the
    percentages: 47.6, 0, 0 for London; 33.3, 0 and withheld for Wales."""
    q9 = _yes(20) + _yes(14)
    q13 = ["No"] * 42 + ["No"] * 6 + [None] * 36
    f = plot_region_heatmap(_responses(q9, ["No"] * 84, q13, region=["London"] * 42 + ["Wales"] * 42))
    ax = f.fig.axes[0]
    assert ax.get_images() == []
    (mesh,) = ax.collections
    cells = mesh.get_array().reshape(2, 3)
    assert [round(float(v), 1) for v in cells[0]] == [47.6, 0.0, 0.0]
    assert [round(float(v), 1) for v in cells[1, :2]] == [33.3, 0.0] and bool(cells.mask[1, 2])
    assert ax.get_ylim() == (1.5, -0.5)  # London, the first region, at the top
    assert any(t.get_text().startswith("[c]") for t in ax.texts)


def _cost_summary(rows):
    cols = ["option", "median", "ci_low", "ci_high", "mean", "mean_ci_low", "mean_ci_high"]
    df = pd.DataFrame(rows, columns=cols)
    df["breakdown"], df["group"], df["measure"], df["n"], df["total"] = "overall", "All", "monetised_cost_gbp", 40, 0.0
    return df


def test_cost_title_names_the_dearest_option_only_when_intervals_do_not_overlap():
    overlapping = _cost_summary(
        [
            (1, 113145.0, 90000.0, 130000.0, 120000.0, 100000.0, 140000.0),
            (2, 110000.0, 95000.0, 128000.0, 118000.0, 99000.0, 137000.0),
            (3, 40000.0, 30000.0, 50000.0, 45000.0, 35000.0, 55000.0),
        ]
    )
    f = plot_monetised_cost(overlapping)
    assert f.title == "Median annual cost: similar for Options One and Two"
    clear = overlapping.assign(
        median=[113145.0, 75000.0, 40000.0], ci_low=[100000.0, 60000.0, 30000.0], ci_high=[130000.0, 90000.0, 50000.0]
    )
    f = plot_monetised_cost(clear)
    # money to 3 significant figures: £113,145 -> £113,000
    assert f.title == "Option One would cost respondents most: median £113,000 a year"
    assert "113,145" not in f.alt_text and "Sum" not in f.alt_text


def test_cost_panels_tick_labels_stay_inside_their_panel():
    # medians to £99,000 and means to £110,000: the axes run to 1.6 times the furthest interval (£158,400
    # and £176,000), so the default ticks of £150k on each sat at the panel's right edge, their labels
    # running into the next panel's "£0"; ticks past 1.35 times (£133,650 and £148,500) are left out
    rows = [
        (1, 68200.0, 50000.0, 95000.0, 80000.0, 60000.0, 100000.0),
        (2, 86000.0, 60000.0, 99000.0, 90000.0, 70000.0, 110000.0),
        (3, 20000.0, 10000.0, 30000.0, 25000.0, 15000.0, 35000.0),
    ]
    fig = plot_monetised_cost(_cost_summary(rows)).fig
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    left, right = fig.axes[0], fig.axes[1]
    assert list(left.get_xticks()) == [0, 50_000, 100_000]
    assert list(right.get_xticks()) == [0, 50_000, 100_000]
    last = [t for t in left.get_xticklabels() if t.get_text()][-1].get_window_extent(renderer)
    first = next(t for t in right.get_xticklabels() if t.get_text()).get_window_extent(renderer)
    assert last.x1 <= left.get_window_extent(renderer).x1
    assert last.x1 < first.x0


def test_support_chart_uses_the_palette_and_direct_labels():
    f = plot_option_support(_responses(_yes(30), _yes(10), _yes(5)))
    colours = _bar_colours(f.fig)
    assert PALETTE[0] in colours and "#F46A25" in colours  # Yes dark blue, No orange
    labels = [t.get_text() for t in f.fig.axes[0].texts]
    assert "71%" in labels and "29%" in labels  # direct labels: colour is not the only signal
    assert "n=42" in f.fig.axes[0].get_yticklabels()[0].get_text()


def test_withheld_cells_are_drawn_as_such_and_noted():
    # Option Three: 18 No and 2 Yes -> Yes (2) is [c], and No with it (the only other count)
    f = plot_option_support(_responses(["Yes"] * 20, ["No"] * 20, ["No"] * 18 + ["Yes"] * 2))
    assert SUPPRESSED.upper() in _bar_colours(f.fig)
    assert "[c]" in [t.get_text() for t in f.fig.axes[0].texts]
    assert "[c] = confidential" in f.caption
    assert "Option Three: withheld ([c]) of 20 answering" in f.alt_text
    three = f.data[f.data["option"] == 3].set_index("answer")
    assert three.loc["Yes", "count"] == "[c]" and three.loc["No", "count"] == "[c]"
    assert 2 not in set(f.data["count"]) and 18 not in set(f.data["count"])


def test_a_merged_category_keeps_its_place_and_the_legend_only_answers_with_a_bar():
    # Option One (44): 30 Yes, 10 No, 1 Mixed, 3 Unclear -> Mixed (1) would be withheld, so Mixed
    # and Unclear are shown together (4). Option Two: 20 Yes, 20 No, 4 Unclear, no Mixed (0 is not
    # small: not merged). Option Three: 44 No. Mixed is 0% wherever it is shown: no bar, no swatch.
    q9 = ["Yes"] * 30 + ["No"] * 10 + ["Mixed"] + ["Unclear"] * 3
    f = plot_option_support(_responses(q9, ["Yes"] * 20 + ["No"] * 20 + ["Unclear"] * 4, ["No"] * 44))
    assert [t.get_text() for t in f.fig.legends[0].get_texts()] == ["Yes", "Mixed or unclear", "Unclear", "No"]
    # Option One's bar from left to right: Yes, the merged category, then No
    ax = f.fig.axes[0]
    y = next(t.get_position()[1] for t in ax.get_yticklabels() if t.get_text().startswith("Option One"))
    bar = sorted((p for p in ax.patches if abs(p.get_y() + p.get_height() / 2 - y) < 1e-9 and p.get_width() > 0),
                 key=lambda p: p.get_x())  # fmt: skip
    assert [mcolors.to_hex(p.get_facecolor()).upper() for p in bar] == ["#12436D", "#A285D1", "#F46A25"]
    assert [round(p.get_width(), 1) for p in bar] == [68.2, 9.1, 22.7]  # 30, 4 and 10 of 44


def test_each_bar_is_drawn_from_left_to_right_whatever_the_grouping_of_the_drawing_calls():
    # the segments of every answer are drawn in one call for all rows; within a row, each segment must still be
    # drawn after the one on its left (their white edges overlap), so the image is as if drawn bar by bar.
    # Option One: 30 Yes, 10 No, 4 Unclear (three segments); Option Three: 18 No and 2 Yes, all withheld (one grey bar)
    q9 = ["Yes"] * 30 + ["No"] * 10 + ["Unclear"] * 4
    f = plot_option_support(_responses(q9, ["Yes"] * 20 + ["No"] * 24, ["No"] * 42 + ["Yes"] * 2))
    ax = f.fig.axes[0]
    rows: dict[float, list[float]] = {}
    for p in ax.patches:  # in drawing order
        if p.get_width() > 0:
            rows.setdefault(round(p.get_y() + p.get_height() / 2, 6), []).append(p.get_x())
    lefts = sorted(rows.items(), reverse=True)  # top (Option One) first
    assert [len(x) for _, x in lefts] == [3, 2, 1]
    assert all(x == sorted(x) for _, x in lefts)
    assert [round(v, 1) for v in lefts[0][1]] == [0.0, 68.2, 77.3]  # Yes 30/44, Unclear 4/44, then No


def test_a_chart_whose_every_cell_is_withheld_becomes_one_sentence(tmp_path):
    f = plot_option_support(_responses(["Yes"] * 5 + ["No"] * 4, ["No"] * 9, ["No"] * 9))
    assert f.empty and f.fig is None
    assert "not shown, because every figure of this chart is withheld ([c])" in f.message
    paths = save_figure(f, tmp_path)
    assert list(paths) == ["txt"] and (tmp_path / "option_support_overall.txt").read_text() == f.message + "\n"
    bundle = f._repr_mimebundle_()
    assert "<img" not in bundle["text/html"] and "withheld" in bundle["text/html"]


def test_small_multiples_by_group():
    r = _responses(_yes(20, 40), ["No"] * 40, ["Yes"] * 40, sector=["Police"] * 20 + ["Local government"] * 20)
    f = plot_option_support_by(r, "sector")
    assert [ax.get_title(loc="left") for ax in f.fig.axes] == ["Option One", "Option Two", "Option Three"]
    assert "| Police |" in f.alt_text and "| Local government |" in f.alt_text


def test_figures_are_16_cm_wide_at_300_dpi_with_text_of_at_least_9_pt(tmp_path):
    from PIL import Image

    r = _responses(_yes(20, 40), ["No"] * 40, ["Yes"] * 40, sector=["Police"] * 20 + ["Local government"] * 20)
    for f in (plot_option_support(r), plot_option_support_by(r, "sector")):
        sizes = [t.get_fontsize() for t in f.fig.findobj(Text) if t.get_visible() and t.get_text().strip()]
        assert min(sizes) >= MIN_FONT_PT, f.name
        # measured in the house style, as the chart is laid out and saved: its texts name the generic "sans-serif",
        # which is the house font (Arial or Liberation Sans where installed) only inside it
        with plt.rc_context(HOUSE_RC):
            bb = f.fig.get_tightbbox(f.fig.canvas.get_renderer())
        w, h = f.fig.get_size_inches()
        assert bb.x0 >= -0.01 and bb.y0 >= -0.01 and bb.x1 <= w + 0.01 and bb.y1 <= h + 0.01, f.name  # nothing spills
        save_figure(f, tmp_path)
        with Image.open(tmp_path / f"{f.name}.png") as im:
            assert round(im.info["dpi"][0]) == 300
            assert im.size[0] == round(WIDTH_CM / 2.54 * 300) == 1890  # 16.00 cm at 300 dpi


def test_save_figure_writes_png_svg_data_and_text_alternative(tmp_path):
    f = plot_option_support(_responses(_yes(30), _yes(10), _yes(5)))
    paths = save_figure(f, tmp_path)
    assert sorted(p.name for p in paths.values()) == sorted(
        [
            "option_support_overall.png",
            "option_support_overall.svg",
            "option_support_overall.csv",
            "option_support_overall.txt",
        ]
    )
    assert (tmp_path / "option_support_overall.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = (tmp_path / "option_support_overall.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "Option One" in svg  # text kept as text in the SVG
    data = pd.read_csv(tmp_path / "option_support_overall.csv")
    assert data.loc[(data["option"] == 1) & (data["answer"] == "Yes"), "count"].item() == 30
    alt = (tmp_path / "option_support_overall.txt").read_text(encoding="utf-8")
    assert alt == f.alt_text + "\n"
    title, message, table, caption = alt.strip().split("\n\n")
    assert title == "Option One had the most support: 71% said Yes"
    assert message.startswith("Option One: 71% of 42 answered Yes; Option Two: 24% of 42 answered Yes")
    assert table.startswith("| Option | Answer | Count | Base | Percent | Lower 95% CI | Upper 95% CI |")
    assert caption.startswith("Share answering Yes")


def test_notebook_display_carries_the_alt_text():
    f = plot_option_support(_responses(_yes(30), _yes(10), _yes(5)))
    data, metadata = f._repr_mimebundle_()
    assert metadata["image/png"]["alt"] == f.alt_text
    assert 'alt="Option One had the most support: 71% said Yes' in data["text/html"]
    assert "<figcaption" in data["text/html"]


def test_a_saved_chart_is_shown_as_saved_once_then_drawn_afresh(tmp_path):
    import base64
    import io

    from PIL import Image

    f = plot_option_support(_responses(_yes(30), _yes(10), _yes(5)))
    saved = save_figure(f, tmp_path)["png"].read_bytes()
    shown = base64.b64decode(f._repr_mimebundle_()[0]["image/png"])
    assert shown == saved  # the report shows the image it published, not a third drawing
    assert Image.open(io.BytesIO(shown)).width == 1890  # 16 cm at 300 dpi
    again = base64.b64decode(f._repr_mimebundle_()[0]["image/png"])
    assert Image.open(io.BytesIO(again)).width == 945  # a later display draws at 150 dpi


def test_a_chart_the_build_saved_already_is_reused_not_drawn_again(tmp_path, monkeypatch):
    import base64

    from matplotlib.figure import Figure as MplFigure

    first = plot_option_support(_responses(_yes(30), _yes(10), _yes(5)))
    saved = {k: p.read_bytes() for k, p in save_figure(first, tmp_path).items()}

    def no_drawing(*args, **kwargs):
        raise AssertionError("drawn again")

    monkeypatch.setattr(MplFigure, "savefig", no_drawing)
    monkeypatch.setattr(MplFigure, "draw_without_rendering", no_drawing)
    monkeypatch.setattr("svanalysis.publish.charts._run_layout", no_drawing)  # nor laid out
    same = plot_option_support(_responses(_yes(30), _yes(10), _yes(5)))  # another report, the same chart
    paths = save_figure(same, tmp_path, reuse=True)
    assert {k: p.read_bytes() for k, p in paths.items()} == saved
    assert base64.b64decode(same._repr_mimebundle_()[0]["image/png"]) == saved["png"]  # shown as saved
    other = plot_option_support(_responses(_yes(30), _yes(11), _yes(5)))  # different data: drawn
    try:
        save_figure(other, tmp_path, reuse=True)
        raise RuntimeError("not drawn")
    except AssertionError as exc:
        assert str(exc) == "drawn again"
    again = plot_option_support(_responses(_yes(30), _yes(10), _yes(5)))
    try:
        save_figure(again, tmp_path)  # without reuse (a folder that may be stale): always drawn
        raise RuntimeError("not drawn")
    except AssertionError as exc:
        assert str(exc) == "drawn again"


def test_the_svg_keeps_the_layout_the_png_was_drawn_with(tmp_path):
    import re

    f = plot_option_support(_responses(_yes(30), _yes(10), _yes(5)))
    save_figure(f, tmp_path)
    ax = f.fig.axes[0]
    left, bottom, right, top = ax.get_position().extents  # as laid out for the PNG, in figure fractions
    w, h = (v * 72 for v in f.fig.get_size_inches())  # the SVG is in points
    svg = (tmp_path / "option_support_overall.svg").read_text(encoding="utf-8")
    patch = re.search(r'<g id="patch_2">\s*<path d="M ([\d.]+) ([\d.]+)', svg)  # the axes' background
    assert abs(float(patch.group(1)) - left * w) < 0.01
    assert abs(float(patch.group(2)) - (1 - bottom) * h) < 0.01
    assert f.fig.get_layout_engine() is not None  # the chart is laid out afresh if drawn again


def test_a_chart_is_saved_as_matplotlibs_own_savefig_saves_it_without_its_first_pass(monkeypatch):
    """The layout run alone, then printed with no engine: the very bytes savefig writes after its
    pass that draws the figure once without rendering (which is then not run)."""
    import io

    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure as MplFigure

    from svanalysis.publish.charts import HOUSE_RC, _savefig

    def charts():  # a support chart and a heatmap (a mesh of cells), laid out for display
        one = plot_option_support(_responses(_yes(30), _yes(10), _yes(5)))
        two = plot_region_heatmap(
            _responses(
                _yes(20) + _yes(22), _yes(21) + _yes(21), _yes(30) + _yes(12), region=["London"] * 42 + ["Wales"] * 42
            )
        )
        return [one.fig, two.fig]

    def by_matplotlib(fig, fmt):
        buf = io.BytesIO()
        with plt.rc_context(HOUSE_RC):
            fig.savefig(buf, format=fmt, dpi=300)
        return buf.getvalue()

    draws = []
    draw = MplFigure.draw

    def counted(self, renderer):
        draws.append(self)
        return draw(self, renderer)

    monkeypatch.setattr(MplFigure, "draw", counted)
    figs = charts()
    draws.clear()
    expected = [by_matplotlib(f, "png") for f in figs]
    assert len(draws) == 4  # savefig draws each chart twice: without rendering, then for real
    figs = charts()
    draws.clear()
    got = []
    for fig in figs:
        engine = fig.get_layout_engine()
        buf = io.BytesIO()
        with plt.rc_context(HOUSE_RC):
            _savefig(fig, buf, 300, format="png")
        got.append(buf.getvalue())
        assert fig.get_layout_engine() is engine  # laid out afresh if drawn again
    assert len(draws) == 2  # once each
    assert got == expected


def test_an_opaque_chart_is_written_without_an_alpha_channel_and_shows_the_same_pixels():
    """A chart on its white page is written as RGB: every pixel as matplotlib's own RGBA file has it,
    with matplotlib's metadata; a figure with see-through pixels keeps its alpha channel."""
    import io

    import matplotlib.pyplot as plt
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure as MplFigure
    from PIL import Image

    from svanalysis.publish.charts import HOUSE_RC, _png

    def by_matplotlib(fig, dpi):
        buf = io.BytesIO()
        with plt.rc_context(HOUSE_RC):
            fig.savefig(buf, format="png", dpi=dpi)
        return Image.open(buf)

    chart = plot_option_support(_responses(_yes(30), _yes(10), _yes(5)))
    ours, theirs = Image.open(io.BytesIO(chart.png())), by_matplotlib(chart.fig, 300)
    assert (ours.mode, theirs.mode) == ("RGB", "RGBA")
    assert ours.size == theirs.size and ours.size[0] == 1890  # 16 cm at 300 dpi
    rgba = np.asarray(theirs)
    assert (rgba[..., 3] == 255).all()
    assert np.array_equal(np.asarray(ours), rgba[..., :3])
    assert ours.info == theirs.info  # matplotlib's "Software" text and the resolution

    glass = MplFigure(figsize=(2, 1))
    FigureCanvasAgg(glass)
    glass.patch.set_alpha(0.0)  # a see-through page
    glass.add_subplot().plot([0, 1], [0, 1])
    with plt.rc_context(HOUSE_RC):
        see_through = Image.open(io.BytesIO(_png(glass, 100)))
    expected = by_matplotlib(glass, 100)
    assert see_through.mode == "RGBA" and see_through.size == (200, 100)
    assert np.array_equal(np.asarray(see_through), np.asarray(expected))

    odd = MplFigure(figsize=(2, 0.36 * 9 + 2.2))  # 1631.9999999999998 pixels high at 300 dpi: drawn 1,632
    FigureCanvasAgg(odd)
    odd.add_subplot().plot([0, 1], [0, 1])
    with plt.rc_context(HOUSE_RC):
        tall = Image.open(io.BytesIO(_png(odd, 300)))
    assert tall.mode == "RGB" and tall.size == by_matplotlib(odd, 300).size == (600, 1632)


def test_a_chart_shown_as_a_matplotlib_figure_is_at_screen_resolution():
    """Made at 300 dpi for its layout and PNG, a chart's matplotlib figure is handed out at the house
    style's screen resolution, so a notebook showing it does not embed a 300 dpi image."""
    from svanalysis.publish.charts import HOUSE_RC

    f = plot_option_support(_responses(_yes(30), _yes(10), _yes(5)))
    f.png()
    assert f.fig.dpi == HOUSE_RC["figure.dpi"] == 110
    assert f.png() == f.png()  # laid out again at 300 dpi, the same image each time


def test_a_chart_laid_out_for_saving_is_not_laid_out_again_to_be_drawn(monkeypatch):
    """The chart's own layout (height fitted to title and legend) ends with the layout engine run at
    the published resolution and final size; the PNG drawn straight after uses it. Drawn again later
    (the figure may have been changed since), it is laid out again."""
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    runs = []
    execute = ConstrainedLayoutEngine.execute

    def counted(self, fig):
        runs.append(fig)
        return execute(self, fig)

    import svanalysis.publish.charts as charts_module

    by_the_fitting = []
    lay_out = charts_module._lay_out

    def fitting(*args, **kw):
        before = len(runs)
        lay_out(*args, **kw)
        by_the_fitting.append(len(runs) - before)

    monkeypatch.setattr(ConstrainedLayoutEngine, "execute", counted)
    monkeypatch.setattr(charts_module, "_lay_out", fitting)
    f = plot_option_support(_responses(_yes(30), _yes(10), _yes(5)))
    assert runs == []  # nothing is laid out until the chart is needed
    f.png()
    (fitted,) = by_the_fitting
    assert fitted >= 1 and len(runs) == fitted  # drawing added no layout of its own
    f.png()
    assert len(runs) == fitted + 1
    f.png(dpi=150)  # another resolution: laid out for it
    assert len(runs) == fitted + 2


def test_distribution_publishes_summaries_not_respondents_figures(tmp_path):
    from svanalysis.publish.charts import plot_distribution

    one = [float(x) for x in range(1, 13)]  # 12 figures: median 6.5, quartiles 3.75 and 9.25
    two = [4.0, 5.0]  # 2 figures: even their number is withheld
    three = [0.5, 1.0, 1.5, 2.0, 2.5, 3.0]  # 6 figures: a median (1.75) but no quartiles
    values = pd.DataFrame({"option": [1] * 12 + [2] * 2 + [3] * 6, "value": one + two + three})
    f = plot_distribution(values, "fte", "Additional FTE per year")
    d = f.data.set_index("option")
    assert d.loc[1, ["n", "median", "q1", "q3"]].tolist() == [12, 6.5, 3.75, 9.25]
    assert d.loc[2, ["n", "median", "q1"]].tolist() == ["[c]", "[c]", "[c]"]
    assert d.loc[3, ["n", "median", "q1", "q3"]].tolist() == [6, 1.75, "[c]", "[c]"]
    # only Option One has an interval to compare, so nothing is named
    assert f.title == "Additional FTE per year per option"
    save_figure(f, tmp_path)
    text = (tmp_path / "distribution_fte_by_option.csv").read_text() + (
        tmp_path / "distribution_fte_by_option.txt"
    ).read_text()
    for own in ("12.0", "4.0", "5.0", "0.5"):
        assert own not in text.replace("0.5%", "")


def test_the_base_beside_each_bar_keeps_a_gap_from_the_bar_in_points():
    # n= used to sit 1.5% of the axis beyond 100%: in a narrow panel that is under a point, and it
    # touched the last segment's label ("36%n=76"); it now sits 4 pt beyond the axis end
    import io

    r = _responses(_yes(20, 40), ["No"] * 40, ["Yes"] * 40, sector=["Police"] * 20 + ["Local government"] * 20)
    f = plot_option_support_by(r, "sector")
    f.fig.savefig(io.BytesIO(), format="png", dpi=300)  # laid out and drawn as published
    renderer = f.fig.canvas.get_renderer()
    gaps = [
        (t.get_window_extent(renderer).x0 - ax.get_window_extent(renderer).x1) * 72 / f.fig.dpi
        for ax in f.fig.axes
        for t in ax.texts
        if t.get_text().startswith("n=")
    ]
    assert len(gaps) == 6  # two sectors in each of three panels
    assert min(gaps) >= 3.5


def test_a_segment_label_is_shown_only_where_it_fits_inside_its_segment_with_room_to_spare(monkeypatch):
    # Three panels beside a long sector name are narrow (about 65 pt each at 16 cm), so 13 of 40
    # (33%, above the 32% threshold of this chart) is a segment of about 21 pt, and "33%" at 9 pt is
    # about 20 pt wide in DejaVu Sans: it would fill its segment edge to edge, so it is not drawn; the
    # No segment beside it (27 of 40, 68%, about 44 pt) keeps its label. (The widths are DejaVu Sans's,
    # the font matplotlib ships, so the house font is pinned to it here: in Liberation Sans or Arial,
    # where installed, "33%" is some 18 pt and fits with 1.5 pt to spare.)
    import io

    from svanalysis.publish import charts

    monkeypatch.setitem(charts.HOUSE_RC, "font.sans-serif", ["DejaVu Sans"])

    r = _responses(["Yes"] * 80, ["No"] * 80, _yes(13, 40) * 2)
    r["q1_sector"] = pd.Categorical(
        ["Voluntary and community sector"] * 40 + ["Police"] * 40,
        categories=["Voluntary and community sector", "Police"],
        ordered=True,
    )
    f = plot_option_support_by(r, "sector")
    with plt.rc_context(charts.HOUSE_RC):
        f.fig.savefig(io.BytesIO(), format="png", dpi=300)
    renderer = f.fig.canvas.get_renderer()
    third = f.fig.axes[2]
    labels = {(t.get_text(), t.get_visible()) for t in third.texts if not t.get_text().startswith("n=")}
    assert labels == {("33%", False), ("68%", True)}
    # every label drawn lies inside its segment, at least 1.5 pt from each edge
    for ax in f.fig.axes:
        bars = [p.get_window_extent(renderer) for p in ax.patches]
        for t in ax.texts:
            if not t.get_visible() or t.get_text().startswith("n="):
                continue
            box = t.get_window_extent(renderer)
            seg = next(
                b for b in bars if b.x0 <= (box.x0 + box.x1) / 2 <= b.x1 and b.y0 <= (box.y0 + box.y1) / 2 <= b.y1
            )
            assert min(box.x0 - seg.x0, seg.x1 - box.x1) * 72 / f.fig.dpi >= 1.4


def test_png_rows_are_written_unfiltered_and_decode_to_the_drawn_pixels():
    """Each row of the PNG's image data starts with filter type 0 (none), and the bytes after it are the
    pixels as drawn: worked out for a 2 x 2 image by hand."""
    import io
    import zlib

    import numpy as np
    from PIL import Image

    from svanalysis.publish.charts import _png_file

    px = np.array([[[255, 255, 255], [0, 0, 0]], [[18, 67, 109], [255, 255, 255]]], dtype=np.uint8)
    data = _png_file(px, 300, {"Software": "test"})
    at = data.index(b"IDAT")
    size = int.from_bytes(data[at - 4 : at], "big")
    rows = zlib.decompress(data[at + 4 : at + 4 + size])
    assert rows == bytes([0, 255, 255, 255, 0, 0, 0, 0, 18, 67, 109, 255, 255, 255])
    assert np.array_equal(np.asarray(Image.open(io.BytesIO(data))), px)
