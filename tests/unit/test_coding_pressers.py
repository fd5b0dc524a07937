"""NATO press points and Council statements on Russia (:mod:`detente.coding.pressers`, session 26)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2019, 3, 14)
AFTER_NRC = "Press conference by the NATO Secretary General after today's meeting of the NATO-Russia Council"

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...]]]


def _coded(text: str, context: str | None = None) -> Coded:
    return {(e.event.name, e.source, e.target) for e in code_sentence(text, date=DAY, context=context)}


def _types(text: str, context: str | None = None) -> set[str]:
    return {t for t, _, _ in _coded(text, context)}


# --- a meeting judged by its atmosphere


@pytest.mark.parametrize(
    "text",
    [
        "I can say that the atmosphere was constructive, even if we still disagree.",
        "The atmosphere at the table was tense at times.",
        "The atmosphere during the discussion was frank.",
    ],
)
def test_atmosphere_of_reported_meeting_is_its_consult(text: str) -> None:
    assert ("CONSULT", ("NATO", "RUS"), ()) in _coded(text, AFTER_NRC)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The atmosphere was constructive.", None),  # no meeting reported
        ("The atmosphere in the city was tense after the attack.", AFTER_NRC),  # no sitting named
        ("The atmosphere of trust has been lost.", AFTER_NRC),  # no judgement of how it went
    ],
)
def test_atmosphere_without_meeting_codes_no_consult(text: str, context: str | None) -> None:
    assert "CONSULT" not in _types(text, context)


# --- airspace violations


@pytest.mark.parametrize(
    ("text", "doer", "victim"),
    [
        (
            "Allies firmly protest the violations of Turkish sovereign airspace by Russian fighter jets.",
            "RUS",
            "TUR",
        ),
        ("NATO condemned repeated violations of Finnish airspace by Russian aircraft.", "RUS", "FIN"),
        ("Polish jets shot down two Russian drones that had crossed into Poland's airspace.", "RUS", "POL"),
        ("Allied jets intercepted Russian bombers which entered Estonian airspace.", "RUS", "EST"),
    ],
)
def test_airspace_violation_is_doers_mobilize_against_victim(text: str, doer: str, victim: str) -> None:
    coded = _coded(text)
    assert ("MOBILIZE", (doer,), (victim,)) in coded
    assert not any(t == "ACCUSE" and target == (victim,) for t, _, target in coded)


@pytest.mark.parametrize(
    "text",
    [
        "The Open Skies Treaty permits observation flights over the airspace of its parties.",
        "Russian drones that were shown at the parade flew over Red Square.",
    ],
)
def test_no_airspace_violation_without_one(text: str) -> None:
    assert not any(t == "MOBILIZE" and target for t, _, target in _coded(text))


# --- meetings at an Ally's request, trips for a joint council


def test_meeting_at_allys_request_is_mutual() -> None:
    coded = _coded("The North Atlantic Council met at Latvia's request under Article 4.")
    assert ("CONSULT", ("NATO", "LVA"), ()) in coded
    assert ("REQUEST", ("LVA",), ("NATO",)) in coded


def test_asker_briefing_stays_directed() -> None:
    coded = _coded(
        "At Romania's request, the Council held a meeting, at which Romania briefed Allies on the drone."
    )
    assert ("CONSULT", ("ROU",), ("NATO",)) in coded
    assert ("CONSULT", ("NATO", "ROU"), ()) not in coded


def test_trip_for_joint_council_meeting_is_the_councils_meeting() -> None:
    coded = _coded("Foreign Minister Lavrov will travel to Rome for a meeting of the NATO-Russia Council.")
    assert ("CONSULT", ("NATO", "RUS"), ()) in coded


def test_trip_for_other_meeting_stays_a_visit() -> None:
    coded = _coded(
        "Foreign Minister Lavrov will travel to Rome for a meeting with the Italian Prime Minister."
    )
    assert ("CONSULT", ("NATO", "RUS"), ()) not in coded


# --- acts of another's "action", closures, causes, documents, forces' home


def test_act_of_anothers_action_is_theirs() -> None:
    coded = _coded("Allies back the action of the United States to suspend its obligations under the Treaty.")
    assert any(t == "SANCTION" and source == ("USA",) for t, source, _ in coded)
    assert not any(t == "SANCTION" and source == ("NATO",) for t, source, _ in coded)


def test_own_action_stays_own() -> None:
    coded = _coded("The United States announced its decision to suspend its obligations under the Treaty.")
    assert not any(t == "SANCTION" and source == ("NATO",) for t, source, _ in coded)


def test_closure_of_foreign_office_is_sanction() -> None:
    coded = _coded("Moscow ordered the closure of the NATO Information Office in Moscow.")
    assert ("SANCTION", ("RUS",), ("NATO",)) in coded
    assert "COERCE" not in {t for t, _, _ in coded}


def test_closure_of_newspaper_is_no_sanction() -> None:
    assert "SANCTION" not in _types("The authorities ordered the closure of the independent newspaper.")


def test_doerless_attack_in_opening_response_phrase_not_coded() -> None:
    coded = _coded(
        "In response to the Salisbury attack, Britain expelled 23 diplomats from the Russian embassy."
    )
    assert "ASSAULT" not in {t for t, _, _ in coded}
    assert any(t == "SANCTION" for t, _, _ in coded)


def test_named_attack_in_opening_response_phrase_kept() -> None:
    coded = _coded("In response to Russia's attack on Ukraine, the EU imposed sanctions on Moscow.")
    assert ("ASSAULT", ("RUS",), ("UKR",)) in coded


def test_strategic_concept_speaks_for_nato() -> None:
    text = (
        "The Strategic Concept states that the Russian Federation is the most significant threat to Allies."
    )
    assert ("ACCUSE", ("NATO",), ("RUS",)) in _coded(text)


def test_accuser_is_not_accused() -> None:
    coded = _coded(
        "Allies raised their concerns about Russia's new missile, which they believe breaches the Treaty."
    )
    assert ("ACCUSE", ("NATO",), ("RUS",)) in coded
    assert not any(t == "ACCUSE" and not source for t, source, _ in coded)


def test_forces_home_is_no_target() -> None:
    coded = _coded("The exercise will involve some 50,000 troops from all Allies and from Finland.")
    assert not any(t == "MOBILIZE" and "FIN" in target for t, _, target in coded)


# --- signatories by title, sites left, attacks "carried out"


def test_signed_by_leaders_of_the_allies() -> None:
    text = "The charter was signed by the leaders of the sixteen Allies and by President Yeltsin."
    assert ("SUPPORT", ("NATO", "RUS"), ()) in _coded(text)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("The last Russian soldiers left the radar station in Latvia in August.", "LVA"),
        ("Russia has left its remaining military bases in Georgia.", "GEO"),
    ],
)
def test_site_left_is_retreat(text: str, host: str) -> None:
    assert ("RETREAT", ("RUS",), (host,)) in _coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 200 Russian soldiers who had left their base in Bosnia reached the airport.",
        "Russian tourists left the hotel in Turkey after the storm.",
    ],
)
def test_site_left_not_read_in_background_or_without_site(text: str) -> None:
    assert "RETREAT" not in _types(text)


def test_attack_carried_out_against() -> None:
    coded = _coded("Allies condemned the terrorist attacks carried out against Spain on 11 March.")
    assert ("ASSAULT", ("terrorists",), ("ESP",)) in coded


# --- forces told as operating on another's ground (patterns.toml, s26-pressers)


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops and heavy equipment are operating inside Ukrainian territory.",
        "Russian soldiers were active in Ukraine, the Secretary General said.",
    ],
)
def test_forces_operating_on_anothers_ground(text: str) -> None:
    assert ("MOBILIZE", ("RUS",), ("UKR",)) in _coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russian companies are operating in Ukraine despite the war.",
        "NATO forces operating in Afghanistan came under fire near Kandahar.",
    ],
)
def test_no_forces_operating_move(text: str) -> None:
    assert not any(t == "MOBILIZE" and target in (("UKR",), ("AFG",)) for t, _, target in _coded(text))


# --- training told in the passive with the programme as doer


@pytest.mark.parametrize(
    ("text", "givers", "trainees"),
    [
        (
            "Some 900 officers from Pakistan have been trained under the NRC counter-narcotics project.",
            ("NATO", "RUS"),
            ("PAK",),
        ),
        ("Iraqi officers were trained under a NATO programme in Baghdad.", ("NATO",), ("IRQ",)),
    ],
)
def test_trained_under_programme_is_aid(
    text: str, givers: tuple[str, ...], trainees: tuple[str, ...]
) -> None:
    assert ("AID", givers, trainees) in _coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russian pilots were trained under the new programme.",  # no giver named
        "The officers trained under difficult conditions in Afghanistan.",  # not a passive
    ],
)
def test_no_training_aid_without_giver_or_passive(text: str) -> None:
    assert "AID" not in _types(text)
