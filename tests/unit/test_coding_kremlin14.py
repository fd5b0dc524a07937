"""Interference judged, home Security Council meetings, criticism met abroad, needs noted, disagreement denied
(s32-kremlin14): detente.coding.kremlin14. Every sentence is invented for these tests; each family has a
sentence whose reading must come (or change) and near misses that stay as they were."""

from __future__ import annotations

import datetime as dt
import time

from tests.badinput import coded_twice_cleanly, near_limit

from detente.coding.coder import Event, code_sentence
from detente.coding.kremlin14 import may_read, settled

DAY = dt.date(2020, 8, 21)


def coded(
    text: str, participants: tuple[str, ...] = (), speaker: str | None = None
) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [
        (e.event.value, e.source, e.target)
        for e in code_sentence(
            text, date=DAY, participants=participants, speaker=speaker, reported_meeting=bool(participants)
        )
    ]


def of_type(text: str, etype: str, **kwargs: object) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [c for c in coded(text, **kwargs) if c[0] == etype]  # type: ignore[arg-type]


# --- interference judged unacceptable ----------------------------------------------------------------------


def test_meddling_judged_unacceptable_accuses_no_victim() -> None:
    text = "The Russian President stressed that any attempts to meddle in Serbia's internal affairs are unacceptable."
    assert of_type(text, "ACCUSE") == [("ACCUSE", ("RUS",), ())]


def test_pressure_judged_counterproductive_is_no_request() -> None:
    text = "Vladimir Putin emphasised that outside pressure on the lawful government of Kyrgyzstan would be counterproductive."
    assert coded(text) == [("ACCUSE", ("RUS",), ())]


def test_the_sayer_of_a_participle_is_the_subject() -> None:
    text = (
        "Vladimir Putin briefed the ministers on his calls, stressing that outside interference in the "
        "republic's affairs is inadmissible."
    )
    assert of_type(text, "ACCUSE") == [("ACCUSE", ("RUS",), ())]


def test_the_subject_after_an_introductory_clause_says_it() -> None:
    text = (
        "When discussing events in Armenia, Vladimir Putin restated Russia's view, emphasising that meddling "
        "in the affairs of a sovereign state is unacceptable."
    )
    assert of_type(text, "ACCUSE") == [("ACCUSE", ("RUS",), ())]


def test_a_bare_president_on_a_home_page_says_it() -> None:
    text = "The President addressed the board, underscoring that any foreign interference in the elections is unacceptable."
    assert of_type(text, "ACCUSE") == [("ACCUSE", ("RUS",), ())]


def test_the_interferer_named_after_by_is_the_target() -> None:
    text = "Putin told Macron that interference by Western countries in Belarus would be unacceptable."
    assert of_type(text, "ACCUSE") == [("ACCUSE", ("RUS",), ("WEST",))]


def test_futility_of_attempts_to_press_is_a_charge() -> None:
    text = "The Russian leader underlined the utter futility of attempts to put pressure on Minsk."
    assert of_type(text, "ACCUSE") == [("ACCUSE", ("RUS",), ())]


def test_both_leaders_of_a_meeting_judge_together() -> None:
    text = "Both leaders declared that attempts to falsify the history of the war are unacceptable."
    assert ("ACCUSE", ("RUS", "ARM"), ()) in coded(text, participants=("RUS", "ARM"))


def test_a_judged_seizure_is_kept_beside_the_charge() -> None:
    text = "The Allies stated that Russia's attempts to annex Crimea are unacceptable."
    found = coded(text)
    assert ("ACCUSE", ("NATO",), ("RUS",)) in found
    assert any(t == "COERCE" for t, _, _ in found)


def test_judgements_of_no_interference_are_left_alone() -> None:
    assert of_type("The situation in the region is unacceptable, Putin said.", "ACCUSE") == []
    assert of_type("Putin said that such interference was not unacceptable to anyone.", "ACCUSE") == []
    assert (
        of_type("Putin noted that the delays in the new stadium project were unacceptable.", "ACCUSE") == []
    )


def test_no_sayer_no_charge() -> None:
    assert of_type("Any attempts to meddle in the talks are unacceptable.", "ACCUSE") == []


# --- the home Security Council --------------------------------------------------------------------------------


def test_a_meeting_with_members_of_the_security_council_is_domestic() -> None:
    text = "The President held an operational meeting with the permanent members of the Security Council."
    assert of_type(text, "CONSULT") == []


def test_a_session_by_videoconference_with_council_members_is_domestic() -> None:
    text = (
        "Vladimir Putin held a session, via videoconference, with members of the Security Council on fires."
    )
    assert of_type(text, "CONSULT") == []


