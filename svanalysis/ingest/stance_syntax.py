"""The stance coder's shallow syntax: who holds a view, what is preferred to what, what is not asserted.

A dependency parse would answer these questions more generally, but the one offline English
pipeline that ships in a pip package (spaCy's small model, re-uploaded) parses about 2,700 words a
second on this project's machines, which is minutes for 100,000 online-form explanations, and on
the constructions below it was no more right than these patterns (it attaches the "to" of "prefer
X to Y" to the wrong word). So the coder reads the few constructions that decide stance with a
shallow chunker of its own, each a small function that takes a clause and returns spans or a
label, and each pinned by minimal pairs in ``tests/test_stance_pairs.py``:

- **the holder of a view** (``agent``): an attitude verb ("support", "agree", "prefer", "welcome",
  "oppose") counts only when its subject is the respondent ("we", "I", "the Council", "the Trust",
  "our board"), not a third party ("the agencies around them meet, agree and move on", "our chair
  of governors ... agrees with it", "whether the next person agrees"), and not in the passive
  ("this response was agreed by our senior leadership team", "is welcomed when it is offered");
- **comparative preference** (``comparative``): "prefer X to Y", "would rather see X than Y",
  "favour X over Y", "X rather than Y" / "X instead of Y" split a clause into what is preferred and
  what is not, so that the verdict reaches the right target;
- **what is not asserted** (``unasserted_spans``): a cue inside an embedded question ("asked us
  whether charities should be statutory partners", "not in a position to say whether the list is
  right") or a condition ("if voluntary arrangements were going to deliver ...") is not the
  respondent's verdict;
- **sentences that are not stances** (``is_administrative``, ``echoed_question``): sentences about
  the response itself ("this response was agreed by ...") and the consultation's own questions
  quoted back ("Do you consider that Option One would best achieve the consultation vision?").
"""

from __future__ import annotations

import functools
import re

from rapidfuzz import fuzz

from svanalysis.core import patterns as rx

__all__ = [
    "BETTER_THAN",
    "QUANTIFIED_RELATIVE",
    "agent",
    "comparative",
    "echoed_question",
    "is_administrative",
    "relative_spans",
    "unasserted_spans",
]

# ---------------------------------------------------------------------------- the holder of a view
ATTITUDE = rx.compile(
    r"\b(?:support|supports|supported|supportive|agree|agrees|agreed|welcome|welcomes|welcomed|prefer|prefers|"
    r"preferred|favour|favours|favoured|back|backs|backed|endorse|endorses|endorsed|oppose|opposes|opposed|reject|"
    r"rejects|rejected|disagree|disagrees|disagreed|object|objects|objected|choose|chooses|chose)\b",
    re.I,
)
# auxiliaries, adverbs, negation and copulas between a subject and its verb ("we would not strongly ...")
_AUX_TAIL = rx.compile(
    r"(?:[\s,]*\b(?:would|will|could|can|should|shall|may|might|must|do|does|did|not|n't|also|therefore|thus|so|"
    r"strongly|fully|broadly|much|very|really|still|generally|cautiously|wholeheartedly|warmly|particularly|"
    r"certainly|firmly|entirely|always|only|equally|both|clearly|readily|happily|gladly|am|is|are|was|were|be|"
    r"been|being|in|'re|'m|'d|'ll|have|has|had|on\s+balance|in\s+principle|in\s+general|overall|however|now|"
    r"then|too|all|further|reluctantly|largely|mostly|nonetheless|nevertheless|consequently|accordingly)\b)+[\s,]*$",
    re.I,
)
_BOUNDARY = rx.compile(
    r"[,;:()\u2013\u2014-]\s*|\b(?:while|whilst|when|whenever|where|whether|if|because|as|once|unless|until|since|"
    r"and|or|but|who|whom|which|that|than|what|so)\b\s*",
    re.I,
)
# the respondent's members by majority: "a clear majority of our members", "most of us", "12 of the 15 of us"
MAJORITY = rx.compile(
    r"^\W*(?:(?:a|the)\s+(?:(?:large|clear|small|substantial|vast|overwhelming|big|narrow|strong)\s+)?majority\s+of\s+"
    r"(?:our|the|us|those|members|respondents|people)|most\s+of\s+(?:our|us|the\s+(?:members|people|young\s+people|staff)|"
    # a share ("two thirds of our members", "nine in ten of us", "12 of the 15 of us"), not a bare count ("two of our
    # governors" are some of them, a report)
    r"those)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s*(?:(?:out\s+)?(?:thirds?|quarters?|in\s+\w+)\s*of\s+"
    r"(?:the\s+\d+\s+of\s+)?(?:our|us|the\s+\d+|those)|of\s+(?:the\s+\d+\s+of\s+us|us\b|the\s+\d+\b))"
    r"|(?:all|nearly\s+all|almost\s+all|virtually\s+all)\s+(?:of\s+)?(?:our|us|the\s+members))\b",
    re.I,
)
_RESPONDENT_PRON = rx.compile(r"^(?:we|i|us|we've|we'd|i'd|i've|we're|i'm)\b", re.I)
# the bodies an organisation answers as: "the Council", "the Trust", "our board", "the force"
_ORG_NOUNS = (
    r"council|trust|authority|commissioner|force|constabulary|college|university|school|academy|board|"
    r"governing\s+body|partnership|forum|association|ccg|crc|company|service|committee|cabinet|society|charity|"
    r"organisation|organization|federation|network|alliance|group|unit|office|team|panel|department|union|"
    r"institute|foundation|project|centre|collective|district|federation|practice|hospital|body|bid|council's\s+\w+|"
    r"branch|bench|club|parish|surgery|church|diocese|mosque|chapter|consortium|collaborative"
)
_RESPONDENT_NP = rx.compile(rf"^(?:the|our|this|my)\s+(?:[\w'-]+\s+){{0,3}}?(?:{_ORG_NOUNS})\b", re.I)
# views held by others: the Government, the paper, people, agencies, our chair, members, he or she, they
_OTHER_NP = rx.compile(
    r"^(?:the\s+government|government|the\s+home\s+office|ministers?|the\s+minister|the\s+secretary|the\s+paper|"
    r"the\s+consultation|the\s+document|(?:the|our|this|that)\s+(?:(?:earlier|original|first|previous|april|may)\s+)?draft|"
    r"it|they|he|she|people|someone|somebody|everyone|everybody|nobody|no\s+one|"
    r"others|some|many|most|few|one|critics|agencies|the\s+agencies|partners|other\s+\w+|some\s+\w+|many\s+\w+|"
    r"(?:the|our|my|their|his|her|its|a|an|each|every|any|[\w]+'s)\s+(?:[\w'-]+\s+){0,3}?(?:chair|chairman|chairwoman|"
    r"head|director|governors?|trustees?|members?|staff|officers?|colleagues|councillors?|leader|mp|person|people|"
    r"man|woman|men|women|agencies|agency|partners|practitioners|professionals|parents|families|young\s+people|"
    r"children|residents|teachers|inspectors?|ministers?|government|manager|managers|workers?|clinicians|"
    r"mother|father|parents?|son|daughter|brother|sister|grandmother|grandfather|husband|wife|partner|friend|"
    r"commissioners|police|schools|services|bodies|organisations|authorities))\b",
    re.I,
)


