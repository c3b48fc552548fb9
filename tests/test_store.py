"""Incremental runs: the batch store keeps each batch's results under the key of everything they
were computed from, so a run redoes exactly the batches whose content or versions changed, and
writes the same bytes as a run from scratch.

Exports here have 60 rows read in batches of 16 (16, 16, 16 and 12 rows); grown to 66 rows, the
first three batches are the same rows, the fourth holds rows 49-64 instead of 49-60, and a fifth
holds rows 65-66: three batches reused, two computed.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from svanalysis.core.settings import load_settings
from svanalysis.ingest import pipeline
from svanalysis.ingest.pipeline import ingest


def _settings(**changes):
    s = load_settings()
    s["ingest"].update(chunk_rows=16, jobs=1)
    for section, values in changes.items():
        s[section].update(values)
    return s


@pytest.fixture(scope="module")
def grown(tmp_path_factory):
    """The same export twice: its first 60 rows, then all 66 (a night's new responses appended)."""
    from svanalysis.synth.responses import write_online_export

    d = tmp_path_factory.mktemp("exports")
    full = write_online_export(d / "full.csv", 66, seed=21)
    df = pd.read_csv(full, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    first, second = d / "first.csv", d / "second.csv"
    df.iloc[:60].to_csv(first, index=False)
    df.to_csv(second, index=False)
    return first, second


def _put(raw, source):
    raw.mkdir(exist_ok=True)
    (raw / "export.csv").write_bytes(source.read_bytes())


def _run(raw, out, settings=None, **kw):
    kw.setdefault("overrides", out.parent / "none.csv")
    return ingest([raw], out, settings or _settings(), **kw)


def _scratch(tmp_path, source, settings=None, **kw):
    raw = tmp_path / "scratch_raw"
    _put(raw, source)
    _run(raw, tmp_path / "scratch", settings, cache=False, **kw)
    return tmp_path / "scratch"


def test_a_grown_export_recomputes_only_its_new_batches(tmp_path, grown, same_outputs):
    first, second = grown
    raw, out = tmp_path / "raw", tmp_path / "processed"
    _put(raw, first)
    one = _run(raw, out)
    assert (one.ledger["run"]["batches_computed"], one.ledger["run"]["batches_reused"]) == (4, 0)
    _put(raw, second)
    two = _run(raw, out)
    assert (two.ledger["run"]["batches_computed"], two.ledger["run"]["batches_reused"]) == (2, 3)
    same_outputs(out, _scratch(tmp_path, second))
    # the old fourth batch is no longer used: gone from the store, which holds this run's five
    assert len(list((tmp_path / ".processed.cache" / "batch").iterdir())) == 5


def test_the_store_beside_the_processed_folder_is_its_owners_alone(tmp_path, grown):
    """It holds each batch's personal data: made readable by its owner only, like the staging folder."""
    import stat

    raw, out = tmp_path / "raw", tmp_path / "processed"
    _put(raw, grown[0])
    _run(raw, out)
    mode = stat.S_IMODE((tmp_path / ".processed.cache").stat().st_mode)
    assert mode == 0o700
    shared = tmp_path / "share"  # a folder given that already exists (a cluster's share) is left as it is
    shared.mkdir(mode=0o755)
    _run(raw, tmp_path / "other", cache=str(shared))
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755 & ~_umask()


def _umask():
    import os

    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_a_run_with_nothing_new_computes_nothing(tmp_path, grown, same_outputs):
    raw, out = tmp_path / "raw", tmp_path / "processed"
    _put(raw, grown[0])
    _run(raw, out)
    again = _run(raw, out)
    assert (again.ledger["run"]["batches_computed"], again.ledger["run"]["batches_reused"]) == (0, 4)
    same_outputs(out, _scratch(tmp_path, grown[0]))


def test_campaign_checks_are_kept_and_a_night_fetches_only_what_is_new(tmp_path, grown, monkeypatch, same_outputs):
    """Campaign resolution keeps its exact checks in the store; a night with new responses reads
    back from the batches fewer texts than the first run did (the checks of old texts are kept),
    and only from the batches holding them; the files are those of a run from scratch."""
    fetched = []
    real = pipeline._parquet_fetch

    def counting(store, parts, part_rows):
        fetch = real(store, parts, part_rows)
        return lambda rows, cols: fetched.append(len(rows)) or fetch(rows, cols)

    monkeypatch.setattr(pipeline, "_parquet_fetch", counting)
    raw, out = tmp_path / "raw", tmp_path / "processed"
    _put(raw, grown[0])
    _run(raw, out)
    first = sum(fetched)
    fetched.clear()
    _put(raw, grown[1])
    _run(raw, out)
    assert (tmp_path / ".processed.cache" / "text" / "campaign-pairs").is_dir()
    assert 0 < first and sum(fetched) < first
    monkeypatch.undo()
    same_outputs(out, _scratch(tmp_path, grown[1]))


def test_a_changed_stance_setting_reuses_every_cleaned_batch(tmp_path, grown, monkeypatch, same_outputs):
    """The review threshold is read after cleaning: no batch is cleaned again, every batch is
    coded again, and the outputs are those of a run from scratch with the new threshold."""
    raw, out = tmp_path / "raw", tmp_path / "processed"
    _put(raw, grown[0])
    _run(raw, out)
    cleaned = []
    real = pipeline.clean
    monkeypatch.setattr(pipeline, "clean", lambda *a, **k: cleaned.append(1) or real(*a, **k))
    stricter = _settings(stance={"review_threshold": 0.95})
    res = _run(raw, out, stricter)
    assert res.ledger["run"]["batches_computed"] == 4 and cleaned == []
    monkeypatch.undo()
    same_outputs(out, _scratch(tmp_path, grown[0], stricter))


def test_a_changed_campaign_threshold_recomputes_no_batch(tmp_path, grown, same_outputs):
    """The campaign similarity is read only when campaigns are resolved, over all batches."""
    raw, out = tmp_path / "raw", tmp_path / "processed"
    _put(raw, grown[0])
    _run(raw, out)
    looser = _settings(campaigns={"similarity": 0.7})
    res = _run(raw, out, looser)
    assert (res.ledger["run"]["batches_computed"], res.ledger["run"]["batches_reused"]) == (0, 4)
    same_outputs(out, _scratch(tmp_path, grown[0], looser))


def test_an_override_redoes_only_the_batch_of_its_response(tmp_path, grown, same_outputs):
    raw, out = tmp_path / "raw", tmp_path / "processed"
    _put(raw, grown[0])
    _run(raw, out)
    r = pd.read_parquet(out / "responses.parquet").set_index("source_row")
    overrides = tmp_path / "overrides.csv"
    overrides.write_text(f"respondent_id,question,stance\n{r.loc[20, 'respondent_id']},q9,Mixed\n")
    res = _run(raw, out, overrides=overrides)
    assert (res.ledger["run"]["batches_computed"], res.ledger["run"]["batches_reused"]) == (1, 3)
    assert res.ledger["totals"]["manual_overrides_applied"] == 1
    same_outputs(out, _scratch(tmp_path, grown[0], overrides=overrides))


def test_a_change_of_code_recomputes_every_batch(tmp_path, grown, monkeypatch):
    raw, out = tmp_path / "raw", tmp_path / "processed"
    _put(raw, grown[0])
    _run(raw, out)
    monkeypatch.setattr(pipeline, "code_version", lambda *packages: "another version of the code")
    res = _run(raw, out)
    assert (res.ledger["run"]["batches_computed"], res.ledger["run"]["batches_reused"]) == (4, 0)


def test_a_change_of_questionnaire_changes_what_cleaning_depends_on(spec):
    import dataclasses

    other = dataclasses.replace(spec, raw={**spec.raw, "title": spec.raw.get("title", "") + " (revised)"})
    a, b = pipeline._Versions(spec, load_settings(), None), pipeline._Versions(other, load_settings(), None)
    assert a.clean != b.clean and a.read != b.read
    assert a.batch == b.batch  # the later steps' own version: cleaning's key already holds the spec


def test_an_entry_left_incomplete_is_computed_again(tmp_path, grown):
    """A run killed while a batch was written leaves files without the entry's ``result.json``,
    written last: the next run does not take them."""
    raw, out = tmp_path / "raw", tmp_path / "processed"
    _put(raw, grown[0])
    _run(raw, out)
    entry = sorted((tmp_path / ".processed.cache" / "batch").iterdir())[0]
    (entry / "result.json").unlink()
    res = _run(raw, out)
    assert (res.ledger["run"]["batches_computed"], res.ledger["run"]["batches_reused"]) == (1, 3)


def test_documents_are_read_once_per_content(tmp_path, monkeypatch, same_outputs):
    """Word forms, letters and emails are read again only when their bytes change."""
    from svanalysis.synth.responses import write_example

    raw, out = tmp_path / "raw", tmp_path / "processed"
    write_example(raw, n=20, seed=5, n_forms=2, n_letters=3)
    _run(raw, out)
    read = []
    real = pipeline.read_file
    monkeypatch.setattr(pipeline, "read_file", lambda path, *a: read.append(path.name) or real(path, *a))
    _run(raw, out)
    assert read == ["online_export.csv"]  # the export is streamed each time; its batches are reused
    letter = next(p for p in sorted(raw.iterdir()) if p.name.startswith("letter_") and p.suffix == ".txt")
    letter.write_text(letter.read_text() + "\nWe would add one thing: fund youth work properly.\n")
    read.clear()
    _run(raw, out)
    assert sorted(read) == sorted(["online_export.csv", letter.name])
    monkeypatch.undo()
    scratch = tmp_path / "scratch"
    ingest([raw], scratch, _settings(), overrides=tmp_path / "none.csv", cache=False)
    same_outputs(out, scratch)


def test_the_store_and_the_inputs_may_be_fsspec_urls(tmp_path, grown, same_outputs):
    """An in-memory filesystem stands for shared storage (s3://, gs://): the export is read from
    it, the batches are kept in it, and the second run takes them from there."""
    import fsspec

    fs = fsspec.filesystem("memory")
    fs.pipe("/svanalysis-test/raw/export.csv", grown[0].read_bytes())
    out = tmp_path / "processed"
    try:
        one = _run("memory://svanalysis-test/raw", out, cache="memory://svanalysis-test/cache")
        two = _run("memory://svanalysis-test/raw", out, cache="memory://svanalysis-test/cache")
        where = one.ledger["files"][0]["path"]
        assert where.startswith("memory://") and where.endswith("/svanalysis-test/raw/export.csv")
        assert (two.ledger["run"]["batches_computed"], two.ledger["run"]["batches_reused"]) == (0, 4)
        assert fs.exists("/svanalysis-test/cache/batch")
    finally:
        fs.rm("/svanalysis-test", recursive=True)
    same_outputs(out, _scratch(tmp_path, grown[0]))


def test_batch_work_reads_only_the_settings_its_key_holds(tmp_path, grown, monkeypatch):
    """Every setting a batch's work reads is part of the key of its entry (else a change of it
    would be missed); those its constructor merely reads are used only after the batches."""
    seen: set[str] = set()

    class Tracking(dict):
        def __init__(self, d, prefix=""):
            super().__init__(d)
            self.prefix = prefix

        def _wrap(self, k, v):
            seen.add(self.prefix + str(k))
            return Tracking(v, f"{self.prefix}{k}.") if isinstance(v, dict) else v

        def __getitem__(self, k):
            return self._wrap(k, super().__getitem__(k))

        def get(self, k, default=None):
            return self._wrap(k, super().get(k, default))

    real = pipeline._work
    monkeypatch.setattr(
        pipeline,
        "_work",
        lambda batch, raw, uv, keys, shared: real(
            batch, raw, uv, keys, {**shared, "settings": Tracking(shared["settings"])}
        ),
    )
    raw = tmp_path / "raw"
    _put(raw, grown[0])
    _run(raw, tmp_path / "processed", cache=False)
    leaves = {k for k in seen if not any(other.startswith(k + ".") for other in seen)}
    keyed = {"matching.", "numbers.", "cleaning.", "stance.", "duplicates.min_answers"}
    keyed |= {f"campaigns.{k}" for k in ("min_words", "shingle_words", "num_perm")}
    resolution_only = {f"campaigns.{k}" for k in ("similarity", "containment", "template_share", "min_size")}
    resolution_only |= {"duplicates.keep"}
    unkeyed = {k for k in leaves if not any(k == x or k.startswith(x) for x in keyed) and k not in resolution_only}
    assert unkeyed == set()
    assert {"stance.review_threshold", "matching.fuzzy_threshold", "campaigns.num_perm"} <= leaves
    versions = json.dumps(sorted(leaves))
    assert "ingest." not in versions
