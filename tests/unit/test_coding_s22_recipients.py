"""Targets on a second look (s22-recipients, detente.coding.recipients): the side something is handed to,
mediators and channels, predicates after "as", backers and owners named by an adjective, objects of a
subordinate clause and the side whose act a threat answers — with the look-alikes that must keep their
first reading, and bad input."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.coded import triples

from detente.coding.actors import load_dictionary
from detente.coding.coder import code_sentence
from detente.coding.patterns import tokenize
from detente.coding.recipients import kept_targets
from detente.coding.units import actor_units

DAY = dt.date(2021, 6, 1)


def targets(text: str, etype: str) -> set[tuple[str, ...]]:
    """The targets of the sentence's events of type ``etype``."""
    return {t[2] for t in triples(text, DAY) if t[0] == etype}


# --- the side something is handed to ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        ("Britain handed Hong Kong back to China at midnight.", "RETREAT", ("CHN",)),
        ("Montenegro extradited a Russian businessman to the United States.", "COOPERATE", ("USA",)),
        ("Spain extradited the Russian programmer to the United States on Friday.", "COOPERATE", ("USA",)),
        (
            "Serbia extradited former Bosnian Serb army chief Ratko Mladic to the UN war crimes tribunal in The "
            "Hague.",
            "COOPERATE",
            ("ICTY",),
        ),
    ],
)
def test_handed_to_the_receiver(text: str, etype: str, expected: tuple[str, ...]) -> None:
    assert expected in targets(text, etype)


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # the captives' own side stays the target when a go-between receives them
        (
            "The Georgian authorities handed the four Russian officers over to the OSCE Chairman-in-Office.",
            "RETREAT",
            ("RUS",),
        ),
        ("Russia handed back three Ukrainian naval vessels.", "RETREAT", ("UKR",)),
        ("Armenia handed over four villages to Azerbaijan under the border deal.", "RETREAT", ("AZE",)),
        ("Poland turned to Germany for help with the tanks.", "REQUEST", ("DEU",)),
        ("Kazakhstan extradited the Uzbek dissident to Uzbekistan on Monday.", "COOPERATE", ("UZB",)),
    ],
)
def test_handing_look_alikes_keep_their_target(text: str, etype: str, expected: tuple[str, ...]) -> None:
    assert expected in targets(text, etype)


# --- mediators and channels -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kyiv gave written guarantees, through Turkey and the UN, not to use the corridor.", "AGREE"),
        ("The rebels laid down their weapons under UN supervision.", "RETREAT"),
        ("Qatar paid the salaries of civil servants in Gaza with cash delivered through Israel.", "AID"),
        ("Moscow and Kyiv swapped prisoners through the mediation of the United Arab Emirates.", "RETREAT"),
    ],
)
def test_go_between_is_no_target(text: str, etype: str) -> None:
    assert targets(text, etype) == {()}


def test_go_between_codes() -> None:
    text = "Kyiv gave written guarantees, through Turkey and the UN, not to use the corridor."
    tokens = tokenize(text)
    units = actor_units(text, tokens, load_dictionary().match(text, date=DAY), speaker=None)
    anchor = (text.index("gave"), text.index("gave") + 4)
    assert kept_targets(text, tokens, units, anchor, ("TUR", "UN")) == ()
    assert kept_targets(text, tokens, units, anchor, ("UKR",)) == ("UKR",)


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        ("A roadside bomb tore through a NATO convoy in Helmand.", "ASSAULT", ("NATO",)),
        ("Thousands of protesters marched through Moscow against the war.", "PROTEST", ("RUS",)),
        ("Hamas freed two American hostages following mediation by Qatar.", "RETREAT", ("USA",)),
        ("Russia vetoed a US-sponsored resolution on Syria.", "REJECT", ("USA",)),
        ("Russia sent a protest note to Estonia.", "ACCUSE", ("EST",)),
    ],
)
def test_way_taken_or_sponsor_is_still_a_target(text: str, etype: str, expected: tuple[str, ...]) -> None:
    assert expected in targets(text, etype)


# --- predicates after "as" --------------------------------------------------------------------------------


