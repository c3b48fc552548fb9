"""Publication charts in the Government Analysis Function house style.

One style for every chart (``house_style``): the Analysis Function palette in its order, sized for
an A4 Word page (16 cm wide), sans-serif type, light horizontal rules only, no chart junk. Every
chart has an active title (the main message, in about ten words), base sizes in its labels or
caption, direct labels so colour is never the only signal, suppressed cells drawn as such (grey,
hatched, labelled ``[c]``) with the note in the caption.

``save_figure`` writes a chart as PNG (300 dpi) and SVG, the plotted data as CSV (formulas
neutralised) and a text alternative (what the chart shows, then the data as a table), with file
names that say what the figure is.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.patches import Patch

from svanalysis.analysis.support import option_comparison, support_patterns
from svanalysis.core.io import atomic_path, write_csv, write_text
from svanalysis.core.settings import resolve_settings
from svanalysis.core.spec import Spec, load_spec

__all__ = [
    "PALETTE",
    "SEQUENTIAL",
    "STANCE_COLOURS",
    "Figure",
    "caption_text",
    "house_style",
    "plot_choices",
    "plot_distribution",
    "plot_monetised_cost",
    "plot_option_support",
    "plot_option_support_by",
    "plot_region_heatmap",
    "plot_support_patterns",
    "save_figure",
]

# Analysis Function categorical palette, in order; then the extension colours.
PALETTE = ["#12436D", "#28A197", "#801650", "#F46A25", "#3D3D3D", "#A285D1"]
SEQUENTIAL = ["#092135", "#12436D", "#2073BC", "#6BACE6", "#ADD1F1"]
GREY = "#BFBFBF"
SUPPRESSED = "#E1E1E1"
STANCE_COLOURS = {"Yes": "#12436D", "Mixed": "#28A197", "Unclear": GREY, "No": "#F46A25"}
WIDTH_IN = 16 / 2.54  # 16 cm, the text width of an A4 Word page
SOURCE = "Source: Home Office consultation 'Serious violence: new legal duty to support multi-agency action', 1 April to 28 May 2019."
SUPPRESSION_NOTE = "[c] = suppressed: fewer than {min_count} responses in a cell or a base under {min_base}."


# The house style as matplotlib settings. Charts apply it only while they draw and save
# (``plt.rc_context``), so importing svanalysis never changes a user's own matplotlib defaults;
# ``house_style()`` applies it globally for a user who wants their own charts to match.
HOUSE_RC: dict[str, Any] = {
    "font.family": "sans-serif",
    "font.sans-serif": ["Arial", "Liberation Sans", "DejaVu Sans"],
    "font.size": 9,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 9,
    "axes.edgecolor": "#3D3D3D",
    "axes.linewidth": 0.6,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": False,
    "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
    "xtick.labelsize": 8.5,
    "ytick.labelsize": 8.5,
    "legend.fontsize": 8.5,
    "legend.frameon": False,
    "figure.dpi": 110,
    "savefig.dpi": 300,
    "savefig.bbox": "tight",
    "svg.fonttype": "none",
}


def house_style() -> None:
    """Set matplotlib's defaults to the house style (opt-in; svanalysis's charts apply it themselves)."""
    plt.rcParams.update(HOUSE_RC)


def _styled(func: Any) -> Any:
    """Draw ``func``'s chart in the house style without touching the caller's matplotlib defaults."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with plt.rc_context(HOUSE_RC):
            return func(*args, **kwargs)

    return wrapper


class Figure:
    """A chart with what publication needs beside it: its data, a text alternative, a caption."""

    def __init__(self, fig: Any, name: str, data: pd.DataFrame, alt_text: str, caption: str):
        self.fig = fig
        self.name = name
        self.data = data
        self.alt_text = alt_text
        self.caption = caption

    def _repr_png_(self) -> bytes:  # shows inline in notebooks
        import io

        buf = io.BytesIO()
        with plt.rc_context(HOUSE_RC):
            self.fig.savefig(buf, format="png", dpi=150)
        return buf.getvalue()

    def save(self, folder: str | Path) -> dict[str, Path]:
        return save_figure(self, folder)


