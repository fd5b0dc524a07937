"""The verbal-conflict lexicon (src/detente/data/lexicon/verbal-conflict.toml): every phrase codes its
ACCUSE / REJECT / PROTEST / THREATEN event with the expected source and target, and the look-alikes of the
risky words (sports, markets, weather, everyday acts) code nothing of that type. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

PUB = dt.date(2020, 1, 15)


def _events(text: str):
    return code_sentence(text, date=PUB)


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        ("Armenia levelled allegations of torture against Azerbaijan.", "ACCUSE", "ARM", "AZE"),
        ("The United States made accusations of election meddling against Russia.", "ACCUSE", "USA", "RUS"),
        ("Amnesty International documented war crimes by Russian forces.", "ACCUSE", "AMNESTY", "RUS"),
        ("UN investigators found evidence of war crimes committed by Russian forces.", "ACCUSE", "UN", "RUS"),
        ("UK says Russia behind cyber attacks on elections.", "ACCUSE", "GBR", "RUS"),
        ("Iran says US responsible for regional instability.", "ACCUSE", "IRN", "USA"),
        ("Russia says NATO to blame for the crisis in Europe.", "ACCUSE", "RUS", "NATO"),
        ("Israel said Iran was the world's main sponsor of terror.", "ACCUSE", "ISR", "IRN"),
        ("Ukraine complained to the UN Security Council about Russian shelling.", "ACCUSE", "UKR", "RUS"),
        (
            "Greece complained to the European Union about Turkish violations of its airspace.",
            "ACCUSE",
            "GRC",
            "TUR",
        ),
        ("Turkey fumed at France over the genocide bill.", "ACCUSE", "TUR", "FRA"),
        ("US officials questioned China's data on the outbreak.", "ACCUSE", "USA", "CHN"),
        (
            "China filed a WTO challenge against the United States over chip export controls.",
            "ACCUSE",
            "CHN",
            "USA",
        ),
        ("Tokyo protested strongly after Chinese ships entered its waters.", "ACCUSE", "JPN", "CHN"),
        ("China lashed the United States for hegemonic behaviour.", "ACCUSE", "CHN", "USA"),
        ("Erdogan likened Israel to Nazi Germany.", "ACCUSE", "TUR", "ISR"),
        ("Zelensky called Russia a terrorist state.", "ACCUSE", "UKR", "RUS"),
        ("South Korea protested Japan's territorial claim to the islets.", "ACCUSE", "KOR", "JPN"),
        ("Turkey held out against Sweden's membership.", "REJECT", "TUR", "SWE"),
        ("Iran barred IAEA inspectors.", "REJECT", "IRN", "IAEA"),
        ("The United States turned away the Russian delegation.", "REJECT", "USA", "RUS"),
        ("Russia would not accept NATO membership for Ukraine.", "REJECT", "RUS", "NATO"),
        ("Russia refused to rejoin the treaty.", "REJECT", "RUS", "-"),
        ("The United States nixed the deal.", "REJECT", "USA", "-"),
        ("Russia thwarted the Western bid to condemn the referendum.", "REJECT", "RUS", "-"),
        ("The Kremlin said it saw no basis for talks with Ukraine.", "REJECT", "RUS", "UKR"),
        ("Hungary stood in the way of the EU sanctions package.", "REJECT", "HUN", "EU"),
        ("Activists staged a die-in outside the Russian embassy.", "PROTEST", "-", "RUS"),
        ("Protesters set up tents outside the US embassy.", "PROTEST", "-", "USA"),
        ("Protesters set up tents in front of the Israeli embassy.", "PROTEST", "-", "ISR"),
        ('Crowds chanted "death to America" outside the US embassy.', "PROTEST", "-", "USA"),
        ('Demonstrators held signs reading "No to war" outside the Russian embassy.', "PROTEST", "-", "RUS"),
        ("Farmers dumped manure outside the European Parliament.", "PROTEST", "-", "EU"),
        ("Farmers dumped potatoes in front of the French parliament.", "PROTEST", "-", "FRA"),
        ("Hundreds of activists gathered at the gates of the American base.", "PROTEST", "-", "USA"),
        (
            "The opposition launched a campaign of civil disobedience against the government.",
            "PROTEST",
            "-",
            "-",
        ),
        ("Climate activists glued themselves to the road.", "PROTEST", "-", "-"),
        ("Hecklers heckled the Israeli ambassador.", "PROTEST", "-", "ISR"),
        ("Activists threw soup at the painting.", "PROTEST", "-", "-"),
        ("Protesters descended on Washington.", "PROTEST", "-", "USA"),
        ("Nurses took industrial action over pay.", "PROTEST", "-", "-"),
        ("Workers manned picket lines outside the plant.", "PROTEST", "-", "-"),
        ("Greek dockworkers refused to unload the Russian tanker.", "PROTEST", "-", "RUS"),
        ("Shopkeepers shuttered their businesses in protest.", "PROTEST", "-", "-"),
        ("The union shut down the port in protest.", "PROTEST", "-", "-"),
        ("The EU raised the prospect of new sanctions against Russia.", "THREATEN", "EU", "RUS"),
        ("The EU floated the possibility of sanctions against Russia.", "THREATEN", "EU", "RUS"),
        ("Iran said it would wipe Israel off the map.", "THREATEN", "IRN", "ISR"),
        ("China vowed countermeasures against the United States.", "THREATEN", "CHN", "USA"),
        ("China vowed to take resolute countermeasures.", "THREATEN", "CHN", "-"),
        ("Netanyahu vowed that Iran would pay for the attack.", "THREATEN", "ISR", "IRN"),
        ("Russia says it will respond to the US missile deployment.", "THREATEN", "RUS", "USA"),
        (
            "The United States said military options were on the table for Venezuela.",
            "THREATEN",
            "USA",
            "VEN",
        ),
        ("The United States said all options remained on the table.", "THREATEN", "USA", "-"),
        ("Israel said it would respond forcefully to any attack.", "THREATEN", "ISR", "-"),
        ("Putin called the Ukrainian leaders neo-Nazis.", "ACCUSE", "RUS", "UKR"),
        ("Russia thwarted a Western resolution on Syria.", "REJECT", "RUS", "-"),
        ("Activists threw red paint at the Russian embassy.", "PROTEST", "-", "RUS"),
        (
            "The strike marked the first industrial action by German pilots against Lufthansa.",
            "PROTEST",
            "-",
            "-",
        ),
        ("The opposition announced a campaign of civil disobedience.", "PROTEST", "opposition", "-"),
        ("Iran said it would wipe Israel off the face of the earth.", "THREATEN", "IRN", "ISR"),
        ("China vowed to take retaliatory measures against the United States.", "THREATEN", "CHN", "USA"),
        ("India said Canada was a safe haven for terrorists.", "ACCUSE", "IND", "CAN"),
        ("Turkey said Sweden was harbouring terrorists.", "ACCUSE", "TUR", "SWE"),
        ("The United States said China was engaged in genocide against the Uyghurs.", "ACCUSE", "USA", "CHN"),
        ("Russia said the United States had unleashed the war.", "ACCUSE", "RUS", "USA"),
        ("Ukraine said Russia provoked the crisis.", "ACCUSE", "UKR", "RUS"),
        ("China said the United States was the root cause of the crisis.", "ACCUSE", "CHN", "USA"),
        (
            "Islamabad has informed the U.N. Security Council about the Indian attacks.",
            "ACCUSE",
            "PAK",
            "IND",
        ),
        (
            "Iran's foreign ministry called the American sanctions a crime against humanity.",
            "ACCUSE",
            "IRN",
            "-",
        ),
        ("Hamas called the Israeli blockade collective punishment.", "ACCUSE", "HAMAS", "-"),
        ("Iran described the American sanctions as economic terrorism.", "ACCUSE", "IRN", "-"),
        ("Zelensky said Russia's proposals were dead on arrival.", "REJECT", "UKR", "RUS"),
        ("China said it would crush any separatist attempts.", "THREATEN", "CHN", "-"),
        ("Iran said it would punish the aggressors.", "THREATEN", "IRN", "-"),
        ("China told the United States to stop playing with fire.", "THREATEN", "CHN", "USA"),
        ("Taiwan faced threats from China.", "THREATEN", "CHN", "TWN"),
        ("Washington said Beijing was engaging in coercive behaviour.", "ACCUSE", "USA", "CHN"),
        ("Britain said Russia was conducting a campaign of sabotage.", "ACCUSE", "GBR", "RUS"),
        ("Ukraine said Russia was lying.", "ACCUSE", "UKR", "RUS"),
        ("The United States said Russia had been lying.", "ACCUSE", "USA", "RUS"),
        ("Britain said Russia had poisoned the former spy.", "ACCUSE", "GBR", "RUS"),
        ("Russia said Kyiv's regime was neo-Nazi.", "ACCUSE", "RUS", "UKR"),
        ("Iran said it would never negotiate under pressure.", "REJECT", "IRN", "-"),
        ("Ukraine said it would never give up Crimea.", "REJECT", "UKR", "-"),
        ("The Kremlin said it was not interested in talks with Kyiv.", "REJECT", "RUS", "UKR"),
        ("Russia said it would consider any attack on Crimea an attack on Russia.", "THREATEN", "RUS", "-"),
        ("China said it would not renounce the use of force against Taiwan.", "THREATEN", "CHN", "TWN"),
        ("Iran said US bases in the region were within range of its missiles.", "THREATEN", "IRN", "USA"),
        ("Iran said Israel would receive a crushing response.", "THREATEN", "IRN", "ISR"),
    ],
)
def test_phrase_codes_its_event(text: str, etype: str, source: str, target: str) -> None:
    events = [e for e in _events(text) if e.event.value == etype]
    assert events, f"no {etype} in {text!r}: {_events(text)}"
    assert any(
        (source == "-" or source in e.source) and (target == "-" or target in e.target) for e in events
    ), f"{etype} {source}>{target} not in {events}"


@pytest.mark.parametrize(
    "text",
    [
        "Police thwarted a bid to smuggle weapons into Germany.",
        "Fans gathered at the gates of the stadium.",
        "The comedian heckled the audience.",
        "The child threw paint at the wall.",
        "Shoppers dumped potatoes at the market.",
        "The boy scouts set up tents near the lake.",
        "The striker struck twice for Arsenal.",
        "Workers launched a strike at the Samsung plant.",
        "Tourists set up tents outside the town.",
    ],
)
def test_protest_lookalikes_code_no_protest(text: str) -> None:
    assert not [e for e in _events(text) if e.event.value == "PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Scientists questioned the data from the trial.",
        "Investors fumed at the losses.",
        "Lavrov called China a partner in the fight against terrorists.",
        "The minister said Gazprom was responsible for gas deliveries to Europe.",
        "The scientist documented abuses by the company.",
        "The firm filed a challenge against the patent.",
        "Analysts compared the market to a casino.",
        "Islamabad informed the Security Council about the situation in Kashmir.",
        "Scientists said the virus was lying dormant.",
        "The company said hackers had stolen customer data.",
    ],
)
def test_accuse_lookalikes_code_no_accusation(text: str) -> None:
    assert not [e for e in _events(text) if e.event.value == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "The government will respond to the strikes with new talks.",
        "Inflation would hit households hard.",
        "The government vowed to take decisive action to tackle poverty.",
        "The government said it would punish any officials found guilty of corruption.",
        "The coach said the team would crush any opponent.",
        "The village is within range of the river.",
        "The team will face a tough answer from the fans.",
        "The company floated its shares on the London stock exchange.",
        "Floods wiped the village off the map.",
        "The bank raised the prospect of tariffs on steel imports.",
    ],
)
def test_threaten_lookalikes_code_no_threat(text: str) -> None:
    assert not [e for e in _events(text) if e.event.value == "THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "Police thwarted a bid to smuggle weapons into Germany.",
        "The coach nixed the trade.",
        "The French team held out against Germany for a draw.",
        "The coast guard turned away a migrant boat.",
        "The patient would never give up hope.",
        "The minister said he was not interested in the deal for the stadium.",
    ],
)
def test_reject_lookalikes_code_no_rejection(text: str) -> None:
    assert not [e for e in _events(text) if e.event.value == "REJECT"]
