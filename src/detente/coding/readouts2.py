"""Readouts of calls and meetings with Western leaders (s26-readouts2): how the Kremlin's and the Russian
Foreign Ministry's English readouts name who sought a conversation, who spoke and to whom a call or an
offer in it was addressed, in wording the phrase rules do not read.

- who asked for the call, told at the start of the sentence or by "the latter": "At the Dutch side's
  initiative, the President had a telephone conversation with ...", "at the request of the Spanish side",
  "at the Polish side's request", "The minister spoke with his Norwegian colleague at the latter's request"
  -> CONSULT from the side that asked to the other (:data:`INITIATIVE`, :func:`settled`);
- "Federal" before a leader's title is no name of its own: "with Federal Chancellor of Austria X"
  (:func:`title_modifier`), so the leader, not "Federal", is who the call was with;
- the Chancellor named by title alone in a readout of talks with Germany or Austria: "The Federal
  Chancellor urged ..." -> that state (:func:`settled`);
- a call or an offer made in the conversation with no one named: in a readout of two sides, "The Prime
  Minister called for an early ceasefire", "The Russian side confirmed its readiness to help" are
  addressed to the other side, unless the call is to the world ("an international convention against
  ...") (:func:`settled`);
- "X invited Y to visit Rome, and the invitation was accepted" -> also AGREE from Y to X;
- who says a clause opened by "reminded his counterpart that", "recalled that": the one who reminds is
  the source of an act the clause tells with no one named as its doer ("X reminded his counterpart that
  the crisis was a direct consequence of Y's policy" -> ACCUSE X -> Y);
- "The ministers agreed to keep in touch on the Korean issue": the topic of the contacts is no target.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType
from detente.coding.patterns import Token, words
from detente.coding.text import lower_text

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = ["INITIATIVE", "chancellor", "settled", "title_modifier"]

# "at/on the initiative of the French side", "At the German side's initiative", "at the request of the
# Italian side", "at the British side's request" (the preposition may open the sentence)
INITIATIVE = re.compile(
    r"\b(?i:on|at|upon)\s+(?:the\s+)?(?:initiative|request)\s+of\s+the\s+(?P<a>[A-Z][\w-]+)\s+side\b"
    r"|\b(?i:on|at|upon)\s+the\s+(?P<b>[A-Z][\w-]+)\s+side['\u2019]s\s+(?:initiative|request)\b"
)

# "X reminded his counterpart that ...", "X recalled that ...": X says what follows
_REMINDED = re.compile(
    r"\b(?:reminded\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:counterparts?|colleagues?|interlocutors?|partners?|guests?)"
    r"|recalled)\s+that\b"
)

_LATTER = re.compile(r"\b(?:at|on|upon)\s+the\s+latter['\u2019]s\s+(?:initiative|request)\b", re.I)

_ACCEPTED = re.compile(r"\binvitation\s+(?:was|has\s+been|had\s+been)\s+(?:gratefully\s+)?accepted\b", re.I)

_MODIFIERS = words("federal")
_LEADER_TITLES = words("chancellor president")


def title_modifier(tokens: Sequence[Token], covered: Sequence[bool], i: int, j: int) -> bool:
    """Tokens ``i:j`` are capitalised title words ("Federal", "Acting") right before an actor's mention
    ("Federal Chancellor of Germany X", "Federal President of Austria X"): part of the title, not an unknown name."""
    return (
        j < len(tokens)
        and covered[j]
        and tokens[j].norm in _LEADER_TITLES
        and j + 1 < len(tokens)
        and tokens[j + 1].norm == "of"  # "Federal Chancellor of Germany X", not a lone "Federal President"
        and all(t.norm in _MODIFIERS for t in tokens[i:j])
    )


_CHANCELLORIES = ("DEU", "AUT")


def chancellor(units: Sequence[Unit], participants: Sequence[str]) -> list[Unit]:
    """ "The Chancellor", "the Federal Chancellor" with no state named, in a document about talks with
    Germany or Austria (one of the ``participants``): that state's head of government."""
    own = [c for c in dict.fromkeys(participants) if c in _CHANCELLORIES]
    if len(own) != 1:
        return list(units)
    return [
        dataclasses.replace(u, code=own[0]) if u.code is None and u.text.lower() == "chancellor" else u
        for u in units
    ]


# a call to the world at large, not to the other side: "called for an international convention against ...",
# "the efforts of the international community"
_WORLDWIDE = re.compile(
    r"\binternational\s+(?:community|convention|conventions|efforts|conference|coalition|law|treaty)\b", re.I
)
_ADDRESSED = frozenset({EventType.REQUEST, EventType.AGREE})
_CONTACTS = re.compile(
    r"\bagreed\s+to\s+(?:continue|maintain|keep|remain\s+in|stay\s+in|keep\s+up)\s+(?:\w+\s+){0,2}"
    r"(?:contacts?|touch|dialogue)\b",
    re.I,
)


def settled(
    text: str,
    events: Sequence[Event],
    participants: Sequence[str],
    reported_meeting: bool,
    units: Sequence[Unit] = (),
) -> list[Event]:
    """The events of a readout sentence with the sides this module's wordings name (module docstring)."""
    out = list(events)
    low = lower_text(text)  # the words the regexes need, found by plain substring tests first
    reminder = _REMINDED.search(text) if "reminded" in text or "recalled" in text else None
    if reminder is not None and any(not e.source for e in out):
        sayer = next((u.code for u in reversed(units) if u.code and u.end <= reminder.start()), None)
        if sayer is not None:
            out = [
                dataclasses.replace(e, source=(sayer,)) if not e.source and sayer not in e.target else e
                for e in out
            ]
    if "accepted" in low and _ACCEPTED.search(text):
        out = out + _invitation_accepted(out)
    if "latter" in low and _LATTER.search(text):
        out = _latter_asked(out)
    sides = tuple(dict.fromkeys(participants))
    if not (reported_meeting and len(sides) == 2):
        return out
    done: list[Event] = []
    for e in out:
        if (
            e.event in _ADDRESSED
            and not e.target
            and len(e.source) == 1
            and e.source[0] in sides
            and not _WORLDWIDE.search(text)
        ):
            e = dataclasses.replace(e, target=tuple(c for c in sides if c != e.source[0]))
        elif (
            e.event is EventType.AGREE and e.target and set(sides) <= set(e.source) and _CONTACTS.search(text)
        ):
            e = dataclasses.replace(e, target=())  # "agreed to continue contacts on the Syrian issue"
        done.append(e)
    return done


def _invitation_accepted(events: list[Event]) -> list[Event]:
    """ "X invited Y to visit Moscow, and the invitation was accepted": Y agreed to X's request."""
    asked = next((e for e in events if e.event is EventType.REQUEST and e.source and e.target), None)
    if asked is None or any(e.event is EventType.AGREE for e in events):
        return []
    return [
        dataclasses.replace(
            asked, event=EventType.AGREE, mode="", source=asked.target, target=asked.source, derived={}
        )
    ]


def _latter_asked(events: list[Event]) -> list[Event]:
    """ "X spoke with Y at the latter's request": the one named last sought the talk, so the CONSULT runs
    from Y to X (only a one-directional CONSULT is turned)."""
    out: list[Event] = []
    turned = False
    for e in events:
        if not turned and e.event is EventType.CONSULT and len(e.source) == 1 and len(e.target) == 1:
            e = dataclasses.replace(e, source=e.target, target=e.source)
            turned = True
        out.append(e)
    return out