def _slug(text: str) -> str:
    import re

    return re.sub(r"[^a-z0-9_]+", "_", text.lower()).strip("_")[:100]


def _in_sentence(label: str) -> str:
    """A label lower-cased to sit inside a sentence, acronyms kept ("Additional FTE" -> "additional FTE")."""
    return " ".join(w if sum(c.isupper() for c in w) > 1 else w.lower() for w in label.split(" "))


def save_figure(figure: Figure, folder: str | Path) -> dict[str, Path]:
    """Write a chart as PNG (300 dpi) and SVG, its data as CSV, and its text alternative.

    Returns the paths written, keyed by kind ("png", "svg", "csv", "txt").
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stem = _slug(figure.name)
    paths = {}
    for fmt in ("png", "svg"):
        target = folder / f"{stem}.{fmt}"
        with atomic_path(target) as tmp, plt.rc_context(HOUSE_RC):
            figure.fig.savefig(tmp, format=fmt, dpi=300, metadata={"Date": None} if fmt == "svg" else None)
        paths[fmt] = target
    paths["csv"] = write_csv(figure.data, folder / f"{stem}.csv")
    table = _text_table(figure.data)
    paths["txt"] = write_text(f"{figure.alt_text}\n\n{figure.caption}\n\n{table}\n", folder / f"{stem}.txt")
    return paths


def _text_table(df: pd.DataFrame, max_rows: int = 200) -> str:
    d = df.head(max_rows).copy()
    for c in d.columns:
        if pd.api.types.is_float_dtype(d[c]):
            d[c] = d[c].map(lambda v: "" if pd.isna(v) else f"{v:,.1f}")
    cols = [str(c) for c in d.columns]
    lines = ["| " + " | ".join(cols) + " |", "|" + "|".join("---" for _ in cols) + "|"]
    for row in d.astype(str).itertuples(index=False):
        lines.append("| " + " | ".join(str(v) for v in row) + " |")
    return "\n".join(lines)


def caption_text(
    measure: str,
    base: str,
    min_base: int | None = None,
    min_count: int | None = None,
    suppressed: bool = False,
    settings: Any = None,
) -> str:
    """Caption: measure, base, source and period, and the suppression note when cells are hidden."""
    parts = [measure, base, SOURCE, "Results describe those who responded, not the public, and are not weighted."]
    if suppressed:
        s = resolve_settings(settings)["suppression"]
        parts.append(SUPPRESSION_NOTE.format(min_count=min_count or s["min_count"], min_base=min_base or s["min_base"]))
    return " ".join(parts)


def _place_caption(fig: Any, caption: str) -> None:
    """Put the caption just below everything drawn on the axes (tick labels and axis titles included)."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    inv = fig.transFigure.inverted()
    boxes = [ax.get_tightbbox(renderer).transformed(inv) for ax in fig.axes if ax.get_visible()]
    y0 = min(b.y0 for b in boxes) if boxes else 0.0
    x0 = max(0.0, min(b.x0 for b in boxes)) if boxes else 0.0
    fig.text(x0, y0 - 0.015, caption, ha="left", va="top", fontsize=7.5, color="#3D3D3D", wrap=True)


def _finish(fig: Any, ax: Any, title: str, caption: str, legend: bool = False) -> None:
    ax.set_title(title, pad=24 if legend else 10)
    _place_caption(fig, caption)


def _fmt_pct(v: float) -> str:
    return "" if v is None or (isinstance(v, float) and math.isnan(v)) else f"{v:.0f}%"