def test_as_predicate_is_no_target() -> None:
    text = (
        "Israel warned families in northern Gaza to leave for the south or risk being targeted as militants."
    )
    assert targets(text, "THREATEN") == {()}


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        ("Russia described NATO as a threat to its security.", "ACCUSE", ("NATO",)),
        ("Countries such as Poland have sent tanks to Ukraine.", "AID", ("UKR",)),
        ("The EU and Norway as well as Britain imposed sanctions on Russia.", "SANCTION", ("RUS",)),
    ],
)
def test_as_look_alikes(text: str, etype: str, expected: tuple[str, ...]) -> None:
    assert expected in targets(text, etype)


# --- backers and owners named by an adjective -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        ("US officials blamed Iranian-backed militias for the drone strike.", "ACCUSE", ("separatists",)),
        ("Kyiv accused Russian-backed separatists of shelling the town.", "ACCUSE", ("separatists",)),
        ("China vetoed a Western-backed draft resolution on Myanmar.", "REJECT", ("WEST",)),
        ("The Kremlin rejected Western demands to pull its troops out of Georgia.", "REJECT", ("WEST",)),
        ("Lukashenko brushed aside opposition calls for a new election.", "REJECT", ("opposition",)),
        ("Beijing condemned Western interference in Hong Kong.", "ACCUSE", ("WEST",)),
        ("Serbia rejected Western pressure to recognise Kosovo.", "REJECT", ("WEST",)),
        ("The Kremlin rejected Western criticism of the election.", "REJECT", ("WEST",)),
        (
            "The Kremlin said Russia would respond to any Western attempt to intervene in Ukraine.",
            "THREATEN",
            ("WEST",),
        ),
    ],
)
def test_backers_and_adjective_owners(text: str, etype: str, expected: tuple[str, ...]) -> None:
    assert targets(text, etype) == {expected}


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        ("Turkey condemned the Saudi-led coalition's strikes on Yemen.", "ACCUSE", ("SAU",)),
        ("Ukraine shelled Russian-held positions near Kherson.", "ASSAULT", ("RUS",)),
        ("Russia rejected the demands of Western countries.", "REJECT", ("WEST",)),
        ("The Western allies rejected Russia's demands.", "REJECT", ("RUS",)),
        ("Moscow rejected calls by the opposition for talks.", "REJECT", ("opposition",)),
        ("Belgrade dismissed the European Union's ultimatum to recognise Kosovo.", "REJECT", ("EU",)),
    ],
)
def test_owner_look_alikes(text: str, etype: str, expected: tuple[str, ...]) -> None:
    assert expected in targets(text, etype)


# --- objects of a subordinate clause ----------------------------------------------------------------------


def test_object_of_after_clause_is_no_target() -> None:
    found = targets("The authorities imposed a curfew after protesters torched a police post.", "COERCE")
    assert ("police",) not in found


def test_doer_of_after_clause_is_answered() -> None:
    assert targets("The EU imposed sanctions after Russia annexed Crimea.", "SANCTION") == {("RUS",)}


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        ("Britain expelled Russian diplomats after the poisoning in Salisbury.", "SANCTION", ("RUS",)),
        ("NATO suspended cooperation with Russia after it annexed Crimea.", "SANCTION", ("RUS",)),
        ("Moscow recalled its ambassador after Washington expelled Russian diplomats.", "SANCTION", ("USA",)),
    ],
)
def test_subordinate_look_alikes(text: str, etype: str, expected: tuple[str, ...]) -> None:
    assert expected in targets(text, etype)


# --- what an unnamed object acted on in its relative clause ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The EU sanctioned officials who organised the referendum in Crimea.",
        "Washington imposed sanctions on companies that supplied drones to Russia.",
        "Britain sanctioned individuals who helped Russia evade sanctions.",
        "The US blacklisted banks that financed trade with Iran.",
    ],
)
def test_relative_clause_object_is_no_target(text: str) -> None:
    assert targets(text, "SANCTION") == {()}


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        ("The EU imposed sanctions on Belarusian officials who rigged the election.", "SANCTION", ("BLR",)),
        ("The US sanctioned Chinese firms that sold components to Russia.", "SANCTION", ("CHN",)),
        ("Moscow demands that Kyiv withdraw its troops.", "REQUEST", ("UKR",)),
        (
            "Russia expelled the diplomats, who had been declared persona non grata by Estonia.",
            "SANCTION",
            ("EST",),
        ),
        ("Washington imposed sanctions on companies that supplied drones to Russia.", "AID", ("RUS",)),
    ],
)
def test_relative_clause_look_alikes(text: str, etype: str, expected: tuple[str, ...]) -> None:
    assert expected in targets(text, etype)


