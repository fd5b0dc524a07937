"""Kremlin wording of session 33 (helper kremlin17): talks, agreements and cooperation told without their
doers on the page of a meeting.

Readouts of talks and calls, and the statements leaders make after them, often tell what the two sides did
without naming them: the doers are the sides of the page's meeting
(:class:`detente.coding.document.RecordStream` passes them as ``participants``), or the speaker and the
other side. The families:

- **Talks told by their outcome or agenda** (:func:`talks_told`, read by ``document.RecordStream`` on a page of
  its own: the run's fallback pair and the sides an earlier run of the page learned).
  "It was decided to set up a joint commission", "A decision was taken to open a consulate", "An
  understanding was reached on ...", "Views were exchanged on ...", "Close attention was paid to energy",
  "Other matters under discussion were fisheries and shipping", "The agenda of the meeting covered ...",
  "Consultations on a visa deal are under way", "The importance of tourism was underlined": a record of the
  page's talks whose doers are unsaid, which takes the sides the page's other records name (as "The
  situation in X was discussed" does). Only whether the record takes the sides is decided here; its events
  are read by the coder as for any record of the talks. A negated outcome ("no decision was taken") is
  still talks told; the coder reads its polarity.
- **An exchange of views as the frame of another act** (:func:`discussing_frame`). "While discussing the
  Balkans, the President drew his counterpart's attention to ...", "When exchanging views on the crisis,
  the leaders stressed ...": the talks themselves (CONSULT of the meeting's sides, no target), beside
  whatever the main clause says. Read only with the meeting's sides known and no CONSULT read already; not
  for a topic of future talks ("when discussing it next month" is left alone: the participle tells the
  frame of a told act).
- **Talks welcomed by a speaker at them** (:func:`glad_to_discuss`). "I am glad to have this chance to
  discuss trade with you", "I'm happy to talk over the situation with you": the speaker and the
  other side of the meeting talk together (CONSULT of both, no target); a one-way CONSULT from the same
  words is made mutual. Needs a speaker among the meeting's sides. "I am glad that we can discuss ..." is
  what may be discussed, no meeting held (an older convention of the unit tests), and is left alone.
- **Cooperation stated as a fact by a speaker** (:func:`cooperation_stated`). "We are deepening our
  trade, scientific and cultural ties", "We highly value the cooperation between our countries' health
  services", "Cooperation in space is one of the most promising areas of Russian-Indian relations": the
  speaker's side and the meeting's other side cooperate (COOPERATE of both, no target), or the pair an
  adjectival "Russian-Indian" names. A SUPPORT read from the same "strengthening ties" words is replaced.
  Not for wishes and plans ("we must strengthen", "we will expand", "we hope to"), which other readers
  take.
- **Cooperation told going on, no doer** (:func:`cooperation_going`). "Cooperation in shipbuilding is
  developing steadily", "Progress has been made in joint work on border security": the meeting's sides
  cooperate (COOPERATE of both, no target). Only with the sides known, no one else named in the sentence
  ("cooperation with India" is someone else's), no observer ("analysts say"), nothing holding it back
  ("continues to be hampered"), and no modal or negation.
- **A decision taken by the sides** (:func:`decision_by`). "A decision to reopen the hotline was taken by
  the Russian and Turkish ministers", "A decision was taken by the summit to found an agency": the
  agreement of the two or more sides named after "by" (AGREE, no target), or of the meeting's sides for
  the meeting itself; one side's own decision ("taken by Moscow") is left to the other readers.
- **Positions found alike on what was discussed** (:func:`alike_on_discussed`). "The parties noted that
  their views on all the questions discussed coincided": the agreement (read elsewhere) and the talks it
  sums up (CONSULT of the same sides, no target).

Every test is a regular expression over the sentence after a cheap substring gate; sides come only from
the sentence's own actor units, the statement's speaker or the meeting's sides. Nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.actors import ActorKind, load_dictionary
from detente.coding.ontology import EventType, Polarity
from detente.coding.roleparts import Make, Roles
from detente.coding.text import lower_text
from detente.coding.wordgates import WordGates

if TYPE_CHECKING:
    import datetime as dt

    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = [
    "alike_on_discussed",
    "cooperation_going",
    "cooperation_stated",
    "decision_by",
    "discussing_frame",
    "glad_to_discuss",
    "settled",
    "talks_events",
    "talks_told",
]

MAX_TEXT = 2_000
"""Only this many characters of a record are read; longer sentences are left alone by the sentence stage."""

# --- talks told by their outcome or agenda ------------------------------------------------------------------
_TOLD: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (gate, re.compile(pattern, re.IGNORECASE))
    for gate, pattern in (
        (
            ("agreed", "decided", "resolved"),
            r"\bit\s+was\s+(?:also\s+|further\s+|then\s+|jointly\s+|mutually\s+)?(?:agreed|decided|resolved)\b",
        ),
        (
            ("decision",),
            r"\b(?:a|the|no)\s+(?:joint\s+|common\s+|mutual\s+)?decision\s+was\s+(?:also\s+)?"
            r"(?:taken|made|adopted|reached)\b",
        ),
        (
            ("reached",),
            r"\b(?:agreements?|understandings?|accord|arrangements?)\s+(?:was|were)\s+(?:also\s+)?reached\b",
        ),
        (("exchanged",), r"\bviews\s+(?:were|have\s+been)\s+(?:also\s+|further\s+)?exchanged\b"),
        (
            ("attention",),
            r"\b(?:special|particular|great|close|much|considerable|primary|priority|serious|due|significant|"
            r"careful|detailed)\s+attention\s+(?:was|were|has\s+been)\s+(?:also\s+)?"
            r"(?:given|paid|devoted|accorded)\s+to\b",
        ),
        (
            ("discussion",),
            r"\b(?:issues|questions|matters|subjects|topics|items)\s+(?:under|for)\s+discussion\s+"
            r"(?:were|was|included|covered|concerned|ranged)\b",
        ),
        (
            ("agenda",),
            r"\bagenda\s+(?:of\s+(?:the|their|this)\s+(?:talks|meeting|conversation|negotiations|visit)\s+)?"
            r"(?:also\s+)?(?:included|includes|covered|featured|comprised|embraced)\b",
        ),
        (
            ("under way", "underway", "in progress"),
            r"\b(?:negotiations|consultations|talks)\s+(?:on|over|about)\s+[^.;]{1,120}?\s+(?:were|are|is|was)\s+"
            r"(?:now\s+|already\s+)?(?:under\s*way|in\s+progress)\b",
        ),
        (
            ("emphasi", "stressed", "underlined", "highlighted"),
            r"^(?:the|a|an)\s+(?:(?:further|particular|special|great|key)\s+)?(?:importance|need|necessity|"
            r"implementation|development|significance|priority)\s+of\s+[^;]{1,160}?\s+(?:was|were)\s+"
            r"(?:also\s+|particularly\s+|especially\s+)?(?:emphasi[sz]ed|stressed|underlined|highlighted)\b",
        ),
    )
)
"""An outcome or agenda of talks told in the passive or as a noun, its doers unsaid; each pattern runs only
when one of its gate words is in the sentence."""

_TOLD_QUESTION = re.compile(r"\?\s*[\"”’]?\s*$")


def talks_told(text: str) -> bool:
    """``text`` tells the page's talks by an outcome or agenda with no doer (see the module): a record that
    takes the sides of the meeting its page names elsewhere. A question tells nothing."""
    if not text:
        return False
    head = text[:MAX_TEXT]
    low = head.lower()
    for gate, pattern in _TOLD:
        if any(w in low for w in gate) and pattern.search(head) is not None:
            return _TOLD_QUESTION.search(head) is None
    return False


_TALKS_TYPES = frozenset({EventType.CONSULT, EventType.AGREE, EventType.COOPERATE})


def talks_events(events: Sequence[Event], sides: Sequence[str]) -> bool:
    """``events`` are what a record of talks told with the page's ``sides`` holds: talks, agreements or
    cooperation of exactly those sides, none aimed at anyone (so a record that coded nothing alone may take
    them)."""
    want = set(sides)
    return bool(events) and all(
        e.event in _TALKS_TYPES and set(e.source) == want and not e.target for e in events
    )


# --- an exchange of views as the frame of another act --------------------------------------------------------
_FRAME = re.compile(
    r"^\s*(?:(?:and|but|also)\s+)?(?:while|when|in|whilst|as\s+they\s+were)\s+"
    r"(?:(?:also|further|then|later)\s+)?(?:discussing|exchanging\s+(?:views|opinions)|reviewing|considering)\b"
    r"[^,;]{1,200}?,\s+(?P<rest>\S)",
    re.IGNORECASE,
)
_FRAME_FUTURE = re.compile(r"\b(?:next|coming|upcoming|future|tomorrow|later\s+this)\b", re.IGNORECASE)


def discussing_frame(text: str, events: Sequence[Event], sides: Sequence[str], make: Make) -> list[Event]:
    """ "While discussing X, <someone> ...": the talks (CONSULT of the meeting's sides, no target), when the
    sides are known and no CONSULT was read."""
    if len(sides) < 2 or any(e.event is EventType.CONSULT for e in events):
        return list(events)
    m = _FRAME.match(text)
    if m is None or _FRAME_FUTURE.search(text[: m.start("rest")]):
        return list(events)
    hi = m.start("rest")
    lo = len(text[:hi]) - len(text[:hi].lstrip())
    roles = Roles(tuple(dict.fromkeys(sides)), (), (lo, hi))
    return [*events, make(EventType.CONSULT, "", roles, Polarity.ASSERTED, lo, hi, text[lo:hi].strip(" ,"))]


# --- talks welcomed by a speaker at them -----------------------------------------------------------------------
_GLAD = re.compile(
    r"\bI(?:\s+am|’m|'m)\s+(?:very\s+|truly\s+|really\s+|particularly\s+|especially\s+)?"
    r"(?:glad|pleased|happy|delighted)\s+"
    r"(?:(?:to\s+have\s+(?:the|this|an|a)\s+(?:\w+\s+)?(?:opportunity|chance)\s+to\s+)|(?:to\s+))"
    r"(?:(?:also|now|today|once\s+again|personally)\s+)?(?P<verb>discuss|talk\s+(?:over|about)|exchange\s+views|"
    r"hold\s+(?:these\s+|our\s+|today’s\s+|today's\s+)?(?:talks|consultations))\b",
    re.IGNORECASE,
)


def glad_to_discuss(
    text: str, events: Sequence[Event], speaker: str | None, sides: Sequence[str], make: Make
) -> list[Event]:
    """ "I am glad to discuss ... with you": CONSULT of the speaker and the meeting's other sides, no target;
    a one-way CONSULT read from the same words is replaced."""
    if speaker is None or len(sides) < 2 or speaker not in sides:
        return list(events)
    m = _GLAD.search(text)
    if m is None:
        return list(events)
    pair = (speaker, *(s for s in sides if s != speaker))
    lo, hi = m.start("verb"), m.end("verb")
    kept = [
        e
        for e in events
        if not (e.event is EventType.CONSULT and set(e.source) | set(e.target) <= set(pair) and e.target)
    ]
    if any(e.event is EventType.CONSULT for e in kept):
        return list(events)
    roles = Roles(tuple(dict.fromkeys(pair)), (), (m.start(), m.end()))
    return [*kept, make(EventType.CONSULT, "", roles, Polarity.ASSERTED, lo, hi, text[lo:hi])]


# --- cooperation stated as a fact --------------------------------------------------------------------------------
_SECTOR = (
    r"(?:trade|economic|investment|research|scientific|technological|technical|cultural|humanitarian|"
    r"educational|military|military-technical|energy|industrial|financial|business|parliamentary|"
    r"interregional|regional|political|security|transport|agricultural|academic|tourism|sports|youth|"
    r"health|healthcare|space|diplomatic|bilateral)"
)
_TIES = r"(?:relations|ties|links|contacts|cooperation|partnership|interaction|exchanges)"
_STRENGTHEN = re.compile(
    r"\bwe\s+(?:are|have\s+been)\s+(?:(?:steadily|consistently|actively|successfully|further|also|now|"
    r"constantly|continuously)\s+)?(?:strengthening|deepening|expanding|developing|broadening|building\s+up|"
    r"stepping\s+up|enhancing|intensifying)\s+(?:our|the)\s+"
    rf"(?P<what>(?:{_SECTOR}(?:,|\s+and|\s*,\s*and|\s+or)?\s+){{1,10}}){_TIES}\b",
    re.IGNORECASE,
)
_VALUED = re.compile(
    r"\bwe\s+(?:(?:particularly|especially|highly|greatly|really|also|truly|sincerely)\s+)?"
    r"(?:value|appreciate|welcome|cherish)\s+(?:(?:the|our)\s+)?(?:close\s+|productive\s+|fruitful\s+|"
    r"active\s+|practical\s+)?(?:cooperation|interaction|collaboration|joint\s+work)\s+"
    r"(?:between|of)\s+our\s+(?:two\s+)?(?:countries|states|nations|countries’|countries'|agencies|ministries|"
    r"services|departments|governments|specialists|experts|scientists|doctors|institutions|organisations)",
    re.IGNORECASE,
)
_PAIR_ADJ = re.compile(
    r"\b(?P<a>[A-Z][a-z]+)[-‐–](?P<b>[A-Z][a-z]+)\s+(?:relations|ties|partnership|cooperation|interaction)\b"
)
_PROMISING = re.compile(
    r"^\W*(?:(?:bilateral|our|the)\s+)?(?:cooperation|interaction|collaboration|joint\s+work)\s+(?:in|on)\s+"
    r"[^,;]{1,80}?\s+(?:is|has\s+become|remains|has\s+been)\s+(?:one\s+of\s+|among\s+)?(?:the\s+)?"
    r"(?:most\s+)?(?:promising|important|dynamic|successful|key|major|leading|significant)\b",
    re.IGNORECASE,
)
_NOT_FACT = re.compile(
    r"\b(?:must|should|will|would|could|may|might|shall|hope|hopes|intend|intends|need\s+to|want\s+to|"
    r"ready\s+to|going\s+to|plan|plans|not|never|no\s+longer)\b",
    re.IGNORECASE,
)
_STRENGTH_SUPPORT = frozenset({EventType.SUPPORT})


def cooperation_stated(
    text: str,
    events: Sequence[Event],
    speaker: str | None,
    sides: Sequence[str],
    date: dt.date | None,
    make: Make,
) -> list[Event]:
    """ "We are strengthening our trade and cultural ties", "We value the cooperation between our
    countries' agencies", "Cooperation in X is one of the most promising areas of Russian-Indian
    relations": COOPERATE of the pair (see the module), no target."""
    if any(e.event is EventType.COOPERATE for e in events):
        return list(events)
    pair: tuple[str, ...] = ()
    span: tuple[int, int] | None = None
    replace_support = False
    m = (
        (_STRENGTHEN.search(text) or _VALUED.search(text))
        if speaker is not None and speaker in sides and len(sides) >= 2
        else None
    )
    if m is not None and speaker is not None and _NOT_FACT.search(text[: m.start()][-40:]) is None:
        pair = (speaker, *(s for s in sides if s != speaker))
        span = m.span()
        replace_support = True
    if not pair and "-" in text:
        p = _PROMISING.search(text)
        a = _PAIR_ADJ.search(text) if p is not None else None
        if p is not None and a is not None:
            pair = _adjectival_pair(a.group("a"), a.group("b"), date)
            span = (p.start(), a.end())
    if not pair or span is None:
        return list(events)
    lo, hi = span
    kept = list(events)
    if replace_support:
        kept = [
            e
            for e in kept
            if not (e.event in _STRENGTH_SUPPORT and lo <= e.anchor[0] < hi and set(e.source) <= set(pair))
        ]
    roles = Roles(tuple(dict.fromkeys(pair)), (), span)
    return [*kept, make(EventType.COOPERATE, "", roles, Polarity.ASSERTED, lo, hi, text[lo:hi])]


def _adjectival_pair(a: str, b: str, date: dt.date | None) -> tuple[str, ...]:
    """The two states "Russian" and "Indian" name, when the dictionary knows both as states."""
    dictionary = load_dictionary()
    codes: list[str] = []
    for word in (a, b):
        found = [m for m in dictionary.match(word, date=date) if m.code]
        if len(found) != 1:
            return ()
        code = found[0].code
        if code is None or not (
            dictionary.code_kinds.get(code) is ActorKind.STATE or code in dictionary.polities
        ):
            return ()
        codes.append(code)
    return tuple(codes) if codes[0] != codes[1] else ()


_GOING = re.compile(
    r"^\W*(?:(?:bilateral|practical|our|the|this|military|military-technical|economic|trade|energy|"
    r"scientific|cultural|humanitarian|investment|industrial|interregional|parliamentary|security)\s+){0,3}"
    r"(?:cooperation|interaction|joint\s+work|collaboration)(?:\s+(?:in|on|between)\s+[^,;]{1,80}?)?\s+"
    r"(?:is|are|has\s+been|have\s+been|was|were|continues\s+to\s+be|continued\s+to\s+be)?\s*"
    r"(?:(?:\w+ly|also|now|still)\s+)?(?:developing|progressing|expanding|growing|advancing|going\s+well|"
    r"under\s*way|continuing|continues|continued|gaining\s+momentum|proceeding)\b(?!\s+to\b)"
    r"|\b(?:progress|headway)\s+(?:has|had)?\s*(?:been\s+)?(?:made|achieved|appeared)\s+in\s+"
    r"(?:(?:the|their|our|bilateral|practical|military|economic|joint)\s+){0,3}"
    r"(?:cooperation|interaction|joint\s+work|collaboration)\b"
    r"|\b(?:indications|signs)\s+of\s+progress\s+(?:had\s+|have\s+)?(?:appeared|emerged)\s+in\s+"
    r"(?:(?:the|their|our|bilateral|practical)\s+)?(?:cooperation|interaction|joint\s+work|collaboration)\b",
    re.IGNORECASE,
)


_HAMPERED = re.compile(
    r"\b(?:hamper|hinder|stall|suspend|freez|froze|obstruct|impede|slow|undermin|say|says|said|according\s+to|"
    r"analysts?|experts?\s+(?:say|believe))\w*",
    re.IGNORECASE,
)
"""Cooperation told as held back, or an observer's account ("analysts say"): not the sides' fact."""


def cooperation_going(
    text: str, events: Sequence[Event], units: Sequence[Unit], sides: Sequence[str], make: Make
) -> list[Event]:
    """ "Cooperation in energy is developing well", "Progress has been made in joint work on security": the
    meeting's sides cooperate (COOPERATE of both, no target), when the sentence names no actor, no observer
    and nothing holding it back, has no modal or negation, and nothing but talks or agreements was read from
    it."""
    if len(sides) < 2 or any(e.event not in _TALKS_TYPES or e.event is EventType.COOPERATE for e in events):
        return list(events)
    m = _GOING.search(text)
    if m is None or _NOT_FACT.search(text) is not None:
        return list(events)
    if any(u.code for u in units) or _HAMPERED.search(text) is not None:
        return list(events)
    roles = Roles(tuple(dict.fromkeys(sides)), (), m.span())
    return [*events, make(EventType.COOPERATE, "", roles, Polarity.ASSERTED, m.start(), m.end(), m.group(0))]


# --- positions found alike on what was discussed ------------------------------------------------------------------
_DISCUSSED = re.compile(
    r"\b(?:issues|questions|matters|topics|subjects|problems)\s+(?:that\s+were\s+|which\s+were\s+)?"
    r"(?:discussed|under\s+discussion|raised|considered)\b",
    re.IGNORECASE,
)
_ALIKE = re.compile(
    r"\b(?:similarity|closeness|coincidence|identity|proximity|convergence|unity|similar|close|identical|"
    r"coincide[ds]?|coinciding)\b",
    re.IGNORECASE,
)


def alike_on_discussed(text: str, events: Sequence[Event], make: Make) -> list[Event]:
    """ "The sides noted the closeness of their positions on the issues discussed": the talks (CONSULT of
    the agreement's sources, no target) beside the agreement read already."""
    if any(e.event is EventType.CONSULT for e in events):
        return list(events)
    agree = next(
        (
            e
            for e in events
            if e.event is EventType.AGREE
            and not e.target
            and len(e.source) >= 2
            and e.polarity is Polarity.ASSERTED
        ),
        None,
    )
    if agree is None or _ALIKE.search(text) is None:
        return list(events)
    m = _DISCUSSED.search(text)
    if m is None:
        return list(events)
    roles = Roles(agree.source, (), agree.evidence)
    return [*events, make(EventType.CONSULT, "", roles, Polarity.ASSERTED, m.start(), m.end(), m.group(0))]


# --- a decision taken by the sides -----------------------------------------------------------------------------
_DECIDED_BY = re.compile(
    r"\b(?:a|the)\s+(?:joint\s+|common\s+)?decision\s+(?:to\s+[^;]{1,160}?\s+)?(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:also\s+|jointly\s+|then\s+)?(?:taken|made|adopted|reached)\s+by\s+(?P<by>[^,;]{1,120}?)"
    r"(?=\s+(?:to|on|at|in|during|after|within|following)\b|\s*[,;.]|\s*$)",
    re.IGNORECASE,
)
_GATHERING = re.compile(
    r"^(?:the\s+)?(?:(?:two|three|four|five|six|seven|eight|all)\s+)?(?:session|summit|meeting|council|sides|"
    r"parties|leaders|presidents|heads\s+of\s+state|participants|member\s+states|ministers)\b",
    re.IGNORECASE,
)


def decision_by(
    text: str, events: Sequence[Event], units: Sequence[Unit], sides: Sequence[str], make: Make
) -> list[Event]:
    """ "A decision to resume contacts was taken by the Russian and Turkish ministers", "A decision was
    taken by the summit to set up a force": an agreement (AGREE, no target) of the two or more sides named
    after "by", or of the meeting's sides for the meeting itself; one side's own decision is left alone."""
    if any(e.event is EventType.AGREE for e in events):
        return list(events)
    m = _DECIDED_BY.search(text)
    if m is None:
        return list(events)
    lo, hi = m.span("by")
    named = tuple(dict.fromkeys(u.code for u in units if u.code and lo <= u.start < hi))
    if len(named) < 2:
        named = tuple(dict.fromkeys(sides)) if len(sides) >= 2 and _GATHERING.match(m.group("by")) else ()
    if len(named) < 2:
        return list(events)
    roles = Roles(named, (), (m.start(), m.end()))
    return [*events, make(EventType.AGREE, "", roles, Polarity.ASSERTED, m.start(), lo, text[m.start() : lo])]


_GLAD_GATE = ("glad", "pleased", "happy", "delighted")
_STATED_GATE = (
    "we are ",
    "we have been ",
    "value",
    "appreciate",
    "welcome",
    "cherish",
    "cooperation",
    "interaction",
    "joint work",
    "collaboration",
)
_GOING_GATE = ("cooperation", "interaction", "joint work", "collaboration")
_GATES = WordGates()
_STATED_WORDS = _GATES.gate(_STATED_GATE)
_GLAD_WORDS = _GATES.gate(_GLAD_GATE)  # (s35-speed6)
_GOING_WORDS = _GATES.gate(_GOING_GATE)  # (s35-speed6)
"""(s34-speed4) :data:`_STATED_GATE` in the word gates' one scan of the sentence: ``False`` only when none of
its pieces is in the lower-cased text, so the substring test after it runs only where the scan found one."""


# --- entry point ----------------------------------------------------------------------------------------------------
def settled(
    text: str,
    events: Sequence[Event],
    speaker: str | None,
    sides: Sequence[str],
    date: dt.date | None,
    make: Make,
    units: Sequence[Unit] = (),
) -> list[Event]:
    """``events`` with the module's sentence families read (see the module)."""
    if not text or len(text) > MAX_TEXT:
        return list(events)
    low = lower_text(text)
    held = _GATES.held(text)  # (s35-speed8) the gate words read once, each gate a set test
    out = list(events)
    if "discussing" in low or "exchanging" in low or "reviewing" in low or "considering" in low:
        out = discussing_frame(text, out, sides, make)
    if (
        not _GLAD_WORDS.isdisjoint(held)
        and any(w in low for w in _GLAD_GATE)
        and ("discuss" in low or "talk" in low or "exchange views" in low)
    ):
        out = glad_to_discuss(text, out, speaker, sides, make)
    if not _STATED_WORDS.isdisjoint(held) and any(w in low for w in _STATED_GATE):
        out = cooperation_stated(text, out, speaker, sides, date, make)
    if len(sides) >= 2 and not _GOING_WORDS.isdisjoint(held) and any(w in low for w in _GOING_GATE):
        out = cooperation_going(text, out, units, sides, make)
    if "discuss" in low or "raised" in low or "considered" in low:
        out = alike_on_discussed(text, out, make)
    if "decision" in low:
        out = decision_by(text, out, units, sides, make)
    return out
