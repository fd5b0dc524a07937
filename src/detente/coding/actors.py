"""Actor knowledge and actor matching: who a sentence names, and whom they act for on its date.

The knowledge lives in ``detente/data/actors.toml`` (its format is documented at the top of that file);
every ISO 3166-1 country comes from pycountry at load time. :func:`load_dictionary` reads it once per
process; :meth:`ActorDictionary.match` finds the actor mentions of one sentence.

How matching works
==================

* **Candidates.** One Aho-Corasick automaton (ahocorasick-rs) holds every surface form. Text and forms are
  folded the same length-preserving way (lower case; every character that is not a letter or digit becomes
  a space) and padded with a space, so the automaton itself enforces whole-word matches ("Iran" is never
  found inside "Iranian") and offsets map straight back to the original text.
* **Case.** Every upper-case letter of a form must be upper case in the text: "US" and "NATO" match only in
  capitals, so the pronoun "us" never matches; lower-case forms ("separatists") match any case.
* **Overlaps.** The longest candidate wins; at an equal span a person beats an organisation, a state, a
  metonym, a demonym, a group and a title, in that order. Phrases of the ``[ignore]`` list ("Minsk
  agreements") win like any other candidate and are then dropped, hiding the name inside them.
* **Not the actor.** A state, demonym, metonym, organisation or group ("anti-terrorist") right after
  ``pro-``, ``anti-`` or ``non-`` is an attitude, not an actor, and is dropped; so are "ethnic Russians",
  "Russian-speaking", "Russian language".
* **Compositions**, left to right, repeatedly:

  1. actor + title, head noun or group: "Russian President", "NATO Secretary General", "Russia's foreign
     minister", "Russian combat aircraft" (up to two modifiers such as "combat" between), "British
     activists" — one mention coded by the actor (a title mention, or the actor's kind with ``head``);
  2. title + "of" [+ "the"] + state or organisation: "the Foreign Minister of Turkey", "the Minister of
     Foreign Affairs of the Russian Federation" — a title mention coded by that actor;
  3. title + person: "NATO Secretary General Jens Stoltenberg" — the person, coded by the title's actor
     when it has one (the text states the role), else by the person's role at the date;
  4. demonym or organisation + person: "Russian President Putin" — the person, coded by their role.

* **Titles alone** ("the Secretary General", "the President") take the speaker's actor when the speaker
  is of the title's kind (a state for state titles; for organisation titles, one of the organisations that
  have it), else the title's ``default`` ("Secretary General": NATO, this project's main subject), else stay
  unresolved (``code is None``). A title directly followed by a capitalised word that is no known actor
  ("President Obiang") names an unknown person and stays unresolved: unknown names are never invented.
* **People at a date.** A person is coded by the actor of the role they hold on the date (roles are
  half-open: start inclusive, end exclusive). Outside every role, or with no date: by the single actor of
  all their roles when there is only one, else by their nationality, else unresolved. When a surface form
  belongs to several people ("Bush", "Ivanov") the one holding a role at the date wins; if several do and
  their actors differ, the mention is unresolved.
* **Speaker.** ``speaker`` is an actor code ("NATO", "RUS") or any text the dictionary can resolve ("NATO
  Secretary General", "Kremlin"); the first resolved mention of that text is the speaker's actor.
* ``locative`` marks a state, metonym or organisation right after "in", "at", "near", "around",
  "across", "throughout", "inside", "outside" or "within" (a place more than an actor; the coder decides),
  and every territory: a region of a state ("Crimea", "Donbas") is where something happens or what is
  taken, coded as its state, never the state acting.
* **Blocs** (``[blocs]`` of actors.toml) are names that stand for several actors at once: "the Baltic
  states" (Estonia, Latvia, Lithuania), "the Quartet" (the UN, the EU, the US, Russia), "the Normandy
  Four". A bloc is matched like a state (or, with ``kind = "org"``, an organisation) under one code
  ("BALTIC"); :meth:`ActorDictionary.bloc_members` gives its members on a date, and
  :func:`detente.coding.blocs.expanded` puts them in place of that code on every event side. A bloc is no
  mention at all when it has no member on the date, when it has ``cues`` and no cue word is in the
  sentence ("the coalition" is the one fighting in Syria only where the sentence speaks of such a war),
  when a count or "other"/"some" picks out an unnamed part of it ("two Baltic states", "Finland and other
  Nordic countries"), when a leader is named as leading it ("the Saudi-led coalition": the leader is
  the side) and when forces are sent to it ("deployed four battalions to the Baltic states": a
  destination, as an ally's territory is in the gold sets, not a side).
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.resources
import itertools
import logging
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

import ahocorasick_rs
import pycountry

from detente.calendarnames import MONTH_NAMES, WEEKDAY_NAMES
from detente.coding import sidefix, sidefix3
from detente.coding.text import freeze_built, lower_text
from detente.errors import InputError

__all__ = [
    "Actor",
    "ActorDictionary",
    "ActorKind",
    "Bloc",
    "Mention",
    "Role",
    "TitleSpec",
    "fold",
    "load_dictionary",
    "parse_partial_date",
]

logger = logging.getLogger(__name__)


class ActorKind(StrEnum):
    """What a surface form names. ``HEAD`` and ``IGNORE`` are internal and never returned."""

    STATE = "state"
    ORG = "org"
    PERSON = "person"
    TITLE = "title"
    GROUP = "group"
    METONYM = "metonym"
    TERRITORY = "territory"
    DEMONYM = "demonym"
    HEAD = "head"
    IGNORE = "ignore"


_PRIORITY = {
    ActorKind.PERSON: 0,
    ActorKind.ORG: 1,
    ActorKind.STATE: 2,
    ActorKind.METONYM: 3,
    ActorKind.TERRITORY: 4,
    ActorKind.DEMONYM: 5,
    ActorKind.GROUP: 6,
    ActorKind.TITLE: 7,
    ActorKind.HEAD: 8,
    ActorKind.IGNORE: 9,
}


@dataclass(frozen=True, slots=True)
class Role:
    """A role held for an actor over ``[start, end)``; ``None`` bounds are open."""

    actor: str
    title: str = ""
    start: dt.date | None = None
    end: dt.date | None = None

    def holds(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class TitleSpec:
    """A role title and how it resolves when no actor stands next to it."""

    name: str
    for_kind: str = "state"
    """``state``, ``org`` or ``any``: which speakers the title alone refers to."""
    orgs: frozenset[str] = frozenset()
    default: str | None = None
    speakers: frozenset[str] = frozenset()
    """When given, the title alone refers only to these speakers (Russia's "Security Council")."""
    default_cues: tuple[str, ...] = ()
    """Words of the sentence that make the title alone the ``default`` whatever the speaker."""
    keep_unresolved: bool = True
    """False: the title alone that neither the speaker nor ``default`` resolves is no mention at all (a
    lone "the Council" in a text no organisation speaks is not held as an unknown actor)."""
    names_holder: bool = False
    """True (``names = "holder"``): a capitalised unknown name after the title is the title's holder and
    the title resolves as if alone ("Secretary of State Jane Doe": America's); False: it names an unknown
    person and stays unresolved ("President Obiang")."""


@dataclass(slots=True)
class Actor:
    """One actor of the dictionary with its surface forms."""

    name: str
    kind: ActorKind
    code: str | None = None
    """Fixed code (states, organisations, groups) or, for dated actors, the code outside every role."""
    forms: list[str] = field(default_factory=list)
    roles: tuple[Role, ...] = ()
    nationality: str | None = None
    title: TitleSpec | None = None

    def code_at(self, day: dt.date | None) -> tuple[str | None, Role | None]:
        """The code this actor acts for on ``day`` and the role that makes it so (``None``: no role)."""
        if day is not None:
            for role in self.roles:
                if role.holds(day):
                    return role.actor, role
        return self.code, None

    def active(self, day: dt.date | None) -> bool:
        return day is not None and any(role.holds(day) for role in self.roles)


@dataclass(frozen=True, slots=True)
class Membership:
    """A state's membership of an alliance, from ``start`` (inclusive) to ``end`` (exclusive, None: open)."""

    state: str
    start: dt.date | None
    end: dt.date | None = None

    def holds(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Bloc:
    """A name that stands for several actors: its members over time and the words it needs nearby."""

    members: tuple[Membership, ...]
    cues: tuple[tuple[Membership, re.Pattern[str]], ...] | None = None
    """When given, the bloc is a mention only in a sentence where the pattern of a window that holds the
    date (the window's ``state`` is unused) finds a word."""

    def cued(self, text: str, day: dt.date | None) -> bool:
        """Whether ``text`` (on ``day``) has a cue word of this bloc, or the bloc needs none."""
        if self.cues is None:
            return True
        return any((day is None or w.holds(day)) and p.search(text) for w, p in self.cues)

    def at(self, day: dt.date | None) -> tuple[str, ...]:
        """The members on ``day`` in their listed order (with no date: the members whose term is open)."""
        out: list[str] = []
        for m in self.members:
            if (m.holds(day) if day is not None else m.end is None) and m.state not in out:
                out.append(m.state)
        return tuple(out)


@dataclass(frozen=True, slots=True)
class Mention:
    """One actor mention: ``text[start:end]`` of the sentence, and what it is coded as."""

    start: int
    end: int
    text: str
    code: str | None
    """Actor code ("RUS", "NATO", "separatists"); ``None`` when it cannot be resolved."""
    kind: ActorKind
    entry: str = ""
    """Canonical name of the dictionary entry ("Jens Stoltenberg", "Russian Federation", "President")."""
    role: Role | None = None
    """For people (and titles whose holder is known): the role held on the date."""
    person: str = ""
    """The person named, or holding the title on the date, when known."""
    head: str = ""
    """For "Russian combat aircraft": the noun the actor owns or commands ("aircraft")."""
    locative: bool = False

    @property
    def resolved(self) -> bool:
        return self.code is not None


# ----------------------------------------------------------------------------------------------- folding

_ASCII = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss"})


class _Blanks(dict[int, str]):
    """``str.translate`` table blanking what ``[\\W_]`` matches (every character that is not alphanumeric:
    underscore, space, punctuation), filled as characters are met; the common ones are remembered."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        blanked = char if char.isalnum() else " "
        if code < _REMEMBERED:
            self[code] = blanked
        return blanked


_REMEMBERED = 0x3000
_BLANKS = _Blanks()


def fold(text: str) -> str:
    """Lower-case ``text`` and blank every non-word character, keeping its length (offsets stay valid)."""
    low = lower_text(text)
    if len(low) != len(text):
        low = "".join(ch.lower()[0] for ch in text)
    return low.translate(_BLANKS)


def _ascii_variant(form: str) -> str:
    plain = form.translate(_ASCII)
    if plain.isascii():
        return plain  # (s36-speed11) ASCII has no decomposition nor combining mark: most forms end here
    decomposed = unicodedata.normalize("NFKD", plain)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def parse_partial_date(value: str, *, end: bool = False) -> dt.date | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as a date; ``""`` is open (``None``).

    A partial start is the first day of its period; a partial end (``end=True``) the day after the period,
    since ends are exclusive. Raises :class:`ValueError` for anything else.
    """
    value = value.strip()
    if not value:
        return None
    parts = value.split("-")
    if len(parts) == 3:
        return dt.date.fromisoformat(value)
    if len(parts) == 2 and len(parts[0]) == 4:
        year, month = int(parts[0]), int(parts[1])
        if not end:
            return dt.date(year, month, 1)
        return dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    if len(parts) == 1 and len(value) == 4 and value.isdigit():
        return dt.date(int(value) + 1, 1, 1) if end else dt.date(int(value), 1, 1)
    raise ValueError(f"not a date: {value!r}")


# ----------------------------------------------------------------------------------------------- entries


@dataclass(frozen=True, slots=True)
class _Entry:
    form: str
    actor: Actor
    upper: tuple[int, ...]
    order: int
    kind: ActorKind = field(compare=False, repr=False)
    """The actor's kind, read once when the entry is made (s35-speed7: an actor's kind never changes)."""
    splits: bool = field(default=False, compare=False, repr=False)
    """A person's title + surname form ("President Michel"), which may split a longer name."""


@dataclass(slots=True)
class _Item:
    """A mention under construction."""

    start: int
    end: int
    kind: ActorKind
    entries: tuple[_Entry, ...]
    code: str | None = None
    entry: str = ""
    role: Role | None = None
    person: str = ""
    head: str = ""
    title: TitleSpec | None = None

    def has(self, *kinds: ActorKind) -> bool:
        return any(e.kind in kinds for e in self.entries)


_COURTESY_PREFIXES = (
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Madam", "Mme", "Monsieur", "Sir", "Lord",
)  # fmt: skip
"""Prefixes of address that hold no office: kept for a person whose bare surname is off."""
_PERSON_PREFIXES = (
    *_COURTESY_PREFIXES,
    "President", "Vice President", "Prime Minister", "Premier", "Chancellor", "Minister", "Foreign Minister",
    "Defence Minister", "Defense Minister", "Deputy Foreign Minister", "Deputy Prime Minister", "Secretary",
    "Secretary General", "Secretary-General", "Secretary of State", "Ambassador", "General", "Gen.",
    "Admiral", "Senator", "Commissioner", "High Representative", "Deputy Secretary General",
)  # fmt: skip

_PAIR_MARKS = frozenset("-‐‑–—/")
_DOCUMENT_MODIFIERS = (
    "peace", "ceasefire", "cease-fire", "climate", "nuclear", "final", "trade", "security", "joint",
    "framework", "interim", "normalization", "normalisation",
)  # fmt: skip
"""Words that may stand between the place and the document noun ("the Minsk peace agreements"); a
capitalised word may too ("the Helsinki Final Act"), and "-2" or "II" right after the place ("Minsk II")."""


def _document_pattern(nouns: Sequence[str]) -> re.Pattern[str] | None:
    """What follows a place that names a document: modifiers, then one of ``nouns`` (as the actor forms: a
    capital letter must be a capital in the text, a lower-case letter matches either case)."""
    if not nouns:
        return None
    alternatives = "|".join(
        re.escape(n) if any(ch.isupper() for ch in n) else f"(?i:{re.escape(n)})"
        for n in sorted(nouns, key=len, reverse=True)
    )
    modifiers = "|".join(re.escape(m) for m in _DOCUMENT_MODIFIERS)
    return re.compile(
        rf"(?:\s*[-‐‑]\s*2\b|\s+II\b)?(?:\s+(?:(?i:{modifiers})|[A-Z][a-z]+)){{0,2}}?\s+(?:{alternatives})(?![\w-])"
    )


_LOCATIVE = re.compile(
    r"\b(?=[iantow])(?:in|at|near|around|across|throughout|inside|outside|within)\s+(?:the\s+)?$", re.I
)
_BLOC_PART = re.compile(
    r"\b(?:other|some|several|certain|individual|many|most|two|one\s+of\s+the|two\s+of\s+the|a\s+few)"
    r"\s+(?:of\s+the\s+)?$",
    re.I,
)
"""Words before a bloc that pick out an unnamed part of it ("two Baltic states", "other Nordic countries")."""
_BLOC_DESTINATION = re.compile(
    r"\b(?:deploy\w*|redeploy\w*|station\w*|sen[dt]|sending|dispatch\w*|rotat\w*|battalions?|"
    r"battlegroups?|brigades?|troops|reinforcements)\b[^.;:]{0,80}?\bto\s+(?:the\s+)?(?:\w+\s+)?$",
    re.I,
)
"""Forces moved to a bloc before it: the bloc is where they go ("sent troops to the Baltic states")."""
_LED_BEFORE = re.compile(r"[-‐‑]led\s+$", re.I)
_LED_BY = re.compile(r"\s+led\s+by\b", re.I)
_ATTITUDE = re.compile(r"(?:\bpro|\banti|\bnon)[-‐‑]$", re.I)
_ACTORISH = (ActorKind.STATE, ActorKind.DEMONYM, ActorKind.ORG, ActorKind.METONYM, ActorKind.PERSON)
"""Kinds whose mention before a title or head word makes one actor of both ("Russian Foreign Minister")."""
_ATTITUDE_KINDS = (ActorKind.STATE, ActorKind.DEMONYM, ActorKind.METONYM, ActorKind.ORG, ActorKind.GROUP)
_OF_GAP = re.compile(r"^\s+of\s+(?:the\s+)?$", re.I)
_PERSON_GAP = re.compile(r"^,?\s+$")
_POSSESSIVE_GAP = re.compile(r"^(?:['’]s)?\s+$")


# ----------------------------------------------------------------------------------------------- dictionary


_MODEL = r"(?:[a-z]{1,4}-?\d[\w-]*|[a-z]+-class)"
"""An equipment designator between an adjective and its head: "Russian Su-24 bomber", "Turkish F-16 jets", "a Russian Kilo-class submarine"."""


_MATCH_CACHE_SIZE = 512
"""How many (text, date, speaker) answers :meth:`ActorDictionary.match` keeps before it starts afresh."""


class ActorDictionary:
    """Actors and their surface forms, with one Aho-Corasick automaton built at construction."""

    def __init__(
        self,
        actors: Iterable[Actor],
        *,
        modifiers: Iterable[str] = (),
        code_kinds: Mapping[str, ActorKind] | None = None,
        alliances: Mapping[str, Sequence[Membership]] | None = None,
        dissolved: Mapping[str, tuple[dt.date, str | None]] | None = None,
        polities: Iterable[str] = (),
        documents: Iterable[str] = (),
        blocs: Mapping[str, Bloc] | None = None,
        name_heads: Iterable[str] = (),
        head_modifiers: Iterable[str] = (),
    ) -> None:
        self.actors: list[Actor] = list(actors)
        self.name_heads: frozenset[str] = frozenset(name_heads)
        """Short forms that may be the head of another body's longer name ("Congress": "the World Chechen
        Congress", "the Congress of People's Deputies"); see :func:`_heads_another_name` (s38-actors)."""
        self.head_modifiers: frozenset[str] = frozenset(head_modifiers)
        """Capitalised words before a name head that keep it the actor ("a Republican Congress")."""
        self.blocs: dict[str, Bloc] = dict(blocs or {})
        """Code -> the bloc it names: a name that stands for several actors ("the Baltic states")."""
        self.documents: tuple[str, ...] = tuple(documents)
        """Nouns that make a capital or city right before them part of a name ("the Minsk agreements")."""
        self._document_after = _document_pattern(self.documents)
        self.polities: frozenset[str] = frozenset(polities)
        """Groups that act as states do (breakaway entities with their own presidents): a side of a
        meeting as any state is."""
        self.dissolved: dict[str, tuple[dt.date, str | None]] = dict(dissolved or {})
        """Code -> (the day the state or organisation ceased to exist, the state that continued it)."""
        self.alliances: dict[str, tuple[Membership, ...]] = {
            org: tuple(members) for org, members in (alliances or {}).items()
        }
        self.modifiers: tuple[str, ...] = tuple(sorted({m.lower() for m in modifiers}))
        kinds: dict[str, ActorKind] = dict(code_kinds or {})
        for actor in self.actors:
            if actor.code and actor.kind in (ActorKind.STATE, ActorKind.ORG, ActorKind.GROUP):
                kinds.setdefault(actor.code, actor.kind)
        self.code_kinds: dict[str, ActorKind] = kinds
        mods = "|".join(re.escape(m) for m in self.modifiers)
        self._adj_gap = re.compile(
            rf"^(?:['’]s)?\s+(?:(?:{mods}|{_MODEL})\s+){{0,2}}$" if mods else r"^(?:['’]s)?\s+$", re.I
        )
        self._patterns: list[str] = []
        self._entries: list[tuple[_Entry, ...]] = []
        """The entries of each pattern of the automaton."""
        self._caseless: list[bool] = []
        """Whether no entry of a pattern has a capital letter to check."""
        self._holders: dict[tuple[str, str], list[tuple[Actor, Role]]] = {}
        self._title_holders: dict[str, list[tuple[Actor, Role]]] = {}
        """Title -> every person who held it, with the role ("Prime Minister Johnson", s28)."""
        self._speaker_cache: dict[tuple[str, dt.date | None], str | None] = {}
        self._match_cache: dict[tuple[str, dt.date | None, str | None], tuple[Mention, ...]] = {}
        """:meth:`match`'s recent answers (its mentions are frozen; each call gets a list of its own): a
        document's records are matched again by the passes over the document (s28-speed)."""
        self._build()

    def bloc_members(self, code: str, day: dt.date | None) -> tuple[str, ...]:
        """The actors bloc ``code`` stands for on ``day`` (``()`` when ``code`` is no bloc)."""
        bloc = self.blocs.get(code)
        return bloc.at(day) if bloc is not None else ()

    def _bloc_named(self, text: str, item: _Item, day: dt.date | None) -> bool:
        """Whether a bloc candidate is the bloc (see the module docstring, "Blocs")."""
        bloc = self.blocs[item.code or ""]
        if day is not None and not bloc.at(day):
            return False
        if not bloc.cued(text, day):
            return False
        if _BLOC_PART.search(text, max(0, item.start - 24), item.start):
            return False
        if _BLOC_DESTINATION.search(text, max(0, item.start - 120), item.start):
            return False  # "deployed four battalions to the Baltic states": a destination, no side
        return not (
            _LED_BEFORE.search(text, max(0, item.start - 6), item.start) or _LED_BY.match(text, item.end)
        )

    def members_at(self, org: str, day: dt.date | None) -> frozenset[str]:
        """The states in alliance ``org`` on ``day`` (every member ever when ``day`` is None), and the blocs
        all of whose members on that day are among them ("BALTIC" in NATO from 2004)."""
        members = frozenset(m.state for m in self.alliances.get(org, ()) if day is None or m.holds(day))
        if not members or not self.blocs:
            return members
        whole = [code for code, bloc in self.blocs.items() if set(bloc.at(day) or (code,)) <= members]
        return members | frozenset(whole) if whole else members

    def allied(self, a: str, b: str, day: dt.date | None) -> bool:
        """Whether ``a`` and ``b`` are the same actor or on one side of an alliance on ``day``: a member and
        its alliance ("NATO" and "POL" in 2010), or two members of one alliance ("RUS" and "BLR")."""
        if a == b:
            return True
        if a in self.blocs or b in self.blocs:
            # a bloc is on a side when all its members on the day are ("NATO" and "the Baltic states")
            left, right = self.bloc_members(a, day) or (a,), self.bloc_members(b, day) or (b,)
            return all(self.allied(x, y, day) for x in left for y in right if x not in self.blocs)
        for org in self.alliances:
            members = self.members_at(org, day)
            if (a == org and b in members) or (b == org and a in members) or {a, b} <= members:
                return True
        return False

    # ---- construction

    def _build(self) -> None:
        index: dict[str, int] = {}
        entries: list[list[_Entry]] = []
        order = 0
        title_names = {a.title.name for a in self.actors if a.title is not None}
        form_to_title = {
            fold(form).strip(): a.title.name for a in self.actors if a.title is not None for form in a.forms
        }
        person = ActorKind.PERSON  # looked up once: an enum member is a descriptor lookup each time
        for actor in self.actors:
            kind = actor.kind
            is_person = kind is person
            if is_person:
                for role in actor.roles:
                    canonical = (
                        role.title
                        if role.title in title_names
                        else form_to_title.get(fold(role.title).strip())
                    )
                    self._holders.setdefault((role.actor, canonical or role.title), []).append((actor, role))
                    self._title_holders.setdefault(canonical or role.title, []).append((actor, role))
            for form in actor.forms:
                folded = fold(form)
                if not folded.strip():
                    continue
                pattern = f" {folded} "
                # the offsets of its capitals (s36-speed11: one pass in C, no generator step per letter)
                upper = tuple(itertools.compress(range(len(form)), map(str.isupper, form)))
                slot = index.get(pattern)
                if slot is None:
                    slot = index[pattern] = len(self._patterns)
                    self._patterns.append(pattern)
                    entries.append([])
                entries[slot].append(
                    _Entry(form, actor, upper, order, kind, is_person and form.startswith(_PREFIXED_STARTS))
                )
                order += 1
        if not self._patterns:
            self._patterns.append(" \x00 ")
            entries.append([])
        self._entries = [tuple(forms) for forms in entries]
        self._caseless = [not any(en.upper for en in forms) for forms in entries]
        self._automaton = ahocorasick_rs.AhoCorasick(
            self._patterns, matchkind=ahocorasick_rs.MatchKind.Standard
        )
        logger.debug("actor automaton: %d patterns, %d actors", len(self._patterns), len(self.actors))

    def merged(self, extra: Iterable[Actor]) -> ActorDictionary:
        """A new dictionary with ``extra`` actors added.

        On a form both define, the kind of higher priority wins (person, org, state, ...), and between
        actors of one kind the later, so imported actors override shipped ones of their kind.
        """
        return ActorDictionary(
            [*self.actors, *extra],
            modifiers=self.modifiers,
            code_kinds=self.code_kinds,
            documents=self.documents,
            blocs=self.blocs,
            name_heads=self.name_heads,
            head_modifiers=self.head_modifiers,
        )

    @property
    def pattern_count(self) -> int:
        return len(self._patterns)

    def counts(self) -> dict[str, int]:
        """Number of actors of each kind, and of surface forms (``forms``)."""
        out: dict[str, int] = {}
        for actor in self.actors:
            out[actor.kind.value] = out.get(actor.kind.value, 0) + 1
        out["forms"] = sum(len(a.forms) for a in self.actors)
        return out

    # ---- matching

    def is_side(self, code: str) -> bool:
        """``code`` can be a side of a meeting or a joint act: a state, an organisation or a polity."""
        return self.code_kinds.get(code) in (ActorKind.STATE, ActorKind.ORG) or code in self.polities

    def match(self, text: str, *, date: dt.date | None, speaker: str | None = None) -> list[Mention]:
        """Actor mentions in ``text`` (one sentence), coded for ``date``; never raises for any string."""
        if not text:
            return []
        if isinstance(date, dt.datetime):
            date = date.date()
        key = (text, date, speaker)
        cached = self._match_cache.get(key)
        if cached is not None:
            return list(cached)
        found = self._match(text, date, speaker)
        if len(self._match_cache) >= _MATCH_CACHE_SIZE:
            self._match_cache.clear()
        self._match_cache[key] = tuple(found)
        return found

    def _match(self, text: str, date: dt.date | None, speaker: str | None) -> list[Mention]:
        items = self._candidates(text)
        if not items:
            return []
        if self._document_after is not None:
            items = [it for it in items if not self._names_a_document(text, it)]
        for item in items:
            self._resolve(item, date)
        items = self._compose(text, items, date)
        speaker_code = self._speaker(speaker, date) if speaker else None
        out: list[Mention] = []
        for i, item in enumerate(items):
            if item.kind is ActorKind.HEAD or item.kind is ActorKind.IGNORE:
                continue
            if item.code == "GEO" and _us_state_georgia(text, item.start, item.end):
                continue
            if (
                self.name_heads
                and _sentence_case(text[item.start : item.end]) in self.name_heads
                and _heads_another_name(text, items, i, self.head_modifiers)
            ):
                continue  # "the World Chechen Congress", "the Congress of People's Deputies" (s38-actors)
            if item.code in self.blocs and not self._bloc_named(text, item, date):
                continue
            if item.kind is ActorKind.TITLE and item.code is None:
                nxt = items[i + 1].start if i + 1 < len(items) else -1
                self._resolve_title_alone(text, item, nxt, speaker_code, date, items)
                if item.code is None and item.title is not None and not item.title.keep_unresolved:
                    continue
            out.append(self._mention(text, item))
        return out

    def _candidates(self, text: str) -> list[_Item]:
        padded = f" {fold(text)} "
        found: list[tuple[int, int, tuple[_Entry, ...]]] = []
        entries_of, caseless = self._entries, self._caseless
        for pid, start, e in self._automaton.find_matches_as_indexes(padded, overlapping=True):
            entries = entries_of[pid]
            if caseless[pid]:
                ok = entries
            elif len(entries) == 1:
                ok = entries  # most forms are one entry's: its capitals checked in a plain loop
                for k in entries[0].upper:
                    if not text[start + k].isupper():
                        ok = ()
                        break
            else:
                ok = tuple(en for en in entries if all(text[start + k].isupper() for k in en.upper))
            if ok:
                found.append((start, e - 2, ok))
        if not found:
            return []
        found = _without_split_names(found)
        found = _without_surname_halves(text, found)
        found.sort(key=lambda c: (c[0] - c[1], c[0]))
        taken: list[tuple[int, int, tuple[_Entry, ...]]] = []
        covered = bytearray(len(text) + 1)
        for cand in found:
            if covered.find(1, cand[0], cand[1]) < 0:
                covered[cand[0] : cand[1]] = b"\x01" * (cand[1] - cand[0])
                taken.append(cand)
        taken.sort()
        items: list[_Item] = []
        for start, end, entries in taken:
            # most forms are one entry's: nothing to rank
            primary = entries[0] if len(entries) == 1 else min(entries, key=_rank)
            if primary.kind is ActorKind.IGNORE:
                continue
            if primary.kind is ActorKind.HEAD and self._in_compound_modifier(text, start, end):
                continue  # "the US military-political leadership": "military" is part of an adjective
            if primary.kind in _ATTITUDE_KINDS and _ATTITUDE.search(text, max(0, start - 5), start):
                continue
            ranked = entries if len(entries) == 1 else tuple(sorted(entries, key=_rank))
            items.append(_Item(start, end, primary.kind, ranked, entry=primary.actor.name))
        return items

    def _names_a_document(self, text: str, item: _Item) -> bool:
        """A capital or city that names an agreement, a summit or a format held or signed there ("the Minsk
        agreements", "the Minsk Package of Measures", "the Helsinki Final Act", "the Bucharest summit", "the
        Minsk-2 agreements"): a place in a name, never the state acting. Not one side of a pair ("the
        Moscow-Washington treaty"), nor an owner ("Moscow's agreement")."""
        if item.kind not in (ActorKind.METONYM, ActorKind.TERRITORY) or self._document_after is None:
            return False
        if item.start > 0 and text[item.start - 1] in _PAIR_MARKS:
            return False
        return self._document_after.match(text, item.end) is not None

    def _in_compound_modifier(self, text: str, start: int, end: int) -> bool:
        """The head word is the first part of a hyphenated modifier ("military-political")."""
        if text[end : end + 1] != "-":
            return False
        stop = end + 1
        while stop < len(text) and (text[stop].isalpha() or text[stop] == "-"):
            stop += 1
        return text[start:stop].lower() in self.modifiers

    def _resolve(self, item: _Item, day: dt.date | None) -> None:
        """Code one candidate on its own (people at the date; titles wait for composition)."""
        first = item.entries[0]
        if item.kind is ActorKind.PERSON:
            self._resolve_person(item, day)
        elif item.kind is ActorKind.TITLE:
            item.title = first.actor.title
            item.entry = first.actor.title.name if first.actor.title else first.actor.name
        else:
            item.code, item.role = first.actor.code_at(day)

    def _resolve_person(self, item: _Item, day: dt.date | None) -> None:
        people: list[Actor] = []
        for en in item.entries:
            if en.kind is ActorKind.PERSON and en.actor not in people:
                people.append(en.actor)
        active = [p for p in people if p.active(day)] or people
        resolved = [(p, *p.code_at(day)) for p in active]
        codes = {code for _, code, _ in resolved}
        person, code, role = resolved[0]
        if len(codes) > 1:
            code, role = None, None
        item.code, item.role = code, role
        item.entry = person.name if len(active) == 1 else item.entry
        item.person = person.name if len(active) == 1 else ""

    def _compose(self, text: str, items: list[_Item], day: dt.date | None) -> list[_Item]:
        out: list[_Item] = []
        for item in items:
            out.append(item)
            while len(out) >= 2:
                merged = self._merge_pair(text, out[-2], out[-1], day)
                if merged is None:
                    break
                out[-2:] = [merged]
        return out

    def _merge_pair(self, text: str, left: _Item, right: _Item, day: dt.date | None) -> _Item | None:
        gap = text[left.end : right.start]
        if len(gap) > 40:
            return None
        if left.kind in _ACTORISH and left.code and self._adj_gap.match(gap):
            if right.has(ActorKind.TITLE) and right.kind is not ActorKind.PERSON:
                spec = next(e.actor.title for e in right.entries if e.kind is ActorKind.TITLE)
                merged = _Item(
                    left.start, right.end, ActorKind.TITLE, right.entries, code=left.code, title=spec
                )
                merged.entry = spec.name if spec else right.entry
                self._title_holder(merged, day)
                return merged
            if (
                right.has(ActorKind.HEAD)
                or (right.kind is ActorKind.GROUP and left.kind is ActorKind.DEMONYM)
                # "NATO Heads of State and Government", "the CSTO heads of state": the body's own leaders
                or (right.code == "world leaders" and left.kind in (ActorKind.ORG, ActorKind.STATE))
            ):
                head = text[right.start : right.end]
                if head.lower().startswith("opposition"):
                    # "the Syrian opposition", "Egypt's opposition", "Belarusian opposition leaders": the
                    # state's opposition, coded as the opposition, never as the state it opposes
                    return replace(left, end=right.end, head=head, kind=ActorKind.GROUP, code="opposition")
                return replace(left, end=right.end, head=head)
        if (
            left.kind is ActorKind.DEMONYM
            and left.head
            and right.kind is ActorKind.GROUP
            and sidefix.shares_demonym(gap, text[right.start : right.end])
        ):
            # "the Russian people and authorities", "Cuban doctors and nurses": one demonym for both (s25)
            return replace(left, end=right.end)
        body = right.kind in (ActorKind.STATE, ActorKind.ORG) and right.code is not None
        if sidefix.leaders_of(left.code, body, gap):
            # "the Heads of State and Government of the NATO member states": those who act for the body (s25)
            return replace(right, start=left.start)
        if (
            left.kind is ActorKind.TITLE
            and right.kind in (ActorKind.STATE, ActorKind.ORG)
            and _OF_GAP.match(gap)
        ):
            merged = replace(left, end=right.end, code=right.code)
            self._title_holder(merged, day)
            return merged
        if right.kind is ActorKind.PERSON and _PERSON_GAP.match(gap):
            if left.kind is ActorKind.TITLE:
                return replace(right, start=left.start, code=left.code or right.code, role=right.role)
            if left.kind in (ActorKind.DEMONYM, ActorKind.ORG) and left.code and _POSSESSIVE_GAP.match(gap):
                group = _led_group(text[left.start : left.end])
                return replace(right, start=left.start, code=group or right.code or left.code)
        return None

    def _title_holder(self, item: _Item, day: dt.date | None) -> None:
        if item.code is None or day is None or item.title is None:
            return
        for person, role in self._holders.get((item.code, item.title.name), ()):
            if role.holds(day):
                item.role, item.person = role, person.name
                return

    def _resolve_title_alone(
        self,
        text: str,
        item: _Item,
        next_start: int,
        speaker: str | None,
        day: dt.date | None,
        items: Sequence[_Item] = (),
    ) -> None:
        rest = text[item.end : item.end + 3]
        stripped = rest.lstrip(" ")
        spec = item.title
        if spec is None:
            return
        before_name = stripped[:1].isupper() and item.end + (len(rest) - len(stripped)) != next_start
        if before_name:
            holder = sidefix3.title_holder_named(
                text, item.end + len(rest) - len(stripped), self._title_holders.get(spec.name, ()), day
            )
            # "Prime Minister Johnson": the holder on the date by last name (s28); an organisation's own
            # official in its own statement ("the visit of Secretary General X") is read by title as before
            own = holder is not None and spec.for_kind == "org" and holder[1].actor == speaker
            if holder is not None and not own:
                person, role, end = holder
                item.kind, item.code, item.role, item.end = ActorKind.PERSON, role.actor, role, end
                item.person = item.entry = person.name
                return
        if before_name and not spec.names_holder:
            return  # an unknown named person ("President Obiang"): not invented
        code: str | None = None
        if speaker is not None and not _default_cued(text, spec):
            speaker_kind = self.code_kinds.get(speaker)
            fits = (
                spec.for_kind == "any"
                or (spec.for_kind == "state" and speaker_kind is ActorKind.STATE)
                or (spec.for_kind == "org" and speaker in spec.orgs)
            ) and (not spec.speakers or speaker in spec.speakers)
            code = speaker if fits else None
        if code is None and speaker is None and spec.for_kind == "org" and spec.default is None:
            # no speaker: the one organisation with such a body that the sentence names ("Russia briefed the
            # Council on its concerns about the Alliance's posture": NATO's)
            named = {it.code for it in items if it is not item and it.code in spec.orgs}
            code = named.pop() if len(named) == 1 else None
        item.code = code or spec.default
        self._title_holder(item, day)

    def _speaker(self, speaker: str, day: dt.date | None) -> str | None:
        key = (speaker, day)
        if key in self._speaker_cache:
            return self._speaker_cache[key]
        code: str | None = speaker if speaker in self.code_kinds else None
        if code is None:
            for mention in self.match(speaker, date=day):
                if mention.code is not None:
                    code = mention.code
                    break
        if len(self._speaker_cache) > 10_000:
            self._speaker_cache.clear()
        self._speaker_cache[key] = code
        return code

    def _mention(self, text: str, item: _Item) -> Mention:
        locative = False
        if item.kind is ActorKind.TERRITORY:
            locative = True  # a region is a place of its state, never the state acting
        elif item.kind in (ActorKind.STATE, ActorKind.METONYM, ActorKind.ORG) and not item.head:
            locative = bool(_LOCATIVE.search(text, max(0, item.start - 16), item.start))
        return Mention(
            start=item.start,
            end=item.end,
            text=text[item.start : item.end],
            code=item.code,
            kind=item.kind,
            entry=item.entry,
            role=item.role,
            person=item.person,
            head=item.head,
            locative=locative,
        )


# ----------------------------------------------------------------------------------------------- loading


def _names_holder(title: str, value: Any) -> bool:
    """A title's ``names`` option: absent, or ``"holder"``."""
    if value is None:
        return False
    if value != "holder":
        raise InputError(f'actors.toml: title {title}: names must be "holder", got {value!r}')
    return True


def _default_cued(text: str, spec: TitleSpec) -> bool:
    """Whether the sentence names the title's default body or one of its cue words.

    On a Kremlin page "the Security Council" is Russia's own, but "the UN and the Security Council" and
    "the right of veto of the permanent members of the Security Council" are the UN's.
    """
    if not spec.default_cues:
        return False
    folded = f" {fold(text)} "
    return any(f" {fold(cue)} " in folded for cue in spec.default_cues)


def _rank(entry: _Entry) -> tuple[int, int]:
    """Which entry of a form names the actor: the kind of higher priority, then the later entry."""
    return _PRIORITY[entry.kind], -entry.order


def _without_split_names(
    found: list[tuple[int, int, tuple[_Entry, ...]]],
) -> list[tuple[int, int, tuple[_Entry, ...]]]:
    """Drop a title + surname form that would split a longer name: in "President Michel Aoun" the form
    "President Michel" (Charles Michel) is longer than "Michel Aoun", but the name that starts inside it and
    runs past its end is the person meant."""
    person = ActorKind.PERSON
    # (s35-speed7: a found form has one entry or a few; the first one decides most tests without a loop)
    people = [
        (s, e)
        for s, e, entries in found
        if entries[0].kind is person or (len(entries) > 1 and any(en.kind is person for en in entries))
    ]
    if not people:
        return found  # only a person's form can split a name
    return [
        c
        for c in found
        if not (
            c[2][0].splits
            and (len(c[2]) == 1 or all(en.splits for en in c[2]))
            and any(c[0] < s < c[1] < e for s, e in people)
        )
    ]


_US_POLITICS = re.compile(
    r"\b(?:Atlanta|Savannah|Augusta|Fulton|Republicans?|Democrats?|Democratic|GOP|senators?|governor|"
    r"swing[- ]state|battleground|voters?|county|counties|Kemp|Raffensperger|Warnock|Ossoff|Peach State|"
    r"electoral|ballots?|Trump|Harris|Biden|Obama|Alabama|Florida|Carolina|Tennessee|Arizona|Pennsylvania|"
    r"Michigan|Wisconsin|Nevada|Texas|Ohio|Virginia|Statehouse|legislature|U\.S\. state|ad spending)\b"
)
_CAUCASUS = re.compile(
    r"\b(?:Tbilisi|Russia|Russian|Moscow|Kremlin|Abkhazia|Abkhaz|Ossetia|Caucasus|Caucasian|NATO|EU|"
    r"European Union|Georgian|Saakashvili|Ivanishvili|Kobakhidze|Zourabichvili|Armenia|Azerbaijan|Ukraine|"
    r"Moldova|Black Sea|Batumi|Gori|Sukhumi|Tskhinvali)\b"
)


def _us_state_georgia(text: str, start: int, end: int) -> bool:
    """ "Georgia" the US state, not the country: the bare name in a sentence of American politics ("Graham
    told The Associated Press he was worried about Georgia's shift leftward", "Georgia is drawing nearly $80
    million in ad spending") with nothing of the Caucasus in it."""
    if text[start:end] != "Georgia":
        return False
    return bool(_US_POLITICS.search(text)) and not _CAUCASUS.search(text)


_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“‘']))([A-Z][\w'’.-]*)\s+$")
_OF_NAME_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_CALENDAR = frozenset(MONTH_NAMES + WEEKDAY_NAMES)
"""Capitalised words that only date what a body did ("On Tuesday Congress voted")."""


