"""Publication charts in the Government Analysis Function house style, ready for a Word page.

One style for every chart (``house_style``): the Analysis Function palette in its order, sans-serif
type of at least 9 pt, light rules only, no chart junk. Every chart is drawn at the width of an A4
Word page (16 cm) and saved at exactly that size (300 dpi, no "tight" bounding box that would grow
it), so pasted at full width its text stays the size it was drawn.

What a chart shows passes through the disclosure gate first (``svanalysis.core.disclosure``): the
chart draws the published table, never the exact one, so a withheld cell is drawn as such (grey,
hatched, labelled ``[c]``) and a chart whose every cell is withheld becomes one sentence saying so.
Titles state the main message only as far as the data allow (``svanalysis.publish.compare``): a
winner is named only when its 95% interval clears every other, ties and overlaps get a neutral
title, a "Not stated" group is never named, and titles are wrapped, never cut.

``save_figure`` writes the chart as PNG and SVG, its published data as CSV (with the comparison the
title rests on) and its text alternative as TXT. The text alternative is the title, one or two
sentences of message, the data as a table and the caption; it is also the ``alt`` of the image in
the HTML reports and the Word document. Captions (measure, base, source, period) are text beside
the image, not pixels inside it.
"""

from __future__ import annotations

import base64
import functools
import html
import io
import math
import textwrap
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.patches import Patch

from svanalysis.analysis.costs import summarise
from svanalysis.analysis.shared import NO_STORE, SharedTables
from svanalysis.analysis.support import NOT_STATED, support_table
from svanalysis.analysis.themes.counts import field_question, theme_table
from svanalysis.core.disclosure import (
    CONFIDENTIAL,
    NOT_AVAILABLE,
    disclosure_rules,
    is_symbol,
    publishable,
    round_half_up,
)
from svanalysis.core.io import atomic_path, neutralise_formulas, write_bytes, write_csv, write_text
from svanalysis.core.spec import Spec, load_spec
from svanalysis.publish.compare import Comparison, Estimate, and_list, compare
from svanalysis.publish.labels import BREAKDOWN_LABELS, formatted
from svanalysis.publish.themes import publishable_themes

__all__ = [
    "MIN_FONT_PT",
    "PALETTE",
    "SEQUENTIAL",
    "STANCE_COLOURS",
    "WIDTH_CM",
    "Figure",
    "caption_text",
    "house_style",
    "plot_answers",
    "plot_choices",
    "plot_distribution",
    "plot_monetised_cost",
    "plot_option_support",
    "plot_option_support_by",
    "plot_region_heatmap",
    "plot_support_patterns",
    "plot_themes",
    "save_figure",
]

# Analysis Function categorical palette, in order; then the extension colours.
PALETTE = ["#12436D", "#28A197", "#801650", "#F46A25", "#3D3D3D", "#A285D1"]
SEQUENTIAL = ["#092135", "#12436D", "#2073BC", "#6BACE6", "#ADD1F1"]
GREY = "#BFBFBF"
SUPPRESSED = "#E1E1E1"
STANCE_COLOURS = {"Yes": "#12436D", "Mixed": "#28A197", "Unclear": GREY, "No": "#F46A25"}
MERGED_COLOUR = "#A285D1"
DARK = {"#12436D", "#801650", "#3D3D3D", "#28A197", "#092135"}
WIDTH_CM = 16.0  # the text width of an A4 Word page
WIDTH_IN = round(WIDTH_CM / 2.54 * 300) / 300  # 1,890 pixels at 300 dpi: 16.00 cm
DPI = 300
MIN_FONT_PT = 9.0
TITLE_WRAP = 64  # characters per title line at 11 pt bold across 16 cm
SOURCE = "Source: Home Office consultation 'Serious violence: new legal duty to support multi-agency action', 1 April to 28 May 2019."


