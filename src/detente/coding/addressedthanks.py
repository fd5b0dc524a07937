"""Thanks one leader gives the other in a two-sided transcript: "thank you for ...".

At talks, a press statement or an exchange of toasts, each leader thanks the other to his face: "Mr Putin,
thank you for your kind words about our country", "On behalf of our people, I thank you for the support we
always feel", "we would like to thank you for inviting us". The sentence names no one but "you"; the one
thanked is the other side of a page where exactly two sides hold the floor (transcript labels, or the
records' contexts), so the thanks is SUPPORT from the speaker's side to the other's.

Not read: thanks of courtesy ("thank you for your attention", "for being here", "for the question", "for the
opportunity to speak"), bare thanks ("Thank you, Mr President."), thanks to "you all", and pages whose floor
is held by a moderator or a person the dictionary does not know, or by one side only (a minister reporting
to his President thanks no foreign side).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from detente.coding.actors import ActorKind, load_dictionary
from detente.coding.coder import Event
from detente.coding.floors import floor_holders
from detente.coding.ontology import EventType, Polarity

__all__ = ["THANKS_TO_YOU", "add_thanks", "addressed_thanks", "thanked_for"]

_ADVERBS = (
    r"(?:\s+(?:very|so)\s+much|\s+again|\s+once\s+again|\s+sincerely|\s+personally|\s+especially|\s+also)*"
)
"""Words of weight about thanks ("thank you very much", "thank you once again")."""

THANKS_TO_YOU = re.compile(
    r"\b(?:thank\s+you|my\s+thanks\s+to\s+you|(?:am|are|’m|'m)\s+(?:very\s+|most\s+|deeply\s+|sincerely\s+|truly\s+)?"
    r"grateful\s+to\s+you)"
    rf"{_ADVERBS}"
    r"(?:\s*,\s*(?:Mr|Madam|Mrs|Ms|dear|my\s+dear|President|Prime\s+Minister)\b[^,.;:]{0,40},?)?"
    rf"{_ADVERBS}"
    r"\s+for\s+(?P<reason>[^.;?!]{3,})",
    re.IGNORECASE,
)
"""Thanks to "you" with what it is for ("thank you so much, Madam Chancellor, for your hospitality")."""

_COURTESY = re.compile(
    r"^(?:(?:your|the|this|that|such\s+a)\s+)?(?:(?:kind|close|great|patient)\s+)?"
    r"(?:attention|patience|question|questions|floor|listening|being\s+here|coming|joining|taking\s+the\s+time|"
    r"your\s+time|time|opportunity\s+to\s+(?:speak|report|address|present|say|ask|take\s+part)|"
    r"chance\s+to\s+(?:speak|report|ask)|raising|asking|the\s+interview|this\s+interview|interview|"
    r"conversation|talk|answer|answers|explanation|report|presentation)\b",
    re.IGNORECASE,
)
"""What courtesy thanks are for: nothing one side did for the other."""

Record = tuple[str, str, dt.date, str | None]


def thanked_for(text: str) -> tuple[int, int] | None:
    """The span of thanks to "you" for something done, not for courtesy; ``None`` otherwise.

    >>> thanked_for("Mr Putin, thank you for your kind words about our country.") is not None
    True
    >>> thanked_for("Thank you for your attention.") is None
    True
    >>> thanked_for("Thank you, Mr President.") is None
    True
    >>> thanked_for("Thank you so much, Madam President, for the generous reception.") is not None
    True
    """
    found = THANKS_TO_YOU.search(text)
    if found is None or _COURTESY.match(found["reason"].strip()):
        return None
    return found.start(), found.end()


def _named(records: Sequence[Record], code: str) -> bool:
    """The document names ``code`` as a state or an organisation ("Kyrgyzstan", "the CIS") or through a
    person holding its office on the date ("President of Kyrgyzstan Almazbek Atambayev"), not only
    through a former office holder's surname ("Dmitry Azarov", a Russian governor, is no Mykola Azarov)."""
    dictionary = load_dictionary()
    for _, text, date, _ in records:
        for mention in dictionary.match(text[:2000], date=date):
            if mention.code != code:
                continue
            if mention.kind in _SIDE_KINDS or (mention.role is not None and mention.role.actor == code):
                return True
    return False


_SIDE_KINDS = (ActorKind.STATE, ActorKind.ORG)


def addressed_thanks(records: Sequence[Record]) -> list[tuple[int, str, str, tuple[int, int]]]:
    """The records of one document (in order) that thank the other side: (position, source, target,
    span), when exactly two sides, states or organisations, hold the floor over the document.

    >>> d = dt.date(2017, 6, 20)
    >>> addressed_thanks([("p-1", "President of Russia Vladimir Putin: Friends,", d, None),
    ...                   ("p-2", "Thank you for accepting our invitation.", d, None),
    ...                   ("p-3", "President of Kyrgyzstan Almazbek Atambayev: Thank you.", d, None)])
    [(1, 'RUS', 'KGZ', (0, 38))]

    A side known only through a surname of a former office holder is not enough (:func:`_named`).
    """
    speakers = floor_holders(records)
    if speakers is None:
        return []
    dictionary = load_dictionary()
    sides = list(dict.fromkeys(s for s in speakers if s is not None))
    if len(sides) != 2 or not all(dictionary.is_side(s) for s in sides):
        return []
    if not all(_named(records, side) for side in sides):
        return []  # a side known only from a person's name ("Dmitry Azarov:" read as Ukraine's Azarov)
    found: list[tuple[int, str, str, tuple[int, int]]] = []
    for k, ((_, text, _, _), speaker) in enumerate(zip(records, speakers, strict=True)):
        span = thanked_for(text) if speaker is not None else None
        if span is None or speaker is None:
            continue
        other = sides[1] if speaker == sides[0] else sides[0]
        found.append((k, speaker, other, span))
    return found


def add_thanks(records: Sequence[Record], coded: list[list[Event]]) -> None:
    """Add to ``coded`` (the events of ``records``, one document in order) the SUPPORT of each thanks to
    the other side (:func:`addressed_thanks`) that a record holds with no SUPPORT of its own."""
    for k, source, target, span in addressed_thanks(records):
        if any(e.event is EventType.SUPPORT for e in coded[k]):
            continue
        date = records[k][2]
        coded[k] = [
            *coded[k],
            Event(
                EventType.SUPPORT,
                "",
                (source,),
                (target,),
                Polarity.ASSERTED,
                date.isoformat(),
                "day",
                span,
                trigger="thank",
                anchor=span,
            ),
        ]