def _sentence_case(form: str) -> str:
    """A form with a sentence-initial "The" read as "the" ("The Alliance" is the form "the Alliance")."""
    return "t" + form[1:] if form.startswith("The ") else form


def _heads_another_name(text: str, items: Sequence[_Item], i: int, modifiers: frozenset[str]) -> bool:
    """A short form (``[ignore] name_heads``) that is only the head of another body's longer proper name:
    led by capitalised words that name no actor ("the World Chechen Congress", "the Party Congress", not
    "Democratic Congress" nor a sentence's first word), or followed by "of" and a capitalised name of no
    actor of its own code ("the Congress of People's Deputies", "the Alliance of Civilisations"; but "the
    Congress of the United States")."""
    item = items[i]
    before = _WORD_BEFORE.search(text, max(0, item.start - 40), item.start)
    if before is not None:
        word = before.group(1)
        first = not text[: before.start(1)].strip(" \"“‘'(")
        if (
            not first
            and word.rstrip(".") not in modifiers
            and word not in _CALENDAR
            and not word.endswith(("'s", "’s"))
            and all(other.end != before.end(1) for other in items)
        ):
            return True
    after = _OF_NAME_AFTER.match(text, item.end)
    if after is None:
        return False
    return not any(
        other.start < after.end() <= other.end and other.code == item.code for other in items[i + 1 :]
    )


