"""Official-text wording read in session 28 (helper written): detente.coding.written5 and the patterns.toml
block ``s28-written``. All sentences are invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2024, 5, 14)
NAC = "Statement by the North Atlantic Council."
MFA = "Statement by the Russian Ministry of Foreign Affairs; 'we' and 'our' is Russia."


def triples(text: str, context: str | None = None) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {(e.event.value, e.source, e.target) for e in code_sentence(text, date=DAY, context=context)}


def types(text: str, context: str | None = None) -> set[str]:
    return {t for t, _, _ in triples(text, context)}


# --- solidarity as a measure's motive or a critic's label ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We regard the expulsion of Russian diplomats by Poland as a gesture of so-called solidarity with London.",
        "Moscow called the expulsions by Latvia a short-sighted act of solidarity with Washington.",
    ],
)
def test_solidarity_as_a_label_is_no_support(text: str) -> None:
    got = triples(text, MFA)
    assert "SUPPORT" not in {t for t, _, _ in got}


def test_solidarity_as_a_motive_keeps_the_measure_only() -> None:
    got = types("Out of solidarity with London, Lithuania expelled three Russian diplomats.")
    assert got == {"SANCTION"}


@pytest.mark.parametrize(
    "text",
    [
        "Allies expressed their full solidarity with Poland.",
        "The Prime Minister travelled to Vilnius to show solidarity with Lithuania.",
    ],
)
def test_solidarity_expressed_is_still_support(text: str) -> None:
    assert "SUPPORT" in types(text, NAC)


# --- a decision to resume talks stays an announced intent --------------------------------------------------


def test_decision_to_resume_talks_stays_agree() -> None:
    got = triples("Allies decided to resume practical cooperation with Russia.", NAC)
    assert ("AGREE", ("NATO",), ("RUS",)) in got


# --- troops sent to a frontier ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Finland has sent border guards and equipment to its border with Russia.", "FIN", "RUS"),
        ("Warsaw sent more soldiers and equipment to the frontier with Belarus.", "POL", "BLR"),
    ],
)
def test_troops_and_gear_to_the_border_are_a_deployment(text: str, source: str, target: str) -> None:
    got = triples(text)
    assert ("MOBILIZE", (source,), (target,)) in got
    assert "AID" not in {t for t, _, _ in got}


@pytest.mark.parametrize(
    "text",
    [
        "The United States sent weapons and equipment to Ukraine.",
        "Turkey sent soldiers and equipment to the border with Syria to help earthquake victims.",
    ],
)
def test_deliveries_stay_aid(text: str) -> None:
    assert "AID" in types(text)


# --- blame judged likely, attributions, threats named --------------------------------------------------------


def test_blame_judged_likely_is_the_speakers_accusation() -> None:
    assert ("ACCUSE", ("NATO",), ("RUS",)) in triples(
        "It is almost certain that Russia was responsible.", NAC
    )


def test_blame_judged_likely_is_not_coded_twice() -> None:
    text = "Allies note the British assessment that it is highly likely that Russia was responsible."
    accusations = [e for e in code_sentence(text, date=DAY, context=NAC) if e.event.value == "ACCUSE"]
    pairs = [(e.source, e.target) for e in accusations]
    assert len(pairs) == len(set(pairs))


def test_readiness_judged_plain_is_no_accusation() -> None:
    assert "ACCUSE" not in types("It is clear that Russia is ready for talks.", NAC)


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors linked Russian military intelligence to the blasts at the arms depot.",
        "The inquiry identified Russia as the author of the cyberattack on the ministry.",
        "The new strategy names Russia as the most direct threat to our security.",
    ],
)
def test_attributions_and_threats_named_accuse_russia(text: str) -> None:
    assert any(t == "ACCUSE" and tgt == ("RUS",) for t, _, tgt in triples(text, NAC))


def test_a_fault_linked_to_a_pipe_is_no_accusation() -> None:
    assert "ACCUSE" not in types("Engineers linked the explosion to a faulty gas pipe.")


# --- harm laid at the subject's door ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russia's invasion has shattered stability in Europe.",
        "Russia's conduct has led to a serious deterioration of the security situation.",
        "Moscow has chosen the path of escalation.",
        "Russia remains the aggressor.",
        "There is no justification for Russia's attacks.",
    ],
)
def test_harm_laid_at_russias_door(text: str) -> None:
    assert ("ACCUSE", ("NATO",), ("RUS",)) in triples(text, NAC)


def test_harm_from_a_storm_is_no_accusation() -> None:
    assert "ACCUSE" not in types("The storm has caused immense suffering in the region.", NAC)


@pytest.mark.parametrize(
    "text",
    [
        "Washington is turning Georgia into a springboard for pressure on Russia.",
        "The Alliance has transformed the Baltic region into a testing ground for new weapons.",
    ],
)
def test_a_country_turned_into_a_base(text: str) -> None:
    assert "ACCUSE" in types(text, MFA)


def test_enabler_of_the_war() -> None:
    assert ("ACCUSE", ("NATO",), ("IRN",)) in triples("Iran is a key enabler of Russia's war.", NAC)


# --- attention drawn, expectations put --------------------------------------------------------------------


def test_attention_drawn_to_conduct() -> None:
    got = triples("The Ministry drew attention to the growing militarisation of Finland.", MFA)
    assert ("ACCUSE", ("RUS",), ("FIN",)) in got


def test_attention_of_a_side_drawn() -> None:
    got = triples("We drew the attention of the German side to the inadmissibility of such steps.", MFA)
    assert ("ACCUSE", ("RUS",), ("DEU",)) in got


def test_attention_drawn_to_the_importance_of_talks_is_none() -> None:
    assert "ACCUSE" not in types("The Ministry drew attention to the importance of talks with Turkey.", MFA)


def test_expectation_on_a_side_named_with_its_article() -> None:
    assert ("REQUEST", ("RUS",), ("USA",)) in triples(
        "Russia expects the American side to show restraint.", MFA
    )


# --- nouns of attacks with their time, aid made available or coordinated, posture told by its means -------


@pytest.mark.parametrize(
    "text",
    [
        "France condemns the Russian strikes overnight against Ukrainian cities.",
        "We condemn the Russian missile attacks this morning on Odesa.",
    ],
)
def test_attack_noun_with_its_time(text: str) -> None:
    assert ("ASSAULT", ("RUS",), ("UKR",)) in triples(text)


def test_strikes_of_workers_overnight_are_no_attack() -> None:
    assert "ASSAULT" not in types("The strikes overnight at the car plant ended with a deal.")


@pytest.mark.parametrize(
    "text",
    [
        "Denmark has made available artillery shells and mortars for Ukraine.",
        "NATO will coordinate the delivery of security assistance to Ukraine.",
    ],
)
def test_aid_made_available_or_coordinated(text: str) -> None:
    got = triples(text, NAC)
    assert any(t == "AID" and tgt == ("UKR",) for t, _, tgt in got)


def test_information_made_available_is_no_aid() -> None:
    assert "AID" not in types("Germany has made available information to the investigators.")


def test_more_ships_at_sea() -> None:
    assert "MOBILIZE" in types("Allies will have more ships at sea and more jets in the air.", NAC)


# --- support -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Finland is now a full member of the Alliance.", "NATO"),
    ],
)
def test_support_wordings(text: str, target: str) -> None:
    assert any(t == "SUPPORT" and tgt == (target,) for t, _, tgt in triples(text, NAC))


def test_membership_standing_is_no_support() -> None:
    assert "SUPPORT" not in types("Turkey is a member of NATO.", NAC)


def test_constructive_approach_noted() -> None:
    got = triples("We note the constructive approach of the Turkish side.", MFA)
    assert ("SUPPORT", ("RUS",), ("TUR",)) in got


def test_integrity_stood_for() -> None:
    got = triples("We have always stood for the sovereignty of Syria.", MFA)
    assert ("SUPPORT", ("RUS",), ("SYR",)) in got


# --- pull-backs announced, staff drawn down ------------------------------------------------------------------


def test_pull_back_announced_by_noun_is_a_concession() -> None:
    text = "Allies welcomed Moscow's announcement that it would withdraw some units from the Georgian border."
    got = types(text, NAC)
    assert "CONCEDE" in got
    assert "RETREAT" not in got


def test_pull_back_seen_after_an_announcement_stays_a_retreat() -> None:
    got = types(
        "Russian troops pulled back from the Georgian border after the announcement of the drills' end.", NAC
    )
    assert "RETREAT" in got
