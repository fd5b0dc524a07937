"""The coder end to end: sentences in, events out (types, actors, polarity, dates, evidence), bad input,
the contract coder, and the seed's gold sentences."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest

from detente.coding import evaluate as ev
from detente.coding import gold as g
from detente.coding.coder import CODER_VERSION, Event, code_sentence, contract_coder
from detente.coding.document import code_document
from detente.coding.ontology import EventType, Polarity
from detente.coding.sides import code_text

PUB = dt.date(2015, 5, 19)


def triples(
    text: str, date: dt.date = PUB, **kwargs: str
) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    return [
        (e.event.value, e.source, e.target, e.polarity.value)
        for e in code_sentence(text, date=date, **kwargs)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO has criticized Russia.", ("ACCUSE", ("NATO",), ("RUS",), "asserted")),
        ("The Kremlin criticised NATO.", ("ACCUSE", ("RUS",), ("NATO",), "asserted")),
        ("Germany praised Ukraine.", ("SUPPORT", ("DEU",), ("UKR",), "asserted")),
        ("Russia did not meet NATO officials.", ("CONSULT", ("RUS",), ("NATO",), "negated")),
        ("Lavrov refused to meet Stoltenberg.", ("REJECT", ("RUS",), ("NATO",), "asserted")),
        ("Putin will meet Erdogan in Ankara.", ("CONSULT", ("RUS",), ("TUR",), "future")),
        ("Ukraine was attacked by Russia.", ("ASSAULT", ("RUS",), ("UKR",), "asserted")),
        ("Russia expelled two NATO diplomats.", ("SANCTION", ("RUS",), ("NATO",), "asserted")),
        ("Russian aircraft violated Finnish airspace.", ("MOBILIZE", ("RUS",), ("FIN",), "asserted")),
        ("Moscow said Kiev had attacked Donetsk.", ("ASSAULT", ("UKR",), (), "asserted")),
    ],
)
def test_single_events(text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...], str]) -> None:
    assert triples(text) == [expected]


def test_hypothetical_and_conditional() -> None:
    # a hostile act made conditional on another's is a threat (its condition is part of it)
    assert triples("NATO would impose sanctions on Russia if Moscow attacked Ukraine.") == [
        ("THREATEN", ("NATO",), ("RUS",), "asserted"),
    ]
    # the act inside the condition is only supposed: not coded (gold codes no condition's act)
    assert triples("If Russia attacks Estonia, NATO will respond.") == []


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Moscow refused to work with the Alliance.", "asserted"),
        ("Moscow does not refuse to work with the Alliance.", "negated"),
        ("Moscow has never refused to work with the Alliance.", "negated"),
        ("Moscow will refuse to work with the Alliance.", "future"),
        ("Tehran has not declined to cooperate with the IAEA.", "negated"),
    ],
)
def test_a_refusal_takes_its_own_polarity(text: str, polarity: str) -> None:
    """A refused cooperative act is a rejection; whether the refusal is told, denied or to come is said by
    the words before the refusal, not before the act refused."""
    [event] = code_sentence(text, date=PUB)
    assert event.event.value == "REJECT" and event.polarity.value == polarity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NATO member states and Russia reaffirmed their resolve to work together.",
            {("AGREE", ("NATO", "RUS"), ())},
        ),
        ("The member states of NATO and Russia will work together.", {("COOPERATE", ("NATO", "RUS"), ())}),
        ("EU countries and Russia agreed to resume the talks.", {("AGREE", ("EU", "RUS"), ())}),
        (
            "EU member states, Norway and Russia signed the convention.",
            {("SUPPORT", ("EU", "NOR", "RUS"), ())},
        ),
        # the members are the object, not a list with the subject
        (
            "Moscow is freezing all military cooperation with NATO member states.",
            {("SANCTION", ("RUS",), ("NATO",))},
        ),
        ("Russia criticised NATO member states for the deployment.", {("ACCUSE", ("RUS",), ("NATO",))}),
    ],
)
def test_an_organisations_members_are_one_item_of_a_list(
    text: str, expected: set[tuple[str, tuple[str, ...], tuple[str, ...]]]
) -> None:
    got = {
        (e.event.value, tuple(sorted(e.source)), tuple(sorted(e.target)))
        for e in code_sentence(text, date=PUB)
    }
    assert got == expected


def test_states_after_member_is_the_noun() -> None:
    """ "member states" is no verb "state" ("states its readiness"), which stays one."""
    assert [e.event.value for e in code_sentence("Moscow states its readiness to cooperate.", date=PUB)] == [
        "AGREE"
    ]
    got = code_sentence("NATO member states and Russia reaffirm their determination to cooperate.", date=PUB)
    assert [(e.event.value, sorted(e.source), e.target) for e in got] == [("AGREE", ["NATO", "RUS"], ())]


def test_mutual_meeting_and_lists() -> None:
    assert triples("Russia and NATO held talks in Brussels.") == [
        ("CONSULT", ("RUS", "NATO"), (), "asserted")
    ]
    [event] = code_sentence("France, Germany and Russia met in Paris.", date=PUB)
    assert event.source == ("FRA", "DEU", "RUS") and event.target == () and event.mode == "multilateral"
    assert triples("Russia met France, Germany and Poland.") == [
        ("CONSULT", ("RUS",), ("FRA", "DEU", "POL"), "asserted")
    ]


def test_reported_speech_codes_the_speech_act_not_its_content() -> None:
    # the request is coded; the withdrawal it asks for is not an event that happened
    events = code_sentence("Russia called on NATO to withdraw its forces from the Baltic states.", date=PUB)
    assert [(e.event, e.mode, e.source, e.target) for e in events] == [
        (EventType.REQUEST, "yield", ("RUS",), ("NATO",))
    ]
    # "X said that Y did Z" presents Z as fact: Z is coded with Y as its source
    assert triples("The Kremlin said that Ukraine had attacked Russia.") == [
        ("ASSAULT", ("UKR",), ("RUS",), "asserted")
    ]


def test_roles_change_over_time() -> None:
    assert triples("Stoltenberg met Medvedev.", dt.date(2012, 1, 10)) == [
        ("CONSULT", ("NOR",), ("RUS",), "asserted")
    ]
    assert triples("Stoltenberg met Medvedev.", dt.date(2016, 1, 10)) == [
        ("CONSULT", ("NATO",), ("RUS",), "asserted")
    ]
    assert triples("Mark Rutte met Vladimir Putin.", dt.date(2019, 1, 10))[0][1] == ("NLD",)
    assert triples("Mark Rutte met Vladimir Putin.", dt.date(2025, 1, 10))[0][1] == ("NATO",)


def test_metonyms_and_titles() -> None:
    assert triples("Moscow condemned Washington.") == [("ACCUSE", ("RUS",), ("USA",), "asserted")]
    assert triples("The Secretary General met the Russian Foreign Minister.") == [
        ("CONSULT", ("NATO",), ("RUS",), "asserted")
    ]


def test_unknown_actors_get_no_invented_codes() -> None:
    assert triples("President Obiang met Putin in Moscow.") == [("CONSULT", (), ("RUS",), "asserted")]
    # no known actor on either side, but both roles held by names: the event is kept, its actors uncoded
    assert triples("Arnor is about to restore full diplomatic ties with Gondor.") == [
        ("SUPPORT", (), (), "future")
    ]
    # an unresolved pronoun is not a name: no event nobody did to nobody
    assert triples("We will restore full diplomatic ties with Gondor.") == []


def test_first_person_resolves_through_speaker_or_context() -> None:
    assert triples("We condemn the illegal annexation of Crimea by Russia.", speaker="NATO") == [
        ("ACCUSE", ("NATO",), ("RUS",), "asserted"),
        ("COERCE", ("RUS",), ("UKR",), "asserted"),  # the condemned act, done to Ukraine (Crimea's state)
    ]
    assert triples(
        "I met the Foreign Minister of Turkey.", context="Statement by the NATO Secretary General"
    ) == [("CONSULT", ("NATO",), ("TUR",), "asserted")]
    assert triples("I met the Foreign Minister of Turkey.") == [("CONSULT", (), ("TUR",), "asserted")]


def test_event_dates_evidence_and_derived_fields() -> None:
    text = "As a result of Russia's aggressive actions in Ukraine, NATO decided in April 2014 to suspend all practical cooperation with Russia."
    [event] = code_sentence(text, date=PUB)
    assert (event.event, event.mode, event.source, event.target) == (
        EventType.SANCTION, "discontinue", ("NATO",), ("RUS",),
    )  # fmt: skip
    assert (event.event_date, event.event_date_precision) == ("2014-04", "month")
    start, end = event.evidence
    assert text[start:end].startswith("NATO decided") and text[start:end].endswith("with Russia")
    out = event.to_dict()
    assert (out["cameo"], out["quad"]) == ("162", 4) and out["score"] < 0
    assert out["evidence"] == {"start": start, "end": end}
    [event] = code_sentence("Russia met NATO.", date=PUB)
    assert (event.event_date, event.event_date_precision) == ("2015-05-19", "day")


@pytest.mark.parametrize("text", ["", "   ", "12 345 !!", "—", "a" * 100_000, "NATO met Russia " * 7_000])
def test_bad_input_gives_no_events_quickly(text: str) -> None:
    started = time.perf_counter()
    assert code_sentence(text, date=PUB) == []
    assert time.perf_counter() - started < 5  # generous: a hang, not a speed test
    assert isinstance(code_text(text, date=PUB), list)


def test_code_text_keeps_sentence_offsets() -> None:
    doc = "NATO criticised Russia. The weather was fine.\n\nRussia met Turkey on Tuesday."
    coded = code_text(doc, date=PUB)
    assert [len(events) for _, events in coded] == [1, 0, 1]
    sentence, [event] = coded[2]
    assert doc[sentence.start : sentence.end] == sentence.text
    assert sentence.text[event.evidence[0] : event.evidence[1]] == "Russia met Turkey"
    assert code_text("", date=PUB) == []


def test_contract_coder_through_the_contract() -> None:
    lines = [
        json.dumps({"id": "a", "text": "NATO criticised Russia.", "date": "2015-05-19"}),
        json.dumps(
            {
                "id": "b",
                "text": "I met Lavrov.",
                "date": "2015-05-19",
                "context": "The NATO Secretary General",
            }
        ),
        json.dumps({"id": "c", "text": "", "date": "2015-05-19"}),
    ]
    outs = [json.loads(line) for line in ev.run_contract(lines, contract_coder)]
    assert [o["id"] for o in outs] == ["a", "b", "c"] and all("error" not in o for o in outs)
    [accuse] = outs[0]["events"]
    assert accuse["event"] == "ACCUSE" and accuse["source"] == ["NATO"] and accuse["target"] == ["RUS"]
    assert set(accuse) >= {
        "cameo",
        "goldstein",
        "score",
        "quad",
        "evidence",
        "event_date",
        "event_date_precision",
    }
    assert outs[1]["events"][0]["source"] == ["NATO"] and outs[2]["events"] == []
    assert isinstance(CODER_VERSION, str) and CODER_VERSION


def test_event_is_a_typed_value() -> None:
    [event] = code_sentence("NATO criticised Russia.", date=PUB)
    assert isinstance(event, Event) and event.polarity is Polarity.ASSERTED


@pytest.mark.shared
def test_seed_sentences_are_coded_as_the_gold(shared_data) -> None:
    records = g.load_any(shared_data.path("seed", "coding-gold.jsonl"))
    predicted, _ = ev.code_gold(records, contract_coder)
    for record in records:
        gold = sorted((e.event, e.mode, e.source, e.target, e.polarity) for e in record.events)
        got = sorted((e.event, e.mode, e.source, e.target, e.polarity) for e in predicted[record.id])
        assert got == gold, record.id
    suspension = predicted["SEED-10"][0]
    assert (suspension.event_date, suspension.event_date_precision) == ("2014-04", "month")
    assert predicted["SEED-05"][0].event_date == "2015-05-19"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # light-verb constructions and nominalisations
        ("Germany voiced support for Ukraine.", ("SUPPORT", ("DEU",), ("UKR",), "asserted")),
        ("Russia deployed troops near the Ukrainian border.", ("MOBILIZE", ("RUS",), ("UKR",), "asserted")),
        ("NATO conducted exercises in Estonia.", ("MOBILIZE", ("NATO",), (), "asserted")),  # an ally's ground
        ("Germany offered aid to Ukraine.", ("AGREE", ("DEU",), ("UKR",), "asserted")),
        ("Russia recalled its ambassador.", ("SANCTION", ("RUS",), (), "asserted")),
        ("Georgia applied for NATO membership.", ("REQUEST", ("GEO",), ("NATO",), "asserted")),
        ("The Kremlin denied the allegations.", ("REJECT", ("RUS",), (), "asserted")),
        ("Turkish jets shot down a Russian bomber.", ("ASSAULT", ("TUR",), ("RUS",), "asserted")),
        # reported speech: the speaker's claim of wrongdoing is an accusation
        (
            "Sergei Lavrov, the Russian foreign minister, said NATO had violated its commitments.",
            ("ACCUSE", ("RUS",), ("NATO",), "asserted"),
        ),
        # generic actors of a named country, and unnamed groups
        ("Ukrainian police arrested two Russian citizens.", ("COERCE", ("UKR",), ("RUS",), "asserted")),
        ("Police arrested 20 protesters.", ("COERCE", ("police",), ("protesters",), "asserted")),
        # violence by a crowd is a riot
        (
            "The Russian building was demolished by a Ukrainian protestor.",
            ("PROTEST", ("UKR",), ("RUS",), "asserted"),
        ),
    ],
)
def test_light_verbs_reported_speech_and_generic_actors(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...], str]
) -> None:
    assert triples(text) == [expected]


def test_modes_from_complements_and_phrase_alternatives() -> None:
    [urge] = code_sentence("Ukraine demanded that Russia release the sailors.", date=PUB)
    assert (urge.event, urge.mode) == (EventType.REQUEST, "yield")
    [call] = code_sentence("Poland called on NATO to deploy more troops.", date=PUB)
    assert (call.event, call.mode) == (EventType.REQUEST, "assist")
    [cancel] = code_sentence("Russia and NATO postponed their meeting.", date=PUB)
    assert (cancel.event, cancel.mode) == (EventType.SANCTION, "cancel")


def test_nouns_that_look_like_verbs_are_not_triggers() -> None:
    assert triples("A roadside bomb was found near the Russian embassy.") == []
    assert triples("Ukraine has strong evidence about the chemical attacks.") == []
    # a plural subject and its verb still code: "forces clash"
    assert triples("Russian forces clash with Ukrainian troops.") == [
        ("ASSAULT", ("RUS",), ("UKR",), "asserted")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Did they support Russia's legitimate authorities in their efforts?",
        "Will NATO impose new sanctions on Russia?",
        "Why did the Alliance expand eastward, Mr President?\u201d",
    ],
)
def test_questions_report_no_event(text: str) -> None:
    assert triples(text, speaker="RUS") == []


def test_the_speaker_is_borrowed_only_by_a_verb_without_a_subject() -> None:
    # a subject that is not an actor ("people", "universities") keeps the speaker out of the source
    assert triples("In general people are asking about it.", speaker="RUS") == []
    assert triples("These universities can train teams for Kazakhstan.", speaker="RUS") == []
    # a headline verb with no subject at all is the speaker's act
    assert triples("Met with the Foreign Minister of Turkey.", speaker="NATO") == [
        ("CONSULT", ("NATO",), ("TUR",), "asserted")
    ]


def test_the_speaker_acting_on_itself_is_no_event() -> None:
    assert triples("I visit places like that all the time, and it is true.", speaker="RUS") == []
    assert triples("Meeting on the route for the Moscow motorway.", speaker="RUS") == []
    # two named sides of one country are a domestic event and stay
    assert triples("Russian police arrested Russian students in Moscow.") == [
        ("COERCE", ("RUS",), ("RUS",), "asserted")
    ]


def test_a_dyadic_verb_needs_someone_acted_on() -> None:
    assert triples("We have spoken to many experts about it.", speaker="RUS") == []
    assert triples("We have also examined various possibilities for road building.", speaker="RUS") == []
    assert triples("We have spoken to Germany about it.", speaker="RUS") == [
        ("CONSULT", ("RUS",), ("DEU",), "asserted")
    ]
    # types whose act stands without a target keep it
    assert triples("Russia recalled its ambassador.") == [("SANCTION", ("RUS",), (), "asserted")]


def test_a_meeting_told_by_what_its_sides_did_together() -> None:
    assert triples("Mr Putin and Mr Blair discussed the most pressing issues in international politics.") == [
        ("CONSULT", ("RUS", "GBR"), (), "asserted")
    ]
    # one side alone discussing something is not a meeting
    assert triples("The President discussed the budget with the Government.") == []
    assert triples("Putin discussed trade with Blair.") == [("CONSULT", ("RUS",), ("GBR",), "asserted")]


def test_the_sides_of_a_meeting_carry_into_the_next_sentences() -> None:
    text = (
        "Vladimir Putin had a long telephone conversation with the Italian premier, Silvio Berlusconi. "
        "The two leaders discussed practical questions of bilateral trade. "
        "Issues concerning the Russia-NATO Council were also discussed. "
        "They exchanged opinions on the situation in Iraq."
    )
    coded = [[(e.event.value, e.source, e.target) for e in events] for _, events in code_text(text, date=PUB)]
    assert coded[0] == [("CONSULT", ("RUS",), ("ITA",))]
    assert coded[1:] == [[("CONSULT", ("RUS", "ITA"), ())]] * 3
    # a sentence coded alone takes the sides from its context when that names them
    assert triples(
        "The two leaders discussed practical questions of bilateral trade.",
        context="Telephone conversation between Vladimir Putin and Tony Blair",
    ) == [("CONSULT", ("RUS", "GBR"), (), "asserted")]
    # with no sides known, the meeting is still reported, by unnamed participants
    assert [e.event for e in code_sentence("The sides discussed security issues.", date=PUB)] == [
        EventType.CONSULT
    ]


def test_the_one_relation_a_sentence_names_gives_the_sides_of_its_meeting() -> None:
    d = dt.date(2003, 3, 1)
    assert triples("The two heads of state discussed topical issues in Russian-Kazakh relations.", d) == [
        ("CONSULT", ("KAZ", "RUS"), (), "asserted")
    ]
    assert triples(
        "Cooperation between Russia and Tajikistan was a key topic on the agenda of these talks.", d
    ) == [("CONSULT", ("RUS", "TJK"), (), "asserted")]
    # presidents meet for states: a state-organisation relation is their topic, not their sides
    assert triples("The Presidents discussed the prospects of Russia-NATO relations.", d) == [
        ("CONSULT", (), (), "asserted")
    ]
    # two relations named: which one met is unknown
    assert triples(
        "The sides discussed Russia-NATO relations and cooperation between Russia and the EU.", d
    ) == [("CONSULT", (), (), "asserted")]
    # tension between two states is not their meeting
    assert triples("Both sides expressed concern over the tension between India and Pakistan.", d) == [
        ("ACCUSE", (), ("IND", "PAK"), "asserted")
    ]
    # sides known from the document win over the relation the sentence names
    assert code_sentence(
        "The two leaders discussed Russian-Kazakh relations.", date=d, participants=("RUS", "GBR")
    )[0].source == ("RUS", "GBR")


def test_targets_follow_a_final_preposition_and_groups_take_their_state() -> None:
    # "discuss * with": the topic in the gap is not the target; "urge X to": the target is in the gap
    assert triples("Putin discussed the situation in Syria with Blair.") == [
        ("CONSULT", ("RUS",), ("GBR",), "asserted")
    ]
    # ... unless the preposition belongs to a topic noun: "relations with NATO" is what was discussed
    assert triples("Putin and Chirac discussed Russia's relations with NATO.") == [
        ("CONSULT", ("RUS", "FRA"), (), "asserted")
    ]
    assert triples("Obama wants Putin to attack Switzerland.")[0][:3] == ("REQUEST", ("USA",), ("RUS",))
    assert triples("A court in Guyana has issued arrest warrants for two Brazilian men.") == [
        ("COERCE", ("GUY",), ("BRA",), "asserted")
    ]


def test_names_that_only_contain_an_actor_name() -> None:
    # a city naming a document, a one-word organisation name inside a longer name
    assert [t[2] for t in triples("Russia praised the Rome agreements.")] in ([], [()])
    assert triples("The Russian industrial group Alliance Group praised Kyrgyzstan.") == [
        ("SUPPORT", (), ("KGZ",), "asserted")  # the company is the source: a name the dictionary lacks
    ]
    assert triples("The Alliance criticised Russia.") == [("ACCUSE", ("NATO",), ("RUS",), "asserted")]


def test_hostile_acts_are_coded_even_between_unknown_actors() -> None:
    # a rebuke or denunciation by someone the dictionary lacks is still the event; crime news is not
    assert [
        e.event for e in code_sentence("Imran Khan on Wednesday ridiculed Nawaz Sharif's call.", date=PUB)
    ] == [EventType.ACCUSE]
    assert triples("The parties denounced every form of terrorism as a crime.")[0][0] == "ACCUSE"
    assert triples("Two pedestrians were killed when a car jumped a curb.") == []
    # cooperative acts still need a known actor
    assert triples("These universities can help teams abroad.") == []


def test_participles_accidents_and_companies() -> None:
    # "be" phrases match every form of the verb, and the passive takes its agent from "by"
    assert triples("The Ukrainian sailors were released yesterday by Russia.") == [
        ("RETREAT", ("RUS",), ("UKR",), "asserted")
    ]
    assert triples("Russia was ready to cooperate with NATO.") == [("AGREE", ("RUS",), ("NATO",), "asserted")]
    # a participle after its noun is passive: the civilians were imprisoned, they did not imprison
    coerce = [
        t for t in triples("Civilians imprisoned for acting against Moscow protested.") if t[0] == "COERCE"
    ]
    assert coerce == [("COERCE", (), ("civilians",), "asserted")]
    # deaths in a disaster are not an attack; a company named after a country is not the country
    assert triples("Nine people were killed in a plane crash in Russia.") == []
    assert "MYS" not in {c for t in triples("Malaysia Airlines criticised Ukraine.") for c in t[1]}
    # releasing a report is not releasing prisoners
    assert [t[0] for t in triples("A report released on Tuesday by Rwanda accused France.")] == ["ACCUSE"]


def test_phrases_that_are_not_what_they_look_like() -> None:
    # a verb phrase on a word that is a noun here does not hide the right, shorter phrase
    assert triples("Lavrov held talks with Kerry in Geneva.") == [("CONSULT", ("RUS",), ("USA",), "asserted")]
    # capitalised nouns inside a sentence are a document's name, gerunds after "of" name a topic
    assert (
        triples(
            "Putin and Atambayev signed a Declaration on Strategic Partnership between Russia and Kyrgyzstan."
        )[0][0]
        == "SUPPORT"
    )
    assert "COOPERATE" not in {
        t[0]
        for t in triples(
            "Putin and Atambayev signed a Declaration on Strategic Partnership between Russia and Kyrgyzstan."
        )
    }
    assert triples("A key part of building up the military is raising the troops' morale.") == []
    # talking to reporters, an unknown person arriving somewhere, or a leader arriving at home, is no meeting
    assert triples("The US Attorney speaks to reporters on the steps of the US District Court.") == []
    assert triples("Emmerson Mnangagwa arrived in Harare's main sports stadium.") == []
    assert triples("Obiang Nguema arrived in the capital's main sports stadium.") == []
    assert triples("Putin arrived in Ankara for talks.") == [("CONSULT", ("RUS",), ("TUR",), "asserted")]


def test_the_sides_act_together_and_intentions_are_agreements() -> None:
    assert triples("The parties agreed to resolve all the disputed questions.") == [
        ("AGREE", (), (), "asserted")
    ]
    assert triples(
        "Both sides expressed deep concern over the rise in tensions between India and Pakistan."
    ) == [("ACCUSE", (), ("IND", "PAK"), "asserted")]
    # "on behalf of X" names the agent of a passive
    assert triples("The Convention was signed in Merida on behalf of the Russian Federation.") == [
        ("SUPPORT", ("RUS",), (), "asserted")
    ]
    # a stated intention to cooperate is an agreement now, a first-person promise too
    assert triples("The CSTO member states intend to expand their ties with NATO.") == [
        ("AGREE", ("CSTO",), ("NATO",), "asserted")
    ]
    assert triples("We will help Syria.", speaker="RUS") == [("AGREE", ("RUS",), ("SYR",), "asserted")]
    # ... but others' plans stay future events, and a future meeting stays a meeting
    assert triples("NATO will deploy troops to Poland.") == [("MOBILIZE", ("NATO",), (), "future")]
    assert triples("Putin will meet Erdogan in Ankara.") == [("CONSULT", ("RUS",), ("TUR",), "future")]


def test_calling_another_actor_a_partner_is_support() -> None:
    assert triples("Mr Putin said Finland was Russia's close and traditional partner.") == [
        ("SUPPORT", ("RUS",), ("FIN",), "asserted")
    ]
    assert triples("Germany is our key partner.", speaker="RUS") == [
        ("SUPPORT", ("RUS",), ("DEU",), "asserted")
    ]
    assert triples("Lavrov said the United States was not a reliable partner.") == []
    assert triples("Turkey is a NATO ally.") == []  # no one says it


def test_a_dateline_is_no_actor_but_the_home_of_unnamed_titles() -> None:
    # a curfew falls on "civilians", as the plover-style gold codes curfews (s29 sidefix4)
    assert triples("NAIROBI, Kenya: The government imposed a curfew.") == [
        ("COERCE", ("KEN",), ("civilians",), "asserted")
    ]
    assert triples("MOSCOW, Sept. 24 -- Putin offered the United States broad support.")[0][1:3] == (
        ("RUS",),
        ("USA",),
    )
    assert triples("The government imposed a curfew.") == []  # whose government is not said


def test_nouns_take_the_subject_of_their_light_verb() -> None:
    assert triples("Washington announced a further $3 billion in military assistance for Ukraine.") == [
        ("AID", ("USA",), ("UKR",), "asserted")
    ]
    assert triples("Israel completed its withdrawal from southern Lebanon before dawn.") == [
        ("RETREAT", ("ISR",), ("LBN",), "asserted")
    ]
    # a noun governed by a speech act is its content, not a second event of the speaker
    assert triples("NATO condemned the annexation of Crimea by Russia.") == [
        ("ACCUSE", ("NATO",), ("RUS",), "asserted"),
        ("COERCE", ("RUS",), ("UKR",), "asserted"),
    ]


def test_weather_sport_and_statistics_are_not_attacks() -> None:
    for text in (
        "Typhoon Haiyan slammed into the central Philippines early on Friday.",
        "Brazil beat Germany 2-0 in the final on Sunday.",
        "German exports rose 1.5 percent in March, beating analysts' expectations.",
        "The conflict in eastern Ukraine has killed about 13,000 people.",
        "Heavy snowfall closed airports across northern Europe.",
    ):
        assert triples(text) == [], text
    assert triples("Russian troops killed 13 civilians during the fighting.") == [
        ("ASSAULT", ("RUS",), ("civilians",), "asserted")
    ]


def test_objects_inside_a_noun_phrase_and_concessions_without_a_target() -> None:
    assert triples("Prime Minister Theresa May announced the expulsion of 23 Russian diplomats.") == [
        ("SANCTION", ("GBR",), ("RUS",), "asserted")
    ]
    # the lifted curfew is aimed at "civilians", as gold record ps-concede-02 codes it (s29 sidefix4)
    assert triples("Sri Lankan authorities lifted a 36-hour nationwide curfew on Monday.") == [
        ("CONCEDE", ("LKA",), ("civilians",), "asserted")
    ]


def test_refusals_background_quotes_and_crowds() -> None:
    assert triples("Saudi Arabia declined to cooperate with Washington.") == [
        ("REJECT", ("SAU",), ("USA",), "asserted")
    ]
    # an act told in passing, "a year ago", after the sentence's own event is background
    assert [
        t[0]
        for t in triples(
            "Russia handed back three Ukrainian vessels seized near the Kerch Strait a year ago."
        )
    ] == ["RETREAT"]
    # words inside a short quotation characterise, they report nothing
    assert triples('Erdogan told Peres that Israel "knows very well how to kill".') == []
    # what crowds do is protest; what drones do is no riot
    assert triples("Tens of thousands of protesters massed in Bangkok on Saturday.")[0][0] == "PROTEST"
    assert triples("Ukrainian drones set fire to an oil refinery in Russia.")[0][0] == "ASSAULT"
    # police officers landing in another country are help sent, not a visit
    assert triples("The first contingent of 400 Kenyan police officers landed in Haiti on Tuesday.") == [
        ("AID", ("KEN",), ("HTI",), "asserted")
    ]
    assert triples("Russian troops arrived in Moscow.") == []


def test_titles_and_roles_name_their_holder_and_weapons_report_attacks() -> None:
    assert triples("Germany's defence minister Karl-Theodor zu Guttenberg resigned on Tuesday.") == [
        ("RETREAT", ("DEU",), (), "asserted")
    ]
    assert triples(
        "Hamas founder Sheikh Ahmed Yassin was killed in an Israeli helicopter missile strike."
    ) == [("ASSAULT", ("ISR",), ("HAMAS",), "asserted")]
    # a bombing whose planters are not named: militants (as the gold codes unnamed perpetrators), against
    # the state of the place
    assert triples("A car bomb ripped through a checkpoint in Istanbul, killing dozens of officers.") == [
        ("ASSAULT", ("militants",), ("TUR",), "asserted")
    ]


def test_possessive_s_is_not_a_passive_and_topics_stay_topics() -> None:
    assert triples("Somalia's president appealed to the African Union to send peacekeepers.") == [
        ("REQUEST", ("SOM",), ("AU",), "asserted")
    ]
    assert triples("The questions asked to President Putin concerned trade and Russia-US relations.") == []
    assert triples("In March it will host the Russian Speed Skating Cup.") == []
    assert triples(
        "Putin and Berlusconi discussed projects, as well as expanded investment cooperation."
    ) == [("CONSULT", ("RUS", "ITA"), (), "asserted")]


def test_roles_between_actors() -> None:
    # an act aimed at the source's own country looks for the other actor
    assert triples("Donald Trump threatened to pull the United States out of NATO.") == [
        ("THREATEN", ("USA",), ("NATO",), "asserted")
    ]
    # ... but a domestic act between two bodies of one state stays domestic
    assert triples("Congress is asking Obama to help Iran.")[0][:3] == ("REQUEST", ("USA",), ("USA",))
    # two sides acting together have no target; own troops are no target
    assert triples("India and China pulled back troops from a tense standoff.") == [
        ("RETREAT", ("IND", "CHN"), (), "asserted")
    ]
    # a clause's subject after "after"; a first name that is someone else's surname
    assert ("ASSAULT", ("COL",), ("rebels",), "asserted") in triples(
        "Chavez ordered troops to the border after Colombian forces attacked a rebel camp in Ecuador."
    )
    # an appeal for "international" help is aimed at the international community (coding/appeals.py)
    assert triples("Lebanon's President Michel Aoun appealed for urgent international assistance.") == [
        ("REQUEST", ("LBN",), ("international community",), "asserted")
    ]


def test_a_trailing_speaker_is_not_the_target() -> None:
    assert triples(
        "Russia has not threatened anyone with nuclear weapons, Kremlin spokesman Dmitry Peskov insisted."
    ) == [("THREATEN", ("RUS",), (), "negated")]
    assert triples("NATO criticised Russia, Germany and France.") == [
        ("ACCUSE", ("NATO",), ("RUS", "DEU", "FRA"), "asserted")
    ]


def test_speakers_set_off_by_commas() -> None:
    assert triples("The CSTO, the President underlined, is ready to cooperate with NATO.") == [
        ("AGREE", ("CSTO",), ("NATO",), "asserted")
    ]
    assert triples(
        "Washington withheld the money, Palestinian officials said, accusing the US of blackmail."
    )[-1] == (
        "ACCUSE",
        ("PSE",),
        ("USA",),
        "asserted",
    )
    # what follows ", stressing that" is not the target of the act before it
    assert triples("Mr Putin supported the initiative, stressing that it would help relations with NATO.")[
        0
    ] == (
        "SUPPORT",
        ("RUS",),
        (),
        "asserted",
    )


def test_parts_of_an_event_and_numbers_with_separators() -> None:
    # a protest's demand and a threat's condition are parts of those events, not events of their own
    assert [
        t[0] for t in triples("Tens of thousands of protesters massed in Bangkok, demanding new elections.")
    ] == ["PROTEST"]
    assert triples("Iran threatened to shut the Strait of Hormuz if the West imposed sanctions.") == [
        ("THREATEN", ("IRN",), ("WEST",), "asserted")
    ]
    assert [t[0] for t in triples("NATO would impose sanctions on Russia if Moscow attacked Ukraine.")] == [
        "THREATEN"
    ]
    # "300,000" is one word, so a phrase's gap can cross it
    assert triples("Israel has called up 300,000 reservists.") == [("MOBILIZE", ("ISR",), (), "asserted")]
    assert triples("Denmark's prime minister called Donald Trump's idea absurd.")[0][:3] == (
        "ACCUSE",
        ("DNK",),
        ("USA",),
    )


def test_second_speech_acts_full_names_and_event_names() -> None:
    assert triples(
        "Beijing demanded that Washington revoke an arms sale, warning that it would take countermeasures."
    ) == [
        ("REQUEST", ("CHN",), ("USA",), "asserted"),
        ("THREATEN", ("CHN",), ("USA",), "asserted"),
    ]
    assert triples("Russia hosted Chinese President Xi Jinping.") == [
        ("CONSULT", ("RUS",), ("CHN",), "asserted")
    ]
    assert triples("Sochi is hosting the Winter Olympics for the first time.") == []


@pytest.mark.parametrize(
    "text",
    [
        'MOSCOW: "',  # a dateline and an unclosed quotation
        "The two leaders.",  # sides with no act
        ", , , said , insisted ,",  # attributions with no one
        "300,000,000,000 1.2.3.4 2-0 0-0",  # numbers and scores only
        "Mr Mr Mr President President of of the the",
        "’s 's ' ' \u201c\u201d \u201c",
        "NATO" + " and Russia" * 400 + " discussed.",  # a huge list of sides
        "\u0000\u200b\ufeffRussia\u202e attacked\u00a0Ukraine.",
    ],
)
def test_odd_sentences_code_cleanly(text: str) -> None:
    """Inputs that reach the new rules (datelines, sides, attributions, quotations, numbers) never raise and
    give well-formed events."""
    for event in code_sentence(text, date=PUB, context="Talks between Putin and Blair"):
        assert isinstance(event.event, EventType) and all(
            isinstance(c, str) for c in event.source + event.target
        )
        assert 0 <= event.evidence[0] <= event.evidence[1] <= len(text)
    # documents carry meeting sides between sentences: odd sentences in a row do not break that either
    assert isinstance(code_text(" ".join([text, "They discussed Iraq."]), date=PUB), list)


def test_the_speakers_object_pronouns_and_home() -> None:
    """ "us", "me" and "our borders" in an official statement are the speaker's; "US" is still the state."""
    putin = "Vladimir Putin, President of Russia"
    assert triples("Germany supported us.", context=putin) == [("SUPPORT", ("DEU",), ("RUS",), "asserted")]
    assert triples("The Americans have criticised us for this.", context=putin) == [
        ("ACCUSE", ("USA",), ("RUS",), "asserted")
    ]
    assert triples("NATO continued to build up its military bases close to our borders.", context=putin) == [
        ("MOBILIZE", ("NATO",), ("RUS",), "asserted")
    ]
    assert triples("Germany criticised the US.", context=putin) == [
        ("ACCUSE", ("DEU",), ("USA",), "asserted")
    ]
    # with no speaker, "us" is nobody known
    assert triples("Germany supported us.") == [("SUPPORT", ("DEU",), (), "asserted")]