_NAME_BEFORE_HYPHEN = re.compile(r"(?:^|[\s(\"“‘'])([A-Z][a-z]{2,})-$")
_HYPHEN_PREFIXES = frozenset(
    {
        "pro",
        "anti",
        "non",
        "post",
        "pre",
        "ex",
        "neo",
        "pan",
        "mid",
        "all",
        "trans",
        "sub",
        "inter",
        "intra",
        "pseudo",
        "semi",
        "ultra",
        "over",
        "under",
        "self",
        "cross",
        "north",
        "south",
        "east",
        "west",
        "central",
        "greater",
        "new",
        "old",
        "upper",
        "lower",
        "western",
        "eastern",
        "northern",
        "southern",
        "euro",
    }
)


def _without_surname_halves(
    text: str, found: list[tuple[int, int, tuple[_Entry, ...]]]
) -> list[tuple[int, int, tuple[_Entry, ...]]]:
    """Drop a form that is the second half of a double-barrelled surname ("Duncan Crabtree-Ireland", "Helena
    Bonham-Carter"): a capitalised word that is no actor, no prefix ("Pro-", "Anti-", "Euro-") and no
    combining form ("Sino-", "Franco-") joined to it by a hyphen. "Russia-Ukraine" keeps both."""
    ends = {e for _, e, _ in found}
    out = []
    for cand in found:
        start = cand[0]
        # (a match that ends at ``start`` ends with its hyphen: no search without one)
        head = (
            _NAME_BEFORE_HYPHEN.search(text, max(0, start - 30), start)
            if start > 0 and text[start - 1] == "-"
            else None
        )
        if head is not None and head.end() == start:
            word = head.group(1)
            if (
                word.lower() not in _HYPHEN_PREFIXES
                and not word.endswith("o")
                and start - 1 not in ends
                and head.start(1) not in {s for s, _, _ in found}
            ):
                continue
        out.append(cand)
    return out


