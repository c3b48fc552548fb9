"""The Word response form: rendered from the spec, filled in with python-docx, read back."""

from __future__ import annotations

import re

import pytest
from docx import Document

from svanalysis.ingest.pipeline import NothingToIngest, ingest
from svanalysis.ingest.readers.wordform import NotAForm, read_wordform
from svanalysis.synth.form import BOX, write_form


class Filler:
    """Fills the blank form the way a respondent does in Word: ticks, typed answers, table cells."""

    def __init__(self, path):
        self.path = path
        self.doc = Document(str(path))
        self.blocks = list(self.doc.element.body.iterchildren())

    def _section(self, number):
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        out, inside = [], False
        for el in self.blocks:
            tag = el.tag.rsplit("}", 1)[-1]
            if tag == "p":
                p = Paragraph(el, self.doc)
                is_heading = p.style.name.startswith("Heading")
                if is_heading and re.match(rf"^{re.escape(number)}\. ", p.text):
                    inside = True
                    continue
                if inside and is_heading:
                    break
                if inside:
                    out.append(p)
            elif tag == "tbl" and inside:
                out.append(Table(el, self.doc))
        return out

    def tick(self, number, label, mark="☒", extra=""):
        for block in self._section(number):
            if (
                hasattr(block, "text")
                and not hasattr(block, "rows")
                and block.text.startswith(BOX)
                and label in block.text
            ):
                block.runs[0].text = block.runs[0].text.replace(BOX, mark, 1)
                if extra:
                    block.add_run(" " + extra)
                return
        raise AssertionError(f"no option {label!r} under question {number}")

    def write_box(self, number, text):
        for block in self._section(number):
            if hasattr(block, "rows") and len(block.rows) == 1 and len(block.columns) == 1:
                block.cell(0, 0).text = text
                return
        raise AssertionError(f"no answer box under question {number}")

    def fill_table(self, number, label, value):
        for block in self._section(number):
            if hasattr(block, "rows"):
                for row in block.rows:
                    if row.cells[0].text.strip().startswith(label):
                        row.cells[1].text = value
                        return
        raise AssertionError(f"no row {label!r} under question {number}")

    def about(self, label, value):
        for t in self.doc.tables:
            for row in t.rows:
                if row.cells[0].text.startswith(label):
                    row.cells[1].text = value
                    return
        raise AssertionError(label)

    def save(self, path):
        self.doc.save(str(path))


@pytest.fixture
def blank(tmp_path):
    return write_form(tmp_path / "form.docx")


def test_blank_form_has_every_question_and_option(blank, spec):
    text = "\n".join(p.text for p in Document(str(blank)).paragraphs)
    for q in spec.questions:
        assert f"{q.number}. {q.text}" in text, q.id
    for label in spec.sectors + spec.question("q18").labels[:-1]:
        assert f"{BOX} " in text and label in text
    assert (
        "Option Two: New duty through legislating to revise Community Safety Partnerships" in text
    )  # the heading the paper omits


def test_blank_form_is_not_a_response(blank, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "form.docx").write_bytes(blank.read_bytes())
    # the only input answers nothing: refused, with the reason, and nothing written
    with pytest.raises(
        NothingToIngest, match=r"^no responses in the input \(1 file\(s\): document: no answer to any question\)"
    ):
        ingest([raw], tmp_path / "out", overrides=tmp_path / "none.csv")


