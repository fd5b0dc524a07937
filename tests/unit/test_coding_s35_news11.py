"""News wording of session 35 (:mod:`detente.coding.news11` and its lexicon file s35-news11.toml): charges a
monitor lays, evacuations ordered and wars given as the time of something else,
support given by weight and sides gone after, with the near misses of each.

The sentences are written for these tests, not taken from any gold set."""

from __future__ import annotations

import datetime as dt

from tests.badinput import coded_twice_cleanly, near_limit

from detente.coding import news11
from detente.coding.coder import code_sentence
from detente.coding.patterns import tokenize

DAY = dt.date(2024, 5, 20)

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...]]]


def _coded(text: str) -> Coded:
    return {(e.event.name, e.source, e.target) for e in code_sentence(text, date=DAY)}


def _types(text: str) -> set[str]:
    return {t for t, _, _ in _coded(text)}


def _never(*_: object) -> object:
    raise AssertionError("no event may be made")


# --- monitor_charges
def test_a_watchdog_saying_a_side_attacked_accuses_it() -> None:
    assert ("ACCUSE", ("HRW",), ("SAU",)) in _coded(
        "Human Rights Watch said Saudi border guards had shot scores of Ethiopian migrants."
    )
    assert ("ACCUSE", ("AMNESTY",), ("ISR",)) in _coded(
        "Amnesty said Israeli troops had fired on the reporters near the border."
    )


def test_the_act_a_watchdog_tells_stays_coded_beside_the_charge() -> None:
    assert {"ASSAULT", "ACCUSE"} <= _types(
        "Human Rights Watch said Saudi border guards had shot scores of Ethiopian migrants."
    )


def test_a_government_telling_an_attack_or_a_watchdog_denying_one_is_no_charge() -> None:
    assert "ACCUSE" not in _types("A rights group said Iranian police had beaten the strikers.")
    assert "ACCUSE" not in _types("Ukraine said Russian troops shelled Kharkiv during the night.")
    assert "ACCUSE" not in _types("Witnesses said the police fired tear gas at the crowd.")
    assert "ACCUSE" not in _types("The inquiry did not find that Russian forces had shelled the town.")


def test_a_watchdog_side_reporting_its_own_act_is_no_charge() -> None:
    assert ("ACCUSE", ("UN",), ("UN",)) not in _coded(
        "The UN investigators said UN peacekeepers had shot two looters in Goma."
    )


# --- evacuation_ordered
def test_an_order_to_leave_a_place_is_a_request_of_its_side() -> None:
    assert ("REQUEST", ("ISR",), ("PSE",)) in _coded(
        "Israel ordered the residents of eastern Gaza to evacuate before dawn."
    )
    assert ("REQUEST", ("RUS",), ("UKR",)) in _coded(
        "Russia ordered civilians in Kherson to leave the river bank."
    )


def test_orders_that_are_negated_domestic_or_to_stay_are_no_evacuation() -> None:
    assert "REQUEST" not in _types("Israel has not ordered residents of Gaza to evacuate yet.")
    assert ("REQUEST", ("USA",), ("USA",)) not in _coded(
        "Florida ordered residents of Miami to evacuate ahead of the storm."
    )


# --- aid_kept_out
def test_relief_kept_out_of_a_place_is_a_restriction() -> None:
    assert ("COERCE", ("ISR",), ("PSE",)) in _coded("Israel blocked all aid into the Gaza Strip in March.")
    assert "REJECT" not in _types("Israel blocked all aid into the Gaza Strip in March.")
    assert "COERCE" in _types("The decision by Israel to block fuel supplies into Gaza drew protests.")


def test_an_aid_package_blocked_stays_a_rejection() -> None:
    assert "REJECT" in _types("Hungary blocked EU aid to Ukraine.")
    assert "REJECT" in _types("Hungary blocked the aid package for Ukraine.")
    assert "COERCE" not in _types("Hungary blocked the aid package for Ukraine.")


# --- without_background_wars
def test_a_war_given_as_the_time_of_something_else_is_no_attack() -> None:
    assert "ASSAULT" not in _types(
        "Sweden asked to join the alliance in June 2022, weeks after Russia invaded Ukraine."
    )
    assert "ASSAULT" not in _types("Prices soared after Russia invaded Ukraine in February 2022.")
    assert "ASSAULT" not in _types("Energy bills rose in the wake of Russia's invasion of Ukraine.")
    assert "ASSAULT" not in _types("The conflict began after Hamas attacked Israel on October 7.")
    assert "SANCTION" in _types("Following Russia's invasion of Ukraine, the EU imposed sanctions on Moscow.")


def test_attacks_of_the_week_and_wars_told_as_news_stay() -> None:
    assert "ASSAULT" in _types("Israeli jets struck Gaza after Hamas fired rockets at Tel Aviv.")
    assert "ASSAULT" in _types("Israel attacked Rafah on Monday after the talks collapsed.")
    assert "ASSAULT" in _types("Russia invaded Ukraine on Thursday, after weeks of warnings.")
    assert "ASSAULT" in _types("The town emptied after Russian troops attacked it overnight.")
    assert ("ASSAULT", ("UKR",), ("RUS",)) in _coded(
        "Russian forces shelled Sumy after Ukraine attacked the border town of Sudzha on Sunday."
    )


def test_background_reading_needs_a_year_before_the_report() -> None:
    assert "ASSAULT" in _types("Villagers fled after Russian troops attacked the town in 2024.")
    assert "ASSAULT" not in _types("Villagers fled after Russian troops attacked the town in 2023.")


# --- lexicon
def test_support_given_by_weight() -> None:
    assert ("SUPPORT", ("FRA",), ("GRC",)) in _coded("France put its weight behind Greece in the dispute.")
    assert ("SUPPORT", ("lawmakers",), ("UKR",)) in _coded("Senators rallied behind Ukraine on Tuesday.")
    assert "SUPPORT" not in _types("The players rallied behind their coach after the defeat.")


def test_evacuation_notices_and_sides_gone_after() -> None:
    assert ("REQUEST", ("ISR",), ("LBN",)) in _coded(
        "Israel issued evacuation warnings to Lebanon overnight."
    )
    assert ("ACCUSE", (), ("CHN",)) in _coded("The senator went after China over its trade practices.")
    assert "ACCUSE" not in _types("Police went after the gang in Marseille.")


# --- bad input
def test_bad_input_codes_cleanly() -> None:
    for text in (
        "",
        "   ",
        "!!! ??? ...",
        "12 34 56 -- ''",
        near_limit(
            "Amnesty said Israel blocked aid into Gaza and ordered residents of Gaza to evacuate after Russia invaded "
        ),
        "x" * 5000,
    ):
        coded_twice_cleanly(text, date=DAY)
        assert news11.settled(text, tokenize(text), (), [], _never, DAY) == []


def test_a_hundred_kilobyte_sentence_is_left_as_read() -> None:
    text = "After the invasion, Amnesty said Israel ordered residents of Gaza to evacuate. " * 1400
    assert len(text) > 100_000
    assert code_sentence(text, date=DAY) == []
    assert news11.settled(text, tokenize(text[:5000]), (), [], _never, DAY) == []
