"""The model loads from the installed wheel and nothing touches the network."""

from __future__ import annotations

import svanalysis.analysis.themes._embed as emb


def test_model_loads_offline_from_the_wheel(no_network):
    emb.load_model.cache_clear()
    model = emb.load_model()
    assert model.vectors.shape == (32000, 256)
    assert "l2_supercat_256" in model.name


def test_assign_runs_offline(no_network):
    from svanalysis.analysis.themes.assign import assign

    out = assign(
        ["More police on the streets."],
        ["a"],
        [{"id": "p", "name": "Visible policing"}, {"id": "y", "name": "Youth clubs"}],
    )
    assert out["theme"].tolist() == ["p"]


def test_loading_leaves_the_root_logger_alone():
    import logging

    root = logging.getLogger()
    before = list(root.handlers)
    emb.load_model.cache_clear()
    emb.load_model()
    assert root.handlers == before
