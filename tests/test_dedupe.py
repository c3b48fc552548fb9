"""Duplicate submissions and campaigns, on frames built by hand."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


# ---------------------------------------------------------------------------- campaigns as people send them
SECOND = (
    "We also call on the Home Office to guarantee that any new duty comes with ring-fenced money for "
    "youth services in every area, and that young people themselves sit on the boards that decide how it is spent."
)
OWN = (
    "I have volunteered at the youth club on our estate for twelve years and have watched three of the "
    "boys I coached lose friends to knives."
)


def _members(rows, min_words_=20, **kw):
    from svanalysis.ingest.dedupe import find_campaign_members

    cols = sorted({k for r in rows for k in r})
    r = pd.DataFrame({c: pd.array([row.get(c) for row in rows], dtype="string") for c in cols})
    return find_campaign_members(r, min_words=min_words_, min_size=3, **kw)


def test_template_in_one_box_and_the_other_left_blank_is_a_varied_member():
    """Three send the template's two boxes unchanged; a fourth pastes the first and leaves the second blank."""
    full = {"q31_text": TEMPLATE, "q14_text": SECOND}
    m = _members([full, full, full, {"q31_text": TEMPLATE}])
    assert m["campaign_id"].notna().all() and m["campaign_id"].nunique() == 1
    assert m["campaign_member"].tolist() == ["identical", "identical", "identical", "varied"]


def test_template_plus_a_sentence_of_ones_own_is_a_member():
    """TEMPLATE has 43 words (41 three-word shingles); with OWN's 26 words after it the text has 69
    words (67 shingles, all distinct), so the Jaccard similarity is 41/67 = 0.61, below 0.8: only
    containment finds it (all 41 of the template's shingles are in it, and 41/67 = 0.61 of it is
    template, above 0.5)."""
    from svanalysis.ingest.dedupe import jaccard

    plus = TEMPLATE + " " + OWN
    assert len(shingles(TEMPLATE)) == 41 and len(shingles(plus)) == 67
    assert jaccard(shingles(TEMPLATE), shingles(plus)) == pytest.approx(41 / 67)
    m = _members([{"q31_text": t} for t in (TEMPLATE, TEMPLATE, TEMPLATE, plus, OWN + " " + TEMPLATE)])
    assert m["campaign_id"].nunique() == 1 and m["campaign_id"].notna().all()
    assert m["campaign_member"].tolist() == ["identical", "identical", "identical", "varied", "varied"]
    assert (m["campaign_member"] == "identical").sum() == 3 and (m["campaign_member"] == "varied").sum() == 2


def test_identical_ignores_case_and_spacing_only():
    shouty = "  " + TEMPLATE.upper().replace(" ", "   ") + " "
    edited = TEMPLATE.replace("urge", "ask")
    m = _members([{"q31_text": t} for t in (TEMPLATE, TEMPLATE, shouty, edited)])
    assert m["campaign_member"].tolist() == ["identical", "identical", "identical", "varied"]


def test_no_false_merge_of_answers_that_share_a_phrase():
    """Three different answers share one 16-word sentence (about a third of each); a fourth quotes the
    whole template inside an answer more than twice its length. None is a campaign member, and the
    real campaign keeps its three members only."""
    phrase = "Serious violence is a public health problem and every agency has a part to play in preventing it."
    answers = [
        phrase
        + " Our council funds two detached youth workers and a mentoring scheme for children excluded from school.",
        phrase
        + " In the hospital we see the injuries first, and a navigator in the emergency department has changed outcomes.",
        "Speaking as a head teacher, "
        + phrase
        + " Schools need the data that police hold about exploitation of pupils.",
    ]
    long_quote = (
        "Our partnership has a different view. "
        + OWN
        + " We received many letters saying: "
        + TEMPLATE
        + " We understand the concern, but a statutory duty with clear guidance would protect young people better, "
        "because the voluntary approach has left some areas with no partnership at all, and the evidence from "
        "Scotland and from our own violence reduction unit shows what sustained, shared leadership can achieve "
        "when it is written into law and funded for more than a single year at a time."
    )
    rows = [{"q31_text": t} for t in (TEMPLATE, TEMPLATE, TEMPLATE, *answers, long_quote)]
    m = _members(rows)
    assert m["campaign_id"].iloc[:3].notna().all() and m["campaign_id"].iloc[3:].isna().all()
    assert m["campaign_member"].iloc[3:].isna().all()


