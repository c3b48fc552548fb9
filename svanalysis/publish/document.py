"""A draft of the Government response as a Word document, in the order of the questionnaire.

``write_document`` writes what a published Government response to a consultation holds, ready for an
analyst to edit and for policy colleagues to write the Government's reply into:

1. an introduction with the consultation's dates, and who responded (by respondent type, sector,
   region and channel; organised campaigns, their text redacted, identical or varied);
2. a summary of support for the three options;
3. for every question, in the questionnaire's order under its part: the share answering each way
   with its base, a chart, the table, the themes raised (a section the themes stage fills when a
   code frame exists), quotes from respondents who consented to publication, and a plain
   "Government response" heading with a placeholder;
4. an annex on methods (bases, duplicates and campaigns, disclosure control, unit costs).

Every number comes through the same disclosure gate as the spreadsheet and the reports
(``svanalysis.core.disclosure``), every chart is the same ``Figure`` with its text alternative as
the image's alt text, every table marks its header row (repeated across pages), and headings use
the document's real heading styles. With ``template`` (a department's .docx) the document takes
that file's styles, page set-up, headers and footers; otherwise it uses Arial throughout. No
personal data is read: the document is built from the processed tables, never ``pii.parquet``.

Themes. Where themes have been assigned in the processed folder (``themes.parquet``), each question
with free text shows the themes raised, ranked, with counts and bases through the gate, and a quote
(consented, redacted, attributed by type and sector) for each of the themes raised most; otherwise
it says that themes are not yet coded. ``write_document(..., themes=...)`` takes another table of
theme counts instead (``field``, ``theme`` (its name as published), ``count``, ``base``; exact).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from svanalysis.analysis.campaigns import campaign_summary
from svanalysis.analysis.costs import UnitCosts, baseline_table, cost_benefit_table, load_unit_costs, role_summary
from svanalysis.analysis.support import analysis_frame, equal_to, support_table
from svanalysis.core.disclosure import all_withheld, disclosure_rules, is_symbol, publishable
from svanalysis.core.io import atomic_path
from svanalysis.core.processed import load_processed
from svanalysis.core.settings import resolve_settings
from svanalysis.core.spec import Question, Spec, load_spec
from svanalysis.publish.charts import DPI, WIDTH_CM, Figure, plot_answers, plot_option_support
from svanalysis.publish.findings import (
    campaign_findings,
    campaign_how,
    cost_findings,
    count_text,
    support_findings,
    who_responded,
)
from svanalysis.publish.labels import field_label, formatted, numeric_columns
from svanalysis.publish.quotes import CAMPAIGNS_SHOWN, campaign_template, select_quotes
from svanalysis.publish.tables import publication_date
from svanalysis.publish.themes import themes_for_document, themes_published_quotes

__all__ = ["DOCUMENT_NAME", "GOVERNMENT_RESPONSE_PLACEHOLDER", "write_document"]

DOCUMENT_NAME = "response_draft.docx"
GOVERNMENT_RESPONSE_PLACEHOLDER = (
    "[The Government's response to the points raised under this question is to be written here.]"
)
FONT = "Arial"
QUOTES_PER_QUESTION = 3


class _Writer:
    """The document being written, with its running figure and table numbers."""

    def __init__(self, doc: Any, spec: Spec, settings: dict[str, Any]):
        self.doc = doc
        self.spec = spec
        self.settings = settings
        self.figures = 0
        self.tables = 0

    # -------------------------------------------------------------- styles
    def style(self, name: str, fallback: str = "Normal") -> Any:
        try:
            return self.doc.styles[name]
        except KeyError:
            return self.doc.styles[fallback]

    def heading(self, text: str, level: int) -> Any:
        return self.doc.add_paragraph(text, style=self.style(f"Heading {level}"))

    def para(self, text: str, style: str = "Normal") -> Any:
        return self.doc.add_paragraph(text, style=self.style(style))

    def bullets(self, sentences: Sequence[str]) -> None:
        for s in sentences:
            if s:
                self.para(s[:1].upper() + s[1:], "List Bullet")

    def caption(self, text: str, keep_with_next: bool = False) -> Any:
        p = self.para(text, "Caption")
        p.paragraph_format.keep_with_next = keep_with_next
        return p

    # -------------------------------------------------------------- content
    def figure(self, fig: Figure) -> None:
        """A chart at 16 cm with its text alternative as alt text, and a caption below it; a chart
        replaced by a sentence (every cell withheld) becomes that sentence."""
        from docx.shared import Cm

        if fig.empty:
            self.para(fig.message)
            return
        self.figures += 1
        buf = io.BytesIO(fig.png(dpi=DPI))
        run = self.doc.add_paragraph().add_run()
        shape = run.add_picture(buf, width=Cm(WIDTH_CM))
        pr = shape._inline.docPr
        pr.set("descr", fig.alt_text)
        pr.set("title", fig.title)
        self.caption(f"Figure {self.figures}: {fig.title}. {fig.caption}")

    def table(self, df: pd.DataFrame, title: str) -> None:
        """A gated table with its caption above, its header row marked and repeated on each page."""
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        stats = [c for c in df.columns if c in ("median", "mean", "total", "total_fte", "mean_fte_per_respondent")]
        values = (
            ["percent"] if "percent" in df.columns else stats or [c for c in df.columns if c in ("count", "responses")]
        )
        if df.empty or (values and all_withheld(df, values)):
            r = disclosure_rules(self.settings)
            self.para(
                f"{title}: not shown, because every figure is withheld ([c]): the numbers are too small to publish "
                f"(counts under {r.min_count}, or groups of fewer than {r.min_base})."
            )
            return
        self.tables += 1
        self.caption(f"Table {self.tables}: {title}", keep_with_next=True)
        f = formatted(df, self.spec)
        numeric = numeric_columns(df)
        t = self.doc.add_table(rows=1, cols=len(f.columns))
        try:
            t.style = self.doc.styles["Table Grid"]
        except KeyError:
            pass
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        header = t.rows[0]
        tr_pr = header._tr.get_or_add_trPr()
        mark = OxmlElement("w:tblHeader")
        mark.set(qn("w:val"), "true")
        tr_pr.append(mark)
        for cell, name, num in zip(header.cells, f.columns, numeric, strict=True):
            run = cell.paragraphs[0].add_run(str(name))
            run.bold = True
            if num:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for row in f.itertuples(index=False):
            cells = t.add_row().cells
            for cell, v, num in zip(cells, row, numeric, strict=True):
                cell.text = str(v)
                if num:
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self.para("")

    def quotes(self, responses: pd.DataFrame, column: str, limit: int = QUOTES_PER_QUESTION) -> None:
        q = select_quotes(responses, column, limit=limit, settings=self.settings, spec=self.spec)
        if q.empty:
            self.para("No quotes: no respondent who agreed to publication answered this question.")
            return
        for text, who in zip(q["quote"], q["attribution"], strict=True):
            self.para(f"“{text}” ({who})", "Quote")

    def government_response(self) -> None:
        self.heading("Government response", 3)
        self.para(GOVERNMENT_RESPONSE_PLACEHOLDER)


def _new_document(template: str | Path | None) -> Any:
    """A document with the template's styles (its body emptied), or Arial house styles."""
    from docx import Document
    from docx.shared import Pt, RGBColor

    if template is not None:
        p = Path(template)
        if not p.exists():
            raise ValueError(f"{p}: template not found")
        if p.suffix.lower() != ".docx":
            raise ValueError(f"{p}: a template must be a .docx file")
        try:
            doc = Document(str(p))
        except Exception as exc:
            raise ValueError(f"{p}: not a Word document that can be read ({exc})") from None
        body = doc.element.body
        for child in list(body):
            if not child.tag.endswith("}sectPr"):
                body.remove(child)
        return doc
    doc = Document()
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "Caption", "Quote", "List Bullet"):
        try:
            st = doc.styles[name]
        except KeyError:
            continue
        st.font.name = FONT
        rpr = st.element.get_or_add_rPr()
        fonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
        if fonts is not None:
            for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
                fonts.attrib.pop(f"{{http://schemas.openxmlformats.org/wordprocessingml/2006/main}}{attr}", None)
            for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
                fonts.set(f"{{http://schemas.openxmlformats.org/wordprocessingml/2006/main}}{attr}", FONT)
        if name.startswith("Heading") or name == "Title":
            st.font.color.rgb = RGBColor(0x0B, 0x0C, 0x0C)
    doc.styles["Normal"].font.size = Pt(11)
    doc.styles["Caption"].font.size = Pt(10)
    doc.styles["Caption"].font.color.rgb = RGBColor(0x0B, 0x0C, 0x0C)
    return doc


