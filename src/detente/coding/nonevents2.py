"""Events the rules read from words that report no act (session 29, helper nonevents2).

Each filter below removes one family of false readings wherever its wording appears; none names a sentence.

* **Who attended.** "X, Y and Z attended the talks" and "the meeting was attended by X and Y" list the people
  present at a meeting the page reports elsewhere: the list is no CONSULT of its own (the gold conventions'
  "attended the talks" row). A meeting attended and named by what it was ("attended the meeting of the
  NATO-Russia Council", "attended the summit in Bucharest") is still read (:func:`without_attendance_lists`).
* **An earlier meeting as a time marker.** "The previous conversation between X and Y took place in December"
  and "Their last meeting was held in Paris" date the present contact by an earlier one; the earlier one is
  background, not the page's event. "The first meeting of the new council took place today" is left alone
  (:func:`without_earlier_meetings`).
* **What a thing makes possible.** "The Initiative allows the air traffic centres of A and B to share
  information" and "a Council in which A and B will consult" describe what an arrangement is for: a purpose,
  not an exchange that took place. A thing that now works "allowing" them to share is a report of its start
  and is kept (:func:`without_enabled_acts`).
* **An organisation described by what it does.** "X, the main agency that helps refugees" and "a group that
  repeatedly sued the government" tell who a body is, not what it did this time (:func:`without_described_roles`).
* **Help told in a relative clause beside another event.** "the detentions of journalists who cooperated with
  the portals", "the efforts of Türkiye and the UN, which helped Ukraine and Russia reach agreement": the
  relative clause says who someone is or what their effort did; the sentence's own events are the others
  (:func:`without_relative_help`).
* **What someone would have to do.** "They would have to cooperate" in a reported scenario is an obligation
  imagined, not an act (:func:`without_imagined_duties`).
* **The later items of a demand.** "X calls on Y to release the sailors ..., and to allow free access to the
  ports": every item after "and to" is still what is demanded, as the first one is; only the demand (REQUEST)
  is the act (:func:`without_demanded_acts`).
* **A war named as the background.** "Russia bears responsibility, as it continues its illegal war against
  Ukraine" and "an enabler of Russia's war against Ukraine" name the war as the standing situation another
  statement is about; a war launched or waged ("decided to wage war on", "launched a war against") or
  condemned as such ("condemn Russia's brutal war against Ukraine") is still ASSAULT (:func:`without_named_wars`).
* **Standing formulas and advice.** "Allies remain committed to arms control" restates a principle (no AGREE,
  unless what they remain committed to is an act or an accord: "remain committed to supporting", "to dialogue
  with X", "to the ceasefire"); "the governors should
  support local business" and "we should be grateful to X" are advice, not support given
  (:func:`without_standing_commitments`, :func:`without_advice`).
* **Acts inside an indirect question.** "It is still unclear why the tank fired on the reporters", "questions
  about why Kiev rejected the offer", "wondered whether they would talk": what is asked about is not asserted
  (:func:`without_indirect_questions`).
* **Blame talked about.** "Everyone blames the United States now" and "he did not think it fair to blame X"
  are opinions about blaming, not an accusation made (:func:`without_talk_about_blame`).
* **Moving about a venue.** "The leaders and their aides moved to the hall for the ceremony", "went on to the
  exhibition's second floor": walking from room to room during an event is no visit of anyone
  (:func:`without_moves_about_a_venue`).
* **Emergency work at home.** "Emergency and relief units were deployed to the flooded districts", "we are
  still deploying our response teams": rescuers sent against fires and floods are no military deployment
  (:func:`without_emergency_deployments`); a deployment aimed at another state is left alone.
* **Relations looked back on.** "For a quarter of a century we have kept up and deepened our bonds of
  friendship", "we have developed a meaningful dialogue": a relation's history told in a greeting, not an act
  of support this time (:func:`without_relations_looked_back_on`).
* **"Back" as an adverb.** "The relationship dates back to 1991", "goes back to the Cold War": no backing of
  anyone (:func:`without_adverb_back`).

:func:`settled` runs them all; every test is a regular expression over the sentence and the event's anchor.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType
from detente.coding.text import lower_text
from detente.coding.wordgates import WordGates

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = [
    "settled",
    "without_adverb_back",
    "without_advice",
    "without_attendance_lists",
    "without_demanded_acts",
    "without_described_roles",
    "without_earlier_meetings",
    "without_emergency_deployments",
    "without_enabled_acts",
    "without_imagined_duties",
    "without_indirect_questions",
    "without_moves_about_a_venue",
    "without_named_wars",
    "without_relations_looked_back_on",
    "without_relative_help",
    "without_standing_commitments",
    "without_talk_about_blame",
]

_MEETING_NOUNS = (
    r"(?:talks|meeting|meetings|negotiations|consultations|conversation|discussion|session|sitting)"
)

# --- who attended ------------------------------------------------------------------------------------------
_ATTENDED_LIST = re.compile(
    r"\battend(?:ed|s)\s+(?:the|these|those|both|all\s+the)\s+(?:\w+\s+){0,2}?"
    + _MEETING_NOUNS
    + r"\s*(?:(?:as\s+well|too|also)\s*)?(?=[.;]|,\s*(?:too|as\s+well)\b|$)",
    re.IGNORECASE,
)
"""A meeting attended with nothing after it: "attended the talks." (not "attended the meeting of X")."""
_ATTENDED_BY = re.compile(
    r"\b" + _MEETING_NOUNS + r"\s+(?:was|were)\s+(?:also\s+)?attended\s+by\b",
    re.IGNORECASE,
)


def _in_spans(event: Event, spans: Sequence[tuple[int, int]]) -> bool:
    """The event's trigger words start inside one of ``spans``."""
    start = event.anchor[0]
    return any(lo <= start < hi for lo, hi in spans)


