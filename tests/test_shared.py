"""The store of results a report build's segment reports share: made once, read only when fresh,
and what a notebook reads from it is what it would compute."""

from __future__ import annotations

import functools
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from svanalysis.analysis import shared
from svanalysis.analysis.costs import (
    choices_by_option,
    cost_benefit_table,
    grouped_choices_by_option,
    grouped_cost_benefit_table,
)
from svanalysis.analysis.shared import (
    SHARED_CALLS,
    STORE_MANIFEST,
    SharedTables,
    shared_tables,
    store_key,
    write_shared_results,
)
from svanalysis.analysis.support import (
    filter_responses,
    grouped_option_comparison,
    grouped_support_patterns,
    grouped_support_table,
    option_comparison,
    support_patterns,
    support_table,
)
from svanalysis.core.processed import load_processed
from svanalysis.core.settings import load_settings


@pytest.fixture(scope="module")
def store(example_processed, tmp_path_factory):
    folder = tmp_path_factory.mktemp("store") / "shared"
    write_shared_results(example_processed, folder, load_settings())
    return folder


def _call(tables, name, responses, data, settings, kwargs):
    """A notebook's call of ``name`` on ``tables`` (the data tables it takes given as the notebook gives them)."""
    method = getattr(tables, name)
    if name == "cost_benefit_table":
        return method(responses, data["role_fte"], settings=settings, **kwargs)
    if name == "choices_by_option":
        return method(responses, data["choices"], settings=settings, **kwargs)
    if name == "support_table":
        return method(responses, kwargs["question"], choices=data["choices"], settings=settings)
    return method(responses, settings=settings, **kwargs)


@pytest.mark.parametrize(("sector", "region"), [("Police", ""), ("", "London"), ("Other", "")])
def test_a_notebooks_tables_are_the_same_with_and_without_the_store(
    example_processed, store, sector, region, monkeypatch
):
    settings = load_settings()
    data = load_processed(example_processed, text=False)
    responses = filter_responses(data["responses"], sector=sector, region=region)
    stored = shared_tables(str(store), str(example_processed), data, responses, sector, region, settings)
    computed = shared_tables("", str(example_processed), data, responses, sector, region, settings)
    assert stored.stored and not computed.stored
    for name, kwargs, made_for in SHARED_CALLS:
        if (sector and "sector" not in made_for) or (region and "region" not in made_for):
            continue
        assert_frame_equal(
            _call(stored, name, responses, data, settings, kwargs),
            _call(computed, name, responses, data, settings, kwargs),
        )
    # and each of them came from the store: with the functions unable to compute, they still answer
    for name, (func, grouped, tables) in list(shared._FUNCTIONS.items()):

        @functools.wraps(func)
        def refuse(*args, **kwargs):
            raise AssertionError("computed, not read from the store")

        monkeypatch.setitem(shared._FUNCTIONS, name, (refuse, grouped, tables))
    for name, kwargs, made_for in SHARED_CALLS:
        if (sector and "sector" in made_for) or (region and "region" in made_for):
            _call(stored, name, responses, data, settings, kwargs)
    with pytest.raises(AssertionError, match="computed"):
        _call(computed, "option_comparison", responses, data, settings, {})


def test_the_store_answers_only_the_calls_it_was_made_for(example_processed, store):
    settings = load_settings()
    data = load_processed(example_processed, text=False)
    responses = filter_responses(data["responses"], sector="Police")
    tables = shared_tables(str(store), str(example_processed), data, responses, "Police", "", settings)
    stored = tables.option_comparison(responses, settings=settings)
    # a frame is returned as a copy: changing it changes nothing the next report reads
    stored.loc[0, "count"] = -1
    assert tables.option_comparison(responses, settings=settings).loc[0, "count"] >= 0
    # other responses, other settings, another threshold: computed, not looked up
    few = responses.head(5)
    assert_frame_equal(tables.option_comparison(few, settings=settings), option_comparison(few, settings=settings))
    stricter = {**settings, "suppression": {**settings["suppression"], "min_base": 1}}
    assert_frame_equal(
        tables.support_table(responses, "q5", settings=stricter), support_table(responses, "q5", settings=stricter)
    )
    assert_frame_equal(
        tables.support_table(responses, "q5", settings=settings, min_base=1),
        support_table(responses, "q5", settings=settings, min_base=1),
    )
    other_roles = data["role_fte"].head(0)
    assert_frame_equal(
        tables.cost_benefit_table(responses, other_roles, breakdowns=(None,), settings=settings),
        cost_benefit_table(responses, other_roles, breakdowns=(None,), settings=settings),
    )
    assert_frame_equal(
        tables.choices_by_option(responses, data["choices"], "benefits", by="region", settings=settings),
        choices_by_option(responses, data["choices"], "benefits", by="region", settings=settings),
    )