def _set_language(doc: Any, lang: str = "en-GB") -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    el = rpr.find(qn("w:lang"))
    if el is None:
        el = OxmlElement("w:lang")
        rpr.append(el)
    el.set(qn("w:val"), lang)


def _gate_table(df: pd.DataFrame, settings: Any, **kw: Any) -> pd.DataFrame:
    return publishable(df, settings, **kw)


def _share_sentence(g: pd.DataFrame, q: Question) -> str:
    """ "Of the 333 who answered, 82% said Yes and 18% No." from a gated table."""
    base = g["base"].iloc[0] if len(g) else 0
    if g["percent"].map(is_symbol).all():
        return "The answers are withheld: too few respondents answered to publish them."
    parts = [
        f"{'withheld' if is_symbol(p) else f'{float(p):.0f}%'} {a}"
        for a, p in zip(g["answer"], g["percent"], strict=True)
    ]
    verb = "chose" if q.type == "multi_choice" else "said"
    first, rest = parts[0].split(" ", 1)
    parts[0] = f"{first} {verb} {rest}"
    base_text = base if is_symbol(base) else f"{int(base):,}"
    joined = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
    more = " More than one answer could be chosen." if q.type == "multi_choice" else ""
    return f"Of the {base_text} who answered, {joined}.{more}"


