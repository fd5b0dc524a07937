"""s35-actors6: names that stand for several actors ("blocs": the Baltic states, the Quartet, the Normandy
Four, ...) resolve to all their members on the event's date; regional groups coded by a word; look-alikes
that must not resolve."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import blocs
from detente.coding.actors import build_dictionary, load_dictionary
from detente.coding.coder import code_sentence
from detente.errors import InputError

DAY = dt.date(2019, 3, 12)
BALTS = ["EST", "LTU", "LVA"]


def _code(text: str, day: dt.date = DAY) -> list[tuple[str, list[str], list[str]]]:
    return sorted((e.event.value, sorted(e.source), sorted(e.target)) for e in code_sentence(text, date=day))


def _codes(text: str, day: dt.date | None = DAY) -> list[str | None]:
    return [m.code for m in load_dictionary().match(text, date=day)]


# --- blocs as sources and targets ---------------------------------------------------------------------------


def test_baltic_states_as_target() -> None:
    assert ("ACCUSE", ["RUS"], BALTS) in _code(
        "Moscow accused the Baltic states of rewriting the history of the last war."
    )


def test_baltic_countries_as_source() -> None:
    events = _code("The Baltic countries condemned Russia's deployment of new missiles in Kaliningrad.")
    assert ("ACCUSE", BALTS, ["RUS"]) in events


@pytest.mark.parametrize("name", ["the Baltic republics", "the Baltics", "the three Baltic states"])
def test_baltic_forms(name: str) -> None:
    assert "BALTIC" in _codes(f"Russia criticised {name} for their new language law.")


def test_quartet_expands_to_its_four_members() -> None:
    events = _code("The Quartet urged both sides to return to direct negotiations without delay.")
    assert events and events[0][1] == ["EU", "RUS", "UN", "USA"]


def test_quartet_member_on_other_side_is_left_out() -> None:
    events = _code("Russia criticised the Quartet for ignoring its proposals on the settlement.")
    assert ("ACCUSE", ["RUS"], ["EU", "UN", "USA"]) in events


def test_normandy_four_leaders() -> None:
    events = _code("The Normandy Four leaders agreed to exchange all prisoners by the end of the year.")
    assert events and events[0][1] == ["DEU", "FRA", "RUS", "UKR"]


def test_e3_as_source() -> None:
    assert ("REQUEST", ["DEU", "FRA", "GBR"], ["IRN"]) in _code(
        "The E3 urged Iran to return to full compliance with its nuclear commitments."
    )


def test_gulf_states_as_source() -> None:
    events = _code("The Gulf states urged Iran to halt its missile programme.")
    assert ("REQUEST", ["ARE", "BHR", "KWT", "OMN", "QAT", "SAU"], ["IRN"]) in events


def test_minsk_group_co_chairs() -> None:
    events = _code("The OSCE Minsk Group co-chairs called on Baku and Yerevan to respect the ceasefire.")
    assert events and events[0][1] == ["FRA", "RUS", "USA"]


# --- dated membership -----------------------------------------------------------------------------------------


def test_visegrad_before_and_after_czechoslovakia_split() -> None:
    text = "Russia criticised the Visegrad Group for its position on energy."
    assert ("ACCUSE", ["RUS"], ["CZE", "HUN", "POL", "SVK"]) in _code(text)
    assert ("ACCUSE", ["RUS"], ["CSK", "HUN", "POL"]) in _code(text, dt.date(1992, 5, 4))


def test_coalition_by_war_and_date() -> None:
    libya = _code("Moscow condemned the coalition's air strikes in Libya.", dt.date(2011, 4, 2))
    assert ("ACCUSE", ["RUS"], ["FRA", "GBR", "USA"]) in libya
    syria = _code("Moscow accused the coalition of killing civilians in Syria.", dt.date(2017, 3, 1))
    assert ("ACCUSE", ["RUS"], ["USA"]) in syria


def test_coalition_cues_hold_by_window() -> None:
    # Libya is a cue of the 2011 coalition only: in 2015 "the coalition in Libya" is none of the US-led one
    assert "COALITION" not in _codes(
        "The coalition struck targets near Tripoli in Libya.", dt.date(2015, 5, 1)
    )
    assert "COALITION" in _codes("The coalition struck targets near Tripoli in Libya.", dt.date(2011, 5, 1))


def test_coalition_in_a_quiet_window_is_no_mention() -> None:
    assert "COALITION" not in _codes("The coalition struck targets in Syria.", dt.date(2013, 1, 10))


def test_quartet_before_it_existed_is_no_mention() -> None:
    assert "QUARTET" not in _codes("The Quartet met in Madrid.", dt.date(1995, 1, 1))


def test_bloc_members_and_allied() -> None:
    d = load_dictionary()
    assert d.bloc_members("BALTIC", DAY) == ("EST", "LVA", "LTU")
    assert d.bloc_members("P5", dt.date(1965, 1, 1)) == ("FRA", "GBR", "SUN", "USA")
    assert d.bloc_members("P5", DAY) == ("CHN", "FRA", "GBR", "RUS", "USA")
    assert d.bloc_members("RUS", DAY) == ()
    assert d.allied("NATO", "BALTIC", DAY)
    assert not d.allied("NATO", "BALTIC", dt.date(2000, 1, 1))
    assert not d.allied("RUS", "QUARTET", DAY)


def test_allied_deployment_to_baltic_states_has_no_target() -> None:
    events = _code(
        "Four Belgian F-16 fighters arrived in Lithuania to patrol the airspace of the Baltic states, a "
        "step Moscow called unfriendly.",
        dt.date(2004, 4, 1),
    )
    assert ("MOBILIZE", ["NATO"], []) in events


# --- look-alikes that must not resolve ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russian warships sailed into the Baltic Sea on Monday.",
        "The Baltic region has seen more exercises this year.",
        "Two Baltic states asked for more troops.",
        "Finland and other Nordic countries welcomed the proposal.",
        "Some Gulf states have restored ties with Damascus.",
    ],
)
def test_no_bloc(text: str) -> None:
    assert not {"BALTIC", "NORDIC", "GULF"} & set(_codes(text))


@pytest.mark.parametrize(
    "text",
    [
        "A coalition government was formed in Berlin after weeks of talks.",
        "The ruling coalition in Kyiv lost its majority.",
        "The coalition collapsed after the finance minister was dismissed.",
        "The Saudi-led coalition bombed positions in Yemen on Tuesday.",
        "The coalition led by Saudi Arabia carried out air strikes in Yemen.",
        "The anti-Hitler coalition defeated Nazi Germany.",
    ],
)
def test_no_coalition(text: str) -> None:
    assert "COALITION" not in _codes(text, dt.date(2017, 3, 1))


def test_saudi_led_coalition_is_saudi_arabia() -> None:
    events = _code("The Saudi-led coalition bombed Houthi positions in Yemen.", dt.date(2016, 6, 1))
    assert events and events[0][1] == ["SAU"]


def test_normandy_format_alone_is_a_framework() -> None:
    assert "NORMANDY" not in _codes("The talks continued in the Normandy format in Paris.")


def test_string_quartet_is_no_bloc() -> None:
    assert "QUARTET" not in _codes("A string quartet played at the reception in the embassy.")


# --- regional groups coded by a word, metonyms ---------------------------------------------------------------


def test_central_asian_countries_group() -> None:
    assert "central asian states" in _codes("NATO trained officers from the Central Asian countries.")


def test_anti_terrorist_coalition_group() -> None:
    assert _codes("Russia joined the anti-terrorist coalition.", dt.date(2001, 10, 1)) == [
        "RUS",
        "anti-terrorist coalition",
    ]


def test_western_group_of_forces_is_russia() -> None:
    assert _codes("The Western Group of Forces left Germany.", dt.date(1994, 8, 31)) == ["RUS", "DEU"]


# --- the expansion function and bad input -------------------------------------------------------------------


def test_side_of_keeps_order_and_drops_duplicates() -> None:
    d = load_dictionary()
    assert blocs.side_of(d, ("LVA", "BALTIC", "POL"), DAY) == ("LVA", "EST", "LTU", "POL")
    assert blocs.side_of(d, ("QUARTET",), DAY, ("RUS",)) == ("UN", "USA", "EU")
    assert blocs.side_of(d, ("E3",), dt.date(1990, 1, 1)) == ()


def test_expanded_leaves_events_without_blocs() -> None:
    d = load_dictionary()
    assert blocs.expanded(d, [], DAY) == []


@pytest.mark.parametrize(
    "spec",
    [
        {"X": {"names": [], "members": [["EST", ""]]}},
        {"X": {"names": ["the X"], "members": []}},
        {"X": {"names": ["the X"], "members": [["EST", "bad"]]}},
        {"X": {"names": ["the X"], "members": [["EST", ""]], "kind": "person"}},
        {"X": {"names": ["the X"], "members": [["EST", ""]], "cues": []}},
        {"X": {"names": ["the X"], "members": [["EST", ""]], "other": 1}},
        {"X": {"names": ["the X"], "members": [["EST", ""]], "cues": {}}},
        {"X": {"names": ["the X"], "members": [["EST", ""]], "cues": {"soon/": ["war"]}}},
    ],
)
def test_bad_bloc_tables_are_refused(spec: dict[str, object]) -> None:
    with pytest.raises(InputError):
        build_dictionary({"blocs": spec})


@pytest.mark.parametrize("text", ["", "   ", "12345 -- 678", "the Baltic states " * 6000])
def test_bad_input(text: str) -> None:
    assert isinstance(code_sentence(text, date=DAY), list)
    assert isinstance(_codes(text[:2000]), list)


def test_bloc_named_in_a_later_clause_is_no_target_of_the_first() -> None:
    text = (
        "We welcome the reforms under way in the Soviet Union and will extend to the Soviet Union and the "
        "Baltic States an offer of regular contacts."
    )
    found = code_sentence(text, date=dt.date(1991, 11, 8), speaker="NATO")
    assert [(e.event.value, e.target) for e in found] == [("SUPPORT", ("SUN",))]


def test_forces_sent_to_a_bloc_make_it_a_destination() -> None:
    text = "The Alliance decided to deploy four battalions to the Baltic states next year."
    assert "BALTIC" not in _codes(text, dt.date(2016, 7, 9))
