"""Attack words used as adjectives: "targeted support", "a more flexible and targeted approach", "the
federal targeted programme" describe aid or policy aimed at a group, not an attack on anyone. The verb
("militants targeted the convoy", "he was targeted in an assassination attempt") keeps its reading.
A pure predicate over a sentence's tokens, used by :mod:`detente.coding.coder` (s24-kpool).
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.patterns import Token, Trigger, words

__all__ = ["targeted_as_modifier"]

_TARGETED = words("targeted targetted")
_MODIFIER_OPENERS = words(
    "a an the more most less and or highly well better narrowly carefully precisely specially federal "
    "regional national our their its his her your such this these those"
)
"""Words before "targeted" that make it an adjective: an article, a degree, a second adjective."""
_POLICY_HEADS = words(
    "support assistance aid help measure measures programme programmes program programs approach "
    "approaches sanctions funding payments payment investment investments subsidies subsidy benefits "
    "benefit policy policies work efforts manner way solutions solution projects project training "
    "advertising campaign campaigns therapy therapies treatment treatments drugs drug spending loans"
)
"""Nouns an adjective "targeted" describes as aimed at someone's needs, not at a victim."""


def targeted_as_modifier(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The attack trigger is the word "targeted" standing as an adjective: after an article, a degree or a
    second adjective ("more flexible and targeted", "the federal targeted programme"), or before a noun of
    aid or policy ("targeted support measures")."""
    i = trig.tok_start
    if trig.tok_end - i != 1 or tokens[i].norm not in _TARGETED:
        return False
    before = tokens[i - 1].norm if i > 0 else ""
    after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    return before in _MODIFIER_OPENERS or after in _POLICY_HEADS
