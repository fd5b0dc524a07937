"""Rules of session 15, helper k6 (Kremlin readouts and speeches): calling another actor indispensable
("unthinkable without X") is praise of it, a participle after "be further" / "have further" is still a verb,
and a speaker's own state named in passing is no counterpart for a speaker acting alone. Sentences are
written for these tests, not taken from any corpus."""

from __future__ import annotations

import datetime as dt

import pytest

import coded

PUB = dt.date(2017, 5, 10)
PUTIN = "Vladimir Putin, President of Russia"
KYRGYZ = "Almazbek Atambayev, President of Kyrgyzstan"
MAYOR = "Ivan Petrov, Mayor of Samara"

Triple = tuple[str, tuple[str, ...], tuple[str, ...]]


def triples(text: str, context: str | None = None) -> set[Triple]:
    return coded.triples(text, PUB, context=context)


# ------------------------------------------------------------------------ an actor called indispensable


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        (
            "The Spanish minister said that one could not picture the affairs of Europe without Germany's "
            "constructive role.",
            None,
            ("SUPPORT", ("ESP",), ("DEU",)),
        ),
        ("Stability in Central Asia is unthinkable without Russia.", KYRGYZ, ("SUPPORT", ("KGZ",), ("RUS",))),
        (
            "It is impossible to settle the conflict without the participation of the European Union.",
            KYRGYZ,
            ("SUPPORT", ("KGZ",), ("EU",)),
        ),
        (
            "We cannot imagine the future of our region without China.",
            KYRGYZ,
            ("SUPPORT", ("KGZ",), ("CHN",)),
        ),
    ],
)
def test_indispensable_is_praise(text: str, context: str | None, expected: Triple) -> None:
    assert expected in triples(text, context)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # the actor after "without" is the one acting, not one needed
        ("The dispute cannot be resolved without Georgia ending its blockade of the road.", KYRGYZ),
        # something of the actor, not the actor, is what cannot be done without
        ("It is impossible to picture the city without Italian architecture.", KYRGYZ),
        # possible, not impossible
        ("The minister said the matter could be settled without Turkey.", KYRGYZ),
        # the speaker's own state called indispensable by the speaker
        ("Security in Europe is unthinkable without Russia.", PUTIN),
        # a question
        ("Is it impossible to imagine Europe without France?", KYRGYZ),
        # no actor at all after "without"
        ("Progress will be impossible without strict public oversight.", KYRGYZ),
    ],
)
def test_not_indispensable(text: str, context: str) -> None:
    assert not any(t[0] == "SUPPORT" for t in triples(text, context))


# ------------------------------------------------------------------------ "be further" + participle


def test_further_encouraged_is_a_request_not_the_act() -> None:
    # the act is what someone is to be encouraged to do: not reported as done
    found = triples(
        "Both sides felt that Syria had to be further encouraged to cooperate fully with the OPCW."
    )
    assert not any(t[0] == "COOPERATE" for t in found)


def test_further_before_a_noun_stays_a_determiner() -> None:
    assert ("SANCTION", ("EU",), ("IRN",)) in triples("The EU imposed further sanctions on Iran.")


# ------------------------------------------------------------------------ speaker alone with its own state


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("We are ready to become a hub of the twin town movement for Russian regions.", MAYOR),
        ("We are prepared to help Russian exporters find new markets.", MAYOR),
    ],
)
def test_speaker_with_own_state_only_is_alone(text: str, context: str) -> None:
    assert triples(text, context) == set()


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # another state named: a counterpart
        (
            "We are ready to work with our German partners on Russian projects.",
            MAYOR,
            ("AGREE", ("RUS",), ("DEU",)),
        ),
        # another speaker: the state named is a counterpart
        (
            "We are ready to help Russian exporters find new markets.",
            "Li Wei, Minister of Commerce of China",
            ("AGREE", ("CHN",), ("RUS",)),
        ),
    ],
)
def test_speaker_with_a_counterpart_stays(text: str, context: str | None, expected: Triple) -> None:
    assert expected in triples(text, context)


# ------------------------------------------------------------------------ interest in drawing in partners


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        (
            "The minister said Kazakhstan was very interested in attracting Turkish investors to its ports.",
            None,
            ("AGREE", ("KAZ",), ("TUR",)),
        ),
        ("Russia is interested in attracting more Italian companies.", PUTIN, ("AGREE", ("RUS",), ("ITA",))),
    ],
)
def test_interest_in_partners_is_intent(text: str, context: str | None, expected: Triple) -> None:
    assert expected in triples(text, context)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # no other side named
        ("Russia is interested in attracting investment to the regions.", PUTIN),
        ("We are interested in attracting foreign investors.", PUTIN),
        # the speaker's own state
        ("We are interested in attracting Russian investors to our region.", PUTIN),
    ],
)
def test_interest_with_no_other_side(text: str, context: str) -> None:
    assert not any(t[0] == "AGREE" for t in triples(text, context))


# ------------------------------------------------------------------------ aid named by its giver after "by"


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        (
            "With the generous help given by Russia, Abkhazia has rebuilt its schools.",
            None,
            ("AID", ("RUS",), ("abkhazia",)),
        ),
        (
            "The aid rendered by Japan to Mongolia after the storms was welcomed.",
            None,
            ("AID", ("JPN",), ("MNG",)),
        ),
    ],
)
def test_aid_by_giver(text: str, context: str | None, expected: Triple) -> None:
    assert expected in triples(text, context)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # no receiver named
        ("With the help provided by our Government, the factory was rebuilt.", PUTIN),
        ("We are grateful for the help given by the regions to the families.", PUTIN),
    ],
)
def test_aid_by_giver_needs_receiver(text: str, context: str) -> None:
    assert not any(t[0] == "AID" for t in triples(text, context))


# ------------------------------------------------------------------------ a view held in common; interest confirmed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr Erdogan and Mr Aliyev shared the view that the border talks should go on.",
            ("AGREE", ("AZE", "TUR"), ()),
        ),
        (
            "Russia and India were of one opinion that the dispute needed a political solution.",
            ("AGREE", ("IND", "RUS"), ()),
        ),
        (
            "The Chinese President reaffirmed his interest in closer dialogue with Vietnam.",
            ("AGREE", ("CHN",), ("VNM",)),
        ),
    ],
)
def test_common_view_and_interest(text: str, expected: Triple) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        # one speaker's view, no counterpart
        "I share the view that the question is a hard one.",
        # a view of someone else's: praise of a stance, not an agreement
        "Mr Erdogan shares the views of Mr Aliyev on the border.",
        # interest shown by the public, not a stated intent
        "The visit drew great interest in Turkey.",
    ],
)
def test_not_a_common_view(text: str) -> None:
    assert not any(t[0] == "AGREE" for t in triples(text, PUTIN))
