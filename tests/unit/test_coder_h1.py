"""Headlines: Title Case and ALL-CAPS headlines of news lists read in sentence case with the same offsets, and
headline grammar ("NATO to suspend ..." is a plan; "Lavrov, Kerry meet ..." lists two subjects). Every
rule has look-alikes that must stay as they are: a sentence with many names, quoted titles of books and
treaties, an acronym list, a speaker's label, a byline, a long Title Case text with a full stop, a shouted
notice."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from tests.coded import with_polarity

from detente.coding.actors import load_dictionary
from detente.coding.coder import code_sentence
from detente.coding.headline import reading
from detente.coding.patterns import load_patterns, words

DAY = dt.date(2016, 7, 10)


def read(text: str) -> str:
    return reading(text, dictionary=load_dictionary(), date=DAY, patterns=load_patterns())


# ----------------------------------------------------------------------------------------------- reading


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "NATO Suspends Practical Cooperation With Russia",
            "NATO suspends practical cooperation with Russia",
        ),
        ("Russia Expels Two NATO Diplomats", "Russia expels two NATO diplomats"),
        ("POLAND EXPELS THREE RUSSIAN DIPLOMATS", "Poland expels three Russian diplomats"),
        # a title keeps its capitals; a demonym's common noun does not
        (
            "Estonia Summons Russian Ambassador Over Airspace Violation",
            "Estonia summons Russian Ambassador over airspace violation",
        ),
        ("Russian Troops Leave Georgia", "Russian troops leave Georgia"),
        # a name the dictionary finds only with its capitals keeps them
        (
            "Black Sea Fleet Frigate Joins Drills Off Crimea",
            "Black Sea Fleet frigate joins drills off Crimea",
        ),
        # the topic before a colon stays as written; the headline's first word keeps its capital
        (
            "Ukraine Crisis: Allies Condemn Russia's Illegal Annexation Of Crimea",
            "Ukraine Crisis: Allies condemn Russia's illegal annexation of Crimea",
        ),
        # a dated month keeps its capital, the modal does not; a place after "in" at the end keeps it
        ("Russia And Belarus To Hold Joint Drills In May", "Russia and Belarus to hold joint drills in May"),
        (
            "Each Side May Conduct Inspections Under The Treaty",
            "Each side may conduct inspections under the treaty",
        ),
        ("Lavrov, Kerry Meet In Geneva", "Lavrov, Kerry meet in Geneva"),
        # acronyms and names with inner capitals stay
        ("OSCE Monitors Report Shelling Near Donetsk", "OSCE monitors report shelling near Donetsk"),
    ],
)
def test_headline_read_in_sentence_case(headline: str, expected: str) -> None:
    assert read(headline) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an ordinary sentence with many names
        "Vladimir Putin, Angela Merkel, Francois Hollande and Petro Poroshenko met in Minsk on Wednesday.",
        # quoted titles of a book and of a treaty inside ordinary sentences
        'Putin presented the book "The Art Of Strategic Patience" to the President of France.',
        'Russia suspended its participation in the "Treaty On Conventional Armed Forces In Europe" in 2007.',
        # an all-caps acronym list, a line of names, a speaker's label, a byline, a greeting
        "NATO, EU, OSCE, UN AND CSTO",
        "Sergei Lavrov, John Kerry",
        "Deputy Finance Minister Ivan Sorokin: Mr President,",
        "Reporting by Anna Petrova in Moscow; Editing by John Smith",
        "Olga Ivanova: Hello, Mr President.",
        # a long Title Case text with a full stop, a shouted notice
        "The Foreign Ministers Of Russia And Turkey Met In Sochi On Tuesday To Discuss The Situation In Syria.",
        "THE SECRETARIAT SHALL NOT BE RESPONSIBLE FOR ANY CLAIMS ARISING FROM THE USE OF THIS SITE BY THIRD "
        "PARTIES IN ANY COUNTRY",
        # a sentence-case headline and a question need nothing
        "NATO suspends practical cooperation with Russia",
        "Will NATO Suspend Cooperation With Russia?",
    ],
)
def test_other_text_unchanged(text: str) -> None:
    assert read(text) is text


@pytest.mark.parametrize(
    "text",
    [
        "NATO Suspends Practical Cooperation With Russia",
        "KREMLIN SAYS NATO'S BUILD-UP THREATENS RUSSIA",
        "Istanbul Talks: Delegations Of Russia And Ukraine Meet At Dolmabahçe Palace",
        "İstanbul Hosts Talks Between Russian And Ukrainian Delegations",
    ],
)
def test_reading_keeps_length_and_letters(text: str) -> None:
    out = read(text)
    assert len(out) == len(text)
    assert out.lower() == text.lower() or out.casefold() == text.casefold()
    assert out != text


# ----------------------------------------------------------------------------------------------- coding


@pytest.mark.parametrize(
    ("headline", "event", "source", "target"),
    [
        ("NATO Suspends Practical Cooperation With Russia", "SANCTION", ("NATO",), ("RUS",)),
        ("Russia Expels Two NATO Diplomats", "SANCTION", ("RUS",), ("NATO",)),
        ("POLAND EXPELS THREE RUSSIAN DIPLOMATS", "SANCTION", ("POL",), ("RUS",)),
        ("NATO Secretary General Meets Russian Foreign Minister", "CONSULT", ("NATO",), ("RUS",)),
        ("Turkey Shoots Down Russian Warplane Near Syrian Border", "ASSAULT", ("TUR",), ("RUS",)),
        ("Kremlin Condemns NATO Build-Up Near Russian Borders", "ACCUSE", ("RUS",), ("NATO",)),
        ("NATO Foreign Ministers Reaffirm Support For Ukraine", "SUPPORT", ("NATO",), ("UKR",)),
        ("Lavrov Warns NATO Against Expansion To Georgia", "THREATEN", ("RUS",), ("NATO",)),
        ("Ukraine Crisis: NATO Suspends Practical Cooperation With Russia", "SANCTION", ("NATO",), ("RUS",)),
    ],
)
def test_title_case_headline_codes_as_a_sentence(
    headline: str, event: str, source: tuple[str, ...], target: tuple[str, ...]
) -> None:
    # a headline's present tense reports what happened: asserted
    assert (event, source, target, "asserted") in with_polarity(headline, DAY)


def test_evidence_points_into_the_headline_as_written() -> None:
    text = "Ukraine Crisis: NATO Suspends Practical Cooperation With Russia"
    (event,) = code_sentence(text, date=DAY)
    start, end = event.evidence
    assert text[start:end].startswith("NATO Suspends")
    assert text[start:end].endswith("Russia")


@pytest.mark.parametrize(
    ("headline", "event", "source", "target", "polarity"),
    [
        ("NATO to suspend cooperation with Russia", "SANCTION", ("NATO",), ("RUS",), "future"),
        ("NATO To Suspend Cooperation With Russia", "SANCTION", ("NATO",), ("RUS",), "future"),
        ("Putin to meet Erdogan in Sochi", "CONSULT", ("RUS",), ("TUR",), "future"),
        ("Kremlin To Expel Polish Diplomats", "SANCTION", ("RUS",), ("POL",), "future"),
        (
            "Ukraine crisis: NATO to suspend practical cooperation with Russia",
            "SANCTION",
            ("NATO",),
            ("RUS",),
            "future",
        ),
        ("Russia and Belarus to hold joint drills", "COOPERATE", ("BLR", "RUS"), (), "future"),
        # a bare comma lists the headline's subjects when a plural verb (or "to") follows them
        ("Lavrov, Stoltenberg discuss Ukraine", "CONSULT", ("NATO", "RUS"), (), "asserted"),
        ("Lavrov, Kerry meet in Geneva", "CONSULT", ("RUS", "USA"), (), "asserted"),
        ("Lavrov, Kerry Meet In Geneva", "CONSULT", ("RUS", "USA"), (), "asserted"),
        ("Lavrov, Kerry to meet in Geneva", "CONSULT", ("RUS", "USA"), (), "future"),
        ("Moscow, Ankara agree on Syria ceasefire", "AGREE", ("RUS", "TUR"), (), "asserted"),
    ],
)
def test_headline_grammar(
    headline: str, event: str, source: tuple[str, ...], target: tuple[str, ...], polarity: str
) -> None:
    assert with_polarity(headline, DAY) == {(event, source, target, polarity)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "to" after an object or a noun is no headline plan
        ("NATO urged Russia to withdraw its troops.", ("REQUEST", ("NATO",), ("RUS",), "asserted")),
        (
            "The Allies decided to suspend cooperation with Russia.",
            ("SANCTION", ("NATO",), ("RUS",), "asserted"),
        ),
        # a comma before an apposition or after a place opens no list
        (
            "Lavrov, Russia's foreign minister, met Kerry in Geneva.",
            ("CONSULT", ("RUS",), ("USA",), "asserted"),
        ),
        ("In Moscow, Putin met Erdogan.", ("CONSULT", ("RUS",), ("TUR",), "asserted")),
    ],
)
def test_grammar_look_alikes(text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...], str]) -> None:
    assert with_polarity(text, DAY) == {expected}


def test_singular_verb_after_comma_lists_nothing() -> None:
    # "Kerry, Lavrov says, ...": the verb agrees with one subject; the name before the comma is no co-subject
    events = with_polarity("Kerry, Lavrov says NATO expansion threatens Russia", DAY)
    assert not any(source == ("RUS", "USA") for _, source, _, _ in events)


# ----------------------------------------------------------------------------------------------- property

_SMALL = words("a an the and but or nor for of in on at to by as from with")


def _title_case(text: str) -> str:
    words = iter(range(10_000))

    def cap(m: re.Match[str]) -> str:
        w = m.group()
        first = next(words) == 0
        return w if (w.lower() in _SMALL and not first) else w[:1].upper() + w[1:]

    return re.sub(r"[A-Za-z][\w'’-]*", cap, text.rstrip(".")).rstrip()


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia expelled two Estonian diplomats in retaliation.",
        "The Secretary General welcomed the decision of Montenegro to join the Alliance.",
        "Turkish jets shot down a Russian bomber near the Syrian border.",
        "Germany and France urged Russia to respect the ceasefire in eastern Ukraine.",
        "Putin met Erdogan in Sochi to discuss the situation in Syria.",
        "NATO will deploy four battalions to Poland and the Baltic states.",
        "Moscow accused Washington of violating the INF Treaty.",
        "Ukraine and Russia agreed to exchange prisoners.",
    ],
)
def test_title_case_of_a_sentence_codes_the_same(sentence: str) -> None:
    plain = with_polarity(sentence, DAY)
    assert plain
    assert with_polarity(_title_case(sentence), DAY) == plain


# ----------------------------------------------------------------------------------------------- give way


@pytest.mark.parametrize(
    "text",
    [
        "Several opposition lawmakers attended a rally that gave way to riots.",
        "Talks between Serbia and Kosovo gave way to a new round of clashes.",
        "Moscow's early optimism gave way to frustration.",
    ],
)
def test_giving_way_to_a_thing_is_no_concession(text: str) -> None:
    assert not any(e == "CONCEDE" for e, _, _, _ in with_polarity(text, DAY))


def test_giving_way_to_pressure_is_a_concession() -> None:
    events = with_polarity("Russia gave way to pressure from NATO and withdrew.", DAY)
    assert ("CONCEDE", ("RUS",), ("NATO",), "asserted") in events


# ----------------------------------------------------------------------------------------------- passive


@pytest.mark.parametrize(
    ("headline", "event", "source", "target"),
    [
        # the state a diplomat is expelled from expels
        ("Two Russian diplomats expelled from Poland", "SANCTION", ("POL",), ("RUS",)),
        ("Georgian Journalist Detained In Abkhazia", "COERCE", (), ("GEO",)),
        ("Russian jet shot down over Turkey", "ASSAULT", (), ("RUS",)),
    ],
)
def test_headline_participle_is_passive(
    headline: str, event: str, source: tuple[str, ...], target: tuple[str, ...]
) -> None:
    # what was done to the phrase that opens the headline: that phrase is no doer
    events = with_polarity(headline, DAY)
    assert (event, source, target, "asserted") in events
    assert not any(s == target for _, s, _, _ in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Five Polish diplomats have been expelled from Russia.",
            ("SANCTION", ("RUS",), ("POL",), "asserted"),
        ),
        ("Russia was expelled from the G8 in 2014.", ("SANCTION", ("G8",), ("RUS",), "asserted")),
    ],
)
def test_expelled_from_names_the_expeller(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...], str]
) -> None:
    assert with_polarity(text, DAY) == {expected}


def test_expelled_from_a_place_names_no_expeller() -> None:
    assert not any(
        s for _, s, _, _ in with_polarity("The ambassador was expelled from the embassy compound.", DAY)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an object after the verb: the active voice
        ("Russia expelled two Polish diplomats", ("SANCTION", ("RUS",), ("POL",), "asserted")),
        # an agent after "by" names the doer, as before
        ("Estonian officer abducted by Russian agents", ("ASSAULT", ("RUS",), ("EST",), "asserted")),
        # a body's name before a noun only describes it
        ("Kremlin critic arrested in Moscow", ("COERCE", ("RUS",), (), "asserted")),
    ],
)
def test_headline_participle_look_alikes(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...], str]
) -> None:
    assert expected in with_polarity(text, DAY)


def test_movement_verb_is_no_passive() -> None:
    assert ("MOBILIZE", ("RUS",), (), "asserted") in with_polarity(
        "Russian troops massed near the border", DAY
    )