def without_attendance_lists(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop CONSULTs read from a list of who attended a meeting the page reports elsewhere."""
    if "attend" not in lower_text(text):
        return list(events)
    spans = [(m.start(), m.end()) for m in _ATTENDED_LIST.finditer(text)]
    spans += [(m.start(), m.end()) for m in _ATTENDED_BY.finditer(text)]
    if not spans:
        return list(events)
    return [e for e in events if not (e.event is EventType.CONSULT and _in_spans(e, spans))]


# --- an earlier meeting as a time marker -------------------------------------------------------------------
_EARLIER_MEETING = re.compile(
    r"^(?:The|Their|His|Her|Our|Its)\s+(?:previous|last|preceding|prior|earlier|most\s+recent)\s+"
    r"(?:\w+\s+){0,2}?(?:" + _MEETING_NOUNS[3:-1] + r"|contact|contacts|visit|summit|call)\b"
    r"[^.;]{0,120}?\b(?:took\s+place|was\s+held|were\s+held|had\s+taken\s+place|happened|was|were)\s+"
    r"(?:in|on|at|during|back|last|nearly|almost|about|over|more\s+than|\d)",
)
_TODAY = re.compile(r"\b(?:today|yesterday|this\s+(?:morning|week|month)|tonight)\b", re.IGNORECASE)


def without_earlier_meetings(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop the CONSULT of a sentence whose subject is the previous or last meeting of the sides and which only
    says when or where it was (a time marker for the present contact)."""
    m = _EARLIER_MEETING.search(text.lstrip())
    if m is None or _TODAY.search(text):
        return list(events)
    offset = len(text) - len(text.lstrip())
    span = [(offset, offset + m.end())]
    return [e for e in events if not (e.event is EventType.CONSULT and _in_spans(e, span))]


# --- what a thing makes possible ---------------------------------------------------------------------------
_ENABLING = re.compile(
    r"^(?:The|This|That|Such\s+an?|An?|Its|Their|Our)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:allows|enables|permits|lets|(?:will|would|should|could|can)\s+(?:allow|enable|permit|let))\s+"
    r"(?:[\w'’-]+\s+){0,8}?to\s+",
)
"""A sentence whose subject is a thing that "allows ... to": the act after "to" is what it is for."""
_FOR_WHICH = re.compile(
    r"\b(?=[itwu])(?:in|through|within|under)\s+which\s+(?:[\w'’-]+\s+){1,6}?(?:will|would|can|could|may|might|shall)\s+",
    re.IGNORECASE,
)
"""A relative clause saying what an institution is for: "a Council in which A and B will consult"."""
_ENABLED_TYPES = frozenset({EventType.CONSULT, EventType.COOPERATE})


def without_enabled_acts(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop CONSULT and COOPERATE read from what an arrangement allows or is for (see the module)."""
    spans = [(m.end(), m.end() + 40) for m in _ENABLING.finditer(text.lstrip())]
    offset = len(text) - len(text.lstrip())
    spans = [(lo + offset, hi + offset) for lo, hi in spans]
    spans += [(m.end(), m.end() + 30) for m in _FOR_WHICH.finditer(text)]
    if not spans:
        return list(events)
    return [e for e in events if not (e.event in _ENABLED_TYPES and _in_spans(e, spans))]


# --- an organisation described by what it does -------------------------------------------------------------
_ROLE = re.compile(
    r"\b(?=[agocfbpnimw])(?:agency|group|organi[sz]ation|charity|foundation|body|fund|programme|program|project|network|"
    r"association|institute|movement|campaign|watchdog|ngo|nonprofit|non-profit)\s*,?\s+(?:that|which)\s+"
    r"(?:(?:often|repeatedly|regularly|routinely|frequently|long|has\s+long|have\s+long|also|mainly|"
    r"largely|primarily|mostly)\s+)*",
    re.IGNORECASE,
)
_HABITUAL_VERB = re.compile(
    r"(?:\w+s|sued|criticised|criticized|condemned|helped|supported|funded|backed|opposed)\b",
    re.IGNORECASE,
)
_ROLE_TYPES = frozenset(
    {EventType.AID, EventType.SUPPORT, EventType.ACCUSE, EventType.COOPERATE, EventType.REJECT}
)


def without_described_roles(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop AID, SUPPORT, ACCUSE, COOPERATE and REJECT read from a relative clause that describes what an
    organisation does or has kept doing ("the agency that helps refugees", "a group that repeatedly sued")."""
    spans = []
    for m in _ROLE.finditer(text):
        verb = _HABITUAL_VERB.match(text, m.end())
        habitual = (
            m.group(0).lower().rstrip().endswith(("often", "repeatedly", "regularly", "routinely", "long"))
        )
        if verb is not None and (habitual or verb.group(0).lower().endswith("s")):
            spans.append((m.end(), verb.end()))
    if not spans:
        return list(events)
    return [e for e in events if not (e.event in _ROLE_TYPES and _in_spans(e, spans))]


# --- help told in a relative clause beside another event --------------------------------------------------
_RELATIVE = re.compile(
    r"\b(?:who|that|which)\s+(?:(?:had|has|have|also|often|repeatedly|long|once|then)\s+){0,2}$",
    re.IGNORECASE,
)
_HELP_TYPES = frozenset({EventType.AID, EventType.SUPPORT, EventType.COOPERATE})
_HELP_VERB = re.compile(
    r"(?:cooperated|collaborated|helped|assisted|worked\s+(?:closely\s+)?with|supported|backed)\b",
    re.IGNORECASE,
)
"""Past tense only: "NATO, which supports Ukraine, met ..." names a standing stance the news sets code."""


def without_relative_help(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop AID, SUPPORT and COOPERATE whose trigger opens a relative clause in the past tense ("who
    cooperated with", "which helped") when the sentence keeps an event of another type."""
    kept = []
    for e in events:
        if (
            e.event in _HELP_TYPES
            and _HELP_VERB.match(text, e.anchor[0])
            and _RELATIVE.search(text[max(0, e.anchor[0] - 40) : e.anchor[0]])
            and any(o.event not in _HELP_TYPES for o in events)
        ):
            continue
        kept.append(e)
    return kept


# --- what someone would have to do -------------------------------------------------------------------------
_WOULD_HAVE_TO = re.compile(r"\b(?=[wmc])(?:would|might|may|could)\s+(?:have|need)\s+to\s+", re.IGNORECASE)
_DUTY_TYPES = frozenset(
    {EventType.COOPERATE, EventType.CONSULT, EventType.SUPPORT, EventType.AGREE, EventType.AID}
)


def without_imagined_duties(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop cooperative acts told as what someone "would have to" or "might need to" do."""
    spans = [(m.end(), m.end() + 2) for m in _WOULD_HAVE_TO.finditer(text)]
    if not spans:
        return list(events)
    return [e for e in events if not (e.event in _DUTY_TYPES and _in_spans(e, spans))]


# --- the later items of a demand ---------------------------------------------------------------------------
_LATER_ITEM = re.compile(r"(?:,\s*|\s)(?:and|or)\s+(?:also\s+)?to\s+$|,\s+to\s+$", re.IGNORECASE)
_DEMAND_VERB = re.compile(
    r"\b(?:calls?\s+(?:on|upon)|called\s+(?:on|upon)|urges?|urged|demands?|demanded|asks?|asked|"
    r"appeals?\s+to|appealed\s+to|invites?|invited|encourages?|encouraged)\b",
    re.IGNORECASE,
)


def without_demanded_acts(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop acts that are a later item of a demand the sentence reports (see the module): the act starts right
    after "and to" / ", to", and a REQUEST read from a verb of demand comes before it in the same clause."""
    requests = [e for e in events if e.event is EventType.REQUEST]
    if not requests:
        return list(events)
    out = []
    for e in events:
        start = e.anchor[0]
        if e.event is not EventType.REQUEST and _LATER_ITEM.search(text[max(0, start - 12) : start]):
            before = [r for r in requests if r.anchor[1] <= start and ";" not in text[r.anchor[1] : start]]
            if any(_DEMAND_VERB.search(text, r.anchor[0], r.anchor[1] + 2) for r in before):
                continue
        out.append(e)
    return out


# --- a war named as the background -------------------------------------------------------------------------
_NAMED_WAR = re.compile(
    r"\b(?:of|in|for|amid|during|since|throughout|over|continues|continued|continuing|pursues|pursuing)\s+"
    r"(?:\b(?:its|their|his|her|our|the)\s+|[\w.-]+(?:'s|’s)\s+)(?:(?:illegal|illegitimate|unprovoked|"
    r"unjustified|brutal|ongoing|continuing|aggressive|full-scale|large-scale|genocidal|criminal|senseless|"
    r"barbaric|devastating|war\s+of\s+aggression|so-called)\s+(?:and\s+)?)*war\s*$",
    re.IGNORECASE,
)
_WAGED = re.compile(
    r"\b(?:launch\w*|wag\w+|start\w*|unleash\w*|declar\w+|begin|began|begun|beginning|open\w*|escalat\w*|"
    r"act\s+of)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)


def without_named_wars(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop an ASSAULT read from "its/X's (illegal) war against Y" when the sentence reports another event and
    no verb of launching or waging governs the war (see the module)."""
    if len(events) < 2 or "war" not in lower_text(text):
        return list(events)
    out = []
    for e in events:
        start, end = e.anchor
        if e.event is EventType.ASSAULT and text[start:end].lower().startswith("war "):
            head = text[max(0, start - 60) : start + 3]
            if _NAMED_WAR.search(head) and not _WAGED.search(text[max(0, start - 60) : start]):
                continue
        out.append(e)
    return out


# --- standing formulas and advice --------------------------------------------------------------------------
_COMMITTED = re.compile(
    r"\bremains?\s+(?:fully\s+|firmly\s+|strongly\s+|steadfastly\s+)?committed\s+to\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:arms\s+control|disarmament|non-proliferation|principles?|values|goals?|vision|"
    r"ideals?|objectives?|international\s+law|charter|final\s+act|open\s+door|rules-based|full\s+implementation)\b",
    re.IGNORECASE,
)
"""A principle one remains committed to; a ceasefire, a dialogue or an act ("to supporting") is not one."""
_ADVICE = re.compile(
    r"\b(?:should|ought\s+to)\s+(?:(?:also|all|really|actively|certainly)\s+)?(?:support|back|be\s+grateful|"
    r"be\s+thankful|thank)\b",
    re.IGNORECASE,
)


def _without_spans(
    events: Sequence[Event], kind: EventType, pattern: re.Pattern[str], text: str
) -> list[Event]:
    """``events`` without those of ``kind`` whose trigger starts inside a match of ``pattern``."""
    spans = [(m.start(), m.end()) for m in pattern.finditer(text)]
    if not spans:
        return list(events)
    return [e for e in events if not (e.event is kind and _in_spans(e, spans))]


def without_standing_commitments(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop AGREE read from "remain committed to" a principle (not to an act told by a verb in -ing)."""
    return _without_spans(events, EventType.AGREE, _COMMITTED, text)


def without_advice(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop SUPPORT read from advice: "should support", "ought to back", "we should be grateful to"."""
    return _without_spans(events, EventType.SUPPORT, _ADVICE, text)


# --- acts inside an indirect question ----------------------------------------------------------------------
_ASKED_ABOUT = re.compile(
    r"\b(?=[uanqweit])(?:unclear|unknown|not\s+clear|not\s+known|questions?|asked|ask|asks|asking|wonder(?:s|ed|ing)?|"
    r"explain(?:s|ed|ing)?|investigating|to\s+determine|to\s+establish|no\s+idea)\s+"
    r"(?:about\s+|as\s+to\s+|on\s+)?(?:why|whether|how|if)\b[^,;.?!]*",
    re.IGNORECASE,
)


def without_indirect_questions(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop events whose trigger lies inside an indirect question ("unclear why ...", "asked whether ...")."""
    spans = [(m.start() + 1, m.end()) for m in _ASKED_ABOUT.finditer(text)]
    if not spans:
        return list(events)
    out = []
    for e in events:
        inside = any(lo < e.anchor[0] < hi and e.anchor[1] <= hi for lo, hi in spans)
        if not inside:
            out.append(e)
    return out


# --- blame talked about ------------------------------------------------------------------------------------
_BLAME_TALK = re.compile(
    r"\b(?:(?:everyone|everybody|no\s+one|nobody|anyone|anybody)\s+(?:\w+\s+)?blames?|"
    r"(?:just|fair|right|wrong|unfair|unjust|easy|easier|tempting|pointless|useless|wise)\s+to\s+blame)\b",
    re.IGNORECASE,
)


def without_talk_about_blame(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop ACCUSE read from blame put to everyone or judged fair or unfair (see the module)."""
    return _without_spans(events, EventType.ACCUSE, _BLAME_TALK, text)


# --- "back" as an adverb -----------------------------------------------------------------------------------
_ADVERB_BACK = re.compile(
    r"\b(?=[dgwcl])(?:dates?|dated|dating|goes|go|going|gone|went|way|comes?|came|coming|looking|looks?|looked)\s+(back)\b",
    re.IGNORECASE,
)


def without_adverb_back(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop SUPPORT read from "back" used as an adverb ("dates back to", "goes back to")."""
    starts = {m.start(1) for m in _ADVERB_BACK.finditer(text)}
    if not starts:
        return list(events)
    return [e for e in events if not (e.event is EventType.SUPPORT and e.anchor[0] in starts)]


# --- moving about a venue ----------------------------------------------------------------------------------
_ROOM_MOVE = re.compile(
    r"\b(?=[hgwpm])(?:head(?:ed|s|ing)?|went|go(?:es)?|walk(?:ed|s)?|proceed(?:ed|s)?|mov(?:ed|es)|mov(?:e|ing)\s+on)\s+"
    r"(?:on\s+)?(?:to|for|into|towards?)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:hall|halls|room|rooms|foyer|lobby|stage|podium|corridor|auditorium|floor|pavilion|stand|stands|"
    r"courtyard|garden|gallery|table|venue|exhibition|display|booth)\b",
    re.IGNORECASE,
)


def without_moves_about_a_venue(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop a CONSULT read from walking to a hall, a room or a stand during an event (see the module)."""
    return _without_spans(events, EventType.CONSULT, _ROOM_MOVE, text)


# --- emergency work at home ---------------------------------------------------------------------------------
_EMERGENCY = re.compile(
    r"\b(?:emergenc\w*|relief|rescue\w*|response\s+(?:teams?|units?|forces|groups?)|fire-?fight\w*|"
    r"wild\s?fires?|forest\s+fires?|floods?|flooding|flooded|natural\s+disasters?|evacuat\w*)\b",
    re.IGNORECASE,
)


def without_emergency_deployments(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop a MOBILIZE aimed at no other side in a sentence about rescue, relief or fighting fires and floods."""
    if not _EMERGENCY.search(text):
        return list(events)
    return [
        e
        for e in events
        if not (e.event is EventType.MOBILIZE and (not e.target or set(e.target) <= set(e.source)))
    ]


# --- relations looked back on -------------------------------------------------------------------------------
_LOOKED_BACK = re.compile(
    r"\b(?:we|they|our\s+(?:countries|nations|peoples|states)|the\s+two\s+(?:countries|nations|states))\s+"
    r"have\s+(?:\w+\s+)?(?:(?:maintained|developed|built|preserved|strengthened|created)\s+(?:and\s+)?){1,2}"
    r"(?:[\w'’-]+\s+){0,4}?(?:relations|ties|dialogue|partnership|friendship|contacts)\b",
    re.IGNORECASE,
)
_LOOKED_BACK_TYPES = frozenset({EventType.SUPPORT, EventType.COOPERATE, EventType.AGREE})


def without_relations_looked_back_on(text: str, events: Sequence[Event]) -> list[Event]:
    """Drop SUPPORT, COOPERATE and AGREE read from "we have maintained and developed relations ..."."""
    spans = [(m.start(), m.end()) for m in _LOOKED_BACK.finditer(text)]
    if not spans:
        return list(events)
    return [e for e in events if not (e.event in _LOOKED_BACK_TYPES and _in_spans(e, spans))]


def settled(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` without the readings of the module's families (see the module). A filter runs only when
    ``events`` holds a type it may drop (s30-speed: each one's expressions are the costly part)."""
    if not events:
        return []
    out = list(events)
    present = {e.event for e in out}  # (s35-speed8) the types held, read again after each filter that ran
    held: frozenset[str] | None = None
    for kinds, drop in _FILTERS:
        if kinds is None or not kinds.isdisjoint(present):
            gate = _WORD_GATES.get(drop)
            if gate is not None:
                if held is None:
                    held = _GATES.held(text)  # (s38-speed13) read once, each gate a set test
                if gate.isdisjoint(held):
                    continue  # none of the words its expressions need: the filter keeps every event
            out = drop(text, out)
            present = {e.event for e in out}
    return out


_CONSULT = frozenset({EventType.CONSULT})
_FILTERS: tuple[tuple[frozenset[EventType] | None, Callable[[str, list[Event]], list[Event]]], ...] = (
    (_CONSULT, without_attendance_lists),
    (_CONSULT, without_earlier_meetings),
    (_ENABLED_TYPES, without_enabled_acts),
    (_ROLE_TYPES, without_described_roles),
    (_HELP_TYPES, without_relative_help),
    (_DUTY_TYPES, without_imagined_duties),
    (frozenset({EventType.REQUEST}), without_demanded_acts),
    (frozenset({EventType.ASSAULT}), without_named_wars),
    (frozenset({EventType.AGREE}), without_standing_commitments),
    (frozenset({EventType.SUPPORT}), without_advice),
    (None, without_indirect_questions),
    (frozenset({EventType.ACCUSE}), without_talk_about_blame),
    (frozenset({EventType.SUPPORT}), without_adverb_back),
    (_CONSULT, without_moves_about_a_venue),
    (frozenset({EventType.MOBILIZE}), without_emergency_deployments),
    (_LOOKED_BACK_TYPES, without_relations_looked_back_on),
)
"""Each filter in the order :func:`settled` runs them, with the types it may drop (``None``: any)."""

_GATES = WordGates()
_WORD_GATES: dict[Callable[[str, list[Event]], list[Event]], frozenset[str]] = {
    without_enabled_acts: _GATES.gate(("allow", "enable", "permit", "let", "which")),
    without_described_roles: _GATES.gate(("that", "which")),
    without_relative_help: _GATES.gate(
        ("cooperated", "collaborated", "helped", "assisted", "worked", "supported", "backed")
    ),
    without_imagined_duties: _GATES.gate(("would", "might", "may", "could")),
    without_standing_commitments: _GATES.gate(("committed",)),
    without_advice: _GATES.gate(("should", "ought")),
    without_indirect_questions: _GATES.gate(("why", "whether", "how", "if")),
    without_talk_about_blame: _GATES.gate(("blame",)),
    without_adverb_back: _GATES.gate(("back",)),
    without_moves_about_a_venue: _GATES.gate(
        (
            "hall",
            "room",
            "foyer",
            "lobby",
            "stage",
            "podium",
            "corridor",
            "auditorium",
            "floor",
            "pavilion",
            "stand",
            "courtyard",
            "garden",
            "gallery",
            "table",
            "venue",
            "exhibition",
            "display",
            "booth",
        )
    ),
    without_emergency_deployments: _GATES.gate(
        ("emergenc", "relief", "rescue", "response", "fire", "flood", "disaster", "evacuat")
    ),
    without_relations_looked_back_on: _GATES.gate(
        ("relations", "ties", "dialogue", "partnership", "friendship", "contacts")
    ),
}
"""(s38-speed13) Filters whose expressions cannot match without one of these words (in any letter case): a
filter whose words the sentence lacks keeps every event, and is not run."""
