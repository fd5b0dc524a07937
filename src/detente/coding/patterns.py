"""Event patterns: tokens of a sentence, the phrase matcher, and the triggers it finds.

The phrases live in ``detente/data/patterns.toml`` (syntax documented at its top). This module

* splits a sentence into :class:`Token` values with character offsets (:func:`tokenize`); every token
  carries a *canonical* lower-case spelling (:func:`canon`) so British and American spellings meet
  ("criticize" and "criticise" are both ``criticise``; "defense" is ``defence``; "canceled" is
  ``cancelled``);
* inflects verb lemmas (:func:`inflect`: urge → urges, urged, urging; irregular forms from the data);
* compiles phrases into :class:`Phrase` values indexed by their first word, so one pass over the tokens
  finds every match (:meth:`PatternSet.find`), and overlapping matches keep the longest one.
"""

from __future__ import annotations

import functools
import logging
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any, NamedTuple

from detente.coding import intentions, supplyshare
from detente.coding.ontology import EventType, normalize
from detente.coding.text import freeze_built
from detente.errors import InputError

logger = logging.getLogger(__name__)

MAX_GAP = 6
MAX_LONG_GAP = 16
"""``**``: a long gap, for phrases whose object is a whole noun phrase ("declare ** persona non grata"); unlike
``*`` it may span commas."""
"""Most words a ``*`` in a phrase may skip."""


def words(text: str) -> frozenset[str]:
    """The words of a space-separated list (for word lists written as one string)."""
    return frozenset(text.split())


_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|\d+(?:[.,]\d+)+|\w+(?=n['’]t\b)|n['’]t\b|\w+(?:[-‐]\w+)*|['’](?:s|re|ve|ll|d|m)\b|[^\w\s]",
    re.UNICODE,
)
"""Dotted abbreviations ("U.N.", "U.S." are one token), numbers, words (hyphenated words are one), clitics
("'s", "n't"; an opening quote, "'suspend'", is punctuation before its word) and single punctuation marks."""
"""Words ("didn't" is "did" + "n't"), numbers with separators ("300,000", "1.5") and single punctuation."""
_TOKEN_NO_CLITIC = re.compile(
    r"(?:[A-Z]\.){2,}|\d+(?:[.,]\d+)+|\w+(?:[-‐]\w+)*|['’](?:s|re|ve|ll|d|m)\b|[^\w\s]", re.UNICODE
)
"""``_TOKEN`` without its two "n't" alternatives, which match nothing in a text without "n'" or "n’" (the
others then match what they match in ``_TOKEN``, in the same order): faster on most sentences."""
_PUNCT_OK_IN_GAP = frozenset({"-", "'", "’", '"', "“", "”", "$", "€", "£"})

_OUR = {
    "behavior": "behaviour",
    "favor": "favour",
    "honor": "honour",
    "labor": "labour",
    "neighbor": "neighbour",
    "harbor": "harbour",
    "endeavor": "endeavour",
    "rumor": "rumour",
    "vigor": "vigour",
}
_WORD_MAP = {
    "defense": "defence",
    "offense": "offence",
    "license": "licence",
    "center": "centre",
    "centers": "centres",
    "theater": "theatre",
    "program": "programme",
    "programs": "programmes",
    "maneuvers": "manoeuvres",
    "maneuver": "manoeuvre",
    "buildup": "build-up",
    "airstrike": "air-strike",
    "airstrikes": "air-strikes",
    "ceasefire": "cease-fire",
}
_MONTH_WORDS = frozenset({"March", "May", "MARCH", "MAY"})
_IZE = re.compile(r"iz(e|es|ed|ing|ation|ations)$")
_SINGLE_L = re.compile(r"([aeiou])l(ed|ing)$")


@functools.lru_cache(maxsize=65536)
def canon(word: str) -> str:
    """The canonical spelling of one word: lower case, British ``-ise``/``-our``/``-ce``, doubled ``l``."""
    if word in _MONTH_WORDS:
        return word.lower() + "#month"  # "held in March", "since May": not the verb march, not the modal may
    w = word.lower().replace("’", "'").replace("‐", "-")
    mapped = _WORD_MAP.get(w)
    if mapped is not None:
        return mapped
    for us, uk in _OUR.items():
        if w.startswith(us) and not w.startswith(uk):
            return uk + w[len(us) :]
    if len(w) > 5:
        # (each substitution only where its pattern can match: a call with a template costs ~10 µs)
        if "iz" in w:
            w = _IZE.sub(r"is\1", w)
        if "led" in w or "ling" in w:
            w = _SINGLE_L.sub(r"\1ll\2", w)
    return w


def canon_words(text: str) -> frozenset[str]:
    """The canonical forms of a space-separated word list, as tokens spell them ("mobilized" → "mobilised")."""
    return frozenset(canon(w) for w in text.split())


class Token(NamedTuple):
    """One word or punctuation mark of a sentence; ``text == sentence[start:end]``."""

    text: str
    norm: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.norm[:1].isalnum() or self.norm.startswith("'") or self.norm == "n't"


def tokenize(text: str) -> list[Token]:
    """Words and punctuation of ``text`` with offsets ("didn't" → "did", "n't"; "Russia's" → "Russia", "'s")."""
    cached = _TOKENIZED.get(text)
    if cached is None:
        cached = tuple(_tokens(text))
        if len(_TOKENIZED) >= _TOKENIZED_SIZE:
            _TOKENIZED.clear()
        _TOKENIZED[text] = cached
    return list(cached)


def norms_of(tokens: Sequence[Token]) -> frozenset[str]:
    """The norms of ``tokens`` as a set (s34-speed3): the sentence's readers are handed the one list of its
    tokens, so the set of the last list asked about is kept and answers them all (a list of tokens is never
    changed once made)."""
    global _NORMS_OF
    last, norms = _NORMS_OF
    if tokens is not last:
        norms = frozenset({t.norm for t in tokens})
        _NORMS_OF = (tokens, norms)
    return norms


_NORMS_OF: tuple[Sequence[Token] | None, frozenset[str]] = (None, frozenset())
"""The last list of tokens :func:`norms_of` was asked about and its norms (one tuple: a thread never reads
one without the other)."""


def lowered(tokens: Sequence[Token]) -> tuple[str, ...]:
    """The tokens' texts in lower case, one a token; the last list's are kept as :func:`norms_of` keeps its
    norms (s34-speed3)."""
    global _LOWERED
    last, low = _LOWERED
    if tokens is not last:
        low = tuple([t.text.lower() for t in tokens])
        _LOWERED = (tokens, low)
    return low


_LOWERED: tuple[Sequence[Token] | None, tuple[str, ...]] = (None, ())
"""The last list of tokens :func:`lowered` was asked about and its answer."""


_TOKENIZED: dict[str, tuple[Token, ...]] = {}
"""The tokens of recent texts (s28-speed): a document's records are tokenized again by the passes over the
document (tokens are tuples; each call gets a list of its own)."""
_TOKENIZED_SIZE = 256

_NEW_TOKEN = tuple.__new__  # builds a Token from a ready tuple (what the NamedTuple constructor does, faster)


def _tokens(text: str) -> list[Token]:
    """The tokens of ``text``, read a whitespace-separated chunk at a time (s28-speed): no token holds
    whitespace and neither pattern looks past it, so a chunk's tokens are the pattern's between the chunk's
    ends. A chunk of letters is one word; letters then one "," "." ";" ":" are a word and its mark (neither
    pattern reads a letter-only chunk or its one closing mark otherwise); any other chunk goes to the
    pattern."""
    pattern = _TOKEN if "n'" in text or "n’" in text else _TOKEN_NO_CLITIC
    make = _NEW_TOKEN
    out: list[Token] = []
    add = out.append
    find = text.find
    pos = 0
    for chunk in text.split():
        start = find(chunk, pos)  # (whitespace only before it: its first place from ``pos`` on)
        pos = start + len(chunk)
        if chunk.isalpha():
            add(make(Token, (chunk, canon(chunk), start, pos)))
        elif chunk[-1] in _CLOSING_MARKS and chunk[:-1].isalpha():
            word, mark = chunk[:-1], chunk[-1]
            add(make(Token, (word, canon(word), start, pos - 1)))
            add(make(Token, (mark, canon(mark), pos - 1, pos)))
        else:
            for m in pattern.finditer(text, start, pos):
                word = m.group()
                add(make(Token, (word, canon(word), m.start(), m.end())))
    return out


_CLOSING_MARKS = frozenset(",.;:")


# ----------------------------------------------------------------------------------------------- inflection

_VOWELS = "aeiou"


def inflect(lemma: str, irregular: Mapping[str, Sequence[str]] | None = None) -> frozenset[str]:
    """Canonical forms of a verb: base, -s, -ed, -ing (regular rules, generous) plus irregular forms."""
    w = canon(lemma)
    forms = {w}
    if w.endswith("ee"):
        forms |= {w + "s", w + "d", w + "ing"}  # agree, agrees, agreed, agreeing
    elif w.endswith("ie"):
        forms |= {w + "s", w + "d", w[:-2] + "ying"}  # tie, ties, tied, tying
    elif w.endswith("e"):
        forms |= {w + "s", w + "d", w[:-1] + "ing"}
    elif w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        forms |= {w[:-1] + "ies", w[:-1] + "ied", w + "ing"}
    elif w.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {w + "es", w + "ed", w + "ing"}
    else:
        forms |= {w + "s", w + "ed", w + "ing"}
        if len(w) >= 3 and w[-1] not in _VOWELS + "wxy" and w[-2] in _VOWELS and w[-3] not in _VOWELS:
            forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
        elif len(w) >= 4 and w[-1] not in _VOWELS + "wxy" and w[-2] in _VOWELS and w[-4:-2] == "qu":
            forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}  # "qu" is one consonant: quitting, acquitted (s32)
    extras = [canon(extra) for extra in (irregular or {}).get(lemma.lower(), ())]
    if w + w[-1:] + "ed" in extras:
        # a short verb whose doubled past is listed ("rap" -> "rapped"): "raped", "raping" are another verb's
        forms -= {w + "ed", w + "ing"}
    forms.update(extras)
    return frozenset(canon(f) for f in forms)


PREPOSITIONS = words(
    "of in at on to from with for against about into by over between near toward towards across during "
    "after before under among amid than like including through via within without around behind upon "
    "following despite beyond along"
)
SCOPE_BREAK = frozenset({";", ":", "—", "–", "while", "whereas", "but", "although", "though", "meanwhile"})
_NEW_CLAUSE = frozenset({"after", "before", "since", "because", "when", "once", "until"})
POSSESSIVE_PRONOUNS = words("its their his her our your")
"""Pronouns that own what follows them ("their troops", "in its territory")."""
DETERMINERS = words(
    "a an the its their his her our my your this these those such any no every further more 's of for whose"
)
_GOVERNING = frozenset(
    {EventType.REQUEST, EventType.AGREE, EventType.THREATEN, EventType.REJECT, EventType.ACCUSE}
)

BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m"})


# ----------------------------------------------------------------------------------------------- phrases