def _text_column(q: Question) -> str | None:
    return q.columns.get("text")


def _opinion_text(q: Question) -> bool:
    """Whether a question's free text is a view an analyst would theme.

    Not a cost figure written out (Q17 other costs) nor the detail beside a ticked option (Q2's
    "please specify the nature of the partnership"): those are facts, and a draft that promised
    themes for them would promise what never comes.
    """
    return q.parse != "money" and not any(o.detail for o in q.options)


def write_document(
    processed: str | Path,
    out: str | Path,
    template: str | Path | None = None,
    settings: Any = None,
    spec: Spec | None = None,
    unit_costs: str | Path | UnitCosts | None = None,
    campaign: str | None = None,
    themes: pd.DataFrame | None = None,
) -> Path:
    """Write the draft Government response (.docx) from the processed folder.

    Parameters
    ----------
    processed : the processed folder
    out : the .docx to write
    template : a .docx whose styles, page set-up, headers and footers the document takes
    settings : mapping or path (the shipped settings by default): disclosure rules, publication
    spec : the questionnaire (default: the shipped one)
    unit_costs : a unit-cost CSV or loaded ``UnitCosts`` (default: the shipped table)
    campaign : "each" or "once" (default: the settings' ``campaigns.policy``)
    themes : theme counts per text field (``field``, ``theme``, ``count``, ``base``); by default those
        of the themes assigned in ``processed``, if any

    Returns
    -------
    Path
        ``out``.

    Raises
    ------
    ValueError
        If ``out`` does not end in .docx, or the template is missing or not a Word document.
    FileNotFoundError
        If ``processed`` holds no processed tables.
    """
    out = Path(out)
    if out.suffix.lower() != ".docx":
        raise ValueError(f"{out}: the document must end in .docx")
    spec = spec or load_spec()
    settings = resolve_settings(settings)
    campaign = campaign or settings["campaigns"]["policy"]
    costs = unit_costs if isinstance(unit_costs, UnitCosts) else load_unit_costs(unit_costs, spec)
    data = load_processed(processed, text=True)
    r, ch, roles = data["responses"], data["choices"], data["role_fte"]
    if themes is None:
        themes = themes_for_document(r, data["themes"], campaign=campaign, spec=spec, settings=settings)
    doc = _new_document(template)
    _set_language(doc)
    pub = settings["publication"]
    props = doc.core_properties
    props.title = f"{spec.title}: draft Government response"
    props.author = pub["publisher"]
    props.last_modified_by = pub["publisher"]
    props.comments = "Draft written by svanalysis from the consultation responses; not for publication as it stands."
    props.language = "en-GB"
    w = _Writer(doc, spec, settings)

    doc.add_paragraph(spec.title, style=w.style("Title"))
    w.para("Draft Government response: summary of consultation responses")
    w.para(
        f"Draft built on {dt.date.today().day} {dt.date.today():%B %Y} from the consultation responses. "
        f"Publication date: {publication_date(settings)}. Contact: {pub['contact']}."
    )

    # ---------------------------------------------------------------- introduction
    w.heading("Introduction", 1)
    opens, closes = spec.raw.get("opens"), spec.raw.get("closes")
    w.para(
        f"The consultation '{spec.title}' ran from {_date(opens)} to {_date(closes)} and asked for views on three "
        "options: " + "; ".join(f"{o['name']}: {o['title']}" for o in spec.options) + "."
    )
    w.para("[Background to the consultation and the policy context, to be written.]")

    # ---------------------------------------------------------------- who responded
    w.heading("Who responded", 1)
    w.bullets(who_responded(r, settings=settings, spec=spec))
    df = analysis_frame(r)
    for title, qid in (
        ("Responses by respondent type", "respondent_type"),
        ("Responses by sector (Q1)", spec.breakdown_question("sector").id),
        ("Responses by region (Q3)", spec.breakdown_question("region").id),
    ):
        t = support_table(r, qid, campaign=campaign, spec=spec, settings=settings)
        w.table(_gate_table(t, settings)[["answer", "count", "percent"]], title)
    channels = df["channel"].astype(object).value_counts(sort=False) if "channel" in df else pd.Series(dtype=int)
    ct = pd.DataFrame({"channel": [str(c) for c in channels.index], "responses": channels.to_numpy()})
    w.table(_gate_table(ct, settings, count_columns=["responses"]), "Responses by channel")
    w.heading("Organised campaigns", 2)
    w.bullets(campaign_findings(r, settings, spec))
    camps = campaign_summary(r, spec=spec)
    if len(camps) > CAMPAIGNS_SHOWN:
        rest = camps.iloc[CAMPAIGNS_SHOWN:]
        w.para(
            f"The {CAMPAIGNS_SHOWN} largest campaigns are described below; {len(rest):,} smaller ones "
            f"({count_text(int(rest['responses'].sum()), settings)} responses) are not."
        )
    for k, row in camps.head(CAMPAIGNS_SHOWN).iterrows():
        how = campaign_how(row, settings)
        field = field_label(row["field"], spec) if row["field"] else "no common text"
        w.para(f"Campaign {k + 1}: {count_text(int(row['responses']), settings)} responses, {how}, answering {field}.")
        text = campaign_template(row, settings, spec)
        w.para(
            f"“{text}”" if text else "Its text is not shown: no member agreed to publication.",
            "Quote" if text else "Normal",
        )

    # ---------------------------------------------------------------- summary
    w.heading("Summary of responses", 1)
    w.bullets(support_findings(r, campaign, settings, spec))
    w.figure(plot_option_support(r, campaign=campaign, spec=spec, settings=settings))

    # ---------------------------------------------------------------- questions
    cost = publishable(
        pd.concat(
            [
                baseline_table(r, ch, roles, costs, campaign=campaign, spec=spec, settings=settings)[
                    "current_resources"
                ],
                cost_benefit_table(
                    r, roles, costs, breakdowns=(None,), campaign=campaign, spec=spec, settings=settings
                ),
            ],
            ignore_index=True,
        ).query("breakdown == 'overall'"),
        settings,
    )
    roles_pub = publishable(role_summary(r, roles, campaign=campaign, spec=spec), settings)
    themes_pub = _themes(themes, settings)
    part = None
    for q in spec.questions:
        if q.number is None:
            continue
        if q.part != part:
            part = q.part
            w.heading(spec.parts.get(part, f"Part {part}"), 1)
        w.heading(f"Question {q.number}: {q.text}", 2)
        _question(w, q, r, ch, cost, roles_pub, themes_pub, campaign, costs, data["themes"])

    # ---------------------------------------------------------------- methods
    w.heading("Annex: how the responses were analysed", 1)
    rules = disclosure_rules(settings)
    for text in (
        "Percentages are of those who answered each question (the base); blank answers are left out of the base, not counted as 'no'.",
        "Where a respondent responded more than once, only the latest response is counted. Responses from organised campaigns are counted individually unless a table says otherwise.",
        "Consultation responses are self-selected: the results describe those who responded, not the public, and are not weighted. Organisations may represent many people.",
        "Answers to Questions 8 to 13 given only in writing were coded Yes, No, Mixed or Unclear from what respondents wrote, and checked by a person where the coding was uncertain.",
        rules.note() + f" Money is rounded to {rules.money_significant_figures} significant figures.",
        f"Costs were monetised with the unit costs shipped with svanalysis: annual pay by role with an on-cost uplift of {costs.uplift:.0%}, and volunteer time at £{costs.volunteer_hour:.2f} an hour.",
        "Quotes are from respondents who agreed to publication, attributed by type of respondent only; names of places, forces and councils are removed.",
    ):
        w.para(text)

    with atomic_path(out) as tmp:
        doc.save(str(tmp))
    return out


