"""Wire-service wording of acts (s26-wire): how agency copy (Reuters/AP/AFP-like leads and body sentences)
tells an act in ways the phrase rules do not read, and the words it uses that only look like acts.

A second reading with the agency's framing words set aside (:func:`second_reading`):

- a day named between a verb and what it governs: "the court ruled on Monday that Serbia had failed to
  prevent genocide", "prosecutors opened an investigation on Wednesday into alleged crimes" (the rule knows
  "ruled that", "opened an investigation into");
- a fronted participial clause before the subject: "Defying a Security Council demand, North Korea pressed
  ahead with a rocket launch" (the act's doer is the subject after the comma).
The events of that reading whose type the first reading lacks are added (:func:`added`): those the day split
only when the first reading found nothing at all (a sentence with an act already read keeps its reading).

Acts told without a verb rule of their own (findings for the coder's statement stage):

- defiance fronted: "Defying the court's order, the mayor reopened the market", "In defiance of Western
  warnings, Iran ..." -> REJECT by the subject after the comma of whoever made the demand
  (:func:`defiance`);
- a third side's verdict on the act, told after it: "..., in a move welcomed by Western governments",
  "..., a step condemned by Beijing" -> SUPPORT / ACCUSE by that side of the sentence's subject
  (:func:`judged_move`);
- rescuers from abroad: "Rescue teams from Greece and Armenia arrived in southern Turkey", "medical
  teams from Cuba landed in Italy" -> AID by their states to the place (:func:`rescuers_arrived`).

Words that only look like acts, or acts told as another type (:func:`settled`, after the other passes):

- a rocket or missile launched with no one hit, told by its range: "launched a long-range rocket" is a
  show of force (MOBILIZE), not an attack;
- a crowd occupying or storming a building is protesting: "as protesters occupied his residence" (PROTEST
  obstruct, not a seizure);
- "budget support for Moldova", "financial support for Kyiv": money given, AID, not praise;
- an attack named only to date another act: "have shared intelligence since the Paris attacks";
- an act only alleged as the reason for another: "froze aid over its alleged support for rebels";
- what an embargo or ban stops: "an embargo on arms sales to Myanmar" (no arms are sold);
- a protest still planned: "ahead of a planned march";
- a person described by a past measure at the start of the sentence: "Jailed Kremlin critic X has gone
  on hunger strike" (the jailing is who he is, not news);
- a law's content as the topic of criticism: "criticised Hungary over a new law restricting ...";
- "protest songs", "a protest vote": kinds of things, not protests.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import Token, words
from detente.coding.unitspans import coded_in_chars as _coded

if TYPE_CHECKING:
    from detente.coding.actors import ActorDictionary
    from detente.coding.coder import Event
    from detente.coding.statements import Finding
    from detente.coding.statements import SentenceView as _View
    from detente.coding.units import Unit

__all__ = [
    "added",
    "defiance",
    "fronted_doer",
    "judged_move",
    "named_holder",
    "read_again",
    "rescuers_arrived",
    "second_reading",
    "settled",
]


# --------------------------------------------------------------------------------------- second reading

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY_PHRASE = re.compile(
    r"(?<=[a-z]) (?:(?:late|early) )?on " + _WEEKDAY + r"(?: (?:night|morning|evening|afternoon))?(?= [a-z])"
)
"""A day named between two lower-case words: "ruled on Monday that", "opened an investigation late on
Wednesday into" (not at the sentence's end, not before a comma)."""
_FRONTED = re.compile(
    r"^(?:[A-Z][A-Za-z .'\-]{1,40} (?:-|\u2014|--) )?(?:In defiance of|(?!(?:Following|During|Pending|Regarding|Concerning|"
    r"Including|According|Notwithstanding|Excluding|Considering|Barring|Beginning|Starting|Morning|Evening|Spring|"
    r"Thing|King|Wing|Ring|Nothing|Something|Everything|Anything)\b)[A-Z][a-z]+ing) [^,;:\"]{3,90}, "
)
"""A participial clause before the subject: "Defying a U.N. demand, ", "Citing security concerns, " (not a
preposition in -ing, "Following talks with X, ": its clause may name whom the act is aimed at)."""