# ---------------------------------------------------------------------------- support
def _stacked(
    ax: Any,
    table: pd.DataFrame,
    row_key: str,
    rows: Sequence[Any],
    row_labels: Sequence[str],
    answers: Sequence[str],
    min_label: float = 6.0,
    show_base: bool = False,
) -> bool:
    """Horizontal 100% stacked bars, one per row; returns whether any cell was suppressed.

    Suppressed cells are merged into one grey hatched block at the end of the bar, labelled [c], so
    no suppressed value can be read off the chart (their sum follows from the base anyway).
    """
    any_sup = False
    y = np.arange(len(rows))[::-1]
    for yi, key in zip(y, rows, strict=True):
        part = table[table[row_key] == key].set_index("answer")
        base = int(part["base"].iloc[0]) if len(part) else 0
        if base == 0 or bool(part["suppressed"].all()):
            ax.barh(yi, 100, color=SUPPRESSED, hatch="///", edgecolor="white", height=0.62)
            ax.text(50, yi, "[c]" if base else "no answers", ha="center", va="center", fontsize=8, color="#0B0C0C")
            any_sup = any_sup or base > 0
            continue
        left, hidden = 0.0, 0.0
        for ans in answers:
            if ans not in part.index:
                continue
            r = part.loc[ans]
            pct = float(r["percent"])
            if bool(r["suppressed"]):
                hidden += pct
                any_sup = True
                continue
            colour = STANCE_COLOURS.get(ans, PALETTE[0])
            ax.barh(yi, pct, left=left, color=colour, edgecolor="white", linewidth=0.6, height=0.62)
            if pct >= min_label:
                dark = colour in ("#12436D", "#801650", "#3D3D3D", "#28A197")
                ax.text(
                    left + pct / 2,
                    yi,
                    _fmt_pct(pct),
                    ha="center",
                    va="center",
                    fontsize=7.5,
                    color="white" if dark else "#0B0C0C",
                )
            left += pct
        if hidden > 0:
            ax.barh(
                yi, 100 - left, left=left, color=SUPPRESSED, hatch="///", edgecolor="white", linewidth=0.6, height=0.62
            )
            if 100 - left >= min_label / 2:
                ax.text(left + (100 - left) / 2, yi, "[c]", ha="center", va="center", fontsize=7.5, color="#0B0C0C")
        if show_base:
            ax.text(101.5, yi, f"n={base:,}", ha="left", va="center", fontsize=7, color="#3D3D3D", clip_on=False)
    ax.set_yticks(y)
    ax.set_yticklabels(row_labels)
    ax.set_xlim(0, 100)
    ax.set_xlabel("Percentage of those who answered")
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter())
    ax.tick_params(axis="y", length=0)
    ax.spines["left"].set_visible(False)
    return any_sup


def _legend(ax: Any, answers: Sequence[str], suppressed: bool) -> None:
    handles = [Patch(facecolor=STANCE_COLOURS.get(a, PALETTE[0]), label=a) for a in answers]
    if suppressed:
        handles.append(Patch(facecolor=SUPPRESSED, hatch="///", edgecolor="white", label="[c] suppressed"))
    ax.legend(
        handles=handles,
        ncol=len(handles),
        loc="lower left",
        bbox_to_anchor=(0, 1.0),
        fontsize=8,
        handlelength=1.2,
        columnspacing=1.0,
        borderaxespad=0.3,
    )


@_styled
def plot_option_support(
    responses: pd.DataFrame,
    campaign: str = "each",
    title: str | None = None,
    spec: Spec | None = None,
    settings: Any = None,
    **supp: Any,
) -> Figure:
    """Support for Options One, Two and Three: stacked Yes / Mixed / Unclear / No bars, one per option."""
    spec = spec or load_spec()
    t = option_comparison(responses, campaign=campaign, spec=spec, settings=settings, **supp)
    answers = list(spec.stance_plot_order)
    opts = spec.option_numbers
    labels = []
    for n in opts:
        base = int(t.loc[t["option"] == n, "base"].iloc[0])
        labels.append(f"{spec.option_name(n)}\n{spec.options[n - 1]['short']}\n(n={base:,})")
    fig, ax = plt.subplots(figsize=(WIDTH_IN, 2.9))
    sup = _stacked(ax, t, "option", opts, labels, answers)
    _legend(ax, answers, sup)
    yes = t[t["answer"] == spec.support_label].set_index("option")
    if title is None:
        title = _support_title(yes, spec)
    caption = caption_text(
        "Share answering Yes, Mixed, Unclear or No to 'Do you consider that Option ... would best achieve the consultation vision?' (Q9, Q11, Q13).",
        f"Base: those who answered each question; duplicates excluded; campaign responses counted {'individually' if campaign == 'each' else 'once per campaign'}.",
        suppressed=sup,
        settings=settings,
    )
    _finish(fig, ax, title, caption, legend=True)
    data = t[
        ["option", "option_name", "question", "answer", "count", "base", "percent", "ci_low", "ci_high", "suppressed"]
    ]
    alt = _support_alt(yes, spec)
    return Figure(fig, "option_support_overall" + ("" if campaign == "each" else "_campaigns_once"), data, alt, caption)