def _date(value: Any) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return f"{value.day} {value:%B %Y}"
    return str(value or "")


def _themes(themes: pd.DataFrame | None, settings: Any) -> pd.DataFrame | None:
    if themes is None or themes.empty:
        return None
    t = themes.rename(columns={"theme": "choice"})
    return publishable(t[["field", "choice", "count", "base"]].assign(percent=100 * t["count"] / t["base"]), settings)


def _question(
    w: _Writer,
    q: Question,
    r: pd.DataFrame,
    ch: pd.DataFrame,
    cost: pd.DataFrame,
    roles: pd.DataFrame,
    themes: pd.DataFrame | None,
    campaign: str,
    costs: UnitCosts,
    assigned: pd.DataFrame | None = None,
) -> None:
    spec, settings = w.spec, w.settings
    text_col = _text_column(q)
    if q.type == "group":
        w.para("The parts of this question follow.")
        return
    if q.type in ("single_choice", "yes_no_explain", "multi_choice"):
        t = support_table(
            r, q.id, choices=ch if q.type == "multi_choice" else None, campaign=campaign, spec=spec, settings=settings
        )
        g = publishable(t, settings)
        w.para(_share_sentence(g, q))
        w.figure(plot_answers(r, q.id, choices=ch, campaign=campaign, spec=spec, settings=settings))
        w.table(
            g[[c for c in ("answer", "count", "base", "percent", "ci_low", "ci_high", "note") if c in g.columns]],
            f"Answers to Q{q.number}",
        )
        if q.type == "multi_choice" and q.other_option is not None:
            w.heading("Other answers given", 3)
            texts = ch[equal_to(ch["question"], q.id)][["respondent_id", "other_text"]].dropna()
            texts = texts.drop_duplicates("respondent_id").astype({"respondent_id": "string"})
            merged = r.astype({"respondent_id": "string"}).merge(texts, on="respondent_id", how="inner")
            w.quotes(merged, "other_text")
    elif q.type == "time_resource":
        option = q.about_option or "current"
        g = cost[(cost["option"] == option) & (cost["measure"].isin(["fte", "volunteer_hours"]))]
        if q.about_option is not None:
            w.bullets(cost_findings(g, q.about_option, spec))
        w.table(
            g[["measure", "n", "median", "q1", "q3", "mean", "total"]],
            f"Answers to Q{q.number}: {'additional ' if q.about_option else ''}time and resource a year",
        )
    elif q.type == "role_grid":
        t = roles[roles["question"] == q.id]
        shown = t[t["respondents"].map(lambda v: is_symbol(v) or int(v) > 0)]
        w.table(
            shown[["role", "respondents", "total_fte", "mean_fte_per_respondent"]],
            f"Answers to Q{q.number}: FTE by role or rank (sums of what respondents reported)",
        )
    elif q.type == "open_text":
        answered = int(analysis_frame(r)[text_col].notna().sum()) if text_col and text_col in r else 0
        w.para(f"{count_text(answered, settings)} respondents answered this question.")
        if q.parse == "money":
            g = cost[(cost["option"] == (q.about_option or "current")) & (cost["measure"] == "other_costs_gbp")]
            w.table(
                g[["measure", "n", "median", "q1", "q3", "mean", "total"]],
                f"Answers to Q{q.number}: other costs a year",
            )
    if text_col and text_col in r:
        framed = themes is not None and bool((themes["field"] == text_col).any())
        if framed or _opinion_text(q):
            w.heading("Themes raised", 3)
            _themes_block(w, q, text_col, themes)
        if framed and assigned is not None:
            _theme_quotes(w, r, assigned, text_col, list(themes.loc[themes["field"] == text_col, "choice"]))
        if q.parse != "money":  # the text beside a cost figure is the figure: no quotes
            w.heading("What respondents said", 3)
            w.quotes(r, text_col)
    w.government_response()


