"""s23-weak2: wider news and official wording of AID and COOPERATE (patterns.toml, block "# --- s23-weak2").

Each wording family has a sentence written for this file that must code the type with the given source and
target, and a look-alike that must not code it (a refusal, an accusation, a hope, a topic, a sale, a place
that is no one's territory). PLOVER: AID is material help whose benefit goes to the receiver (money, arms,
relief, asylum, protection); COOPERATE is a material exchange that benefits both sides (trade, joint work,
judicial hand-overs, intelligence shared)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2020, 1, 1)

POSITIVE = [
    # AID: a participle with its giver after "by"
    ("Missiles supplied by Britain to Ukraine struck a depot in Crimea.", "AID", ("GBR",), ("UKR",)),
    ("The howitzers sent to Ukraine by France were used near Bakhmut.", "AID", ("FRA",), ("UKR",)),
    # AID: aid named by where it comes from, told arriving
    ("Relief from Japan arrived in Nepal on Sunday.", "AID", ("JPN",), ("NPL",)),
    ("Medicines from China were delivered to Italy last week.", "AID", ("CHN",), ("ITA",)),
    ("The first batch of the Chinese vaccine arrived in Serbia.", "AID", ("CHN",), ("SRB",)),
    # AID: told from the receiving side
    ("Kenya received 800,000 vaccine doses from Britain.", "AID", ("GBR",), ("KEN",)),
    ("Ukraine will get more howitzers from Germany.", "AID", ("DEU",), ("UKR",)),
    ("Jordan has received billions of American aid.", "AID", ("USA",), ("JOR",)),
    # AID: two objects, arming, propping up
    ("Washington handed Cairo a fresh tranche of military aid.", "AID", ("USA",), ("EGY",)),
    ("Iran has been arming the Houthis for years.", "AID", ("IRN",), None),
    ("Moscow kept propping up the Assad government.", "AID", ("RUS",), ("SYR",)),
    # AID: specialists lent, firefighting help, defence sent
    ("Norway provided demining specialists to Ukraine.", "AID", ("NOR",), ("UKR",)),
    ("Italy sent firefighting aircraft to Greece.", "AID", ("ITA",), ("GRC",)),
    ("Cypriot firefighters helped put out the wildfires in Israel.", "AID", ("CYP",), ("ISR",)),
    ("NATO deployed Patriot batteries to protect Turkey.", "AID", ("NATO",), ("TUR",)),
    ("Russia sent free wheat to Somalia.", "AID", ("RUS",), ("SOM",)),
    # AID: schools and hospitals paid for or built abroad, convoys guarded, forces trained abroad
    ("Japan financed the construction of a hospital in Cambodia.", "AID", ("JPN",), ("KHM",)),
    ("China will build a school in Nepal.", "AID", ("CHN",), ("NPL",)),
    ("Turkish soldiers escorted aid convoys in Somalia.", "AID", ("TUR",), ("SOM",)),
    ("Iraqi officers were trained in Jordan.", "AID", ("JOR",), ("IRQ",)),
    ("France airlifted vaccines to Senegal.", "AID", ("FRA",), ("SEN",)),
    # AID: field hospitals, services restored, one system received, money programmes, a side sheltered
    ("Jordan set up a field hospital in Gaza.", "AID", ("JOR",), ("PSE",)),
    ("Chinese engineers helped restore electricity in Cuba.", "AID", ("CHN",), ("CUB",)),
    ("Ukraine received another NASAMS system from Norway.", "AID", ("NOR",), ("UKR",)),
    ("The World Bank approved a $700 million programme for Egypt.", "AID", ("WORLD_BANK",), ("EGY",)),
    ("Turkey sheltered the Syrian opposition.", "AID", ("TUR",), None),
    # AID: peacekeepers sent, told in the passive; relief for the people of a place
    ("Nepalese peacekeepers were deployed to Lebanon.", "AID", ("NPL",), ("LBN",)),
    ("Canada allocated 5 million dollars in aid for flood victims in Libya.", "AID", ("CAN",), ("LBY",)),
    # COOPERATE: information and evidence passed on
    (
        "The FBI passed information about the hijackers to the Pakistani police.",
        "COOPERATE",
        ("USA",),
        ("PAK",),
    ),
    (
        "Kenya provided evidence of the massacre to the International Criminal Court.",
        "COOPERATE",
        ("KEN",),
        ("ICC",),
    ),
    ("The ICC obtained evidence from Georgia.", "COOPERATE", ("GEO",), ("ICC",)),
    ("Washington supplied Kyiv with satellite imagery.", "COOPERATE", ("USA",), ("UKR",)),
    ("Britain is providing reconnaissance data to the Ukrainian army.", "COOPERATE", ("GBR",), ("UKR",)),
    ("Turkey helped Germany identify the attackers.", "COOPERATE", ("TUR",), ("DEU",)),
    ("Russia notified China in advance of the missile test.", "COOPERATE", ("RUS",), ("CHN",)),
    # COOPERATE: trade
    ("Japan received a cargo of LNG from Qatar.", "COOPERATE", ("QAT",), ("JPN",)),
    ("Aramco bought a stake in China's Rongsheng.", "COOPERATE", ("SAU",), ("CHN",)),
    ("Germany is Poland's biggest trading partner.", "COOPERATE", ("DEU",), ("POL",)),
    ("Russian oil supplies to India reached a record in May.", "COOPERATE", ("RUS",), ("IND",)),
    ("Qatar has become the main supplier of LNG to Germany.", "COOPERATE", ("QAT",), ("DEU",)),
    ("Turkey continued to implement its gas contract with Russia.", "COOPERATE", ("TUR",), ("RUS",)),
    ("A shipment of Russian wheat arrived in Egypt.", "COOPERATE", ("RUS",), ("EGY",)),
    # COOPERATE: two sides acting together
    (
        "The United States and Japan coordinated their intervention in the yen market.",
        "COOPERATE",
        ("USA", "JPN"),
        (),
    ),
    ("India and Russia started joint production of rifles.", "COOPERATE", ("IND", "RUS"), ()),
    ("France and Germany are coordinating their sanctions against Iran.", "COOPERATE", ("FRA", "DEU"), ()),
    ("India and Iran switched to payments in national currencies.", "COOPERATE", ("IND", "IRN"), ()),
    ("Russia and China resumed passenger train services.", "COOPERATE", ("RUS", "CHN"), ()),
    # COOPERATE: forces hosted, ships let through, reactors built at another's plant
    ("Armenia hosted Russian troops at the Gyumri base.", "COOPERATE", ("ARM",), ("RUS",)),
    ("Egypt allowed Iranian warships to pass through the Suez Canal.", "COOPERATE", ("EGY",), ("IRN",)),
    ("Russia is building two new units at Turkey's Akkuyu site.", "COOPERATE", ("RUS",), ("TUR",)),
]

NEGATIVE = [
    # goods sold, a hope, people arriving, a letter handed, building at home or for one's own forces
    ("The gas supplied by Russia to Hungary is cheap.", "AID"),
    ("Kyiv hopes to receive more howitzers one day.", "AID"),
    ("The refugees from Syria arrived in Greece.", "AID"),
    ("The first batch of Russian oil arrived in India.", "AID"),
    ("He handed the minister a letter from the president.", "AID"),
    ("Russia built a military base in Syria.", "AID"),
    ("Israel built new homes in the West Bank.", "AID"),
    ("The firefighters battled the blaze in the capital for hours.", "AID"),
    ("The US deployed warships to the Black Sea to deter Russia.", "AID"),
    ("Russian pilots were trained in secret.", "AID"),
    ("Russian troops helped restore order in Kazakhstan.", "AID"),
    ("The IMF approved a $1 billion programme.", "AID"),
    ("Russian troops were sent to Belarus for the drills.", "AID"),
    ("The first cargo of oil arrived in Pakistan.", "COOPERATE"),
    ("Putin opened a new industrial project in Moscow.", "COOPERATE"),
    # help and projects in the doer's own place (detente.coding.homehelp)
    ("Russia built a new railway in Moscow.", "COOPERATE"),
    ("Japan funded the reconstruction of a bridge in Tokyo.", "AID"),
    ("Russia built a school in Moscow.", "AID"),
    # information not passed to a state, talks hosted, a peace deal carried out, no one sharing
    ("The ministry passed the message to the press.", "COOPERATE"),
    ("Russia provided evidence that the convoy had been attacked.", "COOPERATE"),
    ("Police received a tip from a member of the public.", "COOPERATE"),
    ("Belarus hosted the talks between Russia and Ukraine.", "COOPERATE"),
    ("Ethiopia would implement the peace deal with Eritrea.", "COOPERATE"),
    ("Lavrov informed the US of Russia's position.", "COOPERATE"),
    ("NATO informed Russia about the exercise.", "COOPERATE"),
    ("Russia and Ukraine fought side by side in the Second World War.", "AID"),
    ("Russian gas supplies to Europe fell sharply.", "COOPERATE"),
    ("Germany switched to LNG from Qatar.", "COOPERATE"),
    ("Russia refused to provide intelligence data to the inspectors.", "COOPERATE"),
]


def _events(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    return [(e.event.value, e.source, e.target, e.polarity.value) for e in code_sentence(text, date=DAY)]


@pytest.mark.parametrize(("text", "etype", "source", "target"), POSITIVE)
def test_codes_the_type(
    text: str, etype: str, source: tuple[str, ...], target: tuple[str, ...] | None
) -> None:
    found = [e for e in _events(text) if e[0] == etype]
    assert found, (text, _events(text))
    assert any(set(source) <= set(e[1]) and (target is None or set(target) <= set(e[2])) for e in found), (
        text,
        found,
    )


@pytest.mark.parametrize(("text", "etype"), NEGATIVE)
def test_look_alike_does_not_code(text: str, etype: str) -> None:
    assert not [e for e in _events(text) if e[0] == etype and e[3] == "asserted"], (text, _events(text))


def test_future_and_negated_keep_their_polarity() -> None:
    future = [e for e in _events("Japan will build a hospital in Laos.") if e[0] == "AID"]
    assert future and future[0][3] == "future"
    denied = [
        e
        for e in _events("Ankara did not allow Russian warships to pass through the straits.")
        if e[0] == "COOPERATE"
    ]
    assert not denied or denied[0][3] != "asserted"