# an attitude in the passive with no agent, closing its clause: the respondent's own (``agent``)
_OWN_PASSIVE = rx.compile(r"(?:welcomed|supported|preferred|endorsed|favoured|favored)$")
_OWN_PASSIVE_END = rx.compile(r"\s*(?:[.;:!]|,|$|\s+(?:in\s+principle|wholeheartedly|fully|strongly|here)\b)", re.I)
_RELATIVE_AUX = rx.compile(r"\b(?:which|that|who|what)\s+(?:is|are)\s+(?:\w+\s+)?$", re.I)


# a person named with a title ("Cllr Page", "Councillor Pescod", "Dr Okafor"): in a body's response, one member's view
# (round 37: minutes recording a dissenting councillor), not the body's
_NAMED_PERSON = rx.compile(
    r"^(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?\s+[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?$"
)


def _subject_region(before: str) -> tuple[str, str]:
    """The words before a verb that hold its subject, and the boundary that starts them.

    Auxiliaries and adverbs are stripped first; a coordinated verb ("meet, agree and move on",
    "has read it and agrees") borrows the subject of the first verb.
    """
    text = before
    for _ in range(4):
        text = _AUX_TAIL.sub("", text)
        last = None
        for m in _BOUNDARY.finditer(text):
            last = m
        region = text[last.end() :] if last else text
        bound = last.group(0).strip().lower() if last else ""
        if (
            bound in ("that", "who", "which")
            and region.strip()
            and not re.match(
                r"(?:the|a|an|our|my|their|its|this|these|those|we|i|they|it|he|she|you)\b|[A-Z]", region.strip()
            )
        ):
            # the relative pronoun is the subject ("the agencies that sit on it meet"): its antecedent is
            text = text[: last.start()]
            continue
        if region.strip() or bound not in (",", "and", "or", "but", "-", "\u2013"):
            return region.strip(), bound
        # a coordinated verb: step back over the previous verb phrase to its subject
        text = text[: last.start()]
        text = re.sub(r"\s*[\w']+(?:\s+(?:it|them|this|that|him|her))?\s*$", "", text)
    return "", ""


# another body of the respondent's place: "the Police and Crime Commissioner for our area", "our local force"
_LOCAL_OTHER = rx.compile(
    r"\b(?:for|in|across|covering|of)\s+(?:our|this)\s+(?:area|county|region|city|borough|patch|force\s+area|district|town)\b"
    r"|^(?:our|the)\s+local\s+(?!authority\b)",
    re.I,
)
# a clause with its own finite verb, then a comma: what follows it ("guidance, agreed with the ICO, setting
# out ...") describes the clause's object; "The board, after long discussion, agreed with it" has no verb before
_PARTICIPLE_AFTER_CLAUSE = rx.compile(
    r"\b(?:would|will|should|could|must|is|are|was|were|has|have|had|welcome|welcomes|propose|proposes|"
    r"recommend|recommends|need|needs|want|wants|suggest|suggests)\b[^,;]*,\s*$",
    re.I,
)
_PARTICIPLE_OBJECT = rx.compile(r"\s+(?:with|between|among|across|by)\b", re.I)
_WHO_OTHER = rx.compile(r"\b(?!we\b|us\b|i\b|me\b)[\w']+,?\s+who\s+(?:\w+ly\s+|also\s+|still\s+|once\s+)?$", re.I)


def agent(clause: str, start: int, end: int) -> str:
    """Who holds the attitude of the verb at ``clause[start:end]``.

    Returns ``"respondent"`` (we, I, the Council, our board), ``"none"`` (no subject in the clause:
    "Strongly support", "Agree"), ``"other"`` (a third party or a report), ``"passive"`` ("was
    agreed by our senior leadership team") or ``"unknown"``.

    >>> c = "while the agencies around them meet, agree and move on"
    >>> agent(c, c.index("agree"), c.index("agree") + 5)
    'other'
    >>> c = "The Commissioner would much prefer a duty built into partnerships"
    >>> agent(c, c.index("prefer"), c.index("prefer") + 6)
    'respondent'
    >>> c = "We would welcome national guidance, agreed with the regulator, setting out a dataset"
    >>> agent(c, c.index("agreed"), c.index("agreed") + 6)
    'passive'
    >>> c = "The board, after long discussion, agreed with the proposal"
    >>> agent(c, c.index("agreed"), c.index("agreed") + 6) != "passive"  # an aside, not a finished clause
    True
    >>> c = "the Police and Crime Commissioner for our area has indicated support for it"
    >>> agent(c, c.index("support"), c.index("support") + 7)
    'other'
    >>> c = "Our trustees welcome the vision"
    >>> agent(c, c.index("welcome"), c.index("welcome") + 7)
    'respondent'
    >>> c = "a governor who disagreed with the vision"
    >>> agent(c, c.index("disagreed"), c.index("disagreed") + 9)
    'other'
    """
    word = clause[start:end].lower()
    before = clause[:start]
    after = clause[end:]
    if word.endswith("ed") and re.search(
        r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|not\s+|also\s+|then\s+|now\s+)?$", before, re.I
    ):
        if re.match(
            r"\s+(?:in\s+principle\s+|as\s+such\s+|wholly\s+|entirely\s+|outright\s+)?(?:to\b|that\b|on\s+(?:this|the|that|it)\b)",
            after,
            re.I,
        ) and word in (
            "opposed",
            "agreed",
            "committed",
        ):
            pass  # an adjective: "the Council is opposed to", "we are agreed that"
        elif re.match(r"\s+by\s+(?:us|me)\b", after, re.I):
            return "respondent"
        elif _OWN_PASSIVE.match(word) and _OWN_PASSIVE_END.match(after) and not _RELATIVE_AUX.search(before):
            # a response's own passive with no agent, as officials write (round 37): "The focus on prevention is
            # welcomed.", "Option Three is not supported", "the voluntary route is preferred"
            return "respondent"
        else:
            return "passive"
    if word.endswith("ed") and re.match(
        r"\s+by\s+(?!us\b|me\b)(?:a|an|the|its|their|his|her|our|local|many|some|\w+s)\b", after, re.I
    ):
        return "passive"  # a participle with its agent and no auxiliary: "a partnership well supported by a joint team"
    if word.endswith("ed") and _PARTICIPLE_AFTER_CLAUSE.search(before) and _PARTICIPLE_OBJECT.match(after):
        return "passive"  # a participle after a finished clause: "we would welcome guidance, agreed with the ICO"
    if "who" in before.lower() and _WHO_OTHER.search(before):
        return "other"  # a relative clause about somebody else: "a governor who disagreed with the vision"
    region, bound = _subject_region(before)
    if not region:
        return "none" if bound in ("", ",", ":", ";", "-") and not before.strip(" ,:;-").strip() else "unknown"
    low = region.lower()
    low = re.sub(
        r"^(?:in\s+our\s+view|in\s+my\s+view|for\s+this\s+reason|for\s+these\s+reasons|overall|so|"
        r"however|therefore|thus|equally|instead)\s*,?\s*",
        "",
        low,
    )
    if _RESPONDENT_PRON.match(low) or re.match(r"^(?:both\s+of\s+us|all\s+of\s+us|each\s+of\s+us)\b", low):
        return "respondent"
    if MAJORITY.match(low):
        return "respondent"  # "a large majority of our members", "12 of the 15 of us": the body's view, by vote
    # the subject of a relative clause without its pronoun: "this is the route we favour"
    if re.search(r"(?:^|\s)(?:we|i)$", low) or re.search(rf"(?:^|\s)(?:the|our)\s+(?:{_ORG_NOUNS})$", low):
        return "respondent"
    if re.match(
        r"^(?:the\s+)?(?!our\b|my\b)[\w'-]+(?:\s+[\w'-]+){0,3}'s\s+(?:own\s+)?(?:response|submission|report|letter|paper|position)\b",
        low,
    ):
        return "other"  # "the District Council's own response supports it": another body's document
    if re.match(r"^(?:our|my)\s+(?:own\s+)?(?:members|membership)$", low):
        return "respondent"  # "our members would welcome it": a membership body's view (not "some of our members")
    if re.match(r"^(?:our|the)\s+(?:board\s+of\s+)?(?:trustees|governors|directors)$", low):
        # "Our trustees welcome the vision": the body that decides for a charity or school (round 38)
        return "respondent"
    if _OTHER_NP.match(low) or _LOCAL_OTHER.search(low):
        return "other"  # ... or a body named by its place beside the respondent: "the Commissioner for our area"
    if _NAMED_PERSON.match(region.strip()):
        return "other"  # one member named in a body's minutes: "Cllr Thurlow agreed", "Councillor Pescod disagreed"
    if _RESPONDENT_NP.match(low):
        return "respondent"
    if (
        not word.endswith("s")
        and re.fullmatch(r"[A-Z][a-z]+[^s's]s", region.strip())
        and region.strip().lower() not in ("members", "trustees", "governors", "directors")  # the respondent's own
    ):
        return "unknown"  # a plural noun capitalised only as the sentence's first word: "Shops agree to ..."
    # "The Commissioner", "The CRC", "Ridings and Humber CRC": a proper name at the head of the subject
    if re.match(r"^(?:the\s+)?[A-Z][\w'&-]*(?:\s+(?:[A-Z][\w'&-]*|and|of|for))*$", region) and not re.match(
        r"^(?:the\s+)?(?:Government|Home\s+Office|Minister|Ministers|Secretary|Paper|Consultation)\b", region
    ):
        return "respondent"
    return "unknown"