_LED_GROUP = re.compile(r"\b(opposition|rebel|separatist|insurgent)\s+(?:leader|commander|chief)$", re.I)
_LED_GROUP_CODES = {
    "opposition": "opposition",
    "rebel": "rebels",
    "separatist": "separatists",
    "insurgent": "rebels",
}


def _led_group(words_before: str) -> str | None:
    """The group whose leader a person is named as: "Kenyan opposition leader Raila Odinga", "Syrian rebel
    commander ..." — the person acts for the opposition (or rebels), not for the state the adjective names."""
    found = _LED_GROUP.search(words_before)
    return _LED_GROUP_CODES[found.group(1).lower()] if found else None


@functools.cache
def _prefixed(form: str) -> bool:
    """The form is a title or courtesy prefix followed by a surname ("President Michel", "Mr Lavrov")."""
    return form.startswith(_PREFIXED_STARTS)


_PREFIXED_STARTS = tuple(prefix + " " for prefix in _PERSON_PREFIXES)
"""Each of :data:`_PERSON_PREFIXES` with the space after it (one ``str.startswith`` tests them all)."""


@functools.lru_cache(maxsize=1)
def load_dictionary() -> ActorDictionary:
    """The shipped dictionary (``detente/data/actors.toml`` + pycountry), built once per process."""
    resource = importlib.resources.files("detente.data").joinpath("actors.toml")
    from detente.coding import newsactors

    built = build_dictionary(newsactors.extend(tomllib.loads(resource.read_text(encoding="utf-8"))))
    freeze_built()  # (s36-speed11) built once, kept for good: no full garbage pass walks it again
    return built


