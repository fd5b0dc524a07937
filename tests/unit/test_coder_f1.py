"""Subjects that include the speaker ("X and I", "X and myself", "the President and I", "together with X,
we") and the speaker labels of press-conference transcripts ("JENS STOLTENBERG:", "Q:", "MODERATOR:")."""

from __future__ import annotations

import datetime as dt

import pytest

import coded
from detente.coding.actors import load_dictionary
from detente.coding.document import code_document
from detente.coding.units import speaker_turn

DAY = dt.date(2016, 6, 14)
SG = "Press conference by the NATO Secretary General; 'I' is the Secretary General."
KREMLIN = "Vladimir Putin, President of Russia"

Triples = set[tuple[str, tuple[str, ...], tuple[str, ...]]]


def _triples(text: str, **kw: object) -> Triples:
    return coded.triples(text, DAY, **kw)


# ---------------------------------------------------------------------------- pairs with the speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "myself" joined by "and" is the speaker, on either side of the pair
        (
            "Minister Lavrov and myself agreed to keep the military channels open.",
            {("AGREE", ("NATO", "RUS"), ())},
        ),
        (
            "Myself and Foreign Minister Lavrov discussed the crisis in Syria.",
            {("CONSULT", ("NATO", "RUS"), ())},
        ),
        (
            "President Poroshenko and I discussed the reform of the armed forces.",
            {("CONSULT", ("NATO", "UKR"), ())},
        ),
        (
            "I and Foreign Minister Lavrov agreed to meet again in the autumn.",
            {("AGREE", ("NATO", "RUS"), ())},
        ),
        # a directed act keeps its target
        (
            "Chancellor Merkel and I called on Moscow to withdraw its forces.",
            {("REQUEST", ("DEU", "NATO"), ("RUS",))},
        ),
    ],
)
def test_a_pair_with_the_speaker_is_both_sides(text: str, expected: Triples) -> None:
    assert _triples(text, context=SG) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I myself discussed the reform of the armed forces with President Poroshenko.",  # an emphasis
        "I asked myself and my staff whether we had done enough for Ukraine.",  # a reflexive object
    ],
)
def test_myself_outside_a_pair_is_no_second_side(text: str) -> None:
    assert not any(len(set(src)) > 1 for _, src, _ in _triples(text, context=SG))


def test_a_demonym_colleague_joined_to_the_speaker_is_that_state() -> None:
    assert _triples("My Finnish colleague and I discussed cross-border cooperation.", context=KREMLIN) == {
        ("CONSULT", ("FIN", "RUS"), ())
    }


@pytest.mark.parametrize(
    "text",
    [
        "The President and I agreed to visit the memorial together after the press conference.",
        "Mr President and I discussed the situation in Afghanistan in detail.",
        "My colleague and I discussed the situation in Afghanistan in detail.",
        "Mr Prime Minister and I discussed the situation in Afghanistan in detail.",
    ],
)
def test_a_lone_title_joined_to_the_speaker_after_talks_is_the_other_side(text: str) -> None:
    found = _triples(text, context=KREMLIN, participants=("RUS", "KGZ"), reported_meeting=True)
    assert {(kind, src) for kind, src, _ in found} & {("AGREE", ("KGZ", "RUS")), ("CONSULT", ("KGZ", "RUS"))}
    assert not any(tgt for _, _, tgt in found)


@pytest.mark.parametrize(
    ("text", "kw"),
    [
        # no meeting of two sides known: "the President" may be anyone's
        ("The President and I discussed the situation in Afghanistan.", {}),
        ("Mr President and I discussed the situation in Afghanistan.", {}),
        ("My colleague and I discussed the situation in Afghanistan.", {}),
        # a minister is not the other head of state: it may be the speaker's own
        (
            "The Foreign Minister and I discussed the situation in Afghanistan.",
            {"participants": ("RUS", "KGZ")},
        ),
        ("The Prime Minister and I discussed the budget.", {"participants": ("RUS", "KGZ")}),
    ],
)
def test_a_title_that_may_be_the_speakers_own_names_no_second_side(text: str, kw: dict[str, object]) -> None:
    assert not any("KGZ" in src for _, src, _ in _triples(text, context=KREMLIN, **kw))


@pytest.mark.parametrize(
    "text",
    [
        "He and I discussed the situation in Ukraine.",  # "he" is no one named
        "You and I discussed the situation in Ukraine last year.",  # the interviewer
        "You and I have repeatedly discussed all these issues.",
    ],
)
def test_an_unnamed_partner_of_the_speaker_codes_nothing(text: str) -> None:
    assert _triples(text, context=SG) == set()


def test_between_the_speaker_and_another_is_no_subject_pair() -> None:
    assert _triples("There are clear differences between Minister Lavrov and me.", context=SG) == set()


