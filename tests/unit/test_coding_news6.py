"""News wording of session 29 (:mod:`detente.coding.news6` and ``data/lexicon/s29-news6.toml``): repression
told with the words of a sanction, necessities withheld, international bodies sent away, calls told in
passing, attacks named by their date and help told as a description.

The sentences are written for these tests, not taken from any gold set."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2024, 5, 20)

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...]]]


def _coded(text: str) -> Coded:
    return {(e.event.name, e.source, e.target) for e in code_sentence(text, date=DAY)}


def _types(text: str) -> set[str]:
    return {t for t, _, _ in _coded(text)}


# --- lexicon: necessities withheld, migrants turned away, exit bans, the internet cut, prison terms ----------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        # cut off ** water|food|medicine|medicines|necessities
        ("Syrian government forces cut off food and medicine to the rebel-held suburb.", ("SYR",)),
        ("Israel cut off fuel, electricity and water to Gaza.", ("ISR",)),
        # block|stop|bar|prevent * ... from entering
        ("Israeli forces stopped fuel trucks from entering Gaza on Sunday.", ("ISR",)),
        # push back * migrants|refugees|asylum-seekers
        ("Croatian police pushed back dozens of migrants into Bosnia.", ("HRV",)),
        # turn back * migrants|refugees|asylum-seekers
        ("Polish border guards turned back refugees at the frontier with Belarus.", ("POL",)),
        # push back * asylum seekers
        ("Greek coastguards pushed back asylum seekers towards Turkey.", ("GRC",)),
        # turn back * asylum seekers
        ("Lithuanian guards turned back asylum seekers at the border with Belarus.", ("LTU",)),
        # pushback|pushbacks of * migrants|refugees|asylum-seekers (noun)
        ("Croatia's pushbacks of migrants drew criticism from the EU.", ("HRV",)),
        # impose|place|put * exit ban|bans
        ("Chinese authorities put an exit ban on an American banker.", ("CHN",)),
        # exit ban|bans on|against (noun)
        ("The EU condemned China's exit bans against European executives.", ("CHN",)),
        # suspend|cut|block|disrupt * internet in|across|nationwide
        ("Ethiopia suspended the internet across the Amhara region.", ("ETH",)),
        ("Myanmar cut internet nationwide on Monday.", ("MMR",)),
        # hand|give * prison|jail term|terms
        ("A Chinese court gave the Australian writer a suspended jail term.", ("CHN",)),
    ],
)
def test_repression_wording_of_wires_is_coerce(text: str, source: tuple[str, ...]) -> None:
    assert any(t == "COERCE" and s == source for t, s, _ in _coded(text))


@pytest.mark.parametrize(
    "text",
    [
        "The storm cut off roads to the village for two days.",  # no necessity kept from anyone
        "Government troops cut off the town, where residents already lacked water.",  # no list of supplies
        "The coach turned back to the bus after the match.",  # no migrants
        "Germany gave the team a new training ground.",  # no prison term
    ],
)
def test_look_alikes_of_the_repression_wording_are_no_coerce(text: str) -> None:
    assert "COERCE" not in _types(text)


# --- repression told with the words of a sanction ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Pakistani authorities banned TV channels from covering PTI events.", ("media",)),
        ("Russian authorities froze the bank accounts of opposition activists.", ("protesters",)),
        ("Hungary closed its border to migrants.", ("refugees",)),
    ],
)
def test_a_ban_on_a_states_own_people_is_coerce(text: str, target: tuple[str, ...]) -> None:
    coded = _coded(text)
    assert any(t == "COERCE" and tg == target for t, _, tg in coded)
    assert "SANCTION" not in {t for t, _, _ in coded}


def test_an_exit_ban_on_a_foreigner_is_coerce() -> None:
    assert _types("Chinese authorities imposed an exit ban on the Australian businessman.") == {"COERCE"}


@pytest.mark.parametrize(
    "text",
    [
        "The United States imposed sanctions on Russian journalists working for state television.",
        "The EU banned imports of Russian steel.",
        "Washington froze the assets of three Iranian banks.",
    ],
)
def test_sanctions_and_measures_against_states_stay_sanction(text: str) -> None:
    types = _types(text)
    assert "SANCTION" in types
    assert "COERCE" not in types


# --- necessities withheld ----------------------------------------------------------------------------------
def test_a_siege_that_cuts_off_water_is_coerce() -> None:
    coded = _coded("Israel cut off water and electricity to Gaza.")
    assert ("COERCE", ("ISR",), ("PSE",)) in coded
    assert "SANCTION" not in {t for t, _, _ in coded}


@pytest.mark.parametrize(
    "text",
    [
        "Moscow has imposed restrictions on food imports from Turkey.",  # a curb on trade
        "Russia cut off gas supplies to Poland.",  # an energy cut-off between states
        "The United States suspended military aid to Egypt.",  # a donor's aid
    ],
)
def test_trade_energy_and_donor_aid_cuts_stay_sanction(text: str) -> None:
    types = _types(text)
    assert "SANCTION" in types
    assert "COERCE" not in types


# --- international bodies sent away ------------------------------------------------------------------------
def test_banning_a_un_agency_from_operating_is_sanction() -> None:
    coded = _coded("Israel decided to ban the UN relief agency from operating in its territory.")
    assert ("SANCTION", ("ISR",), ("UN",)) in coded
    assert "COERCE" not in {t for t, _, _ in coded}


def test_banning_a_states_own_group_stays_coerce() -> None:
    assert "COERCE" in _types("Russian authorities banned the independent newspaper.")


# --- calls told in passing --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The French president condemned the border closures on Monday, following a phone call with "
            "Germany's chancellor.",
            ("CONSULT", ("FRA", "DEU"), ()),
        ),
        (
            "After a phone call with EU leaders, Biden said sanctions would be tightened.",
            ("CONSULT", ("USA", "EU"), ()),
        ),
    ],
)
def test_a_call_told_in_passing_is_a_consult(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in _coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ahead of a phone call with Germany's chancellor, the French president condemned the closures.",
        "The British prime minister pledged more officers after a call with police chiefs.",
        "Macron condemned the closures after a planned call with Merkel was postponed.",
    ],
)
def test_a_planned_call_or_a_call_with_no_side_adds_no_consult(text: str) -> None:
    assert "CONSULT" not in _types(text)


# --- attacks named by their date ---------------------------------------------------------------------------
def test_an_attack_named_by_its_date_is_background_to_an_accusation() -> None:
    coded = _coded(
        "Israel described the Hamas leader as the mastermind behind the deadly Oct. 7 attacks on southern Israel, "
        "which killed 1,200 people."
    )
    assert "ACCUSE" in {t for t, _, _ in coded}
    assert "ASSAULT" not in {t for t, _, _ in coded}


def test_an_attack_with_its_year_is_background() -> None:
    text = "Hamas-led fighters carried out the attack on Israel back in October 2023, in which 1,200 people died."
    assert "ASSAULT" in _types("Hamas-led fighters attacked Israel on Saturday, killing 1,200 people.")
    assert _types(text) <= {"ASSAULT"}  # the verb "carried out" tells the attack; the noun alone does not


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked the army base on October 7, killing 12 soldiers.",  # told by its verb
        "Investigators studied material from the Oct. 13 attack that killed a journalist.",  # may be the news
    ],
)
def test_an_attack_told_as_the_news_is_kept(text: str) -> None:
    assert "ASSAULT" in _types(text)


# --- help as a description --------------------------------------------------------------------------------
def test_help_told_in_a_relative_clause_is_no_aid() -> None:
    text = "Israel decided to ban the UN agency that helps Palestinians from working on its territory."
    assert "AID" not in _types(text)


def test_help_told_as_an_act_is_aid() -> None:
    assert "AID" in _types("The UN helped Palestinians with food parcels.") | _types(
        "The UN delivered food aid to Palestinians in Gaza."
    )


# --- bad input -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "cut off",
        "exit ban",
        "following a phone call with",
        "the Oct. 7 attacks",
        "that helps",
        "\u201cpushed back\u201d",
    ],
)
def test_fragments_do_not_fail(text: str) -> None:
    assert isinstance(code_sentence(text, date=DAY), list)


def test_very_long_text_does_not_fail() -> None:
    text = " ".join(["Israel cut off water to Gaza after a phone call with Egypt's president."] * 60)
    assert isinstance(code_sentence(text, date=DAY), list)


def test_the_same_sentence_gives_the_same_answer_twice() -> None:
    text = "Russian authorities froze the bank accounts of opposition activists."
    assert _coded(text) == _coded(text)