def test_campaign_member_reaches_the_processed_tables(tmp_path):
    """Through ingest: every member of the example's campaign is found, each identical or varied, and
    the ledger counts the two kinds separately."""
    from svanalysis.ingest.pipeline import ingest
    from svanalysis.synth.responses import write_online_export

    write_online_export(tmp_path / "raw" / "x.csv", 300, seed=11)
    res = ingest([tmp_path / "raw"], tmp_path / "p", overrides=tmp_path / "none.csv")
    r = res.tables["responses"]
    assert list(r["campaign_member"].cat.categories) == ["identical", "varied"]
    assert (r["campaign_id"].notna() == r["campaign_member"].notna()).all()
    t = res.ledger["totals"]
    assert t["campaign_identical"] == (r["campaign_member"] == "identical").sum()
    assert t["campaign_varied"] == (r["campaign_member"] == "varied").sum()
    assert t["campaign_identical"] + t["campaign_varied"] == t["campaign_responses"] > 0


def test_a_short_seed_does_not_gather_answers_that_repeat_its_sentences():
    """Three people happen to send the same two stock sentences (32 words: a campaign by the
    near-identical rule); three others write those two sentences and one of their own. The seed is
    shorter than twice min_words (30), so it is not searched for inside other answers: the three
    longer answers stay out (at scale, synthetic answers built from stock sentences were pulled in
    by the hundred when it was)."""
    seed = (
        "On reflection, making CSPs the vehicle would build the duty on uneven foundations, so we do not "
        "support Option Two. Several of our young people have been stabbed in the last year."
    )
    assert len(seed.split()) == 32
    longer = [
        seed + " We see this every week in Larkfield and our board has discussed it twice.",
        seed + " Young people in Fairlow tell us the same, and so do their teachers and parents.",
        "Speaking for a small charity that works with families across the whole county, " + seed,
    ]
    # each is too far from the seed for the near-identical rule (Jaccard 30/44, 30/45, 30/43)
    assert [round(jaccard(shingles(seed), shingles(t)), 2) for t in longer] == [0.68, 0.67, 0.7]
    m = _members([{"q31_text": t} for t in [seed, seed, seed, *longer]], min_words_=30)
    assert m["campaign_id"].iloc[:3].notna().all() and m["campaign_id"].iloc[3:].isna().all()


def test_kept_checks_give_the_same_campaigns_without_fetching_texts_again(tmp_path):
    """The exact verdicts on near pairs (here a shouted copy, an edited one and one with a sentence
    added, none certain from the signatures alone) and the keys for "identical" are kept in the
    cache; a second resolution over the same texts finds the same campaign and members and fetches
    texts only to name the campaign."""
    from svanalysis.ingest.dedupe import CheckCache, Deduper, frame_fetch

    texts = [TEMPLATE, TEMPLATE, TEMPLATE, TEMPLATE.upper(), TEMPLATE.replace("urge", "ask"), TEMPLATE + " " + OWN]
    r = pd.DataFrame({"q31_text": pd.array(texts + [OWN], dtype="string")})
    r["respondent_id"] = pd.array([f"R{i}" for i in range(len(r))], dtype="string")
    r["channel"] = "online"

    def members(cache):
        calls = []
        d = Deduper(min_words=20, min_size=3)
        d.add(r)
        fetch = frame_fetch(r)
        camp, kind = d.campaign_members(lambda rows, cols: calls.append(len(rows)) or fetch(rows, cols), cache=cache)
        return camp.tolist(), kind.tolist(), sum(calls)

    plain = members(None)
    cache = CheckCache.open(str(tmp_path), "v1")
    first_cache = members(cache)
    cache.flush()
    CheckCache.consolidate(str(tmp_path), "v1")
    again = members(CheckCache.open(str(tmp_path), "v1"))
    assert plain[:2] == first_cache[:2] == again[:2]
    assert plain[0][:6] == [plain[0][0]] * 6 and plain[0][6] is None
    assert plain[1] == ["identical"] * 4 + ["varied", "varied", None]
    assert first_cache[2] == plain[2] and again[2] < plain[2]


