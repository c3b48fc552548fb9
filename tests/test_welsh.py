"""Responses in Welsh: detected, kept whole, flagged for a Welsh reader and counted; never coded
as a silent nothing. Welsh closed answers ("Ydw", "Nac ydw") are read as the answers they are."""

from __future__ import annotations

import csv
import io

from svanalysis.ingest.pipeline import ingest

WELSH = (
    "Rydym yn cefnogi Opsiwn Un oherwydd bod angen dyletswydd glir ar bob corff cyhoeddus "
    "i atal trais difrifol yn ein cymunedau."
)


def test_welsh_response_is_kept_flagged_and_counted(tmp_path):
    rows = [
        ["Response ID", "Q3 Region", "Q9 Option One best?", "Q9 Please explain why", "Q13 Option Three best?"],
        ["W1", "Cymru", "", WELSH, "Nac ydw"],
        ["E1", "London", "", "We support Option One because a clear duty on every body helps.", "No"],
    ]
    raw = tmp_path / "raw"
    raw.mkdir()
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    (raw / "w.csv").write_text(buf.getvalue(), encoding="utf-8")
    res = ingest([raw], tmp_path / "out", overrides=tmp_path / "none.csv")
    r = res.tables["responses"].set_index("source_row")
    assert r["language"].fillna("").tolist() == ["Welsh", ""]
    w = r.loc[1]
    assert w["q9_option_one_text"] == WELSH  # kept whole
    assert (w["q3_region"], w["q13_option_three"]) == ("Wales", "No")  # "Nac ydw" is No
    assert (w["q9_option_one"], w["q9_option_one_method"]) == ("Unclear", "rule")
    c = res.tables["coding"]
    flagged = c[c["respondent_id"] == w["respondent_id"]]
    assert flagged[["question", "needs_review", "evidence"]].values.tolist() == [
        ["q9", True, "written in Welsh: for a Welsh reader to code"]
    ]
    assert res.ledger["totals"]["welsh_responses"] == 1
    assert r.loc[2, "q9_option_one"] == "Yes"  # English is coded as before


def test_words_are_counted_by_hand_in_ascii_and_unicode_texts():
    """The word counts that weigh a response's Welsh text against the rest, by hand: runs of
    anything but white space (ASCII's, and Unicode's no-break and em spaces); a text of white
    space alone, a missing or an empty one has none. ASCII texts are counted on their bytes, the
    others by pyarrow: both kinds side by side, and a slice of them."""
    import numpy as np
    import pandas as pd

    from svanalysis.ingest.clean import _word_counts

    s = pd.Series(["bbb’", " a\tb\n", "é\u00a0x\u2003y", None, "", "\r"], dtype="string")
    assert _word_counts(s).tolist() == [1.0, 2.0, 3.0, 0.0, 0.0, 0.0]
    assert _word_counts(s.iloc[1:3]).tolist() == [2.0, 3.0]  # a slice (offsets past zero)
    assert _word_counts(pd.Series([], dtype="string")).dtype == np.float64
