"""Official wording told another way: passives with the object first, findings and warnings by a sayer,
orders to one's own forces, halts and reports of acts, principles and measures that only name an act."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.coded import triples, with_polarity

DAY = dt.date(2019, 6, 14)

Triple = tuple[str, tuple[str, ...], tuple[str, ...]]


def _types(text: str, **kw: object) -> set[str]:
    return {t[0] for t in triples(text, DAY, **kw)}  # type: ignore[arg-type]


# --- a verb phrase in the passive, object first and doer after "by" ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Latvian airspace was violated by two Russian Su-27 fighters.", ("MOBILIZE", ("RUS",), ("LVA",))),
        (
            "Finland's airspace was entered without authorisation by a Russian Il-96 aircraft.",
            ("MOBILIZE", ("RUS",), ("FIN",)),
        ),
        (
            "Russian bombers were intercepted by Norwegian F-16s over the Norwegian Sea.",
            ("MOBILIZE", ("NOR",), ("RUS",)),
        ),
        (
            "Russian patrol aircraft were quickly intercepted by Danish jets.",
            ("MOBILIZE", ("DNK",), ("RUS",)),
        ),
        (
            "Frigates and minehunters will be sent to the Baltic Sea by Allies.",
            ("MOBILIZE", ("NATO",), ()),
        ),
    ],
)
def test_passive_with_object_first(text: str, expected: Triple) -> None:
    assert expected in triples(text, DAY)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        # no "by" agent: nobody named as doing it
        ("Estonian airspace was violated on Friday morning.", ("MOBILIZE", (), ("EST",))),
        # the actor before "be" is not the passive's object ("planes approaching Allied airspace")
        (
            "Aircraft approaching Allied airspace were intercepted by fighters from Poland.",
            ("MOBILIZE", ("POL",), ("NATO",)),
        ),
        # a present passive describes how things stand
        (
            "The battlegroup in Latvia is led by Canada, with contributions from Poland and Spain.",
            ("MOBILIZE", ("CAN",), ()),
        ),
    ],
)
def test_passive_object_first_look_alikes(text: str, forbidden: Triple) -> None:
    assert forbidden not in triples(text, DAY)


def test_by_a_measure_is_no_agent() -> None:
    assert "MOBILIZE" not in _types("Military salaries will be increased by ten percent next year.")


def test_active_forms_unchanged() -> None:
    assert ("MOBILIZE", ("NOR",), ("RUS",)) in triples("Norwegian F-16s intercepted Russian bombers.", DAY)
    assert ("SUPPORT", ("RUS", "UKR"), ()) in triples("The agreement was signed by Russia and Ukraine.", DAY)


# --- findings of wrongdoing by a side that "concluded" / "found" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Allies have concluded that Russia is in material breach of the treaty.",
            ("ACCUSE", ("NATO",), ("RUS",)),
        ),
        ("Iran is in breach of its obligations, the IAEA Board has found.", ("ACCUSE", ("IAEA",), ("IRN",))),
        ("The OPCW found that Syria is in breach of the Convention.", ("ACCUSE", ("OPCW",), ("SYR",))),
    ],
)
def test_finding_verbs_name_the_accuser(text: str, expected: Triple) -> None:
    assert expected in triples(text, DAY)


def test_relative_after_breach_is_no_finder() -> None:
    # ", which was concluded in 1987": the treaty's history, nobody finding anything
    assert not any(
        t[1] for t in triples("Russia is in breach of the treaty, which Moscow concluded in 1987.", DAY)
    )


# --- a warning told as what an act "would carry" for a side --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Stoltenberg said any use of chemical weapons would have severe consequences for Syria.",
            ("THREATEN", ("NATO",), ("SYR",)),
        ),
        (
            "Such a step would entail grave repercussions for Poland, Lavrov said.",
            ("THREATEN", ("RUS",), ("POL",)),
        ),
    ],
)
def test_consequences_for_a_side(text: str, expected: Triple) -> None:
    assert expected in triples(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Sanctions will have consequences for Germany too, the minister admitted.",
        "The drought will have serious consequences for the harvest, the ministry said.",
        "The war has had devastating consequences for Ukraine.",
    ],
)
def test_consequences_look_alikes(text: str) -> None:
    assert "THREATEN" not in _types(text)


# --- a leader ordering his own forces to halt their attacks ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin ordered the military to halt strikes on Ukrainian energy facilities.",
            ("CONCEDE", ("RUS",), ("UKR",)),
        ),
        ("Erdogan ordered the army to stop operations against the PKK.", ("CONCEDE", ("TUR",), ("PKK",))),
    ],
)
def test_order_to_own_forces_to_halt(text: str, expected: Triple) -> None:
    got = triples(text, DAY)
    assert expected in got
    assert not any(t[0] == "REQUEST" for t in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another state's leader is told: a request
        ("Biden told Netanyahu to stop the bombing of Gaza.", ("REQUEST", ("USA",), ("ISR",))),
        # another state is ordered: a request
        ("The UN ordered Russia to halt its military operations in Ukraine.", ("REQUEST", ("UN",), ("RUS",))),
    ],
)
def test_order_to_others_stays_a_request(text: str, expected: Triple) -> None:
    got = triples(text, DAY)
    assert "CONCEDE" not in {t[0] for t in got}
    assert any(t[0] == "REQUEST" and t[2] == expected[2] for t in got)


def test_order_to_step_up_is_no_concession() -> None:
    assert "CONCEDE" not in _types("Putin ordered the military to step up strikes on Ukraine.")


# --- a halt, a report being checked, a measure's aim: no attack or deployment reported ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "A ten-day moratorium on strikes against Ukrainian power plants was declared by Moscow.",
        "Kyiv and Moscow agreed to a pause in attacks on energy infrastructure.",
        "The UN called for an end to air strikes on Aleppo.",
    ],
)
def test_halted_attacks_are_not_attacks(text: str) -> None:
    assert "ASSAULT" not in _types(text)


def test_attacks_that_continue_are_attacks() -> None:
    got = triples("Russian strikes on Ukrainian energy facilities continued despite the moratorium.", DAY)
    assert ("ASSAULT", ("RUS",), ("UKR",)) in got


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("NATO is monitoring reports of Russian troop movements near Narva.", "MOBILIZE"),
        ("Kyiv is checking unconfirmed reports of Russian air strikes on Kharkiv.", "ASSAULT"),
    ],
)
def test_acts_in_reports_being_checked(text: str, kind: str) -> None:
    assert kind not in _types(text)


def test_acts_reported_as_fact_stay() -> None:
    assert "MOBILIZE" in _types("NATO is monitoring Russian troop movements in Belarus.")
    assert "ASSAULT" in _types("Russian air strikes on Kharkiv killed five people.")


@pytest.mark.parametrize(
    "text",
    [
        "The United States imposed new sanctions on Iran targeting its oil exports.",
        "Brussels adopted restrictive measures targeted at Russian banks.",
    ],
)
def test_measures_targeting_are_no_attacks(text: str) -> None:
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia targeted Kyiv with missiles overnight.",
        "Ukrainian power plants were targeted by Russian drones.",
    ],
)
def test_targeting_by_force_stays_an_attack(text: str) -> None:
    assert ("ASSAULT", ("RUS",), ("UKR",)) in triples(text, DAY)


# --- principles: a hostile verb with "nobody" / "no one" as its object --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russia threatens nobody, the Kremlin spokesman said.",
        "We seek no confrontation with the Alliance and threaten no one.",
        "NATO attacks no one and is a defensive alliance.",
    ],
)
def test_principles_with_no_one(text: str) -> None:
    got = triples(text, DAY, context="Statement of the Foreign Ministry of Russia; 'we' is Russia.")
    assert not {t[0] for t in got} & {"THREATEN", "ASSAULT"}


def test_past_act_on_no_one_stays_negated() -> None:
    assert ("COERCE", ("police",), (), "negated") in with_polarity("Police arrested no one.", DAY)


# --- warning fire ahead of a ship or aircraft ---------------------------------------------------------------


def test_bombs_in_the_path_of_a_ship_are_a_warning() -> None:
    got = triples("A Russian Su-24 dropped bombs in the path of the Dutch frigate Evertsen.", DAY)
    assert "ASSAULT" not in {t[0] for t in got}
    assert ("MOBILIZE", ("RUS",), ("NLD",)) in got


def test_bombs_on_a_place_are_an_attack() -> None:
    assert "ASSAULT" in _types("Russian aircraft dropped bombs on the Georgian town of Gori.")
    assert "ASSAULT" in _types("Russian jets bombed villages in the path of the advancing Georgian troops.")


# --- cooperation told with "alongside" and transit let through; aid handed over -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian sailors took part in the exercise alongside NATO crews.",
            ("COOPERATE", ("RUS",), ("NATO",)),
        ),
        (
            "Kazakhstan let the first shipments of ISAF supplies cross its territory by rail.",
            ("COOPERATE", ("KAZ",), ("NATO",)),
        ),
        ("Norway has handed NASAMS launchers over to Ukraine.", ("AID", ("NOR",), ("UKR",))),
    ],
)
def test_cooperation_and_aid_wordings(text: str, expected: Triple) -> None:
    assert expected in triples(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Russian police took part in the protest alongside the opposition.",
        "Belarus let the migrants cross into Poland.",
    ],
)
def test_cooperation_look_alikes(text: str) -> None:
    assert "COOPERATE" not in _types(text)


# --- a cut in relations told in the passive, announced by the side that made it ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cooperation with Russia has been suspended, NATO announced.", ("SANCTION", ("NATO",), ("RUS",))),
        (
            "All practical cooperation with Russia has been put on hold, NATO foreign ministers announced.",
            ("SANCTION", ("NATO",), ("RUS",)),
        ),
        (
            "Two Russian diplomats have been expelled, the Polish Foreign Ministry said.",
            ("SANCTION", ("POL",), ("RUS",)),
        ),
        ("RT has been banned across the EU, the European Commission said.", ("COERCE", ("EU",), ("media",))),
    ],
)
def test_announcer_of_a_passive_measure(text: str, expected: Triple) -> None:
    assert expected in triples(text, DAY)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        # a reporter of an arrest is not the one who made it
        (
            "Two journalists were detained, Amnesty International said.",
            ("COERCE", ("AMNESTY",), ("journalists",)),
        ),
        # no one announces it: background, no doer
        ("Military cooperation with Georgia was suspended in 2008.", ("SANCTION", (), ("GEO",))),
        # an agentless violation with a sayer is not read object-first (the sayer did not violate it)
        ("Estonian airspace was violated, the Estonian military said.", ("MOBILIZE", ("EST",), ("EST",))),
    ],
)
def test_announcer_look_alikes(text: str, forbidden: Triple) -> None:
    got = triples(text, DAY)
    assert forbidden not in got
    assert not any(t[0] == "COERCE" and t[1] and t[1] != ("police",) for t in got)


# --- thanks after "want to", briefings told from the side briefed, protests at an embassy against another side --


def test_wanting_to_thank_is_thanking() -> None:
    got = triples(
        "I want to thank the Secretary General for his work for the partnership between Russia and NATO.",
        DAY,
        context="Remarks by President Vladimir Putin; 'I' is Putin.",
    )
    assert ("SUPPORT", ("RUS",), ("NATO",)) in got
    assert "AGREE" not in {t[0] for t in got}


def test_wanting_to_cooperate_stays_an_intent() -> None:
    got = triples(
        "We want to develop our partnership with NATO.", DAY, context="Statement by Russia; 'we' is Russia."
    )
    assert ("AGREE", ("RUS",), ("NATO",)) in got


@pytest.mark.parametrize(
    "text",
    [
        "Allies were given a briefing by the Russian side on the upcoming exercise.",
        "Russia gave Allies a briefing on the exercise.",
        "The Russian delegation provided a briefing to Allies on the snap exercise.",
    ],
)
def test_briefing_given_to_a_side(text: str) -> None:
    assert ("CONSULT", ("RUS",), ("NATO",)) in triples(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Maria Zakharova gave a briefing on Thursday.",
        "Journalists were given a briefing by the Foreign Ministry spokeswoman.",
    ],
)
def test_press_briefings_are_no_meeting(text: str) -> None:
    assert "CONSULT" not in _types(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Hundreds demonstrated outside the British embassy against NATO's bombing of Libya.", ("NATO",)),
        # nothing named after "against": the embassy's side stays the target
        ("Hundreds rallied outside the Russian embassy in Tallinn against the war.", ("RUS",)),
        # the act's doer is the embassy's own side
        (
            "Protesters gathered outside the Turkish embassy in Moscow against the downing of the Su-24 by Turkey.",
            ("TUR",),
        ),
    ],
)
def test_protest_at_an_embassy_against_a_side(text: str, target: tuple[str, ...]) -> None:
    assert ("PROTEST", ("protesters",), target) in triples(text, DAY)


# --- attacks in other words; denials with a "No" subject; deployments named only to be pulled back -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Ukrainian missile downed a Russian Il-20 over the sea.", ("ASSAULT", ("UKR",), ("RUS",))),
        (
            "The Russian Su-24 was downed by a missile fired from a Turkish F-16.",
            ("ASSAULT", ("TUR",), ("RUS",)),
        ),
    ],
)
def test_attack_wordings(text: str, expected: Triple) -> None:
    assert expected in triples(text, DAY)


@pytest.mark.parametrize(
    "text", ["Planes were downed by bad weather.", "Talks were begun by the two sides in Geneva."]
)
def test_attack_wording_look_alikes(text: str) -> None:
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "No Russian aircraft violated Finnish airspace, the Defence Ministry in Moscow insisted.",
        "No Russian troops have crossed the border, Peskov said.",
    ],
)
def test_denial_with_a_no_subject(text: str) -> None:
    assert "MOBILIZE" not in _types(text)


def test_act_reported_by_a_sayer_stays() -> None:
    assert "MOBILIZE" in _types(
        "Russian aircraft violated Finnish airspace, the Finnish Defence Ministry said."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Shoigu ordered the units deployed near the Latvian border to return to their bases.",
        "The withdrawal of the forces concentrated in Belarus was announced by the Defence Ministry.",
    ],
)
def test_deployment_named_to_be_pulled_back(text: str) -> None:
    assert "MOBILIZE" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia deployed troops near the Ukrainian border.",
        "Russian forces concentrated near the Ukrainian border.",
    ],
)
def test_deployments_stay(text: str) -> None:
    assert ("MOBILIZE", ("RUS",), ("UKR",)) in triples(text, DAY)


# --- a territory taken into a state, told in the passive --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Crimea was incorporated into Russia in March 2014.",
        "The four Ukrainian regions were proclaimed part of Russia at a ceremony in the Kremlin.",
        "Donetsk was admitted into the Russian Federation under a treaty.",
    ],
)
def test_territory_taken_into_a_state(text: str) -> None:
    assert ("COERCE", ("RUS",), ("UKR",)) in triples(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Finland was admitted into NATO.",
        "Migrants were integrated into German society.",
        "Montenegro was admitted into the Alliance in 2017.",
    ],
)
def test_joining_is_no_annexation(text: str) -> None:
    assert "COERCE" not in _types(text)


def test_object_first_passive_with_a_short_phrase() -> None:
    # the object governs "over Narva" before its "be"
    assert ("MOBILIZE", ("RUS",), ("EST",)) in triples(
        "The airspace over Narva was violated by Russian jets.", DAY
    )


# --- "stated" / "declared" as a trailing attribution; nouns inside a subject's phrase -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia must immediately cease its attacks and pull its forces out of Georgia, the North Atlantic Council stated.",
            ("REQUEST", ("NATO",), ("RUS",)),
        ),
        (
            "Responsibility for the collapse of the treaty lies with Washington, the Kremlin declared.",
            ("ACCUSE", ("RUS",), ("USA",)),
        ),
    ],
)
def test_statements_and_campaigns(text: str, expected: Triple) -> None:
    assert expected in triples(text, DAY)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The bombing campaign in Syria continued.", "ASSAULT"),
        ("The election campaign in Georgia ended.", "ASSAULT"),
        # "strikes" is inside the subject's phrase, not what was declared
        ("A ban on strikes in the defence industry was declared by the government of Russia.", "PROTEST"),
    ],
)
def test_campaign_and_subject_look_alikes(text: str, kind: str) -> None:
    assert kind not in _types(text)


# --- a cut in relations with no doer named, in a statement: the speaker's own measure -------------------------


def test_measure_in_a_statement_is_the_speakers() -> None:
    ctx = "Statement by NATO Secretary General Jens Stoltenberg."
    got = triples(
        "Five members of Russia's Mission to NATO have had their accreditation withdrawn.", DAY, context=ctx
    )
    assert ("SANCTION", ("NATO",), ("RUS",)) in got


@pytest.mark.parametrize(
    "context",
    [
        # the speaker is the side hit: no doer
        "Statement of the Russian Foreign Ministry.",
        # no speaker: no doer
        None,
    ],
)
def test_measure_speaker_look_alikes(context: str | None) -> None:
    got = triples("Seven Russian diplomats have been expelled.", DAY, context=context)
    assert ("SANCTION", (), ("RUS",)) in got


# --- a sitting of a joint forum told as held or scheduled -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("A meeting of the NATO-Russia Council was held in Brussels on Wednesday.", "asserted"),
        ("A meeting of the NATO-Ukraine Commission has been scheduled for next week.", "future"),
        ("A session of the NATO-Russia Council will take place on 12 January.", "future"),
    ],
)
def test_forum_sitting_held_or_scheduled(text: str, polarity: str) -> None:
    got = with_polarity(text, DAY)
    assert any(t[0] == "CONSULT" and t[2] == () and t[3] == polarity and len(t[1]) == 2 for t in got)


@pytest.mark.parametrize(
    "text",
    [
        "At the meeting of the NATO-Russia Council, Allies made clear their concerns.",
        "The agenda of the meeting of the NATO-Russia Council was published.",
        "The meeting was scheduled for noon.",
    ],
)
def test_forum_sitting_look_alikes(text: str) -> None:
    assert "CONSULT" not in _types(text)


# --- a subject quantified by "No" ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "No Russian aircraft violated Latvian airspace on Friday.",
            ("MOBILIZE", ("RUS",), ("LVA",), "negated"),
        ),
        ("No Allied ships entered Russian waters.", ("MOBILIZE", ("NATO",), ("RUS",), "negated")),
    ],
)
def test_no_subject_negates(text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...], str]) -> None:
    assert expected in with_polarity(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "No sooner had the talks ended than Russia attacked Ukraine.",
        "No doubt Russia violated the treaty.",
        "Russian aircraft violated Latvian airspace, and no one stopped them.",
    ],
)
def test_no_subject_look_alikes(text: str) -> None:
    assert all(
        t[3] != "negated" for t in with_polarity(text, DAY) if t[0] in ("ASSAULT", "ACCUSE", "MOBILIZE")
    )


# --- a threat to leave a known treaty is aimed at its other sides -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia threatened to withdraw from the CFE Treaty.", ("THREATEN", ("RUS",), ("NATO",))),
        (
            "Putin threatened to declare a moratorium on Russia's compliance with the CFE Treaty.",
            ("THREATEN", ("RUS",), ("NATO",)),
        ),
        ("Washington threatened to leave the INF Treaty.", ("THREATEN", ("USA",), ("RUS",))),
    ],
)
def test_treaty_threat_counterparts(text: str, expected: Triple) -> None:
    assert expected in triples(text, DAY)


def test_threat_without_leaving_keeps_its_target() -> None:
    assert ("THREATEN", ("RUS",), ("UKR",)) in triples(
        "Russia threatened Ukraine with war over the treaty.", DAY
    )
