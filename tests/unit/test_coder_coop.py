"""Recall of the cooperative types (AID, COOPERATE, SUPPORT, AGREE): aid told with one weapon or as a
money package, training named as a noun, relief carried by planes, owned partnerships, and look-alikes
that must not code. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2023, 6, 1)

Triple = tuple[str, tuple[str, ...], tuple[str, ...]]


def coded(text: str) -> list[Triple]:
    return [(e.event.value, e.source, e.target) for e in code_sentence(text, date=DAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one weapon system handed over, delivered or sent
        (
            "Germany has handed over another IRIS-T air defence system to Ukraine.",
            ("AID", ("DEU",), ("UKR",)),
        ),
        ("Spain will send another Hawk battery to Ukraine.", ("AID", ("ESP",), ("UKR",))),
        ("The Netherlands delivered a second Patriot launcher to Ukraine.", ("AID", ("NLD",), ("UKR",))),
        # shells counted by the month are sent as aid, not deployed
        ("France will send 3,000 more artillery shells a month to Ukraine.", ("AID", ("FRA",), ("UKR",))),
        # a loan "of N dollars to X"
        ("The Kremlin extended a loan of 10 billion dollars to Hungary.", ("AID", ("RUS",), ("HUN",))),
        # training told as a noun, by its trainers
        ("The training of Ukrainian troops by British instructors continues.", ("AID", ("GBR",), ("UKR",))),
        # money packages with no aid word, and packages of support
        ("The Pentagon announced a new $400 million package for Kyiv.", ("AID", ("USA",), ("UKR",))),
        (
            "Britain announced a new package of military support for Ukraine worth 500 million pounds.",
            ("AID", ("GBR",), ("UKR",)),
        ),
        # planes of relief and rescue teams are aid, not a deployment
        ("Turkey sent two cargo planes of relief supplies to Libya.", ("AID", ("TUR",), ("LBY",))),
        ("Greece sent search-and-rescue teams to Turkey.", ("AID", ("GRC",), ("TUR",))),
        # the people sent are the help, not whom it helps
        (
            "Italy dispatched a field hospital and a team of army doctors to the earthquake zone in Turkey.",
            ("AID", ("ITA",), ("TUR",)),
        ),
        # an owned partnership told as going on
        ("NATO's partnership with Georgia continues to deepen.", ("COOPERATE", ("NATO",), ("GEO",))),
        (
            "The Alliance's practical cooperation with Bosnia and Herzegovina covers defence reform.",
            ("COOPERATE", ("NATO",), ("BIH",)),
        ),
    ],
)
def test_cooperative_recall(text: str, expected: Triple) -> None:
    assert coded(text) == [expected]


def test_funded_training_is_one_aid_with_the_promise() -> None:
    # "fund training": the training is what is funded; one future aid, not a second asserted one
    events = code_sentence(
        "Canada will donate eight armoured vehicles to Ukraine and fund training for Ukrainian pilots.",
        date=DAY,
    )
    assert [(e.event.value, e.source, e.target, e.polarity.value) for e in events] == [
        ("AID", ("CAN",), ("UKR",), "future")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The loan will be repaid over 20 years at an interest rate of 2 percent.",
        "The delivery date for the tanks has not been set.",
        "The partnership between the two football clubs ended last year.",
        "The training of the new recruits takes four months.",
        "The grant programme is open to universities and research institutes.",
    ],
)
def test_look_alikes_code_nothing(text: str) -> None:
    assert coded(text) == []


def test_warships_sent_are_still_a_deployment() -> None:
    # a navy sent to a foreign coast with no relief aboard stays MOBILIZE
    assert [t[0] for t in coded("Russia sent two warships and a submarine to Syria.")] == ["MOBILIZE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # standing with a partner, told with an adverb
        ("The European Union stands firmly by Ukraine.", ("SUPPORT", ("EU",), ("UKR",))),
        ("Allies stand united with Türkiye.", ("SUPPORT", ("NATO",), ("TUR",))),
        # taking part in another's programme, hosting its forces
        (
            "Serbia participates in NATO's Partnership for Peace programme.",
            ("COOPERATE", ("SRB",), ("NATO",)),
        ),
        ("Finland will host a NATO forward land force.", ("COOPERATE", ("FIN",), ("NATO",))),
    ],
)
def test_support_agree_cooperate_wordings(text: str, expected: Triple) -> None:
    assert coded(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aid listed at length before its recipient; weapons paid for on another's behalf
        (
            "NATO Allies have delivered more than 230 tanks and 1,550 armoured vehicles to Ukraine.",
            ("AID", ("NATO",), ("UKR",)),
        ),
        ("Germany will pay for three more IRIS-T systems for Ukraine.", ("AID", ("DEU",), ("UKR",))),
        # medical staff arriving come to help, not to talk
        (
            "Chinese medical teams have arrived in Iran to help fight the epidemic.",
            ("AID", ("CHN",), ("IRN",)),
        ),
        # rights and airspace granted to another
        ("Georgia granted overflight rights to NATO aircraft.", ("COOPERATE", ("GEO",), ("NATO",))),
        # an exercise named as two states' troops' own
        (
            "The Zapad-2021 exercise of Russian and Belarusian troops began on Friday.",
            ("COOPERATE", ("RUS", "BLR"), ()),
        ),
    ],
)
def test_more_aid_and_cooperation_wordings(text: str, expected: Triple) -> None:
    assert coded(text) == [expected]


def test_one_states_exercises_are_no_cooperation() -> None:
    # "exercises of" with one owner and no second side named: nothing joint
    assert "COOPERATE" not in [t[0] for t in coded("NATO's exercises of the past year were provocative.")]
    assert coded("The exercise of its right to self-defence by Ukraine is legitimate.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # praise of an act is praise of whoever did it, not of those it was done to
        (
            "Turkey praised the release of Ukrainian prisoners by Russia.",
            [("SUPPORT", ("TUR",), ("RUS",)), ("RETREAT", ("RUS",), ("UKR",))],
        ),
        (
            "The UN welcomed the delivery of aid to Gaza by Egypt.",
            [("SUPPORT", ("UN",), ("EGY",)), ("AID", ("EGY",), ("PSE",))],
        ),
        # (and of the doer when the doer is what the act is named by)
        (
            "NATO welcomed the withdrawal of Russian troops from Estonia.",
            [("SUPPORT", ("NATO",), ("RUS",)), ("RETREAT", ("RUS",), ("EST",))],
        ),
        # a standing commitment to help, "is committed" being no passive
        ("The Alliance is firmly committed to supporting Ukraine.", [("AGREE", ("NATO",), ("UKR",))]),
    ],
)
def test_praised_doers_and_commitments(text: str, expected: list[Triple]) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # goods given, not sold
        ("Russia shipped 50,000 tonnes of grain to Somalia free of charge.", ("AID", ("RUS",), ("SOM",))),
        # relief handed over to a state's ministry
        (
            "The Russian side handed over 20 tonnes of medicines to the Serbian health ministry.",
            ("AID", ("RUS",), ("SRB",)),
        ),
        # money released to a state with no aid word
        ("The IMF released 900 million dollars to Ukraine after the review.", ("AID", ("IMF",), ("UKR",))),
    ],
)
def test_given_goods_and_released_money(text: str, expected: Triple) -> None:
    assert coded(text) == [expected]


def test_grain_sold_stays_trade() -> None:
    # grain shipped with no word of a gift is trade (COOPERATE), not aid
    assert [t[0] for t in coded("Russia shipped 50,000 tonnes of grain to Egypt.")] == ["COOPERATE"]


def test_two_states_promising_a_third() -> None:
    # two states that pledge together still pledge to the third they name; with no third, it is mutual
    assert coded("The Netherlands and Denmark have pledged to supply F-16 fighter jets to Ukraine.") == [
        ("AGREE", ("NLD", "DNK"), ("UKR",))
    ]
    assert coded("Moscow and Beijing vowed to deepen their partnership.") == [("AGREE", ("RUS", "CHN"), ())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agreement between two sides is theirs, whoever welcomes it
        (
            "The EU welcomed the agreement between Armenia and Azerbaijan on the text of a peace treaty.",
            [("SUPPORT", ("EU",), ("ARM", "AZE")), ("AGREE", ("ARM", "AZE"), ())],
        ),
        # and one reported signed is a signing by both
        (
            "The agreement between Russia and Ukraine on grain exports was signed in Istanbul.",
            [("SUPPORT", ("RUS", "UKR"), ())],
        ),
        (
            "The delegations signed a set of documents, among them an agreement between the Russian Central "
            "Bank and the National Bank of Armenia.",
            [("SUPPORT", ("RUS", "ARM"), ())],
        ),
        # an agreement between no one named is no event
        ("The agreement between the two companies expires next year.", []),
    ],
)
def test_agreements_between_two_sides(text: str, expected: list[Triple]) -> None:
    assert coded(text) == expected
