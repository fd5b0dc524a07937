"""Coder stage 6c, statement readers: meetings official texts tell without a verb of meeting beside both sides
(CONSULT), in forms the other meeting readers (:mod:`detente.coding.consults`, :mod:`detente.coding.readouts`,
:mod:`detente.coding.viewsexchanged`) leave (s25).

* :func:`visit_stated` — the speaker's "I am delighted to have this opportunity to visit Kazan", "we are glad
  to have this chance to meet with you", "happy to have the opportunity to discuss ...": a visit or meeting
  the speaker tells of. Coming, visiting or meeting is speaker → the other side (the document's meeting's
  other sides, else the state a place after the verb stands for); discussing or talking is both sides'
  CONSULT. With no other side known (a leader meeting his own compatriots) nothing is read.
* :func:`agenda_between` — "The agenda covered central questions of relations between Russia and Peru", "The
  meeting's agenda included Russian-Chilean trade" with no meeting reported before it: the agenda of talks
  whose sides the sentence names as the one bilateral relation of two states.
* :func:`talks_under_way` — "Negotiations on a visa agreement are under way", "Consultations between Russia
  and the EU were continuing": talks in progress, a CONSULT of the document's meeting's sides, else of the
  pair the sentence names "between" them; with no sides known nothing is read. Talks only prepared for
  ("preparations for talks") are not read.
* :func:`said_at_meeting_with` — "Putin said in his introductory words at a meeting with Peru's President
  that ...", "At talks with Ms Bachelet, Mr Putin noted ...": CONSULT of the one who speaks → the side
  met, as "met with", when the sentence codes nothing else (what was said is then only the meeting's
  words). A meeting with no coded side ("a meeting with the Cabinet", "with students") is domestic and not
  read.
* :func:`mediated_truce` — "efforts by Russia and Iran in bringing about a ceasefire in Yemen", "the efforts
  of Russia and Turkey to achieve a truce": a mediation, CONSULT (third-party) of the mediators → the sides
  the truce is about (the actors named after it, and "the opposition" when it is one of them), when two or
  more mediators are named.

Two helpers for :func:`detente.coding.document.RecordStream` reading a transcript whose records carry no
context, the speaker told by its labels ("President of Russia Vladimir Putin: ..."): :func:`labels_agree` (the
labels name each person as one side) and :func:`meetings_told` (only the CONSULT of such a reading is taken).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from detente.coding.actors import ActorKind, load_dictionary
from detente.coding.meetings import relation_pair
from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import PatternSet, Token, words
from detente.coding.polarity import polarity_of
from detente.coding.roles import Roles, clause_floor
from detente.coding.statements import Finding, SentenceView
from detente.coding.units import Unit, speaker_turn

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = [
    "agenda_between",
    "labels_agree",
    "mediated_truce",
    "meetings_told",
    "said_at_meeting_with",
    "sided_by_relation",
    "talks_under_way",
    "visit_stated",
]


class ExchangeView(SentenceView, Protocol):
    """What these readers see of a sentence: its words and actors, and the document's meeting."""

    @property
    def participants(self) -> tuple[str, ...]: ...

    @property
    def reported_meeting(self) -> bool: ...

    def demonym(self, word: str) -> str | None: ...


_SIDE_KINDS = frozenset({"state", "org", "metonym", "person", "title", "demonym"})


def _side(unit: Unit) -> bool:
    return unit.code is not None and (unit.kind in _SIDE_KINDS or unit.locative)


def _meeting_sides(view: ExchangeView) -> tuple[str, ...]:
    sides = tuple(dict.fromkeys(view.participants))
    return sides if view.reported_meeting and len(sides) >= 2 else ()


def _polarity(tokens: Sequence[Token], k: int, patterns: PatternSet) -> Polarity | None:
    polarity = polarity_of(tokens, k, patterns, floor=clause_floor(tokens, k))
    return None if polarity is Polarity.HYPOTHETICAL else polarity


# --- a visit or meeting the speaker tells of -----------------------------------------------------------------

