"""Sources of events whose type is right but whose sides are not, seventh round of sides (s31).

* **A document read out of order keeps its sides.** A stream of records may hand over one page's sentences
  in several runs ("...-3", "...-4", then "...-1", "...-6", then "...-0", "...-5"), each run starting afresh
  in :class:`detente.coding.document.RecordStream` when the numbers go down. A run whose narration tells of
  talks without naming who held them ("The sides agreed to keep in touch", "The two presidents went over
  trade", "Energy was also discussed") takes the sides an earlier run of the same page (same document part,
  same date) learned, as long as none of its sentence numbers was seen before for that page (a number seen
  again is another text under the same name). Only the sides change: a reading that would add, drop or
  retype an event is not taken (:class:`PageMemory`, :func:`same_events`).
* **The judge opens the sentence; the judged acts "by" someone.** "Moscow does not accept the closure of the
  school by the city council and regards it as a breach of the treaty": an ACCUSE read from the doer named
  after "by" toward the side that opens the sentence, when a verb of judging ("regards", "considers",
  "views", "deems") with "it", "this" or "them" follows, is that opening side's, aimed at the doer
  (:func:`judge_opens`).
* **A protest to a summoned envoy is the host's.** "The Norwegian ambassador was summoned to the Foreign
  Ministry, where a protest was made": an ACCUSE or PROTEST with no doer, aimed at the envoy's state, is made
  by the state of the ministry the envoy was summoned to or called in to; a ministry named without its
  state is Russia's, as :func:`detente.coding.sidefix2.ministry_side` reads it (:func:`summoned_envoy`).
* **A call with two or more others is one conversation of all.** "The President spoke by telephone with
  the Chancellor of Austria and the President of Finland": a CONSULT from one side aimed at two or more
  others, told as a telephone conversation, call or conference or a video conference (not "separate"
  calls, not calls made "in turn" or "respectively"), is a joint conversation of all of them, with no
  target, as "the three leaders discussed" would be (:func:`conference_call`).
* **"Our" forces are the speaker's.** "Our pilots struck the camps of the gunmen", "our ships were fired on
  by a patrol boat": in a speaker's own words, an attack, deployment or withdrawal with no doer whose subject
  is the speaker's forces ("our troops", "our aircraft", "our servicemen") is the speaker's, and one told in
  the passive of them ("our plane was shot down by ...") with no one attacked is aimed at the speaker
  (:func:`our_forces`).
* **Backing another's accession is the backer's.** "The Greek Prime Minister said his country supports
  Russia's accession to the OECD": a SUPPORT read as the joiner's own step toward the body ("Russia" to the
  OECD), when a verb of backing has the joiner's accession, membership or bid as its object, is the
  backer's, aimed at the joiner; the backer is the state the subject names, or for "his (her, its) country"
  or "his government" the one other side named before it (:func:`backed_accession`).

:func:`settled` runs the sentence passes, each returning a new list; the memory is bounded
(:data:`MEMORY_PAGES` pages, oldest forgotten first). Nothing here raises.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from detente.coding.ontology import EventType
from detente.coding.wordgates import WordGates

if TYPE_CHECKING:
    import datetime as dt

    from detente.coding.actors import ActorDictionary
    from detente.coding.coder import Event

__all__ = [
    "MEMORY_PAGES",
    "PageMemory",
    "backed_accession",
    "conference_call",
    "judge_opens",
    "our_forces",
    "same_events",
    "settled",
    "summoned_envoy",
    "they",
]

MEMORY_PAGES = 256
"""How many pages the stream remembers the sides of."""


@dataclass(slots=True)
class _Page:
    sides: tuple[str, ...] = ()
    numbers: set[int] = field(default_factory=set)


@dataclass(slots=True)
class PageMemory:
    """The sides each page's earlier runs learned, and the sentence numbers they held."""

    _pages: OrderedDict[Any, _Page] = field(default_factory=OrderedDict)

    def learn(self, key: Any, numbers: Iterable[int], sides: Sequence[str]) -> None:
        """Take a run of page ``key``: its sentence numbers, and the sides it learned (if any)."""
        if key is None:
            return
        page = self._pages.get(key)
        if page is None:
            page = self._pages[key] = _Page()
            while len(self._pages) > MEMORY_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(key)
        page.numbers.update(numbers)
        if len(sides) >= 2 and not page.sides:
            page.sides = tuple(sides)

    def sides_for(self, key: Any, numbers: Iterable[int]) -> tuple[str, ...]:
        """The sides an earlier run of page ``key`` learned, unless this run repeats one of its numbers."""
        page = self._pages.get(key) if key is not None else None
        if page is None or not page.sides:
            return ()
        if any(n in page.numbers for n in numbers):
            return ()
        return page.sides


def same_events(before: Sequence[Event], after: Sequence[Event]) -> bool:
    """``after`` holds the same events as ``before`` (types and polarity, counted), only sides may differ."""
    if len(before) != len(after):
        return False
    return Counter((e.event, e.polarity) for e in before) == Counter((e.event, e.polarity) for e in after)


