"""Targets of events whose type is right but whose target is not, in written official texts (s31-sidefix8).

* **A warning is aimed at someone.** "Any strike on an ally would meet the whole force of the Alliance, and
  President Putin knows it", "We shall answer in kind" said of Washington's missile plans: a THREATEN with a
  doer and no target (not a negated one) is aimed at the states and organisations the sentence names, leaving
  out its doer, places ("in X"), and the doers of its other events, unless those sanction, strike, detain or
  deploy against the one who warns (they are the ones warned); when the sentence names none, at those the
  record's context names (the speaker's own side is the doer there) (:func:`warning_aimed`).
* **A judge of a deployment is not its target.** "Two more frigates were sent to the region, a move the
  ministry in Ankara called reckless", "The plan to add new missiles is what we have come to expect from
  them": a MOBILIZE aimed only at a side that, in the same sentence, judges the move (is the doer of an
  ACCUSE or REJECT aimed at the mover, named only as the one who says or judges) or is only the target of
  the mover's threat there, has no target, unless the sentence places the move at that side ("near", "on the border
  of", "against", "towards", "into" it) (:func:`judge_not_target`).
* **Signers sign together.** "The two ministers signed the protocol in Vienna", "The President signed the
  accord with his Kazakh counterpart", "Delegates of the three states signed the memorandum": a SUPPORT
  read from "signed" (not "the signing", not a decree or a law) is the act of all the signers, aimed at no
  one: a second side named by a person or title after "signed ... with" ("with President X"; "an accord
  on cooperation with X" is left aimed at X) or in the subject joined by "and" becomes a doer, and a
  target beside two or more signers (a host, the place of the treaty's goods) is dropped
  (:func:`signed_together`).

:func:`settled` runs these passes on a sentence's final events; every pass returns a new list and never
raises.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, Polarity
from detente.coding.wordgates import WordGates

if TYPE_CHECKING:
    from detente.coding.actors import ActorDictionary, Mention
    from detente.coding.coder import Event

__all__ = ["judge_not_target", "settled", "signed_together", "warning_aimed"]

_GATES = WordGates()
_SIGNED_GATE = _GATES.gate(("signed",))
_MAX_TEXT = 2000
_JUDGING = frozenset({EventType.ACCUSE, EventType.REJECT})


def settled(
    text: str,
    date: dt.date | None,
    events: list[Event],
    dictionary: ActorDictionary,
    context: str | None = None,
) -> list[Event]:
    """A sentence's events after every pass of this module (see the module docstring)."""
    if not events or not text or len(text) > _MAX_TEXT:
        return events
    if any(e.event is EventType.THREATEN and e.source and not e.target for e in events):
        events = warning_aimed(text, date, events, dictionary, context)
    if any(e.event is EventType.MOBILIZE and len(e.target) == 1 for e in events):
        events = judge_not_target(text, date, events, dictionary)
    if _GATES.may(text, _SIGNED_GATE) and any(e.event is EventType.SUPPORT and e.target for e in events):
        events = signed_together(text, date, events, dictionary)
    return events


def _replaced(events: list[Event], new: Mapping[int, dict[str, tuple[str, ...]]]) -> list[Event]:
    """``events`` with the sides of each event whose id is a key of ``new`` replaced by its value."""
    if not new:
        return events
    return [dataclasses.replace(e, **new[id(e)]) if id(e) in new else e for e in events]  # type: ignore[arg-type]


def _named(
    text: str, date: dt.date | None, dictionary: ActorDictionary, *, demonyms: bool = False
) -> list[Mention]:
    """Mentions of states and organisations (by name, capital, person or title, and by adjective when
    ``demonyms``) with an upper-case code."""
    from detente.coding.actors import ActorKind

    kinds: tuple[ActorKind, ...] = (
        ActorKind.STATE,
        ActorKind.ORG,
        ActorKind.METONYM,
        ActorKind.PERSON,
        ActorKind.TITLE,
    )
    if demonyms:
        kinds += (ActorKind.DEMONYM,)
    return [
        m
        for m in dictionary.match(text, date=date)
        if m.code is not None and m.kind in kinds and m.code.isupper()
    ]


# ----------------------------------------------------------------------------------------- warning aimed