# ---------------------------------------------------------------------------- comparatives
_PREFER_TO = rx.compile(
    r"\b(?:prefer|prefers|preferred(?!\s+(?:option(?!\s+(?:one|two|three|[123])\b)|approach|route|model|choice|way|course|solution)\b)|preferring)\s+(?P<x>(?!to\b|that\b|it\b|them\b|this\b)[^,;.]{3,140}?)\s+to\s+"
    r"(?P<y>(?!(?:be|have|see|do|make|keep|put|give|say|work|leave|wait|start|use|focus|rely|place|retain|build|"
    r"concentrate|invest|fund|get|go|take|let|remain|stay|continue|encourage|legislate|adopt|pursue|develop|promote|"
    r"establish|require|impose|introduce|create|extend|strengthen|allow|enable|provide|ensure|look|consider|explore|"
    r"issue|publish|lead|act|set|pay|resource|back|help|trust|learn|hold|bring|pilot|test|try|"
    r"revise|reform|amend|drop|scrap|abandon|rethink|reconsider|proceed|press|push|move|opt|"
    r"run|sit|rest|lie|operate|apply|belong|flow|reside|stand|happen|cover|reach|include|follow|carry|mean|lodge|fall)\b)[^,;.]{3,140})",
    re.I,
)
_RATHER = rx.compile(
    r"\b(?:would|'d|should)\s+(?:much\s+|far\s+|very\s+much\s+|instead\s+)?(?:rather|sooner)\s+(?:see|have|had|"
    r"that)?\s*(?P<x>[^;.]{3,140}?)\s+than\s+(?P<y>[^,;.]{2,140})",
    re.I,
)
# "we would prefer to see the duty handed to a partnership than spread over every agency"
_PREFER_THAN = rx.compile(
    r"\b(?:prefer|prefers)\s+(?:to\s+(?:see|have)\s+)?(?P<x>[^,;.]{3,140}?)\s+than\s+(?P<y>[^,;.]{2,140})",
    re.I,
)
_OVER = rx.compile(
    # ("I would take that over the first option any day": a choice, not "it would take time over the summer")
    r"\b(?:prefer|prefers|favour|favours|choose|chooses|support|supports|back|backs|recommend|recommends|"
    # (what is taken is an option or a pronoun for one: not "it would take pressure off partners over time")
    r"(?:would|'d|’d)\s+(?:take|pick|go\s+for|opt\s+for)(?=\s+(?:that|this|it|those|these|either|option|the\s+(?:[\w-]+\s+){0,3}?"
    r"(?:option|one|route|approach|duty|partnership|law)|a\s+(?:[\w-]+\s+)?(?:duty|law)\b)))\s+"
    r"(?P<x>[^,;.]{3,100}?)\s+(?:over|above|ahead\s+of)\s+(?P<y>[^,;.]{2,100})",
    re.I,
)
_X_RATHER = rx.compile(r",?\s+(?:rather\s+than|instead\s+of|in\s+preference\s+to|and\s+not|not)\s+", re.I)
_X_RATHER_ONLY = rx.compile(r"\s*,?\s+(?:rather\s+than|instead\s+of|in\s+preference\s+to)\s+(?P<y>[^,;.]{2,140})", re.I)


@functools.lru_cache(maxsize=65536)
def comparative(clause: str) -> tuple[tuple[int, int], tuple[int, int], bool] | None:
    """A comparative preference in a clause: the preferred span, the dispreferred span, and whether
    an attitude word ("prefer", "would rather", "favour ... over") says the preferred one is wanted.

    "X rather than Y" without such a word only marks Y as not what the clause asserts ("a source
    of suspicion rather than support": "support" is no cue).

    >>> c = "We would prefer a statutory duty on named bodies to a continued reliance on goodwill"
    >>> (x, y, wanted) = comparative(c)
    >>> c[x[0]:x[1]], c[y[0]:y[1]], wanted
    ('a statutory duty on named bodies', 'a continued reliance on goodwill', True)
    """
    low = clause.lower()
    if "between" in low:
        # a choice between two named: "between a duty and the voluntary approach, we prefer the duty"
        m = _BETWEEN_CHOOSE.search(clause)
        if m:
            x = _content_words(m.group("x"))
            a, b = len(x & _content_words(m.group("a"))), len(x & _content_words(m.group("b")))
            if a != b:
                return m.span("x"), m.span("b" if a > b else "a"), True
        if "latter" in low or "former" in low or "second" in low or "first" in low:
            # the choice made by position (round 49): "Between a new law and the approach that does without one, the
            # latter is the one we could put our names to", "... we would take the latter every time"
            m = _BETWEEN_LATTER.search(clause)
            if m:
                latter = (m.group("w1") or m.group("w2")).lower() in ("latter", "second")
                return (m.span("b"), m.span("a"), True) if latter else (m.span("a"), m.span("b"), True)
    if "against" in low or "compared" in low or "comparing" in low:
        # weighed first, chosen after: "Weighing it against a purely voluntary approach, our governors would
        # rather see a duty placed on named bodies"
        m = _WEIGHED_AGAINST.search(clause)
        if m:
            return m.span("x"), m.span("y"), True
    if "prefer" in low:
        m = _PREFER_TO.search(clause)
        if m:
            return m.span("x"), m.span("y"), True
        m = _PREFER_THAN.search(clause)
        if m:
            return m.span("x"), m.span("y"), True
    if "rather" in low or "sooner" in low:
        m = _RATHER.search(clause)
        if m:
            return m.span("x"), m.span("y"), True
    if " over " in low or " above " in low or "ahead of" in low:
        m = _OVER.search(clause)
        if m:
            return m.span("x"), m.span("y"), True
    if " than " in low and (
        "better" in low
        or "more " in low
        or "worse" in low
        or "less " in low
        or "weaker" in low
        or "as well" in low
        or "closer" in low
        or "nearer" in low
    ):
        # "the new unit is far better placed than any single CSP to lead"; "X would be worse than Y"
        m = BETTER_THAN.search(clause)
        if m:
            x = m.span("x") if m.group("x") is not None else (0, 0)
            if m.group("worse"):
                return m.span("y"), x, True
            return x, m.span("y"), True
    if "rather than" in low or "instead of" in low or "in preference to" in low:
        m = _X_RATHER_ONLY.search(clause)
        if m:
            return (0, m.start()), m.span("y"), False
    return None


