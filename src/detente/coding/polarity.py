"""Polarity of a coded event: asserted, negated, hypothetical or future.

The cue words are data (``[cues]`` in patterns.toml). :func:`polarity_of` looks at the words right before
an event's trigger, inside its clause:

* **negated** — a negation cue within :data:`NEAR` words ("did not meet", "refused to meet", "will never
  attack", "neither X nor Y boycotted");
* **hypothetical** — a modal within :data:`NEAR` words ("would meet", "could attack"), or a condition
  word ("if", "unless", "whether") anywhere in the :data:`FAR` words before, commas allowed ("If Russia
  attacks, NATO will respond" — the response is hypothetical);
* **future** — a future cue within :data:`NEAR` words ("will meet", "is to visit", "plans to sign"), or a
  reported "will": "would" right after a past speech verb with no condition ("said Russia would work with");
* asserted otherwise.

Negation wins over the rest ("will not meet" is negated), then the hypothetical, then the future.
:func:`intent_before` tells whether an intent cue ("ready to", "offered to", "wants to") stands right
before the trigger: the coder turns such cooperative acts into AGREE and hostile ones into THREATEN.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.ontology import Polarity
from detente.coding.patterns import PatternSet, PhraseIndex, Token

NEAR = 6
"""Words before the trigger searched for negation, modal and future cues."""
FAR = 16
"""Words before the trigger searched for condition words ("if", "unless")."""

_CLAUSE_STOP = frozenset({";", ":", ".", "!", "?", "—", "–"})
_NEAR_STOP = frozenset(
    {
        ",",
        "(",
        ")",
        '"',
        "“",
        "”",
        "that",
        "which",
        "who",
        "because",
        "after",
        "before",
        "while",
        "said",
        "and",
    }
)
_CONDITIONS = frozenset({"if", "unless", "whether"})
_PAST_SPEECH = frozenset(
    {
        "said",
        "told",
        "announced",
        "stated",
        "added",
        "declared",
        "promised",
        "pledged",
        "insisted",
        "stressed",
        "confirmed",
        "indicated",
        "vowed",
        "assured",
        "agreed",
        "decided",
        "replied",
        "explained",
    }
)


def _window_start(tokens: Sequence[Token], trigger: int, floor: int, span: int, stops: frozenset[str]) -> int:
    i = trigger - 1
    lowest = max(floor, trigger - span)
    while i >= lowest and tokens[i].norm not in stops:
        i -= 1
    return i + 1


def _has(index: PhraseIndex, tokens: Sequence[Token], start: int, end: int) -> bool:
    return start < end and index.any_in(tokens, start, end) is not None


def _cannot_but(tokens: Sequence[Token], start: int, end: int) -> bool:
    """ "cannot but", "could not but", "can't help but" before the trigger: an emphatic assertion ("We cannot
    but express our concern over ..."), no negation."""
    for i in range(start, end - 1):
        norm = tokens[i].norm
        if norm == "cannot" or (
            norm in ("not", "n't") and i > 0 and tokens[i - 1].norm in ("can", "could", "ca")
        ):
            j = i + 2 if tokens[i + 1].norm == "help" else i + 1
            if j < end and tokens[j].norm == "but":
                return True
    return False


def polarity_of(tokens: Sequence[Token], trigger: int, patterns: PatternSet, *, floor: int = 0) -> Polarity:
    """Polarity of the event whose trigger starts at token ``trigger`` (``floor``: first token of its clause)."""
    if trigger <= 0 or trigger > len(tokens):
        return Polarity.ASSERTED
    near = _window_start(tokens, trigger, floor, NEAR, _CLAUSE_STOP | _NEAR_STOP)
    negation = _has(patterns.negation, tokens, near, trigger) and not _cannot_but(tokens, near, trigger)
    if negation or _neither(tokens, trigger, floor):
        return Polarity.NEGATED
    far = _window_start(tokens, trigger, floor, FAR, _CLAUSE_STOP)
    condition = any(tokens[i].norm in _CONDITIONS for i in range(far, trigger))
    modal = patterns.hypothetical.any_in(tokens, near, trigger)
    if modal is not None and not condition and _performative(tokens, modal.start, trigger):
        modal = None  # "I would like to express my support": said now, not supposed
    if modal is not None:
        if not condition and _reported_future(tokens, modal.start, floor):
            return Polarity.FUTURE  # "He said Russia would work with the Alliance": "will", reported
        return Polarity.HYPOTHETICAL
    if condition:
        return Polarity.HYPOTHETICAL
    if future_cue(patterns, tokens, near, trigger):
        return Polarity.FUTURE
    return Polarity.ASSERTED


def future_cue(patterns: PatternSet, tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether a future cue lies wholly in tokens ``[start, end)``, the noun "will" not counted."""
    future = patterns.future.any_in(tokens, start, end)
    while future is not None and _noun_will(tokens, future.start, future.end):
        future = patterns.future.any_in(
            tokens, start, future.start
        )  # the last cue is the noun: look before it
    return future is not None


_WILL_NOUN_BEFORE = frozenset(
    {"political", "good", "free", "strong", "popular", "the", "a", "such", "this", "own"}
)
"""Words that make a following "will" the noun, not the future auxiliary ("the political will to cooperate",
"a strong will")."""


def _noun_will(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The future cue is the noun "will" ("both sides have the political will to deepen ties")."""
    return (
        end == start + 1
        and tokens[start].norm == "will"
        and start > 0
        and tokens[start - 1].norm in _WILL_NOUN_BEFORE
    )


_PERFORMATIVES = (
    "thank",
    "express",
    "congratulat",
    "welcom",
    "greet",
    "extend",
    "convey",
    "reiterat",
    "reaffirm",
    "note",
    "stress",
    "emphasi",
    "underlin",
    "underscor",
    "highlight",
)


def _performative(tokens: Sequence[Token], modal: int, trigger: int) -> bool:
    """ "would like to thank/express/congratulate ...": a polite form of the act itself, done as it is said."""
    if tokens[modal].norm != "would" or modal + 2 >= trigger:
        return False
    if tokens[modal + 1].norm not in ("like", "love") or tokens[modal + 2].norm != "to":
        return False
    return trigger - (modal + 3) <= 2 and tokens[trigger].norm.startswith(_PERFORMATIVES)


def _reported_future(tokens: Sequence[Token], modal: int, floor: int) -> bool:
    """A "would" right after a past speech verb ("said (that) X would ...") is a reported "will"."""
    if tokens[modal].norm != "would":
        return False
    lo = max(0, modal - 14)
    return any(tokens[i].norm in _PAST_SPEECH for i in range(lo, modal)) and not any(
        tokens[i].norm in _CLAUSE_STOP for i in range(lo, modal)
    )


def _neither(tokens: Sequence[Token], trigger: int, floor: int) -> bool:
    start = _window_start(tokens, trigger, floor, FAR, _CLAUSE_STOP)
    words = [tokens[i].norm for i in range(start, trigger)]
    return "neither" in words and "nor" in words


def intent_before(tokens: Sequence[Token], trigger: int, patterns: PatternSet, *, floor: int = 0) -> bool:
    """Whether an intent cue ends at most two words before the trigger ("ready to (further) cooperate")."""
    start = max(floor, trigger - 6)
    match = patterns.intent.any_in(tokens, start, trigger)
    return match is not None and trigger - match.end <= 2
