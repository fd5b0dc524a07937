"""Accords told without a word of agreeing (rules of :mod:`detente.coding.accords`): two sides holding one
position, two sides' stance that their cooperation must grow, the speaker's readiness to work with every
country, plans of joint work outlined — and the look-alikes that must not code (disagreement, conditions
and suppositions, one side's own position or plans, domestic and court decisions)."""

from __future__ import annotations

import datetime as dt

import pytest

from coded import triples
from detente.coding.accords import generic_partners, speaks_of_partners
from detente.coding.patterns import tokenize

DAY = dt.date(2016, 5, 12)
PUTIN = "Vladimir Putin, President of Russia"

Triple = tuple[str, tuple[str, ...], tuple[str, ...]]

POSITIVE: list[tuple[str, dict[str, object], Triple]] = [
    # one position held by two sides named as a pair
    (
        "Germany and France had the same attitude to the reform of the eurozone.",
        {},
        ("AGREE", ("DEU", "FRA"), ()),
    ),
    (
        "India and Japan share an identical view on maritime security in the region.",
        {},
        ("AGREE", ("IND", "JPN"), ()),
    ),
    (
        "Brazil and Argentina hold very similar positions on agricultural subsidies.",
        {},
        ("AGREE", ("ARG", "BRA"), ()),
    ),
    (
        "Moscow and Beijing have always shared a common approach to the Korean settlement.",
        {},
        ("AGREE", ("CHN", "RUS"), ()),
    ),
    (
        "Egypt and Jordan took a coordinated stance on the status of Jerusalem.",
        {},
        ("AGREE", ("EGY", "JOR"), ()),
    ),
    (
        "Italy and Spain shared a “principled and consistent position” on migration in the Mediterranean.",
        {},
        ("AGREE", ("ESP", "ITA"), ()),
    ),
    # positions that coincide
    (
        "The positions of Russia and India on Afghanistan are very close.",
        {},
        ("AGREE", ("IND", "RUS"), ()),
    ),
    (
        "The views of Kazakhstan and Uzbekistan on water use in Central Asia largely coincide.",
        {},
        ("AGREE", ("KAZ", "UZB"), ()),
    ),
    (
        "Our positions on the Iranian nuclear programme coincide.",
        {"context": PUTIN, "participants": ("RUS", "FRA"), "reported_meeting": True},
        ("AGREE", ("FRA", "RUS"), ()),
    ),
    (
        "I can say that our approaches to the situation in the Middle East are identical.",
        {"context": PUTIN, "participants": ("RUS", "EGY"), "reported_meeting": True},
        ("AGREE", ("EGY", "RUS"), ()),
    ),
    (
        "Their assessments of the situation on the Korean Peninsula coincided.",
        {"participants": ("RUS", "CHN"), "reported_meeting": True},
        ("AGREE", ("CHN", "RUS"), ()),
    ),
    (
        "We have identical positions on most international issues.",
        {"context": PUTIN, "participants": ("RUS", "VNM"), "reported_meeting": True},
        ("AGREE", ("RUS", "VNM"), ()),
    ),
    # two sides' stance that their cooperation must grow
    (
        "The Iranian and Iraqi sides believe that cooperation in the energy sector should be expanded.",
        {},
        ("AGREE", ("IRN", "IRQ"), ()),
    ),
    (
        "Greece and Cyprus proceed from the fact that, given the new challenges, coordination on maritime "
        "matters must be stepped up.",
        {},
        ("AGREE", ("CYP", "GRC"), ()),
    ),
    (
        "Poland and Lithuania are convinced that interaction between their border services will be "
        "strengthened.",
        {},
        ("AGREE", ("LTU", "POL"), ()),
    ),
    (
        "The Vietnamese and Laotian delegations agreed that they should step up cooperation in education.",
        {},
        ("AGREE", ("LAO", "VNM"), ()),
    ),
    (
        "The visit showed the two countries' wish to expand their trade and economic ties.",
        {"participants": ("RUS", "MNG"), "reported_meeting": True},
        ("AGREE", ("MNG", "RUS"), ()),
    ),
    (
        "He said that the meeting confirmed both sides' determination to deepen their partnership.",
        {"participants": ("RUS", "IND"), "reported_meeting": True},
        ("AGREE", ("IND", "RUS"), ()),
    ),
    # the sides stressed the need of joint work
    (
        "They stressed the need to coordinate efforts against drug trafficking across the border.",
        {"participants": ("RUS", "TJK"), "reported_meeting": True},
        ("AGREE", ("RUS", "TJK"), ()),
    ),
    (
        "Both sides noted the necessity of closer cooperation in the Arctic.",
        {"participants": ("RUS", "NOR"), "reported_meeting": True},
        ("AGREE", ("NOR", "RUS"), ()),
    ),
    (
        "Hungary and Slovakia underlined the need to pool efforts in flood prevention.",
        {},
        ("AGREE", ("HUN", "SVK"), ()),
    ),
    (
        "The leaders pointed out the need to step up their bilateral contacts.",
        {"participants": ("RUS", "SRB"), "reported_meeting": True},
        ("AGREE", ("RUS", "SRB"), ()),
    ),
    # readiness to work with every country
    (
        "With all countries we are ready to build cooperation on the basis of equality.",
        {"context": PUTIN},
        ("AGREE", ("RUS",), ()),
    ),
    (
        "We remain open to dialogue with every state that respects our interests.",
        {"context": PUTIN},
        ("AGREE", ("RUS",), ()),
    ),
    (
        "We are prepared to interact with other nations on an equal footing.",
        {"context": PUTIN},
        ("AGREE", ("RUS",), ()),
    ),
    # plans of joint work outlined
    (
        "We outlined medium-term plans of joint work in the energy sector.",
        {"context": PUTIN, "participants": ("RUS", "AUT"), "reported_meeting": True},
        ("AGREE", ("AUT", "RUS"), ()),
    ),
    (
        "Finland and Estonia mapped out a programme of cross-border cooperation.",
        {},
        ("AGREE", ("EST", "FIN"), ()),
    ),
    (
        "The two leaders also charted the priorities of bilateral partnership.",
        {"participants": ("RUS", "ARM"), "reported_meeting": True},
        ("AGREE", ("ARM", "RUS"), ()),
    ),
]


