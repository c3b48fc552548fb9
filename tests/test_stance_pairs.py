"""Minimal pairs for the stance coder (issue 14): the same sentence with and without one construction.

Each expected value is worked out by hand from the conventions in the README's stance section: a
general objection to a new duty or to legislating is read on Option One; "none of the options"
applies to each option; the Government's preference is reported, not the respondent's; "support"
for people and "the voluntary sector" are other senses; a concession followed by a reservation
about the same target is Mixed; a question a letter never discusses stays missing.
"""

from __future__ import annotations

import json

import pytest
from conftest import STANCE_DATA

from svanalysis.ingest.stance import code_letter, code_text

REVIEW = 0.75  # settings: stance.review_threshold


def letter(text: str, qid: str):
    return code_letter(text)[qid]


# ---------------------------------------------------------------------------- negation
@pytest.mark.parametrize(
    ("qid", "plain", "negated"),
    [
        ("q11", "We support Option Two.", "We do not support Option Two."),
        (
            "q13",
            "We believe a voluntary approach would be sufficient.",
            "We do not believe a voluntary approach would be sufficient.",
        ),
        (
            "q9",
            "Option One would be a step in the right direction.",
            "Option One would not be a step in the right direction.",
        ),
        ("q9", "Option One is sensible.", "Option One is not sensible."),
    ],
)
def test_negation_turns_a_positive_cue_round(qid, plain, negated):
    assert (letter(plain, qid).stance, letter(negated, qid).stance) == ("Yes", "No")


def test_negation_of_a_negative_evaluation_is_support():
    # "far from a burden" (dev letter 29's construction, new sentence): the negation reaches the cue
    assert letter("A duty on named organisations would be a burden for us.", "q9").stance == "No"
    assert letter("A duty on named organisations would be far from a burden for us.", "q9").stance == "Yes"
    assert letter("We have no objection to Option Two.", "q11").stance == "Yes"
    assert letter("We object to Option Two.", "q11").stance == "No"


def test_negation_does_not_reach_across_a_noun_phrase():
    # "without" belongs to "new money", not to "an empty gesture"
    assert letter("A duty on public bodies without new money would be an empty gesture.", "q9").stance == "No"


# ---------------------------------------------------------------------------- evaluation and idioms
@pytest.mark.parametrize(
    ("qid", "text", "stance"),
    [
        ("q13", "The voluntary approach is a paper tiger.", "No"),
        ("q13", "The voluntary approach gets our vote.", "Yes"),
        ("q9", "Option One is window dressing.", "No"),
        ("q9", "Option One is reckless.", "No"),
        ("q9", "Option One is premature.", "No"),
        ("q11", "Revising Community Safety Partnerships is unlikely to deliver.", "No"),
        ("q11", "Revising Community Safety Partnerships is likely to deliver.", "Yes"),
        ("q9", "A new duty on specified organisations would be counter-productive.", "No"),
        (
            "q9",
            "For schools, a new duty on specified organisations would be the straw that breaks the camel's back.",
            "No",
        ),
        ("q8", "The vision is a curate's egg.", "Mixed"),
    ],
)
def test_evaluations_and_idioms_judge_the_target(qid, text, stance):
    assert letter(text, qid).stance == stance


def test_an_idiom_that_judges_nothing_leaves_the_question_missing():
    codes = code_letter("The devil will be in the detail. Knife crime is a growing worry in our town.")
    assert all(c.stance is None for c in codes.values())


# ---------------------------------------------------------------------------- consequences
def test_consequences_are_read_as_stance_on_what_causes_them():
    assert (
        letter("A duty on specified organisations would add to the workload of schools already stretched.", "q9").stance
        == "No"
    )
    assert letter("A duty on specified organisations would make information sharing routine.", "q9").stance == "Yes"
    assert (
        letter("Revising Community Safety Partnerships risks duplicating the safeguarding arrangements.", "q11").stance
        == "No"
    )


def test_a_consequence_alone_is_sent_to_review():
    # a lone consequence (weight 0.6) on a named target: right, but not sure enough to skip review
    c = letter("A duty on specified organisations would add to the workload of schools already stretched.", "q9")
    assert c.stance == "No" and c.confidence < REVIEW


# ---------------------------------------------------------------------------- concession
def test_concession_then_reservation_is_mixed():
    assert letter("We welcome the focus on prevention.", "q8").stance == "Yes"
    assert letter("The vision is too narrow.", "q8").stance == "No"
    mixed = letter("We welcome the focus on prevention; however, the vision is too narrow.", "q8")
    assert mixed.stance == "Mixed" and mixed.rule.startswith("concession")
    assert mixed.confidence < REVIEW  # a concession is a judgement call: a person looks at it