_BETWEEN_CHOOSE = rx.compile(
    r"\bbetween\s+(?P<a>[^,;]{3,80}?)\s+and\s+(?P<b>[^,;]{3,80}?),\s*(?:[\w'’]+\s+){0,4}?"
    r"(?:prefer|prefers|choose|chooses|favour|favours|back|backs|support|supports|opt\s+for|opts\s+for|take|takes|pick|picks)\s+"
    r"(?P<x>[^,;.]{2,80})",
    re.I,
)
_BETWEEN_LATTER = rx.compile(
    r"\bbetween\s+(?P<a>[^,;]{3,80}?)\s+and\s+(?P<b>[^,;]{3,120}?),\s*[^.;]{0,80}?"
    # chosen by a verb before it ("we would take the latter"), or said to be the one chosen after it ("the latter is the
    # one we could put our names to")
    r"(?:\b(?:take|takes|prefer|prefers|choose|chooses|favour|favours|back|backs|support|supports|opt\s+for|go\s+for|"
    r"go\s+with|pick|picks)\s+the\s+(?P<w1>latter|former|second|first)\b"
    # (or by its place, the other one after it or nothing, round 51: "Given a choice between a due regard duty and a
    # voluntary approach, our trustees would take the second over the first without hesitation"; not "the first step")
    r"(?:(?<=latter|former)|(?=\s*(?:[,.;!]|$|(?:over|above|ahead\s+of|every|any|without|each|instead|rather|in\s+preference)\b)))"
    r"|\bthe\s+(?P<w2>latter|former)\s+(?:is|would\s+be)\s+(?:the\s+one|(?:much\s+|far\s+)?(?:better|preferable)|"
    r"what)\b(?![^.;]{0,40}?\b(?:not|never|against|reject|oppose)\b))",
    re.I,
)
_FUNCTION_WORDS = frozenset({"the", "and", "our", "its", "their", "any", "all", "for", "with", "this", "that", "new"})


def _content_words(text: str) -> set[str]:
    """The words of a phrase that tell it from another ("option", "one"; not "the", "and")."""
    return {w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _FUNCTION_WORDS}


_WEIGHED_AGAINST = rx.compile(
    r"^\W*(?:weighing|weighed|set|setting|compared|comparing|measured|measuring|balanced|balancing|judged|judging)\s+"
    r"(?:it|this|that|them|these|those|the\s+\w+)?\s*(?:up\s+)?(?:against|with|to)\s+(?P<y>[^,;]{3,100}),\s*"
    r"(?P<x>[^;]*?\b(?:prefer|prefers|preferred|rather|favour|favours|choose|chooses|back|backs|support|supports|opt)\b[^;]*)$",
    re.I,
)
BETTER_THAN = rx.compile(
    # (the subject may be left out in an answer under its question: "Less well than Option One.")
    # (a pronoun as the subject too, round 38: "It is clearly better than relying on goodwill")
    # (or how near it gets, round 40: "A voluntary approach would get closer to the vision than a new legal duty")
    r"^\W*(?:(?P<x>[^.;]{2,160}?)\s+(?:(?:is|are|would\s+be|will\s+be|would\s+work|will\s+work|seems?|looks?|would\s+get|will\s+get|"
    r"would\s+come|will\s+come|gets|comes)\s+|"
    # (or what it suits: "A non-statutory approach fits a district like ours far better than either of the legislative
    # options")
    r"(?:fits|suits|serves|would\s+fit|would\s+suit|would\s+serve)\s+(?:[\w'’-]+\s+){0,5}?))?"
    r"(?:far\s+|much\s+|rather\s+|a\s+lot\s+|clearly\s+|considerably\s+|significantly\s+)?"
    r"(?:(?:better|closer|nearer|more\s+effective|more\s+promising|more\s+workable|more\s+realistic)(?:\s+(?:placed|suited|equipped))?|"
    r"(?P<worse>worse(?!\s+than\s+useless)|less\s+effective|less\s+workable|less\s+well|less\s+suited|less\s+suitable|weaker|not\s+as\s+well)"
    r"(?:\s+(?:placed|suited|equipped))?)"
    # what it is suited to, between: "less suited to the vision than Option One"
    r"(?:\s+(?:to|for|towards)\s+(?:the|this|that|its|our)\s+(?:vision|task|job|purpose|work|aim|aims|role))?"
    r"\s+than\s+(?P<y>[^.;]{3,120})",
    re.I,
)