def sourceless(events: Sequence[Event]) -> bool:
    """Some event is told with no doer."""
    return any(not e.source for e in events)


_THEY = re.compile(
    r"\s*(?:[A-Z][\w ,]{0,40},\s*)?(?:[Tt]hey|[Bb]oth\s+(?:sides|leaders|parties|presidents))\s+(?:also\s+)?[a-z]+"
)


def they(text: str) -> bool:
    """The sentence's subject is "they" or "both sides" (after an opening phrase), as a readout's narration
    names the two sides of talks already told."""
    return _THEY.match(text) is not None


# ------------------------------------------------------------------------------------------- sentence passes

_GATES = WordGates()
_JUDGE_GATE = _GATES.gate(("regards", "considers", "views", "deems"))
_SUMMONED_GATE = _GATES.gate(("summoned", "called in"))
_CALL_GATE = _GATES.gate(("telephone", "phone", "conference", "video"))
_OUR_GATE = _GATES.gate(("our ",))
_ACCESSION_GATE = _GATES.gate(("accession", "membership", "bid", "application", "entry"))
_HOME = "RUS"


def settled(
    text: str,
    date: dt.date | None,
    events: list[Event],
    dictionary: ActorDictionary,
    speaker: str | None = None,
) -> list[Event]:
    """A sentence's events after the sentence passes of this module (see the module docstring)."""
    if not events or not text or len(text) > 2000:
        return events
    kinds = {e.event for e in events}
    if EventType.ACCUSE in kinds and _GATES.may(text, _JUDGE_GATE):
        events = judge_opens(text, date, events, dictionary)
    if kinds & _PROTESTS and _GATES.may(text, _SUMMONED_GATE):
        events = summoned_envoy(text, date, events, dictionary)
    if EventType.CONSULT in kinds and _GATES.may(text, _CALL_GATE):
        events = conference_call(text, events, dictionary)
    if EventType.SUPPORT in kinds and _GATES.may(text, _ACCESSION_GATE):
        events = backed_accession(text, date, events, dictionary)
    if speaker and kinds & _FORCE_ACTS and _GATES.may(text, _OUR_GATE):
        events = our_forces(text, events, speaker)
    return events


_JUDGING = re.compile(r"\b(?:regards|considers|views|deems)\s+(?:it|this|them|these|such\s+\w+)\b")
_BY = re.compile(r"\bby\s+(?:the\s+)?")


def _opening_code(text: str, date: dt.date | None, dictionary: ActorDictionary) -> str | None:
    """The side named at the very start of the sentence (its subject: "Russia", "Moscow", "The Russian
    side"), else ``None``."""
    head = text[:60]
    for m in dictionary.match(head, date=date):
        if m.code and dictionary.is_side(m.code):
            return m.code if m.start <= 4 else None
        return None
    return None


def judge_opens(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """An ACCUSE read from the doer "by" whom the judged act was done toward the side that opens the sentence
    and judges it ("... and regards it as ...") is the opening side's, aimed at the doer."""
    judging = _JUDGING.search(text)
    if judging is None:
        return events
    judge = _opening_code(text, date, dictionary)
    if judge is None:
        return events
    doers = {
        m.code
        for by in _BY.finditer(text, 0, judging.start())
        for m in dictionary.match(text[by.end() : by.end() + 60], date=date)[:1]
        if m.code and m.start == 0
    }
    out: list[Event] = []
    for e in events:
        if (
            e.event is EventType.ACCUSE
            and e.target == (judge,)
            and len(e.source) == 1
            and e.source[0] in doers
        ):
            e = dataclasses.replace(e, source=(judge,), target=e.source)
        out.append(e)
    return out


_PROTESTS = frozenset({EventType.ACCUSE, EventType.PROTEST})
_SUMMONED = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:summoned|called\s+in)\s+to\s+(?:the\s+)?"
    r"(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+)?"
    r"(?:Foreign\s+Ministry|Ministry\s+of\s+Foreign\s+Affairs|Foreign\s+Office|MFA)"
    r"(?P<of>\s+of\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"
)


