"""Importers for PETRARCH/Phoenix actor and agent dictionaries and actor CSV files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from detente.coding.actors import ActorKind, load_dictionary
from detente.coding.importers import (
    import_dictionaries,
    read_actor_csv,
    read_petrarch_actors,
    read_petrarch_agents,
    reduce_cameo_code,
)
from detente.errors import InputError

DICTS = ("data", "coding", "petrarch-validation-records", "dictionaries")

SMALL = """<!-- a test dictionary -->
# a comment line
RUSSIA [RUS]
+RUSSIAN
PRESIDENT_GEORGE_W._BUSH [USAGOV]
GEORGE_BUSH  # the elder
\t[USAGOV >19890120 <19930120]
\t[USA]
SAM_GAMGEE [HOB]
\t[HOBCIV <20080120]
\t[HOBMIL 20080120-20121109]
\t[HOBGOV 20121109 - 20130119]
UNITED_NATIONS [IGOUNO]
+U.N.
REBEL_ARMY [---REB]
"""


def by_name(actors: list) -> dict:
    return {a.name: a for a in actors}


# ---- PETRARCH actors


def test_small_actor_file_round_trip() -> None:
    actors = by_name(read_petrarch_actors(SMALL, state_codes={"RUS", "USA"}))
    assert set(actors) == {
        "Russia",
        "President George W. Bush",
        "George Bush",
        "Sam Gamgee",
        "United Nations",
        "Rebel Army",
    }
    assert actors["Russia"].forms == ["Russia", "Russian"]
    assert actors["Russia"].kind is ActorKind.STATE
    assert actors["United Nations"].code == "UN"
    assert actors["Rebel Army"].code == "rebels"


def test_date_restricted_codes_with_both_bounds() -> None:
    bush = by_name(read_petrarch_actors(SMALL, reduce_codes=False, state_codes=set()))["George Bush"]
    assert bush.code == "USA"
    assert bush.code_at(dt.date(1990, 1, 1))[0] == "USAGOV"
    assert bush.code_at(dt.date(1989, 1, 20))[0] == "USAGOV"
    assert bush.code_at(dt.date(1993, 1, 20))[0] == "USA"


def test_date_ranges_with_and_without_spaces() -> None:
    sam = by_name(read_petrarch_actors(SMALL, reduce_codes=False, state_codes=set()))["Sam Gamgee"]
    assert sam.code_at(dt.date(2007, 1, 1))[0] == "HOBCIV"
    assert sam.code_at(dt.date(2010, 1, 1))[0] == "HOBMIL"
    assert sam.code_at(dt.date(2013, 1, 1))[0] == "HOBGOV"
    assert sam.code_at(dt.date(2014, 1, 1))[0] == "HOB"


def test_validation_actor_dictionary_counts_and_spot_checks(shared_data: type) -> None:
    path: Path = shared_data.path(*DICTS, "PETR.Validate.actors.txt")
    actors = read_petrarch_actors(path, reduce_codes=False)
    assert len(actors) == 128
    assert sum(len(a.forms) for a in actors) == 161
    named = by_name(actors)
    assert named["Russia"].forms == ["Russia", "Russian"]
    assert named["United States"].forms == ["United States", "USA", "U.S."]
    gollum = named["Gollum"]
    assert gollum.forms == ["Gollum", "Smeagol", "Slinker", "Stinker"]
    assert gollum.code_at(dt.date(1994, 1, 1))[0] == "HOB"
    assert gollum.code_at(dt.date(1997, 1, 1))[0] == "HOBGOV"
    assert gollum.code_at(dt.date(2001, 1, 1))[0] == "HOBREB"
    zimbabwe = named["Zimbabwe"]
    assert zimbabwe.code_at(dt.date(1970, 1, 1))[0] == "RHO"
    assert zimbabwe.code_at(dt.date(1990, 1, 1))[0] == "ZBW"
    interpol = named["International Criminal Police Organization"]
    assert (interpol.forms, interpol.code) == (
        ["International Criminal Police Organization", "Interpol"],
        "IGOCOPITP",
    )


def test_validation_dictionaries_merge_and_match(shared_data: type) -> None:
    actors = shared_data.path(*DICTS, "PETR.Validate.actors.txt")
    agents = shared_data.path(*DICTS, "PETR.Validate.agents.txt")
    dictionary = import_dictionaries([actors, agents])
    assert dictionary.counts()["forms"] > load_dictionary().counts()["forms"]
    mentions = dictionary.match(
        "Arnor accused Gondor, and the Gondor foreign minister left.", date=dt.date(1995, 1, 1)
    )
    assert [m.code for m in mentions] == ["ARN", "GON", "GON"]
    assert mentions[2].kind is ActorKind.TITLE
    assert [m.code for m in dictionary.match("Smeagol spoke", date=dt.date(1997, 1, 1))] == ["HOB"]


def test_importing_leaves_the_shipped_dictionary_untouched(shared_data: type) -> None:
    before = load_dictionary().counts()
    import_dictionaries([shared_data.path(*DICTS, "PETR.Validate.actors.txt")])
    assert load_dictionary().counts() == before
    assert load_dictionary().match("Arnor", date=None) == []


def test_malformed_code_block_names_the_line() -> None:
    with pytest.raises(InputError, match=r"<text>:2: malformed"):
        read_petrarch_actors("RUSSIA [RUS]\nUKRAINE [UKR\n", state_codes=set())


def test_code_line_before_any_actor() -> None:
    with pytest.raises(InputError, match=r"<text>:1: a code line before any actor"):
        read_petrarch_actors("[RUS]\nRUSSIA\n", state_codes=set())


def test_bad_restriction_date_names_the_line() -> None:
    with pytest.raises(InputError, match=r"<text>:2: bad date"):
        read_petrarch_actors("X_Y\n  [ABC >20151399]\n", state_codes=set())


def test_unreadable_restriction() -> None:
    with pytest.raises(InputError, match="cannot read the date restriction"):
        read_petrarch_actors("X_Y [ABC after 2015]\n", state_codes=set())


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_petrarch_actors(tmp_path / "missing.txt")


def test_entry_without_code_is_skipped() -> None:
    assert [a.name for a in read_petrarch_actors("LONELY\nRUSSIA [RUS]\n", state_codes=set())] == ["Russia"]


# ---- PETRARCH agents


def test_agents_with_plurals_and_substitutions() -> None:
    text = "!PERSON! = MAN, WOMAN\nFOREIGN_MINISTER [~GOVFRM]\nPOLICE {} [~COP]\nCONGRESS!PERSON! [~LEG]\nRIGHTS_BODY [NGO~]\n"
    agents = read_petrarch_agents(text)
    assert agents[0].forms == ["foreign minister", "foreign ministers"]
    assert agents[0].kind is ActorKind.TITLE and agents[0].title is not None
    assert agents[1].forms == ["police"]
    assert "congressman" in agents[2].forms and "congresswoman" in agents[2].forms
    assert (agents[3].kind, agents[3].code) == (ActorKind.GROUP, "ngo")


def test_validation_agents_count(shared_data: type) -> None:
    agents = read_petrarch_agents(shared_data.path(*DICTS, "PETR.Validate.agents.txt"))
    assert len(agents) == 88
    assert any("foreign minister" in a.forms for a in agents)


def test_agent_without_tilde_is_rejected() -> None:
    with pytest.raises(InputError, match=r"<text>:1: agent code"):
        read_petrarch_agents("MINISTER [GOV]\n")


def test_undefined_substitution() -> None:
    with pytest.raises(InputError, match=r"undefined substitution !NOPE!"):
        read_petrarch_agents("X!NOPE! [~GOV]\n")


# ---- CAMEO code reduction


@pytest.mark.parametrize(
    ("code", "reduced"),
    [
        ("USAGOV", "USA"),
        ("UKRLEG", "UKR"),
        ("IGOEUREEC", "EU"),
        ("IGOUNOMIL", "UN"),
        ("IGONATO", "NATO"),
        ("---REB", "rebels"),
        ("---", None),
        ("ELR/GAL", "ELR"),
        ("pse", "PSE"),
    ],
)
def test_reduce_cameo_code(code: str, reduced: str | None) -> None:
    assert reduce_cameo_code(code) == reduced


# ---- CSV


def test_csv_round_trip() -> None:
    text = (
        "name,code,start,end,kind\n"
        "Jane Roe,NATO,2030-01-01,2034,person\n"
        "Jane Roe,USA,,,person\n"
        "Ruritania,RUR,,,state\n"
        "Grand Fenwick,FEN,,,\n"
    )
    actors = by_name(read_actor_csv(text))
    jane = actors["Jane Roe"]
    assert jane.kind is ActorKind.PERSON
    assert jane.code_at(dt.date(2031, 1, 1))[0] == "NATO"
    assert jane.code_at(dt.date(2035, 1, 1))[0] == "USA"
    assert actors["Ruritania"].kind is ActorKind.STATE
    assert actors["Grand Fenwick"].kind is ActorKind.ORG


def test_csv_file_merges_into_the_dictionary(tmp_path: Path) -> None:
    path = tmp_path / "extra.csv"
    path.write_text("name,code\nRuritania,RUR\n", encoding="utf-8")
    dictionary = import_dictionaries([path])
    assert [m.code for m in dictionary.match("Ruritania and Russia", date=None)] == ["RUR", "RUS"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name,code\nRuritania\n", r"<text>:2: expected 2 fields, got 1"),
        ("name,code\n,RUR\n", r"<text>:2: empty name"),
        ("name,code\nRuritania,\n", r"<text>:2: empty code"),
        ("name,code,start\nA,B,\nRuritania,RUR,yesterday\n", r"<text>:3: not a date"),
        ("name,code,kind\nRuritania,RUR,planet\n", r"<text>:2: unknown kind 'planet'"),
        ("name,code,start,end\nX,Y,2020,2019\n", r"<text>:2: end 2019 is not after start 2020"),
        ("title,code\nX,Y\n", r"<text>:1: the header"),
        ("name,code,colour\nX,Y,red\n", r"<text>:1: unknown columns"),
    ],
)
def test_csv_errors_name_the_line(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_actor_csv(text)


def test_empty_csv_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="header"):
        read_actor_csv("\n")
