"""Everyday news wording written from errors on a slice of real news: the verb "call" that is no telephone
call between two sides (naming, calling the emergency services, a passive summons), with look-alikes that
must still code a call."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence


def coded(text: str, date: str = "2023-11-08") -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {
        (e.event.value, e.source, e.target) for e in code_sentence(text, date=dt.date.fromisoformat(date))
    }


def types(text: str, date: str = "2023-11-08") -> set[str]:
    return {e for e, _, _ in coded(text, date)}


# ------------------------------------------------------------------------------------------ "call" that is no call


@pytest.mark.parametrize(
    "text",
    [
        "A neighbour called the police while walking home and waited outside the building.",
        "The shop owner called an ambulance before anyone else arrived.",
        "The senator called the judge's ruling “deeply troubling” in a statement on Monday.",
        "Residents formed a new campaign group called SaveOurPark last spring.",
        "They adopted a small black cat called Pepper, just before the lockdown began.",
        "If you need help, call the national crisis hotline at any time.",
        "When we march, police are called to break us up.",
    ],
)
def test_call_that_is_no_phone_call(text: str) -> None:
    assert "CONSULT" not in types(text)


def test_naming_a_states_act_is_criticism_not_a_call() -> None:
    got = coded("The Canadian foreign minister called China's sentencing of the two men “arbitrary”.")
    assert ("CONSULT", ("CAN",), ("CHN",)) not in got


def test_what_a_state_calls_is_no_call() -> None:
    assert "CONSULT" not in types("India condemned what it calls Pakistani shelling of border villages.")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Biden called Putin on Tuesday to warn him against an invasion.", ("USA",), ("RUS",)),
        ("The French President called the German Chancellor late on Friday.", ("FRA",), ("DEU",)),
        ("Erdogan called Zelensky after the drone attack, his office said.", ("TUR",), ("UKR",)),
    ],
)
def test_a_real_phone_call_still_codes(text: str, source: tuple[str, ...], target: tuple[str, ...]) -> None:
    assert ("CONSULT", source, target) in coded(text, "2022-02-20")


# ------------------------------------------------------------------------------------------ arrests in crime news


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A 31-year-old man was arrested and charged with burglary, police said.", ("police",)),
        (
            "Two women have been detained in connection with the fire, the local police said on Sunday.",
            ("police",),
        ),
        (
            "Four people were later arrested over the fraud scheme, federal authorities announced.",
            ("authorities",),
        ),
        ("Police have made 212 arrests since the riots began last week.", ("police",)),
        (
            "Federal prosecutors on Tuesday announced five arrests tied to a smuggling network.",
            ("USA",),  # s22-newsactors: "federal prosecutors" are the United States (a state's own body)
        ),
        ("Police swooped on his flat on March 3 and found a stash of weapons.", ("police",)),
    ],
)
def test_arrest_with_its_doer_named_apart(text: str, source: tuple[str, ...]) -> None:
    events = [e for e in code_sentence(text, date=dt.date(2023, 11, 8)) if e.event.value == "COERCE"]
    assert events and events[0].source == source and events[0].mode == "arrest"


def test_police_saying_an_arrest_are_the_doers_not_the_arrested() -> None:
    got = coded("Police said the suspect was later arrested at a shopping centre.")
    # the one arrested, a private person, is coded as "criminals" (the convention of news-real-3)
    assert ("COERCE", ("police",), ("criminals",)) in got


def test_arrest_count_not_done_to_the_police_themselves() -> None:
    got = coded("Police have made 90 arrests, the National Police Chiefs' Council said.")
    assert ("COERCE", ("police",), ()) in got


def test_arrests_not_made_are_negated() -> None:
    events = [
        e
        for e in code_sentence(
            "Police had not made any arrests by Sunday evening.", date=dt.date(2023, 11, 8)
        )
    ]
    assert [e.polarity.value for e in events if e.event.value == "COERCE"] == ["negated"]


@pytest.mark.parametrize(
    "text",
    [
        # "arrest" as a noun after "are": a list of reports, no arrest
        "The following are arrest and accident reports as recorded by the county police department.",
        # the arrest is what someone resists or fears, not one made
        "Police said the man tried to avoid arrest by hiding in a shed.",
        # "make" with a sense other than arresting
        "Police made an appeal for witnesses to come forward.",
    ],
)
def test_no_arrest_coded(text: str) -> None:
    assert "COERCE" not in types(text)


def test_a_private_person_arrested_with_no_body_named_is_coded_with_no_doer() -> None:
    # the convention of news-real-3: a private person arrested is coded as "criminals"; with no police named
    # the arrest keeps no doer (see test_coder_n2)
    assert ("COERCE", (), ("criminals",)) in coded(
        "A 27-year-old man from Leeds was arrested for shoplifting."
    )


def test_state_stays_target_when_its_own_people_are_jailed() -> None:
    got = coded("Egyptian authorities have imprisoned several of his Egyptian relatives.", "2020-07-18")
    assert ("COERCE", ("EGY",), ("EGY",)) in got


# ------------------------------------------------------------------------------------------ "be focused on"


@pytest.mark.parametrize(
    "text",
    [
        "The annual naval drills are focused on protecting the northern coastline.",
        "The Senate was still focused on passing the spending bill before the recess.",
        "Critics said the campaign was largely focused on attacking its rivals.",
        "More attention must be focused on vocational training for young people.",
    ],
)
def test_being_focused_on_something_is_no_meeting(text: str) -> None:
    assert "CONSULT" not in types(text)


def test_leaders_who_focused_on_a_topic_still_met() -> None:
    assert "CONSULT" in types("Putin and Erdogan focused on energy and the situation in Syria.", "2019-04-08")


# ------------------------------------------------------------------------------------------ former posts


@pytest.mark.parametrize(
    "text",
    [
        "The governor urged voters to back the former UN ambassador in the primary.",
        "The rival mocked the former ambassador to the United Nations during the debate.",
    ],
)
def test_a_former_post_does_not_make_the_organisation_an_actor(text: str) -> None:
    assert all("UN" not in source + target for _, source, target in coded(text, "2023-11-08"))


def test_a_serving_ambassador_still_acts_for_the_organisation() -> None:
    assert ("ACCUSE", ("UN",), ("CHN",)) in coded(
        "The UN ambassador criticised China over the arrests.", "2023-11-08"
    )


def test_a_former_envoy_keeps_the_state_he_belongs_to() -> None:
    got = coded("A former US ambassador to the UN criticised China over the arrests.", "2023-11-08")
    assert ("ACCUSE", ("USA",), ("CHN",)) in got


# ------------------------------------------------------------------------------------------ warnings that threaten no one


@pytest.mark.parametrize(
    "text",
    [
        "The weather service warned that climate change is making Britain wetter every decade.",
        "The opposition leader warned that a truce in Gaza would only embolden Hamas.",
        "Union leaders are warning that the administration is ignoring the interests of workers.",
        "A researcher warned that infections among students could spread at lightning speed.",
    ],
)
def test_a_warning_about_a_danger_is_no_threat(text: str) -> None:
    assert "THREATEN" not in types(text, "2024-01-10")


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin warned that NATO expansion would inevitably lead to retaliatory measures by Moscow.",
        "Iran warned that it would close the Strait of Hormuz if sanctions were extended.",
        "Erdogan warned Greece that Turkey would respond to any provocation.",
    ],
)
def test_a_warning_of_a_response_is_still_a_threat(text: str) -> None:
    assert "THREATEN" in types(text, "2019-05-10")


# ------------------------------------------------------------------------------------------ joining that is no accession


@pytest.mark.parametrize(
    "text",
    [
        "She joined the Biden campaign in May 2020 as a senior adviser.",
        "He joined Harris's presidential campaign in 2019.",
        "The boxer joined the farmers' agitation at the border on Sunday.",
        "Many veterans said they would still choose to join the military.",
        "The party leader joined O'Brien on the campaign trail last week.",
    ],
)
def test_joining_people_or_a_campaign_is_no_support(text: str) -> None:
    assert "SUPPORT" not in types(text, "2023-11-08")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Finland joined NATO in April last year.", ("FIN",), ("NATO",)),
        ("Croatia joined the European Union in 2013.", ("HRV",), ("EU",)),
    ],
)
def test_joining_an_organisation_is_still_support(
    text: str, source: tuple[str, ...], target: tuple[str, ...]
) -> None:
    assert ("SUPPORT", source, target) in coded(text, "2024-03-01")


def test_a_warning_whose_threat_comes_before_the_verb_is_still_a_threat() -> None:
    text = "Should Georgia be admitted, Russia will take military steps to protect its borders, the general warned."
    assert "THREATEN" in types(text, "2008-04-11")


def test_joining_leaders_to_sign_a_treaty_still_codes_the_support() -> None:
    text = "President Clinton joined the leaders of the other Allies in Paris today to sign the Founding Act."
    assert "SUPPORT" in types(text, "1997-05-27")


# ------------------------------------------------------------------------------------------ charges someone faces


@pytest.mark.parametrize(
    "text",
    [
        "The 31-year-old, who is accused of stabbing two students, appeared in court on Monday.",
        "Marshals arrested a college athlete accused of killing a man in the capital.",
        "The senator has been accused of lying to parliament about the messages.",
    ],
)
def test_a_charge_with_no_accuser_is_no_accusation(text: str) -> None:
    assert "ACCUSE" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "South Africa accused Israel of committing genocide in Gaza.",
        "Russia was accused of interfering in the election by officials in Washington.",
    ],
)
def test_an_accuser_named_still_codes(text: str) -> None:
    assert "ACCUSE" in types(text, "2024-01-12")


def test_aid_organisations_are_aid_workers() -> None:
    got = coded(
        "Humanitarian organisations condemned the blockade imposed by Israel on the territory.", "2024-03-01"
    )
    assert any(e == "ACCUSE" and "aid workers" in source for e, source, _ in got)


def test_organisations_alone_are_no_aid_group() -> None:
    got = coded("Business organisations condemned the new tax imposed by the government.", "2024-03-01")
    assert all("aid workers" not in source for _, source, _ in got)
