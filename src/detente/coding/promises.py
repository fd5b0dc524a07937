"""Promises that are no agreement (s24-news): the AGREE events of "pledge", "promise", "offer" and "vow"
that a sentence shows are something else, settled on a sentence's final list before
:mod:`detente.coding.newsprecision`.

The AGREE phrases take any promise or offer as a commitment to act ("pledged aid", "offered talks",
"vowed to cooperate"). Three kinds of wording are not that:

- **Support promised is support expressed.** "pledged full support for NATO", "promising their backing",
  "offered its solidarity to Kyiv": what is promised is a stance, told the way PLOVER's SUPPORT is; the
  event becomes SUPPORT (dropped when the sentence already codes the same SUPPORT). Only a promise made by
  a known doer is recoded: one with no source, or a negated one ("failed to offer support", "offered no
  support"), stays AGREE (measured: a stance held by no one cost the news sets' source accuracy more than
  its type gained). Support named as a delivery ("pledged financial support", "offered military
  support", "promised logistical backing") stays a promised act, AGREE.
- **A vow to go on is no agreement.** "vowed to stay until the rules were scrapped", "vowed to fight on",
  "vowed to serve out his term": a side says it will persist or resist, it commits to no other side.
- **Devotion is no commitment.** "the party is so committed to its voters' welfare", "too
  committed to the old plan": a degree word before "committed" makes it a trait of the side, not a
  commitment it made to another.
- **What a thing offers.** "it offered hope to the continent", "the ruling offered a glimpse of ...": an
  abstract good offered is a figure of speech, no offer made.

:func:`settled` is called once per sentence; each test reads a few words after the trigger.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, Polarity, derived_fields
from detente.coding.patterns import Token, words

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = ["settled"]

_PROMISE_VERBS = words(
    "offer offers offered offering pledge pledges pledged pledging promise promises promised promising "
    "vow vows vowed vowing"
)
"""The verbs whose AGREE events are read here (the noun "offer" too, with what follows it)."""
_VOW_VERBS = words("vow vows vowed vowing")
_DEGREE = words("so too")
"""Degree words that make "committed" a trait ("so committed to ...")."""
_OFFER_VERBS = words("offer offers offered offering")
_STANCE_NOUNS = words("support backing solidarity endorsement endorsements")
"""What a promise may name that is a stance, not a delivery."""
_DELIVERED = words(
    "financial military material economic logistical logistic humanitarian technical budgetary fiscal "
    "monetary medical practical operational air naval intelligence"
)
"""Words before "support" that make it something delivered ("financial support")."""
_PERSIST = words(
    "stay remain fight resist persist press push carry serve stand hold soldier struggle defy battle"
)
"""Verbs after "vowed to" that say a side goes on as before ("vowed to stay", "vowed to fight on"); not
"keep" or "continue", which take the act kept up ("vowed to keep supporting Ukraine" is a commitment)."""
_ABSTRACT_GOODS = words("hope hopes glimpse glimpses insight insights lesson lessons clue clues reassurance")
"""Abstract goods a thing "offers" ("it offered hope"): a figure of speech."""
_OBJECT_LEAD = words(
    "the a an its their his her our formal full strong unwavering firm complete total new fresh some"
)
"""Words that may stand between the verb and its object noun."""
_CLAUSE_END = words(". ; : ! ? — – ,")
_REACH = 4
"""Words after the promise verb read for its object."""


def settled(tokens: Sequence[Token], events: Sequence[Event]) -> list[Event]:
    """The sentence's ``events`` with the AGREE events of promised stances made SUPPORT and those of vows to
    persist or abstract offers dropped (see the module)."""
    out: list[Event] = []
    for event in events:
        replaced = _settled_event(tokens, event)
        if replaced is None:
            continue
        if replaced is not event and any(_same_support(replaced, other) for other in events):
            continue
        out.append(replaced)
    return out


def _same_support(event: Event, other: Event) -> bool:
    """``other`` is a SUPPORT already coded with ``event``'s sides and polarity."""
    return (
        other.event is EventType.SUPPORT
        and other.source == event.source
        and other.polarity is event.polarity
        and (not event.target or other.target == event.target)
    )


def _settled_event(tokens: Sequence[Token], event: Event) -> Event | None:
    """``event`` itself, a SUPPORT made of it, or ``None`` when it is dropped."""
    if event.event is not EventType.AGREE:
        return event
    if _devoted(tokens, event):
        return None
    at = _promise_verb(tokens, event)
    if at < 0:
        return event
    norms = [t.norm for t in tokens]
    if norms[at] in _VOW_VERBS and _vow_to_persist(norms, at):
        return None
    noun = _object_noun(norms, at)
    if noun is None:
        return event
    if norms[at] in _OFFER_VERBS and norms[noun] in _ABSTRACT_GOODS:
        return None
    if _held_stance(event) and norms[noun] in _STANCE_NOUNS and norms[noun - 1] not in _DELIVERED:
        return dataclasses.replace(
            event, event=EventType.SUPPORT, mode="", derived=derived_fields(EventType.SUPPORT, "")
        )
    return event


def _held_stance(event: Event) -> bool:
    """The promise has a known doer and was made (not negated: "failed to offer support" stays AGREE)."""
    return bool(event.source) and event.polarity is not Polarity.NEGATED


def _promise_verb(tokens: Sequence[Token], event: Event) -> int:
    """The token of the event's trigger that is a promise verb, ``-1`` when none is."""
    start, end = event.anchor
    if end <= start:
        return -1
    for i, tok in enumerate(tokens):
        if tok.start >= end:
            break
        if tok.start >= start and tok.norm in _PROMISE_VERBS:
            return i
    return -1


def _devoted(tokens: Sequence[Token], event: Event) -> bool:
    """ "so committed to ...": the event's trigger starts at "committed" after a degree word."""
    start, end = event.anchor
    for i, tok in enumerate(tokens):
        if tok.start >= start:
            return i > 0 and tok.start < end and tok.norm == "committed" and tokens[i - 1].norm in _DEGREE
    return False


def _vow_to_persist(norms: Sequence[str], at: int) -> bool:
    """ "vowed to stay", "vowed to fight on": the verb after "vowed to" is one of going on."""
    return at + 2 < len(norms) and norms[at + 1] == "to" and norms[at + 2] in _PERSIST


def _object_noun(norms: Sequence[str], at: int) -> int | None:
    """The first word after the promise verb past its determiners and adjectives, within the clause."""
    for k in range(at + 1, min(len(norms), at + 1 + _REACH)):
        word = norms[k]
        if word in _CLAUSE_END or word == "to":
            return None
        if word in _OBJECT_LEAD or word in _DELIVERED:
            continue
        return k
    return None
