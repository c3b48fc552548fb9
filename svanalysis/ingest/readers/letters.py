"""Free-form responses: letters and emails (.txt, .md, .eml, a .docx that is not the form, .pdf).

A letter is kept whole (``letter_text``, without its address block and signature) and, where its
author used the questionnaire's structure, split into per-question answers:

- **numbered**: "Question 9 -", "Q9:", "Q.9", "9)", "9.", "### 9. <question text>", "Response to
  question 11". A run of small plain numbers ("1. 2. 3." in a list of suggestions) is not taken as
  question numbering: plain numbers count only when the letter reaches past the first part of the
  questionnaire (a number of 5 or more), and numbers must rise.
- **topic headings**: short lines standing alone ("The vision", "Community Safety Partnerships
  (Option Two)") matched to the questions by the spec's aliases and option names.
- **unstructured**: no split; the stance coder reads the whole text.

Sender details (From: header, "Name:/Email:/Address:" lines, the address block above the salutation,
the signature block below the closing) go to the PII slots only; a disclaimer at the foot of an
email is dropped. Personal data left inside the body is redacted by cleaning.
"""

from __future__ import annotations

import email
import email.errors
import email.policy
import functools
import html
import itertools
import re
from pathlib import Path
from typing import Any

import pandas as pd
from rapidfuzz import fuzz

from svanalysis.core.spec import Spec, load_spec
from svanalysis.core.text import FORM_LABEL, LIST_MARK, NUMBER_IN_BRACKETS, POSTSCRIPT, RULE_LINE, norm, squash
from svanalysis.ingest.labels import matcher
from svanalysis.ingest.personal import EMAIL, PHONE, POSTCODE
from svanalysis.ingest.readers.base import ReadError
from svanalysis.ingest.readers.wordform import document_items

__all__ = [
    "ATTACHMENT_SUFFIXES",
    "email_attachments",
    "fold_column_tables",
    "fold_grid_tables",
    "fold_ruled_tables",
    "letter_text",
    "read_letter",
    "says_attached",
    "sender_details",
    "split_letter",
]

_SALUTATION = re.compile(
    r"^\s*(dear\b|good (morning|afternoon|evening)\b|to whom it may concern|hello\b|hi\b|annwyl)", re.I
)
_CLOSING = re.compile(
    r"^\s*(yours (faithfully|sincerely|truly)|kind regards|best regards|warm regards|regards|with best wishes|best wishes|"
    r"many thanks|thanks( again)?|thank you[,.]?$|diolch|cofion|sincerely)\b",
    re.I,
)
_DISCLAIMER = re.compile(
    r"^\s*(this e-?mail (and any attachments )?(is|are) confidential|this message (and any attachments )?(is|are) (confidential|intended)|"
    r"confidentiality notice|disclaimer:|rydym yn croesawu gohebiaeth)",
    re.I,
)
_KEY_VALUE = re.compile(
    r"^\s*(?:\*\*|\|)?\s*(?P<key>from|name|full name|submitted by|respondent|on behalf of|job title|position|role|organisation|organization|"
    r"address|postcode|post code|e-?mail|telephone|tel|phone|mobile|direct line|date|our ref|your ref|ref|acknowledgement requested|"
    r"sector|region|area|responding as|respondent type)"
    r"\s*(?:\*\*)?\s*[:|]\s*(?:\*\*)?\s*(?P<value>.*?)\s*\|?\s*$",
    re.I,
)

# question markers at the start of a line
_Q_STRONG = re.compile(
    # (in italics too, round 38: "*Q11 Do you consider that Option 2 ...?*")
    r"^\s*(?:[-*•]\s+)?(?:#{1,6}\s*)?(?:\*\*?|__?)?\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+(?=(?:question|q)\s*\.?\s*\d))?"
    r"\[?\s*(?:(?:re|consultation|in\s+response\s+to|our\s+response\s+to)\s*:?\s+)?"
    r"(?:(?:response|answer|reply)\s+to\s+(?:(?:question|q)\s*\.?\s*)?|(?:question|q)\s*\.?\s*)(?P<n>\d{1,2}(?:\.\d)?)\s*\]?\s*(?:\*\*)?\s*"
    r"(?:\([^()\n]{1,60}\)\s*)?[-–—:.)]?\s*(?:\*\*)?\s*",
    re.I,
)  # "- Q9 (Option One): No." in a bulleted list names its question too; "Re question 9", "[Q9]"; a
# heading numbered in the letter's own sections, "4. Question 9: a duty on specified authorities"
# a bare number after "On" or "Re" and a colon or dash: "On 11: this is the one I'd go for", "Re 9 - yes" (not "On 12 May
# we met": a colon or dash must follow the number)
_Q_ON = re.compile(
    r"^\s*(?:[-*•]\s+)?(?:\*\*)?\s*(?:on|re|regarding)\s*:?\s+(?:number\s+|no\.?\s*)?(?P<n>\d{1,2})\s*(?:\*\*)?\s*[:\-–—]\s*"
    r"(?:\*\*)?\s*",
    re.I,
)
# a question named by its number in words: "Question nine", "QUESTION TWELVE:"
_NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
}
_Q_WORD = re.compile(
    r"^\s*(?:[-*•]\s+)?(?:#{1,6}\s*)?(?:\*\*)?\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:re|consultation)\s+)?question\s+(?P<w>"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")\b\s*(?:\*\*)?\s*(?:\([^()\n]{1,60}\)\s*)?[-–—:.)]?\s*(?:\*\*)?\s*",
    re.I,
)
# a row of a Markdown table whose first cell numbers a question: "| 9. Would Option One ...? | Partly | Why |"
_Q_TABLE = re.compile(r"^\s*\|\s*(?:\*\*)?\s*(?:question\s*|q\s*)?(?P<n>\d{1,2})\s*[.):]?\s*(?:\*\*)?(?=\s|\|)", re.I)
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_EMPTY_CELL = re.compile(r"^[\s\-–—*_]*$|^(?:n/?a|none|nil)\.?$", re.I)
# "9. No." or a number alone on its line above the answer ("9." then "No. ...")
# (round 36: or a colon or a spaced dash, "8: Vision yes, focus no.", "11 - I'd go with this.")
_Q_PLAIN = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\*\*)?(?P<n>\d{1,2}(?:\.\d)?)(?:\s*[.):]|\s+[-–—](?=\s))\s*(?:\*\*)?(?:\s+|$)"
)
# questions answered together under one marker: "10 and 12.", "Questions 9 to 11:", "Q10 & Q12 -", "8, 9 and 10)"
_Q_JOINT = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\*\*)?\s*(?P<word>(?:questions?|qs?)\s*\.?\s*)?(?P<n>\d{1,2})"
    r"(?P<mid>(?:\s*,\s*(?:q\s*\.?\s*)?\d{1,2})*)\s*,?\s*(?P<op>and|&|to|-|–)\s*(?:(?:question|q)\s*\.?\s*)?(?P<m>\d{1,2})\b"
    r"\s*(?:\*\*)?\s*(?:\([^()\n]{1,60}\)\s*)?[.):\-–—]\s*(?:\*\*)?\s*",
    re.I,
)
_Q_HEADING_ONLY = re.compile(r"^\s*#{1,6}\s*(?P<n>\d{1,2}(?:\.\d)?)[.)]?\s+")
_Q_PAREN = re.compile(r"^\s*(?:#{1,6}\s*)?(?:\*\*)?\((?P<n>\d{1,2})\)\s*(?:\*\*)?(?:\s+|$)")  # "(13) Our answer is ..."


