"""The coder's stages one by one: tokens and spellings, phrase matching, polarity, event dates, actor units."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import patterns as pt
from detente.coding.actors import load_dictionary
from detente.coding.coder import actor_units, resolve_speaker
from detente.coding.eventdates import event_date, find_dates
from detente.coding.ontology import EventType, Polarity
from detente.coding.polarity import intent_before, polarity_of
from detente.errors import InputError
from detente.model import Precision

PUB = dt.date(2015, 5, 19)  # a Tuesday


# --- tokens, spelling, inflection -----------------------------------------------------------------


def test_tokenize_offsets_and_contractions() -> None:
    text = "He didn't criticize Russia's defense programs."
    tokens = pt.tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.norm for t in tokens] == [
        "he", "did", "n't", "criticise", "russia", "'s", "defence", "programmes", ".",
    ]  # fmt: skip
    # a dotted abbreviation is one word, so phrases can reach past it ("allowed a single U.N. aid convoy")
    text = "The U.S. and the U.N. met in Washington, D.C. today."
    tokens = pt.tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.text for t in tokens] == [
        "The", "U.S.", "and", "the", "U.N.", "met", "in", "Washington", ",", "D.C.", "today", ".",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("us", "uk"),
    [
        ("criticized", "criticised"),
        ("favor", "favour"),
        ("canceled", "cancelled"),
        ("stabilization", "stabilisation"),
    ],
)
def test_canon_meets_both_spellings(us: str, uk: str) -> None:
    assert pt.canon(us) == pt.canon(uk)


def test_inflect_regular_and_irregular() -> None:
    assert {"urge", "urges", "urged", "urging"} <= pt.inflect("urge")
    assert {"meet", "meets", "meeting", "met"} <= pt.inflect("meet", {"meet": ["met"]})
    assert {"ban", "banned", "banning"} <= pt.inflect("ban")
    assert {"criticise", "criticises", "criticised"} <= pt.inflect("criticize")
    assert {"agree", "agrees", "agreed", "agreeing"} <= pt.inflect("agree")
    assert {"guarantee", "guaranteed", "guaranteeing"} <= pt.inflect("guarantee")
    assert {"tie", "tied", "tying"} <= pt.inflect("tie")
    assert "agreeed" not in pt.inflect("agree")


# --- phrases and triggers -------------------------------------------------------------------------


def test_phrase_syntax_gap_alternatives_and_actor_slot() -> None:
    data = {
        "rule": [
            {"event": "SANCTION", "mode": "discontinue", "verbs": ["suspend * cooperation|ties"]},
            {"event": "MOBILIZE", "mode": "weapons", "nouns": ["violations of X airspace"]},
        ]
    }
    pats = pt.parse_patterns(data)
    tokens = pt.tokenize("NATO suspended all practical cooperation with Russia")
    [match] = pats.find(tokens)
    assert (match.rule.event, match.rule.mode, match.start, match.end) == (
        EventType.SANCTION,
        "discontinue",
        1,
        5,
    )
    tokens = pt.tokenize("violations of Turkish airspace")
    [match] = pats.find(tokens, {2: 4})  # the actor "Turkish airspace" covers tokens 2-3
    assert match.slot == (2, 4) and match.end == 4
    assert pats.find(pt.tokenize("violations of airspace")) == []


def test_longest_overlapping_trigger_wins() -> None:
    pats = pt.load_patterns()
    tokens = pt.tokenize("NATO decided to suspend all practical cooperation with Russia")
    triggers = pt.find_triggers(tokens, {}, pats)
    assert [t.match.rule.event for t in triggers] == [EventType.SANCTION]


def test_governed_acts_and_time_markers_are_not_triggers() -> None:
    pats = pt.load_patterns()
    tokens = pt.tokenize("He called on Russia to withdraw its troops")
    assert [t.match.rule.event for t in pt.find_triggers(tokens, {}, pats)] == [EventType.REQUEST]
    tokens = pt.tokenize("on the eve of talks with Russia")
    assert pt.find_triggers(tokens, {}, pats) == []


def test_nouns_are_not_taken_for_verbs() -> None:
    pats = pt.load_patterns()
    for text in ("a pause in the bombing", "the step enjoyed such support", "advised against travel"):
        events = {t.match.rule.event for t in pt.find_triggers(pt.tokenize(text), {}, pats)}
        assert (
            EventType.ASSAULT not in events
            and EventType.SUPPORT not in events
            and EventType.CONSULT not in events
        )


def test_bad_pattern_data_raises_input_error() -> None:
    with pytest.raises(InputError):
        pt.parse_patterns({"rule": [{"event": "HUG", "verbs": ["hug"]}]})
    with pytest.raises(InputError):
        pt.parse_patterns({"rule": [{"event": "AID", "verbs": ["* help"]}]})
    with pytest.raises(InputError):
        pt.parse_patterns({})
    with pytest.raises(InputError, match="subject must be actor, topic, accused, meeting or blamed"):
        pt.parse_patterns({"rule": [{"event": "CONSULT", "verbs": ["discuss"], "subject": "object"}]})
    rule = pt.parse_patterns(
        {"rule": [{"event": "CONSULT", "verbs": ["discuss"], "subject": "topic"}]}
    ).rules[0]
    assert rule.topic_subject


# --- polarity -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Russia met NATO", "met", Polarity.ASSERTED),
        ("Russia did not meet NATO", "meet", Polarity.NEGATED),
        ("Russia didn't meet NATO", "meet", Polarity.NEGATED),
        ("Lavrov refused to meet Stoltenberg", "meet", Polarity.NEGATED),
        ("Russia will meet NATO", "meet", Polarity.FUTURE),
        ("Russia is to meet NATO", "meet", Polarity.FUTURE),
        ("Russia will not meet NATO", "meet", Polarity.NEGATED),
        ("Russia would meet NATO", "meet", Polarity.HYPOTHETICAL),
        ("If Russia attacks Estonia, NATO will respond", "attacks", Polarity.HYPOTHETICAL),
        ("Neither Russia nor Belarus attacked", "attacked", Polarity.NEGATED),
    ],
)
def test_polarity(text: str, verb: str, expected: Polarity) -> None:
    tokens = pt.tokenize(text)
    index = next(i for i, t in enumerate(tokens) if t.text == verb)
    assert polarity_of(tokens, index, pt.load_patterns()) is expected


def test_intent_cue() -> None:
    tokens = pt.tokenize("Russia is ready to further cooperate with NATO")
    assert intent_before(tokens, 5, pt.load_patterns())
    tokens = pt.tokenize("Russia cooperated with NATO")
    assert not intent_before(tokens, 1, pt.load_patterns())


# --- event dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("NATO decided in April 2014 to suspend cooperation", "2014-04", Precision.MONTH),
        ("met Lavrov on Tuesday (19 May 2015).", "2015-05-19", Precision.DAY),
        ("met Lavrov on Monday", "2015-05-18", Precision.DAY),
        ("met Lavrov on Tuesday", "2015-05-19", Precision.DAY),
        ("signed on May 4, 2012", "2012-05-04", Precision.DAY),
        ("signed on 4 March", "2015-03-04", Precision.DAY),
        ("last year", "2014", Precision.YEAR),
        ("last month", "2015-04", Precision.MONTH),
        ("yesterday", "2015-05-18", Precision.DAY),
        ("in 2008 Russia attacked Georgia", "2008", Precision.YEAR),
        ("no date here", "2015-05-19", Precision.DAY),
        ("the 1994 genocide", "2015-05-19", Precision.DAY),
        ("Russia may attack", "2015-05-19", Precision.DAY),
        # when the last such meeting was, not this one: the publication date (or another stated date) wins
        ("the Council met for the first time since June 2014", "2015-05-19", Precision.DAY),
        ("they met on Monday for the first time since 2014", "2015-05-18", Precision.DAY),
        ("the first talks between the two since April 2014", "2015-05-19", Precision.DAY),
        # a season names its year
        ("formal meetings resumed in spring 2009", "2009", Precision.YEAR),
        ("in the autumn of 1998 the talks began", "1998", Precision.YEAR),
        # a period begun at a date still dates it when nothing says "first"
        ("cooperation has been suspended since April 2014", "2014-04", Precision.MONTH),
    ],
)
def test_event_date(text: str, iso: str, precision: Precision) -> None:
    value = event_date(text, PUB)
    assert (value.iso(), value.precision) == (iso, precision)


def test_event_date_future_weekday_and_nearest() -> None:
    assert event_date("will meet on Friday", PUB, future=True).iso() == "2015-05-22"
    text = "After talks in March 2014, NATO suspended cooperation in April 2014."
    near = text.index("suspended")
    assert event_date(text, PUB, near=(near, near + 9)).iso() == "2014-04"
    assert find_dates("", PUB) == []
    [bad_day] = find_dates("31 February 2015", PUB)  # no such day: the month is still known
    assert (bad_day.value.iso(), bad_day.value.precision) == ("2015-02", Precision.MONTH)


def test_a_date_after_publication_is_a_deadline_not_when_an_act_happened() -> None:
    text = "Allies committed to spending five percent of GDP on defence by 2035."
    near = text.index("committed")
    assert event_date(text, PUB, near=(near, near + 9)).iso() == "2035"  # any date, as before
    done = event_date(text, PUB, near=(near, near + 9), happened=True)
    assert (done.iso(), done.precision) == ("2015-05-19", Precision.DAY)
    # dates on or before publication still date the act, and the nearest of them wins
    text = "In March 2014 NATO agreed to finish the plan by 2030."
    assert event_date(text, PUB, near=(14, 24), happened=True).iso() == "2014-03"
    # a month that begins on or before publication day is not in the future
    assert event_date("met in May 2015", PUB, happened=True).iso() == "2015-05"


# --- actor units ----------------------------------------------------------------------------------


def test_pronouns_resolve_to_the_speaker_and_unknown_names_keep_their_place() -> None:
    dictionary = load_dictionary()
    text = "I met Obiang and Lavrov."
    tokens = pt.tokenize(text)
    units = actor_units(text, tokens, dictionary.match(text, date=PUB), speaker="NATO")
    assert [(u.text, u.code, u.kind) for u in units] == [
        ("I", "NATO", "pronoun"),
        ("Obiang", None, "unknown"),
        ("Lavrov", "RUS", "person"),
    ]
    units = actor_units(text, tokens, dictionary.match(text, date=PUB), speaker=None)
    assert units[0].code is None


def test_resolve_speaker() -> None:
    dictionary = load_dictionary()
    assert resolve_speaker(dictionary, "NATO", PUB) == "NATO"
    assert resolve_speaker(dictionary, "Statement by the NATO Secretary General", PUB) == "NATO"
    assert resolve_speaker(dictionary, "'He' is the Russian Foreign Minister.", PUB) == "RUS"
    assert resolve_speaker(dictionary, "someone", PUB) is None
    assert resolve_speaker(dictionary, None, PUB) is None
    # a city naming the meeting is no speaker; the pronoun's binding and a bracketed code are
    bucharest = "Bucharest Summit Declaration; 'we' are the Allied Heads of State and Government (NATO)."
    assert resolve_speaker(dictionary, bucharest, PUB) == "NATO"
    assert resolve_speaker(dictionary, "Summit in Bucharest; 'we' are the Allies.", PUB) == "NATO"
    assert resolve_speaker(dictionary, "Press conference in Moscow; 'we' is Russia.", PUB) == "RUS"
    # a lone title bound to the pronoun is the one of the organisation named before it
    assert resolve_speaker(dictionary, "OSCE press conference; 'I' is the Secretary General.", PUB) == "OSCE"
    # a city that speaks, not one that names a meeting, still counts
    assert resolve_speaker(dictionary, "Kremlin readout of a call with the Turkish President", PUB) == "RUS"


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ({"territories": "Crimea"}, "territories must be a list"),  # a bare string, not a list
        ({"territories": ["Crimea", 7]}, "territories must be a list"),
        ({"metonyms": [""]}, "metonyms must be a list"),
        ({"regions": ["Crimea"]}, "unknown key 'regions'"),
        ("Ukraine", "must be a table"),
    ],
)
def test_bad_state_tables_raise_a_clear_error_and_leave_the_shipped_dictionary_alone(
    spec: object, message: str
) -> None:
    from detente.coding.actors import build_dictionary

    with pytest.raises(InputError, match=message):
        build_dictionary({"states": {"UKR": spec}})
    # the shipped dictionary is untouched: its territories still code as their state
    crimea = [m for m in load_dictionary().match("Russia annexed Crimea.", date=dt.date(2014, 3, 18))]
    assert [(m.text, m.code, m.kind.value) for m in crimea][-1] == ("Crimea", "UKR", "territory")


@pytest.mark.parametrize(
    "text",
    [
        "The Russian side has declared two staff members of the NATO Information Office in Moscow persona non grata.",
        "Moscow expects Estonia, Latvia and Lithuania, which joined the Alliance on 29 March, to accede to the Treaty.",
        "Allies call on Russia to reconsider its decision to suspend its participation in the New START Treaty.",
        "We will do everything possible to prevent Ukraine and Georgia from being admitted to NATO.",
    ],
)
def test_the_anchor_filter_finds_what_trying_every_phrase_finds(text: str) -> None:
    """Phrases are tried only when the words they need are in the sentence; trying every phrase at every
    token gives the same matches."""
    patterns = pt.load_patterns()
    tokens = pt.tokenize(text)
    dictionary = load_dictionary()
    units = actor_units(text, tokens, dictionary.match(text, date=dt.date(2020, 1, 1)), speaker=None)
    unit_map = {u.tok_start: u.tok_end for u in units}
    index = patterns.events
    brute = [
        (phrase.source, i, hit[0])
        for i in range(len(tokens))
        for phrase in index.phrases
        if tokens[i].norm in phrase.elements[0].words
        for hit in [pt._match_at(phrase.elements, 1, tokens, i + 1, unit_map, None)]
        if hit is not None
    ]
    found = [(m.phrase.source, m.start, m.end) for m in index.matches(tokens, unit_map)]
    assert sorted(found) == sorted(brute) and found