def build_dictionary(data: Mapping[str, Any]) -> ActorDictionary:
    """Build a dictionary from parsed ``actors.toml`` data (see the file's header for the format)."""
    actors: list[Actor] = []
    actors.extend(_state_actors(data.get("states", {})))
    alliances: dict[str, list[Membership]] = {}
    for code, spec in data.get("orgs", {}).items():
        actors.append(
            Actor(spec.get("names", [code])[0], ActorKind.ORG, code, forms=list(spec.get("names", [])))
        )
        if "members" in spec:
            alliances[code] = _memberships(code, spec["members"])
    for code, phrases in data.get("groups", {}).items():
        actors.append(Actor(code, ActorKind.GROUP, code, forms=list(phrases)))
    blocs = _blocs(data.get("blocs", {}))
    for code, spec in data.get("blocs", {}).items():
        kind = ActorKind.ORG if spec.get("kind") == "org" else ActorKind.STATE
        actors.append(Actor(spec["names"][0], kind, code, forms=list(spec["names"])))
    for name, spec in data.get("titles", {}).items():
        title = TitleSpec(
            name,
            spec.get("for", "state"),
            frozenset(spec.get("orgs", [])),
            spec.get("default"),
            frozenset(_title_strings(name, spec, "speakers")),
            tuple(_title_strings(name, spec, "default_cues")),
            bool(spec.get("keep_unresolved", True)),
            _names_holder(name, spec.get("names")),
        )
        actors.append(Actor(name, ActorKind.TITLE, None, forms=list(spec.get("forms", [])), title=title))
    heads = data.get("heads", {})
    actors.append(Actor("head", ActorKind.HEAD, None, forms=list(heads.get("words", []))))
    ignore = list(data.get("ignore", {}).get("phrases", []))
    for actor in actors:
        if actor.kind is ActorKind.DEMONYM:
            for d in actor.forms:
                ignore += [f"ethnic {d}", f"{d}-speaking", f"{d} speakers", f"{d} language", f"{d}-language"]
    actors.append(Actor("ignore", ActorKind.IGNORE, None, forms=ignore))
    for number, spec in enumerate(data.get("people", []), start=1):
        actors.append(person_actor(spec, where=f"people entry {number}"))
    return ActorDictionary(
        actors,
        modifiers=heads.get("modifiers", []),
        alliances=alliances,
        dissolved=_dissolved(data.get("dissolved", {})),
        polities=_polities(data),
        documents=_documents(data),
        blocs=blocs,
        name_heads=_ignore_words(data, "name_heads"),
        head_modifiers=_ignore_words(data, "name_head_modifiers"),
    )


