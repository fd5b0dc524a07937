"""Accusations in official statements (session 33, helper accuse2): detente.coding.accuse2 and the ACCUSE
readers before it. Every sentence is invented for these tests: a battery of official NATO, Russian and
Western-government wording that must be read as an asserted ACCUSE (judge -> accused), and look-alikes,
denials and hypotheticals that must not."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.badinput import coded_twice_cleanly, near_limit

from detente.coding.accuse2 import charged_conduct, settled
from detente.coding.coder import Event, code_sentence
from detente.coding.patterns import tokenize
from detente.coding.units import Unit

DAY = dt.date(2023, 5, 2)


def _no_make(*args: object) -> Event:
    raise AssertionError(f"no event should be made: {args}")


Expected = tuple[str, str] | tuple[str, str, str] | None


def accusations(text: str, speaker: str | None = None) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [
        (e.source, e.target)
        for e in code_sentence(text, date=DAY, speaker=speaker)
        if e.event.value == "ACCUSE" and e.polarity.value == "asserted"
    ]


# (sentence, speaker, (judge, accused)); an empty accused means any target is fine
ACCUSED: list[tuple[str, str | None, tuple[str, str]]] = [
    ("NATO Allies strongly condemn Russia's missile strikes on Ukrainian cities.", None, ("NATO", "RUS")),
    ("The Foreign Ministry denounced the expulsion of Russian diplomats by Warsaw.", "RUS", ("RUS", "POL")),
    ("Germany accused Moscow of waging a disinformation campaign.", None, ("DEU", "RUS")),
    ("Washington blamed Pyongyang for the cyberattack on the bank.", None, ("USA", "PRK")),
    (
        "We hold the Russian Federation fully responsible for the downing of the airliner.",
        "NATO",
        ("NATO", "RUS"),
    ),
    ("Russia bears full responsibility for this unprovoked war.", "NATO", ("NATO", "RUS")),
    ("It is unacceptable that Belarus continues to host Russian nuclear weapons.", "NATO", ("NATO", "BLR")),
    ("The Alliance deplores Minsk's decision to force down a passenger jet.", None, ("NATO", "BLR")),
    ("France expressed deep concern about Iran's expansion of uranium enrichment.", None, ("FRA", "IRN")),
    ("The Kremlin criticised NATO's deployment of troops near Russian borders.", None, ("RUS", "NATO")),
    ("Moscow called the sanctions imposed by the European Union illegal.", None, ("RUS", "EU")),
    (
        "NATO foreign ministers condemned in the strongest terms the illegal annexation of Crimea by Russia.",
        None,
        ("NATO", "RUS"),
    ),
    (
        "This reckless behaviour by Russia endangers the security of the whole region.",
        "NATO",
        ("NATO", "RUS"),
    ),
    (
        "Lithuania alleged that Belarusian border guards had pushed migrants across the frontier.",
        None,
        ("LTU", "BLR"),
    ),
    (
        "The Secretary General criticised China for its failure to condemn the invasion.",
        "NATO",
        ("NATO", "CHN"),
    ),
    ("Russia's actions are a flagrant violation of international law.", "NATO", ("NATO", "RUS")),
    (
        "The United States denounced the sham referendums staged by Russia in occupied Ukraine.",
        None,
        ("USA", "RUS"),
    ),
    ("Ukraine blamed Russian forces for shelling the nuclear power plant.", None, ("UKR", "RUS")),
    ("Russia accused Ukraine of attacking the power plant.", None, ("RUS", "UKR")),
    ("Moscow has repeatedly accused the Alliance of encircling Russia.", None, ("RUS", "NATO")),
    (
        "The Foreign Ministry said Washington's statements were provocative and irresponsible.",
        "RUS",
        ("RUS", "USA"),
    ),
    ("Poland condemned the violation of its airspace by a Russian drone.", None, ("POL", "RUS")),
    ("Japan voiced regret over China's refusal to release the detained businessman.", None, ("JPN", "CHN")),
    (
        "Estonia expressed disapproval of the Kremlin's decision to close the border crossing.",
        None,
        ("EST", "RUS"),
    ),
    ("We strongly condemn Iran's supply of drones to Russia.", "GBR", ("GBR", "IRN")),
    ("The Allies denounced Russia's irresponsible nuclear rhetoric.", None, ("NATO", "RUS")),
    ("Russia's aggressive actions pose a direct threat to Euro-Atlantic security.", "NATO", ("NATO", "RUS")),
    (
        "The European Union deplored the death sentences handed down by the Belarusian court.",
        None,
        ("EU", "BLR"),
    ),
    (
        "Canada held the Iranian regime responsible for the downing of the passenger plane.",
        None,
        ("CAN", "IRN"),
    ),
    ("Sweden criticised Hungary for delaying the ratification.", None, ("SWE", "HUN")),
    ("Russian diplomats accused Britain of staging a provocation in the Black Sea.", None, ("RUS", "GBR")),
    (
        "The Kremlin rejected what it called Western attempts to interfere in Moldova's elections.",
        None,
        ("RUS", "WEST"),
    ),
    ("Lavrov described the Alliance's expansion as a threat to Russia.", None, ("RUS", "NATO")),
    ("Latvia said Russia was responsible for the sabotage of the undersea cable.", None, ("LVA", "RUS")),
    (
        "NATO expressed serious concern about Russia's development of a new cruise missile.",
        None,
        ("NATO", "RUS"),
    ),
    ("Finland denounced Moscow's instrumentalisation of migrants at the border.", None, ("FIN", "RUS")),
    (
        "It is irresponsible of Minsk to station tactical nuclear weapons near our borders.",
        "LTU",
        ("LTU", "BLR"),
    ),
    ("The Alliance holds the Syrian regime responsible for the chemical attack.", None, ("NATO", "SYR")),
    (
        "China has criticised the United States for sending warships through the Taiwan Strait.",
        None,
        ("CHN", "USA"),
    ),
    ("The Georgian government blamed Moscow for the fighting in South Ossetia.", None, ("GEO", "RUS")),
    ("Russia blamed the West for the collapse of the grain deal.", None, ("RUS", "WEST")),
    ("Germany called Russia's decision to suspend New START deeply regrettable.", None, ("DEU", "RUS")),
    ("The Allies regret Russia's decision to withdraw from the CFE Treaty.", None, ("NATO", "RUS")),
    ("Washington has accused Beijing of providing lethal aid to Moscow.", None, ("USA", "CHN")),
    ("Moscow was accused by London of plotting a coup in Moldova.", None, ("GBR", "RUS")),
    ("Russia has been condemned by the UN General Assembly for its invasion.", None, ("UN", "RUS")),
    ("Iran was blamed by the United States for the attack on the tanker.", None, ("USA", "IRN")),
    (
        "Russia's aggression against Georgia was a grave violation of international law.",
        "NATO",
        ("NATO", "RUS"),
    ),
    ("The Foreign Ministry denounced the West's hypocrisy.", "RUS", ("RUS", "WEST")),
    ("The Kremlin accused Kyiv of terrorism after the drone strike on Moscow.", None, ("RUS", "UKR")),
    ("Serbia condemned NATO's bombing campaign in 1999.", None, ("SRB", "NATO")),
    ("Belarus accused Poland of violating its airspace with a helicopter.", None, ("BLR", "POL")),
    ("Moscow denounced the seizure of Russian assets by the European Union as theft.", None, ("RUS", "EU")),
    ("Warsaw slammed Berlin's handling of the gas pipeline project.", None, ("POL", "DEU")),
    (
        "The Secretary General said Russia must be held accountable for the war crimes in Bucha.",
        "NATO",
        ("NATO", "RUS"),
    ),
    ("We are deeply concerned by Russia's reckless nuclear rhetoric.", "NATO", ("NATO", "RUS")),
    ("Moldova accused Russian-backed groups of planning unrest.", None, ("MDA", "RUS")),
    (
        "The responsibility for the escalation lies entirely with Kyiv and its Western sponsors.",
        "RUS",
        ("RUS", "UKR"),
    ),
    (
        "The minister said that Washington bears responsibility for the breakdown of the treaty.",
        "RUS",
        ("RUS", "USA"),
    ),
    ("Such provocative actions by the Alliance near our borders are unacceptable.", "RUS", ("RUS", "NATO")),
    ("Berlin considers the detention of the German journalist by Turkey unjustified.", None, ("DEU", "TUR")),
    (
        "The Alliance remains deeply concerned about North Korea's ballistic missile launches.",
        None,
        ("NATO", "PRK"),
    ),
    ("We deplore the continued occupation of Georgian territory by Russia.", "NATO", ("NATO", "RUS")),
    (
        "The ministry voiced concern about the growing militarisation of the Baltic states.",
        "RUS",
        ("RUS", ""),
    ),
    (
        "Tokyo lodged a strong protest with Beijing over the incursion into its territorial waters.",
        None,
        ("JPN", "CHN"),
    ),
    (
        "The Ukrainian Foreign Ministry condemned the shelling of Kharkiv by Russian troops.",
        None,
        ("UKR", "RUS"),
    ),
    ("The Allies strongly condemned the Houthi attacks on merchant ships.", None, ("NATO", "")),
    ("London accused Tehran of plotting attacks against dissidents on British soil.", None, ("GBR", "IRN")),
    (
        "Russia's illegal and unjustifiable war against Ukraine has shattered peace in Europe.",
        "NATO",
        ("NATO", "RUS"),
    ),
    (
        "The Kremlin said the arrest of the Russian citizen in Finland was politically motivated.",
        None,
        ("RUS", "FIN"),
    ),
    ("Armenia criticised Russian peacekeepers for failing to keep the corridor open.", None, ("ARM", "RUS")),
    ("Russia remains in material breach of the INF Treaty.", "NATO", ("NATO", "RUS")),
    ("Russia continues to violate the ceasefire in eastern Ukraine.", "NATO", ("NATO", "RUS")),
    ("Iran has failed to comply with its safeguards obligations.", "EU", ("EU", "IRN")),
    (
        "The Russian Federation is the most significant and direct threat to Allies' security.",
        "NATO",
        ("NATO", "RUS"),
    ),
    (
        "Moscow's destabilising activities in the Western Balkans undermine regional stability.",
        "NATO",
        ("NATO", "RUS"),
    ),
    ("Russia continues to use energy supplies as a tool of coercion.", "NATO", ("NATO", "RUS")),
    ("We regard the expulsion of our diplomats by Prague as an unfriendly act.", "RUS", ("RUS", "CZE")),
    (
        "We consider this a gross violation of the Vienna Convention by the Polish authorities.",
        "RUS",
        ("RUS", "POL"),
    ),
    ("This is yet another hostile step by Warsaw.", "RUS", ("RUS", "POL")),
    ("Washington's destructive course is undermining strategic stability.", "RUS", ("RUS", "USA")),
    ("The disinformation spread by the Kremlin aims to divide our societies.", "EU", ("EU", "RUS")),
    ("Beijing's coercive policies challenge our interests, security and values.", "NATO", ("NATO", "CHN")),
    ("Russia's behaviour is inconsistent with its international commitments.", "NATO", ("NATO", "RUS")),
    ("The Alliance has raised its concerns with Russia about the new missile system.", None, ("NATO", "RUS")),
    (
        "The Allies call on Russia to stop its irresponsible and dangerous nuclear rhetoric.",
        None,
        ("NATO", "RUS"),
    ),
    ("Belarus's complicity in Russia's war is unacceptable.", "NATO", ("NATO", "BLR")),
    ("Russian officials blamed Kyiv for the attack on the bridge.", None, ("RUS", "UKR")),
    ("Lavrov accused NATO of turning Ukraine into an anti-Russian bridgehead.", None, ("RUS", "NATO")),
    ("The spokeswoman called the statement by the Finnish President provocative.", "RUS", ("RUS", "FIN")),
    (
        "Zakharova condemned the decision of the Latvian authorities to demolish the monument.",
        None,
        ("RUS", "LVA"),
    ),
    (
        "The Foreign Ministry has expressed its indignation at the arrest of a Russian journalist in Estonia.",
        "RUS",
        ("RUS", "EST"),
    ),
    (
        "Ankara strongly criticised the Greek government's militarisation of the Aegean islands.",
        None,
        ("TUR", "GRC"),
    ),
    (
        "The Chinese Foreign Ministry slammed the Japanese decision to release treated water into the sea.",
        None,
        ("CHN", "JPN"),
    ),
    ("Vilnius said Minsk was deliberately orchestrating the migrant crisis.", None, ("LTU", "BLR")),
    ("Tbilisi accused Moscow of creeping annexation of its territory.", None, ("GEO", "RUS")),
    (
        "NATO strongly condemns Russia's recognition of the so-called independence of the two regions.",
        None,
        ("NATO", "RUS"),
    ),
    ("The Secretary General condemned Iran for supplying drones to Russia.", "NATO", ("NATO", "IRN")),
    (
        "Russia's unjustified and unprovoked invasion of Ukraine is a blatant violation of the UN Charter.",
        "NATO",
        ("NATO", "RUS"),
    ),
    ("Canada's condemnation of China's human rights abuses angered Beijing.", None, ("CAN", "CHN")),
    ("The Kremlin's accusations against Washington followed the drone incident.", None, ("RUS", "USA")),
    ("Poland's criticism of Berlin's energy policy grew louder.", None, ("POL", "DEU")),
    ("Ukraine's foreign minister accused Hungary of blocking the aid package.", None, ("UKR", "HUN")),
    ("The European Commission criticised Poland over the judicial reforms.", None, ("EU", "POL")),
    ("Citing Minsk's hostile policy, Vilnius closed two border checkpoints.", None, ("LTU", "BLR")),
    ("Sofia's openly hostile course leaves us no option but to take countermeasures.", "RUS", ("RUS", "BGR")),
    (
        "The so-called referendum organised by Moscow in Crimea is illegal and illegitimate.",
        "NATO",
        ("NATO", "RUS"),
    ),
    (
        "The sham elections held by Russia in the occupied territories have no legitimacy.",
        "NATO",
        ("NATO", "RUS"),
    ),
    (
        "Against the background of Kyiv's aggressive rhetoric, the ministers reviewed security on the border.",
        "RUS",
        ("RUS", "UKR"),
    ),
    ("We are responding to the illegal blockade imposed by Lithuania on Kaliningrad.", "RUS", ("RUS", "LTU")),
    ("The unlawful detention of our citizens by the Estonian authorities must end.", "RUS", ("RUS", "EST")),
    (
        "Russia considers the deployment of American missiles in Germany a direct threat to its security.",
        None,
        ("RUS", "USA"),
    ),
    ("Moscow regards NATO's military build-up on its borders a threat.", None, ("RUS", "NATO")),
    (
        "The Alliance's reckless expansion to the east is the root cause of the crisis.",
        "RUS",
        ("RUS", "NATO"),
    ),
    ("The hostile actions of the collective West are aimed at weakening Russia.", "RUS", ("RUS", "WEST")),
    (
        "The Kremlin denounced what it described as Britain's interference in the election.",
        None,
        ("RUS", "GBR"),
    ),
    ("Beijing condemned what it called Washington's bullying of smaller nations.", None, ("CHN", "USA")),
    ("Ankara denounced what it termed Sweden's tolerance of terrorist groups.", None, ("TUR", "SWE")),
    (
        "NATO Allies are concerned about Belarus's growing military integration with Russia.",
        None,
        ("NATO", "BLR"),
    ),
    (
        "Moscow says NATO's new base in Romania is a direct threat to Russia's security.",
        None,
        ("RUS", "NATO"),
    ),
    (
        "The Kremlin said that the deployment of US missiles in Germany poses a danger to Russia.",
        None,
        ("RUS", "USA"),
    ),
    (
        "Russia's military build-up near our borders poses a threat to the whole region.",
        "LTU",
        ("LTU", "RUS"),
    ),
    (
        "The ministry noted with regret that Tallinn had once again ignored our appeals.",
        "RUS",
        ("RUS", "EST"),
    ),
    ("It is regrettable that Washington has chosen the path of confrontation.", "RUS", ("RUS", "USA")),
    ("Such steps by Bucharest are unacceptable and run counter to its obligations.", "RUS", ("RUS", "ROU")),
    ("These actions by Minsk are in breach of international law.", "LTU", ("LTU", "BLR")),
    ("The responsibility for the consequences rests with Ankara.", "RUS", ("RUS", "TUR")),
    ("Moscow is to blame for the failure of the talks.", "UKR", ("UKR", "RUS")),
    ("The blame for the crisis lies squarely with Moscow.", "EU", ("EU", "RUS")),
    ("NATO is guilty of destroying the security architecture in Europe.", "RUS", ("RUS", "NATO")),
    ("Britain was behind the sabotage of the pipelines, the ministry claimed.", "RUS", ("RUS", "GBR")),
    (
        "Russian military intelligence was behind the attack on the German parliament, Berlin said.",
        None,
        ("DEU", "RUS"),
    ),
    (
        "The Russian side lodged a protest with the Norwegian ambassador over the detention of the trawler.",
        None,
        ("RUS", "NOR"),
    ),
    (
        "The Latvian envoy was summoned to the Foreign Ministry and handed a note of protest.",
        "RUS",
        ("RUS", "LVA"),
    ),
    (
        "The Allies are alarmed by Pyongyang's growing military cooperation with Moscow.",
        None,
        ("NATO", "PRK"),
    ),
    ("Berlin voiced dismay at Budapest's veto of the aid package.", None, ("DEU", "HUN")),
    (
        "Moscow expressed outrage at the desecration of Soviet graves by Polish officials.",
        None,
        ("RUS", "POL"),
    ),
    ("We view Tokyo's remilitarisation with serious concern.", "CHN", ("CHN", "JPN")),
    (
        "The Alliance takes note with concern of Iran's enrichment of uranium to near weapons grade.",
        None,
        ("NATO", "IRN"),
    ),
    (
        "The German government has sharply criticised Moscow's handling of the investigation.",
        None,
        ("DEU", "RUS"),
    ),
    ("Russia is responsible for the deaths of thousands of civilians in Mariupol.", "NATO", ("NATO", "RUS")),
    (
        "The main external military dangers include the build-up of NATO's offensive potential near the borders of the Russian Federation.",
        "RUS",
        ("RUS", "NATO"),
    ),
    (
        "Among the main threats to national security is the expansion of the Alliance's military infrastructure eastwards.",
        "RUS",
        ("RUS", "NATO"),
    ),
    (
        "The Russian Federation is the most significant threat to Allies' security and to peace in the Euro-Atlantic area.",
        "NATO",
        ("NATO", "RUS"),
    ),
    ("China's stated ambitions and coercive policies challenge our interests.", "NATO", ("NATO", "CHN")),
    ("Iran's nuclear programme remains a serious threat to regional stability.", "USA", ("USA", "IRN")),
    ("North Korea poses a grave threat to international peace.", "JPN", ("JPN", "PRK")),
    ("The United States regards Russia as an acute threat.", None, ("USA", "RUS")),
    ("The strategy names China as the pacing challenge for the Pentagon.", "USA", ("USA", "CHN")),
    (
        "Russian military intelligence was behind the attack on the German parliament, Berlin said.",
        None,
        ("DEU", "RUS"),
    ),
    (
        "The Dutch government said Russian hackers were behind the attempt to break into the chemical weapons watchdog.",
        None,
        ("NLD", "RUS"),
    ),
    (
        "We believe the Belarusian regime is behind the surge of migrants at our border.",
        "POL",
        ("POL", "BLR"),
    ),
    ("Washington is behind the unrest in Georgia, the spokeswoman said.", "RUS", ("RUS", "USA")),
    ("Ankara lashed out at Stockholm over the burning of the Koran.", None, ("TUR", "SWE")),
    ("The Chinese envoy hit out at Canberra for its support of the inquiry.", None, ("CHN", "AUS")),
    ("Paris rebuked Rome for its handling of the migrant ship.", None, ("FRA", "ITA")),
    ("The Council censured Belgrade for its failure to cooperate with the tribunal.", "EU", ("EU", "SRB")),
    ("Kyiv castigated Budapest for blocking the accession talks.", None, ("UKR", "HUN")),
    ("Riga decried Moscow's treatment of Latvian journalists.", None, ("LVA", "RUS")),
    ("The Foreign Office took Tehran to task over the detention of dual nationals.", None, ("GBR", "IRN")),
    ("The Pentagon faulted Beijing for the unsafe intercept over the South China Sea.", None, ("USA", "CHN")),
    ("Seoul pointed the finger at Pyongyang after the cyberattack on its banks.", None, ("KOR", "PRK")),
    ("Tokyo reproached Moscow for holding military drills on the disputed islands.", None, ("JPN", "RUS")),
    (
        "The Kremlin expressed its strong displeasure with Helsinki's decision to close the border.",
        None,
        ("RUS", "FIN"),
    ),
    ("Moscow voiced its dissatisfaction over Baku's treatment of Russian citizens.", None, ("RUS", "AZE")),
    ("The Foreign Ministry said Tbilisi had violated the ceasefire agreement.", "RUS", ("RUS", "GEO")),
    ("Warsaw insists that Minsk is responsible for the death of the soldier.", None, ("POL", "BLR")),
    ("Moscow stands accused by the Netherlands of hacking the watchdog's network.", None, ("NLD", "RUS")),
    ("Budapest came under fire from Washington over its new media law.", None, ("USA", "HUN")),
    ("Serbia drew sharp criticism from Kosovo's Western partners.", None, ("WEST", "SRB")),
    ("Israel has been criticised by the United Nations for the strike on the school.", None, ("UN", "ISR")),
    ("The President called Lithuania's transit ban a provocation.", "RUS", ("RUS", "LTU")),
    ("The Latvian parliament branded Russia a state sponsor of terrorism.", None, ("LVA", "RUS")),
    ("Moscow denounced Ottawa's decision as Russophobic.", None, ("RUS", "CAN")),
    ("Berlin is deeply disappointed by Ankara's decision to detain the activist.", None, ("DEU", "TUR")),
    (
        "The Alliance notes with concern that Russia has repeatedly violated the airspace of Allies.",
        None,
        ("NATO", "RUS"),
    ),
    ("We find it regrettable that Athens has chosen to expel our diplomats.", "RUS", ("RUS", "GRC")),
    ("This is a blatant provocation by the Kyiv regime.", "RUS", ("RUS", "UKR")),
    ("Washington's claims about our biological laboratories are a lie.", "CHN", ("CHN", "USA")),
    ("Kyiv is lying about the number of its casualties.", "RUS", ("RUS", "UKR")),
    ("Moscow charged that Warsaw had been preparing the provocation for months.", None, ("RUS", "POL")),
    ("The ministry claimed that Chisinau was persecuting the opposition.", "RUS", ("RUS", "MDA")),
    (
        "Tallinn summoned the Russian charge d'affaires to protest against the airspace violation.",
        None,
        ("EST", "RUS"),
    ),
    (
        "Ottawa issued a strong protest to New Delhi over the killing of a Sikh leader on Canadian soil.",
        None,
        ("CAN", "IND"),
    ),
    ("The United States objected to Beijing's militarisation of the reefs.", None, ("USA", "CHN")),
    (
        "Russia's irresponsible nuclear rhetoric and coercive signalling undermine strategic stability.",
        "NATO",
        ("NATO", "RUS"),
    ),
]

# (sentence, speaker, None) for no asserted ACCUSE at all; ("!", judge, accused) for none judge -> accused
# (an empty code matches any side)
NOT_ACCUSED: list[tuple[str, str | None, Expected]] = [
    # a reason given for an act codes the act alone (the gold's convention for "in response to ...")
    (
        "In response to the aggressive actions of the Alliance, Russia has strengthened its western flank.",
        "RUS",
        ("!", "RUS", "NATO"),
    ),
    ("Faced with Warsaw's unfriendly steps, we were forced to respond in kind.", "RUS", ("!", "RUS", "POL")),
    (
        "Given Moscow's repeated violations of the treaty, Washington suspended its participation.",
        None,
        ("!", "USA", "RUS"),
    ),
    (
        "Because of Tehran's destabilising behaviour in the region, the Allies have extended the sanctions.",
        None,
        ("!", "NATO", "IRN"),
    ),
    (
        "Owing to the provocative conduct of the Georgian leadership, tensions in the region have risen.",
        "RUS",
        ("!", "RUS", "GEO"),
    ),
    ("Germany did not blame Russia for the pipeline explosions.", None, ("!", "DEU", "RUS")),
    ("France has never accused Moscow of interfering in its elections.", None, ("!", "FRA", "RUS")),
    ("The minister refused to condemn China's stance on the war.", None, ("!", "", "CHN")),
    ("The President expressed concern for the health of the injured Turkish ambassador.", None, None),
    ("The Chancellor criticised her own government's slow response to the floods.", None, ("!", "DEU", "")),
    ("Britain expressed regret at leaving the European Union.", None, None),
    ("The court found the defendant guilty of fraud.", None, None),
    ("Terrorism remains the most direct asymmetric threat to the security of our citizens.", "NATO", None),
    ("The Prime Minister regretted that he could not attend the summit in Vilnius.", None, None),
    ("Finland expressed condolences over the victims of the earthquake in Turkey.", None, None),
    ("Russia and China discussed concerns about the global economy.", None, None),
    ("Italy welcomed Greece's decision to hold early elections.", None, None),
    ("Washington praised Seoul for its firm response to the missile launch.", None, ("!", "USA", "KOR")),
    ("Japan is concerned about the safety of its citizens in Sudan.", None, None),
    ("The Alliance is responsible for the collective defence of its members.", None, None),
    ("Germany takes full responsibility for its past.", None, None),
    ("The Kremlin said the talks with Ankara were useful.", None, None),
    ("The Czech President apologised for the mistakes of his predecessor.", None, None),
    (
        "Kyiv rejected Moscow's allegation that Ukrainian troops had shelled the plant.",
        None,
        ("!", "UKR", "RUS"),
    ),
    ("The minister is responsible for relations with the Baltic states.", "RUS", None),
    ("Cyber attacks pose a growing threat to critical infrastructure.", "NATO", None),
    ("Poland regrets that it cannot host the next summit.", None, None),
    ("Latvia would condemn any attempt to redraw borders by force.", None, None),
    ("Ukraine thanked Denmark for its unwavering support.", None, None),
    ("Russia denounced the Treaty on Conventional Armed Forces in Europe.", None, ("!", "RUS", "")),
    ("Moscow formally denounced the agreement on plutonium disposal.", None, ("!", "RUS", "")),
    ("Estonia's concern for its Russian-speaking minority is well known.", None, None),
    ("The minister regretted the death of the former Polish president.", None, None),
    ("Russia said the threat of terrorism remains high across Central Asia.", None, None),
    ("The Kremlin said it was not blaming Kazakhstan for the incident.", None, ("!", "RUS", "KAZ")),
    ("NATO is not accusing China of supplying weapons to Russia.", None, ("!", "NATO", "CHN")),
    ("Britain could be held responsible if the talks fail, a diplomat warned.", None, None),
    ("The ambassador was responsible for negotiating the treaty with Japan.", None, None),
    ("We have no complaints about the Turkish side.", "RUS", ("!", "RUS", "TUR")),
    ("In response to the request of Kazakhstan, Russia sent peacekeepers.", None, None),
    ("Given Finland's long experience of neutrality, its accession was a historic step.", None, None),
    ("Citing bad weather, the Polish President postponed his visit to Kyiv.", None, None),
    ("The referendum organised by Moldova on EU membership was held on Sunday.", None, None),
    ("Russia considers Kazakhstan a reliable partner.", None, None),
    ("The constructive approach of the Turkish side deserves praise.", "RUS", None),
    ("Moscow says the talks with Ankara were a success.", None, None),
    ("The threat of floods in the region remains high, the ministry said.", "RUS", None),
    ("It is regrettable that the weather prevented the ceremony.", "RUS", None),
    ("The responsibility for the negotiations rests with the foreign ministers.", None, None),
    ("We view the visit of the Turkish President with great satisfaction.", "RUS", None),
    ("Russia is responsible for providing security at the Games.", None, None),
    ("The aggressive spread of the virus worried health officials.", None, None),
    (
        "Following the illegal annexation of Crimea, the Alliance suspended all practical cooperation with Russia.",
        None,
        ("!", "NATO", "UKR"),
    ),
    ("Terrorism in all its forms remains a persistent threat to the Alliance.", "NATO", None),
    ("The main threats to national security include climate change and pandemics.", "RUS", None),
    ("Officials said it was unclear who was behind the explosion in Kherson.", None, None),
    ("Ukraine is not behind the attack on the pipeline, Kyiv said.", None, None),
    ("Latvia was behind schedule in building the border fence.", None, None),
    ("The Russian Federation does not pose a threat to anyone, the President said.", "RUS", None),
    ("The Foreign Office took note of Tehran's reply.", None, None),
    ("We reject the accusations made against our country.", "RUS", ("!", "RUS", "")),
    ("The President called the meeting with his Turkish counterpart productive.", "RUS", None),
    ("The Russian charge d'affaires was invited to a reception in Tallinn.", None, None),
    ("Berlin is deeply grateful for Ankara's help after the earthquake.", None, None),
    ("Russia's actions were not illegal, the Kremlin said.", None, ("!", "", "RUS")),
    ("There was no aggression by Ukraine against Russia.", "UKR", None),
    ("Hungary's vote was not hostile to Ukraine, Budapest insisted.", None, ("!", "", "HUN")),
]


@pytest.mark.parametrize(("text", "speaker", "want"), ACCUSED)
def test_an_accusation_is_read_with_its_judge_and_the_accused(
    text: str, speaker: str | None, want: tuple[str, str]
) -> None:
    judge, accused = want
    found = accusations(text, speaker)
    assert any(judge in s and (not accused or accused in t) for s, t in found), found


@pytest.mark.parametrize(("text", "speaker", "want"), NOT_ACCUSED)
def test_a_look_alike_denial_or_hypothetical_is_no_accusation(
    text: str, speaker: str | None, want: Expected
) -> None:
    found = accusations(text, speaker)
    if want is None:
        assert not found, found
    else:
        _, judge, accused = want
        assert not [1 for s, t in found if (not judge or judge in s) and (not accused or accused in t)], found


# --- one family at a time, with the reading that changes ------------------------------------------------------


def test_a_charged_reason_before_the_main_clause_adds_no_accusation() -> None:
    # the gold codes "in response to X's unfriendly steps, <act>" as the act alone
    text = "In response to Ankara's repeated incursions into its airspace, Athens recalled its envoy."
    units = [Unit(15, 21, 3, 4, "TUR", "metonym"), Unit(65, 71, 12, 13, "GRC", "metonym")]
    assert charged_conduct(text, units, [], None, _no_make) == []


def test_a_charge_given_only_as_the_cause_of_an_act_is_no_accusation() -> None:
    # the project's convention (seed gold): "as a result of / because of X's ..." explains the act
    found = accusations(
        "Because of Ankara's repeated incursions into its airspace, Athens recalled its envoy."
    )
    assert (("GRC",), ("TUR",)) not in found


def test_a_charged_reason_with_the_speaker_as_subject_is_the_speakers() -> None:
    found = accusations(
        "In view of the hostile course of the Romanian authorities, we closed the consulate.", "RUS"
    )
    assert (("RUS",), ("ROU",)) in found


def test_charged_conduct_of_the_judge_itself_is_no_accusation() -> None:
    assert not accusations("Our illegal fishing fleet was sent home.", "RUS")


def test_charged_conduct_in_a_warning_about_the_future_adds_no_accusation() -> None:
    text = "Any aggressive actions by Moldova would meet a firm answer."
    tokens = tokenize(text)
    units = [Unit(19, 26, 3, 4, "MDA", "state")]
    assert charged_conduct(text, units, [], "RUS", _no_make) == []
    assert settled(text, tokens, units, [], _no_make, "RUS") == []


def test_charged_conduct_the_speaker_calls_a_myth_is_no_accusation() -> None:
    found = accusations("The myth of Russia's aggressive intentions is spread by the media.", "RUS")
    assert not [1 for _, t in found if "RUS" in t]


def test_a_question_about_charged_conduct_is_no_accusation() -> None:
    assert not accusations("Do you consider Iran's drone supplies unlawful acts?", "NATO")


def test_western_conduct_named_with_a_charge_accuses_the_west() -> None:
    found = accusations("The hostile actions of the collective West are aimed at weakening Russia.", "RUS")
    assert (("RUS",), ("WEST",)) in found


def test_what_it_called_names_the_accused_and_keeps_the_judge_as_source() -> None:
    found = accusations("Moscow condemned what it called Latvia's persecution of Russian speakers.")
    assert (("RUS",), ("LVA",)) in found
    assert (("LVA",), ("RUS",)) not in found


def test_what_it_called_after_a_welcome_is_no_accusation() -> None:
    found = accusations("Berlin welcomed what it called Warsaw's constructive proposal.")
    assert not found


def test_a_threat_seen_without_as_accuses_the_side_whose_act_it_is() -> None:
    found = accusations("Belgrade regards Zagreb's new arms purchases a direct threat to regional stability.")
    assert [1 for s, t in found if "SRB" in s]


def test_a_threat_not_seen_is_no_accusation() -> None:
    assert not accusations("Moscow does not regard Finland's membership a threat.")


def test_a_bare_title_that_says_it_speaks_for_its_side() -> None:
    found = accusations(
        "The Minister said Baku must be held accountable for the war crimes in the region.", "ARM"
    )
    assert (("ARM",), ("AZE",)) in found


def test_concern_for_a_hostages_health_with_a_charge_stays_an_accusation() -> None:
    text = "Paris voiced concern for the health of the French hostages held by the junta in Niger."
    found = code_sentence(text, date=DAY)
    assert found is not None


def test_concern_about_a_sides_act_stays_an_accusation() -> None:
    found = accusations("Tokyo is concerned about Pyongyang's launch of a new missile.")
    assert (("JPN",), ("PRK",)) in found


# --- bad input -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "!!! ??? ...",
        "what it called",
        "hostile actions of",
        "In response to the, , ,",
        "regards a threat",
        near_limit("Minsk's hostile steps, given Moscow's aggression, what it called provocations; "),
    ],
)
def test_bad_input_is_coded_cleanly(text: str) -> None:
    coded_twice_cleanly(text, date=DAY, speaker="RUS")


def test_a_side_behind_an_attack_is_accused_by_the_one_who_says_so() -> None:
    found = accusations("Iranian agents were behind the plot against the dissident, London said.")
    assert (("GBR",), ("IRN",)) in found


def test_a_side_behind_schedule_is_not_accused() -> None:
    assert not accusations("Hungary is behind schedule with the ratification, Brussels said.")


def test_a_side_listed_among_the_main_dangers_of_a_strategy_is_accused() -> None:
    text = "The main military risks include the deployment of American strike systems in Europe."
    assert (("RUS",), ("USA",)) in accusations(text, "RUS")


def test_a_strategy_naming_a_side_as_a_rival_accuses_it() -> None:
    assert (("GBR",), ("CHN",)) in accusations("The review identifies China as a systemic competitor.", "GBR")


def test_a_strategy_listing_only_unnamed_dangers_accuses_no_one() -> None:
    assert not accusations("The main dangers include terrorism, pandemics and cyber crime.", "RUS")


def test_a_charge_told_from_the_accused_end_keeps_the_accuser_as_source() -> None:
    found = accusations("Minsk stood accused by Vilnius of staging the border crossings.")
    assert (("LTU",), ("BLR",)) in found
    assert (("BLR",), ("LTU",)) not in found


def test_criticism_drawn_from_a_side_is_that_sides_accusation() -> None:
    found = accusations("Tbilisi drew sharp criticism from Washington over the agents bill.")
    assert (("USA",), ("GEO",)) in found


def test_an_accusation_aimed_at_its_own_source_takes_the_side_whose_act_is_named() -> None:
    found = accusations("Moscow voiced its displeasure at Riga's treatment of Russian pensioners.")
    assert (("RUS",), ("LVA",)) in found
    assert (("RUS",), ("RUS",)) not in found


def test_finding_it_regrettable_that_a_side_acted_accuses_it() -> None:
    assert (("RUS",), ("NOR",)) in accusations(
        "We find it deeply regrettable that Oslo closed its ports.", "RUS"
    )


def test_finding_it_regrettable_that_the_weather_turned_accuses_no_one() -> None:
    assert not accusations("We find it regrettable that the storm delayed the talks.", "RUS")


def test_a_side_said_to_be_lying_is_accused() -> None:
    assert (("RUS",), ("GBR",)) in accusations("London is once again lying to its own public.", "RUS")


def test_a_side_that_is_not_lying_is_not_accused() -> None:
    assert not accusations("Ankara is not lying about the talks, the minister said.", "RUS")


def test_a_side_that_will_not_recognise_charged_conduct_rejects_it_without_a_second_accusation() -> None:
    # the gold reads the refusal as REJECT and the charge inside its object as no ACCUSE of its own
    found = accusations("Canada will never recognise the sham vote staged by Russia in Zaporizhzhia.")
    assert (("CAN",), ("RUS",)) not in found


def test_a_side_that_launched_a_brutal_war_is_not_thereby_judged_by_the_speaker() -> None:
    found = accusations("Russia has launched a brutal act of war against Ukraine.", "NATO")
    assert (("NATO",), ("UKR",)) not in found


def test_an_accusation_without_an_accused_takes_the_side_whose_act_is_named_after_it() -> None:
    text = "Oslo condemned the decision, saying Moscow's closure of the consulate was unjustified."
    assert (("NOR",), ("RUS",)) in accusations(text)


def test_an_act_a_sayer_calls_unacceptable_is_no_act_of_the_sayer() -> None:
    found = code_sentence("Lavrov stressed that the use of force against Syria is unacceptable.", date=DAY)
    got = [(e.event.value, e.source, e.target) for e in found]
    assert ("ASSAULT", ("RUS",), ("SYR",)) not in got
    assert ("ACCUSE", ("RUS",), ("SYR",)) not in got
    assert [1 for t, s, _ in got if t == "ACCUSE" and s == ("RUS",)]


def test_an_act_called_a_crime_accuses_its_named_doer() -> None:
    found = accusations("The Kremlin said that Kyiv's strikes on Kursk were a crime.")
    assert (("RUS",), ("UKR",)) in found


def test_an_act_said_not_to_be_a_provocation_accuses_no_one() -> None:
    assert not accusations("Lavrov said that the drills with Minsk were not a provocation.")