@dataclass(frozen=True, slots=True)
class Element:
    """One position of a phrase: a set of words, a gap, or an actor slot."""

    kind: str
    """``word``, ``opt`` (optional word), ``gap``, ``longgap`` or ``actor``."""
    words: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Rule:
    """One ``[[rule]]`` of patterns.toml: what its phrases code."""

    event: EventType
    mode: str
    target: str = "after"
    mutual: bool = False
    mutual_only: bool = False
    """``mutual = "only"``: the phrase codes only a mutual act ("X and Y discussed", "the two leaders
    discussed"), never a one-sided one ("the President discussed the budget")."""
    place: bool = False
    reverse: bool = False
    nominal_needs_target: bool = True
    owner_inside: bool = False
    """``owner_inside = true``: a noun phrase's own actor word is who acts when nothing owns the phrase ("the
    deployment of Russian weapons", "the withdrawal of the United States from the treaty")."""
    topic_subject: bool = False
    """``subject = "topic"``: the subject names what was discussed, not who ("trade was a key topic of the
    talks"); the sides are the meeting's participants."""
    meeting_subject: bool = False
    """``subject = "meeting"``: the phrase describes a meeting named as its subject ("the discussion was
    frank"): it reports the meeting, by its participants; with another subject it codes nothing."""
    accused_subject: bool = False
    """``subject = "accused"``: the phrase says its subject does wrong ("Russia's actions undermine
    security", "Russia is in material breach of the treaty"): the event is an accusation by whoever says
    so (the sayer of the clause, else the statement's speaker) against the subject."""
    blamed_after: bool = False
    """``subject = "blamed"``: the phrase blames the actor after it ("the collapse of the treaty is the
    fault of Russia", "responsibility lies with Kyiv"), on behalf of the sayer or the statement's speaker."""
    index: int = 0


@dataclass(frozen=True, slots=True)
class Phrase:
    """A compiled phrase; ``verbal`` when its first word is an inflected verb."""

    elements: tuple[Element, ...]
    rule: Rule | None
    verbal: bool
    source: str


@dataclass(frozen=True, slots=True)
class Match:
    """A phrase found in tokens ``[start, end)``; ``slot`` is the actor slot's token span, if any."""

    phrase: Phrase
    start: int
    end: int
    slot: tuple[int, int] | None = None

    @property
    def rule(self) -> Rule:
        rule = self.phrase.rule
        if rule is None:
            raise InputError("a cue phrase has no rule", reason="bad_patterns")
        return rule


def compile_phrase(
    text: str, *, rule: Rule | None, verbal: bool, irregular: Mapping[str, Sequence[str]], be: bool = True
) -> Phrase:
    """Compile one phrase of the data's syntax (``a|b``, ``word?``, ``*``, ``X``)."""
    elements: list[Element] = []
    parts = _contractions_split(text.split())
    if not parts:
        raise InputError(f"empty phrase in patterns data: {text!r}", reason="bad_patterns")
    for i, part in enumerate(parts):
        if part in ("*", "**"):
            elements.append(Element("gap" if part == "*" else "longgap"))
            continue
        if part == "X":
            elements.append(Element("actor"))
            continue
        optional = part.endswith("?") and len(part) > 1
        literal = part.startswith("=")
        alts = [a for a in part.lstrip("=").rstrip("?").split("|") if a]
        words: set[str] = set()
        for alt in alts:
            if be and alt == "be":
                words |= BE_FORMS
            elif i == 0 and verbal and not literal:
                words |= inflect(alt, irregular)
            else:
                words.add(canon(alt))
        elements.append(Element("opt" if optional else "word", frozenset(words)))
    if elements[0].kind != "word" or elements[-1].kind in ("gap", "longgap"):
        raise InputError(
            f"a phrase must start with a word and not end with a gap: {text!r}", reason="bad_patterns"
        )
    return Phrase(tuple(elements), rule, verbal, text)


def _contractions_split(parts: Sequence[str]) -> list[str]:
    """A phrase's words with each contraction written as the tokens the tokenizer makes of it:
    "=won't take part" is "=wo n't take part", as "won't" is read "wo" + "n't"."""
    out: list[str] = []
    for part in parts:
        if "|" in part or not ("n't" in part or "n’t" in part):
            out.append(part)
            continue
        literal = "=" if part.startswith("=") else ""
        toks = _TOKEN.findall(part.lstrip("="))
        out.extend([literal + toks[0], *toks[1:]] if toks else [part])
    return out


def _split_multiword(phrase_text: str) -> str:
    """Cue phrases may hold words the tokenizer splits ("n't", "can't"): write them as tokens."""
    out: list[str] = []
    for part in phrase_text.split():
        toks = _TOKEN.findall(part) if "|" not in part and part not in ("*", "X") else [part]
        out.extend(toks)
    return " ".join(out)


_Candidate = tuple[int, Phrase, tuple[frozenset[str], ...]]
"""A phrase under one first word: its place among that word's phrases, the phrase, the word sets it needs."""


_MERGED_SIZE = 8192
"""How many merged candidate lists a :class:`PhraseIndex` keeps before it starts afresh."""

_COMMON_ANCHORS = frozenset({",", ".", ":", "'", "“", "”", '"', "'s"}) | words(
    "the a an and or of to in on at by for with from as about between after during that which this it its his "
    "her their he she they we is are was were be been has have had will would not also all said two new"
)
"""Words most sentences hold (s35-speed7): a phrase is not filed under a word set that holds one of them
while it needs a set of rarer words ("was ... committed ... of": under "committed", not "of"), so the phrases
tried at a word are mostly those whose words are all there."""


def _anchor_rank(needed: frozenset[str]) -> tuple[bool, int]:
    """Which of a phrase's needed word sets to file it under first: one with no common word, then the
    smallest (the sets a sentence is least likely to hold come first; the order only changes speed)."""
    return (not needed.isdisjoint(_COMMON_ANCHORS), len(needed))


def _order(candidate: _Candidate) -> int:
    return candidate[0]


class PhraseIndex:
    """Phrases indexed by the words their first element accepts; finds every match in a token list."""

    def __init__(self, phrases: Iterable[Phrase]) -> None:
        self.phrases = list(phrases)
        self._by_first: dict[str, list[Phrase]] = {}
        self._free: dict[str, list[_Candidate]] = {}
        self._keyed: dict[str, dict[str, list[_Candidate]]] = {}
        self._paired: dict[tuple[str, str], list[_Candidate]] = {}
        self._merged: dict[tuple[int, ...], list[_Candidate]] = {}
        self._passive_heads: dict[frozenset[str], frozenset[str]] = {}
        """The first words a passive participle of :func:`passive_object_matches` may be, by the past forms
        asked with (s38-speed13)."""
        """The candidates of several of the lists above, by the lists' ids (they live as long as the index)."""
        for phrase in self.phrases:
            # the words every match needs besides the first: a phrase whose word is missing from the sentence
            # is not tried at all (most phrases that start with a common verb never get past this). A phrase
            # whose second word must follow its first is found by both words; one with a gap or an actor
            # slot after its first word by its first and by a word of its sparsest needed set.
            anchors = tuple(
                sorted((el.words for el in phrase.elements[1:] if el.kind == "word"), key=_anchor_rank)
            )
            second = phrase.elements[1] if len(phrase.elements) > 1 else None
            for word in phrase.elements[0].words:
                self._by_first.setdefault(word, []).append(phrase)
                order = len(self._by_first[word])
                # (one candidate tuple under all its keys: s35-speed7, fewer objects to build and keep)
                if second is not None and second.kind == "word":
                    candidate = (order, phrase, tuple(a for a in anchors if a is not second.words))
                    for nxt in second.words:
                        self._paired.setdefault((word, nxt), []).append(candidate)
                elif anchors:
                    keyed = self._keyed.setdefault(word, {})
                    candidate = (order, phrase, anchors[1:])
                    for key in anchors[0]:
                        keyed.setdefault(key, []).append(candidate)
                else:
                    self._free.setdefault(word, []).append((order, phrase, ()))
        self._keys = {word: frozenset(by_key) for word, by_key in self._keyed.items()}
        """The keys of :attr:`_keyed` under each first word, as a set (s35-speed7: a set meets the
        sentence's words by walking the smaller of the two)."""

    def matches(self, tokens: Sequence[Token], units: Mapping[int, int] | None = None) -> list[Match]:
        """Every match, at every start; ``units`` maps a token index where an actor starts to its end."""
        found: list[Match] = []
        units = units or {}
        norms = norms_of(tokens)
        first, free, keyed, paired = self._by_first, self._free, self._keyed, self._paired
        merged, keys = self._merged, self._keys
        last = len(tokens) - 1
        for i, tok in enumerate(tokens):
            norm = tok.norm
            if norm not in first:
                continue
            parts: list[list[_Candidate]] = []
            if norm in free:
                parts.append(free[norm])
            if norm in keyed:
                by_key = keyed[norm]
                for key in keys[norm] & norms:
                    parts.append(by_key[key])
            if i < last:
                pair = (norm, tokens[i + 1].norm)
                if pair in paired:
                    parts.append(paired[pair])
                if i + 1 < last and tokens[i + 1].norm in _SCARE_QUOTES:
                    pair = (norm, tokens[i + 2].norm)  # "were 'pure terror'": the second word in quotes
                    if pair in paired:
                        parts.append(paired[pair])
            if not parts:
                continue
            # in the phrases' own order under the word (a phrase keyed by two present words comes once)
            if len(parts) == 1:
                candidates = parts[0]
            else:
                # the same lists merge the same way whatever their order: merged once (s28-speed)
                combined = tuple(map(id, parts))
                known = merged.get(combined)
                if known is None:
                    known = sorted({c[0]: c for part in parts for c in part}.values(), key=_order)
                    if len(merged) >= _MERGED_SIZE:
                        merged.clear()
                    merged[combined] = known
                candidates = known
            for _, phrase, anchors in candidates:
                for words in anchors:
                    if words.isdisjoint(norms):
                        break
                else:
                    hit = _match_at(phrase.elements, 1, tokens, i + 1, units, None)
                    if hit is not None:
                        found.append(Match(phrase, i, hit[0], hit[1]))
        return found

    def may_match(self, tokens: Sequence[Token]) -> bool:
        """Whether any phrase could start in ``tokens`` (a cheap test before the full match)."""
        return not self._by_first.keys().isdisjoint(norms_of(tokens))

    def any_in(self, tokens: Sequence[Token], start: int, end: int) -> Match | None:
        """The last match that lies wholly in tokens ``[start, end)``."""
        best: Match | None = None
        for i in range(max(0, start), min(end, len(tokens))):
            for phrase in self._by_first.get(tokens[i].norm, ()):
                hit = _match_at(phrase.elements, 1, tokens, i + 1, {}, None)
                if hit is not None and hit[0] <= end:
                    best = Match(phrase, i, hit[0], hit[1])
        return best


def _match_at(
    elements: Sequence[Element],
    k: int,
    tokens: Sequence[Token],
    i: int,
    units: Mapping[int, int],
    slot: tuple[int, int] | None,
) -> tuple[int, tuple[int, int] | None] | None:
    """Match ``elements[k:]`` from token ``i``: (end token, actor slot) or ``None``."""
    if k == len(elements):
        return i, slot
    el = elements[k]
    if el.kind in ("gap", "longgap"):
        long_gap = el.kind == "longgap"
        for skip in range((MAX_LONG_GAP if long_gap else MAX_GAP) + 1):
            j = i + skip
            if skip and not (_gap_token_ok(tokens[j - 1]) or (long_gap and tokens[j - 1].norm == ",")):
                return None  # a long gap may hold commas: "expects Estonia, Latvia and Lithuania, which ..."
            if skip and not long_gap and tokens[j - 1].norm in _SHORT_GAP_STOPS:
                return None  # "withdrawing from the border area under the deal": done under it, no exit
            if skip >= 2 and tokens[j - 2].norm == "and" and _finite_after_and(tokens, j - 1):
                # "military operations in Georgia and warned Tbilisi against ...": a coordinated finite verb
                # opens its own predicate
                return None
            hit = _match_at(elements, k + 1, tokens, j, units, slot)
            if hit is not None:
                return hit
            if j >= len(tokens):
                return None
        return None
    if el.kind == "actor":
        end = units.get(i)
        if end is None:
            return None
        hit = _match_at(elements, k + 1, tokens, end, units, (i, end))
        if hit is not None:
            return hit
        nxt = elements[k + 1] if k + 1 < len(elements) else None
        if nxt is not None and nxt.kind == "word" and tokens[end - 1].norm in nxt.words:
            return _match_at(elements, k + 2, tokens, end, units, (i, end))
        return None
    if i < len(tokens) and tokens[i].norm in el.words:
        hit = _match_at(elements, k + 1, tokens, i + 1, units, slot)
        if hit is not None:
            return hit
    if k and i + 1 < len(tokens) and tokens[i + 1].norm in el.words and _scare_quote(tokens, i):
        # a word of the phrase in scare quotes: "said she was 'appalled' by", "continued to act with 'impunity'"
        hit = _match_at(elements, k + 1, tokens, i + 2, units, slot)
        if hit is not None:
            return hit
    if el.kind == "opt":
        return _match_at(elements, k + 1, tokens, i, units, slot)
    return None