def summoned_envoy(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """An ACCUSE or PROTEST with no doer, aimed at one side, in a sentence whose envoy was summoned to a
    foreign ministry, is the ministry's state's: the state named with the ministry, or Russia for a ministry
    named without one."""
    m = _SUMMONED.search(text)
    if m is None:
        return events
    owner = (m.group("owner") or "") + (m.group("of") or "")
    if owner.strip():
        codes = {x.code for x in dictionary.match(owner, date=date) if x.code and dictionary.is_side(x.code)}
        if len(codes) != 1:
            return events
        host = codes.pop()
    else:
        host = _HOME
    out: list[Event] = []
    for e in events:
        if e.event in _PROTESTS and not e.source and len(e.target) == 1 and e.target[0] != host:
            e = dataclasses.replace(e, source=(host,))
        out.append(e)
    return out


_CALL = re.compile(
    r"\b(?:(?:tele)?phone\s+(?:conversation|call|talks|conference)|conference\s+call|"
    r"video\s*(?:-\s*)?(?:conference|call|link)|spoke\s+by\s+(?:tele)?phone)\s+with\b",
    re.IGNORECASE,
)
_APART = re.compile(
    r"\b(?:separate(?:ly)?|respectively|in\s+turn|one\s+after\s+another|individual(?:ly)?)\b", re.I
)


def conference_call(text: str, events: list[Event], dictionary: ActorDictionary) -> list[Event]:
    """A CONSULT from one side aimed at two or more other sides, told as a call or video conference with
    them (not separate calls), is the joint conversation of all, with no target."""
    if _CALL.search(text) is None or _APART.search(text) is not None:
        return events
    out: list[Event] = []
    for e in events:
        if (
            e.event is EventType.CONSULT
            and len(e.source) == 1
            and len(set(e.target)) >= 2
            and e.source[0] not in e.target
            and all(dictionary.is_side(c) for c in (*e.source, *e.target))
        ):
            e = dataclasses.replace(e, source=(*e.source, *dict.fromkeys(e.target)), target=())
        out.append(e)
    return out


_FORCE_ACTS = frozenset({EventType.ASSAULT, EventType.MOBILIZE, EventType.RETREAT})
_OUR_FORCES = re.compile(
    r"\b[Oo]ur\s+(?:[a-z-]+\s+){0,2}?(?:forces|troops|aircraft|aviation|pilots|servicemen|military|soldiers|"
    r"units|air\s+group|warships?|ships?|navy|fleet|contingent|peacekeepers|sappers|bombers|fighters|jets?|"
    r"planes?|helicopters?|submarines?|vessels?|air\s+force|army|marines|paratroopers|crews?|convoys?)\b"
    r"(?P<passive>\s+(?:was|were|has\s+been|have\s+been|had\s+been|came\s+under|is\s+being|are\s+being)\b)?"
)
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:but|while|and|whereas|which|who)\b|\b(?:but|while|whereas|after|when)\b"
)


def our_forces(text: str, events: list[Event], speaker: str) -> list[Event]:
    """An attack, deployment or withdrawal whose subject is the speaker's own forces ("our troops ...") is the
    speaker's when told with no doer; told in the passive with a doer and no one attacked, it is aimed at
    the speaker."""
    m = _OUR_FORCES.search(text)
    if m is None:
        return events
    out: list[Event] = []
    for e in events:
        at = e.anchor[0]
        if (
            e.event in _FORCE_ACTS
            and at >= m.start()
            and _CLAUSE_BREAK.search(text, m.end(), max(at, m.end())) is None
        ):
            if m.group("passive") is None and not e.source and speaker not in e.target:
                e = dataclasses.replace(e, source=(speaker,))
            elif (
                m.group("passive") is not None
                and e.event is EventType.ASSAULT
                and e.source
                and not e.target
                and speaker not in e.source
            ):
                e = dataclasses.replace(e, target=(speaker,))
        out.append(e)
    return out


_BACKED = re.compile(
    r"(?P<subject>\b(?:(?:his|her|its|their)\s+(?:country|government|state)|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}))"
    r"\s+(?:(?:fully|firmly|strongly|also|still|always|would|will|does|did|had|has|have)\s+)*"
    r"(?:supports?|supported|backs?|backed|favou?rs?|favou?red|welcomes?|welcomed)\s+"
    r"(?P<joiner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s?\s+"
    r"(?:(?:early|speedy|swift|future|eventual|full)\s+)?"
    r"(?:accession|membership|entry|bid|application)\b"
)
_OWN_COUNTRY = re.compile(r"^(?:his|her|its|their)\s", re.IGNORECASE)


def _side_codes(text: str, date: dt.date | None, dictionary: ActorDictionary) -> list[str]:
    return [m.code for m in dictionary.match(text, date=date) if m.code and dictionary.is_side(m.code)]


def backed_accession(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """A SUPPORT read as the joiner's step toward a body, when a verb of backing has the joiner's accession
    or bid as its object, is the backer's, aimed at the joiner."""
    m = _BACKED.search(text)
    if m is None:
        return events
    joiners = set(_side_codes(m.group("joiner"), date, dictionary))
    if len(joiners) != 1:
        return events
    joiner = joiners.pop()
    subject = m.group("subject")
    if _OWN_COUNTRY.match(subject):
        before = [c for c in dict.fromkeys(_side_codes(text[: m.start()], date, dictionary)) if c != joiner]
        backers = set(before)
    else:
        backers = set(_side_codes(subject, date, dictionary))
    if len(backers) != 1:
        return events
    backer = backers.pop()
    if backer == joiner or any(e.event is EventType.SUPPORT and backer in e.source for e in events):
        return events  # the backing was read already ("Russia supports Serbia's accession ...")
    out: list[Event] = []
    for e in events:
        if e.event is EventType.SUPPORT and e.source == (joiner,) and joiner not in e.target:
            e = dataclasses.replace(e, source=(backer,), target=(joiner,))
        out.append(e)
    return out
