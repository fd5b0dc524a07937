"""Coding during ingest: events stored with their evidence, replaced on update, re-made by recode."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from sqlalchemy import func, select

from detente.cli import cli
from detente.settings import Settings
from detente.store.db import Database
from detente.store.events import EventFilters, document_events, events_page
from detente.store.schema import event_actors, events

TOPIC = (
    "NATO-Russia relations\nAn overview of relations between the Alliance and Russia.\nmoreNews\n"
    "NATO suspends practical cooperation with Russia\n01 Apr. 2014NATO foreign ministers decided to suspend all "
    "practical civilian and military cooperation with Russia.\n"
    "moreSecretary General meets Russian Foreign Minister\n19 May. 2015NATO Secretary General Jens Stoltenberg met "
    "Russian Foreign Minister Sergey Lavrov in Brussels.\nmore"
)


def _ingest(tmp_path: Path, text: str, *extra: str) -> tuple[Path, Any]:
    page = tmp_path / "topic.txt"
    page.write_text(text, encoding="utf-8")
    db = tmp_path / "d.db"
    result = CliRunner().invoke(cli, ["ingest", str(page), "--db", str(db), *extra], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return db, result


def test_ingest_codes_events_with_evidence(tmp_path: Path) -> None:
    db_path, _ = _ingest(tmp_path, TOPIC)
    db = Database.open(Settings(db=str(db_path)))
    with db.read() as conn:
        found, total = events_page(conn, EventFilters())
        assert total >= 2
        kinds = {(e.event, tuple(e.source), tuple(e.target)) for e in found}
        assert ("SANCTION", ("NATO",), ("RUS",)) in kinds
        for e in found:
            assert 0 <= e.evidence_start < e.evidence_end <= len(e.sentence)
            assert e.coder_version
        consult = [e for e in found if e.event == "CONSULT"]
        assert consult and consult[0].event_date == "2015-05-19"
        nato_rus, _ = events_page(conn, EventFilters(dyad=("NATO", "RUS")))
        assert {e.event for e in nato_rus} >= {"SANCTION"}
        by_actor, _ = events_page(conn, EventFilters(actor="RUS", event="SANCTION"))
        assert len(by_actor) >= 1


def test_changed_document_replaces_its_events_and_recode_is_idempotent(tmp_path: Path) -> None:
    db_path, _ = _ingest(tmp_path, TOPIC)
    db = Database.open(Settings(db=str(db_path)))
    with db.read() as conn:
        before = conn.execute(select(func.count()).select_from(events)).scalar_one()
    changed = TOPIC.replace("decided to suspend all", "decided not to suspend any")
    _ingest(tmp_path, changed)
    with db.read() as conn:
        sanction = [e for e in events_page(conn, EventFilters(event="SANCTION"))[0] if e.field == "body"]
        assert sanction and all(e.polarity == "negated" for e in sanction)
        assert conn.execute(select(func.count()).select_from(events)).scalar_one() == before
    recoded = CliRunner().invoke(cli, ["recode", "--json", "--db", str(db_path)])
    assert recoded.exit_code == 0, recoded.output
    summary = json.loads(recoded.stdout)
    assert summary["documents"] == 2 and summary["events"] == before
    with db.read() as conn:
        assert conn.execute(select(func.count()).select_from(events)).scalar_one() == before
        orphans = conn.execute(
            select(func.count())
            .select_from(event_actors)
            .where(~event_actors.c.event_id.in_(select(events.c.id)))
        ).scalar_one()
        assert orphans == 0


def test_code_events_off_stores_no_events(tmp_path: Path) -> None:
    page = tmp_path / "topic.txt"
    page.write_text(TOPIC, encoding="utf-8")
    db = tmp_path / "d.db"
    result = CliRunner().invoke(cli, ["ingest", str(page), "--db", str(db)], env={"DETENTE_CODE_EVENTS": "0"})
    assert result.exit_code == 0
    database = Database.open(Settings(db=str(db)))
    with database.read() as conn:
        assert conn.execute(select(func.count()).select_from(events)).scalar_one() == 0
        assert document_events(conn, 1) == []


def test_topic_by_actors_from_the_cli(tmp_path: Path) -> None:
    db_path, _ = _ingest(tmp_path, TOPIC)
    db = str(db_path)
    added = CliRunner().invoke(
        cli, ["topics", "add", "nato-rus", "--title", "NATO and Russia", "--actors", "NATO,RUS", "--db", db]
    )
    assert added.exit_code == 0, added.output
    shown = json.loads(CliRunner().invoke(cli, ["topics", "show", "nato-rus", "--json", "--db", db]).stdout)
    assert "NATO suspends practical cooperation with Russia" in {i["title"] for i in shown["items"]}
    edited = CliRunner().invoke(cli, ["topics", "edit", "nato-rus", "--actors", "NATO,CHN", "--db", db])
    assert edited.exit_code == 0, edited.output
    shown = json.loads(CliRunner().invoke(cli, ["topics", "show", "nato-rus", "--json", "--db", db]).stdout)
    assert shown["items"] == []
    both = CliRunner().invoke(cli, ["topics", "edit", "nato-rus", "--actors", "X", "--no-actors", "--db", db])
    assert both.exit_code == 2
