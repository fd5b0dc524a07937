"""A state's leader meeting, calling or hearing a report from one of its own officials: "Transport Minister
Ivan Sidorov informed the President on the money set aside for repairing rural roads", "the President
spoke by telephone with General Pavel Orlov, Commander of the Southern District's troops".

The official's name is unknown to the dictionary and the title names no state, so the coder finds one side
only (the leader) and leaves the other role empty. An official text names the state or organisation of a
foreign counterpart ("Italian Prime Minister Silvio Berlusconi", "Adrian Severin, Chairman of the OSCE
Parliamentary Assembly"); a title that names none, in a sentence that names no other actor, is a
compatriot's, and the meeting is the state's domestic business, which hand-coded official sets do not code
(s24-kpool).
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.actors import ActorKind, load_dictionary
from detente.coding.ontology import EventType, SidedEvent
from detente.coding.patterns import Token, words
from detente.coding.units import Unit

__all__ = ["meets_own_official"]


_OFFICES = words(
    "minister ministers governor governors general generals commander commanders aide aides envoy envoys "
    "prosecutor prosecutor-general director directors chairman chairwoman chairperson head heads mayor "
    "mayors rector ombudsman commissioner secretary deputy deputies plenipotentiary chief adviser advisor "
    "assistant"
)
"""Words of an office whose holder a state's leader meets, calls or hears at home."""


def meets_own_official(
    tokens: Sequence[Token], units: Sequence[Unit], participants: Sequence[str], event: SidedEvent
) -> bool:
    """The event is a meeting with one side only, a state (the other role empty), in a sentence that names
    no other state or organisation (nor does the document's meeting) but names the state's own leader or
    official and a person the dictionary does not know with a bare office word (:func:`_titled`): one of
    the state's own officials. ("Foreign ministers of the sixteen Allies met their counterparts" tell of a
    side that is no state.)"""
    if event.event is not EventType.CONSULT:
        return False
    sides = {*event.source, *event.target}
    if len(sides) != 1 or (event.source and event.target):
        return False
    (side,) = sides
    if load_dictionary().code_kinds.get(side) is not ActorKind.STATE or any(p != side for p in participants):
        return False
    if any(u.code is not None and u.code != side for u in units):
        return False  # "Chairman of the OSCE Parliamentary Assembly": a counterpart named by its body
    if not any(u.code == side and u.kind in ("person", "title") for u in units):
        return False  # the state's own leader or official is not named: who met whom is unclear
    return any(u.kind == "unknown" and _titled(tokens, u) for u in units)


def _titled(tokens: Sequence[Token], unit: Unit) -> bool:
    """The unknown name opens with an office word or follows one ("General Gennady Troshev", "Minister
    Mikhail Zurabov"), and is not joined by "and" to the one before ("Deputy Foreign Minister Sergei
    Ryabkov and Deputy Secretary of State Wendy Sherman held talks": two sides' envoys)."""
    i = unit.tok_start
    before = tokens[i - 1].norm if i > 0 else ""
    if before == "and":
        return False
    return tokens[i].norm in _OFFICES or before in _OFFICES
