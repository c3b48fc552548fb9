"""The Word version of the response form, rendered from the questionnaire spec.

``write_form`` makes the blank form respondents download: every question of the paper in order,
tick boxes (☐) for choices, tables for the time/resource blocks, the role grids and "About you",
and a one-cell table as the answer box of each open question. Because it is rendered from the spec,
the form and the reader (``svanalysis.ingest.readers.wordform``) can never disagree about a label.

``render_form`` can also fill the form in, in the ways respondents really do (☒, ✓, [x], an X,
deleting the options not chosen, answers typed as paragraphs instead of in the boxes); the synthetic
generator uses this to make realistic Word responses.
"""

from __future__ import annotations

import io
import random
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from svanalysis.core.checks import check_choice
from svanalysis.core.io import write_bytes
from svanalysis.core.spec import Question, Spec, load_spec
from svanalysis.synth.respondent import Respondent

__all__ = ["BOX", "FILL_STYLES", "TICK_MARKS", "fill_form", "render_form", "write_form"]

BOX = "☐"
# How a ticked box is shown, by fill style.
TICK_MARKS = {"tick": "☒", "check": "✓", "heavy_check": "✔", "ballot": "☑", "bracket": "[x]", "x": "X"}
FILL_STYLES = ("tick", "check", "heavy_check", "ballot", "bracket", "x", "delete", "paras")

FORM_TITLE_SUFFIX = "Response form"


def _answer_box(doc: Any, text: str = "") -> None:
    table = doc.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    table.cell(0, 0).text = text
    doc.add_paragraph("")


class _Filler:
    """Reads a synthetic respondent's raw answers for the form renderer."""

    def __init__(self, R: Respondent | None, style: str, seed: int):
        self.R = R
        self.style = style
        self.rng = random.Random(seed)

    @property
    def blank(self) -> bool:
        return self.R is None

    def slot(self, name: str) -> str:
        return "" if self.R is None else (self.R.slots.get(name) or "")

    def ticked(self, q: Question, label: str) -> bool:
        if self.R is None:
            return False
        if q.type == "multi_choice":
            return any(c["question"] == q.id and c["choice"] == label for c in self.R.choices)
        truth_col = q.columns.get("value")
        raw = self.slot(q.id)
        if not raw:
            return False
        # closed answers are ticked by their canonical label
        truth = self.R.truth.get(truth_col) if truth_col else None
        if q.stance:
            closed_for = {v: k for k, v in load_spec().stance_closed_map.items()}
            method = self.R.truth.get(q.columns["method"])
            return method == "closed" and closed_for.get(truth) == label
        if q.id == "q1":
            return label == ("Other" if self.R.slots.get("q1.other") else truth)
        return truth == label

    def mark(self, on: bool) -> str:
        if not on:
            return "[ ]" if self.style == "bracket" else BOX
        return (
            TICK_MARKS.get(self.style, TICK_MARKS["tick"])
            if self.style not in ("delete", "paras")
            else (TICK_MARKS["tick"] if self.style == "paras" else BOX)
        )


def _options(doc: Any, q: Question, f: _Filler, options: Any) -> None:
    any_ticked = (not f.blank) and any(f.ticked(q, o.label) for o in options)
    for i, o in enumerate(options):
        on = f.ticked(q, o.label)
        if f.style == "delete" and any_ticked and not on:
            continue  # the respondent deleted the options not chosen
        text = f"{f.mark(on)} {o.paper_text}"
        extra = ""
        if on and o.other:
            extra = f.slot(f"{q.id}.other")
        elif on and o.detail and q.type == "multi_choice":
            extra = f.slot(f"{q.id}.detail.{i}")
        elif on and o.detail and q.type == "yes_no_explain":
            extra = f.slot(f"{q.id}.text")
        if extra:
            text = f"{text} {extra}"
        doc.add_paragraph(text)


