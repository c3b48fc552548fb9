"""Emailed responses: the response in an attachment (the Word form, a letter in Word or text), read
as its own channel and linked to the email, the sender's details taken from the email."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from docx import Document

from svanalysis.ingest.pipeline import ingest
from svanalysis.synth.form import write_form
from tests.test_wordform import Filler

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
COVER = "Dear Sir or Madam,\n\nPlease find attached our response to the consultation.\n\nKind regards\nPat Quinn\n"


def _email(path, body, attachments=(), sender="Pat Quinn <pat.quinn@hillyouth.example>"):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "SVLegalDutyConsultation@homeoffice.gov.uk"
    msg["Subject"] = "Consultation response"
    msg["Date"] = "Mon, 20 May 2019 10:15:00 +0100"
    msg.set_content(body)
    for name, data, mime in attachments:
        maintype, subtype = mime.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    path.write_bytes(msg.as_bytes())
    return path


def _letter_docx(tmp_path):
    doc = Document()
    for para in (
        "Response from Hill Youth Project",
        "Question 9: No. A due regard duty would become a paper exercise for small charities like ours.",
        "Question 13: Yes. Voluntary partnerships already work well in our town.",
    ):
        doc.add_paragraph(para)
    p = tmp_path / "letter.docx"
    doc.save(str(p))
    return p.read_bytes()


def _ingest(tmp_path):
    return ingest([tmp_path / "raw"], tmp_path / "out", overrides=tmp_path / "none.csv")


def test_letter_attached_to_a_covering_email(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _email(raw / "response.eml", COVER, [("Hill Youth response.docx", _letter_docx(tmp_path), DOCX)])
    res = _ingest(tmp_path)
    f = res.ledger["files"][0]
    assert (f["layout"], f["rows_read"], f["responses"]) == ("email with attachments", 1, 1)
    assert f["attachments"] == [
        {"attachment": "Hill Youth response.docx", "channel": "letter", "layout": "numbered", "row": 1}
    ]
    r = res.tables["responses"].iloc[0]
    assert (r["channel"], r["source_file"], r["source_row"]) == ("letter", "response.eml", 1)
    assert r["q9_option_one"] == "No" and r["q13_option_three"] == "Yes"
    assert "Please find attached" not in r["letter_text"]  # the covering note is not the response
    pii = res.tables["pii"].iloc[0]
    assert (pii["organisation"], pii["full_name"], pii["email"]) == (
        "Hill Youth Project",
        "Pat Quinn",
        "pat.quinn@hillyouth.example",
    )
    assert pii["response_date"] == "Mon, 20 May 2019 10:15:00 +0100"


def test_word_form_attached_to_an_email_is_read_as_the_form(tmp_path):
    blank = write_form(tmp_path / "form.docx")
    f = Filler(blank)
    f.tick("3", "North East")
    f.tick("9", "Yes")
    f.write_box("9", "One duty for everyone is clearer.")
    f.save(tmp_path / "filled.docx")
    raw = tmp_path / "raw"
    raw.mkdir()
    _email(raw / "form by email.eml", COVER, [("Response form.docx", (tmp_path / "filled.docx").read_bytes(), DOCX)])
    res = _ingest(tmp_path)
    r = res.tables["responses"].iloc[0]
    assert (r["channel"], r["source_file"], r["q3_region"], r["q9_option_one"]) == (
        "word_form",
        "form by email.eml",
        "North East",
        "Yes",
    )
    assert r["q9_option_one_text"] == "One duty for everyone is clearer."
    assert res.tables["pii"].iloc[0]["email"] == "pat.quinn@hillyouth.example"


def test_two_attachments_are_two_responses_of_the_email(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    text = b"Question 11: Yes. Community Safety Partnerships are the right place for this duty.\n"
    _email(
        raw / "two.eml",
        COVER,
        [
            ("a.docx", _letter_docx(tmp_path), DOCX),
            ("b.txt", text, "text/plain"),
            ("logo.png", b"\x89PNG", "image/png"),
        ],
    )
    res = _ingest(tmp_path)
    r = res.tables["responses"].sort_values("source_row")
    assert r["source_row"].tolist() == [1, 2] and (r["source_file"] == "two.eml").all()
    assert r["channel"].astype(str).tolist() == ["letter", "letter"]
    assert "Community Safety Partnerships are the right place" in r["letter_text"].iloc[1]
    assert res.ledger["files"][0]["attachments_not_read"] == [
        {"attachment": "logo.png", "reason": "not a kind of file a response comes in"}
    ]


def test_email_saying_attached_without_a_readable_attachment_is_rejected(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _email(raw / "forgot.eml", COVER)
    _email(raw / "scan.eml", COVER, [("scan.png", b"\x89PNG", "image/png")])
    # with nothing else in the input there is no response at all, so the run is refused, naming the reasons
    from svanalysis.ingest.pipeline import NothingToIngest

    with pytest.raises(NothingToIngest) as err:
        _ingest(tmp_path)
    msg = str(err.value)
    assert (
        "forgot.eml: the email says its response is attached, but no attachment could be read (attachments: none)"
        in msg
    )
    assert (
        "scan.eml: the email says its response is attached, but no attachment could be read (attachments: scan.png)"
        in msg
    )


def test_email_with_the_response_in_its_body_is_still_a_letter(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    body = (
        "Dear Sir,\n\nQuestion 9: Yes. We support a duty on every partner.\n\nQuestion 13: No.\n\nRegards\nPat Quinn\n"
    )
    _email(raw / "body.eml", body)
    res = _ingest(tmp_path)
    r = res.tables["responses"].iloc[0]
    assert (r["channel"], r["q9_option_one_text"]) == ("letter", "Yes. We support a duty on every partner.")


def test_a_sender_too_damaged_to_parse_leaves_the_email_readable(tmp_path):
    """Found by the property test: ``From:<`` made the email library raise while the sender was
    looked up, instead of the email being read without a sender."""
    from svanalysis.ingest.readers.letters import letter_text

    p = tmp_path / "damaged.eml"
    p.write_bytes(b"From: <\nDate: Mon, 1 Apr 2019 10:00:00 +0100\n\nWe support the duty, with funding.\n")
    text, sender = letter_text(p)
    assert text.strip() == "We support the duty, with funding."
    assert "full_name" not in sender and "email" not in sender
    assert sender["response_date"] == "Mon, 01 Apr 2019 10:00:00 +0100"
