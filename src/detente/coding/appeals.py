"""Coder stage 6c, appeals told as "international": a refusal of "international calls" and a request for
"international assistance" name no one, yet they are made to (or by) the international community — "Myanmar's
junta defied international calls to free Aung San Suu Kyi" rejects the international community, "Lebanon's
President appealed for urgent international assistance" asks it.

Limits: only REJECT and REQUEST, only when the event has no target other than its own source (a target the
sentence names, "defied calls from Washington", stays), and only with "international" and its noun within
a few words right after the trigger (past "for" and an adjective or two: "for urgent international help")."""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.ontology import EventType
from detente.coding.patterns import Token

COMMUNITY = "international community"
_APPEALS = {
    EventType.REJECT: frozenset(
        {"calls", "call", "appeals", "appeal", "demands", "pressure", "condemnation"}
    ),
    EventType.REQUEST: frozenset({"assistance", "help", "aid", "support", "intervention", "mediation"}),
}
_REACH = 4


def international_party(
    tokens: Sequence[Token],
    etype: EventType,
    source: tuple[str, ...],
    target: tuple[str, ...],
    anchor: tuple[int, int],
) -> tuple[str, ...]:
    """The event's target, or the international community when the trigger (at ``anchor``: "defied
    international calls", "appealed for") holds or is followed by an "international" appeal
    (:data:`_APPEALS`) and no other target is named."""
    nouns = _APPEALS.get(etype)
    if nouns is None or not source or (target and not set(target) <= set(source)):
        return target
    first = next((i for i, t in enumerate(tokens) if t.start >= anchor[0]), len(tokens))
    k = next((i for i, t in enumerate(tokens) if t.start >= anchor[1]), len(tokens))
    for i in range(first + 1, min(len(tokens) - 1, k + _REACH)):
        norm = tokens[i].norm
        if norm in (",", ";", ".", "that", "to"):
            return target
        if norm == "international" and tokens[i + 1].norm in nouns:
            return (COMMUNITY,)
    return target
