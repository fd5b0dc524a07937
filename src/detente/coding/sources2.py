"""Who does an event: doers named only through a sayer, a meeting, a pair or a bare title (s29).

Each pass fills in the source of an event that was read with none (or, for the pair, with only one of the
two sides), taking the sides it names out of the event's targets, and leaves every other event as it is.

* **The sayer's own country.** "Israel's defence minister said the country would keep the crossings shut",
  "Turkey's president said his government would send troops": the subject of the reported clause is the
  sayer's own state (a possessive or "the" before "country", "government", "nation", "administration",
  "authorities" or "state", right after the verb of saying); an act told in that clause with no doer is
  that state's (:func:`sayer_country`).
* **A head of government speaks for the state of the clause they announce.** "The Prime Minister warned
  Minsk that Poland would close its crossings", "The Chancellor said that Germany will not send the
  missiles": a statement (warning, charge, demand, pledge) made by a title with no state of its own, whose
  reported clause has one state as its subject, is made by that state (:func:`announced_for_state`).
* **Talks "with" one side of the meeting are the meeting.** "Talks with Prime Minister Modi are scheduled
  for Monday", "A meeting with the Chancellor was held": in a readout whose meeting has two sides, talks
  told with one side and no doer are the two sides' talks, with no target (:func:`talks_with_partner`).
* **The pair named after "the two leaders".** "The two leaders discussed the crisis, and Mr Putin informed
  Mr Schroeder of the mission": a subject that stands for the two sides of a meeting ("the two leaders",
  "both sides", "the parties") is the two people the same sentence names, when it names exactly two
  people of two sides; a joint act of the pair takes both (:func:`pair_named_later`).
* **A bare title names the holder met earlier in the sentence.** "Vladimir Putin and Recep Tayyip Erdogan
  spoke by telephone; the President instructed the Government to lift the restrictions": a title with no
  state ("the President", "the Chancellor") opening a later clause is the one person named before it in the
  same sentence who holds that title on the date; an act of that clause with no doer is theirs
  (:func:`title_named_before`).
* **A head of state named without a state is Russia's.** "The President signed decrees recognising the two
  republics", "The head of state vetoed the law", "The acting president spoke highly of ...": as with a
  ministry named without its state (:func:`detente.coding.sidefix2.ministry_side`), the tracker's texts
  name a president with no state, no name and no speaker only in Russia's own readouts and statements
  (another state's president comes with the state, or the record's speaker owns the title). Such a title
  as the subject of an act with no doer is Russia's, unless the sentence names another president before the
  act's words (one named in the act's object, "praised the part the Chinese President played", is not who
  acts; in a meeting of Russia and one guest, the title is Russia's only when the act's object names the
  guest's president: s35-sources4). When the act was read as aimed at Russia, only the official's own verb
  ("The Foreign Ministry ruled out any pull-out of the Russian contingent", "The President signed a decree
  suspending the Russian-American agreement") makes it Russia's, and Russia, named in its own object
  (its contingent, a pact it is party to, "Russia's first president"), leaves the targets; so does a
  ministry named without its state, which :mod:`detente.coding.sidefix2` leaves alone in that case
  (:func:`bare_head_of_state`).

:func:`settled` runs every pass; every pass returns a new list and never raises.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType
from detente.coding.patterns import words

if TYPE_CHECKING:
    from detente.coding.actors import ActorDictionary
    from detente.coding.coder import Event
    from detente.coding.patterns import Token
    from detente.coding.units import Unit

__all__ = [
    "announced_for_state",
    "bare_head_of_state",
    "pair_named_later",
    "sayer_country",
    "settled",
    "talks_with_partner",
    "title_named_before",
]


def settled(
    text: str,
    date: dt.date | None,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    events: list[Event],
    dictionary: ActorDictionary,
    participants: Sequence[str] = (),
    speaker: str | None = None,
    context: str | None = None,
) -> list[Event]:
    """A sentence's events after every pass of this module (module docstring); ``participants`` are the
    sides of the meeting the record's document reports, if any, ``speaker`` the code the record's "we"
    stands for and ``context`` the record's own."""
    if not events:
        return events
    if speaker is None and not (context or "").strip():
        events = bare_head_of_state(text, date, tokens, units, events, dictionary, participants)
    events = title_named_before(text, date, tokens, units, events, dictionary)
    events = sayer_country(tokens, units, events, dictionary)
    events = announced_for_state(tokens, units, events, dictionary)
    events = talks_with_partner(events, participants)
    return pair_named_later(tokens, units, events, dictionary)


