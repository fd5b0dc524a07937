"""First events of written official statements (:mod:`detente.coding.written7`): measures by decree,
stop-lists, cooperation under review, forces in place or sent home, goods supplied, help sent, blame laid by
attribution, threat, role or inquiry, firm responses, passive strikes, captives freed and pull-backs told by
their result.

The sentences are written for these tests, not taken from any gold set."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2024, 5, 20)


def _coded(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {(e.event.name, e.source, e.target) for e in code_sentence(text, date=DAY)}


def _types(text: str) -> set[str]:
    return {t for t, _, _ in _coded(text)}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # decreed_measures
        ("The Belarusian government adopted a decree on retaliatory measures against Lithuania.", "SANCTION"),
        # stop_listed
        (
            "Twelve British journalists have been placed on Russia's stop-list, the ministry confirmed.",
            "SANCTION",
        ),
        # under_review
        ("The EU put all cooperation with Belarus under review.", "THREATEN"),
        # now_stationed
        (
            "Russian S-400 systems are now permanently stationed in Belarus, the ministry confirmed.",
            "MOBILIZE",
        ),
        # sent_home (and a MOBILIZE misread of it)
        ("The Defence Minister ordered the Russian units to return to their permanent bases.", "CONCEDE"),
        # supplied_by
        ("Latvia's new howitzers, supplied by Norway and Denmark, have arrived.", "AID"),
        # sent_to_help
        ("Russian rescue teams have been sent to Albania to help after the earthquake.", "AID"),
        # blame_attributed
        ("Poland attributed the cyber attack on its railway network to Russia.", "ACCUSE"),
        # named_threat
        ("Moscow says the American missile base in Poland is a direct threat to its security.", "ACCUSE"),
        # received_from
        ("Moldova has received 200 million euros from the EU.", "AID"),
        # thanks_to_help
        ("Thanks to the support of the EU, Moldova now has a modern power grid.", "AID"),
        # what_it_needs
        ("Allies are giving Ukraine what it needs to defend itself.", "AID"),
        # support_stepped_up
        ("Allies have stepped up their support to Ukraine, including with air defence systems.", "AID"),
        # contributed_for
        ("Sweden will contribute 50 million euros to the trust fund for Ukraine.", "AID"),
        # let_in
        ("The Georgian authorities allowed the EU monitors in after long talks.", "RETREAT"),
        # moved_away
        ("Russian forces have moved away from the Georgian town of Gori.", "RETREAT"),
        # strike_delivered
        (
            "A massive missile strike was launched on Ukrainian airfields overnight, the Russian Defence Ministry said.",
            "ASSAULT",
        ),
        # firm_response
        (
            "Any provocation against Belarus will receive a firm response, the Russian Foreign Ministry said.",
            "THREATEN",
        ),
        # bad_role
        (
            "The Russian Foreign Ministry pointed to the destabilising role of the United States in the region.",
            "ACCUSE",
        ),
        (
            "Such statements by the Polish authorities cannot but cause indignation, the Russian Foreign Ministry said.",
            "ACCUSE",
        ),
        ("The Russian Foreign Ministry said that Britain is effectively a party to the conflict.", "ACCUSE"),
        # now_free
        ("The OSCE monitors held by the rebels in Donetsk are now free, the OSCE said.", "RETREAT"),
        # forces_pulled
        ("Russian heavy weapons have been withdrawn from the outskirts of Kyiv.", "RETREAT"),
        # done_pullback
        (
            "The disengagement of Armenian and Azerbaijani forces at the border was completed today.",
            "RETREAT",
        ),
        ("The number of Russian troops in Tajikistan has been reduced by half.", "RETREAT"),
        # help_in_place
        ("Russian rescuers helped search for survivors in Serbia.", "AID"),
        ("Russian firefighting planes were sent to Greece to help fight forest fires.", "AID"),
        # inquiry_found
        (
            "Dutch investigators established that the missile was launched from Russian-controlled territory.",
            "ACCUSE",
        ),
    ],
)
def test_first_event_of_a_written_statement(text: str, event: str) -> None:
    assert event in _types(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The Prime Minister signed a decree on the celebration of the anniversary of the city.", "SANCTION"),
        ("The names were placed on the agenda of the meeting.", "SANCTION"),
        ("The Council put the budget under review.", "THREATEN"),
        ("Russian S-400 systems could be stationed in Belarus, the ministry said.", "MOBILIZE"),
        ("If the exercise ends, the units would return to their permanent bases.", "CONCEDE"),
        ("The Defence Minister ordered the Russian units to return to their exercise areas.", "CONCEDE"),
        ("Latvia's new howitzers, ordered from a private company, have arrived.", "AID"),
        ("Rescue teams have been sent to Albania to take part in the exercise.", "AID"),
        ("Poland attributed its economic growth to Germany.", "ACCUSE"),
        ("Moscow says the American missile base in Poland is not a threat to its security.", "ACCUSE"),
        ("Moldova has received an invitation from the EU.", "AID"),
        ("Thanks to the weather, Moldova now has a good harvest.", "AID"),
        ("Allies are asking Ukraine what it needs to defend itself.", "AID"),
        ("Canada has stepped up its support to the new government of Ukraine.", "AID"),
        ("Sweden will contribute ideas to the fund for Ukraine.", "AID"),
        ("The Georgian authorities refused to allow the EU monitors in.", "RETREAT"),
        ("Russian diplomats have moved away from the old embassy building in Gori.", "RETREAT"),
        ("A massive missile strike was planned, the Russian Defence Ministry said.", "ASSAULT"),
        (
            "Any provocation against Belarus will not receive a response, the Russian Foreign Ministry said.",
            "THREATEN",
        ),
        ("The Foreign Ministry pointed to the map of the region.", "ACCUSE"),
        (
            "Such statements by the Polish authorities can cause confusion, the Russian Foreign Ministry said.",
            "ACCUSE",
        ),
        ("The Russian Foreign Ministry said that Britain is a party to the agreement.", "ACCUSE"),
        ("The OSCE monitors held talks with the rebels in Donetsk.", "RETREAT"),
        ("Russian heavy weapons have been spotted near the outskirts of Kyiv.", "RETREAT"),
        (
            "The disengagement of Armenian and Azerbaijani forces at the border was discussed today.",
            "RETREAT",
        ),
        ("The number of Russian troops in Tajikistan has been estimated at 7,000.", "RETREAT"),
        ("Russian rescuers helped organise the festival in Serbia.", "AID"),
        ("Russian planes were sent to Greece to take part in the air show.", "AID"),
        ("The OSCE mission established that the talks with Russia were held in a good atmosphere.", "ACCUSE"),
    ],
)
def test_near_miss_codes_no_such_event(text: str, event: str) -> None:
    assert event not in _types(text)


def test_sides_of_goods_supplied_and_help_sent() -> None:
    assert ("AID", ("NOR", "DNK"), ("LVA",)) in _coded(
        "Latvia's new howitzers, supplied by Norway and Denmark, have arrived."
    )
    assert ("AID", ("RUS",), ("SRB",)) in _coded("Russian rescuers helped search for survivors in Serbia.")
    assert ("RETREAT", ("ARM", "AZE"), ()) in _coded(
        "The disengagement of Armenian and Azerbaijani forces at the border was completed today."
    )


def test_an_event_with_a_doer_is_left_alone() -> None:
    assert _coded("Russia imposed special economic measures against Turkey.") == {
        ("SANCTION", ("RUS",), ("TUR",))
    }
