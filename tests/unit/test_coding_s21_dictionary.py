"""The s21 dictionary audit (data in detente/data/actors.toml): people who speak or act in NATO-Russia texts
are coded by the role they hold at the text's date and not outside it; common surnames of the new entries
never match alone; new NATO bodies and Russian metonyms are their actor."""

from __future__ import annotations

import datetime as dt
import tomllib
from importlib import resources

import pytest
from tests.coded import triples

from detente.coding import officials
from detente.coding.actors import Mention, load_dictionary


def match(text: str, day: dt.date | None) -> list[Mention]:
    return load_dictionary().match(text, date=day, speaker=None)


def person_code(text: str, day: dt.date | None) -> tuple[str | None, str]:
    """The first person named in ``text`` (titles such as "Chief of General Staff" may name a holder too)."""
    people = [m for m in match(text, day) if m.person]
    assert people, text
    return people[0].code, people[0].person


D = dt.date


# ------------------------------------------------------------------------ roles at the date, and not outside


@pytest.mark.parametrize(
    ("text", "day", "code", "person"),
    [
        # SACEURs: NATO while in command, the United States before and after
        ("General Wesley Clark said the air campaign would go on.", D(1999, 4, 20), "NATO", "Wesley Clark"),
        ("Wesley Clark said the campaign had been a success.", D(2004, 1, 10), "USA", "Wesley Clark"),
        ("General Ralston visited Moscow.", D(2001, 6, 1), "NATO", "Joseph Ralston"),
        ("General James Jones briefed the allies.", D(2005, 3, 1), "NATO", "James L. Jones"),
        ("General James Jones briefed the President.", D(2009, 6, 1), "USA", "James L. Jones"),
        ("General Craddock said the Alliance was ready.", D(2008, 9, 1), "NATO", "Bantz Craddock"),
        (
            "Admiral Stavridis met the Russian Chief of General Staff.",
            D(2011, 5, 1),
            "NATO",
            "James Stavridis",
        ),
        ("Stavridis toured the region.", D(2008, 1, 15), "USA", "James Stavridis"),
        # chairs of the Military Committee
        ("Admiral Di Paola said the meeting was useful.", D(2010, 3, 1), "NATO", "Giampaolo Di Paola"),
        ("Di Paola presented the budget.", D(2012, 6, 1), "ITA", "Giampaolo Di Paola"),
        ("Admiral Rob Bauer warned of a long war.", D(2023, 1, 1), "NATO", "Rob Bauer"),
        ("Air Chief Marshal Sir Stuart Peach visited Kyiv.", D(2019, 6, 1), "NATO", "Stuart Peach"),
        ("Harald Kujat met General Kvashnin.", D(2003, 4, 1), "NATO", "Harald Kujat"),
        # deputy secretaries general and spokespersons
        ("Claudio Bisogniero chaired the meeting.", D(2010, 1, 20), "NATO", "Claudio Bisogniero"),
        ("Radmila Shekerinska signed the agreement.", D(2019, 1, 20), "MKD", "Radmila Shekerinska"),
        ("Radmila Shekerinska opened the conference.", D(2025, 2, 1), "NATO", "Radmila Shekerinska"),
        ("Jamie Shea said the strikes would continue.", D(1999, 5, 1), "NATO", "Jamie Shea"),
        ("Farah Dakhlallah said allies were consulting.", D(2024, 3, 1), "NATO", "Farah Dakhlallah"),
        # people whose organisation changed with their post
        ("Nickolay Mladenov briefed the Security Council.", D(2016, 4, 1), "UN", "Nickolay Mladenov"),
        ("Nickolay Mladenov met Sergey Lavrov.", D(2011, 4, 1), "BGR", "Nickolay Mladenov"),
        ("Jan Eliasson addressed the meeting.", D(2014, 2, 1), "UN", "Jan Eliasson"),
        ("Jan Eliasson addressed the meeting.", D(2006, 6, 1), "SWE", "Jan Eliasson"),
        ("Knut Vollebaek visited Tiraspol.", D(2010, 2, 1), "OSCE", "Knut Vollebæk"),
        ("Knut Vollebaek visited Moscow.", D(1999, 2, 1), "NOR", "Knut Vollebæk"),
        ("Thorbjorn Jagland wrote to the Duma.", D(2014, 2, 1), "COE", "Thorbjørn Jagland"),
        ("Vygaudas Usackas presented his credentials.", D(2014, 2, 1), "EU", "Vygaudas Ušackas"),
        ("Vygaudas Usackas criticised Moscow.", D(2009, 5, 1), "LTU", "Vygaudas Ušackas"),
        ("Kallas spoke in Brussels.", D(2008, 5, 1), "EU", "Siim Kallas"),
        ("Kallas spoke in Tallinn.", D(2022, 5, 1), "EST", "Kaja Kallas"),
        ("Kairat Abdrakhmanov visited Riga.", D(2021, 5, 1), "OSCE", "Kairat Abdrakhmanov"),
        # Russian spokespersons, Security Council secretaries, chiefs of the General Staff, envoys
        ("Mikhail Kamynin said Moscow regretted the decision.", D(2007, 2, 1), "RUS", "Mikhail Kamynin"),
        ("Andrei Nesterenko commented on the NATO summit.", D(2010, 11, 1), "RUS", "Andrei Nesterenko"),
        ("Alexander Yakovenko commented on the enlargement.", D(2002, 11, 1), "RUS", "Alexander Yakovenko"),
        ("Alexei Gromov told reporters.", D(2003, 1, 1), "RUS", "Alexei Gromov"),
        (
            "Sergei Yastrzhembsky said the operation would go on.",
            D(2000, 2, 1),
            "RUS",
            "Sergei Yastrzhembsky",
        ),
        ("Vladimir Rushailo met the NATO delegation.", D(2002, 5, 1), "RUS", "Vladimir Rushailo"),
        ("Yuri Baluyevsky warned NATO.", D(2007, 5, 1), "RUS", "Yuri Baluyevsky"),
        ("General Nikolai Makarov warned about missile defence.", D(2011, 5, 1), "RUS", "Nikolai Makarov"),
        (
            "Anatoly Kvashnin met the Chairman of the Military Committee.",
            D(2001, 5, 1),
            "RUS",
            "Anatoly Kvashnin",
        ),
        ("Alexei Meshkov met the EU envoy.", D(2014, 5, 1), "RUS", "Alexei Meshkov"),
        # the eastern flank, the Nordics and the post-Soviet neighbours
        ("Bogdan Aurescu called on Russia to withdraw.", D(2022, 3, 1), "ROU", "Bogdan Aurescu"),
        ("Nicolae Ciuca said Romania would host more troops.", D(2022, 3, 1), "ROU", "Nicolae Ciucă"),
        ("Mariusz Blaszczak announced the purchase.", D(2022, 3, 1), "POL", "Mariusz Błaszczak"),
        ("Urmas Paet summoned the envoy.", D(2007, 5, 1), "EST", "Urmas Paet"),
        ("Artis Pabriks said the battlegroup was welcome.", D(2020, 5, 1), "LVA", "Artis Pabriks"),
        ("Pekka Haavisto signed the accession protocol.", D(2022, 7, 5), "FIN", "Pekka Haavisto"),
        ("Peter Hultqvist met his Finnish counterpart.", D(2020, 7, 5), "SWE", "Peter Hultqvist"),
        ("Ine Eriksen Soreide met Sergey Lavrov.", D(2019, 7, 5), "NOR", "Ine Eriksen Søreide"),
        ("Viktor Khrenin accused NATO of a build-up.", D(2022, 7, 5), "BLR", "Viktor Khrenin"),
        ("Edward Nalbandian met the Minsk Group co-chairs.", D(2012, 7, 5), "ARM", "Edward Nalbandian"),
        ("Mukhtar Tleuberdi met Antony Blinken.", D(2021, 7, 5), "KAZ", "Mukhtar Tleuberdi"),
        (
            "Davit Kezerashvili said Georgian troops had withdrawn.",
            D(2008, 8, 12),
            "GEO",
            "Davit Kezerashvili",
        ),
        ("Iurie Leanca visited Brussels.", D(2014, 6, 1), "MDA", "Iurie Leancă"),
        # the Minsk talks: Russian negotiators, OSCE envoys and monitors
        ("Dmitry Kozak met Andriy Yermak in Paris.", D(2020, 3, 11), "RUS", "Dmitry Kozak"),
        ("Boris Gryzlov blamed Kyiv for the delay.", D(2017, 3, 1), "RUS", "Boris Gryzlov"),
        ("Martin Sajdik said the ceasefire was holding.", D(2017, 3, 1), "OSCE", "Martin Sajdik"),
        ("Ertugrul Apakan reported more violations.", D(2016, 3, 1), "OSCE", "Ertugrul Apakan"),
        ("Heidi Tagliavini left the talks.", D(2015, 3, 1), "OSCE", "Heidi Tagliavini"),
    ],
)
def test_person_coded_by_role_at_the_date(text: str, day: dt.date, code: str, person: str) -> None:
    assert person_code(text, day) == (code, person)


