"""Ingest from URLs through the one fetcher, against a local server: pages, listings with --follow."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, select

from detente.cli import cli
from detente.store.schema import documents
from httpserver import LocalServer

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "listing"


def _article(title: str, date: str, sentences: int) -> bytes:
    body = "".join(
        f"<p>{title} — paragraph {i}: ministers discussed security in Europe, arms control and the crisis in "
        f"Ukraine at length with their counterparts.</p>"
        for i in range(sentences)
    )
    return (
        f'<html lang="en"><head><title>{title} | NATO</title><meta property="og:site_name" content="NATO">'
        f'<meta property="article:published_time" content="{date}"></head><body><nav><a href="/">Home</a></nav>'
        f"<article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


@pytest.fixture
def site() -> Any:
    server = LocalServer()
    topic_page = (FIXTURES / "nato_topic.html").read_bytes()
    server.route(
        "/cps/en/natohq/topics_50090.htm", lambda ex: ex.respond(200, topic_page, content_type="text/html")
    )
    pages = {
        "/cps/en/natohq/news_123.htm": _article(
            "Secretary General expresses solidarity with Turkey", "2015-10-05", 6
        ),
        "/cps/en/natohq/news_122.htm": _article(
            "Secretary General meets world leaders in New York", "2015-09-29", 7
        ),
    }
    for path, body in pages.items():
        server.route(
            path, lambda ex, body=body: ex.respond(200, body, content_type="text/html; charset=utf-8")
        )
    # news_121.htm is missing: a 404 for that item only.
    with server:
        yield server


def _run(args: list[str], db: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("DETENTE_FETCH_ALLOW_LOOPBACK", "1")
    return CliRunner().invoke(cli, [*args, "--db", str(db)], catch_exceptions=False)


def _docs(db: Path) -> list[dict[str, Any]]:
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        out = [dict(r) for r in conn.execute(select(documents).order_by(documents.c.id)).mappings()]
    engine.dispose()
    return out


def test_listing_url_with_follow_ingests_linked_articles(
    site: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "d.db"
    url = site.url("/cps/en/natohq/topics_50090.htm")
    result = _run(["ingest", url, "--follow", "--json"], db, monkeypatch)
    assert result.exit_code == 1  # one linked article is missing
    summary = json.loads(result.stdout)
    assert summary["ingested"] == 2 and summary["rejected"] == 1
    assert "fetch_failed" in summary["rejected_by_reason"]
    assert "news_121.htm" in result.stderr
    docs = {d["title"]: d for d in _docs(db)}
    turkey = docs["Secretary General expresses solidarity with Turkey"]
    assert turkey["kind"] == "article"
    assert str(turkey["published"]) == "2015-10-05"
    assert turkey["teaser"].startswith(
        "The Secretary General met the Foreign Minister of Turkey"
    )  # the listing's teaser
    assert "paragraph 5" in turkey["body"]
    ua = site.seen("/cps/en/natohq/news_123.htm")[0].headers["user-agent"]
    assert ua.startswith("detente/")
    shown = CliRunner().invoke(cli, ["topics", "show", summary["topics"][0], "--json", "--db", str(db)])
    items = json.loads(shown.stdout)["items"]
    assert [i["published"] for i in items] == ["2015-10-05", "2015-09-29"]


def test_listing_url_without_follow_keeps_the_items(
    site: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "d.db"
    result = _run(["ingest", site.url("/cps/en/natohq/topics_50090.htm"), "--json"], db, monkeypatch)
    assert result.exit_code == 0, result.stderr
    docs = _docs(db)
    assert [d["title"] for d in docs][:3] == [
        "Secretary General expresses solidarity with Turkey",
        "Secretary General meets world leaders in New York",
        "Secretary General meets Russian Foreign Minister",
    ]
    assert all(d["kind"] == "item" for d in docs)
    assert site.seen("/cps/en/natohq/news_123.htm") == []
    # Following later upgrades the items to full articles, keeping the listing teasers.
    _run(["ingest", site.url("/cps/en/natohq/topics_50090.htm"), "--follow"], db, monkeypatch)
    upgraded = {d["title"]: d for d in _docs(db)}
    assert upgraded["Secretary General meets world leaders in New York"]["kind"] == "article"
    assert len(_docs(db)) == len(docs)


def test_urls_are_refused_without_the_loopback_setting(site: LocalServer, tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    result = CliRunner().invoke(cli, ["ingest", site.url("/cps/en/natohq/news_123.htm"), "--db", str(db)])
    assert result.exit_code == 1
    assert "fetch_failed: blocked_address" in result.stderr
    assert site.seen("/cps/en/natohq/news_123.htm") == []