def test_a_condition_is_not_a_reservation():
    # hedged or conditional support counts as Yes (labels' convention), not Mixed
    assert letter("We support Option One, provided that it is properly funded.", "q9").stance == "Yes"


def test_understanding_the_attraction_is_not_support():
    text = "We understand the attraction of a duty on public bodies, but we think it would be heavy-handed."
    assert letter(text, "q9").stance == "No"


# ---------------------------------------------------------------------------- other senses
def test_support_for_people_is_not_a_stance():
    codes = code_letter("We support young people across Hull. We oppose Option Two.")
    assert codes["q11"].stance == "No" and codes["q9"].stance is None and codes["q13"].stance is None
    assert all(c.stance is None for c in code_letter("We support schools across the county with mentoring.").values())
    assert all(c.stance is None for c in code_letter("Our caseworkers work closely with Victim Support.").values())


def test_duties_that_exist_already_are_not_the_new_duty():
    assert all(
        c.stance is None
        for c in code_letter("We take our duty to safeguard children seriously and welcome it.").values()
    )
    assert all(c.stance is None for c in code_letter("The partnerships between schools and police are sound.").values())
    assert letter("We welcome a new duty on public bodies.", "q9").stance == "Yes"


def test_the_voluntary_sector_is_not_option_three():
    codes = code_letter("The voluntary and community sector needs funding for more than a year at a time.")
    assert codes["q13"].stance is None
    codes = code_letter("Voluntary sector partners told us they welcome the vision. We oppose the voluntary approach.")
    assert codes["q13"].stance == "No"


# ---------------------------------------------------------------------------- reported views
def test_the_governments_preference_is_not_the_respondents():
    assert letter("The Government prefers Option One.", "q9").stance is None
    assert letter("We prefer Option One.", "q9").stance == "Yes"
    assert letter("Option One, the option the Government prefers, would be a mistake.", "q9").stance == "No"


def test_a_reported_view_gives_way_to_the_respondents_conclusion():
    text = (
        "Some of our members argued that Option One would be best. The trustees concluded that it would be premature."
    )
    assert letter(text, "q9").stance == "No"


# ---------------------------------------------------------------------------- collective references
def test_none_of_the_options_applies_to_each():
    codes = code_letter("None of the options would achieve the vision.")
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == ("No", "No", "No")
    assert codes["q8"].stance is None  # the vision is the yardstick here, not judged


def test_a_new_duty_and_legislating_are_read_on_option_one():
    assert letter("We oppose any new statutory duty.", "q9").stance == "No"
    assert letter("Legislating would be premature.", "q9").stance == "No"
    assert letter("We would welcome a legal duty on public bodies.", "q9").stance == "Yes"
    # but a duty placed on the partnerships is Option Two's
    codes = code_letter("A duty placed on Community Safety Partnerships would be the right approach.")
    assert codes["q11"].stance == "Yes" and codes["q9"].stance is None


def test_the_target_reached_is_shown():
    c = letter("We oppose any new statutory duty.", "q9")
    assert c.target_phrase.lower() == "any new statutory duty" and "target by description" in c.rule


# ---------------------------------------------------------------------------- headings
def test_a_lone_question_heading_names_the_target():
    assert letter("Question 9\n\nThis would turn prevention into a paper exercise.", "q9").stance == "No"
    assert letter("Option Three\n\nThis is the one we would choose.", "q13").stance == "Yes"


def test_a_heading_naming_an_option_is_not_a_stance():
    # "The preferred option" names Option One; the section says nothing for or against it
    c = letter("The preferred option\n\nThe paper sets out the case for it at length.", "q9")
    assert c.stance == "Unclear" and c.confidence < REVIEW


def test_a_heading_with_no_target_ends_the_one_before():
    text = (
        "Option Three\n\nWe would choose it.\n\nOther measures\n\nFunding for youth work would make a real difference."
    )
    codes = code_letter(text)
    assert codes["q13"].stance == "Yes" and codes["q13"].evidence == "We would choose it."


# ---------------------------------------------------------------------------- knowing when it does not know
def test_a_silent_question_is_missing_not_unclear():
    codes = code_letter("We welcome the focus on prevention.")
    assert codes["q8"].stance == "Yes"
    assert [codes[q].stance for q in ("q9", "q10", "q11", "q12", "q13")] == [None] * 5


def test_conflicting_evidence_goes_to_review_with_both_sentences():
    text = "We support Option Two. Revising Community Safety Partnerships would be unworkable."
    c = letter(text, "q11")
    assert c.confidence < REVIEW
    assert {c.evidence, c.conflict_evidence} == {
        "We support Option Two.",
        "Revising Community Safety Partnerships would be unworkable.",
    }