def test_a_security_council_session_chaired_is_domestic() -> None:
    assert of_type("Vladimir Putin chaired a Security Council session on the Arctic.", "CONSULT") == []


def test_the_un_security_council_keeps_its_meeting() -> None:
    text = "Vladimir Putin met permanent members of the UN Security Council in New York."
    assert any("UN" in s + t for _, s, t in of_type(text, "CONSULT"))


# --- criticism met abroad -------------------------------------------------------------------------------------


def test_criticism_met_in_named_states() -> None:
    text = "The plan was met with sharp criticism in Germany and France."
    assert of_type(text, "ACCUSE") == [("ACCUSE", ("DEU", "FRA"), ())]


def test_criticism_met_aims_at_the_owner() -> None:
    text = "Russia's decision was met with criticism, particularly from Poland."
    assert of_type(text, "ACCUSE") == [("ACCUSE", ("POL",), ("RUS",))]


def test_a_welcome_met_is_no_criticism() -> None:
    assert of_type("The delegation was met with applause in Paris.", "ACCUSE") == []
    assert of_type("The minister met with critics of the plan in Berlin.", "ACCUSE") == []


# --- a need noted with no subject ---------------------------------------------------------------------------


def test_a_need_noted_in_a_readout_asks_the_parties_named() -> None:
    text = "The need to resume the talks between the parties in Libya was noted too."
    assert of_type(text, "REQUEST", participants=("RUS", "ITA")) == [("REQUEST", ("RUS", "ITA"), ("LBY",))]


def test_a_need_noted_without_known_sides_asks_nothing() -> None:
    assert (
        of_type("The need to resume the talks between the parties in Libya was noted too.", "REQUEST") == []
    )


def test_a_need_naming_no_one_else_asks_nothing() -> None:
    text = "The need for new schools in the regions was noted."
    assert of_type(text, "REQUEST", participants=("RUS", "ITA")) == []


# --- a conclusion reached together ---------------------------------------------------------------------------


def test_a_pair_coming_to_a_conclusion_agrees() -> None:
    text = "Putin and Lukashenko came to the conclusion that the reserve force was not needed."
    assert of_type(text, "AGREE") == [("AGREE", ("RUS", "BLR"), ())]


def test_our_talks_with_a_partner_end_in_a_shared_conclusion() -> None:
    text = "During our conversation with Mr Erdogan, we came to the conclusion that the troops are not needed now."
    assert ("AGREE", ("RUS", "TUR"), ()) in coded(text, speaker="RUS")


def test_the_sides_of_a_meeting_reach_a_conclusion() -> None:
    text = "The sides came to the conclusion that a new round of talks was needed."
    assert ("AGREE", ("RUS", "FRA"), ()) in coded(text, participants=("RUS", "FRA"))


def test_one_actors_own_conclusion_is_no_agreement() -> None:
    assert of_type("Putin came to the conclusion that the reserve force was not needed.", "AGREE") == []
    assert of_type("We came to the conclusion that the old plan was wrong.", "AGREE", speaker="RUS") == []
    assert (
        of_type("Putin and Lukashenko did not come to the conclusion that talks were needed.", "AGREE") == []
    )


# --- disagreement denied -------------------------------------------------------------------------------------


def test_hard_to_disagree_is_no_rejection() -> None:
    text = "It is hard to disagree with the decision of the Belarusian court."
    found = coded(text)
    assert not any(t == "REJECT" for t, _, _ in found)
    assert any(t == "SUPPORT" and tg == ("BLR",) for t, _, tg in found)


def test_a_plain_rejection_stays() -> None:
    assert any(t == "REJECT" for t, _, _ in coded("Minsk rejected the decision of the Polish court."))


# --- bad input ---------------------------------------------------------------------------------------------


def test_may_read_needs_one_of_its_words() -> None:
    assert may_read({"interference", "is", "unacceptable"})
    assert not may_read({"the", "talks", "were", "held"})


def test_settled_leaves_nothing_for_empty_or_letterless_or_long_text() -> None:
    def make(*_: object) -> Event:
        raise AssertionError("no event may be made")

    assert settled("", [], [], "RUS", (), make) == []
    assert settled("?!-- 12 ;;", [], [], "RUS", (), make) == []
    assert settled("any interference is unacceptable " * 200, [], [], "RUS", (), make) == []


def test_garbage_and_very_long_sentences_code_cleanly() -> None:
    started = time.perf_counter()
    for text in (
        "",
        "...",
        "1234 5678",
        near_limit("any attempts to interfere were met with criticism in France, the need for "),
        "x" * 100_000,
        "interference is unacceptable " * 4_000,
    ):
        coded_twice_cleanly(text, date=DAY, speaker="RUS")
    assert time.perf_counter() - started < 30
