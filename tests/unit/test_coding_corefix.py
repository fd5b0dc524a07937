"""Three core fixes (s32-corefix), each with cases that failed before it:

1. an overlap's winning trigger that codes nothing gives way to the best trigger it overlapped
   (:meth:`detente.coding.patterns.PatternSet.find_with_overlapped`, the fallback in ``code_sentence``);
2. a capital or city inside the name of an agreement, treaty, summit, format ... is no actor
   (``[ignore] documents`` in actors.toml);
3. ``surname_alone = false`` keeps a person's title and courtesy forms ("Mr Robertson") while the bare
   surname stays off.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.actors import build_dictionary, load_dictionary, person_actor
from detente.coding.coder import code_sentence
from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import find_triggers, load_patterns, tokenize
from detente.errors import InputError

DAY = dt.date(2016, 3, 1)


def _events(text: str, day: dt.date = DAY) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    return [
        (e.event.name, tuple(sorted(e.source)), tuple(sorted(e.target)), e.polarity.value)
        for e in code_sentence(text, date=day)
    ]


def _codes(text: str, day: dt.date = DAY) -> list[tuple[str, str | None]]:
    return [(m.text, m.code) for m in load_dictionary().match(text, date=day)]


# ------------------------------------------------------------------------ 1. overlap fallback


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ukraine refuses to implement the Minsk agreements.", ("UKR",)),
        ("Armenia refused to implement the 2020 agreements.", ("ARM",)),
        ("Serbia refused to implement the Brussels agreements.", ("SRB",)),
        ("Georgia declined to implement the Sochi agreements.", ("GEO",)),
    ],
)
def test_refusal_hidden_by_a_one_sided_mutual_act_is_coded(text: str, source: tuple[str, ...]) -> None:
    events = _events(text)
    assert [(e[0], e[1], e[3]) for e in events] == [("REJECT", source, "asserted")]


def test_refusal_without_a_name_before_the_noun_is_unchanged() -> None:
    assert [(e[0], e[1]) for e in _events("Ukraine refuses to implement the agreements.")] == [
        ("REJECT", ("UKR",))
    ]


def test_one_sided_implementation_still_codes_nothing() -> None:
    assert _events("Ukraine implemented the Minsk agreements.") == []


def test_fallback_keeps_negation_and_hypothesis() -> None:
    negated = _events("Ukraine did not refuse to implement the Minsk agreements.")
    assert [(e[0], e[3]) for e in negated] == [("REJECT", Polarity.NEGATED.value)]
    assert _events("If Ukraine refuses to implement the Minsk agreements, the talks will fail.") == []


def test_overlapped_lists_only_phrases_reaching_past_the_winner() -> None:
    patterns = load_patterns()
    tokens = tokenize("Ukraine refuses to implement the Minsk agreements.")
    (trig,) = find_triggers(tokens, {}, patterns)
    assert trig.match.rule.event is EventType.COOPERATE
    assert trig.overlapped and trig.overlapped[0].match.rule.event is EventType.REJECT
    # a phrase inside the winner is not a fallback: the winner read the same words with more around them
    found = patterns.find_with_overlapped(tokenize("an official visit to Hungary"))
    assert all(m.start <= o.start and o.end <= m.end for m, beaten in found for o in beaten) is True
    assert all(not beaten for _, beaten in found)


def test_find_is_unchanged_by_the_overlap_lists() -> None:
    patterns = load_patterns()
    tokens = tokenize("Ukraine refuses to implement the Minsk agreements.")
    assert patterns.find(tokens) == [m for m, _ in patterns.find_with_overlapped(tokens)]


# ------------------------------------------------------------------------ 2. places in document names


@pytest.mark.parametrize(
    "text",
    [
        "the Minsk Package of Measures",
        "the Minsk ceasefire agreement",
        "the Minsk-2 agreements",
        "the Minsk II agreements",
        "the Rome Declaration",
        "the Bucharest summit",
        "the Astana process",
        "the Moscow Treaty",
        "the Oslo Accords",
        "the Moscow format",
        "the Bishkek Protocol",
        "the Berlin Plus arrangements",
    ],
)
def test_place_in_a_document_name_is_no_actor(text: str) -> None:
    assert _codes(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Moscow signed the agreement.", ["RUS"]),
        ("Moscow's agreement came late.", ["RUS"]),
        ("the Moscow-Washington treaty", ["RUS", "USA"]),
        ("Minsk hosted the talks.", ["BLR"]),
        ("Moscow agreed to the plan.", ["RUS"]),
        ("Putin met Lukashenko in Minsk, the agreement says.", ["RUS", "BLR", "BLR"]),
    ],
)
def test_place_acting_or_paired_stays_an_actor(text: str, codes: list[str]) -> None:
    assert [c for _, c in _codes(text)] == codes


def test_capital_in_a_treaty_name_is_no_target() -> None:
    assert _events("Ukraine refuses to implement the Minsk Package of Measures.") == [
        ("REJECT", ("UKR",), (), "asserted")
    ]
    assert _events("Azerbaijan refused to implement the Moscow ceasefire agreement.") == [
        ("REJECT", ("AZE",), (), "asserted")
    ]


def test_documents_must_be_a_list_of_nouns() -> None:
    with pytest.raises(InputError):
        build_dictionary({"ignore": {"documents": "treaty"}})
    with pytest.raises(InputError):
        build_dictionary({"ignore": {"documents": ["treaty", ""]}})


def test_no_documents_no_rule() -> None:
    d = build_dictionary({"states": {"BLR": {"metonyms": ["Minsk"]}}})
    assert [m.code for m in d.match("the Minsk agreements", date=DAY)] == ["BLR"]


# ------------------------------------------------------------------------ 3. title forms without the bare surname


ROBERTSON_DAY = dt.date(2001, 3, 1)


@pytest.mark.parametrize("form", ["Mr Robertson", "Lord Robertson", "Secretary General Robertson"])
def test_title_forms_match_when_bare_surname_is_off(form: str) -> None:
    assert _codes(f"{form} arrived in Moscow.", ROBERTSON_DAY) == [(form, "NATO"), ("Moscow", "RUS")]


def test_courtesy_form_codes_the_event() -> None:
    assert _events("Mr Robertson visited Moscow.", ROBERTSON_DAY) == [
        ("CONSULT", ("NATO",), ("RUS",), "asserted")
    ]


def test_bare_surname_stays_off() -> None:
    assert _codes("Robertson arrived in Moscow.", ROBERTSON_DAY) == [("Moscow", "RUS")]
    assert _codes("The major powers met in May.", dt.date(2018, 3, 1)) == []


def test_month_surname_with_courtesy_or_held_title() -> None:
    day = dt.date(2018, 3, 1)
    assert _codes("Mrs May condemned the attack.", day) == [("Mrs May", "GBR")]
    assert _codes("Prime Minister May condemned the attack.", day) == [("Prime Minister May", "GBR")]
    assert all(code != "GBR" for _, code in _codes("He was sworn in as President May 7.", day))


def test_own_official_in_own_statement_stays_a_title() -> None:
    # the organisation's own Secretary General in its own text is read by title, as before (sidefix3)
    mentions = load_dictionary().match(
        "We welcome the visit of Secretary General Robertson to Moscow.", date=ROBERTSON_DAY, speaker="NATO"
    )
    assert next((m.text, m.kind.value) for m in mentions) == ("Secretary General", "title")


def test_surname_alone_false_and_empty_surname() -> None:
    off = person_actor({"name": "Jane Doe", "surname_alone": False, "roles": [["FRA", "Envoy", "", ""]]})
    assert "Doe" not in off.forms and "Ms Doe" in off.forms and "President Doe" not in off.forms
    none = person_actor({"name": "Jane Doe", "surname": "", "roles": [["FRA", "Envoy", "", ""]]})
    assert not any(form.endswith(" Doe") and form != "Jane Doe" for form in none.forms)
    assert "Doe" not in none.forms
    with pytest.raises(InputError):
        person_actor({"name": "Jane Doe", "surname_alone": "no"})


def test_courtesy_forms_never_shared_with_a_bare_surname() -> None:
    """A person whose bare surname is off takes no courtesy form another person's bare surname gives: "Mr
    Sargsyan" must not turn ambiguous (and unresolved) between two namesakes of different bodies."""
    people = [a for a in load_dictionary().actors if a.kind.value == "person"]
    bare = {form: a.name for a in people for form in a.forms if " " not in form}
    for a in people:
        for form in a.forms:
            prefix, _, surname = form.partition(" ")
            if prefix in ("Mr", "Mrs", "Ms") and surname in bare and bare[surname] != a.name:
                assert surname in a.forms, f"{a.name}: {form} is {bare[surname]}'s"


# ------------------------------------------------------------------------ bad input


@pytest.mark.parametrize(
    "text", ["", "123 456 !!", "Ukraine refuses to implement the Minsk agreements. " * 2000]
)
def test_bad_input(text: str) -> None:
    code_sentence(text, date=DAY)
    load_dictionary().match(text, date=DAY)
