"""News wording of session 32 (helper news10): charges, returns and look-alikes that wire and political
reports tell in words the other readers leave uncoded or misread. Each reading adds its event only when the
sentence codes none of that type, or amends only the event it names.

The module's lexicon (``data/lexicon/s32-news10.toml``) reads two families as phrases: a wrong laid at a
named side through a verb of saying ("the union said the government had betrayed its workers", "critics say
Hungary is undermining the bloc", "claimed the ministry had failed to act": ACCUSE/allege by the sayer), and
criticism a side draws told by a noun of public anger ("the plan drew a backlash from Berlin", "the law
earned the ire of Beijing", "the raid sparked outrage among Palestinians": ACCUSE/disapprove by the one
angered). The readings here need more than a phrase:

* **A failure charged in quoted words.** "'Germany has so far failed to take responsibility,' the historian
  said", "the minister said: 'Russia has once again failed to keep its word'": a side said to have failed to
  do something is accused (ACCUSE/allege) by the one who says so (:func:`failure_charged`). Only words
  someone says (a quotation, or a verb of saying before the failure), only a named side that failed, and
  not a condition ("if Kyiv fails to pay"), one's own failure ("we have failed to"), nor a failure to agree
  or reach a deal, which is told of both sides alike.
* **Wrongdoing told as alleged.** "the villagers say their chief is allegedly taking bribes from the firm",
  "two officers allegedly ordered the beatings, the ministry said": the one said to be "allegedly" doing
  something is accused (ACCUSE/allege), by the sayer when one is named (:func:`alleged_doing`). The adjective
  ("the alleged ringleader") names a suspect, no act, and is left alone.
* **A mission wound up.** "the EU wound up its training mission in Mali", "NATO is winding down its
  operation": "wound" is the past of "wind", not a wounding, so an ASSAULT told by it is no attack
  (:func:`wound_not_wounded`); ending a mission, an operation or a presence is SANCTION/withdraw, by the
  side that ends it, and any other "wound up" / "wound down" codes nothing.
* **Refugees gone home.** "more than a thousand Afghan refugees returned home from Pakistan", "Rohingya
  refugees were repatriated from Bangladesh": a return of refugees is RETREAT/return by the state they leave
  toward the state they belong to, when named (:func:`refugees_returned`).
* **A verdict said of a deed.** "'This is a blatant violation of international law,' the Polish minister said
  of the Russian incursion": a quoted condemnation that someone "said of" a side's deed accuses that side
  (ACCUSE/disapprove), by the sayer (:func:`verdict_said_of`). Only a quotation with a word of condemnation
  not negated in it; "'We welcome this step,' Berlin said of the decision" is left to the other readers.
* **An aid worker released.** "Iran released a British aid worker": the one released is a person, not aid
  sent, so an AID told by "released" or "freed" with an aid worker as its object is a release
  (RETREAT/release) of the same sides (:func:`aid_worker_released`).
* **Plays of a match.** "the French side attacked relentlessly in the second half against England", "Brazil
  pressed for an equaliser": a sentence told in the words of a match (a half, extra time, an equaliser, a
  referee, a winger) and naming no armed force tells a game, so an ASSAULT told by attacking or shooting and
  a REQUEST told by pressing are dropped (:func:`without_match_plays`).
* **Pressing ahead.** "Tokyo pressed ahead with the release despite objections from Beijing", "Russia
  pressed on with its offensive", "pushed forward with the law": going on with one's own course asks nothing
  of anyone, so a REQUEST told by "pressed" or "pushed" followed by "ahead", "forward" or "on with" is
  dropped (:func:`without_pressing_ahead`); "pressed Berlin to act" stays a request.
* **Money looted.** "Switzerland returned $321 million looted by the former ruler", "funds looted from the
  treasury": plundered money is graft, not a riot, so a PROTEST told by "looted" with money as what was
  looted is dropped (:func:`without_looted_money`); "rioters looted shops" stays a riot.
* **A habit in a relative clause.** "the caretaker cabinet - which has regularly denounced Western meddling -
  would need to ...": a verbal act the subject is described as doing often, long or always, in a relative
  clause set off from the sentence, characterises the subject; it is no act the report tells
  (:func:`without_habits`). "He has repeatedly criticised the allies" (the main clause) stays.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence, Set
from typing import TYPE_CHECKING

from detente.coding.news9 import _coded, _has  # the same two readings of events and named units
from detente.coding.ontology import EventType, derived_fields
from detente.coding.patterns import Token, canon, norms_of, words
from detente.coding.roleparts import Make, Roles, add_asserted
from detente.coding.text import lower_text

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit


__all__ = [
    "aid_worker_released",
    "alleged_doing",
    "failure_charged",
    "may_read",
    "refugees_returned",
    "settled",
    "verdict_said_of",
    "without_habits",
    "without_looted_money",
    "without_match_plays",
    "without_pressing_ahead",
    "wound_not_wounded",
]

_FAIL_WORDS = frozenset({canon("failed")})  # the tokens spell it as "failled" does
_ALLEGED_WORDS = words("allegedly")
_WOUND_WORDS = words("wound winding")
_RETURN_WORDS = words("refugees")
_LOOT_WORDS = words("looted looting loot")
_HABIT_WORDS = words("often long repeatedly frequently regularly consistently always")
_MATCH_WORDS = words(
    "half second-half first-half equaliser equalizer equalised equalized equalising equalizing winger wingers "
    "referee pitch stoppage extra-time half-time halftime scoreline goalless"
)
_PRESS_WORDS = words("press pressed presses pressing push pushed pushes pushing")
_OF_WORDS = words("of")
_AID_WORKER_WORDS = words("worker workers")
_GATE = (
    _FAIL_WORDS
    | _ALLEGED_WORDS
    | _WOUND_WORDS
    | _OF_WORDS
    | _RETURN_WORDS
    | _LOOT_WORDS
    | _HABIT_WORDS
    | _AID_WORKER_WORDS
    | _MATCH_WORDS
    | _PRESS_WORDS
)
"""Words one of the readings needs: a sentence without any of them is returned as it is; each reading runs
only when the sentence has one of its own words."""


_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
_SAID_WORDS = words("said says wrote writes added adds remarked declared")
_QUICK = _FAIL_WORDS | _ALLEGED_WORDS | _RETURN_WORDS
"""The words of the readings that add an event: the ASSAULT "wound" amends needs a phrase of its own."""


def may_read(norms: Set[str]) -> bool:
    """Whether a sentence with these (lower-cased) word forms may hold an event one of the module's readings
    adds, for the coder's quick test of sentences that no trigger word may match."""
    if not _QUICK.isdisjoint(norms):
        return True
    return "of" in norms and not _QUOTE_MARKS.isdisjoint(norms) and not _SAID_WORDS.isdisjoint(norms)


