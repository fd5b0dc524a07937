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
- :func:`effort_words`: :func:`detente.coding.exchanges.mediated_truce` ("efforts of X");
- :func:`cause_words`: :func:`detente.coding.statements.cited_grievance` ("citing ...");
- :func:`manner_words`: :func:`detente.coding.cooperation.joint_manner` ("jointly", "in cooperation with");
- :func:`detention_words`: :func:`detente.coding.newsacts.detained_in_place`;
- :func:`frame_words`: :func:`detente.coding.newsacts.framed_concession` (returns the events unchanged);
- :func:`protested_detention_words`: :func:`detente.coding.captivity.protested_detention`;
- :func:`cooperation_words`: :func:`detente.coding.accords.stance_on_cooperation`;
- :func:`may`: the readers of :data:`_START_WORDS`, each of which loops over the tokens and goes on past
  any token whose norm is not in its set (the loop's first test), returning ``None`` after the loop.
"""

from __future__ import annotations

from collections.abc import Callable, Set
from typing import Any

from detente.coding import (
    accords,
    appraisals,
    captivity,
    commitments,
    consults,
    cooperation,
    encroachment,
    exchanges,
    newsacts,
    restrictions,
    statements,
    verbal,
)

__all__ = [
    "agenda_word",
    "answer_nouns",
    "appraisal_words",
    "cause_words",
    "cooperation_words",
    "detention_words",
    "effort_words",
    "frame_words",
    "manner_words",
    "may",
    "position_words",
    "protested_detention_words",
    "withouts",
]


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


def cause_words(norms: Set[str]) -> bool:
    """:func:`~detente.coding.statements.cited_grievance` starts from the first word of a cue."""
    return not statements._CAUSE_FIRST.isdisjoint(norms)


_MANNER_CUES = cooperation._MANNER_NOUNS | cooperation._JOINT_ADVERBS | cooperation._TEAM_VERBS | {"hand"}


def manner_words(norms: Set[str]) -> bool:
    """:func:`~detente.coding.cooperation.joint_manner` reads only the cues its ``_cues`` finds, each
    starting from one of these words."""
    return not _MANNER_CUES.isdisjoint(norms)


def detention_words(norms: Set[str]) -> bool:
    """:func:`~detente.coding.newsacts.detained_in_place` needs a word of detention."""
    return not newsacts._DETENTION_WORDS.isdisjoint(norms)


def frame_words(norms: Set[str]) -> bool:
    """:func:`~detente.coding.newsacts.framed_concession` changes nothing without a framing word."""
    return not newsacts._FRAME_WORDS.isdisjoint(norms)


def protested_detention_words(norms: Set[str]) -> bool:
    """:func:`~detente.coding.captivity.protested_detention` needs a word of protest and one of detention."""
    return not captivity._PROTESTING.isdisjoint(norms) and not captivity._DETENTION_NOUNS.isdisjoint(norms)


def cooperation_words(norms: Set[str]) -> bool:
    """:func:`~detente.coding.accords.stance_on_cooperation` needs a word of cooperation or joining."""
    return not accords._COOPERATION_OR_JOIN.isdisjoint(norms)


_START_WORDS: dict[Callable[..., Any], frozenset[str]] = {
    statements.judged_that: frozenset({"it"}),
    statements.protests_from_a_state: statements._OBJECTION_NOUNS,
    statements.grave_crime_alleged: statements._AMOUNTING,
    statements.international_outcry: statements._WORLDWIDE,
    statements.criticism_faced: statements._CRITICISM,
    statements.background_protest: statements._PROTEST_NOUNS | statements._PROTEST_NOUN,
    statements.at_the_request_of: frozenset({"request", "invitation"}),
    verbal.feeling_at: verbal.FEELINGS,
    verbal.regretted_act: verbal._REGRET,
    verbal.harsh_answer: verbal._ANSWER_NOUNS,
    verbal.refusal_blamed: verbal._BLAME_LINK,
    verbal.offer_discounted: verbal.OFFERS,
    restrictions.passive_restriction: restrictions._RESTRICTED,
    commitments.decided_passive: commitments._DECIDED | {"taken", "made"},  # through its ``_decided_at``
    commitments.joint_text_content: commitments._TEXTS,
    accords.plans_outlined: accords._OUTLINED,
    consults.briefed_on_own_trip: consults._BRIEF_VERBS,
    consults.discussed_with: consults._DISCUSSED,
    consults.judged_meeting_with: consults._JUDGED_MEETINGS,
    exchanges.talks_under_way: exchanges._TALKS,
    encroachment.advance_to_borders: encroachment.MOVES,
    statements.evaluation_praise: statements.PRAISE_NOUNS,
    statements.contribution_praise: statements._DONE,
    commitments.mutual_commitment: commitments._STRESSED,  # its own word test, before the loop
    commitments.joint_body: frozenset({"be"}),
    accords.readiness_with_all: frozenset({"we"}),
    exchanges.visit_stated: exchanges._PLEASED,
    exchanges.said_at_meeting_with: exchanges._AT,
}
"""Readers and the word set the first test of their token loop asks for (see the module docstring)."""


def may(reader: Callable[..., Any], norms: Set[str]) -> bool:
    """Whether ``reader`` (a key of :data:`_START_WORDS`) may find anything in a sentence with these token
    norms: ``False`` when none of them is a word its loop starts from."""
    return not _START_WORDS[reader].isdisjoint(norms)