_SCARE_QUOTES = frozenset({"'", '"', "“", "”", "‘"})
"""Quote marks a phrase steps over between two of its words (the tokenizer reads "’" as "'")."""


def _scare_quote(tokens: Sequence[Token], i: int) -> bool:
    """Token ``i`` opens a quotation inside the phrase: a quote mark attached to the word after it, with a
    space (or nothing) before it ("continued to act with 'impunity'", "were "pure terror""). A closing quote
    and the apostrophe of a plural possessive ("Hamas' right", "the forces' morale") are not stepped over."""
    tok = tokens[i]
    if tok.norm not in _SCARE_QUOTES:
        return False
    return tokens[i + 1].start == tok.end and (i == 0 or tokens[i - 1].end < tok.start)


_GAP_STOPS = frozenset(
    {"after", "before", "since", "until", "veto", "vetoes"}
    | inflect("ease")
    | inflect("relax")
    | inflect("loosen")
)
"""Words a gap never spans: "hold a press point after the meeting" holds no meeting; "withdrawing from the
border area under the deal" leaves no deal (the act is done under it); "ended its veto of the aid package"
ends the veto, not the aid; "announced it would ease restrictions" announces none."""
_SHORT_GAP_STOPS = frozenset({"under", "information"})
"""Words a short gap (not a long one, which may span a whole noun phrase) never spans ("gave information
on the upcoming military exercises" gives information, not military aid)."""


def _gap_token_ok(tok: Token) -> bool:
    return (tok.is_word and tok.norm not in _GAP_STOPS) or tok.norm in _PUNCT_OK_IN_GAP


# ----------------------------------------------------------------------------------------------- the set


@dataclass(slots=True)
class PatternSet:
    """Everything patterns.toml holds, compiled."""

    events: PhraseIndex
    rules: list[Rule]
    negation: PhraseIndex
    future: PhraseIndex
    hypothetical: PhraseIndex
    intent: PhraseIndex
    markers: PhraseIndex
    complement_modes: dict[str, str] = field(default_factory=dict)
    consult_modes: list[tuple[str, PhraseIndex]] = field(default_factory=list)
    evaluative_adjectives: frozenset[str] = frozenset()
    evaluative_nouns: frozenset[str] = frozenset()
    irregular: dict[str, list[str]] = field(default_factory=dict)
    past_forms: frozenset[str] = frozenset()
    """Irregular verb forms from ``[irregular]`` ("met", "held"): verbs wherever they stand."""

    def find(
        self,
        tokens: Sequence[Token],
        units: Mapping[int, int] | None = None,
        keep: Callable[[Match], bool] | None = None,
    ) -> list[Match]:
        """Event triggers in ``tokens``: overlapping matches keep the longest (then verbal, then earlier).
        ``keep`` drops matches before overlaps are resolved (a verb phrase on a word that is a noun here
        must not hide a shorter phrase that is right: "held talks with X" is not the verb "talk with")."""
        return [m for m, _ in _resolve_overlaps(self._candidates(tokens, units, keep))]

    def find_with_overlapped(
        self,
        tokens: Sequence[Token],
        units: Mapping[int, int] | None = None,
        keep: Callable[[Match], bool] | None = None,
    ) -> list[tuple[Match, tuple[Match, ...]]]:
        """:meth:`find`'s triggers, each with the matches it won an overlap against that reach past it and
        overlap no other trigger, best first: what the text says when the winner turns out to code nothing
        ("refused to implement the Minsk agreements": the mutual "implement ... agreements" wants two
        sides, the refusal is the act)."""
        return _resolve_overlaps(self._candidates(tokens, units, keep))

    def _candidates(
        self,
        tokens: Sequence[Token],
        units: Mapping[int, int] | None,
        keep: Callable[[Match], bool] | None,
    ) -> list[Match]:
        """Every plausible match in ``tokens``, overlaps not yet resolved."""
        found = self.events.matches(tokens, units)
        found += passive_object_matches(self.events, tokens, units or {}, self.past_forms)
        if keep is not None:
            found = [m for m in found if keep(m)]
        found = [
            m
            for m in found
            if not _verb_for_adjective(tokens, m)
            and not _helps_another_act(tokens, m, found)
            and not _infinitive_tail(tokens, m, found)
            and not _not_a_request(tokens, m)
            and not (m.rule.event is EventType.AID and supplyshare.tells_supply_share(tokens, m.start, m.end))
            and not (
                _may_yield(m)
                and any(
                    _gap_holds_head(tokens, m, other) or _noun_is_verbs_object(m, other) for other in found
                )
            )
        ]
        return found


def _may_yield(m: Match) -> bool:
    """Whether ``m`` may yield to another match (s38-speed13): only an AGREE phrase can hold another act's
    head in its gap (:func:`_gap_holds_head`) and only a noun phrase can be a verb's object
    (:func:`_noun_is_verbs_object`), so the pairwise tests are skipped for every other match."""
    phrase = m.phrase
    return not phrase.verbal or (phrase.rule is not None and phrase.rule.event is EventType.AGREE)


def _resolve_overlaps(found: list[Match]) -> list[tuple[Match, tuple[Match, ...]]]:
    """Overlapping matches keep the longest (then verbal, then earlier, then the rule listed first), in
    text order; each kept match comes with the matches it beat that reach past it and overlap no other
    kept match (in the same order of preference). A match inside the winner is not one: the winner read
    the same words with more around them ("Official Visit to Poland": the noun, not the verb "visit")."""
    found.sort(key=lambda m: (-(m.end - m.start), not m.phrase.verbal, m.start, m.rule.index))
    taken: list[Match] = []
    beaten: list[Match] = []
    for m in found:
        if all(m.end <= t.start or m.start >= t.end for t in taken):
            taken.append(m)
        else:
            beaten.append(m)
    taken.sort(key=lambda m: m.start)
    if not beaten:
        return [(m, ()) for m in taken]
    out: list[tuple[Match, tuple[Match, ...]]] = []
    for t in taken:
        overlapped = tuple(
            m
            for m in beaten
            if m.start < t.end
            and t.start < m.end
            and (m.start < t.start or m.end > t.end)
            and all(o is t or m.end <= o.start or m.start >= o.end for o in taken)
        )
        out.append((t, overlapped))
    return out


_PASSIVE_BE = words("was were been be being")
"""Not "is"/"are": a present passive describes how things stand ("the battlegroup is led by the UK")."""
_OBJECT_TO_BE = 3
"""Tokens at most between a passive object's last word and its "be" ("airspace was", "drones will be")."""
_AGENT_REACH = 14
_PASSIVE_HEADS = words(
    "military aircraft plane planes jet jets bomber bombers fighter fighters warplane warplanes ship ships "
    "vessel vessels warship warships submarine submarines drone drones helicopter helicopters patrol "
    "troops forces soldiers servicemen diplomats officials citizens nationals"
)
"""Heads after an actor word that leave the actor the passive's object ("Russian bombers were intercepted")."""
_MODALS = words("will would could can may might must shall should has have had")


_OBJECT_PP = words("against on near over")
_OBJECT_PP_REACH = 6
_NOT_IN_OBJECT = words(", ; which that who whom whose where when")


def _object_reach(tokens: Sequence[Token], end: int) -> int:
    """How far the passive's "be" may stand after its object: a few words, or a short phrase that the object
    governs ("air operations against Yugoslav military targets were begun by ...")."""
    if end < len(tokens) and tokens[end].norm in _OBJECT_PP:
        return _OBJECT_PP_REACH
    return _OBJECT_TO_BE


def _object_elements(phrase: Phrase) -> tuple[Element, ...] | None:
    """The object part of a verb phrase "verb * object" that a passive puts before the verb: the words after
    the verb's gap when they are only words ("violate * airspace", "fire * warning shots"), or one actor
    slot ("intercept X"); ``None`` for phrases with more after the object ("hand over * tanks to X")."""
    rest = phrase.elements[1:]
    if rest and rest[0].kind in ("gap", "longgap"):
        rest = rest[1:]
    if not rest:
        return None
    if len(rest) == 1 and rest[0].kind == "actor":
        return rest
    if all(el.kind == "word" for el in rest) and len(rest) <= 3:
        return rest
    return None


_PARTICLES = words("out up off")


def _particle_object(phrase: Phrase) -> tuple[str, tuple[Element, ...]] | None:
    """The particle and object of a phrasal verb phrase "verb particle * object" ("carry out * exercise",
    "step up * flights"), whose passive reads "the exercise was carried out by ..."; else ``None``."""
    els = phrase.elements
    if len(els) < 3 or els[1].kind != "word" or len(els[1].words) != 1 or not els[1].words <= _PARTICLES:
        return None
    if els[2].kind not in ("gap", "longgap"):
        return None
    rest = els[3:]
    if rest and len(rest) <= 3 and all(el.kind == "word" for el in rest):
        return next(iter(els[1].words)), rest
    return None


def _passive_be_before(tokens: Sequence[Token], i: int) -> int | None:
    """Index of the "be" of a passive whose participle is token ``i`` ("was entered", "were quickly
    intercepted", "will be sent"), else ``None``."""
    for j in (i - 1, i - 2):
        if j < 0:
            return None
        if tokens[j].norm in _PASSIVE_BE:
            return j
        if not (tokens[j].norm.endswith("ly") or tokens[j].norm in ("also", "then", "reportedly")):
            return None
    return None


def _agent_follows(tokens: Sequence[Token], units: Mapping[int, int], i: int) -> bool:
    """An actor named after "by" soon after the participle ("by three Russian jets"), not a measure ("will
    be increased by 6.3 percent")."""
    for k in range(i + 1, min(len(tokens), i + 1 + _AGENT_REACH)):
        norm = tokens[k].norm
        if norm == "by":
            # "by three Russian jets", "by a missile fired from a Turkish fighter jet"
            return any(j in units for j in range(k + 1, min(len(tokens), k + 7)))
        if norm in (".", ";", ":") or norm in SCOPE_BREAK:
            return False
    return False


_ANNOUNCED = words("announced said stated declared confirmed")


def _announced_after(tokens: Sequence[Token], units: Mapping[int, int], i: int) -> bool:
    """A trailing announcement after the participle: "Cooperation with Russia has been suspended, NATO
    announced" (a side announcing a cut in relations it made itself)."""
    for k in range(i + 1, len(tokens)):
        if tokens[k].norm == ",":
            window = range(k + 1, min(len(tokens), k + 7))
            return any(tokens[j].norm in _ANNOUNCED for j in window) and any(j in units for j in window)
        if tokens[k].norm in (".", ";", ":"):
            return False
    return False


def passive_heads(index: PhraseIndex, past_forms: frozenset[str]) -> frozenset[str]:
    """The first words of ``index``'s phrases that may be a participle: ending in "-ed" or "-en", or one of
    ``past_forms`` (s38-speed13: found once per index, the loop of :func:`passive_object_matches` tests one
    set)."""
    heads = index._passive_heads.get(past_forms)
    if heads is None:
        heads = frozenset(w for w in index._by_first if w.endswith(("ed", "en")) or w in past_forms)
        index._passive_heads[past_forms] = heads
    return heads


