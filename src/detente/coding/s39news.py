"""News page wording of session 39 (helper news, tag s39-news): kinds of wording in real news pages that
the readers above miss or misread.

* **A word in scare quotes.** News pages quote a sayer's own word inside the reporter's sentence: "the
  minister said she was 'appalled' by the decision", "condemned the “senseless brutality” of the raid".
  The quote marks split the phrase the lexicon knows ("appalled by"), so nothing is read. The sentence
  is read once more with the marks of each short quoted stretch (one to four words, no other punctuation)
  blanked out, offsets unchanged, and the conflictual events (ACCUSE, REJECT, THREATEN, PROTEST) whose
  words lie in a quoted stretch are added when the sentence carries no event of that type yet and the
  rereading names both their sides (a quoted word whose sides the sentence leaves to its page is left
  alone). Quoted cooperative words are left alone: "Trump 'congratulates' China" is irony as often as
  praise (:func:`scare_quoted`).
* **An act named only to be set against another.** "the sanctions have hurt, not helped, the economy",
  "rather than helping Kyiv, Budapest blocked the package", "instead of attacking, the army negotiated":
  the words after ", not", "rather than" or "instead of" name what did not happen; an event read from
  them is dropped (:func:`contrasted`).

:func:`settled` runs them all and never raises.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = ["contrasted", "quoted_stretches", "scare_quoted", "settled"]

_LOG = logging.getLogger(__name__)
_MAX_CHARS = 2_000

Reread = Callable[[str], "list[Event]"]


def settled(
    text: str,
    events: list[Event],
    units: Sequence[Unit],
    reread: Reread | None = None,
) -> list[Event]:
    """``events`` with the readings of the module's note applied, in order."""
    if not text or len(text) > _MAX_CHARS:
        return events
    try:
        out = events
        low = text.lower()
        if reread is not None and any(q in text for q in _QUOTE_GATE):
            out = scare_quoted(text, out, reread)
        if "not " in low or "rather than" in low or "instead of" in low:
            out = contrasted(text, out)
    except Exception as err:  # noqa: BLE001 - a reading never costs the sentence its events
        _LOG.warning("s39news: left the events unchanged: %s", err)
        return events
    return out


# --- a word in scare quotes --------------------------------------------------------------------------------
_QUOTE_GATE = ("'", '"', "‘", "’", "“", "”")
_SCARE = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[]))([‘“\"'])([A-Za-z][A-Za-z-]*(?:\s[A-Za-z][A-Za-z-]*){0,3})([’”\"'])(?![A-Za-z])"
)
_PAIRS = {"‘": "’", "“": "”", '"': '"', "'": "'"}
_QUOTED_TYPES = frozenset({EventType.ACCUSE, EventType.REJECT, EventType.THREATEN, EventType.PROTEST})


def quoted_stretches(text: str) -> list[tuple[int, int, int, int]]:
    """The short quoted stretches of ``text``: (open mark, word start, word end, close mark) offsets."""
    out = []
    for m in _SCARE.finditer(text):
        opening, closing = m.group(1), m.group(3)
        if _PAIRS[opening] != closing and not (opening == "“" and closing == '"'):
            continue
        if m.group(2)[0].isupper():
            continue  # a name or a title in quotes ("the “Road Map”"), not a word held at a distance
        out.append((m.start(1), m.start(2), m.end(2), m.start(3)))
    return out


def scare_quoted(text: str, events: list[Event], reread: Reread) -> list[Event]:
    """``events`` with the conflictual events of quoted words added (see the module note)."""
    stretches = quoted_stretches(text)
    if not stretches:
        return events
    chars = list(text)
    for opening, _, _, closing in stretches:
        chars[opening] = " "
        chars[closing] = " "
    have = {e.event for e in events}
    added: list[Event] = []
    for event in reread("".join(chars)):
        if event.event not in _QUOTED_TYPES or event.event in have or not event.source or not event.target:
            continue
        start, end = event.words_at
        if any(start < b and a < end for _, a, b, _ in stretches):
            added.append(event)
            have.add(event.event)
    return [*events, *added] if added else events


# --- an act named only to be set against another --------------------------------------------------------
_CONTRAST_BEFORE = re.compile(
    r"(?:,\s*not|\brather\s+than|\binstead\s+of)\s+(?:\w+ly\s+)?(?:to\s+)?$", re.IGNORECASE
)


def contrasted(text: str, events: list[Event]) -> list[Event]:
    """``events`` without those whose words follow ", not", "rather than" or "instead of" (see the note)."""
    out = [
        e for e in events if _CONTRAST_BEFORE.search(text, max(0, e.words_at[0] - 40), e.words_at[0]) is None
    ]
    return out if len(out) != len(events) else events