def _may_front(text: str) -> bool:
    """What :data:`_FRONTED` needs (s28-speed): its clause's first word ("In", a word in -ing) opens the text,
    or a credit ending in a dash does within its first 46 characters."""
    head = text[:46]
    if "-" in head or "\u2014" in head:
        return True
    first = text.split(" ", 1)[0]
    return first == "In" or first.endswith("ing")


def second_reading(text: str) -> tuple[str, list[tuple[int, int]], int] | None:
    """``text`` with its framing words blanked (same length, so every offset stays), the blanked days and
    where the subject after a fronted clause starts (0 when none); ``None`` when it has no such words."""
    days: list[tuple[int, int]] = []
    out = text
    # every weekday ends in "day", and the day phrase holds " on " (s34-speed4): without both it cannot match
    if "day" in text and " on " in text:
        days = [m.span() for m in _DAY_PHRASE.finditer(text)]
        if days:  # (no match: the substitution would give the text back)
            out = _DAY_PHRASE.sub(lambda m: " " * len(m.group()), text)
    fronted = _FRONTED.match(out) if _may_front(out) else None
    main = fronted.end() if fronted is not None else 0
    if main:
        out = " " * main + out[main:]
    return (out, days, main) if out != text else None


def added(
    first: Sequence[Event],
    second: Sequence[Event],
    days: Sequence[tuple[int, int]],
    main: int,
    units: Sequence[Unit] = (),
) -> list[Event]:
    """``first`` and the events of ``second`` whose type none of ``first`` has, on words the first reading
    left unread, and whose words the framing split: a trigger that spans a blanked day ("ruled [on Monday]
    that ...") when the first reading found nothing, or one in the main clause after a fronted participle that holds the clause's sides (``units``
    before ``main``), but those the clause's own act aims at ("Following talks with X, Y agreed ..." may be aimed
    at X: not taken without it; "Defying X's demand, Y ...": X is the target of the clause's REJECT)."""
    have = {e.event for e in first}
    read = [e.anchor for e in first if e.anchor[1] > e.anchor[0]]
    framed = {u.code for u in units if u.code and u.end <= main}  # sides named in the fronted clause ...
    framed -= {c for e in first if e.anchor[1] <= main for c in e.target}  # ... but the clause's own act's
    return [
        *first,
        *(
            e
            for e in second
            if e.event not in have
            and not any(a < e.anchor[1] and e.anchor[0] < b for a, b in read)
            and (
                (not first and any(e.anchor[0] < a and b < e.anchor[1] for a, b in days))
                or (main and e.anchor[0] >= main and framed <= {*e.source, *e.target})
            )
        ),
    ]


def read_again(
    text: str, first: Sequence[Event], units: Sequence[Unit], code: Callable[[str], list[Event]]
) -> list[Event]:
    """``first`` with what ``code`` finds in the :func:`second_reading` of ``text`` (see :func:`added`)."""
    found = second_reading(text)
    if found is None:
        return list(first)
    blanked, days, main = found
    if first and not main:
        return list(first)  # the day split adds only to a sentence that read nothing (:func:`added`)
    return added(first, code(blanked), days, main, units)


# ------------------------------------------------------------------------------------------------ findings

_DEFY = re.compile(
    r"^(?:[A-Z][A-Za-z .'\-]{1,40} (?:-|\u2014|--) )?(?:Defying|In defiance of) ([^,;:\"]{3,90}), "
)
_DEMANDS = words(
    "demand demands call calls appeal appeals order orders ruling ban warning warnings pressure objections "
    "sanctions resolution resolutions request requests ultimatum protests plea pleas"
)


def defiance(view: _View, dictionary: ActorDictionary | None, date: dt.date) -> Finding | None:
    """REJECT told by a fronted "Defying X's demand, Y ..." (see the module); the askers are the clause's
    actors, read again with ``dictionary`` when the sentence's units leave them out ("a U.N. Security
    Council demand")."""
    text = view.text
    # (s35-speed6) its fronted phrase spells "Defying" or "In defiance of": the words before the expression
    m = _DEFY.match(text) if "Defying" in text or "defiance" in text else None
    if m is None or not any(w.lower() in _DEMANDS for w in re.findall(r"[A-Za-z]+", m.group(1))):
        return None
    from detente.coding.roleparts import Roles
    from detente.coding.statements import Finding

    askers = [u.code for u in _coded(view.units, m.start(1), m.end(1)) if u.code]
    if not askers and dictionary is not None:
        askers = [x.code for x in dictionary.match(m.group(1), date=date) if x.code]
    doers = [u for u in view.units if u.code and u.start >= m.end()][:1]
    if not askers or not doers or doers[0].start > m.end() + 40:
        return None
    target = tuple(dict.fromkeys(askers))
    source = (doers[0].code,) if doers[0].code else ()
    if set(source) & set(target):
        return None
    roles = Roles(source, target, (m.start(), m.end(1)))
    return Finding(EventType.REJECT, "", roles, Polarity.ASSERTED, m.start(), m.end(1), "defy")


