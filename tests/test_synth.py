"""The synthetic generator: deterministic, realistic, and honest about what it encodes."""

from __future__ import annotations

import hashlib

import pandas as pd

from svanalysis.synth.responses import generate, write_example


def _digest(folder):
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_same_seed_gives_byte_identical_files(tmp_path):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    write_example(a, n=60, seed=5, n_forms=3, n_letters=3)
    write_example(b, n=60, seed=5, n_forms=3, n_letters=3)
    write_example(c, n=60, seed=6, n_forms=3, n_letters=3)
    da, db, dc = _digest(a), _digest(b), _digest(c)
    assert da == db
    assert da["online_export.csv"] != dc["online_export.csv"]
    assert {k for k in da if k.endswith(".docx")} == {f"response_form_0{i}.docx" for i in (1, 2, 3)}


def test_realistic_mix():
    rs = [r for r in generate(2000, seed=11) if not r.empty]
    t = pd.DataFrame([r.truth for r in rs])
    org = (t["respondent_type"] == "Organisation").mean()
    assert 0.7 < org < 0.9
    yes_one = (t["q9_option_one"] == "Yes").mean()
    assert 0.25 < yes_one < 0.45  # about a third say Option One would best achieve the vision
    edu = t[t["q1_sector"] == "Education and child care"]
    police = t[t["q1_sector"] == "Police"]
    assert (edu["q13_option_three"] == "Yes").mean() > (edu["q9_option_one"] == "Yes").mean()
    assert (police["q13_option_three"] == "Yes").mean() < 0.5 * (police["q9_option_one"] == "Yes").mean() + 0.2
    assert 4 <= t["q3_region"].nunique() <= 12


def test_duplicates_and_campaign_are_present():
    rs = list(generate(600, seed=3))
    assert sum(r.duplicate_of is not None for r in rs) >= 3
    assert sum(r.campaign for r in rs) >= 5
    assert sum(r.empty for r in rs) >= 1


def test_messy_values_are_written(tmp_path):
    write_example(tmp_path, n=300, seed=2019, n_forms=0, n_letters=0)
    text = (tmp_path / "online_export.csv").read_text(encoding="utf-8-sig")
    for fragment in ("approx", "£", "unknown", "Local Authority"):
        assert fragment in text


def test_generating_holds_only_recent_respondents():
    """Every respondent was also kept in a list nobody read, so a million-response export held all
    of them (9 GB); memory now stays flat as the stream goes on."""
    import tracemalloc

    from svanalysis.synth.responses import generate

    def peak(n: int) -> int:
        tracemalloc.start()
        for _ in generate(n, seed=3):
            pass
        got = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return got

    peak(500)  # warm: the first run pays one-off costs (loaded banks, caches) that would hide any growth
    short, long = peak(500), peak(3000)
    # what a respondent leaves behind: about 9 KB each when every one was kept; now only the
    # identities kept unique across the stream (a hundred bytes or two, in steps as the set grows)
    per_respondent = (long - short) / 2500
    assert per_respondent < 1000, (short, long)


# ---------------------------------------------------------------------------- themes of the free text
def test_truth_themes_follow_the_sentences_an_answer_is_made_of():
    from svanalysis.synth.responses import truth_themes

    # one point, with an opener and a local detail around it
    assert truth_themes(
        "q14_text", "Put simply, ask the kids what would actually keep them safe. This matters in Kelby."
    ) == ["youth_voice"]
    # two points, in frame order whatever the order written
    assert truth_themes(
        "q30_text",
        "Count the stabbings and the hospital admissions, not the meetings held. Through local scrutiny committees.",
    ) == ["local_scrutiny", "outcome_measures"]
    # a dismissal names a theme without making its point
    assert truth_themes("q7_text", "More police won't help, it just moves the problem on.") == []
    assert truth_themes("q14_text", "Training is fine as it is; that isn't where the gaps are.") == []
    # the campaign's text, varied by a swap, makes its three points
    campaign = (
        "As a member of the Safer Streets Together network I ask the Government to put young people first. A new "
        "legal duty must come with sustained funding for youth services, and must not turn teachers, nurses and youth "
        "workers into informants. Please listen to the communities most affected by serious violence."
    )
    assert truth_themes("q31_text", campaign) == ["new_burdens_funding", "prevent_lessons", "communities"]
    assert truth_themes("q31_text", "N/A") == []


def test_example_carries_its_frame_and_truth_themes(tmp_path):
    import pandas as pd

    from svanalysis.analysis.themes.frame import load_frame
    from svanalysis.synth.responses import truth_themes, write_example

    res = write_example(tmp_path, n=60, seed=5, n_forms=1, n_letters=1)
    frame = load_frame(res["frame"])
    assert res["frame"] == tmp_path / "_manual" / "theme_frame.yaml"
    assert set(frame) == {"q7_text", "q9_option_one_text", "q14_text", "q30_text", "q31_text"}
    truth = pd.read_csv(tmp_path / "_truth" / "online_export.responses.csv", dtype=str, keep_default_na=False)
    answered = truth[truth["q14_text"] != ""]
    assert len(answered) > 10
    for text, themes in zip(answered["q14_text"], answered["q14_text_themes"], strict=True):
        assert themes == ";".join(truth_themes("q14_text", text))
        assert set(filter(None, themes.split(";"))) <= {t.id for t in frame["q14_text"]}
    assert (answered["q14_text_themes"] != "").mean() > 0.7  # most answers make a point of the frame
