"""Material acts of session 33 (helper material2): MOBILIZE, SANCTION and AID on official and news wording,
with their sides (detente.coding.material2 and lexicon/s33-material2.toml). Every sentence is invented for
these tests: the battery covers active, passive and nominal forms, first-person statements with a speaker,
future, negated and hypothetical wording, and look-alikes that must not be read as the type."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.badinput import coded_twice_cleanly, near_limit

from detente.coding.coder import Event, code_sentence
from detente.coding.material2 import settled

DAY = dt.date(2023, 3, 1)

Found = list[tuple[str, tuple[str, ...], tuple[str, ...], str]]


def coded(text: str, speaker: str | None = None) -> Found:
    return [
        (e.event.value, e.source, e.target, e.polarity.value)
        for e in code_sentence(text, date=DAY, speaker=speaker)
    ]


def has(found: Found, etype: str, source: str, polarity: str = "asserted", target: str | None = None) -> bool:
    return any(
        t == etype and source in s and p == polarity and (target is None or target in g)
        for t, s, g, p in found
    )


# --- MOBILIZE ---------------------------------------------------------------------------------------------

MOBILIZE_CASES = [
    # (speaker, sentence, source, target or None, polarity)
    (
        None,
        "The deployment of Russian battalions to the Belarusian border alarmed Vilnius.",
        "RUS",
        None,
        "asserted",
    ),
    (None, "Poland moved two armoured brigades to its eastern frontier.", "POL", None, "asserted"),
    (
        None,
        "Beijing sent an aircraft carrier group into the waters east of Taiwan.",
        "CHN",
        "TWN",
        "asserted",
    ),
    (
        "RUS",
        "We have deployed additional air defence units to the Kaliningrad region.",
        "RUS",
        None,
        "asserted",
    ),
    (None, "The Iranian navy staged large-scale drills in the Strait of Hormuz.", "IRN", None, "asserted"),
    (None, "North Korea put its artillery units on high alert.", "PRK", None, "asserted"),
    (
        None,
        "Russia placed its strategic nuclear forces on special combat readiness.",
        "RUS",
        None,
        "asserted",
    ),
    (
        None,
        "Japanese fighter jets were scrambled to intercept two Chinese bombers.",
        "JPN",
        "CHN",
        "asserted",
    ),
    (None, "The Pentagon will send 3,000 more troops to Poland.", "USA", None, "future"),
    (None, "Turkey massed tanks along the Syrian border.", "TUR", "SYR", "asserted"),
    (None, "Armenia announced a general mobilisation of reservists.", "ARM", None, "asserted"),
    (
        None,
        "Venezuela's build-up of troops near the Guyanese border worries Georgetown.",
        "VEN",
        "GUY",
        "asserted",
    ),
    (None, "Britain dispatched a warship to the Gulf.", "GBR", None, "asserted"),
    (None, "Moscow stationed Iskander missiles in Kaliningrad.", "RUS", None, "asserted"),
    (
        None,
        "NATO warplanes intercepted a Russian reconnaissance aircraft over the Baltic Sea.",
        "NATO",
        "RUS",
        "asserted",
    ),
    (
        None,
        "India has not deployed any additional troops to the Ladakh frontier, the army said.",
        "IND",
        None,
        "negated",
    ),
    (None, "Israel called up 300,000 reservists.", "ISR", None, "asserted"),
    (None, "Pyongyang test-fired a ballistic missile into the Sea of Japan.", "PRK", None, "asserted"),
    (None, "Washington has moved B-52 bombers to Guam.", "USA", None, "asserted"),
    (None, "The Russian fleet held live-fire exercises in the Black Sea.", "RUS", None, "asserted"),
    (None, "Belarus will hold snap military drills near the Polish border next week.", "BLR", None, "future"),
    (None, "Lithuania said Russia would hold large drills in Kaliningrad next month.", "RUS", None, "future"),
    (None, "Hungary has no plans to send troops to Ukraine.", "HUN", None, "negated"),
    (None, "Finland reinforced its border guard along the Russian frontier.", "FIN", None, "asserted"),
    # forces moved, told in the passive (s33-material2.toml)
    (None, "Russian paratroopers were airlifted to Kazakhstan on Thursday.", "RUS", None, "asserted"),
    (None, "Two US destroyers have been sent to the eastern Mediterranean.", "USA", None, "asserted"),
    (None, "French troops were sent to Estonia last spring.", "FRA", None, "asserted"),
    (None, "Three Danish frigates were dispatched to the Baltic on Monday.", "DNK", None, "asserted"),
    # forces redeployed toward a place, drills named by their holder, surprise checks
    (
        None,
        "Azerbaijan's redeployment of artillery toward Nagorno-Karabakh angered Yerevan.",
        "AZE",
        None,
        "asserted",
    ),
    (
        None,
        "Moscow began snap combat-readiness checks in the Southern Military District.",
        "RUS",
        None,
        "asserted",
    ),
    (
        None,
        "Beijing condemned the naval drills held by the United States and Japan.",
        "USA",
        None,
        "asserted",
    ),
    (None, "Tokyo protested against manoeuvres staged by China near the islands.", "CHN", None, "asserted"),
    # nuclear arms moved, missile tests and escalations named by their owner
    (None, "Minsk said Russian nuclear weapons had been moved to Belarus.", "RUS", None, "asserted"),
    (None, "Japan condemned the missile launch by North Korea.", "PRK", None, "asserted"),
    (None, "North Korea's launch of an intercontinental missile drew condemnation.", "PRK", None, "asserted"),
    (
        None,
        "The Council condemned Moscow's military escalation near the Ukrainian border.",
        "RUS",
        None,
        "asserted",
    ),
    (
        None,
        "Beijing protested over the passage of two Canadian frigates through the Taiwan Strait.",
        "CAN",
        None,
        "asserted",
    ),
]


@pytest.mark.parametrize(("speaker", "text", "source", "target", "polarity"), MOBILIZE_CASES)
def test_mobilize_is_read_with_its_doer(
    speaker: str | None, text: str, source: str, target: str | None, polarity: str
) -> None:
    assert has(coded(text, speaker), "MOBILIZE", source, polarity, target)


def test_no_units_sent_is_a_denied_deployment() -> None:
    found = coded("No Belarusian units have been sent to Ukraine, Minsk insisted.")
    assert has(found, "MOBILIZE", "BLR", "negated")
    assert not has(found, "MOBILIZE", "BLR", "asserted")


def test_forces_sent_to_fight_beside_a_partner_are_its_aid_only() -> None:
    found = coded("Tehran said 3,000 Cuban fighters had been sent to Syria to fight alongside Syrian troops.")
    assert not [e for e in found if e[0] == "MOBILIZE" and "CUB" in e[1]]


def test_forces_sent_back_to_bases_stand_down() -> None:
    found = coded("Russian forces were redeployed to their permanent bases after the drills.")
    assert has(found, "RETREAT", "RUS")
    assert not [e for e in found if e[0] == "MOBILIZE"]


MOBILIZE_LOOKALIKES = [
    "Microsoft deployed its new cloud software across government offices.",
    "The government mobilised funds for flood relief in the south.",
    "The weather service issued a storm alert for the coast.",
    "The exercise of the right to vote is guaranteed by the constitution.",
    "The party rallied its supporters ahead of the election.",
    "The hospital deployed new nurses to its intensive care ward.",
    "The company sent 300 workers to its plant in Mexico.",
    "The troops were sent home after the exercise.",
    "The ship was sent to the scrapyard.",
    "The parcels were sent to Poland by courier.",
    "The software update was deployed to all branches of the bank.",
    "The military presence in the region has grown.",
    "A missile test was reported somewhere in the desert.",
    "The launch of a weather satellite went smoothly.",
    "US military presence in Japan is a matter of debate.",
    "Tanks were seen moving toward the border.",
    "Traffic from Poland was moving towards the border.",
]


@pytest.mark.parametrize("text", MOBILIZE_LOOKALIKES)
def test_mobilize_lookalikes_are_not_deployments(text: str) -> None:
    assert not [e for e in coded(text) if e[0] == "MOBILIZE" and e[3] == "asserted"]


# --- SANCTION ---------------------------------------------------------------------------------------------

SANCTION_CASES = [
    (None, "The European Union imposed sanctions on six Belarusian officials.", "EU", "BLR", "asserted"),
    (None, "Washington expelled 12 Russian diplomats.", "USA", "RUS", "asserted"),
    (None, "Two Polish diplomats were expelled by Minsk.", "BLR", "POL", "asserted"),
    (
        None,
        "Moscow's decision to suspend its participation in the New START treaty angered Washington.",
        "RUS",
        None,
        "asserted",
    ),
    (None, "Lithuania closed the Russian consulate in Klaipeda.", "LTU", "RUS", "asserted"),
    (None, "Canada banned imports of Russian steel.", "CAN", "RUS", "asserted"),
    (None, "Japan froze the assets of Russian banks.", "JPN", "RUS", "asserted"),
    ("FRA", "We have decided to suspend military cooperation with Niger.", "FRA", "NER", "asserted"),
    (None, "Ankara recalled its ambassador from Tel Aviv.", "TUR", "ISR", "asserted"),
    (None, "Australia imposed an arms embargo on Myanmar.", "AUS", "MMR", "asserted"),
    (None, "The African Union suspended Mali's membership.", "AU", "MLI", "asserted"),
    (None, "Britain will impose new sanctions on Iran next week.", "GBR", "IRN", "future"),
    (None, "Berlin is not going to expel the Russian ambassador.", "DEU", "RUS", "negated"),
    (None, "Estonia declared a Russian diplomat persona non grata.", "EST", "RUS", "asserted"),
    (None, "Beijing halted imports of Australian wine.", "CHN", "AUS", "asserted"),
    (None, "Kyiv severed diplomatic relations with Moscow.", "UKR", "RUS", "asserted"),
    (None, "Seoul suspended the military agreement with Pyongyang.", "KOR", "PRK", "asserted"),
    (None, "The US revoked the visas of four Chinese officials.", "USA", "CHN", "asserted"),
    (None, "Turkey downgraded diplomatic relations with Israel.", "TUR", "ISR", "asserted"),
    (None, "Washington is considering sanctions on Chinese chipmakers.", "USA", "CHN", "hypothetical"),
    (None, "Russia has not imposed any restrictions on Kazakh imports.", "RUS", "KAZ", "negated"),
    # lists that bar people, measures enacted in a decree, owned suspensions and packages (s33-material2.toml)
    (None, "Moscow added 200 British citizens to its entry ban list.", "RUS", "GBR", "asserted"),
    (None, "Thirty Dutch officials have been placed on Russia's entry stop-list.", "RUS", "NLD", "asserted"),
    (
        None,
        "The president signed a decree on special economic measures against the Republic of Turkey.",
        "RUS",
        "TUR",
        "asserted",
    ),
    (None, "The EU's new sanctions package targets Russian diamonds.", "EU", None, "asserted"),
    (None, "The Kremlin's suspension of the deal angered Ankara.", "RUS", None, "asserted"),
    # envoys sent out of a place (detente.coding.material2.sent_out)
    (None, "Russian diplomats were ordered out of Oslo on Friday.", "NOR", "RUS", "asserted"),
    (
        None,
        "Two employees of the Chinese embassy were told to leave Lithuania within a week.",
        "LTU",
        "CHN",
        "asserted",
    ),
    ("RUS", "Our diplomats were declared persona non grata in Tallinn.", "EST", "RUS", "asserted"),
    (None, "A Polish consul was given 48 hours to leave Minsk.", "BLR", "POL", "asserted"),
    (
        None,
        "Four American diplomats must leave Russia by Friday, the Foreign Ministry said.",
        "RUS",
        "USA",
        "asserted",
    ),
]


@pytest.mark.parametrize(("speaker", "text", "source", "target", "polarity"), SANCTION_CASES)
def test_sanction_is_read_with_its_sides(
    speaker: str | None, text: str, source: str, target: str | None, polarity: str
) -> None:
    assert has(coded(text, speaker), "SANCTION", source, polarity, target)


SANCTION_LOOKALIKES = [
    "EU ministers will discuss possible sanctions against Minsk on Monday.",
    "Sanctions could be imposed if Tehran does not comply.",
    "The city council banned smoking in public parks.",
    "The club suspended its striker for three matches.",
    "The school suspended classes because of the snow.",
    "The bank froze the account of a customer who missed payments.",
    "The union expelled two members for breaking the strike.",
    "The airline cancelled flights because of the storm.",
    "The suspension of the treaty was discussed.",
    "The new sanctions package was debated in Brussels.",
    "Diplomats of twelve states were asked to leave the hall before the vote.",
    "No Russian diplomats have been told to leave Bulgaria, the ministry said.",
    "The restrictions that Berlin never imposed on Russian gas were a myth.",
    "The court revoked the ratification vote of the city council.",
]


@pytest.mark.parametrize("text", SANCTION_LOOKALIKES)
def test_sanction_lookalikes_are_not_measures_taken(text: str) -> None:
    assert not [e for e in coded(text) if e[0] == "SANCTION" and e[3] == "asserted"]


# --- AID --------------------------------------------------------------------------------------------------

AID_CASES = [
    (None, "Germany delivered Leopard tanks to Ukraine.", "DEU", "UKR", "asserted"),
    (None, "Japan sent 50 tonnes of humanitarian supplies to Turkey.", "JPN", "TUR", "asserted"),
    (None, "British instructors are training Ukrainian soldiers.", "GBR", "UKR", "asserted"),
    (None, "The World Bank approved a $500 million loan to Kenya.", "WORLD_BANK", "KEN", "asserted"),
    ("RUS", "We have provided Syria with wheat and medicines.", "RUS", "SYR", "asserted"),
    (None, "Washington will send more artillery shells to Kyiv.", "USA", "UKR", "future"),
    (None, "China shipped vaccines to Cambodia.", "CHN", "KHM", "asserted"),
    (
        None,
        "The EU disbursed 1.5 billion euros in macro-financial assistance to Ukraine.",
        "EU",
        "UKR",
        "asserted",
    ),
    (None, "Washington approved a $2 billion military aid package for Taiwan.", "USA", "TWN", "asserted"),
    (None, "Norway donated fighter jets to Ukraine.", "NOR", "UKR", "asserted"),
    (None, "Tons of food aid were airlifted to Sudan by the United Nations.", "UN", "SDN", "asserted"),
    (
        "RUS",
        "We have handed over 40 tonnes of humanitarian cargo to the people of Cuba.",
        "RUS",
        "CUB",
        "asserted",
    ),
    (None, "The Chinese government granted Laos an interest-free loan.", "CHN", "LAO", "asserted"),
    (None, "Russian military advisers are training the army of Mali.", "RUS", "MLI", "asserted"),
    (None, "Italy sent a field hospital and doctors to Libya.", "ITA", "LBY", "asserted"),
    (None, "Brazil offered asylum to the former Bolivian president.", "BRA", "BOL", "asserted"),
    (None, "Moscow supplied S-400 systems to Turkey.", "RUS", "TUR", "asserted"),
    # relief teams sent, told in the passive (s33-material2.toml)
    (None, "Russian rescue teams were sent to Turkey after the earthquake.", "RUS", "TUR", "asserted"),
    (None, "German medics were flown to Ukraine.", "DEU", "UKR", "asserted"),
    # weapons withheld (detente.coding.material2.withheld_weapons)
    (None, "The Netherlands will not deliver F-16s to Ukraine before the summer.", "NLD", "UKR", "negated"),
    (None, "Russia will never supply weapons to the Taliban.", "RUS", "TALIBAN", "negated"),
    (None, "Seoul does not send artillery shells to Kyiv, the ministry repeated.", "KOR", "UKR", "negated"),
    # deliveries named by whose arms they are (detente.coding.material2.named_deliveries)
    (None, "The shipment of Iranian drones to Russia was confirmed by Kyiv.", "IRN", "RUS", "asserted"),
    (None, "The delivery of German tanks to Ukraine was completed in April.", "DEU", "UKR", "asserted"),
    (None, "The Kremlin condemned the supply of British missiles to Ukraine.", "GBR", "UKR", "asserted"),
    (None, "Norway's transfer of rifles to Ukraine angered Moscow.", "NOR", "UKR", "asserted"),
    # deliveries asked to stop are going on (detente.coding.material2.deliveries_to_stop)
    (None, "We urge Berlin to stop supplying weapons to Kyiv.", "DEU", "UKR", "asserted"),
    (None, "Moscow called on Washington to halt arms deliveries to Taiwan.", "USA", "TWN", "asserted"),
    ("RUS", "We demand that London stop sending missiles to Ukraine.", "GBR", "UKR", "asserted"),
    # relief from a side (detente.coding.material2.relief_from)
    (None, "Humanitarian convoys from Russia crossed into Donbas.", "RUS", "UKR", "asserted"),
    (None, "Aid flights from Qatar landed in Kabul on Sunday.", "QAT", "AFG", "asserted"),
    # help of another side's people, money to rebuild another side, shelter in a mission (s33-material2.toml)
    (None, "With the help of Swedish engineers, the dam in Laos was repaired.", "SWE", None, "asserted"),
    (
        None,
        "The EU has earmarked 500 million euros for the reconstruction of Ukraine's power grid.",
        "EU",
        "UKR",
        "asserted",
    ),
    (None, "The opposition leader is sheltering in the Dutch embassy.", "NLD", "opposition", "asserted"),
    # credit given to a side named first (s33-material2.toml)
    (
        None,
        "The United States extended Kyiv a $20 billion loan backed by frozen Russian assets.",
        "USA",
        "UKR",
        "asserted",
    ),
    (None, "Beijing granted Dhaka a new credit line for the port.", "CHN", "BGD", "asserted"),
]


@pytest.mark.parametrize(("speaker", "text", "source", "target", "polarity"), AID_CASES)
def test_aid_is_read_with_its_sides(
    speaker: str | None, text: str, source: str, target: str | None, polarity: str
) -> None:
    assert has(coded(text, speaker), "AID", source, polarity, target)


def test_an_outright_refusal_to_supply_stays_a_rejection() -> None:
    found = coded("France refused to supply Rafale jets to India.")
    assert has(found, "REJECT", "FRA")
    assert not [e for e in found if e[0] == "AID"]


def test_the_side_that_confirms_a_shipment_does_not_deliver_it() -> None:
    found = coded("The shipment of Iranian drones to Russia was confirmed by Kyiv.")
    assert not [e for e in found if e[0] == "AID" and "UKR" in e[1]]


AID_LOOKALIKES = [
    "The government allocated 2 billion roubles to the flood-hit regions of Siberia.",
    "Parliament approved the national budget for the next year.",
    "The company delivered its quarterly results on Tuesday.",
    "Toyota supplied engines to its factory in Texas.",
    "The ministry sent inspectors to the Volga region to check the harvest.",
    "The governor provided new ambulances to rural hospitals.",
    "The coach helped the team win the cup.",
    "Berlin is debating whether to send Taurus missiles to Kyiv.",
    "The halted deliveries of German tanks to Ukraine resumed.",
    "Kyiv denied reports of the delivery of Polish jets to Ukraine.",
    "We asked them to stop sending journalists to the region.",
    "Aid convoys from Egypt were blocked at the crossing into Gaza.",
    "If aid flights from Kuwait reach the airport, the shortages will ease.",
    "The government allocated 2 billion roubles for the reconstruction of the flood-hit towns.",
    "Kyiv allocated 1 billion hryvnias for the reconstruction of Kharkiv.",
    "With the help of experts, the bridge was rebuilt.",
    "The Russian ambassador hid in the Russian embassy.",
    "The bank extended the company a loan.",
]


@pytest.mark.parametrize("text", AID_LOOKALIKES)
def test_aid_lookalikes_are_not_aid_given(text: str) -> None:
    assert not [e for e in coded(text) if e[0] == "AID" and e[3] == "asserted"]


# --- bad input --------------------------------------------------------------------------------------------


def _no_make(*_: object) -> Event:
    raise AssertionError("nothing is made from bad input")


@pytest.mark.parametrize("text", ["", "   ", "1234 5678", "!!!", "x" * 100_000])
def test_bad_input_is_left_alone(text: str) -> None:
    assert settled(text, [], (), None, _no_make) == []
    coded_twice_cleanly(text, date=DAY)


def test_a_long_run_of_the_family_words_is_coded_cleanly() -> None:
    coded_twice_cleanly(near_limit("Russian troops were sent to the border by Minsk. "), date=DAY)
    coded_twice_cleanly("Russian diplomats were ordered out of Oslo. " * 2500, date=DAY)
