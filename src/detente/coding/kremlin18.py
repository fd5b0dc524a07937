"""Kremlin wording of session 34 (helper kremlin18, tag s34-kremlin18): agreements a speaker tells as
"we agreed", a meeting still to come named in a page's lead, and talks told by their agenda on a page whose
sides come from the run's fallback.

A sentence family of leaders' statements, read after the other readers (the hook follows
``titles11.settled`` in :func:`detente.coding.coder._code_sentence_events`), and two page-level tests that
:class:`detente.coding.document.RecordStream` asks:

- **"We agreed" told by one side of talks** (:func:`we_agreed`). "Today we agreed with the Kazakh President
  that the ministers will meet", "I raised this with my Armenian colleague and we agreed to set up a
  working group": the agreement is reached by both sides together, so the speaker's AGREE aimed at the one
  foreign side the sentence names becomes a mutual AGREE (both as source, no target), as "Russia and
  Armenia agreed" is coded. Only for "we" as the subject of "agreed" / "reached an agreement" / "came to
  an understanding", with the counterpart named after "with" and a state as the speaker (not "we have not
  agreed", not "we agreed with the ministry", not an alliance's "we agreed that Ukraine will join": that is
  its own decision about a state, not talks with it).
- **A meeting still to come, named in a lead sentence** (:func:`names_later_meeting`). "The guest hoped
  for a solution by the Russia-EU summit, scheduled for May": a meeting named by its two sides as one
  still to come is another meeting spoken of, so the lead sentence names no sides of the page's own.
- **Talks told by their agenda take the run's fallback sides as a reported meeting**
  (:func:`talks_takers`). "Other matters under discussion were fisheries and shipping" in a run that names
  its two sides only through a later "The Norwegian Prime Minister thanked Mr Putin ...": the record is
  read as a record of that meeting, as it would be had the run named the meeting itself.

Each test is a regular expression after a cheap substring gate; no sides are invented here (only the
speaker and the sides of events already read are used). Nothing here raises.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from detente.coding import kremlin17
from detente.coding.actors import ActorKind, load_dictionary
from detente.coding.ontology import EventType
from detente.coding.text import lower_text

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = [
    "MAX_TEXT",
    "names_later_meeting",
    "settled",
    "talks_takers",
    "we_agreed",
]

_LOG = logging.getLogger(__name__)

MAX_TEXT = 4000
"""Longer "sentences" (a page that failed to split) are left as they are."""

_WE_AGREED = re.compile(
    r"\bwe\s+(?:have\s+|had\s+|also\s+|just\s+|today\s+|already\s+|then\s+|now\s+|finally\s+){0,3}"
    r"(?:agreed|reached\s+(?:an?\s+|the\s+)?(?:agreement|understanding|accord)|"
    r"came\s+to\s+(?:an?\s+|the\s+)?(?:agreement|understanding))\b",
    re.IGNORECASE,
)
_WITH = re.compile(r"\bwith\s+(?:\w+[’']?s?\s+){0,4}[A-Z]")
"""The counterpart is named after "with" ("agreed with President X", "discussed it with X and we agreed")."""
_NOT_AGREED = re.compile(
    r"\bwe\s+(?:have\s+|had\s+)?(?:not|never|yet\s+to)\b|\b(?:did|have|has)n[’']t\b", re.I
)
_DOMESTIC_WITH = re.compile(
    r"\bagreed\s+with\s+(?:the\s+)?(?:\w+\s+){0,3}(?:ministry|ministries|government|governors?|regions?|"
    r"company|companies|department|agency|cabinet|duma|parliament|colleagues\s+in\s+the\s+government)\b",
    re.IGNORECASE,
)


def we_agreed(text: str, events: Sequence[Event], speaker: str | None) -> list[Event]:
    """The speaker's AGREE aimed at one other side, told as "we agreed ...", made mutual (see the module)."""
    out = list(events)
    if not speaker or load_dictionary().code_kinds.get(speaker) is not ActorKind.STATE:
        return out  # an alliance's "we agreed that Ukraine will join" is its own decision, no talks
    if _WE_AGREED.search(text) is None or _WITH.search(text) is None:
        return out
    if _NOT_AGREED.search(text) is not None or _DOMESTIC_WITH.search(text) is not None:
        return out
    for i, e in enumerate(out):
        if e.event is not EventType.AGREE or tuple(e.source) != (speaker,) or len(e.target) != 1:
            continue
        other = e.target[0]
        if other == speaker or not other.isupper():
            continue  # a group ("businesses") or the speaker's own side is no counterpart of talks
        mutual = (speaker, other)
        if any(x.event is EventType.AGREE and set(x.source) == set(mutual) and not x.target for x in out):
            out.pop(i)  # the mutual agreement is read already
        else:
            out[i] = dataclasses.replace(e, source=mutual, target=())
        break
    return out