def test_a_target_reached_only_by_carry_over_goes_to_review():
    c = letter("The paper discusses the voluntary approach at length. It is a paper tiger.", "q13")
    assert c.stance == "No" and c.confidence < REVIEW and "target by carry" in c.rule
    named = letter("The voluntary approach is a paper tiger.", "q13")
    assert named.stance == "No" and named.confidence >= REVIEW


def test_a_plain_verdict_on_a_named_target_is_confident():
    c = letter("We strongly support Option Two.", "q11")
    assert c.stance == "Yes" and c.confidence >= REVIEW and c.target_phrase == "Option Two"


def test_an_undecided_answer_is_unclear():
    assert letter("We have not reached a view on Option Two.", "q11").stance == "Unclear"
    assert letter("We will sit on the fence on Option Two.", "q11").stance == "Unclear"


# ---------------------------------------------------------------------------- single answers (online explanations)
@pytest.mark.parametrize(
    ("qid", "text", "stance"),
    [
        ("q9", "It would just be more paperwork for schools.", "No"),
        ("q9", "A clear legal duty is overdue.", "Yes"),
        ("q8", "Good in parts, but it ignores domestic abuse.", "Mixed"),
        ("q13", "Not on its own.", "No"),
        ("q9", "Largely, yes.", "Yes"),
    ],
)
def test_answers_to_a_question(qid, text, stance):
    assert code_text(text, qid).stance == stance


# ---------------------------------------------------------------------------- the harness's pairs
def _pairs():
    return [
        json.loads(x)
        for x in (STANCE_DATA / "stance_pairs.jsonl").read_text(encoding="utf-8").splitlines()
        if x.strip()
    ]


@pytest.mark.parametrize("item", _pairs(), ids=lambda p: p["id"])
def test_harness_pairs(item):
    """The minimal pairs ``make eval-stance`` scores, each labelled by hand."""
    got = code_letter(item["text"])[item["qid"]] if item["letter"] else code_text(item["text"], item["qid"])
    assert got.stance == item["stance"], got


# ---------------------------------------------------------------------------- round 2: who holds the view
@pytest.mark.parametrize(
    ("text", "qid", "stance"),
    [
        ("We agree with Option Two.", "q11", "Yes"),
        ("The Council would support Option Two.", "q11", "Yes"),
        ("That leaves Option Two, which the Council would support.", "q11", "Yes"),
        # the verb's subject is a third party: not the respondent's view
        ("The agencies that sit on Community Safety Partnerships meet, agree and move on.", "q11", None),
        ("Whether Option Two lasts depends on whether the next chair agrees.", "q11", None),
        # the passive: about the response, or about someone else's welcome
        ("This response on Option Two was agreed by our board.", "q11", None),
        ("Our help with Option Three is welcomed when it is offered and forgotten when money is short.", "q13", None),
    ],
)
def test_an_attitude_counts_only_when_the_respondent_holds_it(text, qid, stance):
    assert letter(text, qid).stance == stance


def test_a_holder_that_is_not_identified_lowers_the_confidence():
    sure = letter("We favour Option Two.", "q11")
    unsure = letter("On the ground the route favoured is Option Two.", "q11")
    assert sure.stance == "Yes" and sure.confidence >= REVIEW
    assert unsure.stance != "Yes" or unsure.confidence < sure.confidence


# ---------------------------------------------------------------------------- comparative preference
def test_what_is_preferred_gets_yes_and_what_it_is_preferred_to_gets_no():
    codes = code_letter("We would prefer a duty on named organisations to the voluntary approach.")
    assert (codes["q9"].stance, codes["q13"].stance) == ("Yes", "No")
    codes = code_letter("We would prefer the voluntary approach to a duty on named organisations.")
    assert (codes["q9"].stance, codes["q13"].stance) == ("No", "Yes")
    # the dispreferred side is weaker evidence: a person checks it
    assert codes["q9"].confidence < REVIEW


def test_rather_than_moves_the_verdict_to_the_preferred_side():
    codes = code_letter("We would much rather see the duty placed on Community Safety Partnerships than on schools.")
    assert codes["q11"].stance == "Yes"
    # "X rather than Y" with no attitude word: Y is not asserted ("support" is no cue here)
    assert letter("Option Three would become a source of suspicion rather than support.", "q13").stance is None
    # a comparative whose sides name no target is no verdict on the target
    assert letter("On Option Two we would rather be honest than guess.", "q11").stance is None


