"""News wording of session 32 (:mod:`detente.coding.news10` and its lexicon file s32-news10.toml): charges told
through a sayer, criticism drawn, failures charged in quoted words, wrongs told as alleged, missions wound up
and refugees gone home, with the near misses of each.

The sentences are written for these tests, not taken from any gold set."""

from __future__ import annotations

import datetime as dt

from tests.badinput import coded_twice_cleanly, near_limit

from detente.coding import news10
from detente.coding.coder import code_sentence
from detente.coding.patterns import inflect, tokenize

DAY = dt.date(2024, 5, 20)

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...]]]


def _coded(text: str) -> Coded:
    return {(e.event.name, e.source, e.target) for e in code_sentence(text, date=DAY)}


def _types(text: str) -> set[str]:
    return {t for t, _, _ in _coded(text)}


def _never(*_: object) -> object:
    raise AssertionError("no event may be made")


# --- lexicon: a wrong laid at a side through a sayer
def test_a_wrong_said_done_is_charged_by_the_sayer() -> None:
    assert ("ACCUSE", ("opposition",), ("GBR",)) in _coded(
        "The opposition claimed that Britain had misled parliament."
    )
    assert ("ACCUSE", ("critics",), ("HUN",)) in _coded(
        "Critics say Hungary is undermining the unity of the bloc."
    )
    assert ("ACCUSE", ("UN",), ("ISR",)) in _coded(
        "The UN said Israel was obstructing aid deliveries to Gaza."
    )
    assert "ACCUSE" in _types("The union said the French government had betrayed the workers.")
    assert "ACCUSE" in _types("The mayor said Chile had broken its promises to the city.")
    assert "ACCUSE" in _types("The opposition said Germany had failed to protect the border.")
    assert "ACCUSE" in _types("The senator said Russia is failing to keep its word.")
    assert "ACCUSE" in _types("The report said Serbia had covered up the killings.")
    assert ("ACCUSE", ("IND",), ("PAK",)) in _coded("India said Pakistan was sponsoring terrorism.")
    assert "ACCUSE" in _types("Trump said NATO allies were freeloading.")


def test_a_finding_of_wrongdoing_accuses_the_side_found_at_fault() -> None:
    assert "ACCUSE" in _types("An inquiry found the Dutch government had misled the families.")
    assert "ACCUSE" in _types("The audit found that Germany had breached EU rules.")


def test_a_deed_said_done_that_is_no_wrong_or_is_denied_is_no_charge() -> None:
    assert "ACCUSE" not in _types("The minister said Germany had helped Ukraine.")
    assert "ACCUSE" not in _types("The minister said Germany had not betrayed anyone.")
    assert "ACCUSE" not in _types("The court found that Russia had not violated the treaty.")


# --- lexicon: criticism drawn
def test_criticism_drawn_is_by_the_one_angered() -> None:
    assert ("ACCUSE", ("CHN",), ("JPN",)) in _coded("The Japanese plan drew a backlash from China.")
    assert ("ACCUSE", ("PSE",), ("ISR",)) in _coded("The Israeli raid provoked anger among Palestinians.")
    assert "ACCUSE" in _types("The law earned the ire of China.")
    assert "ACCUSE" in _types("The Israeli strike sparked outrage in Jordan.")


def test_fire_drawn_is_no_criticism() -> None:
    assert "ACCUSE" not in _types("The patrol drew fire from militants near the border.")


# --- failure_charged
def test_a_failure_in_quoted_words_is_charged_by_the_sayer() -> None:
    assert ("ACCUSE", ("UKR",), ("RUS",)) in _coded('"Russia has failed to keep its word," Zelensky said.')
    assert ("ACCUSE", ("UKR",), ("RUS",)) in _coded(
        'Zelensky said: "Russia has once again failed to keep its word."'
    )
    assert ("ACCUSE", ("POL",), ("DEU",)) in _coded(
        "The Polish minister said on Monday that Germany had so far failed to pay."
    )