def _support_title(yes: pd.DataFrame, spec: Spec) -> str:
    ok = yes[~yes["suppressed"]]
    if ok.empty:
        return "Support for the three options"
    best = ok["percent"].idxmax()
    return f"{spec.option_name(best)} had the most support: {ok.loc[best, 'percent']:.0f}% said Yes"


def _support_alt(yes: pd.DataFrame, spec: Spec) -> str:
    parts = []
    for n, r in yes.iterrows():
        if r["suppressed"]:
            parts.append(
                f"{spec.option_name(n)}: the share answering Yes is suppressed ([c], a small count) of {int(r['base']):,} answering"
            )
        else:
            parts.append(f"{spec.option_name(n)}: {r['percent']:.0f}% of {int(r['base']):,} answered Yes")
    return "Bar chart of support for the three options. " + "; ".join(parts) + "."


@_styled
def plot_option_support_by(
    responses: pd.DataFrame,
    by: str = "sector",
    campaign: str = "each",
    spec: Spec | None = None,
    settings: Any = None,
    **supp: Any,
) -> Figure:
    """Support for each option by a breakdown: one panel per option, one bar per group."""
    spec = spec or load_spec()
    t = option_comparison(responses, by=by, campaign=campaign, spec=spec, settings=settings, **supp)
    answers = list(spec.stance_plot_order)
    groups = list(dict.fromkeys(t["group"]))
    n_opt = len(spec.option_numbers)
    fig, axes = plt.subplots(
        1, n_opt, figsize=(WIDTH_IN, max(3.2, 0.34 * len(groups) + 1.9)), sharey=True, gridspec_kw={"wspace": 0.28}
    )
    any_sup = False
    for ax, n in zip(axes, spec.option_numbers, strict=True):
        part = t[t["option"] == n]
        any_sup |= _stacked(ax, part, "group", groups, groups, answers, min_label=14, show_base=True)
        ax.set_title(spec.option_name(n), fontsize=9.5, loc="left", pad=4)
        ax.set_xlabel("")
        ax.set_xticks([0, 50, 100])
    handles = [Patch(facecolor=STANCE_COLOURS.get(a, PALETTE[0]), label=a) for a in answers]
    if any_sup:
        handles.append(Patch(facecolor=SUPPRESSED, hatch="///", edgecolor="white", label="[c] suppressed"))
    yes = t[(t["answer"] == spec.support_label) & ~t["suppressed"]]
    title = f"Support for each option by {by.replace('_', ' ')}"
    if not yes.empty:
        top = yes.loc[yes["percent"].idxmax()]
        title = (
            f"{top['group']}: strongest support, {top['percent']:.0f}% Yes to {spec.option_name(int(top['option']))}"
        )
    caption = caption_text(
        f"Share answering Yes, Mixed, Unclear or No to Q9, Q11 and Q13, by {by.replace('_', ' ')}; n is the base of each bar.",
        "Base: those in each group who answered each question; duplicates excluded.",
        suppressed=any_sup,
        settings=settings,
    )
    fig.subplots_adjust(top=0.80)
    fig.suptitle(title, x=0.0, ha="left", fontsize=11, fontweight="bold", y=0.99)
    fig.legend(
        handles=handles,
        ncol=len(handles),
        loc="upper left",
        bbox_to_anchor=(0.0, 0.93),
        fontsize=8,
        handlelength=1.2,
        columnspacing=1.0,
    )
    _place_caption(fig, caption)
    alt = f"Small multiples, one panel per option, of support by {by.replace('_', ' ')}. " + "; ".join(
        f"{r['group']}: {r['percent']:.0f}% Yes to {spec.option_name(int(r['option']))} (base {int(r['base'])})"
        for _, r in yes.iterrows()
    )
    return Figure(fig, f"option_support_by_{by}", t, alt, caption)


