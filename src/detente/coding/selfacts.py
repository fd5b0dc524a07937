"""A speaker's own act that needs a counterpart, told with no one else in the sentence: "This would free
our hands" (no one withdraws), "the clean-up work that follows the destruction of chemical weapons" (no one
disarmed for anyone), "it is not going to kill us either", "we will never prohibit the use of ...".

Withdrawals, coercion and attacks are acts on someone: with only the speaker's "I" or "we" and nothing
else named, the words are the speaker's own business or a figure of speech, as
:func:`detente.coding.finalise._speaker_alone` finds for cooperative words. A speaker's troop movements
(MOBILIZE) stand alone and are left to the coder (s24-kpool).
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.filters import FIRST_PERSON_WORDS
from detente.coding.ontology import EventType, SidedEvent
from detente.coding.patterns import Token
from detente.coding.units import Unit

__all__ = ["speaker_acts_on_no_one"]


_ACTS_ON_SOMEONE = frozenset({EventType.RETREAT, EventType.COERCE, EventType.ASSAULT})
"""Types whose act is done to or for another side. (A concession or a refusal may leave its counterpart
unsaid: "I instruct the Minister of Defence to introduce a ceasefire along the entire line of contact",
"we will not compromise on the right of every nation to choose its own path".)"""


def speaker_acts_on_no_one(
    tokens: Sequence[Token], units: Sequence[Unit], speaker: str | None, event: SidedEvent
) -> bool:
    """The event is one of :data:`_ACTS_ON_SOMEONE` whose only actor is the speaker (or no one), in a
    sentence in the first person that names no actor but the speaker."""
    if speaker is None or event.event not in _ACTS_ON_SOMEONE:
        return False
    if not {*event.source, *event.target} <= {speaker}:
        return False
    if not any(t.norm in FIRST_PERSON_WORDS and (t.norm != "i" or t.text == "I") for t in tokens):
        return False
    return all(u.code in (None, speaker) for u in units if u.kind not in ("pronoun", "possessive"))