def test_a_russian_title_finds_its_holder_at_the_date() -> None:
    mentions = match("Admiral Stavridis met the Russian Chief of General Staff.", D(2011, 5, 1))
    assert [(m.code, m.person) for m in mentions] == [("NATO", "James Stavridis"), ("RUS", "Nikolai Makarov")]


def test_the_title_holder_is_found_at_the_date() -> None:
    # a title and the new holder's name: the person, coded by the title's actor
    mentions = match("NATO Deputy Secretary General Alessandro Minuto-Rizzo arrived.", D(2004, 1, 1))
    assert [(m.code, m.person) for m in mentions if m.person] == [("NATO", "Alessandro Minuto-Rizzo")]


def test_orban_alone_stays_viktor_orban_while_ludovic_orban_was_prime_minister() -> None:
    assert person_code("Orban criticised the sanctions.", D(2020, 3, 1)) == ("HUN", "Viktor Orbán")
    assert person_code("Ludovic Orban criticised the sanctions.", D(2020, 3, 1)) == ("ROU", "Ludovic Orban")


# ----------------------------------------------------------------- look-alikes: common surnames never alone


@pytest.mark.parametrize(
    "text",
    [
        "Parts of the city were without power.",
        "Jones said the talks went well.",
        "Clark said the talks went well.",
        "Peach trees were in bloom.",
        "Bauer said the talks went well.",
        "Horn of Africa states met in Nairobi.",
        "Shea said the talks went well.",
        "Filip said the talks went well.",
        "Hasanov said the talks went well.",
        "Petersen said the talks went well.",
    ],
)
def test_common_surnames_of_new_entries_are_not_people(text: str) -> None:
    assert not [m for m in match(text, D(2005, 1, 1)) if m.person]


