"""Rare types read right where a sibling type took the words (s39-rare).

* **Military support raised is aid** (:func:`support_raised`). "Increase|boost|step up ... military
  support|assistance|aid" is matched by the MOBILIZE group of build-ups ("increase ... military"); when the
  increased thing is support, assistance or aid the event is AID from the same side to the same target
  ("the government boosted its military assistance to the island's army"). A MOBILIZE whose trigger does
  not lie in such a phrase is left alone ("increased its military presence near the border").

:func:`settled` runs it; it returns a new list and never raises.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = ["settled", "support_raised"]

_LOG = logging.getLogger(__name__)
_MAX_TEXT = 2000

_RAISED = re.compile(
    r"\b(?:increas|boost|step(?:s|ped|ping)?\s+up|rais|expand|scal(?:e|es|ed|ing)\s+up)\w*"
    r"(?:\s+(?:its|their|our|his|her|the|further|overall|substantially|significantly|sharply))*"
    r"\s+(?:military|security|defen[cs]e|military-technical|lethal|financial|humanitarian)"
    r"(?:\s+and\s+\w+)?\s+(?:support|assistance|aid)\b",
    re.IGNORECASE,
)


def support_raised(text: str, events: list[Event]) -> list[Event]:
    """A build-up read from "increased military support" told as the AID it is."""
    spans = [m.span() for m in _RAISED.finditer(text)]
    if not spans:
        return events
    out: list[Event] = []
    for e in events:
        if e.event is EventType.MOBILIZE and any(a <= e.anchor[0] < b for a, b in spans):
            same = any(
                o.event is EventType.AID and o.source == e.source and o.target == e.target for o in events
            )
            if same:
                continue
            out.append(dataclasses.replace(e, event=EventType.AID, mode="", trigger="s39rare:support"))
            continue
        out.append(e)
    return out


def settled(text: str, events: list[Event]) -> list[Event]:
    """A sentence's events after every reading of this module (see the module docstring)."""
    if not events or not text or len(text) > _MAX_TEXT:
        return events
    low = text.lower()
    if ("support" not in low and "assistance" not in low and " aid" not in low) or not any(
        e.event is EventType.MOBILIZE for e in events
    ):
        return events
    try:
        return support_raised(text, events)
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as err:  # pragma: no cover
        _LOG.warning("s39rare: left the events unchanged: %s", err)
        return events