def test_spilled_signatures_give_the_same_campaigns_and_stay_on_disk(tmp_path):
    """With ``spill_to`` the batches' MinHash signatures wait in files (one per batch) instead of
    memory; resolution reads back those it needs and finds the same campaigns and members as when
    they were kept in memory: the first four texts, over two batches, are one campaign (the fourth
    an edited copy, so varied), the fifth is no one's template."""
    from svanalysis.ingest.dedupe import Deduper, frame_fetch

    texts = [TEMPLATE, TEMPLATE, TEMPLATE, TEMPLATE.replace("urge", "ask"), OWN]
    r = pd.DataFrame({"q31_text": pd.array(texts, dtype="string")})
    results = []
    for spill in (None, tmp_path):
        d = Deduper(min_words=20, min_size=3)
        if spill is not None:
            d.spill_to(spill)
        d.add(r.iloc[:2].reset_index(drop=True))
        d.add(r.iloc[2:].reset_index(drop=True))
        if spill is not None:
            assert sorted(p.name for p in tmp_path.iterdir()) == ["signatures-000000.npy", "signatures-000001.npy"]
            assert all(isinstance(s, str) for s in d._sig)  # nothing of them held in memory
        camp, kind = d.campaign_members(frame_fetch(r))
        results.append((camp.tolist(), kind.tolist()))
    assert results[0] == results[1]
    camp, kind = results[1]
    assert camp[:4] == [camp[0]] * 4 and camp[0] is not None and camp[4] is None
    assert kind == ["identical", "identical", "identical", "varied", None]


# ---------------------------------------------------------------------------- LSH from signatures on disk
def _spilled(sig_batches, folder):
    """A Deduper holding hand-made signatures (8 permutations) of batches of distinct texts, spilled
    to ``folder`` when one is given; and the signatures of all its texts."""
    import numpy as np

    from svanalysis.ingest.dedupe import Deduper, Evidence

    d = Deduper(min_words=10, num_perm=8)
    if folder is not None:
        d.spill_to(folder)
    for sig in sig_batches:
        m = len(sig)
        d.add_evidence(
            Evidence(
                n=m,
                columns=["q31_text"],
                occ_row=np.arange(m),
                occ_key=np.arange(m, dtype=np.uint64) + np.uint64(d.n + 1),
                key=np.arange(m, dtype=np.uint64) + np.uint64(d.n + 1),
                sig=np.asarray(sig, dtype=np.uint32),
                length=np.full(m, 100, dtype=np.int32),
                count=np.full(m, 50, dtype=np.int32),
                row=np.arange(m),
                col=np.zeros(m, dtype=np.int16),
            )
        )
    return d, d._signatures(np.arange(sum(len(s) for s in sig_batches)))


def test_lsh_pairs_read_band_by_band_from_spilled_signatures_are_those_of_the_matrix_in_memory(tmp_path):
    """Eight permutations make 4 bands of 2 (similarity 0.8, banded at 0.65). Texts 0 and 1 agree on
    7 of 8 and 3 and 4 on 6 of 8: near duplicates (at least 0.68). Text 2 shares band 0 with 0 and 1
    but agrees on 2 of 8 only, so the band's pairs with it are dropped; 5 is alone. Over two
    batches, read back from the spilled files a column or a band at a time, the pairs are the
    same as from the signatures kept in memory."""
    import numpy as np

    sig = [
        [1, 2, 3, 4, 5, 6, 7, 8],
        [1, 2, 3, 4, 5, 6, 7, 9],
        [1, 2, 30, 40, 50, 60, 70, 80],
        [11, 12, 13, 14, 15, 16, 17, 18],
        [11, 12, 13, 14, 15, 16, 27, 28],
        [91, 92, 93, 94, 95, 96, 97, 98],
    ]
    batches = [sig[:2], sig[2:]]
    on_disk, disk = _spilled(batches, tmp_path)
    in_memory, memory = _spilled(batches, None)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["signatures-000000.npy", "signatures-000001.npy"]
    assert np.load(tmp_path / "signatures-000001.npy").shape == (8, 4)  # a permutation per row
    assert disk.columns(2, 4).tolist() == [[3, 3, 30, 13, 13, 93], [4, 4, 40, 14, 14, 94]]
    assert disk.rows(np.array([4, 1])).tolist() == [sig[4], sig[1]]
    assert disk.agreement(np.array([[0, 1], [3, 4], [0, 2]])).tolist() == [7, 6, 2]
    assert disk.agreement(np.array([1, 3 << 32 | 4], dtype=np.uint64)).tolist() == [7, 6]  # as codes
    cnt = np.full(6, 50)
    expected = [[0, 1], [3, 4]]
    assert on_disk._candidate_pairs(disk, cnt).tolist() == expected
    assert in_memory._candidate_pairs(memory, cnt).tolist() == expected


