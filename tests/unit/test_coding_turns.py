"""Transcripts: a speaker label ("Name: ...") names who speaks, in a sentence and through a whole page."""

from __future__ import annotations

import datetime as dt

import pytest

import coded
from detente.coding.actors import load_dictionary
from detente.coding.coder import code_sentence
from detente.coding.document import code_document
from detente.coding.units import speaker_turn

DAY = dt.date(2017, 5, 17)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Vladimir Putin: We will respond to this.", "RUS"),
        ("President of Russia Vladimir Putin: Good afternoon, dear colleagues.", "RUS"),
        ("Jens Stoltenberg: We call on Moscow to stop.", "NATO"),
        ("Paolo Gentiloni (retranslated): Thank you.", "ITA"),
        ("Question: Mr President, what about sanctions?", None),
        ("Question from Tver Region: Good afternoon.", None),
        ("Alexander Petrov: Hello, Mr President.", None),  # a label with no known actor
    ],
)
def test_speaker_labels_are_read(text: str, code: str | None) -> None:
    turn = speaker_turn(load_dictionary(), text, DAY)
    assert turn is not None and turn.code == code
    assert text[turn.end - 2 : turn.end] == ": "


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW: The Kremlin said on Monday that talks would go on.",  # a dateline
        "The answer is simple: we will not take part.",  # a clause before a colon
        "In 2014: the year everything changed.",
        "Two things matter here: trust and time.",
        "Russia: a country of many faces.",  # one word is no label
        "",
    ],
)
def test_clauses_and_datelines_are_no_speaker_label(text: str) -> None:
    assert speaker_turn(load_dictionary(), text, DAY) is None


def _triples(text: str, **kw: object) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return coded.triples(text, DAY, **kw)


