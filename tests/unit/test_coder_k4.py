"""Real Kremlin wording, second round (k4): trips by private people, acts inside what a meeting discussed,
acts that "run contrary to" norms, further joint work as a commitment and topics that "gained a special
focus"; each rule with look-alikes that must keep (or must not get) an event."""

from __future__ import annotations

import datetime as dt

import pytest

import coded as shared


def coded(text: str, date: str = "2012-03-14") -> set[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    return shared.with_polarity(text, dt.date.fromisoformat(date))


def types(text: str) -> set[str]:
    return {e for e, _, _, _ in coded(text)}


def stream(*sentences: str) -> list[list[tuple[str, list[str], list[str]]]]:
    return shared.stream(sentences, dt.date(2012, 3, 14), document="p")


# --- trips of private people are no meetings of states --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Some 200,000 Chinese tourists visited Russia last year.",
        "Almost a million German citizens travelled to Turkey over the summer.",
        "Thousands of Polish pilgrims visited Lithuania in May.",
    ],
)
def test_private_trip_is_no_consult(text: str) -> None:
    assert "CONSULT" not in types(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Chinese Foreign Minister visited Russia last year.", ("CHN",), ("RUS",)),
        ("A German government delegation travelled to Turkey in the summer.", ("DEU",), ("TUR",)),
    ],
)
def test_official_trip_stays_consult(text: str, source: tuple[str, ...], target: tuple[str, ...]) -> None:
    assert ("CONSULT", source, target, "asserted") in coded(text)


# --- an act inside "discussed how/whether ..." is the topic, not a report -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ministers discussed how Washington's announced pull-out of its troops from Iraq would affect the region.",
        "The two presidents considered whether the European Union would lift its sanctions against Belarus.",
    ],
)
def test_act_in_discussed_how_clause_is_topic(text: str) -> None:
    found = types(text)
    assert not found & {"RETREAT", "CONCEDE", "SANCTION", "AGREE"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The United States announced that it would pull its troops out of Iraq.", "CONCEDE"),
        ("Vladimir Putin and Angela Merkel discussed how to settle the conflict in Ukraine.", "CONSULT"),
    ],
)
def test_outside_a_discussed_clause_acts_stay(text: str, event: str) -> None:
    assert event in types(text)


# --- "run(s) contrary to" norms is a charge --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Sergei Lavrov said that the Latvian authorities' decisions run contrary to European norms.",
            ("RUS",),
            ("LVA",),
        ),
        (
            "The Kremlin stressed that the steps taken by Georgia ran contrary to the agreements.",
            ("RUS",),
            ("GEO",),
        ),
    ],
)
def test_run_contrary_to_is_accuse(text: str, source: tuple[str, ...], target: tuple[str, ...]) -> None:
    assert ("ACCUSE", source, target, "asserted") in coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "The river runs through the centre of Riga.",
        "The results ran contrary to the forecasts of most economists.",
    ],
)
def test_run_contrary_look_alikes(text: str) -> None:
    assert "ACCUSE" not in types(text)


# --- commitment to further joint work is an accord of the sides -------------------------------------------


def test_commitment_to_joint_work_is_agree() -> None:
    text = (
        "Russia and France expressed their mutual commitment to further joint work on the Syrian settlement."
    )
    assert ("AGREE", ("FRA", "RUS"), (), "asserted") in coded(text)


def test_joint_work_without_commitment_is_no_agree() -> None:
    assert "AGREE" not in types("The joint work of the two museums was shown at an exhibition in Paris.")


# --- "gained a special focus": a topic of the meeting the document reports --------------------------------


def test_special_focus_is_topic_of_the_call() -> None:
    events = stream(
        "Vladimir Putin had a telephone conversation with the Turkish President.",
        "The situation in Libya gained a special focus.",
    )
    assert events[1] == [("CONSULT", ["RUS", "TUR"], [])]


@pytest.mark.parametrize(
    "text",
    [
        "The region's schools gained a special focus on mathematics.",
        "The report received particular attention from economists.",
    ],
)
def test_focus_without_a_meeting_names_no_side(text: str) -> None:
    assert not any(s or t for _, s, t, _ in coded(text))


# --- an accord told in the passive after talks is the sides' accord ---------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "After the negotiations, a joint declaration was adopted.",
        "Following the meeting, an agreement was reached.",
    ],
)
def test_passive_accord_after_talks_is_the_sides(told: str) -> None:
    events = stream("The Russian President and the Chinese President held talks in Beijing.", told)
    assert events[1] == [("AGREE", ["CHN", "RUS"], [])]


@pytest.mark.parametrize(
    "told",
    [
        "The agreement was reached in 1996.",  # background
        "A joint declaration was adopted by the regional parliament.",  # adopted by someone else
    ],
)
def test_passive_accord_look_alikes(told: str) -> None:
    events = stream("The Russian President and the Chinese President held talks in Beijing.", told)
    assert ("AGREE", ["CHN", "RUS"], []) not in events[1]


def test_no_meeting_no_sides_for_a_passive_accord() -> None:
    events = stream(
        "The governor reported on the harvest.", "Following the meeting, an agreement was reached."
    )
    assert not any(s for _, s, _ in events[1])


def test_comma_closes_a_time_marker() -> None:
    text = "After the elections, sanctions were imposed on Belarus by the European Union."
    assert ("SANCTION", ("EU",), ("BLR",), "asserted") in coded(text)


def test_time_marker_still_governs_its_noun() -> None:
    assert "SANCTION" not in types("After the sanctions against Belarus the economy slowed down.")


# --- "fully determined to contribute" is a stated resolve to cooperate ---------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Russia and the European Union are fully determined to contribute to security in Europe.",
            ("EU", "RUS"),
            (),
        ),
        ("Germany is firmly determined to cooperate with Russia on energy.", ("DEU",), ("RUS",)),
    ],
)
def test_determined_to_cooperate_is_agree(
    text: str, source: tuple[str, ...], target: tuple[str, ...]
) -> None:
    assert ("AGREE", source, target, "asserted") in coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin said Russia is determined to defend its interests.",
        "The team is determined to work hard to win the cup.",
    ],
)
def test_determined_look_alikes(text: str) -> None:
    assert "AGREE" not in types(text)


# --- built with a state's assistance ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The nuclear power station in Iran was built with Russian assistance.", ("RUS",), ("IRN",)),
        ("The clinic in Gaza was constructed with Turkish help.", ("TUR",), ("PSE",)),
    ],
)
def test_built_with_assistance_is_aid(text: str, source: tuple[str, ...], target: tuple[str, ...]) -> None:
    assert ("AID", source, target, "asserted") in coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "The resolution was adopted with Russian support.",
        "The school was built with the help of local volunteers.",
    ],
)
def test_built_with_assistance_look_alikes(text: str) -> None:
    assert "AID" not in types(text)


# --- a wish both sides state as shared is an accord of intent ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Armenia and Iran reaffirmed their mutual desire to deepen cooperation in energy.", ("ARM", "IRN")),
        ("Hungary and Serbia voiced a shared determination to build the new railway.", ("HUN", "SRB")),
    ],
)
def test_shared_desire_is_agree(text: str, source: tuple[str, ...]) -> None:
    assert any(e == "AGREE" and s == source for e, s, _, _ in coded(text))


@pytest.mark.parametrize(
    "text",
    [
        "The analysts noted the common interest in lower oil prices.",
        "Investors expressed mutual interest in the auction of the bonds.",
    ],
)
def test_shared_desire_look_alikes(text: str) -> None:
    assert "AGREE" not in types(text)