# ---------------------------------------------------------------------------- not asserted
_WHETHER = rx.compile(
    # not after "question" / "doubt": "we question whether a new duty is needed" denies it (stance._COGNITION); but "To
    # the question whether Schedule 6 names the right partners, our answer is ..." asks it (round 38)
    r"(?:(?<=\bthe\squestion\s)|(?<!question\s))(?<!questions\s)(?<!doubt\s)(?<!doubts\s)\bwhether\b"
    r"|\b(?:asked|ask|asks|asking|wonder|wondered|know|knows|knew|say|tell|judge)\s+(?:\w+\s+)?if\b"
    # a question put to others (round 35): "We asked members which of the two routes they would prefer"
    r"|\b(?:asked|ask|asks|asking|surveyed|polled|consulted)\s+(?:(?:our|the|all|its|their|them|us|\d+|[\w'’-]+)\s+){0,3}?"
    # (or who, where it is the consultation's question restated, round 50: "You ask who else should be on it.")
    r"(?P<wh>which|what|(?<=\byou\sask\s)who|(?<=\byou\sasked\s)who|(?<=\bpaper\sasks\s)who|(?<=\bconsultation\sasks\s)who)\b"
    # the question of which, as a topic (round 47): "On the question of which bodies are the right partners, the list ..."
    # (or a view invited on it, round 51: "Many of the questions in the paper invite a view on what would 'best achieve' the
    # vision")
    # (not a view of the respondent's own withheld on which: "we have not formed a view on which organisations should be
    # added" says what the abstention is about)
    r"|\b(?:(?:question|matter|issue)\s+of|(?:invites?|invited|inviting|seeks?|sought|seeking|asks?\s+for|asked\s+for)\s+"
    r"(?:a\s+)?(?:views?|comments?)\s+on)\s+(?P<wh2>which|what|who)\b"
    # why another holds a view, understood (round 47): "we can see why the Government prefers it: it is simple" (another's
    # reasons only: in "we can see why a duty is needed" the respondent holds the view)
    r"|\b(?:see|understand|appreciate|recognise|recognize)\s+(?P<wh3>why)\b(?=\s+(?:the\s+(?:government|home\s+office|paper|"
    r"consultation|minister|ministers|department)|ministers|some|others|people|they|many|colleagues|partners|officials)\b)"
    # (or whatever follows a "why" denied, as a question put: "I don't see why it has to be one or the other")
    r"|(?:n't|\bnot|\bcannot)\s+(?:really\s+)?see\s+(?P<wh4>why)\b"
    # (or a question of who as the sentence's subject, round 51: "Who else should be made a statutory partner ... is not
    # something we have a settled view on")
    r"|^\W*(?P<wh5>who\s+else|which\s+(?:other\s+|further\s+)?(?:bodies|organisations|organizations|agencies|partners|services)|"
    r"what\s+(?:other|else|further))\b(?=[^.;?]{0,150}\b(?:is|are)\s+(?:not\s+)?(?:a\s+(?:question|matter)|something|one\s+for|"
    r"for\s+others)\b)",
    re.I,
)
# "whether X or Y," between commas, with no verb of its own: the ways a thing might be done, listed (round 27)
_WHETHER_ALTERNATIVES = rx.compile(
    r"whether\s+(?!(?:[\w'-]+\s+){0,6}?(?:is|are|was|were|would|should|could|can|will|might|may|do|does|did)\b)"
    r"[^,;:]{1,160}?\bor\b[^,;:]{1,160}?,",
    re.I,
)
_REQUEST_THAT = rx.compile(r"\b(?:ask|asks|request|requests)\s+(?:only|simply|merely|just)\s+that\b")
_CONTENT_THAT = rx.compile(
    r"\b(?:recognition|expectation|acknowledge?ment|emphasis|commitment|insistence|assumption|suggestion|statement|"
    r"claim|proposal|idea|notion|premise|principle|message|aspiration|ambition|intention|requirement)\s+that\b"
)  # searched in the lower-cased clause
# a view set up to be knocked down: "it would be tempting to conclude that goodwill is enough", "one might
# think that the partnerships could do it" (searched in the lower-cased clause)
_SET_UP_THAT = rx.compile(
    r"\b(?:tempting|easy|natural|understandable|possible)\s+to\s+(?:conclude|think|suppose|assume|believe|say|argue|imagine)\s+that\b"
    r"|\b(?:one|some|you|people|others)\s+(?:might|may|could|would)\s+(?:well\s+)?(?:think|say|argue|conclude|suppose|assume)\s+that\b"
)
_IF_KEYS = rx.compile(r"\b(?:if|unless)\b")
_IF = rx.compile(
    r"(?:^|[,;]\s*|\b(?:and|but|that)\s+)(?:if|unless)\b(?![^,;]{0,6}\b(?:so|not)\b)"
    # after the main clause with no comma, a condition on a pronoun: "I would be glad to expand on any of this if it
    # would help" (not "would be stronger if NHS trusts were added", which names what to do)
    r"|(?<=\w\s)(?:if|unless)\b(?=\s+(?:it|this|that|they|you)\s+(?:would|will|might|could|helps?|is|are|were|was)\b)",
    re.I,
)


# a condition with its verb before its subject, to the comma: "Were the list to stay as it is, ...", "Had the duty existed,
# ...", "Should partnerships be given the lead, ..." (round 50)
_INVERTED_CONDITION = rx.compile(
    r"^\W*(?P<cond>(?:were|had|should)\s+(?!(?:we|i|you|not)\b)[\w'’-]+\s+"
    r"[^,;?]{2,160}?)(?=,)",
    re.I,
)


# a main clause's subject and modal after a condition with no comma ("if it is funded it would work"), not inside a
# reported thought ("if we think it would help")
_MAIN_AFTER_CONDITION = rx.compile(
    r"(?<!\bthink\s)(?<!\bthought\s)(?<!\bbelieve\s)(?<!\bfeel\s)(?<!\bfelt\s)(?<!\bsay\s)(?<!\bsaid\s)(?<!\bthat\s)"
    r"(?<!\bknow\s)(?<!\bhope\s)(?<!\bexpect\s)(?<!\bfind\s)(?<!\bfound\s)(?<!\bdecide\s)(?<!\bdecided\s)(?<!\bagree\s)"
    r"(?<!\bagreed\s)(?<!\bwhether\s)(?<!\bwhat\s)(?<!\bhow\s)"
    r"\b(?:it|this|that|then\s+it|we|i)\s+(?:should|must|would|will|ought\s+to|needs\s+to)\s",
    re.I,
)
_FINITE_IN_CONDITION = rx.compile(
    r"\b(?:is|are|was|were|has|have|had|does|do|did|gets|goes|comes|becomes|means|works|happens|fails)\s+\w+", re.I
)


_PROVIDED = rx.compile(
    r"(?:^|[,;:]\s*|\b(?:yes|no|and|but|that|it|this|option\s+\w+)\s+)(?P<kw>provided|providing)(?:\s+that)?\b(?=\s+(?:it|this|that|they|the|there|a|an|any|we|its|their|our|schools|funding|money|resources)\b)"
    r"|\b(?:so|as)\s+long\s+as\b|\bon\s+(?:the\s+)?condition\s+that\b",
    re.I,
)
_ABOUT_HOW = rx.compile(r"\b(?:about|as\s+to|wonder|wondered|ask|asked|unclear|unsure)\s+how\b", re.I)
_NEXT_CLAUSE = rx.compile(
    r",\s+(?:but|and|so|yet|although|though|because|as|since|while|whereas|we|i|it|this|that|which|there|they|our|my|in\s+(?:our|my))\b",
    re.I,
)
_MODAL = rx.compile(r"\b(?:should|would|could|must|will|can|might|needs?\s+to|ought\s+to)\b", re.I)


# the main clause after a fronted embedded question: "Whether it is the answer, *I am not qualified to say*"
_MAIN_AFTER_WHETHER = rx.compile(
    r",\s+(?=(?:we|i|the\s+\w+|our\s+\w+|members)\s+(?:\w+\s+){0,2}?(?:am|are|is|have|has|do|does|did|can|cannot|could|would|will|feel|think)\b)"
    # (or with no comma, a saying found hard, round 48: "Whether the vision is the right one we find hard to say")
    r"|\s(?=(?:we|i|members|the\s+board|our\s+\w+)\s+(?:\w+\s+)?(?:find|found|is|are|was|were)\s+(?:it\s+)?(?:very\s+|genuinely\s+|quite\s+)?"
    r"(?:hard|difficult|impossible|unable|not\s+able)\s+to\s+(?:say|judge|tell)\b"
    # ("Whether the first option or the second option is better I honestly can't say")
    r"|(?:we|i)\s+(?:\w+\s+)?(?:can't|can’t|cannot|could\s+not|couldn't|couldn’t)\s+(?:honestly\s+|really\s+)?(?:say|tell|judge)\b)",
    re.I,
)


