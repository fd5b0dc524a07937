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
            "I have in mind Iraq, Yemen, and Mali, where Italy and Russia (and the wider international "
            "community) can and should cooperate.",
            {"context": PUTIN},
            ("AGREE", ("RUS",), ("ITA",)),
        ),
        (
            "Still, as we share a border, we will always work together.",
            {"context": PUTIN, "participants": ("RUS", "EU"), "reported_meeting": True},
            ("AGREE", ("RUS",), ("EU",)),
        ),
        (
            "I have no doubt we will continue working in concert with Kyrgyzstan.",
            {"context": PUTIN},
            ("AGREE", ("RUS",), ("KGZ",)),
        ),
        (
            "We face shared dangers, and I believe we should join efforts to counter them.",
            {"context": PUTIN, "participants": ("RUS", "ITA"), "reported_meeting": True},
            ("AGREE", ("RUS",), ("ITA",)),
        ),
        # decisions told without their makers
        (
            "In the end, he said, it had been decided that Russia would pay Germany 300 million euros to "
            "settle the old claims.",
            {},
            ("AGREE", ("RUS",), ("DEU",)),
        ),
        (
            "For this reason, it was decided to set up a joint coordinating council.",
            {"participants": ("RUS", "ARM", "BLR")},
            ("AGREE", ("ARM", "BLR", "RUS"), ()),
        ),
        # a readout's mutual commitment, the sides' own agreements to honour
        (
            "Special note was made of the mutual commitment to continued joint work, among other things in the "
            "Normandy format, to help end the conflict in eastern Ukraine.",
            {"participants": ("RUS", "FRA")},
            ("AGREE", ("FRA", "RUS"), ()),
        ),
        (
            "The necessity to strictly honour Russian-Turkish agreements on cooperation in the two areas was "
            "stressed.",
            {},
            ("AGREE", ("RUS", "TUR"), ()),
        ),
        # "both partners" are the meeting's sides
        (
            "Military contacts had begun to show some results, and both partners were also willing to "
            "work together beyond what the Rome Declaration covers.",
            {"participants": ("RUS", "NATO")},
            ("AGREE", ("NATO", "RUS"), ()),
        ),
        # what a joint text says both sides will do; a joint body to be set up
        (
            "The statement also stressed that the North Atlantic Treaty Organisation and Russia would "
            "contribute to stability across Europe.",
            {},
            ("AGREE", ("NATO", "RUS"), ()),
        ),
        (
            "He announced that a Russian-German inter-agency working group on drug trafficking would be set "
            "up.",
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
            "Moscow's choice to freeze its ties with the Alliance is regrettable, and NATO will keep the door "
            "open to Russia.",
            {"context": "Statement by the NATO Spokesman"},
            ("AGREE", ("NATO",), ("RUS",)),
        ),
        # future work with another side told by the doer's own voice
        (
            "Beijing will work with Moscow to take bilateral ties forward, Chinese Foreign Minister Wang Yi "
            "said.",
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
            "If we hope to get real results we must pool our efforts.",
            {"context": PUTIN, "participants": ("RUS", "FRA")},
        ),
        (
            "This lets us work together with success on our shared agenda.",
            {"context": PUTIN, "participants": ("RUS", "KAZ")},
        ),
        ("We will not cooperate with NATO on this.", {"context": PUTIN}),
        ("We worked together with France on this issue.", {"context": PUTIN}),
        ("NATO should cooperate with Russia.", {"context": PUTIN}),
        # domestic business with no side named or known
        ("We will work together with the Government to solve these problems.", {"context": PUTIN}),
        ("It was decided to revise the plan within three weeks.", {}),
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
        ("We will outline the jobs we will need to tackle.", {"context": PUTIN}),
        ("Many predict that China will work with Brazil to secure more money.", {}),
        ("Russia will continue to cooperate with China, Blinken said.", {}),
    ],
)
def test_near_miss_not_agree(text: str, kw: dict[str, object]) -> None:
    assert not any(t[0] == "AGREE" for t in triples(text, DAY, **kw))


def test_meeting_sides_carry_into_mutual_commitment() -> None:
    lines = [
        "Vladimir Putin spoke by telephone with President of France Emmanuel Macron.",
        "Special note was made of the mutual commitment to continued joint work.",
    ]
    assert ("AGREE", ["FRA", "RUS"], []) in stream(lines, DAY)[1]
