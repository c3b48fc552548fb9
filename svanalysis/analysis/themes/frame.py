"""Code frames: the signed-off themes of each free-text field, and their validation.

A frame is data an analyst writes (YAML, top-level keys are processed text fields), so every
check names the file line of the offending entry. In memory a frame is a plain ``dict`` of field to a
tuple of :class:`Theme`; every function of this package also accepts a theme as a mapping with the
same keys, so callers can pass what ``yaml.safe_load`` returns.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from svanalysis.core.checks import check_type
from svanalysis.core.processed import TEXT_SUFFIXES, response_columns
from svanalysis.core.spec import Spec

__all__ = ["Theme", "as_themes", "dump_frame", "load_frame", "parse_frame", "text_fields"]

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_KEYS = {"id", "name", "description", "examples", "keywords"}


@dataclass(frozen=True)
class Theme:
    """One theme of a code frame.

    Attributes
    ----------
    id : str
        Stable identifier (lower case, digits, underscores).
    name : str
        Short name, as it will appear in tables.
    description : str
        The point an answer must make to earn the theme.
    examples : tuple of str
        Optional example answers (not copied from real answers).
    keywords : tuple of str
        Optional words or phrases that, used to make the point, signal the theme.
    """

    id: str
    name: str
    description: str = ""
    examples: tuple[str, ...] = field(default_factory=tuple)
    keywords: tuple[str, ...] = field(default_factory=tuple)

    def prototypes(self) -> list[str]:
        """Return the texts that describe the theme: name, description, both together, examples."""
        texts = [self.name, self.description, f"{self.name}. {self.description}", *self.examples]
        if self.keywords:
            texts.append(", ".join(self.keywords))
        return [t for t in texts if t and t.strip()]


def _theme(obj: Theme | Mapping, where: str = "") -> Theme:
    if isinstance(obj, Theme):
        return obj
    check_type(f"theme{where}", obj, Mapping)
    unknown = set(obj) - _KEYS
    if unknown:
        raise ValueError(f"theme{where} has unknown key(s) {sorted(unknown)}; allowed: {sorted(_KEYS)}")
    for key in ("id", "name"):
        if not isinstance(obj.get(key), str) or not obj.get(key).strip():
            raise ValueError(f"theme{where} needs a non-empty string '{key}'; got {obj.get(key)!r}")
    if not _ID.match(obj["id"]):
        raise ValueError(f"theme{where} id must be lower case letters, digits and underscores; got {obj['id']!r}")
    lists = {}
    for key in ("examples", "keywords"):
        value = obj.get(key) or []
        if isinstance(value, str) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"theme{where} '{key}' must be a list of strings; got {value!r}")
        lists[key] = tuple(v.strip() for v in value if v.strip())
    return Theme(obj["id"].strip(), obj["name"].strip(), str(obj.get("description") or "").strip(), **lists)


def as_themes(themes: Iterable[Theme | Mapping]) -> tuple[Theme, ...]:
    """Return ``themes`` as a tuple of :class:`Theme`, checking each and that ids are unique.

    Parameters
    ----------
    themes : iterable of Theme or mapping
        Mappings need ``id`` and ``name``; ``description``, ``examples`` and ``keywords`` are optional.

    Returns
    -------
    tuple of Theme

    Raises
    ------
    ValueError
        On a missing or malformed key, or a repeated id.

    Examples
    --------
    >>> as_themes([{"id": "jobs", "name": "Jobs and training"}])[0].name
    'Jobs and training'
    >>> as_themes([{"id": "a", "name": "A"}, {"id": "a", "name": "B"}])
    Traceback (most recent call last):
    ...
    ValueError: theme id 'a' is repeated
    """
    out = tuple(_theme(t, f" #{i + 1}") for i, t in enumerate(themes))
    seen: set[str] = set()
    for t in out:
        if t.id in seen:
            raise ValueError(f"theme id {t.id!r} is repeated")
        seen.add(t.id)
    if not out:
        raise ValueError("a frame needs at least one theme; got none")
    return out


def parse_frame(text: str, fields: Iterable[str] | None = None, source: str = "frame") -> dict[str, tuple[Theme, ...]]:
    """Parse a code frame from YAML text, with errors that name the line.

    Parameters
    ----------
    text : str
        YAML whose top-level keys are field names, each a list of themes.
    fields : iterable of str, optional
        The known free-text fields; a key outside them is an error.
    source : str
        Name used in error messages (e.g. the file path).

    Returns
    -------
    dict
        Field name to tuple of :class:`Theme`, in file order.

    Raises
    ------
    ValueError
        On malformed YAML, an unknown field, a malformed theme or a repeated id.

    Examples
    --------
    >>> f = parse_frame("q14_text:\\n  - id: funding\\n    name: Pooled funding\\n")
    >>> f["q14_text"][0].id
    'funding'
    >>> parse_frame("q99_text:\\n  - id: x\\n    name: X\\n", fields=["q14_text"], source="f.yaml")
    Traceback (most recent call last):
    ...
    ValueError: f.yaml line 1: unknown field 'q99_text'; known: ['q14_text']
    """
    return dict(_parse_frame(text, None if fields is None else tuple(fields), source))


@functools.lru_cache(maxsize=16)
def _parse_frame(text: str, fields: tuple[str, ...] | None, source: str) -> dict[str, tuple[Theme, ...]]:
    """``parse_frame``, kept for the texts parsed last: a themes report names its frame's themes in
    every table and chart, and parsing the YAML (pure Python) is most of the cost. The themes are
    frozen and their tuples immutable; callers get a new dict each time."""
    try:
        node = yaml.compose(text)
    except yaml.YAMLError as exc:
        raise ValueError(f"{source}: not valid YAML ({exc})") from exc
    if node is None:
        raise ValueError(f"{source}: the frame is empty")
    if not isinstance(node, yaml.MappingNode):
        raise ValueError(f"{source} line {node.start_mark.line + 1}: top level must map field names to theme lists")
    known = None if fields is None else list(fields)
    out: dict[str, tuple[Theme, ...]] = {}
    for key_node, value_node in node.value:
        fld = key_node.value
        line = key_node.start_mark.line + 1
        if known is not None and fld not in known:
            raise ValueError(f"{source} line {line}: unknown field {fld!r}; known: {known}")
        if fld in out:
            raise ValueError(f"{source} line {line}: field {fld!r} appears twice")
        if not isinstance(value_node, yaml.SequenceNode):
            raise ValueError(f"{source} line {line}: {fld!r} must be a list of themes")
        themes, seen = [], {}
        for item in value_node.value:
            item_line = item.start_mark.line + 1
            data = yaml.safe_load(yaml.serialize(item))
            try:
                theme = _theme(data)
            except ValueError as exc:
                raise ValueError(f"{source} line {item_line}: {exc}") from None
            if theme.id in seen:
                raise ValueError(
                    f"{source} line {item_line}: theme id {theme.id!r} is repeated in {fld!r} (first at line {seen[theme.id]})"
                )
            seen[theme.id] = item_line
            themes.append(theme)
        if not themes:
            raise ValueError(f"{source} line {line}: {fld!r} has no themes")
        out[fld] = tuple(themes)
    return out


def text_fields(spec: Spec | None = None) -> list[str]:
    """The processed free-text fields a frame may name: every text column of ``responses``.

    Examples
    --------
    >>> fields = text_fields()
    >>> "q14_text" in fields, "q9_option_one_text" in fields, "letter_text" in fields
    (True, True, False)
    """
    return [c for c in response_columns(spec) if c.endswith(TEXT_SUFFIXES) and c != "letter_text"]


def load_frame(
    path: str | Path, fields: Iterable[str] | None = None, spec: Spec | None = None
) -> dict[str, tuple[Theme, ...]]:
    """Read and validate a code frame file (see :func:`parse_frame`).

    Parameters
    ----------
    path : str or Path
        The frame, a YAML file (by default ``data/manual/theme_frame.yaml``).
    fields : iterable of str, optional
        The fields the frame may name (default: the questionnaire's free-text fields).
    spec : Spec, optional
        The questionnaire (default: the shipped one).

    Raises
    ------
    ValueError
        One line naming the file (and the line where there is one): missing, not YAML, an unknown
        field, a malformed theme or a repeated id.
    """
    path = Path(path)
    if path.is_dir():
        raise ValueError(f"{path}: is a folder; a code frame is a YAML file")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValueError(f"{path}: code frame not found") from None
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 text (byte {exc.start}); save the frame as UTF-8") from None
    return parse_frame(text, fields=text_fields(spec) if fields is None else fields, source=str(path))


def dump_frame(
    frame: Mapping[str, Iterable[Theme | Mapping]],
    header: str = "",
    notes: Mapping[tuple[str, str], str] | None = None,
) -> str:
    """The YAML text of a frame, in the shape :func:`parse_frame` reads (round trip).

    Parameters
    ----------
    frame : mapping
        Field to themes.
    header : str
        Comment lines to open the file with.
    notes : mapping, optional
        ``(field, theme id)`` to a comment written above that theme (sizes, typical answers).

    Examples
    --------
    >>> text = dump_frame({"q14_text": [{"id": "funding", "name": "Pooled funding", "keywords": ["pooled budget"]}]},
    ...                   notes={("q14_text", "funding"): "12 answers"})
    >>> print(text, end="")
    q14_text:
      # 12 answers
      - id: funding
        name: Pooled funding
        keywords:
          - pooled budget
    >>> parse_frame(text)["q14_text"][0].keywords
    ('pooled budget',)
    """
    notes = notes or {}
    lines = [f"# {h}".rstrip() for h in header.splitlines()] if header else []
    for fld, themes in frame.items():
        lines.append(f"{fld}:")
        for t in as_themes(themes):
            row: dict = {"id": t.id, "name": t.name}
            if t.description:
                row["description"] = t.description
            if t.examples:
                row["examples"] = list(t.examples)
            if t.keywords:
                row["keywords"] = list(t.keywords)
            note = notes.get((fld, t.id))
            if note:
                lines += [f"  # {n}".rstrip() for n in note.splitlines()]
            body = yaml.dump({fld: [row]}, Dumper=_IndentDumper, sort_keys=False, allow_unicode=True, width=100)
            lines += body.splitlines()[1:]  # the theme, without its field's key
    return "\n".join(lines) + "\n"


class _IndentDumper(yaml.SafeDumper):
    """PyYAML's safe dumper, writing block lists indented under their key (as people write them)."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        return super().increase_indent(flow, False)
