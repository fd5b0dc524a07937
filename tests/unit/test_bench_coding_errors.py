"""bench/coding_errors.py: error kinds are told apart, role errors are counted on same-type pairs, and the
pools kept unread are never shown sentence by sentence."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from detente.coding.gold import CodedEvent, GoldRecord
from detente.coding.ontology import EventType

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _module() -> ModuleType:
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("coding_errors", BENCH / "coding_errors.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_error_kinds() -> None:
    ce = _module()
    a, b, c = EventType.ACCUSE, EventType.SUPPORT, EventType.CONSULT
    assert ce.kind(frozenset({a}), frozenset({a})) is None
    assert ce.kind(frozenset({a}), frozenset()) == "missed"
    assert ce.kind(frozenset(), frozenset({a})) == "spurious"
    assert ce.kind(frozenset({a, b}), frozenset({a})) == "subset"
    assert ce.kind(frozenset({a}), frozenset({a, b})) == "superset"
    assert ce.kind(frozenset({a, b}), frozenset({a, c})) == "other"


def test_analyse_counts_types_and_roles() -> None:
    ce = _module()
    gold = [
        GoldRecord(
            "r1",
            "Moscow accused NATO of provocations.",
            None,
            (CodedEvent(EventType.ACCUSE, source=("RUS",), target=("NATO",)),),
        ),
        GoldRecord("r2", "The talks were held in Geneva.", None, ()),
    ]
    predicted = {
        "r1": [CodedEvent(EventType.ACCUSE, source=("RUS",))],
        "r2": [CodedEvent(EventType.CONSULT, source=("CHE",))],
    }
    report = ce.analyse(gold, predicted)
    assert report["kinds"] == {"exact": 1, "spurious": 1}
    assert report["types"]["ACCUSE"] == {"tp": 1, "triple_fn": 1, "triple_fp": 1}
    assert report["types"]["CONSULT"]["fp"] == 1
    assert report["roles"] == {"source": {"exact": 1}, "target": {"empty": 1}}
    shown = ce.show(gold, predicted, "ANY", "target-empty", 5)
    assert [r["id"] for r in shown] == ["r1"]


def test_unread_pools_are_not_shown(capsys: pytest.CaptureFixture[str]) -> None:
    ce = _module()
    with pytest.raises(SystemExit) as exc:
        ce.main(["never-read", "--show", "ACCUSE", "fn", "3"])
    assert exc.value.code == 2
    assert "kept unread" in capsys.readouterr().err


def test_missing_pool_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ce = _module()
    code = ce.main(["kremlin-A", "--shared", str(tmp_path / "nothing"), "--cache", str(tmp_path)])
    assert code == 2
    assert "Kremlin corpus not found" in capsys.readouterr().err
