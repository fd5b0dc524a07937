"""COERCE readings that report no coercion (:mod:`detente.coding.coercefix`).

The sentences are written for these tests, not taken from the pages of any gold set."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2023, 3, 14)


def _types(text: str) -> set[str]:
    return {e.event.name for e in code_sentence(text, date=DAY)}


def _coded(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {(e.event.name, e.source, e.target) for e in code_sentence(text, date=DAY)}


@pytest.mark.parametrize(
    "text",
    [
        # a diplomatic expulsion is a SANCTION
        "The minister told lawmakers that 12 Russian diplomats named as spies will be expelled from Norway.",
        # the grievance of a street protest
        "Thousands took to the streets of Tbilisi to protest against the takeover of the port by Russia.",
        # a ban on talking
        "Moldova has prohibited any negotiations with the separatist leadership.",
        "It was Kyiv that banned by decree all talks with the Russian side.",
        # a standing policy, a means, an obligation
        "Canada and Australia have long designated the movement a terrorist organisation.",
        "The senators said they had several ways to block the transfer of the staff to the new agency.",
        '"We have to ban every foreign company from collecting our data," the candidate said.',
        # moderation by a platform
        "Twitter blocked the account of the former minister after the riot.",
        # the income from frozen assets
        "Moscow called the EU's decision to use income from frozen Russian assets for Ukraine theft.",
    ],
)
def test_no_coercion(text: str) -> None:
    assert "COERCE" not in _types(text)


def test_expulsion_of_diplomats_is_a_sanction() -> None:
    coded = _coded(
        "The minister told lawmakers that 12 Russian diplomats will be expelled from the United Kingdom."
    )
    assert ("SANCTION", ("GBR",), ("RUS",)) in coded


def test_blockade_by_protesters_is_no_coercion() -> None:
    assert "COERCE" not in _types("The blockade of the Lithuanian embassy by protesters lasted five days.")


@pytest.mark.parametrize(
    "text",
    [
        # a diplomatic protest at a detention keeps the detention
        "We strongly protest against the detention of Russian journalists by the Latvian authorities.",
        "The United States condemns the detention of an American reporter by Russia's security service.",
        # expelling journalists is coercion
        "The authorities expelled the BBC correspondent from the country.",
        # real bans, blockades and seizures
        "India banned dozens of Chinese mobile apps.",
        "Russia seized two Ukrainian ships in the Kerch Strait.",
        "The Russian authorities blocked Facebook in March.",
        "Police detained 50 people at an unauthorised rally in Minsk.",
        "The EU decided to use frozen Russian assets to rebuild Ukraine.",
        "Russia has occupied Crimea since 2014.",
        # a ban on a group, not on talks
        "Ukraine has banned the pro-Russian party.",
    ],
)
def test_coercion_kept(text: str) -> None:
    assert "COERCE" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The EU said it would not allow Russia to blockade Moldova.",
        "Allies will never let Russia seize more Ukrainian land.",
    ],
)
def test_refused_acts(text: str) -> None:
    assert "COERCE" not in _types(text)