def passive_object_matches(
    index: PhraseIndex, tokens: Sequence[Token], units: Mapping[int, int], past_forms: frozenset[str]
) -> list[Match]:
    """Verb phrases told in the passive with their object first and the doer after "by": "Estonia's airspace
    was entered without permission by three Russian MiG-31 jets" (enter * airspace), "Russian bombers were
    intercepted by Norwegian F-16s" (intercept X), "warning shots were fired ... by Russian forces". The match
    is the participle alone; the object is the subject before it, the "by" agent the doer. An agentless
    passive ("the airspace was entered") and a phrase with more after its object are not read so, except a
    cut in relations that a side announces ("Cooperation with Russia has been suspended, NATO announced")."""
    found: list[Match] = []
    heads = passive_heads(index, past_forms)
    if heads.isdisjoint(norms_of(tokens)):
        return found  # (s38-speed13: no word of the sentence can be the participle)
    for i, tok in enumerate(tokens):
        norm = tok.norm
        if norm not in heads:
            continue
        be = _passive_be_before(tokens, i)
        if be is None:
            continue
        agent = _agent_follows(tokens, units, i)
        announced = not agent and _announced_after(tokens, units, i)
        if not (agent or announced):
            continue
        for phrase in index._by_first[norm]:
            obj = _object_elements(phrase) if phrase.verbal else None
            width = 1
            phrasal = _particle_object(phrase) if phrase.verbal and obj is None else None
            if phrasal is not None and i + 1 < len(tokens) and tokens[i + 1].norm == phrasal[0]:
                obj, width = phrasal[1], 2  # "a snap exercise was carried out by Russian forces"
            if obj is None or (
                announced and (phrase.rule is None or phrase.rule.event is not EventType.SANCTION)
            ):
                continue
            for start in range(max(0, be - 8), be):
                if start and tokens[start - 1].norm in PREPOSITIONS:
                    continue  # "a moratorium on strikes ... was declared": a noun inside the subject's phrase
                hit = _match_at(obj, 0, tokens, start, units, None)
                if hit is not None and 0 <= be - hit[0] <= _object_reach(tokens, hit[0]):
                    between = tokens[hit[0] : be]
                    if any(t.norm in SCOPE_BREAK or t.norm in _NOT_IN_OBJECT for t in between):
                        continue
                    if obj[0].kind == "actor" and not all(
                        t.norm in _PASSIVE_HEADS or t.norm in _MODALS for t in between
                    ):
                        continue  # "planes approaching Allied airspace were intercepted": not the Allies

                    found.append(Match(phrase, i, i + width, hit[1]))
                    break
    return found


_HELPING = frozenset().union(*(inflect(v) for v in ("help", "assist")))


def _helps_another_act(tokens: Sequence[Token], m: Match, found: Sequence[Match]) -> bool:
    """A bare "help"/"assist" before (to +) another act's verb phrase only helps that act along ("would help
    strengthen Russian-Kyrgyz cooperation", "helped to restore ties"): the act is the event, no aid is
    given. ("helping to develop Armenia's transport infrastructure", where no act follows, stays aid.)"""
    if m.rule.event is not EventType.AID or m.end - m.start != 1 or tokens[m.start].norm not in _HELPING:
        return False
    nxt = m.end + 1 if m.end < len(tokens) and tokens[m.end].norm == "to" else m.end
    return any(
        o is not m and o.start == nxt and o.phrase.verbal and o.rule.event is not EventType.AID for o in found
    )


def _infinitive_tail(tokens: Sequence[Token], m: Match, found: Sequence[Match]) -> bool:
    """Two phrases cover the same words and one of them ends its gap in "to" + the word it takes as its noun:
    "provides $30 million to support the budget of ..." gives money (the phrase that reads "to support" as
    the infinitive it is), not "support". Only a tie is broken so: with no rival phrase the longer reading
    stays ("would not give permission to Russia to help Israel")."""
    els = m.phrase.elements
    if (
        not m.phrase.verbal
        or len(els) < 3
        or els[-1].kind != "word"
        or els[-2].kind not in ("gap", "longgap")
    ):
        return False
    if els[-3].kind != "actor" and "to" in els[-3].words:
        return False  # "bowing to pressure": the "to" is the phrase's own word, the gap is empty
    last = m.end - 1
    if last - 1 <= m.start or tokens[last - 1].norm != "to":
        return False
    return any(o is not m and o.phrase.verbal and o.start <= m.start and o.end >= m.end for o in found)


_SEEKING = inflect("seek", {"seek": ["sought"]})
_PRESS_NOUNS = frozenset(
    {
        "statement",
        "statements",
        "conference",
        "conferences",
        "release",
        "releases",
        "service",
        "secretary",
        "office",
        "point",
        "briefing",
        "approach",
        "freedom",
        "corps",
        "centre",
        "center",
        "attache",
        "pool",
    }
)


def _not_a_request(tokens: Sequence[Token], m: Match) -> bool:
    """Words of a request that ask for nothing here: "seek to strengthen their cooperation" is an aim (the act
    sought is coded, with "seek to" as its intent), and "press" before "statements", "conference" or
    "service" is the noun ("made press statements")."""
    if m.rule.event is not EventType.REQUEST or not m.phrase.verbal:
        return False
    head = tokens[m.start].norm
    nxt = tokens[m.start + 1].norm if m.start + 1 < len(tokens) else ""
    if head in _SEEKING and nxt == "to" and m.end - m.start > 2:
        return True
    return head == "press" and nxt in _PRESS_NOUNS


def _verb_for_adjective(tokens: Sequence[Token], m: Match) -> bool:
    """A phrase that judges how a meeting went ("the talks were open and friendly") ending on a word that
    follows "to" is a verb there ("a protocol was signed to open a branch"): no judgement, and no longer
    phrase hiding the act it overlaps."""
    return (
        m.rule.meeting_subject
        and m.end - m.start >= 3
        and m.phrase.elements[-1].kind == "word"
        and tokens[m.end - 2].norm == "to"
    )


def _gap_holds_head(tokens: Sequence[Token], outer: Match, inner: Match) -> bool:
    """The gap of ``outer`` holds an infinitive that heads its object: another act's verb phrase starts after
    "to" inside the gap and reaches the outer phrase's last word, which is then that act's object, not the
    outer verb's ("promised to pull back heavy weapons": the weapons are pulled back, not promised). The outer
    phrase yields to the shorter ones, so that the promised or agreed act is coded as what was promised (a
    concession, see :func:`find_triggers`), as when nothing follows the act ("promised to pull back")."""
    if inner.phrase.rule is None or outer.phrase.rule is None or outer.rule.event is not EventType.AGREE:
        return False
    if inner.rule.event not in _AGREED_ACTS:
        return False
    if not outer.start + 1 < inner.start < outer.end - 1 or inner.end < outer.end or not inner.phrase.verbal:
        return False
    if tokens[inner.start - 1].norm != "to":
        return False
    if not any(el.kind in ("gap", "longgap") for el in outer.phrase.elements):
        return False
    head = tokens[inner.start].norm
    return not any(head in el.words for el in outer.phrase.elements if el.kind in ("word", "opt"))


_LIGHT_VERBS = frozenset().union(
    *(
        inflect(
            verb, {"hold": ["held"], "make": ["made"], "take": ["took", "taken"], "begin": ["began", "begun"]}
        )
        for verb in words(
            "complete begin start continue resume finish launch conduct carry hold make stage mount take "
            "undertake perform"
        )
    )
)
"""Verbs whose object noun carries the act ("complete the withdrawal", "conduct an exercise")."""


def _noun_is_verbs_object(noun: Match, verb: Match) -> bool:
    """A noun phrase whose head is the last word of a verb phrase is that verb's object, told by the verb
    ("approve the accession of Finland and Sweden": an approval; "protest these violations of Turkish
    airspace": a protest), however long the noun phrase runs after its head. After a light or aspectual verb
    the noun is the act itself and keeps its own roles ("completing the withdrawal of Russian troops from
    ...", "held talks with ...")."""
    return (
        verb.phrase.verbal
        and verb.phrase.elements[0].words.isdisjoint(_LIGHT_VERBS)
        and not noun.phrase.verbal
        and verb.phrase.rule is not None
        and len(verb.phrase.elements) > 1
        and verb.start < noun.start == verb.end - 1
        and noun.end > verb.end
    )


def _cue_index(phrases: Iterable[str], irregular: Mapping[str, Sequence[str]]) -> PhraseIndex:
    compiled = []
    for text in phrases:
        text = _split_multiword(text)
        multi = len(text.split()) > 1
        compiled.append(compile_phrase(text, rule=None, verbal=multi, irregular=irregular))
    return PhraseIndex(compiled)


_CLASS_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")


def _word_classes(data: Mapping[str, Any]) -> dict[str, list[str]]:
    """The ``[classes]`` table: NAME -> its one-word alternatives (checked)."""
    classes: dict[str, list[str]] = {}
    for name, members in data.get("classes", {}).items():
        if not _CLASS_NAME.match(str(name)):
            raise ValueError(f"word class {name!r}: names are upper case")
        if not isinstance(members, list) or not members:
            raise ValueError(f"word class {name}: a non-empty list of words")
        for word in members:
            if not isinstance(word, str) or not word or any(c in word for c in " |*?%="):
                raise ValueError(f"word class {name}: {word!r} is not one plain word")
        classes[str(name)] = [str(w) for w in members]
    return classes


def expand_classes(text: str, classes: Mapping[str, Sequence[str]]) -> str:
    """A phrase with each ``%NAME`` alternative replaced by the words of that class ("tanks|%MATERIEL"),
    the alternatives of one word kept once and in order; :class:`ValueError` for an unknown class."""
    if "%" not in text:
        return text
    out: list[str] = []
    for element in text.split(" "):
        if "%" not in element:
            out.append(element)
            continue
        optional = element.endswith("?")
        alternatives: dict[str, None] = {}
        for alt in (element[:-1] if optional else element).split("|"):
            if alt.startswith("%"):
                if alt[1:] not in classes:
                    raise ValueError(f"unknown word class {alt} in {text!r}")
                alternatives.update(dict.fromkeys(classes[alt[1:]]))
            else:
                alternatives[alt] = None
        out.append("|".join(alternatives) + ("?" if optional else ""))
    return " ".join(out)


def parse_patterns(data: Mapping[str, Any]) -> PatternSet:
    """Compile parsed patterns.toml data; :class:`InputError` (``bad_patterns``) when malformed."""
    try:
        irregular = {str(k): [str(x) for x in v] for k, v in data.get("irregular", {}).items()}
        classes = _word_classes(data)
        rules: list[Rule] = []
        phrases: list[Phrase] = []
        for index, spec in enumerate(data["rule"]):
            raw_mode = str(spec.get("mode", ""))
            etype, mode = normalize(str(spec["event"]), "" if raw_mode == "auto" else raw_mode)
            rule = Rule(
                event=etype,
                mode="auto" if raw_mode == "auto" else mode,
                target=str(spec.get("target", "after")),
                mutual=spec.get("mutual", False) in (True, "only"),
                mutual_only=spec.get("mutual", False) == "only",
                place=bool(spec.get("place", False)),
                reverse=bool(spec.get("reverse", False)),
                nominal_needs_target=bool(spec.get("nominal_needs_target", True)),
                owner_inside=bool(spec.get("owner_inside", False)),
                topic_subject=spec.get("subject", "actor") == "topic",
                accused_subject=spec.get("subject", "actor") == "accused",
                meeting_subject=spec.get("subject", "actor") == "meeting",
                blamed_after=spec.get("subject", "actor") == "blamed",
                index=index,
            )
            if rule.target not in ("after", "none", "optional"):
                raise ValueError(f"rule {index}: target must be after, none or optional")
            if spec.get("subject", "actor") not in ("actor", "topic", "accused", "meeting", "blamed"):
                raise ValueError(f"rule {index}: subject must be actor, topic, accused, meeting or blamed")
            rules.append(rule)
            for text in spec.get("verbs", []):
                phrase = expand_classes(str(text), classes)
                phrases.append(compile_phrase(phrase, rule=rule, verbal=True, irregular=irregular))
            for text in spec.get("nouns", []):
                phrase = expand_classes(str(text), classes)
                phrases.append(compile_phrase(phrase, rule=rule, verbal=False, irregular=irregular))
        cues = data.get("cues", {})
        complement = {
            canon(str(word)): str(mode)
            for mode, words in data.get("complement_modes", {}).items()
            for word in words
        }
        consult = [
            (str(mode), _cue_index([str(w) for w in words], {}))
            for mode, words in data.get("consult_modes", {}).items()
        ]
        evaluation = data.get("evaluation", {})
        return PatternSet(
            events=PhraseIndex(phrases),
            rules=rules,
            negation=_cue_index(cues.get("negation", []), irregular),
            future=_cue_index(cues.get("future", []), irregular),
            hypothetical=_cue_index(cues.get("hypothetical", []), irregular),
            intent=_cue_index(cues.get("intent", []), irregular),
            markers=_cue_index(data.get("markers", {}).get("phrases", []), {}),
            complement_modes=complement,
            consult_modes=consult,
            evaluative_adjectives=frozenset(canon(str(w)) for w in evaluation.get("adjectives", [])),
            evaluative_nouns=frozenset(canon(str(w)) for w in evaluation.get("nouns", [])),
            irregular=irregular,
            past_forms=frozenset(canon(f) for forms in irregular.values() for f in forms),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"malformed patterns data: {exc!r}", reason="bad_patterns") from exc


