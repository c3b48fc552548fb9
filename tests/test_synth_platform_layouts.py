"""The generator's platform layouts (SurveyMonkey with a contact block and US dates, Qualtrics with
explanation boxes of their own ids, SmartSurvey with UK dates) ingested back to their truth."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from svanalysis.ingest.pipeline import ingest
from svanalysis.synth.responses import write_online_export

LABELS = ["respondent_type", "q1_sector", "q3_region", "q8_vision", "q9_option_one", "q12_csp_partners"]
TEXTS = ["q8_vision_text", "q9_option_one_text", "q10_schedule6_text", "q12_csp_partners_text", "q31_text"]


@pytest.mark.parametrize("layout", ["surveymonkey_contact", "qualtrics_explain", "smartsurvey"])
def test_platform_layout_ingests_to_its_truth(tmp_path, layout):
    raw = tmp_path / "raw"
    write_online_export(raw / "export.csv", 150, seed=21, layout=layout, truth_dir=raw / "_truth")
    res = ingest([raw], tmp_path / "out", overrides=tmp_path / "none.csv")
    f = res.ledger["files"][0]
    assert [u for u in f["unmapped"] if not u["reason"].startswith("platform metadata")] == []
    t = pd.read_csv(raw / "_truth" / "export.responses.csv", dtype=str, keep_default_na=False)
    t = t[t["empty"] != "True"].assign(source_row=lambda d: d["source_row"].astype(int))
    m = t.merge(res.tables["responses"], on=["source_file", "source_row"], suffixes=("_t", ""))
    assert len(m) == len(t)  # no row lost
    right = total = 0
    for c in LABELS + TEXTS:
        expected = m[c + "_t"].replace("", np.nan)
        if c == "q3_region" and "q3_region_inferred" in m:
            expected = expected.fillna(m["q3_region_inferred"].replace("", np.nan))
        answered = expected.notna()
        right += int((expected[answered] == m.loc[answered, c].astype("object")).sum())
        total += int(answered.sum())
    assert right / total >= 0.99
    assert (pd.to_datetime(m["submitted_at_t"]) == m["submitted_at"]).all()  # dates in the platform's order
    text = " ".join(str(v) for v in res.tables["responses"].astype("object").to_numpy().ravel())
    pii = res.tables["pii"]
    assert pii["email"].notna().sum() > 50 and pii["organisation"].notna().sum() > 50
    assert not any(e in text for e in pii["email"].dropna()) and not any(n in text for n in pii["full_name"].dropna())
