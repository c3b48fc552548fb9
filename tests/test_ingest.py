"""Ingest: the data contract, nothing lost, and the example's truth recovered field by field."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from svanalysis.ingest.pipeline import EXIT_REJECTS, discover, ingest

CONTRACT = [
    "respondent_id",
    "channel",
    "source_file",
    "source_row",
    "source_id",
    "respondent_type",
    "duplicate_of",
    "campaign_id",
    "q1_sector",
    "q1_sector_other",
    "q2_partnership",
    "q2_partnership_detail",
    "q3_region",
    "q5_current_activity",
    "q6_2_fte",
    "q6_2_volunteer_hours_per_year",
    "q6_4_other_costs_gbp",
    "q6_4_other_costs_text",
    "q7_text",
    "q8_vision",
    "q8_vision_text",
    "q8_vision_method",
    "q9_option_one",
    "q10_schedule6",
    "q11_option_two",
    "q12_csp_partners",
    "q13_option_three",
    "q13_option_three_text",
    "q13_option_three_method",
    "q14_text",
    "q15_fte",
    "q15_volunteer_hours_per_year",
    "q17_other_costs_gbp",
    "q17_other_costs_text",
    "q20_fte",
    "q20_volunteer_hours_per_year",
    "q22_other_costs_gbp",
    "q22_other_costs_text",
    "q25_fte",
    "q25_volunteer_hours_per_year",
    "q27_other_costs_gbp",
    "q27_other_costs_text",
    "q30_text",
    "q31_text",
]


def test_processed_files_of_the_contract(example_processed):
    for name in (
        "responses.parquet",
        "choices.parquet",
        "role_fte.parquet",
        "pii.parquet",
        "rejects.csv",
        "ledger.json",
        "cleaning_log.parquet",
    ):
        assert (example_processed / name).exists(), name
    r = pd.read_parquet(example_processed / "responses.parquet")
    assert [c for c in CONTRACT if c not in r.columns] == []
    assert list(pd.read_parquet(example_processed / "choices.parquet").columns)[:4] == [
        "respondent_id",
        "question",
        "choice",
        "other_text",
    ]
    assert list(pd.read_parquet(example_processed / "role_fte.parquet").columns)[:4] == [
        "respondent_id",
        "question",
        "role",
        "fte",
    ]
    assert list(pd.read_csv(example_processed / "rejects.csv").columns) == ["source_file", "source_row", "reason"]
    assert list(pd.read_parquet(example_processed / "cleaning_log.parquet").columns) == [
        "respondent_id",
        "field",
        "raw",
        "clean",
        "rule",
    ]


def test_categoricals_carry_the_questionnaire_labels(example_processed, spec):
    r = pd.read_parquet(example_processed / "responses.parquet")
    assert list(r["q1_sector"].cat.categories) == spec.sectors and r["q1_sector"].cat.ordered
    assert list(r["q3_region"].cat.categories) == spec.regions
    assert list(r["q9_option_one"].cat.categories) == ["Yes", "No", "Mixed", "Unclear"]
    assert set(r["channel"].astype(str)) == {"online", "word_form", "letter"}


def test_every_row_is_a_response_or_a_reject(example_raw, example_processed):
    ledger = json.loads((example_processed / "ledger.json").read_text())
    r = pd.read_parquet(example_processed / "responses.parquet")
    rejects = pd.read_csv(example_processed / "rejects.csv")
    for f in ledger["files"]:
        got = int((r["source_file"] == f["file"]).sum())
        rej = int((rejects["source_file"] == f["file"]).sum())
        assert f["rows_read"] == got + rej == f["responses"] + f["rejected"], f["file"]
    online = pd.read_csv(example_raw / "online_export.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert ledger["files"][-1]["file"] or True
    online_entry = next(f for f in ledger["files"] if f["file"] == "online_export.csv")
    assert online_entry["rows_read"] == len(online)
    assert all(reason.startswith("row ") for reason in rejects["reason"])


def test_respondent_ids_are_stable(example_raw, tmp_path, example_processed):
    again = ingest([example_raw], tmp_path / "again", overrides=tmp_path / "none.csv")
    a = pd.read_parquet(example_processed / "responses.parquet")["respondent_id"]
    assert list(again.tables["responses"]["respondent_id"]) == list(a)
    assert a.is_unique


def _truth(example_raw, name):
    t = pd.read_csv(example_raw / "_truth" / f"{name}.responses.csv", dtype=str, keep_default_na=False)
    t["source_row"] = t["source_row"].astype(int)
    return t[t["empty"] != "True"]


@pytest.mark.parametrize(
    "column",
    [
        "respondent_type",
        "q1_sector",
        "q2_partnership",
        "q3_region",
        "q5_current_activity",
        "q8_vision",
        "q9_option_one",
        "q10_schedule6",
        "q11_option_two",
        "q12_csp_partners",
        "q13_option_three",
    ],
)
def test_online_labels_equal_truth(example_raw, example_processed, column):
    t = _truth(example_raw, "online_export")
    r = pd.read_parquet(example_processed / "responses.parquet")
    m = t.merge(r, on=["source_file", "source_row"], suffixes=("_t", ""))
    expected = m[column + "_t"].replace("", np.nan)
    if column == "q3_region":
        expected = expected.fillna(m["q3_region_inferred"].replace("", np.nan))
    got = m[column].astype("object")
    answered = expected.notna()
    agree = (expected[answered] == got[answered]).mean()
    assert agree >= 0.98, f"{column}: {agree:.1%}"
    assert got[~answered].isna().all()


@pytest.mark.parametrize(
    "column",
    [
        "q6_2_fte",
        "q6_2_volunteer_hours_per_year",
        "q6_4_other_costs_gbp",
        "q15_fte",
        "q15_fte_low",
        "q15_fte_high",
        "q17_other_costs_gbp",
        "q20_volunteer_hours_per_year",
        "q27_other_costs_gbp",
    ],
)
def test_online_numbers_equal_truth(example_raw, example_processed, column):
    t = _truth(example_raw, "online_export")
    r = pd.read_parquet(example_processed / "responses.parquet")
    m = t.merge(r, on=["source_file", "source_row"], suffixes=("_t", ""))
    expected = pd.to_numeric(m[column + "_t"], errors="coerce")
    got = pd.to_numeric(m[column], errors="coerce")
    answered = expected.notna()
    assert np.isclose(expected[answered], got[answered]).mean() >= 0.98
    assert got[~answered].isna().all()


def test_duplicates_and_campaigns_found(example_raw, example_processed):
    t = _truth(example_raw, "online_export")
    r = pd.read_parquet(example_processed / "responses.parquet")
    m = t.merge(r, on=["source_file", "source_row"])
    truth_dup = m["duplicate_of_row"] != ""
    assert truth_dup.sum() >= 1
    assert (m["duplicate_of"].notna() == truth_dup).all()
    ids = dict(zip(r["respondent_id"], r["source_row"], strict=True))
    kept_rows = m.loc[truth_dup, "duplicate_of"].map(ids)
    assert (kept_rows.astype(int) == m.loc[truth_dup, "duplicate_of_row"].astype(float).astype(int)).all()
    camp = m["campaign"] == "True"
    assert (m.loc[camp, "campaign_id"].notna()).mean() >= 0.9
    assert m.loc[~camp & m["duplicate_of"].isna(), "campaign_id"].isna().mean() >= 0.98


def test_personal_data_only_in_pii(example_processed):
    pii = pd.read_parquet(example_processed / "pii.parquet")
    r = pd.read_parquet(example_processed / "responses.parquet")
    assert pii["email"].notna().sum() > 50
    text = " ".join(r.select_dtypes(include=["string", "object"]).astype(str).fillna("").to_numpy().ravel())
    for email in pii["email"].dropna().head(50):
        assert email not in text
    for pc in pii["postcode"].dropna().head(50):
        assert pc not in text
    for name in pii["full_name"].dropna().head(50):
        assert name not in text


def test_bad_file_is_rejected_and_others_go_on(tmp_path):
    from svanalysis.synth.responses import write_online_export

    raw = tmp_path / "raw"
    write_online_export(raw / "good.csv", 20, seed=4)
    (raw / "notes.csv").write_text("colour,shape\nred,square\n", encoding="utf-8")
    (raw / "locked.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    (raw / "image.png").write_bytes(b"\x89PNG")
    res = ingest([raw], tmp_path / "out", overrides=tmp_path / "none.csv")
    assert res.exit_code == EXIT_REJECTS
    reasons = dict(zip(res.rejects["source_file"], res.rejects["reason"], strict=True))
    assert reasons["notes.csv"] == "notes.csv: not a recognised export: no column matches the questionnaire"
    assert reasons["locked.xlsx"].startswith("locked.xlsx: file is password protected")
    assert "not a file type" in reasons["image.png"]
    assert res.ledger["totals"]["responses"] >= 19


def test_discover_skips_truth_and_readme(example_raw):
    names = {p.name for p in discover([example_raw])}
    assert "online_export.csv" in names
    assert not any(n.endswith(".responses.csv") for n in names)
    assert "README.md" not in names


def test_missing_input_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="nope: no such file or folder"):
        ingest([tmp_path / "nope"], tmp_path / "out")


def test_outputs_are_replaced_whole(tmp_path, monkeypatch):
    """A crash while writing leaves the previous outputs, not half-written ones."""
    from svanalysis.ingest import pipeline as ingest_mod
    from svanalysis.synth.responses import write_online_export

    raw = tmp_path / "raw"
    write_online_export(raw / "a.csv", 15, seed=8)
    out = tmp_path / "out"
    ingest([raw], out, overrides=tmp_path / "none.csv")
    before = (out / "responses.parquet").read_bytes()
    write_online_export(raw / "a.csv", 25, seed=9)

    def boom(obj, target):
        raise OSError("disk full")

    monkeypatch.setattr(ingest_mod, "write_json", boom)
    with pytest.raises(OSError, match="disk full"):
        ingest([raw], out, overrides=tmp_path / "none.csv")
    assert (out / "responses.parquet").read_bytes() == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def _sorted(df: pd.DataFrame) -> pd.DataFrame:
    return df.astype("string").sort_values(list(df.columns)).reset_index(drop=True)


def test_batches_give_the_same_tables_as_one_pass(example_raw, example_processed, tmp_path, monkeypatch, same_outputs):
    """Cleaning in batches of 16 rows changes nothing: ids, duplicates and campaigns found across
    batches, every table (byte for byte: row groups do not follow the batches), the data-quality
    tallies and the ledger are those of a single pass."""
    from svanalysis.core.settings import load_settings
    from svanalysis.ingest import pipeline as ingest_mod

    sizes = []
    real_respondent_ids = ingest_mod._Batches._respondent_ids
    monkeypatch.setattr(
        ingest_mod._Batches,
        "_respondent_ids",
        lambda self, raw: sizes.append(len(raw)) or real_respondent_ids(self, raw),
    )
    settings = load_settings()
    settings["ingest"].update(chunk_rows=16, jobs=1)
    res = ingest([example_raw], tmp_path / "batched", settings, overrides=tmp_path / "none.csv", cache=False)
    one = json.loads((example_processed / "ledger.json").read_text())
    n = one["totals"]["responses"]
    assert len(sizes) >= n // 16 and max(sizes) <= 16 and sum(sizes) == n
    whole = pd.read_parquet(example_processed / "responses.parquet")
    assert whole["duplicate_of"].notna().sum() >= 1 and whole["campaign_id"].notna().sum() >= 3
    pd.testing.assert_frame_equal(res.tables["responses"], whole)
    same_outputs(tmp_path / "batched", example_processed)
    assert res.ledger["run"]["executor"] == {"where": "this process", "workers": 1}


@pytest.mark.slow
@pytest.mark.cluster
def test_a_local_cluster_of_two_workers_writes_the_same_bytes(
    example_raw, example_processed, tmp_path, monkeypatch, same_outputs
):
    """Batches of 40 rows on a local Dask cluster of two worker processes give the same files,
    byte for byte, as one pass in this process."""
    from svanalysis.core.settings import load_settings
    from svanalysis.ingest.executor import Executor

    started = []
    real_start = Executor.start
    monkeypatch.setattr(Executor, "start", lambda self: started.append(self.jobs) or real_start(self))
    settings = load_settings()
    settings["ingest"].update(chunk_rows=40, jobs=2, cluster_min_mb=0)
    res = ingest([example_raw], tmp_path / "cluster", settings, overrides=tmp_path / "none.csv", cache=False)
    assert started == [2] and res.ledger["run"]["executor"] == {"where": "local cluster", "workers": 2}
    assert res.ledger["run"]["batches_computed"] >= 4
    same_outputs(tmp_path / "cluster", example_processed)


def test_an_input_below_the_cluster_size_runs_in_this_process(
    example_raw, example_processed, tmp_path, monkeypatch, same_outputs
):
    """Two workers asked for, several batches, but an input under ``ingest.cluster_min_mb``: no
    cluster starts, and the files are the same."""
    from svanalysis.core.settings import load_settings
    from svanalysis.ingest.executor import Executor

    size_mb = sum(p.stat().st_size for p in example_raw.rglob("*") if p.is_file()) / 2**20
    started = []
    monkeypatch.setattr(Executor, "start", lambda self: started.append(self.jobs))
    settings = load_settings()
    settings["ingest"].update(chunk_rows=40, jobs=2, cluster_min_mb=size_mb * 2)
    res = ingest([example_raw], tmp_path / "here", settings, overrides=tmp_path / "none.csv", cache=False)
    assert started == [] and res.ledger["run"]["executor"] == {"where": "this process", "workers": 1}
    assert res.ledger["run"]["batches_computed"] >= 4
    same_outputs(tmp_path / "here", example_processed)


def test_no_staging_files_left_behind(example_processed):
    assert not [p.name for p in example_processed.iterdir() if p.name.startswith(".")]


def test_a_run_stopped_just_after_its_staging_folder_is_made_removes_it(tmp_path, monkeypatch):
    """A SIGTERM that landed between making the staging folder and entering the block that removes
    it left the folder (which holds personal data) behind; seen once in the terminated-ingest CLI
    test on a loaded machine. Here the stop is raised by the mkdir itself, once the folder exists."""
    import os

    from svanalysis.synth.responses import write_online_export

    write_online_export(tmp_path / "raw" / "x.csv", 20, seed=2)
    real_mkdir = os.mkdir

    def mkdir_then_stop(path, *args, **kwargs):
        real_mkdir(path, *args, **kwargs)
        if ".p.staging-" in os.fspath(path):
            raise SystemExit(143)

    monkeypatch.setattr(os, "mkdir", mkdir_then_stop)
    with pytest.raises(SystemExit):
        ingest([tmp_path / "raw"], tmp_path / "p", overrides=tmp_path / "none.csv")
    monkeypatch.undo()
    assert not list(tmp_path.glob(".p.staging-*"))


@pytest.mark.slow
@pytest.mark.cluster
def test_an_existing_cluster_given_by_its_address_writes_the_same_bytes(
    example_raw, example_processed, tmp_path, same_outputs
):
    """``scheduler=ADDRESS`` (``--scheduler``): the batches run on a cluster this run did not
    start (here a local one standing for a department's), the store on storage its workers reach,
    and the files are the same bytes as one pass in this process; the cluster is left running."""
    from distributed import Client, LocalCluster

    from svanalysis.core.settings import load_settings

    settings = load_settings()
    settings["ingest"].update(chunk_rows=40)
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=":0") as c,
        Client(c) as client,
    ):
        res = ingest(
            [example_raw],
            tmp_path / "remote",
            settings,
            overrides=tmp_path / "none.csv",
            cache=str(tmp_path / "shared-store"),
            scheduler=c.scheduler_address,
        )
        assert res.ledger["run"]["executor"] == {"where": c.scheduler_address, "workers": None}
        assert len(client.scheduler_info()["workers"]) == 2  # still running
    assert res.ledger["run"]["batches_computed"] >= 4
    same_outputs(tmp_path / "remote", example_processed)


# ---------------------------------------------------------------------------- memory of a run
def _export_with_blank_rows(tmp_path, blank, n=20, seed=5):
    """An export of ``n`` responses whose rows ``blank`` (1-based) hold nothing but a response id."""
    from svanalysis.synth.responses import write_online_export

    raw = tmp_path / "raw"
    path = write_online_export(raw / "export.csv", n, seed=seed)
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    df.iloc[[r - 1 for r in blank], 1:] = ""
    df.to_csv(path, index=False)
    return raw


def _settings_of(**ingest_options):
    from svanalysis.core.settings import load_settings

    s = load_settings()
    s["ingest"].update(ingest_options)
    return s


def test_each_chunk_of_an_export_is_a_batch_of_its_own(tmp_path, monkeypatch):
    """Chunks of 10 rows of a 20-row export whose rows 4-13 are blank: the first chunk keeps 3
    rows, the second 7, and each is a batch (handed over once nothing in the reading holds it),
    though together they would fit in one."""
    from svanalysis.ingest import pipeline

    raw = _export_with_blank_rows(tmp_path, range(4, 14))
    sizes = []
    real = pipeline._Batches._respondent_ids
    monkeypatch.setattr(pipeline._Batches, "_respondent_ids", lambda self, r: sizes.append(len(r)) or real(self, r))
    res = ingest([raw], tmp_path / "out", _settings_of(chunk_rows=10, jobs=1), overrides=tmp_path / "none.csv")
    assert sizes == [3, 7]
    assert res.ledger["run"]["batches"] == 2 and res.ledger["totals"]["responses"] == 10


def test_a_batchs_rows_are_freed_once_cleaned(tmp_path, monkeypatch):
    """In this process, nothing but the batch's work holds its rows, and that lets go of them once
    they are cleaned: when stances are coded, the rows cleaned are gone (three batches of 10)."""
    import gc
    import weakref

    from svanalysis.ingest import pipeline

    raw = _export_with_blank_rows(tmp_path, [])
    rows, alive = [], []
    real_clean, real_code = pipeline.clean, pipeline.code_stances

    def clean(r, *a, **k):
        rows.append(weakref.ref(r))
        return real_clean(r, *a, **k)

    def code(*a, **k):
        gc.collect()
        alive.append(rows[-1]() is not None)
        return real_code(*a, **k)

    monkeypatch.setattr(pipeline, "clean", clean)
    monkeypatch.setattr(pipeline, "code_stances", code)
    ingest([raw], tmp_path / "out", _settings_of(chunk_rows=7, jobs=1), overrides=tmp_path / "none.csv", cache=False)
    assert alive == [False, False, False]


def test_arrow_memory_comes_from_jemalloc_while_ingest_runs_and_the_pool_is_put_back(tmp_path, monkeypatch):
    """Where pyarrow has jemalloc (its Linux and macOS wheels), a batch's work allocates from it;
    after the run the default pool is the one there was before."""
    import pyarrow as pa

    from svanalysis.ingest import pipeline

    try:
        pa.jemalloc_memory_pool()
    except NotImplementedError:
        pytest.skip("this pyarrow has no jemalloc")
    before = pa.default_memory_pool().backend_name
    seen = []
    real = pipeline.clean
    monkeypatch.setattr(
        pipeline, "clean", lambda *a, **k: seen.append(pa.default_memory_pool().backend_name) or real(*a, **k)
    )
    ingest([_export_with_blank_rows(tmp_path, [])], tmp_path / "out", overrides=tmp_path / "none.csv", cache=False)
    assert seen == ["jemalloc"]
    assert pa.default_memory_pool().backend_name == before


def test_a_row_group_is_written_from_the_parts_it_spans_column_by_column(tmp_path):
    """The first 5 rows of parts of 3 and 4 rows: one row group of 5 rows whose columns are each
    one piece (the bytes of writing the 5 rows combined), and the 2 rows left returned."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from svanalysis.ingest.pipeline import _write_rows

    schema = pa.schema([("n", pa.int64()), ("t", pa.string())])
    held = [
        pa.table({"n": [1, 2, 3], "t": ["a", "b", None]}, schema=schema),
        pa.table({"n": [4, 5, 6, 7], "t": ["d", "e", "f", "g"]}, schema=schema),
    ]
    with pq.ParquetWriter(tmp_path / "a.parquet", schema) as w:
        rest = _write_rows(w, held, 5, schema)
    assert held == []
    assert rest.to_pydict() == {"n": [6, 7], "t": ["f", "g"]}
    got = pq.ParquetFile(tmp_path / "a.parquet")
    assert got.metadata.num_row_groups == 1
    assert got.read().to_pydict() == {"n": [1, 2, 3, 4, 5], "t": ["a", "b", None, "d", "e"]}
    whole = pa.table({"n": [1, 2, 3, 4, 5], "t": ["a", "b", None, "d", "e"]}, schema=schema)
    with pq.ParquetWriter(tmp_path / "b.parquet", schema) as w:
        w.write_table(whole, row_group_size=65_536)
    assert (tmp_path / "a.parquet").read_bytes() == (tmp_path / "b.parquet").read_bytes()


def test_a_letters_possible_view_is_listed_uncoded_and_counted_apart(tmp_path):
    # round 49: a flip-guarded leaning whose sentence holds no view to the classifier, on Option One reached by a
    # description only, leaves Q9 missing; its coding row (stance missing, for review) is counted apart in the ledger
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "letter.txt").write_text(
        "Dear Sir or Madam,\n\nWe run refuge places and outreach for women and their children in Sandwell.\n\n"
        'By confining the duty to serious violence "within the scope of the Serious Violence Strategy", the paper '
        "deliberately leaves out domestic abuse.\n\nYours faithfully,\n\nMargaret Oduya\n",
        encoding="utf-8",
    )
    res = ingest([raw], tmp_path / "out", overrides=tmp_path / "none.csv")
    coding = pd.read_parquet(tmp_path / "out" / "coding.parquet")
    responses = pd.read_parquet(tmp_path / "out" / "responses.parquet")
    assert coding[["question", "needs_review"]].values.tolist() == [["q9", True]] and coding["stance"].isna().all()
    assert responses["q9_option_one"].isna().all()
    totals = res.ledger["totals"]
    assert (totals["stances_possible_views"], totals["stances_coded_from_text"], totals["stances_needing_review"]) == (
        1,
        0,
        0,
    )