def test_plans_denied_and_topics_with_verbs_inside() -> None:
    assert triples("NATO has no plans to attack Ukraine.") == [("ASSAULT", ("NATO",), ("UKR",), "negated")]
    # verbs inside what was discussed are topics, not acts; a finite verb after "and" is a new act
    for text in (
        "The Presidents discussed the consequences of the United States' decision to withdraw from the ABM Treaty.",
        "The leaders discussed the prospects for promoting a dialogue, strengthening trade ties between Russia "
        "and the US, and cooperation in energy.",
        "Mr Putin and Mr Blair discussed the drafting of the state budget to finance the navy and the army.",
    ):
        assert [e.event for e in code_sentence(text, date=PUB)] == [EventType.CONSULT], text
    assert [
        e.event for e in code_sentence("Putin and Bush discussed Iraq and agreed to cooperate.", date=PUB)
    ] == [
        EventType.CONSULT,
        EventType.AGREE,
    ]
    # "is demanding that its allies ..." calls nobody a partner
    assert [
        e.event
        for e in code_sentence("The United States is now demanding that its allies pay more.", date=PUB)
    ] == [EventType.REQUEST]


def test_a_meeting_told_by_its_topic() -> None:
    """The subject names what was discussed: the meeting's sides come from the document, else unnamed."""
    for text in (
        "Issues concerning the Russia-NATO Council were also discussed.",
        "Energy was one of the key topics of the talks.",
        "The talks focused especially on cooperation in space research.",
    ):
        assert triples(text) == [("CONSULT", (), (), "asserted")], text
    # no side named, none from the document and no word of a second side: a domestic agenda (s19)
    assert triples("Energy was one of the central topics of discussion.") == []
    text = (
        "Vladimir Putin met with Prime Minister of India Manmohan Singh. "
        "Interaction in the oil and gas sector was one of the central topics of discussion."
    )
    coded = [[(e.event.value, e.source) for e in events] for _, events in code_text(text, date=PUB)]
    assert coded[1] == [("CONSULT", ("RUS", "IND"))]
    # one side discussing something alone, or a passive with its agent, is no meeting
    assert triples("The President discussed the budget.") == []
    assert triples("The budget was discussed by the cabinet.") == []


def test_proposals_names_of_a_state_and_indirect_praise() -> None:
    assert triples("The FSB of Russia signed an agreement on cooperation with Kyrgyzstan.") == [
        ("SUPPORT", ("RUS",), ("KGZ",), "asserted")
    ]
    assert triples("Dmitry Medvedev suggested formalising the principle of indivisible security.") == [
        ("AGREE", ("RUS",), (), "asserted")
    ]
    assert triples("The Russian President has sent his draft to NATO and the OSCE.") == [
        ("AGREE", ("RUS",), ("NATO", "OSCE"), "asserted")
    ]
    assert triples("The Russian President stressed the importance of relations with Germany.") == [
        ("SUPPORT", ("RUS",), ("DEU",), "asserted")
    ]
    assert triples("Putin said he admired the bravery of the American people.") == [
        ("SUPPORT", ("RUS",), ("USA",), "asserted")
    ]
    # a conditional first-person promise is an agreement, still hypothetical
    assert triples("If NATO acts constructively, we will help Ukraine.", speaker="RUS") == [
        ("AGREE", ("RUS",), ("UKR",), "hypothetical")
    ]


def test_protests_ceasefires_and_threats_in_preparation() -> None:
    assert [
        e.event for e in code_sentence("The PKK declared a ceasefire with Turkey on Saturday.", date=PUB)
    ] == [EventType.CONCEDE]
    assert triples("A monk set himself on fire in protest against Chinese rule.") == [
        ("PROTEST", ("protesters",), ("CHN",), "asserted")  # an unnamed protester
    ]
    # an act done "in protest" is the protest, by the subject, not a seizure
    assert [
        (e.event.value, e.source)
        for e in code_sentence(
            "Student activists occupied the legislature in protest at a pact with China.", date=PUB
        )
    ] == [("PROTEST", ("protesters",))]
    # "in Israeli jails": a noun after a demonym, not the verb "jail"
    events = code_sentence("Palestinian prisoners in Israeli jails launched a hunger strike.", date=PUB)
    assert [e.event for e in events] == [EventType.PROTEST]
    assert triples("The European Union said it was preparing to sanction Belarus.") == [
        ("THREATEN", ("EU",), ("BLR",), "asserted")
    ]
    assert triples("Merkel took Beijing to task over its treatment of lawyers.") == [
        ("ACCUSE", ("DEU",), ("CHN",), "asserted")
    ]


def test_nato_russia_institutions_and_missions() -> None:
    """The NATO-Russia Council meeting is a meeting; missions and offices closed are sanctions; a build-up
    "near" a state targets it; "Allied airspace" is NATO's."""
    assert triples("The NATO-Russia Council met at the level of Ambassadors on Wednesday.") == [
        ("CONSULT", ("NATO", "RUS"), (), "asserted")
    ]
    # whoever asked for the meeting is no target of it (the request is its own event); what the council
    # does, both sides do
    assert triples("The NATO-Russia Council met in extraordinary session at Russia's request.")[0] == (
        "CONSULT",
        ("NATO", "RUS"),
        (),
        "asserted",
    )
    assert triples("The Permanent Joint Council condemned the terrorist attacks on the United States.") == [
        ("ACCUSE", ("NATO", "RUS"), ("terrorists",), "asserted"),
        ("ASSAULT", ("terrorists",), ("USA",), "asserted"),
    ]
    assert triples("Lavrov attended the NATO-Russia Council meeting in Brussels.") == [
        ("CONSULT", ("RUS", "NATO"), (), "asserted")  # attending the council's meeting: its sides met
    ]
    assert triples("Russia suspended the work of its permanent mission to NATO.") == [
        ("SANCTION", ("RUS",), ("NATO",), "asserted")
    ]
    assert triples("NATO has expelled eight members of the Russian Mission to NATO.") == [
        ("SANCTION", ("NATO",), ("RUS",), "asserted")
    ]
    assert triples("Russia's military build-up near Ukraine continued.") == [
        ("MOBILIZE", ("RUS",), ("UKR",), "asserted")
    ]
    assert triples("Russian aircraft violated Allied airspace.") == [
        ("MOBILIZE", ("RUS",), ("NATO",), "asserted")
    ]
    # a place after a verb's own preposition stays a place; work stopped on a project is no sanction
    gathered = code_sentence(
        "The refugee issue will feature on the agenda when the bloc's interior ministers gather in Luxembourg.",
        date=PUB,
    )
    assert all("LUX" not in e.target for e in gathered)
    assert triples("The government suspended work on the project.") == []
    assert triples("NATO remains open to dialogue with Russia.") == [
        ("AGREE", ("NATO",), ("RUS",), "asserted")
    ]
    assert [
        e.event for e in code_sentence("NATO has stepped up its air policing in the Baltic region.", date=PUB)
    ] == [EventType.MOBILIZE]


def test_statements_that_an_actor_does_wrong_are_accusations() -> None:
    """The accused is the subject; the accuser is the clause's sayer, a trailing speaker, the statement's
    speaker, or unknown (an official text's own voice)."""
    assert triples("The Secretary General said Russia's actions undermine Euro-Atlantic security.") == [
        ("ACCUSE", ("NATO",), ("RUS",), "asserted")
    ]
    assert triples("Russia is in material breach of the treaty, the Secretary General said.") == [
        ("ACCUSE", ("NATO",), ("RUS",), "asserted")
    ]
    assert triples("Lavrov said NATO enlargement poses a threat to Russia.") == [
        ("ACCUSE", ("RUS",), ("NATO",), "asserted")
    ]
    assert triples("Russia's actions undermine the international order.", speaker="NATO") == [
        ("ACCUSE", ("NATO",), ("RUS",), "asserted")
    ]
    assert triples("Russia's actions are a clear violation of international law.") == [
        ("ACCUSE", (), ("RUS",), "asserted")
    ]
    # agreeing that someone is in breach is no agreement: it accuses
    assert triples("Allies agree that Russia is in material breach of the INF Treaty.") == [
        ("ACCUSE", ("NATO",), ("RUS",), "asserted")
    ]
    # airspace violations stay shows of force; "close to the borders" closes nothing
    assert triples("Russian aircraft violated Turkish airspace.") == [
        ("MOBILIZE", ("RUS",), ("TUR",), "asserted")
    ]
    contingents = code_sentence(
        "Military contingents close to the Russian borders present a threat.", date=PUB
    )
    assert EventType.COERCE not in [e.event for e in contingents]


def test_phone_calls_received_visits_and_mission_cuts() -> None:
    assert triples("The Secretary General received a phone call from the Russian Foreign Minister.") == [
        ("CONSULT", ("RUS",), ("NATO",), "asserted")
    ]
    assert [
        e.mode for e in code_sentence("Putin received a visit from the German Chancellor.", date=PUB)
    ] == ["visit"]
    assert triples("NATO has decided to reduce the size of the Russian Mission to NATO.") == [
        ("SANCTION", ("NATO",), ("RUS",), "asserted")
    ]
    # two-word alternatives are their own phrases ("carry out", "step up")
    assert triples("Russia carried out a nuclear test.") == [("MOBILIZE", ("RUS",), (), "asserted")]
    assert [
        e.event for e in code_sentence("A Russian jet made an unsafe intercept of a US aircraft.", date=PUB)
    ] == [EventType.MOBILIZE]


def test_accusations_target_the_doer_and_refusals_of_recognition() -> None:
    assert triples("The North Atlantic Council condemns the attack on Ukraine that Russia launched.") == [
        ("ACCUSE", ("NATO",), ("RUS",), "asserted"),
        ("ASSAULT", ("RUS",), ("UKR",), "asserted"),  # the condemned act, by its doer
    ]
    # the agent is the named group ("Chechen rebels"); the hostages were seized in Russia
    assert triples("NATO condemned the seizure of hostages in Moscow by armed Chechen rebels.") == [
        ("ACCUSE", ("NATO",), ("chechen rebels",), "asserted"),
        ("ASSAULT", ("chechen rebels",), ("RUS",), "asserted"),
    ]
    assert triples(
        "The North Atlantic Council expressed outrage at the hostage-taking in a school by terrorists."
    ) == [
        ("ACCUSE", ("NATO",), ("terrorists",), "asserted"),
        ("ASSAULT", ("terrorists",), (), "asserted"),  # judged: told as a fact, with no one named as hit
    ]
    # a predicate that condemns, voiced by a trailing speaker; a denial is no accusation. The threats judged
    # are coded too, as the NATO-style gold codes a condemned concrete act (s31-written8)
    assert triples(
        "Putin's veiled nuclear threats are dangerous and reckless, the Secretary General said."
    ) == [("ACCUSE", ("NATO",), ("RUS",), "asserted"), ("THREATEN", ("RUS",), (), "asserted")]
    assert triples("The Strategic Concept states that NATO poses no threat to Russia.") == []
    # "NATO's position on Russia's illegal annexation": the possessive 's is no "is"; the act a position is
    # on is its topic, not reported (as the seed's gold codes "restated NATO's position on ... annexation")
    assert triples(
        "The Secretary General restated NATO's position on Russia's illegal annexation of Crimea."
    ) == [("ACCUSE", ("NATO",), ("RUS",), "asserted")]
    events = triples("Allies refuse to recognise Russia's attempt to annex the peninsula.")
    assert ("REJECT", ("NATO",), ("RUS",), "asserted") in events
    # the attempt is Russia's, not the Allies' (its target, the sentence's one other actor, is a known
    # weakness of the other-side rule: see _other_side)
    assert [e[:2] for e in events if e[0] == "COERCE"] == [("COERCE", ("RUS",))]
    assert triples("We will not compromise on the open door.", speaker="NATO") == [
        ("REJECT", ("NATO",), (), "asserted")
    ]


def test_threats_promises_and_decisions_in_reported_speech() -> None:
    # a reported "will" is future; a conditional threat is made now, against the actor in its condition
    assert triples("Putin said Russia would meet NATO officials next month.") == [
        ("CONSULT", ("RUS",), ("NATO",), "future")
    ]
    assert triples("Russia warned it would take countermeasures if NATO deployed missiles in Poland.") == [
        ("THREATEN", ("RUS",), ("NATO",), "asserted")
    ]
    # the speaker's own reported act is a promise
    assert triples(
        "He said Russia would work with the Alliance.", context="'He' is President Boris Yeltsin."
    ) == [("AGREE", ("RUS",), ("NATO",), "asserted")]
    # agreeing on a hostile act is deciding it; an "in protest" phrase after another act is its manner
    assert [
        e.event for e in code_sentence("Allies agreed that meetings would be put on hold.", date=PUB)
    ] == [EventType.SANCTION]
    recalled = code_sentence(
        "Russia suspended its participation in the Partnership for Peace and recalled its representative "
        "in protest at NATO's air operations.",
        date=PUB,
    )
    assert {e.event for e in recalled} == {EventType.SANCTION}
    assert triples("Finland and Sweden submitted their letters of application to join NATO.") == [
        ("REQUEST", ("FIN", "SWE"), ("NATO",), "asserted")
    ]
    assert triples("Sweden joined NATO in March 2024.") == [("SUPPORT", ("SWE",), ("NATO",), "asserted")]
    assert triples("NATO helped Russia fight the forest fires.") == [("AID", ("NATO",), ("RUS",), "asserted")]


def test_equipment_designators_drafts_and_ends_of_operations() -> None:
    assert triples("Turkish F-16 jets shot down a Russian Su-24 bomber near the Syrian border.") == [
        ("ASSAULT", ("TUR",), ("RUS",), "asserted")
    ]
    assert [
        e.event
        for e in code_sentence("Medvedev said he had ordered an end to military operations.", date=PUB)
    ] == [EventType.CONCEDE]
    assert ("AGREE", ("RUS",), ("USA",), "asserted") in triples(
        "Russia published two draft agreements, one addressed to the United States."
    )
    # a plan "newly unveiled" is no proposal made; a mediator presenting a plan proposes nothing himself
    assert EventType.AGREE not in [
        e.event for e in code_sentence("Trump promoted a newly unveiled Republican tax plan.", date=PUB)
    ]
    assert triples("NATO will now review the entire range of its cooperation with Russia.") == [
        ("THREATEN", ("NATO",), ("RUS",), "asserted")
    ]
    assert [e.event for e in code_sentence("Moscow is regrouping and rearming its forces.", date=PUB)] == [
        EventType.MOBILIZE
    ]


def test_condemnations_report_what_they_condemn_and_allegations_do_not() -> None:
    events = triples(
        "Allies object in the strongest terms to the violation of Turkish airspace by a Russian aircraft."
    )
    assert ("ACCUSE", ("NATO",), ("RUS",), "asserted") in events
    assert ("MOBILIZE", ("RUS",), ("TUR",), "asserted") in events
    assert triples("NATO accused Russia of attacking Ukraine.") == [
        ("ACCUSE", ("NATO",), ("RUS",), "asserted")
    ]
    # an accusation of "this incursion" accuses whoever made it; deployed forces are their state's
    events = triples("Russian jets violated Turkish airspace, and Allies condemn this incursion.")
    assert ("ACCUSE", ("NATO",), ("RUS",), "asserted") in events
    assert triples("Up to 40,000 Russian troops are estimated to be deployed near the border.") == [
        ("MOBILIZE", ("RUS",), (), "asserted")
    ]


def test_descriptions_designators_and_threats_left_unanswered() -> None:
    # a participle describing a noun inside an object tells no new act; a clause's own verb does
    released = code_sentence(
        "Allies welcome Russia's release on 7 September of the 24 Ukrainian sailors detained near the Kerch Strait.",
        date=PUB,
    )
    # the release itself is RETREAT (gold ns-147), the participle "detained" no COERCE
    assert [e.event for e in released] == [EventType.SUPPORT, EventType.RETREAT]
    assert triples("Russian troops detained two Estonian officers near the border.") == [
        ("COERCE", ("RUS",), ("EST",), "asserted")
    ]
    assert [e.event for e in code_sentence("Thousands of protesters massed in the square.", date=PUB)] == [
        EventType.PROTEST
    ]
    # "Turkish F-16s": the designator is no name, so the demonym acts
    assert triples("Turkish F-16s shot down a Russian Su-24 bomber.") == [
        ("ASSAULT", ("TUR",), ("RUS",), "asserted")
    ]
    # the sayer is not the doer of what it says a third party did
    assert ("MOBILIZE", ("TUR",), (), "asserted") not in triples(
        "Turkey said the aircraft had violated its airspace."
    )
    assert triples("The Russian Foreign Ministry said the move would not go unanswered.") == [
        ("THREATEN", ("RUS",), (), "asserted")
    ]
    # adjectives and successions that look like acts
    assert triples("The force is to take over from the UN Protection Force.") == []
    assert [
        e.event
        for e in code_sentence(
            "NATO decided to halt cooperation with Russia, while keeping channels open for dialogue.",
            date=PUB,
        )
    ] == [EventType.SANCTION]


def test_cooperation_named_is_no_act_of_cooperating() -> None:
    """ "cooperation between X and Y" names a state of affairs; cooperating, or contributing troops, is an act."""
    assert (
        triples(
            "The President stressed that cooperation in the Arctic was one field of cooperation between Russia and NATO."
        )
        == []
    )
    assert triples("Russia and NATO would contribute to stability in the Euro-Atlantic area.") == []
    assert triples("Russia and NATO cooperate closely on counter-terrorism.") == [
        ("COOPERATE", ("RUS", "NATO"), (), "asserted")
    ]
    assert triples("Ukraine contributed troops to the NATO-led force.")[0][0] == "AID"


