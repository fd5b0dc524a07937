"""Web benchmark: prints one JSON object.

1. Generates N documents (default 100,000) in a fresh SQLite database: the schema comes from the
   migrations (so the FTS5 triggers index every row), rows go in with a bulk ``executemany`` inside a
   few transactions, and one topic has all of them as members.
2. Measures the latency of three requests, 200 times each after a warm-up:
   the topic page ``/topics/<slug>``, the archive's page 50 ``/topics/<slug>/news?page=50`` and a search
   for two common words ``/search?q=...``; in-process (httpx over ASGITransport) and over a real
   uvicorn socket on 127.0.0.1.
3. For each request, lists the SQL statements it ran with their time, and the EXPLAIN QUERY PLAN of
   the slowest one, so a missed goal names the query to fix.

Goals: p95 <= 50 ms for pages, <= 100 ms for search.

Usage: python bench/web.py [--docs 100000] [--requests 200] [--db PATH] [--keep] [--no-socket]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import hashlib
import json
import random
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import event

from detente.settings import Settings
from detente.store.db import Database

SLUG = "bench-topic"
SEARCH = "security council"
GOALS_MS = {"topic": 50.0, "archive_page_50": 50.0, "search": 100.0}

# Text: a long tail of made-up words (a few frequent, most rare, as in real text) plus common words,
# each put in a given share of documents. The search's two words are in 40% and 30% of documents,
# so about 12% (12,000 of 100,000) hold both: a broad query, as "security council" is on real news.
DOC_FREQUENCY = {
    "the": 0.95,
    "of": 0.9,
    "and": 0.9,
    "to": 0.85,
    "in": 0.85,
    "NATO": 0.6,
    "Russia": 0.6,
    "security": 0.4,
    "council": 0.3,
    "alliance": 0.25,
    "ministers": 0.2,
    "talks": 0.2,
    "defence": 0.2,
    "cooperation": 0.15,
    "treaty": 0.1,
    "summit": 0.1,
}
_SYLLABLES = [c + v for c in "bcdfghjklmnprstvz" for v in "aeiou"]


def _word(i: int) -> str:
    rng = random.Random(i)
    return "".join(rng.choice(_SYLLABLES) for _ in range(2 + i % 3)) + str(i)


TAIL = [_word(i) for i in range(6000)]


def _text(rng: random.Random, words: int, *, common: bool = True) -> str:
    out = [TAIL[int(rng.expovariate(1 / 500)) % len(TAIL)] for _ in range(words)]
    if common:
        for word, share in DOC_FREQUENCY.items():
            if rng.random() < share:
                for _ in range(rng.randint(1, 3)):
                    out.insert(rng.randrange(len(out) + 1), word)
    return " ".join(out)


def _rows(n: int, start: int, source_id: int, now: str) -> Iterator[tuple[Any, ...]]:
    rng = random.Random(start)
    first = dt.date(1991, 1, 1).toordinal()
    span = dt.date(2025, 12, 31).toordinal() - first
    for i in range(start, start + n):
        title = _text(rng, 9, common=False).capitalize()
        teaser = _text(rng, 30, common=False).capitalize() + "."
        body = teaser + "\n\n" + _text(rng, 120).capitalize() + "."
        url = f"https://bench.example/news/{i}.html"
        published = dt.date.fromordinal(first + rng.randrange(span)).isoformat()
        yield (
            url,  # doc_key
            url,  # canonical_url
            url,
            source_id,
            "article",
            title,
            published,
            "day",
            teaser,
            body,
            "en",
            hashlib.sha256(body.encode()).hexdigest(),
            now,
            now,
            "ok",
        )


def generate(db: Database, docs: int, batch: int = 20_000) -> dict[str, Any]:
    """Bulk-insert ``docs`` documents and one topic holding all of them; returns timing facts."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
    started = time.perf_counter()
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("BEGIN")
        cur.execute(
            "INSERT INTO sources (name, url, kind, created_at) VALUES (?, ?, ?, ?)",
            ("bench.example", "https://bench.example/", "site", now),
        )
        source_id = cur.lastrowid
        cur.execute(
            "INSERT INTO topics (slug, title, overview, rule, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            (SLUG, "Bench topic", "A topic holding **every** generated document.", "", now, now),
        )
        topic_id = cur.lastrowid
        cur.execute("COMMIT")
        insert = (
            "INSERT INTO documents (doc_key, canonical_url, url, source_id, kind, title, published, precision, "
            "teaser, body, language, content_hash, ingested_at, updated_at, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        )
        for start in range(0, docs, batch):
            cur.execute("BEGIN")
            cur.executemany(insert, _rows(min(batch, docs - start), start, source_id, now))
            cur.execute("COMMIT")
        cur.execute("BEGIN")
        cur.execute(
            "INSERT INTO topic_documents (topic_id, document_id, how, added_at) "
            "SELECT ?, id, 'rule', ? FROM documents",
            (topic_id, now),
        )
        cur.execute("COMMIT")
        cur.execute("PRAGMA optimize")
        cur.execute("INSERT INTO documents_fts(documents_fts) VALUES ('optimize')")
        indexed = cur.execute(
            "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?", (SEARCH,)
        ).fetchone()[0]
        cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    return {"generation_s": round(time.perf_counter() - started, 2), "search_matches": indexed}


def _stats(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    q = statistics.quantiles(ordered, n=100, method="inclusive")
    return {
        "p50_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(q[94], 2),
        "max_ms": round(ordered[-1], 2),
        "n": len(ordered),
    }


def _paths() -> dict[str, str]:
    return {
        "topic": f"/topics/{SLUG}",
        "archive_page_50": f"/topics/{SLUG}/news?page=50",
        "search": "/search?q=" + SEARCH.replace(" ", "+"),
    }


async def _in_process(app: Any, requests: int, warmup: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        for name, path in _paths().items():
            samples = []
            for i in range(warmup + requests):
                t = time.perf_counter()
                response = await client.get(path)
                elapsed = (time.perf_counter() - t) * 1000
                if response.status_code != 200:
                    raise SystemExit(f"{path}: HTTP {response.status_code}: {response.text[:300]}")
                if i >= warmup:
                    samples.append(elapsed)
            out[name] = _stats(samples) | {"bytes": len(response.content)}
    return out


def _over_socket(app: Any, requests: int, warmup: int) -> dict[str, Any]:
    import uvicorn

    # uvicorn binds port 0 itself (a socket handed in made keep-alive requests stall ~40 ms each).
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", access_log=False)
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    out: dict[str, Any] = {}
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            for name, path in _paths().items():
                samples = []
                for i in range(warmup + requests):
                    t = time.perf_counter()
                    response = client.get(path)
                    elapsed = (time.perf_counter() - t) * 1000
                    response.raise_for_status()
                    if i >= warmup:
                        samples.append(elapsed)
                out[name] = _stats(samples)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    return out


@contextmanager
def _sql_trace(db: Database) -> Iterator[list[dict[str, Any]]]:
    """Record each SQL statement run on ``db`` with its parameters and time."""
    seen: list[dict[str, Any]] = []

    def before(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        conn.info["bench_t"] = time.perf_counter()

    def after(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        ms = (time.perf_counter() - conn.info.pop("bench_t", time.perf_counter())) * 1000
        seen.append({"sql": statement, "params": parameters, "ms": round(ms, 2)})

    event.listen(db.engine, "before_cursor_execute", before)
    event.listen(db.engine, "after_cursor_execute", after)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", before)
        event.remove(db.engine, "after_cursor_execute", after)


async def _explain(db: Database, app: Any) -> dict[str, Any]:
    """Per request: the statements it ran (slowest first) and the plan of the slowest."""
    report: dict[str, Any] = {}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        for name, path in _paths().items():
            await client.get(path)
            with _sql_trace(db) as seen:
                await client.get(path)
            seen.sort(key=lambda s: -s["ms"])
            entry: dict[str, Any] = {
                "statements": [{"ms": s["ms"], "sql": " ".join(s["sql"].split())[:400]} for s in seen[:6]],
                "total_sql_ms": round(sum(s["ms"] for s in seen), 2),
            }
            if seen:
                raw = db.engine.raw_connection()
                try:
                    rows = (
                        raw.cursor()
                        .execute("EXPLAIN QUERY PLAN " + seen[0]["sql"], seen[0]["params"])
                        .fetchall()
                    )
                    entry["slowest_plan"] = [str(r[-1]) for r in rows]
                finally:
                    raw.close()
            report[name] = entry
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--db", type=Path, help="reuse this database when it exists (else generate it there)")
    parser.add_argument("--keep", action="store_true", help="keep the generated database")
    parser.add_argument("--no-socket", action="store_true", help="skip the uvicorn socket measurement")
    args = parser.parse_args(argv)

    from detente.web.app import create_app

    tmp = tempfile.TemporaryDirectory(prefix="detente-bench-web-")
    path = args.db or Path(tmp.name) / "bench.db"
    settings = Settings(db=str(path), progress=False)
    result: dict[str, Any] = {"documents": args.docs, "requests": args.requests, "warmup": args.warmup}
    reuse = path.exists()
    db = Database.open(settings)
    if reuse:
        result["generation_s"] = None
        result["reused_db"] = str(path)
    else:
        result.update(generate(db, args.docs))
    result["db_bytes"] = path.stat().st_size
    result["db_mb"] = round(path.stat().st_size / 1e6, 1)
    app = create_app(settings, db=db)
    result["in_process"] = asyncio.run(_in_process(app, args.requests, args.warmup))
    if not args.no_socket:
        result["socket"] = _over_socket(app, args.requests, args.warmup)
    result["goals_p95_ms"] = GOALS_MS
    result["met"] = {name: result["in_process"][name]["p95_ms"] <= goal for name, goal in GOALS_MS.items()}
    result["sql"] = asyncio.run(_explain(db, app))
    db.close()
    if args.keep and args.db is None:
        kept = Path.cwd() / "bench-web.db"
        path.replace(kept)
        result["kept_db"] = str(kept)
    tmp.cleanup()
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
