"""Approval of a partner that no trigger word carries (:mod:`detente.coding.approvals`)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.approvals import approvals_to_face, approved_to_face
from detente.coding.coder import code_sentence
from detente.coding.document import RecordStream

DAY = dt.date(2017, 12, 30)
PUTIN = "Vladimir Putin, President of Russia"


def _coded(text: str, context: str | None = None) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {(e.event.name, e.source, e.target) for e in code_sentence(text, date=DAY, context=context)}


@pytest.mark.parametrize(
    "text",
    [
        "Our whole academy expresses deep gratitude to you for handing over the manuscripts.",
        "Many thanks to you for the help with the flood.",
        "Your orchestra toured our cities, for which we are most grateful to you.",
        "We greatly value your country's role as an honest broker.",
        "I would like to warmly congratulate you on your re-election.",
    ],
)
def test_approval_to_face_is_read(text: str) -> None:
    assert approved_to_face(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Many thanks to you for your attention.",
        "The team won the cup thanks to you.",
        "I appreciate your question.",
        "I wish you every success in your work.",
        "Thanks to you all.",
    ],
)
def test_courtesy_and_causes_are_not_read(text: str) -> None:
    assert approved_to_face(text) is None


def _records(*lines: str) -> list[tuple[str, str, dt.date, str | None]]:
    return [(f"p-{i}", line, DAY, None) for i, line in enumerate(lines)]


def test_approval_goes_to_the_other_side_of_a_two_sided_page() -> None:
    records = _records(
        "President of Russia Vladimir Putin: Mr President, welcome to Moscow.",
        "President of Finland Sauli Niinisto: Mr Putin, our scientists express great thanks to you for "
        "the joint Arctic expedition.",
    )
    assert [(k, s, t) for k, s, t, _ in approvals_to_face(records)] == [(1, "FIN", "RUS")]


def test_short_label_repeats_the_full_one() -> None:
    records = _records(
        "President of Russia Vladimir Putin: Mr President, welcome to Moscow.",
        "President of Finland Sauli Niinisto: Thank you.",
        "Vladimir Putin: We greatly value your country's role in the Arctic Council.",
    )
    assert [(k, s, t) for k, s, t, _ in approvals_to_face(records)] == [(2, "RUS", "FIN")]


def test_questions_end_the_reading() -> None:
    records = _records(
        "President of Russia Vladimir Putin: Mr President, welcome to Moscow.",
        "President of Finland Sauli Niinisto: Thank you.",
        "Question: Mr Putin, what about the border?",
        "Vladimir Putin: Many thanks to you for this question about our cooperation.",
    )
    assert approvals_to_face(records) == []


def test_one_speaker_addresses_the_one_partner_named() -> None:
    stream = RecordStream()
    lines = [
        {
            "id": "q-1",
            "date": "2017-12-30",
            "text": "I spoke with the President of Finland yesterday.",
            "context": PUTIN,
        },
        {
            "id": "q-2",
            "date": "2017-12-30",
            "text": "Our researchers express great thanks to you for the joint expedition.",
            "context": PUTIN,
        },
    ]
    out = stream.code_run([(d["id"], d["text"], DAY, d["context"]) for d in lines])
    assert {(e["event"], tuple(e["source"]), tuple(e["target"])) for e in out[1]} == {
        ("SUPPORT", ("RUS",), ("FIN",))
    }


def test_an_audience_is_not_the_partner() -> None:
    records = [
        ("p-0", "The President of Finland attended the forum.", DAY, PUTIN),
        ("p-1", "Ladies and gentlemen, I thank you for the invitation to this forum.", DAY, PUTIN),
    ]
    assert approvals_to_face(records) == []


def test_domestic_page_has_no_partner() -> None:
    records = [
        ("p-0", "I would like to congratulate you on Cosmonautics Day.", DAY, PUTIN),
        ("p-1", "Many thanks to you for your work.", DAY, PUTIN),
    ]
    assert approvals_to_face(records) == []


def test_greetings_framing_a_readout() -> None:
    text = "In his New Year greetings to the King of Spain, Vladimir Putin noted the growth of tourism."
    assert ("SUPPORT", ("RUS",), ("ESP",)) in _coded(text)


def test_plain_message_is_not_greetings() -> None:
    assert (
        _coded("In his message to the President of Finland, Vladimir Putin raised the border issue.") == set()
    )


def test_greetings_extended_with_a_list_of_holidays() -> None:
    text = "Vladimir Putin sent Christmas, birthday and New Year greetings to the Prime Minister of Canada."
    assert ("SUPPORT", ("RUS",), ("CAN",)) in _coded(text)
    text = "Vladimir Putin extended his warm holiday greetings to the President of Finland."
    assert ("SUPPORT", ("RUS",), ("FIN",)) in _coded(text)


def test_partner_important_to_us() -> None:
    assert _coded("The Shanghai Cooperation Organisation is extremely important for us.", PUTIN) == {
        ("SUPPORT", ("RUS",), ("SCO",))
    }
    assert _coded("Our ties with Finland are very important to us.", PUTIN) == {
        ("SUPPORT", ("RUS",), ("FIN",))
    }


def test_things_and_places_important_to_us_are_not_partners() -> None:
    assert _coded("The situation in Syria is very important to us.", PUTIN) == set()
    assert _coded("It is important for us to protect Finland's forests.", PUTIN) == set()
    assert _coded("Finland is not important to us.", PUTIN) == set()


def test_decision_judged_lawful() -> None:
    text = (
        "Mr Putin said that the Finnish government's decision to hold a referendum respects the constitution."
    )
    assert ("SUPPORT", ("RUS",), ("FIN",)) in _coded(text)


def test_decision_judged_unlawful_is_no_support() -> None:
    text = "Mr Putin said that the Finnish government's decision does not respect the constitution."
    assert ("SUPPORT", ("RUS",), ("FIN",)) not in _coded(text)


def test_hope_that_the_partner_furthers_ties_is_support() -> None:
    text = "Mr Putin expressed the hope that the Finnish President would help deepen Russian-Finnish cooperation."
    coded = _coded(text)
    assert ("SUPPORT", ("RUS",), ("FIN",)) in coded
    assert not any(t == "AGREE" for t, _, _ in coded)
    assert ("SUPPORT", ("RUS",), ("FIN",)) in _coded(
        "I hope that Finland will do everything to expand our ties.", PUTIN
    )


def test_hope_about_both_sides_stays_agree() -> None:
    text = "Mr Putin expressed the hope that Russia and Finland would strengthen their cooperation."
    assert not any(t == "SUPPORT" for t, _, _ in _coded(text))


def test_support_expressed_to_no_one_named_goes_to_the_partner() -> None:
    records = [
        ("p-0", "Dear Mr Niinisto, the news of the fire in Turku grieved us.", DAY, PUTIN),
        ("p-1", "I would like to express my heartfelt support in these hard days.", DAY, PUTIN),
    ]
    assert [(k, s, t) for k, s, t, _ in approvals_to_face(records)] == [(1, "RUS", "FIN")]
    assert approved_to_face("I would like to express my support for the new law.") is None
