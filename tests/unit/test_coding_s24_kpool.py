"""s24-kpool: precision on official transcripts and readouts read record by record.

A transcript label holds the floor for the "I"/"we" of the records after it (:mod:`detente.coding.floors`),
and the labelled speakers give a readout's sides; a relation named as the topic of talks gives no sides
with an organisation; "targeted" as an adjective is no attack (:mod:`detente.coding.adjectival`); one act
told twice is one event (:mod:`detente.coding.overlaps`); a leader hearing an official with a bare office
title is domestic business (:mod:`detente.coding.homecalls`). The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import pytest

from detente.coding import overlaps
from detente.coding.coder import code_sentence
from detente.coding.document import RecordStream
from detente.coding.evaluate import run_contract
from detente.coding.ontology import EventType, Polarity

DATE = dt.date(2017, 6, 20)


def _stream(texts: list[str], page: str = "kx-9001") -> list[list[dict[str, Any]]]:
    """Code ``texts`` as the numbered records of one page through the contract."""
    lines = [
        json.dumps({"id": f"{page}-{i}", "date": DATE.isoformat(), "text": t}) for i, t in enumerate(texts)
    ]
    return [json.loads(out)["events"] for out in run_contract(lines, RecordStream())]


def _triples(events: list[dict[str, Any]]) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {(e["event"], tuple(sorted(e["source"])), tuple(sorted(e["target"]))) for e in events}


def _coded(text: str, date: dt.date = DATE) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {
        (e.event.value, tuple(sorted(e.source)), tuple(sorted(e.target)))
        for e in code_sentence(text, date=date)
    }


def test_a_label_gives_the_later_records_their_we() -> None:
    out = _stream(
        [
            "President of Russia Vladimir Putin: Good afternoon, ladies and gentlemen.",
            "We support the efforts of Kazakhstan to host the negotiations.",
            "I thanked our Kyrgyz partners for their hospitality.",
        ]
    )
    assert ("SUPPORT", ("RUS",), ("KAZ",)) in _triples(out[1])
    assert ("SUPPORT", ("RUS",), ("KGZ",)) in _triples(out[2])


def test_the_floor_passes_to_the_next_label() -> None:
    out = _stream(
        [
            "President of Russia Vladimir Putin: Mr President, welcome to Moscow.",
            "President of Armenia Serzh Sargsyan: Thank you, Mr Putin.",
            "We highly value the contribution of Russia to the settlement.",
        ]
    )
    assert ("SUPPORT", ("ARM",), ("RUS",)) in _triples(out[2])


def test_he_in_a_speakers_words_is_not_the_speaker() -> None:
    out = _stream(
        [
            "President of Russia Vladimir Putin: Good afternoon.",
            "He told us that he would sign the agreement with Japan next week.",
        ]
    )
    assert all("RUS" not in e["source"] for e in out[1])


def test_labelled_speakers_give_the_readout_its_sides() -> None:
    out = _stream(
        [
            "The talks focused on trade, energy and the forthcoming elections.",
            "President of Russia Vladimir Putin: Mr Sargsyan, I am glad to see you.",
            "President of Armenia Serzh Sargsyan: Thank you; our relations with Turkey remain difficult.",
        ]
    )
    assert ("CONSULT", ("ARM", "RUS"), ()) in _triples(out[0])


def test_a_round_table_with_unknown_speakers_gives_no_sides() -> None:
    out = _stream(
        [
            "This subject has been discussed regularly at meetings of the council.",
            "President of Russia Vladimir Putin: Good afternoon, dear colleagues.",
            "Ivan Zabolotsky: Thank you, Mr President.",
            "President of the European Jewish Congress Moshe Kantor: Thank you for the invitation.",
        ]
    )
    assert all("EU" not in e["source"] for e in out[0])


@pytest.mark.parametrize(
    "text",
    [
        "They discussed trade and the further development of Russia-NATO relations.",
        "The two leaders also touched on issues related to Russia-EU negotiations on visas.",
    ],
)
def test_a_discussed_relation_with_an_organisation_gives_no_sides(text: str) -> None:
    assert all(not ({"NATO", "EU"} & set(src)) for _, src, _ in _coded(text))


@pytest.mark.parametrize(
    "text",
    [
        "Russia must build up targeted support for Syria.",
        "The government will provide more targeted assistance to farmers in Ukraine.",
        "We must build up targeted support for families in the region.",
        "Poland adopted a national targeted programme on border security.",
    ],
)
def test_targeted_as_an_adjective_is_no_attack(text: str) -> None:
    assert all(t != "ASSAULT" for t, _, _ in _coded(text))


def test_targeted_as_a_verb_is_an_attack() -> None:
    assert any(t == "ASSAULT" for t, _, _ in _coded("Israeli aircraft targeted Syrian positions near Homs."))


def test_a_meeting_told_both_ways_is_one_meeting() -> None:
    found = _coded(
        "Vladimir Putin met with Ukrainian President Leonid Kuchma, who arrived in Moscow for a visit."
    )
    assert [t for t in found if t[0] == "CONSULT"] == [("CONSULT", ("RUS",), ("UKR",))]


@dataclass(frozen=True)
class _Ev:
    event: EventType
    source: tuple[str, ...]
    target: tuple[str, ...]
    trigger: str
    polarity: Polarity = Polarity.ASSERTED


def test_a_meeting_without_one_role_beside_the_full_one_is_dropped() -> None:
    half = _Ev(EventType.CONSULT, (), ("RUS",), "meeting")
    full = _Ev(EventType.CONSULT, ("RUS",), ("BLR",), "have * meeting with")
    assert overlaps.pruned([half, full]) == [full]


def test_support_without_one_role_beside_a_full_one_stays() -> None:
    events = [
        _Ev(EventType.SUPPORT, ("USA",), (), "join"),
        _Ev(EventType.SUPPORT, ("NATO", "RUS"), ("USA",), "sign"),
    ]
    assert overlaps.pruned(events) == events


def test_of_a_mirrored_pair_the_briefing_stands() -> None:
    meeting = _Ev(EventType.CONSULT, ("NATO",), ("TUR",), "hold * meeting")
    briefing = _Ev(EventType.CONSULT, ("TUR",), ("NATO",), "brief")
    assert overlaps.pruned([meeting, briefing]) == [briefing]


def test_two_briefings_both_ways_stay_two() -> None:
    found = _coded(
        "Russia briefed the Allies on its exercise plans, and the Allies briefed Russia on theirs."
    )
    assert {("CONSULT", ("RUS",), ("NATO",)), ("CONSULT", ("NATO",), ("RUS",))} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Transport Minister Nikolai Petrovsky informed Mr Putin about the state of regional airports.",
        "Deputy Minister Oleg Varlamov briefed President Putin on preparations for the harvest.",
        "President Vladimir Putin spoke by telephone with General Arkady Belov, commander of the district.",
    ],
)
def test_a_leader_and_his_own_official_is_no_consultation(text: str) -> None:
    assert all(t != "CONSULT" for t, _, _ in _coded(text, dt.date(2004, 5, 5)))


def test_a_counterpart_named_by_a_body_stays() -> None:
    found = _coded(
        "President Putin met with Anders Kolstad, Chairman of the OSCE Parliamentary Assembly.",
        dt.date(2004, 5, 5),
    )
    assert any(t == "CONSULT" for t, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "This would free our hands to pursue our own interests as we see fit.",
        "There is little good in it, but it is not going to kill us either.",
    ],
)
def test_a_speakers_act_on_no_one_is_no_event(text: str) -> None:
    out = _stream(["President of Russia Vladimir Putin: Good afternoon, dear colleagues.", text])
    assert all(e["event"] not in ("RETREAT", "ASSAULT", "COERCE") for e in out[1])


def test_a_speakers_act_on_a_named_side_stays() -> None:
    out = _stream(
        [
            "President of Russia Vladimir Putin: Good afternoon, dear colleagues.",
            "We have withdrawn our troops from the border with Ukraine.",
        ]
    )
    assert any(e["event"] == "RETREAT" for e in out[1])
