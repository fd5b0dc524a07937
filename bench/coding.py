"""Speed of the event coder over every sentence of the shared Kremlin corpus, in one process.

Extracts each page of ``data/corpora/kremlin-en-nato-pages/html/*.html.gz`` with detente's article
extractor (not timed), splits the bodies into sentences (not timed), then codes every sentence with
:func:`detente.coding.coder.code_sentence` (timed, after one warm-up sentence that loads the dictionaries).
Prints one JSON object: pages, sentences, events, seconds, sentences/s, peak RSS in MB, the coder version.

    .venv/bin/python bench/coding.py
    .venv/bin/python bench/coding.py --repeat 3      # code the corpus three times (steadier figure)
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import resource
import sys
import time
from pathlib import Path

from detente.coding.coder import CODER_VERSION, code_sentence
from detente.coding.text import split_sentences
from detente.extract.article import extract_article
from detente.model import RawDocument
from detente.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ("data", "corpora", "kremlin-en-nato-pages", "html")


def load_sentences(folder: Path) -> tuple[int, list[tuple[str, dt.date]]]:
    """(pages, [(sentence, publication date)]) for every page of the corpus."""
    settings = Settings(progress=False)
    sentences: list[tuple[str, dt.date]] = []
    pages = 0
    for path in sorted(folder.glob("*.html.gz")):
        data = gzip.decompress(path.read_bytes())
        result = extract_article(RawDocument(location=str(path), data=data), settings)
        if result.article is None:
            continue
        pages += 1
        date = result.article.published or dt.date(2015, 1, 1)
        sentences.extend((s.text, date) for s in split_sentences(result.article.body))
    return pages, sentences


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--shared", type=Path, default=Path(os.environ.get("DETENTE_SHARED", ROOT.parent / "shared"))
    )
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    folder = args.shared.joinpath(*CORPUS)
    if not folder.is_dir():
        print(json.dumps({"error": f"corpus not found: {folder}"}))
        return 2
    pages, sentences = load_sentences(folder)
    code_sentence("NATO met Russia.", date=dt.date(2015, 1, 1))  # load dictionaries and patterns
    events = 0
    start = time.perf_counter()
    for _ in range(max(1, args.repeat)):
        for text, date in sentences:
            events += len(code_sentence(text, date=date))
    seconds = time.perf_counter() - start
    coded = len(sentences) * max(1, args.repeat)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report = {
        "corpus": "/".join(CORPUS),
        "pages": pages,
        "sentences": len(sentences),
        "sentences_coded": coded,
        "events": events,
        "seconds": round(seconds, 3),
        "sentences_per_second": round(coded / seconds, 1) if seconds else None,
        "peak_rss_mb": round(peak_kb / 1024, 1),
        "coder_version": CODER_VERSION,
    }
    json.dump(report, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
