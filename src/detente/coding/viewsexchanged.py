"""Coder stage 6c, a statement reader: a meeting a readout tells by what its sides exchanged, in the passive.

Kremlin readouts tell part of a meeting in the passive, with what was exchanged as the subject and no side
named: "Views were exchanged on current international issues", "Opinions were also exchanged on the
situation in the Balkans". The sides are those of the meeting the page reports (``participants``, carried by
:class:`detente.coding.sides.DocumentSides` and the record stream), so the sentence is their CONSULT
(the active "exchanged views" and the noun "an exchange of views" are read by
:mod:`detente.coding.readouts`). With no meeting reported before it, or with a "by" agent ("views were
exchanged by the ministers", left to the ordinary passive), it codes nothing; what else is "exchanged"
("prisoners were exchanged", "fire was exchanged") is no talk."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from detente.coding.ontology import EventType
from detente.coding.patterns import PatternSet, Token, words
from detente.coding.polarity import polarity_of
from detente.coding.roles import Roles, clause_floor
from detente.coding.statements import Finding

_EXCHANGED = words("views opinions assessments")
"""What sides exchange in talking."""
_PASSIVE_BE = words("was were been")
_BETWEEN_BE_AND_VERB = words("also further then briefly frankly")
"""Words that may stand between the "be" and "exchanged" ("were also exchanged")."""


class ReadoutView(Protocol):
    """What the reader sees of a sentence: its tokens, and the meeting the document reports."""

    @property
    def tokens(self) -> Sequence[Token]: ...

    @property
    def patterns(self) -> PatternSet: ...

    @property
    def participants(self) -> tuple[str, ...]: ...

    @property
    def reported_meeting(self) -> bool: ...


def _passive_subject(tokens: Sequence[Token], k: int) -> int | None:
    """The index of the word exchanged before the participle at ``k`` ("views" in "views were also
    exchanged"), or ``None`` when no "be" and such a word stand right before it."""
    j = k - 1
    while j >= 0 and tokens[j].norm in _BETWEEN_BE_AND_VERB:
        j -= 1
    if j < 1 or tokens[j].norm not in _PASSIVE_BE:
        return None
    return j - 1 if tokens[j - 1].norm in _EXCHANGED else None


def exchanged_views(view: ReadoutView) -> Finding | None:
    """CONSULT between the reported meeting's sides for "Views were exchanged on ..." (module docstring)."""
    if not view.reported_meeting or len(view.participants) < 2:
        return None
    tokens = view.tokens
    for k, tok in enumerate(tokens):
        if tok.norm != "exchanged":
            continue
        subject = _passive_subject(tokens, k)
        if subject is None or (k + 1 < len(tokens) and tokens[k + 1].norm == "by"):
            continue
        roles = Roles(tuple(view.participants), (), (tokens[subject].start, tok.end), True, True)
        polarity = polarity_of(tokens, subject, view.patterns, floor=clause_floor(tokens, subject))
        return Finding(EventType.CONSULT, "", roles, polarity, tokens[subject].start, tok.end, tok.text)
    return None
