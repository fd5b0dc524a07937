"""s35-actors7: people that official texts on NATO-Russia relations name, coded by the office they hold
on the text's date (NATO commanders, Russian deputy foreign ministers, Duma and Federation Council chairs,
chiefs of the General Staff and of the GRU, US envoys to NATO and Moscow, allied and Ukrainian ministers),
people across a change of role, and look-alikes that must not resolve."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.actors import load_dictionary
from detente.coding.coder import code_sentence


def _code(text: str, day: dt.date) -> list[tuple[str, list[str], list[str]]]:
    return sorted((e.event.value, sorted(e.source), sorted(e.target)) for e in code_sentence(text, date=day))


def _codes(text: str, day: dt.date | None) -> list[str | None]:
    return [m.code for m in load_dictionary().match(text, date=day)]


def _first(text: str, day: dt.date | None) -> str | None:
    matches = load_dictionary().match(text, date=day)
    return matches[0].code if matches else None


# --- people coded by the office they hold on the date ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "code"),
    [
        ("Galuzin said the proposals from Kyiv were not serious.", dt.date(2023, 5, 4), "RUS"),
        ("Rudenko told reporters the talks would go on.", dt.date(2020, 2, 3), "RUS"),
        ("Vershinin called the draft resolution one-sided.", dt.date(2019, 9, 9), "RUS"),
        ("Syromolotov said the threat of terrorism was growing.", dt.date(2017, 6, 1), "RUS"),
        ("Seleznyov said the Duma would not ratify the treaty.", dt.date(1999, 4, 2), "RUS"),
        ("Stroyev said the senators opposed the bombing.", dt.date(1999, 4, 2), "RUS"),
        ("Mironov said the upper house backed the president.", dt.date(2008, 8, 20), "RUS"),
        ("Kostyukov met the military attaches in Moscow.", dt.date(2019, 11, 5), "RUS"),
        ("Bortnikov said the service had foiled the plot.", dt.date(2016, 3, 1), "RUS"),
        ("Joulwan said the peace force would be ready.", dt.date(1995, 11, 20), "NATO"),
        ("Abrial said the new command would adapt.", dt.date(2010, 6, 1), "NATO"),
        ("Mercier said the alliance must innovate.", dt.date(2016, 6, 1), "NATO"),
        ("Vandier said the allies needed more drones.", dt.date(2025, 3, 1), "NATO"),
        ("Poltorak said the shelling had intensified.", dt.date(2016, 7, 1), "UKR"),
        ("Taran said the army was ready.", dt.date(2021, 4, 8), "UKR"),
        ("Danilov said the council would meet.", dt.date(2021, 4, 8), "UKR"),
        ("Whitaker said the allies must spend more.", dt.date(2025, 6, 1), "USA"),
        ("McFaul said the embassy would stay open.", dt.date(2013, 1, 10), "USA"),
        ("Beruchashvili said Tbilisi would not give up on membership.", dt.date(2015, 2, 1), "GEO"),
        ("Slutsky said the deputies would answer the provocation.", dt.date(2018, 5, 10), "RUS"),
        ("Pushkov said the assembly had lost its way.", dt.date(2015, 5, 10), "RUS"),
        ("Konashenkov said the drills were planned long ago.", dt.date(2019, 5, 10), "RUS"),
    ],
)
def test_person_coded_by_office(text: str, day: dt.date, code: str) -> None:
    assert _first(text, day) == code


def test_deputy_minister_as_source_of_an_accusation() -> None:
    events = _code("Galuzin accused Kyiv of sabotaging the agreed exchange.", dt.date(2023, 5, 4))
    assert ("ACCUSE", ["RUS"], ["UKR"]) in events


def test_title_and_name_of_a_deputy_foreign_minister() -> None:
    assert _first("Deputy Foreign Minister Rudenko met the Chinese ambassador.", dt.date(2023, 5, 4)) == "RUS"


def test_saceur_before_clark_as_source() -> None:
    events = _code("Joulwan warned Russia against sending troops into the zone.", dt.date(1996, 2, 1))
    assert events and events[0][1] == ["NATO"]


def test_sact_title_alone_is_nato() -> None:
    text = "The Supreme Allied Commander Transformation criticised Russia's exercises."
    assert ("ACCUSE", ["NATO"], ["RUS"]) in _code(text, dt.date(2022, 5, 10))


def test_titled_chief_of_general_staff_of_the_nineties() -> None:
    assert _first("General Kolesnikov criticised the enlargement.", dt.date(1995, 5, 10)) == "RUS"
    assert _first("Chief of the General Staff Kolesnikov spoke.", dt.date(1995, 5, 10)) == "RUS"


def test_us_ambassadors_with_title() -> None:
    assert _first("Ambassador Tracy was summoned on Monday.", dt.date(2023, 5, 10)) == "USA"
    assert _first("Ambassador Burns met the minister.", dt.date(2006, 5, 10)) == "USA"
    assert _first("Ambassador Collins met the minister.", dt.date(2000, 5, 10)) == "USA"


def test_norway_defence_minister_of_2013() -> None:
    assert _first("Defence Minister Strøm-Erichsen visited Murmansk.", dt.date(2013, 5, 10)) == "NOR"


# --- one person across a change of role -------------------------------------------------------------------


def test_mattis_nato_then_pentagon() -> None:
    assert _first("Mattis said the allies must transform.", dt.date(2008, 5, 10)) == "NATO"
    assert _first("Mattis said the allies must pay more.", dt.date(2018, 5, 10)) == "USA"


def test_joulwan_before_nato() -> None:
    assert _first("Joulwan visited Panama.", dt.date(1992, 5, 10)) == "USA"


def test_abrial_french_air_chief_then_nato() -> None:
    assert _first("Abrial inspected the air base.", dt.date(2007, 5, 10)) == "FRA"
    assert _first("Abrial inspected the command.", dt.date(2011, 5, 10)) == "NATO"


def test_lebedev_intelligence_then_cis() -> None:
    assert _first("Sergei Lebedev accused Britain of spying.", dt.date(2005, 5, 10)) == "RUS"
    assert _first("Sergei Lebedev opened the session.", dt.date(2010, 5, 10)) == "CIS"


def test_vorontsov_soviet_then_russian() -> None:
    assert _first("Vorontsov criticised Iraq.", dt.date(1991, 6, 10)) == "SUN"
    assert _first("Vorontsov criticised the enlargement.", dt.date(1996, 6, 10)) == "RUS"


def test_vincent_titled_only() -> None:
    assert _first("Field Marshal Vincent met Russian generals.", dt.date(1994, 5, 10)) == "NATO"


# --- look-alikes that must not resolve --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Lavigne sang at the concert.", dt.date(2022, 5, 10)),
        ("Vincent painted the harbour.", dt.date(1994, 5, 10)),
        ("Kolesnikov wrote a column.", dt.date(1995, 5, 10)),
        ("Samsonov wrote a column.", dt.date(1997, 1, 10)),
        ("Mamedov won the chess game.", dt.date(1998, 5, 10)),
        ("Tracy went home early.", dt.date(2023, 5, 10)),
        ("Collins scored twice.", dt.date(2010, 5, 10)),
        ("Hunter closed the gate.", dt.date(1995, 5, 10)),
        ("Lebedev bought a newspaper.", dt.date(2009, 5, 10)),
        ("Tarasov scored a goal.", dt.date(1997, 5, 10)),
    ],
)
def test_lookalike_surname_alone_is_no_actor(text: str, day: dt.date) -> None:
    assert _codes(text, day) == []


def test_lowercase_burns_is_no_actor() -> None:
    assert _codes("The fire burns for days.", dt.date(2006, 5, 10)) == []


def test_other_sullivan_and_volker_keep_their_own() -> None:
    assert _first("Jake Sullivan spoke.", dt.date(2022, 5, 10)) == "USA"
    assert _first("Volker Türk criticised the strikes.", dt.date(2023, 5, 10)) == "UN"
    assert _first("Volker accused Russia of blocking a mission.", dt.date(2018, 5, 10)) == "USA"


# --- bad input ---------------------------------------------------------------------------------------------


def test_empty_and_no_letters() -> None:
    assert _codes("", dt.date(2020, 1, 1)) == []
    assert _codes("... 123 -- !!", dt.date(2020, 1, 1)) == []
    assert _code("", dt.date(2020, 1, 1)) == []


def test_long_sentence() -> None:
    text = "Galuzin said the talks would go on. " + "word " * 20_000
    assert _first(text, dt.date(2023, 5, 4)) == "RUS"
    assert isinstance(_code(text, dt.date(2023, 5, 4)), list)


def test_no_date_uses_nationality() -> None:
    assert _first("Mattis spoke.", None) == "USA"
    assert _first("Abrial spoke.", None) == "FRA"
