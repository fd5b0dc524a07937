"""Who speaks and who meets in a run of one page's sentences, where a sentence leaves it to the one before
(session 24).

* A readout tells a leader's words over several sentences; after "Mr Putin noted in his address ..." the
  next sentence often puts its sayer in the middle or at the end: "In that sense, he said, the council could
  play a great role", "In particular, he said that ...", "... was of great value, he added." The "he" is the
  person the sentence before named first, as for a sentence that opens with "He said"
  (:func:`inserted_sayer`, used by :func:`detente.coding.document.carried_speaker`).
* A leader's "our meeting" or "our talks" at a meeting of two sides is both sides' meeting ("This is our
  second meeting this year"), not the speaker's visit to the other: :func:`our_meeting_is_mutual`. "My talks
  with X" and "our talks with X" keep their direction.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, Polarity

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = ["inserted_sayer", "our_meeting_is_mutual"]

_SAYING = (
    r"(?:said|says|noted|stressed|emphasised|emphasized|underlined|pointed\s+out|added|observed|remarked|"
    r"recalled|continued|believed|believes|explained)"
)
_HE = r"(?:he|she)\s+(?:also\s+|further\s+)?"
_LEADING = re.compile(rf"^\s*(?:[A-Z][\w'’-]*)(?:\s+[\w'’-]+){{0,5}},\s+{_HE}{_SAYING}\b")
"""A short opening phrase, then the sayer: "In particular, he said that ...", "At the same time, she noted ..."."""
_INSERTED = re.compile(rf",\s+{_HE}{_SAYING},\s+\S")
"""The sayer set off by commas inside the sentence: "In that sense, he said, the council could ..."."""
_TRAILING = re.compile(rf",\s+{_HE}{_SAYING}\W*$")
"""The sayer at the end: "... was of great importance, he added."."""
_NAMED_SAYER = re.compile(r"\b(?:Mr|Mrs|Ms|Minister|President|Chancellor)\.?\s+[A-Z]\w+\s+" + _SAYING)
"""A sayer named in the sentence itself ("President Putin said"): its own words, no carried "he"."""


def inserted_sayer(text: str) -> bool:
    """The sentence's sayer is a bare "he"/"she" set inside or after its words, with no sayer named in it:
    the person the sentence before named is the one who speaks."""
    head = text[:2000]
    if _NAMED_SAYER.search(head):
        return False
    return any(p.search(head) for p in (_LEADING, _INSERTED, _TRAILING))


_OUR_MEETING = re.compile(
    r"\bour\s+(?:\w+\s+){0,2}?(?:meeting|meetings|talks|negotiations|conversation|contacts)\b(?!\s+with\b)",
    re.IGNORECASE,
)
"""The speaker's "our" before a meeting noun not followed by "with" ("our second meeting", "our talks today")."""


def our_meeting_is_mutual(
    text: str, events: Sequence[Event], speaker: str | None, participants: Sequence[str]
) -> list[Event]:
    """A CONSULT the speaker's "our meeting" told from the speaker to the other side of a two-sided meeting
    is the mutual meeting of both (source both, no target); other events are kept as they are."""
    sides = tuple(dict.fromkeys(participants))
    if speaker is None or len(sides) != 2 or speaker not in sides:
        return list(events)
    out: list[Event] = []
    for e in events:
        a, b = e.anchor
        near = text[max(0, a - 40) : b + 40]
        if (
            e.event is EventType.CONSULT
            and e.polarity is Polarity.ASSERTED
            and tuple(e.source) == (speaker,)
            and set(e.target) == set(sides) - {speaker}
            and _OUR_MEETING.search(near)
        ):
            e = dataclasses.replace(e, source=sides, target=())
        out.append(e)
    return out
