"""The stance lexicon: its anchor filter loses no match, other senses and reported views."""

from __future__ import annotations

import json
import re

import pytest
from conftest import LETTERS_DIR, LETTERS_ORG_DIR, STANCE_DATA

from svanalysis.ingest import stance_lexicon as lex

try:  # the regular-expression parser moved in Python 3.11
    import re._constants as C
    import re._parser as sre
except ImportError:  # pragma: no cover
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as sre  # type: ignore[no-redef]


def _hit(word: str, anchors: set[str]) -> bool:
    # at run time an anchor is looked up as the start of a word: "leav" + "ing" finds "leaving"
    return any(word[:n] in anchors for n in range(3, len(word) + 1))


def _anchored(seq, anchors, word: str = "") -> bool:
    """Whether every match of a parsed pattern spells one of ``anchors`` at the start of a word.
    A literal run carries on into a group or an alternation (the parser factors "leave|leaving"
    into "leav" + ("e" | "ing"))."""
    seq = list(seq)
    for k, (op, av) in enumerate(seq):
        if op is C.LITERAL and chr(av).isalpha():
            word += chr(av).lower()
            continue
        rest = seq[k + 1 :]
        if op is C.BRANCH:
            return all(_anchored(list(b) + rest, anchors, word) for b in av[1])
        if op is C.SUBPATTERN:
            return _anchored(list(av[-1]) + rest, anchors, word)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            once = _anchored(list(av[2]) + rest, anchors, word)
            return once if av[0] >= 1 else once and _anchored(rest, anchors, word)
        if _hit(word, anchors):
            return True
        word = ""
    return _hit(word, anchors)


def test_declared_anchors_are_words_the_index_can_find():
    # the index of anchors looks words up from their third letter on (stance_lexicon._entries_of): an entry declaring
    # only shorter anchors ("(?#anchors: do)") would never be tried (round 37 found one)
    short = [(i, a) for i, a in enumerate(lex._ANCHORS) if any(len(w) < 3 for w in a)]
    assert short == []


@pytest.mark.parametrize("i", range(len(lex.LEXICON)))
def test_every_path_of_an_entry_holds_an_anchor(i):
    """The filter tries an entry only where one of its anchors is the start of a word; so every way
    the entry can match must spell one of its anchors as a literal word."""
    pattern = lex.LEXICON[i][0]
    anchors = set(lex._ANCHORS[i])
    tree = list(sre.parse(pattern, re.I))
    branches = tree[0][1][1] if len(tree) == 1 and tree[0][0] is C.BRANCH else [tree]
    for b in branches:
        assert _anchored(b, anchors), (pattern, sorted(anchors))


def _texts():
    out = []
    for folder in (
        STANCE_DATA / "stance_letters",
        STANCE_DATA / "stance_letters_holdout",
        LETTERS_DIR,
        LETTERS_ORG_DIR,
    ):
        if folder.exists():
            out += [
                p.read_text(encoding="utf-8", errors="replace")
                for p in sorted(folder.iterdir())
                if p.suffix in (".txt", ".md", ".eml")
            ]
    out += [
        json.loads(x)["text"]
        for x in (STANCE_DATA / "stance_pairs.jsonl").read_text(encoding="utf-8").splitlines()
        if x.strip()
    ]
    from svanalysis.synth import generate

    for r in generate(150, 11):  # synthetic explanations, as the online form gets them (seeded)
        out += [v for k, v in r.slots.items() if k.endswith(".text") and isinstance(v, str)]
    return out


def test_declared_anchors_are_long_enough_to_be_looked_up():
    # a word is looked up by its starts of three letters or more, so an anchor "go" would never let its entry be tried
    short = [
        (i, word)
        for i, (pattern, *_rest) in enumerate(lex.LEXICON)
        if (m := re.match(r"\(\?#anchors:([^)]*)\)", pattern))
        for word in m.group(1).split()
        if len(word) < 3
    ]
    assert short == []


