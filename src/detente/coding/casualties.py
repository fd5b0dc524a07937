"""People hurt in an attack whose doer the sentence does not name (s24-news).

News reports an attack by its casualties as often as by its doer: "two men were stabbed in an attack near
the station", "three soldiers were killed in shelling of the base", "a guard was shot dead". The coder
drops an event with no actor on either side; these passives stand alone, like an attack with a war weapon:
the words say an attack took place, whoever did it. The phrases are the ``s24-news`` ASSAULT group of
``patterns.toml``: a passive of killing or wounding followed by "in|during" and an attack noun, or a verb
that is an attack by itself ("stabbed", "shot dead"). Hurt "in a car crash" or "in the earthquake" is no
attack and is not matched.

When the victims are private people ("two men", "a woman", "three teenagers"), the target is
``civilians`` (the code the dictionary gives people who hold no office), as news coders code them.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.ontology import EventType
from detente.coding.patterns import Token, Trigger, words

__all__ = ["unnamed_attack", "victims"]

_BE = words("was were been")
_HURT = words("killed wounded injured stabbed shot murdered")
_ALONE = words("stabbed")
"""Participles that are an attack by themselves, with no attack noun after them."""
_PRIVATE_PEOPLE = words(
    "man men woman women boy boys girl girls child children teenager teenagers teen teens juvenile "
    "juveniles person people pedestrian pedestrians passer-by passers-by resident residents worshippers "
    "shoppers students pupils"
)
_VICTIM_REACH = 5
"""Words before "was/were" read for the victims' head noun."""
CIVILIANS = "civilians"


def unnamed_attack(tokens: Sequence[Token], trig: Trigger) -> bool:
    """``trig`` is an ASSAULT told by its casualties in the passive: "were killed in an attack", "was
    stabbed", "were shot dead" (see the module)."""
    if trig.match.rule.event is not EventType.ASSAULT or not trig.verbal:
        return False
    span = tokens[trig.tok_start : trig.tok_end]
    if len(span) < 2 or span[0].norm not in _BE or span[1].norm not in _HURT:
        return False
    if len(span) == 2:
        return span[1].norm in _ALONE
    return span[2].norm in ("in", "during", "dead")


def victims(tokens: Sequence[Token], trig: Trigger) -> tuple[str, ...]:
    """``(civilians,)`` when the subject of the passive is private people ("two juveniles were stabbed"),
    else no one."""
    for k in range(trig.tok_start - 1, max(-1, trig.tok_start - 1 - _VICTIM_REACH), -1):
        norm = tokens[k].norm
        if norm in _PRIVATE_PEOPLE:
            return (CIVILIANS,)
        if norm in (",", ";", ":", "and", "who", "which"):
            break
    return ()
