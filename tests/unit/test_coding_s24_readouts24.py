"""Session 24 (readouts24): meetings and agreements a Kremlin readout tells in its own wording."""

from __future__ import annotations

import datetime as dt
from typing import Any

from detente.coding.document import RecordStream

DAY = dt.date(2005, 3, 4)
LEAD = "Vladimir Putin held talks with President of Finland Tarja Halonen in the Kremlin."


def _after_lead(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """The (type, sources, targets) of a sentence coded after a readout's lead naming the two sides."""
    out: list[list[dict[str, Any]]] = RecordStream().code_run(
        [("page-4712-0", LEAD, DAY, None), ("page-4712-1", text, DAY, None)]
    )
    return {(e["event"], tuple(sorted(e["source"])), tuple(sorted(e["target"]))) for e in out[1]}


# --- a discussion held, the noun in the singular ------------------------------------------------------------


def test_leaders_conducting_a_discussion_consult() -> None:
    got = _after_lead("The two leaders conducted a detailed discussion of regional problems.")
    assert ("CONSULT", ("FIN", "RUS"), ()) in got


def test_presidents_holding_a_discussion_consult() -> None:
    got = _after_lead("The presidents held a lengthy discussion on energy security.")
    assert ("CONSULT", ("FIN", "RUS"), ()) in got


# --- a promise to keep obligations --------------------------------------------------------------------------


def test_sides_saying_they_would_observe_obligations_agree() -> None:
    got = _after_lead(
        "The sides declared they would observe in good faith all of their obligations under the treaty."
    )
    assert ("AGREE", ("FIN", "RUS"), ()) in got


def test_a_state_that_will_honour_its_commitments_agrees() -> None:
    got = _after_lead("Finland will strictly honour its commitments under the border agreement.")
    assert any(t[0] == "AGREE" and t[1] == ("FIN",) for t in got)


def test_continuing_to_fulfil_obligations_is_no_promise() -> None:
    got = _after_lead("Moscow will continue to fulfil its obligations for the time being.")
    assert not any(t[0] == "AGREE" for t in got)


def test_one_obligation_met_by_an_act_is_not_read_as_a_promise() -> None:
    got = _after_lead("This means Finland will fulfil the main obligation under the convention.")
    assert not any(t[0] == "AGREE" for t in got)


# --- views exchanged, in the passive -----------------------------------------------------------------------


def test_views_exchanged_in_the_passive_consult_of_the_sides() -> None:
    got = _after_lead("Views were also exchanged on the situation in the Baltic region.")
    assert ("CONSULT", ("FIN", "RUS"), ()) in got


def test_opinions_exchanged_in_the_passive_consult_of_the_sides() -> None:
    got = _after_lead("Opinions were exchanged on energy cooperation.")
    assert ("CONSULT", ("FIN", "RUS"), ()) in got


def test_other_things_exchanged_are_no_talk() -> None:
    assert not _after_lead("Prisoners were exchanged on the border.")
    assert not _after_lead("Fire was exchanged across the line of contact.")


def test_views_exchanged_with_no_meeting_reported_code_nothing() -> None:
    out = RecordStream().code_run(
        [
            ("page-4713-0", "The weather in Helsinki was cold.", DAY, None),
            ("page-4713-1", "Views were exchanged on current issues.", DAY, None),
        ]
    )
    assert not out[1]


def test_sides_promise_names_no_target_from_the_law_they_keep() -> None:
    got = _after_lead(
        "The sides said that they would observe their obligations under international law, the UN Charter above all."
    )
    assert ("AGREE", ("FIN", "RUS"), ()) in got


# --- a signing told with the pair after "between the" -------------------------------------------------------


def test_agreement_between_the_two_governments_signed_is_both_sides_signing() -> None:
    got = _after_lead(
        "With both presidents present, an agreement between the Russian and Finnish governments on "
        "border crossings was signed."
    )
    assert ("SUPPORT", ("FIN", "RUS"), ()) in got


# --- the speaker's "we agreed" after two-sided talks -------------------------------------------------------

PUTIN = "Vladimir Putin, President of Russia"


def _statements(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """A sentence of the speaker's statement after talks with Finland (the first record reports them)."""
    out: list[list[dict[str, Any]]] = RecordStream().code_run(
        [("page-4714-0", LEAD, DAY, None), ("page-4714-1", text, DAY, PUTIN)]
    )
    return {(e["event"], tuple(sorted(e["source"])), tuple(sorted(e["target"]))) for e in out[1]}


def test_we_reached_an_agreement_is_both_sides() -> None:
    got = _statements("We have reached an agreement on timber supplies for next year.")
    assert ("AGREE", ("FIN", "RUS"), ()) in got


def test_we_agreed_with_a_third_party_keeps_it() -> None:
    got = _statements("We agreed to help Estonia rebuild the bridge.")
    assert ("AGREE", ("FIN", "RUS"), ()) not in got
