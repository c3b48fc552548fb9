"""Presentation helpers for the report notebooks (so the notebooks stay thin).

A report opens with its heading and three to five key sentences (``key_findings``), then charts and
tables. Every table shown goes through the disclosure gate first (``show``), then takes the labels
readers know (option names, "All respondents", question numbers) and thousands separators; a table
whose every cell is withheld is replaced by one sentence saying so.

Respondent text is untrusted: ``show`` renders tables through pandas' escaping HTML writer and
``show_quotes`` escapes every quote itself; neither ever passes respondent text through Markdown.
Quotes come from ``svanalysis.publish.quotes``: consented respondents only, place names redacted,
attributed by type only.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from svanalysis.analysis.campaigns import campaign_summary
from svanalysis.analysis.support import equal_to
from svanalysis.core.disclosure import all_withheld, disclosure_rules, publishable
from svanalysis.core.spec import Spec, load_spec
from svanalysis.publish.charts import Figure, save_figure
from svanalysis.publish.findings import campaign_how, count_text, who_responded
from svanalysis.publish.labels import field_label, formatted, numeric_columns
from svanalysis.publish.quotes import CAMPAIGNS_SHOWN, campaign_template, select_quotes
from svanalysis.publish.themes import themes_published_quotes

__all__ = [
    "base_note",
    "heading",
    "html_table",
    "key_findings",
    "save",
    "segment_label",
    "show",
    "show_campaigns",
    "show_other_texts",
    "show_quotes",
    "show_theme_quotes",
]

_VALUES = ("count", "percent", "median", "mean", "total", "q1", "q3", "total_fte", "mean_fte_per_respondent")


def segment_label(sector: str = "", region: str = "") -> str:
    """ "Police", "London", "Police in London", or "" for everyone."""
    if sector and region:
        return f"{sector} in {region}"
    return sector or region or ""


def base_note(responses: pd.DataFrame, settings: Any = None) -> str:
    """How many responses there are and how many are analysed (duplicates excluded)."""
    return " ".join(who_responded(responses, settings=settings)[:1])


def heading(title: str, label: str = "", responses: pd.DataFrame | None = None) -> str:
    """The report's heading (Markdown): its plain title, and the group it is about.

    (``responses`` is accepted for older notebooks and ignored: the base now leads the key findings.)
    """
    full = f"{title}: {label}" if label else title
    return f"# {html.escape(full)}"


def key_findings(*sentences: Sequence[str] | str, limit: int = 5) -> None:
    """Show the report's key sentences (at most ``limit``) as a list under its heading."""
    from IPython.display import HTML, display

    flat: list[str] = []
    for s in sentences:
        flat += [s] if isinstance(s, str) else list(s)
    items = "".join(f"<li>{html.escape(s[:1].upper() + s[1:])}</li>" for s in flat[:limit] if s)
    display(HTML(f"<ul class='sv-findings'>{items}</ul>"))


def save(fig: Figure, figures_dir: str, label: str = "", reuse: bool = False) -> None:
    """Save a figure (PNG, SVG, CSV, text alternative) when a figures folder is given.

    ``reuse``: the folder is a report build's own (new) folder, so a chart another report of the
    build saved with the same data and text is taken as saved, not drawn again (``save_figure``).
    """
    if not figures_dir:
        return
    if label:
        fig.name = f"{fig.name}__{re.sub(r'[^a-z0-9]+', '_', label.lower()).strip('_')}"
    save_figure(fig, Path(figures_dir), reuse=reuse)


def _gated(df: pd.DataFrame, settings: Any, count_columns: Sequence[str] | None) -> pd.DataFrame:
    if count_columns:
        return publishable(df, settings, count_columns=count_columns)
    try:
        return publishable(df, settings)
    except ValueError:
        return df.drop(columns=["suppressed"], errors="ignore")


def show(
    df: pd.DataFrame,
    columns: Sequence[str] | None = None,
    money: Sequence[str] = (),
    settings: Any = None,
    only: Mapping[str, Any] | None = None,
    caption: str = "",
    count_columns: Sequence[str] | None = None,
    spec: Spec | None = None,
) -> Any:
    """Display a table as published: through the disclosure gate (the whole table, before ``only``
    picks rows from it), labelled, thousands separators, ``[c]`` for withheld cells, text escaped.

    ``columns`` picks columns (names of the analysis table; a ``suppressed`` flag is ignored, a
    ``note`` column is kept where categories were merged); ``only`` keeps the rows whose columns hold
    the given values, e.g. ``only={"answer": "Yes"}``.
    """
    from IPython.display import HTML, display

    spec = spec or load_spec()
    g = _gated(df, settings, count_columns)
    if only:
        for k, v in only.items():
            g = g[g[k] == v]
    if columns:
        keep = [c for c in columns if c in g.columns and c != "suppressed"]
        if "note" in g.columns and (g["note"].astype(str) != "").any() and "note" not in keep:
            keep.append("note")
        g = g[keep]
    # what a table says: its shares, else its statistics, else its counts (a base alone says nothing)
    values = (
        ["percent"]
        if "percent" in g.columns
        else [c for c in g.columns if c in _VALUES and c != "count"]
        or [c for c in g.columns if c in (count_columns or ("count",))]
    )
    if values and all_withheld(g, values):
        r = disclosure_rules(settings)
        display(
            HTML(
                f"<p class='sv-note'>{html.escape(caption + ': n' if caption else 'N')}ot shown: every figure of this "
                f"table is withheld ([c]), because the numbers are too small to publish (counts under {r.min_count}, "
                f"or groups of fewer than {r.min_base}).</p>"
            )
        )
        return
    display(HTML(html_table(g, caption, spec)))


