"""Ingest benchmark: prints one JSON object.

1. Speed: `detente ingest` (extraction + store, one process as the CLI runs it) against bare trafilatura
   (`bare_extraction(with_metadata=True)`, nothing stored) on the same HTML files in the same run.
   Files: the Kremlin pages in ../shared when present, else generated article pages.
2. Memory: peak RSS of a child process ingesting N generated documents (default 100,000, as RSS feeds
   of 1,000 entries each), sampled every 10,000 documents to show whether it stays flat.

Usage: python bench/ingest.py [--docs 100000] [--files-limit 300]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DETENTE_SHARED", ROOT.parent / "shared"))

WORDS = [
    "alliance",
    "ministers",
    "council",
    "security",
    "cooperation",
    "dialogue",
    "sanctions",
    "summit",
    "treaty",
    "border",
    "exercise",
    "forces",
    "troops",
    "airspace",
    "violation",
    "statement",
    "meeting",
    "ambassador",
    "talks",
    "agreement",
    "missile",
    "defence",
    "channels",
    "communication",
    "crisis",
    "annexation",
    "mission",
    "suspend",
    "resume",
    "partnership",
    "threat",
    "deterrence",
]


def _html_files(limit: int, tmp: Path) -> list[Path]:
    kremlin = SHARED / "data" / "corpora" / "kremlin-en-nato-pages" / "html"
    if kremlin.is_dir():
        return sorted(kremlin.glob("*.html.gz"))[:limit]
    rng = random.Random(7)
    out = []
    for i in range(limit):
        paras = "".join(f"<p>{' '.join(rng.choices(WORDS, k=60))}.</p>" for _ in range(8))
        page = (
            f"<html><head><title>Generated page {i} | Bench</title>"
            f'<meta property="article:published_time" content="2015-{1 + i % 12:02d}-{1 + i % 28:02d}"></head>'
            f"<body><nav><a href='/'>Home</a></nav><article><h1>Generated page {i}</h1>{paras}</article></body></html>"
        )
        path = tmp / f"page{i}.html"
        path.write_text(page, encoding="utf-8")
        out.append(path)
    return out


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def bench_speed(files: list[Path], tmp: Path) -> dict[str, object]:
    from trafilatura import bare_extraction

    pages = [_read(p) for p in files]
    start = time.perf_counter()
    for page in pages:
        bare_extraction(page, with_metadata=True)
    bare = time.perf_counter() - start

    db = tmp / "speed.db"
    start = time.perf_counter()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "detente.cli",
            "ingest",
            "--quiet",
            "--json",
            "--db",
            str(db),
            *map(str, files),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    ours = time.perf_counter() - start
    summary = json.loads(proc.stdout or "{}")
    return {
        "files": len(files),
        "trafilatura_docs_per_s": round(len(files) / bare, 1),
        "detente_ingest_docs_per_s": round(len(files) / ours, 1),
        "ratio": round(bare / ours, 2),
        "detente_outcome": summary,
        "note": "detente time includes process start, database creation and storing; trafilatura stores nothing",
    }


def _feed(n0: int, count: int, rng: random.Random) -> bytes:
    items = []
    for i in range(n0, n0 + count):
        text = " ".join(rng.choices(WORDS, k=50)) + f" item{i}"
        items.append(
            f"<item><title>Generated item {i}</title><link>https://bench.example/{i}</link>"
            f"<guid>https://bench.example/{i}</guid><pubDate>Mon, 05 Oct 2015 10:00:00 GMT</pubDate>"
            f"<description>{text}</description></item>"
        )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title><link>https://bench.example/</link>'
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def _child_memory(folder: str, db: str) -> None:
    """Runs in a child: ingest every feed in ``folder`` through the library, sampling RSS."""
    from detente.pipeline import Ingester
    from detente.settings import Settings
    from detente.store.db import Database

    settings = Settings(db=db, progress=False)
    database = Database.open(settings)
    samples: list[dict[str, float]] = []
    done = 0
    start = time.perf_counter()
    ingester = Ingester(database, settings)
    for feed in sorted(Path(folder).glob("*.xml")):
        ingester.run([str(feed)])
        done = sum(ingester.summary.outcomes.values())
        if done % 10_000 < 1_000:
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            samples.append(
                {"docs": done, "peak_rss_mb": round(rss, 1), "seconds": round(time.perf_counter() - start, 1)}
            )
    print(json.dumps({"docs": done, "outcomes": dict(ingester.summary.outcomes), "samples": samples}))


def bench_memory(n_docs: int, tmp: Path) -> dict[str, object]:
    rng = random.Random(11)
    folder = tmp / "feeds"
    folder.mkdir()
    per = 1000
    for k in range(0, n_docs, per):
        (folder / f"feed{k // per:05d}.xml").write_bytes(_feed(k, min(per, n_docs - k), rng))
    code = f"import sys; sys.path.insert(0, {str(ROOT / 'bench')!r}); import ingest; ingest._child_memory(sys.argv[1], sys.argv[2])"
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", code, str(folder), str(tmp / "memory.db")],
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        return {"error": proc.stderr[-2000:]}
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["docs_per_s"] = round(result["docs"] / elapsed, 1)
    samples = result["samples"]
    result["peak_rss_mb"] = samples[-1]["peak_rss_mb"] if samples else None
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--files-limit", type=int, default=300)
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        files = _html_files(args.files_limit, tmp)
        out: dict[str, object] = {"speed": bench_speed(files, tmp)}
        if not args.skip_memory:
            out["memory"] = bench_memory(args.docs, tmp)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