@pytest.mark.parametrize(("text", "kw", "expected"), POSITIVE)
def test_accord_coded(text: str, kw: dict[str, object], expected: Triple) -> None:
    assert expected in triples(text, DAY, **kw)


LOOKALIKES: list[tuple[str, dict[str, object]]] = [
    # disagreement and negation
    ("Germany and France did not share the same attitude to the reform of the eurozone.", {}),
    ("India and Japan do not have identical views on maritime security.", {}),
    ("The positions of Russia and the United States on missile defence do not coincide.", {}),
    ("The views of Kazakhstan and Uzbekistan on water use are far from identical.", {}),
    (
        "Our positions on the Iranian nuclear programme never coincided.",
        {"context": PUTIN, "participants": ("RUS", "FRA"), "reported_meeting": True},
    ),
    ("Brazil and Argentina hold different positions on agricultural subsidies.", {}),
    # conditions and suppositions
    ("If Germany and France had the same attitude to the reform, the talks would be easier.", {}),
    ("Egypt and Jordan might take a coordinated stance on the status of Jerusalem.", {}),
    (
        "We would be happy if our positions on the Middle East coincided.",
        {"context": PUTIN, "participants": ("RUS", "EGY"), "reported_meeting": True},
    ),
    # not a position
    ("Germany and France share a long border along the Rhine.", {}),
    ("Norway and Russia have close fishing grounds in the Barents Sea.", {}),
    ("The position of Russia is close to the border with Finland.", {}),
    # a position of one side only
    ("Russia holds the same position on Syria as before.", {}),
    (
        "Our position on the Iranian nuclear programme is well known.",
        {"context": PUTIN, "participants": ("RUS", "FRA"), "reported_meeting": True},
    ),
    # cooperation stance denied, hoped or of one side
    ("Greece and Cyprus believe that cooperation on maritime matters must not be expanded.", {}),
    ("Poland and Lithuania doubt that cooperation between their border services can grow.", {}),
    ("Turkey believes that cooperation on Syria must be stepped up.", {}),
    ("Greece and Cyprus believe that the crisis must be resolved by peaceful means.", {}),
    (
        "The visit showed no desire to expand trade ties.",
        {"participants": ("RUS", "MNG"), "reported_meeting": True},
    ),
    # a shared position told by a sayer: whose statement it is varies, left alone
    ("The minister said Germany and France had the same attitude to the reform of the eurozone.", {}),
    ("India and Japan, the spokesman noted, share an identical view on maritime security.", {}),
    # a need stressed by one side, for another, or about others' dialogue or no joint work
    (
        "Turkey stressed the need to coordinate efforts in Syria.",
        {"participants": ("RUS", "TUR"), "reported_meeting": True},
    ),
    (
        "They stressed the need for Ukraine to coordinate efforts with the monitors.",
        {"participants": ("RUS", "DEU"), "reported_meeting": True},
    ),
    (
        "The parties noted the need to support the intra-Libyan political dialogue.",
        {"participants": ("RUS", "ITA"), "reported_meeting": True},
    ),
    (
        "They stressed the need to step up the fight against organised crime.",
        {"participants": ("RUS", "ITA"), "reported_meeting": True},
    ),
    (
        "They did not stress the need to coordinate efforts.",
        {"participants": ("RUS", "ITA"), "reported_meeting": True},
    ),
    # readiness: no partners, domestic, negated
    ("We are ready to cooperate with every region of the country.", {"context": PUTIN}),
    ("We are ready to build cooperation.", {"context": PUTIN}),
    ("With every country we are not ready to build cooperation.", {"context": PUTIN}),
    ("Every country has its own interests, and every country pursues them.", {"context": PUTIN}),
    # plans of one side, or no joint work; the speaker's "we" with no other side known (half the source)
    (
        "We reviewed the bilateral agenda and outlined plans for cooperation in the coming years.",
        {"context": PUTIN},
    ),
    ("The minister outlined the government's plans for the pension reform.", {}),
    ("He outlined plans for cooperation with the regions.", {}),
    ("The governor outlined a programme of road repairs for the summer.", {}),
    (
        "We have not outlined any plans for bilateral cooperation yet.",
        {"context": PUTIN, "participants": ("RUS", "AUT"), "reported_meeting": True},
    ),
    # domestic decisions and court decisions
    ("It was decided to revise the state programme for agriculture.", {}),
    ("The government decided to raise pensions by five percent.", {}),
    ("The Constitutional Court decided that the law was in line with the Constitution.", {}),
    ("The court ruled that the contract was void.", {}),
]


