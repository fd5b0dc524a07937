"""The treaty table (``data/treaties.toml``): the shipped file loads, bad entries name themselves, and
leaving a known treaty is still aimed at its other parties."""

from __future__ import annotations

import datetime as dt
import tomllib

import pytest

from detente.coding.actors import load_dictionary
from detente.coding.coder import code_sentence
from detente.coding.treaties import Treaty, build_treaties, load_treaties
from detente.errors import InputError

US_RUSSIA = frozenset({"USA", "RUS"})


def test_the_shipped_table_loads_in_file_order_as_the_coder_reads_words() -> None:
    treaties = load_treaties()
    assert load_treaties() is treaties  # read once per process
    assert treaties == (
        Treaty((("new", "start"), ("start",)), US_RUSSIA),
        Treaty((("inf",), ("intermediate-range", "nuclear", "forces")), US_RUSSIA),
        Treaty((("abm",), ("anti-ballistic", "missile")), US_RUSSIA),
        Treaty((("open", "skies"),), US_RUSSIA),
        Treaty((("plutonium",),), US_RUSSIA),
        Treaty((("cfe",), ("conventional", "armed", "forces", "in", "europe")), frozenset({"RUS", "NATO"})),
        Treaty(
            (
                ("grain", "initiative"),
                ("grain", "deal"),
                ("black", "sea", "initiative"),
                ("grain", "corridor"),
                ("grain", "agreement"),
                ("grain", "agreements"),
            ),
            frozenset({"RUS", "UKR", "TUR", "UN"}),
        ),
    )


def test_every_party_is_a_known_actor() -> None:
    known = set(load_dictionary().code_kinds)
    assert [p for t in load_treaties() for p in t.parties if p not in known] == []


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[[treaty]]\nparties = ["USA", "RUS"]\n', r"treaty entry 1: names must be a non-empty list"),
        ('[[treaty]]\nnames = []\nparties = ["USA", "RUS"]\n', r"treaty entry 1: names must be a non-empty"),
        ('[[treaty]]\nnames = "INF"\nparties = ["USA", "RUS"]\n', r"treaty entry 1: names must be"),
        ('[[treaty]]\nnames = ["INF", 7]\nparties = ["USA", "RUS"]\n', r"treaty entry 1 \(INF\): names must"),
        ('[[treaty]]\nnames = ["INF", " "]\nparties = ["USA", "RUS"]\n', r"entry 1 \(INF\): names must"),
        ('[[treaty]]\nnames = ["INF"]\nparties = "RUS"\n', r"treaty entry 1 \(INF\): parties must be a list"),
        (
            '[[treaty]]\nnames = ["INF"]\nparties = ["RUS"]\n',
            r"entry 1 \(INF\): parties must be a list of at",
        ),
        ('[[treaty]]\nnames = ["INF"]\nparties = ["USA", 1]\n', r"treaty entry 1 \(INF\): parties must be"),
        (
            '[[treaty]]\nnames = ["INF"]\nparties = ["USA", "RUS"]\n[[treaty]]\nnames = ["CFE"]\nside = ["RUS"]\n',
            r"treaty entry 2 \(CFE\): unknown key 'side'",
        ),
        ('treaty = ["INF"]\n', r"treaty entry 1 must be a table"),
        ('treaty = "INF"\n', r"treaty must be an array of tables"),
        ('[treaty]\nnames = ["INF"]\n', r"treaty must be an array of tables"),
        ('[treaties]\nINF = ["USA", "RUS"]\n', r"unknown key 'treaties'"),
        ('format = 2\n[[treaty]]\nnames = ["INF"]\nparties = ["USA", "RUS"]\n', r"format must be 1"),
    ],
)
def test_a_bad_treaty_entry_names_the_entry(toml: str, message: str) -> None:
    """A treaty's names and parties must be lists of strings: a bare "INF" would otherwise be read as the
    letters I, N and F, and a number would crash the pass."""
    with pytest.raises(InputError, match=message):
        build_treaties(tomllib.loads(toml))


def test_a_good_table_builds() -> None:
    data = tomllib.loads('format = 1\n[[treaty]]\nnames = ["Test Ban"]\nparties = ["USA", "RUS", "GBR"]\n')
    assert build_treaties(data) == (Treaty((("test", "ban"),), frozenset({"USA", "RUS", "GBR"})),)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Moscow announced it would withdraw from the Open Skies agreement.", ("RUS",), ("USA",)),
        ("The United States pulled out of the Anti-Ballistic Missile Treaty in 2002.", ("USA",), ("RUS",)),
        (
            "Russia suspended its participation in the Conventional Armed Forces in Europe Treaty.",
            ("RUS",),
            ("NATO",),
        ),
        ("Russia announced its withdrawal from the Black Sea grain deal.", ("RUS",), ("TUR", "UKR", "UN")),
    ],
)
def test_leaving_a_listed_treaty_is_aimed_at_its_other_parties(
    text: str, source: tuple[str, ...], target: tuple[str, ...]
) -> None:
    found = [e for e in code_sentence(text, date=dt.date(2023, 7, 20)) if e.event.value == "SANCTION"]
    assert [(e.source, e.target) for e in found] == [(source, target)]
