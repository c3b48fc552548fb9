"""Matching what respondents wrote to the questionnaire's labels (sectors, regions, roles, options).

``LabelMatcher`` holds one question's labels and synonyms and matches a raw value in steps that
stop at the first success (exact after normalising, synonym, "contains", then fuzzy with
rapidfuzz above a threshold); each step names its rule for the cleaning log. A value matching
nothing stays unmatched, never forced onto the nearest label. ``matcher`` caches one matcher per
question, so the readers (mapping header text and tick columns) and cleaning share them.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process

from svanalysis.core.spec import Option, Spec, load_spec
from svanalysis.core.text import norm

__all__ = ["LEADING_YES_NO", "LabelMatch", "LabelMatcher", "matcher", "raw_slice"]


# ============================================================================ labels
@dataclass(frozen=True)
class LabelMatch:
    """A raw answer matched to a canonical label (or not), with how and any "Other" text."""

    label: str | None
    rule: str
    other_text: str | None = None


_OTHER = re.compile(
    r"^other\b\s*(?:\(?\s*(?:please\s+)?(?:specify|state|describe)\s*\)?)?\s*(?:[:\-–,;.)]|\s)?\s*(?P<rest>.*)$",
    re.I | re.S,
)
LEADING_YES_NO = re.compile(
    r"^\s*(yes|no|partly|partially|don'?t know|not sure)\b[\s.,:;\-–)]*(?P<rest>.*)$", re.I | re.S
)


class LabelMatcher:
    """Maps raw text to one option label of a question, by exact label, synonym, fuzzy match or
    containment, in that order; never to the nearest label when nothing is close enough.

    Examples
    --------
    >>> m = matcher("q3")
    >>> m.match("Yorks & Humber").label, m.match("Cymru").label, m.match("Atlantis").label
    ('Yorkshire and the Humber', 'Wales', None)
    >>> m = matcher("q1")
    >>> m.match("Other: NHS trust")
    LabelMatch(label='Health and social care', rule='other_recoded', other_text='NHS trust')
    """

    def __init__(self, options: Iterable[Option], threshold: float = 88, extra: dict[str, list[str]] | None = None):
        self.options = tuple(options)
        self.labels = [o.label for o in self.options]
        self.threshold = threshold
        self.other = next((o.label for o in self.options if o.other), None)
        self.exact: dict[str, tuple[str, str]] = {}
        for o in self.options:
            for v, how in [
                (o.label, "normalised"),
                (o.paper_text, "normalised"),
                *[(s, "synonym") for s in o.synonyms],
            ]:
                self.exact.setdefault(norm(v), (o.label, how))
        for label, words in (extra or {}).items():
            for w in words:
                self.exact.setdefault(norm(w), (label, "synonym"))
        self.keys = list(self.exact)
        # whole-word containment, for synonyms long enough not to collide
        self.contains = sorted(
            ((k, lab) for k, (lab, _) in self.exact.items() if len(k) >= 5 and lab != self.other),
            key=lambda kv: -len(kv[0]),
        )
        self.contains_other = sorted(
            (
                (k, lab)
                for k, (lab, _) in self.exact.items()
                if len(k) >= 5 and lab == self.other and not k.startswith("other")
            ),
            key=lambda kv: -len(kv[0]),
        )
        self._cache: dict[str, LabelMatch] = {}

    def match(self, text: Any) -> LabelMatch:
        if text is None or (isinstance(text, float) and math.isnan(text)):
            return LabelMatch(None, "blank")
        key = str(text)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._match(key)
            if len(self._cache) < 100_000:
                self._cache[key] = hit
        return hit

    def _match(self, raw: str) -> LabelMatch:
        s = raw.strip()
        if not s:
            return LabelMatch(None, "blank")
        if s in self.labels:
            return LabelMatch(s, "exact")
        t = norm(s)
        if not t:
            return LabelMatch(None, "blank")
        if t in self.exact:
            label, how = self.exact[t]
            return LabelMatch(label, how)
        if self.other:
            m = _OTHER.match(t)
            if m:
                rest_raw = _OTHER.match(s.strip())
                rest = (rest_raw.group("rest") if rest_raw else m.group("rest")).strip(" :-–,;.()") or None
                if rest:
                    inner = self._named(norm(rest))
                    if inner is not None:
                        return LabelMatch(inner, "other_recoded", rest)
                return LabelMatch(self.other, "other_text", rest)
        best = process.extractOne(t, self.keys, scorer=fuzz.ratio, score_cutoff=self.threshold)
        if best is not None:
            return LabelMatch(self.exact[best[0]][0], "fuzzy")
        if len(t) >= 8:
            best = process.extractOne(
                t, [k for k in self.keys if len(k) >= 8], scorer=fuzz.token_sort_ratio, score_cutoff=self.threshold + 4
            )
            if best is not None:
                return LabelMatch(self.exact[best[0]][0], "fuzzy")
        named = self._named(t)
        if named is not None:
            return LabelMatch(named, "contains")
        if named is None and self._ambiguous(t):
            return LabelMatch(None, "ambiguous")
        for k, lab in self.contains_other:
            if re.search(rf"(?<![a-z0-9]){re.escape(k)}(?![a-z0-9])", t):
                return LabelMatch(lab, "contains", s)
        return LabelMatch(None, "unmatched")

    def _hits(self, t: str) -> list[tuple[str, str]]:
        return [(k, lab) for k, lab in self.contains if re.search(rf"(?<![a-z0-9]){re.escape(k)}(?![a-z0-9])", t)]

    def _named(self, t: str) -> str | None:
        """The one non-Other label whose label or synonym appears in ``t`` (whole words)."""
        if t in self.exact and self.exact[t][0] != self.other:
            return self.exact[t][0]
        hits = self._hits(t)
        labels = {lab for _, lab in hits}
        if len(labels) == 1:
            return labels.pop()
        if len(labels) > 1:
            # one hit inside another ("north east" contains "east") is not a clash
            longest = max(hits, key=lambda kv: len(kv[0]))
            if all(k in longest[0] or lab == longest[1] for k, lab in hits):
                return longest[1]
        return None

    def _ambiguous(self, t: str) -> bool:
        return len({lab for _, lab in self._hits(t)}) > 1

    # ------------------------------------------------------------------ multi-choice
    def split(self, text: Any) -> tuple[list[str], str | None, list[str]]:
        """Labels named in a multi-choice cell, any "Other" text, and pieces that matched nothing.

        Labels are found whole, so a label containing the separator ("None of the above; my
        agency...") is never cut in two.

        >>> m = matcher("q4")
        >>> m.split("Police; Local government; Other: youth clubs")
        (['Local government', 'Police', 'Other'], 'youth clubs', [])
        """
        if text is None or (isinstance(text, float) and math.isnan(text)) or not str(text).strip():
            return [], None, []
        key = "\x00split" + str(text)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._split(str(text))  # type: ignore[assignment]
            self._cache[key] = hit  # type: ignore[assignment]
        labels, other, rest = hit  # type: ignore[misc]
        return list(labels), other, list(rest)

    def _split(self, raw: str) -> tuple[tuple[str, ...], str | None, tuple[str, ...]]:
        low = _norm_keep_separators(raw)
        found: dict[str, int] = {}
        other_text = None
        # an "Other ..." piece runs to the next separator
        om = re.search(r"(?:^|[;|\n,])\s*(other\b[^;|\n]*)", low)
        if om and self.other:
            piece_low = om.group(1)
            m = _OTHER.match(piece_low)
            rest = m.group("rest").strip(" :-–,;.()") if m else ""
            start = om.start(1)
            orig_piece = raw_slice(raw, low, start, om.end(1))
            mo = _OTHER.match(orig_piece.strip())
            other_text = (mo.group("rest").strip(" :-–,;.()") if mo else rest) or None
            found[self.other] = start
            low = low[:start] + " " * (om.end(1) - start) + low[om.end(1) :]
        for k in sorted(self.exact, key=len, reverse=True):
            if len(k) < 2:
                continue
            for mm in re.finditer(rf"(?<![a-z0-9]){re.escape(k)}(?![a-z0-9])", low):
                label = self.exact[k][0]
                found.setdefault(label, mm.start())
                low = low[: mm.start()] + " " * (mm.end() - mm.start()) + low[mm.end() :]
        rest_pieces = []
        for piece in re.split(r"[;|\n,]", low):
            p = piece.strip(" .-–:()'\"")
            if not p or p in ("and", "etc", "selected", "all", "x"):
                continue
            hit = self._match(p)
            if hit.label is not None and hit.rule in ("fuzzy", "contains", "synonym", "normalised"):
                found.setdefault(hit.label, low.find(piece))
            else:
                rest_pieces.append(p)
        order = {lab: i for i, lab in enumerate(self.labels)}
        labels = tuple(sorted(found, key=lambda lab: order.get(lab, 99)))
        return labels, other_text, tuple(rest_pieces)


def _norm_keep_separators(text: str) -> str:
    lines = re.split(r"([;|\n,])", text)
    return "".join(part if part in ";|\n," else " " + norm(part) + " " for part in lines)


def raw_slice(raw: str, low: str, start: int, end: int) -> str:
    """Best effort: the original text of a piece found in the normalised copy."""
    piece = low[start:end].strip()
    i = raw.lower().find(piece[:12]) if piece else -1
    if i < 0:
        return piece
    return (
        raw[i : i + len(piece) + (len(raw) - len(low)) if len(raw) > len(low) else i + len(piece)]
        .split(";")[0]
        .split("\n")[0]
        .split("|")[0]
    )


@functools.lru_cache(maxsize=64)
def _matcher_cached(qid: str, threshold: float, spec_id: int) -> LabelMatcher:
    spec = _SPECS[spec_id]
    q = spec.question(qid)
    opts = q.closed_options if q.stance else q.options
    extra = None
    if q.stance:
        extra = {lab: list(spec.stance_mixed_synonyms) for lab in ["Mixed"]}
    return LabelMatcher(opts, threshold, extra)


_SPECS: dict[int, Spec] = {}


def matcher(qid: str, spec: Spec | None = None, threshold: float = 88) -> LabelMatcher:
    """The (cached) label matcher of question ``qid``."""
    spec = spec or load_spec()
    _SPECS[id(spec)] = spec
    return _matcher_cached(qid, threshold, id(spec))
