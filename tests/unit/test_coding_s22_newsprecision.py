"""News look-alikes dropped last (s22-newsprecision, detente.coding.newsprecision): a profession alone, an
interview, animals, a purpose or a possibility, a complaint about things, local demolition, "finances" as a
noun, help to oneself, a wished act, fans and markets, private life — and the political acts of the same
verbs that must still code. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.coded import triples

from detente.coding.coder import Event, code_sentence
from detente.coding.newsprecision import kept_events
from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import tokenize

DAY = dt.date(2024, 3, 5)


def types(text: str) -> set[str]:
    return {t[0] for t in triples(text, DAY)}


# --- look-alikes that must not code -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a profession alone, no political side
        ("The doctors urged him to rest for a week.", "REQUEST"),
        ("Nurses at the clinic encouraged the patient to walk a few steps a day.", "REQUEST"),
        ("Teachers encouraged the pupils to read every day.", "REQUEST"),
        ("Trade unions threw their weight behind the mayor's housing plan.", "SUPPORT"),
        ("Several employees resigned after the merger was announced.", "RETREAT"),
        (
            "At least 45 customs employees had been labelled a safety risk and had resigned or been "
            "pushed out, the weekly reported.",
            "RETREAT",
        ),
        # an interview is no meeting
        (
            "Anna Berg, a professor of European politics, spoke to Radio Eins about the EU's role in NATO.",
            "CONSULT",
        ),
        # animals
        ("Soldiers shot stray dogs in the village.", "ASSAULT"),
        ("A shark attacked a swimmer off the coast of Australia.", "ASSAULT"),
        ("A bear attacked two hikers near the Slovak border with Poland, rangers said.", "ASSAULT"),
        ("Police shot a bear that had wandered into a school in Romania.", "ASSAULT"),
        # a purpose, a possibility
        (
            "We must offer Ukraine as much help as possible so that they can negotiate a settlement.",
            "CONSULT",
        ),
        ("In those areas, women can be harassed, attacked by thieves or robbed walking back.", "ASSAULT"),
        ("In those areas, women can be harassed, attacked by thieves or robbed walking back.", "COERCE"),
        ("Journalists can be arrested for criticising the king.", "COERCE"),
        # complaints about things
        ("Residents complained about the noise from the new airport.", "ACCUSE"),
        ("Villagers near Lahore complained of the smoke from burning fields in Pakistan.", "ACCUSE"),
        ("Residents complained about the noise from the airport, Berlin officials said.", "ACCUSE"),
        (
            "Before the county can raze the three warehouses and tear down parts of five others, the county "
            "invited engineers from the U.S. Army Corps to finish a survey.",
            "ASSAULT",
        ),
        # "finances" as a noun
        (
            '"We are joining a family of great airlines," said the senior vice president of fleet, finances '
            "and alliances at Alaska.",
            "AID",
        ),
        # a wished material act
        ("All of the senators looked eager to send aid to Kyiv.", "AID"),
        # fans and markets
        ("Angry fans protested outside the stadium after the club sold its top scorer.", "PROTEST"),
        ("Supporters staged a protest against the club's American owners before kick-off.", "PROTEST"),
        ("United fans boycotted the match in protest at ticket prices.", "PROTEST"),
        ("Fans of the London club protested outside the stadium against the American owners.", "PROTEST"),
        ("The airline withdrew from the Chinese market.", "RETREAT"),
        ("The carrier withdrew from the Chinese market after years of losses.", "RETREAT"),
        # not done, fabricated, habitual
        ("Moscow's unwillingness to pull its troops out of Moldova angered Chisinau.", "RETREAT"),
        ("The Pentagon criticised Kyiv's inability to mobilise enough soldiers.", "MOBILIZE"),
        ("Moscow said it was unwilling to negotiate with Kyiv.", "CONSULT"),
        ("A doctored video appeared to show the Greek minister attacking a Turkish journalist.", "ASSAULT"),
        ("Whenever they protest, soldiers are sent to stop them.", "PROTEST"),
        (
            "In one viral clip, an AI-generated deepfake showed the singer express support for Israel.",
            "SUPPORT",
        ),
        (
            "In one viral clip, an AI-generated deepfake showed the singer express support for Israel.",
            "SUPPORT",
        ),
        # private trips, goods on sale
        ("It amazes me when a colleague says she is flying to Paris from London for work.", "CONSULT"),
        ("The minister flew to Spain on holiday with his family.", "CONSULT"),
        (
            "Although the city is charming, French resorts offer skiing at a much more competitive price.",
            "AGREE",
        ),
        # private life
        ("My best friend, Sharon, asked me to bake a chocolate cake for her husband's birthday.", "REQUEST"),
        ("Her husband, Benjamin, threatened to leave if she went back to work.", "THREATEN"),
    ],
)
def test_news_lookalike_not_coded(text: str, absent: str) -> None:
    assert absent not in types(text)


# --- political acts of the same verbs that must still code ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # professions striking, marching, or dealing with the state
        ("Doctors went on strike over unpaid wages.", ("PROTEST", ("doctors",), ())),
        ("Workers protested outside the ministry in Nairobi.", ("PROTEST", ("workers",), ("KEN",))),
        (
            "Nurses protested outside the health ministry in Nairobi.",
            ("PROTEST", ("nurses",), ("KEN",)),
        ),
        ("Teachers marched on parliament demanding higher pay.", ("PROTEST", ("workers",), ())),
        ("Amazon workers walked out in protest at pay.", ("PROTEST", ("workers",), ())),
        ("Unions threatened a general strike over the pension reform.", ("THREATEN", ("workers",), ())),
        ("The teachers' union ended its strike after six weeks.", ("CONCEDE", ("unions",), ())),
        (
            "Doctors accused the government of neglecting rural hospitals.",
            ("ACCUSE", ("doctors",), ()),
        ),
        ("Unions called on the government to raise the minimum wage.", ("REQUEST", ("workers",), ())),
        ("Police arrested dozens of striking workers in Dhaka.", ("COERCE", ("police",), ("workers",))),
        # talks between leaders
        ("Macron spoke to Scholz by phone about Ukraine.", ("CONSULT", ("FRA",), ("DEU",))),
        ("Lavrov talked to Blinken in Geneva.", ("CONSULT", ("RUS",), ("USA",))),
        ("The EU held talks with Tehran over its programme.", ("CONSULT", ("EU",), ("IRN",))),
        # attacks on people, told or possible
        ("Russian forces attacked Ukrainian positions near Bakhmut.", ("ASSAULT", ("RUS",), ("UKR",))),
        ("Israeli troops shot dead two Palestinians in Jenin.", ("ASSAULT", ("ISR",), ("PSE",))),
        ("Russia could be attacked by NATO, the Kremlin warned.", ("ASSAULT", ("NATO",), ("RUS",))),
        ("Our friends in Kyiv were attacked by Russian drones.", ("ASSAULT", ("RUS",), ("UKR",))),
        (
            "The minister told the BBC that Russian troops had attacked a convoy near Kharkiv.",
            ("ASSAULT", ("RUS",), ("UKR",)),
        ),
        # help given, its purpose told after
        (
            "The United States sent weapons to Ukraine so that it could defend itself.",
            ("AID", ("USA",), ("UKR",)),
        ),
        # complaints about an actor's act
        ("Residents complained about the Israeli blockade.", ("ACCUSE", ("civilians",), ("ISR",))),
        ("Gazans complained about Israel's blockade of the strip.", ("ACCUSE", (), ("ISR",))),
        ("Kenyan farmers complained about the government's new tax.", ("ACCUSE", ("KEN",), ())),
        # demolition by a state's forces
        (
            "Israeli forces demolished the homes of two Palestinian attackers.",
            ("COERCE", ("ISR",), ("PSE",)),
        ),
        ("The town council was razed by Russian shelling.", ("ASSAULT", ("RUS",), ())),
        # "finances" as a verb
        ("Qatar finances the reconstruction of Gaza.", ("AID", ("QAT",), ("PSE",))),
        # a company against a state, protests by political supporters
        (
            "Google threatened to pull its search engine out of Australia over the new law.",
            ("THREATEN", (), ("AUS",)),
        ),
        (
            "Opposition supporters protested in Caracas against Maduro.",
            ("PROTEST", ("opposition",), ("VEN",)),
        ),
        (
            "Hundreds of supporters of the jailed opposition leader protested in Moscow.",
            ("PROTEST", ("opposition",), ("RUS",)),
        ),
        (
            "Moscow called the video doctored and Russian troops attacked Ukrainian positions near Bakhmut.",
            ("ASSAULT", ("RUS",), ("UKR",)),
        ),
        (
            "Moscow called the video doctored and Russian troops attacked Ukrainian positions near Bakhmut.",
            ("ASSAULT", ("RUS",), ("UKR",)),
        ),
        # a state's help to its own people
        ("Armenian protesters received weapons from the Armenian government.", ("AID", ("ARM",), ("ARM",))),
        # a visit for talks, an offer to host them
        ("Blinken flew to Kyiv for talks with Zelensky.", ("CONSULT", ("USA",), ("UKR",))),
        (
            "Turkey offered to host peace talks between Russia and Ukraine.",
            ("AGREE", ("TUR",), ("RUS", "UKR")),
        ),
        # a refusal, a criticism beside an inability, a protest on a day
        ("Russia refused to withdraw its troops from Moldova.", ("REJECT", ("RUS",), ("MDA",))),
        (
            "The Pentagon criticised Kyiv's inability to mobilise enough soldiers.",
            ("ACCUSE", ("USA",), ("UKR",)),
        ),
        (
            "When the protesters marched on parliament, police fired tear gas at them.",
            ("ASSAULT", ("police",), ("protesters",)),
        ),
        (
            "When the protesters marched on parliament, police fired tear gas at them.",
            ("PROTEST", ("protesters",), ()),
        ),
        (
            "Awami League supporters protested in Dhaka against the transfer of power to the army.",
            ("PROTEST", ("protesters",), ("BGD",)),
        ),
        (
            "Opposition supporters protested as the ruling party's negotiating team arrived in Nairobi.",
            ("PROTEST", ("opposition",), ("KEN",)),
        ),
        # troops leaving, a wish to thank (said, so done), family named beside two sides
        ("Russia pulled its troops out of Kherson.", ("RETREAT", ("RUS",), ("UKR",))),
        ("Germany wants to thank Poland for its help with the refugees.", ("SUPPORT", ("DEU",), ("POL",))),
        ("Erdogan and his wife hosted Putin for a dinner in Ankara.", ("CONSULT", ("TUR",), ("RUS",))),
        ("Israel asked Egypt to open the Rafah crossing.", ("REQUEST", ("ISR",), ("EGY",))),
        ("His old friend Vladimir asked Trump to lift the sanctions.", ("REQUEST", (), ("USA",))),
        ("Serbia is our friend, and so I thank Greece for its help.", ("SUPPORT", (), ("GRC",))),
    ],
)
def test_political_act_still_codes(text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    assert expected in triples(text, DAY)


# --- the filter on its own ------------------------------------------------------------------------------------
def _event(
    kind: EventType, source: tuple[str, ...], target: tuple[str, ...], anchor: tuple[int, int]
) -> Event:
    return Event(kind, "", source, target, Polarity.ASSERTED, "", "", anchor, anchor=anchor)


def test_no_events_no_work() -> None:
    assert kept_events(tokenize("Nothing happened."), [], []) == []


def test_unanchored_event_judged_by_its_sides_only() -> None:
    tokens = tokenize("Nurses encouraged him.")
    alone = _event(EventType.REQUEST, ("medical workers",), (), (0, 0))
    state = _event(EventType.REQUEST, ("KEN",), (), (0, 0))
    assert kept_events(tokens, [], [alone, state]) == [state]


# --- bad input ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "!!! ??? ...",
        "1234 5678",
        "The doctors urged",
        "spoke to",
        "Fans protested",
        "so that they can",
        "complained about",
        "eager to",
        "My best friend",
    ],
)
def test_bad_input_never_raises(text: str) -> None:
    assert isinstance(code_sentence(text, date=DAY), list)


def test_hundred_kb_of_trigger_words() -> None:
    text = "fans protested so that they can complained about the goats eager to send aid " * 1_300
    assert len(text) > 100_000
    assert isinstance(code_sentence(text, date=DAY), list)
    tokens = tokenize(text[:20_000])
    many = [_event(EventType.PROTEST, ("protesters",), (), (0, 4))] * 50
    assert isinstance(kept_events(tokens, [], many), list)