def _decode(data: bytes) -> str:
    """A text letter's text: UTF-16 where its mark or its zero bytes say so (Notepad's "Unicode"), else UTF-8, else
    Windows-1252.

    >>> _decode("Dear Sir, we support Option One.".encode("utf-16")), _decode("Caf\u00e9".encode("cp1252"))
    ('Dear Sir, we support Option One.', 'Café')
    """
    from svanalysis.ingest.readers.delimited import detect_encoding

    enc = detect_encoding(data[: 1 << 16])
    if enc.startswith("utf-16"):
        try:
            return data.decode(enc).lstrip("\ufeff")
        except UnicodeDecodeError:
            return data.decode(enc, errors="replace").lstrip("\ufeff")
    for enc in ("utf-8-sig", "utf-8"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _html_to_text(s: str) -> str:
    """An HTML email's text: paragraphs apart, headings as Markdown headings and each table row a Markdown
    row ("| 9. Option One | No | Too much paper. |"), so it is read as a text letter is.

    >>> _html_to_text("<h2>Option One</h2><p>No.</p><table><tr><td>Q9</td><td>No</td></tr></table>")
    '\\n\\n## Option One\\n\\nNo.\\n\\n\\n| Q9 | No |\\n\\n\\n'
    """
    s = re.sub(r"(?is)<(script|style).*?</\1>", "", s)
    s = re.sub(r"\s*\n\s*", " ", s)  # the HTML's own line breaks are spaces; its tags say where lines end
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)<h\d[^>]*>", "\n\n## ", s)
    s = re.sub(r"(?i)<tr[^>]*>", "\n|", s)
    s = re.sub(r"(?i)<t[dh][^>]*>\s*", " ", s)
    s = re.sub(r"(?i)\s*</t[dh]>", " |", s)
    s = re.sub(r"(?i)</tr>", "\n", s)
    s = re.sub(r"(?i)</p>|</div>|</li>|</h\d>|</table>", "\n\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


ATTACHMENT_SUFFIXES = (".docx", ".pdf", ".txt", ".md", ".eml")
_COVER_NOTE = re.compile(
    r"\b(?:please\s+(?:find|see)|i\s+(?:have|am)\s+attach|we\s+(?:have|are)\s+attach|attached\s+(?:is|are|please\s+find)|"
    r"(?:response|submission|reply|comments|letter|form)\s+(?:is\s+)?attached|enclosed\s+(?:is|please\s+find)|in\s+the\s+attach)",
    re.I,
)


def says_attached(text: str) -> bool:
    """Whether an email's body says the response is in an attachment.

    >>> says_attached("Dear Sir, please find our response attached. Regards"), says_attached("We support Option One.")
    (True, False)
    """
    return bool(_COVER_NOTE.search(text))


def email_attachments(path: Path) -> list[tuple[str, bytes]]:
    """The attachments of an email (.eml) that may hold a response: (file name, bytes), in order."""
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    out = []
    for part in msg.iter_attachments():
        name = part.get_filename() or ""
        payload = part.get_payload(decode=True)
        if name and payload is not None:
            out.append((Path(name).name, payload))
    return out


def _header(msg: Any, name: str) -> str:
    """A header's text, or "" when it is too damaged to parse (the email is still read)."""
    try:
        return str(msg.get(name, "") or "")
    except (email.errors.HeaderParseError, IndexError, ValueError, TypeError):
        return ""


def letter_text(path: Path) -> tuple[str, dict[str, str]]:
    """The text of a letter file and any sender details its container gives (email headers)."""
    suffix = path.suffix.lower()
    details: dict[str, str] = {}
    data = path.read_bytes()
    if not data.strip():
        raise ReadError("the file is empty")
    if suffix == ".eml":
        msg = email.message_from_bytes(data, policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is None:
            raise ReadError("email has no text part")
        try:
            text = body.get_content()
        except (LookupError, UnicodeError, ValueError):  # an unknown or malformed charset (even "\\x00")
            text = _decode(body.get_payload(decode=True) or b"")
        if body.get_content_type() == "text/html":
            text = _html_to_text(text)
        frm = _header(msg, "From")
        if frm:
            name, addr = email.utils.parseaddr(frm)
            if name:
                details["full_name"] = name
            if addr:
                details["email"] = addr
        if date := _header(msg, "Date"):
            details["response_date"] = date
        return text, details
    if suffix == ".pdf":
        try:
            from pypdf import PdfReader

            reader = PdfReader(str(path))
            if reader.is_encrypted:
                raise ReadError("PDF is password protected")
            parts = [_page_text(page).strip("\n") for page in reader.pages]
            text = parts[0] if parts else ""
            for part in parts[1:]:
                # a page that ends a sentence ends its paragraph; one that does not runs on to the next page
                text += ("\n\n" if text.rstrip().endswith((".", "!", "?", ":")) else "\n") + part
            text = fold_column_tables(text)
        except ReadError:
            raise
        except Exception as exc:
            raise ReadError(f"not a readable PDF ({type(exc).__name__})") from None
        if len(text.strip()) < 20:
            raise ReadError("PDF has no text layer (a scanned image): it needs OCR before it can be read")
        return text, details
    if suffix == ".docx":
        items = document_items(path)
        # each Word paragraph a paragraph (a blank line between), a paragraph in a heading style a Markdown
        # heading, and a table row a Markdown row with each cell on one line, so that the letter's headings and
        # a table of answers are read as they are in a text letter
        lines: list[str] = []
        previous = None
        for it in items:
            if previous is not None and not (previous == "row" and it["kind"] == "row"):
                lines.append("")  # the rows of a table stay together
            previous = it["kind"]
            if it["kind"] == "row":
                lines.append("| " + " | ".join(squash(c) for c in it["cells"]) + " |")
            elif re.match(r"(?:heading|title)\b", it.get("style", ""), re.I) and it["text"].strip():
                lines.append(f"## {it['text'].strip()}")
            else:
                lines.append(it["text"])
        return "\n".join(lines), details
    return setext_headings(_decode(data)), details


# a Markdown heading underlined ("Question 8: the vision" over a line of dashes or equals signs): a short line that does
# not end a sentence, directly over its underline; not a table's header or a wrapped cell over a rule (a line indented
# four spaces or more, or with a gap of three spaces between its words: "Question   Agree / Disagree   Comments")
_SETEXT = re.compile(
    r"^(?P<h> {0,3}(?![-*•|#>\s])(?:(?! {3}|\t)[^\n]){1,120}?[^.!?:;,\s])[ \t]*\n[ \t]*(?:={3,}|-{3,})[ \t]*$", re.M
)


def setext_headings(text: str) -> str:
    r"""Underlined headings as Markdown's ``## heading`` lines, so that the underline is not read as a paragraph.

    >>> setext_headings("Question 8: the vision\n----------\n\nWe endorse it.")
    '## Question 8: the vision\n\nWe endorse it.'
    """
    if "---" not in text and "===" not in text:
        return text
    return _SETEXT.sub(lambda m: "## " + m.group("h").strip(), text)


_TITLE_LINE = re.compile(r"^\W*(?:(?:consultation\s+)?(?:response|submission|reply|comments?|evidence)\b)")


def _recipient_lines(lines: list[str], spec: Spec) -> set[int]:
    """Lines quoting the consultation's own address (the recipient, never the sender)."""
    c = spec.contact
    marks = {norm(x) for x in c.get("lines", []) if len(x) > 6}
    pc, mail = norm(c.get("postcode", "")), norm(c.get("email", ""))
    out = set()
    for i, line in enumerate(lines):
        t = norm(line.strip("*#|_ "))
        if not t:
            continue
        if t in marks:
            out.add(i)
        elif (pc and pc in t) or (mail and mail in t) or any(m in t for m in marks if len(m) > 12):
            # a line of the address ("Serious Violence Unit, Home Office, 2 Marsham Street, London SW1P 4DF", "To:
            # SVLegalDutyConsultation@...") holds little besides it; a sentence of the letter naming the unit ("anyone
            # from the Serious Violence Unit is welcome to come down on a Friday") is the respondent's own (round 44:
            # a one-paragraph email was read as the recipient and its text lost)
            rest = t
            for m in sorted(marks | {pc, mail} - {""}, key=len, reverse=True):
                rest = rest.replace(m, " ")
            words = re.findall(r"[a-z0-9']+", rest)
            ends = line.rstrip(" *_").endswith((".", "?", "!"))
            if (len(words) <= 6 and not (len(words) > 2 and ends)) or (not ends and _TITLE_LINE.match(t)):
                # (or the response's title: "RESPONSE OF VOLUNTARY ACTION BRINDLEY TO THE SERIOUS VIOLENCE LEGAL DUTY
                # CONSULTATION", set aside as before)
                out.add(i)
    return out


# what a "Position:" line under a question says when it answers it: "Position:  Content.", "Position: Preferred, provided
# the CSP strategy is jointly owned ..." (a job title does not open with an answer's word: "Position: Chair of Trustees",
# "Position: Head of Community Safety and Partnerships, Calderholme Borough Council")
_ANSWER_OPENING = re.compile(
    r"^\W*(?:yes|no|not|content|preferred|prefer|support(?:ed|ive)?\b(?!\s+(?:worker|officer|manager|co-?ordinator|assistant|lead|"
    r"team|staff|services?))|agree\w*|disagree\w*|oppos\w*|against|partly|partially|mixed|unclear|undecided|neutral|no\s+view|"
    r"qualified|conditional|broadly|strongly|in\s+favour|accept\w*|reject\w*|welcome\w*|unsure|(?:first|second|third)\s+(?:choice|"
    r"preference|best)|add|leave|keep|extend|widen|include|drop|remove|too|only|neither|none|both)\b",
    re.I,
)


_ANSWER_SENTENCE = re.compile(
    r"[.!?]\s*$|;|\b(?:is|are|was|were|would|should|will|could|must|can|cannot|be|has|have|does|do|needs?|lacks?|"
    r"falls?|leaves?|offers?|gives?|risks?)\b",
    re.I,
)


def _is_answer_not_title(key: str, value: str) -> bool:
    """Whether a "Position:" (or "Role:") line in a letter's body gives the answer to the question above it (round 42).

    >>> _is_answer_not_title("Position", "The necessary backbone for everything else."), _is_answer_not_title(
    ...     "Position", "Manager, Youth Offending Service.")
    (True, False)
    """
    if key.lower() not in ("position", "role"):
        return False
    value = value.strip(" *|")
    if _ANSWER_OPENING.match(value):
        return True
    # (or a sentence, not a title, round 50: a memo's "**Position:** The necessary backbone for everything else.",
    # "Position: Membership should be extended.", "Position: Insufficient; the last decade explains why."; a job title
    # has no verb and no closing stop, and is written in capitals: "Position: Head of Community Safety and Partnerships,
    # Calderholme Borough Council", "Position: Manager, Youth Offending Service.")
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", value) if len(w) > 3]
    title_case = bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)
    return len(value.split()) >= 3 and not title_case and bool(_ANSWER_SENTENCE.search(value))


def sender_details(lines: list[str], spec: Spec | None = None) -> tuple[dict[str, str], set[int]]:
    """Personal details in a letter's header and signature, and the line numbers they occupy."""
    spec = spec or load_spec()
    details: dict[str, str] = {}
    derived_org: str | None = None
    n = len(lines)
    recipient = _recipient_lines(lines, spec)
    drop: set[int] = set(recipient)
    # a bare "London" or "Home Office" line inside the recipient block belongs to it too
    for i in sorted(recipient):
        for j in (i - 1, i + 1):
            if (
                0 <= j < n
                and j not in recipient
                and lines[j].strip()
                and norm(lines[j]) in {norm(x) for x in spec.contact.get("lines", [])}
            ):
                drop.add(j)
    recipient = set(drop)
    # a title naming the sender: "# Response from Marden Boxing Club"
    for i, line in enumerate(lines[:8]):
        m = re.match(
            r"^\s*#*\s*\**\s*(?:response|submission|reply|comments)\s+(?:from|of|by|on behalf of)\s+(?:the\s+)?(.+?)\**\s*$",
            line,
            re.I,
        )
        if m and len(m.group(1)) < 100:
            who = m.group(1).strip(" *:")
            if norm(who).startswith(("the home office", "serious violence")):
                continue
            key = "full_name" if _is_person_name(who) else "organisation"
            details.setdefault(key, who)
            drop.add(i)
            break
    # "Key: value" lines anywhere before the body or in a header table
    keyed: set[int] = set()  # (read as their key's field, never as lines of the address: "Date: 19 May 2019", round 38)
    first_q = next((i for i, line in enumerate(lines) if _Q_STRONG.match(line) or _Q_ON.match(line)), None)
    for i, line in enumerate(lines):
        m = _KEY_VALUE.match(line)
        if not m or i in recipient:
            continue
        if first_q is not None and i > first_q and _is_answer_not_title(m.group("key"), m.group("value")):
            continue  # "Position:  Not the route we would choose." under a question: the answer, not a job title
        if not (POSTCODE.search(line) or _looks_like_address(line)):
            # (a line that holds the address itself, "From: X, 9 Quarry Street, Guildford GU1 3UY", may be one)
            keyed.add(i)
        key, value = m.group("key").lower(), m.group("value").strip(" *|")
        if not value:
            continue
        field = {
            "name": "full_name",
            "full name": "full_name",
            "submitted by": "full_name",
            "respondent": "full_name",
            "from": "full_name",
            "on behalf of": "organisation",
            "job title": "job_title",
            "position": "job_title",
            "role": "job_title",
            "organisation": "organisation",
            "organization": "organisation",
            "address": "address",
            "postcode": "postcode",
            "post code": "postcode",
            "e-mail": "email",
            "email": "email",
            "telephone": "phone",
            "tel": "phone",
            "phone": "phone",
            "mobile": "phone",
            "direct line": "phone",
            "date": "response_date",
            "acknowledgement requested": "acknowledge",
            "sector": "q1",
            "region": "q3",
            "area": "q3",
            "responding as": "respondent_type",
            "respondent type": "respondent_type",
        }.get(key)
        if field is None:
            drop.add(i)
            continue
        if field == "full_name":
            if (m3 := EMAIL.search(value)) is not None:
                # "From: Graham Whitlock <g.whitlock@freemail.example>": the name, and the address as the email (round 38)
                details.setdefault("email", m3.group(0))
                value = re.sub(r"\s*<[^<>]*@[^<>]*>\s*|\s*\S+@\S+\s*", " ", value).strip(" ,;") or value
            name, org = _name_and_org(value)
            details.setdefault("full_name", name)
            if org:
                derived_org = derived_org or org
        elif field == "phone":
            m2 = PHONE.search(value)
            details.setdefault("phone", m2.group(0) if m2 else value)
            m3 = EMAIL.search(value)
            if m3:
                details.setdefault("email", m3.group(0))
        elif field == "email":
            m3 = EMAIL.search(value)
            details.setdefault("email", m3.group(0) if m3 else value)
        else:
            details.setdefault(field, value)
        if not field.startswith("q"):
            drop.add(i)
    # the address block above the salutation
    sal = next((i for i, line in enumerate(lines) if _SALUTATION.match(line)), None)
    top_end = sal if sal is not None else None
    if top_end is not None and (first_q is None or top_end < first_q):
        block = [i for i in range(top_end) if lines[i].strip() and i not in recipient]
        for i in block:
            if (
                POSTCODE.search(lines[i])
                or PHONE.search(lines[i])
                or EMAIL.search(lines[i])
                or _looks_like_address(lines[i])
            ):
                drop.add(i)
        if block:
            first = lines[block[0]].strip()
            if len(first) < 80 and not first.endswith("."):
                details.setdefault("organisation" if not _is_person_name(first) else "full_name", first.strip("# *"))
        addr = [
            lines[i].strip()
            for i in block
            if i in drop and i not in keyed and not EMAIL.search(lines[i]) and not PHONE.search(lines[i])
        ]
        if addr:
            details.setdefault("address", ", ".join(addr))
        drop.update(i for i in block if not _is_body_line(lines[i]))
    # the signature: from the closing to the end, or a trailing block of short lines
    close = next((i for i in range(n - 1, -1, -1) if _CLOSING.match(lines[i]) and len(lines[i]) < 60), None)
    # a disclaimer is a footer: after the closing, or in the letter's last part (a Welsh language scheme's "Rydym yn
    # croesawu gohebiaeth yn Gymraeg" under the greeting, above the answers, is not the end of the letter)
    disclaim = next(
        (i for i in range(n) if _DISCLAIMER.match(lines[i]) and (i >= 0.6 * n or (close is not None and i > close))),
        None,
    )
    end = disclaim if disclaim is not None else n
    # an email's signature delimiter ("-- " on a line of its own, RFC 3676) with no closing before it
    dash = next((i for i in range(end - 1, max(-1, end - 26), -1) if lines[i].strip() == "--"), None)
    if dash is not None and (close is None or close > dash):
        close = dash
    if (
        close is not None
        and close >= n - 25
        and sum(len(lines[i]) for i in range(close + 1, end) if _is_body_line(lines[i])) > 300
    ):
        # a covering note's sign-off above the full response ("Thanks, / Graham Whitlock / --- / My response ..."):
        # the sign-off and the name under it are set aside, the response below is kept (round 38), and the letter's
        # own signature, if any, is the block of short lines at its end
        j = close + 1
        while j < end and lines[j].strip() and not _is_body_line(lines[j]):
            j += 1
        drop.update(range(close, j))
        close = None
    if close is not None and close >= n - 25:
        # a postscript after the signature is the respondent's own words (round 36: "PS: on reflection ..."), kept with
        # everything after it
        ps = next((i for i in range(close + 1, end) if POSTSCRIPT.match(lines[i])), end)
        sig = [i for i in range(close + 1, ps) if lines[i].strip()]
        drop.update(range(close, ps))
        # a sign-off on one line ("Kind regards, Sam Patel"): the name after the closing words
        signed = _CLOSING.sub("", lines[close], count=1).strip(" ,.;:-–—*_")
        if signed and "full_name" not in details and _is_person_name(signed):
            details["full_name"] = signed
    else:
        sig = []
        i = end - 1
        while (
            i >= 0
            and (not lines[i].strip() or (len(lines[i].strip()) < 90 and not lines[i].strip().endswith((".", "?"))))
            and end - i < 10
        ):
            if lines[i].strip():
                sig.insert(0, i)
            i -= 1
        if sig and not any(_is_person_name(lines[j].strip(" *_")) for j in sig[:2]):
            sig = []
        drop.update(sig)
    if disclaim is not None:
        drop.update(range(disclaim, n))
    known_name = details.get("full_name", "")
    role_lines = 0
    in_address = False
    address_lines: list[str] = []
    for i in sig:
        line = lines[i].strip(" *_")
        if not line or i in recipient:
            continue
        if in_address and not (EMAIL.search(line) or PHONE.search(line)):
            address_lines.append(line)
            if POSTCODE.search(line):
                in_address = False
            continue
        if EMAIL.search(line):
            details.setdefault("email", EMAIL.search(line).group(0))  # type: ignore[union-attr]
            continue
        if PHONE.search(line):
            details.setdefault("phone", PHONE.search(line).group(0))  # type: ignore[union-attr]
            continue
        if POSTCODE.search(line) or _looks_like_address(line):
            address_lines.append(line)
            in_address = not POSTCODE.search(line)
            continue
        if known_name and (line == known_name or (len(line.split()) == 1 and known_name.startswith(line))):
            continue
        if "full_name" not in details and _is_person_name(line):
            details["full_name"] = known_name = line
            continue
        if len(line.split()) == 1 and line.isalpha() and "full_name" not in details:
            continue  # a first name alone above the full name
        if line.endswith(".") and len(line.split()) >= 5:
            continue  # a sentence (a tagline, a confidentiality note) is not a role or an organisation
        role_lines += 1
        if role_lines == 1:
            details.setdefault("job_title", line)
        elif role_lines == 2:
            details.setdefault("organisation", line)
    if address_lines:
        details.setdefault("address", ", ".join(address_lines))
    if derived_org:
        details.setdefault("organisation", derived_org)
    for i, line in enumerate(lines):
        if i in recipient:
            continue
        for pat, key in ((EMAIL, "email"), (PHONE, "phone"), (POSTCODE, "postcode")):
            m = pat.search(line)
            if m and key not in details:
                details[key] = m.group(0)
    return details, drop


def _name_and_org(value: str) -> tuple[str, str | None]:
    m = re.match(r"^(.*?),\s*(?:.*?,\s*)?(?:on behalf of|for)\s+(.+)$", value, re.I)
    if m:
        return m.group(1).strip(), m.group(2).strip()
    parts = [p.strip() for p in value.split(",")]
    return parts[0], None


_TITLES = r"(?:dr|mr|mrs|ms|miss|mx|prof|professor|cllr|councillor|pastor|rev|revd|reverend|sir|dame|lord|lady)\.?"


def _is_person_name(line: str) -> bool:
    line = line.strip()
    if not line or len(line) > 50 or any(ch.isdigit() for ch in line):
        return False
    if re.match(rf"^{_TITLES}\s", line, re.I):
        return True
    words = line.split()
    return (
        2 <= len(words) <= 4
        and all(w[0].isupper() for w in words if w[0].isalpha())
        and not re.search(
            r"\b(council|trust|service|police|school|college|project|office|network|homes|association|unit|partnership|charity|"
            r"department|commissioner|university|limited|ltd|group|foundation|centre|board|team|committee|authority|constabulary|the|and|of)\b",
            line,
            re.I,
        )
    )


def _looks_like_address(line: str) -> bool:
    return bool(
        re.search(
            r"\b\d+\s+\w+\s+(street|road|lane|avenue|row|way|place|close|park|yard|house|gate|hill|square)\b|^(unit|flat|suite)\s+\d",
            line,
            re.I,
        )
    )


def _is_body_line(line: str) -> bool:
    s = line.strip()
    return len(s) > 100 or (s.endswith(".") and len(s.split()) > 8)


# ---------------------------------------------------------------------------- splitting
# (the rest of a piece is tried shortest first: a piece of one character, "9" in "9    Agree", is a piece, round 38)
_COLUMN_GAP = re.compile(r"\S(?:.*?\S)??(?=\s{3,}\S|\s*$)")
# ... and as a hand-typed table under a rule sets its cells apart: by two spaces or more
_TYPED_GAP = re.compile(r"\S(?:.*?\S)??(?=\s{2,}\S|\s*$)")


def _segments(line: str, gap: re.Pattern[str] = _COLUMN_GAP) -> list[tuple[int, str]]:
    """(start column, text) of the pieces of a line set apart by three spaces or more (by ``gap``)."""
    return [(m.start(), m.group(0)) for m in gap.finditer(line)]


def fold_column_tables(text: str) -> str:
    """Tables as a PDF's layout text gives them (each column's text at its own position on the line, a cell
    wrapped over several lines below its first) as one Markdown row per table row, so a PDF's table of
    answers is read row by row like a Word table's. Lines that are not a table (fewer than two lines with
    two columns or more) are left as they are.

    >>> fold_column_tables("Topic          Our view\\nOption Two     We do not\\n               support it.\\nOption 3       Yes.")
    '| Topic | Our view |\\n| Option Two | We do not support it. |\\n| Option 3 | Yes. |'
    """
    lines = text.split("\n")
    if not any("   " in line.strip() for line in lines):
        return text
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].strip() and (len(_segments(lines[j])) >= 2 or lines[j][:15].isspace()):
            j += 1
        block = lines[i:j]
        rows = _column_rows(block) if j > i else None
        if rows is None:
            out.append(lines[i])
            i += 1
        else:
            out.extend(rows)
            i = j
    return "\n".join(out)