# The house style as matplotlib settings. Charts apply it only while they draw and save
# (``plt.rc_context``), so importing svanalysis never changes a user's own matplotlib defaults;
# ``house_style()`` applies it globally for a user who wants their own charts to match.
HOUSE_RC: dict[str, Any] = {
    "font.family": "sans-serif",
    "font.sans-serif": ["Arial", "Liberation Sans", "DejaVu Sans"],
    "font.size": 9,
    "axes.titlesize": 10,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 9,
    "axes.edgecolor": "#3D3D3D",
    "axes.linewidth": 0.6,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": False,
    "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "legend.fontsize": 9,
    "legend.title_fontsize": 9,
    "legend.frameon": False,
    "figure.titlesize": 11,
    "figure.titleweight": "bold",
    "figure.dpi": 110,
    "savefig.dpi": DPI,
    "savefig.bbox": "standard",  # saved at the drawn size: never grown to fit what spills out
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
    """A chart with what publication needs beside it: its published data, a text alternative, a caption.

    ``fig`` is None when every cell the chart would draw is withheld; ``message`` then says so in
    one sentence, and that sentence is what reports and the document show instead of the chart.

    The chart's layout (title band, legend, height; ``_finish``) is done when the matplotlib figure
    is first needed (``fig``, saving, showing): a report grid saves the same chart from more than
    one report (a sector's support report and its profile, each option's cost report), and a chart
    already saved by the build is then neither laid out nor drawn again (``save_figure``).
    """

    def __init__(
        self,
        fig: Any,
        name: str,
        data: pd.DataFrame,
        alt_text: str,
        caption: str,
        title: str = "",
        basis: str = "",
        message: str = "",
    ):
        self._fig = fig
        self._layout = getattr(fig, "_svanalysis_layout", None)  # the pending layout (``_finish``)
        self.name = name
        self.data = data
        self.alt_text = alt_text
        self.caption = caption
        self.title = title
        self.basis = basis
        self.message = message
        self._saved_png: bytes | None = None  # the PNG just saved, shown by the next display

    @property
    def fig(self) -> Any:
        """The matplotlib figure, laid out (on first use) in the house style, at the house style's
        screen resolution (``figure.dpi``), so that shown as it is in a notebook it is not a 300 dpi image.

        Its texts name the generic "sans-serif" family, which is the house font (Arial or Liberation Sans
        where installed) only under ``HOUSE_RC``: to save or measure the figure yourself, do it inside
        ``plt.rc_context(HOUSE_RC)`` (as ``save_figure`` does), or it is drawn in matplotlib's default font
        with the house font's layout."""
        fig = self._laid_out()
        if fig is not None:  # None: a chart replaced by a sentence
            fig.dpi = HOUSE_RC["figure.dpi"]
        return fig

    def _laid_out(self) -> Any:
        """The figure, laid out on first use at the resolution it was made at (``DPI``, as published)."""
        layout, self._layout = self._layout, None
        if layout is not None:
            with plt.rc_context(HOUSE_RC):
                layout()
            del self._fig._svanalysis_layout
        return self._fig

    @fig.setter
    def fig(self, value: Any) -> None:
        self._fig, self._layout = value, None

    @property
    def empty(self) -> bool:
        """Whether the chart was replaced by a sentence (every cell withheld)."""
        return self._fig is None

    def png(self, dpi: int = DPI) -> bytes:
        """The chart as PNG bytes at its drawn size (``_png``).

        A chart laid out by this very call at the saving resolution (its pending layout, which ends
        with the layout engine run at the figure's final size) is drawn as it is, not laid out again.
        """
        pending = self._layout is not None
        fig = self._laid_out()
        with plt.rc_context(HOUSE_RC):
            return _png(fig, dpi, lay_out=not (pending and fig.dpi == dpi))

    def _display_png(self) -> bytes:
        """The image a notebook shows: the PNG just saved (``save_figure``), else drawn at 150 dpi.

        A report saves each chart and then shows it; showing the saved 300 dpi image (the page
        shows it 16 cm wide, as crisp when zoomed) spares drawing the chart a third time. The
        saved image serves one display only, so a chart changed afterwards is drawn afresh.
        """
        saved, self._saved_png = self._saved_png, None
        return saved if saved is not None else self.png(dpi=150)

    def _repr_png_(self) -> bytes | None:
        return None if self.empty else self._display_png()

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> Any:
        """In a notebook (and so in the HTML reports): the image with its text alternative as
        ``alt`` and the caption below it, or the one sentence that replaces an empty chart."""
        if self.empty:
            return {"text/plain": self.message, "text/html": f"<p class='sv-note'>{html.escape(self.message)}</p>"}
        b64 = base64.b64encode(self._display_png()).decode("ascii")
        alt = html.escape(self.alt_text, quote=True)
        page = (
            f'<figure class="sv-figure"><img src="data:image/png;base64,{b64}" alt="{alt}">'
            f'<figcaption class="sv-note">{html.escape(self.caption)}</figcaption></figure>'
        )
        return {"image/png": b64, "text/html": page, "text/plain": self.title}, {"image/png": {"alt": self.alt_text}}

    def save(self, folder: str | Path) -> dict[str, Path]:
        return save_figure(self, folder)


def _slug(text: str) -> str:
    import re

    return re.sub(r"[^a-z0-9_]+", "_", text.lower()).strip("_")[:100]


def _in_sentence(label: str) -> str:
    """A label lower-cased to sit inside a sentence, acronyms kept ("Additional FTE" -> "additional FTE")."""
    return " ".join(w if sum(c.isupper() for c in w) > 1 else w.lower() for w in label.split(" "))


def save_figure(figure: Figure, folder: str | Path, reuse: bool = False) -> dict[str, Path]:
    """Write a chart as PNG (16 cm wide at 300 dpi) and SVG, its published data as CSV, and its
    text alternative as TXT. A chart replaced by a sentence writes the TXT only.

    The SVG is drawn with the layout just computed for the PNG (not laid out a second time at
    the SVG's 72 dpi), so the two place everything alike.

    With ``reuse`` (a report build, whose figures folder is new), a chart whose four files are
    already in ``folder`` with the same published data and text alternative (written by another
    report of the build: the same chart) is not laid out or drawn again; the notebook shows the
    PNG saved. A folder that may hold files of an older run must not be reused from.

    Returns the paths written (or reused), keyed by kind ("png", "svg", "csv", "txt").
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stem = _slug(figure.name)
    paths = {}
    text = (figure.message or figure.alt_text) + "\n"
    if not figure.empty:
        data = figure.data.copy()
        data["title_basis"] = figure.basis
        if reuse and _saved_already(folder, stem, data, text):
            figure._saved_png = (folder / f"{stem}.png").read_bytes()
            return {kind: folder / f"{stem}.{kind}" for kind in ("png", "svg", "csv", "txt")}
        png = figure.png(dpi=DPI)
        paths["png"] = write_bytes(png, folder / f"{stem}.png")
        figure._saved_png = png  # shown by the notebook's next display of the chart
        target = folder / f"{stem}.svg"
        with atomic_path(target) as tmp, plt.rc_context(HOUSE_RC):  # with the layout the PNG was drawn with
            _savefig(figure._laid_out(), tmp, DPI, lay_out=False, format="svg", metadata={"Date": None})
        paths["svg"] = target
        paths["csv"] = write_csv(data, folder / f"{stem}.csv")
    paths["txt"] = write_text(text, folder / f"{stem}.txt")
    return paths


def _savefig(fig: Any, target: Any, dpi: float, lay_out: bool = True, **kwargs: Any) -> None:
    """``fig.savefig(target, dpi=dpi, **kwargs)`` with the figure's layout engine run once, as savefig runs it
    (at the saving dpi, after each axes' aspect is applied), and without savefig's first pass.

    Before printing, savefig draws a figure that has a layout engine once without rendering (so
    that the engine runs at the saving size), and then draws it again for real with the engine
    off: the first pass measures every text and tick of the chart a second time for nothing but
    the layout. Here the engine is run alone instead and the figure printed with no engine, which
    draws the same image (the same bytes) at about two thirds of the work. ``lay_out=False``
    prints with the layout the figure already has (the SVG, drawn with the PNG's layout).
    """
    engine = fig.get_layout_engine()
    if engine is not None and lay_out:
        shown_at = fig.dpi
        fig.dpi = dpi
        try:
            _run_layout(fig)
        finally:
            fig.dpi = shown_at
    with plt.rc_context({"figure.autolayout": False, "figure.constrained_layout.use": False}):
        fig.set_layout_engine(None)  # no engine: savefig neither lays out nor draws a first pass
    try:
        fig.savefig(target, dpi=dpi, **kwargs)
    finally:
        fig.set_layout_engine(engine)


# zlib's level for the PNGs. The rows are written unfiltered (PNG filter type 0): a chart is mostly flat colour, whose
# rows deflate at least as well as they are, so the per-row filter search of the usual encoders (Pillow tries all five
# filters on every row) costs time for a larger file. The default grid's 68 charts at 1,000 responses: 0.9 s and
# 10.7 MB here, against 2.6 s and 11.1 MB with Pillow at level 3 (9.4 MB and 4.0 s at its default level 6).
PNG_COMPRESS_LEVEL = 3


def _png(fig: Any, dpi: float, lay_out: bool = True) -> bytes:
    """The figure as PNG bytes, as ``savefig(format="png")`` draws it (through ``_savefig``), written
    without an alpha channel when every pixel is opaque (``_png_file``).

    matplotlib writes every PNG as RGBA. A chart on its white page is opaque throughout, so the alpha
    channel is a quarter of the pixels' bytes saying nothing: without it the file is smaller and
    compressed sooner, and every pixel shows as before. A figure with any pixel not opaque is
    written as RGBA, as matplotlib writes it. The file carries matplotlib's own metadata (its
    "Software" text and the resolution).
    """
    raw = io.BytesIO()
    _savefig(fig, raw, dpi, lay_out=lay_out, format="rgba")
    drawn = getattr(fig.canvas, "renderer", None)  # the renderer that drew it, whose buffer was written
    width, height = (int(drawn.width), int(drawn.height)) if drawn is not None else (0, 0)
    data = raw.getbuffer()
    if data.nbytes != width * height * 4 or drawn.dpi != dpi:  # not the buffer expected: leave it to matplotlib
        buf = io.BytesIO()
        _savefig(fig, buf, dpi, lay_out=False, format="png")
        return buf.getvalue()
    pixels = np.frombuffer(data, dtype=np.uint8).reshape(height, width, 4)
    # each pixel is R, G, B, A: read as a little-endian 32-bit number, alpha is its top byte
    opaque = int(np.frombuffer(data, dtype="<u4").min()) >= 0xFF000000
    software = f"Matplotlib version{matplotlib.__version__}, https://matplotlib.org/"
    return _png_file(pixels[:, :, :3] if opaque else pixels, dpi, {"Software": software})


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return len(body).to_bytes(4, "big") + kind + body + zlib.crc32(kind + body).to_bytes(4, "big")


def _png_file(pixels: np.ndarray, dpi: float, text: dict[str, str], level: int = PNG_COMPRESS_LEVEL) -> bytes:
    """A PNG of 8-bit RGB or RGBA ``pixels`` (height x width x 3 or 4), rows unfiltered, with its resolution
    (``pHYs``, as Pillow writes ``dpi``) and Latin-1 ``text`` chunks.

    >>> from PIL import Image
    >>> px = np.array([[[255, 0, 0], [0, 0, 255]]], dtype=np.uint8)
    >>> im = Image.open(io.BytesIO(_png_file(px, 300, {"Software": "x"})))
    >>> im.mode, im.size, im.getpixel((1, 0)), im.text["Software"], round(im.info["dpi"][0])
    ('RGB', (2, 1), (0, 0, 255), 'x', 300)
    """
    height, width, channels = pixels.shape
    rows = np.empty((height, width * channels + 1), dtype=np.uint8)  # each row: its filter type, its bytes
    rows[:, 0] = 0  # filter type 0, none
    # the pixels copied once into place (a view of each row's bytes as pixels: reshaping the RGB slice of the RGBA
    # buffer would copy it first), a channel at a time: numpy copies three bytes of every four about six times
    # slower as pixels than as three planes
    into = rows[:, 1:].reshape(height, width, channels)
    for k in range(channels):
        into[:, :, k] = pixels[:, :, k]
    colour = {3: 2, 4: 6}[channels]  # truecolour, truecolour with alpha
    ppm = int(dpi / 0.0254 + 0.5).to_bytes(4, "big")  # pixels per metre
    parts = [
        b"\x89PNG\r\n\x1a\n",
        _png_chunk(b"IHDR", width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, colour, 0, 0, 0])),
        _png_chunk(b"pHYs", ppm + ppm + b"\x01"),
        *(_png_chunk(b"tEXt", k.encode("latin-1") + b"\0" + v.encode("latin-1")) for k, v in text.items()),
        _png_chunk(b"IDAT", zlib.compress(rows.data, level)),
        _png_chunk(b"IEND", b""),
    ]
    return b"".join(parts)


def _run_layout(fig: Any) -> None:
    """Run the figure's layout engine as a draw runs it (after applying each axes' aspect), at the
    figure's dpi, without drawing anything."""
    for ax in fig.axes:
        ax.apply_aspect()
    fig.get_layout_engine().execute(fig)


def _saved_already(folder: Path, stem: str, data: pd.DataFrame, text: str) -> bool:
    """Whether ``folder`` holds this chart's PNG and SVG, and a CSV and TXT with exactly this data
    and text alternative (the TXT is written last, so the others are complete when it is there)."""
    txt, csv = folder / f"{stem}.txt", folder / f"{stem}.csv"
    if not (txt.exists() and csv.exists() and (folder / f"{stem}.png").exists() and (folder / f"{stem}.svg").exists()):
        return False
    if txt.read_text(encoding="utf-8") != text:
        return False
    return csv.read_text(encoding="utf-8") == neutralise_formulas(data).to_csv(index=False)


def _text_table(df: pd.DataFrame, max_rows: int = 200) -> str:
    d = df.head(max_rows).astype(str)
    cols = [str(c) for c in d.columns]
    lines = ["| " + " | ".join(cols) + " |", "|" + "|".join("---" for _ in cols) + "|"]
    for row in d.itertuples(index=False):
        lines.append("| " + " | ".join(str(v) for v in row) + " |")
    return "\n".join(lines)


def _alt(title: str, sentences: Sequence[str], table: pd.DataFrame, caption: str, spec: Spec) -> str:
    """The text alternative: title, message, the data as a table, the caption."""
    return "\n\n".join([title, " ".join(s for s in sentences if s), _text_table(formatted(table, spec)), caption])


def caption_text(measure: str, base: str, withheld: bool = False, settings: Any = None) -> str:
    """Caption: measure, base, source and period, and the disclosure note when cells are withheld."""
    parts = [measure, base, SOURCE, "Results describe those who responded, not the public, and are not weighted."]
    if withheld:
        parts.append(disclosure_rules(settings).note())
    return " ".join(parts)


def _empty(name: str, title: str, caption: str, what: str, settings: Any = None) -> Figure:
    r = disclosure_rules(settings)
    message = (
        f"{title}: not shown, because every figure of this chart is withheld ([c]): {what} "
        f"fewer than {r.min_base} respondents answered, or the counts are under {r.min_count}."
    )
    return Figure(None, name, pd.DataFrame(), message, caption, title=title, message=message)


def _finish(fig: Any, title: str, handles: Sequence[Patch] | None = None, ncols: int = 1) -> None:
    """Lay the chart out when it is first needed (see ``Figure``): ``_lay_out`` is kept on ``fig``."""
    fig._svanalysis_layout = functools.partial(_lay_out, fig, title, handles, ncols)


def _lay_out(fig: Any, title: str, handles: Sequence[Patch] | None = None, ncols: int = 1) -> None:
    """Title (wrapped, never cut) and legend in a band at the top, the plot below them, and the
    figure's height (never its width) grown until everything drawn lies inside it.

    The title and legend are placed by hand: matplotlib's constrained layout lays an "outside"
    figure legend over a suptitle, so the layout is given the area below the band instead.
    """
    pad, gap = 0.06, 0.05  # inches
    text = fig.text(0.01, 1.0, textwrap.fill(title, TITLE_WRAP), ha="left", va="top", fontsize=11, fontweight="bold")
    legend = None
    if handles:
        legend = fig.legend(
            handles=handles,
            loc="upper left",
            ncols=ncols,
            handlelength=1.2,
            columnspacing=1.0,
            borderaxespad=0.0,
            borderpad=0.0,
        )
    engine = fig.get_layout_engine()
    for _ in range(5):
        h = fig.get_size_inches()[1]
        renderer = fig.canvas.get_renderer()
        text.set_y(1 - pad / h)
        th = text.get_window_extent(renderer).height / fig.dpi
        band = pad + th + gap
        if legend is not None:
            legend.set_bbox_to_anchor((0.01, 1 - band / h), transform=fig.transFigure)
            band += legend.get_window_extent(renderer).height / fig.dpi + gap
        engine.set(rect=(0, 0, 1, 1 - band / h))
        _run_layout(fig)  # lays the figure out, draws nothing (the extents below are measured afresh)
        bb = fig.get_tightbbox(fig.canvas.get_renderer())
        over = max(0.0, -bb.y0) + max(0.0, bb.y1 - h)
        if over < 0.01:
            break
        fig.set_figheight(h + over + 0.05)
    else:  # grown five times: laid out at the final height too
        _run_layout(fig)
    _hide_labels_that_do_not_fit(fig)


SEGMENT_LABEL_PAD_PT = 1.5  # the least clear space between a segment's label and each of its edges


def _fit_within(label: Any, x0: float, x1: float) -> None:
    """Remember that ``label`` names the bar segment from ``x0`` to ``x1`` (data units), so the
    layout can drop it if, at the chart's final size, it does not fit inside with room to spare."""
    fig = label.axes.figure
    if not hasattr(fig, "_svanalysis_segment_labels"):
        fig._svanalysis_segment_labels = []
    fig._svanalysis_segment_labels.append((label, x0, x1))


def _hide_labels_that_do_not_fit(fig: Any) -> None:
    """Hide each segment label wider than its segment less ``SEGMENT_LABEL_PAD_PT`` at each end.

    A share threshold alone cannot say this: a segment's width on the page depends on the panel's
    width (three panels side by side are narrow), so "33%" could fill a narrow segment edge to
    edge. The value stays in the chart's data file and text alternative, like any unlabelled one.
    """
    labels = getattr(fig, "_svanalysis_segment_labels", ())
    if not labels:
        return
    renderer = fig.canvas.get_renderer()
    pad = 2 * SEGMENT_LABEL_PAD_PT * fig.dpi / 72
    for label, x0, x1 in labels:
        to_px = label.axes.transData.transform
        room = abs(to_px((x1, 0))[0] - to_px((x0, 0))[0])
        if label.get_window_extent(renderer).width + pad > room:
            label.set_visible(False)


def _new(height: float, ncols: int = 1, **kw: Any) -> tuple[Any, Any]:
    """A new figure 16 cm wide, not registered with pyplot: a notebook shows the ``Figure`` wrapper
    (image, alt text, caption) once, never a second bare copy from the inline backend.

    It is made at the resolution it is published at (``DPI``), so its layout (the height fitted to
    the title and legend, which bar labels fit their segments) is measured as the PNG draws it, and
    the PNG is drawn with the renderer, and the text measurements, the layout already made."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure as MplFigure

    fig = MplFigure(figsize=(WIDTH_IN, height), dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)
    return fig, fig.subplots(1, ncols, **kw)


def _num(v: Any) -> float:
    return math.nan if is_symbol(v) or v is None or v == "" else float(v)


def _share(r: Any) -> float:
    """A published share at full precision, from its published count and base where both are shown
    (so labels, titles and sentences round 11 of 31 to 35%, not the table's 35.5 to 36%)."""
    if is_symbol(r["percent"]):
        return math.nan
    count, base = r.get("count"), r.get("base")
    if count is not None and base is not None and not is_symbol(count) and not is_symbol(base) and float(base) > 0:
        return 100 * float(count) / float(base)
    return float(r["percent"])


def _p0(v: float) -> str:
    """A percentage as a whole number, rounded half up."""
    return f"{round_half_up(v):.0f}%"


def _estimates(rows: pd.DataFrame, name_col: str) -> list[Estimate]:
    return [Estimate(str(r[name_col]), _share(r), _num(r["ci_low"]), _num(r["ci_high"])) for _, r in rows.iterrows()]


# ---------------------------------------------------------------------------- support
def _answer_order(answers: Sequence[str], spec: Spec) -> list[str]:
    """Answers in the spec's plot order, a merged category where its first member would be.

    The merged category takes that place even when the member itself is there too (merged for one
    option, not for another): a bar of Yes, Mixed or unclear, No keeps the diverging order, Yes at
    one end and No at the other.

    >>> from svanalysis.core.spec import load_spec
    >>> _answer_order(["Yes", "No", "Mixed or unclear", "Mixed", "Unclear"], load_spec())
    ['Yes', 'Mixed or unclear', 'Mixed', 'Unclear', 'No']
    """
    order = list(spec.stance_plot_order)
    out: list[str] = []
    for a in order:
        merged = next((m for m in answers if m not in order and m.split(" or ")[0].split(", ")[0] == a), None)
        if merged and merged not in out:
            out.append(merged)
        if a in answers:
            out.append(a)
    return out + [a for a in answers if a not in out]


def _drawn_answers(g: pd.DataFrame, answers: Sequence[str]) -> list[str]:
    """The answers that have a bar somewhere: an answer given by no one in any bar (0%) is left out
    of the legend, which otherwise shows a swatch with nothing to match (the data file and the
    alt text still give its zeros). A withheld share counts as drawn: its bar is hatched."""
    shown = g["percent"].map(lambda v: is_symbol(v) or (pd.notna(v) and float(v) > 0))
    return [a for a in answers if shown[g["answer"] == a].any()]


def _colour(answer: str) -> str:
    return STANCE_COLOURS.get(answer, MERGED_COLOUR if " or " in answer else PALETTE[0])


def _stacked(
    ax: Any,
    g: pd.DataFrame,
    row_key: str,
    rows: Sequence[Any],
    row_labels: Sequence[str],
    answers: Sequence[str],
    min_label: float = 7.0,
    show_base: bool = False,
) -> bool:
    """Horizontal 100% stacked bars from a gated table, one per row; returns whether any cell is withheld.

    Withheld cells are merged into one grey hatched block at the end of the bar, labelled [c], so no
    withheld value can be read off the chart (their sum follows from the base anyway).
    """
    any_sup = False
    y = np.arange(len(rows))[::-1]
    # the table read once, as records by row (a frame per row, indexed by answer, cost more than the drawing)
    by_row: dict[Any, list[dict[str, Any]]] = {}
    cols = [c for c in (row_key, "answer", "percent", "count", "base") if c in g.columns]
    for r in g[cols].to_dict("records"):
        by_row.setdefault(r[row_key], []).append(r)
    # the bars of each answer (and the withheld blocks) drawn in one call each: rows never overlap, and within a
    # row the segments are drawn in the same order as one by one (answers in order, the withheld block last), so
    # the image is the same; the labels are made row by row, in the order they always were
    segments: dict[str, tuple[list[float], list[float], list[float]]] = {a: ([], [], []) for a in answers}
    withheld_rows: tuple[list[float], list[float], list[float]] = ([], [], [])
    # x, y, text, colour, segment start and end (no segment: nan); x nan: the row's base beside the bar
    labels: list[tuple[float, float, str, str, float, float]] = []
    for yi, key in zip(y, rows, strict=True):
        part = by_row.get(key, [])
        base = part[0]["base"] if part else 0
        shown: dict[str, float] = {}
        for r in part:
            if not is_symbol(r["percent"]):
                shown[r["answer"]] = _share(r)
        if base == 0 or not shown:
            ax.barh(yi, 100, color=SUPPRESSED, hatch="///", edgecolor="white", height=0.62)
            labels.append((50, yi, "[c]" if base else "no answers", "#0B0C0C", math.nan, math.nan))
            any_sup = any_sup or base != 0
        else:
            left = 0.0
            for ans in answers:
                if ans not in shown:
                    continue
                pct = shown[ans]
                colour = _colour(ans)
                ys, widths, lefts = segments[ans]
                ys.append(yi)
                widths.append(pct)
                lefts.append(left)
                if pct >= min_label:
                    labels.append(
                        (left + pct / 2, yi, _p0(pct), "white" if colour in DARK else "#0B0C0C", left, left + pct)
                    )
                left += pct
            if len(shown) < len(part):
                any_sup = True
                withheld_rows[0].append(yi)
                withheld_rows[1].append(100 - left)
                withheld_rows[2].append(left)
                if 100 - left >= min_label:
                    labels.append((left + (100 - left) / 2, yi, "[c]", "#0B0C0C", left, 100))
        if show_base:
            labels.append(
                (math.nan, yi, f"n={base:,}" if isinstance(base, (int, np.integer)) else f"n={base}", "", 0, 0)
            )
    for ans, (ys, widths, lefts) in segments.items():
        if ys:
            ax.barh(ys, widths, left=lefts, color=_colour(ans), edgecolor="white", linewidth=0.6, height=0.62)
    if withheld_rows[0]:
        ys, widths, lefts = withheld_rows
        ax.barh(ys, widths, left=lefts, color=SUPPRESSED, hatch="///", edgecolor="white", linewidth=0.6, height=0.62)
    for x, yi, text, colour, x0, x1 in labels:
        if math.isnan(x):  # the row's base, a fixed gap in points beyond the axis end: in data units it shrank
            # with a narrow facet, and the base touched the last bar's label ("36%n=76")
            ax.annotate(
                text,
                xy=(1.0, yi),
                xycoords=ax.get_yaxis_transform(),
                xytext=(4, 0),
                textcoords="offset points",
                ha="left",
                va="center",
                color="#3D3D3D",
                annotation_clip=False,
            )
            continue
        label = ax.text(x, yi, text, ha="center", va="center", color=colour)
        if not math.isnan(x0):
            _fit_within(label, x0, x1)
    ax.set_yticks(y)
    ax.set_yticklabels(row_labels)
    ax.set_xlim(0, 100)
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter())
    ax.tick_params(axis="y", length=0)
    ax.spines["left"].set_visible(False)
    return any_sup


def _legend_handles(answers: Sequence[str], withheld: bool) -> list[Patch]:
    handles = [Patch(facecolor=_colour(a), label=a) for a in answers]
    if withheld:
        handles.append(Patch(facecolor=SUPPRESSED, hatch="///", edgecolor="white", label="[c] withheld"))
    return handles


def _support_title(comp: Comparison, names: Sequence[str]) -> str:
    if comp.clear:
        return f"{comp.leader.name} had the most support: {_p0(comp.leader.value)} said Yes"
    if len(comp.similar) >= 2:
        return f"Support was similar for {and_list([e.name for e in comp.similar])}"
    return f"Support for {and_list(list(names))}"


def _support_sentences(comp: Comparison, yes: pd.DataFrame) -> list[str]:
    parts = []
    for _, r in yes.iterrows():
        if is_symbol(r["percent"]):
            parts.append(f"{r['option_name']}: withheld ([c]) of {_fmt_base(r['base'])} answering")
        else:
            parts.append(f"{r['option_name']}: {_p0(_share(r))} of {_fmt_base(r['base'])} answered Yes")
    first = "; ".join(parts) + "."
    if comp.clear:
        second = f"The 95% interval for {comp.leader.name} lies above every other option's."
    elif len(comp.similar) >= 2:
        second = f"The 95% intervals of {and_list([e.name for e in comp.similar])} overlap, so none can be said to have more support."
    else:
        second = ""
    return [first, second]


def _first_lower(text: str) -> str:
    """ "Only Option One" -> "only Option One" (names inside stay as they are)."""
    return text[:1].lower() + text[1:]


def _text_on(rgba: Any) -> str:
    """Black or white text, whichever contrasts more with a background colour (WCAG luminance)."""

    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(c) for c in matplotlib.colors.to_rgb(rgba))
    lum = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "white" if (1.05 / (lum + 0.05)) > ((lum + 0.05) / 0.05) else "#0B0C0C"


