"""Sides of an event where its type is right but its source or target was not (s25).

* **Leaders of a body.** "the Heads of State and Government of the NATO member states", "the leaders of the
  Alliance": a group word for leaders (coded "world leaders" when no one owns it) followed by "of" and a
  state or organisation is that state's or organisation's own leaders, coded by it
  (:func:`leaders_of`).
* **One demonym for two group words.** "the Russian people and authorities", "Cuban doctors and nurses": a
  bare plural of officials or professionals joined by "and" to a demonym's group shares its state
  (:func:`shares_demonym`); crowds and fighters ("Russian troops and protesters") do not.
* **A capitalised modifier is no actor.** "welcomed the Euro-Atlantic aspirations of Georgia and Ukraine",
  "signed the Accession Protocols for Finland and Sweden": an unknown capitalised word right before a
  common noun that an "of"/"for" phrase naming an actor follows is part of that noun phrase; the target is
  read on past it (:func:`modifier_name`).
* **Every owner a passive's subject lists.** "The accession protocols of Finland and Sweden were signed by
  the Allies", "the requests of Estonia, Latvia and Lithuania were approved": the subject is the noun of
  the "of" phrase, so every actor its list names is the one acted on, not only the one nearest the verb
  (:func:`of_list`).
* **The object of a verb the coder does not code is no subject.** "Russian troops entered Georgia and
  shelled Gori": the verb joined by "and" shares the first verb's subject; "Georgia", what "entered" acts on,
  is passed over (:func:`object_before_and`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detente.coding.patterns import Token
    from detente.coding.units import Unit

__all__ = ["leaders_of", "modifier_name", "object_before_and", "of_list", "shares_demonym"]

_OF_GAP = re.compile(r"^\s+of\s+(?:the\s+)?$", re.I)
_LEADERS = "world leaders"


def leaders_of(left_code: str | None, right_is_body: bool, gap: str) -> bool:
    """The leaders' group word (``left_code``, "world leaders") is followed by "of (the)" (``gap``) and a
    coded state or organisation (``right_is_body``): the body's own leaders.

    >>> leaders_of("world leaders", True, " of the ")
    True
    >>> leaders_of("world leaders", True, " and ")
    False
    """
    return left_code == _LEADERS and right_is_body and _OF_GAP.match(gap) is not None


_OWNER_PREPOSITIONS = frozenset({"of", "for"})
_THING_NOUNS = frozenset(
    {
        "protocol",
        "protocols",
        "agreement",
        "agreements",
        "treaty",
        "accord",
        "accords",
        "programme",
        "program",
    }
    | {"plan", "initiative", "declaration", "aspirations", "strategy", "process", "roadmap", "package"}
)
"""Capitalised last words of a named thing ("the Accession Protocols for Finland"), which an unknown
name's own tokens may end in."""
_NOUN_REACH = 3
"""Words a capitalised modifier's noun phrase may run to before its "of"/"for"."""


def modifier_name(tokens: Sequence[Token], units: Sequence[Unit], unit: Unit) -> bool:
    """``unit`` is an unknown capitalised word that modifies the common noun after it ("the Euro-Atlantic
    aspirations of Georgia", "the Accession Protocols for Finland"): one to three words no actor covers
    follow it, then "of" or "for"
    (and "the") and a coded actor."""
    if unit.kind != "unknown":
        return False
    covered = {i for u in units for i in range(u.tok_start, u.tok_end)}
    i = unit.tok_end
    nouns = 0
    while i < len(tokens) and nouns < _NOUN_REACH:
        tok = tokens[i]
        if i in covered or not tok.is_word or tok.norm in _OWNER_PREPOSITIONS:
            break
        nouns += 1
        i += 1
    if nouns == 0 and tokens[unit.tok_end - 1].norm not in _THING_NOUNS:
        return False  # "sentenced Smith for spying for Russia": a person's name, no modifier
    if i >= len(tokens) or tokens[i].norm not in _OWNER_PREPOSITIONS:
        return False
    i += 1
    if i < len(tokens) and tokens[i].norm == "the":
        i += 1
    return any(u.tok_start == i and u.code is not None for u in units)


_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$", re.I)
_ARTICLES = frozenset({"the", "a", "an"})


def _of_before(tokens: Sequence[Token], unit: Unit) -> bool | None:
    """``True`` when "of" (past an article) governs ``unit`` after a common word ("the protocols of
    Finland"), ``False`` for another preposition or a word, ``None`` when a list's comma or "and" is
    right before it."""
    i = unit.tok_start - 1
    while i >= 0 and tokens[i].norm in _ARTICLES:
        i -= 1
    if i < 1:
        return False
    if tokens[i].norm in (",", "and"):
        return None
    return tokens[i].norm == "of" and tokens[i - 1].is_word and tokens[i - 1].text[:1].islower()