@_styled
def plot_region_heatmap(
    responses: pd.DataFrame,
    campaign: str = "each",
    spec: Spec | None = None,
    settings: Any = None,
    **supp: Any,
) -> Figure:
    """Region x option heatmap of % Yes, with n (base) in each cell; suppressed cells grey."""
    spec = spec or load_spec()
    t = option_comparison(responses, by="region", campaign=campaign, spec=spec, settings=settings, **supp)
    yes = t[t["answer"] == spec.support_label]
    groups = list(dict.fromkeys(yes["group"]))
    opts = spec.option_numbers
    grid = np.full((len(groups), len(opts)), np.nan)
    bases = np.zeros_like(grid)
    sup = np.zeros_like(grid, dtype=bool)
    for i, g in enumerate(groups):
        for j, n in enumerate(opts):
            r = yes[(yes["group"] == g) & (yes["option"] == n)].iloc[0]
            grid[i, j], bases[i, j], sup[i, j] = r["percent"], r["base"], r["suppressed"]
    from matplotlib.colors import LinearSegmentedColormap

    cmap = LinearSegmentedColormap.from_list("af_seq", SEQUENTIAL[::-1])
    fig, ax = plt.subplots(figsize=(WIDTH_IN, 0.33 * len(groups) + 1.6))
    shown = np.where(sup | (bases == 0), np.nan, grid)
    ax.imshow(shown, cmap=cmap, vmin=0, vmax=100, aspect="auto")
    for i in range(len(groups)):
        for j in range(len(opts)):
            if sup[i, j] or bases[i, j] == 0:
                ax.add_patch(
                    plt.Rectangle((j - 0.5, i - 0.5), 1, 1, facecolor=SUPPRESSED, hatch="///", edgecolor="white")
                )
                ax.text(j, i, "[c]" if bases[i, j] else "-", ha="center", va="center", fontsize=7.5)
            else:
                dark = grid[i, j] >= 45
                ax.text(
                    j,
                    i,
                    f"{grid[i, j]:.0f}% (n={int(bases[i, j])})",
                    ha="center",
                    va="center",
                    fontsize=7.5,
                    color="white" if dark else "#0B0C0C",
                )
    ax.set_xticks(range(len(opts)))
    ax.set_xticklabels([spec.option_name(n) for n in opts])
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(groups)))
    ax.set_yticklabels(groups)
    ax.tick_params(length=0)
    for s in ax.spines.values():
        s.set_visible(False)
    ok = yes[~yes["suppressed"] & (yes["base"] > 0)]
    title = "Support for each option by region"
    if not ok.empty:
        top = ok.loc[ok["percent"].idxmax()]
        title = f"{top['group']} was most supportive of {spec.option_name(int(top['option']))}"
    caption = caption_text(
        "Percentage answering Yes to Q9, Q11 and Q13 by region (Q3); n is the base of each cell.",
        "Base: those in each region who answered each question; duplicates excluded.",
        suppressed=bool(sup.any()),
    )
    ax.set_title(title, pad=24)
    _place_caption(fig, caption)
    alt = "Heatmap of the percentage answering Yes to each option by region. " + "; ".join(
        f"{r['group']}, {spec.option_name(int(r['option']))}: {r['percent']:.0f}% of {int(r['base'])}"
        for _, r in ok.iterrows()
    )
    return Figure(
        fig,
        "option_support_region_heatmap",
        yes[["group", "option", "option_name", "count", "base", "percent", "suppressed"]],
        alt,
        caption,
    )


