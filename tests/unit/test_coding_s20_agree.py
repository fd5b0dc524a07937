"""Commitments to future joint work that no trigger word carries (rules of :mod:`detente.coding.commitments`
and the AGREE phrases added with them): a speaker's "we will work together", decisions told without their
makers, a readout's mutual commitment, what a joint text commits its sides to, joint bodies to be set up,
plans the sides outlined together, a door kept open, a side's promise told by its own voice — and the
near misses that must not code (past or present cooperation, "must", negation, calls on others, hostile
acts decided, agreements of other parties)."""

from __future__ import annotations

import datetime as dt

import pytest

from coded import stream, triples

DAY = dt.date(2017, 3, 16)
PUTIN = "Vladimir Putin, President of Russia"


@pytest.mark.parametrize(
    ("text", "kw", "expected"),
    [
        # the speaker's side and another should cooperate: the speaker commits, towards the other
        (
            "I'm talking about Libya, Syria, and Afghanistan, where Italy and Russia (and the international "
            "community in general) can and should cooperate.",
            {"context": PUTIN},
            ("AGREE", ("RUS",), ("ITA",)),
        ),
        (
            "However, since we are neighbours, we will always work together.",
            {"context": PUTIN, "participants": ("RUS", "EU"), "reported_meeting": True},
            ("AGREE", ("RUS",), ("EU",)),
        ),
        (
            "I am sure that we will continue working in concert with Kyrgyzstan.",
            {"context": PUTIN},
            ("AGREE", ("RUS",), ("KGZ",)),
        ),
        (
            "There are common threats, and I think that we should join efforts as we try to respond to them.",
            {"context": PUTIN, "participants": ("RUS", "ITA"), "reported_meeting": True},
            ("AGREE", ("RUS",), ("ITA",)),
        ),
        # decisions told without their makers
        (
            "Ultimately, he said, it was decided that Russia would pay Germany a total of 500 million euros in "
            "compensation for the debt.",
            {},
            ("AGREE", ("RUS",), ("DEU",)),
        ),
        (
            "In connection with this, it was decided to create a new regional structure.",
            {"participants": ("RUS", "ARM", "BLR")},
            ("AGREE", ("ARM", "BLR", "RUS"), ()),
        ),
        # a readout's mutual commitment, the sides' own agreements to honour
        (
            "An emphasis was made on the mutual commitment to further joint work, including in the Normandy "
            "format, to promote the settlement of the internal Ukrainian crisis.",
            {"participants": ("RUS", "FRA")},
            ("AGREE", ("FRA", "RUS"), ()),
        ),
        (
            "The necessity to fully honour Russian-Turkish agreements on interaction in these regions was "
            "stressed.",
            {},
            ("AGREE", ("RUS", "TUR"), ()),
        ),
        # "both partners" are the meeting's sides
        (
            "Indications of progress had appeared in joint work in the military sphere, and both partners were "
            "willing to work together even outside the limits of the Rome Declaration.",
            {"participants": ("RUS", "NATO")},
            ("AGREE", ("NATO", "RUS"), ()),
        ),
        # what a joint text says both sides will do; a joint body to be set up
        (
            "The statement also stressed that Russia and the North Atlantic Treaty Organisation would "
            "contribute to security in the Euro-Atlantic region.",
            {},
            ("AGREE", ("NATO", "RUS"), ()),
        ),
        (
            "He said that a Russian-German inter-departmental working group on combating international "
            "terrorism would be set up.",
            {"context": PUTIN},
            ("AGREE", ("DEU", "RUS"), ()),
        ),
        # plans outlined by both sides
        (
            "Russia and Hungary outlined long-term cooperation plans.",
            {},
            ("AGREE", ("HUN", "RUS"), ()),
        ),
        # a door kept open to a named side
        (
            "Moscow's decision to freeze its contacts with the Alliance is regrettable, and NATO will keep the "
            "door open to Russia.",
            {"context": "Statement by the NATO Spokesman"},
            ("AGREE", ("NATO",), ("RUS",)),
        ),
        # future work with another side told by the doer's own voice
        (
            "Beijing will work with Moscow to push bilateral relations to a higher level, Chinese Foreign "
            "Minister Wang Yi said.",
            {},
            ("AGREE", ("CHN",), ("RUS",)),
        ),
    ],
)
def test_commitment_coded(
    text: str, kw: dict[str, object], expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in triples(text, DAY, **kw)


@pytest.mark.parametrize(
    ("text", "kw"),
    [
        # an exhortation, cooperation told as it is, a negation, a call on another side
        (
            "If we want to achieve positive results we must pool our efforts.",
            {"context": PUTIN, "participants": ("RUS", "FRA")},
        ),
        (
            "This enables us to work together with success on our bilateral agenda.",
            {"context": PUTIN, "participants": ("RUS", "KAZ")},
        ),
        ("We will not cooperate with NATO on this.", {"context": PUTIN}),
        ("We worked together with France on this issue.", {"context": PUTIN}),
        ("NATO should cooperate with Russia.", {"context": PUTIN}),
        # domestic business with no side named or known
        ("We will work together with the Government to solve these problems.", {"context": PUTIN}),
        ("It was decided to revise the programme within two months.", {}),
        # a hostile act decided or foretold; agreements of other parties; a demand on a named side
        ("It was decided that Russia would respond to NATO expansion.", {}),
        ("The statement said that Russia and China would respond to any aggression.", {}),
        ("The need to fully implement the Minsk agreements was stressed.", {"participants": ("RUS", "FRA")}),
        (
            "The sides stressed the need for Ukraine to honour the agreements.",
            {"participants": ("RUS", "FRA")},
        ),
        # a body set up in the past; one side's own plans; work with another foretold by others
        ("Russia and France had a working group that was set up in 2001.", {}),
        ("We will outline the tasks we will have to deal with.", {"context": PUTIN}),
        ("Many predict that China will work with Brazil to secure more money.", {}),
        ("Russia will continue to cooperate with China, Blinken said.", {}),
    ],
)
def test_near_miss_not_agree(text: str, kw: dict[str, object]) -> None:
    assert not any(t[0] == "AGREE" for t in triples(text, DAY, **kw))


def test_meeting_sides_carry_into_mutual_commitment() -> None:
    lines = [
        "Vladimir Putin had a telephone conversation with President of France Emmanuel Macron.",
        "An emphasis was made on the mutual commitment to further joint work.",
    ]
    assert ("AGREE", ["FRA", "RUS"], []) in stream(lines, DAY)[1]