@pytest.mark.parametrize(
    "text",
    [
        'Lavrov said: "Kerry and I agreed to extend the truce."',
        '"Kerry and I agreed to extend the truce," Lavrov told reporters.',
    ],
)
def test_a_third_partys_quoted_i_is_not_the_speaker(text: str) -> None:
    assert not any("NATO" in src for _, src, _ in _triples(text, context=SG))


# --------------------------------------------------------------------------- "together with X, we ..."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Together with President Erdogan, we discussed the Turkish Stream project.",
            {("CONSULT", ("RUS", "TUR"), ())},
        ),
        (
            "Together with our Turkish colleagues, we discussed the Turkish Stream project.",
            {("CONSULT", ("RUS", "TUR"), ())},
        ),
        (
            "Along with Germany, France urged Russia to withdraw its troops.",
            {("REQUEST", ("DEU", "FRA"), ("RUS",))},
        ),
    ],
)
def test_a_fronted_together_with_joins_the_subject(text: str, expected: Triples) -> None:
    assert _triples(text, context=KREMLIN) == expected


def test_together_with_inside_the_clause_before_joins_nothing() -> None:
    found = _triples(
        "Russia worked together with Germany, and France urged Russia to withdraw.", context=KREMLIN
    )
    assert ("REQUEST", ("FRA",), ("RUS",)) in found
    assert not any(src == ("DEU", "FRA") for _, src, _ in found)


# ------------------------------------------------------------------------------ a pair meets a third side


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Secretary Kerry and I will meet Minister Lavrov next week.",
            {("CONSULT", ("NATO", "USA"), ("RUS",))},
        ),
        ("Putin and Lukashenko met with Obama in New York.", {("CONSULT", ("BLR", "RUS"), ("USA",))}),
    ],
)
def test_a_pair_meeting_a_third_side_keeps_it_as_target(text: str, expected: Triples) -> None:
    assert _triples(text, context=SG) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Belarus met in Minsk.",  # a place, no third side
        "Russia and Belarus discussed Ukraine.",  # a topic, not one met
    ],
)
def test_a_pair_meeting_alone_has_no_target(text: str) -> None:
    assert {tgt for _, _, tgt in _triples(text)} == {()}


# ----------------------------------------------------------------------------- a doer named before "who"


def test_an_unknown_name_before_who_is_the_doer_not_an_actor_further_back() -> None:
    # the museum's namesake made the contribution, not the two presidents of the main clause
    text = (
        "The President and I agreed to visit the museum of Aitmatov, who made a great contribution to "
        "the development of Russian and Kyrgyz culture."
    )
    found = _triples(text, context=KREMLIN, participants=("RUS", "KGZ"), reported_meeting=True)
    assert ("AGREE", ("KGZ", "RUS"), ()) in found
    assert not any(kind == "SUPPORT" for kind, _, _ in found)


# ------------------------------------------------------------------------------- transcript speaker labels


@pytest.mark.parametrize(
    ("text", "code", "marker"),
    [
        ("NATO SECRETARY GENERAL: We condemn the attack.", "NATO", False),
        ("JENS STOLTENBERG: We call on Moscow to stop.", "NATO", False),
        ("OANA LUNGESCU (NATO Spokesperson): Good afternoon.", "NATO", False),
        ("SERGEI LAVROV: We reject this.", "RUS", False),
        ("Q: Secretary General, will NATO respond?", None, True),
        ("MODERATOR: Next question, please.", None, True),
        ("Question: Mr President, what about sanctions?", None, True),
    ],
)
def test_press_conference_labels_are_read(text: str, code: str | None, marker: bool) -> None:
    turn = speaker_turn(load_dictionary(), text, DAY)
    assert turn is not None and (turn.code, turn.marker) == (code, marker)
    assert text[turn.end - 2 : turn.end] == ": "


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW: The Kremlin said on Monday that talks would go on.",  # a dateline
        "NAIROBI, Kenya: Police arrested ten protesters.",
        "CEBU CITY: Police arrested ten protesters.",  # an unknown place
        "A: We will answer later.",  # one letter that is no known marker
        "BREAKING NEWS: Russia recalls its ambassador.",  # capitals that name no one
    ],
)
def test_capitals_that_name_no_speaker_are_no_label(text: str) -> None:
    assert speaker_turn(load_dictionary(), text, DAY) is None


def test_a_capital_label_names_the_speaker_of_the_record() -> None:
    # no context: the label alone says who "we" is
    assert _triples("JENS STOLTENBERG: We call on Russia to withdraw its forces.") == {
        ("REQUEST", ("NATO",), ("RUS",))
    }
    # the label outranks the record's context
    assert _triples("SERGEI LAVROV: We call on NATO to stop its build-up.", context=SG) == {
        ("REQUEST", ("RUS",), ("NATO",))
    }