def of_list(text: str, tokens: Sequence[Token], units: Sequence[Unit], unit: Unit) -> list[Unit]:
    """``unit`` with the actors listed before it ("Finland and Sweden", "Estonia, Latvia and Lithuania")
    when "of" after a common noun governs the whole list ("the protocols of Finland and Sweden"); just
    ``[unit]`` otherwise (a list with no "of" before it, an actor governed by another preposition)."""
    k = units.index(unit)
    listed = [unit]
    while k > 0:
        left = units[k - 1]
        if left.code is None or left.locative or not _LIST_GAP.match(text[left.end : listed[0].start]):
            return [unit]
        listed.insert(0, left)
        ruled = _of_before(tokens, left)
        if ruled is not None:
            return listed if ruled and len(listed) >= 2 else [unit]
        k -= 1
    return [unit]


_PAST_VERBS = frozenset(
    {"left", "took", "met", "hit", "struck", "seized", "sent", "held", "led", "made", "won", "lost", "fought"}
    | {"flew", "drove", "shot", "broke", "overran", "overtook", "began", "reached", "crossed", "entered"}
)
"""Past-tense verbs that take their object right after them and do not end in "-ed"."""
_ED_ADJECTIVES = frozenset(
    {"armed", "united", "alleged", "suspected", "masked", "unidentified", "unnamed", "so-called", "called"}
    | {"named", "backed", "led", "based", "allied", "detained", "wanted", "occupied", "embattled", "isolated"}
)
"""Words in "-ed" that stand before an actor as adjectives ("armed separatists", "occupied Crimea")."""
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these"})


def object_before_and(tokens: Sequence[Token], units: Sequence[Unit], unit: Unit, trigger_start: int) -> bool:
    """``unit`` is the object of an uncoded past-tense verb ("entered Georgia", "devastated Iraq and Libya";
    not "crossed into Ukraine": a preposition governs that) in the clauses right before the trigger, which
    "and" joins to them ("... and shelled Gori"): the coordinated verb's subject is further back."""
    if trigger_start < 2 or tokens[trigger_start - 1].norm != "and" or unit.tok_end > trigger_start - 1:
        return False
    covered = {i for u in units for i in range(u.tok_start, u.tok_end)}
    # nothing but adverbs, a time, other objects and their verbs between the object and "and" ("entered
    # Georgia overnight and ...", "entered Pristina in the early hours of 12 June and ...")
    between = range(unit.tok_end, trigger_start - 1)
    if len(between) > _TIME_REACH or not all(i in covered or _time_word(tokens[i]) for i in between):
        return False
    head = _list_head(tokens, units, unit)
    i = head.tok_start - 1
    while i >= 0 and tokens[i].norm in _ARTICLES:
        i -= 1
    if i < 1:
        return False
    verb = tokens[i]
    if not verb.is_word or not verb.text[:1].islower() or verb.norm in _ED_ADJECTIVES:
        return False
    if tokens[i - 1].norm in _DETERMINERS:
        return False  # "the armoured column": an adjective in a noun phrase
    return verb.norm in _PAST_VERBS or (len(verb.norm) > 4 and verb.norm.endswith("ed"))


def _list_head(tokens: Sequence[Token], units: Sequence[Unit], unit: Unit) -> Unit:
    """The first actor of the list ``unit`` ends ("Iraq and Libya", "Estonia, Latvia and Lithuania")."""
    k = units.index(unit)
    while k > 0:
        left = units[k - 1]
        gap = [t.norm for t in tokens[left.tok_end : units[k].tok_start]]
        if gap not in (["and"], [","], [",", "and"], ["and", "the"], [",", "the"]):
            break
        k -= 1
    return units[k]


_TIME_REACH = 10


_MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december"}
)


def _time_word(tok: Token) -> bool:
    return tok.text[:1].islower() or tok.text.isdigit() or tok.text.lower() in _MONTHS


_SHARED_GROUPS = frozenset(
    {"authorities", "officials", "diplomats", "nurses", "doctors", "medics", "paramedics", "engineers"}
    | {"specialists", "experts", "rescuers", "firefighters", "servicemen", "sailors", "pilots", "crews"}
)
"""Bare plurals that a demonym before the group word joined to them by "and" also qualifies."""


def shares_demonym(gap: str, group: str) -> bool:
    """The gap is a bare "and" and ``group`` one of the officials or professionals a demonym can qualify
    together with the group word before it ("Cuban doctors and nurses").

    >>> shares_demonym(" and ", "nurses")
    True
    >>> shares_demonym(" and ", "protesters")
    False
    """
    return gap == " and " and group.lower() in _SHARED_GROUPS
