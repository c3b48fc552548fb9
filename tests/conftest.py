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


def in_ci() -> bool:
    return bool(os.environ.get("SVANALYSIS_CI") or os.environ.get("CI"))