def _column_rows(block: list[str]) -> list[str] | None:
    """The rows of one block of column text as Markdown rows, or None when it is no table."""
    split = [_segments(line) for line in block]
    wide = [segs for segs in split if len(segs) >= 2 and segs[0][0] < 10]
    if len(block) >= 2 and len(wide) >= 1 and split[0] and split[0][0][0] >= 10:
        # one row whose first cell is centred against a longer cell beside it (the answer's first line comes
        # before the topic's): everything between blank lines is that row, each piece in its column
        starts = sorted({start for segs in split for start, _ in segs if start >= 10})
        columns = [0]
        for start in starts:
            if start - columns[-1] > 6:
                columns.append(start)
        row: list[list[str]] = [[] for _ in columns]
        for segs in split:
            for start, piece in segs:
                row[min(range(len(columns)), key=lambda c: abs(columns[c] - start))].append(piece)
        return ["| " + " | ".join(" ".join(cell) for cell in row) + " |"]
    if len(block) < 3 or len(wide) < 2:
        return None
    starts = sorted({start for segs in wide for start, _ in segs[1:]})
    columns = [0]
    for start in starts:  # the columns' starts, near ones taken as one (a cell's text may shift a little)
        if start - columns[-1] > 6:
            columns.append(start)
    width = columns[1] - columns[0]
    rows: list[list[list[str]]] = []
    prev_first = ""
    for segs in split:
        first = segs[0][1] if segs and segs[0][0] < 10 else ""
        # a row starts where the first column has text, unless the line before filled that column and so
        # wrapped into this one ("A duty on named organisations (Option" / "One)"), or this line goes on
        # with a bracket or a lower-case word ("A duty on named organisations" / "(Option One)")
        wrapped = len(prev_first) >= 0.6 * width or first[:1] == "(" or first[:1].islower()
        if not rows or (first and not wrapped):
            rows.append([[] for _ in columns])
        for start, piece in segs:
            k = min(range(len(columns)), key=lambda c: abs(columns[c] - start))
            rows[-1][k].append(piece)
        prev_first = first
    return ["| " + " | ".join(" ".join(cell) for cell in row) + " |" for row in rows]


def _page_text(page: Any) -> str:
    """A PDF page's text with its paragraphs apart: pypdf's layout mode keeps the vertical gaps between
    paragraphs and before headings as blank lines (its plain mode runs every line together, so a letter's
    headings and numbered answers were lost); the plain mode where the layout mode fails."""
    try:
        text = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # pypdf's layout mode fails on some fonts; the plain text is still worth having
        text = page.extract_text() or ""
    lines = [line.rstrip() for line in text.split("\n")]
    # the running footer or header of a printed page ("Kingsmere City Council - page 1", "Page 2 of 3", "- 2 -")
    # is no part of the letter: it would end up inside the answer the page break falls in
    filled = [k for k, line in enumerate(lines) if line.strip()]
    for k in filled[-1:] + filled[:1]:
        if _PAGE_FOOTER.match(lines[k]):
            lines[k] = ""
    return "\n".join(lines)


_PAGE_FOOTER = re.compile(
    r"^\s*(?:[^|]{0,120}?(?:\s[-–—|·]\s*|\s{2,}))?(?:page|p\.)\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?\s*$|^\s*[-–—]?\s*\d{1,3}\s*[-–—]?\s*$"
    r"|^\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*$",
    re.I,
)


def _markers(lines: list[str], numbers: set[str], spec: Spec | None = None) -> list[tuple[int, str, str, bool]]:
    """Candidate question markers: (line, number, text after the marker, strong?)."""
    out = []
    for i, line in enumerate(lines):
        t = _Q_TABLE.match(line)
        if t and (cited := _cited_question(line)) is not None:
            # a table of the letter's own numbered points with a column naming the question each answers ("| 2 | We
            # recommend that the Government proceeds with Option One | Q9 |"): the row answers that question (round 38)
            if cited in numbers:
                out.append((i, cited, _table_answer(line, cited), True))
            continue
        if t and t.group("n") in numbers:
            out.append((i, t.group("n"), _table_answer(line), True))
            continue
        if (
            spec is not None
            and line.lstrip().startswith("|")
            and (q := _table_topic(line, spec))
            and q.number in numbers
        ):
            # a row whose first cell names the question's topic: "| Option Three | No | Goodwill runs out. |"
            out.append((i, q.number, _table_answer(line), True))
            continue
        j = _Q_JOINT.match(line)
        if j:
            # questions answered together: "10 and 12.", "Questions 9 to 11:", "Q10 & Q12 -" (each gets the text)
            first, last = int(j.group("n")), int(j.group("m"))
            middle = [int(x) for x in re.findall(r"\d{1,2}", j.group("mid") or "")]
            together = range(first, last + 1) if j.group("op").lower() in ("to", "-", "–") else [first, *middle, last]
            strong = bool(j.group("word"))
            if len(together) == 2 and all(str(n) in numbers for n in together):
                # two answered together ("10 and 12. We have no view on either"): the text answers each
                for n in together:
                    out.append((i, str(n), line[j.end() :], strong))
            elif str(first) in numbers:
                # a run of questions discussed together ("Questions 9 to 13"): a section of no single question, read
                # as the rest of the letter is (each sentence on what it names); it ends the section before it
                out.append((i, f"group:{first}", line[j.end() :], strong))
            continue
        m = _Q_STRONG.match(line) or _Q_ON.match(line)
        strong = True
        if not m and (w := _Q_WORD.match(line)):
            n = _NUMBER_WORDS[w.group("w").lower()]
            if n in numbers:
                out.append((i, n, line[w.end() :], True))
            continue
        if not m:
            m = _Q_PLAIN.match(line) or _Q_PAREN.match(line) or _Q_HEADING_ONLY.match(line)
            strong = False
        if m and m.group("n") in numbers:
            out.append((i, m.group("n"), line[m.end() :], strong))
    return out


def _table_topic(row: str, spec: Spec) -> Any:
    """The question a table row's first cell names by its topic ("Option Three", "The vision", "Schedule 6"), if
    exactly one question's topic phrase is the longest found there."""
    cells = [c.strip(" *_") for c in row.strip().strip("|").split("|")]
    if len(cells) < 2 or not cells[0] or len(cells[0]) > 90 or not any(c for c in cells[1:]):
        return None
    qid = _topic_question(cells[0], spec)
    return spec.question(qid) if qid else None


_CITED = re.compile(r"^(?:q|question)\s*\.?\s*(?P<n>\d{1,2})$", re.I)


def _cited_question(row: str) -> str | None:
    """The question a table row names in a later cell of its own ("| 2 | ... | Q9 |"), its first cell a bare number."""
    cells = [c.strip(" *_") for c in row.strip().strip("|").split("|")]
    if len(cells) < 3 or not cells[0].rstrip(".").isdigit():
        return None
    cited = [m.group("n") for c in cells[1:] if (m := _CITED.match(c))]
    return cited[0] if len(cited) == 1 else None