_PLEASED = words("pleased happy glad delighted")
_FIRST_PERSON = words("i we 'm 're")
_CHANCE_OPENERS = words("the this an a such")
_CHANCES = words("opportunity chance")
_CHANCE_FILLERS = words("now again today once here finally")
_GO_VERBS = words("come visit travel meet see")
_TALK_VERBS = words("discuss talk exchange hold")
_VISIT_MODE_VERBS = words("come visit travel")


def visit_stated(view: ExchangeView) -> Finding | None:
    """A visit or meeting told by the speaker's pleasure at the chance of it (see the module docstring)."""
    speaker = view.speaker
    if speaker is None:
        return None
    tokens = view.tokens
    n = len(tokens)
    for a, tok in enumerate(tokens):
        if tok.norm not in _PLEASED or not any(t.norm in _FIRST_PERSON for t in tokens[max(0, a - 4) : a]):
            continue
        j = a + 1
        if not (j + 1 < n and tokens[j].norm == "to" and tokens[j + 1].norm == "have"):
            continue
        j += 2
        while j < n and tokens[j].norm in _CHANCE_OPENERS:
            j += 1
        if j >= n or tokens[j].norm not in _CHANCES:
            continue
        j += 1
        while j < n and tokens[j].norm in _CHANCE_FILLERS:
            j += 1
        if j + 1 >= n or tokens[j].norm != "to":
            continue
        verb = tokens[j + 1]
        if verb.norm not in _GO_VERBS and verb.norm not in _TALK_VERBS:
            continue
        others = tuple(c for c in _meeting_sides(view) if c != speaker)
        if not others:
            after = [u for u in view.units if u.tok_start > j + 1 and _side(u) and u.code != speaker]
            others = (after[0].code,) if after and after[0].code is not None else ()
        if not others:
            return None
        polarity = _polarity(tokens, a, view.patterns)
        if polarity is None:
            return None
        span = (tok.start, verb.end)
        if verb.norm in _TALK_VERBS:
            roles = Roles((speaker, *others), (), span, mutual=True)
            return Finding(EventType.CONSULT, "", roles, polarity, verb.start, verb.end, verb.text)
        mode = "visit" if verb.norm in _VISIT_MODE_VERBS else ""
        return Finding(
            EventType.CONSULT,
            mode,
            Roles((speaker,), others, span),
            polarity,
            verb.start,
            verb.end,
            verb.text,
        )
    return None


# --- an agenda or talks whose sides the sentence names as a relation ------------------------------------------


def _relation_sides(view: SentenceView, *, states_only: bool) -> tuple[str, ...]:
    dictionary = load_dictionary()
    spans = [
        (u.start, u.end, u.code, dictionary.code_kinds.get(u.code) is ActorKind.STATE)
        for u in view.units
        if u.code is not None
    ]
    if len(spans) < 2:
        return ()
    found = relation_pair(view.text, spans, states_only=states_only)
    return found[0] if found else ()


@dataclass(frozen=True, slots=True)
class _Sided:
    """A sentence seen with the sides its own relation names as the document's meeting."""

    view: ExchangeView
    participants: tuple[str, ...]
    reported_meeting: bool = True

    @property
    def text(self) -> str:
        return self.view.text

    @property
    def tokens(self) -> Sequence[Token]:
        return self.view.tokens

    @property
    def units(self) -> Sequence[Unit]:
        return self.view.units

    @property
    def patterns(self) -> PatternSet:
        return self.view.patterns

    @property
    def speaker(self) -> str | None:
        return self.view.speaker

    def demonym(self, word: str) -> str | None:
        return self.view.demonym(word)


def sided_by_relation(view: ExchangeView) -> ExchangeView | None:
    """The sentence seen as a readout of the meeting of the two states whose relation it names, when the
    document has reported no meeting; ``None`` otherwise."""
    if _meeting_sides(view):
        return None
    sides = _relation_sides(view, states_only=True)
    return _Sided(view, sides) if sides else None