def test_filled_form_ingests_back_to_the_values_filled_in(blank, tmp_path):
    f = Filler(blank)
    f.tick("1", "Other, please specify:", extra="Fire and rescue service")
    f.tick("2", "Yes, please specify the nature of the partnership:", extra="We sit on the CSP board")
    f.tick("3", "South West")
    f.tick("4", "Police")
    f.tick("4", "Health and social care", mark="✓")
    f.tick("5", "Yes. Please continue with question 6.")
    f.tick("6.1", "Early intervention activities", extra="Mentoring in schools")
    f.fill_table("6.2", "… Full Time Equivalents (per year)", "approx 2")
    f.fill_table("6.2", "… Volunteer time (hours per week)", "10")
    f.fill_table("6.3", "Youth or community worker", "1.5")
    f.write_box("6.4", "£5,000 for training")
    f.tick("8", "Yes", mark="[x]")
    f.write_box("8", "The focus on prevention is right.")
    f.tick("9", "No")
    f.write_box("9", "A due regard duty would be a paper exercise.")
    f.write_box("11", "We support Option Two; CSPs already bring partners together.")
    f.tick("13", "Don't know", mark="X")
    f.fill_table("15", "… Full Time Equivalents (per year)", "3-4")
    f.fill_table("16", "Other, not listed above, please specify:", "2")
    f.tick("18", "Reductions in serious violent crime")
    f.tick("19", "Other, please specify:", extra="Duplication with the VRU")
    f.write_box("31", "Please fund it properly.")
    f.about("Full name", "Jo Bloggs")
    f.about("Company name/organisation", "Westcountry Fire and Rescue Service")
    f.about("Postcode", "EX2 7SR")
    f.about("Are you responding as an individual", "☒ Organisation   ☐ Individual")
    f.about("May we publish your response", "☐ Yes   ☒ No")
    raw = tmp_path / "raw"
    raw.mkdir()
    f.save(raw / "filled.docx")
    res = ingest([raw], tmp_path / "out", overrides=tmp_path / "none.csv")
    assert res.ledger["files"][0]["channel"] == "word_form"
    r = res.tables["responses"].iloc[0]
    assert (r["q1_sector"], r["q1_sector_other"]) == ("Other", "Fire and rescue service")
    assert (r["q2_partnership"], r["q2_partnership_detail"]) == ("Yes", "We sit on the CSP board")
    assert (r["q3_region"], r["q5_current_activity"]) == ("South West", "Yes")
    assert (r["q6_2_fte"], r["q6_2_volunteer_hours_per_year"], r["q6_4_other_costs_gbp"]) == (2.0, 520.0, 5000.0)
    assert (r["q8_vision"], r["q8_vision_method"], r["q8_vision_text"]) == (
        "Yes",
        "closed",
        "The focus on prevention is right.",
    )
    assert (r["q9_option_one"], r["q9_option_one_method"]) == ("No", "closed")
    assert (r["q11_option_two"], r["q11_option_two_method"]) == ("Yes", "rule")  # no tick: coded from the text
    assert (r["q13_option_three"], r["q15_fte"], r["q31_text"]) == ("Unclear", 3.5, "Please fund it properly.")
    assert (r["respondent_type"], r["consent_publish"]) == ("Organisation", "No")
    ch = res.tables["choices"]
    got = {
        (str(q), str(c), o if isinstance(o, str) else None)
        for q, c, o in ch[["question", "choice", "other_text"]].itertuples(index=False)
    }
    assert got == {
        ("q4", "Health and social care", None),
        ("q4", "Police", None),
        ("q6_1", "Early intervention activities", None),
        ("q18", "Reductions in serious violent crime", None),
        ("q19", "Other", "Duplication with the VRU"),
    }
    assert ch.loc[ch["question"] == "q6_1", "detail_text"].tolist() == ["Mentoring in schools"]
    roles = res.tables["role_fte"]
    assert roles[["question", "role", "fte"]].astype(str).values.tolist() == [
        ["q6_3", "Youth or community worker", "1.5"],
        ["q16", "Other", "2.0"],
    ]
    pii = res.tables["pii"].iloc[0]
    assert (pii["full_name"], pii["organisation"], pii["postcode"]) == (
        "Jo Bloggs",
        "Westcountry Fire and Rescue Service",
        "EX2 7SR",
    )


def test_options_deleted_instead_of_ticked(blank, tmp_path):
    doc = Document(str(blank))
    # the respondent deletes every region but one and every Q9 answer but "No"
    in_q3 = in_q9 = False
    for p in list(doc.paragraphs):
        if p.style.name.startswith("Heading"):
            in_q3, in_q9 = p.text.startswith("3. "), p.text.startswith("9. ")
            continue
        if in_q3 and p.text.startswith(BOX) and "London" not in p.text:
            p._element.getparent().remove(p._element)
        if in_q9 and p.text.startswith(BOX) and p.text != f"{BOX} No":
            p._element.getparent().remove(p._element)
    doc.save(str(tmp_path / "d.docx"))
    slots, _ = read_wordform(tmp_path / "d.docx")
    assert (slots.loc[0, "q3"], slots.loc[0, "q9"]) == ("London", "No")


def test_answers_as_paragraphs_and_in_table_cells_beside_questions(tmp_path, spec):
    doc = Document()
    doc.add_paragraph("My response to the consultation")
    q = {x.id: x for x in spec.questions}
    for qid, answer in (("q3", "☒ Wales"), ("q9", "[x] Yes"), ("q13", "No"), ("q14", "Better data sharing.")):
        doc.add_paragraph(f"{q[qid].number}. {q[qid].text}")
        doc.add_paragraph(answer)
    t = doc.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = f"Q11 {q['q11'].text}", "We support Option Two."
    t.cell(1, 0).text, t.cell(1, 1).text = f"Question 30. {q['q30'].text}", "Through the inspectorates."
    doc.save(str(tmp_path / "variant.docx"))
    slots, info = read_wordform(tmp_path / "variant.docx")
    s = slots.iloc[0]
    assert (s["q3"], s["q9"], s["q14"], s["q30"]) == (
        "Wales",
        "Yes",
        "Better data sharing.",
        "Through the inspectorates.",
    )
    assert s["q11.text"] == "We support Option Two."
    assert s["q13"] == "No"  # a bare answer typed under the question is the answer


def test_a_letter_in_word_is_not_the_form(tmp_path):
    doc = Document()
    doc.add_paragraph("Dear Sir or Madam,")
    doc.add_paragraph("We support Option One. We do not think a voluntary approach would work.")
    doc.save(str(tmp_path / "letter.docx"))
    with pytest.raises(NotAForm):
        read_wordform(tmp_path / "letter.docx")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "letter.docx").write_bytes((tmp_path / "letter.docx").read_bytes())
    res = ingest([raw], tmp_path / "out", overrides=tmp_path / "none.csv")
    r = res.tables["responses"].iloc[0]
    assert r["channel"] == "letter"
    assert (r["q9_option_one"], r["q13_option_three"]) == ("Yes", "No")


def test_password_protected_word_file_is_rejected(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "locked.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 200)
    with pytest.raises(NothingToIngest) as err:
        ingest([raw], tmp_path / "out", overrides=tmp_path / "none.csv")
    assert (
        "(1 file(s): locked.docx: file is password protected (an encrypted Word file) or an old .doc: "
        "save it as .docx)" in str(err.value)
    )
