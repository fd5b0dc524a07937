"""Rare types read where a sibling took the words (:mod:`detente.coding.s39rare` and
``data/lexicon/s39-rare.toml``): military support raised, joint drills run,
blocking stopped, ships moved away, with the near misses of each.

The sentences are written for these tests, not taken from any gold set."""

from __future__ import annotations

import datetime as dt

from detente.coding import s39rare
from detente.coding.coder import code_sentence

DAY = dt.date(2019, 6, 4)


def _types(text: str) -> set[str]:
    return {e.event.name for e in code_sentence(text, date=DAY)}


def _coded(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {(e.event.name, e.source, e.target) for e in code_sentence(text, date=DAY)}


def test_military_support_raised_is_aid() -> None:
    found = _coded("Canada decided to boost military support to the Ukrainian armed forces.")
    assert ("AID", ("CAN",), ("UKR",)) in found
    assert "MOBILIZE" not in {t for t, _, _ in found}


def test_military_presence_raised_stays_a_build_up() -> None:
    types = _types("Moscow increased its military presence close to the Finnish border.")
    assert "MOBILIZE" in types
    assert "AID" not in types


def test_joint_drill_run_is_cooperation() -> None:
    assert "COOPERATE" in _types("Belarus and Russia ran a joint command staff exercise near Minsk.")
    assert "COOPERATE" not in _types("Russia ran a snap readiness check of its western forces.")


def test_blocking_stopped_is_a_concession() -> None:
    assert "CONCEDE" in _types("Hungary agreed to stop blocking Finland's accession to the Alliance.")


def test_ships_moved_away_is_a_retreat() -> None:
    assert "RETREAT" in _types("Russia moved its landing ships away from Tartus.")
    assert "RETREAT" not in _types("Russia moved its landing ships to Tartus.")


def test_hostile_inputs() -> None:
    assert s39rare.settled("", []) == []
    assert _types("") == set()
    assert _types("!!! ??? 123 ...") == set()
    long = "Allies increased military support to Kyiv. " * 2500
    assert isinstance(s39rare.settled(long, []), list)
    assert isinstance(_types(long[:3000]), set)