def agenda_between(view: ExchangeView, read: object) -> Finding | None:
    """``read`` (an agenda reader of :mod:`detente.coding.readouts`) on the sentence seen with the sides its
    relation names (:func:`sided_by_relation`)."""
    sided = sided_by_relation(view)
    if sided is None or not callable(read):
        return None
    found = read(sided)
    return found if isinstance(found, Finding) else None


_TALKS = words("negotiations talks consultations")
_BE = words("is are was were")
_BE_FILLERS = words("now still currently already also")
_GOING_ON = words("underway ongoing continuing")
_TALK_REACH = 14


def talks_under_way(view: ExchangeView) -> Finding | None:
    """Talks in progress (see the module docstring)."""
    tokens = view.tokens
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if tok.norm not in _TALKS:
            continue
        if k > 1 and tokens[k - 1].norm in ("of", "for", "to", "the", "in"):
            continue  # "the results of the talks", "preparations for talks": a topic, not the talks
        for j in range(k + 1, min(n, k + _TALK_REACH)):
            if tokens[j].norm in (",", ";", ":", "."):
                break
            if tokens[j].norm not in _BE:
                continue
            i = j + 1
            while i < n and tokens[i].norm in _BE_FILLERS:
                i += 1
            if i >= n:
                break
            going = tokens[i].norm in _GOING_ON or (
                tokens[i].norm in ("under", "in") and i + 1 < n and tokens[i + 1].norm in ("way", "progress")
            )
            if not going:
                break
            sides = _meeting_sides(view) or _relation_sides(view, states_only=False)
            if len(sides) < 2:
                return None  # no sides known: a talk with no one in it would only spoil who-met-whom
            polarity = _polarity(tokens, i, view.patterns)
            if polarity is None:
                return None
            roles = Roles(sides, (), (tok.start, tokens[i].end), mutual=True)
            return Finding(EventType.CONSULT, "", roles, polarity, tok.start, tok.end, tok.text)
    return None


# --- said at a meeting with another side -----------------------------------------------------------------------

_AT = words("at during after following")
_MEETING_OPENERS = words("a the his her their its an")
_MEETING_NOUNS = words("meeting talks negotiations conversation")
_SAID = words(
    "said says noted notes stressed stresses stated states told tells emphasised emphasized emphasises "
    "emphasizes remarked remarks underlined underlines pointed points observed observes added adds"
)
_SAYER_FILLERS = words("also then later further")


def _sayer(tokens: Sequence[Token], units: Sequence[Unit]) -> Unit | None:
    """The coded actor right before a verb of saying ("Putin said", "Mr Putin also noted")."""
    for u in units:
        j = u.tok_end
        while j < len(tokens) and tokens[j].norm in _SAYER_FILLERS:
            j += 1
        if j < len(tokens) and tokens[j].norm in _SAID and _side(u):
            return u
    return None


def said_at_meeting_with(view: ExchangeView, *, alone: bool) -> Finding | None:
    """CONSULT of the one who speaks at a meeting with another side → that side (module docstring);
    ``alone``: the sentence codes no other event (a report of what was said or done at the meeting that
    codes its own act is about that act, the meeting only its setting)."""
    if not alone:
        return None
    tokens = view.tokens
    n = len(tokens)
    sayer = _sayer(tokens, view.units)
    if sayer is None:
        return None
    for k, tok in enumerate(tokens):
        if tok.norm not in _AT:
            continue
        j = k + 1
        if j < n and tokens[j].norm in _MEETING_OPENERS:
            j += 1
        if not (j + 1 < n and tokens[j].norm in _MEETING_NOUNS and tokens[j + 1].norm == "with"):
            continue
        met = next((u for u in view.units if j + 2 <= u.tok_start <= j + 3 and _side(u)), None)
        if met is None or met.code == sayer.code or met.code is None or sayer.code is None:
            continue
        if any(t.norm in ("and", ",") for t in tokens[j + 2 : met.tok_start]):
            continue
        polarity = _polarity(tokens, j, view.patterns)
        if polarity is None:
            return None
        roles = Roles((sayer.code,), (met.code,), (tok.start, met.end))
        return Finding(EventType.CONSULT, "", roles, polarity, tokens[j].start, tokens[j].end, tokens[j].text)
    return None


