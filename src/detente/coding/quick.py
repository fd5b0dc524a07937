"""Quick tests before readers that find nothing without one of their start words (s27-speed).

Each reader gated here loops over the sentence's tokens and reads only from a token whose norm is in one
word set of its own module, returning ``None`` when no token has one. The coder already holds the set of
the sentence's token norms, so one ``isdisjoint`` against that set answers for the whole loop; a gate that
says no therefore never hides an event (the reader's output is the same, it is only not run).

- :func:`answer_nouns`: :func:`detente.coding.verbal.answered_in_kind` ("in response to ...");
- :func:`withouts`: :func:`detente.coding.statements.indispensable_praise` ("cannot ... without X");
- :func:`appraisal_words`: :func:`detente.coding.appraisals.appraised_partner`;
- :func:`position_words`: :func:`detente.coding.accords.shared_position`;
- :func:`agenda_word`: :func:`detente.coding.readouts.agenda_of_talks` as
  :func:`detente.coding.exchanges.agenda_between` runs it (same tokens);
- :func:`effort_words`: :func:`detente.coding.exchanges.mediated_truce` ("efforts of X").
"""

from __future__ import annotations

from collections.abc import Set

from detente.coding import accords, appraisals, exchanges, verbal

__all__ = ["agenda_word", "answer_nouns", "appraisal_words", "effort_words", "position_words", "withouts"]


def answer_nouns(norms: Set[str]) -> bool:
    """:func:`~detente.coding.verbal.answered_in_kind` needs a noun of answering."""
    return not verbal._ANSWER_NOUNS.isdisjoint(norms)


def withouts(norms: Set[str]) -> bool:
    """:func:`~detente.coding.statements.indispensable_praise` starts from "without"."""
    return "without" in norms


def appraisal_words(norms: Set[str]) -> bool:
    """:func:`~detente.coding.appraisals.appraised_partner` starts from a word of :data:`APPRAISALS`."""
    return not appraisals.APPRAISALS.isdisjoint(norms)


def position_words(norms: Set[str]) -> bool:
    """:func:`~detente.coding.accords.shared_position` needs a word of position."""
    return not accords._POSITION.isdisjoint(norms)


def agenda_word(norms: Set[str]) -> bool:
    """:func:`~detente.coding.readouts.agenda_of_talks` reads only a sentence with "agenda"."""
    return "agenda" in norms


def effort_words(norms: Set[str]) -> bool:
    """:func:`~detente.coding.exchanges.mediated_truce` starts from "effort(s)"."""
    return not exchanges._EFFORTS.isdisjoint(norms)