def _table_answer(row: str, cited: str | None = None) -> str:
    """The answer in a table row that numbers a question: the cells after the first (the question),
    each a sentence; a dash or an empty cell says nothing ("| 12. ... | – | – |" is no answer). Where a later cell
    names the question (``cited``), the cells but that one.

    >>> _table_answer("| 9. Would Option One best achieve the vision? | Partly | Right for some, wrong for others |")
    'Partly. Right for some, wrong for others.'
    >>> _table_answer("| 2 | We would proceed with Option One | Q9 |", "9")
    'We would proceed with Option One.'
    """
    cells = _cells(row)[1:]
    if cited is not None:
        cells = [c for c in cells if not _CITED.match(c.strip(" *_"))]
    said = [c for c in cells if not _EMPTY_CELL.match(c)]
    return " ".join(c if c.endswith((".", "!", "?")) else c + "." for c in said)


_PARA_1_1 = re.compile(r"^\s*(?:\*\*)?1\.1\.?\s")


def _echoes_questions(kept: list[tuple[int, str, str, bool]], spec: Spec) -> bool:
    """Whether most numbered items repeat the words of the question of their number (a pasted questionnaire:
    "8. Do you agree that the vision ...?"), so they are answers, not a list of the letter's own."""
    echoed = 0
    for _, number, after, _ in kept:
        q = spec.by_number(number.removeprefix("group:"))
        if q is not None and after and fuzz.partial_ratio(norm(q.text)[:80], norm(after)) >= 85:
            echoed += 1
    return echoed >= 0.5 * len(kept)


def _enumerated_list(lines: list[str], kept: list[tuple[int, str, str, bool]]) -> bool:
    """Plain numbers that count a list from 1 on consecutive lines ("1. Multi-year funding", "2. ...",
    ... "13. Regular reporting") or a letter's own numbered sections: recommendations, steps or
    paragraphs, not answers to questions 8-13."""
    if not kept or kept[0][1] != "1":
        return False
    nums = [_number_key(mk[1]) for mk in kept]
    gaps = sum(1 for a, b in itertools.pairwise(nums) if int(b) - int(a) > 1)
    if gaps >= 2 and sum(1 for n in nums if 8 <= n < 14) >= 3:
        # numbers that skip questions left out ("5.", "7.", "8.", "9.", "11.", ... from a pasted form): a list of the
        # letter's own counts every number
        return False
    if any(_PARA_1_1.match(line) for line in lines):
        # the letter numbers its own sections and paragraphs ("1. About us", "1.1 The Group is ...", "3. The
        # vision", "3.1 ..."): question 1 (the respondent's sector) has no paragraphs of its own
        return True
    # items on consecutive lines, or short items counted on with only blank lines between (a Word list, each
    # item its own paragraph; numbered answers are paragraphs, and skip the questions they leave out)
    adjacent = sum(
        1
        for a, b in itertools.pairwise(kept)
        if b[0] == a[0] + 1
        or (
            _number_key(b[1]) == _number_key(a[1]) + 1
            and max(len(a[2]), len(b[2])) < 120
            and not any(x.strip() for x in lines[a[0] + 1 : b[0]])
        )
    )
    if adjacent >= 0.5 * (len(kept) - 1):
        return True
    # numbered paragraphs of a letter ("1. The Union represents ...", "2. Teachers know ...", ...): every
    # number one more than the last, and the first a paragraph of prose, not the short answer question 1
    # asks for (the respondent's sector)
    consecutive = all(_number_key(b[1]) == _number_key(a[1]) + 1 for a, b in itertools.pairwise(kept))
    first = [kept[0][2]]
    for line in lines[kept[0][0] + 1 :]:
        if not line.strip():
            break
        first.append(line)
    return consecutive and len(kept) >= 3 and len(" ".join(first).strip()) > 150


def _own_section_numbers(kept: list[tuple[int, str, str, bool]], spec: Spec) -> bool:
    """Whether numbered headings are the letter's own sections, not question numbers: their titles name the
    topics of other questions ("3. The vision", "5. A partnership duty", "7. A voluntary approach"), at least two
    of them and more than name their own number's question ("8. The vision")."""
    match = mismatch = 0
    for _, number, after, _ in kept:
        title = after.strip(" \t-–—:#*_")
        if not title or len(title) > 60 or title.endswith((".", "?", "!")):
            continue
        qid = _topic_question(title, spec)
        if qid is None:
            continue
        q = spec.by_number(number.removeprefix("group:"))
        if q is not None and q.id == qid:
            match += 1
        else:
            mismatch += 1
    return mismatch >= 2 and mismatch > match


def _longest_rising(marks: list[tuple[int, str, str, bool]]) -> list[tuple[int, str, str, bool]]:
    """The longest run of markers, in order, whose numbers rise (the earliest such run where several tie).

    >>> [mk[1] for mk in _longest_rising([(0, "30", "", True), (1, "8", "", True), (2, "9", "", True)])]
    ['8', '9']
    """
    best: list[list[tuple[int, str, str, bool]]] = []
    for k, mk in enumerate(marks):
        before = [best[j] for j in range(k) if _number_key(marks[j][1]) < _number_key(mk[1])]
        best.append(max(before, key=len, default=[]) + [mk])
    return max(best, key=len, default=[])


def _summary_block(kept: list[tuple[int, str, str, bool]], lines: list[str]) -> list[tuple[int, str, str, bool]]:
    """The markers of a summary set out one under another with no blank line between (at least three short lines: "  Q8
    Vision and focus      Yes", "  Q9   Option One     Yes, with funding attached", ...), as a table without bars."""
    at = {mk[0] for mk in kept}
    block = [mk for mk in kept if (mk[0] - 1 in at or mk[0] + 1 in at) and len(lines[mk[0]].strip()) <= 100]
    return block if len(block) >= 3 else []


def _answered_out_of_order(
    use: list[tuple[int, str, str, bool]], kept: list[tuple[int, str, str, bool]], spec: Spec
) -> bool:
    """Whether headings out of the rising run are answers given out of order, not stray numbers: every number once, and
    each heading left out titled with its own question's topic ("Question 13 - Option Three, the voluntary approach"
    before "Question 9 - Option One, the new duty"; a letter that starts with the option it feels most strongly about)."""
    if len({mk[1] for mk in use}) < len(use):
        return False
    for mk in use:
        if mk in kept:
            continue
        title = mk[2].strip(" \t-–—:#*_")
        q = spec.by_number(mk[1].removeprefix("group:"))
        if not title or len(title) > 80 or q is None or _topic_question(title, spec) != q.id:
            return False
    return True


def _number_key(n: str) -> float:
    major, _, minor = n.removeprefix("group:").partition(".")
    return int(major) + (int(minor) / 10 if minor else 0)


# a Markdown footnote's definition: "[^2]: We welcome the principle ...", up to a blank line or the next one
_FOOTNOTE_DEF = re.compile(
    r"^[ \t]*\[\^([^\]\s]{1,20})\]:[ \t]*(.+(?:\n(?![ \t]*\n)(?![ \t]*\[\^[^\]\s]{1,20}\]:).+)*)", re.M
)


def with_footnotes(section: str, notes: dict[str, str]) -> str:
    """A section with the text of the Markdown footnotes it points to added as paragraphs of their own, and any
    footnote's definition that merely sits in it taken out (round 45: a hospital's response gave its view on each
    question only in notes at the end, "Our view is summarised at note 2.[^2]").

    >>> notes = footnotes("Our view is at note 2.[^2]\\n\\n[^2]: We welcome\\nthe duty.\\n")
    >>> notes
    {'2': 'We welcome the duty.'}
    >>> with_footnotes("Our view is at note 2.[^2]", notes)
    'Our view is at note 2.[^2]\\n\\nWe welcome the duty.'
    >>> with_footnotes("The list is fine.\\n\\n[^2]: We welcome\\nthe duty.", notes)
    'The list is fine.'
    """
    if not notes or "[^" not in section:
        return section
    own = _FOOTNOTE_DEF.sub("", section).strip()
    cited = [n for n in dict.fromkeys(_FOOTNOTE_REF.findall(own)) if n in notes]
    return "\n\n".join([own, *(notes[n] for n in cited)])


def footnotes(text: str) -> dict[str, str]:
    """A letter's Markdown footnotes, label -> text (whitespace runs collapsed)."""
    if "[^" not in text:
        return {}
    return {m.group(1): " ".join(m.group(2).split()) for m in _FOOTNOTE_DEF.finditer(text)}


_FOOTNOTE_REF = re.compile(r"\[\^([^\]\s]{1,20})\](?!:)")


def split_letter(text: str, spec: Spec) -> tuple[str, dict[str, str], str]:
    """Split a letter's body into per-question answers.

    Returns the structure found ("numbered", "headings" or "unstructured"), a mapping of question
    id to its text, and the preamble (text before the first answer). The footnotes a section points to
    are read with it (``with_footnotes``).
    """
    lines = text.split("\n")
    numbers = {q.number for q in spec.questions if q.number}
    marks = _markers(lines, numbers, spec)
    strong = [mk for mk in marks if mk[3]]
    plain = [mk for mk in marks if not mk[3]]
    use = strong if len(strong) >= 2 else []
    if not use and plain and max(_number_key(mk[1]) for mk in plain) >= 5:
        use = plain
    if use:
        # numbers must rise: keep the longest rising sequence (a stray "question 30" in the prose before the
        # answers, hard-wrapped to the start of a line, does not hide the answers 8 to 13 after it)
        kept = _longest_rising(use)
        if use is strong and len(kept) < len(use) and _answered_out_of_order(use, kept, spec):
            kept = use  # each heading out of the rising run names its own question (round 51)
        rows = [mk for mk in kept if _TABLE_ROW.match(lines[mk[0]])] or _summary_block(kept, lines)
        if rows:
            # a table summing up the answers, then the answers in full ("| 9 | Option One | We agree in part |"
            # ... "Q9 - Option One"): each question gets its row and its section (the table's columns set out with
            # bars, or with spaces on lines one under another, round 51)
            full = _longest_rising([mk for mk in use if mk not in rows])
            if len(full) >= 2:
                kept = sorted(full + rows, key=lambda mk: mk[0])
        if (
            len(kept) >= 2
            and not (use is plain and not _echoes_questions(kept, spec) and _enumerated_list(lines, kept))
            and not _own_section_numbers(kept, spec)
        ):
            return (
                "numbered",
                _sections(lines, kept + _other_numbered_headings(lines, kept) + _closing_headings(lines, kept), spec),
                "\n".join(lines[: kept[0][0]]),
            )
    heads = _topic_headings(lines, spec)
    if sum(1 for h in heads if h[1]) >= 2:
        first = next(h for h in heads if h[1])
        return "headings", _sections(lines, heads, spec), "\n".join(lines[: first[0]])
    return "unstructured", {}, text


_NUMBERED_QUESTION = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\*\*)?\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?:question|q)\s*\.?\s*\d", re.I
)
_NUMBERED_HEADING = re.compile(r"^\s*(?:#{1,6}\s*)?(?:\*\*)?\d{1,2}[.)]\s+[A-Z][^.!?:;]{0,60}?(?:\*\*)?\s*$")


def _other_numbered_headings(
    lines: list[str], kept: list[tuple[int, str, str, bool]]
) -> list[tuple[int, Any, str, bool]]:
    """Where the letter numbers its own sections ("4. Question 9: ..."), its other numbered headings standing
    alone ("8. Further information") end the answer above them: they start sections of no question."""
    if not any(_NUMBERED_QUESTION.match(lines[i]) for i, *_ in kept):
        return []
    marked = {i for i, *_ in kept}
    out: list[tuple[int, Any, str, bool]] = []
    for i, line in enumerate(lines):
        if i in marked or not _NUMBERED_HEADING.match(line):
            continue
        if (i == 0 or not lines[i - 1].strip()) and (i + 1 >= len(lines) or not lines[i + 1].strip()):
            out.append((i, None, "", True))
    return out


# a heading that closes the answers ("Other comments", "Further information", "Conclusion", "About us"): standing
# alone after numbered answers, it ends the answer above it, as a heading naming nothing does in a letter of headings
_CLOSING_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\*\*)?\s*(?:(?:any\s+)?(?:other|further|additional|general|final|closing|concluding)\s+"
    r"(?:comments?|matters|points|remarks|observations|information|issues|thoughts|questions)"
    r"|conclusions?|in\s+conclusion|summary|about\s+us|contact(?:\s+details)?|next\s+steps|sign-?off)"
    r"\s*:?\s*(?:\*\*)?\s*$",
    re.I,
)


