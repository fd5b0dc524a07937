"""The s35-speed7 changes give the answers the plain paths give.

- :class:`detente.coding.patterns.PhraseIndex` files each phrase under the rarest of the word sets it
  needs (:func:`detente.coding.patterns._anchor_rank`) and meets the sentence's words with a set of its
  keys: its matches must be those of trying every phrase at every word (``_plain_matches``).
- The actor dictionary's entries hold their actor's kind and whether a person's form is a title plus a
  surname; dropping forms that split a longer name must do what the loop over every entry did
  (``_plain_without_split_names``).

The sentences are the project's own, written for these tests.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import pytest

from detente.coding import actors
from detente.coding.actors import ActorKind, load_dictionary
from detente.coding.patterns import (
    _COMMON_ANCHORS,
    Match,
    PhraseIndex,
    Token,
    _anchor_rank,
    _match_at,
    load_patterns,
    norms_of,
    tokenize,
)

DAY = dt.date(2021, 3, 9)

SENTENCES = [
    "Russia was accused of violating the treaty by the alliance.",
    "The minister said the attack was committed by separatist forces near the border.",
    "NATO carried out a snap exercise, and Moscow was informed of it in advance.",
    "Germany's sanctions were imposed on the bank, the Chancellor said.",
    "The talks were held in Geneva between the two delegations.",
    "Estonia's airspace was entered without permission by two Russian jets.",
    "The government provided humanitarian aid to the flooded region.",
    "President Michel Aoun met Prime Minister Hariri in Beirut.",
    "Mr Lavrov and Secretary of State Blinken discussed the situation in Ukraine.",
    "They were 'deeply concerned' by the decision to expel the diplomats.",
    "WAS RUSSIA ACCUSED OF AGGRESSION BY NATO?",
    "was russia accused of aggression by nato",
    # letters whose case folding is not ASCII: the Turkish dotted and dotless i, the long s, the Kelvin sign
    "İstanbul was accused of sanctions by the Alliance.",
    "The mınister was accuſed of violating the \u212aremlin's treaty.",
    "ACCUSED OF VİOLATİNG THE TREATY, THE MİNİSTER RESİGNED.",
    "",
    "... ,,, !!! 123 456",
]


def _plain_matches(index: PhraseIndex, tokens: Sequence[Token], units: Mapping[int, int]) -> list[Match]:
    """Every phrase under each token's word tried at that token, in the phrases' own order."""
    found: list[Match] = []
    for i, tok in enumerate(tokens):
        for phrase in index._by_first.get(tok.norm, ()):
            hit = _match_at(phrase.elements, 1, tokens, i + 1, units, None)
            if hit is not None:
                found.append(Match(phrase, i, hit[0], hit[1]))
    return found


def _unit_map(text: str, tokens: Sequence[Token]) -> dict[int, int]:
    """Token index where each actor the dictionary finds starts → the token after it ends."""
    out: dict[int, int] = {}
    for m in load_dictionary().match(text, date=DAY):
        first = next((k for k, t in enumerate(tokens) if t.start >= m.start), None)
        last = next((k for k, t in enumerate(tokens) if t.end >= m.end), None)
        if first is not None and last is not None:
            out[first] = last + 1
    return out


@pytest.mark.parametrize("text", SENTENCES)
def test_event_phrases_match_as_the_plain_loop_does(text: str) -> None:
    index = load_patterns().events
    tokens = tokenize(text)
    units = _unit_map(text, tokens)
    assert index.matches(tokens, units) == _plain_matches(index, tokens, units)
    assert index.matches(tokens) == _plain_matches(index, tokens, {})


@pytest.mark.parametrize("name", ["negation", "future", "hypothetical", "intent", "markers"])
def test_cue_phrases_match_as_the_plain_loop_does(name: str) -> None:
    index = getattr(load_patterns(), name)
    for text in SENTENCES:
        tokens = tokenize(text)
        assert index.matches(tokens) == _plain_matches(index, tokens, {})


def test_a_phrase_is_filed_under_its_rare_word() -> None:
    index = load_patterns().events
    for word, by_key in index._keyed.items():
        assert index._keys[word] == frozenset(by_key)
    # "of" and "to" are in most sentences: a phrase that needs a rarer word is filed under that word
    assert _anchor_rank(frozenset({"of"})) > _anchor_rank(frozenset({"violate", "violates", "violated"}))
    assert _anchor_rank(frozenset({"sanction", "sanctions"})) < _anchor_rank(frozenset({"of"}))
    assert {"of", "to", "in", "the", "was"} <= _COMMON_ANCHORS
    tokens = tokenize(SENTENCES[0])
    norms = norms_of(tokens)
    tried = [
        (phrase, anchors)
        for key in index._keys.get("was", frozenset()) & norms
        for _, phrase, anchors in index._keyed["was"][key]
    ]
    # (the lists tried at "was" are those of the rarer words the sentence holds, not all "of" phrases)
    assert len(tried) < sum(len(v) for v in index._keyed["was"].values())


def test_the_same_phrase_index_built_twice_matches_alike() -> None:
    patterns = load_patterns()
    again = PhraseIndex(patterns.events.phrases)
    for text in SENTENCES:
        tokens = tokenize(text)
        assert again.matches(tokens) == patterns.events.matches(tokens)


def test_a_long_sentence_matches_as_the_plain_loop_does() -> None:
    index = load_patterns().events
    text = " ".join(SENTENCES[:10]) * 60  # about 40 KB
    tokens = tokenize(text)
    assert index.matches(tokens) == _plain_matches(index, tokens, {})
    huge = ("word " * 20_000).strip()  # 100 KB with no phrase in it
    assert index.matches(tokenize(huge)) == []
    assert index.matches([]) == []


# ----------------------------------------------------------------------------------------------- actors


def _plain_without_split_names(
    found: list[tuple[int, int, tuple[actors._Entry, ...]]],
) -> list[tuple[int, int, tuple[actors._Entry, ...]]]:
    """The loop over every entry that :func:`detente.coding.actors._without_split_names` stands for."""
    people = [(s, e) for s, e, entries in found if any(en.actor.kind is ActorKind.PERSON for en in entries)]
    if not people:
        return found

    def split(start: int, end: int, entries: tuple[actors._Entry, ...]) -> bool:
        if not all(
            en.actor.kind is ActorKind.PERSON
            and any(en.form.startswith(prefix + " ") for prefix in actors._PERSON_PREFIXES)
            for en in entries
        ):
            return False
        return any(start < s < end < e for s, e in people)

    return [c for c in found if not split(*c)]


def _found(text: str) -> list[tuple[int, int, tuple[actors._Entry, ...]]]:
    dictionary = load_dictionary()
    padded = f" {actors.fold(text)} "
    return [
        (start, end - 2, dictionary._entries[pid])
        for pid, start, end in dictionary._automaton.find_matches_as_indexes(padded, overlapping=True)
    ]


def test_entries_hold_their_actors_kind() -> None:
    dictionary = load_dictionary()
    for entries in dictionary._entries[:: max(1, len(dictionary._entries) // 5000)]:
        for en in entries:
            assert en.kind is en.actor.kind
            prefixed = any(en.form.startswith(p + " ") for p in actors._PERSON_PREFIXES)
            assert en.splits is (en.actor.kind is ActorKind.PERSON and prefixed)


@pytest.mark.parametrize(
    "text",
    [
        "President Michel Aoun received the ambassador.",
        "President Michel and President Aoun spoke by phone.",
        "Mr Lavrov met Secretary of State Blinken and President Putin.",
        "Russian President Vladimir Putin discussed cooperation with NATO Secretary General Stoltenberg.",
        "PRESIDENT MICHEL AOUN RECEIVED THE AMBASSADOR.",
        "Nobody was named here.",
        "",
    ],
)
def test_split_names_are_dropped_as_before(text: str) -> None:
    found = _found(text)
    assert actors._without_split_names(list(found)) == _plain_without_split_names(list(found))


def test_the_dictionary_still_reads_a_name_inside_a_title() -> None:
    mentions = load_dictionary().match("President Michel Aoun received the ambassador.", date=DAY)
    assert any(m.text.endswith("Michel Aoun") for m in mentions)


@pytest.mark.parametrize("text", ["", "... 123 !!!", "Putin " * 17_000])
def test_bad_input_is_matched_without_error(text: str) -> None:
    found = _found(text)
    assert actors._without_split_names(list(found)) == _plain_without_split_names(list(found))
    load_dictionary().match(text, date=DAY)
