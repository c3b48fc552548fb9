"""The stance coder: the behaviours it must have, on sentences written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from svanalysis.ingest import stance as stance_module
from svanalysis.ingest.stance import code_letter, code_text


@pytest.mark.parametrize(
    ("qid", "text", "stance"),
    [
        # negation
        ("q9", "We do not believe a statutory duty is necessary.", "No"),
        ("q13", "We don't think a voluntary approach would be sufficient.", "No"),
        ("q11", "Nor do we think the Community Safety Partnership is the right vehicle.", "No"),
        ("q9", "We would not oppose Option One.", "Yes"),
        ("q10", "The Schedule 6 list is not the right set of partners.", "No"),
        # hedging and conditions
        ("q9", "Broadly supportive, subject to funding.", "Yes"),
        ("q11", "We could support this, provided that CSPs are properly resourced.", "Yes"),
        ("q13", "On balance we favour the voluntary approach.", "Yes"),
        # explicit partly / mixed
        ("q8", "We agree with the vision but not with its focus.", "Mixed"),
        ("q10", "Partly. Schedule 6 is a start but leaves out the fire service.", "Mixed"),
        # no view
        ("q11", "We have not reached a view on this option.", "Unclear"),
        ("q12", "It is too early to say which organisations should be added.", "Unclear"),
        ("q9", "There are arguments either way.", "Unclear"),
        # Q12: naming additions is a Yes; no need to add is a No
        ("q12", "Youth offending teams and schools should be statutory partners.", "Yes"),
        ("q12", "We see no need to add to the list.", "No"),
        # leading answers
        ("q13", "No, not on its own.", "No"),
        ("q8", "Yes, with one reservation about funding.", "Yes"),
        # support used for helping people is not a stance
        ("q11", "The families we support would not notice any difference; we do not back this option.", "No"),
    ],
)
def test_stance_of_an_answer(qid, text, stance):
    assert code_text(text, qid).stance == stance


def test_code_gives_confidence_and_evidence():
    c = code_text("We do not support Option One. It adds a burden without funding.", "q9")
    assert c.stance == "No" and 0.5 < c.confidence <= 1 and "do not support Option One" in c.evidence


def test_preference_between_options(monkeypatch):
    text = "Our first preference is Option Two. Option One would be acceptable. We are opposed to Option Three."
    codes = code_letter(text)
    # "acceptable", a lone weak verdict (confidence about 0.4), is a Yes the flip guard sends to a person as Unclear
    # with its leaning; the first preference and the opposition are confident and kept
    assert (codes["q11"].stance, codes["q9"].stance, codes["q13"].stance) == ("Yes", "Unclear", "No")
    assert codes["q9"].rule.startswith("flip risk") and "(leaning Yes; sentence read as " in codes["q9"].rule
    assert codes["q9"].confidence < 0.75 and codes["q9"].evidence == "Option One would be acceptable."
    monkeypatch.setitem(stance_module._MECHANISMS, "flip_guard", False)
    codes = code_letter(text)
    assert (codes["q11"].stance, codes["q9"].stance, codes["q13"].stance) == ("Yes", "Yes", "No")


def test_support_by_ruling_out_the_others():
    text = (
        "We have weighed the three options. A voluntary approach would not work. Nor do we think Community Safety "
        "Partnerships are the answer.\n\nHaving ruled out the other two, we would back the remaining option."
    )
    codes = code_letter(text)
    assert (codes["q9"].stance, codes["q11"].stance, codes["q13"].stance) == ("Yes", "No", "No")


def test_questions_a_letter_never_discusses_are_missing():
    codes = code_letter("We welcome the consultation. Of the three options, our preference is for the third.")
    assert codes["q13"].stance == "Yes"
    assert codes["q9"].stance is None and codes["q11"].stance is None and codes["q10"].stance is None


def test_a_list_of_the_topics_a_letter_covers_is_coded_without_error_and_gives_no_stance():
    # a duty named beside CSP membership (Q12) and CSPs: Q11 is set aside for Q12 first, and the rule
    # that then weighs the duty against Option Two looked Q11 up after it had gone (StopIteration)
    text = (
        "It covers the vision, the duty on health bodies, the Schedule 6 list and the membership of "
        "Community Safety Partnerships."
    )
    with pytest.MonkeyPatch.context() as mp:
        mp.setitem(stance_module._MECHANISMS, "model", False)  # the rules alone
        assert {q: c.stance for q, c in code_letter(text).items()} == dict.fromkeys(
            ["q8", "q9", "q10", "q11", "q12", "q13"]
        )
    # as shipped, a reading of the sentence classifier at most, which goes to a person
    assert all(c.stance is None or (c.method == "model" and c.confidence < 0.75) for c in code_letter(text).values())


def test_ranking_reads_each_item_with_its_target():
    text = (
        "In order of preference:\n\nFirst, Option Three. This would best achieve the vision.\n\n"
        "Second, Option One. We do not think this would best achieve the vision.\n\n"
        "Third, Option Two. This would not work."
    )
    codes = code_letter(text)
    assert (codes["q13"].stance, codes["q9"].stance, codes["q11"].stance) == ("Yes", "No", "No")


# Fresh letters in the styles of real responses, labelled by hand before the coder was run on them.
FRESH = [
    (
        "As the lead for community safety in a large metropolitan borough, I can say that the Council welcomes the vision. "
        "We are, however, unconvinced that a 'due regard' duty would change behaviour. The better route is through the "
        "Community Safety Partnership, which already has the right partners round the table.",
        {"q8": "Yes", "q9": "No", "q11": "Yes"},
    ),
    (
        "Our trust has considered the options carefully. A voluntary arrangement has been tried and has failed in our area. "
        "We therefore cannot support Option Three. We would prefer the legal duty set out as Option One.",
        {"q13": "No", "q9": "Yes"},
    ),
    (
        "The vision is too narrow: it says almost nothing about domestic abuse. As for the options, we think Option Two is "
        "the most practical, although Option One would also be workable.",
        {"q8": "No", "q11": "Yes", "q9": "Yes"},
    ),
    (
        "We have no settled view on whether Schedule 6 lists the right bodies. We do believe that housing providers should "
        "become statutory partners of Community Safety Partnerships.",
        {"q10": "Unclear", "q12": "Yes"},
    ),
    (
        "Speaking as a headteacher, I do not want schools to be placed under another Prevent-style duty. I oppose Option One. "
        "Working together voluntarily, with proper funding, is what I would support.",
        {"q9": "No", "q13": "Yes"},
    ),
    (
        "We partly agree with the vision. We reject the idea that the voluntary approach could achieve anything meaningful.",
        {"q8": "Mixed", "q13": "No"},
    ),
]


def test_fresh_letters_agree_with_careful_labels():
    agree = total = flips = 0
    for text, labels in FRESH:
        codes = code_letter(text)
        for qid, stance in labels.items():
            total += 1
            got = codes[qid].stance
            agree += got == stance
            flips += {got, stance} == {"Yes", "No"}
        for qid in {"q8", "q9", "q10", "q11", "q12", "q13"} - set(labels):
            assert codes[qid].stance is None, (text[:40], qid)
    assert agree / total >= 0.85
    assert flips == 0


def test_online_text_only_answers_are_coded_with_method_rule(example_processed):
    r = pd.read_parquet(example_processed / "responses.parquet")
    coding = pd.read_parquet(example_processed / "coding.parquet")
    rule = r[(r["q9_option_one_method"] == "rule") & (r["channel"] == "online")]
    assert len(rule) >= 1
    assert rule["q9_option_one_text"].notna().all()
    got = coding[coding["question"] == "q9"].set_index("respondent_id")
    assert set(rule["respondent_id"]) <= set(got.index)
    assert got["evidence"].notna().all() or (got["stance"] == "Unclear").any()


def test_every_match_of_a_gated_verdict_pattern_holds_one_of_its_gate_words():
    # the gates skip a pattern when none of its words is in the clause; a gate that a match can lack
    # would lose that verdict. Checked on every sentence of the project's own letters and pairs, and on
    # sentences written to hit each pattern's alternatives.
    import json
    from pathlib import Path

    from svanalysis.ingest import stance

    data = Path(__file__).resolve().parent / "data"
    texts = [p.read_text(encoding="utf-8") for p in sorted((data / "stance_letters").glob("*.txt"))]
    texts += [json.loads(x)["text"] for x in (data / "stance_pairs.jsonl").read_text().splitlines() if x.strip()]
    texts += [
        "Our answer to question 9 is a qualified 'yes'. Yes from me. No from us. Our reply is no.",
        "We broadly support it and we agree; we favour it, are in favour, subscribe to it, are all for it.",
        "I would accept it; we are persuaded by it; it has to be the first; our preference is for it; we prefer it.",
        "We would back it and endorse it; it would best achieve the vision; it is most likely to work; it makes sense.",
        "It is the right approach; it can deliver; it is badly needed; we welcome it; it is a good idea; it would work.",
        "It is enough; it is about right; it would help; it is acceptable. We oppose it; we object to it; we reject it.",
        "It won't work; we are unconvinced and sceptical; it is not working; it is unnecessary and counter-productive.",
        "It is not enough, not on its own; it would add to the burden and risks duplicating; it is too narrow.",
        "It overlooks and neglects the point and fails to address it, and leans too heavily on schools.",
        "The forum voted for it; the committee voted against it.",
        "We urge the Government to proceed with it. We ask the Government not to proceed with it. We urge you to adopt it.",
        "Make it a legal requirement. It would protect children. It would work best; it works best; it would be best.",
        "We like it; I don't like it; we really dislike it.",
        "The duty - yes please.",
        "It isn't working, so no.",
        "Not for me.",
        "I want it. We're fully behind it. Our recommendation is the third option. It is the wrong list.",
        "Option two yes.",
        "Option two no.",
        "It should be the law.",
        "Yes to that. The council says yes. No to that.",
        "The duty? Absolutely not.",
        "Leave it alone, so no.",
        "We hope the Government will proceed with it. We hope the Government does not proceed with it.",
        "It is the answer. Far better to give it to them. We would resist it. I'm for putting it in law.",
        "The Board is in full sympathy with it. The Council's preferred route is the second.",
        "I would plump for the second. Fair enough, that is who it should be.",
        "My view is do it. Don't do it. With respect, we see it differently.",
        "Ministers should get on with it.",
        "The vision, yes.",
        "The focus, no.",
        "Do it.",
        "Don't do it.",
        "Yes to the legal duty.",
        "No to Option Two.",
    ]
    for pat, _w, gate in stance._C_POS + stance._C_NEG:
        if not gate:
            continue
        for text in texts:
            for m in pat.finditer(text):
                assert any(g in m.group(0).lower() for g in gate), (pat.pattern[:60], m.group(0))
    unclear_probes = [
        "We do not offer a view; we will not give one now; we are not able to say; 7 for, 7 against.",
        "Our members could not agree on it; we are divided on it; we do not feel qualified to comment.",
        "We would not want to take a position on it.",
    ]
    for pat, _w, gate in stance._C_UNCLEAR:
        if gate:
            hits = [m.group(0) for t in texts + unclear_probes for m in pat.finditer(t)]
            assert hits, pat.pattern[:60]
            assert all(any(g in h.lower() for g in gate) for h in hits), (pat.pattern[:60], hits)
    # and the probes above do reach most gated patterns (the check is not vacuous)
    hit = sum(any(pat.search(t) for t in texts) for pat, _w, gate in stance._C_POS + stance._C_NEG if gate)
    assert hit >= 0.9 * sum(1 for *_x, gate in stance._C_POS + stance._C_NEG if gate)


def test_a_text_the_coder_fails_on_is_coded_unclear_for_review_not_raised(monkeypatch):
    # one sentence the rules cannot handle must not stop the run: its questions go to a person
    from svanalysis.core.spec import load_spec
    from svanalysis.ingest import stance

    spec = load_spec()
    qs = spec.stance_questions
    frame = pd.DataFrame({"respondent_id": ["r1", "r2"], "letter_text": [pd.NA, "Option Two is the answer."]})
    for q in qs:
        frame[q.columns["value"]] = pd.Series([pd.NA, pd.NA], dtype="object")
        frame[q.columns["method"]] = pd.Series([pd.NA, pd.NA], dtype="object")
        frame[q.columns["text"]] = pd.Series(
            ["We support it.", pd.NA] if q.id == "q9" else [pd.NA, pd.NA], dtype="object"
        )

    def broken(*args, **kwargs):
        raise StopIteration

    monkeypatch.setattr(stance, "code_letter", broken)
    with pytest.warns(RuntimeWarning, match="stance coder failed on a text"):
        out, coding = stance.code_stances(frame, spec)
    # the explanation is coded as before; the letter's failure is one Unclear code, confidence 0, for review
    assert out.loc[0, "q9_option_one"] == "Yes"
    failed = coding[coding["respondent_id"] == "r2"]
    assert len(failed) == 1 and failed["stance"].iloc[0] == "Unclear"
    assert failed["confidence"].iloc[0] == 0.0 and bool(failed["needs_review"].iloc[0])
    assert failed["rule"].iloc[0].startswith("coder error (StopIteration")
    assert failed["rule"].iloc[0].endswith("the whole letter") and failed["question"].iloc[0] == "q8"


def test_clear_caches_lets_a_mechanism_switched_off_take_effect():
    # the coder remembers clauses and their targets; after a mechanism is switched off (as the evaluation's ablation
    # does), ``clear_caches`` makes the next reading use the switch, and after it is switched back the reading returns
    text = "Option One is a paper tiger."
    assert code_letter(text)["q9"].stance == "No"
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setitem(stance_module._MECHANISMS, "lexicon", False)
            stance_module.clear_caches()
            assert code_letter(text)["q9"].stance is None  # the idiom is the lexicon's
    finally:
        stance_module.clear_caches()
    assert code_letter(text)["q9"].stance == "No"


def test_a_clause_read_again_is_read_from_the_cache():
    # the coder reads a clause once and remembers it (``_cues_ex``, one of the caches ``clear_caches`` empties): round 52
    # had put a helper between the function and its cache's decorator, each clause read again for every question, the
    # codes the same and the coder a third slower
    stance_module.clear_caches()
    code_letter("Option One is a paper tiger.\n\nOption One is a paper tiger.")
    assert stance_module._cues_ex.cache_info().hits >= 1


def test_a_sentence_met_again_is_read_from_the_cache():
    # what is asked of a sentence alone (is it about the response itself? a question quoted back? a ranking?) is
    # remembered: the same sentence recurs across answers (a campaign's text, a letter's closing lines)
    stance_module.clear_caches()
    code_text("This response was agreed by our board. We support Option One.", "q9")
    code_text("This response was agreed by our board. We oppose Option One.", "q9")
    assert stance_module._administrative.cache_info().hits >= 1
    assert stance_module._echoed.cache_info().hits >= 1
    assert code_text("This response was agreed by our board. We oppose Option One.", "q9").stance == "No"


def test_sentences_are_split_where_the_break_pattern_splits_them():
    # ``_split_sentences`` asks the break's pattern only after a stop: the same pieces as splitting with it everywhere
    split = stance_module._split_sentences
    assert split('He said "No." Then he left.') == ['He said "No."', "Then he left."]
    assert split("Yes.  No! Why? 10 reasons.") == ["Yes.", "No!", "Why?", "10 reasons."]
    # after a closing quotation mark only before a capital, and not before a ballot's tally
    assert split('It is "fine." then more.') == ['It is "fine." then more.']
    assert split('"Would it work?" Yes 8, No 8.') == ['"Would it work?" Yes 8, No 8.']
    assert split("No full stop here") == ["No full stop here"]
    texts = [
        "We agree.) And so on. e.g. this.\tNext.",
        "It works.\u201d Next one. \u2018Quoted.\u2019 Then.",
        "Q9? Yes. No! 10. (a) fine. . . and.",
    ]
    for t in texts:
        assert split(t) == stance_module._SENTENCE_BREAK.split(t), t


def test_the_quick_absence_test_never_hides_a_match(monkeypatch):
    # ``_surely_absent`` may only say "absent" where the pattern finds nothing; asked once its needed strings are
    # worked out (at once here) and before (the pattern's case-free form alone)
    import re

    pat = re.compile(r"\bno\s+(?:great\s+)?fan\s+of\b", re.I)
    monkeypatch.setattr(stance_module, "_ASKED_BEFORE_NEEDS", 1)
    stance_module._ABSENCE.pop(id(pat), None)
    for _ in range(2):  # (the first ask works out the needs, the second uses them)
        assert stance_module._surely_absent(pat, "we are no great fan of it", True) is False
        assert stance_module._surely_absent(pat, "we are fans of it", True) is True  # no "no"
        # (every needed word there, "no", "fan", "of", but never in the pattern's order: the case-free form decides)
        assert stance_module._surely_absent(pat, "no, of course we are not a fan", True) is True
        assert stance_module._surely_absent(pat, "nous ne sommes pas fans — no fan of", False) is False  # not ASCII
    texts = [
        "We are no fan of the duty.",
        "Fans of the duty are few; we are not among them.",
        "No, not a fan.",
        "We would not support Option Two.",
        "We support Option Two, though not without reservations.",
    ]
    for p, *_rest in stance_module._C_POS_FAST + stance_module._C_NEG_FAST:
        for t in texts:
            if stance_module._surely_absent(p, t.lower(), True):
                assert p.search(t) is None, (p.pattern[:80], t)
    # the keys of a parenthetical, looked up through the clause's runs of letters, answer as their alternation does
    for t in [*texts, "It is, in our view, the right list.", "It would, for the time being, do.", "Honestly, no."]:
        low = t.lower()
        assert stance_module._PAREN_KEYSET.any(low) == bool(stance_module._PAREN_KEYS.search(low)), t