def _closing_headings(lines: list[str], kept: list[tuple[int, str, str, bool]]) -> list[tuple[int, Any, str, bool]]:
    """Headings standing alone after the first numbered answer that close the answers ("Other comments"), and a
    postscript or addendum opening a paragraph: each starts a section of no question, so "The force would welcome
    early sight of the draft guidance" under it is not read as the answer to question 13 above it."""
    marked = {i for i, *_ in kept}
    first = min(marked)
    return [
        (i, None, "", True)
        for i, line in enumerate(lines)
        if i > first
        and i not in marked
        and (not lines[i - 1].strip())
        and (
            (
                _CLOSING_HEADING.match(line)
                and (i + 1 >= len(lines) or not lines[i + 1].strip() or line.lstrip().startswith("#"))
            )
            # a postscript or an addendum ("ADDENDUM (27 May 2019): decisions of the Board", "P.S. I've slept on
            # this"): what it says is no part of the last answer above it (the coder reads it as a revision)
            or POSTSCRIPT.match(line)
        )
    ]


_ANSWER_START = re.compile(
    r"^\W*(?:yes|no|agree|disagree|strongly|partly|partially|not\s+sure|unsure|don'?t\s+know|do\s+not\s+know|n/?a)\b",
    re.I,
)


def _sections(lines: list[str], marks: list[tuple[int, Any, str, bool]], spec: Spec) -> dict[str, str]:
    marks = sorted(marks, key=lambda mk: mk[0])
    notes = footnotes("\n".join(lines))
    out: dict[str, str] = {}
    for k, (i, num, after, _) in enumerate(marks):
        # questions answered together share their marker's line, and its section up to the next line marked
        end = next((mk[0] for mk in marks[k + 1 :] if mk[0] > i), len(lines))
        if num is None or num.startswith("group:"):
            continue  # (a run of questions discussed together: no single question's section)
        q = spec.by_number(num) if not num.startswith("q") else spec.question(num)
        # a table row is its own answer: the rows and paragraphs after it are not
        body = [after] if _TABLE_ROW.match(lines[i]) else [after] + lines[i + 1 : end]
        title = after.strip(" \t-–—:")
        if (
            len(body) > 1
            and body[1].strip()
            and 0 < len(title) <= 60
            and not title.endswith((".", "!", "?"))
            and not _ANSWER_START.match(title)
        ):
            # "Q10 – Schedule 6" over "No. The list ...": the marker's title is a paragraph of its own, not
            # the first words of the answer ("Schedule 6 No. The list ...")
            body = [title, ""] + body[1:]
        text = "\n".join(body).strip()
        # a heading that repeats the question's own text is not the answer
        text = _without_question(text, q.text)
        # the footnotes it points to are part of it ("Our view on the list is at note 3.[^3]")
        text = with_footnotes(text, notes)
        if (
            FORM_LABEL.match(text)
            or _NO_ANSWER.fullmatch(text)
            or _left_blank(text, q.text)
            or _only_its_topic(text, q.id, spec)
        ):
            # "Response:" with nothing after it, a dash, "n/a", "See attached.": a question of the form left blank
            text = ""
        if q.type == "group":
            continue
        if text:
            out[q.id] = (out.get(q.id, "") + "\n\n" + text).strip()
    return out


def _answer_label(words: str, spec: Spec) -> str | None:
    """The answer to a stance question that ``words`` name exactly ("Yes", "Not sure", "Partly"), by the questionnaire's
    labels, synonyms and words of a mixed answer (``labels.matcher``'s exact table: no fuzzy match)."""
    hit = matcher(spec.stance_questions[0].id, spec).exact.get(norm(words.strip(" *_")))
    return hit[0] if hit else None


def _drop_undeleted(raw: str, spec: Spec) -> str:
    """A paper form's "Yes / No / Unsure (delete as appropriate)": a line holding every answer of the questionnaire, none
    deleted, is no answer and goes; where the others were deleted, the word left is the answer ("No (delete as
    appropriate)" reads "No"), round 38.

    >>> from svanalysis.core.spec import load_spec
    >>> _drop_undeleted("9.\\n   Yes / No / Unsure (delete as appropriate)\\n10.\\n   No (delete as appropriate)", load_spec())
    '9.\\n10.\\n   No'
    """
    every = {o.label for o in spec.stance_questions[0].closed_options}
    kept = []
    for line in _DELETE_AS_APPROPRIATE.sub("", raw).split("\n"):
        parts = line.split("/")
        if len(parts) < len(every) or {_answer_label(p, spec) for p in parts} != every:
            kept.append(line)
    return "\n".join(kept)


_DELETE_AS_APPROPRIATE = re.compile(r"[ \t]*\(\s*delete\s+as\s+appropriate\s*\)", re.I)


def _only_its_topic(text: str, qid: str, spec: Spec) -> bool:
    """Whether a section is only the name of its question's topic ("| 11 | Option Two | |": a table's row with the
    question's title in its second cell and the answer's cells empty), round 38.

    >>> from svanalysis.core.spec import load_spec
    >>> spec = load_spec()
    >>> _only_its_topic("Option Two.", "q11", spec), _only_its_topic("Option Two. Agree.", "q11", spec)
    (True, False)
    >>> _only_its_topic("Vision and focus", "q8", spec), _only_its_topic("Vision yes, focus no.", "q8", spec)
    (True, False)
    """
    text = text.strip()
    if "\n" in text or len(text.split()) > 6 or re.search(r"[.!?].", text) or _topic_question(text, spec) != qid:
        return False
    q = spec.question(qid)
    # every word the question's own (its topic, its text): "Vision and focus", not "Vision yes, focus no"
    own = set(_topic_words(" ".join([q.text, *q.topics])).split())
    return set(_topic_words(text).split()) <= own


# a row of boxes none of them ticked: "Yes [ ] No [ ] Unsure [ ]"
_UNTICKED_ROW = re.compile(r"^(?:\s*[\w'’ /-]{1,20}\s*[\[(]\s*[\])]\s*)+$")


def _left_blank(text: str, question: str) -> bool:
    """Whether a section holds only its title and the form's furniture: a title line with no sentence in it, boxes none
    of them ticked, labels with nothing after them ("Option Two - duty via CSPs" over "Yes [ ] No [ ] Unsure [ ]" and
    "Comment:"), or a short question in the form's own words, sharing a word with ``question``, with nothing below it
    ("Option 2, through the CSPs?"; not an answer asked back, "Why bother?"), round 37.

    >>> q = "Do you consider that Option two would best achieve the consultation vision?"
    >>> _left_blank("Option Two - duty via CSPs\\n\\nYes [ ] No [ ] Unsure [ ]\\nComment:", q)
    True
    >>> _left_blank("Option Two - duty via CSPs\\n\\nYes [X] No [ ] Unsure [ ]\\nComment:", q)
    False
    >>> _left_blank("Option 2, through the CSPs?", q), _left_blank("Option 2? No.", q), _left_blank("Why bother?", q)
    (True, False, False)
    >>> _left_blank("Option Two - duty via CSPs\\n────────────\\nComment:", q)  # a rule of box-drawing characters too
    True
    """
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    # (a rule across the form between questions is furniture too, round 38)
    rest = [x for x in lines if not _UNTICKED_ROW.match(x) and not FORM_LABEL.match(x) and not RULE_LINE.match(x)]
    if len(rest) < len(lines) and len(rest) <= 1:
        return not rest or (len(rest[0].split()) <= 12 and not re.search(r"[.!?]\s*$", rest[0]))
    if len(lines) != 1 or not lines[0].endswith("?") or len(lines[0].split()) > 8:
        return False
    return not _content_words(lines[0]).isdisjoint(_content_words(question))


def _content_words(text: str) -> set[str]:
    """The words of four letters or more of a text, lower-cased, less the commonest ("would", "that", "this")."""
    return {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _COMMON_WORDS}


_COMMON_WORDS = frozenset(
    "would could should that this what with have there their which about does your from into".split()
)


def _without_question(text: str, question: str) -> str:
    """``text`` without the question's own words heading it: on its first line, hard-wrapped over the first
    few ("... the consultation" / "vision? Please explain why."), or followed on the same line by the answer
    ("... vision? Please explain why. No. It is ..."); the answer after them is kept."""
    lines = text.split("\n")
    qn = norm(question)
    best, cut, end = 0.0, 0, 0
    for k in range(1, min(4, len(lines)) + 1):
        head = " ".join(x.strip() for x in lines[:k])
        # the question may end at the end of a line or at a sentence end inside it, the answer after it; an answer word
        # on a line after the question mark ("vision?" / "" / "   Yes") is not read as more of the question (round 38:
        # "Yes" is as near to its "Please explain why." as nothing is)
        last_q = head.rfind("?")
        stop = len(head)
        if last_q >= 0 and _ANSWER_START.match(head[last_q + 1 :]):
            stop = last_q + 1
        for e in [m.end() for m in re.finditer(r"[?.!](?=\s)", head) if m.end() <= stop] + [stop]:
            score = fuzz.ratio(norm(head[:e]), qn)
            if score > best:
                best, cut, end = score, k, e
    if best >= 85:
        rest = " ".join(x.strip() for x in lines[:cut])[end:].strip()
        return "\n".join(([rest] if rest else []) + lines[cut:]).strip()
    if lines and fuzz.token_set_ratio(norm(lines[0]), qn) >= 85 and len(lines[0]) > 0.5 * len(question):
        return "\n".join(lines[1:]).strip()  # the question's words, shortened or extended, on its first line
    first = lines[0].strip() if lines else ""
    if first.endswith("?") and len(first.split()) <= 25 and fuzz.token_set_ratio(norm(first), qn) >= 60:
        # the question put in the form's own words ("QUESTION 12 - Should further organisations become statutory
        # partners in CSPs?"), with nothing or the answer below it (round 37: a form left blank there had read as an
        # answer with no stance)
        return "\n".join(lines[1:]).strip()
    return text


_SECTION_NUMBER = re.compile(r"^(?:section\s+)?\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?=[A-Za-z])", re.I)


@functools.lru_cache(maxsize=4096)
def _topic_words(text: str) -> str:
    """``text`` as lower-case words (kept per text: the spec's topic phrases are asked for every heading)."""
    return " ".join(re.findall(r"[a-z0-9]+", norm(text)))


def _names_options(words: str) -> bool:
    """Whether topic words name several options ("Options One and Two"): a heading of no single question."""
    return "option" in words and len(re.findall(r"\b(one|two|three|1|2|3)\b", words)) >= 2


def _topic_ranking(text: str, spec: Spec) -> list[tuple[str, float]]:
    """Questions whose topic phrases (the spec's ``topics``) are in ``text``, longest phrase first."""
    t = _topic_words(text)
    best: dict[str, float] = {}
    for q in spec.questions:
        for w in q.topics:
            w = _topic_words(w)
            if w and re.search(rf"\b{re.escape(w)}s?\b", t):
                best[q.id] = max(best.get(q.id, 0.0), float(len(w)))
    return sorted(best.items(), key=lambda kv: -kv[1])


def _topic_question(text: str, spec: Spec) -> str | None:
    """The one question ``text`` names by its topic, or None (none, or two of about the same length)."""
    ranked = _topic_ranking(text, spec)
    if not ranked or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1] - 2):
        return None
    return None if _names_options(_topic_words(text)) else ranked[0][0]


_CONSULTATION = re.compile(r"\bconsultation\b", re.I)
_RESPONSE_TITLE = re.compile(
    r"\b(?:response|responses|submission|reply|comments|evidence)\s+(?:to|on|for)\s+(?:the\s+|this\s+)?[^.;]{0,80}?\bconsultation\b",
    re.I,
)
# a heading naming the respondent's own vision ("Our vision", "The Trust's vision"), not the consultation's: a
# section of context, on no question
_OWN_VISION = re.compile(
    r"^(?:the\s+)?(?:our|my|(?!(?:government|consultation|paper|home\s+office|ministers?|document|proposal)'s)[a-z]+'s)"
    r"\s+(?:own\s+)?(?:vision|mission|values|aims)\b",
    re.I,
)


# what makes a short line an address, a date or a greeting rather than a title (a figure, an @, "Yours"), once a
# numbered topic ("Schedule 6", "Option 2", "Question 9") is set aside
_ADDRESS_LIKE = re.compile(r"\d|@|\b(?:yours|dear|regards|wishes)\b", re.I)
_NUMBERED_TOPIC = re.compile(
    r"\b(?:schedule|options?|questions?|qs?|parts?)\s*\d{1,2}(?:\s*(?:,|and|&|to|-|–)\s*\d{1,2})*\b", re.I
)
# a heading naming several questions by number: "A legal duty on named bodies (questions 9 and 10)" (round 38)
_SEVERAL_NUMBERED = re.compile(r"\b(?:questions|qs)\s*\d{1,2}\s*(?:,|and|&|to|-|–)\s*\d{1,2}\b", re.I)


