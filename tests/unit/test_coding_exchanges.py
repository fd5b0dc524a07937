"""Session 25 (exchanges): meetings official texts tell without a verb of meeting beside both sides."""

from __future__ import annotations

import datetime as dt
from typing import Any

from detente.coding.coder import code_sentence
from detente.coding.document import RecordStream

DAY = dt.date(2011, 6, 8)
Triple = tuple[str, tuple[str, ...], tuple[str, ...]]


def _coded(text: str, context: str | None = None) -> set[Triple]:
    return {
        (e.event.value, tuple(sorted(e.source)), tuple(sorted(e.target)))
        for e in code_sentence(text, date=DAY, context=context)
    }


def _run(*texts: str, context: str | None = None) -> list[set[Triple]]:
    out: list[list[dict[str, Any]]] = RecordStream().code_run(
        [(f"page-8812-{i}", t, DAY, context) for i, t in enumerate(texts)]
    )
    return [{(e["event"], tuple(sorted(e["source"])), tuple(sorted(e["target"]))) for e in es} for es in out]


def _types(found: set[Triple]) -> set[str]:
    return {t[0] for t in found}


# --- a visit or meeting told by the speaker --------------------------------------------------------------------

VISITOR = "Sebastian Pinera, President of Chile"


def test_pleased_to_have_the_chance_to_come_to_a_city_is_a_visit() -> None:
    got = _coded("I am very pleased to have the chance to come to Moscow at last.", VISITOR)
    assert ("CONSULT", ("CHL",), ("RUS",)) in got


def test_glad_to_have_this_opportunity_to_visit_a_city() -> None:
    got = _coded("We are glad to have this opportunity to visit Russia.", VISITOR)
    assert ("CONSULT", ("CHL",), ("RUS",)) in got


def test_pleasure_with_no_other_side_is_not_read() -> None:
    # a leader meeting people of his own country: no other side known
    got = _coded("I am happy to have this chance to meet with you all, colleagues.", VISITOR)
    assert "CONSULT" not in _types(got)


def test_pleasure_at_a_chance_to_rest_is_no_meeting() -> None:
    got = _coded("I am glad to have the chance to rest in Sochi.", VISITOR)
    assert "CONSULT" not in _types(got)


def test_wished_chance_to_come_is_not_a_visit() -> None:
    got = _coded("I would be pleased to have a chance to come to Moscow one day.", VISITOR)
    assert ("CONSULT", ("CHL",), ("RUS",)) not in got


# --- an agenda whose sides the sentence names -------------------------------------------------------------------


def test_agenda_of_relations_between_two_states() -> None:
    got = _coded("On the agenda were the main issues of relations between Russia and Chile.")
    assert ("CONSULT", ("CHL", "RUS"), ()) in got


def test_agenda_of_a_state_and_an_alliance_is_a_topic() -> None:
    got = _coded("On the agenda were the main issues of relations between Russia and NATO.")
    assert ("CONSULT", ("NATO", "RUS"), ()) not in got


def test_agenda_naming_no_relation_is_not_read() -> None:
    got = _coded("On the agenda were the budget and regional housing programmes.")
    assert "CONSULT" not in _types(got)


# --- talks in progress ---------------------------------------------------------------------------------------------


def test_negotiations_between_two_states_under_way() -> None:
    got = _coded("Negotiations between Russia and Chile on a fisheries agreement are now under way.")
    assert ("CONSULT", ("CHL", "RUS"), ()) in got


def test_talks_under_way_after_a_reported_meeting() -> None:
    got = _run(
        "Vladimir Putin held talks with President of Chile Sebastian Pinera.",
        "Consultations on easing the visa regime were continuing.",
    )
    assert ("CONSULT", ("CHL", "RUS"), ()) in got[1]


def test_talks_with_a_long_topic_under_way_and_no_sides_are_not_read() -> None:
    got = _coded("Negotiations on the mutual recognition of diplomas and degrees were underway.")
    assert "CONSULT" not in _types(got)


def test_work_on_an_agenda_for_talks_under_way_is_no_talks() -> None:
    got = _coded("Work on the agenda for the talks is under way.")
    assert "CONSULT" not in _types(got)


# --- said at a meeting with another side -----------------------------------------------------------------------


def test_said_at_a_meeting_with_a_foreign_leader() -> None:
    got = _coded("Putin said at a meeting with Sebastian Pinera that trade had grown.")
    assert ("CONSULT", ("RUS",), ("CHL",)) in got


def test_noted_in_remarks_at_talks_with_a_foreign_leader() -> None:
    got = _coded("Putin noted in his remarks at talks with Angela Merkel that relations were improving.")
    assert ("CONSULT", ("RUS",), ("DEU",)) in got


def test_an_act_told_at_a_meeting_keeps_the_meeting_as_its_setting() -> None:
    got = _coded(
        "Putin said at a meeting with Angela Merkel that his country had expelled two Polish diplomats."
    )
    assert ("CONSULT", ("RUS",), ("DEU",)) not in got
    assert "SANCTION" in _types(got)


def test_said_at_a_meeting_with_the_cabinet_is_domestic() -> None:
    got = _coded("Putin said at a meeting with the Cabinet that the budget was ready.")
    assert "CONSULT" not in _types(got)


def test_said_with_no_meeting_noun_is_not_read() -> None:
    got = _coded("Putin said at a press conference in Berlin that trade had grown.")
    assert "CONSULT" not in _types(got)


# --- a truce brought about by mediators ----------------------------------------------------------------------------


def test_efforts_of_two_states_bringing_about_a_ceasefire_are_mediation() -> None:
    found = code_sentence(
        "The efforts by Russia and Iran were decisive in bringing about a ceasefire in Yemen.", date=DAY
    )
    consult = [e for e in found if e.event.value == "CONSULT"]
    assert consult and set(consult[0].source) == {"RUS", "IRN"} and consult[0].target == ("YEM",)
    assert consult[0].mode == "third-party"


def test_a_truce_between_a_government_and_the_opposition_has_both_as_targets() -> None:
    found = code_sentence(
        "The efforts of Russia and Iran led to securing a truce between the Yemeni government and the opposition.",
        date=DAY,
    )
    consult = [e for e in found if e.event.value == "CONSULT"]
    assert consult and set(consult[0].target) == {"YEM", "opposition"}


def test_efforts_of_one_state_are_not_read_as_mediation() -> None:
    got = _coded("The efforts of Russia were decisive in bringing about a ceasefire in Yemen.")
    assert ("CONSULT", ("RUS",), ("YEM",)) not in got


def test_efforts_with_no_truce_are_not_mediation() -> None:
    got = _coded("The efforts of Russia and Iran to build a new port continue.")
    assert "CONSULT" not in _types(got)


# --- a transcript whose speakers only its labels name ----------------------------------------------------------


def test_we_had_talks_in_a_labelled_transcript_is_both_sides_meeting() -> None:
    got = _run(
        "President of Russia Vladimir Putin: Esteemed Prime Minister, dear friends,",
        "Today we had detailed and useful talks.",
        "We discussed trade and energy.",
        "Prime Minister of Hungary Viktor Orban: Thank you, Mr President.",
    )
    assert ("CONSULT", ("HUN", "RUS"), ()) in got[1]
    assert ("CONSULT", ("HUN", "RUS"), ()) in got[2]


def test_one_labelled_speaker_tells_no_meeting() -> None:
    got = _run(
        "President of Russia Vladimir Putin: Dear colleagues, good day to you all.",
        "Today we discussed the budget for next year.",
    )
    assert not any(t[0] == "CONSULT" and t[1] for t in got[1])
