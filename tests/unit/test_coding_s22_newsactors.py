"""Actors of ordinary English news (s22-newsactors): cabinet portfolios as titles of their state, a party's
people as the party, news groups (doctors, nurses, unions, critics), federal agents and prosecutors as the
United States, and a portfolio word before an office noun is no verb (logic in detente.coding.newsactors,
data in detente/data/newsactors.toml). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.coded import triples

from detente.coding import newsactors
from detente.coding.actors import load_dictionary
from detente.coding.coder import code_sentence
from detente.coding.patterns import tokenize

DAY = dt.date(2024, 3, 14)


def sources(text: str, etype: str) -> set[tuple[str, ...]]:
    return {s for t, s, _ in triples(text, DAY) if t == etype}


# ------------------------------------------------------------------------------ portfolios as titles


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        ("India's home minister accused Pakistan of sponsoring terrorism.", "ACCUSE", ("IND",)),
        ("France's finance minister criticised the United States over its tariffs.", "ACCUSE", ("FRA",)),
        ("Pakistan's information minister accused India of spreading propaganda.", "ACCUSE", ("PAK",)),
        ("China's commerce ministry accused the United States of bullying.", "ACCUSE", ("CHN",)),
        (
            "US Treasury Secretary Janet Yellen urged China to stop subsidising its factories.",
            "REQUEST",
            ("USA",),
        ),
        ("Japan's chief cabinet secretary condemned North Korea's missile launch.", "ACCUSE", ("JPN",)),
        ("Kenya's interior cabinet secretary accused Somalia of harbouring militants.", "ACCUSE", ("KEN",)),
        ("India's external affairs minister criticised Canada.", "ACCUSE", ("IND",)),
        ("The Brazilian environment minister accused Paraguay of ignoring the fires.", "ACCUSE", ("BRA",)),
        (
            "Poland's migration minister accused Belarus of pushing migrants across the border.",
            "ACCUSE",
            ("POL",),
        ),
        ("Ghana's minister of information condemned the coup in Niger.", "ACCUSE", ("GHA",)),
        ("Australia's trade and industry minister urged China to lift its tariffs.", "REQUEST", ("AUS",)),
    ],
)
def test_a_portfolio_minister_is_the_state_named_with_them(
    text: str, etype: str, source: tuple[str, ...]
) -> None:
    assert source in sources(text, etype)


@pytest.mark.parametrize(
    "text",
    [
        "Reuters - Former finance minister John Doe was elected speaker of parliament.",
        "Reuters - Former finance official Jane Roe was named head of the central bank.",
        "A finance official said the budget was balanced.",
        "The finance ministers of the bloc met in Brussels.",
    ],
)
def test_a_portfolio_word_before_an_office_is_no_funding(text: str) -> None:
    assert not any(t == "AID" for t, _, _ in triples(text, DAY))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States will finance the army of Ukraine.", ("AID", ("USA",), ("UKR",))),
        ("Japan will finance the reconstruction of Ukraine.", ("AID", ("JPN",), ("UKR",))),
    ],
)
def test_finance_as_a_verb_still_funds(text: str, expected: object) -> None:
    assert expected in triples(text, DAY)


def test_a_portfolio_minister_alone_is_no_state() -> None:
    found = triples("The home minister accused the opposition of lying.", DAY)
    assert not any(s and s[0].isupper() and len(s[0]) == 3 for _, s, _ in found)


# -------------------------------------------------------------------------------- a party's people


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        ("Republicans accused the Biden administration of weakness on China.", "ACCUSE", ("republicans",)),
        ("Democrats criticised the Supreme Court ruling on abortion.", "ACCUSE", ("democrats",)),
        ("Republican presidential candidates criticised China.", "ACCUSE", ("republicans",)),
        ("Senior Labour figures criticised Israel over the bombing of Gaza.", "ACCUSE", ("labour",)),
        ("The Democratic Party condemned Russia's invasion of Ukraine.", "ACCUSE", ("democrats",)),
        ("The Republican Party accused Mexico of failing to stop the cartels.", "ACCUSE", ("republicans",)),
        ("Democratic leaders urged Israel to allow more aid into Gaza.", "REQUEST", ("democrats",)),
        (
            "Labour politicians condemned the attack on the embassy in Tehran by Iranian protesters.",
            "ACCUSE",
            ("labour",),
        ),
    ],
)
def test_a_partys_people_are_the_party(text: str, etype: str, source: tuple[str, ...]) -> None:
    assert source in sources(text, etype)


@pytest.mark.parametrize(
    ("text", "not_code"),
    [
        ("The Social Democrats criticised Russia.", "democrats"),
        ("The Sweden Democrats criticised Turkey.", "democrats"),
        ("The Liberal Democrats criticised the United States.", "democrats"),
        ("Iraq's Republican Guard attacked Kuwait.", "republicans"),
        ("Uganda sent troops to the Democratic Republic of Congo.", "democrats"),
        ("Russia's democratic opposition criticised the Kremlin.", "democrats"),
        # legislators act for their state: the news gold keeps them "lawmakers"/the state, not the party
        ("Republican lawmakers urged the White House to send weapons to Israel.", "republicans"),
        ("Democratic senators urged the White House to release the documents.", "democrats"),
    ],
)
def test_party_look_alikes_are_not_the_party(text: str, not_code: str) -> None:
    found = triples(text, DAY)
    assert not any(not_code in s or not_code in t for _, s, t in found)


# ---------------------------------------------------------------------------------- news groups


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        ("Nurses threatened to strike over pay in Zimbabwe.", "THREATEN", ("nurses",)),
        ("Doctors criticised the government of Kenya over unpaid salaries.", "ACCUSE", ("doctors",)),
        ("Hospital doctors accused the Health Ministry of Zimbabwe of neglect.", "ACCUSE", ("doctors",)),
        ("Nurses and doctors threatened to walk out in Kenya.", "THREATEN", ("doctors", "nurses")),
        ("The teachers' union criticised the government of Ohio.", "ACCUSE", ("unions",)),
        ("Union leaders criticised the government of Argentina.", "ACCUSE", ("unions",)),
        ("Critics accused the president of Brazil of corruption.", "ACCUSE", ("critics",)),
    ],
)
def test_news_groups(text: str, etype: str, source: tuple[str, ...]) -> None:
    assert source in sources(text, etype)


def test_plain_trade_unions_stay_workers() -> None:
    # dev-world-news codes plain "unions" as workers; only a named kind of union is "unions"
    assert ("workers",) in sources("Trade unions criticised the government of France.", "ACCUSE")


def test_critics_as_the_ones_arrested() -> None:
    assert ("COERCE", ("UGA",), ("critics",)) in triples(
        "Critics of the government were arrested by police in Uganda.", DAY
    )


# ------------------------------------------------------------------------ federal agents and prosecutors


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Federal agents arrested two men in Chicago.", ("USA",)),
        ("Federal prosecutors charged a Russian national with money laundering.", ("USA",)),
        ("Federal investigators detained the pilot of the cargo plane in Miami.", ("USA",)),
    ],
)
def test_federal_agents_are_the_united_states(text: str, source: tuple[str, ...]) -> None:
    assert source in sources(text, "COERCE")


@pytest.mark.parametrize(
    ("text", "not_code"),
    [
        ("Russian federal authorities detained a US journalist.", "USA"),  # the USA is the target only
        ("The federal budget will fund new schools.", "USA"),
    ],
)
def test_federal_look_alikes(text: str, not_code: str) -> None:
    assert not any(not_code in s for _, s, _ in triples(text, DAY))


# ---------------------------------------------------------------------------------- data and helpers


def test_extend_leaves_its_input_alone_and_moves_overridden_phrases() -> None:
    data = {
        "groups": {"workers": ["workers", "teachers union"], "medical workers": ["doctors", "medics"]},
        "titles": {"Minister": {"forms": ["minister"], "for": "state"}},
        "states": {"USA": {"names": ["United States"]}},
        "ignore": {"phrases": ["Minsk agreements"]},
    }
    out = newsactors.extend(data)
    assert data["groups"]["workers"] == ["workers", "teachers union"]
    assert "teachers union" not in out["groups"]["workers"] and "teachers union" in out["groups"]["unions"]
    assert out["groups"]["medical workers"] == ["medics"] and "doctors" in out["groups"]["doctors"]
    assert "finance minister" in out["titles"]["Minister"]["forms"]
    assert "federal agents" in out["states"]["USA"]["metonyms"]
    assert {"Minsk agreements", "Social Democrats"} <= set(out["ignore"]["phrases"])


def test_extend_with_empty_additions_changes_nothing() -> None:
    data = {"groups": {"workers": ["workers"]}, "titles": {}, "states": {}, "ignore": {"phrases": []}}
    assert newsactors.extend(data, {}) == data


def test_minister_and_party_forms() -> None:
    forms = newsactors.minister_forms(
        {"words": ["finance"], "secretaries": ["treasury"], "others": ["x chief"]}
    )
    assert {
        "finance minister",
        "ministry of finance",
        "minister for finance",
        "treasury secretary",
        "x chief",
    } <= set(forms)
    assert newsactors.minister_forms({}) == []
    party = newsactors.party_forms({"adjective": "Labour", "forms": ["Labour Party"]}, ["figures", "MPs"])
    assert party == ["Labour figures", "Labour MPs", "Labour Party"]
    assert newsactors.party_forms({"adjective": ""}, ["figures"]) == []


def test_the_shipped_dictionary_holds_the_additions() -> None:
    found = {m.code for m in load_dictionary().match("Senior Labour figures and Federal agents", date=DAY)}
    assert {"labour", "USA"} <= found


# ------------------------------------------------------------------------------------------ bad input


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "1234 5678 -- !!",
        "India's home minister",
        "Republicans accused",
        "Federal agents arrested",
        "Former finance",
        "finance minister finance minister",
    ],
)
def test_bad_input_never_raises(text: str) -> None:
    events = code_sentence(text, date=DAY)
    assert isinstance(events, list)
    assert not any(e.event.value == "AID" for e in events)


def test_a_huge_text_of_trigger_words_codes_nothing() -> None:
    text = "Republicans accused Federal agents of finance minister abuse. " * 1700  # ~100 KB
    assert len(text) > 100_000
    assert code_sentence(text, date=DAY) == []


def test_office_modifier_on_fragments() -> None:
    tokens = tokenize("finance")
    assert newsactors.office_modifier(tokens, _FakeTrigger(0, 1)) is False  # nothing after the word
    tokens = tokenize("finance minister")
    assert newsactors.office_modifier(tokens, _FakeTrigger(0, 1)) is True
    tokens = tokenize("help officials")
    assert newsactors.office_modifier(tokens, _FakeTrigger(0, 1)) is False  # "help" names no portfolio


class _FakePhrase:
    verbal = True


class _FakeMatch:
    phrase = _FakePhrase()


class _FakeTrigger:
    def __init__(self, tok_start: int, tok_end: int) -> None:
        self.tok_start = tok_start
        self.tok_end = tok_end
        self.match = _FakeMatch()

    @property
    def verbal(self) -> bool:
        return True


# ------------------------------------------------------------------- reported speech, speaker after it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We condemn the Russian strikes," a State Department spokesman said.',
            ("ACCUSE", ("USA",), ("RUS",)),
        ),
        (
            "\u201cWe strongly condemn Russia's attack on Kyiv,\u201d the German foreign minister said.",
            ("ACCUSE", ("DEU",), ("RUS",)),
        ),
        (
            '"We will support Ukraine for as long as it takes," the Polish president said on Monday.',
            ("SUPPORT", ("POL",), ("UKR",)),
        ),
        (
            '"We urge China to release the detained journalists," said a spokesman for the British Foreign Office.',
            ("REQUEST", ("GBR",), ("CHN",)),
        ),
        (
            '"We reject the demands of Washington," Iran\'s foreign minister said in a statement.',
            ("REJECT", ("IRN",), ("USA",)),
        ),
        (
            '"We call on Israel to stop the bombing," the Egyptian foreign ministry said.',
            ("REQUEST", ("EGY",), ("ISR",)),
        ),
        (
            '"Our country will impose sanctions on Belarus," Lithuania\'s prime minister told reporters.',
            ("SANCTION", ("LTU",), ("BLR",)),
        ),
        ('"Russia must withdraw its troops," the German chancellor said.', ("REQUEST", ("DEU",), ("RUS",))),
        (
            '"We condemn the Russian strikes," said Annalena Baerbock, the German foreign minister.',
            ("ACCUSE", ("DEU",), ("RUS",)),
        ),
        (
            '"We condemn the Russian strikes," John Smith, the Canadian defence minister, said.',
            ("ACCUSE", ("CAN",), ("RUS",)),
        ),
        (
            '"Turkey condemns the Israeli raid," Turkish President Recep Tayyip Erdogan said.',
            ("ACCUSE", ("TUR",), ("ISR",)),
        ),
        (
            '"We have imposed sanctions on Iran," the British foreign secretary told parliament.',
            ("SANCTION", ("GBR",), ("IRN",)),
        ),
    ],
)
def test_an_opening_quote_is_what_its_speaker_says(text: str, expected: object) -> None:
    assert expected in triples(text, DAY)


@pytest.mark.parametrize(
    ("text", "not_source"),
    [
        ('"We will not accept this," the minister said of the Russian demands.', "RUS"),
        ('"We condemn the attacks," the spokesman said of the Russian strikes on Kyiv.', "UKR"),
        ('"We condemn the Russian strikes," he said.', "RUS"),
    ],
)
def test_what_a_quote_is_said_of_is_not_its_speaker(text: str, not_source: str) -> None:
    assert not any(t == "ACCUSE" and not_source in s for t, s, _ in triples(text, DAY))


@pytest.mark.parametrize(
    "text",
    [
        'He said Israel "knows very well how to attack," without giving details.',
        '"Russia attacks Ukraine" was the headline of the newspaper.',
        '"Is Russia attacking us?" the Polish president asked.',
    ],
)
def test_short_quotes_that_are_no_reported_speech_stay_uncoded(text: str) -> None:
    assert not any(t == "ASSAULT" for t, _, _ in triples(text, DAY))


def test_quote_helpers_on_fragments() -> None:
    assert newsactors.quoted_speaker("", []) is None
    assert newsactors.quoted_speaker('"We condemn', []) is None
    assert newsactors.quoted_speaker('"We condemn it," the', []) is None
    assert newsactors.quoted_speaker('"' + "condemn " * 20000 + '," he said', []) is None


# ------------------------------------------------------------------ lists of examples, treaties named by a city


@pytest.mark.parametrize(
    ("text", "sources_"),
    [
        (
            "Countries like China, Iran, Turkey and Russia have blocked news websites.",
            ("CHN", "IRN", "RUS", "TUR"),
        ),
        ("Some countries, like China, Iran and Russia, have blocked news websites.", ("CHN", "IRN", "RUS")),
        ("Nations such as Iran and North Korea have blocked news websites.", ("IRN", "PRK")),
    ],
)
def test_a_class_of_states_by_its_examples(text: str, sources_: tuple[str, ...]) -> None:
    assert sources_ in sources(text, "COERCE")


def test_a_preposition_before_the_class_keeps_it_an_object() -> None:
    found = triples("Sanctions on countries like Iran and North Korea were criticised by Russia.", DAY)
    assert not any("IRN" in s for t, s, _ in found if t == "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "Trump announced that his country would exit the landmark Paris climate accord.",
        "Trump said the US would quit the Paris climate deal.",
    ],
)
def test_the_paris_climate_accord_is_no_france(text: str) -> None:
    assert not any("FRA" in t for _, _, t in triples(text, DAY))


def test_a_bare_politicians_name_after_the_quote_names_no_we() -> None:
    # "we" of a politician named bare is party, campaign or government: left open; an office names it
    assert ("ACCUSE", (), ("RUS",)) in triples('"We condemn the Russian strikes," Macron said.', DAY)
    assert ("ACCUSE", ("FRA",), ("RUS",)) in triples(
        '"We condemn the Russian strikes," French President Emmanuel Macron said.', DAY
    )