def merge_pattern_data(
    main: Mapping[str, Any], extras: Iterable[tuple[str, Mapping[str, Any]]]
) -> dict[str, Any]:
    """patterns.toml's data with the ``[[rule]]`` groups and ``[irregular]`` forms of the lexicon files
    (``(name, data)`` pairs) added after its own; :class:`InputError` (``bad_patterns``) when a lexicon file
    holds anything else or gives a verb other irregular forms than the main file does."""
    merged: dict[str, Any] = dict(main)
    rules = list(main.get("rule", []))
    irregular = dict(main.get("irregular", {}))
    for name, data in extras:
        unknown = set(data) - {"format", "irregular", "rule"}
        if unknown:
            raise InputError(
                f"lexicon file {name}: only rules and irregular forms, not {sorted(unknown)}",
                reason="bad_patterns",
            )
        for verb, forms in data.get("irregular", {}).items():
            if verb in irregular and list(irregular[verb]) != list(forms):
                raise InputError(
                    f"lexicon file {name}: irregular forms of {verb!r} differ", reason="bad_patterns"
                )
            irregular[verb] = forms
        extra_rules = data.get("rule", [])
        if not isinstance(extra_rules, list):
            raise InputError(f"lexicon file {name}: rule must be an array of tables", reason="bad_patterns")
        rules.extend(extra_rules)
    merged["rule"] = rules
    merged["irregular"] = irregular
    return merged


