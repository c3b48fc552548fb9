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

from svanalysis.core.spec import load_spec
from svanalysis.ingest import stance
from svanalysis.ingest import stance_lexicon as lex
from svanalysis.ingest.readers.letters import split_letter
from svanalysis.ingest.stance import code_letter, code_text

REVIEW = 0.75  # settings: stance.review_threshold


@pytest.fixture(autouse=True)
def _rules_and_classifiers_only(monkeypatch):
    """Each pair is about how the rules (and the classifiers) read a construction; the flip guard over a letter's codes
    (``stance_guard``, fitted on first runs over unseen letters) would send some of these short, lone-cue letters to a
    person as Unclear, and is tested on its own in ``test_stance_guard.py``."""
    monkeypatch.setitem(stance._MECHANISMS, "flip_guard", False)


def letter(text: str, qid: str):
    return code_letter(text)[qid]


def rules_letter(text: str, qid: str):
    """The rules alone, the sentence classifier off (``stance_model``): what a construction's pair is about."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setitem(stance._MECHANISMS, "model", False)
        return code_letter(text)[qid]


def no_view_read(text: str, qid: str) -> bool:
    """A sentence with no view of the target: the rules read none, and the coder as shipped either none or only the
    sentence classifier's reading, which always goes to a person (its words are not the rules' constructions)."""
    code = letter(text, qid)
    return rules_letter(text, qid).stance is None and (
        code.stance is None or (code.method == "model" and code.confidence < REVIEW)
    )


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


def test_an_idiom_of_partial_agreement_under_a_heading_is_not_always_sent_to_review():
    """Round 28: "right in part" under a heading that names the question is Mixed at 0.8, the cap
    of an idiom whose sentence does not name the target (0.72 before, under the threshold, so
    always reviewed; 25 of 27 such codes were right on unseen letters); named in the sentence, 0.95
    as before. A concession keeps its cap under the threshold (support and objection together)."""
    text = "Dear Sir,\n\nWe write about the proposed duty.\n\nSchedule 6\n\nThe list is right in part."
    c = letter(text, "q10")
    assert (c.stance, c.confidence) == ("Mixed", 0.8) and c.rule.endswith("target by heading")
    named = letter("Dear Sir,\n\nAs to Schedule 6, the list is right in part.", "q10")
    assert (named.stance, named.confidence) == ("Mixed", 0.95)


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


@pytest.mark.parametrize(
    ("verb", "adverb"),
    [
        ("We would back the new duty.", "A new duty will not put the youth centres back."),
        ("That is the one I'd back, if it is funded.", "We meet in the back room of the church hall."),
        ("Members back the duty on named bodies.", "The cuts set the youth service back ten years."),
    ],
)
def test_back_is_support_only_as_a_verb(verb, adverb):
    # the same word as support ("we would back it") and as an adverb or a noun (a negated "put
    # back" was read as a No, a "back room" as a Yes)
    assert code_text(verb, "q9").stance == "Yes"
    assert code_text(adverb, "q9").stance not in ("Yes", "No")


def test_variation_from_place_to_place_is_not_a_mixed_view():
    # "in some areas ... in others" judges the target only when it says right or wrong
    place = "Partnerships without a duty have done good work in some areas and hardly any in others."
    judged = "The voluntary approach is right in some areas and wrong in others."
    assert code_text(place, "q13").stance != "Mixed"
    assert code_text(judged, "q13").stance == "Mixed"


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
    # "X rather than Y" with no attitude word: Y is not asserted ("support" is no cue here); what is foreseen, a source
    # of suspicion, is a harm (a No, which the rules leave to the sentence classifier, for a person)
    code = letter("Option Three would become a source of suspicion rather than support.", "q13")
    assert rules_letter("Option Three would become a source of suspicion rather than support.", "q13").stance != "Yes"
    assert code.stance != "Yes" and code.confidence < REVIEW
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


# ---------------------------------------------------------------------------- round 3 constructions
@pytest.mark.parametrize(
    ("qid", "plain", "denied", "expected"),
    [
        # the respondent denying a judgement with a verb of thinking is an explicit No
        ("q9", "We think Option One would work.", "We do not think Option One would work.", ("Yes", "No")),
        # the respondent for or against a target
        ("q13", "We are for the voluntary approach.", "I am firmly against the voluntary approach.", ("Yes", "No")),
        # "we accept X" is support; accepting a point about X is not the verdict (checked below)
        ("q9", "We accept Option One.", "We part company with Option One.", ("Yes", "No")),
    ],
)
def test_round3_verdicts_held_by_the_respondent(qid, plain, denied, expected):
    assert (letter(plain, qid).stance, letter(denied, qid).stance) == expected


def test_a_denial_by_the_respondent_is_confident():
    # "We do not think X would work": the respondent's own explicit No, not a weak cue
    assert letter("We do not think Option One would work.", "q9").confidence >= REVIEW


@pytest.mark.parametrize(
    ("qid", "text", "stance"),
    [
        ("q11", "Our answer to this question is yes, but only if funding follows.", "Yes"),
        ("q11", "Our answer to this question is no.", "No"),
        ("q9", "We do.", "Yes"),
        ("q9", "We do not.", "No"),
        ("q9", "We cannot see it working.", "No"),
        ("q9", "We would want to see the final guidance before deciding.", "Unclear"),
    ],
)
def test_round3_answers_in_so_many_words(qid, text, stance):
    assert code_text(text, qid).stance == stance


def test_seeing_it_work_is_not_the_denial():
    # without the negation the construction says nothing about the target: no confident code
    code = code_text("We can see it working.", "q9")
    assert code is None or code.stance != "No"


@pytest.mark.parametrize(
    ("qid", "plain", "partial"),
    [
        ("q11", "We support Option Two.", "We support Option Two in so far as housing is concerned."),
        (
            "q8",
            "We agree with the vision's aims and its scope.",
            "We agree with the vision's aims but disagree with its scope.",
        ),
    ],
)
def test_support_limited_in_scope_or_split_is_mixed(qid, plain, partial):
    assert (letter(plain, qid).stance, letter(partial, qid).stance) == ("Yes", "Mixed")


@pytest.mark.parametrize(
    ("qid", "text", "stance"),
    [
        ("q13", "The voluntary approach has had its chance.", "No"),
        ("q13", "The voluntary approach is simply the status quo.", "No"),
        ("q9", "Option One would add more paperwork.", "No"),
        ("q9", "Option One would make schools safer.", "Yes"),
        ("q9", "We subscribe to Option One.", "Yes"),
        # Markdown bold does not hide the answer word
        ("q9", "**Yes.** Option One is right.", "Yes"),
    ],
)
def test_round3_evaluations_and_idioms(qid, text, stance):
    assert letter(text, qid).stance == stance


# ---------------------------------------------------------------------------- round 4 (issue 14)
@pytest.mark.parametrize(
    ("qid", "stated", "declined"),
    [
        ("q8", "We agree with the vision.", "We do not offer a view on the vision."),
        (
            "q11",
            "We have a position on the second option: we support it.",
            "We don't have a position on the second option.",
        ),
        (
            "q13",
            "We are able to say that Option Three would work.",
            "We are not able to say whether Option Three would work.",
        ),
        ("q11", "On Option Two the forum voted 11 for, 4 against.", "On Option Two the forum voted 7 for, 7 against."),
    ],
)
def test_declining_to_give_a_view_is_unclear_never_no(qid, stated, declined):
    # the same sentence with and without the abstention: a view read, then Unclear (not No)
    assert (letter(stated, qid).stance, letter(declined, qid).stance) == ("Yes", "Unclear")


def test_cannot_say_is_an_abstention_only_when_the_respondent_cannot():
    # "so councils cannot say ...": a purpose, held by others, not "we cannot say"
    assert letter("We cannot say whether Option Two is right.", "q11").stance == "Unclear"
    text = "Make it a legal duty for councils and health boards to plan jointly, so councils cannot say the task is not theirs."
    assert letter(text, "q9").stance != "Unclear"


def test_no_preference_between_options_is_no_abstention_on_either():
    text = "Both statutory options could achieve the vision, and we have no particular preference between the two."
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q11"].stance) == ("Yes", "Yes")
    assert code_letter("We have no strong preference on Option Two.")["q11"].stance == "Unclear"


def test_the_statutory_options_named_together_are_options_one_and_two():
    codes = code_letter("We prefer both legislative options to the voluntary one.")
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == ("Yes", "Yes", "No")
    assert code_letter("We prefer the voluntary one to both legislative options.")["q13"].stance == "Yes"


def test_a_duty_placed_on_a_partnership_is_option_two():
    codes = code_letter("We would favour a duty given to a partnership.")
    assert codes["q11"].stance == "Yes"
    assert codes["q9"].stance is None


@pytest.mark.parametrize(
    ("qid", "majority", "minority"),
    [
        ("q9", "Our committee voted against Option One.", "Our committee voted for Option One."),
        ("q11", "The committee voted against Option Two.", "The committee voted in favour of Option Two."),
    ],
)
def test_the_respondents_vote_is_its_view(qid, majority, minority):
    assert (letter(majority, qid).stance, letter(minority, qid).stance) == ("No", "Yes")


def test_a_minoritys_vote_reported_is_not_the_view():
    # "the three who voted for it" report a minority inside the answer; the majority's vote decides
    text = "The majority of the forum voted against Option One. Three who voted for it wanted a named lead."
    assert letter(text, "q9").stance == "No"


def test_would_rather_it_did_not_is_a_no():
    assert letter("As for Option One, I'd rather it was introduced.", "q9").stance == "Yes"
    assert letter("As for Option One, I'd rather it was not introduced.", "q9").stance == "No"


def test_if_we_had_to_choose_is_a_choice():
    text = "If we had to choose, the local partnership looks sturdier."
    assert letter(text, "q11").stance == "Yes"
    assert letter(text, "q11").confidence < REVIEW  # a lone, hedged choice: a person checks it
    assert letter("The local partnership looks sturdier.", "q11").stance is None


@pytest.mark.parametrize(
    ("qid", "verdict", "other_sense"),
    [
        ("q11", "Community Safety Partnerships can work.", "Community Safety Partnerships can work with schools."),
        (
            "q13",
            "We support the voluntary approach.",
            "Welsh pilots are sometimes quoted in support of the voluntary approach.",
        ),
        (
            "q13",
            "Our clubs support the voluntary approach.",
            "Our clubs support more than 200 teenagers through the voluntary approach.",
        ),
    ],
)
def test_cue_words_in_other_senses(qid, verdict, other_sense):
    assert letter(verdict, qid).stance in ("Yes",)
    assert letter(other_sense, qid).stance != "Yes"


def test_the_consultation_title_and_addresses_are_no_verdict():
    text = 'Title: "Consultation on a new legal duty to support a multi-agency approach" Source: https://example.org/new-legal-duty-support'
    assert code_letter(text).get("q9") is None or code_letter(text)["q9"].stance is None


def test_a_response_supported_by_the_school_is_not_a_stance():
    assert code_text("The trust supported this response with staff time.", "q13").stance != "Yes"
    assert code_text("The trust has supported the voluntary approach for years.", "q13").stance == "Yes"


def test_the_question_restated_then_answered():
    assert code_text("Do you agree with the vision? Yes.", "q8").stance == "Yes"
    assert code_text("Do you agree with the vision? No.", "q8").stance == "No"


@pytest.mark.parametrize(
    ("text", "answered"),
    [
        ("We did not consider this question.", "No. We did not consider the costs."),
        ("Schedule 6. We have not discussed it.", "No. We have not discussed it with our members."),
        ("No comment.", "No, and no comment on the rest."),
        ("–\n\nA note on costs.", "No.\n\nA note on costs."),
    ],
)
def test_a_section_saying_it_was_not_discussed_stays_missing(text, answered):
    assert code_text(text, "q10").stance is None
    assert code_text(answered, "q10").stance == "No"


def test_a_voluntary_option_that_would_not_protect_is_a_no():
    assert letter("We believe the voluntary route would protect young people.", "q13").stance == "Yes"
    assert letter("We do not believe the voluntary route would protect young people.", "q13").stance == "No"


def test_elimination_goes_through_the_calibrated_confidence():
    text = (
        "We have looked at the three options. We do not believe a voluntary approach can deliver. Nor do we think "
        "that Community Safety Partnerships are the answer. Having ruled out the other two, we would back the remaining option."
    )
    code = code_letter(text)["q9"]
    assert code.stance == "Yes"
    assert code.rule.startswith("elimination")
    assert len(code.features) > 0 and code.confidence <= 0.8


@pytest.mark.parametrize(
    ("qid", "plain", "denied"),
    [
        # a request to go ahead, and not to
        (
            "q9",
            "We urge ministers to go ahead with Option One.",
            "We urge ministers not to go ahead with Option One.",
        ),
        # siding after weighing it, with a parenthetical litotes that denies nothing
        (
            "q11",
            "We came down, not without misgivings, on the side of Option Two.",
            "We did not come down on the side of Option Two.",
        ),
        # a consequence denied with "won't" and with words between "make" and "safer"
        (
            "q9",
            "A new statutory duty would make pupils a lot safer.",
            "A new statutory duty would not make pupils any safer.",
        ),
        (
            "q11",
            "Giving the job to a partnership will change things.",
            "Giving the job to a partnership won't change anything.",
        ),
        # "a vision for ..." is the vision (Q8)
        (
            "q8",
            "We agree with a vision for prevention that includes housing.",
            "We cannot agree with a vision for prevention that ignores housing.",
        ),
        # the list of statutory partners growing (Q12)
        (
            "q12",
            "In our view the set of responsible authorities needs to be extended.",
            "In our view the set of responsible authorities does not need to be extended.",
        ),
    ],
)
def test_round4_requests_sides_consequences_and_descriptions(qid, plain, denied):
    assert (letter(plain, qid).stance, letter(denied, qid).stance) == ("Yes", "No")


@pytest.mark.parametrize(
    "text",
    [
        "Local partnerships should have to include probation hostels as statutory members.",
        "Sports clubs should be brought properly into Community Safety Partnerships as statutory partners.",
        "There is no reason not to make the coastguard a responsible authority.",
    ],
)
def test_round4_additions_to_the_statutory_partners(text):
    assert letter(text, "q12").stance == "Yes"
    assert code_letter(text).get("q11") is None or code_letter(text)["q11"].stance is None


def test_an_imperative_to_enact_it_is_support():
    assert letter("Make it a legal duty for councils and health boards to plan jointly.", "q9").stance == "Yes"
    assert letter("A legal duty for councils and health boards to plan jointly.", "q9").stance is None


def test_not_wanting_it_weakened_is_support():
    assert letter("On the Schedule 6 list: we do not want it diluted.", "q10").stance == "Yes"
    assert letter("On the Schedule 6 list: we do not want it.", "q10").stance == "No"


def test_a_paragraph_on_another_option_under_a_heading_is_about_that_option():
    # under "Question 10", a paragraph opening on the voluntary approach: its abstention is Q13's, not Q10's
    text = (
        "Question 10\n\nWe accept the Schedule 6 list.\n\n"
        "The voluntary approach is harder for us. Our trustees have not reached a shared view on it."
    )
    codes = code_letter(text)
    assert (codes["q10"].stance, codes["q13"].stance) == ("Yes", "Unclear")
    # the heading's target named again in the paragraph: back to it
    text2 = (
        "Question 11\n\nPolice forces already sit as responsible authorities on Community Safety Partnerships. "
        "Yet Option Two would split their work across many areas. It is the option we like least."
    )
    assert code_letter(text2).get("q12") is None or code_letter(text2)["q12"].stance is None


def test_statutory_partners_in_the_option_two_section_are_q12s():
    text = "We would not want private landlords added to the statutory partners of Community Safety Partnerships."
    assert code_text(text, "q11").stance != "No"
    assert code_text("We would not want Community Safety Partnerships to hold the duty.", "q11").stance == "No"


def test_the_respondents_cannot_say_after_someone_elses():
    text = "They cannot tell how it would run, so I frankly can't say whether Option One is right."
    assert letter(text, "q9").stance == "Unclear"


def test_a_paragraph_naming_its_sections_target_too_stays_with_the_section():
    # in the Option Two section, a paragraph opening on a CSP duty (Option Two by name) and Option One's lack
    text = (
        "A duty resting with the Community Safety Partnership would give the leadership Option One lacks. "
        "This is where we would put our money."
    )
    assert code_text(text, "q11").stance == "Yes"


def test_prefer_x_than_y_is_a_comparative():
    text = "I would prefer to see the duty handed to a partnership than spread thinly across every agency under due regard."
    codes = code_letter(text)
    assert (codes["q11"].stance, codes["q9"].stance) == ("Yes", "No")


def test_what_it_would_not_be_is_a_no():
    assert letter("Adding statutory partners would make the partnership a stronger committee.", "q12").stance == "Yes"
    assert (
        letter(
            "Adding statutory partners would make the partnership a bigger committee, not a stronger one.", "q12"
        ).stance
        == "No"
    )


def test_an_ellipsis_in_a_relative_clause_is_not_a_denial():
    text = "The vision's stress on evidence is right, which for many current programmes it is not."
    assert letter(text, "q8").stance == "Yes"
    assert letter("The vision's stress on evidence is right; its silence on adults is not.", "q8").stance == "Mixed"


def test_a_verdict_in_a_relative_clause_about_someone_else_is_not_the_respondents():
    assert letter("We know a governor who disagreed with the vision.", "q8").stance is None
    assert letter("We disagreed with the vision.", "q8").stance == "No"


def test_a_verdict_verb_affirmed_then_denied_is_mixed():
    text = "We support the vision's stress on early help. Our staff see the need daily. We do not support its plan for pooled data."
    assert code_text(text, "q8").stance == "Mixed"
    assert (
        code_text("We support the vision's stress on early help. Our staff see the need daily.", "q8").stance == "Yes"
    )
    # a denial of another verb is no split verdict on its own (since round 14 the vision and its focus judged apart,
    # "We welcome the focus ... We cannot endorse the vision.", are Q8's two parts, Mixed for that reason)
    assert (
        code_text("We welcome its aims. Our staff see the need daily. We cannot endorse the vision.", "q8").stance
        != "Mixed"
    )


def test_a_grudging_choice_after_a_condition_names_the_option_chosen():
    text = "We have considered the three options. If there is to be a duty at all, it should be the second."
    codes = code_letter(text)
    assert codes["q11"].stance == "Yes"
    assert codes.get("q9") is None or codes["q9"].stance is None  # the duty in the condition is not judged
    # a condition naming the only target still leaves it the target
    assert letter("If Option Two is funded, we support it.", "q11").stance == "Yes"


@pytest.mark.parametrize(
    ("qid", "plain", "denied"),
    [
        (
            "q10",
            "For the same reason we accept the Schedule 6 list.",
            "For the same reason we do not accept the Schedule 6 list.",
        ),
        (
            "q9",
            "Option One is the fuller model; we would choose it.",
            "Option One is the thinner model; we would not choose it.",
        ),
    ],
)
def test_accept_and_choose_denied_with_an_auxiliary(qid, plain, denied):
    assert (letter(plain, qid).stance, letter(denied, qid).stance) == ("Yes", "No")


@pytest.mark.parametrize(
    ("qid", "majority", "minority"),
    [
        # a majority of the respondent's own members is the body's view; some members are a report
        ("q11", "A large majority of our members favour Option Two.", "Some of our members favour Option Two."),
        ("q11", "Most of our members supported Option Two.", "Some members argued for Option Two."),
    ],
)
def test_a_majority_of_the_respondents_members_holds_its_view(qid, majority, minority):
    assert letter(majority, qid).stance == "Yes"
    assert letter(minority, qid).stance is None


@pytest.mark.parametrize(
    ("qid", "plain", "denied"),
    [
        ("q9", "We would ask that Option One is taken forward.", "We would ask that Option One is not taken forward."),
        (
            "q9",
            "The Government should press ahead with Option One.",
            "The Government should not proceed with Option One.",
        ),
        ("q13", "We think Option 3 would work best.", "We do not think Option 3 would work best."),
    ],
)
def test_requests_and_work_best(qid, plain, denied):
    assert (letter(plain, qid).stance, letter(denied, qid).stance) == ("Yes", "No")


@pytest.mark.parametrize(
    ("stated", "abstained"),
    [
        ("Our members agree on Option Two: we support it.", "Our members could not agree on Option Two."),
        ("We are united on Option Two: we support it.", "We are divided on Option Two."),
        ("We feel qualified to comment: we support Option Two.", "We do not feel qualified to comment on Option Two."),
        ("We take a position on Option Two: we support it.", "We would not want to take a position on Option Two."),
    ],
)
def test_a_body_without_a_common_view_is_unclear_never_no(stated, abstained):
    assert (letter(stated, "q11").stance, letter(abstained, "q11").stance) == ("Yes", "Unclear")


# ---------------------------------------------------------------------------- round 5: polarity
def test_less_persuaded_by_a_target_is_a_no_and_more_persuaded_a_yes():
    assert letter("We are more persuaded by Option Two.", "q11").stance == "Yes"
    assert letter("We are less persuaded by Option Two.", "q11").stance == "No"
    assert letter("The partnership route is less attractive to us.", "q11").stance == "No"


def test_not_yet_persuaded_denies_what_follows():
    # "not been persuaded that X is the best way": the judgement after it is denied, not asserted
    assert (
        code_text("We are persuaded that this is the best way to reduce violence among the young.", "q9").stance
        == "Yes"
    )
    assert (
        code_text(
            "We have not been persuaded that this is the best way to reduce violence among the young.", "q9"
        ).stance
        == "No"
    )


def test_cannot_reaches_an_evaluation_two_words_on():
    assert code_text("These can be the right partners for this work.", "q10").stance == "Yes"
    assert code_text("These cannot be the right partners for this work.", "q10").stance == "No"


def test_nobody_as_subject_denies_the_predicate():
    assert code_text("It works because everybody is required to take part.", "q13").stance == "Yes"
    assert code_text("It fails because nobody is required to take part.", "q13").stance == "No"


def test_a_third_party_agreeing_inside_a_relative_clause_is_no_verdict():
    # what shops agree to under a scheme the respondent runs is not the respondent's view of Option Three
    assert letter("We agree with the voluntary approach.", "q13").stance == "Yes"
    assert letter("We run a voluntary scheme under which landlords agree to report damage.", "q13").stance is None


def test_an_argument_reported_in_the_passive_is_not_the_respondents():
    assert letter("We think a statutory duty is unnecessary.", "q9").stance == "No"
    assert (
        letter("The Cardiff Model is often cited as evidence that no statutory duty is required.", "q9").stance is None
    )


def test_the_vision_as_a_yardstick_is_not_a_verdict_on_the_vision():
    # "would not deliver the vision" judges what would not deliver it, not the vision
    assert letter("We think the vision is wrong.", "q8").stance == "No"
    assert letter("Carrying on as we are would not deliver the vision.", "q8").stance is None


def test_an_approach_that_does_not_rest_on_legislation_is_option_three():
    text = "An approach that does not rest on legislation is the one our members favour."
    codes = code_letter(text)
    assert (codes["q13"].stance, codes["q9"].stance, codes["q8"].stance) == ("Yes", None, None)
    assert letter("A plan that relies on goodwill would fail, and we could not recommend it.", "q13").stance == "No"


def test_an_addition_as_subject_is_judged_by_its_predicate():
    assert letter("Adding police to the statutory partners would strengthen the partnership.", "q12").stance == "Yes"
    text = "Adding more statutory partners would make meetings longer without making them any more effective."
    assert letter(text, "q12").stance == "No"


# ---------------------------------------------------------------------------- round 5: views not found
def test_the_target_as_the_respondents_choice_in_a_relative_clause():
    assert letter("Option Two is the route our trustees would back.", "q11").stance == "Yes"
    assert letter("Option Two is not the route our trustees would back.", "q11").stance == "No"
    # the Government's choice is reported, not the respondent's
    assert letter("Option One is the option the Government would choose.", "q9").stance is None


def test_where_the_respondent_would_put_the_duty():
    codes = code_letter("Our governors would give this new duty to the local Community Safety Partnership.")
    assert (codes["q11"].stance, codes["q9"].stance) == ("Yes", None)


def test_wanting_it_enacted_is_support_and_a_statutory_footing_is_legislation():
    assert letter("We would wish to see Option One introduced.", "q9").stance == "Yes"
    assert letter("We would not wish to see Option One introduced.", "q9").stance == "No"
    assert letter("This work should be placed on a statutory footing.", "q9").stance == "Yes"
    assert letter("We recommend that the Government legislates.", "q9").stance == "Yes"


def test_regarding_a_target_as_the_better_route_or_not():
    assert letter("We regard Option Three as the better route.", "q13").stance == "Yes"
    assert letter("We do not regard Option Three as the better route.", "q13").stance == "No"


def test_the_list_as_the_right_basis_for_the_duty_is_about_the_list():
    codes = code_letter("We do not regard the bodies named in Schedule 6 as the right basis for it.")
    assert (codes["q10"].stance, codes["q9"].stance) == ("No", None)


def test_members_added_by_any_modal_or_by_ellipsis():
    assert letter("Probation should be a statutory member of the CSP.", "q12").stance == "Yes"
    assert letter("The responsible authorities must be widened.", "q12").stance == "Yes"
    assert letter("The responsible authorities must not be widened.", "q12").stance == "No"
    text = "Housing providers are not among the statutory members today, and they should be."
    assert letter(text, "q12").stance == "Yes"


def test_not_able_to_decide_and_not_placed_to_recommend_are_no_view():
    assert letter("We have decided that the Schedule 6 list is right.", "q10").stance == "Yes"
    assert letter("We have not been able to decide whether the Schedule 6 list is right.", "q10").stance == "Unclear"
    assert (
        letter("The panel is not in a position to recommend Option Two, nor to advise against it.", "q11").stance
        == "Unclear"
    )


def test_two_sided_feelings_are_mixed_and_sharing_its_vision_is_support():
    assert letter("Our feelings about Option Three are two-sided.", "q13").stance == "Mixed"
    assert letter("We share its vision.", "q8").stance == "Yes"


def test_what_a_comparison_measures_against_is_not_judged():
    # "less X than Y": X is judged, Y only the yardstick (it gets nothing from this sentence)
    codes = code_letter("We are less convinced by Option Three than by Option Two.")
    assert (codes["q13"].stance, codes["q11"].stance) == ("No", None)
    codes = code_letter("Option Three is less attractive than Option Two.")
    assert (codes["q13"].stance, codes["q11"].stance) == ("No", None)
    assert letter("Option One is the better of the three options.", "q9").stance == "Yes"


def test_doubt_and_unpersuaded_deny_what_follows():
    assert letter("We are sure that a new statutory duty is needed.", "q9").stance == "Yes"
    assert letter("We are unpersuaded that a new statutory duty is needed.", "q9").stance == "No"
    assert letter("We doubt that a new statutory duty is needed.", "q9").stance == "No"


def test_recommending_and_cautioning_against():
    text = "We strongly recommend that the duty is placed on Community Safety Partnerships."
    assert letter(text, "q11").stance == "Yes"
    assert letter("We would caution against Option One.", "q9").stance == "No"
    assert letter("The voluntary approach has been tried and has failed.", "q13").stance == "No"


def test_our_preferred_option_is_ours_and_the_governments_a_name():
    codes = code_letter("Our preferred option is Option Two.")
    assert (codes["q11"].stance, codes["q9"].stance) == ("Yes", None)
    assert code_letter("The Government's preferred option is Option One.")["q9"].stance is None


def test_the_only_way_and_cannot_see_how():
    assert letter("A statutory duty is the only way to secure engagement.", "q9").stance == "Yes"
    assert letter("A statutory duty is not the only way to secure engagement.", "q9").stance is None
    assert no_view_read("We can see how a voluntary approach would secure engagement.", "q13")
    assert letter("We cannot see how a voluntary approach would secure engagement.", "q13").stance == "No"


def test_commend_and_best_prospect():
    assert letter("There is much to commend in the vision.", "q8").stance == "Yes"
    assert letter("There is little to commend in the vision.", "q8").stance == "No"
    assert letter("Option Two offers the best prospect of success.", "q11").stance == "Yes"
    assert letter("Option Two does not offer the best prospect of success.", "q11").stance == "No"


def test_questioning_whether_denies_and_being_asked_whether_does_not():
    assert letter("We question whether a new duty is needed.", "q9").stance == "No"
    assert letter("We were asked whether a new duty is needed.", "q9").stance is None


def test_extending_the_schedule_6_list_says_it_is_not_yet_right():
    assert letter("The Schedule 6 list should be extended to include housing.", "q10").stance == "No"
    # not extending it is no omission (by hand this is a Yes; the coder leaves it to other sentences)
    assert letter("The Schedule 6 list should not be extended.", "q10").stance != "No"


def test_a_refusal_under_the_condition_restated_is_no_reservation():
    # "without that funding we could not support it" restates the condition of a conditional Yes
    text = "We would support Option One, provided that new money comes with it. Without that funding we could not support it."
    assert letter(text, "q9").stance == "Yes"
    text = "We would support Option One, provided that new money comes with it. However, we could not support it as drafted."
    assert letter(text, "q9").stance == "Mixed"


def test_a_participle_with_its_agent_is_passive_not_the_respondents_verdict():
    assert letter("We strongly supported Option Two.", "q11").stance == "Yes"
    text = "Option Two builds on a partnership strongly supported by a joint analytical team."
    assert letter(text, "q11").stance is None


def test_a_plural_noun_opening_the_sentence_is_no_proper_name_and_its_verdict_is_reviewed():
    # "Shops" is capitalised only as the first word: not the respondent's name, so a person checks the code
    assert letter("Mencap supports Option Three.", "q13").confidence >= REVIEW
    code = letter("Shops agree with Option Three.", "q13")
    assert (code.stance, code.confidence < REVIEW) == ("Yes", True)


# ---------------------------------------------------------------------------- round 6 (issue 14): flips
def test_a_request_to_rewrite_the_target_is_no_support_for_it():
    # asking that it go ahead is support; asking that it be redrafted is a call for change, not a Yes
    assert letter("We ask that the vision is adopted in full.", "q8").stance == "Yes"
    assert no_view_read("We ask that the vision be redrafted to cover older victims.", "q8")
    # "we recommend that somebody else does something instead" is no support for the target either
    assert letter("We recommend that Option Two is taken forward.", "q11").stance == "Yes"
    assert (
        letter("We recommend that Option Two is set aside and the councils start again instead.", "q11").stance != "Yes"
    )


def test_a_negation_inside_a_request_about_something_else_is_no_objection():
    # the "not" belongs to what the guidance should say, not to whether the vision goes ahead
    assert letter("We would ask that the vision is not adopted.", "q8").stance == "No"
    text = "We would ask that the guidance explains that the vision does not replace the duties schools already hold."
    assert letter(text, "q8").stance != "No"


def test_not_changing_a_word_of_it_is_full_support():
    assert letter("I would not change a word of the vision.", "q8").stance == "Yes"
    assert letter("We wouldn't alter the vision.", "q8").stance == "Yes"
    # the target as the subject of "would not change" is still a consequence against it
    assert letter("The vision would not change anything for our pupils.", "q8").stance == "No"


def test_an_echo_of_a_verb_by_the_respondent_is_no_denial_of_the_target():
    # "..., and I do not" takes the verb said before it; it is not "the vision is not [right]"
    text = "Few governors would quarrel with the vision, and I do not."
    assert letter(text, "q8").stance != "No"
    assert letter("The focus is right; its silence on older victims is not.", "q8").stance == "Mixed"


def test_legislation_that_makes_partnerships_write_a_strategy_is_option_two():
    text = "Our trust would welcome a law requiring every partnership to adopt a strategy on violence."
    assert (letter(text, "q11").stance, letter(text, "q9").stance) == ("Yes", None)
    text = "Changing the law so that every partnership must publish a plan is the model we would recommend."
    assert (letter(text, "q11").stance, letter(text, "q9").stance) == ("Yes", None)
    # a duty placed on other bodies stays Option One's even with the partnerships named after it
    text = (
        "We see value in a statutory duty on the health bodies, as it would strengthen their place in the partnerships."
    )
    assert (letter(text, "q9").stance, letter(text, "q11").stance) == ("Yes", None)


def test_the_governments_preferred_option_is_a_name_not_a_comparative():
    text = "We urge the Government to proceed with the duty it describes as its preferred option and to legislate soon."
    assert letter(text, "q9").stance == "Yes"
    assert letter("We preferred Option One to Option Two.", "q9").stance == "Yes"


def test_a_partial_yes_and_half_and_half_are_mixed():
    assert letter("On the vision: a partial yes from us.", "q8").stance == "Mixed"
    assert letter("On the vision: a yes from us.", "q8").stance == "Yes"
    assert letter("Our view of the vision is half-and-half.", "q8").stance == "Mixed"


def test_answer_to_a_bare_number_heads_that_question(tmp_path):
    from svanalysis.core.spec import load_spec
    from svanalysis.ingest.stance_eval import code_labelled_letter

    path = tmp_path / "reply.txt"
    path.write_text(
        "Dear Sir,\n\nAnswer to 11 (partnerships): We agree with it.\n\n"
        "Answer to 12 (members): We agree that the list should grow.\n\nYours faithfully,\nA Person\n",
        encoding="utf-8",
    )
    codes = code_labelled_letter(path, load_spec())
    assert (codes["q11"].stance, codes["q12"].stance) == ("Yes", "Yes")


def test_support_for_one_another_is_no_verdict():
    assert letter("On Option Three: we support one another through a local network.", "q13").stance is None
    assert letter("On Option Three: we support it through a local network.", "q13").stance == "Yes"


def test_most_likely_to_suffer_is_a_probability_not_a_verdict():
    assert letter("Option Three is the most likely to succeed.", "q13").stance == "Yes"
    text = "Older carers are the most likely to be hurt again, and Option Three would reach them."
    assert letter(text, "q13").stance != "No"
    assert letter("Older carers are the most likely to be hurt again.", "q13").stance is None


def test_a_parenthetical_view_of_members_is_still_the_respondents():
    assert letter("The vision is, in our members' view, the wrong one.", "q8").stance == "No"
    assert letter("The vision is, in our members' view, the right one.", "q8").stance == "Yes"


def test_no_view_on_a_named_option_abstains_on_that_option_only():
    text = "We back a duty on named bodies, and we offer no view on Option Two."
    assert (letter(text, "q9").stance, letter(text, "q11").stance) == ("Yes", "Unclear")
    text = "We back a duty on named bodies, and we offer no view on it."
    assert letter(text, "q9").stance in ("Unclear", "Mixed")


def test_a_question_left_to_another_body_is_not_answered():
    assert code_text("We have left this question to the county's own partnership to answer.", "q11").stance is None
    assert (
        code_text("We have left the detail to the county's partnership, but we back Option Two.", "q11").stance == "Yes"
    )


def test_an_answer_number_leading_a_paragraph_heads_it_in_a_whole_letter():
    text = "Our trust runs two hospitals.\n\nQ12 (partnership members): We agree that the membership should be wider."
    codes = code_letter(text)
    assert codes["q12"].stance == "Yes"
    assert codes["q11"].stance is None


def test_the_first_and_the_second_of_something_else_are_no_options():
    text = "Of the options, I cannot tell whether leaving it voluntary brings more of the first or more of the second."
    assert letter(text, "q9").stance is None
    assert letter("Of the options, I prefer the second.", "q11").stance == "Yes"


# ---------------------------------------------------------------------------- round 6: knowing when it does not know
def test_a_yes_or_no_too_weak_to_call_is_left_unclear_with_its_leaning_shown():
    # the same cue alone is a No; against a cue the other way of the same kind it is a coin flip
    alone = letter("Option One would add to the burden on schools.", "q9")
    assert alone.stance == "No"
    text = "Option One would help schools, and Option One would add to the burden on schools."
    both = rules_letter(text, "q9")
    assert both.stance == "Unclear"
    # the sentence classifier may read the sentence as a whole one way ("as the rules leaned"): always for a person
    assert letter(text, "q9").confidence < REVIEW
    assert both.confidence < REVIEW
    assert both.rule.startswith("too weak to call (leaning ")
    assert both.evidence is not None


def test_welcoming_a_part_of_the_target_is_reviewed():
    whole = letter("We welcome the vision.", "q8")
    part = letter("We welcome the vision's emphasis on prevention.", "q8")
    assert (whole.stance, whole.confidence >= REVIEW) == ("Yes", True)
    assert (part.stance, part.confidence < REVIEW) == ("Yes", True)


def test_no_view_on_an_option_found_by_an_ordinal_is_reviewed():
    named = letter("We have no view on Option Two.", "q11")
    ordinal = letter("Of the three options, we have no view on the second.", "q11")
    assert (named.stance, named.confidence >= REVIEW) == ("Unclear", True)
    assert (ordinal.stance, ordinal.confidence < REVIEW) == ("Unclear", True)


# ---------------------------------------------------------------------------- round 6: views not found
@pytest.mark.parametrize(
    "text",
    [
        "Housing associations ought to become responsible authorities in the local partnership.",
        "Community Safety Partnerships should be required to have a youth worker among their statutory members.",
        "Colleges should have a statutory place on Community Safety Partnerships.",
        "We want Community Safety Partnerships to include, as a statutory member, a youth worker.",
    ],
)
def test_more_ways_of_asking_for_statutory_members(text):
    assert letter(text, "q12").stance == "Yes"


def test_a_statutory_place_denied_is_no_addition():
    assert letter("Colleges should not become responsible authorities.", "q12").stance != "Yes"


def test_coming_down_for_or_against_is_a_verdict():
    assert letter("After a long debate, we came down for Option One.", "q9").stance == "Yes"
    assert letter("After a long debate, we came down against Option One.", "q9").stance == "No"


def test_asking_the_government_to_drop_it_is_no():
    assert letter("We urge the Home Office to adopt Option One.", "q9").stance == "Yes"
    assert letter("We urge the Home Office to drop Option One.", "q9").stance == "No"


def test_the_best_one_and_the_right_response():
    assert letter("For us Option One is the best one.", "q9").stance == "Yes"
    assert letter("Option Two seems to us much the best way to get there.", "q11").stance == "Yes"
    assert letter("We believe that Option One is the right response.", "q9").stance == "Yes"
    assert letter("We do not believe that Option One is the right response.", "q9").stance == "No"


def test_annex_a_is_the_schedule_6_list():
    assert letter("On the bodies in Annex A: they look right to me.", "q10").stance == "Yes"
    assert letter("On the bodies in Annex A: they do not look right to me.", "q10").stance == "No"


def test_consequences_of_leaving_nobody_answerable_and_creating_difficulties():
    assert (
        letter("Putting the duty on every listed organisation would leave nobody answerable overall.", "q9").stance
        == "No"
    )
    assert no_view_read("Putting the duty on every listed organisation would leave the mayor answerable overall.", "q9")
    text = "Channelling the duty through the CSPs would create difficulties for our members."
    assert letter(text, "q11").stance == "No"
    assert letter("We do not see what Option One would add.", "q9").stance == "No"
    assert letter("We do not think Option One would close that gap.", "q9").stance == "No"
    assert letter("We think Option One would close that gap.", "q9").stance == "Yes"


def test_the_right_body_and_nothing_to_strike_out():
    assert letter("We don't consider the CSP the right body to lead this work.", "q11").stance == "No"
    assert letter("We consider the CSP the right body to lead this work.", "q11").stance == "Yes"
    assert letter("There is nothing in the vision that our board would strike out.", "q8").stance == "Yes"


def test_membership_not_needing_extension_and_a_statutory_place_given():
    assert letter("We do not believe the CSPs' statutory membership needs extending.", "q12").stance == "No"
    assert letter("We believe the CSPs' statutory membership needs extending.", "q12").stance == "Yes"
    text = "We would like to see colleges given a statutory place in Community Safety Partnerships."
    assert letter(text, "q12").stance == "Yes"


def test_partly_for_and_partly_against_is_mixed():
    assert letter("Our committee is partly for leaving it voluntary and partly against it.", "q13").stance == "Mixed"


def test_against_the_idea_that_is_an_objection_to_a_part():
    assert letter("I am against Option One.", "q9").stance == "No"
    assert letter("I am against the idea that Option One will be checked by inspectors.", "q9").stance != "No"


# ---------------------------------------------------------------------------- tick boxes typed as text
@pytest.mark.parametrize(
    ("boxes", "expected"),
    [
        ("[x] Yes [ ] No [ ] Don't know", "Yes"),
        ("[ ] Yes [X] No [ ] Don't know", "No"),
        ("[ ] Yes [ ] No [x] Don't know", "Unclear"),
        ("☒ Agree ☐ Disagree ☐ Don't know", "Yes"),
        ("☐ Agree ☒ Disagree ☐ Don't know", "No"),
    ],
)
def test_only_the_ticked_box_of_a_typed_form_is_the_answer(boxes, expected):
    # the unticked "[ ] Don't know" beside every question is an option offered, not a "no view"
    text = f"Question 9\n\n{boxes}\n\nThe duty would give every body the same starting point."
    code = letter(text, "q9")
    assert code.stance == expected
    assert code.evidence.endswith("(ticked box).")  # a reviewer sees the answer came from a box


def test_a_row_of_boxes_with_none_ticked_says_nothing():
    prose = "Question 11\n\nOur area has two partnerships."
    boxed = "Question 11\n\n[ ] Yes [ ] No [ ] Don't know\n\nOur area has two partnerships."
    assert letter(boxed, "q11") == letter(prose, "q11")


def test_brackets_that_are_not_a_row_of_boxes_are_left_alone():
    # one bracketed letter is no form: "[x]" alone, or an aside in brackets, is prose
    assert letter("We support Option One (x) as set out.", "q9").stance == "Yes"
    assert letter("Option Three [ ] would not be enough.", "q13").stance == "No"


# ---------------------------------------------------------------------------- plain verbs of liking and wanting
@pytest.mark.parametrize(
    ("text", "qid", "expected"),
    [
        # contracted subjects and negations read as the full forms are
        ("I'm against the third option.", "q13", "No"),
        ("We're for the second option.", "q11", "Yes"),
        ("Put us down as against Option Two.", "q11", "No"),
        ("I don't accept the vision.", "q8", "No"),
        # "like" as the respondent's verb, turned by a negation
        ("We like the voluntary approach.", "q13", "Yes"),
        ("We don't like the voluntary approach.", "q13", "No"),
        ("Frankly we dislike Option One.", "q9", "No"),
        # the target as the one the respondent wants or would go with
        ("Option Three is the one we want.", "q13", "Yes"),
        ("Option Two is the one I'd go with.", "q11", "Yes"),
        # pleased with it, or not
        ("Ministers are pleased with the vision.", "q8", "Unclear"),  # somebody else pleased: addressed, no stance
        ("We are pleased with the vision.", "q8", "Yes"),
        ("We are not pleased with the vision.", "q8", "No"),
        ("I'm far from happy about Option One.", "q9", "No"),
        ("The focus on prevention is spot on.", "q8", "Yes"),
    ],
)
def test_plain_verbs_of_liking_wanting_and_being_pleased(text, qid, expected):
    assert code_text(text, qid).stance == expected


def test_like_as_a_wish_or_a_comparison_is_no_stance():
    # "would like the Government to" asks for something; "a duty like this" compares
    # (an answer to the question that takes no side: addressed, no stance found)
    assert code_text("We would like the Government to publish guidance on Option Two.", "q11").stance == "Unclear"
    assert code_text("A duty like this one has been tried in Scotland.", "q9").stance == "Unclear"


def test_pleased_with_part_of_a_list_but_not_all_of_it_is_mixed():
    part = "We are happy with most of the organisations listed but not with two of them."
    whole = "We are happy with the organisations listed."
    assert code_text(part, "q10").stance == "Mixed"
    assert code_text(whole, "q10").stance == "Yes"


def test_the_right_list_or_group_judges_the_schedule_6_list():
    # the group to carry the duty is the list (Q10), the duty only its purpose
    assert code_letter("In our view it's the right group to take on the duty.")["q10"].stance == "Yes"
    assert code_letter("In our view it's the right group to take on the duty.")["q9"].stance is None
    assert code_letter("We don't think the list of organisations is the right one.")["q10"].stance == "No"
    assert code_letter("It is not the right list.")["q10"].stance == "No"


def test_without_a_law_is_the_voluntary_approach():
    assert code_text("Working together without a law is what we favour.", "q13").stance == "Yes"
    # in a letter the law it goes without is not Option One's target ("a law" is one of its descriptions)
    assert code_letter("Working together without a law is what we favour.")["q9"].stance is None


# ---------------------------------------------------------------------------- informal and pasted answers
@pytest.mark.parametrize(
    ("text", "qid", "expected"),
    [
        # a verdict word closing the clause after a dash, a colon or "so"
        ("The duty on named bodies - yes please.", "q9", "Yes"),
        ("Leaving it voluntary has not worked here, so no.", "q13", "No"),
        ("Option Two: yes.", "q11", "Yes"),
        # an apostrophe dropped still negates
        ("I dont think Option One would work.", "q9", "No"),
        ("I do think Option One would work.", "q9", "Yes"),
        # plain words for what it would do, and nobody quarrelling with it
        ("I don't think the duty would do much.", "q9", "No"),
        ("Nobody in our group would argue with the vision.", "q8", "Yes"),
        ("We could not argue with the vision.", "q8", "Yes"),
    ],
)
def test_informal_verdicts(text, qid, expected):
    assert code_letter(text)[qid].stance == expected


def test_answer_pasted_from_the_online_form():
    # "Answer: No" opens the answer as a bare "No" would
    assert code_text("Answer: No\nComment: It would duplicate what the partnership does.", "q9").stance == "No"
    assert code_text("Answer: Yes\nComment: Schools and colleges.", "q12").stance == "Yes"


def test_a_lower_case_answer_after_a_full_stop_is_a_sentence_of_its_own():
    # "no." is an answer here, not the abbreviation of "number", and "it" opens a new sentence
    text = "Option 3, voluntary - no. it is how things run today and it falls apart when people move on."
    assert code_letter(text)["q13"].stance == "No"


def test_the_questions_topic_answered_by_naming_bodies():
    assert code_letter("Who should be on them - schools, colleges and housing providers.")["q12"].stance == "Yes"
    assert code_letter("Who should be on them - nobody new, the list is fine.")["q12"].stance != "Yes"


def test_an_addition_to_the_list_judged_is_the_list_judged_the_other_way():
    # Q10 asks whether the list is right: adding to it "would add little" says it is; "would help" says not
    little = "But adding sports clubs to the list would add little and pull attention from the schools."
    helps = "Adding housing providers to the list would make a real difference."
    assert code_text(little, "q10").stance == "Yes"
    assert code_text(helps, "q10").stance == "No"
    # the list itself judged is read as it stands
    assert code_text("The list as drafted would add little.", "q10").stance == "No"


def test_agreeing_with_part_of_it_is_not_a_plain_yes():
    assert code_letter("We agree with much of what the vision says.")["q8"].stance == "Mixed"
    assert code_letter("We agree with the vision.")["q8"].stance == "Yes"
    assert code_letter("About Schedule 6, we say yes for most of it.")["q10"].stance == "Mixed"


@pytest.mark.parametrize(
    "text",
    [
        "We were told at a briefing that Option Two would be the best answer.",
        "A colleague has floated the idea that Option Two would be the best answer.",
        "It has been suggested to us that Option Two would be the best answer.",
    ],
)
def test_hearsay_is_not_the_respondents_view(text):
    assert code_letter(text)["q11"].stance is None
    assert code_letter("We think Option Two would be the best answer.")["q11"].stance == "Yes"


def test_membership_left_as_it_is_is_no_addition():
    assert code_text("The statutory membership of the partnerships should be left as it is.", "q12").stance == "No"
    assert code_text("The statutory membership of the partnerships should be widened.", "q12").stance == "Yes"


@pytest.mark.parametrize(
    ("text", "qid", "expected"),
    [
        ("I want the second option.", "q11", "Yes"),
        ("I don't want the second option.", "q11", "No"),
        ("We want to see the evidence before we decide on Option Two.", "q11", None),  # a wish to see, not the option
        ("The committee is fully behind Option Two.", "q11", None),  # the committee: not "we"/"I"
        ("We are fully behind Option Two.", "q11", "Yes"),
        ("Our considered recommendation is the third option.", "q13", "Yes"),
        ("Our recommendation is that the Government waits.", "q13", None),
    ],
)
def test_wanting_backing_and_recommending_an_option(text, qid, expected):
    assert code_letter(text)[qid].stance == expected


def test_words_quoted_from_somebody_else_are_not_the_respondents():
    quoted = 'One head teacher wrote: "We already have too many duties. Please do not bring in Option One."'
    own = "One head teacher wrote to us about it. Please do not bring in Option One."
    assert code_letter(quoted)["q9"].stance is None
    assert code_letter(own)["q9"].stance == "No"


def test_a_negation_does_not_reach_past_a_new_clause_with_its_own_subject():
    text = "The vision names the help our young people lacked and never got, and we support it."
    assert code_letter(text)["q8"].stance == "Yes"
    assert code_letter("The vision is not enough, and we do not support it.")["q8"].stance == "No"


@pytest.mark.parametrize(
    ("text", "qid", "expected"),
    [
        # the Government's vision is the vision
        ("We welcome the Government's vision.", "q8", "Yes"),
        # no quarrel with it
        ("We have no argument at all with the vision.", "q8", "Yes"),
        ("I've got no complaints about Option Two.", "q11", "Yes"),
        ("We have some complaints about Option Two.", "q11", None),
        ("On the whole the vision's fine.", "q8", "Yes"),
        # additions asked for as a wish
        ("We would like youth workers to be made statutory members of CSPs.", "q12", "Yes"),
        ("We would like to see CSP statutory membership widened.", "q12", "Yes"),
        # the wrong list
        ("For this job the Schedule 6 agencies are the wrong list.", "q10", "No"),
        ("For this job the Schedule 6 agencies are the right list.", "q10", "Yes"),
    ],
)
def test_more_plain_ways_of_saying_it(text, qid, expected):
    assert code_letter(text)[qid].stance == expected


def test_a_concessive_however_stays_inside_its_clause():
    # "however well intentioned," is a parenthesis: the denial before it still reaches the verb after it
    text = "We do not believe that voluntary arrangements, however kindly meant, will bring schools to the table."
    assert code_letter(text)["q13"].stance == "No"
    assert code_letter("Voluntary arrangements will bring schools to the table.")["q13"].stance == "Yes"


def test_a_parenthesis_between_the_option_and_the_respondents_choice():
    text = "The voluntary approach is, in the end, the one we would choose."
    assert code_letter(text)["q13"].stance == "Yes"


# ---------------------------------------------------------------------------- the public's plain words
@pytest.mark.parametrize(
    ("text", "qid", "expected"),
    [
        ("Put me down for Option Two.", "q11", "Yes"),
        ("What I am not for is Option Two.", "q11", "No"),
        ("Option Two is where we land.", "q11", "Yes"),
        ("Please, not the voluntary approach.", "q13", "No"),
        ("Option Three? Not that one.", "q13", "No"),
        ("Don't leave it to goodwill again.", "q13", "No"),
        ("I really hope you don't pick Option Two.", "q11", "No"),
        ("option 2 yes.", "q11", "Yes"),
        ("option 2 no.", "q11", "No"),
        ("It should be the law that schools do this.", "q9", "Yes"),
        ("The council and the schools should be forced by law to act.", "q9", "Yes"),
        ("We have no reservations about the vision.", "q8", "Yes"),
        ("We have serious reservations about the vision.", "q8", "No"),
    ],
)
def test_the_publics_plain_words(text, qid, expected):
    assert code_letter(text)[qid].stance == expected


def test_yes_to_one_part_and_no_to_another_is_mixed():
    assert code_letter("On the vision, yes to early help and no to the watch lists.")["q8"].stance == "Mixed"
    assert code_letter("Our answer on Option Three is for its flexibility and against its lack of teeth.")[
        "q13"
    ].stance == ("Mixed")
    assert code_letter("Our answer on Option Three is yes.")["q13"].stance == "Yes"


def test_not_one_of_the_options_applies_to_each_and_denies_the_predicate():
    codes = code_letter("Not one of your three options, I fear, will fix anything here.")
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == ("No", "No", "No")


def test_membership_asked_for_in_plain_words():
    assert code_letter("Colleges should be on them as full members.")["q12"].stance == "Yes"
    assert code_letter("Big landlords should have to be a member of the CSP.")["q12"].stance == "Yes"


def test_a_quantity_is_no_comparison():
    # "more than a few hundred homes" counts; it does not set the rest of the clause against something
    text = "Every provider with more than a few hundred tenancies should be made a statutory member of the CSP."
    assert code_letter(text)["q12"].stance == "Yes"


def test_a_heading_run_into_its_capitalised_answer_is_not_a_verdict_on_the_heading():
    # "Q12 - Community Safety Partnerships" then "Yes." joined: the Yes answers the question, not CSPs
    assert no_view_read("Community Safety Partnerships Yes.", "q11")


def test_questions_the_respondent_says_they_did_not_answer_stay_unanswered():
    text = "I have not answered the questions on Option Two, since I know too little about it."
    assert code_letter(text)["q11"].stance is None
    # a respondent who has looked and cannot say has no view (Unclear), which is a different thing
    assert code_letter("On Option Two we cannot say whether it would work.")["q11"].stance == "Unclear"
    assert code_letter("I will leave the questions about Option Two to others who know more.")["q11"].stance is None


def test_the_respondents_own_verdicts_that_look_like_other_words():
    # "I would not change its focus" approves; "accept the concern that" concedes a point, not the option
    assert code_letter("The vision is sound, and I would not change its aims.")["q8"].stance == "Yes"
    assert code_letter("I accept the concern that Option Two leaves nobody in charge.")["q11"].stance != "Yes"
    assert code_letter("I accept Option Two.")["q11"].stance == "Yes"


def test_the_set_an_option_is_compared_within_is_not_judged():
    text = "In my view Option One is the better of the two legislative options."
    codes = code_letter(text)
    assert codes["q9"].stance == "Yes" and codes["q11"].stance is None


def test_agreeing_with_a_reported_view_makes_it_the_respondents():
    agreed = "Some of our partners said that a voluntary approach would not work, and we agree with them."
    reported = "Some of our partners said that a voluntary approach would not work."
    assert code_letter(agreed)["q13"].stance == "No"
    assert code_letter(reported)["q13"].stance is None


@pytest.mark.parametrize(
    ("text", "qid", "expected"),
    [
        ("Option Three, as I read it; I'd be happy with it.", "q13", "Yes"),
        ("Not the voluntary route, please.", "q13", "No"),
        ("We counsel the Government against Option Two.", "q11", "No"),
        ("Nor would Option Two help much.", "q11", "No"),
        ("We can't go along with the vision.", "q8", "No"),
        ("We can go along with the vision.", "q8", "Yes"),
        ("You have got the vision about right.", "q8", "Yes"),
        ("We hope the Government will proceed with Option One.", "q9", "Yes"),
        ("We hope the Government does not proceed with Option One.", "q9", "No"),
        ("Schools should be required to take part in community safety partnerships as full members.", "q12", "Yes"),
    ],
)
def test_still_more_plain_words(text, qid, expected):
    assert code_letter(text)[qid].stance == expected


def test_a_negation_inside_a_condition_does_not_reach_the_main_clause():
    text = "Even if they aren't members now, community safety partnerships should have to include youth services as full partners."
    assert code_letter(text)["q12"].stance == "Yes"
    assert code_letter("If the duty comes, we would not support it.")["q9"].stance == "No"


def test_tick_boxes_after_their_labels():
    # "Yes [ ]   No [X]   Don't know [ ]": each box follows its label
    after = "Yes [ ]   No [X]   Don't know [ ]\nComments: it would duplicate the safeguarding duty."
    before = "[ ] Yes [X] No [ ] Don't know\nComments: it would duplicate the safeguarding duty."
    assert code_text(after, "q9").stance == "No"
    assert code_text(before, "q9").stance == "No"
    # none ticked: the unticked "Don't know" is no "no view" (that would be Unclear at a confident 0.86)
    empty = code_text("Yes [ ]   No [ ]   Don't know [ ]\nComments:", "q12")
    assert (empty.stance, empty.rule) == ("Unclear", "addressed, no stance found")


def test_declining_to_offer_a_view_is_no_verdict_on_the_target():
    assert code_letter("On the Schedule 6 list we do not offer a view.")["q10"].stance == "Unclear"
    assert code_letter("The Schedule 6 list would not offer schools any protection.")["q10"].stance == "No"


@pytest.mark.parametrize(
    ("text", "qid", "expected"),
    [
        ("We do not, however, think that a separate duty on each school is the answer.", "q9", "No"),
        ("A separate duty on each school is the answer.", "q9", "Yes"),
        ("We doubt whether any of the three routes, alone, would be enough.", "q11", "No"),
        ("A non-legislative approach is unlikely to close the gap.", "q13", "No"),
        ("We doubt that local areas, working of their own accord, would change very much.", "q13", "No"),
        ("This is not, we think, the right vision.", "q8", "No"),
        ("Far better, we think, to give CSPs that job in law.", "q11", "Yes"),
        (
            "We would resist making schools statutory members of CSPs.",
            "q12",
            "No",
        ),
        ("I'm for putting it in law: a legal duty on the bodies named.", "q9", "Yes"),
    ],
)
def test_organisations_arguing_in_their_own_words(text, qid, expected):
    assert code_letter(text)[qid].stance == expected


def test_a_view_after_saying_what_was_not_answered_still_counts():
    assert code_letter("We did not respond to the last consultation, but we support Option One.")["q9"].stance == "Yes"


# ---------------------------------------------------------------------------- 2 December, afternoon
ROUND_SEVEN_CONSTRUCTIONS = [
    # hearsay: what the respondent has heard of others' positions is not its own view
    ("We see merit in Option One.", "q9", "Yes"),
    ("We understand that our partners in the police see merit in Option One.", "q9", None),
    # a consequence: more of something without changing anything
    ("A duty on each body would create more paperwork without changing practice.", "q9", "No"),
    # an embedded question as the subject, and the respondent's own "no view" after it
    (
        "Whether the statutory membership of CSPs should grow is something on which we have not formed a view.",
        "q12",
        "Unclear",
    ),
    # the respondent's members united in a concern about the proposal
    ("Our trustees were united in their concern about the proposal to give CSPs the lead.", "q11", "No"),
    # the voluntary approach judged by what it would leave behind, or by what it cannot do alone
    ("The voluntary approach would leave smaller boroughs exposed.", "q13", "No"),
    ("Cooperation by goodwill alone will not last beyond the next reorganisation.", "q13", "No"),
    # an aside between the verb and its complement, and the list described by its origin
    ("The Schedule 6 list is not, as it stands, the right set of partners.", "q10", "No"),
    ("A list drawn up for counter-terrorism is not the right set of partners for this duty.", "q10", "No"),
    # the risk the duty is meant to reduce is no risk of the duty
    (
        "A duty on named bodies is the option we would back, since each would weigh how its decisions affect the risk of violence.",
        "q9",
        "Yes",
    ),
    # fit, the point, the place to start
    ("The partnership route is the better fit.", "q11", "Yes"),
    ("The partnership route is not the better fit.", "q11", "No"),
    ("The vision misses the point.", "q8", "No"),
    ("The Prevent list is the place to start.", "q10", "Yes"),
    ("The Prevent list is not the place to start.", "q10", "No"),
    # a place at the table
    ("Colleges should sit at the Community Safety Partnership table as of right.", "q12", "Yes"),
    # a pretence of action
    ("A duty met by paperwork is an alibi.", "q9", "No"),
    # what is needed
    ("The vision's emphasis on early help is exactly where the effort should go.", "q8", "Yes"),
    ("Option Three is much closer to what small charities need.", "q13", "Yes"),
    ("The voluntary approach fits the way small towns already work.", "q13", "Yes"),
    ("We think a voluntary approach would hold.", "q13", "Yes"),
    ("We don't think the voluntary route would hold.", "q13", "No"),
    # getting rid of it
    ("I would scrap the new duty.", "q9", "No"),
    ("The new duty should be dropped.", "q9", "No"),
    # what failed before
    ("Leaving it to them is what we have now, and it failed my son.", "q13", "No"),
    # "only half a vision": partly right
    ("The vision set out in the paper is only half a vision.", "q8", "Mixed"),
]


def test_a_contrast_set_off_inside_the_clause_makes_a_concession():
    assert letter("We welcome the vision.", "q8").stance == "Yes"
    assert letter("We welcome the vision; its focus, on the other hand, is drawn too narrowly.", "q8").stance == "Mixed"
    assert letter("We welcome the vision. Its focus, however, is far too narrow.", "q8").stance == "Mixed"


def test_a_rhetorical_question_answered_at_once():
    # unanswered, a question asserts nothing; answered, its predicate is the respondent's, turned by "not"
    assert letter("Is the vision really the right one?", "q8").stance is None
    assert letter("Is the vision really the right one? We do not think so.", "q8").stance == "No"
    assert letter("Is the vision the right one? We think so.", "q8").stance == "Yes"
    # the predicate at the end, not a negation earlier in the question
    q = "Is a vision that says nothing about youth services, in the end, the right one? We do not think so."
    assert letter(q, "q8").stance == "No"


def test_a_claim_held_at_arms_length_is_not_the_respondents():
    assert letter("A new duty will succeed where the old ones failed.", "q9").stance == "Yes"
    assert letter("Apparently a new duty will succeed where the old ones failed.", "q9").stance is None


def test_others_uncertainty_and_the_people_helped_are_not_stances():
    assert code_text("We are unsure about it.", "q9").stance == "Unclear"
    others = code_text("Teachers who are unsure what the duty asks of them will refer more children.", "q9")
    assert not (others.rule or "").startswith("no view")
    helped = code_text("Of the 300 families we supported last year, a third had a child excluded.", "q9")
    assert helped.stance != "Yes"


def test_additions_to_a_list_the_respondent_accepts_qualify_a_yes():
    accepted = (
        "We are content for the Schedule 6 list to be used, with one addition. Housing providers should be included."
    )
    assert letter(accepted, "q10").stance == "Yes"
    # with no judgement of the list, extending it says it is not yet the right list (README convention)
    assert letter("The Schedule 6 list should be extended to include housing providers.", "q10").stance == "No"


def test_fine_as_far_as_it_goes_is_sent_to_a_person():
    code = letter("The vision is fine as far as it goes.", "q8")
    assert code.stance == "Mixed" and code.confidence < REVIEW


def test_not_seeing_a_case_for_lengthening_the_list():
    assert letter("We do not see a case for lengthening the statutory partners' list.", "q12").stance == "No"


ROUND_SEVEN_MORE_CONSTRUCTIONS = [
    # superlatives and a plain weak verdict after a verb
    ("Option One is the best.", "q9", "Yes"),
    ("Of the three, the voluntary route is the worst.", "q13", "No"),
    ("The partnership model is the weakest of the three.", "q11", "No"),
    ("Of the three, the partnership model is the least bad.", "q11", "Yes"),
    ("Option Three is a poor substitute for a duty.", "q13", "No"),
    ("Poor families need help, and Option Three would help them.", "q13", "Yes"),
    # the respondent's pick, and the same denied
    ("Of the options I'd go with the second, the partnership one.", "q11", "Yes"),
    ("I would not go with the voluntary one.", "q13", "No"),
    # no point, suiting, relying
    ("Our members see little point in a further legal duty on councils.", "q9", "No"),
    ("A voluntary approach would suit small districts better than new duties.", "q13", "Yes"),
    ("We would not rely on the Community Safety Partnerships to lead it.", "q11", "No"),
    # a duty named by whom it binds, with an adjective between
    ("A simple duty on each organisation would make a difference.", "q9", "Yes"),
    # the same answer word in a wh-clause is not asserted
    ("The vision never says what would make young people safer.", "q8", None),
    # the respondent named as a body: its welcome then a reservation
    ("The branch welcomes the vision; however, its focus is too narrow.", "q8", "Mixed"),
    ("I agree with the aim of a joined-up, preventive vision but not with the focus it sets.", "q8", "Mixed"),
]


def test_short_answers_to_a_question_in_its_section():
    assert code_text("We think so. A duty would make everyone do their bit.", "q9").stance == "Yes"
    assert code_text("Not really. The partnership here rarely meets.", "q11").stance == "No"
    # a bare "No." closing the answer is the answer
    assert code_text("Goodwill has had twenty years to work. No.", "q13").stance == "No"
    # "no answer for him" is about someone else, not a view withheld
    assert not (code_text("We did not have an answer for him.", "q8").rule or "").startswith("no view")


def test_the_question_answered_in_its_own_words_outweighs_a_concession():
    text = (
        "A duty on named bodies would have value for agencies that ignore violence now. "
        "But a duty of due regard alone would leave too much to chance. "
        "So we do not consider that the first option would best achieve the vision."
    )
    assert letter(text, "q9").stance == "No"


def test_csps_named_under_a_heading_on_their_membership_are_about_who_sits_on_them():
    text = (
        "Membership of Community Safety Partnerships\n\n"
        "Health sits on CSPs only through commissioners. That is the wrong level.\n\n"
        "Hospitals should be added as statutory partners."
    )
    codes = code_letter(text)
    assert codes["q11"].stance is None
    assert codes["q12"].stance is not None


ROUND_SEVEN_LAST_CONSTRUCTIONS = [
    ("Colleges should be represented on the partnership as a responsible authority.", "q12", "Yes"),
    (
        "On the voluntary approach, I have changed my mind twice and will not pretend to a settled view.",
        "q13",
        "Unclear",
    ),
    ("We do not see the Community Safety Partnership route working in a county like ours.", "q11", "No"),
    ("We can see the Community Safety Partnership route working in a county like ours.", "q11", "Yes"),
    ("There is nothing to be said for the voluntary route.", "q13", "No"),
    ("On the question of who should be named, the list as drafted is the right one.", "q10", "Yes"),
]


def test_something_to_be_said_for_it_then_a_reservation_is_sent_to_a_person():
    code = letter("There is something to be said for the voluntary route. But it took a decade to work.", "q13")
    assert code.stance in ("Yes", "Mixed") and code.confidence < REVIEW


ROUND_SEVEN_PUBLIC_CONSTRUCTIONS = [
    # options renamed by the public, and plain verdicts on them
    ("Of the three, the law one gets my backing.", "q9", "Yes"),
    ("Of the three options, for me the first one is the better.", "q9", "Yes"),
    ("The council one makes more sense to me.", "q11", "Yes"),
    ("I'd be sorry to see the voluntary approach chosen.", "q13", "No"),
    ("I could live with the voluntary approach.", "q13", "Yes"),
    ("I couldn't live with the voluntary approach.", "q13", "No"),
    ("As for the vision, I think it's wrong.", "q8", "No"),
    # a body that could not agree abstains; one that does not agree with it objects
    ("On Option Two we couldn't agree, so we're not saying yes or no to it.", "q11", "Unclear"),
    ("We could not agree with Option Two.", "q11", "No"),
    # who sits on the partnership
    ("Community Safety Partnerships should include local traders.", "q12", "Yes"),
    ("Youth services should be on the partnership by law.", "q12", "Yes"),
]


def test_mostly_leading_an_answer_is_a_yes_a_person_checks():
    code = code_text("Mostly. Probation is on it, as it should be.", "q10")
    assert code.stance == "Yes" and code.confidence < 0.9


ROUND_SEVEN_ORGANISATIONAL_CONSTRUCTIONS = [
    # a concession inside one sentence: reasonable for some, wrong for others
    ("The Schedule 6 list is reasonable for the police, but for health it is the wrong one.", "q10", "Mixed"),
    ("We welcome much of the vision, but its focus stops at eighteen.", "q8", "Mixed"),
    # a counterfactual: what the respondent could endorse is not what is proposed
    ("A vision which put safeguarding first would be one the board could endorse.", "q8", "No"),
    ("The vision puts safeguarding first, and the board could endorse it.", "q8", "Yes"),
    # views passed on for others
    ("Our chair asked us to record that in her view Option Three has not worked.", "q13", None),
    ("Several asked the federation to oppose the proposals outright.", "q9", None),
    ("We would welcome the duty the Government proposes.", "q9", "Yes"),
    # what a voluntary approach rests on; who can lead
    ("A voluntary approach depends on individuals, and individuals move on.", "q13", "No"),
    ("I cannot see the Community Safety Partnerships leading this.", "q11", "No"),
    # options by description
    ("Our preference is for the option that does not require new legislation.", "q13", "Yes"),
    ("Of the three, the partnership approach is the one we would back.", "q11", "Yes"),
    ("Community safety partnerships should count housing providers among their statutory members.", "q12", "Yes"),
]


def test_responsible_authorities_in_the_schedule_6_section_are_q12s_subject():
    text = "The partners did not agree on whether schools should become responsible authorities in CSPs."
    code = code_text(text, "q10")
    # their disagreement is about Q12: no "no view" on the Schedule 6 list (it was one, at 0.88)
    assert (code.stance, code.rule) == ("Unclear", "addressed, no stance found")


ROUND_SEVEN_HELD_BACK_BATCH_CONSTRUCTIONS = [
    # an embedded question whose subject holds a comma ("a voluntary, non-legislative approach")
    (
        "We have asked ourselves whether a voluntary, non-legislative approach could achieve the same ends.",
        "q13",
        None,
    ),
    # a view held by some of the respondent's members, named with a phrase
    ("Some members of the board felt that a duty on schools would help.", "q9", None),
    # "in one respect and not in another"
    ("We agree with the vision in one respect and not in another.", "q8", "Mixed"),
    # an aside inside the verb ("would in our judgement best achieve") does not hide the negation
    ("None of the three options would in our judgement best achieve the vision.", "q9", "No"),
    # a wish about how the duty works is not against it; a wish that it not be given is
    ("We would not want Community Safety Partnerships to hold the duty.", "q11", "No"),
    # a request about the content of the duty or guidance is no support; one that it be adopted is
    ("We would ask that any duty and its guidance name youth workers.", "q9", None),
    ("We would urge that Option Two be adopted.", "q11", "Yes"),
    # less comfortable with
    ("We are much less comfortable with the vision's reliance on data sharing.", "q8", "No"),
    # sharing the vision; what the respondent has asked for
    ("The Network shares the vision set out in the paper.", "q8", "Yes"),
    ("The vision describes what emergency doctors have been asking for since 2005.", "q8", "Yes"),
    # the list described by its purpose
    ("A list assembled for counter-terrorism purposes is not the right basis for this duty.", "q10", "No"),
    # keeping what the respondent values is no objection
    (
        "The non-legislative route is the only one we could accept, because it leaves duties of confidentiality where they are.",
        "q13",
        "Yes",
    ),
]


def test_a_wish_about_how_the_duty_works_is_not_a_preference_against_it():
    code = letter("We would not wish any new duty to turn into extra paperwork for nurses.", "q9")
    assert not (code.rule or "").startswith("preference") and code.confidence < REVIEW


def test_a_sentence_judging_its_own_subject_is_not_carried_to_the_option_before():
    text = "We do not believe the voluntary route would work. The new local units are welcome, but they are funded for a year."
    assert letter(text, "q13").stance == "No"


def test_a_message_forwarded_below_the_senders_own_is_not_their_view():
    own = " ".join(["I am a student and I grew up near where a boy was stabbed."] * 8)
    tail = "\n\n---------- Forwarded message ---------\nFrom: Lecturer\n\nPersonally I think Option Two is the most sensible."
    assert letter(own + "\n\nI'd go with the first option." + tail, "q11").stance is None
    # a forward introduced as the response is the response
    intro = "I am forwarding below the response agreed by our department. " * 8
    assert letter(intro + tail, "q11").stance == "Yes"


ROUND_SEVEN_DESCRIPTIONS_AND_CONSEQUENCES = [
    (
        "We would support both the duty on named organisations and the amendment of the Crime and Disorder Act.",
        "q11",
        "Yes",
    ),
    ("I don't think asking nicely will get a different result this time.", "q13", "No"),
    ("Leaving it to goodwill would keep that lottery in place.", "q13", "No"),
]


def test_an_ellipsis_about_a_subject_of_its_own_is_not_the_carried_option_denied():
    text = "Option One asks a lot of small bodies. Hospital trusts have the capacity to take it on; a small practice does not."
    assert letter(text, "q9").stance != "No"
    assert letter("Option Two works; Option Three does not.", "q13").stance == "No"


def test_a_heading_asking_which_bodies_opens_the_schedule_6_answer():
    text = (
        "The vision\n\nWe agree with the vision.\n\n"
        "Which bodies\n\nWe have no objection to police forces and councils being named; they are central. "
        "But we think naming universities, only because they are in Schedule 6, is a mistake.\n"
    )
    _, sections, _ = split_letter(text, load_spec())
    assert set(sections) == {"q8", "q10"}
    assert code_letter(text, sections=sections)["q10"].stance == "Mixed"


def test_who_sits_on_the_partnerships_in_the_option_two_section_is_q12s():
    code = code_text("We have no view on who should sit on Community Safety Partnerships.", "q11")
    assert (code.stance, code.rule) == ("Unclear", "addressed, no stance found")


def test_an_existing_duty_to_cooperate_and_its_parties_are_not_the_options():
    text = (
        "Community Safety Partnerships rarely meet. "
        "The mutual duty to cooperate between Police and Crime Commissioners and CSPs has not changed this."
    )
    assert letter(text, "q11").stance is None


ROUND_SEVEN_BATCH_35_CONSTRUCTIONS = [
    ("A duty on named organisations is the most credible of the three options.", "q9", "Yes"),
    ("We were encouraged by the vision.", "q8", "Yes"),
    ("We fear a duty would make the agencies look inwards, at compliance.", "q9", "No"),
    ("We fear that without a duty, nothing will change.", "q9", None),
    ("A voluntary approach would leave us dependent on luck.", "q13", "No"),
    # the respondent depending on goodwill describes its area, not the option
    ("In the other districts we depend on the goodwill of individual officers.", "q13", None),
    ("We do not think the Prevent list is the right foundation for this duty.", "q9", None),
    ("We do not think the Prevent list is the right foundation for this duty.", "q10", "No"),
    ("For the purposes of this duty, the list as drawn seems to us the right one.", "q9", None),
    ("For the purposes of this duty, the list as drawn seems to us the right one.", "q10", "Yes"),
    # "we are for the legal duty" is still a verdict on it
    ("We are partly for the legal duty and partly against it.", "q9", "Mixed"),
    # a request that names whichever option is chosen adopts none
    ("We would ask that any guidance, under whichever option is chosen, names adult safeguarding.", "q9", None),
    # someone's relative agreeing to something is not the respondent's verdict
    ("D's mother has agreed that we may share her story.", "q9", None),
]


def test_an_aside_of_the_respondents_own_inside_the_verb():
    assert letter("A voluntary approach would, we expect, leave smaller boroughs exposed.", "q13").stance == "No"


ROUND_SEVEN_INBOX_CONSTRUCTIONS = [
    # the vision as the measure of an option is no view on the vision
    ("A voluntary approach is unlikely to deliver the consistency the vision calls for.", "q8", None),
    ("A voluntary approach is unlikely to deliver the consistency the vision calls for.", "q13", "No"),
    # right in part
    ("The Schedule 6 list is a sensible starting point but it is not right in every respect.", "q10", "Mixed"),
    ("Where I part company with the vision is the focus, which leaves out domestic abuse.", "q8", "Mixed"),
    # a comparison naming a target on the losing side
    ("The new violence reduction unit is far better placed than any single CSP to lead.", "q11", "No"),
    ("A voluntary approach would be worse than a duty on named bodies.", "q13", "No"),
    # the Government's comparison is the Government's
    ("The Government prefers a duty on individual organisations to a voluntary approach.", "q9", None),
    # "no need to invent something new" is not "no need for" the target
    ("Community Safety Partnerships exist already. No need to invent something new.", "q11", None),
]


def test_better_than_ranks_without_endorsing():
    code = letter("The partnership route is better than the first option.", "q11")
    assert code.stance in ("Yes", "Unclear") and code.confidence < REVIEW


ROUND_SEVEN_BATCH_37_CONSTRUCTIONS = [
    # a condition is not a verdict
    ("Whatever option is chosen, it will not succeed without resources.", "q9", None),
    ("A duty on named bodies will not work.", "q9", "No"),
    # an open question about how it would work
    ("We are worried about how a duty placed on schools would work in practice.", "q9", None),
    # "neither ... nor" inside the predicate
    ("The Schedule 6 list is neither proportionate nor targeted.", "q10", "No"),
    # a body that could not reach a common view, and so offers none
    ("On Option One we have not been able to reach a common view, and so we do not offer one.", "q9", "Unclear"),
]


def test_a_question_left_blank_in_a_pasted_form_stays_missing():
    # the online form's questions pasted with their answers: Q8 and Q10 left blank
    text = (
        "8.\n\nDo you agree that the vision and focus for a multi-agency approach to preventing and tackling "
        "serious violence is correct? If not, please explain why.\n\n"
        "9.\n\nDo you consider that Option One would best achieve the consultation vision? Please explain why. "
        "No. Another duty would mean another form.\n\n"
        "10.\n\nDo you consider the specific agencies listed in Schedule 6 to the Counter-Terrorism and Security "
        "Act 2015 the right partners to achieve the consultation vision? If not, please explain why.\n"
    )
    codes = code_letter(text)
    assert codes["q9"].stance == "No"
    assert codes["q8"].stance is None and codes["q10"].stance is None


ROUND_SEVEN_LAST_INBOX_CONSTRUCTIONS = [
    # "Prevent", the programme, is not the verb
    (
        "In our view a duty built that way would inherit Prevent's reputation before it had done anything.",
        "q9",
        None,
    ),
    ("A duty on schools would prevent harm to pupils.", "q9", "Yes"),
    # the duty named as what a body would be the vehicle for
    ("Making the partnerships the vehicle for the new duty would fragment the response.", "q9", None),
    ("Making the partnerships the vehicle for the new duty would fragment the response.", "q11", "No"),
]


def test_something_being_wrong_is_not_carried_to_the_option_before():
    text = "A duty on named bodies would help. Something is badly wrong, and everyone can see it."
    assert letter(text, "q9").stance == "Yes"


ROUND_SEVEN_FINAL_CONSTRUCTIONS = [
    # the object of the verdict is a part of the scheme, not the option
    ("We would not support a separate inspection regime for the new duty.", "q9", None),
    ("We would not support the new duty.", "q9", "No"),
    ("A duty of due regard on named bodies fits best with how hospitals are already run.", "q9", "Yes"),
    # what the answer is not: keeping things as they are
    ("We do not think a new duty is the answer.", "q9", "No"),
    # an argument the respondent has heard; evidence denied
    ("We have heard the argument that the voluntary route would be enough.", "q13", None),
    ("The record of the last decade does not show that the voluntary route would succeed.", "q13", "No"),
]


def test_more_of_the_same_is_not_turned_round_by_the_verbs_negation():
    assert (
        letter("We do not think more of the same from the voluntary route will change the picture.", "q13").stance
        == "No"
    )


def test_a_csp_heading_over_text_about_membership_answers_q12_not_option_two():
    text = "Our partnership meets every quarter. Probation and youth services should be statutory members of it."
    codes = code_letter(text, sections={"q11": text})
    assert "q11" not in codes or codes["q11"].stance is None
    assert codes["q12"].stance == "Yes"
    # a CSP section that says nothing about membership stays Option Two's
    plain = "The partnerships here meet every quarter and publish a plan."
    assert code_letter(plain, sections={"q11": plain})["q11"].stance == "Unclear"


def test_an_answer_ranking_its_option_below_another():
    assert code_text("Less well than Option One. The area covers three partnerships.", "q11").stance == "No"
    assert letter("Option Two would work less well than Option One.", "q11").stance == "No"


def test_a_section_with_no_view_is_not_filled_from_a_cue_carried_from_elsewhere():
    text = "Question: Do you work with a partnership?\nResponse: Yes.\n\nOur catchment covers three partnership areas."
    codes = code_letter(text, sections={"q11": "Our catchment covers three partnership areas."})
    assert codes["q11"].stance != "Yes"


def test_agreed_as_a_participle_is_no_verdict():
    text = "This might be done through a representative of the providers, agreed locally, who would report back."
    assert code_text(text, "q11").stance != "Yes"


def test_leaving_things_as_they_are_denied_in_a_section_answer():
    # an answer under its question: "not ... the answer is to leave things as they are" supports a change
    assert code_text("We do not think the answer is to leave things as they are.", "q9").stance == "Yes"


# the constructions of round 7 (2 December, afternoon: batches 25-42), each sentence read as a whole letter
ROUND_SEVEN = [
    *ROUND_SEVEN_CONSTRUCTIONS,
    *ROUND_SEVEN_MORE_CONSTRUCTIONS,
    *ROUND_SEVEN_LAST_CONSTRUCTIONS,
    *ROUND_SEVEN_PUBLIC_CONSTRUCTIONS,
    *ROUND_SEVEN_ORGANISATIONAL_CONSTRUCTIONS,
    *ROUND_SEVEN_HELD_BACK_BATCH_CONSTRUCTIONS,
    *ROUND_SEVEN_DESCRIPTIONS_AND_CONSEQUENCES,
    *ROUND_SEVEN_BATCH_35_CONSTRUCTIONS,
    *ROUND_SEVEN_INBOX_CONSTRUCTIONS,
    *ROUND_SEVEN_BATCH_37_CONSTRUCTIONS,
    *ROUND_SEVEN_LAST_INBOX_CONSTRUCTIONS,
    *ROUND_SEVEN_FINAL_CONSTRUCTIONS,
]


@pytest.mark.parametrize(("text", "qid", "expected"), ROUND_SEVEN)
def test_round_seven_constructions(text, qid, expected):
    code = code_letter(text)[qid]
    if expected is None:
        # no view the rules read; the sentence classifier's reading, if any, goes to a person
        assert no_view_read(text, qid), (text, code)
    else:
        assert code.stance == expected, (text, code)


# round 8 (2 December, evening: batches 41-47 read), each sentence read as a whole letter
ROUND_EIGHT = [
    # a problem raised by the target, after a concession about it: Mixed; the problem alone: No
    ("We welcome the idea of a legal duty; however, in schools it raises serious problems.", "q9", "Mixed"),
    ("A legal duty raises serious problems for small charities.", "q9", "No"),
    # sharing part of the vision, then a reservation about its focus: Mixed; sharing it: Yes
    ("We share most of the vision, but we are unconvinced by its focus.", "q8", "Mixed"),
    ("We share the vision.", "q8", "Yes"),
    # the way to achieve it, denied by a verb of thinking: No; asserted: Yes
    ("We do not think a duty on individual organisations is the way to deliver this.", "q9", "No"),
    ("A duty on individual organisations is the way to deliver this.", "q9", "Yes"),
    # not wanting the target weakened is for it; not wanting the target is against it
    ("We would not want to see the vision diluted.", "q8", "Yes"),
    ("We would not want to see Option Three.", "q13", "No"),
    # a third party not wanting to take part is no view of the option
    ("At the moment, if a hospital does not want to engage, nothing makes it.", "q9", None),
    # the vision as the measure of something else ("for what the vision asks") is not judged
    ("A voluntary code is too weak a tool for what the vision asks.", "q8", None),
    ("A voluntary code is too weak a tool for what the vision asks.", "q13", "No"),
    # "most likely to occur" describes the violence, "most likely to work" judges the option
    ("Option Three would leave the areas where violence is most likely to occur without help.", "q13", None),
    ("Option Three is the most likely to work.", "q13", "Yes"),
    # strong in one respect and weak in another: Mixed; each alone, and denied
    ("The vision is strong on early help but weak on what victims need.", "q8", "Mixed"),
    ("The vision is strong on early help.", "q8", "Yes"),
    ("The vision is not strong on early help.", "q8", "No"),
    # largely right with an exception the respondent names: Mixed
    ("The Schedule 6 list is broadly right, with one serious omission.", "q10", "Mixed"),
    # what the target will not make anybody do; nothing changing under it
    ("A duty of due regard will not make anybody turn up to a meeting.", "q9", "No"),
    ("If it is left voluntary, nothing will change.", "q13", "No"),
    # "none of the options" denies a good consequence for each; the consequence asserted and denied
    ("None of the three options would put back the youth services that were cut.", "q11", "No"),
    ("Option Two would restore a sense of local ownership.", "q11", "Yes"),
    ("Option Two would not restore a sense of local ownership.", "q11", "No"),
    # placed in the wrong place; the best chance; closest to what works; fine by us
    ("The vision draws the line in the wrong place.", "q8", "No"),
    ("Working through the partnerships stands the best chance of success.", "q11", "Yes"),
    ("The voluntary approach is closest to what we have seen work.", "q13", "Yes"),
    ("The vision is fine by us.", "q8", "Yes"),
    # a recommendation to the Government, and a request for guidance that is no view of an option
    ("The Home Office should go with the voluntary approach.", "q13", "Yes"),
    ("Whichever route is chosen, we would welcome clearer guidance on partnerships and data.", "q11", None),
    # "support" as help given and as a purpose
    ("Our nurses support practices across the partnership area.", "q11", None),
    ("Schedule 6 was drawn up to support the Prevent programme.", "q10", None),
    # the respondent's choice too; signing up to it, and denying it in a relative clause
    ("The Government's preferred option is ours too.", "q9", "Yes"),
    ("The vision is one we can put our name to.", "q8", "Yes"),
    # declining to add to the statutory partners (Q12)
    ("We would not add to the statutory partners of the partnerships.", "q12", "No"),
    # harder for the work is against; harder to evade is for
    ("Option Two would make cross-border work harder.", "q11", "No"),
    ("Option Two would make it harder for agencies to look away.", "q11", "Yes"),
    ("Option One would not bring anybody back, but it would make it harder for councils to look away.", "q9", "Yes"),
    # more paperwork; one priority among many; the gaps kept; things left as they are
    ("The duty would only mean another layer of paperwork for schools.", "q9", "No"),
    ("Under a voluntary approach, violence will remain one priority among many.", "q13", "No"),
    ("A voluntary approach would simply perpetuate the postcode lottery.", "q13", "No"),
    ("Option Three would leave things much as they are now.", "q13", "No"),
    # responsibility placed where it belongs; no member of the list to be dropped
    ("A duty on individual organisations would put responsibility where it belongs.", "q9", "Yes"),
    ("The bodies in Schedule 6 are the right ones, and we would not want any of them dropped.", "q10", "Yes"),
    # "agree a plan" settles a plan: no agreement with an option
    ("Under Option Two each board would have to agree a plan every year.", "q11", None),
    # an option named by an ordinal and its noun, outside a discussion of the options
    ("Ministers should go with the second proposal.", "q11", "Yes"),
    ("For the second year running, the partnership met monthly.", "q11", None),
    # no time for it; the weakest link; the least capacity; slowing things down
    ("We have no time for the voluntary approach.", "q13", "No"),
    ("Making the partnerships the lead would tie the duty to the weakest link.", "q11", "No"),
    ("Option Two gives the job to the partners with the least capacity to do it.", "q11", "No"),
    ("Option Two would slow things down.", "q11", "No"),
    # lasting as long as goodwill; partners left free to stay away; continuing the patchwork
    ("A voluntary approach would last only as long as the goodwill behind it.", "q13", "No"),
    ("Option Three would leave reluctant agencies free to opt out.", "q13", "No"),
    ("Option Three would continue the current patchwork.", "q13", "No"),
    # more than any other measure; reaching people, and a verb of thinking denying it
    ("A duty of due regard would do more than any other measure to keep violence on the agenda.", "q9", "Yes"),
    ("We do not believe that Option Two would reach the young people we see.", "q11", "No"),
    # the emphasis left alone; another duty refused; "then make the law"; about right
    ("The vision is sound and we would not alter its emphasis.", "q8", "Yes"),
    ("We would not add another statutory duty to the pile.", "q9", "No"),
    ("If a legal duty is what it takes, then make the law.", "q9", "Yes"),
    ("The Schedule 6 list is about right.", "q10", "Yes"),
    # Q12: bodies named as responsible authorities; the partners' list out of date
    ("We would like to see probation named as a responsible authority of the partnerships.", "q12", "Yes"),
    # resisting additions to the statutory partners (Q12): No
    ("We would resist adding more statutory partners to the partnerships.", "q12", "No"),
    # a body of the respondent's place holds its own view: "the Commissioner for our area supports it"
    ("The Police and Crime Commissioner for our area supports Option One.", "q9", None),
    ("The Police and Crime Commissioner supports Option One.", "q9", "Yes"),
    # both sides seen: Mixed (not "see it working")
    ("We see both promise and risk in Option Two.", "q11", "Mixed"),
    # hearsay with an aside before its "that"
    ("We have heard it suggested, by colleagues among others, that Option Two would work.", "q11", None),
    ("We think that Option Two would work.", "q11", "Yes"),
    # a request for an inspection, funding or training is no view of the option
    ("We would welcome joint inspection of the voluntary approach.", "q13", None),
    ("We would welcome the voluntary approach.", "q13", "Yes"),
    # idioms of the wrong way round
    ("The vision is back to front.", "q8", "No"),
    ("The vision puts the cart before the horse.", "q8", "No"),
    # a partnership that has lost its capacity; relied on, and a verb of thinking denying it
    ("Option Two would hand the work to partnerships that have lost most of their funding.", "q11", "No"),
    ("We do not believe that goodwill alone can be relied on.", "q13", "No"),
    # "would far rather see" with no "than"; somebody else's account of a preference
    ("We would far rather see the voluntary approach tried first.", "q13", "Yes"),
    ("Our councillor told us the council would rather see the voluntary approach.", "q13", None),
    # "then make it a law"; accepting, by a named body; the right public bodies; a scrap of difference
    ("If it takes a law to get them round a table, then make it a law.", "q9", "Yes"),
    ("The Council would, on balance, accept Option One.", "q9", "Yes"),
    ("The Schedule 6 list names the right public bodies.", "q10", "Yes"),
    ("None of the three options will make a scrap of difference.", "q13", "No"),
    # "our members" of a membership body is its own view
    ("Our members would welcome Option Two.", "q11", "Yes"),
    # Q12: schools at the partnership's table; "as statutory members" in a description is no request
    ("The schools need to be at that table as proper members of the partnerships.", "q12", "Yes"),
    ("The partnerships bring the council and the police together as statutory members.", "q12", None),
    # targets named in other words: the paper right to focus on, the whole vision, into law, changing the Act
    ("The paper is right to focus on early intervention.", "q8", "Yes"),
    ("Your whole vision is upside down.", "q8", "No"),
    ("We would go with putting it into law.", "q9", "Yes"),
    ("Changing the Crime and Disorder Act seems the sensible course.", "q11", "Yes"),
    ("The partnership should have to include the fire service.", "q12", "Yes"),
    # recurring wording: a reasonable way forward, rewritten, a layer of compliance, got right, nothing
    # giving pause, fitting experience, running out, look where it got us, slipping down the list
    ("A duty on named bodies seems a reasonable way forward.", "q9", "Yes"),
    ("The vision should be rewritten with young people in the room.", "q8", "No"),
    ("A new statutory duty would add a layer of compliance and nothing else.", "q9", "No"),
    ("The vision gets the balance right.", "q8", "Yes"),
    ("Nothing in the vision would give us pause.", "q8", "Yes"),
    ("The voluntary approach fits our experience.", "q13", "Yes"),
    ("Under the voluntary approach, goodwill runs out the moment budgets are cut.", "q13", "No"),
    ("The voluntary approach is what we had, and look where it has got us.", "q13", "No"),
    ("Left to a voluntary approach, violence will slip down the list.", "q13", "No"),
    ("The vision is one our members recognise.", "q8", "Yes"),
    # what a new law will not buy; against it; the partnerships to be extended; put it on the partnerships
    ("A new legal duty will not reopen a single youth club.", "q9", "No"),
    ("We are against a new legal duty.", "q9", "No"),
    ("We want the responsible authorities to be extended to include probation.", "q12", "Yes"),
    ("If there is to be a law, put it on the partnerships.", "q11", "Yes"),
    # half of it and not the other; agreeing or welcoming one part, "but not" another
    ("As for the vision, we endorse one half of it and not the other.", "q8", "Mixed"),
    ("The Council agrees with the preventative approach the vision describes, but not with its focus.", "q8", "Mixed"),
    ("We welcome the vision, but not its focus on young people alone.", "q8", "Mixed"),
    ("We welcome the vision, but not yet the detail of Option One.", "q8", "Yes"),
    # a "where" clause's negation does not reach the request after it
    (
        "We would ask that youth services, and charities where there is no youth service, be added to the statutory partners.",
        "q12",
        "Yes",
    ),
    # keeping it; better than what we have
    ("The Schedule 6 list is a good starting point and we would not want to replace it.", "q10", "Yes"),
    ("A legal duty, even a weak one, is still better than what we have now.", "q9", "Yes"),
    ("I don't entirely disagree with the critics of Option One, but it is still better than nothing.", "q9", "Yes"),
    # another body's document; an aside between "not" and its complement; avoiding a bad thing
    ("The District Council's own response supports Option Two.", "q11", None),
    ("Option Two is not, however, the right vehicle.", "q11", "No"),
    ("Option Three would avoid a compliance culture.", "q13", "Yes"),
    # a choice left to the reader; agreeing that it would not work
    ("If the choice is between a new law and more youth workers, I know which I'd pick.", "q9", None),
    ("We agree that a voluntary approach would not work.", "q13", "No"),
    ("We agree that violence cannot be left to the police alone, as the vision says.", "q8", "Yes"),
    # what an option would achieve, denied by its object
    ("Option Two would achieve very little.", "q11", "No"),
    ("Option Two would achieve real change.", "q11", "Yes"),
    # set up to fail; nowhere; the wrong message; the stronger of the two; on the shelf; a price worth paying
    ("Giving the partnerships the lead would set them up to fail.", "q11", "No"),
    ("The voluntary approach has been tried and got us nowhere.", "q13", "No"),
    ("Borrowing the Schedule 6 list sends the wrong message to communities.", "q10", "No"),
    ("Option Two is the stronger of the two statutory routes.", "q11", "Yes"),
    ("I would leave the voluntary option on the shelf.", "q13", "No"),
    ("If a new legal duty is needed to get agencies round the table, it is a price worth paying.", "q9", "Yes"),
    # forms to fill in; drawn to it; its weight behind it; left at the margins; not surviving; who is in post
    ("A new legal duty would give managers another form to fill in.", "q9", "No"),
    ("We find ourselves drawn to Option Two.", "q11", "Yes"),
    ("Option Two is where the board would put its weight.", "q11", "Yes"),
    ("Option Two would leave health at the margins.", "q11", "No"),
    ("A voluntary approach would not survive the next spending round.", "q13", "No"),
    ("Voluntary arrangements live and die by whoever is in post.", "q13", "No"),
    # the route refused; what the respondent wants; bring it in; what it changes; where it should be; faith in it
    ("We would not make the partnerships the route for this.", "q11", "No"),
    ("A legal duty on every agency is what we would want.", "q9", "Yes"),
    ("A legal duty would make them think about violence, so bring it in.", "q9", "Yes"),
    ("As for Option One, we cannot see what it changes.", "q9", "No"),
    ("The emphasis in the vision is exactly where it should be.", "q8", "Yes"),
    ("We would not put our faith in the voluntary approach.", "q13", "No"),
    # Q12: bodies sat round the partnership's table; added to the responsible authorities; adding them judged
    ("Housing should be sat round the partnership table as a responsible authority.", "q12", "Yes"),
    ("We recommend that colleges are added to the responsible authorities.", "q12", "Yes"),
    ("Making schools responsible authorities would achieve very little.", "q12", "No"),
    # a negative subject far from the verdict; another body's view with "we understand" set off
    ("None of them, as framed in the paper, would in our view best achieve the vision.", "q11", "No"),
    ("The County Council, we understand, is likely to support Option One.", "q9", None),
    ("I have also seen it suggested that Option Two would work.", "q11", None),
    # partly and partly not; half for and half not; the thing that would make a difference named after "is"
    ("The Schedule 6 bodies are partly the right partners and partly not.", "q10", "Mixed"),
    ("On the voluntary approach, I am half for it and half not.", "q13", "Mixed"),
    # paperwork rather than action; lights kept on; years undone; the point missed; dismissals; who is in post
    ("A new legal duty would generate paperwork rather than action.", "q9", "No"),
    ("A new legal duty won't keep our lights on.", "q9", "No"),
    ("Tying the duty to the Schedule 6 list would undo years of work with communities.", "q10", "No"),
    ("The vision has missed the point.", "q8", "No"),
    ("The voluntary approach? Come off it.", "q13", "No"),
    ("The voluntary approach depends entirely on who is in post.", "q13", "No"),
    # "if it was down to me"; the partners refused and asked for
    ("If it was down to me you'd go with the voluntary approach.", "q13", "Yes"),
    ("Schools should not be made responsible authorities of the partnerships.", "q12", "No"),
    ("The partnership should have the bus companies on it as full members.", "q12", "Yes"),
]


def test_what_would_make_a_difference_is_named_after_is():
    # under Option One's question: the thing that would make a difference is youth work, not the duty
    assert code_text("What would make a difference is money for youth work.", "q9").stance != "Yes"
    assert code_text("Option One would make a difference.", "q9").stance == "Yes"


def test_a_reservation_in_the_next_sentence_must_open_it_to_make_a_concession():
    # "but" inside a sentence about something else is not a reservation about the vision
    text = "We agree with the vision. Our experience is that enforcement buys time but does not change much."
    assert code_text(text, "q8").stance == "Yes"
    assert code_text("We agree with the vision. However, it is far too narrow.", "q8").stance == "Mixed"


def test_a_bare_yes_is_not_made_a_concession_by_the_reason_after_it():
    text = "Yes - housing associations above a certain size. At present, though, sharing with them depends on goodwill."
    assert code_text(text, "q12").stance == "Yes"


def test_the_first_to_hear_is_no_option():
    text = "There are three options. We are often the first to hear when something is wrong."
    assert code_letter(text)["q9"].stance is None


def test_declining_to_judge_is_no_view():
    assert code_text("We have not attempted to judge whether the vision is correct.", "q8").stance == "Unclear"
    assert code_text("I am in no position to say whether the vision is right.", "q8").stance == "Unclear"
    text = "We do not think it appropriate to express a preference between the options."
    assert code_text(text, "q9").stance == "Unclear"


def test_a_risk_after_without_that_is_a_counterfactual():
    # "Without that, there is a real risk ...": the condition's denial, not a verdict on the duty
    assert (
        code_text("Without that, there is a real risk that the duty will be read in isolation.", "q9").stance
        == "Unclear"
    )
    assert code_text("There is a real risk that the duty will be read in isolation.", "q9").stance == "No"


def test_we_do_not_agree_is_a_no_and_members_who_could_not_agree_have_no_view():
    assert code_text("We do not agree.", "q8").stance == "No"
    assert code_text("Our members could not agree.", "q8").stance == "Unclear"
    # "I do not know who else" is no abstention
    text = "They want a legal duty on the council, the schools and I do not know who else."
    assert "do not know" not in (code_text(text, "q9").rule or "")


def test_partial_agreement_then_a_reservation_is_mixed():
    text = "Most of what the paper says about prevention I agree with, but I cannot agree with its focus."
    assert code_text(text, "q8").stance == "Mixed"


def test_a_list_made_for_another_purpose_is_a_reservation_that_makes_praise_mixed():
    text = "The core of the list is sound, but it was designed for a separate purpose."
    assert code_text(text, "q10").stance == "Mixed"
    assert code_text("The core of the list is sound.", "q10").stance == "Yes"


def test_the_new_burdens_doctrine_is_no_burden():
    # the funding principle named, not a burden the duty would bring
    text = (
        "We would ask the Government to confirm that any new duty will be fully funded under the new burdens doctrine."
    )
    assert code_text(text, "q9").stance != "No"
    assert code_text("Any new duty will be a burden on schools.", "q9").stance == "No"


def test_the_statutory_partners_out_of_date_is_a_yes_to_adding():
    text = "The responsible authorities of the partnerships were set in 1998 and should be brought up to date."
    assert code_text(text, "q12").stance == "Yes"


def test_a_vision_denied_under_its_question_and_a_relative_clause_ending_at_the_main_verb():
    # "a vision" is the question's own only under its heading; "in which victims appear only once" is a
    # third party's clause, and what follows its main verb ("is not one we can support") is the respondent's
    assert code_text("This is not a vision we can put our name to.", "q8").stance == "No"
    assert code_text("A vision in which victims appear only once is not one we can support.", "q8").stance == "No"


def test_mostly_yes_then_no_in_one_respect_is_mixed():
    assert code_text("For the most part, yes; in one respect, no.", "q10").stance == "Mixed"
    assert code_text("For the most part, yes.", "q10").stance == "Yes"


@pytest.mark.parametrize(("text", "qid", "expected"), ROUND_EIGHT)
def test_round_eight_constructions(text, qid, expected):
    code = code_letter(text)[qid]
    assert no_view_read(text, qid) if expected is None else code.stance == expected, (text, code)


def test_a_participle_after_a_finished_clause_is_no_verdict():
    # "agreed with the regulator" says how the guidance is made; "we welcome" is a request, not Option Three
    text = "We would welcome national guidance for the voluntary approach, agreed with the regulator, on sharing data."
    assert "agreed" not in (code_text(text, "q13").rule or "")


# Round 9 (issue 14): constructions found in organisational letters with numbered paragraphs and tables,
# each beside its minimal counterpart. Read as answers under the question's own heading (``code_text``).
ROUND_NINE = [
    # a negative subject after "and" denies the predicate of its own clause; without it, asserted
    (
        "Partnerships rise and fall with their chairs, and nothing in the voluntary route would ensure the work continues.",
        "q13",
        "No",
    ),
    (
        "Partnerships rise and fall with their chairs, and the voluntary route would ensure the work continues.",
        "q13",
        "Yes",
    ),
    # "in sympathy with" is agreement; the respondent's own "preferred route" (not the Government's) is a choice
    ("The Board is in full sympathy with the vision.", "q8", "Yes"),
    ("The Council's preferred route, as long as the guidance comes first.", "q9", "Yes"),
    ("The Government's preferred route.", "q9", "Unclear"),
    ("The Council's preferred option is the partnership route.", "q11", "Yes"),
    # little to disagree with is agreement; much to disagree with is not
    ("We find little to disagree with in the vision.", "q8", "Yes"),
    ("We find much to disagree with in the vision.", "q8", "No"),
    # less suited than another option disprefers it; better suited prefers it
    ("Less suited to the task than Option One.", "q11", "No"),
    ("Better suited to the task than Option One.", "q11", "Yes"),
    # "fatal to" and "does not match what we see" are objections; a bare "we agree" before the respondent's own
    # judgement takes that judgement's polarity
    ("We agree, and we think the problem is fatal to the option.", "q9", "No"),
    ("We agree, and we think it is the right approach.", "q9", "Yes"),
    ("The focus does not match what our officers see on the ground.", "q8", "No"),
    ("The focus matches what our officers see on the ground.", "q8", "Unclear"),
    # preferring another list is against this one; preferring this one is for it
    ("We would prefer a shorter list.", "q10", "No"),
    ("We prefer the list as it stands.", "q10", "Yes"),
    # "is not right" is a No like "is wrong"; a good start with a reservation is Mixed
    ("The list is not right.", "q10", "No"),
    ("The list is right.", "q10", "Yes"),
    ("The list is a sensible starting point but needs amending.", "q10", "Mixed"),
    ("The list needs amending.", "q10", "No"),
    ("The list does not need amending.", "q10", "Yes"),
    # members who have not reached a common mind hold no view; a duty that would not reach families is a No
    ("Our members have not reached a common mind on a statutory duty.", "q9", "Unclear"),
    ("A statutory duty would not reach the families who need it most.", "q9", "No"),
    # no reason to expect success denies the success
    ("There is no reason to expect that a voluntary approach will succeed where it has failed.", "q13", "No"),
    ("There is every reason to expect that a voluntary approach will succeed.", "q13", "Yes"),
    # not enough by itself, whatever the verb: a No, though a weak one
    ("A duty like this will not of itself produce pooled budgets.", "q9", "No"),
    # building on what exists is for the option, and against it when denied
    ("Revising the partnerships' duties would build on arrangements that already work.", "q11", "Yes"),
    ("Revising the partnerships' duties would not build on arrangements that already work.", "q11", "No"),
    # getting behind it, and not
    ("It is the one approach our members could get behind.", "q13", "Yes"),
    ("Our members could not get behind it.", "q13", "No"),
    # part of the way, part of the case: Mixed
    ("We can go only part of the way with the vision.", "q8", "Mixed"),
    ("We accept part of the case for a duty on named bodies.", "q9", "Mixed"),
    # an accurate account is agreement
    ("The vision describes accurately what prevention needs.", "q8", "Yes"),
    # "the answer" with an adjective, denied
    ("A voluntary approach cannot be the national answer.", "q13", "No"),
    # would not secure what is sought; making bodies responsible authorities is an addition (Q12)
    ("It would not secure the consistency that the vision calls for.", "q13", "No"),
    ("We would make colleges and hospital trusts responsible authorities.", "q12", "Yes"),
    # another person's fear is not the respondent's
    ("Their fear is that a duty will produce a tick-box culture.", "q9", "Unclear"),
    ("Our fear is that a duty will produce a tick-box culture.", "q9", "No"),
    # a small request inside agreement is no verdict; the agreement decides
    (
        "We agree with the vision and would ask only that it recognises that prevention does not stop at 18.",
        "q8",
        "Yes",
    ),
    # help given to victims is not support for an option
    ("The vision should include the identification and support of victims.", "q8", "Unclear"),
    # a paragraph number does not hide a negative subject
    ("1.2 In my view, none of the three options would achieve the vision.", "q13", "No"),
    # arrangements that fade when their champions leave: against a voluntary approach
    ("Informal arrangements do well while the founders stay, and fall apart when they leave.", "q13", "No"),
    # a denial put first ("what we would not want is"), and the same wish asserted
    ("What we would not want is for colleges to become responsible authorities.", "q12", "No"),
    ("What we would want is for colleges to become responsible authorities.", "q12", "Yes"),
    # half right, half missing: Mixed
    ("Half of it is right and half of it is missing.", "q8", "Mixed"),
    # somebody close to the writer "reckons": not the writer's view
    ("My neighbour reckons the voluntary approach would be fine.", "q13", "Unclear"),
    ("I reckon the voluntary approach would be fine.", "q13", "Yes"),
    # a way forward, compared; "will not do" and "not good enough" as verdicts
    ("Amending the 1998 Act strikes us as the more workable way forward.", "q11", "Yes"),
    ("Leaving it to goodwill will not do.", "q13", "No"),
    ("For this job, the list is not good enough.", "q10", "No"),
    # leaning towards and plumping for a choice; "fair enough" as agreement inside an answer
    ("On balance we lean towards the duty.", "q9", "Yes"),
    ("Of the three, I would plump for this one.", "q11", "Yes"),
    ("I had to look the list up. Fair enough, those are the right people.", "q10", "Yes"),
    # an answer word on a line of its own is the answer, not a heading; "No response" is no answer at all
    ("Yes\n\nComment: it would give every agency the same duty.", "q9", "Yes"),
    ("Don't know", "q10", "Unclear"),
    ("No response", "q12", None),
    ("No answer given.", "q12", None),
    ("No", "q12", "No"),
    # faint praise that invites a "but" is Mixed; plain praise is not
    ("There is something to be said for building on the partnerships.", "q11", "Mixed"),
    ("Building on the partnerships would work.", "q11", "Yes"),
]


@pytest.mark.parametrize(("text", "qid", "expected"), ROUND_NINE)
def test_round_nine_constructions(text, qid, expected):
    code = code_text(text, qid)
    assert code.stance == expected, (text, code)


def test_none_of_them_is_the_options_only_where_options_are_spoken_of():
    # "them" are the bodies just listed: no collective verdict on the options, and "that list" is still
    # Schedule 6's, carried over the sentences between
    text = (
        "The bodies listed in Schedule 6 are all public bodies. None of them is who a teenager spends a Saturday "
        "with. In our view that list is not the right one for this job."
    )
    codes = code_letter(text)
    assert codes["q10"].stance == "No"
    assert all(codes[q].stance is None for q in ("q9", "q11", "q13"))
    # after the options are named, a few sentences back in the same paragraph, "none of them" is each option
    text = "There are three options. A duty. The partnership. Goodwill. None of them would achieve the vision."
    codes = code_letter(text)
    assert [codes[q].stance for q in ("q9", "q11", "q13")] == ["No", "No", "No"]


def test_a_paragraph_number_is_dropped_but_a_count_is_not():
    # "1.2 " and "15. " number the letter's paragraphs; "12 Schools" counts schools; "8 Do you ...?" is the
    # questionnaire's question 8 quoted back, with its number
    assert code_text("1.2 A duty would add to the workload of schools.", "q9").evidence.startswith("A duty")
    text = "12 Schools in our area would each have to meet a duty that adds to the workload of schools."
    assert code_text(text, "q9").evidence.startswith("12 Schools")
    text = "8 Do you agree that the vision and focus for a multi-agency approach is correct?\n\nYes, we agree."
    assert code_text(text, "q8").evidence == "Yes, we agree."


def test_an_organisations_own_preferred_option_names_no_option():
    # "the Council's preferred option" is the Council's choice, not the Government's Option One
    codes = code_letter("The Council's preferred option is Option Two.")
    assert (codes["q9"].stance, codes["q11"].stance) == (None, "Yes")
    codes = code_letter("The Government's preferred option is a duty, which we oppose.")
    assert (codes["q9"].stance, codes["q11"].stance) == ("No", None)


# Round 10: minimal pairs for what the blind batches of 2 December showed, each worked out by hand: the
# sentence as a careful reader codes it, and the same sentence without the construction.
ROUND_TEN = [
    # ranked last is a No; the same frame naming the respondent's choice is a Yes
    ("Of the three options this is the one I would place last.", "q11", "No"),
    ("Of the three options this is the one I would choose.", "q11", "Yes"),
    ("We would rank it bottom of the three.", "q13", "No"),
    # what the target has wrong or right
    ("The vision has the focus wrong.", "q8", "No"),
    ("The vision has the focus right.", "q8", "Yes"),
    # the body's own members (not "some members") hold the respondent's view
    ("Members felt strongly that the vision has the focus wrong.", "q8", "No"),
    ("Some members felt strongly that the vision has the focus wrong.", "q8", "Unclear"),
    # agreement with one part and not another is Mixed; without the "but not", agreement
    ("We share the ambition behind the vision but not the focus it has been given.", "q8", "Mixed"),
    ("We share the ambition behind the vision and the focus it has been given.", "q8", "Yes"),
    ("We are with the Government on the vision, then, but not on where it has drawn the boundaries.", "q8", "Mixed"),
    ("So my answer on the preferred option is yes in part and no in part.", "q9", "Mixed"),
    ("So my answer on the preferred option is yes.", "q9", "Yes"),
    # an offer to help is no verdict on the option; welcoming the option is
    ("We would welcome the chance to contribute to guidance on the role of housing providers.", "q13", "Unclear"),
    ("We would welcome the voluntary approach.", "q13", "Yes"),
    # nothing to object to; cost with nothing gained
    ("Nothing in the vision gives us pause.", "q8", "Yes"),
    ("Much in the vision gives us pause.", "q8", "Unclear"),
    ("For schools, the preferred option would add to the paperwork without adding to the protection.", "q9", "No"),
    # representation as of right is an addition to the partners
    ("Victims' services should be represented as of right.", "q12", "Yes"),
    ("Youth offending teams and schools ought to be full statutory members of these partnerships.", "q12", "Yes"),
    # voluntary working valued beside a duty is no support for the voluntary option; valued as such, it is
    (
        "Voluntary collaboration has real value alongside a duty. Option Three on its own would not deliver.",
        "q13",
        "No",
    ),
    ("Voluntary collaboration has real value.", "q13", "Yes"),
    # "of the two legislative routes, this is the one": the set chosen within, not a collective verdict
    ("Of the two legislative routes, this is the one our members could support.", "q11", "Yes"),
    # a plea for the target, and against it
    ("Please do it.", "q9", "Yes"),
    ("Please do not do it.", "q9", "No"),
    # part yes, part no
    ("Our answer is yes for most of the list and no for schools.", "q10", "Mixed"),
    ("Our answer is yes for the whole list.", "q10", "Yes"),
    ("We welcome half of what this option offers and fear the other half.", "q9", "Mixed"),
    ("Much of what the vision sets out is what we have been asking for.", "q8", "Mixed"),
    ("Some of these bodies belong on the list; others, in our view, do not.", "q10", "Mixed"),
    ("Some members felt it would work; others did not.", "q13", "Unclear"),  # people divided: no part-for-part
    # a judgement withheld as a No; a question left open is no view
    ("We therefore cannot say the list is the right set of partners.", "q10", "No"),
    ("We cannot say whether the list is the right set of partners.", "q10", "Unclear"),
    # a view set up to be knocked down is not asserted; concluded, it is
    ("It would be tempting to conclude that goodwill is enough.", "q13", "Unclear"),
    ("We conclude that goodwill is enough.", "q13", "Yes"),
    # a doubt the respondent shares denies what follows
    ("We share her doubt that the voluntary option would change anything.", "q13", "No"),
    # a condition denied is not the target denied
    (
        "Of the three options, this is the one our members would back, provided education has a proper place in the "
        "partnership. At present it does not.",
        "q11",
        "Yes",
    ),
    # the body's trustees would rather; the Government asked not to take it
    (
        "If there is to be legislation at all, the trustees would much rather it worked through the partnership.",
        "q11",
        "Yes",
    ),
    ("We would prefer the Government did not take this route.", "q9", "No"),
    # a list to follow is no verdict; a courtesy is none either
    ("Whichever option is taken forward, the following would help join up the response:", "q12", "Unclear"),
    ("We welcome correspondence in Welsh.", "q13", "Unclear"),
    # additions named as a request
    ("We would ask that the larger registered providers be made responsible authorities.", "q12", "Yes"),
    ("We would ask that the law name the youth service among their statutory members.", "q12", "Yes"),
    # cannot sign up (No), can (Yes); the past repeated; least likely to work
    ("We cannot sign up to a vision that leaves us out.", "q8", "No"),
    ("We are happy to sign up to the vision.", "q8", "Yes"),
    ("Leaving it to goodwill is how we got here.", "q13", "No"),
    ("Least likely to work.", "q13", "No"),
    ("A vision of serious violence that stops at the front door is not one we can endorse.", "q8", "No"),
    # the alternative set against the target is not the target
    ("The alternative of leaving matters as they are is worse.", "q9", "Unclear"),
    ("It would leave matters as they are.", "q9", "No"),
    # a service named "supported housing" is no support; no view on the other questions is none on this one
    ("We also run supported housing for young people leaving care.", "q9", "Unclear"),
    ("Members did not feel qualified to comment on the other questions.", "q9", "Unclear"),
    ("Members did not feel qualified to comment.", "q9", "Unclear"),
    # a quoted parent's words are not the respondent's
    ('One father put it simply: "I don\'t care which office it sits in. I want a name."', "q8", "Unclear"),
    ('We said at the time: "The vision is right."', "q8", "Yes"),
    # a verdict verb with "cannot" in it is denied
    ("We regard that as too high a price, and for that reason cannot back Option One.", "q9", "No"),
    ("We regard that as a price worth paying, and for that reason can back Option One.", "q9", "Yes"),
    # keeping it as it is (Yes) against the alternative of leaving things as they are
    (
        "Taking Annex A as a whole, the list captures the bodies we deal with, and we would leave it as it is.",
        "q10",
        "Yes",
    ),
    # somebody else's uncertainty is not the respondent's
    (
        "What it produced was anxious clinicians who referred because they were unsure whether they were allowed not to.",
        "q9",
        "Unclear",
    ),
    ("We are unsure whether it would help.", "q9", "Unclear"),
    # for some and not for others
    (
        "We support Option One for England and for non-devolved bodies, but not, in its present form, for devolved Welsh bodies.",
        "q9",
        "Mixed",
    ),
    ("We support Option One for England and for Wales.", "q9", "Yes"),
    # a sentence turning to another question's subject inside a section
    (
        "As for the bodies listed in Annex A, the list is right in what it includes and wrong in what it leaves out.",
        "q10",
        "Mixed",
    ),
    # asked of the Government
    ("We would not want the Government to rely on this route, whether on its own or as the main plank.", "q13", "No"),
    ("We would want the Government to adopt this route.", "q13", "Yes"),
    ("I'd be all for it.", "q9", "Yes"),
    ("We would not carry it across unamended.", "q10", "No"),
    ("We would carry it across unamended.", "q10", "Yes"),
    # the vision as the end the option should reach is not the vision judged
    ("We do not think it is the right way to reach the vision in Wales.", "q9", "No"),
]


@pytest.mark.parametrize(("text", "qid", "expected"), ROUND_TEN)
def test_round_ten_constructions(text, qid, expected):
    code = code_text(text, qid)
    assert code.stance == expected, (text, code)


ROUND_ELEVEN = [
    # a survey's result is figures reported, whichever way the first figure leans; the respondent's own view is one
    (
        "Survey: 14 (22%) thought Option Two would best achieve the vision, 31 (49%) thought it would not.",
        "q11",
        "Unclear",
    ),
    ("We think Option Two would best achieve the vision.", "q11", "Yes"),
    # a role reporting a view is not the respondent; the respondent arguing the same is
    (
        "The Community Safety Partnership Manager argued that its statutory membership should be widened to include schools.",
        "q12",
        "Unclear",
    ),
    ("We argue that its statutory membership should be widened to include schools.", "q12", "Yes"),
    # others' fear reported; the respondent's own fear
    ("We know that some organisations fear a duty of this kind will become a paper exercise.", "q9", "Unclear"),
    ("We fear a duty of this kind will become a paper exercise.", "q9", "No"),
    # parting company on the target itself (No), on one of its points (Mixed)
    ("Where I part company with the paper is the duty itself.", "q9", "No"),
    ("We part company with it on its focus.", "q8", "Mixed"),
    # valuing or sharing what the vision holds; noting it is no verdict
    ("We particularly value the commitment in the vision to work with communities.", "q8", "Yes"),
    ("We note the commitment in the vision to work with communities.", "q8", "Unclear"),
    # valuing somebody's work is no verdict on the option of the section
    ("We value the work of our volunteers.", "q13", "Unclear"),
    ("We share the aspirations set out in the vision.", "q8", "Yes"),
    # a negative subject reaches its own clause, not the next one with a subject of its own
    ("Nothing in it would surprise anyone, and I would put my name to it as it is written.", "q8", "Yes"),
    ("Nothing in it is anything I would put my name to.", "q8", "No"),
    # the gain of an addition to the partnership
    ("The health voice in CSPs would be stronger if NHS trusts were added as responsible authorities.", "q12", "Yes"),
    # a quantity, not a judgement; the judgement
    ("Our nurses spend a disproportionate amount of time on paperwork.", "q11", "Unclear"),
    ("The duty would place a disproportionate burden on small schools.", "q9", "No"),
    # wanting the option enacted; wanting something else
    ("The Trust would be glad to see the preferred option on the statute book.", "q9", "Yes"),
    ("The Trust would be glad to see more funding for youth work.", "q9", "Unclear"),
    # a place in a ranking, in the question's own section
    ("Ranked first.", "q13", "Yes"),
    ("Ranked third.", "q13", "No"),
    # what comes first for the respondent ranks no option
    ("The safety of children comes first.", "q9", "Unclear"),
    # the vision shared, the focus not: partly for, partly against
    ("We share the vision. We do not share the focus.", "q8", "Mixed"),
    ("We share the vision and the focus.", "q8", "Yes"),
    # support for another vision than this one is no verdict on this one
    ("We would support a vision that included violence in the home.", "q8", "Unclear"),
    ("We would support the vision.", "q8", "Yes"),
    # a body wanting the named bodies under a legal obligation (Option One)
    ("The branch board would like to see schools put under a legal obligation to play their part.", "q9", "Yes"),
    # goodwill used up; goodwill still there
    ("That goodwill is nearly spent.", "q13", "No"),
    ("That goodwill is still there.", "q13", "Unclear"),
    # a fronted question as the topic asserts nothing: the main clause answers ("should be added" under it was read
    # as an omission from the list)
    ("On which bodies should be named, the Federation has no view.", "q10", "Unclear"),
    ("We think schools should be added.", "q10", "No"),
    # better than what there is now is faint praise: the option's own verdict decides (it was a concession, Mixed)
    ("A voluntary approach would be better than the present position but would not achieve the vision.", "q13", "No"),
    ("A voluntary approach would be better than a duty.", "q13", "Yes"),
    # what it would leave people with
    ("Leaving matters on a voluntary footing would leave the next hospital to reinvent what we built.", "q13", "No"),
    ("A voluntary approach would leave our pupils exactly where that protocol left them.", "q13", "No"),
    (
        "Everything we have achieved has been achieved without a statutory duty, and that is precisely the problem.",
        "q13",
        "No",
    ),
    # what a relative clause says of the things just listed is not said of the option
    (
        "We cannot take on the duty by diverting money from sexual health or drug treatment, both of which are part of "
        "the answer to violence.",
        "q9",
        "Unclear",
    ),
    ("The duty is part of the answer to violence.", "q9", "Mixed"),
    # views counted or reported by number ("Two directors", "Fifty-eight per cent", "Support was highest among"); the
    # respondent's own worry
    ("Two directors were worried that it would generate paperwork and little else.", "q9", "Unclear"),
    ("We are worried that it would generate paperwork and little else.", "q9", "No"),
    ("Fifty-eight per cent said that they would, 27 per cent that they would not.", "q9", "Unclear"),
    ("Support was highest among members working in London.", "q9", "Unclear"),
    # "Option Two" is no count of people reporting a view
    ("On Option Two we cannot say whether it would work.", "q11", "Unclear"),
    # the verb left out after a condition: "..., and on balance we think it should be,"
    (
        "If a duty of that kind is introduced, and on balance we think it should be, the guidance must be clear.",
        "q9",
        "Yes",
    ),
    # right in one respect, wrong in another
    ("So the list is right in the bodies it names and wrong in the level at which it names them.", "q10", "Mixed"),
    ("The list is wrong in its level and right in its bodies.", "q10", "Mixed"),
    ("The list is right in its aims and right in its scope.", "q10", "Yes"),
    # not asking for one body's own place is no objection to additions; asking for it is an addition
    ("We are not asking for business improvement districts to become statutory partners.", "q12", "Unclear"),
    ("We are asking for business improvement districts to become statutory partners.", "q12", "Yes"),
    ("Goodwill rarely survives a change of chief inspector.", "q13", "No"),
    # a few of the respondent's people, and a team that tells the respondent, report views; the respondent's own
    (
        "A few of our team have worked in the NHS or for the council and reckon a duty would focus minds at the top.",
        "q9",
        "Unclear",
    ),
    ("We have worked in the NHS and reckon a duty would focus minds at the top.", "q9", "Yes"),
    ("Our local probation team tells us they're all for it.", "q9", "Unclear"),
    ("We're all for it.", "q9", "Yes"),
    # help given is no support for an option; a remark about the response is no verdict
    ("Callum's school has been a great support to us.", "q9", "Unclear"),
    ("The Commissioner does not offer that remark as a view on the options, but as a reminder.", "q13", "Unclear"),
    # praise of what should go on whichever option is chosen is no verdict on the section's option
    (
        "The new Violence Reduction Units are all welcome, and they should continue whatever is decided.",
        "q13",
        "Unclear",
    ),
    ("The voluntary approach is welcome.", "q13", "Yes"),
    # where the respondent body would want the duty to sit; where the Government would
    ("It is where the Council would want the duty to sit.", "q11", "Yes"),
    ("It is where the Government would want the duty to sit.", "q11", "Unclear"),
    # a conclusion drawn from the argument weighs as the answer, over a welcome of something the paper says
    (
        "We welcome the Government's acknowledgement that enforcement is not enough. But a vision has to be judged by "
        "what it asks agencies to do. For both reasons, we cannot endorse the vision as it stands.",
        "q8",
        "No",
    ),
]


def test_a_sentence_in_another_questions_section_is_not_read_by_description_for_a_question_without_one():
    # the letter read whole fills questions without a section of their own; a sentence inside Option Two's section
    # whose "the duty" only describes Option One does not answer Option One (it was a Yes on Q9 as well)
    text = "Placing the new requirement on our partnership would build on what exists, and it is where the Council would want the duty to sit."
    codes = code_letter("Question 11\n" + text, None, {"q11": text})
    assert {q: c.stance for q, c in codes.items() if c.stance} == {"q11": "Yes"}
    # named outright, another option in a section is still read
    named = "We prefer this to Option One, which we do not support."
    codes = code_letter("Question 11\n" + named, None, {"q11": named})
    assert codes["q9"].stance == "No"


def test_whatever_route_is_chosen_sets_the_option_aside():
    # under an option's own heading, text that opens "Whatever route is chosen" is about other measures: the option is
    # not discussed (it was Unclear, or a Yes from "would help"); text about the option under it is still read
    other = "Whatever route is chosen, three things would help: funding, housing and mentoring."
    assert {q: c.stance for q, c in code_letter(other, None, {"q13": other}).items() if c.stance} == {}
    other = "Whatever happens with any of this, none of it works without youth workers on the ground."
    assert {q: c.stance for q, c in code_letter(other, None, {"q11": other}).items() if c.stance} == {}
    own = "The voluntary route has been tried here."
    codes = {q: c for q, c in code_letter(own, None, {"q13": own}).items() if c.stance}
    assert set(codes) == {"q13"}  # discussed: no cue the rules know, so Unclear or the classifier's reading for review
    assert codes["q13"].stance == "Unclear" or (codes["q13"].method == "model" and codes["q13"].confidence < REVIEW)


@pytest.mark.parametrize(("text", "qid", "expected"), ROUND_ELEVEN)
def test_round_eleven_constructions(text, qid, expected):
    code = code_text(text, qid)
    assert code.stance == expected, (text, code)


@pytest.mark.parametrize(
    ("letter", "expected"),
    [
        # a ranking in one sentence: the first chosen, the last rejected, the middle leaning No (before: "Our order of
        # preference is ..." was a Yes for all three)
        ("In order of preference, we rank them One, Three, Two.", {"q9": "Yes", "q11": "No", "q13": "No"}),
        (
            "We would put the voluntary approach first, Option Two second and a duty on named bodies last.",
            {"q13": "Yes", "q11": "No", "q9": "No"},
        ),
        ("Our order of preference is Option Three, Option Two, Option One.", {"q13": "Yes", "q11": "No", "q9": "No"}),
        # a question opened by "Whether" ends at its verb: the no view after it is the respondent's (it was masked)
        (
            "Whether more statutory partners should be added to CSPs is a question on which our trustees were divided, "
            "and we have not reached a settled view.",
            {"q12": "Unclear"},
        ),
        # declining to prefer between the options abstains on each
        (
            "It would not be appropriate for us to express a preference between the three options.",
            {"q9": "Unclear", "q11": "Unclear", "q13": "Unclear"},
        ),
        # "the second" that is the second of the letter's points is no option; the second of the options is
        ("We have two concerns. The second concerns what would actually help.", {}),
        ("Of the three options, the second is the one we prefer.", {"q11": "Yes"}),
        # a partner's view set out in full as a quoted paragraph is not the respondent's; the respondent's own words
        # after it are; a resolution of the respondent's own quoted is its own
        (
            'Our partner asked us to set out her view:\n\n"A voluntary approach is the better fit for Wales, and I would '
            'urge the Home Office to let partners continue."\n\nWe do not share that conclusion: a voluntary approach '
            "would leave the outcome to chance.",
            {"q13": "No"},
        ),
        (
            'The Board resolved:\n\n"The Trust supports Option One as the best way to achieve the vision."',
            {"q9": "Yes"},
        ),
        # an answer after a colon that closes the question it answers
        (
            "So to the question of whether these organisations should be put under a legal duty: put it in law, and make "
            "it as strong as you can.",
            {"q9": "Yes"},
        ),
        # the duty named as what the vision's focus is about is no verdict on Option One; supported in its own words, it is
        (
            "We agree with the vision and with the decision to focus the duty on serious violence rather than on crime in "
            "general.",
            {"q8": "Yes"},
        ),
        ("We agree with the vision, and we support the duty.", {"q8": "Yes", "q9": "Yes"}),
        # choices put plainly: every time, the closest to what members want, where the money would go (since round 12
        # a choice between two named is read as a comparison: new law, read on Option One by the convention for
        # legislating, is the one not taken, as in "prefer a voluntary local arrangement to a duty")
        (
            "If the choice lies between new law and the voluntary one, we would take the voluntary one every time.",
            {"q13": "Yes", "q9": "No"},
        ),
        (
            "Of the three approaches in the paper, the non-legislative one is the closest to what members would like to see.",
            {"q13": "Yes"},
        ),
        ("If I had to put my money anywhere it would be on the voluntary route.", {"q13": "Yes"}),
        # what it would do to reach the vision, denied and affirmed
        ("We do not think a voluntary approach would do anything to reach the vision.", {"q13": "No"}),
        ("A voluntary approach would do a great deal to reach the vision.", {"q13": "Yes"}),
        # a body's first choice; its second choice leans No
        ("Its first choice is the option that builds on Community Safety Partnerships.", {"q11": "Yes"}),
        ("Our second choice is the option that builds on Community Safety Partnerships.", {"q11": "No"}),
        # the vision as the yardstick ("what the paper sets out to achieve") is not the vision judged
        (
            "Community Safety Partnerships are the route most likely to achieve what the paper sets out to achieve.",
            {"q11": "Yes"},
        ),
        # "first" and "last" that rank no option
        ("We were the first to set up a youth partnership and the last to close a youth centre.", {}),
        # what the paper sets out, named in a relative clause, is no report of the paper's view
        (
            "As for the other two routes the paper sets out, the partnership one and the one without legislation, I have "
            "no settled view.",
            {"q11": "Unclear", "q13": "Unclear"},
        ),
        # people described as sitting on the partnerships say nothing of who should (Q12); the Board's own no view
        # after a report of others' is the respondent's
        (
            "Colleagues who sit on them hold differing opinions about it, and the Board has not come to a settled "
            "position on whether the partnership model should lead.",
            {"q11": "Unclear"},
        ),
    ],
)
def test_round_eleven_letters(letter, expected):
    got = {q: c.stance for q, c in code_letter(letter).items() if c.stance}
    assert got == expected


@pytest.mark.parametrize(
    ("letter", "expected"),
    [
        # the statutory options named by what they share: each is rejected
        (
            "On the options, members could not support either of the two options that would involve new legislation.",
            {"q9": "No", "q11": "No"},
        ),
        # a verdict whose object is "none of" / "neither of" the set denies it for each member of the set
        ("We support none of the options.", {"q9": "No", "q11": "No", "q13": "No"}),
        ("We support neither of the two statutory options.", {"q9": "No", "q11": "No"}),
        ("We can back neither of the legislative routes.", {"q9": "No", "q11": "No"}),
        # the same verdicts on the whole set, not denied
        ("We support all of the options.", {"q9": "Yes", "q11": "Yes", "q13": "Yes"}),
        ("We support both statutory options.", {"q9": "Yes", "q11": "Yes"}),
        # weighed against the voluntary approach, a duty on named bodies is preferred
        (
            "Weighing it against a purely voluntary approach, our governors would rather see a duty placed on named bodies.",
            {"q9": "Yes", "q13": "No"},
        ),
        # "prefer somebody to do X" asks for X (it was read "prefer the Government to [X]", X dispreferred); "prefer X to
        # Y" still compares
        ("We would prefer the Government to encourage a voluntary local arrangement.", {"q13": "Yes"}),
        ("We would prefer a voluntary local arrangement to a duty on individual bodies.", {"q13": "Yes", "q9": "No"}),
        # the consultation's question reported, not answered
        (
            "The consultation asks whether the vision is right, and which of three options would work best: a new duty "
            "on named organisations, changes to Community Safety Partnerships, or a voluntary approach.",
            {},
        ),
        # "the vision" as what an option should reach names no view on the vision
        ("We do not think a duty on named organisations is the right way to reach the vision.", {"q9": "No"}),
    ],
)
def test_collective_object_denied_or_not(letter, expected):
    codes = {q: c.stance for q, c in code_letter(letter).items() if c.stance}
    assert codes == expected, (letter, codes)


def test_question_fourteen_quoted_back_heads_no_option():
    # question 14 asks for other measures "to support such a voluntary multi-agency approach": quoted back in a
    # form's table, its answer is about no option, though the question names the voluntary approach
    spec = load_spec()
    q14 = spec.question("q14").text
    letter = f"| 14 | {q14} | Funding for early intervention, agreed with partners for three years at a time. |"
    codes = {q: c.stance for q, c in code_letter(letter, spec).items() if c.stance}
    assert codes == {}
    # the same answer under question 13's text answers question 13
    q13 = spec.question("q13").text
    letter = f"| 13 | {q13} | We support it. |"
    assert code_letter(letter, spec)["q13"].stance == "Yes"


# Round 12: from blind batches 95-98 (their misses read after their first runs were recorded)
ROUND_TWELVE = [
    # a body's failure to agree is no view ("did not reach a shared view" read as a consequence, a No, before)
    ("The partners did not reach a shared view on the vision and focus.", "q8", "Unclear"),
    ("The duty did not reach the families who needed it.", "q9", "No"),
    # a survey's figures after a lead-in naming the survey are reported, not the respondent's ("unsure" was its no view)
    (
        "In our survey, 58% of members who replied favoured a new legal duty, 27% opposed one and the rest were unsure. "
        "The Board's own view is that a duty of due regard is worth having.",
        "q9",
        "Yes",
    ),
    # "worth having" judges the target; negated, it rejects it
    ("A duty of due regard is worth having if it obliges police to share anonymised data.", "q9", "Yes"),
    ("A duty of due regard is not worth having.", "q9", "No"),
    # for it in one role and against it in another: Mixed
    (
        "We are therefore for the voluntary route as a complement to a duty and against it as a substitute for one.",
        "q13",
        "Mixed",
    ),
    # costs outrunning what the target returns
    ("For nurseries, a new duty would cost more staff time than it could ever repay in safer children.", "q9", "No"),
    # singled out as the one that works; an adverb inside "would work" / "would not work"
    ("The voluntary approach is the one that would actually work for nurseries.", "q13", "Yes"),
    ("A duty would not actually work.", "q9", "No"),
    # what is too much for the verb denies it: "too narrow for me to agree" (was a weak Yes from "agree")
    (
        "The vision's focus is too narrow for me to agree that it is correct, and it risks leaving out violence at home.",
        "q8",
        "No",
    ),
    ("We agree that the vision's focus is correct.", "q8", "Yes"),
    # tried and done with
    ("A voluntary approach has had its turn here.", "q13", "No"),
    # fit ranked last or first
    ("Of the three options, the one built on Community Safety Partnerships fits Wales least well.", "q11", "No"),
    ("Community Safety Partnerships suit rural areas best.", "q11", "Yes"),
    # shown wanting
    (
        "Putting the CSP in charge would hand the lead to a partnership that has not yet shown it can carry the work "
        "it already has.",
        "q11",
        "No",
    ),
    # "Not in our view." leading the answer is a No; a "view" sentence that is not the whole answer is none
    ("Not in our view. The partnership in our city has never invited the gurdwara to a meeting.", "q11", "No"),
    # (second part, from batches 99-101) a choice between two named: the one chosen is preferred, the other not
    ("But between a duty and the voluntary approach, we prefer the duty.", "q13", "No"),
    ("Between a duty and the voluntary approach, we would choose the voluntary approach.", "q13", "Yes"),
    # the verb denied of a fronted object after a clause affirming it: Mixed on the vision and its focus
    ("The vision I can sign up to; the focus I cannot.", "q8", "Mixed"),
    ("The vision I can sign up to.", "q8", "Yes"),
    # an adjective before a noun of its own judges that noun ("effective decisions"); before the target's kind of
    # noun ("an effective approach") or as a predicate it judges the target
    (
        "It is important that any duty aids relevant agencies and partners to make effective decisions.",
        "q8",
        "Unclear",
    ),
    ("This is an effective approach.", "q8", "Yes"),
    ("We think the vision is appropriate.", "q8", "Yes"),
    # the paper's words endorsed by an idiom
    ("We couldn't have put it better ourselves.", "q8", "Yes"),
    # Q12 answered with the bodies alone ("If so, what organisations?"); a sentence with a subject and verb is not a list
    ("The voluntary and community sector, by right and not by invitation.", "q12", "Yes"),
    ("Schools, colleges and housing associations.", "q12", "Yes"),
    ("We would not want schools, or anyone else, added to the statutory partners.", "q12", "No"),
    ("The partnerships themselves are better placed to judge.", "q12", "Unclear"),
    # not wanting people to depend on it again is a No; not wanting a harm to come of a change is no verdict on the
    # option; not wanting the task handed to CSPs is a No
    ("We would not want the children we work with to depend on that again.", "q13", "No"),
    (
        "We would not want any change in national arrangements to put funding of this kind at risk.",
        "q11",
        "Unclear",
    ),
    ("We would not want the serious violence strategy handed to them: it would become one more plan.", "q11", "No"),
    # what was praised, denied of the target; "cannot say whether" stays no view
    ("We cannot say the same of the non-legislative route.", "q13", "No"),
    ("We cannot say whether the non-legislative route would work.", "q13", "Unclear"),
    # a protocol agreed with somebody is no agreement with the option
    (
        "Under a protocol agreed with the police in 2017, we provide footage of violent incidents on request.",
        "q9",
        "Unclear",
    ),
    ("We agreed with the police that the duty is the right approach.", "q9", "Yes"),
    # a commitment to act ("agreed to fund"), a plan settled ("agreed a single violence prevention plan") and a role
    # reporting by letter ("has written to you separately to say that") are no verdicts of the respondent's
    (
        "Our crisis café exists because the mental health trust and two councils agreed to fund and staff it together.",
        "q11",
        "Unclear",
    ),
    ("We agree to the proposal for Option Two.", "q11", "Yes"),
    ("It works: the Board agreed a single violence prevention plan last year.", "q11", "Unclear"),
    (
        "I understand that the chair of the Kestermere Community Safety Partnership has written to you separately to "
        "say that revising CSPs is the obvious answer.",
        "q11",
        "Unclear",
    ),
    ("Revising CSPs is the obvious answer.", "q11", "Yes"),
    # a clause that only names bodies needs no verb at all ("our clubs sit on CSP sub-groups" is a sentence)
    ("Around forty of our clubs sit on CSP sub-groups or youth panels by invitation.", "q12", "Unclear"),
    # what is too much for a verdict of rejection denies it: a weak Yes, for a person (it was a confident No)
    ("The duty is too important to oppose.", "q9", "Yes"),
    ("We oppose the duty.", "q9", "No"),
    # the best of the set as a verdict without a verb (a table's cell), or after a copula; denied, a No
    ("Overall: The strongest of the three.", "q9", "Yes"),
    ("Option One is by far the best of the three.", "q9", "Yes"),
    ("Option One is not the best of the three.", "q9", "No"),
    # counts of those who answered a survey are reported, not the respondent's; the own view after them decides
    (
        "Of the 38 who replied, 23 favoured a new statutory duty, 10 were against it and 5 were unsure. The committee's "
        "own view is that a duty of due regard is worth having.",
        "q9",
        "Yes",
    ),
]


@pytest.mark.parametrize(("text", "qid", "expected"), ROUND_TWELVE)
def test_round_twelve_constructions(text, qid, expected):
    code = code_text(text, qid)
    assert code.stance == expected, (text, code)


@pytest.mark.parametrize(
    ("letter", "expected"),
    [
        # a verdict verb of help whose object is a noun phrase of its own: the target named after it is not backed
        ("We support local schools and contribute to the Community Safety Partnership.", {}),
        (
            "The Council supports a network of around forty community groups through its grants programme, and "
            "contributes officer time to the Community Safety Partnership.",
            {},
        ),
        # the verb's object is the target, or holds it
        ("We support Option Two.", {"q11": "Yes"}),
        ("We support giving Community Safety Partnerships the lead.", {"q11": "Yes"}),
        # a board's division reported, then the respondent's own view: the own view decides
        (
            "The Governing Body did not reach a common mind on a new duty of due regard. Our own view is that a "
            "free-standing duty of due regard would add little, and it is not the route we would take.",
            {"q9": "No"},
        ),
        # the division alone is the answer
        ("The Governing Body did not reach a common mind on a new duty of due regard.", {"q9": "Unclear"}),
        # an option's heading over text that never names it, with no view: not discussed (was Unclear); the same
        # heading over text that refers to it ("the case for it") is discussed without a view
        (
            "Option Two\n\nWe would ask the police to share their data on knife injuries with us every month.",
            {},
        ),
        ("The preferred option\n\nThe paper sets out the case for it at length.", {"q9": "Unclear"}),
        # "not ... as well as Y" judges the subject, Y being the yardstick; "as well as" joining two objects does not
        ("Option Two would not achieve the vision as well as Option One.", {"q11": "No"}),
        ("We support Option One as well as Option Two.", {"q9": "Yes", "q11": "Yes"}),
        # no view declared on the set of options: each option; the Government's vision as the yardstick is no Q8
        (
            "The Association therefore takes no position on which of the options would best achieve the Government's "
            "vision.",
            {"q9": "Unclear", "q11": "Unclear", "q13": "Unclear"},
        ),
        ("We think Option One would best achieve the Government's vision.", {"q9": "Yes"}),
        ("We have read the options with care and support the first.", {"q9": "Yes"}),
        # a choice between two named, in a letter (told apart by their words, "one" and "two" included)
        ("But between a duty and the voluntary approach, we prefer the duty.", {"q9": "Yes", "q13": "No"}),
        ("Between Option One and Option Two, we prefer Option Two.", {"q9": "No", "q11": "Yes"}),
        # a verdict in a reduced relative clause judges its head noun ("a principle we support"), not the target
        (
            "For these reasons Option One, in our view, is the wrong vehicle for a principle we support.",
            {"q9": "No"},
        ),
        ("We support Option One, a principle we support.", {"q9": "Yes"}),
        # a negative subject of a "that" clause reaches its verb past an aside (it was a Yes on every option); one whose
        # verb came before a coordinate clause of its own does not reach the next clause (it was a No)
        (
            "Taken together, my view is that none of the three options, as framed, would achieve even the vision the "
            "paper sets out.",
            {"q9": "No", "q11": "No", "q13": "No"},
        ),
        ("We accept that nothing is perfect, and Option One would achieve the vision.", {"q9": "Yes"}),
        ("None of the options is one we can support.", {"q9": "No", "q11": "No", "q13": "No"}),
        # what a colon goes on to describe is how the named option would work ("the local partnerships" after it is
        # no Option Two)
        (
            "The route we would favour is the non-legislative one set out in the paper: the Government using its "
            "convening power, and the local partnerships inviting businesses in.",
            {"q13": "Yes"},
        ),
        # what the reader might expect of the respondent is not its view
        ("Being volunteers, you might expect us to favour the voluntary option in your paper.", {}),
        ("Being volunteers, we favour the voluntary option in your paper.", {"q13": "Yes"}),
        # an option of the respondent's own takes nothing carried from the paper's
        (
            "We could not support Option One. That is why we propose a fourth option, and it is the one I would urge "
            "officials to consider.",
            {"q9": "No"},
        ),
        ("Option One is the one we prefer. It is the one I would urge officials to consider.", {"q9": "Yes"}),
        # a coordinate clause reporting others is read on its own: somebody else's view; the respondent's own
        # clause before it still counts
        (
            "Our members are by instinct wary of new regulation, and several said at the roundtable that they would "
            "rather see what voluntary arrangements could achieve before anything is put on the statute book.",
            {},
        ),
        ("We support Option One, and several members said the same.", {"q9": "Yes"}),
        # what is wanted is the target's absence: "rather there were no new statutory duty"
        ("The Board would rather there were no new statutory duty of this kind.", {"q9": "No"}),
        ("We would welcome a duty with no new paperwork.", {"q9": "Yes"}),
        # "no new duty" wanted: Option One rejected (it was no target at all), the voluntary approach chosen
        ("We would prefer no new duty and a voluntary approach.", {"q9": "No", "q13": "Yes"}),
        ("We would prefer a new duty.", {"q9": "Yes"}),
        # a bilingual Markdown heading of eleven words ends the section above it (it was read as a sentence, so the
        # "Statutory partners" heading above took the view on Option Two for Q12)
        (
            "## Partneriaid statudol / Statutory partners\n\nWe see no need to add to the CSP statutory partners.\n\n"
            "## Ein barn ar yr opsiynau / Our view on the options\n\n"
            "Of the three options, the one built on Community Safety Partnerships fits Wales least well.",
            {"q12": "No", "q11": "No"},
        ),
    ],
)
def test_round_twelve_letters(letter, expected):
    got = {q: c.stance for q, c in code_letter(letter).items() if c.stance}
    assert got == expected


def test_section_that_never_names_its_question_is_not_discussed():
    # "Option Two" over a request about police data: the section names neither CSPs nor the option, and has no view
    other = "We would ask the police to share their data on knife injuries with us every month."
    assert code_letter(other, sections={"q11": other})["q11"].stance is None
    # a section that names its target without a view is discussed, Unclear for a person to resolve
    named = "Community Safety Partnerships in our area meet four times a year."
    assert code_letter(named, sections={"q11": named})["q11"].stance == "Unclear"
    # one whose first sentence refers back to the heading's target by a pronoun is discussed too
    pronoun = "We have read what the paper says about it with care."
    assert code_letter(pronoun, sections={"q11": pronoun})["q11"].stance == "Unclear"
    # a section in words the coder has no reference for ("a serious violence duty"), with a word of its topic, is
    # discussed: Unclear for a person, not silence
    unknown = "Count us in, if universities are named. A serious violence duty would make the University act."
    assert code_letter(unknown, sections={"q9": unknown})["q9"].stance == "Unclear"
    # and a view elsewhere in the letter still fills a section that never named it
    letter = other + "\n\nWe do not think Option Two would work."
    assert code_letter(letter, sections={"q11": other})["q11"].stance == "No"


def test_a_colon_elaborates_a_choice_only_without_a_clause_of_its_own():
    # after a choice, a colon going on without a verb of its own describes how the chosen option would work ("the
    # local partnerships" there is no Option Two); after "On Option Three:" with no choice, or a choice followed by
    # a clause of its own, the description after the colon is still a target (legislating judged: Option One)
    assert code_letter("On Option Three: legislating is the right answer.")["q9"].stance == "Yes"
    assert code_letter("We favour Option Three: legislating is the wrong answer.")["q9"].stance is not None
    text = (
        "The route we would favour is the voluntary one: the council convening, and local partnerships inviting us in."
    )
    codes = code_letter(text)
    assert codes["q13"].stance == "Yes" and codes["q11"].stance is None


# Round 14 (3 December): constructions composed rather than listed one idiom at a time, each with its counterpart
ROUND_FOURTEEN = [
    # an imperative verdict, and the same denied; "do it differently" is another way of doing it, not a verdict
    ("My view, for what it's worth, is do it, and put it in law.", "q9", "Yes"),
    ("I'd say go for it.", "q9", "Yes"),
    ("So just get on with it.", "q9", "Yes"),
    ("Don't do it.", "q9", "No"),
    ("If you must, do it differently.", "q9", "Unclear"),
    # a verb of causing and a harm, with a modal: No; the harm undone: Yes; the present tense of what exists: nothing
    ("Putting CSPs in charge would hard-wire the postcode lottery.", "q11", "No"),
    ("It would only breed resentment among partners.", "q9", "No"),
    ("A duty could break down the silos between agencies.", "q9", "Yes"),
    ("The current arrangements create confusion.", "q9", "Unclear"),
    # an approach tried and failed (not "succeed where it has failed", a clause of place)
    ("The voluntary approach has failed.", "q13", "No"),
    ("That is what we had, and it failed.", "q13", "No"),
    ("Goodwill has got us this far and no further.", "q13", "No"),
    ("Goodwill has got us this far.", "q13", "Unclear"),
    # partly with you: Mixed; with you: Yes
    ("I'm half with you on it.", "q8", "Mixed"),
    ("I'm with you on it.", "q8", "Yes"),
    ("We share the vision's hope that agencies will act early, but not its focus.", "q8", "Mixed"),
    ("We share the vision's hope that agencies will act early.", "q8", "Yes"),
    # the least able to: a denial; the most likely to: a verdict
    ("Of the three, it is the option least able to achieve the vision.", "q11", "No"),
    ("Of the three, it is the option most likely to achieve the vision.", "q11", "Yes"),
    # not one we can put our name to
    ("The vision is one this Council can put its name to.", "q8", "Yes"),
    ("The vision as drafted is not one the Trust can put its name to.", "q8", "No"),
    # disagreement in other words
    ("With respect, we see it differently.", "q11", "No"),
    ("We take a different view.", "q11", "No"),
    # other people's attitude in a relative clause about them, or some of them described: not the respondent's
    ("We have listened to the members who see value in a duty.", "q9", "Unclear"),
    ("We are among those who see value in a duty.", "q9", "Yes"),
    ("Several team managers we spoke to in preparing this response would welcome a duty.", "q9", "Unclear"),
    ("We would welcome a duty.", "q9", "Yes"),
    # another list called for (so not this one), and a list as such called for
    ("A list written for this duty is needed.", "q10", "No"),
    ("A new list drawn up for the duty would be better.", "q10", "No"),
]


@pytest.mark.parametrize(("text", "qid", "expected"), ROUND_FOURTEEN)
def test_round_fourteen_constructions(text, qid, expected):
    code = code_text(text, qid)
    assert code.stance == expected, (text, code)


def test_round_fourteen_letters():
    # "None of the three options set out in the paper": where they are set out, not a report of the paper's view
    codes = code_letter("None of the three options set out in the paper would achieve the vision.")
    assert {q: c.stance for q, c in codes.items() if c.stance} == {"q9": "No", "q11": "No", "q13": "No"}
    # "the first restructure" is no option; "the first and the second both" are
    assert code_letter("Goodwill lasts until the first restructure, and we support it.")["q9"].stance is None
    codes = code_letter("Between the options I cannot choose: the first and the second both have merit.")
    assert codes["q9"].stance is not None and codes["q11"].stance is not None
    # an embedded question of which is better is asked, not answered
    text = "I am not well placed to judge whether the second option would work better than the first."
    assert code_letter(text)["q11"].stance in (None, "Unclear")


ROUND_FOURTEEN_MORE = [
    # the topic and a verdict as a clause of its own; "in part, no" is a part, not the topic
    ("The focus, no.", "q8", "No"),
    ("Schedule 6, yes.", "q10", "Yes"),
    ("In part, then, yes; in part, no.", "q10", "Mixed"),
    # a short answer of likelihood
    ("Unlikely. Good will has carried some partnerships a long way.", "q13", "No"),
    # all show and no substance, and a thing that yields little else
    ("It's all footwork and no punches.", "q9", "No"),
    ("In our experience it produces impact assessments and not much else.", "q9", "No"),
    ("In our experience it produces impact assessments.", "q9", "Unclear"),
    # what it would change, and the same denied by the respondent
    ("We think it would change what happens to the women we work with.", "q9", "Yes"),
    ("We don't think it would change what happens to the women we work with.", "q9", "No"),
    # on the right road, the wrong one, and not on it
    ("It is heading in the right direction.", "q8", "Yes"),
    ("It is heading in the wrong direction.", "q8", "No"),
    ("It is not heading in the right direction.", "q8", "No"),
    # has it right / gets it wrong; getting it wrong is what people fear, not a verdict
    ("We think the vision has it right.", "q8", "Yes"),
    ("The vision gets it wrong.", "q8", "No"),
    # somebody judged wrong is no judgement of the target
    ("I think she's wrong.", "q9", "Unclear"),
    ("I think it's wrong.", "q9", "No"),
    # the Government told to do it, or not to
    ("My answer is the Government should do it and do it soon.", "q9", "Yes"),
    ("Ministers should not do it.", "q9", "No"),
    # the pupils' vote is reported; the respondent's own body's vote is its own
    ("As the table shows, my students voted heavily for the voluntary approach.", "q13", "Unclear"),
    ("Our forum voted for Option Three.", "q13", "Yes"),
]


@pytest.mark.parametrize(("text", "qid", "expected"), ROUND_FOURTEEN_MORE)
def test_round_fourteen_more_constructions(text, qid, expected):
    code = code_text(text, qid)
    assert code.stance == expected, (text, code)


def test_round_fourteen_vision_and_focus_judged_apart():
    # Q8's parts judged plainly one each way in two sentences: Mixed, for a person to confirm
    code = code_text("The vision, yes. The focus, no.", "q8")
    assert code.stance == "Mixed" and code.confidence < 0.75
    # the same two sentences on another question are conflicting evidence, not parts of it
    assert code_text("The vision, yes. The focus, no.", "q9").stance != "Mixed"
    # a weak reservation about a broader focus does not make a plain Yes Mixed
    text = (
        "The vision is one that councils can sign up to without reservation. A broader focus would dilute the effort."
    )
    assert code_text(text, "q8").stance == "Yes"
    # "When the paper asks whether ..., my answer is ...": the respondent's own answer after what was reported
    text = "When the paper asks whether there should be a law, my answer is the Government should do it."
    assert code_text(text, "q9").stance == "Yes"


ROUND_FOURTEEN_OWN_WORDS = [
    # the options described in people's own words, composed of their parts, and the same words with another object
    ("Making schools and the NHS legally responsible for acting on what they know is the right call.", "q9", "Yes"),
    ("A law making the council, schools, hospitals and police all responsible is a bad idea.", "q9", "No"),
    ("Putting a duty on schools and hospitals is the best idea.", "q9", "Yes"),
    ("Making the forms shorter is the right call.", "q9", None),
    ("Letting the councils' community safety people run it makes more sense to me.", "q11", "Yes"),
    ("Giving it to the local crime partnership is a bad idea.", "q11", "No"),
    ("What I don't want is another round of just encouraging everyone to talk to each other.", "q13", "No"),
    ("Leaving everyone to get on with it together won't work.", "q13", "No"),
    ("Encouraging young people to talk to us is the right call.", "q13", None),
]


@pytest.mark.parametrize(("text", "qid", "expected"), ROUND_FOURTEEN_OWN_WORDS)
def test_round_fourteen_options_in_own_words(text, qid, expected):
    # read as a whole letter: the option is found by its description, not given by a section
    assert code_letter(text)[qid].stance == expected, (text, code_letter(text))


ROUND_FOURTEEN_LAST = [
    # overdue, "bring it on", an Act of Parliament (legislating: Option One by convention)
    ("To my mind a new duty is overdue.", "q9", "Yes"),
    ("If it takes an Act of Parliament to get them talking, then bring it on.", "q9", "Yes"),
    # "none of the options would make any real difference": each
    ("None of the three options would make any real difference where we live.", "q13", "No"),
    # not seeing what it would add, with the duty spelt out
    ("Members did not see what a legal duty on the county council would add.", "q9", "No"),
    ("We can't see what it adds.", "q9", "No"),
    # a view described by somebody else is theirs
    ("A practitioner at our seminar described a serious violence duty as long overdue.", "q9", "Unclear"),
]


@pytest.mark.parametrize(("text", "qid", "expected"), ROUND_FOURTEEN_LAST)
def test_round_fourteen_last_constructions(text, qid, expected):
    code = code_text(text, qid)
    assert code.stance == expected, (text, code)


ROUND_FOURTEEN_PUBLIC = [
    # "any of the three" after the options: each; "any of the three" is no verdict by itself
    ("There are three ideas in the paper. I don't think any of the three is the answer.", "q11", "No"),
    # would actually make a difference
    (
        "A law making the council, the schools and the police all responsible would actually make a difference.",
        "q9",
        "Yes",
    ),
    # members to be: additions (Q12)
    ("Housing providers should have to be members of the partnership.", "q12", "Yes"),
    ("We'd add the youth service to the organisations that have to be on it.", "q12", "Yes"),
    # a head teacher's view after a lead-in ending in a colon is hers
    ("About making it the law: our head says it'll just mean more forms.", "q9", "Unclear"),
    ("About making it the law: we say it'll just mean more forms.", "q9", "No"),
]


@pytest.mark.parametrize(("text", "qid", "expected"), ROUND_FOURTEEN_PUBLIC)
def test_round_fourteen_public_letters(text, qid, expected):
    # the last two as a section of their own question (a reported view there is addressed, Unclear)
    sections = {qid: text} if qid == "q12" or text.startswith("About") else None
    assert code_letter(text, sections=sections)[qid].stance == expected


ROUND_FOURTEEN_CHOICES = [
    # commending the target, and not commending it; a recommendation that something be done is no verdict on it
    ("A purely voluntary approach we cannot commend.", "q13", "No"),
    ("The non-legislative one is the only one our Executive can commend.", "q13", "Yes"),
    ("We would recommend the voluntary approach.", "q13", "Yes"),
    # the respondent's own choice
    ("Of the three options in the paper, ours would be the third, the voluntary one.", "q13", "Yes"),
    # left worse protected
    ("A non-legislative approach would leave children in the weakest areas with the weakest protection.", "q13", "No"),
    ("A non-legislative approach would leave children with their families.", "q13", None),
    # how we ended up with it
    ("Leaving it to goodwill is how we ended up with six people holding six pieces.", "q13", "No"),
]


@pytest.mark.parametrize(("text", "qid", "expected"), ROUND_FOURTEEN_CHOICES)
def test_round_fourteen_choices(text, qid, expected):
    if expected is None:
        assert no_view_read(text, qid), (text, code_letter(text))
    else:
        assert code_letter(text)[qid].stance == expected, (text, code_letter(text))


def test_a_recommendation_that_something_be_done_is_no_verdict_on_the_option():
    assert code_letter("We recommend that the voluntary approach is evaluated after two years.")["q13"].stance != "Yes"


def test_round_fourteen_confident_errors_on_unread_letters():
    # the vision as a yardstick a little further back ("to deliver what the consultation sets out to achieve")
    text = "This is the option most likely, in our view, to deliver what the consultation sets out to achieve."
    assert code_letter(text)["q8"].stance is None
    # a relative clause closing the sentence describes the option before it throughout
    text = (
        "The one we would choose is a voluntary, non-legislative approach, in which schools are invited, and funded, "
        "to take part in local partnerships on their own terms."
    )
    codes = code_letter(text)
    assert codes["q13"].stance == "Yes" and codes["q11"].stance is None
    # a law that the partnership has to plan is a duty on the partnership: Option Two's, not Option One's
    codes = code_letter("Put it in law that that partnership has to have a proper plan for knives.")
    assert codes["q11"].stance == "Yes" and codes["q9"].stance is None
    assert code_letter("Put it in law that schools have to have a proper plan for knives.")["q9"].stance == "Yes"


def test_in_an_options_section_a_sentence_naming_only_the_list_is_about_the_list():
    text = "We think the Schedule 6 list is the right one for this purpose."
    assert code_text(text, "q9").stance != "Yes"  # (a Yes on Option One before)
    # the list named beside the option is still the option's section
    assert code_text("Option One, with the Schedule 6 list, is the right one.", "q9").stance == "Yes"


ROUND_FOURTEEN_PUBLIC_WORDS = [
    ("You've put your finger on it there.", "q8", "Yes"),
    ("I say about time.", "q9", "Yes"),
    ("A duty to think about it is words on paper.", "q9", "No"),
    ("Another law is the last thing anyone needs.", "q9", "No"),
    ("It is the last thing on our list of worries.", "q9", "Unclear"),
    ("I don't think it will do what the paper says it wants.", "q9", "No"),
    ("I think it will do what the paper says it wants.", "q9", "Yes"),
    ("Asking them nicely hasn't got us anywhere round here.", "q13", "No"),
    ("Making it one of its legal responsibilities would give it teeth.", "q11", "Yes"),
    ("It isn't the best way.", "q9", "No"),
    ("It would be the best way forward.", "q9", "Yes"),
    ("Last, by some distance.", "q13", "No"),
]


@pytest.mark.parametrize(("text", "qid", "expected"), ROUND_FOURTEEN_PUBLIC_WORDS)
def test_round_fourteen_public_words(text, qid, expected):
    code = code_text(text, qid)
    assert code.stance == expected, (text, code)


def test_recommending_something_else_is_no_verdict_on_the_section():
    assert code_text("We recommend more funding for youth clubs.", "q13").stance != "Yes"
    assert code_text("We would recommend this option.", "q13").stance == "Yes"


# ---------------------------------------------------------------- round 16: letters of the public and of frontline staff
# each row: a letter, the question, the code worked out by hand (None: the letter is silent on it)
ROUND_SIXTEEN_LETTERS = [
    # someone else's view, reported in a clause of its own, against the respondent's own
    (
        "My son-in-law is a special constable and he reckons a legal duty on every organisation is the only way to "
        "make them shift.",
        "q9",
        None,
    ),
    ("I reckon a legal duty on every organisation is the only way to make them shift.", "q9", "Yes"),
    # a negative subject after an aside denies the predicate for each option
    (
        "I have read the three options twice, and to be blunt, none of them would make a blind bit of difference here.",
        "q11",
        "No",
    ),
    ("Honestly, none of the three options would have reached me at 15.", "q13", "No"),
    ("A legal duty would have reached me at 15.", "q9", "Yes"),
    # sharing what was just named, or not
    ("The vision is clear. We share it.", "q8", "Yes"),
    ("The vision is clear. We do not share it.", "q8", "No"),
    # acceptance of what it takes, and an opposition denied with "in principle" between
    ("If it takes a legal duty to get every school to the table, so be it.", "q9", "Yes"),
    ("On the idea of a legal duty, we are not opposed in principle to a statutory duty.", "q9", "Yes"),
    ("On the idea of a legal duty, we are opposed in principle to a statutory duty.", "q9", "No"),
    # recognition, and the vision named by what it aims for
    ("When I read what you are aiming for, I thought: yes, that's it exactly.", "q8", "Yes"),
    # undecided on an option named by description
    ("The option where nothing is made law, I can't make my mind up on.", "q13", "Unclear"),
    # Option One by another name
    (
        "We are in favour of making prevention a legal responsibility for schools, the council, the NHS and the police.",
        "q9",
        "Yes",
    ),
    # no position taken on the set, each option Unclear; the statutory pair named by what they need
    ("We do not take a position on which of the three options would best achieve the vision.", "q13", "Unclear"),
    ("On the two options that need a change in the law, I honestly have no view either way.", "q11", "Unclear"),
    ("On the two options that need a change in the law, I honestly have no view either way.", "q13", None),
    # a fronted embedded question ends at the main clause, which holds the no-view
    ("Whether a legal duty on the council is the answer, I am not qualified to say.", "q9", "Unclear"),
    ("A legal duty on the council is the answer, and I am qualified to say so.", "q9", "Yes"),
    # a comparison inside an embedded question is not asserted, the no-view around it is
    ("I am not well placed to judge whether the second option would work better than the first.", "q11", "Unclear"),
    ("We think the second option would work better than the first.", "q11", "Yes"),
    # bodies to seat on the partnership just named are Q12's additions, not a view on Option Two
    ("Our community safety partnership does good work. They should be made members.", "q12", "Yes"),
    ("Our community safety partnership does good work. They should be made welcome.", "q12", None),
    ("Our community safety partnership does good work. Schools should be on it as of right.", "q12", "Yes"),
    ("Our community safety partnership does good work. The schools should have to be round that table.", "q12", "Yes"),
    ("Schools should be on that partnership as of right.", "q12", "Yes"),
    ("Schools should be on that partnership as of right.", "q11", None),
    # for and against in equal parts
    ("As for the legal duty, honestly I'm for and against it in equal measure.", "q9", "Mixed"),
    ("On the legal duty: half for it, half against.", "q9", "Mixed"),
    # the best route denied after its copula, the vision being where the route leads (no view on the vision)
    ("On its own, Option One is not the best route to the vision.", "q9", "No"),
    ("On its own, Option One is not the best route to the vision.", "q8", None),
    ("Option One is the best route to the vision.", "q9", "Yes"),
    # doing least to achieve the vision, against doing most
    ("Option Three would, in our view, do least of the three to achieve the vision.", "q13", "No"),
    ("Option Three would do most to achieve the vision.", "q13", "Yes"),
    # the focus named by a demonstrative
    ("I think that focus is wrong.", "q8", "No"),
    # the paper's aim as the yardstick of an option, not a view on the vision
    (
        "Neither of the options that need new law would in our view best achieve what the paper is trying to do.",
        "q8",
        None,
    ),
    (
        "Neither of the options that need new law would in our view best achieve what the paper is trying to do.",
        "q9",
        "No",
    ),
    ("I don't think a hands-off approach gets anywhere near what you're aiming for.", "q8", None),
    # a doubt resolved after "but", against one left standing
    ("On the legal duty, I have gone back and forth on this, but I have come down on its side.", "q9", "Yes"),
    ("On the legal duty, we have gone back and forth.", "q9", "Unclear"),
    # "something is wrong" judges nothing named
    ("We are often the first to notice when something is wrong. The legal duty is welcome.", "q9", "Yes"),
    ("The legal duty is wrong.", "q9", "No"),
    # partly right is Mixed
    ("The Schedule 6 bodies are partly the right partners.", "q10", "Mixed"),
    ("The Schedule 6 bodies are the right partners.", "q10", "Yes"),
    # another body's decision or line, relayed
    ("My union branch has sent its own response, and I think they've come down in favour of a legal duty.", "q9", None),
    ("I think we have come down in favour of a legal duty.", "q9", "Yes"),
    (
        "When I asked round the crew room, about half of my colleagues said they'd rather have no new duty at all.",
        "q9",
        None,
    ),
    (
        "From the briefing we had, HQ's line is going to be that voluntary arrangements have had their chance.",
        "q13",
        None,
    ),
    ("Voluntary arrangements have had their chance.", "q13", "No"),
    # the public's agreement and dismissal
    ("The vision is good. I'm with you on that completely.", "q8", "Yes"),
    ("The vision? I think you've aimed it at the wrong thing.", "q8", "No"),
    ("Leaving it to goodwill is what we have got now and I've seen how that ends.", "q13", "No"),
    ("A duty on each body separately leaves everyone having regard and nobody accountable for the whole.", "q9", "No"),
    # the consultation's aims as the yardstick of an option
    ("We believe the third, non-legislative option would best serve the consultation's aims.", "q13", "Yes"),
    ("We believe the third, non-legislative option would best serve the consultation's aims.", "q8", None),
    # bodies sitting on the partnerships, and their membership extended (Q12)
    (
        "The local partnerships that already deal with crime should have to have the youth offending service sitting on them.",
        "q12",
        "Yes",
    ),
    (
        "The community safety partnerships do good work. Their membership should be extended to include housing providers.",
        "q12",
        "Yes",
    ),
]


@pytest.mark.parametrize(("text", "qid", "expected"), ROUND_SIXTEEN_LETTERS)
def test_round_sixteen_letters(text, qid, expected):
    code = code_letter(text).get(qid)
    assert (code.stance if code else None) == expected, (text, code)


def test_the_governments_favourite_by_another_word_is_not_the_respondents():
    code = code_letter(
        "I know the Government's favoured answer is a new legal duty on the council, the schools, the NHS and the police."
    )["q9"]
    assert code.stance in (None, "Unclear"), code  # (a Yes on "favoured" before)


def test_a_topic_heading_over_no_view_is_not_an_answer_but_a_numbered_question_is():
    spec = load_spec()
    headed = (
        "## The vision\n\nWe agree with the vision.\n\n## Community Safety Partnerships\n\n"
        "Our officers attend the Community Safety Partnership every month and chair its youth group.\n"
    )
    numbered = (
        "Q8. We agree with the vision.\n\n"
        "Q11. Our officers attend the Community Safety Partnership every month and chair its youth group.\n"
    )
    for text, structure, q11 in ((headed, "headings", None), (numbered, "numbered", "Unclear")):
        found, sections, _ = split_letter(text, spec)
        assert (found, sorted(sections)) == (structure, ["q11", "q8"])
        codes = code_letter(text, spec, sections)
        assert codes["q8"].stance == "Yes"
        assert codes["q11"].stance == q11, (structure, codes["q11"])


def test_who_sits_on_the_partnerships_is_read_in_their_section():
    section = (
        "On handing the job to the partnerships, we are half for it and half against. Whatever you decide, the "
        "schools should be made full members of those partnerships."
    )
    codes = code_letter(section, load_spec(), {"q11": section})
    assert (codes["q11"].stance, codes["q12"].stance) == ("Mixed", "Yes")


def test_a_ranking_outside_the_sections_still_speaks_to_its_option():
    # the first "legislates" is the vision's section (a description of Option One there is not about it); the
    # ranking below the sections names Option One and judges it
    text = (
        "## The vision\n\nA vision that leaves out violence at home is the wrong picture, and we would ask the "
        "Government to redraw it before it legislates on it.\n\n"
        "## Community Safety Partnerships\n\nThe list of statutory partners should be added to.\n\n"
        "Our ranking of the options, from first to last: a duty of due regard (Option One) comes last. "
        "It would not, in our view, achieve the vision.\n"
    )
    spec = load_spec()
    _found, sections, _ = split_letter(text, spec)
    codes = code_letter(text, spec, sections)
    assert codes["q9"].stance == "No", codes["q9"]
    assert "would not" in codes["q9"].rule


def test_a_courtesy_on_a_condition_after_the_main_clause_is_not_a_verdict():
    # "if it would help" closes an offer to say more, not a judgement of the section's option
    assert code_text("I would be glad to expand on any of this if it would help.", "q13").stance != "Yes"
    assert code_text("A voluntary approach would help if it came with money.", "q13").stance == "Yes"
    # a condition naming what to do is still the answer (round 11)
    assert (
        code_text(
            "The health voice in CSPs would be stronger if NHS trusts were added as responsible authorities.", "q12"
        ).stance
        == "Yes"
    )


def test_a_help_verb_with_an_object_of_its_own_after_the_target_backs_that_object():
    # the target named earlier, then "and I support <something else>": the verb backs the football, not Option Three
    text = (
        "For what it's worth, I voluntarily do a few free runs on a Saturday night for the street pastors, and I "
        "support the youth football at our club when I can."
    )
    assert code_letter(text)["q13"].stance is None
    # a pronoun or the principle still points back to the target
    assert code_letter("A voluntary approach is right, and we support it.")["q13"].stance == "Yes"
    assert code_letter("A voluntary approach, and we support the principle.")["q13"].stance == "Yes"
    # the new clause's subject one of the respondent's own ("our members"): its object is still its own
    text = (
        "We take part in business crime partnerships in three towns, and our members support local Shopwatch and radio "
        "link schemes."
    )
    assert code_letter(text)["q11"].stance is None


def test_a_verdict_on_the_list_in_option_ones_section_is_about_the_list():
    # the bodies the duty falls on are Q10's subject, discussed where the duty is (Q9's section)
    spec = load_spec()
    section = "A list that leaves housing providers out altogether isn't the right set of partners, whatever route you choose."
    codes = code_letter(section, spec, {"q9": section})
    assert (codes["q10"].stance, codes["q9"].stance) == ("No", None)
    # the duty itself judged there stays Q9's
    section = "We support the duty, with the bodies it names."
    assert code_letter(section, spec, {"q9": section})["q9"].stance == "Yes"


def test_who_else_should_sit_on_the_partnerships_is_q12():
    codes = code_letter("Who else should sit on the community safety partnerships I have no view on.")
    assert (codes["q12"].stance, codes["q11"].stance) == ("Unclear", None)


def test_people_the_respondent_heard_from_named_as_a_group_are_not_the_respondent():
    assert code_letter("Callers to our phone-in said a new law would just mean more paperwork.")["q9"].stance is None
    assert code_letter("A new law would just mean more paperwork.")["q9"].stance == "No"
    # their view agreed with is the respondent's own
    assert code_letter("The callers felt the duty was right, and we agree.")["q9"].stance == "Yes"


# round 17: constructions from the letters read in this round (145-158), each against its minimal pair, worked by hand
ROUND_SEVENTEEN_LETTERS = [
    # the bottom of a ranking: the verb alone ("like", "favour") would read as a Yes
    ("Option Two is the one we would least like to see.", "q11", "No"),
    ("Option Two is the one we would like to see.", "q11", "Yes"),
    ("We favour Option Two least.", "q11", "No"),
    ("We favour Option Two.", "q11", "Yes"),
    ("Option Two is our least preferred option.", "q11", "No"),
    ("Option Two would be our last choice.", "q11", "No"),
    ("We support Option Two, at least in principle.", "q11", "Yes"),
    # the order reversed: "would be our second choice" is the weak No "our second choice is" already was
    ("The Government's preferred option would be our second choice.", "q9", "No"),
    # "least comfortable" is not "comfortable"
    ("Option Two is the part we are least comfortable with.", "q11", "No"),
    ("Option Two is the part we are comfortable with.", "q11", "Yes"),
    # a set denied in a clause of its own after the verb does not turn the verb round again
    (
        "We looked at all three options. We cannot see that any of them would achieve the vision, because none of "
        "them does anything about transport.",
        "q11",
        "No",
    ),
    ("We would support none of the three options.", "q11", "No"),
    # "without being forced into it by a new law" describes the voluntary approach, not a law
    (
        "If local people decided to do more together, without being forced into it by a new law, I'd back that.",
        "q13",
        "Yes",
    ),
    (
        "If local people decided to do more together, without being forced into it by a new law, I'd back that.",
        "q9",
        None,
    ),
    ("If local people were made to do more together by a new law, I'd back that.", "q9", "Yes"),
    # a relative's or colleague's conviction, with a long aside or a first name, is theirs
    (
        "My line manager, who sits on a sub-group of our community safety partnership, is convinced that giving the "
        "partnerships the job in law is the answer.",
        "q11",
        None,
    ),
    ("I am convinced that giving the partnerships the job in law is the answer.", "q11", "Yes"),
    ("My friend Shanice, who is a social worker, says a new legal duty is the one to back.", "q9", None),
    # what it would strengthen is itself a harm
    (
        "A new legal duty would strengthen the impression that schools are an extension of the police.",
        "q9",
        "No",
    ),
    ("A new legal duty would strengthen the hand of schools.", "q9", "Yes"),
    # agreement that could not be greater, and nothing that would change
    ("I couldn't agree more with the vision.", "q8", "Yes"),
    ("I couldnt agree more with the vision.", "q8", "Yes"),
    ("I don't agree with the vision.", "q8", "No"),
    ("Option Two wouldn't change a thing.", "q11", "No"),
    # people of the respondent's circle who would rather something, or whose first reaction was
    ("Some of the crews I work with would rather see it left to goodwill.", "q13", None),
    ("I would rather see it left to goodwill.", "q13", "Yes"),
    (
        "Several members' first instinct was to oppose any new legal duty on the schools and the council.",
        "q9",
        None,
    ),
    ("Our first instinct was to oppose any new legal duty on the schools and the council.", "q9", "No"),
    (
        "We know there are people, some in our own choir among them, who think a new duty in law would only mean "
        "more forms.",
        "q9",
        None,
    ),
    ("We think a new duty in law would only mean more forms.", "q9", "No"),
    # not placed to judge, in the respondent's own "we do not think"
    (
        "We do not think we are well placed to say whether legislating to revise Community Safety Partnerships would "
        "achieve the vision.",
        "q11",
        "Unclear",
    ),
    ("We do not think Option Two would achieve the vision.", "q11", "No"),
    # the paper's aim in everyday words
    ("Option Two wouldn't get us where the paper wants to go.", "q11", "No"),
    ("Option Two would get us where the paper wants to go.", "q11", "Yes"),
    ("We do not think Option One would get anywhere near the vision.", "q9", "No"),
    # on board
    ("I'm on board with Option Two.", "q11", "Yes"),
    ("I'm not on board with Option Two.", "q11", "No"),
    ("The committee is fully behind Option Two.", "q11", None),
    # a reason that does not depend on goodwill is what the duty gives, not distrust of it
    (
        "A duty of due regard would give partners a reason to come to the table that does not depend on the "
        "goodwill of a particular head.",
        "q9",
        "Yes",
    ),
    ("I wouldn't rely on a duty of due regard.", "q9", "No"),
    # how things ended up
    ("Leaving it to goodwill is how those reports ended up in a drawer.", "q13", "No"),
]


@pytest.mark.parametrize(("text", "qid", "expected"), ROUND_SEVENTEEN_LETTERS)
def test_round_seventeen_letters(text, qid, expected):
    code = code_letter(text).get(qid)
    assert (code.stance if code else None) == expected, (text, code)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a short answer turned half round after a semicolon is Mixed; a plain one is not
        ("Yes, as far as the Government's convening role goes; no, if it is meant to stand alone.", "Mixed"),
        ("No, as it stands; yes, if it were funded.", "Mixed"),
        ("Yes, as far as the Government's convening role goes, no, if it is meant to stand alone.", "Mixed"),
        ("Yes; no one else will do it.", "Yes"),
        ("Yes, as far as the Government's convening role goes.", "Yes"),
        # "No comment" is not a No: alone, the question left unanswered (as "N/A"; the blind letters' labellers split
        # three and three on it); with a reason, no view
        ("No comment.", None),
        ("N/A", None),
        ("No comment. Members did not feel qualified to say.", "Unclear"),
        ("No.", "No"),
        ("No objection.", None),
    ],
)
def test_a_short_answer_in_a_section(answer, expected):
    code = code_letter(answer, load_spec(), {"q12": answer})["q12"]
    assert code.stance == expected, (answer, code)


def test_a_relative_clause_of_place_after_the_verdict_names_no_target_of_its_own():
    # "where the specified bodies would include ..." describes Wales; the verdict is on the option carried over
    text = (
        "The Government's preferred option would be our second choice. But we do not think it would best achieve "
        "the vision in Wales, where the specified bodies would include devolved health boards."
    )
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q10"].stance) == ("No", None)
    # a place set before the main clause keeps the target after it
    assert code_letter("In Wales, where the bodies are devolved, Option Two would not work.")["q11"].stance == "No"


def test_an_ordinal_before_a_plural_noun_is_not_an_option():
    text = (
        "We have read the three options. The list says nothing about community groups, who are often the first "
        "adults a young person trusts."
    )
    assert code_letter(text)["q9"].stance is None
    assert code_letter("We have read the three options. The first seems right to us.")["q9"].stance == "Yes"


# round 18: constructions from the letters read next (152-165), each against its minimal pair, worked by hand
ROUND_EIGHTEEN_LETTERS = [
    # declining to say either way, in the public's words
    ("I'm not going to say yes or no to the vision.", "q8", "Unclear"),
    ("I say yes to the vision.", "q8", "Yes"),
    ("On Option Two I'm not going to pretend I have an opinion.", "q11", "Unclear"),
    ("I'll not pretend to know whether Option One is right.", "q9", "Unclear"),
    ("I know Option One is right.", "q9", "Yes"),
    # an answer given as a noun, and an ordinal "the last" among three options
    ("We have read the three options. The last one is a no from me.", "q13", "No"),
    ("We have read the three options. The last one is a yes from me.", "q13", "Yes"),
    ("We have read the three options. The last time we met we discussed them.", "q13", None),
    (
        "We have read the three options. Over the last two years violence has risen, and Option Two would not work.",
        "q13",
        None,
    ),
    # not for me; shelved
    ("Option Three is not for me.", "q13", "No"),
    ("Option Three is for me.", "q13", None),
    ("Leave it up to the university and it will go in a drawer.", "q13", "No"),
    # the respondent's own ranking and likelihood
    ("Option Two comes first for me.", "q11", "Yes"),
    ("Safety comes first for everyone.", "q11", None),
    ("Option Three is the one most likely to get there.", "q13", "Yes"),
    ("Option Three is the one least likely to work.", "q13", "No"),
    # additions to the partnerships asked for
    ("We would ask that the statutory partners include a representative of town centre businesses.", "q12", "Yes"),
    # a relative's view after "and", with or without a first name
    (
        "I know the first option is the one the Government favours, and my sergeant reckons it's the best of a bad "
        "bunch.",
        "q9",
        None,
    ),
    # the public's ways of judging the list, the aim and the options
    ("I looked at the list at the back. That's the right lot, I wouldn't take any of them off.", "q10", "Yes"),
    ("I looked at the list at the back. I'd pick a different list.", "q10", "No"),
    ("The Association would not want to see a different list drawn up for Schedule 6.", "q10", "Yes"),
    ("What your paper is after is right.", "q8", "Yes"),
    ("What your paper is after is wrong.", "q8", "No"),
    ("We think the Home Office has them right on the vision.", "q8", "Yes"),
    ("Option One wouldn't make a ha'porth of difference.", "q9", "No"),
    ("Option One would make a real difference.", "q9", "Yes"),
    ("Goodwill isn't a system.", "q13", "No"),
    ("A voluntary approach would leave the current variation between areas in place.", "q13", "No"),
    ("Leaving it to goodwill would give us more of the patchwork we've already got.", "q13", "No"),
    # a law not involved describes the voluntary approach, not a law
    ("The one that doesn't involve new law is the one I'd back.", "q13", "Yes"),
    ("The one that doesn't involve new law is the one I'd back.", "q9", None),
    # the respondent's own work is not a judgement of the option, and not knowing enough is no view
    ("We do not work closely enough with our partnership to say whether Option Two is right.", "q11", "Unclear"),
    ("Option Two would not work.", "q11", "No"),
    # a seat at that table asked for, after the partnership
    ("The council one gets my vote. I'd put the schools on that board as well.", "q12", "Yes"),
    ("The council one gets my vote. I'd put the kettle on as well.", "q12", None),
    (
        "My mum, who sat by my bed for nine days, read this over my shoulder and says the first option is the only one "
        "with any teeth.",
        "q9",
        None,
    ),
    ("We have read the three options. The first option is the only one with any teeth.", "q9", "Yes"),
    # a negative subject after a colon still denies what follows it, for each option
    (
        "I'll be honest with you: none of the three options in the paper, as they stand, would make much difference.",
        "q11",
        "No",
    ),
    ("I'll be honest with you: all three options in the paper would make a real difference.", "q11", "Yes"),
    # resisting somebody's suggestion is not resisting the target
    ("We would resist any suggestion that colleges should be carved out of the Schedule 6 list.", "q10", None),
    ("We would resist the Schedule 6 list.", "q10", "No"),
    ("We have read the three options, and my sergeant reckons the first is the best.", "q9", None),
    ("We have read the three options, and I reckon the first is the best.", "q9", "Yes"),
]


@pytest.mark.parametrize(("text", "qid", "expected"), ROUND_EIGHTEEN_LETTERS)
def test_round_eighteen_letters(text, qid, expected):
    code = code_letter(text).get(qid)
    assert (code.stance if code else None) == expected, (text, code)


# Round 19: silent questions given a stance in letters written since (a body that is voluntary, a form set aside,
# the vision as what something serves, a comparison's measure after "instead of", an ordinal standing for a noun).
ROUND_NINETEEN_LETTERS = [
    # "voluntary" naming a body or scheme run by volunteers, with a word of its kind between
    ("Our tenants' voluntary scrutiny group has seen it and endorses the points above.", "q13", None),
    ("Our tenants' group has seen the voluntary approach and endorses it.", "q13", "Yes"),
    ("The Federation runs a voluntary accreditation scheme for landlords, and we support it.", "q13", None),
    ("A voluntary scheme would not work.", "q13", "No"),
    # said whatever form the duty takes: no verdict on the duty
    (
        "Whatever shape the duty takes, the statutory partners on the Community Safety Partnership should be added to.",
        "q9",
        None,
    ),
    (
        "Whatever shape the duty takes, the statutory partners on the Community Safety Partnership should be added to.",
        "q12",
        "Yes",
    ),
    ("Whatever form it takes, we support a new duty.", "q9", "Yes"),
    # the vision as what an option would serve or achieve, not judged itself
    ("On its own it wouldn't best achieve what the paper is after.", "q8", None),
    ("What the paper is after is right.", "q8", "Yes"),
    ("I think youth clubs would do more for the vision than either of the legislative routes.", "q8", None),
    ("I think the vision is right.", "q8", "Yes"),
    # "instead of" and a comparison's measure after it: neither is judged
    (
        "If the Government funded more of that, instead of writing new duties, I think it would do more for the vision "
        "than either of the legislative routes.",
        "q11",
        None,
    ),
    # a bare ordinal after one with a noun of its own stands for that noun
    ("Of the three options, I'm with you on the first bit and not on the second.", "q11", None),
    ("Of the three options, I'm with you on the first one and not on the second.", "q9", "Yes"),
    # a relative's view in everyday words; some not sharing a view
    ("Option One. My missus reckons it'll just mean more forms for teachers.", "q9", None),
    ("Option One. I reckon it'll just mean more forms for teachers.", "q9", "No"),
    ("Option One. Not everyone liked the sound of it.", "q9", None),
    ("Option One. I didn't like the sound of it.", "q9", "No"),
    # the New Burdens doctrine, not a burden the duty brings
    ("First, the duty must be fully funded as a new burden.", "q9", None),
    ("The duty would be a new burden on schools.", "q9", "No"),
    # a degree feared, with the duty named inside it
    (
        "We would not want to see the list lengthened to the point where the duty becomes a general obligation.",
        "q9",
        None,
    ),
    ("We would not want to see the duty become a general obligation.", "q9", "No"),
    # a caution about what the target might become, against a rejection of its becoming law
    ("Option One. I would not want a serious violence duty to become another referral machine.", "q9", None),
    ("Option Two. We would not want Option Two to become law.", "q11", "No"),
    # a risk as a noun with its relative clause, against a risk foreseen
    ("Option One would let staff act on a risk that everyone can see.", "q9", None),
    ("There is a risk that Option One duplicates what schools already do.", "q9", "No"),
    # a second clause with an option of its own as subject
    ("Making it the law is the right way and leaving it up to people won't work.", "q13", "No"),
    ("Making it the law is the right way and leaving it up to people won't work.", "q9", "Yes"),
    ("We like Option Two and the voluntary approach would not work.", "q11", "Yes"),
    ("We support placing a duty on schools and giving them funding.", "q9", "Yes"),
    # lasting beyond the people in post
    ("A legal obligation on the organisations would outlast any individual.", "q9", "Yes"),
    ("Option One would not outlast any change of government.", "q9", "No"),
    # a negative subject after a topic put first
    ("As for the three options, none of them would change anything on the estates I walk.", "q13", "No"),
    ("As for the three options, Option Three would change things on the estates I walk.", "q13", "Yes"),
    # a minority's view, and people who told the respondent
    ("Option One. A minority felt it would simply mean more bureaucracy.", "q9", None),
    ("Option One. We felt it would simply mean more bureaucracy.", "q9", "No"),
    ("I've had people tell me that leaving it all down to goodwill would be enough.", "q13", None),
    ("I think leaving it all down to goodwill would be enough.", "q13", "Yes"),
    # a view kept in spite of a point, not denied
    (
        "This is a point about delivery, and it does not alter our view that the vision sets the right course.",
        "q8",
        "Yes",
    ),
    ("This is a point about delivery, and we do not think that the vision sets the right course.", "q8", "No"),
    ("It does not change our view that Option Two is right.", "q11", "Yes"),
    ("Option Two does not change anything.", "q11", "No"),
    # a risk weighed, against a risk foreseen
    (
        "Option One. We have considered the risk that it becomes a paper exercise, with each body writing a policy.",
        "q9",
        None,
    ),
    ("Option One. We fear that it becomes a paper exercise.", "q9", "No"),
    # sharing the aim another wants, not the means
    (
        "Option One. We get why the Government wants every school to take serious violence seriously, and we want that "
        "too.",
        "q9",
        None,
    ),
    ("Option One. We want that too.", "q9", "Yes"),
    # a verdict on the list after Option One is about the list
    (
        "The first option puts a duty on the bodies on the terrorism list. I don't think that list is the right one to "
        "use.",
        "q10",
        "No",
    ),
    (
        "The first option puts a duty on the bodies on the terrorism list. I don't think that list is the right one to "
        "use.",
        "q9",
        None,
    ),
    # where the respondent parts company is an option itself, or a part of the vision
    ("Where I fall out with you is making it a law that schools have to keep violence in mind.", "q9", "No"),
    ("Where I part company with you is on bringing in a new law for the council and the schools.", "q9", "No"),
    ("Where we part company with the paper is the focus on knives.", "q8", "Mixed"),
    # "going to work", and the options counted in figures
    ("There are 3 ways to do it. None of them are going to work.", "q11", "No"),
    ("Option Two is not going to work.", "q11", "No"),
    ("We are going to work with Option Two.", "q11", None),
    # the vision described with the public's spelling
    ("I read what your aiming for and honestly I don't agree with it.", "q8", "No"),
    # a modal's optional adverb is not a negator: "would not get us there"
    ("Option Three would not get us there.", "q13", "No"),
    ("Option Three would really get us there.", "q13", "Yes"),
    # the respondent's body's choice, denied
    ("Option One is not the route the Network would choose.", "q9", "No"),
    ("Option One is the route the Network would choose.", "q9", "Yes"),
    ("We would not like to see Option Two.", "q11", "No"),
    # no argument with it, and a comma splice with a subject of its own after a negation
    ("I read what you're trying to achieve and I don't argue with it, the aim is right enough.", "q8", "Yes"),
    ("I read what you're trying to achieve and I don't think the aim is right.", "q8", "No"),
    # the one that would change least
    ("Option One. Of the three, this is the one I think would change least for someone like me.", "q9", "No"),
    ("Option One. Of the three, this is the one I think would change most for someone like me.", "q9", "Yes"),
    # praise kept to its own place (and the same sentence without its place: test_praise_kept_to_its_place)
    ("Option Three. Goodwill is a fine thing.", "q13", "Yes"),
    # a list judged in the past tense in Option One's section
    ("Option One. That list was drawn up for a different purpose.", "q10", "No"),
    # no excuse left
    ("A duty would remove the excuse that violence is somebody else's business.", "q9", "Yes"),
    ("A duty would not remove the excuse.", "q9", "No"),
    # the vision as where an option takes us
    ("Option Two. This is the one I think would actually get us to the vision.", "q11", "Yes"),
    ("Option Two. This is the one I think would actually get us to the vision.", "q8", None),
    # far enough, and too far
    ("Option Two does not go far enough.", "q11", "No"),
    ("Option Two goes far enough.", "q11", "Yes"),
    ("Option One goes too far.", "q9", "No"),
    # letting the reluctant stay away, after a question put as an infinitive
    (
        "Leaving each service to decide for itself whether to take part would, I think, let the ones with the longest "
        "waiting lists stay away.",
        "q13",
        "No",
    ),
    ("Leaving each service to decide for itself whether to take part would be wrong.", "q13", "No"),
    ("We cannot say whether to back Option Two.", "q11", "Unclear"),
    # a vote of the respondent's own meeting, carried or lost
    ("Members voted 31 to 4 in favour of putting the prevention of serious violence on a legal footing.", "q9", "Yes"),
    ("Members voted 4 to 31 in favour of putting the prevention of serious violence on a legal footing.", "q9", None),
    # "most likely to achieve" denied by the respondent's body
    (
        "Option One. The Council does not think a separate duty on each body is the route most likely to achieve the "
        "vision.",
        "q9",
        "No",
    ),
    ("Option Three is the one most likely to get there.", "q13", "Yes"),
    # the right people as a condition
    ("Option Two. MARAC works when the right people are in the room.", "q11", None),
    ("Option Two has the right people.", "q11", "Yes"),
    # the vision as what an option fits
    ("Option One is the best fit for the vision of the three.", "q8", None),
    ("Option One is the best fit for the vision of the three.", "q9", "Yes"),
    # an aside between a denied verb and its complement
    ("The Schedule 6 list does not, on its own, bring together the right partners.", "q10", "No"),
    ("The Schedule 6 list is, on its own, the right list.", "q10", "Yes"),
    # an adverb is not its adjective
    ("Under Option One the children referred would be disproportionately from particular communities.", "q9", None),
    ("Option One is disproportionate.", "q9", "No"),
    # too much of what people do, not of the target
    ("Under Option One clinicians are frightened of sharing too much.", "q9", None),
    ("Option One asks too much of schools.", "q9", "No"),
    # the one part not agreed with is Mixed; the respondent's own proposal (and a view kept after "doesn't")
    ("The part I don't agree with is that body being the community safety partnership.", "q11", "Mixed"),
    ("I don't agree with the community safety partnership being that body.", "q11", "No"),
    ("Option Two is the one we have put forward.", "q11", "Yes"),
    ("It doesn't change our view that Option Two is right.", "q11", "Yes"),
    ("Option Two is not the one we put forward.", "q11", "No"),
    # seats at the partnership's table asked for in the public's words (Q12)
    ("Schools should be made one of the ones that has to attend the community safety partnership.", "q12", "Yes"),
    ("The partnership should have the bus and train companies on it as a matter of course.", "q12", "Yes"),
    ("The partnership must have more people round the table, not only the police and the council.", "q12", "Yes"),
    ("The partnership should have a duty on it.", "q12", None),
    # nothing to show for it; no position of its own on the set
    ("We have had the voluntary approach for years and have nothing to show for it.", "q13", "No"),
    (
        "The steering group has decided not to take a position of its own on which of the three options is best.",
        "q11",
        "Unclear",
    ),
    # duties imposed, as the dispreferred side of a comparison
    ("We would rather see trust built than duties imposed.", "q9", "No"),
    # the options described in turn, with no word of judgement
    (
        "then theres the 3 ways you want to do it, one is a new law saying the councils have to think about violence, one "
        "is handing it to the local crime partnerships, and one is just leave them to sort it out between themselves.",
        "q11",
        None,
    ),
]


@pytest.mark.parametrize(("text", "qid", "expected"), ROUND_NINETEEN_LETTERS)
def test_round_nineteen_letters(text, qid, expected):
    if expected is None:
        assert no_view_read(text, qid), (text, code_letter(text).get(qid))
        return
    code = code_letter(text).get(qid)
    assert (code.stance if code else None) == expected, (text, code)


@pytest.mark.parametrize("name", ["Option One.", "Option One:", "The first option.", "Option 1."])
def test_a_name_alone_is_no_view(name):
    # an option's name as a line of its own heads an answer; the sentence classifier, which has met the names mostly
    # in sentences of support, is not asked to read it (here it would have read Yes)
    assert letter(name, "q9").stance is None
    assert letter(f"{name} We want that too.", "q9").stance == "Yes"


def test_praise_kept_to_its_place():
    # "a fine thing on an allotment" praises goodwill there, not as the voluntary option: no Yes (the classifier may
    # read the rest of the sentence, below the review threshold)
    code = code_letter(
        "As for leaving things to a voluntary arrangement: goodwill is a fine thing on an allotment, where it costs "
        "nothing to lend your neighbour a spade."
    ).get("q13")
    assert code is None or code.stance != "Yes", code
    assert code is None or code.confidence < 0.75, code


def test_a_failure_unless_a_condition_is_met_is_sent_to_review():
    # "Unless X, it will not work" sets a condition (as "it will only work if X" does): a No a person weighs, below the
    # review threshold; said without the condition it is a confident No
    conditional = code_letter("Unless it is funded, Option One will not work.")["q9"]
    plain = code_letter("Option One will not work.")["q9"]
    assert (conditional.stance, plain.stance) == ("No", "No")
    assert conditional.confidence < 0.75 <= plain.confidence


def test_said_whatever_the_structure_is_called_is_no_verdict_on_the_heading():
    # under an option's heading, a wish "whatever the structure ends up being called" is not about that option
    heading = "Option Two\n\nI would like to see that discipline wherever serious violence is discussed"
    assert code_letter(heading + ", whatever the structure ends up being called.").get("q11").stance is None
    assert code_letter(heading + ".").get("q11").stance == "Yes"


# ---------------------------------------------------------------------------- round 20 (4 December)
@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("We think not.", "No"),
        ("We think so.", "Yes"),
        ("We believe it should not.", "No"),
        ("We believe it should.", "Yes"),
    ],
)
def test_a_restated_question_answered_at_once(answer, expected):
    # "The paper asks whether X." restates the consultation's question; the short answer after it is the verdict on X
    # (without an answer the restated question alone is no stance: it asserts nothing)
    text = f"The paper asks whether the list of statutory partners in Community Safety Partnerships should be added to. {answer}"
    assert code_letter(text)["q12"].stance == expected
    alone = code_letter(
        "The paper asks whether the list of statutory partners in Community Safety Partnerships should be added to."
    )
    assert alone.get("q12") is None or alone["q12"].stance in (None, "Unclear")


def test_the_respondent_who_would_not_change_the_target_approves_of_it():
    # "I would not change much of it": the respondent is the one who would change it, so content as it is (Yes);
    # "it would not change much" is what the target would (fail to) do: No
    assert code_text("I would not change much of it.", "q8").stance == "Yes"
    assert code_text("Option One would not change much.", "q9").stance == "No"


def test_an_addition_to_the_schedule_6_list_denied_is_a_list_kept():
    # Q10 asks whether the listed bodies are the right ones: an addition asked for says the list falls short (No); an
    # addition the respondent says is not needed says it is complete (Yes, a lean for a person to confirm)
    asked = code_text("We think CCGs need to be added to that list.", "q10")
    denied = code_text(
        "We don't think CCGs need to be added to that list, because the trusts are already on it.", "q10"
    )
    assert (asked.stance, denied.stance) == ("No", "Yes")
    assert denied.confidence < REVIEW
    # a denial of the list itself is not a denied addition
    assert code_text("We do not think the list is right and CCGs need to be added.", "q10").stance == "No"


def test_a_risk_the_paper_names_is_not_the_respondents_objection():
    # a risk the respondent foresees is a consequence (No, to review); the same risk named by the paper is not the
    # respondent's view of the option
    own = code_text("There is a real risk that the duty could be difficult to enforce.", "q9")
    paper = code_text(
        "We would want the guidance to be specific, since the paper itself identifies the risk that the duty could be "
        "difficult to enforce.",
        "q9",
    )
    assert own.stance == "No"
    assert paper.stance != "No"


def test_a_concession_with_a_sentence_of_context_before_its_reservation():
    # support, one sentence of why, then "But ..." about the same target: Mixed, as when the two are next to each other;
    # (until round 52 a reservation in another paragraph was read as a verdict of its own, here No; after a partial
    # agreement said in so many words the two make Mixed wherever the reservation is, as the blind letters' labellers code
    # it: "We accept much of the vision, though not its focus." and, a paragraph on, "But the focus falls short ...")
    middle = "Early intervention is exactly what the boy needed."
    assert (
        letter(f"We agree with much of the vision. {middle} But we part company with its focus.", "q8").stance
        == "Mixed"
    )
    assert (
        letter("Much of the vision is common ground for us. But we part company with its focus.", "q8").stance
        == "Mixed"
    )
    assert (
        letter(f"We agree with much of the vision.\n\n{middle} But we part company with its focus.", "q8").stance
        == "Mixed"
    )
    assert code_text("The vision is common ground for us.", "q8").stance == "Yes"


def test_the_vision_as_where_an_option_gets_closest_is_no_verdict_on_the_vision():
    # "the one that would get closest to the vision" measures an option against the vision (Q8 stays silent); the
    # vision judged in its own right is Q8's
    codes = code_letter("Of the three, Option Two is the one that would get closest to the vision.")
    assert codes["q8"].stance is None
    assert codes["q11"].stance == "Yes"  # the option measured: it would best achieve the vision
    assert letter("The vision is the right one.", "q8").stance == "Yes"


def test_a_harm_foreseen_from_the_targets_absence_argues_for_it():
    # "nothing changes" is a harm: said of the target, No; said of its absence ("without one"), the target is wanted
    # (Yes, a lean sent to review)
    assert code_text("With a duty, nothing will change.", "q9").stance == "No"
    absent = code_text("Our worry is that without one nothing changes.", "q9")
    assert absent.stance == "Yes" and absent.confidence < REVIEW


@pytest.mark.parametrize(
    ("reported", "turned", "expected"),
    [
        ("You think the duty is long overdue.", "You think the duty is long overdue, but we don't.", "No"),
        (
            "Some members think Option One would be a burden.",
            "Some members think Option One would be a burden, but we do not agree.",
            "Yes",
        ),
    ],
)
def test_a_reported_view_then_denied_is_the_opposite_view(reported, turned, expected):
    # the addressee's or members' view is not the respondent's (no stance); denied at once, its opposite is
    assert code_text(reported, "q9").stance in (None, "Unclear")
    assert code_text(turned, "q9").stance == expected


def test_most_of_an_individuals_circle_is_not_the_individual():
    # "Most of my team" are others (an individual writing); "most of our members" is the organisation's own view
    assert code_text("Most of my team think any new duty will just mean another form to fill in.", "q9").stance in (
        None,
        "Unclear",
    )
    assert (
        code_text("Most of our members think any new duty will just mean another form to fill in.", "q9").stance == "No"
    )


def test_a_list_sound_but_not_complete_is_mixed_while_additions_to_an_accepted_list_are_yes():
    assert code_text("The list is not complete.", "q10").stance == "No"
    assert code_text("To that extent the list is sound, but it is not complete.", "q10").stance == "Mixed"
    accepted = "We are content for the list to be used, with two additions. Fire authorities should be included."
    assert code_text(accepted, "q10").stance == "Yes"


def test_a_judgement_in_part_and_in_part():
    assert code_text("Option Three is attractive in part and insufficient in part.", "q13").stance == "Mixed"
    assert code_text("Option Three is insufficient.", "q13").stance == "No"


def test_what_others_might_expect_of_the_respondent_is_not_its_view():
    expected = "We are a voluntary organisation, and it might be expected that we would favour the voluntary option."
    assert code_text(expected, "q13").stance in (None, "Unclear")
    assert code_text("We are a voluntary organisation, and we favour the voluntary option.", "q13").stance == "Yes"


def test_experience_narrated_is_not_a_forecast_about_the_target():
    # "we have watched partnerships fade" tells what happened; "Option Two would fade" foresees it
    assert code_text("Option Two would fade when the officer moved on.", "q11").stance == "No"
    watched = code_letter(
        "We have watched two promising local partnerships fade when the officer who championed them moved on."
    )
    assert watched["q11"].stance is None


def test_a_heading_in_capitals_above_its_paragraph_is_not_part_of_the_first_sentence(tmp_path):
    # "NOT FOR SPORT" heads the paragraph: its "not" does not reach "in favour" in the sentence below
    from svanalysis.ingest.readers.letters import read_letter

    body = (
        "Dear Sir or Madam,\n\nWe run amateur football in the county.\n\n"
        "A DUTY FOR PUBLIC BODIES, NOT FOR SPORT\nWe are in favour of a legal duty on named public bodies to have due\n"
        "regard to serious violence.\n\nYours faithfully,\nA. Person\n"
    )
    path = tmp_path / "letter.txt"
    path.write_text(body, encoding="utf-8")
    slots, _ = read_letter(path, load_spec())
    assert code_letter(slots.iloc[0]["letter_text"])["q9"].stance == "Yes"


def test_a_view_reported_then_taken_up_or_denied_in_the_next_sentence():
    # somebody else's preference for Option Two, then the respondent's "does not share that view" (No) or "shares that
    # view" (Yes); reported alone it is nobody's verdict here
    said = "The Commissioner has told the Panel that she would favour putting Community Safety Partnerships on a new statutory footing."
    assert code_letter(said)["q11"].stance is None
    assert code_letter(said + " The Panel does not share that view.")["q11"].stance == "No"
    assert code_letter(said + " The Panel shares that view.")["q11"].stance == "Yes"


def test_where_the_respondent_parts_company_is_the_preferred_option():
    # the preferred option as a whole is where the respondent differs: No on it; a part of the target (its focus) is Mixed
    assert code_letter("Where I part company is on the Government's preferred option.")["q9"].stance == "No"
    assert code_letter("Where I part company with the paper is its focus on young people.")["q8"].stance == "Mixed"


def test_a_thread_quoted_below_a_reply_is_not_the_respondents():
    own = "I have run a youth club for nine years, and I have seen what happens when agencies do not talk. " * 6
    quoted = "On Wed, 15 May 2019 at 22:14, Ruth Callender <vicar@church.example> wrote:\n\nMy own view is that Option Two is the sensible one."
    assert code_letter(own + "\n\n" + quoted)["q11"].stance is None
    assert code_letter(own + "\n\nMy own view is that Option Two is the sensible one.")["q11"].stance == "Yes"


def test_colleagues_preference_with_an_aside_is_theirs():
    theirs = (
        "I should add that several colleagues on the youth panel, whose judgement I respect, would prefer the voluntary "
        "approach to legislation."
    )
    assert code_letter(theirs)["q13"].stance is None
    assert code_letter("I would prefer the voluntary approach to legislation.")["q13"].stance == "Yes"


def test_a_flatmates_view_with_an_aside_and_the_paper_right_about_a_fact():
    assert code_letter("My flatmate, who does criminology, thinks the vision is a fig leaf.")["q8"].stance is None
    assert code_letter("I think the vision is a fig leaf.")["q8"].stance == "No"
    fact = "The paper is right that some local partnerships are strong and some are weak."
    assert code_letter(fact)["q11"].stance is None


def test_nothing_the_respondent_would_not_want_is_all_wanted():
    # a double negation: "nothing ... that we would not want ... to sign up to" is Yes; "we could not sign up to the
    # vision" is No
    assert (
        code_text("We see nothing in the vision that we would not want our services to sign up to.", "q8").stance
        == "Yes"
    )
    assert code_text("We could not sign up to the vision.", "q8").stance == "No"


def test_a_proposition_denied_by_the_frame_before_it():
    # "It would be wrong to say that X" denies X: "Option Three is the answer" is Yes, so denied it is No; a frame around
    # no verdict is no verdict ("wrong" judges the saying, not the option)
    assert code_text("Option Three is the answer.", "q13").stance == "Yes"
    assert code_text("It would be wrong to say that Option Three is the answer.", "q13").stance == "No"
    framed = code_text("It would be wrong to say that a duty of that kind would make no difference to anyone.", "q9")
    assert framed.stance in (None, "Unclear")


def test_a_worry_reported_understood_and_not_shared():
    worry = "Some of our older members worry that the word duty will simply mean more forms"
    assert code_text(worry + ".", "q9").stance in (None, "Unclear")
    assert code_text(worry + "; we understand the worry, but we do not share it.", "q9").stance == "Yes"


def test_others_in_the_respondents_body_after_a_comma_or_saying_what_they_would_prefer():
    for text, qid in [
        ("When I told the girls on my shift, a couple of them said the whole vision is pie in the sky.", "q8"),
        (
            "Several headteachers at our briefings said they would prefer the voluntary arrangements of Option Three.",
            "q13",
        ),
        (
            "We recognise that, and some of our regional managers would go further and back Option One without qualification.",
            "q9",
        ),
    ]:
        assert code_letter(text)[qid].stance is None, text


def test_torn_and_in_two_minds_are_mixed_for_review_a_view_not_reached_is_unclear():
    torn = code_text("The due regard duty, I am in two minds about.", "q9")
    assert torn.stance == "Mixed" and torn.confidence < REVIEW
    assert code_text("We cannot make up our minds.", "q9").stance == "Unclear"


def test_part_right_part_wrong_something_going_for_it_and_a_list_kept():
    assert code_text("It gets some of it right and some of it badly wrong.", "q10").stance == "Mixed"
    assert code_text("It gets it right.", "q10").stance == "Yes"
    conceded = (
        "The voluntary option has something going for it, but on its own it would leave us exactly where we are now."
    )
    assert code_text(conceded, "q13").stance == "Mixed"
    kept = code_text("We would not want to see the list reinvented for this purpose.", "q10")
    assert kept.stance == "Yes"


def test_telling_somebody_is_not_a_view_withheld():
    assert code_text("I couldn't tell you whether it would work.", "q11").stance == "Unclear"
    told = code_text("A colleague asked me what a Community Safety Partnership is, and I couldn't tell her.", "q11")
    assert told.rule is None or "no view" not in told.rule


def test_a_view_shared_by_another_body_is_not_taken_up_by_the_respondent():
    # "The Government shares that view" is somebody else agreeing: nothing for the respondent
    said = "The Commissioner has told the Panel that she would favour putting Community Safety Partnerships on a new statutory footing."
    assert code_letter(said + " The Government shares that view.")["q11"].stance is None
    assert code_letter(said + " Our board does not share that view.")["q11"].stance == "No"


# ---------------------------------------------------------------------------- round 21 (4 December)
def test_a_reservation_opening_with_but_after_something_granted_goes_to_review():
    # the only sentence for the code opens by turning against what came before: the writer has just granted
    # something ("We accept much of the vision."), which may make the answer Mixed though no cue was read in it
    plain = code_letter("The vision\n\nThe focus of the vision is too narrow.")["q8"]
    assert plain.stance == "No" and plain.confidence >= REVIEW
    # (the concession in words no rule reads as a view)
    turned = code_letter("The vision\n\nWe can see the attraction of the vision. But the focus is too narrow.")["q8"]
    assert turned.stance == "No" and turned.confidence < REVIEW
    however = code_letter("The vision\n\nWe can see the attraction of the vision. However, the focus is too narrow.")
    assert however["q8"].confidence < REVIEW
    # said plainly elsewhere too: the "But" sentence is not the only one for it
    again = code_letter(
        "The vision\n\nThe focus of the vision is wrong. Some partners like it. But the focus is too narrow."
    )["q8"]
    assert again.stance == "No" and again.confidence >= REVIEW


def test_a_weighing_that_ends_the_argument_is_a_verdict_not_a_reservation():
    # "Even so, on balance, X": the writer has weighed both sides and this is the answer
    text = (
        "Option Two\n\nCommunity Safety Partnerships are uneven. Even so, on balance, revising the legislation "
        "governing Community Safety Partnerships is the option most likely to achieve the vision."
    )
    c = code_letter(text)["q11"]
    assert c.stance == "Yes" and c.confidence >= REVIEW


@pytest.mark.parametrize(
    "sentence",
    [
        "On balance we believe the preferred option is the best of the three routes to the vision.",
        "We think this route would get agencies working to the vision.",
        "We do not think Option Two would get us where the vision wants to go.",
        "We do not believe the preferred option is the right way to achieve the consultation's aims.",
    ],
)
def test_the_vision_as_where_an_option_leads_is_no_view_on_the_vision(sentence):
    # the vision (or the consultation's aims) as the destination an option is measured against: the sentence
    # judges the option, and Q8 asks about the vision itself
    assert code_letter(sentence).get("q8") is None or code_letter(sentence)["q8"].stance is None
    assert code_letter("We believe the vision is the right one.")["q8"].stance == "Yes"


def test_none_of_the_options_after_an_aside_set_off_by_commas_denies_each():
    # ", and, put plainly, none of the options ... would achieve the vision": the negative subject of a coordinate clause
    # opened by "and," and an aside; "none of the options" applies to each option (No on Q9, Q11 and Q13)
    text = "We have looked hard at all three, and, put plainly, none of the options would achieve the vision."
    codes = code_letter(text)
    assert [codes[q].stance for q in ("q9", "q11", "q13")] == ["No", "No", "No"]
    plain = code_letter(
        "We have looked hard at all three, and, put plainly, each of the options would achieve the vision."
    )
    assert [plain[q].stance for q in ("q9", "q11", "q13")] == ["Yes", "Yes", "Yes"]


def test_the_list_left_as_it_stands_is_no_addition_on_q12_and_the_right_list_on_q10():
    # Q12 asks whether the CSPs' statutory partners should be added to: keeping the list is No; Q10 asks whether the
    # Schedule 6 list is the right one: keeping it is Yes
    kept = "We would leave the list as it stands."
    assert code_text(kept, "q12").stance == "No"
    assert code_text(kept, "q10").stance == "Yes"


def test_agreeing_about_most_things_is_no_verdict_on_the_target():
    # agreement in general, with an object of its own, says nothing about the option under whose heading it sits
    assert code_text("The Chief Constable and I agree about most things.", "q13").stance in (None, "Unclear")
    assert code_text("We agree on a great deal.", "q13").stance in (None, "Unclear")
    assert code_text("We agree with the voluntary approach.", "q13").stance == "Yes"
    assert code_text("We agree.", "q13").stance == "Yes"


def test_discussed_without_reaching_a_settled_view_is_no_view():
    # "without reaching a settled view" withholds a view as "have not reached a settled view" does: Unclear
    without = "Our members discussed the Schedule 6 list without reaching a settled view."
    assert code_letter(without)["q10"].stance == "Unclear"
    reached = "Our members discussed the Schedule 6 list and reached a settled view: it is the right list."
    assert code_letter(reached)["q10"].stance == "Yes"


def test_the_papers_whole_focus_is_the_vision_and_getting_near_the_vision_is_not():
    assert code_letter("With respect, your paper's whole focus is wrong.")["q8"].stance == "No"
    near = "We do not think it would get anywhere near the vision."
    assert code_letter(near).get("q8") is None or code_letter(near)["q8"].stance is None


def test_no_argument_with_the_target_is_agreement_not_a_bare_no():
    # "No argument from the Branch with the vision." opens with "No" but has no quarrel with the vision: Yes
    assert code_text("No argument from the Branch with the vision.", "q8").stance == "Yes"
    assert code_text("No quarrel with the vision.", "q8").stance == "Yes"
    assert code_text("No. The vision is wrong.", "q8").stance == "No"


def test_welcoming_a_meeting_is_a_courtesy_not_a_verdict():
    assert code_text("We would welcome a meeting with officials.", "q13").stance in (None, "Unclear")
    assert code_text("We would welcome further discussion with officials.", "q13").stance in (None, "Unclear")
    assert code_text("We welcome the voluntary approach.", "q13").stance == "Yes"


def test_the_option_that_works_best_for_the_vision_is_no_view_on_the_vision():
    text = "Option Two is the option that would work best for the vision."
    codes = code_letter(text)
    assert codes.get("q8") is None or codes["q8"].stance is None
    assert codes["q11"].stance == "Yes"


def test_the_current_partners_judged_enough_lean_no_on_q12_and_not_enough_lean_yes():
    # Q12 asks whether the CSPs' statutory partners should be added to: a list "adequate" as it is wants nothing added
    enough = code_text("The current list of responsible authorities is adequate.", "q12")
    assert enough.stance == "No" and enough.confidence < REVIEW  # against the word "adequate": a person checks
    # not enough as it is: the rules of additions read it, once (the lexicon's "not adequate", a No of the list judged,
    # is not read again against them), so nothing conflicts with the Yes
    short = code_text("The current list of responsible authorities is not adequate.", "q12")
    assert short.stance == "Yes" and short.confidence >= REVIEW


def test_what_the_vision_describes_as_an_options_yield_is_no_view_on_the_vision():
    # "you have most of what the vision describes": the vision as the yardstick of an option, after the reference
    text = "Give them a clear duty, inspect them on it, and you have most of what the vision describes."
    codes = code_letter(text)
    assert codes.get("q8") is None or codes["q8"].stance is None
    assert code_letter("The vision describes the right goal.")["q8"].stance == "Yes"


def test_people_the_respondent_spoke_to_hold_their_own_view():
    # "colleagues we spoke to would be content with ...": their view, reported; the respondent's own is a Yes
    theirs = code_letter("Network Rail colleagues we spoke to would be content with voluntary arrangements.")
    assert theirs.get("q13") is None or theirs["q13"].stance is None
    own = code_letter("We spoke to colleagues and we would be content with voluntary arrangements.")
    assert own["q13"].stance == "Yes"


def test_the_classifier_reading_a_sentence_under_another_questions_number_answers_nothing_else(tmp_path):
    # "- Q12 - The local transport authority should become a statutory CSP partner": Q12's answer; the sentence
    # classifier's reading of it for Option Two (CSP named, no rule's cue) is not an answer to Q11
    from svanalysis.ingest.stance_eval import code_labelled_letter

    body = (
        "Dear Consultation Team,\n\nWe have answered only the questions where we have something to add:\n\n"
        "- Q9 - Of the three options, this is the one with teeth. We would back it.\n\n"
        "- Q12 - The local transport authority should become a statutory CSP partner, and operators above a "
        "certain size should have a standing seat, even if not a statutory one.\n\nKind regards,\n\nA. Sender\n"
    )
    letter = tmp_path / "answers.txt"
    letter.write_text(body, encoding="utf-8")
    codes = code_labelled_letter(letter, load_spec())
    assert codes["q9"].stance == "Yes" and codes["q12"].stance == "Yes"
    assert codes.get("q11") is None or codes["q11"].stance is None
    # the same sentence outside any numbered section is read for Option Two by the classifier, for a person to check
    loose = code_letter(
        "The local transport authority should become a statutory CSP partner, and operators above a certain "
        "size should have a standing seat, even if not a statutory one."
    )
    assert loose.get("q11") is None or loose["q11"].confidence < REVIEW


@pytest.mark.parametrize(
    "answer", ["So my answer is yes in principle and no in practice.", "Yes to the aim, but no to the duty."]
)
def test_a_yes_and_a_no_in_one_answer_are_mixed(answer):
    assert code_text(answer, "q9").stance == "Mixed"
    assert code_text("So my answer is yes in principle.", "q9").stance == "Yes"


def test_accepting_the_vision_in_so_far_as_it_goes_is_partial():
    assert code_text("We accept the vision in so far as it is about partnership.", "q8").stance == "Mixed"
    assert code_text("We accept the vision.", "q8").stance == "Yes"


def test_the_membership_kept_as_it_is_answers_q12_not_an_option():
    assert code_text("Keep the membership as it is.", "q12").stance == "No"
    kept = "We would leave the list as it stands and put the effort into better links."
    assert code_text(kept, "q12").stance == "No"
    assert code_text(kept, "q11").stance in (None, "Unclear")  # a list, not Option Two


def test_a_real_step_forward_in_one_place_and_a_paper_exercise_in_another_is_not_a_confident_no():
    text = (
        "A Community Safety Partnership with a statutory strategy could be a real step forward in a county where the "
        "partnership is strong, and a paper exercise in one where it is not."
    )
    assert code_text(text, "q11").confidence < REVIEW
    assert code_text("Revising Community Safety Partnerships would be a real step forward.", "q11").stance == "Yes"


def test_moving_a_named_place_closer_to_the_vision_is_the_options_yardstick():
    text = "I do not believe it would move London any closer to the vision the paper describes."
    codes = code_letter(text)
    assert codes.get("q8") is None or codes["q8"].stance is None


def test_comments_gathered_from_others_and_quoted_in_a_row_are_theirs():
    # a run of quotations introduced by what they are ("The written comments ...:") is others' words; the
    # respondent's own view after them decides
    text = (
        "Option One\n\nWe asked our frontline officers for their views. The written comments ran in the same "
        'direction: "Make it law, otherwise it won\'t happen"; "They should all have to do their bit". Our own '
        "view is that Option One would leave local partnership working weaker than it is today."
    )
    assert code_letter(text)["q9"].stance == "No"
    quoted_only = (
        "Option One\n\nWe asked our frontline officers for their views. The written comments ran in the same "
        'direction: "Make it law, otherwise it won\'t happen"; "They should all have to do their bit".'
    )
    assert code_letter(quoted_only)["q9"].stance in (None, "Unclear")


def test_an_option_that_would_leave_things_weaker_or_stronger():
    assert code_text("Option One would leave local partnership working weaker than it is today.", "q9").stance == "No"
    assert code_text("Option One would leave partnerships stronger than they are today.", "q9").stance == "Yes"
    assert code_text("Option One would not leave partnerships weaker.", "q9").stance != "No"


def test_the_answer_given_in_so_many_words_leads_its_reasons():
    # "Our answer is no." then reasons whose words lean the other way: the answer decides the lean, the reasons
    # against it send it to a person
    text = (
        "Our answer is no. In this force area the eleven CSPs already struggle to get the right people round the "
        "table, and adding names to the statutory partner list would make the meetings bigger rather than better."
    )
    c = code_text(text, "q12")
    assert c.stance == "No" and c.confidence < REVIEW
    assert code_text("Our answer is no.", "q12").stance == "No"


def test_not_wanting_to_lose_it_values_it():
    kept = "Voluntary working is how our best local arrangements began, and I would not want to lose that spirit."
    assert code_text(kept, "q13").stance == "Yes"
    both = kept[:-1] + "; but left to goodwill alone, it depends far too much on who happens to be in post."
    assert code_text(both, "q13").stance == "Mixed"
    assert code_text("We would not want the voluntary approach.", "q13").stance == "No"


def test_a_list_not_kept_as_it_stands_is_no_no_to_additions():
    # "We would not leave the list as it stands" wants it changed: not the No of a list kept
    assert code_text("We would not leave the list as it stands.", "q12").stance != "No"


# round 22 (b361-b366): each pair differs in one construction


def test_ending_up_as_a_harm_is_not_ending_the_harm():
    # "end up as" is to become: "would end up as a tick box" is the harm, "would end the tick-box culture" its cure
    assert code_text("A new duty would end up as a tick box.", "q9").stance == "No"
    assert code_text("A new duty would end the tick-box culture.", "q9").stance == "Yes"


def test_a_verb_of_failing_before_what_an_option_would_do_denies_it():
    assert code_text("A voluntary approach would deliver.", "q13").stance == "Yes"
    assert code_text("A voluntary approach would fail to deliver.", "q13").stance == "No"
    assert code_text("A voluntary approach would struggle to achieve the vision.", "q13").stance == "No"
    # failing people is no view of the option; "fail to see how" is an entry of its own, not a denial of one
    assert code_text("Young people would fail without help.", "q13").stance != "Yes"
    assert code_text("We fail to see how a voluntary approach would work.", "q13").stance == "No"


def test_an_approach_bound_to_fail():
    assert code_text("A voluntary approach would fail.", "q13").stance == "No"
    assert code_text("A voluntary approach is bound to fail.", "q13").stance == "No"
    assert code_text("A voluntary approach would fail young people.", "q13").stance != "No"


def test_what_is_agreed_with_carries_the_polarity_not_the_verb():
    # a that-clause after "agree with X", "endorse X's conclusion", "share the view": the clause judges the option
    assert code_text("We agree with the County.", "q13").stance == "Yes"
    assert (
        code_text("We agree with the County that a voluntary approach would leave too much to goodwill.", "q13").stance
        == "No"
    )
    endorsed = "We endorse the County's conclusion that a voluntary approach would leave too much to goodwill."
    assert code_text(endorsed, "q13").stance == "No"
    assert code_text("We share the view that a voluntary approach would be ineffective.", "q13").stance == "No"
    assert code_text("We agree that a voluntary approach is the right one.", "q13").stance == "Yes"
    agreed = "Members agreed that the Schedule 6 list misses too much to be the right set of partners."
    assert code_text(agreed, "q10").stance == "No"


def test_too_narrow_to_be_the_right_one_denies_it():
    assert code_text("We think the focus is the right one.", "q8").stance == "Yes"
    assert code_text("We think the focus is too narrow to be the right one.", "q8").stance == "No"
    assert code_text("The vision is drawn too narrowly to be the right one.", "q8").stance == "No"
    assert code_text("The Schedule 6 list is the right set of partners.", "q10").stance == "Yes"
    assert code_text("The Schedule 6 list misses too much to be the right set of partners.", "q10").stance == "No"


def test_not_wanting_the_list_lengthened_is_yes_on_q10_and_no_on_q12():
    # Q10: the listed agencies are the right ones (a lean for a person); Q12: no additions
    c = code_text("We would not want the Schedule 6 list lengthened.", "q10")
    assert c.stance == "Yes" and c.confidence < REVIEW
    assert code_text("We would not want the list of statutory partners lengthened.", "q12").stance == "No"
    # not wanting it put to another use is still against it
    assert code_text("We would not want it used as a checklist.", "q10").stance == "No"


def test_a_view_since_left_is_not_the_respondents_stance():
    assert code_text("We could sign up to the vision.", "q8").stance == "Yes"
    assert no_view_read("When we first read the vision, we thought it was something we could sign up to.", "q8")
    assert no_view_read("Initially I felt the vision was about right.", "q8")
    assert code_text("Option Two is the most sensible of the three options.", "q11").stance == "Yes"
    said = "In that email we said that revising Community Safety Partnerships looked to us the most sensible of the three options."
    assert no_view_read(said, "q11")
    assert no_view_read("Our earlier response said that Option Two was the most sensible.", "q11")
    assert no_view_read("In our letter of March we said that Option Two is the most sensible.", "q11")
    assert code_text("In this response we argue that Option Two is the most sensible.", "q11").stance == "Yes"


def test_what_holds_today_in_a_relative_clause_is_not_the_new_duty():
    today = (
        "A requirement to have due regard would give our safeguarding leads a reason to take part in local planning, "
        "which at present depends on the goodwill of two or three individuals."
    )
    assert code_text(today, "q9").stance != "No"
    assert code_text("A new duty would depend on the goodwill of two or three individuals.", "q9").stance == "No"
    # of the voluntary option the same words judge it
    kept = "A voluntary approach would keep local planning, which at present depends on the goodwill of two or three individuals."
    assert code_text(kept, "q13").stance == "No"


def test_the_current_list_judged_unfit_wants_adding_to():
    unfit = "The list of responsible authorities in CSPs is no better suited to serious violence than Schedule 6 is."
    assert code_text(unfit, "q12").stance == "Yes"
    assert (
        code_text("The list of responsible authorities in CSPs is well suited to serious violence.", "q12").stance
        != "Yes"
    )


# round 22 (b369): double negation and litotes


def test_nothing_to_disagree_with_is_agreement():
    assert code_text("We disagree with the vision.", "q8").stance == "No"
    assert code_text("I find nothing in the vision to disagree with.", "q8").stance == "Yes"
    # "cannot say" here is no doubt: it denies finding anything to disagree with
    litotes = "I cannot say I find anything in the Government's vision to disagree with."
    assert code_text(litotes, "q8").stance == "Yes"
    assert code_text("I cannot say whether the vision is right.", "q8").stance == "Unclear"
    assert code_text("It is not that the Council disagrees with the vision.", "q8").stance == "Yes"


def test_no_reason_not_to_is_a_verdict_denied_twice():
    assert code_text("We see no reason to back it.", "q9").stance == "No"
    assert code_text("With that proviso, the branch sees no reason not to back it.", "q9").stance == "Yes"
    assert code_text("We see no reason to oppose it.", "q9").stance == "Yes"
    right = "We have no reason to think the Schedule 6 agencies are the right partners."
    assert code_text(right, "q10").stance == "No"
    other = "We have no reason to think the Schedule 6 agencies are other than the right partners."
    assert code_text(other, "q10").stance == "Yes"
    added = "I cannot see a good reason why schools and colleges should be added to the responsible authorities."
    assert code_text(added, "q12").stance == "No"
    not_added = (
        "I cannot see a good reason why schools and colleges should not be added to the responsible authorities."
    )
    assert code_text(not_added, "q12").stance == "Yes"


def test_not_against_widening_the_table():
    assert code_text("The Council is against widening the table.", "q12").stance == "No"
    assert code_text("Nor would the Council be against widening the table.", "q12").stance == "Yes"


def test_no_rival_that_would_do_more_makes_the_target_the_best():
    best = "I cannot think of another of the three options that would do more to achieve the vision."
    assert code_text(best, "q11").stance == "Yes"
    assert code_text("I cannot think of a better option.", "q11").stance == "Yes"
    assert code_text("It would be a leap into the unknown.", "q11").stance == "No"
    assert code_text("It would not be a leap into the unknown.", "q11").stance == "Yes"


def test_a_view_no_longer_held_is_denied():
    assert code_text("We think Option Two would achieve the vision.", "q11").stance == "Yes"
    assert code_text("We no longer think Option Two would achieve the vision.", "q11").stance == "No"


def test_cut_across_the_forearm_is_an_injury_not_a_consequence():
    assert code_text("A voluntary approach would cut across existing arrangements.", "q13").stance == "No"
    injury = "In February a store duty manager was cut across the forearm while trying to stop a teenager."
    assert code_text(injury, "q13").stance in (None, "Unclear")


def test_how_the_respondent_would_not_wish_to_be_read_is_no_objection():
    assert code_text("We would not wish to see the vision adopted.", "q8").stance == "No"
    shared = "The aim is one we share, and we would not wish to be read as lukewarm about it."
    assert code_text(shared, "q8").stance == "Yes"


def test_the_support_a_respondent_gets_is_help_not_a_verdict():
    assert code_text("We support Option One.", "q9").stance == "Yes"
    helped = (
        "Much of what we achieve depends on the support we get from the British Transport Police and the local force."
    )
    assert code_text(helped, "q9").stance in (None, "Unclear")


def test_options_named_together_by_what_they_share_are_both_judged():
    # the collective reference names Options One and Two, and the colon goes on to name each: both are judged
    text = (
        "Neither of the options that need new law would make a blind bit of difference on our estate: a duty on the "
        "council or a rewritten CSP is still the same people in the same meeting room."
    )
    codes = code_letter(text)
    assert codes["q9"].stance == "No" and codes["q11"].stance == "No"
    # a duty said of CSPs alone is still Option Two's, not Option One's
    alone = code_letter("A duty on the partnerships would make a blind bit of difference to nobody.")
    assert alone.get("q9") is None or alone["q9"].stance is None


# round 24 (b373-b378) and the last of round 23 (b370, b372)


def test_what_people_will_tell_you_is_their_view():
    assert code_text("A due regard duty becomes a tick-box exercise.", "q9").stance == "No"
    assert no_view_read("People will tell you that a due regard duty becomes a tick-box exercise.", "q9")
    assert no_view_read("Some will tell you that a due regard duty becomes a tick-box exercise.", "q9")
    assert code_text("I will tell you that a due regard duty becomes a tick-box exercise.", "q9").stance == "No"


def test_resisting_an_attempt_to_weaken_it_defends_it():
    assert code_text("We would resist the vision.", "q8").stance == "No"
    assert (
        code_text("We would resist any attempt during the passage of legislation to narrow it.", "q8").stance == "Yes"
    )
    assert code_text("We would oppose any attempt to water down the vision.", "q8").stance == "Yes"


def test_not_able_to_agree_a_view_is_no_view():
    assert code_text("We agree with Option Three.", "q13").stance == "Yes"
    assert code_text("We have not been able to agree a view on Option Three and offer none.", "q13").stance == "Unclear"


def test_somebody_elses_not_knowing_is_not_the_respondents():
    assert code_text("We do not know whether Option Two would work.", "q11").stance == "Unclear"
    theirs = code_text("The young people we work with do not know what a CSP is.", "q11")
    assert theirs.rule != "no view 'do not know'"


def test_not_wanting_it_changed_keeps_it():
    assert code_text("We would not want the vision.", "q8").stance == "No"
    assert code_text("We see our priorities in the vision and would not want it changed.", "q8").stance == "Yes"
    # the list kept as it is: the right list (Q10), nothing added (Q12)
    assert code_text("We would not want the list changed.", "q10").stance == "Yes"
    assert code_text("We would not want the list changed.", "q12").stance == "No"


def test_what_is_not_wanted_set_against_what_is():
    assert code_text("I don't want a new duty.", "q9").stance == "No"
    contrast = "I don't want lessons learned, I want somebody to be answerable when they don't share what they know."
    assert code_text(contrast, "q9").stance != "No"
    assert code_text("We do not, I think, support it.", "q9").stance == "No"


def test_for_the_idea_and_wary_of_it_is_mixed():
    assert code_text("So we are for the idea of Option Two.", "q11").stance == "Yes"
    assert code_text("So we are for the idea of Option Two and wary of how it would work.", "q11").stance == "Mixed"


def test_co_option_as_the_way_in_wants_nothing_added():
    missing = "Schools and housing providers are missing from the partnership."
    assert code_text(missing, "q12").stance == "Yes"
    co_opted = (
        "The bodies that are missing, such as schools and housing providers, can be brought in through the existing "
        "power to co-opt."
    )
    assert code_text(co_opted, "q12").stance == "No"
    assert code_text("Schools should be statutory partners rather than co-opted.", "q12").stance == "Yes"


def test_not_pretending_to_have_understood_the_paper_is_no_doubt_about_the_target():
    assert code_text("I do not pretend to have a view on Option One.", "q9").stance == "Unclear"
    read = "I have read the paper with care, though I do not pretend to have understood every part of it."
    assert "pretend" not in (code_text(read, "q9").rule or "")


def test_an_attitude_put_in_the_past_is_not_the_present_one():
    assert code_text("I am sceptical.", "q9").stance == "No"
    assert no_view_read("When it came in, I was sceptical.", "q9")
    assert no_view_read("We were initially sceptical.", "q9")
    assert code_text("We were sceptical, and we still are.", "q9").stance == "No"


# round 25 (b379-b384), after its first run


def test_people_helped_counted_are_not_a_verdict():
    assert code_text("We support Option Three.", "q13").stance == "Yes"
    helped = "We support thousands of children each year through partnerships that rest on goodwill."
    assert code_text(helped, "q13").stance != "Yes"
    assert code_text("We support 200 families.", "q13").stance != "Yes"


def test_a_reported_view_denied_after_the_respondent_grants_its_reasons():
    assert code_text("It is paperwork dressed up as progress.", "q9").stance == "No"
    denied = (
        "A lot of my colleagues say it's paperwork dressed up as progress, and I understand why they'd say that after "
        "the last few years, but I don't share it."
    )
    assert code_text(denied, "q9").stance == "Yes"
    # a denial of a view whose words no rule reads is no verdict of its own
    unread = "Colleagues say it's a sign of the times, but I don't share that view."
    assert code_text(unread, "q9").stance != "No"


def test_the_vision_brought_closer_is_an_options_yardstick():
    codes = code_letter("Another duty built the same way won't bring the vision a step closer.")
    assert codes.get("q8") is None or codes["q8"].stance is None
    assert codes["q9"].stance == "No"


# ---------------------------------------------------------------------------- round 23
def test_a_negation_inside_a_condition_does_not_turn_a_preference_round():
    text = (
        "Provided it is not accompanied by a new reporting regime, the Board would favour Option One over the others."
    )
    assert letter(text, "q9").stance == "Yes"
    assert letter("The Board would not favour Option One over the others.", "q9").stance == "No"


def test_an_aside_between_the_negation_and_the_evaluation():
    assert letter("Schedule 6 is not, to our mind, the right list for this duty.", "q10").stance == "No"
    assert letter("Schedule 6 is, to our mind, the right list for this duty.", "q10").stance == "Yes"
    assert letter("Schedule 6 is not, as we see it, the right list for this duty.", "q10").stance == "No"


def test_less_of_a_harm_is_in_its_favour():
    # "less" turns the evaluation round; "no less" does not
    assert letter("Option One is less burdensome than rebuilding the partnerships.", "q9").stance == "Yes"
    assert letter("Option One is burdensome.", "q9").stance == "No"
    assert letter("Option One is no less burdensome than the others.", "q9").stance == "No"


def test_a_report_is_still_a_report_with_a_relative_clause_after_its_speaker():
    reported = "The officer we had, who was kind to us, told me he thought a new law would just mean more paperwork."
    assert no_view_read(reported, "q9")
    assert letter("I think a new law would just mean more paperwork.", "q9").stance == "No"


def test_the_list_of_public_authorities_is_the_schedule_6_list():
    text = "That list of public authorities is the right one for a duty of this kind."
    codes = code_letter(text)
    assert (codes["q10"].stance, codes["q9"].stance) == ("Yes", None)


@pytest.mark.parametrize("qid", ["q8", "q9", "q10", "q11", "q12", "q13"])
def test_a_bare_answer_after_a_copied_question_and_its_tail(qid):
    # the question copied with its second sentence ("Please explain why.", "If so, what organisations?"), then the
    # answer: "Yes." had been lost (the tail, not the question, came just before it), "No." read by another pattern
    text = next(q.text for q in load_spec().stance_questions if q.id.lower() == qid)
    assert text.count("?") + text.count(".") >= 2  # the paper's question has a tail after its first sentence
    assert code_letter(f"{text}\n\nYes.")[qid].stance == "Yes"
    assert code_letter(f"{text}\n\nNo.")[qid].stance == "No"
    assert code_letter(f"{text}\n\nYes - and the housing associations, who know the estates.")[qid].stance == "Yes"


def test_a_question_copied_in_quotation_marks_heads_its_answer():
    question = "Do you consider that Option One would best achieve the consultation vision? Please explain why."
    for opening, closing in (("\u201c", "\u201d"), ('"', '"')):
        assert code_letter(f"{opening}{question}{closing}\n\nYes.")["q9"].stance == "Yes"
        assert code_letter(f"{opening}{question}{closing}\n\nNo.")["q9"].stance == "No"


def test_not_before_time_is_overdue():
    # the idiom's "not" denies nothing; "about time" only as a verdict of its own, not "about time somebody asked"
    # (by the rules: the classifier alone had read it as a lean, for review)
    assert rules_letter("Option One. A legal duty, yes, and not before time.", "q9").stance == "Yes"
    assert letter("Option One. A duty on schools? About time too.", "q9").stance == "Yes"
    assert no_view_read("Option One. It is about time somebody asked us.", "q9")


def test_ranked_below_the_other_and_a_list_grown():
    assert letter("Option Two would be the slower and weaker of the two legislative routes.", "q11").stance == "No"
    assert letter("Option Two would be the better of the two legislative routes.", "q11").stance == "Yes"
    text = "The list of statutory partners should grow to include registered providers of social housing."
    assert letter(text, "q12").stance == "Yes"


def test_cannot_tell_you_how_much_is_emphasis_not_a_view_withheld():
    assert letter("Option Two? I honestly couldn't tell you whether it would work.", "q11").stance == "Unclear"
    # (the rules read no view in it; the classifier may give its own reading, for review)
    code = letter("Option Two: I can't tell you how much the partnership has helped us.", "q11")
    assert code.stance != "Unclear" or (code.method == "model" and code.confidence < REVIEW)
    assert rules_letter("Option Two: I can't tell you how much the partnership has helped us.", "q11").stance is None


def test_a_rank_within_a_set_judges_the_subject_not_the_set():
    # "the two legislative routes" are what "it" is ranked among, not both judged (Option Two is not called weak)
    text = "Option One would put a duty on named bodies. It is the weaker of the two legislative routes."
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q11"].stance) == ("No", None)
    text = "Option One would put a duty on named bodies. It is the better of the two legislative routes."
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q11"].stance) == ("Yes", None)


def test_a_view_said_to_be_split_and_too_little_known_to_judge():
    text = "Our view on the second option is split: the right vehicle in some districts, the wrong one in the rest."
    assert letter(text, "q11").stance == "Mixed"
    assert letter("Option Two is the right vehicle in some districts.", "q11").stance == "Yes"
    section = "Our experience of those partnerships is too limited for us to offer a view with confidence."
    assert code_letter(section, None, {"q12": section})["q12"].stance == "Unclear"
    # (Q12 asks whether the partners should be added to: a list "too limited" should be, round 45, where this had been a
    # No; four of four such answers in the project's blind letters were labelled Yes)
    section = "The list of statutory partners is too limited."
    assert code_letter(section, None, {"q12": section})["q12"].stance == "Yes"


def test_a_description_set_off_by_commas_after_a_target_is_that_targets():
    text = "The voluntary route, with businesses given a proper seat at the table, is the one we would back."
    codes = code_letter(text)
    assert (codes["q13"].stance, codes["q12"].stance) == ("Yes", None)


def test_agreeing_to_the_position_below_is_the_response_itself():
    assert no_view_read("Option One. After two further sessions the force has agreed to the position below.", "q9")
    assert no_view_read("Option One. After two further sessions we have agreed to the position below.", "q9")
    assert letter("Option One. After two further sessions we have agreed to back it.", "q9").stance == "Yes"


def test_the_vision_as_where_an_option_should_lead():
    text = "Option One would reproduce the weakness, and we do not think it is the right vehicle for the vision."
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q8"].stance) == ("No", None)


def test_merit_and_drawbacks_in_equal_measure_is_mixed():
    text = "Weighing those points, we see merit in Option Two and serious drawbacks in roughly equal measure."
    assert letter(text, "q11").stance == "Mixed"
    assert letter("Weighing those points, we see merit in Option Two.", "q11").stance == "Yes"


def test_parting_company_with_ones_own_council_is_no_verdict_on_the_target():
    text = "On the two legislative routes I am clearer, and this is where I part company with my council."
    assert {q: c.stance for q, c in code_letter(text).items() if c.stance} == {}
    assert letter("We part company with the Government on Option One.", "q9").stance == "No"


def test_a_view_brought_to_the_question_is_left_behind():
    assert no_view_read("Option One. Cabinet members came to this question sceptical of yet another duty.", "q9")
    assert letter("Option One. Cabinet members are sceptical of yet another duty.", "q9").stance == "No"


def test_not_wanting_the_list_started_again_keeps_it_and_not_wanting_to_pretend_is_no_view():
    section = "We would not want to see it started again from scratch."
    assert code_letter(section, None, {"q10": section})["q10"].stance == "Yes"
    assert no_view_read("The vision. I would not want to pretend otherwise.", "q8")
    assert letter("The vision. I would not want it.", "q8").stance == "No"


def test_an_objection_recognised_is_not_an_objection_made():
    recognised = "Option Three. We recognise the objection that voluntary arrangements are uneven and some areas will do nothing."
    assert no_view_read(recognised, "q13")
    shared = "Option Three. We share the concern that voluntary arrangements are uneven and some areas will do nothing."
    assert letter(shared, "q13").stance == "No"


def test_the_vision_as_a_distance_an_option_covers():
    # "nearer the vision", "near what your vision is aiming at": an option measured, the vision not judged
    assert (
        code_letter("Frankly, none of them would get us any nearer the vision from where I sit.")["q8"].stance is None
    )
    text = "Option Three. It wouldn't get anywhere near what your vision is aiming at."
    assert code_letter(text)["q8"].stance is None
    assert letter("The vision. I like what your vision is aiming at.", "q8").stance == "Yes"


def test_speakers_named_by_where_they_work_still_report():
    text = "Colleagues in the Commissioner's office have argued for adding housing providers to CSPs as statutory partners."
    assert no_view_read(text, "q12")
    assert letter("We argue for adding housing providers to CSPs as statutory partners.", "q12").stance == "Yes"


def test_as_opposed_to_is_a_connective():
    text = 'Option One. The guidance must be clear about what "due regard" means for a commissioner, as opposed to a provider.'
    assert no_view_read(text, "q9")
    assert letter("Option One. We are opposed to a new law.", "q9").stance == "No"


def test_an_absence_foreseen_reaches_only_its_own_clause():
    text = (
        "Option Three. Without a duty we would expect the same pattern nationally, and we do not consider that a "
        "voluntary approach would achieve the vision."
    )
    assert letter(text, "q13").stance == "No"
    assert letter("Option Three. Without a duty nothing changes.", "q13").stance == "Yes"


def test_members_supported_counted_are_help_given():
    text = "Option One. We are a professional association and we support just over 3,000 registered social workers."
    assert no_view_read(text, "q9")
    assert letter("Option One. We are a professional association and we support it.", "q9").stance == "Yes"


def test_a_suggestion_reported_with_an_aside_is_still_reported():
    text = (
        "It has also been suggested, in meetings we have attended, that more organisations should be added to the "
        "list of statutory partners in CSPs."
    )
    assert no_view_read(text, "q12")
    assert (
        letter(
            "We suggest that more organisations should be added to the list of statutory partners in CSPs.", "q12"
        ).stance
        == "Yes"
    )


def test_could_live_with_is_acceptance_for_a_person_to_check():
    code = letter("We could live with Option Two.", "q11")
    assert code.stance == "Yes" and code.confidence < REVIEW


def test_for_it_as_one_thing_and_opposed_to_it_as_another_is_mixed():
    text = (
        "We are in favour of the voluntary measures as a complement to legislation and opposed to them as a substitute."
    )
    assert letter(text, "q13").stance == "Mixed"
    assert letter("We are opposed to the voluntary measures as a substitute for legislation.", "q13").stance == "No"


def test_reopening_the_list_is_a_change_to_it():
    section = "They know each other from Prevent, and reopening it would slow everything down for little gain."
    assert code_letter(section, None, {"q10": section})["q10"].stance == "Yes"
    section = "The list would slow everything down."
    assert code_letter(section, None, {"q10": section})["q10"].stance == "No"


def test_the_present_members_preferred_is_no_addition():
    section = (
        "We would rather see the existing responsible authorities required to attend, with partnerships free to co-opt."
    )
    assert code_letter(section, None, {"q12": section})["q12"].stance == "No"
    section = "We would rather see the existing partners extended to include schools."
    assert code_letter(section, None, {"q12": section})["q12"].stance == "Yes"


def test_what_the_vision_talks_about_is_a_yardstick():
    text = "A duty that reaches the emergency department cannot deliver the joint funding the vision talks about."
    assert code_letter(text)["q8"].stance is None


def test_required_to_with_its_verb_left_out_is_an_obligation():
    # "required to" with no verb after it says why people attend, not that anything is needed; with its verb, the
    # pair "everybody is required to take part" / "nobody is required to take part" (above) still reads it
    text = "Option Two. Officers attend because they are required to rather than because they have something to add."
    assert rules_letter(text, "q11").stance is None
    assert code_text("It fails because nobody is required to take part.", "q13").stance == "No"


# ---------------------------------------------------------------------------- round 24 (blind letters b425-b432)
def test_money_down_the_drain_on_a_new_statute_is_an_objection_to_option_one():
    # a general objection to a new statute on named bodies is read on Option One (the convention), and "money down
    # the drain" is a verdict of waste; the drain in its literal sense is none
    assert (
        letter("A new statute on named bodies would be money down the drain in places like this.", "q9").stance == "No"
    )
    assert letter("A new statute on named bodies would be money well spent in places like this.", "q9").stance != "No"
    assert rules_letter("The drain down the road floods every winter.", "q9").stance is None


def test_nor_can_i_see_what_it_would_change_is_a_no():
    text = "Nor can I see what writing serious violence into the community safety partnership would change."
    assert letter(text, "q11").stance == "No"
    assert (
        rules_letter(
            "I can see what writing serious violence into the community safety partnership would change.", "q11"
        ).stance
        != "No"
    )


def test_a_focus_called_misplaced_is_judged_wrong():
    assert letter("In our judgement the focus set out in the consultation is misplaced.", "q8").stance == "No"
    assert letter("In our judgement the focus set out in the consultation is well placed.", "q8").stance != "No"


def test_nobody_who_works_with_young_people_could_argue_with_it():
    # nobody (the respondent among them) would argue: the respondent's own evaluation, not a view reported of
    # "young people" or of "one"; people who do argue with it report somebody else's view
    text = (
        "Nobody who works with young people could argue with the vision, and we do not; our argument is with the means."
    )
    assert letter(text, "q8").stance == "Yes"
    assert letter("No one could argue with the vision.", "q8").stance == "Yes"
    assert rules_letter("Some people would argue with the vision.", "q8").stance is None


def test_the_ones_most_likely_to_stay_away_is_no_verdict():
    # under a question's own heading: what people are most likely to do is no verdict on the option
    section = "The schools that most need to be at the table are the ones most likely to stay away."
    assert code_text(section, "q13").stance in (None, "Unclear")
    assert code_text("It is the one most likely to work.", "q13").stance == "Yes"
    assert code_text("A duty on named bodies is the lever most likely to shift behaviour.", "q9").stance == "Yes"


def test_gone_back_and_forth_then_a_conclusion_is_the_conclusion():
    # the weighing told, then where it came down ("then" set off as a conclusion); the weighing alone stays Unclear
    section = "We have gone back and forth on this. Of the options on the table, then, Option One is the better bet."
    assert code_text(section, "q9").stance == "Yes"
    section = "We have gone back and forth on this. Option One has its merits, and its costs would be high."
    assert code_text(section, "q9").stance == "Unclear"


def test_however_much_we_might_prefer_is_not_a_preference():
    text = "Leaving things on a voluntary footing would not work, however much an organisation like ours might prefer the lighter touch."
    assert letter(text, "q13").stance == "No"
    assert letter("An organisation like ours might prefer the voluntary footing.", "q13").stance == "Yes"


def test_getting_the_vision_delivered_is_achieving_it():
    # the vision as the yardstick (Q8 not judged), the option as what is judged
    text = "Leaving things on a voluntary footing would not get the vision delivered."
    codes = code_letter(text)
    assert codes["q13"].stance == "No" and codes["q8"].stance is None
    assert letter("Leaving things on a voluntary footing would get the vision delivered.", "q13").stance == "Yes"
    codes = code_letter("We do not think Option One would deliver what the vision promises.")
    assert codes["q9"].stance == "No" and codes["q8"].stance is None


def test_changing_the_partnerships_judged_while_saying_who_sits_on_them():
    # "who sits on them" describes the partnerships being changed (Option Two), it asks nothing about members (Q12)
    text = (
        "If there has to be a new law at all, then changing the community safety partnerships is the least bad way of "
        "doing it, because at least they already exist and people know who sits on them."
    )
    codes = code_letter(text)
    assert codes["q11"].stance == "Yes" and codes["q12"].stance is None
    text = "Adding schools to the community safety partnerships is right, because people should know who sits on them."
    assert code_letter(text)["q12"].stance == "Yes"


def test_i_would_take_that_over_the_first_option_disprefers_option_one():
    codes = code_letter("I would take Option Two over the first option any day.")
    assert codes["q9"].stance == "No" and codes["q11"].stance == "Yes"
    assert rules_letter("It would take time over the summer to set up Option One.", "q9").stance is None
    # what is taken is no option: no comparison, and the verdict after it stands
    assert code_text("Option One would take pressure off partners over time and we support it.", "q9").stance == "Yes"


def test_should_more_bodies_be_made_to_join_answered_no():
    text = "Should more bodies be made to join the partnerships? I don't think so."
    assert letter(text, "q12").stance == "No"
    assert letter("More bodies should be made to join the partnerships.", "q12").stance == "Yes"


def test_the_set_weighed_then_one_chosen_judges_the_one():
    text = (
        "We have weighed the two legislative options against each other and come down, not without some hesitation, "
        "on the side of Option Two."
    )
    codes = code_letter(text)
    assert codes["q11"].stance == "Yes" and codes["q9"].stance is None
    assert letter("We have weighed the two legislative options and neither would work.", "q9").stance == "No"


def test_the_present_members_judged_right_is_no_addition():
    section = "The responsible authorities already in place are the right ones."
    assert code_text(section, "q12").stance == "No"
    assert code_text("Schools are the right ones to add.", "q12").stance == "Yes"


def test_bodies_that_belong_among_the_partners_or_on_the_list_are_additions():
    assert letter("Youth services belong among the statutory partners.", "q12").stance == "Yes"
    assert code_text("Registered providers of social housing should be on that list.", "q12").stance == "Yes"
    text = "The present list of CSP responsible authorities has a hole in it the shape of a housing provider."
    assert letter(text, "q12").stance == "Yes"
    assert rules_letter("The present list of CSP responsible authorities works well.", "q12").stance != "Yes"


def test_getting_the_job_done():
    assert code_text("Option One would not, in our view, get the job done.", "q9").stance == "No"
    assert code_text("Option One would get the job done.", "q9").stance == "Yes"
    # the respondent's own commitment, and the job as a purpose, are no verdicts
    assert code_text("We will get the job done whatever you decide.", "q9").stance != "Yes"
    assert rules_letter("Option One. What would help is enough staff to do the job.", "q9").stance is None


def test_a_qualified_no_is_a_no_and_a_qualified_one_is_mixed():
    # hedged answers count as the answer (the labelling convention); "a qualified one" with no answer named is Mixed
    section = "Our answer is a qualified no: we would not add to the list now, though we would look at it again later."
    assert code_text(section, "q12").stance == "No"
    assert code_text("Our answer is a qualified yes.", "q9").stance == "Yes"
    assert code_text("Our answer is a qualified one: right in principle, too weak as drafted.", "q9").stance == "Mixed"


def test_a_split_answer_yes_in_principle_no_in_its_form_is_mixed():
    section = "Our answer to this question is therefore a split one: yes in principle, no in its present form."
    assert code_text(section, "q9").stance == "Mixed"
    assert code_text("Our answer to this question is therefore a firm one: yes.", "q9").stance == "Yes"


def test_of_two_minds_half_favourable_and_fine_for_some_are_mixed():
    assert letter("On Option Three the Panel is of two minds.", "q13").stance == "Mixed"
    assert letter("Our view of Option Two is half favourable, half not.", "q11").stance == "Mixed"
    assert code_text("So: fine for some, not for us.", "q13").stance == "Mixed"
    assert code_text("So: it is fine for us.", "q13").stance == "Yes"


def test_something_to_offer_then_a_reservation_is_a_concession():
    text = "Option Three has something to offer, but we cannot back it as the answer."
    assert letter(text, "q13").stance == "Mixed"
    assert letter("Option Three has something to offer.", "q13").stance == "Yes"
    assert letter("Option Three has its merits, but we cannot back it as the answer.", "q13").stance == "Mixed"
    text = 'I can see the sense in a statutory footing. But I\'m not convinced a "due regard" duty will change much.'
    assert letter(text, "q9").stance == "Mixed"


def test_the_lever_we_have_been_missing_is_support():
    text = "A duty of due regard on each of our organisations is the lever we have been missing."
    assert letter(text, "q9").stance == "Yes"
    assert rules_letter("Funding is the lever we have been missing.", "q9").stance is None


def test_a_list_of_who_should_carry_the_duty_is_the_schedule_6_list():
    codes = code_letter("As a list of who should carry the duty, we think it is the right one.")
    assert codes["q10"].stance == "Yes" and codes["q9"].stance is None
    assert letter("As a duty, we think it is the right one.", "q9").stance == "Yes"


def test_either_of_them_judges_each_option_just_named():
    text = (
        "The first option is a duty on councils, and the second one does it through Community Safety Partnerships "
        "instead. I don't think either of them would get anywhere near the vision."
    )
    codes = code_letter(text)
    assert codes["q9"].stance == "No" and codes["q11"].stance == "No"
    text = (
        "The first option is a duty on councils, and the second one does it through Community Safety Partnerships "
        "instead. I don't think the second would get anywhere near the vision."
    )
    assert code_letter(text)["q9"].stance is None


# ---------------------------------------------------------------------------- round 24, second part (b433-b440)
def test_boxes_ticked_with_a_filled_mark_and_both_ticked():
    # "(•)" marks the box ticked as forms copied from the web print it; both Yes and No ticked is partly each
    assert code_text("( ) Yes   (•) No   ( ) Don't know", "q11").stance == "No"
    assert code_text("( ) Yes   ( ) No   (•) Don't know", "q11").stance == "Unclear"
    assert code_text("(•) Yes   (•) No   ( ) Don't know Why: I've marked both on purpose.", "q10").stance == "Mixed"
    assert code_text("[x] Yes [ ] No [ ] Don't know", "q10").stance == "Yes"


def test_the_comment_under_a_ticked_box_can_qualify_or_change_it():
    # the respondent's words under the box: "Only partly" (leading the comment) and "our answer is now No"
    assert (
        code_text("☒ Yes ☐ No ☐ Don't know\n\nComment: Partly, and the tick is a qualified one.", "q13").stance
        == "Mixed"
    )
    assert (
        code_text("[x] Yes [ ] No\n\nComment: Only partly, and the tick should be read that way.", "q10").stance
        == "Mixed"
    )
    text = "[x] Yes [ ] No\n\nComment: The committee ticked Yes before reading the paper. Our answer is now No."
    assert code_text(text, "q9").stance == "No"
    assert (
        code_text("[x] Yes [ ] No\n\nComment: Partly because of funding, we think this is right.", "q9").stance == "Yes"
    )


def test_going_along_with_part_of_it_is_mixed():
    assert letter("I can go along with part of the vision.", "q8").stance == "Mixed"
    assert letter("We can only half sign up to the vision.", "q8").stance == "Mixed"
    assert letter("I can go along with the vision.", "q8").stance == "Yes"


def test_a_choice_among_the_options_under_a_shared_heading_is_the_option_chosen():
    # the heading "Community Safety Partnerships" over Q11 and Q12: the choice is Option Two's, not the list's
    section = "If I had to pick one of the three options, it would be the one that works through community safety partnerships."
    assert code_text(section, "q12").stance in (None, "Unclear")
    assert code_text(section, "q11").stance == "Yes"


def test_not_lengthening_the_list_of_statutory_partners_is_no():
    assert code_text("I would not, however, lengthen the list of statutory partners.", "q12").stance == "No"
    assert code_text("We would lengthen the list of statutory partners.", "q12").stance == "Yes"
    # a gerund is judged by its predicate
    assert code_text("Lengthening the list of statutory partners would not help us.", "q12").stance == "No"


def test_what_the_paper_seems_keen_on_is_not_the_respondents_view():
    assert code_text("Which leaves the option the paper itself seems least keen on.", "q13").stance in (None, "Unclear")
    assert code_text("It is the option we are least keen on.", "q13").stance == "No"


# ---------------------------------------------------------------------------- round 24, third part (b441-b448)
def test_not_for_me_to_say_is_no_view_and_not_for_me_is_a_no():
    text = "Whether the bodies in Schedule 6 are the right ones to carry the duty is not for me to say."
    assert code_text(text, "q10").stance in (None, "Unclear")
    assert code_text("Schedule 6 is not for me.", "q10").stance == "No"


def test_some_of_them_judged_is_not_the_option_judged():
    section = "Some of them are excellent; two have not met at chief officer level for more than a year."
    assert code_text(section, "q11").stance in (None, "Unclear")
    assert code_text("They are excellent.", "q11").stance == "Yes"


def test_something_they_are_not_is_no_denied_predicate():
    text = "The focus is modest: it asks agencies to share, not to become something they are not."
    assert rules_letter(text, "q8").stance is None
    assert code_text("The focus is right; its silence on adults is not.", "q8").stance != "Yes"


def test_worse_than_useless_is_no_comparison():
    # an idiom of the thing judged, not one option set against another
    codes = code_letter("Option One would be worse than useless.")
    assert codes["q9"].stance == "No" and codes["q11"].stance is None
    codes = code_letter("Option One would be worse than Option Two.")
    assert codes["q9"].stance == "No" and codes["q11"].stance == "Yes"
    assert code_text("So yes to the law, but with someone watching.", "q9").stance == "Yes"


def test_a_harm_the_option_would_stop_is_for_it():
    text = "A duty on each named body is the surest way to stop serious violence slipping down the agenda."
    assert code_text(text, "q9").stance == "Yes"
    assert code_text("The duty would see serious violence slipping down the agenda.", "q9").stance == "No"
    # Prevent, the counter-terrorism duty, prevents nothing here
    text = "The association with Prevent would make the new duty harder, not easier, for schools to explain."
    assert code_text(text, "q10").stance != "Yes"


def test_seeing_the_sense_in_it_is_the_respondents_own_only():
    assert code_text("I can see the sense in putting this on a statutory footing.", "q9").stance == "Yes"
    text = (
        "The police and health worked together because they could see the sense in it, not because a law told them to."
    )
    assert code_text(text, "q9").stance != "Yes"


# ---------------------------------------------------------------------------- round 24, fourth part (b449-b456)
def test_it_is_not_considered_that_denies_what_follows():
    # the impersonal passive of official letters, and "unable to" agree or support
    assert (
        code_text("It is not considered that the list of statutory partners should be lengthened.", "q12").stance
        == "No"
    )
    assert (
        code_text("It is considered that the list of statutory partners should be lengthened.", "q12").stance == "Yes"
    )
    assert (
        code_text("The Trust finds itself unable to agree that the vision and focus are correct.", "q8").stance == "No"
    )
    assert code_text("We are unable to support Option One.", "q9").stance == "No"
    assert code_text("We are able to support Option One.", "q9").stance == "Yes"


def test_what_the_vision_calls_for_is_a_yardstick():
    text = "The Office is not persuaded that the non-legislative approach would deliver the accountability that the vision itself calls for."
    codes = code_letter(text)
    assert codes["q13"].stance == "No" and codes["q8"].stance is None


def test_a_ranking_by_what_comes_first_and_last():
    codes = code_letter(
        "Put in order, the voluntary approach comes first for us and the duty on named bodies last, since it would "
        "turn pastoral staff into compliance officers."
    )
    assert codes["q13"].stance == "Yes" and codes["q9"].stance == "No"
    codes = code_letter(
        "Placed in order, the duty on named bodies comes first for us, the voluntary approach second and the partnership route last."
    )
    assert codes["q9"].stance == "Yes" and codes["q11"].stance == "No"
    # an option the writer cannot place is not given the place of the next
    codes = code_letter(
        "If I have to put your three options in order, then the voluntary one comes first for me, the partnership one "
        "I can't place, and the new duty comes last."
    )
    assert codes["q13"].stance == "Yes" and codes["q9"].stance == "No" and codes["q11"].stance != "No"


# ---------------------------------------------------------------------------- round 25 (b481-b488)
def test_each_option_judged_in_turn_takes_only_its_own_predicate():
    # one clause, several subjects, each with a predicate of its own: the verdicts do not spread to the others
    codes = code_letter("Option One is excellent, Option Two is weak and Option Three is hopeless.")
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == ("Yes", "No", "No")
    codes = code_letter("We support Option One, Option Two would be too slow.")
    assert codes["q9"].stance == "Yes" and codes["q11"].stance != "Yes"
    # the verb left out after the first ("the partnership route a poor second"): no praise for the second or third
    text = (
        "Set side by side, the due regard duty is the strongest of the three, the Community Safety Partnership route a "
        "poor second, and the voluntary approach a distant third."
    )
    assert rules_letter(text, "q9").stance == "Yes"
    assert rules_letter(text, "q11").stance != "Yes" and rules_letter(text, "q13").stance != "Yes"
    # the sentence classifier reads the sentence as a whole, so it may give the others its verdict: for a person only
    codes = code_letter(text)
    assert codes["q9"].stance == "Yes" and all(
        codes[q].stance != "Yes" or (codes[q].method == "model" and codes[q].confidence < REVIEW)
        for q in ("q11", "q13")
    )
    # several subjects of one predicate stay together, first as well as last
    codes = code_letter("Option One, Option Two and Option Three are all flawed.")
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == ("No", "No", "No")
    codes = code_letter("Option One and Option Two are both good, and Option Three is not.")
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == ("Yes", "Yes", "No")
    codes = code_letter("Option One and Option Two would both achieve the vision.")
    assert codes["q9"].stance == "Yes" and codes["q11"].stance == "Yes"


def test_a_plain_word_of_praise_or_blame_said_of_the_option():
    assert code_text("Option Two is good.", "q11").stance == "Yes"
    assert code_text("Option Two is not good.", "q11").stance == "No"
    assert code_text("Option Two is pretty weak.", "q11").stance == "No"
    assert code_text("Option Two is hopeless.", "q11").stance == "No"
    # other subjects, or the word about something else
    assert code_letter("We recognise the concern that some partnerships are weak.")["q11"].stance is None
    assert code_letter("The partnerships are weak.")["q11"].stance is None
    assert code_letter("Option Two is good at bringing people together.")["q11"].stance is None
    assert code_letter("It is good that Option Two exists.")["q11"].stance is None
    # a part of what there is now praised, then a reservation, is not a concession about the option
    text = "There is a great deal of voluntary partnership working in Wales, and much of it is good. But it depends on individuals."
    assert code_text(text, "q13").stance == "No"


def test_none_of_them_after_a_list_denies_what_follows():
    text = (
        "As for the three options, a new duty on the councils and schools, handing it to the community safety "
        "partnerships, or leaving areas to get on with it themselves, none of them will make a blind bit of difference "
        "to a lad with a hammer."
    )
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == ("No", "No", "No")
    codes = code_letter(text.replace("none of them will make a blind bit of", "each of them will make a real"))
    assert codes["q11"].stance == "Yes" and codes["q13"].stance == "Yes"


def test_a_conclusion_declined_is_not_drawn():
    for text in (
        "Some families have strong feelings about Prevent, but that is not the same thing as saying the list is wrong.",
        "That is not to say the list is wrong.",
        "This does not mean the list is wrong.",
        "None of this means the list is wrong.",
    ):
        assert code_text(text, "q10").stance not in ("Yes", "No"), text
    assert code_text("That is to say, the list is wrong.", "q10").stance == "No"


def test_the_vision_as_where_an_option_leads_or_what_it_launches():
    codes = code_letter(
        "We do not see how that would get the vision off the ground in schools, and we would not recommend going down "
        "that road."
    )
    assert codes["q8"].stance is None
    codes = code_letter(
        "Option One is the surest way of getting to the vision the paper describes, and I would welcome it."
    )
    assert codes["q8"].stance is None and codes["q9"].stance == "Yes"
    assert code_letter("The vision is right and we welcome it.")["q8"].stance == "Yes"


def test_an_aside_in_our_assessment_between_the_verb_and_its_complement():
    codes = code_letter("None of the three options, as drafted, would in our assessment achieve that vision.")
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == ("No", "No", "No")
    # read by the rule for "would achieve", denied by "none of", not left to the sentence classifier
    assert all("would achieve' + negation" in codes[q].rule for q in ("q9", "q11", "q13"))


def test_how_well_an_option_serves_or_fits_the_place():
    assert code_text("The voluntary route would serve Calderbrook well.", "q13").stance == "Yes"
    assert code_text("The third option fits the Welsh landscape well.", "q13").stance == "Yes"
    assert code_text("The voluntary route fits poorly with our arrangements.", "q13").stance == "No"
    assert code_text("The voluntary route would not serve us well.", "q13").stance == "No"
    assert code_text("The voluntary route would serve no one well.", "q13").stance != "Yes"
    # praise of what there is already, and a name that happens to hold the word
    assert code_text("Co-option has served us well.", "q9").stance != "Yes"
    text = "Any new arrangement must fit the Well-being of Future Generations (Wales) Act 2015."
    assert code_letter(text)["q9"].stance != "Yes"


def test_other_senses_of_support_and_of_legislation():
    # help given to a number of people, a kind of housing, another law
    text = "The homework club supports about twenty children, several of whom have lost a brother to prison."
    assert code_text(text, "q9").stance not in ("Yes", "No")
    text = "Care leavers are often in supported or temporary accommodation where exploitation thrives."
    assert code_text(text, "q10").stance not in ("Yes", "No")
    text = "If the list includes us, then frankly the list is wrong, and it was copied across from the Prevent legislation."
    codes = code_letter(text)
    assert codes["q9"].stance is None
    assert code_letter("We support new legislation.")["q9"].stance == "Yes"
    # the list named by where it was borrowed from is still the list
    text = "We are uneasy about borrowing a list from counter-terrorism legislation."
    assert code_letter(text)["q10"].stance == "No"


def test_an_attitude_of_others_is_theirs():
    assert code_letter("Some colleagues in the voluntary sector are uneasy about Option One.")["q9"].stance is None
    assert code_letter("We are uneasy about Option One.")["q9"].stance == "No"


def test_a_bare_reply_to_a_view_just_reported_answers_that_view():
    text = (
        "My neighbour's son is a councillor and he says there are too many bodies on these partnerships already. "
        "With respect to him, I don't agree."
    )
    assert code_text(text, "q12").stance != "No"
    assert code_text("With respect to him, I don't agree.", "q12").stance == "No"


def test_additions_with_a_contracted_would_and_none_wanted():
    assert code_text("I'd add the schools and academies.", "q12").stance == "Yes"
    assert code_text("I wouldn't add any.", "q12").stance == "No"
    assert code_text("We would not add any more.", "q12").stance == "No"
    assert code_text("We would not add any new duty.", "q12").stance != "No"
    text = "The paper also asks whether more organisations should be made members. I wouldn't add any."
    assert code_letter(text)["q12"].stance == "No"


def test_drawn_too_tightly_and_no_reason_to_depart_from_it():
    assert code_text("The paper's focus is drawn too tightly to do the job here.", "q8").stance == "No"
    assert code_text("I see no reason to depart from it.", "q10").stance == "Yes"
    assert code_text("We see no reason to change it.", "q10").stance == "Yes"
    assert code_text("There is every reason to change it.", "q10").stance != "Yes"


def test_a_benefit_brought_with_nothing_in_it():
    assert code_letter("Option Two would bring no obvious gain.")["q11"].stance == "No"
    assert code_letter("Option Two would deliver little benefit.")["q11"].stance == "No"
    assert code_letter("Option Two would bring real gains.")["q11"].stance == "Yes"
    assert code_letter("Option Two would bring no end of benefits.")["q11"].stance != "No"


def test_less_of_a_harm_is_not_the_harm():
    assert code_text("A voluntary approach would be less bureaucratic.", "q13").stance != "No"
    assert code_text("A voluntary approach would mean no more burdens.", "q13").stance != "No"
    assert code_text("A voluntary approach would be bureaucratic.", "q13").stance == "No"


# ---------------------------------------------------------------------------- round 25, second part (b489-b496)
def test_a_bare_count_of_members_is_a_report_and_a_share_is_the_bodys_view():
    text = "Two of our foundation governors feel strongly that a legal duty is long overdue."
    assert code_letter(text)["q9"].stance is None
    assert code_letter("Two thirds of our governors feel that a legal duty is long overdue.")["q9"].stance == "Yes"


def test_the_least_workable_is_a_no():
    text = "Putting the duty into Community Safety Partnerships would be the least workable of the three options."
    assert code_text(text, "q11").stance == "No"
    assert code_text("Option Two would be the most workable.", "q11").stance == "Yes"


def test_none_of_them_after_a_list_set_off_by_dashes():
    text = (
        "As for the three options - the duty, the CSPs, the voluntary one - none of them will make a blind bit of "
        "difference on our street."
    )
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == ("No", "No", "No")


def test_a_harm_saved_is_for_it():
    assert code_text("Borrowing that list saves reinventing the wheel.", "q10").stance == "Yes"
    assert code_text("It would avoid reinventing the wheel.", "q10").stance == "Yes"
    assert code_text("It would mean reinventing the wheel.", "q10").stance == "No"


def test_not_wanting_its_adoption_delayed_is_for_it():
    text = "We would not want its adoption delayed by argument at the margins."
    assert code_text(text, "q10").stance == "Yes"
    assert code_text("We would not want the list trimmed.", "q10").stance == "Yes"
    assert code_text("We would not want it adopted.", "q10").stance == "No"


def test_short_blunt_answers():
    assert code_text("Can't argue with any of it.", "q8").stance == "Yes"
    assert code_text("No complaints from me on this one.", "q8").stance == "Yes"
    assert code_text("Add the fire service and the GP surgeries, at the very least.", "q12").stance == "Yes"
    assert code_text("Add to that the cost of training.", "q12").stance != "Yes"
    assert code_text("Option Three, every time.", "q13").stance == "Yes"
    assert code_text("It fails, every time.", "q13").stance != "Yes"
    assert code_text("It happens every time.", "q13").stance != "Yes"
    assert code_text("Hand this job to them and it will die quietly in a minute book.", "q11").stance == "No"
    assert code_text("The row would die down in time.", "q11").stance != "No"


# ---------------------------------------------------------------------------- round 25, third part (b497-b504)
def test_our_support_denied_or_partial():
    assert code_text("It does not have our support.", "q9").stance == "No"
    assert code_text("It has our support.", "q9").stance == "Yes"
    text = "Our support for Option One is therefore partial: the duty, yes; leaving the convening open, no."
    assert code_letter(text)["q9"].stance == "Mixed"
    assert code_letter("We give Option One our qualified support.")["q9"].stance == "Mixed"
    text = "Our answer to this question is therefore yes in part: the right partners, but not all of them."
    assert code_text(text, "q10").stance == "Mixed"
    assert code_text("Our answer to this question is therefore yes.", "q10").stance == "Yes"


def test_the_advice_to_leave_it_as_it_is_keeps_the_present_way():
    # the present way is the list kept (Q10) and the voluntary approach (Q13); the changes are the others
    assert code_text("Leave it as it is but do it properly.", "q13").stance == "Yes"
    assert code_text("Leave it as it is.", "q10").stance == "Yes"
    assert code_text("Leave it as it is.", "q9").stance == "No"
    # what an option would do, and a warning, are not that advice
    assert code_text("A voluntary approach would leave things as they are.", "q13").stance == "No"
    assert code_text("Leave it as it is and you will get what we got.", "q13").stance == "No"
    text = "We do not think the answer is to leave things as they are."
    assert code_text(text, "q13").stance == "No" and code_text(text, "q9").stance == "Yes"


def test_what_was_set_aside_first_is_not_what_is_chosen():
    codes = code_letter("Having set aside the CSP route, we come down in favour of the Government's preferred option.")
    assert codes["q9"].stance == "Yes" and codes["q11"].stance != "Yes"


def test_a_body_named_by_its_initials_reports_its_own_view():
    text = "The LGA has suggested that schools should become statutory partners in CSPs."
    assert code_text(text, "q12").stance != "Yes"
    assert code_text("Schools should become statutory partners in CSPs.", "q12").stance == "Yes"


# ---------------------------------------------------------------------------- round 25, fourth part (b505-b512)
def test_none_of_them_after_a_colon_and_an_aside():
    text = (
        "A new legal duty on councils, a rewrite of the rules for Community Safety Partnerships, or leaving everyone to "
        "get on with it voluntarily: I am afraid none of them would achieve the vision."
    )
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == ("No", "No", "No")


def test_what_the_respondent_would_rather_did_not_happen():
    text = "We would rather Parliament did not legislate for a further duty on individual bodies."
    assert code_text(text, "q9").stance == "No"
    assert code_text("I would rather the Government introduced a duty.", "q9").stance == "Yes"


def test_arguments_listed_and_expectations_of_the_respondent_are_not_verdicts():
    text = "In its favour, much of our best work has grown through partnerships people joined because they believed in them."
    assert code_letter(text)["q11"].stance is None
    text = "As a voluntary sector organisation we might be expected to favour this option."
    assert code_text(text, "q13").stance not in ("Yes", "No")
    assert code_letter("Left to voluntary arrangements, the vision would remain a vision.")["q8"].stance is None


# ---------------------------------------------------------------------------- round 25, fifth part (b513-b520)
def test_a_reason_with_a_subject_of_its_own_takes_its_own_predicate():
    codes = code_letter("We support Option One because Option Two would not reach the schools.")
    assert codes["q9"].stance == "Yes" and codes["q11"].stance == "No"
    assert code_letter("We oppose Option One because it would duplicate the safeguarding duty.")["q9"].stance == "No"


def test_options_named_together_under_one_noun():
    codes = code_letter("Options One and Two are both good.")
    assert codes["q9"].stance == "Yes" and codes["q11"].stance == "Yes" and codes["q13"].stance is None
    codes = code_letter("Options 2 and 3 would not work.")
    assert codes["q9"].stance is None and codes["q11"].stance == "No" and codes["q13"].stance == "No"
    codes = code_letter("We do not see Options One and Two as rivals.")
    assert codes["q9"].stance == "Yes" and codes["q11"].stance == "Yes"


def test_a_cost_accepted_for_what_it_buys():
    text = "It will mean more paperwork for people like me, and I would accept that as the price of getting them in."
    assert code_text(text, "q9").stance != "No"
    assert code_text("It will mean more paperwork for people like me.", "q9").stance == "No"


def test_what_is_put_off_until_the_option_is_tried_is_not_chosen():
    text = "I would urge the Home Office to give the voluntary route a fair trial before reaching for legislation."
    codes = code_letter(text)
    assert codes["q13"].stance == "Yes" and codes["q9"].stance is None


# ---------------------------------------------------------------------------- round 25, sixth part (b521-b528)
def test_none_of_the_three_with_an_aside_after_a_dashed_list():
    text = (
        "A duty on named bodies, a rewrite of Community Safety Partnerships, carrying on voluntarily - none of the three, "
        "in our view, would achieve the vision."
    )
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == ("No", "No", "No")


def test_a_negation_inside_a_condition_put_first_does_not_reach_the_main_clause():
    text = (
        "Provided the guidance recognises that a prison serves many areas, and does not expect a governor to attend "
        "fourteen meetings, I would welcome the duty on that basis."
    )
    assert code_text(text, "q9").stance == "Yes"
    assert code_text("If it is funded, we would not support it.", "q9").stance == "No"


def test_cannot_fault_and_nothing_to_recommend_on_it():
    assert code_text("I can't fault the vision either.", "q8").stance == "Yes"
    assert code_text("We have nothing to recommend on it.", "q11").stance not in ("Yes", "No")
    assert code_text("It has nothing to recommend it.", "q11").stance == "No"
    text = (
        "The Forum has spent five years trying to agree a common information-sharing protocol with the health bodies."
    )
    assert code_text(text, "q13").stance not in ("Yes", "No")


# ---------------------------------------------------------------------------- round 26 (b537-b558)
def test_the_voluntary_sector_named_with_its_neighbours_is_no_option():
    text = (
        'But a duty to "have due regard" is thin, it says nothing about the role of the voluntary and faith sector, '
        "and we fear it will produce paperwork rather than people."
    )
    codes = code_letter(text)
    assert codes["q9"].stance == "No" and codes["q13"].stance is None
    assert (
        code_letter("The voluntary, community and social enterprise sector will carry the work.")["q13"].stance is None
    )
    assert code_letter("A voluntary and faith-based approach would not work.")["q13"].stance == "No"


def test_a_partnerships_heading_over_who_sits_on_them_answers_q12_only():
    letter = (
        "The vision\n\nWe think the vision is correct.\n\nCommunity safety partnerships\n\nWe have one point to make here. "
        "Education has no statutory place on our local community safety partnership, and our contact with it runs "
        "through the council. The statutory membership of the partnerships should be widened to include education.\n"
    )
    codes = code_letter(letter)
    assert codes["q12"].stance == "Yes" and codes["q11"].stance is None


def test_a_line_holding_a_sentence_then_a_lead_in_is_no_heading():
    text = "Yes, the statutory partners should be extended. We would add:\n\n1. the police;\n2. schools.\n\nWe would not make the voluntary sector a statutory partner."
    assert code_text(text, "q12").stance == "Yes"
    assert code_text("Yes, the statutory partners should be extended. We would add:", "q12").stance == "Yes"


def test_a_relative_clause_describes_its_own_noun():
    text = "It does, however, leave out Clinical Commissioning Groups, which hold the budgets for the services most likely to change outcomes."
    assert code_text(text, "q10").stance == "No"
    text = "There is no mention of the Public Services Boards, which are the natural place for prevention work here."
    assert code_text(text, "q10").stance == "No"
    assert code_letter("We support Option One, which we believe would achieve the vision.")["q9"].stance == "Yes"
    text = "- fire and rescue authorities, whose home safety visits reach households other services do not; and"
    assert code_text(text, "q10").stance not in ("Yes", "No")


def test_an_argument_cited_in_its_favour_is_not_the_respondents():
    assert code_text("The Scottish unit is often cited in its favour.", "q13").stance not in ("Yes", "No")
    assert code_text("We are in its favour.", "q13").stance == "Yes"


def test_support_as_a_role_is_no_verdict():
    text = (
        "We would keep the convening elements of Option Three, but as support for a duty and not a substitute for one."
    )
    assert code_letter(text)["q9"].stance != "Mixed"
    assert code_text("As a council we support a duty on named bodies.", "q9").stance == "Yes"


def test_a_warning_about_one_form_of_the_target_is_a_lean():
    assert code_text("A duty would leave us where we are now.", "q9").confidence >= 0.75
    code = code_text("A duty with vague guidance would leave us where we are now.", "q9")
    assert code.stance == "No" and code.confidence < 0.75
    text = "We back the preferred option. A duty with vague guidance would leave us where we are now."
    assert code_letter(text)["q9"].stance == "Yes"


def test_where_the_respondent_parts_company_is_the_duty_itself():
    text = 'Where I part company with the paper is the proposal to write a new "due regard" duty into law for schools.'
    assert code_text(text, "q9").stance == "No"
    assert code_text("Where I part company with the paper is its silence on adults.", "q8").stance == "Mixed"


def test_goodwill_valued_but_not_enough_on_its_own_rejects_the_voluntary_way():
    text = "Goodwill is valuable, but on its own it has not been enough for the young men we work with."
    assert code_text(text, "q13").stance == "No"
    assert code_text("A duty is valuable, but on its own it has not been enough.", "q9").stance == "Mixed"


def test_keen_on_voluntary_kept_and_no_further():
    assert code_text("I'm not keen on the first option.", "q9").stance == "No"
    assert code_text("We are keen on it.", "q9").stance == "Yes"
    assert code_text("We are keen to see it work.", "q9").stance not in ("Yes", "No")
    assert code_letter("If you must pick one of the three, leave it voluntary.")["q13"].stance == "Yes"
    assert code_letter("What I do know is it can't be voluntary.")["q13"].stance == "No"
    assert code_letter("As for the option of keeping things voluntary, we cannot see it working.")["q13"].stance == "No"
    text = "Voluntary effort has taken us part of the way and will take us no further."
    assert code_letter(text)["q13"].stance == "No"
    assert code_text("A duty would take us further.", "q9").stance != "No"


def test_a_body_said_not_to_belong_on_the_list():
    text = "Nor do I think primary schools belong on the list borrowed from the counter-terrorism legislation."
    assert code_letter(text)["q10"].stance == "No"
    assert code_text("Schools should not be on the list.", "q10").stance == "No"
    assert code_text("Schools belong on the list.", "q10").stance not in ("Yes", "No")


def test_an_objection_with_an_adverb_between():
    text = "We object in particular to governing bodies being named on the list at Annex A."
    assert code_letter(text)["q10"].stance == "No"
    assert code_text("We object strongly to it.", "q9").stance == "No"


def test_a_fronted_topic_then_a_duty_described_as_the_object():
    assert code_letter("On Option One, we would back a legal duty on councils.")["q9"].stance == "Yes"
    text = "I voluntarily do a few runs for the street pastors, and I support the youth football at our club."
    assert code_letter(text)["q13"].stance is None


def test_headings_with_a_bracketed_number_or_the_bare_vision_and_bulleted_answers():
    letter = "Vision (Q8)\n- I agree with it. That is right.\n\nOption Three (Q13)\n- No. If it is voluntary some places will not bother.\n"
    codes = code_letter(letter)
    assert codes["q8"].stance == "Yes" and codes["q13"].stance == "No"
    assert code_letter("Vision\nI agree with it.\n")["q8"].stance == "Yes"
    assert code_letter("Partnerships\nI agree with it.\n")["q11"].stance is None


def test_one_part_right_and_another_wrong():
    assert code_text("The vision gets the method right and the target wrong.", "q8").stance == "Mixed"
    assert code_text("The vision gets the method right.", "q8").stance == "Yes"


def test_a_duty_on_the_listed_bodies_is_the_option_not_the_list():
    codes = code_letter("We oppose a new duty of due regard on specified bodies.")
    assert codes["q9"].stance == "No" and codes["q10"].stance is None
    assert code_letter("The specified authorities are the right partners.")["q10"].stance == "Yes"


def test_others_sceptical_or_objecting_are_reported():
    text = "At both workshops a number of senior probation officers were sceptical about another duty."
    assert code_text(text, "q9").stance not in ("Yes", "No")
    text = "We know that many in the education sector will object to a duty on schools."
    assert code_text(text, "q9").stance not in ("Yes", "No")
    assert code_text("We are sceptical about the duty.", "q9").stance == "No"
    assert code_text("The Council is opposed to the duty.", "q9").stance == "No"
    text = "Those in favour pointed to schools; those against feared that a duty would make agencies defensive."
    assert code_text(text, "q9").stance not in ("Yes", "No")


def test_something_else_wanted_instead_is_not_the_option_carried_over():
    text = (
        "As for the three options, we have read them carefully, and we do not think that any of them would achieve "
        "the vision. We would urge the Home Office to put its effort into youth provision instead."
    )
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == ("No", "No", "No")


def test_a_choice_of_its_own_after_a_rejection_in_one_sentence():
    text = (
        "We do not believe a further statutory duty, whether placed on individual bodies or routed through Community "
        "Safety Partnerships, would move us forward, and we would favour building on voluntary partnership."
    )
    codes = code_letter(text)
    assert codes["q11"].stance != "Yes" and codes["q13"].stance == "Yes"
    assert code_letter("We have read Option Two, and we would support it.")["q11"].confidence >= 0.75


def test_agreeing_a_plan_and_agreed_guidance_are_no_verdicts():
    text = "The fourteen months it took to agree a single data-sharing arrangement is what partnership looks like."
    assert code_text(text, "q13").stance not in ("Yes", "No")
    text = "Clinicians will need clear, nationally agreed guidance on when information may be shared."
    assert code_text(text, "q13").stance not in ("Yes", "No")
    assert code_text("We broadly agreed the vision.", "q8").stance == "Yes"


def test_a_position_unchanged_and_a_view_taken_up_after_members_both_said():
    text = "We have listened to that concern, but it has not changed the board's position."
    assert code_text(text, "q9").stance not in ("Yes", "No")
    assert code_text("The duty has not changed anything.", "q9").stance == "No"
    text = (
        "Non-legislative approach (Question 13)\n\nOur board members both said that if nothing is required of them "
        "serious violence will fall down their agendas. We agree with them. Leaving this to local willingness leaves "
        "it to chance.\n"
    )
    assert code_letter(text)["q13"].stance == "No"


def test_no_mention_of_a_body_and_a_list_that_misses_some():
    text = "The core of the list is right, but it misses the bodies bereaved families depend on most."
    assert code_text(text, "q10").stance == "Mixed"
    assert code_text("There is no mention of schools.", "q12").stance == "Yes"


# ---------------------------------------------------------------------------- round 26, second part (b559-b566)
def test_most_likely_as_an_adverb_after_a_modal_is_no_preference():
    text = "A duty binding only statutory bodies will most likely produce more meetings between those bodies."
    assert code_text(text, "q9").stance != "Yes"
    assert code_text("It is the option most likely to work.", "q11").stance == "Yes"


def test_legislation_put_off_until_later_is_not_chosen():
    text = (
        "For now the Board would rather see the Government put its weight behind the voluntary route, and return to "
        "the question of legislation once that has been tried."
    )
    codes = code_letter(text)
    assert codes["q13"].stance == "Yes" and codes["q9"].stance is None


def test_the_governments_preference_named_is_no_verdict():
    text = "The Government's stated preference is for a duty on specified bodies to have due regard to violence."
    assert code_text(text, "q9").stance not in ("Yes", "No")
    assert code_text("First, on the new due regard duty the Government favours.", "q9").stance not in ("Yes", "No")
    text = "Should the Government proceed with the option it prefers, we would ask for clear guidance."
    assert code_text(text, "q9").stance not in ("Yes", "No")
    assert code_text("We prefer it.", "q9").stance == "Yes"


def test_what_bodies_are_required_by_law_to_do_is_no_need():
    text = "It would be competing with everything councils are required by law to do."
    assert code_text(text, "q13").stance not in ("Yes", "No")
    text = "The statutory members of each Public Services Board are required to assess local well-being."
    assert code_text(text, "q12").stance not in ("Yes", "No")
    assert code_text("A duty is required to make this work.", "q9").stance == "Yes"


def test_agreement_with_what_follows_a_colon():
    text = "The branch agrees: relying on goodwill would entrench the postcode lottery the paper itself describes."
    assert code_letter(text)["q13"].stance == "No"
    assert code_text("We agree.", "q8").stance == "Yes"


def test_praise_of_a_part_before_a_reservation_is_a_concession():
    text = "The vision: sound on prevention and data, but we cannot agree with a focus that leaves out violence in the home."
    assert code_text(text, "q8").stance == "Mixed"
    assert code_text("The vision rightly puts prevention first, but it is drawn too narrowly.", "q8").stance == "Mixed"
    assert (
        code_text("The Schedule 6 list is a reasonable starting point but an imperfect fit.", "q10").stance == "Mixed"
    )
    text = "The Schedule 6 bodies make a sound core, but a list with no place for housing cannot be the whole answer."
    assert code_text(text, "q10").stance == "Mixed"


def test_a_listed_body_said_not_to_be_named():
    text = "We do not think schools should be named in that way."
    assert code_text(text, "q10").stance == "No"
    assert code_text("We don't think CCGs need to be added to that list.", "q10").stance == "Yes"
    assert code_text("We do not believe anyone else needs to be named.", "q10").stance == "Yes"


def test_an_option_described_in_apposition_by_what_it_builds_on():
    text = (
        "The third option, building on partnerships that already exist rather than legislating afresh, looks to us the "
        "likeliest to achieve what the paper wants."
    )
    codes = code_letter(text)
    assert codes["q13"].stance == "Yes" and codes["q11"].stance is None


def test_all_of_them_after_a_count_of_routes_is_not_the_options():
    text = "We logged 23 incidents with a knife on board, nearly all of them on three routes serving schools."
    codes = code_letter(text)
    assert all(codes[q].stance is None for q in ("q9", "q11", "q13"))
    text = "As for the three options, we do not think that any of them would achieve the vision."
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == ("No", "No", "No")


# ---------------------------------------------------------------------------- round 26, third part (b567-b574)
def test_incomplete_said_of_the_target_is_a_reservation():
    text = "We welcome the weight the paper places on prevention; the vision is, however, incomplete in one respect."
    assert code_text(text, "q8").stance == "Mixed"
    assert code_text("The vision is right in its method but incomplete in its scope.", "q8").stance == "Mixed"
    assert code_text("The vision is incomplete.", "q8").stance == "No"
    assert code_text("Our data are incomplete.", "q8").stance not in ("Yes", "No")


def test_goodwill_that_has_not_been_enough():
    text = "Goodwill between agencies is valuable, but it changes with every change of personnel, and it has not been enough."
    assert code_text(text, "q13").stance == "No"
    assert code_text("A duty is welcome, but it has not been enough elsewhere.", "q9").stance == "Mixed"


def test_a_negated_verb_of_thinking_stops_at_a_new_clause_about_it():
    text = "We do not see what this duty would ask of us, and in a school of our size it would produce paperwork."
    assert code_text(text, "q9").stance == "No"
    text = "That list was made for another purpose, and for that reason I do not think it is the right list."
    assert code_text(text, "q10").stance == "No"


# ---------------------------------------------------------------------------- round 27 (b575-b582)
def test_the_government_choice_named_by_whoever_chose_it():
    # the option the spec calls the Government's preferred one, named in more words than a list holds: a target, and
    # its chooser's verb ("prefers", "favours") no cue of the respondent's
    text = "Of the three options we would put our weight behind the one the Home Office has said it prefers."
    codes = code_letter(text)
    assert codes["q9"].stance == "Yes" and codes["q11"].stance is None and codes["q13"].stance is None
    assert code_letter("We would not support the option the Home Office prefers.")["q9"].stance == "No"
    assert code_letter("We back the option favoured by the Government.")["q9"].stance == "Yes"
    # named, with no view of the respondent's on it: the Government's preference reported
    assert code_letter("The Home Office prefers a duty on individual organisations.")["q9"].stance is None
    text = "The duty the Home Office favours, due regard placed on each body separately, would pull in the wrong direction."
    assert code_letter(text)["q9"].stance == "No"


def test_what_it_would_repeat_or_where_it_would_pull():
    assert code_text("A non-statutory approach would repeat the past decade.", "q13").stance == "No"
    assert code_text("A voluntary approach would simply repeat those mistakes.", "q13").stance == "No"
    assert code_text("A voluntary approach would not repeat those mistakes.", "q13").stance == "Yes"
    assert code_text("A non-legislative option would in effect take us back to that group.", "q13").stance == "No"
    assert code_text("Revising CSPs by statute would pull in the opposite direction.", "q11").stance == "No"
    assert code_text("Revising CSPs by statute would pull in the same direction.", "q11").stance not in ("Yes", "No")


def test_less_than_another_route_is_against_it():
    text = "Moving the duty into CSPs would in our view achieve less than the other legislative route."
    assert code_text(text, "q11").stance == "No"
    # the same verb with nothing less about it is still a consequence in its favour
    assert code_text("Moving the duty into CSPs would in our view achieve a great deal.", "q11").stance == "Yes"


def test_kept_as_it_is_and_the_next_step():
    assert code_text("We have no real argument with the vision.", "q8").stance == "Yes"
    assert code_text("We recognise our own approach in it and would not seek to alter it.", "q8").stance == "Yes"
    assert code_text("We would seek to alter it.", "q8").stance not in ("Yes",)
    text = "The emphasis on early intervention matches our model, and we would not want to see any of those elements diluted."
    assert code_text(text, "q8").stance == "Yes"
    assert code_text("A non-statutory route seems to us the proportionate next step.", "q13").stance == "Yes"
    assert code_text("A non-statutory route is not the right next step.", "q13").stance == "No"
    assert code_text("We would want the Government's preferred option taken forward.", "q9").stance == "Yes"
    assert code_text("We want to know whatever is taken forward.", "q9").stance not in ("Yes", "No")


def test_attractions_then_a_fear_and_a_welcome_then_a_narrowing():
    text = "A due regard duty has real attractions, but we fear it would become a compliance exercise."
    assert code_text(text, "q9").stance == "Mixed"
    text = "We welcome the emphasis on prevention. However, the focus it adopts is narrower than the evidence warrants."
    assert code_text(text, "q8").stance == "Mixed"
    assert code_text("The vision is narrower than we would like.", "q8").stance == "No"
    assert code_text("The vision is broader than the old strategy.", "q8").stance not in ("Yes", "No")
    assert code_text("The vision leaves out domestic abuse.", "q8").stance == "No"
    assert code_text("The vision leaves out nothing that matters to us.", "q8").stance != "No"


def test_what_colleagues_saw_in_it_is_theirs():
    text = "Health colleagues saw merit in a duty that would sit alongside their existing functions."
    assert code_text(text, "q9").stance not in ("Yes", "No")
    assert code_text("We saw merit in a duty that would sit alongside our existing functions.", "q9").stance == "Yes"
    # their division is not the respondent's "no view"; the body's own members' is
    assert "divided" not in (code_text("Our partners are divided on it.", "q9").rule or "")
    assert code_text("Members are divided on it.", "q9").stance == "Unclear"


# ---------------------------------------------------------------------------- round 27, second part (b583-b590)
def test_alternatives_set_off_by_whether_are_not_a_question():
    text = (
        "Legislating now, whether through a due regard duty on named bodies or through amendments to the Community "
        "Safety Partnership framework, would in our view be premature."
    )
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q11"].stance) == ("No", "No")
    # an embedded question still is one: nothing asserted
    codes = code_letter("We cannot yet judge whether a due regard duty would be premature.")
    assert codes["q9"].stance != "No"


def test_neither_of_them_would_add_anything():
    text = (
        "Neither of the legislative options - a due regard duty on named organisations or a rewrite of the law on "
        "Community Safety Partnerships - would in our view add anything in Wales."
    )
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q11"].stance) == ("No", "No") and codes["q13"].stance is None
    assert code_text("Option One would add value.", "q9").stance == "Yes"
    assert code_text("Option One would not add anything.", "q9").stance == "No"


def test_none_of_the_three_would_of_itself_bring_about_the_vision():
    text = "None of the three, as framed, would of itself bring about the vision the paper describes."
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == ("No", "No", "No")
    # the vision as where the options should lead, not judged itself
    assert codes["q8"].stance is None
    codes = code_letter("We do not see that a duty on schools would help bring about the vision.")
    assert codes["q8"].stance is None and codes["q9"].stance == "No"


def test_more_evaluations_of_round_27():
    assert code_text("Recasting CSP duties in statute would cause real difficulty here.", "q11").stance == "No"
    assert code_text("Option One would generate uncertainty and litigation.", "q9").stance == "No"
    assert code_text("Option One would not cause any difficulty.", "q9").stance == "Yes"
    assert code_text("The current arrangements create confusion.", "q9").stance not in ("Yes", "No")
    assert code_text("The voluntary approach offers the surer path to the vision.", "q13").stance == "Yes"
    assert code_text("The voluntary approach is not the surer path to the vision.", "q13").stance == "No"
    assert code_text("We find the vision hard to fault.", "q8").stance == "Yes"
    assert code_text("The vision sits comfortably with the five ways of working.", "q8").stance == "Yes"
    assert code_text("The vision does not sit comfortably with our work.", "q8").stance == "No"
    assert code_text("The idea of a legal duty went down well on balance.", "q9").stance == "Yes"
    assert code_text("The idea of a legal duty did not go down well.", "q9").stance == "No"
    text = "Requiring each body to consider violence does nothing, of itself, to bring the partners to the same table."
    assert code_text(text, "q9").stance == "No"
    assert (
        code_text("We regard the Schedule 6 list as right in its core and wrong at its edges.", "q10").stance == "Mixed"
    )
    text = "We welcome its emphasis. However, the vision as drafted is narrower than the problem our clinicians see."
    assert code_text(text, "q8").stance == "Mixed"


def test_other_people_s_worries_and_arguments_noted():
    assert code_text("One or two worried it would just mean more forms.", "q9").stance not in ("Yes", "No")
    assert code_text("We worried it would just mean more forms.", "q9").stance == "No"
    text = "Members noted arguments for adding secondary schools and the youth justice service as statutory partners."
    assert code_text(text, "q12").stance not in ("Yes", "No")
    assert code_text("We would add secondary schools as statutory partners.", "q12").stance == "Yes"


def test_agreeing_a_plan_is_not_agreeing_with_the_target():
    text = (
        "A duty on each body does nothing to bring a school and a trust to the same table to agree a problem profile."
    )
    assert code_text(text, "q9").stance == "No"
    assert code_text("We agree with a duty on each body.", "q9").stance == "Yes"


def test_uncertain_what_a_duty_requires_is_no_view_on_it():
    text = "The formula would leave every specified body uncertain what compliance requires."
    assert code_text(text, "q9").stance != "Unclear" or code_text(text, "q9").confidence < 0.5
    assert code_text("We remain uncertain about Option One.", "q9").stance == "Unclear"


# ---------------------------------------------------------------------------- round 27, third part (b591-b598)
def test_judged_unlikely_that_it_would_deliver():
    assert code_text("We think it unlikely that Option One would deliver the vision.", "q9").stance == "No"
    assert code_text("We think Option One would deliver the vision.", "q9").stance == "Yes"


def test_a_reason_that_does_not_depend_on_who_is_in_post():
    text = "A due regard duty would give partners a reason to come to the table that does not depend on who happens to be in post."
    assert code_text(text, "q9").stance == "Yes"
    assert code_text("A voluntary approach depends on who happens to be in post.", "q13").stance == "No"
    text = "Those arrangements depend heavily on particular people, and when a supportive manager moves on, referrals dry up."
    assert code_text(text, "q13").stance == "No"


def test_a_supportive_person_is_no_verdict():
    assert code_text("When a supportive manager moves on, the referrals can dry up.", "q13").stance not in ("Yes", "No")
    assert code_text("We are supportive of the voluntary approach.", "q13").stance == "Yes"


def test_preferences_in_more_words():
    text = "On balance, a duty placed on each relevant body suits a two-tier county far better than the alternatives."
    assert code_text(text, "q9").stance == "Yes"
    assert code_text("Revising the CSP legislation is, for us, the most natural route.", "q11").stance == "Yes"
    text = "My own preference, for what it is worth, lies with giving the job to the community safety partnerships by statute."
    assert code_text(text, "q11").stance == "Yes"
    assert code_text("That is where members see the better prospect.", "q11").stance == "Yes"
    assert code_text("Amending the Act would have the merit of building on what exists.", "q11").stance == "Yes"
    assert code_text("Either statutory route would serve.", "q9").stance == "Yes"
    # a transitive "serve ... best" is a comparison, and here it is denied
    assert code_text("It is not, in our view, the route that would serve Wales best.", "q9").stance != "Yes"
    text = "That is why the third option, for all that the paper treats it as the weakest of the three, is the one that fits our circumstances."
    assert code_text(text, "q13").stance == "Yes"


def test_consequences_against_it_in_more_words():
    text = (
        "A further duty would, we fear, add a second set of plans and returns without adding anything for the victims."
    )
    assert code_text(text, "q9").stance == "No"
    assert code_text("A law like that wouldn't have done a thing for me at fourteen.", "q9").stance == "No"
    assert (
        code_text(
            "Rewriting the CSP legislation would multiply meetings long before it reduced violence.", "q11"
        ).stance
        == "No"
    )
    text = "A vision that treats victims as data points is not one we recognise, and we would ask that it be rewritten."
    assert code_text(text, "q8").stance == "No"
    assert code_text("We would ask that the vision be adopted.", "q8").stance != "No"


def test_part_answers_and_views_too_divided():
    assert code_text('Our answer to this one is "in part".', "q13").stance == "Mixed"
    assert (
        code_text(
            "A list that leaves out the agencies supervising children at risk is only partly fit for this purpose.",
            "q10",
        ).stance
        == "Mixed"
    )
    text = "Members' views on Option Two were too divided for the Forum to express one."
    assert code_text(text, "q11").stance == "Unclear"


def test_a_question_about_who_failed_is_no_view_withheld():
    text = (
        "The duties fall on the responsible authorities acting together, and where a partnership fails it is very "
        "difficult to say which of them is answerable."
    )
    assert code_letter(text)["q12"].stance is None
    text = "The duties fall on the responsible authorities acting together, and it is very difficult to say whether that works."
    assert code_letter(text)["q12"].stance == "Unclear"
    text = "Much of it has never been evaluated, and we cannot say with confidence which of it has worked."
    assert code_text(text, "q8").stance != "Unclear" or code_text(text, "q8").confidence < 0.5
    assert code_text("We cannot say whether the vision is right.", "q8").stance == "Unclear"


def test_additions_as_a_statutory_partner_or_proper_members():
    text = (
        "Alternative provision should also be brought inside the Community Safety Partnerships as a statutory partner."
    )
    assert code_text(text, "q12").stance == "Yes"
    text = "They should have to bring in people from outside the council as proper members, not just invite them along."
    assert code_text(text, "q12").stance == "Yes"


# ---------------------------------------------------------------------------- round 27, fourth part (b599-b606)
def test_a_subjunctive_after_a_relative_clause_resumes_the_main_clause():
    text = "We would ask that Business Improvement Districts, where they exist, be added to the statutory partners."
    assert code_letter(text)["q12"].stance == "Yes"
    text = "We would ask that BIDs, which hold much of the data, be added to the statutory partners."
    assert code_letter(text)["q12"].stance == "Yes"


def test_members_who_could_not_agree_on_the_question_hold_no_view():
    text = "Board members could not agree whether a 'due regard' duty on individual agencies would add anything."
    assert code_text(text, "q9").stance == "Unclear"
    assert code_text("We agree whether or not it is funded.", "q9").stance == "Yes"
    text = "We have concluded that the evidence does not allow us to answer that question; we decline to do so."
    assert code_text(text, "q11").stance == "Unclear"


def test_a_sentential_relative_sums_up_the_subject():
    text = "Option Two rests on a body that is not a legal person, which makes it the less satisfactory of the statutory routes."
    assert code_text(text, "q11").stance == "No"


def test_round_27_fourth_part_cues():
    assert code_text("In short, the Council leans towards Option Three.", "q13").stance == "Yes"
    assert code_text("On that, we are with you completely.", "q8").stance == "Yes"
    assert code_text("A due regard duty would do nothing for the kids we see. Count us out.", "q9").stance == "No"
    assert (
        code_text(
            "Rewriting its remit would produce a strategy and very little change in the playground.", "q11"
        ).stance
        == "No"
    )
    assert (
        code_text(
            "We would ask that early years providers be taken out of any list used for this purpose.", "q10"
        ).stance
        == "No"
    )
    assert code_text("It is an unhappy choice of list.", "q10").stance == "No"
    assert (
        code_text("Borrowing the same list would borrow the same mistrust, and we would not use it.", "q10").stance
        == "No"
    )
    assert code_text("A duty on each agency is what an authority like ours needs.", "q9").stance == "Yes"
    assert code_text("A duty on each agency is not what an authority like ours needs.", "q9").stance == "No"
    assert code_text("A bare duty on each agency is unlikely to shift practice.", "q9").stance == "No"
    assert code_text("Leaving it to voluntary effort would lock in today's postcode lottery.", "q13").stance == "No"
    text = "The voluntary option suits the way our clubs already work, but left to goodwill alone it will wither."
    assert code_text(text, "q13").stance == "Mixed"


def test_carrying_on_as_now_is_the_voluntary_option():
    text = (
        "As for carrying on as now: partnership by invitation has produced some good work, but it has never kept "
        "education at the table. More of the same would not close the gaps the paper identifies."
    )
    assert code_letter(text)["q13"].stance == "No"


# ---------------------------------------------------------------------------- round 28
def test_a_focus_drawn_too_tightly_after_a_welcome_is_a_concession():
    # (a judgement of the focus with no verb "is" before it: "considers the focus drawn too tightly")
    assert letter("We welcome the vision, but consider its focus drawn too tightly.", "q8").stance == "Mixed"
    assert letter("We welcome the vision, and consider its focus drawn from the evidence.", "q8").stance == "Yes"


def test_a_target_with_a_relative_clause_of_its_own_judged_incomplete():
    assert letter("A vision that says little about thresholds is incomplete.", "q8").stance == "No"
    assert rules_letter("A vision that says little about thresholds is the one on offer.", "q8").stance is None


def test_support_that_goes_only_part_of_the_way_is_mixed():
    assert letter("I can only go along with the vision in part.", "q8").stance == "Mixed"
    assert letter("I can go along with the vision.", "q8").stance == "Yes"
    assert letter("Part of me likes the voluntary option and part of me doesn't.", "q13").stance == "Mixed"
    assert letter("I like the voluntary option.", "q13").stance == "Yes"


def test_the_kind_of_thing_long_asked_for_is_praise():
    text = "The vision describes the kind of joined-up working that nurses have long been asking for."
    assert letter(text, "q8").stance == "Yes"
    assert no_view_read("The vision describes the kind of joined-up working that nurses do every day.", "q8")


def test_not_expected_to_deliver_and_not_felt_are_objections():
    assert letter("We would not expect a voluntary approach to deliver consistent results.", "q13").stance == "No"
    assert no_view_read("We would expect a voluntary approach to deliver consistent results.", "q13")
    assert letter("A new duty to have due regard will not be felt on our estate.", "q9").stance == "No"
    assert letter("A new duty to have due regard will be felt on our estate.", "q9").stance is None


def test_what_a_law_is_going_to_change_not_seen():
    text = 'I don\'t see what a law telling schools to "have due regard" to violence is going to change on my street.'
    assert letter(text, "q9").stance == "No"
    assert letter(text.replace("I don't see", "I can see"), "q9").stance is None


def test_tone_deaf_and_content_for_the_duty_to_follow_the_list():
    assert letter("Borrowing the Schedule 6 list for this duty is tone-deaf.", "q10").stance == "No"
    content = letter("We are content for the duty to follow the Schedule 6 list.", "q10")
    assert content.stance == "Yes" and content.method == "rule"
    assert letter("We are not content for the duty to follow the Schedule 6 list.", "q10").stance == "No"


def test_what_the_respondent_does_not_want_and_good_intentions_as_the_voluntary_option():
    text = "What I don't want is for this to be left to everyone's good intentions."
    assert letter(text, "q13").stance == "No"
    assert letter(text.replace("I don't want", "I want"), "q13").stance == "Yes"


def test_a_priority_agreed_an_agreed_route_and_bail_support_are_other_senses():
    assert "agreed" not in lex.mask_other_senses("the CSPs have already agreed a single violence priority")
    assert "agreed" not in lex.mask_other_senses("a simple, agreed route by which a CSP can ask for footage")
    assert "agreed" in lex.mask_other_senses("we have agreed with the vision")
    assert "support" not in lex.mask_other_senses("in diversion schemes and in bail support")
    text = "Option Three\n\nThe variation in diversion schemes and in bail support is what it has produced."
    assert code_letter(text)["q13"].stance != "Yes"


def test_adding_partners_judged_by_its_predicate():
    assert (
        letter("Adding to the list of statutory partners would make the partnerships more unwieldy.", "q12").stance
        == "No"
    )
    assert (
        letter("Adding to the list of statutory partners would make the partnerships stronger.", "q12").stance == "Yes"
    )
    text = "Community Safety Partnerships would be stronger with youth services as statutory members."
    assert letter(text, "q12").stance == "Yes"
    assert letter("Community Safety Partnerships would be stronger.", "q12").stance is None


def test_what_is_said_of_cases_described_is_not_said_of_the_target():
    text = (
        "Under Option One, professionals would pass information to the police in cases where a conversation with the "
        "family would have been the better course."
    )
    assert letter(text, "q9").stance != "Yes"
    assert letter("Option One would be the better course.", "q9").stance == "Yes"


def test_two_outcomes_either_possible_is_no_view():
    text = "Option One could prove its worth or settle into a compliance exercise; nothing in the paper allows us to predict which."
    assert letter(text, "q9").stance == "Unclear"
    assert letter("Option One would settle into a compliance exercise.", "q9").stance == "No"


def test_a_fine_foundation_but_a_poor_guarantee_is_a_concession():
    assert letter("Goodwill is a fine foundation but a poor guarantee.", "q13").stance == "Mixed"
    assert letter("Goodwill is a fine foundation.", "q13").stance == "Yes"


def test_what_fits_better_than_the_legislative_options_prefers_one_and_not_the_others():
    text = "A voluntary approach fits a district like ours far better than either of the legislative options."
    assert [letter(text, q).stance for q in ("q9", "q11", "q13")] == ["No", "No", "Yes"]


def test_a_division_at_first_is_no_longer_no_view():
    assert code_letter("Option One\n\nOur members were divided on this.")["q9"].stance == "Unclear"
    text = "Option One\n\nOur members were divided on this at first, but after discussion most took a practical view."
    assert code_letter(text)["q9"].stance != "Unclear"


# ---------------------------------------------------------------------------- round 28, second part (wave 12)
def test_little_to_disagree_with_is_agreement():
    assert letter("There is little in the vision we would disagree with.", "q8").stance == "Yes"
    assert letter("There is much in the vision we would disagree with.", "q8").stance == "No"


def test_an_arrangement_the_respondent_could_not_advise_anyone_to_accept():
    text = "Option One is not an arrangement I could advise a client to regard as workable."
    assert letter(text, "q9").stance == "No"
    assert letter(text.replace(" not", ""), "q9").stance == "Yes"


def test_reservations_after_praise_of_the_vision_make_concessions():
    text = "The vision is a step in the right direction, yet it treats serious violence almost wholly as a matter of young people."
    assert letter(text, "q8").stance == "Mixed"
    assert letter("The vision is a step in the right direction.", "q8").stance == "Yes"
    assert (
        letter("We welcome the emphasis on prevention, but the vision as written is lopsided.", "q8").stance == "Mixed"
    )
    assert letter("We welcome the vision. However, the vision draws its boundary too tightly.", "q8").stance == "Mixed"


def test_no_view_in_other_words():
    left_open = lex.lexicon_matches("We therefore leave the question of adding to the statutory partners open.")
    assert [m[2] for m in left_open] == ["Unclear"]
    assert letter("I know too little about how our CSP works to judge Option Two.", "q11").stance != "No"
    known = letter("Option Two\n\nI know too little about the partnerships to judge.", "q11")
    assert known.stance == "Unclear" and known.rule.startswith("lexicon unclear 'know too little")
    assert letter("Option Two does too little.", "q11").stance == "No"
    text = "I have no strong feelings either way about the Community Safety Partnership route."
    assert (letter(text, "q11").stance, letter(text, "q11").method) == ("Unclear", "rule")
    assert letter("I have strong feelings about Option Two: it would fail.", "q11").stance == "No"
    text = "Whether Option One would add anything is a question we cannot yet answer."
    assert (letter(text, "q9").stance, letter(text, "q9").method) == ("Unclear", "rule")


def test_both_ways_at_once_is_mixed():
    assert letter("On the third option, we have a foot in both camps.", "q13").stance == "Mixed"
    assert letter("We find ourselves pulled both ways on Option Three.", "q13").stance == "Mixed"
    assert letter("Option One has real merit and a real weakness.", "q9").stance == "Mixed"
    assert letter("Option One has real merit.", "q9").stance == "Yes"
    assert letter("The vision is not yet one I can endorse in full.", "q8").stance == "Mixed"
    assert letter("The vision is one I can endorse in full.", "q8").stance == "Yes"


def test_consequences_and_idioms_of_wave_12():
    assert letter("Option Two would unpick arrangements that are working.", "q11").stance == "No"
    assert letter("Option One would cost our members far more than the paper allows.", "q9").stance == "No"
    assert letter("The voluntary route has produced a postcode lottery.", "q13").stance == "No"
    assert letter("Making CSPs the statutory vehicle for the duty would be to build on sand.", "q11").stance == "No"
    assert letter("Option Two would entrench that unevenness.", "q11").confidence >= REVIEW
    assert (
        letter("Option One would amount to little more than a new label on existing work.", "q9").confidence >= REVIEW
    )
    assert letter("Option Two would multiply the work by five.", "q11").stance == "No"
    assert letter("A due regard duty would be Prevent all over again.", "q9").confidence >= REVIEW
    assert letter("Option One seems to us the likeliest to change how those bodies behave.", "q9").confidence >= REVIEW
    assert letter("The third option in your paper is more like it.", "q13").confidence >= REVIEW
    assert letter("We cannot see anyone on the Schedule 6 list who should not be.", "q10").stance == "Yes"


def test_where_it_is_needed_is_a_place():
    assert "needed" not in lex.mask_other_senses("the streets where it is needed", cues=True)
    assert letter("Option Two would put the work further from the streets where it is needed.", "q11").stance != "Yes"
    assert letter("Option Two is needed.", "q11").stance == "Yes"


def test_a_body_forced_onto_the_partnerships_is_refused_and_ought_to_include_asks():
    text = "Nor should head teachers be dragooned onto Community Safety Partnerships as statutory partners."
    assert letter(text, "q12").stance == "No"
    assert (
        letter("Head teachers should be on Community Safety Partnerships as statutory partners.", "q12").stance == "Yes"
    )
    text = "Under Option Two, their statutory membership ought to include the NHS trusts."
    assert letter(text, "q12").confidence >= REVIEW


# ---------------------------------------------------------------------------- round 29 (wave 13)
def test_no_prospect_that_denies_what_follows():
    text = "We see no prospect that a non-legislative route would bring the reluctant partners to the table."
    assert letter(text, "q13").stance == "No"
    assert letter(text.replace("We see no prospect that a", "A"), "q13").stance == "Yes"


def test_falling_short_of_what_is_needed_is_a_reservation():
    assert letter("Option One stops short of what is needed.", "q9").stance == "No"
    assert letter("Option One is what is needed.", "q9").stance == "Yes"
    text = "The option the Government prefers is a step in the right direction, but it stops short of what is needed."
    assert letter(text, "q9").stance == "Mixed"
    assert letter("The option the Government prefers is a step in the right direction.", "q9").stance == "Yes"


def test_a_list_that_holds_what_matters():
    assert letter("Schedule 6 captures most of the partners that matter.", "q10").stance == "Yes"
    text = "Schedule 6 captures most of the partners that matter, but it was drawn up for Prevent and it shows."
    assert letter(text, "q10").stance == "Mixed"
    assert letter("Schedule 6 draws the line where it should.", "q10").stance == "Yes"
    assert letter("Schedule 6 draws the line in the wrong place.", "q10").stance == "No"


def test_one_layer_more_of_any_number():
    assert letter("Option One would be a fourth layer of statutory reporting.", "q9").stance == "No"
    text = "A due regard duty has real merit, but in Wales it would be a fourth layer of statutory reporting."
    assert letter(text, "q9").stance == "Mixed"


def test_a_view_not_offered_or_a_conclusion_not_reached_is_unclear():
    assert letter("The County Council has not offered a view on the vision itself.", "q8").stance == "Unclear"
    assert letter("The County Council has not offered the vision any support.", "q8").stance == "No"
    text = "Option Two\n\nWe have weighed the case for giving the duty to Community Safety Partnerships and come to no firm conclusion."
    assert letter(text, "q11").stance == "Unclear"
    text = "Whether the CSP membership itself needs to grow is a question on which the CCG has not yet settled."
    assert letter(text, "q12").stance == "Unclear"


def test_the_vision_owned_or_left_as_it_is():
    assert letter("The Health Board recognises the vision as its own.", "q8").stance == "Yes"
    assert (
        letter("We recognise in the vision much of what our members have been saying for years.", "q8").stance == "Yes"
    )
    text = "We have nothing to add to the vision and would not take anything away from it."
    assert letter(text, "q8").stance == "Yes"
    assert letter("We would take a great deal away from the vision.", "q8").stance != "Yes"


def test_confidence_rank_and_weight_of_costs():
    assert letter("The Government's preferred option gives us most confidence.", "q9").stance == "Yes"
    assert letter("The Government's preferred option gives us little confidence.", "q9").stance == "No"
    assert letter("Option One is a real choice, and we would rank it below the second.", "q9").stance == "No"
    assert letter("Option One is a real choice, and we would rank it first.", "q9").stance == "Yes"
    assert letter("In our view the risks of Option One outweigh whatever it might add.", "q9").stance == "No"
    assert letter("In our view the benefits of Option One outweigh the risks.", "q9").stance == "Yes"
    assert letter("The duplication alone would outweigh whatever clarity Option Two brings.", "q11").stance == "No"


def test_consequences_of_wave_13():
    text = "We regard a duty of this kind on health bodies as more likely to set prevention back than to advance it."
    assert letter(text, "q9").stance == "No"
    assert letter("A non-legislative settlement would lock in that slowness.", "q13").stance == "No"
    text = "A duty placed on each organisation separately is unlikely to produce the joined-up working the paper describes."
    assert letter(text, "q9").stance == "No"
    text = "A duty placed on each organisation separately would produce the joined-up working the paper describes."
    assert letter(text, "q9").stance != "No"
    assert letter("The Board welcomes the principle of Option One but doubts it would work.", "q9").stance == "Mixed"
    assert letter("The Board welcomes the principle of Option One and is sure it would work.", "q9").stance == "Yes"


def test_few_as_subject_denies():
    assert letter("Few members saw CSPs as the right vehicle.", "q11").stance == "No"
    assert letter("Most members saw CSPs as the right vehicle.", "q11").stance == "Yes"
    assert letter("A few members saw CSPs as the right vehicle.", "q11").stance != "No"


def test_the_vision_seen_from_one_side_or_by_half():
    text = "The emphasis on prevention is welcome, but the vision is written almost entirely from the point of view of statutory agencies."
    assert letter(text, "q8").stance == "Mixed"
    # a part for the whole: right as far as it goes (the convention of "only half a vision")
    assert letter("A vision that says nothing about resources is only half of a vision.", "q8").stance == "Mixed"


def test_parts_right_and_parts_wrong_are_mixed():
    assert letter("Parts of the Schedule 6 list make sense to me and parts do not.", "q10").stance == "Mixed"
    assert letter("The Schedule 6 list makes sense to me.", "q10").stance == "Yes"
    text = "There is much in Option One that we can accept, and one part that we cannot."
    assert letter(text, "q9").stance == "Mixed"


def test_a_seat_needed_and_the_right_bodies_already_there():
    text = "Question 12\n\nIf the partnerships do end up with it, youth services need a guaranteed place on them."
    assert letter(text, "q12").stance == "Yes"
    text = "We are not asking for businesses to be made statutory partners, and we would be wary of lengthening the list for anyone else."
    assert letter(text, "q12").stance == "No"
    assert not stance._BODIES_NAMED.match("The partnership already includes the right bodies")
    assert stance._BODIES_NAMED.match("The youth services and the housing associations.")


def test_the_option_without_legislation_described():
    text = "Of the three approaches in the paper, the Committee leans towards the one that relies on local agreement rather than legislation."
    assert letter(text, "q13").stance == "Yes"


def test_a_named_body_supported_is_not_a_verdict():
    text = "We support the Thornby Moor Youth Club with a small annual grant, and our voluntary village warden keeps an eye on the playing field."
    assert letter(text, "q13").stance is None
    assert letter("We support the Voluntary Approach.", "q13").stance == "Yes"
    assert letter("We support the voluntary approach.", "q13").stance == "Yes"


# ---------------------------------------------------------------------------- round 29, second part (wave 14)
def test_the_governments_choice_keeps_its_head_noun_for_the_predicate():
    assert lex.mask_other_senses("The option the Government prefers would fail.", cues=True).split() == [
        "The",
        "option",
        "would",
        "fail.",
    ]
    assert letter("We think the option the Government prefers would fail.", "q9").stance == "No"
    assert letter("We think the option the Government prefers would succeed.", "q9").stance != "No"
    # ... but an option does not choose where the duty goes: a description, not a preference
    text = "The option the Government prefers would place a duty on each named body separately."
    assert letter(text, "q9").stance is None
    assert letter("Our trustees would place the duty on the CSPs.", "q11").stance == "Yes"


def test_what_the_vision_describes_is_a_yardstick():
    text = "We think Option One is unlikely to produce the coordinated local action the vision describes."
    assert letter(text, "q9").stance == "No"
    assert letter(text, "q8").stance is None
    assert letter("The approach the vision describes is right.", "q8").stance == "Yes"


def test_one_we_recognise_is_not_a_speaker():
    assert letter("The vision in the paper is one we recognise and are content with.", "q8").stance == "Yes"
    assert not lex.is_reported("The vision in the paper is one we recognise and are content with.")
    assert lex.is_reported("One member felt uneasy about the vision.")


def test_constructions_of_wave_14():
    assert letter("Voluntary working on its own is not a foundation for the next ten years.", "q13").stance == "No"
    assert letter("Voluntary working is a foundation for the next ten years.", "q13").stance != "No"
    text = "Much of the vision rings true to us, but it treats the young people concerned almost entirely as risks."
    assert letter(text, "q8").stance == "Mixed"
    assert letter("Much of the vision rings true to us.", "q8").stance == "Yes"
    assert letter("Half of the Prevent list is right for this purpose.", "q10").stance == "Mixed"
    assert letter("All of the Prevent list is right for this purpose.", "q10").stance == "Yes"
    assert letter("If there is to be a duty, it belongs with Community Safety Partnerships.", "q11").stance == "Yes"
    assert letter("The responsibility belongs with the agencies whose job is policing.", "q11").stance is None
    text = "Question 11\n\nGiving the existing partnership a clear statutory remit is the change that would make most difference here."
    assert letter(text, "q11").stance == "Yes"
    assert letter(text.replace("most", "little"), "q11").stance != "Yes"
    assert letter("Option Two has one real strength and one real weakness.", "q11").stance == "Mixed"
    assert letter("Option Two has real strengths.", "q11").stance == "Yes"
    text = "Question 9\n\nOur board would like both of the legislative options taken forward together."
    assert letter(text, "q9").stance == "Yes" and letter(text, "q11").stance == "Yes"
    assert letter("Where the vision falls down is in what it leaves unsaid.", "q8").stance == "No"


def test_the_route_without_fresh_legislation_and_no_side_taken():
    text = "Continuing to build on those arrangements without fresh legislation is the route we would choose."
    assert letter(text, "q13").stance == "Yes"
    text = (
        "We have discussed whether the new duty ought to sit with individual organisations or be given to Community Safety "
        "Partnerships, and we have not come down on either side."
    )
    assert letter(text, "q11").stance == "Unclear"
    assert letter(text.replace("have not come", "have come"), "q11").stance != "Unclear"


def test_a_vision_with_a_qualifier_before_its_relative_clause_is_incomplete():
    text = (
        "A vision for preventing violence that is silent about the loss of youth services is, to our mind, incomplete."
    )
    assert letter(text, "q8").stance == "No"
    assert letter(text.replace(" incomplete", " complete"), "q8").stance != "No"


def test_a_guaranteed_place_and_a_long_subject_asked_for():
    text = "If the partnerships do end up with it, youth services need a guaranteed place on them."
    assert letter(text, "q12").stance == "Yes"
    assert letter("Youth services need a guaranteed income.", "q12").stance is None
    text = (
        "We would ask that the local transport authority - in our area, the combined authority and its transport "
        "executive - be made a statutory partner of each CSP."
    )
    assert letter(text, "q12").stance == "Yes"


# ---------------------------------------------------------------------------- round 29, third part (wave 15)
def test_part_right_and_only_in_part_are_mixed():
    assert letter("Question 10\n\nOur answer is therefore part yes and part no.", "q10").stance == "Mixed"
    assert letter("Question 10\n\nOur answer is therefore yes.", "q10").stance == "Yes"
    text = "So we can commend the voluntary route only in part: it brings out the best in places that already have leadership."
    assert letter(text, "q13").stance == "Mixed"
    assert letter("So we can commend the voluntary route.", "q13").stance == "Yes"
    text = (
        "The Schedule 6 list gets part of this right: schools need to be in the room. But it stops short in the places "
        "where our pupils are most at risk."
    )
    assert letter(text, "q10").stance == "Mixed"
    assert (
        letter("The Schedule 6 list stops short in the places where our pupils are most at risk.", "q10").stance == "No"
    )
    assert letter("Option Three stops short of legislation.", "q13").stance != "No"


def test_agreement_in_other_words_of_wave_15():
    assert letter("We find the vision well founded.", "q8").stance == "Yes"
    assert (
        letter("The vision reads to us as a faithful account of what a public health approach requires.", "q8").stance
        == "Yes"
    )
    assert letter("We are broadly in agreement with the vision.", "q8").stance == "Yes"
    assert letter("We are not in agreement with the vision.", "q8").stance == "No"
    text = "Question 8\n\nThere is nothing in the stated vision with which our members would quarrel."
    assert letter(text, "q8").stance == "Yes"
    assert letter(text.replace("nothing", "much"), "q8").stance != "Yes"
    assert letter("In our assessment the Government has chosen well.", "q9").stance == "Yes"
    text = "We are prepared to see a due regard duty placed on NHS bodies, provided the guidance makes plain what is expected."
    assert letter(text, "q9").stance == "Yes"
    assert letter("We are not prepared to see a due regard duty placed on NHS bodies.", "q9").stance == "No"
    assert letter("Of the three, the one you say you prefer makes most sense to me.", "q9").stance == "Yes"


def test_a_wish_about_something_else_is_not_a_verdict_on_the_target():
    text = "We find the vision sound, and we would not want the debate about legal mechanisms to obscure how much agreement there is."
    assert letter(text, "q8").stance == "Yes"
    assert letter("We would not want the vision adopted.", "q8").stance == "No"


def test_objections_of_wave_15():
    assert (
        letter("Adding serious violence to that list under Option One would do little for the children.", "q9").stance
        == "No"
    )
    text = (
        "A duty to have due regard would become a new policy in every school and a new training slide, and little more."
    )
    assert letter(text, "q9").stance == "No"
    text = "Under Option One a general duty risks being met by a policy document and little else."
    assert letter(text, "q9").stance != "No" or letter(text, "q9").confidence < REVIEW
    assert letter("A CSP-based duty would sit badly with custody.", "q11").stance == "No"
    assert letter("A CSP-based duty would sit well with custody.", "q11").stance == "Yes"
    text = "Continuing with the voluntary approach would leave young people dependent on which postcode they live in."
    assert letter(text, "q13").stance == "No"


def test_no_view_in_other_words_of_wave_15():
    assert letter("The council has decided not to recommend any one of the three options.", "q9").stance == "Unclear"
    assert letter("Option Two\n\nAgain, we report this without a recommendation.", "q11").stance == "Unclear"
    assert letter("We have deliberately not ranked the first two options.", "q11").stance == "Unclear"
    text = "Governors did not feel we had the knowledge to judge whether the vision is the right one."
    assert letter(text, "q8").stance == "Unclear"
    text = "Children identified under Option One often do not know that they have been identified."
    assert letter(text, "q9").stance != "Unclear"
    text = "The most frequent comment was that the emphasis on data sharing reflected what practitioners had asked for from CSPs."
    assert lex.is_reported(text)


def test_seats_and_gaps_of_wave_15():
    assert letter("The Partnership should also have to include town and parish councils.", "q12").stance == "Yes"
    assert letter("The current responsible authorities leave important gaps.", "q12").stance == "Yes"
    assert letter("Schools must have a place at that table as of right.", "q12").stance == "Yes"
    assert letter("Schools must not have a place at that table.", "q12").stance != "Yes"


def test_agreeing_what_to_do_is_settling_it():
    assert lex.mask_other_senses("police and businesses agree what to do about a premises").split()[:3] == [
        "police",
        "and",
        "businesses",
    ]
    assert "agree" not in lex.mask_other_senses("police and businesses agree what to do about a premises")
    assert letter("We agree with Option One.", "q9").stance == "Yes"


def test_no_as_a_determiner_of_a_subject_is_not_an_answer():
    text = "Question 13\n\nNo duty, statutory or otherwise, will make up for what has been lost in youth services."
    assert letter(text, "q13").stance != "No"
    assert letter("Question 13\n\nNo, it will not work.", "q13").stance == "No"
    assert letter("Question 13\n\nNo - it has been tried.", "q13").stance == "No"
    assert letter("Question 13\n\nNo.", "q13").stance == "No"


def test_points_made_by_others_and_resources_urged_are_not_the_respondents_verdict():
    assert lex.is_reported("Others pointed out that goodwill has not prevented the closure of youth centres.")
    assert not lex.is_reported("We pointed out that goodwill has not prevented the closure of youth centres.")
    text = "Question 13\n\nWe urge the Government to put resources, and not only responsibilities, at the centre of its response."
    assert letter(text, "q13").stance != "Yes"
    assert letter("We urge the Government to adopt Option Three.", "q13").stance == "Yes"


# ---------------------------------------------------------------------------- round 29, fourth part (wave 16)
def test_no_view_on_the_membership_or_between_two_routes_is_said_of_those_alone():
    text = "Since we do not favour Option Two, we have not formed a view on which organisations should be added to the statutory partners."
    assert letter(text, "q11").stance == "No"
    assert letter(text, "q12").stance == "Unclear"
    text = (
        "Our members have not reached a common view on whether a new duty is better placed on individual public bodies or "
        "built into Community Safety Partnerships, and we do not express a preference between those two routes."
    )
    assert letter(text, "q13").stance is None
    assert letter(text, "q11").stance == "Unclear"
    text = "We take no position on which of the three options would best achieve the vision."
    assert letter(text, "q13").stance == "Unclear"
    text = "If CSPs were revised, we would not want to offer a view on which further bodies ought to join them."
    assert letter(text, "q11").stance != "No"


def test_a_duty_preferred_to_run_through_the_partnerships():
    text = "It is through the Community Safety Partnerships that the Commissioner would prefer the new duty to run."
    assert letter(text, "q11").stance == "Yes"
    assert letter(text, "q9").stance != "Yes"
    assert letter("We would prefer Option One to the voluntary approach.", "q13").stance == "No"


def test_agreement_and_choice_of_wave_16():
    assert letter("The vision is what we need. I could not put it better myself.", "q8").stance == "Yes"
    assert letter("Option One. Fine by me.", "q9").stance == "Yes"
    assert (
        letter("Of the three options in the paper, the third is the one the Association would commend.", "q13").stance
        == "Yes"
    )
    assert letter("Of the three models, Option One is the one our Board would choose.", "q9").stance == "Yes"
    assert letter("Of the three models, Option One is the one the Government would choose.", "q9").stance != "Yes"
    text = "We would be content to see the CSP framework amended in this way, provided the geography problem is dealt with."
    assert letter(text, "q11").stance == "Yes"
    assert letter("The board's view was that Option Two would give the vision a firm footing.", "q11").stance == "Yes"
    text = "Building the new responsibility into the CSP seems to us a far better fit than creating something new beside it."
    assert letter(text, "q11").stance == "Yes"
    assert (
        letter("We have looked at the Schedule 6 list and it seems to capture the bodies that matter.", "q10").stance
        == "Yes"
    )
    assert letter("Question 13\n\nIt is the one that does not involve legislation.", "q13").stance is not None


def test_objections_of_wave_16():
    assert letter("The vision falls some way short of what it claims to be.", "q8").stance == "No"
    text = "Handing the new duty to a partnership that hasn't updated its website would not fill me with confidence."
    assert letter(text, "q11").stance == "No"
    assert (
        letter("We think the CSP route would reproduce the inconsistency the vision is meant to cure.", "q11").stance
        == "No"
    )
    assert (
        letter("We think the CSP route would reproduce the inconsistency the vision is meant to cure.", "q8").stance
        is None
    )
    assert (
        letter("Put plainly, the preferred option is legislation for the sake of being seen to legislate.", "q9").stance
        == "No"
    )
    assert letter("We would not want the Government to rely on the third option.", "q13").stance == "No"
    assert letter("A non-statutory approach was considered briefly and set aside.", "q13").stance == "No"
    assert no_view_read("A non-statutory approach was considered briefly.", "q13")
    assert letter("We would resist any move to make schools statutory members of CSPs.", "q12").stance == "No"
    assert letter("Question 8\n\nNone of our members took issue with the vision.", "q8").stance == "Yes"


def test_part_and_not_all_of_wave_16():
    assert letter("The Government's preferred option: I'm for it in part.", "q9").stance == "Mixed"
    assert letter("The Government's preferred option: I'm for it.", "q9").stance == "Yes"
    assert (
        letter("Much of the vision will command agreement among our members, but not all of it.", "q8").stance
        == "Mixed"
    )
    assert (
        letter("We welcome much of the vision, but we have real difficulty with one strand of it.", "q8").stance
        == "Mixed"
    )


def test_other_senses_of_wave_16():
    assert "agree" not in lex.mask_other_senses("To agree the Council's response to the Home Office consultation.")
    text = "To agree the Council's response to the Home Office consultation on a new legal duty."
    assert letter(text, "q9").stance is None
    assert letter("We are pleased that it treats offender management as part of the answer.", "q8").stance != "Mixed"
    assert letter("Option One is part of the answer.", "q9").stance == "Mixed"
    text = "Question 13\n\nA voluntary approach does not create new legal obligations of uncertain reach."
    assert not (letter(text, "q13").rule or "").startswith("no view")
    assert letter("Question 13\n\nWe are uncertain about the voluntary approach.", "q13").stance == "Unclear"
    text = "Question 11\n\nInspection at CSP level would produce a dozen small reports and no view of the whole."
    assert not (letter(text, "q11").rule or "").startswith("no view")
    assert (letter("Question 11\n\nWe have no view on it.", "q11").rule or "").startswith("no view")
    assert letter("Question 12\n\nThe university should be a named partner.", "q12").stance == "Yes"
    assert letter("A secondary headteacher ought to sit on these partnerships as of right.", "q12").stance == "Yes"


# ---------------------------------------------------------------------------- round 29, fifth part (wave 17)
def test_what_an_option_gives_the_vision_is_the_options_merit():
    text = "Option One is the one most likely to give the vision a permanent home."
    assert letter(text, "q8").stance is None
    assert letter("The board's view was that Option Two would give the vision a firm footing.", "q11").stance == "Yes"
    assert (
        letter("We do not think Option One is the right vehicle for what the paper is trying to achieve.", "q8").stance
        is None
    )
    assert (
        letter("We do not think Option One is the right vehicle for what the paper is trying to achieve.", "q9").stance
        == "No"
    )


def test_a_choice_between_options_declined_is_no_view_on_each():
    text = "We therefore do not express a preference between Options One and Two."
    assert letter(text, "q9").stance == "Unclear" and letter(text, "q11").stance == "Unclear"
    text = "We express no preference between the three options set out in the consultation paper."
    assert letter(text, "q13").stance == "Unclear"
    assert letter("We do not feel well placed to choose between Option One and Option Two.", "q11").stance == "Unclear"
    text = "We prefer Option One, and we would counsel the Government against stating that the evidence favours it."
    assert letter(text, "q9").stance == "Yes"
    assert letter("We would counsel the Government against Option One.", "q9").stance == "No"


def test_merit_and_weakness_in_other_words_of_wave_17():
    assert letter("A voluntary approach has something to recommend it.", "q13").stance == "Yes"
    assert letter("A voluntary approach has little to recommend it.", "q13").stance == "No"
    assert letter("Part of Option Two appeals to us and part does not.", "q11").stance == "Mixed"
    assert letter("Option three, the voluntary one, I like in part and dislike in part.", "q13").stance == "Mixed"
    text = "In that respect the Schedule 6 list is serviceable. It has two weaknesses, however."
    assert letter(text, "q10").stance == "Mixed"
    text = "Question 10\n\nThe list is a reasonable starting point, and it rightly includes the NHS trusts. But it stops short in two places."
    assert letter(text, "q10").stance == "Mixed"
    text = "Question 8\n\nThe Bench welcomes the shift towards prevention; we are less persuaded by the focus."
    assert letter(text, "q8").stance == "Mixed"
    text = "CSPs have real weaknesses. Even so, Option Two builds on something that exists."
    assert letter(text, "q11").stance != "No"
    assert (
        letter(
            "We note the preference for Option One, and we agree that it should form part of the answer.", "q9"
        ).stance
        == "Yes"
    )


def test_verdicts_of_wave_17():
    assert letter("Of the two legislative routes, Option Two seems to us the better-founded.", "q11").stance == "Yes"
    assert (
        letter("We would be sorry to see the duty routed through Community Safety Partnerships.", "q11").stance == "No"
    )
    assert letter("I read the vision and there wasn't a line in it I would argue with.", "q8").stance == "Yes"
    assert letter("The voluntary option frightens me.", "q13").stance == "No"
    assert letter("Option Two\n\nLess keen. Our partnership covers one borough.", "q11").stance == "No"
    assert (
        letter("On Option One: this is the direction in which we would want the Government to go.", "q9").stance
        == "Yes"
    )
    text = "A duty of the kind proposed in Option One would draw more children into the criminal justice system."
    assert letter(text, "q9").stance == "No"
    assert (
        letter("Option One would cost more in patient trust than it could gain in coordination.", "q9").stance == "No"
    )
    text = "Extending the statutory membership would make an already crowded board less able to take decisions."
    assert letter(text, "q12").stance == "No"
    assert letter("The aims you've set out are the right ones as far as I'm concerned.", "q8").stance == "Yes"


def test_doubts_and_others_of_wave_17():
    text = "We doubt a non-legislative approach would bring about the lasting change the paper is looking for."
    assert letter(text, "q13").stance == "No"
    assert letter("A non-legislative approach would bring about lasting change.", "q13").stance == "Yes"
    text = "Community Health Councils are watchdogs, and we are unsure what Option One would mean for them."
    assert letter(text, "q9").stance != "Unclear"
    text = "I write as a head, though my chair of governors has read this letter and agrees with it."
    assert "agrees" not in lex.mask_other_senses(text)
    assert lex.is_reported(
        "Much of the early commentary on this consultation dismisses a duty to have due regard as toothless."
    )


def test_half_the_picture_is_said_of_its_subject_only():
    text = "A duty like that will produce partnerships that look at only half of the picture."
    assert [m for m in lex.lexicon_matches(text) if "half" in text[m[0] : m[1]]] == []
    assert [m[2] for m in lex.lexicon_matches("Such a vision is only half of a vision.")] == ["Mixed"]


# ---------------------------------------------------------------------------- round 29, sixth part (wave 18)
def test_constructions_of_wave_18():
    text = "Under Option Three we see no prospect of it delivering the consistency the vision asks for."
    assert letter(text, "q13").stance == "No"
    assert letter("We can see Option Three delivering.", "q13").stance == "Yes"
    text = "We find ourselves in favour of part of the preferred option and against another part of it."
    assert letter(text, "q9").stance == "Mixed"
    assert letter("We are drawn to Option Three and doubtful of it at the same time.", "q13").stance == "Mixed"
    assert letter("So the Schedule 6 list is part of the right answer, not all of it.", "q10").stance == "Mixed"
    assert letter("We have no difficulty endorsing the vision.", "q8").stance == "Yes"
    assert letter("Reading the vision, I found myself nodding along.", "q8").stance == "Yes"
    text = "A voluntary approach would leave young people depending on which borough they happen to live in."
    assert letter(text, "q13").stance == "No"
    text = "On whether Option One would best achieve the vision, I have not been able to form a view."
    assert letter(text, "q9").stance == "Unclear"
    assert letter("On Option Two, I go back and forth and have not landed anywhere.", "q11").stance == "Unclear"


# ---------------------------------------------------------------------------- round 30 (wave 19)
def test_constructions_of_wave_19():
    # "unlikely to" reaches an entry after it, as "not" does
    text = "A purely voluntary arrangement would be unlikely to survive the forthcoming reorganisation of probation."
    assert letter(text, "q13").stance == "No"
    text = "A purely voluntary arrangement would survive the forthcoming reorganisation of probation."
    assert letter(text, "q13").stance == "Yes"
    text = "The same objection applies, with greater force, to revising the statutory framework for Community Safety Partnerships."
    assert letter(text, "q11").stance == "No"
    assert rules_letter("The same reasoning applies to the Community Safety Partnerships.", "q11").stance != "No"
    text = "Option One would give our prevention teams the mandate they currently lack."
    assert letter(text, "q9").stance == "Yes"
    text = (
        "A duty framed around Community Safety Partnerships would sit more comfortably with us than one on each body."
    )
    assert letter(text, "q11").stance == "Yes"
    assert (
        letter("Question 8\n\nWe would not wish to see any part of it diluted in the guidance.", "q8").stance == "Yes"
    )
    assert letter("Question 8\n\nWe would not wish to see any part of it kept.", "q8").stance != "Yes"
    text = (
        "Question 10\n\nUsing a counter-terrorism schedule as the template is, to our minds, the wrong starting point."
    )
    assert letter(text, "q10").stance == "No"
    text = (
        "Question 10\n\nUsing a counter-terrorism schedule as the template is, to our minds, the right starting point."
    )
    assert letter(text, "q10").stance == "Yes"
    assert letter("Our trustees' hope is for the third approach.", "q13").stance == "Yes"
    assert (
        letter("A voluntary arrangement would, in my experience, fold the first time we are busy.", "q13").stance
        == "No"
    )
    assert letter("Option One gets a thumbs up from me.", "q9").stance == "Yes"
    assert letter("Option One gets a thumbs down from me.", "q9").stance == "No"
    assert letter("I think Option One would produce activity rather than results.", "q9").stance == "No"
    assert letter("Option Two strikes me as the best of the routes on offer.", "q11").stance == "Yes"
    assert letter("Option Two strikes me as odd.", "q11").stance != "Yes"
    assert letter("Option One would take the vision further away rather than closer.", "q9").stance == "No"
    assert letter("Question 8\n\nIn the vision you are aiming at the right thing.", "q8").stance == "Yes"
    assert letter("Question 8\n\nIn the vision you are aiming at the wrong thing.", "q8").stance == "No"
    assert letter("Question 10\n\nMembers regarded that omission as a serious flaw in the list.", "q10").stance == "No"
    assert letter("Question 10\n\nIt shows the list was not written with this problem in mind.", "q10").stance == "No"
    text = "Option One is the only model of the three that fits a force whose area is a network."
    assert letter(text, "q9").stance == "Yes"
    text = "A voluntary approach is in our view much the most likely to keep the confidence of the communities."
    assert letter(text, "q13").stance == "Yes"
    text = "A duty on public bodies, the route the Government prefers, looks to us the likeliest to produce consistent effort."
    assert letter(text, "q9").stance == "Yes"


def test_a_saying_judged_is_the_respondents_view():
    assert lex.is_reported("The paper insists that violence cannot be left to the police.")
    assert not lex.is_reported("The paper is right to insist that violence cannot be left to the police.")
    text = "Question 8\n\nThe paper is right to insist that violence cannot be left to the police."
    assert letter(text, "q8").stance == "Yes"


def test_for_part_and_against_part_in_wave_19():
    assert letter("There is part of Option One we welcome and part we do not.", "q9").stance == "Mixed"
    assert (
        letter("So we find ourselves both drawn to Option Three and uneasy about relying on it.", "q13").stance
        == "Mixed"
    )
    assert letter("Question 13\n\nI find myself both drawn to it and wary of it.", "q13").stance == "Mixed"
    text = "We can put our name to much of the vision, but not to the weight it places on data about individuals."
    assert letter(text, "q8").stance == "Mixed"
    assert rules_letter("Much of the vision is familiar, but not to the point of being stale.", "q8").stance != "Mixed"
    text = (
        "There is much in the vision we would endorse, particularly the emphasis on sharing data. It is, however, "
        "drawn almost entirely around schools and county lines."
    )
    assert letter(text, "q8").stance == "Mixed"
    text = "We welcome the emphasis on early intervention in the vision. We nevertheless consider the focus too narrow."
    assert letter(text, "q8").stance == "Mixed"
    assert letter("We consider the focus of the vision too narrow.", "q8").stance == "No"


# ---------------------------------------------------------------------------- round 30, second part (wave 20)
def test_constructions_of_wave_20():
    assert letter("Our view of the voluntary option therefore cuts both ways.", "q13").stance == "Mixed"
    text = "Members see something of value in the voluntary option and something missing from it."
    assert letter(text, "q13").stance == "Mixed"
    text = "We would describe the vision as right in its method but too narrow in its object."
    assert letter(text, "q8").stance == "Mixed"
    assert letter("We would describe the vision as right in its method.", "q8").stance == "Yes"
    text = "The vision points the right way on prevention, yet its focus stops short where it matters most locally."
    assert letter(text, "q8").stance == "Mixed"
    text = "Question 9\n\nOpinion was genuinely divided, and the board agreed not to express a view on this question."
    assert letter(text, "q9").stance == "Unclear"
    assert letter("We welcome much of the vision, but it has a blind spot.", "q8").stance == "Mixed"
    assert letter("Question 9\n\nThat change alone would justify legislating.", "q9").stance == "Yes"
    assert letter("Question 9\n\nThat change alone would not justify legislating.", "q9").stance == "No"
    text = "Question 9\n\nWith respect, having regard to something costs nothing and changes nothing."
    assert letter(text, "q9").stance == "No"
    text = "Question 9\n\nWe can see it taking time away from casework without changing very much on the ground."
    assert letter(text, "q9").stance == "No"
    text = "The vision is one our congregations recognise and would gladly put their shoulder to."
    assert letter(text, "q8").stance == "Yes"
    text = "Relying on voluntary arrangements would simply continue the present position."
    assert letter(text, "q13").stance == "No"
    text = "Leaving the matter to local discretion would, in my view, lock in the very variation the paper describes."
    assert letter("Question 13\n\n" + text, "q13").stance == "No"
    text = "Routing the duty through nine partnerships of very uneven strength would reproduce the unevenness we see."
    assert letter(text, "q11").stance == "No"
    text = "Question 13\n\nVolunteers run the youth club, and members would not want them pushed aside by a statutory scheme."
    assert letter(text, "q13").stance == "Yes"
    text = "Question 9\n\nIt is, of the three, the option likeliest to achieve consistent engagement without creating a further layer of bureaucracy."
    assert letter(text, "q9").stance == "Yes"
    text = "Question 9\n\nIt is, of the three, the option that would create a further layer of bureaucracy."
    assert letter(text, "q9").stance == "No"


def test_reservations_and_differences_of_wave_20():
    # a "but" set off by a comma still opens a reservation
    text = "The vision is right to put prevention first but, in our view, is drawn too narrowly."
    assert letter(text, "q8").stance == "Mixed"
    # a difference over the means only is no reservation about the ends
    text = "Nobody in the county would quarrel with the aims set out in the vision. Where we differ from the Government is over how to get there."
    assert letter(text, "q8").stance == "Yes"
    assert letter("Where we differ from the vision is its focus.", "q8").stance == "Mixed"
    assert letter("Where we part company with the paper is on the means of getting there.", "q8").stance != "No"


def test_views_withheld_in_wave_20():
    # a choice declined between two named options says nothing of the third
    codes = code_letter("We therefore express no preference between Options One and Two.")
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == ("Unclear", "Unclear", None)
    codes = code_letter("We express no preference between the options.")
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == ("Unclear", "Unclear", "Unclear")
    text = "Whether the statutory membership of CSPs should be extended is a matter on which we do not offer a view."
    assert letter(text, "q12").stance == "Unclear"
    assert letter("Question 13\n\nPlease do not leave it to people meaning well.", "q13").stance == "No"
    assert letter("Question 13\n\nWe leave that to others.", "q13").stance == "Unclear"
    # the response's own passage through a body is no verdict
    text = "It has been shared with, but not formally agreed by, the Ashcombe Community Safety Partnership."
    assert letter(text, "q11").stance is None
    # a comparison of manner is no denied predicate
    text = "Question 12\n\nLocal councils know their streets, and they are trusted in a way that more distant bodies are not."
    assert letter(text, "q12").stance != "No"


def test_seats_given_by_law_in_wave_20():
    text = "If they rewrite the rules for the partnerships, the law should give local traders a proper seat on them."
    assert letter(text, "q12").stance == "Yes"
    text = "We propose that the local transport authority be made a responsible authority in each CSP it covers."
    assert letter(text, "q12").stance == "Yes"
    text = "The local transport authority should not be made a responsible authority in each CSP."
    assert letter(text, "q12").stance == "No"


# ---------------------------------------------------------------------------- round 30, third part (wave 21)
def test_constructions_of_wave_21():
    text = "Question 13\n\nWithout something that obliges partners to come back, the position in two years' time would look much as it does now."
    assert letter(text, "q13").stance == "No"
    assert letter("The Schedule 6 authorities give a sound starting list.", "q10").stance == "Yes"
    assert (
        letter("Question 11\n\nThe effort would go into the machinery rather than the outcome.", "q11").stance == "No"
    )
    assert (
        letter("Question 11\n\nThe effort would go into the outcome rather than the machinery.", "q11").stance != "No"
    )
    text = "Legislating to require a separate serious violence strategy would add a document, not a result."
    assert letter(text, "q9").stance == "No"
    text = "Question 9\n\nThe Network therefore offers no collective answer to this question."
    assert letter(text, "q9").stance == "Unclear"
    assert letter("Our members did not agree about the non-legislative option.", "q13").stance == "Unclear"
    assert letter("We do not agree with the non-legislative option.", "q13").stance == "No"
    text = "The Schedule 6 list, designed for Prevent, does not map onto the agencies that matter for serious violence."
    assert letter(text, "q10").stance == "No"
    text = "Question 13\n\nMembers consider this the approach most in keeping with how Wales already works."
    assert letter(text, "q13").stance == "Yes"
    text = "Routing the duty through CSPs would entrench the uneven performance the paper itself describes."
    assert letter(text, "q11").stance == "No"
    text = "A duty placed on each specified organisation is the one best placed to produce consistency across that patchwork."
    assert letter(text, "q9").stance == "Yes"
    text = "Question 11\n\nIt would give us 11 strategies and 11 agreements, which is the opposite of what we need."
    assert letter(text, "q11").stance == "No"
    text = "Question 11\n\nStrengthening those partnerships in statute would make use of arrangements that are already working."
    assert letter(text, "q11").stance == "Yes"
    assert letter("Option Three appeals to us in part.", "q13").stance == "Mixed"
    assert letter("A duty of this design should not be placed on the statute book.", "q9").stance == "No"
    text = "Question 8\n\nI find myself agreeing with its first principles and disagreeing with where it places its weight."
    assert letter(text, "q8").stance == "Mixed"
    text = "Question 10\n\nThe list gets most of the big players in. But a list written for the Prevent duty leaves gaps that matter here."
    assert letter(text, "q10").stance == "Mixed"
    assert letter("Schedule 6 gets the providers right and misses out the commissioners.", "q10").stance == "Mixed"
    assert letter("We doubt that the preferred option would change very much for our learners.", "q9").stance == "No"
    assert letter("We recognise our own practice in the vision, and would not change its focus.", "q8").stance == "Yes"
    assert letter("Question 8\n\nWe would change its focus.", "q8").stance != "Yes"
    assert letter("We see no one missing from the Schedule 6 list.", "q10").stance == "Yes"
    text = "For now, the sensible course is to let the voluntary arrangements and the new units run."
    assert letter(text, "q13").stance == "Yes"
    assert (
        letter("Question 9\n\nIt would, in our judgement, pull them further into an enforcement role.", "q9").stance
        == "No"
    )
    assert letter("We are content for the Schedule 6 list to form the basis of it.", "q10").stance == "Yes"
    text = "We would not want the matter left to local discretion without any duty at all."
    assert letter(text, "q13").stance == "No"


def test_process_and_extensions_of_wave_21():
    # how long the respondent took to agree is no verdict
    assert letter("Question 11\n\nThis was the point on which we took longest to agree.", "q11").stance != "Yes"
    # resisting an extension of the list says the list is right (Q10); on Q12 it refuses additions
    assert letter("Question 10\n\nWe would resist extending it to individual GP practices.", "q10").stance == "Yes"
    assert letter("Question 12\n\nWe would resist extending it to individual GP practices.", "q12").stance == "No"
    # a long "while" clause is a contrast, not a denied predicate
    text = (
        "Question 11\n\nThe second approach tended to crowd out the first, because a list of names is something a "
        "meeting can act on, while a shortage of youth provision is not."
    )
    assert letter(text, "q11").stance != "No"
    assert (
        letter("Question 12\n\nWe would wish to see secondary head teachers represented as of right.", "q12").stance
        == "Yes"
    )
    text = "Question 12\n\nIf CSPs are to lead, their membership has to change. We would add directors of public health in their own right."
    assert letter(text, "q12").stance == "Yes"


# ---------------------------------------------------------------------------- round 30, fourth part (wave 22)
def test_constructions_of_wave_22():
    text = "We welcome the emphasis on prevention, but the vision is written entirely in terms of local areas."
    assert letter(text, "q8").stance == "Mixed"
    assert letter("Option Two would place the Force in an impossible position.", "q11").stance == "No"
    assert letter("We see merit in one half of Option One and difficulty in the other.", "q9").stance == "Mixed"
    assert letter("We see merit in Option One.", "q9").stance == "Yes"
    text = "There is a good case for adding secondary schools and academy trusts to the statutory partners of CSPs."
    assert letter(text, "q12").stance == "Yes"
    assert letter("Goodwill alone will not hold a partnership together.", "q13").stance == "No"
    text = "Question 11\n\nGiving them an explicit remit in law would build on machinery that works."
    assert letter(text, "q11").stance == "Yes"
    text = "We see no more merit in rewriting the Community Safety Partnership legislation."
    assert letter(text, "q11").stance == "No"
    assert letter("Question 9\n\nWe have tried and failed to reach a collective position.", "q9").stance == "Unclear"
    assert letter("Question 8\n\nThe vision. It describes the right things.", "q8").stance == "Yes"
    assert letter("Question 9\n\nIt would take us part of the way, and no further.", "q9").stance == "Mixed"
    text = "I would rather the vision started from what young people need, not from what agencies need."
    assert letter(text, "q8").stance == "No"
    assert letter("I would rather the voluntary option were adopted.", "q13").stance == "Yes"
    text = "We welcome the emphasis on early intervention, but the vision is silent on exclusion, and that is a serious gap."
    assert letter(text, "q8").stance == "Mixed"
    assert letter("Question 13\n\nPlease don't make it optional.", "q13").stance == "No"
    text = "There was little appetite in the room for leaving this to local discretion."
    assert letter(text, "q13").stance == "No"
    text = "Question 10\n\nThe Schedule 6 list covers most of the bodies I deal with, which is reassuring. But it leaves out the ambulance service."
    assert letter(text, "q10").stance == "Mixed"
    text = "Question 8\n\nSo I'm with you on half of it, and the other half leaves out people like me."
    assert letter(text, "q8").stance == "Mixed"
    assert letter("Question 12\n\nThey need people from the night-time economy on them.", "q12").stance == "Yes"
    text = "The voluntary option has something going for it and something against it."
    assert letter(text, "q13").stance == "Mixed"
    assert letter("The voluntary option has something going for it.", "q13").stance == "Yes"
    text = "Question 13\n\nOf the three options as drafted, it is the one that members would prefer."
    assert letter(text, "q13").stance == "Yes"
    text = "A duty to have due regard seems to us the wrong shape for a problem that falls between bodies."
    assert letter(text, "q9").stance == "No"
    text = (
        "Question 8\n\nWe welcome the emphasis the paper places on reaching young people early. However, the vision as drafted "
        "barely mentions the places where this violence is encountered."
    )
    assert letter(text, "q8").stance == "Mixed"
    text = "Local business crime reduction partnerships should be given a formal seat among their statutory members."
    assert letter(text, "q12").stance == "Yes"
    assert letter("We are therefore partly drawn to the third option and partly wary of it.", "q13").stance == "Mixed"
    text = "So I share the aim set out in the vision, but I cannot agree with a vision that is silent on capacity."
    assert letter(text, "q8").stance == "Mixed"


# ---------------------------------------------------------------------------- round 30, fifth part (wave 23)
def test_let_alone_adds_to_the_denial():
    text = "None of the three options, as we understand them, would achieve the vision, let alone best achieve it."
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == ("No", "No", "No")
    assert lex.is_reported("most said their own area fell some way short of it.")
    assert not lex.is_reported("Most of the vision is right.")


def test_constructions_of_wave_23():
    text = "If the third option means more of the same, we want no part of it."
    assert letter(text, "q13").stance == "No"
    assert letter("Option Three would be more of the same.", "q13").stance == "No"
    text = "Question 13\n\nIt needs funding, or it will simply ask more of the same tired volunteers."
    assert rules_letter(text, "q13").stance != "No"
    text = "Question 9\n\nWe see merit in it so far as hospital trusts are concerned, but far less in how it would bear on primary care."
    assert letter(text, "q9").stance == "Mixed"
    text = (
        "Members' views on the preferred option are divided, and the Forum has not reached a collective position on it."
    )
    assert letter(text, "q9").stance == "Unclear"
    text = "Our view on the vision is therefore divided: the ambition is right, the scope is not."
    assert letter(text, "q8").stance == "Mixed"
    assert letter("The duty set out in Option One should be enacted.", "q9").stance == "Yes"
    assert letter("The duty set out in Option One should not be enacted.", "q9").stance == "No"
    assert letter("The vision is one we could have written ourselves.", "q8").stance == "Yes"
    text = "Question 10\n\nNobody in our group could think of an organisation young people deal with that is missing from it."
    assert letter(text, "q10").stance == "Yes"
    text = "The option where it is voluntary is good for some things and not for others."
    assert letter(text, "q13").stance == "Mixed"
    text = "Backing that kind of voluntary partnership would get you further than any statute."
    assert letter(text, "q13").stance == "Yes"
    text = "Left voluntary, this will last until the next round of cuts and no longer."
    assert letter(text, "q13").stance == "No"
    assert letter("Question 8\n\nWe have nothing to add to it and nothing we would take away.", "q8").stance == "Yes"
    assert letter("Question 8\n\nThere is little in it that we would want to change.", "q8").stance == "Yes"
    text = "A purely voluntary approach would, I suspect, reproduce the present postcode lottery."
    assert letter(text, "q13").stance == "No"


def test_a_but_set_off_by_a_comma_splits_only_before_a_predicate():
    text = "The vision is right to put prevention first but, in our view, is drawn too narrowly."
    assert letter(text, "q8").stance == "Mixed"
    # one subject's two predicates stay one clause (wave 24)
    text = "The vision is right in its emphasis but, in the Board's view, wrong in its scope."
    assert letter(text, "q8").stance == "Mixed"
    text = "The council sits on the partnership but, as far as we can find out, the housing association does not."
    assert letter(text, "q11").stance is None


# ---------------------------------------------------------------------------- round 31 (wave 24)
def test_a_coordinate_clause_with_a_noun_phrase_subject_ends_the_negation():
    # the respondent's "would not expect" denies what it governs, not the clause after ", and the list ... looks"
    text = (
        "We would not expect sports bodies to be named in the legislation, and the list of authorities the paper "
        "proposes to borrow looks to us broadly the right one."
    )
    assert letter(text, "q10").stance == "Yes"
    text = "We would not expect the list of authorities the paper proposes to borrow to be the right one."
    assert letter(text, "q10").stance == "No"


def test_support_given_to_people_is_no_stance():
    assert letter("Question 13\n\nWe continue to support the family of the boy we lost.", "q13").stance != "Yes"
    assert letter("Question 13\n\nWe support it.", "q13").stance == "Yes"
    assert stance._SUPPORT_SERVICE.search("to support a bereaved mother")
    assert not stance._SUPPORT_SERVICE.search("we support the community safety partnership route")
    assert not stance._SUPPORT_SERVICE.search("we support the children's duty")


def test_adding_to_a_burden_is_no_addition():
    text = (
        "Question 12\n\nMaking more organisations statutory partners would enlarge the Board without improving its grip, "
        "and would add to the secretariat burden on two small councils."
    )
    assert letter(text, "q12").stance == "No"
    assert letter("Question 12\n\nA second partner would add little.", "q12").stance != "Yes"
    assert letter("Question 12\n\nWe would add the fire service.", "q12").stance == "Yes"


def test_constructions_of_wave_24():
    # a parenthetical "for us" between the verb and its complement
    text = "Building the serious violence duty into the CSP framework is, for us, the more promising route."
    assert letter(text, "q11").stance == "Yes"
    # the same objection carried to another target, and denied
    assert letter("We see the same difficulty with Option Two.", "q11").stance == "No"
    assert letter("We do not see the same difficulty with Option Two.", "q11").stance != "No"
    assert letter("Question 10\n\nA childminder has no business being on the list.", "q10").stance == "No"
    # lasting in practice, denied; and "hold up" as delay, no view
    assert letter("The Board could not see a voluntary model holding up.", "q13").stance == "No"
    assert letter("We expect a voluntary model to hold up well.", "q13").stance == "Yes"
    text = "Question 13\n\nA voluntary model would hold up the work of the partnership."
    assert rules_letter(text, "q13").stance not in ("Yes", "No")
    assert letter("Question 9\n\nIt isn't where we'd put the effort.", "q9").stance == "No"
    assert letter("Question 10\n\nIt covers everybody I would expect.", "q10").stance == "Yes"
    assert letter("Question 10\n\nSchools should not be on it.", "q10").stance == "No"
    assert letter("Question 10\n\nThe list misses the people who could act earliest.", "q10").stance == "No"


def test_bodies_brought_in_or_joining_the_partnerships():
    assert letter("Transport policing should be brought within their statutory membership.", "q12").stance == "Yes"
    assert letter("Universities should join the list of statutory partners.", "q12").stance == "Yes"
    assert rules_letter("Universities should join the list of statutory partners.", "q12").stance == "Yes"
    text = "Transport policing should not be brought within their statutory membership."
    assert letter(text, "q12").stance == "No"


def test_the_respondents_own_lead_in_to_a_list_is_no_heading():
    assert not stance._is_heading("We think three further bodies should become statutory partners:")
    assert not stance._is_heading("We would add:")
    assert stance._is_heading("What we think:")
    assert stance._is_heading("Our view:")


# ---------------------------------------------------------------------------- round 31, second part (wave 25)
def test_an_answer_naming_its_question_is_that_questions_alone():
    codes = code_letter("Question 9\n\nSo our answer to Question 10 is yes in part and no in part.")
    assert codes["q9"].stance not in ("Yes", "No", "Mixed")
    assert codes["q10"].stance == "Mixed"
    text = (
        "The Board's answer on Option Three is therefore a qualified one: yes as a complement to a statutory duty, no as "
        "a substitute for one."
    )
    codes = code_letter(text)
    assert codes["q13"].stance == "Mixed"
    assert codes["q9"].stance is None


def test_what_a_subject_is_preferred_to_gets_the_opposite():
    text = "Question 9\n\nYouth work, rather than Option One, is the best way to reduce violence."
    assert letter(text, "q9").stance == "No"
    assert letter("Question 9\n\nOption One, rather than Option Three, is the best way.", "q9").stance == "Yes"
    # the target reached by its section, named only as what is set aside
    text = "Question 9\n\nThat, rather than the form of the duty, is where we believe the real gains lie."
    assert letter(text, "q9").stance == "No"
    text = "Question 9\n\nThat, rather than more meetings, is where the real gains lie."
    assert letter(text, "q9").stance == "Yes"


def test_constructions_of_wave_25():
    text = (
        "Giving the partnerships a clear statutory job on serious violence is the route the six councils would prefer."
    )
    assert letter(text, "q11").stance == "Yes"
    assert letter("Option One is the option the UK Government would choose.", "q9").stance != "Yes"
    assert letter("Question 11\n\nThis is where we think the real gain lies.", "q11").stance == "Yes"
    text = "Question 8\n\nA vision with no place for community organisations is only half drawn."
    assert letter(text, "q8").stance == "No"
    assert letter("Question 13\n\nThe option is attractive in principle and thin in practice.", "q13").stance == "Mixed"
    assert letter("Question 13\n\nThe option is attractive.", "q13").stance != "Mixed"
    assert letter("A statutory duty would survive the next round of cuts.", "q9").stance == "Yes"


# ---------------------------------------------------------------------------- round 31, third part (wave 26)
def test_constructions_of_wave_26():
    text = "Question 11\n\nTwo of the partnerships have merged their officer support."
    assert letter(text, "q11").stance not in ("Yes", "No")
    text = "Question 9\n\nTo legislate now would be to decide the shape of the answer before the evidence is in."
    assert letter(text, "q9").stance != "Yes"
    assert letter("Question 9\n\nA duty is the answer.", "q9").stance == "Yes"
    text = "Making the CSP the vehicle would hand the task to the forum that has shown least interest in excluded children."
    assert letter(text, "q11").stance != "Yes"
    assert letter("Our trustees would hand the new duty to the local CSP.", "q11").stance == "Yes"
    text = "The Authority agrees with much of the vision. Where it parts company with the paper is the focus."
    assert letter(text, "q8").stance == "Mixed"
    text = "Question 13\n\nThe areas where agencies do not cooperate now would have no reason to change."
    assert letter(text, "q13").stance != "Yes"
    assert letter("Question 10\n\nWe see no good reason to change it.", "q10").stance == "Yes"
    text = "Question 8\n\nI could not have written a better description of what our children need."
    assert letter(text, "q8").stance == "Yes"
    assert letter("Question 13\n\nRelying on voluntary working together has been tried.", "q13").stance == "No"
    text = "Question 13\n\nRelying on voluntary working together has been tried and tested."
    assert letter(text, "q13").stance != "No"
    text = (
        "Question 11\n\nGiving them the lead would mean passing the problem to a meeting nobody from the wards attends."
    )
    assert letter(text, "q11").stance == "No"
    assert letter("Question 10\n\nThe list does not fit this problem.", "q10").stance == "No"
    assert letter("Question 10\n\nThe list fits the task well.", "q10").stance == "Yes"
    assert letter("Question 13\n\nIt is the approach we would commend to the Government.", "q13").stance == "Yes"


# ---------------------------------------------------------------------------- round 31, fourth part (wave 27)
def test_constructions_of_wave_27():
    text = "Question 11\n\nOn one hand it already exists, and nothing new would have to be built."
    assert letter(text, "q11").stance != "No"
    assert letter("Question 9\n\nIt offers nothing new.", "q9").stance == "No"
    assert letter("Question 9\n\nWe are for this option only in part.", "q9").stance == "Mixed"
    assert letter("Question 13\n\nSo it has our backing in part and our doubts in part.", "q13").stance == "Mixed"
    assert letter("Question 13\n\nIt has our backing.", "q13").stance == "Yes"
    # a request not to treat two options as exclusive is no request against either
    text = "Question 11\n\nWe would urge officials not to treat them as mutually exclusive."
    assert letter(text, "q11").stance != "No"
    assert letter("Question 9\n\nWe would urge ministers not to proceed with it.", "q9").stance == "No"
    text = "Question 11\n\nEach partnership will need analytical capacity, and it will have to be funded."
    assert letter(text, "q11").stance != "Yes"
    text = "Question 8\n\nWe share the paper's ambition to bring agencies together, but part company with it over accountability."
    assert letter(text, "q8").stance == "Mixed"
    text = "What would make the real difference is the third option, properly resourced."
    assert letter(text, "q13").stance == "Yes"
    text = "What would make the biggest difference is not a new duty but multi-year funding."
    assert letter(text, "q9").stance == "No"
    assert letter("Question 9\n\nWhat would make a difference is money for youth work.", "q9").stance not in (
        "Yes",
        "No",
    )
    text = "Question 9\n\nWe fear such a duty would push families away from the very services that could help them."
    assert letter(text, "q9").stance == "No"
    text = "Question 8\n\nThe vision leans very heavily on data sharing, and that makes us uneasy."
    assert letter(text, "q8").stance == "No"


# ---------------------------------------------------------------------------- round 31, fifth part (wave 28)
def test_constructions_of_wave_28():
    text = (
        "Question 9\n\nA further duty would arrive on the DSL's desk with no extra hours attached, and the most likely "
        "product would be another policy to be written."
    )
    assert letter(text, "q9").stance != "Yes"
    assert letter("Option One is the most likely to work.", "q9").stance == "Yes"
    text = "The list in Schedule 6 already covers the councils and the police, and we see no need to change it."
    assert letter(text, "q10").stance == "Yes"
    assert letter("We see no need for a new duty.", "q9").stance == "No"
    text = "Where members were united was in doubting that the non-legislative option would change anything."
    assert letter(text, "q13").stance == "No"
    text = "Question 13\n\nAny new requirement should come with funding routed through the Welsh Government in agreement with it."
    assert letter(text, "q13").stance != "Yes"
    assert letter("We are in full agreement with the vision.", "q8").stance == "Yes"
    assert (
        rules_letter(
            "Question 11\n\nPlacing the duty at CSP level would fix the response at the wrong geography.", "q11"
        ).stance
        != "Yes"
    )
    assert rules_letter("Question 11\n\nIt would fix the problem.", "q11").stance == "Yes"


def test_a_denial_pointing_at_another_target_is_not_the_sections():
    text = "Question 13\n\nWhat would make the difference is not a new duty but secure funding."
    codes = code_letter(text)
    assert codes["q9"].stance == "No"
    assert codes["q13"].stance != "No"


def test_targets_of_wave_28():
    text = (
        "We do not think the vision and focus are right.\n\nWe are not persuaded that any of the three options would achieve "
        "the vision, because none of them addresses resources."
    )
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == ("No", "No", "No")
    assert codes["q10"].stance is None
    codes = code_letter("We do not think the vision and focus, as drafted, are the right ones.")
    assert codes["q8"].stance == "No"
    assert codes["q10"].stance is None
    assert letter("Question 10\n\nWe do not think these are the right ones.", "q10").stance == "No"
    text = (
        "Question 11\n\nGiving it an explicit statutory remit seems to us the most natural way of achieving what the paper "
        "sets out to do."
    )
    codes = code_letter(text)
    assert codes["q11"].stance == "Yes"
    assert codes["q8"].stance is None


def test_more_constructions_of_wave_28():
    text = "The Government's preferred option would require specified bodies to have due regard to serious violence."
    text += " We expect a serious violence duty of this kind to have the same effect. Young people will learn to say nothing."
    text += " Prevention depends on that trust. We do not believe this option would achieve the vision."
    assert letter(text, "q9").stance == "No"
    text = "Question 9\n\nThat is the opposite of what the vision says it wants, and we would ask the Home Office not to proceed with it."
    assert letter(text, "q9").stance == "No"
    assert (
        letter(
            "Question 13\n\nThe voluntary course has, I think, the better chance of reaching boys like D.", "q13"
        ).stance
        == "Yes"
    )
    text = "Question 13\n\nA voluntary approach would put our place in the partnership at the mercy of the next spending round."
    assert letter(text, "q13").stance == "No"
    text = "Question 11\n\nStrengthening them in law is the route we believe stands the best chance of making the vision real."
    codes = code_letter(text)
    assert codes["q11"].stance == "Yes"
    assert codes["q8"].stance is None
    text = "Question 9\n\nA duty on individual organisations would spread responsibility so thinly that nobody would own it."
    assert letter(text, "q9").stance == "No"
    text = "Question 13\n\nWe would therefore urge ministers to give the non-legislative route a fair run."
    assert letter(text, "q13").stance == "Yes"
    assert letter("Question 8\n\nThe vision, in short, misdiagnoses the problem.", "q8").stance == "No"
    text = "Question 11\n\nPutting the duty through the Community Safety Partnership: not for us."
    assert letter(text, "q11").stance == "No"
    assert letter("Question 11\n\nIt is not for us to judge.", "q11").stance != "No"
    assert letter("Question 12\n\nWe recommend adding schools.", "q12").stance == "Yes"
    assert letter("Question 12\n\nWe would not recommend adding schools.", "q12").stance == "No"
    text = "We would ask that NHS provider trusts, not only Clinical Commissioning Groups, be written into the statutory membership."
    assert letter(text, "q12").stance == "Yes"


# ---------------------------------------------------------------------------- round 31, sixth part (wave 29)
def test_constructions_of_wave_29():
    # a contrast set aside between commas denies nothing
    text = "If the CSP route is chosen, the local transport authority, not the operators, should be made a statutory partner."
    assert letter(text, "q12").stance == "Yes"
    assert letter("The local transport authority should not be made a statutory partner.", "q12").stance == "No"
    text = "Question 9\n\nMuch of the public commentary on the consultation has treated a duty to have due regard as toothless."
    assert letter(text, "q9").stance not in ("Yes", "No")
    assert letter("Question 9\n\nThe duty is toothless.", "q9").stance == "No"
    text = "Question 9\n\nCompare funded areas with unfunded ones, so that national trends are not mistaken for local effects."
    assert letter(text, "q9").stance not in ("Yes", "No")
    text = "Question 9\n\nOf the three models, a duty placed on each specified body fits a county like ours best."
    assert letter(text, "q9").stance == "Yes"
    text = "Question 13\n\nThe non-legislative approach in Option Three is the one that fits a community like ours."
    assert letter(text, "q13").stance == "Yes"
    assert letter("Question 8\n\nFrom where we sit, the vision reads well.", "q8").stance == "Yes"
    assert rules_letter("Question 8\n\nThe vision reads well on paper.", "q8").stance != "Yes"
    text = "Question 12\n\nThe responsible authorities should be extended to include:\n\n- schools\n- housing providers"
    assert letter(text, "q12").stance == "Yes"
    assert not stance._is_heading("The responsible authorities should be extended to include:")
    assert stance._is_heading("Who should be added:")


def test_what_a_body_does_in_a_relative_clause_is_no_cue():
    text = "Question 11\n\nHealth's seat on a CSP is currently held by the CCG, which commissions services but does not deliver them."
    assert letter(text, "q11").stance not in ("Yes", "No")
    assert letter("Question 11\n\nThe partnerships commission services but do not deliver them.", "q11").stance == "No"


def test_a_reservation_weakened_by_its_negation_still_concedes():
    # "does not go far enough" (0.6, turned round at 0.54) after "is right": Mixed, in the same sentence or the next
    assert letter("The vision is right, but it does not go far enough.", "q8").stance == "Mixed"
    assert letter("The vision is right. But it does not go far enough.", "q8").stance == "Mixed"
    assert letter("We agree with the vision, but it does not go far enough.", "q8").stance == "Mixed"
    assert letter("The vision is right, and it goes far enough.", "q8").stance == "Yes"


def test_what_the_paper_concedes_is_reported():
    assert lex.is_reported(
        "The consultation paper's description of Option Three concedes that serious violence might not be treated as a priority."
    )
    assert not lex.is_reported("The paper's vision describes what our schools have been asking for.")
    text = (
        "Question 13\n\nThe paper concedes that, without a specific duty, serious violence might not be treated with the "
        "appropriate level of priority. We agree."
    )
    assert letter(text, "q13").stance != "Yes"
    assert (
        letter("Question 8\n\nThe paper's vision describes what our schools have been asking for.", "q8").stance
        == "Yes"
    )


# ---------------------------------------------------------------------------- round 32: the classifier refitted
# The sentence classifier refitted on more letters and on sentences written to carry no view (README, stance, round 32).
# What a sentence classifier cannot tell from its words, the coder now tells it:
def test_what_the_government_or_the_paper_holds_is_not_read_as_the_respondents():
    assert letter("The paper states that Option Two would amend the Crime and Disorder Act 1998.", "q11").stance is None
    assert letter("The Government shares that view.", "q13").stance is None
    assert letter("The Government believes the voluntary approach would be quicker to set up.", "q13").stance is None
    # the respondent's own verdict beside it is still read
    text = "The paper states that Option Two would amend the 1998 Act, and we support Option Two."
    assert letter(text, "q11").stance == "Yes"


def test_a_decision_not_yet_made_is_no_view():
    text = "Members will want to read the draft guidance before the board can take a view on the new duty."
    assert letter(text, "q9").stance is None
    assert letter("We want to see the evidence before we decide on Option Three.", "q13").stance is None


def test_an_entitlement_as_of_right_is_no_verdict():
    assert letter("The partnerships already include the police as of right.", "q12").stance is None
    assert letter("Schools should be statutory partners of the CSP as of right.", "q12").stance == "Yes"


# round 32, from waves 31-33's confident errors: the respondent's own procedure, a doubt with the target as its
# subject, and working against the aim
def test_the_respondents_own_procedure_is_not_agreement():
    text = "Question 12\n\nThe partnership board agreed on 2 May to answer only the questions that concern CSPs."
    assert letter(text, "q12").stance is None
    assert letter("Question 12\n\nThe partnership board agreed that schools should be added.", "q12").stance == "Yes"
    text = "Question 13\n\nThe information-sharing protocol we had agreed with him lapsed within a term."
    assert letter(text, "q13").stance != "Yes"
    assert letter("Question 13\n\nWe agreed with him that the voluntary approach is best.", "q13").stance == "Yes"
    assert letter("We are sorry this comes late; our board agreed its position only last week.", "q9").stance is None


def test_a_doubt_reaches_what_the_target_would_do():
    assert letter("We doubt Option One would deliver the vision.", "q9").stance == "No"
    assert letter("We doubt legislation would help.", "q9").stance == "No"
    assert letter("We think Option One would deliver the vision.", "q9").stance == "Yes"


def test_working_against_the_aim_is_an_objection():
    assert (
        letter(
            "Question 9\n\nWe consider that this option would work against the vision rather than towards it.", "q9"
        ).stance
        == "No"
    )
    assert letter("Option Three would work against the vision.", "q13").stance == "No"
    assert letter("Option Three would work.", "q13").stance == "Yes"


def test_not_placed_to_judge_put_first_or_as_out_of_reach_is_no_view():
    text = "Question 10\n\nNot something a district council is well placed to judge; I will leave that to the bodies on the list."
    assert letter(text, "q10").stance == "Unclear"
    text = "Question 10\n\nThis is outside what our members can judge, and we would not want to guess."
    assert letter(text, "q10").stance == "Unclear"
    # what is well placed, or not wanted, is still a view
    assert letter("Question 10\n\nThe list is well-placed.", "q10").stance == "Yes"
    assert letter("Question 10\n\nWe would not want the list extended.", "q10").stance == "Yes"


def test_the_opposite_of_what_we_would_want_is_an_objection():
    assert letter("Question 9\n\nThat is the opposite of what we would want to see.", "q9").stance == "No"
    assert letter("Question 9\n\nA duty on schools is the opposite of what we need.", "q9").stance == "No"
    # the vision's wants as the measure stay a yardstick, no verdict of the respondent's
    assert letter("Question 9\n\nThat is the opposite of what the vision says it wants.", "q9").stance != "Yes"


# ---------------------------------------------------------------------------- round 33
# From wave 35's confident errors (and waves 31-34's left over): a view held only in part, a procedure done "in agreement
# with" somebody, what is agreed after an aside, a problem left untouched, an activity of volunteers, an aside of time,
# an answer on an option summed up by its name.
def test_an_evaluation_held_only_in_part_is_mixed():
    assert letter("Question 10\n\nThe Schedule 6 list is sound in part.", "q10").stance == "Mixed"
    assert letter("We see merit in part of Option Three and none in relying on it alone.", "q13").stance == "Mixed"
    assert letter("Option Three is right only in part.", "q13").stance == "Mixed"
    # sound everywhere, in some places, or for a reason given in part: not a partial view
    assert letter("Question 10\n\nThe Schedule 6 list is sound.", "q10").stance == "Yes"
    assert letter("Option Three is sound in parts of the country.", "q13").stance == "Yes"
    assert letter("We support Option Three, in part because it costs little.", "q13").stance == "Yes"


def test_for_it_but_not_as_the_whole_answer_is_mixed():
    assert letter("We support Option Three, but not as a substitute for a duty.", "q13").stance == "Mixed"
    assert letter("We can see value in Option One, but not as a stand-alone measure.", "q9").stance == "Mixed"
    assert letter("We support Option Three, but not as the Government describes it.", "q13").stance == "Yes"


def test_done_in_agreement_with_somebody_is_no_verdict():
    text = "A new duty would need recurrent funding, allocated in agreement with the Welsh Government."
    assert letter(text, "q9").stance is None
    assert letter("We are in agreement with the new duty.", "q9").stance == "Yes"
    assert letter("We remain in agreement with the new duty.", "q9").stance == "Yes"


def test_what_is_agreed_after_an_aside_carries_the_polarity():
    text = (
        "Members were also unanimous, and the board agrees, that a purely voluntary footing would leave the present "
        "unevenness between areas untouched."
    )
    assert letter(text, "q13").stance == "No"
    assert letter("The board agrees, that Option Three is right.", "q13").stance == "Yes"


def test_a_problem_left_untouched_is_an_objection():
    assert letter("Option Three would leave the problem unsolved.", "q13").stance == "No"
    assert letter("A voluntary approach would leave the gaps between areas unaddressed.", "q13").stance == "No"
    # what is left untouched must be a problem; and it may be denied
    assert rules_letter("Option Two would leave the good work of the partnerships untouched.", "q11").stance is None
    assert letter("Option Three would not leave the gaps unaddressed.", "q13").stance == "Yes"


def test_an_activity_of_volunteers_is_not_the_voluntary_option():
    text = (
        "Several members release staff for voluntary mentoring in local schools, and we would like to see more of that."
    )
    assert letter(text, "q13").stance is None
    assert letter("We would like to see more of the voluntary approach.", "q13").stance == "Yes"


def test_much_recognised_then_a_reservation_is_mixed():
    text = "Question 8\n\nThere is much in the vision we recognise and share, but it falls short on age and setting."
    assert letter(text, "q8").stance == "Mixed"
    assert letter("There is much in the vision we recognise and share.", "q8").stance == "Yes"
    # a change wished for is no liking (the rules read none; the classifier's reading, if any, goes to a person)
    assert rules_letter("There is much in Option One that we would like to see changed.", "q9").stance is None
    assert rules_letter("There is much in Option One that we would like to see kept.", "q9").stance == "Yes"


def test_an_aside_of_time_does_not_hide_the_verdict():
    text = "Neither of the legislative routes would, at this stage, add much to what partners are already doing."
    assert letter(text, "q9").stance == "No"
    assert letter(text, "q11").stance == "No"
    assert letter("Option Three would, in the long term, fail.", "q13").stance == "No"


def test_an_answer_on_an_option_named_by_its_kind_is_that_options():
    text = "Our answer on the voluntary option is therefore a divided one: yes as a complement to a duty, no as a substitute."
    assert letter(text, "q13").stance == "Mixed"
    assert letter(text, "q9").stance is None
    text = "Our view of Option Three is accordingly a divided one: as a complement to a statutory duty we are for it."
    assert letter(text, "q13").stance == "Mixed"
    assert letter(text, "q9").stance is None


# round 33, second part, from wave 36 (after its first run was recorded): backing given, the heart of the matter, the
# wrong end, partial agreement with, right in one part and lacking elsewhere, fixing something in statute, bodies not
# wanted added, places acting unevenly
def test_backing_given_is_support():
    assert letter("For those reasons the Forum would give Option One its backing.", "q9").stance == "Yes"
    assert letter("The Forum would not give Option One its backing.", "q9").stance == "No"


def test_the_heart_of_the_matter_and_the_wrong_end():
    assert letter("The vision gets to the heart of the matter.", "q8").stance == "Yes"
    assert letter("The vision as written starts at the wrong end.", "q8").stance == "No"
    assert letter("I think the vision has got it backwards.", "q8").stance == "No"


def test_agreement_said_to_be_partial_is_mixed():
    assert letter("Our agreement with the vision is therefore partial.", "q8").stance == "Mixed"
    assert letter(
        "Question 10\n\nRight in its coverage of education, then, and deficient elsewhere.", "q10"
    ).stance == ("Mixed")
    assert letter("Question 10\n\nThe list is right in its coverage of education.", "q10").stance == "Yes"


def test_fixing_something_in_statute_is_no_repair():
    text = (
        "Writing the duty into the CSP framework would fix the wrong geography in statute, and would be hard to undo."
    )
    assert letter(text, "q11").stance != "Yes"
    assert letter("Option Two would fix the problem.", "q11").stance == "Yes"


def test_bodies_not_wanted_added_to_the_list_keep_it():
    text = "Question 10\n\nWe would not want to see commercial transport operators added to it."
    assert letter(text, "q10").stance == "Yes"
    # without the refusal, no reading of the rules keeps the list
    assert rules_letter("Question 10\n\nWe would want to see transport operators added to it.", "q10").stance != "Yes"


def test_places_acting_unevenly_are_no_partial_view():
    text = "Question 13\n\nSome areas would act, others would not."
    assert letter(text, "q13").stance != "Mixed"
    assert letter("Question 10\n\nSome of these bodies belong on the list; others do not.", "q10").stance == "Mixed"


# round 33, from wave 37 (after its first run was recorded): not wanting to alter it, the least workable, something to
# welcome and something to fear, barely there, the response's own divisions and form, a count of others holding no view,
# somebody left unsure by the target
def test_not_wanting_to_alter_it_keeps_it():
    assert letter("The vision it sets out is one I would not want to alter.", "q8").stance == "Yes"
    assert letter("We would not want Option Two.", "q11").stance == "No"


def test_the_least_workable_is_an_objection():
    text = "Rebuilding the duty around district CSPs is, for two-tier areas, the least workable of the options."
    assert letter(text, "q11").stance == "No"
    assert letter("Option Two is the most workable of the options.", "q11").stance == "Yes"


def test_something_to_welcome_and_something_to_fear_is_mixed():
    assert letter("We see something to welcome in Option Two and something to fear.", "q11").stance == "Mixed"
    assert letter("We see something to welcome in Option Two.", "q11").stance == "Yes"


def test_what_barely_features_is_a_reservation():
    text = (
        "Question 8\n\nMuch of the vision is sound, particularly on sharing data, yet its attention is almost entirely "
        "on urban knife crime, and rural exploitation barely features."
    )
    assert letter(text, "q8").stance == "Mixed"
    assert letter("Question 8\n\nThe vision barely mentions exclusions.", "q8").stance == "No"


def test_how_the_response_was_written_is_no_view():
    assert letter("Question 9\n\nWhere the signatories did not agree, we say so.", "q9").stance is None
    text = (
        "Question 9\n\nWe were unable to use the online form because several of the questions did not allow us to say "
        "what our families wanted said."
    )
    assert letter(text, "q9").stance is None
    assert letter("Question 9\n\nThe signatories did not agree on this question.", "q9").stance == "Unclear"


def test_a_count_of_others_holding_no_view_is_not_the_respondents():
    assert letter("Question 9\n\nEleven would not, and one expressed no view.", "q9").stance != "Unclear"
    assert letter("Question 9\n\nWe expressed no view.", "q9").stance == "Unclear"
    assert letter("Option One: no view.", "q9").stance == "Unclear"


def test_somebody_left_unsure_by_the_target_is_no_doubt_of_the_respondents():
    text = "Question 9\n\nIt risks duplicating our duties, leaving front-line staff unsure which takes precedence."
    assert letter(text, "q9").stance == "No"
    assert letter("Question 9\n\nWe are unsure which would take precedence.", "q9").stance == "Unclear"
    assert letter("The paper has left us unsure whether Option Two would work.", "q11").stance == "Unclear"


def test_an_aside_naming_where_it_holds_does_not_hide_the_negation():
    # b769_06 (read this session while checking a mend): the aside between "not" and the evaluation hid the negation
    assert letter("Option Two is not, for Wales at least, the right vehicle.", "q11").stance == "No"
    assert letter("Option Two is, at least for schools, the right vehicle.", "q11").stance == "Yes"


# ---------------------------------------------------------------------------- round 34
# from wave 38 (b901-b908, written blind this session; after its first run was recorded): a closing heading after numbered
# answers, a courtesy request, a share of a group in a table's row, what an option would complement, right as a
# complement and wrong as a substitute, arguments on both sides, the question left to others, colleagues who disagree
def test_a_closing_heading_ends_the_numbered_answer_above_it():
    text = (
        "Answer to question 9\n\nOn balance, Option One is the approach the force would want to see.\n\n"
        "Answer to question 13\n\nOption Three on its own would leave us where we started.\n\n"
        "Other comments\n\nThe force would be glad to host one of the regional events."
    )
    _, sections, _ = split_letter(text, load_spec())
    assert sections["q13"] == "Option Three on its own would leave us where we started."
    # a line of the answer that is no closing heading stays in it
    text2 = text.replace("Other comments", "Our own experience")
    _, sections2, _ = split_letter(text2, load_spec())
    assert "regional events" in sections2["q13"]


def test_a_courtesy_request_is_no_verdict():
    assert letter("Question 13\n\nThe force would welcome early sight of the draft guidance.", "q13").stance != "Yes"
    assert letter("Question 13\n\nThe force would welcome Option Three.", "q13").stance == "Yes"


def test_a_groups_share_in_a_tables_row_is_reported():
    assert letter("Question 11\n\nMembers ranking it last: 12%.", "q11").stance not in ("Yes", "No")
    assert letter("Question 11\n\nWe rank it last.", "q11").stance == "No"


def test_what_an_option_would_complement_is_not_judged():
    text = "I am for Option Three as a complement to a duty, and against it as a substitute for one."
    assert letter(text, "q9").stance is None  # "a duty" is what Option Three would complement
    assert letter(text, "q13").stance == "Mixed"
    assert letter("We support Option Three as a complement to a new statutory duty.", "q9").stance is None
    assert letter("We support a new statutory duty.", "q9").stance == "Yes"


def test_right_as_a_complement_and_wrong_as_a_substitute_is_mixed():
    assert letter("Option Three is right as a complement and wrong as a substitute.", "q13").stance == "Mixed"
    assert letter("Option Three is right as a complement.", "q13").stance == "Yes"


def test_arguments_on_both_sides_set_out_are_no_view():
    text = "Question 10\n\nThere are arguments both for and against the list."
    assert letter(text, "q10").stance == "Unclear"
    assert letter("Question 10\n\nWe are both for and against the list.", "q10").stance == "Mixed"


def test_the_question_left_to_others_is_no_view():
    text = "Question 12\n\nIt would not be for us to say which bodies should be statutory partners."
    assert letter(text, "q12").stance == "Unclear"
    assert letter("Question 12\n\nSchools should be statutory partners.", "q12").stance == "Yes"


def test_colleagues_who_disagree_are_not_the_respondent():
    assert letter("Question 12\n\nColleagues in the group disagree.", "q12").stance != "No"
    assert letter("Question 12\n\nWe disagree.", "q12").stance == "No"
    assert letter("We and our partners agree that Option One is right.", "q9").stance == "Yes"


def test_word_salad_is_an_objection():
    assert letter('Question 8\n\nYour "vision" is word salad.', "q8").stance == "No"
    assert letter("Question 8\n\nYour vision is a salad of good ideas.", "q8").stance != "No"


# round 34, from wave 39 (b909-b916, after its first run was recorded): with it on one thing and against it on another,
# parts welcomed and others not, the wrong vehicle for the right aim, a body not wanted
# left out, a request that is no bare "We would.", what an option would do to the vision, an option named outright
def test_with_it_on_one_thing_and_against_it_on_another_is_mixed():
    text = "We are with the vision on prevention and part company with it on focus."
    assert letter(text, "q8").stance == "Mixed"
    assert letter("We are with the vision on prevention.", "q8").stance != "Mixed"


def test_parts_welcomed_and_others_not_is_mixed():
    assert letter("Parts of the vision we welcome, and others worry us.", "q8").stance == "Mixed"
    assert letter("The vision we welcome.", "q8").stance == "Yes"


def test_the_wrong_vehicle_for_the_right_aim_judges_the_vehicle():
    assert letter("Question 9\n\nThe wrong vehicle for the right aim.", "q9").stance == "No"
    assert letter("Question 9\n\nThe right aim.", "q9").stance != "No"


def test_a_body_not_wanted_left_out_is_no_objection_to_the_list():
    assert letter("Question 10\n\nWe would not want custody left out of any duty.", "q10").stance != "No"
    assert letter("Question 10\n\nWe would not want the list.", "q10").stance == "No"


def test_a_request_is_no_bare_we_would():
    # (the rules: the sentence classifier may still lean on "we would", and its reading always goes to a person)
    assert rules_letter("Question 9\n\nWe would welcome further guidance.", "q9").stance != "Yes"
    assert letter("Question 9\n\nWe would.", "q9").stance == "Yes"


def test_what_an_option_would_do_to_the_vision_is_no_view_of_the_vision():
    text = "Option Three would leave the vision at the mercy of whoever happens to be in post."
    assert letter(text, "q8").stance is None
    assert letter(text, "q13").stance == "No"
    assert letter("The vision is at the mercy of events.", "q8").stance == "No"


def test_an_option_named_outright_is_what_the_clause_judges():
    text = "We recommend that the Government takes forward the third option, backed by a fund for local partnerships."
    assert letter(text, "q11").stance is None
    assert letter(text, "q13").stance == "Yes"
    assert letter("We recommend a duty on local partnerships.", "q11").stance == "Yes"


# round 34, from wave 40 (b917-b924, after its first run was recorded): a negation in an aside before a preference, a
# liking that shrank, an expectation not kept, support "but not on its own", nobody against it, a condition put with
# "provided", help offered to the department, what the response does not repeat, no view on another question by number
def test_a_negation_in_an_aside_does_not_turn_a_preference_round():
    text = (
        "Having said that, and my group leader will not thank me for saying it, I would rather have the duty than not."
    )
    assert letter(text, "q9").stance == "Yes"
    assert letter("We would not prefer Option One to Option Two.", "q9").stance == "No"


def test_a_liking_that_shrank_is_an_objection():
    assert letter("Question 9\n\nThe more we looked, however, the less we liked it.", "q9").stance == "No"
    assert letter("Question 9\n\nThe more we looked, the more we liked it.", "q9").stance == "Yes"


def test_an_expectation_not_kept_is_no_verdict():
    assert letter("Question 9\n\nWe went into the board meeting half expecting to endorse it.", "q9").stance != "Yes"
    assert letter("Question 9\n\nWe went into the board meeting and endorsed it.", "q9").stance == "Yes"


def test_support_but_not_on_its_own_is_no_split():
    text = "Question 9\n\nWe support a duty on the named bodies, but not on its own."
    assert letter(text, "q9").stance != "Mixed"
    assert letter("Question 9\n\nWe support it, but not the rest.", "q9").stance == "Mixed"


def test_nobody_against_it_is_support():
    assert letter("Question 8\n\nLiterally nobody disagreed with that.", "q8").stance == "Yes"
    assert letter("Question 8\n\nWe disagreed with that.", "q8").stance == "No"


def test_a_condition_put_with_provided_is_not_said_of_the_target():
    text = "Question 9\n\nSo yes, provided it does not arrive with another quarterly return to fill in."
    assert letter(text, "q9").stance == "Yes"
    assert letter("Question 9\n\nIt would arrive with another quarterly return to fill in.", "q9").stance == "No"
    # (the answer before the condition stays: found in the last read of the change)
    assert letter("Question 9\n\nYes provided that it is funded.", "q9").stance == "Yes"


def test_help_offered_to_the_department_is_no_verdict():
    text = "Question 13\n\nWe would be glad to support the Home Office in drafting any guidance."
    assert letter(text, "q13").stance != "Yes"
    assert letter("Question 13\n\nWe would be glad to support Option Three.", "q13").stance == "Yes"


def test_what_the_response_does_not_repeat_is_no_verdict():
    text = "Our Community Safety Partnership is submitting a full response and we do not want to duplicate it."
    assert letter(text, "q11").stance is None
    assert letter("We do not want the Community Safety Partnership to take it on.", "q11").stance == "No"


def test_no_view_on_another_question_by_number_is_not_this_ones():
    text = "Question 11\n\nWe make no recommendation on Question 12."
    assert letter(text, "q11").stance != "Unclear"
    assert letter("Question 11\n\nWe make no recommendation on Question 11.", "q11").stance == "Unclear"


# round 34, from wave 41 (b925-b932, after its first run was recorded): the respondent would not change it, another list
# preferred, agreed in part, half of it taken up, recommendations announced, "no <kind of> view", those against who said
# so, what others wrote, a part of the answer that counts
def test_what_the_respondent_would_not_change_it_keeps():
    text = "Question 8\n\nThe Board would not change the vision's emphasis on prevention."
    assert letter(text, "q8").stance == "Yes"
    assert letter("Question 8\n\nThe vision would not change anything.", "q8").stance == "No"


def test_another_list_preferred_is_no_to_this_one():
    text = "Question 10\n\nWe would prefer a bespoke schedule, drawn up by reference to the functions engaged."
    assert letter(text, "q10").stance == "No"
    assert letter("Question 10\n\nWe would prefer this schedule.", "q10").stance == "Yes"


def test_agreed_in_part_is_mixed():
    assert letter("Question 9\n\nAgreed in part.", "q9").stance == "Mixed"
    assert letter("Question 9\n\nAgreed.", "q9").stance == "Yes"


def test_half_of_it_taken_up_is_mixed():
    assert letter("Half of the vision I would sign up to tomorrow.", "q8").stance == "Mixed"
    assert letter("All of the vision I would sign up to tomorrow.", "q8").stance == "Yes"


def test_recommendations_announced_are_no_verdict():
    text = "Question 9\n\nIf the Government nonetheless proceeds with Option One, the Committee recommends:"
    assert rules_letter(text, "q9").stance != "Yes"
    assert letter("Question 9\n\nThe Committee recommends Option One.", "q9").stance == "Yes"


def test_no_view_of_some_kind_is_no_answer_no():
    assert letter("Question 12\n\nNo divisional view.", "q12").stance != "No"
    assert letter("Question 12\n\nNo.", "q12").stance == "No"


def test_those_against_who_said_so_are_not_the_respondent():
    text = "Question 9\n\nThose against said a law would just mean more forms."
    assert letter(text, "q9").stance != "No"
    assert letter("Question 9\n\nWe said a law would just mean more forms.", "q9").stance == "No"


def test_what_others_wrote_is_reported():
    text = "Question 9\n\nTwo associations wrote that they would rather see existing powers used than a new duty."
    assert letter(text, "q9").stance not in ("Yes", "No")
    assert letter("Question 9\n\nWe would rather see existing powers used than a new duty.", "q9").stance == "No"


def test_a_part_of_the_answer_that_counts_is_no_partial_view():
    text = "Question 9\n\nSchools are an important part of the answer."
    assert letter(text, "q9").stance != "Mixed"
    assert letter("Question 9\n\nOption One is only part of the answer.", "q9").stance == "Mixed"


def test_who_sits_on_the_partnerships_is_q12_not_option_two():
    # round 34 (waves 38-42): membership put in other words ("on CSPs as of right", "a named partner", "more seats") had
    # been read as a view on Option Two through the partnerships' name
    text = "Ambulance trusts should be on CSPs as of right."
    assert letter(text, "q12").stance == "Yes"
    assert letter(text, "q11").stance is None
    assert letter("Community Safety Partnerships should be given the duty.", "q11").stance == "Yes"


def test_not_a_word_of_it_changed_keeps_it_and_prevents_purpose_is_not_this_one():
    # round 34 (after wave 42's first run): two confident flips
    assert letter("Question 8\n\nWe would not want a word of it changed.", "q8").stance == "Yes"
    assert letter("Question 8\n\nWe would not want it.", "q8").stance == "No"
    text = "Question 10\n\nSchedule 6 names prison governors, and for Prevent that makes sense."
    assert letter(text, "q10").stance != "Yes"
    assert letter("Question 10\n\nSchedule 6 names prison governors, and that makes sense.", "q10").stance == "Yes"


# ---------------------------------------------------------------------------- round 35
# from wave 43 (b941-b948, after its first run was recorded); the reader's two mends (a reply between the lines of what it
# quotes, a plain-text table under a rule) are tested in test_letters.py


def test_no_consensus_is_no_answer_no():
    assert letter("Question 11\n\nNo consensus.", "q11").stance != "No"
    assert letter("Question 11\n\nNo agreement was reached.", "q11").stance != "No"
    assert letter("Question 11\n\nNo.", "q11").stance == "No"


def test_agreeing_with_a_remark_is_no_verdict_on_the_option():
    text = "Question 11\n\nWe agree with that observation and would draw the obvious conclusion from it."
    assert rules_letter(text, "q11").stance != "Yes"
    assert letter("Question 11\n\nWe agree with that option.", "q11").stance == "Yes"


def test_a_body_split_down_the_middle_gives_no_view():
    text = "Question 9\n\nWe were split down the middle on this and cannot give you a single answer."
    assert letter(text, "q9").stance == "Unclear"
    assert letter("Question 9\n\nWe split the work down the middle and we support it.", "q9").stance == "Yes"


def test_arguments_cutting_both_ways_are_no_view_a_view_cutting_both_ways_is_mixed():
    assert letter("Question 12\n\nThe arguments cut both ways for a service like ours.", "q12").stance == "Unclear"
    assert letter("Question 13\n\nOur view of the voluntary option cuts both ways.", "q13").stance == "Mixed"


def test_no_addition_to_it_is_no():
    text = "Question 12\n\nOn whether the statutory membership of CSPs should be added to, we would not add to it."
    assert letter(text, "q12").stance == "No"
    assert letter("Question 12\n\nWe would add to it.", "q12").stance != "No"


def test_the_voluntary_option_named_under_another_question_is_option_three():
    text = "Question 9\n\nFor the same reason we do not think the voluntary option would do the job."
    assert letter(text, "q13").stance == "No"
    assert letter(text, "q9").stance != "No"


def test_a_route_to_the_consultations_aims_judges_the_route_not_the_vision():
    codes = code_letter("The board sees Option Two as the surest route to the consultation's aims.")
    assert (codes["q11"].stance, codes["q8"].stance) == ("Yes", None)
    assert code_letter("The board sees the consultation's aims as the right ones.")["q8"].stance == "Yes"


def test_a_question_asked_of_each_option_in_a_table_is_no_verdict():
    from svanalysis.ingest.readers.letters import unfold_option_columns

    table = (
        "| Test | Option One | Option Two | Option Three |\n|---|---|---|---|\n"
        "| Does it build on structures that already work? | Amber | Green | Amber |"
    )
    text = unfold_option_columns(table, load_spec())
    assert "Does it build on structures that already work? Amber." in text
    assert rules_letter(text, "q9").stance != "Yes"
    said = table.replace("Does it build on structures that already work?", "It builds on structures that already work")
    assert rules_letter(unfold_option_columns(said, load_spec()), "q9").stance == "Yes"


def test_cautioning_against_a_way_of_judging_it_is_no_verdict_on_it():
    text = "Question 9\n\nI would caution against judging any local area, or the duty itself, on single-year changes."
    assert letter(text, "q9").stance != "No"
    assert letter("Question 9\n\nI would caution against the duty itself.", "q9").stance == "No"


def test_bodies_wished_added_find_the_list_incomplete():
    text = "Question 10\n\nWe would like to see housing providers added."
    assert letter(text, "q10").stance == "No"
    assert letter("Question 10\n\nWe would like to see housing providers kept.", "q10").stance == "Yes"
    assert letter("Question 12\n\nWe would like to see housing providers added to the list.", "q12").stance == "Yes"


def test_an_option_abbreviated_as_people_type_it_is_named():
    # round 35 (wave 44's messages from a phone): "opt 1", "opt 2"
    codes = code_letter("opt 1 and opt 2 are just more paperwork for councils who are already skint.")
    assert (codes["q9"].stance, codes["q11"].stance) == ("No", "No")
    assert code_letter("opt 4 is just more paperwork for councils who are already skint.")["q9"].stance is None


def test_the_option_that_needs_no_act_of_parliament_is_option_three():
    text = "Of the three options, the one I'd put my name to is the one that doesn't need an Act of Parliament."
    codes = code_letter(text)
    assert (codes["q13"].stance, codes["q9"].stance) == ("Yes", None)
    assert code_letter("The one I'd put my name to is an Act of Parliament.")["q9"].stance == "Yes"


def test_a_question_left_open_is_no_view():
    text = "Question 13\n\nWhether a non-legislative approach would be enough is, for the Board, an open question."
    assert letter(text, "q13").stance == "Unclear"
    text = "Question 13\n\nWhether it would be enough is not something on which we have reached a settled view."
    assert letter(text, "q13").stance == "Unclear"
    text = "Question 13\n\nWe have an open question about funding, but we support Option Three."
    assert letter(text, "q13").stance == "Yes"


# round 35, from wave 45 (b957-b964, after its first run was recorded)


def test_agreeing_that_the_target_is_denied_is_no_yes():
    text = "Question 13\n\nThe Federation agrees with them that goodwill is not a foundation you can build on."
    assert letter(text, "q13").stance != "Yes"
    assert (
        letter("Question 13\n\nThe Federation agrees with them that goodwill is a foundation.", "q13").stance == "Yes"
    )
    # a subject that is no target keeps the agreement: "violence cannot be left to the police alone"
    assert code_text("We agree that violence cannot be left to the police alone.", "q8").stance == "Yes"


def test_a_view_held_when_the_response_was_begun_is_superseded():
    assert code_letter("When we began drafting this response we favoured Option Two.")["q11"].stance is None
    assert code_letter("Now that we have finished drafting this response we favour Option Two.")["q11"].stance == "Yes"


def test_a_question_put_to_members_is_no_verdict():
    text = "We asked members which of the two routes involving legislation they would prefer."
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q11"].stance) == (None, None)
    assert (
        code_letter("We asked members, and we would prefer the two routes involving legislation.")["q9"].stance == "Yes"
    )


def test_not_a_vision_the_members_can_sign_up_to_is_no():
    assert letter("Question 8\n\nIt is not a vision our members can sign up to.", "q8").stance == "No"
    assert letter("Question 8\n\nIt is a vision our members can sign up to.", "q8").stance == "Yes"


def test_roughly_half_of_them_welcoming_it_is_no_half_welcome():
    assert letter("Question 8\n\nRoughly half welcome a sharper focus on knife crime.", "q8").stance != "Mixed"
    assert letter("Question 8\n\nWe half welcome a sharper focus on knife crime.", "q8").stance == "Mixed"


def test_why_others_conclude_as_they_do_is_their_view():
    text = "Question 13\n\nWe understand why people look at that record and conclude that goodwill is not enough."
    assert letter(text, "q13").stance != "No"
    assert (
        letter("Question 13\n\nWe look at that record and conclude that goodwill is not enough.", "q13").stance == "No"
    )


def test_what_a_concession_leaves_open_is_not_judged():
    text = "I'd want the Government to back the voluntary route properly, whatever it decides about a duty."
    codes = code_letter(text)
    assert (codes["q13"].stance, codes["q9"].stance) == ("Yes", None)
    assert code_letter("I'd want the Government to back the voluntary route and a duty.")["q9"].stance == "Yes"
    codes = code_letter("Whatever the Government decides about a duty, we would back Option Three.")
    assert (codes["q13"].stance, codes["q9"].stance) == ("Yes", None)


# round 35, from wave 46 (b965-b972, after its first run was recorded)


def test_a_duty_placed_on_the_partnership_is_option_two():
    text = "We would rather the duty were placed on the partnership than on each body separately."
    codes = code_letter(text)
    assert (codes["q11"].stance, codes["q9"].stance) == ("Yes", None)
    assert code_letter("We would rather the duty were placed on each body separately.")["q9"].stance == "Yes"


def test_rather_it_were_left_on_the_shelf_is_no():
    text = "On the duty on individual bodies, we would rather it were left on the shelf."
    assert code_letter(text)["q9"].stance == "No"
    assert code_letter("On the duty on individual bodies, we would rather it were introduced.")["q9"].stance == "Yes"


def test_none_opposing_it_is_support():
    text = "Most members would welcome a duty placed on the individual agencies, and none opposed it."
    assert code_letter(text)["q9"].stance == "Yes"
    assert code_letter("Members opposed a duty placed on the individual agencies.")["q9"].stance == "No"


def test_a_criterion_cell_in_an_appraisal_is_no_answer():
    text = "Option Two\n\nOwner: the CSP; plan: yes; visibility: partial."
    assert rules_letter(text, "q11").stance not in ("Yes", "No")
    assert rules_letter("Option Two\n\nOur answer: yes.", "q11").stance == "Yes"


def test_a_question_named_before_the_colon_is_an_answer_not_a_criterion():
    assert letter("Question 8\n\nvision: yes.", "q8").stance == "Yes"
    assert rules_letter("Option Two\n\nplan: yes.", "q11").stance not in ("Yes", "No")


def test_a_list_drawn_afresh_preferred_is_not_this_list():
    assert letter("Question 10\n\nWe would rather the bodies were listed afresh.", "q10").stance == "No"
    text = "Question 10\n\nWe would prefer the list of bodies to be built afresh rather than borrowed from elsewhere."
    assert letter(text, "q10").stance == "No"
    assert letter("Question 10\n\nWe would rather the bodies were listed as they are.", "q10").stance == "Yes"


# ---------------------------------------------------------------------------- round 36
# from wave 47 (b973-b980, after its first run was recorded)


def test_with_you_on_half_of_it_is_mixed():
    assert letter("Question 8\n\nOn the vision: I'm with you on half of it.", "q8").stance == "Mixed"
    assert letter("Question 8\n\nOn the vision: I'm with you on it.", "q8").stance == "Yes"


def test_getting_nowhere_in_deliberation_is_no_view():
    assert letter("Question 11\n\nWe spent ages on this one and honestly got nowhere.", "q11").stance == "Unclear"
    assert letter("Question 11\n\nWe tried partnership working for years and got nowhere.", "q11").stance == "No"


def test_our_exception_is_the_one_thing_not_agreed():
    text = "We broadly agree with the proposals. Our exception is the voluntary route."
    assert code_letter(text)["q13"].stance == "No"
    assert code_letter("We broadly agree with the proposals, the voluntary route included.")["q13"].stance == "Yes"


def test_the_list_borrowed_from_prevent_is_the_schedule_6_list():
    codes = code_letter("The list the paper borrows from the Prevent duty is not the right one for this purpose.")
    assert (codes["q10"].stance, codes["q9"].stance) == ("No", None)
    text = "The list the paper borrows from the Prevent duty is the right one for this purpose."
    assert code_letter(text)["q10"].stance == "Yes"


def test_another_list_called_for_with_its_participle_between_commas():
    assert letter("Question 10\n\nA bespoke list, drawn up with this purpose in mind, is needed.", "q10").stance == "No"
    assert letter("Question 10\n\nThe list, drawn up with this purpose in mind, is needed.", "q10").stance == "Yes"


def test_bodies_not_asked_for_between_commas_are_no_request():
    text = "Question 12\n\nWe would not ask for prisons, or other custodial bodies, to be added to the responsible authorities."
    assert rules_letter(text, "q12").stance not in ("Yes", "No")
    text = "Question 12\n\nWe would ask for prisons, or other custodial bodies, to be added to the responsible authorities."
    assert rules_letter(text, "q12").stance == "Yes"


def test_sound_on_one_part_and_wrong_on_another_is_not_yes():
    assert letter("Question 10\n\nSound on most bodies; wrong on commissioners.", "q10").stance != "Yes"
    assert letter("Question 10\n\nSound on most bodies.", "q10").stance == "Yes"
    assert letter("Question 10\n\nWrong on commissioners.", "q10").stance == "No"


# round 36, from wave 48 (b981-b988, after its first run was recorded)


def test_members_who_could_not_agree_what_it_means_hold_no_view():
    text = "Question 8\n\nWhen our committee read it we could not agree what it would mean in practice."
    assert letter(text, "q8").stance == "Unclear"
    assert letter("Question 8\n\nWhen our committee read it we could not agree with it.", "q8").stance == "No"


def test_an_agreed_position_not_reached_is_no_view_and_is_no_verdict_itself():
    text = "Question 10\n\nMembers split three ways and the Forum could not reach an agreed position."
    assert letter(text, "q10").stance == "Unclear"
    assert letter("Question 10\n\nThe Forum reached an agreed position: the list is right.", "q10").stance == "Yes"
    assert letter("Question 10\n\nThe Forum has an agreed position.", "q10").stance is None


def test_a_long_part_got_right_and_another_wrong_is_mixed():
    text = "Question 10\n\nThe list gets the criminal justice and local authority bodies right and the health bodies wrong."
    assert letter(text, "q10").stance == "Mixed"
    text = "Question 10\n\nThe list gets the criminal justice and local authority bodies right."
    assert letter(text, "q10").stance == "Yes"


def test_however_the_duty_is_framed_sets_the_duty_aside():
    text = "However the duty is framed, we would like to see the responsible authorities in community safety partnerships widened."
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q12"].stance) == (None, "Yes")
    text = "However, the duty is framed around the named bodies and we would like to see it."
    assert code_letter(text)["q9"].stance == "Yes"


def test_not_understanding_it_well_enough_to_say_is_no_view():
    text = (
        "Question 11\n\nI don't understand how these partnerships work well enough to say whether that would be better."
    )
    assert letter(text, "q11").stance == "Unclear"
    text = "Question 11\n\nI understand how these partnerships work well enough to say whether that would be better."
    assert letter(text, "q11").stance != "Unclear"


def test_a_thing_this_uncertain_is_no_uncertainty_of_the_respondent():
    text = "Question 9\n\nA duty whose object is this uncertain does not seem to me the best way to the vision."
    assert letter(text, "q9").stance == "No"
    assert letter("Question 9\n\nWe are uncertain whether a duty would help.", "q9").stance == "Unclear"


def test_gaps_in_the_list_are_an_omission():
    assert letter("Question 10\n\nThere are gaps.", "q10").stance == "No"
    assert letter("Question 10\n\nThere are no gaps.", "q10").stance != "No"


def test_terse_answers_in_the_questions_own_section():
    # round 36, wave 49's terse emails: "Q9 - not as drafted.", "13: This one."
    assert [
        letter(f"Question 9\n\n{t}", "q9").stance for t in ("Not as drafted.", "Second best.", "Not for schools.")
    ] == [
        "No",
        "No",
        "No",
    ]
    assert [
        letter(f"Question 9\n\n{t}", "q9").stance for t in ("This one.", "Our first choice.", "We'd accept this.")
    ] == [
        "Yes",
        "Yes",
        "Yes",
    ]
    assert letter("Question 10\n\nToo wide.", "q10").stance == "No"
    assert letter("Question 10\n\nWide enough.", "q10").stance != "No"


def test_one_part_yes_and_another_no_tersely_is_mixed():
    assert letter("Question 8\n\nVision yes, focus no.", "q8").stance == "Mixed"
    assert letter("Question 8\n\nFocus no, vision yes.", "q8").stance == "Mixed"
    assert letter("Question 8\n\nThe vision yes.", "q8").stance == "Yes"


def test_support_withdrawn_is_no_and_objection_withdrawn_is_yes():
    assert code_letter("We withdraw our earlier support for Option One.")["q9"].stance == "No"
    assert code_letter("We withdraw our objection to Option One.")["q9"].stance == "Yes"


def test_a_view_revised_further_on_replaces_the_earlier_one_for_review():
    earlier = (
        "Dear Sir or Madam,\n\nWe have considered the three options with care over several meetings of the board and with "
        "our partners across the county. We support Option Three. Goodwill has served this county well for many years and "
        "we see no reason to legislate.\n\n"
    )
    text = earlier + "Since drafting the above, our board has met again. We now oppose Option Three.\n"
    code = code_letter(text)["q13"]
    assert (code.stance, code.rule.startswith("revised further on ('Since drafting the above')")) == ("No", True)
    assert code.confidence < 0.75 and "We support Option Three." in code.conflict_evidence
    assert code_letter(earlier + "Our board has met again. We now oppose Option Three.\n")["q13"].stance != "No"


def test_only_one_option_achieving_the_vision_rules_out_the_others():
    text = "Our order of preference: Option One, Option Two, Option Three. Of the three, only the first would achieve the vision."
    codes = code_letter(text)
    assert [codes[q].stance for q in ("q9", "q11", "q13")] == ["Yes", "No", "No"]
    assert codes["q11"].confidence < 0.75  # read from one sentence about another option: for review
    codes = code_letter("Not only Option Two would achieve the vision.")
    assert (codes["q9"].stance, codes["q13"].stance) == (None, None)


def test_a_reply_correcting_the_message_copied_below_it_is_the_revision():
    # round 36, wave 50: "Further to my email of yesterday, I want to correct ..." above the earlier message
    earlier = (
        "________________________________ Sent: 27 May 2019 17:42 Subject: response\n\n"
        "Dear Consultation Team,\n\nQuestion 9\nWe oppose Option One. Health partners already attend the partnerships, and "
        "a further duty would add reporting without adding capacity; we see no case for it at all.\n"
    )
    reply = "Dear Consultation Team,\n\nFurther to my email of yesterday, I want to correct our answer. We support Option One.\n\n"
    code = code_letter(reply + earlier)["q9"]
    assert (code.stance, code.confidence < 0.75, "We oppose Option One." in code.conflict_evidence) == (
        "Yes",
        True,
        True,
    )
    reply = "Dear Consultation Team,\n\nFurther to my email of yesterday, here is more about our work. We support Option One.\n\n"
    code = code_letter(reply + earlier)["q9"]  # no correction said: both views stand, neither replaces the other
    assert not code.rule.startswith("revised") and code.confidence < 0.5


def test_a_negation_before_the_best_way_to_reaches_the_verdict_after_it():
    # round 36 (found probing the final coder): the means named before "achieve the vision" is part of the verdict
    assert (
        letter("Question 9\n\nOption One does not seem to us the best way to achieve the vision.", "q9").stance == "No"
    )
    assert letter("Question 9\n\nOption One seems to us the best way to achieve the vision.", "q9").stance == "Yes"


# ---------------------------------------------------------------------------- round 37
# from wave 51 (b1005-b1012, after its first run was recorded)


def test_an_addendum_ends_the_numbered_answer_above_it_and_revises_it():
    spec = load_spec()
    answers = "8. The vision\n\nThe Force agrees with the vision.\n\n13. Option Three\n\nWe partly agree.\n\n"
    later = (
        "(b) Question 13. On reflection, we do not consider that a voluntary approach would achieve the vision, "
        'and the answer "We partly agree" should be disregarded.\n'
    )
    text = answers + "ADDENDUM (27 May 2019): decisions of the Chief Officer Group\n\n" + later
    sections = split_letter(text, spec)[1]
    assert sections["q13"] == "Option Three\n\nWe partly agree."
    code = code_letter(text, spec, sections)["q13"]
    assert (code.stance, code.confidence < 0.75, code.conflict_evidence) == ("No", True, "We partly agree.")
    assert code.evidence.endswith('and the answer "We partly agree" should be disregarded.')  # as the letter words it
    # with no addendum the later paragraph is part of the answer to question 13
    assert "On reflection" in split_letter(answers + later, spec)[1]["q13"]


def test_a_revision_naming_the_question_by_number_replaces_its_answer_even_by_carry_over():
    spec = load_spec()
    answers = (
        "## Question 8\n\nThe vision is the right one. We welcome the emphasis on data sharing, because what our staff "
        "learn too often stays in our own systems.\n\n## Question 10\n\nBroadly, yes. The bodies listed hold the statutory "
        "levers, and a list that already exists will save time.\n\n"
    )
    addendum = (
        "## Addendum following the Board meeting\n\nOn Question 10, members felt the answer was too generous. The Board "
        "is content with the bodies listed, but it is not content with a list that leaves out the landlords.\n"
    )
    text = answers + addendum
    assert code_letter(text, spec, split_letter(text, spec)[1])["q10"].stance == "Mixed"
    unnamed = addendum.replace("On Question 10, members", "Members")
    text = answers + unnamed
    assert code_letter(text, spec, split_letter(text, spec)[1])["q10"].stance == "Yes"


def test_a_covering_note_above_the_draft_it_revises():
    note = (
        "COVERING NOTE\n\nThe response below was drafted in April. This note records the Board's settled position and "
        "replaces anything in the draft that conflicts with it. The draft welcomes a duty of due regard on individual "
        "bodies. The Board has therefore withdrawn the draft's endorsement of Option One.\n\n"
    )
    draft = (
        "About the Trust\n\nWe run eleven academies.\n\nA duty on individual bodies\n\nWe would welcome Option One.\n"
    )
    code = code_letter(note + "-" * 40 + "\nDRAFT RESPONSE (prepared April 2019)\n\n" + draft)["q9"]
    assert (code.stance, code.confidence < 0.75) == ("No", True)
    code = code_letter(note + "-" * 40 + "\nOUR WORK WITH SCHOOLS\n\n" + draft)["q9"]  # no draft below: no revision
    assert not (code.rule or "").startswith("revised")


def test_the_senders_own_earlier_message_quoted_below_a_reply_is_kept():
    reply = (
        "Dear Sir or Madam,\n\nFurther to my email of Tuesday (below), I need to amend what we said about Option Three. "
        "Our trustees met on Thursday evening and talked it through at some length, with the staff team and with two of "
        "the young people who sit on our advisory group, and they could not agree among themselves. They have asked me "
        "to say that the Collective has no settled view on Option Three. Everything else in my earlier email stands, "
        "including what I said about the vision and the work we do.\n\nPrecious Adeyemi-Clarke\n\n"
    )
    earlier = (
        "On Tue, 21 May 2019 at 16:02, Precious Adeyemi-Clarke <precious@example.org> wrote:\n\n"
        "On the vision: yes. Violence is not only a police problem.\n\nOption Three gets our backing.\n"
    )
    codes = code_letter(reply + earlier)
    assert (codes["q8"].stance, codes["q13"].stance) == ("Yes", "Unclear")
    # a colleague's message passed on below a long reply of the sender's own is not the respondent's view
    forwarded = reply.replace("Further to my email of Tuesday (below), I", "I").replace(" in my earlier email", "")
    assert code_letter(forwarded + earlier.replace("Precious Adeyemi-Clarke", "Dr Ian Moss"))["q8"].stance is None


def test_one_named_councillor_in_the_minutes_is_not_the_council():
    assert code_letter("Councillor Pescod disagreed with Option Two.")["q11"].stance is None
    assert code_letter("The Council disagreed with Option Two.")["q11"].stance == "No"


def test_an_attitude_in_the_passive_with_no_agent_is_the_respondents():
    assert code_letter("Option Three is not supported.")["q13"].stance == "No"
    assert code_letter("Of the three, the voluntary route is preferred.")["q13"].stance == "Yes"
    assert code_letter("The voluntary route is preferred by the Government.")["q13"].stance is None
    assert code_letter("Members preferred the voluntary route.")["q13"].stance == "Yes"


def test_a_second_that_clause_of_a_resolution_has_its_own_subject():
    text = "RESOLVED that a new legal duty would be a sledgehammer to crack a nut, and that the voluntary route is preferred."
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q13"].stance) == ("No", "Yes")
    codes = code_letter(
        "RESOLVED that a new legal duty would be a sledgehammer to crack a nut, and the voluntary route too."
    )
    assert (codes["q9"].stance, codes["q13"].stance) == ("No", "No")


def test_the_list_left_as_it_is_in_more_than_one_word():
    assert code_letter("I would leave the Schedule 6 list as it is.")["q10"].stance == "Yes"
    assert code_letter("Leaving the Schedule 6 list as it is would be a mistake.")["q10"].stance == "No"


def test_the_second_after_the_first_sense_is_no_option():
    text = "The Commissioner agrees with Option Three in the first sense and disagrees with it in the second."
    codes = code_letter(text)
    assert (codes["q13"].stance, codes["q11"].stance) == ("Mixed", None)
    codes = code_letter("The Commissioner agrees with the first option and disagrees with the second.")
    assert codes["q11"].stance is not None


def test_least_cost_effective_and_leaning_on_balance():
    assert code_letter("Option Two is the least cost-effective of the two legislative routes.")["q11"].stance == "No"
    assert code_letter("Option Two is the most cost-effective of the two legislative routes.")["q11"].stance == "Yes"
    assert code_letter("I would on balance lean towards the voluntary approach.")["q13"].stance == "Yes"
    text = "I would on balance lean towards the view that the voluntary approach will fail."
    assert code_letter(text)["q13"].stance == "No"


def test_schedule_6_abbreviated():
    assert code_letter("Sched 6 list - fine by me.")["q10"].stance == "Yes"
    assert code_letter("Sched 6 list - not fine by me.")["q10"].stance == "No"


# round 37, from wave 52 (b1013-b1020, after its first run was recorded)


def test_a_form_question_put_in_its_own_words_is_no_answer():
    spec = load_spec()
    form = (
        "QUESTION 9 - Would Option One best achieve the vision?\n\nYes. A duty on named bodies is the right approach.\n\n"
        "QUESTION 10 - Are the Schedule 6 bodies the right partners?\n\n\n\n"
        "QUESTION 11 - Would Option Two (legislating to revise CSPs) best achieve the vision?\n\nNo.\n"
    )
    sections = split_letter(form, spec)[1]
    assert ("q10" in sections, sections["q11"]) == (False, "No.")
    codes = code_letter(form, spec, sections)
    assert (codes["q9"].stance, codes.get("q10"), codes["q11"].stance) == ("Yes", None, "No")  # q10: not discussed
    # an answer under it is kept
    answered = form.replace("right partners?\n\n\n\n", "right partners?\n\nNo, the list leaves out housing.\n\n")
    assert code_letter(answered, spec, split_letter(answered, spec)[1])["q10"].stance == "No"


def test_a_view_unchanged_is_no_consequence():
    text = "Our submission backed a due regard duty on named bodies, and that has not changed."
    assert code_letter(text)["q9"].stance != "No"
    assert code_letter("A voluntary approach? That has not changed anything in our area.")["q13"].stance == "No"


def test_the_one_placed_second_is_not_the_one_chosen():
    assert code_letter("Of the three options, Option Two is the one we would place second.")["q11"].confidence < 0.75
    assert code_letter("Of the three options, Option Two is the one we would choose.")["q11"].stance == "Yes"


def test_members_not_agreed_among_themselves_about_it_hold_no_view():
    text = "Our members have not agreed among themselves about the vision and focus."
    assert code_letter(text)["q8"].stance == "Unclear"
    assert code_letter("Our members have not agreed with the vision and focus.")["q8"].stance == "No"


def test_what_the_answer_could_be_is_no_verdict():
    assert code_letter("On Option Two, the answer could be three or it could be eleven.")["q11"].stance is None
    assert code_letter("On Option Two: the answer, in our view.")["q11"].stance == "Yes"


def test_hopes_put_in_an_option_and_petrol_poured_on_a_fire():
    assert code_letter("Of the three options, we would put our hopes in the third one.")["q13"].stance == "Yes"
    assert code_letter("We would not put our faith in a voluntary approach.")["q13"].stance == "No"
    assert code_letter("Of the three options, the preferred option would pour petrol on a fire.")["q9"].stance == "No"
    assert code_letter("Of the three options, the preferred option would pour water on a fire.")["q9"].stance != "No"


def test_the_last_of_the_three_choices_is_the_third_option():
    assert code_letter("I would go with the last of your three choices.")["q13"].stance == "Yes"
    assert code_letter("I would go with the last of our meetings.")["q13"].stance is None


def test_one_part_named_first_and_refused_with_its_verb_left_out():
    text = "Question 8\n\nThe vision we can sign up to; the focus we cannot, at least not for a district like ours."
    assert letter(text, "q8").stance == "Mixed"
    assert letter("Question 8\n\nThe vision we can sign up to; the focus too.", "q8").stance == "Yes"
    assert letter("Question 8\n\nThe vision we support, the focus we do not.", "q8").stance == "Mixed"


def test_parting_company_only_where_it_turns_is_mixed():
    text = "Question 8\n\nWe part company with the vision where it turns to accountability."
    assert letter(text, "q8").stance == "Mixed"
    assert letter("Question 8\n\nWe part company with the vision.", "q8").stance == "No"


def test_a_table_typed_with_bars_and_no_rule_is_read_a_row_at_a_time():
    text = (
        "The table below sets out our view on each option.\n\n"
        "Option | What it would mean for us | Our view\n"
        "One: a duty on named bodies | Every agency would have the same reason to be there | The best of the three\n"
        "Two: revising Community Safety Partnerships | The duty would run through five CSPs | Not the right vehicle\n"
    )
    spec = load_spec()
    from svanalysis.ingest.readers.letters import fold_bare_pipe_tables

    codes = code_letter(fold_bare_pipe_tables(text), spec)
    assert (codes["q9"].stance, codes["q11"].stance) == ("Yes", "No")


# round 37, from wave 53 (b1021-b1028, after its first run was recorded)


def test_backing_things_of_its_own_under_an_options_heading_is_no_verdict():
    text = "Option Three\n\nThe Force has supported every voluntary initiative of recent years, from summits to weeks of action."
    assert letter(text, "q13").stance != "Yes"
    assert letter("Option Three\n\nThe Force has supported the voluntary approach for years.", "q13").stance == "Yes"
    text = "Question 9\n\nWe support the council's safeguarding training and report concerns when we have them."
    assert letter(text, "q9").stance != "Yes"
    assert letter("Question 9\n\nWe support the Council's position.", "q9").stance == "Yes"


def test_agreeing_with_what_the_paper_concedes_is_not_agreeing_with_the_option():
    text = "Option Three\n\nThe paper concedes that goodwill runs out. We agree with that concession rather than with the option."
    assert letter(text, "q13").stance != "Yes"
    assert letter("Option Three\n\nWe agree with the option rather than with that concession.", "q13").stance == "Yes"


def test_parting_company_with_another_body_is_not_parting_with_the_paper():
    text = "Where we part company with the Federation is on the Community Safety Partnership."
    assert code_letter(text)["q11"].stance != "Mixed"
    text = "Where we part company with the paper is on the Community Safety Partnership."
    assert code_letter(text)["q11"].stance == "Mixed"


def test_a_forms_boxes_none_ticked_and_an_empty_comment_are_a_question_left_blank():
    spec = load_spec()
    form = (
        "Q9 Option One - duty on specified bodies\n    Yes [X]    No [ ]    Unsure [ ]\n    Comment: The quickest way.\n\n"
        "Q11 Option Two - duty via Community Safety Partnerships\n    Yes [ ]    No [ ]    Unsure [ ]\n    Comment:\n\n"
        "Q12 Should CSP statutory partners be added to?\n    Yes [X]    No [ ]\n"
        "    Comment: Housing providers should join. We attend CSP meetings by invitation only.\n"
    )
    sections = split_letter(form, spec)[1]
    assert "q11" not in sections
    assert getattr(code_letter(form, spec, sections).get("q11"), "stance", None) is None
    ticked = form.replace("Partnerships\n    Yes [ ]    No [ ]", "Partnerships\n    Yes [ ]    No [X]")
    sections = split_letter(ticked, spec)[1]
    assert code_letter(ticked, spec, sections)["q11"].stance == "No"


def test_a_short_question_with_nothing_below_it_is_no_answer():
    spec = load_spec()
    text = (
        "Q9 - Option 1, the duty on named bodies? Don't know.\n\nQ11 - Option 2, through the CSPs?\n\n\n"
        "Q13 - Option 3, voluntary? Yes, as long as real money comes with it.\n"
    )
    sections = split_letter(text, spec)[1]
    assert ("q11" in sections, getattr(code_letter(text, spec, sections).get("q11"), "stance", None)) == (False, None)
    answered = text.replace("through the CSPs?\n\n\n", "through the CSPs?\n\nNo.\n\n")
    assert code_letter(answered, spec, split_letter(answered, spec)[1])["q11"].stance == "No"


# round 37, from wave 54 (b1029-b1036, after its first run was recorded)


def test_judged_in_few_words():
    assert letter("Question 8\n\nHonestly? The vision's good.", "q8").stance == "Yes"
    assert letter("Question 8\n\nHonestly? The vision's good points are few.", "q8").stance != "Yes"
    assert code_letter("We could not have put the vision better ourselves.")["q8"].stance == "Yes"
    assert getattr(code_letter("We could not have put it more badly.").get("q8"), "stance", None) != "Yes"
    assert code_letter("Our choice is a duty on each individual body.")["q9"].stance == "Yes"
    assert code_letter("Our choice is between a duty on each individual body and nothing.")["q9"].stance != "Yes"
    assert letter("Question 10\n\nThe Schedule 6 list will do as a starting point.", "q10").stance == "Yes"
    assert code_letter("The preferred option, as I read it, is money spent on paper.")["q9"].stance == "No"
    assert code_letter("The preferred option, as I read it, is money spent on nurses.")["q9"].stance != "No"


def test_goodwill_worn_out_and_an_argument_against_it():
    assert code_letter("Option Three. We have tested goodwill to its limit.")["q13"].stance == "No"
    text = "Option Three. Our own history is the best argument we can offer against leaving this to goodwill."
    assert code_letter(text)["q13"].stance == "No"
    text = "Option Three. We heard arguments for and against leaving this to goodwill."
    assert code_letter(text)["q13"].stance != "No"


def test_a_list_not_to_be_lifted_from_elsewhere_and_the_right_ones_described():
    text = "Question 10\n\nThe list should be built from the safeguarding partners outward, not lifted from counter-terrorism law."
    assert letter(text, "q10").stance == "No"
    assert letter("Question 10\n\nThe right list would be one drawn up for this purpose.", "q10").stance != "Yes"
    assert letter("Question 10\n\nThese are the right partners.", "q10").stance == "Yes"


def test_a_duty_to_prevent_violence_is_no_harm_prevented():
    text = (
        "Question 10\n\nBorrowing a counter-terrorism schedule to decide who must prevent violence among young people sends "
        "exactly the wrong message."
    )
    assert letter(text, "q10").stance == "No"
    text = "Question 9\n\nA duty is the surest way to stop serious violence slipping down the agenda."
    assert letter(text, "q9").stance == "Yes"


def test_somebody_elses_yes_is_not_the_respondents():
    text = "Question 8\n\nRequests tend to be passed down the line to whoever will say yes."
    assert letter(text, "q8").stance != "Yes"
    assert letter("Question 8\n\nThe committee says yes.", "q8").stance == "Yes"


# round 37, from wave 55 (b1037-b1044, after its first run was recorded)


def test_a_negation_before_and_in_our_view_they_should_does_not_reach_it():
    text = "Question 12\n\nHousing providers do not, and in our view they should be added as responsible authorities."
    assert letter(text, "q12").stance == "Yes"
    text = "Question 12\n\nHousing providers do not think they should be added as responsible authorities."
    assert letter(text, "q12").stance != "Yes"


def test_a_row_of_counts_is_a_tally_not_an_answer():
    spec = load_spec()
    table = (
        "Our members' survey:\n\n| Question | Yes | No | Not sure |\n|---|---|---|---|\n"
        "| Q13: would a voluntary, non-legislative approach best achieve the vision? | 16 (17%) | 58 (60%) | 22 (23%) |\n"
    )
    assert getattr(code_letter(table, spec).get("q13"), "stance", None) is None
    answered = table.replace("| 16 (17%) | 58 (60%) | 22 (23%) |", "| Yes, on balance | | |")
    assert code_letter(answered, spec)["q13"].stance == "Yes"
    # a mark under "No" is not read as the question cell's "best achieve the vision" (columns are not read: no code)
    ticked = table.replace("| 16 (17%) | 58 (60%) | 22 (23%) |", "| | ✓ | |")
    assert getattr(code_letter(ticked, spec).get("q13"), "stance", None) is None


def test_a_denied_thought_reaches_the_predicate_not_the_subject_it_opens_with():
    text = "Option Three\n\nWe do not think leaving it to goodwill would carry the weight the vision puts on it."
    assert letter(text, "q13").stance == "No"
    text = "Option Three\n\nIt would leave families depending on luck, and we do not think that is good enough."
    assert letter(text, "q13").stance == "No"


# round 37, from wave 56 (b1045-b1052, after its first run was recorded)


def test_the_list_judged_long_enough_or_not_enough_on_q12():
    assert letter("Question 12\n\nThe existing list is long enough.", "q12").stance == "No"
    assert letter("Question 12\n\nThe current responsible authorities are not enough.", "q12").stance == "Yes"
    assert letter("Question 10\n\nThe list is long enough.", "q10").stance == "Yes"


def test_a_verdict_on_one_part_of_it_only_is_mixed():
    text = "Question 8\n\nWe cannot agree with the part of the vision that makes data sharing a duty."
    assert letter(text, "q8").stance == "Mixed"
    assert letter("Question 8\n\nWe cannot agree with the vision.", "q8").stance == "No"


def test_unhappy_about_it_and_officials_welcomed():
    assert letter("Question 10\n\nWe are unhappy about the list.", "q10").stance == "No"
    assert letter("Question 10\n\nWe are happy about the list.", "q10").stance != "No"
    text = "Question 9\n\nWe would be glad to welcome officials to the mosque to meet the young people."
    assert letter(text, "q9").stance != "Yes"
    assert letter("Question 9\n\nWe would welcome the duty.", "q9").stance == "Yes"


# ---------------------------------------------------------------------------- round 38
# from wave 58 (b1061-b1068, after its first run was recorded)


def test_not_demurring_is_agreeing():
    assert letter("Question 8\n\nWe would not demur from the vision.", "q8").stance == "Yes"
    assert letter("Question 8\n\nWe demur from the vision.", "q8").stance == "No"


def test_not_standing_in_its_way_is_support():
    text = "Question 9\n\nWe would not wish to stand in the way of the Government's preferred option."
    assert letter(text, "q9").stance == "Yes"
    assert letter("Question 9\n\nWe would not wish to see it introduced.", "q9").stance != "Yes"


def test_what_cannot_be_seen_or_said_in_candour_is_denied():
    text = "Question 8\n\nIt is hard to see how the vision would help."
    assert letter(text, "q8").stance == "No"
    assert letter("Question 8\n\nThe vision would help.", "q8").stance == "Yes"
    text = "Question 10\n\nWe would be less than candid if we said that Schedule 6 was the right list."
    assert letter(text, "q10").stance == "No"
    assert letter("Question 10\n\nWe said that Schedule 6 was the right list.", "q10").stance == "Yes"
    # with no verdict inside, the clause is read as it stands ("could quarrel with it" denied is a Yes of its own)
    text = "Question 8\n\nIt is hard to see how anyone working with children could quarrel with the vision."
    assert letter(text, "q8").stance == "Yes"


def test_a_reservation_with_its_subject_left_out_after_but():
    text = "Question 8\n\nThe Council agrees with the vision but has real reservations about its focus."
    assert letter(text, "q8").stance == "Mixed"
    assert letter("Question 8\n\nThe Council agrees with the vision and its focus.", "q8").stance == "Yes"


def test_a_view_reported_where_and_when_it_was_said():
    text = (
        "At a seminar in Brighton earlier this month several community safety managers argued forcefully that "
        "schools should become statutory partners in CSPs."
    )
    assert getattr(code_letter(text, load_spec()).get("q12"), "stance", None) is None
    text = "At the last board meeting we agreed that schools should become statutory partners in CSPs."
    assert code_letter(text, load_spec())["q12"].stance == "Yes"


def test_an_answer_given_as_another_questions():
    spec = load_spec()
    codes = code_letter("", spec, sections={"q9": "No. It would duplicate the youth offending teams.", "q11": "As Q9."})
    assert codes["q11"].stance == "No" and codes["q11"].confidence < 0.75  # a person checks the cross-reference
    codes = code_letter("", spec, sections={"q9": "Not sure.", "q11": "Same as Q9."})
    assert codes["q11"].stance == "Unclear"
    # a pointer to the reasons is not the same answer: that answer may prefer another option
    codes = code_letter("", spec, sections={"q9": "Yes, over Option Two.", "q11": "See our answer to Q9."})
    assert codes["q11"].stance != "Yes"


def test_an_imperative_not_to_proceed():
    text = 'Question 9\n\nDo not proceed with a free-standing "due regard" duty alongside this.'
    assert letter(text, "q9").stance == "No"
    assert letter('Question 9\n\nProceed with a "due regard" duty.', "q9").stance != "No"


def test_a_question_set_aside_is_no_view():
    text = "Question 8\n\nOur board has not met yet, so we leave that question to one side."
    code = letter(text, "q8")
    assert (
        code.stance == "Unclear"
        and code.evidence == "Our board has not met yet, so we leave that question to one side."
    )
    # (without it, a section with no view found is Unclear too, but with nothing a person can check it by)
    assert letter("Question 8\n\nOur board has not met yet.", "q8").evidence is None


def test_emphasis_where_it_belongs_and_the_respondents_own_evidence():
    text = "Question 8\n\nThe vision puts the emphasis where our casework tells us it belongs."
    assert letter(text, "q8").stance == "Yes"
    assert letter("Question 8\n\nThe vision does not put the emphasis where it belongs.", "q8").stance == "No"
    # somebody's account is still reported: "our councillor tells us the vision is right"
    assert letter("Question 8\n\nOur councillor tells us the vision is right.", "q8").stance != "Yes"


def test_the_trustees_or_governors_are_the_respondent():
    assert letter("Question 8\n\nOur trustees welcome the vision.", "q8").stance == "Yes"
    assert letter("Question 8\n\nSome of our trustees welcome the vision.", "q8").stance != "Yes"


def test_a_verdicts_object_named_outright_is_not_the_target_described_after_it():
    text = (
        "The governors would prefer the third, voluntary option, worked through the Public Services Board by agreement "
        "between the bodies that already sit on it."
    )
    codes = code_letter(text, load_spec())
    assert codes["q13"].stance == "Yes"
    assert getattr(codes.get("q12"), "stance", None) is None


def test_not_only_as_is_no_narrowing_and_glad_of_what_it_does():
    text = "Question 8\n\nWe are glad the vision treats health as a partner and not only as the place where wounds are seen."
    assert letter(text, "q8").stance == "Yes"
    text = "Question 8\n\nThe vision treats serious violence only as a matter of young people."
    assert letter(text, "q8").stance == "No"


def test_a_question_a_proposal_leaves_open_is_a_flaw_not_no_view():
    text = "Question 9\n\nA duty would add an agenda item, while leaving the question of leadership open."
    assert "leaving the question" not in (letter(text, "q9").rule or "")
    assert letter("Question 9\n\nWe leave the question of a duty open.", "q9").stance == "Unclear"


def test_reluctant_to_offer_a_view_and_on_the_fence():
    text = "Question 10\n\nWe are reluctant to offer a view on a question our evidence does not reach."
    assert letter(text, "q10").stance == "Unclear"
    assert letter("Question 10\n\nOur evidence does not reach the list.", "q10").stance != "Unclear"
    assert code_letter("Option 1: genuinely on the fence.", load_spec())["q9"].stance == "Unclear"


def test_a_yes_then_too_soft_is_mixed():
    text = 'Question 9\n\nA duty, yes; but "due regard" is too soft a test to shift agencies.'
    assert letter(text, "q9").stance == "Mixed"
    assert letter("Question 9\n\nA duty, yes.", "q9").stance == "Yes"


def test_another_option_named_beside_the_sections_own_list():
    text = "Question 12\n\nWhatever is decided on Option Two, schools should be added to the responsible authorities."
    assert letter(text, "q12").stance == "Yes"
    assert letter("Question 12\n\nWhatever is decided on Option Two.", "q12").stance != "Yes"


# round 38, from wave 60 (b1077-b1084, after its first run was recorded)


def test_a_view_deferred_to_another_bodys_response():
    text = "Question 9\n\nPlease see the PCC's response on Option One; we have nothing to add to it."
    assert letter(text, "q9").stance == "Unclear"
    text = "Question 11\n\nWe support the Local Government Association's response on this question, and would refer you to it."
    assert letter(text, "q11").stance == "Unclear"
    assert letter("Question 9\n\nWe support Option One.", "q9").stance == "Yes"


def test_not_ours_to_judge_divided_or_unable_to_tell_apart():
    text = "Question 8\n\nIt would be presumptuous to endorse or criticise a vision designed for others."
    assert letter(text, "q8").stance == "Unclear"
    text = "Question 11\n\nI do not see how the second option differs from the first in practice."
    assert letter(text, "q11").stance == "Unclear"
    assert letter("Question 11\n\nI do not see how the second option would work.", "q11").stance == "No"
    text = "Question 13\n\nThis was the question on which our team leaders disagreed most."
    assert letter(text, "q13").stance == "Unclear"
    text = "Question 13\n\nWhere the professions disagreed we say so; they do not back it."
    assert letter(text, "q13").stance != "Unclear"


def test_it_is_better_than_another_option():
    # (in the question's own section: "It" is the section's option)
    spec = load_spec()
    better = code_letter("", spec, sections={"q9": "It is clearly better than relying on goodwill."})
    assert better["q9"].stance == "Yes"
    worse = code_letter("", spec, sections={"q9": "It is clearly worse than relying on goodwill."})
    assert worse["q9"].stance == "No"


def test_a_questionnaires_question_in_italics_with_its_number():
    spec = load_spec()
    text = (
        "*Q11 Do you consider that Option 2 would best achieve the consultation vision? Please explain why.*\n\n"
        "We are partly for and partly against this option."
    )
    codes = code_letter(text, spec)
    assert codes["q11"].stance == "Mixed"
    assert getattr(codes.get("q9"), "stance", None) is None


# round 38, from wave 61 (b1085-b1092, after its first run was recorded)


def test_no_member_thought_so_denies_it():
    text = "No member of the Association thought Option One would best achieve the vision."
    assert code_letter(text, load_spec())["q9"].stance == "No"
    text = "Every member of the Association thought Option One would best achieve the vision."
    assert code_letter(text, load_spec())["q9"].stance == "Yes"


def test_objections_foreseen_and_views_pressed_on_the_writer_are_others():
    assert getattr(code_letter("Some will object that the vision is too narrow.").get("q8"), "stance", None) is None
    assert code_letter("We object that the vision is too narrow.")["q8"].stance == "No"
    text = "People keep telling me a law won't change anything."
    assert getattr(code_letter(text).get("q9"), "stance", None) is None


def test_cannot_say_i_disagree_is_understated_agreement():
    assert code_letter("About the vision I can't say I disagree with any of it.")["q8"].stance == "Yes"
    assert code_letter("About the vision I can't say.")["q8"].stance == "Unclear"


def test_drawn_as_it_should_be():
    assert letter("Question 8\n\nThe focus, in our view, is correctly drawn.", "q8").stance == "Yes"
    assert letter("Question 8\n\nThe focus is not well judged.", "q8").stance == "No"


# round 38, from wave 62 (b1093-b1100, after its first run was recorded)


def test_a_mixed_view_said_of_the_preferred_option_is_that_options():
    text = "We are content with Schedule 6 as the list of bodies, we have mixed feelings about the preferred option."
    codes = code_letter(text, load_spec())
    assert codes["q9"].stance == "Mixed" and codes["q10"].stance != "Mixed"
    assert code_letter("We have mixed feelings about Schedule 6 as the list of bodies.")["q10"].stance == "Mixed"


def test_others_calling_for_it_and_the_question_answered_after_its_whether():
    text = "Question 12\n\nSome in the sector are calling for housing providers to be added to the responsible authorities."
    assert letter(text, "q12").stance != "Yes"
    text = "Question 10\n\nTo the question whether Schedule 6 names the right partners, our answer is that it does not."
    assert letter(text, "q10").stance == "No"
    assert letter("Question 10\n\nSchedule 6 names the right partners.", "q10").stance == "Yes"


# round 40: agreement with a group whose view was just given (waves 58-64, after their first runs were recorded)


def test_agreeing_with_the_majority_against_a_view_held_by_few_is_the_opposite_view():
    # the few thought the voluntary approach would be enough; siding with the majority (who did not) is No
    text = "Only 9% of members thought a voluntary approach would be enough, and we agree with the majority."
    assert code_letter(text)["q13"].stance == "No"
    # siding with the few, or with a majority that held the view, is Yes
    text = "Only 9% of members thought a voluntary approach would be enough, and we agree with them."
    assert code_letter(text)["q13"].stance == "Yes"
    text = "Most members thought a voluntary approach would be enough, and we agree with the majority."
    assert code_letter(text)["q13"].stance == "Yes"
    # disagreeing with the majority who held it is No again
    text = "Most members thought a voluntary approach would be enough, and we disagree with the majority."
    assert code_letter(text)["q13"].stance == "No"


def test_agreeing_with_a_group_takes_its_view_not_the_word_agree():
    # the members said No to Option One; the Association agreeing with them is No, not Yes for "agrees"
    text = "Six in ten members told us a due regard duty would not work in their school, and the Association agrees with them."
    assert code_letter(text)["q9"].stance == "No"
    text = "Most members who replied opposed a legal duty on individual bodies, and the committee agrees with them."
    assert code_letter(text)["q9"].stance == "No"
    text = "Most members who replied backed a legal duty on individual bodies, and the committee agrees with them."
    assert code_letter(text)["q9"].stance == "Yes"


def test_a_sentence_siding_with_the_rest_reads_the_view_before_it():
    text = "Only 2 of the 27 thought a voluntary, non-legislative approach would be enough. The Forum agrees with the other 25."
    assert code_letter(text)["q13"].stance == "No"
    # the same in numbered paragraphs, the view in one and the agreement opening the next
    text = (
        "Question 13\n\n2.11 Only 3 of the 32 respondents favoured a non-legislative approach.\n\n"
        "2.12 The Network agrees with the great majority."
    )
    assert code_letter(text)["q13"].stance == "No"
    # siding with the majority whose view is not given is no verdict of its own on the option
    assert letter("Question 13\n\nThe Network agrees with the great majority.", "q13").stance != "Yes"


def test_a_preference_that_the_option_is_not_taken_forward_is_no():
    assert code_letter("We would prefer that Option One were not taken forward.")["q9"].stance == "No"
    assert code_letter("We would prefer that Option One is taken forward.")["q9"].stance == "Yes"
    assert code_letter("Our preference is for Option Three not to be adopted.")["q13"].stance == "No"
    assert code_letter("Our preference is for Option Three to be adopted.")["q13"].stance == "Yes"


def test_an_option_set_aside_with_not_after_the_one_supported():
    codes = code_letter("We support Option One but not Option Two.")
    assert (codes["q9"].stance, codes["q11"].stance) == ("Yes", "No")
    codes = code_letter("We favour Option One, not Option Two or Option Three.")
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == ("Yes", "No", "No")
    # both supported: no "not"
    codes = code_letter("We support Option One and Option Two.")
    assert (codes["q9"].stance, codes["q11"].stance) == ("Yes", "Yes")
    # "X and not Y" of two targets is support of X, not a mixed view of it
    codes = code_letter("We support a duty on individual organisations, and not a voluntary approach.")
    assert (codes["q9"].stance, codes["q13"].stance) == ("Yes", "No")
    # "not" of a part of the same target is still mixed
    assert code_letter("We agree with the aims of the vision and not with its focus.")["q8"].stance == "Mixed"


def test_not_only_is_an_addition_not_a_denial():
    assert code_letter("We welcome not just the vision but the focus.")["q8"].stance == "Yes"
    assert code_letter("We support not only Option One but also Option Two.")["q9"].stance == "Yes"
    assert code_letter("We do not welcome the vision.")["q8"].stance == "No"


def test_put_second_of_three_leans_no():
    # the questions ask whether an option would *best* achieve the vision: second place is not best
    assert letter("Question 11\n\nWe would put this second.", "q11").stance == "No"
    assert letter("Question 11\n\nOf the three options this is the one we would place second.", "q11").stance == "No"
    assert letter("Question 11\n\nIt comes a close second.", "q11").stance == "No"
    # a second reading is no place in a ranking (no rule of preference reads it; the sentence classifier may lean)
    assert "preference" not in letter("Question 11\n\nWe would put this to a second reading.", "q11").rule


# round 40, from wave 65 (b1117-b1124, after its first run was recorded)


def test_others_not_knowing_a_fact_is_no_view_of_the_respondents():
    text = "Question 10\n\nIn our experience many of the smaller providers on it do not know they are on it."
    assert letter(text, "q10").rule != "no view 'do not know'"
    assert letter("Question 10\n\nWe do not know.", "q10").stance == "Unclear"


def test_a_reservation_that_does_not_change_the_answer_is_no_objection():
    text = "We agree with the vision and, with one reservation that does not change our answer, with its focus."
    assert code_letter(text)["q8"].stance == "Yes"
    assert code_letter("A duty will not change anything.")["q9"].stance == "No"


def test_an_answer_on_the_list_named_is_the_lists():
    text = "Our answer on the list is therefore partly yes and partly no."
    codes = code_letter(text)
    assert codes["q10"].stance == "Mixed" and getattr(codes.get("q8"), "stance", None) is None
    assert code_letter("Our answer on the vision is yes.")["q8"].stance == "Yes"


def test_a_survey_of_several_groups_the_respondent_sides_with_one_of():
    # the largest group (54%) thought Yes; coming down on the other side from the majority is No
    text = (
        "Question 9\n\n54% of respondents thought Option One would best achieve the vision, 31% thought it would not "
        "and 15% were unsure.\n\nOn this question the executive has come down on the other side from the narrow majority."
    )
    assert letter(text, "q9").stance == "No"
    # agreeing with the majority of the same count is Yes
    text = (
        "Question 9\n\n54% of respondents thought Option One would best achieve the vision, 31% thought it would not "
        "and 15% were unsure.\n\nThe executive agrees with the majority."
    )
    assert letter(text, "q9").stance == "Yes"
    # "them" after two groups is the last named: 68% thought it would not, so No
    text = (
        "Question 13\n\nOnly 17% of respondents thought a voluntary, non-legislative approach would best achieve the "
        "vision; 68% thought it would not.\n\nThe Federation agrees with them."
    )
    assert letter(text, "q13").stance == "No"


def test_taking_a_different_view_from_a_group_turns_its_view_round():
    text = (
        "Question 13\n\n30 clubs (61%) said a voluntary approach would not be enough on its own. "
        "Our trustees take a different view from them."
    )
    assert letter(text, "q13").stance == "Yes"
    text = "Question 13\n\n30 clubs (61%) said a voluntary approach would not be enough on its own. Our trustees agree with them."
    assert letter(text, "q13").stance == "No"


def test_adding_bodies_to_the_partnerships_is_q12_not_option_two():
    # adding bodies to the partnerships is about their membership (Q12), not whether they should carry the duty (Q11)
    codes = code_letter("Please don't add more people to the community safety partnership meetings.")
    assert codes["q12"].stance == "No" and getattr(codes.get("q11"), "stance", None) is None
    text = "If CSPs are going to be part of this at all, I'd add the acute trust and the mental health trust as full members."
    codes = code_letter(text)
    assert codes["q12"].stance == "Yes" and getattr(codes.get("q11"), "stance", None) is None
    # the partnerships weighed as the duty's vehicle stay Option Two's
    assert (
        code_letter("We would not give the community safety partnerships the lead on this duty.")["q11"].stance == "No"
    )
    # "it would add paperwork" adds no body
    assert not stance._is_membership_talk("We think it would add paperwork without adding partnership.")
    assert not stance._is_membership_talk(
        "We would add that the reviews of CSP effectiveness describe uneven capacity."
    )


# round 40, from wave 67 (b1133-b1140, after its first run was recorded)


def test_no_wish_to_quarrel_with_it_is_agreement():
    assert code_letter("We do not wish to quarrel with the vision.")["q8"].stance == "Yes"
    # a quarrel of the respondent's own is No
    assert code_letter("We quarrel with the vision.")["q8"].stance == "No"
    assert code_letter("We wish to quarrel with the vision.")["q8"].stance == "No"


def test_keeping_that_list_and_wanting_no_second_list():
    assert letter("Question 10\n\nWe would leave that list as it is.", "q10").stance == "Yes"
    text = "Question 10\n\nWe would not want a second, slightly different list to administer."
    assert letter(text, "q10").stance == "Yes"
    assert letter("Question 10\n\nWe would not want this list.", "q10").stance == "No"


def test_closer_to_the_vision_than_with_a_parenthesis():
    text = "A voluntary approach would, in our view, get closer to the vision than a new legal duty."
    codes = code_letter(text)
    assert (codes["q13"].stance, codes["q9"].stance) == ("Yes", "No")


def test_a_part_of_them_denied_is_no_verdict_on_the_option():
    text = "Question 11\n\nWe are under no illusions that every CSP is in good health; several of ours are not."
    assert letter(text, "q11").stance != "No"
    assert (
        letter("Question 11\n\nThe CSP route is right for us; the duty on individual bodies is not.", "q11").stance
        == "Yes"
    )
    assert code_letter("The branch would put its money on the partnership route.")["q11"].stance == "Yes"


# round 40, from wave 68 (b1141-b1148, after its first run was recorded)


def test_the_papers_account_of_why_partnerships_fall_short_is_no_verdict():
    text = (
        "Question 8\n\nThe paper's account of why partnerships fall short (competing priorities, weak data sharing) "
        "matches what we see every week."
    )
    assert letter(text, "q8").stance != "No"
    assert letter("Question 11\n\nPartnerships fall short.", "q11").stance == "No"


# round 40, from wave 66 (b1122, forwarded drafts; noticed after its first run)


def test_a_forward_introduced_as_the_response_found_below_is_the_response():
    tail = "\n\n-----Original Message-----\nFrom: Head of Neighbourhoods\n\nCSP route - our CSPs are a talking shop."
    intro = "Please find below the response from the Neighbourhoods team at our housing association. " * 8
    assert letter(intro + tail, "q11").stance == "No"
    # without the words that introduce it, a forward below the sender's own is still not the sender's view
    own = "We are a housing association with about nine thousand homes across two towns. " * 8
    assert letter(own + tail, "q11").stance is None


# round 41, from wave 70 (b1157-b1164, after its first run was recorded)


def test_a_ranking_of_the_target_named_in_full():
    assert code_letter("We rank the duty on named bodies first.")["q9"].stance == "Yes"
    assert code_letter("We would put the partnership route last.")["q11"].stance == "No"
    # another's ranking is reported, and a ranking of something else has no option in its object
    assert code_letter("Only 9% of respondents put the voluntary approach first.")["q13"].stance is None
    assert letter("Question 9\n\nPut the money there first.", "q9").stance is None


def test_the_strongest_and_the_weakest_of_the_three():
    assert code_letter("On balance we think the duty on named bodies the strongest of the three.")["q9"].stance == "Yes"
    assert code_letter("Option Two is the weakest of the three.")["q11"].stance == "No"
    assert code_letter("Option Three is not the best of the three.")["q13"].stance == "No"


def test_the_job_given_to_the_partnerships():
    assert code_letter("Give the CSP the job of writing a violence plan.")["q11"].stance == "Yes"
    assert code_letter("The CSPs should be given the job of writing a violence plan.")["q11"].stance == "Yes"
    assert code_letter("Put the duty on the community safety partnerships.")["q11"].stance == "Yes"
    assert code_letter("Make the CSPs responsible for it.")["q11"].stance == "Yes"
    # told of, not asked for: the paper's proposal, and a history
    assert "preference" not in (code_letter("The paper would put the duty on the named bodies.")["q9"].rule or "")
    assert code_letter("In 2010 they gave the CSP the job of tackling drugs.")["q11"].stance is None


def test_for_one_target_and_against_another():
    codes = code_letter("We are in favour of the vision and against Option One.")
    assert (codes["q8"].stance, codes["q9"].stance) == ("Yes", "No")
    codes = code_letter("We welcome the vision and reject Option One.")
    assert (codes["q8"].stance, codes["q9"].stance) == ("Yes", "No")
    codes = code_letter("We are against Option One and in favour of Option Two.")
    assert (codes["q9"].stance, codes["q11"].stance) == ("No", "Yes")
    # for and against one target is Mixed
    assert code_letter("We are in favour of a duty in principle and against the duty as it is drawn.")["q9"].stance == (
        "Mixed"
    )


def test_one_of_two_alternatives_is_no_denial():
    assert (
        letter("Question 11\n\nA strategy either exists or it does not; it is published or it is not.", "q11").stance
        != "No"
    )
    # a predicate denied by ellipsis is still read
    assert letter("Question 8\n\nIts silence on adults is not.", "q8").stance == "No"


def test_what_the_respondent_asks_for_and_stopping_at_a_boundary():
    text = "Question 8\n\nPartnerships that do not stop at a county boundary are exactly what our crews ask for."
    assert letter(text, "q8").stance == "Yes"
    assert letter("Question 8\n\nThe focus is not what we want.", "q8").stance == "No"
    assert letter("Question 8\n\nIt is what the Government wants.", "q8").stance != "Yes"
    assert letter("Question 9\n\nIt would not stop a single stabbing.", "q9").stance == "No"


def test_a_body_named_voluntary_is_not_the_voluntary_option():
    text = (
        "We are grateful for the work of Calderholme Voluntary Action, which support many of the families affected, "
        "and we would want it to remain closely involved."
    )
    assert code_letter(text)["q13"].stance is None


def test_a_target_renamed_between_commas_keeps_its_predicate():
    assert code_letter("Option Three, the voluntary approach, would fail.")["q13"].rule.startswith("consequence")
    assert code_letter("Option Two, the partnership route, is sound.")["q11"].stance == "Yes"
    # an apposition holding a view is not blanked
    assert code_letter("Option One, the one we prefer, is workable.")["q9"].stance == "Yes"


# round 41, from wave 71 (b1165-b1172, after its first run was recorded)


def test_a_draft_cited_is_not_the_respondents_view():
    assert code_letter('Your draft: "Option One seems the most practical of the three."')["q9"].stance is None
    assert code_letter("The Chair's draft says Option One is the most practical.")["q9"].stance is None
    assert code_letter("Option One seems the most practical of the three.")["q9"].stance == "Yes"


def test_a_contracted_is_denied_by_the_thought_before_it():
    assert letter("Question 8\n\nI don't think it's right.", "q8").stance == "No"
    assert letter("Question 8\n\nThe vision's right.", "q8").stance == "Yes"


def test_someone_elses_worry_known_is_not_shared():
    assert (
        code_letter("We know the paper's worry that a non-statutory arrangement will be patchy.")["q13"].stance is None
    )
    assert (
        code_letter("We share the paper's worry that a non-statutory arrangement will be patchy.")["q13"].stance == "No"
    )


def test_liked_in_part_and_not_in_part():
    assert code_letter("There is something in Option Three we like and something we cannot accept.")["q13"].stance == (
        "Mixed"
    )
    text = "There is much in the vision we would sign up to, and one strand we would not."
    assert code_letter(text)["q8"].stance == "Mixed"
    assert code_letter("There is much in the vision we would sign up to.")["q8"].stance == "Yes"
    assert letter("Question 9\n\nOur answer is a qualified yes and a qualified no.", "q9").stance == "Mixed"
    text = (
        "Leaving it to goodwill: we are for it in a town like ours, where the partnership already works, and against "
        "it as the answer for the country."
    )
    assert code_letter(text)["q13"].stance == "Mixed"


def test_neither_pursued_and_an_answer_given_in_a_name():
    assert letter("Question 9\n\nFor that reason we would rather neither were pursued.", "q9").stance == "No"
    assert letter("Question 8\n\nThe Mayor's answer is an unqualified yes.", "q8").stance == "Yes"
    assert letter("Question 8\n\nOur answer is an unqualified no.", "q8").stance == "No"
    assert letter("Question 8\n\nThe Government's answer is yes.", "q8").stance is None


def test_their_experience_is_reported():
    text = "In their experience, whatever is statutory survives a budget round."
    assert letter("Question 9\n\n" + text, "q9").stance != "Yes"
    assert (
        letter("Question 9\n\nIn our experience, whatever is statutory survives a budget round.", "q9").stance == "Yes"
    )


def test_a_place_at_the_partnerships_table_is_membership():
    text = (
        "Whatever route the Government chooses, the Community Safety Partnership should have youth work at its table by "
        "right, not by invitation."
    )
    codes = code_letter(text)
    assert (codes["q12"].stance, codes["q11"].stance) == ("Yes", None)
    # a seat as a condition of the option's verdict leaves the verdict the option's
    assert letter("Question 11\n\nThe best fit, if housing is at the table as of right.", "q11").stance == "Yes"


# round 41, from wave 72 (b1173-b1180, after its first run was recorded)


def test_what_members_agreed_is_read_for_its_content():
    assert letter("Question 13\n\nMembers agreed this would not achieve the vision.", "q13").stance == "No"
    assert letter("Question 13\n\nMembers agreed it would work.", "q13").stance == "Yes"
    text = "Question 10\n\nMembers agreed that building on the Prevent list would carry that mistrust across with it."
    assert letter(text, "q10").stance == "No"
    # a frame before what was agreed is no verdict
    assert letter("Question 9\n\nThis is what we agreed.", "q9").stance is None
    assert letter("Question 9\n\nWe agreed.", "q9").stance == "Yes"


def test_a_ranking_against_another_judges_it():
    codes = code_letter("Question 11\n\nThat is why we rank it below a duty on individual bodies.")
    assert (codes["q11"].stance, codes["q9"].stance) == ("No", None)
    assert letter(
        "Question 9\n\nOur first choice of the three options, and the one we think would help most.", "q9"
    ).stance == ("Yes")


# round 41, from wave 73 (b1181-b1188, after its first run was recorded)


def test_an_answer_once_meant_is_not_the_answer():
    assert letter("Question 10\n\nI had intended to answer yes to this question and move on.", "q10").stance is None
    assert letter("Question 10\n\nWe answer yes to this question.", "q10").stance == "Yes"


def test_not_wanting_what_it_would_not_do_is_no_objection():
    text = "Question 9\n\nIt would not compel anyone to disclose anything, and we would not want it to."
    assert "preference" not in (letter(text, "q9").rule or "")
    assert letter("Question 9\n\nWe would not want it to go ahead.", "q9").stance == "No"


def test_what_is_needed_is_not_the_target():
    assert letter("Question 9\n\nWhat is needed is not a new duty but funding.", "q9").stance == "No"
    # said of another thing than the section's option, it is no objection to that option
    text = "Question 13\n\nWhat is missing here is not a further legal obligation but the money and the convening."
    assert letter(text, "q13").stance != "No"


# round 41: talk of who sits on the partnerships, in more of its forms, is Q12's (silent Option Two stances over every
# wave)


def test_more_ways_of_seating_bodies_on_the_partnerships_are_membership():
    for text in (
        "Ambulance trusts should be on CSPs as of right.",
        "CSPs in London should have a statutory place for housing providers.",
        "If the partnership route is taken forward, we would want education represented on the CSP.",
        "I looked up what a Community Safety Partnership is. Put youth services and schools on it.",
    ):
        assert code_letter(text)["q11"].stance is None, text
    # a seat named in a condition of the option's verdict leaves the verdict the option's
    assert letter("Question 11\n\nThe best fit, if housing is at the table as of right.", "q11").stance == "Yes"
    # who is round the table already is said of the partnership's strength, not asked for
    assert (
        stance._is_membership_talk("It already has the police, the fire service and probation round the table.")
        is False
    )


# round 42, from what round 41 noticed and left


def test_what_is_wanted_after_but_is_read_with_what_is_not_needed():
    # one clause: the thing not needed before "but", the target wanted after it
    assert letter("Question 9\n\nWhat is needed is not more meetings but a new legal duty.", "q9").stance == "Yes"
    assert letter("Question 9\n\nWhat is needed is not a new legal duty but more meetings.", "q9").stance == "No"
    # a "but" after some other denial still parts two clauses
    assert [c for c, _ in stance._clauses_ex("It is not perfect but we support it")] == [
        "It is not perfect",
        "we support it",
    ]


def test_a_terse_answer_split_by_whom_it_is_for_after_a_semicolon():
    assert (
        letter("Question 10\n\nSupported for statutory bodies; not for contracted providers.", "q10").stance == "Mixed"
    )
    assert letter("Question 10\n\nSupported for statutory bodies.", "q10").stance == "Yes"


def test_no_leading_a_noun_phrase_that_names_another_target_is_not_the_sections_answer():
    # (a list under a heading of its own in Option Three's answer: it read No at 0.97 in the letter it came from)
    text = "We like it.\n\nWhat we are asking for\n\n1. No new duty that borrows the Prevent list or the Prevent way of working."
    assert code_text(text, "q13").stance != "No"
    assert letter("Question 13\n\nNo. It would change nothing.", "q13").stance == "No"
    # a noun phrase naming the answer's own target keeps the "No"
    assert code_text("No new duty that borrows the Prevent list.", "q9").stance == "No"
    # "No" before a comparison is the answer: "No better than Option One" (its comparison names another option)
    assert code_text("No better than Option One.", "q11").stance == "No"


def test_what_is_missing_said_to_be_something_else_is_no_omission():
    text = "Question 12\n\nWhat is missing is not another seat at a CSP but the time of the people already there."
    assert letter(text, "q12").stance != "Yes"
    assert letter("Question 12\n\nWhat is missing is housing.", "q12").stance == "Yes"


def test_why_others_favour_it_understood_is_their_choice():
    text = "Question 11\n\nWe can see why metropolitan areas favour it."
    assert letter(text, "q11").stance != "Yes"
    assert letter("Question 11\n\nWe favour it.", "q11").stance == "Yes"


def test_what_it_would_serve_after_amendment_is_a_condition_not_met():
    text = "Question 10\n\nSchedule 6 needs substantial amendment before it would serve."
    assert letter(text, "q10").stance == "No"
    assert letter("Question 10\n\nSchedule 6 would serve.", "q10").stance == "Yes"


# round 42, from wave 75 (b1197-b1204, after its first run was recorded)


def test_a_worry_or_view_denied_is_no_verdict_of_its_own():
    text = "Question 9\n\nI understand the worry, but I don't share it."
    assert letter(text, "q9").stance != "No"
    text = "Question 9\n\nSome partners have argued that Wales should be left out. We do not share that view."
    assert letter(text, "q9").stance != "No"
    # not denying a view, the same words judge the target
    assert letter("Question 8\n\nWe don't share it.", "q8").stance == "No"


def test_a_request_passed_on_is_the_askers():
    text = (
        "Question 12\n\nThe parish clerk asked me to press for parish councils to be made statutory members of the CSP."
    )
    assert letter(text, "q12").stance != "Yes"
    text = "Question 12\n\nParish councils should be made statutory members of the CSP."
    assert letter(text, "q12").stance == "Yes"


def test_a_thing_not_known_in_a_relative_clause_is_no_doubt_about_the_target():
    text = "Question 9\n\nMuch of it is done for men whose release date we do not know."
    assert "no view" not in (letter(text, "q9").rule or "")
    assert "no view" in (letter("Question 9\n\nWe do not know.", "q9").rule or "")


def test_people_now_part_of_the_answer_are_no_mixed_verdict():
    text = "Question 8\n\nOur mentors were part of the problem and are now part of the answer."
    assert letter(text, "q8").stance != "Mixed"
    assert letter("Question 8\n\nThe vision is only part of the answer.", "q8").stance == "Mixed"


def test_adding_bodies_as_a_gerund_subject_is_membership_talk():
    assert stance._is_membership_talk("Adding more organisations to it won't help.") is True
    assert stance._is_membership_talk("Giving it the duty won't help.") is False


def test_at_one_in_backing_it_is_a_verdict():
    text = "Question 9\n\nOur members are of one mind in backing the Government's preferred option."
    assert letter(text, "q9").stance == "Yes"
    assert letter("Question 9\n\nOur members are united in opposing Option One.", "q9").stance == "No"
    # not at one: divided, no verdict either way
    assert letter("Question 9\n\nWe are not united in backing Option One.", "q9").stance not in ("Yes", "No")


def test_terse_answers_of_a_table_cell():
    assert letter("Question 8\n\nRight, and overdue.", "q8").stance == "Yes"
    assert letter("Question 13\n\nTried it; not enough.", "q13").stance == "No"
    assert letter("Question 13\n\nTried it.", "q13").stance != "No"


def test_asking_everyone_to_work_together_names_the_voluntary_approach():
    text = "Question 12\n\nWe like the list.\n\nPlease don't fall back on asking everyone to work together nicely."
    assert letter(text, "q13").stance == "No"
    assert letter("Question 12\n\nWe like the list.\n\nPlease don't fall back on it.", "q13").stance is None


# round 42, from wave 76 (b1205-b1212, after its first run was recorded)


def test_so_far_as_it_goes_hedges_like_as_far_as_it_goes():
    assert letter("Question 8\n\nWe accept the vision so far as it goes.", "q8").stance == "Mixed"
    assert letter("Question 8\n\nWe accept the vision.", "q8").stance == "Yes"


def test_parting_company_with_the_government_on_its_preferred_option():
    text = "Question 9\n\nWhere I part company with the Government is on its preferred option."
    assert letter(text, "q9").stance == "No"
    text = "Question 9\n\nWhere I part company with the Government is on the timetable."
    assert letter(text, "q9").stance != "No"


def test_nothing_to_add_on_the_membership_is_no_addition():
    text = "Question 12\n\nWe have nothing useful to add on Schedule 6 or on the membership of the partnerships."
    assert letter(text, "q12").stance not in ("Yes", "No")
    assert letter("Question 12\n\nWe would add housing associations to the membership.", "q12").stance == "Yes"


def test_one_the_respondent_shares_is_a_verdict():
    assert letter("Question 8\n\nIt is a vision we share.", "q8").stance == "Yes"
    assert letter("Question 8\n\nIt is not a vision we share.", "q8").stance == "No"
    text = "Question 8\n\nThe aims are ones we share; the scope is one we cannot accept."
    assert letter(text, "q8").stance == "Mixed"


def test_a_positions_one_word():
    assert letter("Question 8\n\nContent.", "q8").stance == "Yes"
    assert letter("Question 11\n\nPreferred.", "q11").stance == "Yes"
    assert letter("Question 12\n\nAdd schools and housing.", "q12").stance == "Yes"
    assert letter("Question 8\n\nContent aside, the form is poor.", "q8").stance != "Yes"


def test_what_is_wanted_instead_is_its_head_not_what_it_is_for():
    text = (
        "Question 13\n\nWhat is missing is not another legal requirement but a convening role and stable funding for "
        "the partnerships that exist."
    )
    assert letter(text, "q11").stance is None
    assert letter("Question 9\n\nWhat is needed is not more meetings but a new legal duty.", "q9").stance == "Yes"


def test_working_something_out_is_no_verdict_that_it_would_not_work():
    text = "Question 10\n\nWe couldn't work out whether the academy on Moor Lane is on it or not."
    assert letter(text, "q10").stance != "No"
    assert letter("Question 13\n\nTried it. Doesn't work out here.", "q13").stance == "No"
    assert letter("Question 13\n\nIt couldn't work.", "q13").stance == "No"


def test_a_support_team_is_no_support():
    # (it gave Option Two a Yes: "support" read as a verdict on the partnership)
    assert code_letter("The CSP has a support team we value.")["q11"].stance is None
    assert code_letter("We support the CSP route.")["q11"].stance == "Yes"


def test_as_for_who_it_would_apply_to_turns_to_the_list():
    text = (
        "Question 9\n\nWe like the duty.\n\nAs for who it would apply to, the list taken from the 2015 Act, we are partly "
        "happy with it and partly not."
    )
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q10"].stance) == ("Yes", "Mixed")


def test_not_wanting_to_see_it_turn_into_something_is_a_caution():
    text = "Question 9\n\nWe don't want to see it turn into another strategy document nobody reads, mind."
    assert letter(text, "q9").stance != "No"
    assert letter("Question 9\n\nWe don't want to see it.", "q9").stance == "No"


# round 42, from wave 77 (b1213-b1220, after its first run was recorded)


def test_the_answer_given_in_so_many_words_decides_the_sentence():
    text = (
        "Question 9\n\nOverall: we are for the duty itself but against leaving each body to work out its own compliance, "
        'so our answer on this option is "partly".'
    )
    assert letter(text, "q9").stance == "Mixed"
    text = "Question 9\n\nOverall: we are for the duty itself but against leaving each body to work out its own compliance."
    assert letter(text, "q9").stance != "Mixed"
    # an answer naming another question leaves the sentence's other clauses to their own questions
    codes = code_letter("Question 8\n\nWe like the vision, but our answer to Question 9 is no.")
    assert (codes["q8"].stance, codes["q9"].stance) == ("Yes", "No")


def test_another_option_preferred_in_an_options_section_is_no_to_it():
    # (an answer to Question 11, as a form's box or a letter's section gives it)
    text = "Our CSP is remote. For the reasons given at Q9, we would rather each body carried the duty itself."
    assert code_text(text, "q11").stance == "No"
    assert code_text("We would rather the partnership carried it.", "q11").stance == "Yes"
    # not the vision's section: a wish about how the duty is framed
    text = "Question 8\n\nWe would rather the duty were framed around serious harm to vulnerable people."
    assert letter(text, "q8").stance != "No"


def test_what_the_home_secretary_said_is_his():
    text = "Question 11\n\nThe Home Secretary has said that he does not want new bureaucracy."
    assert letter(text, "q11").stance != "No"
    assert letter("Question 11\n\nWe do not want new bureaucracy.", "q11").stance == "No"


# round 42, from wave 78 (b1221-b1228, after its first run was recorded)


def test_wanting_nothing_to_do_with_it_and_not_it():
    text = "Question 13\n\nThe third option, asking everybody nicely to work together, we want nothing to do with."
    assert letter(text, "q13").stance == "No"
    assert letter("Question 9\n\nOption One is not it.", "q9").stance == "No"
    assert letter("Question 9\n\nWe want a duty on every body.", "q9").stance == "Yes"


def test_an_absence_in_one_clause_does_not_turn_the_next_clauses_verdict():
    text = "Question 8\n\nIt is a vision drawn up without them, and we don't think it's the right one."
    assert letter(text, "q8").stance == "No"
    assert code_text("Without a duty, nothing will change.", "q9").stance == "Yes"


def test_a_motion_moved_is_the_movers():
    text = (
        "Question 9\n\nCllr Pritchard proposed, seconded by Cllr Vaughan, that the Council respond in support of the "
        "Government's preferred option."
    )
    assert letter(text, "q9").stance != "Yes"
    text = (
        "Question 9\n\nThe report recommended that the Committee endorse the draft response, which supported the "
        "Government's preferred option."
    )
    assert letter(text, "q9").stance != "Yes"
    assert (
        letter("Question 9\n\nThe Council resolved to support the Government's preferred option.", "q9").stance == "Yes"
    )
    text = (
        "Question 9\n\nCllr Pritchard moved that the Council respond in support of the Government's preferred option."
    )
    assert letter(text, "q9").stance != "Yes"
    # (not any "moved": partners who moved away from an idea are not a motion reported)
    assert lex.is_reported("Some partners moved away from the idea.") is False


def test_not_knowing_what_words_will_mean_is_no_lack_of_view():
    text = "Question 9\n\nI do not know what any of these words will mean on a Friday night in Townhill."
    assert "no view" not in (letter(text, "q9").rule or "")
    assert "no view" in (letter("Question 9\n\nWe do not know which option is best.", "q9").rule or "")


# round 42, from wave 79 (b1229-b1236, after its first run was recorded)


def test_welcome_as_a_complement_not_as_a_substitute_is_mixed():
    assert letter("Question 13\n\nWelcome as a complement, not as a substitute.", "q13").stance == "Mixed"
    assert letter("Question 13\n\nWelcome as a complement.", "q13").stance == "Yes"


def test_a_comparison_doubted_with_i_dont_see_how_is_turned_round():
    text = "I don't see how making the CSP the lead would be better than a duty on everybody."
    assert code_text(text, "q11").stance == "No"
    assert code_text("Making the CSP the lead would be better than a duty on everybody.", "q11").stance == "Yes"


def test_i_dont_know_after_a_hedged_claim_is_no_lack_of_view():
    text = "Maybe they work better in other places, I don't know, but I can only go on ours."
    assert "no view" not in (code_text(text, "q11").rule or "")
    assert "no view" in (code_text("Honestly, I don't know.", "q11").rule or "")


def test_declining_to_present_either_view_as_the_bodys_is_no_view():
    text = "The board decided it would be wrong to present either as the Compact's position."
    assert code_text(text, "q8").stance == "Unclear"
    assert code_text("It would be wrong to legislate.", "q9").stance == "No"


def test_voluntary_and_leisure_providers_are_a_sector():
    # (it gave Option Three a Yes at 0.86 by reference)
    text = (
        "Question 11\n\nThe CSP already has the right people round the table and a relationship with the voluntary and "
        "leisure providers who deliver on the ground."
    )
    assert letter(text, "q13").stance is None
    assert letter("Question 11\n\nThe voluntary approach has the right people round the table.", "q13").stance == "Yes"


# round 42, from wave 80 (b1237-b1244, after its first run was recorded)


def test_neither_endorsing_nor_disputing_is_no_view():
    assert letter("Question 8\n\nWe neither endorse nor dispute it.", "q8").stance == "Unclear"
    assert letter("Question 8\n\nWe do not endorse it.", "q8").stance == "No"


def test_with_you_on_one_part_but_not_another_is_mixed():
    assert letter("Question 8\n\nWe're with you on the vision, but not on the focus.", "q8").stance == "Mixed"
    assert letter("Question 8\n\nWe're with you on the vision.", "q8").stance == "Yes"
    assert letter("Question 13\n\nHalf in favour, half not.", "q13").stance == "Mixed"


def test_double_negatives_that_support():
    text = "Question 12\n\nWe do not disagree that the responsible authorities should be added to."
    assert letter(text, "q12").stance == "Yes"
    assert letter("Question 9\n\nWe disagree that it would help.", "q9").stance == "No"
    text = "Question 9\n\nIt would not be unreasonable to proceed with a duty on the public bodies named."
    assert letter(text, "q9").stance == "Yes"
    text = "Question 9\n\nWe would not wish to see the preferred option weakened or dropped."
    assert letter(text, "q9").stance == "Yes"
    assert letter("Question 9\n\nWe would not wish to see it.", "q9").stance == "No"


# round 42, from wave 81 (b1245-b1252, after its first run was recorded)


def test_an_argument_set_out_to_be_weighed_is_not_held():
    for text in (
        "It might be objected that this is too loose to guide anyone.",
        "The standard objection is that giving the partnerships the lead would lock the variation in.",
        "Defenders reply that the public sector equality duty shows otherwise.",
        "Objection: it omits Clinical Commissioning Groups.",
        "The case against is that CSPs are often at the wrong scale.",
    ):
        assert code_text(text, "q11").stance not in ("Yes", "No"), text
    assert code_text("We object to it: it is at the wrong scale.", "q11").stance == "No"


def test_a_seeming_denied_to_the_respondent_reaches_the_evaluation():
    assert code_text("It does not seem to us to be the right list.", "q10").stance == "No"
    assert code_text("It seems to us to be the right list.", "q10").stance == "Yes"


def test_a_route_to_the_vision():
    assert code_text("Not, in my view, a route to the vision.", "q13").stance == "No"
    assert code_text("It is a route to the vision.", "q13").stance == "Yes"


def test_arguments_heard_on_both_sides_and_others_not_said_to_be_wrong():
    text = "The group heard strong arguments both for and against making the CSP the vehicle for the duty."
    assert code_text(text, "q11").stance != "Mixed"
    text = "The young people tell us the adults still do not talk to one another, and we cannot say they are wrong."
    assert "no view" not in (code_text(text, "q13").rule or "")
    assert "no view" in (code_text("We cannot say.", "q13").rule or "")


# round 44, from waves 89-91 (b1309-b1332, after each wave's first run was recorded)


def test_an_answer_leading_into_a_list_is_not_a_heading():
    # "Yes, the list should be added to:" over a numbered list had been a heading (seven words, no stop), so the answer
    # was lost and a consequence in the list ("The CCG seat does not bring hospital data with it") read No
    text = (
        "Yes, the list should be added to:\n\n1. Education. Schools and academies.\n"
        "2. NHS trusts running emergency departments. The CCG seat does not bring hospital data with it.\n"
    )
    assert code_text(text, "q12").stance == "Yes"
    assert code_text(
        "Yes. The duty is the right lever, for three reasons:\n\n1. It reaches NHS trusts.\n", "q9"
    ).stance == ("Yes")
    assert not stance._is_heading("Yes, the list should be added to:")
    assert not stance._is_heading("No - not as the list stands:")
    assert stance._is_heading("Option Two")


def test_a_rule_under_a_copied_question_ends_its_paragraph():
    text = "-------------------------\nNo -\n- Schools already carry duties on safeguarding.\n"
    assert code_text(text, "q9").stance == "No"


def test_a_cross_reference_in_brackets_does_not_name_the_answer():
    text = "Yes, provided it is combined with Option Two (see our answer to question 11)."
    assert code_text(text, "q9").stance == "Yes"


def test_not_knowing_anyone_who_would_is_not_no_view():
    text = "We cannot back the preferred option, and I don't know anyone round here who would."
    assert code_text(text, "q9").stance == "No"
    assert code_text("We don't know.", "q9").stance == "Unclear"


def test_them_after_a_list_of_bodies_is_the_bodies():
    text = (
        "Question 9\n\nOn balance the due regard duty is the right vehicle. It is the only option that reaches NHS trusts, "
        "schools and colleges, and it does so without obliging any of them to attend another board."
    )
    codes = code_letter(text)
    assert codes["q9"].stance == "Yes"
    assert codes["q11"].stance is None and codes["q13"].stance is None
    codes = code_letter("We have read the three options, and none of them would work.")
    assert [codes[q].stance for q in ("q9", "q11", "q13")] == ["No", "No", "No"]


def test_a_target_named_in_a_condition_is_not_the_verbs_object():
    text = (
        "The Council supports Option One, provided that the legislation contains a gateway permitting the specified "
        "authorities to share information."
    )
    codes = code_letter(text)
    assert codes["q9"].stance == "Yes"
    assert codes["q10"].stance is None
    assert (
        code_letter("We support Option One and the specified authorities listed in Schedule 6.")["q10"].stance == "Yes"
    )


def test_supporting_one_partnership_is_work_not_option_two():
    for text in (
        "I am the community safety officer for Downsend District Council and I support the Downsend Community Safety "
        "Partnership.",
        "I support our local CSP.",
    ):
        assert code_letter(text)["q11"].stance is None, text
    assert code_letter("We support the Community Safety Partnership option.")["q11"].stance == "Yes"
    assert code_letter("We support our CSP taking the lead.")["q11"].stance == "Yes"


def test_rearranging_the_deckchairs():
    assert code_text("Rearranging the deckchairs.", "q11").stance == "No"


def test_deliberation_told_as_past_gives_way_to_the_view_reached():
    text = (
        "I went back and forth on this. A duty sounds soft. So on balance I think the Government's preferred option is "
        "the right one."
    )
    assert code_text(text, "q9").stance == "Yes"
    assert code_text("I went back and forth on this.", "q9").stance == "Unclear"
    assert code_text("We have gone back and forth on this.", "q9").confidence >= REVIEW
    code = code_text("We keep going back and forth on this.", "q9")
    assert code.stance == "Unclear" and code.confidence >= REVIEW


def test_how_things_stand_now_is_not_a_view_on_the_voluntary_approach():
    # "goodwill" names the voluntary approach only as the object of the consequence: the present arrangements described
    text = "At present our ability to share information depends on goodwill."
    assert code_letter(text)["q13"].stance is None
    assert code_letter("A voluntary approach depends on goodwill.")["q13"].stance == "No"


# round 44, from wave 92 (b1333-b1340, after its first run was recorded)


def test_nor_with_an_inverted_auxiliary_denies_the_clause():
    assert code_text("Nor should prisons and YOIs be added as statutory partners in CSPs.", "q12").stance == "No"
    assert code_text("Prisons and YOIs should be added as statutory partners in CSPs.", "q12").stance == "Yes"


def test_the_visions_aim_as_a_yardstick_is_not_a_view_on_the_vision():
    text = (
        "On its own, a voluntary approach would leave the weakest areas exactly where they are, and the vision's aim of "
        "consistency across the country would not be met."
    )
    codes = code_letter(text)
    assert codes["q13"].stance == "No"
    assert codes["q8"].stance is None


def test_one_part_right_but_another_wrong_is_mixed():
    assert code_text("The list gets the institutions right but the level wrong.", "q10").stance == "Mixed"
    assert code_text("The list gets the institutions right.", "q10").stance == "Yes"
    assert code_text("It gets the institutions right, but we would add schools.", "q10").stance != "Mixed"


def test_a_description_that_is_the_whole_cue_still_names_the_target():
    assert code_letter("Leaving it to goodwill has been tried here already.")["q13"].stance == "No"


# round 44, from wave 93 (b1341-b1348, after its first run was recorded)


def test_the_vision_as_the_measure_of_something_else():
    codes = code_letter("A voluntary approach would, in our view, fall short of the vision.")
    assert (codes["q13"].stance, codes["q8"].stance) == ("No", None)
    codes = code_letter("For the purposes of this vision, Schedule 6 is the wrong list.")
    assert (codes["q10"].stance, codes["q8"].stance) == ("No", None)
    assert code_letter("The vision falls short.")["q8"].stance == "No"


def test_the_route_that_does_not_depend_on_new_legislation_is_option_three():
    text = "The Government should put its weight behind the route that does not depend on new legislation."
    codes = code_letter(text)
    assert (codes["q13"].stance, codes["q9"].stance) == ("Yes", None)


# round 44, from wave 94 (b1349-b1356, after its first run was recorded)


def test_the_one_a_target_would_leave_out_is_no_choice():
    from svanalysis.ingest.stance_lexicon import lexicon_matches

    assert lexicon_matches("Exposure to violence at home is the one the duty would leave out.") == []
    assert [m[2] for m in lexicon_matches("Option Two is the one the Council would choose.")] == ["Yes"]


def test_misreading_the_evidence():
    assert code_text("Taken as a whole, the vision misreads the evidence it invokes.", "q8").stance == "No"
    assert code_text("The vision does not misread the problem.", "q8").stance == "Yes"


# round 45, from waves 89-95 (left over from round 44)


def test_something_that_took_place_last_year_is_no_ranking():
    from svanalysis.ingest.stance_lexicon import lexicon_matches

    assert lexicon_matches("Two of the three stabbings in our postcode took place last year.") == []
    assert [m[2] for m in lexicon_matches("We would place the voluntary approach last.")] == ["No"]


# round 45, from wave 96 (b1365-b1372, after its first run was recorded)


def test_an_objection_the_respondent_has_heard_is_not_its_own():
    text = 'We have heard the objection that it is "yet another duty".'
    assert code_text(text, "q9").stance == "Unclear"  # somebody else's objection: no view of the respondent's
    assert code_text('We share the objection that it is "yet another duty".', "q9").stance == "No"
    text = "The duty is, in our view, the right lever, and we would want to be under it. " + text
    assert code_text(text, "q9").stance == "Yes"


def test_the_right_lever_or_mechanism():
    assert code_text("The duty is the right lever.", "q9").stance == "Yes"
    assert code_text("A duty is not the right mechanism for schools.", "q9").stance == "No"
    # (a means described as it would be is no view of this one)
    assert code_text("The right mechanism would be one written for the NHS.", "q9").stance == "Unclear"


def test_signing_up_to_one_part_but_not_another_is_mixed():
    assert code_text("We can sign up to the method of the vision but not to its focus.", "q8").stance == "Mixed"
    assert code_text("We can sign up to the method of the vision.", "q8").stance == "Yes"
    assert code_text("We support the duty, but not to the exclusion of the partnerships.", "q9").stance == "Yes"


def test_an_explicit_split_decides_though_a_looser_mixed_cue_weighs_more():
    # (the looser cue outweighs the explicit one here: the explicit one reaches Option One by reference, not by section)
    text = (
        "Here we are of two minds, and we think it more useful to say why than to pretend to a certainty we do not "
        "have.\n\nIn principle, a duty on NHS trusts is right. At present, the answer depends on which officer picks up "
        "the phone.\n\nIn practice, the detail as drafted worries us. So our view on Option One is split: right in "
        "principle, wrong in its present detail."
    )
    code = code_text(text, "q9")
    assert (code.stance, code.confidence >= 0.75) == ("Mixed", True)
    assert "right in principle" in code.evidence


def test_measured_against_the_vision_is_no_view_on_it():
    codes = code_letter("Measured against the vision, the duty would add to the workload of schools already stretched.")
    assert (codes["q9"].stance, codes["q8"].stance) == ("No", None)
    assert code_letter("Judged by the standard of the vision, the list is the wrong one.")["q8"].stance is None
    assert code_letter("The vision is the wrong one.")["q8"].stance == "No"


def test_for_the_principle_and_against_the_option_is_mixed():
    text = "We are therefore for the principle and against the option as currently framed."
    assert code_text(text, "q9").stance == "Mixed"
    assert code_text("We are therefore for this approach in part and against it in part.", "q13").stance == "Mixed"
    assert code_text("We are for the principle.", "q9").stance != "Mixed"


def test_a_credible_way_to_deliver_the_vision():
    assert code_text("It is a credible way to deliver the vision.", "q13").stance == "Yes"
    assert code_text("The Force does not see it as a credible way to deliver the vision.", "q13").stance == "No"
    assert code_letter("The voluntary approach is not a credible way to deliver the vision.")["q8"].stance is None


def test_the_right_level_or_footprint():
    assert code_text("Placing it on the Council as a whole is the right level.", "q10").stance == "Yes"
    assert code_text("The district is not the right footprint.", "q11").stance == "No"
    assert code_text("The duty needs the right level of funding.", "q9").stance == "Unclear"


# round 45, from wave 97 (b1373-b1380, after its first run was recorded)


def test_not_hesitating_to_recommend_is_no_denial():
    text = "On balance the partnership route is the one we would not hesitate to recommend."
    assert code_text(text, "q11").stance == "Yes"
    assert code_text("We wouldn't hesitate to recommend the partnership route.", "q11").stance == "Yes"
    assert code_text("We would hesitate to recommend the partnership route.", "q11").stance == "No"


def test_not_thinking_it_unreasonable_is_a_litotes():
    assert code_text("We do not think it unreasonable to focus on serious violence.", "q8").stance == "Yes"
    assert code_text("We think it unreasonable to expect schools to carry a further duty.", "q9").stance == "No"


def test_what_another_focus_would_do_is_no_view_on_the_visions_own():
    text = (
        "Nor do we think it unreasonable to focus the duty on serious violence in particular; a broader focus on all "
        "violence would risk diluting it."
    )
    assert code_text(text, "q8").stance == "Yes"
    assert code_text("A broader focus on all violence would risk diluting it.", "q8").stance == "Unclear"
    assert code_text("The focus would risk diluting the effort.", "q8").stance == "No"


def test_right_in_one_half_and_wrong_footed_in_the_other():
    assert code_text("The vision is right in one half and wrong-footed in the other.", "q8").stance == "Mixed"


def test_excluded_pupils_are_no_omission():
    text = "The list covers the ground: it includes education arranged for excluded pupils."
    assert code_text(text, "q10").stance == "Yes"
    assert code_text("It includes education arranged for excluded pupils.", "q10").stance == "Unclear"
    assert code_text("The list excluded housing providers.", "q10").stance == "No"
    assert code_text("The list does not cover the ground.", "q10").stance == "No"


def test_better_or_worse_is_no_comparison():
    text = "We cannot say whether Community Safety Partnerships would serve the vision better or worse than the others."
    assert code_text(text, "q11").stance == "Unclear"
    text = "Community Safety Partnerships would serve the vision better than the alternatives."
    assert code_text(text, "q11").stance == "Yes"


# round 45, from wave 98 (b1381-b1388, after its first run was recorded)


def test_an_order_given_after_a_colon_is_a_ranking():
    codes = code_letter("We ended up with a clear order: Option Two first, Option One second, Option Three last.")
    assert (codes["q11"].stance, codes["q13"].stance) == ("Yes", "No")
    assert codes["q11"].rule.startswith("ranking: first")


def test_supporting_members_with_training_is_another_sense():
    # (the mask of help given to people, which the rules read before any verdict word)
    assert stance._SUPPORT_SERVICE.search("We support our members with training, business advice and guidance.")
    assert not stance._SUPPORT_SERVICE.search("We support the voluntary approach.")
    assert code_text("We support the voluntary approach.", "q13").stance == "Yes"


def test_a_view_given_in_an_earlier_month_is_superseded():
    text = 'In April we described the preferred option as "a sensible way to make every agency pull its weight".'
    assert code_text(text, "q9").stance == "Unclear"
    assert code_text("In our response of 10 April we said that the duty was sensible.", "q9").stance == "Unclear"
    assert code_text("We describe the preferred option as a sensible way forward.", "q9").stance == "Yes"


def test_the_vision_named_by_its_owner_as_a_yardstick():
    text = "The voluntary approach would not, on its own, get the paper's vision delivered on the Eastfield."
    codes = code_letter(text)
    assert (codes["q13"].stance, codes["q8"].stance) == ("No", None)


# round 45, from wave 99 (b1389-b1396, after its first run was recorded)


def test_a_word_wrapped_onto_the_next_line_is_no_list_item():
    from svanalysis.ingest.stance import _sentences

    text = "We would not want it\nto. What we would ask of them is to share what they hold."
    assert [s for _, s, _ in _sentences(text)] == [
        "We would not want it to.",
        "What we would ask of them is to share what they hold.",
    ]
    # (a list item's mark still starts a paragraph of its own)
    assert [(p, s) for p, s, _ in _sentences("Our points:\nb) The list is wrong.")][-1] == (1, "b) The list is wrong.")


def test_struggling_to_get_the_right_people_is_no_verdict():
    text = "Each partnership already struggles to get the right people in the room."
    assert code_text(text, "q12").stance == "Unclear"
    assert code_text("The list gets the right people in.", "q10").stance == "Yes"
    assert code_text("The vision gets the emphasis right.", "q8").stance == "Yes"


def test_what_depends_on_who_is_in_post_at_present_is_how_things_stand():
    text = "A duty would give our staff the standing to ask for a seat that at present depends on who is in post."
    assert code_text(text, "q9").stance == "Yes"
    assert code_text("The voluntary approach depends on who is in post.", "q13").stance == "No"


def test_the_dearest_route_and_the_most_direct_one():
    text = "On our costing Option One is the dearest route to the vision and not the most direct one."
    assert code_text(text, "q9").stance == "No"
    assert code_text("The duty is the most direct route to the vision.", "q9").stance == "Yes"


def test_a_question_about_adding_partners_is_no_request():
    text = "I understand there is also a question about adding to the list of statutory partners."
    assert code_text(text, "q12").stance == "Unclear"
    assert code_text("We would like to see schools added to the list of statutory partners.", "q12").stance == "Yes"


def test_nor_having_a_settled_view_is_no_view():
    text = "Nor do we have a settled view of our own on which of the three would work."
    assert code_text(text, "q9").stance == "Unclear"
    assert code_text("Nor do we think the duty would work.", "q9").stance == "No"


def test_a_weak_classifier_reading_reached_only_by_description_is_no_view(monkeypatch):
    import numpy as np

    from svanalysis.ingest.stance import _Evidence, _model_code

    class Weak:  # a classifier that reads every sentence as Yes at p = 0.6 (confidence 0.7 * 0.6 = 0.42)
        classes = ("Mixed", "No", "Unclear", "Yes", "none")

        def proba(self, texts):
            return np.array([[0.1, 0.1, 0.1, 0.6, 0.1] for _ in texts])

        def read(self, text):
            return "Yes", 0.6, ["word"]

    monkeypatch.setattr(stance.stance_model, "load", lambda: Weak())
    sentence = "The structures already exist, and the responsible authorities already have a legal duty."
    assert _model_code(_Evidence(uncued=[(sentence, "description", "a legal duty", sentence)])) is None
    code = _model_code(_Evidence(uncued=[(sentence, "reference", "a legal duty", sentence)]))
    assert (code.stance, code.confidence) == ("Yes", 0.42)


def test_where_something_is_needed_is_no_verdict_on_it():
    assert code_letter("Where legislation is needed is in the partnership itself.")["q9"].stance is None
    assert code_text("Legislation is needed.", "q9").stance == "Yes"


def test_what_the_respondent_knows_some_others_would_welcome_is_theirs():
    from svanalysis.ingest.stance_lexicon import is_reported

    assert is_reported("We know some in our sector would welcome a seat as of right.")
    assert is_reported("Many in the county would prefer Option Two.")
    assert not is_reported("We know the duty would work.")
    assert code_text("We know some in our sector would welcome the voluntary approach.", "q13").stance == "Unclear"
    assert code_text("We would welcome the voluntary approach.", "q13").stance == "Yes"


# round 45, from wave 100 (b1397-b1404, after its first run was recorded)


def test_misdirected_and_misconceived():
    assert code_text("In our view the vision is misdirected.", "q8").stance == "No"
    assert code_text("The vision is not misconceived.", "q8").stance == "Yes"


def test_would_have_had_a_chance_is_no_idiom_of_a_spent_option():
    text = "If that had been how things worked in 2016, I would have had a chance."
    assert code_text(text, "q8").stance == "Unclear"
    assert code_text("The voluntary approach has had its chance.", "q13").stance == "No"


def test_asking_the_home_office_not_to_dilute_it():
    assert code_text("We would encourage the Home Office not to dilute it.", "q8").stance == "Yes"
    assert code_text("We urge the Government not to drop the duty.", "q9").stance == "Yes"
    assert code_text("We urge the Government to drop the duty.", "q9").stance == "No"


def test_a_harm_denied_inside_the_consequence_is_no_harm():
    text = "He confirmed that the Authority's involvement would not divert crews from emergency response."
    assert code_text(text, "q9").stance == "Unclear"
    assert code_text("The duty would divert crews from emergency response.", "q9").stance == "No"


def test_no_cure_all_is_a_concession_not_a_verdict():
    assert code_text("The duty would not solve everything, but it would help.", "q9").stance != "No"
    assert code_text("The duty would not solve the problem.", "q9").stance == "No"


def test_the_better_course_put_forward_is_another_course():
    text = "The better course is to strengthen the links between CSPs and Public Services Boards."
    assert code_text(text, "q12").stance == "Unclear"
    assert code_text("Option One is the better course.", "q9").stance == "Yes"


def test_wanting_to_be_part_of_the_answer():
    assert code_text("Schools see children every day and want to be part of the answer.", "q8").stance == "Unclear"
    assert code_text("The duty is part of the answer.", "q9").stance == "Mixed"
    assert code_text("The duty is the answer.", "q9").stance == "Yes"


def test_the_aims_of_the_consultation_as_a_yardstick():
    text = "A voluntary, non-legislative approach would best achieve the aims of the consultation in Wales."
    codes = code_letter(text)
    assert (codes["q13"].stance, codes["q8"].stance) == ("Yes", None)


def test_the_membership_not_made_any_larger():
    assert code_text("The statutory membership of CSPs should not be made any larger.", "q12").stance == "No"
    assert code_text("The membership should not grow any larger.", "q12").stance == "No"
    assert code_text("The membership of CSPs should be made larger.", "q12").stance == "Yes"


# round 45, from wave 101 (b1405-b1412, after its first run was recorded)


def test_sharing_a_part_of_the_vision_goes_to_review():
    code = code_text("We share the vision's emphasis on early intervention and on evidence.", "q8")
    assert (code.stance, code.confidence < 0.75) == ("Yes", True)
    assert code_text("We share the vision.", "q8").confidence >= 0.75


def test_the_governments_preference_misspelt_is_still_the_governments():
    text = "The main option, the one the goverment says it prefers, puts a duty on the council and the schools."
    assert code_text(text, "q9").stance == "Unclear"
    assert code_text("Option One, the one we prefer, puts a duty on the council.", "q9").stance == "Yes"


def test_delivering_what_the_consultation_sets_out_to_achieve_is_a_yardstick():
    codes = code_letter("We do not see the voluntary route delivering what the consultation sets out to achieve.")
    assert (codes["q13"].stance, codes["q8"].stance) == ("No", None)


def test_a_line_of_quoted_terms_is_not_read_by_the_classifier():
    from svanalysis.ingest.stance import _QUOTED_TERMS

    assert _QUOTED_TERMS.match('"Due regard", "Schedule 6", "responsible authorities", "convening power".')
    assert not _QUOTED_TERMS.match('We think "due regard" is weak.')


def test_how_some_existing_partnerships_perform_is_no_view_on_option_two():
    text = "Some of the CSPs we deal with are excellent; others we hear from once a year."
    assert code_text(text, "q11").stance == "Unclear"
    assert code_text("Some of the CSPs would be excellent leads.", "q11").stance == "Yes"


# round 45, from wave 102 (b1413-b1420, after its first run was recorded)


def test_a_membership_too_thin_asks_for_additions():
    text = "Whatever vehicle is finally chosen, the statutory membership of the partnerships is too thin for this work."
    assert code_text(text, "q12").stance == "Yes"
    assert code_text("The vision is drawn too narrowly to be the right one.", "q8").stance == "No"
    assert (
        code_text("Whatever the outcome on Option Two, the responsible authorities are too narrow.", "q12").stance
        == "Yes"
    )


def test_the_merit_of_something_goes_to_review():
    code = code_text("A narrow focus has the merit of being manageable.", "q8")
    assert (code.stance, code.confidence < 0.75) == ("Yes", True)


def test_a_view_put_off_till_later_is_no_preference():
    text = "We would prefer to come back to this once the first VRU evaluation is available."
    assert code_text(text, "q13").stance == "Unclear"
    assert code_text("We would prefer Option Three.", "q13").stance == "Yes"


def test_what_the_paper_recognises_is_the_papers():
    from svanalysis.ingest.stance_lexicon import is_reported

    assert is_reported("The paper itself recognises that decision making could be more effective.")
    assert is_reported("Ministers accept that the duty would be burdensome.")
    assert not is_reported("We recognise that the duty would be effective.")


def test_the_least_suited_of_the_three():
    text = "Of the three routes set out in the paper, this is the one we think least suited to a county like ours."
    assert code_text(text, "q11").stance == "No"


def test_not_of_itself_is_a_caveat_on_option_two():
    assert code_text("A new duty will not of itself fix weak leadership.", "q11").stance == "Unclear"
    text = "The voluntary approach will not of itself generate joint commissioning."
    assert code_text(text, "q13").stance == "No"


def test_an_argument_listed_under_its_side_is_not_the_view():
    text = "Against: the list does not include Fire and Rescue Authorities or Clinical Commissioning Groups."
    assert code_text(text, "q10").stance == "Unclear"
    assert code_text("The list does not include Fire and Rescue Authorities.", "q10").stance == "No"


def test_what_a_fresh_list_would_cost_keeps_this_one():
    assert code_text("Starting with a fresh list would waste that familiarity for little gain.", "q10").stance == "Yes"
    assert code_text("A fresh list would be better.", "q10").stance == "No"


def test_appropriate_in_a_relative_clause_is_no_verdict():
    text = "Due regard is the regard that is appropriate in all the circumstances; it is a duty of process."
    assert code_text(text, "q9").stance == "Unclear"
    assert code_text("The duty is appropriate.", "q9").stance == "Yes"


def test_a_list_ending_in_and_the_council_inside_a_reported_view_stays_reported():
    text = "Some felt that a duty on schools, the police, health and the council is the only way to make this happen."
    assert code_text(text, "q9").stance == "Unclear"
    text = "Some members felt the duty was wrong, but the board takes the view that it is right."
    assert code_text(text, "q9").stance == "Yes"


# round 45, from wave 103 (b1421-b1428, after its first run was recorded)


def test_parting_company_on_the_idea_that_a_duty_works_is_a_no():
    text = "Where we part company with the paper is on the idea that a legal duty on councils is the lever we need."
    assert code_text(text, "q9").stance in ("No", "Unclear")
    assert code_text("Where we part company with the Government is on the remedy.", "q9").stance == "No"
    assert code_text("Where we part company with the paper is the focus.", "q8").stance == "Mixed"
    # (what the idea holds is rejected, not said: "... is the answer" inside it is no Yes)
    text = "Where I part company with you is the idea that putting a duty on the council, the schools and the rest is the answer."
    assert code_text(text, "q9").stance == "No"


def test_a_view_given_in_an_earlier_year_or_then_is_superseded():
    text = "In 2018, we argued that housing providers should be made responsible authorities in the partnerships."
    assert code_text(text, "q12").stance == "Unclear"
    assert code_text("We said then that the partnership structure was sound.", "q13").stance == "Unclear"
    text = "We think housing providers should be made responsible authorities in the partnerships."
    assert code_text(text, "q12").stance == "Yes"


def test_the_question_reframed_is_no_denial():
    assert code_text("The question is not whether voluntary partnership is perfect.", "q13").stance == "Unclear"
    assert code_text("The approach is not.", "q13").stance == "No"


def test_half_of_it_one_way_and_half_the_other_is_mixed():
    assert code_text("Half of your vision is spot on and half of it misses people like Jordan.", "q8").stance == "Mixed"


def test_not_wanting_ones_own_kind_to_carry_a_duty_is_no_view_on_the_option():
    text = "We would not want contractors like ourselves to carry a duty of our own."
    assert code_text(text, "q9").stance == "Unclear"
    assert code_text("We would not want a duty on schools.", "q9").stance == "No"


def test_a_format_agreed_with_the_partnership_is_no_agreement():
    text = "Monthly incident data from all our sites, in a format agreed with the local partnership."
    assert code_text(text, "q12").stance == "Unclear"
    assert code_text("We agreed with the duty.", "q9").stance == "Yes"


def test_the_right_core_of_a_list_then_a_gap_is_mixed():
    text = (
        "The Schedule 6 organisations are the right core of any list; however, the list leaves out housing providers."
    )
    assert code_text(text, "q10").stance == "Mixed"


def test_partners_already_the_right_ones_is_no_call_for_additions():
    # round 45, from the synthetic responses: the lexicon's "the right one" had been a Yes against the refusal around it
    text = "On reflection, the statutory partners are already the right ones; capacity is the problem, not membership."
    code = code_text(text, "q12")
    assert (code.stance, code.confidence >= 0.75) == ("No", True)
    assert code_text("The list is the right one.", "q10").stance == "Yes"


# round 45, from wave 104 (b1429-b1436, after its first run was recorded)


def test_a_negative_subjects_thinking_does_not_reach_a_description_that_opens_the_clause():
    text = "Neither partner believes that leaving it to goodwill would give the consistency the vision asks for."
    assert code_text(text, "q13").stance == "No"
    assert code_text("Neither partner believes that the voluntary approach would work.", "q13").stance == "No"


def test_no_single_answer_and_right_or_wrong_left_open_are_no_view():
    text = "We therefore cannot offer the Home Office a single answer on the preferred option."
    assert code_text(text, "q9").stance == "Unclear"
    assert (
        code_text("We can't say the focus is right or wrong, so we'd rather leave it there.", "q8").stance == "Unclear"
    )
    assert code_text("We can't say the focus is right.", "q8").stance == "No"


def test_an_agreed_picture_is_no_agreement():
    text = "The review found that the partnership had no agreed picture of who was at risk."
    assert code_text(text, "q12").stance == "Unclear"


def test_welcoming_the_idea_goes_to_review():
    text = "We welcome the idea that every public body should have to weigh the prevention of violence."
    code = code_text(text, "q9")
    assert (code.stance, code.confidence < 0.75) == ("Yes", True)
    assert code_text("We agree with the duty.", "q9").confidence >= 0.75


def test_fixing_the_response_at_the_smallest_footprint_is_no_cure():
    text = "Making the CSP the lead would fix the response at the smallest and weakest footprint in the system."
    assert code_text(text, "q11").stance != "Yes"
    assert code_text("Making the CSP the lead would fix the problem.", "q11").stance == "Yes"


# round 45, from wave 105 (b1437-b1444, after its first run was recorded)


def test_parting_company_on_an_option_named_by_what_it_is():
    assert code_text("Where I part company with the paper is on legislation.", "q9").stance == "No"
    text = "Where I get off the bus is with our Community Safety Partnership."
    assert code_text(text, "q11").stance == "No"
    assert code_text("Where we part company with the paper is the focus.", "q8").stance == "Mixed"


def test_wanting_to_see_the_wording_before_the_duty_comes_in_is_a_condition():
    # (no view withheld: nothing else in the sentence is a view either)
    code = code_text("Members would want to see that wording before the duty came into force.", "q9")
    assert code.rule == "addressed, no stance found"
    assert code_text("We would want to see the guidance before we could say.", "q9").rule.startswith("no view")


def test_a_body_that_should_come_off_the_list_is_no_exclamation():
    text = "The list takes in every kind of agency, and I can think of none that should come off it."
    assert code_text(text, "q10").stance != "No"
    assert code_text("Come off it.", "q13").stance == "No"


def test_some_partnerships_being_excellent_is_no_view_on_option_two():
    text = (
        "We are sure some partnerships are excellent, but the paper admits they are stronger in some areas than others."
    )
    assert code_text(text, "q11").stance == "Unclear"


def test_an_argument_in_its_favour_is_not_the_view():
    text = "In its favour: much of the most effective work in Wales has grown from partnership agreements."
    assert code_text(text, "q13").stance == "Unclear"


# round 45, from wave 106 (b1445-b1452, after its first run was recorded)


def test_points_listed_under_their_side_are_arguments_and_the_balance_decides():
    from svanalysis.ingest.stance import _sentences

    text = (
        "Option One\n\nPros:\n- National guidance would help smaller schools.\n- It would give a clear lead.\n\n"
        "Cons:\n- It would add to the workload of schools.\n\nOn balance: No."
    )
    assert [s for _, s, h in _sentences(text) if not h][:2] == [
        "Pros: National guidance would help smaller schools.",
        "Pros: It would give a clear lead.",
    ]
    code = code_text(text, "q9")
    assert (code.stance, code.evidence) == ("No", "On balance: No.")
    # (a list that follows no side's label is the respondent's own points)
    assert code_text("Option One\n\n- It would give a clear lead.", "q9").stance == "Yes"


def test_a_label_of_the_points_in_its_favour_and_a_case_conceded_are_no_verdicts():
    assert (
        code_text("On Option One, the proposed duty of due regard, the points in its favour:", "q9").stance == "Unclear"
    )
    text = "We appreciate that the case for the voluntary approach looks weaker on paper than the case against it."
    assert code_text(text, "q13").stance == "Unclear"
    assert code_text("The case against the voluntary approach is stronger than the case for it.", "q13").stance == "No"


# round 45, from wave 107 (b1453-b1460, after its first run was recorded)


def test_the_letters_own_names_for_the_options_are_read_as_the_options():
    text = (
        'To keep this short we use our own names. Option Two, revising the partnerships, we call "the Blue Plan"; '
        'Option Three, the voluntary approach, we call "the Green Plan".\n\n'
        "The Blue Plan is the wrong answer for a county like ours. The Green Plan is the one we would choose."
    )
    codes = code_letter(text)
    assert (codes["q11"].stance, codes["q13"].stance, codes["q9"].stance) == ("No", "Yes", None)
    # (without the names defined, the plans are nobody's options)
    codes = code_letter("The Blue Plan is the wrong answer for a county like ours.")
    assert codes["q11"].stance is None


def test_naming_the_options_is_no_view_of_them():
    from svanalysis.ingest.stance import option_aliases

    text = (
        "We call them: Plan A - the new duty on named bodies (Option One); Plan B - the rewrite of CSPs (Option Two)."
    )
    assert option_aliases(text) == {"Plan A": "Option One", "Plan B": "Option Two"}
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q11"].stance) == (None, None)


def test_every_misspelling_read_through_is_gated_by_a_key_it_holds():
    for typo in stance._TYPOS:
        assert any(k in typo for k in stance._TYPO_KEYS), typo


def test_supporting_schools_being_added_is_still_a_view():
    # (a guard on the mask's round-45 additions, which take "schools" as people helped)
    assert not stance._SUPPORT_SERVICE.search("We support the schools being added as statutory partners.")
    assert stance._SUPPORT_SERVICE.search("We support our schools with training and advice.")
    assert code_text("We support the schools being added as statutory partners.", "q12").stance == "Yes"


# round 46, from waves 108-109 (b1461-b1476, left unread by round 45) and wave 110 (b1477-b1484, after its first run
# was recorded)


def test_agreed_as_an_adjective_after_no_is_no_verdict():
    text = "An audit found that the partnership had no agreed performance measures for violence."
    assert code_text(text, "q12").stance != "No"
    assert code_text("We have not agreed to the list of statutory partners being added to.", "q12").stance == "No"


def test_a_description_pointed_back_at_the_partnerships_is_theirs():
    text = (
        "Members were much clearer about the proposal to give Community Safety Partnerships a statutory serious "
        "violence strategy. Putting serious violence on that statutory footing would give the committee exactly the "
        "hook that is missing. Of the options in the paper, this is the one the committee would favour."
    )
    codes = code_letter(text)
    assert (codes["q11"].stance, codes["q9"].stance) == ("Yes", None)
    # (a statutory footing named with no partnership before it is Option One's)
    text = "Putting serious violence on a statutory footing would be a step in the right direction."
    assert code_letter(text)["q9"].stance == "Yes"
    text = "We discussed the partnerships at length. " + text.replace("a statutory", "that statutory")
    assert code_letter(text)["q9"].stance is None


def test_no_closer_to_the_vision_measures_the_option_not_the_vision():
    text = (
        "The result would be a duty that everybody holds and nobody answers for. Members' view was that it would add "
        "paperwork without adding accountability, and would not bring the area any closer to the vision."
    )
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q8"].stance) == ("No", None)


def test_more_of_the_form_and_none_of_the_substance():
    assert code_text("Lengthening the list would add seats, not answers.", "q12").stance == "No"
    assert code_text("A duty would create meetings rather than results.", "q9").stance == "No"
    assert (
        code_text("Giving that same body a new legal job would change the letterhead and little else.", "q11").stance
        == "No"
    )
    assert code_text("Lengthening the list would add real value.", "q12").stance == "Yes"


def test_a_run_in_label_heads_its_paragraph():
    text = (
        "The three options, as the partners see them:\n\n"
        "(a) Amending the community safety partnership. Our local partnership meets quarterly. The health seat at it has "
        "been filled by a CCG manager who sends apologies. Giving that same body a new legal job would change the "
        "letterhead and little else."
    )
    codes = code_letter(text)
    assert (codes["q11"].stance, codes["q12"].stance) == ("No", None)
    # (a sentence is no label: "Community Safety Partnerships rarely meet." does not carry on as a heading would)
    assert stance._RUN_IN_LABEL.match("(a) Amending the community safety partnership.")
    assert stance._RUN_IN_LABEL.match("**The vision.**")
    assert not stance._RUN_IN_LABEL.match("Community Safety Partnerships rarely meet.")


def test_a_question_a_proposal_leaves_open_is_its_flaw_not_a_view_withheld():
    text = (
        'A duty on each body to have "due regard" would produce a compliance exercise, and it leaves the question of '
        "who leads in a two-tier area entirely open."
    )
    assert code_text(text, "q9").stance == "No"
    assert (
        code_text("We therefore leave the question of adding to the statutory partners open.", "q12").stance
        == "Unclear"
    )


def test_a_colleagues_message_adopted_as_the_response_is_read():
    cover = (
        "I lead the Education Welfare Service at the council. When the consultation came round I asked my officers for "
        "their comments, and the most useful reply came from one of our senior attendance officers, who has covered the "
        "secondary schools in the north of the borough for eleven years. Rather than paraphrase her I have copied her "
        "email below, with her permission. I have gone through it with our Assistant Director for Education and "
        "Inclusion. {endorse}\n\nYours faithfully,\n\nGareth Lyle\n\n-------- Forwarded message --------\nFrom: Denise\n\n"
        "Gareth,\n\nOn the duty for named organisations to have due regard, I think it would add to the workload of "
        "schools and change nothing for the child. It's a paper exercise dressed up as a duty.\n"
    )
    adopted = cover.format(
        endorse="The Service stands behind every word of it: please treat it as the Service's response."
    )
    assert code_letter(adopted)["q9"].stance == "No"
    # (a colleague's view passed on without being adopted is not the respondent's)
    passed_on = cover.format(endorse="The Board has not yet considered it.")
    assert code_letter(passed_on)["q9"].stance is None


def test_it_should_be_read_as_the_response_in_a_covering_note_is_the_note():
    note = (
        "I have left the internal thread below because it shows the argument honestly, but the position in this covering "
        "note is the one agreed by our Executive Board and it should be read as the Service's response."
    )
    assert not stance._POINTS_BELOW.search(note)
    assert stance._POINTS_BELOW.search("Liam's email is the Service's response; I have added nothing to it.")
    assert stance._POINTS_BELOW.search("We would ask that her note is read as the Trust's response.")
    assert stance._POINTS_BELOW.search("They should be taken as the Trust's response to questions 8, 9, 10 and 12.")


def test_a_judgement_withheld_in_litotes_is_a_no():
    text = "We cannot say we are persuaded that a free-standing duty of due regard would best achieve that vision."
    assert code_text(text, "q9").stance == "No"
    assert code_text("We cannot say that Option One would best achieve the vision.", "q9").stance == "No"
    assert code_text("So I cannot say I think the vision is the right one.", "q8").stance == "No"
    # (a view withheld plainly stays one)
    assert code_text("As to whether the list is right, I honestly cannot say.", "q10").stance == "Unclear"


def test_a_verdict_verb_denied_across_be_or_an_aside():
    assert code_text("We would not be opposed to the duty of due regard being placed on them.", "q9").stance == "Yes"
    assert code_text("Nor would we object to the list of statutory partners being added to.", "q12").stance == "Yes"
    assert code_text("We would not, in principle, object to the duty.", "q9").stance == "Yes"
    assert code_text("We are opposed to the duty.", "q9").stance == "No"
    # (and "n't" joined to its auxiliary, which the verdicts' negation had missed: "We don't oppose it" had read No)
    assert code_text("We don't oppose it.", "q9").stance == "Yes"
    assert code_text("We wouldn't object to it.", "q9").stance == "Yes"


def test_understatement_of_agreement():
    assert code_text("The vision is not one we would want to argue with.", "q8").stance == "Yes"
    assert code_text("So I would not for a moment argue with what the paper calls its vision.", "q8").stance == "Yes"
    assert code_text("The vision is not one we would want.", "q8").stance == "No"
    text = "We would not be unhappy to see the Crime and Disorder Act amended so that every partnership has a strategy."
    assert code_text(text, "q11").stance == "Yes"
    assert code_text("We are not averse to a duty.", "q9").stance == "Yes"


def test_not_wanting_bodies_removed_or_the_membership_left_as_it_is():
    assert code_text("We would not wish to see any of the listed bodies removed.", "q10").stance == "Yes"
    text = "Whatever is decided on Option Two, we would not want the statutory partners left as they are."
    assert code_text(text, "q12").stance == "Yes"
    assert code_text("It would be odd to leave the membership as it stands.", "q12").stance == "Yes"
    assert code_text("We would leave the membership as it stands.", "q12").stance == "No"


def test_a_condition_then_denied_is_a_no():
    text = (
        "The Schedule 6 list would be the right set of partners only if it reached the bodies that commission health "
        "services. It does not."
    )
    assert code_text(text, "q10").stance == "No"
    # (support on a condition the option would meet stays support, round 10)
    text = (
        "Of the three options, this is the one our members would back, provided education has a proper place in the "
        "partnership. At present it does not."
    )
    assert code_text(text, "q11").stance == "Yes"


def test_what_is_excepted_from_a_denial_is_asserted():
    text = "We cannot see the preferred option doing anything for our pupils except adding to the paperwork."
    code = code_text(text, "q9")
    assert code.stance == "No"
    assert "+ negation" not in (code.rule or "")


def test_where_it_loses_us_and_support_as_a_noun():
    code = code_text("Where it loses us is its focus.", "q8")
    assert code.stance == "No"
    text = 'Community organisations are left at the edge, to be drawn in for "support and wider expertise".'
    assert code_text(text, "q8").stance != "Yes"


def test_any_of_them_obliged_to_attend_are_bodies_not_options():
    text = (
        "The preferred option would produce a compliance exercise inside each organisation without obliging any of them "
        "to sit at the same table."
    )
    codes = code_letter(text)
    assert (codes["q11"].stance, codes["q13"].stance) == (None, None)


def test_the_bodies_the_duty_is_placed_on_are_no_verdict_on_the_list():
    text = (
        "We would not be opposed to the duty of due regard being placed on the bodies listed, and on balance we think "
        "it the option most likely to get serious violence treated with urgency."
    )
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q10"].stance) == ("Yes", None)


def test_strengthening_the_membership_asks_for_additions():
    assert code_text("The committee would also strengthen the membership.", "q12").stance == "Yes"


def test_one_of_a_set_counted_holds_its_own_view():
    text = (
        "Two of our three pharmacists think a duty on named bodies would at last make the local NHS treat violence as its "
        "business; the third thinks it would produce paperwork and little else."
    )
    assert code_text(text, "q9").stance != "No"
    assert lex.is_reported("the third thinks it would produce paperwork and little else")
    assert not lex.is_reported("the duty would produce paperwork and little else")


def test_that_as_a_conjunction_points_nothing_back():
    text = (
        "Those who favoured the voluntary route were equally firm. They argued that a new duty would mostly generate "
        "paperwork."
    )
    assert code_letter(text)["q13"].stance is None


# round 46, from waves 111-113 (b1485-b1508, after their first runs were recorded)


def test_no_module_level_name_of_the_coder_is_defined_twice():
    # (a pattern defined again further down replaces the first everywhere it is used: round 46 shadowed one so)
    import ast
    from pathlib import Path

    for module in (stance, lex):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        names = [
            t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets if isinstance(t, ast.Name)
        ]
        names += [node.name for node in tree.body if isinstance(node, ast.FunctionDef)]
        assert sorted({n for n in names if names.count(n) > 1}) == [], module.__name__


def test_praise_said_in_irony():
    codes = code_letter("Then we come to the Government's preferred option. Another statutory duty. Marvellous.")
    assert codes["q9"].stance == "No"
    text = "Give it to the Community Safety Partnerships. Of course. Our area has eleven of them."
    assert code_text(text, "q11").stance == "No"
    assert code_text("Give it to the Community Safety Partnerships.", "q11").stance == "Yes"


def test_looking_for_something_to_object_to():
    text = (
        "We went through the vision looking for something to object to, in the proper spirit of a consultation "
        "response, and came back empty-handed. It would be churlish to quibble."
    )
    assert code_text(text, "q8").stance == "Yes"


def test_a_caveat_of_what_a_duty_needs_is_no_rejection():
    text = "We recognise that a duty is only words on paper until it is funded and inspected."
    assert code_text(text, "q9").stance != "No"
    assert code_text("A duty is only words on paper.", "q9").stance == "No"


def test_sorry_to_see_it_offered_as_the_answer():
    text = "We have watched that approach run out of road, and we would be sorry to see it offered as the answer."
    assert code_text(text, "q13").stance == "No"


def test_a_harm_made_harder_or_a_goal_not_seen_reached():
    text = "A duty on those bodies would, in our view, make it much harder for concerns to go nowhere."
    assert code_text(text, "q9").stance == "Yes"
    text = "That experience leaves us unable to see the non-legislative option achieving the vision on its own."
    assert code_text(text, "q13").stance == "No"


def test_the_good_the_same_resources_would_do_elsewhere():
    text = "The money and management time it would absorb would do more good spent on the exploitation panel."
    assert code_text(text, "q9").stance == "No"
    assert code_text("A duty would do more good than harm.", "q9").stance == "Yes"


def test_one_thing_right_is_partial_praise():
    assert code_text("Option One gets one thing right: it makes violence somebody's business.", "q9").stance == "Mixed"
    assert code_text("The duty gets the basics right.", "q9").stance == "Yes"


def test_doubt_about_what_the_paper_means_is_no_view_withheld():
    text = "We are not sure whether this is meant to reassure us or whether it is the point."
    assert "not sure" not in (code_text(text, "q9").rule or "")  # (no "no view" read from it)
    assert code_text("We are not sure whether the duty is right.", "q9").stance == "Unclear"


def test_a_person_we_supported_is_help_not_a_verdict():
    text = "The girl we supported did not need the school nurse to have due regard to serious violence."
    assert code_text(text, "q9").stance != "Yes"
    assert code_text("The option we supported was the duty.", "q9").stance == "Yes"


def test_a_duty_on_a_long_list_names_who_holds_it_and_widens_the_net():
    text = (
        "A duty on a long list of public bodies to have due regard would widen the net through which children fall "
        "into the justice system. We would urge the Government not to proceed with it."
    )
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q10"].stance) == ("No", None)
    # (a list named after a duty of due regard "on" it is still the list: round 44's "specified bodies" by reference)
    text = "As to the proposed duty of due regard on specified bodies, we are of two minds."
    assert code_letter(text)["q10"].stance is None


def test_where_one_option_would_fail_another_would_work():
    text = (
        "Where the voluntary approach would leave work like this exactly where it is now, resting on whoever happens to "
        "champion it, a duty of due regard would make violence prevention something our board has to account for."
    )
    codes = code_letter(text)
    assert codes["q13"].stance == "No"
    # (the rules read the consequence for the voluntary approach only; the classifier may still read the sentence for the
    # duty, and sends what it reads to a person)
    assert "would leave" not in (codes["q9"].rule or "").split(";")[0] or codes["q9"].method == "model"


def test_valuable_as_a_complement_worthless_as_a_substitute():
    text = "The voluntary approach is valuable as a complement and worthless as a substitute."
    assert code_text(text, "q13").stance == "Mixed"


def test_the_vision_as_what_the_partners_answer_for_is_not_judged():
    codes = code_letter("Those are the right partners to be answerable for the vision, and the list covers them well.")
    assert (codes["q8"].stance, codes["q10"].stance) == (None, "Yes")


def test_a_call_note_reads_the_callers_view_as_the_respondents():
    note = (
        "SERIOUS VIOLENCE LEGAL DUTY CONSULTATION - RECORD OF TELEPHONE RESPONSE\n\n"
        "Taken by: Ruth Halden, consultation officer\nCaller: Mrs Angela Byfield, Deputy Headteacher\n\n"
        "On the vision, caller felt strongly that it is long overdue.\n\n"
        "Caller was much cooler about the preferred option. Her view is that it would add to the workload of staff who "
        "are already stretched.\n\n"
        "[Officer's note: I explained that the paper says the duty would be light-touch; I think it is the right approach.]\n"
    )
    assert stance.is_call_note(note)
    codes = code_letter(note)
    assert (codes["q8"].stance, codes["q9"].stance) == ("Yes", "No")
    # (not a letter that mentions a caller in passing)
    assert not stance.is_call_note("Dear Sir,\n\nA caller to our helpline said the duty would help.\n")


# round 46, from waves 114-115 (b1509-b1524, after their first runs were recorded)


def test_a_swot_sets_out_arguments_not_the_view():
    text = (
        "THE VOLUNTARY APPROACH (OPTION THREE)\n\n"
        "S - It is built on relationships. It does not label anybody.\n"
        "W - It is patchy. It depends on individuals.\n\n"
        "CONCLUSION\n\nThe voluntary approach is the one we would choose."
    )
    assert code_letter(text)["q13"].stance == "Yes"
    text = "Option One\n\n2.1 Strengths. Schools would sit under the same duty.\n\n2.2 Weaknesses. It would add to the workload of schools."
    assert code_letter(text)["q9"].stance is None
    text = (
        "## Option One: SWOT\n\n**Weaknesses**\n- Due regard is a low bar.\n- It would add to the workload of schools.\n\n"
        "## Conclusion\n\nWeighing the SWOT as a whole, the duty of due regard is worth the candle."
    )
    assert code_letter(text)["q9"].stance == "Yes"
    assert code_text("Strengths: needs no legislation; builds on existing goodwill.", "q13").stance != "Yes"
    # (a dash after an option's name is no SWOT label)
    assert not lex.argument_label("Option Two - we support it.")


def test_no_reason_to_reinvent_it():
    assert code_text("We see no reason to reinvent the Schedule 6 list.", "q10").stance == "Yes"


def test_part_or_half_of_it_praised_is_mixed():
    assert code_text("The half of the vision about agencies sharing what they know is spot on.", "q8").stance == "Mixed"
    assert code_text("We accept part of the Government's vision.", "q8").stance == "Mixed"
    assert code_text("We accept the Government's vision.", "q8").stance == "Yes"


def test_cool_on_it_and_sound_in_principle_only():
    assert code_text("We are cool on adding more names to the list of statutory partners.", "q12").stance == "No"
    assert code_text("We are keen on adding more names to the list of statutory partners.", "q12").stance == "Yes"
    text = "We are therefore of two minds about this option: sound in principle, uncertain in practice."
    assert code_text(text, "q11").stance == "Mixed"


def test_many_where_one_is_needed_and_a_judgement_above_my_pay_grade():
    text = "Revising CSP duties would produce seven strategies where one is needed."
    assert code_text(text, "q11").stance == "No"
    text = "It reads well, but I work with one child at a time and the big picture is above my pay grade."
    assert code_text(text, "q8").stance == "Unclear"


# round 46, from waves 116-117 (b1525-b1540, after their first runs were recorded)


def test_agreed_in_part_or_good_in_part_and_bad_in_part():
    assert code_text("The Board agreed with the vision in part.", "q8").stance == "Mixed"
    text = "The Board found the voluntary approach attractive in part and inadequate in part."
    assert code_text(text, "q13").stance == "Mixed"
    text = "We find the voluntary option attractive as a complement and inadequate as a substitute."
    assert code_text(text, "q13").stance == "Mixed"
    assert code_text("The Board agreed with the vision.", "q8").stance == "Yes"


def test_support_given_by_a_team_or_named_as_an_organisation_is_no_verdict():
    text = "Our Community Safety team supports the CSP and coordinates its partnership work."
    assert code_text(text, "q11").stance != "Yes"
    text = "Please accept this email as the response of Oakfield Post-Adoption Support to the consultation on a new legal duty."
    assert code_text(text, "q9").stance != "Yes"
    assert code_text("We Support the duty.", "q9").stance == "Yes"


def test_made_routine_and_many_documents_little_action():
    text = "A duty would turn something that currently depends on goodwill into routine practice."
    assert code_text(text, "q9").stance == "Yes"
    text = "Asking twelve small partnerships each to write a strategy would produce twelve documents and little joined-up action."
    assert code_text(text, "q11").stance == "No"


def test_a_question_talked_through_without_a_conclusion():
    text = (
        "On the separate question of which organisations should be added to the partnerships as statutory partners, we "
        "have talked it through at two trustee meetings without reaching any conclusion, and we would rather say so than "
        "guess."
    )
    assert code_text(text, "q12").stance == "Unclear"
    # (an honest "rather ... than" of its own is still no verdict)
    assert code_text("We would rather be honest than guess.", "q12").rule == "addressed, no stance found"


def test_some_of_the_set_of_partnerships_judged_is_no_view_on_option_two():
    text = (
        "Of the nine CSPs we attend, three are among the most effective partnerships we work with and at least two have "
        "not met in full for over a year."
    )
    assert code_text(text, "q11").stance != "Yes"


def test_the_papers_words_quoted_are_not_the_respondents():
    text = (
        '"in some police force areas, there are more than 10 Community Safety Partnerships which means that decision '
        'making could be more effective at a higher strategic level"'
    )
    assert code_text(text, "q11").stance != "Yes"
    # (a quotation with its speaker named is a statement of the respondent's, as press statements go)
    text = '"This is a welcome step," said the chief executive of the Trust.'
    assert stance._WHOLLY_QUOTED.match(text) is None


# round 46, from waves 117-119 (b1533-b1556, after their first runs were recorded)


def test_young_peoples_yes_told_of_is_no_verdict():
    text = "When they eventually say yes, it is because they have decided the worker is not a police officer."
    assert code_text(text, "q9").stance != "Yes"
    assert code_text("The committee says yes.", "q9").stance == "Yes"


def test_neither_signing_up_to_nor_arguing_against():
    text = "Our members were not prepared either to sign up to, or to argue against, a duty whose content is still to be written."
    assert code_text(text, "q9").stance == "Unclear"


def test_agreed_in_a_relative_clause_is_a_thing_settled():
    text = "The risk is outside the appetite the Committee has agreed for the force's strategic risks."
    assert code_text(text, "q13").stance != "Yes"


def test_nothing_of_it_to_take_out_in_figures_of_speech():
    assert code_text("We would not move a single row of it.", "q8").stance == "Yes"
    assert code_text("I would not take anything out of that recipe.", "q8").stance == "Yes"
    text = "On that footing, this option would carry the vision further than any of the others."
    codes = code_letter("Option Two\n\n" + text)
    assert (codes["q11"].stance, codes["q8"].stance) == ("Yes", None)


def test_working_best_when_is_a_condition_not_a_verdict():
    text = "In our experience the partnerships work best when the people who see the young people are around the table."
    assert code_text(text, "q11").stance != "Yes"
    assert code_text("The partnership route would work best.", "q11").stance == "Yes"


def test_content_then_not_content_is_mixed():
    text = "We are content with the health and police entries; we are not content with the education entries."
    assert code_text(text, "q10").stance == "Mixed"


def test_wrong_to_be_treated_as_an_exception_asks_to_be_included():
    assert code_text("It would be wrong for our sector to be treated as an exception.", "q10").stance == "Yes"


def test_both_promising_and_worrying():
    assert code_text("The voluntary route is, for us, both promising and worrying.", "q13").stance == "Mixed"


def test_a_focus_given_to_something_is_not_the_visions():
    text = "A statutory serious violence remit would give it the focus and the clout it has sometimes lacked."
    assert code_letter(text)["q8"].stance is None


# round 46, from waves 118-120 (b1541-b1564, after their first runs were recorded)


def test_a_tally_of_the_respondents_own_people_is_no_view_withheld():
    text = (
        "Of the fourteen heads of service, nine favoured it, three were against and two did not express a preference."
    )
    assert code_text(text, "q11").stance != "Unclear"


def test_the_papers_reasoning_told_is_not_the_respondents():
    text = "The paper's own worry is that without a duty some areas will not give violence the priority it needs."
    assert code_text(text, "q13").stance != "No"
    assert lex.is_reported("Its argument is that some local partnerships work well and some do not.")
    assert not lex.is_reported("Its view is that a duty would help.")  # (the respondent's board, it may be)


def test_bodies_required_to_have_due_regard_are_the_dutys_holders():
    text = (
        "The proposal to require specified bodies to have due regard to the prevention of serious violence would seem to "
        "us a step in the right direction."
    )
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q10"].stance) == ("Yes", None)


def test_what_something_should_not_come_at_the_expense_of_is_not_judged():
    text = "We would not want Parliamentary time spent on it at the expense of the partnership route."
    assert code_letter(text)["q11"].stance is None


def test_exclusion_from_school_is_no_omission_from_the_list():
    assert code_text("the schools that excluded me, and the alternative provision I got sent to;", "q10").stance != "No"
    assert code_text("The list excludes housing providers.", "q10").stance == "No"


def test_the_option_left_wanting_as_a_condition():
    text = "Left without money or leadership, a voluntary arrangement would of course achieve very little."
    assert code_text(text, "q13").stance != "No"
    assert code_text("A voluntary arrangement would achieve very little.", "q13").stance == "No"


def test_the_consultations_aims_made_real_measure_the_option():
    text = "The legal duty on named organisations is the option most likely to make the consultation's aims real."
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q8"].stance) == ("Yes", None)


def test_statute_for_the_organisations_listed_is_the_duty():
    text = "I am in favour of putting serious violence on the face of statute for the organisations listed."
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q10"].stance) == ("Yes", None)


def test_some_of_a_group_asking_for_additions_is_not_the_respondent():
    text = "Some chairs would add education and NHS provider trusts; others felt that who attends matters more."
    assert code_text(text, "q12").stance != "Yes"
    assert code_text("Members would add education and NHS provider trusts.", "q12").stance == "Yes"
    # (a number of bodies asked for is the respondent's request)
    assert code_text("Two bodies should be added to the statutory partners.", "q12").stance == "Yes"


def test_widening_the_net_is_net_widening_only_as_a_consequence():
    text = "A duty on every body would widen the net through which children fall into the justice system."
    assert code_text(text, "q9").stance == "No"
    assert code_text("We want to widen the net.", "q12").stance != "No"


def test_a_condition_met_is_no_denial():
    text = (
        "The Schedule 6 list would be the right set of partners only if it reached the bodies that commission health "
        "services. That condition is met."
    )
    assert code_text(text, "q10").stance != "No"
    assert stance._CONDITION_UNMET.match("That condition is not met.")


# round 47, from waves 121-123 (b1565-b1583, evaluated at the end of round 46 and read first) and wave 124 (b1584-b1591,
# after its first run was recorded)
def test_an_adjective_before_a_preposition_judges_its_subject():
    # (an adjective before a noun of its own judges that noun; before "without" it judges the subject)
    assert code_text("The list is not regarded as appropriate without substantial revision.", "q10").stance == "No"
    assert code_text("The list is appropriate without revision.", "q10").stance == "Yes"


def test_a_list_that_would_omit_bodies_or_has_no_place_for_one():
    text = "Copying the list would result in the omission of several bodies whose participation is indispensable."
    assert code_text(text, "q10").stance == "No"
    assert code_text("The list in Schedule 6 has no place for housing at all.", "q10").stance == "No"


def test_the_question_of_which_is_a_topic_not_a_verdict():
    text = "On the question of which bodies are the right partners, the list in Schedule 6 has no place for housing."
    assert code_text(text, "q10").stance == "No"  # ("the right partners" is inside the question)
    assert code_text("On the question of which bodies are the right partners, we have no view.", "q10").stance != "Yes"


def test_much_of_it_shared_and_a_fault_found_is_mixed():
    text = "We can sign up to most of the vision: shared data and early intervention. Where it falls down for us is the focus."
    assert code_text(text, "q8").stance == "Mixed"
    # (alone, much of it shared is a Yes; all of it shared, with the same fault, leans one way: not this rule's Mixed)
    assert letter("We share much of the vision.", "q8").stance == "Yes"
    assert code_text("We share the vision. Where it falls down for us is the focus.", "q8").rule != (
        "much of it shared, a fault found"
    )


def test_says_very_little_about_is_an_omission_but_not_in_a_relative_clause():
    assert code_text("It says very little about trusted relationships.", "q8").stance == "No"
    assert rules_letter("A vision that says little about thresholds is the one on offer.", "q8").stance is None


def test_both_a_good_thing_and_a_bad_one_is_mixed():
    assert letter("The preferred option is, for us, both a welcome lever and a worrying one.", "q9").stance == "Mixed"
    assert letter("The preferred option is, for us, a welcome lever.", "q9").stance == "Yes"


def test_getting_some_things_right_is_mixed():
    assert code_text("The Schedule 6 list gets some things right.", "q10").stance == "Mixed"
    assert code_text("The Schedule 6 list gets it right.", "q10").stance == "Yes"


def test_one_side_valued_then_a_but_is_a_concession():
    text = "We value the convening and good-practice side of Option Three, but as a substitute for legislation it would not do."
    assert code_text(text, "q13").stance == "Mixed"


def test_what_you_might_expect_of_us_is_not_our_view():
    text = (
        "You might expect a charity like ours to be keen on the voluntary approach. But the voluntary sector cannot hold "
        "the public bodies together, and goodwill is exactly what we have had for the last ten years."
    )
    assert code_text(text, "q13").stance == "No"
    assert lex.is_reported("It might be thought that we would welcome a voluntary approach.")
    assert not lex.is_reported("We might welcome a voluntary approach.")


def test_a_representative_unable_to_answer_questions_is_no_view_withheld():
    text = "The CCG has a seat, and its representative is not in a position to answer questions about injury patterns."
    assert not code_text(text, "q12").rule.startswith("no view")
    assert code_text("We are not in a position to answer.", "q12").stance == "Unclear"


def test_part_of_the_story_held_or_in_a_relative_clause_is_no_partial_verdict():
    text = "It leaves out domestic abuse, which is part of the story."
    assert code_text(text, "q8").stance == "No"
    text = "Organisations each held part of the story, and a vision built around the whole story is the right starting point."
    assert code_text(text, "q8").stance == "Yes"
    assert code_text("The vision is part of the story.", "q8").stance == "Mixed"


@pytest.mark.parametrize(
    ("qid", "text", "expected"),
    [
        ("q13", "This is where our trustees would put their money, if they had any.", "Yes"),
        ("q11", "The partnership route is where most members would place their hopes.", "Yes"),
        ("q11", "It is a poor return on the public money and the officer time it would consume.", "No"),
        ("q9", "It would be good value for money.", "Yes"),
        ("q11", "The partnership route is where the numbers add up.", "Yes"),
        ("q11", "The numbers do not add up.", "No"),
        ("q11", "The figures add up to more than 300 young people a year.", "Unclear"),
        ("q10", "The list is fit for the job from a criminal justice point of view.", "Yes"),
        ("q10", "The list is not fit for the task.", "No"),
        ("q9", "Legislate, and legislate in this session of Parliament.", "Yes"),
        ("q8", "The vision's focus has been drawn from the wrong map.", "No"),
        ("q9", "Members described it as a second set of paperwork for the same people.", "No"),
        ("q9", "It would yield an increase in the production of compliance documentation.", "No"),
        ("q10", "Where I part company with the paper is Annex A.", "No"),
        (
            "q13",
            "There is much in the non-legislative approach that we would welcome, and much that worries us.",
            "Mixed",
        ),
        ("q8", "I have no quarrel with the vision itself; the focus is another matter.", "Mixed"),
        ("q8", "The focus is another matter.", "Mixed"),
        ("q8", "It goes with the grain of what Welsh public bodies are already required to do.", "Yes"),
        ("q9", "It cuts against the grain of local practice.", "No"),
        ("q11", "Loading serious violence onto it, with a new statutory strategy to write, would sink it.", "No"),
        ("q13", "Goodwill between agencies is something we have had for years, and it has run out.", "No"),
        (
            "q11",
            "Asking each of them to write a strategy would produce eleven strategies and no grip on the problem.",
            "No",
        ),
        ("q11", "It would ask partnerships to carry a safeguarding load they were not designed for.", "No"),
        ("q11", "Option Two is partly the answer, not the whole of it.", "Mixed"),
        (
            "q10",
            "The Schedule 6 list gets most of the way there, but it leaves out fire and rescue authorities.",
            "Mixed",
        ),
        ("q13", "As the main vehicle they would be hopeless.", "No"),
        (
            "q9",
            "The Corporation sees value in a duty; however, it has serious reservations about how it would work.",
            "Mixed",
        ),
        ("q13", "That has been the position for the past decade and it has not moved the numbers.", "No"),
        (
            "q9",
            "A duty modelled on Prevent would drive our young people further from the very services that reach them.",
            "No",
        ),
        ("q9", 'A law to "have due regard" would, in members\' words, change nothing on our landings.', "No"),
        ("q10", "The list will do, provided fire and rescue and the CCGs are added.", "Yes"),
    ],
)
def test_round_47_evaluations_idioms_and_consequences(qid, text, expected):
    assert code_text(text, qid).stance == expected


def test_a_modal_then_not_before_a_consequence_denies_it():
    # (the words between a modal and its verb had let "not" in: "would not bring the right people" read Yes)
    assert code_text("It would not bring the right people to the table.", "q9").stance == "No"
    assert code_text("It would bring the right people to the table.", "q9").stance == "Yes"
    assert code_text("It would not strengthen accountability.", "q9").stance == "No"
    assert code_text("It would finally bring the right people to the table.", "q9").stance == "Yes"


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        ("q12", "I'd like to see the looked-after children service and the virtual school head made full partners."),
        ("q12", "I'd like to see schools added."),
        ("q12", "Community Safety Partnerships should gain statutory partners who know children."),
        ("q12", "If the CSPs are going to be in charge of this, then the list of statutory members has to be bigger."),
    ],
)
def test_round_47_additions_asked_for(qid, text):
    assert code_text(text, qid).stance == "Yes"
    assert code_text("We would not want to see schools added.", "q12").stance == "No"


def test_yes_to_or_no_to_a_named_target_anywhere_in_a_letter():
    codes = code_letter("Yes to the legal duty. No to Option Two.")
    assert (codes["q9"].stance, codes["q11"].stance) == ("Yes", "No")


def test_a_ranking_by_the_respondent_not_a_survey():
    assert letter("The partnership route. Members place the partnership route first.", "q11").stance == "Yes"
    assert letter("Only 9% of respondents put the voluntary approach first.", "q13").stance is None


def test_a_paragraph_number_is_no_count_of_people():
    assert not lex.is_reported("5.1 The Trust agrees with the vision.")
    assert lex.is_reported("12 members agreed with the vision.")


def test_a_question_named_in_brackets_before_its_answer():
    codes = code_letter("The list of partners on the CSP (question 12): No.")
    assert (codes["q12"].stance, codes["q10"].stance, codes["q11"].stance) == ("No", None, None)


def test_why_another_prefers_it_is_not_the_respondents_verdict():
    text = "We welcome the principle of a duty, and we can see why the Government prefers it: it is simple."
    assert code_text(text, "q9").rule.startswith("verdict 'welcome'")
    # (a "why" denied is a question put, not asserted; a reason the respondent sees is its own)
    assert stance_syntax_spans("I don't see why it has to be one or the other.") == [
        "why it has to be one or the other."
    ]
    assert stance_syntax_spans("We can see why a duty is needed.") == []


def stance_syntax_spans(text: str) -> list[str]:
    from svanalysis.ingest.stance_syntax import unasserted_spans

    return [text[a:b] for a, b in unasserted_spans(text)]


# round 47, from waves 124-127 (b1584-b1615, after their first runs were recorded)
def test_the_vision_carried_into_the_law_that_follows_is_still_the_vision():
    text = "The vision is well judged, and we would not want it watered down as it passes into legislation or guidance."
    codes = code_letter(text)
    assert (codes["q8"].stance, codes["q9"].stance) == ("Yes", None)
    codes = code_letter("The vision is right, and legislation is the way to deliver it.")
    assert (codes["q8"].stance, codes["q9"].stance) == ("Yes", "Yes")


def test_the_vision_as_what_a_list_is_for_is_not_judged():
    codes = code_letter("It is not the right list of partners for this vision.")
    assert (codes["q10"].stance, codes["q8"].stance) == ("No", None)


def test_none_of_them_after_bodies_counted_is_not_the_options():
    text = (
        "Three organisations held three parts of the picture; none of them held all of it, and the nurse, with 37 other "
        "patients, was expected to hold it together."
    )
    assert all(c.stance is None for c in code_letter(text).values())
    codes = code_letter("We looked at the three options. None of them would achieve the vision.")
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == ("No", "No", "No")


def test_where_it_needs_to_be_is_a_condition_not_a_choice():
    text = "Adding the acute trust would put its data, anonymised where it needs to be, on the table."
    assert "it needs to be" not in (code_text(text, "q12").rule or "")
    assert code_text("So of the three, it has to be the first one.", "q9").stance == "Yes"


def test_another_bodys_quoted_position_is_not_the_respondents():
    for text in (
        'The Association argues that a new duty "is not needed".',
        'The Alliance "supports Option One", on the grounds that a duty "will finally bring schools to the table".',
        'The Midlands Acute Care Alliance, in its published position, says it "opposes any duty on acute trusts".',
    ):
        assert lex.is_reported(text), text
    assert code_letter('The Forum also says councils "would support a voluntary approach".')["q13"].stance is None
    assert not lex.is_reported("The Council supports Option One.")
    assert not lex.is_reported('The Board was clear: "we support Option One".')


@pytest.mark.parametrize(
    ("qid", "text", "expected"),
    [
        (
            "q13",
            "Only 12% of members thought the voluntary, non-legislative approach would best achieve the vision.",
            "No",
        ),
        ("q13", "The Committee does not think it would achieve the vision.", "No"),
        ("q8", "We accept the half of the vision that says violence is not only a matter for the police.", "Mixed"),
        ("q8", "We accept the multi-agency and preventive half of the vision.", "Mixed"),
        ("q10", "The Prevent list is a sensible starting point, but it is not the finished article.", "Mixed"),
        ("q10", "I would not tinker with the list.", "Yes"),
        ("q8", "We would not want it watered down.", "Yes"),
        ("q8", "Taken together, we are content with the vision in 4.3 but not with the focus in 4.5.", "Mixed"),
        ("q13", "We would welcome it as a complement and resist it as a substitute.", "Mixed"),
    ],
)
def test_round_47_from_waves_126_to_128(qid, text, expected):
    assert code_text(text, qid).stance == expected


def test_a_view_held_by_few_members_is_turned_but_a_surveys_count_is_not_a_view():
    text = "Only 12% of members thought the voluntary, non-legislative approach would best achieve the vision."
    assert code_text(text, "q13").rule.startswith("held by few members, turned")
    assert letter("Only 9% of respondents put the voluntary approach first.", "q13").stance is None


def test_a_bare_possibility_is_a_weak_evaluation():
    hedged, plain = code_text("It might be the right body.", "q12"), code_text("It is the right body.", "q12")
    assert "hedged" in hedged.rule and hedged.confidence < plain.confidence
    assert "hedged" not in code_text("It may well be the right approach.", "q9").rule


# round 47, flips left on waves 124-128 (recoded, unguarded)
def test_another_bodys_response_judging_is_reported():
    text = "The Commissioner's response welcomes the vision without reservation and describes it as a good fit."
    assert lex.is_reported(text)
    assert letter(text, "q8").stance is None
    assert not lex.is_reported("Our response welcomes the vision without reservation.")


def test_parting_company_with_a_named_body_is_no_verdict_on_what_it_thinks():
    text = "Here the Panel parts company with the Commissioner, who regards amending the partnerships as slow."
    assert letter(text, "q11").stance != "No"
    assert letter("We part company with the paper on the vision.", "q8").stance == "No"


def test_what_every_organisation_signed_up_to_is_not_the_respondents():
    text = "There was national guidance that every organisation signed up to and few properly resourced."
    assert code_text(text, "q13").stance != "Yes"
    assert code_text("We are happy to sign up to it.", "q13").stance == "Yes"


def test_not_the_option_that_would_deliver_is_a_denial():
    assert code_text("It is not, in our view, the option that would deliver the vision here.", "q11").stance == "No"
    assert code_text("It is the option that would deliver the vision.", "q11").stance == "Yes"


def test_years_to_get_it_right_and_not_done_is_a_no():
    text = "Voluntary arrangements have had years to get this right, and they have not."
    assert code_text(text, "q13").stance == "No"
    assert code_text("Voluntary arrangements get this right.", "q13").stance == "Yes"


# round 47, misses left on waves 124-128
def test_a_denial_in_the_subjects_relative_clause_does_not_reach_the_predicate():
    text = "Of the approaches set out, the one that does not legislate is the one I would commend."
    assert code_text(text, "q13").stance == "Yes"
    assert code_text("A duty that does not come with money would be a mistake.", "q9").stance == "No"
    assert code_text("It is not the one we would choose.", "q13").stance == "No"
    # (the main verb's own denial stays)
    assert code_text("A list that does not include housing is not the right list.", "q10").stance == "No"


@pytest.mark.parametrize(
    "text",
    [
        "There ought to be a chair at that table for the parishes, even if it is one seat shared between them.",
        "Whatever arrangements are finally adopted, it is recommended that the health presence on the partnerships be "
        "widened.",
    ],
)
def test_round_47_seats_and_presence_asked_for(text):
    assert code_text(text, "q12").stance == "Yes"


def test_the_central_flaw():
    text = "Leaving domestic abuse outside the focus is, for us, the central flaw of the whole exercise."
    assert code_text(text, "q8").stance == "No"


def test_a_formal_responses_own_passive_is_its_view():
    assert not lex.is_reported("It is feared that Option Two would entrench a model of partnership.")
    assert not lex.is_reported("and it is not thought that it would best achieve the vision.")
    assert lex.is_reported("It is thought that the duty would help.")
    assert lex.is_reported("It is widely felt that the duty would help.")
    text = "It is feared that Option Two would entrench the old model, and it is not thought that it would best achieve the vision."
    assert code_text(text, "q11").stance == "No"


# round 47, from wave 131 (b1640-b1647, after its first run was recorded) and the silences left on waves 124-128
def test_the_one_that_does_not_legislate_is_the_voluntary_option():
    codes = code_letter("Of the approaches set out, the one that does not legislate is the one I would commend.")
    assert (codes["q13"].stance, codes["q9"].stance) == ("Yes", None)


def test_a_target_inside_a_concession_set_aside_is_not_judged():
    codes = code_letter("So, for all our reservations about the vision, a duty to have due regard gets our vote.")
    assert (codes["q9"].stance, codes["q8"].stance) == ("Yes", None)


def test_adding_members_judged_by_the_predicate_from_its_verb():
    text = "Adding more organisations to their membership would only make the meetings longer."
    assert code_text(text, "q12").stance == "No"
    assert code_text("Adding schools would help.", "q12").stance == "Yes"


def test_reads_well_in_a_press_release_then_sits_in_a_drawer():
    text = "The duty strikes us as the kind of measure that reads well in a press release and then sits in a drawer."
    assert code_text(text, "q9").stance == "No"
    assert code_text("The duty reads well.", "q9").stance == "Yes"


# round 47, from waves 129-130 (b1624-b1639, evaluated with the round's coder of the moment, then read)
@pytest.mark.parametrize(
    ("qid", "text", "expected"),
    [
        ("q8", "We would not want a word of the focus on early intervention weakened during drafting.", "Yes"),
        ("q9", "A duty would put a floor under that.", "Yes"),
        ("q10", "On the list in Schedule 6, the College would not argue with it as a basis.", "Yes"),
        ("q12", "Widen the list.", "Yes"),
        ("q13", "The voluntary approach is useful alongside a duty, inadequate in place of one.", "Mixed"),
        ("q8", "Right on early help, wrong on accountability.", "Mixed"),
        ("q9", "Sound in principle, heavy in practice.", "Mixed"),
        ("q10", "The Schedule 6 list is right for the most part, but not in including bodies like ourselves.", "Mixed"),
        ("q10", "The Schedule 6 list is, for the most part, the right cast.", "Mixed"),
        ("q9", "Yes, on balance (58% for, 27% against, 15% not sure).", "Yes"),
    ],
)
def test_round_47_from_waves_129_and_130(qid, text, expected):
    assert code_text(text, qid).stance == expected


def test_bodies_added_to_the_partnerships_are_the_membership_question():
    text = (
        "On whether other organisations should be added to Community Safety Partnerships, I honestly do not know enough "
        "about how they are made up locally to say."
    )
    codes = code_letter(text)
    assert (codes["q12"].stance, codes["q11"].stance) == ("Unclear", None)


def test_others_who_considered_are_reported():
    assert lex.is_reported("Others considered that the requirement is so light that it would change little.")


# round 48, from waves 132-133 (b1648-b1663, evaluated at the end of round 47 and read first): silent questions
def test_any_of_them_after_a_given_thing_is_the_bodies_given_it():
    text = (
        "Question 9 - Option One\n\nWe do not support Option One. A duty to have due regard would add a compliance burden to "
        "every parish-sized school and GP practice in the county without giving any of them a penny to act on it."
    )
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == ("No", None, None)


def test_what_the_vision_depends_on_is_not_the_vision_judged():
    text = (
        "Option Two\n\nPlacing the duty at CSP level would fragment exactly the analysis that the vision depends on, and "
        "would add a further layer of meetings."
    )
    codes = code_letter(text)
    assert (codes["q11"].stance, codes["q8"].stance) == ("No", None)


def test_a_clause_carried_on_is_not_read_where_its_sentence_names_another_question():
    text = (
        "The partnership's membership changes at almost every meeting. We do not doubt the commitment of the individuals "
        "who attend, but to make that partnership the lead body on serious violence would be to build on sand."
    )
    codes = code_letter(text)
    assert (codes["q11"].stance, codes["q12"].stance) == ("No", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The duty should sit with the partnerships.", "Yes"),
        ("It should be routed through the partnerships.", "Yes"),
        ("The duty should not sit with the partnership.", "No"),
        # (accompanied, not routed: no preference)
        ("The duty must come with new money for the partnerships.", None),
    ],
)
def test_where_the_duty_should_go(text, expected):
    assert code_letter(text)["q11"].stance == expected


def test_a_main_clause_after_a_condition_without_a_comma_is_asserted():
    text = (
        "Whatever is decided about duties, if this work is going to be put on a legal footing it should come through the "
        "partnership, so that there is one table."
    )
    codes = code_letter(text)
    assert (codes["q11"].stance, codes["q9"].stance) == ("Yes", None)
    # a thought inside the condition is still the condition's
    assert stance.stance_syntax.unasserted_spans("If we think it would help, we will say so.") == [(0, 25)]


def test_makes_sense_as_a_reason_for_doing_something_is_no_verdict():
    text = (
        "Our trust already sits on the local Community Safety Partnership's youth violence group by invitation, and our "
        "academy works with the youth offending team because it makes sense to, not because anyone has told it to."
    )
    assert code_letter(text)["q11"].stance is None
    assert code_text("Option Two makes sense to me.", "q11").stance == "Yes"


def test_a_partner_worked_with_is_not_option_two():
    text = (
        "It would allow us to build the relationships that matter, with British Transport Police and with the local "
        "community safety team, without a further layer of compliance."
    )
    assert code_letter(text)["q11"].stance is None
    # "without" just before the burden denies it
    assert code_text("It would work without a further layer of compliance.", "q13").stance == "Yes"


def test_none_of_them_after_bodies_named_one_by_one():
    text = (
        "On the Government's preferred option: a duty on each named organisation is the better fit for children like Leon. "
        "The school in Wolverhampton, the home in Shropshire and the police in North Wales would all have carried the same "
        "obligation, and none of them could have assumed that somebody else was dealing with it."
    )
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == ("Yes", None, None)


def test_each_of_the_three_areas_is_not_the_options():
    spec = load_spec()
    assert stance._clause_targets_ex("It would have given each of the three areas a clearer duty.", spec, True) == []
    assert [q for q, _, _ in stance._clause_targets_ex("None of the three would work.", spec, True)] == [
        "q9",
        "q11",
        "q13",
    ]


def test_a_duty_in_a_paragraph_that_opens_on_the_partnerships_is_theirs():
    text = (
        "On revising the Community Safety Partnerships, our members hold a view that is two-sided. We like very much the "
        "idea that there should be one named body in each district with a duty to deliver it."
    )
    codes = code_letter(text)
    assert codes["q9"].stance is None
    # (not where the partnership is only the agent of the paragraph's first sentence)
    text = "Our community safety partnership has discussed the paper. Legislating for yet another duty would do more harm than good."
    assert code_letter(text)["q9"].stance == "No"


def test_the_membership_not_kept_as_it_is_is_a_yes_to_adding():
    text = "Whatever becomes of that option, the membership of the partnership should not stay as it is."
    assert code_letter(text)["q12"].stance == "Yes"


def test_the_options_set_out_in_brief_are_not_answered():
    text = (
        "## The three options in brief\n\n### Option Two: revised Community Safety Partnerships\n\nLegislation would amend "
        "the Crime and Disorder Act so that each partnership must have a strategy for serious violence.\n\n"
        "## Question 8: the vision\n\nThe vision hits the right notes for us.\n\n## Question 9: Option One\n\n"
        "The preferred option is a step in the right direction."
    )
    sections = {
        "q8": "The vision hits the right notes for us.",
        "q9": "The preferred option is a step in the right direction.",
    }
    q11 = code_letter(text, sections=sections).get("q11")
    assert q11 is None or q11.stance is None


def test_more_names_round_the_table_are_the_membership():
    text = (
        "CSP partners (Q12): No. I would not add anyone else to Community Safety Partnerships. More names round the table "
        "would make that worse, not better."
    )
    codes = code_letter(text)
    assert (codes["q12"].stance, codes["q11"].stance) == ("No", None)


# round 48, from waves 132-134: misses
@pytest.mark.parametrize(
    ("qid", "text", "expected"),
    [
        ("q12", "no score\n\nWe have not put a figure on this question.", "Unclear"),
        ("q8", "We have read the vision three times and cannot honestly say whether we think it is right.", "Unclear"),
        ("q8", "We would rather leave the verdict to those better placed to give one.", "Unclear"),
        (
            "q9",
            "I am unable to give you a view on the preferred option, and I would not wish anything else to be read as one.",
            "Unclear",
        ),
        ("q8", "Whether the vision is the right one we find hard to say.", "Unclear"),
        ("q8", "Our trustees were not able to settle on a view.", "Unclear"),
        ("q10", "The list is, in short, the right list for a different condition.", "No"),
        ("q10", "The list gets about half of it right.", "Mixed"),
        ("q10", "Schedule 6 gets several things right.", "Mixed"),
        ("q12", "The responsible authorities are the right mix as things stand.", "No"),
        ("q11", "We cannot tell you whether the partnership route would achieve the vision.", "Unclear"),
        ("q12", "We are not in a position to tell you who is missing from the table.", "Unclear"),
        ("q8", "Whether the vision as a whole is the right one is for people with a wider view than ours.", "Unclear"),
        ("q9", "Half of the preferred option works for us and half of it doesn't.", "Mixed"),
        ("q13", "On the third option, the panel's answer was no, and we agree with them.", "No"),
        ("q9", "We went back and forth on this, and we've come down on the side of a duty.", "Yes"),
        ("q9", "We went back and forth on this and have not come down on either side.", "Unclear"),
        (
            "q9",
            "However it is dressed, the duty would push the young people most at risk further away from the adults who could help them.",
            "No",
        ),
    ],
)
def test_round_48_misses(qid, text, expected):
    assert code_text(text, qid).stance == expected


def test_one_of_several_holders_is_reported():
    assert lex.is_reported("One believes a statutory duty is the only way to make every school take this seriously")
    assert lex.is_reported("another believes it would add cost for small organisations")
    assert not lex.is_reported("Option One is the only way.")


def test_both_hands_weighed_with_no_view_reached_is_unclear():
    text = (
        "Officers have discussed the Government's preferred option at some length and have not reached a settled view on "
        "it. On the one hand, a duty on the county council would give trading standards a recognised place. On the other "
        "hand, we are a two-tier county."
    )
    assert code_text(text, "q9").stance == "Unclear"


def test_two_minds_with_both_sides_spelt_out_is_mixed():
    text = "We are, in short, of two minds about the preferred option: right in what it is trying to do, too thin in how it proposes to do it."
    assert code_text(text, "q9").stance == "Mixed"
    assert code_text("I find I am both drawn to it and troubled by it.", "q13").stance == "Mixed"


def test_the_right_people_where_something_is_passed_or_needed():
    for text in (
        "It would encourage schools to pass complaints like the school's to the right people.",
        "It depends on the right organisations being there.",
    ):
        assert not any(
            c.phrase == "the right people" or c.phrase == "the right organisations"
            for c in stance._cues_ex(text, "q10", False)[0]
        )
    # (the evaluation itself still read: "They are the right people to lead")
    assert any(
        c.phrase == "the right people" for c in stance._cues_ex("They are the right people to lead.", "q10", False)[0]
    )


def test_part_of_the_story_held_by_bodies_is_no_view():
    text = "The housing office, the police and the children's centre each had part of the story."
    assert code_text(text, "q8").stance != "Mixed"
    assert code_text("The vision is only part of the story.", "q8").stance == "Mixed"


def test_law_enforcement_is_not_a_law():
    spec = load_spec()
    clause = "Saying that serious violence is not only a law enforcement issue is overdue."
    assert stance._clause_targets_ex(clause, spec, True) == []


def test_an_evaluation_of_the_subject_is_not_of_a_description_inside_its_predicate():
    text = (
        "In summary, and rather more bluntly than above: the vision is half right, strong on prevention and wrong to make "
        "schools answerable for violence in the street."
    )
    codes = code_letter(text)
    assert (codes["q8"].stance, codes["q9"].stance) == ("Mixed", None)


def test_a_seat_as_of_right_in_option_twos_section_is_the_membership():
    text = "If there is to be legislation of any kind, the change that would make a practical difference is to give housing providers a seat as of right."
    assert code_text(text, "q11").stance != "Yes"
    text = "The membership is long enough already. Adding licensees to it would make the meetings bigger without making them any better."
    assert code_text(text, "q11").stance != "No"


def test_a_list_inside_what_an_option_would_do_is_not_judged():
    text = (
        "A duty without resources attached to it risks producing a great deal of paperwork, and it could make statutory "
        "partners more cautious about sharing information."
    )
    assert code_letter(text)["q12"].stance is None


def test_each_body_then_none_of_them_is_the_bodies():
    text = "Each agency is acting within its own rules and none of them is required to treat preventing serious violence as its business."
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == (None, None, None)


def test_the_vision_as_a_source_or_a_goal_is_not_judged():
    text = "Carrying the Prevent list across would make the community engagement described in the vision harder, not easier."
    assert code_letter(text)["q8"].stance is None
    assert code_letter("The direction set out in the vision is sound, and overdue.")["q8"].stance == "Yes"
    assert code_text("Nobody would quarrel with the aims set out in the vision.", "q8").stance == "Yes"


# round 48, part 2: silences left on the blind letters of rounds 45-48
def test_the_wrong_template_for_this_duty_judges_the_list_not_the_duty():
    text = "A list built for counter-terrorism is the wrong template for this duty."
    assert code_letter(text)["q9"].stance is None


def test_the_agencies_most_likely_to_know_are_no_verdict():
    text = "The district housing teams are among the agencies most likely to know when a young person has gone missing."
    assert stance._cues_ex(text, "q10", False)[0] == ()
    assert code_text("Option One is the option most likely to work.", "q9").stance == "Yes"


@pytest.mark.parametrize(
    "text",
    [
        "The Board was much clearer about who should sit on the community safety partnerships.",
        "Schools, through their academy trusts, and the youth offending service in its own right should be added.",
    ],
)
def test_who_sits_on_the_partnerships_is_not_option_two(text):
    q11 = code_letter(text).get("q11")
    assert q11 is None or q11.stance is None


def test_a_list_in_a_phrase_set_off_after_the_duty_is_not_judged():
    text = (
        'A duty to have "due regard" to serious violence, placed on a long list of public bodies and left to each of them '
        "to interpret, is in our view unlikely to change much on the ground."
    )
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q10"].stance) == ("No", None)


def test_what_follows_the_colon_describes_the_option_preferred():
    text = (
        "I would rather see the third option given a real chance: let local partnerships organise themselves, fund them "
        "properly, and insist that each one is independently evaluated."
    )
    codes = code_letter(text)
    assert (codes["q13"].stance, codes["q11"].stance) == ("Yes", None)


def test_a_paragraph_of_option_twos_section_that_opens_on_its_members_stays_on_them():
    text = (
        "If Community Safety Partnerships are to carry any share of this work, the statutory membership has to include the "
        "people who work with young people. We would like to see:\n\n- the local authority youth service named as a "
        "responsible authority."
    )
    assert code_text(text, "q11").stance != "Yes"


def test_who_should_sit_on_the_partnerships_as_a_heading_is_q12():
    spec = load_spec()
    text = (
        "WHO SHOULD SIT ON COMMUNITY SAFETY PARTNERSHIPS\n\nThe statutory membership has to include youth work.\n\n"
        "THE VOLUNTARY APPROACH\n\nGoodwill has run out here."
    )
    _structure, sections, _pre = split_letter(text, spec)
    assert "q12" in sections and "q11" not in sections


def test_a_clause_of_its_own_after_two_options_named_points_to_neither():
    text = (
        "We looked at Option Two and at Option Three. Taken together with what our members said, we are partly persuaded "
        "and partly not."
    )
    codes = code_letter(text)
    assert codes["q11"].stance != "Mixed" and codes["q13"].stance != "Mixed"
    # (the three together, as a set, still are)
    text = (
        'None of the three options will put one extra officer on our street. "Rearranging the deckchairs" was the phrase '
        "that came up most often."
    )
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == ("No", "No", "No")


def test_a_yes_naming_the_members_list_in_option_twos_section_is_not_option_twos():
    text = "Yes, the list of statutory partners should be added to."
    assert code_text(text, "q11").stance != "Yes"
    assert code_text("Yes, with one reservation.", "q11").stance == "Yes"


def test_who_should_sit_around_the_partnerships_table_is_the_membership():
    text = (
        "On the question of who should sit around the table in Community Safety Partnerships, our board is genuinely "
        "pulled both ways."
    )
    codes = code_letter(text)
    assert (codes["q12"].stance, codes["q11"].stance) == ("Mixed", None)
    # (who sits on it now, known or not, is no such question)
    text = "I have never been invited to our Community Safety Partnership and I couldn't tell you who sits on it."
    assert code_letter(text)["q12"].stance is None


def test_an_option_named_as_the_option_of_something_is_set_out_not_judged():
    assert stance._SETS_OUT_OPTION.match(
        "The third is the option of working through the Community Safety Partnerships."
    )
    assert not stance._SETS_OUT_OPTION.match("The third is the option we would choose.")


# round 48, part 4: from the round's final set (b1688-b1703, evaluated with 7ea1e53, then read)
def test_any_of_the_three_that_will_be_met_are_conditions():
    spec = load_spec()
    clause = "We do not think any of the three will be met, and members therefore could not recommend the route."
    assert [q for q, _, _ in stance._clause_targets_ex(clause, spec, True)] == []


def test_a_member_the_partnership_already_has_describes_it():
    text = (
        "We agree that the Community Safety Partnership is the right place for a local serious violence strategy: it "
        "already has the statutory footing, and probation is already a responsible authority."
    )
    codes = code_letter(text)
    assert (codes["q11"].stance, codes["q9"].stance, codes["q12"].stance) == ("Yes", None, None)
    # (but bodies said to be members already, as the subject, are the membership question's)
    text = "Fire and rescue authorities are already responsible authorities in Community Safety Partnerships, so we see no need to add them."
    assert code_letter(text)["q11"].stance is None


def test_a_statutory_footing_through_the_partnership_is_option_two():
    text = "Putting a serious violence strategy on a statutory footing through the Partnership would give it the authority it lacks."
    codes = code_letter(text)
    assert (codes["q11"].stance, codes["q9"].stance) == ("Yes", None)


@pytest.mark.parametrize(
    ("text", "qid"),
    [
        ("If the Community Safety Partnerships are to carry any of this work, their table needs more chairs.", "q11"),
        ("Youth services ought to be named as a statutory partner in every Community Safety Partnership.", "q13"),
    ],
)
def test_more_chairs_and_a_statutory_partner_named_are_the_membership(text, qid):
    q = code_letter(text).get(qid)
    assert q is None or q.stance is None


def test_adding_bodies_in_option_twos_section_is_the_membership():
    text = "Adding the NHS providers of children's community health services, and the youth offending service in its own right, would change that."
    assert code_text(text, "q11").stance not in ("Yes", "No")


def test_the_list_after_an_ordinal_is_the_list():
    text = "We support Option One. Second, the list omits the bodies our young people actually meet: the fire service and housing providers."
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q10"].stance) == ("Yes", "No")


def test_a_heading_on_the_partnerships_members_is_q12():
    spec = load_spec()
    assert stance._heading_target("12. Community Safety Partnership members", spec) == [
        ("q12", "heading", "12. Community Safety Partnership members")
    ]
    assert [q for q, _, _ in stance._heading_target("Community Safety Partnerships", spec)] == ["q11"]
    # (the option named outright stays the option's: "Option Two: the partnerships and their members")
    assert [q for q, _, _ in stance._heading_target("Option Two: the partnerships and their members", spec)] == ["q11"]


def test_a_fronted_whether_then_cannot_say_without_a_comma_is_no_view():
    text = "Whether the first option or the second option is better I honestly can't say."
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q11"].stance) == ("Unclear", "Unclear")


def test_whether_the_partnerships_list_should_be_added_to_is_the_membership():
    text = (
        "We have thought about this one but we don't know enough about how Community Safety Partnerships are made up in "
        "law to say whether the statutory list should be added to."
    )
    codes = code_letter(text)
    assert (codes["q12"].stance, codes["q11"].stance) == ("Unclear", None)


# round 49, from waves 137-138 (b1720-b1735, each run once before it was read)
def test_the_one_the_respondent_would_counsel_against_is_no():
    assert letter("The voluntary approach is the one we would counsel against most strongly.", "q13").stance == "No"
    # (the one the respondent would choose is still a Yes)
    assert letter("The voluntary approach is the one we would choose.", "q13").stance == "Yes"


def test_parting_company_on_the_new_statutory_duty_rejects_it():
    assert letter("Where we part company with the paper is the new statutory duty.", "q9").stance == "No"


def test_an_endorsement_named_as_such_is_yes_and_a_disclaimer_gives_no_view():
    assert letter("I mean that as a strong endorsement of Option One.", "q9").stance == "Yes"
    q9 = code_letter("This should not be read as an endorsement of Option One.").get("q9")
    assert q9 is None or q9.stance is None


def test_hard_to_improve_on_is_yes_and_negated_is_no():
    assert letter("We would find it hard to improve on the vision.", "q8").stance == "Yes"
    assert letter("It would not be hard to improve on the vision.", "q8").stance == "No"


def test_rewarding_the_structure_that_failed_is_no():
    text = "To make the Community Safety Partnership the lead, as Option Two proposes, would be rewarding the structure that missed the warning signs."
    assert letter(text, "q11").stance == "No"


def test_sound_in_one_part_and_deficient_in_another_is_mixed():
    assert letter("The vision is sound in its first limb and deficient in its second.", "q8").stance == "Mixed"
    assert letter("The vision is sound in its first limb.", "q8").stance == "Yes"


def test_a_degree_of_uncertainty_in_a_thing_is_no_view_of_the_respondents():
    # "the most uncertain element" grades costs; "we are uncertain" is the respondent's no view
    q13 = code_letter("Under Option Three, transition costs are the most uncertain element of the model.").get("q13")
    assert q13 is None or q13.stance != "Unclear"
    assert letter("On Option Three we are uncertain.", "q13").stance == "Unclear"


def test_the_right_ones_said_of_points_is_not_the_list():
    text = (
        "The points about sharing data, identifying those most at risk and consulting young people are the right ones."
    )
    q10 = code_letter(text).get("q10")
    assert q10 is None or q10.stance is None
    assert letter("The bodies named in Schedule 6 are the right ones.", "q10").stance == "Yes"


def test_headings_on_whom_the_duty_would_reach_and_on_its_aims():
    spec = load_spec()
    assert [q for q, _, _ in stance._heading_target("WHO THE DUTY WOULD REACH", spec)] == ["q10"]
    assert [q for q, _, _ in stance._heading_target("Bodies covered by the duty", spec)] == ["q10"]
    assert [q for q, _, _ in stance._heading_target("THE AIMS OF THE DUTY", spec)] == ["q8"]
    # (the duty itself stays Option One's)
    assert [q for q, _, _ in stance._heading_target("The new duty", spec)] == ["q9"]


def test_a_heading_fragment_opening_a_section_is_not_read_by_the_classifier():
    assert stance._HEADING_FRAGMENT.match("building on the Community Safety Partnership")
    assert stance._HEADING_FRAGMENT.match("who sits at the table")
    # a sentence with a verb, a first person or an end stop is a sentence
    for text in ("Option Two works for us", "building on the CSP is what we would do", "A sensible step forward."):
        assert not stance._HEADING_FRAGMENT.match(text)
    section = "building on the Community Safety Partnership\n\nIn our borough, the partnership met four times in 2018."
    q11 = code_text(section, "q11")
    assert q11.stance is None or q11.method != "model"


# round 49, part 2: from waves 137-140 (b1720-b1767, each run once before it was read)
def test_the_letters_own_title_naming_the_consultation_opens_no_section():
    text = (
        "# Irwell Brook Learning Trust: response to the Serious Violence Legal Duty consultation\n\n"
        "The Trust educates around 4,600 young people across four secondary academies.\n\n"
        "## Is the Government's vision the right one?\n\nWe accept the half of the vision that is about early intervention.\n\n"
        "## Will a new duty make a difference in a school?\n\n"
        "Only if it came with people. It would not help our pupils.\n"
    )
    _, sections, _ = split_letter(text, load_spec())
    # (the title read as Option One's heading had made the preamble Q9's section and left the duty's own heading unread)
    assert sections["q9"] == "Only if it came with people. It would not help our pupils."


def test_self_defeating_is_no():
    assert letter("For a council in our position, Option One would be self-defeating.", "q9").stance == "No"


def test_the_list_needing_adding_to_and_a_doubt_that_it_does():
    assert letter("The statutory partners list needs adding to.", "q12").stance == "Yes"
    text = "On membership of CSPs, members were unpersuaded that the list of responsible authorities needs lengthening."
    assert letter(text, "q12").stance == "No"


def test_advice_declined_for_want_of_evidence_is_no_view():
    # (an answer under Q12's own heading)
    text = "We would not want to advise on membership without better evidence than we have."
    assert code_text(text, "q12").stance == "Unclear"


def test_no_view_on_how_the_partnerships_are_made_up_is_the_membership_not_option_two():
    text = (
        "Our contact with the partnerships in the areas our children come from is so occasional that we do not know how "
        "they are constituted in practice, and we would not want to guess. On whether the statutory membership of "
        "Community Safety Partnerships needs adding to, we are honestly not in a position to judge."
    )
    codes = code_letter(text)
    assert (codes["q12"].stance, codes["q11"].stance) == ("Unclear", None)


def test_good_in_one_role_and_poor_in_another_is_mixed():
    assert (
        letter("Option Three: good as a companion to a statutory duty, poor as a replacement for one.", "q13").stance
        == "Mixed"
    )


def test_not_something_the_respondent_could_say_would_work_is_no():
    text = "A new duty on schools? It is not something the Echo could honestly tell its readers would make a difference here."
    assert letter(text, "q9").stance == "No"
    assert letter("A new duty on schools would make a difference here.", "q9").stance == "Yes"


def test_support_in_principle_then_something_lacking_is_mixed_and_a_hedge_is_not():
    text = "We welcome a statutory duty on the public bodies in principle; however, as framed it carries no money with it and no clear owner."
    assert letter(text, "q9").stance == "Mixed"
    hedge = (
        "We support Option One in principle, but the detail matters and we will say more once guidance is published."
    )
    assert letter(hedge, "q9").stance == "Yes"


def test_good_in_its_intentions_but_drawn_too_tightly_is_mixed():
    assert letter("The vision is good in its intentions, then, but drawn too tightly.", "q8").stance == "Mixed"


def test_the_work_the_vision_describes_is_not_the_vision_judged():
    text = (
        "We fear the preferred option would turn into a compliance exercise that pulls money away from the slow, "
        "relational work the vision itself describes."
    )
    codes = code_letter(text)
    assert codes["q9"].stance == "No" and (codes.get("q8") is None or codes["q8"].stance is None)


def test_neither_narrowed_nor_widened_is_kept_as_it_is():
    assert letter("On the vision: we would not narrow it and we would not widen it.", "q8").stance == "Yes"


# round 49, part 3: from the round's first final set (b1736-b1751, evaluated with d1d1fe2, then read)
def test_a_choice_between_two_made_by_the_latter_or_the_former():
    text = (
        "If the choice is between a new statutory duty and building on local goodwill, with some modest funding for the "
        "people who hold it together, we would take the latter every time."
    )
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q13"].stance) == ("No", "Yes")
    codes = code_letter("Between Option One and Option Three, we would take the former.")
    assert (codes["q9"].stance, codes["q13"].stance) == ("Yes", "No")


def test_parting_company_on_the_due_regard_duty_rejects_it():
    assert letter('Where I part company with the paper is the "due regard" duty.', "q9").stance == "No"
    # (a duty of something else is not the option: the difference is over one point of the paper)
    assert letter("Where we part company with the paper is the duty to consult young people.", "q9").stance != "No"


def test_in_principle_and_in_practice_set_against_each_other_is_mixed():
    assert letter("So we are for Option One in principle and doubtful about it in practice.", "q9").stance == "Mixed"
    text = "So Option One earns a welcome from us, but a qualified one: right in principle, too thin in practice."
    assert letter(text, "q9").stance == "Mixed"


def test_persuasive_in_part_and_unpersuasive_in_part_is_mixed():
    assert code_text("We find the option persuasive in part and unpersuasive in part.", "q11").stance == "Mixed"
    assert code_text("We find the option persuasive.", "q11").stance == "Yes"


def test_one_sides_argument_set_out_is_not_the_respondents_verdict():
    for text in (
        "The argument against Option One, from a Welsh point of view, is that it would be a duty made at Westminster.",
        "The argument for Option One is that good intentions have not reached every health board equally.",
    ):
        q9 = code_letter(text).get("q9")
        assert q9 is None or q9.stance is None or q9.method == "model"
    # (an argument the respondent makes against it still counts)
    assert (
        letter("The best argument we can offer against leaving this to goodwill is the last ten years.", "q13").stance
        == "No"
    )


def test_cannot_say_followed_by_the_words_not_said_is_no_view_withheld():
    q9 = code_letter('A new law means the council cannot say "sorry, we are too busy this year".').get("q9")
    assert q9 is None or q9.stance != "Unclear"
    assert letter("On Option One, we cannot say.", "q9").stance == "Unclear"


def test_turning_the_vision_into_action_is_the_vision_as_a_goal():
    text = "On balance, the partnership route is the one most likely to turn the vision into action."
    codes = code_letter(text)
    assert codes["q11"].stance == "Yes" and (codes.get("q8") is None or codes["q8"].stance is None)


def test_every_partner_at_the_table_saying_so_is_reported():
    text = "Every statutory partner around the table said the project was valuable."
    q12 = code_letter(text).get("q12")
    assert q12 is None or q12.stance is None or q12.method == "model"


def test_evidence_wanted_before_a_new_duty_is_made_is_not_a_view_withheld():
    text = (
        "The Violence Reduction Units have not yet had a year to show what can be achieved without new legislation, and "
        "we would want to see what they achieve before Parliament is asked to create another duty."
    )
    q9 = code_letter(text).get("q9")
    assert q9 is None or q9.stance != "Unclear"
    # (evidence wanted before deciding is)
    assert letter("On Option One, we would want to see the guidance before deciding.", "q9").stance == "Unclear"


def test_a_heading_naming_its_question_by_number_wins_over_an_earlier_topic_heading():
    text = (
        "Our views on the new legal duty\n\n"
        "About the vision (question 8)\nWe agree with the vision. Organisations should work together and share information.\n\n"
        "About Option One (question 9)\nWe say yes to Option One. It is a new law that makes councils and schools think.\n\n"
        "About Option Two (question 11)\nWe do not want Option Two. Our members have never been asked to a meeting.\n"
    )
    _, sections, _ = split_letter(text, load_spec())
    # (the title, read as Option One's topic, had taken Q9 and left the numbered heading a section of no question)
    assert sections["q9"] == "We say yes to Option One. It is a new law that makes councils and schools think."


def test_this_is_the_option_points_to_the_first_named_not_goodwill_in_passing():
    text = (
        "Amending the legislation so that every partnership must produce a serious violence strategy would give "
        "partnerships the standing that ours has had to borrow from the goodwill of individual managers. We think this is "
        "the option most likely to work across London."
    )
    codes = code_letter(text)
    # (goodwill, named in passing, may still be read from the first sentence; the verdict of the second is not carried to it)
    assert codes["q11"].stance == "Yes" and (
        codes.get("q13") is None or "target by carry" not in (codes["q13"].rule or "")
    )


def test_not_wanting_the_visions_focus_changed_is_yes():
    assert letter("We would not want the vision's focus changed.", "q8").stance == "Yes"


def test_members_divided_then_the_views_they_hold_is_no_single_view():
    text = (
        "On whether the statutory partners of CSPs should be added to, members were divided three ways: some wanted schools "
        "added, some wanted the youth offending services added, and some thought any addition would be unmanageable."
    )
    assert letter(text, "q12").stance == "Unclear"
    # (a thing split several ways is no division of views)
    q8 = code_letter(
        "Under the vision, accountability is split several ways: the Commissioner answers for some of it."
    ).get("q8")
    assert q8 is None or q8.stance != "Unclear"


# round 49, part 4: from the round's second final set (b1768-b1783, evaluated with cafbe66, then read for its silences)
def test_a_duty_spread_across_the_list_is_the_duty_judged():
    text = (
        "A duty spread across the whole of Schedule 6, with each body left to decide for itself what it means, will in our "
        "view produce a great many policies and no one to act on them."
    )
    q10 = code_letter(text).get("q10")
    assert q10 is None or q10.stance is None
    # (the list as the subject is still judged)
    assert (
        letter("The list in Schedule 6 will produce a great many policies and no one to act on them.", "q10").stance
        == "No"
    )


def test_the_list_under_option_ones_heading_is_the_list():
    text = "Option One\n\nThe list also omits youth services, fire and rescue and Clinical Commissioning Groups."
    codes = code_letter(text)
    assert codes["q10"].stance == "No" and (codes.get("q9") is None or codes["q9"].stance is None)


def test_no_recommendation_made_by_another_is_no_view_of_the_respondents():
    # (the rules read no view of the respondent's; the classifier, which reads no holder, may still send it to a person)
    q11 = rules_letter("On Option Two, the Chief Executive made no recommendation on this point.", "q11")
    assert q11 is None or q11.stance != "Unclear"
    assert letter("On Option Two, we make no recommendation.", "q11").stance == "Unclear"


def test_giving_effect_to_the_vision_is_the_vision_as_a_goal_and_an_unresolved_question_is_no_view():
    text = (
        "Whether the partnership route as a whole is the right way to give effect to the Government's vision is a question "
        "the committee could not resolve."
    )
    codes = code_letter(text)
    assert codes.get("q8") is None or codes["q8"].stance is None
    assert codes["q11"].stance == "Unclear"


def test_waiting_to_see_preferred_is_no_choice_of_what_is_waited_for():
    spec = load_spec()
    text = "We would rather wait to see how the Welsh Government proposes to apply any legislation than guess."
    assert stance._comparative_cues(text, spec, None) is None
    # (a duty waited for is still preferred)
    cues = stance._comparative_cues(
        "We would rather wait for a duty that fits Wales than have one quickly that does not.", spec, None
    )
    assert cues is not None and cues["q9"][0].stance == "Yes"


def test_that_route_points_back_to_an_option_only():
    text = (
        "The partnerships need the youth service and housing as statutory members. That route would not, in our view, "
        "achieve the vision."
    )
    codes = code_letter(text)
    assert codes.get("q12") is None or codes["q12"].evidence != "That route would not, in our view, achieve the vision."


# round 50, from the never-read third final set of round 49 (b1784-b1799) and waves 141-142
def test_a_preference_for_saying_so_is_no_choice_of_an_option():
    text = "Option One\n\nWe have not been able to resolve this and prefer to say so honestly."
    assert rules_letter(text, "q9").stance != "Yes"
    # (a preference for an option is still one)
    assert rules_letter("Option One\n\nWe prefer the duty on named bodies.", "q9").stance == "Yes"


def test_a_statement_voted_on_is_the_meetings_view_carried_and_turned_round_when_it_fell():
    fell = 'The statement "more organisations should be added to the Community Safety Partnership" fell by 1 vote to 9.'
    carried = 'The statement "more organisations should be added to the Community Safety Partnership" was carried 9 votes to 1.'
    assert rules_letter(fell, "q12").stance == "No"
    assert rules_letter(carried, "q12").stance == "Yes"
    duty = 'The statement "a new legal duty would make our town safer for young people" was defeated by 11 votes to 5.'
    assert rules_letter(duty, "q9").stance == "No"


def test_ranked_first_by_only_a_few_members_is_not_the_bodys_choice():
    text = "Option Two\n\nOnly three members ranked it first."
    assert rules_letter(text, "q11").stance == "No"
    assert rules_letter("Option Two\n\nMembers ranked it first.", "q11").stance == "Yes"


def test_a_service_used_voluntarily_is_not_the_voluntary_approach():
    text = (
        "General practice is the one public service they still use voluntarily, and the vision is right to put sharing "
        "of information at its centre."
    )
    codes = code_letter(text)
    assert codes.get("q13") is None or codes["q13"].stance is None
    assert codes["q8"].stance == "Yes"
    # (partners working together voluntarily still name it)
    assert letter("Partners working together voluntarily would not achieve the vision.", "q13").stance == "No"


def test_wanted_kept_but_not_as_the_whole_answer_is_mixed():
    text = "Option Three\n\nWe would want it kept, and we would not want it to be the whole answer."
    assert rules_letter(text, "q13").stance == "Mixed"
    assert rules_letter("Option Three\n\nWe would not want it.", "q13").stance == "No"


def test_the_right_people_invited_is_what_partnerships_should_do_not_a_verdict_on_the_list():
    text = (
        "Question 12\n\nThe list does not need to be longer; partnerships need to be better at inviting the right people "
        "for the right item."
    )
    assert rules_letter(text, "q12").stance == "No"


# round 50, part 2: from wave 141 (b1800-b1815, each run once before it was read)
def test_a_ballot_on_a_quoted_question_is_read_from_its_votes():
    tied = 'Ballot: "Would Option One best achieve the vision?" Yes 8, No 8.'
    lost = 'Ballot: "Would Option Three best achieve the vision?" Yes 2, No 14.'
    won = 'Ballot: "Would Option Two best achieve the vision?" Yes 12, No 3.'
    assert rules_letter(tied, "q9").stance == "Unclear"
    assert rules_letter(lost, "q13").stance == "No"
    assert rules_letter(won, "q11").stance == "Yes"
    # (the vision is the yardstick of the question, not answered by the ballot)
    codes = code_letter(won)
    assert codes.get("q8") is None or codes["q8"].stance is None


def test_what_those_point_back_to_being_half_the_story_is_no_mixed_verdict():
    text = "The vision\n\nIt leaves out domestic abuse and alcohol, and to us those are half the story."
    assert rules_letter(text, "q8").stance == "No"
    assert rules_letter("The vision\n\nIt is half the story.", "q8").stance == "Mixed"


def test_an_option_closest_to_what_the_paper_wants_or_getting_the_vision_off_the_page_is_no_view_of_the_vision():
    for text in (
        "On balance Option One is the option that would get closest to what the paper is trying to achieve.",
        "I think Option Three is the option most likely to get the vision off the page.",
    ):
        codes = code_letter(text)
        assert codes.get("q8") is None or codes["q8"].stance is None, text


def test_the_consultations_question_restated_with_who_is_no_answer():
    text = "Question 12\n\nYou ask who else should be on it."
    assert rules_letter(text, "q12").stance is None or rules_letter(text, "q12").stance == "Unclear"
    assert rules_letter("Question 12\n\nSchools should be on it.", "q12").stance == "Yes"


def test_right_in_part_is_mixed():
    text = "The non-legislative approach is right for Wales in part, and not enough on its own."
    assert rules_letter(text, "q13").stance == "Mixed"
    assert rules_letter("The non-legislative approach is right for Wales.", "q13").stance == "Yes"


# round 50, part 3: from wave 142 (b1816-b1831, each run once before it was read)
def test_partly_the_right_one_is_mixed():
    text = "The Schedule 6 list is therefore regarded as partly, but only partly, the right one."
    assert rules_letter(text, "q10").stance == "Mixed"
    assert rules_letter("The Schedule 6 list is therefore regarded as the right one.", "q10").stance == "Yes"


def test_the_first_count_is_not_the_first_option():
    text = (
        "The paper sets out three options.\n\nWe would give the vision a warm welcome on the first count and a rather "
        "cooler one on the second."
    )
    codes = code_letter(text)
    assert codes.get("q9") is None or codes["q9"].stance is None
    assert codes.get("q11") is None or codes["q11"].stance is None


def test_looking_for_something_to_take_issue_with_and_finding_nothing_is_support():
    text = "We have read the vision several times looking for something to take issue with and have not found it."
    assert rules_letter(text, "q8").stance == "Yes"
    assert rules_letter("We take issue with the vision.", "q8").stance == "No"


def test_persuaded_by_the_first_half_and_not_the_second_is_mixed():
    text = "The Trust is persuaded by the first half of the vision and not by the second."
    assert rules_letter(text, "q8").stance == "Mixed"


def test_a_change_not_for_the_better_is_an_objection():
    text = "Option One would change a great deal for us, and not for the better."
    assert rules_letter(text, "q9").stance == "No"


def test_the_vision_as_what_an_option_is_a_vehicle_for_or_leaves_to_chance_is_no_view_of_it():
    for text in (
        "A voluntary approach would leave the vision to chance in districts like ours.",
        "As the main vehicle for the vision I do not think Option Two would deliver.",
    ):
        codes = code_letter(text)
        assert codes.get("q8") is None or codes["q8"].stance is None, text


def test_the_ground_of_a_denial_between_commas_does_not_stop_it():
    text = "We would not, on that basis, be able to commend Option One."
    assert rules_letter(text, "q9").stance == "No"


def test_an_inverted_condition_is_not_asserted():
    text = (
        "Were the responsible authorities to remain as they are, the partnership would go on planning around children "
        "without the people who see them every day."
    )
    assert rules_letter(text, "q12").stance != "No"
    assert rules_letter("The responsible authorities should remain as they are.", "q12").stance == "No"


def test_a_colleagues_view_named_is_not_the_respondents():
    text = "Sanjay's view is that a legal duty would finally give schools and colleges a proper seat at the table."
    codes = code_letter(text)
    assert codes.get("q12") is None or codes["q12"].stance != "Yes"
    assert codes.get("q9") is None or codes["q9"].stance != "Yes"


def test_yes_to_one_and_no_to_another_after_a_comma_is_said_of_each():
    text = "In a nutshell: yes to the vision, no to another law."
    codes = code_letter(text)
    assert codes["q8"].stance == "Yes" and codes["q9"].stance == "No"


# round 51: from round 50's never-read final set (b1832-b1847) and waves 143-144 (b1848-b1879, each run once before it
# was read)
def rules_alone(text: str, qid: str):
    """The rules alone: neither the sentence classifier nor the flip guard (which reads the classifier) speaks."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setitem(stance._MECHANISMS, "model", False)
        mp.setitem(stance._MECHANISMS, "flip_guard", False)
        return code_letter(text).get(qid)


def _stance_of(code) -> str | None:
    return code.stance if code is not None else None


def test_a_sentence_ending_inside_a_quotation_ends_there():
    quoted = 'One wrote that "it depends on whether the deputy head happens to care." Of the routes, '
    said = "the Trust regards the duty as the one most likely to turn the vision into practice."
    assert [s for _p, s, _h in stance._sentences(quoted + said)][-1] == "Of the routes, " + said
    assert _stance_of(rules_alone(quoted + said, "q9")) == "Yes"
    # a ballot's tally after the question it answers stays with it
    ballot = 'Ballot: "Would Option One best achieve the vision?" Yes 8, No 8.'
    assert [s for _p, s, _h in stance._sentences(ballot)] == [ballot]


def test_a_statement_voted_down_is_not_guarded_for_the_words_it_turns_round(monkeypatch):
    # the flip guard on (this file's fixture turns it off): the classifier reads the statement's own words, which the vote
    # turns round, so its reading is turned round too before it is set against the code
    monkeypatch.setitem(stance._MECHANISMS, "flip_guard", True)
    text = (
        'Question 10\n\nThe motion "The Prevent list is the right list of organisations for this" was lost by 2 votes to '
        "12, with 1 abstention."
    )
    assert code_letter(text)["q10"].stance == "No"
    text = 'Question 12\n\nThe statement "more organisations should be added to the partnership" fell by 1 vote to 9.'
    assert code_letter(text)["q12"].stance == "No"


def test_a_statement_voted_down_is_read_by_its_predicate_not_its_subject():
    text = 'Question 13\n\nThe motion "Leaving it to goodwill will work" was defeated by 16 votes to 1.'
    assert _stance_of(rules_alone(text, "q13")) == "No"


def test_something_to_be_said_for_and_against_is_mixed():
    text = "There is something to be said for the voluntary route and something against it."
    assert _stance_of(rules_alone(text, "q13")) == "Mixed"
    assert _stance_of(rules_alone("There is nothing to be said for the voluntary route.", "q13")) == "No"


def test_right_as_far_as_one_part_goes_and_wrong_in_another_is_mixed():
    text = "The Schedule 6 list is right as far as hospitals are concerned and wrong in what it leaves out."
    assert _stance_of(rules_alone(text, "q10")) == "Mixed"


def test_half_the_room_or_some_and_others_is_not_the_respondents_view():
    assert _stance_of(rules_alone("Half the room thought a legal duty on named bodies was long overdue.", "q9")) is None
    assert _stance_of(rules_alone("A legal duty on named bodies is long overdue.", "q9")) == "Yes"
    # more than half is a majority, whose view may be the respondent's (not reported)
    assert not lex.is_reported("More than half of our members favour Option Two.")
    assert lex.is_reported("About half our mentors think a duty is the only way.")
    text = "Some see the duty as the statutory anchor we need; others see it as another layer of paperwork."
    assert _stance_of(rules_alone(text, "q9")) is None
    assert (
        _stance_of(rules_alone("Question 12\n\nSome of us see a case for bringing in youth offending services.", "q12"))
        is None
    )
    assert (
        _stance_of(rules_alone("Question 12\n\nWe see a case for bringing in youth offending services.", "q12"))
        == "Yes"
    )


def test_members_undecided_are_not_the_respondents_abstention():
    assert _stance_of(rules_alone("Question 9\n\nTwo trustees were undecided.", "q9")) is None
    assert _stance_of(rules_alone("Question 9\n\nWe are undecided.", "q9")) == "Unclear"


def test_the_second_taken_over_the_first_of_a_choice_between_two():
    text = (
        "Given a choice between a due regard duty and a voluntary approach, our trustees would take the second over the "
        "first without hesitation."
    )
    assert _stance_of(rules_alone(text, "q9")) == "No"
    assert _stance_of(rules_alone(text, "q13")) == "Yes"


def test_who_proposes_it_between_commas_does_not_stop_a_choice():
    text = (
        "We would take a duty on the named bodies, as the Government proposes, over leaving it to goodwill every time."
    )
    assert _stance_of(rules_alone(text, "q9")) == "Yes"
    assert _stance_of(rules_alone(text, "q13")) == "No"


def test_a_one_word_answer_called_a_first_reading_is_not_the_answer():
    text = (
        "Option Three (question 13)\n\nNo. That was my first answer when I read the paper, and I've left it at the top.\n\n"
        "But I've changed my mind. I'd now say the voluntary approach is the best way to get there."
    )
    assert _stance_of(rules_alone(text, "q13")) == "Yes"
    text = "Option Three (question 13)\n\nNo. Goodwill is what we had, and look where it got us."
    assert _stance_of(rules_alone(text, "q13")) == "No"


def test_halves_and_parts_taken_are_mixed_and_the_other_half_of_the_story_is_not():
    for text, qid in (
        ("On the Government's vision, half of what it describes we would sign up to tomorrow.", "q8"),
        ("Option Three\n\nHalf of me is all for it.", "q13"),
        ("We can put our name to part of the Schedule 6 list, but not to all of it.", "q10"),
        ("There are two halves to Option One and we would only put our name to one of them.", "q9"),
        ("Question 8\n\nThe first half is excellent.", "q8"),
        ("In part the right partners, then, but only in part.", "q10"),
    ):
        assert _stance_of(rules_alone(text, qid)) == "Mixed", text
    assert _stance_of(rules_alone("We can put our name to the Schedule 6 list.", "q10")) == "Yes"
    text = "The third option is the other half of the story: people who know the hill, working together."
    assert _stance_of(rules_alone(text, "q13")) != "Mixed"


def test_not_wanting_it_passed_over_or_time_spent_reinventing_it_is_wanting_it():
    assert _stance_of(rules_alone("We would not want to see the partnership route passed over.", "q11")) == "Yes"
    assert _stance_of(rules_alone("We would not want to see the partnership route introduced.", "q11")) == "No"
    assert (
        _stance_of(rules_alone("We would not want to see time spent reinventing the Schedule 6 list.", "q10")) == "Yes"
    )
    # what is said or counted of the respondent is no view of the option
    assert _stance_of(rules_alone("Question 9\n\nWe would not want it said that health stood aside.", "q9")) != "No"


def test_a_ranking_after_a_verb_of_preference_or_named_as_a_bodys_ends_with_its_list():
    text = (
        "In order of preference we support Option One, then Option Two, then Option Three, and in our view only Option "
        "One would best achieve the vision."
    )
    assert _stance_of(rules_alone(text, "q9")) == "Yes" and _stance_of(rules_alone(text, "q13")) == "No"
    text = "The college's ranking is Option One, then Option Two, then Option Three: the first would best achieve it."
    assert _stance_of(rules_alone(text, "q9")) == "Yes" and _stance_of(rules_alone(text, "q13")) == "No"


def test_a_ranking_with_margins_and_relative_clauses_after_the_places():
    text = (
        "If I had to put them in order, the Community Safety Partnership route comes first by some distance, leaving it "
        "to goodwill a poor second that would change nothing, and a due regard duty on every school a distant third."
    )
    assert _stance_of(rules_alone(text, "q11")) == "Yes"
    assert _stance_of(rules_alone(text, "q9")) == "No"


def test_hard_to_see_how_after_a_phrase_set_off_by_a_comma():
    text = "On the information we have, it is hard to see how the preferred option would best achieve the vision."
    assert _stance_of(rules_alone(text, "q9")) == "No"


def test_a_practical_difficulty_in_knowing_is_no_abstention():
    code = rules_alone("Question 11\n\nWe have found it difficult to know who to speak to.", "q11")
    assert not (code.rule or "").startswith("no view")  # (the section answered with no stance found, not an abstention)
    text = "Question 11\n\nIt is difficult to know what to make of the partnership route."
    assert _stance_of(rules_alone(text, "q11")) == "Unclear"


def test_nothing_found_that_we_would_not_put_our_name_to_is_support():
    text = "We cannot find anything in the vision that we would not put our name to."
    assert _stance_of(rules_alone(text, "q8")) == "Yes"


def test_a_question_of_who_as_the_subject_is_not_asserted():
    text = (
        "Question 12\n\nWho else should be made a statutory partner of the Community Safety Partnership is not something "
        "we have a settled view on."
    )
    assert _stance_of(rules_alone(text, "q12")) == "Unclear"
    text = "Question 12\n\nHealth commissioners should be made a statutory partner of the Community Safety Partnership."
    assert _stance_of(rules_alone(text, "q12")) == "Yes"


# round 51, part 2: from waves 143-144
def test_additions_that_would_earn_their_place_are_asked_for():
    text = "Question 12\n\nTwo additions would earn their place: housing and education."
    assert _stance_of(rules_alone(text, "q12")) == "Yes"


def test_an_option_set_some_way_behind_the_ones_chosen_is_not_chosen():
    text = "We would put the two legislative options jointly first, with the voluntary option some way behind them."
    assert _stance_of(rules_alone(text, "q13")) == "No"
    assert _stance_of(rules_alone(text, "q9")) == "Yes"


def test_how_a_past_arrangement_went_for_a_spell_is_a_story_not_a_verdict():
    text = "Option Three\n\nFor fourteen months it was excellent. Then the inspector moved on."
    assert _stance_of(rules_alone(text, "q13")) in (None, "Unclear")
    assert _stance_of(rules_alone("Option Three\n\nIt was excellent.", "q13")) == "Yes"


def test_some_members_with_an_aside_in_brackets_regarding_it_so_is_theirs():
    text = 'Four trustees (the "endorse in full" group) regarded the vision as a sound statement of what is needed.'
    assert _stance_of(rules_alone(text, "q8")) is None
    assert (
        _stance_of(rules_alone("The board regarded the vision as a sound statement of what is needed.", "q8")) == "Yes"
    )


def test_less_likely_to_get_near_the_vision_is_no_support():
    text = "We see the partnership route as less likely to get anywhere near the vision."
    assert _stance_of(rules_alone(text, "q11")) == "No"


def test_an_idiom_said_of_the_vision_named_as_subject_is_not_the_partnerships():
    text = (
        "My view is that the vision is spot on and we should say so, then make the pitch for housing to be properly in "
        "the Community Safety Partnerships."
    )
    assert _stance_of(rules_alone(text, "q11")) is None
    assert _stance_of(rules_alone(text, "q8")) == "Yes"


def test_what_the_vision_needs_or_further_from_it_is_a_yardstick():
    text = "Question 10\n\nAs drafted, the list falls short of the partners the vision needs."
    assert _stance_of(rules_alone(text, "q8")) is None
    text = "Question 11\n\nIt would take us further from the vision rather than nearer to it."
    assert _stance_of(rules_alone(text, "q8")) is None
    assert _stance_of(rules_alone(text, "q11")) == "No"


# round 51, part 4: from wave 145 (b1896-b1911, run once before it was read)
def test_the_present_members_judged_not_right_is_a_change_asked_for():
    text = "The current responsible authorities are not quite the right set for this work."
    assert _stance_of(rules_alone(text, "q12")) == "Yes"
    assert _stance_of(rules_alone("The current responsible authorities are the right set.", "q12")) == "No"


def test_a_share_of_members_ranking_an_option_first_is_a_poll_reported():
    assert _stance_of(rules_alone("52% of members ranked a voluntary approach first.", "q13")) is None
    assert _stance_of(rules_alone("Our members ranked a voluntary approach first.", "q13")) == "Yes"


def test_a_step_in_the_right_direction_that_on_its_own_stops_short_is_mixed():
    text = "Making serious violence part of the CSPs' legal job is a step in the right direction, but on its own it stops short."
    assert _stance_of(rules_alone(text, "q11")) == "Mixed"


def test_accepted_but_not_as_drafted_is_mixed():
    text = "The Council therefore accepts Schedule 6 as the starting point but not as drafted."
    assert _stance_of(rules_alone(text, "q10")) == "Mixed"


def test_a_conclusion_after_going_back_and_forth_decides_after_a_conjunction_too():
    text = (
        "Question 9\n\nI've gone back and forth on this. My worry is the paperwork. But on balance, a legal duty on each "
        "of the agencies would do more good than harm."
    )
    assert _stance_of(rules_alone(text, "q9")) == "Yes"
    assert _stance_of(rules_alone("Question 9\n\nI've gone back and forth on this.", "q9")) == "Unclear"


def test_talked_about_for_an_evening_and_got_nowhere_is_no_view():
    text = (
        "The third idea, carrying on without any new law and just encouraging people to work together, we talked about "
        "for a whole evening and got nowhere."
    )
    assert _stance_of(rules_alone(text, "q13")) == "Unclear"
    assert _stance_of(rules_alone("We tried the voluntary approach for years and got nowhere.", "q13")) == "No"


def test_the_part_that_is_rejected_with_its_whole_unnamed_is_mixed():
    text = "Question 8\n\nWe cannot accept the part that makes accountability and inspection its organising idea."
    assert _stance_of(rules_alone(text, "q8")) == "Mixed"


def test_a_view_invited_on_what_would_best_achieve_the_vision_is_a_question():
    text = 'Question 8\n\nMany of the questions in the paper invite a view on what would "best achieve" the vision.'
    assert _stance_of(rules_alone(text, "q8")) in (None, "Unclear")


def test_the_vision_as_what_can_be_achieved_or_built_on_a_foundation_is_a_yardstick():
    text = (
        "Question 13\n\nI cannot see how a voluntary arrangement could make anyone answerable to anyone, and without that I "
        "do not believe the vision can be achieved."
    )
    assert _stance_of(rules_alone(text, "q8")) is None
    assert _stance_of(rules_alone(text, "q13")) == "No"
    assert (
        _stance_of(rules_alone("Question 13\n\nThat is not a foundation on which to build the vision.", "q8")) is None
    )


def test_the_right_crowd_and_well_chosen_are_support_for_the_list():
    text = "The list of organisations (the one from the counter-terrorism law) looks like the right crowd."
    assert _stance_of(rules_alone(text, "q10")) == "Yes"
    assert _stance_of(rules_alone("Question 10\n\nFrom our narrow vantage point, it is well chosen.", "q10")) == "Yes"


def test_not_one_of_us_finding_a_body_to_take_off_is_the_list_kept():
    text = "Question 10\n\nNot one of us could think of a body on it that should come off."
    assert _stance_of(rules_alone(text, "q10")) == "Yes"
    # one of the members is still another's view
    assert _stance_of(rules_alone("Question 10\n\nOne of our members thought the list was right.", "q10")) != "Yes"


# round 52: from round 51's never-read final set (b1880-b1895) and wave 146 (b1912-b1927, run once before it was read)
def test_could_not_live_with_is_a_refusal_and_could_live_with_half_is_mixed():
    # "not" is no adverb of "could ... live with" (the weak acceptance had taken it and read the refusal as a Yes)
    refused = rules_alone(
        "The force could not live with making Community Safety Partnerships the vehicle for this duty.", "q11"
    )
    assert refused.stance == "No" and refused.confidence >= 0.75  # as firm as "we oppose": not sent to a person
    assert _stance_of(rules_alone("We could live with Option Two.", "q11")) == "Yes"
    assert _stance_of(rules_alone("On the vision, I could live with half of it.", "q8")) == "Mixed"
    assert _stance_of(rules_alone("Parts of Option Two we could live with, parts we could not.", "q11")) == "Mixed"
    assert (
        _stance_of(rules_alone("We could live with part of Option One and could not live with the rest.", "q9"))
        == "Mixed"
    )


def test_an_endorsed_response_is_read_for_what_it_says():
    text = (
        "Here we endorse the response submitted by the Federation of Acute and Community Trusts, which concludes that "
        "Community Safety Partnerships are the wrong vehicle for this duty."
    )
    assert _stance_of(rules_alone(text, "q11")) == "No"
    text = "We endorse the RPA's response, which considers the Schedule 6 list the right set of partners, and we have nothing to add."
    assert _stance_of(rules_alone(text, "q10")) == "Yes"
    # endorsed with nothing of what it says: no view of the respondent's own (not a Yes to the option it is about)
    bare = "The FEPC's response deals with the non-legislative option at some length and we endorse it."
    assert _stance_of(rules_alone(bare, "q13")) == "Unclear"
    assert _stance_of(
        rules_alone("We support the response of the Local Government Association on Option Two.", "q11")
    ) == ("Unclear")
    # not endorsed: what it says is not the respondent's view; with nothing of it, no view of the respondent's own either
    text = "We do not agree with the LGA's response, which argues that the voluntary approach will not work."
    assert _stance_of(rules_alone(text, "q13")) != "No"
    assert _stance_of(rules_alone("We don't endorse the Federation's response on Option Two.", "q11")) == "Unclear"
    # a response in another sense is not endorsed
    text = "We support victims and their families through the response of our caseworkers to Option Two."
    assert _stance_of(rules_alone(text, "q11")) != "Unclear"


def test_a_quoted_myth_is_a_view_denied():
    assert _stance_of(rules_alone('Myth: "A duty on paper changes nothing."', "q9")) == "Yes"
    assert (
        _stance_of(rules_alone('MYTH: "Community Safety Partnerships are the natural home for this work."', "q11"))
        == "No"
    )
    # the same words as the respondent's own
    assert _stance_of(rules_alone("Community Safety Partnerships are the natural home for this work.", "q11")) == "Yes"


def test_a_count_of_the_partnerships_that_do_well_is_no_view_of_option_two():
    text = "Of the eleven CSPs we sit on, three are excellent, four are adequate and four barely meet."
    assert _stance_of(rules_alone(text, "q11")) is None


def test_unsure_how_it_would_be_carried_out_withholds_no_view():
    text = "On Option One, we are not sure how the duty would be funded."
    assert _stance_of(rules_alone(text, "q9")) is None
    assert _stance_of(rules_alone("We are not sure whether Option One would work.", "q9")) == "Unclear"


def test_a_case_seen_then_not_commended_is_mixed():
    text = (
        "We can see the case for the preferred option in England; we cannot commend it in its current form for Wales."
    )
    assert _stance_of(rules_alone(text, "q9")) == "Mixed"
    assert _stance_of(rules_alone("We cannot see the case for Option Two.", "q11")) == "No"
    assert _stance_of(rules_alone("We can see the case for Option Two.", "q11")) == "Yes"


def test_an_endorsed_response_says_it_before_the_endorsement_or_after_a_colon():
    text = (
        "The RPA's response proposes adding youth offending teams and the governors of local prisons as responsible "
        "authorities, and we endorse that proposal."
    )
    assert _stance_of(rules_alone(text, "q12")) == "Yes"
    # what follows the colon is what is endorsed: read as it stands, not as a view deferred
    text = (
        "On the preferred option, the Association's response says what I would say, and I endorse it: a duty on schools "
        "would be a burden."
    )
    assert _stance_of(rules_alone(text, "q9")) == "No"


def test_the_sceptics_line_is_not_the_respondents():
    text = "Question 13\n\nThe sceptic's favourite line about the non-legislative option is that it means more of the same."
    assert _stance_of(rules_alone(text, "q13")) != "No"
    text = "Question 9\n\nThe sceptic will say that a duty to have due regard is the weakest kind of duty there is."
    assert _stance_of(rules_alone(text, "q9")) != "No"
    # the respondent's own words
    assert _stance_of(rules_alone("Question 13\n\nThe non-legislative option means more of the same.", "q13")) == "No"


def test_a_reservation_set_apart_or_short_of_something_or_half_a_step_makes_a_concession():
    text = "We welcome the breadth of the vision; its focus, which sets domestic abuse to one side, is another matter."
    assert _stance_of(rules_alone(text, "q8")) == "Mixed"
    text = "The Schedule 6 list gets the statutory agencies right but stops short of the people who hold the tenancies."
    assert _stance_of(rules_alone(text, "q10")) == "Mixed"
    assert _stance_of(rules_alone("The Schedule 6 list gets the statutory agencies right.", "q10")) == "Yes"
    text = "Option One is a step in the right direction, but only half a step."
    assert _stance_of(rules_alone(text, "q9")) == "Mixed"
    assert _stance_of(rules_alone("We share the vision's first half and part company with its focus.", "q8")) == "Mixed"


def test_partly_for_and_partly_against_outweighs_the_welcome_it_qualifies():
    text = (
        "As for the preferred option, we welcome a duty that would reach schools and health bodies, which is where our "
        "children's difficulties first show themselves; however, a duty of due regard with no requirement to act jointly is a "
        "duty without teeth, and in Wales it would sit awkwardly on top of the well-being duties our partners already carry, "
        "so we find ourselves partly for and partly against it."
    )
    assert _stance_of(rules_alone(text, "q9")) == "Mixed"


def test_an_undecided_comparison_abstains_on_what_is_compared_not_on_the_yardstick():
    text = (
        "I have no settled view on whether giving the CSPs this job would be better or worse than the first option, and I "
        "would rather say so than guess."
    )
    assert _stance_of(rules_alone(text, "q11")) == "Unclear"
    assert _stance_of(rules_alone(text, "q9")) is None


def test_adding_to_the_partners_as_a_label_asks_for_nobody():
    text = "4) Adding to the statutory partners. Our partnership meets quarterly in the town hall."
    assert _stance_of(rules_alone(text, "q12")) is None
    assert _stance_of(rules_alone("Question 12\n\nSchools should be added to the statutory partners.", "q12")) == "Yes"


def test_nothing_to_take_off_the_list_and_nobody_missing_keeps_it():
    text = "Question 10\n\nI would not take anything off it, and I cannot think of anyone in my week who is missing."
    assert _stance_of(rules_alone(text, "q10")) == "Yes"


def test_costing_the_very_thing_that_makes_the_work_effective_is_against_it():
    text = "The preferred option would cost us the very thing that makes our work effective."
    assert _stance_of(rules_alone(text, "q9")) == "No"


def test_right_on_paper_is_a_hedged_verdict_for_a_person():
    code = rules_alone("Question 11\n\nGiving it a serious violence strategy in law makes sense on paper.", "q11")
    assert code.stance == "Mixed" and code.confidence < 0.75
    assert _stance_of(rules_alone("Question 9\n\nHead: On paper it makes sense.", "q9")) == "Mixed"
    assert (
        _stance_of(rules_alone("Question 11\n\nGiving it a serious violence strategy in law makes sense.", "q11"))
        == "Yes"
    )


def test_no_answer_to_give_either_way_is_no_view():
    text = (
        "On whether the Government's preferred option would best achieve this, our members are genuinely split and the "
        "group cannot give you an answer either way."
    )
    assert _stance_of(rules_alone(text, "q9")) == "Unclear"


def test_a_group_of_young_people_clear_about_it_is_their_view():
    text = 'Question 9\n\nA group of older boys were clear: "Make it the law, then they\'d have to."'
    assert _stance_of(rules_alone(text, "q9")) in (None, "Unclear")
    assert _stance_of(rules_alone("Question 9\n\nWe were clear: a duty is needed.", "q9")) == "Yes"


def test_a_description_in_the_reason_for_choosing_another_option_is_not_judged():
    text = (
        "Of the three routes in the paper, building on goodwill and local leadership is the one we would put our money on, "
        "because it is how every partnership we know of actually started."
    )
    assert _stance_of(rules_alone(text, "q11")) is None
    assert _stance_of(rules_alone(text, "q13")) == "Yes"
    # a reason with a subject of its own still judges it
    text = "We favour a duty on individual bodies, because the partnership route has failed."
    assert _stance_of(rules_alone(text, "q11")) == "No"


def test_not_commended_as_the_right_set_and_not_our_place_to_pronounce():
    text = "Question 10\n\nWe would not commend it to anyone as the right set of partners."
    assert _stance_of(rules_alone(text, "q10")) == "No"
    assert _stance_of(
        rules_alone("Question 10\n\nWe would commend it to anyone as the right set of partners.", "q10")
    ) == ("Yes")
    text = "Question 8\n\nWe do not think it is our place to pronounce on whether the vision is the right one."
    assert _stance_of(rules_alone(text, "q8")) == "Unclear"


def test_the_two_hands_weighed_after_a_verdict_are_the_way_to_it():
    hands = (
        "On the one hand, the Schedule 6 list is ready-made and familiar from the Prevent duty. On the other hand, it was "
        "designed for counter-terrorism, not for serious violence."
    )
    assert _stance_of(rules_alone(f"Question 10\n\nNo. {hands}", "q10")) == "No"
    assert _stance_of(
        rules_alone(f"Question 9\n\nYes, on balance. {hands}".replace("Schedule 6 list", "duty"), "q9")
    ) == ("Yes")
    # weighed, and no verdict given: both hands
    assert _stance_of(rules_alone(f"Question 10\n\n{hands}", "q10")) in ("Mixed", "Unclear")


def test_no_verdict_reached_or_no_line_set_is_no_view():
    text = "Question 12\n\nThe Board divided evenly and could not reach a verdict on this question."
    assert _stance_of(rules_alone(text, "q12")) == "Unclear"
    text = "Question 12\n\nThe Board has not set a national line on who else should be a statutory partner."
    assert _stance_of(rules_alone(text, "q12")) == "Unclear"
    assert (
        _stance_of(rules_alone("Question 9\n\nThe panel could reach a view quickly: the duty is right.", "q9")) == "Yes"
    )
