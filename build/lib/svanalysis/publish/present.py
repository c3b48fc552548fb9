"""Presentation helpers for the report notebooks (so the notebooks stay thin).

Respondent text is untrusted: ``show`` renders tables through pandas' escaping HTML writer and
``show_quotes`` escapes every quote itself; neither ever passes respondent text through Markdown.
Quotes are shown only from respondents who consented to publication, attributed by type only.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from svanalysis.analysis.support import analysis_frame
from svanalysis.publish.charts import Figure, save_figure
from svanalysis.publish.tables import display_table

__all__ = ["base_note", "heading", "save", "segment_label", "show", "show_quotes"]


def segment_label(sector: str = "", region: str = "") -> str:
    """ "Police", "London", "Police in London", or "" for everyone."""
    if sector and region:
        return f"{sector} in {region}"
    return sector or region or ""


def base_note(responses: pd.DataFrame) -> str:
    """How many responses there are and how many are analysed (duplicates excluded)."""
    analysed = analysis_frame(responses)
    dups = len(responses) - len(analysed)
    camp = responses["campaign_id"].dropna()
    text = f"{len(analysed):,} responses analysed"
    if dups:
        text += f" ({len(responses):,} received; {dups:,} duplicate submissions excluded)"
    if len(camp):
        text += f"; {len(camp):,} belong to {camp.nunique()} organised campaign(s)"
    return text + "."


def heading(title: str, label: str, responses: pd.DataFrame) -> str:
    """The report's title line (Markdown) and its base; ``label`` comes from the questionnaire's labels."""
    full = f"{title}: {label}" if label else title
    return f"# {html.escape(full)}\n\n{base_note(responses)} Results describe those who responded, not the public, and are not weighted."


def save(fig: Figure, figures_dir: str, label: str = "") -> None:
    """Save a figure (PNG, SVG, CSV, text alternative) when a figures folder is given."""
    if not figures_dir:
        return
    if label:
        import re

        fig.name = f"{fig.name}__{re.sub(r'[^a-z0-9]+', '_', label.lower()).strip('_')}"
    save_figure(fig, Path(figures_dir))


def show(df: pd.DataFrame, columns: Sequence[str] | None = None, money: Sequence[str] = ()) -> Any:
    """Display a table: percentages to one decimal place, [c] for suppressed cells, text escaped."""
    from IPython.display import HTML, display

    d = df[list(columns)] if columns else df
    d = display_table(d, money=tuple(money))
    display(HTML(d.to_html(index=False, escape=True, na_rep="[x]", border=0)))


def show_quotes(responses: pd.DataFrame, column: str, limit: int = 5, seed: int = 1) -> None:
    """A few quotes from respondents who consented to publication, attributed by type only."""
    from IPython.display import HTML, display

    r = analysis_frame(responses)
    ok = r[(r["consent_publish"].astype("object") == "Yes") & r[column].notna()]
    if ok.empty:
        display(
            HTML("<p class='sv-note'>No quotes: no respondent who consented to publication answered this question.</p>")
        )
        return
    pick = ok.sample(n=min(limit, len(ok)), random_state=seed)
    items = "".join(
        f"<blockquote class='sv-quote'>{html.escape(str(t))}<br><span class='sv-note'>({html.escape(str(k).lower())})</span></blockquote>"
        for t, k in zip(pick[column], pick["respondent_type"], strict=True)
    )
    display(HTML(items))
