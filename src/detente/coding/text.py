"""Sentence splitting with character offsets into the original text.

:func:`split_sentences` cuts a document body into :class:`Sentence` values whose ``start``/``end`` are
offsets into the text it was given (``text[s.start:s.end] == s.text``), so every coded event can point at
the exact span that says it.

Rules, in order:

* **Paragraphs.** A blank line always ends a paragraph. A single line break ends one too unless the text
  is hard-wrapped there: the next line starts with a lower-case letter, or the line before ends with a
  comma, a hyphen, a colon-less connector such as ``and``/``of``/``the``. Sentences never cross paragraphs.
* **Sentence ends** are ``.``, ``!``, ``?``, ``…`` (plus any closing quotes or brackets) followed by white
  space and a sentence start: an upper-case or uncased letter, a digit, or an opening quote or bracket.
  CJK full stops (``。！？``) end a sentence wherever they stand.
* **Not an end**: a period after a title (``Mr.``, ``Dr.``, ``Gen.``, ``Amb.``...); after ``No.``, a month
  (``Sept.``) or ``p.`` when a number follows; after an initial (``George W. Bush``), an acronym with
  inner dots (``U.S.``), ``etc.``, ``Inc.``, ``Jr.``, unless the next word is a common sentence opener
  (``The``, ``He``, ``In``...); inside numbers (``3.5``) since no space follows.
* Pieces with no letter or digit are dropped (text of only punctuation gives ``[]``), and a run-on piece
  longer than ``max_chars`` is cut at the last space before the limit, so a 100 KB block of text without
  punctuation gives pieces of bounded size, never one huge sentence.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Sequence
from dataclasses import dataclass

import ahocorasick_rs

__all__ = ["DEFAULT_MAX_CHARS", "Sentence", "split_sentences"]

DEFAULT_MAX_CHARS = 3000
"""Longest sentence :func:`split_sentences` returns; longer run-on text is cut at a space."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a document; ``text == document[start:end]``."""

    text: str
    start: int
    end: int
    index: int
    """Position of the sentence in the document (0, 1, 2 ...)."""
    paragraph: int
    """Position of its paragraph in the document."""


_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "mssrs",
        "messrs",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cpt",
        "sgt",
        "adm",
        "cmdr",
        "cdr",
        "brig",
        "sen",
        "rep",
        "gov",
        "rev",
        "hon",
        "pres",
        "amb",
        "ambs",
        "mme",
        "mlle",
        "mgr",
        "fr",
        "st",
        "sr",
        "jr",
        "esq",
        "sec",
        "supt",
        "insp",
        "dept",
    ]
)
"""Abbreviations after which a period never ends the sentence (``jr``/``sr`` are handled as conditional)."""