_JUDGED = re.compile(
    r",? (?:in )?(?:a|an) (?:move|step|decision|development|gesture)(?: that was| which was)?(?: (?:widely|quickly|swiftly|sharply|warmly|strongly))? "
    r"(welcomed|hailed|praised|applauded|lauded|condemned|criticised|criticized|denounced|decried) by ([^,.;]{2,60})"
)
_PRAISE = words("welcomed hailed praised applauded lauded")
_JUDGED_NOUNS = ("move", "step", "decision", "development", "gesture")
"""The nouns :data:`_JUDGED` cannot match without (it is case-sensitive)."""


def judged_move(view: _View) -> Finding | None:
    """SUPPORT / ACCUSE by a third side of the act told before ", in a move welcomed by X" (see the
    module); the act's doer is the sentence's first named side."""
    text = view.text
    # "welcomed by X": the regex's " by " and one of its nouns (s35-speed5), spelt as it spells them
    m = _JUDGED.search(text) if " by " in text and any(w in text for w in _JUDGED_NOUNS) else None
    if m is None:
        return None
    from detente.coding.roleparts import Roles
    from detente.coding.statements import Finding

    judges = _coded(view.units, m.start(2), m.end(2))
    doers = _coded(view.units, 0, m.start())[:1]
    if not judges or not doers:
        return None
    source = tuple(dict.fromkeys(u.code for u in judges if u.code))
    target = (doers[0].code,) if doers[0].code else ()
    if not target or set(source) & set(target):
        return None
    etype = EventType.SUPPORT if m.group(1) in _PRAISE else EventType.ACCUSE
    mode = "" if etype is EventType.SUPPORT else "disapprove"
    roles = Roles(source, target, (m.start(1), m.end(2)))
    return Finding(etype, mode, roles, Polarity.ASSERTED, m.start(1), m.end(1), m.group(1))


_RESCUERS = re.compile(
    r"\b(?:[Rr]escue|[Rr]elief|[Mm]edical|[Ss]earch-and-rescue|[Hh]umanitarian|[Ee]mergency) "
    r"(?:teams?|workers|crews|specialists|personnel|units|squads|brigades) from ([^.;]{2,80}?),? "
    r"(?:have |had )?(?:arrived|landed|flew|were sent|were flown|were deployed|have been sent|reached) (?:in|to|into|at)\b"
)


_RESCUE_WORDS = ("escue", "elief", "edical", "umanitarian", "mergency")
"""A part of each first word :data:`_RESCUERS` may start from, whatever its first letter's case."""


def rescuers_arrived(view: _View) -> Finding | None:
    """AID by the states rescue or medical teams come from to the place they arrive in (see the module)."""
    m = _RESCUERS.search(view.text) if any(w in view.text for w in _RESCUE_WORDS) else None
    if m is None:
        return None
    from detente.coding.roleparts import Roles
    from detente.coding.statements import Finding

    givers = [u for u in _coded(view.units, m.start(1), m.end(1)) if u.kind in ("state", "org", "demonym")]
    place = [u for u in view.units if u.code and m.end() <= u.start <= m.end() + 30][:1]
    if not givers or not place:
        return None
    source = tuple(dict.fromkeys(u.code for u in givers if u.code))
    target = (place[0].code,) if place[0].code else ()
    if not target or set(source) & set(target):
        return None
    roles = Roles(source, target, (m.start(), place[0].end))
    return Finding(EventType.AID, "", roles, Polarity.ASSERTED, m.start(), m.end(), "rescue teams from")