def test_diplomatic_ties_are_support_and_material_cooperation_is_cooperate() -> None:
    """PLOVER: diplomatic, non-material cooperation (establishing or restoring relations) is SUPPORT;
    economic or military cooperation is COOPERATE."""
    assert triples("Costa Rica established diplomatic relations with China.") == [
        ("SUPPORT", ("CRI",), ("CHN",), "asserted")
    ]
    assert triples("Russia and Georgia agreed to restore relations.")[0][0] == "AGREE"
    assert triples("Turkey and Israel agreed to expand military cooperation.")[0][0] == "AGREE"
    assert triples("Turkey expanded military cooperation with Israel.") == [
        ("COOPERATE", ("TUR",), ("ISR",), "asserted")
    ]
    # an intention to develop relations is an agreement
    assert triples("The CSTO member states intend to expand their ties with NATO.") == [
        ("AGREE", ("CSTO",), ("NATO",), "asserted")
    ]
    assert (
        triples("Hugo Chavez ordered ten battalions of troops to the Colombian border.")[0][0] == "MOBILIZE"
    )


def test_pronouns_after_speech_verbs_and_offers_of_nothing() -> None:
    # "it" after "said" is who said it, not the nearer actor
    assert triples(
        "Turkey suspended all military agreements with Israel and said it would boost its naval presence."
    )[-1] == ("MOBILIZE", ("TUR",), ("ISR",), "future")
    # "offered no evidence" offers nothing; "offered no support" is a negated offer
    assert triples("Washington had offered no evidence of his involvement.") == []
    assert triples("Russia offered no support to Serbia.") == [("AGREE", ("RUS",), ("SRB",), "negated")]


def test_a_meeting_told_by_how_it_went_and_sides_from_the_context() -> None:
    after_nrc = (
        "Press conference by NATO Secretary General Jens Stoltenberg after the NATO-Russia Council meeting."
    )
    assert triples("The discussion was frank and at times difficult.", context=after_nrc) == [
        ("CONSULT", ("NATO", "RUS"), (), "asserted")
    ]
    assert triples("The two sides discussed arms control.", context=after_nrc) == [
        ("CONSULT", ("NATO", "RUS"), (), "asserted")
    ]
    assert triples("The talks were constructive.") == [("CONSULT", (), (), "asserted")]
    assert triples("The situation was difficult.") == []


def test_verbs_joined_by_and_share_a_modal_but_not_a_finite_verb() -> None:
    assert [
        e.polarity.value
        for e in code_sentence(
            "Lavrov announced that Russia would suspend the work of its mission to NATO and shut down NATO's office.",
            date=PUB,
        )
    ] == ["future"]  # one SANCTION: both acts have the same sides and are future
    events = triples("Russia did not meet NATO and attacked Ukraine.")
    assert events == [
        ("CONSULT", ("RUS",), ("NATO",), "negated"),
        ("ASSAULT", ("RUS",), ("UKR",), "asserted"),
    ]
    assert triples("Russia will not meet NATO and attack Ukraine.")[-1] == (
        "ASSAULT",
        ("RUS",),
        ("UKR",),
        "negated",
    )


def test_conditional_hostile_acts_are_threats_and_regarding_as_wrong_accuses() -> None:
    assert triples(
        "If elements of the American missile defence system appear in Poland, Russia will deploy Iskander "
        "missile systems in the Kaliningrad region."
    ) == [("THREATEN", ("RUS",), ("USA",), "asserted")]
    assert triples(
        "Washington announced that it would withdraw from the treaty unless Russia returned to compliance."
    ) == [("THREATEN", ("USA",), ("RUS",), "asserted")]
    # an act inside the condition is only supposed: not coded
    assert "ASSAULT" not in {t[0] for t in triples("If Russia attacks Estonia, NATO will defend it.")}
    assert triples(
        "Moscow reserves the right to take retaliatory measures in connection with Montenegro's accession to NATO."
    )[0] == (
        "THREATEN",
        ("RUS",),
        ("MNE",),
        "asserted",
    )
    assert triples(
        "The Russian Mission to NATO regards the Alliance's decision to freeze meetings of the Council as biased."
    )[-1] == ("ACCUSE", ("RUS",), ("NATO",), "asserted")
    # regarding a side as a partner is praise (the Kremlin sets' SUPPORT), never a charge
    assert [t[0] for t in triples("Germany regards France as a key partner.")] == ["SUPPORT"]


def test_decrees_schedules_own_forces_and_answers_with_measures() -> None:
    # a participle with an object is a verb; a decree is a domestic act, not support for anyone
    assert triples("Putin signed a decree suspending Russia's participation in the CFE Treaty.") == [
        ("SANCTION", ("RUS",), ("NATO",), "asserted")
    ]
    # a schedule is no event
    assert triples("The NATO-Russia Council meets at the level of ambassadors every month.") == []
    assert triples("The NATO-Russia Council met at the level of ambassadors on Monday.") != []
    # a state giving its own forces an order helps no one
    assert triples("Putin gave the Russian military the corresponding order.") == []
    assert triples(
        "Should our Western colleagues persist in this course, Russia will answer with military and technical measures."
    ) == [("THREATEN", ("RUS",), ("WEST",), "asserted")]
    assert triples(
        "In September we proposed to the United States a moratorium on deploying missiles.", speaker="RUS"
    ) == [("AGREE", ("RUS",), ("USA",), "asserted")]


def test_refusals_to_recognise_denials_and_what_documents_provide() -> None:
    assert triples("Russia does not recognise the declaration of independence.") == [
        ("REJECT", ("RUS",), (), "asserted")
    ]
    # a first-person denial, or a plan nobody has, is a statement of principle; a reported negation stays
    assert triples("We are not threatening anyone.", speaker="RUS") == []
    assert triples("NATO has no plans to attack anyone.") == []
    assert triples("Police did not detain anyone during the march.")[0][3] == "negated"
    # what a treaty or a draft provides for is not an act
    assert triples("The drafts provide for NATO not to deploy forces beyond its members' territory.") == []
    assert triples("The INF Treaty banned all ground-launched missiles.") == []
    # a finite verb after "and" is not the content of an agreement
    events = triples("Russia and the US agreed to start negotiations and discussed a personal meeting.")
    assert [e[0] for e in events] == ["AGREE", "CONSULT"]
    assert triples("The Russian frigate took part in NATO's counter-terrorist operation.") == [
        ("COOPERATE", ("RUS",), ("NATO",), "asserted")
    ]


def test_initiated_calls_readiness_recipients_and_bids_to_join() -> None:
    macron = "Kremlin readout of a telephone conversation between Vladimir Putin and Emmanuel Macron."
    assert triples("It was the French President who initiated the call.", context=macron) == [
        ("CONSULT", ("FRA",), ("RUS",), "asserted")
    ]
    assert triples("The Russian side reaffirmed its readiness to provide assistance to Belarus.") == [
        ("AGREE", ("RUS",), ("BLR",), "asserted")
    ]
    assert triples("Putin expressed the Russian people's solidarity with Americans.") == [
        ("SUPPORT", ("RUS",), ("USA",), "asserted")
    ]
    assert triples(
        "The Russian Federation condemns the military action launched by NATO against Yugoslavia."
    )[0] == (
        "ACCUSE",
        ("RUS",),
        ("NATO",),
        "asserted",
    )
    assert triples("Ukraine's bid to join NATO was discussed.") == [
        ("REQUEST", ("UKR",), ("NATO",), "asserted")
    ]
    assert triples("Warsaw's request is yet another attempt to escalate tensions, Zakharova said.") == [
        ("ACCUSE", ("RUS",), ("POL",), "asserted")
    ]


def test_people_of_an_actor_recipients_after_agents_and_forum_targets() -> None:
    assert triples("Officers of the Federal Security Service detained an Estonian officer.") == [
        ("COERCE", ("RUS",), ("EST",), "asserted")
    ]
    assert triples("Six MiG-29 fighters donated by Russia to Serbia arrived at the air base.")[0] == (
        "AID",
        ("RUS",),
        ("SRB",),
        "asserted",
    )
    # the NATO-Russia Council as a target is its other side; as a source, its own names are no target
    assert triples("NATO froze meetings of the NATO-Russia Council.") == [
        ("SANCTION", ("NATO",), ("RUS",), "asserted")
    ]
    assert triples("The NATO-Russia Council agreed to expand transit through Russian territory.") == [
        ("AGREE", ("NATO", "RUS"), (), "asserted")
    ]
    # "in Poland and the Czech Republic" are both places; a treaty's name is no actor
    assert triples(
        "Putin proposed the joint use of a radar instead of new facilities in Poland and the Czech Republic."
    ) == [("AGREE", ("RUS",), (), "asserted")]
    assert triples(
        "Russia suspended its participation in the Treaty on Conventional Armed Forces in Europe."
    ) == [("SANCTION", ("RUS",), ("NATO",), "asserted")]
    assert triples("NATO helps Afghanistan fight drug trafficking.")[0][0] == "AID"


def test_appositive_descriptions_and_regarding_as_a_threat() -> None:
    # a participle describing a named person or an appositive noun phrase tells no new act (the exchange
    # itself is the release of both sides, see test_coding_s19_fn)
    assert triples(
        "Eston Kohver, sentenced in Russia for espionage, was handed over to Estonia in exchange for "
        "Alexei Dressen, a former Estonian security officer convicted in Estonia of spying for Russia."
    ) == [("RETREAT", ("EST", "RUS"), (), "asserted")]
    putin = "Remarks by President Vladimir Putin; 'we' is Russia."
    assert triples(
        "We regard the deployment of US missiles in Romania as a threat to our security.", context=putin
    ) == [("MOBILIZE", ("USA",), (), "asserted"), ("ACCUSE", ("RUS",), ("USA",), "asserted")]
    assert ("ACCUSE", ("RUS",), ("TUR",), "asserted") in triples(
        "Ankara chose to request consultations with its NATO allies, and we see this as a deliberate attempt to "
        "drag the Alliance into the situation.",
        context=putin,
    )


def test_more_ways_two_sides_discuss() -> None:
    assert triples("Putin and Modi paid special attention to trade.") == [
        ("CONSULT", ("RUS", "IND"), (), "asserted")
    ]
    assert triples("Putin and Rahmon dwelt on the situation in Afghanistan.") == [
        ("CONSULT", ("RUS", "TJK"), (), "asserted")
    ]
    assert triples("The President paid special attention to the budget.") == []


def test_condemned_acts_with_their_doers_requests_from_and_article_4() -> None:
    events = triples(
        "The North Atlantic Council condemns the massive military attack on Ukraine that Russia launched."
    )
    assert ("ASSAULT", ("RUS",), ("UKR",), "asserted") in events
    events = triples("Allies condemn the abduction of an Estonian officer by Russian security services.")
    assert ("ASSAULT", ("RUS",), ("EST",), "asserted") in events
    assert triples("Moscow called the expulsions a crude provocation.") == [
        ("ACCUSE", ("RUS",), (), "asserted")
    ]
    assert ("REQUEST", ("RUS",), ("NATO",), "asserted") in triples(
        "Following a request from the Russian Federation, NATO sent firefighting aircraft to Russia."
    )
    assert triples("Poland requested consultations under Article 4 of the Washington Treaty.") == [
        ("REQUEST", ("POL",), ("NATO",), "asserted")
    ]


def test_names_with_particles_coordinated_passives_and_short_of() -> None:
    assert triples(
        "Afghanistan's Taliban rulers refused to hand over Osama bin Laden to the United States."
    ) == [("REJECT", ("TALIBAN",), ("USA",), "asserted")]
    events = triples(
        "Iraqi detainees were beaten, stripped naked and threatened with dogs by American military police."
    )
    assert ("THREATEN", ("USA",), ("IRQ",), "asserted") in events
    assert triples("Erdogan stormed off the stage after the debate.") == []
    assert triples("The White House stopped short of criticising Israel over the plan.") == [
        ("ACCUSE", ("USA",), ("ISR",), "negated")
    ]


def test_hosting_visits_announced_refusals_ultimatums_and_blocked_statements() -> None:
    assert triples("Putin welcomed Erdogan to the Kremlin.") == [("CONSULT", ("RUS",), ("TUR",), "asserted")]
    assert triples("NATO welcomed Finland to the Alliance.") == [("SUPPORT", ("NATO",), ("FIN",), "asserted")]
    assert triples("Turkish Foreign Minister Mevlut Cavusoglu is due in Tehran on Friday.")[0][3] == "future"
    assert triples("Poland's government said it would not take in any refugees under the EU scheme.") == [
        ("REJECT", ("POL",), ("EU",), "asserted")
    ]
    assert triples("Russia did not meet NATO.") == [("CONSULT", ("RUS",), ("NATO",), "negated")]
    assert triples("George W. Bush gave Saddam Hussein and his sons 48 hours to leave Iraq.") == [
        ("THREATEN", ("USA",), ("IRQ",), "asserted")
    ]
    assert triples("Hungary blocked a joint European Union statement criticising China.") == [
        ("REJECT", ("HUN",), ("EU",), "asserted")
    ]
    assert triples("Kyrgyzstan's parliament voted to shut the US air base at Manas.") == [
        ("SANCTION", ("KGZ",), ("USA",), "asserted")
    ]


def test_military_actions_by_an_agent_questions_after_statements_and_unnamed_marchers() -> None:
    # the Federal Republic of Yugoslavia (1992-2006) is coded as Serbia, its continuing state
    events = triples("Russia condemns the military action launched by NATO this evening against Yugoslavia.")
    assert ("ASSAULT", ("NATO",), ("SRB",), "asserted") in events
    assert triples(
        "Question: Chisinau has demanded the withdrawal of Russian forces; how will Moscow respond?"
    ) == [("REQUEST", ("MDA",), ("RUS",), "asserted")]
    assert triples("Will Russia attack Ukraine?") == []
    assert [
        e[0] for e in triples("Thousands of people have marched in Podgorica demanding a referendum.")
    ] == ["PROTEST"]
    assert triples("Theresa May announced the expulsion of 23 Russian diplomats.") == [
        ("SANCTION", ("GBR",), ("RUS",), "asserted")
    ]


def test_more_ways_official_statements_accuse_and_supply() -> None:
    assert triples("Poland holds Moscow accountable for the sabotage.") == [
        ("ACCUSE", ("POL",), ("RUS",), "asserted")
    ]
    assert triples("The Foreign Ministry called the Russian claims absurd.") == [
        ("ACCUSE", (), ("RUS",), "asserted")
    ]
    assert triples("Putin called Erdogan on Monday.") == [("CONSULT", ("RUS",), ("TUR",), "asserted")]
    assert triples("Lithuania said Russian intelligence services were behind the arson attacks.") == [
        ("ACCUSE", ("LTU",), ("RUS",), "asserted")
    ]
    assert triples(
        "Russia's reckless behaviour endangers civil aviation safety, the Secretary General said."
    ) == [("ACCUSE", ("NATO",), ("RUS",), "asserted")]
    assert triples("Russia continues its war of aggression against Ukraine.") == [
        ("ASSAULT", ("RUS",), ("UKR",), "asserted")
    ]
    assert triples("Germany will supply Ukraine with additional air defence systems.") == [
        ("AID", ("DEU",), ("UKR",), "future")
    ]
    assert triples("Estonia summoned the Russian charge d'affaires.") == [
        ("ACCUSE", ("EST",), ("RUS",), "asserted")
    ]


def test_promised_and_announced_concessions_are_concede() -> None:
    """PLOVER: promises of future concessions and declared, not yet made, pull-backs are CONCEDE."""
    assert triples("Iran pledged to free the detained sailors.") == [("CONCEDE", ("IRN",), (), "asserted")]
    assert triples("Russia offered to pull back its troops from the border.") == [
        ("CONCEDE", ("RUS",), (), "asserted")
    ]
    assert triples("Russia will withdraw its troops from Georgia.") == [
        ("CONCEDE", ("RUS",), ("GEO",), "asserted")
    ]
    assert triples("Russia withdrew its troops from Georgia.") == [
        ("RETREAT", ("RUS",), ("GEO",), "asserted")
    ]
    assert triples("Russia freed the Ukrainian sailors.") == [("RETREAT", ("RUS",), ("UKR",), "asserted")]


def test_internal_meetings_purposes_and_defiance() -> None:
    assert triples("Duda spoke to Polish troops in Rzeszow.") == []
    # the ministers of a body meet among themselves; the purpose's Russia is no side of the meeting
    assert triples("The EU foreign ministers met in Brussels to discuss new sanctions against Russia.") == [
        ("CONSULT", ("EU",), (), "asserted")
    ]
    assert triples("Putin met Erdogan in Sochi to discuss Syria.") == [
        ("CONSULT", ("RUS",), ("TUR",), "asserted")
    ]
    assert triples("Blinken told reporters that NATO would not be intimidated.") == []


def test_condemned_nouns_weapons_sent_and_welcomes() -> None:
    assert ("COERCE", ("RUS",), ("UKR",), "asserted") in triples(
        "The EU condemned Russia's blockade of Ukrainian ports."
    )
    assert ("RETREAT", ("RUS",), (), "asserted") in triples("NATO welcomed Russia's release of the sailors.")
    assert ("MOBILIZE", ("RUS",), ("POL",), "asserted") in triples(
        "Poland condemned Russia's drone incursion into Polish airspace."
    )
    assert ("SANCTION", ("RUS",), ("USA",), "asserted") in triples(
        "The US condemned Russia's closure of the US consulate."
    )
    # weapons sent to another state are aid; troops sent to a border are a show of force
    assert triples("Germany will send Leopard tanks to Ukraine.") == [("AID", ("DEU",), ("UKR",), "future")]
    assert triples("Russia sent troops to the border.")[0][0] == "MOBILIZE"
    assert triples("Ukraine welcomed Germany's decision to send tanks to Ukraine.") == [
        ("SUPPORT", ("UKR",), ("DEU",), "asserted"),
        ("AID", ("DEU",), ("UKR",), "asserted"),
    ]
    assert triples("NATO welcomed Finland to the Alliance.") == [("SUPPORT", ("NATO",), ("FIN",), "asserted")]


def test_ending_participation_is_a_sanction() -> None:
    assert triples("Moldova terminated its participation in the CIS.") == [
        ("SANCTION", ("MDA",), ("CIS",), "asserted")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Putin regards NATO as",  # "as" at the very end
        "we see this as",
        "If",  # a condition with nothing after it
        "Russia will deploy missiles if",
        "said it would",  # a pronoun after a speech verb with no one before
        "Officers of",  # people of nobody
        "The NATO-Russia Council",  # a forum with no act
        "condemns the attack on that",  # a relative clause with no doer
        "Osama bin",  # a name particle at the end
        "Turkish F-16s F-16s F-16s shot",
        "a decree suspending",  # a participle with nothing after it
        "in protest against in protest at in protest",
        "Question: ; ; ?",
        "will not will not will not",
        "Allies agree that",
        "welcomed to",
        "the military action launched by against",
    ],
)
def test_fragments_that_end_inside_the_new_rules_code_cleanly(text: str) -> None:
    """Fragments cut off where this session's rules look ahead or behind: no exception, only valid events."""
    events = code_sentence(text, date=PUB)
    assert all(e.event in EventType and e.polarity in Polarity for e in events)
    assert all(0 <= e.evidence[0] <= e.evidence[1] <= len(text) for e in events)


def test_random_word_soup_of_triggers_and_actors_codes_cleanly() -> None:
    """Seeded random sentences built from trigger words, actors, pronouns and punctuation: every one codes
    without an exception, and every event has valid fields and an evidence span inside the sentence."""
    import random

    rng = random.Random(20261128)
    soup = (
        "Russia NATO Putin Lavrov the Alliance Ukraine Poland we us our it they he said that which if unless "
        "would will not no condemned regards as attack on against by launched detained sailors near last "
        "welcomed to Finland Council NATO-Russia met discussed talks the two leaders pledged free withdraw "
        "troops from border in protest at Treaty provides for deploy missiles F-16s bin Laden , ; : ? . ' \" "
        "is a threat provocation accountable holds were behind officers of the FSB bid join and"
    )
    vocabulary = soup.split()
    for _ in range(400):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 30)))
        for event in code_sentence(text, date=PUB):
            assert event.event in EventType and event.polarity in Polarity
            assert 0 <= event.evidence[0] <= event.evidence[1] <= len(text), text
            assert all(code for code in (*event.source, *event.target)), text


def test_a_directed_act_without_target_takes_the_one_other_actor_named() -> None:
    d = dt.date(2015, 4, 1)
    assert triples(
        "Moscow called the expulsions a crude provocation and announced that two NATO officials working "
        "in Moscow would be asked to leave the country.",
        d,
    )[0] == ("ACCUSE", ("RUS",), ("NATO",), "asserted")
    assert triples("Russia strongly condemned the decision, which Germany announced.", d) == [
        ("ACCUSE", ("RUS",), ("DEU",), "asserted")
    ]
    # two other actors: which one is meant is not known, so no target is invented
    assert triples(
        "Russia strongly condemned the decision, which was announced after talks between Germany and France.",
        d,
    )[0] == ("ACCUSE", ("RUS",), (), "asserted")
    # an agreement's second actor is often a place or a topic: AGREE is left alone
    assert triples("Russia agreed to the plan proposed in Geneva.", d) == [
        ("AGREE", ("RUS",), (), "asserted")
    ]


def test_a_warm_word_on_a_relation_is_support_by_its_side_that_speaks() -> None:
    d = dt.date(2001, 9, 1)
    putin = "Vladimir Putin, President of Russia"
    assert triples(
        "I am sure that mutually advantageous Russian-Kyrgyz cooperation will develop successfully.",
        d,
        context=putin,
    ) == [("SUPPORT", ("RUS",), ("KGZ",), "asserted")]
    assert triples("Mr Putin noted that Russian-Israeli relations are friendly and constructive.", d) == [
        ("SUPPORT", ("RUS",), ("ISR",), "asserted")
    ]
    # the speaker is not a side of the relation: nobody known praises it
    assert triples("Russian-Kyrgyz cooperation is developing fruitfully.", d, context="Angela Merkel") == []
    # a relation in trouble, or a topic of talks, is no praise
    assert triples("Russian-Kyrgyz cooperation is not developing fruitfully.", d, context=putin) == []
    assert (
        triples(
            "Friendly relations between Russia and the EU were at the focus of attention.", d, context=putin
        )
        == []
    )


def test_named_ships_military_adjectives_and_weapons_fired_from_a_craft() -> None:
    d = dt.date(2021, 6, 24)
    # a demonym's ship keeps its state when the ship's name follows
    assert triples("On 23 June, the British destroyer Defender entered Russian territorial waters.", d) == [
        ("MOBILIZE", ("GBR",), ("RUS",), "asserted")
    ]
    assert triples(
        "The Russian frigate Pytliviy joined NATO's counter-terrorism operation in the Mediterranean.", d
    ) == [("COOPERATE", ("RUS",), ("NATO",), "asserted")]
    # but a demonym starting a name is no actor
    assert [e[1] for e in triples("The Russian Orthodox Church condemned the attack.", d)] == [()]
    # "the military base": an adjective, not the armed forces as an actor; a state's own bases are what it
    # withdraws, the place it leaves is the target
    assert triples(
        "The last Russian servicemen left the military base in Batumi, completing the withdrawal of Russian "
        "bases from Georgia.",
        d,
    ) == [("RETREAT", ("RUS",), ("GEO",), "asserted")]
    # the one who fired the weapon that struck is the attacker
    assert triples(
        "A Russian Su-24 bomber was shot down today by an air-to-air missile fired from a Turkish F-16.", d
    ) == [("ASSAULT", ("TUR",), ("RUS",), "asserted")]


def test_a_protest_without_a_named_actor_is_by_protesters() -> None:
    d = dt.date(1999, 3, 27)
    assert triples("Several thousand people gathered outside the US Embassy in Moscow to protest.", d)[0][
        :2
    ] == (
        "PROTEST",
        ("protesters",),
    )
    # a named protester keeps its code
    assert triples("Russia protested against the expulsion of its diplomats by Estonia.", d)[0][1] != (
        "protesters",
    )


def test_stative_participles_acting_titles_and_agreements_between_two_sides() -> None:
    d = dt.date(2000, 2, 17)
    # "is prepared to": the subject's readiness, not a passive
    assert triples("Russia is prepared to work with NATO.", d)[0][:3] == ("AGREE", ("RUS",), ("NATO",))
    assert triples("Allies remain ready for dialogue with Moscow.", d) == [
        ("AGREE", ("NATO",), ("RUS",), "asserted")
    ]
    # "Acting President Putin" is one side of the two who agreed
    assert triples(
        "Lord Robertson and Acting President Vladimir Putin agreed in Moscow to revive dialogue between NATO "
        "and Russia.",
        d,
    ) == [("AGREE", ("NATO", "RUS"), (), "asserted")]
    # "agreed between X and Y": both agree; "Defence Minister Pavel Grachev" is Grachev, not President Pavel
    assert triples(
        "Under arrangements agreed between Russian Defence Minister Pavel Grachev and US Secretary of Defense "
        "William Perry, a Russian brigade will serve in Bosnia.",
        dt.date(1995, 11, 8),
    )[0][:3] == ("AGREE", ("RUS", "USA"), ())


def test_leaving_a_treaty_is_a_sanction_and_denied_or_rumoured_acts_are_not_reported() -> None:
    d = dt.date(2019, 8, 2)
    assert triples("Russia withdrew from the CFE Treaty.", d) == [
        ("SANCTION", ("RUS",), ("NATO",), "asserted")
    ]
    assert triples("The US withdrawal from the INF Treaty was a blow to arms control.", d)[0][:2] == (
        "SANCTION",
        ("USA",),
    )
    # troops leaving a country still retreat
    assert triples("Russian troops withdrew from Georgia.", d) == [
        ("RETREAT", ("RUS",), ("GEO",), "asserted")
    ]
    # what is denied, or only rumoured, did not happen as far as the sentence says
    assert (
        triples("Russia's Defence Ministry denied that its aircraft had entered Estonian airspace.", d) == []
    )
    assert (
        triples("NATO is monitoring reports that Russia has moved Iskander missiles to Kaliningrad.", d) == []
    )
    assert triples("Estonia said that Russian jets had entered Estonian airspace.", d)[0][:2] == (
        "MOBILIZE",
        ("RUS",),
    )