def test_a_large_lsh_bucket_links_each_member_to_the_first_and_to_its_neighbour(tmp_path, monkeypatch):
    """Ten identical signatures share a bucket of more than 8 in every band: each is linked to the
    first (0) and to the next, (0, 1) to (0, 9) and (1, 2) to (8, 9); the same from disk, with the
    texts over three batches, and with the pairs screened a few at a time."""
    import numpy as np

    from svanalysis.ingest import dedupe

    sig = [[1, 2, 3, 4, 5, 6, 7, 8]] * 10 + [[9, 9, 9, 9, 9, 9, 9, 9]]
    expected = sorted({(0, j) for j in range(1, 10)} | {(k, k + 1) for k in range(9)})
    d, memory = _spilled([sig], None)
    assert [tuple(p) for p in d._candidate_pairs(memory, np.full(11, 50)).tolist()] == expected
    d, disk = _spilled([sig[:3], sig[3:7], sig[7:]], tmp_path)
    monkeypatch.setattr(dedupe, "_PENDING_PAIRS", 5)
    monkeypatch.setattr(dedupe, "_COLUMN_BYTES", 4)  # one column at a time
    assert [tuple(p) for p in d._candidate_pairs(disk, np.full(11, 50)).tolist()] == expected


# ---------------------------------------------------------------------------- LSH kept between runs
_A = [1, 2, 3, 4, 5, 6, 7, 8]
_SIGS = {  # text key: hand-made signature (8 permutations: 4 bands of 2 rows)
    1: _A,
    2: [1, 2, 3, 4, 5, 6, 7, 9],  # 7 of 8 with 1: near
    3: [11, 12, 13, 14, 15, 16, 17, 18],
    4: [1, 2, 30, 40, 50, 60, 70, 80],  # band 0 with 1 and 2, but 2 of 8: weak
    5: [21, 22, 23, 24, 25, 26, 27, 28],  # alone
    6: [11, 12, 13, 14, 15, 16, 17, 99],  # 7 of 8 with 3
    7: _A,  # 8 of 8 with 1, 7 of 8 with 2
}


def _night(keys, state, monkeypatch):
    """The candidate pairs of texts ``keys`` (in that order) with the LSH ``state``, and how many
    pairs were screened on their signatures."""
    import numpy as np

    from svanalysis.ingest import dedupe

    d = dedupe.Deduper(min_words=10, num_perm=8)
    m = len(keys)
    d.add_evidence(
        dedupe.Evidence(
            n=m,
            columns=["q31_text"],
            occ_row=np.arange(m),
            occ_key=np.array(keys, dtype=np.uint64),
            key=np.array(keys, dtype=np.uint64),
            sig=np.array([_SIGS[k] for k in keys], dtype=np.uint32),
            length=np.full(m, 100, dtype=np.int32),
            count=np.full(m, 50, dtype=np.int32),
            row=np.arange(m),
            col=np.zeros(m, dtype=np.int16),
        )
    )
    screened = []
    could_agree = dedupe._Signatures.could_agree
    monkeypatch.setattr(
        dedupe._Signatures, "could_agree", lambda s, p, at: screened.append(len(p)) or could_agree(s, p, at)
    )
    pairs = d._candidate_pairs(d._signatures(np.arange(m)), np.full(m, 50), np.array(keys, np.uint64), state)
    return [tuple(p) for p in pairs.tolist()], sum(screened)


def test_a_nightly_lsh_screens_only_the_pairs_of_buckets_that_changed(tmp_path, monkeypatch):
    """Last night: texts 1-5; the only near pair is 1-2 (positions 0, 1). Tonight text 5 is gone
    and 6 and 7 are new (positions 4 and 5): the near pairs are 1-2, 1-7, 2-7 and 3-6, as without
    a state. In band 0, texts 1, 2, 4 and 7 share a bucket that only gained 7: its pairs then
    (1-2, 1-4, 2-4) are known, so of the seven pairs of tonight's buckets only the four with a new
    text are screened (1-7, 2-7, 4-7 and 3-6). Each run leaves its answer for the next."""
    from svanalysis.core.cache import RunState

    state = RunState(str(tmp_path), "campaign-lsh", "v1")
    assert _night([1, 2, 3, 4, 5], None, monkeypatch)[0] == [(0, 1)]
    assert _night([1, 2, 3, 4, 5], state, monkeypatch) == ([(0, 1)], 3)  # no state yet: all three screened
    tonight = [1, 2, 3, 4, 6, 7]
    expected = [(0, 1), (0, 5), (1, 5), (2, 4)]
    assert _night(tonight, None, monkeypatch) == (expected, 7)
    assert _night(tonight, state, monkeypatch) == (expected, 4)
    assert _night(tonight, state, monkeypatch) == (expected, 0)  # nothing new: nothing screened


