"""Score detente's article extraction against bare trafilatura on the shared gold sets.

Prints one JSON object: per set, the figures of both systems, the goals that fail (if any) and the runtime.

    .venv/bin/python bench/extraction_eval.py                 # every page of every set, 2 processes
    .venv/bin/python bench/extraction_eval.py --step 3        # every 3rd page (what the test runs)
    .venv/bin/python bench/extraction_eval.py --sets fundus --misses   # with the pages each system missed
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from detente.extract.evaluate import DATASETS, evaluate, goal_failures
from detente.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--shared", type=Path, default=Path(os.environ.get("DETENTE_SHARED", ROOT.parent / "shared"))
    )
    parser.add_argument("--sets", nargs="*", default=list(DATASETS), choices=list(DATASETS))
    parser.add_argument("--step", type=int, default=1, help="score every N-th page (deterministic subset)")
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--misses", action="store_true", help="list the pages each system got wrong")
    args = parser.parse_args(argv)
    if not args.shared.is_dir():
        print(json.dumps({"error": f"shared data not found: {args.shared}"}))
        return 2
    report = evaluate(
        args.sets,
        args.shared,
        settings=Settings(progress=False),
        step=args.step,
        workers=args.workers,
        keep_misses=args.misses,
    )
    report["goal_failures"] = goal_failures(report)
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