def _blocs(raw: Any) -> dict[str, Bloc]:
    """The ``[blocs]`` table: code -> :class:`Bloc`, checked (an :class:`InputError` names a bad entry)."""
    if not isinstance(raw, Mapping):
        raise InputError("actors.toml: [blocs] must be a table of CODE = { names, members, kind?, cues? }")
    out: dict[str, Bloc] = {}
    for code, spec in raw.items():
        if (
            not isinstance(spec, Mapping)
            or set(spec) - {"names", "members", "kind", "cues"}
            or not isinstance(spec.get("names"), list)
            or not spec["names"]
            or not all(isinstance(n, str) and n.strip() for n in spec["names"])
            or spec.get("kind", "state") not in ("state", "org")
        ):
            raise InputError(
                f"actors.toml: bloc {code}: expected {{ names = [...], members = [...], kind?, cues? }}"
            )
        members = _memberships(str(code), spec.get("members"))
        if not members:
            raise InputError(f"actors.toml: bloc {code}: no members")
        raw = spec.get("cues")
        windows: list[tuple[Membership, re.Pattern[str]]] | None = None
        if raw is not None:
            tables = raw if isinstance(raw, Mapping) else {"/": raw}
            windows = [
                (_cue_window(str(code), str(w)), _cue_pattern(str(code), c)) for w, c in tables.items()
            ]
            if not windows:
                raise InputError(f"actors.toml: bloc {code}: cues must be a list of words")
        out[str(code)] = Bloc(tuple(members), tuple(windows) if windows is not None else None)
    return out


