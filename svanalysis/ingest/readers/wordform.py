"""The Word response form, filled in by a respondent.

The document is flattened into a sequence of items in reading order (paragraphs, and table rows as
lists of cell texts), then cut at the question headings ("8. Do you agree ...", "Q8", "Question 8")
that match the spec. Each question's items are read according to its type:

- options are lines that start (or end) with a box; a box counts as ticked when it shows ☒ ☑ ✓ ✔
  ✗ [x] (x) or a plain X. Respondents who delete the options they did not choose leave fewer option
  lines than the form had, with no tick: the lines left are the answer.
- text after an option's label ("Other, please specify: fire service") is its "Other" text or
  description; any other text under a question is its answer or explanation, whether typed in the
  answer box (a one-cell table) or as paragraphs.
- the time/resource blocks, role grids and "About you" are two-column tables (label, answer), and
  are also read when written as "label: answer" paragraphs.

A .docx with fewer than four recognisable question headings is not the form: ``NotAForm`` sends it
to the letter reader.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pandas as pd
from rapidfuzz import fuzz

from svanalysis.core.spec import Question, Spec, load_spec
from svanalysis.core.text import norm, squash
from svanalysis.ingest.readers.base import ReadError

__all__ = ["TICK_PATTERN", "NotAForm", "document_items", "read_wordform"]

MIN_ANCHORS = 4
_TICKED = "☒☑✓✔✗✘■●⊠"
TICK_PATTERN = re.compile(r"^\s*(?P<mark>[☐☒☑✓✔✗✘■□●○⊠]|\[\s*[xX✓✔]?\s*\]|\(\s*[xX]?\s*\)|[xX](?=\s+\S))\s*")
_TRAILING_TICK = re.compile(rf"\s*(?:[-–:]\s*)?(?P<mark>[{_TICKED}]|\[\s*[xX]\s*\]|\(\s*[xX]\s*\)|\b[xX])\s*$")
_ANCHOR = re.compile(r"^\s*(?:q(?:uestion)?\s*\.?\s*)?(\d{1,2}(?:\.\d)?)\s*[.):\-–]?\s+(.*)$", re.I | re.S)
_ANCHOR_BARE = re.compile(r"^\s*(?:q(?:uestion)?\s*\.?\s*)(\d{1,2}(?:\.\d)?)\s*[.):\-–]?\s*$", re.I)


class NotAForm(Exception):
    """The document is not the response form (probably a letter)."""


def _is_ticked(mark: str) -> bool:
    m = mark.strip()
    if m in ("☐", "□", "○"):
        return False
    if m.startswith("["):
        return bool(re.search(r"[xX✓✔]", m))
    if m.startswith("("):
        return bool(re.search(r"[xX]", m))
    return True


def document_items(path: Path) -> list[dict[str, Any]]:
    """Paragraphs and table rows of a .docx, in reading order.

    Each item is ``{"kind": "p", "text": str, "style": str}`` (the paragraph style's name, "" if none) or
    ``{"kind": "row", "cells": [str, ...]}``.
    """
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        doc = Document(str(path))
    except Exception as exc:  # python-docx raises several kinds for broken files
        head = path.open("rb").read(8)
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            raise ReadError(
                "file is password protected (an encrypted Word file) or an old .doc: save it as .docx"
            ) from None
        raise ReadError(f"not a readable Word document ({type(exc).__name__})") from None
    items: list[dict[str, Any]] = []

    def walk_table(table: Table) -> None:
        for row in table.rows:
            cells, seen = [], set()
            for cell in row.cells:
                if id(cell._tc) in seen:  # a merged cell appears once per grid column
                    continue
                seen.add(id(cell._tc))
                cells.append("\n".join(p.text for p in cell.paragraphs).strip())
                for inner in cell.tables:
                    walk_table(inner)
            items.append({"kind": "row", "cells": cells})

    body = doc.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(child, doc)
            try:
                style = para.style.name if para.style is not None else ""
            except (KeyError, ValueError):  # a style the document names but does not define
                style = ""
            items.append({"kind": "p", "text": para.text, "style": style or ""})
        elif tag == "tbl":
            walk_table(Table(child, doc))
    return items


def _anchor(text: str, spec: Spec, numbers: dict[str, Question]) -> Question | None:
    m = _ANCHOR.match(text)
    if m:
        q = numbers.get(m.group(1))
        if q is None:
            return None
        rest = squash(m.group(2))
        if not rest:
            return q
        score = max(fuzz.token_set_ratio(norm(rest), norm(v)) for v in (q.text, q.short or q.text, *q.aliases))
        # a heading: most of the question's words, not an answer that happens to start with a number
        return q if (score >= 70 and len(rest) > 0.3 * len(q.text)) or score >= 92 else None
    m = _ANCHOR_BARE.match(text)
    if m:
        return numbers.get(m.group(1))
    return None


def _split_sections(
    items: list[dict[str, Any]], spec: Spec
) -> tuple[dict[str, list[dict[str, Any]]], list[dict[str, Any]]]:
    numbers = {q.number: q for q in spec.questions if q.number}
    sections: dict[str, list[dict[str, Any]]] = {}
    about: list[dict[str, Any]] = []
    current: str | None = None
    about_title = norm(spec.parts.get("about", "About you"))
    # headings of the form's structure (parts, options) end the answer above them
    structure = {norm(str(t)) for k, t in spec.parts.items() if k != "about"}
    structure |= {norm(f"{o['name']}: {o['title']}") for o in spec.options}
    for item in items:
        first = item["text"] if item["kind"] == "p" else (item["cells"][0] if item["cells"] else "")
        if first and (
            norm(first) in structure or any(fuzz.ratio(norm(first), x) >= 92 for x in structure if len(first) > 20)
        ):
            if current != "_about":
                current = None
            continue
        q = _anchor(first, spec, numbers) if first else None
        if q is not None and q.id not in sections:
            current = q.id
            sections[current] = []
            if item["kind"] == "row" and len(item["cells"]) > 1:
                # the question in one cell and the answer beside it
                sections[current].append({"kind": "p", "text": "\n".join(item["cells"][1:])})
            continue
        if norm(first) == about_title:
            current = "_about"
            continue
        if current == "_about":
            about.append(item)
        elif current is not None:
            sections[current].append(item)
    return sections, about


def _parse_option_line(text: str) -> tuple[bool | None, str]:
    """(ticked?, rest of the line); ticked is None when the line has no box at all."""
    m = TICK_PATTERN.match(text)
    if m:
        return _is_ticked(m.group("mark")), text[m.end() :].strip()
    m = _TRAILING_TICK.search(text)
    if m and len(text) > len(m.group(0)) + 1:
        return _is_ticked(m.group("mark")), text[: m.start()].strip()
    return None, text.strip()


def _option_of(rest: str, options: tuple[Any, ...]) -> tuple[int | None, str]:
    """Which option a line names, and the text typed after the option's wording."""
    low = norm(rest)
    best, best_i, tail = 0.0, None, ""
    for i, o in enumerate(options):
        for wording in (o.paper_text, o.label, *o.synonyms):
            w = norm(wording)
            if not w:
                continue
            if low == w:
                return i, ""
            if low.startswith(w) and (len(low) == len(w) or not low[len(w)].isalnum()):
                score = 100.0 + len(w) / 1000
                # the respondent's own text follows the wording
                raw_tail = _after_wording(rest, wording)
                if score > best:
                    best, best_i, tail = score, i, raw_tail
    if best_i is not None:
        return best_i, tail
    for i, o in enumerate(options):
        if fuzz.ratio(low, norm(o.label)) >= 90 or (
            len(low) > 12 and fuzz.partial_ratio(norm(o.paper_text), low) >= 95
        ):
            return i, ""
    return None, rest


def _after_wording(rest: str, wording: str) -> str:
    n = len(wording)
    # compare case-insensitively on the original text, allowing quote/space differences
    idx = 0
    target = norm(wording)
    for j in range(len(rest) + 1):
        if norm(rest[:j]) == target:
            idx = j
            break
    else:
        idx = n
    return rest[idx:].strip(" :.-–")


def _lines(items: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(kind, text) lines of a section: paragraphs split into lines, table rows as cells joined."""
    out = []
    for it in items:
        if it["kind"] == "p":
            for line in it["text"].split("\n"):
                if line.strip():
                    out.append(("p", line))
        else:
            cells = [c for c in it["cells"] if c.strip()]
            if cells:
                out.append(("row", "\t".join(it["cells"])))
    return out


def _read_choice(q: Question, items: list[dict[str, Any]], slots: dict[str, str], stance: bool = False) -> None:
    options = q.closed_options if stance else q.options
    found: list[tuple[int, bool | None, str]] = []
    other_text: list[str] = []
    for kind, line in _lines(items):
        for part in line.split("\t") if kind == "row" else [line]:
            for piece in _split_inline_boxes(part):
                ticked, rest = _parse_option_line(piece)
                i, tail = _option_of(rest, options)
                if i is not None and (
                    ticked is not None or len(norm(rest)) <= len(norm(options[i].paper_text)) + 2 or tail
                ):
                    found.append((i, ticked, tail))
                elif piece.strip() and not _is_prompt(piece, q):
                    other_text.append(piece.strip())
    chosen: list[tuple[int, str]] = [(i, tail) for i, t, tail in found if t]
    if not chosen and found and all(t is None or t is False for _, t, _ in found):
        # options deleted: the lines left (fewer than the form had) are the answer
        present = {i for i, _, _ in found}
        unticked_boxes = any(t is False for _, t, _ in found)
        if len(present) < len(options) and not (unticked_boxes and len(present) == len(options)):
            chosen = [(i, tail) for i, _, tail in found]
        # a single option line with typed text after it is chosen
        chosen = chosen or [(i, tail) for i, t, tail in found if tail]
    labels = []
    for i, tail in chosen:
        o = options[i]
        if o.label not in labels:
            labels.append(o.label)
        if tail:
            if o.other:
                slots[f"{q.id}.other"] = tail
            elif o.detail and q.type == "multi_choice":
                slots[f"{q.id}.detail.{i}"] = tail
            elif o.detail:
                slots[f"{q.id}.text"] = tail
    if q.type == "multi_choice":
        if labels:
            slots[q.id] = "\n".join(labels)
    elif labels:
        slots[q.id] = labels[0]
    text = "\n".join(t for t in other_text if t)
    if text:
        if stance or q.type == "yes_no_explain":
            slots[f"{q.id}.text"] = (slots.get(f"{q.id}.text", "") + "\n" + text).strip()
        elif not labels and q.type == "single_choice":
            slots[q.id] = text  # an answer typed instead of ticked
        elif q.other_option is not None and not slots.get(f"{q.id}.other"):
            slots[f"{q.id}.other"] = text


def _split_inline_boxes(text: str) -> list[str]:
    """ "☒ Yes   ☐ No" on one line -> ["☒ Yes", "☐ No"]."""
    parts = re.split(r"\s{2,}(?=[☐☒☑✓✔✗✘■□]|\[\s*[xX ]?\s*\])|(?<=\S)\s+(?=[☐☒☑■□]\s)", text)
    return [p for p in parts if p.strip()]


def _is_prompt(text: str, q: Question) -> bool:
    t = norm(text)
    if not t:
        return True
    prompts = [
        q.text_prompt or "",
        "please explain why",
        "if not, please explain why",
        "please explain",
        "answer",
        "your answer",
    ]
    return any(t == norm(p) for p in prompts if p) or (
        q.text_prompt is not None and fuzz.ratio(t, norm(q.text_prompt)) >= 90
    )


def _read_pairs(q: Question, items: list[dict[str, Any]], slots: dict[str, str]) -> None:
    """Label | answer rows (time/resource, role grid), or "label: answer" lines."""
    rows: list[tuple[str, str]] = []
    loose: list[str] = []
    for it in items:
        if it["kind"] == "row" and len(it["cells"]) >= 2:
            rows.append((it["cells"][0], " ".join(c for c in it["cells"][1:] if c).strip()))
        elif it["kind"] == "row" and it["cells"]:
            loose.append(it["cells"][0])
        elif it["kind"] == "p":
            for line in it["text"].split("\n"):
                m = re.match(r"^\s*(.+?)\s*[:=\t]\s*(.+)$", line)
                if m:
                    rows.append((m.group(1), m.group(2)))
                elif line.strip():
                    loose.append(line.strip())
    if q.type == "time_resource":
        for label, value in rows:
            key = _component_of(label, q)
            if key and value.strip():
                slots[f"{q.id}.{key}"] = value.strip()
        if loose and not any(f"{q.id}.{c.key}" in slots for c in q.components):
            slots[q.id] = "\n".join(loose)
        return
    labels = [o.label for o in q.options]
    for label, value in rows:
        if not value.strip() or norm(label) in ("role/rank", "role", "role or rank"):
            continue
        i, tail = _option_of(label, q.options)
        if i is None:
            continue
        slots[f"{q.id}.role.{i}"] = value.strip()
        if q.options[i].other and tail:
            slots[f"{q.id}.other"] = tail
    if loose and not any(k.startswith(f"{q.id}.role.") for k in slots):
        slots[q.id] = "\n".join(loose)
    del labels


def _component_of(label: str, q: Question) -> str | None:
    t = norm(label)
    for c in q.components:
        for w in (c.paper_text, c.label, *c.synonyms):
            if fuzz.ratio(t, norm(w)) >= 88:
                return c.key
    if re.search(r"full[ -]?time|\bftes?\b", t):
        return "fte"
    for word, key in (("week", "week"), ("month", "month"), ("year", "year")):
        if word in t:
            return key
    return None


def _read_about(spec: Spec, items: list[dict[str, Any]], slots: dict[str, str]) -> None:
    for it in items:
        if it["kind"] == "row" and len(it["cells"]) >= 2:
            label, value = it["cells"][0], " ".join(c for c in it["cells"][1:] if c).strip()
        elif it["kind"] == "p" and ":" in it["text"]:
            label, value = (x.strip() for x in it["text"].split(":", 1))
        else:
            continue
        f = _about_field(label, spec)
        if f is None or not value:
            continue
        if f.type == "personal":
            if f.id == "acknowledge":
                ticked, _ = _parse_option_line(value)
                value = "Yes" if ticked or norm(value) in ("yes", "x") else ""
            if value:
                slots[f.id] = value
        else:
            # tick boxes in one cell: "☒ Organisation   ☐ Individual"
            chosen = None
            for piece in _split_inline_boxes(value):
                ticked, rest = _parse_option_line(piece)
                i, _ = _option_of(rest, f.options)
                if ticked and i is not None:
                    chosen = f.options[i].label
            if chosen is None:
                boxes = [p for p in _split_inline_boxes(value) if _parse_option_line(p)[0] is not None]
                if not boxes:
                    chosen = value  # typed rather than ticked
            if chosen:
                slots[f.id] = chosen


def _about_field(label: str, spec: Spec) -> Question | None:
    t = norm(label)
    best, best_f = 0.0, None
    for f in spec.about_you:
        for v in (f.text, *f.aliases):
            s = fuzz.ratio(t, norm(v))
            if len(t) > 20:
                s = max(s, fuzz.token_set_ratio(t, norm(v)) - 5)
            if s > best:
                best, best_f = s, f
    return best_f if best >= 85 else None


def read_wordform(path: str | Path, spec: Spec | None = None) -> tuple[pd.DataFrame, dict[str, Any]]:
    """Read a filled response form into one row of slots.

    Raises
    ------
    NotAForm
        If the document does not have the form's question headings (it is read as a letter).
    ReadError
        If the file cannot be opened.
    """
    path = Path(path)
    spec = spec or load_spec()
    items = document_items(path)
    sections, about = _split_sections(items, spec)
    if len(sections) < MIN_ANCHORS:
        raise NotAForm(f"{path.name}: only {len(sections)} question headings")
    slots: dict[str, str] = {}
    for qid, its in sections.items():
        q = spec.question(qid)
        if q.type in ("single_choice", "multi_choice"):
            _read_choice(q, its, slots)
        elif q.type == "yes_no_explain":
            _read_choice(q, its, slots, stance=q.stance)
        elif q.type in ("time_resource", "role_grid"):
            _read_pairs(q, its, slots)
        elif q.type == "open_text":
            text = "\n".join(line for kind, line in _lines(its) if not _is_prompt(line, q))
            if text.strip():
                slots[q.id] = text.strip()
    _read_about(spec, about, slots)
    df = pd.DataFrame([{"_row": 1, **slots}])
    answered = [k for k in slots if not k.startswith("_") and spec.slot(k).kind != "personal"]
    return df, {"questions_found": len(sections), "answers": len(answered)}
