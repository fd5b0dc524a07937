"""Another actor, its people, its work or a relation with it judged good (SUPPORT by the sayer), and the
near misses that must not code (:mod:`detente.coding.appraisals`)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.coded import triples

DAY = dt.date(2004, 5, 14)
PUTIN = "Vladimir Putin, President of Russia"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people of an actor named by its adjective
        ("President Putin said Finnish firms were dependable partners.", ("SUPPORT", ("RUS",), ("FIN",))),
        (
            "Mr Putin said German companies had proved to be reliable partners.",
            ("SUPPORT", ("RUS",), ("DEU",)),
        ),
        # a relation with an actor: the side that is not the sayer is praised
        (
            "Mr Totsky told the President on Friday that Russian relations with NATO were now far better than expected.",
            ("SUPPORT", ("RUS",), ("NATO",)),
        ),
        (
            "Mr Putin said that Russia's cooperation with India was very productive.",
            ("SUPPORT", ("RUS",), ("IND",)),
        ),
        (
            "Putin said our relations with China have always been very reliable.",
            ("SUPPORT", ("RUS",), ("CHN",)),
        ),
        ("Putin said Russia-NATO relations were better than expected.", ("SUPPORT", ("RUS",), ("NATO",))),
        # the work, position or role of an actor
        ("Stoltenberg said Russia's position was constructive.", ("SUPPORT", ("NOR",), ("RUS",))),
        (
            "Mr Putin noted that the role of the United Nations remained very positive.",
            ("SUPPORT", ("RUS",), ("UN",)),
        ),
        # the work of an actor for a cause
        (
            "The Secretary General said Georgia's contribution to the mission in Afghanistan was very valuable.",
            ("SUPPORT", ("NATO",), ("GEO",)),
        ),
        (
            "The Secretary General said Ukraine's cooperation with NATO was excellent.",
            ("SUPPORT", ("NATO",), ("UKR",)),
        ),
        # an actor itself, "proved to be"
        (
            "The CSTO has proved to be an effective tool for keeping the peace, President Putin said.",
            ("SUPPORT", ("RUS",), ("CSTO",)),
        ),
        ("Putin said China was constructive.", ("SUPPORT", ("RUS",), ("CHN",))),
    ],
)
def test_an_actor_judged_good_is_praised_by_the_sayer(text: str, expected: tuple) -> None:
    assert expected in triples(text, DAY, sort=False)


def test_an_unnamed_sayer_is_the_texts_speaker_else_nobody() -> None:
    text = "He voiced his assurance that NATO-Russia Council work was quite positive."
    assert ("SUPPORT", ("RUS",), ("NRC",)) in triples(text, DAY, sort=False, context=PUTIN)
    assert not any(t[0] == "SUPPORT" for t in triples(text, DAY))


def test_the_speaker_praises_when_no_sayer_is_named() -> None:
    assert ("SUPPORT", ("RUS",), ("FIN",)) in triples(
        "Finnish companies have proved to be reliable partners.", DAY, sort=False, context=PUTIN
    )


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Mr Putin said Finnish businessmen were not reliable partners.", None),  # negated
        ("Mr Putin said a new UN resolution could be useful.", None),  # hypothetical
        ("Mr Putin said cooperation with Germany would be fruitful if the sanctions were lifted.", None),
        ("Mr Putin said that Russia was positive about the Finnish proposal.", None),  # an attitude
        ("Mr Putin said Russian businessmen were reliable partners.", None),  # one's own people
        ("Mr Putin said Russia's contribution to the fight against terrorism was effective.", None),
        ("Russian companies are reliable partners.", PUTIN),
        ("Mr Putin said our partners were reliable.", None),  # partners left unnamed
        ("Mr Lavrov said US-Chinese relations were better than ever.", None),  # a relation of two others
        ("Finnish businessmen were reliable partners.", None),  # nobody says it
        ("Mr Putin said Finnish companies were better prepared.", None),
        ("Mr Putin said that relations with Kyrgyzstan were developing dynamically.", None),  # a description
        ("Russia's cooperation with Benin is also friendly in nature.", PUTIN),
        ("The talks with the Finnish President were constructive, Mr Putin said.", None),  # talks, not praise
    ],
)
def test_no_praise_when_the_judgement_is_not_one(text: str, context: str | None) -> None:
    assert not any(t[0] == "SUPPORT" for t in triples(text, DAY, context=context))


def test_an_actor_after_a_preposition_is_not_the_one_judged() -> None:
    text = "Mr Putin said neutralising terrorist groups in Syria was a top priority."
    assert not any(t[0] == "SUPPORT" for t in triples(text, DAY))