def test_regions_are_places_of_their_state_never_the_state_acting() -> None:
    d = dt.date(2014, 3, 18)
    assert triples("Russia annexed Crimea in March 2014.", d) == [("COERCE", ("RUS",), ("UKR",), "asserted")]
    # a region does not act for its state
    assert triples("Crimea declared independence from Ukraine.", d) == []
    # a state's own region is no target of what it does there
    assert triples("Russia deployed Iskander missiles in Kaliningrad.", d) == [
        ("MOBILIZE", ("RUS",), (), "asserted")
    ]
    # an attack by a state on a region of its own is aimed at whoever holds it, unnamed here
    assert triples("Moscow said Kiev had attacked Donetsk.", d) == [("ASSAULT", ("UKR",), (), "asserted")]


def test_a_promise_on_a_condition_is_made_to_the_one_the_condition_names() -> None:
    putin = "Vladimir Putin, President of Russia"
    assert triples(
        "If NATO acts constructively in this field, we will cooperate, of course.", context=putin
    ) == [("AGREE", ("RUS",), ("NATO",), "hypothetical")]
    # no condition naming anyone: nobody to cooperate with
    assert triples("We will cooperate, of course.", context=putin) == []


def test_breakaway_entities_shared_subjects_and_standing_descriptions() -> None:
    d = dt.date(2008, 8, 27)
    assert triples("Russia recognised Abkhazia and South Ossetia.", d) == [
        ("SUPPORT", ("RUS",), ("abkhazia", "south ossetia"), "asserted")
    ]
    # "and urged": the subject of the verb before, not the nearest name
    assert triples(
        "Allies denounced Moscow's recognition of Abkhazia and South Ossetia and urged Russia to withdraw it.",
        d,
    )[-1] == ("REQUEST", ("NATO",), ("RUS",), "asserted")
    # a standing description is no act
    assert triples("Abkhazia and South Ossetia are internationally recognised as parts of Georgia.", d) == []


def test_the_cause_of_a_threat_is_reported_not_governed() -> None:
    events = triples(
        "Moscow reserves the right to take retaliatory measures in connection with Montenegro's accession to "
        "NATO today.",
        dt.date(2017, 6, 5),
    )
    assert ("THREATEN", ("RUS",), ("MNE",), "asserted") in events
    assert ("SUPPORT", ("MNE",), ("NATO",), "asserted") in events
    # what a threat demands is its content, not a fact
    assert [
        e[0] for e in triples("Russia threatened to cut gas supplies to Ukraine.", dt.date(2009, 1, 1))
    ] == ["THREATEN"]


def test_the_speakers_own_meetings_and_ambassadors() -> None:
    putin = "Vladimir Putin, President of Russia"
    d = dt.date(2013, 4, 5)
    # talks named as one's own are both sides' (s21-actors; the Kremlin gold codes them mutual)
    assert triples("My recent talks with President Nursultan Nazarbayev were useful.", d, context=putin) == [
        ("CONSULT", ("RUS", "KAZ"), (), "asserted")
    ]
    # without a known speaker, "my" is nobody
    assert all(
        e[1] == () for e in triples("My recent talks with President Nursultan Nazarbayev were useful.", d)
    )
    # one meeting, however its sides are listed
    assert triples("The talks between Putin and Nazarbayev were useful.", d) == [
        ("CONSULT", ("RUS", "KAZ"), (), "asserted")
    ]
    assert triples("The Russian representative informed NATO ambassadors about the contacts.", d) == [
        ("CONSULT", ("RUS",), ("NATO",), "asserted")
    ]


def test_build_ups_and_deployments_named_as_nouns() -> None:
    d = dt.date(2014, 3, 2)
    assert triples("The North Atlantic Council today denounced Russia's military build-up in Crimea.", d) == [
        ("ACCUSE", ("NATO",), ("RUS",), "asserted"),
        ("MOBILIZE", ("RUS",), ("UKR",), "asserted"),
    ]
    # whose weapons are deployed is who deploys them
    assert triples("The deployment of Russian tactical nuclear weapons in Belarus began in June.", d)[0][
        :2
    ] == (
        "MOBILIZE",
        ("RUS",),
    )
    # but expelled diplomats are the target of the expulsion, not its source
    assert triples("Theresa May announced the expulsion of 23 Russian diplomats.", d) == [
        ("SANCTION", ("GBR",), ("RUS",), "asserted")
    ]


def test_treaty_exits_named_as_nouns_and_acts_aimed_at_the_speaker() -> None:
    d = dt.date(2020, 11, 22)
    assert triples(
        "The withdrawal of the United States from the Open Skies Treaty took effect today.", d
    ) == [("SANCTION", ("USA",), ("RUS",), "asserted")]
    # in a statement by Russia, the US leaving a treaty with no one else named is aimed at Russia
    assert triples(
        "The withdrawal of the United States from the Open Skies Treaty took effect today.",
        d,
        context="Statement by the Russian Foreign Ministry",
    ) == [("SANCTION", ("USA",), ("RUS",), "asserted")]
    # but not the speaker's own acts, nor deployments
    assert triples(
        "Russia withdrew from the treaty.", d, context="Statement by the Russian Foreign Ministry"
    ) == [("SANCTION", ("RUS",), (), "asserted")]


def test_troops_sent_back_to_their_bases_and_operations_ended() -> None:
    d = dt.date(2021, 4, 22)
    # an announced return is a promised pull-back, by the state of whoever announces it
    assert triples("Russia announced that its troops would return to their bases.", d) == [
        ("CONCEDE", ("RUS",), (), "asserted")
    ]
    assert triples("Shoigu announced that the troops would return to their permanent bases by 1 May.", d) == [
        ("CONCEDE", ("RUS",), (), "asserted")
    ]
    assert triples("The Russian Armed Forces withdrew the garrison stationed on Zmeiny Island.", d)[0][
        :2
    ] == (
        "RETREAT",
        ("RUS",),
    )
    # a patrol back at its base is no pull-back
    assert triples("The soldiers returned to their base after the patrol.", d) == []


def test_past_acts_told_inside_a_request_and_what_it_refers_to() -> None:
    d = dt.date(2018, 11, 26)
    events = triples(
        "NATO calls on Russia to release the Ukrainian sailors and ships it seized yesterday.", d
    )
    assert events[0] == ("REQUEST", ("NATO",), ("RUS",), "asserted")
    # the seizure is a past act told as a fact, and "it" is Russia, not the sailors
    assert ("COERCE", ("RUS",)) in [e[:2] for e in events]
    # the requested act itself is not reported as done
    assert [e[0] for e in triples("NATO urged Russia to release the sailors.", d)] == ["REQUEST"]


def test_acts_done_at_someones_request_and_attacks_named_by_their_date() -> None:
    d = dt.date(2014, 3, 5)
    assert triples("The NATO-Russia Council met in extraordinary session at Russia's request.", d) == [
        ("CONSULT", ("NATO", "RUS"), (), "asserted"),
        ("REQUEST", ("RUS",), ("NATO",), "asserted"),
    ]
    assert ("REQUEST", ("BLR",), ("RUS",), "asserted") in triples(
        "The deployment of Russian weapons in Belarus began in June at the request of Minsk.", d
    )
    # a request made is coded once, by its own verb or noun
    assert [e[0] for e in triples("Russia requested an urgent meeting of the NATO-Russia Council.", d)].count(
        "REQUEST"
    ) == 1
    # "the 11 September attacks" names a known event; it reports no attack
    assert triples("The operation was launched as a response to the 11 September attacks.", d) == []


def test_blame_laid_on_the_actor_after_the_phrase() -> None:
    d = dt.date(2019, 8, 2)
    assert triples(
        "The collapse of the INF Treaty is entirely the fault of Russia.", d, context="Statement by NATO"
    ) == [("ACCUSE", ("NATO",), ("RUS",), "asserted")]
    assert triples("Responsibility for the escalation lies entirely with Kyiv, Lavrov said.", d) == [
        ("ACCUSE", ("RUS",), ("UKR",), "asserted")
    ]


def test_third_party_statements_on_arms_sanctions_and_summoned_envoys() -> None:
    d = dt.date(2022, 6, 1)
    assert triples(
        "Germany will deliver IRIS-T air defence systems to Ukraine, Chancellor Scholz announced.", d
    ) == [("AID", ("DEU",), ("UKR",), "future")]
    # agreeing or deciding to impose sanctions imposes them
    assert triples("The EU foreign ministers agreed to extend economic sanctions on Russia.", d) == [
        ("SANCTION", ("EU",), ("RUS",), "asserted")
    ]
    assert triples("Russia is preparing to impose sanctions on Moldova.", d)[0][0] == "THREATEN"
    # the envoy inside "summoned the Russian chargé" is no subject of the protest that follows
    assert triples("Estonia summoned the Russian charge d'affaires to protest against the violation.", d) == [
        ("ACCUSE", ("EST",), ("RUS",), "asserted")
    ]
    # "armed pro-Russian separatists": an adjective, not an act of arming
    assert triples("In April 2014, armed pro-Russian separatists seized government buildings in Donetsk.", d)[
        0
    ][:2] == ("COERCE", ("separatists",))


def test_decided_deployments_accessions_ratifications_and_a_bodys_own_meetings() -> None:
    d = dt.date(2022, 6, 1)
    assert triples("NATO Allies agreed to deploy four new battlegroups to Bulgaria and Romania.", d)[0][
        :2
    ] == (
        "MOBILIZE",
        ("NATO",),
    )
    assert triples("Sweden became NATO's 32nd member on 7 March 2024.", d) == [
        ("SUPPORT", ("SWE",), ("NATO",), "asserted")
    ]
    assert triples("Russia withdrew its ratification of the Comprehensive Nuclear-Test-Ban Treaty.", d)[0][
        :2
    ] == (
        "SANCTION",
        ("RUS",),
    )
    # the one who welcomes a release did not release anyone
    assert ("RETREAT", ("NATO",)) not in [
        e[:2] for e in triples("The Secretary General welcomed the release of the detained journalists.", d)
    ]
    # a body's members meeting is a meeting; "the Security Council meeting" is no one meeting
    assert triples("NATO leaders will meet in Vilnius in July.", d) == [("CONSULT", ("NATO",), (), "future")]
    assert triples("Mr Putin opened the Security Council meeting on the military doctrine.", d) == []


def test_russian_statements_open_to_dialogue_mistakes_and_retaliation() -> None:
    d = dt.date(2022, 6, 1)
    mfa = "Statement by the Russian Foreign Ministry"
    # "is open to": a stance of the subject, not a passive
    assert triples("Russia is open to dialogue with NATO on the basis of equality.", d) == [
        ("AGREE", ("RUS",), ("NATO",), "asserted")
    ]
    assert triples(
        "The decision to expand NATO eastwards was a grave mistake, the President said.", d, context=mfa
    ) == [("ACCUSE", ("RUS",), ("NATO",), "asserted")]
    # a threat is never aimed at its own source: the one who expelled is the other actor named, and the
    # expulsion it answers is an act of its own (rules-2026.5)
    assert set(
        triples(
            "Moscow will take retaliatory measures in response to the expulsion of Russian diplomats from "
            "Bulgaria.",
            d,
        )
    ) == {("SANCTION", ("BGR",), ("RUS",), "asserted"), ("THREATEN", ("RUS",), ("BGR",), "asserted")}
    # "consider X a threat", with no "as"
    assert ("ACCUSE", ("RUS",), ("USA",), "asserted") in triples(
        "We consider the deployment of American missiles in Poland a direct threat to our security.",
        d,
        context=mfa,
    )


def test_resumed_meetings_are_meetings() -> None:
    assert triples("NATO and Russia resumed formal meetings of the NATO-Russia Council in 2009.") == [
        ("CONSULT", ("NATO", "RUS"), (), "asserted")
    ]


def test_the_other_side_is_sought_in_the_events_own_clause() -> None:
    d = dt.date(2025, 9, 20)
    # Estonia asked; the Allies' warning is not aimed at Estonia
    events = triples(
        "Estonia asked for consultations under Article 4, and the Allies warned that they would use every "
        "necessary means to defend themselves.",
        d,
    )
    assert ("THREATEN", ("NATO",), (), "asserted") in events
    # ", while maintaining ...": the same subject goes on, the actor it names still counts
    assert triples(
        "The United States is now demanding that its allies raise their defence budgets, while maintaining "
        "that NATO has no plans to invade anyone.",
        d,
    )[0][:3] == ("REQUEST", ("USA",), ("NATO",))


def test_demo_corpus_errors_found_by_reading_the_timeline() -> None:
    # the sides' own council is not what they condemn
    assert triples(
        "Meeting in the Permanent Joint Council, NATO and Russian ambassadors condemned the terrorist attacks.",
        dt.date(2001, 9, 13),
    )[0] == ("ACCUSE", ("NATO", "RUS"), ("terrorists",), "asserted")
    # "informed the Alliance that it ...": "it" is who informed
    assert triples(
        "Russia had already informed the Alliance that it was freezing military cooperation.",
        dt.date(2008, 8, 21),
    ) == [("SANCTION", ("RUS",), ("NATO",), "asserted")]
    # "civilian and military cooperation": adjectives, not civilians
    assert ("civilians",) not in [
        e[2] for e in triples("NATO halted all practical civilian and military cooperation with Russia.")
    ]
    # giving up neutrality gives nothing to anyone; a verbal attack on a policy is criticism
    assert triples("Both countries gave up decades of military non-alignment after Russia's invasion.") == []
    assert triples("President Putin delivered a sharp attack on American policy.", dt.date(2007, 2, 10)) == [
        ("ACCUSE", ("RUS",), ("USA",), "asserted")
    ]
    # incorporating Crimea into Russia is taking it from Ukraine
    assert ("COERCE", ("RUS",), ("UKR",), "asserted") in triples(
        "President Putin signed a treaty incorporating Crimea into the Russian Federation.",
        dt.date(2014, 3, 18),
    )


def test_opening_clauses_time_references_and_gaps_that_cross_time_words() -> None:
    # the target of an act in an opening "As ..." clause is not the next clause's subject; strikes on targets
    # in Yugoslavia are aimed at it, as every gold set codes NATO's 1999 strikes (NATO -> SRB; s32-sidefix10)
    assert triples(
        "As NATO aircraft began striking targets in Yugoslavia, Russia suspended its participation in the "
        "Permanent Joint Council.",
        dt.date(1999, 3, 24),
    )[0] == ("ASSAULT", ("NATO",), ("SRB",), "asserted")
    # "since the Kosovo crisis" dates the meeting; Kosovo is no side of it
    assert triples(
        "NATO Secretary General George Robertson visited Moscow and met Acting President Vladimir Putin, the "
        "first meeting of its kind since the Kosovo crisis.",
        dt.date(2000, 2, 16),
    ) == [("CONSULT", ("NATO",), ("RUS",), "asserted")]
    # a press point after a meeting is not a meeting held
    assert (
        triples("Ambassadors will hold a press point after the meeting, streamed live on the NATO website.")
        == []
    )


def test_units_of_a_force_and_no_need_to_act() -> None:
    # "a column of Russian paratroopers from the force in Bosnia": Russian, not Bosnian
    assert triples(
        "A column of Russian paratroopers from the peacekeeping force in Bosnia drove into Kosovo and took "
        "control of Pristina airport.",
        dt.date(1999, 6, 12),
    )[0][:2] == ("COERCE", ("RUS",))
    assert triples("Police in Moscow detained protesters.", dt.date(2012, 5, 6)) == [
        ("COERCE", ("RUS",), ("protesters",), "asserted")
    ]
    # "saw no need to station": a negated deployment
    assert triples(
        "The Allies repeated that they saw no need to station nuclear weapons in new member states.",
        dt.date(1997, 5, 27),
    ) == [("MOBILIZE", ("NATO",), (), "negated")]


def test_admissions_of_regions_are_annexations_and_domestic_texts_are_no_acts() -> None:
    assert triples(
        "Today in the Kremlin, the treaty on the admission of the Republic of Crimea into the Russian "
        "Federation was signed.",
        dt.date(2014, 3, 18),
    ) == [("COERCE", ("RUS",), ("UKR",), "asserted")]
    # a state's accession is its joining
    assert triples("The accession of Montenegro to NATO was completed today.", dt.date(2017, 6, 5)) == [
        ("SUPPORT", ("MNE",), ("NATO",), "asserted")
    ]
    # a doctrine approved by decree, and warheads that are "deployed" as an adjective, report no act
    assert (
        triples("The new Military Doctrine of the Russian Federation was approved by presidential decree.")
        == []
    )
    assert triples("The treaty limits each side to 1,550 deployed strategic warheads.") == []


def test_western_arms_are_the_wests() -> None:
    assert ("AID", ("WEST",), ("UKR",), "asserted") in triples(
        "Western arms deliveries to Kiev only prolong the bloodshed.", dt.date(2022, 3, 12)
    )


def test_no_willingness_on_the_part_of_and_lists_with_or() -> None:
    assert triples(
        "So far we see no willingness on the part of NATO or Washington to take our concerns into account.",
        dt.date(2022, 1, 20),
    ) == [("AGREE", ("NATO", "USA"), (), "negated")]


def test_an_envoy_summoned_is_protested_to_by_the_host() -> None:
    d = dt.date(2022, 1, 20)
    assert triples("The US ambassador was summoned to the Russian Foreign Ministry.", d) == [
        ("ACCUSE", ("RUS",), ("USA",), "asserted")
    ]
    assert triples("The Russian ambassador was summoned to the Foreign Office in London.", d) == [
        ("ACCUSE", ("GBR",), ("RUS",), "asserted")
    ]
    # no host named: nobody known protests
    assert triples("Witnesses were summoned to the court.", d) == []


@pytest.mark.parametrize(
    "text",
    [
        "at Russia's request",  # a request at the very end, no one who acted
        "at the request of",  # nobody after "of"
        "request",
        "is entirely the fault of",  # blame with no one after it
        "responsibility lies with , ;",
        "was summoned to",  # a summons to no host
        "The US ambassador was summoned to the the the",
        "no willingness on the part of",  # a reverse noun with nothing after
        "the admission of Crimea into",  # an annexation into nobody
        "the withdrawal of the United States from the",
        "Russian-Kazakh",  # a relation pair with no relation noun
        "between Russia and",
        "If NATO",  # a condition with no act
        "Estonia asked , and , and ; ;",
        "Crimea Crimea Crimea attacked Crimea",  # territories only
        "the 11 September",
        "as one of the 9/11",
        # rules-2026.4
        "Should",  # an inverted condition with nothing after
        "Should ,",
        "the decision to '",  # a quote and no verb
        "decision to 'suspend",
        "have had their accreditation",  # a sanctioned subject with no verb
        "must leave the",
        "warned that any use of force by",  # a warning with no doer
        "is a step towards",  # a judgement of no act
        "X's decision is",
        "amid protests",  # a protest with no state
        "protests in",
        "fighter jets from",  # forces from no one
        "jets from Russia, Poland and",
        "calling it",  # a naming with nothing named
        "attended the meeting of the",
        "HMS",  # a ship prefix alone
        "HMS HMS HMS",
        "the President of Russia and the heads of state and government of the",
        "without",
        "no one",
        "the Southern and Western",
        # rules-2026.5
        "NATO deployed four battalions, which rests on a myth",
        "NATO deployed four battalions in breach",
        "NATO deployed four battalions, and we see no",
        "in response to",
        "In response to the expulsion of",
        "condemned the seizure of",
        "the joint exercise of",
        "The joint exercise of the armed forces of Russia and",
        "NATO has declined",
        "has",
        "Our response will not be long in",
        "Russia declined to take part in",
    ],
)
def test_fragments_that_end_inside_this_sessions_rules_code_cleanly(text: str) -> None:
    """Fragments cut off where the rules of rules-2026.3 to .5 look ahead or behind: no exception, valid events,
    no empty actor code, and a region never coded as the one acting."""
    events = code_sentence(text, date=PUB, context="Statement by the Russian Foreign Ministry")
    assert all(e.event in EventType and e.polarity in Polarity for e in events)
    assert all(0 <= e.evidence[0] <= e.evidence[1] <= len(text) for e in events)
    assert all(code for e in events for code in (*e.source, *e.target))
    if text.startswith("Crimea"):
        assert all(e.source != ("UKR",) for e in events)


def test_forces_sent_to_an_allys_ground_are_not_sent_against_it() -> None:
    assert [
        t[:3]
        for t in triples(
            "Allied leaders decided in Warsaw to deploy four battlegroups to Estonia, Latvia, Lithuania and "
            "Poland.",
            dt.date(2016, 7, 9),
        )
    ] == [("MOBILIZE", ("NATO",), ())]
    assert ("MOBILIZE", ("RUS",), (), "asserted") in triples(
        "Russia deployed tactical nuclear weapons in Belarus.", dt.date(2023, 6, 16)
    )
    # membership is dated: Poland in 1995 was not yet an ally, Ukraine never was
    assert triples("NATO deployed troops to Poland.", dt.date(1995, 1, 10))[0][2] == ("POL",)
    assert ("MOBILIZE", ("RUS",), ("UKR",), "asserted") in triples(
        "Russia massed troops near Ukraine.", dt.date(2021, 4, 10)
    )


def test_whose_forces_are_moved_is_never_their_target() -> None:
    d = dt.date(2022, 2, 27)
    assert triples("The minister deployed Russian troops to Syria.", d) == [
        ("MOBILIZE", ("RUS",), ("SYR",), "asserted")
    ]
    assert triples("The President ordered to put the forces of the Russian Army on combat duty.", d) == [
        ("MOBILIZE", ("RUS",), (), "asserted")
    ]


def test_pull_backs_decided_or_ordered_are_concessions() -> None:
    d = dt.date(2022, 3, 29)
    assert (
        triples("The Defence Ministry decided to drastically reduce Russian military activity near Kiev.", d)[
            0
        ][0]
        == "CONCEDE"
    )
    assert triples(
        "Sarkozy announced that Russia would pull its troops out of the zones adjacent to Abkhazia.", d
    )[0][:2] == ("CONCEDE", ("RUS",))
    # a pull-back reported as done stays a RETREAT
    assert triples("Russia withdrew its troops from Georgia.", d) == [
        ("RETREAT", ("RUS",), ("GEO",), "asserted")
    ]


def test_warning_shots_halts_to_strikes_and_answers_that_will_come() -> None:
    d = dt.date(2021, 6, 23)
    assert [
        t[0] for t in triples("A Russian patrol ship fired warning shots at the British destroyer.", d)
    ] == ["MOBILIZE"]
    # "to strikes" is a noun: the halt is the event, not an attack
    assert [
        t[0] for t in triples("Putin agreed to a mutual halt to strikes on energy infrastructure.", d)
    ] == ["AGREE"]
    assert [t[0] for t in triples("Moscow announced a halt to strikes on energy infrastructure.", d)] != [
        "ASSAULT"
    ]
    assert triples("The Russian Foreign Ministry said the move would not go unanswered.", d) == [
        ("THREATEN", ("RUS",), (), "asserted")
    ]
    assert triples("Russia's response will not be long in coming.", d) == [
        ("THREATEN", ("RUS",), (), "asserted")
    ]
    assert triples(
        "Putin said the promise of membership given to Georgia will not be left without a response.", d
    ) == [("THREATEN", ("RUS",), ("GEO",), "asserted")]


def test_diplomats_declared_persona_non_grata_after_a_long_object() -> None:
    assert triples(
        "The Russian side has declared two staff members of the NATO Information Office in Moscow persona "
        "non grata.",
        dt.date(2015, 6, 1),
    ) == [("SANCTION", ("RUS",), ("NATO",), "asserted")]


def test_intelligence_shared_with_someone_and_joint_exercises_of_two_armies() -> None:
    d = dt.date(2001, 9, 24)
    assert ("COOPERATE", ("RUS",), ("USA",), "future") in triples(
        "Russia will share intelligence on the infrastructure of international terrorists with the United States.",
        d,
    )


def test_signatories_through_those_who_sign_for_them_and_no_place_as_the_signed_party() -> None:
    d = dt.date(2002, 5, 28)
    assert triples("Vladimir Putin and the leaders of the NATO member states signed the declaration.", d) == [
        ("SUPPORT", ("RUS", "NATO"), (), "asserted")
    ]
    assert triples("In Rome, Russia signed the declaration.", d) == [("SUPPORT", ("RUS",), (), "asserted")]


def test_units_and_ships_of_an_actor_act_for_it_and_the_ministry_of_the_speaker() -> None:
    d = dt.date(2006, 10, 1)
    assert triples(
        "The patrol ship Pytlivy of the Black Sea Fleet took part in NATO's counter-terrorist operation "
        "Active Endeavour.",
        d,
    ) == [("COOPERATE", ("RUS",), ("NATO",), "asserted")]
    assert triples(
        "The ministry condemned NATO's decision.", d, context="Comment by the Russian Foreign Ministry."
    ) == [("ACCUSE", ("RUS",), ("NATO",), "asserted")]
    # a place named "Strait of ..." is not a unit of anyone
    assert triples(
        "Iran's navy began six days of war games in the Strait of Hormuz on Friday, test-firing missiles and torpedoes.",
        d,
    )[0][1] == ("IRN",)


def test_a_dates_month_is_no_name_and_decisions_to_cooperate_are_agreements() -> None:
    d = dt.date(2009, 3, 5)
    # "on 5 March 2009" between the subject and its verb: "March" is not an unknown actor
    assert triples(
        "NATO foreign ministers decided on 5 March 2009 to resume formal meetings of the NATO-Russia Council.",
        d,
    ) == [("AGREE", ("NATO",), ("RUS",), "asserted")]
    # a decision to pull back stays a concession
    assert triples("The US decided to withdraw its troops from Syria.", d)[0][0] == "CONCEDE"


def test_the_two_sides_are_the_two_actors_named_before() -> None:
    assert ("AGREE", ("NATO", "RUS"), (), "asserted") in triples(
        "Lord Robertson held talks in Moscow with Acting President Vladimir Putin, and the two sides agreed to "
        "resume their dialogue step by step.",
        dt.date(2000, 2, 16),
    )


def test_subject_pronouns_make_verbs_lists_before_which_and_appositions_of_people() -> None:
    d = dt.date(2004, 4, 1)
    assert triples("We demand that NATO immediately halt its military action.", d, speaker="RUS") == [
        ("REQUEST", ("RUS",), ("NATO",), "asserted")
    ]
    assert triples(
        "Moscow expects Estonia, Latvia and Lithuania, which joined the Alliance on 29 March, to accede to the "
        "adapted CFE Treaty.",
        d,
    ) == [
        ("REQUEST", ("RUS",), ("EST", "LVA", "LTU"), "asserted"),
        # the accession told in passing, on a day of this year, is coded as the gold sets code it (s31-written8)
        ("SUPPORT", ("EST", "LVA", "LTU"), ("NATO",), "asserted"),
    ]
    assert triples(
        "Colonel-General Anatoly Nogovitsyn, deputy chief of the Russian General Staff, warned that Poland was "
        "exposing itself to a strike.",
        d,
    ) == [("THREATEN", ("RUS",), ("POL",), "asserted")]