_WHETHER_TO = rx.compile(r"\s+(?:or\s+not\s+)?to\s+\w+", re.I)
_FINITE_AFTER_WHETHER_TO = rx.compile(
    r"\s(?=(?:would|will|could|should|is|are|was|were|can|cannot|must|might|seems?|means?)\b)", re.I
)


_LET_ALONE = rx.compile(r"\blet\s+alone\b", re.I)


# an account of why or how something is as it is, as the subject judged ("the paper's account of why partnerships fall
# short ... matches what we see"): the question inside runs to the verb that judges it
_ACCOUNT_OF_WHY = rx.compile(
    r"\b(?:account|accounts|explanation|description|analysis|diagnosis|picture|reading|summary)\s+of\s+"
    r"(?P<wh>(?:why|how)\b[^;]*?)(?=\s(?:matches|match|rings|chimes|reflects|mirrors|fits|accords|tallies|captures|describes|"
    r"squares)\b)",
    re.I,
)


_ARGUMENT_IS_THAT = rx.compile(
    r"^\W*(?:but\s+|and\s+|yet\s+)?the\s+(?:main\s+|usual\s+|chief\s+|strongest\s+|best\s+|obvious\s+)?(?:argument|case)\s+"
    r"(?:for|against|in\s+favour\s+of)\s+[^.;]{0,100}?\b(?:is|was)\s+that\b",
    re.I,
)


def unasserted_spans(clause: str) -> list[tuple[int, int]]:
    """Spans of a clause whose cues are not asserted: embedded questions, conditions and what "let alone" adds.

    An embedded question runs from "whether" to the end of the clause, or, when the clause opens
    with it ("Whether it is the right list is not something we can judge"), to the last verb "is".
    A condition ("if ...", "unless ...") runs to the next comma.

    >>> c = "The Trust is not in a position to say whether the Schedule 6 list is right."
    >>> [c[a:b] for a, b in unasserted_spans(c)]
    ['whether the Schedule 6 list is right.']
    """
    out: list[tuple[int, int]] = []
    low = clause.lower()
    if "argument" in low or "case " in low:
        # one side's argument set out (round 49): "The argument for it is that good intentions have not reached every health
        # board ... equally" is what the argument says, not the respondent's verdict on the duty
        out += [(m.end(), len(clause)) for m in _ARGUMENT_IS_THAT.finditer(clause)]
    if "let alone" in low:
        # what "let alone" adds is the main clause's, denied a fortiori: "none of the three options would achieve the vision,
        # let alone best achieve it" (round 30; its cue is not asserted)
        out += [(m.start(), len(clause)) for m in _LET_ALONE.finditer(clause)]
    if (
        "whether" in low
        or " if " in low
        or "ask" in low
        or "surveyed" in low
        or "polled" in low
        or "consulted" in low
        or "question of" in low
        or "view on" in low
        or "views on" in low
        or "comment on" in low
        or "comments on" in low
        or "matter of" in low
        or "issue of" in low
        or " why " in low
        or low.lstrip(" \"'(").startswith(("who else", "which ", "what "))
    ):
        for m in _WHETHER.finditer(clause):
            a = (
                m.start()
                if m.group(0).lower() == "whether"
                else m.start("wh")
                if m.group("wh")
                else m.start("wh2")
                if m.group("wh2")
                else m.start("wh3")
                if m.group("wh3")
                else m.start("wh4")
                if m.group("wh4")
                else m.start("wh5")
                if m.group("wh5")
                else m.end() - 2
            )
            comma = clause.find(",", m.end())
            if clause[:a].strip(" \"'(") == "":
                verbs = list(re.finditer(r"\b(?:is|are|remains|depends|was)\b", clause[a:], re.I))
                b = a + verbs[-1].start() if len(verbs) >= 2 else len(clause)
                main = _MAIN_AFTER_WHETHER.search(clause, m.end())
                if main is not None and main.start() < b:
                    b = main.start()  # "Whether a legal duty is the answer, I am not qualified to say."
                if (
                    len(verbs) == 1
                    and (comma < 0 or comma > a + verbs[0].start())
                    and _MODAL.search(clause, a, a + verbs[0].start())
                ):
                    # "Whether the list should be extended is a question on which we have no view":
                    # the question's own verb is the modal's, so the one "is" is the main verb
                    b = a + verbs[0].start()
            elif clause[:a].rstrip().endswith(",") and (alt := _WHETHER_ALTERNATIVES.match(clause, a)) is not None:
                # alternatives set off by commas, not a question: "Legislating now, whether through a due regard duty or
                # through amendments to the CSP framework, would be premature" (the main clause goes on after them)
                b = alt.end()
            else:
                # to the comma that starts another clause ("whether it works, but we ..."), not one inside a
                # list of adjectives ("whether a voluntary, non-legislative approach could ...")
                nxt = _NEXT_CLAUSE.search(clause, m.end())
                b = nxt.start() if nxt else len(clause)
                if m.group("wh2") and comma > 0:
                    b = comma  # the topic named, then what is said of it: "On the question of which bodies ..., the list"
                colon = clause.find(":", m.end())
                if 0 <= colon < b:
                    b = colon  # "to the question of whether they should be under a duty: put it in law" answers it
                if _WHETHER_TO.match(clause, m.end()) and (fin := _FINITE_AFTER_WHETHER_TO.search(clause, m.end(), b)):
                    # an infinitive question ends where the main clause's verb comes: "Leaving each service to decide
                    # whether to take part *would be wrong*"
                    b = fin.start()
            out.append((a, b))
            break
    if " of why " in low or " of how " in low:
        # the paper's account of a problem, judged as a whole (round 40): "The paper's account of why partnerships fall
        # short (competing priorities, weak data sharing) matches what we see every week" (what falls short is the
        # partnerships of the account, no verdict on an option), to the verb that judges the account
        for m in _ACCOUNT_OF_WHY.finditer(clause):
            out.append((m.start("wh"), m.end("wh")))
    if "for all that" in low:
        # a concession granted, not asserted: "the third option, for all that the paper treats it as the weakest of the
        # three, is the one that fits our circumstances" (to the comma that ends it)
        for m in re.finditer(r"\bfor\s+all\s+that\b", clause, re.I):
            comma = clause.find(",", m.end())
            out.append((m.start(), comma if comma > 0 else len(clause)))
    if "that" in low:
        # the content of the paper, not the respondent's verdict: "we welcome the recognition that the
        # health service is part of the answer"
        for m in _CONTENT_THAT.finditer(low):
            comma = clause.find(",", m.end())
            out.append((m.end(), comma if comma > 0 else len(clause)))
        # a small request, not a judgement: "we would ask only that the vision recognises that prevention
        # does not stop at 18" (a request without "only" may be the answer itself: "we would ask that
        # schools be added to the statutory partners")
        for m in _REQUEST_THAT.finditer(low):
            out.append((m.end(), len(clause)))
        for m in _SET_UP_THAT.finditer(low):
            out.append((m.end(), len(clause)))
    if _WH_TOPIC.match(clause):
        # a fronted question as the topic: "On which bodies should be named, and whether the list is the right one,
        # the Federation has no view" (to the last comma, where the main clause starts)
        last = clause.rfind(", ")
        if last > 0:
            # (an embedded question inside the topic ends with it: "and whether the list is the right one")
            out = [(a, min(b, last)) if a < last else (a, b) for a, b in out]
            out.append((0, last))
    if "would" in low or "could" in low:
        # a hypothetical other target: "We would support a vision that included violence in the home" (not this
        # one, which does not)
        for m in _OTHER_VERSION.finditer(clause):
            out.append((m.start(), len(clause)))
    if " how " in low:
        # "we are worried about how a duty would work in practice": an open question, not a verdict
        for m in _ABOUT_HOW.finditer(clause):
            nxt = _NEXT_CLAUSE.search(clause, m.end())
            out.append((m.start(), nxt.start() if nxt else len(clause)))
    if _IF_KEYS.search(low):
        for m in _IF.finditer(clause):
            a = m.start()
            comma = clause.find(",", m.end())
            b = comma if comma > 0 else len(clause)
            if (main := _MAIN_AFTER_CONDITION.search(clause, m.end(), b)) is not None and _FINITE_IN_CONDITION.search(
                clause, m.end(), main.start()
            ):
                # the main clause without a comma before it (round 48): "if this work is going to be put on a legal
                # footing it should come through the partnership" (the condition ends where "it should" starts)
                b = main.start()
            out.append((a, b))
    if (
        low.lstrip(" \"'(").startswith(("were ", "had ", "should "))
        and (inv := _INVERTED_CONDITION.match(clause)) is not None
    ):
        # a condition put first with its verb before its subject (round 50): "Were the responsible authorities to remain as
        # they are, the partnership would go on planning around children without ..." (to the comma)
        out.append((inv.start("cond"), inv.end("cond")))
    if "provid" in low or " long as" in low or "condition that" in low:
        # a condition put another way (round 34): "So yes, provided it does not arrive with another quarterly return to
        # fill in" (what the condition holds is not said of the target; to the next comma)
        for m in _PROVIDED.finditer(clause):
            comma = clause.find(",", m.end())
            # (from the comma before it, or else from the word that sets the condition: "Yes provided that it is funded"
            # keeps its "Yes")
            a = m.start("kw") if m.group("kw") and clause[m.start()] not in ",;:" else m.start()
            out.append((a, comma if comma > 0 else len(clause)))
    if ("not" in low or "n't" in low or "none" in low) and (m := _DENIED_INFERENCE.search(clause)):
        # a conclusion the respondent declines to draw: "that is not the same thing as saying the list is wrong", "this
        # does not mean the duty is a mistake", "none of this means the list is wrong" (nothing is said of it either way)
        nxt = _NEXT_CLAUSE.search(clause, m.end())
        out.append((m.start(), nxt.start() if nxt else len(clause)))
    if "where" in low:
        # cases described: "would pass information to the police in cases where a conversation with the family would have
        # been the better course" (what is said of those cases is not said of the target)
        for m in _CASES_WHERE.finditer(clause):
            nxt = _NEXT_CLAUSE.search(clause, m.end())
            out.append((m.start(), nxt.start() if nxt else len(clause)))
    if "however " in low:
        # a concession of degree: "..., however much an organisation like ours might prefer the lighter touch" (what the
        # respondent might prefer, set aside by the main clause)
        for m in _HOWEVER_MUCH.finditer(clause):
            nxt = _NEXT_CLAUSE.search(clause, m.end())
            out.append((m.start(), nxt.start() if nxt else len(clause)))
    return out


