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


# A tiny code frame and answers whose themes were worked out by hand, following the labelling
# conventions of the shared development set (its README): a theme is coded when the answer makes the
# point; negated, dismissed and passing mentions are not; empty answers and off-frame points get none.
THEME_FRAME = [
    {
        "id": "youth",
        "name": "Youth clubs and activities",
        "description": "Youth centres, sport, music and things for young people to do in the evenings.",
        "examples": ["A skate park that stays open late."],
    },
    {
        "id": "police",
        "name": "Visible policing",
        "description": "More police officers and PCSOs patrolling the streets.",
        "examples": ["Officers walking the estate at night."],
    },
    {
        "id": "funding",
        "name": "Long-term funding",
        "description": "Services need sustained, multi-year money rather than short-term grants.",
        "examples": ["Three-year budgets, not annual bids."],
    },
    {
        "id": "jobs",
        "name": "Jobs and apprenticeships",
        "description": "Routes into work, training and apprenticeships for young people.",
        "examples": ["Local firms taking on school leavers."],
    },
]
THEME_ANSWERS = {
    "r01": ("Reopen the youth club and run football in the evenings.", {"youth"}),
    "r02": ("More police on the streets.", {"police"}),
    "r03": ("More police won't help. Open a youth club so the kids have something to do at night.", {"youth"}),
    "r04": ("N/A", set()),
    "r05": ("See above", set()),
    "r06": ("Apprenticeships with local employers, and a youth centre open five nights a week.", {"jobs", "youth"}),
    "r07": ("Charities need money they can count on for several years, not one-off grants.", {"funding"}),
    "r08": ("The weather has been awful this spring.", set()),
    "r09": ("Police patrols are fine as they are; what is missing is apprenticeships for school leavers.", {"jobs"}),
    "r10": ("Don't know", set()),
    "r11": ("No further comments.", set()),
    "r12": ("Bring back police patrols at night.", {"police"}),
}


@pytest.fixture
def theme_frame() -> list[dict]:
    return [dict(t) for t in THEME_FRAME]


@pytest.fixture
def theme_answers() -> tuple[list[str], list[str], list[set[str]]]:
    ids = list(THEME_ANSWERS)
    return ids, [THEME_ANSWERS[i][0] for i in ids], [THEME_ANSWERS[i][1] for i in ids]


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection or resolve a name fails the test."""
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("network touched")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture(scope="session")
def themed_processed(example_raw, example_processed, tmp_path_factory) -> Path:
    """The small example's processed tables with its free text themed (the frame it ships with)."""
    import shutil

    from svanalysis.analysis.themes.workflow import assign_folder

    out = tmp_path_factory.mktemp("themed") / "processed"
    shutil.copytree(example_processed, out)
    assign_folder(out, example_raw / "_manual" / "theme_frame.yaml", out / "no-codes.csv")
    return out


def in_ci() -> bool:
    return bool(os.environ.get("SVANALYSIS_CI") or os.environ.get("CI"))
