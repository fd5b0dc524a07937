"""``detente recode``: code every stored document again after a coder or dictionary change."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from detente.coding.coder import CODER_VERSION
from detente.coding.document import code_document
from detente.store.db import Database
from detente.store.events import replace_events
from detente.store.queries import as_date
from detente.store.schema import documents

log = logging.getLogger(__name__)


@dataclass
class RecodeSummary:
    documents: int = 0
    events: int = 0
    failed: int = 0
    coder_version: str = CODER_VERSION

    def as_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "events": self.events,
            "failed": self.failed,
            "coder_version": self.coder_version,
        }


def recode(db: Database, *, batch: int = 200, progress: Callable[[int], None] | None = None) -> RecodeSummary:
    """Re-code all original documents (duplicates carry no events), one transaction per batch: a crash
    keeps what was committed, and running again finishes the job."""
    summary = RecodeSummary()
    last = 0
    while True:
        with db.read() as conn:
            rows = conn.execute(
                select(
                    documents.c.id,
                    documents.c.title,
                    documents.c.body,
                    documents.c.published,
                    documents.c.url,
                )
                .where(documents.c.id > last, documents.c.duplicate_of.is_(None), documents.c.status == "ok")
                .order_by(documents.c.id)
                .limit(batch)
            ).all()
        if not rows:
            return summary
        coded = []
        for doc_id, title, body, published, url in rows:
            try:
                coded.append(
                    (
                        int(doc_id),
                        code_document(title=title, body=body, published=as_date(published), url=url),
                    )
                )
            except Exception:
                log.exception("coding document %s failed", doc_id)
                summary.failed += 1
        with db.write() as conn:
            for doc_id, events in coded:
                summary.events += replace_events(conn, doc_id, events, coder_version=CODER_VERSION)
        summary.documents += len(coded)
        last = int(rows[-1][0])
        if progress:
            progress(summary.documents)
