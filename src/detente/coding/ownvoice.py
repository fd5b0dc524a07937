"""A speaker's record that opens in its own voice, told from one that reports someone else's.

:class:`detente.coding.floors.Floor` does not lend a transcript label's speaker to a record naming a "he" or
"she": in a press release's narration ("He said we would ...") those are the text's own subject. A record
that opens with its speaker's own "I" or "we" as the subject ("I would like to thank Mr Atambayev for what
he has done", "We value the President's personal contribution and his efforts") is the speaker's words all
the same; its "he" and "his" are the people the speaker speaks of. :func:`opens_in_own_voice` tells it.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.patterns import Token, words

__all__ = ["opens_in_own_voice"]

_OPENERS = words("“ \" ' ‘ « — – -")
"""Quotation marks and dashes a quoted speech may open with."""
_OWN_SUBJECTS = frozenset(("I", "We"))
_LET = words("let allow permit")


def opens_in_own_voice(tokens: Sequence[Token]) -> bool:
    """The record's first words are its speaker's "I" or "We" (a capital "I", so not a lower-case "i")
    followed by a word, or "Let me" / "Allow us": the speaker's own sentence, whoever it goes on to
    name.

    >>> from detente.coding.patterns import tokenize
    >>> opens_in_own_voice(tokenize("“I would like to thank him for his help."))
    True
    >>> opens_in_own_voice(tokenize("He said we would help."))
    False
    """
    i = 0
    while i < len(tokens) and tokens[i].norm in _OPENERS:
        i += 1
    if i + 1 >= len(tokens) or not tokens[i + 1].is_word:
        return False
    first, second = tokens[i], tokens[i + 1]
    if first.text in _OWN_SUBJECTS:
        return second.norm not in (",", "and")  # "We, the undersigned": no clause of its own told yet
    return first.text[:1].isupper() and first.norm in _LET and second.norm in ("me", "us")