def _cue_window(code: str, window: str) -> Membership:
    """A cue window "START/END" (either may be empty) as a date span."""
    start, _, end = window.partition("/")
    try:
        return Membership("", parse_partial_date(start), parse_partial_date(end, end=True))
    except ValueError as exc:
        raise InputError(f"actors.toml: bloc {code}: cue window {window!r}: {exc}") from exc


def _cue_pattern(code: str, cues: Any) -> re.Pattern[str]:
    """A bloc's cue words as one pattern (case as for forms: a capital must be a capital in the text)."""
    if not isinstance(cues, list) or not cues or not all(isinstance(c, str) and c.strip() for c in cues):
        raise InputError(f"actors.toml: bloc {code}: cues must be a list of words")
    words_ = "|".join(
        re.escape(c.strip()) if any(ch.isupper() for ch in c) else f"(?i:{re.escape(c.strip())})"
        for c in sorted(cues, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w-])(?:{words_})(?![\w])")


def _documents(data: Mapping[str, Any]) -> list[str]:
    """The ``[ignore]`` table's ``documents`` nouns, checked."""
    raw = data.get("ignore", {}).get("documents", [])
    if not isinstance(raw, list) or not all(isinstance(n, str) and n.strip() for n in raw):
        raise InputError("actors.toml: [ignore] documents must be a list of nouns")
    return [n.strip() for n in raw]


def _ignore_words(data: Mapping[str, Any], key: str) -> list[str]:
    """A list of words or forms of the ``[ignore]`` table (``name_heads``, ``name_head_modifiers``), checked."""
    raw = data.get("ignore", {}).get(key, [])
    if not isinstance(raw, list) or not all(isinstance(n, str) and n.strip() for n in raw):
        raise InputError(f"actors.toml: [ignore] {key} must be a list of words")
    return [n.strip() for n in raw]


def _polities(data: Mapping[str, Any]) -> list[str]:
    """The ``polities`` list of ``[groups]``-coded entities that act as states, checked."""
    raw = data.get("polities", {}).get("codes", [])
    groups = data.get("groups", {})
    if not isinstance(raw, list) or not all(isinstance(c, str) and c in groups for c in raw):
        raise InputError("actors.toml: [polities] codes must list codes of [groups]")
    return list(raw)


