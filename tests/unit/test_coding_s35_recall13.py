"""Family members of session 35 (helper recall13): data/lexicon/s35-recall13.toml. Each phrase completes a verb or
noun family whose siblings other rule groups already code; every sentence here is invented for these tests:
the active form, the passive or a second wording where the phrase allows one, a negation (polarity negated)
and look-alikes that must code nothing of the type."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.badinput import coded_twice_cleanly, near_limit

from detente.coding.coder import code_sentence

DAY = dt.date(2021, 6, 1)


def coded(text: str) -> set[tuple[str, str, str, str]]:
    return {
        (e.event.value, "+".join(e.source), "+".join(e.target), e.polarity.value)
        for e in code_sentence(text, date=DAY)
    }


def types_of(text: str) -> set[str]:
    return {e.event.value for e in code_sentence(text, date=DAY)}


CODED = [
    # ground and airspace lent: authorise, approve, permission
    (
        "The Kazakh government authorised NATO to use its airspace for supply flights.",
        "COOPERATE",
        "KAZ",
        "NATO",
    ),
    ("The Kazakh government authorized NATO to transit its territory.", "COOPERATE", "KAZ", "NATO"),
    ("NATO was authorised by Kazakhstan to use its airspace.", "COOPERATE", "KAZ", "NATO"),
    ("Kazakhstan granted NATO permission to use its airfields.", "COOPERATE", "KAZ", "NATO"),
    ("Kazakhstan gave the United States permission to overfly its territory.", "COOPERATE", "KAZ", "USA"),
    ("The Kazakh government gave permission for NATO transit flights.", "COOPERATE", "KAZ", "NATO"),
    (
        "Uzbekistan approved the use of its railways for the transit of NATO supplies.",
        "COOPERATE",
        "UZB",
        "NATO",
    ),
    # relations re-established
    ("Cuba and the United States re-established diplomatic relations on Monday.", "SUPPORT", "CUB+USA", ""),
    ("Georgia re-established diplomatic ties with Russia.", "SUPPORT", "GEO", "RUS"),
    # needs for guarantees from a side, applications to a lender
    ("Russia underlined the need for legally binding guarantees from NATO.", "REQUEST", "RUS", "NATO"),
    (
        "Moscow emphasised the necessity for written security assurances from Washington.",
        "REQUEST",
        "RUS",
        "USA",
    ),
    ("Greece applied to the IMF for an emergency loan.", "REQUEST", "GRC", "IMF"),
    ("Pakistan applied to the World Bank for assistance after the floods.", "REQUEST", "PAK", "WORLD_BANK"),
    # lending stopped
    ("The IMF suspended its loan to Mozambique over hidden debts.", "SANCTION", "IMF", "MOZ"),
    ("The IMF froze its loan programme for Mozambique.", "SANCTION", "IMF", "MOZ"),
    ("The World Bank froze its credit line to Mozambique.", "SANCTION", "WORLD_BANK", "MOZ"),
    ("The IMF delayed the disbursement of its loan to Mozambique.", "SANCTION", "IMF", "MOZ"),
    # talks put off
    ("Japan put off the president's visit to China.", "SANCTION", "JPN", "CHN"),
    ("Japan put off a planned summit with China.", "SANCTION", "JPN", "CHN"),
    # inquiries under other names, referrals to the international court
    ("The UN sent a fact-finding mission to Syria.", "ACCUSE", "UN", "SYR"),
    ("The UN established a fact-finding mission on Syria's use of chemical weapons.", "ACCUSE", "UN", "SYR"),
    ("The Human Rights Council dispatched a mission of inquiry to Syria.", "ACCUSE", "UN", "SYR"),
    ("The Security Council referred Sudan to the ICC.", "ACCUSE", "UN", "SDN"),
    (
        "The Security Council referred Sudan's leaders to the International Criminal Court.",
        "ACCUSE",
        "UN",
        "SDN",
    ),
    # yielding
    ("Ukraine acquiesced in the deployment of Russian peacekeepers.", "CONCEDE", "UKR", "RUS"),
    ("Ukraine acquiesced to Russia's demands.", "CONCEDE", "UKR", "RUS"),
    ("France granted the demands of the unions.", "CONCEDE", "FRA", "workers"),
    # weapons programmes given up
    ("Libya renounced its weapons of mass destruction programme.", "RETREAT", "LBY", ""),
    ("Libya abandoned its nuclear weapons programme.", "RETREAT", "LBY", ""),
    ("South Africa renounced its programme to build nuclear weapons.", "RETREAT", "ZAF", ""),
    # monitors and peacekeepers decided on or authorised
    ("The OSCE decided to deploy a monitoring mission to Ukraine.", "AGREE", "OSCE", "UKR"),
    (
        "The OSCE Permanent Council decided by consensus to send an observer mission to Georgia.",
        "AGREE",
        "OSCE",
        "GEO",
    ),
    ("The Security Council authorised the deployment of peacekeepers to Mali.", "AGREE", "UN", "MLI"),
    # admission with the admitting side first
    ("NATO admitted Montenegro as its 29th member.", "SUPPORT", "NATO", "MNE"),
    ("Montenegro was admitted by NATO as its 29th member.", "SUPPORT", "NATO", "MNE"),
    (
        "The General Assembly voted to admit South Sudan as a member of the United Nations.",
        "SUPPORT",
        "UN",
        "SSD",
    ),
    ("The UN General Assembly granted Palestine observer status.", "SUPPORT", "UN", "PSE"),
    ("The EU gave Ukraine candidate status.", "SUPPORT", "EU", "UKR"),
    # support rallied on a side's behalf
    ("Russia lobbied on behalf of Serbia at the United Nations.", "SUPPORT", "RUS", "SRB"),
    ("Russia interceded on behalf of Serbia.", "SUPPORT", "RUS", "SRB"),
]


@pytest.mark.parametrize("text, event, source, target", CODED)
def test_a_family_member_is_coded(text: str, event: str, source: str, target: str) -> None:
    assert (event, source, target, "asserted") in coded(text)


NEGATED = [
    ("The Kazakh government did not authorise NATO to use its airspace.", "COOPERATE", "KAZ", "NATO"),
    ("Georgia has not re-established diplomatic relations with Russia.", "SUPPORT", "GEO", "RUS"),
    ("The IMF did not suspend its loan to Mozambique.", "SANCTION", "IMF", "MOZ"),
    ("The OSCE did not decide to deploy a monitoring mission to Ukraine.", "AGREE", "OSCE", "UKR"),
    ("The Security Council did not refer Sudan to the ICC.", "ACCUSE", "UN", "SDN"),
    ("The UN General Assembly did not grant Palestine member status.", "SUPPORT", "UN", "PSE"),
    ("Russia did not lobby on behalf of Serbia.", "SUPPORT", "RUS", "SRB"),
]


@pytest.mark.parametrize("text, event, source, target", NEGATED)
def test_a_negated_family_member_is_coded_negated(text: str, event: str, source: str, target: str) -> None:
    assert (event, source, target, "negated") in coded(text)


SILENT = [
    # armed forces used abroad are no ground lent
    (
        "The Federation Council authorised President Putin to use Russian armed forces on Ukrainian territory.",
        "COOPERATE",
    ),
    # an airport used by no named side
    ("The Russian government approved the use of the airport for civilian flights.", "COOPERATE"),
    # a need with nobody named to meet it
    ("Russia stressed the need for security guarantees.", "REQUEST"),
    # a loan granted, not stopped
    ("The IMF approved a loan to Mozambique.", "SANCTION"),
    # a situation in a place referred to the court names no side
    ("The Security Council referred the situation in Libya to the International Criminal Court.", "ACCUSE"),
    # a hospital admitting the wounded admits no member
    ("The hospital admitted Ukraine's wounded soldiers as patients.", "SUPPORT"),
    # lobbying a side to act is a request, not support of it
    ("Russia lobbied Serbia to drop its bid.", "SUPPORT"),
    # farmers lobbying for an industry name no side
    ("Farmers lobbied on behalf of the industry.", "SUPPORT"),
    # accession talks put off: a stalled bid, left to the rules that read it
    ("The EU put off the opening of accession talks with Georgia.", "SANCTION"),
    # a monitoring mission ended is no decision to send one
    ("The OSCE decided to end its monitoring mission in Ukraine.", "AGREE"),
]


@pytest.mark.parametrize("text, event", SILENT)
def test_a_look_alike_codes_nothing_of_the_type(text: str, event: str) -> None:
    assert event not in types_of(text)


def test_an_announced_refusal_to_give_up_arms_is_no_disarmament() -> None:
    assert "RETREAT" not in types_of("Russia will never renounce nuclear weapons.")


@pytest.mark.parametrize(
    "text", ["", "   ", "!!! ??? ...", "1234 5678", near_limit("Kazakhstan granted NATO permission ")]
)
def test_bad_input_is_coded_without_error(text: str) -> None:
    coded_twice_cleanly(text, date=DAY)
