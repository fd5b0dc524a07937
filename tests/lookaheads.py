"""Checks shared by the speed tests: an expression given a first-letter look-ahead (``(?=[bepot])`` at its
head, s35-speed5 and after) must find exactly what it found without it."""

from __future__ import annotations

import re
from collections.abc import Iterable


def case_variants(text: str) -> list[str]:
    """The text as is, in upper, title and lower case, and with each ASCII letter that has a non-ASCII case
    twin swapped for it (an expression read without regard to case matches the twin too: ı ſ K İ)."""
    twins = text.replace("i", "\u0131").replace("s", "\u017f").replace("k", "\u212a")
    upper_twins = text.upper().replace("I", "\u0130")
    return [text, text.upper(), text.title(), text.lower(), twins, upper_twins]


def assert_lookahead_hides_nothing(pattern: re.Pattern[str], lookahead: str, texts: Iterable[str]) -> int:
    """``pattern`` (which holds ``lookahead``) and the same expression without it agree on every text's case
    variants: the spans and groups of ``finditer``, and ``search`` / ``match`` from several positions.
    Returns how many matches ``finditer`` found, so a caller can check that its texts exercise the pattern."""
    assert lookahead in pattern.pattern
    plain = re.compile(pattern.pattern.replace(lookahead, "", 1), pattern.flags)
    found = 0
    for text in texts:
        for variant in case_variants(text):
            got = [(m.span(), m.groups()) for m in pattern.finditer(variant)]
            assert got == [(m.span(), m.groups()) for m in plain.finditer(variant)]
            found += len(got)
            for pos in (0, 1, 3, 7, len(variant) // 2):
                a, b = pattern.search(variant, pos), plain.search(variant, pos)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
                a, b = pattern.match(variant, pos), plain.match(variant, pos)
                assert (a and a.span()) == (b and b.span())
    return found
