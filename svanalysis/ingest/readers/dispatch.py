"""Reading one file with the reader its type calls for.

An email is read for what it carries: when it has attachments that can hold a response (the Word
form, a letter as .docx, .pdf or text), each attachment is read as its own channel and becomes one
response of the email's file, its sender details completed from the email (From, Date); the body
is then a covering note, kept with the first response's letter text only when it says more than
that. An email that says its response is attached but carries none that can be read is rejected
with that reason, rather than taken for an empty letter.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pandas as pd

from svanalysis.core.spec import Spec, load_spec
from svanalysis.ingest.readers.base import FileRead, ReadError, classify
from svanalysis.ingest.readers.letters import (
    ATTACHMENT_SUFFIXES,
    email_attachments,
    letter_text,
    read_letter,
    says_attached,
)
from svanalysis.ingest.readers.tabular import describe, read_table, table_from_plan
from svanalysis.ingest.readers.wordform import NotAForm, read_wordform

__all__ = ["planned_read", "read_file"]


def read_file(path: Path, spec: Spec | None = None, settings: dict[str, Any] | None = None) -> FileRead:
    """Read one input file with the reader its type calls for.

    Raises
    ------
    ReadError
        With a one-line reason, when the file cannot be read.
    """
    spec = spec or load_spec()
    kind = classify(path)
    if path.suffix.lower() == ".eml":
        return _read_email(path, spec, settings)
    threshold = (settings or {}).get("matching", {}).get("header_threshold", 62)
    if kind == "table":
        t = read_table(path, spec, threshold=threshold)
        return FileRead(
            path, "online", None, t.rows_read, t.layout, t.rejects, describe(t), table=t
        )  # info: as read so far
    if kind == "document":
        try:
            slots, info = read_wordform(path, spec)
            return FileRead(path, "word_form", slots, 1, "word form", [], info)
        except NotAForm:
            pass
    if kind in ("document", "letter"):
        slots, info = read_letter(path, spec)
        return FileRead(path, "letter", slots, 1, info.get("structure", "letter"), [], info)
    raise ReadError(
        f"not a file type svanalysis reads ({path.suffix or 'no extension'}): expected CSV, Excel, Word, text, email or PDF"
    )


def planned_read(path: Path, spec: Spec, state: dict[str, Any]) -> FileRead:
    """An export read with a plan kept from an earlier run (``tabular.plan_state``): its header and
    first rows are not read again; its rows are read from where the caller sets ``table.resume_at``."""
    t = table_from_plan(path, spec, state)
    return FileRead(path, "online", None, t.rows_read, t.layout, t.rejects, describe(t), table=t)


_SENDER = ("full_name", "email", "response_date")


def _read_email(path: Path, spec: Spec, settings: dict[str, Any] | None, depth: int = 0) -> FileRead:
    """An email and what it carries (see the module docstring)."""
    body, sender = letter_text(path)
    attachments = email_attachments(path)
    rows: list[pd.DataFrame] = []
    read: list[dict[str, Any]] = []
    not_read: list[dict[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="svanalysis-email-") as tmp:
        for name, data in attachments:
            if Path(name).suffix.lower() not in ATTACHMENT_SUFFIXES or depth > 1:
                not_read.append({"attachment": name, "reason": "not a kind of file a response comes in"})
                continue
            p = Path(tmp) / name
            p.write_bytes(data)
            try:
                fr = (
                    _read_email(p, spec, settings, depth + 1)
                    if p.suffix.lower() == ".eml"
                    else read_file(p, spec, settings)
                )
            except ReadError as exc:
                not_read.append({"attachment": name, "reason": str(exc)})
                continue
            if fr.slots is None:  # an export attached to an email: one response per row is not this
                not_read.append({"attachment": name, "reason": "a spreadsheet: save it with the other exports"})
                continue
            slots = fr.slots.copy()
            slots["_channel"] = fr.channel
            for key in _SENDER:  # the sender's details from the email where the attachment has none
                if sender.get(key) and (key not in slots or not str(slots[key].iat[0] or "").strip()):
                    slots[key] = sender[key]
            rows.append(slots)
            read.append({"attachment": name, "channel": fr.channel, "layout": fr.layout, "row": len(rows)})
    if not rows:
        if says_attached(body) and (attachments or len(body.split()) < 80):
            names = ", ".join(a["attachment"] for a in not_read) or "none"
            raise ReadError(
                f"the email says its response is attached, but no attachment could be read (attachments: {names})"
            )
        slots, info = read_letter(path, spec)
        info["attachments_not_read"] = not_read
        return FileRead(path, "letter", slots, 1, info.get("structure", "letter"), [], info)
    out = pd.concat(rows, ignore_index=True)
    out["_row"] = range(1, len(out) + 1)
    if not says_attached(body) and len(body.split()) >= 40:  # the body says more than "see attached"
        first = out.at[0, "letter_text"] if "letter_text" in out else None
        joined = body.strip() if not isinstance(first, str) or not first else f"{first}\n\n{body.strip()}"
        out["letter_text"] = out.get("letter_text", pd.Series([None] * len(out))).astype("object")
        out.at[0, "letter_text"] = joined
    info = {"attachments": read, "attachments_not_read": not_read}
    return FileRead(path, str(out["_channel"].iat[0]), out, len(out), "email with attachments", [], info)