def test_a_nightly_lsh_screens_again_buckets_that_lost_a_text_or_texts_in_another_order(tmp_path, monkeypatch):
    """Text 4 leaves the band-0 bucket of 1, 2 and 4 while 7 joins it: the bucket's size is what it
    was, but not its texts, so all its pairs are screened again (1-2, 1-7, 2-7, with 3-6 new
    elsewhere). Texts in another order than last night's: everything is screened again. The
    pairs are those of a run without a state each time."""
    from svanalysis.core.cache import RunState

    state = RunState(str(tmp_path), "campaign-lsh", "v1")
    _night([1, 2, 3, 4, 5], state, monkeypatch)
    tonight = [1, 2, 3, 5, 6, 7]
    expected = _night(tonight, None, monkeypatch)[0]
    assert expected == [(0, 1), (0, 5), (1, 5), (2, 4)]
    assert _night(tonight, state, monkeypatch) == (expected, 4)
    shuffled = [7, 1, 3, 6, 2, 5]
    expected = _night(shuffled, None, monkeypatch)
    assert expected[0] == [(0, 1), (0, 4), (1, 4), (2, 3)]
    assert _night(shuffled, state, monkeypatch) == expected


def test_ids_are_kept_as_fixed_width_bytes_and_duplicate_of_names_the_kept_id(spec):
    """The evidence holds each respondent id as UTF-8 bytes of one width (not a Python object per
    response), saved and read back as such; ``duplicate_of`` decodes the kept submission's id,
    whatever its characters: R-é2 (the latest by the same email) is kept over R-é0, in the second
    batch, and the first submission shares R-é2's campaign (none here)."""
    import io

    import numpy as np

    from svanalysis.ingest.dedupe import Deduper
    from svanalysis.ingest.store import load_evidence, save_evidence

    r, p = _frames(
        [
            {"email": "a@x.example", "submitted_at": pd.Timestamp("2019-05-01"), "q9_option_one": "Yes"},
            {"email": "b@y.example", "submitted_at": pd.Timestamp("2019-05-02"), "q9_option_one": "No"},
            {"email": "A@x.example", "submitted_at": pd.Timestamp("2019-05-03"), "q9_option_one": "No"},
        ]
    )
    ids = pd.array(["R-é0", "R1", "R-é2"], dtype="string")
    r["respondent_id"], p["respondent_id"] = ids, ids
    d = Deduper(spec)
    first = d.evidence(r.iloc[:2], p.iloc[:2], texts=False)
    assert first.ids.tolist() == [b"R-\xc3\xa90", b"R1"] and first.ids.dtype == np.dtype("S5")
    again = load_evidence(save_evidence(first))
    assert again.ids.dtype == np.dtype("S5") and again.ids.tolist() == first.ids.tolist()
    # a file written when ids were saved as text reads back as the same bytes
    older = io.BytesIO()
    np.savez(older, n=np.array([1]), keys_0=np.zeros(1, np.uint64), ts=np.zeros(1, np.int64), ids=np.array(["R-é0"]))
    assert load_evidence(older.getvalue()).ids.tolist() == [b"R-\xc3\xa90"]
    d.add_evidence(again)
    d.add(r.iloc[2:].reset_index(drop=True), p.iloc[2:].reset_index(drop=True), texts=False)
    assert d.duplicates().tolist() == ["R-é2", None, None]
    dup, camp, kind = d.resolve_all(fetch=None)
    assert dup.iloc[0] == "R-é2" and dup.isna().tolist() == [False, True, True]
    assert camp.isna().all() and kind.isna().all()


def test_exact_checks_one_pair_at_a_time_give_the_same_members(monkeypatch):
    """The exact checks compare pairs in chunks bounded by their shingles; with room for one pair at
    a time the campaign is the same: the template three times, in capitals, with a word changed
    and with a sentence added are one campaign (the first four identical), the own text alone is
    not in it."""
    from svanalysis.ingest import dedupe

    texts = [TEMPLATE] * 3 + [TEMPLATE.upper(), TEMPLATE.replace("urge", "ask"), TEMPLATE + " " + OWN, OWN]
    r = pd.DataFrame({"q31_text": pd.array(texts, dtype="string")})
    calls = []
    real = dedupe.Deduper._exact_verdicts
    monkeypatch.setattr(dedupe, "_CHECK_VALUES", 1)
    monkeypatch.setattr(
        dedupe.Deduper, "_exact_verdicts", lambda self, near, t: calls.append(len(near)) or real(self, near, t)
    )
    d = dedupe.Deduper(min_words=20, min_size=3)
    d.add(r)
    camp, kind = d.campaign_members(dedupe.frame_fetch(r))
    assert calls and camp.tolist()[:6] == [camp[0]] * 6 and camp[0] is not None and camp[6] is None
    assert kind.tolist() == ["identical"] * 4 + ["varied", "varied", None]


