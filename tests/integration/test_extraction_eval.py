"""detente's extraction against bare trafilatura on the shared gold sets (same files, same run).

Goals: on each set detente >= trafilatura on body and strictly better on title and date; on the Kremlin
pages, title and date right for >= 98% of pages. The test scores a fixed subset (every STEP-th page of each
set) to stay within a few minutes on two cores; ``bench/extraction_eval.py`` scores every page.
"""

from __future__ import annotations

import json
import os

import pytest

from detente.extract.evaluate import DATASETS, evaluate, goal_failures
from detente.settings import Settings

STEP = int(os.environ.get("DETENTE_EVAL_STEP", "3"))
STEPS = {"fundus": 1}


@pytest.mark.slow
@pytest.mark.shared
def test_extraction_beats_bare_trafilatura(shared_data: type) -> None:
    root = shared_data.path("data", "extraction").parent.parent  # type: ignore[attr-defined]
    shared_data.path("data", "corpora", "kremlin-en-nato-pages")  # type: ignore[attr-defined]
    report = evaluate(
        list(DATASETS), root, settings=Settings(progress=False), step=STEP, steps=STEPS, workers=2
    )
    print(json.dumps(report, indent=1))
    for name, entry in report["sets"].items():
        assert entry["pages"] > 0, name
    failures = goal_failures(report)
    assert not failures, failures