_BEFORE_NUMBER = frozenset(
    [
        "no",
        "nos",
        "nr",
        "art",
        "arts",
        "vol",
        "vols",
        "p",
        "pp",
        "para",
        "ch",
        "fig",
        "figs",
        "ex",
        "op",
        "sect",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
"""Abbreviations that do not end a sentence when a number follows (``No. 5``, ``Sept. 29``)."""

_CONDITIONAL = frozenset(["etc", "inc", "ltd", "co", "corp", "bros", "jr", "sr", "vs", "al", "approx"])
"""Abbreviations that end a sentence only when a common sentence opener follows."""

_NEVER = frozenset(["e.g", "i.e", "cf", "viz", "vs"])

_OPENERS = frozenset(
    [
        "the",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "in",
        "but",
        "this",
        "that",
        "these",
        "those",
        "a",
        "an",
        "on",
        "at",
        "there",
        "his",
        "her",
        "its",
        "their",
        "our",
        "as",
        "after",
        "before",
        "however",
        "meanwhile",
        "also",
        "and",
        "for",
        "while",
        "when",
        "if",
        "since",
        "according",
        "during",
        "earlier",
        "later",
        "then",
        "yet",
        "what",
        "who",
        "why",
        "how",
        "today",
        "yesterday",
        "last",
        "next",
        "one",
        "two",
        "both",
        "all",
        "some",
        "many",
        "most",
        "nato",
        "russia",
    ]
)

_END = re.compile(r"[.!?…]+[\"'”’»)\]]*|[。！？]+")
_WORD_BEFORE = re.compile(r"([\w.’'-]*)$")
_OPENING = "\"'“‘«([¿¡"
_CONNECTOR_END = re.compile(r"(?:[,;\-–—(]|\b(?:and|or|of|the|a|an|to|in|for|with|by|on|at))\s*$", re.I)
_HAS_WORD = re.compile(r"\w")


def split_sentences(text: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> list[Sentence]:
    """Split ``text`` into sentences with character offsets into ``text``.

    Never raises for any string: empty or letter-less text gives ``[]``.
    """
    if not text or not _HAS_WORD.search(text):
        return []
    out: list[Sentence] = []
    for paragraph, (p_start, p_end) in enumerate(_paragraphs(text)):
        for start, end in _sentence_spans(text, p_start, p_end):
            for s, e in _bounded(text, start, end, max_chars):
                s, e = _strip(text, s, e)
                if e > s and _HAS_WORD.search(text, s, e):
                    out.append(Sentence(text[s:e], s, e, len(out), paragraph))
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of paragraphs: blank lines always separate them, single line breaks usually do."""
    spans: list[tuple[int, int]] = []
    block_start = -1
    prev_line = ""
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        line_end = n if nl < 0 else nl
        line = text[pos:line_end]
        if not line.strip():
            if block_start >= 0:
                spans.append((block_start, pos))
                block_start = -1
        elif block_start < 0:
            block_start = pos
        elif not _continues(prev_line, line):
            spans.append((block_start, pos))
            block_start = pos
        if line.strip():
            prev_line = line
        if nl < 0:
            break
        pos = nl + 1
    if block_start >= 0:
        spans.append((block_start, n))
    return spans


def _continues(prev_line: str, line: str) -> bool:
    """Whether ``line`` continues a hard-wrapped sentence from ``prev_line``."""
    first = line.lstrip()[:1]
    if first.islower():
        return True
    return bool(_CONNECTOR_END.search(prev_line))


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _END.finditer(text, start, end):
        stop = m.end()
        if _is_boundary(text, m.start(), stop, end):
            spans.append((cur, stop))
            cur = stop
    if cur < end:
        spans.append((cur, end))
    return spans


def _is_boundary(text: str, mark: int, stop: int, limit: int) -> bool:
    """Whether the terminator at ``text[mark:stop]`` ends a sentence (``limit``: end of the paragraph)."""
    if text[mark] in "。！？":
        return True
    if stop >= limit:
        return True
    if not text[stop].isspace():
        return False
    nxt = stop
    while nxt < limit and text[nxt].isspace():
        nxt += 1
    while nxt < limit and text[nxt] in _OPENING:
        nxt += 1
    if nxt >= limit:
        return True
    first = text[nxt]
    if not (first.isupper() or first.isdigit() or (first.isalpha() and not first.islower())):
        return False
    if text[mark] != "." or (stop - mark > 1 and text[mark + 1] == "."):
        # "!" / "?" / an ellipsis before a sentence start
        return True
    return not _abbreviation_holds(text, mark, nxt, limit)


def _abbreviation_holds(text: str, mark: int, nxt: int, limit: int) -> bool:
    """Whether the word before the period at ``mark`` is an abbreviation that keeps the sentence going."""
    before = _WORD_BEFORE.search(text, max(0, mark - 40), mark)
    word = before.group(1) if before else ""
    word = word.lstrip("'’-")
    if not word:
        return False
    key = word.lower()
    if key in _NEVER:
        return True
    if key in _TITLES:
        return True
    next_word_match = re.match(r"[\w’']+", text[nxt : min(limit, nxt + 30)])
    next_word = next_word_match.group(0) if next_word_match else ""
    if key in _BEFORE_NUMBER:
        return next_word[:1].isdigit()
    initial = len(word) == 1 and word.isupper()
    dotted = "." in word and all(len(part) <= 2 for part in word.split(".") if part)
    if initial or dotted or key in _CONDITIONAL:
        return next_word.lower() not in _OPENERS
    return False


def _bounded(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Cut a span longer than ``max_chars`` at the last white space before each limit."""
    if end - start <= max_chars or max_chars <= 0:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    cur = start
    while end - cur > max_chars:
        cut = text.rfind(" ", cur + 1, cur + max_chars)
        if cut <= cur:
            cut = cur + max_chars
        pieces.append((cur, cut))
        cur = cut
    pieces.append((cur, end))
    return pieces


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# ------------------------------------------------------------------------------------------------- set-up


def freeze_built() -> None:
    """Leave everything built so far (the actor dictionary, the patterns, the modules' tables and compiled
    expressions) out of the cyclic garbage collector's full passes (``gc.freeze``, s36-speed11). They live as
    long as the process, yet each full pass walked all of them again (~0.4 M objects, some 0.15 s on the
    first full pass after set-up, in the middle of coding); only what is built later is walked. Frozen
    objects are still freed by reference counting; only cycles among them stay unfreed."""
    gc.freeze()


# ----------------------------------------------------------------------------------------------- pre-checks


def lower_text(text: str) -> str:
    """``text.lower()``; the last text asked about is answered again without lowering it (s34-speed3: the
    readers of one sentence lower the same sentence again and again)."""
    global _LOWER_OF
    last, low = _LOWER_OF
    if text != last:
        low = text.lower()
        _LOWER_OF = (text, low)
    return low


_LOWER_OF: tuple[str | None, str] = (None, "")
"""The last text :func:`lower_text` was asked about and its lower case (one tuple: a thread never reads one
without the other)."""

_ASCII_LETTER_TWINS = re.compile("[\u0130\u0131\u017f\u212a]")
"""The non-ASCII letters that a case-insensitive pattern matches for an ASCII one ("İ" and "ı" for "i",
"ſ" for "s", the Kelvin sign for "k"); "İ" is also the one letter whose lower case is longer."""


class WordCheck:
    """A cheap test before a case-insensitive regular expression that cannot match without one of some
    words: whether a text may hold one of them (lower-case ASCII) in any letter case, as that expression
    would match it. ``False`` only when none of them is in the lower-cased text."""

    __slots__ = ("_automaton", "_gates", "_words")

    def __init__(self, words: Sequence[str]) -> None:
        from detente.coding.wordgates import WordGates  # (it imports this module)

        self._automaton: ahocorasick_rs.AhoCorasick | None = None
        self._gates: WordGates | None = None
        self._words: frozenset[str] = frozenset(words)
        if self._words and all(w.isascii() and w == w.lower() and w.strip() for w in self._words):
            # (s34-speed3) the words join the word gates' one scan of a text, shared by all modules
            self._gates = WordGates()
            self._gates.gate(self._words)
        else:
            self._automaton = ahocorasick_rs.AhoCorasick(list(words))

    def __call__(self, text: str) -> bool:
        """Whether ``text`` may hold one of the words (``False`` only when it surely holds none)."""
        if self._gates is not None:
            return self._gates.may(text, self._words)
        if not text.isascii() and _has_twins(text):
            return True
        assert self._automaton is not None
        return bool(self._automaton.find_matches_as_indexes(text.lower()))


_twins_of: tuple[str, bool] = ("", False)
"""The last non-ASCII text :func:`_has_twins` was asked about and its answer (s28-speed2: the checks of a
sentence ask about the same text again and again)."""


def _has_twins(text: str) -> bool:
    """Whether ``text`` holds a letter of :data:`_ASCII_LETTER_TWINS`."""
    global _twins_of
    last, answer = _twins_of
    if text != last:
        answer = _ASCII_LETTER_TWINS.search(text) is not None
        _twins_of = (text, answer)
    return answer
