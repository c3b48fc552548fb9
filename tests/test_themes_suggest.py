"""Suggestions: campaign texts counted once, empty answers left out, determinism."""

from __future__ import annotations

import pandas as pd
import pytest

from svanalysis.analysis.themes.suggest import draft_frame, near_duplicate_groups, suggest

CAMPAIGN = "As members of the Safer Streets network we urge the Government to fund youth services for five years."
TEXTS = (
    [CAMPAIGN] * 6
    + [CAMPAIGN.replace("urge", "ask"), CAMPAIGN.lower()]
    + [
        "More police patrols on the estate at night.",
        "Officers walking the streets so people feel safe.",
        "Bring back the bobby on the beat and more police patrols.",
        "Police officers visible in the town centre at night.",
    ]
    + [
        "Apprenticeships with local firms for young people.",
        "Jobs and training for school leavers.",
        "Work placements and apprenticeships with employers.",
        "Paid training places so young people can earn.",
    ]
    + ["N/A", "see above", "No further comments"]
)
IDS = [f"r{i:02d}" for i in range(len(TEXTS))]


def test_near_duplicates_form_one_group():
    groups = near_duplicate_groups(TEXTS)
    assert len(set(groups[:8])) == 1
    assert len(set(groups)) == 1 + 8 + 3


def test_campaign_counts_once_and_empty_answers_are_left_out():
    s = suggest(TEXTS, IDS, n_themes=3, seed=0)
    members = s.members
    assert not set(members["respondent_id"]) & {"r16", "r17", "r18"}
    # the campaign's 8 copies sit together, in one candidate, counted as one voice
    campaign_candidates = set(members.loc[members["respondent_id"].isin(IDS[:8]), "candidate"])
    assert len(campaign_candidates) == 1
    row = s.themes.set_index("candidate").loc[campaign_candidates.pop()]
    assert row["answers"] >= 8 and row["distinct"] < row["answers"]
    assert s.themes["distinct"].sum() <= 9 + len(s.themes)  # 9 voices (clauses may add a few)


def test_candidates_separate_the_two_topics():
    s = suggest(TEXTS, IDS, n_themes=3, seed=0)
    by = s.members.groupby("candidate")["respondent_id"].apply(set)
    police, jobs = set(IDS[8:12]), set(IDS[12:16])
    assert any(len(m & police) >= 3 and not m & jobs for m in by)
    assert any(len(m & jobs) >= 3 and not m & police for m in by)


def test_deterministic_for_a_seed():
    a = suggest(TEXTS, IDS, seed=7)
    b = suggest(TEXTS, IDS, seed=7)
    pd.testing.assert_frame_equal(a.themes, b.themes)
    pd.testing.assert_frame_equal(a.members, b.members)


def test_draft_frame_has_the_frame_shape():
    s = suggest(TEXTS, IDS, n_themes=3, seed=0)
    frame = draft_frame(s, "q14_text")
    assert list(frame) == ["q14_text"]
    assert set(frame["q14_text"][0]) == {"id", "name", "description", "examples"}  # no keywords: they act as rules


def test_nothing_to_suggest():
    s = suggest(["N/A", "see above"], ["a", "b"])
    assert s.themes.empty and s.members.empty


def test_campaign_labels_from_ingest_join_varied_copies():
    varied = [
        "As members of the Safer Streets network we urge the Government to fund youth services for five years.",
        "I back Safer Streets: fund youth services for five years, and listen to young people about what works.",
        "Safer Streets network member. Five years of youth service funding, please, not one-off grants.",
    ]
    texts = varied + TEXTS[8:16]
    ids = [f"v{i}" for i in range(len(texts))]
    apart = suggest(texts, ids, n_themes=3, seed=0)
    together = suggest(texts, ids, n_themes=3, seed=0, groups=["C1", "C1", "C1"] + [None] * 8)

    def voices(s):
        return int(s.themes["distinct"].sum())

    assert voices(together) < voices(apart)
    campaign = set(together.members.loc[together.members["respondent_id"].isin(ids[:3]), "candidate"])
    assert len(campaign) == 1  # the three copies travel together


def test_above_max_compared_only_identical_wording_counts_once(monkeypatch):
    import svanalysis.analysis.themes.suggest as suggest_mod

    def campaign_voices(s):
        # the voices of the candidate the campaign's eight copies fall in, less its other members (each its own voice)
        m = s.members
        (cand,) = set(m.loc[m["respondent_id"].isin(IDS[:8]), "candidate"])
        others = m[(m["candidate"] == cand) & ~m["respondent_id"].isin(IDS[:8])]
        return int(s.themes.set_index("candidate").loc[cand, "distinct"]) - len(others)

    # compared: the six copies, the lower-cased one and the one with "ask" for "urge" are one voice
    compared = suggest(TEXTS, IDS, n_themes=3, seed=0)
    assert compared.compared and campaign_voices(compared) == 1
    # above max_compared, wording is not compared (never a pair search): the six copies and the lower-cased one,
    # identical once case-folded, are one voice, the "ask" copy another
    monkeypatch.setattr(suggest_mod, "near_duplicate_groups", lambda *a, **k: pytest.fail("pairs compared"))
    small = {"themes": {"suggest": {"max_compared": 2}}}
    alone = suggest(TEXTS, IDS, n_themes=3, seed=0, settings=small)
    assert not alone.compared and campaign_voices(alone) == 2
    # ingest's campaign label still joins the near-identical copy
    labelled = suggest(TEXTS, IDS, n_themes=3, seed=0, settings=small, groups=["C1"] * 8 + [None] * 11)
    assert campaign_voices(labelled) == 1


def test_identical_groups_by_first_appearance():
    from svanalysis.analysis.themes.suggest import identical_groups

    assert identical_groups(TEXTS[:8]).tolist() == [0, 0, 0, 0, 0, 0, 1, 0]
    assert identical_groups([]).tolist() == []
