"""The two sides of a speaker's talks told by the speaker joining their own state to one other (s38-runs).

A leader's statement after talks often names the guest only by joining the two states ("Russia and Italy
support ...") or the other leader to themselves ("The President of Russia and I ..."), while the rest of the
run is "we discussed ...", "we agreed ...". :func:`joined_pair` reads that pair from a run of one page's
records, for :func:`detente.coding.document._recode_speech` to read the speaker's "we" as both sides.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from detente.coding.actors import ActorKind, load_dictionary
from detente.coding.readoutacts import speaking_state

_AND = re.compile(r"\s+and\s+$")
"""Only "and" between two names: "Russia and Italy"."""
_AND_I = re.compile(r"\s+and\s+I\b")
"""The speaker joined after a name: "The President of Russia and I"."""


def joined_pair(records: Sequence[tuple[str, str, dt.date, str | None]]) -> tuple[str, ...]:
    """The speaker's state and the one other state the run's records join to it with "and" ("Russia and
    Italy support ...", "The President of Russia and I ..."), when all the run's records have one speaking
    state; else ``()``. Records are (id, text, date, context)."""
    dictionary = load_dictionary()
    own = speaking_state(dictionary, records)
    if own is None:
        return ()
    others: dict[str, None] = {}
    for _, text, date, _ in records:
        if " and " in text:
            others.update(dict.fromkeys(_joined(text[:2000], date, own)))
    return (own, next(iter(others))) if len(others) == 1 else ()


def _joined(text: str, date: dt.date, own: str) -> list[str]:
    """The states other than ``own`` the text joins to ``own`` or to the speaker's "I" with "and"."""
    dictionary = load_dictionary()
    mentions = [m for m in dictionary.match(text, date=date) if m.code is not None]
    found: list[str] = []
    for i, m in enumerate(mentions):
        if m.code == own or dictionary.code_kinds.get(m.code or "") is not ActorKind.STATE:
            continue
        before = mentions[i - 1] if i > 0 else None
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            (before is not None and before.code == own and _AND.match(text[before.end : m.start]))
            or (after is not None and after.code == own and _AND.match(text[m.end : after.start]))
            or _AND_I.match(text, m.end)
        ):
            found.append(m.code or "")
    return found