def _topic_headings(lines: list[str], spec: Spec) -> list[tuple[int, str | None, str, bool]]:
    """Short stand-alone lines that name a question's topic (the spec's ``topics``).

    A heading naming one question starts that question's section; one naming several ("Options
    One and Two") or none ("Introduction") starts a section that belongs to no single question.
    The longest topic phrase found in a heading decides between questions.
    """
    title = _topic_words(spec.title)
    out: list[tuple[int, str | None, str, bool]] = []
    loose: list[tuple[int, bool]] = []  # headings with no gap below them: (line, names one question's topic?)
    for i, line in enumerate(lines):
        s = line.strip()
        bare = s.strip("#*_ ").strip()
        # a heading numbered in the letter's own sections: "4. The options", "3) The vision and focus"
        bare = _SECTION_NUMBER.sub("", bare, count=1)
        if "[^" in bare:
            # a sentence ending in a footnote's mark is no heading: "Our view on the list is at note 3.[^3]" (round 45)
            bare = _FOOTNOTE_REF.sub("", bare).rstrip()
        if not bare or len(bare) > 90 or bare.endswith((".", ",", ";", ":")) or len(bare.split()) > 12:
            continue
        if fuzz.token_set_ratio(_topic_words(bare), title) >= 85 and len(bare.split()) >= 0.6 * len(title.split()):
            continue  # the consultation's own title, not a topic (but "A new legal duty", a few of its words, is one)
        if _CONSULTATION.search(bare) and fuzz.token_set_ratio(_topic_words(bare), title) >= 70:
            continue  # "Serious Violence Legal Duty Consultation" over the address: the consultation's name
        if _RESPONSE_TITLE.search(bare):
            # the letter's own title (round 49): "Irwell Brook Learning Trust: response to the Serious Violence Legal Duty
            # consultation" names the consultation, not the duty as a topic
            continue
        caps = bare.upper() == bare and sum(ch.isalpha() for ch in bare) >= 4
        standalone = (
            s.startswith("#")
            or s.startswith("**")
            or caps
            or ((i == 0 or not lines[i - 1].strip()) and (i + 1 >= len(lines) or not lines[i + 1].strip()))
        )
        # a heading set on the line above its paragraph, with no gap (as a PDF or a typed letter prints a bold
        # heading): a short title after a blank line, the paragraph's first line long and starting a sentence
        tight = (
            not standalone
            and i > 0
            and not lines[i - 1].strip()
            and i + 1 < len(lines)
            # (a paragraph hard-wrapped at 80 characters is long enough under any heading of 35 or more, round 38)
            and len(lines[i + 1].strip()) >= max(40, min(2 * len(bare), 70))
            and lines[i + 1].strip()[:1].isupper()
            and bare[:1].isupper()
            and len(_NUMBERED_TOPIC.sub("", bare).split()) <= 8
            and not bare.endswith(("?", "!"))
            and not _ADDRESS_LIKE.search(_NUMBERED_TOPIC.sub("", bare))
        )
        if not standalone and not tight:
            continue
        options_named = _names_options(_topic_words(bare)) or bool(_SEVERAL_NUMBERED.search(bare))
        ranked = [] if _OWN_VISION.match(bare) else _topic_ranking(bare, spec)
        named = NUMBER_IN_BRACKETS.search(bare)
        if named:
            # "Borrowing the Prevent list (question 10)": the heading names its question outright
            try:
                ranked = [(spec.by_number(named.group(1)).id, 1000.0)]
            except KeyError:
                pass  # a number the questionnaire does not have: the words decide
        if tight:
            loose.append((i, bool(ranked) and not options_named))
            if not ranked or options_named:
                out.append((i, None, "", True))
                continue
        if options_named or not ranked:
            # a heading naming nothing ("Context", "The list of bodies", "Other matters") ends the
            # section above it; a short line that may be a name or an address line does not count
            titled = (
                bare[:1].isupper()
                and 1 <= len(bare.split()) <= 8
                and not _ADDRESS_LIKE.search(_NUMBERED_TOPIC.sub("", bare))
                and not bare.endswith(("?", "!"))
            )
            named_nothing = caps or s.startswith("#") or options_named or titled
            out.append((i, None, "", True) if named_nothing else (i, "", "", False))
        elif len(ranked) > 1 and ranked[1][1] >= ranked[0][1] - 2:
            out.append((i, None, "", True))
        else:
            out.append((i, ranked[0][0], "", True))
    if sum(named for _, named in loose) < 2:
        # headings with no gap below them count only where at least two name a question's topic: a short
        # first line of a paragraph ("Thank you for ...") is not a heading in a letter that has none
        dropped = {i for i, _ in loose}
        out = [mk for mk in out if mk[0] not in dropped]
    out = [mk for mk in out if mk[1] != ""]
    # one section per question: a later heading naming the same question starts an unassigned one, unless the later one
    # names it by its number and the earlier only by its words (round 49: "Our views on the new legal duty" over the
    # letter, then "About Option One (question 9)" over the answer)
    numbered = {i for i, qid, _a, _s in out if qid and NUMBER_IN_BRACKETS.search(lines[i])}
    first_numbered: dict[str | None, int] = {}
    for i, qid, _a, _s in out:
        if i in numbered:
            first_numbered.setdefault(qid, i)
    seen: set[str] = set()
    unique = []
    for i, qid, after, strong in out:
        if qid in first_numbered and i != first_numbered[qid]:
            qid = None
        if qid in seen:
            qid = None
        if qid:
            seen.add(qid)
        unique.append((i, qid, after, strong))
    return unique


def _map_ids(sections: dict[str, str], spec: Spec) -> dict[str, str]:
    """Per-question texts to slots: a stance question's text is its explanation."""
    slots: dict[str, str] = {}
    for qid, text in sections.items():
        q = spec.question(qid)
        if q.type in ("yes_no_explain",):
            slots[f"{qid}.text"] = text
            if not q.stance:
                first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
                slots[qid] = first
        elif q.type == "single_choice":
            first = re.split(r"(?<=[.!?])\s|\n", text, maxsplit=1)[0].strip(" .")
            slots[qid] = first
            if q.other_option and re.match(r"^other\b", first, re.I):
                slots[qid] = first
        elif q.type == "multi_choice":
            slots[qid] = text
        elif q.type in ("time_resource", "role_grid", "open_text"):
            slots[qid] = text
    return slots


_CONSENT_YES = re.compile(
    r"\b(?:content|happy|willing|pleased|agree|consent)\s+(?:for|to|that)\s+(?:this|our|my|the)\s+(?:response|submission|letter|reply|comments)\s+"
    r"(?:to\s+be\s+|being\s+|may\s+be\s+|can\s+be\s+|is\s+)?(?:published|made public)\b"
    r"|\b(?:this|our|my)\s+(?:response|submission|letter)\s+(?:may|can)\s+be\s+published\b",
    re.I,
)
_CONSENT_NO = re.compile(
    r"\b(?:do not|don't|would not|does not)\s+(?:wish|want|consent|agree)\s+(?:for\s+)?(?:this|our|my|the)\s+(?:response|submission|letter)\s+(?:to\s+be\s+)?published\b"
    r"|\btreat(?:ed)?\s+(?:this|our|my|the)\s+(?:response|submission|letter)\s+as\s+confidential\b|\bnot\s+(?:for|to\s+be)\s+publi(?:shed|cation)\b",
    re.I,
)


def _consent(text: str) -> str | None:
    """Whether a letter says it may be published ("Yes"), asks for confidentiality ("No"), or neither."""
    if _CONSENT_NO.search(text):
        return "No"
    if _CONSENT_YES.search(text):
        return "Yes"
    return None


def _respondent_type(text: str, details: dict[str, str]) -> str | None:
    """Organisation or Individual, from what the letter says of itself and how it speaks."""
    t = text.lower()
    if re.search(
        r"\b(in a personal capacity|as an individual|as a (local )?resident|as a member of the public|my own (view|behalf)|i am writing personally|as a retired|in my own name)\b",
        t,
    ):
        return "Individual"
    if (
        details.get("organisation")
        or details.get("q1")
        or re.search(
            r"\bon behalf of\b|\bour (organisation|members|service|council|trust|charity)\b|\bwe (are|run|work|provide|employ)\b",
            t,
        )
    ):
        return "Organisation"
    we = len(re.findall(r"\b(?:we|our|us)\b", t))
    i = len(re.findall(r"\b(?:i|my|me)\b", t))
    if we > i:
        return "Organisation"
    if i > we:
        return "Individual"
    return None


def read_letter(path: str | Path, spec: Spec | None = None) -> tuple[pd.DataFrame, dict[str, Any]]:
    """Read a letter or email into one row of slots (whole text, per-question texts, sender details)."""
    path = Path(path)
    spec = spec or load_spec()
    raw, details = letter_text(path)
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    raw = drop_cut_questions(
        unfold_option_columns(
            read_marked_columns(fold_ruled_tables(fold_bare_pipe_tables(fold_grid_tables(unquote_email(raw)))), spec),
            spec,
        ),
        spec,
    )
    if "/" in raw or "appropriate" in raw:
        raw = _drop_undeleted(raw, spec)
    lines = raw.split("\n")
    found, drop = sender_details(lines, spec)
    for k, v in found.items():
        details.setdefault(k, v)
    body_lines = [line for i, line in enumerate(lines) if i not in drop]
    body = "\n".join(body_lines).strip()
    body = re.sub(r"\n{3,}", "\n\n", body)
    structure, sections, _ = split_letter(body, spec)
    slots: dict[str, str] = {"_row": 1, "letter_text": _unwrap(body)}  # type: ignore[dict-item]
    for k, v in _map_ids(sections, spec).items():
        slots[k] = _unwrap(v)
    for k in (
        "full_name",
        "job_title",
        "organisation",
        "address",
        "postcode",
        "email",
        "phone",
        "response_date",
        "acknowledge",
    ):
        if details.get(k):
            slots[k] = details[k]
    for k in ("q1", "q3", "respondent_type"):
        if details.get(k) and not slots.get(k):
            slots[k] = details[k]
    rtype = _respondent_type(body, details)
    if rtype:
        slots["respondent_type"] = rtype
    consent = _consent(raw)
    if consent:
        slots["consent_publish"] = consent
    info = {"structure": structure, "questions_found": len(sections), "sender_details": sorted(details)}
    if not body.strip():
        raise ReadError("the letter has no text once the address and signature are set aside")
    return pd.DataFrame([slots]), info


# a grid table's border ("+----+-----+", "+====+", "├────┼────┤") and its column bars
_GRID_BORDER = re.compile(r"^\s*[+┌├└╞╘╒][-=─═:+┬┼┴╤╪╧]+[+┐┤┘╡╛╕]\s*$")
_GRID_BAR = "|│"


_RANK_ROW = re.compile(r"\b(?:rank|ranking|ranked|order|preference|place)\b", re.I)
_PLACES = {1: "first", 2: "second", 3: "third"}


# a question's text cut short by the form's export, ending in an ellipsis: "Do you consider that Option two would best
# achieve the consul..." (in a table's cell, after a number, or on a line of its own)
_CUT_SHORT = re.compile(r"(?<![\w'’-])(?P<words>[A-Z][^\n|?!…]{19,250}?)\s*(?:\.{3}|…)")


def drop_cut_questions(text: str, spec: Spec) -> str:
    """A question's text cut short with an ellipsis, as form exports show it, taken out, leaving its number: the
    words of a question are no answer (its "would best achieve" is not the respondent's verdict), and cut short they
    are not recognised as the question's own. Where no number of that question comes before it on its line, the
    number is written in its place ("Question 11"). Text that merely trails off is kept.

    >>> spec = load_spec()
    >>> drop_cut_questions("11. Do you consider that Option two would best achieve the consul... | See attached. |", spec)
    '11.  | See attached. |'
    >>> drop_cut_questions("Do you consider the specific agencies listed in Schedule 6 to the ...\\nn/a", spec)
    'Question 10\\nn/a'
    >>> drop_cut_questions("We consider that the option would best achieve the vision...", spec)
    'We consider that the option would best achieve the vision...'
    """
    if "..." not in text and "…" not in text:
        return text
    questions = [(norm(q.text), q.number) for q in spec.questions if q.text and q.number]

    def drop(m: re.Match[str]) -> str:
        words = m.group("words")
        for start in [0] + [w.start() for w in re.finditer(r"(?<=\s)[A-Z]", words)]:
            # (from a capital after a marker the match began with: "Q10 Do you consider ...")
            cut = norm(words[start:])
            if len(cut.split()) < 4:
                break
            for qn, number in questions:
                if qn.startswith(cut) and len(cut) < len(qn):
                    line_start = m.string.rfind("\n", 0, m.start()) + 1
                    before = m.string[line_start : m.start()] + words[:start]
                    numbered = re.search(rf"(?<!\d){re.escape(number)}(?!\d)", before)
                    return words[:start].rstrip() if numbered else words[:start] + f"Question {number}"
        return m.group(0)

    return _CUT_SHORT.sub(drop, text)