def _theme_quotes(
    w: _Writer, r: pd.DataFrame, assigned: pd.DataFrame, field: str, order: list[str], top: int = 3
) -> None:
    """A quote for each of the ``top`` themes raised most (``order``: ranked names), consented only, redacted."""
    q = themes_published_quotes(r, assigned, field, per_theme=1, settings=w.settings, spec=w.spec)
    if q.empty:
        return
    q = q.assign(rank=q["theme"].map({t: k for k, t in enumerate(order)})).sort_values("rank").head(top)
    for theme, text, who in zip(q["theme"], q["quote"], q["attribution"], strict=True):
        w.para(f"{theme}: “{text}” ({who})", "Quote")


def _themes_block(w: _Writer, q: Question, field: str, themes: pd.DataFrame | None) -> None:
    """The themes raised in answers to a question: counted when a code frame exists, else a note."""
    part = themes[themes["field"] == field] if themes is not None else None
    if part is None or part.empty:
        w.para(
            "Themes are not yet coded for this question. When a code frame has been signed off and themes "
            "assigned (svanalysis themes), the themes raised and how many raised them appear here."
        )
        return
    w.table(
        part[["choice", "count", "base", "percent"]].rename(columns={"choice": "answer"}),
        f"Themes raised in answers to Q{q.number}",
    )
