"""bench/type_model.py (the session-34 experiment): the pure-Python classifier learns a separable toy set,
its features are words and word pairs, and the pools kept unread are refused."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _module() -> ModuleType:
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("type_model", BENCH / "type_model.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_features_are_words_pairs_and_a_bias() -> None:
    tm = _module()
    assert tm.features("Talks in 2024 went well") == sorted(
        ["talks", "in", "0", "went", "well", "talks in", "in 0", "0 went", "went well", "<bias>"]
    )
    assert tm.features("") == ["<bias>"]


def test_a_separable_toy_set_is_learnt() -> None:
    tm = _module()
    texts = [f"the two sides held talks number {i}" for i in range(6)]
    texts += [f"troops were sent to the border number {i}" for i in range(6)]
    labels = [{"CONSULT"}] * 6 + [{"MOBILIZE"}] * 6
    weights = tm.train([tm.features(t) for t in texts], labels, epochs=20)
    talks = tm.probabilities(weights, "the two sides held talks")
    troops = tm.probabilities(weights, "troops were sent to the border")
    assert talks["CONSULT"] > 0.5 > talks["MOBILIZE"]
    assert troops["MOBILIZE"] > 0.5 > troops["CONSULT"]


def test_unread_pools_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    tm = _module()
    for spec in (["never-read"], ["kremlin-A+news-B"]):
        with pytest.raises(SystemExit) as exit_info:
            tm.main(spec)
        assert exit_info.value.code == 2
        assert "pools kept unread" in capsys.readouterr().err