# --- doers named by an adjective, crowds named by what they were doing ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin conveyed condolences over the barbaric terrorist attacks in New York and Washington.",
            ("USA",),
        ),
        ("The Secretary General expressed condolences over the terrorist attack in Moscow.", ("RUS",)),
    ],
)
def test_sympathy_goes_to_the_state_hit(text: str, expected: tuple[str, ...]) -> None:
    assert targets(text, "SUPPORT") == {expected}


def test_attacker_adjective_is_not_the_attacked() -> None:
    text = "Gunmen stormed a school in the north, killing dozens of pupils in the deadliest militant attack in years."
    assert all("militants" not in t for t in targets(text, "ASSAULT"))


def test_crowd_marching_is_protesters() -> None:
    text = "Myanmar security forces fired tear gas at thousands of monks and civilians marching in Yangon."
    assert ("protesters",) in targets(text, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        (
            "The Council condemned the barbaric terrorist attack on a school in Beslan.",
            "ACCUSE",
            ("terrorists",),
        ),
        ("NATO expressed solidarity with Turkey after the terrorist attack in Ankara.", "SUPPORT", ("TUR",)),
        ("Police detained dozens of students protesting against the new law.", "COERCE", ("students",)),
        ("Troops opened fire on civilians fleeing the town.", "ASSAULT", ("civilians",)),
    ],
)
def test_doer_and_crowd_look_alikes(text: str, etype: str, expected: tuple[str, ...]) -> None:
    assert expected in targets(text, etype)


# --- "them", "both companies": the list named before -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nigeria accepted offers of help from the United States, Britain and France and asked them to assist "
            "in the search.",
            ("FRA", "GBR", "USA"),
        ),
        (
            "The EU said Russia and Ukraine had let a dispute halt gas deliveries, and called on both companies to "
            "restore supplies.",
            ("RUS", "UKR"),
        ),
    ],
)
def test_plural_referent_is_the_list_before(text: str, expected: tuple[str, ...]) -> None:
    assert targets(text, "REQUEST") == {expected}


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        ("Kyiv received shells from Poland and asked them for more.", "REQUEST", ("POL",)),
        ("The minister met Lavrov and asked him to intervene.", "CONSULT", ("RUS",)),
        (
            "Russia held talks with Iran and Turkey and urged both countries to cooperate.",
            "REQUEST",
            ("IRN", "TUR"),
        ),
    ],
)
def test_plural_referent_look_alikes(text: str, etype: str, expected: tuple[str, ...]) -> None:
    assert expected in targets(text, etype)


# --- the side whose act a threat answers ------------------------------------------------------------------


def test_threat_answers_named_act() -> None:
    text = "Finland's accession to NATO would harm relations, and Russia will be forced to take retaliatory steps."
    assert targets(text, "THREATEN") == {("FIN",)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia will respond with military-technical measures.", ()),
        ("If Sweden joins the Alliance, Moscow will respond with military measures.", ("SWE",)),
    ],
)
def test_threat_look_alikes(text: str, expected: tuple[str, ...]) -> None:
    assert targets(text, "THREATEN") == {expected}


# --- bad input ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "12345 -- !!! ...",
        "Britain handed Hong Kong back to",
        "Montenegro extradited",
        "The talks were held under",
        "risk being targeted as",
        "The Kremlin rejected Western",
        "The EU imposed sanctions after",
        "Finland's accession",
    ],
)
def test_bad_input_never_raises(text: str) -> None:
    events = code_sentence(text, date=DAY)
    assert isinstance(events, list)
    for e in events:
        assert all(isinstance(c, str) and c for c in e.target)


def test_fragment_after_trigger_has_no_made_up_receiver() -> None:
    for text in ("Britain handed Hong Kong back to", "Montenegro extradited a Russian businessman to"):
        for e in code_sentence(text, date=DAY):
            assert e.target in ((), ("HKG",), ("RUS",))


def test_long_run_of_trigger_words() -> None:
    chunk = "extradited handed over through under mediation as Western demands after rejected "
    text = chunk * (100_000 // len(chunk))
    assert isinstance(code_sentence(text, date=DAY), list)
    tokens = tokenize(text)
    assert kept_targets(text, tokens, [], (0, 9), ("RUS",)) == ("RUS",)


def test_kept_targets_empty_input() -> None:
    assert kept_targets("", [], [], (0, 0), ()) == ()
    assert kept_targets("", [], [], (0, 0), ("RUS",)) == ("RUS",)
