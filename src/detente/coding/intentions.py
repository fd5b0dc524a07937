"""An act named by a gerund after "intention of": the act intended (or disowned), not a topic.

"NATO has no intention of deploying new missiles in Europe" tells, as a stance, the deployment that will
not happen. Elsewhere a gerund after "of" names a topic ("an aspect of building up the military") and is
read as a noun, so the pattern matcher asks :func:`intention_of` before it drops such a verb.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class _Word(Protocol):
    @property
    def norm(self) -> str: ...


_INTENT_NOUNS = frozenset({"intention", "intentions"})
_POSTING = frozenset(
    {"deploying", "redeploying", "stationing", "placing", "positioning", "basing", "sending", "moving"}
)
"""Gerunds of putting forces or arms somewhere: the stance on a deployment is a statement about it. A
hostile act disowned ("no intention of attacking anyone") is a denial and stays a topic."""


def intention_of(tokens: Sequence[_Word], i: int) -> bool:
    """Whether the gerund at ``i`` follows "intention(s) of" and puts forces or arms somewhere: "Allies
    have no intention of stationing nuclear weapons there" (the stationing, negated)."""
    return (
        i >= 2
        and tokens[i].norm in _POSTING
        and tokens[i - 1].norm == "of"
        and tokens[i - 2].norm in _INTENT_NOUNS
    )
