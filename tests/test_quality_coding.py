"""The data-quality report's stance coding summary: codes from text by the rules and by the classifier."""

from __future__ import annotations

import pandas as pd

from svanalysis.analysis.quality import Quality, coding_summary
from svanalysis.core.spec import load_spec


def test_coding_summary_counts_the_classifiers_codes_as_coded_from_text():
    spec = load_spec()
    cols: dict[str, list] = {}
    for q in spec.stance_questions:
        cols[q.columns["value"]] = [None] * 5
        cols[q.columns["method"]] = [None] * 5
    # Q9: one closed answer, two rule codes, one classifier code, one reviewed by a person
    cols["q9_option_one"] = ["Yes", "No", "Yes", "No", "Mixed"]
    cols["q9_option_one_method"] = ["closed", "rule", "rule", "model", "manual"]
    responses = pd.DataFrame(cols)
    coding = pd.DataFrame(
        {
            "question": ["q9", "q9", "q9"],
            "method": ["rule", "rule", "model"],
            "needs_review": [False, True, True],
        }
    )
    q = Quality(ledger={}, rejects=pd.DataFrame(), quality={}, responses=responses, coding=coding, overrides=None)
    row = coding_summary(q).set_index("question").loc["9"]
    assert row["answered"] == 5
    assert row["closed answer"] == 1
    assert row["coded from text"] == 3  # two by the rules, one by the classifier
    assert row["by the classifier"] == 1
    assert row["reviewed by a person"] == 1
    assert row["awaiting review"] == 2
    assert row["review load"] == "67%"  # 2 of the 3 automatic codes