# --- a truce brought about by mediators ------------------------------------------------------------------------

_EFFORTS = words("efforts effort")
_BRINGING = words(
    "bringing bring brought achieving achieve achieved reaching reach reached securing secure secured "
    "brokering broker brokered establishing establish established"
)
_TRUCES = words("ceasefire cease-fire truce armistice")
_MEDIATOR_GLUE = words("and ,")
_TRUCE_REACH = 24


def mediated_truce(view: ExchangeView) -> Finding | None:
    """Mediation of a truce by two or more sides (see the module docstring)."""
    tokens = view.tokens
    n = len(tokens)
    units = sorted((u for u in view.units if u.code is not None), key=lambda u: u.tok_start)
    for k, tok in enumerate(tokens):
        if tok.norm not in _EFFORTS or k + 2 >= n or tokens[k + 1].norm not in ("of", "by"):
            continue
        mediators: list[Unit] = []
        j = k + 2
        for u in units:
            if u.tok_start < j:
                continue
            if u.tok_start != j or not _side(u):
                break
            mediators.append(u)
            j = u.tok_end
            if j < n and tokens[j].norm in _MEDIATOR_GLUE:
                j += 1
            if j < n and tokens[j].norm == "the":
                j += 1
        codes = tuple(dict.fromkeys(u.code for u in mediators if u.code is not None))
        if len(codes) < 2:
            continue
        truce = next(
            (
                i
                for i in range(j, min(n, j + _TRUCE_REACH))
                if tokens[i].norm in _TRUCES and any(t.norm in _BRINGING for t in tokens[max(j, i - 5) : i])
            ),
            None,
        )
        if truce is None:
            continue
        end = next((i for i in range(truce, n) if tokens[i].norm in (";", ".")), n)
        sides = tuple(
            dict.fromkeys(
                u.code
                for u in units
                if truce < u.tok_start < end and u.code is not None and u.code not in codes
            )
        )
        if "opposition" not in sides and any(t.norm == "opposition" for t in tokens[truce:end]):
            sides = (*sides, "opposition")  # "between the government and the armed opposition"
        polarity = _polarity(tokens, truce, view.patterns)
        if polarity is None:
            return None
        roles = Roles(codes, sides, (tok.start, tokens[truce].end))
        return Finding(EventType.CONSULT, "third-party", roles, polarity, tok.start, tok.end, tok.text)
    return None


# --- the statements after talks, told by speakers a transcript's labels name --------------------------------------

_LABEL_NAME = re.compile(r"([A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s*(?:\([^)]*\)\s*)?:")


def labels_agree(records: Sequence[tuple[str, str, dt.date, str | None]]) -> bool:
    """No person the transcript's speaker labels name is resolved to two sides ("Acting Governor of Samara
    Region Dmitry Azarov:" a Russian, "Dmitry Azarov:" later taken for a namesake abroad): the labels are
    fit to tell the sides of a meeting by who speaks."""
    dictionary = load_dictionary()
    seen: dict[str, str] = {}
    for _, text, date, context in records:
        if context:
            continue
        turn = speaker_turn(dictionary, text, date)
        if turn is None or turn.code is None:
            continue
        name = _LABEL_NAME.search(text[: turn.end])
        if name is None:
            continue
        key = " ".join(name.group(1).split()).casefold()
        if seen.setdefault(key, turn.code) != turn.code:
            return False
    return True


def meetings_told(old: Sequence[Event], new: Sequence[Event]) -> list[Event]:
    """A record's events read again with the sides its transcript's labels name: its own events, and the
    CONSULT the new reading finds when it had none (what else the sides' "we" does is left to records whose
    context names the speaker)."""
    if any(e.event is EventType.CONSULT for e in old):
        return list(old)
    return [*old, *(e for e in new if e.event is EventType.CONSULT and e.source)]