def test_the_anchor_filter_finds_what_one_big_expression_finds():
    clauses = [c for t in _texts() for c in re.split(r"(?<=[.;:!?])\s+|\n+", t) if c.strip()]
    assert len(clauses) > 500
    for c in clauses:
        assert lex.lexicon_matches(c) == lex.lexicon_matches_slow(c), c


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def test_needed_strings_worked_by_hand():
    def needed(src):
        return [sorted(s) for s in lex._needed(sre.parse(src, re.I))]

    # literal runs, most telling first; what is optional or looked around for needs nothing
    assert needed(r"\bno\s+(?:great\s+)?fan\s+of\b") == [["fan"], ["no"], ["of"]]
    assert needed(r"(?<!not\s)welcome(?=\s+it)") == [["welcome"]]
    # an alternation needs one of its alternatives' strings; one alternative needing nothing makes it need nothing
    assert needed(r"(?:heavy-handed|over the top)") == [["heavy-handed", "over the top"]]
    assert needed(r"(?:heavy|\w+)-handed") == [["-handed"]]
    # repeated at least once: needed; from zero: not
    assert needed(r"(?:very\s+)+good") == [["good"], ["very"]]
    assert needed(r"(?:very\s+)*good") == [["good"]]
    # strings without a letter, or not ASCII, are never keys
    assert needed(r"\d+%") == []
    assert needed(r"we[’']re\s+glad") == [["glad"], ["re"], ["we"]]  # (ties in order of their strings)


@pytest.mark.parametrize(
    "name",
    [
        "OTHER_SENSES",
        "NOT_CUES",
        "_NOT_CUES_MORE",
        "_ASIDE",
        "_VISION_YARDSTICK",
        "PASSIVE_REPORT",
        "_HEARSAY",
        "_REPORT_KEYS",
        "_HEARSAY_KEYS",
        "stance._COGNITION",
    ],
)
def test_a_gated_alternation_finds_what_the_whole_one_finds(name):
    from svanalysis.ingest import stance

    pattern = getattr(stance, name.split(".")[1]) if name.startswith("stance.") else getattr(lex, name)
    gated = lex.Gated(pattern)
    gated.USES_BEFORE_SPLIT = 1
    clauses = [c for t in _texts() for c in re.split(r"(?<=[.;:!?])\s+|\n+", t) if c.strip()]
    assert len(clauses) > 500
    for c in clauses + [c.lower() for c in clauses]:
        assert gated.sub(_blank, c) == pattern.sub(_blank, c), c
        found, whole = gated.search(c), pattern.search(c)
        assert (found and found.span()) == (whole and whole.span()), c


def test_a_gated_alternation_takes_the_leftmost_match_and_the_earlier_alternative_on_a_tie(tmp_path, monkeypatch):
    from svanalysis.core import patterns

    monkeypatch.setattr(patterns, "_state", {"facts": patterns._Facts(tmp_path / "facts.json")})  # a store of its own
    pattern = re.compile(r"\bthe\s+duty\b|\bduty\s+to\s+act\b|\bthe\s+duty\s+to\s+act\b|\bact\b", re.I)
    gated = lex.Gated(pattern)
    gated.USES_BEFORE_SPLIT = 1
    text = "We back the duty to act, and the Act."
    # "the duty" (the first alternative) wins at 8 over the longer third; then "act" at 20, then "Act" at 33
    assert [m.span() for m in gated._matches(text, gated.present(text))] == [(8, 16), (20, 23), (33, 36)]
    assert gated.sub(_blank, text) == pattern.sub(_blank, text)
    assert gated.present("Nothing to see.") == () and gated.search("Nothing to see.") is None
    # until it has been used on USES_BEFORE_SPLIT texts, an alternation is tried whole (a small run does not split it)
    other = re.compile(r"\bthe\s+duty\b|\bact\b", re.I)
    fresh = lex.Gated(other)
    assert fresh.present(text) is None and fresh.sub(_blank, text) == other.sub(_blank, text)
    # unless an earlier process (here the first one above) split it: then it is split at its first use
    again = lex.Gated(pattern)
    assert again.present(text) == (0, 1, 2, 3) and again.sub(_blank, text) == pattern.sub(_blank, text)
    # a text that is not ASCII gets the whole pattern
    assert gated.present("The duty – to act") is None and gated.search("The duty – to act").span() == (0, 8)