# an answer box holding no answer: a dash, "n/a", "not applicable", "see attached" (the attachment, where there is one,
# is read as a letter of its own)
_NO_ANSWER = re.compile(
    r"[-–—.\s*_]*|(?:n/?a|not\s+applicable|blank|(?:please\s+)?see\s+(?:the\s+)?(?:attached|enclosed|(?:our\s+|the\s+)?"
    r"(?:attached\s+|enclosed\s+|covering\s+)?(?:letter|submission|response|document))(?:\s+(?:letter|submission|"
    r"response|document))?(?:\s+from\s+(?:our|the)\s+[\w\s'’-]{1,40})?)[.\s*]*",
    re.I,
)


# a tick in a cell ("X", "[x]", "(X)", "✓", "☒") and an empty box ("[ ]", "( )", "☐", "-")
_MARK = re.compile(r"^(?:[\[(]\s*)?(?:x|✓|✔|☒|☑|✗|✘|yes)(?:\s*[\])])?$", re.I)
_NO_MARK = re.compile(r"^(?:[\[(]\s*[\])]|☐|[-–—]|)$")
# a column of words the respondent wrote (kept beside the mark); the others (the question's title) restate the question
_COMMENT_COLUMN = re.compile(
    r"\b(?:comments?|reasons?|why|explanation|notes?|remarks?|views?|response|details?|because)\b", re.I
)


def read_marked_columns(text: str, spec: Spec) -> str:
    """Tables of a form with a column per answer ("| Q | Subject | Yes | No | Not sure |", the columns named by the
    questionnaire's answers) and a mark in one of them, as rows the question markers read: the question's cell, the
    answer marked (the column's name) and any comment ("| 9 | Not sure |"); a row with no box marked keeps only its
    question's cell and its comment (no answer), round 38. Tables without two answer columns, and rows whose answer
    cells hold words, are left as they are.

    >>> from svanalysis.core.spec import load_spec
    >>> table = "| Q | Subject | Yes | No |\\n|---|---|---|---|\\n| 9 | Option One | [ ] | [X] |\\n| 8 | Vision | [ ] | [ ] |"
    >>> print(read_marked_columns(table, load_spec()))
    | Q | Answer |
    |---|---|
    | 9 | No |
    | 8 |  |
    """
    return _rewrite_tables(text, lambda table: _marked_rows(table, spec))


def _rewrite_tables(text: str, rewrite: Any) -> str:
    """``text`` with each run of Markdown table lines replaced by ``rewrite(lines)``, where that gives lines (None: kept)."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not lines[i].lstrip().startswith("|"):
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].lstrip().startswith("|"):
            j += 1
        new = rewrite(lines[i:j])
        out.extend(lines[i:j] if new is None else new)
        i = j
    return "\n".join(out)


def _cells(row: str) -> list[str]:
    """The cells of a Markdown table's row, stripped."""
    return [c.strip() for c in row.strip().strip("|").split("|")]


def _marked_rows(table: list[str], spec: Spec) -> list[str] | None:
    """One table with answer columns, its rows read by their marks, or None when it is not such a table."""
    if len(table) < 3 or not re.match(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$", table[1]):
        return None
    header = _cells(table[0])
    answers = [k for k, c in enumerate(header) if k > 0 and _answer_label(c, spec) is not None]
    if len(answers) < 2:
        return None
    comments = [k for k, c in enumerate(header) if k > 0 and k not in answers and _COMMENT_COLUMN.search(c)]
    rows = [_cells(r) for r in table[2:]]
    if any(len(r) != len(header) for r in rows):
        return None
    if any(not (_MARK.match(r[k]) or _NO_MARK.match(r[k])) for r in rows for k in answers):
        return None  # words under an answer's column: not a form of boxes
    head = [header[0], "Answer"] + [header[k] for k in comments]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        marked = [header[k].strip(" *_") for k in answers if _MARK.match(r[k])]
        answer = " and ".join(marked)
        out.append("| " + " | ".join([r[0], answer] + [r[k] for k in comments]) + " |")
    return out


def unfold_option_columns(text: str, spec: Spec) -> str:
    """A table with a column per option (its header naming one question in each column after the first, "| Test |
    Option One: ... | Option Two: ... | Option Three: ... |") as one section per column: a heading, then each row's
    label and that column's cell ("Main risk: Progress depends on whoever is in post."), so each option is read from
    its own column. A ranking row of figures ("| Our ranking | 1 | 2 | 3 |") reads "Ranked first.", "Ranked last.".
    Other tables and text are left as they are.
    """
    return _rewrite_tables(text, lambda table: _option_column_blocks(table, spec))


def _option_column_blocks(table: list[str], spec: Spec) -> list[str] | None:
    rows = [_cells(line) for line in table]
    rows = [r for r in rows if not all(re.fullmatch(r":?-{2,}:?", c) or not c for c in r)]
    if len(rows) < 2 or len(rows[0]) < 3:
        return None
    header = [c.strip(" *_") for c in rows[0]]
    qids = [(_option_opening(cell, spec) or _topic_question(cell, spec)) if cell else None for cell in header[1:]]
    named = [q for q in qids if q]
    if len(named) < 2 or len(set(named)) != len(named) or len(named) != sum(1 for c in header[1:] if c):
        return None
    ranks = [int(c.strip(" *_")) for r in rows[1:] if _RANK_ROW.search(r[0]) for c in r[1:] if c.strip(" *_").isdigit()]
    out: list[str] = []
    for k, qid in enumerate(qids, start=1):
        if qid is None:
            continue
        sentences = []
        for r in rows[1:]:
            label, cell = r[0].strip(" *_"), (r[k].strip(" *_") if len(r) > k else "")
            if not cell or re.fullmatch(r"[-–—]+", cell):
                continue
            if _RANK_ROW.search(label) and cell.isdigit():
                place, last = int(cell), max(ranks)
                sentences.append(
                    "Ranked last." if place == last and place > 1 else f"Ranked {_PLACES.get(place, cell)}."
                )
                continue
            # (a row that asks a question is its own sentence, the question not read as a verdict on the option: "Does
            # it build on structures that already work? Amber.", round 35)
            joint = " " if label.endswith("?") else ": "
            sentences.append((f"{label}{joint}{cell}" if label else cell).rstrip(".") + ".")
        # (an option by its name alone: "Option One: duty of due regard on specified bodies" as a heading would name
        # Schedule 6's "specified bodies" too)
        option = spec.question(qid).about_option
        title = spec.option_name(option) if option else header[k]
        out += ["", f"## {title}", "", " ".join(sentences), ""]
    return out


def _option_opening(cell: str, spec: Spec) -> str | None:
    """The option question whose topic opens a cell ("Option One: duty of due regard on specified bodies" opens with
    Option One's "option one", though "specified bodies", Schedule 6's, is the longer topic in it)."""
    words = _topic_words(cell)
    found = [
        (len(t), q.id)
        for q in spec.questions
        if q.stance and q.about_option
        for t in map(_topic_words, q.topics)
        if t and re.match(rf"{re.escape(t)}\b", words)
    ]
    return max(found)[1] if found else None


def fold_bare_pipe_tables(text: str) -> str:
    """Tables typed with bars between cells but no bars at the ends and no rule under the header ("Option | What it
    would mean for us | Our view" over a row per option) as Markdown rows, the first line the header, so each row is
    read on its own (round 37: the rows had run together into one sentence). Three lines or more with the same
    number of cells; a lone line with a bar ("Telephone 01632 960418 | office@example.org") is no table.

    >>> print(fold_bare_pipe_tables("Option | Our view\\nOne | The best of the three\\nTwo | Not the right vehicle"))
    | Option | Our view |
    |---|---|
    | One | The best of the three |
    | Two | Not the right vehicle |
    >>> fold_bare_pipe_tables("Tel 01632 960418 | office@example.org\\nDear Sir")
    'Tel 01632 960418 | office@example.org\\nDear Sir'
    """
    if " | " not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        width = _bare_cells(lines[i])
        j = i + 1
        while width and j < len(lines) and _bare_cells(lines[j]) == width:
            j += 1
        if width and j - i >= 3 and not (i + 1 < len(lines) and _TABLE_RULE.match(lines[i + 1])):
            rows = [[c.strip() for c in line.split(" | ")] for line in lines[i:j]]
            out += ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
            out += ["| " + " | ".join(row) + " |" for row in rows[1:]]
            i = j
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def _bare_cells(line: str) -> int:
    """How many cells a line of a bare pipe table holds (0: not such a line)."""
    if " | " not in line or _TABLE_ROW.match(line) or line.lstrip().startswith("|"):
        return 0
    cells = line.split(" | ")
    return len(cells) if all(c.strip() for c in cells) else 0


def fold_grid_tables(text: str) -> str:
    """Grid tables (what pandoc and plain-text exports make of a Word table: a row's text wrapped over
    several lines between borders of "+---+") as one Markdown row per table row, each cell's lines
    joined, so "| Q9 | The Trust's preferred route ... |" is one row the question markers can read.
    A block whose lines do not fit its border's columns is left as it is.

    >>> fold_grid_tables("+----+---------+\\n| Q8 | Well    |\\n|    | judged. |\\n+----+---------+")
    '| Q8 | Well judged. |'

    A border round the header only, each line numbering a question, is a row a line:

    >>> fold_grid_tables("+---+-----+\\n| 8 | Yes |\\n| 9 | No  |\\n+---+-----+")
    '| 8 | Yes |\\n| 9 | No |'

    ... and a line whose first cell is empty goes on the row above it:

    >>> fold_grid_tables("+---------+------+\\n| Q8 Aims | Yes, |\\n|         | just |\\n| Q9 Duty | No   |\\n+---------+------+")
    '| Q8 Aims | Yes, just |\\n| Q9 Duty | No |'
    """
    lines = text.split("\n")
    if not any(_GRID_BORDER.match(line) for line in lines):
        return text
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _GRID_BORDER.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        j = i + 1
        while j < len(lines) and (_GRID_BORDER.match(lines[j]) or lines[j].strip()[:1] in tuple(_GRID_BAR)):
            j += 1
        rows = _grid_rows(lines[i:j])
        out.extend(lines[i:j] if rows is None else rows)
        i = j
    return "\n".join(out)


# the rule under a plain-text table's header: runs of dashes (or "=") set apart by spaces, "+" or "|" ("-----  ----",
# "------+------", "=== === ==="), two runs at least (a single run under a line is a heading's underline)
# ("--   ------" too: a narrow first column's rule may be two dashes, so long as another run has three)
_TABLE_RULE = re.compile(
    r"^\s*(?=[^\n]*[-=─]{3})[-=─]{2,}(?:[ \t]*[+|┼][ \t]*[-=─]{2,}|[ \t]{1,}[-=─]{2,})+[ \t]*[+|]?\s*$"
)
# a rule across the whole table, above and below its header and between its rows ("-----...-----")
_FULL_RULE = re.compile(r"^\s*(?:-{20,}|={20,}|─{20,})\s*$")


def fold_ruled_tables(text: str) -> str:
    """Plain-text tables with a rule of dashes under their header (the "simple" tables of plain-text exports,
    psql and many a typed email: "Question    For  Against" over "--------  ---  -------") as Markdown rows,
    the header first and its separator after it, so each row is read on its own and the header's words
    ("No view", "Against") are column names, not a view on every question of the table.

    >>> print(fold_ruled_tables("  Question       For  No view\\n  ------------  ---  -------\\n  Q8 Vision      20        2"))
    | Question | For | No view |
    |---|---|---|
    | Q8 Vision | 20 | 2 |
    >>> print(fold_ruled_tables("Question | Position\\n---------+---------\\nQ9 Option One | We would choose it\\n\\nAfter."))
    | Question | Position |
    |---|---|
    | Q9 Option One | We would choose it |
    <BLANKLINE>
    After.

    A cell wrapped onto the next line (the first column empty there) goes on with its row; a rule of one run
    (a heading's underline) is no table:

    >>> print(fold_ruled_tables("Topic        View\\n-----------  ---------\\nOption Two   Would add\\n             meetings"))
    | Topic | View |
    |---|---|
    | Option Two | Would add meetings |
    >>> fold_ruled_tables("Our view\\n--------\\nWe agree.")
    'Our view\\n--------\\nWe agree.'
    """
    if "---" not in text and "===" not in text and "───" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if (
            i + 2 < len(lines)
            and lines[i].strip()
            and not _TABLE_ROW.match(lines[i])
            and _TABLE_RULE.match(lines[i + 1])
        ):
            j = i + 2
            while j < len(lines) and lines[j].strip():
                j += 1
            rows = _ruled_rows(lines[i], lines[i + 1], lines[i + 2 : j])
            if rows is not None:
                out.extend(rows)
                i = j
                continue
        if (
            i + 3 < len(lines)
            and _FULL_RULE.match(lines[i])
            and _FULL_RULE.match(lines[i + 2])
            and "|" not in lines[i + 1]
            and len(heads := _segments(lines[i + 1])) >= 2
        ):
            # a header between two rules across the table, its columns where the header's words start (round 38:
            # "Question   Agree / Disagree / Partly   Comments" boxed by dashes, a rule under each row)
            rule = "".join(f"{'':<{start - k}}{'-' * max(2, len(word))}" for k, (start, word) in _ends(heads))
            j = i + 3
            while j < len(lines) and lines[j].strip():
                j += 1
            rows = _ruled_rows(lines[i + 1], rule, lines[i + 3 : j])
            if rows is not None:
                out.extend(rows)
                i = j
                continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def _wrapped_on(prev: list[str], row: list[str]) -> bool:
    """Whether a table line goes on with the row above: its first cell empty, or (round 45: "| Q9 The due regard duty |
    Not settled | The Executive Committee has not reached a |" over "| (Option One) | | settled position on ...") its
    first cell in brackets or a cell empty that the row above filled, where the row above stops mid-sentence and the
    line's text goes on in lower case. A new row's terse cells ("| Q10 | | No comment |") start one of their own.

    >>> _wrapped_on(["Q9 Duty", "Not settled", "has not reached a"], ["(Option One)", "", "settled position."])
    True
    >>> _wrapped_on(["Q9 Duty", "Agree", "Right"], ["Q10 List", "", "No comment"])
    False
    >>> _wrapped_on(["Q9 Duty", "Not settled", "No view yet."], ["Q10 List", "", "see below."])
    False
    """
    if not row[0]:
        return True
    last = next((c for c in reversed(prev) if c), "")
    tail = next((c for c in reversed(row) if c), "")
    return (
        (row[0].startswith("(") or any(p and not c for p, c in zip(prev, row, strict=False)))
        and not last.rstrip().endswith((".", "!", "?", ":", ";"))
        and tail[:1].islower()
    )


def _ruled_rows(header: str, rule: str, body: list[str]) -> list[str] | None:
    """One ruled table's header and rows as Markdown rows, or None when its lines do not make a table."""
    if "|" in header or re.search(r"[+|┼]", rule):
        width = len(_TABLE_RULE_RUN.findall(rule))

        def cells(line: str) -> list[str] | None:
            # bars at the ends only where the line has them (a wrapped row's line "         |     | more text"
            # begins with its empty first cell, round 38)
            parts = [c.strip() for c in line.strip().split("|")]
            if len(parts) > width and not parts[0]:
                parts = parts[1:]
            if len(parts) > width and not parts[-1]:
                parts = parts[:-1]
            return parts if len(parts) == width else None
    else:
        starts = [m.start() for m in _TABLE_RULE_RUN.finditer(rule)]
        width = len(starts)

        def cells(line: str) -> list[str] | None:
            found: list[list[str]] = [[] for _ in starts]
            for start, piece in _segments(line, _TYPED_GAP):
                k = max([c for c, s in enumerate(starts) if s <= start + 1] or [0])
                found[k].append(piece)
            return [" ".join(c) for c in found]

    head = cells(header)
    if head is None or sum(bool(c) for c in head) < 2:
        return None
    rows: list[list[str]] = []
    for line in body:
        if _TABLE_RULE.match(line) or _FULL_RULE.match(line):  # a rule under the last row, or between rows
            continue
        row = cells(line)
        if row is None:
            return None
        if rows and any(row) and _wrapped_on(rows[-1], row):  # a cell wrapped onto the next line
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], row, strict=True)]
        elif any(row):
            rows.append(row)
    if not rows:
        return None
    md = ["| " + " | ".join(head) + " |", "|" + "---|" * width]
    return md + ["| " + " | ".join(row) + " |" for row in rows]


