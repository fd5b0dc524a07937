"""ACCUSE in news wording (s20-accuse): idioms of criticism, verdicts in scare quotes, "widely criticised",
police charges, and the near misses that must stay out (data in lexicon/verbal-conflict-news.toml, logic in
detente.coding.criticism and the phrase matcher's step over scare quotes)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.coded import triples

DAY = dt.date(2024, 1, 12)


def types(text: str, **kw: object) -> set[str]:
    return {t[0] for t in triples(text, DAY, **kw)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verdict word in scare quotes still closes the phrase
        (
            "The South African delegation said Israel kept acting with ‘impunity’ in the territory of Gaza.",
            ("ACCUSE", ("ZAF",), ("ISR",)),
        ),
        ('Zelensky said Russia\'s strikes were "pure terror".', ("ACCUSE", ("UKR",), ("RUS",))),
        # idioms of criticism
        ("Trump hammered Biden for his border policy.", ("ACCUSE", ("USA",), ("USA",))),
        ('Biden called Trump\'s comments "disgusting".', ("ACCUSE", ("USA",), ("USA",))),
        # a blame verb after "widely"
        ("Israel has been widely criticised for its conduct of the war in Gaza.", ("ACCUSE", (), ("ISR",))),
        ("Netanyahu was widely criticised over the hostage deal.", ("ACCUSE", (), ("ISR",))),
        # verdicts on the subject's act, voiced by the sayer
        (
            "Germany said it's shocking that Russia has blocked the resolution.",
            ("ACCUSE", ("DEU",), ("RUS",)),
        ),
        ("Germany has failed to take responsibility for the genocide.", ("ACCUSE", (), ("DEU",))),
        ("The EU said Hungary's veto was disproportionate.", ("ACCUSE", ("EU",), ("HUN",))),
        ("Orban has been a vocal critic of the EU's migration policy.", ("ACCUSE", ("HUN",), ("EU",))),
        ('Haley said Trump was "unhinged".', ("ACCUSE", ("USA",), ("USA",))),
        # the owner of a response is judged, not the doer of the act it answers
        (
            "Varadkar said Israel's response to the attack by Hamas was disproportionate.",
            ("ACCUSE", ("IRL",), ("ISR",)),
        ),
        # criticism undergone with no critic named
        ("Biden has come under fire over the withdrawal from Afghanistan.", ("ACCUSE", (), ("USA",))),
        ("Israel faces mounting accusations of war crimes in Gaza.", ("ACCUSE", (), ("ISR",))),
        # a passive "was met with ... from X": X is the critic, the subject's owner the criticised
        ("Russia's decision was met with fierce criticism from Germany.", ("ACCUSE", ("DEU",), ("RUS",))),
    ],
)
def test_news_criticism_codes(text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    assert expected in triples(text, DAY, sort=False)


@pytest.mark.parametrize(
    "text",
    [
        "Pelosi laid into Trump on Sunday.",
        "DeSantis bemoaned the Supreme Court decision.",
        "Trump lashed out against the Federal Reserve.",
        "China hit out over the tariffs imposed by Washington.",
        'Macron described the decision as "a mistake".',
        'The White House called the remarks "deeply offensive".',
        'Taoiseach Leo Varadkar said Israel\'s response "resembles something more approaching revenge".',
    ],
)
def test_news_criticism_is_an_accusation(text: str) -> None:
    assert "ACCUSE" in types(text)


@pytest.mark.parametrize(
    "text",
    [
        # the apostrophe of a plural possessive is no quote mark
        "But Connolly has gone further still, defending Hamas’ right to take a part in any later Palestinian state.",
        # a wholly quoted single verb stays a quotation
        "Trump ‘congratulates’ China in swipe at top court decision",
        # "widely" before a word that is not blame is still a standing description
        "Crimea is internationally recognised as part of Ukraine.",
        # idioms with no side after them, or another sense
        "The negotiators hammered out a deal.",
        "Russian forces hammered Kharkiv over the weekend.",
        "A sniper took a shot at Israeli soldiers.",
        "Guterres called for an end to the reckless escalation.",
        "From her Met Gala looks to her street style, it seems impossible for her outfits to miss the mark.",
        # charges a person faces with no accuser stay out, as before
        "Trump was accused of inciting the riot.",
        "It's shocking that so many people died.",
        # fire and attack that are force, accusations a person faces
        "Ukrainian troops came under fire over the weekend near Bakhmut.",
        "Ukraine came under attack over the past night.",
        "The senator faces allegations of bribery.",
    ],
)
def test_near_misses_are_no_accusation(text: str) -> None:
    assert "ACCUSE" not in types(text)


def test_us_is_no_first_person() -> None:
    """ "a divided US Supreme Court" is the United States, not the speaker's "us": the criticism stays."""
    text = "President Donald Trump criticised a divided US Supreme Court on Friday."
    assert ("ACCUSE", ("USA",), ()) in triples(text, DAY)