def test_a_comparative_inside_a_section_reads_the_section_question():
    # the answer to Q9 prefers a duty on partnerships (Option Two) to the one asked about
    assert code_text("We would rather see the duty placed on partnerships than on each school.", "q9").stance == "No"
    assert code_text("We would prefer Option One to the voluntary approach.", "q9").stance == "Yes"


# ---------------------------------------------------------------------------- what is not asserted
def test_an_embedded_question_is_not_a_verdict():
    assert letter("Schools should be added to the statutory partners.", "q12").stance == "Yes"
    assert letter("We were asked whether schools should be added to the statutory partners.", "q12").stance is None
    assert letter("The Schedule 6 list is right.", "q10").stance == "Yes"
    assert letter("We are not in a position to say whether the Schedule 6 list is right.", "q10").stance == "Unclear"


def test_the_content_of_what_is_welcomed_is_not_the_verdict():
    # "part of the answer" judges schools here, not the vision: the verdict is the welcome
    c = letter("We welcome the vision's recognition that schools are part of the answer.", "q8")
    assert c.stance == "Yes"


def test_a_relative_clause_does_not_lend_its_nouns_to_the_verdict():
    codes = code_letter(
        "The voluntary route, in which the Government funds the partnerships that exist, is the one we would choose."
    )
    assert codes["q13"].stance == "Yes"
    assert codes.get("q11") is None or codes["q11"].stance is None


def test_a_subordinate_clause_ending_in_a_negation_is_not_an_ellipsis():
    c = letter("So of the three options it has to be the first one, and someone must answer when they don't.", "q9")
    assert c.stance == "Yes"


# ---------------------------------------------------------------------------- sentences that are not stances
def test_the_question_quoted_back_is_not_a_stance_but_heads_the_answer():
    q = "Do you consider that Option Three would best achieve the consultation vision?"
    assert letter(q, "q13").stance is None
    assert letter(f"> {q}\n\nNo. It would leave things as they are.", "q13").stance == "No"
    assert letter(f"{q}\n\nYes.", "q13").stance == "Yes"


def test_a_sentence_about_the_response_itself_is_not_a_stance():
    codes = code_letter("This response has been agreed with the Leader of the Council and the statutory partners.")
    assert all(c.stance is None for c in codes.values())


# ---------------------------------------------------------------------------- denied heads, partial judgements
def test_a_denied_head_of_a_relative_clause_denies_the_preference():
    assert letter("Option One is the model we would choose.", "q9").stance == "Yes"
    assert letter("Option One is not the model we would choose.", "q9").stance == "No"


@pytest.mark.parametrize(
    ("plain", "partial", "qid"),
    [
        ("We support Option Two.", "We support Option Two only in part.", "q11"),
        (
            "The vision is right about prevention.",
            "The vision is right about prevention but wrong about who does the work.",
            "q8",
        ),
        ("The Schedule 6 list is right.", "The Schedule 6 list gets one thing right and one thing wrong.", "q10"),
        ("The Trust supports Option Two.", "The Trust's view of Option Two is mixed.", "q11"),
        ("We are persuaded by Option Three, on balance.", "We are partly persuaded by Option Three.", "q13"),
    ],
)
def test_a_partial_judgement_is_mixed(plain, partial, qid):
    assert letter(plain, qid).stance == "Yes"
    assert letter(partial, qid).stance == "Mixed"


@pytest.mark.parametrize(
    ("text", "qid"),
    [
        ("We discussed Option Three without reaching a conclusion.", "q13"),
        ("We have not worked out a view on Option Two.", "q11"),
        ("Our board could see arguments on both sides of Option Three and did not come down on either.", "q13"),
        ("Whether Schedule 6 is the right list is not something we feel able to judge.", "q10"),
    ],
)
def test_a_question_discussed_without_a_view_is_unclear(text, qid):
    assert letter(text, qid).stance == "Unclear"


def test_a_parenthetical_does_not_hide_the_verb_from_its_negation():
    c = letter("Neither Option One nor Option Three would, in our judgement, give the borough what it needs.", "q9")
    assert c.stance == "No"


def test_a_question_asks_and_does_not_assert():
    assert letter("A voluntary approach would work now.", "q13").stance == "Yes"
    asked = letter("Why would a voluntary approach work now, when it has not worked before?", "q13")
    assert asked.stance is None


def test_not_sharing_the_governments_preference_rejects_it():
    c = letter(
        "The paper makes clear that Option One is the Government's preferred option. We do not share that preference.",
        "q9",
    )
    assert c.stance == "No" and c.confidence < REVIEW  # reached by carry-over: a person checks it
