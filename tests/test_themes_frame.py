"""Code frames: parsing and the errors an analyst sees, naming the line."""

from __future__ import annotations

import pytest

from svanalysis.analysis.themes.frame import as_themes, load_frame, parse_frame

GOOD = """\
q14_text:
  - id: pooled_funding
    name: Pooled or joint funding
    description: Partners should share budgets.
    examples:
      - "One shared budget."
    keywords: [pooled budget]
q30_text:
  - id: inspection
    name: Inspection
"""


def test_parses_the_issue_shape(tmp_path):
    path = tmp_path / "frame.yaml"
    path.write_text(GOOD, encoding="utf-8")
    frame = load_frame(path, fields=["q14_text", "q30_text"])
    assert list(frame) == ["q14_text", "q30_text"]
    t = frame["q14_text"][0]
    assert (t.id, t.name, t.examples, t.keywords) == (
        "pooled_funding",
        "Pooled or joint funding",
        ("One shared budget.",),
        ("pooled budget",),
    )
    assert frame["q30_text"][0].description == ""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "q14_text:\n  - id: a\n    name: A\n  - id: a\n    name: B\n",
            r"frame line 4: theme id 'a' is repeated in 'q14_text' \(first at line 2\)",
        ),
        ("q99_text:\n  - id: a\n    name: A\n", r"frame line 1: unknown field 'q99_text'"),
        ("q14_text:\n  - id: a\n", r"frame line 2: .*needs a non-empty string 'name'"),
        ("q14_text:\n  - id: Bad Id\n    name: A\n", r"frame line 2: .*id must be lower case"),
        ("q14_text:\n  - id: a\n    name: A\n    colour: red\n", r"frame line 2: .*unknown key\(s\) \['colour'\]"),
        (
            "q14_text:\n  - id: a\n    name: A\n    examples: just one\n",
            r"frame line 2: .*'examples' must be a list of strings",
        ),
        ("q14_text: [\n", r"frame: not valid YAML"),
        ("q14_text: []\n", r"frame line 1: 'q14_text' has no themes"),
    ],
)
def test_errors_name_the_line(text, message):
    with pytest.raises(ValueError, match=message):
        parse_frame(text, fields=["q14_text"])


def test_as_themes_rejects_empty_and_repeats():
    with pytest.raises(ValueError, match="at least one theme"):
        as_themes([])
    with pytest.raises(ValueError, match="theme id 'a' is repeated"):
        as_themes([{"id": "a", "name": "A"}, {"id": "a", "name": "B"}])


def test_a_parsed_frame_is_the_callers_own_although_parsing_is_remembered():
    text = "q14_text:\n  - id: funding\n    name: Pooled funding\n"
    first = parse_frame(text)
    first["q14_text"] = ()
    first["q7_text"] = ()
    again = parse_frame(text)
    assert list(again) == ["q14_text"] and [t.id for t in again["q14_text"]] == ["funding"]