def test_names_outside_the_dictionary_stay_unknown() -> None:
    assert not [m for m in match("Mr Kamyninov and Mr Stavrides met.", D(2007, 1, 1)) if m.person]


# --------------------------------------------------------------------------------------- bodies and metonyms


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Smolenskaya Square said the move was provocative.", "RUS"),
        ("The NATO Defence College hosted the course.", "NATO"),
        ("Allied Maritime Command deployed the group.", "NATO"),
        ("The Resolute Support Mission trained Afghan forces.", "NATO"),
        ("The NATO Force Integration Units were set up.", "NATO"),
    ],
)
def test_bodies_and_metonyms(text: str, code: str) -> None:
    assert code in [m.code for m in match(text, D(2016, 1, 1))]


# ----------------------------------------------------------------------------------------- whole sentences


def test_spokesman_sentence_codes_russia_against_nato() -> None:
    found = triples(
        "Russian Foreign Ministry spokesman Mikhail Kamynin condemned NATO's decision to expand.",
        D(2008, 4, 4),
    )
    assert any("RUS" in src and "NATO" in tgt for _, src, tgt in found), found


def test_saceur_sentence_codes_nato() -> None:
    found = triples("General Craddock met General Baluyevsky in Brussels.", D(2007, 6, 1))
    assert all("USA" not in src for _, src, _ in found), found


