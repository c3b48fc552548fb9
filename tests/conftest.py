"""Shared fixtures: a small synthetic example ingested once per test session, and figure hygiene."""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pytest

from svanalysis.core.spec import load_spec

# the shared development sets are read where they lie, never copied: <repo>/../shared, or SVANALYSIS_SHARED
SHARED = Path(os.environ.get("SVANALYSIS_SHARED") or Path(__file__).resolve().parents[2] / "shared")
LETTERS_DIR = SHARED / "examples" / "letters"
LETTERS_ORG_DIR = SHARED / "examples" / "letters_org"
STANCE_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="session")
def spec():
    return load_spec()


@pytest.fixture(scope="session")
def example_raw(tmp_path_factory) -> Path:
    """A small synthetic example of every channel (seeded), with its truth."""
    from svanalysis.synth.responses import write_example

    d = tmp_path_factory.mktemp("raw")
    write_example(d, n=150, seed=77, n_forms=4, n_letters=5)
    return d


@pytest.fixture(scope="session")
def example_processed(example_raw, tmp_path_factory) -> Path:
    from svanalysis.ingest.pipeline import ingest

    out = tmp_path_factory.mktemp("processed")
    ingest([example_raw], out, overrides=out / "no-overrides.csv")
    return out


def _same_outputs(a: Path, b: Path) -> None:
    """Every table of two processed folders the same, byte for byte; the data-quality summary, the
    rejects and the ledger's account of the files and totals the same (its times and how the run
    went may differ)."""
    import json

    from svanalysis.core.processed import TABLES

    for name in TABLES:
        assert (a / f"{name}.parquet").read_bytes() == (b / f"{name}.parquet").read_bytes(), name
    for name in ("rejects.csv", "data_quality.json"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    la, lb = (json.loads((x / "ledger.json").read_text()) for x in (a, b))
    assert la["totals"] == lb["totals"]
    assert [{**f, "path": None} for f in la["files"]] == [{**f, "path": None} for f in lb["files"]]


@pytest.fixture
def same_outputs():
    """``same_outputs(a, b)`` asserts two processed folders hold the same outputs."""
    return _same_outputs


def in_ci() -> bool:
    return bool(os.environ.get("SVANALYSIS_CI") or os.environ.get("CI"))
