"""Real-news wording (s24-news): promised stances are SUPPORT and vows to go on no AGREE
(detente.coding.promises), and the promises that stay AGREE; acts named as the measure of a comparison
(detente.coding.comparisons); a participle describing a titled person (detente.coding.participles); news
wordings for applications and talks. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.coded import triples

DAY = dt.date(2024, 3, 5)


def types(text: str) -> set[str]:
    return {t[0] for t in triples(text, DAY)}


# --- promised stances: SUPPORT, not AGREE ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spain pledged its full support for the Moldovan government on Friday.", ("ESP", "MDA")),
        ("Portugal offered unwavering support to Armenia after the vote.", ("PRT", "ARM")),
        ("Chile promised its backing to Peru in the border row.", ("CHL", "PER")),
    ],
)
def test_promised_support_is_support(text: str, expected: tuple[str, str]) -> None:
    coded = triples(text, DAY)
    assert ("SUPPORT", (expected[0],), (expected[1],)) in coded
    assert "AGREE" not in {t[0] for t in coded}


def test_support_promised_once_is_one_support() -> None:
    text = "Finland and Norway lined up behind Estonia on Monday, promising their backing in the dispute."
    assert types(text) == {"SUPPORT"}


@pytest.mark.parametrize(
    "text",
    [
        "Norway pledged financial support to Ukraine on Tuesday.",
        "Canada offered military support to Latvia.",
        "Japan pledged aid to the Philippines after the storm.",
        "Kazakhstan vowed to cooperate with China on energy.",
        "Turkey offered talks to Greece over the islands.",
    ],
)
def test_promised_delivery_stays_agree(text: str) -> None:
    assert "AGREE" in types(text)


# --- vows to go on, abstract offers: no AGREE --------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Farmers blocking the motorway vowed to stay until the tax was withdrawn.",
        "The Bolivian president vowed to serve out his term despite the protests.",
        "Opposition leaders in Serbia vowed to remain in the streets after the count.",
        "Sweden praised the election in Ghana, saying it offered hope to the region.",
    ],
)
def test_vow_to_persist_or_abstract_offer_is_no_agree(text: str) -> None:
    assert "AGREE" not in types(text)


def test_devotion_is_no_commitment() -> None:
    assert "AGREE" not in types("Labour councillors in Leeds are so committed to keeping the library open.")


def test_commitment_still_agree() -> None:
    assert "AGREE" in types("Armenia remains fully committed to the ceasefire with Azerbaijan.")


# --- wordings news uses for applications and talks ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia and Moldova applied to the EU in March 2022.", "REQUEST"),
        ("Norway is engaging closely with Sudan and Chad on the refugee crisis.", "CONSULT"),
    ],
)
def test_news_wordings(text: str, expected: str) -> None:
    assert expected in types(text)


# --- an act as the measure of a comparison (detente.coding.comparisons) ---------------------------------------
def test_act_in_comparison_is_no_event() -> None:
    assert types("Brazil spends far more on its navy than Argentina is willing to admit.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Belgium and more than 20 other states are willing to join the coalition led by France.",
        "More than 200 protesters were arrested by police in Tbilisi on Sunday.",
    ],
)
def test_counts_with_than_still_code(text: str) -> None:
    assert types(text)


# --- a participle describing a titled person (detente.coding.participles) -----------------------------------
def test_participle_before_title_is_no_measure() -> None:
    coded = types("Police in Lahore detained suspended councillor Imran Shah from a hospital on Friday.")
    assert "COERCE" in coded
    assert "SANCTION" not in coded


def test_measure_by_a_side_still_codes() -> None:
    assert "SANCTION" in types("Hungary expelled two Dutch diplomats on Monday.")