def test_manner_phrases_adjectives_counts_and_ships_named_with_their_navy() -> None:
    d = dt.date(2021, 4, 13)
    # "without violating": the manner of another act, not a report
    assert (
        triples(
            "The flights were carried out in strict accordance with the rules, without violating the borders of other states.",
            d,
        )
        == []
    )
    # "the temporarily occupied Crimea": an adjective
    assert [t[0] for t in triples("Russia builds up its forces in the temporarily occupied Crimea.", d)] == [
        "MOBILIZE"
    ]
    # "2,500 assault rifles": a count and a noun, not an assault; the recipient before the goods
    assert triples("Finland will send Ukraine 2,500 assault rifles and 150,000 cartridges.", d) == [
        ("AID", ("FIN",), ("UKR",), "future")
    ]
    assert triples("HMS Duncan shadowed the Russian aircraft carrier Admiral Kuznetsov.", d) == [
        ("MOBILIZE", ("GBR",), ("RUS",), "asserted")
    ]
    # talking to reporters is no meeting, but detaining one is an act against journalists
    assert triples("The minister spoke to reporters in Brussels.", d) == []
    assert ("COERCE", ("RUS",), ("journalists",), "asserted") in triples("Russia detained a reporter.", d)


def test_acts_judged_by_the_sentence_are_accused() -> None:
    d = dt.date(2023, 1, 25)
    # no speaker and a Western act judged: the tracker's texts make it Russia's charge (sidefix3, s28)
    assert ("ACCUSE", ("RUS",), ("DEU",), "asserted") in triples(
        "Berlin's decision to send Leopard 2 tanks to Kiev is extremely dangerous.", d
    )
    assert ("ACCUSE", ("RUS",), ("NATO",), "asserted") in triples(
        "NATO's enlargement is a step towards confrontation.", d
    )
    assert ("ACCUSE", ("RUS",), ("USA",), "asserted") in triples(
        "The withdrawal of the United States from the Open Skies Treaty has dealt another serious blow to security.",
        d,
    )
    assert triples("Russia's decision is not dangerous.", d) == []
    # what an actor claims to do is no act
    assert "SUPPORT" not in [
        t[0] for t in triples("It is censorship of the press the EU claims to defend.", d)
    ]


def test_a_warning_that_an_act_would_be_a_violation_accuses_its_doer() -> None:
    assert triples(
        "Russia's Foreign Ministry warned that any use of force by NATO against Yugoslavia would be a gross "
        "violation of international law.",
        dt.date(1999, 3, 20),
    ) == [("ACCUSE", ("RUS",), ("NATO",), "asserted")]
    # a warning of a response stays a threat
    assert triples("Russia warned that it would respond.", dt.date(1999, 3, 20))[0][0] == "THREATEN"


def test_praise_of_a_subject_and_blame_laid_after_a_long_subject() -> None:
    d = dt.date(2007, 10, 6)
    assert triples("The CSTO is a useful forum for taking joint decisions, Mr Putin said.", d) == [
        ("SUPPORT", ("RUS",), ("CSTO",), "asserted")
    ]
    # a summit of several states playing a role praises none of them
    assert triples("The summit of Russia, China and France will play an important role.", d) == []
    assert triples(
        "The blame for the disaster that befell Poland then lies wholly with the Polish leadership.",
        d,
        speaker="RUS",
    ) == [("ACCUSE", ("RUS",), ("POL",), "asserted")]
    assert triples(
        "In the Strategic Concept, Allies describe Russia as the gravest and most immediate threat to their security.",
        d,
    ) == [("ACCUSE", ("NATO",), ("RUS",), "asserted")]


def test_decisions_taken_are_facts_inside_requests_and_regrets() -> None:
    d = dt.date(2023, 2, 22)
    assert ("SANCTION", ("RUS",), ("USA",), "asserted") in triples(
        "Allies call on Russia to reconsider its decision to suspend its participation in the New START Treaty.",
        d,
    )
    # an opening quote is punctuation, not part of the word it opens
    assert ("SANCTION", ("RUS",), ("NATO",), "asserted") in triples(
        "The Allies deeply regret the Russian Federation's decision to 'suspend' its implementation of the CFE "
        "Treaty.",
        d,
    )


def test_the_sanctioned_as_subject() -> None:
    # who withdrew it is not said (NATO, by what the reader knows): the sanctioned side is
    assert triples(
        "Two Russian diplomats accredited to Russia's mission to NATO have had their accreditation withdrawn.",
        dt.date(2007, 2, 1),
    ) == [("SANCTION", (), ("RUS",), "asserted")]


def test_recognition_of_regions_a_state_calls_its_own() -> None:
    assert ("SUPPORT", ("RUS",), ("abkhazia", "south ossetia"), "asserted") in triples(
        "Allies denounced Moscow's recognition of Georgia's breakaway regions of Abkhazia and South Ossetia.",
        dt.date(2008, 8, 27),
    )
    # a recognition nobody is said to give reports nothing
    assert triples("Recognition of the new government is expected.", dt.date(2008, 8, 27)) == []


def test_protests_named_in_passing_are_protests_against_the_state_of_their_place() -> None:
    d = dt.date(2024, 5, 24)
    assert ("PROTEST", ("protesters",), ("ARM",), "asserted") in triples(
        "Armenia handed over four villages to Azerbaijan under a deal that sparked angry protests in Yerevan.",
        d,
    )
    assert ("PROTEST", ("protesters",), ("EST",), "asserted") in triples(
        "The Ministry regards the picket held by young people outside the Estonian Embassy in Moscow as legitimate.",
        d,
        context="Comment by the Russian Foreign Ministry.",
    )
    # a state that protests is no background protest
    assert triples("Russia protests the move.", d) == [("PROTEST", ("RUS",), (), "asserted")]


def test_an_announced_act_of_the_speakers_state_is_the_act_and_a_reported_one_a_promise() -> None:
    d = dt.date(2022, 2, 28)
    assert triples(
        "Finland will send Ukraine 2,500 assault rifles and 150,000 cartridges.",
        d,
        context="Press release of the Finnish Ministry of Defence",
    ) == [("AID", ("FIN",), ("UKR",), "future")]
    assert triples(
        "He said Russia would work with the Alliance in the new Permanent Joint Council.",
        dt.date(1997, 5, 27),
        context="'He' is Russian President Boris Yeltsin.",
    )[0][:3] == ("AGREE", ("RUS",), ("NATO",))


def test_an_inverted_condition_makes_a_threat() -> None:
    assert triples(
        "Should these measures prove insufficient, the Russian Federation will deploy modern offensive weapon "
        "systems in the west of the country.",
        dt.date(2011, 11, 23),
    )[0][:2] == ("THREATEN", ("RUS",))
    # "should" inside a sentence is no condition
    assert (
        triples("Russia should withdraw its troops from Georgia.", dt.date(2008, 8, 20))[0][0] != "THREATEN"
    )


def test_calling_something_a_name_is_no_call_and_an_agenda_is_no_meeting() -> None:
    d = dt.date(2019, 4, 29)
    assert "CONSULT" not in [
        t[0] for t in triples("Beijing lashed out at Washington, calling it a provocation.", d)
    ]
    assert triples("Putin called the German Chancellor.", d) == [("CONSULT", ("RUS",), ("DEU",), "asserted")]
    assert (
        triples("At its next meeting, the NATO-Russia Council is expected to discuss Afghanistan.", d) == []
    )
    assert triples("The Russia-NATO Council summit in Lisbon will focus on missile defence.", d) == []
    assert triples("Putin will meet Erdogan next week.", d) == [("CONSULT", ("RUS",), ("TUR",), "future")]


def test_forces_and_people_from_several_states_act_together() -> None:
    assert triples(
        "In June 2011, fighter jets from Russia, Poland and Turkey took part in Vigilant Skies 2011, the first "
        "live NATO-Russia exercise.",
        dt.date(2011, 6, 10),
    ) == [("COOPERATE", ("RUS", "POL", "TUR"), (), "asserted")]
    assert triples(
        "Foreign ministers from Iran and six world powers negotiated in Geneva.", dt.date(2013, 11, 20)
    ) == [("CONSULT", ("IRN", "world powers"), (), "asserted")]
    # soldiers from a place the dictionary lacks stay soldiers
    assert triples("Soldiers from Gondor have cordoned off the roads.", dt.date(2013, 11, 20))[0][1] == (
        "military",
    )


def test_troops_ordered_back_are_the_orderers_and_officials_with_their_dated_posts() -> None:
    assert triples(
        "Defence Minister Sergei Shoigu today ordered the troops of the Southern and Western military districts "
        "that took part in the snap inspection to begin returning to their permanent bases.",
        dt.date(2021, 4, 23),
    ) == [("CONCEDE", ("RUS",), (), "asserted")]
    assert triples(
        "The Defence Ministry has decided to drastically reduce military activity in the Kiev direction.",
        dt.date(2022, 3, 29),
        context="Statement by Deputy Defence Minister Alexander Fomin after the talks in Istanbul.",
    )[0][:2] == ("CONCEDE", ("RUS",))


def test_signatures_put_by_several_and_adjectives_in_a_list() -> None:
    assert triples(
        "In Paris today, the President of Russia and the heads of state and government of the sixteen NATO "
        "countries put their signatures to the Founding Act.",
        dt.date(1997, 5, 27),
    ) == [("SUPPORT", ("RUS", "NATO"), (), "asserted")]
    # "demanding" among adjectives asks for nothing
    assert (
        triples("He described the conversation as lengthy, demanding and businesslike.", dt.date(2022, 1, 10))
        == []
    )
    assert triples(
        "Protesters marched through the city, demanding the release of prisoners.", dt.date(2022, 1, 10)
    )


def test_disregarding_what_binds_one_is_accused() -> None:
    d = dt.date(2018, 12, 4)
    ctx = "Statement by the North Atlantic Council"
    assert triples("Russia continues to ignore its obligations under the treaty.", d, context=ctx) == [
        ("ACCUSE", ("NATO",), ("RUS",), "asserted")
    ]
    assert triples("Russia has failed to comply with its obligations.", d, context=ctx) == [
        ("ACCUSE", ("NATO",), ("RUS",), "asserted")
    ]


def test_an_agreed_or_pledged_concession_is_a_concession() -> None:
    d = dt.date(1998, 10, 13)
    assert triples("Slobodan Milosevic agreed to allow 2,000 unarmed international monitors into Kosovo.", d)[
        0
    ][:2] == ("CONCEDE", ("SRB",))
    assert triples("Sudan's military council pledged to free all those detained under emergency laws.", d)[0][
        :2
    ] == (
        "CONCEDE",
        ("SDN",),
    )
    # an agreement to cooperate stays an AGREE
    assert triples("Russia agreed to cooperate.", d) == [("AGREE", ("RUS",), (), "asserted")]


def test_warships_entering_or_sailing_into_seas_and_straits_mobilize() -> None:
    d = dt.date(2014, 4, 10)
    assert triples("The USS Donald Cook sailed into the Black Sea.", d) == [
        ("MOBILIZE", ("USA",), (), "asserted")
    ]
    assert triples("A Russian naval group entered the English Channel.", d) == [
        ("MOBILIZE", ("RUS",), (), "asserted")
    ]
    assert triples("The ferry sailed into port.", d) == []


def test_attending_a_forums_meeting_and_diplomatic_protests_are_no_crowds() -> None:
    d = dt.date(2018, 3, 27)
    assert triples("Russia refused to attend the meeting of the NATO-Russia Council.", d) == [
        ("REJECT", ("RUS",), ("NATO",), "asserted")
    ]
    assert triples("The Russian side handed over a note of protest to the Polish ambassador.", d) == [
        ("ACCUSE", ("RUS",), ("POL",), "asserted")
    ]


def test_a_sentence_opening_determiner_is_no_name_and_acts_by_x_are_xs() -> None:
    assert triples(
        "Such actions by Russia erode trust.",
        dt.date(2020, 1, 1),
        context="Statement by the North Atlantic Council",
    ) == [("ACCUSE", ("NATO",), ("RUS",), "asserted")]


def test_passive_expulsions_of_envoys_and_sanctions_imposed_by_an_agent() -> None:
    d = dt.date(2019, 6, 26)
    assert triples("Two Russian diplomats were expelled by the Netherlands.", d) == [
        ("SANCTION", ("NLD",), ("RUS",), "asserted")
    ]
    assert triples("Sanctions were imposed on Russia by the European Union.", d) == [
        ("SANCTION", ("EU",), ("RUS",), "asserted")
    ]
    assert triples("Hungary expelled migrants to Serbia.", d)[0][0] == "COERCE"


def test_the_donbas_peoples_republics_are_their_own_groups() -> None:
    assert triples("Putin signed decrees recognising the DPR and LPR.", dt.date(2022, 2, 21)) == [
        ("SUPPORT", ("RUS",), ("donetsk", "luhansk"), "asserted")
    ]


def test_whose_attempt_it_is_past_a_few_adjectives() -> None:
    assert ("COERCE", ("RUS",), ("UKR",), "asserted") in triples(
        "We do not recognise Russia's illegal and illegitimate attempt to annex Crimea.",
        dt.date(2014, 4, 1),
        context="Statement by NATO Foreign Ministers",
    )


def test_what_another_actor_says_one_must_do_is_a_demand_and_drafts_handed_over_are_offers() -> None:
    ctx = "Statement by the Russian Ministry of Foreign Affairs; 'we' is Russia."
    d = dt.date(2021, 12, 17)
    assert triples("NATO must legally guarantee that it will not expand further east.", d, context=ctx) == [
        ("REQUEST", ("RUS",), ("NATO",), "asserted")
    ]
    assert triples("Russia must withdraw its troops from Ukraine, the Secretary General said.", d) == [
        ("REQUEST", ("NATO",), ("RUS",), "asserted")
    ]
    # what the speaker itself must do is no demand of anyone
    assert triples("We must strengthen our defences.", d, context=ctx) == []
    assert triples(
        "We have handed over to the US side a draft treaty on security guarantees.", d, context=ctx
    ) == [("AGREE", ("RUS",), ("USA",), "asserted")]
    assert triples("The United States and its allies are pumping Ukraine with weapons.", d)[0][:3] == (
        "AID",
        ("USA",),
        ("UKR",),
    )


def test_talks_held_between_the_sides_a_relation_names() -> None:
    d = dt.date(2019, 8, 20)
    assert triples("Russian-Turkish talks were held in the Kremlin.", d) == [
        ("CONSULT", ("RUS", "TUR"), (), "asserted")
    ]
    # a summit's date with no sides named is a schedule
    assert triples("The Vilnius Summit will take place on 11 and 12 July 2023.", d) == []


def test_aid_flown_by_the_military_and_leaving_an_organisation() -> None:
    d = dt.date(2008, 8, 26)
    assert triples("The United States sent humanitarian aid to Georgia on military aircraft.", d)[0][:3] == (
        "AID",
        ("USA",),
        ("GEO",),
    )
    assert triples("Georgia withdrew from the CIS.", d) == [("SANCTION", ("GEO",), ("CIS",), "asserted")]
    assert triples("Russia withdrew from Georgia.", d) == [("RETREAT", ("RUS",), ("GEO",), "asserted")]


def test_hostile_acts_framed_as_wrong_accuse_their_doer() -> None:
    d = dt.date(2016, 7, 20)
    said = triples(
        "Foreign Ministry spokesperson Maria Zakharova said that NATO's decision in Warsaw to station four "
        "battalions on its eastern flank rests on a myth.",
        d,
    )
    assert ("ACCUSE", ("RUS",), ("NATO",), "asserted") in said
    assert any(t[0] == "MOBILIZE" and t[1] == ("NATO",) for t in said)
    russian = "Statement by the Russian Foreign Ministry; 'we' is Russia."
    jets = triples(
        "Four NATO fighter jets have begun patrolling the airspace of the Baltic states, and we see no "
        "military justification for this step.",
        d,
        context=russian,
    )
    assert ("ACCUSE", ("RUS",), ("NATO",), "asserted") in jets
    # no one but the doer is there to judge; the judging word answers someone else's act
    assert not any(t[0] == "ACCUSE" for t in triples("NATO deployed four battalions, a dangerous step.", d))
    own = triples(
        "In response to provocative statements by Western officials, the General Staff has begun preparations "
        "for an exercise.",
        d,
        context="Statement by the Russian Defence Ministry.",
    )
    assert ("ACCUSE", ("RUS",), ("RUS",), "asserted") not in own
    assert not any(t[0] == "ACCUSE" and t[2] == ("RUS",) for t in own)


def test_an_act_a_judgement_is_about_is_reported_too() -> None:
    d = dt.date(2021, 12, 10)
    seized = triples("The Secretary General condemned the seizure of hostages by armed rebels.", d)
    assert ("ACCUSE", ("NATO",), ("rebels",), "asserted") in seized
    assert any(t[0] == "ASSAULT" and t[1] == ("rebels",) for t in seized)
    # the judge of an attack or a build-up is not whom it was done to; a forum of the judges neither
    build_up = triples("Allies are deeply concerned by Russia's military build-up in and around Ukraine.", d)
    assert ("MOBILIZE", ("RUS",), ("UKR",), "asserted") in build_up
    school = triples(
        "The members of the NATO-Russia Council condemned the barbaric terrorist attack on a school.", d
    )
    assert any(t[0] == "ASSAULT" and t[1] == ("terrorists",) and t[2] == () for t in school)
    # a suspension the judge regrets may be aimed at the judge
    assert ("SANCTION", ("RUS",), ("NATO",), "asserted") in triples(
        "Allies deeply regret the Russian Federation's decision to suspend the implementation of its "
        "obligations under the CFE Treaty.",
        d,
    )
    # a visit is no act a judgement makes an event of
    assert [t[0] for t in triples("China denounced Koizumi's visit to the Yasukuni war shrine.", d)] == [
        "ACCUSE"
    ]


def test_a_joint_act_of_sides_listed_after_of() -> None:
    d = dt.date(2017, 8, 30)
    assert [
        t[:3]
        for t in triples(
            "The joint strategic exercise of the armed forces of Russia and Belarus will be held from 14 to 20 "
            "September.",
            d,
        )
    ] == [
        ("COOPERATE", ("RUS", "BLR"), ()),
        ("MOBILIZE", ("RUS", "BLR"), ()),
    ]  # strategic: a show of force too
    # one side alone is no joint act
    assert triples("The joint exercise of the armed forces of Russia will be held in September.", d) == []


def test_the_osce_chair_and_calls_told_with_an_adverb() -> None:
    d = dt.date(2014, 5, 7)
    assert triples("The OSCE Chairperson-in-Office spoke by phone yesterday with President Putin.", d) == [
        ("CONSULT", ("OSCE",), ("RUS",), "asserted")
    ]
    assert ("CONSULT", ("USA",), ("UKR",), "asserted") in triples(
        "I spoke today with Ukrainian Foreign Minister Kuleba.",
        dt.date(2022, 3, 1),
        context="Remarks by the US Secretary of State",
    )


def test_the_act_an_answer_answers_is_by_whom_the_answer_is_aimed_at() -> None:
    d = dt.date(2015, 3, 1)
    answered = triples(
        "In response to the expulsion of two Russian diplomats, Moscow expelled two NATO staff members.", d
    )
    assert ("SANCTION", ("NATO",), ("RUS",), "asserted") in answered
    assert ("SANCTION", ("RUS",), ("NATO",), "asserted") in answered
    # a named act outside an answer still needs both sides
    assert triples("The expulsion of two Russian diplomats took place in March.", d) == []


def test_a_diplomatic_act_needs_someone_who_did_it() -> None:
    d = dt.date(2017, 10, 2)
    # no one the sentence names did these: the coder misread it
    assert (
        triples(
            "Tourism offices have opened in Rome and Milan, and this has already helped to boost the number of "
            "Italian tourists.",
            d,
        )
        == []
    )
    assert triples("It was the first deal of such a size signed with a NATO country.", d) == []
    # a doer right before the act, named in words the dictionary does not know, is still a doer
    assert ("REQUEST", (), ("RUS",), "asserted") in triples(
        "Relatives of the sailors implored the Russian authorities to release them.", d
    )
    # and so is a first person with no speaker given; with one, it is the speaker
    assert [t[0] for t in triples("NATO's demands are unacceptable to us.", d)][:1] == ["REJECT"]
    assert ("REJECT", ("RUS",), ("NATO",), "asserted") in triples(
        "NATO's demands are unacceptable to us.", d, context="Statement by the Russian Foreign Ministry"
    )
    # attacks and detentions may be told with their doer unknown
    assert ("ASSAULT", (), ("UKR",), "asserted") in triples("Ukrainian positions were shelled overnight.", d)


def test_refusals_to_take_part_and_auxiliary_have() -> None:
    d = dt.date(2024, 6, 1)
    assert triples("Russia declined to take part in the peace conference in Switzerland.", d) == [
        ("REJECT", ("RUS",), (), "asserted")
    ]
    # "has" is the auxiliary of "declined", not the light verb of "have consultations"
    assert [
        t[0] for t in triples("NATO has declined Russia's offer to hold consultations on the matter.", d)
    ] == ["REJECT"]
    assert ("CONSULT", ("NATO",), ("RUS",), "asserted") in triples(
        "NATO has held consultations with Russia.", d
    )


def test_an_unowned_threat_noun_is_the_speakers() -> None:
    d = dt.date(2018, 3, 29)
    mfa = "Statement by the Russian Foreign Ministry"
    for text in (
        "Our response will not be long in coming.",
        "Retaliatory measures will not be long in coming.",
    ):
        assert triples(text, d, context=mfa) == [("THREATEN", ("RUS",), (), "asserted")]
    assert ("THREATEN", ("RUS",), (), "asserted") in triples(
        "Deputy Foreign Minister Sergei Ryabkov said the response would be asymmetric.", d
    )
    # with no speaker and no sayer, no one threatens
    assert triples("Retaliatory measures will not be long in coming.", d) == []


def test_purposes_places_and_whom_an_attack_hit() -> None:
    d = dt.date(2023, 5, 20)
    # the capitals an envoy visits "to discuss" do not meet each other
    assert triples(
        "The Chinese special envoy visited Kyiv, Warsaw, Berlin and Moscow to discuss a political settlement.",
        d,
    ) == [("CONSULT", ("CHN",), ("UKR", "POL", "DEU", "RUS"), "asserted")]
    assert triples("Putin and Bush continued to discuss bilateral relations.", d) == [
        ("CONSULT", ("RUS", "USA"), (), "asserted")
    ]
    # talks between two sides with their place in between
    assert triples("The talks in Istanbul between the Russian and Ukrainian delegations ended.", d) == [
        ("CONSULT", ("RUS", "UKR"), (), "asserted")
    ]
    # the one an issue is raised with is not the one an attack hit
    assert not any(
        t[0] == "ASSAULT" and t[2] == ("EU",)
        for t in triples(
            "The minister raised the issue of Russian attacks on energy infrastructure with the High "
            "Representative.",
            d,
        )
    )


def test_an_act_named_as_a_time_or_a_cause_is_not_reported() -> None:
    d = dt.date(2023, 2, 24)
    for text in (
        "Since the start of Russia's full-scale invasion of Ukraine, Poland has received a million refugees.",
        "One year after Russia's invasion of Ukraine, the Allies remain united.",
        "The victims of the Russian shelling of Kharkiv were commemorated in Vilnius.",
    ):
        assert not any(t[0] == "ASSAULT" for t in triples(text, d)), text
    assert ("ASSAULT", ("RUS",), ("UKR",), "asserted") in triples(
        "Russia's invasion of Ukraine began at dawn.", d
    )


def test_russian_military_districts_and_regulators_act_for_russia() -> None:
    d = dt.date(2022, 2, 16)
    assert triples(
        "Units of the Southern Military District returned to their bases after the exercise.", d
    ) == [("RETREAT", ("RUS",), (), "asserted")]
    assert triples("Roskomnadzor blocked access to the websites of Deutsche Welle.", d)[0][:2] == (
        "COERCE",
        ("RUS",),
    )