def test_texts_are_shingled_a_slice_at_a_time_with_the_same_signatures(monkeypatch):
    """A batch's distinct texts are shingled and hashed in slices of at most ``_SHINGLE_CHARS``
    characters (bounded memory); with room for one text at a time the signatures and shingle
    counts are those of one pass. Four distinct texts of at least 20 words (the template twice is
    one text): four slices of one text each."""
    import numpy as np

    from svanalysis.ingest import dedupe

    texts = [TEMPLATE, TEMPLATE, TEMPLATE.replace("urge", "ask"), OWN, TEMPLATE + " " + OWN]
    r = pd.DataFrame({"q31_text": pd.array(texts, dtype="string")})
    whole = dedupe.Deduper(min_words=20).evidence(r)
    slices = []
    real = dedupe._shingle_hashes
    monkeypatch.setattr(dedupe, "_shingle_hashes", lambda part, k: slices.append(len(part)) or real(part, k))
    monkeypatch.setattr(dedupe, "_SHINGLE_CHARS", 1)
    sliced = dedupe.Deduper(min_words=20).evidence(r)
    assert slices == [1, 1, 1, 1]
    np.testing.assert_array_equal(sliced.sig, whole.sig)
    np.testing.assert_array_equal(sliced.count, whole.count)
    assert sliced.length.tolist() == [len(TEMPLATE), len(TEMPLATE) - 1, len(OWN), len(TEMPLATE) + 1 + len(OWN)]


def test_slices_by_size():
    """Consecutive slices whose sizes sum to at most the limit; an item larger than the limit is a
    slice of its own; nothing gives no slice."""
    import numpy as np

    from svanalysis.ingest.dedupe import _by_size

    idx = np.array([10, 11, 12, 13, 14, 15])
    assert [s.tolist() for s in _by_size(idx, np.array([4, 4, 9, 2, 3, 5]), 8)] == [[10, 11], [12], [13, 14], [15]]
    assert _by_size(idx[:0], np.zeros(0, dtype=np.int64), 8) == []


def test_words_split_on_the_bytes_as_the_pattern_splits_the_text():
    """The shingler's words are the runs of ``[a-z0-9']`` after lower-casing, whatever stands
    between them: a curly apostrophe, accented letters and an emoji split words as any other
    character outside the class does, and a word never runs on from one text into the next."""
    import pyarrow as pa

    from svanalysis.ingest.dedupe import _words

    texts = pa.array(["Don’t STOP", "café au lait", None, "end", "start 😀x y2k", "", "it's"], type=pa.string())
    words, parent = _words(texts)
    assert words.to_pylist() == ["don", "t", "stop", "caf", "au", "lait", "end", "start", "x", "y2k", "it's"]
    assert parent.tolist() == [0, 0, 0, 1, 1, 1, 3, 4, 4, 4, 6]
    # a slice of an array (its offsets start past zero) gives the words of the slice only
    words, parent = _words(texts.slice(3, 2))
    assert words.to_pylist() == ["end", "start", "x", "y2k"] and parent.tolist() == [0, 1, 1, 1]


def test_words_of_texts_that_touch_are_cut_where_each_text_ends():
    """A text ending in a letter and the next (after missing and empty texts) starting with one:
    two words, each of its own text, once (the empty texts between them share its start)."""
    import pyarrow as pa

    from svanalysis.ingest.dedupe import _words

    texts = pa.array(["ab", "", None, "", "cd e", "f", "", "-g"], type=pa.large_string())
    words, parent = _words(texts)
    assert words.to_pylist() == ["ab", "cd", "e", "f", "g"]
    assert parent.tolist() == [0, 4, 4, 5, 7]
    words, parent = _words(pa.array(["", None], type=pa.large_string()))
    assert words.to_pylist() == [] and parent.tolist() == []