def fronted_doer(view: _View, events: Sequence[Event]) -> list[Event]:
    """``events`` where an act told by a fronted participle with no doer ("Accusing Kyiv of sabotage,
    Moscow suspended ...", "Defying the demand, North Korea ...") takes the subject after its comma."""
    m = _FRONTED.match(view.text) if _may_front(view.text) else None
    if m is None:
        return list(events)
    import dataclasses

    doers = [u for u in view.units if u.code and m.end() <= u.start <= m.end() + 40][:1]
    if not doers or doers[0].code is None:
        return list(events)
    doer = doers[0].code
    return [
        dataclasses.replace(e, source=(doer,))
        if not e.source and e.anchor[1] > e.anchor[0] and e.anchor[0] < m.end() and doer not in e.target
        else e
        for e in events
    ]


_HOLDER_HEADS = words("leader chief commander spokesman spokeswoman spokesperson envoy negotiator")


def named_holder(tokens: Sequence[Token], units: Sequence[Unit], name: Unit) -> Unit | None:
    """The actor unit whose office holder the unknown ``name`` right after it is: "Hong Kong leader" of "Hong
    Kong leader Carrie Lam", "Hamas chief" of "Hamas chief Yahya Ali" (a title the dictionary knows takes
    in the name itself; these head words do not)."""
    if name.tok_start == 0 or tokens[name.tok_start - 1].norm not in _HOLDER_HEADS:
        return None
    return next((u for u in units if u.tok_end == name.tok_start and u.code and u.kind != "person"), None)


# ---------------------------------------------------------------------------------------------- settling

_RANGES = words(
    "long-range intercontinental intermediate-range medium-range short-range ballistic satellite space "
    "hypersonic icbm icbms"
)
_LAUNCH = words("launch launches launched launching fire fires fired firing test-fire test-fired")
_CROWDS = frozenset({"protesters", "opposition", "students", "activists", "unions", "workers"})
_OCCUPY = words(
    "occupy occupies occupied occupying storm storms stormed storming seize seized seizes seizing"
)
_MONEY_SUPPORT = words("budget budgetary financial macro-financial fiscal balance-of-payments")
_AFFIRMED = words(
    "affirm affirms affirmed affirming reaffirm reaffirms reaffirmed reaffirming uphold upholds upheld"
)
_STATEHOOD = words("sovereignty integrity independence")
_ALLEGED = words("alleged suspected purported supposed")
_STOPPERS = words("embargo embargoes ban bans moratorium freeze halt curbs restrictions limits")
_PLANNED = words("planned proposed scheduled expected upcoming forthcoming possible threatened")
_PERSON_TITLES = words(
    "critic critics leader leaders activist activists dissident dissidents journalist journalists "
    "opposition politician blogger minister mayor governor lawmaker tycoon reporter"
)
_LAWS = words("law laws bill bills legislation decree decrees rules measure measures")
_TOPIC_PREPS = words("over against about on")
_KINDS_OF_PROTEST = words("song songs music singer singers art poetry vote votes")
_HARDSHIP = words("starve starving starvation famine hunger malnutrition die dying shortages")
_RELATIVE = words("that who which")


def _first_token(tokens: Sequence[Token], start: int) -> int:
    return next((i for i, t in enumerate(tokens) if t.start >= start), len(tokens))


def _last_token(tokens: Sequence[Token], end: int) -> int:
    return max((i for i, t in enumerate(tokens) if t.end <= end), default=-1)


def _planned_marker(tokens: Sequence[Token], at: int) -> bool:
    """The protest at ``at`` is named as still to come, to date another act: "ahead of a planned march",
    "before an expected opposition rally" (with "a"; "ahead of the planned protest" may be the news itself)."""
    for k in range(max(0, at - 2), at):
        if tokens[k].norm in _PLANNED and k >= 3:
            lead = [t.norm for t in tokens[k - 3 : k]]
            if lead[-1] in ("a", "an") and (lead[-3:-1] == ["ahead", "of"] or lead[-2] == "before"):
                return True
    return False


def _named_date(before: Sequence[str], word: str) -> bool:
    """The attack word ``word`` names a known past attack that dates another act: "since the Paris attacks",
    "since the Madrid bombings" ("since" and "the" right before, one name between, a plural)."""
    return word.endswith("s") and (before[-2:] == ["since", "the"] or before[-3:-1] == ["since", "the"])