_TABLE_RULE_RUN = re.compile(r"[-=─]{2,}")


def _ends(segments: list[tuple[int, str]]) -> list[tuple[int, tuple[int, str]]]:
    """Each (start, text) piece of a line beside where the piece before it ended."""
    ends = [0] + [start + len(text) for start, text in segments[:-1]]
    return list(zip(ends, segments, strict=True))


def _grid_rows(block: list[str]) -> list[str] | None:
    """The rows of one grid table as Markdown rows, or None when its lines do not fit its columns."""
    border = block[0]
    cuts = [k for k, ch in enumerate(border) if ch in "+┌├└╞╘╒┐┤┘╡╛╕┬┼┴╤╪╧"]
    rows: list[str] = []
    cells: list[list[str]] = []

    def flush() -> None:
        firsts = cells[0] if cells else []
        starts = [k for k, f in enumerate(firsts) if f]
        if len(starts) > 1 and starts[0] == 0 and all(_NUMBER_LEAD.match(firsts[k]) for k in starts):
            # a border round the header only, a row a line (as plain-text exports print a summary table):
            # every line numbers its own question ("| 8 | Vision | We agree |", "| Q9 Option One | ... |"); a line
            # with its first cell empty goes on the row above (a cell wrapped, round 41)
            for k, end in zip(starts, starts[1:] + [len(firsts)], strict=True):
                joined = (" ".join(part for part in cell[k:end] if part) for cell in cells)
                rows.append("| " + " | ".join(joined) + " |")
        else:
            texts = [" ".join(part for part in cell if part) for cell in cells]
            if any(texts):
                rows.append("| " + " | ".join(texts) + " |")

    for line in block + [border]:
        if _GRID_BORDER.match(line):
            flush()
            cells = []
            continue
        if all(k < len(line) and line[k] in _GRID_BAR for k in cuts):
            parts = [line[a + 1 : b].strip() for a, b in itertools.pairwise(cuts)]
        else:  # a line edited by hand: its bars, if there are as many as the border's columns
            parts = [p.strip() for p in re.split(r"[|│]", line.strip())[1:-1]]
            if len(parts) != len(cuts) - 1:
                return None
        if not cells:
            cells = [[] for _ in parts]
        for cell, part in zip(cells, parts, strict=True):
            cell.append(part)
    return rows


# a first cell led by a question's number, with or without its topic after ("9", "Q9", "Q8  Vision and focus")
_NUMBER_LEAD = re.compile(r"^(?:q(?:uestion)?\s*\.?\s*)?\d{1,2}(?:[.):]|\s|$)", re.I)
_QUOTED = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M)


def unquote_email(text: str) -> str:
    """An email's quoted lines ("> ...", a forwarded or replied-to message) as plain lines, a bare ">"
    line as a paragraph break, so a quoted letter keeps its paragraphs and sign-off (a single line
    that starts with ">" is left alone: it is no quoted block).

    >>> unquote_email("Sent on.\\n\\n> the vision is right.\\n>\\n> > so is the duty.\\n> Beth")
    'Sent on.\\n\\nthe vision is right.\\n\\nso is the duty.\\nBeth'

    A reply written between the lines of what it quotes (two quoted passages or more, each answered below it:
    a colleague's draft answered point by point, the consultation paper quoted back) keeps only the
    respondent's own lines, the questions quoted (a passage with a "?") and the question numbers that open a
    quoted passage: the quoted statements are somebody else's words, not the respondent's view.

    >>> print(unquote_email("> Q9. The Trust supports Option One.\\nI do not.\\n\\n> Do you agree? Why?\\n>\\n> We said so.\\nWe do."))
    Q9.
    I do not.
    <BLANKLINE>
    Do you agree? Why?
    <BLANKLINE>
    <BLANKLINE>
    We do.
    """
    if text.count("\n>") + text.startswith(">") < 2:
        return text
    lines = text.split("\n")
    blocks: list[tuple[int, int]] = []  # [start, end) of each run of quoted lines
    i = 0
    while i < len(lines):
        if _QUOTED.match(lines[i]):
            j = i
            while j < len(lines) and _QUOTED.match(lines[j]):
                j += 1
            blocks.append((i, j))
            i = j
        else:
            i += 1
    answered = [
        (a, b) for a, b in blocks if any(line.strip() for line in lines[b : b + 3]) and not _CLOSING.match(lines[b])
    ]
    if len(answered) < 2:
        return _QUOTED.sub("", text)
    out = lines[:]
    for a, b in answered:
        paras: list[list[int]] = [[]]
        for k in range(a, b):
            if _QUOTED.sub("", lines[k]).strip():
                paras[-1].append(k)
            else:
                paras.append([])
        for para in paras:
            words = " ".join(_QUOTED.sub("", lines[k]).strip() for k in para)
            if not para or "?" in words or not _SENTENCE_END.search(words):
                continue  # a question quoted, or a heading: kept as the respondent's structure
            number = _QUOTED_NUMBER.match(words)
            for k in para:
                out[k] = ""
            out[para[0]] = number.group(0).strip() if number else ""
    return _QUOTED.sub("", "\n".join(out))


_SENTENCE_END = re.compile(r"[.!;](?:\s|$)")
# a question's number opening a quoted passage ("Q9.", "Question 10:", "12)")
_QUOTED_NUMBER = re.compile(r"^\s*(?:q(?:uestion)?\s*\.?\s*)?\d{1,2}\s*[.):](?:\s|$)", re.I)


# a paragraph's first line that is a heading, not the start of a wrapped sentence: short (a wrapped line runs to
# the width it was wrapped at), capitalised, with no sentence's end ("Question eleven - Option Two", "Our view")
_HEADING_LINE = re.compile(r"^\W{0,4}[A-Z][^.!?,;:]{0,44}$")


def _is_heading_line(line: str) -> bool:
    """A paragraph's first line that heads it: ``_HEADING_LINE``, or a line in capitals of two words or more with no
    sentence's end, commas and all ("A DUTY FOR PUBLIC BODIES, NOT FOR SPORT").

    >>> _is_heading_line("Our view"), _is_heading_line("A DUTY FOR PUBLIC BODIES, NOT FOR SPORT"), _is_heading_line("NHS")
    (True, True, True)
    >>> _is_heading_line("We are in favour of a duty, and"), _is_heading_line("THE DUTY IS WRONG.")
    (False, False)
    """
    if _HEADING_LINE.match(line):
        return True
    bare = line.strip(" #*_")
    return bare.isupper() and len(bare.split()) >= 2 and len(bare) <= 80 and not bare.endswith((".", "!", "?", ";"))


# the end of a line that breaks a word: letters and a hyphen, the letters not a word compounds begin with
_BROKEN_WORD = re.compile(
    r"(?<![\w-])(?!(?:well|self|non|co|cross|multi|inter|anti|pre|post|re|sub|long|short|high|low|under|over|out|full|"
    r"part|half|quasi|semi|ex|vice|all|so|one|two|three|four|five|first|second|third|front|joined|evidence|place|"
    r"community|child|young|decision|risk|health|police|school|street|county|area|time|face|age|multi-agency)-$)"
    r"(?:[A-Za-z]+-)*[a-z]{2,}-$"
)


# a list item (``core.text.LIST_MARK``) or a table's row at a line's start
_LIST_OR_ROW = re.compile(r"^\s*" + LIST_MARK + r"|^\s*\|")


def _unwrap(text: str) -> str:
    """Join hard-wrapped lines within paragraphs; keep paragraph breaks and list items."""
    paras = re.split(r"\n\s*\n", text)
    out = []
    for p in paras:
        lines = p.split("\n")
        merged: list[str] = []
        for line in lines:
            s = line.rstrip()
            if (
                merged
                and s
                and not _LIST_OR_ROW.match(s)
                and not merged[-1].endswith(":")
                and not merged[-1].startswith("|")
                # a rule ("-----" under a question copied from the form) is a line of its own, and so is the answer
                # after it (round 44: "----- No -" had hidden the answer's opening "No")
                and not RULE_LINE.match(s)
                and not RULE_LINE.match(merged[-1])
                and not (len(merged) == 1 and _is_heading_line(merged[0]) and s.lstrip()[:1].isupper())
            ):  # list items, table rows and a heading printed directly above its paragraph stay lines of their own
                # a word hyphenated at the end of a line ("Counter-" / "Terrorism") is joined without a space; a word
                # broken by the line's end ("ei-" / "ther", as a PDF's text gives it) loses its hyphen too, unless
                # its first part is a word compounds are made with ("well-" / "known"), round 38
                joint = "" if re.search(r"[A-Za-z]-$", merged[-1]) else " "
                if joint == "" and _BROKEN_WORD.search(merged[-1]) and re.match(r"[a-z]{2}", s.strip()):
                    merged[-1] = merged[-1][:-1]
                merged[-1] = merged[-1] + joint + s.strip()
            else:
                merged.append(s.strip())
        out.append("\n".join(m for m in merged if m))
    return squash_lines("\n\n".join(o for o in out if o))


def squash_lines(text: str) -> str:
    return "\n".join(squash(line) if line.strip() else "" for line in text.split("\n"))