def settled(text: str, events: list[Event], speaker: str | None) -> list[Event]:
    """``events`` with this module's two families read (see the module docstring)."""
    if not events or not text or len(text) > MAX_TEXT:
        return events
    try:
        low = lower_text(text)  # (s38-speed13)
        out = events
        if "agreed" in low or "agreement" in low or "understanding" in low or "accord" in low:
            out = we_agreed(text, out, speaker)
        return out
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as err:  # pragma: no cover
        _LOG.warning("kremlin18: left the events unchanged: %s", err)
        return events


_LATER_MEETING = re.compile(
    r"\b(?:upcoming|forthcoming|coming|next|future|planned|scheduled|prospective|impending)\s+"
    r"(?:\w+[-\u2010\u2011\u2013\u2014]\w+\s+)(?:talks|summit|negotiations|consultations|meeting)\b|"
    r"\b(?:by|before|ahead\s+of|in\s+preparation\s+for|preparations?\s+for)\s+the\s+"
    r"(?:\w+[-\u2010\u2011\u2013\u2014]\w+\s+)(?:talks|summit|negotiations|consultations|meeting)\b|"
    r"\b\w+[-\u2010\u2011\u2013\u2014]\w+\s+(?:talks|summit|negotiations|consultations|meeting)\s*,?\s+"
    r"(?:scheduled|planned|due|set|expected|to\s+be\s+held)\b",
    re.IGNORECASE,
)


def names_later_meeting(text: str) -> bool:
    """The sentence names a meeting by its two sides as one still to come ("by the Russia-EU summit,
    scheduled for May", "ahead of the upcoming Russian-Chinese talks"): another meeting spoken of, so a
    page's lead sentence that does so names no sides of the meeting the page reports (s34-kremlin18).
    A meeting held ("following Russian-Indian talks") is not matched."""
    if (
        not text
        or len(text) > MAX_TEXT
        or ("-" not in text and "\u2013" not in text and "\u2010" not in text)
    ):
        return False
    return _LATER_MEETING.search(text) is not None


def talks_takers(
    records: Sequence[tuple[str, str, Any, Any]],
    takers: Sequence[tuple[int, int]],
    numbered: Callable[[str], bool],
) -> list[tuple[int, int]]:
    """Which of a run's ``takers`` of its fallback sides (:func:`detente.coding.document._fallback_sides`)
    are read as records of a reported meeting (s34-kremlin18): those of a page of its own (``numbered`` on
    the record's id) that tell the talks by an agenda or outcome with no doer
    (:func:`detente.coding.kremlin17.talks_told`: "Other matters under discussion were fisheries and
    shipping", "The agenda of the talks covered energy"). Without a reported meeting such a record codes
    nothing even with the sides known, although its page's meeting is what it tells."""
    out: list[tuple[int, int]] = []
    for taker in takers:
        rid, text = records[taker[0]][0], records[taker[0]][1]
        if numbered(rid) and kremlin17.talks_told(text):
            out.append(taker)
    return out
