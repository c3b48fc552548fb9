"""The theme step's memory: what it reads, and arrays worked in place with the same values."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

from svanalysis.analysis.themes import assign as assign_mod
from svanalysis.analysis.themes._embed import row_norms
from svanalysis.analysis.themes._score import _renorm
from svanalysis.analysis.themes.workflow import _responses
from svanalysis.core.memory import release_memory, returning_pool


def test_the_theme_step_reads_only_ids_marks_and_the_fields_it_themes(example_processed):
    r = _responses(example_processed, ["q31_text", "not_a_column"])
    # (the example's responses hold some 90 columns; the other tables are not read at all)
    assert set(r.columns) <= {"respondent_id", "duplicate_of", "campaign_id", "q31_text"}
    assert {"respondent_id", "q31_text"} <= set(r.columns)
    assert len(r) == len(pd.read_parquet(example_processed / "responses.parquet", columns=["respondent_id"]))


def test_row_norms_in_blocks_are_the_norms_of_the_whole_array():
    rng = np.random.default_rng(7)
    x = rng.normal(size=(10, 5)).astype(np.float32)
    x[3] = 0.0
    got = row_norms(x, block=4)  # (blocks of 4, 4 and 2 rows)
    assert got.shape == (10, 1) and got.dtype == np.float32
    assert np.array_equal(got, np.linalg.norm(x, axis=1, keepdims=True))
    # worked by hand: the row (3, 4) has length 5
    assert row_norms(np.array([[3.0, 4.0], [0.0, 0.0]]), block=1).tolist() == [[5.0], [0.0]]
    assert row_norms(np.zeros((0, 3), dtype=np.float32)).shape == (0, 1)


def test_renorm_in_place_gives_the_copys_values_and_a_zero_row_plain_zeros():
    x = np.array([[3.0, 4.0], [-0.0, 0.0], [0.0, -2.0]], dtype=np.float32)
    expected = np.array([[0.6, 0.8], [0.0, 0.0], [0.0, -1.0]], dtype=np.float32)
    copy = _renorm(x.copy())
    same = x.copy()
    got = _renorm(same, in_place=True)
    assert got is same
    assert np.array_equal(got, expected) and np.array_equal(copy, expected)
    # the row of length 0 is +0.0 as the copy's zeros are, not the -0.0 it held
    assert not np.signbit(got[1]).any() and np.array_equal(np.signbit(got), np.signbit(copy))


def test_scoring_themes_uses_the_returning_pool_and_leaves_arrows_pool_as_it_found_it(monkeypatch):
    before = pa.default_memory_pool()
    during = []
    score_one = assign_mod._score_field_answers

    def spy(*args, **kwargs):
        during.append(pa.default_memory_pool().backend_name)
        return score_one(*args, **kwargs)

    monkeypatch.setattr(assign_mod, "_score_field_answers", spy)
    frame = {"f": [{"id": "police", "name": "Visible policing", "description": "More police officers on patrol."}]}
    r = pd.DataFrame({"respondent_id": ["a", "b"], "f": ["More officers on patrol", "N/A"]})
    scores = assign_mod.score_themes(r, frame)
    try:
        pa.jemalloc_memory_pool()
        assert during == ["jemalloc"]  # (where this pyarrow has jemalloc: Linux and macOS wheels)
    except NotImplementedError:
        assert during == [before.backend_name]
    assert pa.default_memory_pool().backend_name == before.backend_name
    assert scores["respondent_id"].tolist() == ["a", "b"]
    with returning_pool():
        release_memory(heap=True)  # (between parts of the work: nothing held is lost)
    assert pa.default_memory_pool().backend_name == before.backend_name


def test_units_scored_in_small_blocks_give_the_numbers_of_one_block(monkeypatch, theme_frame, theme_answers):
    from svanalysis.analysis.themes import _score
    from svanalysis.analysis.themes._text import normalise
    from svanalysis.analysis.themes.frame import as_themes

    texts = list(dict.fromkeys(normalise(t) for t in theme_answers[1]))
    themes = as_themes(theme_frame)
    whole = _score.score_field(texts, themes)
    assert len(whole.unit_text) < _score._UNIT_BLOCK  # (one block)
    monkeypatch.setattr(_score, "_UNIT_BLOCK", 3)
    blocked = _score.score_field(texts, themes)
    assert len(blocked.unit_text) > 6  # (several blocks of three, the last of three to five)
    for name in ("z", "answer_z", "answer_emb"):
        assert np.array_equal(getattr(blocked, name), getattr(whole, name)), name
    # one vector per answer: the whole kept answer's, of length 1; zeros for an answer that says nothing
    assert whole.answer_emb.shape == (len(texts), 256)
    lengths = np.linalg.norm(whole.answer_emb, axis=1)
    has_units = whole.answer_units[:, 1] > whole.answer_units[:, 0]
    assert np.allclose(lengths[has_units], 1.0, atol=1e-5) and not lengths[~has_units].any()
