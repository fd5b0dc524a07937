"""News page wording of session 39 (:mod:`detente.coding.s39news`): a word in scare quotes and an act
named only to be set against another (", not", "rather than"), with the near misses of each.

The sentences are written for these tests, not taken from any gold set."""

from __future__ import annotations

import datetime as dt

from detente.coding import s39news
from detente.coding.coder import code_sentence

DAY = dt.date(2022, 5, 4)

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...]]]


def _coded(text: str) -> Coded:
    return {(e.event.name, e.source, e.target) for e in code_sentence(text, date=DAY)}


def _types(text: str) -> set[str]:
    return {t for t, _, _ in _coded(text)}


# --- a word in scare quotes ------------------------------------------------------------------------------


def test_quoted_judgement_word_is_read() -> None:
    assert ("ACCUSE", ("ESP",), ("PRT",)) in _coded(
        "The Spanish foreign minister said he was ‘dismayed’ by the Portuguese move on fishing quotas."
    )
    assert "ACCUSE" in _types("The Spanish foreign minister said he was 'dismayed' by the Portuguese move.")


def test_quoted_word_reading_needs_a_known_phrase() -> None:
    assert "ACCUSE" not in _types("The Spanish minister called the fishing talks ‘long’ but useful.")


def test_quoted_cooperative_word_is_not_read() -> None:
    assert not _types("Madrid ‘welcomes’ Lisbon in jibe at the new fishing rules")


def test_long_quotation_is_not_a_scare_quote() -> None:
    assert s39news.quoted_stretches("He said “we are dismayed by the decision of the Portuguese side”.") == []
    assert len(s39news.quoted_stretches("She was ‘dismayed’ and “deeply hurt”.")) == 2
    assert s39news.quoted_stretches("Portugal's and Spain's ministers") == []


# --- an act named only to be set against another -------------------------------------------------------


def test_act_after_not_or_rather_than_is_dropped() -> None:
    assert "AID" not in _types("The new tariffs have hurt, not helped, the Spanish farmers, Portugal said.")
    types = _types("Rather than helping Moldova, Hungary blocked the aid package.")
    assert "AID" not in types and "REJECT" in types


def test_act_before_the_contrast_stays() -> None:
    assert "AID" in _types("Spain helped Moldova, not for the first time, with emergency grain deliveries.")
    assert "ACCUSE" in _types("Spain criticised Portugal rather than staying silent.")


# --- hostile input -----------------------------------------------------------------------------------------


def test_hostile_input() -> None:
    assert s39news.settled("", [], []) == []
    assert s39news.settled("'' “” ‘’ ... !!!", [], []) == []
    assert s39news.quoted_stretches("“”‘’''\"\"") == []
    long = "The Spanish mayor was 'dismayed', not helped, by it; " * 2_000
    assert s39news.settled(long, [], []) == []
    assert isinstance(code_sentence(long[:4_000], date=DAY), list)
    assert code_sentence("12345 ‘67’ --", date=DAY) == []


def test_a_quoted_name_or_title_is_no_scare_quote() -> None:
    # a capitalised stretch names a plan or an operation; only a lower-case word is held at a distance
    assert s39news.quoted_stretches("The envoys discussed the “Road Map” and the ‘Zapad’ drills.") == []
    assert len(s39news.quoted_stretches("The envoys called the drills ‘routine’.")) == 1
