"""Russia's official name for the Western states, "the collective West", is the West (s33)."""

from __future__ import annotations

import datetime as dt

from detente.coding.coder import code_sentence
from detente.coding.ontology import EventType


def test_the_collective_west_is_the_west() -> None:
    events = code_sentence(
        "The Foreign Minister accused the collective West of dragging out the war.",
        date=dt.date(2023, 2, 1),
        context="Sergey Lavrov, Minister of Foreign Affairs of Russia",
    )
    assert [(e.event, e.source, e.target) for e in events] == [(EventType.ACCUSE, ("RUS",), ("WEST",))]


def test_collective_security_is_no_actor() -> None:
    assert (
        code_sentence("Our allies rely on collective security and defence.", date=dt.date(2023, 2, 1)) == []
    )