def test_a_stale_or_missing_store_is_never_read(example_processed, store, tmp_path):
    settings = load_settings()
    data = load_processed(example_processed, text=False)
    responses = filter_responses(data["responses"], sector="Police")

    def tables(store_folder, processed=example_processed, settings=settings):
        return shared_tables(str(store_folder), str(processed), data, responses, "Police", "", settings)

    assert tables(store).stored
    # other settings: another key
    assert not tables(store, settings={**settings, "analysis": {**settings["analysis"], "seed": 7}}).stored
    # other data: a copy of the processed folder with one response fewer
    other = tmp_path / "processed"
    shutil.copytree(example_processed, other)
    r = pd.read_parquet(other / "responses.parquet")
    r.iloc[1:].to_parquet(other / "responses.parquet")
    manifest = json.loads((other / "manifest.json").read_text(encoding="utf-8"))  # as an ingest writes it
    manifest["files"]["responses.parquet"] = (other / "responses.parquet").stat().st_size
    (other / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert store_key(other, settings) != store_key(example_processed, settings)
    assert not tables(store, processed=other).stored
    # no store (a build removes its own when it ends), or one without its manifest
    assert not tables(tmp_path / "gone").stored
    partial = tmp_path / "partial"
    shutil.copytree(store, partial)
    (partial / STORE_MANIFEST).unlink()
    assert not tables(partial).stored
    # a report on a sector and a region at once, or on everyone: computed
    both = shared_tables(str(store), str(example_processed), data, responses, "Police", "London", settings)
    assert not both.stored
    # and a notebook run by hand, without a store, gets the same tables
    assert_frame_equal(
        SharedTables(responses, data, settings).support_patterns(responses, settings=settings),
        support_patterns(responses, settings=settings),
    )


@pytest.fixture(scope="module")
def shipped_processed(tmp_path_factory):
    """The shipped synthetic example (``data/raw/example``), ingested."""
    from svanalysis.ingest.pipeline import ingest

    out = tmp_path_factory.mktemp("shipped")
    ingest([Path(__file__).resolve().parents[1] / "data" / "raw" / "example"], out, overrides=out / "none.csv")
    return out


@pytest.mark.parametrize("segment", ["sector", "region"])
def test_grouped_tables_equal_the_slices_of_every_segment_of_the_shipped_example(shipped_processed, segment):
    data = load_processed(shipped_processed, text=False)
    r, choices, roles = data["responses"], data["choices"], data["role_fte"]
    for campaign in ("each", "once"):
        for by in (None, "sector", "region", "respondent_type"):
            for q in ("q5", "q1", "q18"):
                for label, t in grouped_support_table(r, q, segment, by=by, choices=choices, campaign=campaign).items():
                    one = filter_responses(r, **{segment: label})
                    assert_frame_equal(t, support_table(one, q, by=by, choices=choices, campaign=campaign))
            for label, t in grouped_option_comparison(r, segment, by=by, campaign=campaign).items():
                one = filter_responses(r, **{segment: label})
                assert_frame_equal(t, option_comparison(one, by=by, campaign=campaign))
            for label, t in grouped_support_patterns(r, segment, by=by, campaign=campaign).items():
                one = filter_responses(r, **{segment: label})
                assert_frame_equal(t, support_patterns(one, by=by, campaign=campaign))
        for what in ("benefits", "disadvantages"):
            for label, t in grouped_choices_by_option(r, choices, segment, what, campaign=campaign).items():
                one = filter_responses(r, **{segment: label})
                assert_frame_equal(t, choices_by_option(one, choices, what, campaign=campaign))
        for label, t in grouped_cost_benefit_table(r, roles, segment, campaign=campaign).items():
            one = filter_responses(r, **{segment: label})
            assert_frame_equal(t, cost_benefit_table(one, roles, breakdowns=(None,), campaign=campaign))