def settled(
    text: str,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    events: Sequence[Event],
    make: Make,
    speaker: str | None = None,
) -> list[Event]:
    """``events`` with the readings of the module's note applied, in order; ``make`` finishes an event and
    ``speaker`` is the sentence's speaker (a statement's own charges are left to its readers)."""
    if len(text) > 20_000:
        return list(events)  # no news sentence is this long: a run-on text is left as read
    norms = norms_of(tokens)  # (shared by the sentence's readers, s34-speed3)
    if _GATE.isdisjoint(norms):
        return list(events)
    out = list(events)
    if speaker is None and not _FAIL_WORDS.isdisjoint(norms):
        out = failure_charged(text, units, out, make)
    if speaker is None and not _ALLEGED_WORDS.isdisjoint(norms):
        out = alleged_doing(text, units, out, make)
    if not _WOUND_WORDS.isdisjoint(norms):
        out = wound_not_wounded(text, out)
    if not _RETURN_WORDS.isdisjoint(norms):
        out = refugees_returned(text, units, out, make)
    if not _OF_WORDS.isdisjoint(norms) and ('"' in text or "\u201d" in text):
        out = verdict_said_of(text, units, out, make)
    if not _AID_WORKER_WORDS.isdisjoint(norms):
        out = aid_worker_released(text, out)
    if not _MATCH_WORDS.isdisjoint(norms):
        out = without_match_plays(text, norms, out)
    if not _PRESS_WORDS.isdisjoint(norms):
        out = without_pressing_ahead(text, out)
    if not _LOOT_WORDS.isdisjoint(norms):
        out = without_looted_money(text, out)
    if not _HABIT_WORDS.isdisjoint(norms):
        out = without_habits(text, out)
    return out