def _pct_or_withheld(r: Any) -> str:
    return "withheld ([c])" if is_symbol(r["percent"]) else _p0(_share(r))


def _fmt_base(base: Any) -> str:
    return f"{int(base):,}" if not is_symbol(base) else str(base)


@_styled
def plot_option_support(
    responses: pd.DataFrame,
    campaign: str = "each",
    title: str | None = None,
    spec: Spec | None = None,
    settings: Any = None,
    tables: SharedTables | None = None,
    **supp: Any,
) -> Figure:
    """Support for Options One, Two and Three: stacked Yes / Mixed / Unclear / No bars, one per option.

    ``tables``: where the analysis table comes from (a report build's store of shared results,
    ``svanalysis.analysis.shared``); by default it is computed from ``responses``.
    """
    spec = spec or load_spec()
    t = (tables or NO_STORE).option_comparison(responses, campaign=campaign, spec=spec, settings=settings, **supp)
    g = publishable(t, _with(settings, supp))
    name = "option_support_overall" + ("" if campaign == "each" else "_campaigns_once")
    caption = caption_text(
        "Share answering Yes, Mixed, Unclear or No to 'Do you consider that Option ... would best achieve the consultation vision?' (Q9, Q11, Q13).",
        f"Base: those who answered each question; duplicates excluded; campaign responses counted {'individually' if campaign == 'each' else 'once per campaign'}.",
        withheld=bool(g[["count"]].map(is_symbol).to_numpy().any()),
        settings=_with(settings, supp),
    )
    opts = spec.option_numbers
    names = [spec.option_name(n) for n in opts]
    yes = g[g["answer"] == spec.support_label]
    comp = compare(_estimates(yes, "option_name"))
    title = title or _support_title(comp, names)
    if g["percent"].map(is_symbol).all():
        return _empty(name, title, caption, "for every option", _with(settings, supp))
    answers = _answer_order(list(dict.fromkeys(g["answer"])), spec)
    labels = []
    for n in opts:
        base = g.loc[g["option"] == n, "base"].iloc[0]
        labels.append(f"{spec.option_name(n)}\n{spec.options[n - 1]['short']}\n(n={_fmt_base(base)})")
    fig, ax = _new(3.4)
    sup = _stacked(ax, g, "option", opts, labels, answers, min_label=9)
    ax.set_xlabel("Percentage of those who answered")
    drawn = _drawn_answers(g, answers)
    _finish(fig, title, _legend_handles(drawn, sup), ncols=len(drawn) + sup)
    data = g[[c for c in g.columns if c not in ("breakdown", "group")]]
    alt = _alt(
        title,
        _support_sentences(comp, yes),
        data[[c for c in data.columns if c not in ("option", "question")]],
        caption,
        spec,
    )
    return Figure(fig, name, data, alt, caption, title=title, basis=comp.basis())


