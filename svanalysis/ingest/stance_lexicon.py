"""The stance coder's lexicon: evaluative words and idioms, other senses of cue words, reported views.

Kept apart from ``code.py`` because it is data with a little grammar, and grows by itself: a new
idiom is one line here. Each entry is a regular expression (case-insensitive, matched on word
boundaries), the stance it expresses when its object is the target, a weight (how reliable the
entry is on its own, 0-1: it feeds the confidence) and a kind, which names the rule in the
evidence a reviewer sees:

- ``evaluation``: an evaluative predicate ("premature", "sound", "heavy-handed", "persuasive");
- ``idiom``: a fixed expression ("a paper tiger", "a step in the right direction", "gets our vote");
- ``consequence``: what the target would do ("would add to the workload", "risks duplicating",
  "would make a real difference"); weaker on its own, since a consequence can be a side remark;
- ``mixed`` / ``unclear``: the respondent is explicitly both for and against ("a curate's egg",
  "half a loaf"), or declines to judge ("sit on the fence", "no recommendation", "evenly divided").

The lexicon is general English of evaluation as written in consultation responses, not a list of the
development letters' phrases. Entries whose own words carry the negation ("no fan of", "would not
help") are not turned round again by a negation before them; the others are (``negatable``): "not
a step forward" is No, "far from a burden" is Yes.

``OTHER_SENSES`` are spans blanked out before targets and cues are looked for, because the cue
word in them has another sense: "Victim Support", "support for victims", "we support 180 girls",
"the voluntary and community sector", "the Government's preferred option" (a name, not an
endorsement), "we welcome the opportunity to respond". ``REPORTED`` finds clauses that report
somebody else's view ("the Government prefers", "some members argued", "the paper says"): their
cues are not the respondent's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import Any

from svanalysis.core import patterns as rx
from svanalysis.ingest.stance_syntax import MAJORITY

__all__ = [
    "CONTRAST",
    "DIVIDED_ONCE",
    "GOVERNMENT_CHOICE",
    "IRONY_FRAGMENT",
    "LEXICON",
    "NOT_CUES",
    "NOT_SOME_PEOPLE",
    "OTHER_SENSES",
    "OWN_POSSESSIVE",
    "PASSIVE_REPORT",
    "REPORTED",
    "SIDE_LABEL",
    "SWOT_QUARTER",
    "Entry",
    "argument_label",
    "is_reported",
    "lexicon_matches",
    "mask_for_classifier",
    "mask_other_senses",
    "report_keys",
]

Entry = tuple[str, str, float, str, bool]  # pattern, stance, weight, kind, negatable

# praise as a sentence of its own, said of what came just before in irony (round 46): "Another statutory duty. Marvellous."
# (a cue in the lexicon; for the coder, a pronoun for the target just named)
IRONY_FRAGMENT = (
    r"^\W*(?:oh\s+)?(?:marvellous|wonderful|splendid|brilliant|fantastic|terrific|lovely|how\s+(?:reassuring|novel|original|"
    r"refreshing)|of\s+course|naturally)\s*[.!]+\W*$"
)
# a quarter of a SWOT analysis by name (round 46): "Strengths", "Key weaknesses", "Opportunities", "Threats"
SWOT_QUARTER = r"(?:key\s+|main\s+)?(?:strengths?|weaknesses|opportunit(?:y|ies)|threats?)"

_A = r"(?:a|an|the)\s+"
# where the work or the duty should go (round 48): "come through", "sit with", "be routed through", "be led by"
_SENT_THROUGH = (
    r"(?:(?:come|go|run|flow|be\s+routed|be\s+channelled|be\s+delivered|be\s+led|be\s+coordinated)\s+(?:through|via)"
    r"|(?:sit|rest|lie|be\s+held|be\s+placed|be\s+hosted|be\s+based|be\s+anchored)\s+with|be\s+(?:led|coordinated|held)\s+by)\b"
)
# the last word of a subject that can be a target: an option's noun or number, a pronoun for one (not a part of
# them: "some partnerships are weak", "much of it is good")
_TARGET_SUBJECT = (
    r"(?<!\bsome\s)(?<!\bmany\s)(?<!\bmost\s)(?<!\bfew\s)(?<!\bseveral\s)(?<!\bother\s)(?<!\bof\s)\b(?:it|this|that|they|these|those|one|two|three|first|second|third|option|options|approach|route|duty|proposal|"
    r"proposals|model|vision|list|focus|idea|both|all)\s+"
)


# "some" not followed by people ("some members", "some of our trustees"): "some of these bodies ...; others ..." is
# a judgement of parts of a thing, "some members felt ...; others did not" a split among people
NOT_SOME_PEOPLE = (
    r"(?!(?:of\s+(?:our|the|us)\s+)?(?:members|trustees|colleagues|people|staff|partners|respondents|governors|"
    r"officers|councillors|of\s+us|parents|residents)\b)"
)


def _just_after(
    *words: str, clause_start: bool = False, after_stop: bool = False, word_ends: tuple[str, ...] = ()
) -> str:
    """A look-behind for each of ``words`` followed by a space (Python's ``re`` needs a fixed width for each), joined,
    so that an entry starts at its verb and an earlier entry starting there wins; ``clause_start`` and ``after_stop``
    also let it start the clause or follow a stop, ``word_ends`` follow the end of a word ("n't").

    >>> print(_just_after("so", clause_start=True))
    (?:(?<=^)|(?<=\\bso\\s))
    >>> [bool(re.search(_just_after("so", clause_start=True) + "give", t)) for t in ("give it", "so give it", "to give it")]
    [True, True, False]
    """
    parts = ["(?<=^)"] * clause_start + ["(?<=[.;:!]\\s)"] * after_stop + [f"(?<=\\b{w}\\s)" for w in words]
    parts += [f"(?<={e}\\s)" for e in word_ends]
    return "(?:" + "|".join(parts) + ")"


# where a verb is asked for rather than told of (round 41): at the clause's start, after "should" or "must", or after
# the respondent's own "would" ("Give the CSP the job", "we would give them the duty"; not "the paper would put the
# duty on ...")
_ASKING = _just_after(
    "should",
    "must",
    "we would",
    "i would",
    "we'd",
    "i'd",
    "and",
    "so",
    "just",
    "simply",
    "then",
    "please",
    clause_start=True,
    after_stop=True,
)

# a ranking that is the respondent's (round 41): after "we", "I", their "would", or at the clause's start
_OWN_RANKING = _just_after("we", "i", "would", "we'd", "i'd", "then", clause_start=True)
# ... of an object that names an option, within its first seven words
_RANKED_TARGET = (
    r"(?=(?:[\w'-]+\s+){0,6}?(?:option|options|duty|duties|route|approach|model|partnerships?|csps?|proposals?|"
    r"voluntary|statutory|legislative|non-statutory|non-legislative)\b)"
)
# the two together, up to the place the target is put in ("first", "last")
_RANKED_NAMED = (
    r"(?#anchors: rank ranks ranked put place)"
    + _OWN_RANKING
    + r"(?:rank|ranks|ranked|put|place)\s+"
    + _RANKED_TARGET
    + r"(?:the|option)\s+(?:(?!not\b|no\b)[\w'-]+\s+){0,6}?"
)

# round 14's families: a modal or "risk" just before the verb (a fixed-width look-behind each, so the entry starts at
# the verb and one listed earlier that starts there wins), and the harms a proposal can bring about or undo
_AFTER_MODAL = _just_after(
    "would",
    "will",
    "could",
    "might",
    "may",
    "can",
    "risk",
    "risks",
    "risking",
    "only",
    "just",
    "simply",
    "also",
    "merely",
    "inevitably",
    "likely to",
    "bound to",
    "soon",
    "quickly",
    "surely",
    "probably",
    "actually",
    "not",
    "never",
    word_ends=("n't",),
)
_HARM = (
    r"(?:(?:postcode\s+)?lottery|bureaucracy|red\s+tape|paperwork|box[- ]?ticking|tick[- ]?box(?:ing|\s+exercises?|\s+culture)?|"
    r"duplication|confusion|burdens?|workloads?|delays?|gaps|fragmentation|silos|inconsistenc(?:y|ies)|patchwork|"
    r"buck[- ]passing|defensive(?:ness|\s+practice)|risk[- ]aversion|friction|overlap|complexity|turf\s+wars?|"
    r"stigma|mistrust|distrust|disengagement|criminali[sz]ation|net[- ]widening|resentment|chaos|muddle|"
    r"(?:a\s+)?(?:culture\s+of\s+compliance|compliance\s+culture)"
    # round 27: "would cause real difficulty here", "would generate uncertainty and litigation"
    r"|difficulty|difficulties|uncertainty|litigation|legal\s+challenges?|disruption)"
)

# where the respondent parts company with the paper ("Where I fall out with you is ..."): what follows "is" decides
# whether the whole target is rejected or one part of it (the entries below)
_WHERE_WE_DIFFER = (
    # (or a body, in the third person, round 31: "Where it parts company with the paper is the focus")
    r"(?#anchors: company differ differs disagree disagrees depart departs issue out bus)where\s+(?:(?:i|we)\s+(?:really\s+)?"
    r"(?:part\s+company|differ|disagree|depart|take\s+issue|fall\s+out|get\s+off\s+the\s+bus)|(?:it|the\s+(?:authority|council|board|"
    r"trust|partnership|service|force|association|federation|network|forum|charity|commissioner|group))\s+(?:really\s+)?(?:parts\s+company|"
    r"differs|disagrees|departs|takes\s+issue|falls\s+out))\s+(?:(?:with|from)\s+(?:it|them|you|the\s+(?:paper|government|"
    # (the paper, not another body: "Where we part company with the Federation is on the Community Safety Partnership"
    # sets the respondent against the Federation, round 37)
    r"consultation|department|document|proposals?|vision|options?|home\s+office|minister|ministers))\s+)?is"
)
# what a respondent who knows too little would do: "too limited for us to offer a view" (the Unclear entry below; the
# "too limited" evaluations here and in ``stance`` stop before it)
# a division that was, not one that is: "were divided on this at first, but after discussion ..." (round 28)
DIVIDED_ONCE = r"(?![^.;]{0,40}?\b(?:at\s+first|initially|to\s+begin\s+with|at\s+the\s+outset)\b)"
FOR_US_TO_JUDGE = r"for\s+(?:us|me)\s+to\s+(?:say|judge|comment|offer|give|form|take|reach|express|venture|have)\b"
NOT_FOR_US_TO_JUDGE = rf"(?!\s+(?:\w+\s+){{0,2}}?{FOR_US_TO_JUDGE})"

# the respondent (or its members, its board) ranking an option (round 47): "Members place the partnership route ..."
_RANKED_BY_US = (
    r"\b(?:we|i|members|(?:our|the)\s+(?:members|board|committee|council|trust|panel|group|forum|network|partnership|trustees|"
    r"governors))\s+(?:would\s+|also\s+|therefore\s+|clearly\s+|firmly\s+|unanimously\s+)?(?:place|places|placed|put|puts|"
    r"rank|ranks|ranked)\s+(?:the\s+|this\s+|that\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?"
)

# a cleft on what would make the difference (round 31; the thing named after "is" is the target judged)
_WHAT_MAKES_THE_DIFFERENCE = (
    r"(?#anchors: what)\bwhat\s+(?:would|will|could|might)\s+(?:really\s+)?make\s+(?:the|a|all\s+the)\s+(?:real\s+|biggest\s+|"
    r"greatest\s+|most\s+)?difference\s+(?:here\s+|now\s+)?(?:is|would\s+be)"
)

# a view of the respondent's own withdrawn: "we withdraw our earlier support for", "withdrew our objection to" (round 36)
_WITHDRAWN = (
    r"(?#anchors: withdraw withdraws withdrew withdrawing withdrawn)(?:withdraw|withdraws|withdrew|withdrawing|withdrawn)\s+"
    # (or the draft's, round 37: "The Board has therefore withdrawn the draft's endorsement of Option One")
    r"(?:our|my|its|their|the|(?:the\s+|our\s+)?(?:(?:earlier|original|first|april)\s+)?draft['’]s)\s+"
    r"(?:earlier\s+|previous\s+|initial\s+|original\s+|qualified\s+|provisional\s+)?"
)

LEXICON: list[Entry] = [
    # ------------------------------------------------------------------ explicit mixed / unclear
    # round 30 (listed first: "we want" starts at the same word). No part of it wanted: "If the third option means more of
    # the same, we want no part of it"
    (
        r"(?#anchors: part)(?:\b(?:we|i|they)\s+)?\b(?:want|wants|wanted)\s+no\s+part\s+(?:of|in)\b",
        "No",
        0.85,
        "preference",
        False,
    ),
    # far less of it in another respect, as a reservation opening its clause: "We see merit in the option so far as
    # hospital trusts are concerned, but far less in how it would bear on primary care"
    (
        r"(?#anchors: less)^\W*(?:far|much|considerably|rather|a\s+good\s+deal)\s+less\s+(?:so\s+)?(?:in|for|about|when|where|as\s+to)\b",
        "No",
        0.6,
        "evaluation",
        False,
    ),
    # round 30 (listed first: an entry for the first half starts at the same word). Something for it and something against
    # it: "The voluntary option has something going for it and something against it"
    (
        r"(?#anchors: something)(?:\b(?:has|have|had)\s+)?\bsomething\s+(?:going\s+)?for\s+it\s+and\s+something\s+(?:going\s+)?against\s+it\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # round 30 (listed first: "I would rather" starts at the same word). A different vision wished for: "I would rather the vision started from what young people need"
    (
        r"(?#anchors: rather prefer)(?:\b(?:we|i)\s+)?\b(?:would\s+rather|would\s+prefer|'d\s+rather)\s+(?:that\s+)?(?:the|this|its)\s+(?:vision|list|focus|paper)\s+"
        r"(?:started|began|were|was|did|had|focused|looked|took|put|said)\b",
        "No",
        0.7,
        "preference",
        False,
    ),
    # one part right, another wrong: "The vision gets the method right and the target wrong" (round 26)
    (
        # (round 36: up to seven words each side, "gets the criminal justice and local authority bodies right and the health
        # bodies wrong")
        r"(?#anchors: right wrong)(?:gets?|got|has|have)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){1,7}?(?:right|wrong)\s*,?\s+(?:and|but)\s+"
        r"(?:the\s+|its\s+)?(?:[\w-]+\s+){1,7}?(?:right|wrong)\b"
        # (or right and missing something: "Schedule 6 gets the providers right and misses out the commissioners", round 30)
        r"|(?:gets?|got)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){1,3}?right\s*,?\s+(?:and|but)\s+(?:misses|leaves\s+out|omits|overlooks)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # round 28 (listed before "go along with", which starts at the same word). Support that goes only part of the
    # way: "I can only go along with the vision in part", "we agree with it only in part" (not a reason given in part:
    # "we support it in part because ...")
    (
        # (or for it, or its backing: "We are for this option only in part", "it has our backing in part", round 31)
        r"(?#anchors: along agree accept endorse back support for backing)(?:go\s+along\s+with|agree\s+with|accept|endorse|back|support|"
        r"(?:are|am|is)\s+(?:therefore\s+|thus\s+|so\s+|also\s+)?for|(?:has|have)\s+(?:our|my|their)\s+(?:backing|support))\s+"
        r"(?:[\w'’-]+\s+){0,4}?(?:only\s+)?in\s+part\b(?!\s+(?:because|by|through|as|due|owing|thanks)\b)",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # round 45: for one thing and against another in the same breath: "We are therefore for the principle and against the
    # option as currently framed" (not "for prevention and against knife crime": both sides need a target's word)
    (
        r"(?#anchors: against)\b(?:(?:we|i)\s+(?:are|am)|we're|i'm)\s+(?:therefore\s+|thus\s+|so\s+|also\s+)?for\s+"
        r"(?:the\s+|its\s+|this\s+|that\s+|a\s+)?(?:principle|aims?|idea|intention|duty|option|approach|vision|list|proposals?|it)\b"
        r"(?:\s+[\w'’-]+){0,6}?,?\s+(?:and|but)\s+against\s+(?:the\s+|its\s+|this\s+|that\s+|a\s+)?"
        r"(?:detail|drafting|option|approach|duty|list|proposals?|it|method|means|mechanism|way|form|shape|focus)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # round 28 (listed before "has real merit", which starts at the same word). Merit and weakness both: "Option One has
    # real merit and a real weakness"
    (
        r"(?#anchors: merit merits strengths strength advantages advantage attractions attraction)\b(?:has|have|had|with)\s+(?:both\s+)?"
        r"(?:(?:a|an|one|two|some)\s+)?(?:real\s+|genuine\s+|some\s+|considerable\s+|obvious\s+|clear\s+)?(?:merits?|strengths?|advantages?|attractions?)\s+and\s+"
        r"(?:a\s+|an\s+|some\s+|one\s+|two\s+)?(?:real\s+|genuine\s+|serious\s+|obvious\s+|clear\s+)?(?:weakness(?:es)?|drawbacks?|flaws?|"
        r"disadvantages?)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    (
        r"a\s+curate'?s\s+egg|good\s+in\s+parts|half\s+a\s+loaf|a\s+mixed\s+blessing|a\s+double[- ]edged\s+sword",
        "Mixed",
        0.9,
        "idiom",
        False,
    ),
    # support said to be partial: "Our support for Option One is therefore partial", "our qualified support", "yes in
    # part"
    (
        # (or a welcome, qualified, round 49: "the legal duty earns a welcome from us, but a qualified one")
        r"(?#anchors: partial qualified lukewarm hearted part welcome)(?:partial|qualified|lukewarm|half[- ]hearted)\s+(?:support|backing|endorsement|welcome|"
        r"agreement)\b|(?:support|backing|agreement)\s+(?:(?:for|with)\s+[^,;:.]{1,60}?\s+)?(?:is|was|would\s+be)\s+(?:therefore\s+|only\s+|at\s+best\s+|"
        r"no\s+more\s+than\s+)?(?:partial|qualified|lukewarm|half[- ]hearted)\b|\byes\s+in\s+part\b|\bin\s+part\s+yes\b"
        r"|\bwelcome\s+(?:from\s+(?:us|me)\s*)?,?\s+but\s+a\s+(?:qualified|partial|guarded|cautious|lukewarm|limited)\s+one\b",
        "Mixed",
        0.9,
        "idiom",
        False,
    ),
    # an endorsement, named as such (round 49): "I mean that as a strong endorsement of it", "this is a clear endorsement";
    # not a disclaimer ("This should not be read as an endorsement of Option One", "we do not see it as an endorsement": no
    # view given), nor "is not an endorsement"
    (
        r"(?#anchors: endorsement)(?<!\bread\s)(?<!\btaken\s)(?<!\bseen\s)(?<!\bsee\s)(?<!\bregarded\s)(?<!\bregard\s)"
        r"(?<!\bconstrued\s)(?<!\bunderstood\s)(?<!\binterpreted\s)(?<!\bnot\s)"
        r"\b(?:as|is|was|be|amounts\s+to|constitutes)\s+(?:a|an)\s+(?:(?:strong|clear|warm|ringing|"
        r"wholehearted|whole-hearted|full|unqualified|genuine|real|firm)\s+)?endorsement\b"
        r"(?!\s+(?:of|from)\s+(?:the\s+)?(?:government|home\s+office|ministers?|department)\b)",
        "Yes",
        0.8,
        "verdict",
        True,
    ),
    # "we agree with it as far as it goes", "only half a vision": right, but not enough; "is only half of a vision", "at
    # best half an answer" (round 29; "half of", "at best" said of its subject: "partnerships that look at only half of
    # the picture" is what something would produce)
    (
        r"(?#anchors: half)(?:only\s+half\s+(?:a|an|the)\s+"
        r"|(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bbe\s)|(?<=\bseems\s)|(?<=\bremains\s))(?:only|just|at\s+best|no\s+more\s+than|"
        r"little\s+more\s+than)\s+half\s+(?:of\s+)?(?:a|an|the)\s+)"
        r"(?:vision|answer|solution|strategy|plan|list|story|picture|job|duty)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # "where I part company with the paper is the duty itself": the whole of what follows is rejected
    (
        _WHERE_WE_DIFFER + r"\s+(?:the\s+|a\s+|any\s+)?(?:[\w'’-]+\s+){0,4}?(?:itself|themselves|as\s+such)\b",
        "No",
        0.8,
        "evaluation",
        False,
    ),
    # ... and where what follows is an option itself: "Where I fall out with you is making it a law that ..."
    (
        # (or the idea that it works, or the remedy, round 45: "Where we part company with the paper is on the idea that a legal
        # duty on councils ... is the lever", "Where we part company with the Government is on the remedy")
        _WHERE_WE_DIFFER + r"\s+(?:(?:on|over|with)\s+)?(?:the\s+idea\s+(?:of|that)\s+)?"
        r"(?:(?:bringing\s+in|introducing|creating|imposing|placing|putting)\s+)?(?:making\s+it\s+(?:a\s+)?law|legislating|(?:a|any|the)\s+new\s+(?:law|legal\s+duty|duty|statutory\s+duty)|the\s+(?:new\s+)?[\"“'‘]?\s*[\"”'’]?\s*duty\b(?!['’]s|\s+(?:to|of|on|for|in)\b)|"
        r"(?:a|any|the)\s+(?:legal|statutory)\s+duty|the\s+(?:remedy|prescription|cure)\b|the\s+idea\s+that\b|option\s+(?:one|two|three|1|2|3)|"
        # (or legislation, what the paper proposes, round 45: "Where I part company with the paper is on legislation"; or the
        # duty, its "due regard" blanked as a name, round 49: 'Where I part company with the paper is the "due regard" duty')
        r"legislation\b|"
        r"the\s+(?:first|second|third)\s+option|handing\s+it|leaving\s+it|"
        # "... is the proposal to write a new 'due regard' duty into law for schools"
        r"the\s+(?:proposal|plan|idea|suggestion|proposed)\s+(?:to|for|of)\s+[^.;]{0,40}?(?:duty|law|legislat\w*|statute))\b",
        "No",
        0.8,
        "evaluation",
        False,
    ),
    # ... and where what follows is the list (round 47): "Where I part company with the paper is Annex A", "Where we part company
    # with the paper is in borrowing the list of bodies from the Counter-Terrorism and Security Act 2015"
    (
        _WHERE_WE_DIFFER
        + r"\s+(?:(?:in|on|over|with)\s+)?(?:(?:borrowing|using|reusing|re-using|copying|taking|adopting)\s+)?"
        r"(?:the\s+|its\s+)?(?:annex\s+a|schedule\s+6|(?:[\w'’-]+\s+){0,2}?list\s+of\s+(?:bodies|organisations|partners|"
        r"specified\s+authorities|authorities)|(?:proposed\s+|schedule\s+6\s+)?list)\b",
        "No",
        0.8,
        "evaluation",
        False,
    ),
    # something welcomed in it, and something that worries (round 47): "There is much in the non-legislative approach that we
    # would welcome, and much that worries us", "a good deal in the voluntary approach that we would welcome, and some that
    # worries us"
    (
        r"(?#anchors: much lot deal something plenty)\b(?:much|a\s+lot|a\s+(?:good|great)\s+deal|something|plenty)\s+"
        r"(?:in\s+[^.;]{1,60}?\s+)?(?:that|which)\s+(?:we|i)\s+(?:would\s+|can\s+|do\s+)?(?:welcome|like|support|agree\s+with|value)\b"
        r"[^.;]{0,40}?\band\s+(?:much|some|something|a\s+lot|plenty|rather\s+more|more)\s+(?:that|which)\s+(?:worries|concerns|troubles|"
        r"alarms|we\s+(?:cannot|can't|do\s+not|don't))\b",
        "Mixed",
        0.9,
        "mixed",
        False,
    ),
    # ... and, with no one named to part company with, another option named by what it is (round 45: "Where I get off the
    # bus is with our Community Safety Partnership"; parting company with the paper on the partnerships is no such No:
    # the paper does not prefer them, round 37)
    (
        r"(?#anchors: company differ disagree depart issue out bus)where\s+(?:i|we)\s+(?:really\s+)?(?:part\s+company|differ|disagree|"
        r"depart|take\s+issue|fall\s+out|get\s+off\s+the\s+bus)\s+is\s+(?:(?:on|over|with)\s+)?(?:the\s+|our\s+|local\s+)?"
        r"(?:community\s+safety\s+partnerships?|csps?|partnership\s+(?:route|option|model)|voluntary\s+(?:approach|route|option)|"
        r"goodwill)\b",
        "No",
        0.8,
        "evaluation",
        False,
    ),
    # "we (particularly) value the commitment in the vision to ...": the target valued
    (
        r"(?#anchors: value values valued)(?:we|i)\s+(?:\w+ly\s+|also\s+)?(?:value|values|valued)\s+(?:the|its|this|that|their)\s+"
        r"(?:\w+\s+)?(?:commitment|emphasis|focus|vision|approach|proposals?|option|duty|aims?|ambition|intent|recognition|principle|idea)\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # the one part not agreed with: "The part I don't agree with is that body being the community safety partnership"
    (
        r"(?#anchors: part bit thing)(?:the|one)\s+(?:only\s+)?(?:part|bit|thing)\s+(?:that\s+|which\s+)?(?:i|we)\s+(?:don't|do\s+not|can't|cannot|"
        r"wouldn't|would\s+not)\s+(?:really\s+)?(?:agree\s+with|accept|support|like|go\s+along\s+with)\s+is\b",
        "Mixed",
        0.8,
        "mixed",
        False,
    ),
    # the respondent's own proposal: "it is the one we put forward", "the option we are putting forward"
    (
        r"(?#anchors: forward)(?<=\s)the\s+(?:one|option|route|approach|model)\s+(?:that\s+|which\s+)?"
        r"(?:we|i)\s+(?:have\s+|are\s+|am\s+|would\s+|will\s+)?(?:put|putting)\s+forward\b",
        "Yes",
        0.8,
        "preference",
        True,
    ),
    # "where I part company with it is the focus": agreement elsewhere, one point of difference
    (
        # (not where the difference is over the means: "Where we differ from the Government is over how to get there" agrees
        # with the ends; round 30)
        _WHERE_WE_DIFFER
        + r"\b(?!\s+(?:over|on|in|about)\s+(?:how\b|the\s+(?:means|route|routes|mechanism|delivery|method|options)\b|which\s+option))",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # "most of what the paper says about prevention I agree with, but ...": part of it agreed
    (
        r"(?#anchors: most much)(?:most|much)\s+of\s+what\s+[^.;,]{1,120}?\b(?:i|we)\s+(?:\w+\s+)?(?:agree\s+with|accept|support|welcome)\b",
        "Mixed",
        0.7,
        "mixed",
        False,
    ),
    # "not right in every respect", "not entirely right"
    (
        r"(?#anchors: respect respects way ways entirely wholly completely altogether quite)(?:not|n't)\s+(?:right|correct|perfect|ideal)\s+in\s+(?:every|all)\s+(?:respects?|ways?)"
        r"|(?:not|n't)\s+(?:entirely|wholly|completely|altogether|quite)\s+(?:right|correct)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # "fine as far as it goes": careful readers differ (Yes with a hint, or Mixed), so a person decides
    # (or "so far as it goes", round 42)
    (r"(?#anchors: far)(?:as|so)\s+far\s+as\s+(?:it|they|this|that)\s+goes?\b", "Mixed", 0.85, "mixed-hedged", False),
    # (round 52) right on paper, or in theory: a "but in practice" implied, as with "as far as it goes" ("Giving it a serious
    # violence strategy in law makes sense on paper.", "Head: On paper it makes sense.")
    (
        r"(?#anchors: paper theory)\b(?:makes?\s+(?:good\s+|perfect\s+)?sense|works?|looks?\s+(?:good|fine|right|sensible|attractive)|"
        r"sounds?\s+(?:good|fine|right|sensible|attractive)|(?:is|are|seems?)\s+(?:fine|right|sound|sensible|attractive|logical|neat))\s+"
        r"(?:on\s+paper|in\s+theory)\b"
        r"|^\W*(?:\w+\s*:\s*)?(?:on\s+paper|in\s+theory)\s*,?\s+(?:it|this|that|they|the\s+[\w-]+)\s+(?:makes?\s+(?:good\s+)?sense|works?|"
        r"looks?\s+(?:good|fine|right|sensible)|sounds?\s+(?:good|fine|right|sensible)|(?:is|are)\s+(?:fine|right|sound|sensible|"
        r"attractive|logical))\b",
        "Mixed",
        0.8,
        "mixed-hedged",
        False,
    ),
    # faint praise that invites a "but": "there is something to be said for building on partnerships"
    (
        r"(?#anchors: something little lot)(?:is|has)\s+(?:something|a\s+(?:little|lot))\s+to\s+be\s+said\s+for\b"
        r"(?![^.;]{0,80}\bsomething\s+(?:to\s+be\s+said\s+)?against\b)",  # (Mixed outright: "for X, and something against it")
        "Mixed",
        0.8,
        "mixed-hedged",
        False,
    ),
    # (round 51) much for it and much against it, said outright: "There is something to be said for the voluntary route and
    # something against it"
    (
        r"(?#anchors: said)(?:something|a\s+lot|a\s+good\s+deal|much)\s+to\s+be\s+said\s+(?:both\s+)?for\b[^.;]{0,80}?"
        r"\b(?:and|but)\s+(?:also\s+)?(?:something|a\s+lot|a\s+good\s+deal|much)\s+(?:to\s+be\s+said\s+)?against\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # what the target leaves out: "the vision has almost nothing to say about exclusion", "says nothing about funding"
    (
        r"(?#anchors: nothing little)(?:(?:has|have)\s+(?:almost\s+|next\s+to\s+|virtually\s+|very\s+)?(?:nothing|little)\s+to\s+say|(?:says|said)\s+(?:almost\s+|virtually\s+)?nothing|(?<!\bthat\s)(?<!\bwhich\s)(?:says|said)\s+(?:very\s+)?little)\s+(?:about|on)\b",
        "No",
        0.55,
        "evaluation",
        False,
    ),
    (
        # (with its verb, so that it is read before "is sound" starting at the same word, and only in part; or merit seen
        # in part of it, round 33: "The Schedule 6 list is sound in part", "Option Three is right only in part", "We see
        # merit in part of Option Three and none in relying on it alone"; not in parts of the country)
        r"both\s+for\s+and\s+against|(?:(?:is|are|was|were|seems?|looks?|remains?)\s+(?:only\s+|broadly\s+)?)?"
        r"(?:acceptable|right|correct|persuasive|helpful|sound|good|appropriate|adequate)\s+(?:only\s+)?in\s+(?:part\b|parts\b(?!\s+of\b))"
        r"(?!\s+(?:because|due|owing|as\s+a\s+result|thanks|through|since)\b)"
        r"|(?:(?:see|find|there\s+is)\s+(?:some\s+|real\s+)?)?(?:merit|value|sense|worth|promise)\s+in\s+(?:part|parts|some\s+parts?|elements)\s+of\b"
        r"|up\s+to\s+a\s+point"
        # (round 47: "Option Two is partly the answer, not the whole of it")
        r"|\b(?:only\s+)?(?:partly|partially|in\s+part)\s+(?:the|an|a)\s+(?:answer|solution|right\s+answer)\b",
        "Mixed",
        0.9,
        "mixed",
        False,
    ),
    (
        # (not "an obvious part of the answer", "a key part of the solution": a part that counts, round 34)
        r"(?<!\bas\s)(?<!\bform\s)(?<!\bforms\s)(?<!\bformed\s)(?<!\bobvious\s)(?<!\bimportant\s)(?<!\bkey\s)(?<!\bvital\s)"
        r"(?<!\bcentral\s)(?<!\bessential\s)(?<!\bcrucial\s)(?<!\bintegral\s)(?<!\bmajor\s)(?<!\bbig\s)(?<!\bnecessary\s)"
        # (not people who were "part of the problem and are now part of the answer", round 42)
        r"(?<!\bnow\s)(?<!\bbecome\s)(?<!\bbecame\s)"
        # (nor people wanting to be, or who can be, part of it, round 45: "Schools ... want to be part of the answer", "sport
        # can be part of the answer")
        r"(?<!\bto\sbe\s)(?<!\bcan\sbe\s)(?<!\bcould\sbe\s)(?<!\bwhich\sis\s)(?<!\bwhich\sare\s)(?<!\bheld\s)(?<!\bhold\s)(?<!\bholds\s)(?<!\bholding\s)(?<!\btold\s)(?<!\btell\s)(?<!\btells\s)(?<!\bknew\s)(?<!\bknow\s)(?<!\bknows\s)(?<!\bsaw\s)(?<!\bsee\s)(?<!\bsees\s)(?<!\bhad\s)(?<!\bhave\s)(?<!\bhas\s)(?<!\bhaving\s)(?<!\bgot\s)(?<!\bthose\sare\s)(?<!\bthese\sare\s)(?<!\bother\s)"
        # (the last two above: nor what "those" point back to, round 50: "leaves domestic abuse and alcohol out, and to us
        # those are half the story"; nor the half that completes another, round 51: "The third option is the other half of
        # the story")
        r"(?:half|part)\s+(?:of\s+)?the\s+(?:answer|story|solution)|agree\s+with\s+(?:some|part|parts|half)\s+of|some\s+(?:parts?|elements?)\s+(?:of\s+it\s+)?(?:but|and)\s+not\s+others",
        "Mixed",
        0.9,
        "mixed",
        False,
    ),
    # half of it one way and half the other (round 45): "Half of your vision is spot on and half of it misses people like
    # Jordan"
    (
        r"(?#anchors: half)\bhalf\s+of\s+(?:your\s+|the\s+|its\s+|this\s+|that\s+)?(?:vision|list|it|option|approach|proposals?|duty)\s+"
        r"(?:is|are|was|seems|looks|gets?)\b[^.;]{1,60}?\b(?:and|but|while)\s+(?:the\s+other\s+)?half\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # (round 51) nothing on the list that should come off: "Not one of us could think of a body on it that should come off"
    (
        r"(?#anchors: think)(?:\b(?:not\s+one\s+of\s+us|none\s+of\s+us|no\s+one|nobody)\s+could|\b(?:we|i)\s+(?:could|can)(?:n't|not|\s+not))\s+"
        r"think\s+of\s+(?:a|one|any|a\s+single)\s+(?:body|organisation|organization|name|entry|member)\s+(?:on\s+(?:it|the\s+list|there)\s+)?"
        r"(?:that|which)\s+(?:should|ought\s+to)\s+(?:come\s+off|be\s+(?:removed|taken\s+off|dropped|struck\s+off))\b",
        "Yes",
        0.75,
        "evaluation",
        False,
    ),
    # (round 52) nothing to take off and nobody missing, said of the list: "I would not take anything off it, and I cannot think of
    # anyone in my week who is missing"
    (
        r"(?#anchors: take remove strike cross missing left)\b(?:would|could|should|will)(?:n't|\s+not)\s+(?:want\s+to\s+)?(?:take|remove|strike|cross)\s+"
        r"(?:anything|anyone|anybody|any\s+(?:body|name|organisation|organization|entry|one))\s+(?:off|away|out)\b"
        r"|\b(?:cannot|can't|can\s+not|could\s+not|couldn't)\s+think\s+of\s+(?:anyone|anybody|any\s+(?:body|organisation|organization|"
        r"agency|service|one))\s+(?:[\w'’-]+\s+){0,5}?(?:who|that|which)\s+(?:is|are|was|were)\s+(?:missing|left\s+out)\b",
        "Yes",
        0.75,
        "evaluation",
        False,
    ),
    # (round 52) not put forward as right: "we would not commend it to anyone as the right set of partners" (the "right" is under
    # the negation)
    (
        r"(?#anchors: commend recommend describe regard present hold)\b(?:not|n't|never)\s+(?:\w+\s+)?(?:commend|recommend|describe|regard|present|"
        r"hold\s+up)\s+(?:it|them|this|that|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:to\s+\w+\s+)?as\s+(?:the|a|an)\s+(?:right|correct|best|good|sound|"
        r"proper|model)\b",
        "No",
        0.8,
        "evaluation",
        False,
    ),
    # (round 52) what the respondent values most, lost: "The preferred option would cost us the very thing that makes our work
    # effective"
    (
        r"(?#anchors: cost costs)\b(?:would|will|could)\s+cost\s+(?:us|them|schools|services|[\w-]+)\s+(?:the\s+very|exactly\s+the|"
        r"precisely\s+the)\s+(?:thing|things|quality|qualities|relationships?|trust|independence|flexibility)\b"
        # (with what it does for them, the verdict there not the respondent's on the target)
        r"(?:\s+(?:that|which)\s+(?:makes?|keeps?)\s+(?:[\w'’-]+\s+){1,4}?(?:effective|possible|special|different|valuable|trusted|"
        r"safe)\b)?",
        "No",
        0.75,
        "consequence",
        False,
    ),
    # (round 51) taken, but not in the form proposed: "The Council therefore accepts Schedule 6 as the starting point but not as
    # drafted"
    (
        r"(?#anchors: drafted written framed proposed stands)\b(?:accept|accepts|accepted|support|supports|welcome|welcomes|agree\s+with|"
        r"agrees\s+with|endorse|endorses)\b[^.;]{1,80}?\bbut\s+not\s+as\s+(?:drafted|written|framed|proposed|it\s+stands)\b",
        "Mixed",
        0.8,
        "mixed",
        False,
    ),
    # (round 51) set behind the options chosen: "..., with the voluntary option some way behind them"
    (
        r"(?#anchors: behind)\bwith\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:option|approach|route|duty|one)\s+(?:some\s+way|well|far|a\s+long\s+way)\s+"
        r"behind\b",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    # (round 51) put one's name to a part only: "We can put our name to part of the list, but not to all of it", "we would only put
    # our name to one of them", "We could not put our name to the other half"
    (
        r"(?#anchors: part parts half some one)\b(?:put\s+(?:our|my)\s+names?\s+to|sign\s+up\s+to|live\s+with|support|accept|endorse|back|"
        r"welcome)\s+(?:only\s+)?(?:part|parts|half|some)\s+of\s+(?:it|them|the|this|that|its|option\s+\w+|these|those)\b"
        r"|\bonly\s+(?:put\s+(?:our|my)\s+names?\s+to|sign\s+up\s+to|support|accept|endorse|back)\s+(?:one|part|half)\s+of\s+"
        r"(?:it|them|the\s+two|these|those)\b"
        r"|(?:could|can|would|do|will)\s*(?:not|n't)\s+(?:put\s+(?:our|my)\s+names?\s+to|sign\s+up\s+to|support|accept|agree\s+with|"
        r"endorse|back)\s+the\s+(?:other|second|first)\s+half\b"
        # (round 52) the half shared named: "We share the vision's first half and part company with its focus"
        r"|\b(?:(?:we|i)\s+(?:(?:would|do|can|could|fully|certainly)\s+)?)?(?:share|shares|support|supports|welcome|welcomes|accept|"
        r"accepts|endorse|endorses|back|backs|like|likes)\s+(?:the\s+(?:[\w-]+['’]s\s+)?|its\s+)(?:first|second|latter|former)\s+half\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # (round 52) a part fronted, then the rest refused: "Parts of Option Two we could live with, parts we could not.", "Some of
    # it we would sign up to; the rest we would not"
    (
        r"(?#anchors: part parts half some much)^\W*(?:but\s+|and\s+)?(?:parts?|half|some|much)\s+of\s+(?:[\w'’-]+\s+){0,4}?"
        r"(?:we|i)\s+(?:could|can|would|do|will)\s+(?:\w+\s+)?(?:live\s+with|accept|support|sign\s+up\s+to|welcome|back|endorse|"
        r"put\s+(?:our|my)\s+names?\s+to)\s*[,;]\s*(?:and\s+|but\s+)?(?:parts?|some|others?|the\s+rest|the\s+other\s+half|"
        r"much|half)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # (round 52) half a step: "Option One is a step in the right direction, but only half a step."
    (
        r"(?#anchors: half)\b(?:only|but|just|at\s+best|no\s+more\s+than)\s+half\s+a\s+step\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # (round 51) one half judged: "The first half is excellent." (the other half is to come)
    (
        r"(?#anchors: half)^\W*(?:but\s+|and\s+)?the\s+(?:first|second|other|latter|former)\s+half(?:\s+of\s+(?:it|the\s+\w+))?\s+"
        r"(?:is|was|seems|looks|reads)\b",
        "Mixed",
        0.75,
        "mixed",
        False,
    ),
    # (round 51) right only in part: "In part the right partners, then, but only in part."
    (
        r"(?#anchors: part)\bonly\s+in\s+part\b|^\W*in\s+part\s+(?:the\s+)?(?:right|correct|sound|good)\b",
        "Mixed",
        0.8,
        "mixed",
        False,
    ),
    # (round 51) of two minds, one's own: "Half of me is all for it" (and "part of me ... and part of me ..." below)
    (
        r"(?#anchors: half)^\W*(?:but\s+|and\s+|yet\s+)?half\s+of\s+me\s+(?:is|thinks|wants|says|feels|would|agrees|"
        r"likes|welcomes|fears|worries)\b",
        "Mixed",
        0.7,
        "mixed",
        False,
    ),
    # (round 51) half of it taken, put first: "On the Government's vision, half of what it describes we would sign up to
    # tomorrow"
    (
        r"(?#anchors: half)\bhalf\s+of\s+(?:what\s+(?:it|they|the\s+\w+)\s+(?:says|describes|proposes|sets\s+out|contains)|it|the\s+vision)"
        r"\s*,?\s+(?:we|i)\s+(?:would|could|can|do|will)\s+(?:\w+\s+)?(?:sign\s+up\s+to|support|welcome|agree\s+with|accept|endorse|"
        r"back)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # "we see merit in Option Two and serious drawbacks in roughly equal measure"
    (
        r"(?#anchors: measure)\bin\s+(?:roughly\s+|about\s+|broadly\s+|more\s+or\s+less\s+|almost\s+|fairly\s+)?equal\s+measure\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # a view said to be split: "our view on the second option is split: the right vehicle in some districts, the wrong
    # one in the rest" (not "split between" two bodies, a view said to be "mixed up" in something)
    (
        r"(?#anchors: split divided mixed)\b(?:our|my)\s+(?:own\s+)?(?:view|views|feelings|position)\s+(?:on\s+[^.;:]{1,40}?\s+|of\s+[^.;:]{1,40}?\s+)?"
        r"(?:is|are)\s+(?:genuinely\s+|honestly\s+|rather\s+|very\s+)?(?:split|divided|mixed)\b(?!\s+(?:between|up|in|with)\b)",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # too little known to judge: "Our members' experience of those partnerships is too limited for us to offer one"
    (
        rf"(?#anchors: too)\btoo\s+(?:\w+\s+){{1,3}}?{FOR_US_TO_JUDGE}(?:\s+(?:a|an|one|any)\b)?(?:\s+(?:view|opinion|position|answer|one))?",
        "Unclear",
        0.85,
        "unclear",
        False,
    ),
    (
        # "for the voluntary route as a complement to a duty and against it as a substitute for one"
        r"(?#anchors: against opposed)(?:(?:are|am|is|we're|i'm)\s+(?:\w+\s+)?)?\b(?:for|in\s+favour\s+of)\s+(?:[\w'’-]+\s+){0,5}?as\s+(?:[\w'’-]+\s+){1,8}?(?:and|but)\s+"
        r"(?:(?:we\s+are|i\s+am)\s+)?(?:against|opposed\s+to)\s+(?:it|them|that|this|one)\s+as\b",
        "Mixed",
        0.9,
        "mixed",
        False,
    ),
    # no view given as the body's, by decision (round 42): "the board decided it would be wrong to present either as the
    # Compact's position"
    (
        r"(?#anchors: wrong)\bwould\s+be\s+wrong\s+(?:for\s+(?:us|me|the\s+[\w-]+)\s+)?to\s+(?:present|give|express|state|take|offer|"
        r"claim|adopt)\s+(?:either|any|one|a\s+single)\s+(?:(?:view|position|answer)\s+|of\s+them\s+)?as\s+(?:the|our|its|their|a)\b",
        "Unclear",
        0.85,
        "unclear",
        False,
    ),
    # a view the respondent could not reach, in their own deliberation (round 36): "We spent ages on this one and honestly
    # got nowhere" (not a record: "We tried partnership working for years and got nowhere" stays a No)
    (
        r"(?#anchors: nowhere)(?<![\w'’-])(?:we|i)\s+(?:have\s+|had\s+)?(?:spent|spend|debated|discussed|argued|talked|deliberated|"
        r"wrestled|went\s+round\s+in\s+circles)\b[^.;]{0,40}?\b(?:(?:on|about|over|with)\s+(?:this|it|that|the\s+question)\b|"
        # (or what was talked about put first, round 51: "The third idea, ..., we talked about for a whole evening and got
        # nowhere")
        r"(?:about|over|on)(?=\s+for\s))"
        r"[^.;]{0,30}?\b(?:got|get|getting)\s+nowhere\b",
        "Unclear",
        0.85,
        "unclear",
        False,
    ),
    (
        # ("Genuinely on the fence.", round 38)
        r"(?:sit(?:ting|s)?\s+|sat\s+)?on\s+the\s+fence\b|(?:are|is|remain|remains|we're)\s+neutral|(?:express(?:es|ed)?|offer|offers|give|gives|take|takes)\s+no\s+(?:view|position|stance)",
        "Unclear",
        0.9,
        "unclear",
        False,
    ),
    (
        # (or divided several ways, round 49: "members were divided three ways")
        # (not another's, round 49: "The Chief Executive made no recommendation on this point")
        r"(?<!\bexecutive\smade\s)(?<!\bdirector\smade\s)(?<!\bofficer\smade\s)(?<!\bofficers\smade\s)(?<!\bchair\smade\s)"
        r"(?<!\breport\smade\s)(?<!\bpaper\smade\s)(?<!\bgovernment\smade\s)"
        r"no\s+recommendation|evenly\s+(?:divided|split)|(?:divided|split)\s+(?:on|about|over)\s+(?:this|it|whether)"
        + DIVIDED_ONCE
        + r"|\b(?:members|we|they|views|opinions?|the\s+(?:board|committee|group|membership|trustees|governors|council))\s+"
        r"(?:were|are|was|is|remain|remained)\s+(?:divided|split)\s+(?:two|three|four|five|several|many)\s+ways\b"
        + r"|(?:not|n't|unable)\s+(?:been\s+)?(?:able\s+to\s+)?(?:reach|reached|come\s+to)\s+(?:an?\s+)?(?:common\s+mind|consensus|(?:common|shared|collective|single|agreed|settled|firm)\s+(?:view|position))",
        "Unclear",
        0.9,
        "unclear",
        False,
    ),
    # a question left open (round 35): "Whether a non-legislative approach would be enough is, for the Board, an open
    # question"; "is not something on which we have reached a settled view"
    (
        r"(?#anchors: open something)\b(?:is|remains|was|stays)\s*,?\s+(?:[^,.;]{1,40},\s+)?(?:still\s+)?an\s+open\s+question\b"
        r"|\bnot\s+something\s+(?:on\s+which|about\s+which|that|which)?\s*(?:we|i|the\s+\w+)\s+(?:have|has)\s+(?:yet\s+)?(?:reached|formed|"
        r"come\s+to|taken|arrived\s+at)\s+(?:a\s+|any\s+)?(?:settled\s+|firm\s+|clear\s+|collective\s+|single\s+)?(?:view|position|"
        r"conclusion|decision)\b",
        "Unclear",
        0.85,
        "unclear",
        False,
    ),
    # what the respondent would rather were done with it (round 35): "On the duty on individual bodies, we would rather it were
    # left on the shelf" (listed before the preference "we would rather", which starts at the same word)
    (
        r"(?#anchors: rather sooner)\b(?:we|i)\s+(?:would|'d)\s+(?:much\s+)?(?:rather|sooner)\s+(?:that\s+)?(?:it|this|they|these|that|"
        r"the\s+[\w-]+)\s+(?:were|was)\s+(?:simply\s+|quietly\s+)?(?:left\s+on\s+the\s+shelf|shelved|dropped|abandoned|scrapped|"
        r"withdrawn|put\s+aside|set\s+aside|forgotten|not\s+(?:pursued|introduced|adopted|taken\s+forward))\b",
        "No",
        0.8,
        "preference",
        False,
    ),
    # ... or that neither were (round 41): "For that reason we would rather neither were pursued"
    (
        r"(?#anchors: rather sooner)\b(?:we|i)\s+(?:would|'d)\s+(?:much\s+)?(?:rather|sooner)\s+(?:that\s+)?(?:neither|none)\s+"
        r"(?:of\s+(?:them|these|those|the\s+\w+)\s+)?(?:were|was|be|is)\s+(?:pursued|introduced|adopted|taken\s+forward|chosen|"
        r"enacted|legislated|implemented)\b",
        "No",
        0.8,
        "preference",
        False,
    ),
    # glad of what the target does (round 38): "We are glad the vision treats health as a partner in prevention"
    (
        r"(?#anchors: glad pleased delighted heartened encouraged)(?:(?:we|i)\s+(?:are|am|were|was)|we're|i'm)\s+(?:(?:very|so|particularly|"
        r"especially|really)\s+)?(?:glad|pleased|delighted|heartened|encouraged)\s+(?:that\s+|to\s+see\s+(?:that\s+)?)?"
        r"(?:the|its|this)\s+(?:vision|focus|emphasis|option|duty|approach|proposals?|list)\b",
        "Yes",
        0.8,
        "evaluation",
        True,
    ),
    # a view deferred to another body's response (round 38): "Please see the PCC's response on Option One; we have nothing
    # to add", "We support the Local Government Association's response on this question, and would refer you to it" (a
    # lean, for a person to read that response)
    (
        # (not "We endorse the LGA's response on this question", which may be a view of the respondent's own: round 38)
        r"(?#anchors: response submission)(?:see|refer\s+you\s+to|defer\s+to),?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?[\w'’-]+['’]s?\s+"
        r"(?:own\s+)?(?:response|submission)\s+(?:on|to|for|about)\s+(?:this|that|the|option|question|q\d)"
        r"|\b(?:defer|refer\s+you)\s+to\s+(?:that|their|its|the\s+\w+['’]s?)\s+(?:response|submission)\b"
        r"|\b(?:response|submission)\b[^.;]{0,80}?\b(?:and\s+)?(?:would|we)\s+(?:would\s+)?refer\s+you\s+to\s+it\b",
        "Unclear",
        0.7,
        "unclear",
        False,
    ),
    # members divided on it, told as where they differed most (round 38): "This was the question on which our team
    # leaders disagreed most"
    (
        # (the division the last word: not "where the professions disagreed we say so", nor "on which members were most
        # divided: seven wanted ..., ten did not", a count that gives the body's answer)
        r"(?#anchors: disagreed differed divided split)\b(?:on\s+which|over\s+which)\s+(?:we|our\s+[\w'’-]+(?:\s+[\w'’-]+)?|"
        r"the\s+[\w'’-]+|members|colleagues)\s+(?:most\s+)?(?:disagreed|differed|were\s+(?:most\s+)?(?:divided|split))"
        r"(?:\s+(?:most|sharply|most\s+sharply))?(?=\s*(?:[.!]|$))",
        "Unclear",
        0.85,
        "unclear",
        False,
    ),
    # not the respondent's to judge (round 38): "it would be presumptuous to endorse or criticise a vision designed for a
    # population we do not serve, and we leave that judgement to others"; "we do not see how the second option differs from
    # the first"
    (
        r"(?#anchors: presumptuous inappropriate judgement judgment decision call differ)\b(?:presumptuous|inappropriate)\s+"
        r"(?:of\s+us\s+|for\s+us\s+)?to\s+(?:endorse|judge|comment|criticise|criticize|say|pronounce)\b"
        r"|\b(?:leave|leaves)\s+(?:that|this|the)\s+(?:judgement|judgment|decision|call)\s+to\b"
        r"|(?:do\s+not|don't|cannot|can't|could\s+not|couldn't)\s+see\s+how\s+(?:[\w'’-]+\s+){1,6}?(?:differs?|is\s+different)\s+from\b",
        "Unclear",
        0.8,
        "unclear",
        False,
    ),
    # changed first (round 38): "Schedule 6 would need to be amended before it could do the job"
    (
        r"(?#anchors: amended changed revised extended rewritten redrawn widened)(?:would|will)\s+(?:need|have)\s+to\s+be\s+"
        r"(?:substantially\s+|significantly\s+|heavily\s+)?(?:amended|changed|revised|extended|rewritten|redrawn|widened)\s+"
        r"(?:before|if)\b",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    # reluctant to judge (round 38): "we are reluctant to offer a view on a question our evidence does not reach"
    (
        r"(?#anchors: reluctant hesitant loath loth wary)(?:reluctant|hesitant|loath|loth|wary\s+of\s+seeming)\s+to\s+"
        r"(?:offer|give|express|venture|take|form)\s+(?:a|any|an)\s+(?:firm\s+|settled\s+|definite\s+)?(?:view|opinion|position)\b",
        "Unclear",
        0.85,
        "unclear",
        False,
    ),
    # a question set aside for now (round 38): "we leave that question to one side", "we set this question aside until our
    # board has met"
    (
        r"(?#anchors: question)(?:we|i)\s+(?:will\s+|would\s+|must\s+|shall\s+)?(?:leave|set|put)\s+(?:that|this|the)\s+"
        r"question\s+(?:to\s+one\s+side|aside|on\s+one\s+side|open)\b",
        "Unclear",
        0.85,
        "unclear",
        False,
    ),
    # a body divided with no answer of its own (round 35): "We were split down the middle on this and cannot give you a single
    # answer"
    (
        r"(?#anchors: middle single united collective)(?:divided|split)\s+(?:right\s+)?down\s+the\s+middle"
        r"|(?:cannot|can't|can\s+not|could\s+not|couldn't|unable\s+to)\s+give\s+(?:you\s+)?(?:a\s+)?(?:single|united|collective)\s+"
        r"(?:answer|view|position|response)",
        "Unclear",
        0.9,
        "unclear",
        False,
    ),
    (
        r"(?:not|n't)\s+presume\s+to|no\s+comment\s+to\s+make|(?:have|has)\s+no\s+comment|nothing\s+to\s+add(?!\s+to\s+(?:it|this|that|them|what|the)\b)|(?:not|n't)\s+(?:feel\s+)?able\s+to\s+(?:say|judge|comment)|unable\s+to\s+(?:say|judge|comment)",
        "Unclear",
        0.85,
        "unclear",
        False,
    ),
    (
        r"(?:can't|cannot|can\s+not|couldn't)\s+decide|reserve\s+(?:our|my|its)\s+(?:position|judgement|judgment|view)|deliberately\s+not\s+comment\w*|(?:decline|declines|declined)\s+to\s+(?:comment|judge|express)",
        "Unclear",
        0.85,
        "unclear",
        False,
    ),
    (
        # (not people doing something: "Please do not leave it to people meaning well" is the voluntary way rejected)
        r"keep\s+an\s+open\s+mind|(?:are|is|remain)\s+agnostic|leave\s+(?:that|this|it)(?:\s+one)?\s+to\s+(?:others|people|those)(?!\s+\w+ing\b)"
        # (nor people as the way: "Leave it to people like that, give them a bit of money", round 31)
        r"(?!\s+(?:like|who|in|on|from|with|round|around|across|locally|on\s+the\s+ground)\b)",
        "Unclear",
        0.8,
        "unclear",
        False,
    ),
    (
        r"(?#anchors: agree accept support share endorse welcome happy content comfortable satisfied sign subscribe)(?:(?:we|i)\s+(?:also\s+|fully\s+|wholly\s+|would\s+|can\s+|could\s+)?)?(?:agree|agrees|accept|accepts|support|supports|share|shares|endorse|endorses|welcome|welcomes|(?:(?:we|i)\s+(?:are|am)\s+|we're\s+|i'm\s+)?(?:happy|content|comfortable|satisfied)\s+with"
        # (round 45: "We can sign up to the method of the vision but not to its focus")
        r"|sign\s+up\s+to|subscribe\s+to)\s+(?:with\s+)?(?:[\w'’-]+,?\s+){1,8}?(?:and|but)\s+not\s+(?:with\s+|in\s+|on\s+|for\s+|over\s+|to\s+(?!the\s+(?:point|extent|degree|exclusion|detriment)\b))?(?:the|its(?!\s+own\b)|all|every|others|the\s+rest|one|some|two|three|a|an|another|other|where|what|how|whether|who)\b",
        "Mixed",
        0.9,
        "mixed",
        False,
    ),
    # round 33: for it, but not as the whole answer: "We can see value in the preferred option, but not as a stand-alone
    # measure", "We support Option Three, but not as a substitute for a duty"
    (
        r"(?#anchors: but)(?:agree\s+with|accept|accepts|support|supports|endorse|endorses|welcome|welcomes|back|backs|"
        r"(?:see|find)\s+(?:real\s+|some\s+|great\s+|considerable\s+)?(?:value|merit)\s+in)\s+(?:[\w'’-]+,?\s+){1,8}?"
        r"but\s+not\s+as\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:stand-?alone|sole|substitute|replacement|alternative|complete|whole|only|"
        r"full)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # agreement with part of it: "we agree with much of it", "we support most of the list",
    # "yes for most of the list": the rest is held back (a reservation usually follows)
    (
        r"(?#anchors: agree support accept endorse yes welcome)(?:agree|agrees|agreed|support|supports|accept|accepts|endorse|endorses|welcome|welcomes)\s+(?:with\s+)?(?:much|most|many|some|parts|large\s+parts|a\s+good\s+deal|part|half|one\s+half)\s+of\b"
        r"|\byes\s+(?:for|to|on)\s+(?:much|most|many|some|parts)\s+of\b",
        "Mixed",
        0.7,
        "mixed",
        False,
    ),
    # (round 46) agreed with it in part, or good in part and bad in part: "The Board agreed with the vision in part", "The
    # Board found the voluntary approach attractive in part and inadequate in part"
    (
        r"(?#anchors: part)\b(?:agree|agrees|agreed|accept|accepts|accepted|support|supports|supported|endorse|endorses|endorsed)\s+"
        r"(?:with\s+)?(?:the\s+|its\s+|this\s+|that\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:only\s+)?in\s+part\b"
        r"|\b[\w-]+\s+in\s+part\s*,?\s+(?:and|but)\s+[\w-]+\s+in\s+(?:part|others?)\b",
        "Mixed",
        0.8,
        "mixed",
        False,
    ),
    # (round 50) right in part, a verdict given for a part only: "The non-legislative approach is right for Wales in part, and
    # not enough on its own" (listed before "is right", which starts at the same word)
    (
        r"(?#anchors: part)\b(?:is|are|was|were|seems|looks)\s+(?:\w+ly\s+)?(?:right|good|sound|correct|sensible|welcome|helpful|useful|"
        r"valuable|attractive|persuasive)\s+(?:(?:for|in)\s+[\w'’-]+\s+)?(?:only\s+)?in\s+part\b",
        "Mixed",
        0.8,
        "mixed",
        False,
    ),
    # (round 46) one half of it as the subject judged: "The half of the vision about agencies sharing what they know is spot
    # on"
    (
        r"(?#anchors: half part)^\W*(?:the\s+|one\s+)?(?:half|part|first\s+half|second\s+half)\s+of\s+(?:the|its|this|your)\s+"
        r"(?:vision|list|duty|option|approach|proposals?)\s+(?:about|on|that|which|dealing\s+with|concerning)\b",
        "Mixed",
        0.7,
        "mixed",
        False,
    ),
    # strong in one respect and weak in another: "strong on prevention, and weak where it matters most"
    (
        r"(?#anchors: strong good clear sound)(?:is|are|'s)\s+(?:\w+\s+)?(?:strong|good|clear|sound)\s+(?:on|about|in)\s+[^.;]{1,80}?\b(?:and|but|yet|while|whilst)\s+"
        r"(?:(?:is|are)\s+)?(?:\w+\s+)?(?:weak|poor|thin|silent|vague|unclear|wrong)\s+(?:on|about|in|where|when|at)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # (round 36) a verbless half of a semicolon pair, the fault found: "Sound on most bodies; wrong on commissioners"
    (
        r"(?#anchors: weak poor thin wrong)^\W*(?:but\s+|and\s+)?(?:weak|poor|thin|wrong)\s+(?:on|about)\s+(?!paper\b|the\s+surface\b)",
        "No",
        0.65,
        "evaluation",
        True,
    ),
    # one respect: "the vision is strong on prevention" / "weak on victims"
    (
        r"(?#anchors: strong good excellent clear sound)(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bnot\s)|(?<=\bvery\s)|(?<=\bparticularly\s)|(?<=\brightly\s))"
        r"(?:strong|good|excellent|clear|sound)\s+on\s+(?!paper\b|the\s+surface\b|words\b|rhetoric\b)",
        "Yes",
        0.6,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: weak poor thin)(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bnot\s)|(?<=\bvery\s)|(?<=\bparticularly\s)|(?<=\bworryingly\s))"
        r"(?:weak|poor|thin)\s+on\b",
        "No",
        0.65,
        "evaluation",
        True,
    ),
    # "yes to early help and no to the targets", "for its flexibility and against its lack of duty", "in favour of a duty
    # in principle and against the duty as it is drawn" (round 41; of two targets, one on each side: stance's
    # ``_said_of_each_side``)
    (
        r"(?#anchors: yes for favour)\byes\s+to\s+[^.;]{1,60}?\band\s+no\s+to\b|\b(?:is|are|am|'re|'m)\s+(?:for|in\s+favour\s+of)\s+"
        r"[^.;]{1,60}?\b(?:and|but)\s+against\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # half of it works and half does not (round 48): "Half of the preferred option works for us and half of it doesn't"
    (
        r"(?#anchors: half)half\s+(?:of\s+)?[^.;]{1,60}?,?\s+(?:and|but|while|whilst)\s+(?:the\s+other\s+)?half\s+(?:of\s+(?:it|them)\s+)?"
        r"(?:does\s+not|doesn't|does\s+n't|is\s+not|isn't|will\s+not|won't|would\s+not|wouldn't|fails|falls\s+short|misses)",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # drawn to it and wary of it (round 48): "I find I am both drawn to it and troubled by it", "We are drawn to the third
    # option and wary of it in equal measure"
    (
        r"(?#anchors: drawn attracted)(?:drawn|attracted)\s+to\s+(?:[\w'-]+\s+){0,4}?and\s+(?:also\s+|yet\s+|at\s+the\s+same\s+time\s+)?"
        r"(?:troubled|worried|wary|uneasy|concerned|nervous|sceptical|skeptical|anxious|doubtful|suspicious)\s+(?:by|about|of)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # two minds with the two sides spelt out after a colon (round 48): "We are, in short, of two minds about the preferred
    # option: right in what it is trying to do, too thin in how it proposes to do it"
    (
        r"(?#anchors: minds)(?:in|of)\s+two\s+minds(?=\s+(?:about|on|over|regarding)\s+[^.;:]{3,80}:\s*\S)",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # pulled both ways: "we are in two minds about a non-statutory approach", "I'm honestly torn" (for and against, as the
    # letters that say it go on to set out: Mixed, for a person to confirm; "we have gone back and forth" is a view not
    # reached, below)
    (
        r"(?#anchors: minds torn)(?:in|of)\s+two\s+minds|(?:am|are|is|feel|felt|'m|'re)\s+(?:honestly\s+|genuinely\s+|really\s+|quite\s+)?torn\b",
        "Mixed",
        0.7,
        "mixed",
        False,
    ),
    # (the deliberation told as past, round 44: "I went back and forth on this. ... So on balance I think the
    # Government's preferred option is the right one": a view reached after it weighs more; "we have gone back and
    # forth", still going on, below)
    (
        r"went\s+back\s+and\s+forth",
        "Unclear",
        0.5,
        "unclear",
        False,
    ),
    (
        r"(?:gone|go|going)\s+back\s+and\s+forth"
        # "I can't make my mind up on it", "we have not made up our minds"
        r"|(?:can't|cant|cannot|can\s+not|couldn't|could\s+not|haven't|have\s+not|not\s+yet)\s+(?:quite\s+|really\s+)?"
        r"(?:make|made)\s+(?:my|our)\s+minds?\s+up|(?:can't|cant|cannot|couldn't|haven't|have\s+not)\s+(?:quite\s+|really\s+)?"
        r"(?:make|made)\s+up\s+(?:my|our)\s+minds?",
        "Unclear",
        0.8,
        "unclear",
        False,
    ),
    # for and against parts of one thing: "we are for it on funding and against it on scope", "some of
    # it is right and some of it is not", "partly yes, partly no", "part of it but not the rest",
    # "we agree with its aims and disagree with its scope"
    (
        r"(?:are|am|is|'re|'m)\s+for\s+(?:it|this|that|them)\b[^.;]{0,90}?\band\s+against\s+(?:it|this|that|them)\b"
        r"|some\s+of\s+it\s+(?:is\s+)?[^.;]{1,40}?\b(?:and|but|while|whilst)\s+some\s+of\s+it\b"
        r"|(?:part|partly|half)\s+yes\b[^.;]{0,20}?\b(?:part|partly|half)\s+no\b"
        r"|(?:part|some|parts|one\s+half|half)\s+of\s+(?:it|them|the\s+\w+)\s+(?:but|and)\s+not\s+(?:all|the\s+rest|others|the\s+other)\b"
        r"|\b(?:partly|half)\s+[^.;]{1,40}?\s+and\s+(?:partly|half)\s+(?:not|wrong|right|the\s+wrong|against)\b"
        # "half for it, half against", "for and against it in equal measure"
        r"|\b(?:partly|half)\s+for\s+(?:it|this|that|them)\s*[,;-]\s*(?:and\s+|but\s+)?(?:partly|half)\s+against\b"
        r"|\bfor\s+and\s+against\s+(?:it|this|that|them)\s+in\s+(?:equal|about\s+equal|roughly\s+equal)\s+measure\b"
        # "half favourable, half not"; "fine for some, not for us"
        r"|\bhalf\s+(?:favourable|positive|supportive|for|yes|in\s+favour)\s*[,;-]?\s*(?:and\s+|but\s+)?half\s+(?:not|unfavourable|negative|against|no)\b"
        r"|\b(?:fine|right|good|workable|the\s+answer)\s+for\s+(?:some|others|some\s+(?:areas|places|people))\s*[,;-]?\s*(?:but\s+)?not\s+"
        r"for\s+(?:us|me|ours|here|everyone|all)\b"
        # a terse answer split by whom it is for (round 41): "Supported for statutory bodies; not for contracted providers",
        # "a qualified yes and a qualified no"
        r"|^\W*(?:supported|agreed|yes|right|welcome|accepted|fine)\s+(?:for|in|on|as\s+regards)\s+[^;,.]{2,50}[;,]\s*(?:but\s+)?"
        r"not\s+(?:for|in|on|as\s+regards)\b"
        r"|\ba\s+(?:qualified\s+|cautious\s+|conditional\s+|partial\s+)?yes\s+and\s+a\s+(?:qualified\s+|cautious\s+|conditional\s+|partial\s+)?no\b"
        # "The Schedule 6 bodies are partly the right partners", "only partly right"
        r"|\b(?:is|are)\s+(?:only\s+)?(?:partly|partially|in\s+part)\s+(?:the\s+)?(?:right|correct)\b",
        "Mixed",
        0.9,
        "mixed",
        False,
    ),
    (
        r"(?:agree|agrees|agreeing|accept|accepts|support|supports|welcome|welcomes|endorse|endorses)\s+(?:with\s+)?[^.;]{2,80}?\b"
        r"(?:and|but|while|whilst)\s+(?:we\s+|i\s+)?(?:\w+\s+)?(?:disagree|disagrees|disagreeing|oppose|opposes|reject|rejects|object\s+to|"
        r"objects\s+to|part\s+company)\b",
        "Mixed",
        0.9,
        "mixed",
        False,
    ),
    # ------------------------------------------------------------------ idioms, positive
    (
        r"a\s+step\s+in\s+the\s+right\s+direction|(?:a\s+)?(?:positive|welcome|significant|important|useful)\s+step(?:\s+forward)?|a\s+step\s+forward"
        r"|a\s+(?:real|big|major|genuine|great|considerable)\s+step\s+forward",
        "Yes",
        0.8,
        "idiom",
        True,
    ),
    (
        r"on\s+the\s+right\s+(?:lines|track)|hits?\s+the\s+(?:nail\s+on\s+the\s+head|mark|spot)|a\s+game[- ]?changer|the\s+right\s+(?:choice|call|one|way\s+forward)",
        "Yes",
        0.8,
        "idiom",
        True,
    ),
    (
        # the respondent shares what was just named: "Our young people read the vision and recognised it. We share it."
        r"(?#anchors: share)(?<![\w'’-])(?:we|i)\s+(?:(?:fully|wholeheartedly|entirely|completely|broadly|very\s+much|all)\s+)?share\s+"
        r"(?:it|this|that|them)\b(?!\s+(?:concern|worry|view|fear|doubt|scepticism|misgiving|frustration|experience|with)s?\b)",
        "Yes",
        0.7,
        "verdict",
        True,
    ),
    (
        r"(?#anchors: share)(?<![\w'’-])(?:we|i)\s+(?:do|did|could|can|would)\s*(?:not|n't)\s+share\s+"
        r"(?:it|this|that|them)\b(?!\s+(?:concern|worry|view|fear|doubt|scepticism|misgiving|frustration|experience|with)s?\b)",
        "No",
        0.7,
        "verdict",
        False,
    ),
    (
        # agreement in the public's words: "I'm with you on that completely", "we are with you all the way"
        r"(?#anchors: with)(?<![\w'’-])(?:i'm|i\s+am|we're|we\s+are)\s+(?:\w+\s+)?with\s+you\s+(?:on\s+(?:that|this|it)|there|all\s+the\s+way)\b",
        "Yes",
        0.75,
        "idiom",
        True,
    ),
    (
        # support withdrawn (round 36): "we withdraw our earlier support for Option One" (and objection withdrawn, below)
        rf"{_WITHDRAWN}(?:support|backing|endorsement|welcome)\s+(?:for|of|to)\b",
        "No",
        0.85,
        "evaluation",
        False,
    ),
    (
        rf"{_WITHDRAWN}(?:objection|opposition|reservations?)\s+(?:to|about)\b",
        "Yes",
        0.8,
        "evaluation",
        False,
    ),
    (
        # the one thing a letter that broadly agrees excepts (round 36): "We broadly agree with the proposals. Our exception
        # is the voluntary route." (not "the exception is London", a fact)
        r"(?#anchors: exception)(?<![\w'’-])(?:our|my)\s+(?:one\s+|only\s+|single\s+|main\s+|chief\s+|principal\s+)?"
        r"exception\s+(?:is|was|would\s+be|being|:)",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    (
        # aimed at the wrong thing: "I think you've aimed it at the wrong thing"
        r"(?#anchors: aimed aiming aims aim pointed targeted)(?:aimed|aiming|aims?|pointed|targeted)\s+(?:it\s+|them\s+|this\s+)?at\s+the\s+wrong\s+"
        r"(?:thing|things|target|people|problem|end|crowd)\b",
        "No",
        0.75,
        "idiom",
        False,
    ),
    (
        # what the status quo led to: "That's what we've got now and I've seen how that ends"
        r"(?#anchors: seen seeing)(?:seen|seeing)\s+(?:where|how)\s+(?:that|it|this)\s+(?:ends|ended|goes|went|leads|led)\b",
        "No",
        0.65,
        "idiom",
        False,
    ),
    (
        # nobody answerable: "leaves everyone having regard and nobody accountable for the whole"
        r"(?#anchors: nobody)nobody\s+(?:is\s+)?(?:accountable|answerable|responsible|in\s+charge)\b",
        "No",
        0.7,
        "consequence",
        False,
    ),
    (
        # recognition: "yes, that's it exactly", "spot on", "exactly right"
        r"(?#anchors: that's that spot exactly bang)(?:that's|that\s+is)\s+it\s+exactly|(?:that's|that\s+is)\s+exactly\s+it\b|"
        r"spot\s+on\b|exactly\s+right\b|bang\s+on\b",
        "Yes",
        0.7,
        "idiom",
        True,
    ),
    (
        # one the respondent shares (round 42): "It is a vision we share", "The aims are ones we share", "an approach we
        # would support" (not "one we cannot share": no match)
        r"(?#anchors: share support welcome endorse back)\b(?:is|are|was|were|remains?)\s+(?:(?:a|an|one|ones)\s+(?:[\w-]+\s+){0,2}?|"
        r"(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:vision|aim|aims|focus|approach|ambition|goal|option|route|model|list)\s+)"
        r"(?<!\bno\s)(?:that\s+|which\s+)?(?:we|i)\s+(?:fully\s+|wholly\s+|entirely\s+|strongly\s+|broadly\s+|warmly\s+|can\s+|could\s+|would\s+)?"
        r"(?:share|support|welcome|endorse|back)\b",
        "Yes",
        0.8,
        "verdict",
        True,
    ),
    (
        # nothing to do with it (round 42): "The third option ... we want nothing to do with", "we want no part of it"; and
        # the thing wanted said not to be it: "We want the strongest possible law, and Option One is not it."
        r"(?#anchors: nothing part not)\b(?:want|wants|wanted|will\s+have|'ll\s+have)\s+(?:nothing\s+to\s+do\s+with|no\s+part\s+(?:of|in))\b"
        r"|\b(?:is|'s|are)\s+not\s+it\s*(?:[.!;]|$)",
        "No",
        0.85,
        "verdict",
        False,
    ),
    (
        # judged unreasonable (round 45; negated, a litotes that supports): "Nor do we think it unreasonable to focus the
        # duty on serious violence in particular", "we think it unreasonable to expect schools to carry a further duty"
        r"(?#anchors: unreasonable)\b(?:think|thinks|consider|considers|find|finds|believe|believes|regard|regards)\s+it\s+"
        r"(?:\w+\s+)?unreasonable\s+to\s+(?:focus|proceed|include|name|place|put|adopt|legislate|limit|concentrate|expect|ask|"
        r"require|impose|extend|add|leave|rely)\b",
        "No",
        0.75,
        "evaluation",
        True,
    ),
    (
        # a hedge that supports (round 42): "It would not be unreasonable to proceed with a duty on the public bodies named";
        # not wishing to see it weakened: "we would not wish to see the preferred option weakened or dropped"
        r"(?#anchors: unreasonable weakened dropped abandoned diluted watered scrapped delayed lost shelved urge urges encourage encourages ask asks implore call)\b(?:would|is|was)\s*(?:not|n't)\s+(?:be\s+)?"
        r"unreasonable\s+(?:for\s+(?:the\s+)?[\w-]+\s+)?to\s+(?:proceed|go\s+ahead|adopt|introduce|legislate|take\s+(?:it\s+)?forward|place|put|"
        r"choose|pursue)\b"
        r"|\b(?:would|do|does|did)\s*(?:not|n't)\s+(?:wish|want|like)\s+to\s+see\s+(?:[\w'’-]+\s+){1,5}?(?:weakened|dropped|abandoned|"
        r"diluted|watered\s+down|scrapped|delayed|lost|shelved)\b"
        # (or asking that it not be: "We would encourage the Home Office not to dilute it", round 45)
        r"|\b(?:urge|urges|encourage|encourages|ask|asks|implore|call\s+on)\s+(?:\w+\s+){0,4}?not\s+to\s+(?:dilute|weaken|water\s+down|"
        r"narrow|drop|abandon|scrap|shelve|delay|row\s+back\s+on)\s+(?:it|them|this|the\s+(?:duty|vision|focus|proposals?|option|list))\b",
        "Yes",
        0.75,
        "evaluation",
        False,
    ),
    (
        # a route to the vision (round 42): "It is a route to the vision", "Not, in my view, a route to the vision."
        r"(?#anchors: route path road)\b(?:a|the|one|any)\s+(?:real\s+|credible\s+|realistic\s+|workable\s+|sure\s+|reliable\s+|better\s+)?"
        r"(?:route|path|road)\s+to\s+(?:the|that|this|its|our|your)\s+vision\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    (
        # a credible way to the vision (round 45): "the Force does not see it as a credible way to deliver the vision"
        r"(?#anchors: way means mechanism vehicle)\b(?:a|the|one|any)\s+(?:credible|realistic|workable|sure|reliable|effective|"
        r"practical|sensible|good|viable)\s+(?:way|means|mechanism|vehicle)\s+(?:to|of|for)\s+(?:deliver(?:ing)?|achiev(?:e|ing)|"
        r"realis(?:e|ing)|realiz(?:e|ing)|meet(?:ing)?|reach(?:ing)?)\s+(?:the|that|this|its|our|your)\s+vision\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    (
        # a terse answer (round 42): "Right, and overdue.", "Overdue." (a table's cell)
        r"(?#anchors: overdue)^\W*(?:(?:right|correct|sound|welcome)\s*,?\s+(?:and\s+)?)?(?:long\s+|much\s+|well\s+)?overdue\s*[.!]?\s*$",
        "Yes",
        0.8,
        "evaluation",
        False,
    ),
    (
        # at one in backing it (round 42): "Our members are of one mind in backing the Government's preferred option", "we
        # are united in supporting Option One" (not "not united in ...": divided, no verdict)
        r"(?#anchors: mind united unanimous one)(?<!\bnot\s)(?<!n't\s)(?:of\s+one\s+mind|united|unanimous|at\s+one|as\s+one)\s+in\s+(?:their\s+|our\s+|its\s+)?"
        r"(?:backing|supporting|support\s+(?:of|for)|welcoming|endorsing|favouring|favoring)\b",
        "Yes",
        0.85,
        "verdict",
        False,
    ),
    (
        r"(?#anchors: mind united unanimous one)(?<!\bnot\s)(?<!n't\s)(?:of\s+one\s+mind|united|unanimous|at\s+one|as\s+one)\s+in\s+(?:their\s+|our\s+|its\s+)?"
        r"(?:opposing|rejecting|opposition\s+to|rejection\s+of|resisting)\b",
        "No",
        0.85,
        "verdict",
        False,
    ),
    (
        # ("it does not have our support": turned round)
        r"(?:gets?|has|have|had|wins?)\s+(?:our|my|the\s+\w+'s)\s+(?:vote|backing|support|endorsement)|(?:our|my)\s+vote\s+(?:goes|would\s+go)\s+to",
        "Yes",
        0.85,
        "idiom",
        True,
    ),
    (
        # (an organisation's own, round 40: "The branch would put its money on the partnership route")
        r"(?:place|put)\s+(?:our|my|its)\s+(?:bet|money)|(?:our|my|its)\s+money\s+(?:is|would\s+be)\s+on",
        "Yes",
        0.8,
        "idiom",
        False,
    ),
    (
        # ("could live with" is acceptance, not endorsement: the weaker entry below, for a person to check)
        r"(?:hard|hard-)pressed\s+to\s+improve|could\s+not\s+(?:have\s+)?(?:put|said)\s+it\s+better"
        # (round 31: "I could not have written a better description of what our children need")
        r"|could\s*(?:not|n't)\s+have\s+(?:written|asked\s+for|wished\s+for|drawn\s+up)\s+(?:a\s+)?better\b",
        "Yes",
        0.75,
        "idiom",
        False,
    ),
    (
        r"(?:have|has)\s+no\s+(?:quarrel|objection|objections|problem|difficulty|quibble)\s+(?:with|to)|without\s+(?:reservation|hesitation|qualification)",
        "Yes",
        0.8,
        "idiom",
        False,
    ),
    # and not wanted: "the Association would not want to see a different list drawn up" keeps this one
    (
        r"(?#anchors: different another separate fresh)(?:would\s+not|wouldn't|do\s+not|don't|does\s+not|doesn't)\s+(?:want|wish|like)\s+to\s+see\s+"
        r"(?:a\s+|an\s+)?(?:different|another|separate|fresh)\s+(?:list|set\s+of\s+(?:bodies|partners|organisations|agencies))\b",
        "Yes",
        0.7,
        "evaluation",
        False,
    ),
    # another of its kind picked: "I'd pick a different list" says the list is not the right one (listed before the pick
    # below, which starts at the same word)
    (
        r"(?#anchors: different another separate fresh)(?:(?:we|i)(?:'d|\s+would|\s+will)\s+(?:rather\s+|sooner\s+)?)?(?:pick|choose|use|want|prefer|"
        r"go\s+for|opt\s+for|start\s+again\s+with|draw\s+up|(?:want|like|wish)\s+to\s+see)\s+(?:a\s+|an\s+)?(?:different|another|separate|fresh)\s+"
        r"(?:list|set\s+of\s+(?:bodies|partners|organisations|agencies)|group\s+of\s+(?:bodies|partners|organisations|agencies))\b",
        "No",
        0.75,
        "evaluation",
        True,
    ),
    (
        r"(?:(?:we|i|the\s+(?!government|home\s+office|paper|consultation|ministers?)\w+)\s+(?:would|will)|we'd|i'd)\s+"
        r"(?:(?!not\b|never\b)\w+\s+)?(?:choose|opt\s+for|pick|vote\s+for)|(?:we|i)\s+(?:would|'d)\s+(?:(?!not\b|never\b)\w+\s+)?like\s+to\s+see"
        # (not a change wished for, round 33: "much in Option One that we would like to see changed")
        r"(?![^.;,]{0,60}?\b(?:changed|amended|altered|dropped|removed|scrapped|withdrawn|abandoned|reconsidered|rethought|revised|"
        r"rewritten|redrawn|narrowed|shelved|replaced"
        # (nor bodies wished added to a list, round 35: "We would like to see housing providers added to the list" finds the list
        # incomplete, Q10's omission and Q12's addition)
        r"|added|extended|widened|expanded|broadened|lengthened)\b)"
        r"|is\s+(?:the\s+one|where)\s+(?:we|i|the\s+(?!government\b|home\s+office\b|paper\b|consultation\b|duty\b|option\b|list\b|law\b|legislation\b|proposals?\b|approach\b|vision\b|strategy\b|partnerships?\b|schedule\b)\w+)\s+would"
        # (nor the one the respondent would advise against, round 49: "The voluntary approach is the one we would counsel
        # against most strongly")
        r"(?!\s+(?:\w+\s+){0,2}?(?:last|bottom|lowest|least|second|third|reject|rule\s+out|avoid|drop|not\b|never\b|"
        r"(?:caution|warn|advise|counsel|argue)\s+(?:\w+\s+)?against\b))",
        "Yes",
        0.8,
        "preference",
        True,  # "It is not the route the Network would choose"
    ),
    (
        r"(?:is|are|as|be|seems?|looks?)\s+(?:(?!not\b|never\b|no\b)\w+\s+){0,3}the\s+(?:(?:right\s+)?way\s+(?:forward|to\s+(?:achieve|deliver|secure|realise|realize)\b)|obvious\s+(?:one|choice|route|answer|home|place)|best(?=\s*[.;]|\s*,\s*(?:in\s+(?:our|my)|we|i)\b)|best\s+(?:of\s+the\s+three|bet|route|way|hope|option|vehicle|model|one|approach|choice|answer)|natural\s+(?:home|vehicle|choice|place))",
        "Yes",
        0.8,
        "evaluation",
        True,
    ),
    # the same denied after its copula: "On its own, Option One is not the best route to the vision"
    (
        r"(?:is|are|be)\s*(?:not|n't)\s+(?:(?:really|necessarily|clearly|obviously|in\s+our\s+view|on\s+its\s+own)\s+)?the\s+"
        r"(?:(?:right\s+)?way\s+(?:forward|to\s+(?:achieve|deliver|secure|realise|realize)\b)|best\s+(?:route|way|option|vehicle|model|"
        r"approach|choice|answer|bet|hope)|obvious\s+(?:one|choice|route|answer))",
        "No",
        0.8,
        "evaluation",
        False,
    ),
    (
        # "is where the duty belongs", "is exactly where it should be"
        # (or what the respondent thinks, and a noun with its adjective: "is where we think the new duty belongs", round 31)
        r"(?:is|are)\s+(?:exactly\s+|just\s+|precisely\s+)?where\s+(?:(?:we|i)\s+(?:think|believe|feel|would\s+say)\s+)?(?:this|it|they|"
        r"the\s+duty|the\s+(?:\w+\s+)?\w+|responsibility)\s+"
        r"(?:belongs|should\s+sit|should\s+lie|sits\s+best|should\s+be\b)",
        "Yes",
        0.8,
        "evaluation",
        True,
    ),
    (
        r"(?:(?:we|i)\s+(?:also\s+|fully\s+|wholly\s+)?|\band\s+)share\s+(?:(?:much|most|many|all)\s+of\s+)?(?:(?:the|its|this|that|the\s+(?:paper|government|consultation|strategy)['’]s)\s+(?:ambition|aims?|goals?|vision|objectives?)|what\s+(?:it|the\s+paper|the\s+government|you)\s+(?:wants?|hopes?|seeks?|aims?))|(?:we|i)\s+(?:applaud|commend)",
        "Yes",
        0.8,
        "evaluation",
        False,
    ),
    (r"(?:we|i|you)(?:\s+would|'d)\s+go\s+(?:for|with)\b", "Yes", 0.8, "preference", False),
    # a recommendation to the Government: "it should go with the third idea", "ministers should go for the second"
    (
        r"(?#anchors: should must ought)(?:it|they|you|the\s+government|the\s+home\s+office|ministers)\s+(?:should|must|ought\s+to)\s+(?:just\s+|simply\s+)?go\s+(?:with|for)\b",
        "Yes",
        0.75,
        "request",
        False,
    ),
    # the respondent would leave it as it is: "I would not alter a line of it", "we wouldn't change it"
    (
        r"(?#anchors: change alter amend nothing)nothing\s+in\s+(?:it|them|this|that|the\s+\w+)\s+(?:that\s+)?(?:we|i|(?:this|our|my|the)\s+\w+)\s+would\s+"
        r"(?:strike\s+out|change|remove|alter|cut|take\s+out)|(?:we|i)\s+(?:would|will|could)?\s*(?:not|n't)\s+(?:want\s+to\s+)?(?:change|alter|amend)\s+"
        r"(?:a\s+(?:single\s+)?(?:word|thing|line|comma|letter)|(?:it|them|this|that|the\s+(?!law\b|legislation\b|current\b|existing\b|way\b)\w+)\b(?!\s+(?:much|enough)))",
        "Yes",
        0.7,
        "idiom",
        False,
    ),
    (
        r"(?:say|says|said)\s+amen\s+to"
        r"|(?:do|does|did)\s*(?:not|n't)\s+dissent\s+from|(?:we|i)\s+(?:can|could|would)\s+go\s+along\s+with",
        "Yes",
        0.8,
        "idiom",
        False,
    ),
    # "it would make a bigger committee, not a stronger one": what it would not be
    (
        r"not\s+(?:a\s+|any\s+)?(?:better|safer|stronger)\s+[a-z]+\b",  # the noun as [a-z]+: common nouns make poor anchors
        "No",
        0.7,
        "evaluation",
        False,
    ),
    # the target as the choice of the respondent (or of its members, its board): "Option Two is the option our
    # members would choose", "the voluntary route is the one I think would help most", "the approach the
    # Council would advocate" (not the Government's: "the option the Government would choose")
    (
        r"(?#anchors: advocate back choose endorse favour good pick prefer recommend commend support take)(?:is|are|as|be)\s*(?:,[^,;]{1,30},)?\s+(?:(?!not\b|never\b|hardly\b)\w+\s+)?(?:the|one)\s+(?:one|option|approach|route|model|course|answer|way)\s+"
        r"(?:that\s+|which\s+)?"
        # (or its members, bare: "it is the one that members would prefer", round 30)
        # (or two words: "it is the route the six councils would prefer", round 31)
        r"(?:we|i|(?:our|my|this)\s+\w+|members|trustees|governors|the\s+(?!(?:\w+\s+)?(?:government|home\s+office|paper|consultation|"
        r"ministers?)\b)(?:\w+\s+)?\w+)\s+"
        r"(?:(?:believe|think|consider|feel)\s+)?(?:would|will|should|do|does|can|could)\s+(?:(?!not\b|never\b)\w+\s+)?"
        r"(?:choose|advocate|favour|recommend|commend|back|support|prefer|pick|endorse|take|do\s+(?:the\s+)?most\s+good)\b",
        "Yes",
        0.8,
        "preference",
        False,
    ),
    # the target as what the respondent wants or would go with: "Option Two is the one we want", "the
    # voluntary route is the one I'd go with" (the modal is optional here, unlike the entry above)
    (
        r"(?#anchors: want wanted plump settle)(?:is|are|'s)\s+(?:(?!not\b|never\b|hardly\b)\w+\s+)?(?:the|one)\s+(?:one|option|approach|route|model|course|answer|way)\s+"
        r"(?:that\s+|which\s+)?(?:we|i|(?:our|my)\s+\w+)(?:'d\s+|\s+)(?:(?:would|will|all|really|actually|do)\s+){0,2}"
        r"(?:want|wanted|plump\s+for|settle\s+on)\b",
        "Yes",
        0.8,
        "preference",
        False,
    ),
    (
        r"(?#anchors: one)(?:is|are|'s)\s+(?:(?!not\b|never\b|hardly\b)\w+\s+)?the\s+one\s+(?:that\s+|which\s+)?(?:we|i|(?:our|my)\s+\w+)(?:'d\s+|\s+)"
        r"(?:(?:would|will|all|really|actually)\s+){0,2}go\s+(?:with|for)\b",
        "Yes",
        0.8,
        "preference",
        False,
    ),
    # what it would achieve, in plain words: "I don't think it would do much" (little: below)
    (
        r"(?#anchors: much lot great)(?:would|will|could|can)\s+do\s+(?:so\s+)?(?:much|a\s+lot|a\s+great\s+deal)\b(?!\s+(?:harm|damage))",
        "Yes",
        0.6,
        "consequence",
        True,
    ),
    # nobody would quarrel with it: "nobody here would argue with what the paper wants", "we can't argue with that"
    (
        r"(?#anchors: argue quarrel disagree issue)(?:nobody|no\s+one|none\s+of\s+us)\s+(?:[\w']+\s+){0,6}?(?:would|could|can|will)\s+(?:argue|quarrel|disagree)\s+with"
        r"|(?:we|i)\s+(?:can|could|would)(?:n't|\s*not)\s+(?:really\s+|for\s+a\s+moment\s+|seriously\s+|(?:want|wish)\s+to\s+)*"
        r"(?:argue|quarrel|take\s+issue)\s+with"
        # (round 46) "The vision is not one we would want to argue with"
        r"|\bnot\s+(?:one|something|an?\s+[\w-]+)\s+(?:that\s+|which\s+)?(?:we|i|our\s+[\w-]+|members)\s+(?:would|could|can|will)\s+"
        r"(?:(?:want|wish)\s+to\s+)?(?:argue|quarrel|take\s+issue|disagree)\s+with",
        "Yes",
        0.8,
        "idiom",
        False,
    ),
    # little to disagree with: "we find little to disagree with in the vision", "there is nothing here to object to"
    (
        r"(?#anchors: disagree object quarrel argue issue fault)(?:little|nothing|not\s+much|very\s+little)\s+"
        r"(?:(?:here|in\s+(?:it|this|that))\s+)?(?:(?:that\s+)?(?:we|i)\s+(?:would|could|can)\s+|to\s+)"
        r"(?:disagree|object|quarrel|argue|take\s+issue)\s+(?:with|to)\b|(?:little|nothing)\s+to\s+find\s+fault\s+with\b"
        # (round 29) "There is nothing in the stated vision with which our members would quarrel"
        r"|(?:little|nothing|not\s+much|very\s+little)\s+in\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:vision|list|option|proposals?|"
        r"approach)\s+(?:with\s+which|to\s+which|that|which)\s+(?:[\w']+\s+){0,3}?(?:would|could|can)\s+(?:disagree|object|quarrel|argue|"
        r"take\s+issue)\b",
        "Yes",
        0.8,
        "idiom",
        False,
    ),
    # looked for fault and found none (round 50): "We have read the vision several times looking for something to take issue
    # with and have not found it"
    (
        r"(?#anchors: looking looked searched searching)(?:looking|looked|searched|searching)\s+(?:hard\s+)?for\s+(?:something|anything)\s+(?:in\s+it\s+)?"
        r"to\s+(?:disagree\s+with|object\s+to|quarrel\s+with|argue\s+with|take\s+issue\s+with|criticise|criticize|find\s+fault\s+with)"
        r"\s*,?\s+(?:and|but)\s+(?:we\s+|i\s+)?(?:have|has|had|did|could|can)\s*(?:not|n't)\s+(?:found|find)\b",
        "Yes",
        0.8,
        "idiom",
        False,
    ),
    # partly right, or only partly (round 50): "The Schedule 6 list is therefore regarded as partly, but only partly, the right
    # one" (listed before "the right one", which starts later)
    (
        # (or its second half, where the clause is split at "but": "but only partly, the right one")
        r"(?#anchors: partly partially)\b(?:partly|partially)(?:\s*,\s*(?:but|and)\s+only\s+(?:partly|partially))?\s*,?\s+"
        r"(?:the\s+right|right|correct|sound|persuasive|convincing|adequate|sufficient|successful|justified)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # persuaded by one half and not the other (round 50): "The Trust is persuaded by the first half of the vision and not by the
    # second"
    (
        r"(?#anchors: first)\bthe\s+first\s+(?:half|part|limb|strand|element)\s+of\s+[^.;]{1,60}?\s+(?:and|but)\s+not\s+(?:by\s+|with\s+|to\s+|"
        r"of\s+)?the\s+(?:second|other|rest)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # a change, and not for the better (round 50): "the former is the one that would change most for us, and not for the better"
    (
        r"(?#anchors: better)\bnot\s+for\s+the\s+better\b",
        "No",
        0.9,
        "evaluation",
        False,
    ),
    # letting the reluctant stay out: "would let the ones with the longest waiting lists stay away"
    (
        r"(?#anchors: away)(?:let|lets|letting|allow|allows|allowing)\s+[^.;,]{1,60}?\s+(?:to\s+)?(?:stay|keep|walk|drift)\s+away\b",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # nothing to show for it: "we have had the voluntary approach for years and have nothing to show for it"
    (
        r"(?#anchors: show)(?:nothing|little|not\s+much|precious\s+little|very\s+little|not\s+a\s+lot)\s+to\s+show\s+for\s+(?:it|them|that|this)\b",
        "No",
        0.75,
        "consequence",
        False,
    ),
    # far enough: "Option Two doesn't go far enough" (turned round), "it goes too far"
    (
        r"(?#anchors: far)(?:go|goes|going|went|gone)\s+(?:(?!not\b|never\b|nowhere\b)\w+\s+)?far\s+enough\b",
        "Yes",
        0.6,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: far)(?:go|goes|going|went|gone)\s+(?:nowhere\s+near|not\s+nearly|not\s+anything\s+like)\s+far\s+enough\b",
        "No",
        0.75,
        "evaluation",
        False,
    ),
    (
        r"(?#anchors: far)(?:go|goes|going|went|gone)\s+(?:much\s+|far\s+|way\s+|a\s+step\s+|a\s+bit\s+)?too\s+far\b",
        "No",
        0.7,
        "evaluation",
        True,
    ),
    # no excuse left: "it would remove the excuse that violence is somebody else's business"; the match starts at the
    # verb, so that a negation before it reaches it ("a duty would not remove the excuse")
    (
        r"(?#anchors: remove removes removing take takes end ends close)(?:(?<=would\s)|(?<=will\s)|(?<=could\s)|"
        r"(?<=should\s)|(?<=not\s)|(?<=never\s)|(?<=really\s)|(?<=finally\s)|(?<=also\s))"
        r"(?:remove|take\s+away|end|close\s+off)\s+"
        r"(?:the|any|that|an)\s+(?:\w+\s+)?(?:excuses?|loophole|way\s+out)\b",
        "Yes",
        0.65,
        "consequence",
        True,
    ),
    # changing least of the three: "this is the one I think would change least for someone like me"
    (
        r"(?#anchors: least)(?:would|will|could|might|does|do)\s+(?:change|do|achieve|help|deliver|improve)\s+(?:the\s+)?least\b",
        "No",
        0.7,
        "consequence",
        False,
    ),
    # no argument with it: "I read what you're trying to achieve and I don't argue with it", "we can't argue with that"
    (
        # (or with no subject, as short answers go: "Can't argue with any of it.")
        r"(?#anchors: argue quarrel)(?:(?:we|i)\s+|^\W*)(?:don't|do\s+not|can't|cannot|couldn't|wouldn't|won't)\s+(?:really\s+)?(?:argue|quarrel)\s+"
        r"with\s+(?:(?:any|much|most|a\s+word)\s+of\s+)?(?:it|that|this|them|the\s+(?:vision|aim|aims|focus|idea|approach|option|duty|list|principle))\b",
        "Yes",
        0.75,
        "idiom",
        False,
    ),
    # ... or hard to argue with (round 41): "Hard to argue with.", "the vision is difficult to argue with" (not "hard to
    # argue with the figures", whose object is another)
    (
        r"(?#anchors: argue quarrel fault)\b(?:hard|difficult|impossible|tough)\s+to\s+(?:argue|quarrel|find\s+fault)\s+with"
        r"(?=\s*(?:[.!;,)]|$|\s+(?:and|but|in\s+principle|as\s+an?\s+aim|as\s+far\s+as\s+it\s+goes)\b))",
        "Yes",
        0.75,
        "idiom",
        True,
    ),
    # "it is not the list we'd pick", "that's the option I'd pick": judged as the respondent's choice
    (
        r"(?#anchors: choose pick want commend back support favour recommend endorse)(?:(?<=is\s)|(?<=are\s)|(?<='s\s)|(?<=n't\s)|(?<=not\s))(?:the|a)\s+(?:list|group|one|option|route|approach|model)\s+"
        # (or a body's: "the third is the one the Association would commend", "it is the one our Board would choose")
        r"(?:that\s+|which\s+)?(?:we|i|(?:the|our)\s+(?!government\b|home\b|department\b|ministers?\b|paper\b|consultation\b)[\w-]+)"
        r"(?:'d\s+|\s+(?:would|will)\s+)(?:choose|pick|want|commend|back|support|favour|recommend|endorse)\b",
        "Yes",
        0.75,
        "preference",
        True,
    ),
    # no quarrel with it: "we've no argument with the vision", "I have no complaints about it", and without a verb:
    # "No argument from the Branch with the vision."
    (
        r"(?#anchors: argument quarrel complaint problem objection issue reservation qualm)(?:(?:we|i)(?:'ve|\s+have)\s+(?:got\s+)?|"
        r"(?<![\w,;] )(?<![\w,;]))(?:no|little)\s+(?:real\s+|great\s+|particular\s+|serious\s+|major\s+|fundamental\s+)?"
        r"(?:argument|quarrel|complaints?|problems?|objections?|issues?|reservations?|qualms?)\s+"
        r"(?:from\s+(?:the|our|us|me|this|my)\b[^,.;]{0,40}?\s+)?(?:at\s+all\s+)?(?:with|about|to|over)\b"
        # said as the whole answer: "No complaints from me on this one."
        r"|(?#anchors: complaints complaint quarrel objections)^\W*(?:no|few)\s+(?:complaints?|quarrel|objections?)\s+(?:at\s+all\s+)?"
        r"(?:from\s+(?:me|us|here|this\s+\w+)\s*)?(?:(?:on|about)\s+(?:this|that|it)(?:\s+one)?\s*|here\s*)?(?:[.!]|$)",
        "Yes",
        0.75,
        "idiom",
        False,
    ),
    # round 27: evaluations and consequences in more words. Kept as it is: "we would not seek to alter it"
    (
        r"(?#anchors: alter change amend rewrite redraw revise)(?:would|will|do|does|did)\s*(?:not|n't)\s+(?:seek|wish|want|propose)\s+to\s+"
        r"(?:alter|change|amend|rewrite|redraw|revise)\s+(?:it|them|this|that|the\s+vision|the\s+list|a\s+word\s+of\s+it|anything\s+in\s+it)\b",
        "Yes",
        0.75,
        "evaluation",
        False,
    ),
    # the step to take: "seems to us the proportionate next step", "is not the right next step"
    (
        r"(?#anchors: next)\b(?:the|a)\s+(?:right|sensible|proportionate|logical|natural|obvious|correct|wise)\s+next\s+step\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # pulling the wrong way: "would pull in the wrong direction", "pulls in the opposite direction to that rationalisation"
    (
        r"(?#anchors: pull pulls pulling point points pointing take takes taking head heads)(?:pull|pulls|pulling|point|points|pointing|"
        r"take|takes|taking|head|heads)\s+(?:us\s+|things\s+|the\s+work\s+|it\s+|services\s+|partners\s+)?in\s+(?:exactly\s+|precisely\s+)?"
        r"(?:the\s+)?(?:wrong|opposite)\s+direction\b",
        "No",
        0.75,
        "idiom",
        True,
    ),
    # the past again: "would repeat the past decade in this city", "would repeat that pattern", "would take us back to
    # that group" (what failed before, said of the target)
    (
        # (from the verb, after a modal or an adverb, so that a negation before it reaches it: "would not repeat ...")
        r"(?#anchors: repeat back)(?:(?<=\bwould\s)|(?<=\bwill\s)|(?<=\bcould\s)|(?<=\bmight\s)|(?<=\bnot\s)|(?<=n't\s)|"
        r"(?<=\bsimply\s)|(?<=\bonly\s)|(?<=\bmerely\s))repeat\s+"
        r"(?:the|that|those|this|these|past|previous|earlier|our|its)\s+(?:[\w-]+\s+){0,2}?(?:past|pattern|patterns|mistakes?|failures?|"
        r"history|experience|decade|years|cycle|errors?)\b"
        r"|(?:would|will|could)\s+(?:in\s+effect\s+|effectively\s+|simply\s+|only\s+|just\s+)?take\s+(?:us|things|"
        r"areas|partners|the\s+work)\s+(?:straight\s+|right\s+)?back\s+to\b",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # less than another: "would achieve less than the other legislative route", "would deliver far less than"
    (
        # (from its modal, where there is one: "would in our view achieve" is otherwise a consequence in its favour)
        r"(?#anchors: less)(?:(?:would|could|will|might|may|can)\s+(?:[\w']+\s+){0,3}?)?"
        r"(?:achieve|achieves|deliver|delivers|accomplish|accomplishes|offer|offers|do|does|bring|brings|add|adds)\s+"
        r"(?:far\s+|much\s+|rather\s+|considerably\s+|a\s+good\s+deal\s+|significantly\s+)?less\s+than\b",
        "No",
        0.75,
        "consequence",
        True,
    ),
    # wanting it taken forward: "we would want the Government's preferred option taken forward"
    (
        r"(?#anchors: forward)(?:we|i)\s+(?:would\s+|should\s+|do\s+)?(?:want|wish|like|urge|ask|hope)\s+(?:to\s+see\s+)?"
        r"[^.;:]{1,60}?(?<!\bis)(?<!\bare)(?<!\bbe)(?<!\bwas)(?<!\bbeing)(?<!\bnot)(?<!\bnever)\s+(?:taken|carried|brought|moved)\s+forward\b",
        "Yes",
        0.75,
        "preference",
        True,
    ),
    # something in its favour (a concession's first half, not a verdict): "A due regard duty has real attractions, but ..."
    (
        r"(?#anchors: attractions appeal merits strengths)\b(?:has|have|had|holds?)\s+(?:real|obvious|clear|genuine|some|considerable|"
        r"definite|undoubted|its|their|certain)\s+(?:attractions|appeal|merits|strengths)\b",
        "Yes",
        0.6,
        "evaluation",
        True,
    ),
    # narrower than it should be: "the focus it adopts is narrower than the evidence warrants"
    (
        r"(?#anchors: than)(?:narrower|broader|wider|more\s+limited|more\s+restrictive|weaker|slower)\s+than\s+(?:the\s+(?:problem|problems|"
        r"need|needs|reality|harm|harms|evidence)\b|(?:[\w'-]+\s+){0,4}?"
        r"(?:warrants?|warranted|justif(?:y|ies|ied)|requires?|required|needs?|needed|demands?|calls?\s+for|merits?|"
        r"(?:should|ought\s+to|needs\s+to)\s+be|is\s+(?:wise|sensible|right|helpful|necessary)|(?:we|i)\s+(?:would|should)\s+(?:like|wish|want|hope)))\b",
        "No",
        0.75,
        "evaluation",
        False,
    ),
    # what it leaves out: "the vision leaves out the very harms ...", "it omits domestic abuse"
    (
        # (not "it leaves out nothing that matters")
        r"(?#anchors: leaves omits)\b(?:leaves\s+out|omits)\b(?!\s+(?:nothing|no\s+one|nobody|none|no\s+\w+\s+that)\b)",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    # adding something (or, negated, nothing): "Neither of the legislative options would in our view add anything"
    (
        r"(?#anchors: add)(?:(?<=\bwould)|(?<=\bcould)|(?<=\bwill)|(?<=\bnot)|(?<=n't)|(?<=\bto))\s+add\s+(?:anything|much|real\s+value|"
        r"value|a\s+great\s+deal|a\s+lot)\b",
        "Yes",
        0.6,
        "consequence",
        True,
    ),
    # the way to go: "offers the surer path to the vision", "the most direct route to it"
    (
        r"(?#anchors: path route road way)\b(?:the|a)\s+(?:surer|surest|safer|safest|better|best|likelier|likeliest|quicker|quickest|"
        r"more\s+direct|most\s+direct|more\s+reliable|most\s+reliable|more\s+realistic|most\s+realistic)\s+(?:path|route|road|way)\s+"
        r"(?:to|towards|forward)\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # nothing to fault: "a vision that we find hard to fault", "we cannot fault it"
    (
        r"(?#anchors: fault)(?:hard|difficult)\s+to\s+fault\b|(?:can|could)(?:not|n't|\s+not)\s+(?:really\s+)?fault\b",
        "Yes",
        0.75,
        "evaluation",
        False,
    ),
    # at ease with: "The vision sits comfortably with the five ways of working" (negated: "does not sit comfortably")
    (
        r"(?#anchors: comfortably)(?:sits|sit|sitting|fits|fit|fitting)\s+(?:very\s+|quite\s+|entirely\s+)?comfortably\s+(?:with|alongside)\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    # covering the ground (round 45): "The Schedule 6 list covers the ground", "it covers all the bases" (negated: "does not
    # cover the ground")
    (
        r"(?#anchors: cover covers covering ground bases)\b(?:covers?|covering)\s+(?:all\s+|most\s+of\s+|much\s+of\s+)?the\s+"
        r"(?:ground|bases|right\s+ground)\b",
        "Yes",
        0.7,
        "idiom",
        True,
    ),
    # the dearest or the most direct route (round 45): "On our costing Option One is the dearest route to the vision and not
    # the most direct one"
    (
        r"(?#anchors: dearest costliest expensive slowest roundabout costly direct efficient)\bthe\s+(?:dearest|costliest|most\s+expensive|slowest|"
        r"most\s+roundabout|most\s+costly|least\s+direct|least\s+efficient)\s+(?:route|way|option|path|road|means|one|of\s+the\s+(?:three|options))\b",
        "No",
        0.7,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: direct quickest surest cheapest efficient)\bthe\s+(?:most\s+direct|quickest|surest|cheapest|most\s+efficient)\s+(?:route|way|path|road|means|one)\b"
        r"(?!\s+(?:to\s+(?:fail|failure|disaster|confusion|duplication)|of\s+(?:failing|making\s+things\s+worse))\b)",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    # the standing it would give (round 45): "A due regard duty would give our prevention staff the standing to ask for
    # information"
    (
        r"(?#anchors: standing authority leverage mandate clout backing legitimacy)\b(?:would|will|could)\s+(?:also\s+)?give\s+(?:[\w'’-]+\s+){1,4}?"
        r"the\s+(?:standing|authority|leverage|mandate|clout|backing|legitimacy)\s+(?:to|that|they|it|we)\b",
        "Yes",
        0.7,
        "consequence",
        True,
    ),
    # the least suited (round 45): "Of the three routes set out in the paper, this is the one we think least suited to a county
    # like ours" (the classifier had read it as a Yes at p = 1.00)
    (
        r"(?#anchors: least)\bleast\s+(?:well[\s-]+)?(?:suited|suitable|appropriate|promising|effective|workable|attractive|convincing|"
        r"persuasive|helpful|useful|likely\s+to\s+(?:work|succeed|deliver|help))\b",
        "No",
        0.75,
        "evaluation",
        True,
    ),
    # it was well received: "the idea of a legal duty ... went down well on balance"
    (
        r"(?#anchors: went goes down)\b(?:went|goes|go|has\s+gone)\s+down\s+(?:very\s+|really\s+|surprisingly\s+)?well\b",
        "Yes",
        0.7,
        "idiom",
        True,
    ),
    # doing nothing towards it: "does nothing, of itself, to bring a school and a trust to the same table"
    (
        r"(?#anchors: nothing)(?:does|do|did|would\s+do|will\s+do|could\s+do|can\s+do)\s+nothing\s*,?\s+(?:(?:of|in|by)\s+itself\s*,?\s+|"
        r"on\s+its\s+own\s*,?\s+)?to\s+(?:bring|help|make|improve|ensure|secure|change|address|tackle|reduce|join|close|get|stop|prevent)\b",
        "No",
        0.75,
        "consequence",
        False,
    ),
    # right in one part, wrong in another: "right in its core and wrong at its edges"
    (
        r"(?#anchors: right)\bright\s+(?:in|at|on|about)\s+(?:its|the|their)\s+[\w-]+\s*,?\s+(?:and|but)\s+(?:\w+\s+)?wrong\s+(?:in|at|on|about)\b",
        "Mixed",
        0.8,
        "mixed",
        False,
    ),
    # round 27, third part. Judged unlikely: "We think it unlikely that Option One would deliver the vision"
    (
        r"(?#anchors: unlikely doubtful improbable)(?:(?:think|consider|believe|find|judge|thought|considered|found)\s+it|it\s+is|it's|it\s+seems|"
        r"it\s+looks)\s+(?:\w+\s+)?(?:unlikely|doubtful|improbable)\s+that\b",
        "No",
        0.75,
        "evaluation",
        False,
    ),
    # what fits: "is the one that fits our circumstances", "the option that best suits a county like ours"
    (
        r"(?#anchors: fits suits matches)\bthe\s+(?:one|option|route|approach|model)\s+(?:that|which)\s+(?:best\s+|most\s+closely\s+)?"
        r"(?:fits|suits|matches)\s+(?:our|us|this|a\s+(?:county|district|city|borough|place|area)|the\s+needs|local)\b",
        "Yes",
        0.75,
        "preference",
        True,
    ),
    # better than the others: "suits a two-tier county far better than the alternatives"
    (
        r"(?#anchors: suits suit fits fit works work serves serve)(?:suits|suit|fits|fit|works|work|serves|serve)\s+(?:[\w'-]+\s+){0,5}?"
        r"(?:far\s+|much\s+|rather\s+|considerably\s+)?better\s+than\s+(?:(?:the\s+|either\s+|any\s+)?(?:alternatives?|others?|other\s+(?:two|options?|routes?)|"
        r"(?:the\s+)?rest)|(?:either|any|both|all)\s+of\s+the\s+(?:[\w-]+\s+)?(?:options|alternatives|routes|approaches|others))\b",
        "Yes",
        0.8,
        "preference",
        True,
    ),
    # the natural route: "is, for us, the most natural route", "the obvious vehicle"
    (
        r"(?#anchors: natural obvious)\bthe\s+(?:most\s+)?(?:natural|obvious)\s+(?:route|way|choice|vehicle|home|place|option|path|fit)\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # where the respondent's preference lies: "My own preference, for what it is worth, lies with giving the job to ..."
    (
        r"(?#anchors: preference sympathies sympathy instinct support vote)\b(?:preference|sympathies|sympathy|instinct|support|vote)\s*(?:,[^,;]{1,40},\s*)?(?:lies|lie|lay)\s+with\b",
        "Yes",
        0.8,
        "preference",
        False,
    ),
    # the better prospect: "That is where members see the better prospect"
    (
        r"(?#anchors: prospect prospects)\b(?:the|a)\s+(?:better|best|brighter|stronger|strongest|real|realistic|more\s+realistic|"
        r"most\s+realistic)\s+prospects?\b(?!\s+of\s+(?:failure|confusion|duplication|delay|harm))",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # it would serve: "Either statutory route would serve." (not "would serve to confuse", a purpose)
    (
        # (intransitive, or "well": "the route that would serve Wales best" is a comparison read elsewhere)
        # (not what it needs first: "Schedule 6 needs substantial amendment before it would serve", round 42)
        r"(?#anchors: serve)(?:(?<=\bwould)|(?<=\bcould)|(?<=\bwill)|(?<=\bnot)|(?<=n't))(?<!\bbefore\sit\swould)(?<!\bbefore\sit\scould)"
        r"(?<!\bbefore\sit\swill)\s+serve(?:\s+(?:us\s+|them\s+|it\s+)?well)?"
        r"(?=\s*(?:[.;,:)!]|$)|\s+(?:here|equally|perfectly|adequately|and|but|as\s+well)\b)",
        "Yes",
        0.7,
        "consequence",
        True,
    ),
    # its merit: "would have the merit of building on machinery that already exists"
    (
        r"(?#anchors: merit advantage virtue)(?:has|have|had|having)\s+the\s+(?:great\s+|real\s+|considerable\s+|obvious\s+|added\s+)?"
        r"(?:merit|advantage|virtue)\s+of\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    # nothing added: "would add a second set of plans and returns without adding anything for the victims"
    (
        r"(?#anchors: adding)\bwithout\s+adding\s+(?:anything|much|any\s+value|value|a\s+great\s+deal)\b",
        "No",
        0.75,
        "consequence",
        False,
    ),
    # nothing at all done: "wouldn't have done a thing for me at fourteen", "won't change a thing"
    (
        r"(?#anchors: thing)(?:would|will|could|did|does|do)(?:n't|\s+not)\s+(?:have\s+)?(?:do|done|change|changed|achieve|achieved)\s+a\s+"
        r"(?:single\s+)?thing\b",
        "No",
        0.75,
        "idiom",
        False,
    ),
    # more of the form, none of the substance (round 46): "Lengthening the list would add seats, not answers", "it would
    # create meetings rather than results"
    (
        r"(?#anchors: add create produce bring generate mean)(?:would|will|could|only)\s+(?:just\s+|simply\s+|only\s+)?(?:add|create|produce|bring|"
        r"generate|mean)\s+(?:more\s+)?(?:seats|meetings|chairs|names|members|bodies|paperwork|plans|strategies|boards|people\s+round\s+the\s+table)"
        r",?\s+(?:but\s+)?(?:not|rather\s+than|instead\s+of|and\s+no)\s+(?:more\s+)?(?:answers|results|outcomes|action|change|progress|solutions|"
        r"value|safety|delivery|impact)\b",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # not unwilling, in litotes (round 46): "we would not be unhappy to see the Act amended", "we are not averse to it", "not
    # hostile to the idea" (not "would not be sorry to see it go")
    (
        r"(?#anchors: unhappy displeased averse hostile unwilling unsympathetic)(?:would|should|will|are|am|is|were|be)(?:n't|\s+not)\s+"
        r"(?:be\s+)?(?:at\s+all\s+|entirely\s+|wholly\s+|necessarily\s+)?(?:unhappy|displeased|averse|hostile|unwilling|unsympathetic)\s+"
        r"(?:to\s+see|to|with|about|if|towards?)\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    # no good seen in it (round 46): "we cannot see the preferred option doing anything for our pupils", "I can't see it
    # achieving much" (not "cannot see anything wrong with it")
    (
        r"(?#anchors: see)(?:cannot|can't|can\s+not|could\s*not|couldn't|do\s+not|don't|struggle\s+to|unable\s+to|fail\s+to)\s+see\s+"
        r"(?:[\w'’-]+\s+){0,6}?(?:(?:doing|achieving|changing|making|delivering|bringing)\s+(?:anything|much|a\s+great\s+deal|any\s+good|"
        r"a\s+difference|any\s+difference)\b(?!\s+(?:wrong|bad|harmful|negative)\b)"
        # (round 46) "leaves us unable to see the non-legislative option achieving the vision on its own"
        r"|(?:achieving|delivering|realising|realizing|fulfilling)\s+(?:the|its|that|this|your)\s+(?:vision|aims?|objectives?|goals?)\b)",
        "No",
        0.8,
        "evaluation",
        True,
    ),
    # praise as a sentence of its own after the target, in irony (round 46): "Another statutory duty. Marvellous.", "Give it
    # to the Community Safety Partnerships. Of course."
    (
        r"(?#anchors: marvellous wonderful splendid brilliant fantastic terrific course naturally lovely reassuring novel original refreshing)"
        + IRONY_FRAGMENT,
        "No",
        0.6,
        "irony",
        False,
    ),
    # nothing to object to, said as churlishness (round 46): "it would be churlish to quibble", "it seems churlish to object"
    (
        r"(?#anchors: churlish petty)\b(?:churlish|petty)\s+(?:of\s+us\s+|of\s+me\s+)?to\s+(?:quibble|object|complain|criticise|criticize|"
        r"carp|argue|disagree|find\s+fault|grumble)\b",
        "Yes",
        0.75,
        "idiom",
        True,
    ),
    # good in one role, no good in another (round 46): "The voluntary approach is valuable as a complement and worthless as a
    # substitute"
    (
        r"(?#anchors: complement supplement addition substitute replacement)(?:\b(?:is|are|was|'s|be|seems?)\s+(?:very\s+|highly\s+|genuinely\s+)?)?\b(?:valuable|useful|welcome|helpful|good|right|worthwhile|"
        r"essential|vital|attractive|sensible|fine)\s+as\s+an?\s+(?:complement|supplement|addition)\b[^.;]{0,40}?\b(?:and|but)\s+(?:it\s+is\s+)?"
        # (the role set against is blanked as a comparison: "as a substitute" is not read)
        r"(?:worthless|useless|inadequate|insufficient|hopeless|no\s+use|no\s+good|dangerous|wrong|unworkable|weak)\b",
        "Mixed",
        0.8,
        "mixed",
        False,
    ),
    # one thing right, so the rest not (round 46): "Option One gets one thing right: it makes serious violence somebody's
    # business"
    (
        r"(?#anchors: gets get got)\b(?:gets?|got)\s+(?:only\s+|just\s+)?(?:one|a\s+single)\s+thing\s+right\b",
        "Mixed",
        0.65,
        "mixed",
        False,
    ),
    # what it would take would do more good elsewhere (round 46): "The money and management time it would absorb would do
    # more good spent on the exploitation panel"
    (
        r"(?#anchors: good)\bdo\s+(?:far\s+|much\s+|a\s+lot\s+|a\s+great\s+deal\s+)?more\s+good\s+(?:if\s+)?(?:spent|used|invested|put|"
        r"directed|deployed)\s+(?:on|in|into|elsewhere|towards?)\b",
        "No",
        0.7,
        "consequence",
        False,
    ),
    # net-widening (round 46): "would widen the net through which children fall into the justice system", "would draw more
    # children into the criminal justice system"
    (
        r"(?#anchors: net draw drag pull bring sweep push)(?:would|will|could|might)\s+(?:only\s+|simply\s+|just\s+)?(?:widen|cast)\s+the\s+net\b"
        # (the net that draws children in, its relative clause blanked; not "we want to widen the net to include housing")
        r"(?=\s*[.;]?\s*$|\s+(?:through|by|into|from)\s+which\b)"
        r"|\b(?:draw|drag|pull|bring|sweep|push)\w*\s+(?:more\s+|many\s+more\s+|far\s+more\s+)?(?:children|young\s+people|families|"
        r"teenagers|boys|girls)\s+into\s+(?:the\s+)?(?:criminal\s+|youth\s+)?justice\s+system\b",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # spent (round 46): "We have watched that approach run out of road", "the goodwill model has run out of road"
    (
        r"(?#anchors: road steam)\b(?:run|runs|ran|running)\s+out\s+of\s+(?:road|steam)\b",
        "No",
        0.7,
        "idiom",
        True,
    ),
    # sorry to see it chosen (round 46): "we would be sorry to see it offered as the answer" (not "sorry to see it go")
    (
        r"(?#anchors: sorry)\bsorry\s+to\s+see\s+(?:it|this|that|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:offered|adopted|chosen|taken\s+forward|"
        r"treated|used|relied\s+(?:on|upon)|put\s+forward|presented|preferred|pursued)\b",
        "No",
        0.75,
        "evaluation",
        False,
    ),
    # a harm made harder (round 46): "would make it much harder for concerns to go nowhere", "harder for any of them to walk
    # away from the table"
    (
        r"(?#anchors: harder difficult)\b(?:make|makes|making|made)\s+it\s+(?:much\s+|far\s+|a\s+lot\s+|very\s+|more\s+)?(?:harder|difficult|"
        r"more\s+difficult)\s+for\s+[^.;]{1,50}?\s+to\s+(?:go\s+nowhere|be\s+ignored|fall\s+through|slip\s+through|be\s+lost|"
        r"be\s+overlooked|walk\s+away|disappear|be\s+passed\s+(?:around|between)|fall\s+between|be\s+missed|drift|opt\s+out|stay\s+away)",
        "Yes",
        0.7,
        "consequence",
        True,
    ),
    # no reason to replace it (round 46): "We see no reason to reinvent the Schedule 6 list", "there is no need to redraw it"
    (
        r"(?#anchors: reason need case)\bno\s+(?:good\s+|real\s+|obvious\s+)?(?:reason|need|case)\s+to\s+(?:reinvent|replace|redraw|rewrite|"
        r"tear\s+up|start\s+(?:again|afresh)|abandon|depart\s+from|throw\s+out)\b",
        "Yes",
        0.7,
        "evaluation",
        False,
    ),
    # cool on it (round 46): "We are cool on adding more names to the list", "the Board was cold towards the idea"
    (
        r"(?#anchors: cool cold)\b(?:is|are|am|was|were|remain|remains|be)\s+(?:rather\s+|fairly\s+|distinctly\s+|very\s+|decidedly\s+|"
        r"somewhat\s+|much\s+)?(?:cool|cold|cooler|colder)\s+(?:on|about|towards?)\b",
        "No",
        0.75,
        "evaluation",
        True,
    ),
    # sound in principle, doubtful in practice (round 46): "sound in principle, uncertain in practice"
    (
        r"(?#anchors: principle)\b(?:sound|right|good|attractive|welcome|sensible|fine)\s+in\s+principle\s*(?:,|;|but|and)\s*(?:but\s+)?"
        r"(?:uncertain|doubtful|unworkable|wrong|weak|flawed|unproven|questionable|risky|unclear|untested|problematic)\s+in\s+"
        r"(?:practice|its\s+(?:detail|delivery|application))\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # N of them where one is needed (round 46): "would produce seven strategies where one is needed"
    (
        r"(?#anchors: where)\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|many)\s+(?:separate\s+)?"
        r"(?:strategies|plans|boards|partnerships|meetings|sets\s+of\s+\w+)\s+where\s+one\s+(?:is|would\s+be|will\s+be)\s+"
        r"(?:needed|enough|required|plenty)\b",
        "No",
        0.75,
        "consequence",
        False,
    ),
    # talked through without a conclusion (round 46): "we have talked it through at two trustee meetings without reaching any
    # conclusion"
    (
        r"(?#anchors: without)\bwithout\s+(?:reaching|coming\s+to|arriving\s+at|agreeing)\s+(?:a|any|an)\s+(?:firm\s+|settled\s+|clear\s+|"
        r"agreed\s+|common\s+)?(?:conclusion|view|position|answer|agreement|consensus)\b",
        "Unclear",
        0.85,
        "unclear",
        False,
    ),
    # neither for nor against (round 46): "Our members were not prepared either to sign up to, or to argue against, a duty
    # whose content is still to be written"
    (
        r"(?#anchors: prepared willing ready able)\bnot\s+(?:prepared|willing|ready|able)\s+(?:either\s+)?to\s+(?:sign\s+up\s+to|support|endorse|"
        r"back|accept|welcome)\s*,?\s+(?:or|nor)\s+to\s+(?:argue\s+against|oppose|reject|resist|object\s+to)\b",
        "Unclear",
        0.85,
        "unclear",
        False,
    ),
    # both good and bad (round 46): "The voluntary route is, for us, both promising and worrying"
    (
        r"(?#anchors: both)(?:\b(?:is|are|was|were|be|seems?)\s+(?:[^.;]{0,20}?\s+)?)?\bboth\s+(?:promising|welcome|attractive|hopeful|encouraging|reassuring|right|useful|helpful)\s+and\s+"
        r"(?:worrying|concerning|troubling|frustrating|risky|dangerous|wrong|disappointing|inadequate|naive|naïve)\b"
        r"|\bboth\s+(?:worrying|concerning|troubling|frustrating|risky|dangerous|wrong|disappointing|inadequate)\s+and\s+"
        r"(?:promising|welcome|attractive|hopeful|encouraging|reassuring|right|useful|helpful)\b",
        "Mixed",
        0.8,
        "mixed",
        False,
    ),
    # a judgement left to others (round 46): "the big picture is above my pay grade"
    (r"(?#anchors: grade)\b(?:above|beyond|over)\s+(?:my|our)\s+pay\s+grade\b", "Unclear", 0.8, "unclear", False),
    # made routine (round 46): "a duty would turn something that currently depends on goodwill into routine practice"
    (
        r"(?#anchors: turn turns turning make makes making)\b(?:turn|turns|turning|make|makes|making)\s+(?:[\w'’-]+\s+){0,8}?(?:into\s+)?"
        r"(?:routine|standard|normal|everyday|mainstream|core|business-as-usual)\s+(?:practice|business|work)\b",
        "Yes",
        0.75,
        "consequence",
        True,
    ),
    # nothing of it to take out, in figures of speech (round 46): "We would not move a single row of it", "I would not take
    # anything out of that recipe"
    (
        r"(?#anchors: single one any anything)(?:would|will|could)\s*(?:not|n't)\s+(?:move|change|alter|take\s+out|remove|touch|cut|"
        r"shift|replace)\s+(?:a\s+single|one|any)\s+[\w-]+\s+(?:of|from|in)\s+(?:it|that|this|them|the\s+[\w-]+)\b"
        r"|(?:would|will|could)\s*(?:not|n't)\s+take\s+anything\s+(?:out\s+of|away\s+from)\s+(?:it|that|this|them|the\s+[\w-]+)\b",
        "Yes",
        0.75,
        "idiom",
        False,
    ),
    # further than the others (round 46): "this option would carry the vision further than any of the others"
    (
        r"(?#anchors: further closer nearer)(?:would|will|could)\s+(?:carry|take|move|get|bring)\s+(?:the\s+vision|us|it|things|the\s+work)\s+"
        r"(?:further|closer|nearer)\s+than\s+(?:any|either|all)\s+(?:of\s+)?(?:the\s+)?(?:others?|other\s+options?|alternatives?|"
        r"other\s+two)\b",
        "Yes",
        0.8,
        "comparative",
        True,
    ),
    # its own inclusion asked for (round 46): "it would be wrong for our sector to be treated as an exception"
    (
        r"(?#anchors: exception excluded exempted left carved)(?:\b(?:be|is|was|seems?)\s+)?\b(?:wrong|a\s+mistake|odd|perverse|unfair)\s+(?:for\s+[^.;]{1,40}?\s+)?to\s+(?:be\s+)?"
        r"(?:treated\s+as\s+an\s+exception|excluded|left\s+out|exempted|carved\s+out)\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    # worth the effort (round 46): "the duty of due regard is worth the candle" ("not worth the candle": negated)
    (r"(?#anchors: candle)\bworth\s+the\s+candle\b", "Yes", 0.75, "idiom", True),
    # where the reader parts company (round 46): "Where it loses us is its focus", "it lost me at the data-sharing part"
    (
        r"(?#anchors: loses lost)\b(?:(?:where|when)\s+(?:it|this|the\s+[\w-]+)\s+(?:loses|lost)\s+(?:us|me)\b|(?:loses|lost)\s+(?:us|me)\s+"
        r"(?:at|with|on|when|over)\b)",
        "No",
        0.7,
        "idiom",
        False,
    ),
    # a change of form alone: "would change the letterhead and little else", "would alter the paperwork and not much more"
    (
        r"(?#anchors: else more action change difference improvement)(?:would|will|could)\s+(?:only\s+|just\s+|simply\s+)?(?:change|alter|add|produce|achieve|create|mean|improve)\s+"
        r"(?:the\s+|a\s+|some\s+|more\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+\s+and\s+(?:little|nothing|not\s+(?:much|a\s+lot))\s+(?:else|more|"
        # (round 46: "would produce twelve documents and little joined-up action")
        r"(?:real\s+|joined-up\s+|actual\s+|practical\s+)?(?:action|change|difference|improvement))\b",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # more meetings: "would multiply meetings long before it reduced violence"
    (
        r"(?#anchors: multiply multiplies duplicate)(?:multiply|multiplies|multiplying|duplicate|duplicates)\s+(?:the\s+)?(?:meetings|plans|"
        r"boards|returns|paperwork|bureaucracy|structures|reporting|work|workload|burden|effort)\b",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # a change asked of it: "we would ask that it be rewritten to put them in it" (not a Yes to it as it stands)
    (
        # (from the respondent, where named, so that it is read before "we would ask that ...", a request in its favour)
        r"(?#anchors: rewritten redrawn revised reconsidered rethought recast reworked widened broadened)(?:(?:we|i)\s+(?:would\s+|do\s+|must\s+|"
        r"therefore\s+|also\s+|strongly\s+)*)?(?:ask|asks|urge|urges|request|recommend)\s+(?:strongly\s+)?that\s+(?:it|the\s+vision|the\s+list|this|they|the\s+schedule)\s+(?:should\s+)?be\s+"
        r"(?:fundamentally\s+|substantially\s+)?(?:rewritten|redrawn|revised|reconsidered|rethought|recast|reworked|widened|broadened)\b",
        "No",
        0.75,
        "preference",
        False,
    ),
    # partly fit: "is only partly fit for this purpose"
    (
        r"(?#anchors: partly partially)\b(?:only\s+)?(?:partly|partially)\s+(?:fit|right|adequate|suitable|appropriate|sound)\b",
        "Mixed",
        0.8,
        "mixed",
        False,
    ),
    # the answer given as a part: "Our answer to this one is 'in part'"
    (
        # ("our answer on this option is \"partly\"", round 42)
        r"(?#anchors: answer)\banswer\s+(?:(?:to|on|for)\s+[^.;:]{1,30}?\s+)?(?:is|would\s+be)\s*:?\s*[\"'\u201c\u2018]?\s*(?:in\s+part|partly|yes\s+and\s+no|"
        r"both\s+yes\s+and\s+no)\b",
        "Mixed",
        0.8,
        "mixed",
        False,
    ),
    # views too divided to give one: "Members' views on Option Two were too divided for the Forum to express one"
    (
        r"(?#anchors: divided split)\btoo\s+(?:evenly\s+)?(?:divided|split)\s+(?:for\s+[^.;]{1,40}?\s+)?to\s+(?:express|give|offer|reach|take|"
        r"form|state|settle)\b",
        "Unclear",
        0.85,
        "unclear",
        False,
    ),
    # round 27, fourth part. With the paper: "On that, we are with you completely"; out of it: "Count us out"
    (
        r"(?#anchors: with)(?:we|i)\s+(?:are|am|'re|'m)\s+(?:entirely\s+|completely\s+|fully\s+|wholly\s+|very\s+much\s+|right\s+)?with\s+you\b"
        r"(?!\s+(?:on|in)\s+(?:spirit|principle)\b)",
        "Yes",
        0.75,
        "idiom",
        True,
    ),
    (
        r"(?#anchors: count)\bcount\s+(?:us|me)\s+out\b",
        "No",
        0.85,
        "idiom",
        False,
    ),
    # little change: "would produce a better strategy document and very little change in the playground"
    (
        r"(?#anchors: little)(?:produce|produces|bring|brings|make|makes|mean|means|deliver|delivers|achieve|achieves|and)\s+(?:very\s+|precious\s+)?"
        r"little\s+(?:real\s+)?(?:change|difference|improvement)\b",
        "No",
        0.75,
        "consequence",
        False,
    ),
    # not used: "we would not use it for this duty"
    (
        r"(?#anchors: use)(?:we|i)\s+(?:would|will|should|could)(?:n't|\s+not)\s+use\s+(?:it|them|that|this|the\s+list|that\s+list)\b",
        "No",
        0.75,
        "preference",
        False,
    ),
    # a choice judged: "It is an unhappy choice of list"; the lesser of the routes: "the less satisfactory of the statutory routes"
    (
        r"(?#anchors: choice less)\b(?:an?\s+)?(?:unhappy|poor|odd|strange|curious|unfortunate|questionable|unwise)\s+choice\b"
        r"|\bthe\s+less\s+(?:satisfactory|attractive|convincing|persuasive|suitable|promising|workable|effective)\s+of\b",
        "No",
        0.75,
        "evaluation",
        True,
    ),
    # what is needed: "A duty on each agency is what an authority like ours needs"
    (
        # (from "what", so that a negation before it reaches it: "is not what we need")
        r"(?#anchors: what)(?:(?<=\bis\s)|(?<=\bnot\s)|(?<=\bexactly\s)|(?<=\bjust\s)|(?<=\bprecisely\s))what\s+(?:we|i|(?:an?|the|our|this|these)\s+(?!government\b|home\s+office\b|ministers?\b|paper\b|consultation\b)[\w\s'-]{1,40}?)\s+(?:needs?|has\s+been\s+asking\s+for|"
        # (or asks for, calls for, wants: round 41, "are exactly what our crews ask for")
        r"have\s+been\s+(?:asking|calling)\s+for|asked\s+for|asks?\s+for|calls?\s+for|called\s+for|wants?|(?:have|has)\s+(?:long\s+|always\s+)?wanted)\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # the way things already work: "The voluntary option suits the way our clubs already work"
    (
        r"(?#anchors: suits suit)\b(?:suits|suit)\s+(?:the\s+way|us|our|a\s+(?:county|place|district|city|borough|service)\s+like)\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    # taken off the list: "We would ask that early years providers be taken out of any list used for this purpose"
    (
        r"(?#anchors: taken removed struck dropped left)\b(?:be|being|are|were)\s+(?:taken|removed|struck|dropped|left)\s+(?:out\s+of|off|from)\s+"
        r"(?:the|any|that|this|such\s+a)\s+(?:[\w-]+\s+){0,2}?list\b",
        "No",
        0.75,
        "preference",
        False,
    ),
    # bringing people to the table: "would bring GPs to the table" (a consequence)
    (
        r"(?#anchors: bring brings brought)(?:(?:will|would|could|can|to)\s+(?:(?!not\b|never\b)\w+\s+)?|(?<=\bnot\s)|(?<=\bnever\s))(?:bring|brings|brought)\s+[^.;]{1,60}?\s+to\s+the\s+table\b",
        "Yes",
        0.6,
        "consequence",
        True,
    ),
    # siding with it in plain words: "I'm with you on that one", "put me down for it", "that is where we land"
    # with the addressee on one part and not another (round 42): "We're with you on the vision, but not on the focus" (listed
    # before the plain "with you on", which starts at the same word)
    (
        # (two parts of one target, not two targets: "I'm with you on the first one and not on the second" is Option One's Yes)
        r"(?#anchors: you)(?:(?:we|i)\s+(?:are|am)|we're|i'm)\s+(?:(?:right|all|completely|fully)\s+)?with\s+you\s+on\s+"
        r"(?!(?:the\s+)?(?:first|second|third|last|other|option|one|two|three)\b)[^.;,]{2,40},\s+but\s+not\s+on\s+"
        r"(?!(?:the\s+)?(?:first|second|third|last|other|option|one|two|three)\b)",
        "Mixed",
        0.9,
        "mixed",
        False,
    ),
    (
        # (not "with you on half of it", read as Mixed below)
        r"(?#anchors: you)(?:(?:we|i)\s+(?:are|am)|we're|i'm)\s+(?:(?:right|all|completely|fully)\s+)?with\s+you\s+on\b"
        r"(?!\s+(?:half|part|some)\s+of\b)",
        "Yes",
        0.8,
        "preference",
        False,
    ),
    (r"(?#anchors: down)put\s+(?:me|us)\s+down\s+for\b", "Yes", 0.8, "preference", False),
    (
        r"(?#anchors: where)(?:is|'s)\s+where\s+(?:we|i)\s+(?:land|come\s+down|end\s+up)\b",
        "Yes",
        0.8,
        "preference",
        False,
    ),
    (
        # "I have come down on its side", "we come down on the side of the duty"
        r"(?#anchors: come came coming comes)(?:come|came|coming|comes)\s+down\s+(?:firmly\s+|narrowly\s+|just\s+)?on\s+"
        r"(?:its|their|the|that|this)\s+(?:\w+\s+)?side\b",
        "Yes",
        0.8,
        "preference",
        True,
    ),
    # "I'm not for that one", "we're not for it"
    (
        r"(?#anchors: not)(?:(?:we|i)\s+(?:are|am)|we're|i'm)\s+not\s+for\b",
        "No",
        0.8,
        "preference",
        False,
    ),
    # nothing the respondent would not want: "We see nothing in the vision that we would not want our services to sign up
    # to" (a double negation: all of it wanted)
    (
        r"(?#anchors: nothing anything)(?:\b(?:see|find|is|there\s+is|there's)\s+nothing|"
        # (or no thing found, round 51: "We cannot find anything in the vision and its focus that we would not put our name to")
        r"\b(?:cannot|can't|could\s+not|couldn't|did\s+not|didn't|do\s+not|don't)\s+(?:find|see)\s+anything)"
        r"\s+(?:in\s+[^.;]{1,60}?\s+)?(?:that|which)\s+(?:we|i)\s+"
        r"(?:would|could|do|did|can)\s*(?:not|n't)\s+(?:want|wish|agree\s+with|support|accept|endorse|sign\s+up\s+to|welcome|"
        r"put\s+(?:our|my)\s+names?\s+to)\b[^.;]{0,80}",
        "Yes",
        0.8,
        "evaluation",
        False,
    ),
    # something in its favour, not a verdict: "The voluntary option has something going for it, but ..."
    (
        r"(?#anchors: going)\b(?:has|have|had)\s+(?:something|a\s+lot|plenty|much|a\s+good\s+deal|a\s+great\s+deal|things)\s+going\s+for\s+(?:it|them)\b",
        "Yes",
        0.6,
        "evaluation",
        True,
    ),
    # kept as it is: "we would not want to see it reinvented for this purpose"
    (
        # (or any part of it: "we would not want to see any of those elements diluted")
        r"(?#anchors: see)\b(?:would\s+not|wouldn't|do\s+not|don't|would\s+hate\s+to)\s+(?:want\s+)?(?:to\s+)?see\s+(?:it|them|the\s+list|this|that|"
        r"(?:any|all|some|either|none)\s+of\s+(?:it|them|those|these|its)(?:\s+(?:elements|parts|aims|features|priorities|strands))?|"
        r"(?:those|these|its)\s+(?:elements|parts|aims|features|priorities|strands))\s+"
        r"(?:reinvented|changed|replaced|rewritten|redrawn|abandoned|scrapped|diluted|watered\s+down|weakened|narrowed|dropped|"
        r"started\s+(?:again|over|afresh)|torn\s+up|thrown\s+out|rebuilt|drawn\s+up\s+again)\b",
        "Yes",
        0.75,
        "preference",
        False,
    ),
    # "It gets some of it right and some of it badly wrong": part right, part wrong
    (
        r"(?#anchors: some)\b(?:(?:gets?|got|has|have)\s+)?some\s+(?:of\s+it|things|of\s+this|parts?)\s+(?:\w+\s+){0,2}?right\s*,?\s+(?:and|but)\s+some\s+"
        r"(?:of\s+it\s+|things\s+|of\s+this\s+|parts?\s+)?(?:\w+\s+){0,2}?wrong\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # "Much of the vision is common ground for us": shared ground, so agreed (as far as it is said to go)
    (
        r"(?#anchors: common)\b(?:is|are)\s+(?:very\s+much\s+|largely\s+|firmly\s+)?common\s+ground\s+(?:for|with|between|among)\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    # "I would not change its focus", "we wouldn't change a word of it", "I would not change much of it": content as it
    # is (the respondent as the one who would change it; "it would not change much" is a consequence of the target)
    (
        r"(?#anchors: change)(?:we|i)\s+(?:would|'d)\s*(?:not|n't)\s+(?:want\s+to\s+)?change\s+(?:a\s+(?:thing|word)|anything|it|its|them|their|the|a\s+word\s+of|"
        r"(?:very\s+)?much|a\s+(?:great\s+)?deal|a\s+lot|a\s+great\s+deal)\b",
        "Yes",
        0.8,
        "evaluation",
        False,
    ),
    # more plain words: "we can't go along with that", "you've got that right", "so not the voluntary one,
    # please", "nor would handing it to the partnerships help much"
    (
        r"(?#anchors: along)(?:go|goes|going|went)\s+along\s+with\b",
        "Yes",
        0.75,
        "preference",
        True,
    ),
    (
        r"(?#anchors: got get gets getting)(?:got|get|gets|getting)\s+(?:it|that|this|them|the\s+\w+)\s+(?:about\s+|just\s+|exactly\s+|broadly\s+)?right\b",
        "Yes",
        0.8,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: please)\bnot\s+the\s+[\w-]+\s+(?:one|option|route|version|approach)(?:\s*,\s*|\s+)please\b",
        "No",
        0.8,
        "preference",
        False,
    ),
    (
        r"(?#anchors: nor)\bnor\s+(?:would|will|could|does|do|is|are)\b[^.;]{1,80}?\b(?:help|work|improve|achieve|deliver|succeed)\b",
        "No",
        0.75,
        "consequence",
        False,
    ),
    # "would change very much" (a consequence; "we do not think it would change very much" is a No)
    (
        r"(?#anchors: change)(?:would|will|could|can)\s+change\s+(?:very\s+much|a\s+(?:great\s+)?deal|a\s+lot|much|things)\b",
        "Yes",
        0.55,
        "consequence",
        True,
    ),
    # the respondent pleased with a target: "we are happy with Option Two", "I'm not happy about the duty"
    (
        r"(?#anchors: happy pleased glad delighted)(?:(?:we|i)(?:\s+(?:are|am|were|was|would\s+be|feel)|'d\s+be)|we're|i'm)\s+(?:(?:very|quite|perfectly|entirely|broadly|really|"
        r"reasonably|fairly|more\s+than|most)\s+){0,2}(?:happy|pleased|glad|delighted)\s+(?:with|about|of)\b",
        "Yes",
        0.8,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: happy pleased glad)(?:(?:we|i)\s+(?:are|am|were|was|would\s+be|feel)\s+(?:not|far\s+from|never|hardly)|(?:we're|i'm)\s+(?:not|far\s+from|hardly)"
        r"|(?:we|i)\s+(?:aren't|wasn't|weren't|wouldn't\s+be|don't\s+feel))\s+(?:(?:very|quite|really|entirely|at\s+all)\s+)?"
        r"(?:happy|pleased|glad)\s+(?:with|about)\b",
        "No",
        0.8,
        "evaluation",
        False,
    ),
    # wanting it enacted: "the Trust would be glad to see the preferred option on the statute book", "we would like to
    # see it brought in" (not "glad to see more funding": the target must be what is put in place)
    (
        r"(?#anchors: glad pleased happy delighted like keen)(?:would|'d)\s+(?:be\s+(?:\w+\s+)?(?:glad|pleased|happy|delighted|keen)|(?:\w+\s+)?like)\s+to\s+see\s+"
        r"[^.;]{1,80}?(?:on\s+the\s+statute\s+book|enacted|introduced|taken\s+forward|adopted|implemented|in\s+place|go\s+ahead|"
        r"become\s+law|legislated\s+for|brought\s+in|put\s+into\s+law|(?:put|placed)\s+under\s+(?:a\s+)?(?:new\s+)?(?:legal|statutory)\s+"
        r"(?:obligation|duty|requirement))\b",
        "Yes",
        0.8,
        "preference",
        True,
    ),
    # what it would leave people with: "would leave the next hospital to reinvent what we built", "would leave ours one
    # retirement away from collapse", "would leave it with us", "would leave schools to pick up the pieces"
    (
        r"(?#anchors: leave leaves leaving)(?:would|will|could)\s+(?:simply\s+|just\s+|only\s+)?leave\s+(?:[\w'’-]+\s+){1,5}?"
        r"(?:to\s+(?:reinvent|fend|pick\s+up|carry|struggle|start\s+again|muddle|cope|manage\s+alone|go\s+it\s+alone)\b|"
        r"(?:\w+\s+)?(?:away\s+from|on\s+the\s+(?:brink|edge)\s+of)\s+(?:collapse|closure|failure)\b|exposed\b|"
        r"in\s+limbo\b|with\s+(?:us|them|the\s+\w+)\s*[.;]|high\s+and\s+dry\b|out\s+in\s+the\s+cold\b|to\s+chance\b|"
        r"(?:exactly|just|precisely|right)\s+where\s+(?:they|it|we|you|that\s+\w+|the\s+\w+)\b)",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # the respondent's situation as the argument's point: "..., and that is precisely the problem"
    (
        r"(?#anchors: problem)(?:and\s+)?(?:that|this)\s+is\s+(?:precisely|exactly|just|surely)\s+the\s+problem\b",
        "No",
        0.6,
        "evaluation",
        False,
    ),
    # "we would take the voluntary one every time"; "the non-legislative one is the closest to what members would like
    # to see"; "If I had to put my money anywhere it would be on the voluntary route"
    (
        r"(?#anchors: time day)(?:we|i|(?:we|i)'d)\s+(?:would\s+)?(?:take|choose|pick|go\s+for|back)\s+[^.;,]{1,60}?\s+(?:every\s+time|any\s+day)\b",
        "Yes",
        0.8,
        "preference",
        False,
    ),
    (
        r"(?#anchors: closest nearest)(?:is|are|comes?|seems?)\s+(?:the\s+)?(?:closest|nearest)\s+to\s+what\s+(?:we|i|(?:our|my)\s+\w+|members|"
        r"the\s+\w+)\s+(?:would\s+)?(?:like|want|need|hope\s+for|have\s+in\s+mind)",
        "Yes",
        0.75,
        "preference",
        True,
    ),
    (
        r"(?#anchors: money)(?:put|bet)\s+(?:my|our)\s+money\s+(?:anywhere\s+|somewhere\s+)?(?:[^.;]{0,30}?\s+)?(?:would\s+be\s+)?on\b",
        "Yes",
        0.8,
        "idiom",
        True,
    ),
    # what it would do towards the vision: "we do not think it would do anything to reach the vision" (negated: No),
    # "it would do little to achieve the vision"
    (
        r"(?#anchors: anything much deal lot)(?:would|will|could|can)\s+do\s+(?:anything|much|a\s+great\s+deal|a\s+lot)\s+to\s+"
        r"(?:reach|achieve|deliver|realise|realize|secure|meet)\b",
        "Yes",
        0.75,
        "consequence",
        True,
    ),
    (
        r"(?#anchors: little nothing)(?:would|will|could|can)\s+do\s+(?:very\s+)?(?:little|nothing)\s+to\s+"
        r"(?:reach|achieve|deliver|realise|realize|secure|meet)\b",
        "No",
        0.8,
        "consequence",
        False,
    ),
    (
        r"(?#anchors: survive survives)(?:rarely|seldom|never|will\s+not|won't|does\s+not|doesn't|do\s+not|don't|cannot|can't|would\s+not|wouldn't)\s+"
        r"(?:long\s+)?survives?\b",
        "No",
        0.7,
        "consequence",
        False,
    ),
    # right in one respect and wrong in another: "the list is right in the bodies it names and wrong in the level at
    # which it names them"
    (
        # (or sound in one part and deficient in another, round 49: "The vision is sound in its first limb and deficient in
        # its second")
        r"(?#anchors: right wrong sound strong deficient weak)(?:is|are|was|gets?|got)\s+(?:\w+\s+)?(?:(?:right|sound|strong)\s+"
        r"(?:in|about|on|for)\s+[^.;]{1,80}?\s+(?:and|but|yet)\s+"
        # (round 45: "right in one half and wrong-footed in the other")
        r"(?:\w+\s+)?(?:wrong(?:-footed|-headed)?|mistaken|misguided|misjudged|deficient|weak|lacking|flawed)"
        r"|(?:wrong|deficient|weak)\s+(?:in|about|on|for)\s+[^.;]{1,80}?\s+(?:and|but|yet)\s+(?:\w+\s+)?(?:right|sound|strong))"
        r"\s+(?:in|about|on|for)\b",
        "Mixed",
        0.9,
        "mixed",
        False,
    ),
    # not something the respondent could say would work (round 49): "It is not something the Echo could honestly tell its
    # readers would make a difference here"
    (
        r"(?#anchors: something)\bnot\s+something\s+(?:[\w'’]+\s+){0,6}?(?:could|can|would|will)\s+(?:honestly\s+|truthfully\s+|"
        r"in\s+(?:all\s+)?conscience\s+)?(?:say|tell|claim|promise|argue|assure)\b[^.;]{0,60}?\b(?:would|will|could)\s+"
        r"(?:make\s+(?:a|any|much|the)\s+(?:real\s+|big\s+)?difference|work|help|succeed)\b",
        "No",
        0.75,
        "consequence",
        False,
    ),
    # neither narrowed nor widened (round 49): "We would not narrow it and we would not widen it" keeps it as it is
    (
        r"(?#anchors: narrow shrink widen broaden extend expand)\b(?:would|will|should)\s*(?:not|n't)\s+(?:narrow|shrink)\s+it\s*,?\s+(?:and|or|nor)\s+"
        r"(?:(?:we|i)\s+)?(?:(?:would|will|should)\s*(?:not|n't)\s+)?(?:widen|broaden|extend|expand)\s+it\b"
        r"|\b(?:would|will|should)\s*(?:not|n't)\s+(?:widen|broaden|extend|expand)\s+it\s*,?\s+(?:and|or|nor)\s+(?:(?:we|i)\s+)?"
        r"(?:(?:would|will|should)\s*(?:not|n't)\s+)?(?:narrow|shrink)\s+it\b",
        "Yes",
        0.75,
        "evaluation",
        False,
    ),
    # good in what it means to do (round 49): "Good in its intentions, then, but drawn too tightly" (the reservation after it
    # makes a concession)
    (
        r"(?#anchors: good right sound admirable laudable)\b(?:good|right|sound|admirable|laudable)\s+in\s+(?:its|their)\s+"
        r"(?:intentions?|aims?|ambitions?|principles?|spirit|purpose)\b",
        "Yes",
        0.6,
        "evaluation",
        True,
    ),
    # for it in principle and doubtful in practice (round 49): "So we are for the duty in principle and doubtful about it in
    # practice"
    (
        r"(?#anchors: principle)\bin\s+principle\s*,?\s+(?:and|but)\s+(?:(?:we\s+are|we're|i\s+am|i'm|it\s+is)\s+)?"
        r"(?:more\s+|rather\s+|very\s+|deeply\s+|much\s+less\s+)?(?:doubtful|sceptical|skeptical|unsure|worried|uneasy|wary|"
        r"unconvinced|less\s+sure|nervous|against\s+it|opposed)\b[^.;]{0,40}?\bin\s+practice\b"
        # ("right in principle, too thin in practice")
        r"|\b(?:right|sound|good|welcome|attractive)\s+in\s+principle\s*[,;:]?\s+(?:but\s+)?(?:(?:far\s+|much\s+)?too\s+\w+|wrong|weak|thin|"
        r"lacking|flawed|unworkable|doubtful)\s+in\s+practice\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # good in one role and poor in another (round 49): "Good as a companion to a statutory duty, poor as a replacement for one"
    (
        r"(?#anchors: good fine useful valuable helpful welcome sensible poor weak useless inadequate hopeless)\b(?:good|fine|useful|valuable|helpful|welcome|"
        r"sensible)\s+as\s+(?:a|an)\s+[^,;.]{1,60}?,?\s+(?:but\s+)?(?:poor|weak|useless|inadequate|hopeless|no\s+use|no\s+good)\s+as\s+"
        r"(?:a|an)\b|\b(?:poor|weak|useless|inadequate|hopeless)\s+as\s+(?:a|an)\s+[^,;.]{1,60}?,?\s+(?:but\s+)?(?:good|fine|useful|"
        r"valuable|helpful|welcome|sensible)\s+as\s+(?:a|an)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # a verb left out after a condition: "If a duty of that kind is introduced, and on balance we think it should be,"
    (
        r"(?#anchors: think believe consider feel)(?:(?:we|i)\s+(?:\w+\s+)?(?:think|believe|consider|feel)\s+(?:that\s+)?(?:it|one|this|they)\s+"
        r"(?:should|ought\s+to)\s+be)(?=\s*[,.;)])",
        "Yes",
        0.7,
        "verdict",
        True,
    ),
    # goodwill used up: "That goodwill is nearly spent", "goodwill has run out" (of the voluntary approach)
    (
        r"(?#anchors: goodwill will)(?:goodwill|good\s+will)\s+(?:is|has|was|had)\s+(?:\w+\s+){0,2}?(?:spent|exhausted|gone|run\s+out|running\s+out|"
        r"worn\s+thin|wearing\s+thin|used\s+up|dried\s+up|drying\s+up)\b|(?:goodwill|good\s+will)\s+(?:runs|ran|will\s+run)\s+out\b",
        "No",
        0.7,
        "consequence",
        False,
    ),
    # plain praise: "the vision is spot on", "it is dead right", "exactly right"
    (
        r"(?#anchors: spot dead exactly absolutely bang)spot[- ]on|dead\s+right|exactly\s+right|absolutely\s+right|bang\s+on",
        "Yes",
        0.8,
        "evaluation",
        True,
    ),
    # where the respondent would put the duty: "our trustees would hand the new duty to the local CSP"
    (
        r"(?#anchors: give hand place put lay entrust assign)(?:we|i|(?:our|my|this)\s+\w+|the\s+(?!government|home\s+office|paper|consultation|ministers?|"
        # (a body that would choose, not an option that would do it: "The option the Government prefers would place a duty on")
        r"(?:option|options|duty|route|approach|model|proposals?|one|first|second|third|legislation|law|bill|vehicle|csps?|"
        r"partnerships?|forum|change|reform)\b)\w+)\s+"
        r"(?:would|should)\s+(?:rather\s+)?(?:give|hand|place|put|lay|entrust|assign)\s+(?:the|this|a|any|that)\s+(?:new\s+)?"
        r"(?:duty|responsibility|job|task)\s+(?:to|on|with)\b",
        "Yes",
        0.75,
        "preference",
        False,
    ),
    # wanting it enacted: "the Commissioner would wish to see the duty legislated for", "we want to see it introduced"
    (
        r"(?#anchors: wish want like hope expect)(?:wish|want|like|hope|expect)\s+to\s+see\s+(?:[\w'-]+\s+){1,8}?(?:legislated|introduced|enacted|adopted|implemented|"
        r"taken\s+forward|brought\s+in|placed\s+on\s+a\s+statutory\s+footing)",
        "Yes",
        0.75,
        "preference",
        True,
    ),
    # a call for legislation: "the work should be placed on a statutory footing"
    (
        r"(?#anchors: footing)(?:should|must|ought\s+to|needs?\s+to)\s+be\s+(?:placed|put)\s+on\s+a\s+(?:statutory|legal)\s+footing",
        "Yes",
        0.75,
        "request",
        False,
    ),
    # "we do not regard Option One as the better course"
    (
        r"(?#anchors: better)the\s+better\s+(?:route|option|approach|way|choice|model|vehicle|course|one)"
        # (not another course put forward, round 45: "the better course is to strengthen the links between CSPs and Public
        # Services Boards")
        r"(?!\s+(?:is|would\s+be|will\s+be|was)\s+(?:surely\s+|simply\s+|instead\s+)?to\b)",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    # advising against it: "we would caution against Option One", "I would warn against legislating"
    (
        r"(?#anchors: caution warn advise argue counsel)(?:we|i|(?:our|my|this)\s+\w+|the\s+(?!government|home\s+office|paper|consultation|ministers?)\w+)\s+"
        r"(?:(?:would|must|should|strongly|therefore)\s+){0,2}(?:caution|warn|advise|argue|counsel)\s+(?:strongly\s+)?"
        r"(?:(?:the\s+(?:government|home\s+office|secretary\s+of\s+state)|ministers|you)\s+)?against"
        # (not against saying something: "we would counsel the Government against stating that the evidence favours one")
        r"(?!\s+(?:stating|saying|claiming|concluding|suggesting|implying|reading|presenting|reporting|assuming)\b)"
        # (nor against judging or expecting it one way: "I would caution against judging any local area, or the duty itself,
        # on single-year changes", round 35; what it is judged by is advised on, not the duty)
        r"(?!\s+(?:judging|evaluating|assessing|measuring|interpreting|over-?interpreting|drawing|expecting|treating|comparing)\b)"
        # (nor against a claim about it: "We would caution against any submission that claims the evidence settles the
        # choice between Options One and Two", round 41)
        r"(?!\s+(?:any|the|a|an)\s+(?:\w+\s+)?(?:submissions?|claims?|suggestions?|arguments?|assumptions?|views?|readings?|"
        r"interpretations?|conclusions?|assertions?|temptation|impression|idea)\s+(?:that|to)\b)",
        "No",
        0.8,
        "preference",
        False,
    ),
    # tried and found wanting: "the voluntary approach has been tried and has failed"
    (
        r"(?#anchors: tried failed)(?:has|have)\s+been\s+tried\s+(?:and\s+tested\s+)?(?:and|but)\s+(?:has\s+|have\s+)?(?:failed|found\s+wanting|not\s+worked)"
        r"|(?:has|have)\s+(?:already\s+|repeatedly\s+|consistently\s+)?failed\b|(?:it|this|that)\s+failed\s+(?:us|them|him|her|our|my|the|young|children)\b",
        "No",
        0.7,
        "consequence",
        False,
    ),
    # bound to fail: "a voluntary approach would fail", "the duty is doomed to fail" (said of an approach, an option or
    # "it"; "would fail young people" and "would fail to ..." are other senses, the latter read with what follows)
    (
        r"(?#anchors: fail)(?<![\w-])(?:it|this|that|they|approach|option|duty|route|model|arrangements?|partnerships?|csps|"
        r"proposals?|scheme|legislation|law|one)\s+(?:[\w'’-]+\s+){0,2}?(?:would|will|is|are|was|were|must)\s+"
        r"(?:(?:bound|doomed|destined|likely|set|certain)\s+to\s+)?(?:simply\s+|surely\s+|inevitably\s+|probably\s+|"
        r"almost\s+certainly\s+|quickly\s+|soon\s+)?fail(?![\w-])(?!\s+(?:to|young|children|people|families|victims|us|them|"
        r"those|the\s+(?:young|children|people|families|victims))\b)",
        "No",
        0.6,
        "consequence",
        True,
    ),
    # none better: "I cannot think of another of the three options that would do more to achieve the vision", "we cannot
    # imagine a better vehicle" (what the words deny is any rival, so the target is the best)
    (
        r"(?#anchors: think imagine name come see)(?:cannot|can't|can\s+not|could\s+not|couldn't|struggle\s+to|hard\s+to)\s+"
        r"(?:think\s+of|imagine|name|come\s+up\s+with|see)\s+(?:(?:a|any)\s+better|anything\s+better|(?:another|any\s+other)\b"
        r"[^.;]{0,60}?\b(?:that|which)\s+(?:would|could|will|might)\s+(?:do\s+more|do\s+better|work\s+better|achieve\s+more|"
        r"be\s+better|serve\s+(?:\w+\s+)?better)(?:\s+to\s+(?:achieve|deliver|reach|realise|realize|meet|serve)\s+(?:the|its|that|this)\s+"
        r"(?:vision|aims?|goals?|objectives?|purpose))?)",
        "Yes",
        0.75,
        "evaluation",
        False,
    ),
    # a leap in the dark: "it would be a leap into the unknown" ("would not be a leap into the unknown": a Yes)
    (
        r"(?#anchors: leap)a\s+(?:\w+\s+)?leap\s+(?:into\s+the\s+unknown|in\s+the\s+dark)",
        "No",
        0.6,
        "idiom",
        True,
    ),
    # dressed up as progress: "paperwork dressed up as progress", "cuts dressed up as reform"
    (
        r"(?#anchors: dressed)dressed\s+up\s+as\s+(?:progress|reform|action|change|something\s+new|a\s+solution|an?\s+answer)",
        "No",
        0.6,
        "idiom",
        True,
    ),
    # "would be the slower and weaker of the two legislative routes": ranked below the other
    (
        r"(?#anchors: weaker worse worst slower poorer weakest slowest)the\s+(?:\w+\s+and\s+)?(?:weaker|worse|worst|slower|"
        r"poorer|weakest|slowest)\s+of\s+the\s+(?:two|three|options|choices)",
        "No",
        0.7,
        "evaluation",
        True,
    ),
    # "Option One is the better of the three"
    (
        r"(?#anchors: better best)the\s+(?:better|best)\s+of\s+the\s+(?:two|three|options|choices)",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # "a statutory duty is the only way to secure engagement" (not "is not the only way")
    (
        r"(?#anchors: only)(?:is|are|be)\s+(?:(?!not\b|never\b)\w+\s+)?the\s+only\s+(?:way|option|route|means|realistic|credible|viable|"
        r"sure|reliable)",
        "Yes",
        0.7,
        "evaluation",
        False,
    ),
    # "we cannot see how a voluntary approach would secure the engagement needed"
    (
        r"(?#anchors: see)(?:cannot|can't|can\s+not|do\s+not|don't|fail\s+to|struggle\s+to)\s+see\s+how\b",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    (
        r"(?#anchors: commend welcome admire like)(?:much|a\s+lot|a\s+great\s+deal|plenty)\s+to\s+(?:commend|welcome|admire|like)",
        "Yes",
        0.7,
        "evaluation",
        False,
    ),
    (
        # (not "nothing to recommend on it": no recommendation offered)
        r"(?#anchors: commend recommend welcome)(?:little|nothing)\s+to\s+(?:commend|recommend|welcome)(?!\s+(?:on|about|here|in\s+this)\b)",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    # "Option Two offers the best prospect of success"
    (
        r"(?#anchors: prospect chance hope)(?:offers?|gives?|provides?|holds?|has|have)\s+the\s+best\s+(?:prospect|chance|hope)",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # what the target would add without improving: "it would add members without adding any purpose",
    # "more meetings without adding value"
    (
        r"(?#anchors: without)without\s+(?:making\s+(?:it|them|things|the\s+\w+|\w+)\s+(?:any\s+)?(?:more\s+effective|better|safer|stronger)|"
        r"adding\s+(?:any\s+|much\s+|real\s+)?value|improving\s+(?:anything|outcomes|matters)|"
        r"(?:changing|achieving)\s+(?:anything|much|what\s+happens|practice|outcomes|behaviour))",
        "No",
        0.6,
        "consequence",
        False,
    ),
    # "we would not choose it", "I wouldn't pick that one"
    (
        r"(?:we|i|the\s+\w+)\s+(?:(?:would|will|could)\s*(?:not|n't)|won't|never\s+would)\s+(?:\w+\s+)?(?:choose|opt\s+for|pick|"
        r"vote\s+for|recommend)",
        "No",
        0.8,
        "preference",
        False,
    ),
    # asking that it not go ahead: "we would ask that Option One is not taken forward", "the Government
    # should not proceed with Option One"; and that it should: "the Government should press ahead with it"
    (
        r"(?:we|i)\s+(?:would\s+)?(?:urge|recommend|call\s+on|ask|encourage)\s+(?:\w+\s+){0,4}?(?:not\s+to\s+(?!(?:treat|regard|see|view|overlook|ignore|forget|assume|lose|underestimate|dismiss|rule\s+out|confuse|let|neglect|abandon|drop|discard|write\s+off|wait|delay|miss|dilute|weaken|water\s+down|narrow|shrink|scrap|row\s+back|backtrack|retreat|soften)\b)|that\s+[^.;]{0,80}?"
        r"(?:\bnot\b|n't\b|never\b)\s*(?:be\s+)?(?:proceed|go\s+ahead|press\s+ahead|introduc|taken\s+forward|take\s+(?:it\s+)?forward|"
        r"pursu|adopt|implement|legislat|enact|progress|brought\s+in|bring\s+in))|(?:should|must|ought\s+to)\s*(?:not|n't)\s+(?:proceed|go\s+ahead|press\s+ahead|be\s+"
        r"(?:introduced|taken\s+forward|pursued|adopted|implemented|legislated))|(?:is|be|are)\s+not\s+(?:taken\s+forward|"
        r"introduced|pursued|adopted|implemented)",
        "No",
        0.75,
        "request",
        False,
    ),
    (
        r"(?:should|must)\s+(?:now\s+)?(?:proceed|press\s+ahead|go\s+ahead)\s+with|(?:should|must)\s+(?:now\s+)?be\s+(?:introduced|"
        r"taken\s+forward|adopted|implemented)",
        "Yes",
        0.7,
        "request",
        False,
    ),
    # what the respondent would rather did not happen: "We would rather Parliament did not legislate for a further duty"
    (
        r"(?#anchors: rather)(?:would|'d)\s+rather\s+(?:(?!not\b)[\w'’-]+\s+){1,4}?(?:did\s+not|didn't|does\s+not|doesn't|never|"
        r"was\s+not|wasn't|were\s+not|weren't|did\s+nothing|stayed\s+out)\b",
        "No",
        0.75,
        "preference",
        False,
    ),
    # what the respondent would prefer were not done (round 40): "We would prefer that Option One were not taken
    # forward", "we would prefer it not to be introduced" (the preference is for the target's not being adopted)
    (
        r"(?#anchors: prefer prefers preferred preference)(?:prefer|prefers|preferred|preference\s+(?:is|would\s+be))\s+(?:that\s+|for\s+)?"
        r"(?:(?!not\b|no\b)[\w'’-]+\s+){1,6}?(?:(?:were|was|is|are|be|should\s+be|would\s+be)\s+not|(?:were|was|is|are)n't|"
        r"not\s+(?:to\s+)?be|did\s+not|didn't|does\s+not|doesn't|do\s+not|don't|should\s+not|shouldn't)\s+(?:\w+ly\s+)?"
        r"(?:taken\s+forward|introduced|adopted|pursued|implemented|enacted|legislated(?:\s+for)?|brought\s+in|proceeded\s+with|"
        r"made\s+law|go\s+ahead|proceed|put\s+in\s+place|created|imposed|legislate)\b",
        "No",
        0.75,
        "preference",
        False,
    ),
    # a quarrel of the respondent's own with it (round 40): "We quarrel with the vision", "we must take issue with the
    # focus" (the sentence classifier had read "quarrel" as agreement, from "nothing to quarrel with")
    (
        r"(?#anchors: quarrel issue fault)(?<![\w'’])(?:we|i)\s+(?:would\s+|must\s+|do\s+|have\s+to\s+|wish\s+to\s+|want\s+to\s+|"
        r"therefore\s+|also\s+)?(?:quarrel|take\s+issue|find\s+fault)\s+with\b",
        "No",
        0.7,
        "evaluation",
        True,
    ),
    # no wish for a second list beside this one (round 40): "we would not want a second, slightly different list to
    # administer" (the list kept; listed before "would not want", which starts at the same word)
    (
        r"(?#anchors: second separate different parallel additional another)(?:would|do|does|did)\s*(?:not|n't)\s+(?:want|wish\s+(?:for|to\s+see)|"
        r"need|welcome)\s+(?:a|an|any)\s+(?:second|separate|different|parallel|additional)\b[\w\s,'’-]{0,30}?\blists?\b|"
        r"(?:would|do|does|did)\s*(?:not|n't)\s+(?:want|wish\s+(?:for|to\s+see)|need|welcome)\s+another\s+(?:[\w'’-]+\s+){0,2}?lists?\b",
        "Yes",
        0.75,
        "preference",
        False,
    ),
    # no wish to quarrel with it (round 40): "we do not wish to quarrel with its focus", "we would not want to argue with
    # the vision" (understated agreement; listed before "do not wish", which starts at the same word)
    (
        r"(?#anchors: quarrel argue issue disagree fault quibble)(?:do|does|did|would|will)\s*(?:not|n't)\s+(?:wish|want|intend|propose|"
        r"seek|mean)\s+to\s+(?:quarrel|argue|take\s+issue|disagree|find\s+fault|quibble)\s+(?:with|over|about)\b",
        "Yes",
        0.7,
        "evaluation",
        False,
    ),
    # not wanting the target weakened: "we would not want it weakened", "we do not want the list diluted"
    (
        # (or its taking up held back: "we would not want its adoption delayed by argument at the margins")
        r"(?:would|will|do|does)\s*(?:not|n't)\s+(?:want|wish)\s+(?:to\s+see\s+)?(?:it|them|this|that|the\s+\w+|(?:any|one|some|all|either)\s+of\s+(?:them|those|these|it)|"
        # (or of the bodies listed, round 46: "We would not wish to see any of the listed bodies removed")
        r"(?:any|one|some|either)\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:bodies|organisations|organizations|partners|members|authorities|"
        r"names|entries|agencies|services)|"
        # (or any part of it: "we would not wish to see any part of it diluted")
        r"(?:any|every|some|one)\s+(?:part|element|aspect|strand)\s+of\s+(?:it|them|this|that|the\s+\w+)|"
        r"(?:its|their|the)\s+(?:adoption|introduction|implementation|passage|progress|roll[- ]?out)|"
        # (or an option named in two words, round 51: "We would not want to see the partnership route passed over")
        r"the\s+\w+\s+(?:route|option|approach|duty|list|vision|focus|model))\s+(?:to\s+be\s+)?(?:narrowed|"
        r"reduced|diluted|weakened|watered\s+down|cut|lost|dropped|removed|abandoned|shortened|undermined|changed|altered|"
        r"rewritten|tampered\s+with|reopened|unpicked|trimmed|delayed|held\s+up|derailed|shelved|put\s+off|stalled|pushed\s+aside|"
        r"swept\s+aside|sidelined|squeezed\s+out|crowded\s+out|displaced|passed\s+over|overlooked|taken\s+off|set\s+aside|ignored)",
        "Yes",
        0.7,
        "preference",
        False,
    ),
    # siding with a target after weighing it: "we came down, not without misgivings, on the side of Option Two"
    (
        r"(?:come|comes|came|coming)\s+down\W+(?:[^.;]{0,40}?\s)?on\s+the\s+side\s+of|(?:come|comes|came)\s+down\s+in\s+favour\s+of|(?:come|comes|came|coming)\s+down\s+(?:firmly\s+|narrowly\s+|reluctantly\s+)?for\b",
        "Yes",
        0.85,
        "preference",
        True,
    ),
    # "after much thought we came down against it"
    (
        r"(?:come|comes|came|coming)\s+down\s+(?:firmly\s+|narrowly\s+|reluctantly\s+)?against\b",
        "No",
        0.85,
        "preference",
        False,
    ),
    # the respondent against a target: "I am firmly against the duty" ("we are for it": stance.py)
    (
        r"(?:(?:we|i)\s+(?:are|am)|we're|i'm|count\s+(?:me|us)|put\s+(?:me|us)\s+down\s+as)\s+(?:(?:all|firmly|strongly|very\s+much|broadly|entirely|wholly)\s+)?against\s+"
        r"(?:it|this|that|them|option\s+\w+|the\s+(?:option|duty|proposals?|vision|voluntary|first|second|third|idea)\w*|any|a\s+(?:new\s+)?duty)\b"
        r"(?!\s+that\b)",  # "against the idea that inspectors check it" objects to a part, not the whole
        "No",
        0.85,
        "preference",
        True,
    ),
    # ------------------------------------------------------------------ evaluations, positive
    (
        r"(?#anchors: content comfortable satisfied happy)(?:broadly\s+|generally\s+|fully\s+|entirely\s+|quite\s+)?(?:content|comfortable|satisfied)\s+(?:with|that)"
        # "we are content for the list to be used", "happy for the duty to apply to us"
        r"|(?:content|comfortable|happy)\s+for\s+(?:[\w']+\s+){1,6}?to\s+(?:be\s+used|be\s+adopted|apply|go\s+ahead|stand|proceed|follow|"
        r"use|rely\s+on|build\s+on|adopt|form\s+the\s+basis)\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    (
        r"the\s+least\s+bad|the\s+lesser\s+(?:evil|of\s+(?:the\s+)?(?:two|three)\s+evils)|the\s+best\s+of\s+a\s+bad\s+(?:bunch|lot|job)",
        "Yes",
        0.65,
        "idiom",
        False,
    ),
    (
        r"(?:we|i)\s+(?:would\s+)?(?:\w+ly\s+)?(?:urge|recommend|call\s+on|ask|encourage)\s+(?:\w+\s+){0,4}?(?:to\s+(?:(?:give|make|place|put)"
        # (not resources put somewhere: "We urge the Government to put resources, and not only responsibilities, at the centre")
        r"(?!\s+(?:more\s+|new\s+|real\s+|sufficient\s+|adequate\s+|proper\s+)?(?:resources|money|funding|investment|funds|effort|emphasis|"
        r"weight|pressure|thought|time)\b)|adopt|choose|pursue|go\s+with)|that"
        # a request that the target be taken up ("we urge that Option Two be adopted"), not one about its
        # content ("we would ask that any duty and its guidance name them")
        r"(?=[^.;]{0,100}?\b(?:adopt\w*|introduc\w*|implement\w*|tak(?:e|en|es)\s+forward|enact\w*|legislat\w*|choose|chosen|pursu\w*|"
        r"proceed\w*|go\s+ahead|go\s+with|(?:be|is)\s+(?:given|placed|put)|back\w*|support\w*)\b)"
        r"(?![^.;]{0,80}\b(?:not|never|no\s+longer|whichever|whatever)\b|[^.;]{0,80}n't\b"
        r"|[^.;]{0,80}\b(?:instead|rewritten|revised|redrafted|rethought|reconsidered|revisited|reworked|amended|changed|replaced|"
        r"withdrawn|scrapped|dropped|abandoned)\b))",
        "Yes",
        0.7,
        "preference",
        False,
    ),
    (
        r"(?:see|sees|saw|find|found|recognise|recognises)\s+(?:real\s+|considerable\s+|much\s+|great\s+)?(?:merit|value|benefit|sense|strength)s?\s+in|"
        # the respondent's own: "I can see the sense in putting this on a statutory footing" (not "they could see the sense in it")
        r"\b(?:we|i)\s+(?:can\s+|could\s+|do\s+)?(?:see|recognise)\s+the\s+(?:sense|merit|value)\s+in|(?:has|have)\s+(?:some\s+|real\s+|considerable\s+|clear\s+|its\s+|their\s+|obvious\s+)?(?:merits?|value|strengths)\b"
        # "Option Three has something to offer"
        r"|(?:has|have)\s+(?:something|a\s+lot|much|plenty|a\s+good\s+deal)\s+to\s+offer\b",
        "Yes",
        0.65,
        "evaluation",
        True,
    ),
    # right for something else, so wrong for this (round 48): "The list is, in short, the right list for a different
    # condition", "the right answer to another question"
    (
        r"(?#anchors: right)the\s+right\s+(?:[\w-]+\s+){0,2}?(?:for|to)\s+(?:a|an|some)\s+(?:different|other|another|earlier|"
        r"older|separate)\s+(?:[\w-]+\s+){0,2}?(?:condition|problem|purpose|question|job|task|era|time|issue|policy|duty|"
        r"challenge|risk|age|world)\b",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    # (not the right ones described as they would be, round 37: "The right partners should be chosen for what they can
    # do", "The right list would be one drawn up for this purpose")
    (
        # (not what is hard to come by, round 45: "Each of the nine already struggles to get the right people in the room")
        r"(?<!\bto\sget\s)(?<!\bto\sfind\s)(?<!\bto\sbring\s)(?<!\bto\shave\s)"
        # (nor where something is sent or passed, round 48: "to pass complaints like the school's to the right people")
        r"(?<!s\sto\s)(?<!\bit\sto\s)(?<!\bthem\sto\s)(?<!\bon\sto\s)(?<!\bonto\s)(?<!\bwith\s)(?<!\bfrom\s)"
        # (nor what something depends on or needs: "it depends on the right organisations being there")
        r"(?<!\bdepends\son\s)(?<!\bdepend\son\s)(?<!\brelies\son\s)(?<!\brely\son\s)(?<!\bneeds\s)(?<!\bneed\s)(?<!\brequires\s)"
        # (nor whom somebody should ask in, round 50: "partnerships need to be better at inviting the right people")
        r"(?<!\binviting\s)(?<!\binvite\s)(?<!\binvites\s)(?<!\binvolving\s)(?<!\binvolve\s)(?<!\bgetting\s)(?<!\bfinding\s)"
        r"(?<!\bchoosing\s)(?<!\bbringing\s)(?<!\bselecting\s)"
        r"the\s+right\s+(?:(?:public|statutory|local|core|key)\s+)?(?:agencies|organisations|bodies|body|partners|list|group|people|mix|set|crowd|bunch|basis|foundation|starting\s+list|approach|model|vehicle|route|lever|levers|mechanism|tool|instrument|framework|structure|core|focus|emphasis|priorities|response|solution|course|step|vision|aims?|goal|ambition)(?!\s+(?:would|should|must|will|need|needs|ought|is\s+one|are\s+those|are\s+ones)\b)",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # the right level (round 45): "Placing it on the Council as a whole ... is the right level" (not "the right level of
    # funding", a need)
    (
        r"(?#anchors: level tier footprint scale)(?:(?<=\bis\s)|(?<=\bare\s)|(?<='s\s)|(?<=\bbe\s)|(?<=\bnot\s)|(?<=\bexactly\s)|"
        r"(?<=\bjust\s))the\s+right\s+"
        r"(?:level|tier|footprint|scale)\b(?!\s+of\b)",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # the list drawn up afresh (round 35; listed before "we would rather", which starts at the same word): "We would rather
    # the bodies were listed afresh", "we would prefer the list of bodies to be built afresh" (another list, so not this one)
    (
        r"(?#anchors: afresh anew scratch)(?:(?:we|i)(?:'d|\s+would)\s+(?:much\s+|far\s+)?(?:rather|prefer)\s+(?:that\s+)?)?"
        r"(?:the|a)\s+(?:list|bodies|schedule|partners)\b[^.;]{0,40}?\b(?:listed|built|drawn\s+up|drawn|written|compiled|started|"
        r"put\s+together|made)\s+(?:afresh|anew|from\s+scratch)\b",
        "No",
        0.8,
        "evaluation",
        False,
    ),
    (
        r"(?:i'd|i\s+would|we'd|we\s+would|(?:the|our)\s+(?:trustees|board|members|council|governors|committee|executive|cabinet|partnership|panel|directors)\s+would)\s+(?:much\s+|far\s+)?rather(?!\s+(?:not|see|wait|hold|reserve|leave|(?:[\w'’-]+\s+){1,3}?(?:did|were|was|had|does|do)\s*(?:n't|not)\b))|(?:much|far)\s+better\s+(?:placed|suited)",
        "Yes",
        0.7,
        "preference",
        False,
    ),
    # (round 51) less likely, a rank below something else: "we see the partnership changes and the new duty as progressively less
    # likely to get anywhere near the vision" (listed before "likely to", which "is less likely to" would start at)
    (
        r"(?#anchors: less)\bless\s+likely\s+to\s+(?:deliver|work|succeed|help|achieve|make\s+a\s+difference|get\s+anywhere\s+near|get\s+(?:us\s+)?"
        r"(?:close|closer)\s+to|bring\s+about|get\s+there)\b(?![^.;]{0,60}\bthan\b)",
        "No",
        0.5,
        "comparative",
        False,
    ),
    (
        r"(?:is|are|would\s+be|seems?)\s+(?!less\b)(?:\w+\s+)?likely\s+to\s+(?:deliver|work|succeed|help|achieve|make\s+a\s+difference)",
        "Yes",
        0.6,
        "evaluation",
        True,
    ),
    (
        # (round 29: "we find the vision well founded", "Cabinet considers the vision well founded")
        r"(?:is|are|was|'s|seems?|looks?|sounds?|be|as|(?:find|finds|found|consider|considers|considered|judge|judges|judged)\s+(?:it|the\s+\w+))\s+(?:(?!not\b|never\b|no\b|least\b|less\b)\w+\s+){0,2}?(?:sound|sensible|persuasive|compelling|proportionate|pragmatic|realistic|workable|worthwhile|valuable|promising|timely|admirable|commendable|fine|excellent|reasonable|well[- ](?:judged|founded|grounded|placed(?!\s+to\s+(?:judge|comment|say|answer|decide|assess)\b)|conceived|chosen|selected)|fit\s+for\s+(?:purpose|the\s+(?:job|task)))\b"
        # (not in part only, round 49: "We find the option persuasive in part and unpersuasive in part" is the Mixed entry's)
        r"(?!\s+in\s+(?:part|parts|places)\b)",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # a plain word of praise or blame said of a subject that can be the target (an option's noun, a pronoun for it:
    # "Option Two is good.", "the second is weak, and ..."), with nothing after it that makes it about something else
    # (not "is good at", "is good news", "it is good that", "is weak on detail"; nor "attendance is good", "partnership
    # working is good", "some are weak": other subjects). ``_split_by_subjects`` cuts a clause judging several options
    # in turn.
    (
        r"(?#anchors: good great decent)" + _TARGET_SUBJECT + r"(?:is|are|was|'s|seems?|looks?|sounds?)\s+"
        r"(?:(?!not\b|never\b|no\b)\w+\s+)?(?:good|great|decent)(?=\s*(?:[.,;:!)]|$)|\s+(?:and|but|enough|overall|in\s+principle)\b)",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: weak hopeless useless unconvincing feeble woeful)"
        + _TARGET_SUBJECT
        + r"(?:is|are|was|'s|seems?|looks?|"
        r"sounds?|(?:would|will)\s+be)\s+(?:(?!not\b|never\b|no\b)\w+\s+)?(?:weak|hopeless|useless|unconvincing|feeble|woeful)"
        r"(?=\s*(?:[.,;:!)]|$)|\s+(?:and|but)\b)",
        "No",
        0.75,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: good sound sensible workable promising)"
        + _TARGET_SUBJECT
        + r"(?:is|are|was|seems?|looks?)\s*(?:not|n't)\s+"
        r"(?:very\s+|particularly\s+|especially\s+|at\s+all\s+)?(?:good|sound|sensible|workable|promising)"
        r"(?=\s*(?:[.,;:!)]|$)|\s+(?:and|but|enough)\b)",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    (
        r"(?:is|are|be)\s+(?:broadly\s+|largely\s+|entirely\s+|wholly\s+|fully\s+)?consistent\s+with\s+(?:the|what\s+the)\s+"
        r"(?:evidence|research|best\s+evidence)",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    (
        r"(?:is|are|be)\s+(?:long\s+)?overdue|(?:i|we)\s+found\s+(?:\w+\s+){0,6}?persuasive",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # round 17: what it would strengthen is itself a harm ("would strengthen the impression that schools are an extension
    # of the police", "would feed mistrust"): listed before the positive consequences, which start at the same word
    (
        r"(?#anchors: strengthen increase reinforce deepen fuel feed heighten confirm entrench add carry import)(?:(?:would|will|could)\s+(?:(?!not\b|never\b)\w+\s+)?|(?<=\bnot\s)|(?<=\bnever\s))(?:strengthen|increase|reinforce|deepen|fuel|feed|heighten|"
        # (or carried over, round 41: "would carry that mistrust across with it")
        r"confirm|entrench|add\s+to|carry|import)\s+(?:the\s+|a\s+|an\s+|that\s+|this\s+|existing\s+)?(?:[\w'’-]+\s+){0,2}?(?:impression|"
        r"perception|suspicion|suspicions|mistrust|distrust|stigma|fear|fears|resentment|alienation|feeling\s+of\s+being|"
        r"sense\s+of\s+being|belief\s+that|view\s+that|idea\s+that|notion\s+that)\b",
        "No",
        0.6,
        "consequence",
        True,
    ),
    # ------------------------------------------------------------------ consequences, positive
    (
        r"(?:(?:would|will|could)\s+(?:(?!not\b|never\b)\w+\s+)?|(?<=\bnot\s)|(?<=\bnever\s))(?:sharpen|strengthen|increase|enhance|boost|clarify|focus|galvanise|galvanize)\b",
        "Yes",
        0.5,
        "consequence",
        True,
    ),
    (r"(?:would|will|could)\s+change\s+(?:anything|things|much|matters|that)", "Yes", 0.5, "consequence", True),
    (
        r"(?:would|could|will)\s+do\s+(?:far\s+|much\s+|a\s+lot\s+|a\s+great\s+deal\s+)?more\s+good"
        # (not the good the same resources would do elsewhere, round 46: "The money and management time it would absorb would
        # do more good spent on the exploitation panel", a No, below)
        r"(?!\s+(?:if\s+)?(?:spent|used|invested|put|directed|deployed)\b)",
        "Yes",
        0.6,
        "consequence",
        True,
    ),
    (
        r"(?:would|could|will|should)\s+(?:really\s+|actually\s+|genuinely\s+|truly\s+)?make\s+(?:a|the|any|much)\s+(?:real\s+|genuine\s+|big\s+|lasting\s+|practical\s+|"
        r"material\s+|significant\s+|noticeable\s+)?difference"
        r"|(?:would|could|will|should)\s+make\s+(?:a\s+scrap|a\s+blind\s+bit|a\s+jot|an\s+ounce|one\s+iota|a\s+ha'?p'?orth|a\s+penn'?orth|a\s+pennyworth)\s+of\s+difference",
        "Yes",
        0.6,
        "consequence",
        True,
    ),
    (
        # reaching the people it is for: "would reach the kids who need it" ("none of the three would have reached me at
        # 15": denied by its subject)
        r"(?:would|could|will)\s+(?:have\s+)?(?:really\s+|actually\s+|ever\s+)?(?:reach(?:ed)?|get\s+through\s+to|got\s+through\s+to)\s+"
        # (not how a duty would apply: "would reach us through licensing and housing")
        r"(?:me|us|them|kids|children|young\s+people|people|families|lads|(?:the|those|these)\s+(?:kids|young|children|families|lads|people|ones))\b"
        r"(?!\s+(?:through|via|by\s+way\s+of|as\s+a|in\s+the\s+form)\b)",
        "Yes",
        0.55,
        "consequence",
        True,
    ),
    (
        # (not what people could do, in a relative clause about them, round 48: "the adults who could help them")
        r"(?<!\bwho\s)(?:would|could|will)\s+(?:(?!not\b|never\b|best\b|fail\s+(?!to\b)|struggle\s+(?!to\b))[\w']+\s+){0,2}?(?:help|solve|fix(?!\s+(?:the\s+wrong|[^.;,]{0,40}?\bin\s+(?:statute|law|legislation|place|stone)\b))|tackle|reduce|(?-i:prevent)|succeed|deliver|achieve|transform|close\s+(?:the|that|this)\s+gap|bring\s+about)\b"
        # ("fix" as set in place, round 31: "would fix the response at the wrong geography")
        # (round 45: "would fix the response at the smallest and weakest footprint in the system")
        r"(?:(?<!fix)|(?!\s+(?:the\s+|it\s+|them\s+)?(?:[\w']+\s+){0,2}?(?:at|in)\s+(?:the\s+)?(?:wrong|smallest|weakest|lowest|"
        r"[\w-]+est\s+and\s+[\w-]+est|level|footprint|tier|scale)\b))"
        # ("Prevent", the programme, is no verb: "would inherit Prevent's reputation")
        # (a condition, not a verdict: "it will not succeed without resources")
        r"(?!\s+(?:[\w']+\s+){0,2}?(?:without|unless)\b)"
        # (what it would achieve, denied by its object: "would achieve very little", "would solve nothing")
        r"(?!\s+(?:very\s+little|little|nothing|next\s+to\s+nothing|little\s+or\s+nothing|precious\s+little)\b)",
        "Yes",
        0.45,
        "consequence",
        True,
    ),
    (
        r"(?<!what\s)(?:would|could|will)\s+make\s+(?:(?!without\b)[\w']+\s+){0,6}?(?:any\s+|much\s+|a\s+lot\s+)?(?:safer|better\s+off|more\s+effective|"
        r"more\s+coherent|more\s+joined[- ]up)\b",
        "Yes",
        0.55,
        "consequence",
        True,
    ),
    (
        r"(?:would|will|could)\s+give\s+(?:[\w']+\s+){0,3}?what\s+(?:it|we|they|he|she|you|\w+)\s+(?:needs?|wants?|asks?\s+for)\b",
        "Yes",
        0.55,
        "consequence",
        True,
    ),
    (
        r"(?:would|could|will)\s+(?:make|give)\s+(?:it|them|[\w'-]+\s+){0,3}?\s*(?:routine|a\s+clear\s+(?:mandate|reason|lead|responsibility)|someone\s+(?:answerable|accountable))",
        "Yes",
        0.55,
        "consequence",
        True,
    ),
    # ------------------------------------------------------------------ idioms, negative
    # a verdict word inside a relative clause whose head is denied: "it is not the model we would choose"
    (
        r"(?:is|are|was|were|be)\s+(?:not|n't|never)\s+(?:the|a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:that\s+|which\s+)?"
        r"(?:we|i)\s+(?:would\s+|could\s+|can\s+|will\s+|should\s+)?(?:choose|support|endorse|accept|back|favour|"
        r"prefer|recommend|want|advocate|share|welcome)"
        # (not a denial wanted: "The vision is not one we would want to argue with", round 46)
        r"(?!\s+to\s+(?:argue|quarrel|take\s+issue|disagree|object|lose|change|undo|reverse|see\s+(?:go|lost|dropped|changed)))",
        "No",
        0.85,
        "evaluation",
        False,
    ),
    (
        r"(?:do|does|did)\s*(?:not|n't)\s+share\s+(?:that|this|the|its|their|such)\s+(?:preference|view|enthusiasm|"
        r"confidence|optimism|assessment)",
        "No",
        0.8,
        "evaluation",
        False,
    ),
    (
        r"(?:a|an|the)\s+(?:serious|grave|big|fundamental|basic|costly|major)?\s*(?:error|mistake|misjudg(?:e)?ment)",
        "No",
        0.75,
        "evaluation",
        True,
    ),
    (
        r"(?:would|will|could|is|are|be)\s+(?:be\s+)?no\s+(?:better|improvement|different)|look\s+where\s+(?:it|that|this)\s+"
        r"(?:has|'s)\s+(?:got|left|brought)\s+(?:us|them)",
        "No",
        0.8,
        "idiom",
        False,
    ),
    (
        r"(?:is|are|was)\s+(?:exactly\s+|just\s+|precisely\s+|essentially\s+|basically\s+|effectively\s+|largely\s+)?what\s+we\s+(?:have|have\s+had|had|'ve\s+had|'ve\s+got|"
        r"have\s+got)\s+(?:now|already|at\s+present|today|for\s+(?:the\s+(?:last|past)\s+)?[\w-]+\s+years)",
        "No",
        0.65,
        "consequence",
        False,
    ),
    (
        r"a\s+paper\s+tiger|window[- ]dressing|a\s+sticking[- ]plaster|wishful\s+thinking|a\s+blunt\s+instrument|a\s+thin\s+reed|a\s+fig[- ]leaf|smoke\s+and\s+mirrors|lip[- ]service",
        "No",
        0.85,
        "idiom",
        True,
    ),
    # "the Prevent list is not the place to start" (negated), "it is the right place to begin"
    (
        r"(?#anchors: start begin)the\s+(?:right\s+|obvious\s+|natural\s+)?(?:place|point)\s+to\s+(?:start|begin)\b"
        r"|(?:the\s+right|a\s+(?:good|sound|sensible))\s+starting[- ]point\b",
        "Yes",
        0.65,
        "idiom",
        True,
    ),
    # "Rearranging the deckchairs.", "moving the deckchairs on the Titanic": change that changes nothing (round 44)
    (
        r"(?#anchors: deck deckchairs)(?:re-?arrang(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|shuffl(?:e|es|ed|ing))\s+"
        r"(?:the\s+)?deck[- ]?chairs\b",
        "No",
        0.8,
        "idiom",
        True,
    ),
    # "the vision misreads the evidence it invokes", "it misjudges the problem" (round 44)
    (
        r"(?#anchors: misread misjudg misunderst misdiagnos)mis(?:reads?|read|reading|judges?|judged|judging|understands?|understood|diagnoses?|diagnosed)\s+"
        r"(?:the|its|what)\s+(?:\w+\s+)?(?:evidence|problem|problems|causes?|nature|needs?|situation|research|data|picture|issues?)\b",
        "No",
        0.75,
        "evaluation",
        True,
    ),
    # "it is an alibi", "a fig leaf", "a smokescreen": a pretence of action
    (
        r"(?#anchors: alibi fig smokescreen smoke gimmick)(?:an\s+alibi|a\s+fig[- ]leaf|a\s+smokescreen|a\s+smoke\s+screen|a\s+gimmick)\b",
        "No",
        0.75,
        "idiom",
        True,
    ),
    # what is needed: "exactly where the effort should go", "much closer to what primary schools need",
    # "fits the way trust is built in communities like ours"
    (
        r"(?#anchors: effort money focus emphasis attention priority resource closer fit)(?:exactly\s+|precisely\s+)?where\s+the\s+(?:effort|money|focus|emphasis|attention|priority|resources?)\s+"
        r"(?:should|ought\s+to|needs?\s+to|must)\s+(?:go|be)\b|(?:much\s+|far\s+|a\s+lot\s+)?closer\s+to\s+what\s+(?:[\w']+\s+){0,3}?(?:need|needs|want|wants)\b"
        r"|\bfits?\s+(?:well\s+|neatly\s+|naturally\s+|best\s+|better\s+|most\s+closely\s+)?(?:with\s+)?(?:the\s+way|how)\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    # lasting: "we don't think the voluntary route would hold" (negated)
    (
        r"(?#anchors: hold stick endure)(?:would|will|could|can)\s+(?:really\s+)?(?:hold|stick|endure)(?:\s+up)?(?=\s*[.;,]|\s+(?:for|over|beyond|once|when|if|under|in\s+the\s+long)\b)",
        "Yes",
        0.55,
        "consequence",
        True,
    ),
    # "there is little point in placing a further duty", "members could see no sense in it"
    (
        r"(?#anchors: point sense)(?:see|sees|saw|is|was)\s+(?:very\s+)?(?:little|no)\s+(?:point|sense)\s+in\b",
        "No",
        0.75,
        "evaluation",
        False,
    ),
    # "this approach would suit a rural county better than new statutory arrangements"
    (
        r"(?#anchors: suit suits)(?:(?:would|will|could|does|do)\s+(?:(?!not\b|never\b)\w+\s+)?|(?<=\bnot\s)|(?<=\bnever\s))suits?\s+(?:[\w']+\s+){0,4}?(?:better|best|well)\b",
        "Yes",
        0.7,
        "consequence",
        True,
    ),
    # "we are much less comfortable with its reliance on data sharing", "uneasy about"
    (
        r"(?#anchors: comfortable uncomfortable uneasy)(?:less|not\s+(?:as|so|at\s+all|entirely|wholly)|far\s+from)\s+comfortable\s+(?:with|about)|\buncomfortable\s+(?:with|about)|\buneasy\s+(?:with|about)",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    # "the vision describes what emergency medicine has been asking for", "it is what we have called for"
    (
        r"(?#anchors: asking calling pressing arguing asked called pressed argued)(?:what\s+(?:[\w']+\s+){1,3}?|the\s+(?:kind|sort|type)\s+of\s+"
        r"(?:[\w'-]+\s+){1,4}?(?:[\w']+\s+){1,4}?)(?:has|have|had)\s+(?:long\s+)?(?:been\s+)?"
        r"(?:asking|calling|pressing|arguing|asked|called|pressed|argued)\s+for\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # "would keep that lottery in place", "leaves the patchwork in place"
    (
        r"(?#anchors: lottery patchwork gaps gap)(?:keep|keeps|keeping|leave|leaves|leaving)\s+(?:[\w-]+\s+){0,3}?(?:lottery|patchwork|gaps?)\s+in\s+place\b",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # "asking nicely will not get a different result" (negated), "would produce a different outcome"
    (
        r"(?#anchors: different)(?:get|gets|produce|produces|bring|brings|give|gives|achieve|deliver)\s+(?:a\s+|any\s+)?different\s+(?:result|outcome)s?\b",
        "Yes",
        0.6,
        "consequence",
        True,
    ),
    # "the most credible of the three options", "the most workable"
    (
        r"(?#anchors: credible promising effective workable realistic practical convincing persuasive proportionate balanced)the\s+most\s+(?:credible|promising|effective|workable|realistic|practical|convincing|persuasive|proportionate|balanced)\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # "we were encouraged by the vision", "heartened to see"
    (
        r"(?#anchors: encouraged heartened reassured)(?:are|were|am|was|feel|felt|'re)\s+(?:\w+\s+)?(?:encouraged|heartened|reassured)\s+(?:by|with|to\s+see)\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # the respondent's fear of what the target would do: "We fear a duty would make the agencies look inwards"
    (
        r"(?#anchors: fear fearful worry worried afraid)(?:we|i)\s+(?:\w+\s+)?(?:fear|worry|are\s+(?:worried|afraid|fearful))\s+(?:that\s+)?"
        r"(?![^.;]{0,40}\bwithout\b)(?:[\w'-]+\s+){1,6}?(?:would|will|could|might)\b",
        "No",
        0.6,
        "consequence",
        False,
    ),
    # "the Network shares the vision set out in the paper", "we share its aims"
    (
        r"(?#anchors: share shares shared sharing)(?:share|shares|shared|sharing)\s+(?:the|this|its|your|that|their)\s+(?:[\w-]+\s+){0,2}?(?:vision|aims?|ambitions?|aspirations?|goals?|objectives?|intentions?|intent|spirit|values|focus|emphasis|analysis|diagnosis|priorities)\b",
        "Yes",
        0.8,
        "evaluation",
        True,
    ),
    # "the first one is the better", "I could live with it", "I'd be sorry to see the voluntary approach chosen"
    (
        r"(?#anchors: better)(?:is|are|'s)\s+(?:(?!not\b|never\b)\w+\s+)?the\s+better(?=\s*[.;,!]|\s+(?:one|option|choice|route|way|bet)\b)",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # acceptance, not endorsement (a respondent who "could live with" an option may be Mixed): below the review threshold
    # (round 52) the one lived with best, a preference among the options: "the duty of due regard is the one the force could
    # live with most easily"
    (
        r"(?#anchors: live)(?:could|can|would)\s+(?:(?!not\b|never\b)\w+\s+)?live\s+with\s+(?:most\s+(?:easily|comfortably|happily|"
        r"readily)|best)\b",
        "Yes",
        0.8,
        "preference",
        True,
    ),
    # (round 52: not "could not live with", whose "not" the optional word had taken, so that the refusal read as a weak Yes; nor
    # "could live with half of it", Mixed above)
    (
        r"(?#anchors: live)(?:could|can|would)\s+(?:(?!not\b|never\b)\w+\s+)?live\s+with\b"
        r"(?!\s+(?:only\s+)?(?:part|parts|half|some)\s+of\b)",
        "Yes",
        0.6,
        "idiom",
        True,
    ),
    # a refusal outright ("The force could not live with making Community Safety Partnerships the vehicle"): round 52 raised it
    # above the review threshold (0.7 had left it to a person, weaker than the plain "we oppose")
    (
        r"(?#anchors: live)(?:could|can|would)(?:n't|\s+not|\s+never)\s+(?:\w+\s+)?live\s+with\b",
        "No",
        0.8,
        "idiom",
        False,
    ),
    (
        r"(?#anchors: sorry)(?:be|am|are|is|'d\s+be|would\s+be)\s+sorry\s+to\s+see\s+(?:[\w'-]+\s+){1,6}?(?:chosen|adopted|go\s+ahead|introduced|picked|taken\s+forward|enacted|routed|placed|handed|given)\b",
        "No",
        0.8,
        "preference",
        False,
    ),
    # "we see some merit in it": hedged, often a concession before a reservation
    (
        r"(?#anchors: merit merits value benefit benefits sense strength strengths)(?:see|sees|saw|find|found|recognise|recognises)\s+some\s+(?:merit|value|benefit|sense|strength)s?\s+in",
        "Yes",
        0.55,
        "evaluation",
        True,
    ),
    # "there is something to be said for the voluntary route" (often a concession); "nothing to be said for it"
    (
        r"(?#anchors: said)(?:something|a\s+lot|a\s+good\s+deal|much)\s+to\s+be\s+said\s+for\b",
        "Yes",
        0.6,
        "evaluation",
        False,
    ),
    (r"(?#anchors: nothing little)(?:nothing|little)\s+to\s+be\s+said\s+for\b", "No", 0.7, "evaluation", False),
    # "we do not see the partnership route working for a prison" (negated), "I can see it working"
    (
        r"(?#anchors: working succeeding delivering leading coping)\bsee\s+(?!both\b)(?!(?:no|little|nothing)\b)(?:[\w'-]+\s+){1,6}?(?:working|succeeding|delivering|leading|coping)\b",
        "Yes",
        0.65,
        "evaluation",
        True,
    ),
    # "I have changed my mind twice while writing", "we will not pretend to a settled view"
    (
        r"(?#anchors: changed pretend)changed\s+(?:my|our)\s+minds?\s+(?:twice|several\s+times|more\s+than\s+once|back\s+and\s+forth)"
        r"|(?:not|n't)\s+pretend\s+to\s+(?:have\s+)?(?:a|any)\s+(?:settled\s+|firm\s+|clear\s+|final\s+)?(?:view|opinion|answer|position)",
        "Unclear",
        0.8,
        "unclear",
        False,
    ),
    # "a voluntary approach depends on individuals", "rests on goodwill": what makes it fragile
    (
        r"(?#anchors: depends depend relies rely rests rest dependent reliant)(?<!\bwe\s)(?<!\bi\s)(?<!\bthey\s)(?:depends?|relies|rely|rests?|dependent|reliant)\s+"
        r"(?:too\s+(?:much|heavily)\s+|(?:very\s+)?heavily\s+|entirely\s+|wholly\s+|largely\s+)?(?:up)?on\s+"
        r"(?:individuals|personalities|goodwill|good\s+will|the\s+goodwill|enthusiasts|champions|luck|chance|(?:that\s+kind\s+of|that\s+sort\s+of)\s+luck|"
        r"particular\s+(?:people|individuals|personalities|managers|leaders)|"
        r"(?:a\s+few|key)\s+(?:people|individuals|enthusiasts))\b",
        "No",
        0.6,
        "consequence",
        True,
    ),
    # "I wouldn't rely on the CSPs to lead this", "we cannot rely on goodwill"
    (
        # (a person's distrust, so with its subject: "a reason to come to the table that does not depend on goodwill"
        # describes what the duty would give)
        r"(?#anchors: rely depend count)(?:we|i|you|one)\s+(?:(?:would|do|does|could|can|should)\s*(?:not|n't)|cannot|can't|won't)\s+"
        r"(?:want\s+to\s+|really\s+|just\s+)?(?:rely|depend|count)\s+on\b",
        "No",
        0.75,
        "preference",
        False,
    ),
    # "I'd scrap the idea of a new duty", "it should be dropped"
    (
        r"(?#anchors: scrap drop ditch shelve abandon withdraw bin)(?:(?:we|i)(?:'d|\s+would)?\s+(?:just\s+|simply\s+)?(?:scrap|drop|ditch|shelve|abandon|withdraw|bin)\s+(?:the|this|that|it|any|a)\b"
        r"|(?:should|must|ought\s+to)\s+be\s+(?:scrapped|dropped|ditched|shelved|abandoned|withdrawn|binned)\b)",
        "No",
        0.8,
        "preference",
        True,
    ),
    # a counterfactual: "a vision which treated violence as a safeguarding issue first would be one the
    # partnership could endorse" (so the vision as it is is not)
    (
        r"(?#anchors: endorse support back accept welcome agree)^\W*(?:a|an)\s+[\w-]+\s+(?:which|that)\s+[^.;]{3,160}?\bwould\s+be\s+(?:one|something|an?\s+[\w-]+)\s+"
        r"(?:that\s+|which\s+)?(?:we|i|the\s+[\w-]+|our\s+[\w-]+)\s+(?:could|would|might|can)\s+(?:readily\s+|happily\s+|fully\s+)?"
        r"(?:endorse|support|back|accept|welcome|agree\s+with)\b",
        "No",
        0.6,
        "counterfactual",
        False,
    ),
    # "the vision misses the point", "wide of the mark"; fit: "the partnership route is the better fit"
    (
        r"(?:miss|misses|missed|missing)\s+the\s+(?:point|mark)|(?:wide\s+of|off)\s+the\s+mark|a\s+(?:poor|bad|awkward|uneasy)\s+fit\b",
        "No",
        0.8,
        "idiom",
        True,
    ),
    (
        r"(?#anchors: fit)(?:the|a)\s+(?:better|best|right|natural|good|closer)\s+fit\b",
        "Yes",
        0.75,
        "idiom",
        True,
    ),
    (
        r"a\s+missed\s+opportunity|an?\s+(?:empty|hollow|token)\s+gesture|a\s+(?:damp\s+squib|non[- ]?starter|dead\s+end|false\s+economy|poisoned\s+chalice|white\s+elephant|talking\s+shop|fudge|cop[- ]out|pipe\s+dream|leap\s+in\s+the\s+dark)|pie\s+in\s+the\s+sky",
        "No",
        0.85,
        "idiom",
        True,
    ),
    (
        r"(?:the\s+)?(?:last\s+)?straw\s+(?:that|to)\s+breaks?\s+(?:the|this|that)\s+camel'?s\s+back|fine\s+words\s+butter\s+no\s+parsnips|a\s+sledgehammer\s+to\s+crack\s+a\s+nut|reinvent(?:ing)?\s+the\s+wheel|a\s+solution\s+in\s+search\s+of\s+a\s+problem",
        "No",
        0.85,
        "idiom",
        False,
    ),
    # a thing named first and then refused, its verb left out (round 37): "The vision we can sign up to; the focus we cannot"
    (
        r"(?#anchors: cannot can not don couldn wouldn won)(?:^|[,;]\s*(?:but\s+)?)\W*(?:the|its|this|that)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:we|i)\s+"
        r"(?:cannot|can't|can\s+not|do\s+not|don't|could\s+not|couldn't|would\s+not|wouldn't|will\s+not|won't)(?=\s*(?:[,.;:!]|$))",
        "No",
        0.75,
        "evaluation",
        False,
    ),
    # round 37, wave 54 (b1029-b1036): judged in few words
    # "The vision's good." ("'s" for "is" before a verdict that closes the clause; not the possessive "the vision's good points")
    (
        r"(?#anchors: good right fine sound excellent spot)(?<!\bshe)(?<!\bhe)(?<!\bwho)(?<!\bthere)(?<!\bone)(?<!\beveryone)(?<!\bsomeone)(?<!\bnobody)['’]s\s+(?:very\s+|pretty\s+|broadly\s+)?(?:good|right|fine|sound|excellent|spot\s+on)"
        r"(?=\s*(?:[.,;:!?)]|$))",
        "Yes",
        0.8,
        "evaluation",
        True,  # (round 41: "I don't think it's right" is No)
    ),
    (
        # (not a person's: "I think she's wrong")
        r"(?#anchors: wrong poor weak)(?<!\bshe)(?<!\bhe)(?<!\bwho)(?<!\bthere)(?<!\bone)(?<!\beveryone)(?<!\bsomeone)(?<!\bnobody)['’]s\s+(?:all\s+|just\s+|plain\s+)?(?:wrong|poor|weak)(?=\s*(?:[.,;:!?)]|$))",
        "No",
        0.8,
        "evaluation",
        True,
    ),
    # "We could not have put the vision better ourselves"
    (
        r"(?#anchors: put)(?:could|can)(?:\s+not|n't|not)\s+have\s+put\s+(?:it|this|that|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+better\b",
        "Yes",
        0.85,
        "idiom",
        False,
    ),
    # "Our choice is a duty on each individual body" (not "our choice is between ...")
    (
        r"(?#anchors: choice)\b(?:our|my)\s+(?:own\s+|clear\s+|preferred\s+)?choice\s+(?:is|would\s+be|remains|will\s+be)\b(?!\s+(?:between|not|a\s+hard|difficult)\b)",
        "Yes",
        0.8,
        "preference",
        False,
    ),
    # "The Schedule 6 list will do as a starting point"
    (
        r"(?#anchors: starting start basis foundation step)(?:will|would|'ll|can)\s+do\s+(?:well\s+enough\s+|for\s+now\s+)?as\s+(?:a|the)\s+(?:starting\s+point|start|basis|foundation|first\s+step)\b",
        "Yes",
        0.8,
        "evaluation",
        True,
    ),
    # goodwill worn out: "We have tested goodwill to its limit", "goodwill has reached its limits"
    (
        r"(?#anchors: limit limits)(?:tested|stretched|pushed|taken|used)\s+(?:the\s+)?goodwill\s+to\s+(?:its|the)\s+limits?\b"
        r"|\bgoodwill\s+(?:has\s+|had\s+)?(?:reached|hit|run\s+up\s+against)\s+(?:its|the)\s+limits?\b",
        "No",
        0.85,
        "consequence",
        False,
    ),
    # "the best argument we can offer against leaving this to goodwill" (not "arguments for and against")
    (
        # (not "the argument against it ... is that ...", one side set out, round 49: "The argument against a new due regard
        # duty, from a Welsh point of view, is that ..." before the respondent's own answer)
        r"(?#anchors: argument arguments case)(?<!\bfor\s)(?<!\bfor\sand\s)\b(?:(?<!\bthe\s)|(?![^.;]{0,160}?\b(?:is|was)\s+that\b))"
        r"(?:argument|arguments|case)\s+(?:(?:we|i)\s+(?:can|could)\s+(?:offer|make|give)\s+)?"
        r"against\b(?!\s+(?:it|this|that)\s+(?:is|are|was)\b)",
        "No",
        0.75,
        "evaluation",
        False,
    ),
    # "is money spent on paper", "money down the drain"
    (
        r"(?#anchors: money time)\b(?:is|are|would\s+be|will\s+be)\s+(?:just\s+|simply\s+)?(?:money|time)\s+(?:spent\s+on\s+(?:paper|paperwork)|"
        r"wasted|down\s+the\s+drain|thrown\s+away)\b",
        "No",
        0.85,
        "idiom",
        False,
    ),
    # a list not to be taken from elsewhere: "not lifted from counter-terrorism legislation"
    (
        r"(?#anchors: lifted copied borrowed transplanted imported)\bnot\s+(?:simply\s+|just\s+|be\s+)?(?:lifted|copied|borrowed|transplanted|imported)\s+"
        r"(?:wholesale\s+|straight\s+)?(?:across\s+|over\s+)?from\b",
        "No",
        0.75,
        "evaluation",
        False,
    ),
    # unhappy with it (round 37): "We are content with the health bodies on the list and unhappy about those left off it"
    (
        r"(?#anchors: unhappy dissatisfied)(?:\b(?:are|am|is|remain|remains|feel)\s+(?:\w+\s+)?|\band\s+)(?:unhappy|dissatisfied)\s+(?:about|with)\b",
        "No",
        0.75,
        "evaluation",
        True,
    ),
    # making things worse, as fire is fed (round 37): "the preferred option would pour petrol on a fire", "add fuel to the flames"
    (
        r"(?#anchors: petrol fuel paraffin flames)(?:pour|pours|poured|pouring)\s+(?:petrol|fuel|paraffin)\s+on\s+(?:a|the|an|to)\s+"
        r"(?:\w+\s+)?(?:fire|flames|blaze)|(?:add|adds|adding)\s+fuel\s+to\s+the\s+(?:fire|flames)|(?:fan|fans|fanning)\s+the\s+flames",
        "No",
        0.85,
        "idiom",
        False,
    ),
    (
        r"a\s+step\s+(?:in\s+the\s+wrong\s+direction|backwards?)|a\s+(?:backward|retrograde)\s+step|(?:tried\s+and\s+)?found\s+wanting|a\s+recipe\s+for\s+(?:more\s+of\s+the\s+same|confusion|inaction|failure|disaster|duplication)",
        "No",
        0.85,
        "idiom",
        True,
    ),
    (
        r"(?:a\s+)?(?:paper|tick[- ]box|box[- ]ticking|compliance|bureaucratic|form[- ]filling)\s+(?:exercise|culture)|box[- ]ticking|tick[- ]box|into\s+paperwork",
        "No",
        0.75,
        "idiom",
        True,
    ),
    # the respondent would keep it: "we would leave it as it is", "I'd leave the list where it stands"
    (
        # (or "that list", round 40: "we would leave that list as it is")
        r"(?#anchors: leave)(?:we|i)\s+(?:would|'d|should|will)\s+(?:(?:simply|just|happily|therefore)\s+)?leave\s+(?:it|this|that|them|"
        r"(?:the|this|that|these|those)\s+[\w-]+(?:\s+[\w-]+){0,2}?)\s+"
        # (the thing kept in up to three words, round 37: "I would leave the Schedule 6 list as it is")
        r"(?:exactly\s+|just\s+|broadly\s+)?(?:as|where)\s+(?:it|they)\s+(?:is|are|stands?)\b",
        "Yes",
        0.8,
        "preference",
        True,
    ),
    (
        # (not what the respondent wants kept: "it leaves professional duties of confidentiality where they are"; nor the
        # alternative set against the target: "the alternative of leaving matters as they are is worse")
        r"(?<!alternative\sof\s)(?<!alternatives\sof\s)(?<!option\sof\s)(?<!instead\sof\s)(?<!than\s)(?<!than\sby\s)"
        r"(?:leave|leaves|leaving)\s+(?!(?:[\w',]+\s+){0,4}?(?:duties|confidentiality|rights|freedoms?|independence|autonomy|discretion)\b)"
        r"(?:[\w',]+\s+){1,8}?(?:exactly\s+|just\s+|roughly\s+)?"
        r"(?:where|as)\s+(?:we|they|it|things|he|she|you)\s+(?:are|were|is|was|stand|stood)\b",
        "No",
        0.8,
        "idiom",
        True,  # "we do not think the answer is to leave things as they are": turned round
    ),
    # ("we do not think more of the same will change the picture": the negation is the verb's, not turned round)
    # (the idiom ends there: "it will ask more of the same tired volunteers" is "the same" of a noun, round 30)
    (
        r"(?#anchors: same)more\s+of\s+the\s+same(?=\s*[.,;:!?)\"'’]|\s*$|\s+(?:and|but|or|is|was|would|will|from|for|in|at|to|with|that|"
        r"which|we|as|under|by|again|only|dressed|with)\b)",
        "No",
        0.8,
        "idiom",
        False,
    ),
    (r"(?:i\s+am|i'm|we\s+are|we're)\s+no\s+fans?\s+of|not\s+(?:a\s+)?fans?\s+of", "No", 0.85, "idiom", False),
    (
        # (not "part company with my council": a party of the respondent's own, whose view is then set apart)
        r"part(?:s|ed|ing)?\s+company\s+with(?!\s+(?:my|our)\s+(?:own\s+)?(?:council|colleagues?|members?|board|trustees|"
        r"governors|chair|union|federation|branch|association|partners?|friends?|family|husband|wife|neighbours?|party|group|"
        r"committee|cabinet|authority|organisation|force|service|trust)\b)"
        # (nor a named body or person, whose view follows, round 47: "Here the Panel parts company with the Commissioner, who
        # regards amending community safety partnerships as slow")
        r"(?!\s+the\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s*(?:,|\s+(?:here|on|over|in|who)\b))"
        # (nor a parting over the means only: "Where we part company with the paper is on the means of getting there",
        # round 30)
        r"(?![^.;]{0,40}?\bis\s+(?:on|over|in|about)\s+(?:how\b|the\s+(?:means|route|routes|mechanism|delivery|method|options)\b))"
        r"|(?:our|my|the)\s+(?:key|main|chief|principal|central|strong|fundamental)\s+objections?\s+(?:to|is|are)"
        r"|(?:key|main|chief|principal|central|fundamental)\s+objections?\s+(?:to|is|are)",
        "No",
        0.8,
        "idiom",
        False,
    ),
    (
        r"(?:'d|would)\s+(?:much\s+)?rather\s+(?:it|they|we|you|the\s+government|ministers)\s+(?:did\s*n't|did\s+not|were\s*n't|"
        r"was\s*n't|were\s+not|was\s+not|had\s*n't|had\s+not)|(?:not|n't)\s+(?:go|going|went)\s+down\s+(?:that|this)\s+(?:road|route|path)",
        "No",
        0.8,
        "preference",
        False,
    ),
    (
        r"(?:cannot|can't|can\s+not|do\s+not|don't|fail\s+to)\s+see\s+(?:that|it|this|them|how\s+(?:that|it|this|they))\s+"
        r"(?:[\w']+\s+){0,2}?(?:producing|working|helping|delivering|achieving|succeeding|making\s+(?:a|any)\s+difference|"
        r"(?:would|will|could|can)\s+(?:work|help|produce|deliver|achieve|succeed))",
        "No",
        0.75,
        "consequence",
        False,
    ),
    (
        # (not a chance somebody would have had, round 45: "If that had been how things worked ..., I would have had a chance")
        r"(?<!\bwould\s)(?<!\bcould\s)(?<!\bmight\s)(?<!\bmay\s)(?<!\bwould've\s)(?:has|have|had)\s+had\s+(?:its|their|a)\s+"
        r"(?:fair\s+|real\s+)?(?:chance|day)|"
        r"(?:is|are|be)\s+(?:simply\s+|just\s+|merely\s+|no\s+more\s+than\s+)?(?:a\s+return\s+to\s+)?the\s+status\s+quo",
        "No",
        0.7,
        "idiom",
        False,
    ),
    # sarcasm about a proposal: "we can all see how that has worked out", "what schools are crying out
    # for is yet another plan", "Great, because ..."
    (
        r"(?:we|you|i)\s+can\s+(?:all\s+)?see\s+how\s+(?:well\s+)?(?:that|this|it)(?:'s|\s+has)\s+(?:worked|gone|turned)\s+out"
        r"|(?:is|are)\s+crying\s+out\s+for\s+(?:is\s+)?(?:another|more|yet\s+another)\b|^\W*(?:yeah|oh\s+yes|oh\s+great|"
        r"brilliant|great|marvellous|wonderful|fantastic)\s*[,.!]+\s*because\b",
        "No",
        0.7,
        "idiom",
        False,
    ),
    (
        # costs outrunning returns: "would cost more staff time than it could ever repay", "costs more than it saves"
        r"(?#anchors: cost costs take takes)(?:cost|costs|take|takes)\s+(?:far\s+|much\s+|a\s+lot\s+)?more\s+(?:[\w'’-]+\s+){0,3}?than\s+"
        r"(?:it|they|this|that)\s+(?:would\s+|will\s+|could\s+|can\s+|might\s+)?(?:ever\s+)?"
        r"(?:repay|repays|return|returns|save|saves|deliver|delivers|bring|brings|give|gives|achieve|achieves|be\s+worth)\b",
        "No",
        0.8,
        "consequence",
        True,
    ),
    (
        r"(?:would|will|could)\s+do\s+more\s+harm\s+than\s+good|more\s+harm\s+than\s+good|worse\s+than\s+useless|a\s+waste\s+of\s+(?:time|energy|money|effort|resources)"
        r"|(?:money|funding|resources|effort|public\s+money|good\s+money)\s+(?:straight\s+)?down\s+the\s+drain",
        "No",
        0.85,
        "idiom",
        False,
    ),
    # the best of the set, as a verdict without a verb (a table's cell, "Overall: The strongest of the three")
    (
        r"(?#anchors: strongest best most)(?:^\W*|:\s*|(?:is|are|be|seems?|looks?|as)\s+(?:(?!not\b|never\b|no\b)[\w']+\s+){0,2}?)"
        r"(?:easily\s+|clearly\s+|by\s+far\s+)?the\s+(?:strongest|best|most\s+(?:promising|effective|workable|convincing|"
        r"attractive|useful|realistic))\s+of\s+the\s+(?:three|two|options|lot|bunch)\b",
        "Yes",
        0.85,
        "evaluation",
        True,
    ),
    # ------------------------------------------------------------------ evaluations, negative
    # superlatives and plain weak verdicts: "the voluntary option is the worst of the three", "the weakest",
    # "the least effective"; "the approach is poor" (after a verb, not "poor families")
    (
        r"(?#anchors: worst weakest least poor)(?:is|are|be|seems?|looks?|as)\s+(?:(?!not\b|never\b|no\b)[\w']+\s+){0,2}?(?:the\s+(?:worst|weakest|least\s+(?:(?:cost[- ])?effective|promising|workable|"
        r"convincing|attractive|useful))\b|(?:very\s+|rather\s+|pretty\s+)?poor(?=\s*[.,;]|\s+(?:choice|option|idea|answer|fit|substitute|model|way)\b))",
        "No",
        0.8,
        "evaluation",
        True,
    ),
    (
        r"(?:reckless|premature|misguided|ill[- ](?:conceived|suited|judged|advised|thought[- ]out|timed)|heavy[- ]handed|unworkable|unrealistic|impractical|disproportionate|counter[- ]?productive|self[- ]defeating|short[- ]sighted|wrong[- ]headed|not\s+fit\s+for\s+(?:purpose|the\s+(?:job|task)))\b",
        "No",
        0.8,
        "evaluation",
        True,
    ),
    (
        # ("mistaken for" is confused with, round 31: "so that national trends are not mistaken for local effects")
        r"simplistic|flawed|misplaced|mistaken(?!\s+for\b)|unhelpful|superfluous|pointless|futile|toothless|tokenistic|cosmetic|piecemeal|half[- ]hearted|naive|ineffectual",
        "No",
        0.75,
        "evaluation",
        True,
    ),
    (
        r"(?:falls?|fell|falling)\s+(?:well\s+|far\s+)?short|(?<!\bshe\s)(?<!\bhe\s)(?<!\bthey\s)(?<!\byou\s)(?<!\bshe)(?<!\bhe)(?<!\bsomething\s)(?<!\banything\s)(?<!\bsomething)(?<!\bwhat\s)(?<!\bwhat)(?:is|are|be|seems?|'s)\s+(?:\w+\s+){0,2}?(?:too\s+(?:(?:narrow|broad|vague|weak|timid|prescriptive|tight|loose|thin|rigid|soft|lax|feeble|flimsy|woolly)(?:ly)?|limited|blunt|restrictive)|wrong)\b"
        # (not a respondent who knows too little to judge: "our experience is too limited for us to offer a view")
        + NOT_FOR_US_TO_JUDGE,
        "No",
        0.75,
        "evaluation",
        True,
    ),
    (
        r"(?:is|are)\s+not\s+(?:a\s+\w+\s+|one\s+|something\s+|an\s+\w+\s+)?(?:that\s+)?(?:we|i)\s+can\s+(?:share|support|endorse|accept|put\s+(?:our|my)\s+names?\s+to|sign\s+up\s+to)"
        r"|(?:can|could)\s*not\s+(?:share|endorse|accept)",
        "No",
        0.85,
        "evaluation",
        False,
    ),
    (
        # ("has not changed" with no object is a view or a state unchanged, not a consequence, round 37: "Our submission
        # backed the Government's preferred approach, and that has not changed")
        r"(?:can|could|should)\s*(?:not|n't)\s+be\s+relied\s+(?:on|upon)|(?<!\bwe\s)(?<!\bi\s)(?:would|will|wo|did|does|do|(?:has|have)(?!\s*(?:not|n't)\s+changed\s*(?:[.,;:!]|$|\s+(?:since|and|but)\b))|could|can)\s*(?:not|n't)\s+(?:help|work(?!\s+(?:closely|together|with|alongside|across|through)\b|\s+out(?:\s{2,}|\s+(?:whether|what|how|who|which|why|where|if|exactly|precisely)\b))|serve|deliver|succeed|achieve|(?:given|give|provided|provide|offered|offer)\b(?!\s+(?:a\s+|an\s+|any\s+)?(?:firm\s+|settled\s+|collective\s+)?(?:view|answer|comment|opinion|position|advice|judgement|recommendation)s?\b|\s+one\b)|protect|improve|change(?!\s+(?:a\s+(?:single\s+)?(?:word|thing|line|comma|letter)|it\b|them\b|(?:its|the|their)\s+(?:focus|emphasis|direction|aims?|wording|approach|priorities)\b|(?:our|my|the|this|that)\s+(?:overall\s+)?(?:answer|view|position|support|conclusion|assessment|judgement|verdict)s?\b))|solve|reduce|prevent|stop(?!\s+at\b)|ensure|bring(?!s?\s+(?:[\w']+\s+){0,2}?back\b)|secure|reach(?:ed|es|ing)?\b(?!\s+(?:a|any|an)\s+(?:common|consensus|view|conclusion|decision|agreement|agreed|collective|settled|firm|shared|single|joint|unanimous|final|clear|position))|close|make\s+(?:a|any|much)\s+difference|make\s+(?:[\w']+\s+){0,4}?(?:any\s+|much\s+)?(?:safer|better\s+off))\w*"
        # (a condition, not a verdict: "it will not succeed without resources")
        r"(?!\s+(?:[\w']+\s+){0,2}?(?:without|unless)\b)"
        # (nor a concession that it is no cure-all, round 45: "The duty would not solve everything, but ...")
        r"(?!\s+(?:everything|every\s+problem|all\s+(?:of\s+)?(?:it|this|the\s+problems?|our\s+problems)|it\s+all)\b)",
        "No",
        0.75,
        "consequence",
        False,
    ),
    (
        r"unlikely\s+to\s+(?:deliver|work|succeed|help|achieve|change|make|close|bridge|fill|solve|fix|reduce|stop|prevent|bring|shift|move|"
        r"improve|alter|produce|secure|foster|generate|result\s+in|lead\s+to)|(?:little|no)\s+(?:chance|prospect)\s+of\s+(?:(?:it|them|this|that)\s+)?(?:success|succeeding|working|delivering)|nothing\s+(?:significantly\s+)?(?:new|transformative)(?!\s+(?:would|will|need|needs|has|had)\s+(?:have\s+to\s+|to\s+)?be\s+(?:built|created|set\s+up|invented))|do\s+little\s+to|achieve\s+little",
        "No",
        0.8,
        "evaluation",
        False,
    ),
    # backing it: "the only one our members could get behind" ("could not get behind it": the negation turns it)
    (
        r"(?#anchors: behind)get\s+(?:fully\s+|firmly\s+|squarely\s+)?behind(?=\s*[,.;]|\s+(?:it|this|that|them|the|a|an|option|any)\b)",
        "Yes",
        0.75,
        "idiom",
        True,
    ),
    # part of the case: "we accept part of the case for placing a duty on named organisations"
    (
        r"(?#anchors: part some)(?:accept|accepts|agree\s+with|agrees\s+with|share|shares|see|find)\s+(?:part|some|parts)\s+of\s+"
        r"(?:the|its|their)\s+(?:case|argument|arguments|reasoning|analysis)\b",
        "Mixed",
        0.8,
        "mixed",
        False,
    ),
    # going part of the way: "we can go only part of the way with the vision"
    (
        r"(?#anchors: part some)(?:go|come|travel)\s+(?:only\s+)?(?:part|some)\s+of\s+the\s+way\s+with\b",
        "Mixed",
        0.85,
        "idiom",
        False,
    ),
    # an accurate account: "the vision describes accurately what good looks like", "captures well what works"
    (
        r"(?#anchors: describe capture reflect sets accurately faithfully)(?:describes|captures|reflects|sets\s+out|describe|capture|reflect)\s+"
        r"(?:accurately|faithfully|well|clearly)\b|(?:accurately|faithfully)\s+(?:describes|captures|reflects|identifies|"
        r"describe|capture|reflect|identify)\b",
        "Yes",
        0.65,
        "evaluation",
        True,
    ),
    # building on what exists: "would build on structures that already pool data", "builds on existing partnerships"
    (
        r"(?#anchors: build builds building)(?:build|builds|building)\s+(?:directly\s+)?on\s+"
        r"(?:the\s+)?(?:structures|arrangements|partnerships|relationships|existing|established|what\s+(?:already\s+)?(?:works|exists)|"
        r"the\s+(?:existing|established|strengths?|foundations?|work|good\s+work))",
        "Yes",
        0.65,
        "consequence",
        True,
    ),
    # not enough by itself, whatever the verb: "it will not of itself generate joint commissioning", "would not,
    # on its own, produce pooled budgets" (weak: often a caveat, "would not, in itself, change practice overnight")
    (
        r"(?#anchors: itself own alone)(?:will|would|does)\s*(?:not|n't)\s*,?\s+(?:of\s+itself|by\s+itself|"
        r"in\s+itself|on\s+its\s+own|alone)\s*,?\s+(?!be\s+(?:enough|sufficient)\b)[a-z]+(?![^.;]{0,40}\bovernight\b)",
        "No",
        0.6,
        "consequence",
        False,
    ),
    # not good enough; "will not do" as a verdict ("leaving it to goodwill will not do")
    (
        r"(?#anchors: good enough)(?:is|are|was|were|seems?|looks?)\s*(?:not|n't)\s+(?:nearly\s+|anywhere\s+near\s+|remotely\s+)?"
        r"good\s+enough\b",
        "No",
        0.75,
        "evaluation",
        False,
    ),
    (
        r"(?#anchors: will would does did)(?:will|would|does|did)\s*(?:not|n't)\s+do(?=\s*[.;!]|\s*$)",
        "No",
        0.75,
        "evaluation",
        False,
    ),
    # dying a quiet death: "hand this job to them and it will die quietly in a minute book", "it would wither on the vine"
    (
        r"(?#anchors: die wither fizzle peter gather)(?:will|would|could|'ll)\s+(?:just\s+|simply\s+|soon\s+|quickly\s+)?(?:die|wither|"
        r"fizzle\s+out|peter\s+out|gather\s+dust)\b(?!\s+(?:down|off)\b)",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # support that lasts only while its champions stay: "arrangements work well while the people remain, and fade
    # when they move on"
    (
        r"(?#anchors: fade fades falter falters collapse collapses wither withers peter fizzle fall falls)(?:fade|fades|falter|falters|"
        r"collapse|collapses|wither|withers|peter\s+out|peters\s+out|fizzle\s+out|fizzles\s+out|fall\s+away|falls\s+away|"
        r"fall\s+apart|falls\s+apart)\s+(?:away\s+)?(?:when|once|as\s+soon\s+as|the\s+moment|after)\b",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # half right: "half of it is right and half of it is missing"
    (
        r"(?#anchors: half)half\s+(?:of\s+(?:it|them)\s+)?(?:is|was|are|were)\s+(?:right|good|fine|sound)\b[^.;]{0,40}\bhalf\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # leaning to it: "we lean towards the Government's preferred option"
    (
        # (or the body writing: "In short, the Council leans towards Option Three")
        r"(?#anchors: lean leans leaning)(?:we|i|the\s+(?:council|board|trust|authority|partnership|commissioner|forum|network|association|"
        r"federation|service|panel|committee|cabinet|college|charity|office|unit|group))\s+(?:would\s+|do\s+|does\s+|tends?\s+to\s+)?"
        # (weighed first, round 37: "I would on balance lean towards placing a duty on named bodies")
        r"(?:on\s+balance\s+|,\s*on\s+balance,\s*)?(?:lean|leans|leaning)\s+(?:slightly\s+|heavily\s+)?"
        r"(?:towards|toward)\b(?!\s+the\s+view\b)",  # ("we lean towards the view that X would fail" is its content's)
        "Yes",
        0.7,
        "preference",
        True,
    ),
    # a reservation: "a reasonable starting point but needs amendment", "the vision needs strengthening"
    (
        r"(?#anchors: needs need requires require)(?<!we\s)(?<!i\s)(?<!they\s)(?:needs|need|requires|require)\s+"
        r"(?:some\s+|significant\s+|further\s+|substantial\s+|considerable\s+|more\s+)?"
        r"(?:amendment|amending|changing|revision|revising|strengthening|rethinking|reworking|improvement|refining|tightening)\b",
        "No",
        0.55,
        "evaluation",
        True,
    ),
    # a flaw that decides it: "the risk is fatal to the option", "a fatal flaw in the proposal"
    (
        r"(?#anchors: fatal)(?:is|are|was|would\s+be|could\s+be|proves?|seems?)\s+(?:\w+\s+)?fatal\s+to\b"
        r"|(?:a|the|one)\s+fatal\s+(?:flaw|weakness|objection|defect)\b",
        "No",
        0.8,
        "evaluation",
        False,
    ),
    # out of step with what is seen: "the focus ... does not match what councils see on the ground"
    (
        r"(?#anchors: match reflect fit)(?:does|do|did)\s*(?:not|n't)\s+(?:match|reflect|fit)\s+(?:what\s+(?:\w+\s+){1,3}?"
        r"(?:see|saw|find|found|experience|face|know|deal\s+with)|the\s+(?:reality|realities|picture|experience|evidence|needs?)"
        r"\s+(?:on\s+the\s+ground|of|in|we|our|that|locally))",
        "No",
        0.75,
        "evaluation",
        False,
    ),
    (
        r"(?#anchors: reservations doubt concern misgivings)(?:we|i)\s+(?:have|hold)\s+(?:grave|serious|real|significant|strong|considerable)\s+(?:reservations|doubts|concerns)|(?:we|i)\s+doubt\s+(?:that|whether|it|this)"
        # the subject left out after "but" (round 38): "The Council agrees with the vision but has real reservations about
        # its focus"
        # (or the body as "it" after a "however", round 47: "The Corporation sees value in a duty ...; however, it has serious
        # reservations about how it would work")
        r"|(?:^\W*(?:however\s*,?\s*)?(?:it\s+)?|\b(?:but|yet)\s+|\bhowever\s*,\s*it\s+)(?:also\s+|still\s+)?(?:has|have|holds|hold)\s+(?:grave|serious|real|significant|strong|considerable)\s+"
        # (or its object blanked as an embedded question: "however, it has serious reservations about how it would work")
        r"(?:reservations|doubts|concerns)(?:\s+(?:about|over|regarding|with|as\s+to)\b|\s*(?:[.;:]|$))"
        # "members were united in their concern about the proposal to ...", "our serious misgivings about it"
        r"|(?:united\s+in\s+(?:their|our|its)|(?:our|their|its)\s+(?:grave|serious|deep|strong|considerable))\s+(?:concerns?|reservations|misgivings|doubts)\s+"
        r"(?:about|over|regarding|with)\s+(?:the\s+(?:proposal|option|idea|plan|duty)|this|that|it|option|any|a\s+(?:new\s+)?duty)\b",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    # emphasis in the right place (round 38): "the vision puts the emphasis where our casework tells us it belongs"
    (
        r"(?#anchors: emphasis focus weight priority)(?:puts?|places?|putting|placing)\s+(?:the\s+|its\s+|their\s+)?"
        r"(?:emphasis|focus|weight|priority)\s+(?:where\s+(?:[\w'’]+\s+){0,6}?(?:belongs?|should\s+be|ought\s+to\s+be|needs\s+to\s+be)\b"
        r"|in\s+the\s+right\s+place\b)",
        "Yes",
        0.8,
        "evaluation",
        True,
    ),
    # drawn as it should be (round 38): "The focus, in our view, is correctly drawn", "the vision is well pitched"
    (
        r"(?#anchors: correctly rightly well sensibly properly appropriately)\b"
        r"(?:correctly|rightly|well|sensibly|properly|appropriately)\s+(?:drawn|framed|targeted|focused|focussed|judged|pitched|"
        r"aimed|balanced)\b(?!\s+(?:up|out|from|by)\b)",
        "Yes",
        0.8,
        "evaluation",
        True,
    ),
    # nothing to disagree with, in understatement (round 38): "About the vision I can't say I disagree with any of it"
    (
        r"(?#anchors: say)(?:can't|cannot|can\s+not|couldn't|could\s+not)\s+(?:honestly\s+|really\s+)?say\s+(?:that\s+)?(?:i|we)\s+"
        r"(?:(?:really|honestly)\s+)?(?:disagree|object|mind|dislike|am\s+against|are\s+against|"
        r"have\s+(?:any\s+|much\s+)?(?:problem|quarrel|objection))\b",
        "Yes",
        0.75,
        "evaluation",
        False,
    ),
    # not obstructing it (round 38): "We would not wish to stand in the way of the Government's preferred option"
    (
        r"(?#anchors: stand)(?:(?:would|will|do|does|did|should|shall)\s*)?(?:not|n't|never)\s+"
        r"(?:(?:wish|want|seek|intend|propose)\s+to\s+|be\s+(?:the\s+ones?\s+)?to\s+)?"
        r"stand\s+in\s+(?:the|its|their)\s+way\b",
        "Yes",
        0.8,
        "idiom",
        False,
    ),
    # keeping it: "we would not want to reinvent it", "a sensible starting point"; better than nothing
    (
        r"(?#anchors: reinvent replace rewrite redraw tear start reinventing replacing rewriting redrawing)(?:would|will|do|does)\s*(?:not|n't)\s+(?:want|wish)\s+to\s+"
        r"(?:reinvent|replace|rewrite|redraw|tear\s+up|start\s+again\s+with|start\s+from\s+scratch\s+with)\s+(?:it|them|this|that|the\s+\w+)\b"
        # (or the time spent on it, round 51: "we would not want to see time spent reinventing it")
        r"|(?:would|will|do|does)\s*(?:not|n't)\s+(?:want|wish)\s+(?:to\s+see\s+)?(?:time|effort|energy|money|resources)\s+(?:spent|wasted|used)\s+"
        r"(?:on\s+)?(?:reinventing|replacing|rewriting|redrawing)\s+(?:it|them|this|that|the\s+\w+)\b",
        "Yes",
        0.75,
        "preference",
        False,
    ),
    (
        r"(?#anchors: starting)(?:a|the)\s+(?:sensible|good|reasonable|useful|solid|sound)\s+starting\s+(?:point|list|place)\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    (
        # faint praise: "it would be better than nothing" (often before a "but"), weaker than better than what there is
        r"(?#anchors: better preferable)(?:is|are|would\s+be|will\s+be)\s+(?:still\s+|surely\s+|certainly\s+)?(?:better|preferable)\s+than\s+"
        r"(?:nothing|no\s+duty(?:\s+at\s+all)?)\b",
        "Yes",
        0.5,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: better preferable)(?:is|are|would\s+be|will\s+be)\s+(?:still\s+|surely\s+|certainly\s+|far\s+|much\s+)?(?:better|preferable)\s+than\s+"
        r"(?:nothing|what\s+we\s+have(?:\s+now|\s+at\s+present|\s+today)?|the\s+status\s+quo|the\s+present\s+position|no\s+duty(?:\s+at\s+all)?)\b",
        "Yes",
        0.8,
        "evaluation",
        True,
    ),
    # not a word of it lost (round 47; listed before "would not want", which starts at the same word): "We would not want a word
    # of the focus on early intervention weakened during drafting"
    (
        r"(?#anchors: word line sentence part)(?:would|should)\s*(?:not|n't)\s+(?:want|wish|like)\s+(?:to\s+see\s+)?"
        r"(?:a\s+(?:single\s+)?(?:word|line|sentence)|any\s+part|one\s+word)\s+of\s+[^.;]{1,60}?\s+(?:diluted|weakened|"
        r"watered\s+down|lost|dropped|cut)\b",
        "Yes",
        0.8,
        "preference",
        False,
    ),
    # wanted, but not as the whole answer (round 50; listed before "would not want", which starts at the same word): "We would
    # want it kept, and we would not want it to be the whole answer"
    (
        r"(?#anchors: whole only entire sole complete)(?:would|will|do|does)\s*(?:not|n't)\s+(?:want|wish|expect)\s+(?:it|them|this|"
        r"that)\s+to\s+be\s+(?:the|our)\s+(?:whole|only|entire|sole|complete)\s+(?:answer|solution|response|approach|plan)\b",
        "Mixed",
        0.8,
        "mixed",
        False,
    ),
    (
        r"(?:would|will|do|does)\s*(?:not|n't)\s+(?:want|welcome|wish)"
        # (an ellipsis of the verb before, round 41: "It would not compel anyone to disclose anything, and we would not want
        # it to": not wanting what it would not do)
        r"(?!\s+(?:it|them|this|that)\s+to\s*(?:[.;:,!)]|$))"
        # not wanting to lose it is wanting it kept (the entry below)
        r"(?!\s+to\s+(?:lose|give\s+up|abandon|throw\s+away|sacrifice|see\s+(?:the\s+end\s+of|an\s+end\s+to)|alter|change|amend|modify|tamper\s+with|rewrite|dilute|weaken|see\s+(?:it|them|this|that)\s+(?:altered|changed|weakened|diluted))\b)"
        # unwillingness to take part ("if a school doesn't want to engage it doesn't have to"): no view of a target
        r"(?!\s+to\s+(?:engage|participate|take\s+part|co-?operate|join\s+in|attend|comply|sign\s+up|get\s+involved|be\s+involved)\b)"
        # how the respondent would not wish to be taken ("we would not wish to be read as lukewarm about it"): no view against
        r"(?!\s+to\s+be\s+(?:read|seen|taken|thought\s+of|understood|regarded|misunderstood|misread|portrayed)\b)"
        # (nor what the respondent's words should not be read as, round 48: "I would not wish anything else in this email
        # to be read as one")
        r"(?!\s+(?:[\w'-]+\s+){1,8}?to\s+be\s+(?:read|seen|taken|understood|regarded|interpreted|construed)\s+as\b)"
        # ... or what it would not claim ("I would not want to pretend otherwise", "we would not wish to overstate it")
        # (nor to advise on it, round 49: "We would not want to advise on membership without better evidence than we have")
        r"(?!\s+to\s+(?:pretend|claim|suggest|imply|offer|express|venture|comment|speculate|guess|overstate|exaggerate|speak\s+for|prejudge|pre-empt|second-guess|"
        r"advise\s+on|pronounce|"
        r"give\s+(?:the|an|any)\s+impression)\b)"
        # "would not wish any new duty to translate into paperwork": a wish about how it works, not against it
        # (an infinitive's "to", not a preposition's: "would not want the strategy handed to them" is against it)
        r"(?!\s+(?:[\w-]+\s+){1,4}?to\s+(?!(?:them|him|her|it|us|me|the|a|an|this|that|those|these|our|their|its|any|some|local|"
        r"each|every|one|two|three|schools?|councils?|police|partnerships?|csps?)\b)(?!be\s+(?:introduced|adopted|legislated|imposed|enacted|chosen|placed|given|the)\b|go\s+ahead\b|proceed\b|happen\b|apply\b"
        r"|(?:hold|have|take|lead|carry|run|own|bear|become|replace|get|rely|depend|count|lean|settle|choose|pick|adopt|pursue|legislate|introduce|impose|go)\b)[a-z]+)"
        # not wanting a harm to come of something: "would not want any change in national arrangements to put funding
        # of this kind at risk" (a longer subject, but only with a verb of harm)
        r"(?!\s+(?:[\w-]+\s+){5,10}?to\s+(?:put\s+[^.;]{0,40}?\bat\s+risk|obscure|overshadow|eclipse|cloud|(?:distract|detract)\s+from|undermine|jeopardi[sz]e|threaten|damage|harm|weaken|"
        r"disrupt|destabilise|destabilize|cut\s+across)\b)"
        # (or its part, round 49: "we would not want the vision's focus changed")
        r"(?!\s+(?:to\s+see\s+)?(?:it|them|this|that|the\s+\w+(?:['’]s\s+\w+)?|its\s+\w+|(?:any|one|some|all|either)\s+of\s+(?:them|those|these|it))\s+(?:to\s+be\s+)?"
        r"(?:narrowed|reduced|diluted|weakened|watered\s+down|cut|lost|dropped|removed|abandoned|shortened|undermined|changed|altered|"
        r"rewritten|tampered\s+with|reopened|unpicked|started\s+(?:again|over|afresh)|torn\s+up|thrown\s+out|redrawn|replaced|scrapped|"
        r"passed\s+over|overlooked|taken\s+off|set\s+aside|ignored))"
        # (nor an option named in two words so, round 51: "We would not want to see the partnership route passed over")
        r"(?!\s+(?:to\s+see\s+)?the\s+\w+\s+(?:route|option|approach|duty|list|vision|focus|model)\s+(?:to\s+be\s+)?(?:passed\s+over|"
        r"overlooked|sidelined|set\s+aside|ignored|dropped|abandoned|weakened|diluted|watered\s+down|lost|scrapped|shelved)\b)"
        # (nor what is said or counted of the respondent, round 51: "We would not want it said that health stood aside", "I would
        # not want it counted as such"; nor time spent on something else: "time spent reinventing it")
        r"(?!\s+(?:it|that|this)\s+(?:to\s+be\s+)?(?:said|thought|suggested|counted|recorded|reported|read|taken|seen)\b)"
        r"(?!\s+(?:to\s+see\s+)?(?:time|effort|energy|money|resources)\s+(?:spent|wasted|used)\b)"
        # (nor the present state not wanted kept, round 46: "we would not want the statutory partners left as they are", a
        # change asked for, read by the rules of additions)
        r"(?!\s+(?:to\s+see\s+)?(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:left|kept|remain|remaining|stay|staying)\s+(?:as|where)\s+"
        r"(?:it|they)\s+(?:is|are|stands?)\b)"
        # what is not wanted set against what is: "I don't want lessons learned, I want somebody to be answerable"
        r"(?![^.;]{0,60},\s*(?:i|we)\s+(?:just\s+)?want\b)|please\s+do\s+not|please\s+don't|please,?\s+no\s+more|please,?\s+not\s+(?:the|that|this|option|a|an|any)\b|not\s+that\s+one\b|(?:don't|do\s+not)\s+(?:just\s+)?(?:leave|hand|give|put)\s+(?:it|this|them|that)\b|hope\s+(?:you|the\s+government|ministers)\s+(?:don't|do\s+not|won't|will\s+not)\s+(?:pick|choose|go\s+(?:with|for)|adopt|take)|prefer\s+that\s+it\s+(?:were|was|is)\s+not|prefer\s+(?:that\s+)?(?:the\s+government|you|ministers|the\s+home\s+office|it)\s+(?:did|do|does|were|was|should)\s*(?:not|n't)\s+(?:\w+\s+)?(?:take|pursue|adopt|choose|go|introduce|proceed|follow|bring)\b|rather\s+it\s+(?:were|was)\s+not",
        "No",
        0.8,
        "preference",
        False,
    ),
    # not wanting to lose it: "I would not want to lose that spirit" (of working voluntarily) values it
    (
        r"(?#anchors: lose give abandon throw sacrifice end)(?:would|will|do|does)\s*(?:not|n't)\s+(?:want|wish)\s+to\s+"
        r"(?:lose|give\s+up|abandon|throw\s+away|sacrifice|see\s+(?:the\s+end\s+of|an\s+end\s+to))\b",
        "Yes",
        0.7,
        "preference",
        False,
    ),
    # ------------------------------------------------------------------ consequences, negative
    (
        r"(?:(?:would|will|could|can)\s+(?:(?!not\b|never\b)\w+\s+)?|(?<=\bnot\s)|(?<=\bnever\s))(?:change|achieve|do|add|solve|fix)\s+(?:nothing|little|very\s+little)(?!\s+(?:harm|damage)\b)",
        "No",
        0.75,
        "consequence",
        False,
    ),
    (
        r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bgot\s)(?:cuts?|cutting)\s+across(?!\s+(?:the|his|her|their|my|a)\s+(?:forearm|arm|hand|face|leg|head|neck|chest|back|cheek|wrist|fingers?)\b)|(?:gets?|get|getting)\s+in\s+the\s+way\s+of|(?:leaves?|leaving|leave)\s+(?:nobody|no\s+one|no-one)\s+(?:\w+\s+)?(?:in\s+charge|answerable|accountable|responsible)"
        r"|(?:(?:would|will|could)\s+(?:(?!not\b|never\b)\w+\s+)?|(?<=\bnot\s)|(?<=\bnever\s))(?:create|cause|pose|raise)\s+(?:real\s+|serious\s+|significant\s+|practical\s+|new\s+)?"
        r"(?:difficulties|problems|complications)"
        r"|(?:creates?|causes?|poses?|raises?)\s+(?:real|serious|significant|practical|considerable)\s+"
        r"(?:difficulties|problems|complications)"
        r"|(?:do|does|can)\s*(?:not|n't)\s+see\s+what\s+[^.;]{1,60}?\s+(?:would|will|could)\s+add\b",
        "No",
        0.6,
        "consequence",
        True,
    ),
    (
        r"(?:is|are|was)\s+not\s+an\s+option|not\s+a\s+(?:realistic|viable|serious|credible)\s+option",
        "No",
        0.8,
        "idiom",
        False,
    ),
    # a risk the target brings, not the risk of violence it is meant to reduce ("how its decisions affect the risk of violence")
    (
        r"(?:a|the|real|serious|significant|genuine|clear)\s+risk\s+(?:that|of)(?!\s+(?:serious\s+|youth\s+|further\s+)?"
        r"(?:violence|violent|harm|offending|reoffending|re-offending|exploitation|victimisation|knife|crime|being\s+(?:harmed|exploited|drawn)))",
        "No",
        0.5,
        "consequence",
        True,
    ),
    (
        r"(?:more|extra|additional)\s+(?:paperwork|bureaucracy|red\s+tape|form[- ]filling|box[- ]ticking|forms)"
        r"|(?:add|adds|adding|create|creates|creating|generate|generates|produce|produces)\s+(?:more\s+|extra\s+)?"
        r"(?:paperwork|bureaucracy|red\s+tape|form[- ]filling|box[- ]ticking)",
        "No",
        0.6,
        "consequence",
        True,
    ),
    (
        r"(?:is|are|was|were|would|will|has|have|had)\s*(?:not|n't|never)\s+(?:been\s+|be\s+)?(?:enough|sufficient|adequate)",
        "No",
        0.75,
        "evaluation",
        False,
    ),
    (
        r"(?:add|adds|adding|added)\s+(?:\w+\s+){0,2}?to\s+(?:the\s+)?(?:workload|burden|pressures?|bureaucracy|paperwork)|(?:another|an\s+extra|a\s+further|a\s+new|a\s+second|a\s+third|a\s+fourth|a\s+fifth|an\s+additional)\s+(?:layer|tier)|yet\s+another\s+(?:duty|layer|requirement|burden)",
        "No",
        0.6,
        "consequence",
        True,
    ),
    (
        # (no "not" between: "would not divert crews from emergency response" is no harm, round 45)
        r"(?:would|could|will|risks?|risking)\s+(?:(?!not\b|never\b)\w+\s+){0,3}?(?:duplicat\w+|balkani[sz]\w*|fragment\w*|muddy\w*|dilut\w+|undermin\w+|confus\w+|divert\w*|distract\w*)",
        "No",
        0.6,
        "consequence",
        True,
    ),
    # what the target would leave behind: "a voluntary approach would leave the area exposed"
    (
        r"(?#anchors: leave leaves leaving)(?:would|could|will|risks?)\s+(?:\w+\s+){0,2}?leav(?:e|es|ing)\s+(?:[\w']+\s+){1,4}?(?:exposed|vulnerable|unprotected|at\s+risk|in\s+limbo|to\s+chance|high\s+and\s+dry)\b",
        "No",
        0.6,
        "consequence",
        True,
    ),
    # "goodwill alone will not survive the next budget round", "a voluntary code on its own cannot deliver"
    (
        r"(?#anchors: alone own itself themselves)(?:alone|on\s+(?:its|their)\s+own|by\s+(?:itself|themselves))\s+(?:will|would|can|could|is|are)\s*(?:not|n't|never)\s+"
        r"(?:survive|suffice|work|deliver|succeed|be\s+(?:enough|sufficient)|do\s+(?:it|the\s+job)|last)\b",
        "No",
        0.65,
        "consequence",
        False,
    ),
    (
        r"(?:a|an)\s+(?:\w+\s+)?(?:burden|distraction|imposition)|burdensome|onerous|red\s+tape",
        "No",
        0.55,
        "consequence",
        True,
    ),
    # round 8: what the target will not make anybody do; nothing changing; the wrong place; the best chance
    (
        r"(?#anchors: make)(?:will|would|does|did|can|could)\s*(?:not|n't|never)\s+make\s+(?:anybody|anyone|any\s+\w+|a\s+single\s+\w+|"
        r"people|agencies|organisations|them|partners)\s+(?:\w+\s+)?(?:pick\s+up|turn\s+up|act|do|work|talk|share|attend|care|change|engage|cooperate|co-operate|take)\b",
        "No",
        0.65,
        "consequence",
        False,
    ),
    (
        r"(?#anchors: nothing change)nothing\s+(?:will|would|is\s+going\s+to)\s+(?:\w+\s+)?change\b",
        "No",
        0.6,
        "consequence",
        False,
    ),
    (
        r"(?#anchors: back restore)(?:(?<=\bwould\s)|(?<=\bwill\s)|(?<=\bcould\s)|(?<=\bcan\s)|(?<=\bnot\s)|(?<=n't\s)|(?<=\bnever\s))"
        r"(?:put\s+back|restore)\b",  # ("bring back" is blanked with the other senses of "back")
        "Yes",
        0.5,
        "consequence",
        True,
    ),
    (
        r"(?#anchors: wrong)in\s+the\s+wrong\s+place|(?:drawn|pitched|set|placed|put)\s+(?:in\s+)?the\s+wrong\s+(?:place|way|level)",
        "No",
        0.75,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: chance)(?:stands?|standing|has|have|having|offers?|gives?)\s+(?:us\s+)?the\s+(?:best|better|greatest|strongest|most\s+realistic)\s+chance\b",
        "Yes",
        0.8,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: closest nearest closer nearer)(?:is|are|comes?|sits?)\s+(?:the\s+)?(?:closest|nearest|closer|nearer)\s+to\s+what\s+(?:[\w']+\s+){0,3}?(?:works?|worked|know\s+works)\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: fine)(?:is|are|'s|seems?)\s+(?:\w+\s+)?fine\s+(?:by|with)\s+(?:us|me)\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: largely broadly mostly generally)(?:largely|broadly|mostly|generally)\s+(?:right|correct|sound|the\s+right\s+\w+)\b[^.;]{0,80}?\b"
        r"(?:with|but\s+for|except\s+for|save\s+for|apart\s+from)\s+(?:one|two|three|a\s+few|an?|some)\s+(?:notable\s+|important\s+|significant\s+|serious\s+)?"
        r"(?:exceptions?|omissions?|gaps?|mistakes?|errors?)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # harder, not easier; more paperwork; one priority among many; the gaps reproduced; the map left as it is
    (
        r"(?#anchors: make makes making)(?:(?:would|will|could|can|may|might)\s+(?:(?!not\b|never\b)\w+\s+)?|(?<=\bnot\s)|(?<=\bnever\s))mak(?:e|es|ing)\s+[^.;]{1,60}?\s+(?:harder|more\s+difficult|worse|slower|more\s+complicated|more\s+complex)\b(?!\s+(?:for|to)\b)",
        "No",
        0.6,
        "consequence",
        True,
    ),
    # left weaker: "would leave local partnership working weaker than it is today", "would leave us worse off"
    (
        r"(?#anchors: leave leaves leaving make makes)(?:would|will|could|may|might)\s+(?:(?!not\b|never\b)\w+\s+)?(?:leave|leaves|leaving|make|makes)\s+"
        r"[^.;]{1,60}?\s+(?:weaker|worse\s+off|less\s+effective|more\s+fragmented|poorer)\b",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # left stronger: "would leave partnerships stronger than they are today" (not "would make it a bigger committee, not a
    # stronger one": what it would make is said otherwise)
    (
        r"(?#anchors: leave leaves leaving)(?:would|will|could|may|might)\s+(?:(?!not\b|never\b)\w+\s+)?(?:leave|leaves|leaving)\s+"
        r"[^.;,]{1,60}?\s+(?:stronger|better\s+off|more\s+effective|more\s+joined[- ]up)\b",
        "Yes",
        0.65,
        "consequence",
        True,
    ),
    (
        r"(?#anchors: mean)(?:would|will)\s+(?:just\s+|simply\s+|only\s+|in\s+practice\s+)?mean\s+(?:yet\s+)?(?:another|more|extra)\s+(?:\w+\s+)?"
        r"(?:policy|policies|forms?|layers?|sets?|tiers?|lines?|boxes|audits?|plans?|reports?|strategies|strategy|meetings?|training|logs?|inspections?|paperwork|bureaucracy|returns?)\b",
        "No",
        0.6,
        "consequence",
        False,
    ),
    (
        r"(?#anchors: remain first)(?:will|would)\s+(?:\w+\s+)?remain\s+(?:just\s+)?one\s+priority\s+among\s+(?:many|others)|"
        r"(?:will|would)\s+(?:\w+\s+)?be\s+the\s+first\s+(?:thing\s+)?to\s+(?:slip|go|be\s+cut|be\s+dropped)",
        "No",
        0.6,
        "consequence",
        False,
    ),
    (
        r"(?#anchors: reproduc perpetuat entrench replicat continu)"
        r"(?:reproduc|perpetuat|entrench|replicat|continu)\w*\s+(?:the\s+|those\s+|these\s+|existing\s+|current\s+)?(?:\w+\s+)?"
        r"(?:gaps|problems|failures|status\s+quo|inconsistenc(?:y|ies)|patchwork|postcode\s+lottery|variation|muddle)\b",
        "No",
        0.6,
        "consequence",
        True,
    ),
    (
        r"(?#anchors: leave leaves leaving look remain stay)leav(?:e|es|ing)\s+(?:[\w']+\s+){1,4}?(?:looking\s+)?(?:much|just|exactly|largely|"
        r"very\s+much)?\s*as\s+(?:it|they|things)\s+(?:is|are|does|do|stands?|looks?)\s+(?:now|today|at\s+present)\b"
        # (or the same as now without the verb of leaving: "the position in two years' time would look much as it does now",
        # round 30)
        r"|\b(?:would|will)\s+(?:look|remain|stay)\s+(?:much|very\s+much|pretty\s+much|largely|exactly)\s+(?:as|the\s+same\s+as)\s+"
        r"(?:it\s+does|it\s+is|they\s+are|they\s+do)\s+(?:now|today)\b",
        "No",
        0.6,
        "consequence",
        False,
    ),
    # round 8, more: no time for it; the weakest link; the least capacity; slowing things down; lasting
    # as long as goodwill; partners left free to stay away; more than any other measure; reaching people
    (r"(?#anchors: time)(?:have|has|had)\s+(?:got\s+)?(?:no|little)\s+time\s+for\b", "No", 0.8, "idiom", False),
    (r"(?#anchors: weakest)the\s+weakest\s+link\b", "No", 0.7, "idiom", True),
    (
        r"(?#anchors: capacity resources money budget staff ability reach)(?:with|has|have|having)\s+(?:the\s+least|no|little)\s+(?:spare\s+)?(?:capacity|resources|money|budget|staff|ability)\s+"
        r"(?:to\s+(?:deliver|do|carry|take|manage|lead)\b|of\s+any\b)|(?:with|has|have)\s+the\s+least\s+(?:capacity|resources|ability|reach)\b",
        "No",
        0.6,
        "consequence",
        False,
    ),
    (
        r"(?#anchors: slow slows slowing)(?:(?:would|will|could|might)\s+(?:(?!not\b|never\b)\w+\s+)?|(?<=\bnot\s)|(?<=\bnever\s))slow\s+(?:things|it|this|matters|work|progress|everything)\s+down\b",
        "No",
        0.6,
        "consequence",
        True,
    ),
    (
        r"(?#anchors: last)last\s+(?:only\s+|exactly\s+|just\s+|no\s+longer\s+than\s+)?(?:as\s+long\s+as\s+)?(?:the\s+)?(?:goodwill|enthusiasm|patience|interest)\b",
        "No",
        0.65,
        "consequence",
        False,
    ),
    (
        r"(?#anchors: free)free\s+to\s+(?:stay\s+away|opt\s+out|walk\s+away|ignore|do\s+nothing|carry\s+on\s+as\s+before)\b",
        "No",
        0.65,
        "consequence",
        True,
    ),
    (
        r"(?#anchors: other else)do(?:es)?\s+more\s+than\s+(?:any\s+other|the\s+other|either\s+of\s+the\s+other|anything\s+else)\b",
        "Yes",
        0.8,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: reach)(?:would|will|could|can)\s+(?:(?!not\b|never\b)\w+\s+)?reach\s+(?:the\s+|those\s+|these\s+|our\s+)?(?:\w+\s+)?(?:children|young\s+people|families|people|communities|pupils)\b",
        "Yes",
        0.55,
        "consequence",
        True,
    ),
    # leaving the emphasis as it is: "would not alter its emphasis"
    (
        r"(?#anchors: alter change amend)(?:would|will)\s*(?:not|n't)\s+(?:want\s+to\s+)?(?:alter|change|amend)\s+(?:its|their)\s+"
        r"(?:emphasis|focus|direction|thrust|wording|content|aims?|priorities)\b",
        "Yes",
        0.7,
        "idiom",
        False,
    ),
    # more statutory duties refused: "I would not add another statutory duty to the pile"
    (
        r"(?#anchors: add)(?:would|will|should)\s*(?:not|n't)\s+add\s+(?:another|a\s+new|a\s+further|yet\s+another|one\s+more)\s+(?:statutory\s+|legal\s+)?duty\b",
        "No",
        0.8,
        "preference",
        False,
    ),
    # "then make the law", "pass the law" (a call to legislate)
    (
        r"(?#anchors: then make pass bring)(?:^|,\s*|\bthen\s+)(?:just\s+)?(?:make|pass|bring\s+in)\s+(?:the|that|a)\s+law\b",
        "Yes",
        0.7,
        "request",
        False,
    ),
    (
        r"(?#anchors: about broadly roughly less)(?:about|broadly|roughly|more\s+or\s+less)\s+right\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    # both sides seen: "we see both promise and difficulty in working through partnerships"
    (
        r"(?#anchors: both pros)(?:(?:see|sees|saw|find|found)\s+)?both\s+(?:real\s+)?(?:promise|merit|merits|strengths?|advantages?|benefits?|opportunit(?:y|ies))\s+"
        r"and\s+(?:real\s+)?(?:difficult(?:y|ies)|risks?|problems?|weakness(?:es)?|disadvantages?|drawbacks?|dangers?)\b|\bpros\s+and\s+cons\b",
        "Mixed",
        0.8,
        "mixed",
        False,
    ),
    # made for something else: "the list was designed for another job", "it should be reworked rather than copied across"
    (
        r"(?#anchors: drawn designed written created made rather)(?:was|were|is|are)\s+(?:originally\s+)?(?:drawn\s+up|designed|written|created|made)\s+for\s+"
        r"(?:(?:a|an|quite\s+a)\s+(?:different|other|another|separate)\s+purpose\b|prevent\b|counter[- ]?terrorism\b)"
        r"|(?:revised|reviewed|rethought|redrawn|reworked)\s+rather\s+than\s+(?:lifted|copied|adopted|taken|transplanted)\b",
        "No",
        0.55,  # a reservation more often than a verdict: the list may be praised in the next breath
        "evaluation",
        False,
    ),
    # back to front, the wrong end of the telescope, the cart before the horse
    (
        r"(?#anchors: back wrong upside cart)back\s+to\s+front|the\s+wrong\s+way\s+(?:round|around|up)|(?:through\s+)?the\s+wrong\s+end\s+of\s+the\s+telescope"
        r"|upside\s+down|(?:the\s+)?cart\s+before\s+the\s+horse",
        "No",
        0.75,
        "idiom",
        True,
    ),
    # "a partnership that has lost most of its capacity"
    (
        r"(?#anchors: lost)(?:has|have|had)\s+(?:already\s+)?lost\s+(?:most|much|all|half|a\s+third|two\s+thirds|the\s+bulk)\s+of\s+(?:its|their)\s+"
        r"(?:capacity|funding|staff|budget|resources|officers)\b",
        "No",
        0.6,
        "consequence",
        False,
    ),
    # "a voluntary arrangement can be relied on" (turned round by "we do not believe ...")
    (r"(?#anchors: relied)(?:can|could|will)\s+be\s+relied\s+(?:on|upon)\b", "Yes", 0.6, "evaluation", True),
    # "would far rather see the Government take the non-legislative route" (no "than": the preferred side only)
    (
        r"(?#anchors: rather)(?:would|'d)\s+(?:much\s+|far\s+|very\s+much\s+)?rather\s+(?:see|have)\b(?![^.;]{0,140}\bthan\b)",
        "Yes",
        0.75,
        "preference",
        False,
    ),
    # people driven away (round 48): "it would push the young people most at risk further away from the adults who could
    # help them"
    (
        r"(?#anchors: push drive pushing driving)(?:would|will|could|might)\s+(?:only\s+|just\s+|simply\s+)?(?:push|drive)\s+"
        r"(?:[\w'-]+\s+){1,6}?(?:further\s+|even\s+further\s+)?away\s+from\b",
        "No",
        0.6,
        "consequence",
        True,
    ),
    # where the work should be done, said of the body that should do it (round 48): "it should come through the
    # partnership", "the duty should sit with each named body" (turned round by "should not")
    (
        r"(?#anchors: should must ought needs)(?:should|must|ought\s+to|needs\s+to)\s+(?:all\s+)?" + _SENT_THROUGH,
        "Yes",
        0.65,
        "preference",
        True,
    ),
    (
        r"(?#anchors: should must shouldn mustn)(?:should|must)(?:\s+not|n't)\s+" + _SENT_THROUGH,
        "No",
        0.65,
        "preference",
        False,
    ),
    # "then let the law tell them", "then make it a law"
    (
        r"(?#anchors: then let make)(?:\bthen\s+)(?:let\s+the\s+law|make\s+it\s+(?:a|the)\s+law)\b",
        "Yes",
        0.7,
        "request",
        False,
    ),
    # round 8, recall: wording that recurs in consultation responses, each a general phrase
    (
        r"(?#anchors: rewritten rethought reworked drawing)(?:be|is|was|being)\s+(?:completely\s+|entirely\s+|fundamentally\s+)?(?:rewritten|rethought|reworked)\b"
        r"|back\s+to\s+the\s+drawing\s+board",
        "No",
        0.6,
        "request",
        False,
    ),
    (
        r"(?#anchors: way)(?:a|the)\s+(?:(?:more|most|much\s+more)\s+)?(?:reasonable|sensible|practical|pragmatic|realistic|"
        r"proportionate|workable|promising)\s+way\s+forward\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: much asking called argued)much\s+(?:of\s+)?(?:that|what)\s+(?:we|i|our\s+\w+)\s+(?:have|has)\s+(?:long\s+|been\s+)?(?:been\s+)?(?:asking|calling|arguing|pressing)\s+for\b",
        "Yes",
        0.7,
        "evaluation",
        False,
    ),
    (
        r"(?#anchors: nothing changes change)(?:and\s+)?then\s+nothing\s+(?:changes|happens)\b|nothing\s+(?:ever\s+)?changes\b",
        "No",
        0.55,
        "consequence",
        False,
    ),
    (
        r"(?#anchors: put place give)(?:put|place|give)\s+it\s+(?:on|with|to)\s+(?=(?:the\s+|local\s+)?(?:option|community|csps?|partnerships?)\b)",
        "Yes",
        0.7,
        "request",
        False,
    ),
    (
        r"(?#anchors: put add bring buy fund pay reopen rebuild replace employ recruit keep)(?:will|would|does|did|can|wo)\s*(?:not|n't)\s+(?:put(?=\s+(?:one|a\s+single|any)\s+(?:more|extra|additional)\b)|add|bring|buy|fund|pay\s+for|reopen|rebuild|replace|employ|recruit)\s+"
        r"(?:one|a\s+single|any|a|the)\s+(?:more|extra|additional|new|youth|single)?\s*(?:\w+\s+)?(?:bobby|officer|worker|club|centre|service|pound|penny|youth|coach|session)"
        r"|(?:will|would|wo)\s*(?:not|n't)\s+keep\s+(?:our|the|their)\s+lights\s+on\b",
        "No",
        0.65,
        "consequence",
        False,
    ),
    (
        r"(?#anchors: layer adding)adds?\s+(?:a|another|an\s+extra|a\s+further|yet\s+another)\s+layer\s+of\s+(?:compliance|bureaucracy|paperwork|complexity|process|red\s+tape|administration|reporting)\b"
        r"|without\s+adding\s+(?:anything|much|any\s+value|value)\b",
        "No",
        0.65,
        "consequence",
        True,
    ),
    (
        # (up to seven words: "Schedule 6 gets the education and criminal justice partners right", round 30)
        # (not one thing only, round 46: "Option One gets one thing right: ...", partial praise, below)
        r"(?#anchors: gets get got)(?:gets?|got)(?!\s+(?:only\s+|just\s+)?(?:one|a\s+single)\s+thing\s+right)(?!\s+(?:some|a\s+few|certain|several|a\s+number\s+of)\s+\w+\s+right)(?!\s+(?:about\s+|roughly\s+|perhaps\s+|only\s+|just\s+)?(?:half|a\s+third|two\s+thirds|part|parts)\s+(?:of\s+(?:it|this|that|the\s+\w+)\s+)?right)\s+(?:[\w']+\s+){1,7}?right\b(?!\s+(?:to|now|away)\b)"
        # (not "right" before a noun, round 45: "struggles to get the right people in the room")
        r"(?!\s+(?:people|person|partners|bodies|agencies|organisations|services|professionals|staff|information|data|skills|"
        r"support|help|outcomes?|results?|answers?|questions?|balance|mix)\b)",
        "Yes",
        0.65,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: pause)nothing\s+[^.;]{0,60}?\s+(?:would|will|should|could)\s+give\s+(?:[\w']+\s+){1,3}?pause\b",
        "Yes",
        0.75,
        "idiom",
        False,
    ),
    (
        r"(?#anchors: fits matches speaks reflects chimes)(?:fits|matches|speaks\s+to|reflects|chimes\s+with)\s+(?:our|my)\s+(?:own\s+)?experience\b",
        "Yes",
        0.6,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: closest nearest)(?:closest|nearest)\s+to\s+what\s+(?:we|i)\s+would\s+(?:recommend|want|choose|favour|propose)\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: runs run running ran goodwill)(?:runs?|running|ran)\s+out\s+(?:the\s+moment|as\s+soon\s+as|when|the\s+minute|once)\b|goodwill\s+(?:soon\s+|quickly\s+|always\s+)?runs?\s+(?:out|dry)\b",
        "No",
        0.65,
        "consequence",
        False,
    ),
    (
        r"(?#anchors: look)look\s+where\s+(?:it|that|this)(?:'s|\s+has)\s+got(?:ten)?\s+(?:us|them)\b",
        "No",
        0.75,
        "idiom",
        False,
    ),
    (
        r"(?#anchors: slip slips slipping slide slides sliding)(?:slip|slips|slipping|slide|slides|sliding)\s+down\s+(?:the|their|everyone's)\s+(?:list|agenda|priorities|pecking\s+order)\b",
        "No",
        0.6,
        "consequence",
        False,
    ),
    (
        r"(?#anchors: recognise recognize share support endorse welcome agree)(?:is|are)\s+one\s+(?:that\s+)?(?:we|i|our\s+[\w']*)\s+(?:can\s+|would\s+|fully\s+|readily\s+)?(?:recognise|recognize|share|support|endorse|welcome|agree\s+with)\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # round 8, from the batches measured and then read: rhetorical agreement, forms to fill in, set up to
    # fail, getting us there or nowhere, the wrong message, the stronger of the two, on the shelf, drawn to
    # it, a price worth paying, putting its weight behind it, left at the margins, not surviving the next
    # round, living and dying by who is in post
    (
        r"(?#anchors: argue disagree object quarrel)who\s+(?:could|would|can)\s+(?:possibly\s+)?(?:argue|disagree|object|quarrel)\s+with\b",
        "Yes",
        0.75,
        "idiom",
        False,
    ),
    (
        r"(?#anchors: form forms box boxes return returns)(?:another|more|yet\s+another|one\s+more)\s+(?:\w+\s+)?(?:forms?|box(?:es)?|returns?)\s+to\s+(?:fill\s+in|tick|complete|file)\b",
        "No",
        0.6,
        "consequence",
        False,
    ),
    (
        r"(?#anchors: set sets setting)set(?:s|ting)?\s+(?:it|them|the\s+\w+|partnerships?|us|everyone)\s+up\s+to\s+fail\b",
        "No",
        0.8,
        "idiom",
        True,
    ),
    (
        r"(?#anchors: get gets getting got)(?:would|will|could|can)\s+(?:(?!not\b|never\b)\w+\s+)?get\s+us\s+there\b",
        "Yes",
        0.6,
        "consequence",
        True,
    ),
    (
        r"(?#anchors: got get gets led nowhere)(?:got|get|gets|getting|led|leads)\s+(?:us\s+|you\s+|anyone\s+|them\s+)?nowhere\b",
        "No",
        0.75,
        "idiom",
        False,
    ),
    (
        r"(?#anchors: sends send sending)(?:sends?|sending)\s+(?:exactly\s+|entirely\s+|completely\s+|absolutely\s+|quite\s+)?the\s+wrong\s+(?:message|signal)\b",
        "No",
        0.75,
        "idiom",
        True,
    ),
    (
        r"(?#anchors: stronger better preferable workable sensible realistic promising practical)the\s+(?:stronger|better|preferable|more\s+(?:workable|sensible|realistic|promising|practical))\s+of\s+the\s+(?:two|three|legislative|statutory)\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: shelf)(?:leave|left|leaving|put|putting)\s+(?:it|them|(?:that|this|the)(?:\s+\w+){0,2})\s+on\s+the\s+shelf\b",
        "No",
        0.75,
        "idiom",
        False,
    ),
    (
        r"(?#anchors: drawn)(?:find|found)\s+(?:ourselves|myself)\s+drawn\s+to\b|(?:are|am|were|was)\s+(?:\w+\s+)?drawn\s+to\s+(?=the|option|a\b)",
        "Yes",
        0.7,
        "preference",
        False,
    ),
    (r"(?#anchors: price)(?:a|the)\s+price\s+(?:well\s+)?worth\s+paying\b", "Yes", 0.75, "idiom", True),
    # nothing to fault: "I can't fault the vision either"
    (
        r"(?#anchors: fault)(?:can't|cannot|can\s+not|couldn't|could\s+not)\s+(?:really\s+|honestly\s+)?fault\b",
        "Yes",
        0.8,
        "idiom",
        False,
    ),
    # options seen as working together, each of them wanted: "We do not see Options One and Two as rivals."
    (
        r"(?#anchors: rivals alternatives competing exclusive competition)(?:do\s+not|don't|does\s+not|doesn't|would\s+not|wouldn't)\s+"
        r"(?:see|regard|treat|view)\s+(?:[\w'’-]+\s+){1,6}?as\s+(?:rivals|alternatives|competing|in\s+competition|mutually\s+exclusive)\b",
        "Yes",
        0.7,
        "idiom",
        False,
    ),
    # a cost accepted for what it buys: "it will mean more paperwork, and I would accept that as the price of getting the
    # other agencies into the room"
    (
        r"(?#anchors: price cost)(?:accept|accepts|accepted|accepting|live\s+with|pay|bear)\s+(?:that|it|this|them)\s+as\s+(?:the|a)\s+"
        r"(?:price|cost)\s+(?:of|for)\b",
        "Yes",
        0.85,
        "idiom",
        True,
    ),
    # a choice said in two words: "Option Three, every time." (the option named before, nothing after)
    (
        r"(?#anchors: every)^\W*(?!(?:[\w'’-]+\s+){0,4}?(?:is|are|was|were|fails?|failed|works?|worked|happens?|happened|does|did|do|"
        r"will|would|has|have|had|goes|went)\b)(?:[\w'’-]+\s+){0,4}?[\w'’-]+,\s+every\s+(?:time|day\s+of\s+the\s+week)\s*[.!]*\s*$",
        "Yes",
        0.75,
        "preference",
        False,
    ),
    # nothing to be gained by moving away from it: "I see no reason to depart from it", "no good reason to change it"
    (
        r"(?#anchors: reason need)\b(?:no|little)\s+(?:good\s+|real\s+|compelling\s+|obvious\s+)?(?:reason|need)\s+(?:at\s+all\s+)?to\s+"
        # ("change" with an object: "would have no reason to change." is of people's behaviour, round 31)
        r"(?:depart\s+from|change(?!\s*(?:[.;,:]|$|\s+(?:their|its|his|her)\s+(?:ways|behaviour|practice)))|abandon|replace|alter|"
        r"move\s+away\s+from|look\s+beyond|start\s+again|rewrite|redraw|tinker\s+with|drop|scrap|amend|throw\s+(?:it|them|that)\s+out)\b",
        "Yes",
        0.75,
        "idiom",
        False,
    ),
    # fit ranked: "the one built on Community Safety Partnerships fits Wales least well", "suits rural areas best"
    (
        r"(?#anchors: fits fit suits suit)\b(?:fits|fit|suits|suit)\s+(?:[\w'’-]+\s+){0,3}?(?:least(?:\s+well)?|worst)\b",
        "No",
        0.8,
        "evaluation",
        False,
    ),
    (
        r"(?#anchors: fits fit suits suit)\b(?:fits|fit|suits|suit)\s+(?:[\w'’-]+\s+){0,3}?best\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # how well it serves or fits the place: "would serve Calderbrook well", "fits the Welsh landscape well"; "fits poorly
    # with our arrangements" (not "has served us well": praise of what there is already, "Co-option has served us
    # well"; nor "fit the Well-being of Future Generations Act")
    (
        r"(?#anchors: serve serves fits fit suits suit suited)\b(?:serve|serves|fits|fit|suits|suit|suited)\s+"
        r"(?:(?!not\b|never\b|no\b|nobody\b|none\b)[\w'’-]+\s+){0,3}?(?:(?:very|really|extremely|particularly|remarkably)\s+)?"
        r"(?-i:well|admirably|nicely)\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: serve serves served fits fit fitted suits suit suited)\b(?:serve|serves|served|fits|fit|fitted|suits|suit|suited)\s+"
        r"(?:(?!not\b|never\b)[\w'’-]+\s+){0,3}?(?:(?:very|really|extremely|particularly)\s+)?(?:badly|poorly|ill)\b",
        "No",
        0.7,
        "evaluation",
        True,
    ),
    # shown wanting: "a partnership that has not yet shown it can carry the work it already has"
    (
        r"(?#anchors: shown demonstrated proved proven)(?:has|have)\s*(?:not|n't)\s+(?:yet\s+)?(?:shown|demonstrated|proved|proven)\s+"
        r"(?:that\s+)?(?:it|they)\s+(?:can|could|is\s+able\s+to|are\s+able\s+to)\b",
        "No",
        0.7,
        "consequence",
        False,
    ),
    # "We couldn't have put it better ourselves": the words judged are the paper's
    (
        r"(?#anchors: better)(?:could\s*not|couldn't|could\s+never|can't|cannot)\s+have\s+(?:put|said|written|expressed)\s+it\s+"
        r"(?:any\s+)?better\b",
        "Yes",
        0.85,
        "idiom",
        False,
    ),
    # what was praised before, denied of the target: "We cannot say the same of the non-legislative route."
    (
        r"(?#anchors: same)(?:cannot|can't|can\s+not|could\s*not|couldn't)\s+say\s+the\s+same\s+(?:of|for|about)\b",
        "No",
        0.75,
        "evaluation",
        False,
    ),
    # tried and done with: "A voluntary approach has had its turn here"
    (
        r"(?#anchors: had)(?:has|have|'s|'ve)\s+had\s+(?:its|their)\s+(?:turn|day|chance|time)\b",
        "No",
        0.75,
        "idiom",
        True,
    ),
    (
        r"(?#anchors: worth)worth\s+"
        r"(?:having|doing|trying|pursuing|introducing|a\s+try|the\s+effort|taking\s+forward)\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: weight)(?:would|will)\s+put\s+(?:its|our|my|their)\s+(?:full\s+)?weight(?:\s+behind)?\b|put\s+(?:its|our|my)\s+weight\s+behind\b",
        "Yes",
        0.75,
        "preference",
        False,
    ),
    (
        r"(?#anchors: margins margin)(?:leave|leaves|leaving|left|keep|keeps|push|pushes)\s+(?:\w+\s+){1,3}?at\s+the\s+margins?\b",
        "No",
        0.6,
        "consequence",
        True,
    ),
    (r"(?#anchors: survive)(?:would|will|could)\s*(?:not|n't|never)\s+survive\b", "No", 0.65, "consequence", False),
    (
        # (not how things stand now, round 45: "a seat at the table that at present depends on who is in post")
        r"(?#anchors: live die depends depend)live\s+(?:and|or)\s+die\s+by\b|(?<!\bpresent\s)(?<!\bcurrently\s)(?<!\bnow\s)"
        r"(?<!\btoday\s)(?<!\bstill\s)depends?\s+(?:entirely\s+|wholly\s+|too\s+much\s+)?on\s+"
        r"(?:who(?:ever)?|the\s+people\s+who)\s+(?:is|are|happens?\s+to\s+be)\s+in\s+post\b",
        "No",
        0.6,
        "consequence",
        True,  # (a reason "that does not depend on who happens to be in post" is in its favour)
    ),
    # round 8, last: paperwork rather than action, years of work undone, the point missed, dismissals
    (
        r"(?#anchors: generat produc creat)"
        # (or activity: "this would produce activity rather than results", round 30)
        r"(?:generat|produc|creat)\w*\s+(?:more\s+)?(?:policy\s+statements|paperwork|training\s+records|documents|policies|plans|strategies|"
        r"activity|meetings|process)\b[^.;]{0,40}?\brather\s+than\b",
        "No",
        0.65,
        "consequence",
        False,
    ),
    (
        r"(?#anchors: undo undoes undoing)undo(?:es|ing)?\s+(?:years|decades|months)\s+of\b",
        "No",
        0.7,
        "consequence",
        False,
    ),
    (
        r"(?#anchors: missed)(?:has|have|had)\s+missed\s+(?:the\s+)?(?:point|mark|thing|boat|trick)\b",
        "No",
        0.75,
        "idiom",
        True,
    ),
    (
        # ("come off it" as an exclamation, not a body taken off a list, round 45: "I can think of none that should come off it")
        r"(?#anchors: come pull joking dream chance)(?<!\bshould\s)(?<!\bwould\s)(?<!\bto\s)(?<!\bcan\s)(?<!\bcould\s)(?<!\bmust\s)"
        r"(?<!\bwill\s)(?<!\bmight\s)(?<!\bnot\s)\bcome\s+off\s+it\b|pull\s+the\s+other\s+one\b|(?:you\s+)?(?:must|have\s+got\s+to)\s+be\s+joking\b"
        r"|\bdream\s+on\b|\bfat\s+chance\b|\bnot\s+a\s+chance\b",
        "No",
        0.75,
        "idiom",
        False,
    ),
    (
        r"(?#anchors: make)(?:would|will|should)\s*(?:not|n't)\s+make\s+[^.;]{1,60}?\s+the\s+(?:route|lead|vehicle|home|body|means)\b",
        "No",
        0.75,
        "preference",
        False,
    ),
    (
        r"(?#anchors: want favour support choose prefer recommend)(?:is|are)\s+what\s+(?:i|we)\s+(?:would\s+|'d\s+)?(?:want|favour|support|choose|prefer|recommend)\b",
        "Yes",
        0.75,
        "preference",
        False,
    ),
    (r"(?#anchors: bring)bring\s+it\s+in\b", "Yes", 0.7, "request", False),
    # an answer drawn as a conclusion inside a sentence: "..., so yes to the law, but with someone watching" (its "no"
    # counterpart has no word long enough for the anchors' look-up)
    (
        r"(?#anchors: yes)\b(?:so|then|therefore|hence)\s+(?:it's\s+|it\s+is\s+)?(?:a\s+)?yes\s+to\b",
        "Yes",
        0.8,
        "verdict",
        False,
    ),
    # what has been lacking, supplied: "is the lever we have been missing", "the missing piece", "exactly what has been missing"
    (
        r"(?#anchors: missing)(?:is|are|would\s+be|will\s+be)\s+(?:exactly\s+|precisely\s+|just\s+)?(?:the\s+(?:[\w-]+\s+){0,2}?"
        r"(?:we|they|you|partners|areas)\s+(?:have|'ve|had)\s+been\s+missing|the\s+missing\s+(?:piece|link|ingredient|lever)|"
        r"what\s+(?:has|have|had)\s+been\s+missing|what\s+(?:we|they)\s+(?:have|'ve|had)\s+been\s+missing)\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # "Option One would not, in our view, get the job done" (negated: No); "a duty that would do the job"
    (
        # (not the respondent's own commitment: "we will get the job done whatever you decide")
        r"(?#anchors: job)(?<!\bwe\s)(?<!\bwe\swill\s)(?<!\bwe'll\s)(?<!\bwe\swould\s)(?<!\bwe\scan\s)(?<!\bi\swill\s)(?<!\bi'll\s)"
        r"\b(?:get|gets|getting)\s+the\s+job\s+done\b|(?<!\bto\s)\b(?:do|does|doing)\s+the\s+job(?:\s+properly|\s+well)?(?=\s*[.,;:!?)]|\s*$)",
        "Yes",
        0.7,
        "consequence",
        True,
    ),
    (
        # "we cannot see what a new duty would change"; inverted after "nor" ("Nor can I see what ... would change"),
        # with a gerund as subject ("what writing serious violence into the partnership would change")
        r"(?#anchors: see)(?:(?:can't|cannot|can\s+not|don't|do\s+not|did\s+not|didn't|could\s+not|couldn't)|"
        r"(?:nor|neither)\s+(?:can|could|do|did)\s+(?:i|we))\s+see\s+what\s+"
        r"(?:(?:it|this|that|they)\s+|(?:a|an|the|any|such\s+a)\s+(?:[\w'’\"“”-]+,?\s+){0,16}?|[a-z]+ing\s+(?:[\w'’\"“”-]+,?\s+){0,16}?)"
        r"(?:changes|would\s+change|will\s+change|adds|would\s+add|"
        r"will\s+add|could\s+add|achieves|would\s+achieve|(?:is|are)\s+going\s+to\s+(?:change|add|achieve))\b",
        "No",
        0.7,
        "consequence",
        False,
    ),
    (
        r"(?#anchors: faith trust)(?:put|putting|place|placing)\s+(?:my|our)\s+(?:faith|trust)\s+in\b",
        "Yes",
        0.7,
        "preference",
        True,
    ),
    # harder to evade: "it would make it harder for an organisation to say that violence was not its business"
    (
        r"(?#anchors: make makes making)(?:(?:would|will|could|should)\s+(?:(?!not\b|never\b)\w+\s+)?|(?<=\bnot\s)|(?<=\bnever\s))mak(?:e|es|ing)\s+it\s+(?:much\s+|far\s+|a\s+lot\s+)?(?:harder|more\s+difficult)\s+for\s+"
        r"(?:[\w']+\s+){1,4}?to\s+(?:say|claim|ignore|avoid|evade|walk\s+away|opt\s+out|duck|dodge|pass\s+the\s+buck|look\s+away|turn\s+away|argue)\b",
        "Yes",
        0.6,
        "consequence",
        True,
    ),
    # the respondent's own choice too: "the Government's preferred option is also ours"; signing up to it
    (
        r"(?#anchors: ours)(?:is|are)\s+(?:also\s+)?ours(?:\s+too|\s+as\s+well)?\b",
        "Yes",
        0.8,
        "preference",
        False,
    ),
    (
        r"(?#anchors: put add sign)(?:put|add|putting)\s+(?:our|their|my|his|her|its)\s+names?\s+to\b|(?:can|could|would|will)\s+(?:happily\s+|readily\s+)?sign\s+up\s+to\b",
        "Yes",
        0.75,
        "idiom",
        True,
    ),
    (
        r"(?#anchors: put puts putting place places placing)(?:put|puts|putting|place|places|placing)\s+(?:[\w']+\s+){0,5}?where\s+(?:it|they)\s+(?:belongs?|should\s+(?:sit|lie|be))\b",
        "Yes",
        0.75,
        "consequence",
        True,
    ),
    # "for the most part, yes; in one important respect, no"
    (
        r"(?#anchors: for largely mostly broadly main)(?:for\s+the\s+most\s+part|largely|mostly|broadly|in\s+the\s+main),?\s+yes\s*,\s*[^.;]{0,60}?\bno\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # the same split over a semicolon, one clause at a time: "For the most part, yes;" then "in one respect, no."
    (
        r"(?#anchors: for largely mostly broadly main whole)^\W*(?:for\s+the\s+most\s+part|largely|mostly|broadly|in\s+the\s+main|on\s+the\s+whole),?\s+yes\b",
        "Yes",
        0.7,
        "evaluation",
        False,
    ),
    (
        r"(?#anchors: respect way area)^\W*(?:but\s+)?in\s+(?:one|some|two|a\s+few|certain)\s+(?:\w+\s+)?(?:respects?|ways?|areas?),?\s+no\b",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    (
        r"(?:responsible|accountable)\s+for\s+something\s+(?:they|it|we)\s+cannot\s+control|(?:sit|sits)\s+awkwardly",
        "No",
        0.7,
        "consequence",
        False,
    ),
    # a place in a ranking given to the target: "Ranked first.", "Option Two comes first", "it is ranked third";
    # second of three only leans No (what the letter says of it decides)
    (
        r"(?#anchors: ranked ranks placed)(?:ranked|ranks|placed)\s+(?:it\s+)?(?:first|top|highest)\b(?!\s+(?:of\s+all\s+)?(?:to|in|on|among)\b)",
        "Yes",
        0.8,
        "preference",
        False,
    ),
    (
        r"(?#anchors: ranked placed)(?:(?<=\bis\s)|(?<=\bwas\s)|(?<=^)|(?<=\.\s))(?:ranked|placed)\s+(?:third|last|bottom|lowest)\b",
        "No",
        0.8,
        "preference",
        False,
    ),
    (
        # (round 40: the respondent's own placing, "We would put this second", "the one we would place second", "it
        # comes a close second")
        r"(?#anchors: second ranked comes came)(?:(?:our|its|my|the\s+\w+'s)\s+second\s+(?:choice|preference)\s+(?:is|was|would\s+be)|"
        r"(?:ranked|comes|came|placed|(?:would|will|'d|we|i)\s+(?:put|place|rank|rate)(?:\s+(?:it|this|that|them|this\s+one|option\s+\w+))?)"
        r"\s+(?:a\s+(?:close\s+|distant\s+|poor\s+)?)?second(?!\s+(?:half|part|point|stage|step|time|reading|paragraph|question|tier)\b)"
        r"|^\W*(?:my|our)\s+second\s+(?:choice|preference)(?=\s*[.!]?\s*$))\b",
        "No",
        0.5,
        "preference",
        False,
    ),
    # round 41: the target named in full between the verb and its place, "We rank the duty on named bodies first",
    # "we would put the partnership route last": the respondent's own ranking (``_OWN_RANKING``; not "Only 9% of
    # respondents put the voluntary approach first"), of an object that names an option (``_RANKED_TARGET``; not "Put
    # the money there first")
    (
        _RANKED_NAMED + r"(?:first|top|highest)\b(?!\s+(?:of\s+all\s+)?(?:to|in|on|among|and\s+foremost)\b)",
        "Yes",
        0.75,
        "preference",
        True,
    ),
    (
        _RANKED_NAMED + r"(?:last|bottom|lowest)\b",
        "No",
        0.75,
        "preference",
        True,
    ),
    # round 41: the one that fits the evidence, "seems to us the one most consistent with the evaluation evidence", and
    # the one that will bring about what is wanted, "is the one that will make partners pick up the phone" (not "the one
    # that would make things worse")
    (
        r"(?#anchors: consistent keeping line)\bthe\s+(?:one|option|approach|route|model)\s+(?:most\s+|more\s+|best\s+)?(?:consistent\s+with|"
        r"in\s+(?:keeping|line)\s+with)\s+(?:the\s+|what\s+the\s+)?(?:\w+\s+){0,2}?(?:evidence|research|evaluations?|studies)\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: one option route approach)(?:(?<=\bis\s)|(?<=\bseems\s)|(?<=\bwas\s))the\s+(?:one|option|route|approach)\s+(?:that|which)\s+(?:will|would|can|could)\s+"
        r"(?:really\s+|actually\s+)?(?:make|get|bring|work|deliver|reach|change|succeed|achieve|help|shift|move)\b"
        r"(?![^.;]{0,40}?\b(?:worse|harder|more\s+difficult|less\s+likely|nothing|no\s+difference)\b)",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    # round 41: what is needed said not to be the target, "What is needed is not a new duty but funding", "What is missing
    # is not another seat at a CSP but the time ..." (of a target after "but" the clause says the opposite: it is read
    # on the target named before it)
    (
        r"(?#anchors: needed missing required lacking need needs)\bwhat\s+(?:(?:is|'s)\s+(?:really\s+|most\s+)?(?:needed|missing|required|"
        r"lacking)|we\s+(?:really\s+|most\s+)?need|(?:the\s+)?\w+\s+(?:really\s+|most\s+)?needs?)\s+(?:here\s+|now\s+)?is\s+not\s+"
        r"(?!(?:only|just|merely|simply)\b)",
        "No",
        0.75,
        "evaluation",
        False,
    ),
    # round 41: the best or worst of the options with no verb before it, "on balance think it the strongest of the three"
    (
        r"(?#anchors: strongest best most)\bthe\s+(?:strongest|best|most\s+(?:promising|effective|workable|realistic|persuasive|"
        r"likely\s+to\s+(?:work|succeed)))\s+of\s+(?:the\s+|these\s+)?(?:three|options|proposals|routes|approaches)\b",
        "Yes",
        0.8,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: weakest worst least)\bthe\s+(?:weakest|worst|least\s+(?:promising|effective|workable|realistic|persuasive|"
        r"likely\s+to\s+(?:work|succeed)))\s+of\s+(?:the\s+|these\s+)?(?:three|options|proposals|routes|approaches)\b",
        "No",
        0.8,
        "evaluation",
        True,
    ),
    # round 41: the job given to the target, as the respondent would have it: "Give the CSP the job of writing a
    # violence plan", "put the duty on the partnerships", "the partnerships should be given the duty", "make the
    # partnership responsible for it" (asked for: ``_ASKING``; "they gave the CSP the job in 1998" is a narrative)
    (
        r"(?#anchors: give hand put given handed make making responsible)"
        r"(?:"
        + _ASKING
        + r"(?:give|hand)\s+(?:(?!not\b|no\b|never\b)[\w'-]+\s+){1,6}?(?:the|a|this|that)\s+(?:new\s+|legal\s+|statutory\s+)?"
        r"(?:job|duty|responsibility|task)\b(?!\s+(?:of\s+)?(?:deciding|choosing|judging)\b)"
        # (to a body named, not "them": "Hand this job to them and it will die quietly in a minute book" is a condition)
        r"|"
        + _ASKING
        + r"(?:give|hand|put)\s+(?:the|a)\s+(?:new\s+|legal\s+|statutory\s+)?(?:job|duty|responsibility|task)\s+(?:to|on)\s+"
        r"(?!(?:them|it|him|her|us|me|you)\b)"
        # (asked for, not described: not "under Option Two the CSPs would be given the duty")
        r"|(?:should|must|ought\s+to)\s+be\s+(?:given|handed)\s+(?:the|a|this|that)\s+(?:new\s+|legal\s+|statutory\s+)?"
        r"(?:job|duty|responsibility|task)\b"
        r"|" + _ASKING + r"make\s+(?:(?!not\b|no\b)[\w'-]+\s+){1,5}?responsible\s+for\b)",
        "Yes",
        0.75,
        "preference",
        True,
    ),
    # round 10: ranked last ("the one I would place last", "we would put it third of the three", "we rank it lowest")
    (
        r"(?#anchors: place places placed placing put puts putting rank ranks ranked ranking rate rates rated)"
        r"(?:place|places|placed|placing|put|puts|putting|rank|ranks|ranked|ranking|rate|rates|rated)\s+(?:(?:it|this|that|them|this\s+one|option\s+\w+)\s+)?"
        r"(?:last|bottom|lowest|least\s+(?:high|highly|favourably)|(?:at\s+the\s+)?bottom|third\s+(?:of\s+(?:the\s+)?three|and\s+last))\b"
        # round 45: not a time ("two of the stabbings took place last year")
        r"(?!\s+(?:year|week|month|night|time|term|summer|winter|spring|autumn|weekend|decade|century|[\w-]+day)s?\b)",
        "No",
        0.8,
        "preference",
        True,
    ),
    # "we are with the Government on the vision, but not on where it has drawn the boundaries"
    (
        r"(?#anchors: but)(?:(?:we|i)\s+(?:are|am)|we're|i'm)\s+(?:\w+\s+)?with\s+(?:you|them|it|the\s+[\w-]+|[\w-]+)\s+(?:on|over|about)\s+(?:[\w'’-]+,?\s+){1,8}?"
        r"but\s+not\s+(?:on|over|about|with)\b",
        "Mixed",
        0.9,
        "mixed",
        False,
    ),
    # "my answer is yes in part and no in part", "in part yes, in part no"
    (
        r"(?#anchors: yes)yes\s+in\s+(?:part|some\s+respects)\s*(?:,|;|and|but)?\s*(?:and\s+|but\s+)?no\s+in\s+(?:part|others|other\s+respects)"
        r"|in\s+part\s+yes\s*(?:,|;|and|but)?\s*(?:and\s+|but\s+)?in\s+part\s+no",
        "Mixed",
        0.9,
        "mixed",
        False,
    ),
    # "Option Three is attractive in part and insufficient in part": two judgements, each of a part
    (
        r"(?#anchors: part)\b(?:is|are|seems?|looks?)\s+(?:\w+\s+){0,2}?[\w-]+\s+in\s+part\s*,?\s+(?:and|but)\s+(?:\w+\s+){0,2}?[\w-]+\s+in\s+part\b",
        "Mixed",
        0.9,
        "mixed",
        False,
    ),
    # "so my answer on the preferred option is yes", "our answer to this question is a firm no"
    (
        r"(?#anchors: answer)(?:my|our|(?:the\s+)?(?!government|ministers?|paper|consultation|department|home\b)[\w-]+['’]s)\s+answer\s+(?:(?:on|to|for)\s+(?:[\w'’-]+\s+){0,5}?)?(?:is|would\s+be|has\s+to\s+be)\s+(?:an?\s+)?(?:(?:qualified|unqualified|firm|clear|cautious|simple|unequivocal|emphatic|straightforward)\s+)?yes\b(?!\s+in\s+part|[^.;]{0,80}\bno\b)",
        "Yes",
        0.85,
        "evaluation",
        False,
    ),
    (
        r"(?#anchors: answer)(?:my|our|(?:the\s+)?(?!government|ministers?|paper|consultation|department|home\b)[\w-]+['’]s)\s+answer\s+(?:(?:on|to|for)\s+(?:[\w'’-]+\s+){0,5}?)?(?:is|would\s+be|has\s+to\s+be)\s+(?:an?\s+)?(?:(?:qualified|unqualified|firm|clear|reluctant|simple|unequivocal|emphatic|straightforward)\s+)?no\b(?!\s+in\s+part|[^.;]{0,80}\byes\b)",
        "No",
        0.85,
        "evaluation",
        False,
    ),
    # a plea: "Please do it.", "please go ahead with it", "please bring it in" ("please do not do it": No)
    (
        r"(?#anchors: please)\bplease\s+(?:(?:just|now)\s+)?(?:do|go\s+ahead\s+with|bring\s+in|introduce|make|get\s+on\s+with|press\s+on\s+with)\s+(?:it|this|that|them)\b",
        "Yes",
        0.8,
        "preference",
        True,
    ),
    # yes for one part and no for another: "our answer is yes for most of the list and no for schools"
    (
        r"(?#anchors: yes)\byes\s+(?:for|to|on|as\s+to)\s+[^.;]{1,80}?(?:,\s*|\s+)(?:and\s+|but\s+)?no\s+(?:for|to|on|as\s+to)\b"
        r"|\bno\s+(?:for|to|on|as\s+to)\s+[^.;]{1,80}?(?:,\s*|\s+)(?:and\s+|but\s+)?yes\s+(?:for|to|on|as\s+to)\b",
        "Mixed",
        0.9,
        "mixed",
        False,
    ),
    # half welcomed, half not: "we welcome half of what this option offers and fear the other half"
    (
        r"(?#anchors: half)\bhalf\s+of\s+(?:it|this|that|them|what)\b[^.;]{0,80}?\band\s+(?:\w+\s+){0,3}?the\s+other\s+half\b",
        "Mixed",
        0.9,
        "mixed",
        False,
    ),
    # much of it is what the respondent asked for (a reservation usually follows): "Much of what the vision sets
    # out is what we have been asking for"
    (
        r"(?#anchors: asking calling arguing pressing campaigning asked called argued pressed campaigned)(?:much|most|some|parts?)\s+of\s+(?:what|it|this)\b[^.;]{0,80}?\b(?:is|are)\s+(?:exactly\s+)?what\s+(?:we|i)\s+(?:have\s+)?(?:long\s+)?(?:been\s+)?"
        r"(?:asking|calling|arguing|pressing|campaigning|asked|called|argued|pressed|campaigned)\s+for\b",
        "Mixed",
        0.7,
        "mixed",
        False,
    ),
    # "we cannot say the list is the right set of partners": a judgement withheld as a No ("cannot say whether" is no view)
    (
        r"(?#anchors: say)(?:cannot|can't|can\s+not|could\s+not|couldn't)\s+(?:honestly\s+|truthfully\s+)?say\s+(?:that\s+)?(?!whether\b|if\b)(?:the|this|that|it|its|these|those)\b[^.;?]{0,60}?\s+"
        r"(?:is|are|would\s+be|will\s+be)\s+(?:the\s+)?(?:right|correct|best|appropriate|adequate|sufficient|enough|fit\s+for\s+(?:purpose|the\s+(?:job|task)))\b",
        "No",
        0.85,
        "evaluation",
        False,
    ),
    # ... and in litotes (round 46): "We cannot say we are persuaded that a free-standing duty would best achieve that
    # vision", "I cannot say I think the vision is the right one", "We cannot say that Option One would best achieve the
    # vision" (not "I honestly cannot say", "cannot say whether", no view)
    (
        r"(?#anchors: say)(?:cannot|can't|can\s+not|could\s+not|couldn't)\s+(?:honestly\s+|truthfully\s+|really\s+)?say\s+"
        r"(?:(?:that\s+)?(?:we|i)\s+(?:are|am|feel|were|have\s+been)\s+(?:persuaded|convinced|confident|reassured)\b"
        r"|(?:that\s+)?(?:we|i)\s+(?:think|believe|feel|consider|find)\s+(?:that\s+)?(?!whether\b|if\b)[^.;?]{0,60}?\s+"
        r"(?:is|are|would\s+be|will\s+be)\s+(?:the\s+)?(?:right|correct|best|appropriate|adequate|sufficient|enough|fit\s+for\s+(?:purpose|the\s+(?:job|task)))\b"
        r"|that\s+(?!whether\b|if\b)[^.;?]{0,60}?\s+(?:would|will|could)\s+(?:best\s+|really\s+)?(?:achieve|deliver|realise|realize|"
        r"work|succeed|help|make\s+(?:a|any|the\s+slightest|much\s+of\s+a)\s+difference)\b)",
        "No",
        0.85,
        "evaluation",
        False,
    ),
    # "some of these bodies belong on the list; others, in our view, do not" (not people divided: "some members felt ...;
    # others did not" is a split, left to the other rules)
    (
        r"(?#anchors: others)\bsome\s+"
        + NOT_SOME_PEOPLE
        # (nor places or bodies that would act unevenly, round 33: "Some areas would act, others would not" foresees a
        # patchwork, an objection read by other rules)
        + r"(?!(?:of\s+(?:our|the|these|those)\s+)?(?:areas|places|councils|authorities|forces|partnerships|regions|districts|"
        r"towns|cities|trusts|agencies|organisations|organizations)\b)"
        r"(?:of\s+(?:these|them|those|the|its)\s+)?[^.;]{0,80}?[;,]\s*(?:but\s+)?others\b"
        r"[^.;]{0,40}?"
        r"\b(?:do|does|are|is|should|would|will|can|belong|fit)\s*(?:not|n't)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # "we cannot sign up to a vision that leaves us out" (negated: No), "we are happy to sign up to it"
    (
        # (not what every organisation signed up to, in a relative clause, round 47: "national guidance that every organisation
        # signed up to and few properly resourced")
        r"(?#anchors: sign signed signing)(?<!\bthat\severy\sorganisation\s)(?<!\bthat\severyone\s)(?<!\bthat\severybody\s)"
        r"(?<!\bwhich\severyone\s)(?<!\bthat\sthey\s)(?<!\bwhich\sthey\s)(?:sign|signed|signing)\s+up\s+to\b",
        "Yes",
        0.75,
        "preference",
        True,
    ),
    # the past repeated: "Leaving it to goodwill is how we got here."
    (
        r"(?#anchors: got ended came end)(?:is|was|are|were)\s+(?:exactly\s+|precisely\s+|just\s+)?how\s+(?:we\s+(?:got|ended\s+up|came\s+to\s+be)\s+(?:here|into\s+this|in\s+this|where\s+we\s+are|with\b)|"
        r"(?:[\w'’-]+\s+){1,4}?(?:ended|end)\s+up\s+(?:in\s+a\s+drawer|on\s+a\s+shelf|gathering\s+dust|ignored|forgotten|with\s+(?:the\s+)?(?:gaps|mess|patchwork|problem)))",
        "No",
        0.8,
        "idiom",
        False,
    ),
    # ranked by its chances: "Least likely to work."
    (
        r"(?#anchors: least)\bleast\s+likely\s+(?:of\s+the\s+(?:three|options)\s+)?to\s+(?:work|succeed|deliver|help|achieve|make\s+a\s+difference)",
        "No",
        0.8,
        "evaluation",
        False,
    ),
    # for some and not for others: "We support Option One for England, but not, in its present form, for devolved
    # Welsh bodies"
    (
        r"(?#anchors: but)(?:support|supports|agree\s+with|accept|accepts|back|backs|welcome|welcomes|endorse|endorses)\s+"
        r"[^.;]{1,80}?\s+for\s+[^.;]{1,80}?,?\s+but\s+not\s*(?:,[^,;]{1,40},\s*)?for\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # "we would want the Government to adopt this route" ("would not want the Government to rely on this route": No)
    (
        r"(?#anchors: want wants wanted)(?:want|wants|wanted)\s+(?:the\s+government|you|ministers|the\s+home\s+office|parliament)\s+to\s+"
        r"(?:rely\s+on|adopt|choose|take|pursue|go\s+(?:with|down)|introduce|implement|bring\s+in|proceed\s+with|legislate\s+for|back)\s+"
        r"(?:this|that|it|the|its|such\s+an?)\b",
        "Yes",
        0.8,
        "preference",
        True,
    ),
    # "I'd be all for it", "we are all for that"
    (
        r"(?#anchors: all)(?:be|am|are|is|'m|'re|'d\s+be|would\s+be)\s+all\s+for\s+(?:it|this|that|them|the\s+[\w-]+)\b",
        "Yes",
        0.8,
        "preference",
        True,
    ),
    # the list taken over as it is: "we would not carry it across unamended" (No), "we would carry it over unchanged"
    (
        r"(?#anchors: unamended unchanged stands change amendment)(?:carry|copy|lift|transplant|import|bring|take)\s+(?:it|this|that|them|the\s+list)\s+"
        r"(?:across\s+|over\s+|wholesale\s+)?(?:unamended|unchanged|as\s+it\s+stands|without\s+(?:change|amendment))",
        "Yes",
        0.75,
        "preference",
        True,
    ),
    # disagreement with the target itself on one of its points: "we share its aims; we part company with it on its
    # focus" (partly for, partly against)
    (
        r"(?#anchors: part company issue)(?:(?:we|i)\s+(?:\w+\s+)?|must\s+)(?:part\s+company|take\s+issue)\s+with\s+(?:it|them)\s+(?:over|on|about)\s+(?:its|their)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # disagreement on one point: "we part company with the paper over its focus", "we take issue with it on the list"
    (
        r"(?#anchors: part company issue)(?:(?:we|i)\s+(?:\w+\s+)?|must\s+)(?:part\s+company|take\s+issue)\s+with\s+(?:it|them|the\s+[\w-]+|[\w-]+)\s+(?:over|on|about)\b",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    # nothing in it to object to: "Nothing in the vision gives us pause", "nothing about it troubles us"
    (
        r"(?#anchors: nothing)nothing\s+(?:in|about)\s+(?:it|this|that|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+"
        r"(?:gives?\s+(?:us|me)\s+(?:any\s+)?pause|(?:concerns?|troubles?|worries|worry)\s+(?:us|me)|(?:we|i)\s+(?:would\s+|could\s+)?(?:disagree|object|quarrel|take\s+issue)\s+with|(?:we|i)\s+would\s+(?:change|alter|want\s+changed))",
        "Yes",
        0.8,
        "evaluation",
        False,
    ),
    # cost with nothing gained: "would add to the paperwork without adding to the protection", "without adding any value"
    (
        r"(?#anchors: without)without\s+(?:adding|making|bringing|delivering|achieving|improving)\s+(?:anything|any\s+(?:real\s+)?(?:value|benefit|protection|difference)|"
        r"(?:any\s+)?(?:real\s+)?(?:value|benefit)|(?:a|any)\s+(?:real\s+)?difference|to\s+(?:the\s+)?(?:protection|safety|outcomes?|value|benefit)\b)",
        "No",
        0.8,
        "consequence",
        False,
    ),
    # what the target has wrong or right: "a vision which ... has the focus wrong", "gets the emphasis wrong",
    # "has the balance about right"
    (
        r"(?#anchors: wrong)(?:(?:has|have|has\s+got|have\s+got|gets)\s+it\s+|(?:has|have|has\s+got|have\s+got|got|gets|getting)\s+(?:the|its|their|this)\s+(?:[\w-]+\s+){0,2}?)"
        r"(?:about\s+|badly\s+|completely\s+|quite\s+|simply\s+)?wrong\b",
        "No",
        0.8,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: right)(?:has|have|has\s+got|have\s+got|gets|got)\s+(?:it\s+|(?:the|its|their|this)\s+(?:[\w-]+\s+){0,2}?)(?:about\s+|broadly\s+|just\s+|exactly\s+)?right\b",
        "Yes",
        0.8,
        "evaluation",
        True,
    ),
    # round 14: families composed of a verb of causing and a harm, rather than one idiom each. What the target
    # would bring about, said with a modal or a "risk" just before the verb ("would hard-wire the postcode
    # lottery", "risks creating confusion", "will only breed resentment"); an entry above that starts at the
    # same word wins (it is listed first). The present tense is left out: "the current arrangements create
    # confusion" argues for a change, not against the target.
    (
        _AFTER_MODAL
        + r"(?#anchors: creat caus add increas deepen entrench cement hard harden worsen compound reinforc "
        r"perpetuat multipl produc breed generat fuel invit lead result heap pile lock)"
        r"(?:creat(?:e|es|ing)|caus(?:e|es|ing)|add(?:s|ing)?\s+to|increas(?:e|es|ing)|deepen(?:s|ing)?|entrench(?:es|ing)?|"
        r"cement(?:s|ing)?|hard-?wir(?:e|es|ing)|harden(?:s|ing)?|worsen(?:s|ing)?|compound(?:s|ing)?|reinforc(?:e|es|ing)|"
        r"perpetuat(?:e|es|ing)|multipl(?:y|ies|ying)|produc(?:e|es|ing)|breed(?:s|ing)?|generat(?:e|es|ing)|fuel(?:s|ling)?|"
        r"invit(?:e|es|ing)|lead(?:s|ing)?\s+to|result(?:s|ing)?\s+in|heap(?:s|ing)?\s+(?:on|up)|pil(?:e|es|ing)\s+on|"
        r"lock(?:s|ing)?\s+in)\s+"
        r"(?:[\w'’-]+\s+){0,4}?" + _HARM + r"\b",
        "No",
        0.6,
        "consequence",
        True,
    ),
    # the harm undone: "would close the gaps", "could break down the silos", "will cut the duplication"
    (
        _AFTER_MODAL
        + r"(?#anchors: clos clear break cut reduc end remov tackl overcom fix resolv eliminat minimi lessen "
        r"ease prevent avoid)"
        r"(?:clos(?:e|es|ing)|clear(?:s|ing)?\s+(?:up|away)|break(?:s|ing)?\s+down|cut(?:s|ting)?(?:\s+through)?|"
        r"reduc(?:e|es|ing)|end(?:s|ing)?(?!\s+up\b)|remov(?:e|es|ing)|tackl(?:e|es|ing)|overcom(?:e|es|ing)|fix(?:es|ing)?|"
        r"resolv(?:e|es|ing)|eliminat(?:e|es|ing)|minimi[sz](?:e|es|ing)|lessen(?:s|ing)?|eas(?:e|es|ing)|"
        r"prevent(?:s|ing)?|avoid(?:s|ing)?)\s+"
        r"(?:[\w'’-]+\s+){0,3}?" + _HARM + r"\b",
        "Yes",
        0.6,
        "consequence",
        True,
    ),
    # an approach already tried and found wanting: "the voluntary approach has failed", "it failed", "goodwill has
    # got us this far and no further", "has run its course" ("the current system has failed" is left out: a
    # failure of what exists argues for the new)
    (
        r"(?#anchors: failed)(?<!\bwhere\s)(?<!\bwhen\s)(?:approach|arrangements?|route|model|option|it|that|this|goodwill|voluntarism)\s+"
        r"(?:has\s+|have\s+|had\s+)?(?:already\s+|clearly\s+|largely\s+|repeatedly\s+|simply\s+|always\s+|consistently\s+|"
        r"demonstrably\s+|plainly\s+)?failed\b(?!\s+to\s+(?:stop|prevent|protect|save|reach|notice|spot|see)\b)",
        "No",
        0.6,
        "consequence",
        False,
    ),
    (r"(?#anchors: further)(?:this|so)\s+far\s*,?\s+(?:and|but)\s+no\s+further\b", "No", 0.7, "idiom", False),
    # on the right road: "it is heading in the right direction", "moving in the right direction" (a step in it: above)
    (
        r"(?#anchors: heading going moving pointing pointed headed)(?:heading|headed|going|moving|pointing|pointed)\s+in\s+"
        r"(?:broadly\s+|roughly\s+)?the\s+right\s+direction\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: heading going moving pointing pointed headed)(?:heading|headed|going|moving|pointing|pointed)\s+in\s+"
        r"the\s+wrong\s+direction\b",
        "No",
        0.75,
        "evaluation",
        True,
    ),
    # an idea judged: "is the best idea", "sounds a sensible idea"; "a bad idea", "a daft idea"
    (
        r"(?#anchors: idea)(?:is|was|would\s+be|sounds?(?:\s+like)?|seems?(?:\s+like)?)\s+(?:by\s+far\s+)?(?:the|a|an)\s+"
        r"(?:very\s+|really\s+)?(?:best|good|great|sensible|better|excellent|brilliant|right)\s+idea\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: idea)(?:is|was|would\s+be|sounds?(?:\s+like)?|seems?(?:\s+like)?)\s+(?:the|a|an)\s+(?:very\s+|really\s+)?"
        r"(?:bad|terrible|poor|daft|silly|stupid|worst|wrong|dreadful|awful)\s+idea\b",
        "No",
        0.7,
        "evaluation",
        True,
    ),
    # overdue; "bring it on"
    (
        r"(?#anchors: overdue)(?:is|are|was|it's|long|much|well)\s+(?:long\s+|well\s+|much\s+)?overdue\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    (r"(?#anchors: bring)\bbring\s+it\s+on\b", "Yes", 0.75, "idiom", False),
    # "A legal duty, yes, and not before time": overdue, in idiom (its "not" denies nothing; "about time" is below)
    (
        r"(?#anchors: time)\b(?:and\s+)?not\s+before\s+(?:its\s+)?time\b",
        "Yes",
        0.7,
        "idiom",
        False,
    ),
    # the respondent's own choice: "of the three options, ours would be the third"
    (
        r"(?#anchors: ours)\bours\s+(?:would\s+be|will\s+be|is)\s+(?=(?:the\s+)?(?:first|second|third|option|one|voluntary|partnership|legal|statutory|"
        r"non-legislative|duty)\b)",
        "Yes",
        0.75,
        "preference",
        False,
    ),
    # left worse protected: "would leave children in the weakest areas with the weakest protection"
    (
        r"(?#anchors: leave leaves leaving)leav(?:e|es|ing)\s+(?:[\w'’-]+\s+){1,8}?with\s+(?:the\s+)?(?:weakest|least|less|little|no|poorer|"
        r"worse|weaker|patchy|patchier)\s+(?:protection|help|support|cover|services?|safeguards?)\b",
        "No",
        0.65,
        "consequence",
        False,
    ),
    # round 14, the public's words: "you've put your finger on it", "about time", "words on paper", "the last thing
    # anyone needs", "hasn't got us anywhere", "would give it teeth", "the best way" (and not)
    (
        r"(?#anchors: finger)put\s+(?:your|their|its|the\s+government's|the\s+paper's)\s+finger\s+on\s+it\b",
        "Yes",
        0.75,
        "idiom",
        False,
    ),
    (
        r"(?#anchors: time)(?:^\W*|\bsay\s+|\band\s+)about\s+(?:bloody\s+|flipping\s+)?time(?:\s+too)?\s*[.!]?\s*$",
        "Yes",
        0.7,
        "idiom",
        False,
    ),
    (
        r"(?#anchors: words ink)(?:is|are|would\s+be|will\s+be)\s+(?:just\s+|only\s+|nothing\s+but\s+|mere\s+)?(?:words|ink)\s+on\s+(?:paper|a\s+page)\b"
        # (not a caveat of what it needs, round 46: "a duty is only words on paper until it is funded and inspected")
        r"(?!\s+(?:until|unless|without)\b)",
        "No",
        0.7,
        "idiom",
        False,
    ),
    (
        r"(?#anchors: last)(?:is|was|would\s+be)\s+the\s+last\s+thing\s+(?:anyone|anybody|we|they|schools|people|the\s+\w+)\s+(?:needs?|wants?)\b",
        "No",
        0.75,
        "idiom",
        False,
    ),
    (
        r"(?#anchors: anywhere nowhere)(?:has|have|had)\s*(?:not|n't)\s+got\s+(?:us|them|anyone|anybody)\s+anywhere\b"
        r"|\bgot\s+(?:us|them|anyone|anybody)\s+nowhere\b",
        "No",
        0.75,
        "consequence",
        False,
    ),
    (
        r"(?#anchors: teeth)(?:give|gives|giving)\s+(?:it|them|the\s+\w+)\s+(?:some\s+|real\s+|proper\s+)?teeth\b",
        "Yes",
        0.7,
        "consequence",
        True,
    ),
    (
        r"(?#anchors: best)(?:(?<=\bis\s)|(?<=\bbe\s)|(?<='s\s)|(?<=\bnot\s)|(?<=n't\s))(?:by\s+far\s+)?the\s+best\s+way"
        r"(?:\s+(?:forward|to\s+(?:go|do\s+it|tackle\s+this)))?\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    # doing what the paper wants: "I don't think any of the three will do what the paper says it wants"
    (
        r"(?#anchors: want set)(?:will|would|could|can)\s+(?:actually\s+|really\s+)?do\s+what\s+(?:the\s+paper|the\s+consultation|it|you|"
        r"the\s+government)\s+(?:says\s+(?:it|you)\s+wants?|wants?|sets?\s+out\s+to\s+do)\b",
        "Yes",
        0.7,
        "consequence",
        True,
    ),
    # all show and no substance: "all footwork and no punches", "all talk and no action", "all bark and no bite"
    (r"(?#anchors: all)\ball\s+[\w'-]+\s+and\s+no\s+[\w'-]+", "No", 0.7, "idiom", False),
    # what it yields and nothing more: "produces impact assessments and not much else", "paperwork and little else"
    (
        r"(?#anchors: produc generat creat yield deliver bring result)(?:produc|generat|creat|yield|deliver|bring|result)\w*\s+"
        r"(?:in\s+)?(?:[\w'’-]+\s+){1,4}?and\s+(?:not\s+(?:much|a\s+lot)|little|nothing|precious\s+little)\s+(?:else|more)\b",
        "No",
        0.7,
        "consequence",
        False,
    ),
    # what it would change for people: "it would change what happens to the women we work with" (denied: "we don't
    # think it would change ...", an explicit No)
    (
        r"(?#anchors: change)(?<=would\s)change\s+(?:what\s+happens|things|the\s+(?:picture|situation|outcomes?|way\s+\w+\s+work))\b",
        "Yes",
        0.6,
        "consequence",
        True,
    ),
    (
        r"(?#anchors: course day)(?:has|have)\s+(?:now\s+|long\s+|surely\s+)?(?:run\s+(?:its|their)\s+course|had\s+(?:its|their)\s+day)\b",
        "No",
        0.7,
        "idiom",
        False,
    ),
    # round 17: the bottom of a ranking ("the one we would least like to see", "our least preferred option", "we favour
    # Option Two least", "our last choice"), where the verb alone ("like", "favour") would read as a Yes
    (
        r"(?#anchors: least)(?:the\s+one|the\s+option|the\s+approach|the\s+route|the\s+model|what|which|whichever)\s+"
        r"(?:that\s+)?(?:we|i|the\s+[\w-]+)\s+(?:would\s+|'d\s+|should\s+)?least\s+(?:like|want|wish|prefer|favour|favor|support|"
        r"welcome|choose|back|recommend|rate)\b",
        "No",
        0.8,
        "preference",
        False,
    ),
    (
        r"(?#anchors: least)least\s+(?:preferred|favoured|favored|favourite|favorite|preferable|attractive|desirable|palatable|"
        r"appealing)\b",
        "No",
        0.8,
        "preference",
        False,
    ),
    (
        r"(?#anchors: least)(?:like|likes|favour|favours|favor|favors|prefer|prefers|support|supports|want|wants|rate|rates|"
        r"value|values|back|backs)\s+(?:[\w'’-]+\s+){0,4}?(?<!\bat\s)least\b(?!\s+(?:bad|worst|likely|harmful|damaging|risky|"
        r"disruptive|burdensome|costly|as\b|in\b|for\s+now|initially|until))",
        "No",
        0.8,
        "preference",
        False,
    ),
    (
        r"(?#anchors: last third lowest)(?:our|my|its|the\s+[\w-]+'s)\s+(?:last|third|lowest)\s+(?:choice|preference)\b",
        "No",
        0.8,
        "preference",
        False,
    ),
    # "The Government's preferred option would be our second choice" (the order of "our second choice is ..." above)
    (
        r"(?#anchors: second)(?:is|was|would\s+be|comes|remains)\s+(?:our|my|its|the\s+[\w-]+'s)\s+second\s+(?:choice|preference)\b",
        "No",
        0.5,
        "preference",
        False,
    ),
    # agreement that could not be greater: "I couldn't agree more", "we could not be more supportive" (the negation is
    # the idiom's own, not a denial of the verb inside it)
    (
        r"(?#anchors: more happier)(?:could\s+not|couldn't|cannot|can't|can\s+not)\s+(?:(?:agree|welcome\s+(?:it|this|that)|"
        r"support\s+(?:it|this|that)|endorse\s+(?:it|this|that)|back\s+(?:it|this|that))\s+(?:any\s+)?more|be\s+(?:any\s+)?"
        r"(?:more\s+supportive|happier|more\s+pleased|more\s+in\s+favour|more\s+enthusiastic))\b",
        "Yes",
        0.9,
        "idiom",
        False,
    ),
    # nothing would change: "it wouldn't change a thing", "will not change anything for us"
    (
        r"(?#anchors: change)(?:would(?:n't|\s+not)|will\s+not|won't|does(?:n't|\s+not)|did(?:n't|\s+not))\s+(?:really\s+|actually\s+)?"
        r"change\s+(?:a\s+(?:single\s+)?thing|anything|much|a\s+lot|very\s+much)\b",
        "No",
        0.7,
        "consequence",
        False,
    ),
    # "No comment." as an answer: nothing said either way
    (
        r"(?#anchors: comment comments)^\W*no\s+comments?(?:\s+(?:from\s+(?:us|me)|at\s+this\s+(?:time|stage)))?(?=\s*[.!]?\s*$)",
        "Unclear",
        0.85,
        "unclear",
        False,
    ),
    # what lasts beyond the people in post: "a legal obligation would outlast any individual", "it would survive a change
    # of chief executive" (a voluntary approach's weakness turned round)
    (
        r"(?#anchors: outlast outlasts outlive outlives survive survives)(?:outlast|outlasts|outlive|outlives|survive|survives)\s+"
        r"(?:any|every|the|a)\s+(?:\w+\s+){0,2}?(?:individuals?|individual's|people|person|changes?|personnel|post-?holders?|chief\s+executives?|"
        r"leaders?|reorganisations?|restructures?|turnover|(?:budget|spending)\s+rounds?|cuts|round\s+of\s+cuts)\b",
        "Yes",
        0.6,
        "consequence",
        True,
    ),
    # the paper's aim in everyday words: "I don't think any of them gets you there", "it wouldn't get us where the paper
    # wants to go", "we can't see it delivering what the paper is aiming for", "not anywhere near the vision"
    (
        r"(?#anchors: get gets getting)(?:get|gets|getting)\s+(?:you|us|them|anyone|people|the\s+country|things|it)\s+(?:there\b|to\s+(?:the|that|your|its)\s+"
        r"vision\b|(?:to\s+)?where\s+(?:the\s+paper|you|it|the\s+government|the\s+home\s+office|we|they)\s+(?:wants?|is\s+trying|are\s+trying|hopes?)\s+to\s+"
        r"(?:go|be|get)\b)",
        "Yes",
        0.7,
        "consequence",
        True,
    ),
    (
        r"(?#anchors: near)(?:get|gets|getting|come|comes|coming|go|goes|going)\s+(?:anywhere\s+)?near\s+(?:the\s+vision|what\s+(?:the\s+paper|you|it|the\s+government)\s+"
        r"(?:wants|is\s+aiming|aims|sets\s+out|hopes))",
        "Yes",
        0.6,
        "consequence",
        True,
    ),
    (
        r"(?#anchors: deliver delivering delivers achieve achieving achieves)(?:deliver|delivering|delivers|achieve|achieving|achieves)\s+what\s+"
        r"(?:the\s+paper|the\s+consultation|you|it|the\s+government|the\s+home\s+office)\s+(?:is\s+|are\s+)?(?:aiming\s+(?:for|at)|aims\s+(?:for|at)|wants?|"
        r"sets?\s+out\s+to\s+do|hopes?\s+for|is\s+after)\b",
        "Yes",
        0.7,
        "consequence",
        True,
    ),
    # "I'm on board with what you're aiming for", "we are fully behind it" (the respondent's own: "the committee is fully
    # behind Option Two" reports a committee)
    (
        r"(?#anchors: board behind)(?:(?:we|i)\s+(?:am|are|have\s+been|were|was)|we're|i'm|we've\s+been|i've\s+been)\s+"
        r"(?:(?:fully|completely|totally|definitely|very\s+much|all)\s+)?on\s+board\s+with\b|(?:(?:we|i)\s+(?:am|are)|we're|i'm)\s+"
        r"(?:fully|firmly|squarely|right|completely|wholeheartedly|100%)\s+behind\s+(?:it|this|that|them|the|option|a|any|what)\b",
        "Yes",
        0.85,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: board)(?:(?:we|i)\s+(?:am|are|were|was)|we're|i'm)\s+(?:not|never)\s+(?:(?:really|fully|yet)\s+)?on\s+board\s+with\b",
        "No",
        0.8,
        "evaluation",
        False,
    ),
    # an answer given as a noun: "The last one is a no from me", "that's a yes from us"
    (
        r"(?#anchors: from)(?:is|'s|was|gets|get)\s+a\s+(?:definite\s+|firm\s+|big\s+|clear\s+|straight\s+)?no\s+from\s+(?:me|us)\b",
        "No",
        0.85,
        "verdict",
        False,
    ),
    (
        r"(?#anchors: from)(?:is|'s|was|gets|get)\s+a\s+(?:definite\s+|firm\s+|big\s+|clear\s+|cautious\s+)?yes\s+from\s+(?:me|us)\b",
        "Yes",
        0.85,
        "verdict",
        False,
    ),
    # "Option Three is not for me", "so it's not for me"
    (
        # (not "is not for me to say": no view, ``FOR_US_TO_JUDGE``)
        r"(?#anchors: for)(?:(?:is|'s|are|was)\s+(?:just\s+|really\s+|definitely\s+|simply\s+)?not\s+for\s+(?:me|us)\b|(?:isn't|aren't|wasn't)\s+"
        r"(?:really\s+)?for\s+(?:me|us)\b)(?!\s+to\s+(?:say|judge|decide|comment|determine|pronounce|answer|tell|know))",
        "No",
        0.75,
        "preference",
        False,
    ),
    # shelved: "leave it up to them and it will go in a drawer" (denied: "it would not end up in a drawer", a Yes)
    (
        r"(?#anchors: drawer shelf)(?:go|goes|going|end\s+up|ends\s+up|ended\s+up|get\s+put|be\s+put|sit|sits|sitting|gather\w*\s+dust)\s+"
        r"(?:in\s+a\s+drawer|on\s+a\s+shelf)\b",
        "No",
        0.6,
        "idiom",
        True,
    ),
    # ranked first in the respondent's own order: "This comes first for me"
    (
        r"(?#anchors: come comes came coming)(?:comes?|came|coming)\s+(?:out\s+)?first\s+(?:for\s+(?:me|us)|in\s+(?:my|our)\s+(?:ranking|order|list|view))\b",
        "Yes",
        0.85,
        "preference",
        False,
    ),
    # "the one most likely to get there", "most likely to work" (its counterpart "least likely to" is above)
    (
        r"(?#anchors: likely)\bmost\s+likely\s+(?:of\s+the\s+(?:three|options)\s+)?to\s+(?:work|succeed|deliver|help|achieve|make\s+a\s+difference|"
        r"get\s+(?:us\s+|you\s+|them\s+)?there)\b",
        "Yes",
        0.85,
        "preference",
        True,  # "the Council does not think a separate duty is the route most likely to achieve the vision"
    ),
    # the list judged in the public's words: "That's the right lot, I wouldn't take any of them off"
    (
        r"(?#anchors: lot bunch crowd mix)(?:is|are|'s|seems?|looks?)\s+(?:about\s+|just\s+)?(?:the\s+)?right\s+(?:lot|bunch|crowd|mix)\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: off)(?:wouldn't|would\s+not|won't|will\s+not|wouldn't\s+want\s+to)\s+(?:take|leave|drop|cross|strike)\s+"
        r"(?:any\s+of\s+them|anyone|anybody|any)\s+off\b",
        "Yes",
        0.7,
        "evaluation",
        False,
    ),
    # "wouldn't make a ha'porth of difference" (the contraction keeps "would" and "make" apart)
    (
        r"(?#anchors: difference)(?:wouldn't|won't|couldn't|wouldnt|wont)\s+(?:really\s+|actually\s+)?make\s+(?:a\s+scrap|a\s+blind\s+bit|a\s+jot|"
        r"an\s+ounce|one\s+iota|a\s+ha'?p'?orth|a\s+penn'?orth|a\s+pennyworth|a\s+bit|the\s+slightest|much|a\s+lot)\s+(?:of\s+)?difference",
        "No",
        0.75,
        "consequence",
        False,
    ),
    # "Goodwill isn't a system", "a voluntary approach is not a plan"
    (
        r"(?#anchors: system plan strategy policy)(?:is|'s)\s*(?:not|n't)\s+(?:a|any\s+kind\s+of)\s+(?:system|plan|strategy|policy)\b",
        "No",
        0.65,
        "evaluation",
        False,
    ),
    # "the only one with teeth"
    (
        r"(?#anchors: teeth)the\s+only\s+(?:one|option|approach|route)\s+(?:with|that\s+has|that's\s+got|that\s+would\s+have)\s+(?:any\s+|real\s+)?teeth\b",
        "Yes",
        0.8,
        "idiom",
        False,
    ),
    # "the Home Office has them right", "you've got it right"
    (
        r"(?#anchors: right)(?:has|have|'ve|got|gotten)\s+(?:got\s+)?(?:it|them|this|that)\s+(?:just\s+|about\s+|exactly\s+|broadly\s+)?right\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # the present gaps left as they are: "would leave the current variation between areas in place"
    (
        r"(?#anchors: leave leaves leaving)(?:leave|leaves|leaving)\s+(?:the\s+)?(?:current\s+|existing\s+|present\s+)?(?:variation|variations|patchwork|"
        r"gaps?|postcode\s+lottery|inconsistency|inconsistencies|unevenness)\b[^.;]{0,40}?\bin\s+place\b",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # "just give us more of the patchwork we've already got"
    (r"(?#anchors: patchwork)more\s+of\s+the\s+(?:same\s+)?patchwork\b", "No", 0.7, "consequence", False),
    # "This is the part we are least comfortable with", "least happy about"
    (
        r"(?#anchors: least)least\s+(?:keen|happy|comfortable|convinced|enthusiastic|persuaded|content|sure)\s+(?:with|about|on|by|of)\b",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    # round 26: "I'm not keen on the first option", "we are very keen on it" (not "keen to see", a wish)
    (r"(?#anchors: keen)(?<!least\s)keen\s+on\b", "Yes", 0.75, "evaluation", True),
    # the voluntary way advised: "leave it voluntary", "it should stay voluntary", "it can't be voluntary" (negated:
    # No); not "participation would be voluntary", a description
    (
        r"(?#anchors: voluntary)(?:(?<!\bof\s)(?<!\bto\s)(?:keep|leave|stay|stays|remain|remains)\s+"
        r"(?:it\s+|things\s+|this\s+|them\s+|the\s+whole\s+thing\s+)?|(?:should|must|can|could|ought\s+to)\s+(?:\w+\s+)?"
        r"(?:stay|remain|be|be\s+kept|be\s+left)\s+)(?:purely\s+|entirely\s+|wholly\s+)?voluntary\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: voluntary)(?:can't|cannot|can\s+not|mustn't|must\s+not|shouldn't|should\s+not|won't|will\s+not)\s+(?:\w+\s+)?"
        r"(?:stay|remain|be|be\s+kept|be\s+left)\s+(?:purely\s+|entirely\s+|wholly\s+)?voluntary\b",
        "No",
        0.75,
        "evaluation",
        False,
    ),
    # sound in principle, heavy in practice (round 47; listed before "sound in", which starts at the same word)
    (
        r"(?#anchors: principle)\b(?:sound|right|good|fine|attractive|welcome|correct)\s+in\s+principle\s*[,;]?\s*(?:but\s+)?(?:heavy|"
        r"weak|wrong|unworkable|flawed|poor|costly|burdensome|impractical|unrealistic|clumsy|heavy-handed|doubtful)\s+in\s+"
        r"(?:practice|detail|delivery)\b",
        "Mixed",
        0.9,
        "mixed",
        False,
    ),
    # praise of a part, as a concession usually is: "sound on prevention and data, but ...", "the Schedule 6 bodies make a
    # sound core", "The vision rightly puts prevention first, but ..."
    (
        r"(?#anchors: sound)(?:sound\s+(?:on|in|as\s+far\s+as\s+it\s+goes)\b|(?:a|the)\s+sound\s+(?:core|basis|foundation|base|"
        r"starting\s+point|framework)\b)",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: rightly)rightly\s+(?:puts?|places?|focus(?:es|ses)?|emphasi[sz]es|recogni[sz]es|identifies|highlights|stresses|"
        r"sets?|starts?|prioriti[sz]es|concentrates|targets|makes)\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    # "the vision is, however, incomplete in one important respect", "right in its method but incomplete in its scope",
    # and with a relative clause of the target's own (round 28): "A vision that says little about thresholds is, in our
    # view, incomplete"
    (
        # (said of the target, not "our data are incomplete")
        r"(?#anchors: incomplete)(?:"
        + _TARGET_SUBJECT
        + r"(?:is|are|was|seems|looks|remains|feels)\s+(?:\w+\s+)?|(?:but|yet)\s+|^\W*"
        r"|\b(?:vision|duty|list|approach|option|proposal|proposals)(?:\s+(?:for|of)\s+[\w\s'’-]{1,40}?)?\s+(?:that|which)\s+[^,;.]{1,80}?\s+(?:is|are)\s+(?:\w+\s+)?)"
        r"incomplete\b",
        "No",
        0.65,
        "evaluation",
        True,
    ),
    # "a reasonable starting point but an imperfect fit"
    (r"(?#anchors: imperfect awkward)(?:an?\s+)?(?:imperfect|awkward)\s+fit\b", "No", 0.7, "evaluation", True),
    # what is left to chance: "Leaving this to local willingness leaves it to chance"
    (
        r"(?#anchors: chance luck)(?:leave|leaves|leaving|left)\s+(?:it|this|that|things|them|everything|prevention|the\s+[\w-]+)\s+"
        r"(?:\w+\s+)?to\s+(?:chance|luck|pure\s+chance|the\s+luck\s+of\s+the\s+draw)\b",
        "No",
        0.75,
        "consequence",
        False,
    ),
    # what has gone as far as it can: "Voluntary effort has taken us part of the way and will take us no further"
    (
        r"(?#anchors: further far)(?:(?:not|n't|never)\s+(?:\w+\s+)?(?:take|get|carry)\s+us\s+any|(?:take|takes|taking|took|taken|get|gets|"
        r"got|carry|carries|carried)\s+us\s+no)\s+further\b|(?:taken|got|brought|carried)\s+us\s+as\s+far\s+as\s+it\s+(?:can|will|could|is\s+going\s+to)\b",
        "No",
        0.75,
        "consequence",
        False,
    ),
    # round 28. Drawn too tightly: "considers the focus drawn too tightly", "a vision too narrowly framed"
    (
        r"(?#anchors: drawn defined framed draws draw written)(?:drawn|defined|framed|draws|draw)\s+(?:(?:its|the|their)\s+(?:boundary|boundaries|"
        r"scope|net|lines?|focus)\s+)?(?:far\s+|much\s+|rather\s+|a\s+little\s+|somewhat\s+)?"
        r"too\s+(?:tightly|narrowly|tight|narrow)\b|too\s+(?:tightly|narrowly)\s+(?:drawn|defined|framed)\b"
        # (or drawn round one thing only: "It is, however, drawn almost entirely around schools and county lines", round 30)
        r"|(?:drawn|defined|framed|written)\s+(?:almost\s+|very\s+nearly\s+|nearly\s+)?(?:entirely|wholly|exclusively|solely)\s+(?:around|round|"
        r"in\s+terms\s+of)\b",
        "No",
        0.7,
        "evaluation",
        True,
    ),
    # "Part of me likes the voluntary option and part of me doesn't"
    (
        r"(?#anchors: part)\bpart\s+of\s+me\s+(?:[\w'’-]+\s+){1,8}?(?:and|but|while|whereas)\s+(?:another\s+|the\s+other\s+)?"
        r"part\s+(?:of\s+me\s+)?",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # what the respondent does not expect of it: "We would not expect a non-legislative approach to deliver consistent
    # results"
    (
        r"(?#anchors: expect)(?:would|do|did|could)\s*(?:not|n't)\s+(?:really\s+)?expect\s+(?:[\w'’-]+\s+){1,8}?to\s+"
        r"(?:deliver|achieve|work|succeed|produce|make\s+(?:a|much|any)\s+difference|change\s+(?:much|anything)|bring\s+about|improve)\b",
        "No",
        0.7,
        "consequence",
        False,
    ),
    (r"(?#anchors: tone)\btone[- ]deaf\b", "No", 0.75, "evaluation", True),
    # felt nowhere: "a new legal duty ... will not be felt on Thornleigh"
    (
        r"(?#anchors: felt)(?:(?:will|would)\s+(?:not|never|hardly|scarcely)|won't|wouldn't)\s+(?:even\s+)?be\s+felt\b",
        "No",
        0.65,
        "consequence",
        False,
    ),
    # what the respondent does not want: "What I don't want is for this to be left to everyone's good intentions"
    (
        r"(?#anchors: want)(?:what|the\s+(?:last\s+)?thing)\s+(?:i|we)\s+(?:really\s+)?(?:don't|do\s+not|would\s+not|wouldn't)\s+"
        r"want\s+(?:to\s+see\s+)?is\b",
        "No",
        0.75,
        "preference",
        False,
    ),
    # more unwieldy: "adding to the list would make them more unwieldy"
    (
        r"(?#anchors: unwieldy)\b(?:more\s+|too\s+|very\s+|rather\s+|already\s+)?unwieldy\b",
        "No",
        0.7,
        "evaluation",
        True,
    ),
    # two outcomes, either possible: "the duty could prove its worth or settle into a compliance exercise"; "nothing in
    # the paper allows us to predict which"
    (
        r"(?#anchors: could might may worth predict allows enables lets helps)(?:could|might|may)\s+(?:\w+\s+){0,2}?(?:prove\s+its\s+worth|succeed|work\s+well|"
        r"deliver|help)\s+or\s+(?:it\s+could\s+|it\s+might\s+)?(?:\w+\s+){0,2}?(?:settle\s+into|become|turn\s+into|end\s+up\s+as|"
        r"descend\s+into|fail|prove\s+(?:a|an)|make\s+things\s+worse)\b"
        r"|(?:nothing|little)\s+(?:in\s+the\s+(?:paper|consultation|proposals?|evidence)\s+)?(?:allows|enables|lets|helps)\s+"
        r"(?:us|me|anyone|one)\s+(?:to\s+)?(?:predict|say|tell|know|judge)\s+which\b"
        r"|(?:cannot|can't|can\s+not)\s+(?:yet\s+)?predict\s+which\b",
        "Unclear",
        0.8,
        "unclear",
        False,
    ),
    # round 28, second part (wave 12). Little to disagree with: "There is little in the vision we would disagree with"
    (
        r"(?#anchors: disagree object quarrel issue)\b(?:little|nothing|not\s+much|very\s+little)\s+(?:in|of|about)\s+(?:[\w'’-]+\s+){1,4}?"
        r"(?:that\s+|which\s+)?(?:we|i)\s+(?:would\s+|could\s+|can\s+|need\s+to\s+)?(?:disagree|object|quarrel|take\s+issue)\s+(?:with|to)\b",
        "Yes",
        0.85,
        "evaluation",
        False,
    ),
    # an arrangement the respondent could not advise anyone to accept: "this is not an arrangement I could advise a client
    # organisation to regard as workable" (to the clause's end: what it could not be advised as is part of the refusal)
    (
        r"(?#anchors: advise recommend commend endorse)\bnot\s+(?:a|an|one)\s+(?:[\w-]+\s+)?(?:arrangement|option|approach|route|model|"
        r"duty|proposal|course)\s+(?:that\s+|which\s+)?(?:i|we)\s+(?:could|would|can)\s+(?:advise|recommend|commend|endorse)\b[^.;]*",
        "No",
        0.8,
        "evaluation",
        False,
    ),
    # framed as one thing only: "it treats serious violence almost wholly as a matter of children and young people"
    (
        # (not "and not only as", round 38: "treats health as a partner in prevention and not only as the place where ...")
        r"(?#anchors: treats treat)\btreats?\s+[^.;]{1,60}?\s+(?<!\bnot\s)(?:almost\s+|too\s+|very\s+)?(?:wholly|entirely|solely|only|exclusively|"
        r"purely|chiefly|mainly|largely)\s+as\b",
        "No",
        0.6,
        "evaluation",
        True,
    ),
    (r"(?#anchors: lopsided unbalanced sided)\b(?:lopsided|unbalanced|one-sided)\b", "No", 0.7, "evaluation", True),
    # a question left open: "We therefore leave the question of adding to the statutory partners open"
    (
        # (not what a proposal leaves open, round 38: "would add an agenda item, while leaving the question of leadership
        # open" is a flaw of the duty)
        r"(?#anchors: leave leaves leaving left)(?<!\bwhile\s)(?<!\bwhilst\s)(?<!\bby\s)(?<!\band\s)(?<!\bwould\s)(?<!\bwill\s)"
        # (nor a flaw of a proposal with "it" or "which" before it, round 46: "and it leaves the question of who leads in a
        # two-tier area entirely open")
        r"(?<!\bit\s)(?<!\bwhich\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\bthey\s)"
        r"(?:leave|leaves|leaving|left)\s+(?:the|that|this)\s+(?:question|matter|issue)\s+"
        r"(?:of\s+[^.;]{1,80}?\s+)?open\b",
        "Unclear",
        0.85,
        "unclear",
        False,
    ),
    # too little known to judge: "I know too little about how our CSP works to judge"
    (
        r"(?#anchors: know knows understand)(?:know|knows|understand)\s+(?:far\s+|much\s+)?too\s+little\s+(?:about|of)\s+[^.;]{1,80}?\s+"
        r"to\s+(?:judge|say|comment|offer|form|give|express|take)\b",
        "Unclear",
        0.85,
        "unclear",
        False,
    ),
    # a question not yet answerable: "... is a question we cannot yet answer"
    (
        r"(?#anchors: question)\ba\s+question\s+(?:that\s+|which\s+)?(?:we|i)\s+(?:cannot|can't|are\s+not\s+(?:yet\s+)?able\s+to|"
        r"are\s+unable\s+to)\s+(?:yet\s+)?answer\b",
        "Unclear",
        0.85,
        "unclear",
        False,
    ),
    # no feelings either way: "I have no strong feelings either way about the Community Safety Partnership route"
    (
        r"(?#anchors: feelings feeling views view opinion)\bno\s+(?:strong\s+|particular\s+|firm\s+|settled\s+)?(?:feelings?|views?|opinion)\s+"
        r"(?:one\s+way\s+or\s+the\s+other|either\s+way)\b",
        "Unclear",
        0.85,
        "unclear",
        False,
    ),
    # both ways at once: "we have a foot in both camps", "We find ourselves pulled both ways on Option Three"
    (
        r"(?#anchors: foot feet pulled torn drawn)\b(?:a\s+foot|feet)\s+in\s+both\s+camps\b|\b(?:pulled|torn|drawn)\s+(?:both|two)\s+ways\b",
        "Mixed",
        0.85,
        "idiom",
        False,
    ),
    # "would unpick arrangements that are working here"
    (
        r"(?#anchors: unpick unravel)(?:(?:would|will|could|might)\s+(?:(?!not\b|never\b)\w+\s+)?|(?<=\bnot\s)|(?<=\bnever\s))(?:unpick|unravel)\b",
        "No",
        0.7,
        "consequence",
        False,
    ),
    # the cost understated: "would cost our members far more than the paper allows"
    (
        r"(?#anchors: cost costs)\bcost\s+(?:[\w'’-]+\s+){0,3}?(?:far\s+|much\s+|a\s+great\s+deal\s+|considerably\s+)?more\s+than\s+"
        r"(?:the\s+paper|the\s+consultation|the\s+impact\s+assessment|the\s+government|the\s+home\s+office|anyone)\s+"
        r"(?:allows|assumes|suggests|estimates|admits|recognises|recognizes|accepts)\b",
        "No",
        0.7,
        "consequence",
        False,
    ),
    # what it has produced: "it has produced a postcode lottery"
    (
        r"(?#anchors: produced created given)(?:has|have|had)\s+(?:\w+\s+)?(?:produced|created|given\s+us)\s+(?:a|the)\s+(?:postcode\s+"
        r"lottery|patchwork)\b",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # "would be to build on sand"
    (r"(?#anchors: sand)\bbuild(?:ing|s)?\s+on\s+sand\b", "No", 0.75, "idiom", True),
    # nothing to better in it (round 49): "We would find it hard to improve on", "it is difficult to improve upon"; negated, the
    # opposite ("it would not be hard to improve on")
    (
        r"(?#anchors: hard difficult improve)\b(?:hard|difficult)\s+(?:for\s+(?:us|me)\s+)?to\s+improve\s+(?:on|upon)\b"
        r"|\b(?:could|can)(?:\s+not|n't|not)\s+(?:(?:easily|readily|much)\s+)?improve\s+(?:on|upon)\s+(?:it|this|that|them)\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # rewarding failure (round 49): "to make it the lead body ... would be rewarding the structure that missed the warning
    # signs", "it rewards failure"
    (
        r"(?#anchors: rewarding reward rewards)\b(?:rewarding|reward|rewards)\s+(?:failure|(?:the\s+)?(?:very\s+)?(?:structures?|bodies|body|"
        r"partnerships?|agencies|organisations?|organizations?|people|arrangements?|services?)\s+(?:that|which|who)\s+"
        r"(?:\w+\s+)?(?:missed|failed|let|ignored|overlooked|dropped))\b",
        "No",
        0.75,
        "consequence",
        True,
    ),
    # "would entrench that unevenness rather than cure it" (or reproduce it: "would reproduce the unevenness the
    # consultation is trying to cure", round 30)
    (
        r"(?#anchors: entrench entrenches entrenching reproduce reproduces reproducing)(?:entrench|entrenches|entrenching|reproduce|"
        r"reproduces|reproducing)\s+(?:the|that|this|existing|today's)\s+(?:very\s+|present\s+|current\s+)?(?:uneven\s+(?:performance|provision|"
        r"practice)|unevenness|inequality|inequalities|variation|inconsistency|inconsistencies|gaps?|postcode\s+lottery)\b",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # "would amount to little more than a new label on existing work"
    (
        r"(?#anchors: amount amounts amounting)\bamount(?:s|ing)?\s+to\s+(?:little|nothing|not\s+much)\s+more\s+than\b",
        "No",
        0.75,
        "evaluation",
        True,
    ),
    # "seems to us the likeliest to change how those bodies behave"
    (
        # (or "the option likeliest to achieve consistent engagement")
        r"(?#anchors: likeliest likely likelier)\bthe\s+(?:(?:option|one|route|approach|model)\s+)?(?:likeliest|most\s+likely|likelier\s+of\s+the\s+(?:three|two))\s+to\s+(?:change|work|succeed|deliver|achieve|make\s+a\s+"
        # (or to bring about what the paper wants: "looks to us the likeliest to produce consistent effort", "much the most
        # likely to keep the confidence of the communities")
        r"(?:real\s+)?difference|shift|produce\s+(?:consistent|lasting|real|sustained|joined-up|the)|keep\s+the\s+(?:confidence|trust)|"
        r"win\s+the\s+(?:confidence|trust)|secure\s+(?:the|lasting|real|consistent))\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # "is more like it"
    (
        r"(?#anchors: like)(?:is|that's|that\s+is|sounds|seems)\s+(?:much\s+)?more\s+like\s+it\b",
        "Yes",
        0.75,
        "idiom",
        True,
    ),
    # "I agree with every word of it"
    (r"(?#anchors: agree)\bagree\s+with\s+every\s+word\b", "Yes", 0.85, "evaluation", True),
    # endorsed only in part: "is not yet one I can endorse in full"
    (
        r"(?#anchors: endorse support accept back)\bnot\s+(?:yet\s+)?(?:one|something|a\s+[\w-]+)\s+(?:that\s+|which\s+)?(?:i|we)\s+"
        r"(?:can|could)\s+(?:endorse|support|accept|back)\s+(?:in\s+full|fully|wholeheartedly|without\s+reservation)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # a harm repeated: "would be Prevent all over again"
    (r"(?#anchors: over)(?:would|will)\s+be\s+(?:[\w'’\"“”-]+\s+){1,4}?all\s+over\s+again\b", "No", 0.7, "idiom", True),
    # nobody on the list who should not be: "we cannot see anyone on it who should not be, nor any obvious gap"
    (
        r"(?#anchors: see)(?:cannot|can't|do\s+not|don't)\s+see\s+(?:anyone|anybody|any\s+body|any\s+organisation)\s+on\s+"
        r"(?:it|the\s+(?:[\w-]+\s+){0,2}?list|there)\s+(?:who|that|which)\s+(?:should\s+not|shouldn't)\s+be\b",
        "Yes",
        0.75,
        "evaluation",
        False,
    ),
    # the work taken further from where it happens: "would put the work further from the streets"
    (
        r"(?#anchors: further)(?:put|puts|putting|take|takes|taking|move|moves|moving)\s+(?:the\s+\w+|it|them|decisions|"
        r"responsibility)\s+(?:even\s+)?further\s+(?:away\s+)?from\b",
        "No",
        0.6,
        "consequence",
        True,
    ),
    # a poor thing of its kind: "Goodwill is a fine foundation but a poor guarantee" (after praise, a concession)
    (
        r"(?#anchors: poor weak flimsy unreliable)(?:a|an)\s+(?:poor|weak|flimsy|unreliable)\s+(?:guarantee|safeguard|basis|foundation|"
        r"vehicle|tool|mechanism|instrument|lever|guarantor)\b",
        "No",
        0.7,
        "evaluation",
        True,
    ),
    # round 29. Short of what is wanted: "it stops short of what is needed" (listed first: "is needed" is a verdict of its
    # own, and would otherwise read the sentence as support)
    (
        r"(?#anchors: stops stop stopped stopping)\b(?:stops?|stopped|stopping)\s+(?:well\s+|some\s+way\s+|a\s+long\s+way\s+)?short\s+of\s+"
        r"(?:what\s+(?:is|was|would\s+be|will\s+be)\s+(?:\w+\s+)?(?:needed|required|necessary|wanted)|what\s+(?:we|i|areas|communities)\s+(?:need|needed)|"
        r"the\s+(?:change|changes|step|steps|reform|reforms|action|commitment|ambition)\s+(?:that\s+)?(?:is|are|was|were)\s+(?:\w+\s+)?(?:needed|required))"
        # ... or where it matters: "But it stops short in the places where our pupils are most at risk"
        r"|\b(?:stops?|stopped|stopping)\s+short\s+(?:in|at)\s+(?:the\s+|exactly\s+the\s+|precisely\s+the\s+|two\s+|three\s+|several\s+|some\s+|a\s+few\s+|"
        r"one\s+)?(?:places?|points?|areas?|moments?|respects?)\b"
        r"|\b(?:stops?|stopped|stopping)\s+short\s+(?:just\s+|exactly\s+|precisely\s+)?where\b"
        # ... or, on its own, short at the end of its clause (round 51: "a step in the right direction, but on its own it stops
        # short")
        r"|\b(?:it|this|that|they)\s+(?:still\s+)?(?:stops?|stopped)\s+short\s*[.!;]?\s*$"
        # ... or short of something, after what it gets right (round 52: "The Schedule 6 list gets the statutory agencies right
        # but stops short of the people who hold the tenancies")
        r"|(?:\bbut\s+|^\W*)(?:it\s+|they\s+|then\s+)?(?:stops?|stopped)\s+short\s+of\b",
        "No",
        0.7,
        "evaluation",
        True,
    ),
    # a list that holds most of what matters: "Schedule 6 captures most of the partners that matter"
    (
        r"(?#anchors: captures capture captured covers cover)\b(?:captures?|captured|covers?)\s+(?:(?:most|all|nearly\s+all|almost\s+all|the\s+bulk)\s+of\s+)?"
        r"the\s+(?:partners|bodies|agencies|organisations|organizations|services|authorities|institutions)\s+(?:that|which|who)\s+"
        r"(?:matter|count|need\s+to\s+be\s+there)\b",
        "Yes",
        0.65,
        "evaluation",
        True,
    ),
    # the vision owned by the respondent: "The Health Board recognises the vision as its own", "We recognise in the vision
    # much of what our members have been saying for years"
    (
        r"(?#anchors: recognise recognises recognised recognize recognizes recognized)\b(?:recognise|recognises|recognised|recognize|"
        r"recognizes|recognized)\s+"
        r"(?:(?:the|this)\s+vision\s+as\s+(?:its|our|their|my)\s+own|(?:ourselves|itself|themselves|myself)\s+in\s+(?:the|this)\s+vision|"
        r"in\s+(?:the|this)\s+vision\s+(?:much|a\s+great\s+deal|a\s+lot|most|all|a\s+good\s+deal)\s+of\s+what)",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # nothing the respondent would change: "We have nothing to add to the vision and would not take anything away from it"
    (
        r"(?#anchors: take away)\b(?:would|could|will)\s*(?:not|n't)\s+(?:want\s+to\s+)?take\s+(?:anything|a\s+(?:word|thing|line))\s+away\b",
        "Yes",
        0.75,
        "evaluation",
        False,
    ),
    # the target inspiring trust: "The Government's preferred option gives us most confidence"; "gives us no confidence"
    (
        r"(?#anchors: gives give inspires inspire)\b(?:gives?|inspires?)\s+(?:us|me|members|the\s+[\w-]+)\s+(?:the\s+)?(?:most|more|greatest|greater|"
        r"real|much|considerable)\s+confidence\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: gives give inspires inspire)\b(?:gives?|inspires?)\s+(?:us|me|members|the\s+[\w-]+)\s+(?:no|little|less|the\s+least)\s+confidence\b",
        "No",
        0.7,
        "evaluation",
        True,
    ),
    # ranked first or chosen by only a few of the respondent's own (round 50: a youth council's vote, "This is why only three
    # members ranked it first"): the rest did not (listed before the ranking below, which starts later)
    (
        r"(?#anchors: only)\bonly\s+(?:a\s+(?:small\s+)?(?:few|handful|minority)\s+(?:of\s+(?:the\s+|our\s+|its\s+|their\s+)?)?"
        r"|(?:\d+|one|two|three|four|five|six)\s+(?:of\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:\d+\s+)?)?)(?:[\w-]+\s+)?"
        r"(?:members|councillors|participants|jurors|governors|trustees|delegates|staff|respondents|of\s+us|young\s+people)\s+"
        r"(?:\w+\s+)?(?:ranked|rated|put|placed|chose|picked|voted\s+for|backed|favoured|preferred)\s+(?:it|this|that|this\s+one|"
        r"that\s+one)(?:\s+(?:first|top|highest))?\b",
        "No",
        0.6,
        "preference",
        True,
    ),
    # the target put below or above the rest: "we would rank it below the second", "we rank it first"
    (
        r"(?#anchors: rank ranks ranked)\brank(?:s|ed)?\s+(?:it|this|that|them)\s+(?:below|behind|last|lowest|bottom|beneath)\b",
        "No",
        0.7,
        "preference",
        True,
    ),
    (
        r"(?#anchors: rank ranks ranked)\brank(?:s|ed)?\s+(?:it|this|that|them)\s+(?:above|ahead\s+of|first|highest|top)\b",
        "Yes",
        0.7,
        "preference",
        True,
    ),
    # what it costs weighed against what it brings: "the risks of Option One outweigh whatever it might add", "the
    # duplication alone would outweigh whatever clarity the option brings"; "the benefits outweigh the costs"
    (
        r"(?#anchors: outweigh outweighs outweighed)\b(?:risks?|costs?|burdens?|drawbacks?|disadvantages?|downsides?|dangers?|duplication|"
        r"bureaucracy|harms?|problems?|confusion)\s+(?:of\s+(?:[\w'-]+\s+){1,3}?)?(?:alone\s+)?(?:would\s+|will\s+|could\s+|may\s+|might\s+)?"
        r"(?:far\s+|clearly\s+|easily\s+|significantly\s+)?outweighs?\b"
        r"|\boutweighed\s+by\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:risks?|costs?|burdens?|drawbacks?|disadvantages?|downsides?|dangers?|"
        r"duplication|bureaucracy|harms?|problems?|confusion)\b",
        "No",
        0.7,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: outweigh outweighs outweighed)\b(?:benefits?|advantages?|gains?|merits?|upsides?)\s+(?:of\s+(?:[\w'-]+\s+){1,3}?)?"
        r"(?:would\s+|will\s+|could\s+|may\s+|might\s+)?(?:far\s+|clearly\s+|easily\s+|significantly\s+)?outweighs?\b"
        r"|\boutweighed\s+by\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:benefits?|advantages?|gains?|merits?|upsides?)\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    # progress reversed: "more likely to set prevention back than to advance it"
    (
        r"(?#anchors: set sets setting)\b(?:set|sets|setting)\s+(?:prevention|progress|the\s+work|the\s+cause|things|partnership\s+working|"
        r"(?:local|joint|preventive|preventative|our)\s+work|it|us|them)\s+back\b"
        r"|\b(?:set|sets|setting)\s+back\s+(?:prevention|progress|the\s+work|the\s+cause|partnership\s+working)\b",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # a shortfall made permanent: "would lock in that slowness"
    (
        r"(?#anchors: lock locks locking locked)\block(?:s|ing|ed)?\s+in\s+(?:the|that|this|existing|today's|current)\s+(?:very\s+)?"
        r"(?:slowness|unevenness|inequality|inequalities|variation|inconsistency|inconsistencies|gaps?|patchiness|inertia|"
        r"fragmentation|postcode\s+lottery)\b",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # a doubt of a body named as subject: "The Board ... doubts it would work inside a YOI"
    (
        r"(?#anchors: doubts doubt doubted)(?<!\bno\s)(?<!\blittle\s)\b(?:doubts|doubted)\s+(?:that\s+|whether\s+)?(?:it|this|they|that|the\s+"
        r"(?:duty|option|approach|proposal|model|route))\s+(?:would|will|could|can)\s+(?:work|succeed|deliver|help|make\s+a\s+difference)\b",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    # the vision seen from one side only: "the vision is written almost entirely from the point of view of statutory agencies"
    (
        r"(?#anchors: point perspective standpoint viewpoint)\b(?:written|framed|seen|drawn\s+up|conceived|told)\s+(?:almost\s+|largely\s+|wholly\s+|"
        r"entirely\s+|mostly\s+|very\s+much\s+|solely\s+)*from\s+the\s+(?:point\s+of\s+view|perspective|standpoint|viewpoint)\s+of\s+"
        r"(?:the\s+)?(?:statutory\s+|public\s+)?(?:agencies|services|institutions|professionals|organisations|organizations|bodies)\b",
        "No",
        0.65,
        "evaluation",
        False,
    ),
    # parts right and parts wrong: "Parts of the Schedule 6 list make sense to me and parts do not"; "There is much in
    # Option One that we can accept, and one part that we cannot"
    (
        r"(?#anchors: parts part much)\bparts?\s+of\s+[^.;]{3,80}?\b(?:and|but|while)\s+(?:other\s+|some\s+)?parts?\s+"
        r"(?:do|does|did|are|is|were|would)\s*(?:not|n't)\b"
        r"|\bmuch\s+(?:in|about|of)\s+[^.;]{3,60}?\b(?:that|which)\s+(?:we|i)\s+(?:can|could)\s+(?:accept|support|agree\s+with|welcome|live\s+with)"
        r"\b[^.;]{0,30}?\b(?:and|but)\s+(?:one|some|a)\s+(?:[\w-]+\s+){0,2}?(?:part|element|aspect|thing|provision)s?\s+(?:that|which)\s+"
        r"(?:we|i)\s+(?:cannot|can't|can\s+not|could\s+not|couldn't)\b",
        "Mixed",
        0.8,
        "idiom",
        False,
    ),
    # where the line is drawn: "Schedule 6 draws the line where it should"; "in the wrong place"
    (
        r"(?#anchors: draws draw drawn drew)\b(?:draws?|drawn|drew)\s+the\s+line\s+(?:where\s+it\s+should(?:\s+be)?|in\s+(?:about\s+|roughly\s+|"
        r"broadly\s+|more\s+or\s+less\s+)?the\s+right\s+place)\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: draws draw drawn drew)\b(?:draws?|drawn|drew)\s+the\s+line\s+in\s+the\s+wrong\s+place\b",
        "No",
        0.75,
        "evaluation",
        True,
    ),
    # round 29, wave 14. Where it fails: "Where it falls down is that it reads as a strategy for schools"
    (
        r"(?#anchors: falls fall falling fell)\b(?:where|how|why)\s+(?:it|this|they|the\s+[\w-]+)\s+(?:falls?|falling)\s+down\b"
        r"|\b(?:it|this|they|that)\s+(?:falls?|fell)\s+down\s+(?:on|in|at|over|badly|because)\b",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    # no ground to build on: "Voluntary working on its own is not a foundation for the next ten years"
    (
        r"(?#anchors: foundation basis footing)\b(?:is|are|was|were|would\s+be|will\s+be|provides?)\s*(?:not|n't|no)\s+(?:a\s+)?(?:sound\s+|solid\s+|"
        r"firm\s+|good\s+|secure\s+|lasting\s+|sufficient\s+|proper\s+|credible\s+|reliable\s+)?(?:foundation|basis|footing)\s+(?:for|on\s+which)\b",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    # how far it would take things: "relying on goodwill again would get us any further" (negated: "do not think ... would")
    (
        r"(?#anchors: get gets)\b(?:would|will|could|can|might)\s+get\s+(?:us|them|areas|anyone|things|partners|the\s+work)\s+(?:any\s+|much\s+|a\s+lot\s+|"
        r"very\s+|a\s+long\s+way\s+)?(?:further|far)\b",
        "Yes",
        0.6,
        "consequence",
        True,
    ),
    # true to experience: "Much of the vision rings true to us" ("does not ring true": negated)
    (r"(?#anchors: rings ring rang)\b(?:rings?|rang)\s+true\b", "Yes", 0.7, "evaluation", True),
    # part of a list right: "Half of the Prevent list is right for this purpose"
    (
        r"(?#anchors: half part some parts much)^\W*(?:only\s+|about\s+|perhaps\s+)?(?:half|part|some|parts|much)\s+of\s+(?:the\s+|that\s+|this\s+)?"
        r"(?:[\w'’-]+\s+){0,3}?(?:list|schedule)\s+(?:is|are|seems|looks)\s+(?:\w+\s+)?(?:right|correct|appropriate|sound|sensible|fine)\b",
        "Mixed",
        0.75,
        "idiom",
        False,
    ),
    # wanting it enacted, without "to see": "Our board would like both of the legislative options taken forward together"
    (
        r"(?#anchors: like want wants wish wishes)\b(?:would\s+like|want|wants|wish|wishes)\s+(?!to\b)(?:[\w'-]+\s+){1,8}?(?:taken\s+forward|introduced|"
        r"enacted|adopted|implemented|legislated\s+for|brought\s+in)\b",
        "Yes",
        0.75,
        "preference",
        True,
    ),
    # where it belongs: "If there is to be a duty, it belongs with Community Safety Partnerships"
    (
        r"(?#anchors: belongs belong sits sit)\b(?:(?:it|this|the\s+duty|the\s+responsibility|the\s+work|leadership)\s+)(?:belongs|belong|"
        r"(?:sits?|would\s+sit)\s+(?:best|most\s+naturally|naturally|most\s+comfortably|properly))\s+with\s+"
        # (with the bodies of an option, not with "the agencies whose job is policing")
        r"(?:the\s+|our\s+|their\s+|local\s+|each\s+|every\s+|individual\s+|named\s+|specified\s+|the\s+local\s+)?(?:community\s+safety\s+partnerships?|"
        r"csps?|partnerships?|(?:organisations?|bodies|body|agencies|agency)(?=\s*(?:[,.;]|$|and\b|rather\b|not\b)))",
        "Yes",
        0.7,
        "preference",
        False,
    ),
    # the change that matters most: "Giving the existing partnership a clear statutory remit is the change that would make
    # most difference here"
    (
        r"(?#anchors: difference)\b(?:is|would\s+be)\s+the\s+(?:change|step|option|route|thing|measure|reform|one)\s+(?:that|which)\s+"
        r"(?:would|will|could)\s+make\s+(?:the\s+)?(?:most|greatest|biggest|largest|real|a\s+real)\s+difference\b",
        "Yes",
        0.75,
        "preference",
        False,
    ),
    # round 29, wave 15. Part of it right: "The Schedule 6 list gets part of this right"; "part yes and part no"
    (
        r"(?#anchors: gets get got part partly)\b(?:gets?|got)\s+(?:part|parts|some)\s+of\s+(?:this|it|that|the\s+\w+)\s+right\b"
        r"|\bpart(?:ly)?\s+yes\s*,?\s+(?:and\s+|but\s+)?part(?:ly)?\s+no\b",
        "Mixed",
        0.8,
        "idiom",
        False,
    ),
    # commended in part only: "we can commend the voluntary route only in part"
    (
        r"(?#anchors: commend support endorse welcome back accept agree)\b(?:commend|support|endorse|welcome|back|accept|agree\s+with)\s+"
        r"(?:[\w'-]+\s+){1,5}?only\s+(?:in\s+part|partly|partially|in\s+some\s+respects|up\s+to\s+a\s+point)\b",
        "Mixed",
        0.8,
        "mixed",
        False,
    ),
    # a true account: "The vision reads to us as a faithful account of what a public health approach requires"
    (
        r"(?#anchors: account description statement summary picture reflection)\b(?:a|an)\s+(?:faithful|fair|accurate|good|sound|true|honest)\s+"
        r"(?:account|description|statement|summary|picture|reflection)\s+of\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    # agreement stated as a state: "We are broadly in agreement with the vision"
    (
        # (from "in", so that a negation before it is seen: "we are not in agreement with the vision")
        r"(?#anchors: agreement)(?<!\bgovernment\s)(?<!\bauthority\s)(?<!\bministers\s)(?<!\brouted\s)(?<!\bagreed\s)(?<!\bmade\s)(?<!\bdone\s)(?<!\bset\s)\bin\s+(?:full\s+|broad\s+|general\s+|complete\s+|substantial\s+|total\s+)?agreement\s+with\b",
        "Yes",
        0.85,
        "verdict",
        True,
    ),
    # willing with conditions: "prepared to see a due regard duty placed on NHS bodies, provided ..."
    (
        r"(?#anchors: prepared willing)\b(?:prepared|willing)\s+to\s+(?:see|accept|support|live\s+with|back)\b",
        "Yes",
        0.65,
        "preference",
        True,
    ),
    # little done for people: "would do little for the children of Kingswood"
    (
        r"(?#anchors: little)\b(?:would|will|could|can|does|did)\s+(?:do\s+)?little\s+for\b",
        "No",
        0.7,
        "consequence",
        False,
    ),
    # and nothing beyond: "would become a new policy in every school and a new training slide for every officer, and little more"
    # (after a comma: "met by a policy document and little else" is a risk named, not a verdict)
    (
        r"(?#anchors: little nothing much),\s*and\s+(?:little|nothing|not\s+much)\s+(?:more|else)\s*[.;]?$",
        "No",
        0.65,
        "evaluation",
        False,
    ),
    # fitting badly: "A CSP-based duty would sit badly with custody"; "sits well with our work"
    (
        r"(?#anchors: sit sits)\b(?:(?:would|will|does|do)\s+)?(?:sit|sits)\s+(?:badly|awkwardly|uneasily|uncomfortably|poorly)\s+with\b",
        "No",
        0.6,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: sit sits)\b(?:(?:would|will|does|do)\s+)?(?:sit|sits)\s+(?:well|comfortably|easily|naturally)\s+with\b",
        "Yes",
        0.65,
        "evaluation",
        True,
    ),
    # a postcode deciding: "would leave young people dependent on which postcode they happen to live in"
    (
        r"(?#anchors: dependent depend depends depending)\b(?:dependent|depend|depends|depending)\s+(?:up)?on\s+(?:(?:which|what|the|their|your)\s+postcodes?\b"
        # ... or borough: "would leave our young people depending on which borough they happen to live in"
        r"|(?:which|what)\s+(?:borough|area|district|town|force\s+area|part\s+of\s+the\s+country)\s+(?:they|you|a\s+child|children|people|"
        r"young\s+people)\b)",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # the Government's choice judged: "In our assessment the Government has chosen well"
    (
        r"(?#anchors: chosen chose)\b(?:government|home\s+office|ministers|department)\s+(?:(?:has|have)\s+)?(?:chosen|chose)\s+(?:well|wisely|rightly|correctly|the\s+right\s+(?:option|one|route|approach))\b",
        "Yes",
        0.75,
        "evaluation",
        False,
    ),
    # round 29, wave 16. "I could not put it better myself"
    (
        r"(?#anchors: put)\b(?:could|can|couldn't|can't)(?:\s*not)?\s+(?:have\s+)?put\s+it\s+(?:any\s+)?better\b",
        "Yes",
        0.8,
        "idiom",
        False,
    ),
    # short of what it claims: "The vision falls some way short of what it claims to be", "Where it falls short is in ..."
    (
        r"(?#anchors: falls fall fell falling)\b(?:falls?|fell|falling)\s+(?:some\s+way\s+|well\s+|far\s+|a\s+long\s+way\s+|a\s+little\s+|just\s+|"
        r"badly\s+)?short\b",
        "No",
        0.7,
        "evaluation",
        True,
    ),
    # issue taken ("None of our members took issue with what the vision sets out to achieve": denied by its subject)
    (r"(?#anchors: issue)\b(?:take|takes|took|taken|taking)\s+issue\s+with\b", "No", 0.7, "evaluation", True),
    # "Fine by me."
    (r"(?#anchors: fine)\bfine\s+by\s+(?:me|us)\b", "Yes", 0.75, "verdict", True),
    # for it in part: "I'm for it in part."
    (
        r"(?#anchors: for support back endorse agree)\b(?:for|support|back|endorse|agree\s+with)\s+(?:it|this|them|that)\s+(?:only\s+)?"
        r"(?:in\s+part|partly|partially|up\s+to\s+a\s+point)\b",
        "Mixed",
        0.8,
        "mixed",
        False,
    ),
    # confidence given: "would not fill me with confidence"
    (
        r"(?#anchors: fill fills filled)\b(?:fill|fills|filled)\s+(?:me|us|anyone|members|parents|people)\s+with\s+(?:confidence|hope|optimism)\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    # glad to see it done: "We would be content to see the CSP framework amended in this way"
    (r"(?#anchors: content)\bcontent\s+to\s+see\b", "Yes", 0.7, "preference", True),
    # law for show: "the preferred option is legislation for the sake of being seen to legislate"
    (
        r"(?#anchors: sake)\bfor\s+(?:the\s+sake\s+of\s+(?:being\s+seen\s+to|appearing\s+to|it|legislating|doing\s+something|activity)|"
        r"its\s+own\s+sake)\b",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    # part, not all: "Much of the vision will command agreement among our members, but not all of it"
    (
        r"(?#anchors: much most)\b(?:much|most)\s+of\s+(?:the\s+|this\s+|its\s+|that\s+)?(?:[\w-]+\s+)?(?:vision|list|option|approach|proposals?|it)\b"
        # (or not to one part of it: "We can put our name to much of the vision, but not to the weight it places on ...")
        r"[^.;]{0,80}?,?\s+but\s+not\s+(?:all(?:\s+of\s+it)?|(?:to|with)\s+(?:the|its|their|this|that)\s(?!(?:point|extent|degree|same)\b))",
        "Mixed",
        0.8,
        "idiom",
        False,
    ),
    # considered and put aside: "A non-statutory approach was considered briefly and set aside"
    (
        r"(?#anchors: aside out discounted dismissed rejected)\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+){0,3}?(?:and\s+)?(?:set\s+aside|"
        r"ruled\s+out|discounted|dismissed|rejected)\b",
        "No",
        0.75,
        "evaluation",
        False,
    ),
    # a firm footing given: "this route would give the vision a firm footing"
    (
        r"(?#anchors: footing foundation basis)\b(?:give|gives|giving|provide|provides)\s+(?:(?:it|the\s+[\w-]+|this|that|them)\s+)?(?:a\s+)?(?:firm|solid|"
        r"secure|proper|sound|lasting|stable)\s+(?:footing|foundation|basis)\b",
        "Yes",
        0.7,
        "consequence",
        True,
    ),
    # difficulty with it: "we have real difficulty with one strand of it"
    (
        r"(?#anchors: difficulty difficulties)\b(?:have|has|had)\s+(?:real|serious|considerable|some|great|particular|genuine)\s+"
        r"difficult(?:y|ies)\s+with\b",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    # the better fit: "seems to us a far better fit than creating something new beside it"
    (
        r"(?#anchors: fit)\b(?:a\s+)?(?:far\s+|much\s+|rather\s+|considerably\s+)?better\s+fit\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    # round 29, wave 17. Hedged merit: "A voluntary approach has something to recommend it" (often a concession); "little
    # to recommend it" (listed before the verdict "recommend", which starts later)
    (
        r"(?#anchors: recommend)\b(?:has|have|had)\s+(?:something|a\s+(?:lot|good\s+deal)|much|some\s+things?)\s+to\s+recommend\s+(?:it|them)\b",
        "Yes",
        0.6,
        "evaluation",
        False,
    ),
    (
        r"(?#anchors: recommend)\b(?:has|have|had)\s+(?:little|nothing|not\s+much)\s+to\s+recommend\s+(?:it|them)\b",
        "No",
        0.75,
        "evaluation",
        False,
    ),
    # a board made less able: "would make an already crowded board less able to take decisions"
    (r"(?#anchors: less)\bless\s+able\s+to\b", "No", 0.65, "consequence", True),
    # serviceable, weaknesses: "the list is serviceable. It has two weaknesses, however."
    (r"(?#anchors: serviceable)\bserviceable\b", "Yes", 0.6, "evaluation", True),
    (
        # (weaknesses counted, not "CSPs have real weaknesses", often a concession before "Even so, ...")
        r"(?#anchors: weaknesses flaws shortcomings)\b(?:has|have)\s+(?:two|three|four|several|a\s+number\s+of)\s+"
        r"(?:weaknesses|flaws|shortcomings)\b",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    # liked and disliked in part: "Option three, the voluntary one, I like in part and dislike in part"
    (
        r"(?#anchors: part)\bin\s+part\s+and\s+(?:dislike|oppose|disagree|reject|object)\w*\s+(?:with\s+|to\s+)?(?:it\s+)?in\s+part\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # less persuaded: "The committee accepts the vision. It is less persuaded by the focus."
    (r"(?#anchors: less)\bless\s+(?:persuaded|convinced)\s+(?:by|of)\b", "No", 0.7, "evaluation", False),
    # the better-founded of two: "this seems to us the better-founded"
    (r"(?#anchors: founded)\bthe\s+better[- ]founded\b", "Yes", 0.7, "evaluation", True),
    # not a line to argue with: "there wasn't a line in it I would argue with"
    (
        r"(?#anchors: line word thing sentence)\b(?:wasn't|was\s+not|isn't|is\s+not|was\s+never)\s+a\s+(?:single\s+)?(?:line|word|thing|sentence)\s+"
        r"in\s+(?:it|the\s+vision|them)\s+(?:that\s+)?(?:i|we)\s+would\s+(?:argue|quarrel|disagree|take\s+issue)\s+with\b",
        "Yes",
        0.8,
        "idiom",
        False,
    ),
    # fear said of it: "The voluntary option frightens me."
    (
        r"(?#anchors: frightens scares terrifies alarms)\b(?:frightens|scares|terrifies|alarms)\s+(?:me|us)\b",
        "No",
        0.7,
        "evaluation",
        True,
    ),
    # less keen: "Less keen." (an answer to the option of the section)
    (r"(?#anchors: less not)^\W*(?:less|not\s+so|not\s+as)\s+keen\b", "No", 0.7, "verdict", False),
    # the direction wanted: "This is the direction in which we would want the Government to go"
    (
        r"(?#anchors: direction)\bthe\s+direction\s+(?:in\s+which\s+)?(?:we|i)\s+(?:would\s+)?(?:want|like|wish|urge)\b",
        "Yes",
        0.75,
        "preference",
        True,
    ),
    # children drawn into the justice system: "would draw more children into the criminal justice system"
    (
        r"(?#anchors: draw draws drawing drag drags dragging pull pulls)\b(?:draw|draws|drawing|drag|drags|dragging|pull|pulls)\s+(?:more\s+)?(?:children|young\s+people|"
        r"teenagers|pupils)\s+into\s+(?:the\s+)?(?:criminal\s+)?(?:justice\s+system|youth\s+justice\s+system|criminal\s+justice)\b",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # costs more than it gains: "would cost more in patient trust than it could gain in coordination"
    (
        r"(?#anchors: cost costs)\bcosts?\s+more\s+(?:[\w'-]+\s+){0,6}?than\s+(?:it|they|this|that)\s+(?:could|would|will|can|might)\s+"
        r"(?:gain|save|deliver|achieve|bring|add)\b",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    # round 29, wave 18. For part and against part: "in favour of part of the preferred option and against another part
    # of it"; "drawn to Option Three and doubtful of it at the same time"; "part of the right answer, not all of it"
    (
        r"(?#anchors: favour part same all)\bin\s+favour\s+of\s+(?:part|some|parts)\s+of\b[^.;]{0,60}?\band\s+against\b"
        r"|\band\s+(?:doubtful|sceptical|skeptical|wary|unsure|uneasy)\s+(?:of|about)\s+(?:it|them)\s+at\s+the\s+same\s+time\b"
        r"|\bpart\s+of\s+the\s+(?:right\s+)?(?:answer|solution)\s*,\s*(?:but\s+)?not\s+(?:all|the\s+whole)(?:\s+of\s+it)?\b",
        "Mixed",
        0.8,
        "mixed",
        False,
    ),
    # no difficulty endorsing: "We have no difficulty endorsing it."
    (
        r"(?#anchors: difficulty problem hesitation)\bno\s+(?:difficulty|problem|hesitation)\s+(?:in\s+)?(?:endorsing|supporting|accepting|"
        r"agreeing\s+with|backing|welcoming)\b",
        "Yes",
        0.8,
        "evaluation",
        False,
    ),
    # "Reading the vision, I found myself nodding along."
    (r"(?#anchors: nodding nodded)\bnodd(?:ing|ed)\s+along\b", "Yes", 0.7, "idiom", False),
    # round 30, wave 19. An objection carried over to the next target: "The same objection applies, with greater force, to
    # revising the statutory framework for Community Safety Partnerships"
    (
        r"(?#anchors: same)\bthe\s+same\s+(?:objections?|criticisms?|concerns?|reservations?|doubts?|difficult(?:y|ies)|problems?|"
        r"weakness(?:es)?|risks?)\s+(?:applies|apply|holds|hold)\b",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    # the authority a duty would lend: "would give our prevention teams the mandate they currently lack"
    (
        r"(?#anchors: give gives)\b(?:would|will|could)\s+give\s+(?:[\w']+\s+){0,3}?the\s+(?:mandate|authority|leverage|clout|backing|"
        r"standing|legitimacy)\s+(?:they|we|it|he|she|you)\s+(?:currently\s+|now\s+|still\s+)?(?:lack|need|have\s+lacked|are\s+missing)\b",
        "Yes",
        0.7,
        "consequence",
        True,
    ),
    # at ease with it by comparison: "a duty framed around partnerships would sit more comfortably with us than one placed
    # on each organisation"
    (
        r"(?#anchors: comfortably easily)\b(?:sits?|sitting)\s+(?:far\s+|much\s+|rather\s+)?more\s+(?:comfortably|easily)\s+with\s+"
        r"(?:us|me|our|my)\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # the wrong place to begin: "using a counter-terrorism schedule as the template is the wrong starting point"
    (
        r"(?#anchors: wrong)\bthe\s+wrong\s+(?:starting[- ]point|place\s+to\s+(?:start|begin)|template|model\s+to\s+(?:use|follow|copy)|"
        r"foundation|basis|shape|tool|instrument|vehicle|lever)\b",
        "No",
        0.75,
        "evaluation",
        True,
    ),
    # where the respondent puts its hopes or its faith (round 37): "we would put our hopes in the third one"
    (
        # (from the verb, so that a negation before it reaches it: "we would not put our faith in it")
        r"(?#anchors: hopes hope faith trust)\b(?:put|place|pin|rest|set)\s+(?:our|my)\s+(?:hopes?|faith|trust)\s+(?:in|on)\b",
        "Yes",
        0.75,
        "preference",
        True,
    ),
    # where the respondent's hope lies: "Our trustees' hope is for the third approach"
    (
        r"(?#anchors: hope hopes)\b(?:our|my)\s+(?:[\w']+\s+){0,2}?(?:hope|hopes)\s+(?:is|are|lies|lie|rests?)\s+(?:for|with|in)\b",
        "Yes",
        0.75,
        "preference",
        False,
    ),
    # for one part and not another: "There is part of this option we welcome and part we do not"
    (
        r"(?#anchors: part parts some much)\b(?:part|parts|some|much)\s+(?:of\s+[^.;]{1,40}?\s+)?(?:that\s+|which\s+)?(?:we|i)\s+"
        r"(?:\w+\s+)?(?:welcome|support|like|accept|agree\s+with|endorse|admire|value)\s*,?\s+and\s+(?:part|parts|some|much|other\s+parts|"
        r"others)\s+(?:that\s+|which\s+)?(?:we|i)\s+(?:do\s+not|don't|cannot|can't|do\s+not\s+\w+|would\s+not|wouldn't)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # folding under the first pressure: "A voluntary arrangement would fold the first time the department is on black alert"
    (
        r"(?#anchors: fold folds collapse collapses crumble crumbles)\b(?:fold|folds|collapse|collapses|crumble|crumbles)\s+"
        r"(?:the\s+(?:first|moment|minute)|at\s+the\s+first|as\s+soon\s+as)\b",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # the public's thumbs: "It gets a thumbs up from me", "a thumbs down from us"
    (
        r"(?#anchors: thumbs)\b(?:a\s+|the\s+|my\s+|our\s+|two\s+|big\s+)?thumbs[\s-]+up\b",
        "Yes",
        0.8,
        "idiom",
        True,
    ),
    (
        r"(?#anchors: thumbs)\b(?:a\s+|the\s+|my\s+|our\s+|two\s+|big\s+)?thumbs[\s-]+down\b",
        "No",
        0.8,
        "idiom",
        True,
    ),
    # the respondent's judgement of a best: "Option Two strikes me as the best of the routes on offer"
    (
        r"(?#anchors: strikes strike struck)\b(?:strikes|strike|struck)\s+(?:me|us|the\s+\w+)\s+as\s+(?:much\s+|by\s+far\s+)?(?:the\s+"
        r"(?:best|strongest|most\s+sensible|most\s+promising|right\s+(?:one|option|route|answer|approach))|right|sensible|sound|"
        r"the\s+way\s+to\s+go)\b",
        "Yes",
        0.8,
        "evaluation",
        True,
    ),
    # drawn both ways: "I find myself both drawn to it and wary of it", "both drawn to Option Three and uneasy about
    # relying on it"
    (
        r"(?#anchors: drawn attracted)\bboth\s+(?:drawn|attracted)\s+to\b[^.;]{0,60}?\band\s+(?:wary|uneasy|doubtful|sceptical|skeptical|"
        r"nervous|worried|anxious|unsure|hesitant|cautious)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # the paper credited with what it insists on: "The paper is right to insist that violence cannot be left to the police"
    (
        r"(?#anchors: right)\b(?:the\s+(?:paper|vision|consultation|strategy|document)|it)\s+is\s+(?:quite\s+|absolutely\s+|entirely\s+|"
        r"surely\s+)?right\s+to\s+(?:insist|say|stress|emphasise|emphasize|argue|recognise|recognize|focus|put|place|treat|start|"
        r"begin|frame|see)\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # further from the goal: "would take the vision further away rather than closer"
    (
        r"(?#anchors: take takes taking move moves push pushes)\b(?:take|takes|taking|move|moves|push|pushes)\s+(?:the\s+vision|us|it)\s+"
        r"(?:further|farther)\s+(?:away|from)\b",
        "No",
        0.75,
        "consequence",
        True,
    ),
    # aimed well: "If that is what you are aiming for then you are aiming at the right thing"
    (
        r"(?#anchors: aiming aimed aims aim)\b(?:aiming|aimed|aims|aim)\s+(?:it\s+)?at\s+the\s+right\s+(?:thing|things|target|targets|"
        r"problem|people)\b",
        "Yes",
        0.75,
        "idiom",
        True,
    ),
    # a list drawn up for something else: "shows the list was not written with this problem in mind"
    (
        r"(?#anchors: written drawn designed framed compiled built)\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:not|never)\s+"
        r"(?:written|drawn\s+up|designed|framed|compiled|built)\s+with\s+(?:[\w'-]+\s+){1,4}?in\s+mind\b",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    # a flaw found in it: "Members regarded that omission as a serious flaw in the list"
    (
        r"(?#anchors: flaw weakness defect failing)\b(?:a|the)\s+(?:serious|major|fundamental|basic|real|grave|significant|glaring)\s+"
        r"(?:flaw|weakness|defect|failing)\s+(?:in|of)\s+(?:the|this|that|it)\b",
        "No",
        0.7,
        "evaluation",
        True,
    ),
    # the only one that fits: "the only model of the three that fits a force whose area is a network"
    (
        r"(?#anchors: only)\bthe\s+only\s+(?:one|option|model|route|approach)\s+(?:of\s+the\s+(?:three|options|routes)\s+)?(?:that|which)\s+"
        r"(?:fits|works|would\s+work|suits|would\s+suit|makes\s+sense|answers)\b",
        "Yes",
        0.8,
        "evaluation",
        True,
    ),
    # much in it to like (often a concession before a "but"): "There is much in the voluntary option that I admire"
    (
        r"(?#anchors: much lot deal)\b(?:much|a\s+lot|a\s+great\s+deal|a\s+good\s+deal)\s+(?:in|about)\s+[^.;]{3,60}?\s(?:that\s+|which\s+)?"
        # (or recognise and share, round 33: "There is much in the vision we recognise and share, but it falls short";
        # not a wish: "much in Option One that we would like to see changed")
        r"(?:we|i)\s+(?:\w+\s+)?(?:admire|like|welcome|value|respect|agree\s+with|endorse|support|recognise|recognize|share)\b"
        r"(?!\s+to\b)",
        "Yes",
        0.6,
        "evaluation",
        False,
    ),
    # left to chance: "as the sole answer it would leave the outcome to the enthusiasm of individuals"
    (
        r"(?#anchors: leave leaves leaving left)\b(?:leave|leaves|leaving|left)\s+(?:the\s+outcome|outcomes|it|things|everything|delivery|"
        r"the\s+work|prevention|young\s+people|children|the\s+response)\s+to\s+(?:the\s+)?(?:enthusiasm|goodwill|good\s+will|whim|whims|"
        r"chance|luck|energy|personal\s+commitment)\b",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # round 30, wave 20. Both ways at once: "Our view of the voluntary option therefore cuts both ways"; "Members see
    # something of value in the voluntary option and something missing from it"; "right in its method but too narrow in
    # its object"
    # round 35: the arguments cutting both ways, no side taken (Unclear, as "arguments both for and against" below): "The
    # arguments cut both ways for a service that straddles three CSP areas"; the respondent's view cutting both ways is Mixed
    (
        r"(?#anchors: arguments argument considerations)\b(?:arguments?|considerations)\s+(?:here\s+|on\s+(?:this|it)\s+)?(?:really\s+|genuinely\s+)?"
        r"(?:cut|cuts)\s+both\s+ways\b",
        "Unclear",
        0.85,
        "unclear",
        False,
    ),
    (
        r"(?#anchors: cuts cut value good worth something)\bcuts?\s+both\s+ways\b"
        r"|\bsomething\s+(?:of\s+value|of\s+worth|good|worthwhile|to\s+like|to\s+admire)\s+[^.;]{0,60}?\band\s+something\s+"
        r"(?:missing|lacking|wanting|absent|wrong|to\s+regret)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # right in one part named ("the vision as right in its method", before "but too narrow in its object")
    (
        r"(?#anchors: right)\bright\s+in\s+(?:its|their)\s+(?:method|methods|approach|aims?|intent|intentions|diagnosis|direction|ambition|"
        r"principles?|analysis|emphasis|focus|starting\s+point|instincts?)\b",
        "Yes",
        0.65,
        "evaluation",
        True,
    ),
    # pointed the right way: "The vision points the right way on prevention"
    (
        r"(?#anchors: points point pointing pointed)\b(?:points|point|pointing|pointed)\s+(?:in\s+)?the\s+right\s+(?:way|direction)\b",
        "Yes",
        0.7,
        "idiom",
        True,
    ),
    # a view withheld by decision: "the board agreed not to express a view on this question"
    (
        r"(?#anchors: agreed decided resolved chose elected)\b(?:agreed|decided|resolved|chose|elected)\s+not\s+to\s+(?:express|offer|give|"
        r"take|state|form|put\s+forward)\s+(?:a|any)\s+(?:single\s+|collective\s+|formal\s+)?(?:view|position|preference|stance)\b",
        "Unclear",
        0.85,
        "unclear",
        False,
    ),
    # a blind spot: "We welcome much of the vision, but it has a blind spot"
    (
        r"(?#anchors: spot spots)\b(?:has|have|had|with)\s+(?:a|one|its|two|several|some|an?\s+(?:real|serious|significant|major|obvious))\s+"
        r"blind\s+spots?\b",
        "No",
        0.7,
        "evaluation",
        True,
    ),
    # reason enough: "That change alone would justify legislating"
    (
        r"(?#anchors: justify justifies warrant warrants)\b(?:(?:would|will|could|should|does|do)\s+(?:alone\s+|by\s+itself\s+|on\s+its\s+own\s+)?"
        r"(?:justify|warrant)|justifies|warrants)\s+(?:legislating|legislation|a\s+(?:new\s+)?(?:statutory\s+)?duty|the\s+(?:new\s+)?duty)\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    # changes nothing: "having regard to something costs nothing and changes nothing"
    (
        r"(?#anchors: changes change changing)\b(?:changes|would\s+change|will\s+change|would\s+have\s+changed)\s+(?:almost\s+|next\s+to\s+|"
        r"precisely\s+|absolutely\s+)?nothing\b"
        r"|\bwithout\s+changing\s+(?:very\s+much|much|anything|a\s+great\s+deal|a\s+lot)\b",
        "No",
        0.7,
        "consequence",
        False,
    ),
    # time taken away from the work: "We can see it taking time away from casework"
    (
        r"(?#anchors: take takes taking took time)\b(?:take|takes|taking|took)\s+(?:time|staff|people|resources|money|attention)\s+"
        r"away\s+from\s+(?:casework|the\s+front\s+line|frontline|front-line|teaching|patients|the\s+work|direct\s+work|delivery|"
        r"(?:our|their|the)\s+(?:existing\s+)?(?:priorities|casework|work|services))\b",
        "No",
        0.65,
        "consequence",
        True,
    ),
    # a shoulder to it: "is one our congregations recognise and would gladly put their shoulder to"
    (
        r"(?#anchors: shoulder shoulders)\bput\s+(?:our|their|my|its|his|her|your)\s+(?:collective\s+)?shoulders?\s+to\b",
        "Yes",
        0.8,
        "idiom",
        True,
    ),
    # more of today: "Relying on voluntary arrangements would simply continue the present position"
    (
        r"(?#anchors: continue continues prolong prolongs preserve preserves perpetuate perpetuates)\b(?:continue|continues|prolong|prolongs|"
        r"preserve|preserves|perpetuate|perpetuates)\s+(?:the\s+)?(?:present|current|existing)\s+(?:position|situation|state\s+of\s+affairs|"
        r"arrangements|picture)\b",
        "No",
        0.65,
        "consequence",
        True,
    ),
    # round 30, wave 21. Effort into the machinery: "The effort would go into the machinery rather than the outcome"
    (
        r"(?#anchors: machinery process paperwork structure structures meetings bureaucracy plan plans)\b(?:go|goes|going|went)\s+into\s+"
        r"(?:the\s+)?(?:machinery|process|paperwork|structures?|meetings|bureaucracy|plans?)\s+rather\s+than\b",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # a document, not a result: "would add a document, not a result"
    (
        r"(?#anchors: document documents plan plans strategy strategies report reports paper)\b(?:a|another|one\s+more)\s+"
        r"(?:document|plan|strategy|report|paper)\s*,\s*not\s+(?:a\s+)?(?:result|outcome|difference|change)\b",
        "No",
        0.75,
        "consequence",
        False,
    ),
    # no collective answer: "the Network therefore offers no collective answer to this question"
    (
        r"(?#anchors: answer view position response)\b(?:offers?|gives?|has|have|provides?|reached)\s+no\s+(?:collective|single|agreed|"
        r"common|settled|joint|firm|unified)\s+(?:answer|view|position|response)\b",
        "Unclear",
        0.85,
        "unclear",
        False,
    ),
    # members who could not agree among themselves: "Our members did not agree about the non-legislative option"
    (
        r"(?#anchors: agree)\b(?:did|could|can)\s*(?:not|n't)\s+agree\s+(?:among\s+(?:ourselves|themselves)\s+)?(?:about|on|over)\b",
        "Unclear",
        0.85,
        "unclear",
        False,
    ),
    # a list that does not fit: "the Schedule 6 list, designed for Prevent, does not map onto the agencies that matter"
    (
        r"(?#anchors: map maps)\b(?:does|do|did)\s*(?:not|n't)\s+map\s+(?:well\s+|neatly\s+|easily\s+)?(?:onto|on\s+to)\b",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    # in keeping with the way things work: "Members consider this the approach most in keeping with how Wales already works"
    (
        r"(?#anchors: keeping)\b(?:most|more|very\s+much|entirely|wholly|fully)\s+in\s+keeping\s+with\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    # best placed to do it: "a duty placed on each specified organisation is the one best placed to produce consistency"
    (
        r"(?#anchors: placed)\bthe\s+(?:one|option|route|approach|model)\s+(?:best|better)\s+placed\s+to\b",
        "Yes",
        0.8,
        "evaluation",
        True,
    ),
    # the opposite of what is needed: "11 strategies and 11 information sharing agreements, which is the opposite of what we need"
    (
        r"(?#anchors: opposite)\bthe\s+(?:very\s+|exact\s+)?opposite\s+of\s+what\s+(?:we|i|is|they|you|the\s+\w+|young\s+people)\s+"
        # (with a modal, round 32: "That is the opposite of what we would want to see.")
        r"(?:(?:would|will|do|did)\s+)?(?:need|needs|needed|want|wants|is\s+needed|are\s+asking\s+for|hoped\s+for|asked\s+for)\b",
        "No",
        0.75,
        "evaluation",
        False,
    ),
    # using what works: "would make use of arrangements that are already working"
    (
        r"(?#anchors: use)\bmake\s+(?:good\s+|full\s+|better\s+)?use\s+of\s+(?:the\s+)?(?:arrangements|structures|partnerships|what)\s+"
        r"(?:that\s+|which\s+|we\s+)?(?:are\s+|is\s+|have\s+)?already\s+(?:working|work|in\s+place|exists?|there)\b",
        "Yes",
        0.7,
        "consequence",
        True,
    ),
    # appealing in part: "Option Three appeals to us in part"
    (
        r"(?#anchors: appeals appeal appealed)\b(?:appeals|appeal|appealed)\s+to\s+(?:us|me|our\s+\w+)\s+(?:only\s+)?in\s+part\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # the statute book: "A duty of this design should not be placed on the statute book"
    (
        r"(?#anchors: book)\bbe\s+(?:placed|put)\s+on\s+the\s+statute\s+book\b",
        "Yes",
        0.7,
        "preference",
        True,
    ),
    # the right players in: "The list gets most of the big players in"
    (
        r"(?#anchors: players bodies people agencies organisations)(?<!\bto\s)\bgets?\s+(?:most\s+of\s+|all\s+of\s+)?the\s+(?:big|right|key|main|important)\s+(?:players|bodies|people|agencies|"
        r"organisations)\s+in\b",
        "Yes",
        0.65,
        "evaluation",
        True,
    ),
    # gaps left: "a list written for the Prevent duty leaves gaps that matter here" (not "leaves the gaps in place")
    (
        r"(?#anchors: gaps)\bleaves?\s+(?:(?:some|real|serious|important|significant|obvious|big|clear|obvious)\s+)?gaps\b(?!\s+in\s+place)",
        "No",
        0.65,
        "evaluation",
        True,
    ),
    # change expected: "We doubt that the preferred option would change very much for our learners"
    (
        r"(?#anchors: change)\b(?:would|will|could)\s+change\s+(?:very\s+much|a\s+great\s+deal|a\s+lot|things\s+for\s+the\s+better)\b",
        "Yes",
        0.55,
        "consequence",
        True,
    ),
    # its own practice recognised: "We recognise our own practice in the vision"
    (
        r"(?#anchors: recognise recognize)\b(?:recognise|recognize)\s+(?:our|my|its|their)\s+own\s+(?:practice|work|approach|experience)\s+in\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # kept as it is: "and would not change its focus"
    (
        r"(?#anchors: change)\b(?:would|will)\s*(?:not|n't)\s+change\s+(?:its|the|their)\s+(?:focus|emphasis|direction|aims?|wording|"
        r"approach|priorities)\b",
        "Yes",
        0.7,
        "preference",
        False,
    ),
    # nobody missing: "we see no one missing from the list whose absence would undermine the vision"
    (
        r"(?#anchors: missing)\b(?:see|find)\s+no\s+(?:one|body|bodies|organisation|agency|agencies)\s+missing\s+from\b",
        "Yes",
        0.8,
        "evaluation",
        False,
    ),
    # the sensible course: "For now, the sensible course is to let the voluntary arrangements run"
    (
        r"(?#anchors: course)\bthe\s+(?:sensible|right|wise|best|prudent)\s+course\s+(?:is|would\s+be)\s+to\s+(?:let|leave|keep|allow|give)\b",
        "Yes",
        0.75,
        "preference",
        True,
    ),
    # pulled further in: "would pull them further into an enforcement role"
    (
        r"(?#anchors: pull pulls draw draws drag drags push pushes)\b(?:pull|pulls|draw|draws|drag|drags|push|pushes)\s+(?:them|children|"
        r"young\s+people|schools|teachers|staff|us|practitioners)\s+(?:further|deeper)\s+into\b",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # round 30, wave 22. An impossible position: "Option Two would place the Force in an impossible position"
    (
        r"(?#anchors: position)\b(?:place|places|put|puts|leave|leaves)\s+(?:[\w']+\s+){1,3}?in\s+an?\s+(?:impossible|untenable|invidious|"
        r"very\s+difficult|awkward)\s+position\b",
        "No",
        0.75,
        "consequence",
        True,
    ),
    # merit in one part, difficulty in the other: "We see merit in one half of Option One and difficulty in the other"
    (
        r"(?#anchors: merit value sense)(?:\b(?:we|i|members|they)\s+(?:\w+\s+)?(?:see|find|saw|found)\s+(?:some\s+)?)?\b(?:merit|value|sense)\s+in\s+"
        r"(?:one|part|some|half)\b[^.;]{0,60}?\band\s+(?:difficulty|difficulties|"
        r"problems?|concerns?|none|little|danger|risk)\s+in\s+(?:the\s+other|another|the\s+rest)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # partly one way and partly the other: "We are therefore partly drawn to the third option and partly wary of it"; with
    # the respondent on half of it: "So I'm with you on half of it"
    (
        r"(?#anchors: partly half part some)\bpartly\s+(?:drawn|attracted|persuaded|in\s+favour|for|convinced)\b[^.;]{0,60}?\band\s+partly\s+"
        r"(?:wary|against|opposed|unpersuaded|sceptical|skeptical|doubtful|unconvinced|not)\b"
        r"|\b(?:with\s+(?:you|it|them)|agree(?:\s+with\s+(?:you|it))?)\s+on\s+(?:half|part|some)\s+of\s+it\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # a good case: "there is a good case for adding secondary schools" (negated: "no good case for")
    (
        r"(?#anchors: case)\b(?:a|the)\s+(?:good|strong|clear|compelling|powerful|real)\s+case\s+for\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    # (round 52) a case seen, the respondent's own, a concession as often as not: "We can see the case for the preferred option
    # in England; we cannot commend it in its current form for Wales" (weak, for what follows it to weigh); "we cannot see the
    # case for it" negated
    (
        r"(?#anchors: case)\b(?:can|could|do|does|did)\s+(?:(?:well|certainly|readily|also|just|still)\s+)?see\s+(?:the|a)\s+case\s+for\b",
        "Yes",
        0.55,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: case)\b(?:cannot|can't|can\s+not|could\s+not|couldn't|do\s+not|don't|does\s+not|doesn't|did\s+not|didn't|fail\s+to|"
        r"struggle\s+to)\s+see\s+(?:the|a|any)\s+case\s+for\b",
        "No",
        0.75,
        "evaluation",
        False,
    ),
    # holding it together: "goodwill alone will not hold a partnership together"
    (
        r"(?#anchors: together)\b(?:hold|holds|keep|keeps)\s+(?:a|the|this|that|any|our|local)?\s*(?:partnership|partnerships|it|them|things|"
        r"people|agencies)\s+together\b",
        "Yes",
        0.6,
        "consequence",
        True,
    ),
    # building on what works: "Giving them an explicit remit in law would build on machinery that works"
    (
        r"(?#anchors: build builds building)\b(?:build|builds|building)\s+on\s+(?:the\s+)?(?:machinery|structures|arrangements|partnerships|what)\s+"
        r"(?:that\s+|which\s+)?(?:already\s+)?(?:works?|exists?|is\s+working|are\s+working)\b",
        "Yes",
        0.7,
        "consequence",
        True,
    ),
    # no merit seen: "We see no more merit in rewriting the Community Safety Partnership legislation"
    (
        r"(?#anchors: merit)\bsee\s+(?:no|little)\s+(?:more\s+|further\s+|real\s+|great\s+|particular\s+)?merit\s+in\b",
        "No",
        0.8,
        "evaluation",
        False,
    ),
    # the right things described: "The vision. It describes the right things"
    (
        r"(?#anchors: describes identifies names covers)\b(?:describes|identifies|names|covers)\s+(?:all\s+)?the\s+right\s+(?:things|priorities|"
        r"issues|problems|aims)\b",
        "Yes",
        0.75,
        "evaluation",
        True,
    ),
    # part of the way: "It would take us part of the way, and no further"
    (
        r"(?#anchors: part)\b(?:take|takes|get|gets|go|goes)\s+(?:us\s+|you\s+)?part\s+of\s+the\s+way\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # silent on it: "the vision is silent on exclusion", "It is, however, silent on the transport authorities"
    (
        # (not in a relative clause: "a vision that is silent about X is, to our mind, incomplete" is judged by its predicate)
        r"(?#anchors: silent)(?<!\bthat\s)(?<!\bwhich\s)\b(?:is|are|remains?|was)\s+(?:largely\s+|almost\s+|entirely\s+|wholly\s+|conspicuously\s+)?silent\s+(?:on|about)\b",
        "No",
        0.65,
        "evaluation",
        False,  # ("cannot agree with a vision that is silent on ...": the negation is the verb's)
    ),
    # little appetite: "There was little appetite in the room for leaving this to local discretion"
    (
        r"(?#anchors: appetite)\b(?:little|no)\s+(?:real\s+)?appetite\s+(?:in\s+[^.;]{1,20}?\s+)?for\b",
        "No",
        0.8,
        "preference",
        False,
    ),
    # reassured by it: "covers most of the bodies I deal with, which is reassuring"
    (
        r"(?#anchors: reassuring)\b(?:which|that|this|it)\s+is\s+(?:very\s+|most\s+|quite\s+)?reassuring\b",
        "Yes",
        0.6,
        "evaluation",
        True,
    ),
    # barely mentioned: "the vision as drafted barely mentions the places where much of this violence is encountered"
    (
        r"(?#anchors: barely scarcely hardly)\b(?:barely|scarcely|hardly)\s+(?:mentions?|touches\s+on|acknowledges?|considers?|recognises?|"
        r"recognizes?)\b",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    # round 30, wave 23. Enacted: "The duty set out in Option One should be enacted" (negated: "should not be enacted")
    (r"(?#anchors: enacted)\bshould\s+be\s+enacted\b", "Yes", 0.75, "preference", True),
    (r"(?#anchors: enacted)\bshould\s*(?:not|n't|never)\s+be\s+enacted\b", "No", 0.75, "preference", False),
    # as if written by the respondent: "The vision is one we could have written ourselves"
    (
        r"(?#anchors: written)\b(?:could|might)\s+have\s+written\s+(?:it\s+)?(?:ourselves|myself)\b",
        "Yes",
        0.8,
        "idiom",
        True,
    ),
    # missing from the list (turned round by a negative subject: "Nobody in our group could think of an organisation
    # that is missing from it")
    (
        r"(?#anchors: missing)\b(?:is|are)\s+missing\s+from\s+(?:it|the\s+list|the\s+schedule|schedule\s+6)\b",
        "No",
        0.6,
        "evaluation",
        True,
    ),
    # good for some things and not others: "The option where it is voluntary is good for some things and not for others"
    (
        r"(?#anchors: some)\b(?:good|right|fine|useful|suited)\s+(?:for|to)\s+some\s+(?:things|areas|places|purposes|organisations)\s*,?\s+"
        r"(?:and|but)\s+not\s+(?:for\s+|to\s+)?(?:others|other\s+\w+)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # further than a statute: "Backing voluntary partnership would get you further than any statute"
    (
        r"(?#anchors: further)\b(?:get|gets|take|takes)\s+(?:you|us|them|people)\s+(?:a\s+lot\s+|much\s+|far\s+)?further\s+than\b",
        "Yes",
        0.7,
        "consequence",
        True,
    ),
    # lasting only until the first squeeze: "Left voluntary, this will last until the next round of cuts and no longer"
    (
        r"(?#anchors: last lasts)\b(?:last|lasts)\s+(?:only\s+)?until\s+the\s+(?:next|first)\s+(?:round\s+of\s+cuts|budget|spending\s+round|"
        r"reorganisation|change\s+of\s+\w+|squeeze)\b",
        "No",
        0.7,
        "consequence",
        False,
    ),
    # nothing to add or take away: "We have nothing to add to it and nothing we would take away"; "There is little in it
    # that we would want to change"
    (
        r"(?#anchors: nothing little)\bnothing\s+(?:to\s+add|we\s+would\s+add)\b[^.;]{0,20}?\band\s+nothing\s+(?:we\s+would\s+|to\s+)?"
        r"(?:take\s+away|remove|change)\b"
        r"|\b(?:little|nothing)\s+in\s+it\s+(?:that\s+)?(?:we|i)\s+would\s+(?:want\s+to\s+|wish\s+to\s+)?(?:change|alter|take\s+out|remove)\b",
        "Yes",
        0.8,
        "evaluation",
        False,
    ),
    # the problem left where it is: "Option Three would leave the variation the paper describes exactly where it is"
    (
        r"(?#anchors: leave leaves leaving)\b(?:leave|leaves|leaving)\s+(?:the|that|this)\s+(?:variation|unevenness|gaps?|patchwork|problem|"
        r"inconsistency|postcode\s+lottery)\s+(?:[\w'-]+\s+){0,5}?(?:exactly\s+|just\s+|much\s+|more\s+or\s+less\s+)?where\s+(?:it\s+is|they\s+are)\b",
        "No",
        0.75,
        "consequence",
        True,
    ),
    # round 31: the objection already made carried to another target: "We see the same difficulty with Option Two", "the
    # same concerns apply to the partnership route"
    (
        r"(?#anchors: same)\bthe\s+same\s+(?:basic\s+|fundamental\s+|underlying\s+|practical\s+)?(?:difficult(?:y|ies)|problems?|"
        r"concerns?|objections?|reservations?|weakness(?:es)?|flaws?|criticisms?|worr(?:y|ies)|doubts?|objection|risks?)\s+"
        r"(?:(?:with|about|over|of)\b|(?:applies|apply|arises|arise|hold|holds)\b)",
        "No",
        0.7,
        "evaluation",
        True,
    ),
    # no place for it: "A childminder ... has no business being named in a law about county lines"
    (
        r"(?#anchors: business)\b(?:has|have|had)\s+no\s+business\s+(?:being|on|in|under|carrying|taking)\b",
        "No",
        0.75,
        "evaluation",
        False,
    ),
    # lasting in practice: "The Board could not see a voluntary model holding up" (not "holding up progress")
    (
        r"(?#anchors: hold holds holding held)\b(?:hold|holds|holding|held)\s+up(?=\s*(?:[.,;:)]|$|\s+(?:under|in\s+practice|well|for\s+long|"
        r"over\s+time|once|when|against|at\s+all)\b))",
        "Yes",
        0.55,
        "consequence",
        True,
    ),
    # where the respondent would spend effort: "It isn't where we'd put the effort", "this is where we would put the money"
    (
        # (or its members, trustees or board, and their hopes, round 47: "This is where our trustees would put their money",
        # "The partnership route is where most members would place their hopes")
        r"(?#anchors: where)\bwhere\s+(?:we|i|(?:most\s+(?:of\s+)?)?(?:our\s+)?(?:members|trustees|governors|directors|partners)|"
        r"(?:our|the)\s+(?:board|committee|trustees|members|governors|council|executive))(?:['’]d|\s+would|\s+should)\s+"
        r"(?:(?:rather|prefer\s+to)\s+)?(?:put|spend|invest|focus|direct|place|pin)\s+(?:the|our|my|any|scarce|their|its)?\s*"
        r"(?:effort|money|resources|energy|time|weight|attention|hopes?|faith|trust)\b",
        "Yes",
        0.65,
        "preference",
        True,
    ),
    # a list with everyone expected on it (Q10): "It covers everybody I would expect", "includes all the bodies we would
    # expect to see"
    (
        r"(?#anchors: covers cover includes include names captures capture)\b(?:covers?|includes?|names|captures?)\s+(?:every(?:body|one)|"
        r"all\s+(?:the\s+)?(?:bodies|organisations|organizations|agencies|partners|services|authorities|people))\s+(?:that\s+)?(?:we|i)"
        r"(?:['’]d|\s+would)\s+expect\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    # a body that should not be on the list (Q10): "Schools should not be on it"
    (
        r"(?#anchors: should ought must)\b(?:should|ought|must)(?:n't|\s+not)\s+(?:to\s+)?(?:be|appear|sit|feature)\s+(?:on|in)\s+"
        r"(?:it|the\s+list|that\s+list|this\s+list|the\s+schedule|schedule\s+6)\b",
        "No",
        0.65,
        "evaluation",
        False,
    ),
    # where the gain lies: "This is where we think the real gain lies", "that is where the greatest value lies"
    (
        r"(?#anchors: where)\bwhere\s+(?:(?:we|i)\s+(?:think|believe|feel|would\s+say)\s+)?the\s+(?:real\s+|greatest\s+|biggest\s+|main\s+|"
        r"most\s+|best\s+)?(?:gain|gains|benefit|benefits|value|promise|hope|answer|future|strength|potential)\s+(?:lies|lie|is\s+to\s+be\s+found)\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    # half done: "a vision with no defined place for community organisations is only half drawn"
    (
        r"(?#anchors: half)\bonly\s+half\s+(?:drawn|done|finished|complete|written|thought\s+through|formed|baked)\b",
        "No",
        0.6,
        "evaluation",
        False,
    ),
    # good in principle, wanting in practice: "the option is attractive in principle and thin in practice"
    (
        r"(?#anchors: principle)\b[\w-]+\s+in\s+principle\s*,?\s+(?:and|but|yet)\s+(?:(?!not\b)[\w-]+\s+){1,2}?in\s+practice\b",
        "Mixed",
        0.8,
        "mixed",
        False,
    ),
    # tried already, as the sentence's last word on it: "Relying on voluntary working together has been tried." (not "tried
    # and tested", not "tried in Scotland and it worked")
    (
        r"(?#anchors: tried)\b(?:has|have)\s+(?:already\s+|all\s+)?been\s+tried(?:\s+(?:before|already|many\s+times|for\s+years|for\s+decades|"
        r"and\s+(?:found\s+wanting|failed)))?(?=\s*(?:[.;!]|$))",
        "No",
        0.6,
        "consequence",
        False,
    ),
    # the problem handed on: "mean passing the problem to a meeting that nobody from the wards has ever been invited to"
    (
        r"(?#anchors: passing pass passes passed)\b(?:passing|pass|passes|passed)\s+(?:the\s+)?(?:problem|buck)\s+(?:on\s+)?to\b",
        "No",
        0.6,
        "consequence",
        True,
    ),
    # a fit for the problem: "The list does not fit this problem", "fits the task well"
    (
        r"(?#anchors: fit fits suit suits)\b(?:fit|fits|suit|suits)\s+(?:this|the)\s+(?:problem|task|purpose|job)\b",
        "Yes",
        0.65,
        "evaluation",
        True,
    ),
    # what would make the difference, as a cleft: "What would make the real difference is the third option, properly
    # resourced"; denied: "What would make the biggest difference is not a new duty but multi-year funding"
    (_WHAT_MAKES_THE_DIFFERENCE + r"\b(?!\s+not\b)", "Yes", 0.75, "evaluation", True),
    (_WHAT_MAKES_THE_DIFFERENCE + r"\s+not\b", "No", 0.75, "evaluation", False),
    # people pushed away: "We fear such a duty would push families away from the very services that could help them"
    (
        r"(?#anchors: push pushes pushing drive drives driving)\b(?:push|pushes|pushing|drive|drives|driving)\s+(?:(?:young\s+)?people|families|"
        r"children|parents|pupils|communities|victims|them|those\s+\w+)\s+(?:further\s+)?away\b",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # a respondent made uneasy: "the vision leans very heavily on data sharing, and that makes us uneasy"
    (
        r"(?#anchors: makes make made)\b(?:makes|make|made)\s+(?:us|me|our\s+members|members)\s+(?:\w+\s+)?(?:uneasy|uncomfortable|nervous|anxious|"
        r"wary|worried|concerned)\b",
        "No",
        0.65,
        "evaluation",
        True,
    ),
    # at the mercy of what may come: "would put our place in the partnership at the mercy of the next spending round"
    (r"(?#anchors: mercy)\bat\s+the\s+mercy\s+of\b", "No", 0.65, "consequence", True),
    # spread too thin: "would spread responsibility so thinly that nobody locally would own it"
    (
        r"(?#anchors: spread spreads spreading)\b(?:spread|spreads|spreading)\s+(?:[\w'’-]+\s+){0,2}?(?:so\s+|too\s+|very\s+)?thin(?:ly)?\b",
        "No",
        0.65,
        "consequence",
        True,
    ),
    # a fair run asked for: "urge ministers to give the non-legislative route a fair run"
    (
        r"(?#anchors: give giving given)\b(?:give|giving|given)\s+(?:it|them|this|that|the\s+[\w-]+(?:\s+[\w-]+)?)\s+a\s+(?:fair|proper|real|"
        r"decent|genuine|full)\s+(?:run|chance|go|try|trial|hearing)\b",
        "Yes",
        0.7,
        "request",
        True,
    ),
    # a weakness made permanent: "would hard-wire that unevenness into law"
    (
        r"(?#anchors: hard wire wires wiring)\bhard[- ]?(?:wire|wires|wiring|wired)\s+(?:that|the|this|existing|present|today's)\s+(?:[\w-]+\s+)?"
        r"(?:unevenness|inconsistency|inconsistencies|variation|postcode\s+lottery|weakness(?:es)?|problems?|gaps?|fragmentation)\b",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # the problem misread: "The vision, in short, misdiagnoses the problem"
    (
        r"(?#anchors: misdiagnoses misdiagnose misdiagnosed misreads misread)\b(?:misdiagnoses|misdiagnose|misdiagnosed)\b"
        r"|\b(?:misreads|misread)\s+(?:the\s+problem|where|what|the\s+causes?)\b",
        "No",
        0.75,
        "evaluation",
        True,
    ),
    # not for the respondent, as a verdict: "Putting the duty through the Community Safety Partnership: not for us."
    (r"(?#anchors: for)\bnot\s+for\s+(?:us|me)(?=\s*(?:[.!;]|$))", "No", 0.7, "verdict", False),
    # at ease with it: "The vision sits comfortably with how our partners already think"
    (
        r"(?#anchors: comfortably)\b(?:sits?|sitting|fits?|fitting)\s+(?:very\s+|quite\s+|entirely\s+)?comfortably\s+(?:with|alongside)\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    # the best fit: "a duty placed on each specified body fits a county like ours best", "is the one that fits a community like ours"
    (
        r"(?#anchors: fits fit one)\bfits\s+(?:[\w'’-]+\s+){0,4}?best\b|\bthe\s+one\s+that\s+(?:best\s+)?fits\b",
        "Yes",
        0.7,
        "evaluation",
        True,
    ),
    # reading well: "From where we sit, the vision reads well"
    # (not "on paper": "The proposals read well on paper. Our worry is ...")
    (
        r"(?#anchors: reads read)\b(?:reads|read)\s+(?:very\s+|quite\s+|perfectly\s+)?well\b(?!\s+(?:enough\s+)?on\s+paper\b)"
        # (nor in a press release, round 47: "the kind of measure that reads well in a press release and then sits in a drawer")
        r"(?!\s+in\s+(?:a\s+|the\s+)?(?:press\s+release|speech|headline|manifesto|strategy\s+document)s?\b)",
        "Yes",
        0.65,
        "evaluation",
        True,
    ),
    # working against the aim (round 32): "this option would work against the vision rather than towards it"
    (
        r"(?#anchors: against)\b(?:would|will|could|might|can|may)\s+(?:only\s+|actively\s+|simply\s+|in\s+practice\s+)?work\s+"
        r"against\b",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # a problem left as it is (round 33): "a purely voluntary footing would leave the present unevenness between areas
    # untouched", "leaves the gaps unaddressed" (what is left untouched must be a problem: "would leave the good work of
    # the partnerships untouched" is no objection)
    (
        r"(?#anchors: unaddressed unresolved unsolved unanswered unchecked unremedied untouched unchanged)"
        r"\b(?:leave|leaves|leaving)\s+(?:[\w'’-]+\s+){1,8}?(?:unaddressed|unresolved|unsolved|unanswered|unchecked|unremedied)\b"
        r"|\b(?:leave|leaves|leaving)\s+(?:the|these|those|this|that|its|our|their|today's|the\s+present|the\s+current|the\s+existing)\s+"
        r"(?:[\w'’-]+\s+){0,3}?(?:problems?|gaps?|unevenness|inconsistenc(?:y|ies)|variations?|weakness(?:es)?|failings?|"
        r"inequalit(?:y|ies)|disparit(?:y|ies)|postcode\s+lottery|patchwork|status\s+quo|shortfalls?|fragmentation)\s+"
        r"(?:[\w'’-]+\s+){0,4}?(?:untouched|unchanged)\b",
        "No",
        0.8,
        "consequence",
        True,
    ),
    # round 33 (wave 36). Backing given: "For those reasons the Forum would give Option One its backing"
    (
        r"(?#anchors: backing blessing endorsement support)\b(?:give|gives|given|giving|lend|lends|lent)\s+(?:[\w'’-]+\s+){1,4}?"
        # (not support said to be partial: "We give Option One our qualified support" is Mixed, read by the entry for it)
        r"(?:its|our|my|their)\s+(?!(?:qualified|partial|lukewarm|half[- ]hearted|conditional|cautious|limited)\b)"
        r"(?:(?:full|firm|unreserved|wholehearted|strong|broad)\s+)?"
        r"(?:backing|blessing|endorsement|support)\b",
        "Yes",
        0.8,
        "verdict",
        True,
    ),
    # ... the heart of the matter reached: "The vision gets to the heart of the matter"
    (
        r"(?#anchors: heart)\b(?:gets?|got|getting)\s+(?:right\s+)?to\s+the\s+heart\s+of\s+(?:the\s+matter|it|the\s+problem|the\s+issue|things)\b",
        "Yes",
        0.8,
        "evaluation",
        True,
    ),
    # ... and the wrong way round: "the vision as written starts at the wrong end", "the vision has got it backwards"
    (
        r"(?#anchors: end backwards backward round)\b(?:starts?|begins?|starting|beginning|started|began)\s+(?:from\s+|at\s+)the\s+"
        r"wrong\s+end\b|\b(?:got|gets|get|has|have|had)\s+(?:it|things|this|that)\s+(?:all\s+|completely\s+)?backwards?\b"
        r"|\bthe\s+wrong\s+way\s+round\b",
        "No",
        0.8,
        "evaluation",
        True,
    ),
    # round 33 (wave 37). Kept as it is: "The vision it sets out is one I would not want to alter" (what is not wanted
    # changed is endorsed)
    (
        r"(?#anchors: alter change amend modify tamper rewrite)\b(?:would|will|do|does)\s*(?:not|n't)\s+(?:want|wish)\s+to\s+"
        r"(?:alter|change|amend|modify|tamper\s+with|rewrite)\b(?!\s+(?:[\w'’-]+\s+){0,3}?(?:except|but|other\s+than|beyond)\b)",
        "Yes",
        0.8,
        "evaluation",
        False,
    ),
    # ... the least workable of them: "the least workable of the options", "the least promising route"
    (
        r"(?#anchors: least)\bthe\s+least\s+(?:workable|practical|practicable|effective|promising|attractive|suitable|appropriate|"
        r"helpful|useful|persuasive|realistic|deliverable|convincing|sensible)\b",
        "No",
        0.8,
        "evaluation",
        False,
    ),
    # ... something to welcome and something to fear: "We see something to welcome in Option Two and something to fear"
    (
        r"(?#anchors: something much lot most)\bsomething\s+to\s+(?:welcome|like|admire|commend|praise|value)\b[^.;]{0,60}?\band\s+"
        r"(?:something|much|plenty|a\s+lot|rather\s+more)\s+to\s+(?:fear|regret|worry\s+about|oppose|dislike|criticise|criticize|"
        r"question|resist)\b"
        # (or liked and not: "there is something in it we like and something we do not", round 41)
        r"|\bsomething\s+(?:in\s+[^,;.]{1,30}?\s+)?(?:that\s+)?(?:we|i)\s+(?:\w+\s+)?(?:like|welcome|admire|value|support)\b"
        r"[^.;]{0,40}?\b(?:and|but)\s+(?:also\s+)?something\s+(?:that\s+)?(?:we|i)\s+(?:do\s+not|don't|cannot|can't|could\s+not|"
        r"would\s+not|dislike|fear|regret|oppose)\b"
        # ("There is much in the vision we would sign up to, and one strand we would not")
        r"|\b(?:much|a\s+lot|most)\s+(?:in|of)\s+[^,;.]{1,30}?\s+(?:that\s+)?(?:we|i)\s+(?:would|could|can|do)\s+(?:\w+\s+){1,3}?"
        r"[^.;]{0,20}?,?\s+(?:and|but)\s+(?:one|a|some|two|an)\s+(?:\w+\s+)?(?:strand|part|thing|element|aspect|area|point|"
        r"respect|bit|piece)s?\s+(?:that\s+)?(?:we|i)\s+(?:would|could|can|do)\s*(?:not|n't)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # ... barely there: "rural exploitation barely features", "the vision barely mentions exclusions"
    (
        r"(?#anchors: barely scarcely hardly)\b(?:barely|scarcely|hardly)\s+(?:features?|figures?|mentions?|appears?|registers?|"
        r"acknowledges?|touches\s+on|considers?|recognises?|recognizes?)\b",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    # round 34: with it on one thing and against it on another: "We are with the vision on prevention and part company with
    # it on focus", "We are with the Government on the multi-agency part of the vision and against it on the accountability
    # part"
    (
        r"(?#anchors: company against disagree differ odds)\b(?:are|am|is|we're|i'm|stand|stands)\s+(?:\w+\s+)?with\s+[^.;]{1,60}?\s+on\s+[^.;]{1,60}?\s+(?:and|but)\s+"
        r"(?:(?:we|i)\s+(?:are\s+|am\s+)?)?(?:part(?:s)?\s+company\s+with|against|disagree\s+with|differ\s+from|at\s+odds\s+with)\s+"
        r"(?:it|them|him|her|the\s+[\w-]+)\s+on\b",
        "Mixed",
        0.9,
        "mixed",
        False,
    ),
    # some parts welcomed and others not: "Parts of the vision we welcome, and others worry us"
    (
        r"(?#anchors: others other rest)\b(?:parts?|some|elements?|aspects?)\s+of\s+(?:the\s+|this\s+|it\b)[^.;]{0,40}?"
        r"\b(?:we|i)\s+(?:\w+\s+)?(?:welcome|support|like|agree\s+with|accept|endorse|share)\b[^.;]{0,40}?\b(?:and|but|while|whereas)\s+"
        r"(?:the\s+)?(?:others|other\s+(?:parts?|elements?|aspects?)|rest)\b",
        "Mixed",
        0.9,
        "mixed",
        False,
    ),
    # ... or would not want a word of it changed: "We would not want a word of it changed" (kept as it is)
    (
        r"(?#anchors: changed altered amended touched)\b(?:we|i|they|the\s+[\w-]+)\s+(?:would|do|does|did|will)\s*(?:not|n't)\s+"
        # (or the vision's focus, round 49: "we would not want the vision's focus changed")
        r"want\s+(?:a\s+(?:single\s+)?word\s+of\s+|any\s+of\s+|anything\s+in\s+)?(?:it|this|that|the\s+vision|the\s+focus|its\s+focus|"
        r"the\s+vision['’]s\s+(?:focus|emphasis|direction|aims?|priorities))\s+"
        r"(?:changed|altered|amended|touched)\b",
        "Yes",
        0.85,
        "evaluation",
        False,
    ),
    # round 34, wave 41: the respondent would not change it, so keeps it: "The Board would not change the vision's emphasis on
    # prevention" (not a list or a membership, which the rules of Q10 and Q12 read; not "would not change anything")
    (
        r"(?#anchors: change alter amend)\b(?:we|i|the\s+(?:board|council|trust|committee|panel|force|service|partnership|association|"
        r"network|federation|group|commissioner|college|school|university|charity|authority|bench|forum|union|society))\s+"
        r"(?:would|will|do|does|should)\s*(?:not|n't)\s+(?:want\s+to\s+|seek\s+to\s+)?(?:change|alter|amend)\s+"
        r"(?!(?:the\s+|its\s+|this\s+|that\s+|their\s+|our\s+)(?:[\w-]+\s+)?(?:list|membership|partners|schedule|law)\b)"
        r"(?:a\s+word\s+of\s+|any\s+of\s+)?(?:the|its|this|their)\s+(?:[\w'’-]+\s+){0,2}?(?:vision|emphasis|focus|approach|aims?|ambition|"
        r"direction|proposals?|option|duty)\b",
        "Yes",
        0.8,
        "evaluation",
        False,
    ),
    # ... another list preferred: "We would prefer a bespoke schedule, drawn up by reference to the functions" (not this one)
    (
        r"(?#anchors: list schedule)\b(?:prefer|favour|want|rather\s+(?:have|see))\s+(?:to\s+see\s+)?(?:a|an|our\s+own|its\s+own)\s+"
        r"(?:[\w-]+\s+)?(?:bespoke|different|separate|tailored|fresh|purpose-built|dedicated|new|own)\s+(?:[\w-]+\s+)?(?:list|schedule)\b",
        "No",
        0.8,
        "preference",
        False,
    ),
    # ... agreed in part: "Agreed in part.", "We accept it only in part"
    (
        r"(?#anchors: part)\b(?:agree|agrees|agreed|accept|accepts|accepted|support|supports|supported)\s+(?:it\s+|this\s+)?(?:only\s+)?in\s+"
        r"part\b(?!\s+(?:because|due|owing|as\s+a\s+result|thanks|through|since)\b)",
        "Mixed",
        0.9,
        "mixed",
        False,
    ),
    # ... half of it taken up: "Half of the vision I would sign up to tomorrow"
    (
        r"(?#anchors: half)\bhalf\s+(?:of\s+)?(?:the\s+|this\s+|it\b)[^.;:]{0,40}?\b(?:we|i)\s+(?:would\s+|could\s+|can\s+)?(?:happily\s+)?"
        r"(?:sign\s+up\s+to|support|accept|agree\s+with|welcome|back|endorse)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # round 34, wave 40: a liking that shrank or grew as the respondent looked: "The more we looked, the less we liked it"
    (
        r"(?#anchors: less)\bthe\s+less\s+(?:we|i)\s+(?:liked|like|trusted|trust|wanted|want|favoured|favour|cared\s+for|thought\s+of)\b",
        "No",
        0.85,
        "evaluation",
        False,
    ),
    (
        r"(?#anchors: liked like warmed favoured)\bthe\s+more\s+(?:we|i)\s+(?:liked|like|warmed\s+to|favoured)\s+(?:it|them|this|that)\b",
        "Yes",
        0.8,
        "evaluation",
        False,
    ),
    # ... nobody against it: "Literally nobody disagreed with that", "None of us objected to the vision"
    (
        r"(?#anchors: nobody one none member)\b(?:nobody|no\s+one|no-one|none|not\s+one|no\s+member|none\s+of\s+(?:us|them|our\s+[\w-]+))\s+"
        r"(?:here\s+|present\s+|at\s+all\s+)?"
        r"(?:(?:disagreed|objected|dissented|argued|spoke\s+against)\s+(?:with|to|against)\b"
        # (or opposed it outright, round 35: "Most members would welcome a duty ..., and none opposed it")
        r"|(?:opposed|rejected|resisted)\s+(?:it|them|this|that|the\s+\w+)\b)",
        "Yes",
        0.7,
        "idiom",
        False,
    ),
    # round 34: right as a complement, wrong as a substitute: "Option Three is right as a complement and wrong as a
    # substitute", "useful as an addition to a duty but no good as a replacement for one"
    (
        r"(?#anchors: substitute replacement alternative)\b(?:right|good|useful|valuable|welcome|helpful|fine|sensible|sound|"
        r"worthwhile|acceptable|a\s+good\s+thing)\s+as\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:complement|supplement|addition|adjunct|add-on)\b"
        r"[^.;]{0,60}?\b(?:and|but)\s+(?:(?:it\s+)?is\s+|it's\s+)?(?:wrong|unhelpful|no\s+good|useless|dangerous|harmful|"
        r"unacceptable|inadequate|not\s+(?:right|acceptable|enough|sufficient|adequate|good\s+enough))\s+as\s+(?:a|an)\s+"
        r"(?:[\w-]+\s+)?(?:substitute|replacement|alternative)\b",
        "Mixed",
        0.9,
        "mixed",
        False,
    ),
    # ... or its substitute denied (round 42): "Welcome as a complement, not as a substitute.", "we support it as an addition
    # to a duty but not as a replacement for one"
    (
        r"(?#anchors: substitute replacement alternative)\b(?:yes|welcomed?|support(?:ed)?|right|good|useful|valuable|helpful|fine|"
        r"sensible|sound|worthwhile|acceptable)\s+(?:it\s+|them\s+)?as\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:complement|supplement|addition|adjunct|"
        # (or resisted as a substitute, round 47: "We would welcome it as a complement and resist it as a substitute")
        r"add-on)\b[^.;]{0,60}?(?:,|\band\b|\bbut\b)\s*(?:but\s+)?(?:not|(?:resist|oppose|reject)\s+(?:it|them))\s+as\s+(?:a|an)\s+"
        r"(?:[\w-]+\s+)?(?:substitute|replacement|"
        r"alternative)\b",
        "Mixed",
        0.9,
        "mixed",
        False,
    ),
    # ... arguments on both sides set out, no side taken: "there are arguments both for and against placing a duty on
    # a body whose influence is exercised through contracts" (the respondent pulled both ways is Mixed: "we are both for
    # and against it")
    (
        r"(?#anchors: argument arguments point points considerations case cases things)\bthere\s+(?:are|were|is|remain)\s+(?:(?:good|strong|real|serious|respectable|reasonable|"
        r"arguable|legitimate)\s+)?(?:arguments?|points?|considerations|cases?|things\s+to\s+be\s+said)\s+(?:both\s+)?"
        r"(?:for\s+and\s+against|on\s+both\s+sides|either\s+way)\b",
        "Unclear",
        0.85,
        "unclear",
        False,
    ),
    # an evaluation: "Your 'vision' is word salad"
    (
        r"(?#anchors: salad gobbledygook gobbledegook waffle)\b(?:word\s+salad|gobbledygook|gobbledegook|(?:pure|just|mere|meaningless)\s+waffle)\b",
        "No",
        0.8,
        "evaluation",
        False,
    ),
    # fitting some places: "Option Three would suit our small primaries" (weak: often a concession)
    (
        r"(?#anchors: suit)\b(?:would|will|could|might|may)\s+suit\s+(?:us|our|some|smaller|small|rural|many|most|areas|places|those|"
        r"the\s+(?:smaller|small|rural))\b",
        "Yes",
        0.55,
        "consequence",
        True,
    ),
    # round 47 (waves 121-123)
    # what it returns for the money: "It is a poor return on the public money", "poor value for money"
    (
        r"(?#anchors: return value)\b(?:poor|bad|low|weak|questionable|doubtful|dubious)\s+(?:return|value)\s+(?:on|for)\b",
        "No",
        0.7,
        "evaluation",
        True,
    ),
    (
        r"(?#anchors: value)\b(?:good|excellent|real|strong)\s+value\s+for\s+(?:the\s+|public\s+)?money\b",
        "Yes",
        0.6,
        "evaluation",
        True,
    ),
    # most of the way (a part, so a weak Yes, read as a concession where a "but" follows): "The Schedule 6 list gets most of
    # the way there, but it leaves out Clinical Commissioning Groups"
    (
        r"(?#anchors: gets goes takes)\b(?:gets|goes|takes\s+us)\s+(?:most|much|a\s+good\s+part|a\s+long)\s+"
        r"(?:of\s+)?the\s+way\b",
        "Yes",
        0.6,
        "evaluation",
        True,
    ),
    # ranked first or last: "Members place the partnership route first" (an option, a route or a model, not "put children
    # first")
    (
        # (the respondent's, its members' or its board's ranking, not a survey's: "Only 9% of respondents put the voluntary
        # approach first" is reported)
        r"(?#anchors: place places placed put puts rank ranks ranked)"
        + _RANKED_BY_US
        + r"(?:option|route|approach|duty|model|partnership\s+route)\s+first\b",
        "Yes",
        0.75,
        "preference",
        True,
    ),
    (
        # (the respondent's, its members' or its board's ranking, not a survey's: "Only 9% of respondents put the voluntary
        # approach first" is reported)
        r"(?#anchors: place places placed put puts rank ranks ranked)"
        + _RANKED_BY_US
        + r"(?:option|route|approach|duty|model)\s+(?:last|third|bottom)\b",
        "No",
        0.7,
        "preference",
        True,
    ),
    # good enough: "The list will do, provided fire and rescue and the CCGs are added" (of the target as subject)
    (
        r"(?#anchors: will would)(?:(?<=\blist\s)|(?<=\bit\s)|(?<=\bthis\s)|(?<=\bthat\s)|(?<=\bschedule\s)|(?<=\boption\s))"
        r"(?:will|would)\s+do(?=\s*(?:[,.;!]|$|\s+(?:for\s+now|as\s+a\s+start|as\s+it\s+stands)\b))",
        "Yes",
        0.6,
        "evaluation",
        False,
    ),
    # the numbers not moved: "that has been the position in our area for the past decade and it has not moved the numbers"
    (
        r"(?#anchors: moved move shifted shift changed change)(?:has|have|had|did|does|do|will|would)\s*(?:not|n't)\s+"
        r"(?:\w+\s+)?(?:moved|move|shifted|shift|changed|change)\s+the\s+(?:numbers|dial|needle|figures)\b",
        "No",
        0.7,
        "consequence",
        False,
    ),
    # young people driven away: "would drive our young people further from the very services that are supposed to reach them"
    (
        r"(?#anchors: drive push)(?:would|will|could|might|risks?)\s+(?:only\s+|simply\s+|just\s+)?(?:drive|push)\s+"
        r"(?:[\w'’-]+\s+){1,4}?(?:further|away)\s+(?:from|away\s+from)\b",
        "No",
        0.7,
        "consequence",
        False,
    ),
    # compliance paperwork produced: "would yield an increase in the production of compliance documentation"
    (
        r"(?#anchors: compliance paperwork documentation)\b(?:compliance\s+(?:documentation|paperwork|reporting|returns)|"
        r"(?:production|generation)\s+of\s+(?:more\s+)?(?:paperwork|documentation))\b",
        "No",
        0.65,
        "consequence",
        False,
    ),
    # a part of it set apart as another matter: "I have no quarrel with the vision itself; the focus is another matter." (a
    # part, not another option: "The partnership route is a different matter" sets that route apart, for better or worse)
    (
        r"(?#anchors: another different)(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:focus|detail|details|mechanism|delivery|"
        # (with an aside before the verb, round 52: "its focus, which sets domestic abuse to one side, is another matter")
        r"implementation|execution|practice|funding|timing|wording|drafting|machinery|means)(?:\s*,[^,;.]{1,80},)?\s+(?:is|are)\s+"
        r"(?:quite\s+|rather\s+)?"
        r"(?:another|a\s+different)\s+(?:matter|story|question|kettle\s+of\s+fish)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # with the grain, or against it: "goes with the grain of what Welsh public bodies are already required to do"
    (
        r"(?#anchors: grain)\b(?:go|goes|going|went|run|runs|work|works|cut|cuts)\s+(?:\w+\s+)?with\s+the\s+grain\b",
        "Yes",
        0.65,
        "idiom",
        True,
    ),
    (
        r"(?#anchors: grain)\b(?:go|goes|going|went|run|runs|cut|cuts|cutting)\s+(?:\w+\s+)?against\s+the\s+grain\b",
        "No",
        0.65,
        "idiom",
        True,
    ),
    # sunk by it: "Loading serious violence onto it, with a new statutory strategy to write, would sink it"
    (
        r"(?#anchors: sink swamp overwhelm capsize)(?:(?:would|will|could|might)\s+(?:(?!not\b|never\b)\w+\s+)?|(?<=\bnot\s)|"
        r"(?<=\bnever\s))(?:sink|swamp|overwhelm|capsize)\s+(?:it|them|the\s+(?:partnerships?|csps?|board|system|meetings?))\b",
        "No",
        0.7,
        "consequence",
        True,
    ),
    # run out: "Goodwill between agencies is something we have had ..., and it has run out"
    (
        r"(?#anchors: run)\b(?:it|goodwill|patience|that|this)\s+(?:has|have|had)\s+(?:long\s+since\s+|now\s+|already\s+)?run\s+out\b",
        "No",
        0.65,
        "consequence",
        False,
    ),
    # much paper and nothing else: "would produce eleven strategies and no grip on a problem that crosses district boundaries"
    (
        r"(?#anchors: produce)(?:would|will|could)\s+(?:only\s+|simply\s+|just\s+)?produce\s+[^.;]{1,50}?\s+and\s+(?:no|little|nothing)\b",
        "No",
        0.7,
        "consequence",
        False,
    ),
    # not made for the work: "to carry a safeguarding load they were not designed for"
    (
        r"(?#anchors: designed built meant intended)\b(?:were|was|are|is|been)\s*(?:not|n't|never)\s+(?:designed|built|meant|"
        r"intended)\s+(?:for|to)\b",
        "No",
        0.65,
        "evaluation",
        False,
    ),
    # half of it accepted: "We accept the half of the vision that says violence is not only a matter for the police"
    (
        r"(?#anchors: half)\b(?:accept|accepts|agree\s+with|agrees\s+with|support|supports|welcome|welcomes|share|shares|endorse|"
        r"endorses|like)\s+(?:the\s+|one\s+|only\s+)?(?:(?!half\b)[\w-]+\s+(?:and\s+)?){0,3}?half\s+of\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # not finished: "The Prevent list is a sensible starting point, but it is not the finished article"
    (
        r"(?#anchors: finished)(?:not|n't)\s+(?:yet\s+|quite\s+)?(?:the|a)\s+finished\s+(?:article|product|job)\b",
        "No",
        0.65,
        "evaluation",
        False,
    ),
    # left alone: "I would not tinker with the list", "It is sound, and I would not dilute it", "we would not want it watered
    # down"
    (
        r"(?#anchors: tinker meddle fiddle mess)(?:would|should|will)\s*(?:not|n't)\s+(?:want\s+to\s+)?(?:tinker|meddle|fiddle|mess)\s+"
        r"(?:about\s+|around\s+)?with\s+(?:it|them|that|this|the\s+(?:list|schedule|vision|membership))\b",
        "Yes",
        0.7,
        "preference",
        False,
    ),
    (
        r"(?#anchors: dilute weaken water)(?:would|should|will)\s*(?:not|n't)\s+(?:want\s+to\s+)?(?:dilute|weaken|water\s+down)\s+"
        r"(?:it|them|that|this)\b"
        r"|(?:would|should)\s*(?:not|n't)\s+(?:want|wish|like)\s+(?:to\s+see\s+)?(?:it|them|that|this)\s+(?:diluted|weakened|"
        r"watered\s+down)\b",
        "Yes",
        0.6,
        "preference",
        False,
    ),
    # time enough to get it right, and not done (round 47): "Voluntary arrangements have had years to get this right ..., and
    # they have not" (listed before the "get this right" it holds)
    (
        r"(?#anchors: had)\b(?:had|have\s+had|has\s+had)\s+(?:\w+\s+){0,2}?(?:years|decades|long\s+enough|time|(?:its|their)\s+"
        r"chance)\s+to\s+(?:get|make|put)\s+[^.;]{1,40}?\s+right\b(?=[^.;]{0,80}?\b(?:have|has|did|do|does)\s*(?:not|n't)\b)",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    # its central flaw: "Leaving domestic abuse outside the focus is, for us, the central flaw of the whole exercise"
    (
        r"(?#anchors: flaw weakness failing defect)\bthe\s+(?:central|fundamental|main|key|biggest|chief|principal|fatal|basic|"
        r"single\s+biggest)\s+(?:flaw|weakness|failing|defect)\b",
        "No",
        0.75,
        "evaluation",
        False,
    ),
    # only longer meetings: "Adding more organisations to their membership would only make the meetings longer"
    (
        r"(?#anchors: make)\b(?:would|will|could)\s+(?:only|just|simply|merely)\s+make\s+(?:the\s+|our\s+|their\s+)?(?:meetings?|it|"
        r"them|table|partnerships?|boards?)\s+(?:longer|bigger|larger|slower|more\s+unwieldy|unwieldy)\b",
        "No",
        0.65,
        "consequence",
        False,
    ),
    # a measure left in a drawer: "the kind of measure that reads well in a press release and then sits in a drawer"
    (
        r"(?#anchors: sits sit sitting left gathers gather gathering drawer shelf)\b(?:sits?|sitting|left|gathers?|gathering)\s+"
        r"(?:in\s+a\s+drawer|on\s+a\s+shelf|dust)\b",
        "No",
        0.7,
        "idiom",
        False,
    ),
    # a floor put under it: "attendance ... falls away when budgets tighten; a duty would put a floor under that"
    (
        r"(?#anchors: floor)\b(?:put|puts|putting|place|places|set|sets)\s+a\s+floor\s+under\b",
        "Yes",
        0.75,
        "consequence",
        True,
    ),
    # no argument with it: "the College would not argue with it as a basis" (litotes)
    (
        r"(?#anchors: argue quarrel)\b(?:would|could|do|does|did|will)\s*(?:not|n't)\s+(?:really\s+|much\s+)?(?:argue|quarrel)\s+"
        r"with\s+(?:it|them|that|this|the\s+(?:list|vision|schedule|duty|option|approach))\b",
        "Yes",
        0.7,
        "evaluation",
        False,
    ),
    # useful beside a duty, not instead of one: "The voluntary approach is useful alongside a duty, inadequate in place of one"
    (
        r"(?#anchors: useful valuable helpful good welcome fine right sensible worthwhile)"
        r"\b(?:useful|valuable|helpful|good|welcome|fine|right|sensible|worthwhile)\s+"
        r"(?:alongside|as\s+well\s+as|in\s+addition\s+to|as\s+a\s+complement\s+to)\s+(?:a|the|any)\s+(?:statutory\s+|legal\s+|new\s+)?"
        r"duty\b[^.;]{0,20}?(?:,|;|\band\b|\bbut\b)\s*(?:but\s+)?(?:inadequate|useless|insufficient|no\s+use|no\s+good|wrong|hopeless|"
        r"not\s+enough|unworkable)\s+(?:in\s+place\s+of|instead\s+of|as\s+a\s+(?:substitute|replacement)\s+for)\b",
        "Mixed",
        0.9,
        "mixed",
        False,
    ),
    # right on one thing, wrong on another: "Right on early help, wrong on accountability."
    (
        r"(?#anchors: right sound good strong clear)\b(?:right|sound|good|strong|clear)\s+(?:on|about)\s+[^.;,]{1,40}?\s*,\s*(?:but\s+)?"
        r"(?:wrong|weak|poor|silent|unsound|muddled|vague)\s+(?:on|about)\b",
        "Mixed",
        0.9,
        "mixed",
        False,
    ),
    # right for the most part: "The Schedule 6 list is right for the most part, but not ...", "is, for the most part, the
    # right cast"
    (
        r"(?#anchors: most)\b(?:right|sound|correct|fine|adequate|the\s+right\s+[\w-]+)\s*,?\s+for\s+the\s+most\s+part\b"
        r"|\bfor\s+the\s+most\s+part\s*,?\s+(?:right|sound|correct|fine|adequate|the\s+right\s+[\w-]+)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # the sums: "The partnership route is where the numbers add up"; "the figures do not add up"
    (
        # (not a sum given: "the figures add up to 300 young people")
        r"(?#anchors: numbers figures sums maths math)\b(?:numbers|figures|sums|maths|math)\s+(?:simply\s+|just\s+|really\s+)?"
        r"add\s+up\b(?!\s+to\b)",
        "Yes",
        0.65,
        "consequence",
        True,
    ),
    (
        r"(?#anchors: numbers figures sums maths math)\b(?:numbers|figures|sums|maths|math)\s+(?:simply\s+|just\s+)?"
        r"(?:do|does|did|would|will|could)\s*(?:not|n't)\s+(?:\w+\s+)?add\s+up\b",
        "No",
        0.75,
        "consequence",
        False,
    ),
    # drawn from the wrong place: "The vision's focus has been drawn from the wrong map", "starts from the wrong premise"
    (
        r"(?#anchors: wrong)\b(?:from|on|with|off)\s+the\s+wrong\s+(?:map|premise|premises|foot|starting\s+point|end|"
        r"assumptions?|diagnosis)\b",
        "No",
        0.7,
        "evaluation",
        False,
    ),
    # more paperwork for the same people: "a second set of paperwork", "another layer of red tape"
    (
        r"(?#anchors: second another further extra more)\b(?:a\s+second|another|a\s+further|an\s+extra|one\s+more)\s+"
        r"(?:set|layer|pile|round|load|tier|stack)\s+of\s+(?:paperwork|bureaucracy|red\s+tape|form[\s-]filling|reporting)\b",
        "No",
        0.7,
        "consequence",
        False,
    ),
    # both a good thing and a bad one: "The preferred option is, for us, both a welcome lever and a worrying one"
    (
        r"(?#anchors: both)\bboth\s+(?:an?\s+)?(?:welcome|good|useful|promising|positive|helpful|valuable|sensible|hopeful)\b"
        r"[^.;,]{0,30}?\s+and\s+(?:an?\s+)?(?:worrying|risky|dangerous|bad|unwelcome|troubling|concerning|costly|problematic|"
        r"flawed|premature)\b"
        r"|\bboth\s+(?:an?\s+)?(?:worrying|risky|dangerous|bad|unwelcome|troubling|concerning|costly|problematic|flawed)\b"
        r"[^.;,]{0,30}?\s+and\s+(?:an?\s+)?(?:welcome|good|useful|promising|positive|helpful|valuable|sensible|hopeful)\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # some things right, so some not: "The Schedule 6 list gets some things right"
    (
        # (or several, or a share of it, round 48: "Schedule 6 gets several things right", "gets about half of it right")
        r"(?#anchors: gets get got)\b(?:gets?|got)\s+(?:some|a\s+few|certain|several|a\s+number\s+of|one\s+or\s+two|two\s+or\s+three)\s+"
        r"(?:things|of\s+it|of\s+this|aspects|elements|points)\s+right\b"
        r"|\b(?:gets?|got)\s+(?:about\s+|roughly\s+|perhaps\s+|only\s+|just\s+)?(?:half|a\s+third|two\s+thirds|part|parts)\s+"
        r"(?:of\s+(?:it|this|that|the\s+\w+)\s+)?right\b",
        "Mixed",
        0.85,
        "mixed",
        False,
    ),
    # one side of it valued (a part, so a weak Yes, read as a concession where a "but" follows): "We value the convening
    # and good-practice side of Option Three, but as a substitute for legislation it would not do"
    (
        r"(?#anchors: value like welcome appreciate)\b(?:we|i)\s+(?:(?:do|certainly|genuinely|also)\s+)?(?:value|like|"
        r"welcome|appreciate)\s+(?:the|its)\s+(?:[\w-]+\s+){0,4}?(?:side|sides|element|elements|aspects?)\s+of\b",
        "Yes",
        0.6,
        "evaluation",
        True,
    ),
    # a bare demand to legislate, as an answer: "Legislate, and legislate in this session of Parliament."
    (
        r"(?#anchors: legislate)^\W*legislate\b(?=\s*(?:[.,;:!]|$|\s+(?:now|soon|quickly|and)\b))",
        "Yes",
        0.6,
        "request",
        False,
    ),
]

# Contrast that opens a reservation about what came before ("...; however, ...", "But ...").
CONTRAST = rx.compile(
    r"^\s*(?:but|however|yet|although|though|that\s+said|even\s+so|nevertheless|nonetheless|on\s+the\s+other\s+hand|by\s+contrast|in\s+contrast)\b"
    # a contrast set off inside the clause: "the focus, on the other hand, is too narrow"
    r"|^[^,;]{1,60},\s*(?:however|though|on\s+the\s+other\s+hand|by\s+contrast|in\s+contrast|even\s+so)\s*,"
    # ... or closing it: "It has two weaknesses, however." (round 29)
    r"|^[^,;]{1,80},\s*(?:however|though)\s*[.!]?\s*$"
    # ... or inside it, unpunctuated, after its subject: "Officers nevertheless consider the focus too narrow" (round 30)
    r"|^\W*(?:[\w'’-]+\s+){1,3}?(?:would\s+|do\s+|must\s+)?(?:nevertheless|nonetheless|however)\s+(?!much\b|many\b|little\b|few\b)"
    # ... or a condition that withholds it: "Without funding or a shared forum attached to it, we fear it would produce
    # policy statements rather than action" (round 30)
    r"|^\W*(?:without|unless)\s+[^,;]{1,80},\s*(?:we|i)\s+(?:\w+\s+)?(?:fear|worry|suspect|doubt|expect)\b",
    re.I,
)

_SUPPORT_OBJ = (
    r"(?:young\s+people|children|families|victims|survivors|people|pupils|students|girls|boys|women|men|patients|"
    r"refugees|asylum\s+seekers|schools|teachers|parents|carers|communities|clients|residents|tenants|them|staff|"
    r"practitioners|professionals|services|organisations|those|around|about|over|some|more\s+than|up\s+to|\d[\d,]*)"
)
OTHER_SENSES = rx.compile(
    # how long the respondent's own agreement took: "This was the point on which we took longest to agree" (round 30)
    r"\btook\s+(?:us\s+)?(?:\w+\s+)?(?:long|longest|longer|time|some\s+time|a\s+while)\s+to\s+agree\b|"
    # this response's own passage through a body: "It has been shared with, but not formally agreed by, the Community
    # Safety Partnership" (round 30): a passive with its agent, about the response, not the proposals
    r"\b(?:formally\s+|yet\s+|been\s+)?(?:agreed|approved|endorsed|signed\s+off|ratified)\s+by(?=\s*,?\s+(?:the|our|its|their|a|an)\s)|"
    # "supportive" describing a person or place: "when a supportive manager moves on" (round 27)
    r"\b(?:a|an|the|their|our|its|his|her|very|more|less)\s+supportive\s+(?=(?:manager|head|headteacher|teacher|colleague|colleagues|"
    r"staff|environment|family|families|adult|adults|parent|parents|school|schools|employer|employers|boss|lead|leader|leaders|"
    r"relationship|relationships|culture|community|person|people|practitioner|practitioners|worker|workers)\b)|\bvictim\s+support\b|\b(?:family|peer|parenting|emotional|practical|pastoral|specialist|wraparound|\w+-to-\w+|"
    r"analytical|analyst|administrative|admin|secretariat|clinical|technical|financial|dedicated|additional|extra|ongoing|"
    r"intensive|mentoring|bereavement|trauma|transition|learning|housing|mental\s+health|bail|resettlement|tenancy|debt|"
    r"welfare|behaviour|behavioural|wellbeing|well-being|domestic\s+abuse|one-to-one|outreach|casework)\s+support\b"
    r"|\bsupport\s+(?:workers?|services?|staff|officers?|packages?|groups?|networks?|plans?|teams?|units?|functions?|roles?)\b"
    # a place, not a verdict: "the streets where it is needed" (round 28)
    r"|\bwhere\s+(?:it|they|help|support|this|that|the\s+\w+)\s+(?:is|are|was|were)\s+(?:most\s+|really\s+|actually\s+)?needed\b"
    # help given: "the school has been a great support to us"; a role: "kept as support for a duty, not a substitute"
    r"|\bas\s+(?:a\s+|an\s+)?(?:\w+\s+)?support\s+(?:for|to)\b"
    r"|\b(?:a|great|real|huge|big|tremendous|fantastic|good|wonderful)\s+support\s+to\b"
    # a kind of service: "we run supported housing for care leavers", "supported accommodation"
    r"|\bsupported\s+(?:or\s+[\w-]+\s+)?(?:housing|accommodation|living|lodgings|employment|internships?|placements?|tenancies|flats|homes)\b"
    rf"|\bsupport(?:s|ed|ing)?\s+(?:for|to)\s+(?:the\s+)?{_SUPPORT_OBJ}\b"
    # a team's work for a body (round 46): "Our Community Safety team supports the CSP and coordinates its partnership work"
    r"|\b(?:team|service|unit|officers?|staff|department|directorate|secretariat|analyst)\s+(?:also\s+|currently\s+|already\s+)?"
    r"(?:support|supports|supported)\s+(?:the\s+|our\s+|each\s+|all\s+)?(?:csps?|partnerships?|community\s+safety\s+partnerships?|"
    r"boards?|panels?)\b"
    # an organisation's name (round 46): "the response of Oakfield Post-Adoption Support", "Riverside Family Support"
    r"|(?<![.!?]\s)(?<!^)\b(?-i:(?!(?:We|I|They|Members|Our|The|This|It|And|But)\b)[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}\s+(?-i:Support)\b"
    # a person helped, in a relative clause (round 46): "The girl we supported did not need the school nurse to have due
    # regard", "the families we support" (not "the option we supported")
    r"|\b(?:girls?|boys?|child|children|young\s+(?:person|people|man|men|woman|women)|teenagers?|famil(?:y|ies)|wom[ae]n|m[ae]n|"
    r"survivors?|victims?|clients?|pupils?|students?|tenants?|patients?|residents?|people|mothers?|fathers?|parents?|lads?|"
    r"carers?|veterans?)\s+(?:(?:that|who|whom)\s+)?(?:we|i|they|our\s+[\w-]+)\s+(?:have\s+|had\s+|currently\s+|now\s+)?"
    r"(?:support|supports|supported)\b"
    # the noun after a preposition, often the paper's word in quotes (round 46): 'to be drawn in for "support and wider
    # expertise"' (not "the level of support for the duty among members", a view counted)
    r"|\b(?:for|with)\s+[\"“‘']?support\b[\"”’']?(?!\s+(?:for|of)\b)"
    # the noun of help: "the identification and support of victims and witnesses"
    rf"|\b(?:and|the|of)\s+support\s+of\s+(?:the\s+)?{_SUPPORT_OBJ}\b"
    # help given by practitioners ("our designated nurses support practices"), helping people ("identifying and
    # supporting victims"), and a purpose ("Schedule 6 was drawn up to support the Prevent programme")
    rf"|\bsupport(?:s|ed)?\s+(?:practices|providers|agencies|settings|clinicians|gps|nurses|colleagues|frontline)\b"
    rf"|\bsupporting\s+(?:the\s+|our\s+|local\s+|young\s+)?{_SUPPORT_OBJ}\b"
    # a named body helped (round 29): "We support the Thornby Moor Youth Club with a small annual grant"
    r"|\bsupport(?:s|ed|ing)?\s+(?:the\s+|our\s+|a\s+|local\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+){1,4}(?:club|project|trust|centre|center|"
    r"foundation|group|team|association|society|network|charity|academy|school|church|mosque|gurdwara|temple|hub|forum|scheme)s?\b"
    r"|\b(?:drawn\s+up|designed|set\s+up|created|established|intended|meant|funded|introduced|built|developed|written)\s+to\s+support\b"
    rf"|\b(?:we|they|i|it|who|which|that)\s+(?:\w+\s+)?(?:work\s+to\s+|also\s+|currently\s+|already\s+)?support(?:s|ed)?\s+{_SUPPORT_OBJ}\b"
    r"|\bvoluntary\s+(?:and\s+(?:community|charitable|faith)\s+|&\s+community\s+)?(?:sector|organisations?|groups?|bodies|services?|partners?|agencies|workers?|youth|body|projects?|and\s+community)\b"
    # a service used by choice (round 50: "General practice is ... the one public service they still use voluntarily"): the
    # young people's choice, not partners working together voluntarily
    r"|\b(?:use|uses|used|using|attend|attends|attended|attending|visit|visits|visited|turn\s+up|turns\s+up|turned\s+up|"
    r"walk\s+in|walks\s+in|walked\s+in)\s+(?:(?:it|them|us|our\s+\w+|the\s+\w+|services?)\s+)?voluntarily\b"
    # the sector named with its neighbours: "the voluntary and faith sector", "voluntary, community and social
    # enterprise organisations", "the voluntary/charitable sector"
    r"|\bvoluntary(?:\s*(?:,|/|&|\band\b|,\s*and\b)\s*(?:community|faith|charitable|charity|social\s+enterprise|independent|"
    # (round 42: "the voluntary and leisure providers who deliver on the ground")
    r"third|not-for-profit|private|grassroots|leisure|sports?|arts|cultural|youth)){1,3}\s+(?:\(\w+\)\s+)?(?:sectors?|organisations?|groups?|bodies|services?|"
    r"partners?|agencies|providers?|partnerships?)\b"
    # a body or scheme run by volunteers or joined by choice, named with a word of its kind between: "our tenants'
    # voluntary scrutiny group", "a voluntary accreditation scheme for landlords", "voluntary youth clubs"
    r"|\bvoluntary\s+(?:(?:scrutiny|accreditation|advisory|steering|residents'?|tenants'?|parents'?|youth|community|"
    r"mentoring|befriending|listening|visiting|street|patrol|sports?|faith|membership|village|neighbourhood|community)\s+)?(?:groups?|committees?|panels?|"
    r"clubs?|networks?|forums?|trustees?|mentors?|roles?|posts?|staff|helpers?|schemes?\s+for|accreditation|wardens?|stewards?|"
    r"coaches|leaders|"
    r"(?:accreditation|membership|mentoring|befriending)\s+schemes?)\b"
    # a body's name (round 41): "the Council for Voluntary Service" (and, capitalised, ``_VOLUNTARY_BODY``)
    r"|\b(?:councils?|centres?)\s+for\s+voluntary\s+(?:service|action|organisations?)\b"
    # an activity done by volunteers (round 33): "release staff for voluntary mentoring in local schools"
    r"|\bvoluntary\s+(?:mentoring|befriending|coaching|tutoring|youth\s+work|placements?|shifts|donations|sessions|"
    r"fundraising|hours)\b"
    # what is said whatever its form, not of the form: "Whatever shape the duty takes, the partners should be added to"
    r"|\b(?:whatever|whichever)\s+(?:shape|form)\s+(?:\w+\s+){1,4}?(?:takes?|ends?\s+up\s+taking|is\s+given)\b"
    r"|\bvolunteers?\b|\b(?:come|came|coming|comes|bring|brings|brought|get|gets|got)\s+back\b"
    # the funding principle, not a burden the target brings: "fully funded under the new burdens doctrine"
    r"|\bnew\s+burdens(?:\s+(?:doctrine|principle|assessment|funding|procedure|process|test))?\b"
    # ... and a duty paid for under it: "the duty must be fully funded as a new burden"
    r"|\b(?:funded|treated|resourced|recognised|recognized|assessed|counted|paid\s+for)\s+(?:in\s+full\s+|fully\s+)?as\s+"
    r"(?:a\s+)?new\s+burdens?\b"
    # "agree" with a plan as its object is settling it ("an obligation to agree a strategy"), not agreeing with a view
    r"|\bagree(?:s|d|ing)?\s+(?:a|an|the|their|its|a\s+joint|a\s+shared|a\s+common|joint|local)\s+(?:[\w-]+\s+){0,3}?(?:strategy|strategies|plan|plans|"
    r"protocol|protocols|priorities|budget|budgets|programme|framework|timetable|dataset|terms|action\s+plan|work\s+plan|"
    r"arrangements?|agreements?|deal|contracts?|memorandum|pathways?|procedures?|policy|policies|priority|aims?|objectives?|"
    r"outcomes?|approach\s+to)\b"
    # ... and an infinitive of purpose with a thing to settle: "to bring them to the same table to agree a problem profile"
    r"|\bto\s+agree\s+(?:a|an)\s+(?!(?:view|position|verdict|answer)\b)(?=[a-z]{3,})"
    # "agreed" as an adjective: "clear, nationally agreed guidance", "an agreed protocol" (not "we broadly agreed the vision"),
    # "the partnership had no agreed performance measures for violence" (round 46)
    r"|\b(?:an|no|any|(?!(?:we|i)\b)\w+ly)\s+agreed\s+(?!(?:with|that|to|on|upon|in|by|the|this|its|it|them|all|both|a|an|and|but|"
    # (nor "an agreed position", which "could not reach" makes no view, round 36)
    r"our|their|what|whole|wholeheartedly|view|position|line|stance|opinion)\b)(?=[a-z]{3,})"
    r"|\bagree(?:s|d|ing)?\s+(?:funding|budgets?|priorities|plans?|protocols?|strategies|targets|timetables)\b"
    # a letter read and agreed with (round 29): "my chair of governors has read this letter and agrees with it"
    r"|\b(?:read|seen|approved|signed)\s+(?:this|the|my|our)\s+(?:letter|response|submission|reply)\s+and\s+(?:agrees?|agreed|endorses?|endorsed|"
    r"supports?|supported)\s+(?:with\s+)?(?:it|its\s+contents)\b"
    # a document approved (round 29): "To agree the Council's response to the Home Office consultation"
    r"|\bagree(?:s|d|ing)?\s+(?:the|this|its|our|their|a|the\s+[\w-]+(?:'s|’s))\s+(?:[\w-]+\s+){0,2}?(?:response|reply|submission|report|minutes|"
    r"draft|wording|text|recommendations?)\b"
    # settling what to do (round 29): "a single forum where police, licensing and businesses agree what to do about a premises"
    r"|\bagree(?:s|d|ing)?\s+(?:on\s+)?(?:what|how|when|where|who|which)\s+(?:\w+\s+)?to\s+(?!be\b)\w+"
    # ... and after an adjective of its own: "a simple, agreed route by which a CSP can ask for footage" (round 28)
    r"|\b(?:a|an|the)\s+[\w-]+,?\s+agreed\s+(?=(?:route|routes|protocol|protocols|process|procedure|pathway|plan|approach|way|"
    r"framework|set|list|definition|standard|format|system|mechanism|template|timetable|dataset|measures?|outcomes?|"
    r"priorit(?:y|ies)|basis|position\s+statement)\b)"
    # a commitment to act, not agreement with a view: "the trust and two councils agreed to fund and staff it"
    r"|\bagree(?:s|d|ing)?\s+to\s+(?!(?:the|this|that|these|those|it|its|a|an|any|option|options|proposals?|changes?|"
    r"legislation|a\s+duty|such|what|whatever|all|some|both|either|neither|none|our|your|their)\b)(?:\w+ly\s+)?"
    r"(?:fund|funding|staff|share|sharing|work|meet|meeting|pool|pooling|co-?operate|cooperate|commission|set\s+up|"
    r"establish|run|host|pilot|provide|attend|join|take\s+part|support|help|contribute|sign|pay)\b"
    # the respondent's own procedure (round 32): "The board agreed on 2 May to answer only three questions", "our board
    # agreed its position only last week", "agreed to respond to the questions on partnerships"
    r"|\bagree(?:s|d)?\s+(?:on|at)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+|(?:its|their|our|a|the)\s+(?:\w+\s+)?meeting)\b"
    r"|\bagree(?:s|d)?\s+(?:its|their|our|this|the|a)\s+(?:[\w-]+\s+)?(?:position|positions|line)\b"
    r"|\bagree(?:s|d)?\s+to\s+(?:\w+ly\s+)?(?:answer|respond|reply|comment|write|submit|confine|limit|restrict|focus)\b"
    # ... and a plan the respondent settled with somebody: "the information-sharing protocol we had agreed with him"
    r"|\b(?:protocols?|plans?|arrangements?|agreements?|frameworks?|terms|procedures?)\s+(?:that\s+|which\s+)?(?:we|they|he|she|"
    r"it|the\s+\w+)\s+(?:had\s+|have\s+|has\s+)?agreed\b"
    # how a thing is done, not the respondent's agreement (round 33): "funding allocated in agreement with the Welsh
    # Government", "a plan drawn up in agreement with schools" (not "we remain in agreement with the vision")
    r"|\b(?!(?:remained|stayed|united|agreed|need|indeed)\b)(?:[a-z]+ed|drawn(?:\s+up)?|made|done|set(?:\s+up)?|written|given|"
    r"taken|held|spent|built|run|laid|sent|paid)\s+in\s+(?:full\s+|close\s+)?agreement\s+with\b"
    # a plan settled with somebody: "Under a protocol agreed with the police in 2017, ..."
    r"|\b(?:protocols?|plans?|strateg(?:y|ies)|arrangements?|agreements?|frameworks?|terms|budgets?|priorities|targets|procedures?)\s+"
    r"(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+)?agreed\s+(?:with|by|between|among|across|locally|jointly)\b"
    r"|\bsafeguarding\s+(?:children\s+|adults\s+)?(?:partnerships?|boards?|arrangements)\b|\bpartnership\s+working\b|\bin\s+partnership\s+with\b"
    r"|\bpartnerships?\s+(?:between|with)\b"
    # duties that exist already ("our duty to safeguard", "existing statutory duties") are not the new duty
    r"|\b(?:our|their|its|existing|current)\s+(?:statutory\s+|legal\s+)?(?:duty|duties)\b"
    r"|\ba\s+(?:statutory\s+|legal\s+)?duty\s+to\s+(?:safeguard|protect|promote|co-?operate|report|provide|consult)\b"
    # "the mutual duty to cooperate between PCCs and CSPs has not changed this": an existing duty, its parties included
    r"|\b(?:the|a)\s+(?:mutual\s+|reciprocal\s+|existing\s+|current\s+)+(?:statutory\s+|legal\s+)?duty\s+to\s+co-?operate(?:\s+between\s+[^,.;]{1,80}?(?=\s+(?:has|have|is|are|was|were|does|do|did)\b))?"
    # help given to a number of people ("support more than 200 pupils"); an argument cited by others
    r"|\bsupport(?:s|ed|ing)?\s+(?:over\s+|more\s+than\s+|around\s+|about\s+|some\s+|nearly\s+|almost\s+|up\s+to\s+)?(?:\d|"
    r"(?:a\s+)?(?:dozen|hundred|thousand)s?\b|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)"
    r"|\b(?:cited|quoted|used|advanced|put\s+forward|offered)\s+in\s+support\s+of\b"
    # people on each side, not the respondent: "Those in favour pointed to ...; those against feared ..."
    r"|\bthose\s+(?:(?:who\s+(?:were|are|was)\s+)?(?:in\s+favour|for\s+it|against(?:\s+it)?)|(?:who\s+)?(?:favoured|supported|opposed)\s+it)\b"
    # agreement with what follows a colon, which is then the view: "The branch agrees: relying on goodwill would
    # entrench the postcode lottery"
    r"|\b(?:agree|agrees|agreed)(?:\s+(?:entirely|fully|strongly|wholeheartedly))?\s*:(?=\s*\S)"
    # a position kept, whatever it is: "it has not changed the board's position", "nothing has changed our view"
    r"|\b(?:(?:has|have|had|did|does|do|will|would)\s*(?:not|n't)|nothing\s+(?:\w+\s+)?(?:has|have|had))\s+(?:\w+\s+)?changed?\s+"
    r"(?:our|my|its|their|the\s+[\w-]+(?:'s|’s))\s+(?:[\w-]+\s+)?(?:position|view|views|mind|minds|stance|conclusion|assessment)\b"
    # ... or in something's favour: "The Scottish unit is often cited in its favour, but ..."
    r"|\b(?:cited|quoted|used|advanced|put\s+forward|offered|invoked|pointed\s+to)\s+(?:\w+\s+)?in\s+(?:its|their|his|her|the\s+\w+(?:'s|s')?)\s+favour\b"
    # a duty named as what something else is for: "for the purposes of this duty, the list as drawn ..."
    r"|\bfor\s+the\s+purposes\s+of\s+(?:this|that|the|any\s+such|such\s+a)\s+(?:new\s+)?(?:legal\s+|statutory\s+)?duty\b",
    re.I,
)
# work asked of staff: "officers would be asked to support a second set of arrangements" (where "to support" is)
_ASKED_TO_SUPPORT = rx.compile(
    r"\b(?:be|being|been|are|is|were|was)\s+(?:asked|expected|required|obliged|needed|called\s+(?:on|upon))\s+to\s+support\b",
    re.I,
)

# The Government's choice named by its chooser, in more words than a list holds: "the one the Home Office has said it
# prefers", "the duty the Home Office favours", "the approach ministers have indicated they favour", "the option
# preferred by the Government", "the department's favoured model" (a name: ``NOT_CUES`` keeps its verb from
# being a cue; ``stance`` reads it as a description of the option the spec calls the preferred one)
# ("you" is the Home Office a letter is written to: "the one you say you prefer makes most sense to me", round 29)
_CHOOSER = (
    r"(?:the\s+government|government|the\s+home\s+office|home\s+office|ministers|the\s+minister|the\s+department|the\s+paper|"
    r"the\s+consultation|you)"
)
GOVERNMENT_CHOICE = rx.compile(
    r"(?<![\w-])(?:the\s+(?:option|one|duty|route|approach|model|proposal|course|thing)\s+(?:that\s+|which\s+)?"
    rf"{_CHOOSER}\s+(?:(?:has|have|had)\s+)?(?:(?:itself|already|clearly|openly)\s+)?"
    r"(?:(?:said|says|say|stated|states|indicated|indicates|made\s+clear|makes\s+clear|signalled|signals|declared)\s+(?:that\s+)?"
    r"(?:it|they|he|she|you)\s+)?(?:prefers|prefer|preferred|favours|favour|favoured|leans?\s+towards|is\s+minded\s+to\s+take|has\s+chosen|"
    r"have\s+chosen|would\s+choose|backs|back)"
    rf"|the\s+(?:option|one|duty|route|approach|model|proposal)\s+(?:preferred|favoured|chosen|backed)\s+by\s+{_CHOOSER}"
    r"|(?:the\s+)?(?:home\s+office|department|ministers)(?:'s|\u2019s|'|\u2019)\s+(?:own\s+|stated\s+)?(?:preferred|favoured|chosen)\s+"
    r"(?:option|approach|model|route|duty|proposal))(?![\w-])",
    re.I,
)

# Names and courtesies that hold a cue word but are not the respondent's stance: blanked for cues only
# (they still name a target: "the Government's preferred option" is Option One).
NOT_CUES = rx.compile(
    rf"{GOVERNMENT_CHOICE.pattern}|"
    r"\b(?<!our\s)(?<!my\s)(?:the\s+)?(?:government'?s?\s+|home\s+office'?s?\s+|its\s+)?(?<!our\s)(?<!my\s)(?<!least\s)preferred\s+"
    r"(?:option|approach|model)\b"
    r"|\bthe\s+(?:option|one|route|approach|idea)\s+(?:that\s+)?(?:the\s+government|the\s+home\s+office|ministers|the\s+paper)\s+"
    r"(?:prefers|favours|has\s+chosen|proposes|recommends|wants|likes\s+best)\b"
    # ... named by the duty, or by "it" after the Government: "the new due regard duty the Government favours", "Should
    # the Government proceed with the option it prefers", "The Government's stated preference is for a duty ..."
    r"|\b(?:duty|duties|option|approach|route|model)\s+(?:that\s+|which\s+)?(?:the\s+government|the\s+home\s+office|ministers)\s+"
    r"(?:prefers|favours|has\s+chosen|proposes|wants)\b"
    r"|\b(?:government|home\s+office|ministers)\s+(?:\w+\s+){0,6}?(?:with|on|for|to|from)\s+the\s+(?:option|one|route|approach|model)\s+"
    r"(?:that\s+)?(?:it|they)\s+(?:prefers|favours|prefer|favour)\b"
    r"|\b(?:the\s+)?(?:government|home\s+office)(?:'s|’s)\s+(?:stated\s+|declared\s+|own\s+|clear\s+)?preference\s+(?:is|was)\s+for\b"
    # what the paper seems to think of an option: "the option the paper itself seems least keen on"
    r"|\bthe\s+(?:option|one|route|approach|idea)\s+(?:that\s+)?(?:the\s+government|the\s+home\s+office|ministers|the\s+paper|"
    r"the\s+consultation)\s+(?:itself\s+)?(?:seems?|appears?|is|are)\s+(?:\w+\s+)?(?:least|most|less|more)\s+(?:keen|enthusiastic|"
    r"interested)\s+(?:on|in|about)\b"
    # the Government's choice by another word: "the Government's favoured answer", "the Home Office's favourite"
    r"|\b(?:the\s+)?(?:government|home\s+office)(?:'s|’s)\s+(?:own\s+)?(?:favoured|favourite|chosen)(?:\s+(?:option|approach|model|answer|route|choice|way|idea))?\b"
    r"|\b(?:welcome|welcomes|appreciate|appreciates|grateful\s+for)\s+(?:the|this|an|any|a|further)\s+(?:further\s+)?(?:opportunity|chance|invitation)\b"
    # a courtesy: "We welcome correspondence in Welsh", "we welcome enquiries"
    r"|\bwelcomes?\s+(?:correspondence|enquiries|inquiries|calls|contact|letters|emails|visits|questions)\b"
    # a list the respondent is about to give: "Whichever option is taken forward, the following would help"
    r"|\bthe\s+following\s+(?:\w+\s+)?(?:would|will|could|might|should|may)\s+(?:also\s+|really\s+)?(?:help|assist|make\s+a\s+(?:real\s+)?difference|improve\s+(?:things|matters))\b|\bwelcome\s+(?:the|this)\s+consultation\b"
    r"|\bduty\s+of\s+care\b|\bdue\s+regard\b|\bto\s+support\s+(?:a\s+)?multi-agency\s+(?:action|working|approach)\b"
    # a remark about the response: "The Commissioner does not offer that remark as a view on the options"
    r"|\b(?:does|do|did)\s+not\s+offer\s+[^.;]{0,40}?\bas\s+(?:a|an|any)\s+(?:view|position|opinion|verdict|argument)\b"
    # a quantity, not a judgement: "a disproportionate amount of time", "a disproportionate share of the victims"
    r"|\bdisproportionate\s+(?:amount|share|number|proportion|percentage|part)\s+of\b",
    re.I,
)

# Requests and asides with a cue word, blanked for cues only and tried only where their words are (a small
# pattern, so that a clause with "welcome" in it does not pay for the whole of NOT_CUES)
# a view the respondent keeps in spite of something: "it does not alter our view that the vision sets the right course",
# "nothing in this changes my belief that" (the negation is of the change; the view after "that" stands). Blanked as a
# cue here, and the end of what a negation reaches in the stance coder.
VIEW_KEPT = (
    r"(?:\bnot|n't|\bnever|\bnothing)\s+(?:\w+\s+){0,3}?(?:alter|alters|altered|change|changes|changed|affect|affects|shake|"
    r"shakes|weaken|weakens|undermine|undermines|diminish|diminishes|lessen|lessens|shift|shifts|dent|dents)\s+(?:\w+\s+){0,2}?"
    r"(?:view|views|belief|position|conclusion|judgement|judgment|opinion|support|conviction|sense)\s+that\b"
)
_NOT_CUES_MORE = rx.compile(
    # an aim judged beside the target, not the target (round 34): "The wrong vehicle for the right aim" (the vehicle is
    # judged; the aim's adjective is no verdict on it)
    r"\bfor\s+(?:a|an|the)\s+(?:right|good|worthy|laudable|noble|sound|admirable|wrong|bad|mistaken)\s+(?:aim|aims|goal|goals|"
    r"purpose|purposes|objective|objectives|cause|ambition|ambitions)\b"
    # a verdict on the list's first purpose, not on this one (round 34): "Schedule 6 names prison governors, and for Prevent
    # that makes sense"
    r"|\bfor\s+(?:prevent|counter-?terrorism(?:\s+purposes)?)\s*,?\s+(?:that|this|it)\s+(?:makes?\s+(?:good\s+)?sense|works?|is\s+(?:right|fine|sensible))\b"
    r"|\b(?:makes?\s+(?:good\s+)?sense|works?|is\s+(?:right|fine|sensible))\s+for\s+(?:prevent|counter-?terrorism(?:\s+purposes)?)\b"
    # recommendations announced, not a verdict (round 34): "If the Government nonetheless proceeds with Option One, the
    # Committee recommends:"; "it would be wrong to pretend that it does" (pretending judged, not the target)
    r"|\brecommends?\s*(?:that\s*)?:|\brecommends?\s+the\s+following\b|\bwrong\s+to\s+pretend\b"
    # an expectation the respondent then did not keep (round 34): "We went into the board meeting half expecting to endorse
    # it" (what it concluded follows)
    r"|\b(?:half\s+|fully\s+|rather\s+|had\s+)?expect(?:ing|ed)\s+to\s+(?:endorse|support|back|welcome|favour|oppose|reject|agree|"
    r"like|dislike)\b"
    # help offered to the department (round 34): "We would be glad to support the Home Office in drafting any guidance"
    r"|\b(?:glad|happy|pleased|willing|keen|delighted|ready)\s+to\s+(?:support|help|assist|work\s+with)\s+(?:the\s+home\s+office|"
    r"the\s+government|the\s+department|officials|ministers|you|your\s+(?:team|officials))\b"
    # what the response does not repeat (round 34): "we do not want to duplicate it"
    r"|\b(?:not|n't)\s+(?:want|wish)\s+to\s+(?:duplicate|repeat|pre-?empt|anticipate|prejudge|second-guess|rehearse)\b"
    # a criterion's cell in an appraisal, not an answer (round 35): "Owner: the CSP; plan: yes; visibility: partial" (a
    # lower-case label of a word or two, not a question or an option: "Q9: yes", "Option One: yes" stay answers)
    # (nor a label naming a question's target: "vision: yes", "the list: partly", typed as answers)
    r"|^\W*(?![^:]*\b(?:q\d*|question|option|opt|answer|response|reply|vision|focus|list|schedule|csps?|partnerships?|partners|"
    r"duty|voluntary|legislation|law|first|second|third|one|two|three|overall|view)\b)"
    r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?\s*:\s*(?:yes|partial|partly)\s*[.;,]?\s*$"
    # somebody's remark agreed with, not the target (round 35): "We agree with that observation and would draw the obvious
    # conclusion from it" (what was observed carries the view; "agree with the view that ..." is read on what follows)
    r"|\bagree\s+with\s+(?:that|this|the|their|his|her|your|its|these|those)\s+(?:[\w'’-]+\s+)?(?:observation|point|remark|comment|"
    r"analysis|assessment|diagnosis|criticism|description|account|finding)s?\b(?!\s+(?:that|of|about|on)\b)"
    # a body not wanted left out is a body wanted in (round 34): "We would not want custody left out of any duty aimed at
    # violence" (no objection to the list)
    r"|\b(?:not|n't)\s+want\s+(?:to\s+see\s+)?(?:[\w'’-]+\s+){1,6}?(?:left\s+out|excluded|omitted|overlooked|forgotten|sidelined|"
    r"dropped)\b"
    r"|"
    # a request for more ("we would welcome national guidance on sharing data", "welcome clarity on funding")
    r"\bwelcome\s+(?:(?:national|clear|clearer|further|more|statutory|detailed|early|some|practical|any|joint|new|additional|sustained|"
    r"long-term|multi-year)\s+){0,2}"
    r"(?:guidance|clarity|clarification|information|detail|assurance|confirmation|discussion|dialogue|engagement|inspections?|"
    r"funding|investment|training|resources|evaluation|research|pilots?|sight\s+of|(?:a\s+)?cop(?:y|ies)\s+of|meetings?|updates?|"
    r"feedback|conversations?|visits?|drafts?)\b"
    # agreeing in part with an argument about it, not a verdict: "I don't entirely disagree"
    r"|\b(?:do\s+not|don't|did\s+not|didn't)\s+(?:entirely|wholly|altogether|completely|fully)\s+disagree\b"
    # "I know which I'd pick": the choice is left to the reader, not named
    r"|\b(?:i|we)\s+know\s+which\s+(?:one\s+)?(?:i|we)(?:'d|\s+would)\s+(?:pick|choose|prefer|go\s+for)\b"
    # "What would make a difference is money for youth work": the thing named after "is", not the target
    r"|^\W*what\s+(?:would|will|could)\s+(?:really\s+|actually\s+)?(?:make\s+(?:a|the|a\s+real|the\s+real)\s+difference|help|work)\s+(?:is|are)\b"
    # (unless what is named is an option: "What would make the real difference is the third option, properly resourced", round
    # 31, read by its entry in the lexicon)
    r"(?!\s+(?:not\s+)?(?:the\s+)?(?:(?:first|second|third)\s+(?:option|route|approach)|option\s+(?:one|two|three|[123])\b|(?:a|the)\s+(?:new\s+)?"
    r"(?:statutory\s+|legal\s+)?duty\b|(?:a|the)\s+voluntary\s+(?:approach|route|option|model)\b))"
    # ... or put with the respondent as subject: "As a voluntary sector organisation we might be expected to favour this
    # option"; and an argument listed for it, not a verdict: "In its favour, much of our best work has grown without
    # any statute"
    r"|\b(?:we|i)\s+(?:might|may|would|could)\s+(?:well\s+)?be\s+expected\s+to\s+(?:favour|support|prefer|back|choose|want|welcome|"
    r"oppose|reject)\b|^\W*(?:(?:and|but|so)\s+)?in\s+(?:its|their|his|her)\s+favour\b"
    # what the reader might expect of the respondent, not its view: "you might expect us to favour the voluntary option"
    r"|\b(?:you|one|people|readers?|some|many|others)\s+(?:might|may|would|could|will)\s+(?:well\s+)?(?:expect|think|assume|imagine|"
    r"suppose)\s+(?:us|me|that\s+we|that\s+i)\s+(?:to\s+|would\s+)?(?:favour|support|prefer|back|choose|want|welcome|oppose|"
    r"reject|object\s+to)\b"
    # a verdict in a reduced relative clause judges its own head noun: "the wrong vehicle for a principle we support"
    r"|\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:principle|aim|aims|goal|goals|idea|ambition|objective|objectives|intention|"
    r"purpose|cause|value|values|outcome)\s+(?:we|i)\s+(?:\w+ly\s+|all\s+|also\s+)?(?:support|back|welcome|endorse|favour|share|"
    r"value|agree\s+with)\s*(?=[.,;:!)]|$)"
    # a risk weighed, not foreseen: "We have considered the risk that it becomes a paper exercise, ..." (what the
    # respondent concludes comes after)
    r"|\b(?:considered|weighed(?:\s+up)?|looked\s+(?:carefully\s+)?at|thought\s+(?:carefully\s+)?(?:about|through)|examined|discussed|"
    r"debated|explored)\s+(?:carefully\s+)?the\s+(?:risk|danger|possibility|concern|worry|argument|suggestion|fear)\s+that\s+[^,;.]{1,80}"
    # the paper right about a fact, not a verdict on a target: "The paper is right that some local partnerships are strong
    # and some are weak"
    r"|\b(?:the\s+(?:consultation\s+)?(?:paper|document)|the\s+consultation|the\s+government|the\s+home\s+office|ministers)\s+"
    r"(?:is|are|was|were)\s+(?:quite\s+|absolutely\s+|entirely\s+|surely\s+)?(?:right|correct)\s+(?:that|when\s+it\s+says|to\s+say|"
    r"to\s+note|to\s+recognise|to\s+recognize|in\s+saying)\b"
    # what others might expect of the respondent, put passively: "it might be expected that we would favour the voluntary
    # option" (its view comes after)
    r"|\bit\s+(?:might|may|could|would|will)\s+(?:well\s+)?be\s+(?:expected|assumed|thought|supposed|presumed)\s+that\s+(?:we|i)\s+"
    r"(?:would|should|will)\s+(?:\w+\s+)?(?:favour|support|prefer|back|choose|want|welcome|oppose|reject)\b[^.;]{0,80}"
    # experience narrated, not what the target would do: "we have watched two promising partnerships fade when ..."
    r"|\b(?:we|i)\s+(?:have\s+|had\s+|'ve\s+)?(?:watched|seen|saw|witnessed)\s+[^.;]{1,80}?\b(?:fade|fading|faded|collapse|collapsing|"
    r"collapsed|wither|withering|withered|fizzle|fizzled|falter|faltered|peter\s+out|petered\s+out|fall\s+apart|fell\s+apart|"
    r"lose\s+momentum|lost\s+momentum)\b[^.;]{0,60}"
    # a risk the paper itself names, not one the respondent foresees: "since the paper itself identifies the risk that
    # leadership could be difficult to broker"
    r"|\b(?:the\s+(?:consultation\s+)?(?:paper|document)|the\s+consultation|the\s+government|the\s+home\s+office|ministers)\s+"
    r"(?:itself\s+|rightly\s+|also\s+)?(?:identifies|identified|recognises|recognized|recognizes|recognised|acknowledges|acknowledged|"
    r"notes|noted|highlights|highlighted|flags|flagged|mentions|mentioned|points\s+to|pointed\s+to|sets\s+out|names|admits)\s+"
    r"the\s+(?:risk|danger|possibility|concern|worry|fear)\s+(?:that|of)\s+[^,;.]{1,80}"
    # sharing what another wants, the aim and not the means: "We get why the Government wants every school ... to take
    # serious violence seriously, and we want that too"
    r"|\bwants\s+[^.;]{1,200}?\b(?:we|i)\s+(?:\w+\s+)?want\s+(?:that|the\s+same(?:\s+thing)?|it)\s+(?:too|as\s+well|also)\b"
    # praise kept to its own place: "goodwill is a fine thing on an allotment, where it costs nothing" (not here)
    r"|\b(?:is|are)\s+(?:a\s+)?(?:fine|good|lovely|wonderful|great|grand)\s+things?\s+(?:on|in|at|among|between)\s+(?:an?|the|your|our|its)\s+"
    r"(?!(?:principle|theory|itself|themselves|general)\b)\w+"
    # the right people as a condition, not a verdict: "MARAC works when the right people are in the room"
    r"|\b(?:when|where|if|once|until|unless|as\s+long\s+as|provided(?:\s+that)?)\s+(?:all\s+)?the\s+right\s+(?:people|partners|agencies|"
    r"organisations|bodies|professionals|services)\b"
    # a view kept, not a consequence denied: "it does not change our view that Option Two is right"
    rf"|{VIEW_KEPT}"
    # a risk as a noun with its relative clause, not a consequence foreseen: "to act on a risk that everyone can see"
    r"|\ba\s+risk\s+that\s+(?:[\w'’-]+\s+){1,3}?(?:(?:can|could|will|would|do|does|did|may|might)\s+)?(?:see|saw|seen|know|knew|spot|"
    r"spotted|identify|identified|recognise|recognised|recognize|recognized|face|faced|manage|managed|share|name|named|flag|"
    r"flagged|ignore|ignored|describe|described)\s*(?=[,.;:)]|$)"
    # a caution about what the target might turn into, not a rejection of it: "I would not want a serious violence duty
    # to become another referral machine" (but "we would not want Option Two to become law" rejects it)
    # (or "want to see it turn into ...", round 42: "We don't want to see it turn into another strategy document nobody reads")
    r"|\b(?:would\s+not|wouldn't|wouldnt|do\s+not|don't|dont|did\s+not|didn't)\s+want\s+(?:to\s+see\s+)?(?:[\w'’-]+\s+){1,6}?(?:to\s+)?"
    r"(?:become|turn\s+into|end\s+up\s+as|descend\s+into|degenerate\s+into)\s+(?:just\s+|merely\s+|simply\s+)?(?:a|an|another|one\s+more)\s+"
    r"(?!(?:\w+\s+){0,2}?(?:law|statutory|legal|mandatory|requirement|duty|obligation)\b)",
    re.I,
)
_NOT_CUE_MORE_KEYS = (
    ": yes",
    ":yes",
    ": partial",
    ": partly",
    "agree with",
    "for prevent",
    "for counter",
    "recommend",
    "pretend",
    "glad to",
    "happy to",
    "pleased to",
    "willing to",
    "keen to",
    "delighted to",
    "ready to",
    "to duplicate",
    "to repeat",
    "empt",
    "to anticipate",
    "to prejudge",
    "second-guess",
    "to rehearse",
    "aim",
    "goal",
    "purpose",
    "objective",
    "cause",
    "ambition",
    "left out",
    "excluded",
    "omitted",
    "overlooked",
    "forgotten",
    "sidelined",
    "dropped",
    "its favour",
    "their favour",
    "right that",
    "correct that",
    "right when",
    "right to say",
    "right to note",
    "right to recogni",
    "right in saying",
    "be expected that",
    "be assumed that",
    "be thought that",
    "be supposed that",
    "be presumed that",
    "watched",
    "seen",
    "saw ",
    "witnessed",
    "not want",
    "n't want",
    "nt want",
    "want that",
    "want the same",
    "want it too",
    "want it as well",
    "want it also",
    "en the right",
    "re the right",
    "if the right",
    "once the right",
    "until the right",
    "unless the right",
    "long as the right",
    "ded the right",
    "ded that the right",
    "all the right",
    "fine thing",
    "good thing",
    "lovely thing",
    "great thing",
    "wonderful thing",
    "grand thing",
    "the risk that",
    "the danger that",
    "the possibility that",
    "the concern that",
    "the worry that",
    "the argument that",
    "the suggestion that",
    "the fear that",
    "view that",
    "views that",
    "belief that",
    "position that",
    "conclusion that",
    "opinion that",
    "judgement that",
    "judgment that",
    "conviction that",
    "sense that",
    "support that",
    "risk that",
    "expect",
    "assume",
    "imagine",
    "suppose",
    "welcome",
    "disagree",
    "know which",
    "what would",
    "what will",
    "what could",
    "we support",
    "i support",
    "we back",
    "we share",
    "we endorse",
    "we value",
)

REPORTED = rx.compile(
    r"^(?:as\s+[^,;]{1,40},\s*|(?:when|after|before|once|since)\s+(?:we|i)\s+[^,;]{1,60},\s*|[^:;]{1,160}:\s*)?"
    # where or when it was said, without a comma (round 38): "At a seminar in Brighton earlier this month several community
    # safety managers argued forcefully that ..."
    r"(?:(?:at|during|in|over)\s+(?:a|an|the|our|their|last|this|that)\s+(?:[\w'’-]+\s+){1,9}?(?=\S+\s+(?:\w+\s+){0,3}?(?:argued|said|told|felt)\b))?"
    r"(?:[^,;]{0,40}?\b)?(?:the\s+government|the\s+home\s+office|ministers?|the\s+home\s+secretary|the\s+(?:prime\s+|policing\s+)?minister|"
    r"the\s+secretary\s+of\s+state|"
    # a report or motion put to the respondent's meeting, and who moved it (round 42: minutes record the motion, then what
    # was resolved): "The report recommended that the Committee endorse ...", "Cllr Pritchard proposed, seconded by ..."
    r"the\s+(?:officers['’]?\s+|officer['’]s\s+|covering\s+)?(?:report|original\s+motion|substantive\s+motion|motion)|"
    r"(?:cllr|councillor)\s+[a-z][\w'’-]+|the\s+(?-i:[A-Z]{2,}[A-Za-z]*)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}(?=\s+(?:has|have|had|is|are|was|were|would|also|argues|argued|says|said|suggests|suggested|proposes|proposed|believes|believed|thinks|thought|favours|favoured|prefers|preferred|wants|wanted|told|tells)\b)|the\s+(?:consultation\s+)?paper(?:['’]s\s+(?:own\s+)?(?:description|account|analysis|summary|text|wording|authors|impact\s+assessment|"
    r"discussion|section|chapter|annex|evidence)(?:\s+of\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?)?|the\s+consultation|"
    r"(?:many|some|most|others|a\s+few)\s+(?:in|across|within|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:sector|sectors|profession|"
    r"professions|field|community|world|services?)|"
    r"some\s+of\s+(?:the|our|those|these)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+|some(?:\s+of\s+our)?(?:\s+\w+)?|others|other\s+\w+|many(?:\s+\w+)?|critics|colleagues|"
    # (half of a group, round 51: "About half our mentors think a duty is the only way", "Half the room thought ...")
    # (not "more than half", "over half": a majority, whose view may be the respondent's)
    r"(?:(?:about|around|roughly|nearly|almost|just\s+under)\s+)?(?<!\bthan\s)(?<!\bover\s)half\s+(?:of\s+)?(?:the|our|us|them|those|these|its|"
    r"their)(?:\s+[\w'’-]+){0,2}?|"
    # ("most said their own area fell some way short of it", round 30)
    r"most(?=\s+(?:said|told|felt|thought|reported|described|agreed)\b)|"
    r"(?:much\s+of\s+)?(?:the\s+)?(?:early\s+|recent\s+|public\s+|media\s+)?(?:commentary|commentators)(?:\s+(?:on|about)(?:\s+[\w'’-]+){1,3}?)?|(?:a\s+)?(?:few|number\s+of)\s+\w+|"
    r"(?:a|the)\s+(?:small\s+|large\s+|sizeable\s+|vocal\s+|significant\s+)?minority(?:\s+of\s+(?:us|them|our\s+\w+|\w+))?|"
    # (a group of people the respondent works with, round 52: "A group of older boys were clear: ...")
    r"(?:a|one|another|the\s+other)\s+(?:small\s+|large\s+)?group\s+of\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+|"
    # one of several holders, with its verb (round 48): "One believes a statutory duty is the only way ...; another believes
    # it would add cost"
    r"(?:one|another|the\s+other|the\s+(?:first|second|third|fourth|last))(?=\s+(?:believes|thinks|feels|argues|considers|"
    r"says|wants|prefers|favours|fears|worries|doubts|holds|maintains|insists|suggests|told|has\s+told)\b)|"
    # each of a group of others, or the partners at a table (round 49): "Every statutory partner around the table said the
    # project was valuable" (not "every member", the respondent body's own view held by all)
    r"(?:every|each)\s+(?:[\w'’-]+\s+){0,2}?(?:partner|agency|body|organisation|organization|school|officer|head|chair)"
    r"(?:\s+(?:around|round|at)\s+(?:the|that)\s+table)?|"
    r"one\s+or\s+two(?:\s+\w+)?|several(?:\s+\w+)?|(?<!option\s)(?<!options\s)(?<!question\s)(?<!schedule\s)(?:(?<![\d.])\d+(?![.\d])|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty)(?:\s+of\s+(?:them|us|our\s+\w+))?|(?<!option\s)(?<!question\s)(?<!\bnot\s)one\s+(?!(?:we|i|that|which|you|they)\b)\w+|it\s+(?:has\s+been|is)|(?:our\s+)?(?:partners|respondents|staff|young\s+people|parents)|people|those\s+(?:against|opposed|in\s+favour|for\s+it)|"
    r"(?:my|our)\s+(?:constituents|residents|tenants|pupils|students|families|service\s+users|patients|volunteers|clients|"
    r"sergeant|inspector|manager|boss|colleague|husband|wife|son|daughter|friend|friends|neighbour|neighbours|mum|dad|mother|"
    r"father|brother|sister|local\s+mp|mp|gp|vicar|imam|priest|head|head\s+teacher|headteacher|headmaster|headmistress|principal|"
    r"teachers|chair|chairman|councillor|councillors|son-in-law|daughter-in-law|partner|nan|gran|grandma|grandad|granddad|"
    r"grandmother|grandfather|uncle|aunt|auntie|cousin|mate|mates|supervisor|line\s+manager|pastor|other\s+half)(?:\s+(?-i:[A-Z][a-z'’-]+)){0,2}"
    # a third person opening the clause: "she thinks ..." (the respondent writes as I or we)
    r"|^\W*(?:he|she)"
    # people the respondent heard from, named as a group: "Callers to our phone-in said ...", "Residents told us ..."
    r"|(?:the\s+)?(?:callers|listeners|residents|neighbours|customers|shoppers|passengers|locals|viewers|readers|"
    r"service\s+users|those\s+who\s+(?:rang|called|wrote|replied|came))(?:\s+(?:to|at|on|in|from)(?:\s+[\w'’-]+){1,3}?)?)(?:\s*,[^,;]{1,90},)?\s+"
    # (an aside in brackets after the holders, round 51: 'Four trustees (the "endorse in full" group) regarded ...'; not a
    # share in brackets, "Two thirds of partnerships (67%) favoured ...", a majority's view that may be the respondent's)
    # (not a saying judged: "The paper is right to insist that ..." is the respondent's evaluation of the paper)
    r"(?:\w+\s+){0,3}?(?:\((?![^()]*\d)[^()]{1,60}\)\s+)?(?<!\bright\sto\s)(?<!\bwrong\sto\s)(?:argue[sd]?|disagree[sd]?|(?<!\bnot\s)agree[sd]?(?!\s+(?:with\s+)?(?:us|me)\b)|wrote\s+that|writes\s+that|argued|felt|feels?|say|says|said|claim\w*|suggest\w*|believes?|believed|thinks?|thought|"
    r"prefers?|preferred|proposes?|proposed|recommend(?:s|ed)|moved(?=\s*(?:,|that\b|an?\s+(?:amendment|motion)\b))|favours?|favoured|treated|treats|characteri[sz]ed|portrayed|branded|labelled|concedes?|conceded|acknowledges|acknowledged|admits|admitted|(?:recognises?|recognizes?|recognised|recognized|observes?|observed|accepts?|accepted)(?=\s+that\b)|told\s+(?:us|me|you)|tells?\s+(?:us|me|you)|tell\s+you|maintain\w*|contend\w*|sets?\s+out|describes?|"
    r"asserts?|insist\w*|would\s+say|urged?|wanted|wants|asked|asks|were\s+worried|are\s+worried|feared|fears?|worry|worries|worried|"
    r"called\s+for|(?:are|were|have\s+been)\s+calling\s+for|call\s+for|noted|notes|pointed\s+out|points?\s+out|dismiss(?:es|ed)?|reckons?|reckoned|voted|vote|convinced|adamant|persuaded|of\s+the\s+(?:view|opinion)|"
    # (or considered that, round 47: "Others considered that 'due regard' is so light a requirement that it would change little")
    r"considered\s+that|"
    # an attitude of theirs: "some colleagues in the voluntary sector are uneasy about borrowing the list"
    r"(?<!\bwe\s)(?<!\bi\s)(?:are|were|feel|felt|remain|remained)\s+(?:\w+\s+)?(?:uneasy|unhappy|uncomfortable|nervous|wary|keen|enthusiastic|"
    r"clear|emphatic|unanimous|"
    r"content|comfortable|sceptical|skeptical|doubtful|unconvinced|opposed|hostile|supportive|divided|split|"
    # (or undecided, round 51: "Two trustees were undecided", not the board's own answer)
    r"undecided|unsure|uncertain|ambivalent|torn)"
    # ... what they saw in it: "Health colleagues saw merit in a duty that would sit alongside their functions" (round 27)
    # ... what they take it to be (round 51): "Some see it as the statutory anchor; others see it as another layer"
    r"|(?:saw|see|sees|regard|regards|regarded|view|views|viewed)\s+(?:it|this|that|them|the\s+(?:duty|option|idea|proposals?|list|vision|"
    r"focus|approach|paper))\s+as\b"
    # ... or a case they see (round 51): "Some of us see a case for bringing in youth offending services; others ..."
    r"|(?:saw|see|sees)\s+(?:a|the|some|every|no|little|much)\s+(?:\w+\s+)?case\s+(?:for|against)\b"
    r"|(?:saw|see|sees|seen)\s+(?:some\s+|real\s+|much\s+|little\s+|no\s+|considerable\s+|clear\s+)?(?:merit|value|sense|promise|"
    r"advantages?|benefits?|risks?|dangers?|problems?)\s+in"
    # ... or their objection: "many in the education sector will object to a duty on schools"
    r"|(?:object|objects|objected)\s+to|(?:oppose|opposes|opposed|reject|rejects|rejected|resist|resists|resisted)(?=\s+(?:a|an|the|any|it|this|that|such)\b))\b"
    # a draft the respondent answers, quoted or cited (round 41): 'Your draft: "Option One seems the most practical"', 'v2
    # reads: "..."', "The chair's draft says that ..." (not the respondent's own wording: "Our proposed wording: ...")
    r"|^\W*(?:(?:in\s+)?(?:your|the|his|her|their|(?:the\s+)?[\w-]+['’]s)\s+(?:first\s+|second\s+|earlier\s+|original\s+|current\s+|"
    r"revised\s+|circulated\s+)?(?:draft|version)|v\d{1,2}|version\s+\d{1,2}|draft\s+\d{1,2})"
    r"(?:\s+(?:of|for|on|at|under)\s+(?:the\s+)?(?:paragraph|para|section|answer|point|question|q)\s*\d{0,2})?"
    r"\s*(?::|,?\s+(?:says|said|reads|read|has|had|states|stated|proposes|proposed|currently\s+(?:says|reads)|puts\s+it)\b)",
    re.I,
)
# an argument reported in the passive: "the Cardiff Model is often cited as proof that no duty is needed";
# hearsay: "we were told at a meeting that ...", "someone at the CCG has floated the idea that ...",
# "it has been suggested that ..."
PASSIVE_REPORT = rx.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:often|sometimes|widely|frequently|commonly|\w+ly)\s+)?(?:cited|quoted|held\s+up|presented|offered|used|"
    r"put\s+forward|taken)\s+as\s+(?:evidence|proof|a\s+sign|an?\s+example|an?\s+argument|a\s+reason)\s+(?:that|of|for)\b"
    r"|\b(?:we|i)\s+(?:were|was|have\s+been|had\s+been)\s+told\b[^.;]{0,60}?\bthat\b"
    # "I've had people tell me that ...", "we have had parents saying ..."
    r"|\b(?:we|i)(?:'ve|’ve|\s+have|'d|’d|\s+had)?\s+had\s+(?:people|folk|some|others|colleagues|members|parents|customers|"
    r"neighbours|residents|friends|a\s+few\s+\w+|one\s+or\s+two\s+\w+)\s+(?:\w+\s+)?(?:tell|telling|say|saying)\b"
    r"|\b(?:has|have|had)\s+(?:floated|raised|mooted|put\s+about)\s+(?:the\s+)?(?:idea|suggestion|notion|possibility)\s+that\b"
    # ("It has also been suggested, in meetings we have attended, that ...": an aside between)
    r"|^(?:[^,;]{0,40}?\b)?it\s+(?:has\s+(?:also\s+|often\s+)?been|was\s+(?:also\s+)?|is\s+(?:also\s+)?being)\s+(?:suggested|argued|"
    r"said|claimed|proposed)\s*(?:,[^,;]{1,60},\s*)?(?:\w+\s+){0,4}?that\b"
    # people the respondent heard from, as the clause's subject: "Network Rail colleagues we spoke to would be content with ..."
    r"|^\W*(?:the\s+|our\s+|many\s+|most\s+|all\s+|some\s+)?(?:[\w'’-]+\s+){0,6}?(?:people|colleagues|partners|members|staff|"
    r"parents|residents|officers|organisations|agencies|schools|operators|families|businesses|those|others|young\s+people)\s+"
    r"(?:(?:that|who|whom)\s+)?(?:we|i)\s+(?:have\s+|had\s+)?(?:spoke|spoken|talked|consulted|interviewed|surveyed|met|"
    r"heard\s+from|asked)\b",
    re.I,
)
# hearsay of another kind, tried only where one of its words is (``_HEARSAY_KEYS``): what the respondent has
# heard of others' positions ("we understand that our police colleagues see merit in it"), and a claim held
# at arm's length ("Apparently a second duty will succeed where ...")
_HEARSAY = rx.compile(
    r"\b(?:we|i)\s+(?:understand|gather|hear|have\s+heard|are\s+aware|am\s+aware)\s+that\s+(?:our|their|some|many|most|several|other|"
    r"a\s+number\s+of|colleagues|partners|members|the\s+(?:police|government|home\s+office|council|chief|board|commissioner|minister))"
    r"|^\s*(?:apparently|supposedly|allegedly|ostensibly|so\s+we\s+are\s+told|we\s+are\s+(?:told|asked\s+to\s+believe))\b"
    # why others think as they do, understood (round 35): "We understand why people look at that record and conclude that
    # goodwill is not enough" (their conclusion, not the respondent's)
    r"|\b(?:we|i)\s+(?:can\s+)?(?:understand|see|appreciate)\s+why\s+(?:people|some|others|many|colleagues|members|critics|partners|"
    r"those|the\s+government|ministers)\b"
    # ... or why some others named by what they are choose as they do (round 42): "we can see why metropolitan areas favour
    # it" (their choice, not the respondent's)
    r"|\b(?:we|i)\s+(?:can\s+)?(?:understand|see|appreciate)\s+why\s+(?!(?:we|i|it|this|that|there)\b)(?:[\w'’-]+\s+){1,4}?"
    r"(?:favour|favours|prefer|prefers|support|supports|back|backs|want|wants|choose|chose|opt|opted|like|likes)\b"
    # an argument set out to be weighed, not held (round 42: objections and replies in turn): "It might be objected that this
    # is too loose", "The standard objection is that ...", "Defenders reply that ...", "The case against is that ...",
    # "Objection: it omits Clinical Commissioning Groups."
    r"|^\W*(?:(?:but|and|now|of\s+course)\s*,?\s+)?it\s+(?:might|may|could|will|would|can)\s+(?:well\s+|also\s+)?be\s+(?:objected|said|argued|"
    r"suggested|countered|replied|claimed|contended|urged|answered)\b"
    r"|\b(?:the|an?)\s+(?:standard|usual|obvious|main|familiar|strongest|first|second|third|chief|common|principal|natural|"
    r"likely|predictable)\s+(?:objection|argument|criticism|reply|response|answer|rejoinder)\s+(?:(?:to|against|for)\s+[^.;]{1,40}?\s+)?"
    r"(?:is|would\s+be)\s+that\b"
    r"|^\W*(?:(?:its|the\s+option['’]s|the\s+duty['’]s)\s+)?(?:defenders|critics|opponents|supporters|proponents|sceptics|advocates)"
    r"(?:\s+of\s+[^.;,]{1,40})?\s+(?:reply|respond|argue|say|object|answer|counter|contend|point\s+out|will\s+(?:say|reply|argue))\b"
    # (one of them, round 52: "The sceptic will say that a duty to have due regard is the weakest kind of duty", "The sceptic's
    # favourite line about the non-legislative option is that it means 'more of the same'")
    r"|^\W*(?:but\s+|and\s+|now\s+)?(?:the|a|any|every)\s+(?:sceptic|skeptic|cynic|critic|doubter|naysayer|opponent|detractor)"
    r"(?:\s+(?:says|argues|objects|replies|will\s+(?:say|reply|argue|object)|would\s+(?:say|reply|argue|object)|might\s+(?:say|argue))\b"
    r"|['’]s\s+(?:favourite\s+|usual\s+|standard\s+|stock\s+|first\s+|main\s+)?(?:line|objection|argument|complaint|reply|answer|"
    r"retort|charge|refrain)\b)"
    r"|^\W*(?:the\s+)?(?:objection|reply|response|counter-argument|rejoinder)\s*:"
    r"|\bthe\s+case\s+(?:against|for)\b(?:\s+[^.;]{1,60}?)?\s+is\s+(?:that|familiar|well\s+known|easily\s+made|easy\s+to\s+make)\b"
    # "we have also heard the argument that a voluntary approach would be enough"
    r"|\b(?:we|i)\s+(?:have\s+)?(?:also\s+)?(?:heard|seen|read)\s+(?:the\s+|an\s+|it\s+)?(?:argument|suggestion|claim|view|case|argued|suggested|said|put\s+forward|proposed)\s*,?\s+(?:made\s+)?(?:[^.;]{0,80}?,\s*)?that\b"
    # a view the respondent passes on: "the scrutineer asked us to record that in her view ..."
    # (or to press for it, round 42: "The clerk to Sallow Parish Council asked me to press for town and parish councils to
    # be made statutory members")
    r"|\basked\s+(?:us|me)\s+to\s+(?:record|note|say|add|mention|pass\s+on|set\s+out|press\s+for|push\s+for|argue\s+for|"
    r"call\s+for|ask\s+for|make\s+the\s+case\s+for|put\s+the\s+case\s+for)\b|\bin\s+(?:her|his|their)\s+(?:view|opinion|words|experience)\b"
    # arguments on a question noted or heard, not made: "Members noted arguments for adding secondary schools ... and
    # concerns that a larger board would be harder to convene" (round 27)
    r"|\b(?:noted|heard|weighed|rehearsed|recorded|acknowledged)\s+(?:the\s+|both\s+|some\s+|several\s+|strong\s+)?(?:arguments?|case|cases|"
    # (round 42: "heard strong arguments both for and against")
    r"points?)\s+(?:both\s+)?(?:for|against|in\s+favour\s+of|on\s+both\s+sides)\b"
    # (not when the weighing ends in no conclusion of the respondent's own: "We have weighed the case for giving the duty
    # to CSPs and come to no firm conclusion", round 29)
    r"(?![^.;]*\b(?:come|came|reached|arrived)\s+(?:to\s+|at\s+)?no\s+(?:\w+\s+)?(?:conclusion|view|position|decision)\b)"
    # what respondents to the writer's own survey said (round 29): "The most frequent comment was that the emphasis on data
    # sharing reflected what practitioners had been asking for"
    r"|\b(?:the\s+)?(?:most\s+(?:frequent|common|usual)|commonest|main|usual|recurring|typical)\s+(?:comment|response|view|theme|answer|"
    r"point\s+made|reply|observation|concern|criticism)s?\s+(?:was|were|is|are)\s+that\b"
    # what others fear or hold: "Their fear is that a legal duty will produce a tick-box culture"
    r"|\b(?:her|his|their)\s+(?:fear|worry|concern|view|belief|argument|position|case)\s+(?:is|was|being)\s+that\b"
    # another body's view with the respondent's "we understand" set off: "The County Council, we understand, is
    # likely to support the preferred option"
    r"|^[^,;]{1,80},\s*(?:we|i)\s+(?:understand|gather|hear|are\s+told|am\s+told)\s*,"
    # a view pressed on the writer again and again (round 38): "People keep telling me a law won't change anything"
    r"|\b(?:keep|keeps|kept)\s+(?:on\s+)?(?:telling|saying\s+to)\s+(?:us|me)\b"
    # an objection foreseen (round 38): "Some will object that 'serious violence' is too narrow"
    r"|\b(?:some|others|critics|many|people|sceptics|opponents)\s+(?:will|may|might|would)\s+(?:object|argue|say|claim|"
    r"complain|protest)\s+(?:that\b|[^.;]{0,40}?\bthat\b)"
    # somebody else's account: "our councillor told us the council would rather see it done through the partnership" (not
    # the respondent's own evidence, round 38: "where our casework tells us it belongs")
    r"|\b(?!(?:we|i|experience|casework|caseload|evidence|data|figures|research|practice|history|record|work)\b)[\w']+\s+"
    r"(?:has\s+|had\s+)?(?:told|tells|keeps\s+telling)\s+(?:us|me)\b"
    # somebody of the writer's own circle, with an aside: "My flatmate, who does criminology, thinks the vision is ..."
    r"|^\W*(?:but\s+|and\s+)?my\s+(?!(?:own|view|answer|position|opinion|feeling|sense|instinct|gut|vote|response|reply|reading|"
    r"worry|concern|fear|hope|question|point|conclusion|experience|main|overall|first|honest|personal)\b)[\w'’-]+(?:\s+[\w'’-]+)?"
    r"(?:,\s+[^,;.]{1,80},)?\s+(?:thinks|reckons|says|said|believes|feels|felt|argues|argued|is\s+convinced|keeps\s+saying|told\s+me)\b"
    # the addressee's view: "I know you said at forum that you think the duty is long overdue", "You think it would help"
    r"|\b(?:i\s+know|i\s+understand|i\s+realise|i\s+realize|i\s+appreciate|as)\s+(?:that\s+)?you\s+(?:said|say|think|thought|"
    r"believe|told\s+(?:us|me)|have\s+said)\b|^\W*you\s+(?:said|think|thought|believe|told\s+(?:us|me)|have\s+said)\b"
    # most of an individual's circle ("Most of my team think ...", "Half my colleagues reckon ..."): not the writer (a
    # majority of an organisation's own members is the organisation's view: MAJORITY)
    r"|^\W*(?:most|many|all|half|lots|a\s+lot|the\s+majority|a\s+majority)\s+(?:of\s+)?my\s+(?:[\w'’-]+\s+){0,2}?(?:team|colleagues|"
    r"staff|friends|family|workmates|mates|patients|students|pupils|neighbours|congregation|members|class|group|officers|peers)\b"
    r"[^.;:]{0,90}?\b(?:reckon|think|believe|say|said|feel|felt|argue|fear|worry|want|would\s+rather|would\s+prefer)\b"
    # a few of the respondent's people, with what they have done between: "A few of our team have worked in the NHS and
    # reckon a duty would focus minds" (a majority of them is the respondent's own: MAJORITY)
    r"|(?:^\W*|,\s+|\bthat\s+)(?:a\s+few|a\s+handful|a\s+couple|a\s+number|some|several|many|one|two|three|others?)\s+of\s+(?:our|the|us|them|those)\b"
    r"[^.;:]{0,90}?\b(?:reckon|reckons|think|thinks|believe|believes|say|says|said|feel|feels|felt|argue|argued|fear|fears|"
    r"worry|worried|would\s+rather|would\s+prefer|would\s+sooner|want|wants|wanted)\b"
    # some of somebody's people, described, with their attitude: "Several youth offending team managers we spoke to in
    # preparing this response would welcome a duty" (a few are not the respondent: a majority would be, MAJORITY)
    # (also after "that", and with where they sit and an aside: "I should add that several colleagues on the youth
    # panel, whose judgement I respect, would prefer ...")
    r"|(?:^\W*|\bthat\s+|,\s+(?:and\s+|but\s+|while\s+)?)(?:several|some|a\s+few|a\s+handful\s+of|a\s+number\s+of|one\s+or\s+two|a\s+minority\s+of)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:managers|members|colleagues|partners|staff|officers|practitioners|heads|headteachers|head\s+teachers|teachers|leaders|"
    r"councillors|governors|trustees|clinicians|parents|residents|respondents|people|professionals|chiefs|officials|commissioners|"
    r"nurses|doctors|gps|social\s+workers|youth\s+workers|volunteers|principals)\b"
    r"(?:\s+(?:on|in|from|at|of)\s+[^,;.]{1,40}?)?(?:,\s+[^,;.]{1,60},)?"
    r"(?:\s+(?:we|i|who|that)\s+[^,;.]{0,60}?)?"
    # ("... said they would prefer", "... would go further and back")
    r"(?:\s+(?:said|say|told\s+us|tell\s+us)\s+(?:that\s+)?(?:they|it)(?=\s))?\s+(?:would\s+|will\s+|also\s+|still\s+)?"
    r"(?:go\s+further\s+and\s+)?"
    r"(?:welcome|support|prefer|favour|back|oppose|reject|like|want|see\s+(?:merit|value|sense))\b",
    re.I,
)
# people who hold a view, as the respondent knows: "We know there are people, some in our own choir among them, who
# think a new duty in law would only mean more forms" (tried only where "there " is)
_THERE_ARE_WHO = rx.compile(
    r"\bthere\s+(?:are|were|will\s+be)\s+(?:those|people|some|others|many|colleagues|members|parents|residents)\b[^.;]{0,80}?"
    r"\bwho\s+(?:\w+\s+)?(?:think|believe|feel|say|argue|fear|worry|would\s+rather|prefer|want|reckon)\b",
    re.I,
)
# the first reaction of some of them: "Several members' first instinct was to oppose anything that ..." (tried only
# where a plural possessive is)
_THEIR_FIRST_REACTION = rx.compile(
    r"^\W*(?:a\s+few|a\s+handful\s+of|a\s+number\s+of|some|several|many|one\s+or\s+two|two|three)\s+(?:of\s+(?:our|the)\s+)?"
    r"(?:[\w-]+\s+){0,2}?[\w-]+s['’]\s+(?:first\s+|initial\s+|gut\s+|own\s+|immediate\s+)?(?:instinct|reaction|view|fear|worry|"
    r"concern|feeling|response|position|preference)\s+(?:is|was|were|had\s+been)\b",
    re.I,
)
# some of the respondent's people not sharing a view: "Not everyone liked the sound of it", "not all of our members
# agreed" (tried only where "not " leads)
_NOT_EVERYONE = rx.compile(
    r"^\W*(?:but\s+|and\s+)?not\s+(?:everyone|everybody|all\s+of\s+(?:us|them|our\s+\w+)|all\s+(?:our\s+)?(?:members|parents|"
    r"residents|staff|colleagues|trustees|governors|volunteers))\s+(?:here\s+|there\s+|present\s+)?(?:liked|likes|agreed|agrees|"
    r"was|were|is|are|thinks|thought|felt|feels|wanted|wants|shared|shares|welcomed|welcomes|backed|supported)\b",
    re.I,
)
_HEARSAY_KEYS = rx.compile(
    r"be objected|be said|be argued|be suggested|be countered|be replied|be claimed|be contended|be urged|be answered|"
    r"objection|argument is|argument would|criticism is|reply is|response is|rejoinder|defenders|critics|opponents|supporters|"
    r"proponents|sceptic|skeptic|cynic|doubter|naysayer|detractor|advocates|case against|case for|see why|appreciate why|several|some |a few|handful|number of|one or two|minority of|understand|gather|hear|aware|apparently|supposedly|allegedly|ostensibly|are\s+told|to\s+believe|asked\s+(?:us|me)|"
    r"(?:her|his|their)\s+(?:view|opinion|words|experience|fear|worry|concern|belief|argument|position|case)|heard|argument|told|tells|telling|seen|suggest|, we understand,|, i understand,|, we gather,|"
    r"few of|handful of|couple of|number of|some of|several of|many of|one of|two of|three of|others of|you |my |noted|weighed|"
    r"rehearsed|recorded|acknowledged|comment|response was|responses were|theme|answer was|reply was|observation|concern was|criticism was"
)
_OWN_VIEW = rx.compile(
    r"\b(?:we|i)\s+(?:\w+\s+|don't\s+|didn't\s+|can't\s+|cannot\s+|do\s+not\s+)?(?:agree|support|think|believe|consider|share|endorse|reject|oppose|"
    r"disagree|concluded?|choose|prefer|favour|back|like|welcome|accept)\b"
    r"|\b(?:my|our)\s+(?:vote|view|answer|support|backing|preference)\b"
    # the respondent with others (round 34): "We and our partners agree that Option One is right"
    r"|\b(?:we|i)\s+(?:and|together\s+with|along\s+with)\s+(?:[\w'’-]+\s+){1,4}?(?:all\s+|both\s+)?(?:agree|support|think|believe|"
    r"consider|share|endorse|reject|oppose|disagree|prefer|favour|back|welcome|accept)\b",
    re.I,
)

_FUNCTION_WORDS = frozenset(
    "the and for not are our has can but was any all its who you how did had may his her too yet let "
    "would will with that this have been could should they their them were from what does than into also".split()
)


def case_free(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` without IGNORECASE, to run on the lower-cased text of an ASCII string: the same matches at the same
    places (ASCII lower-casing keeps every offset, and such a pattern spells no upper-case letter), found some three
    times faster in a long alternation. None where the pattern is not case-insensitive, or spells an upper-case letter,
    an escape that may stand for one, or an inline flag (``(?-i:[A-Z])`` for a capitalised name).

    >>> case_free(re.compile(r"\\bno\\s+view\\b", re.I)).search("we have no view".lower()).span()
    (8, 15)
    >>> case_free(re.compile(r"(?-i:[A-Z])\\w+", re.I)) is None
    True
    """
    return (
        rx.compile(pattern.pattern, pattern.flags & ~re.I) if _has_case_free(pattern.pattern, pattern.flags) else None
    )


def _has_case_free(src: str, flags: int) -> bool:
    """Whether the expression ``src`` compiled with ``flags`` has a case-free form (``case_free``)."""
    if not flags & re.I or "\\\\" in src or re.search(r"\(\?[aiLmsux-]", src) or re.search(r"\\[xuUN0-7]", src):
        return False
    spelt = re.sub(r"\(\?#[^)]*\)", "", re.sub(r"\(\?P[<=][A-Za-z_]\w*>?", "", re.sub(r"\\[A-Za-z]", "", src)))
    return not re.search(r"[A-Z]", spelt)


def blank_all(pattern: re.Pattern[str], text: str, fast: re.Pattern[str] | None = None) -> str:
    """``pattern.sub(_blank, text)``; with ``fast`` (``case_free(pattern)``, or a case-free pattern matching wherever
    ``pattern`` does and more) first asked of the lower-cased text of an ASCII string, and nothing done where it finds
    nothing (most texts)."""
    if fast is not None and text.isascii() and fast.search(text.lower()) is None:
        return text
    return pattern.sub(_blank, text)


@functools.cache
def _entry_pattern(i: int, lowered: bool) -> re.Pattern[str] | None:
    """Entry ``i``'s expression, compiled when first tried (a run tries only the entries whose anchors its clauses hold;
    compiling all 700 in both forms took a third of a second at import): with ``lowered``, the case-free form to run on
    the lower-cased text of an ASCII clause, or None where it has none; else the case-insensitive one."""
    src = rf"\b(?:{LEXICON[i][0]})"
    if lowered:
        return rx.compile(src) if _has_case_free(src, re.I) else None
    return rx.compile(src, re.I)


def _entry_needs(i: int) -> tuple[frozenset[str], ...]:
    """What every match of entry ``i`` holds (``_needed``; at most three sets, the most telling): its anchors say when
    an entry may match, this when it cannot."""
    return source_needs(rf"\b(?:{LEXICON[i][0]})", re.I)


def _recall_entry_needs() -> None:
    """Each entry's needs worked out in an earlier process (``recalled_needs``), in place at the first clause read."""
    global _NEEDS_RECALLED
    _NEEDS_RECALLED = True
    for i, entry in enumerate(LEXICON):
        if _NEEDS[i] is None:
            _NEEDS[i] = recalled_needs(rf"\b(?:{entry[0]})", re.I)


# each entry's needs (None: not worked out yet), worked out once the entry has been tried on this many clauses (a small
# run, as a night's few new texts, does not pay for parses it would not gain from)
_NEEDS: list[tuple[frozenset[str], ...] | None] = [None] * len(LEXICON)
_TRIES = [0] * len(LEXICON)
_TRIES_BEFORE_NEEDS = 200  # (the parse costs about what a hundred searches of an entry do; twice that, for margin)
_NEEDS_RECALLED = False  # whether the needs kept from earlier processes are in place (``_recall_entry_needs``)


def _drop_negative_lookarounds(pattern: str) -> str:
    """The pattern without its ``(?!...)`` and ``(?<!...)`` groups (balanced parentheses, escapes kept)."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith(("(?!", "(?<!"), i):
            depth, j = 0, i
            while j < len(pattern):
                c = pattern[j]
                if c == "\\":
                    j += 2
                    continue
                depth += c == "("
                depth -= c == ")"
                j += 1
                if depth == 0:
                    break
            i = j
            continue
        out.append(pattern[i])
        i += 1
    return "".join(out)


_DECLARED = rx.compile(r"^\(\?#anchors:\s*([a-z ]+)\)")


def _anchors(pattern: str) -> tuple[str, ...]:
    """Literal letter runs (3+) of a pattern: every match contains one of them, so an entry none of
    whose anchors is in a clause cannot match it (tests/test_stance_pairs.py checks this on every
    development text). Regex escapes (``\\s``, ``\\w``) are dropped first; ``s?`` is optional.

    An entry whose every match holds one of a few rarer words declares them in a leading comment,
    ``(?#anchors: give hand)``, so that its common words ("duty", "option") do not make it tried in
    most clauses (tests/test_stance_lexicon.py checks that every path spells a declared anchor)."""
    declared = _DECLARED.match(pattern)
    if declared:
        return tuple(sorted(declared.group(1).split()))
    p = _drop_negative_lookarounds(pattern.lower())  # what a match must not hold is never in it
    p = re.sub(r"\\[a-zA-Z]", " ", p)
    p = re.sub(r"([a-z])s\?", r"\1", p)
    words = set(re.findall(r"[a-z]{3,}", p))
    # function words are in nearly every clause: as anchors they would let every entry through
    return tuple(sorted(words - _FUNCTION_WORDS)) or tuple(sorted(words))


_ANCHORS = [_anchors(p) for p, *_rest in LEXICON]
_BY_ANCHOR: dict[str, list[int]] = {}
for _i, _a in enumerate(_ANCHORS):
    for _w in _a:
        _BY_ANCHOR.setdefault(_w, []).append(_i)
_LONGEST = max(map(len, _BY_ANCHOR))
_WORD = rx.compile(r"[a-z]+")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


# an organisation's own preference ("the Council's preferred option"), not the Government's: a verdict
OWN_POSSESSIVE = rx.compile(
    r"\b(?!government|home\s+office|paper|consultation|department|minister|secretary)[a-z]+['’]s\s+$", re.I
)


def _blank_not_own_preference(m: re.Match[str]) -> str:
    """``_blank`` for ``NOT_CUES``, but for "preferred option" after an organisation's possessive other than the
    Government's ("the Trust's preferred option is the second"), which is the respondent's choice."""
    if m.group(0)[:9].lower() == "preferred" and OWN_POSSESSIVE.search(m.string, max(0, m.start() - 40), m.start()):
        return m.group(0)
    # the head noun of the Government's choice is kept, the choice blanked: "the option the Government prefers would
    # fail" is said of the option, and entries read their subject (round 29)
    head = _CHOICE_HEAD.match(m.group(0))
    if head is not None:
        return head.group(0) + " " * (len(m.group(0)) - head.end())
    head = _CHOICE_TAIL.search(m.group(0))
    if head is not None:
        return " " * head.start() + head.group(0)
    return _blank(m)


_CHOICE_HEAD = rx.compile(r"the\s+(?:option|duty|route|approach|model|proposal)\b(?=\s+\S)", re.I)
_CHOICE_TAIL = rx.compile(r"(?<=\s)(?:option|approach|model|route|duty|proposal)$", re.I)


_LETTERS = rx.compile(r"[a-z]+")


@functools.lru_cache(maxsize=1024)
def _letter_runs(low: str) -> frozenset[str]:
    """The runs of ASCII letters of a lower-cased text (its words, and the parts of words split by other characters);
    remembered for the few key sets asked of the same text in a row."""
    return frozenset(_LETTERS.findall(low))


class KeySet:
    """Which of some lower-case keys a lower-cased text holds (``k in low`` for each), found through the text's runs of
    letters: each key's longest run of letters must lie inside one of the text's, so only the keys whose run does are
    tested. The same answers as testing every key, with a dictionary lookup per distinct run instead of a substring test
    per key (a clause holds some twenty runs; the gates of the verdict patterns are two hundred keys).

    >>> ks = KeySet(("agree", "glad to", ", yes", "ion"))
    >>> sorted(ks.present("we disagree, yes, and are glad to say so"))
    [', yes', 'agree', 'glad to']
    >>> ks.any("an option"), ks.any("glad, to")
    (True, False)
    """

    def __init__(self, keys: tuple[str, ...]) -> None:
        self.keys = tuple(keys)
        self._by_run: dict[str, list[str]] = {}
        for k in self.keys:
            runs = _LETTERS.findall(k)
            if not runs:
                raise ValueError(f"a key with no letters: {k!r}")
            self._by_run.setdefault(max(runs, key=len), []).append(k)
        self._runs = tuple(self._by_run)
        self._of_word: dict[str, tuple[str, ...]] = {}

    def _keys_in(self, word: str) -> tuple[str, ...]:
        found = self._of_word.get(word)
        if found is None:
            found = tuple(k for run in self._runs if run in word for k in self._by_run[run])
            if len(self._of_word) < 200_000:
                self._of_word[word] = found
        return found

    def present(self, low: str) -> frozenset[str]:
        """The keys ``low`` holds."""
        out = set()
        of_word = self._of_word
        for word in _letter_runs(low):
            found = of_word.get(word)  # (the lookup of ``_keys_in``, without a call for each word)
            for k in found if found is not None else self._keys_in(word):
                if k not in out and (k == word or k in low):
                    out.add(k)
        return frozenset(out)

    def any(self, low: str) -> bool:
        """Whether ``low`` holds any of the keys."""
        of_word = self._of_word
        for word in _letter_runs(low):
            found = of_word.get(word)
            for k in found if found is not None else self._keys_in(word):
                if k in low:
                    return True
        return False


def _top_branches(source: str) -> list[str]:
    """The top-level alternatives of a regular expression's source ("a|(b|c)|d" gives "a", "(b|c)", "d"): split at each
    "|" outside groups, character classes, escapes and comments."""
    out, depth, start, i, n = [], 0, 0, 0, len(source)
    while i < n:
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i += 1
            if i < n and source[i] == "^":
                i += 1
            if i < n and source[i] == "]":
                i += 1  # a "]" first in a class is a character
            while i < n and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif source.startswith("(?#", i):
            i = source.index(")", i)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    out.append(source[start:])
    return out


def _needed(items: Any) -> tuple[frozenset[str], ...]:
    """What every match of a parsed expression (``re._parser``) holds: sets of strings, of each of which a match holds
    one, the most telling set first (its shortest string the longest); lower-cased (a match's letters may be in either
    case), each string ASCII with a letter in it; empty where nothing is sure. Conservative: a literal run is broken by
    anything but a literal, and what is optional, repeated from zero, or looked around for requires nothing; of
    alternatives, each one's most telling set is taken.

    >>> [sorted(s) for s in _needed(re._parser.parse(r"\\bwould\\s+add\\s+to\\s+(?:the\\s+)?(?:burden|workload)s?", re.I))]
    [['burden', 'workload'], ['would'], ['add'], ['to']]
    """
    c = re._constants  # type: ignore[attr-defined]
    found: list[frozenset[str]] = []

    def keep(sets: Any) -> None:
        found.extend(s for s in sets if s and all(k.isascii() and _LETTERS.search(k) for k in s))

    run: list[str] = []
    for op, av in list(items) + [(None, None)]:
        if op is c.LITERAL:
            run.append(chr(av).lower())
            continue
        if run:
            keep([frozenset({"".join(run)})])
            run = []
        if op is c.SUBPATTERN:
            keep(_needed(av[3]))
        elif op is c.ATOMIC_GROUP:
            keep(_needed(av))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            keep(_needed(av[2]))
        elif op is c.BRANCH:
            alts = [_needed(a) for a in av[1]]
            if all(alts):
                keep([frozenset().union(*(alt[0] for alt in alts))])
    return tuple(sorted(set(found), key=lambda s: (-min(map(len, s)), len(s), sorted(s))))


def needs_of(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """What every match of ``pattern`` holds (``_needed``: at most three sets, the most telling; empty if nothing is sure
    or the source cannot be parsed), for ``holds_needed`` on the lower-cased text of an ASCII string.

    >>> [sorted(s) for s in needs_of(re.compile(r"\\bno\\s+fan\\s+of\\b", re.I))]
    [['fan'], ['no'], ['of']]
    """
    return source_needs(pattern.pattern, pattern.flags)


# What is worked out from a pattern's source by parsing it again (its needs, a long alternation's split) is kept on disk
# with the compiled patterns (``core.patterns.remember``): parsing the coder's patterns for them took 0.5 to 0.8 s of
# CPU in every process that codes many texts, and until they were worked out (after some uses of each pattern, so that
# a few texts do not pay for the parses) each pattern was searched in full. A fact is recalled only by the code that
# made it: the version is a digest of the functions that work it out, and of the pattern they use.
_FACTS_VERSION: list[str] = []


def _facts_version() -> str:
    if not _FACTS_VERSION:
        _FACTS_VERSION.append(
            rx.code_version(_needed, _top_branches, source_needs, Gated._work_out, salt=_LETTERS.pattern)
        )
    return _FACTS_VERSION[0]


def source_needs(source: str, flags: int) -> tuple[frozenset[str], ...]:
    """``needs_of`` the pattern ``source`` compiled with ``flags``, worked out now (and kept for later processes).

    >>> [sorted(s) for s in source_needs(r"\\b(?:would|could)\\s+help\\b", re.I)]
    [['could', 'would'], ['help']]
    """
    try:
        needs = _needed(re._parser.parse(source, flags))[:3]  # type: ignore[attr-defined]
    except (re.error, AttributeError, IndexError, ValueError):
        needs = ()
    rx.remember("needs", _facts_version(), f"{int(flags)}:{source}", [sorted(s) for s in needs])
    return needs


def recalled_needs(source: str, flags: int) -> tuple[frozenset[str], ...] | None:
    """``source_needs`` as worked out by an earlier process with this very code, or None if none did."""
    kept = rx.recall("needs", _facts_version(), f"{int(flags)}:{source}")
    try:
        return None if kept is None else tuple(frozenset(str(k) for k in keys) for keys in kept)
    except TypeError:
        return None


def holds_needed(low: str, needs: tuple[frozenset[str], ...]) -> bool:
    """Whether a lower-cased text holds one string of each set of ``needs`` (``_needed``)."""
    for keys in needs:
        for k in keys:
            if k in low:
                break
        else:
            return False
    return True


class Gated:
    """A long alternation (``pattern``: "a|b|c|...") tried on an ASCII text through only the alternatives that can match
    in it: each alternative's needed strings (``_needed``) are looked up in the lower-cased text (``KeySet``), and each
    alternative with one present is searched on its own; the leftmost match wins, the earlier alternative on a tie, as
    in the alternation, and the next is looked for after it. The same matches as the whole pattern (an alternative that
    cannot match anywhere is never the one taken), without the engine trying every alternative at every place. Other
    texts, and patterns with an alternative that may match nothing or needs nothing, get the whole pattern.

    >>> g = Gated(re.compile(r"\\bfor\\s+the\\s+right\\s+aim\\b|\\bglad\\s+to\\s+help\\b|\\bhelp\\b", re.I))
    >>> g.USES_BEFORE_SPLIT = 1  # (split at once)
    >>> g.present("Glad to help, for the right aim."), g.present("Nothing here.")
    ((0, 1, 2), ())
    >>> g.sub(lambda m: "#" * len(m.group(0)), "Glad to help, for the right aim. Help!")
    '############, #################. ####!'
    """

    # split once used on this many texts: a run of a few texts does not pay for the split. Measured (7 December, 16,104
    # synthetic explanations): the ten splits took 44 ms in all, each use of a whole alternation before them about 60
    # us, so waiting for 500 uses cost some 0.3 s a process (4,710 whole uses) for nothing; a nightly run's 225 new texts
    # took the same time with 500, 50 or 1
    USES_BEFORE_SPLIT = 50

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._uses = 0
        self._branches: tuple[re.Pattern[str] | None, ...] = ()  # (empty: the whole pattern)
        self._ready = False  # (set last, once everything the split finds is in place)

    @staticmethod
    def _work_out(pattern: re.Pattern[str]) -> tuple[list[str], list[tuple[frozenset[str], ...]], bool]:
        """The pattern's top-level alternatives, each one's needs, and whether none may match nothing."""
        try:
            sources = _top_branches(pattern.pattern)
            parsed = [re._parser.parse(b, pattern.flags) for b in sources]  # type: ignore[attr-defined]
            return sources, [_needed(p) for p in parsed], all(p.getwidth()[0] > 0 for p in parsed)
        except (re.error, AttributeError, IndexError, ValueError):
            return [], [], False  # (a source this cannot split: the whole pattern, always)

    def _recalled(self) -> tuple[list[str], list[tuple[frozenset[str], ...]], bool] | None:
        """``_work_out`` as an earlier process with this very code worked it out, or None."""
        kept = rx.recall("split", _facts_version(), f"{int(self.pattern.flags)}:{self.pattern.pattern}")
        try:
            if kept is None or len(kept[0]) != len(kept[1]):
                return None
            sources = [str(b) for b in kept[0]]
            needs = [tuple(frozenset(str(k) for k in keys) for keys in n) for n in kept[1]]
            return sources, needs, bool(kept[2])
        except (TypeError, IndexError):
            return None

    def _split(self, recalled: tuple[list[str], list[tuple[frozenset[str], ...]], bool] | None = None) -> None:
        if recalled is None:
            sources, needs, nonempty = self._work_out(self.pattern)
            key = f"{int(self.pattern.flags)}:{self.pattern.pattern}"
            rx.remember("split", _facts_version(), key, [sources, [[sorted(s) for s in n] for n in needs], nonempty])
        else:
            sources, needs, nonempty = recalled
        if len(sources) >= 2 and nonempty and all(needs) and not self.pattern.flags & re.VERBOSE:
            of_key: dict[str, list[int]] = {}
            for i, n in enumerate(needs):
                for k in n[0]:
                    of_key.setdefault(k, []).append(i)
            self._sources = tuple(sources)
            # (two more sets are checked on an alternative the first lets through)
            self._rest = tuple(n[1:3] for n in needs)
            self._of_key = of_key
            self._keys = KeySet(tuple(of_key))
            self._branches = tuple(None for _ in sources)  # (each compiled when first needed)
        self._ready = True

    def present(self, text: str) -> tuple[int, ...] | None:
        """The alternatives that can match in ``text``, in order (None: try the whole pattern)."""
        if not self._ready:
            recalled = self._recalled() if self._uses == 0 else None  # (split at once as an earlier process did)
            self._uses += 1
            if recalled is not None:
                self._split(recalled)
            elif self._uses < self.USES_BEFORE_SPLIT:
                return None
            else:
                self._split()
        if not self._branches or not text.isascii():
            return None
        low = text.lower()
        found: set[int] = set()
        of_key = self._of_key
        for k in self._keys.present(low):
            found.update(of_key[k])
        rest = self._rest
        return tuple(i for i in sorted(found) if holds_needed(low, rest[i]))

    def _branch(self, i: int) -> re.Pattern[str]:
        pat = self._branches[i]
        if pat is None:  # (two threads may both compile it: the same pattern)
            pat = rx.compile(self._sources[i], self.pattern.flags)
            self._branches = self._branches[:i] + (pat,) + self._branches[i + 1 :]
        return pat

    def _matches(self, text: str, which: tuple[int, ...]) -> Iterator[re.Match[str]]:
        pats = [self._branch(i) for i in which]
        nxt = [p.search(text) for p in pats]
        pos = 0
        while True:
            best = -1
            for j, m in enumerate(nxt):
                if m is not None and m.start() < pos:
                    m = nxt[j] = pats[j].search(text, pos)
                if m is not None and (best < 0 or m.start() < nxt[best].start()):  # type: ignore[union-attr]
                    best = j
            if best < 0:
                return
            m = nxt[best]
            yield m  # type: ignore[misc]
            pos = m.end()  # type: ignore[union-attr]  # (no alternative matches nothing, so this moves on)

    def search(self, text: str) -> re.Match[str] | None:
        which = self.present(text)
        if which is None:
            return self.pattern.search(text)
        return next(self._matches(text, which), None) if which else None

    def sub(self, repl: Callable[[re.Match[str]], str], text: str) -> str:
        which = self.present(text)
        if which is None:
            return self.pattern.sub(repl, text)
        out: list[str] = []
        last = 0
        for m in self._matches(text, which) if which else ():
            out += (text[last : m.start()], repl(m))
            last = m.end()
        if not out:
            return text
        out.append(text[last:])
        return "".join(out)


# words without which the patterns above cannot match: a cheap test before the expensive one
_OTHER_KEYS = (
    "support",
    "legislation",
    "volunt",
    "back",
    "partnership",
    "safeguarding",
    "dut",
    "agree",
    "burden",
    "whatever",
    "whichever",
    "favour",
    "chang",
    "those ",
    "needed",
)
_NOT_CUE_KEYS = (
    "prefer",
    "favour",
    "chosen",
    "backs",
    "backed",
    "lean",
    "minded",
    "offer",
    "option",
    "opportunit",
    "consultation",
    "duty",
    "regard",
    "multi-agency",
    "welcome",
    "disagree",
    "disproportionate",
    "know which",
)
_OTHER_KEYSET, _NOT_CUE_KEYSET = KeySet(_OTHER_KEYS), KeySet(_NOT_CUE_KEYS)
_NOT_CUE_MORE_KEYSET = KeySet(_NOT_CUE_MORE_KEYS)
_REPORT_KEYS = rx.compile(
    r"group of|argu|felt|feel|say|said|claim|suggest|believ|think|thought|prefer|propos|favour|told|tell|maintain|contend|considered that|"
    r"set|describ|assert|insist|urge|want|cited|quoted|held\s+up|presented|offered|used|put\s+forward|taken|"
    r"floated|raised|mooted|put\s+about|pointed out|points out|point out|dismiss|ask|worr|fear|called|calling|call for|reckon|warned|stressed|emphasi[sz]ed|vote|convinced|adamant|persuaded|of the view|of the opinion|"
    r"spok|talked|consulted|interview|survey|heard from|uneasy|unhappy|uncomfortable|nervous|wary|keen|enthusiastic|content|comfortable|"
    r"sceptical|skeptical|doubtful|unconvinced|opposed|hostile|supportive|object|oppose|reject|resist|divided|split|saw |see|seen|"
    r"undecided|unsure|uncertain|ambivalent|torn|regard|view it|views it|viewed it|view th|views th|viewed th|"
    r"treat|characteri|portray|branded|labelled|conced|acknowledg|admit|agree|wrote|writes|draft|version|v1|v2|v3|recommend|moved|"
    r"recogni|observe|accept"
)  # searched in the lower-cased clause: a case-insensitive alternation of literals is slow


# a body's name with "Voluntary" in it, as names are written (round 41): "Calderholme Voluntary Action", "Voluntary
# Action Leeds", "Voluntary Sector Network" (case-sensitive: "voluntary action" in lower case may be the third option's)
_VOLUNTARY_BODY = rx.compile(
    r"\bVoluntary\s+(?:Action|Services?|Sector|Centre|Council|Network|Organisations?|Alliance|Forum|Partnership)\b"
)


# exclusion from school, not from a list (round 46): "the schools that excluded me", "excluded from school at fourteen"
_SCHOOL_EXCLUSION = rx.compile(
    r"\b(?:excluded|exclude|excludes|excluding)\s+(?:me|him|her|them|us|pupils?|children|a\s+child|young\s+people|boys|girls|"
    r"students?)\b|\b(?:excluded|exclusion)\s+from\s+(?:school|schools|college|class|lessons|mainstream)\b",
    re.I,
)


# the law in other senses (round 48): "not only a law enforcement issue", "law and order", "case law" (not a new law)
_LAW_OTHER_SENSE = rx.compile(
    r"\blaw(?:\s+|-)(?:enforcement|abiding|firms?|centres?|centers?|society|students?|schools?|commission)\b"
    r"|\blaw\s+and\s+order\b|\bcase\s+law\b|\brule\s+of\s+law\b",
    re.I,
)


@functools.lru_cache(maxsize=65536)
def mask_other_senses(text: str, cues: bool = False, asides: bool = True) -> str:
    """Blank out spans where a word has another sense (same length, so offsets hold).

    For targets: "the voluntary and community sector", "Victim Support". For cues (``cues=True``),
    also names and courtesies: "the Government's preferred option", "we welcome the opportunity", and (unless
    ``asides=False``, as for the sentence classifier, which reads "in our view" and "we fear" as words of a view)
    an aside between a verb and its complement.

    >>> mask_other_senses("We work with the voluntary sector on the voluntary approach.").split()
    ['We', 'work', 'with', 'the', 'on', 'the', 'voluntary', 'approach.']
    """
    low = text.lower()
    if "law" in low:
        text = _LAW_OTHER_SENSE.sub(_blank, text)
    if "vision" in low:
        text = _VISION_YARDSTICK_G.sub(_blank, text)
    if "exclu" in low:
        text = _SCHOOL_EXCLUSION.sub(_blank, text)
    if "Voluntary " in text:
        text = _VOLUNTARY_BODY.sub(_blank, text)
    if _OTHER_KEYSET.any(low):
        text = _OTHER_SENSES_G.sub(_blank, text)
        if "duty" in low and " for " in low:
            # "the right foundation for this duty": the duty is what the list is for, not what is judged
            text = _FOR_THE_DUTY.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
        if "legislation" in low:
            # other laws: "copied across from the Prevent legislation", "existing safeguarding legislation" (the law
            # word blanked, its qualifier kept: "a list from counter-terrorism legislation" still names the list)
            text = _OTHER_LAW.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
        if "to support" in low:
            text = _ASKED_TO_SUPPORT.sub(_blank, text)
        if "support" in low:
            text = _HELPED_AFTER.sub(
                lambda m: _blank(m) if _HELPED_BEFORE.search(low, 0, m.start()) else m.group(0), text
            )
    if cues and _NOT_CUE_KEYSET.any(low):
        text = _NOT_CUES_G.sub(_blank_not_own_preference, text)
    if cues and _NOT_CUE_MORE_KEYSET.any(low):
        text = _NOT_CUES_MORE_G.sub(_blank, text)
    if (
        cues
        and asides
        and (
            ", as " in low
            or ", at present," in low
            or ", for now," in low
            or " in our " in low
            or " in my " in low
            or ", we " in low
            or ", i " in low
            or ", however," in low
            or ", though," in low
            or ", therefore," in low
            or ", on its own," in low
            or ", on their own," in low
            or ", by itself," in low
            or ", in itself," in low
            or ", of itself," in low
        )
    ):
        # an aside between a verb and its complement: "is not, as it stands, the right set", "would in our
        # judgement best achieve"
        text = _ASIDE_G.sub(_blank, text)
    return text


# "as of right", "by right": an entitlement, whose "right" is no verdict for the sentence classifier ("The partnerships at
# least include the police as of right." read as a Yes to adding partners); the rules read it in their own entries
# ("should sit at that table as of right" asks for a member), so only the classifier's text is blanked
_ENTITLED = rx.compile(r"\b(?:as\s+of|by)\s+right\b", re.I)


def mask_for_classifier(sentence: str) -> str:
    """A sentence as the stance classifier reads it, at fit and at run time: words the rules know to be in another sense
    blanked ("Victim Support", "the voluntary sector", "we welcome the opportunity"), the asides kept ("in our view",
    "we fear" are words of a view), and "as of right" blanked.

    >>> mask_for_classifier("The partnerships include the police as of right.").split()  # the stop stays
    ['The', 'partnerships', 'include', 'the', 'police', '.']
    """
    return _ENTITLED.sub(_blank, mask_other_senses(sentence, cues=True, asides=False))


# the people helped named first: "the 912 children and young people we supported last year" (the verb found
# first, then the words before it, so the long list of people is not tried at every word)
_HELPED_AFTER = rx.compile(r"\b(?:we|they|it)\s+(?:have\s+|had\s+)?support(?:s|ed)?\b", re.I)
_HELPED_BEFORE = rx.compile(rf"\b{_SUPPORT_OBJ}\s+(?:(?:that|whom|who)\s+)?$")

# the vision as the yardstick: "the consistency the vision calls for" (a target only as the measure)
_VISION_YARDSTICK = rx.compile(
    r"\bthe\s+(?:consultation'?s\s+)?vision\s+(?:calls\s+for|requires|demands|asks(?:\s+for|\s+of)?|envisages|seeks|aims\s+(?:at|for))\b"
    # what the vision describes, named as the measure of something else: "unlikely to produce the coordinated local
    # action the vision describes" (round 29; not its subject: "the approach the vision describes is right")
    # ... or what an option would give it: "the one most likely to give the vision a permanent home"
    # (the vision alone blanked: what is given it is the option's merit, "would give the vision a firm footing")
    r"|(?:(?<=give\s)|(?<=gives\s)|(?<=giving\s)|(?<=gave\s))the\s+vision(?=\s+(?:a|an|its|the)\s+(?:[\w-]+\s+)?(?:home|footing|foundation|"
    r"basis|chance|teeth|force|backing|structure|vehicle)\b)"
    # (or turned into action, round 49: "the one most likely to turn the vision into action", "put the vision into practice")
    r"|(?:(?<=turn\s)|(?<=turns\s)|(?<=turning\s)|(?<=put\s)|(?<=puts\s)|(?<=putting\s)|(?<=translate\s)|(?<=translating\s))"
    r"the\s+vision(?=\s+into\s+(?:action|reality|practice|effect|something\s+real)\b)"
    r"|(?:(?<=bring\s)|(?<=brings\s)|(?<=bringing\s))the\s+vision(?=\s+to\s+life\b)"
    # (or given effect, round 49: "the right way to give effect to the Government's vision")
    r"|(?<=effect\sto\s)the\s+(?:government['’]s\s+|consultation['’]s\s+)?vision\b"
    # (its subject itself, round 49: "the slow, relational work the vision itself describes")
    r"|(?<=[a-z]\s)the\s+(?:consultation'?s\s+)?vision\s+(?:itself\s+)?(?:is\s+(?:meant|intended|supposed|designed)\s+to|describes|described|sets\s+out|"
    r"lays\s+out|outlines|paints|has\s+in\s+mind)\b"
    r"(?!\s+(?:is|are|was|were|would|will|has|have|seems?|looks?|could|should|must|may|might)\b)"
    # what the vision wants, as the measure of an option (round 31): "That is the opposite of what the vision says it wants"
    r"|(?<=what\s)the\s+vision\s+(?:says\s+it\s+(?:wants|is\s+after|seeks)|wants|is\s+after|hopes\s+for|promises)\b"
    # what an option would work against or towards (round 32): "this option would work against the vision rather than
    # towards it" judges the option
    r"|(?:(?<=work\sagainst\s)|(?<=works\sagainst\s)|(?<=working\sagainst\s)|(?<=work\stowards\s)|(?<=works\stowards\s)|"
    r"(?<=working\stowards\s))the\s+vision\b",
    re.I,
)
_OTHER_LAW = rx.compile(
    r"(\b(?:prevent|counter[- ]terrorism|anti[- ]terrorism|existing|current|equality|equalities|data\s+protection|"
    r"safeguarding|children'?s|licensing|\d{4})\s+)(legislation|act)\b",
    re.I,
)
_FOR_THE_DUTY = rx.compile(
    # (or a template, a model, a blueprint, round 48: "A list built for counter-terrorism is the wrong template for this duty")
    r"(\b(?:partners|list|bodies|organisations|agencies|basis|foundation|set|starting\s+point|vehicle|home|route|lead|template|"
    r"model|blueprint|framework|precedent|list\s+to\s+use)\s+)"
    r"(for\s+(?:this|that|the|such\s+a|any\s+such)\s+(?:new\s+)?(?:legal\s+|statutory\s+)?duty\b)",
    re.I,
)

_ASIDE = rx.compile(
    r",\s*(?:as\s+(?:it|they|things)\s+stands?|as\s+(?:currently\s+|presently\s+)?(?:drafted|proposed|framed|written)|however|though|therefore|"
    r"on\s+(?:its|their)\s+own|by\s+(?:itself|themselves)|in\s+(?:itself|themselves)|of\s+(?:itself|themselves)|"
    r"at\s+present|for\s+now|(?:we|i)\s+(?:expect|think|believe|suspect|fear|feel|suggest|would\s+argue))\s*,"
    r"|(?:(?<=\bwould\s)|(?<=\bwill\s)|(?<=\bcould\s)|(?<=\bcan\s)|(?<=\bis\s)|(?<=\bare\s))"
    r"(?:in\s+(?:our|my)\s+(?:considered\s+)?(?:judgement|judgment|view|opinion|assessment|estimation|reckoning)|to\s+(?:our|my)\s+mind)\s*,?",
    re.I,
)


# a survey's or a vote's result: a count with its share ("Survey: 14 (22%) thought Option Two would best achieve
# the vision, 31 (49%) thought it would not"; "59% of members agreed"): figures reported, not the respondent's own
# verdict, whichever way the first figure leans (a share or a "Survey:"/"Poll:" label is required: "nine of our
# twelve heads" is a majority of the respondent's own)
POLL = rx.compile(
    # "Of the 38 who replied, 23 favoured ...": counts of those who answered
    r"^\W*of\s+(?:the|our|those|these)\s+\d[\d,]*\s+(?:[\w'’-]+\s+){0,3}?(?:who|that)\s+(?:replied|responded|answered|voted|took\s+part)"
    r"\s*,\s*\d[\d,]*\s+(?:of\s+(?:them|those)\s+)?(?:[\w'’-]+\s+){0,2}?(?:thought|felt|said|agreed|disagreed|supported|opposed|backed|"
    r"voted|chose|preferred|favoured|believed|wanted|were|did\s+not|answered|ticked|selected|rated|considered|saw)\b"
    # a share given for a group, as a table's row reads (round 34): "Members ranking it last: 12%", "Respondents in favour - 46%"
    r"|^\W*(?:(?:our|the|all|of)\s+)?(?:[\w'’-]+\s+){0,2}?(?:members|respondents|staff|officers|colleagues|heads|practitioners|"
    r"schools|councils|forces|nurses|teachers|people|residents|parents|those|branches|organisations|trusts)\b[^:;.]{0,60}[:–—-]\s*"
    r"\d[\d.,]*\s*(?:%|per\s*cent)"
    r"|^\W*(?:support|opposition|agreement)\s+(?:for\s+[^,;]{1,60}?\s+)?(?:was|is|were)\s+(?:\w+\s+)?(?:highest|strongest|lowest|weakest|"
    r"greatest|higher|lower|stronger|weaker)\s+(?:among|in|amongst|from)\b"
    # (after a lead-in naming the survey: "In our survey, 58% of members ...", "In the Faculty's poll of members, ...")
    r"|^\W*(?:(?:in|from)\s+(?:our|the|a|this|that|its|their|[\w'’-]+'s?)\s+(?:[\w'’-]+\s+){0,2}?(?:survey|poll|ballot|vote)"
    r"(?:\s+of\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s*,\s*)?"
    r"(?:(?:survey|poll|vote|ballot|results?|consultation\s+of\s+members|members'?\s+survey)[^,;:]{0,30}:\s*\W*"
    r"(?:\d[\d,]*(?:\.\d+)?\s*(?:%|per\s*cent)?)|(?:\d[\d,]*(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|(?:ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen))"
    r"\s*(?:%|per\s*cent)|\d[\d,]*(?=\s+(?:out\s+)?of\s+\d[\d,]*"
    r"\s*\(\s*\d+(?:\.\d+)?\s*%)|\d[\d,]*(?=\s*\(\s*\d+(?:\.\d+)?\s*%))"
    r"(?:\s+(?:out\s+)?of\s+(?:the\s+|our\s+|those\s+)?\d[\d,]*)?(?:\s*\(\s*\d+(?:\.\d+)?\s*%\s*\))?"
    r"(?:\s+(?:of\s+)?(?:the\s+|our\s+|those\s+|all\s+)?(?:[\w'’-]+\s+){0,3}?)?\s*"
    r"(?:thought|think|felt|feel|said|say|agreed|agree|disagreed|disagree|supported|support|opposed|oppose|backed|back|voted|"
    r"chose|choose|preferred|prefer|favoured|favour|believed|believe|wanted|want|did\s+not|do\s+not|were|are|answered|ticked|"
    r"selected|rated|ranked|placed|considered|consider|saw|see)\b",
    re.I,
)


def report_keys(clause: str) -> bool:
    """Whether a clause holds a word that can report a view (a cheap test before ``is_reported``)."""
    low = clause.lower()
    return bool(
        _REPORT_KEYS_G.search(low)
        or _HEARSAY_KEYS_G.search(low)
        or ("%" in low or "per cent" in low or ":" in low or "among" in low)
        or any(k in low for k in ("first", "initial", "original", "earlier", "previous", " was ", " were "))
    )


# "the other two routes the paper sets out, ...": a relative clause naming what the paper describes, not a view
# the paper holds (the verb closes its phrase: a comma, a colon or a bracket follows)
_DESCRIBED = rx.compile(
    r"(?:sets?\s+out|describes?|described|proposes?|proposed|outlines?|outlined|puts?\s+forward)$", re.I
)
_CLOSED = rx.compile(
    r"\s*(?:[,:)]|$)"
    # "the three options set out in the paper would ...": where it is set out, not who holds it
    r"|\s+(?:in|by|within)\s+(?:the\s+|this\s+)?(?:consultation\s+)?(?:paper|consultation|document|annex|government|home\s+office)\b",
    re.I,
)


# a person named by their role reporting a view: "The Community Safety Partnership Manager argued that ...", "the
# chair of the bench told us ...", "one head teacher said ..." (a role, not the respondent's own body, which
# speaks as "the Council believes")
_ROLE_REPORT = rx.compile(
    r"^\W*(?:[^,;]{0,40}?,\s*|(?:i|we)\s+(?:understand|gather|note|hear|know|are\s+aware)\s+that\s+)?(?:the|our|a|an|one|their|its|another)\s+(?:[\w'’-]+\s+){0,6}?(?:manager|officer|chair|chairman|"
    r"chairwoman|chairperson|director|head|lead|member|councillor|colleague|representative|inspector|superintendent|"
    r"witness|official|clinician|practitioner|doctor|nurse|teacher|leader|commander|secretary|adviser|advisor|"
    r"co-?ordinator|worker|consultant|governor|trustee|spokesperson|spokesman|spokeswoman|executive)s?"
    r"(?:\s+(?:of|for|at|from)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)?(?:\s*,[^,;]{1,60},)?\s+(?:\w+ly\s+)?(?:argued|argues|said|says|told\s+(?:us|me|the\s+\w+)|felt|feels|suggested|suggests|"
    r"believes|believed|thinks|thought|maintained|maintains|contended|insisted|urged|proposed|claimed|claims|"
    r"put\s+it|warned|stressed|emphasised|emphasized|described|describes"
    # "has written to you separately to say that ...", "wrote to say"
    r"|(?:has|have|had)\s+written\s+(?:to\s+(?:you|us|the\s+\w+)\s+)?(?:separately\s+)?(?:to\s+say|that)|wrote\s+(?:to\s+\w+\s+)?to\s+say)\b",
    re.I,
)


# one of the respondent's own people, by relation or role, with a first name if given ("my mate Dave")
_RELATION = (
    r"(?:my|our)\s+(?:sergeant|inspector|manager|line\s+manager|boss|colleague|supervisor|husband|wife|partner|son|daughter|"
    r"friend|neighbour|mum|dad|mother|father|brother|sister|mate|nan|gran|grandad|uncle|aunt|missus|missis|hubby|other\s+half|"
    r"old\s+man|mam|mom|nana|nanna|granny|grandma|granddad|auntie|nephew|niece|cousin|grandson|granddaughter|"
    r"(?:step|half-?)(?:dad|mum|son|daughter|brother|sister)|(?:son|daughter|brother|sister|father|mother)-in-law|"
    r"boyfriend|girlfriend|fiancée?|foreman|gaffer|team\s+leader|workmate|union\s+rep)(?:\s+(?-i:[A-Z][a-z'’-]+))?"
)
# a third person's view in a clause of its own: "My son-in-law is a special constable and he reckons ..."
_THIRD_PERSON_REPORT = rx.compile(
    # a relative who did something first and then says: "My mum, who sat by my bed for nine days, read this over my shoulder
    # and says I'm wrong, and that the first option is the only one with any teeth"
    rf"^\W*{_RELATION}(?:\s*,[^;]{{1,90}}?,)?\s+[^.;:]{{0,60}}?\b(?:and\s+)?(?:says|said|thinks|reckons|believes|feels|argues|insists)\b|"
    rf"(?:[,;]\s*|\b(?:and|but|so)\s+)(?:he|she|{_RELATION})\s+(?:\w+\s+){{0,2}}?(?:says|said|thinks|thought|reckons|reckoned|believes|"
    r"believed|feels|felt|told\s+(?:me|us)|argues|argued|reckon)\b"
    # a body's decision, as the respondent understands it: "I think they've come down in favour of a legal duty" (the
    # options neither decide nor vote)
    r"|\b(?:we|i)\s+(?:think|believe|understand|gather|hear)\s+(?:that\s+)?they(?:'ve|\s+have|'d|\s+had)?\s+"
    r"(?:come\s+down|decided|voted|opted|gone\s+for|plumped)\b",
    re.I,
)


def _reported_view(clause: str) -> bool:
    if _THIRD_PERSON_REPORT.search(clause):
        return True
    m = REPORTED.search(clause)
    if m is not None and _EMBEDDED_AIM.search(clause):
        # "it wouldn't get us where the paper wants to go": what the paper wants is the yardstick, not a view reported
        m = REPORTED.search(_EMBEDDED_AIM.sub(lambda e: " " * len(e.group(0)), clause))
    if m is not None and not (
        _DESCRIBED.search(m.group(0)) and _CLOSED.match(clause, m.end()) and not _SECONDED.match(clause, m.end())
    ):
        return True
    return _ROLE_REPORT.search(clause) is not None


# a motion's seconder set off after its mover's verb (round 42): "Cllr Pritchard proposed, seconded by Cllr Vaughan, that"
_SECONDED = rx.compile(r",\s*(?:and\s+)?seconded\b", re.I)


# the paper's aim named inside the respondent's own sentence ("where the paper wants to go", "what the Government is
# aiming for"): an embedded question, not somebody else's view
_EMBEDDED_AIM = rx.compile(
    r"\b(?:where|what|whatever|wherever)\s+(?:the\s+(?:consultation\s+)?paper|the\s+consultation|the\s+government|the\s+home\s+office|"
    r"ministers|you|it)\s+(?:\w+\s+){0,2}?(?:wants?|is\s+aiming|are\s+aiming|aims|sets?\s+out|hopes?|is\s+trying|are\s+trying|says?\s+it\s+wants)\b",
    re.I,
)


# a body's line relayed: "HQ's line is going to be that voluntary arrangements have had their chance"
_RELAYED_LINE = rx.compile(
    r"\b(?:[\w-]+(?:'s|’s)|their|his|her)\s+(?:official\s+|formal\s+|likely\s+)?line\s+(?:is|was|will\s+be|would\s+be|is\s+going\s+to\s+be)\s+that\b",
    re.I,
)


# a vote of the respondent's own meeting carried by a majority: "a show of hands was 31 to 4 in favour of ...", "members
# voted 12 to 3 in favour of" (the group's decision, as "a clear majority of our members" is)
_OWN_VOTE = rx.compile(
    r"\b(?:show\s+of\s+hands|vote|votes|voted|ballot)\b[^.;]{0,40}?\b(\d+)\s+(?:votes?\s+)?(?:to|-|–)\s+(\d+)\s+in\s+favour\s+of\b",
    re.I,
)


# the respondent's own view, superseded: "When we first read the vision, we thought ...", "At first I felt ...", "In that email
# we said that ...", "Our earlier response said ..." (what the letter now holds is said elsewhere; "and we still do" keeps it)
_SUPERSEDED = rx.compile(
    r"^\W*(?:(?:when|as)\s+(?:we|i)\s+first\s+(?:read|saw|looked\s+at|considered|heard\s+(?:of|about))\b[^;]{0,80}?,\s*(?:we|i)\s+"
    # (or began the response, round 35: "When we began drafting this response we favoured Option Two")
    r"|(?:when|as)\s+(?:we|i)\s+(?:began|started|set\s+out)\s+(?:to\s+)?(?:draft|drafting|write|writing|prepare|preparing|"
    r"work|working|consider|considering|discuss|discussing)\b[^;]{0,60}?,?\s*(?:we|i)\s+"
    r"|(?:at\s+first|initially|originally|to\s+begin\s+with)\s*,?\s*(?:we|i)\s+)"
    r"(?:\w+\s+)?(?:thought|felt|believed|assumed|took\s+the\s+view|were\s+(?:minded|inclined|attracted)|was\s+(?:minded|inclined|"
    r"attracted)|leaned|leant|favoured|liked|welcomed|supported)\b"
    r"|\bin\s+(?:our|my|that|the)\s+(?:earlier\s+|previous\s+|first\s+|original\s+|initial\s+)?(?:email|e-mail|response|submission|"
    r"letter|reply|note)\b[^.;]{0,30}?\b(?:we|i)\s+(?:had\s+)?(?:said|stated|argued|suggested|wrote|indicated|answered|thought)\b"
    r"|\b(?:our|my)\s+(?:earlier|previous|first|original|initial)\s+(?:email|e-mail|response|submission|letter|reply|note|answer)\s+"
    r"(?:had\s+)?(?:said|stated|argued|suggested|indicated|read)\b"
    # (or a year named before it, round 45: "When the Home Office engaged organisations on the Serious Violence Strategy in
    # 2018, we argued that ..."; or "then": "We said then that the partnership structure was sound")
    r"|\b(?:19|20)\d\d\b[^.;]{0,40}?,\s*(?:we|i)\s+(?:had\s+)?(?:argued|said|stated|suggested|wrote|called\s+for|took\s+the\s+view|"
    r"recommended|proposed|supported|backed|favoured|opposed|thought|believed)\b"
    r"|\b(?:we|i)\s+(?:said|argued|thought|believed|wrote|took\s+the\s+view)\s+(?:back\s+)?then\b"
    # (or a response named by its date, round 45: "In April we described the preferred option as ...", "In our response of
    # 10 April we said ...")
    r"|\bin\s+(?:(?:early|mid|late)[\s-]+)?(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|our\s+(?:email|e-mail|response|submission|letter|reply|note)\s+of\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\w+)\b"
    r"(?:\s+\d{4})?,?\s+(?:we|i)\s+(?:had\s+)?(?:said|stated|argued|suggested|wrote|described|called|indicated|answered|thought|told)\b"
    # an answer once meant and not given (round 41): "I had intended to answer yes to this question and move on"
    r"|\b(?:we|i)\s+(?:had\s+)?(?:intended|meant|planned|expected)\s+to\s+(?:answer|say|reply|respond|put)\b"
    r"|\b(?:we|i)\s+(?:was|were)\s+going\s+to\s+(?:answer|say|reply|respond|put)\b"
    # an attitude put in the past: "When it came in, I was sceptical.", "We were at first opposed"
    # (marked as past by a clause of time or an adverb: a bare "We were sceptical, and we still are" is split before "and")
    r"|^\W*(?:(?:when|as|before)\s+[^,;]{1,60},\s*(?:i|we)\s+(?:was|were)\s+(?:at\s+first\s+|initially\s+|originally\s+)?"
    r"|(?:i|we)\s+(?:was|were)\s+(?:at\s+first|initially|originally|once)\s+)(?:very\s+|deeply\s+|quite\s+|rather\s+)?"
    r"(?:sceptical|skeptical|opposed|against\s+it|doubtful|wary|unconvinced|supportive|in\s+favour|enthusiastic|keen)\s*"
    r"(?:[.;]|$|,\s*(?:but|and)\b)"
    # the attitude a reader came to the question with: "Cabinet members came to this question sceptical of another duty"
    r"|\b(?:came|come|approached|started)\s+(?:to\s+)?(?:this|the|that)\s+(?:question|consultation|paper|proposal|issue|"
    r"discussion)\s+(?:\w+\s+)?(?:sceptical|skeptical|doubtful|wary|unconvinced|opposed|hostile|supportive|enthusiastic|keen)\b",
    re.I,
)
# every match holds one of these: its adverb, its past tense or the document it names
_SUPERSEDED_KEYS = (
    "19",
    "20",
    " then",
    "january",
    "february",
    "march",
    "april",
    "may ",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "began",
    "came",
    "come ",
    "approached",
    "started",
    "first",
    "initial",
    "original",
    "begin",
    "earlier",
    "previous",
    " was ",
    " were ",
    "email",
    "e-mail",
    "letter",
    "response",
    "submission",
    "reply",
    "note",
    "intended",
    "meant to",
    "planned",
    "expected to",
    "going to",
)
_STILL_HELD = rx.compile(r"\b(?:still|continue\s+to|remain|stand\s+by)\b", re.I)


@functools.lru_cache(maxsize=65536)
def is_reported(clause: str) -> bool:
    """Whether a clause reports somebody else's view rather than the respondent's own (a majority of
    the respondent's members is its own: "a clear majority of our members favour Option Two"), or a view of the
    respondent's own it has since left ("At first we thought ...", "In our earlier email we said ...")."""
    if _is_reported(clause):
        return True
    if (" both " in clause or " all " in clause or " each " in clause) and (
        (bare := _QUANTIFIER_BEFORE_SAYING.sub(r"\1 ", clause)) != clause
    ):
        # "Our police and health board members both said ... that": read as "... members said ... that"
        return _is_reported(bare)
    if ", wh" in clause and (bare := _NON_RESTRICTIVE.sub("", clause)) != clause and _is_reported(bare):
        # a relative clause set off by commas between the speaker and the verb: "The family liaison officer we had,
        # who was kind to us, told me he thought ..." is read as "The family liaison officer we had told me ..."
        return True
    if (
        " some " in f" {clause.lower()}" or "many" in clause.lower() or "several" in clause.lower() or " few " in clause
    ) and (
        (bare := _KNOWN_OF_SOME.sub("", clause, count=1)) != clause
        or (bare := _BARE_SOME.sub(r"\1 people ", clause, count=1)) != clause
    ):
        # "We know some in our sector would welcome a seat as of right": some people's view, known to the respondent
        # (round 45), read as "some people in our sector would welcome ..."
        return is_reported(_BARE_SOME.sub(r"\1 people ", bare, count=1))
    # where the speakers are ("Colleagues in the Commissioner's office have argued for ..."): read without it
    m = _SPEAKERS_WHERE.match(clause)
    return m is not None and _is_reported(m.group(1) + " " + clause[m.end() :])


# another's reasoning as the subject: "The paper's own worry is that ...", "The Government's case is that ...", "Its argument
# is that ..." (at a clause's start; not "Our view is that ...")
_OTHERS_ARGUMENT_IS = rx.compile(
    # ("its" or "their" only with an argument's words: "its view is that" may be the respondent's board's)
    r"^\W*(?:but\s+|and\s+)?(?:(?:(?:the\s+)?(?:paper|consultation|government|home\s+office|department|ministers?|minister|"
    r"secretary\s+of\s+state|proposals?)['’]s?)\s+(?:own\s+|main\s+|central\s+|stated\s+)?(?:worry|concern|fear|"
    r"argument|case|view|position|hope|claim|assumption|reasoning|rationale|premise|belief|logic|thinking)"
    r"|(?:its|their)\s+(?:own\s+|main\s+|central\s+|stated\s+)?(?:argument|case|assumption|reasoning|rationale|premise|logic)"
    # (or a person's, named with no article, round 50: "Sanjay's view is that a legal duty would finally give schools a
    # seat at the table"; "The Council's view" may be the respondent's own)
    r"|(?-i:[A-Z][a-z]+)(?:['’]s)\s+(?:own\s+|main\s+|firm\s+|strong\s+)?(?:view|position|argument|case|feeling|instinct|worry|"
    r"concern|fear|hope|belief|preference))"
    r"\s+(?:is|was|seems\s+to\s+be)\s+(?:that\b|to\b)",
    re.I,
)


# one of a set, by its place: "the third thinks", "the other two felt", "the rest argued"
_ORDINAL_SPEAKER = rx.compile(
    r"^\W*(?:but\s+|and\s+|while\s+|whilst\s+|whereas\s+)?the\s+(?:first|second|third|fourth|fifth|other|others|last|rest|"
    r"remaining|other\s+(?:one|two|three|four|five))(?:\s+[\w-]+)?\s+(?:thinks?|believes?|feels?|argues?|fears?|says?|said|thought|"
    r"felt|argued|believed|feared|considers?|considered|worries|worried|disagrees?|disagreed|agrees?|agreed|prefers?|preferred|"
    r"favours?|favoured|would)\b",
    re.I,
)


# what the respondent knows of some others' view: "We know (that) some ..."
_KNOWN_OF_SOME = rx.compile(
    r"^\W*(?:we|i)\s+(?:know|are\s+aware|am\s+aware|understand|recognise|recognize|appreciate|accept)\s+(?:that\s+)?"
    r"(?=(?:some|many|several|a\s+few)\b)",
    re.I,
)
# a quantifier whose noun is left out, before where they are: "some in our sector", "many across the county"
_BARE_SOME = rx.compile(r"^(\W*(?:some|many|several|a\s+few))\s+(?=(?:in|at|from|within|across|among)\b)", re.I)


# a floating quantifier between the speakers and their verb ("members both said", "they all told us")
_QUANTIFIER_BEFORE_SAYING = rx.compile(
    r"\b(members|colleagues|partners|officers|trustees|governors|staff|residents|parents|they|clinicians|teachers|"
    r"councillors|practitioners)\s+(?:both|all|each)\s+(?=(?:said|say|told|tell|argued|argue|felt|feel|think|thought|believe|"
    r"believed|agreed|agree|warned|stressed|made\s+the\s+point)\b)",
    re.I,
)


# people named by where they work, before the verb: "Colleagues in the Police and Crime Commissioner's office have"
_SPEAKERS_WHERE = rx.compile(
    r"^(\W*(?:(?:some|many|several|most|a\s+few|our|the|other)\s+)?(?:colleagues|officers|members|staff|partners|governors|"
    r"trustees|residents|parents|teachers|councillors|clinicians|practitioners|managers|leaders|people|others))\s+"
    r"(?:in|at|from|within|across|on|of)\s+[^,;]{1,60}?(?=\s+(?:have|has|had|say|says|said|argue|argued|feel|felt|think|thought|"
    r"believe|believed|told|tell|would|are|were|want|wanted|favour|favoured|prefer|preferred)\b)",
    re.I,
)


# the other side's case granted (round 45): "We appreciate that the case for the voluntary approach looks weaker on paper
# than the case against it" (the view follows: "Our board's view is that, whatever its weaknesses, ...")
_CASE_CONCEDED = rx.compile(
    r"^\W*(?:we|i)\s+(?:\w+\s+)?(?:appreciate|recognise|recognize|accept|acknowledge|concede|understand|know)\s+(?:that\s+)?"
    r"the\s+case\s+(?:for|against)\b",
    re.I,
)
# an argument listed under its side (round 45: a letter that sets out the case for and against each option, then its
# conclusion): "For: ...", "Against: ...", "Arguments against: ...", "Cons: ..."
_ARGUMENT_LABEL = rx.compile(
    r"^\W*(?:the\s+)?(?:(?:main\s+)?(?:arguments?|case|points?)\s+)?(?:for|against|in\s+favour|pros?|cons?)(?:\s+(?:it|this|the\s+\w+))?\s*:"
    # (round 45: "In its favour: much of the most effective work in Wales has grown from partnership agreements")
    r"|^\W*(?:in\s+(?:its|their|his|her)\s+favour|against\s+(?:it|them))\s*:"
    # a SWOT's quarters (round 46): "Strengths:", "Weaknesses -", "S - It has the force of law.", "T: budgets tighten"
    rf"|^\W*(?:{SWOT_QUARTER}|(?:key\s+|main\s+)?(?:advantages?|disadvantages?|drawbacks?|benefits?|risks?)|(?-i:[SWOT]))"
    r"\s*(?::|[-–—]\s)"
    # (or the quarter's name as a sentence of its own before its point: "2.2 Weaknesses. It would add to the workload")
    rf"|^\W*{SWOT_QUARTER}\.\s",
    re.I,
)
# a line that labels the points listed under it as one side of an argument (round 45): "Pros:", "Cons:", "Against:",
# "Arguments for:", "On Option One, the points in its favour:" (the coder reads each point under it as that side's)
SIDE_LABEL = rx.compile(
    r"(?:^|[,;]\s+)\W*(?:the\s+)?(?:(?:main\s+)?(?:points?|arguments?|case)\s+)?(?P<side>for|against|in\s+(?:its|their)\s+favour|pros|cons|strengths|weaknesses|opportunities|threats)"
    r"(?:\s+(?:it|them|this))?\s*:\s*$",
    re.I,
)


def argument_label(clause: str) -> bool:
    """Whether a clause is one side's argument by its label ("Against: the list leaves out ...") or the label itself
    ("The points against:"): an argument set out, not the respondent's view.

    >>> argument_label("Against: the list does not include fire authorities."), argument_label("The points against:")
    (True, True)
    >>> argument_label("Our view: the duty is right.")
    False
    """
    if (
        ":" not in clause
        and "- " not in clause[:20]
        and "– " not in clause[:20]
        and "— " not in clause[:20]
        and ". " not in clause[:24]
    ):
        return False
    return bool(_ARGUMENT_LABEL.match(clause) or SIDE_LABEL.search(clause))


# an objection or concern the respondent recognises, not one it shares ("we share the concern that ..." adopts it)
_CONCEDED = rx.compile(
    r"\b(?:recognise|recognises|recognised|recognize|recognizes|recognized|acknowledge|acknowledges|acknowledged|note|notes|"
    r"noted|understand|understands|understood|hear|hears|heard|appreciate|appreciates|appreciated|(?:are|am|is)\s+aware\s+of|know)\s+(?:\w+\s+){0,2}?(?:the|an|this|that|(?:the\s+)?[\w-]+['’]s)\s+"
    # (or someone's: "We know the paper's worry that a non-statutory arrangement will be patchy", round 41)
    r"(?:own\s+|main\s+|stated\s+|real\s+)?(?:objection|criticism|argument|concern|worry|fear|complaint|charge|counter-?argument)\s+that\b",
    re.I,
)
_CONCEDED_KEYS = ("objection", "criticism", "argument", "concern", "worry", "fear", "complaint", "charge")
# a relative clause set off by commas: ", who was kind to us,"
_NON_RESTRICTIVE = rx.compile(r",\s+(?:who|whom|whose|which)\b[^,;]{1,80},", re.I)


# what others might expect of the respondent (round 47): "You might expect a charity like ours to be keen on the voluntary
# approach." (a view set up to be set aside, not held)
_EXPECTED_OF_US = rx.compile(
    r"^\W*(?:(?:but|and|now)\s+)?(?:(?:you|one|people|readers?|some|many|others)\s+(?:might|may|would|could)\s+(?:well\s+)?"
    r"(?:expect|think|assume|imagine|suppose|guess)|it\s+(?:might|may|could|would)\s+(?:well\s+)?be\s+(?:expected|thought|"
    r"assumed|imagined|supposed))\b",
    re.I,
)


# another body's published position, quoted (round 47): 'The Association argues that a new duty "is not needed"', 'The
# Alliance "supports Option One"', 'The Forum also says councils "would support a voluntary approach"' (a body named with
# capitals, its words in quotation marks; the respondent's own words are seldom quoted)
_QUOTED_POSITION = rx.compile(
    r"^\W*(?:[^\"“”;]{0,60}?,\s*)?the\s+(?:(?-i:[A-Z][\w'’-]*)\s+){0,5}?(?-i:[A-Z][\w'’-]*)(?:['’]s?)?\s+"
    r"(?:(?:[^\"“”;.]{0,80}?\b(?:says|said|argues|argued|contends|claims|claimed|describes|described|calls|called|dismisses|"
    r"dismissed|urges|urged|warns|warned|writes|wrote|states|stated|insists|insisted|maintains|maintained|has\s+(?:said|argued|"
    r"called|described|urged|warned|written|stated|insisted))\b[^\"“”;]{0,80}?)|(?:also\s+|further\s+)?)[\"“][^\"“”]{3,}[\"”]",
    re.I,
)


# another's response or submission doing the judging (round 47): "The Commissioner's response welcomes the vision without
# reservation", "The Government's paper argues ..."
_OTHERS_RESPONSE = rx.compile(
    r"^\W*(?:(?:however|but|and|also|by\s+contrast)\s*,?\s+)?the\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,4}?(?-i:[A-Z])[\w'’-]*['’]s?\s+"
    r"(?:own\s+)?(?:response|submission|reply|letter|position\s+paper|statement)\s+(?:also\s+|itself\s+)?(?:welcomes|backs|supports|"
    r"opposes|argues|says|rejects|favours|prefers|describes|endorses|calls|accepts|agrees|disagrees|regards|sees|treats|"
    r"dismisses|urges)\b",
    re.I,
)


# the respondent's own view in the passive of a formal response (round 47): "It is feared that Option Two would entrench
# ...", "it is not thought that it would best achieve the vision", "It is considered that the focus has been drawn too
# narrowly" ("It is thought that", "it is said that", "it is widely felt" stay others' views)
_OWN_PASSIVE = rx.compile(
    r"^\W*(?:(?:and|but|however|so|further|furthermore|moreover|equally)\s*,?\s+)?it\s+is\s+(?:also\s+|therefore\s+|"
    r"nonetheless\s+|however\s+|further\s+)?(?:not\s+)?(?:felt|feared|considered|believed|recognised|recognized|not\s+thought)"
    r"\s+(?:by\s+(?:the|our)\s+[\w-]+\s+)?that\b",
    re.I,
)


def _is_reported(clause: str) -> bool:
    low = clause.lower()
    if "it is " in low[:40] and _OWN_PASSIVE.match(clause):
        return False
    if ("’s " in clause or "'s " in clause) and _OTHERS_RESPONSE.match(clause):
        return True
    if ("might" in low or "may" in low or "could" in low or "would" in low) and _EXPECTED_OF_US.match(clause):
        return True
    if ('"' in clause or "“" in clause) and _QUOTED_POSITION.match(clause):
        return True
    if " case " in clause and _CASE_CONCEDED.match(clause):
        return True  # "We appreciate that the case for the voluntary approach looks weaker on paper ...": a concession
    if argument_label(clause):
        return (
            True  # "Against: the list does not include Fire and Rescue Authorities": an argument set out, not the view
        )
    if any(k in low for k in _CONCEDED_KEYS) and _CONCEDED.search(clause):
        return True  # "We recognise the objection that voluntary arrangements are uneven": somebody else's objection
    if any(k in low for k in _SUPERSEDED_KEYS) and _SUPERSEDED.search(clause) and not _STILL_HELD.search(clause):
        return True
    if "favour" in clause and (vote := _OWN_VOTE.search(clause)) and int(vote.group(1)) > int(vote.group(2)):
        return False
    if POLL.match(clause):
        return True
    if " line " in clause.lower() and _RELAYED_LINE.search(clause):
        return True
    if ("'s " in clause or "’s " in clause or clause.lstrip()[:4].lower() == "its ") and _OTHERS_ARGUMENT_IS.match(
        clause
    ):
        # the paper's or the Government's reasoning told (round 46): "The paper's own worry is that without a duty some
        # areas will not give violence the priority it needs", "Its argument is that some partnerships work well"
        return True
    if "the " in clause.lower() and _ORDINAL_SPEAKER.match(clause):
        # one of a set just counted (round 46): "Two of our three pharmacists think ...; the third thinks it would produce
        # paperwork and little else"
        return True
    if (
        " they" in clause.lower()
        and (m := _THIRD_PERSON_REPORT.search(clause))
        and m.group(0)[:2].lower() in ("we", "i ")
    ):
        return not _OWN_VIEW.search(clause, m.end())  # "I think they've come down in favour of it": hedged hearsay
    return (
        (
            bool(_REPORT_KEYS_G.search(clause.lower()) and (_reported_view(clause) or _PASSIVE_REPORT_G.search(clause)))
            or bool(_HEARSAY_KEYS_G.search(clause.lower()) and _HEARSAY_G.search(clause))
            or bool("there " in clause.lower() and _THERE_ARE_WHO.search(clause))
            or bool(("s' " in clause or "s’ " in clause) and _THEIR_FIRST_REACTION.search(clause))
            or bool("not " in clause[:12].lower() and _NOT_EVERYONE.match(clause))
        )
        and not _OWN_VIEW.search(clause)
        and not MAJORITY.match(clause)
        and not (("argue" in low or "quarrel" in low or "disagree" in low) and _NOBODY_WOULD_ARGUE.search(clause))
    )


# nobody (the respondent among them) would argue: "No one could argue with the vision", "Nobody who works with young
# people would disagree with that" (an evaluation of the respondent's own, not a view somebody else holds)
_NOBODY_WOULD_ARGUE = rx.compile(
    r"\b(?:nobody|no\s+one|no-one)\s+(?:[\w'’-]+\s+){0,6}?(?:would|could|can|will)\s+(?:seriously\s+|really\s+)?"
    r"(?:argue|quarrel|disagree)\s+with\b",
    re.I,
)


@functools.lru_cache(maxsize=65536)
def _entries_of(token: str) -> tuple[int, ...]:
    """Entries one of whose anchors is the word or starts it ("duplicat" in "duplicating"); not an entry whose
    pattern spells that anchor only as a whole word, where it only starts the word ("part" in "partners" for "part
    company")."""
    out: list[int] = []
    for n in range(3, min(len(token), _LONGEST) + 1):
        if n < len(token) and token[:n] in _WHOLE_WORD_ANCHORS:
            continue
        if n < len(token):
            out += [i for i in _BY_ANCHOR.get(token[:n], ()) if not _entry_spells_whole(i, token[:n])]
        else:
            out += _BY_ANCHOR.get(token[:n], ())
    return tuple(out)


# the escapes of a pattern, each as one character that is no letter (so that "\bpart" spells "part", not "bpart"); those
# after which no letter can follow: \s, \b, \W
_ESCAPE = rx.compile(r"\\(.)", re.S)
_NO_LETTER_NEXT = ("\x01", "\x02", "\x03", " ")  # \s, \b, \W, a space


def _escape_mark(m: re.Match[str]) -> str:
    return {"s": "\x01", "b": "\x02", "W": "\x03"}.get(m.group(1), "\x04")


def _spelt_whole(pattern: str, anchor: str) -> bool:
    """Whether ``pattern`` spells ``anchor`` as a run of letters of its own at least once, and every time with no letter
    able to follow it (a space, ``\\s``, ``\\b`` or ``\\W`` next): then a match never holds the anchor as the start of a
    longer word, and a clause whose words only start with it ("partners", "partnership" for "part") cannot be matched
    through it."""
    body = re.sub(r"\(\?#[^)]*\)", "", pattern)  # (not the anchors declared in a comment)
    marked = _ESCAPE.sub(_escape_mark, body).lower()
    spots = list(re.finditer(rf"(?<![a-z]){re.escape(anchor)}(?![a-z])", marked))
    if re.search(rf"(?<![a-z]){re.escape(anchor)}[a-z]", marked):
        return False  # a longer word spelt from it ("doubts" for a declared "doubt"), which may not be an anchor itself
    # (what follows must be there: "part\s?nership" could go on with letters)
    return bool(spots) and all(
        marked[m.end() : m.end() + 1] in _NO_LETTER_NEXT and marked[m.end() + 1 : m.end() + 2] not in ("?", "*", "{")
        for m in spots
    )


@functools.cache
def _entry_spells_whole(i: int, anchor: str) -> bool:
    """``_spelt_whole`` of entry ``i``'s pattern and one of its anchors, worked out when first needed."""
    return _spelt_whole(LEXICON[i][0], anchor)


# anchors the patterns only spell as a whole word ("opt for") that start a word found in most clauses here
# ("option"): tried only on the word itself (tests/test_stance_lexicon.py checks the patterns spell them so)
_WHOLE_WORD_ANCHORS = frozenset({"opt"})


def lexicon_matches(clause: str) -> list[tuple[int, int, str, float, str, bool]]:
    """(start, end, stance, weight, kind, negatable) of every lexicon entry found in ``clause``.

    Entries are tried only where one of their anchor words occurs (a clause holds few), and
    overlapping matches are resolved as one alternation would: leftmost first, then the entry
    listed first. Remembered per clause (the same clause is read for each question it may be about).

    >>> [(m[2], m[4]) for m in lexicon_matches("Option One is a paper tiger.")]
    [('No', 'idiom')]
    """
    return list(_lexicon_matches(clause))


@functools.lru_cache(maxsize=65536)
def _lexicon_matches(clause: str) -> tuple[tuple[int, int, str, float, str, bool], ...]:
    if not _NEEDS_RECALLED:
        _recall_entry_needs()
    low = clause.lower()
    ids: set[int] = set()
    for tok in _WORD.findall(low):
        ids.update(_entries_of(tok))
    candidates = sorted(ids)
    ascii_text = clause.isascii()  # (then the lower-cased text has the same offsets, and ``case_free`` holds)
    found = []
    for i in candidates:
        if ascii_text:
            needs = _NEEDS[i]
            if needs is None:  # (worked out for an entry tried often: for a few clauses the parse costs more)
                _TRIES[i] += 1
                if _TRIES[i] >= _TRIES_BEFORE_NEEDS:
                    needs = _NEEDS[i] = _entry_needs(i)
            if needs:
                # (a word every match of the entry holds is missing: it cannot match; ``holds_needed`` written out, as
                # it is asked of some 40 entries a clause)
                missing = False
                for keys in needs:
                    for k in keys:
                        if k in low:
                            break
                    else:
                        missing = True
                        break
                if missing:
                    continue
        fast = _entry_pattern(i, True) if ascii_text else None
        for m in fast.finditer(low) if fast is not None else _entry_pattern(i, False).finditer(clause):  # type: ignore[union-attr]
            if m.end() > m.start():
                found.append((m.start(), i, m.end()))
    found.sort()
    out = []
    end = -1
    for a, i, b in found:
        if a < end:
            continue
        _, stance, weight, kind, negatable = LEXICON[i]
        out.append((a, b, stance, weight, kind, negatable))
        end = b
    return tuple(out)


def lexicon_matches_slow(clause: str) -> list[tuple[int, int, str, float, str, bool]]:
    """The same as ``lexicon_matches`` without the anchor filter: one regular expression of every
    entry (for the test that the filter loses nothing)."""
    out = []
    for m in _combined().finditer(clause):
        i = int(m.lastgroup[1:])  # type: ignore[index]
        _, stance, weight, kind, negatable = LEXICON[i]
        out.append((m.start(), m.end(), stance, weight, kind, negatable))
    return out


@functools.cache
def _combined() -> re.Pattern[str]:
    """One expression of every entry, compiled when first asked for (only the tests do: some 0.14 s a process)."""
    return rx.compile("|".join(f"(?P<g{i}>\\b(?:{p}))" for i, (p, *_rest) in enumerate(LEXICON)), re.I)


# the long alternations of the masks and of reported views, each tried through the alternatives whose words a text holds
# (``Gated``)
_REPORT_KEYS_G, _HEARSAY_KEYS_G = Gated(_REPORT_KEYS), Gated(_HEARSAY_KEYS)
_PASSIVE_REPORT_G, _HEARSAY_G = Gated(PASSIVE_REPORT), Gated(_HEARSAY)
_OTHER_SENSES_G, _NOT_CUES_G, _NOT_CUES_MORE_G = Gated(OTHER_SENSES), Gated(NOT_CUES), Gated(_NOT_CUES_MORE)
_VISION_YARDSTICK_G, _ASIDE_G = Gated(_VISION_YARDSTICK), Gated(_ASIDE)
