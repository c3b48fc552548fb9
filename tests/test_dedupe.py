"""Duplicate submissions and campaigns, on frames built by hand."""

from __future__ import annotations

import pandas as pd
import pytest

from svanalysis.ingest.dedupe import connected, find_campaigns, find_duplicates, jaccard, shingles

TEMPLATE = (
    "As a parent in this town I urge the Government to fund youth clubs and detached youth work for the long term, "
    "to listen to young people, and to make sure no new duty turns teachers and nurses into informants for the police."
)


def _frames(rows):
    r = pd.DataFrame(
        [{k: v for k, v in row.items() if k not in ("email", "full_name", "organisation")} for row in rows]
    )
    r["respondent_id"] = pd.array([f"R{i}" for i in range(len(rows))], dtype="string")
    r["channel"] = "online"
    p = pd.DataFrame(
        {
            "respondent_id": r["respondent_id"],
            **{
                k: pd.array([row.get(k) for row in rows], dtype="string")
                for k in ("email", "full_name", "organisation")
            },
        }
    )
    return r, p


def test_latest_submission_is_kept(spec):
    r, p = _frames(
        [
            {"email": "A@x.example", "submitted_at": pd.Timestamp("2019-05-01"), "q9_option_one": "Yes"},
            {"email": "b@y.example", "submitted_at": pd.Timestamp("2019-05-02"), "q9_option_one": "No"},
            {"email": "a@x.example ", "submitted_at": pd.Timestamp("2019-05-03"), "q9_option_one": "No"},
        ]
    )
    d = find_duplicates(r, p, spec)
    assert d.tolist()[0] == "R2" and pd.isna(d.iloc[1]) and pd.isna(d.iloc[2])
    first = find_duplicates(r, p, spec, keep="first")
    assert first.tolist()[2] == "R0"


def test_same_name_and_organisation_is_the_same_respondent(spec):
    r, p = _frames(
        [
            {
                "full_name": "Sam Lee",
                "organisation": "Westmere Council",
                "submitted_at": pd.Timestamp("2019-05-01"),
                "q9_option_one": "Yes",
            },
            {
                "full_name": "sam lee",
                "organisation": "Westmere  Council",
                "submitted_at": pd.Timestamp("2019-05-09"),
                "q9_option_one": "Yes",
            },
        ]
    )
    assert find_duplicates(r, p, spec).tolist()[0] == "R1"


def test_no_false_merges(spec):
    """Same organisation, different people; same name, different organisations; short identical answers."""
    r, p = _frames(
        [
            {
                "full_name": "Sam Lee",
                "organisation": "Westmere Council",
                "email": "sam@w.example",
                "q9_option_one": "Yes",
            },
            {
                "full_name": "Jo Shah",
                "organisation": "Westmere Council",
                "email": "jo@w.example",
                "q9_option_one": "Yes",
            },
            {
                "full_name": "Sam Lee",
                "organisation": "Eastwick Police",
                "email": "sam@e.example",
                "q9_option_one": "Yes",
            },
            {"full_name": None, "organisation": None, "email": None, "q9_option_one": "Yes"},
            {"full_name": None, "organisation": None, "email": None, "q9_option_one": "Yes"},
        ]
    )
    assert find_duplicates(r, p, spec).isna().all()


def test_identical_answers_are_a_duplicate_when_enough_were_answered(spec):
    answers = {
        "q9_option_one": "Yes",
        "q11_option_two": "No",
        "q13_option_three": "No",
        "q3_region": "London",
        "q31_text": "Fund it.",
    }
    r, p = _frames(
        [dict(answers, submitted_at=pd.Timestamp("2019-05-01")), dict(answers, submitted_at=pd.Timestamp("2019-05-02"))]
    )
    assert find_duplicates(r, p, spec).tolist()[0] == "R1"


def test_connected_components():
    keys = [pd.Series(["a", None, "a", None, "c"]), pd.Series([None, "x", None, "y", "x"])]
    assert connected(5, keys).tolist() == [0, 1, 0, 3, 1]


def test_shingles_and_jaccard_by_hand():
    a, b = shingles("one two three four five six", k=5), shingles("one two three four five seven", k=5)
    assert a == {"one two three four five", "two three four five six"}
    assert jaccard(a, b) == 1 / 3


