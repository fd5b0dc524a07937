"""Bare titles and bodies of official text whose state or organisation the wording itself tells (s33-titles11).

The dictionary (:mod:`detente.coding.actors`) already reads a title alone by the speaker ("the Foreign
Ministry regrets" in a Russian statement: Russia; "the Secretary General" in a NATO release: NATO), by a
neighbouring actor ("the German Chancellor" on a Russian page: Germany) and by its holder on the date
("Mr Putin"). Two readings are left to this pass; each changes only the sides of events already found and
never adds or drops an event.

* **The hyphenated "Secretary-General" is the United Nations'.** With no speaker and no other clue, the
  dictionary reads "the Secretary General" alone as NATO's, the project's main subject. NATO writes its
  title without a hyphen; the United Nations writes "Secretary-General" ("an assault the
  Secretary-General deplored"). So when the only NATO mention of a sentence with no speaker is that title
  alone, spelt with the hyphen, its NATO becomes UN. A title joined to a name ("NATO Secretary-General")
  or a NATO named elsewhere in the sentence keeps NATO, and a speaker's own reading (an OSCE or NATO
  statement) is left alone. The UN's own act is never aimed at the UN itself.
* **Government soldiers in a named country.** "Government troops", "government soldiers" or "government
  forces" with no state of their own ("Syrian government forces" already has one) are the forces of the
  state the sentence places them in: "retreating government soldiers looted villages in northern Mali",
  "government forces shelled rebel-held districts in Yemen's south". Only a state named after "in" (with an
  optional compass word) or with "'s" counts, only one such state may be named, and the act must have no
  doer yet (or only the bare "military" its troops noun gives) and not be aimed at that state. A state
  named any other way ("near the border with Turkey") tells nothing, nor does a short name two states
  share ("in eastern Congo"), and the doer stays unknown.

:func:`settled` runs both readings on a sentence's final events; it returns a new list and never raises.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detente.coding.actors import ActorDictionary, Mention
    from detente.coding.coder import Event

__all__ = ["government_forces_placed", "settled", "un_secretary_general"]

_LOG = logging.getLogger(__name__)
_MAX_TEXT = 2000

_GOVERNMENT_FORCES = re.compile(
    r"\b(?P<word>[Gg]overnment|[Gg]overnment-backed|[Pp]ro-government)\s+"
    r"(?:(?:army|military|security|ground|armed)\s+)?(?:troops|soldiers|forces|army|militias?|units)\b"
)
_AMBIGUOUS = frozenset({"Congo", "the Congo"})
"""Short names two states share: "eastern Congo" may be either Congo, so it tells no state."""
_PLACE_BEFORE = re.compile(
    r"\bin\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?\s+)?$",
    re.I,
)


def settled(
    text: str,
    date: dt.date | None,
    events: list[Event],
    dictionary: ActorDictionary,
    speaker: str | None,
) -> list[Event]:
    """A sentence's events after both readings of this module (see the module docstring)."""
    if not events or not text or len(text) > _MAX_TEXT:
        return events
    try:
        out = un_secretary_general(text, date, events, dictionary, speaker)
        return government_forces_placed(text, date, out, dictionary)
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as err:  # pragma: no cover
        _LOG.warning("titles11: left the events unchanged: %s", err)
        return events


def _swap(sides: tuple[str, ...], old: str, new: str) -> tuple[str, ...]:
    if old not in sides:
        return sides
    out: list[str] = []
    for code in sides:
        code = new if code == old else code
        if code not in out:
            out.append(code)
    return tuple(out)


def un_secretary_general(
    text: str,
    date: dt.date | None,
    events: list[Event],
    dictionary: ActorDictionary,
    speaker: str | None,
) -> list[Event]:
    """NATO read from a lone hyphenated "Secretary-General", with no speaker, becomes the UN."""
    if speaker is not None or "Secretary-General" not in text:
        return events
    if not any("NATO" in e.source or "NATO" in e.target for e in events):
        return events
    nato = [m for m in dictionary.match(text, date=date) if m.code == "NATO"]
    if not nato or not all(_lone_hyphenated(m) for m in nato):
        return events
    out: list[Event] = []
    for e in events:
        source = _swap(e.source, "NATO", "UN")
        target = tuple(c for c in _swap(e.target, "NATO", "UN") if c not in source)
        out.append(dataclasses.replace(e, source=source, target=target))
    return out


def _lone_hyphenated(mention: Mention) -> bool:
    words = mention.text.split()
    return (
        mention.entry == "Secretary General"
        and words[-1] == "Secretary-General"
        and len(words) <= 2
        and "NATO" not in mention.text
    )


def government_forces_placed(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """Acts of "government troops" with no doer take the one state the sentence places them in."""
    if "overnment" not in text or not any(not e.source or e.source == ("military",) for e in events):
        return events
    found = _GOVERNMENT_FORCES.search(text)
    if found is None:
        return events
    mentions = dictionary.match(text, date=date)
    # a state of their own ("Syrian government forces", "the government forces of Mali") is the unit's
    for m in mentions:
        if m.code not in (None, "military") and m.start <= found.start() <= m.end:
            return events
    placed = {m.code for m in mentions if m.code is not None and m.code.isupper() and _placed(text, m)}
    if len(placed) != 1:
        return events
    state = next(iter(placed))
    from detente.coding.actors import ActorKind

    if dictionary.code_kinds.get(state) is not ActorKind.STATE:
        return events
    # the unit's own troops noun ("soldiers", "forces") is read as a bare "military": the only one allowed
    own = all(found.start() <= m.start and m.end <= found.end() for m in mentions if m.code == "military")
    out: list[Event] = []
    for e in events:
        doerless = not e.source or (own and e.source == ("military",))
        if doerless and state not in e.target and (e.anchor == (0, 0) or e.anchor[0] >= found.start()):
            out.append(dataclasses.replace(e, source=(state,)))
        else:
            out.append(e)
    return out


def _placed(text: str, mention: Mention) -> bool:
    """The mention names a state as the place of the act: "in [eastern] X" or "X's"."""
    from detente.coding.actors import ActorKind

    if mention.kind not in (ActorKind.STATE, ActorKind.TERRITORY) or mention.text in _AMBIGUOUS:
        return False
    if text[mention.end : mention.end + 2] in ("'s", "\u2019s"):
        return True
    return _PLACE_BEFORE.search(text[max(0, mention.start - 40) : mention.start]) is not None
