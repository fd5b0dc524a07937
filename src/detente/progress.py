"""A rich progress display for long ingest runs (shown only on a terminal)."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from detente.model import Outcome
from detente.pipeline import Listener


@contextmanager
def progress_listener(*, enabled: bool) -> Iterator[Listener | None]:
    """A listener that counts items per outcome on a live line; ``None`` when not on a terminal."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    counts: Counter[str] = Counter()
    console = Console(stderr=True)
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("ingesting", total=None)

        def listener(label: str, outcome: Outcome) -> None:
            counts[outcome.value] += 1
            done = sum(counts.values())
            parts = ", ".join(f"{n} {name}" for name, n in sorted(counts.items()))
            bar.update(task, description=f"{done} items ({parts}) - {label[-60:]}")

        yield listener
