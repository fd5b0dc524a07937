"""Official readouts and transcripts: greetings, press appearances, passive topics, polite performatives,
plural titles after two demonyms, remembered history and plans that "call for" things; each rule with
look-alikes that must keep (or must not get) an event."""

from __future__ import annotations

import datetime as dt

import pytest

import coded as shared
from detente.coding.coder import code_sentence
from detente.coding.document import RecordStream


def coded(text: str, date: str = "2010-05-04") -> set[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    return shared.with_polarity(text, dt.date.fromisoformat(date))


def types(text: str) -> set[str]:
    return {e for e, _, _, _ in coded(text)}


# --- a welcome said as a greeting is no praise ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "President of Kazakhstan Nursultan Nazarbayev: Mr Chancellor, friends, welcome and good morning.",
        "It is a great pleasure to welcome the delegates of this international congress.",
        "I am delighted to welcome all of you to Kazan for the opening of the games.",
        "Welcome to Minsk, Mr President.",
    ],
)
def test_greeting_welcome_is_no_event(text: str) -> None:
    assert "SUPPORT" not in types(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Moscow welcomed the ceasefire declared by Armenia.", ("RUS",), ("ARM",)),
        ("The Kremlin welcomes Finland's decision to stay neutral.", ("RUS",), ("FIN",)),
    ],
)
def test_welcome_of_an_act_stays_support(text: str, source: tuple[str, ...], target: tuple[str, ...]) -> None:
    assert any(e == "SUPPORT" and s == source and t == target for e, s, t, _ in coded(text))


# --- meeting the press is no meeting between the subjects -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "After their negotiations the leaders of Hungary and Slovakia met with journalists.",
        "The Presidents of Kazakhstan and Uzbekistan later met reporters in Astana.",
        "At the end of the visit the Prime Ministers of Japan and India met the press.",
    ],
)
def test_meeting_the_press_is_no_consult(text: str) -> None:
    assert "CONSULT" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Presidents of Kazakhstan and Uzbekistan met in Astana.",
        "The Hungarian Prime Minister met with the Slovak President.",
    ],
)
def test_meetings_between_leaders_stay(text: str) -> None:
    assert "CONSULT" in types(text)


# --- a passive topic of a readout: "came under discussion" ----------------------------------------------


def test_came_under_discussion_takes_the_meeting_sides() -> None:
    rs = RecordStream()
    day = dt.date(2004, 6, 2)
    rs("d-0", "The President of Kazakhstan and the Chinese President held talks in Beijing.", day, None)
    later = rs("d-1", "Energy transit through Central Asia also came under discussion.", day, None)
    raised = rs("d-2", "The question of water resources was also raised during the talks.", day, None)
    for events in (later, raised):
        assert [(e["event"], sorted(e["source"])) for e in events] == [("CONSULT", ["CHN", "KAZ"])]


def test_under_discussion_elsewhere_is_no_meeting_of_states() -> None:
    assert not any(s for _, s, _, _ in coded("The budget bill came under discussion in parliament."))


# --- "would like to thank / express / congratulate" is said now -----------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Italy would like to express its full solidarity with Greece.", ("GRC",)),
        ("Japan would like to once again congratulate Brazil on the election.", ("BRA",)),
        ("Canada would like to thank Norway for its mediation.", ("NOR",)),
    ],
)
def test_polite_performative_is_asserted(text: str, target: tuple[str, ...]) -> None:
    assert any(e == "SUPPORT" and t == target and p == "asserted" for e, _, t, p in coded(text))


@pytest.mark.parametrize(
    "text",
    [
        "Italy would express its solidarity with Greece if asked.",
        "If Norway mediated, Canada would like to thank it.",
    ],
)
def test_supposed_acts_stay_hypothetical(text: str) -> None:
    assert all(p == "hypothetical" for _, _, _, p in coded(text))


# --- "the Russian and Armenian Presidents": both states -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The Polish and Lithuanian Presidents held a meeting in Vilnius.", ("LTU", "POL")),
        ("The Greek and Cypriot Presidents held talks in Nicosia.", ("CYP", "GRC")),
    ],
)
def test_plural_title_after_two_demonyms(text: str, sides: tuple[str, ...]) -> None:
    assert ("CONSULT", sides, (), "asserted") in coded(text)


def test_named_institution_after_demonym_stays_a_name() -> None:
    # "the Russian Orthodox Church" is a name, not Russia
    assert not any(
        "RUS" in s for _, s, _, _ in coded("The Russian Orthodox Church welcomed the Pope's message.")
    )


# --- remembered history is no news ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He recalled that Norway had been among the first to recognise Lithuania's independence.",
        "The minister remembered how Cuba had helped Angola in the seventies.",
    ],
)
def test_recalled_history_is_no_event(text: str) -> None:
    assert not coded(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Poland recalled its ambassador from Minsk.", "SANCTION"),
        ("We remember that Serbia is our friend, and so I thank Greece for its help.", "SUPPORT"),
    ],
)
def test_recalled_envoy_or_later_clause_stays(text: str, event: str) -> None:
    assert event in types(text)


