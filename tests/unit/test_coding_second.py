"""Second events (s26-second, :mod:`detente.coding.second`): a judgement told after a comma about the main
clause's act, a hostile act cited as a ground, talks that ended with nothing agreed, a coordinated predicate
with its own modal after a speech act, and the doer named in a relative clause after a noun act's comma;
each with look-alikes that must code nothing new. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.coded import with_polarity

DAY = dt.date(2021, 6, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NATO ministers decided to reopen the military liaison office, a decision Moscow welcomes.",
            ("SUPPORT", ("RUS",), ("NATO",), "asserted"),
        ),
        (
            "Ankara agreed to drop its objections to the accession, a step NATO welcomed.",
            ("SUPPORT", ("NATO",), ("TUR",), "asserted"),
        ),
        (
            "Berlin agreed to send more howitzers to Kyiv, a decision Moscow condemned.",
            ("ACCUSE", ("RUS",), ("DEU",), "asserted"),
        ),
        (
            "Paris recalled its ambassador from Rome for consultations, which Italy deeply regrets.",
            ("ACCUSE", ("ITA",), ("FRA",), "asserted"),
        ),
        (
            "Moscow pulled two battalions back from the frontier, a move welcomed by the European Union.",
            ("SUPPORT", ("EU",), ("RUS",), "asserted"),
        ),
    ],
)
def test_a_judgement_after_the_comma_is_aimed_at_the_doer(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...], str]
) -> None:
    assert expected in with_polarity(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # negated or hedged judgements are no welcome told as fact
        "Moscow pulled two battalions back from the frontier, which the United States did not welcome.",
        "Moscow pulled two battalions back from the frontier, a step the Alliance may welcome.",
        # the doer judging its own act, and a comma that opens no judgement
        "Moscow pulled two battalions back from the frontier, a step Russia welcomed.",
        "Moscow pulled two battalions back from the frontier, a decision taken last week.",
        # nothing before the comma with a doer
        "The situation on the frontier remained calm, a development the Alliance welcomed.",
    ],
)
def test_no_judgement_is_added(text: str) -> None:
    coded = with_polarity(text, DAY)
    assert not any(e[0] == "SUPPORT" and e[3] == "asserted" and e[2] for e in coded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ankara shut its airspace to Russian aircraft, citing Russia's bombing of Syrian villages.",
            ("ACCUSE", ("TUR",), ("RUS",), "asserted"),
        ),
        (
            "Given the build-up of Russian troops near its border, Ukraine asked NATO for urgent consultations.",
            ("ACCUSE", ("UKR",), ("RUS",), "asserted"),
        ),
    ],
)
def test_a_hostile_act_cited_as_the_ground_is_a_charge(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...], str]
) -> None:
    assert expected in with_polarity(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # a ground that is no hostile act, and a ground with no act coded in the sentence
        "Ankara shut its airspace to Russian aircraft, citing a lack of progress in the talks.",
        "Economists expect only a limited effect, given the sanctions imposed by the European Union.",
    ],
)
def test_no_charge_for_other_grounds(text: str) -> None:
    assert not any(e[0] == "ACCUSE" for e in with_polarity(text, DAY))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Talks between Serbia and Kosovo in Brussels ended on Monday without a deal.", ("SRB", "kosovo")),
        (
            "The Armenian and Azerbaijani foreign ministers met in Moscow, but the talks produced no breakthrough.",
            ("ARM", "AZE"),
        ),
    ],
)
def test_talks_ended_without_agreement_are_a_failure_to_agree(text: str, sides: tuple[str, ...]) -> None:
    assert ("AGREE", tuple(sorted(sides)), (), "negated") in with_polarity(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Serbia and Kosovo in Brussels ended on Monday without incident.",
        "The Armenian and Azerbaijani foreign ministers met in Moscow and ended the day without a press conference.",
        "No agreement on the border was expected from the experts' technical work.",
    ],
)
def test_no_failure_to_agree_without_talks_ending_empty(text: str) -> None:
    assert not any(e[0] == "AGREE" and e[3] == "negated" for e in with_polarity(text, DAY))


def test_a_coordinated_modal_predicate_is_not_the_content_of_a_threat() -> None:
    coded = with_polarity(
        "Washington has begun a review of its cooperation with Tbilisi and will impose visa bans on the officials "
        "involved.",
        DAY,
    )
    assert any(e[0] == "SANCTION" and e[1] == ("USA",) for e in coded)


def test_acts_inside_a_warning_stay_its_content() -> None:
    coded = with_polarity(
        "Moscow warned that it would suspend the talks and would expel Estonian diplomats.", DAY
    )
    assert not any(e[0] == "SANCTION" for e in coded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lithuania will never recognise the annexation of the Kherson, Zaporizhzhia and Luhansk regions, "
            "which the Kremlin proclaimed last Friday.",
            ("COERCE", ("RUS",), ("UKR",), "asserted"),
        ),
        (
            "The Alliance condemned the expulsion of its liaison staff, which Moscow announced on Monday.",
            ("SANCTION", ("RUS",), ("NATO",), "asserted"),
        ),
    ],
)
def test_the_doer_named_in_a_relative_clause_after_the_comma(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...], str]
) -> None:
    assert expected in with_polarity(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause that denies the act, and one that dates it far back
        "The Alliance condemned the expulsion of its liaison staff, which Moscow denied.",
        "Lithuania will never recognise the annexation of Crimea, which Moscow proclaimed in March 2014.",
    ],
)
def test_no_doer_from_other_relative_clauses(text: str) -> None:
    assert not any(e[0] in ("SANCTION", "COERCE") and e[1] for e in with_polarity(text, DAY))
