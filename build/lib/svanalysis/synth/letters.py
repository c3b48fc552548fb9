"""Synthetic letters and emails: free-form responses written the way people write them.

A companion of ``svanalysis.synth.responses``: it turns one synthetic respondent into a letter (numbered
answers, topic headings, or unstructured prose), an email (.eml) or a markdown file, with the
sender's details in a header or signature block. Letters rarely answer everything, so the
respondent's truth is rewritten to hold exactly what the letter says: the stances it expresses
(method ``rule``), the sector and region only where stated, nothing from Parts 2 and 4.
"""

from __future__ import annotations

import random
from email.message import EmailMessage
from email.policy import SMTP
from typing import Any

from svanalysis.core.checks import check_choice
from svanalysis.core.spec import Spec
from svanalysis.synth.respondent import Respondent

__all__ = ["LETTER_STYLES", "compose_letter"]

LETTER_STYLES = ("numbered", "headings", "unstructured", "email", "numbered_md")

# How an unstructured letter introduces each topic, so a reader can tell what a sentence is about.
_LEADS = {
    "q8": ["On the vision and focus set out in the paper: ", "As to the vision, "],
    "q9": ["On Option One, the new due regard duty: ", "Turning to Option One, "],
    "q10": ["On the Schedule 6 list of partners: ", "As for the Schedule 6 authorities, "],
    "q11": ["On Option Two and Community Safety Partnerships: ", "Turning to Option Two, "],
    "q12": ["On the statutory partners of Community Safety Partnerships: ", "As to the list of statutory partners, "],
    "q13": ["On Option Three, the voluntary approach: ", "As for Option Three, "],
}

_NUMBER_FORMS = ["Question {n} - ", "Q{n}: ", "{n}) ", "Q.{n} ", "{n}. "]