# --------------------------------------------------------------------------------------- shared helpers

_SAYING = words(
    "said says stated told announced warned declared insisted stressed noted added vowed pledged "
    "claimed confirmed explained argued emphasised emphasized indicated asserted promised"
)
_AUX = words(
    "would will could might may can shall should must is was were are has had have be been not n't "
    "also still soon then now continue continues continued to never no longer further"
)
_STATE_KINDS = frozenset({"state"})


def _token_at(tokens: Sequence[Token], char: int) -> int:
    """The index of the first token that starts at or after ``char`` (``len(tokens)`` when none)."""
    return next((i for i, t in enumerate(tokens) if t.start >= char), len(tokens))


def _is_state(dictionary: ActorDictionary, code: str | None) -> bool:
    """``code`` names a state (or a polity the dictionary counts as one)."""
    from detente.coding.actors import ActorKind

    if code is None:
        return False
    return dictionary.code_kinds.get(code) is ActorKind.STATE or code in dictionary.polities


def _back_over(tokens: Sequence[Token], at: int, words: frozenset[str]) -> int:
    """The index before the run of ``words`` that ends just before token ``at``."""
    k = at - 1
    while k >= 0 and tokens[k].norm in words:
        k -= 1
    return k


def _unit_ending_at(units: Sequence[Unit], end: int) -> Unit | None:
    """The actor unit whose last token is the one before ``end``, if any."""
    return next((u for u in units if u.tok_end == end), None)


def _with_source(e: Event, source: tuple[str, ...], target: tuple[str, ...] | None = None) -> Event:
    return dataclasses.replace(e, source=source, target=e.target if target is None else target)


# ------------------------------------------------------------------------------------- the sayer's country

_OWN_BODIES = words("country government nation administration authorities state cabinet leadership")
_OWNERS = frozenset({"his", "her", "its", "their", "the"})


def _sayer_before(tokens: Sequence[Token], units: Sequence[Unit], verb: int) -> Unit | None:
    """The actor that utters the verb of saying at token ``verb``: the unit right before it, over
    "has"/"also"/"had" ("X has also said")."""
    k = _back_over(tokens, verb, frozenset({"has", "had", "also", "have", "again", "repeatedly"}))
    return _unit_ending_at(units, k + 1)


def _own_body_sayer(tokens: Sequence[Token], units: Sequence[Unit], anchor: int) -> Unit | None:
    """The sayer of "X said (that) the country / his government would <act>" when the act's words start at
    token ``anchor``; ``None`` when the words before the act are not that."""
    k = _back_over(tokens, anchor, _AUX)
    if k < 2 or tokens[k].norm not in _OWN_BODIES or tokens[k - 1].norm not in _OWNERS:
        return None
    if any(u.tok_start <= k < u.tok_end and u.code is not None for u in units):
        return None  # "the Russian government": a body with a state of its own
    verb = k - 2
    if verb >= 0 and tokens[verb].norm == "that":
        verb -= 1
    if verb < 0 or tokens[verb].norm not in _SAYING:
        return None
    return _sayer_before(tokens, units, verb)