def _with(settings: Any, supp: dict[str, Any]) -> Any:
    """The settings, with thresholds given directly to a plot function (``min_base=``...) laid over."""
    if not supp:
        return settings
    from svanalysis.core.settings import resolve_settings

    s = resolve_settings(settings)
    s["suppression"] = {**s["suppression"], **{k: v for k, v in supp.items() if v is not None}}
    return s


def _group_comparisons(g: pd.DataFrame, spec: Spec) -> tuple[Comparison | None, str]:
    """The option for which one group clearly leads the others (the widest margin), if any."""
    best: tuple[float, Comparison, str] | None = None
    for n in spec.option_numbers:
        yes = g[(g["option"] == n) & (g["answer"] == spec.support_label) & (g["group"] != NOT_STATED)]
        comp = compare(_estimates(yes, "group"))
        if comp.clear:
            margin = comp.leader.low - comp.rival.high
            if best is None or margin > best[0]:
                best = (margin, comp, spec.option_name(n))
    return (best[1], best[2]) if best else (None, "")


@_styled
def plot_option_support_by(
    responses: pd.DataFrame,
    by: str = "sector",
    campaign: str = "each",
    spec: Spec | None = None,
    settings: Any = None,
    tables: SharedTables | None = None,
    **supp: Any,
) -> Figure:
    """Support for each option by a breakdown: one panel per option, one bar per group (``tables``:
    as :func:`plot_option_support`)."""
    spec = spec or load_spec()
    rules_settings = _with(settings, supp)
    t = (tables or NO_STORE).option_comparison(
        responses, by=by, campaign=campaign, spec=spec, settings=settings, **supp
    )
    g = publishable(t, rules_settings)
    by_label = BREAKDOWN_LABELS.get(by, by.replace("_", " ")).lower()
    name = f"option_support_by_{by}"
    caption = caption_text(
        f"Share answering Yes, Mixed, Unclear or No to Q9, Q11 and Q13, by {by_label}; n is the base of each bar.",
        "Base: those in each group who answered each question; duplicates excluded.",
        withheld=bool(g["count"].map(is_symbol).any()),
        settings=rules_settings,
    )
    comp, option = _group_comparisons(g, spec)
    if comp is not None:
        title = f"{option}: highest support from {comp.leader.name} ({_p0(comp.leader.value)} Yes)"
    else:
        title = f"No {by_label} stood out in support for any option"
    if g["percent"].map(is_symbol).all():
        return _empty(name, title, caption, f"in every {by_label},", rules_settings)
    answers = _answer_order(list(dict.fromkeys(g["answer"])), spec)
    groups = list(dict.fromkeys(g["group"]))
    n_opt = len(spec.option_numbers)
    fig, axes = _new(max(3.4, 0.36 * len(groups) + 2.2), n_opt, sharey=True)
    any_sup = False
    for ax, n in zip(axes, spec.option_numbers, strict=True):
        part = g[g["option"] == n]
        any_sup |= _stacked(ax, part, "group", groups, groups, answers, min_label=32, show_base=True)
        ax.set_title(spec.option_name(n), loc="left", pad=4)
        ax.set_xticks([0, 50, 100])
    drawn = _drawn_answers(g, answers)
    _finish(fig, title, _legend_handles(drawn, any_sup), ncols=len(drawn) + any_sup)
    yes = g[g["answer"] == spec.support_label]
    shown = yes[~yes["percent"].map(is_symbol)]
    sentences = [
        f"Yes to each option by {by_label}, for the {len(shown):,} groups and options with enough respondents to show.",
        (
            f"The 95% interval for {comp.leader.name} lies above every other {by_label}'s for {option}."
            if comp is not None
            else f"The 95% intervals of the {by_label}s overlap for every option."
        ),
    ]
    data = g[[c for c in g.columns if c not in ("breakdown",)]]
    alt = _alt(
        title,
        sentences,
        yes[["option_name", "group", "count", "base", "percent", "ci_low", "ci_high"]],
        caption,
        spec,
    )
    return Figure(
        fig, name, data, alt, caption, title=title, basis=comp.basis() if comp else _no_leader_basis(by_label)
    )