_TOO_MANY = 3
_PROVOKING = frozenset({EventType.SANCTION, EventType.ASSAULT, EventType.COERCE, EventType.MOBILIZE})
"""Acts against the one who warns: their doers are the ones warned ("such steps will not go unanswered")."""
_LOCATIVE = re.compile(r"\b(?:in|at|near|inside|across)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)


def warning_aimed(
    text: str,
    date: dt.date | None,
    events: list[Event],
    dictionary: ActorDictionary,
    context: str | None = None,
) -> list[Event]:
    """A THREATEN with a doer and no target aimed at the other sides the sentence names, else at those the
    context names, else (Russia's or NATO's) at the other of the two (module docstring)."""
    others: tuple[str, ...] | None = None
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    for e in events:
        if e.event is not EventType.THREATEN or not e.source or e.target or e.polarity is Polarity.NEGATED:
            continue  # "has threatened no one" stays aimed at no one
        if others is None:
            judges = {
                a
                for o in events
                if o is not e and not (o.event in _PROVOKING and set(o.target) & set(e.source))
                for a in o.source
            }
            others = _other_sides(text, date, dictionary, context, e.source + tuple(judges))
        if others:
            new[id(e)] = {"target": others}
    return _replaced(events, new)


def _other_sides(
    text: str, date: dt.date | None, dictionary: ActorDictionary, context: str | None, source: tuple[str, ...]
) -> tuple[str, ...]:
    """The sides the sentence, else the context, names besides ``source`` (none when more than three)."""
    for where in (text, context or ""):
        if not where or len(where) > _MAX_TEXT:
            continue
        codes = [
            m.code
            for m in _named(where, date, dictionary, demonyms=True)
            if _LOCATIVE.search(where, max(0, m.start - 25), m.start) is None
        ]
        found = tuple(dict.fromkeys(c for c in codes if c is not None and c not in source))
        if len(found) > _TOO_MANY:
            return ()
        if found:
            return found
    return ()


# ------------------------------------------------------------------------------------- judge not target

_PLACED_AT = re.compile(
    r"\b(?:of|near|at|along|against|towards?|into|to|over|off|in|on|inside|around|close\s+to)\s+"
    r"(?:the\s+)?(?:(?:borders?|frontiers?|territory|coasts?|doorstep|airspace|waters)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
_THREAT = re.compile(r"\bthreat", re.I)


def judge_not_target(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """A MOBILIZE aimed only at a side that judges the move or is only threatened by the mover there has no
    target, unless the move is placed at that side (module docstring)."""
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    mentions: list[Mention] | None = None
    for e in events:
        if e.event is not EventType.MOBILIZE or len(e.target) != 1 or not e.source:
            continue
        aim = e.target[0]
        judged = any(
            o.event in _JUDGING and aim in o.source and set(o.target) & set(e.source)
            for o in events
            if o is not e
        )
        threatened = any(
            o.event is EventType.THREATEN and o.source == e.source and aim in o.target
            for o in events
            if o is not e
        )
        if not (judged or threatened):
            continue
        if mentions is None:
            mentions = dictionary.match(text, date=date)
        own = [m for m in mentions if m.code == aim]
        if any(_placed(text, m.start) for m in own):
            continue  # the move is placed at that side: it stays the target
        if judged and not threatened and not all(_judging_mention(text, m) for m in own):
            continue  # the judge is named in the move too ("shadowed a Dutch frigate, which The Hague ...")
        new[id(e)] = {"target": ()}
    return _replaced(events, new)


_JUDGE_VERB = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:said|says|called|calls|described|describes|regards?|regarded|views?|viewed|sees|saw|"
    r"considers?|considered|condemned|condemns|denounced|denounces|critici[sz]ed|termed|branded|deemed)\b",
    re.I,
)
_THREAT_AFTER = re.compile(r"\s+threats?\b", re.I)


def _judging_mention(text: str, mention: Mention) -> bool:
    """True when a mention names the side as the one judging ("Moscow can only regard", "the spokeswoman
    said") or only in "a Russian threat"."""
    from detente.coding.actors import ActorKind

    if mention.kind is ActorKind.DEMONYM and _THREAT_AFTER.match(text, mention.end):
        return True
    return _JUDGE_VERB.match(text, mention.end) is not None


def _placed(text: str, start: int) -> bool:
    """True when the words before ``start`` place a move at the side named there ("near", "of the", "into"),
    not a threat's words ("threats against")."""
    window = text[max(0, start - 40) : start]
    return _PLACED_AT.search(window) is not None and _THREAT.search(window) is None


# -------------------------------------------------------------------------------------- signed together

_SIGNED = re.compile(r"\bsigned\b", re.I)
_NOT_TOGETHER = re.compile(
    r"\bsigned\s+(?:into\s+law|(?:a|the)\s+(?:\w+\s+)?(?:decree|law|order|bill|executive))\b", re.I
)
_SIGNER_KINDS = frozenset({"person", "title"})
"""Kinds of mention that sign with someone ("with President X", "with his counterpart"); "with Kyrgyzstan"
after "cooperation" is what the accord is about, not a co-signer."""
_WITH = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)
_AND = re.compile(r"^(?:[\w'’-]+\s+){0,8}?and\s+(?:of\s+)?(?:the\s+)?$", re.I)


def signed_together(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """A SUPPORT read from "signed" made the act of all its signers, aimed at no one (module docstring)."""
    new: dict[int, dict[str, tuple[str, ...]]] = {}
    mentions: list[Mention] | None = None
    for e in events:
        if e.event is not EventType.SUPPORT or not e.target or not e.source:
            continue
        signed = _SIGNED.search(text, e.anchor[0], max(e.anchor[1], e.anchor[0] + 6))
        if signed is None or _NOT_TOGETHER.match(text, signed.start()):
            continue
        if len(e.source) >= 2:
            new[id(e)] = {"target": ()}
            continue
        if mentions is None:
            mentions = _named(text, date, dictionary)
        aims = [m for m in mentions if m.code in e.target]
        if not aims or len(set(e.target)) != 1:
            continue
        after = any(
            m.kind in _SIGNER_KINDS
            and m.start > signed.end()
            and m.start - signed.end() < 120
            and _WITH.search(text, max(0, m.start - 10), m.start)
            for m in aims
        )
        before = any(
            m.end <= signed.start() and _joined_subject(text, e.source, m, mentions, signed.start())
            for m in aims
        )
        if after or before:
            new[id(e)] = {"source": tuple(dict.fromkeys(e.source + e.target)), "target": ()}
    return _replaced(events, new)


def _joined_subject(
    text: str, source: tuple[str, ...], aim: Mention, mentions: list[Mention], verb: int
) -> bool:
    """True when a mention of ``source`` and then ``aim`` open the subject of the verb at ``verb``, joined by
    "and" with no clause break between them or before the verb."""
    if re.search(r"[;,:]", text[aim.end : verb]) or verb - aim.end > 40:
        return False
    for m in mentions:
        if m.code in source and m.end <= aim.start and _AND.match(text[m.end : aim.start].strip() + " "):
            return ";" not in text[m.end : aim.start]
    return False