@pytest.mark.parametrize(
    "text",
    [
        "Q: We call on Russia to withdraw its forces.",
        "MODERATOR: We call on Russia to withdraw its forces.",
    ],
)
def test_a_question_or_the_chair_is_nobodys_we(text: str) -> None:
    assert not any("NATO" in src for _, src, _ in _triples(text, context=SG))


def test_capital_labels_hold_the_floor_through_a_transcript() -> None:
    body = (
        "NATO SECRETARY GENERAL: Good afternoon. We condemn Russia's aggression against Ukraine. "
        "Q: Thank you. We condemn the United States for its sanctions. "
        "MODERATOR: Next question. We praise Russia for its restraint. "
        "SERGEI LAVROV: We call on NATO to stop its build-up."
    )
    events = code_document(
        title="Press conference", body=body, published=DAY, url="https://www.nato.int/cps/en/natohq/x.htm"
    )
    found = {(e.event["event"], tuple(e.event["source"]), tuple(e.event["target"])) for e in events}
    assert ("ACCUSE", ("NATO",), ("RUS",)) in found
    assert ("ACCUSE", ("NATO",), ("USA",)) not in found  # the journalist's "we"
    assert ("SUPPORT", ("NATO",), ("RUS",)) not in found  # the moderator's "we"
    assert ("REQUEST", ("RUS",), ("NATO",)) in found


# ---------------------------------------------------------------------- the one addressed after talks


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("Dear Sauli, thank you for the invitation to Helsinki.", "FIN"),
        ("Your Majesty, thank you for the warm welcome.", "JOR"),
        ("Mr President, thank you for the invitation.", "FIN"),
    ],
)
def test_an_address_before_thanks_is_the_one_thanked_not_the_subject(text: str, partner: str) -> None:
    found = _triples(text, context=KREMLIN, participants=("RUS", partner), reported_meeting=True)
    assert found == {("SUPPORT", ("RUS",), (partner,))}


@pytest.mark.parametrize(
    ("text", "kw"),
    [
        ("Dear friends, thank you for coming.", {}),  # an audience: no one named is thanked
        ("Your Majesty, thank you for the warm welcome.", {}),  # no meeting known: whom is not said
        ("Finland, thank you for the invitation.", {}),  # a state named is no address to drop
    ],
)
def test_an_address_with_no_known_partner_codes_nothing(text: str, kw: dict[str, object]) -> None:
    assert _triples(text, context=KREMLIN, **kw) == set()


def test_thanks_to_after_an_address_is_no_courtesy() -> None:
    found = _triples(
        "Mr Niinisto, thanks to your efforts, the talks were productive.",
        context=KREMLIN,
        participants=("RUS", "FIN"),
        reported_meeting=True,
    )
    assert ("SUPPORT", ("RUS",), ("FIN",)) not in found


def test_a_title_the_speakers_side_has_none_of_is_the_other_side() -> None:
    # NATO has no prime minister: at a joint press conference with Norway's, "the Prime Minister" is hers
    context = (
        "Joint press conference by the NATO Secretary General and the Prime Minister of Norway; "
        "'I' is the Secretary General."
    )
    assert _triples("The Prime Minister and I discussed the defence budget.", context=context) == {
        ("CONSULT", ("NATO", "NOR"), ())
    }


@pytest.mark.parametrize(
    ("kw", "expected"),
    [
        # the two sides of the talks reported go on together: one meeting of both
        ({"participants": ("RUS", "KGZ"), "reported_meeting": True}, {("CONSULT", ("KGZ", "RUS"), ())}),
        # no meeting reported: "the President" may be the speaker's own, and no one else is named
        ({}, set()),
    ],
)
def test_the_speaker_and_the_other_side_attending_together(kw: dict[str, object], expected: Triples) -> None:
    text = "Mr President and I will attend the plenary session of the forum later today."
    assert {(k, s, t) for k, s, t in _triples(text, context=KREMLIN, **kw) if k == "CONSULT"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The joint statement was adopted by the President of Kyrgyzstan and myself.",
            {("AGREE", ("KGZ", "RUS"), ())},
        ),
        ("An accord was concluded by Moscow and Kyiv in 1997.", {("AGREE", ("RUS", "UKR"), ())}),
        ("The joint statement was adopted by Russia and the United States.", {("AGREE", ("RUS", "USA"), ())}),
    ],
)
def test_a_text_adopted_by_a_pair_is_both_sides(text: str, expected: Triples) -> None:
    assert _triples(text, context=KREMLIN) == expected


def test_an_accord_adopted_by_one_side_with_another_named_later_is_no_pair() -> None:
    found = _triples("The joint statement was adopted by Russia, and Ukraine rejected it.", context=KREMLIN)
    assert ("AGREE", ("RUS", "UKR"), ()) not in found
