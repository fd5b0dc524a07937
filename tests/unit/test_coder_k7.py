"""Wording of official readouts (written here in our own words): one side passing its impressions or views
on to the other ("shared his impressions with him"), money given for another state's budget or projects
("provides $20 million a year to support ..."), and a proposal joined by ", and" to a reported clause that
names no actor ("said that the new situation made such accords pointless, and proposed ..."); and what must
not code: views shared on a domestic matter, "him" taken for an actor of the topic after it, a bare "give
support", a concession phrase with its own "to"."""

from __future__ import annotations

import datetime as dt

import pytest

import coded as shared


def coded(
    text: str, participants: tuple[str, ...] = (), speaker: str | None = None
) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return shared.triples(text, dt.date(2004, 5, 12), sort=False, participants=participants, speaker=speaker)


# --- views or impressions shared with the other side


@pytest.mark.parametrize(
    ("text", "participants", "expected"),
    [
        (
            "Then the Russian President shared his impressions with him about the recent Russian-Italian talks.",
            ("RUS", "GBR"),
            ("CONSULT", ("RUS",), ("GBR",)),
        ),
        (
            "Mr Putin also shared his views with Mr Blair on the situation in the Balkans.",
            (),
            ("CONSULT", ("RUS",), ("GBR",)),
        ),
        (
            "The German Chancellor shared her assessments with him about the results of the Franco-German summit.",
            ("DEU", "RUS"),
            ("CONSULT", ("DEU",), ("RUS",)),
        ),
    ],
)
def test_views_shared_with_the_other_side(
    text: str, participants: tuple[str, ...], expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in coded(text, participants=participants)


@pytest.mark.parametrize(
    "text",
    [
        # "him" is the one told: never the state an adjective of the topic names
        "Then the Russian President shared his impressions with him about Italian-French relations.",
        "The minister shared his impressions with her about German-Polish relations.",
    ],
)
def test_him_is_not_the_topics_actor(text: str) -> None:
    assert not any(t and t[0] in ("ITA", "FRA", "DEU", "POL") for _, _, t in coded(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Emergencies Minister reported on the wildfires and shared his views on how to improve the service.",
        "The governor shared his plans for the new airport.",
        "Russia shares the concerns of its partners about the spread of drugs.",
    ],
)
def test_views_shared_with_no_one_are_no_meeting(text: str) -> None:
    assert not any(e == "CONSULT" for e, _, _ in coded(text))


# --- money given for another state's needs


@pytest.mark.parametrize(
    "text",
    [
        "Moreover, Russia each year provides $20 million to support the state budget of Tajikistan.",
        "Japan will allocate 50 million dollars to finance the reconstruction of Afghanistan.",
        "The EU granted 3 billion euros to replenish the reserves of the National Bank of Ukraine.",
    ],
)
def test_money_given_for_anothers_budget_is_aid(text: str) -> None:
    found = coded(text)
    assert any(e == "AID" for e, _, _ in found)
    assert not any(e == "SUPPORT" for e, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "The government will allocate 40 billion roubles to support small and medium-sized businesses.",
        "Russia has always given support to Tajikistan.",  # support without money stays SUPPORT
        "Last year, loans worth 2 million dollars went to support farmers in the region.",
    ],
)
def test_money_look_alikes_are_no_aid(text: str) -> None:
    assert not any(e == "AID" for e, _, _ in coded(text))


def test_support_given_is_still_support() -> None:
    assert ("SUPPORT", ("RUS",), ("TJK",)) in coded("Russia has always given support to Tajikistan.")


# --- a proposal joined by ", and" after a reported clause with no actor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr Bush said that the new security environment rendered such treaties pointless in "
            "principle, and proposed to set up a looser arrangement with Moscow.",
            ("AGREE", ("USA",), ("RUS",)),
        ),
        (
            "The German Chancellor said that the old format had run its course, and proposed to hold talks with Russia.",
            ("AGREE", ("DEU",), ("RUS",)),
        ),
    ],
)
def test_proposal_after_reported_clause_is_the_reporters(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in coded(text)


@pytest.mark.parametrize(
    "text",
    [
        # no comma: the "and" may join the inner clause's own verbs
        "Mr Bush said that the new security situation made such accords pointless and proposed nothing new.",
        "Mr Bush said that the new rules were unclear and proposed to set up a looser arrangement.",
    ],
)
def test_inner_clause_keeps_its_own_verb(text: str) -> None:
    assert ("AGREE", ("USA",), ()) not in coded(text)
    assert ("AGREE", ("USA",), ("RUS",)) not in coded(text)


def test_concession_with_its_own_to_stays() -> None:
    found = coded("The German defence minister resigned on Friday, bowing to pressure over his thesis.")
    assert not any(e == "REQUEST" for e, _, _ in found)


# --- a possibility left open is no refusal


@pytest.mark.parametrize(
    "text",
    [
        "I do not rule out that, once the new pipeline is finished, one of its branches could cross Serbia.",
        "The Foreign Minister did not rule out the possibility of further contacts with Kyiv.",
        "We cannot rule out the chance that Georgia will seek new talks.",
    ],
)
def test_possibility_not_ruled_out_is_no_event(text: str) -> None:
    assert not any(e == "REJECT" for e, _, _ in coded(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv ruled out handing any land over to Russia.", ("REJECT", ("UKR",), ("RUS",))),
        ("Moscow did not rule out military action against Georgia.", ("THREATEN", ("RUS",), ("GEO",))),
    ],
)
def test_refusals_and_threats_with_rule_out_stay(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in coded(text)


# --- demand in the market sense


@pytest.mark.parametrize(
    "text",
    [
        "Russia is the largest oil supplier of Hungary, covering a third of its oil demand.",
        "We simply balance supply and demand on the market.",
        "The new plant will cover the growing electricity demand of the region.",
    ],
)
def test_market_demand_is_no_request(text: str) -> None:
    assert not any(e == "REQUEST" for e, _, _ in coded(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonia and Latvia demand that Russia pull back its troops.", "REQUEST"),
        ("Kyiv rejected the demand of Moscow.", "REJECT"),
    ],
)
def test_a_sides_demand_stays(text: str, expected: str) -> None:
    assert any(e == expected for e, _, _ in coded(text))
