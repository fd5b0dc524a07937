"""Material measures of session 34 (helper sanction2): denied intent, envoys expelled from a place, offices
closed in a place, treaties no longer binding, people put on entry lists, craft barred from a sky, forces kept
at a border, acts told as "the <act> by X", deals left (detente.coding.sanction2 and
lexicon/s34-sanction2.toml). Every sentence is invented for these tests: positive cases, look-alikes that
must not fire, negation and bad input."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from tests.badinput import coded_twice_cleanly, near_limit

from detente.coding.coder import code_sentence
from detente.coding.sanction2 import settled

DAY = dt.date(2023, 3, 1)

Found = list[tuple[str, tuple[str, ...], tuple[str, ...], str]]


def coded(text: str, speaker: str | None = None) -> Found:
    return [
        (e.event.value, e.source, e.target, e.polarity.value)
        for e in code_sentence(text, date=DAY, speaker=speaker)
    ]


def has(found: Found, etype: str, source: str, polarity: str = "asserted", target: str | None = None) -> bool:
    return any(
        t == etype and source in s and p == polarity and (target is None or target in g)
        for t, s, g, p in found
    )


POSITIVE = [
    # (speaker, sentence, type, source, target or None, polarity)
    # intent denied: the act, negated
    (
        None,
        "Vilnius has no intention of expelling Belarusian diplomats.",
        "SANCTION",
        "LTU",
        "BLR",
        "negated",
    ),
    (None, "Oslo has no intention of imposing sanctions on Iceland.", "SANCTION", "NOR", "ISL", "negated"),
    (
        None,
        "The Alliance does not intend to station nuclear weapons on the soil of its newest members.",
        "MOBILIZE",
        "NATO",
        None,
        "negated",
    ),
    (None, "Canada does not intend to deploy troops in Haiti.", "MOBILIZE", "CAN", None, "negated"),
    ("RUS", "We do not intend to close our embassy in Tbilisi.", "SANCTION", "RUS", None, "negated"),
    # envoys expelled from a place
    (
        None,
        "Helsinki protested against the expulsion of three Finnish diplomats from Minsk.",
        "SANCTION",
        "BLR",
        "FIN",
        "asserted",
    ),
    (
        "RUS",
        "In answer to the expulsion of our envoys from Tallinn, Riga and Vilnius, four Baltic diplomats must go.",
        "SANCTION",
        "EST",
        "RUS",
        "asserted",
    ),
    (
        "RUS",
        "This came after the expulsion of six of our staff from Brussels by the Alliance.",
        "SANCTION",
        "NATO",
        "RUS",
        "asserted",
    ),
    # offices closed in a place
    (None, "The Danish consulate in Moscow will be shut.", "SANCTION", "RUS", "DNK", "future"),
    (None, "The Swedish embassy in Minsk was closed last week.", "SANCTION", "BLR", "SWE", "asserted"),
    (
        None,
        "The accreditation of the Alliance's liaison office in Minsk was withdrawn.",
        "SANCTION",
        "BLR",
        "NATO",
        "asserted",
    ),
    # treaties no longer binding
    (None, "Minsk no longer considers itself bound by the accord.", "SANCTION", "BLR", None, "asserted"),
    (
        None,
        "Washington no longer regards itself as bound by the New START Treaty.",
        "SANCTION",
        "USA",
        "RUS",
        "asserted",
    ),
    (
        "RUS",
        "We no longer consider ourselves bound by the CFE Treaty.",
        "SANCTION",
        "RUS",
        "NATO",
        "asserted",
    ),
    # people put on entry lists
    (None, "Forty Danish officials were placed on Russia's stop list.", "SANCTION", "RUS", "DNK", "asserted"),
    # craft barred from a sky
    (
        None,
        "Belarusian airliners were banned from Lithuanian airspace.",
        "SANCTION",
        "LTU",
        "BLR",
        "asserted",
    ),
    # forces kept at a border, made more active
    (
        None,
        "Large Belarusian units remain close to the Polish border.",
        "MOBILIZE",
        "BLR",
        "POL",
        "asserted",
    ),
    (
        None,
        "Chinese submarines have increased their activity near Guam.",
        "MOBILIZE",
        "CHN",
        None,
        "asserted",
    ),
    # the act by X, told first
    (
        None,
        "The suspension by Washington of the INF Treaty was a grave mistake.",
        "SANCTION",
        "USA",
        "RUS",
        "asserted",
    ),
    (None, "The deployment by Beijing of new missiles worries Tokyo.", "MOBILIZE", "CHN", None, "asserted"),
    # deals left, treaties de-ratified (lexicon)
    (None, "Ankara left the fisheries agreement last spring.", "SANCTION", "TUR", None, "asserted"),
    (None, "The Duma voted to de-ratify the test ban treaty.", "SANCTION", "RUS", None, "asserted"),
]


@pytest.mark.parametrize(("speaker", "text", "etype", "source", "target", "polarity"), POSITIVE)
def test_measure_read(
    speaker: str | None, text: str, etype: str, source: str, target: str | None, polarity: str
) -> None:
    found = coded(text, speaker)
    assert has(found, etype, source, polarity, target), found


LOOK_ALIKES = [
    # (sentence, type that must not be read)
    ("The embassy in Kyiv was closed for security reasons.", "SANCTION"),
    ("The Czech embassy in Kabul was closed during the fighting.", "SANCTION"),
    ("The ships are no longer bound by the old rules.", "SANCTION"),
    ("Sanctions relief talks between Tehran and Washington resumed in Vienna.", "SANCTION"),
    ("The sanctions regime against Moscow was discussed at the meeting.", "SANCTION"),
    ("NATO is improving its deployment capabilities and readiness.", "MOBILIZE"),
    ("The deployment schedule will be reviewed by defence ministers.", "MOBILIZE"),
    ("The minister will leave the deal-making to his deputies.", "SANCTION"),
    ("Latvian troops do not remain near the border.", "MOBILIZE"),
    ("The use by the committee of new methods was welcomed.", "SANCTION"),
]


@pytest.mark.parametrize(("text", "etype"), LOOK_ALIKES)
def test_look_alike_not_read(text: str, etype: str) -> None:
    found = coded(text)
    assert not any(t == etype and p == "asserted" for t, _s, _g, p in found), found


def test_intent_denied_replaces_threat() -> None:
    found = coded(
        "The Alliance does not intend to station nuclear weapons on the soil of its newest members."
    )
    assert not any(t == "THREATEN" for t, *_ in found), found


def test_expeller_is_aimed_at_by_the_protest() -> None:
    found = coded("Helsinki protested against the expulsion of three Finnish diplomats from Minsk.")
    assert not any(t == "ACCUSE" and g == s for t, s, g, _p in found), found


def test_denied_expulsion_is_not_told() -> None:
    found = coded("There was no expulsion of Swedish diplomats from Minsk.")
    assert not has(found, "SANCTION", "BLR"), found


def test_office_not_closed_is_negated() -> None:
    assert has(coded("The Polish consulate in Moscow will not be closed."), "SANCTION", "RUS", "negated")


@pytest.mark.parametrize(
    "text", ["", "   ", "1234 5678 !!!", near_limit("expulsion of our staff from Riga "), "x" * 100_000]
)
def test_bad_input(text: str) -> None:
    coded_twice_cleanly(text, date=DAY, speaker="RUS")
    assert settled(text, [], [], None, lambda *a: None, None) == []  # type: ignore[arg-type,return-value]


def test_a_reader_that_reads_nothing_keeps_two_tellings_apart() -> None:
    # the same measure told twice (the expulsion answered and the measure taken) stays two events when
    # no family of the module reads the sentence: a later reader sorts out which side did which
    text = "In answer to the expulsion of two of our staff, we are closing our office to the bloc in Riga."
    events = code_sentence("Russia suspended its mission to NATO.", date=DAY)
    assert len(events) == 1
    first = events[0]
    second = dataclasses.replace(first, anchor=(first.anchor[0] + 1, first.anchor[1]))
    out = settled(text, [first, second], (), None, _no_make)
    assert out == [first, second]


def _no_make(*args: object) -> None:
    raise AssertionError("nothing should be made")