# --- what a plan "calls for"; industrial "civilian" -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gazprom's updated development strategy calls for raising deliveries to China.",
        "The Indian government's programme calls for raising the output of civilian products at arms plants.",
    ],
)
def test_plan_calling_for_is_no_request(text: str) -> None:
    assert "REQUEST" not in types(text)


def test_company_calling_for_stays_a_request() -> None:
    assert "REQUEST" in types("Naftogaz called for raising deliveries to Poland.")


def test_resolution_calling_for_stays_a_request() -> None:
    assert "REQUEST" in types("The Security Council resolution calls on Israel to withdraw.")


def test_civilian_goods_are_no_civilians() -> None:
    text = "The Indian minister called for the share of civilian goods made by arms plants to rise."
    assert not any("civilians" in t for _, _, t, _ in coded(text))


def test_civilian_killed_stays() -> None:
    assert any("civilians" in t for _, _, t, _ in coded("A rocket attack killed a civilian in Kharkiv."))


# --- "told X about ...": a briefing of the one told ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Mr Erdogan told Mr Aliyev about the outcome of the Turkey-EU summit.", ("TUR",), ("AZE",)),
        (
            "Mrs Merkel informed Mr Sarkozy of the results of the Germany-US talks.",
            ("DEU",),
            ("FRA",),
        ),
    ],
)
def test_briefing_targets_the_one_told(text: str, source: tuple[str, ...], target: tuple[str, ...]) -> None:
    assert ("CONSULT", source, target, "asserted") in coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Erdogan told reporters about the outcome of the summit.",
        "Mr Erdogan told the audience about his childhood.",
    ],
)
def test_telling_the_press_or_an_audience_is_no_meeting(text: str) -> None:
    assert "CONSULT" not in types(text)


# --- a hope for partnership, readiness "always" stated: intents ------------------------------------------


def test_hope_for_partnership_with_an_actor_is_agree() -> None:
    text = "Mr Erdogan voiced his hope for fruitful partnership with the new Administration of Brazil."
    assert ("AGREE", ("TUR",), ("BRA",), "asserted") in coded(text)


def test_hope_for_an_outcome_is_no_agree() -> None:
    assert "AGREE" not in types("Mrs Merkel expressed hope for a quick end of the conflict with Russia.")


def test_always_ready_to_support_is_an_offer() -> None:
    assert "AGREE" in types("Japan is always ready to support initiatives proposed by Indonesia.")
    assert "SUPPORT" not in types("Japan is always ready to support initiatives proposed by Indonesia.")


def test_always_ready_to_respond_is_no_offer() -> None:
    assert "AGREE" not in types("Turkey is always ready to respond to any attack by Syria.")


# --- praise as what the subject did: "has made an immense contribution", "plays a major role" -----------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Council of Europe has made an immense contribution to the defence of human rights.", ("COE",)),
        ("The OSCE plays a major role in monitoring the ceasefire.", ("OSCE",)),
    ],
)
def test_contribution_or_role_praises_the_subject(text: str, target: tuple[str, ...]) -> None:
    events = code_sentence(
        text, date=dt.date(2006, 3, 1), context="Recep Tayyip Erdogan, Prime Minister of Turkey"
    )
    assert any(e.event.value == "SUPPORT" and e.target == target for e in events)


def test_role_of_a_thing_praises_no_one() -> None:
    events = code_sentence(
        "Social distancing plays a crucial role in curbing the epidemic.",
        date=dt.date(2020, 3, 1),
        context="Recep Tayyip Erdogan, President of Turkey",
    )
    assert not events


# --- the sides of a call whose lead is a greeting --------------------------------------------------------


def test_congratulation_in_the_lead_gives_the_call_sides() -> None:
    rs = RecordStream()
    day = dt.date(2001, 4, 2)
    rs("p-0", "The Polish President congratulated the Lithuanian President on the anniversary.", day, None)
    later = rs("p-1", "The leaders also discussed bilateral cooperation issues.", day, None)
    assert [(e["event"], sorted(e["source"])) for e in later] == [("CONSULT", ["LTU", "POL"])]


def test_greeting_deeper_in_a_page_sets_no_sides() -> None:
    rs = RecordStream()
    day = dt.date(2001, 4, 2)
    rs("q-0", "The session opened at noon.", day, None)
    rs("q-1", "The weather was fine.", day, None)
    rs("q-2", "The Polish President congratulated the Lithuanian President on the anniversary.", day, None)
    later = rs("q-3", "The leaders also discussed bilateral cooperation issues.", day, None)
    assert all(not e["source"] for e in later)


# --- a call for restraint on a named side; joint statements made together --------------------------------


def test_should_show_restraint_is_a_request() -> None:
    assert ("REQUEST", ("TUR",), ("GRC",), "asserted") in coded("Turkey said Greece should show restraint.")


def test_own_restraint_is_no_request() -> None:
    assert "REQUEST" not in types("We should show restraint in our comments.")


def test_joint_statements_made_are_agreed() -> None:
    text = "Mr Erdogan and Mr Aliyev made joint statements on the Caspian and on energy transit."
    assert ("AGREE", ("AZE", "TUR"), (), "asserted") in coded(text)


