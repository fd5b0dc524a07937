"""``detente demo``: a fresh demo database from the sample shipped in the package."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path

from detente.contracts import topic_page
from detente.errors import DetenteError
from detente.pipeline import Ingester
from detente.settings import Settings
from detente.store.db import Database

DEMO_TOPIC = "nato-russia-relations"


def demo_files() -> list[Path]:
    folder = resources.files("detente") / "data" / "demo"
    return sorted(Path(str(folder / name.name)) for name in folder.iterdir() if name.name.endswith(".txt"))


def run_demo(settings: Settings, *, echo: Callable[[str], None]) -> None:
    """Rebuild the demo database from scratch, ingest the sample through the normal pipeline, print it."""
    if "://" not in settings.db:
        for suffix in ("", "-wal", "-shm"):
            Path(settings.db + suffix).unlink(missing_ok=True)
    db = Database.open(settings)
    summary = Ingester(db, settings).run([str(p) for p in demo_files()])
    if summary.failed:
        raise DetenteError(f"demo sample failed to ingest: {[p.line() for p in summary.problems]}")
    with db.read() as conn:
        page = topic_page(conn, DEMO_TOPIC, per_page=50)
    echo(f"# {page['topic']['title']}\n")
    echo(page["topic"]["overview"] + "\n")
    for item in page["items"]:
        echo(f"{item['published']}  {item['title']}")
        echo(f"    {item['teaser']}\n")
    echo(f"demo database: {settings.db}")
