"""Materialise the Kremlin NATO-Russia development gold set from its references.

``tests/gold/kremlin-nato.refs.jsonl`` holds hand-coded records without their text: each names a page
(``file``, relative to the corpus folder, or
``data/...`` for a page elsewhere in the shared folder, with its ``url``) and the SHA-256 of one sentence. This script re-extracts every
page with detente's own extractor and sentence splitter, finds the sentence by its hash and writes the
records in the normal gold format (``"text"`` in place of ``file``/``sha256``)::

    .venv/bin/python bench/kremlin_gold.py /tmp/kremlin-nato.gold.jsonl
    .venv/bin/detente eval coding /tmp/kremlin-nato.gold.jsonl

A reference whose ``file`` is a feed of the corpus (``feeds/*.xml``, the Kremlin's own Atom feed with the
full text of each entry) names the entry by its ``url``; the entry's text is read with detente's feed
parser (``detente.ingest.feeds.parse_feed``) and split the same way.

Without a path the records go to stdout. The corpus is read from
``../shared/data/corpora/kremlin-en-nato-pages`` (override with ``--corpus``); the script exits with
status 2 when it is missing, and with status 1 when any reference is not found.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from pathlib import Path

from detente.coding.text import split_sentences
from detente.extract.article import extract_article
from detente.ingest.feeds import parse_feed
from detente.model import RawDocument
from detente.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REFS = ROOT / "tests" / "gold" / "kremlin-nato.refs.jsonl"
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpora" / "kremlin-en-nato-pages"


def page_urls(corpus: Path) -> dict[str, str]:
    """``file`` -> page URL, from the corpus's ``pages.jsonl``."""
    urls: dict[str, str] = {}
    with (corpus / "pages.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                page = json.loads(line)
                urls[page["file"]] = page["url"]
    return urls


def page_path(corpus: Path, file: str) -> Path:
    """Where a reference's page is: ``data/...`` names any file of the shared folder (news pages of the
    extraction sets), anything else a page of the Kremlin corpus."""
    if file.startswith("data/"):
        return corpus.parents[2] / file
    return corpus / file


def page_sentences(corpus: Path, file: str, url: str | None, settings: Settings) -> dict[str, str]:
    """SHA-256 hex -> sentence text for the body of one page, as detente extracts and splits it."""
    data = gzip.decompress(page_path(corpus, file).read_bytes())
    result = extract_article(RawDocument(location=file, data=data, url=url), settings)
    if result.article is None:
        return {}
    return {
        hashlib.sha256(s.text.encode("utf-8")).hexdigest(): s.text
        for s in split_sentences(result.article.body)
    }


def is_feed(file: str) -> bool:
    """The reference names an entry of one of the corpus's feeds rather than a page."""
    return file.startswith("feeds/") and file.endswith(".xml")


def feed_sentences(corpus: Path, file: str, url: str | None, settings: Settings) -> dict[str, str]:
    """SHA-256 hex -> sentence text for the feed entry at ``url``, as detente parses and splits it."""
    if url is None:
        return {}
    parsed = parse_feed(RawDocument(location=file, data=(corpus / file).read_bytes(), url=None), settings)
    for item in parsed.items:
        if item.article is not None and item.article.url == url:
            return {
                hashlib.sha256(s.text.encode("utf-8")).hexdigest(): s.text
                for s in split_sentences(item.article.body)
            }
    return {}


def materialise(refs: list[dict], corpus: Path) -> tuple[list[dict], list[str]]:
    """Gold records with their text, and the ids of the references that were not found."""
    settings = Settings()
    urls = page_urls(corpus)
    cache: dict[tuple[str, str | None], dict[str, str]] = {}
    out: list[dict] = []
    missing: list[str] = []
    for ref in refs:
        file = ref["file"]
        url = ref.get("url") or urls.get(file)
        key = (file, url if is_feed(file) else None)
        if key not in cache:
            path = page_path(corpus, file)
            if not path.is_file():
                cache[key] = {}
            elif is_feed(file):
                cache[key] = feed_sentences(corpus, file, url, settings)
            else:
                cache[key] = page_sentences(corpus, file, url, settings)
        text = cache[key].get(ref["sha256"])
        if text is None:
            missing.append(ref["id"])
            continue
        record = {"id": ref["id"], "date": ref["date"], "text": text}
        if ref.get("context"):
            record["context"] = ref["context"]
        record["events"] = ref["events"]
        out.append(record)
    return out, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", help="gold JSONL to write (default: stdout)")
    parser.add_argument("--refs", type=Path, default=DEFAULT_REFS, help="references file")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="kremlin-en-nato-pages folder")
    args = parser.parse_args(argv)

    if not (args.corpus / "pages.jsonl").is_file():
        print(
            f"kremlin_gold: corpus not found at {args.corpus} (needs pages.jsonl and html/); "
            "the shared data folder is missing - pass --corpus",
            file=sys.stderr,
        )
        return 2
    with args.refs.open(encoding="utf-8") as fh:
        refs = [json.loads(line) for line in fh if line.strip()]

    records, missing = materialise(refs, args.corpus)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if args.output:
        Path(args.output).write_text(lines, encoding="utf-8")
    else:
        sys.stdout.write(lines)
    print(
        f"kremlin_gold: {len(records)} of {len(refs)} references resolved, {len(missing)} not found",
        file=sys.stderr,
    )
    for ref_id in missing:
        print(f"  not found: {ref_id}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
