"""Force types (ASSAULT, MOBILIZE, COERCE, THREATEN): wordings added in session 14 ("force"), each with its
expected type and actors, and look-alikes that must not code the type."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

PUB = dt.date(2022, 6, 1)


def triples(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {(e.event.value, e.source, e.target) for e in code_sentence(text, date=PUB)}


def types(text: str) -> set[str]:
    return {e.event.value for e in code_sentence(text, date=PUB)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand backed by a penalty: REQUEST and THREATEN by the one who demands
        (
            "The Security Council demanded that Syria hand over its chemical weapons within 60 days or face "
            "further measures.",
            {("REQUEST", ("UN",), ("SYR",)), ("THREATEN", ("UN",), ("SYR",))},
        ),
        (
            "Washington told Moscow to pull its troops back from the border or face sanctions.",
            {("REQUEST", ("USA",), ("RUS",)), ("THREATEN", ("USA",), ("RUS",))},
        ),
        # a retaliation announced is a threat, not an attack
        (
            "Ankara said it would retaliate against any attack on its soldiers in northern Syria.",
            {("THREATEN", ("TUR",), ("SYR",))},
        ),
        # sanctions held ready
        (
            "The European Union is ready to impose further sanctions on Belarus if the crackdown continues.",
            {("THREATEN", ("EU",), ("BLR",))},
        ),
        # an ultimatum by a deadline
        ("London gave Moscow until Tuesday to explain the attack.", {("THREATEN", ("GBR",), ("RUS",))}),
        # mock attacks are a show of force
        (
            "Two Russian fighters conducted simulated attacks on a Dutch frigate in the Black Sea.",
            {("MOBILIZE", ("RUS",), ("NLD",))},
        ),
        # the one attacked first, the attacker after "from"
        (
            "Ukrainian positions near Bakhmut came under heavy shelling from Russian forces.",
            {("ASSAULT", ("RUS",), ("UKR",))},
        ),
        # an offensive told going on
        ("Israel intensified its air strikes on Gaza overnight.", {("ASSAULT", ("ISR",), ("PSE",))}),
        # waters closed to shipping
        (
            "Russia closed parts of the Sea of Azov to foreign warships for three months.",
            {("COERCE", ("RUS",), ())},
        ),
        # a one-state exercise with no partner is a show of force, not cooperation
        (
            "The Northern Fleet conducted drills with live firing in the Barents Sea.",
            {("MOBILIZE", ("RUS",), ())},
        ),
        (
            "Russia's strategic forces held a planned exercise with launches of cruise missiles, overseen by "
            "President Putin.",
            {("MOBILIZE", ("RUS",), ())},
        ),
    ],
)
def test_force_wordings(text: str, expected: set[tuple[str, tuple[str, ...], tuple[str, ...]]]) -> None:
    assert expected <= triples(text)


def test_exercise_told_starting() -> None:
    assert "MOBILIZE" in types("The Baltic Fleet's exercise began in the Kaliningrad region on Monday.")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Donald Trump is targeting traditional Republican voters in the Midwest.", "ASSAULT"),
        ("The ministers discussed the threat of nuclear war.", "THREATEN"),
        ("The EU urged Belarus to face the facts about the election.", "THREATEN"),
        ("Russia and Belarus held a joint exercise near the Polish border.", "THREATEN"),
        ("Israel retaliated against Hezbollah with air strikes.", "THREATEN"),
        ("Russia's nuclear sabre-rattling is irresponsible, the Secretary General said.", "THREATEN"),
    ],
)
def test_force_look_alikes(text: str, absent: str) -> None:
    assert absent not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The UN warned of a humanitarian catastrophe in the besieged city.",
        "The former president warned that Europe risked sliding into a cold peace.",
        "The IMF warned that growth in the euro area would slow sharply next year.",
    ],
)
def test_warnings_that_threaten_no_one(text: str) -> None:
    assert "THREATEN" not in types(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Erdogan warned Greece that Turkey could come suddenly one night.",
            ("THREATEN", ("TUR",), ("GRC",)),
        ),
        (
            "The Kremlin warned that Finland's membership would bring serious consequences.",
            ("THREATEN", ("RUS",), ("FIN",)),
        ),
        (
            "The Russian Defence Ministry said its forces had delivered a massive strike with precision weapons against "
            "Ukrainian energy facilities.",
            ("ASSAULT", ("RUS",), ("UKR",)),
        ),
        (
            "Ukraine said its drones struck a Russian landing ship near Crimea.",
            ("ASSAULT", ("UKR",), ("RUS",)),
        ),
        (
            "Moscow will respond to the deployment of American missiles in Germany with mirror measures.",
            ("THREATEN", ("RUS",), ("USA",)),
        ),
    ],
)
def test_warnings_and_strikes_that_code(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in triples(text)


def test_a_blow_to_a_consensus_is_no_attack() -> None:
    assert "ASSAULT" not in types("Germany delivered a blow to the EU consensus on sanctions.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Union banned RT and Sputnik from broadcasting in its member states.",
            ("COERCE", ("EU",), ("media",)),
        ),
        (
            "Ukrainian security services raided monasteries of the Moscow-affiliated church.",
            ("COERCE", ("UKR",), ("RUS",)),
        ),
    ],
)
def test_censorship_and_raids(text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    assert expected in triples(text)


def test_import_bans_stay_sanctions() -> None:
    assert types("Russia banned imports of EU food in retaliation.") >= {"SANCTION"}
    assert "COERCE" not in types("Russia banned imports of EU food in retaliation.")


def test_a_weapon_not_a_crowd_sets_the_fire() -> None:
    assert ("ASSAULT", ("RUS",), ("UKR",)) in triples(
        "A Russian drone attack set fire to an oil depot in Odesa."
    )
    assert "PROTEST" in types("Protesters set fire to the police station in the capital.")


def test_bombers_patrol_flight() -> None:
    assert "MOBILIZE" in types(
        "Two Russian Tu-95MS strategic bombers performed a scheduled flight over the Sea of Japan."
    )