def test_minhash_in_pieces_is_the_minimum_over_each_texts_shingles(monkeypatch):
    """Signatures made a piece of texts at a time (here pieces of four shingles, one text longer
    than a piece, one text without shingles) are, permutation by permutation, the minimum of the
    permuted hashes of each text's shingles, its top 32 bits."""
    import numpy as np

    from svanalysis.ingest import dedupe

    monkeypatch.setattr(dedupe, "_MINHASH_BLOCK", 4)
    sh = np.array([9, 3, 7, 1, 4, 4, 8, 2, 6, 5, 11], dtype=np.uint64)
    owner = np.array([0, 0, 2, 2, 2, 2, 2, 2, 3, 0, 3])  # text 1 has none
    sig = dedupe._minhashes(sh, owner, 4, num_perm=3, seed=7)
    rng = np.random.default_rng(7)
    salts = rng.integers(1, 2**63 - 1, size=3, dtype=np.int64).astype(np.uint64)
    mults = rng.integers(1, 2**63 - 1, size=3, dtype=np.int64).astype(np.uint64) | np.uint64(1)
    with np.errstate(over="ignore"):
        for text in (0, 2, 3):
            expected = [
                int(((sh[owner == text] ^ s) * m).min() >> np.uint64(32)) for s, m in zip(salts, mults, strict=True)
            ]
            assert sig[text].tolist() == expected
    assert sig[1].tolist() == [2**32 - 1] * 3


def test_signature_agreement_read_a_few_columns_at_a_time_counts_equal_values(monkeypatch):
    """Agreement of pairs of signatures, counted by hand, whether all the columns are read at
    once or two at a time (a text to a row), and for pairs given as codes ``lo << 32 | hi``."""
    import numpy as np

    from svanalysis.ingest import dedupe

    sig = np.array([[1, 2, 3, 4, 5], [1, 2, 0, 4, 0], [9, 9, 3, 9, 5]], dtype=np.uint32)
    pairs = np.array([[0, 1], [0, 2], [1, 2], [2, 2]])
    expected = [3, 2, 0, 5]
    whole = dedupe._Signatures([sig], [3], np.arange(3), 5)
    assert whole.agreement(pairs).tolist() == expected
    monkeypatch.setattr(dedupe, "_COLUMN_BYTES", 4 * 3 * 2)  # two columns of three texts a read
    two = dedupe._Signatures([sig[:2], sig[2:]], [2, 1], np.arange(3), 5)
    assert two.agreement(pairs).tolist() == expected
    codes = (pairs[:, 0].astype(np.uint64) << np.uint64(32)) | pairs[:, 1].astype(np.uint64)
    assert two.agreement(codes).tolist() == expected


def test_answer_and_text_keys_are_the_hashes_of_the_answers_written_as_text(spec):
    """The duplicate key of identical answers and the campaign texts' keys, computed once per
    distinct value and shared, are those of hashing every answer written as text (a missing one
    as NUL), as before: categories, figures (0.0 and -0.0 apart), texts, missing values."""
    import numpy as np
    import pyarrow as pa

    from svanalysis.ingest.dedupe import Deduper, _combined, _space_counts, _text_hashes

    words = " ".join(["word"] * 30)
    frame = pd.DataFrame(
        {
            "cat": pd.Categorical(["Yes", None, "No", "Yes"], categories=["Yes", "No"]),
            "fig": [1.5, np.nan, 0.0, -0.0],
            "txt": pd.array([words, None, "short", words + " more"], dtype="string"),
        }
    )
    as_text = frame.astype("string")
    for c in frame.columns:
        h, missing = _text_hashes(frame[c])
        assert (h == pd.util.hash_array(as_text[c].fillna("\x00").to_numpy(dtype=object))).all()
        assert missing.tolist() == as_text[c].isna().tolist()
    combined = _combined([_text_hashes(frame[c])[0] for c in frame.columns], len(frame))
    expected = pd.util.hash_pandas_object(as_text.fillna("\x00"), index=False).to_numpy()
    assert (combined == expected).all()
    spaces = _space_counts(pa.array(["a b", None, "x  y z", "", "é é"]))
    assert spaces[[0, 2, 3, 4]].tolist() == [1, 3, 0, 1]  # a missing text's count is left alone
    # the campaign evidence's text keys: the hash of each long text
    ev = Deduper(spec, min_words=10).evidence(frame.rename(columns={"txt": "q31_text"}))
    assert ev.occ_key.tolist() == pd.util.hash_array(np.array([words, words + " more"], dtype=object)).tolist()