def test_a_failure_not_charged_by_anyone_is_no_accusation() -> None:
    assert "ACCUSE" not in _types("Germany has failed to pay its debts to Greece.")  # the report's own words
    assert "ACCUSE" not in _types('"Russia has failed to keep its word," he said.')  # a sayer not named
    assert "ACCUSE" not in _types('"We have failed to protect our people," the French minister said.')
    assert "ACCUSE" not in _types("If Russia has failed to pay by Monday, Gazprom will cut supplies.")
    assert "ACCUSE" not in _types('"Greece and Turkey have failed to reach a deal," the UN envoy said.')
    assert "ACCUSE" not in _types("Britain, which has failed to meet the target, said nothing.")


# --- alleged_doing
def test_one_allegedly_doing_wrong_is_accused() -> None:
    assert ("ACCUSE", ("UKR",), ("RUS",)) in _coded(
        "Two Russian officers allegedly ordered the beatings, Ukraine said."
    )
    assert "ACCUSE" in _types("Russian hackers allegedly broke into the German parliament's network.")


def test_the_allegedly_harmed_and_the_alleged_suspect_are_not_accused() -> None:
    assert "ACCUSE" not in _types("The Chinese spy was allegedly killed in Germany.")
    assert "ACCUSE" not in _types("The alleged ringleader was arrested in France.")
    assert "ACCUSE" not in _types("The chief, who is allegedly close to the mine owner, spoke to reporters.")


# --- wound_not_wounded
def test_a_mission_wound_up_is_ended_not_attacked() -> None:
    assert ("SANCTION", ("NATO",), ("AFG",)) in _coded("NATO wound down its mission in Afghanistan.")
    types = _types("The EU wound up its training mission in Mali.")
    assert "SANCTION" in types and "ASSAULT" not in types


def test_talks_wound_up_are_no_attack_and_wounds_stay_attacks() -> None:
    assert "ASSAULT" not in _types("The talks between Russia and Ukraine wound up on Friday.")
    assert "ASSAULT" in _types("Russian shelling wounded three Ukrainian soldiers.")


# --- refugees_returned
def test_refugees_gone_home_are_a_return_by_the_host() -> None:
    assert ("RETREAT", ("PAK",), ("AFG",)) in _coded(
        "More than 1,000 Afghan refugees returned home from Pakistan."
    )
    assert ("RETREAT", ("TUR",), ("SYR",)) in _coded("Syrian refugees returned from Turkey.")
    assert "RETREAT" in _types("Thousands of Rohingya refugees were repatriated from Bangladesh.")


def test_refugees_who_will_not_go_home_are_no_return() -> None:
    assert "RETREAT" not in _types("The refugees refused to return from Turkey.")
    assert "RETREAT" not in _types("The refugees never returned from Turkey.")
    assert "RETREAT" not in _types("Refugees from Syria returned to the camp after the storm.")


# --- the inflector: "qu" is one consonant
def test_verbs_after_qu_double_their_last_consonant() -> None:
    assert {"quitting", "quitted"} <= inflect("quit")
    assert {"acquitted", "acquitting"} <= inflect("acquit")
    assert "quieting" in inflect("quiet") and "quietting" not in inflect("quiet")
    assert ("SANCTION", ("PRK",), ()) in _coded("North Korea said it was quitting the six-party talks.")


# --- bad input
def test_bad_input_codes_cleanly() -> None:
    for text in (
        "",
        "   ",
        "!!! ??? ...",
        "12 34 56 -- ''",
        near_limit('"failed allegedly wound up refugees returned from" said '),
        "x" * 5000,
    ):
        coded_twice_cleanly(text, date=DAY)
        assert news10.settled(text, tokenize(text), (), [], _never) == []


def test_a_hundred_kilobyte_sentence_is_left_as_read() -> None:
    text = 'Russia has failed to pay, "he said", and refugees returned from Turkey allegedly. ' * 1300
    assert len(text) > 100_000
    assert news10.settled(text, tokenize(text), (), [], _never) == []
    assert code_sentence(text, date=DAY) == []