@pytest.mark.parametrize(("text", "kw"), LOOKALIKES)
def test_lookalike_codes_no_agreement(text: str, kw: dict[str, object]) -> None:
    assert not any(t[0] == "AGREE" for t in triples(text, DAY, **kw))


BAD_INPUT = [
    "",
    "   ",
    "... ; !!! ---",
    "1234 5678",
    "Russia and China had the same",
    "Our positions",
    "The Russian and Turkish parties proceed from the premise that cooperation must be",
    "with every country we are ready to",
    "We outlined",
    "same position coincide " * 5000,
    "Russia and China share the same position. " * 2500,
]


@pytest.mark.parametrize("text", BAD_INPUT)
def test_bad_input_gives_a_list(text: str) -> None:
    result = triples(text, DAY, context=PUTIN)
    assert isinstance(result, set)


def test_cut_after_trigger_codes_nothing() -> None:
    assert not any(t[0] == "AGREE" for t in triples("Russia and China had the same", DAY))
    assert not any(t[0] == "AGREE" for t in triples("with every country we are ready to", DAY, context=PUTIN))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("with every country", True),
        ("with all the states of the region", False),
        ("with all states", True),
        ("our foreign partners", True),
        ("every country has a flag", False),
        ("", False),
    ],
)
def test_generic_partners(text: str, expected: bool) -> None:
    assert generic_partners(tokenize(text)) is expected


def test_partners_with_joint_work_only() -> None:
    assert speaks_of_partners(tokenize("with all countries we are ready to build cooperation"))
    assert not speaks_of_partners(tokenize("with every country we are ready to"))
    assert not speaks_of_partners(tokenize("we discussed the bilateral cooperation agenda"))
