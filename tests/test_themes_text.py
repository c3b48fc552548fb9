"""Empty answers, segmentation and dismissal cues, on sentences worked out by hand."""

from __future__ import annotations

import pytest

from svanalysis.analysis.themes._text import is_empty_answer, segment


@pytest.mark.parametrize(
    "text",
    [
        "N/A",
        "n/a",
        "-",
        "",
        None,
        "See above",
        "see previous answer",
        "Please see our response to question 6.",
        "No further comments.",
        "Nothing to add",
        "Don't know",
        "dont know",
        "Yes",
        "No.",
        "Agree",
        "Ydw / Yes",
        "Dim sylw",
        "Not at this time.",
        "See Q10",
        "As per 6.2",
    ],
)
def test_empty_answers(text):
    assert is_empty_answer(text)


@pytest.mark.parametrize("text", ["No. Too soft.", "Schools", "Fines.", "KPIs", "More youth clubs", "Not schools"])
def test_short_answers_with_a_point_are_not_empty(text):
    assert not is_empty_answer(text)


@pytest.mark.parametrize(
    ("text", "dismissed"),
    [
        ("More police won't help.", True),
        ("I don't think more training is the answer.", True),
        ("This isn't a question of more guidance.", True),
        ("The school already does assemblies and that's fine", True),
        ("Whatever happens, don't make it another tick-box inspection regime.", True),
        ("rather than more patrols", True),
        ("Not schools", True),
        ("Nobody is in charge.", False),  # a complaint of absence makes a point
        ("Poverty and racism are not mentioned once.", False),
        ("Stop funding everything through one-year bids.", False),
        ("Not by blaming the frontline.", True),
    ],
)
def test_dismissal_cues(text, dismissed):
    assert all(s.dismissed is dismissed for s in segment(text))


def test_segments_split_sentences_bullets_and_contrast():
    segs = segment("- multi year funding\n- one lead agency per area\nWe agree, but the money must follow.")
    assert [s.text for s in segs] == [
        "multi year funding",
        "one lead agency per area",
        "We agree",
        "but the money must follow.",
    ]
    assert not any(s.dismissed for s in segs)
