"""Wider wording for COERCE, CONCEDE and RETREAT (s23-weak1): detentions told with "hold", protests against a
detention, networks cut, ground held by its size, plans paused under pressure, forces gone
from places the dictionary lacks, people handed back (data in patterns.toml under "s23-weak1", logic in
detente.coding.captivity). Every family has a sentence that must code the type and a lookalike that must
not."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.coded import triples

DAY = dt.date(2020, 1, 1)


def types(text: str) -> set[str]:
    return {t[0] for t in triples(text, DAY)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people told as held by a state (detente.coding.captivity)
        ("Two Americans are being held in Russia.", ("COERCE", ("RUS",), ("USA",))),
        ("The two Britons were held by Iran for six years.", ("COERCE", ("IRN",), ("GBR",))),
        ("Iran is still holding three French citizens.", ("COERCE", ("IRN",), ("FRA",))),
        ("Russia continues to hold twenty Ukrainian sailors.", ("COERCE", ("RUS",), ("UKR",))),
        # a detention named in a protest against it
        (
            "The ministry protests against the detention of two Russian citizens by the Estonian authorities.",
            ("COERCE", ("EST",), ("RUS",)),
        ),
        # a court's act told in the passive takes the state of its place
        ("A French cyclist was sentenced to four years in Iran.", ("COERCE", ("IRN",), ("FRA",))),
        ("A US reporter was convicted in Russia of espionage.", ("COERCE", ("RUS",), ("journalists",))),
        # the place's state is not the doer of a sentence passed on its own people
        ("A Russian was sentenced in Russia.", ("COERCE", (), ("RUS",))),
        # a plane forced down, named as a noun
        (
            "Allies condemned the Belarusian regime's forced landing of the passenger jet.",
            ("COERCE", ("BLR",), ()),
        ),
        # arrests told in the passive with their doer after the particle
        ("Dozens of protesters were rounded up by Egyptian police.", ("COERCE", ("EGY",), ("protesters",))),
        # networks cut over a region
        ("India cut mobile internet access in Kashmir.", ("COERCE", ("IND",), ())),
        # prison terms handed down
        (
            "Belarus handed the reporter a twelve-year prison sentence.",
            ("COERCE", ("BLR",), ("journalists",)),
        ),
        # people moved by force, passports forced on them
        ("Russia forcibly relocated the residents of the village.", ("COERCE", ("RUS",), ("civilians",))),
        ("Russia compelled Ukrainians to accept Russian passports.", ("COERCE", ("RUS",), ("UKR",))),
        # relief kept out of a besieged place
        ("Israel blocked all fuel from entering Gaza.", ("COERCE", ("ISR",), ("PSE",))),
        ("Israel halted the entry of food into Gaza.", ("COERCE", ("ISR",), ("PSE",))),
        # ground held, told by its size or share
        (
            "Ukrainian troops now control some 900 square kilometres of Russian territory.",
            ("COERCE", ("UKR",), ("RUS",)),
        ),
        ("Russia controls about a fifth of Ukraine.", ("COERCE", ("RUS",), ("UKR",))),
        (
            "Russian forces established control over the Ukrainian power plant.",
            ("COERCE", ("RUS",), ("UKR",)),
        ),
        # monuments removed
        ("Estonia removed the tank memorial in Narva.", ("COERCE", ("EST",), ())),
        # parties and languages restricted at home
        (
            "Ukraine suspended the activities of several opposition parties.",
            ("COERCE", ("UKR",), ("opposition",)),
        ),
        # passage of ships blocked
        (
            "Russia obstructed the passage of Ukrainian vessels through the strait.",
            ("COERCE", ("RUS",), ("UKR",)),
        ),
        # plans and taxes dropped under pressure, posts offered
        ("Israel paused its judicial overhaul.", ("CONCEDE", ("ISR",), ())),
        ("Lebanon scrapped the tax on messaging calls.", ("CONCEDE", ("LBN",), ())),
        ("Ecuador restored the fuel subsidies.", ("CONCEDE", ("ECU",), ())),
        ("Azerbaijan reopened the Lachin corridor.", ("CONCEDE", ("AZE",), ())),
        (
            "Ukraine's president offered to make the opposition leader prime minister.",
            ("CONCEDE", ("UKR",), ("opposition",)),
        ),
        # de-escalation declared
        ("Russia said it would cut back its military operations near Kyiv.", ("CONCEDE", ("RUS",), ("UKR",))),
        ("Hungary lifted its block on the aid package for Ukraine.", ("CONCEDE", ("HUN",), ("UKR",))),
        (
            "Putin ordered a halt to strikes on Ukrainian energy infrastructure.",
            ("CONCEDE", ("RUS",), ("UKR",)),
        ),
        (
            "Russia has taken the decision to end the military operation in Georgia.",
            ("CONCEDE", ("RUS",), ("GEO",)),
        ),
        # own forces ordered out, sent back to base
        ("Russia ordered its troops to withdraw from the Kyiv region.", ("CONCEDE", ("RUS",), ("UKR",))),
        # people and bases handed back, monitors let in
        ("China released the two Canadians.", ("RETREAT", ("CHN",), ("CAN",))),
        ("Georgia returned the four Russian officers to Moscow.", ("RETREAT", ("GEO",), ("RUS",))),
        ("The United States handed over the airbase to Afghan forces.", ("RETREAT", ("USA",), ("AFG",))),
        # forces gone from places the dictionary lacks, pull-backs named as nouns
        ("Russian troops left their positions near Kyiv.", ("RETREAT", ("RUS",), ("UKR",))),
        ("The Russian contingent has left the region.", ("RETREAT", ("RUS",), ())),
        ("The last US troops flew out of Kabul.", ("RETREAT", ("USA",), ("AFG",))),
        ("The British destroyer left Russian waters.", ("RETREAT", ("GBR",), ("RUS",))),
        ("There is no sign of a Russian pull-back from the border.", ("RETREAT", ("RUS",), ())),
        ("Russia completed the return of its troops to their permanent bases.", ("RETREAT", ("RUS",), ())),
        ("Russia removed its garrison from Snake Island.", ("RETREAT", ("RUS",), ("UKR",))),
        ("Russia closed its military base in Georgia.", ("RETREAT", ("RUS",), ("GEO",))),
    ],
)
def test_widened_wording_codes(text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    assert expected in triples(text, DAY)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "hold" with no one held
        ("The summit was held in Russia.", "COERCE"),
        ("Iran is holding talks with three Europeans.", "COERCE"),
        ("We have been holding another student contest.", "COERCE"),
        ("Russia holds two Americans responsible for the leak.", "COERCE"),
        ("The rebels are holding two peacekeepers hostage.", "COERCE"),
        # a protest against a decision names no detention
        ("We protest against the decision of Latvia.", "COERCE"),
        # numbers rounded up, networks widened, warnings given
        ("The figures were rounded up by Russia's statistics office.", "COERCE"),
        ("The pilot made a forced landing in a field near Minsk.", "COERCE"),
        ("India expanded internet access in Kashmir.", "COERCE"),
        ("The court gave the minister a warning.", "COERCE"),
        ("Residents of the village relocated voluntarily to Russia.", "COERCE"),
        ("Israel allowed aid into Gaza.", "COERCE"),
        ("Apple controls 30 percent of the market.", "COERCE"),
        ("The EU holds half of the votes.", "COERCE"),
        ("Russia controls the situation.", "COERCE"),
        ("The statues were restored by Estonia.", "COERCE"),
        ("Russia allowed the passage of Ukrainian ships.", "COERCE"),
        # no concession: refusals, hardening, new burdens
        ("Israel approved the judicial overhaul.", "CONCEDE"),
        ("Lebanon introduced a tax on messaging calls.", "CONCEDE"),
        ("Chile raised electricity prices.", "CONCEDE"),
        ("Hungary imposed a block on the aid package.", "CONCEDE"),
        ("Russia announced a sharp increase in military activity.", "CONCEDE"),
        ("NATO called for a halt to strikes on energy infrastructure.", "CONCEDE"),
        # no retreat: an attack ordered, a document released, forces heading out to fight
        ("Ukraine ordered its troops to attack.", "RETREAT"),
        ("Ukraine returned soldiers to the front line near the town.", "RETREAT"),
        ("China released the report.", "RETREAT"),
        ("Russian troops left the barracks to attack.", "RETREAT"),
        ("Russia built a military base in Syria.", "RETREAT"),
        ("Russia returned the ambassador to Washington.", "RETREAT"),
        ("Unions halted strikes on Monday.", "RETREAT"),
        ("Kyrgyzstan voted to shut the US air base at Manas.", "RETREAT"),
    ],
)
def test_lookalikes_do_not_code(text: str, absent: str) -> None:
    assert absent not in types(text)
