"""Session 25 (lead): a "they" set against the speaker's own "we" is not the sides of the document's meeting;
"not only ... but also" after a verb adds, it does not deny; ", as we all know," is an aside, not a subject."""

from __future__ import annotations

import datetime as dt

from detente.coding.coder import code_sentence

DAY = dt.date(2017, 6, 2)
SIDES = ("RUS", "CHN")


def sources(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.event.value, e.source) for e in code_sentence(text, date=DAY, participants=SIDES)]


def test_they_against_us_is_not_the_meeting() -> None:
    got = sources("When we objected, they imposed sanctions on us.")
    assert ("SANCTION", SIDES) not in got
    assert all(set(source) != set(SIDES) for _, source in got)


def test_they_with_our_is_not_the_meeting() -> None:
    assert all(set(source) != set(SIDES) for _, source in sources("They rejected our proposals out of hand."))


def test_they_in_narration_is_still_the_meeting() -> None:
    got = sources("They expressed concern over the situation in Syria.")
    assert any(event == "ACCUSE" and set(source) == set(SIDES) for event, source in got)


def test_they_discussed_beside_our_words_is_still_their_meeting() -> None:
    # a meeting verb keeps its sides: the rule concerns acts, not talks
    got = sources("They discussed trade, and we welcomed that.")
    assert ("CONSULT", SIDES) in got


def polarities(text: str) -> list[tuple[str, str]]:
    return [(e.event.value, e.polarity.value) for e in code_sentence(text, date=DAY, participants=SIDES)]


def test_not_only_after_the_verb_is_no_negation() -> None:
    assert ("CONSULT", "asserted") in polarities(
        "Russia and Belgium discussed not only trade but also security."
    )
    assert ("CONSULT", "asserted") in polarities("Russia and Belgium discussed not just trade.")


def test_plain_not_still_negates() -> None:
    assert ("CONSULT", "negated") in polarities("Russia and Belgium did not discuss trade.")


PUTIN = "Vladimir Putin, President of Russia"


def triples_said(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event.value, e.source, e.target) for e in code_sentence(text, date=DAY, context=PUTIN)]


def test_as_we_know_aside_leaves_the_subject() -> None:
    assert ("ACCUSE", ("RUS",), ("USA",)) in triples_said(
        "Washington, as we all know, has violated the INF Treaty."
    )


def test_we_before_an_aside_is_still_the_subject() -> None:
    assert ("SUPPORT", ("RUS",), ("SRB",)) in triples_said("We, as you know, have always supported Serbia.")


def test_western_politicians_are_the_west() -> None:
    got = triples_said("Western politicians are interfering in the internal affairs of Ukraine.")
    assert ("ACCUSE", ("RUS",), ("WEST",)) in got


def test_secretary_of_state_alone_is_american() -> None:
    got = [
        (e.event.value, e.source, e.target)
        for e in code_sentence("The Secretary of State met Sergei Lavrov in Geneva.", date=DAY)
    ]
    assert ("CONSULT", ("USA",), ("RUS",)) in got


def test_british_secretary_of_state_stays_british() -> None:
    ctx = "Boris Johnson, Prime Minister of the United Kingdom"
    got = [
        (e.event.value, e.source, e.target)
        for e in code_sentence("The Secretary of State for Defence visited Estonia.", date=DAY, context=ctx)
    ]
    assert ("CONSULT", ("GBR",), ("EST",)) in got
