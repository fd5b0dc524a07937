"""s36-speed10: the faster paths find exactly what the slower ones found.

- :func:`detente.coding.units._participant_phrases` tries the case-blind pattern only where a lower-case
  first-word scan finds a place it may begin: it must give what ``finditer`` gives, in every letter case and
  with any white space between the words.
- :func:`detente.coding.coder._finish` keeps the derived fields per (type, mode): each event gets its own
  dict, equal to :func:`detente.coding.ontology.derived_fields`.
- :mod:`detente.coding.enumlookup` drops the enum metaclass's ``__getattr__`` fallback on Python 3.11: every
  member of the coder's enums is still found by name, and a missing name still raises.
"""

from __future__ import annotations

import datetime as dt
import enum
import sys

import pytest
from tests.lookaheads import case_variants

from detente.coding import actors, coder, enumlookup, ontology, units
from detente.coding.coder import code_sentence

_TEXTS = [
    "The two leaders discussed trade, and both sides agreed to meet again.",
    "The  two\tpresidents met; the two also agreed on a plan.",
    "Both\u00a0countries signed the accord after the talks in the capital.",
    "Participants in the meeting welcomed each side's offer; the meeting participants left.",
    "Our two nations will keep talking, said the ministers of both partners.",
    "Each country sent the foreign ministers to the summit.",
    "Bathe two leaders? Another three men, other sides, mother countries.",
    "the heads of state met; THE PRIME MINISTERS spoke; The Negotiations went on.",
    "Statements were made by the government about the environment.",
    "",
    "1234 !!! ---",
    "PARTİCİPANTS İN THE TALKS and the Kelvin \u212aey: both ſides agreed.",
]


def _plain(text: str) -> list[tuple[tuple[int, int], str]]:
    """What the phrases were before s36-speed10: the word check, then ``finditer`` over the whole text."""
    if not units._PARTICIPANT_WORDS(text):
        return []
    return [(m.span(), m.group()) for m in units._PARTICIPANTS.finditer(text)]


@pytest.mark.parametrize("text", _TEXTS)
def test_participant_phrases_as_finditer(text: str) -> None:
    for variant in case_variants(text):
        got = [(m.span(), m.group()) for m in units._participant_phrases(variant)]
        assert got == _plain(variant)


def test_participant_phrases_found() -> None:
    found = sum(len(units._participant_phrases(t)) for t in _TEXTS)
    assert found >= 12  # the texts exercise the pattern, not only its misses


def test_participant_phrases_long_text() -> None:
    text = " ".join(_TEXTS) * 300
    got = [(m.span(), m.group()) for m in units._participant_phrases(text)]
    assert got == _plain(text)
    assert isinstance(units._participant_phrases("x" * 100_000), list)


def test_derived_fields_kept_per_pair() -> None:
    for etype in ontology.EventType:
        for mode in ("", "visit", "not-a-mode"):
            assert coder._derived(etype, mode) == ontology.derived_fields(etype, mode)
    ev = code_sentence("NATO condemned Russia.", date=dt.date(2015, 1, 1))
    again = code_sentence("NATO condemned Russia.", date=dt.date(2015, 1, 1))
    assert ev and again
    assert ev[0].derived == again[0].derived
    assert ev[0].derived is not again[0].derived  # each event its own dict


@pytest.mark.parametrize("kind", [ontology.EventType, ontology.Polarity, actors.ActorKind])
def test_enum_members_found_without_fallback(kind: type[enum.Enum]) -> None:
    enumlookup.drop_member_fallback()
    for name, member in kind.__members__.items():
        assert getattr(kind, name) is member
    with pytest.raises(AttributeError):
        getattr(kind, "NO_SUCH_" + "MEMBER")  # a name no member has


def test_fallback_dropped_on_311() -> None:
    enumlookup.drop_member_fallback()
    assert "__getattr__" not in vars(enum.EnumType)
    assert enumlookup.drop_member_fallback() is False  # once only
    if sys.version_info >= (3, 12):
        assert not hasattr(enum.EnumType, "__getattr__")


def test_bad_input_returns_lists() -> None:
    for text in ("", "!!!", "x" * 100_000):
        assert isinstance(code_sentence(text, date=dt.date(2015, 1, 1)), list)
