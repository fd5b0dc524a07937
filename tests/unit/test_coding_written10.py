"""Official NATO-Russia wording of session 32 (helper written10): detente.coding.written10 and the head word
"ministers" in actors.toml. Every sentence is invented for these tests; each family has a sentence whose
reading must come (or change) and a near miss that stays as it was."""

from __future__ import annotations

import datetime as dt

from tests.badinput import coded_twice_cleanly, near_limit

from detente.coding.coder import Event, code_sentence
from detente.coding.written10 import accreditation_withdrawn, decided_act, settled

DAY = dt.date(2019, 3, 1)


def coded(text: str, speaker: str | None = None) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    return [
        (e.event.value, e.source, e.target, e.polarity.value)
        for e in code_sentence(text, date=DAY, speaker=speaker)
    ]


def types(text: str, speaker: str | None = None) -> set[str]:
    return {t for t, _, _, _ in coded(text, speaker)}


# --- acts decided on --------------------------------------------------------------------------------------


def test_a_decision_to_launch_an_offensive_is_the_offensive() -> None:
    found = coded("Moscow decided to launch an offensive against Georgia.")
    assert ("ASSAULT", ("RUS",), ("GEO",), "asserted") in found
    assert "AGREE" not in {t for t, _, _, _ in found}


def test_a_decision_taken_to_mount_a_military_operation_is_the_operation() -> None:
    found = coded("The Kremlin took the decision to mount a military operation against Georgia.")
    assert ("ASSAULT", ("RUS",), ("GEO",), "asserted") in found


def test_a_leader_deciding_on_a_special_operation_in_the_first_person_assaults() -> None:
    found = coded("I have decided to carry out a special military operation.", speaker="RUS")
    assert [e for e in found if e[0] == "ASSAULT" and e[1] == ("RUS",) and e[3] == "asserted"]


def test_the_special_operation_decided_in_moscow_is_aimed_at_ukraine() -> None:
    found = coded("We have decided to launch a special military operation.", speaker="RUS")
    assert ("ASSAULT", ("RUS",), ("UKR",), "asserted") in found


def test_the_side_that_suspects_the_people_withdrew_their_accreditation() -> None:
    text = "Five staff of the Russian embassy, whom Oslo suspects of spying, had their accreditation revoked."
    found = coded(text)
    assert ("SANCTION", ("NOR",), ("RUS",), "asserted") in found


def test_a_leader_who_may_decide_on_an_operation_has_not_assaulted() -> None:
    found = coded("I may decide to carry out a special military operation.", speaker="RUS")
    assert not [e for e in found if e[0] == "ASSAULT" and e[3] == "asserted"]


def test_a_decision_to_begin_strikes_by_a_state_is_no_labour_strike() -> None:
    found = types("The Russian government decided to begin strikes against Georgian ports.")
    assert "ASSAULT" in found
    assert "PROTEST" not in found


def test_workers_deciding_to_begin_strikes_still_protest() -> None:
    found = types("Dock workers decided to begin strikes against the port company.")
    assert "PROTEST" in found
    assert "ASSAULT" not in found


def test_a_decision_to_launch_something_peaceful_stays_an_agreement() -> None:
    found = types("Moscow decided to launch a peace initiative with Georgia.")
    assert "ASSAULT" not in found


def test_a_denied_decision_gives_no_asserted_assault() -> None:
    found = coded("Moscow has not decided to launch an offensive against Georgia.")
    assert not [e for e in found if e[0] == "ASSAULT" and e[3] == "asserted"]


def test_decided_act_alone_keeps_events_when_nothing_matches() -> None:
    assert decided_act("The weather decided nothing.", [], [], None, _no_make) == []


# --- accreditation taken away, in the passive -----------------------------------------------------------


def test_our_correspondents_losing_accreditation_is_a_sanction_on_the_speaker() -> None:
    found = coded("Our correspondents had their accreditation revoked.", speaker="RUS")
    assert ("SANCTION", (), ("RUS",), "asserted") in found
    assert "COERCE" not in {t for t, _, _, _ in found}


def test_the_trailing_sayer_withdrew_the_accreditation() -> None:
    found = coded(
        "Two Russian envoys had their accreditation cancelled, the Alliance's spokeswoman confirmed."
    )
    assert ("SANCTION", ("NATO",), ("RUS",), "asserted") in found


def test_the_sayer_before_withdrew_the_accreditation() -> None:
    found = coded("The Alliance said three Russian staff members had their accreditation withdrawn.")
    assert ("SANCTION", ("NATO",), ("RUS",), "asserted") in found


def test_the_state_it_happened_in_withdrew_the_accreditation() -> None:
    found = coded("Moscow said that Russian reporters were stripped of their accreditation in Estonia.")
    assert ("SANCTION", ("EST",), ("RUS",), "asserted") in found


def test_the_owner_of_the_outlet_is_the_target() -> None:
    found = coded("Reporters of Russian state television had their accreditation suspended by Lithuania.")
    assert ("SANCTION", ("LTU",), ("RUS",), "asserted") in found


def test_an_active_denied_withdrawal_stays_denied() -> None:
    found = coded("Riga did not revoke the accreditation of Russian reporters.")
    assert not [e for e in found if e[0] == "SANCTION" and e[3] == "asserted"]


def test_a_possible_withdrawal_stays_hypothetical() -> None:
    found = coded("Russian reporters might have their accreditation revoked by Latvia.")
    assert not [e for e in found if e[3] == "asserted"]


def test_accreditation_alone_without_owner_is_left_alone() -> None:
    assert (
        accreditation_withdrawn("Some people had their accreditation revoked.", [], [], None, _no_make) == []
    )


# --- "Allied <officials>" -------------------------------------------------------------------------------


def test_allied_ministers_and_a_russian_minister_meeting_is_a_consultation() -> None:
    found = coded("Allied defence ministers and Minister Shoigu met in Brussels.")
    assert found and found[0][0] == "CONSULT"
    assert set(found[0][1]) | set(found[0][2]) == {"NATO", "RUS"}


def test_alliance_ministers_named_with_the_body_meet_the_other_side() -> None:
    found = coded("NATO foreign ministers and Sergei Lavrov met in Madrid.")
    assert "CONSULT" in {t for t, _, _, _ in found}


def test_allied_with_a_state_is_no_alliance_mention() -> None:
    for _, source, target, _ in coded("Belarus, allied with Russia, held large drills near Minsk."):
        assert "NATO" not in source + target


def test_national_and_allied_jets_keep_both_sides() -> None:
    found = coded("Norwegian and allied jets intercepted two Russian bombers.")
    assert any(set(s) == {"NOR", "NATO"} for _, s, _, _ in found)


# --- bad input ------------------------------------------------------------------------------------------


def _no_make(*_: object) -> Event:
    raise AssertionError("no event should be built")


def test_settled_keeps_events_for_bad_input() -> None:
    for text in ("", "...", "1234 5678", "x" * 100_000):
        assert settled(text, [], [], "RUS", _no_make) == []


def test_garbage_and_very_long_sentences_code_cleanly() -> None:
    for text in (
        "",
        "...",
        "1234 5678",
        near_limit("they decided to launch strikes; our reporters had their accreditation revoked by "),
        near_limit("Allied ministers and "),
    ):
        coded_twice_cleanly(text, date=DAY, speaker="RUS")