def _no_leader_basis(what: str) -> str:
    return f"For every option, the 95% interval of the leading {what} overlaps another's, so no {what} is named."


@_styled
def plot_region_heatmap(
    responses: pd.DataFrame,
    campaign: str = "each",
    spec: Spec | None = None,
    settings: Any = None,
    tables: SharedTables | None = None,
    **supp: Any,
) -> Figure:
    """Region x option heatmap of % Yes, with n (base) in each cell; withheld cells grey (``tables``:
    as :func:`plot_option_support`)."""
    spec = spec or load_spec()
    rules_settings = _with(settings, supp)
    t = (tables or NO_STORE).option_comparison(
        responses, by="region", campaign=campaign, spec=spec, settings=settings, **supp
    )
    g = publishable(t, rules_settings)
    yes = g[g["answer"] == spec.support_label]
    caption = caption_text(
        "Percentage answering Yes to Q9, Q11 and Q13 by region (Q3); n is the base of each cell.",
        "Base: those in each region who answered each question; duplicates excluded.",
        withheld=bool(yes["percent"].map(is_symbol).any()),
        settings=rules_settings,
    )
    comp, option = _group_comparisons(g, spec)
    title = (
        f"{option}: highest support in {comp.leader.name} ({_p0(comp.leader.value)} Yes)"
        if comp is not None
        else "No region stood out in support for any option"
    )
    name = "option_support_region_heatmap"
    if yes["percent"].map(is_symbol).all():
        return _empty(name, title, caption, "in every region,", rules_settings)
    groups = list(dict.fromkeys(yes["group"]))
    opts = spec.option_numbers
    from matplotlib.colors import LinearSegmentedColormap

    cmap = LinearSegmentedColormap.from_list("af_seq", SEQUENTIAL[::-1])
    fig, ax = _new(0.36 * len(groups) + 1.8)
    grid = np.full((len(groups), len(opts)), np.nan)
    for i, grp in enumerate(groups):
        for j, n in enumerate(opts):
            r = yes[(yes["group"] == grp) & (yes["option"] == n)].iloc[0]
            pct, base = r["percent"], r["base"]
            if is_symbol(pct):
                ax.add_patch(
                    plt.Rectangle((j - 0.5, i - 0.5), 1, 1, facecolor=SUPPRESSED, hatch="///", edgecolor="white")
                )
                label = "no answers" if pct == NOT_AVAILABLE else f"[c] (n={_fmt_base(base)})"
                ax.text(j, i, label, ha="center", va="center")
            else:
                grid[i, j] = float(pct)
                ax.text(
                    j,
                    i,
                    f"{_p0(_share(r))} (n={_fmt_base(base)})",
                    ha="center",
                    va="center",
                    color=_text_on(cmap(float(pct) / 100)),
                )
    # the cells as a mesh of rectangles, not an image: an image is resampled to every pixel of the
    # saved chart (some 2.4 million at 300 dpi) and colour-mapped there, which took about 0.2 s a
    # chart when cells were withheld (a masked array), against next to nothing for 39 rectangles;
    # and the SVG holds vector cells rather than an embedded bitmap. Rows from the top, as before.
    ax.pcolormesh(
        np.arange(len(opts) + 1) - 0.5,
        np.arange(len(groups) + 1) - 0.5,
        np.ma.masked_invalid(grid),
        cmap=cmap,
        vmin=0,
        vmax=100,
        zorder=0,
    )
    ax.set_xlim(-0.5, len(opts) - 0.5)
    ax.set_ylim(len(groups) - 0.5, -0.5)
    ax.set_xticks(range(len(opts)))
    ax.set_xticklabels([spec.option_name(n) for n in opts])
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(groups)))
    ax.set_yticklabels(groups)
    ax.tick_params(length=0)
    for s in ax.spines.values():
        s.set_visible(False)
    _finish(fig, title)
    sentences = [
        "The percentage answering Yes to each option in each region, with its base.",
        (
            f"The 95% interval for {comp.leader.name} lies above every other region's for {option}."
            if comp is not None
            else "The 95% intervals of the regions overlap for every option."
        ),
    ]
    data = yes[["group", "option", "option_name", "count", "base", "percent", "ci_low", "ci_high"]]
    alt = _alt(title, sentences, data.drop(columns=["option"]), caption, spec)
    return Figure(
        fig, name, data, alt, caption, title=title, basis=comp.basis() if comp else _no_leader_basis("region")
    )