def test_the_label_is_the_speaker_of_the_sentence() -> None:
    assert _triples("Jens Stoltenberg: We call on Russia to withdraw its forces.") == {
        ("REQUEST", ("NATO",), ("RUS",))
    }
    # the label outranks the document's speaker, and its name is no actor of the sentence
    assert _triples("Paolo Gentiloni: I thank President Putin for the warm welcome.", speaker="RUS") == {
        ("SUPPORT", ("ITA",), ("RUS",))
    }


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin: I agree with you, that is true.",
        "Vladimir Putin: I do not agree with you.",
        "Vladimir Putin: I don't agree.",
        "I can assure you that nothing of the kind happened.",
    ],
)
def test_assent_given_to_the_one_spoken_to_is_no_event(text: str) -> None:
    assert _triples(text, speaker="RUS") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We agree with NATO that terrorism is a common threat.", {("AGREE", ("RUS",), ("NATO",))}),
        ("Russia and Turkey agreed to extend the truce.", {("AGREE", ("RUS", "TUR"), ())}),
    ],
)
def test_agreement_between_actors_stays(
    text: str, expected: set[tuple[str, tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert _triples(text, speaker="RUS") == expected


def test_a_label_holds_the_floor_through_the_page() -> None:
    body = (
        "Vladimir Putin: We have had useful talks today. "
        "Question: Mr President, the Alliance keeps expanding. We condemn this policy of the Alliance. "
        "Paolo Gentiloni: Italy wants dialogue. We support the efforts of Russia in Syria."
    )
    events = code_document(title="Press statements", body=body, published=DAY, url="http://en.kremlin.ru/x")
    found = {(e.event["event"], tuple(e.event["source"]), tuple(e.event["target"])) for e in events}
    # the journalist's "we" is nobody known (not the publisher); the Italian premier's is Italy
    assert ("ACCUSE", ("RUS",), ("NATO",)) not in found
    assert ("SUPPORT", ("ITA",), ("RUS",)) in found


@pytest.mark.parametrize(
    "text",
    [
        "We regret it deeply, of course.",
        "I am deeply concerned that growth has slowed.",
        "I have criticised it more than once.",
        "Thank you very much.",
        "Thank you for your attention.",
        "I want to offer my congratulations.",
        "After the talks the two presidents held a joint press conference.",
        "We will equip the fleet with new attack helicopters.",
        "The army needs reconnaissance and attack drones.",
    ],
)
def test_speech_formulae_and_kinds_of_weapon_are_no_event(text: str) -> None:
    assert _triples(text, speaker="RUS") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We are concerned about NATO's build-up near our borders.", ("ACCUSE", ("RUS",), ("NATO",))),
        ("Putin congratulated Trump on his victory.", ("SUPPORT", ("RUS",), ("USA",))),
        ("Russia and Belarus held joint exercises.", ("COOPERATE", ("BLR", "RUS"), ())),
        ("Militants attack police stations in Dagestan.", ("ASSAULT", ("militants",), ("police",))),
        (
            # condolences are support, not a courtesy of the speech, even with no one named to receive them
            "The Secretary General expressed his condolences to the families of the victims in Moscow.",
            ("SUPPORT", ("NATO",), ()),
        ),
    ],
)
def test_the_same_words_aimed_at_someone_stay(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in _triples(text, speaker="RUS")


@pytest.mark.parametrize(
    "text",
    [
        "We are ready to do it at any moment.",
        "I ask you to analyse the results very carefully.",
        "I personally support its introduction.",
    ],
)
def test_a_speaker_alone_with_a_cooperative_word_is_no_event(text: str) -> None:
    assert _triples(text, speaker="RUS") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We are ready to resume the dialogue with NATO.", ("AGREE", ("RUS",), ("NATO",))),
        ("I asked President Erdogan to consider this possibility.", ("REQUEST", ("RUS",), ("TUR",))),
        ("Russia is ready to help.", ("AGREE", ("RUS",), ())),  # no first person: a report, not a speech
    ],
)
def test_a_speaker_with_a_counterpart_stays(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in _triples(text, speaker="RUS")


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # a dissolved state as the doer after its end: history dated at publication, dropped
        ("In these circumstances, the Soviet Union signed a pact with Germany.", "2020-06-19", set()),
        # before its end it acts
        (
            "The Soviet Union and the United States signed the treaty.",
            "1987-12-08",
            {("SUPPORT", ("SUN", "USA"), ())},
        ),
        # "former" names the state that continued it
        (
            "The last units of the former Soviet army left Estonia on 31 August 1994.",
            "1994-09-01",
            {("RETREAT", ("RUS",), ("EST",))},
        ),
        (
            "Russian troops completed their withdrawal from the former GDR.",
            "1994-09-01",
            {("RETREAT", ("RUS",), ("DEU",))},
        ),
    ],
)
def test_dissolved_states(
    text: str, day: str, expected: set[tuple[str, tuple[str, ...], tuple[str, ...]]]
) -> None:
    got = {
        (e.event.value, tuple(sorted(e.source)), tuple(sorted(e.target)))
        for e in code_sentence(text, date=dt.date.fromisoformat(day))
    }
    assert got == expected


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"SUN": "1991-12-26"}, "expected"),
        ({"SUN": {"ended": "late 1991"}}, "not a YYYY-MM-DD day"),
        ({"SUN": {"ended": "1991-12-26", "successor": 5}}, "successor must be a code"),
        ({"SUN": {"successor": "RUS"}}, "expected"),
    ],
)
def test_bad_dissolved_entries_are_named(table: dict[str, object], message: str) -> None:
    from detente.coding.actors import build_dictionary
    from detente.errors import InputError

    with pytest.raises(InputError, match=f"dissolved SUN.*{message}|dissolved SUN: .*{message}"):
        build_dictionary({"dissolved": table})


@pytest.mark.parametrize(
    "text",
    [
        "A" * 100_000 + ": we condemn it.",
        "Question:" * 20_000,
        "\x00\x01 Vladimir Putin\u2028: we agree.",
        ":" * 500,
        "Vladimir Putin: ",
    ],
)
def test_hostile_labels_give_a_clear_empty_or_plain_result(text: str) -> None:
    """A label the reader cannot place is no label; nothing raises, and an over-long sentence codes nothing."""
    turn = speaker_turn(load_dictionary(), text, DAY)
    assert turn is None or 0 < turn.end <= len(text)
    assert isinstance(code_sentence(text, date=DAY, speaker="RUS"), list)


def test_a_page_of_labels_only_codes_without_error() -> None:
    body = "Question: Thank you. " * 2_000 + "Vladimir Putin: We condemn the attack on the embassy of Italy."
    events = code_document(title="Press conference", body=body, published=DAY, url="http://en.kremlin.ru/x")
    # the journalist's thanks code nothing; the last speaker's condemnation is Russia's
    assert {e.sentence for e in events} == {"Vladimir Putin: We condemn the attack on the embassy of Italy."}
    assert ("ACCUSE", ["RUS"]) in [(e.event["event"], e.event["source"]) for e in events]