def render_form(spec: Spec | None = None, filled: Respondent | None = None, style: str = "tick", seed: int = 0) -> Any:
    """Build the response form as a python-docx Document.

    Parameters
    ----------
    spec : Spec, optional
        The questionnaire; the shipped one by default.
    filled : Respondent, optional
        A synthetic respondent whose answers are written into the form.
    style : str
        How a filled form shows its ticks and answers (one of ``FILL_STYLES``).
    seed : int
        Seed for the small random choices a filler makes.
    """
    spec = spec or load_spec()
    check_choice("style", style, FILL_STYLES)
    f = _Filler(filled, style, seed)
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    doc.core_properties.title = f"{spec.title}: {FORM_TITLE_SUFFIX}"
    doc.core_properties.author = spec.raw.get("publisher", "")
    doc.add_heading(spec.title, level=0)
    doc.add_paragraph(
        f"{FORM_TITLE_SUFFIX}. {spec.raw.get('publisher', '')} consultation, {spec.raw.get('geography', '')}."
    )
    doc.add_paragraph(
        f"How to fill in this form: tick a box by replacing {BOX} with {TICK_MARKS['tick']} (or typing an X), "
        "and type your answers in the boxes. Answer any or all of the questions."
    )
    last_part = None
    for q in spec.questions:
        if q.part != last_part:
            doc.add_heading(str(spec.parts.get(q.part, f"Part {q.part}")), level=1)
            last_part = q.part
        if q.about_option and q.type == "time_resource":
            o = next(o for o in spec.options if int(o["number"]) == q.about_option)
            doc.add_heading(f"{o['name']}: {o['title']}", level=2)
        doc.add_heading(f"{q.number}. {q.text}", level=3)
        _question(doc, q, f)
    _about_you(doc, spec, f)
    return doc


def _text_answer(doc: Any, f: _Filler, text: str) -> None:
    if f.style == "paras" and not f.blank:
        if text:
            for para in text.split("\n"):
                doc.add_paragraph(para)
        return
    _answer_box(doc, text)


def _question(doc: Any, q: Question, f: _Filler) -> None:
    if q.type == "group":
        return
    if q.type in ("single_choice", "multi_choice"):
        _options(doc, q, f, q.options)
    elif q.type == "yes_no_explain" and not q.stance:
        _options(doc, q, f, q.options)
    elif q.type == "yes_no_explain":
        _options(doc, q, f, q.closed_options)
        doc.add_paragraph(f"{q.text_prompt}:")
        _text_answer(doc, f, f.slot(f"{q.id}.text"))
    elif q.type == "open_text":
        _text_answer(doc, f, f.slot(q.id))
    elif q.type == "time_resource":
        table = doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for c in q.components:
            row = table.add_row().cells
            row[0].text, row[1].text = c.paper_text, f.slot(f"{q.id}.{c.key}")
        doc.add_paragraph("")
    elif q.type == "role_grid":
        table = doc.add_table(rows=1, cols=2)
        table.style = "Table Grid"
        table.cell(0, 0).text, table.cell(0, 1).text = "Role/rank", "Full Time Equivalents (FTEs)"
        for i, o in enumerate(q.options):
            value = f.slot(f"{q.id}.role.{i}")
            if f.style == "delete" and not f.blank and not value and f.rng.random() < 0.5:
                continue  # some respondents delete the rows they leave blank
            row = table.add_row().cells
            label = o.paper_text
            if o.other and f.slot(f"{q.id}.other") and value:
                label = f"{label} {f.slot(f'{q.id}.other')}"
            row[0].text, row[1].text = label, value
        doc.add_paragraph("")


def _about_you(doc: Any, spec: Spec, f: _Filler) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading(str(spec.parts.get("about", "About you")), level=1)
    doc.add_paragraph(spec.raw.get("about_you", {}).get("intro", ""))
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    # options side by side in one cell cannot be deleted one by one: always tick them
    mark = (lambda on: TICK_MARKS["tick"] if on else BOX) if f.style in ("delete", "paras") else f.mark
    for field in spec.about_you:
        row = table.add_row().cells
        if field.type == "personal":
            value = f.slot(field.id)
            if field.id == "acknowledge":
                value = mark(value.lower() == "yes") if not f.blank else BOX
            row[0].text, row[1].text = field.text, value
        else:
            truth = None if f.blank else f.R.truth.get(field.columns.get("value"))  # type: ignore[union-attr]
            row[0].text, row[1].text = (
                field.text,
                "   ".join(f"{mark(truth == o.label)} {o.label}" for o in field.options),
            )


def _to_bytes(doc: Any) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def write_form(path: str | Path, spec: Spec | None = None) -> Path:
    """Write the blank response form to ``path`` (.docx), atomically.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = write_form(pathlib.Path(tempfile.mkdtemp()) / "form.docx")
    >>> p.stat().st_size > 10_000
    True
    """
    path = Path(path)
    if path.suffix.lower() != ".docx":
        raise ValueError(f"the form is a Word file: the output name must end in .docx; got {path.name!r}")
    return write_bytes(_to_bytes(render_form(spec)), path)


def fill_form(R: Respondent, style: str = "tick", seed: int = 0) -> bytes:
    """Return the bytes of a form filled in with ``R``'s answers in the given style."""
    return _to_bytes(render_form(filled=R, style=style, seed=seed))