@_styled
def plot_support_patterns(
    responses: pd.DataFrame,
    campaign: str = "each",
    spec: Spec | None = None,
    settings: Any = None,
    tables: SharedTables | None = None,
    **supp: Any,
) -> Figure:
    """Respondents' patterns of support: only One, only Two, only Three, more than one, none
    (``tables``: as :func:`plot_option_support`)."""
    spec = spec or load_spec()
    rules_settings = _with(settings, supp)
    t = (tables or NO_STORE).support_patterns(responses, campaign=campaign, spec=spec, settings=settings, **supp)
    g = publishable(t, rules_settings)
    base = g["base"].iloc[0] if len(g) else 0
    caption = caption_text(
        "Each respondent's answers to Q9, Q11 and Q13: Yes to one option only, to more than one, or to none.",
        f"Base: {_fmt_base(base)} respondents who answered at least one of the three; duplicates excluded.",
        withheld=bool(g["count"].map(is_symbol).any()),
        settings=rules_settings,
    )
    comp = compare(_estimates(g, "answer"))
    if comp.clear:
        title = f"Most common pattern: {_first_lower(comp.leader.name)} ({_p0(comp.leader.value)})"
    elif 2 <= len(comp.similar) <= 3:
        title = f"Most common, with similar shares: {_first_lower(and_list([e.name for e in comp.similar]))}"
    else:
        title = "No pattern of support was clearly the most common"
    name = "support_patterns"
    if g["percent"].map(is_symbol).all():
        return _empty(name, title, caption, "", rules_settings)
    fig, ax = _new(2.9)
    y = np.arange(len(g))[::-1]
    colours = [PALETTE[0], PALETTE[1], PALETTE[2], PALETTE[3], GREY]
    shown = [_num(v) for v in g["percent"]]
    top = np.nanmax(shown) if np.isfinite(shown).any() else 0.0
    for yi, (_, r), c in zip(y, g.iterrows(), colours, strict=False):
        if is_symbol(r["percent"]):
            ax.text(1, yi, "[c]", va="center")
            continue
        ax.barh(yi, float(r["percent"]), color=c, height=0.62)
        ax.text(float(r["percent"]) + 1, yi, f"{_p0(_share(r))} ({int(r['count']):,})", va="center")
    ax.set_yticks(y)
    ax.set_yticklabels(g["answer"])
    ax.set_xlim(0, min(100, max(10, top + 18)))
    ax.set_xlabel(f"Percentage of those who answered at least one of Q9, Q11, Q13 (n={_fmt_base(base)})")
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(decimals=0))
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)
    _finish(fig, title)
    sentences = [
        "; ".join(f"{r['answer']}: {_pct_or_withheld(r)}" for _, r in g.iterrows()) + ".",
        "Respondents could say Yes to more than one option.",
    ]
    data = g[[c for c in g.columns if c not in ("breakdown", "group", "question")]]
    alt = _alt(title, sentences, data, caption, spec)
    return Figure(fig, name, data, alt, caption, title=title, basis=comp.basis())


@_styled
def plot_choices(table: pd.DataFrame, what: str, spec: Spec | None = None, settings: Any = None) -> Figure:
    """Benefits or disadvantages per option: grouped horizontal bars (options as colours, labelled)."""
    spec = spec or load_spec()
    g = publishable(table[table["breakdown"] == "overall"] if "breakdown" in table else table, settings)
    one = what[:-1] if what.endswith("s") else what
    caption = caption_text(
        f"Share of those answering ({'Q18, Q23, Q28' if what == 'benefits' else 'Q19, Q24, Q29'}) who chose each {one}; more than one could be chosen.",
        "Base: those who answered the question for each option; duplicates excluded.",
        withheld=bool(g["count"].map(is_symbol).any()),
        settings=settings,
    )
    cells = [
        Estimate(
            f"{r['choice']}\x00{spec.option_name(int(r['option']))}",
            _num(r["percent"]),
            _num(r["ci_low"]),
            _num(r["ci_high"]),
        )
        for _, r in g.iterrows()
    ]
    comp = compare(cells)
    choices_in_tie = {e.name.split("\x00")[0] for e in comp.similar}
    if comp.clear:
        choice, option = comp.leader.name.split("\x00")
        title = f"Most cited {one}: {_in_sentence(choice)} ({option})"
    elif comp.leader is not None and len(choices_in_tie) == 1:
        title = f"Most cited {one} under every option: {_in_sentence(next(iter(choices_in_tie)))}"
    else:
        title = f"{what.capitalize()} respondents expect under each option"
    name = f"{what}_by_option"
    basis = comp.basis().replace("\x00", " under ")
    if g["percent"].map(is_symbol).all():
        return _empty(name, title, caption, "for every option,", settings)
    choices = list(dict.fromkeys(g["choice"]))
    opts = sorted(g["option"].unique())
    fig, ax = _new(0.62 * len(choices) + 1.6)
    h = 0.8 / len(opts)
    y = np.arange(len(choices))[::-1]
    top = np.nanmax([_num(v) for v in g["percent"]])
    for k, n in enumerate(opts):
        part = g[g["option"] == n].set_index("choice").reindex(choices)
        base = part["base"].iloc[0]
        pos = y + (len(opts) - 1 - k) * h - 0.4 + h / 2
        vals = np.array(
            [0.0 if is_symbol(r["percent"]) or pd.isna(r["percent"]) else _share(r) for _, r in part.iterrows()]
        )
        ax.barh(pos, vals, height=h * 0.9, color=PALETTE[k], label=f"{spec.option_name(int(n))} (n={_fmt_base(base)})")
        for p, v, raw in zip(pos, vals, part["percent"], strict=True):
            ax.text(v + 0.8, p, "[c]" if is_symbol(raw) else _p0(v), va="center")
    ax.set_yticks(y)
    ax.set_yticklabels([textwrap.fill(str(c), 34) for c in choices])
    ax.set_xlim(0, min(100, top + 12))
    ax.set_xlabel("Percentage of those who answered the question for that option")
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(decimals=0))
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)
    _finish(fig, title, ax.get_legend_handles_labels()[0], ncols=len(opts))
    sentences = [
        f"The share of those answering who chose each {one}, for each option.",
        (
            f"The 95% interval for {comp.leader.name.replace(chr(0), ' under ')} lies above every other."
            if comp.clear
            else "The 95% intervals of the most cited overlap, so no single one is named."
            if not title.startswith("Most cited")
            else ""
        ),
    ]
    data = g[[c for c in g.columns if c not in ("breakdown", "group")]]
    alt = _alt(
        title,
        sentences,
        data[["option", "choice", "count", "base", "percent", "ci_low", "ci_high"]],
        caption,
        spec,
    )
    return Figure(fig, name, data, alt, caption, title=title, basis=basis)