def compose_letter(
    R: Respondent, style: str, rng: random.Random, spec: Spec, t: dict[str, Any], index: int
) -> tuple[str, str]:
    """Return ``(file name, text)`` of a letter from ``R``; rewrites ``R.truth`` to what it says."""
    check_choice("style", style, LETTER_STYLES)
    pii = R.pii
    is_org = R.truth["respondent_type"] == "Organisation"
    org = pii.get("organisation") or ""
    truth_keep = {"respondent_type": R.truth.get("respondent_type"), "consent_publish": None}
    consent_line = ""
    if rng.random() < 0.5:
        if R.truth.get("consent_publish") == "Yes":
            consent_line, truth_keep["consent_publish"] = "We are content for this response to be published.", "Yes"
        else:
            consent_line, truth_keep["consent_publish"] = "Please treat this response as confidential.", "No"
    sector, region = R.truth.get("q1_sector"), R.truth.get("q3_region") or R.truth.get("q3_region_inferred")

    # what the letter addresses: most of Q8-Q13, each with a stance drawn from the bank
    addressed: dict[str, tuple[str, str]] = {}
    for q in spec.stance_questions:
        if rng.random() < 0.2:
            continue
        closed = R.truth.get(q.columns["value"])
        stance = closed if closed in ("Yes", "No", "Mixed") else rng.choice(["Yes", "No"])
        if closed == "Unclear":
            stance = "Unclear"
        bank = t["stance_text"][q.id]["Don't know" if stance == "Unclear" else stance]
        addressed[q.id] = (stance, rng.choice(bank))
    extra_open = {}
    if rng.random() < 0.7:
        extra_open["q14"] = " ".join(rng.sample(t["open_text"]["q14"], 2))
    if rng.random() < 0.5 and style in ("numbered", "numbered_md", "email"):
        extra_open["q30"] = rng.choice(t["open_text"]["q30"])

    # ---------------------------------------------------------------- the truth of this letter
    R.truth = {**truth_keep}
    for q in spec.answerable:
        for kind, col in q.columns.items():
            if kind != "table":
                R.truth[col] = None
    R.choices, R.roles = [], []
    for qid, (stance, _text) in addressed.items():
        q = spec.question(qid)
        R.truth[q.columns["value"]] = stance
        R.truth[q.columns["method"]] = "rule"
    for qid, text in extra_open.items():
        R.truth[spec.question(qid).columns["text"]] = text
    states_profile = style in ("numbered", "numbered_md", "email") and is_org
    if states_profile:
        R.truth["q1_sector"] = sector
        R.truth["q3_region"] = region
    else:
        # what a reader can infer: the region from a postcode, if the letter gives one; the sector
        # from the organisation, if there is one
        R.truth["q3_region_inferred"] = region if style != "email" else None
        R.truth["q1_sector_inferred"] = sector if is_org else None

    # ---------------------------------------------------------------- the text
    lines: list[str] = []
    sender = org or pii["full_name"]
    header = [sender, pii["address"], pii["postcode"], ""] if style != "email" else []
    date = f"{rng.randint(2, 27)} May 2019"
    body: list[str] = []
    intro_bank = t["letters"]["intros"] if is_org else t["letters"]["individual_intros"]
    intro = rng.choice(intro_bank).format(org=org or "I")
    if style in ("numbered", "email", "numbered_md"):
        form = rng.choice(_NUMBER_FORMS)
        if states_profile and sector:
            q1 = sector if sector != "Other" else f"Other: {R.slots.get('q1.other', 'other organisation')}"
            body.append(_numbered(style, form, spec.question("q1"), q1))
        if states_profile and region:
            body.append(_numbered(style, form, spec.question("q3"), f"{region}."))
        for q in spec.stance_questions:
            if q.id in addressed:
                stance, text = addressed[q.id]
                lead = {"Yes": "Yes. ", "No": "No. ", "Mixed": "Partly. ", "Unclear": ""}[stance]
                if rng.random() < 0.4:
                    lead = ""
                body.append(_numbered(style, form, q, lead + text))
        for qid, text in extra_open.items():
            body.append(_numbered(style, form, spec.question(qid), text))
    elif style == "headings":
        for q in spec.stance_questions:
            if q.id in addressed:
                heading = rng.choice(t["letters"]["topic_headings"][q.id])
                body.append(f"{heading}\n\n{addressed[q.id][1]}")
        if "q14" in extra_open:
            body.append(f"{rng.choice(t['letters']['topic_headings']['q14'])}\n\n{extra_open['q14']}")
    else:  # unstructured
        para: list[str] = []
        for q in spec.stance_questions:
            if q.id in addressed:
                text = addressed[q.id][1]
                lead = rng.choice(_LEADS[q.id])
                para.append(lead + text[0].lower() + text[1:])
                if len(para) == 2:
                    body.append(" ".join(para))
                    para = []
        if para:
            body.append(" ".join(para))
        if "q14" in extra_open:
            body.append("More generally, " + extra_open["q14"][0].lower() + extra_open["q14"][1:])
            R.truth[spec.question("q14").columns["text"]] = None  # not separable from the letter
    if consent_line:
        body.append(consent_line)
    signature = [rng.choice(t["letters"]["closings"]), "", pii["full_name"], pii["job_title"]]
    if org:
        signature.append(org)
    signature += [f"Tel: {pii['phone']}", f"Email: {pii['email']}"]

    if style == "numbered_md":
        lines = [
            f"# Response from {sender}",
            "",
            f"**Date:** {date}  ",
            f"**Address:** {pii['address']}, {pii['postcode']}",
            "",
            intro,
            "",
        ]
        lines += [b + "\n" for b in body]
        lines += ["*" + pii["full_name"] + "*  ", "*" + (pii["job_title"]) + "*"]
        return f"letter_{index:02d}.md", "\n".join(lines) + "\n"
    if style == "email":
        msg = EmailMessage(policy=SMTP)
        msg["From"] = f"{pii['full_name']} <{pii['email']}>"
        msg["To"] = "SVLegalDutyConsultation@homeoffice.gov.uk"
        msg["Subject"] = f"Consultation response - serious violence legal duty - {sender}"
        msg["Date"] = f"Tue, {date.split()[0]} May 2019 16:42:10 +0100"
        msg["Message-ID"] = f"<synthetic-{index}@svanalysis.example>"
        text = "\n\n".join(["Good afternoon,", intro, *body, "\n".join(signature)]) + "\n"
        msg.set_content(text, cte="quoted-printable")
        return f"letter_{index:02d}.eml", msg.as_string()
    opening = rng.choice(t["letters"]["openings"])
    lines = header + [date, "", opening, "", intro, ""]
    for b in body:
        lines += [b, ""]
    lines += signature
    return f"letter_{index:02d}.txt", "\n".join(lines) + "\n"


def _numbered(style: str, form: str, q: Any, answer: str) -> str:
    if style == "numbered_md":
        return f"### {q.number}. {q.text}\n\n{answer}"
    return form.format(n=q.number) + answer