# --- shared helpers ------------------------------------------------------------------------------------------
_CLAUSE_CUT = re.compile(
    r"[;:\u2014\u201c\u201d\"]|,\s+(?:but|while|whereas|although|after|before|as|when|and)\b"
)


def _clause_start(text: str, at: int) -> int:
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(text, 0, at)]
    return cuts[-1] if cuts else 0


_SAY = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|wrote|writes|insisted|insists|argued|argues|claimed|claims|"
    r"charged|complained|stressed|declared)\b|\baccording\s+to\b",
    re.IGNORECASE,
)
_QUOTES = '"\u201c\u201d'


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` stands inside a quotation: an odd number of quote marks before it."""
    return sum(text.count(q, 0, at) for q in _QUOTES) % 2 == 1


def _sayer(text: str, units: Sequence[Unit], at: int, doer: str) -> tuple[str, ...]:
    """The one who says the words at ``at``: the coded unit just before the last verb of saying before
    them, else the first coded unit named around the first verb of saying after them ("..., the minister
    said", "..., said the minister"); never the doer."""
    named = _coded(units)
    before = [m for m in _SAY.finditer(text, 0, at) if not _quoted(text, m.start())]
    if before:
        verb = before[-1]
        floor = _clause_start(text, verb.start())
        found = [u for u in named if floor <= u.start and u.end <= verb.start()]
        if verb.group().lower().startswith("according"):
            found = [u for u in named if verb.end() <= u.start <= verb.end() + 12]
        return tuple(u.code or "" for u in found[-1:] if u.code != doer)
    after = next((m for m in _SAY.finditer(text, at) if not _quoted(text, m.start())), None)
    if after is None:
        return ()
    near = [u for u in named if after.start() - 40 <= u.start and u.end <= after.start() and u.start > at]
    near += [u for u in named if after.end() <= u.start <= after.end() + 40]
    return tuple(u.code or "" for u in near[:1] if u.code != doer)


def _doer_before(text: str, units: Sequence[Unit], at: int, reach: int) -> Unit | None:
    """The coded unit that ends within ``reach`` characters before ``at`` in its clause, if any."""
    floor = max(_clause_start(text, at), at - reach)
    found = [u for u in _coded(units) if floor <= u.start and u.end <= at]
    return found[-1] if found else None


# --- a failure charged in quoted words ------------------------------------------------------------------------
_FAILED = re.compile(
    r"\b(?P<aux>has|have|had|'s)\s+(?:(?:\w+ly|not\s+yet|yet|up\s+to\s+now|so\s+far|once\s+again|again|"
    r"also|still|long|since)\s+){0,3}(?P<verb>failed)\s+to\s+(?:\w+ly\s+)?(?P<deed>[a-z]+)\b",
    re.IGNORECASE,
)
_MUTUAL_FAILURES = words(
    "agree reach bridge break resolve settle produce win qualify materialise materialize find secure meet"
)
_CONDITION = re.compile(
    r"\b(?:if|unless|whether|when|once|should|would|could|might|lest|who|which)\s+(?:\w+\s+){0,4}$",
    re.IGNORECASE,
)
_SELF = re.compile(r"\b(?:we|I|you)\s+$", re.IGNORECASE)


def failure_charged(text: str, units: Sequence[Unit], events: Sequence[Event], make: Make) -> list[Event]:
    """``events`` with an ACCUSE/allege by the sayer against a side said to have failed to do something, when
    the sentence codes no accusation (see the module's note)."""
    if "failed" not in text or _has(events, EventType.ACCUSE):
        return list(events)
    for m in _FAILED.finditer(text):
        if m.group("deed").lower() in _MUTUAL_FAILURES or _SELF.search(text, 0, m.start()):
            continue
        doer = _doer_before(text, units, m.start(), 40)
        if doer is None:
            continue
        if _CONDITION.search(text[max(0, doer.start - 40) : doer.start]):
            continue  # "if Russia has failed to ...", "a state which has failed to ...": no charge laid
        said_before = any(not _quoted(text, s.start()) for s in _SAY.finditer(text, 0, doer.start))
        if not (_quoted(text, m.start()) or said_before):
            continue  # told by the report itself: left to the other readers
        if not _SAY.search(text):
            continue  # a quotation with no one named as saying it
        code = doer.code or ""
        source = _sayer(text, units, m.start(), code)
        if not source:
            continue  # a sayer not named ("he said"): left to the other readers
        roles = Roles(source, (code,), (_clause_start(text, doer.start), m.end()))
        return add_asserted(
            events, make, EventType.ACCUSE, "allege", roles, (m.start("verb"), m.end("verb")), text
        )
    return list(events)


# --- wrongdoing told as alleged -------------------------------------------------------------------------------
_ALLEGEDLY = re.compile(
    r"\b(?:(?:is|are|was|were|has|have|had)\s+(?:(?:been|being)\s+)?)?(?P<adv>allegedly)\s+(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
_NOT_A_DEED = words("a an the one among been being born dead killed injured wounded hurt died")
"""Words after "allegedly" that tell no deed of the one named: a noun phrase ("allegedly a spy") or a harm
the named one suffered ("was allegedly killed")."""


def alleged_doing(text: str, units: Sequence[Unit], events: Sequence[Event], make: Make) -> list[Event]:
    """``events`` with an ACCUSE/allege against the one said to be "allegedly" doing something, by the sayer
    when named, when the sentence codes no accusation (see the module's note)."""
    if "allegedly" not in lower_text(text) or _has(events, EventType.ACCUSE):
        return list(events)
    for m in _ALLEGEDLY.finditer(text):
        if m.group("verb").lower() in _NOT_A_DEED:
            continue
        doer = _doer_before(text, units, m.start(), 25)
        if doer is None or _CONDITION.search(text[max(0, doer.start - 30) : doer.start]):
            continue
        if re.search(r"\b(?:by|of|against)\s+$", text[max(0, doer.start - 10) : doer.start]):
            continue  # "... by X allegedly ...": X is not the subject
        code = doer.code or ""
        source = _sayer(text, units, m.start(), code)
        roles = Roles(source, (code,), (_clause_start(text, doer.start), m.end()))
        return add_asserted(
            events, make, EventType.ACCUSE, "allege", roles, (m.start("adv"), m.end("adv")), text
        )
    return list(events)


# --- a mission wound up ---------------------------------------------------------------------------------------
_WOUND_UP = re.compile(
    r"\b(?P<verb>wound|winding)\s+(?:up|down)\b(?P<ended>\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:mission|missions|operation|operations|presence|deployment|mandate|contingent)\b)?",
    re.IGNORECASE,
)


def wound_not_wounded(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` with an ASSAULT told by "wound up" or "wound down" dropped, or retyped SANCTION/withdraw
    when what was wound up is a mission, an operation or a presence (see the module's note)."""
    spans = {(m.start("verb"), m.end("verb")): bool(m.group("ended")) for m in _WOUND_UP.finditer(text)}
    if not spans:
        return list(events)
    out: list[Event] = []
    for e in events:
        ended = spans.get(e.anchor) if e.event is EventType.ASSAULT else None
        if ended is None:
            out.append(e)
        elif ended and e.source:
            mode = "withdraw"
            out.append(
                dataclasses.replace(
                    e, event=EventType.SANCTION, mode=mode, derived=derived_fields(EventType.SANCTION, mode)
                )
            )
    return out


# --- refugees gone home ---------------------------------------------------------------------------------------
_RETURNED = re.compile(
    r"\b(?P<who>refugees)\s+(?:(?:who|that)\s+had\s+fled\s+[^,.;]{0,40}?\s+)?(?:have\s+|had\s+|were\s+|have\s+been\s+"
    r"|had\s+been\s+|began\s+|started\s+)?(?P<verb>returned|returning|repatriated|went\s+back|go\s+back|"
    r"return)\s+(?:\w+\s+){0,2}?(?:home\s+)?from\s+",
    re.IGNORECASE,
)


def refugees_returned(text: str, units: Sequence[Unit], events: Sequence[Event], make: Make) -> list[Event]:
    """``events`` with a RETREAT/return by the state refugees go home from, toward their own state when named,
    when the sentence codes no retreat (see the module's note)."""
    if _has(events, EventType.RETREAT):
        return list(events)
    m = _RETURNED.search(text)
    if m is None or re.search(
        r"\b(?:not|never|refused\s+to|n't)\s+(?:\w+\s+){0,2}$", text[: m.start("verb")]
    ):
        return list(events)
    host = next((u for u in _coded(units) if m.end() <= u.start <= m.end() + 6), None)
    if host is None or not (host.code or "").isupper():
        return list(events)
    home = [
        u
        for u in _coded(units)
        if max(0, m.start() - 20) <= u.start and u.end <= m.end("who") and (u.code or "").isupper()
    ]
    target = tuple(u.code or "" for u in home[-1:] if u.code != host.code)
    roles = Roles((host.code or "",), target, (_clause_start(text, m.start()), host.end))
    return add_asserted(
        events, make, EventType.RETREAT, "return", roles, (m.start("verb"), m.end("verb")), text
    )


# --- money looted -----------------------------------------------------------------------------------------
_LOOTED = re.compile(r"\bloot(?:ed|ing|s)?\b", re.IGNORECASE)
_MONEY = re.compile(
    r"(?:[$\u20ac\u00a3]\s?\d|\b(?:funds|money|monies|millions|billions|million|billion|assets|wealth|coffers|"
    r"treasury|revenues?|cash|public\s+purse|state\s+purse|budget)\b)",
    re.IGNORECASE,
)


def without_looted_money(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` without a PROTEST told by "looted" when what was looted is money (see the module's note)."""
    out: list[Event] = []
    for e in events:
        m = _LOOTED.match(text, e.anchor[0]) if e.event is EventType.PROTEST else None
        if m is not None:
            before = text[max(0, m.start() - 40) : m.start()]
            after = text[m.end() : m.end() + 40]
            if _MONEY.search(before) or _MONEY.match(after.lstrip()) or _MONEY.search(after.split(" by ")[0]):
                continue  # plundered money: graft, no riot
        out.append(e)
    return out


# --- a habit in a relative clause -------------------------------------------------------------------------
_HABIT = re.compile(
    r"[,\u2014\u2013(]\s*|\s[-\u2014\u2013]\s*",
)
_HABIT_CLAUSE = re.compile(
    r"(?:which|who)\s+(?:has\s+|have\s+|had\s+)?(?:long|often|repeatedly|frequently|regularly|consistently|always)"
    r"\s+(?P<verb>\w+)",
    re.IGNORECASE,
)
_VERBAL = frozenset({EventType.ACCUSE, EventType.SUPPORT, EventType.REJECT, EventType.REQUEST})


def without_habits(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` without a verbal act told as the habit of a subject in a relative clause set off by a comma,
    a dash or a bracket (see the module's note)."""
    spans = []
    for cut in _HABIT.finditer(text):
        m = _HABIT_CLAUSE.match(text, cut.end())
        if m is not None:
            spans.append((m.start("verb"), m.end("verb")))
    if not spans:
        return list(events)
    return [e for e in events if not (e.event in _VERBAL and any(a <= e.anchor[0] < b for a, b in spans))]


# --- a verdict said of a deed ---------------------------------------------------------------------------------
_SAID_OF = re.compile(
    r"[\"\u201c](?P<quote>[^\"\u201c\u201d]{2,400}?)[\"\u201d]\s*,?\s*(?P<who>[^.;:\"\u201c\u201d]{1,90}?)\s+"
    r"(?P<verb>said|says|wrote|writes|added|adds|remarked|declared)\s+of\s+",
)
_CONDEMNING = re.compile(
    r"\b(?P<word>violations?|breach(?:es)?|crimes?|criminal|aggression|provocations?|provocative|terror|"
    r"terrorism|terrorist|disgrace|disgraceful|outrage|outrageous|shameful|shame|lies|lie|lying|illegal|"
    r"unlawful|unacceptable|barbaric|barbarism|atrocity|atrocities|scandal|scandalous|irresponsible|"
    r"reckless|absurd|ridiculous|hypocrisy|hypocritical|cynical|betrayal|blackmail|piracy|theft|genocide|"
    r"murder|murderous|cowardly|despicable|deplorable|appalling|abhorrent|insult|insulting|inexcusable|"
    r"indefensible|unjustified|disproportionate|sabotage)\b",
    re.IGNORECASE,
)
_NOT_BEFORE = re.compile(r"\b(?:not|no|n't|never|hardly)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def verdict_said_of(text: str, units: Sequence[Unit], events: Sequence[Event], make: Make) -> list[Event]:
    """``events`` with an ACCUSE/disapprove by the one who says a quoted condemnation "of" a side's deed, when
    the sentence codes no accusation (see the module's note)."""
    if _has(events, EventType.ACCUSE):
        return list(events)
    for m in _SAID_OF.finditer(text):
        quote = m.group("quote")
        verdict = next(
            (c for c in _CONDEMNING.finditer(quote) if not _NOT_BEFORE.search(quote, 0, c.start())), None
        )
        if verdict is None:
            continue
        named = _coded(units)
        who = [u for u in named if m.start("who") <= u.start and u.end <= m.start("verb")]
        aimed = [u for u in named if m.end() <= u.start <= m.end() + 40]
        if not who or not aimed or aimed[0].code == who[-1].code:
            continue
        roles = Roles((who[-1].code or "",), (aimed[0].code or "",), (m.start(), aimed[0].end))
        at = m.start("quote") + verdict.start()
        return add_asserted(
            events, make, EventType.ACCUSE, "disapprove", roles, (at, at + len(verdict.group())), text
        )
    return list(events)


# --- an aid worker released -----------------------------------------------------------------------------------
_RELEASED_WORKER = re.compile(
    r"(?:releas\w*|freed|frees|freeing|free)\s+(?:[\w'\u2019-]+\s+){0,5}?aid\s+workers?\b", re.IGNORECASE
)


def aid_worker_released(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` with an AID told by releasing an aid worker retyped RETREAT/release (see the module's
    note)."""
    out: list[Event] = []
    for e in events:
        if e.event is EventType.AID and _RELEASED_WORKER.match(text, e.anchor[0]):
            mode = "release"
            e = dataclasses.replace(
                e, event=EventType.RETREAT, mode=mode, derived=derived_fields(EventType.RETREAT, mode)
            )
        out.append(e)
    return out


# --- plays of a match -----------------------------------------------------------------------------------------
_MATCH_TIME = re.compile(
    r"\b(?:(?:first|second|opening|closing)\s+half(?!\s+of\b)|extra\s+time|stoppage\s+time|injury\s+time|half[- ]time|"
    r"equali[sz](?:er|ed|ing)|wingers?|referee|on\s+the\s+pitch|scoreline|goalless)\b",
    re.IGNORECASE,
)
_ARMED = words(
    "troops soldiers forces army military missile missiles rocket rockets drone drones shelling artillery bomb "
    "bombs militants rebels insurgents terrorists police gunmen weapons warplanes airstrike airstrikes civilians "
    "killed wounded war"
)
_PLAY = re.compile(
    r"(?:attack|shot|shoot|struck|strik|press|push|pound|hammer|thrash|bombard)", re.IGNORECASE
)


def without_match_plays(text: str, norms: Set[str], events: Sequence[Event]) -> list[Event]:
    """``events`` without an ASSAULT or a REQUEST told by a play of a match in a sentence told in the words of
    one and naming no armed force (see the module's note)."""
    if not _ARMED.isdisjoint(norms) or _MATCH_TIME.search(text) is None:
        return list(events)
    return [
        e
        for e in events
        if not (e.event in (EventType.ASSAULT, EventType.REQUEST) and _PLAY.match(text, e.anchor[0]))
    ]


# --- pressing ahead -------------------------------------------------------------------------------------------
_PRESSING_AHEAD = re.compile(
    r"(?:press|push)(?:ed|es|ing)?\s+(?:\w+ly\s+)?(?:ahead|forward|onward|on\s+(?:with|regardless)\b)",
    re.IGNORECASE,
)


def without_pressing_ahead(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` without a REQUEST told by pressing or pushing ahead with one's own course (see the module's
    note)."""
    out: list[Event] = []
    for e in events:
        m = _PRESSING_AHEAD.match(text, e.anchor[0]) if e.event is EventType.REQUEST else None
        if m is None or _ASKING_AFTER.match(text, m.end()):
            out.append(e)  # "pressed ahead with their demand that ...": the demand is still asked
    return out


_ASKING_AFTER = re.compile(
    r"\s+(?:with\s+)?(?:\w+\s+){0,3}?(?:demands?|calls?|appeals?|requests?|pleas?|push\s+for)\b",
    re.IGNORECASE,
)
