"""The material-conflict lexicon (data/lexicon/material-conflict.toml): each phrase codes its event with the
expected source and target in a news-style sentence, and the risky words stay silent in look-alikes."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

PUB = dt.date(2020, 1, 15)


def events_of(text: str, etype: str) -> list[tuple[set[str], set[str]]]:
    return [(set(e.source), set(e.target)) for e in code_sentence(text, date=PUB) if e.event.value == etype]


# (sentence, event type, source, target); target None: not checked (the event stands without one)
POSITIVES = [
    # SANCTION: trade measures
    ("Beijing curbed rare earth exports to Japan.", "SANCTION", {"CHN"}, {"JPN"}),
    ("China curbed imports of Australian wine.", "SANCTION", {"CHN"}, {"AUS"}),
    ("The United States barred Russian oil imports.", "SANCTION", {"USA"}, {"RUS"}),
    ("Russia blocked imports of Norwegian fish.", "SANCTION", {"RUS"}, {"NOR"}),
    ("Washington doubled tariffs on Turkish steel.", "SANCTION", {"USA"}, {"TUR"}),
    ("The United States placed Chinese chipmakers under export restrictions.", "SANCTION", {"USA"}, {"CHN"}),
    ("Saudi Arabia boycotted Turkish goods.", "SANCTION", {"SAU"}, {"TUR"}),
    ("Canada revoked Russia's most-favoured-nation status.", "SANCTION", {"CAN"}, {"RUS"}),
    ("The United States suspended Russia's trade privileges.", "SANCTION", {"USA"}, {"RUS"}),
    (
        "Japan removed South Korea from its white list of trusted trading partners.",
        "SANCTION",
        {"JPN"},
        {"KOR"},
    ),
    ("Japan dropped South Korea from its whitelist.", "SANCTION", {"JPN"}, {"KOR"}),
    ("Britain announced a diplomatic boycott of the Beijing Olympics.", "SANCTION", {"GBR"}, {"CHN"}),
    ("China hit back with tariffs on American soybeans.", "SANCTION", {"CHN"}, {"USA"}),
    ("Washington black-listed dozens of Russian companies.", "SANCTION", {"USA"}, {"RUS"}),
    ("China placed export curbs on gallium shipments to the United States.", "SANCTION", {"CHN"}, {"USA"}),
    ("The United States froze $7 billion of Afghan central bank reserves.", "SANCTION", {"USA"}, {"AFG"}),
    # SANCTION: aid, funds, intelligence and agreements cut
    ("The United States slashed aid to the Palestinians.", "SANCTION", {"USA"}, {"PSE"}),
    ("Israel withheld tax revenues from the Palestinian Authority.", "SANCTION", {"ISR"}, {"PSE"}),
    ("The European Union suspended pre-accession funds for Turkey.", "SANCTION", {"EU"}, {"TUR"}),
    ("The EU froze budget support to Mali.", "SANCTION", {"EU"}, {"MLI"}),
    ("The United States halted intelligence sharing with Ukraine.", "SANCTION", {"USA"}, {"UKR"}),
    ("Washington paused intelligence-sharing with Kyiv.", "SANCTION", {"USA"}, {"UKR"}),
    ("Turkey suspended the sharing of intelligence with Israel.", "SANCTION", {"TUR"}, {"ISR"}),
    ("Washington cut off intelligence sharing with Pakistan.", "SANCTION", {"USA"}, {"PAK"}),
    (
        "Washington's suspension of intelligence sharing with Kyiv angered Ukrainian officials.",
        "SANCTION",
        {"USA"},
        {"UKR"},
    ),
    ("Niger revoked its military agreements with France.", "SANCTION", {"NER"}, {"FRA"}),
    ("Mali tore up its defence agreements with France.", "SANCTION", {"MLI"}, {"FRA"}),
    ("The United States removed Turkey from the F-35 programme.", "SANCTION", {"USA"}, {"TUR"}),
    ("South Korea closed the joint industrial zone with North Korea.", "SANCTION", {"KOR"}, {"PRK"}),
    ("Kazakhstan shuttered its trade mission in Russia.", "SANCTION", {"KAZ"}, {"RUS"}),
    ("The US embassy in Moscow suspended visa services for Russians.", "SANCTION", {"USA"}, {"RUS"}),
    (
        "NATO stripped eight members of Russia's mission of their accreditation.",
        "SANCTION",
        {"NATO"},
        {"RUS"},
    ),
    # SANCTION: envoys expelled or recalled
    ("Pakistan expelled India's high commissioner.", "SANCTION", {"PAK"}, {"IND"}),
    ("Venezuela expelled the US chargé d'affaires.", "SANCTION", {"VEN"}, {"USA"}),
    ("Moscow expelled the Lithuanian deputy ambassador.", "SANCTION", {"RUS"}, {"LTU"}),
    ("Turkey expelled the Iranian consul general.", "SANCTION", {"TUR"}, {"IRN"}),
    ("Pakistan's expulsion of the Indian high commissioner drew protests.", "SANCTION", {"PAK"}, {"IND"}),
    ("India recalled its high commissioner from Canada.", "SANCTION", {"IND"}, {"CAN"}),
    ("Lithuania recalled its chargé from Beijing.", "SANCTION", {"LTU"}, {"CHN"}),
    ("France brought its ambassador home from Washington.", "SANCTION", {"FRA"}, {"USA"}),
    ("India's recall of its high commissioner from Ottawa deepened the rift.", "SANCTION", {"IND"}, {"CAN"}),
    (
        "Russia's suspension of the Black Sea grain deal with Ukraine hit exports.",
        "SANCTION",
        {"RUS"},
        {"UKR"},
    ),
    ("The Netherlands restricted chip machine sales to China.", "SANCTION", {"NLD"}, {"CHN"}),
    ("The United States expelled 60 Russian spies.", "SANCTION", {"USA"}, {"RUS"}),
    # MOBILIZE
    ("Turkey sent tanks to the Syrian border.", "MOBILIZE", {"TUR"}, {"SYR"}),
    ("Russia positioned troops near Ukraine.", "MOBILIZE", {"RUS"}, {"UKR"}),
    ("Russia lined up tanks along the Ukrainian border.", "MOBILIZE", {"RUS"}, {"UKR"}),
    ("Egypt readied its troops on the Libyan border.", "MOBILIZE", {"EGY"}, {"LBY"}),
    ("China encircled Taiwan with warships and aircraft.", "MOBILIZE", {"CHN"}, {"TWN"}),
    ("The People's Liberation Army simulated a blockade of Taiwan.", "MOBILIZE", {"CHN"}, {"TWN"}),
    ("Azerbaijan amassed artillery near the Armenian border.", "MOBILIZE", {"AZE"}, {"ARM"}),
    ("China militarised islands in the South China Sea.", "MOBILIZE", {"CHN"}, None),
    ("Chinese fighter jets crossed the median line of the Taiwan Strait.", "MOBILIZE", {"CHN"}, {"TWN"}),
    (
        "The US Navy conducted a freedom of navigation operation near the Paracel Islands.",
        "MOBILIZE",
        {"USA"},
        None,
    ),
    ("The US Navy carried out a FONOP in the South China Sea.", "MOBILIZE", {"USA"}, None),
    (
        "Kim Jong Un oversaw the launch of a new intercontinental ballistic missile.",
        "MOBILIZE",
        {"PRK"},
        None,
    ),
    ("Chinese warplanes entered Taiwan's air defence zone.", "MOBILIZE", {"CHN"}, {"TWN"}),
    ("Chinese warplanes entered the Taiwanese air defence zone.", "MOBILIZE", {"CHN"}, {"TWN"}),
    ("China sent gunboats to the disputed reef.", "MOBILIZE", {"CHN"}, None),
    ("North Korea launched balloons across the border into South Korea.", "MOBILIZE", {"PRK"}, {"KOR"}),
    ("North Korea launched a solid-fuel ICBM.", "MOBILIZE", {"PRK"}, None),
    ("Iranian fast boats harassed a US warship in the Gulf.", "MOBILIZE", {"IRN"}, {"USA"}),
    ("North Korea fired an unidentified projectile toward Japan.", "MOBILIZE", {"PRK"}, {"JPN"}),
    (
        "A Chinese destroyer locked its fire-control radar on a Japanese warship.",
        "MOBILIZE",
        {"CHN"},
        {"JPN"},
    ),
    (
        "A Chinese coast guard vessel pointed a military-grade laser at a Philippine ship.",
        "MOBILIZE",
        {"CHN"},
        {"PHL"},
    ),
    ("A US reconnaissance drone was spotted near Crimea.", "MOBILIZE", {"USA"}, None),
    ("Russian warships spotted off the Irish coast.", "MOBILIZE", {"RUS"}, {"IRL"}),
    ("Russia ramped up its military presence in the Arctic.", "MOBILIZE", {"RUS"}, None),
    ("Russian jets flew dangerously close to a US spy plane.", "MOBILIZE", {"RUS"}, {"USA"}),
    ("Russia fired a Bulava missile from a submarine in a test.", "MOBILIZE", {"RUS"}, None),
    ("Russia sent Wagner mercenaries to Mali.", "MOBILIZE", {"RUS"}, None),
    ("Chinese coast guard ships surrounded a Philippine supply vessel.", "MOBILIZE", {"CHN"}, {"PHL"}),
    ("A Russian missile strayed into Polish airspace.", "MOBILIZE", {"RUS"}, {"POL"}),
    ("Russian aircraft breached Finnish airspace.", "MOBILIZE", {"RUS"}, {"FIN"}),
    # COERCE
    ("China imposed a national security law on Hong Kong.", "COERCE", {"CHN"}, None),
    ("The Taliban barred women from universities.", "COERCE", {"TALIBAN"}, None),
    ("Russia forcibly conscripted Ukrainians in occupied territories.", "COERCE", {"RUS"}, {"UKR"}),
    ("Belarus pushed migrants across the border into Lithuania.", "COERCE", {"BLR"}, None),
    ("Russia criminalised spreading false information about the army.", "COERCE", {"RUS"}, None),
    ("Tunisia's president suspended parliament.", "COERCE", {"TUN"}, None),
    ("Niger's junta suspended the national assembly.", "COERCE", {"NER"}, None),
    ("Turkey purged thousands of army officers.", "COERCE", {"TUR"}, None),
    ("Turkey dismissed thousands of judges.", "COERCE", {"TUR"}, None),
    ("Turkish authorities removed elected mayors from office.", "COERCE", {"TUR"}, None),
    ("Turkey removed the mayor of Diyarbakir from office.", "COERCE", {"TUR"}, None),
    ("Chinese authorities forcibly disappeared the human rights lawyer.", "COERCE", {"CHN"}, None),
    ("Chinese authorities disappeared the human rights lawyer.", "COERCE", {"CHN"}, None),
    ("Russia's enforced disappearance of Ukrainian civilians was condemned.", "COERCE", {"RUS"}, {"UKR"}),
    ("Russia shut down the Memorial human rights group.", "COERCE", {"RUS"}, None),
    ("China dismantled Hong Kong's democracy movement.", "COERCE", {"CHN"}, None),
    ("Israel revoked the work permits of Gaza labourers.", "COERCE", {"ISR"}, None),
    ("Nicaragua revoked the citizenship of opposition figures.", "COERCE", {"NIC"}, None),
    ("Nicaragua stripped 94 critics of their nationality.", "COERCE", {"NIC"}, None),
    ("Russian authorities throttled Telegram.", "COERCE", {"RUS"}, None),
    ("Russia slowed down WhatsApp.", "COERCE", {"RUS"}, None),
    ("China held Uyghurs in re-education camps.", "COERCE", {"CHN"}, None),
    ("Britain sent the migrants to detention centres.", "COERCE", {"GBR"}, None),
    ("Russian courts handed a 25-year sentence to the opposition politician.", "COERCE", {"RUS"}, None),
    ("Russia imposed Russian citizenship on residents of occupied areas.", "COERCE", {"RUS"}, None),
    ("Ukrainian security services searched the Kiev Pechersk Lavra.", "COERCE", {"UKR"}, None),
    ("Moldova suspended the licences of six TV channels.", "COERCE", {"MDA"}, None),
    ("Latvia withdrew the broadcasting licences of Russian channels.", "COERCE", {"LVA"}, None),
    ("Belarus forced down a Ryanair plane.", "COERCE", {"BLR"}, None),
    ("China placed bounties on overseas Hong Kong activists.", "COERCE", {"CHN"}, None),
    ("Russia subjected Ukrainians to filtration.", "COERCE", {"RUS"}, {"UKR"}),
    ("India imposed a communications blackout in Kashmir.", "COERCE", {"IND"}, None),
    ("Ethiopia ordered an internet shutdown in Tigray.", "COERCE", {"ETH"}, None),
    ("China's crackdown in Hong Kong drew Western criticism.", "COERCE", {"CHN"}, {"HKG"}),
    ("Beijing tightened its grip on Hong Kong.", "COERCE", {"CHN"}, {"HKG"}),
    ("Hong Kong authorities disqualified four opposition lawmakers.", "COERCE", {"HKG"}, None),
    # ASSAULT
    ("Russia pummelled Ukrainian energy infrastructure.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Russian artillery hammered Ukrainian positions.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Russia hammered Ukrainian cities with missiles.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Russia rained missiles on Kyiv.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Russia unleashed a wave of drones on Ukraine.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Russia used cluster munitions in Ukraine.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Israel used white phosphorus in Lebanon.", "ASSAULT", {"ISR"}, {"LBN"}),
    ("Israeli jets levelled buildings in Gaza.", "ASSAULT", {"ISR"}, {"PSE"}),
    ("Russian forces reduced Mariupol to rubble.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Russian forces hit a shopping mall in Kremenchuk.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Russian missiles struck a crowded market in Kostiantynivka.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Israel carpet-bombed Gaza.", "ASSAULT", {"ISR"}, {"PSE"}),
    ("Russia firebombed Ukrainian villages.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("The Chinese coast guard fired water cannon at Philippine vessels.", "ASSAULT", {"CHN"}, {"PHL"}),
    ("The Chinese coast guard blasted a Philippine boat with water cannon.", "ASSAULT", {"CHN"}, {"PHL"}),
    ("Russian hackers breached US government networks.", "ASSAULT", {"RUS"}, {"USA"}),
    ("Israel detonated pagers used by Hezbollah members.", "ASSAULT", {"ISR"}, {"HEZBOLLAH"}),
    ("Indian and Chinese soldiers scuffled at the border.", "ASSAULT", {"IND", "CHN"}, None),
    ("Chinese troops scuffled with Indian soldiers.", "ASSAULT", {"CHN"}, {"IND"}),
    ("Scuffles between Indian and Chinese troops were reported.", "ASSAULT", {"IND", "CHN"}, None),
    ("Israel hit back with airstrikes on Gaza.", "ASSAULT", {"ISR"}, {"PSE"}),
    ("Russia launched a major ground push toward Kharkiv.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Russian forces hit Kharkiv with glide bombs.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("The Ukrainian military launched a punitive operation in Donbas.", "ASSAULT", {"UKR"}, None),
    ("Ukrainian units tried to break through Russian defences.", "ASSAULT", {"UKR"}, {"RUS"}),
    ("Ukrainian forces made an incursion into the Kursk region.", "ASSAULT", {"UKR"}, None),
    ("Russia destroyed a Ukrainian Patriot battery.", "ASSAULT", {"RUS"}, None),
    ("Russian forces eliminated Ukrainian militants.", "ASSAULT", {"RUS"}, None),
    ("Russian troops neutralised a Ukrainian sabotage group.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Russia hit Ukraine with a massive missile attack.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Russian forces opened a new offensive in the north.", "ASSAULT", {"RUS"}, None),
    ("Israel expanded its ground operation in Gaza.", "ASSAULT", {"ISR"}, {"PSE"}),
    ("Israel struck Iran with a barrage of missiles.", "ASSAULT", {"ISR"}, {"IRN"}),
    ("The port of Odesa was struck by Russian drones.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Russian artillery engaged Ukrainian targets near Bakhmut.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Russian troops fired cluster bombs at Ukrainian villages.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Russian missiles devastated the centre of Kharkiv.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("A Russian strike obliterated the village school.", "ASSAULT", {"RUS"}, None),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), POSITIVES, ids=[p[0][:60] for p in POSITIVES])
def test_phrase_codes_its_event(text: str, etype: str, source: set[str], target: set[str] | None) -> None:
    found = events_of(text, etype)
    assert found, f"no {etype} in {text!r}"
    assert any(src == source and (target is None or tgt == target) for src, tgt in found), found


# look-alikes: the same words used of something else code nothing of that type
LOOKALIKES = [
    ("Russia is ready to restore full military cooperation with NATO.", "MOBILIZE"),
    ("Egypt said it was ready to send ground troops if necessary.", "MOBILIZE"),
    ("The power company has been pummeling Iloilo City consumers with soaring bills.", "ASSAULT"),
    ("Russia and Ukraine hammered out a deal on grain exports.", "ASSAULT"),
    ("Russia says its new missiles can easily breach all anti-ballistic missile systems.", "ASSAULT"),
    ("Russia knows of militants' plans to simulate chemical attacks by the Syrian army.", "MOBILIZE"),
    ("This county criminalized students for bad grades.", "COERCE"),
    ("Critics in Russia levelled accusations of corruption at the minister.", "ASSAULT"),
    ("The earthquake reduced the Turkish city of Antakya to rubble.", "ASSAULT"),
    ("India curbed gold imports to narrow its deficit.", "SANCTION"),
    ("The United States removed Cuba from the list of state sponsors of terrorism.", "SANCTION"),
    ("Russian reforms unleashed a wave of strikes across the country.", "ASSAULT"),
    ("Protesters scuffled with police outside the parliament in Tbilisi.", "ASSAULT"),
    ("Russia aims to eliminate poverty by 2030.", "ASSAULT"),
    ("Chinese sanctions hit the Australian market hard.", "ASSAULT"),
    ("The Georgian minister hit back with harsh criticism of the opposition.", "ASSAULT"),
    ("Protesters tried to break through police lines in Minsk.", "ASSAULT"),
    ("Germany sent Leopard tanks to Ukraine.", "MOBILIZE"),
    ("Russia launched a hypersonic missile at Kyiv.", "MOBILIZE"),
    ("Brussels moved to curb inflation in the eurozone.", "SANCTION"),
    ("Ukraine imposed rolling blackouts after the storm.", "COERCE"),
    ("The Ukrainian town was hit by a storm.", "ASSAULT"),
    ("The general strike devastated the French economy.", "ASSAULT"),
    ("Russia breached the terms of the agreement.", "MOBILIZE"),
    ("Russia engaged its partners in talks on the crisis.", "ASSAULT"),
    ("The party attacked the minister with harsh words.", "ASSAULT"),
    ("Russia continued its operation to evacuate civilians.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "etype"), LOOKALIKES, ids=[p[0][:60] for p in LOOKALIKES])
def test_lookalike_codes_nothing_of_that_type(text: str, etype: str) -> None:
    assert not events_of(text, etype)