def html_table(g: pd.DataFrame, caption: str = "", spec: Spec | None = None) -> str:
    """A gated table as accessible HTML: a caption, column headers marked as such, numbers aligned
    right and text left, every cell escaped."""
    f = formatted(g, spec)
    numeric = numeric_columns(g)
    head = "".join(
        f'<th scope="col" class="{"sv-num" if n else "sv-text"}">{html.escape(str(c))}</th>'
        for c, n in zip(f.columns, numeric, strict=True)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="{"sv-num" if n else "sv-text"}">{html.escape(str(v))}</td>'
            for v, n in zip(row, numeric, strict=True)
        )
        + "</tr>"
        for row in f.itertuples(index=False)
    )
    cap = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    return f'<table class="sv-table">{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def show_quotes(
    responses: pd.DataFrame, column: str, limit: int = 5, seed: int = 1, settings: Any = None, spec: Spec | None = None
) -> None:
    """A few quotes from respondents who consented to publication, redacted, attributed by type only."""
    from IPython.display import HTML, display

    q = select_quotes(responses, column, limit=limit, seed=seed, settings=settings, spec=spec)
    if q.empty:
        display(
            HTML("<p class='sv-note'>No quotes: no respondent who consented to publication answered this question.</p>")
        )
        return
    items = "".join(
        f"<blockquote class='sv-quote'>{html.escape(t)}<br><span class='sv-note'>({html.escape(a)})</span></blockquote>"
        for t, a in zip(q["quote"], q["attribution"], strict=True)
    )
    display(HTML(items))


def show_theme_quotes(
    responses: pd.DataFrame,
    themes: pd.DataFrame,
    field: str,
    per_theme: int | None = None,
    settings: Any = None,
    spec: Spec | None = None,
) -> None:
    """Each theme with a few short passages of answers that raised it: consented respondents only,
    place names redacted, attributed by respondent type and sector."""
    from IPython.display import HTML, display

    q = themes_published_quotes(responses, themes, field, per_theme=per_theme, settings=settings, spec=spec)
    if q.empty:
        display(
            HTML("<p class='sv-note'>No quotes: no respondent who consented to publication raised a theme here.</p>")
        )
        return
    parts = []
    for theme, part in q.groupby("theme", sort=False):
        items = "".join(
            f"<blockquote class='sv-quote'>{html.escape(t)}<br><span class='sv-note'>({html.escape(a)})</span></blockquote>"
            for t, a in zip(part["quote"], part["attribution"], strict=True)
        )
        parts.append(f"<h3>{html.escape(str(theme))}</h3>{items}")
    display(HTML("".join(parts)))


def show_other_texts(
    responses: pd.DataFrame,
    choices: pd.DataFrame,
    question: str,
    limit: int = 10,
    settings: Any = None,
    spec: Spec | None = None,
) -> None:
    """The "Other, please specify" answers to a multi-choice question, as quotes (consented only)."""
    texts = choices[equal_to(choices["question"], question)][["respondent_id", "other_text"]].dropna()
    texts = texts.drop_duplicates("respondent_id").astype({"respondent_id": "string"})
    r = responses.astype({"respondent_id": "string"}).merge(texts, on="respondent_id", how="inner")
    show_quotes(r, "other_text", limit=limit, settings=settings, spec=spec)


def show_campaigns(responses: pd.DataFrame, settings: Any = None, spec: Spec | None = None) -> None:
    """Each organised campaign: how many responded through it, identical or varied, its text (redacted)."""
    from IPython.display import HTML, display

    spec = spec or load_spec()
    s = campaign_summary(responses, spec=spec)
    if s.empty:
        display(HTML("<p class='sv-note'>No organised campaign was found among the responses.</p>"))
        return
    parts = []
    for k, row in s.head(CAMPAIGNS_SHOWN).iterrows():
        how = campaign_how(row, settings)
        field = field_label(row["field"], spec) if row["field"] else "no common text"
        head = (
            f"Campaign {k + 1}: {count_text(int(row['responses']), settings)} responses "
            f"({count_text(int(row['organisations']), settings)} organisations, {count_text(int(row['individuals']), settings)} individuals), "
            f"{how}, answering {field}."
        )
        text = campaign_template(row, settings, spec)
        body = (
            f"<blockquote class='sv-quote'>{html.escape(text)}</blockquote>"
            if text
            else "<p class='sv-note'>Its text is not shown: no member consented to publication.</p>"
        )
        parts.append(f"<p>{html.escape(head)}</p>{body}")
    if len(s) > CAMPAIGNS_SHOWN:
        rest = s.iloc[CAMPAIGNS_SHOWN:]
        parts.append(
            f"<p>{len(rest):,} smaller campaigns ({count_text(int(rest['responses'].sum()), settings)} responses) are not described here.</p>"
        )
    display(HTML("".join(parts)))