_CASES_WHERE = rx.compile(
    r"\b(?:in|for)\s+(?:those\s+|the\s+|some\s+|many\s+)?(?:cases|circumstances|situations|instances)\s+where\b", re.I
)
_DENIED_INFERENCE = rx.compile(
    r"\b(?:(?:is|was)\s*(?:not|n't)\s+to\s+say|(?:does|do|did)\s*(?:not|n't)\s+(?:necessarily\s+|automatically\s+)?"
    r"(?:mean|follow|imply)|(?:none|neither)\s+of\s+(?:this|that|these|those|which)\s+(?:means|implies)|not\s+(?:quite\s+)?"
    r"the\s+same\s+(?:thing\s+)?as\s+(?:saying|concluding|arguing|accepting|agreeing))\b(?:\s+that\b)?",
    re.I,
)
_HOWEVER_MUCH = rx.compile(r"\bhowever\s+(?:much|strongly|keenly|tempting|attractive|appealing)\b", re.I)


_WH_TOPIC = rx.compile(r"^\W*(?:on|as\s+to|about|regarding|concerning)\s+(?:which|what|who|whom|how|whether)\b", re.I)
_OTHER_VERSION = rx.compile(
    r"\b(?:would|could|might)\s+(?:\w+\s+)?(?:support|welcome|back|endorse|accept|favour|agree\s+(?:with|to))\s+(?:a|an|any)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:vision|focus|list)\s+(?:that|which|where|in\s+which|with)\b",
    re.I,
)
# "..., both of which ...": a relative clause on each of the things just listed
QUANTIFIED_RELATIVE = r",\s+(?:both|all|each|some|many|most|none|one|neither|either)\s+of\s+(?:which|whom)\b"
_RELATIVE = rx.compile(
    rf"{QUANTIFIED_RELATIVE}|,\s+(?:(?:in|through|by|under|with|for|of)\s+)?(?:which|whom|whose)\b"
    # a place described after the main clause: "we do not think it would achieve the vision in Wales, where the specified
    # bodies would include devolved health boards"
    r"|,\s+where\b",
    re.I,
)
_FINITE_BEFORE = rx.compile(
    r"\b(?:is|are|was|were|would|will|could|can|should|must|do|does|did|think|believe|has|have|had)\b|n't\b", re.I
)
_MAIN_VERB_AFTER = rx.compile(
    # (or a subjunctive after "ask that": "We would ask that BIDs, where they exist, be added to the statutory partners")
    r",\s+(?:is|are|was|were|would|will|has|have|can|could|should|must|remains|seems|looks|be|may|might|need|needs|becomes?)\b",
    re.I,
)


def relative_spans(clause: str) -> list[tuple[int, int]]:
    """Non-restrictive relative clauses (", in which it convenes the local partners, ... ,"): what
    they name is not the subject the main verb judges. Each runs to the comma before the main
    verb resumes or, with no main verb after it, to the next clause of the respondent's own (", and
    we ...") or the clause's end.

    >>> c = "the voluntary route, in which it funds the partnerships, is the one we would choose"
    >>> [c[a:b] for a, b in relative_spans(c)]
    [', in which it funds the partnerships']
    """
    out = []
    for m in _RELATIVE.finditer(clause):
        if _WHICH_MAKES_IT.match(clause, m.end()):
            continue  # "Option Two rests on a body that is not a legal person, which makes it the less satisfactory ...":
            # what was said, summed up as a verdict on the subject ("it")
        if m.group(0).lower().endswith("where") and not _FINITE_BEFORE.search(clause, 0, m.start()):
            continue  # "In Wales, where the bodies are devolved, Option One would ...": a place set before the main clause
        v = _MAIN_VERB_AFTER.search(clause, m.end())
        if v:
            out.append((m.start(), v.start()))
        else:
            # no main verb after it: to the next clause of the respondent's own (", and we ..."), else to the end (a
            # relative closing the sentence: ", in which schools are invited, and funded, to take part in local
            # partnerships" describes the option before it throughout)
            nxt = _OWN_CLAUSE_AFTER.search(clause, m.end())
            out.append((m.start(), nxt.start() if nxt else len(clause)))
    return out


