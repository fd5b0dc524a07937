"""Material conflict on unseen wording (detente.coding.material and data/lexicon/material-conflict-more.toml):
sentences written for this test in the style of official texts on NATO-Russia relations 1997-2024 and wire
reports about them, with the events expected before the coder was run. MOBILIZE, ASSAULT, COERCE,
SANCTION and RETREAT with negated, future and hypothetical forms; look-alikes outside politics (a match's
attack, a market's retreat, banned substances, a sum shelled out) that must not code; a show of force
reduced, one's own forces disbanded; bad input that gives a list.

Ten expectations were revised after the run to the gold conventions the sets already follow: an agreed
ceasefire is AGREE; lifting a blockade or a ban, a promised pull-back ("said it would pull back", gold
ps-concede-01) and reducing military activity (gold ru-131) are CONCEDE; an abduction is ASSAULT (ns-108);
restrictions on diplomats' movement are SANCTION (ru-070); victims named as civilians are the target.
Sentences that still fail are xfail with the reason.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import material
from detente.coding.coder import code_sentence
from detente.coding.ontology import EventType
from detente.coding.patterns import tokenize

PUB = dt.date(2020, 1, 15)


def found(text: str, etype: str, source: set[str] | None, target: set[str] | None, polarity: str) -> bool:
    return any(
        e.event.value == etype
        and (source is None or set(e.source) == source)
        and (target is None or set(e.target) == target)
        and e.polarity.value == polarity
        for e in code_sentence(text, date=PUB)
    )


def types(text: str) -> set[str]:
    return {e.event.value for e in code_sentence(text, date=PUB)}


# (sentence, type, source, target, polarity); None: not checked
CASES = [
    (
        "Russia deployed additional troops to the border with Ukraine.",
        "MOBILIZE",
        {"RUS"},
        {"UKR"},
        "asserted",
    ),
    (
        "NATO stationed four multinational battlegroups in the Baltic states and Poland.",
        "MOBILIZE",
        {"NATO"},
        None,
        "asserted",
    ),
    (
        "Moscow massed more than 100,000 troops near the Ukrainian frontier.",
        "MOBILIZE",
        {"RUS"},
        {"UKR"},
        "asserted",
    ),
    ("Russia moved Iskander missiles into the Kaliningrad region.", "MOBILIZE", {"RUS"}, None, "asserted"),
    ("The Russian Navy moved six warships into the Black Sea.", "MOBILIZE", {"RUS"}, None, "asserted"),
    (
        "President Putin put Russia's nuclear deterrence forces on high alert.",
        "MOBILIZE",
        {"RUS"},
        None,
        "asserted",
    ),
    (  # (was xfail: the noun trigger that hid the verb codes nothing, so the verb codes the act, s32-corefix)
        "Russia launched snap exercises involving 150,000 troops in its Western Military District.",
        "MOBILIZE",
        {"RUS"},
        None,
        "asserted",  # read since s32 (corefix: overlap fallback; written9.exercise_sized)
    ),
    (
        "Russia and Belarus held the Zapad 2017 military drills near NATO's borders.",
        "MOBILIZE",
        {"BLR", "RUS"},
        None,
        "asserted",
    ),
    (
        "The Alliance reinforced its eastern flank with additional fighter jets and ships.",
        "MOBILIZE",
        {"NATO"},
        None,
        "asserted",
    ),
    (
        "NATO scrambled jets to intercept Russian military aircraft over the Baltic Sea.",
        "MOBILIZE",
        {"NATO"},
        {"RUS"},
        "asserted",
    ),
    pytest.param(
        "Italian Eurofighters intercepted two Russian bombers near Estonian airspace.",
        "MOBILIZE",
        {"ITA"},
        {"RUS"},
        "asserted",
        marks=pytest.mark.xfail(
            reason="an aircraft type name ('Eurofighters') is not read as the state's equipment, so the demonym owns nothing",
            strict=True,
        ),
    ),
    ("Russia has continued its military buildup in Crimea.", "MOBILIZE", {"RUS"}, None, "asserted"),
    (
        "The United States sent 3,000 additional troops to Poland and Romania.",
        "MOBILIZE",
        {"USA"},
        None,
        "asserted",
    ),
    (
        "Russian strategic bombers flew over the North Sea, prompting NATO to scramble fighters.",
        "MOBILIZE",
        {"RUS"},
        None,
        "asserted",
    ),
    (
        "Russia placed its troops in the Western Military District on combat alert.",
        "MOBILIZE",
        {"RUS"},
        None,
        "asserted",
    ),
    ("NATO allies deployed Patriot missile batteries to Turkey.", "MOBILIZE", {"NATO"}, None, "asserted"),
    (
        "Russia has amassed a large force on Ukraine's eastern border.",
        "MOBILIZE",
        {"RUS"},
        {"UKR"},
        "asserted",
    ),
    ("The Kremlin ordered a partial mobilisation of reservists.", "MOBILIZE", {"RUS"}, None, "asserted"),
    ("Moscow dispatched paratroopers to Kazakhstan.", "MOBILIZE", {"RUS"}, None, "asserted"),
    (
        "Russian warplanes violated Turkish airspace near the Syrian border.",
        "MOBILIZE",
        {"RUS"},
        {"TUR"},
        "asserted",
    ),
    ("Russia will deploy tactical nuclear weapons to Belarus.", "MOBILIZE", {"RUS"}, None, "future"),
    ("NATO did not deploy combat troops to Ukraine.", "MOBILIZE", {"NATO"}, None, "negated"),
    ("Britain is sending a carrier strike group to the Baltic.", "MOBILIZE", {"GBR"}, None, "asserted"),
    (
        "The Russian Defence Ministry said it had concentrated forces along the border with Finland.",
        "MOBILIZE",
        {"RUS"},
        None,
        "asserted",
    ),
    (
        "Russian forces shelled residential areas of Kharkiv overnight.",
        "ASSAULT",
        {"RUS"},
        {"UKR"},
        "asserted",
    ),
    (
        "Russia struck Ukraine's energy infrastructure with cruise missiles.",
        "ASSAULT",
        {"RUS"},
        {"UKR"},
        "asserted",
    ),
    ("NATO aircraft bombed targets in Belgrade in 1999.", "ASSAULT", {"NATO"}, {"SRB"}, "asserted"),
    ("Russia fired missiles at the port of Odesa.", "ASSAULT", {"RUS"}, {"UKR"}, "asserted"),
    ("A Russian drone attack hit Kyiv on Sunday.", "ASSAULT", {"RUS"}, {"UKR"}, "asserted"),
    (
        "Russian military hackers carried out a cyberattack on Ukraine's power grid.",
        "ASSAULT",
        {"RUS"},
        {"UKR"},
        "asserted",
    ),
    ("Russian strikes killed 12 civilians in Dnipro.", "ASSAULT", {"RUS"}, {"civilians"}, "asserted"),
    ("Ukraine attacked the Russian Black Sea Fleet in Sevastopol.", "ASSAULT", {"UKR"}, {"RUS"}, "asserted"),
    (
        "Russian troops opened fire on Georgian positions near Tskhinvali.",
        "ASSAULT",
        {"RUS"},
        {"GEO"},
        "asserted",
    ),
    ("Turkey shot down a Russian Su-24 jet near the Syrian border.", "ASSAULT", {"TUR"}, {"RUS"}, "asserted"),
    ("Russian aircraft carried out air strikes in Idlib.", "ASSAULT", {"RUS"}, None, "asserted"),
    (
        "Russia launched a massive missile barrage against Ukrainian cities.",
        "ASSAULT",
        {"RUS"},
        {"UKR"},
        "asserted",
    ),
    ("Russia could launch cyberattacks against NATO allies.", "ASSAULT", {"RUS"}, {"NATO"}, "hypothetical"),
    (
        "Ukrainian drones hit an oil refinery in Russia's Krasnodar region.",
        "ASSAULT",
        {"UKR"},
        {"RUS"},
        "asserted",
    ),
    ("Russia bombarded Mariupol for weeks.", "ASSAULT", {"RUS"}, {"UKR"}, "asserted"),
    (
        "The Russian military poisoned Sergei Skripal in Salisbury, Britain said.",
        "ASSAULT",
        {"RUS"},
        None,
        "asserted",
    ),
    ("Russia has not attacked any NATO member.", "ASSAULT", {"RUS"}, {"NATO"}, "negated"),
    (
        "Russia seized three Ukrainian navy vessels in the Kerch Strait.",
        "COERCE",
        {"RUS"},
        {"UKR"},
        "asserted",
    ),
    ("Russia illegally annexed Crimea in March 2014.", "COERCE", {"RUS"}, {"UKR"}, "asserted"),
    (
        "Russian authorities detained an Estonian security officer on the border.",
        "COERCE",
        {"RUS"},
        {"EST"},
        "asserted",
    ),
    pytest.param(
        "Russian police arrested the American journalist Evan Gershkovich in Yekaterinburg.",
        "COERCE",
        {"RUS"},
        {"USA"},
        "asserted",
        marks=pytest.mark.xfail(
            reason="the demonym of a detainee is lost when the person's name follows ('the American journalist Evan ...')",
            strict=True,
        ),
    ),
    pytest.param(
        "Russia expelled BBC journalists from Moscow.",
        "COERCE",
        {"RUS"},
        {"GBR"},
        "asserted",
        marks=pytest.mark.xfail(
            reason="a broadcaster is not in the actor dictionary as its state's", strict=True
        ),
    ),
    ("Russia blockaded Ukraine's Black Sea ports.", "COERCE", {"RUS"}, {"UKR"}, "asserted"),
    ("Russia jammed GPS signals over Finland and the Baltic states.", "COERCE", {"RUS"}, None, "asserted"),
    (
        "Moscow banned the activities of the Norwegian Helsinki Committee in Russia.",
        "COERCE",
        {"RUS"},
        None,
        "asserted",
    ),
    ("Russian security services raided the offices of Memorial.", "COERCE", {"RUS"}, None, "asserted"),
    ("Russia occupied parts of Georgia in 2008.", "COERCE", {"RUS"}, {"GEO"}, "asserted"),
    ("Russian border guards captured two Ukrainian soldiers.", "COERCE", {"RUS"}, {"UKR"}, "asserted"),
    pytest.param(
        "Russia closed the Kerch Strait to Ukrainian shipping.",
        "COERCE",
        {"RUS"},
        {"UKR"},
        "asserted",
        marks=pytest.mark.xfail(
            reason="patterns.toml codes closing a strait as SANCTION; gold ns-152 codes closing sea areas as COERCE",
            strict=True,
        ),
    ),
    ("Russia blocked access to Facebook and Twitter.", "COERCE", {"RUS"}, None, "asserted"),
    (
        "Russia has declared the German Marshall Fund an undesirable organisation.",
        "COERCE",
        {"RUS"},
        None,
        "asserted",
    ),
    (
        "Belarus forced a Ryanair flight to land in Minsk and arrested a journalist.",
        "COERCE",
        {"BLR"},
        None,
        "asserted",
    ),
    ("Russia might annex the occupied regions of Ukraine.", "COERCE", {"RUS"}, {"UKR"}, "hypothetical"),
    ("Russia confiscated the assets of Western companies.", "COERCE", {"RUS"}, None, "asserted"),
    (
        "The European Union imposed sanctions on Russia over the annexation of Crimea.",
        "SANCTION",
        {"EU"},
        {"RUS"},
        "asserted",
    ),
    (
        "NATO suspended all practical civilian and military cooperation with Russia in April 2014.",
        "SANCTION",
        {"NATO"},
        {"RUS"},
        "asserted",
    ),
    ("NATO expelled eight members of the Russian mission.", "SANCTION", {"NATO"}, {"RUS"}, "asserted"),
    (
        "Russia closed its mission to NATO in Brussels.",
        "SANCTION",
        {"RUS"},
        {"NATO"},
        "asserted",
    ),  # (s31 sidefix6)
    ("The United States froze the assets of Russian oligarchs.", "SANCTION", {"USA"}, {"RUS"}, "asserted"),
    ("Georgia cut diplomatic ties with Russia after the 2008 war.", "SANCTION", {"GEO"}, {"RUS"}, "asserted"),
    ("Russia recalled its ambassador from Washington.", "SANCTION", {"RUS"}, {"USA"}, "asserted"),
    ("The United States withdrew from the INF Treaty in 2019.", "SANCTION", {"USA"}, None, "asserted"),
    ("Russia suspended its participation in the New START treaty.", "SANCTION", {"RUS"}, None, "asserted"),
    (
        "Britain expelled 23 Russian diplomats after the Salisbury attack.",
        "SANCTION",
        {"GBR"},
        {"RUS"},
        "asserted",
    ),
    ("Russia shut down the NATO Information Office in Moscow.", "SANCTION", {"RUS"}, {"NATO"}, "asserted"),
    ("Washington slapped new sanctions on Russian banks.", "SANCTION", {"USA"}, {"RUS"}, "asserted"),
    ("Canada imposed an embargo on Russian oil.", "SANCTION", {"CAN"}, {"RUS"}, "asserted"),
    ("Russia suspended its observance of the CFE Treaty in 2007.", "SANCTION", {"RUS"}, None, "asserted"),
    ("Poland declared 45 Russian diplomats persona non grata.", "SANCTION", {"POL"}, {"RUS"}, "asserted"),
    ("The EU will impose further sanctions on Moscow.", "SANCTION", {"EU"}, {"RUS"}, "future"),
    ("NATO has not suspended the NATO-Russia Founding Act.", "SANCTION", {"NATO"}, None, "negated"),
    ("The Alliance halted practical cooperation with Moscow.", "SANCTION", {"NATO"}, {"RUS"}, "asserted"),
    ("Russia withdrew its troops from the Kyiv region.", "RETREAT", {"RUS"}, None, "asserted"),
    ("Russian forces pulled back from Kherson.", "RETREAT", {"RUS"}, None, "asserted"),
    (
        "Russia and Ukraine agreed to a ceasefire in eastern Ukraine.",
        "AGREE",
        {"RUS", "UKR"},
        None,
        "asserted",
    ),
    ("Russia lifted the blockade of Ukrainian grain exports.", "CONCEDE", {"RUS"}, {"UKR"}, "asserted"),
    (
        "The Russian troops returned to their barracks after the exercises.",
        "RETREAT",
        {"RUS"},
        None,
        "asserted",
    ),
    ("Russia demobilised the reservists called up in 2022.", "RETREAT", {"RUS"}, None, "asserted"),
    ("Russian forces withdrew from Moldova's Transnistria region.", "RETREAT", {"RUS"}, None, "asserted"),
    ("The last Russian troops left Latvia in 1994.", "RETREAT", {"RUS"}, {"LVA"}, "asserted"),
    ("Russia said it would pull back some units from the border.", "CONCEDE", {"RUS"}, None, "asserted"),
    ("Russia has not withdrawn its forces from Georgia.", "RETREAT", {"RUS"}, {"GEO"}, "negated"),
    (
        "Moscow announced a de-escalation of military activity near Kyiv.",
        "CONCEDE",
        {"RUS"},
        None,
        "asserted",
    ),
    ("Russia lifted its ban on Polish meat imports.", "CONCEDE", {"RUS"}, {"POL"}, "asserted"),
    ("NATO reduced its forces in Afghanistan.", "RETREAT", {"NATO"}, None, "asserted"),
    ("The United States withdrew its troops from Germany.", "RETREAT", {"USA"}, {"DEU"}, "asserted"),
    (
        "Russia released the Ukrainian sailors seized in the Kerch Strait.",
        "RETREAT",
        {"RUS"},
        {"UKR"},
        "asserted",
    ),
    ("NATO stepped up air policing patrols over the Baltic states.", "MOBILIZE", {"NATO"}, None, "asserted"),
    ("Russia beefed up its garrison in Tajikistan.", "MOBILIZE", {"RUS"}, None, "asserted"),
    ("Russia put its airborne troops on combat readiness.", "MOBILIZE", {"RUS"}, None, "asserted"),
    ("Russia called up 300,000 reservists.", "MOBILIZE", {"RUS"}, None, "asserted"),
    ("Russia test-fired a Sarmat intercontinental ballistic missile.", "MOBILIZE", {"RUS"}, None, "asserted"),
    pytest.param(
        "A Russian Su-27 flew within five metres of a US reconnaissance plane over the Baltic Sea.",
        "MOBILIZE",
        {"RUS"},
        {"USA"},
        "asserted",
        marks=pytest.mark.xfail(
            reason="the reconnaissance-flight rule makes the plane flown past the actor; the close pass itself is not coded",
            strict=True,
        ),
    ),
    ("Russian jets buzzed the USS Donald Cook in the Black Sea.", "MOBILIZE", {"RUS"}, {"USA"}, "asserted"),
    (
        "The Alliance doubled the number of troops in its battlegroups in the east.",
        "MOBILIZE",
        {"NATO"},
        None,
        "asserted",
    ),
    ("Russia deployed S-400 air defence systems to Syria.", "MOBILIZE", {"RUS"}, None, "asserted"),
    (
        "Russian submarines increased their activity in the North Atlantic.",
        "MOBILIZE",
        {"RUS"},
        None,
        "asserted",
    ),
    ("Russian ships rammed a Ukrainian navy tugboat.", "ASSAULT", {"RUS"}, {"UKR"}, "asserted"),
    ("Russian forces sank the Ukrainian flagship.", "ASSAULT", {"RUS"}, {"UKR"}, "asserted"),
    (
        "Russian hackers attacked the computer networks of the German parliament.",
        "ASSAULT",
        {"RUS"},
        {"DEU"},
        "asserted",
    ),
    ("Saboteurs blew up the Nord Stream pipelines.", "ASSAULT", None, None, "asserted"),
    ("Russian agents assassinated a Chechen dissident in Berlin.", "ASSAULT", {"RUS"}, None, "asserted"),
    ("Russian troops executed civilians in Bucha.", "ASSAULT", {"RUS"}, None, "asserted"),
    ("Russian artillery pounded Ukrainian positions near Bakhmut.", "ASSAULT", {"RUS"}, {"UKR"}, "asserted"),
    ("Russian soldiers abducted the mayor of Melitopol.", "ASSAULT", {"RUS"}, {"UKR"}, "asserted"),
    (
        "A Moscow court sentenced the American teacher to 14 years in prison.",
        "COERCE",
        {"RUS"},
        {"USA"},
        "asserted",
    ),
    ("Russia nationalised the Russian assets of Danone and Carlsberg.", "COERCE", {"RUS"}, None, "asserted"),
    (
        "Russia restricted the movement of NATO diplomats in Moscow.",
        "SANCTION",
        {"RUS"},
        {"NATO"},
        "asserted",
    ),
    ("Russia closed its airspace to airlines from 36 countries.", "SANCTION", {"RUS"}, None, "asserted"),
    ("Russia denied visas to the NATO delegation.", "SANCTION", {"RUS"}, {"NATO"}, "asserted"),
    ("NATO downgraded its relations with Russia.", "SANCTION", {"NATO"}, {"RUS"}, "asserted"),
    (
        "NATO reduced the size of the Russian mission to the Alliance.",
        "SANCTION",
        {"NATO"},
        {"RUS"},
        "asserted",
    ),
    (
        "Lithuania banned the transit of sanctioned goods to Kaliningrad.",
        "SANCTION",
        {"LTU"},
        {"RUS"},
        "asserted",
    ),
    ("The European Union blacklisted dozens of Russian officials.", "SANCTION", {"EU"}, {"RUS"}, "asserted"),
    ("Russia pulled out of the Black Sea Grain Initiative.", "SANCTION", {"RUS"}, None, "asserted"),
    (
        "Russia withdrew its signature from the Comprehensive Nuclear-Test-Ban Treaty.",
        "SANCTION",
        {"RUS"},
        None,
        "asserted",
    ),
    ("Russia scaled back its military presence in Syria.", "RETREAT", {"RUS"}, None, "asserted"),
    (
        "The United States drew down its forces in Europe after the Cold War.",
        "RETREAT",
        {"USA"},
        None,
        "asserted",
    ),
    ("Russia stood down the troops taking part in the snap exercise.", "RETREAT", {"RUS"}, None, "asserted"),
    ("Russian forces retreated from the Kharkiv region.", "RETREAT", {"RUS"}, None, "asserted"),
    ("Russia dismantled its bases in Georgia in 2007.", "RETREAT", {"RUS"}, {"GEO"}, "asserted"),
    ("Russia disbanded its group of forces in Moldova.", "RETREAT", {"RUS"}, None, "asserted"),
    ("Russia reduced military activity around Kyiv and Chernihiv.", "CONCEDE", {"RUS"}, None, "asserted"),
    ("Russia scaled back military activity near the Ukrainian border.", "CONCEDE", {"RUS"}, None, "asserted"),
]


@pytest.mark.parametrize(("text", "etype", "source", "target", "polarity"), CASES)
def test_material_conflict_is_coded(
    text: str, etype: str, source: set[str] | None, target: set[str] | None, polarity: str
) -> None:
    assert found(text, etype, source, target, polarity)


# (sentence, type that must not be coded)
LOOKALIKES = [
    ("Manchester United's attack was too strong for the Russian side.", "ASSAULT"),
    ("The Russian striker shot twice in the first half.", "ASSAULT"),
    ("The Russian stock market retreated after the central bank's decision.", "RETREAT"),
    ("Oil prices retreated from their highs on Friday.", "RETREAT"),
    ("The Russian athletes were found to have taken banned substances.", "COERCE"),
    ("Russian skaters tested positive for banned substances.", "COERCE"),
    ("The Russian team attacked the penalty box repeatedly.", "ASSAULT"),
    ("The euro retreated against the dollar.", "RETREAT"),
    ("Ruble retreated as oil prices fell.", "RETREAT"),
    ("The company deployed new software across its European offices.", "MOBILIZE"),
    ("Gazprom shelled out billions for the pipeline.", "ASSAULT"),
    ("Fans massed outside the stadium in Moscow.", "MOBILIZE"),
    ("The heart attack killed the former ambassador.", "ASSAULT"),
    ("NATO discussed the sanctions regime with its partners.", "SANCTION"),
    ("Russia's ceasefire proposals were discussed at the meeting.", "RETREAT"),
    ("The Russian chess player attacked his opponent's king early in the game.", "ASSAULT"),
    ("Spartak's striker struck twice in the second half.", "ASSAULT"),
    ("The Russian hockey team shot down the Canadians' hopes in the final.", "ASSAULT"),
    ("Russian gas exports retreated to their lowest level in a decade.", "RETREAT"),
    ("The rouble retreated against the euro on Monday.", "RETREAT"),
    ("Russian athletes were banned from the Olympics for doping.", "ASSAULT"),
    ("The Kremlin deployed its spokesman to brief reporters.", "ASSAULT"),
    ("The Russian economy came under attack from falling oil prices.", "ASSAULT"),
    ("Lavrov took a swipe at NATO in his speech.", "ASSAULT"),
    ("Russian wrestlers were stripped of their medals for taking banned drugs.", "COERCE"),
    ("Moscow's shares retreated on news of new sanctions.", "RETREAT"),
    ("Gazprom cut gas prices for Belarus.", "SANCTION"),
    ("The NATO summit in Vilnius will not discuss troop deployments to Ukraine.", "MOBILIZE"),
]


@pytest.mark.parametrize(("text", "etype"), LOOKALIKES)
def test_lookalikes_do_not_code(text: str, etype: str) -> None:
    assert etype not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces attacked Ukrainian positions near the football stadium in Donetsk.",
        "Russian artillery shelled the outskirts of Kharkiv.",
        "Russian troops retreated from Kherson.",
        "Russia banned the activities of the NGO.",
    ],
)
def test_the_political_reading_stays(text: str) -> None:
    assert types(text) & {"ASSAULT", "RETREAT", "COERCE"}


def test_a_reduced_show_of_force_is_not_a_buildup() -> None:
    text = "Moscow announced a de-escalation of military activity near Kyiv."
    assert "MOBILIZE" not in types(text)
    assert "MOBILIZE" in types("Russia increased military activity near the Ukrainian border.")


def test_own_forces_disbanded_is_a_stand_down_but_a_banned_party_is_not() -> None:
    assert found("Russia disbanded its group of forces in Moldova.", "RETREAT", {"RUS"}, None, "asserted")
    assert "RETREAT" not in types("Belarus disbanded the opposition group.")


def test_forces_returning_to_base_need_no_target() -> None:
    assert found("Russian troops returned to their barracks.", "RETREAT", {"RUS"}, set(), "asserted")
    assert "RETREAT" not in types("The fans returned to their homes.")


def test_a_release_with_a_date_before_whom_it_frees() -> None:
    text = "NATO welcomed Russia's release on 7 September 2019 of the 24 Ukrainian sailors."
    assert found(text, "RETREAT", {"RUS"}, {"UKR"}, "asserted")
    assert "RETREAT" not in types("NATO welcomed the release in May of its annual report.")


def test_an_attack_that_kills_keeps_the_verb_reading() -> None:
    assert any(
        e.event.value == "ASSAULT" and "civilians" in e.target
        for e in code_sentence("A rocket attack killed a civilian in Kharkiv.", date=PUB)
    )


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "!!! ... ???",
        "1234 5678",
        "attack " * 14000,
        "shelled out " * 9000,
        "The stock market retreated",
        "retreated",
        "banned",
        "Russia disbanded its",
        "a de-escalation of",
        "Russian troops returned to",
        "Russian submarines increased their",
        "NATO suspended the",
        "Russia's release on",
    ],
)
def test_bad_input_gives_a_list(text: str) -> None:
    assert isinstance(code_sentence(text, date=PUB), list)


@pytest.mark.parametrize("etype", list(EventType))
def test_predicates_take_any_anchor(etype: EventType) -> None:
    tokens = tokenize("Russia disbanded its")
    for anchor in [(0, 0), (0, 100), (50, 60), (7, 16)]:
        assert isinstance(material.lookalike(tokens, etype, anchor), bool)
        assert isinstance(material.reduced_show_of_force(tokens, etype, anchor), bool)
        assert isinstance(material.own_forces_disbanded(tokens, etype, anchor), bool)
    assert not material.lookalike([], etype, (0, 5))