def sayer_country(
    tokens: Sequence[Token], units: Sequence[Unit], events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """An act with no doer told as what "the country"/"his government" will do, after a sayer of a known
    state, is that state's (module docstring)."""
    out: list[Event] = []
    for e in events:
        if not e.source:
            sayer = _own_body_sayer(tokens, units, _token_at(tokens, e.anchor[0]))
            if sayer is not None and _is_state(dictionary, sayer.code) and sayer.code not in e.target:
                e = _with_source(e, (str(sayer.code),))
        out.append(e)
    return out


# --------------------------------------------------------------------------------- announced for a state

_STATEMENT_TYPES = frozenset(
    {
        EventType.THREATEN,
        EventType.ACCUSE,
        EventType.REQUEST,
        EventType.AGREE,
        EventType.REJECT,
        EventType.SUPPORT,
    }
)


def _clause_state(tokens: Sequence[Token], units: Sequence[Unit], start: int) -> str | None:
    """The code of the state unit that opens the reported clause at token ``start`` ("that Poland would
    ..."), over "that"; ``None`` when the clause opens otherwise."""
    k = start
    if k < len(tokens) and tokens[k].norm == "that":
        k += 1
    if k < len(tokens) and tokens[k].norm == "the":
        k += 1
    unit = next((u for u in units if u.tok_start in (k, k - 1) and u.tok_start >= start), None)
    if unit is None or unit.kind not in _STATE_KINDS or unit.code is None:
        return None
    after = unit.tok_end
    if after >= len(tokens) or tokens[after].norm not in _AUX:
        return None  # "that Poland's border ...": the state is no subject
    return unit.code


def announced_for_state(
    tokens: Sequence[Token], units: Sequence[Unit], events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """A statement by a title with no state, announcing what one state will do, is that state's (module
    docstring)."""
    out: list[Event] = []
    for e in events:
        if not e.source and e.event in _STATEMENT_TYPES:
            verb = _token_at(tokens, e.anchor[0])
            title = _sayer_before(tokens, units, verb) if verb < len(tokens) else None
            if title is not None and title.kind == "title" and title.code is None:
                # the clause may follow the verb's object: "warned Minsk that Poland would ..."
                k = verb + 1
                obj = next((u for u in units if u.tok_start == k), None)
                if obj is not None:
                    k = obj.tok_end
                if k < len(tokens) and tokens[k].norm == "that":
                    state = _clause_state(tokens, units, k)
                    if _is_state(dictionary, state) and state not in e.target:
                        e = _with_source(e, (str(state),))
        out.append(e)
    return out


# ------------------------------------------------------------------------------------ talks with partner


def talks_with_partner(events: list[Event], participants: Sequence[str]) -> list[Event]:
    """Talks with one side of a two-sided meeting, told with no doer, are both sides' (module docstring)."""
    sides = tuple(dict.fromkeys(participants))
    if len(sides) != 2:
        return events
    out: list[Event] = []
    for e in events:
        if e.event is EventType.CONSULT and not e.source and len(e.target) == 1 and e.target[0] in sides:
            e = _with_source(e, sides, ())
        out.append(e)
    return out


# ------------------------------------------------------------------------------------- pair named later

_PAIR_TYPES = frozenset({EventType.CONSULT, EventType.AGREE, EventType.SUPPORT, EventType.COOPERATE})
_PEOPLE_KINDS = frozenset({"person"})


def _pair_subject(tokens: Sequence[Token], units: Sequence[Unit], anchor: int) -> bool:
    """The act's words at token ``anchor`` follow a subject that stands for a meeting's sides ("The two
    leaders discussed ...") opening the sentence."""
    k = _back_over(tokens, anchor, _AUX)
    pair = _unit_ending_at(units, k + 1)
    return pair is not None and pair.kind == "participants" and pair.tok_start <= 1


def _people_sides(
    tokens: Sequence[Token], units: Sequence[Unit], dictionary: ActorDictionary
) -> tuple[str, ...]:
    """The sides of the people the sentence names, leaving out one who says something ("X said"), when
    they are exactly two; else ``()``."""
    found: dict[str, None] = {}
    for u in units:
        if u.kind not in _PEOPLE_KINDS or u.code is None:
            continue
        if u.tok_end < len(tokens) and tokens[u.tok_end].norm in _SAYING:
            continue
        if not dictionary.is_side(u.code):
            return ()
        found[u.code] = None
    return tuple(found) if len(found) == 2 else ()


def pair_named_later(
    tokens: Sequence[Token], units: Sequence[Unit], events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """A joint act of "the two leaders" takes the two people of two sides the sentence names (module
    docstring)."""
    pair: tuple[str, ...] | None = None
    out: list[Event] = []
    for e in events:
        if e.event in _PAIR_TYPES and _pair_subject(tokens, units, _token_at(tokens, e.anchor[0])):
            if pair is None:
                pair = _people_sides(tokens, units, dictionary)
            if pair and set(e.source) < set(pair) and set(e.target) <= set(pair):
                e = _with_source(e, pair, ())
        out.append(e)
    return out


# ----------------------------------------------------------------------------------- title named before

_CLAUSE_BREAKS = frozenset({";", ":", ".", "?", "!"})
_HEAD_TITLES = frozenset({"president", "prime minister", "chancellor", "premier"})


def _subject_title(tokens: Sequence[Token], units: Sequence[Unit], anchor: int) -> Unit | None:
    """The title with no state that opens the clause of the act at token ``anchor`` ("; the President
    instructed ... to lift"), with no actor of a known side between it and the act."""
    start = max((i + 1 for i in range(anchor) if tokens[i].norm in _CLAUSE_BREAKS), default=0)
    if start < len(tokens) and tokens[start].norm == "the":
        start += 1
    title = next((u for u in units if u.tok_start == start), None)
    if title is None or title.kind != "title" or title.code is not None or title.tok_end > anchor:
        return None
    if " ".join(t.norm for t in tokens[title.tok_start : title.tok_end]) not in _HEAD_TITLES:
        return None
    if any(title.tok_end <= u.tok_start < anchor and u.code is not None for u in units):
        return None
    return title


def _holder_before(text: str, date: dt.date | None, title: Unit, dictionary: ActorDictionary) -> str | None:
    """The side of the one person named before ``title`` in the sentence who holds that title on the date,
    else ``None``."""
    from detente.coding.actors import ActorKind

    wanted = text[title.start : title.end].casefold()
    codes = {
        m.code
        for m in dictionary.match(text[: title.start], date=date)
        if m.kind is ActorKind.PERSON
        and m.code is not None
        and m.role is not None
        and wanted in m.role.title.casefold()
    }
    return next(iter(codes)) if len(codes) == 1 else None


def title_named_before(
    text: str,
    date: dt.date | None,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    events: list[Event],
    dictionary: ActorDictionary,
) -> list[Event]:
    """An act with no doer whose clause opens with a bare title is the title holder's named earlier in the
    sentence (module docstring)."""
    if not any(u.kind == "title" and u.code is None for u in units):
        return events
    out: list[Event] = []
    for e in events:
        if not e.source:
            title = _subject_title(tokens, units, _token_at(tokens, e.anchor[0]))
            code = _holder_before(text, date, title, dictionary) if title is not None else None
            if code is not None and dictionary.is_side(code) and code not in e.target:
                e = _with_source(e, (code,))
        out.append(e)
    return out


# ---------------------------------------------------------------------------------- bare head of state

_HOME = "RUS"
_HEAD_OF_STATE = frozenset({"president", "head of state"})
_SUBJECT_GAP = 3
_GAP_STOP = words(", ; : that which who whose where when and but after while")


def _bare_head(tokens: Sequence[Token], unit: Unit) -> bool:
    """``unit`` is "the President", "the head of state" or "the acting president", with no state or name."""
    if unit.kind != "title" or unit.code is not None:
        return False
    if " ".join(t.norm for t in tokens[unit.tok_start : unit.tok_end]) not in _HEAD_OF_STATE:
        return False
    k = unit.tok_start - 1
    if k >= 0 and tokens[k].norm == "acting":
        k -= 1
    after = unit.tok_end
    if after < len(tokens) and tokens[after].norm == "of":
        return False  # "the President of ...": a state named after it
    return k >= 0 and tokens[k].norm == "the"


def _subject_before(tokens: Sequence[Token], units: Sequence[Unit], unit: Unit, anchor: int) -> bool:
    """``unit`` stands right before the act's words at token ``anchor``: at most a few words, no clause break
    and no other actor between."""
    if unit.tok_end > anchor or anchor - unit.tok_end > _SUBJECT_GAP:
        return False
    if any(tokens[k].norm in _GAP_STOP for k in range(unit.tok_end, anchor)):
        return False
    return not any(unit.tok_end <= u.tok_start < anchor for u in units if u is not unit)


def _other_presidents(
    text: str, date: dt.date | None, units: Sequence[Unit], dictionary: ActorDictionary
) -> list[tuple[int, str]]:
    """(character, side) of each president of a side other than Russia the sentence names, by title
    ("President Macron") or by a name whose holder is a president on the date ("Emmanuel Macron")."""
    found = [
        (u.start, u.code)
        for u in units
        if u.code is not None and u.code != _HOME and "president" in u.text.casefold()
    ]
    found += [
        (m.start, m.code)
        for m in dictionary.match(text, date=date)
        if m.code is not None
        and m.code != _HOME
        and m.role is not None
        and "president" in m.role.title.casefold()
    ]
    return found


def _bare_ministry(tokens: Sequence[Token], unit: Unit) -> bool:
    """``unit`` is a ministry named without its state ("the Foreign Ministry"): no owner before it and no
    "of"/"in" place after it."""
    if unit.kind != "title" or unit.code is not None or "ministry" not in unit.text.casefold():
        return False
    before = tokens[unit.tok_start - 1].norm if unit.tok_start >= 1 else ""
    after = tokens[unit.tok_end].norm if unit.tok_end < len(tokens) else ""
    return before not in _POSSESSIVES and after not in ("of", "in", "for")


_POSSESSIVES = words("its their his her our your whose")


_CHARGES = frozenset({EventType.ACCUSE, EventType.THREATEN, EventType.PROTEST})
_RUSSIA_NAMED = re.compile(r"\bRussia(?:n|['’]s)?\b")
_RUSSIA_OWN = re.compile(
    r"\bbetween\s+(?:the\s+)?Russia(?:n\s+Federation)?\s+and\b|\bRussian[-–][A-Z]\w+|"
    r"\bRussian\s+(?:military\s+)?(?:contingent|troops|forces|military|representatives?|mission|delegation|"
    r"peacekeepers|servicemen|personnel)\b|"
    # its own head of state, past or present ("Russia's first president", s35-sources4)
    r"\bRussia['’]s\s+(?:(?:first|former|late|previous)\s+)?(?:president|head\s+of\s+state)\b"
)


def _russia_only_as_own(text: str) -> bool:
    """Russia is named only as the owner of its own forces or envoys ("the Russian military contingent") or
    as a party to a pact ("the treaty between Russia and ...", "the Russian-American agreement"), never as
    someone else's object ("the Russian claims", "sanctions against Russia")."""
    owned = [m.span() for m in _RUSSIA_OWN.finditer(text)]
    named = [m.start() for m in _RUSSIA_NAMED.finditer(text)]
    return bool(named) and all(any(a <= at < b for a, b in owned) for at in named)


_DECREE_FRAME = (
    ("signed", "a", "decree"),
    ("signed", "decrees"),
    ("signed", "a", "law"),
    ("signed", "an", "order"),
)
_ADVERBS = words("today also firmly strongly once again officially formally immediately")


def _own_act(tokens: Sequence[Token], units: Sequence[Unit], unit: Unit, anchor: int) -> bool:
    """The act's words at token ``anchor`` are ``unit``'s own verb: right after it, over auxiliaries and a
    few adverbs, or after "signed a decree" ("The President signed a decree suspending ...")."""
    if not _subject_before(tokens, units, unit, anchor):
        return False
    gap = tuple(t.norm for t in tokens[unit.tok_end : anchor] if t.norm not in _ADVERBS)
    gap = gap[1:] if gap[:1] in (("has",), ("had",)) else gap
    return all(w in _AUX for w in gap) or gap in _DECREE_FRAME


def bare_head_of_state(
    text: str,
    date: dt.date | None,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    events: list[Event],
    dictionary: ActorDictionary,
    participants: Sequence[str] = (),
) -> list[Event]:
    """An act with no doer whose subject is a head of state named without a state is Russia's, and so is
    one of a ministry named without its state that was read as aimed at Russia: Russia named in its object
    ("recall the Russian representative", "the draft treaty between Russia and the United States") is its
    own, not the one acted on (module docstring); the caller runs it only for records with no speaker and no
    context."""
    guest = None
    if participants and set(participants) != {_HOME}:
        # a meeting with another side: "the President" may be either side's (left unknown), unless the act's
        # object names the one guest's president (s35-sources4)
        others = set(participants) - {_HOME}
        if _HOME not in participants or len(others) != 1:
            return events
        guest = next(iter(others))
    heads = [u for u in units if _bare_head(tokens, u)]
    ministries = [u for u in units if _bare_ministry(tokens, u)]
    if not (heads or ministries):
        return events
    presidents = _other_presidents(text, date, units, dictionary)
    if (presidents and not heads) or (guest is not None and not presidents):
        return events
    out: list[Event] = []
    for e in events:
        if not e.source:
            anchor = _token_at(tokens, e.anchor[0])
            # another president counts only when named before the act's words; one named in the act's
            # object ("praised the contribution of the Chinese President") is not who acts (s35-sources4)
            if any(at < e.anchor[0] for at, _ in presidents) or (
                guest is not None and not any(c == guest for _, c in presidents)
            ):
                home = False
            elif _HOME in e.target:  # only the official's own verb on Russia's own things is Russia's act
                home = (
                    e.event not in _CHARGES
                    and _russia_only_as_own(text)
                    and any(
                        _own_act(tokens, units, u, anchor)
                        for u in heads + (ministries if guest is None else [])
                    )
                )
            else:
                home = any(_subject_before(tokens, units, h, anchor) for h in heads)
            if home:
                e = _with_source(e, (_HOME,), tuple(c for c in e.target if c != _HOME))
        out.append(e)
    return out
