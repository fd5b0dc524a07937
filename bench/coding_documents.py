"""Score the coder on the Kremlin gold set two ways: sentence by sentence through the contract, and as
detente codes pages during ingest (whole documents, the speaker from the site, the sides of a meeting
carried from sentence to sentence). Prints JSON with both reports' headline figures::

    .venv/bin/python bench/coding_documents.py

The gold references (``tests/gold/kremlin-nato.refs.jsonl``) name a page and the SHA-256 of a sentence;
each page is extracted once, coded with :func:`detente.coding.document.code_document`, and the events
of the gold sentences are scored with the same evaluator as ``detente eval coding``. Exits with status 2
when the shared corpus is missing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from detente.coding import evaluate as ev
from detente.coding import gold as g
from detente.coding.document import RecordStream, code_document
from detente.extract.article import extract_article
from detente.ingest.feeds import parse_feed
from detente.model import Article, RawDocument
from detente.settings import Settings
from kremlin_gold import DEFAULT_CORPUS, DEFAULT_REFS, is_feed, materialise, page_urls

HEADLINE = ev.FLOOR_METRICS


def document_predictions(refs: list[dict[str, Any]], corpus: Path) -> dict[str, list[dict[str, Any]]]:
    """Gold id -> the events detente stores for that sentence when it ingests the whole page."""
    settings = Settings()
    urls = page_urls(corpus)
    by_page: dict[str, dict[str, list[dict[str, Any]]]] = {}
    out: dict[str, list[dict[str, Any]]] = {}
    for ref in refs:
        file = ref["file"]
        if is_feed(file):  # an entry of the corpus's feed, named by its URL
            file = f"{file}#{ref.get('url')}"
        if file not in by_page:
            article = _article(corpus, ref, urls.get(ref["file"]), settings)
            events: dict[str, list[dict[str, Any]]] = {}
            if article is not None:
                published = article.published or dt.date.fromisoformat(ref["date"])
                for found in code_document(
                    title=article.title, body=article.body, published=published, url=article.url
                ):
                    if found.field != "body":
                        continue
                    digest = hashlib.sha256(found.sentence.encode("utf-8")).hexdigest()
                    events.setdefault(digest, []).append(found.event)
            by_page[file] = events
        out[ref["id"]] = by_page[file].get(ref["sha256"], [])
    return out


def _article(corpus: Path, ref: dict[str, Any], url: str | None, settings: Settings) -> Article | None:
    """The page (or feed entry) a reference names, as detente reads it during ingest."""
    file = ref["file"]
    if is_feed(file):
        raw = RawDocument(location=file, data=(corpus / file).read_bytes(), url=None)
        for item in parse_feed(raw, settings).items:
            if item.article is not None and item.article.url == ref.get("url"):
                return item.article
        return None
    data = gzip.decompress((corpus / file).read_bytes())
    return extract_article(RawDocument(location=file, data=data, url=url), settings).article


def headline(report: dict[str, Any]) -> dict[str, Any]:
    row = {k: round(report[k], 4) for k in HEADLINE if isinstance(report.get(k), float)}
    aside = report.get("subsets", {}).get("held-aside")
    if aside:
        row["held-aside"] = {k: round(aside[k], 4) for k in HEADLINE if isinstance(aside.get(k), float)}
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--refs", type=Path, default=DEFAULT_REFS)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    if not (args.corpus / "pages.jsonl").is_file():
        print(f"coding_documents: corpus not found at {args.corpus}; pass --corpus", file=sys.stderr)
        return 2
    refs = [json.loads(line) for line in args.refs.read_text(encoding="utf-8").splitlines() if line.strip()]
    records_raw, missing = materialise(refs, args.corpus)
    if missing:
        print(f"coding_documents: {len(missing)} references not found", file=sys.stderr)
        return 1
    records = g.parse_gold_lines([json.dumps(r) for r in records_raw], name="kremlin-nato")
    contract, _ = ev.code_gold(records, RecordStream())
    documents = document_predictions(refs, args.corpus)
    predicted = ev.parse_predictions(json.dumps({"id": rid, "events": evs}) for rid, evs in documents.items())
    reports = {
        "contract": ev.evaluate_gold_set("kremlin-nato", records, contract, aside=g.held_aside),
        "documents": ev.evaluate_gold_set("kremlin-nato", records, predicted, aside=g.held_aside),
    }
    print(json.dumps({"gold": "kremlin-nato", **{k: headline(v) for k, v in reports.items()}}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
