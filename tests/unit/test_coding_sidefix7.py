"""Session 31 (sidefix7): a page read out of order keeps its sides, judges that open the sentence, protests to
summoned envoys, calls with several leaders and "our" forces; sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.coded import triples

from detente.coding import sidefix7
from detente.coding.actors import load_dictionary
from detente.coding.coder import Event, Polarity
from detente.coding.document import RecordStream
from detente.coding.ontology import EventType

DAY = dt.date(2017, 6, 14)
PUTIN = "Vladimir Putin, President of Russia"


def _sides(text: str, kind: str, **kw: object) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    return {(s, t) for k, s, t in triples(text, DAY, **kw) if k == kind}


def _event(kind: EventType, source: tuple[str, ...], target: tuple[str, ...]) -> Event:
    return Event(kind, "", source, target, Polarity.ASSERTED, "2017-06-14", "day", (0, 1), anchor=(0, 0))


def _triples(out: list[dict[str, object]]) -> list[tuple[object, object, object]]:
    return [(e["event"], e["source"], e["target"]) for e in out]


# --- a page read out of order ------------------------------------------------------------------------------


def _two_runs(second_ids: tuple[str, str]) -> list[list[dict[str, object]]]:
    stream = RecordStream()
    first = [
        ("page-40917-4", "Vladimir Putin and Angela Merkel discussed energy supplies.", DAY, None),
        ("page-40917-5", "Mr Putin also raised the question of visas.", DAY, None),
    ]
    stream.code_run(first)
    second = [
        (second_ids[0], "The sides agreed to keep in touch.", DAY, None),
        (second_ids[1], "The question of the Danube bridges was also touched on.", DAY, None),
    ]
    return stream.code_run(second)


def test_a_later_run_of_the_same_page_takes_its_sides() -> None:
    out = _two_runs(("page-40917-1", "page-40917-2"))
    assert [(k, sorted(s), t) for k, s, t in _triples(out[0])] == [("AGREE", ["DEU", "RUS"], [])]


def test_a_number_seen_again_is_another_text() -> None:
    out = _two_runs(("page-40917-4", "page-40917-6"))
    assert _triples(out[0]) == [("AGREE", [], [])]


def test_another_page_lends_nothing() -> None:
    out = _two_runs(("page-51002-1", "page-51002-2"))
    assert _triples(out[0]) == [("AGREE", [], [])]


def test_page_memory() -> None:
    memory = sidefix7.PageMemory()
    memory.learn(("p-12", DAY), [3, 4], ("RUS", "FRA"))
    assert memory.sides_for(("p-12", DAY), [1, 2]) == ("RUS", "FRA")
    assert memory.sides_for(("p-12", DAY), [4]) == ()
    assert memory.sides_for(("p-13", DAY), [1]) == ()
    assert memory.sides_for(None, [1]) == ()
    memory.learn(None, [1], ("RUS", "FRA"))
    memory.learn(("p-14", DAY), [1], ("RUS",))  # one side is no meeting
    assert memory.sides_for(("p-14", DAY), [2]) == ()
    for n in range(sidefix7.MEMORY_PAGES + 5):
        memory.learn((f"q-{n}", DAY), [1], ("RUS", "ITA"))
    assert memory.sides_for(("p-12", DAY), [1]) == ()  # forgotten, oldest first


def test_same_events_counts_types_only() -> None:
    a = [_event(EventType.AGREE, (), ())]
    b = [_event(EventType.AGREE, ("RUS", "DEU"), ())]
    assert sidefix7.same_events(a, b)
    assert not sidefix7.same_events(a, [*b, _event(EventType.CONSULT, ("RUS",), ())])
    assert not sidefix7.same_events(a, [_event(EventType.SUPPORT, ("RUS",), ())])


def test_they_opens_the_sentence() -> None:
    assert sidefix7.they("They went over the state of trade.")
    assert sidefix7.they("In conclusion, both sides thanked the hosts.")
    assert not sidefix7.they("Officials say they will return.")
    assert not sidefix7.they("")


# --- the judge opens the sentence ----------------------------------------------------------------------------


def test_the_opening_judge_accuses_the_doer_by_whom() -> None:
    text = (
        "Russia does not accept the seizure of the school building by the Estonian authorities and regards it "
        "as a breach of the agreement."
    )
    assert _sides(text, "ACCUSE") == {(("RUS",), ("EST",))}


def test_the_opening_judge_needs_a_judging_verb() -> None:
    kept = [_event(EventType.ACCUSE, ("EST",), ("RUS",))]
    text = "Russia noted the seizure of the school building by the Estonian authorities."
    assert sidefix7.judge_opens(text, DAY, kept, load_dictionary()) == kept


# --- a summoned envoy ---------------------------------------------------------------------------------------------


def test_a_protest_to_a_summoned_envoy_is_the_hosts() -> None:
    text = (
        "The Spanish Ambassador was summoned to the Foreign Ministry, where a strong protest was lodged over the "
        "frigate's provocative actions."
    )
    assert _sides(text, "ACCUSE") == {(("RUS",), ("ESP",))}


def test_a_named_ministry_is_its_states() -> None:
    kept = [_event(EventType.ACCUSE, (), ("RUS",))]
    text = "The Russian envoy was summoned to the Polish Foreign Ministry, where a protest was made."
    got = sidefix7.summoned_envoy(text, DAY, kept, load_dictionary())
    assert [(e.source, e.target) for e in got] == [(("POL",), ("RUS",))]
    unsummoned = "The Russian envoy met officials of the Polish Foreign Ministry."
    assert sidefix7.summoned_envoy(unsummoned, DAY, kept, load_dictionary()) == kept


# --- calls with several leaders ---------------------------------------------------------------------------------


def test_a_call_with_two_leaders_is_one_conversation() -> None:
    text = "Vladimir Putin had a telephone conversation with Angela Merkel and Francois Hollande."
    assert _sides(text, "CONSULT") == {(("DEU", "FRA", "RUS"), ())}


def test_separate_calls_and_one_leader_stay_directional() -> None:
    apart = "Vladimir Putin had separate telephone conversations with Angela Merkel and Francois Hollande."
    assert _sides(apart, "CONSULT") == {(("RUS",), ("DEU", "FRA"))}
    one = "Vladimir Putin had a telephone conversation with Angela Merkel."
    assert _sides(one, "CONSULT") == {(("RUS",), ("DEU",))}


# --- our forces ---------------------------------------------------------------------------------------------------


def test_our_pilots_are_the_speakers() -> None:
    text = "Our pilots have destroyed dozens of the gunmen's depots over the past month."
    assert _sides(text, "ASSAULT", context=PUTIN) == {(("RUS",), ("militants",))}
    assert _sides(text, "ASSAULT") == {((), ("militants",))}  # no speaker, no owner


def test_our_plane_shot_down_is_aimed_at_the_speaker() -> None:
    text = "Our plane was shot down by a Turkish fighter."
    assert _sides(text, "ASSAULT", context=PUTIN) == {(("TUR",), ("RUS",))}


def test_hypothetical_attack_on_our_troops_is_no_event() -> None:
    assert _sides("If our troops were attacked, we would respond.", "ASSAULT", context=PUTIN) == set()


# --- bad input ------------------------------------------------------------------------------------------------------


def test_bad_input() -> None:
    dictionary = load_dictionary()
    kept = [_event(EventType.ACCUSE, ("EST",), ("RUS",))]
    for text in ("", "!!! ??? ...", "our " * 3000, "regards it summoned telephone " * 500):
        assert sidefix7.settled(text, DAY, kept, dictionary, "RUS") == kept or len(text) <= 2000
        assert sidefix7.settled(text, DAY, [], dictionary, "RUS") == []
    assert sidefix7.settled("Our troops regards it", None, kept, dictionary, None) == kept


# --- backing another's accession ------------------------------------------------------------------------------


def test_backing_russias_accession_is_the_backers() -> None:
    text = "The Greek Prime Minister said his country firmly supports Russia's early accession to the OECD."
    assert _sides(text, "SUPPORT") == {(("GRC",), ("RUS",))}


def test_a_backing_read_already_is_left_alone() -> None:
    text = "Mr Putin said Russia supports Serbia's accession to the European Union."
    assert (("RUS",), ("SRB",)) in _sides(text, "SUPPORT")
    kept = [_event(EventType.SUPPORT, ("RUS",), ("WTO",))]
    assert sidefix7.backed_accession("Russia joined the WTO in 2012.", DAY, kept, load_dictionary()) == kept
