"""The questionnaire spec against the consultation paper, by hand-counted facts."""

from __future__ import annotations

import pytest
import yaml

from svanalysis.core.spec import SpecError, load_spec


def test_every_numbered_question_is_present(spec):
    numbers = {q.number for q in spec.questions}
    assert {str(n) for n in range(1, 32)} <= numbers
    assert {"6.1", "6.2", "6.3", "6.4"} <= numbers


def test_seven_sectors_twelve_regions(spec):
    assert spec.sectors == [
        "Criminal Justice",
        "Education and child care",
        "Health and social care",
        "Local government",
        "Police",
        "Voluntary and community sector",
        "Other",
    ]
    assert len(spec.regions) == 12
    assert spec.regions[0] == "North East" and spec.regions[-1] == "Northern Ireland"


@pytest.mark.parametrize("qid", ["q6_3", "q16", "q21", "q26"])
def test_role_grids_have_23_roles_plus_other(spec, qid):
    labels = spec.question(qid).labels
    assert len(labels) == 24
    assert labels[-1] == "Other"
    assert spec.question(qid).options[-1].paper_text == "Other, not listed above, please specify:"
    assert labels[0] == "Police officer (sergeant and below)"
    assert labels[22] == "Science and research professional"


@pytest.mark.parametrize("qid", ["q18", "q23", "q28"])
def test_eight_benefits_plus_other(spec, qid):
    labels = spec.question(qid).labels
    assert len(labels) == 9 and labels[-1] == "Other"
    assert labels[7] == "Reductions in serious violent crime"


@pytest.mark.parametrize("qid", ["q19", "q24", "q29"])
def test_seven_disadvantages_plus_other(spec, qid):
    labels = spec.question(qid).labels
    assert len(labels) == 8 and labels[-1] == "Other"
    assert labels[0] == "Increased time pressures on your organisation"


def test_part4_questions_point_at_their_option(spec):
    about = {q.number: q.about_option for q in spec.questions if q.part == 4}
    assert {about[str(n)] for n in range(15, 20)} == {1}
    assert {about[str(n)] for n in range(20, 25)} == {2}
    assert {about[str(n)] for n in range(25, 30)} == {3}


def test_routing_of_q6_and_q7(spec):
    assert spec.question("q6_1").routed_from == ("q5", "Yes")
    assert spec.question("q7").routed_from == ("q5", "No")


def test_contract_column_names(spec):
    assert spec.column("q1") == "q1_sector"
    assert spec.column("q3") == "q3_region"
    assert [spec.column(q.id) for q in spec.stance_questions] == [
        "q8_vision",
        "q9_option_one",
        "q10_schedule6",
        "q11_option_two",
        "q12_csp_partners",
        "q13_option_three",
    ]
    assert spec.column("q15", "fte") == "q15_fte"
    assert spec.column("q27", "value") == "q27_other_costs_gbp"
    assert spec.choice_questions == ["q4", "q6_1", "q18", "q19", "q23", "q24", "q28", "q29"]
    assert spec.role_questions == ["q6_3", "q16", "q21", "q26"]


def test_other_option_keeps_the_papers_wording(spec):
    other = spec.question("q1").other_option
    assert other.label == "Other" and other.paper_text == "Other, please specify:"


def test_q8_to_q13_closed_options(spec):
    assert spec.question("q9").labels == ["Yes", "No", "Don't know"]
    assert spec.stance_closed_map["Don't know"] == "Unclear"


def test_question_texts_are_the_papers(spec):
    assert (
        spec.question("q11").text
        == "Do you consider that Option two would best achieve the consultation vision? Please explain why."
    )
    assert (
        spec.question("q4").labels[-1]
        == "None of the above; my agency/organisation does not operate in the area of serious violence"
    )


def _write(tmp_path, raw):
    p = tmp_path / "q.yaml"
    p.write_text(yaml.safe_dump(raw), encoding="utf-8")
    load_spec.cache_clear()
    return p


def test_loader_rejects_a_duplicate_id(tmp_path, spec):
    raw = dict(spec.raw)
    raw["questions"] = list(spec.raw["questions"]) + [spec.raw["questions"][0]]
    with pytest.raises(SpecError, match="duplicate question ids"):
        load_spec(_write(tmp_path, raw))


def test_loader_rejects_a_missing_question(tmp_path, spec):
    raw = dict(spec.raw)
    raw["questions"] = [q for q in spec.raw["questions"] if q["id"] != "q14"]
    with pytest.raises(SpecError, match=r"numbered questions missing from the spec: \['14'\]"):
        load_spec(_write(tmp_path, raw))


def test_loader_rejects_bad_routing(tmp_path, spec):
    raw = dict(spec.raw)
    qs = [dict(q) for q in spec.raw["questions"]]
    for q in qs:
        if q["id"] == "q7":
            q["routing"] = {"only_if": {"question": "q5", "answer": "Maybe"}}
    raw["questions"] = qs
    with pytest.raises(SpecError, match="routing answer 'Maybe' is not an option of q5"):
        load_spec(_write(tmp_path, raw))


def test_loader_names_the_file_when_missing(tmp_path):
    with pytest.raises(SpecError, match="questionnaire spec not found"):
        load_spec(tmp_path / "nope.yaml")
