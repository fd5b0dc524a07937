"""Coder pass: the speaker's "we agreed" after talks is both sides' agreement (s24-readouts24).

In the statements after talks the speaker tells what the two sides settled in the first person plural: "We
agreed to continue consultations", "we have reached an agreement on gas supplies", "today we reaffirmed our
commitment to the settlement". The ordinary triggers code such an AGREE from the speaker alone, to the other
side of the meeting or to no one; in a document that reports a two-sided meeting with the speaker one of its
sides, the agreement is both sides' (source both, no target), as "Russia and Hungary agreed ..." is. An
agreement "with" someone keeps its direction, as does one whose target is a third party ("we agreed to help
Syria"), and a speaker outside the meeting's two sides changes nothing."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType

if TYPE_CHECKING:
    from detente.coding.coder import Event

_WE_AGREED = re.compile(
    r"\bwe\s+(?:have\s+|had\s+|also\s+|just\s+|today\s+|jointly\s+|already\s+|once\s+again\s+){0,3}"
    r"(?:agreed|reached|reaffirmed|confirmed|came\s+to)\b",
    re.IGNORECASE,
)
"""The speaker's "we" as the subject of an agreeing verb."""
_WITH_AFTER = re.compile(r"^[^,;.]{0,40}\bwith\b", re.IGNORECASE)
"""An agreement "with" someone named right after the verb."""
_REACH = 60
"""Characters before an event's anchor that the "we agreed" may stand in."""


def we_agreed_together(
    text: str, events: Sequence[Event], speaker: str | None, participants: Sequence[str], *, reported: bool
) -> list[Event]:
    """An AGREE told by the speaker's "we agreed" (see the module docstring), coded from the speaker alone
    to the meeting's other side or to no one, becomes both sides' agreement."""
    sides = tuple(dict.fromkeys(participants))
    if not reported or speaker is None or len(sides) != 2 or speaker not in sides:
        return list(events)
    other = set(sides) - {speaker}
    out: list[Event] = []
    for e in events:
        if e.event is EventType.AGREE and e.source == (speaker,) and set(e.target) <= other:
            a, b = e.anchor
            found = _WE_AGREED.search(text[max(0, a - _REACH) : b])
            if found is not None and not _WITH_AFTER.match(text[max(0, a - _REACH) + found.end() :]):
                e = dataclasses.replace(e, source=sides, target=())
        out.append(e)
    return out