def test_a_noun_whose_clause_goes_on_in_the_future_is_a_future_event() -> None:
    d = dt.date(2021, 6, 1)
    assert triples("The meeting between Putin and Biden is to be held in Geneva.", d) == [
        ("CONSULT", ("RUS", "USA"), (), "future")
    ]
    assert triples("Talks between Russia and Ukraine are scheduled for next week.", d)[0][3] == "future"
    assert triples("Talks between Russia and Ukraine were held in Istanbul.", d)[0][3] == "asserted"
    # the future of a relative clause is not the act's
    assert ("ASSAULT", ("RUS",), ("UKR",), "asserted") in triples(
        "Russia's invasion of Ukraine, which will be remembered for generations, began at dawn.", d
    )


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a call told as "told X in a phone call"
        (
            "President Erdogan told President Putin in a phone call that Turkey was ready to host talks.",
            dt.date(2022, 3, 1),
            ("CONSULT", ("TUR",), ("RUS",), "asserted"),
        ),
        # a trailing ", calling it ..." judges for the clause's subject, not the last actor named
        (
            "The Secretary General rejected Moscow's decision to recognise Abkhazia and South Ossetia, calling it "
            "a direct violation of the Security Council resolutions.",
            dt.date(2008, 8, 27),
            ("ACCUSE", ("NATO",), ("RUS",), "asserted"),
        ),
        # a pull-back from a place is aimed at its state
        (
            "Russian forces have pulled back from the areas around Kyiv, but Moscow is regrouping them.",
            dt.date(2022, 4, 6),
            ("RETREAT", ("RUS",), ("UKR",), "asserted"),
        ),
        # a hostile act with no doer named is done by whoever decided or ordered it
        (
            "In response, the Government of Estonia has decided that the Russian Ambassador must also leave the "
            "country by 7 February.",
            dt.date(2022, 1, 17),
            ("SANCTION", ("EST",), ("RUS",), "asserted"),
        ),
        (
            "Morocco's foreign ministry ordered all government bodies to suspend contacts with the German embassy.",
            dt.date(2022, 1, 17),
            ("SANCTION", ("MAR",), ("DEU",), "asserted"),
        ),
        # a ", which ..." clause acts for the actor before the comma
        (
            "In response to the activity of the Alliance, which is moving forces towards our borders, we have "
            "conducted snap inspections.",
            dt.date(2021, 3, 1),
            ("MOBILIZE", ("NATO",), (), "asserted"),
        ),
        (
            "We are concerned about the United States, which has deployed missiles in Romania.",
            dt.date(2021, 3, 1),
            ("MOBILIZE", ("USA",), (), "asserted"),
        ),
        # an answer is aimed at the one whose act the sentence gives as its cause
        (
            "Following Finland's accession to NATO today, Russia will be forced to take retaliatory measures.",
            dt.date(2023, 4, 4),
            ("THREATEN", ("RUS",), ("FIN",), "asserted"),
        ),
    ],
)
def test_roles_of_rules_2026_5(
    text: str, date: dt.date, expected: tuple[str, tuple[str, ...], tuple[str, ...], str]
) -> None:
    assert expected in triples(text, date)


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # an act judged a mistake or error: the one who regards it accuses its doer, not a place or its object
        (
            "Russia regards the enlargement of NATO as a mistake.",
            None,
            [("ACCUSE", ("RUS",), ("NATO",), "asserted")],
        ),
        (
            "The President of Russia described the military action launched against Iraq by the United States "
            "as a grave political error.",
            None,
            [("ASSAULT", ("USA",), ("IRQ",), "asserted"), ("ACCUSE", ("RUS",), ("USA",), "asserted")],
        ),
        # a condemning noun after plain adjectives, and one whose doer follows "by"
        (
            "NATO expansion is a serious provocation.",
            "President Vladimir Putin",
            [("ACCUSE", ("RUS",), ("NATO",), "asserted")],
        ),
        (
            "The footage from Bucha is another staged provocation by the Kyiv regime.",
            "Russian Foreign Ministry spokeswoman Maria Zakharova",
            [("ACCUSE", ("RUS",), ("UKR",), "asserted")],
        ),
        # "a demonstration of force" is something shown, not a street protest
        (
            "The Russian Foreign Ministry expressed concern about Allied aircraft near Russia's borders, "
            "describing the move as a demonstration of force.",
            None,
            [("ACCUSE", ("RUS",), ("NATO",), "asserted")],
        ),
        # an invitation to join is an offer (AGREE); an invitation to attend stays a request
        ("Allies invited Finland to join the Alliance.", None, [("AGREE", ("NATO",), ("FIN",), "asserted")]),
        ("The EU invited Russia to attend the meeting.", None, [("REQUEST", ("EU",), ("RUS",), "asserted")]),
        # troops told moving or massed, the noun first; the use of the armed forces consented to
        ("Russian tanks rolled through the Roki tunnel.", None, [("MOBILIZE", ("RUS",), (), "asserted")]),
        (
            "Some 40,000 Russian troops massed close to the border with Ukraine.",
            None,
            [("MOBILIZE", ("RUS",), ("UKR",), "asserted")],
        ),
        (
            "The Federation Council gave its consent to the use of the Russian Federation's Armed Forces "
            "on the territory of Ukraine.",
            None,
            [("MOBILIZE", ("RUS",), ("UKR",), "asserted")],
        ),
    ],
)
def test_judgements_invitations_and_troop_movements(
    text: str, context: str | None, expected: list[tuple[str, tuple[str, ...], tuple[str, ...], str]]
) -> None:
    kwargs = {"context": context} if context else {}
    assert triples(text, **kwargs) == expected


def test_lists_that_end_in_a_count_of_others_keep_every_named_member() -> None:
    assert triples(
        "Germany, France, Italy, Spain and several other countries have declared dozens of Russian diplomats "
        "persona non grata."
    ) == [("SANCTION", ("DEU", "FRA", "ITA", "ESP"), ("RUS",), "asserted")]
    assert triples(
        "The United States, Canada, Ukraine and sixteen EU member states today announced the expulsion of "
        "more than a hundred Russian diplomats."
    ) == [("SANCTION", ("USA", "CAN", "UKR", "EU"), ("RUS",), "asserted")]


def test_a_participle_after_a_comma_is_done_by_the_sentences_subject() -> None:
    # no coded verb before it: the first actor no preposition governs, not the nearest one
    events = triples("The last Russian troops left Estonia and Latvia today, completing their withdrawal.")
    assert events and all(e[0] == "RETREAT" and e[1] == ("RUS",) for e in events)


def test_police_in_the_main_clause_do_not_make_a_relative_clause_a_deployment() -> None:
    events = triples(
        "Police arrested more than 60 activists who had gathered outside the High Court in Harare."
    )
    assert all(e[0] != "MOBILIZE" for e in events)


def test_an_agreement_on_a_deployment_is_an_agreement_and_an_agreed_embargo_a_sanction() -> None:
    d = dt.date(1992, 6, 24)
    assert triples(
        "Boris Yeltsin and Eduard Shevardnadze agreed in Dagomys on a ceasefire and on the deployment of "
        "mixed peacekeeping forces in the conflict zone.",
        d,
    ) == [("AGREE", ("RUS", "GEO"), (), "asserted")]
    assert triples("European Union foreign ministers agreed an embargo on Iranian crude oil.") == [
        ("SANCTION", ("EU",), ("IRN",), "asserted")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Three years ago today, Russia launched its full-scale invasion of Ukraine.",
        "Any attempt to seize Crimea would be met with force.",
        "The agenda of the forthcoming NATO-Russia Council meeting in Vilnius includes terrorism.",
    ],
)
def test_acts_only_remembered_supposed_or_on_an_agenda_code_nothing(text: str) -> None:
    assert not [e for e in triples(text) if e[0] in ("ASSAULT", "COERCE", "CONSULT")]


def test_a_recent_act_dated_days_ago_is_still_reported() -> None:
    assert triples("Two days ago, Russia launched strikes on Kyiv.") == [
        ("ASSAULT", ("RUS",), ("UKR",), "asserted")
    ]


def test_a_wrong_cited_as_the_cause_of_an_act_is_an_accusation_but_a_stated_cause_is_not() -> None:
    assert ("ACCUSE", ("FIN",), ("RUS",), "asserted") in triples(
        "Finland has closed all crossing points on its border with Russia, citing Moscow's use of migrants as "
        "an instrument of hybrid attack."
    )
    # the seed's own coding: "as a result of Russia's aggressive actions" explains the act, no accusation
    events = triples(
        "As a result of Russia's aggressive actions in Ukraine, NATO decided in April 2014 to suspend all "
        "practical cooperation with Russia."
    )
    assert [e[0] for e in events] == ["SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        "closed the border, citing",  # a cited cause with nothing after it
        "citing the unfriendly",
        "Finland, citing Moscow's",
        "Three years ago",  # an anniversary opening alone
        "years ago today, Russia",
        "Any attempt to",  # a supposed act with no verb
        "The agenda of the",
        "the decision by the Russian Federation to",  # a plan whose act is cut off
        "Russian Kalibr missiles hit",  # the weapon first, nothing hit
        "A Russian Tochka-U",
        "is a serious",  # a condemning noun cut off after its adjective
        "another staged provocation by",
        "Germany, France and several other",  # a list ending in a count of others, cut off
        "and sixteen EU member states",
        "a loan to Egypt to",  # the aim of help cut off
        "declined at the last minute to",
        "stop implementing",  # stopping a cooperative act, nothing stopped
        "began air strikes on",
        "'we' are the",  # a pronoun binding with no actor (as text, not context)
    ],
)
def test_fragments_that_end_inside_rules_2026_6_code_cleanly(text: str) -> None:
    """Fragments cut off where rules-2026.6's rules look ahead or behind: no exception, only valid events
    with non-empty actor codes and spans inside the text; contexts that are fragments resolve or not, never
    fail."""
    for context in (None, "Bucharest Summit Declaration; 'we' are", "(", "'I' is"):
        events = code_sentence(text, date=PUB, context=context)
        assert all(e.event in EventType and e.polarity in Polarity for e in events)
        assert all(0 <= e.evidence[0] <= e.evidence[1] <= len(text) for e in events)
        assert all(code for e in events for code in (*e.source, *e.target))


def test_soldiers_acted_on_are_coded_by_the_state_the_sentence_names() -> None:
    assert ("ASSAULT", ("HEZBOLLAH",), ("ISR",), "asserted") in triples(
        "Hezbollah fighters crossed into northern Israel on Wednesday and killed three soldiers."
    )
    assert ("REQUEST", ("TUR",), ("SYR",), "asserted") in triples(
        "Turkey's foreign minister held talks in Damascus on Tuesday, urging Syrian troops to pull out of the cities."
    )


def test_a_named_armed_group_before_a_word_for_fighters_is_the_actor() -> None:
    assert triples("FARC rebels have threatened to kill any mayor in Colombia who does not resign.") == [
        ("THREATEN", ("FARC",), ("COL",), "asserted")
    ]
    assert ("ASSAULT", ("HAMAS",), ("ISR",), "asserted") in triples(
        "Hamas gunmen burst through the border fence on Saturday and attacked Israeli towns."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Founding Act was signed in Paris today by the President of Russia and the leaders of the NATO countries.",
        "Meeting near Rome, the Heads of State and Government of the NATO member states and the Russian Federation "
        "signed a declaration.",
    ],
)
def test_the_signatories_of_a_joint_text_all_sign_and_none_is_the_target(text: str) -> None:
    assert triples(text, dt.date(2002, 5, 28)) == [("SUPPORT", ("RUS", "NATO"), (), "asserted")] or triples(
        text, dt.date(2002, 5, 28)
    ) == [("SUPPORT", ("NATO", "RUS"), (), "asserted")]


def test_a_people_marching_in_its_own_country_is_a_crowd_of_protesters() -> None:
    assert triples("Tens of thousands of South Koreans marched through central Seoul on Saturday.") == [
        ("PROTEST", ("protesters",), ("KOR",), "asserted")
    ]


def test_handshakes_and_the_nato_ukraine_and_nato_georgia_commissions_are_meetings_of_their_sides() -> None:
    assert triples(
        "Donald Trump and Kim Jong Un shook hands on Singapore's Sentosa island.", dt.date(2018, 6, 12)
    ) == [("CONSULT", ("USA", "PRK"), (), "asserted")]
    events = triples("The NATO-Ukraine Commission met in Brussels on Tuesday.")
    assert events and events[0][0] == "CONSULT" and set(events[0][1]) == {"NATO", "UKR"}


def test_thanks_to_the_armed_forces_with_no_one_named_is_no_event() -> None:
    assert triples("In conclusion, I want to thank all servicemen for their service to our country.") == []


def test_a_phrase_reaches_past_a_dotted_abbreviation() -> None:
    assert triples(
        "Syrian authorities have not allowed a single U.N. aid convoy into the city for a year."
    ) == [("RETREAT", ("SYR",), ("UN",), "negated")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aircraft landing with supplies is help sent (the subject may stand ten words back)
        (
            "A US Air Force C-17 landed in Tbilisi today with the first shipment of humanitarian supplies.",
            [("AID", ("USA",), ("GEO",), "asserted")],
        ),
        (
            "Turkish cargo planes carrying dairy products, fruit and vegetables have landed in Doha.",
            [("AID", ("TUR",), ("QAT",), "asserted")],
        ),
        # an amount of money inside a gap ("approved a $7.6 billion standby loan for")
        (
            "The International Monetary Fund approved a $7.6 billion standby loan for Pakistan.",
            [("AID", ("IMF",), ("PAK",), "asserted")],
        ),
        (
            "The State Department has approved the possible sale to Ukraine of 210 Javelin missiles.",
            [("AID", ("USA",), ("UKR",), "asserted")],
        ),
        # a refusal with a short adverbial before its "to"
        (
            "Moldova's President declined at the last minute to sign the Russian-drafted memorandum.",
            [("REJECT", ("MDA",), ("RUS",), "asserted")],
        ),
        # an application to join is a request, not the joining
        (
            "Ukraine today submitted an application for accelerated accession to NATO.",
            [("REQUEST", ("UKR",), ("NATO",), "asserted")],
        ),
        # support given as the aim of help is no event of its own
        (
            "The World Bank approved a $1 billion loan to Egypt on Tuesday to support the reform programme.",
            [("AID", ("WORLD_BANK",), ("EGY",), "asserted")],
        ),
        # the weapon first, its owner's demonym past a system name
        ("Russian Kalibr missiles hit the port of Odesa.", [("ASSAULT", ("RUS",), ("UKR",), "asserted")]),
        (
            "A Russian Su-27 fighter struck the propeller of a US drone over the Black Sea.",
            [("ASSAULT", ("RUS",), ("USA",), "asserted")],
        ),
        # air strikes are no labour strike; workers' strikes still are
        (
            "Saudi Arabia began air strikes on Houthi positions in Yemen on Thursday.",
            [("ASSAULT", ("SAU",), ("HOUTHIS",), "asserted")],
        ),
        (
            "Workers began strikes at three car plants in France.",
            [("PROTEST", ("workers",), ("FRA",), "asserted")],
        ),
        (
            "The Moldovan parliament adopted a declaration calling on the Russian Federation to withdraw its troops.",
            [("REQUEST", ("MDA",), ("RUS",), "asserted")],
        ),
        (
            "The International Court of Justice ordered Israel on Friday to halt its military offensive in Rafah.",
            [("REQUEST", ("ICJ",), ("ISR",), "asserted")],
        ),
        (
            "Since then, Moscow has imposed economic measures on Turkey, including restrictions on food imports.",
            [("SANCTION", ("RUS",), ("TUR",), "asserted")],
        ),
        (
            "Gazprom cut gas supplies to Ukraine on New Year's Day.",
            [("SANCTION", ("RUS",), ("UKR",), "asserted")],
        ),
    ],
)
def test_rules_2026_6_code_these_sentences(
    text: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...], str]]
) -> None:
    """rules-2026.6's cases that code a sentence exactly: help landed and money approved, refusals,
    applications and the aims of help, weapons that hit and strikes of war, demands made in a text or after
    a date, economic measures and cut supplies."""
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # stopping a cooperative act is discontinuing it, done by the owner of the decision
        (
            "We deeply regret Russia's decision to stop implementing its obligations under the CFE Treaty.",
            ("SANCTION", ("RUS",), ("NATO",), "asserted"),
        ),
        (
            "The Secretary General deeply regrets the decision by the Russian Federation to terminate the "
            "implementation of the Black Sea Initiative.",
            ("SANCTION", ("RUS",), ("TUR", "UKR", "UN"), "asserted"),
        ),
        # an act regarded as something is told as a fact, with or without a target
        (
            "We regard Russia's suspension of its participation in New START as irresponsible.",
            ("SANCTION", ("RUS",), ("USA",), "asserted"),
        ),
        (
            "The United States has paused all military assistance to Ukraine.",
            ("SANCTION", ("USA",), ("UKR",), "asserted"),
        ),
        (
            "Saudi Arabia and Bahrain recalled their ambassadors from Qatar.",
            ("SANCTION", ("SAU", "BHR"), ("QAT",), "asserted"),
        ),
        (
            "Niger's junta gave the French ambassador 48 hours to leave the country.",
            ("SANCTION", ("NER",), ("FRA",), "asserted"),
        ),
        (
            "Human Rights Watch accused Hezbollah of deliberately firing rockets at Israeli towns.",
            ("ACCUSE", ("HRW",), ("HEZBOLLAH",), "asserted"),
        ),
        ("The PKK declared a ceasefire on Saturday.", ("CONCEDE", ("PKK",), (), "asserted")),
        (
            "The United States formally recognised Kosovo on Monday.",
            ("SUPPORT", ("USA",), ("kosovo",), "asserted"),
        ),
        (
            "The last Russian military units have left Estonia and Latvia.",
            ("RETREAT", ("RUS",), ("EST", "LVA"), "asserted"),
        ),
        (
            "Britain handed the territory back to China at midnight.",
            ("RETREAT", ("GBR",), ("CHN",), "asserted"),
        ),
    ],
)
def test_rules_2026_6_code_these_events_among_others(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...], str]
) -> None:
    """rules-2026.6's cases that code one event among others: discontinued cooperation, recalls and
    expulsions; rights groups, armed movements and Kosovo as actors; forces that left and land handed back."""
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some of them are already deployed.",
        "He was wounded.",
        "These systems are deployed on MiG-31 aircraft, not on the ground.",
        "Desecrating and insulting the memory is mean.",
    ],
)
def test_an_act_with_no_side_named_at_all_is_no_event(text: str) -> None:
    """Hand-coded events always name a side: an attack, a threat or a deployment by and on no one named is a
    misreading, not a report."""
    assert triples(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the sides of a meeting did: the document (or the caller) names them
        ("The sides agreed to continue contacts.", "AGREE"),
        ("The parties denounced every form of terrorism as a crime that nothing can justify.", "ACCUSE"),
        # a doer the dictionary cannot resolve, and a first person with no speaker given
        (
            "The Foreign Ministry considers it unacceptable that the observers have called the results into question.",
            "ACCUSE",
        ),
        ("Our repeated proposals have gone unanswered.", "REJECT"),
    ],
)
def test_an_act_whose_sides_are_known_elsewhere_stays(text: str, expected: str) -> None:
    assert expected in {t[0] for t in triples(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people and craft "of" an actor act for it
        (
            "The foreign secretaries of India and Pakistan met in New Delhi on Sunday.",
            ("CONSULT", ("IND", "PAK"), (), "asserted"),
        ),
        (
            "A detachment of warships of the Northern Fleet set off on a long-distance voyage to the Atlantic.",
            ("MOBILIZE", ("RUS",), (), "asserted"),
        ),
        # a lower-case group with an adjective is still a list item
        (
            "Negotiations between the Sudanese government and southern rebels resumed in Nairobi on Tuesday.",
            ("CONSULT", ("SDN", "rebels"), (), "asserted"),
        ),
        # the state one is told to leave is the one that sends them away
        (
            "The diplomats were given 72 hours to leave Russia.",
            ("SANCTION", ("RUS",), (), "asserted"),
        ),
    ],
)
def test_rules_2026_7_code_these_events_among_others(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...], str]
) -> None:
    """rules-2026.7's role fixes: holders named by their office or craft, adjectives inside lists and the
    state that expels."""
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two states holding an exercise, or acting "in a joint operation", cooperate
        (
            "Russia and Belarus are holding the Union Shield exercise near Brest this week.",
            ("COOPERATE", ("RUS", "BLR"), (), "asserted"),
        ),
        (
            "Spanish and French police arrested six members of an arms-smuggling ring in a joint operation.",
            ("COOPERATE", ("ESP", "FRA"), (), "asserted"),
        ),
        # an exercise co-hosted by two states
        (
            "Moscow criticised the exercise in the Baltic, co-hosted by Poland and Lithuania.",
            ("COOPERATE", ("POL", "LTU"), (), "asserted"),
        ),
        # a link between two sides told by its running
        (
            "Direct flights between Armenia and Turkey resumed on Monday.",
            ("COOPERATE", ("ARM", "TUR"), (), "asserted"),
        ),
        # goods crossing a state's ground under a transit arrangement: that state lets them through
        (
            "Non-military ISAF cargo has crossed Russian territory under the transit agreement.",
            ("COOPERATE", ("RUS",), ("NATO",), "asserted"),
        ),
        # a suspect handed over, named by a pronoun
        (
            "Croatian authorities arrested the general and handed him over to the U.N. war crimes tribunal.",
            ("COOPERATE", ("HRV",), ("ICTY",), "asserted"),
        ),
        # an opening "Under arrangements agreed ..." frames the main clause, it does not govern it
        (
            "Under arrangements agreed between Moscow and Washington, a Russian brigade will serve alongside NATO troops.",
            ("COOPERATE", ("RUS",), ("NATO",), "future"),
        ),
    ],
)
def test_cooperation_told_by_its_doing(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...], str]
) -> None:
    """COOPERATE told by how the sides act together: a two-state exercise or joint operation, a co-hosted
    exercise, a link between two sides resuming, transit under an arrangement, a hand-over, and an act
    after an opening "Under arrangements agreed ..." frame."""
    assert expected in triples(text)


def test_serving_in_ones_own_forces_is_no_cooperation() -> None:
    """ "serve in the X force" cooperates with a multinational force, not with one's own army."""
    assert not [t for t in triples("I am proud to serve in the Russian Armed Forces.") if t[0] == "COOPERATE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X's decision to VERB" under a judgement: X does VERB's act
        (
            "I condemn Russia's decision to extend recognition to the self-proclaimed Donetsk People's Republic.",
            [("ACCUSE", (), ("RUS",), "asserted"), ("SUPPORT", ("RUS",), ("donetsk",), "asserted")],
        ),
        # the object of a condemning verb: a hostile act codes with whom it hit when its doer is not named;
        # the condemnation accuses no one named (the victim is not the accused)
        (
            "The Secretary General condemned the murder of the Russian Ambassador to Turkey.",
            # unnamed killers are "militants", as the gold sets code this wording (s29 sidefix4)
            [
                ("ACCUSE", ("NATO",), ("militants",), "asserted"),
                ("ASSAULT", ("militants",), ("RUS",), "asserted"),
            ],
        ),
        # ... coordinated objects, each its own act
        (
            "We condemn the closure of the border with Georgia and the mass deportation of Georgian citizens.",
            [
                ("ACCUSE", (), ("GEO",), "asserted"),
                ("SANCTION", (), ("GEO",), "asserted"),
                ("COERCE", (), ("GEO",), "asserted"),
            ],
        ),
        # ... and the subject of a clause one regrets
        (
            "Moscow regrets that the indiscriminate use of force by the coalition in Libya has caused civilian deaths.",
            [("ACCUSE", ("RUS",), ("civilians",), "asserted"), ("ASSAULT", (), ("civilians",), "asserted")],
        ),
        # ... and its doer after "by" and a count
        (
            "We condemn the violation of the airspace of the Republic of Moldova by three Russian cruise missiles.",
            [("ACCUSE", (), ("RUS",), "asserted"), ("MOBILIZE", ("RUS",), ("MDA",), "asserted")],
        ),
        # the subject of a judging predicate; people detained in a place were detained by its state
        (
            "The detention of Russian journalists in Kiev is unacceptable.",
            [("COERCE", ("UKR",), ("RUS",), "asserted"), ("ACCUSE", ("RUS",), ("UKR",), "asserted")],
        ),
        (
            "The European Union's ban on broadcasting RT and Sputnik is outright censorship.",
            [("COERCE", ("EU",), ("media",), "asserted"), ("ACCUSE", ("RUS",), ("EU",), "asserted")],
        ),
        # the owner of an announcement does what it announces
        (
            "President Putin's announcement of a partial mobilisation is dangerous and reckless.",
            [("MOBILIZE", ("RUS",), (), "asserted"), ("ACCUSE", (), ("RUS",), "asserted")],
        ),
        # not an act: a threat of one, a topic, an act only possible, the cause of a street protest
        ("The threat of sanctions against Russia is unacceptable.", []),
        ("Talks on the withdrawal of troops from Georgia were constructive.", []),
        ("We condemn any use of force against Georgia.", [("ACCUSE", (), ("GEO",), "asserted")]),
        (
            "Hundreds of thousands of people marched through London to protest against a possible war on Iraq.",
            [("PROTEST", ("protesters",), ("GBR",), "asserted")],
        ),
    ],
)
def test_an_act_named_inside_a_judgement_is_coded_too(
    text: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...], str]]
) -> None:
    """Hand coders code both a judgement and the act it names, with the act's own doer and target; the
    act's one named side is enough when the judge leaves the other to the reader."""
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the gap of a promise holds the promised act: the concession, not a promise of weapons
        (
            "Russia promised to pull back heavy weapons from the line of contact.",
            [("CONCEDE", ("RUS",), (), "asserted")],
        ),
        # a verb's object noun is told by the verb, however long the noun phrase runs
        (
            "Poland's parliament voted overwhelmingly on Thursday to approve the accession of Finland and "
            "Sweden to the North Atlantic alliance.",
            [("SUPPORT", ("POL",), ("FIN", "SWE"), "asserted")],
        ),
        # a crowd that protests takes to the streets; unowned protests are crowds
        (
            "Polish farmers blocked crossings on the border with Ukraine to protest against imports of "
            "Ukrainian grain.",
            # the blockade is how they protest: one PROTEST, no restriction imposed on Ukraine
            [("PROTEST", ("protesters",), ("UKR",), "asserted")],
        ),
        (
            "Protests over the death of a young woman in the custody of Iran's morality police spread to "
            "dozens of cities on Wednesday.",
            [("PROTEST", ("protesters",), ("IRN",), "asserted")],
        ),
        # the purpose of a protest already told is the same protest
        (
            "Several thousand demonstrators gathered outside the US Embassy in Moscow to protest against the "
            "bombing of Yugoslavia.",
            [("PROTEST", ("protesters",), ("USA",), "asserted")],
        ),
        # a past perfect in a relative clause is background
        (
            "Zimbabwean police arrested more than 60 opposition activists who had gathered outside the High "
            "Court in Harare on Thursday.",
            [("COERCE", ("ZWE",), ("protesters",), "asserted")],
        ),
    ],
)
def test_which_trigger_wins_and_background_acts(
    text: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...], str]]
) -> None:
    """Overlapping phrases: a promise's gap holding the promised act, a verb's object noun, crowds that
    protest (PROTEST) against states that protest (ACCUSE); acts told as background in a relative clause."""
    assert triples(text) == expected


