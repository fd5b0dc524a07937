"""Targets of the NATO-Russia pairs filled in or corrected (session 38, helper targets4):
detente.coding.s38targets4. Every sentence is invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.actors import load_dictionary
from detente.coding.coder import Event, code_sentence
from detente.coding.ontology import EventType, Polarity
from detente.coding.s38targets4 import settled

DAY = dt.date(2019, 5, 14)
DICTIONARY = load_dictionary()


def coded(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event.value, e.source, e.target) for e in code_sentence(text, date=DAY)]


def event(kind: EventType, source: tuple[str, ...], target: tuple[str, ...], text: str, words: str) -> Event:
    at = text.index(words)
    return Event(
        event=kind,
        mode="",
        source=source,
        target=target,
        polarity=Polarity.ASSERTED,
        event_date="2019-05-14",
        event_date_precision="day",
        evidence=(0, len(text)),
        anchor=(at, at + len(words)),
    )


def aimed(text: str, ev: Event) -> tuple[str, ...]:
    """The target of ``ev`` after the pass."""
    (out,) = settled(text, DAY, [ev], DICTIONARY)
    return out.target


# --- the counterpart named ---------------------------------------------------------------------------------


def test_warning_about_the_alliance_told_before_the_sayer_is_aimed_at_it() -> None:
    text = "Any eastward step of NATO troops would meet a firm answer, the Kremlin cautioned."
    ev = event(EventType.THREATEN, ("RUS",), (), text, "cautioned")
    assert aimed(text, ev) == ("NATO",)


def test_praise_of_the_other_side_is_aimed_at_it_past_a_relative_clause_about_a_third() -> None:
    text = "Washington hailed Moscow's pledge on arms control, which also eases the talks with the Alliance."
    ev = event(EventType.SUPPORT, ("USA",), (), text, "hailed")
    assert aimed(text, ev) == ("RUS",)


def test_ukraine_demand_is_aimed_at_russia() -> None:
    text = "Kyiv once more insisted on the exchange of all prisoners held by Russia."
    ev = event(EventType.REQUEST, ("UKR",), (), text, "insisted on")
    assert aimed(text, ev) == ("RUS",)


def test_a_city_named_as_the_venue_is_no_target() -> None:
    text = "The American envoy turned the draft down during the talks in Moscow."
    ev = event(EventType.REJECT, ("USA",), (), text, "turned the draft down")
    assert aimed(text, ev) == ()


def test_a_side_only_in_a_later_clause_about_something_else_is_no_target() -> None:
    text = "Mr Putin backed the plan, stressing that Russia keeps its channels with NATO open."
    ev = event(EventType.SUPPORT, ("RUS",), (), text, "backed")
    assert aimed(text, ev) == ()


def test_a_side_only_in_a_that_relative_clause_is_no_target() -> None:
    text = "The European Union blacklisted firms that shipped machine tools to Russia."
    ev = event(EventType.SANCTION, ("EU",), (), text, "blacklisted")
    assert aimed(text, ev) == ()


def test_a_that_clause_of_speech_still_names_the_counterpart() -> None:
    text = "The European Union cautioned that Russia would pay a price for any new strike."
    ev = event(EventType.THREATEN, ("EU",), (), text, "cautioned")
    assert aimed(text, ev) == ("RUS",)


def test_the_sayer_who_judges_the_act_is_not_its_target() -> None:
    text = "The Kremlin's nuclear threats are reckless and dangerous, the NATO Secretary General said."
    ev = event(EventType.THREATEN, ("RUS",), (), text, "nuclear threats")
    assert aimed(text, ev) == ()


def test_a_third_side_in_the_clause_keeps_the_act_unaimed() -> None:
    text = "Moscow backed the Chinese plan and the American proposal."
    ev = event(EventType.SUPPORT, ("RUS",), (), text, "backed")
    assert aimed(text, ev) == ()


def test_no_pair_no_target() -> None:
    text = "Moscow backed the plan put forward by Beijing."
    ev = event(EventType.SUPPORT, ("RUS",), (), text, "backed")
    assert aimed(text, ev) == ()


def test_russia_is_not_filled_in_for_acts_towards_ukraine() -> None:
    text = "Moscow once more insisted on the exchange of all prisoners held by Ukraine."
    ev = event(EventType.REQUEST, ("RUS",), (), text, "insisted on")
    assert aimed(text, ev) == ()


def test_acts_with_a_target_are_left_alone() -> None:
    text = "Moscow rejected the plan of the Alliance and the Turkish mediation offer."
    ev = event(EventType.REJECT, ("RUS",), ("TUR",), text, "rejected")
    assert aimed(text, ev) == ("TUR",)


# --- the press is not the one addressed --------------------------------------------------------------------


def test_a_warning_told_to_reporters_is_aimed_at_the_side_it_is_about() -> None:
    text = "The minister cautioned reporters on Monday that Moscow would answer any NATO build-up."
    ev = event(EventType.THREATEN, ("RUS",), ("journalists",), text, "cautioned")
    assert aimed(text, ev) == ("NATO",)


def test_a_call_on_journalists_themselves_stays_with_them() -> None:
    text = "The spokeswoman asked journalists to recall what the United States did in Libya."
    ev = event(EventType.REQUEST, ("RUS",), ("journalists",), text, "asked")
    assert aimed(text, ev) == ("journalists",)


# --- force aimed at its own user ---------------------------------------------------------------------------


def test_an_attack_read_as_self_aimed_goes_to_the_one_other_state() -> None:
    text = "Russian artillery pounded Russian-held ground facing Ukrainian trenches overnight."
    ev = event(EventType.ASSAULT, ("RUS",), ("RUS",), text, "pounded")
    assert aimed(text, ev) == ("UKR",)


def test_a_state_named_as_a_partner_or_a_place_is_not_attacked() -> None:
    text = "Russian vessels fired on Russian targets during joint drills with China."
    ev = event(EventType.ASSAULT, ("RUS",), ("RUS",), text, "fired on")
    assert aimed(text, ev) == ("RUS",)
    text = "Russian vessels fired on Russian targets in drills off Syria."
    ev = event(EventType.ASSAULT, ("RUS",), ("RUS",), text, "fired on")
    assert aimed(text, ev) == ("RUS",)


def test_a_state_named_only_as_the_sayer_is_not_attacked() -> None:
    text = "Russian guns shelled Russian villages by mistake, Georgia said."
    ev = event(EventType.ASSAULT, ("RUS",), ("RUS",), text, "shelled")
    assert aimed(text, ev) == ("RUS",)


def test_an_attack_with_no_target_goes_to_the_one_other_state() -> None:
    text = "Israeli jets pounded a Lebanese depot overnight."
    ev = event(EventType.ASSAULT, ("ISR",), (), text, "pounded")
    assert aimed(text, ev) == ("LBN",)


def test_a_state_that_tells_of_the_attack_is_not_attacked() -> None:
    text = "Tehran said Israeli jets had pounded the depot."
    ev = event(EventType.ASSAULT, ("ISR",), (), text, "pounded")
    assert aimed(text, ev) == ()
    text = "Israeli jets pounded the depot in what Tehran called a provocation."
    ev = event(EventType.ASSAULT, ("ISR",), (), text, "pounded")
    assert aimed(text, ev) == ()


def test_a_deployment_with_no_target_is_left_alone() -> None:
    text = "Russian troops arrived in Belarus for the joint drills."
    ev = event(EventType.MOBILIZE, ("RUS",), (), text, "arrived")
    assert aimed(text, ev) == ()


# --- through the coder -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, etype, target",
    [
        (
            "Any stationing of NATO missiles in Poland would be met with a resolute response, Moscow warned.",
            "THREATEN",
            ("NATO",),
        ),
        ("Lavrov assured journalists that Russia had no plans to attack NATO.", "AGREE", ("NATO",)),
        (
            "Lavrov warned reporters on Monday that Moscow would answer any NATO build-up.",
            "THREATEN",
            ("NATO",),
        ),
    ],
)
def test_coder_aims_the_act(text: str, etype: str, target: tuple[str, ...]) -> None:
    assert any(t == etype and g == target for t, _, g in coded(text)), coded(text)


def test_settled_leaves_a_sentence_without_candidates_as_it_is() -> None:
    text = "Moscow rejected the plan of the Alliance."
    ev = event(EventType.REJECT, ("RUS",), ("NATO",), text, "rejected")
    assert settled(text, DAY, [ev], DICTIONARY) == [ev]
