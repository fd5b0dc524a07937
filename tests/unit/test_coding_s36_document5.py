"""Session 36 (document5): a record opening with a bare pronoun takes its actor from an earlier record of the
same page: "It" the one organisation or state the record before named, "He said" the person named up to a
few sentences before when the sentences between name no one. Pages are fed as contract JSON lines through
:func:`detente.coding.evaluate.run_contract` with :class:`RecordStream`; sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from detente.coding import document5
from detente.coding.document import RecordStream
from detente.coding.evaluate import run_contract

DAY = "2009-05-04"
GREETING = "Greeting by President of Russia Vladimir Putin; 'I'/'we' is the President (Russia)."

Triple = tuple[str, list[str], list[str]]


def _run(records: list[dict[str, Any]]) -> dict[str, list[Triple]]:
    lines = [json.dumps({"date": DAY, **r}) for r in records]
    out: dict[str, list[Triple]] = {}
    for line in run_contract(lines, RecordStream()):
        rec = json.loads(line)
        out[rec["id"]] = [(e["event"], sorted(e["source"]), sorted(e["target"])) for e in rec["events"]]
    return out


def _actors(triples: list[Triple]) -> set[str]:
    return {a for _, s, t in triples for a in (*s, *t)}


# --- "It" after a record naming one organisation --------------------------------------------------------------

_UN = "“For many years the United Nations has done a great deal to keep the peace between nations."
_FORUM = "It has become a unique platform for frank dialogue on the key questions of world politics."


def test_it_after_one_organisation_is_that_organisation() -> None:
    out = _run(
        [
            {"id": "kremlin-90001-4", "context": GREETING, "text": _UN},
            {"id": "kremlin-90001-5", "context": GREETING, "text": _FORUM},
        ]
    )
    assert out["kremlin-90001-5"] == [("SUPPORT", ["RUS"], ["UN"])]


def test_it_after_one_state_is_that_state() -> None:
    out = _run(
        [
            {
                "id": "kremlin-90011-2",
                "context": GREETING,
                "text": "Finland has long been a good neighbour to us.",
            },
            {"id": "kremlin-90011-3", "context": GREETING, "text": _FORUM},
        ]
    )
    assert "FIN" in _actors(out["kremlin-90011-3"])


def test_impersonal_it_takes_nothing() -> None:
    out = _run(
        [
            {"id": "kremlin-90001-4", "context": GREETING, "text": _UN},
            {
                "id": "kremlin-90001-5",
                "context": GREETING,
                "text": "It is important that this dialogue goes on.",
            },
        ]
    )
    assert "UN" not in _actors(out["kremlin-90001-5"])


def test_it_was_agreed_with_no_sides_known_takes_nothing() -> None:
    out = _run(
        [
            {"id": "kremlin-90007-1", "text": "The situation in the region remained difficult."},
            {"id": "kremlin-90007-2", "text": "It was agreed to continue contacts at various levels."},
        ]
    )
    assert out["kremlin-90007-2"] == []


def test_it_after_two_organisations_takes_neither() -> None:
    out = _run(
        [
            {
                "id": "kremlin-90012-4",
                "context": GREETING,
                "text": "“Both the United Nations and the OSCE have done a great deal to keep the peace in Europe.",
            },
            {"id": "kremlin-90012-5", "context": GREETING, "text": _FORUM},
        ]
    )
    assert not {"UN", "OSCE"} & _actors(out["kremlin-90012-5"])


def test_it_after_a_gap_or_another_page_takes_nothing() -> None:
    gap = _run(
        [
            {"id": "kremlin-90013-2", "context": GREETING, "text": _UN},
            {"id": "kremlin-90013-5", "context": GREETING, "text": _FORUM},
        ]
    )
    assert "UN" not in _actors(gap["kremlin-90013-5"])
    other = _run(
        [
            {"id": "kremlin-90014-4", "context": GREETING, "text": _UN},
            {"id": "kremlin-90015-5", "context": GREETING, "text": _FORUM},
        ]
    )
    assert "UN" not in _actors(other["kremlin-90015-5"])


def test_it_on_a_new_topic_without_a_body_named_takes_nothing() -> None:
    out = _run(
        [
            {"id": "kremlin-90016-1", "text": "The new school opened its doors to children in September."},
            {
                "id": "kremlin-90016-2",
                "text": "It has become a unique platform for dialogue between parents.",
            },
        ]
    )
    assert out["kremlin-90016-2"] == []


def test_impersonal_wordings() -> None:
    for text in (
        "It is important that you meet regularly.",
        "It was agreed to continue the consultations.",
        "It is planned to sign the treaty next year.",
        "It was necessary next to begin a settlement.",
        "It seems the talks went well.",
        "“It is no secret that we disagree.",
    ):
        assert document5.impersonal(text), text
    for text in (_FORUM, "It builds ships for the navy.", "Its creation will strengthen security."):
        assert not document5.impersonal(text), text


# --- "He said" after sentences naming no one ------------------------------------------------------------------

_RECEPTION = "Vladimir Putin spoke at a reception for the diplomatic corps."
_STANCE = "He said the position of the United States was well grounded."


def test_he_said_after_a_sentence_naming_no_one_is_the_person_named_before() -> None:
    out = _run(
        [
            {"id": "kremlin-90002-1", "text": _RECEPTION},
            {"id": "kremlin-90002-2", "text": "The situation in the region remained difficult."},
            {"id": "kremlin-90002-3", "text": _STANCE},
        ]
    )
    assert out["kremlin-90002-3"] == [("SUPPORT", ["RUS"], ["USA"])]


def test_he_said_across_records_not_given_takes_a_person_named_alone() -> None:
    out = _run([{"id": "kremlin-90003-1", "text": _RECEPTION}, {"id": "kremlin-90003-3", "text": _STANCE}])
    assert out["kremlin-90003-3"] == [("SUPPORT", ["RUS"], ["USA"])]


def test_a_name_the_dictionary_does_not_know_ends_the_hold() -> None:
    out = _run(
        [
            {"id": "kremlin-90004-1", "text": _RECEPTION},
            {"id": "kremlin-90004-2", "text": "Pavel Sokolov was one of the guests."},
            {"id": "kremlin-90004-3", "text": _STANCE},
        ]
    )
    assert "RUS" not in _actors(out["kremlin-90004-3"])


def test_he_said_too_far_on_or_on_another_page_takes_nothing() -> None:
    out = _run(
        [
            {"id": "kremlin-90005-1", "text": _RECEPTION},
            {"id": "kremlin-90005-5", "text": _STANCE},
            {"id": "kremlin-90006-6", "text": _STANCE},
        ]
    )
    assert "RUS" not in _actors(out["kremlin-90005-5"])
    assert "RUS" not in _actors(out["kremlin-90006-6"])


def test_held_teller_wordings() -> None:
    day = dt.date(2009, 5, 4)
    assert document5.held_teller("The situation in the region remained difficult.", day)
    assert not document5.held_teller("Pavel Sokolov was one of the guests.", day)
    assert not document5.held_teller("Mr Sokolov was one of the guests.", day)
    assert not document5.held_teller("The talks, he said, went well.", day)


# --- bad input ------------------------------------------------------------------------------------------------


def test_bad_input_returns_lists() -> None:
    day = dt.date(2009, 5, 4)
    for text in ("", "  ", "1234 5678 ...", "It " + "x" * 100_000, "It is " * 20_000):
        assert isinstance(document5.settled((3, text), 4, text, day, [], lambda t: []), list)
        assert isinstance(document5.held_teller(text, day), bool)
        assert document5.it_referent(text, day) is None or isinstance(
            document5.it_referent(text, day), object
        )
    out = _run(
        [{"id": "kremlin-90008-1", "text": _UN}, {"id": "kremlin-90008-2", "text": "It " + "y" * 100_000}]
    )
    assert out["kremlin-90008-2"] == []