def test_a_gated_alternation_is_split_on_its_fiftieth_use(tmp_path, monkeypatch):
    # 50 uses, not 500 (7 December): the split costs a few milliseconds, a use of the whole alternation tens of
    # microseconds, so a large run no longer tries the whole of each for 500 texts first (when no earlier process
    # kept its split: a store of its own, empty)
    from svanalysis.core import patterns

    monkeypatch.setattr(patterns, "_state", {"facts": patterns._Facts(tmp_path / "facts.json")})
    pattern = re.compile(r"\bthe\s+duty\b|\bduty\s+to\s+act\b|\bact\b", re.I)
    gated = lex.Gated(pattern)
    text = "We back the duty to act."
    assert [gated.present(text) for _ in range(49)] == [None] * 49  # the whole pattern, 49 times
    assert gated.present(text) == (0, 1, 2)  # the 50th use splits it: each alternative's words are in the text
    assert gated.present("Nothing here.") == ()


def test_other_senses_are_blanked_keeping_offsets():
    text = "Victim Support and the voluntary sector told us about the voluntary approach."
    masked = lex.mask_other_senses(text)
    assert len(masked) == len(text)
    assert "Support" not in masked and "sector" not in masked and "voluntary approach" in masked
    # names hold a cue word but are no stance: blanked for cues only
    assert "preferred" in lex.mask_other_senses("the Government's preferred option")
    assert "preferred" not in lex.mask_other_senses("the Government's preferred option", cues=True)


@pytest.mark.parametrize(
    ("clause", "reported"),
    [
        ("Some members argued that Option One would be best", True),
        ("The Government prefers Option One", True),
        ("The paper says the vision is correct, and we agree", False),
        ("We think Option One would be best", False),
        ("If the Government wants to put it in law, it has my vote", False),
    ],
)
def test_reported_views(clause, reported):
    assert lex.is_reported(clause) is reported


def test_whole_word_anchors_are_spelt_as_whole_words():
    # an anchor tried only on the word itself must be followed in every pattern by a space, never by letters
    for word in lex._WHOLE_WORD_ANCHORS:
        for pattern, *_rest in lex.LEXICON:
            for m in re.finditer(rf"(?<![a-z]){word}(?![a-z])", pattern.lower()):
                assert pattern[m.end() : m.end() + 2] == r"\s", (word, pattern[max(0, m.start() - 20) : m.end() + 20])


def test_no_entry_holds_a_quantifier_turned_into_a_tuple():
    # an entry built as an f-string turns "{0,80}" into "(0, 80)": a pattern that compiles and matches nothing it
    # should (the "some ...; others ... not" entry was broken so for a session)
    damaged = [p for p, *_ in lex.LEXICON if re.search(r"\(\d+, \d+\)", p)]
    assert damaged == []


def test_some_of_the_target_and_not_others_is_mixed_but_people_divided_is_not():
    found = lex.lexicon_matches("Some of these bodies belong on the list, others do not belong there.")
    assert [(m[2], m[4]) for m in found] == [("Mixed", "mixed")]
    assert lex.lexicon_matches("Some members agree, others do not.") == []


