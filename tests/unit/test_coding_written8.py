"""Second events of written official statements (detente.coding.written8, s31-written8): long acts judged
"as" a wrong, other sides' words judged, threats judged, expectations beside another act, aid judged as harm,
refusals judged and forces a call names as sent. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.badinput import coded_twice_cleanly, near_limit

from detente.coding import written8
from detente.coding.coder import code_sentence

DATE = dt.date(2019, 5, 14)
MFA = "Comment by the Russian Foreign Ministry; 'we' is Russia."
NAC = "Statement by the North Atlantic Council; 'we' is NATO."


def _events(text: str, context: str | None = None) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {
        (e.event.value, tuple(sorted(e.source)), tuple(sorted(e.target)))
        for e in code_sentence(text, date=DATE, context=context)
    }


def _types(text: str, context: str | None = None) -> set[str]:
    return {t for t, _, _ in _events(text, context)}


# --- judged as


def test_long_act_regarded_as_a_provocation_is_an_accusation() -> None:
    text = "We regard the closing of our trade office in the port of Gdansk as a blatant provocation."
    assert ("ACCUSE", ("RUS",), ("POL",)) in _events(text, MFA)


def test_long_act_regarded_as_a_provocation_beside_a_warning() -> None:
    text = (
        "The Foreign Ministry views the removal of three staff members of our mission to the Alliance "
        "as a gross provocation and promises a tit-for-tat response."
    )
    found = _events(text, MFA)
    assert {"ACCUSE", "THREATEN"} <= {t for t, _, _ in found}
    assert ("ACCUSE", ("RUS",), ("NATO",)) in found


def test_a_denied_judgement_is_no_accusation() -> None:
    text = "We do not regard the arrival of the Dutch trade delegation in our northern capital as a threat."
    found = code_sentence(text, date=DATE, context=MFA)
    assert all(e.polarity.value == "negated" for e in found if e.event.value == "ACCUSE")


# --- words judged


def test_baseless_allegations_of_a_side_beside_a_warning() -> None:
    text = "These baseless allegations by Oslo will not remain unanswered."
    assert ("ACCUSE", ("RUS",), ("NOR",)) in _events(text, MFA)


def test_words_judged_in_someone_elses_voice_are_left() -> None:
    found = written8.words_judged([], [], [], _never_make, None)
    assert found == []


# --- threats judged


def test_owned_threats_judged_reckless_are_threats() -> None:
    text = "President Putin's thinly veiled nuclear threats are reckless and dangerous."
    found = _events(text, NAC)
    assert ("ACCUSE", ("NATO",), ("RUS",)) in found
    assert any(t == "THREATEN" and s == ("RUS",) for t, s, _ in found)


def test_threats_not_judged_add_nothing() -> None:
    text = "The ministers discussed the threats to shipping in the Red Sea."
    assert "THREATEN" not in _types(text, NAC)


# --- expected to


def test_expectation_beside_a_refusal_is_a_request() -> None:
    text = "Moscow refuses to recognise the so-called vote in Kosovo and expects the UN Security Council to annul it."
    found = _events(text, MFA)
    assert "REJECT" in {t for t, _, _ in found}
    assert ("REQUEST", ("RUS",), ("UN",)) in found


def test_expectation_that_is_denied_is_no_request() -> None:
    text = "Moscow rejects the vote in Kosovo but does not expect the UN Security Council to act on it."
    found = code_sentence(text, date=DATE, context=MFA)
    assert all(e.polarity.value == "negated" for e in found if e.event.value == "REQUEST")


# --- aid judged as harm


def test_arms_sent_judged_as_fuelling_escalation_is_an_accusation() -> None:
    text = "London keeps sending long-range missiles to Kiev, which only fuels the escalation."
    found = _events(text, MFA)
    assert ("AID", ("GBR",), ("UKR",)) in found
    assert ("ACCUSE", ("RUS",), ("GBR",)) in found


def test_aid_without_a_judgement_is_no_accusation() -> None:
    text = "London keeps sending long-range missiles to Kiev."
    assert "ACCUSE" not in _types(text, MFA)


# --- refusal judged


def test_judged_refusal_of_a_side_is_a_rejection() -> None:
    text = "The Chairmanship regrets the refusal of Azerbaijan to prolong the field office's mandate."
    found = _events(text, "Statement by the OSCE Chairmanship.")
    assert ("REJECT", ("AZE",), ("OSCE",)) in found


# --- forces sent


def test_warships_sent_named_in_a_call_are_a_deployment() -> None:
    text = "We have asked the NATO side to account for the extra warships sent to the Black Sea."
    found = _events(text, MFA)
    assert ("REQUEST", ("RUS",), ("NATO",)) in found
    assert ("MOBILIZE", ("NATO",), ()) in found


def test_forces_sent_in_a_past_year_are_background() -> None:
    text = "We call on Russia to withdraw the forces that it deployed into Georgia in 2008."
    assert "MOBILIZE" not in _types(text, NAC)


# --- bad input


def _never_make(*_: object) -> object:
    raise AssertionError("no event should be built")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "regards",
        "regards the as",
        "groundless accusations by",
        "'s threats",
        "expects to",
        "refusal of",
        "warships sent to",
        "was invited to",
        "at the request of",
        ", which joined",
        "talks with were postponed",
        "could not accept as legitimate",
        "ready to and condemn",
        "fuels",
        "\x00\x01 ;;; 12 345",
        near_limit("We regard the closing of the office as a provocation and groundless accusations by "),
        near_limit("expects the Council to; refusal of; warships sent to; his veiled threats fuel "),
    ],
)
def test_fragments_code_without_error(text: str) -> None:
    coded_twice_cleanly(text, date=DATE, context=MFA)
    coded_twice_cleanly(text, date=DATE)


# --- talks put off, invitations, meetings at a side's request, accession in passing, results not accepted


def test_talks_put_off_in_the_passive_are_a_sanction() -> None:
    text = "The Council decided that talks with Russia on the visa deal would be postponed."
    found = _events(text, "Statement by the European Council.")
    assert ("SANCTION", ("EU",), ("RUS",)) in found
    assert "CONSULT" not in {t for t, _, _ in found}


def test_talks_not_put_off_are_no_sanction() -> None:
    text = "Talks with Russia on the visa deal have not been postponed."
    assert "SANCTION" not in _types(text, "Statement by the European Council.")


def test_side_not_invited_to_a_summit_is_a_denied_request() -> None:
    found = code_sentence(
        "Moscow has not been invited to the Alliance's summit in Vilnius.", date=DATE, context=MFA
    )
    asked = [e for e in found if e.event.value == "REQUEST"]
    assert [(e.source, e.target, e.polarity.value) for e in asked] == [(("NATO",), ("RUS",), "negated")]


def test_invited_to_join_is_left_to_the_phrase_lists() -> None:
    text = "Montenegro has been invited to join the Alliance."
    assert all(e.event.value != "REQUEST" for e in code_sentence(text, date=DATE, context=NAC))


def test_meeting_held_at_a_sides_request() -> None:
    text = "An urgent session of the North Atlantic Council took place today at Latvia's request."
    found = _events(text)
    assert ("CONSULT", ("LVA", "NATO"), ()) in found
    assert ("REQUEST", ("LVA",), ("NATO",)) in found


def test_accession_told_in_passing_is_support() -> None:
    text = "Moscow expects Albania and Croatia, which joined the Alliance on 1 April, to respect their neighbours."
    found = _events(text, MFA)
    assert ("SUPPORT", ("ALB", "HRV"), ("NATO",)) in found


def test_accession_in_a_past_year_is_background() -> None:
    text = (
        "Moscow expects Albania and Croatia, which joined the Alliance in 2009, to respect their neighbours."
    )
    assert "SUPPORT" not in _types(text, MFA)


def test_result_not_accepted_as_legitimate_beside_a_warning() -> None:
    text = (
        "Washington said it could not accept the official count as legitimate and threatened Minsk with "
        "consequences for bilateral ties."
    )
    found = _events(text)
    assert ("REJECT", ("USA",), ("BLR",)) in found
    assert "THREATEN" in {t for t, _, _ in found}


# --- a second predicate after a stance


def test_second_predicate_after_a_stance_is_read() -> None:
    text = "We stay open to talks and condemn Russia's latest strikes on the port."
    found = _events(text, NAC)
    assert ("ACCUSE", ("NATO",), ("RUS",)) in found


def test_second_predicate_after_a_denied_stance_is_left() -> None:
    text = "We are not ready to resume talks and urge Moscow to comply first."
    found = written8.second_predicate([], text, [], None)
    assert found == []