@_styled
def plot_support_patterns(
    responses: pd.DataFrame,
    campaign: str = "each",
    spec: Spec | None = None,
    settings: Any = None,
    **supp: Any,
) -> Figure:
    """Respondents' patterns of support: only One, only Two, only Three, more than one, none."""
    spec = spec or load_spec()
    t = support_patterns(responses, campaign=campaign, spec=spec, settings=settings, **supp)
    fig, ax = plt.subplots(figsize=(WIDTH_IN, 2.6))
    y = np.arange(len(t))[::-1]
    colours = [PALETTE[0], PALETTE[1], PALETTE[2], PALETTE[3], GREY]
    for yi, (_, r), c in zip(y, t.iterrows(), colours, strict=False):
        if r["suppressed"]:
            ax.barh(yi, 0, color=SUPPRESSED)
            ax.text(1, yi, "[c]", va="center", fontsize=8)
            continue
        ax.barh(yi, r["percent"], color=c, height=0.62)
        ax.text(r["percent"] + 1, yi, f"{r['percent']:.0f}% ({int(r['count'])})", va="center", fontsize=8)
    ax.set_yticks(y)
    ax.set_yticklabels(t["answer"])
    base = int(t["base"].iloc[0]) if len(t) else 0
    top_pct = float(t.loc[~t["suppressed"], "percent"].max()) if (~t["suppressed"]).any() else 0.0
    ax.set_xlim(0, min(100, max(10, top_pct + 12)))
    ax.set_xlabel(f"Percentage of respondents who answered at least one of Q9, Q11, Q13 (n={base:,})")
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter())
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)
    ok = t[~t["suppressed"]]
    title = "Patterns of support across the three options"
    if not ok.empty:
        top = ok.loc[ok["percent"].idxmax()]
        title = f"Most common pattern: {top['answer']} ({top['percent']:.0f}% of those answering)"
    caption = caption_text(
        "Each respondent's answers to Q9, Q11 and Q13: Yes to one option only, to more than one, or to none.",
        f"Base: {base:,} respondents who answered at least one of the three; duplicates excluded.",
        suppressed=bool(t["suppressed"].any()),
    )
    _finish(fig, ax, title, caption)
    alt = "Bar chart of patterns of support. " + "; ".join(
        f"{r['answer']}: {r['percent']:.0f}%" for _, r in ok.iterrows()
    )
    return Figure(fig, "support_patterns", t, alt, caption)


@_styled
def plot_choices(table: pd.DataFrame, what: str, spec: Spec | None = None, settings: Any = None) -> Figure:
    """Benefits or disadvantages per option: grouped horizontal bars (options as colours, labelled)."""
    spec = spec or load_spec()
    choices = list(dict.fromkeys(table["choice"]))
    opts = sorted(table["option"].unique())
    fig, ax = plt.subplots(figsize=(WIDTH_IN, 0.55 * len(choices) + 1.4))
    h = 0.8 / len(opts)
    y = np.arange(len(choices))[::-1]
    any_sup = False
    for k, n in enumerate(opts):
        part = table[table["option"] == n].set_index("choice").reindex(choices)
        base = int(part["base"].iloc[0]) if len(part) else 0
        pos = y + (len(opts) - 1 - k) * h - 0.4 + h / 2
        sup = part["suppressed"].fillna(False).to_numpy().astype(bool)
        any_sup |= bool(sup.any())
        vals = np.where(sup, 0, part["percent"].fillna(0).to_numpy())
        ax.barh(pos, vals, height=h * 0.9, color=PALETTE[k], label=f"{spec.option_name(int(n))} (n={base:,})")
        for p, v, s in zip(pos, vals, sup, strict=True):
            ax.text(v + 0.8, p, "[c]" if s else f"{v:.0f}%", va="center", fontsize=7)
    ax.set_yticks(y)
    ax.set_yticklabels([_wrap(c, 48) for c in choices])
    ax.set_xlabel("Percentage of those who answered the question for that option")
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(decimals=0))
    ax.legend(loc="lower right")
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)
    ok = table[~table["suppressed"]]
    title = f"{what.capitalize()} expected under each option"
    if not ok.empty:
        top = ok.loc[ok["percent"].idxmax()]
        title = f"Most cited {what[:-1] if what.endswith('s') else what}: {_in_sentence(top['choice'][:40])} ({spec.option_name(int(top['option']))})"
    qs = "Q18, Q23, Q28" if what == "benefits" else "Q19, Q24, Q29"
    caption = caption_text(
        f"Share of those answering ({qs}) who chose each {what[:-1]}; more than one could be chosen.",
        "Base: those who answered the question for each option; duplicates excluded.",
        suppressed=any_sup,
        settings=settings,
    )
    _finish(fig, ax, title, caption)
    alt = f"Grouped bar chart of the {what} chosen for each option. " + "; ".join(
        f"{spec.option_name(int(r['option']))}, {r['choice']}: {r['percent']:.0f}%" for _, r in ok.iterrows()
    )
    return Figure(fig, f"{what}_by_option", table, alt, caption)


