"""Aid told by the goods one side sends or supplies to another (detente.coding.written6, s29): sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence
from detente.coding.written6 import act_faulted, goods_sent, no_longer_there, supplied_with

DATE = dt.date(2023, 6, 1)


def _aid(text: str, speaker: str | None = None) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    found = code_sentence(text, date=DATE, speaker=speaker)
    return {(tuple(sorted(e.source)), tuple(sorted(e.target))) for e in found if e.event.value == "AID"}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Norway has delivered shells and fuel to Ukraine.", ("NOR",), ("UKR",)),
        ("Japan shipped tents and blankets to Turkey after the earthquake.", ("JPN",), ("TUR",)),
        (
            "Spain, Portugal and Italy are sending generators and water pumps to the Kherson region.",
            ("ESP", "ITA", "PRT"),
            ("UKR",),
        ),
        ("Poland has handed over four fighter jets to Kiev.", ("POL",), ("UKR",)),
        ("Denmark has decided to make its howitzers available to Ukraine.", ("DNK",), ("UKR",)),
    ],
)
def test_goods_sent_to_a_side_is_aid(text: str, source: tuple[str, ...], target: tuple[str, ...]) -> None:
    assert (source, target) in _aid(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Canada provided Ukraine with armoured vehicles and ammunition.", ("CAN",), ("UKR",)),
        ("Sweden has supplied Finland with vaccines and medicines.", ("SWE",), ("FIN",)),
    ],
)
def test_side_supplied_with_goods_is_aid(text: str, source: tuple[str, ...], target: tuple[str, ...]) -> None:
    assert (source, target) in _aid(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("American deliveries of tanks to Kiev only prolong the conflict.", ("USA",), ("UKR",)),
        ("Iran's transfers of drones to Russia are a threat to Europe.", ("IRN",), ("RUS",)),
    ],
)
def test_named_deliveries_are_the_owners_aid(
    text: str, source: tuple[str, ...], target: tuple[str, ...]
) -> None:
    assert (source, target) in _aid(text, speaker="NATO")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Turkey sent a delegation to Moscow for talks.", ("TUR",)),  # people sent, no goods
        ("If Berlin ships tanks to Kiev, the war will go on.", ("DEU",)),  # conditional
        ("Did Slovakia send missiles to Ukraine?", ("SVK",)),  # question
        ("Moscow accused Washington of sending drones to Kiev.", ("USA",)),  # only charged
        ("France provided Ukraine with political backing.", ("FRA",)),  # no goods
        ("The rebels handed over their weapons to Colombia's monitors.", ("COL",)),  # own disarmament
        ("Belgium sent fuel to stop Serbian forces advancing.", ("BEL",)),  # "to" of purpose
        ("Greek transfers of troops to Cyprus worried Ankara.", ("GRC",)),  # troops, not goods
        ("Serbia delivered artillery to the Kosovo border.", ("SRB",)),  # forces moved to an edge
    ],
)
def test_near_misses_are_not_aid(text: str, source: tuple[str, ...]) -> None:
    assert all(src != source for src, _ in _aid(text))


def test_weapons_denied_are_a_negated_delivery() -> None:
    # s33: a plain "would not deliver weapons" is AID negated (tests/gold/README.md: "would not supply Taurus",
    # "never provided lethal weapons" are AID negated in the gold, as "will not send troops" is MOBILIZE
    # negated); this case used to stand among the near misses with no AID at all
    found = code_sentence("Hungary would not deliver any weapons to Ukraine.", date=DATE)
    aid = [e for e in found if e.event.value == "AID"]
    assert aid
    assert all(e.polarity.value == "negated" for e in aid)


class _View:
    def __init__(self, text: str) -> None:
        self.text = text
        self.units = ()
        self.speaker = None
        self.participants = ()
        self.reported_meeting = False


@pytest.mark.parametrize(
    "text", ["", "sent", "to Ukraine", "supplied with", "x " * 5000 + "delivered fuel to"]
)
def test_bad_input_finds_nothing(text: str) -> None:
    view = _View(text)
    assert goods_sent(view) is None  # type: ignore[arg-type]
    assert supplied_with(view) is None  # type: ignore[arg-type]
    assert isinstance(code_sentence(text, date=DATE), list)


# --- pull-backs told by their result


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russia no longer has troops in Moldova.", "RUS", "MDA"),
        ("There are no longer any Turkish soldiers in Iraq.", "TUR", "IRQ"),
        ("Russian forces are no longer present in Kherson.", "RUS", "UKR"),
        ("Japanese units have now been removed from Iraq.", "JPN", "IRQ"),
    ],
)
def test_troops_gone_is_retreat(text: str, source: str, target: str) -> None:
    found = code_sentence(text, date=DATE, speaker="NATO")
    assert ("RETREAT", (source,), (target,)) in {(e.event.value, e.source, e.target) for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "There are no Russian troops in Ukraine.",  # a denial of presence, no pull-back
        "Russia will no longer have troops in Moldova.",  # future
        "We demand that Russian forces are no longer present in Moldova.",  # a demand
        "Russian flags have been removed from the building in Kiev.",  # no troops
    ],
)
def test_near_misses_are_no_retreat(text: str) -> None:
    found = code_sentence(text, date=DATE, speaker="NATO")
    assert all(e.event.value != "RETREAT" for e in found)


@pytest.mark.parametrize("text", ["", "no longer", "troops have been removed from", "no longer " * 3000])
def test_bad_input_finds_no_retreat(text: str) -> None:
    view = _View(text)
    assert no_longer_there(view) is None  # type: ignore[arg-type]


# --- acts judged by denying them a fair quality


@pytest.mark.parametrize(
    ("text", "speaker", "source", "target"),
    [
        ("Belarus's decision to close the border was not justified.", "NATO", "NATO", "BLR"),
        ("Iran's missile tests cannot be justified.", "NATO", "NATO", "IRN"),
        ("Moscow's flights near our airspace are part of a pattern of intimidation.", "NATO", "NATO", "RUS"),
        ("Lavrov said the Alliance's drills were not consistent with its obligations.", "RUS", "RUS", "NATO"),
        ("China's restrictions on journalists are in no way acceptable.", "USA", "USA", "CHN"),
    ],
)
def test_act_denied_a_fair_quality_is_accuse(text: str, speaker: str, source: str, target: str) -> None:
    found = code_sentence(text, date=DATE, speaker=speaker)
    assert ("ACCUSE", (source,), (target,)) in {(e.event.value, e.source, e.target) for e in found}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("NATO's deployment is not aggressive.", "NATO"),  # own act, and no fair quality denied
        ("If Belarus's steps were not justified, we would say so.", "NATO"),  # condition
        ("Iran's decision is part of a strategy of cooperation.", "NATO"),  # no hostile campaign
        ("Norway's decision was justified.", "NATO"),  # the act is approved
    ],
)
def test_near_misses_are_no_accuse(text: str, speaker: str) -> None:
    found = code_sentence(text, date=DATE, speaker=speaker)
    assert all(e.event.value != "ACCUSE" for e in found)


@pytest.mark.parametrize("text", ["", "was not justified", "'s decision cannot be justified", "x's " * 3000])
def test_bad_input_finds_no_fault(text: str) -> None:
    view = _View(text)
    assert act_faulted(view) is None  # type: ignore[arg-type]