def read_lexicon_file(name: str, text: str) -> dict[str, Any]:
    """One lexicon file's TOML; :class:`InputError` (``bad_patterns``) naming the file when it is not TOML."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"lexicon file {name}: not valid TOML ({exc})", reason="bad_patterns") from exc


@functools.cache
def load_patterns() -> PatternSet:
    """The packaged patterns (read and compiled once per process): ``data/patterns.toml`` and, after its
    rules, those of every ``data/lexicon/*.toml`` file in name order."""
    data_dir = resources.files("detente") / "data"
    main = tomllib.loads((data_dir / "patterns.toml").read_text(encoding="utf-8"))
    lexicon = data_dir / "lexicon"
    files = (
        sorted((f for f in lexicon.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)
        if lexicon.is_dir()
        else []
    )
    extras = [(f.name, read_lexicon_file(f.name, f.read_text(encoding="utf-8"))) for f in files]
    parsed = parse_patterns(merge_pattern_data(main, extras))
    freeze_built()  # (s36-speed11) built once, kept for good: no full garbage pass walks it again
    return parsed


@dataclass(frozen=True, slots=True)
class Trigger:
    """A pattern match that may code an event."""

    match: Match
    start: int
    end: int
    tok_start: int
    tok_end: int
    overlapped: tuple[Trigger, ...] = ()
    """Triggers this one won an overlap against, best first (:meth:`PatternSet.find_with_overlapped`):
    read in its place when it codes nothing."""

    @property
    def verbal(self) -> bool:
        return self.match.phrase.verbal


# ----------------------------------------------------------------------------------------------- triggers


_CONTRACTING = frozenset({"it", "that", "there", "here", "what", "who", "he", "she", "this", "where", "how"})
"""Words whose "'s" is "is" or "has"; after any other word "'s" is a possessive."""


_PLACE_HEADS = frozenset({"border", "borders", "frontier", "frontiers", "front", "coast", "waters", "zone"})
"""Nouns that make the actor before them a place ("the Syrian border", "the Ukrainian front")."""

_THREATEN_FORMS = frozenset({"threaten", "threatens", "threatened", "threatening"})


def find_triggers(tokens: Sequence[Token], units: Mapping[int, int], patterns: PatternSet) -> list[Trigger]:
    """Triggers that report an event in ``tokens`` (``units``: token index where an actor starts → its end):
    overlaps resolved, nouns after a time marker and acts governed by a speech act removed."""
    unit_map = units

    def plausible(m: Match) -> bool:
        rule = m.rule  # (once: a property; it raises here as its first use did, s28-speed)
        if (
            rule is not None
            and rule.event is EventType.AID
            and m.phrase.elements[-1].kind == "actor"
            and any(tokens[j].norm in _PLACE_HEADS for j in range(m.end - 1, min(m.end + 1, len(tokens))))
        ):
            return False  # "sent tanks to the Syrian border": forces moved to a place, nothing given to Syria
        if (
            tokens[m.start].norm in ("'s", "’s")
            and m.start > 0
            and tokens[m.start - 1].norm not in _CONTRACTING
        ):
            return False  # "Israel's raid on Syria was condemned by ...": a possessive, not "is"
        if (
            m.end < len(tokens)
            and tokens[m.end].norm in ("'s", "'")
            and m.phrase.elements[-1].kind != "actor"
            and not (
                tokens[m.end].norm == "'" and m.start < m.end - 2 and tokens[m.end - 2].norm in _SCARE_QUOTES
            )
        ):
            return False  # "boosting the armed forces' morale": the phrase's last noun owns the real object
        if (
            m.end < len(tokens)
            and tokens[m.end].norm in _COMPOUND_HEADS
            and m.phrase.elements[-1].kind in ("word", "opt")
            and rule is not None
            and rule.event in (EventType.COERCE, EventType.SANCTION)
        ):
            return False  # "suspended the licence plate rule", "scrapped the visa requirements": a modifier
        if m.phrase.verbal and rule is not None and rule.event is EventType.REQUEST and m.end < len(tokens):
            last, nxt = tokens[m.end - 1].norm, tokens[m.end]
            gapped = any(el.kind in ("gap", "longgap") for el in m.phrase.elements)
            if gapped and last == "to" and (nxt.text[:1].isupper() or nxt.norm in DETERMINERS):
                return False  # "the questions asked to President Putin": "to" a person, not "to do"
        if (
            m.phrase.verbal
            and len(m.phrase.elements) > 1
            and m.phrase.elements[1].kind in ("gap", "longgap")
            and m.start + 2 < m.end
            and tokens[m.start + 1].norm == "that"
        ):
            return (
                False  # "announced that it will provide loans": the clause has its own verb, no gap over it
            )
        if (
            m.phrase.verbal
            and rule is not None
            and rule.event is EventType.ACCUSE
            and tokens[m.start].norm in _THREATEN_FORMS
            and m.start + 1 < m.end
            and tokens[m.start + 1].norm == "to"
        ):
            return (
                False  # "threatened to end the dialogue": the subject's threat, not a danger to the dialogue
            )
        if (
            m.phrase.verbal
            and tokens[m.start].norm in ("have", "has", "had", "having")
            and m.start + 1 < m.end
            and (tokens[m.start + 1].norm.endswith("ed") or tokens[m.start + 1].norm in patterns.past_forms)
        ):
            return False  # "NATO has declined Russia's offer to hold consultations": an auxiliary
        if m.phrase.verbal and _adjective_close(tokens, m.start):
            return False  # "close to the Russian borders", "close ties": the adjective
        if (
            m.phrase.verbal
            and rule is not None
            and rule.event is EventType.AID
            and m.start + 1 < len(tokens)
            and tokens[m.start + 1].norm == "up"
            and tokens[m.start].norm in ("give", "gives", "gave", "given", "giving")
        ):
            return False  # "gave up decades of military non-alignment": abandoning, not giving
        if (
            m.phrase.verbal
            and m.start > 0
            and tokens[m.start].norm in ("deployed", "stationed")
            and (
                any(ch.isdigit() for ch in tokens[m.start - 1].text)
                or tokens[m.start - 1].norm in DETERMINERS
            )
        ):
            return False  # "1,550 deployed strategic warheads": the adjective
        if (
            m.phrase.verbal
            and tokens[m.start].norm == "armed"
            and (m.start == 0 or not tokens[m.start - 1].is_word or tokens[m.start - 1].norm in DETERMINERS)
        ):
            return False  # "armed pro-Russian separatists", "by armed men": the adjective
        if (
            m.phrase.verbal
            and rule is not None
            and rule.event is EventType.CONSULT
            and tokens[m.start].norm.startswith("call")
            and m.start + 1 < len(tokens)
            and (
                tokens[m.start + 1].norm in ("it", "this", "that", "them", "these", "those")
                or (
                    tokens[m.start + 1].norm in _CALLED_THINGS
                    and (m.start + 1) not in unit_map
                    and (m.start + 2) not in unit_map
                )
            )
        ):
            return False  # "calling it a provocation", "called the move 'absurd'": naming, not a phone call
        if (
            m.phrase.verbal
            and rule is not None
            and rule.event is EventType.CONSULT
            and tokens[m.start].norm.startswith("call")
            and _named_as(tokens, unit_map, m.start + 1)
        ):
            return False  # "called the OSCE a key to European security": naming an actor, no call
        if (
            m.phrase.verbal
            and rule is not None
            and rule.event is EventType.CONSULT
            and tokens[m.start].norm.startswith("call")
            and _names_an_act(tokens, unit_map, m.start + 1)
        ):
            return False  # "called the Madrid decision a mistake": judging a side's act, no call
        if (
            m.phrase.verbal
            and rule is not None
            and rule.event is EventType.CONSULT
            and tokens[m.start].norm.startswith("call")
            and _what_one_calls(tokens, m.start)
        ):
            return False  # "condemned what it calls strikes on civilian areas": a name for the act, no call
        if (
            m.phrase.verbal
            and rule is not None
            and rule.event is EventType.ASSAULT
            and tokens[m.start].norm in _PLURAL_STRIKES
            and m.start + 1 < len(tokens)
            and tokens[m.start + 1].norm in ("on", "against")
        ):
            return (
                False  # "condemned Russian strikes on civilians": the plural noun, whose owner the noun finds
            )
        if (
            m.phrase.verbal
            and rule is not None
            and rule.event is EventType.CONSULT
            and tokens[m.start].norm == "called"
            and m.start > 0
            and tokens[m.start - 1].norm in _CALLED_ACTIONS
        ):
            return False  # "the general strike called by the unions": a strike called, no phone call
        if (
            m.phrase.verbal
            and tokens[m.start].norm.endswith("ing")
            and 0 < m.start < len(tokens) - 1
            and tokens[m.start - 1].norm in (",", "as", "and", "very", "more", "most", "extremely")
            and tokens[m.start + 1].norm in (",", "and", ".", "or")
        ):
            return False  # "described the talks as lengthy, demanding and businesslike": an adjective
        if (
            rule is not None
            and rule.event is EventType.MOBILIZE
            and (
                any(tokens[k].norm in _RELIEF for k in range(m.start, m.end))
                or _carries_relief(tokens, m.end)
            )
        ):
            return (
                False  # "sent humanitarian aid to Georgia on military aircraft": aid, carried by the military
            )
        if (
            rule is not None
            and rule.event is EventType.PROTEST
            and rule.mode == "strike"
            and any(tokens[k].norm in _WAR_STRIKE for k in range(m.start, m.end))
        ):
            return False  # "began air strikes on Houthi positions": strikes of war, not of workers
        if (
            rule is not None
            and rule.event in _STOPPABLE
            and m.start > 0
            and tokens[m.start - 1].norm in _STOPPING
        ):
            return False  # "decided to stop implementing its obligations": the stopping is the act (SANCTION)
        if rule is not None and _stopped_cooperation(tokens, rule.event, m.start, m.end):
            return False  # "froze military cooperation with X": the freezing is the act (s26-rumfa)
        if (
            rule is not None
            and rule.event is EventType.REQUEST
            and tokens[m.start].norm == "calling"
            and m.start + 1 < len(tokens)
            and tokens[m.start + 1].norm in ("on", "upon", "for")
        ):
            return True  # "a declaration calling on the Russian Federation to withdraw": the text's demand
        if rule is not None and rule.event is EventType.ACCUSE and tokens[m.start].norm in _PROTEST_FORMS:
            if m.phrase.verbal and _crowd_subject(tokens, unit_map, m.start):
                return (
                    False  # "Polish farmers blocked crossings to protest against imports": a street protest
                )
            if not m.phrase.verbal and not _owned(tokens, unit_map, m.start):
                return False  # "Protests over the death of a young woman spread to dozens of cities"
        if m.phrase.verbal and rule is not None and rule.blamed_after:
            return True  # "The blame for the tragedy lies with ...": the phrase is its own clause
        if m.phrase.verbal:
            long_phrase = sum(1 for el in m.phrase.elements if el.kind == "word") >= 3 or (
                rule is not None and rule.accused_subject  # "Russia's behaviour endangers ..."
            )
            return _verb_like(tokens, m.start, patterns.past_forms, long_phrase=long_phrase)
        if _after_subject_pronoun(tokens, m.start):
            return False  # "We demand that NATO halt ...": after a subject pronoun the word is the verb
        # a capitalised noun inside a sentence is part of a name: "the Declaration on Strategic Partnership"
        return m.start == 0 or not tokens[m.start].text[:1].isupper()

    def trigger(m: Match, overlapped: tuple[Trigger, ...] = ()) -> Trigger:
        return Trigger(m, tokens[m.start].start, tokens[m.end - 1].end, m.start, m.end, overlapped)

    triggers = [
        trigger(m, tuple(trigger(o) for o in overlapped))
        for m, overlapped in patterns.find_with_overlapped(tokens, unit_map, keep=plausible)
    ]
    kept: list[Trigger] = []
    for trig in triggers:
        if trig.overlapped:
            # a beaten trigger stands in only where it would have stood on its own: not a noun after a time
            # marker, nor an act a kept speech act governs
            trig = replace(
                trig,
                overlapped=tuple(
                    o
                    for o in trig.overlapped
                    if not (not o.verbal and _after_marker(tokens, o, patterns))
                    and not (
                        not answered_act(tokens, o.tok_start)
                        and any(_governs(tokens, g, o) for g in kept if _governing(g))
                    )
                ),
            )
        if not trig.verbal and _after_marker(tokens, trig, patterns):
            continue
        rule = trig.match.rule
        if rule is not None and rule.accused_subject:
            # an evaluation is voiced by the clause that governs it, never hidden by it; "Allies agree that
            # Russia is in breach of ..." agrees to nothing: it accuses
            kept = [g for g in kept if not (_agree_that(tokens, g) and _governs(tokens, g, trig))]
            kept.append(trig)
            continue
        if rule is not None and rule.event in (EventType.RETREAT, EventType.CONCEDE):
            # "pledged to free the detainees", "agreed to allow monitors into Kosovo": a promised or agreed
            # concession is the concession's own event (CONCEDE)
            agreed = trig.verbal  # (a noun, "agreed to a halt to strikes", stays the agreement)
            kept = [
                g
                for g in kept
                if not ((_promise(g) or (agreed and _agreement(g))) and _governs(tokens, g, trig))
            ]
        if (
            rule is not None
            and rule.event in _DECIDED_ACTS
            and (trig.verbal or rule.event is EventType.SANCTION)
        ):
            # (but a deployment named as a noun is the agreement's content: "agreed on a ceasefire and on the
            # deployment of mixed peacekeeping forces" is an agreement; "agreed an embargo" imposes it)
            # "ministers agreed that meetings would be put on hold": agreeing on a hostile act is deciding it
            kept = [g for g in kept if not (_agreement(g) and _governs(tokens, g, trig))]
        if rule is not None and rule.event in _AGREED_ACTS and trig.verbal:
            # "A decision was taken by NATO to suspend all practical cooperation with Russia": the act decided
            kept = [g for g in kept if not (_decision_told(g) and _governs(tokens, g, trig))]
        if not answered_act(tokens, trig.tok_start) and any(
            _governs(tokens, g, trig) for g in kept if _governing(g)
        ):
            continue  # (an act answered, "in response to the expulsion of ...", is the cause, not the content)
        kept.append(trig)
    return kept


_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "they"})
_PRONOUN_ADVERBS = words(
    "also again once still therefore thus now today further firmly strongly resolutely categorically "
    "consistently repeatedly hereby"
)
"""Adverbs that may stand between a subject pronoun and its verb ("We once again demand that ...")."""


def _after_subject_pronoun(tokens: Sequence[Token], i: int) -> bool:
    """The word at ``i`` follows a subject pronoun, over at most three adverbs between them ("we demand", "we
    once again demand", "we strongly demand"): the word is the pronoun's verb, not a noun."""
    k = i
    while (
        k > 0 and i - k < 3 and (tokens[k - 1].norm in _PRONOUN_ADVERBS or tokens[k - 1].norm.endswith("ly"))
    ):
        k -= 1
    return k > 0 and tokens[k - 1].norm in _SUBJECT_PRONOUNS


_PROTEST_FORMS = inflect("protest")
_CROWDS = words(
    "protesters demonstrators picketers marchers residents people activists students workers crowds crowd "
    "thousands hundreds dozens tens citizens locals pensioners veterans youths supporters farmers miners "
    "villagers inhabitants mourners"
)
"""Words for a crowd: a crowd that protests takes to the streets (PROTEST); a state that protests objects
(ACCUSE)."""
_CLAUSE_OPENERS = SCOPE_BREAK | {"that", "who", "which", "said", "says", "told"}


def _crowd_subject(tokens: Sequence[Token], units: Mapping[int, int], i: int) -> bool:
    """The clause of the verb at ``i`` opens with a crowd, not a state or an official: "Hundreds of thousands
    of people gathered on Kyiv's Independence Square to protest against the results", "Polish farmers ...
    to protest against imports" (the first actor or crowd word of the clause is who protests)."""
    start = i
    while start > 0 and tokens[start - 1].norm not in _CLAUSE_OPENERS:
        start -= 1
    k = start
    while k < i:
        if tokens[k].norm in _CROWDS:
            return True
        end = units.get(k)
        if end is not None:
            return (
                tokens[end - 1].norm in _CROWDS
            )  # "Polish farmers" is a crowd, "the Foreign Ministry" is not
        k += 1
    return False


def _owned(tokens: Sequence[Token], units: Mapping[int, int], i: int) -> bool:
    """A noun at ``i`` with an owner right before it: "Russia's protest", "the Russian protest", "its
    protests" (an unowned "protests over the death of ..." are crowds in the street)."""
    if i == 0:
        return False
    prev = tokens[i - 1].norm
    if prev in ("'s", "'", "its", "their", "his", "her", "our"):
        return True
    return any(start < i <= end for start, end in units.items() if end == i)


_WAR_STRIKE = frozenset(
    {"air", "missile", "drone", "military", "artillery", "retaliatory", "precision", "airstrikes", "rocket"}
)


_HALTING_WORDS = words(
    "freeze freezes froze frozen freezing curtail curtails curtailed curtailing sever severs severed severing "
    "suspend suspends suspended suspending halt halts halted halting stop stops stopped stopping "
    "terminate terminates terminated terminating discontinue discontinues discontinued discontinuing "
    "end ends ended ending"
)
_COOPERATION_HEADS = words("cooperation co-operation ties contacts")
_HALT_MODIFIERS = words(
    "its their our all any the practical military civilian military-technical defence defense security "
    "bilateral and most much further"
)
_HALTABLE_TYPES = frozenset({EventType.COOPERATE, EventType.AID, EventType.SUPPORT, EventType.AGREE})


def _stopped_cooperation(tokens: Sequence[Token], event: EventType, start: int, end: int) -> bool:
    """A match of a cooperative type over tokens ``start``..``end`` whose noun of cooperation a halting verb
    governs from just before ("froze military cooperation with X", "suspended all practical civilian and
    military cooperation with X"): the halting is the act, so the cooperative match is dropped."""
    if event not in _HALTABLE_TYPES:
        return False
    norms = lowered(tokens)
    head = next((i for i in range(start, min(end, len(tokens))) if norms[i] in _COOPERATION_HEADS), None)
    if head is None:
        return False
    i = start - 1
    while i >= 0 and start - i <= 5 and norms[i] in _HALT_MODIFIERS:
        i -= 1
    return (
        i >= 0
        and norms[i] in _HALTING_WORDS
        and all(norms[j] in _HALT_MODIFIERS for j in range(i + 1, start))
    )


_STOPPABLE = frozenset({EventType.COOPERATE, EventType.AID, EventType.SUPPORT, EventType.AGREE})
_STOPPING = words(
    "stop stops stopped stopping cease ceases ceased ceasing halt halts halted halting suspend suspends "
    "suspended suspending terminate terminates terminated terminating discontinue discontinues "
    "discontinued discontinuing"
)
_RELIEF = frozenset({"aid", "humanitarian", "relief", "medicine", "medicines", "food"})
_CARRYING = frozenset({"of", "with", "carrying", "loaded", "full"})


def _carries_relief(tokens: Sequence[Token], end: int) -> bool:
    """The vehicles sent carry relief, told right after them ("two cargo planes of relief supplies", "aircraft
    carrying humanitarian aid"): the sending is aid, not a deployment."""
    if end >= len(tokens) or tokens[end].norm not in _CARRYING:
        return False
    return any(t.norm in _RELIEF for t in tokens[end + 1 : end + 5])


def _named_as(tokens: Sequence[Token], unit_map: Mapping[int, int], at: int) -> bool:
    """An actor (after an optional "the") starts at token ``at`` and is followed by "a"/"an"/"one of" or a
    quote: what the verb before calls it ("called NATO a relic of the Cold War")."""
    if at < len(tokens) and tokens[at].norm == "the":
        at += 1
    end = unit_map.get(at)
    return end is not None and end < len(tokens) and tokens[end].norm in _NAMED_AS


_NAMED_AS = frozenset({"a", "an", "one", "'", '"', "“", "‘"})

_ACT_NOUNS = frozenset(
    canon_words(
        "decision decisions move moves step steps declaration declarations statement statements policy "
        "policies plan plans action actions measure measures deployment deployments decree law demand "
        "demands proposal proposals offer ultimatum response reaction behaviour behavior approach stance"
    )
)
"""Nouns of an act or a position after a side's name: "called the Vilnius decision ..." judges the act."""


def _names_an_act(tokens: Sequence[Token], unit_map: Mapping[int, int], at: int) -> bool:
    """A side (after "the" or a possessive-free start) at token ``at`` is followed by a noun of an act
    ("the Madrid decision", "Washington's move"): what the verb before calls is the act, not the side."""
    if at < len(tokens) and tokens[at].norm == "the":
        at += 1
    end = unit_map.get(at)
    if end is None or end >= len(tokens):
        return False
    if tokens[end].norm in ("'s", "’s", "'", "’") and end + 1 < len(tokens):
        end += 1
    return tokens[end].norm in _ACT_NOUNS


_PLURAL_STRIKES = frozenset({"strikes", "attacks", "raids"})
"""Plural nouns of attack that also spell a verb ("strikes"): before "on"/"against" they are the noun."""

_CALLED_ACTIONS = frozenset(
    canon_words(
        "strike strikes walkout walkouts stoppage protest protests rally rallies march marches demonstration "
        "demonstrations boycott bandh hartal election elections referendum vote ballot ceasefire truce"
    )
)
"""Actions one calls (convenes or declares), so that "X called by Y" after them is no phone call."""

_WHAT_REACH = 4
"""Words allowed between "what" and the verb of naming ("what the foreign ministry has called")."""


def _what_one_calls(tokens: Sequence[Token], at: int) -> bool:
    """The "call" verb at ``at`` names a thing in a free relative: "what it calls", "what he called", "what
    the ministry has called". Only words stand between "what" and the verb; any punctuation ends the
    search, so "asked what to do, and called Putin" is still a call."""
    for j in range(at - 1, max(-1, at - 1 - _WHAT_REACH), -1):
        if not tokens[j].is_word:
            return False
        if tokens[j].norm == "what":
            return j < at - 1  # someone names it between "what" and the verb
    return False


_CALLED_THINGS = frozenset(
    {
        "it",
        "this",
        "that",
        "them",
        "these",
        "those",
        "the",
        "a",
        "an",
        "such",
        "his",
        "her",
        "its",
        "their",
        "'",
        '"',
        "“",
    }
)

_DECIDED_ACTS = frozenset({EventType.SANCTION, EventType.MOBILIZE, EventType.COERCE, EventType.ASSAULT})
_AGREED_ACTS = _DECIDED_ACTS | {EventType.RETREAT, EventType.CONCEDE}
"""Acts that an agreement or promise to do them does not hide: a promised concession is a concession, an
agreed hostile act is decided."""


_PROMISES = frozenset({"promise", "pledge", "vow", "offer", "undertake", "commit"})


def _agree_verb(trig: Trigger, verbs: frozenset[str]) -> bool:
    """An AGREE verb trigger whose verb is one of ``verbs`` ("agree"; "promise", "pledge" ...)."""
    rule = trig.match.rule
    return (
        rule is not None
        and rule.event is EventType.AGREE
        and trig.verbal
        and bool(verbs & trig.match.phrase.elements[0].words)
    )


def _promise(trig: Trigger) -> bool:
    return _agree_verb(trig, _PROMISES)


def _decision_told(trig: Trigger) -> bool:
    """A decision named as a noun and told as taken ("a decision was taken by the Council"): the act it
    goes on to name ("... to suspend cooperation") is decided, as an agreed hostile act is."""
    rule = trig.match.rule
    return (
        rule is not None
        and rule.event is EventType.AGREE
        and not trig.verbal
        and trig.match.phrase.source.startswith("decision")
    )


def _agreement(trig: Trigger) -> bool:
    return _agree_verb(trig, frozenset({"agree"}))


def _adjective_close(tokens: Sequence[Token], i: int) -> bool:
    """Verbs that are other words before certain followers: "close to the borders" (adjective), "channels
    open for dialogue" (adjective), "take over from UNPROFOR" (succeed, not seize)."""
    if i + 1 >= len(tokens):
        return False
    head, nxt = tokens[i].norm, tokens[i + 1].norm
    if head == "close":
        return nxt in ("to", "by", "ties", "relations", "cooperation", "ally", "allies", "partner")
    if head == "open":
        before = tokens[i - 1].norm if i > 0 else ""
        return nxt in ("for", "to") or before in ("keep", "keeping", "kept", "remain", "remains")
    if head.startswith("storm") and nxt in ("off", "out"):
        return True  # "stormed off the stage": left angrily, attacked nothing
    if head in ("take", "takes", "took", "taken", "taking") and nxt == "over":
        return i + 2 < len(tokens) and tokens[i + 2].norm in ("from", "as")
    return False


def _governing(trig: Trigger) -> bool:
    """A speech-act trigger whose complement is its content ("urged Russia *to withdraw*"); an evaluation
    ("Russia's actions are aggressive") governs nothing."""
    rule = trig.match.rule
    if rule is None or rule.event not in _GOVERNING or rule.accused_subject:
        return False
    if rule.event is EventType.ACCUSE:
        # only allegations keep their content from being reported as fact ("accused Russia of attacking");
        # a condemnation reports what it condemns ("condemned the violation of Turkish airspace")
        return trig.match.phrase.source.split()[0].split("|")[0] in _ALLEGING
    return True


_ALLEGING = frozenset(
    {
        "accuse",
        "allege",
        "blame",
        "charge",
        "claim",
        "suspect",
        "attribute",
        "complain",
        "investigate",
        "probe",
        "question",
    }
)


def _agree_that(tokens: Sequence[Token], trig: Trigger) -> bool:
    rule = trig.match.rule
    return (
        rule is not None
        and rule.event is EventType.AGREE
        and trig.tok_end < len(tokens)
        and tokens[trig.tok_end].norm == "that"
    )


_STATES_NOUN_AFTER = frozenset(
    {"member", "allied", "partner", "neighbouring", "neighboring", "nuclear", "sovereign", "participating"}
)


def _contracted_auxiliary(tokens: Sequence[Token], i: int, past_forms: frozenset[str]) -> bool:
    """The word at ``i`` is a participle right after a pronoun's contracted "'s" ("she's slammed", "it's
    launched", "he's attacking"): "has"/"is" with its verb, not a possessive before a noun ("Russia's
    attack", whose owner is a name, not one of :data:`_CONTRACTING`)."""
    if i < 2 or tokens[i - 1].norm not in ("'s", "\u2019s") or tokens[i - 2].norm not in _CONTRACTING:
        return False
    norm = tokens[i].norm
    return norm.endswith(("ed", "ing")) or norm in past_forms


_STEP_NOUNS = words("step steps measure course")
_TAKING = words("take takes took taken taking")


def _step_of(tokens: Sequence[Token], i: int) -> bool:
    """A gerund after a step taken names the act the step is: "Russia took the (unprecedented) step of
    expelling two NATO diplomats" (not a topic, as in "an aspect of building up the military", nor a step
    only judged: "criticised Russia's step of expelling ...")."""
    if i < 3 or tokens[i - 1].norm != "of" or tokens[i - 2].norm not in _STEP_NOUNS:
        return False
    return any(t.norm in _TAKING for t in tokens[max(0, i - 6) : i - 2])  # a step someone took


def _verb_like(
    tokens: Sequence[Token], i: int, past_forms: frozenset[str] = frozenset(), *, long_phrase: bool = False
) -> bool:
    """Whether the word at ``i`` can be the verb it looks like (no tagger: cheap cues that it is a noun).
    ``long_phrase``: the word opens a phrase of three or more words ("poses a threat to"), which is itself
    evidence of the verb, so a content word before it ("NATO enlargement poses ...") does not make it a noun."""
    tok = tokens[i]
    if i > 0 and tok.text[:1].isupper() and tokens[i - 1].norm not in ('"', "“", "(", "'", ":"):
        return False  # "Free Tibet", "Attack" in a title-cased name
    prev = tokens[i - 1].norm if i > 0 else ""
    if _contracted_auxiliary(tokens, i, past_forms):
        return True  # "She's slammed NATO", "he's attacking Haley": "'s" is "has"/"is", the word the verb
    short_of = prev == "of" and i > 1 and tokens[i - 2].norm == "short"  # "stopped short of criticising"
    short_of = short_of or (tok.norm.endswith("ing") and _step_of(tokens, i))  # "took the step of expelling"
    short_of = short_of or intentions.intention_of(tokens, i)  # "has no intention of deploying"
    if prev in DETERMINERS and not short_of and not _adverb_further(tokens, i, past_forms):
        return False  # "the bombing", "such support", "its campaign"
    if prev in PREPOSITIONS and prev != "to" and not tok.norm.endswith("ing"):
        return False  # "advised against travel": a noun after a preposition
    if tok.norm == "states" and prev in _STATES_NOUN_AFTER:
        return False  # "NATO member states and Russia reaffirmed ...": the noun, not "states that"
    if prev == "to" and tok.norm.endswith("s") and not tok.norm.endswith(("ss", "us", "is")):
        return False  # "a halt to strikes": an -s form after "to" is a plural noun, never an infinitive
    if prev == "of" and tok.norm.endswith("ing") and not short_of:
        return False  # "an aspect of building up the military": a gerund naming a topic, not a report
    if tok.norm.endswith("ing"):
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after is not None and (after.norm in DETERMINERS or (after.text[:1].isupper() and after.is_word)):
            return True  # "a decree suspending Russia's participation": the participle has an object
        # "the museum shooting"
        return not (i > 1 and tokens[i - 2].norm in ("the", "a", "an", "its", "their"))
    if (
        (tok.norm.endswith("ed") or tok.norm in past_forms)
        and prev.endswith("ly")
        and i > 1
        and (tokens[i - 2].norm in DETERMINERS or tokens[i - 2].norm in PREPOSITIONS)
    ):
        return False  # "in the temporarily occupied Crimea": an adjective before its noun
    if tok.norm.endswith("ed") or tok.norm in past_forms:
        return True
    # a bare or -s form after a content word, or before an auxiliary, is a noun: "a roadside bomb",
    # "the chemical attacks", "the attack was"
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if nxt in _AUX_AFTER_NOUN:
        return False
    if nxt in _MODIFIED_BY_VERB_FORM.get(tok.norm, ()):
        return False  # "riot police", "riot gear", "attack helicopters": the bare form modifies a noun
    if (
        tok.norm.endswith("s")
        and not tok.norm.endswith(("ss", "us", "is"))
        and (prev.endswith("ed") or prev in past_forms)
        and prev not in _BEFORE_VERB
        and prev not in _NOT_PAST
        and tokens[i - 1].text.islower()
    ):
        return False  # "banned imports of Russian oil": a plural object of the verb before, not a verb
    if any(ch.isdigit() for ch in prev) and (tok.norm.endswith("s") or not _MODEL_PLURAL.match(prev)):
        return False  # "2,500 assault rifles", "70,000 combat ration packages": a count, then a noun
    if (
        i > 1
        and tokens[i - 1].text[:1].isupper()
        and prev.endswith(_DEMONYM_ENDINGS)
        and (tokens[i - 2].norm in DETERMINERS or tokens[i - 2].norm in PREPOSITIONS)
    ):
        return False  # "in Israeli jails", "the Russian attack": a name used as an adjective, then a noun
    if not tok.norm.endswith("s") and prev.endswith("s") and not prev.endswith("ss"):
        return True  # a plural subject and its verb: "forces clash", "rebels attack"
    if (
        not tok.norm.endswith("s")
        and prev in _COLLECTIVE_SUBJECTS
        and not (i > 1 and tokens[i - 2].norm in DETERMINERS)
    ):
        return True  # "riot police beat demonstrators", "police fire tear gas": a plural without -s
    if long_phrase:
        return True
    if tok.norm.endswith("s") and prev in _SPEAKING_TITLES:
        return True  # a headline's "NATO chief warns Russia ...", "Foreign minister says ...": the verb
    return not (
        prev.isalpha()
        and tokens[i - 1].text.islower()
        and prev not in _BEFORE_VERB
        and not prev.endswith("ly")
    )


_MODEL_PLURAL = re.compile(r"[a-z]+-?[0-9]+[a-z]*s\Z")
"""Aircraft and weapons named by model in the plural ("f-16s", "mig-31s", "s-400s"): a plural subject, so a
bare verb after one is its verb ("Turkish F-16s shoot down ...")."""

_COMPOUND_HEADS = words("plate plates fee fees holder holders requirement requirements rule rules")
"""Nouns that a phrase's last word only modifies, so the act is not done to it ("licence plate")."""
_PERFECT_OR_PASSIVE = BE_FORMS | words("has have had")


def _adverb_further(tokens: Sequence[Token], i: int, past_forms: frozenset[str]) -> bool:
    """A participle after the adverb "further" that follows "be" or "have": "Tehran needed to be further
    encouraged to ...", "has further reduced": "further" is no determiner of a noun here ("further
    sanctions")."""
    tok = tokens[i]
    return (
        i > 1
        and tokens[i - 1].norm == "further"
        and tokens[i - 2].norm in _PERFECT_OR_PASSIVE
        and (tok.norm.endswith("ed") or tok.norm in past_forms)
    )


_NOT_PAST = words("indeed need speed seed feed deed heed greed creed breed bleed")
_DEMONYM_ENDINGS = ("an", "ese", "i", "ish", "ch", "ic")
_MODIFIED_BY_VERB_FORM: dict[str, frozenset[str]] = {
    "riot": words(
        "police policemen policewomen officers gear squad squads shields helmets vans troops control"
    ),
    "attack": words("helicopter helicopters submarine submarines"),
    "strike": words("group groups force"),
}
"""Nouns that a bare verb form before them modifies ("riot police", "attack helicopters"): no verb there."""
_SPEAKING_TITLES = words(
    "chief chiefs minister president leader spokesman spokeswoman spokesperson envoy ambassador premier "
    "chancellor commander secretary official"
)
"""Titles after which an -s form is the verb of a headline ("NATO chief warns"), never a compound noun."""
_COLLECTIVE_SUBJECTS = words("police policemen aircraft personnel people")
"""Plural subjects without -s, after which a bare form is the verb ("police beat", "police fire", a
headline's "Russian aircraft violate Turkish airspace")."""
_AUX_AFTER_NOUN = words("was were is are has have had will would could can may might")
_BEFORE_VERB = words(
    "to will would could can may might must shall should did do does not never also then and or but who which "
    "that they we i he she it you jointly again repeatedly now still today yesterday later first once further "
    "only already even actually reportedly allegedly strongly firmly openly publicly formally officially "
    "immediately quickly swiftly subsequently finally instead thus therefore nonetheless nevertheless "
    "let lets help helped helps make made makes each both all themselves itself just recently "
    "had has have was were is are be been being am"
)


_ATTACK_TOLD_AFTER = frozenset(
    {
        "after the",
        "following the",
        "in the wake of",
        "in the aftermath of",
        "during the",
        "in protest at",
        "in protest over",
        "in protest against",
        "in protest of",
    }
)
"""Markers after which an attack noun is still told: an attack is news when the sentence's act follows or
answers it ("solidarity with Americans after the terrorist attacks on New York"), unlike an attack only
hoped for, planned or discussed ("ahead of", "talks on") or one that dates a much later act ("years
after")."""


_SPANS_OF_TIME = words("years year months month decades decade weeks week")


def _attack_after_marker(tokens: Sequence[Token], marker: Match, trig: Trigger) -> bool:
    """An attack noun right after a marker in :data:`_ATTACK_TOLD_AFTER`: still a trigger, unless a span
    of time stands before the marker ("two years after the shelling of ...": a date for a later act)."""
    rule = trig.match.rule
    return (
        rule is not None
        and rule.event is EventType.ASSAULT
        and marker.phrase.source in _ATTACK_TOLD_AFTER
        and not (marker.start > 0 and tokens[marker.start - 1].norm in _SPANS_OF_TIME)
    )


def _after_marker(tokens: Sequence[Token], trig: Trigger, patterns: PatternSet) -> bool:
    start = max(0, trig.tok_start - 6)
    marker = patterns.markers.any_in(tokens, start, trig.tok_start)
    if marker is None or trig.tok_start - marker.end > 3:
        return False
    if _attack_after_marker(tokens, marker, trig):
        return False  # "after the terrorist attacks on New York": the attack is told, not only a date
    # a comma closes the marked phrase ("Following the talks, a joint communique was issued": the
    # statement is told, not a time marker)
    return not any(t.norm == "," for t in tokens[marker.end : trig.tok_start])


_RELATIVE_SUBJECTS = frozenset({"it", "they", "he", "she", "moscow", "russia"})
_CAUSES = ("in connection with", "in response to", "because of", "owing to", "due to", "in reaction to")


_ANSWERING = frozenset({"response", "retaliation", "reply", "reaction", "answer", "retaliatory"})


def refused_to(tokens: Sequence[Token], trig: Trigger, floor: int) -> bool:
    """The act is what the subject refused or declined to do ("refused to hand over", "declined to commit")."""
    window = [t.norm for t in tokens[max(floor, trig.tok_start - 4) : trig.tok_start]]
    if "to" in window and any(w.startswith(("refus", "declin")) for w in window):
        return True
    # "declined at the last minute to sign": a short adverbial between the refusal and its "to"
    wide = [t.norm for t in tokens[max(floor, trig.tok_start - 8) : trig.tok_start]]
    return bool(wide) and wide[-1] == "to" and any(w.startswith(("refus", "declin")) for w in wide[:-1])


def refusal_at(tokens: Sequence[Token], trig: Trigger, floor: int) -> int:
    """Index of the refusal word that governs the act (:func:`refused_to`), or ``trig.tok_start`` when
    there is none; its own polarity is the rejection's ("has never refused to work with": negated)."""
    for i in range(trig.tok_start - 1, max(floor, trig.tok_start - 8) - 1, -1):
        if tokens[i].norm.startswith(("refus", "declin")):
            return i
    return trig.tok_start


def answered_act(tokens: Sequence[Token], index: int) -> bool:
    """The noun at ``index`` names the act another act answers: "in response to the expulsion of two
    Russian diplomats", "in retaliation for the closure of ...", "a mirror response to the steps ..."."""
    window = [t.norm for t in tokens[max(0, index - 5) : index]]
    return any(
        w in _ANSWERING and k + 1 < len(window) and window[k + 1] in ("to", "for")
        for k, w in enumerate(window)
    )


def _decision_taken(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The verb is what someone's decision says: "its decision to suspend", "the Russian Federation's decision
    to 'suspend' its implementation" (a decision already taken, whatever governs the sentence)."""
    i = trig.tok_start - 1
    while i > 0 and tokens[i].norm in ("'", "‘", '"', "“"):
        i -= 1
    if i < 2 or tokens[i].norm != "to" or tokens[i - 1].norm not in ("decision", "decisions"):
        return False
    owner = tokens[i - 2].norm
    return owner in ("its", "their", "'s", "’s") or tokens[i - 2].text[:1].isupper()


def _fronted_frame(tokens: Sequence[Token], gov: Trigger, trig: Trigger) -> bool:
    """``gov`` stands in an opening prepositional phrase that frames the main clause, and ``trig`` comes
    after the comma that closes it: "Under the arrangements agreed between Grachev and Perry, a Russian
    brigade will serve alongside NATO troops" (the brigade serves; the agreement is the frame)."""
    if not tokens or tokens[0].norm not in ("under", "pursuant"):
        return False
    comma = next((i for i in range(gov.tok_end, trig.tok_start) if tokens[i].norm == ","), None)
    return comma is not None and all(t.norm != "," for t in tokens[: gov.tok_start])


def _finite_after_and(tokens: Sequence[Token], j: int) -> bool:
    """The "-ed" word at ``j`` (after "and") is a finite verb, not a participle or adjective: it is followed
    by an object, a preposition or "to" ("and called on", "and asked the Council to", "and warned that"),
    not by a noun it modifies ("and armed groups", "and detained persons")."""
    if j + 1 >= len(tokens) or not tokens[j].norm.endswith("ed"):
        return False
    nxt = tokens[j + 1].norm
    return (
        nxt in DETERMINERS
        or nxt in ("on", "upon", "for", "to", "that", "it", "them", "him", "her", "against")
        or tokens[j + 1].text[:1].isupper()
    )


def _governs(tokens: Sequence[Token], gov: Trigger, trig: Trigger) -> bool:
    speech = trig.match.rule is not None and trig.match.rule.event in _GOVERNING and trig.verbal
    after_comma = trig.tok_start > 0 and tokens[trig.tok_start - 1].norm == ","
    if speech and after_comma and tokens[trig.tok_start].norm.endswith("ing"):
        return False  # the speaker's second speech act: "demanded that ..., warning that ..."
    # a "that" clause ("alleged that ... and that ...") reaches further than an infinitive
    that = any(t.norm == "that" for t in tokens[gov.tok_end : gov.tok_end + 12])
    reach = 36 if that else 18
    if trig.tok_start < gov.tok_end or trig.tok_start - gov.tok_end > reach:
        return False
    if tokens[trig.tok_start - 1].norm == "and" and tokens[trig.tok_start].norm.endswith("ed"):
        return False  # "agreed to start negotiations and discussed a meeting": a new finite verb
    if _decision_taken(tokens, trig):
        return False  # "call on Russia to reconsider its decision to suspend ...": the decision is a fact
    from detente.coding.second import modal_conjunct  # (s26-second; second imports this module)

    if modal_conjunct([t.norm for t in tokens[gov.tok_end : trig.tok_start]]):
        return (
            False  # "launched a review of cooperation and will impose visa restrictions": its own predicate
        )
    if _fronted_frame(tokens, gov, trig):
        return False  # "Under arrangements agreed between ..., a Russian brigade will serve ...": the frame
    if (
        trig.verbal
        and trig.tok_start > gov.tok_end + 1
        and tokens[trig.tok_start].norm.endswith("ed")
        and tokens[trig.tok_start - 1].norm in _RELATIVE_SUBJECTS
    ):
        return False  # "to release the sailors and ships it seized yesterday": a past act, told as a fact
    if (
        trig.verbal
        and tokens[trig.tok_start].norm.endswith("ing")
        and [t.norm for t in tokens[gov.tok_end : trig.tok_start]] == ["by"]
    ):
        return False  # "retaliated by expelling ten diplomats": the means, done
    between = " ".join(t.norm for t in tokens[gov.tok_end : trig.tok_start])
    if any(cause in between for cause in _CAUSES):
        return False  # "retaliatory measures in connection with Montenegro's accession": the cause, a fact
    that_clause = False
    for i in range(gov.tok_end, trig.tok_start):
        norm = tokens[i].norm
        that_clause = that_clause or norm == "that"
        if norm in _NEW_CLAUSE and (
            i > gov.tok_end or (trig.verbal and tokens[trig.tok_start].norm.endswith("ed"))
        ):
            # "ordered troops to the border after Colombian forces raided a camp": another clause; so is
            # "agreed to a ceasefire after Azerbaijani forces captured Shusha" right after the phrase
            return False
        if (
            norm == "and"
            and not that_clause
            and i > gov.tok_end
            and i + 1 < trig.tok_start
            and tokens[i + 1].norm.endswith("ed")
            and tokens[i - 1].norm != ","
            and _finite_after_and(tokens, i + 1)
        ):
            # "agreed a package of measures and called on Russia to release ...": the coordinated finite
            # verb has its own complement (inside a "that" clause, "alleged that Russia had moved troops
            # and shelled ...", the second verb stays part of the allegation)
            return False
        if norm in SCOPE_BREAK or (
            norm == ","
            and i + 2 < len(tokens)
            and tokens[i + 1].norm in ("and", "but")
            and tokens[i + 2].norm != "that"
        ):
            return False
    return True