def _wrap(text: str, width: int) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(str(text), width)) or str(text)


_FORMATS = {
    "fte": ("{:,.1f}", "FTE"),
    "volunteer_hours": ("{:,.0f}", "hours"),
    "other_costs_gbp": ("£{:,.0f}", ""),
    "monetised_cost_gbp": ("£{:,.0f}", ""),
}


def _fmt(measure: str, v: float) -> str:
    fmt, _ = _FORMATS.get(measure, ("{:,.1f}", ""))
    return fmt.format(v)


def _money_axis(ax: Any, axis: str = "x") -> None:
    def f(v: float, _: Any) -> str:
        if v >= 1_000_000:
            return f"£{v / 1_000_000:,.1f}m"
        if v >= 1000:
            return f"£{v / 1000:,.0f}k"
        return f"£{v:,.0f}"

    getattr(ax, f"{axis}axis").set_major_formatter(matplotlib.ticker.FuncFormatter(f))


MAX_POINTS = 3000  # points drawn per option in a distribution chart


@_styled
def plot_distribution(
    values: pd.DataFrame, measure: str, label: str, spec: Spec | None = None, settings: Any = None
) -> Figure:
    """Distribution of one measure per option (points over a box), log scale when the spread needs it.

    ``values`` has columns ``option`` and ``value`` (one row per respondent giving a figure).
    """
    spec = spec or load_spec()
    opts = spec.option_numbers
    fig, ax = plt.subplots(figsize=(WIDTH_IN, 2.9))
    data = [values.loc[values["option"] == n, "value"].dropna().to_numpy() for n in opts]
    positive = np.concatenate([d[d > 0] for d in data]) if any(len(d) for d in data) else np.array([])
    log = len(positive) > 1 and positive.max() / max(positive.min(), 1e-9) > 50
    rng = np.random.default_rng(0)
    for k, d in enumerate(data):
        y = len(opts) - 1 - k
        if len(d) == 0:
            ax.text(0.02, y, "no figures given", transform=ax.get_yaxis_transform(), va="center", fontsize=8)
            continue
        shown = d[d > 0] if log else d
        if len(shown):
            ax.boxplot(
                shown,
                positions=[y],
                orientation="horizontal",
                widths=0.5,
                showfliers=False,
                medianprops={"color": PALETTE[3], "linewidth": 1.8},
                boxprops={"color": "#3D3D3D"},
                whiskerprops={"color": "#3D3D3D"},
                capprops={"color": "#3D3D3D"},
            )
            # the points: every respondent, or a random MAX_POINTS where more (the box summarises all);
            # drawn as an image inside the SVG, so a large consultation does not make a huge file
            pts = rng.choice(shown, MAX_POINTS, replace=False) if len(shown) > MAX_POINTS else shown
            ax.scatter(
                pts,
                y + rng.uniform(-0.18, 0.18, len(pts)),
                s=7,
                color=PALETTE[k],
                alpha=0.55,
                linewidths=0,
                rasterized=True,
            )
        ax.text(
            1.01,
            y,
            f"median {_fmt(measure, float(np.median(d)))}\nn={len(d):,}",
            transform=ax.get_yaxis_transform(),
            va="center",
            fontsize=7.5,
        )
    if log:
        ax.set_xscale("log")
    if measure.endswith("_gbp"):
        _money_axis(ax)
    elif log:
        ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.0f}" if v >= 1 else f"{v:g}"))
    ax.set_yticks(range(len(opts))[::-1])
    ax.set_yticklabels([spec.option_name(n) for n in opts])
    ax.set_xlabel(label + (" (log scale; zeros not shown)" if log else ""))
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)
    meds = {n: (float(np.median(d)) if len(d) else math.nan) for n, d in zip(opts, data, strict=True)}
    fin = {n: m for n, m in meds.items() if not math.isnan(m)}
    short = _in_sentence(label.split(" (")[0])
    title = f"{label} per option"
    if fin:
        top = max(fin, key=fin.get)
        title = f"{spec.option_name(top)} would need the most {short}: median {_fmt(measure, fin[top])}"
    caption = caption_text(
        f"{label} reported by each respondent for each option (Q15-Q17, Q20-Q22, Q25-Q27); the box shows the quartiles, the orange line the median"
        + (
            f"; where an option has more than {MAX_POINTS:,} figures, the points show a random {MAX_POINTS:,} of them."
            if any(len(d[d > 0] if log else d) > MAX_POINTS for d in data)
            else "."
        ),
        "Base: respondents who gave a figure; duplicates and implausible figures excluded.",
    )
    _finish(fig, ax, title, caption)
    alt = f"Distribution of {short} per option. " + "; ".join(
        f"{spec.option_name(n)}: median {_fmt(measure, m)} from {len(d)} respondents"
        for (n, m), d in zip(meds.items(), data, strict=True)
        if not math.isnan(m)
    )
    return Figure(fig, f"distribution_{measure}_by_option", values, alt, caption)


