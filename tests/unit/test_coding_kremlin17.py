"""s33-kremlin17: talks, agreements and cooperation told without their doers on the page of a meeting."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

import pytest

from detente.coding import evaluate as ev
from detente.coding import kremlin17
from detente.coding.coder import code_sentence
from detente.coding.document import RecordStream

DATE = "2019-10-22"
DAY = dt.date(2019, 10, 22)
PUTIN = "Vladimir Putin, President of Russia"


def _line(rid: str, text: str, date: str = DATE, context: str | None = None) -> str:
    record: dict[str, Any] = {"id": rid, "text": text, "date": date}
    if context:
        record["context"] = context
    return json.dumps(record)


def _run(lines: Sequence[str]) -> list[dict[str, Any]]:
    return [json.loads(out) for out in ev.run_contract(lines, RecordStream())]


def _kinds(out: dict[str, Any]) -> list[tuple[str, list[str], list[str]]]:
    return sorted((e["event"], sorted(e["source"]), sorted(e["target"])) for e in out["events"])


def _code(
    text: str, sides: Sequence[str] = (), speaker: str | None = None
) -> list[tuple[str, list[str], list[str], str]]:
    found = code_sentence(text, date=DAY, participants=sides, reported_meeting=bool(sides), speaker=speaker)
    return sorted((e.event.value, sorted(e.source), sorted(e.target), e.polarity.value) for e in found)


def _types(text: str, sides: Sequence[str] = (), speaker: str | None = None) -> set[str]:
    return {k for k, _, _, _ in _code(text, sides, speaker)}


# --- talks told by their outcome or agenda -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It was decided to set up a joint commission on river shipping.",
        "It was also agreed to keep up contacts between the foreign ministries.",
        "A decision was taken to open a second consulate in the port city.",
        "An understanding was reached on the schedule of the next round.",
        "Views were also exchanged on the regional security architecture.",
        "Close attention was paid to joint projects in nuclear energy.",
        "Special attention was given to student exchanges and language teaching.",
        "Other matters under discussion were fisheries and shipping in the north.",
        "The agenda of the talks included pipeline construction and grain supplies.",
        "Consultations on a visa facilitation deal are under way.",
        "The importance of direct flights between the capitals was underlined.",
        "No decision was taken on the venue.",
    ],
)
def test_talks_told(text: str) -> None:
    assert kremlin17.talks_told(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "The delegations arrived in the capital on Monday evening.",
        "The governor decided to build a new bridge over the river.",
        "Was it decided to postpone the summit?",
        "Attention to detail matters in any treaty.",
        "x" * 100_000,
    ],
)
def test_not_talks_told(text: str) -> None:
    assert not kremlin17.talks_told(text)


def test_outcome_record_takes_the_pages_sides() -> None:
    # a made-up readout whose records come out of order: the passive outcome takes the leaders' pair
    out = _run(
        [
            _line("kremlin-80101-0", "Vladimir Putin held talks with President of Finland Sauli Niinisto."),
            _line("kremlin-80101-1", "The two presidents discussed trade and Arctic shipping."),
            _line("kremlin-80101-4", "The sides praised the work of the intergovernmental commission."),
            _line("kremlin-80101-2", "Close attention was paid to cross-border tourism."),
            _line("kremlin-80101-6", "It was agreed to hold the next meeting of the commission in Turku."),
        ]
    )
    assert ("CONSULT", ["FIN", "RUS"], []) in _kinds(out[3])
    assert ("AGREE", ["FIN", "RUS"], []) in _kinds(out[4])


@pytest.mark.parametrize(("prefix", "taken"), [("kremlin-80103", True), ("set", False)])
def test_outcome_record_takes_a_fallback_pair_only_on_a_page(prefix: str, taken: bool) -> None:
    # no record names a meeting; the pair is the two states the run names. A set's label and a running
    # number (unrelated sentences sharing a date) lend it to no passive outcome.
    out = _run(
        [
            _line(f"{prefix}-1", "Close attention was paid to cross-border tourism."),
            _line(f"{prefix}-2", "Finland and Russia share a long land border."),
        ]
    )
    assert (("CONSULT", ["FIN", "RUS"], []) in _kinds(out[0])) is taken


# --- an exchange of views as the frame of another act -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "While discussing the Balkans, Vladimir Putin drew his guest's attention to tensions in Kosovo.",
        "When exchanging views on the Caspian, the leaders stressed the role of the littoral states.",
        "In discussing energy, the President recalled the long history of gas supplies.",
    ],
)
def test_discussing_frame_is_talks(text: str) -> None:
    assert ("CONSULT", ["IND", "RUS"], [], "asserted") in _code(text, ("RUS", "IND"))


def test_discussing_frame_needs_the_sides() -> None:
    assert "CONSULT" not in _types("While discussing the Balkans, the minister drew attention to tensions.")


def test_discussing_frame_not_for_future_talks() -> None:
    text = "When discussing the matter next month, the ministers will weigh new proposals."
    assert ("CONSULT", ["IND", "RUS"], [], "asserted") not in _code(text, ("RUS", "IND"))


def test_discussing_inside_a_clause_is_no_frame() -> None:
    # the meeting only named as a time marker in a domestic sentence
    text = "The governor reported on the harvest to the President, who is not discussing it with anyone."
    assert ("CONSULT", ["IND", "RUS"], [], "asserted") not in _code(text, ("RUS", "IND"))


# --- talks welcomed by a speaker at them ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I am glad to have this chance to discuss our trade with you.",
        "I am very pleased to discuss so many questions with you today.",
        "I'm happy to talk over the situation in the region with you.",
    ],
)
def test_glad_to_discuss_is_mutual(text: str) -> None:
    found = _code(text, ("RUS", "VNM"), PUTIN)
    consults = [k for k in found if k[0] == "CONSULT"]
    assert consults == [("CONSULT", ["RUS", "VNM"], [], "asserted")]


def test_glad_to_discuss_needs_a_speaker_among_the_sides() -> None:
    found = _code("I am glad to discuss our trade with you.", ("FRA", "VNM"), PUTIN)
    assert ("CONSULT", ["RUS", "VNM"], [], "asserted") not in found


def test_glad_that_we_can_discuss_is_left_alone() -> None:
    # what may be discussed, not a meeting held (the older convention of the unit tests)
    found = _code("I am glad that we can discuss many questions today.", ("RUS", "VNM"), PUTIN)
    assert ("CONSULT", ["RUS", "VNM"], [], "asserted") not in found


def test_glad_to_discuss_not_a_question() -> None:
    assert _code("Am I glad to discuss this with you?", ("RUS", "VNM"), PUTIN) == []


# --- cooperation stated as a fact -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We are deepening our trade, scientific and cultural ties.",
        "We have been steadily expanding our economic and humanitarian relations.",
        "We highly value the cooperation between our countries' health services.",
        "We appreciate the close interaction between our ministries in fighting the epidemic.",
    ],
)
def test_cooperation_stated_by_the_speaker(text: str) -> None:
    found = _code(text, ("RUS", "KAZ"), PUTIN)
    assert ("COOPERATE", ["KAZ", "RUS"], [], "asserted") in found
    assert not any(k[0] == "SUPPORT" and k[1] == ["RUS"] and k[2] == ["KAZ"] for k in found)


def test_cooperation_in_a_field_of_a_named_pair() -> None:
    text = "Cooperation in space is one of the most promising areas of Russian-Indian relations."
    assert ("COOPERATE", ["IND", "RUS"], [], "asserted") in _code(text, (), PUTIN)


@pytest.mark.parametrize(
    "text",
    [
        "We must deepen our trade, scientific and cultural ties.",
        "We will be expanding our economic and humanitarian relations.",
        "We hope we are deepening our trade and cultural ties.",
    ],
)
def test_cooperation_wished_is_not_stated(text: str) -> None:
    found = _code(text, ("RUS", "KAZ"), PUTIN)
    assert ("COOPERATE", ["KAZ", "RUS"], [], "asserted") not in found


def test_cooperation_needs_the_meetings_sides() -> None:
    # a domestic speech: no other side
    found = _code("We are deepening our trade, scientific and cultural ties.", (), PUTIN)
    assert not any(k[0] == "COOPERATE" and len(k[1]) == 2 for k in found)


def test_cooperation_run_of_a_statement() -> None:
    out = _run(
        [
            _line(
                "kremlin-80102-0",
                "Vladimir Putin and President of Kazakhstan Kassym-Jomart Tokayev held talks in Moscow.",
            ),
            _line(
                "kremlin-80102-3", "We are deepening our trade, scientific and cultural ties.", context=PUTIN
            ),
            _line(
                "kremlin-80102-4",
                "We highly value the cooperation between our countries' health services.",
                context=PUTIN,
            ),
        ]
    )
    assert ("COOPERATE", ["KAZ", "RUS"], []) in _kinds(out[1])
    assert ("COOPERATE", ["KAZ", "RUS"], []) in _kinds(out[2])


# --- positions found alike on what was discussed --------------------------------------------------------------------


def test_alike_on_discussed_adds_the_talks() -> None:
    text = "The parties noted the closeness of their positions on the questions discussed."
    found = _code(text, ("RUS", "EGY"))
    assert ("AGREE", ["EGY", "RUS"], [], "asserted") in found
    assert ("CONSULT", ["EGY", "RUS"], [], "asserted") in found


def test_alike_without_discussed_adds_nothing() -> None:
    text = "The parties noted the closeness of their positions on regional security."
    assert "CONSULT" not in _types(text, ("RUS", "EGY"))


# --- bad input ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "...", "x" * 100_000])
def test_settled_never_raises(text: str) -> None:
    assert kremlin17.settled(text, [], "RUS", ("RUS", "KAZ"), DAY, lambda *a: pytest.fail("made")) == []


# --- a decision taken by the sides ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sides", "want"),
    [
        (
            "A decision to reopen the military hotline was taken by the Russian and Turkish defence ministers.",
            (),
            ["RUS", "TUR"],
        ),
        (
            "A decision to restart naval drills was made by NATO and Russian envoys on Tuesday.",
            (),
            ["NATO", "RUS"],
        ),
        (
            "A decision was taken by the summit to found a joint border agency.",
            ("RUS", "KAZ"),
            ["KAZ", "RUS"],
        ),
    ],
)
def test_decision_by_the_sides_is_an_agreement(text: str, sides: tuple[str, ...], want: list[str]) -> None:
    assert ("AGREE", want, [], "asserted") in _code(text, sides)


@pytest.mark.parametrize(
    "text",
    [
        "The decision to close the consulate was taken by Moscow.",
        "No decision was taken by the ministers on the venue.",
        "A decision was taken by the summit to found a joint border agency.",  # no sides known
    ],
)
def test_decision_by_one_side_or_none_is_no_agreement(text: str) -> None:
    assert not any(k[0] == "AGREE" and len(k[1]) >= 2 for k in _code(text))


# --- cooperation told going on, no doer -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Cooperation in shipbuilding is developing steadily.",
        "Progress has been made in joint work on border security.",
        "Military-technical cooperation between the sides continued.",
    ],
)
def test_cooperation_going_is_the_sides(text: str) -> None:
    assert ("COOPERATE", ["RUS", "VNM"], [], "asserted") in _code(text, ("RUS", "VNM"))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Cooperation in shipbuilding is developing steadily.", ()),
        ("Cooperation with India in shipbuilding is developing steadily.", ("RUS", "VNM")),
        ("Cooperation in shipbuilding should be developing faster.", ("RUS", "VNM")),
        ("Cooperation in shipbuilding is not developing.", ("RUS", "VNM")),
        ("Is cooperation in shipbuilding developing?", ("RUS", "VNM")),
        ("Cooperation in shipbuilding continues to be slowed by sanctions.", ("RUS", "VNM")),
        ("Cooperation in shipbuilding is developing quickly, analysts say.", ("RUS", "VNM")),
    ],
)
def test_cooperation_going_look_alikes(text: str, sides: tuple[str, ...]) -> None:
    assert not any(k[0] == "COOPERATE" and k[3] == "asserted" for k in _code(text, sides))
