"""Publication charts: house style, suppression shown as such, and the files save_figure writes."""

from __future__ import annotations

import matplotlib.colors as mcolors
import pandas as pd
import pytest

from svanalysis.publish.charts import (
    PALETTE,
    SUPPRESSED,
    WIDTH_IN,
    plot_distribution,
    plot_option_support,
    plot_option_support_by,
    save_figure,
)

STANCE = ["Yes", "No", "Mixed", "Unclear"]


def _responses(q9, q11, q13, sector=None):
    n = len(q9)
    return pd.DataFrame(
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


def _bar_colours(fig):
    return {mcolors.to_hex(p.get_facecolor()).upper() for ax in fig.axes for p in ax.patches}


def test_support_chart_uses_the_palette_and_an_active_title():
    r = _responses(["Yes"] * 12 + ["No"] * 8, ["No"] * 15 + ["Yes"] * 5, ["No"] * 20)
    f = plot_option_support(r, min_base=5, min_count=3)
    assert f.fig.get_size_inches()[0] == pytest.approx(WIDTH_IN)
    assert f.fig.axes[0].get_title(loc="left") == "Option One had the most support: 60% said Yes"
    colours = _bar_colours(f.fig)
    assert PALETTE[0] in colours and "#F46A25" in colours  # Yes dark blue, No orange
    labels = [t.get_text() for t in f.fig.axes[0].texts]
    assert "60%" in labels and "40%" in labels  # direct labels: colour is not the only signal
    assert "n=20" in f.fig.axes[0].get_yticklabels()[0].get_text()


def test_suppressed_cells_are_drawn_as_such_and_noted():
    # Option Three: 18 No and 2 Yes -> Yes (2) suppressed, and No as the secondary cell
    r = _responses(["Yes"] * 20, ["No"] * 20, ["No"] * 18 + ["Yes"] * 2)
    f = plot_option_support(r, min_base=10, min_count=3)
    assert SUPPRESSED.upper() in _bar_colours(f.fig)
    assert "[c]" in [t.get_text() for t in f.fig.axes[0].texts]
    assert "[c] = suppressed" in f.caption
    assert "Option Three: the share answering Yes is suppressed ([c], a small count) of 20 answering" in f.alt_text
    option_three = f.data[f.data["option"] == 3].set_index("answer")
    assert bool(option_three.loc["Yes", "suppressed"]) and bool(option_three.loc["No", "suppressed"])


def test_small_multiples_by_group():
    r = _responses(
        ["Yes"] * 10 + ["No"] * 10, ["No"] * 20, ["Yes"] * 20, sector=["Police"] * 12 + ["Local government"] * 8
    )
    f = plot_option_support_by(r, "sector", min_base=5, min_count=1)
    assert len(f.fig.axes) == 3 and [ax.get_title(loc="left") for ax in f.fig.axes] == [
        "Option One",
        "Option Two",
        "Option Three",
    ]
    assert "Police" in f.alt_text and "Local government" in f.alt_text


def test_save_figure_writes_png_svg_data_and_text_alternative(tmp_path):
    r = _responses(["Yes"] * 12 + ["No"] * 8, ["No"] * 20, ["No"] * 20)
    f = plot_option_support(r, min_base=5, min_count=3)
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
    assert data.loc[(data["option"] == 1) & (data["answer"] == "Yes"), "count"].item() == 12
    alt = (tmp_path / "option_support_overall.txt").read_text(encoding="utf-8")
    assert alt.startswith("Bar chart of support for the three options. Option One: 60% of 20 answered Yes")
    assert "| option | option_name |" in alt


def test_png_is_300_dpi(tmp_path):
    from PIL import Image

    r = _responses(["Yes"] * 12 + ["No"] * 8, ["No"] * 20, ["No"] * 20)
    save_figure(plot_option_support(r, min_base=5, min_count=3), tmp_path)
    with Image.open(tmp_path / "option_support_overall.png") as im:
        assert round(im.info["dpi"][0]) == 300


def test_distribution_title_names_the_largest_median_and_keeps_acronyms():
    # Option One: 1, 2, 3 (median 2); Option Two: 4, 5 (median 4.5); Option Three: 0.5
    values = pd.DataFrame({"option": [1, 1, 1, 2, 2, 3], "value": [1.0, 2.0, 3.0, 4.0, 5.0, 0.5]})
    f = plot_distribution(values, "fte", "Additional FTE per year")
    title = f.fig.axes[0].get_title(loc="left")
    assert title.startswith("Option Two would need the most additional FTE per year: median 4.5")
    assert "Option Two: median 4.5 from 2 respondents" in f.alt_text