def test_pairs_that_could_agree_by_their_low_bits_include_every_pair_that_does(tmp_path):
    """The screening of LSH candidates compares the low 8 bits of the signatures first: every
    pair whose whole signatures agree on enough permutations is among those kept, whatever the
    bar, and a pair kept is then compared in full (randomised, seeded; two batches, one spilled)."""
    import numpy as np

    from svanalysis.ingest.dedupe import _pairs_of, _Signatures

    rng = np.random.default_rng(7)
    base = rng.integers(0, 2**32, size=(300, 32), dtype=np.uint64).astype(np.uint32)
    sig = base.copy()
    noisy = rng.random(sig.shape) < rng.random((300, 1))  # texts from near copies to strangers
    sig[noisy] = rng.integers(0, 2**32, size=int(noisy.sum()), dtype=np.uint64).astype(np.uint32)
    sig[noisy & (rng.random(sig.shape) < 0.3)] ^= np.uint32(1 << 20)  # same low bits, not the same value
    sig[noisy & (rng.random(sig.shape) < 0.3)] ^= np.uint32(1 << 9)  # the same low byte only
    both = np.vstack([base, sig])
    a, b = np.triu_indices(len(both), 1)
    code = (a.astype(np.uint64) << np.uint64(32)) | b.astype(np.uint64)
    np.save(tmp_path / "spilled.npy", np.ascontiguousarray(both[250:].T))  # as a spilled batch is kept
    sigs = _Signatures([both[:250], str(tmp_path / "spilled.npy")], [250, 350], np.arange(600), 32)
    whole = sigs.agreement(_pairs_of(code))
    for bar in (0, 5, 16, 24, 31, 32, 33):
        could = sigs.could_agree(code, bar)
        assert could[whole >= bar].all()
        assert (sigs.agreement(code[could]) >= bar).sum() == (whole >= bar).sum()


def test_normal_keys_match_texts_differing_only_in_case_and_python_white_space():
    """Worked by hand: each text lower-cased, split on Python's white space (including the
    separators \\x1c-\\x1f and, in a text that is not ASCII, the no-break space and \\u3000), joined
    by one space; a missing text keys as ""."""
    from svanalysis.ingest.dedupe import _normal_keys, _squeezed

    texts = pd.Series(
        [
            "  Fund YOUTH\tclubs \n",
            "fund youth clubs",
            "fund\x1cyouth\x1fclubs",
            "fund\u00a0youth\u3000clubs ",
            "fund youthclubs",
            None,
            "",
            " \t ",
        ],
        dtype="string",
    )
    k = _normal_keys(texts)
    expected = pd.util.hash_array(
        np.array(["fund youth clubs"] * 4 + ["fund youthclubs", "", "", ""], dtype=object), categorize=False
    )
    assert k.tolist() == expected.tolist()
    import pyarrow as pa

    got = _squeezed(
        pa.array([" a  b ", "c", "", "\x0b\x0c", "d\re", "q" + " " * 50, "r  ", "  \t"], type=pa.large_string())
    )
    assert got.to_pylist() == ["a b", "c", "", "", "d e", "q", "r", ""]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("ab \t\n\x0b\x0c\r\x1c\x1f\u00a0\u2003Éx"), max_size=12), max_size=8))
def test_normal_keys_are_those_of_python_split_and_join(texts):
    from svanalysis.ingest.dedupe import _normal_keys

    s = pd.Series(texts, dtype="string")
    # Arrow's lower case (as pandas' str.lower gives it), then Python's split and join
    expected = [" ".join(t.split()) for t in s.str.lower().tolist()]
    assert _normal_keys(s).tolist() == pd.util.hash_array(np.array(expected, dtype=object), categorize=False).tolist()


def test_minhash_written_into_a_view_is_what_it_returns_alone(monkeypatch):
    """Signatures written into columns 1-3 of a larger array (pieces of four shingles, every text
    with shingles, so written whole) are those made apart; the column outside is untouched."""
    from svanalysis.ingest import dedupe

    monkeypatch.setattr(dedupe, "_MINHASH_BLOCK", 4)
    sh = np.array([9, 3, 7, 1, 4, 4, 8, 2, 6], dtype=np.uint64)
    owner = np.array([0, 0, 1, 1, 1, 1, 2, 2, 2])
    alone = dedupe._minhashes(sh, owner, 3, num_perm=5, seed=3)
    into = np.zeros((5, 4), dtype=np.uint32)
    dedupe._minhashes(sh, owner, 3, num_perm=5, seed=3, out=into[:, 1:])
    assert into[:, 1:].T.tolist() == alone.tolist()
    assert into[:, 0].tolist() == [0] * 5