@_styled
def plot_answers(
    responses: pd.DataFrame,
    question: str,
    choices: pd.DataFrame | None = None,
    campaign: str = "each",
    spec: Spec | None = None,
    settings: Any = None,
) -> Figure:
    """The answers to one closed question: one bar per answer (or per option ticked), labelled.

    Used for every closed question of the Word document; the title names the most common answer
    only when its 95% interval clears every other.
    """
    spec = spec or load_spec()
    q = spec.question(question)
    t = support_table(responses, question, choices=choices, campaign=campaign, spec=spec, settings=settings)
    g = publishable(t, settings)
    base = g["base"].iloc[0] if len(g) else 0
    number = f"Q{q.number}" if q.number else (q.short or q.text)
    multi = q.type == "multi_choice"
    caption = caption_text(
        f"{number}: '{q.text}'" + (" More than one answer could be chosen." if multi else ""),
        f"Base: {_fmt_base(base)} respondents who answered; duplicates excluded; campaign responses counted "
        f"{'individually' if campaign == 'each' else 'once per campaign'}.",
        withheld=bool(g["count"].map(is_symbol).any()),
        settings=settings,
    )
    comp = compare(_estimates(g, "answer"))
    if comp.clear:
        verb = "chosen most often" if multi else "the most common answer"
        title = f"{number}: {comp.leader.name} was {verb} ({_p0(comp.leader.value)})"
    elif 2 <= len(comp.similar) <= 3:
        title = f"{number}: answers were split between {and_list([e.name for e in comp.similar])}"
    else:
        title = f"{number}: {q.short or q.text}"
    name = f"answers_{question}"
    if g["percent"].map(is_symbol).all():
        return _empty(name, title, caption, "", settings)
    fig = _ranked_bars(g, "answer", base, title)
    sentences = [
        "; ".join(f"{r['answer']}: {_pct_or_withheld(r)}" for _, r in g.iterrows()) + ".",
        "More than one answer could be chosen, so the percentages add up to more than 100." if multi else "",
    ]
    data = g[[c for c in g.columns if c not in ("breakdown", "group")]]
    alt = _alt(title, sentences, data[[c for c in data.columns if c != "question"]], caption, spec)
    return Figure(fig, name, data, alt, caption, title=title, basis=comp.basis())


# ---------------------------------------------------------------------------- costs
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


def _median_estimates(g: pd.DataFrame, spec: Spec) -> list[Estimate]:
    return [
        Estimate(spec.option_name(int(r["option"])), _num(r["median"]), _num(r["ci_low"]), _num(r["ci_high"]))
        for _, r in g.iterrows()
    ]


@_styled
def plot_distribution(
    values: pd.DataFrame, measure: str, label: str, spec: Spec | None = None, settings: Any = None
) -> Figure:
    """The spread of one measure per option: the middle half (quartiles) and the median.

    ``values`` has columns ``option`` and ``value`` (one row per respondent giving a figure). No
    respondent's own figure is drawn or saved: the chart and its data hold the published
    summaries only (a median from at least 5 figures, quartiles from at least 10).
    """
    spec = spec or load_spec()
    rules = disclosure_rules(settings)
    opts = spec.option_numbers
    rows = []
    for n in opts:
        s = summarise(values.loc[values["option"] == n, "value"], settings=settings)
        rows.append(
            {"option": n, "measure": measure, **{k: s[k] for k in ("n", "median", "q1", "q3", "ci_low", "ci_high")}}
        )
    g = publishable(pd.DataFrame(rows), settings)
    short = _in_sentence(label.split(" (")[0])
    caption = caption_text(
        f"{label} reported by each respondent for each option (Q15-Q17, Q20-Q22, Q25-Q27): the bar spans the middle half of the figures (lower to upper quartile), the line marks the median.",
        "Base: respondents who gave a figure; duplicates and implausible figures excluded.",
        withheld=bool(g[["median", "q1"]].map(lambda v: v == CONFIDENTIAL).to_numpy().any()),
        settings=settings,
    )
    comp = compare(_median_estimates(g, spec))
    if comp.clear:
        title = f"{comp.leader.name} would need the most {short}: median {_fmt(measure, comp.leader.value)}"
    elif len(comp.similar) >= 2:
        title = f"Median {short}: similar for {and_list([e.name for e in comp.similar])}"
    else:
        title = f"{label} per option"
    name = f"distribution_{measure}_by_option"
    if not g["median"].map(lambda v: not is_symbol(v)).any():
        return _empty(name, title, caption, "for every option,", settings)
    fig, ax = _new(3.0)
    lows = [_num(v) for v in g["q1"]] + [_num(v) for v in g["median"]]
    highs = [_num(v) for v in g["q3"]] + [_num(v) for v in g["median"]]
    pos_lows = [v for v in lows if np.isfinite(v) and v > 0]
    log = bool(pos_lows) and np.nanmax(highs) / min(pos_lows) > 50
    for k, (_, r) in enumerate(g.iterrows()):
        y = len(opts) - 1 - k
        med, q1, q3, n = _num(r["median"]), _num(r["q1"]), _num(r["q3"]), r["n"]
        if np.isfinite(q1) and np.isfinite(q3):
            ax.barh(y, q3 - q1, left=q1, height=0.5, color=PALETTE[k], alpha=0.35, edgecolor=PALETTE[k])
        if np.isfinite(med):
            ax.plot([med, med], [y - 0.3, y + 0.3], color=PALETTE[k], linewidth=2.5)
            text = f"median {_fmt(measure, med)}\nn={_fmt_base(n)}"
        elif n == 0:
            text = "no figures given"
        else:
            text = f"fewer than {rules.min_statistic_n} figures: [c]"
        ax.text(1.01, y, text, transform=ax.get_yaxis_transform(), va="center")
    if log:
        ax.set_xscale("log")
    else:
        ax.set_xlim(left=0)
    if measure.endswith("_gbp"):
        _money_axis(ax)
    elif log:
        ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.0f}" if v >= 1 else f"{v:g}"))
    ax.set_ylim(-0.6, len(opts) - 0.4)
    ax.set_yticks(range(len(opts))[::-1])
    ax.set_yticklabels([spec.option_name(n) for n in opts])
    ax.set_xlabel(label + (" (log scale)" if log else ""))
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)
    _finish(fig, title)
    sentences = [
        "; ".join(
            f"{spec.option_name(int(r['option']))}: median {_fmt(measure, float(r['median']))} from {_fmt_base(r['n'])} respondents"
            if not is_symbol(r["median"])
            else f"{spec.option_name(int(r['option']))}: withheld ({r['median']})"
            for _, r in g.iterrows()
        )
        + ".",
        "The 95% intervals of the medians overlap." if not comp.clear and len(comp.similar) >= 2 else "",
    ]
    alt = _alt(title, sentences, g, caption, spec)
    return Figure(fig, name, g, alt, caption, title=title, basis=comp.basis(lambda v: _fmt(measure, v)))