def test_the_case_free_forms_find_what_the_patterns_find():
    # ASCII clauses are searched lower-cased with case-sensitive forms of the patterns (faster); other clauses with the
    # patterns themselves: the same entries either way
    plain = "Option One is a paper tiger."
    curly = "Option One is a paper tiger \u2013 we\u2019re sure."
    assert [(m[2], m[4]) for m in lex.lexicon_matches(plain)] == [("No", "idiom")]
    assert [(m[2], m[4]) for m in lex.lexicon_matches(curly)] == [("No", "idiom")]
    assert lex.lexicon_matches("OPTION ONE IS A PAPER TIGER.")[0][:2] == (14, 27)
    # a form is made only where it is exact: not for a pattern that needs case, spells a capital or an escaped backslash
    assert lex.case_free(re.compile(r"(?-i:[A-Z])\w+", re.I)) is None
    assert lex.case_free(re.compile(r"Option\s+One", re.I)) is None
    assert lex.case_free(re.compile(r"a\\Ab", re.I)) is None
    assert lex.case_free(re.compile(r"\bno\s+view\b")) is None  # not case-insensitive to begin with
    assert lex.case_free(re.compile(r"\bno\s+view\b", re.I)).pattern == r"\bno\s+view\b"


def test_a_capitalised_name_is_still_masked_by_case():
    # the mask of a body helped by name needs its capitals ("the Thornby Moor Youth Club"); its quick test takes any
    # case, and the mask itself decides
    assert lex.mask_other_senses("We support the Thornby Moor Youth Club with a grant.", cues=True) == (
        "We" + " " * 36 + " with a grant."
    )
    text = "we support the thornby moor youth club with a grant."
    assert lex.mask_other_senses(text, cues=True) == text
    assert lex.mask_other_senses("We support the Thornby Moor Youth Club \u2013 gladly.", cues=True).startswith(
        "We" + " " * 36 + " "
    )


def test_an_anchor_spelt_only_as_a_whole_word_is_not_tried_on_longer_words():
    # "part company" cannot match in a clause whose only word starting "part" is "partners": its entry is not tried there
    assert lex._spelt_whole(r"\bpart\s+company", "part")
    assert lex._spelt_whole(r"(?#anchors: part)\bpart\b", "part")
    # where letters may follow, or the anchor is only declared, it is tried as before
    assert not lex._spelt_whole(r"part(?:s|ed)?\s+company", "part")
    assert not lex._spelt_whole(r"part\s?nership", "part")
    assert not lex._spelt_whole(r"(?#anchors: part)partly\b", "part")
    assert not lex._spelt_whole(r"partners?\s", "part")
    # in the lookup: "part(?:s|ed|ing)?\s+company" is still tried on "parted"; an entry spelling "part" whole only is tried
    # on "part" and not on "partners"
    company = next(i for i, (p, *_r) in enumerate(lex.LEXICON) if r"part(?:s|ed|ing)?\s+company" in p)
    assert company in lex._entries_of("parted")
    whole = next(i for i, a in enumerate(lex._ANCHORS) if "part" in a and lex._entry_spells_whole(i, "part"))
    assert whole in lex._entries_of("part") and whole not in lex._entries_of("partners")
    # a declared anchor the pattern also spells as the start of a longer word ("doubts") is tried on longer words
    assert not lex._spelt_whole(
        r"(?#anchors: doubt)(?:we|i)\s+have\s+serious\s+doubts|(?:we|i)\s+doubt\s+that", "doubt"
    )
    assert lex.lexicon_matches("We have serious doubts about the proposal.") == [
        (0, 22, "No", 0.7, "evaluation", False)
    ]


def test_the_masks_of_non_cues_match_nothing_in_a_plain_verdict():
    # an empty alternative (a "|" too many where two pieces of a pattern are joined) would blank every clause: worked out
    # by hand, none of these masks has anything to blank in a plain sentence of verdict
    for text in ("We think the list is right.", "Option One would work.", "We oppose it."):
        assert lex.NOT_CUES.search(text) is None
        assert lex._NOT_CUES_MORE.search(text) is None
        assert lex.OTHER_SENSES.search(text) is None
