"""Political news wording read from the news-politics-4 slice (session 27, helper np4).

* A government's appeal to its own public ("urging people to take responsibility for social distancing",
  "asked residents to stay indoors", "called on citizens to vote") is a domestic appeal with no other side:
  a REQUEST with no target whose addressee, right after the verb, is the general public is no event
  (:func:`without_public_appeals`). An appeal to a named side keeps its target and is not touched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = ["rival_persons", "without_public_appeals"]

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


def _public_appeal(text: str, event: Event) -> bool:
    if event.event is not EventType.REQUEST or event.target:
        return False
    end = event.anchor[1]
    if end <= 0:
        return False
    return _PUBLIC.match(text[end : end + 60]) is not None


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
