"""Political news wording read from the news-politics-4 slice (session 27, helper np4).

* A government's appeal to its own public ("urging people to keep their distance from one another",
  "asked residents to stay indoors", "called on citizens to vote") is a domestic appeal with no other side:
  a REQUEST with no target whose addressee, right after the verb, is the general public is no event
  (:func:`without_public_appeals`). An appeal to a named side keeps its target and is not touched, and so
  do a group's call on the public ("the opposition urged citizens to boycott the vote") and a government's
  call to protest, boycott or resist.
* "Malta was one of only five EU members that backed the motion": the act of the relative
  clause is the subject's, not the group's the count names (:func:`one_of_those`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType

if TYPE_CHECKING:
    import datetime as dt

    from detente.coding.actors import ActorDictionary
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = ["one_of_those", "rival_persons", "without_public_appeals"]

_PUBLIC = re.compile(
    r"^\W*(?:on\s+|upon\s+)?(?:all\s+|the\s+|its\s+|their\s+|local\s+|ordinary\s+|fellow\s+)*"
    r"(?:people|citizens|residents|inhabitants|public|population|households|families|consumers|shoppers|"
    r"motorists|drivers|parents|everyone|everybody|travellers|travelers|holidaymakers|voters|taxpayers|"
    r"employers|workers|pensioners)\b",
    re.IGNORECASE,
)


def without_public_appeals(text: str, events: Sequence[Event]) -> list[Event]:
    """The events but a targetless REQUEST addressed to the general public (see the module's note)."""
    return [e for e in events if not _public_appeal(text, e)]


_POLITICAL_ACT = re.compile(
    r"^\W*to\s+(?:boycott|protest|join|rally|march|strike|resist|rise|defy|oppose|demonstrate|revolt|"
    r"take\s+to\s+the\s+streets)\b",
    re.IGNORECASE,
)


def _public_appeal(text: str, event: Event) -> bool:
    if event.event is not EventType.REQUEST or event.target or not event.source:
        return False
    if not all(code.isupper() for code in event.source):
        return False  # "the opposition urged citizens to boycott the vote": a political call, kept
    end = event.anchor[1]
    if end <= 0:
        return False
    public = _PUBLIC.match(text[end : end + 60])
    if public is None:
        return False
    return _POLITICAL_ACT.match(text[end + public.end() : end + public.end() + 40]) is None


def rival_persons(sayer: Unit | None, accused: Unit) -> bool:
    """Two different named people of one state, one saying the other does wrong ("Biden said Trump will try
    to delay the election", "Sarwar said Starmer has lacked empathy"): party and campaign criticism inside a
    state is coded between them, as "Biden accused Trump" already is."""
    return (
        sayer is not None
        and sayer.kind == "person"
        and accused.kind == "person"
        and sayer.code == accused.code
        and _name(sayer.text) != _name(accused.text)
    )


def _name(text: str) -> str:
    return text.split()[-1].lower() if text.split() else ""


_ONE_OF = re.compile(
    r"^\W*(?P<subj>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?:was|is|were|are|has\s+been)\s+"
    r"(?:one|among)\s+(?:of\s+)?(?:the\s+|just\s+|only\s+|a\s+handful\s+of\s+)*(?:[\w-]+\s+){1,4}?"
    r"(?:that|who|which|to)\s"
)


def one_of_those(
    text: str, events: Sequence[Event], dictionary: ActorDictionary, date: dt.date | None
) -> list[Event]:
    """The events, with the act of "X was one of N <group> that <act>" by X (see the module's note): only
    the verb right after "that"/"who"/"to", not acts further on in the clause."""
    if not events:  # (s35-speed5: before the expression, which is all the sentences without events cost)
        return list(events)
    m = _ONE_OF.match(text)
    if m is None:
        return list(events)
    codes = [x.code for x in dictionary.match(m.group("subj"), date=date) if x.code]
    if len(codes) != 1:
        return list(events)
    code = codes[0]
    return [
        dataclasses.replace(e, source=(code,))
        if m.end() - 1 <= e.anchor[0] <= m.end() + 2
        and e.source
        and code not in e.source
        and code not in e.target
        else e
        for e in events
    ]