# --- lexicon: brushing aside, siding with
def test_a_side_said_to_brush_aside_others_is_accused() -> None:
    assert "ACCUSE" in _types("The union said the French government was brushing aside workers' rights.")


def test_a_side_sided_with_is_supported() -> None:
    assert ("SUPPORT", ("TUR",), ("AZE",)) in _coded("Turkey sided with Azerbaijan in the dispute.")


# --- without_looted_money
def test_looted_money_is_no_riot() -> None:
    coded = _coded("Switzerland returned $321 million looted by a former Nigerian ruler.")
    assert "PROTEST" not in {t for t, _, _ in coded} and ("RETREAT", ("CHE",), ("NGA",)) in coded
    assert "PROTEST" not in _types("The former president looted billions from the state coffers of Angola.")


def test_looted_shops_stay_a_riot() -> None:
    assert "PROTEST" in _types("Rioters looted shops in Paris.")
    assert "PROTEST" in _types("Mobs looted stores across South Africa.")


# --- without_habits
def test_a_habit_told_in_a_relative_clause_is_no_act() -> None:
    assert "ACCUSE" not in _types("Iran, which has long condemned Israel, said nothing about the strike.")
    text = "The caretaker cabinet in Caracas - which has regularly denounced Western meddling - would need to help."
    assert "ACCUSE" not in _types(text)


def test_a_habit_told_in_the_main_clause_stays() -> None:
    assert "ACCUSE" in _types("Iran has long condemned Israel's occupation.")
    assert "ACCUSE" in _types("The Irish president has repeatedly criticised NATO allies.")


# --- verdict_said_of
def test_a_quoted_verdict_said_of_a_deed_accuses_its_doer() -> None:
    text = '"This is a blatant violation of international law," the Polish minister said of the Russian incursion.'
    assert ("ACCUSE", ("POL",), ("RUS",)) in _coded(text)
    assert ("ACCUSE", ("FRA",), ("ITA",)) in _coded(
        "\u201cShameful,\u201d the French president said of the Italian decision."
    )


def test_a_quoted_welcome_or_a_denied_verdict_is_no_accusation() -> None:
    assert "ACCUSE" not in _types('"We welcome this step," Germany said of the Polish decision.')
    assert "ACCUSE" not in _types('"It is not illegal," the Polish minister said of the German plan.')


# --- aid_worker_released
def test_an_aid_worker_released_is_a_release_not_aid() -> None:
    coded = _coded("Iran released a British aid worker after six years in detention.")
    assert ("RETREAT", ("IRN",), ("GBR",)) in coded and "AID" not in {t for t, _, _ in coded}


def test_aid_released_stays_aid() -> None:
    assert "AID" in _types("The EU released aid to Ukraine.")


# --- without_match_plays
def test_plays_of_a_match_are_no_attack_or_request() -> None:
    assert "ASSAULT" not in _types(
        "The French team attacked relentlessly in the second half against England."
    )
    assert "REQUEST" not in _types(
        "The striker shot wide as Brazil pressed for an equaliser against Argentina."
    )


def test_halves_of_a_year_and_armed_attacks_stay() -> None:
    assert "ASSAULT" in _types("In the second half of the year, Israel attacked Iran.")
    assert "ASSAULT" in _types("Russian troops attacked Ukrainian positions in the second half of the night.")
    assert "REQUEST" in _types("In the first half of 2024, China pressed Japan to drop the curbs.")


# --- without_pressing_ahead
def test_pressing_ahead_asks_nothing() -> None:
    assert "REQUEST" not in _types("Tokyo pressed ahead with the release despite objections from China.")
    assert "REQUEST" not in _types("Russia pressed on with its attacks on Ukraine.")
    assert "REQUEST" not in _types("Hungary pressed forward with the law.")


def test_pressing_a_side_and_pressing_ahead_with_a_demand_stay_requests() -> None:
    assert "REQUEST" in _types("France pressed Iran to release the hostages.")
    assert "REQUEST" in _types(
        "The senators pressed ahead with their demand that Israel allow aid into Gaza."
    )