def test_campaign_found_and_individual_texts_left_alone(spec):
    variants = [
        TEMPLATE,
        TEMPLATE.replace("long term", "longer term"),
        TEMPLATE + " Thank you.",
        TEMPLATE.replace("urge", "ask"),
    ]
    own = [
        "Our council has run a serious violence partnership since 2016 and found that shared data, not a new duty, made the real difference to outcomes for young people locally.",
        "The duty should sit with commissioners rather than providers, because commissioners can redesign services across a whole system and hold the budgets that matter for prevention work.",
    ]
    r = pd.DataFrame({"q31_text": pd.array(variants + own, dtype="string")})
    c = find_campaigns(r, spec, similarity=0.8, min_words=20, min_size=3)
    assert c.iloc[:4].notna().all() and c.iloc[:4].nunique() == 1
    assert c.iloc[4:].isna().all()


def test_campaign_needs_enough_respondents(spec):
    r = pd.DataFrame({"q31_text": pd.array([TEMPLATE, TEMPLATE], dtype="string")})
    assert find_campaigns(r, spec, min_words=20, min_size=3).isna().all()


def test_template_pasted_into_different_boxes_still_counts(spec):
    r = pd.DataFrame(
        {
            "q31_text": pd.array([TEMPLATE, None, TEMPLATE], dtype="string"),
            "q14_text": pd.array([None, TEMPLATE.replace("urge", "ask"), None], dtype="string"),
        }
    )
    c = find_campaigns(r, spec, min_words=20, min_size=3)
    assert c.notna().all() and c.nunique() == 1


def test_short_identical_answers_are_not_a_campaign(spec):
    r = pd.DataFrame({"q31_text": pd.array(["We agree with the proposals."] * 10, dtype="string")})
    assert find_campaigns(r, spec, min_words=20, min_size=3).isna().all()


def test_schema_failure_names_column_and_values(spec):
    import pytest

    from svanalysis.core.processed import response_columns
    from svanalysis.core.schema import SchemaError, validate

    r = pd.DataFrame({c: pd.Series([None, None], dtype="object") for c in response_columns(spec)})
    r["respondent_id"] = pd.array(["a", "b"], dtype="string")
    r["channel"] = pd.Categorical(["online", "online"], categories=["online", "word_form", "letter"], ordered=True)
    r["source_file"] = pd.array(["f", "f"], dtype="string")
    r["source_row"] = pd.array([1, 2], dtype="int64")
    r["q15_fte"] = [1.0, -3.0]
    with pytest.raises(SchemaError, match=r"responses: column '.*' fails"):
        validate("responses", r, spec)


def test_vectorised_minhash_estimates_jaccard_as_well_as_datasketch():
    """The hand-written MinHash (numpy, for speed at a million texts) against datasketch's, on pairs
    whose exact Jaccard similarity of word 3-shingles is known."""
    datasketch = pytest.importorskip("datasketch")
    import numpy as np

    from svanalysis.ingest.dedupe import _minhashes, _shingle_hashes

    rng = np.random.default_rng(5)
    vocab = [f"w{i}" for i in range(400)]
    pairs = []
    for keep in (1.0, 0.9, 0.75, 0.5, 0.25, 0.0):
        for _ in range(5):
            a = list(rng.choice(vocab, 60))
            b = [w if rng.random() < keep else str(rng.choice(vocab)) for w in a]
            pairs.append((" ".join(a), " ".join(b)))
    texts = [t for pair in pairs for t in pair]
    sh, owner = _shingle_hashes(texts, 3)
    sig = _minhashes(sh, owner, len(texts), num_perm=256, seed=1)
    ours, theirs, exact = [], [], []
    for i, (a, b) in enumerate(pairs):
        sa, sb = shingles(a), shingles(b)
        exact.append(jaccard(sa, sb))
        ours.append(float((sig[2 * i] == sig[2 * i + 1]).mean()))
        ma, mb = datasketch.MinHash(num_perm=256, seed=1), datasketch.MinHash(num_perm=256, seed=1)
        for s in sa:
            ma.update(s.encode())
        for s in sb:
            mb.update(s.encode())
        theirs.append(ma.jaccard(mb))
        # the vectorised hashing sees the same distinct shingles as the reference function
        assert len(np.unique(sh[owner == 2 * i])) == len(sa)
    ours_err = np.abs(np.array(ours) - exact)
    theirs_err = np.abs(np.array(theirs) - exact)
    assert ours_err.max() < 0.12 and theirs_err.max() < 0.12
    assert ours_err.mean() <= theirs_err.mean() + 0.02