def test_a_verb_phrase_keeps_its_object_noun() -> None:
    """ "protest these violations of ... airspace": the protest (ACCUSE) wins over the noun phrase it takes as
    its object, which no longer hides it behind the bare verb "protest" (a street PROTEST)."""
    assert [
        t[0] for t in triples("Allies strongly protest these violations of sovereign Turkish airspace.")
    ] == ["ACCUSE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place before an attack is where it happened, never who did it
        (
            "A car bomb ripped through a checkpoint in Ankara, killing dozens of officers.",
            [("ASSAULT", ("militants",), ("TUR",), "asserted")],
        ),
        # people killed by number with no one named as hit but the place: civilians
        (
            "Gunmen armed with assault rifles and grenades attacked two luxury hotels, a railway station and a "
            "Jewish centre in Mumbai on Wednesday night, killing dozens of people.",
            [("ASSAULT", ("militants",), ("civilians",), "asserted")],
        ),
        (
            "A suicide truck bomber blew himself up in a crowded market in a mainly Shi'ite district of "
            "Baghdad on Saturday, killing at least 130 people.",
            [("ASSAULT", ("attackers",), ("civilians",), "asserted")],
        ),
        # the agent of an attack noun that opens the clause does what the clause says
        (
            "An air strike by the Saudi-led coalition hit a wedding party in northern Yemen, killing more "
            "than 20 people including the bride, health officials said.",
            [("ASSAULT", ("SAU",), ("civilians",), "asserted")],
        ),
        # a meeting's host city is no side; the body whose meeting it is acts for its sides
        (
            "At the NRC summit in Lisbon, leaders agreed to discuss pursuing cooperation on missile defence.",
            [("AGREE", ("NATO", "RUS"), (), "asserted")],
        ),
        (
            "At the NATO-Russia Council summit in Lisbon, the parties agreed to resume theatre missile "
            "defence cooperation.",
            [("AGREE", ("NATO", "RUS"), (), "asserted")],
        ),
        # a town's country is where, not whom
        (
            "Sudan and southern rebels of the SPLM signed a set of protocols in Naivasha, Kenya, on Saturday.",
            [("SUPPORT", ("SDN", "rebels"), (), "asserted")],
        ),
        # a group's leader named after the group's word acts for it
        (
            "Kenyan President Mwai Kibaki and opposition leader Raila Odinga agreed on Thursday to share "
            "power under a deal mediated by former U.N. Secretary-General Kofi Annan.",
            [("AGREE", ("KEN", "opposition"), (), "asserted")],
        ),
        # the envoy summoned is not who protests
        (
            "Pakistan's foreign office summoned the Indian deputy high commissioner to lodge a strong "
            "protest over what it called unprovoked ceasefire violations in Kashmir.",
            [("ACCUSE", ("PAK",), ("IND",), "asserted")],
        ),
        # who reacts to an act (", prompting X to ...") is not its target
        (
            "North Korea test-fired seven missiles on Wednesday, prompting Japan to bar a North Korean ferry "
            "from its ports for six months.",
            [("MOBILIZE", ("PRK",), (), "asserted"), ("SANCTION", ("JPN",), ("PRK",), "asserted")],
        ),
    ],
)
def test_targets_2026_8_place_victims_and_sides(
    text: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...], str]]
) -> None:
    """Targets and sources of rules-2026.8: places before attacks, unnamed victims, meeting hosts, a town's
    country, a group's named leader, a summoned envoy and the one who reacts."""
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its" before a noun trigger stands for the clause's subject, not for a place or a PP object
        (
            "Russia's withdrawal from the grain deal, followed by its strikes on the port of Odesa, alarmed "
            "the markets.",
            [
                ("SANCTION", ("RUS",), ("TUR", "UKR", "UN"), "asserted"),
                ("ASSAULT", ("RUS",), ("UKR",), "asserted"),
            ],
        ),
        # "X and its allies": the actor right before
        (
            "Saudi Arabia and its Gulf allies began air strikes on Houthi positions on Thursday.",
            [("ASSAULT", ("SAU",), ("HOUTHIS",), "asserted")],
        ),
        # object control: "criticised X for its refusal" — X refuses
        (
            "Ukraine criticised the Alliance for its refusal to send more troops.",
            [("ACCUSE", ("UKR",), ("NATO",), "asserted"), ("REJECT", ("NATO",), ("UKR",), "asserted")],
        ),
        # the subject before a nearer actor that only follows a preposition
        (
            "Israel signed an agreement with Egypt before its withdrawal from Sinai.",
            [("SUPPORT", ("ISR",), ("EGY",), "asserted"), ("RETREAT", ("ISR",), ("EGY",), "asserted")],
        ),
        # two listed actors are equally likely: no owner (and Syria, struck, is not the one accused)
        (
            "Russia and China condemned its strikes on Syria.",
            [("ACCUSE", ("RUS", "CHN"), (), "asserted"), ("ASSAULT", (), ("SYR",), "asserted")],
        ),
    ],
)
def test_possessive_pronoun_owners(
    text: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...], str]]
) -> None:
    """ "its"/"their" before a noun trigger stands for an actor of the same sentence (units.antecedent)."""
    assert triples(text, dt.date(2023, 7, 20)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand that an act judged wrong stop still accuses its doer
        (
            "NATO said Russia's reckless behaviour must stop.",
            [("ACCUSE", ("NATO",), ("RUS",), "asserted"), ("REQUEST", ("NATO",), ("RUS",), "asserted")],
        ),
        # calling an act wrong with no "as": "calling X's idea 'absurd'", "calling it a pretext"
        (
            "Lavrov called the American proposal unacceptable.",
            [("ACCUSE", ("RUS",), ("USA",), "asserted")],
        ),
        # an act judged in a relative clause: "actions which Washington described as unsafe"
        (
            "Russian jets made repeated simulated attack passes near the USS Donald Cook, actions which "
            "Washington described as unsafe and unprofessional.",
            # (the mock attacks themselves are a show of force, as the read gold codes them)
            [("MOBILIZE", ("RUS",), ("USA",), "asserted"), ("ACCUSE", ("USA",), ("RUS",), "asserted")],
        ),
        # findings of courts and inquiries
        (
            "The European Court of Human Rights ruled that Russia had violated the right to life.",
            [("ACCUSE", ("ECHR",), ("RUS",), "asserted")],
        ),
        # "the expansion of NATO": the doer after "of" is accused
        (
            "Lavrov said that the expansion of NATO is incompatible with the commitments made in 1990.",
            [("ACCUSE", ("RUS",), ("NATO",), "asserted")],
        ),
        (
            "Germany said the Russian military build-up was a cause for great concern.",
            [("ACCUSE", ("DEU",), ("RUS",), "asserted")],
        ),
    ],
)
def test_accusations_in_official_language(
    text: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...], str]]
) -> None:
    """Accusations of rules-2026.9 without "accuse" or "condemn": a demand to stop a wrong, calling an act
    wrong with no "as", a judgement in a relative clause, court findings, an act's doer after "of", and a
    "cause for concern"."""
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a readout's formulas whose sides come from the document's meeting
        ("Their one-on-one meeting was closed to reporters.", [("CONSULT", ("RUS", "IND"), (), "asserted")]),
        (
            "Other subjects of discussion included several joint cultural projects.",
            [("CONSULT", ("RUS", "IND"), (), "asserted")],
        ),
        (
            "In this connection, it was decided to set up a new regional body.",
            [("AGREE", ("RUS", "IND"), (), "asserted")],
        ),
        (
            "It was agreed to continue contacts at various levels.",
            [("AGREE", ("RUS", "IND"), (), "asserted")],
        ),
        # the speaker's "we" in the statements after talks is both sides; an offer is the speaker's own
        (
            "We had a thorough discussion on widening integration in the Eurasian region.",
            [("CONSULT", ("RUS", "IND"), (), "asserted")],
        ),
        ("Today we agreed to hold the Year of Russia in India.", [("AGREE", ("RUS", "IND"), (), "asserted")]),
        # one side told the other, who is not named in the sentence
        (
            "Vladimir Putin dwelt on the outcome of his trip to the United States.",
            [("CONSULT", ("RUS",), ("IND",), "asserted")],
        ),
        # a purpose, not a meeting held
        ("This would allow shared problems to be discussed as equals.", []),
    ],
)
def test_readout_formulas_with_the_documents_sides(
    text: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...], str]]
) -> None:
    """Readout formulas coded with the sides of the meeting the document reports (rules-2026.9)."""
    events = code_sentence(text, date=PUB, speaker="RUS", participants=("RUS", "IND"), reported_meeting=True)
    assert [(e.event.value, e.source, e.target, e.polarity.value) for e in events] == expected


def test_readout_formulas_need_a_meeting_of_two() -> None:
    """A domestic meeting names no two sides: its readout formulas code nothing with sides."""
    for text in (
        "Their one-on-one meeting was closed to reporters.",
        "It was decided to create a new agency.",
    ):
        assert code_sentence(text, date=PUB, speaker="RUS") == []


def test_title_names_the_meetings_sides() -> None:
    """ "Russian-German talks" as a page's title gives the sides to "The talks focused on ..."."""
    found = code_document(
        title="Russian-Kyrgyzstani talks",
        body="The talks focused on trade. Other subjects of discussion included joint cultural projects.",
        published=PUB,
        url="http://en.kremlin.ru/events/president/news/1",
    )
    assert [(d.event["event"], d.event["source"]) for d in found] == [
        ("CONSULT", ["RUS", "KGZ"]),
        ("CONSULT", ["RUS", "KGZ"]),
    ]


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # an act inside a condition is a supposition: the condition's act is not coded, the offer is
        (
            "We will cease fire and begin negotiations the moment Kiev starts withdrawing its troops from the four regions.",
            "RETREAT",
            "CONSULT",
        ),
        (
            "President Putin has proposed a moratorium on deploying intermediate-range missiles in Europe, but this "
            "is not a credible offer as long as Russia continues to deploy the SSC-8.",
            "MOBILIZE",
            "AGREE",
        ),
        (
            "Asked whether the envoy would travel to Kyiv, the spokesperson said she had no information.",
            "CONSULT",
            None,
        ),
        # a purpose: the aim is not an act done
        (
            "European Union foreign ministers agreed an embargo on Iranian crude oil on Monday, in a bid to choke "
            "off funding for Tehran's nuclear programme.",
            "AID",
            "SANCTION",
        ),
        # a topic of talks after "about"
        (
            "The King said he had spoken by telephone with the Egyptian President about reopening the Rafah crossing.",
            "CONCEDE",
            "CONSULT",
        ),
        # "withdraw from it", the treaty named before, under an ultimatum: a threat to leave the treaty
        (
            "Washington announced that it was suspending its obligations under the INF Treaty and would withdraw "
            "from it in six months unless Russia returned to compliance.",
            "RETREAT",
            "THREATEN",
        ),
        # a duration is no condition: "for as long as possible"
        ("Russian troops fought for as long as possible and then withdrew from the city.", None, "RETREAT"),
    ],
)
def test_acts_that_did_not_happen(text: str, absent: str | None, present: str | None) -> None:
    """Conditions, purposes and topics code no act of their own (rules for acts that did not happen)."""
    types = {e.event.value for e in code_sentence(text, date=PUB)}
    if absent is not None:
        assert absent not in types
    if present is not None:
        assert present in types


_EU_SUMMIT = (
    "The summit discussed trade. Russian and Danish diplomats exchanged opinions concerning a conference in "
    "Copenhagen. The parties agreed to resolve all the disputed questions. Russia and the EU issued a joint "
    "statement on terrorism. The parties denounced all forms of terrorism."
)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # the title's sides outrank a side meeting spoken of later; "the parties" right after it are its own
        (
            "The 10th Russia-European Union summit took place in Brussels",
            _EU_SUMMIT,
            # (the joint statement the two sides issued is their AGREE, s19 recall)
            [["EU", "RUS"], ["EU", "RUS"], ["RUS", "DNK"], ["RUS", "DNK"], ["RUS", "EU"], ["EU", "RUS"]],
        ),
        # a meeting told as held starts a new one
        (
            "Vladimir Putin met with British Prime Minister Tony Blair",
            "The two leaders discussed trade. On the same day, Vladimir Putin had a long telephone conversation "
            "with the Italian premier, Silvio Berlusconi. The two leaders discussed Iraq.",
            [["RUS"], ["RUS", "GBR"], ["RUS"], ["RUS", "ITA"]],
        ),
        # a meeting with a group names no second side
        (
            "Meeting with school teachers",
            "I met with school teachers from different regions. They discussed the curriculum.",
            [["RUS"], ["RUS"]],  # "They" stays unresolved (no side "workers"): a domestic agenda, no CONSULT
        ),
        # a decision taken by the named states gives the sides of the summit that took it
        (
            "Collective Security Treaty session",
            "The decision was taken at the Moscow session by the Presidents of Russia, Armenia and Belarus. "
            "A further decision was taken by the session to set up a body for military oversight.",
            [["RUS", "ARM", "BLR"], ["RUS", "ARM", "BLR"]],
        ),
    ],
)
def test_document_sides_outrank_later_meetings(title: str, body: str, expected: list[list[str]]) -> None:
    """Sides named in the title or lead hold until a new meeting is told as held (rules-2026.9+)."""
    found = code_document(
        title=title, body=body, published=PUB, url="http://en.kremlin.ru/events/president/news/1"
    )
    assert [d.event["source"] for d in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "I am sure there are many subjects we could discuss so as to understand one another.",
        "In the spirit of such a dialogue, I am glad that we can discuss many questions.",
        "We can now review the intermediate results.",
    ],
)
def test_speakers_we_with_a_modal_reports_no_meeting(text: str) -> None:
    """ "we can/could discuss" in the statements after talks is what may be discussed, not a meeting held."""
    events = code_sentence(text, date=PUB, speaker="RUS", participants=("RUS", "BEL"), reported_meeting=True)
    assert [e for e in events if e.event.value == "CONSULT"] == []


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # an act done to its "of X" is not X's act: the place stands for the doer (rules-2026.11)
        (
            "The detention of four Russian servicemen in Tbilisi on absurd charges of espionage is a crude "
            "provocation.",
            "ACCUSE",
            ("RUS",),  # no speaker, a Western side judged: Russia's charge (sidefix3, s28)
            ("GEO",),
        ),
        # a person named after "opposition leader" acts for the opposition, not the demonym's state
        (
            "Armenian opposition leader Nikol Pashinyan called on Prime Minister Serzh Sarkisian to step down.",
            "REQUEST",
            ("opposition",),
            ("ARM",),
        ),
        (
            "Kenyan opposition leader Raila Odinga accused President Mwai Kibaki of stealing the election.",
            "ACCUSE",
            ("opposition",),
            ("KEN",),
        ),
    ],
)
def test_roles_of_acts_done_to_and_group_leaders(
    text: str, etype: str, source: tuple[str, ...], target: tuple[str, ...]
) -> None:
    """ "the detention of X" is done to X; "opposition leader NAME" is the opposition's."""
    found = [e for e in code_sentence(text, date=PUB) if e.event.value == etype]
    assert [(tuple(e.source), tuple(e.target)) for e in found] == [(source, target)]


@pytest.mark.parametrize(
    ("text", "date", "absent"),
    [
        ("We are not at war with NATO, and we have no plans to attack any member state.", PUB, "ASSAULT"),
        ("The government offered an amnesty to fighters who lay down their arms.", PUB, "RETREAT"),
        ("Manila offered an amnesty to communist rebels who surrender their weapons.", PUB, "RETREAT"),
        (
            "Assad has used chemical weapons before, and Russia entered into an agreement in 2013 to stop that.",
            dt.date(2017, 6, 1),
            "AGREE",
        ),
    ],
)
def test_background_and_non_acts_not_coded(text: str, date: dt.date, absent: str) -> None:
    """A denied plan, a generic relative clause and a later act dated years before publication are no news."""
    assert absent not in [e.event.value for e in code_sentence(text, date=date)]


