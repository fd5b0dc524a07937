"""bench/coding_pools.py: the pools are disjoint where they must be, and a pool that cannot be built is
reported, not a crash."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "coding_pools.py"


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("coding_pools", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("coding_pools", module)
    spec.loader.exec_module(module)
    return module


def test_written_pools_do_not_share_records(tmp_path: Path) -> None:
    cp = _module()
    pools = cp.Pools(tmp_path / "no-shared", tmp_path / "cache")
    never = {r.id for r in pools.never_read()}
    read = {r.id for r in pools.read()}
    assert never and read and not never & read
    a, b = pools.variants(False), pools.variants(True)
    assert a and b and not {r.id for r in a} & {r.id for r in b}


def test_missing_shared_folder_is_reported_per_pool(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cp = _module()
    code = cp.main(
        ["--shared", str(tmp_path / "absent"), "--cache", str(tmp_path / "c"), "kremlin-B", "seed", "nope"]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert "Kremlin corpus not found" in out["kremlin-B"]["skipped"]
    assert "seed gold not found" in out["seed"]["skipped"]
    assert "no gold set 'nope'" in out["nope"]["skipped"]


def test_a_written_set_is_scored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cp = _module()
    assert cp.main(["--shared", str(tmp_path), "--triples", "capitals-style"]) == 0
    row = json.loads(capsys.readouterr().out)["capitals-style"]
    assert row["records"] > 0 and 0.0 <= row["triple_f1"] <= 1.0 and "triple_recall" in row


def test_kremlin_pages_split_by_page(shared_data, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    corpus = shared_data.path("data", "corpora", "kremlin-en-nato-pages")
    cp = _module()
    pools = cp.Pools(corpus.parents[2], tmp_path)
    files = pools.ref_files("kremlin-nato-2")
    pages_b = {files[r.id] for r in pools.by_page("kremlin-nato-2", True)}
    pages_a = {files[r.id] for r in pools.by_page("kremlin-nato-2", False)}
    assert pages_b and pages_a and not pages_a & pages_b