# -------------------------------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "12345 -- !!",
        "Kamynin " * 12_000,
        "Clark Jones Bauer Peach " * 4_000,
        "General",
        "Admiral Rob",
    ],
)
def test_bad_input_gives_a_list(text: str) -> None:
    assert isinstance(match(text, D(2007, 1, 1)), list)
    assert isinstance(match(text, None), list)


# ---------------------------------------------------------------------------------------- the data itself


def test_every_role_starts_before_it_ends() -> None:
    raw = tomllib.loads(resources.files("detente.data").joinpath("actors.toml").read_text(encoding="utf-8"))
    for person in raw["people"]:
        for _actor, _title, start, end in person["roles"]:
            if start and end:
                assert start[:10] <= end[:10], (person["name"], start, end)


# -------------------------------------------------------------- the depositary is no target of the accession

ACCESSION = D(2023, 4, 4)


def test_accession_handed_to_the_depositary_is_towards_the_alliance() -> None:
    found = triples(
        "Finland became the thirty-first member of NATO this afternoon, when Foreign Minister Pekka Haavisto "
        "handed the instrument of accession to the US Secretary of State.",
        ACCESSION,
    )
    assert ("SUPPORT", ("FIN",), ("NATO",)) in found
    assert ("SUPPORT", ("FIN",), ("USA",)) not in found


def test_a_hand_over_told_alone_keeps_its_event() -> None:
    found = triples(
        "Foreign Minister Pekka Haavisto handed the instrument of accession to the US Secretary of State.",
        ACCESSION,
    )
    assert found  # nothing else codes the act: left as it was


def test_support_to_a_state_without_an_instrument_is_kept() -> None:
    found = triples("Finland joined NATO and thanked the United States for its support.", ACCESSION)
    assert ("SUPPORT", ("FIN",), ("USA",)) in found


@pytest.mark.parametrize(
    "text",
    [
        "",
        "instrument of accession to",
        "instruments of ratification with",
        "the instrument of accession was handed to",
        "instrument of ratification to the " * 3_000,
        "!!! ???",
    ],
)
def test_depositary_codes_on_bad_input(text: str) -> None:
    codes = officials.depositary_codes(text, ACCESSION, load_dictionary())
    assert isinstance(codes, frozenset)
    assert officials.without_depositary(text, ACCESSION, load_dictionary(), []) == []


def test_depositary_codes_names_the_receiver() -> None:
    text = "Sweden deposited its instrument of accession with the United States in Washington."
    assert officials.depositary_codes(text, D(2024, 3, 7), load_dictionary()) == frozenset({"USA"})
    assert officials.depositary_codes("Sweden joined NATO.", D(2024, 3, 7), load_dictionary()) == frozenset()


# ------------------------------------------------------------------------ a trip only reported on: no meeting

TRIP_DAY = D(2005, 12, 17)


@pytest.mark.parametrize(
    "text",
    [
        "Igor Levitin has reported on the results of his recent working visit to Georgia.",
        "Sergei Lavrov reports on the outcome of his recent trip to Turkey.",
    ],
)
def test_trip_only_reported_on_is_no_meeting(text: str) -> None:
    assert not any(t[0] == "CONSULT" for t in triples(text, TRIP_DAY))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Igor Ivanov informed President Putin in detail about the results of his trip to Italy.",
            ("CONSULT", ("RUS",), ("ITA",)),
        ),
        (
            "Sergei Lavrov reported to the President on the results of his visit to Turkey.",
            ("CONSULT", ("RUS",), ("TUR",)),
        ),
    ],
)
def test_a_briefing_of_ones_leader_keeps_the_visit(text: str, expected: object) -> None:
    assert expected in triples(text, TRIP_DAY)


@pytest.mark.parametrize("text", ["", "reported on", "reported on the results of his", "report " * 20_000])
def test_reported_trip_on_bad_input(text: str) -> None:
    assert officials.without_reported_trip(text, []) == []
    assert isinstance(triples(text, TRIP_DAY), set)