def test_span_to_the_present_is_not_history() -> None:
    """ "has not met since January 2022" is a state reaching the present, not a dated past act."""
    events = code_sentence(
        "The NATO-Russia Council has not met since January 2022.", date=dt.date(2024, 5, 1)
    )
    assert "CONSULT" in [e.event.value for e in events]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Russia will pull out of the Open Skies treaty, the foreign ministry said on Friday.",
            ("RUS",),
            ("USA",),
        ),
        (
            "President Putin's decision to suspend Russia's participation in the New START Treaty is reckless.",
            ("RUS",),
            ("USA",),
        ),
        (
            "The President signed a decree suspending the Russian Federation's participation in the CFE Treaty.",
            ("RUS",),
            ("NATO",),
        ),
        ("Washington's withdrawal from the INF Treaty was a mistake.", ("USA",), ("RUS",)),
    ],
)
def test_treaty_withdrawal_aimed_at_other_sides(
    text: str, source: tuple[str, ...], target: tuple[str, ...]
) -> None:
    """Leaving or suspending a known treaty is aimed at its other sides, named or not."""
    found = [e for e in code_sentence(text, date=PUB) if e.event.value == "SANCTION"]
    assert [(tuple(e.source), tuple(e.target)) for e in found] == [(source, target)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more ways wire copy and official statements tell AID, COOPERATE, AGREE, CONCEDE and RETREAT
        # AID: goods listed with commas, money wired, a loan with a long description
        (
            "The EU is sending water pumps, generators, tents and purification equipment to Ukraine.",
            ("AID", ("EU",), ("UKR",), "asserted"),
        ),
        (
            "Russia transferred $3 billion to Belarus.",
            ("AID", ("RUS",), ("BLR",), "asserted"),
        ),
        (
            "The IMF board approved a three-year, $6 billion loan for Pakistan on Wednesday.",
            ("AID", ("IMF",), ("PAK",), "asserted"),
        ),
        # AID: people fleeing a war taken in are "refugees", as every read gold set codes them (plover-style,
        # third-party-style, ru-official-style); the place they flee is not the target (s32-sidefix9)
        (
            "Turkey has taken in three million people fleeing the war in Syria.",
            ("AID", ("TUR",), ("refugees",), "asserted"),
        ),
        (
            "Moldova sheltered thousands of families fleeing the fighting in Ukraine.",
            ("AID", ("MDA",), ("refugees",), "asserted"),
        ),
        # AID: weapons pumped in, drones received after a relative clause, a pause on aid lifted
        (
            "Washington is pumping Kiev full of weapons.",
            ("AID", ("USA",), ("UKR",), "asserted"),
        ),
        (
            "Ukraine has received the first six Bayraktar drones it ordered from Turkey.",
            ("AID", ("TUR",), ("UKR",), "asserted"),
        ),
        (
            "The United States lifted the pause on military aid to Ukraine.",
            ("AID", ("USA",), ("UKR",), "asserted"),
        ),
        # COOPERATE: intelligence sharing restored, a joint command, airspace for transit, a scheme rejoined
        (
            "Washington lifted the pause on intelligence sharing with Kyiv.",
            ("COOPERATE", ("USA",), ("UKR",), "asserted"),
        ),
        (
            "The United States resumed intelligence sharing with Ukraine.",
            ("COOPERATE", ("USA",), ("UKR",), "asserted"),
        ),
        (
            "Polish troops will serve under a joint command with Lithuanian units.",
            ("COOPERATE", ("POL",), ("LTU",), "future"),
        ),
        (
            "Russia will provide its airspace for aircraft carrying NATO cargo.",
            ("COOPERATE", ("RUS",), ("NATO",), "future"),
        ),
        (
            "Russia resumed its participation in the grain deal.",
            ("COOPERATE", ("RUS",), (), "asserted"),
        ),
        # AGREE: a positive answer, an invitation launched, a joint pledge, a text adopted together
        (
            "Putin responded positively to the French proposal.",
            ("AGREE", ("RUS",), ("FRA",), "asserted"),
        ),
        (
            "NATO launched an invitation to Finland to join the alliance.",
            ("AGREE", ("NATO",), ("FIN",), "asserted"),
        ),
        (
            "The United States and China announced a joint pledge to cut emissions.",
            ("AGREE", ("USA", "CHN"), (), "asserted"),
        ),
        (
            "Russia and Belarus adopted a declaration on military cooperation.",
            ("AGREE", ("RUS", "BLR"), (), "asserted"),
        ),
        # CONCEDE: a truce ordered; access: inspectors or a force let in (future: a concession)
        (
            "Putin ordered a ceasefire along the line of contact.",
            ("CONCEDE", ("RUS",), (), "asserted"),
        ),
        (
            "Iraq allowed UN inspectors into the palace.",
            ("RETREAT", ("IRQ",), ("UN",), "asserted"),
        ),
        (
            "Indonesia said it would allow an international peacekeeping force into East Timor.",
            ("CONCEDE", ("IDN",), ("TLS",), "asserted"),
        ),
        # RETREAT: ground handed over, posts removed, waters left, people handed over, weapons handed in, fire held
        (
            "Armenia handed over three villages to Azerbaijan.",
            ("RETREAT", ("ARM",), ("AZE",), "asserted"),
        ),
        (
            "Russia removed its peacekeeping posts from the zone near Abkhazia.",
            ("RETREAT", ("RUS",), ("abkhazia",), "asserted"),
        ),
        (
            "The Russian destroyer left Ukrainian territorial waters.",
            ("RETREAT", ("RUS",), ("UKR",), "asserted"),
        ),
        (
            "Georgia handed the four Russian officers over to the OSCE.",
            ("RETREAT", ("GEO",), ("RUS",), "asserted"),
        ),
        (
            "FARC rebels handed their weapons to UN monitors.",
            ("RETREAT", ("FARC",), ("UN",), "asserted"),
        ),
        (
            "Syrian government forces held their fire.",
            ("RETREAT", ("SYR",), (), "asserted"),
        ),
        (
            "The US will bring its troops home from Iraq.",
            ("CONCEDE", ("USA",), ("IRQ",), "asserted"),
        ),
        # lex-6 vocabulary for SANCTION, MOBILIZE, REJECT, THREATEN and PROTEST
        # SANCTION: relations kept below normal, recognition switched, obligations dropped, bans, aid held back
        (
            "The EU will not return to business as usual with Moscow.",
            ("SANCTION", ("EU",), ("RUS",), "future"),
        ),
        (
            "NATO will not hold any meetings with Russia for the time being.",
            ("SANCTION", ("NATO",), ("RUS",), "future"),
        ),
        (
            "The United States switched diplomatic recognition from Taiwan to China.",
            ("SANCTION", ("USA",), ("TWN",), "asserted"),
        ),
        ("Russia ceased to implement the deal.", ("SANCTION", ("RUS",), (), "asserted")),
        ("The EU introduced a ban on imports of Russian steel.", ("SANCTION", ("EU",), ("RUS",), "asserted")),
        (
            "The IMF will not release the next tranche of its loan to Ukraine.",
            ("SANCTION", ("IMF",), ("UKR",), "future"),
        ),
        ("Turkey will close the straits to Russian warships.", ("SANCTION", ("TUR",), ("RUS",), "future")),
        (
            "The Kremlin announced response measures against Japan.",
            ("SANCTION", ("RUS",), ("JPN",), "asserted"),
        ),
        # REJECT: a refusal with an adverbial before "to", refusals of named acts, what one will never accept
        ("The Taliban refused again to hand over bin Laden.", ("REJECT", ("TALIBAN",), (), "asserted")),
        ("Turkey declined yesterday to sign the declaration.", ("REJECT", ("TUR",), (), "asserted")),
        ("Russia refused to pay for the gas in roubles.", ("REJECT", ("RUS",), (), "asserted")),
        ("Serbia will never accept the independence of Kosovo.", ("REJECT", ("SRB",), ("kosovo",), "future")),
        ("NATO will not recognise it.", ("REJECT", ("NATO",), (), "future")),
        # THREATEN: plans adjusted
        ("Russia will make adjustments to its military planning.", ("THREATEN", ("RUS",), (), "asserted")),
        # MOBILIZE: columns moved, forces switched to a higher mode of duty, leave to use the army, missiles
        # added or fired, troops arrived, exercises told by their size, warships' passage
        ("Russia moved armoured columns toward the border.", ("MOBILIZE", ("RUS",), (), "asserted")),
        (
            "Putin ordered the forces to be transferred to a special mode of combat duty.",
            ("MOBILIZE", ("RUS",), (), "asserted"),
        ),
        (
            "The Federation Council gave its consent to use the armed forces abroad.",
            ("MOBILIZE", ("RUS",), (), "asserted"),
        ),
        ("Russia will add forty new missiles to its nuclear arsenal.", ("MOBILIZE", ("RUS",), (), "future")),
        ("China fired missiles into waters near Taiwan.", ("MOBILIZE", ("CHN",), ("TWN",), "asserted")),
        ("Two hundred US marines arrived in Norway for training.", ("MOBILIZE", ("USA",), (), "asserted")),
        (
            "A battalion of Russian paratroopers crossed into Georgia.",
            ("MOBILIZE", ("RUS",), ("GEO",), "asserted"),
        ),
        ("Russia's Zapad exercise will involve 13,000 troops.", ("MOBILIZE", ("RUS",), (), "future")),
        (
            "Beijing protested the passage of two US destroyers through the Taiwan Strait.",
            ("MOBILIZE", ("USA",), ("TWN",), "asserted"),
        ),
        # PROTEST: chambers stormed and buildings besieged, vigils, ships kept from berthing, street protests
        (
            "Protesters burst into the parliament building in Tbilisi.",
            ("PROTEST", ("protesters",), ("GEO",), "asserted"),
        ),
        (
            "Opposition supporters besieged the government building.",
            ("PROTEST", ("opposition",), (), "asserted"),
        ),
        ("Hundreds of students kept a vigil outside the court.", ("PROTEST", ("students",), (), "asserted")),
        (
            "Dockers and activists stopped the tanker from berthing in the port.",
            ("PROTEST", ("protesters",), (), "asserted"),
        ),
        (
            "Street protests continued in Tbilisi for a fifth night.",
            ("PROTEST", ("protesters",), ("GEO",), "asserted"),
        ),
        # probe-2 vocabulary for ACCUSE, MOBILIZE, ASSAULT, AGREE and SUPPORT, written from a broad probe set
        # ACCUSE: an act regarded or described as a threat, a risk or a breach; a mandate overstepped
        (
            "Warsaw considers the Russian military build-up near its border a threat to its security.",
            ("ACCUSE", ("POL",), ("RUS",), "asserted"),
        ),
        (
            "Latvia regards the Russian drills as a danger to the region.",
            ("ACCUSE", ("LVA",), ("RUS",), "asserted"),
        ),
        (
            "Moscow described the Estonian decision as a breach of the treaty.",
            ("ACCUSE", ("RUS",), ("EST",), "asserted"),
        ),
        (
            "The United States went far beyond its mandate in Libya, Lavrov said.",
            ("ACCUSE", ("RUS",), ("USA",), "asserted"),
        ),
        # MOBILIZE: aircraft nearing an airspace or entering an air-defence zone
        (
            "Russian fighters approached Danish airspace over the Baltic Sea.",
            ("MOBILIZE", ("RUS",), ("DNK",), "asserted"),
        ),
        (
            "Chinese jets entered Japan's air defence identification zone.",
            ("MOBILIZE", ("CHN",), ("JPN",), "asserted"),
        ),
        # ASSAULT: missiles fired at a target, a place subjected to fire, strikes that destroyed
        ("Iran fired missiles at Israeli military bases.", ("ASSAULT", ("IRN",), ("ISR",), "asserted")),
        (
            "Russian forces subjected Kharkiv to heavy artillery fire.",
            ("ASSAULT", ("RUS",), ("UKR",), "asserted"),
        ),
        (
            "Israeli airstrikes destroyed a Hamas command centre in Gaza.",
            ("ASSAULT", ("ISR",), ("HAMAS",), "asserted"),
        ),
        # AGREE: concurring, openness to signing, commitment to implementation, an accord told in the passive
        (
            "Armenia and Iran concurred on the need to reopen the border crossing.",
            ("AGREE", ("ARM", "IRN"), (), "asserted"),
        ),
        (
            "Georgia remains open to signing a document with Russia.",
            ("AGREE", ("GEO",), ("RUS",), "asserted"),
        ),
        (
            "Finland and Estonia reaffirmed their commitment to the implementation of the agreement.",
            ("AGREE", ("FIN", "EST"), (), "asserted"),
        ),
        (
            # an accord reached by a list of sides is all of theirs (s21-actors; gold: "signed ... by A and B")
            "An agreement on gas transit was reached in Brussels by Russia and Ukraine.",
            ("AGREE", ("RUS", "UKR"), (), "asserted"),
        ),
        # SUPPORT: a high assessment, a shared position, sympathies offered
        (
            "Germany gave a high assessment of Poland's role in the coalition.",
            ("SUPPORT", ("DEU",), ("POL",), "asserted"),
        ),
        (
            "Serbia fully shares the position of Russia on Kosovo.",
            ("SUPPORT", ("SRB",), ("RUS",), "asserted"),
        ),
        (
            "The Czech President offered his sympathies to the people of Turkey.",
            ("SUPPORT", ("CZE",), ("TUR",), "asserted"),
        ),
        # probe-1 wording for AID, COOPERATE, CONCEDE and RETREAT, found by a broad probe set of wire,
        # alliance and ministry sentences
        # AID: kit shipped or rushed, money deposited in a central bank, dollars announced in weapons, a named
        # weapon system inside a nominal delivery, aid sent in the passive
        ("Spain shipped 20 armoured vehicles to Ukraine.", ("AID", ("ESP",), ("UKR",), "asserted")),
        (
            "Turkey rushed relief material to Syria after the earthquake.",
            ("AID", ("TUR",), ("SYR",), "asserted"),
        ),
        ("Qatar deposited $2 billion in Egypt's central bank.", ("AID", ("QAT",), ("EGY",), "asserted")),
        (
            "The Pentagon announced $300 million in weapons for Ukraine.",
            ("AID", ("USA",), ("UKR",), "asserted"),
        ),
        (
            "Russia's provision of Iskander launchers to Belarus alarmed Warsaw.",
            ("AID", ("RUS",), ("BLR",), "asserted"),
        ),
        ("Weapons were delivered to Ukraine by Britain.", ("AID", ("GBR",), ("UKR",), "asserted")),
        # COOPERATE: trade settled in national currencies, payment systems linked, operations coordinated,
        # a base let for use, a trade agreement between two sides entering into force
        ("Russia and India began settling trade in rupees.", ("COOPERATE", ("RUS", "IND"), (), "asserted")),
        ("China and Russia linked their payment systems.", ("COOPERATE", ("CHN", "RUS"), (), "asserted")),
        (
            "Iraqi and Syrian forces coordinated operations against militants near the border.",
            ("COOPERATE", ("IRQ", "SYR"), (), "asserted"),
        ),
        (
            "Tajikistan let Russian aircraft use the Ayni airfield.",
            ("COOPERATE", ("TJK",), ("RUS",), "asserted"),
        ),
        (
            "The free trade agreement between Russia and Serbia entered into force in July.",
            ("COOPERATE", ("RUS", "SRB"), (), "asserted"),
        ),
        # CONCEDE: delisting from a terrorism list, laws repealed and bills dropped, a price rise cancelled,
        # a veto ended, a suspension lifted, operations scaled back
        (
            "Washington removed Cuba from its list of state sponsors of terrorism.",
            ("CONCEDE", ("USA",), ("CUB",), "asserted"),
        ),
        (
            "The government of Nepal repealed the laws after the protests.",
            ("CONCEDE", ("NPL",), ("protesters",), "asserted"),
        ),
        ("Georgia dropped the foreign agents bill.", ("CONCEDE", ("GEO",), (), "asserted")),
        (
            "The Ecuadorean government cancelled the fuel price rise after the protests.",
            ("CONCEDE", ("ECU",), ("protesters",), "asserted"),
        ),
        ("Greece ended its veto of Macedonia's accession.", ("CONCEDE", ("GRC",), ("MKD",), "asserted")),
        ("Mali's junta lifted the suspension of political parties.", ("CONCEDE", ("MLI",), (), "asserted")),
        ("Russia said it would scale back operations near Kyiv.", ("CONCEDE", ("RUS",), ("UKR",), "future")),
        # RETREAT: a resignation announced, systems removed, a district returned, a brigade that left, a
        # pastor released, assets unfrozen
        ("The Serbian prime minister announced his resignation.", ("RETREAT", ("SRB",), (), "asserted")),
        ("Moscow removed its S-300 systems from Syria.", ("RETREAT", ("RUS",), ("SYR",), "asserted")),
        ("Armenia returned the Lachin district to Azerbaijan.", ("RETREAT", ("ARM",), ("AZE",), "asserted")),
        ("The last US brigade left Iraq on Thursday.", ("RETREAT", ("USA",), ("IRQ",), "asserted")),
        ("Iran released the American pastor.", ("RETREAT", ("IRN",), ("USA",), "asserted")),
        (
            "The US Treasury unfroze $6 billion in Iranian assets.",
            ("RETREAT", ("USA",), ("IRN",), "asserted"),
        ),
        # a verb with a particle is its own phrase: "carry out" and "wrap up" are not alternatives of one word
        ("Britain began air strikes in Libya on Saturday.", ("ASSAULT", ("GBR",), ("LBY",), "asserted")),
        ("France carried out airstrikes on Mali on Friday.", ("ASSAULT", ("FRA",), ("MLI",), "asserted")),
        (
            "Armenia and Azerbaijan concluded a round of talks in Moscow.",
            ("CONSULT", ("ARM", "AZE"), (), "asserted"),
        ),
        ("Serbia and Kosovo wrapped up talks in Brussels.", ("CONSULT", ("SRB", "kosovo"), (), "asserted")),
        # "X and its <capitalised> allies": the side named acts
        (
            "Saudi Arabia and its Arab allies bombed Houthi positions.",
            ("ASSAULT", ("SAU",), ("HOUTHIS",), "asserted"),
        ),
        # --- nominal-ev: acts told as noun phrases, their doer the owner, the "by" agent or the state named inside
        # whose airspace or border is closed closes it; an agent the dictionary does not know leaves it so
        (
            "The closure of Latvian airspace to Belarusian aircraft took effect at midnight.",
            ("SANCTION", ("LVA",), ("BLR",), "asserted"),
        ),
        (
            "The closing of the Finnish border with Russia was decided by the government on Tuesday.",
            ("SANCTION", ("FIN",), ("RUS",), "asserted"),
        ),
        # the ambassador's state recalls; a battalion named by the alliance's acronym is the alliance's
        (
            "The recall of the Italian ambassador from Paris was seen as a sign of protest.",
            ("SANCTION", ("ITA",), ("FRA",), "asserted"),
        ),
        (
            "The deployment of new NATO brigades to Romania, agreed by the ministers, begins in spring.",
            ("MOBILIZE", ("NATO",), (), "asserted"),
        ),
        # a proposal accepted, a pledge to "the EU"
        (
            "Armenia's acceptance of the Russian proposal for a truce was announced late on Sunday.",
            ("AGREE", ("ARM",), ("RUS",), "asserted"),
        ),
        (
            "Moldova's pledge to the EU to reform the judiciary was welcomed in Brussels.",
            ("AGREE", ("MDA",), ("EU",), "asserted"),
        ),
        # a treaty ratified, told as a noun with its owner
        (
            "Kazakhstan's ratification of the pipeline agreement was completed last week.",
            ("SUPPORT", ("KAZ",), (), "asserted"),
        ),
        # a veto lifted, a ban reversed, seized ships given back
        (
            "Bulgaria's lifting of its veto on North Macedonia's talks opened the way to accession.",
            ("CONCEDE", ("BGR",), ("MKD",), "asserted"),
        ),
        (
            "The reversal of the ban on Polish meat by Moscow was announced on Friday.",
            ("CONCEDE", ("RUS",), ("POL",), "asserted"),
        ),
        (
            "The return of the seized Georgian ships to Tbilisi by Russia ended the incident.",
            ("RETREAT", ("RUS",), ("GEO",), "asserted"),
        ),
        # a passive phrase with its own "by": the one after "by" condemns the subject or the act's owner
        ("Georgia was condemned by the OSCE.", ("ACCUSE", ("OSCE",), ("GEO",), "asserted")),
        (
            "Belarus's suspension of its membership in the treaty was condemned by Lithuania.",
            ("ACCUSE", ("LTU",), ("BLR",), "asserted"),
        ),
        # "in the strongest possible terms" is no possibility
        (
            "The United States condemns in the strongest possible terms the arrest of the American journalist"
            " by Russia.",
            ("COERCE", ("RUS",), ("USA",), "asserted"),
        ),
        # --- a possessive "'s" is no "is"
        # a possessive "'s" is no "is": the passive judgement's agent judges, the act's owner is judged
        ("Israel's raid on Syria was condemned by Russia.", ("ACCUSE", ("RUS",), ("ISR",), "asserted")),
        ("Turkey's offensive in Syria was criticised by France.", ("ACCUSE", ("FRA",), ("TUR",), "asserted")),
    ],
)
def test_wording_of_wire_copy_and_statements_codes_its_event(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...], str]
) -> None:
    """Ways wire copy and official statements word an event (the lex-6, probe-1 and probe-2 vocabularies
    among them): the sentence codes the expected (event, source, target, polarity)."""
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # naval boats sent are no aid; a declaration one side adopts to make a demand is no accord
        ("Britain sent two navy patrol boats to Jersey.", "AID"),
        ("The Moldovan parliament adopted a declaration calling on Russia to withdraw its troops.", "AGREE"),
        ("The letter was handed over to the Ukrainian side.", "RETREAT"),
        ("Washington said it would lift the pause on intelligence sharing and resume talks.", "AID"),
        # the probe-2 phrases leave look-alikes alone
        # missiles fired into the sea in an exercise are a show of force, not an attack
        ("Israel fired missiles into the sea during the exercise.", "ASSAULT"),
        # an accord signed is an endorsement, not (only) an agreement reached
        ("An agreement on gas transit was signed in Brussels by Russia and Ukraine.", "AGREE"),
        # infrastructure approaching borders is a complaint, not aircraft nearing an airspace
        ("We are concerned about military infrastructure approaching our borders.", "MOBILIZE"),
        # a lifted suspension and an ended veto are concessions, not the suspension or the veto
        ("Mali's junta lifted the suspension of political parties.", "SANCTION"),
        ("Greece ended its veto of Macedonia's accession.", "REJECT"),
        # --- probe-3: its phrases and gap stops leave look-alikes alone
        # a pull-back done under a deal leaves no deal
        (
            "Ukrainian troops are withdrawing from the bridgehead under the deal brokered by Turkey.",
            "SANCTION",
        ),
        # easing restrictions announces none; ending a veto of aid ends no aid
        ("Tokyo announced it would ease restrictions on Chinese tourists.", "SANCTION"),
        ("Hungary ended its veto of the EU's aid package for Ukraine.", "SANCTION"),
        # a licence plate rule is not a licence
        ("The city council suspended the licence plate rule for electric cars.", "COERCE"),
        # a currency rallies without a crowd
        ("The rouble rallied against the euro on Monday.", "PROTEST"),
        # --- multi: the coordination rules leave a governed complement governed
        # a coordinated participle inside the object stays governed ("and armed groups")
        ("NATO urged Russia to withdraw its forces and armed groups from Georgia.", "MOBILIZE"),
        # inside a "that" clause the second verb stays part of the allegation's content
        ("Kiev alleged that Moscow had massed troops and moved tanks to the border.", "MOBILIZE"),
        # --- nominal-ev: a noun act that is only a topic or a possibility codes nothing
        # an act named as a question, a possibility, a subject of information or a ceremony attended
        ("The issue of the return of Georgian hostages was raised by the delegation.", "RETREAT"),
        ("The question of a possible deployment of peacekeepers to Ukraine was not discussed.", "MOBILIZE"),
        ("The Kremlin has no information about the transfer of German tanks to Ukraine.", "AID"),
        ("The minister attended the signing of an agreement between Serbia and Hungary.", "SUPPORT"),
        # forces named "Allied" are the troops, not an owner
        (
            "The build-up of Allied forces on the eastern flank was a direct threat, the spokesman said.",
            "MOBILIZE",
        ),
    ],
)
def test_look_alikes_code_no_such_event(text: str, absent: str) -> None:
    """Sentences worded like an event's phrase that do not report that event."""
    assert absent not in {e.event.value for e in code_sentence(text, date=PUB)}


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        # evaluations of an actor's act, told without a verb of blame
        ("Belarus's closure of the border crossings threatens regional stability.", "POL", ("POL", ("BLR",))),
        ("Kyiv's ban on the church would cause grave damage to relations.", "RUS", ("RUS", ("UKR",))),
        ("The vote shows that the Alliance has no interest in equal dialogue.", "RUS", ("RUS", ("NATO",))),
        (
            "Minsk held the referendum in blatant breach of the constitution and the law.",
            "LTU",
            ("LTU", ("BLR",)),
        ),
        ("The villages suffered atrocities by the Serbian army for years.", "ALB", ("ALB", ("SRB",))),
        (
            "The missile launch is the sort of provocation we have learnt to expect from Pyongyang.",
            "JPN",
            ("JPN", ("PRK",)),
        ),
        ("Estonia said Russia had deliberately concealed the scale of the drills.", None, ("EST", ("RUS",))),
        ("Ottawa concluded that an Iranian missile downed the airliner.", "CAN", ("CAN", ("IRN",))),
        # an act judged by its sentence: the clause's sayer, a pronoun standing for the act
        (
            "Vilnius said the Russian manoeuvres near the border were a deliberate escalation.",
            None,
            ("LTU", ("RUS",)),
        ),
        (
            "We watched the NATO enlargement closely; frankly, it is a grave provocation.",
            "RUS",
            ("RUS", ("NATO",)),
        ),
        (
            "The minister said it was unacceptable that Armenia and Azerbaijan had let the dispute escalate.",
            "EU",
            ("EU", ("ARM", "AZE")),
        ),
    ],
)
def test_evaluations_of_an_act_accuse_its_doer(
    text: str, speaker: str | None, expected: tuple[str, tuple[str, ...]]
) -> None:
    kwargs = {"speaker": speaker} if speaker else {}
    accusations = [
        (e.source, e.target) for e in code_sentence(text, date=PUB, **kwargs) if e.event is EventType.ACCUSE
    ]
    assert accusations and accusations[0][1] == expected[1]
    assert accusations[0][0] == (expected[0],)


@pytest.mark.parametrize(
    "text",
    [
        "We must avoid any provocation on the border.",
        "The Alliance is not a threat to anyone.",
        "Terrorism remains a threat to the whole region.",
        "It is important that Armenia and Azerbaijan keep talking.",
        "It is unacceptable that Syrian civilians were killed in the strike.",
    ],
)
def test_no_accusation_in_neutral_uses(text: str) -> None:
    assert not any(
        e.event is EventType.ACCUSE and e.target for e in code_sentence(text, date=PUB, speaker="NATO")
    )


@pytest.mark.parametrize(
    "text",
    [
        # another sense of the trigger word
        "The army seized power in Niger on Wednesday.",
        "The generals moved quickly to seize the initiative in the talks.",
        "The new envoy will take over as head of the mission in May.",
        "The UN allowed the monitors to take over in the province on Friday.",
        "Serbian troops occupying the village let the aid convoy through.",
        "What the satellites show is restricted movement of a few vehicles.",
        # a place in the gap is not the object
        "The last Serbian units left the town, locking the gate at the old border crossing.",
        # a purpose of forces sent, an act done to protest, a topic of another act
        "Moscow sent paratroopers into Kazakhstan to help the government crush the unrest.",
        "Lorry drivers blocked the motorway to protest against fuel prices.",
        "The Council referred the crackdown on protesters in Sudan to the court.",
        # a description of people, not a new arrest
        "The two French nationals detained in Tehran were flown back to Paris.",
        "Belarus executed a man convicted over the railway sabotage.",
        "The sailors who had been detained at the port were released on Monday.",
        # a threatened arrest is part of the threat
        "Harare warned that farmers who stayed would be arrested and prosecuted.",
    ],
)
def test_what_is_no_coercion(text: str) -> None:
    assert not any(
        e.event is EventType.COERCE and e.polarity is Polarity.ASSERTED for e in code_sentence(text, date=PUB)
    )


def test_people_captured_in_an_attack_are_part_of_the_assault() -> None:
    events = code_sentence("Hamas gunmen killed two Israeli soldiers and captured three others.", date=PUB)
    assert [e.event for e in events] == [EventType.ASSAULT]
    kept = code_sentence("Serbian forces captured the town of Vukovar.", date=PUB)
    assert [e.event for e in kept] == [EventType.COERCE]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a spoken act joined by "and" after a reported clause belongs to the reporter, in the same verb form
        ("NATO said that Russia had violated the treaty and urged Moscow to comply.", ("NATO",), ("RUS",)),
        (
            "Allies agree that Russia is in breach of the treaty, and call on Russia to comply.",
            ("NATO",),
            ("RUS",),
        ),
        ("Germany believes that Iran is enriching uranium and urges Tehran to stop.", ("DEU",), ("IRN",)),
        (
            "Japan stated that China had entered its waters and demanded that Beijing withdraw.",
            ("JPN",),
            ("CHN",),
        ),
    ],
)
def test_a_spoken_act_after_a_reported_clause_is_the_reporters(
    text: str, source: tuple[str, ...], target: tuple[str, ...]
) -> None:
    found = [(e.source, e.target) for e in code_sentence(text, date=PUB) if e.event is EventType.REQUEST]
    assert found == [(source, target)]


@pytest.mark.parametrize(
    ("text", "event", "source"),
    [
        # an act done in the world stays with the reported clause's subject
        (
            "Kyiv said Russian forces had massed near the border and shelled Kharkiv overnight.",
            "ASSAULT",
            ("RUS",),
        ),
        # an "and" inside a subordinate clause of the report joins that clause
        (
            "Mr Putin said that when Washington settled its priorities and offered Russia new talks, dialogue "
            "would resume.",
            "AGREE",
            ("USA",),
        ),
    ],
)
def test_acts_inside_a_reported_clause_keep_its_subject(
    text: str, event: str, source: tuple[str, ...]
) -> None:
    found = [e.source for e in code_sentence(text, date=PUB) if e.event.value == event]
    assert found and found[0] == source


@pytest.mark.parametrize(
    ("text", "event", "target"),
    [
        # people hit by a crackdown named by a pronoun, a gathering, a place, a relative clause or a group word
        # a pronoun patient stands for those who protested earlier in the sentence
        (
            "Crowds marched through Minsk against the election result, and hundreds of them were arrested by the police.",
            "COERCE",
            ("protesters",),
        ),
        (
            "Thousands rallied in Yerevan on Friday, and riot police used batons to disperse them.",
            "COERCE",
            ("protesters",),
        ),
        # a gathering broken up: its marchers, or the opposition at its own rally
        (
            "Riot police in Baku broke up a peaceful march in the city centre on Saturday.",
            "COERCE",
            ("protesters",),
        ),
        ("Police arrested 200 people at an opposition rally in central Minsk.", "COERCE", ("opposition",)),
        # the state where things were seized, or whose things an object relative clause names
        (
            "Gunmen seized government buildings in two towns of eastern Ukraine on Saturday.",
            "COERCE",
            ("UKR",),
        ),
        (
            "Kyiv demands the return of the Ukrainian vessels that Russia seized last week.",
            "COERCE",
            ("UKR",),
        ),
        # groups coded by what they are: outlets acted on, smuggling rings
        ("Belarus blocked access to Twitter and several independent news websites.", "COERCE", ("media",)),
        (
            "Spanish police arrested nine members of a drug-smuggling ring in Malaga.",
            "COERCE",
            ("criminals",),
        ),
        (
            "A court in Cairo sentenced four Al Jazeera journalists to three years in prison.",
            "COERCE",
            ("media",),
        ),
        # condemning, rejecting or recognising an act whose doer the sentence names aims at the doer
        (
            "Lithuania condemned in the strongest terms the arrest of two Lithuanian citizens by Belarusian security services.",
            "ACCUSE",
            ("BLR",),
        ),
        (
            "Latvia will never recognise the annexation of the Kherson and Zaporizhzhia regions, which Moscow proclaimed last week.",
            "REJECT",
            ("RUS",),
        ),
        ("Nicaragua recognised the annexation of Crimea by Russia.", "SUPPORT", ("RUS",)),
        ("The EU's ban on broadcasting RT is outright censorship, the ministry said.", "ACCUSE", ("EU",)),
    ],
)
def test_target_named_otherwise_or_by_the_act(text: str, event: str, target: tuple[str, ...]) -> None:
    """The target of an act found beyond its object: the people a crackdown hits named by a pronoun, a
    gathering, a place, a relative clause or a group word, and the doer of an act condemned, rejected or
    recognised."""
    assert target in [e.target for e in code_sentence(text, date=PUB) if e.event.value == event]


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        # THREATEN: wrongs that will not go unpunished, legitimate targets, deserved punishment
        ("We will not allow this crime to go unpunished.", "RUS", ("THREATEN", ("RUS",), (), "asserted")),
        (
            "Western arms shipments are a legitimate target for our armed forces.",
            "RUS",
            ("THREATEN", ("RUS",), ("WEST",), "asserted"),
        ),
        (
            "Those responsible will receive the punishment they deserve.",
            "RUS",
            ("THREATEN", ("RUS",), (), "asserted"),
        ),
    ],
)
def test_lex6_threats_voiced_as_we(
    text: str, speaker: str, expected: tuple[str, tuple[str, ...], tuple[str, ...], str]
) -> None:
    """lex-6 THREATEN wording in official statements; ``speaker`` stands for the statement's speaker, the
    sayer being "we" or unnamed."""
    assert expected in triples(text, speaker=speaker)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # never recognising an annexation codes the refusal and leaves the annexation to be coded too
        (
            "NATO Allies will never recognise Russia's illegal annexation of Crimea.",
            {"REJECT", "COERCE"},
            None,
        ),
        # a contingent of doctors arriving to help is aid, not a deployment
        ("A contingent of Cuban doctors arrived in Italy to help local hospitals.", set(), "MOBILIZE"),
    ],
)
def test_lex6_wording_leaves_other_events(text: str, present: set[str], absent: str | None) -> None:
    """The new phrases do not swallow a neighbouring event's trigger nor code aid as a deployment."""
    types = {e.event.value for e in code_sentence(text, date=PUB)}
    assert present <= types
    assert absent is None or absent not in types


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        # the "by X" agent inside a gapped phrase: "was asked by X to", "was warned by X of"
        (
            "Romania was asked by Moldova to help secure its power supply.",
            "",
            ("REQUEST", ("MDA",), ("ROU",), "asserted"),
        ),
        (
            "Estonia was warned by Moscow of a harsh response to the removal of the monument.",
            "",
            ("THREATEN", ("RUS",), ("EST",), "asserted"),
        ),
        # "we expect our partners to ...", a threat by someone to do something
        (
            "We expect our French partners to explain their position.",
            "RUS",
            ("REQUEST", ("RUS",), ("FRA",), "asserted"),
        ),
        (
            "The threat by Lukashenko to cut gas transit alarmed Brussels.",
            "",
            ("THREATEN", ("BLR",), (), "asserted"),
        ),
        # "by video link" is the means, not a passive agent
        (
            "The Czech ministers conferred by video link with their Slovak counterparts.",
            "",
            ("CONSULT", ("CZE",), ("SVK",), "asserted"),
        ),
        # an import ban: the plural after "banned" is its object, not a verb
        ("Japan banned imports of Russian coal.", "", ("SANCTION", ("JPN",), ("RUS",), "asserted")),
        (
            "Sweden suspended export licences for arms sales to Turkey.",
            "",
            ("SANCTION", ("SWE",), ("TUR",), "asserted"),
        ),
        (
            "The Council of Europe suspended Russia's rights of representation.",
            "",
            ("SANCTION", ("COE",), ("RUS",), "asserted"),
        ),
        ("Finland asked the Russian ambassador to leave.", "", ("SANCTION", ("FIN",), ("RUS",), "asserted")),
        (
            "Berlin placed the Russian-owned refinery under trusteeship.",
            "",
            ("COERCE", ("DEU",), ("RUS",), "asserted"),
        ),
        (
            "A Moscow court ordered the arrest of the Lithuanian judge.",
            "",
            ("COERCE", ("RUS",), ("LTU",), "asserted"),
        ),
        (
            "A Russian court ordered the detention in absentia of two Estonian journalists.",
            "",
            ("COERCE", ("RUS",), ("EST",), "asserted"),
        ),
        # a boycott of an institution, a walkout from a hall
        (
            "The Georgian opposition announced a boycott of parliament.",
            "",
            ("PROTEST", ("opposition",), (), "asserted"),
        ),
        (
            "The Polish delegation walked out of the hall during the Russian speech.",
            "",
            ("PROTEST", ("POL",), ("RUS",), "asserted"),
        ),
        # a host greeting a guest where they meet; a visitor there "for talks with"
        ("Orban welcomed Erdogan in Budapest.", "", ("CONSULT", ("HUN",), ("TUR",), "asserted")),
        (
            "Lavrov was in Beijing on Friday for talks with Wang Yi.",
            "",
            ("CONSULT", ("RUS",), ("CHN",), "asserted"),
        ),
    ],
)
def test_probe3_request_reject_threaten_protest_sanction_coerce_consult_wording(
    text: str, speaker: str, expected: tuple[str, tuple[str, ...], tuple[str, ...], str]
) -> None:
    """probe-3 wording for REQUEST, THREATEN, PROTEST, SANCTION, COERCE and CONSULT, found by a probe set of
    ministry, alliance and wire sentences."""
    kwargs = {"speaker": speaker} if speaker else {}
    assert expected in triples(text, **kwargs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coordinated finite verb ends the first verb's reach: the agreement is not the demand's cover
        (
            "The ministers agreed a new action plan for the Black Sea and called on Moscow to free the "
            "detained crews.",
            {"AGREE", "REQUEST"},
        ),
        # an "after" clause right after the phrase is its own clause, not the agreement's content
        (
            "Yerevan agreed to a truce after Azerbaijani troops captured the village of Talish.",
            {"AGREE", "COERCE"},
        ),
        ("Georgia agreed to talks after the Russian foreign minister visited Tbilisi.", {"AGREE", "CONSULT"}),
        # a gap never spans "and" + a finite verb: "warned" is not swallowed by a longer phrase
        (
            "The Kremlin ordered a halt to military operations in Chechnya and warned the rebels against new "
            "attacks.",
            {"THREATEN"},
        ),
    ],
)
def test_multi_second_event_of_a_coordinated_or_after_clause(text: str, expected: set[str]) -> None:
    """multi: the second event of a sentence with two verbs is not hidden by the first one's reach."""
    assert expected <= {e.event.value for e in code_sentence(text, date=PUB)}