def test_one_side_statement_is_no_agreement() -> None:
    assert "AGREE" not in types("Mr Erdogan made a statement on the Caspian.")


# --- "Russian Gazprom": a demonym before the same state's company is that state ----------------------------


def test_demonym_before_own_company_is_one_actor() -> None:
    text = "Russian Rosneft and Ukrainian Naftogaz signed a protocol on a joint venture."
    assert ("SUPPORT", ("RUS", "UKR"), (), "asserted") in coded(text)


def test_demonym_before_another_name_stays_a_name() -> None:
    assert not any(
        "RUS" in s for _, s, _, _ in coded("The Russian Orthodox Church signed a protocol with Serbia.")
    )


# --- a sentence opening on a date decades back is history told with its date -------------------------------
# (a rule of rules-2026.15 dropped such sentences; the NATO-Russia history of a topic page — "In August 2008,
# the Alliance suspended formal meetings of the NATO-Russia Council" — is what the timeline is made of)


@pytest.mark.parametrize(
    ("text", "date", "event", "when"),
    [
        (
            "In August 2008, the Alliance suspended formal meetings of the NATO-Russia Council.",
            "2022-06-29",
            ("SANCTION", ("NATO",), ("RUS",)),
            ("2008-08", "month"),
        ),
        (
            "In 1997, NATO and Russia signed the Founding Act.",
            "2022-06-29",
            ("SUPPORT", ("NATO", "RUS"), ()),
            ("1997", "year"),
        ),
    ],
)
def test_opening_on_an_old_date_is_dated_history(text: str, date: str, event: tuple, when: tuple) -> None:
    found = code_sentence(text, date=dt.date.fromisoformat(date))
    hits = [e for e in found if (e.event.value, tuple(sorted(e.source)), tuple(sorted(e.target))) == event]
    assert hits and (hits[0].event_date, hits[0].event_date_precision) == when


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("In 1957, it established diplomatic relations with Ghana.", "2005-06-01"),
        (
            "On August 23, 1939 the two ministers signed a pact between Germany and the Soviet Union.",
            "2019-08-23",
        ),
        (
            "She was born in Spain in 1966, where her father was stationed with the US Air Force.",
            "2020-09-01",
        ),
    ],
)
def test_old_history_with_no_doer_named_is_background(text: str, date: str) -> None:
    assert not coded(text, date)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("In 2004, Slovenia and Croatia signed a border protocol.", "2005-06-01"),
        ("Slovenia and Croatia signed a border protocol in Brdo.", "2005-06-01"),
    ],
)
def test_recent_or_undated_act_stays(text: str, date: str) -> None:
    assert "SUPPORT" in {e for e, _, _, _ in coded(text, date)}


# --- praise by a leader with no one after the verb to receive it --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "President Erdogan also supported the idea of reviving village festivals.",
        "President Erdogan praised the rescuers involved in the earthquake relief operation.",
        "President Erdogan thanked the volunteers for their work.",
    ],
)
def test_praise_of_no_one_is_no_event(text: str) -> None:
    assert "SUPPORT" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey supported the resolution.",
        "Germany welcomed the decision.",
        "Mrs Merkel praised Poland for its help.",
        "Turkey signed the convention.",
    ],
)
def test_praise_of_a_stance_or_an_actor_stays(text: str) -> None:
    assert "SUPPORT" in types(text)


# --- a report told to the speaker is no briefing; thanks for an invitation is a courtesy --------------------


@pytest.mark.parametrize(
    "text",
    [
        "Your colleagues told me about what was done in the region.",
        "The rector told us about the role of universities.",
    ],
)
def test_told_the_speaker_is_no_briefing(text: str) -> None:
    events = code_sentence(
        text, date=dt.date(2017, 3, 1), context="Recep Tayyip Erdogan, President of Turkey"
    )
    assert not any(e.event.value == "CONSULT" for e in events)


def test_welcomed_invitation_is_a_stance_thanks_for_it_a_courtesy() -> None:
    context = "Recep Tayyip Erdogan, President of Turkey"
    day = dt.date(2017, 3, 1)
    welcomed = code_sentence(
        "We also welcomed the Russian invitation to hold a peace conference.", date=day, context=context
    )
    thanked = code_sentence("Thank you very much for the invitation.", date=day, context=context)
    assert any(e.event.value == "SUPPORT" for e in welcomed)
    assert not thanked


# --- "help strengthen cooperation": a contribution to a goal, not aid ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Hungarian leader expressed the hope that the visit would help strengthen Hungarian-Serbian cooperation.",
        "Japan hopes the new forum will help to deepen trust between the Koreas.",
    ],
)
def test_help_a_relation_grow_is_no_aid(text: str) -> None:
    assert "AID" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan is helping to develop Vietnam's port infrastructure.",
        "Germany will help Ukraine strengthen its air defence.",
    ],
)
def test_help_with_a_states_capacity_stays_aid(text: str) -> None:
    assert "AID" in types(text)
