"""One scan of a sentence for all the words a module's literal pre-checks need (s28-speed2).

A module whose readers each search the whole text with a regular expression that cannot match without one of
some words declares those words as gates (:meth:`WordGates.gate`); the first check on a text finds, in one
Aho-Corasick scan of its lower-cased form, which of all the gate words it holds (overlapping
matches, so "talk" and "talks" are both found in "talks"), and every check on the same text after it is a
set test. A gate is a necessary condition of its expression: ``False`` only when the text holds none of the
gate's words in any letter case, so it never hides a match of an expression that needs one of them, whether
the expression is case-blind or spells its words in one case. The scan is shared by the gates of all
modules (s34-speed3): the modules' checks of one sentence cost one scan, not one per module.

The letters a case-blind expression matches for an ASCII one without being ASCII ("İ", "ı", "ſ", the Kelvin
sign: ``detente.coding.text._ASCII_LETTER_TWINS``) make every gate true for the text that holds them.
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick_rs

from detente.coding.text import _has_twins, lower_text

__all__ = ["WordGates"]


class _Union:
    """The gate words of every module and which of them the last text checked holds (s34-speed3): one
    Aho-Corasick scan of a sentence answers the gates of all modules, where each module scanned it again."""

    __slots__ = ("_all", "_automaton", "_last", "_words")

    def __init__(self) -> None:
        self._words: list[str] = []
        self._all: frozenset[str] = frozenset()
        self._automaton: ahocorasick_rs.AhoCorasick | None = None
        self._last: tuple[str | None, frozenset[str]] = (None, frozenset())

    def add(self, words: frozenset[str]) -> None:
        new = words - self._all
        if new:
            self._words.extend(sorted(new))
            self._all = frozenset(self._words)
            self._automaton = None
            self._last = (None, frozenset())

    def found(self, text: str) -> frozenset[str]:
        """The gate words of any module ``text`` may hold in any letter case (all of them when it holds a
        non-ASCII twin of an ASCII letter)."""
        last, found = self._last
        if text == last:
            return found
        if not text.isascii() and _has_twins(text):
            found = self._all
        else:
            if self._automaton is None:
                self._automaton = ahocorasick_rs.AhoCorasick(self._words)
            found = frozenset(self._automaton.find_matches_as_strings(lower_text(text), overlapping=True))
        self._last = (text, found)
        return found


_UNION = _Union()


class WordGates:
    """The gate words of one module; the words a text holds are found by one scan shared by all modules."""

    __slots__ = ("_all", "_words")

    def __init__(self) -> None:
        self._words: list[str] = []
        self._all: frozenset[str] = frozenset()

    def gate(self, words: Iterable[str]) -> frozenset[str]:
        """Register ``words`` (lower-case ASCII) and return them as a gate for :meth:`may`."""
        gate = frozenset(words)
        if not gate or any(not w.isascii() or w != w.lower() or not w.strip() for w in gate):
            raise ValueError(f"gate words must be non-empty lower-case ASCII: {sorted(gate)}")
        self._words.extend(sorted(gate - self._all))
        self._all = frozenset(self._words)
        _UNION.add(gate)
        return gate

    def found(self, text: str) -> frozenset[str]:
        """The gate words ``text`` may hold in any letter case (all of them when it holds a non-ASCII twin of
        an ASCII letter)."""
        return self._all & _UNION.found(text)

    def held(self, text: str) -> frozenset[str]:
        """The gate words of all modules ``text`` may hold (s35-speed8): ``gate`` may match where it is not
        disjoint from them. A module reads them once and tests each of its gates as a set, one call less per
        check than :meth:`may`; the text must be the one the checks are about."""
        last, found = _UNION._last
        if text != last:
            found = _UNION.found(text)
        return found

    def may(self, text: str, gate: frozenset[str]) -> bool:
        """Whether ``text`` may hold one of ``gate``'s words (``False`` only when it surely holds none)."""
        last, found = _UNION._last  # (the shared scan's last answer read here: one call less per check)
        if text != last:
            found = _UNION.found(text)
        return not gate.isdisjoint(found)

    def within(self, text: str, gate: frozenset[str]) -> bool:
        """Exactly ``any(w in lower_text(text) for w in gate)`` (s38-speed13): the words are found by the shared
        scan of the lower-cased text, which finds every gate word inside it; a text with a non-ASCII twin
        of an ASCII letter (for which the scan answers "all") is tested word by word."""
        if not text.isascii() and _has_twins(text):
            low = lower_text(text)
            return any(w in low for w in gate)
        last, found = _UNION._last
        if text != last:
            found = _UNION.found(text)
        return not gate.isdisjoint(found)
