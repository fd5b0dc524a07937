"""Encounters told without a verb of meeting (s22-encounters, :mod:`detente.coding.encounters`): a meeting
told by how it went, one side's approaches set forth, an exchange
of views between the subject and the one addressed, the host's "your visit", a meeting of the ministers of listed states; with the
look-alikes that must stay out and bad input."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from tests.coded import triples, with_polarity

from detente.coding import alliance, encounters
from detente.coding.coder import code_sentence
from detente.coding.patterns import PatternSet, Token, load_patterns, tokenize
from detente.coding.units import Unit

DAY = dt.date(2019, 6, 4)
PUTIN = "Vladimir Putin, President of Russia"
MEETING: dict[str, Any] = {"participants": ("RUS", "NOR"), "reported_meeting": True}


def types(text: str, **kw: Any) -> set[str]:
    return {t[0] for t in triples(text, DAY, **kw)}


def consults(text: str, **kw: Any) -> set[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    return {e for e in with_polarity(text, DAY, **kw) if e[0] == "CONSULT"}


# --- a meeting told by how it went ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The Russian-Chinese consultations on regional security were constructive.", ("CHN", "RUS")),
        ("Officials noted that the Russian-Japanese talks had been difficult but useful.", ("JPN", "RUS")),
        ("Yesterday's round of Russia-NATO consultations was frank.", ("NATO", "RUS")),
        ("The Russian-Turkish negotiations in Ankara lasted for five hours.", ("RUS", "TUR")),
        ("The German-Russian consultations resumed in Berlin after a long pause.", ("DEU", "RUS")),
        ("Today's session of the Russia-NATO Council was tense.", ("NATO", "RUS")),
        ("The talks between France and Russia took place in a businesslike atmosphere.", ("FRA", "RUS")),
        ("He said there were difficulties in the Russian-US consultations on arms control.", ("RUS", "USA")),
        ("The Finnish-Russian talks were held behind closed doors.", ("FIN", "RUS")),
    ],
)
def test_meeting_named_with_its_sides_told_how_it_went(text: str, sides: tuple[str, ...]) -> None:
    assert ("CONSULT", sides, (), "asserted") in consults(text)


@pytest.mark.parametrize(
    "text",
    [
        "The negotiations confirmed the wish of both states to widen trade.",
        "The talks were held in a warm and friendly atmosphere.",
        "According to the minister, the conversation was detailed and candid.",
        "The consultations lasted for more than three hours.",
    ],
)
def test_bare_talks_take_the_documents_meeting_sides(text: str) -> None:
    assert ("CONSULT", ("NOR", "RUS"), (), "asserted") in consults(text, **MEETING)


@pytest.mark.parametrize(
    "text",
    [
        "The talks on Syria between Russia and Turkey were difficult.",
        "The consultations in Geneva between Russia and Turkey lasted two days.",
    ],
)
def test_topic_or_place_in_the_meeting_phrase_is_no_party(text: str) -> None:
    found = encounters.meeting_went(_view(text))
    assert found is not None and set(found.roles.source) == {"RUS", "TUR"}


def test_meeting_phrase_with_one_party_and_a_topic_is_not_read() -> None:
    assert encounters.meeting_went(_view("The Turkish consultations on Syria were difficult.")) is None


def test_talks_with_one_side_pair_with_the_sayer() -> None:
    got = consults("Lavrov said the talks with the Norwegian delegation had been useful.")
    assert ("CONSULT", ("NOR", "RUS"), (), "asserted") in got


def test_talks_to_come_are_future() -> None:
    got = consults("The Russian-Chinese consultations will be held in Beijing.")
    assert ("CONSULT", ("CHN", "RUS"), (), "future") in got


def test_talks_denied_are_negated() -> None:
    got = consults("The Russian-Georgian talks did not take place.")
    assert all(p != "asserted" for *_, p in got)


@pytest.mark.parametrize(
    "text",
    [
        "The talks were useful.",  # no sides known from the sentence or the document
        "After the talks, the leaders held a news conference.",  # a time marker
        "The results of the Russian-Chinese talks were summed up at a plenary session.",  # a topic
        "Ahead of the Russian-Japanese consultations, the ministry issued a statement.",  # a time marker
        "The meeting with members of the Russian Government was businesslike.",  # a domestic meeting
        "The Russian-Chinese border was closed.",  # no meeting
        "The talks are a chance to restore trust.",  # not how they went
    ],
)
def test_meeting_as_topic_time_or_domestic_is_not_read(text: str) -> None:
    assert encounters.meeting_went(_view(text)) is None


def test_bare_meeting_of_a_body_is_not_the_documents_meeting() -> None:
    view = _view("The meeting of the board of directors was held in Oslo.", **MEETING)
    assert encounters.meeting_went(view) is None


def test_bare_session_is_not_read() -> None:
    view = _view("The session was tense.", **MEETING)  # "session" may be a body's own
    assert encounters.meeting_went(view) is None


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "The minister welcomed the contacts that have taken place between Ankara and Moscow.",
            ("RUS", "TUR"),
        ),
        ("He praised the consultations which were held by Finnish and Russian diplomats.", ("FIN", "RUS")),
    ],
)
def test_meeting_told_in_a_relative_clause(text: str, sides: tuple[str, ...]) -> None:
    assert ("CONSULT", sides, (), "asserted") in consults(text)


def test_relative_clause_after_a_time_marker_is_not_read() -> None:
    view = _view("After the talks that took place between Ankara and Moscow, the ministers left.")
    assert encounters.meeting_went(view) is None


# --- one side's approaches set forth -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He set forth Russia's approaches to the Arctic agenda.",
        "The President outlined the Russian position on fisheries.",
        "Mr Putin explained Russia's assessment of the situation in the Baltic.",
        "He laid out Russia's views on missile defence.",
    ],
)
def test_approaches_set_forth_brief_the_other_side(text: str) -> None:
    assert ("CONSULT", ("RUS",), ("NOR",)) in triples(text, DAY, **MEETING)


def test_approaches_not_set_forth_are_negated() -> None:
    found = encounters.approaches_set_forth(
        _view("He did not explain Russia's position on the quotas.", **MEETING)
    )
    assert found is not None and found.polarity.value == "negated"


@pytest.mark.parametrize(
    ("text", "kw"),
    [
        ("He set forth Russia's approaches to the Arctic agenda.", {}),  # no meeting reported
        ("He set forth China's approaches to the Arctic agenda.", MEETING),  # not one of the sides
        ("He set up Russia's office in Oslo.", MEETING),  # not set forth
        ("The minister outlined plans for the harvest.", MEETING),  # no position
    ],
)
def test_approaches_look_alikes(text: str, kw: dict[str, Any]) -> None:
    assert encounters.approaches_set_forth(_view(text, **kw)) is None


# --- an exchange of views between the subject and the one addressed ---------------------------------------


def test_exchange_between_subject_and_the_one_addressed() -> None:
    text = "While exchanging views on Syria, Vladimir Putin told Angela Merkel's delegation about Astana."
    got = encounters.views_exchanged_between(_view(text))
    assert got is not None and set(got.roles.source) == {"RUS", "DEU"}


@pytest.mark.parametrize(
    "text",
    [
        "While exchanging views on Syria, Vladimir Putin stressed the role of the UN.",  # no one addressed
        "While exchanging views on Syria, the leaders spoke to Angela Merkel.",  # subject not a side
        "After exchanging gifts, Vladimir Putin thanked Angela Merkel.",  # not views
    ],
)
def test_exchange_look_alikes(text: str) -> None:
    assert encounters.views_exchanged_between(_view(text)) is None


def test_exchange_with_the_meeting_known_is_left_to_readouts() -> None:
    text = "While exchanging views on Syria, Vladimir Putin told Angela Merkel's delegation about Astana."
    assert encounters.views_exchanged_between(_view(text, **MEETING)) is None


# --- the guest's visit, as the host speaks of it -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Mr Prime Minister, I am sure that your visit will be useful for both our peoples.", "asserted"),
        ("Thank you for your visit, it is a sign of trust.", "asserted"),
        ("I hope your next visit will last longer.", "future"),
    ],
)
def test_your_visit_is_the_guest_visiting_the_host(text: str, polarity: str) -> None:
    assert ("CONSULT", ("NOR",), ("RUS",), polarity) in consults(text, context=PUTIN, **MEETING)


@pytest.mark.parametrize(
    ("text", "kw"),
    [
        ("I am sure that your visit will be useful.", {"context": PUTIN}),  # no meeting known
        ("I remember your last visit very well.", {"context": PUTIN, **MEETING}),  # an earlier visit
        ("Your visit to China was widely covered.", {"context": PUTIN, **MEETING}),  # to a third side
        ("Our visit to Oslo was useful.", {"context": PUTIN, **MEETING}),  # the speaker's own
        ("I am sure that your visit will be useful.", MEETING),  # no speaker
    ],
)
def test_your_visit_look_alikes(text: str, kw: dict[str, Any]) -> None:
    assert encounters.your_visit(_view(text, **kw)) is None


# --- a meeting of the ministers of listed states ----------------------------------------------------------


def test_forthcoming_meeting_of_ministers_is_future() -> None:
    text = (
        "He said the forthcoming meeting of the foreign ministers of France, Germany and Russia was timely."
    )
    assert ("CONSULT", ("DEU", "FRA", "RUS"), (), "future") in consults(text)


def test_meeting_of_ministers_held() -> None:
    text = "The meeting of the defence ministers of Norway and Russia was held in Murmansk."
    assert ("CONSULT", ("NOR", "RUS"), (), "asserted") in consults(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ahead of the meeting of the foreign ministers of France and Russia, experts met.",  # time marker
        "The results of the meeting of the foreign ministers of France and Russia were published.",  # topic
        "The meeting of the foreign ministers of France was postponed.",  # one state
        "The meeting of the foreign ministers of France and Russia is a good idea.",  # neither held nor to come
    ],
)
def test_meeting_of_ministers_look_alikes(text: str) -> None:
    assert encounters.meeting_of_members(_view(text)) is None


# --- bad input -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", "   ", "12345 678", "-- ... !!", "The talks", "The talks were", "set forth"],
)
def test_bad_input_codes_no_consult(text: str) -> None:
    assert encounters.encounter(_Bare(text)) is None
    assert "CONSULT" not in types(text, **MEETING)


def test_question_is_not_read() -> None:
    assert encounters.encounter(_Bare("Were the Russian-Chinese consultations useful?")) is None


def test_huge_input_of_trigger_words_is_quick_and_safe() -> None:
    text = "the talks were frank on the initiative of set forth exchanging views meeting of " * 1300
    assert len(text) > 100_000
    assert encounters.encounter(_Bare(text)) is None
    assert code_sentence(text, date=DAY, participants=("RUS", "NOR"), reported_meeting=True) == []


@dataclass
class _Bare:
    """A sentence view with no actors resolved (the readers' own guards on odd text)."""

    text: str
    participants: tuple[str, ...] = ("RUS", "NOR")
    reported_meeting: bool = True
    speaker: str | None = "RUS"
    units: tuple[Unit, ...] = ()

    @property
    def tokens(self) -> list[Token]:
        return tokenize(self.text)

    @property
    def patterns(self) -> PatternSet:
        return load_patterns()

    def demonym(self, word: str) -> str | None:
        return None


# --- a view of a sentence, as the coder builds it ----------------------------------------------------------


def _view(text: str, **kw: Any) -> encounters.EncounterView:
    """The coder's context for ``text`` (the sentence view the readers get), captured while coding it."""
    seen: list[encounters.EncounterView] = []
    real = alliance.amend

    def spy(ctx: Any, events: Any, finish: Any) -> Any:
        seen.append(ctx)
        return real(ctx, events, finish)

    alliance.amend = spy  # type: ignore[assignment]
    try:
        code_sentence(text, date=DAY, **kw)
    finally:
        alliance.amend = real
    assert seen, "the coder read nothing of this sentence"
    return seen[0]
