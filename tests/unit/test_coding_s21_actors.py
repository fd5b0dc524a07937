"""Who did what to whom (s21-actors): talks named as one's own are mutual, documents signed "between" two
parties are both parties', a list of sides is the doer as a whole, and a NATO summit decision named by its
city is the Alliance's (logic in detente.coding.attribution)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from tests.coded import triples

from detente.coding import attribution
from detente.coding.coder import Event, code_sentence
from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import tokenize
from detente.coding.units import Unit

DAY = dt.date(2017, 3, 14)
PUTIN = "Vladimir Putin, President of Russia"


def has(text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]], **kw: object) -> bool:
    return expected in triples(text, DAY, **kw)


# ------------------------------------------------------------------------------------------ mutual talks


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        (
            "As is customary, my talks with the President of Armenia proved frank and business-like.",
            PUTIN,
            ("CONSULT", ("ARM", "RUS"), ()),
        ),
        (
            "My talks with President Nursultan Nazarbayev today confirmed our shared wish to cooperate.",
            PUTIN,
            ("CONSULT", ("KAZ", "RUS"), ()),
        ),
        (
            "As usual, our talks with the President of Kyrgyzstan were held in a friendly spirit.",
            PUTIN,
            ("CONSULT", ("KGZ", "RUS"), ()),
        ),
        (
            "Putin said his talks with the President of Armenia had been constructive.",
            None,
            ("CONSULT", ("ARM", "RUS"), ()),
        ),
    ],
)
def test_talks_named_as_ones_own_are_mutual(text: str, context: str | None, expected: object) -> None:
    found = triples(text, DAY, context=context)
    assert expected in found
    assert not any(t[0] == "CONSULT" and t[2] for t in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the purpose of a visit: one side goes to the other
        (
            "French President Nicolas Sarkozy arrived in Moscow on Tuesday for talks with Dmitry Medvedev.",
            ("CONSULT", ("FRA",), ("RUS",)),
        ),
        # a meeting verb with its object stays one-way
        ("Vladimir Putin met Armenian President Serzh Sargsyan in Moscow.", ("CONSULT", ("RUS",), ("ARM",))),
    ],
)
def test_one_way_meetings_stay_one_way(text: str, expected: object) -> None:
    assert expected in triples(text, DAY)


# ------------------------------------------------------------------------------------------ signed between


def test_document_signed_between_two_parties_is_both_sides() -> None:
    text = (
        "We outlined new goals, which are set out in the just signed Declaration on Allied "
        "Relations between Russia and Kyrgyzstan."
    )
    assert has(text, ("SUPPORT", ("KGZ", "RUS"), ()), context=PUTIN)


def test_signing_between_others_is_left_alone() -> None:
    # the signer is not one of the two named after "between": not read
    text = "Germany signed a declaration on the border between Poland and Lithuania."
    assert not has(text, ("SUPPORT", ("LTU", "POL"), ()))
    # "between" past a clause break is no party of the signing
    text = "Russia and Belarus signed a treaty; the talks between France and Italy continue."
    assert not has(text, ("SUPPORT", ("FRA", "ITA"), ()))


# --------------------------------------------------------------------------------------------- whole lists


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia and China said they would veto the resolution.", ("REJECT", ("CHN", "RUS"), ())),
        (
            "The United States and Britain have said that they will send more troops to Iraq.",
            ("MOBILIZE", ("GBR", "USA"), ("IRQ",)),
        ),
        (
            "Poland, Lithuania and Latvia said they would close their borders with Belarus.",
            ("SANCTION", ("LTU", "LVA", "POL"), ("BLR",)),
        ),
        (
            "Norway, Ireland and Spain said on Wednesday they would formally recognise a Palestinian state.",
            ("SUPPORT", ("ESP", "IRL", "NOR"), ("PSE",)),
        ),
        (
            "The first F-16 fighter jets provided by Denmark and the Netherlands have arrived in Ukraine.",
            ("AID", ("DNK", "NLD"), ("UKR",)),
        ),
        ("Aid provided by France and Italy reached Libya.", ("AID", ("FRA", "ITA"), ())),
    ],
)
def test_list_of_sides_is_the_doer(text: str, expected: object) -> None:
    assert expected in triples(text, DAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia, together with China, vetoed the resolution.", ("REJECT", ("CHN", "RUS"), ())),
        ("France, along with Germany, condemned the attack.", ("ACCUSE", ("DEU", "FRA"), ())),
        (
            "Representatives of Ukraine, Russia and the OSCE, together with the leaders of the separatists, "
            "signed a protocol in Minsk.",
            ("SUPPORT", ("OSCE", "RUS", "UKR", "separatists"), ()),
        ),
        (
            "In Istanbul today, Ukraine and the Russian Federation each signed, with Türkiye and the United "
            "Nations, the Black Sea Grain Initiative.",
            ("SUPPORT", ("RUS", "TUR", "UKR", "UN"), ()),
        ),
    ],
)
def test_partners_beside_the_doer_are_doers(text: str, expected: object) -> None:
    assert expected in triples(text, DAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whom one serves alongside: the gold sets code it both ways, left as the coder reads it
        ("A Russian brigade began serving alongside NATO troops.", ("COOPERATE", ("RUS",), ("NATO",))),
        # partners of the object, or an aside that names no partnership
        ("Russia sanctioned Ukraine, along with Moldova, on Monday.", ("SANCTION", ("RUS",), None)),
        ("Russia, at odds with China, vetoed the resolution.", ("REJECT", ("RUS",), None)),
        # two clauses, not a list of two
        ("The joint statement was adopted by Russia, and Ukraine rejected it.", ("REJECT", ("UKR",), None)),
        # "they" after an object list, not a subject that says so
        (
            "Germany criticised Hungary and Poland, saying they would lose EU funds.",
            ("ACCUSE", ("DEU",), None),
        ),
        # "they" after another verb than one of saying
        (
            "Russia and China vetoed the resolution and they will block others.",
            ("REJECT", ("CHN", "RUS"), None),
        ),
        # one sayer
        ("Spain said it would recognise a Palestinian state.", ("SUPPORT", ("ESP",), ("PSE",))),
    ],
)
def test_look_alike_lists_are_left_alone(text: str, expected: tuple[str, tuple[str, ...], object]) -> None:
    found = triples(text, DAY)
    assert any(t[0] == expected[0] and t[1] == expected[1] for t in found)


# ----------------------------------------------------------------------------------------- summit decisions


def test_summit_decision_is_the_alliances() -> None:
    text = (
        "Moscow considers the decision taken in Madrid to invite Poland, Hungary and the Czech Republic to "
        "start accession talks a serious mistake."
    )
    found = triples(text, dt.date(1997, 7, 9))
    assert ("AGREE", ("NATO",), ("CZE", "HUN", "POL")) in found
    assert ("ACCUSE", ("RUS",), ("NATO",)) in found


def test_summit_decision_welcomed_and_carried_out() -> None:
    text = (
        "Poland's Minister of National Defence welcomed the decision taken in Warsaw to station a "
        "multinational battalion in each of the Baltic states and Poland from early next year."
    )
    found = triples(text, dt.date(2016, 7, 10))
    assert ("SUPPORT", ("POL",), ("NATO",)) in found
    assert ("MOBILIZE", ("NATO",), ()) in found


def test_city_before_its_summit_or_no_summit_city_is_left_alone() -> None:
    text = (
        "Poland's Minister of National Defence welcomed the decision taken in Warsaw to station a "
        "multinational battalion in each of the Baltic states and Poland from early next year."
    )
    assert not any("NATO" in t[1] + t[2] for t in triples(text, dt.date(2015, 7, 10)))
    text = "Russia welcomed the decisions made in Paris to station observers in Donbas."
    assert not any("NATO" in t[1] + t[2] for t in triples(text, DAY))


# --------------------------------------------------------------------------------------------- bad input


def _event(source: tuple[str, ...], target: tuple[str, ...], anchor: tuple[int, int]) -> Event:
    return Event(EventType.CONSULT, "", source, target, Polarity.ASSERTED, "", "", (0, 1), anchor=anchor)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "…… ——— 123",
        "talks with",
        "my talks",
        "signed between",
        "signed between Russia and",
        "the decision taken in Warsaw to",
        "decision taken in",
        "Russia and China said they",
        "provided by France and",
        "talks with " * 9000,
        "decision taken in Madrid to " * 3000,
        "signed between Russia and " * 3000,
        "Russia and " * 8000 + "they",
        "provided by " * 8000,
    ],
)
def test_bad_input_gives_a_list(text: str) -> None:
    assert isinstance(code_sentence(text, date=DAY), list)
    tokens = tokenize(text)
    units: list[Unit] = []
    events = [_event(("RUS",), ("ARM",), (0, min(len(text), 5)))]
    for out in (
        attribution.mutual_talks(tokens, units, events),
        attribution.signed_between(tokens, units, events),
        attribution.whole_lists(tokens, units, events),
        attribution.summit_decisions(tokens, units, DAY, events),
    ):
        assert isinstance(out, list)
        assert len(out) == 1


def test_passes_keep_events_without_their_words() -> None:
    tokens = tokenize("my talks with Armenia")
    event = _event(("RUS",), ("ARM",), (999, 1003))  # an anchor past the sentence
    assert attribution.mutual_talks(tokens, [], [event]) == [event]
    assert attribution.mutual_talks(tokens, [], []) == []
    moved = dataclasses.replace(event, anchor=(3, 8))
    unit = Unit(14, 21, 3, 4, "ARM", "state", text="Armenia")
    assert attribution.mutual_talks(tokens, [unit], [moved])[0].source == ("RUS", "ARM")