@_styled
def plot_monetised_cost(summary: pd.DataFrame, spec: Spec | None = None, settings: Any = None) -> Figure:
    """Monetised annual cost per option with 95% intervals: median and mean per respondent."""
    spec = spec or load_spec()
    s = summary[(summary["measure"] == "monetised_cost_gbp") & (summary["breakdown"] == "overall")].sort_values(
        "option"
    )
    g = publishable(s, settings, money=True).drop(columns=["total"], errors="ignore")
    caption = caption_text(
        "Annual cost per respondent: FTE by role x annual pay x (1 + on-cost uplift) + volunteer hours x hourly value + other costs; lines show 95% intervals.",
        "Base: respondents who gave any figure for the option; duplicates and implausible figures excluded. Unit costs: ONS ASHE 2021 (see the notes).",
        withheld=bool(g[["median", "mean"]].map(lambda v: v == CONFIDENTIAL).to_numpy().any()),
        settings=settings,
    )
    comp = compare(_median_estimates(g, spec))
    if comp.clear:
        title = f"{comp.leader.name} would cost respondents most: median £{comp.leader.value:,.0f} a year"
    elif len(comp.similar) >= 2:
        title = f"Median annual cost: similar for {and_list([e.name for e in comp.similar])}"
    else:
        title = "Monetised annual cost per respondent, by option"
    name = "monetised_cost_by_option"
    if not g["median"].map(lambda v: not is_symbol(v)).any():
        return _empty(name, title, caption, "for every option,", settings)
    fig, axes = _new(3.0, 2, sharey=True)
    names = [spec.option_name(int(o)) for o in g["option"]]
    y = np.arange(len(g))[::-1]
    for ax, stat, lo, hi, lab in (
        (axes[0], "median", "ci_low", "ci_high", "Median per respondent"),
        (axes[1], "mean", "mean_ci_low", "mean_ci_high", "Mean per respondent"),
    ):
        vals = np.array([_num(v) for v in g[stat]])
        low = np.array([_num(v) for v in g[lo]])
        high = np.array([_num(v) for v in g[hi]])
        ax.barh(y, np.nan_to_num(vals), color=PALETTE[: len(g)], height=0.55)
        ok = np.isfinite(vals) & np.isfinite(low) & np.isfinite(high)
        if ok.any():
            ax.errorbar(
                vals[ok],
                y[ok],
                xerr=np.clip(np.vstack([vals[ok] - low[ok], high[ok] - vals[ok]]), 0, None),
                fmt="none",
                ecolor="#0B0C0C",
                capsize=3,
                linewidth=1,
            )
        reach = np.where(np.isfinite(high), high, vals)
        right = np.nanmax(reach) if np.isfinite(reach).any() else 1.0
        for yi, v, h, raw in zip(y, vals, reach, g[stat], strict=True):
            text = f"£{v:,.0f}" if np.isfinite(v) else ("no figures" if raw == NOT_AVAILABLE else "[c]")
            ax.text((h if np.isfinite(h) else 0) + 0.03 * right, yi, text, va="center")
        ax.set_xlim(0, right * 1.6)
        # no tick at the panel's right edge, where its label would run into the next panel's "£0"
        ax.set_xticks([t for t in ax.xaxis.get_major_locator().tick_values(0, right * 1.6) if 0 <= t <= right * 1.35])
        ax.set_xlabel(f"{lab} (£ a year)")
        _money_axis(ax)
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", length=0)
    axes[0].set_yticks(y)
    axes[0].set_yticklabels([f"{nm}\n(n={_fmt_base(n)})" for nm, n in zip(names, g["n"], strict=True)])
    _finish(fig, title)
    sentences = [
        "; ".join(
            f"{spec.option_name(int(r['option']))}: "
            + (
                f"median £{float(r['median']):,.0f}, mean {'£' + format(float(r['mean']), ',.0f') if not is_symbol(r['mean']) else r['mean']} from {_fmt_base(r['n'])} respondents"
                if not is_symbol(r["median"])
                else f"withheld ({r['median']})"
            )
            for _, r in g.iterrows()
        )
        + ".",
        "The 95% intervals of the medians overlap." if not comp.clear and len(comp.similar) >= 2 else "",
    ]
    alt = _alt(
        title,
        sentences,
        g[
            [
                c
                for c in (
                    "option",
                    "measure",
                    "n",
                    "median",
                    "ci_low",
                    "ci_high",
                    "mean",
                    "mean_ci_low",
                    "mean_ci_high",
                )
                if c in g.columns
            ]
        ],
        caption,
        spec,
    )
    return Figure(fig, name, g, alt, caption, title=title, basis=comp.basis(lambda v: f"£{v:,.0f}"))


# ---------------------------------------------------------------------------- themes in free text
@_styled
def plot_themes(
    responses: pd.DataFrame,
    themes: pd.DataFrame,
    field: str,
    frame: Any = None,
    campaign: str = "each",
    spec: Spec | None = None,
    settings: Any = None,
) -> Figure:
    """The themes raised in answers to one question: one bar per theme, ranked, labelled.

    The share of those who answered the question whose answer raised each theme (an answer may
    raise several). The title names the theme raised most often only when its 95% interval clears
    every other; the themes' counts pass the disclosure gate first.
    """
    spec = spec or load_spec()
    q = field_question(field, spec)
    t = theme_table(responses, themes, field, frame=frame, campaign=campaign, spec=spec, settings=settings)
    g = publishable_themes(t, settings)
    base = g["base"].iloc[0] if len(g) else 0
    number = f"Q{q.number}" if q.number else (q.short or q.text)
    caption = caption_text(
        f"{number}: '{q.text}' Share of those who answered in their own words whose answer raised each theme; "
        "an answer may raise several, or none.",
        f"Base: {_fmt_base(base)} respondents who answered; duplicates excluded; campaign responses counted "
        f"{'individually' if campaign == 'each' else 'once per campaign'}. Themes from a code frame an analyst "
        "signed off, assigned automatically"
        + (
            ", and coded by a person for a sample of answers."
            if len(themes) and (themes["method"] == "manual").any()
            else "; not yet checked against a person's codes."
        ),
        withheld=bool(len(g)) and bool(g["count"].map(is_symbol).any()),
        settings=settings,
    )
    comp = compare(_estimates(g, "theme")) if len(g) else compare([])
    if comp.clear:
        title = f"{number}: the theme raised most often was {_in_sentence(comp.leader.name)} ({_p0(comp.leader.value)})"
    elif 2 <= len(comp.similar) <= 3:
        title = f"{number}: the themes raised most often were {and_list([_in_sentence(e.name) for e in comp.similar])}"
    else:
        title = f"{number}: themes raised in answers"
    name = f"themes_{field}"
    if not len(g) or g["percent"].map(is_symbol).all():
        return _empty(name, title, caption, "", settings)
    fig = _ranked_bars(g, "theme", base, title)
    sentences = [
        "; ".join(f"{r['theme']}: {_pct_or_withheld(r)}" for _, r in g.iterrows()) + ".",
        "An answer may raise several themes or none, so the percentages need not add up to 100.",
    ]
    data = g[[c for c in g.columns if c not in ("breakdown", "group")]]
    alt = _alt(title, sentences, data[[c for c in data.columns if c != "field"]], caption, spec)
    return Figure(fig, name, data, alt, caption, title=title, basis=comp.basis())


def _ranked_bars(g: pd.DataFrame, label: str, base: Any, title: str) -> Any:
    """Horizontal bars of ``g``'s percentages, one per row in order, labelled by ``g[label]``.

    Each bar carries its share and count; a withheld row shows its symbol instead of a bar.
    """
    fig, ax = _new(0.5 * len(g) + 1.2)
    y = np.arange(len(g))[::-1]
    top = np.nanmax([_num(v) for v in g["percent"]])
    for yi, (_, r) in zip(y, g.iterrows(), strict=True):
        if is_symbol(r["percent"]):
            ax.text(0.5, yi, r["percent"], va="center")
            continue
        ax.barh(yi, float(r["percent"]), color=PALETTE[0], height=0.62)
        ax.text(float(r["percent"]) + 0.8, yi, f"{_p0(_share(r))} ({int(r['count']):,})", va="center")
    ax.set_yticks(y)
    ax.set_yticklabels([textwrap.fill(str(a), 40) for a in g[label]])
    ax.set_xlim(0, min(100, top + 22))
    ax.set_xlabel(f"Percentage of those who answered (n={_fmt_base(base)})")
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(decimals=0))
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)
    _finish(fig, title)
    return fig