def _dissolved(raw: Any) -> dict[str, tuple[dt.date, str | None]]:
    """The ``[dissolved]`` table: code -> (ISO day, successor code or ``None``), checked (an
    :class:`InputError` names a bad entry)."""
    if not isinstance(raw, Mapping):
        raise InputError("actors.toml: [dissolved] must be a table of CODE = { ended, successor? }")
    out: dict[str, tuple[dt.date, str | None]] = {}
    for code, spec in raw.items():
        if not isinstance(spec, Mapping) or set(spec) - {"ended", "successor"} or "ended" not in spec:
            raise InputError(
                f'actors.toml: dissolved {code}: expected {{ ended = "YYYY-MM-DD", successor? }}'
            )
        try:
            ended = dt.date.fromisoformat(str(spec["ended"]))
        except ValueError as exc:
            raise InputError(
                f"actors.toml: dissolved {code}: {spec['ended']!r} is not a YYYY-MM-DD day"
            ) from exc
        successor = spec.get("successor")
        if successor is not None and not (isinstance(successor, str) and successor.strip()):
            raise InputError(f"actors.toml: dissolved {code}: successor must be a code")
        out[str(code)] = (ended, successor)
    return out


def _memberships(org: str, raw: Any) -> list[Membership]:
    """An alliance's ``members`` list — ``[state, start]`` or ``[state, start, end]`` items — checked, with
    an :class:`InputError` naming the organisation for a bad item."""
    if not isinstance(raw, list):
        raise InputError(f"actors.toml: org {org}: members must be a list of [state, start, end?]")
    out: list[Membership] = []
    for item in raw:
        if not isinstance(item, list) or len(item) not in (2, 3) or not all(isinstance(x, str) for x in item):
            raise InputError(f"actors.toml: org {org}: a member is [state, start, end?], got {item!r}")
        try:
            start = parse_partial_date(item[1])
            end = parse_partial_date(item[2], end=True) if len(item) == 3 else None
        except ValueError as exc:
            raise InputError(f"actors.toml: org {org}: member {item[0]}: {exc}") from exc
        out.append(Membership(item[0], start, end))
    return out


def _pycountry_names(country: Any) -> list[str]:
    names: list[str] = []
    for attr in ("name", "official_name", "common_name"):
        value = getattr(country, attr, None)
        if not value:
            continue
        value = re.sub(r"\s*\(.*?\)", "", value).strip()
        if ", " in value:
            head, _, tail = value.partition(", ")
            if "Province of" in tail:
                continue
            if tail.endswith((" of", " of the")) or " " not in tail:
                value = f"{tail} {head}"
        if value.lower().startswith("the "):
            value = value[4:]
        names.append(value)
    return names


_STATE_KEYS = ("names", "demonyms", "metonyms", "territories")


def _check_state_spec(code: str, spec: Any) -> None:
    """A state's table holds only lists of strings under the known keys; anything else is an
    :class:`InputError` naming the state (a bare string would otherwise be read letter by letter)."""
    if not isinstance(spec, Mapping):
        raise InputError(f"actors.toml: state {code} must be a table, got {type(spec).__name__}")
    for key, value in spec.items():
        if key not in _STATE_KEYS:
            raise InputError(
                f"actors.toml: state {code}: unknown key {key!r} (known: {', '.join(_STATE_KEYS)})"
            )
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise InputError(f"actors.toml: state {code}: {key} must be a list of non-empty strings")


def _title_strings(name: str, spec: Mapping[str, Any], key: str) -> list[str]:
    """A title's optional list of strings (``speakers``, ``default_cues``); anything else is an
    :class:`InputError` naming the title (a bare string would otherwise be read letter by letter)."""
    value = spec.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise InputError(f"actors.toml: title {name}: {key} must be a list of non-empty strings")
    return value


def _state_actors(extra: Mapping[str, Mapping[str, Sequence[str]]]) -> list[Actor]:
    countries: dict[str, Any] = {c.alpha_3: c for c in pycountry.countries}
    historic: dict[str, Any] = {c.alpha_3: c for c in pycountry.historic_countries}
    actors: list[Actor] = []
    for code in [*countries, *(c for c in extra if c not in countries)]:
        source = countries.get(code) or historic.get(code)
        names = _pycountry_names(source) if source is not None and code in countries else []
        spec = extra.get(code, {})
        _check_state_spec(code, spec)
        names = list(dict.fromkeys([*names, *spec.get("names", [])]))
        if not names:
            raise InputError(f"actors.toml: state {code} has no name (not in pycountry and none given)")
        actors.append(Actor(names[0], ActorKind.STATE, code, forms=_with_ascii(names)))
        if spec.get("demonyms"):
            actors.append(Actor(names[0], ActorKind.DEMONYM, code, forms=_with_ascii(spec["demonyms"])))
        if spec.get("metonyms"):
            actors.append(Actor(names[0], ActorKind.METONYM, code, forms=_with_ascii(spec["metonyms"])))
        if spec.get("territories"):
            actors.append(Actor(names[0], ActorKind.TERRITORY, code, forms=_with_ascii(spec["territories"])))
    return actors


def _with_ascii(forms: Iterable[str]) -> list[str]:
    out: list[str] = []
    for form in forms:
        out.append(form)
        plain = _ascii_variant(form)
        if plain != form:
            out.append(plain)
    return list(dict.fromkeys(out))


_GERMAN_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _german_variants(forms: Iterable[str]) -> list[str]:
    """Names with an umlaut also as English texts often spell them: "Schröder" as "Schroeder", "Wörner" as
    "Woerner" (``_with_ascii`` gives only "Schroder")."""
    return [plain for form in forms if (plain := form.translate(_GERMAN_UMLAUTS)) != form]


def person_actor(spec: Mapping[str, Any], *, where: str = "person") -> Actor:
    """A person :class:`Actor` from a ``[[people]]`` table; :class:`InputError` names ``where`` when bad."""
    name = spec.get("name")
    if not isinstance(name, str) or not name.strip():
        raise InputError(f"{where}: a person needs a name")
    roles: list[Role] = []
    for raw in spec.get("roles", []):
        if not isinstance(raw, list | tuple) or len(raw) != 4:
            raise InputError(f"{where} ({name}): a role is [actor, title, start, end], got {raw!r}")
        actor, title, start, end = (str(x) for x in raw)
        try:
            roles.append(Role(actor, title, parse_partial_date(start), parse_partial_date(end, end=True)))
        except ValueError as exc:
            raise InputError(f"{where} ({name}): {exc}") from exc
    nationality = spec.get("nationality") or None
    role_actors = {r.actor for r in roles}
    fallback = next(iter(role_actors)) if len(role_actors) == 1 else nationality
    surname = spec.get("surname", name.split()[-1])
    alone = spec.get("surname_alone", True)
    if not isinstance(alone, bool):
        raise InputError(f"{where} ({name}): surname_alone must be true or false, got {alone!r}")
    forms = [name, *spec.get("aliases", [])]
    if surname and alone:
        forms.append(surname)
        forms.extend(f"{prefix} {surname}" for prefix in _PERSON_PREFIXES)
    elif surname:
        # the bare surname off, the courtesy forms stay ("Mr Robertson", "Mrs May"); a role title before the
        # surname is read by the title's holder on the date (``sidefix3.title_holder_named``), which keeps
        # an organisation's own official in its own statement a title (s32-corefix)
        forms.extend(f"{prefix} {surname}" for prefix in _COURTESY_PREFIXES)
    return Actor(
        name,
        ActorKind.PERSON,
        fallback,
        forms=_with_ascii([*forms, *_german_variants(forms)]),
        roles=tuple(roles),
        nationality=nationality,
    )