_WHICH_MAKES_IT = rx.compile(r"\s+(?:makes|made|leaves|left|renders|rendered)\s+(?:it|them)\b", re.I)
_OWN_CLAUSE_AFTER = rx.compile(r",\s+(?:(?:and|but|so|yet)\s+)?(?:we|i|our|my)\b", re.I)


# ---------------------------------------------------------------------------- not stances
_ADMIN = rx.compile(
    r"^\W*(?:this|the|our|my)\s+(?:response|submission|letter|reply|answer)s?\b[^.;]{0,60}?\b(?:was|were|is|has\s+been|"
    r"have\s+been|had\s+been)\s+(?:\w+\s+){0,2}?(?:agreed|approved|endorsed|considered|signed|prepared|submitted|made|"
    r"sent|discussed|shared|written|drafted|seen|supported|read|cleared|ratified)\b"
    r"|\b(?:agreed|approved|endorsed|signed\s+off|ratified|cleared)\s+(?:by|with|at)\s+(?:the|our|its|a)\s+"
    r"(?:[\w'-]+\s+){0,4}?(?:board|committee|cabinet|leader|members?|trustees|governors|meeting|team|panel|chair|"
    r"council|executive|director)"
    # "the trust supported this response with staff time": about the response, not the proposals
    r"|\b(?:supported|backed|endorsed|contributed\s+to|helped\s+(?:with|to\s+write))\s+(?:this|our)\s+(?:response|submission)\b"
    # the questions the respondent did not take up: "we have not answered the questions on the list, as we
    # lack the knowledge", "I'll leave the parts about the partnerships to others" (silent, not a view)
    r"|\b(?:i|we)\s+(?:have|has|had|did)\s*(?:not|n't)\s+(?:tried\s+to\s+)?(?:answer(?:ed)?|said\s+anything|comment(?:ed)?|"
    r"respond(?:ed)?|address(?:ed)?|covered)\b(?![^.;]{0,100}\b(?:but|however|although|though|yet)\b)"
    r"|\b(?:i|we)(?:'ll|\s+will|\s+shall|\s+would)?\s+leave\s+(?:the\s+|those\s+|these\s+)?(?:other\s+)?"
    r"(?:questions?|bits?|parts?|sections?|rest|those|these)\b[^.;]{0,80}?\bto\s+(?:others|other\s+people|people|those|the\s+\w+|cleverer|wiser|experts)"
    # how the response reports its own divisions or why it was written so (round 33): "Where the signatories did not
    # agree, we say so", "We were unable to use the online form because several of the questions did not allow us to
    # say what our families wanted said"
    r"|\bwhere\s+(?:we|the\s+[\w'-]+|our\s+[\w'-]+|members|signatories|partners)\s+(?:did|do|could|have)\s*(?:not|n't)\s+"
    r"(?:agree|agreed)\s*,\s*(?:we|this\s+response|the\s+response)\s+(?:say|says|note|notes|record|records|report|reports)\s+so\b"
    r"|\b(?:unable|not\s+able)\s+to\s+use\s+(?:the|your)\s+(?:online\s+|response\s+)?(?:form|questionnaire|survey)\b",
    re.I,
)


_ADMIN_KEYS = rx.compile(
    r"response|submission|letter|reply|answer|agreed|approved|endorsed|signed|ratified|cleared|said\s+anything|comment|"
    r"respond|address|covered|leave|agree|use\s+the|use\s+your"
)


def is_administrative(sentence: str) -> bool:
    """Whether a sentence is about the response itself, not the proposals.

    >>> is_administrative("This response was agreed by our senior leadership team.")
    True
    >>> is_administrative("We agree with the vision.")
    False
    """
    if not _ADMIN_KEYS.search(sentence.lower()):
        return False
    return bool(_ADMIN.search(sentence))


_QUESTION_OPENING = rx.compile(
    r"^\W*(?:q(?:uestion)?\s*\d{1,2}\W*|\d{1,2}[.)]\s*)?(?:do|does|should|is|are|would|which|what|how|to\s+what\s+extent)\b",
    re.I,
)


@functools.lru_cache(maxsize=65536)
def echoed_question(sentence: str, questions: tuple[tuple[str, str], ...]) -> str | None:
    """The id of the consultation question a sentence repeats, if it repeats one.

    ``questions`` are ``(id, text)`` pairs. A sentence is an echo when it reads as a question
    ("Do you consider that ...?", "Should the list ...?") and shares nearly all the words of one
    question's text; the respondent's answer follows it, so in a letter it works as a heading.

    >>> qs = (("q13", "Do you consider that Option Three would best achieve the consultation vision?"),)
    >>> echoed_question("Do you consider that Option Three would best achieve the consultation vision?", qs)
    'q13'
    >>> echoed_question("We consider that Option Three would best achieve the vision.", qs) is None
    True
    """
    # "8 Do you ...?", "14 | What other measures ...?" (a form's table row)
    numbered = re.match(r"^\W*(?:q|question\s+)?(\d{1,2})\b", sentence.strip(), re.I)
    s = re.sub(r"^\|?\s*(?:q|question\s+)?\d{1,2}[.):]?\s*\|?\s+", "", sentence.strip(), count=1, flags=re.I)
    if not (s.endswith("?") or _QUESTION_OPENING.match(s)) or not _QUESTION_OPENING.match(s):
        return None
    # "Option 2" is "Option two"; and the question's own number, where it leads, decides between questions that differ
    # only by their option (round 38: "Q11 Do you consider that Option 2 would best achieve ...?" had read as Q9)
    s = re.sub(
        r"\boption\s+([123])\b", lambda m: "option " + ("one", "two", "three")[int(m.group(1)) - 1], s, flags=re.I
    )
    echo = _echo(s.lower(), questions)
    if echo is not None and numbered is not None and (own := f"q{numbered.group(1)}") != echo:
        if own in {qid for qid, _ in questions} and _echo(s.lower(), tuple(q for q in questions if q[0] == own)):
            return own
    return echo


@functools.lru_cache(maxsize=4096)
def _echo(s: str, questions: tuple[tuple[str, str], ...]) -> str | None:
    s = re.sub(r"^\W*(?:q(?:uestion)?\s*\d{1,2}\W*|\d{1,2}[.)]\s*)", "", s)
    best, best_score = None, 0.0
    for qid, text in questions:
        first = re.split(r"(?<=\?)\s", text.lower())[0]
        score = fuzz.token_set_ratio(s, first)
        if score > best_score and len(s) >= 0.5 * len(first):
            best, best_score = qid, score
    return best if best_score >= 88 else None
