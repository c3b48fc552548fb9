"""The questionnaire as data.

Every question, option label, routing rule and canonical column name of the consultation lives in
``data/questionnaire.yaml``. This module loads that file, validates it, and answers the questions
the rest of the package asks of it ("which labels does Q3 allow?", "which column holds the stance
on Option Two?"). Nothing else in svanalysis hard-codes a question text or an option label, so a
wording fix in the YAML reaches ingest, cleaning, analysis, charts and the Word form at once.

The loaded spec is immutable and cached: ``load_spec()`` returns the same object on every call with
the same path.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from svanalysis.core.paths import SPEC_PATH
from svanalysis.core.yamlio import safe_load

__all__ = [
    "QUESTION_TYPES",
    "Component",
    "Option",
    "Question",
    "Slot",
    "Spec",
    "SpecError",
    "load_spec",
]

QUESTION_TYPES = (
    "single_choice",
    "multi_choice",
    "yes_no_explain",
    "open_text",
    "time_resource",
    "role_grid",
    "personal",
    "group",
)


class SpecError(ValueError):
    """The questionnaire spec is malformed."""


@dataclass(frozen=True)
class Option:
    """One answer option of a closed question."""

    label: str
    paper_text: str
    synonyms: tuple[str, ...] = ()
    other: bool = False
    detail: bool = False
    exclusive: bool = False


@dataclass(frozen=True)
class Component:
    """One line of a time/resource block (FTE per year, volunteer hours per week/month/year)."""

    key: str
    label: str
    paper_text: str
    unit: str
    per_year: int | None
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Question:
    """One question (or "About you" field) of the questionnaire."""

    id: str
    number: str | None
    part: Any
    text: str
    type: str
    short: str = ""
    aliases: tuple[str, ...] = ()
    options: tuple[Option, ...] = ()
    closed_options: tuple[Option, ...] = ()
    components: tuple[Component, ...] = ()
    columns: dict[str, str] = field(default_factory=dict)
    about_option: int | None = None
    routing: dict[str, Any] | None = None
    parent: str | None = None
    stance: bool = False
    parse: str | None = None
    text_prompt: str | None = None
    in_paper: bool = True
    topic: str | None = None
    topics: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()
    topic_words: tuple[str, ...] = ()

    @property
    def labels(self) -> list[str]:
        """Canonical labels of the options (closed options for stance questions)."""
        opts = self.closed_options if self.stance else self.options
        return [o.label for o in opts]

    @property
    def choice_options(self) -> tuple[Option, ...]:
        """The options a respondent ticks (closed options for stance questions)."""
        return self.closed_options if self.stance else self.options

    @property
    def other_option(self) -> Option | None:
        """The option whose text is free ("Other, please specify"), if any."""
        return next((o for o in self.options if o.other), None)

    @property
    def routed_from(self) -> tuple[str, str] | None:
        """``(question id, answer)`` that must hold for this question to be asked."""
        if not self.routing:
            return None
        cond = self.routing["only_if"]
        return cond["question"], cond["answer"]


@dataclass(frozen=True)
class Slot:
    """One raw answer field, the common currency of readers and cleaning.

    Every reader (online export, Word form, letter) turns its input into a table whose columns are
    slot names, holding the text as received; cleaning turns slots into the contract's columns.

    ``kind`` is one of: ``value`` (a closed answer: a label as written), ``other`` (the text of an
    "Other, please specify"), ``text`` (an explanation or open answer), ``list`` (a multi-choice
    answer: labels in one cell), ``detail`` (the description beside a ticked option, Q6.1),
    ``component`` (one line of a time/resource block), ``role`` (the FTE of one role),
    ``combined`` (a whole time/resource block or role grid written in one cell),
    ``personal`` (an About-you field), ``meta`` (export metadata).
    """

    name: str
    qid: str
    kind: str
    index: int | None = None
    key: str | None = None
    label: str | None = None


@dataclass(frozen=True)
class Spec:
    """The whole questionnaire."""

    title: str
    options: tuple[dict[str, Any], ...]
    parts: dict[Any, str]
    questions: tuple[Question, ...]
    about_you: tuple[Question, ...]
    stance_labels: tuple[str, ...]
    stance_closed_map: dict[str, str]
    stance_mixed_synonyms: tuple[str, ...]
    stance_methods: tuple[str, ...]
    stance_plot_order: tuple[str, ...]
    export_metadata: tuple[dict[str, Any], ...]
    support_label: str = "Yes"
    raw: dict[str, Any] = field(repr=False, compare=False, hash=False, default_factory=dict)

    # ------------------------------------------------------------------ lookups
    def question(self, qid: str) -> Question:
        """Return the question or About-you field with id ``qid``.

        Raises
        ------
        KeyError
            If no question has that id.
        """
        for q in self.questions + self.about_you:
            if q.id == qid:
                return q
        raise KeyError(f"no question with id {qid!r} in the questionnaire spec")

    def by_number(self, number: str) -> Question:
        """Return the question numbered ``number`` ("9", "6.2")."""
        for q in self.questions:
            if q.number == number:
                return q
        raise KeyError(f"no question numbered {number!r} in the questionnaire spec")

    def of_type(self, *types: str) -> list[Question]:
        """Questions of the given types, in questionnaire order."""
        return [q for q in self.questions if q.type in types]

    @property
    def answerable(self) -> list[Question]:
        """Questions that take an answer (not group headings)."""
        return [q for q in self.questions if q.type != "group"]

    @property
    def stance_questions(self) -> list[Question]:
        """The coded questions Q8-Q13, in order."""
        return [q for q in self.questions if q.stance]

    @property
    def personal_fields(self) -> list[Question]:
        """About-you fields that hold personal data."""
        return [q for q in self.about_you if q.type == "personal"]

    def option_question(self, option: int, kind: str) -> Question:
        """The question about Option ``option`` of a given kind.

        ``kind`` is one of "support" (Q9/Q11/Q13), "time_resource", "role_grid", "costs",
        "benefits", "disadvantages".
        """
        for q in self.questions:
            if q.about_option != option:
                continue
            if kind == "support" and q.stance:
                return q
            if kind == "time_resource" and q.type == "time_resource":
                return q
            if kind == "role_grid" and q.type == "role_grid":
                return q
            if kind == "costs" and q.parse == "money":
                return q
            if kind in ("benefits", "disadvantages") and q.topic == kind:
                return q
        raise KeyError(f"no {kind} question about Option {option}")

    @property
    def contact(self) -> dict[str, Any]:
        """The consultation's own address, email and phone (never a respondent's)."""
        return dict(self.raw.get("contact", {}))

    @property
    def option_numbers(self) -> list[int]:
        return [int(o["number"]) for o in self.options]

    def option_name(self, number: int) -> str:
        """ "Option One" for 1, and so on."""
        for o in self.options:
            if int(o["number"]) == int(number):
                return str(o["name"])
        raise KeyError(f"no Option {number}")

    def list_labels(self, name: str) -> list[str]:
        """Labels of a shared option list (``sectors``, ``regions``, ``roles``...)."""
        return [str(o["label"]) for o in self.raw["lists"][name]]

    @property
    def sectors(self) -> list[str]:
        return self.breakdown_question("sector").labels

    @property
    def regions(self) -> list[str]:
        return self.breakdown_question("region").labels

    @property
    def roles(self) -> list[str]:
        return self.question("q6_3").labels

    @property
    def respondent_types(self) -> list[str]:
        return self.question("respondent_type").labels

    @property
    def breakdowns(self) -> dict[str, str | None]:
        """Named breakdowns and the responses column each groups by ("sector" -> "q1_sector").

        Examples
        --------
        >>> load_spec().breakdowns["region"]
        'q3_region'
        """
        out: dict[str, str | None] = {"overall": None}
        for name, qid in self.raw.get("breakdowns", {}).items():
            out[name] = self.column(qid) if qid else name
        return out

    def breakdown_question(self, name: str) -> Question:
        """The question whose labels are the groups of breakdown ``name`` ("sector" -> Q1)."""
        qid = self.raw.get("breakdowns", {}).get(name)
        if not qid:
            raise KeyError(f"breakdown {name!r} is not defined by a question")
        return self.question(qid)

    def question_for(self, role: str) -> Question:
        """The question that plays ``role`` in the analysis ("current_activity", "consent").

        Examples
        --------
        >>> load_spec().question_for("current_activity").number
        '5'
        """
        try:
            return self.question(self.raw["question_roles"][role])
        except KeyError:
            raise KeyError(f"no question plays the role {role!r} in the spec") from None

    # ------------------------------------------------------------------ columns
    def column(self, qid: str, kind: str = "value") -> str:
        """Canonical column name that question ``qid`` produces for ``kind``."""
        q = self.question(qid)
        try:
            return q.columns[kind]
        except KeyError:
            raise KeyError(f"question {qid} produces no {kind!r} column") from None

    def stance_column(self, qid: str) -> str:
        return self.column(qid, "value")

    @property
    def choice_questions(self) -> list[str]:
        """Ids of questions whose answers go to the choices table."""
        return [q.id for q in self.questions if q.columns.get("table") == "choices"]

    @property
    def role_questions(self) -> list[str]:
        """Ids of questions whose answers go to the role_fte table."""
        return [q.id for q in self.questions if q.columns.get("table") == "role_fte"]

    # ------------------------------------------------------------------ slots
    @functools.cached_property
    def slots(self) -> tuple[Slot, ...]:
        """Every raw answer field the questionnaire defines, in questionnaire order.

        Examples
        --------
        >>> spec = load_spec()
        >>> [s.name for s in spec.slots if s.qid == "q15"]
        ['q15', 'q15.fte', 'q15.week', 'q15.month', 'q15.year']
        >>> spec.slot("q16.role.5").label
        'Nurse'
        """
        out: list[Slot] = []
        for q in self.questions + self.about_you:
            if q.type == "group":
                continue
            if q.type == "personal":
                out.append(Slot(q.id, q.id, "personal", label=q.text))
            elif q.type == "single_choice":
                out.append(Slot(q.id, q.id, "value"))
                if q.other_option:
                    out.append(Slot(f"{q.id}.other", q.id, "other", label=q.other_option.label))
            elif q.type == "yes_no_explain":
                out.append(Slot(q.id, q.id, "value"))
                out.append(Slot(f"{q.id}.text", q.id, "text"))
            elif q.type == "multi_choice":
                out.append(Slot(q.id, q.id, "list"))
                for i, o in enumerate(q.options):
                    if o.detail:
                        out.append(Slot(f"{q.id}.detail.{i}", q.id, "detail", index=i, label=o.label))
                if q.other_option:
                    out.append(Slot(f"{q.id}.other", q.id, "other", label=q.other_option.label))
            elif q.type == "time_resource":
                out.append(Slot(q.id, q.id, "combined"))
                for c in q.components:
                    out.append(Slot(f"{q.id}.{c.key}", q.id, "component", key=c.key, label=c.label))
            elif q.type == "role_grid":
                out.append(Slot(q.id, q.id, "combined"))
                for i, o in enumerate(q.options):
                    out.append(Slot(f"{q.id}.role.{i}", q.id, "role", index=i, label=o.label))
                if q.other_option:
                    out.append(Slot(f"{q.id}.other", q.id, "other", label=q.other_option.label))
            elif q.type == "open_text":
                out.append(Slot(q.id, q.id, "text"))
        for m in self.export_metadata:
            if m["id"] in ("ignored",) or any(s.name == m["id"] for s in out):
                continue
            out.append(Slot(f"_{m['id']}", "_meta", "meta", key=m["id"]))
        return tuple(out)

    @functools.cached_property
    def _slot_index(self) -> dict[str, Slot]:
        return {s.name: s for s in self.slots}

    def slot(self, name: str) -> Slot:
        """The slot called ``name``."""
        try:
            return self._slot_index[name]
        except KeyError:
            raise KeyError(f"no slot {name!r} in the questionnaire spec") from None

    @property
    def slot_names(self) -> list[str]:
        return [s.name for s in self.slots]


# ---------------------------------------------------------------------- loading
def _options(raw: list[Any] | None, where: str) -> tuple[Option, ...]:
    out = []
    for i, o in enumerate(raw or []):
        if isinstance(o, str):
            o = {"label": o}
        if not isinstance(o, dict) or not o.get("label"):
            raise SpecError(f"{where}: option {i + 1} has no label")
        out.append(
            Option(
                label=str(o["label"]),
                paper_text=str(o.get("paper_text", o["label"])),
                synonyms=tuple(str(s) for s in o.get("synonyms", []) or []),
                other=bool(o.get("other", False)),
                detail=bool(o.get("detail", False)),
                exclusive=bool(o.get("exclusive", False)),
            )
        )
    labels = [o.label for o in out]
    if len(set(labels)) != len(labels):
        raise SpecError(f"{where}: duplicate option labels {sorted(labels)}")
    return tuple(out)


def _components(raw: list[Any] | None, where: str) -> tuple[Component, ...]:
    out = []
    for c in raw or []:
        if "key" not in c or "label" not in c or "unit" not in c:
            raise SpecError(f"{where}: a component lacks key, label or unit")
        out.append(
            Component(
                key=str(c["key"]),
                label=str(c["label"]),
                paper_text=str(c.get("paper_text", c["label"])),
                unit=str(c["unit"]),
                per_year=c.get("per_year"),
                synonyms=tuple(str(s) for s in c.get("synonyms", []) or []),
            )
        )
    return tuple(out)


def _question(raw: dict[str, Any], where: str) -> Question:
    for key in ("id", "text", "type"):
        if not raw.get(key):
            raise SpecError(f"{where}: missing {key!r}")
    if raw["type"] not in QUESTION_TYPES:
        raise SpecError(f"{where} ({raw['id']}): unknown type {raw['type']!r}; expected one of {QUESTION_TYPES}")
    where = f"{where} ({raw['id']})"
    return Question(
        id=str(raw["id"]),
        number=str(raw["number"]) if raw.get("number") is not None else None,
        part=raw.get("part", "about"),
        text=" ".join(str(raw["text"]).split()),
        type=str(raw["type"]),
        short=str(raw.get("short", "")),
        aliases=tuple(str(a) for a in raw.get("aliases", []) or []),
        options=_options(raw.get("options"), where),
        closed_options=_options(raw.get("closed_options"), where),
        components=_components(raw.get("components"), where),
        columns=dict(raw.get("columns", {}) or {}),
        about_option=raw.get("about_option"),
        routing=raw.get("routing"),
        parent=raw.get("parent"),
        stance=bool(raw.get("stance", False)),
        parse=raw.get("parse"),
        text_prompt=raw.get("text_prompt"),
        in_paper=bool(raw.get("in_paper", True)),
        topic=raw.get("topic"),
        topics=tuple(str(t) for t in raw.get("topics", []) or []),
        references=tuple(str(t) for t in raw.get("references", []) or []),
        descriptions=tuple(str(t) for t in raw.get("descriptions", []) or []),
        topic_words=tuple(str(t) for t in raw.get("topic_words", []) or []),
    )


def _validate(spec: Spec) -> None:
    ids = [q.id for q in spec.questions + spec.about_you]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise SpecError(f"duplicate question ids: {sorted(dupes)}")
    cols: list[str] = []
    for q in spec.questions + spec.about_you:
        if q.type in ("single_choice", "multi_choice", "role_grid") and not q.options:
            raise SpecError(f"{q.id}: a {q.type} question needs options")
        if q.type == "yes_no_explain" and not (q.options or q.closed_options):
            raise SpecError(f"{q.id}: a yes/no question needs options or closed_options")
        if q.type == "time_resource" and not q.components:
            raise SpecError(f"{q.id}: a time/resource question needs components")
        if q.stance:
            for key in ("value", "text", "method"):
                if key not in q.columns:
                    raise SpecError(f"{q.id}: a stance question needs a {key!r} column")
            for lab in q.labels:
                if lab not in spec.stance_closed_map:
                    raise SpecError(f"{q.id}: closed option {lab!r} has no stance in stance.closed_map")
        if q.type != "group" and q.type != "personal" and not q.columns:
            raise SpecError(f"{q.id}: no columns declared")
        if q.routing:
            src, ans = q.routed_from  # type: ignore[misc]
            if src not in ids:
                raise SpecError(f"{q.id}: routing refers to unknown question {src!r}")
            if ans not in spec.question(src).labels:
                raise SpecError(f"{q.id}: routing answer {ans!r} is not an option of {src}")
        if q.about_option is not None and q.about_option not in spec.option_numbers:
            raise SpecError(f"{q.id}: about_option {q.about_option!r} is not an option number")
        if q.parent and q.parent not in ids:
            raise SpecError(f"{q.id}: parent {q.parent!r} is not a question")
        for kind, col in q.columns.items():
            if kind != "table":
                cols.append(col)
    dup_cols = {c for c in cols if cols.count(c) > 1}
    if dup_cols:
        raise SpecError(f"columns declared twice: {sorted(dup_cols)}")
    bad = [c for c in cols if not re.fullmatch(r"[a-z][a-z0-9_]*", c)]
    if bad:
        raise SpecError(f"column names must be snake_case: {bad}")
    numbers = [q.number for q in spec.questions if q.number]
    missing = [str(n) for n in range(1, 32) if str(n) not in numbers]
    if missing:
        raise SpecError(f"numbered questions missing from the spec: {missing}")
    if sorted(spec.stance_plot_order) != sorted(spec.stance_labels):
        raise SpecError("stance.plot_order must hold exactly the stance labels")
    for label in spec.stance_closed_map.values():
        if label not in spec.stance_labels:
            raise SpecError(f"stance.closed_map maps to {label!r}, which is not a stance label")
    if spec.support_label not in spec.stance_labels:
        raise SpecError(f"stance.support is {spec.support_label!r}, which is not a stance label")
    for name, qid in {**spec.raw.get("breakdowns", {}), **spec.raw.get("question_roles", {})}.items():
        if qid is not None:
            try:
                spec.question(qid)
            except KeyError:
                raise SpecError(f"{name} refers to question {qid!r}, which is not in the spec") from None


@functools.lru_cache(maxsize=8)
def load_spec(path: str | Path | None = None) -> Spec:
    """Load and validate the questionnaire spec.

    Parameters
    ----------
    path : str or Path, optional
        A questionnaire YAML file. Defaults to the one shipped in the package.

    Returns
    -------
    Spec
        The validated, immutable spec.

    Raises
    ------
    SpecError
        If the file is malformed; the message names the question and the problem.

    Examples
    --------
    >>> spec = load_spec()
    >>> spec.question("q3").labels[:2]
    ['North East', 'North West']
    >>> spec.column("q11")
    'q11_option_two'
    """
    p = Path(path) if path else SPEC_PATH
    try:
        raw = safe_load(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SpecError(f"{p}: questionnaire spec not found") from None
    except yaml.YAMLError as exc:
        raise SpecError(f"{p}: not valid YAML: {exc}") from None
    if not isinstance(raw, dict) or "questions" not in raw:
        raise SpecError(f"{p}: no 'questions' list")
    questions = tuple(_question(q, f"{p.name}: question {i + 1}") for i, q in enumerate(raw["questions"]))
    about = tuple(
        _question({**f, "part": "about"}, f"{p.name}: about_you field {i + 1}")
        for i, f in enumerate(raw.get("about_you", {}).get("fields", []))
    )
    st = raw.get("stance", {})
    spec = Spec(
        title=str(raw.get("title", "")),
        options=tuple(raw.get("options", [])),
        parts=dict(raw.get("parts", {})),
        questions=questions,
        about_you=about,
        stance_labels=tuple(st.get("labels", ["Yes", "No", "Mixed", "Unclear"])),
        stance_closed_map=dict(st.get("closed_map", {})),
        stance_mixed_synonyms=tuple(st.get("mixed_synonyms", [])),
        stance_methods=tuple(st.get("methods", ["closed", "rule", "model", "manual"])),
        stance_plot_order=tuple(st.get("plot_order", st.get("labels", []))),
        export_metadata=tuple(raw.get("export_metadata", [])),
        support_label=str(st.get("support", "Yes")),
        raw=raw,
    )
    _validate(spec)
    return spec
