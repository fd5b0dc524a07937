"""Relations told as going well, two sides thinking alike, partners by name (s31-kremlin12):
detente.coding.kremlin12. Every sentence is invented for these tests; each family has a sentence whose
reading must come, near misses that must not, and bad input."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.badinput import coded_twice_cleanly, document_goes_on, near_limit

from detente.coding.coder import code_sentence
from detente.coding.document import RecordStream
from detente.coding.kremlin12 import (
    one_side_alone,
    partners_named,
    progress_noted,
    relation_advancing,
    views_alike,
)

DAY = dt.date(2015, 9, 14)
PUTIN = "Vladimir Putin, President of Russia"


def coded(
    text: str, participants: tuple[str, ...] = (), speaker: str | None = None
) -> list[tuple[str, list[str], list[str]]]:
    return [
        (e.event.value, sorted(e.source), sorted(e.target))
        for e in code_sentence(
            text, date=DAY, participants=participants, speaker=speaker, reported_meeting=bool(participants)
        )
    ]


# --- a relation said to be going forward -------------------------------------------------------------------


def test_a_sayer_tells_a_named_relation_restored() -> None:
    text = "Mr Putin noted that Russian-Mongolian trade ties were being restored."
    assert coded(text) == [("SUPPORT", ["RUS"], ["MNG"])]


def test_the_speaker_tells_our_relations_returning_to_normal() -> None:
    text = "Our bilateral relations are returning to normal."
    assert coded(text, ("RUS", "CHL"), "RUS") == [("SUPPORT", ["RUS"], ["CHL"])]


def test_a_relation_merely_developing_is_a_description() -> None:
    # the project's convention (s20-praise): a relation told as developing is no praise
    assert coded("Mr Putin noted that Russian-Mongolian trade ties were expanding steadily.") == []
    assert coded("Our bilateral relations are gaining momentum.", ("RUS", "CHL"), "RUS") == []


def test_relations_with_a_named_side_restored() -> None:
    text = "Our relations with Peru have been fully restored."
    assert coded(text, speaker="RUS") == [("SUPPORT", ["RUS"], ["PER"])]


def test_the_leaders_note_ties_restored() -> None:
    text = "The two leaders noted that ties between the two countries had been fully restored."
    assert coded(text, ("RUS", "VNM")) == [("SUPPORT", ["RUS", "VNM"], [])]


def test_the_progress_of_a_relation_noted_as_a_noun() -> None:
    text = "The Presidents noted with satisfaction the steady growth of Russian-Uzbek cooperation."
    assert coded(text) == [("SUPPORT", ["RUS", "UZB"], [])]
    assert coded("The Presidents noted the steady growth of Russian-Uzbek cooperation.") == []


def test_a_relation_told_by_no_one_is_not_read() -> None:
    # a readout sentence with no sayer and no speaker: whose praise it is cannot be told
    assert coded("Bilateral relations are being restored.") == []
    assert coded("Relations between Chile and Peru are being restored.") == []


def test_a_sayer_outside_the_relation_reads_nothing() -> None:
    assert coded("Mr Putin said that relations between Chile and Peru had been restored.") == []


def test_our_relations_without_a_known_partner_read_nothing() -> None:
    assert coded("Our relations are being restored.", speaker="RUS") == []


def test_a_forecast_a_wish_or_a_negation_is_no_reading() -> None:
    pair = ("RUS", "VNM")
    assert coded("I am sure our relations will be restored.", pair, "RUS") == []
    assert coded("Our relations have not been restored.", pair, "RUS") == []
    assert coded("If bilateral ties are restored, we will do a lot.", pair, "RUS") == []


def test_a_qualified_advance_is_no_reading() -> None:
    text = "Relations between Russia and Latvia are recovering, but slowly."
    assert coded(text, speaker="RUS") == []


def test_the_reader_alone_on_a_view() -> None:
    class View:
        text = "Our economic ties are being restored."
        units = ()
        speaker = "RUS"
        participants = ("RUS", "SRB")
        reported_meeting = True

    found = relation_advancing(View())
    assert found is not None and found.roles.source == ("RUS",) and found.roles.target == ("SRB",)
    assert progress_noted(View()) is None


# --- two sides thinking alike ------------------------------------------------------------------------------


def test_two_named_sides_seeing_eye_to_eye() -> None:
    assert coded("Russia and Vietnam see eye to eye on the situation in the region.") == [
        ("AGREE", ["RUS", "VNM"], [])
    ]


def test_a_sayer_of_the_pair_agrees_with_the_other() -> None:
    text = "Mr Lavrov said that Moscow and Hanoi had identical positions on the matter."
    assert coded(text) == [("AGREE", ["RUS"], ["VNM"])]


def test_views_alike_negated_or_wished_are_not_read() -> None:
    assert coded("Russia and Vietnam do not see eye to eye on the matter.") == []
    assert coded("Russia and Vietnam should have the same approach to the matter.") == []


def test_views_alike_reader_needs_two_named_sides() -> None:
    class View:
        text = "They see eye to eye on this."
        units = ()
        speaker = None
        participants = ()
        reported_meeting = False

    assert views_alike(View()) is None


# --- partners by name --------------------------------------------------------------------------------------


def test_a_side_called_one_of_our_key_partners() -> None:
    assert coded("Vietnam remains one of our key partners in Asia.", speaker="RUS") == [
        ("SUPPORT", ["RUS"], ["VNM"])
    ]


def test_a_pair_called_strategic_partners() -> None:
    assert coded("Russia and Vietnam are reliable strategic partners.") == [("SUPPORT", ["RUS", "VNM"], [])]


def test_partners_hoped_for_are_not_read() -> None:
    assert coded("Vietnam could become one of our key partners.", speaker="RUS") == []
    assert coded("Vietnam is not one of our key partners.", speaker="RUS") == []


def test_partners_reader_without_a_teller_reads_nothing() -> None:
    class View:
        text = "Vietnam remains one of our key partners."
        units = ()
        speaker = None
        participants = ()
        reported_meeting = False

    assert partners_named(View()) is None


# --- bad input ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "relations",
        "Our relations are",
        "are being restored.",
        "see eye to eye",
        "and are strategic partners",
        "--- ... ;;; ::: 123 456",
        "“”",
        near_limit("bilateral relations are being restored and Russia and Vietnam see eye to eye; "),
    ],
)
def test_bad_input_is_coded_cleanly(text: str) -> None:
    coded_twice_cleanly(text, date=DAY, speaker="RUS", participants=("RUS", "VNM"), reported_meeting=True)


def test_a_document_goes_on_after_fragments() -> None:
    fragments = ["Our relations are", "are returning to normal", "eye to eye", "one of our key partners"]
    document_goes_on("kremlin12-test-7", fragments, DAY, PUTIN)


# --- an invitation accepted, and a page's pair for a one-sided act -------------------------------------------


def test_an_invitation_accepted_is_aimed_at_the_other_side() -> None:
    text = "The Mongolian leader gladly accepted the invitation."
    for reported in (False, True):
        found = code_sentence(text, date=DAY, participants=("RUS", "MNG"), reported_meeting=reported)
        assert [(e.event.value, e.source, e.target) for e in found] == [("AGREE", ("MNG",), ("RUS",))]


def test_an_invitation_accepted_with_no_pair_keeps_no_target() -> None:
    found = code_sentence("The Mongolian leader gladly accepted the invitation.", date=DAY)
    assert [(e.event.value, e.source, e.target) for e in found] == [("AGREE", ("MNG",), ())]


def test_one_side_alone_needs_a_pair_and_a_lone_sided_act() -> None:
    accepted = code_sentence("The Mongolian President accepted the invitation.", date=DAY)
    assert one_side_alone(accepted, ("RUS", "MNG"))
    assert not one_side_alone(accepted, ("RUS",))
    assert not one_side_alone(accepted, ("RUS", "CHN"))
    assert not one_side_alone([], ("RUS", "MNG"))
    both = code_sentence("Russia and Mongolia signed a treaty on the border.", date=DAY)
    assert not one_side_alone(both, ("RUS", "MNG"))


def test_a_readout_run_gives_its_pair_to_an_invitation_accepted() -> None:
    stream = RecordStream()
    day = dt.date(2016, 4, 2)
    runs = [
        ("k12doc-5", "Vladimir Putin and Tsakhiagiin Elbegdorj discussed trade.", day, None),
        ("k12doc-6", "Vladimir Putin invited the Mongolian leader to Moscow.", day, None),
        ("k12doc-7", "The Mongolian leader gladly accepted the invitation.", day, None),
    ]
    out = stream.code_run(runs)
    assert ("AGREE", ["MNG"], ["RUS"]) in [(e["event"], e["source"], e["target"]) for e in out[2]]


# --- a joint statement adopted -------------------------------------------------------------------------------


def test_a_joint_statement_adopted_is_support_of_both() -> None:
    text = "The two Presidents adopted a joint statement on cooperation in space research."
    assert coded(text, ("RUS", "MNG")) == [("SUPPORT", ["MNG", "RUS"], [])]


def test_a_joint_statement_still_to_be_adopted_keeps_its_reading() -> None:
    text = "The two Presidents will adopt a joint statement on cooperation in space research."
    assert "SUPPORT" not in {t for t, _, _ in coded(text, ("RUS", "MNG"))}


def test_an_agreement_on_a_joint_statement_text_is_untouched_without_adoption() -> None:
    text = "The two Presidents agreed to work on a joint statement on space research."
    assert "SUPPORT" not in {t for t, _, _ in coded(text, ("RUS", "MNG"))}