def _government_in(tokens: Sequence[Token], units: Sequence[Unit], last: int) -> str | None:
    """The state of "the government [and rebels] in Liberia" right after the trigger ending at token ``last``:
    an unnamed government placed by its country is that state's."""
    k = last + 1
    if k < len(tokens) and tokens[k].norm == "to":
        k += 1
    if k + 1 >= len(tokens) or tokens[k].norm != "the" or tokens[k + 1].norm != "government":
        return None
    for j in range(k + 2, min(len(tokens), k + 7)):
        if tokens[j].norm in (",", ";", ".", "to", "that", "who", "which"):
            return None
        if tokens[j].norm in ("in", "of"):
            state = next((u for u in units if u.tok_start == j + 1 and u.code and u.kind == "state"), None)
            return state.code if state is not None else None
    return None


def _first_state(units: Sequence[Unit]) -> str | None:
    return next((u.code for u in units if u.code and u.kind == "state"), None)


def settled(tokens: Sequence[Token], units: Sequence[Unit], events: Sequence[Event]) -> list[Event]:
    """``events`` with wire look-alikes dropped and acts told as another type retyped (see the module)."""
    if not events:
        return []
    import dataclasses

    out: list[Event] = []
    for e in events:
        start, end = e.anchor
        if end <= start:
            out.append(e)
            continue
        at = _first_token(tokens, start)
        last = max(at, _last_token(tokens, end))
        trig = {t.norm for t in tokens[at : last + 1]}
        before = [t.norm for t in tokens[max(0, at - 4) : at]]
        after = tokens[last + 1].norm if last + 1 < len(tokens) else ""
        located = _government_in(tokens, units, last)
        if located is not None and located not in e.target and located not in e.source:
            e = dataclasses.replace(e, target=(located, *e.target))
        if e.event is EventType.ASSAULT and not e.target and trig & _LAUNCH and trig & _RANGES:
            e = dataclasses.replace(e, event=EventType.MOBILIZE, mode="weapons", derived={})
        elif e.event is EventType.COERCE and trig & _OCCUPY and e.source and set(e.source) <= _CROWDS:
            target = e.target or tuple(filter(None, [_first_state(units)]))
            e = dataclasses.replace(e, event=EventType.PROTEST, mode="obstruct", target=target, derived={})
        elif e.event is EventType.SUPPORT and "support" in trig and before and before[-1] in _MONEY_SUPPORT:
            e = dataclasses.replace(e, event=EventType.AID, mode="economic", derived={})
        if e.event is EventType.SUPPORT and not e.source and trig & _AFFIRMED and trig & _STATEHOOD:
            continue  # "the ministers reaffirmed Ukraine's sovereignty": backing by no one named
        if e.event is EventType.ASSAULT and _named_date(before, tokens[at].norm):
            continue  # "since the Paris attacks": a date
        if (
            e.event in (EventType.SUPPORT, EventType.AID, EventType.COOPERATE)
            and before
            and before[-1] in _ALLEGED
        ):
            continue  # "over its alleged support for rebels": a reason alleged
        if e.event in (EventType.AID, EventType.COOPERATE) and _STOPPERS & set(before):
            continue  # "an embargo on arms sales to Myanmar": what is stopped
        if e.event is EventType.PROTEST and _planned_marker(tokens, at):
            continue  # "ahead of a planned march": a time marker
        if e.event is EventType.THREATEN and "warn" in {t.norm[:4] for t in tokens[at : last + 1]}:
            ahead = {t.norm for t in tokens[last + 1 : last + 10]}
            if ahead & _HARDSHIP and ahead & words("could may might would"):
                continue  # "aid agencies warned that millions could face famine": a danger, no threat
        if e.event is EventType.REQUEST and before[-1:] == ["had"] and _RELATIVE & set(before[-2:-1]):
            continue  # "opposition parties that had demanded an end to ...": who they are
        if e.event is EventType.PROTEST and "protest" in trig and after in _KINDS_OF_PROTEST:
            continue  # "protest songs"
        if (
            e.event is EventType.COERCE
            and at == 0
            and tokens[0].norm.endswith("ed")
            and any(t.norm in _PERSON_TITLES for t in tokens[1:4])
        ):
            continue  # "Jailed Kremlin critic X ...": who he is
        if (
            e.event is EventType.COERCE
            and tokens[at].norm.endswith("ing")
            and before
            and before[-1] in _LAWS
            and _TOPIC_PREPS & set(before)
        ):
            continue  # "criticised Hungary over a new law restricting ...": the law's content
        out.append(e)
    return out