@_styled
def plot_monetised_cost(summary: pd.DataFrame, spec: Spec | None = None, settings: Any = None) -> Figure:
    """Monetised annual cost per option with bootstrap 95% intervals: median and mean per respondent."""
    spec = spec or load_spec()
    s = summary[(summary["measure"] == "monetised_cost_gbp") & (summary["breakdown"] == "overall")].sort_values(
        "option"
    )
    fig, axes = plt.subplots(1, 2, figsize=(WIDTH_IN, 2.8), sharey=True, gridspec_kw={"wspace": 0.12})
    names = [spec.option_name(int(o)) for o in s["option"]]
    y = np.arange(len(s))[::-1]
    for ax, stat, lo, hi, lab in (
        (axes[0], "median", "ci_low", "ci_high", "Median per respondent"),
        (axes[1], "mean", "mean_ci_low", "mean_ci_high", "Mean per respondent"),
    ):
        vals = s[stat].to_numpy(dtype=float)
        low, high = s[lo].to_numpy(dtype=float), s[hi].to_numpy(dtype=float)
        ax.barh(y, np.nan_to_num(vals), color=PALETTE[: len(s)], height=0.55)
        ax.errorbar(
            vals,
            y,
            xerr=np.nan_to_num(np.vstack([vals - low, high - vals])),
            fmt="none",
            ecolor="#0B0C0C",
            capsize=3,
            linewidth=1,
        )
        right = np.nanmax(high) if np.isfinite(high).any() else 1.0
        for yi, v, h in zip(y, vals, high, strict=True):
            text = "no figures" if math.isnan(v) else f"£{v:,.0f}"
            ax.text((h if not math.isnan(h) else 0) + 0.03 * right, yi, text, fontsize=7.5, va="center")
        ax.set_xlim(0, right * 1.45)
        ax.set_xlabel(f"{lab} (£ a year)")
        _money_axis(ax)
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", length=0)
    axes[0].set_yticks(y)
    axes[0].set_yticklabels([f"{nm}\n(n={int(n):,})" for nm, n in zip(names, s["n"], strict=True)])
    title = "Monetised annual cost per respondent, by option"
    ok = s.dropna(subset=["median"])
    if not ok.empty:
        top = ok.loc[ok["median"].idxmax()]
        title = (
            f"{spec.option_name(int(top['option']))} would cost respondents most: median £{top['median']:,.0f} a year"
        )
    caption = caption_text(
        "Annual cost per respondent: FTE by role x annual pay x (1 + on-cost uplift) + volunteer hours x hourly value + other costs; lines show 95% bootstrap intervals.",
        "Base: respondents who gave any figure for the option; duplicates and implausible figures excluded. Unit costs: ONS ASHE 2021 (see the notes).",
        settings=settings,
    )
    fig.suptitle(title, x=0.0, ha="left", fontsize=11, fontweight="bold", y=1.02)
    _place_caption(fig, caption)
    alt = "Bar charts of monetised annual cost per respondent by option. " + "; ".join(
        f"{spec.option_name(int(r['option']))}: median £{r['median']:,.0f}, mean £{r['mean']:,.0f}, total £{r['total']:,.0f} from {int(r['n'])} respondents"
        for _, r in ok.iterrows()
    )
    return Figure(fig, "monetised_cost_by_option", s, alt, caption)
