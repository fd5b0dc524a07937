"""Official readouts and statements whose joint acts lack the sides they presuppose (session 23).

A leader's words after talks or in a message often speak of "the two countries" or "our two nations"
without naming the other country in that sentence: the pair is the speaker's own side and the one other
state the record names. :func:`counterpart_pair` finds that pair for a run of a speaker's records, so the
speaker's "we implement joint projects" or "the two countries held reciprocal days of culture" is read as
both sides' act (as when two leaders speak in turn, see :func:`detente.coding.document._recode_speech`).

Example (words of one speaker, Vladimir Putin, in one record): "Many Serbian students study in Russia.
Last year the two countries held joint festivals. We noted our similar positions in our exchange of
views." → the sides are Russia and Serbia; the festivals are their COOPERATE, the exchange their CONSULT.

No pair is lent when the record gives no bilateral wording (a speech mentioning one foreign country is
not a meeting with it), when it names two or more other states, or when its records have more than one
speaker.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from detente.coding import passives
from detente.coding.actors import ActorDictionary, ActorKind, load_dictionary
from detente.coding.units import resolve_speaker

if TYPE_CHECKING:
    from detente.coding.coder import Event

PAIR_WORDING = re.compile(
    r"\b(?:(?:the|our|both|both\s+our)\s+two\s+(?:countries|nations|states|peoples)|both\s+(?:our\s+)?countries"
    r"|our\s+countries|between\s+our\s+(?:two\s+)?(?:countries|nations|states)|our\s+mutual)\b",
    re.IGNORECASE,
)
"""Wording that presupposes exactly two sides, the speaker's own one of them ("the two countries",
"our two nations", "both our countries", "between our countries", "our mutual desire")."""

_PREFIXED = re.compile(r"\b(?:post|pre|anti|pro|ex)-$", re.IGNORECASE)


def speaking_state(
    dictionary: ActorDictionary, records: Sequence[tuple[str, str, dt.date, str | None]]
) -> str | None:
    """The one state every record's speaker (its context) stands for, or ``None`` when the records have
    several speakers or the one speaker is no state."""
    speakers = {resolve_speaker(dictionary, context, date) for _, _, date, context in records}
    if len(speakers) != 1:
        return None
    own = next(iter(speakers))
    if own is None or dictionary.code_kinds.get(own) is not ActorKind.STATE:
        return None
    return own


def counterpart_pair(records: Sequence[tuple[str, str, dt.date, str | None]]) -> tuple[str, ...]:
    """The sides a single speaker's records of one document speak of as a pair: the speaker's own state
    and the only other state the records name, when one record says "the two countries" or the like;
    else ``()``. Records are (id, text, date, context) as :class:`detente.coding.document.RecordStream`
    takes them.

    >>> import datetime as dt
    >>> d = dt.date(2017, 3, 14)
    >>> ctx = "Vladimir Putin, President of Russia"
    >>> counterpart_pair([("p-1", "Many Serbian students study here.", d, ctx),
    ...                   ("p-2", "The two countries held joint festivals.", d, ctx)])
    ('RUS', 'SRB')
    >>> counterpart_pair([("p-1", "Many Serbian students study here.", d, ctx),
    ...                   ("p-2", "The festivals were a success.", d, ctx)])
    ()
    """
    if not records or not any(PAIR_WORDING.search(text) for _, text, _, _ in records):
        return ()
    dictionary = load_dictionary()
    own = speaking_state(dictionary, records)
    if own is None:
        return ()
    others: dict[str, None] = {}
    for _, text, date, _ in records:
        for mention in dictionary.match(text[:2000], date=date):
            code = mention.code
            if code is None or code == own or _PREFIXED.search(text, 0, mention.start):
                continue  # "the post-Soviet space", "an anti-American campaign": no side of the talks
            if dictionary.code_kinds.get(code) is ActorKind.STATE:
                others[code] = None  # an organisation ("coordinate our action in the UN") is no country
    return (own, next(iter(others))) if len(others) == 1 else ()


# --- a pair's joint act told inside a report of what someone said ----------------------------------------

_SAYING = (
    r"(?:said|says|noted|notes|stressed|stresses|emphasised|emphasized|underlined|pointed\s+out|added|"
    r"observed|remarked)"
)
_SAYER = r"(?:[Hh]e|[Ss]he|Mr\.?\s+[A-Z][\w'-]+|Ms\.?\s+[A-Z][\w'-]+|[Tt]he\s+President|[Tt]he\s+Minister)"
_PAIR = r"(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+and\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
_SAYER_INSIDE = re.compile(rf"^\s*(?P<pair>{_PAIR}),\s+{_SAYER}\s+(?:also\s+)?{_SAYING},\s+(?=[a-z])")
"""'Russia and France, he said, shared ...': the pair, then the words after the inserted sayer."""


_SAYING_CUES = (
    "said", "says", "noted", "notes", "stressed", "stresses", "emphasised", "emphasized", "underlined",
    "pointed", "added", "observed", "remarked",
)  # fmt: skip


def _may_insert_sayer(text: str) -> bool:
    """What :data:`_SAYER_INSIDE` needs (s28-speed): its pair has no comma, so the text's first comma follows
    the pair (with its "and"), and its sayer and verb none, so they stand before the second comma."""
    first = text.find(",")
    if first < 0 or "and" not in text[:first]:
        return False
    second = text.find(",", first + 1)
    if second < 0:
        return False
    between = text[first:second]
    return any(cue in between for cue in _SAYING_CUES)


def reported_pair_clause(text: str) -> passives.Reading | None:
    """The clause a sentence reports when a sayer is put between a pair of sides and what they do ("Serbia
    and Hungary, he said, held ..."), as a reading with its pieces' places in the sentence; ``None``
    otherwise. Only the pair's own act is meant to be kept from it (see :func:`pair_acts`). The sayer
    before the pair ("He said Serbia and Hungary had ...") is not read: that form was tried and dropped
    (s23), as it lowered the source accuracy of the Kremlin gold.

    >>> reported_pair_clause("Serbia and Hungary, he said, held the same view of the crisis.").text
    'Serbia and Hungary held the same view of the crisis.'
    >>> reported_pair_clause("He said Serbia and Hungary held the same view.") is None
    True
    """
    if len(text) > 600:
        return None
    found = _SAYER_INSIDE.match(text) if _may_insert_sayer(text) else None
    if found is None:
        return None
    pair_start, pair_end = found.span("pair")
    rest = found.end()
    head = text[pair_start:pair_end]
    tail = text[rest:]
    pieces = (
        (0, len(head), pair_start, pair_end),
        (len(head) + 1, len(head) + 1 + len(tail), rest, len(text)),
    )
    return passives.Reading(f"{head} {tail}", pieces, ())


def pair_acts(text: str, code: Callable[[str], list[Event]]) -> list[Event]:
    """The joint acts of a pair of sides a sentence that codes nothing as it stands reports someone saying
    ("Serbia and Hungary, he said, had the same view of the crisis": AGREE of Serbia and Hungary), with
    their spans in the sentence. ``code`` codes the reported clause alone; only events with two or more
    sides as source and no target are kept (the pair's act, not the sayer's)."""
    reading = reported_pair_clause(text)
    if reading is None:
        return []
    return [
        dataclasses.replace(e, evidence=reading.where(*e.evidence), anchor=reading.where(*e.anchor))
        for e in code(reading.text)
        if len(set(e.source)) >= 2 and not e.target
    ]
