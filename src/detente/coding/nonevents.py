"""Coded events that real text shows are not events: the last precision filters of a sentence.

Written from a judged sample of events coded on real pages (Kremlin pages and English news bodies): the
wrong ones fell into a few families, and each filter below removes one family wherever its cue appears,
not one sentence.

- **No doer, no state.** The conventions always name a source (an unnamed attacker is "militants"), but
  the coder keeps some events whose source it could not name. When the sentence names no state or
  organisation either (nor any name the dictionary does not know), and no sides a document could
  supply ("the parties", "the two leaders", "they", "we"), such an event is a crime or accident story
  or a verb used of nobody. Meetings, praise, agreements and attacks are left alone: a readout's sides
  come from its document, and an attack's unnamed doer is coded by convention. An attack with no doer
  in a sentence about a crash or a disease is an accident or an illness.
- **Ceremony.** Good wishes ("wished ... good health"), congratulations on a holiday, a day, a birthday
  or an anniversary, condolences on a personal loss, awards and decorations, greetings and thanks
  addressed to an audience ("Welcome, everyone", "thanking the panel"): courtesy, not a political act.
- **Look-alikes.** Words of the trigger lists used of other things: to "meet" interests, needs or a
  deadline; a reform or a market that "demands" something; to "shoot" a video; to "fire" staff; to
  "withdraw from the race"; a feud or a crisis that "threatens"; a TV "host"; a visit to a centre, a
  school or a polling station; "attacks" and bans in sport and in films.
- **Not asserted.** Proposals put as "let us ..." (the proposal is not the act: "Let us sit down at the
  negotiating table"); opinions agreed with ("I agree with you", "did not agree that ..."); acts put to
  an impersonal someone ("one could say we gave in", "if anybody says ..."); acts there is "no
  information" or "no evidence" of; "the right to" do a thing; creeds ("do not support anything that
  ..."); "any person who ..."; a treaty preamble's clause ("Acknowledging and supporting ...,").

:func:`kept_events` is called once per sentence on the coder's final list; every cue is a token set
looked up in a few positions around the trigger, so a sentence costs a handful of set lookups.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType
from detente.coding.patterns import Token, words
from detente.coding.units import Unit

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = ["kept_events"]

_CLAUSE_END = frozenset({".", ";", ":", "!", "?", "—", "–"})

_UNNAMED_DOERS = frozenset(
    {EventType.CONSULT, EventType.SUPPORT, EventType.AGREE, EventType.ASSAULT, EventType.COERCE}
)
"""What a readout tells without naming who ("the talks were held", "documents were signed", "it was agreed
to ..."): the document may supply the sides; and attacks, whose unnamed doer the conventions name
("militants")."""
_OFFICIAL_ACTS = frozenset(
    {
        EventType.ACCUSE,
        EventType.REJECT,
        EventType.THREATEN,
        EventType.PROTEST,
        EventType.SANCTION,
        EventType.MOBILIZE,
    }
)
"""Hostile acts an unnamed official ("the ministry", "the minister") is told to have done: the coder keeps
them with empty actor lists rather than lose them."""
_ACCIDENTS = words(
    "crash crashed crashes accident accidents collision collided derailed derailment drowned drowning "
    "avalanche earthquake landslide hurricane typhoon tornado blaze overdose coronavirus virus covid covid-19 "
    "pandemic epidemic disease cancer"
)
_SIDE_WORDS = words(
    "two both parties sides side leaders presidents heads delegations talks summit meeting meetings they "
    "we our ministers counterparts negotiators"
)
_FACILITIES = words(
    "centre center plant factory school hospital museum exhibition university enterprise farm shipyard site "
    "institute cathedral church monastery complex hall stadium gallery laboratory academy station stations "
    "memorial polling house-museum"
)

# --- ceremony -----------------------------------------------------------------------------------------
_COURTESY_TYPES = frozenset(
    {EventType.SUPPORT, EventType.AGREE, EventType.CONSULT, EventType.COOPERATE, EventType.REQUEST}
)
_WISH = words("wish wishes wished wishing")
_GOOD_LIFE = words(
    "health happiness success successes prosperity well-being wellbeing luck happy holiday holidays birthday"
)
_CONGRATULATE = words(
    "congratulate congratulates congratulated congratulating congratulations greetings greeted"
)
_OCCASION = words("day holiday holidays birthday anniversary jubilee christmas easter")
_CONDOLENCE = words("condolence condolences sympathy sympathies")
_KIN = words("mother father wife husband son daughter brother sister passing")
_AWARD = words(
    "award awards awarded decorated decoration decorations medal medals prize prizes honorary laureate laureates"
)
_AUDIENCE = words(
    "everyone everybody audience panel panellists panelists participants attention ladies gentlemen"
)
_WELCOME_THANKS = words("welcome welcomed welcoming thank thanks thanked thanking grateful gratitude")

# --- look-alikes --------------------------------------------------------------------------------------
_MEET_WORDS = words("meet meets meeting met")
_MET_THINGS = words(
    "interests interest needs need demand demands requirements requirement deadline deadlines target targets "
    "directive directives standard standards expectations criteria goals goal obligations obligation costs "
    "challenge challenges quota quotas threshold conditions commitments payroll payments"
)
_DEMAND_WORDS = words("demand demands demanded require requires required necessitate necessitates")
_ABSTRACT_DOERS = words(
    "reform reforms market markets liberalisation liberalization situation economy process development task "
    "tasks work project projects programme program implementation logic circumstances growth industry "
    "sector technology modernisation modernization competition"
)
_SHOOT_WORDS = words("shot shoot shoots shooting filmed")
_PICTURES = words(
    "video videos film films footage photo photos photograph photographs picture pictures scene scenes "
    "movie movies documentary episode clip clips commercial advert selfie"
)
_PERSONNEL = words(
    "staff staffers employees employee workers worker manager managers coach coaches ceo director directors "
    "executive executives aide aides adviser advisers advisor advisors spokesman spokeswoman teacher teachers"
)
_SPORT = words(
    "tournament championship championships footballer footballers striker goalkeeper midfielder "
    "playoff playoffs semi-final semifinal quarter-final quarterfinal innings wicket "
    "scored goalless hat-trick fixture fixtures"
)
_FICTION = words("movie movies protagonist screenplay sequel actress sitcom filmmaker box-office")
_HOSTILE_LOOKS = frozenset(
    {
        EventType.ASSAULT,
        EventType.COERCE,
        EventType.SANCTION,
        EventType.THREATEN,
        EventType.REJECT,
        EventType.ACCUSE,
        EventType.MOBILIZE,
    }
)

_THREAT_WORDS = words("threaten threatens threatened threatening")
_ABSTRACT_THREATS = words(
    "feud row dispute crisis situation move plan decision rift scandal storm tensions tension weather "
    "flooding floods fire fires drought virus pandemic disease inflation debt deficit"
)
_WITHDRAW_WORDS = words("withdraw withdraws withdrew withdrawn withdrawing pulled pull pulls quit quits")
_CONTESTS = words(
    "race contest election elections primary primaries campaign competition tournament championship "
    "nomination ballot"
)
_MEDIA = words(
    "tv television radio talk-show show podcast nbc cnn fox bbc msnbc abc cbs programme program news"
)
_VISIT_WORDS = words("visit visits visited visiting arrive arrives arrived arriving toured tour tours")

# --- not asserted -------------------------------------------------------------------------------------
_ANYONE = words("anybody anyone somebody someone whoever")
_MODALS = words("could might may can would")
_NO_FACT = words("information evidence proof grounds")
_AGREE_WORDS = words("agree agrees agreed")
_RELATIVES = words("who which that")
_STANCES = frozenset({EventType.SUPPORT, EventType.ACCUSE, EventType.REJECT})


def kept_events(
    tokens: Sequence[Token],
    units: Sequence[Unit],
    events: Sequence[Event],
    is_side: Callable[[str], bool] | None = None,
) -> list[Event]:
    """The sentence's ``events`` without those its ``tokens`` show are no events (see the module);
    ``units`` are the sentence's actor positions (a state or organisation among them is a political actor)."""
    if not events:
        return []
    norms = [t.norm for t in tokens]
    present = frozenset(norms)
    # a state, an organisation or a polity; or a name the dictionary does not know, which may be one (the
    # coder keeps events between unknown names with empty actor lists: "Arnor restored ties with Gondor")
    political = any(
        u.kind == "unknown" or (u.code and (u.code[:1].isupper() or (is_side and is_side(u.code))))
        for u in units
    )
    official = any(u.kind == "title" for u in units)  # "The Foreign Ministry called ...", "the minister"
    return [
        e
        for e in events
        if not _dropped(tokens, norms, present, e, political or (official and e.event in _OFFICIAL_ACTS))
    ]


def _dropped(
    tokens: Sequence[Token], norms: Sequence[str], present: frozenset[str], event: Event, political: bool
) -> bool:
    if not event.source and event.event not in _UNNAMED_DOERS and not political and not present & _SIDE_WORDS:
        # no doer, and nobody political in the sentence: a crime, an accident, a verb used of nobody (a
        # readout's "the parties", "the two leaders" or "they" may still be resolved by the document)
        return True
    if not event.source and event.event is EventType.ASSAULT and present & _ACCIDENTS:
        return True  # "an airliner crashed, killing nine people", "the virus has killed six": nobody attacked
    at = _trigger_index(tokens, event)
    return (
        _ceremony(norms, present, event, at)
        or _look_alike(norms, present, event, at)
        or _not_asserted(norms, present, event, at)
    )


def _trigger_index(tokens: Sequence[Token], event: Event) -> int:
    """The token where the event's trigger starts (``-1`` when the event has no anchor in the tokens)."""
    start, end = event.anchor
    if end <= start:
        return -1
    for i, tok in enumerate(tokens):
        if tok.start >= start:
            return i if tok.start < end else -1
    return -1


def _clause_before(norms: Sequence[str], at: int, width: int = 12) -> Sequence[str]:
    """Up to ``width`` tokens before ``at``, back to the clause's start."""
    out: list[str] = []
    for k in range(at - 1, max(-1, at - 1 - width), -1):
        if norms[k] in _CLAUSE_END:
            break
        out.append(norms[k])
    out.reverse()
    return out


def _clause_after(norms: Sequence[str], at: int, width: int = 5) -> Sequence[str]:
    out: list[str] = []
    for k in range(at + 1, min(len(norms), at + 1 + width)):
        if norms[k] in _CLAUSE_END or norms[k] == ",":
            break
        out.append(norms[k])
    return out


def _ceremony(norms: Sequence[str], present: frozenset[str], event: Event, at: int) -> bool:
    if event.event not in _COURTESY_TYPES:
        return False
    own = (
        not event.target
        or set(event.target) <= set(event.source)
        or not any(c[:1].isupper() for c in event.target)
    )
    if own and present & _WISH and present & _GOOD_LIFE:
        return True  # "wished ... good health and happiness", "wished all Muslims a happy holiday"
    if not event.target and present & _CONGRATULATE and present & _OCCASION:
        return True  # "congratulated ... on Russia Day", "... on the anniversary of ..."
    if present & _CONDOLENCE and present & _KIN:
        return True  # "condolences following the passing of his mother"
    if own and at >= 0 and norms[at] in _AWARD:
        return True  # "awarded the Order of ...", "presented the prize"
    if own and present & _WELCOME_THANKS and present & _AUDIENCE:
        return True  # "Welcome, everyone", "join me in thanking ... our participants"
    return bool(norms) and norms[-1] == ":" and bool(present & _CONGRATULATE)  # "a message of greetings ...:"


def _look_alike(norms: Sequence[str], present: frozenset[str], event: Event, at: int) -> bool:
    if at < 0:
        return False
    word = norms[at]
    if event.event is EventType.CONSULT and word in _MEET_WORDS:
        return any(w in _MET_THINGS for w in _clause_after(norms, at))  # "meet the interests of ..."
    if event.event is EventType.REQUEST and word in _DEMAND_WORDS:
        before = _clause_before(norms, at, 3)
        if before and before[-1] in _ABSTRACT_DOERS:
            return True  # "the reform demanded a gradual arrangement"
    if event.event is EventType.ASSAULT and word in _SHOOT_WORDS and present & _PICTURES:
        return True  # "producing videos ... we even shot one in outer space"
    if event.event is EventType.THREATEN and word in _THREAT_WORDS:
        before = _clause_before(norms, at, 2)
        if before and before[-1] in _ABSTRACT_THREATS:
            return True  # "whose feud threatened to undermine ...": a thing, not an actor, threatens
    if event.event is EventType.RETREAT and word in _WITHDRAW_WORDS:
        after = _clause_after(norms, at, 4)
        if after[:1] == ["from"] and any(w in _CONTESTS for w in after):
            return True  # "withdrew from the race": a candidate, not a force
    if event.event is EventType.CONSULT and word == "host" and at > 0 and norms[at - 1] in _MEDIA:
        return True  # "NBC host Megyn Kelly": a title
    if (
        event.event is EventType.CONSULT
        and word in _VISIT_WORDS
        and _FACILITIES.intersection(_clause_after(norms, at, 6))
    ):
        return True  # "arrive at the polling stations", "visited the sports centre"
    if event.event is EventType.ASSAULT and word == "fired":
        after = _clause_after(norms, at, 4)
        if after and after[0] not in ("on", "at", "upon", "into") and any(w in _PERSONNEL for w in after):
            return True  # "the UN fired nine staff members"
    return event.event in _HOSTILE_LOOKS and bool(present & _SPORT or present & _FICTION)


def _not_asserted(norms: Sequence[str], present: frozenset[str], event: Event, at: int) -> bool:
    if at < 0:
        return False
    if norms[:1] == ["if"] and len(norms) > 2 and (norms[1] in _ANYONE or norms[1:3] == ["a", "person"]):
        return True  # "If anybody in the U.S. says ...", "If a person does not trust the court, he appeals"
    before = _clause_before(norms, at, 30)
    if event.event not in (EventType.AGREE, EventType.REQUEST) and _let_us(before):
        return True  # "Let us sit down at the negotiating table": a proposal, not a meeting held
    if event.event is EventType.AGREE and norms[at] in _AGREE_WORDS:
        nxt = norms[at + 1] if at + 1 < len(norms) else ""
        if "i" in before[-3:] and nxt in ("with", "that", ",", "", ".", ":"):
            return True  # "I agree with you", "I also agree with our colleague": an opinion
        if nxt == "that" and before and before[-1] in ("not", "n't"):
            return True  # "did not agree that the Treaty was outdated": a view, not a refusal
    if event.event in _STANCES and norms[at + 1 : at + 2] in (["anything"], ["everything"]):
        return True  # "We do not support anything that is related to separatism": a creed
    if event.event is not EventType.THREATEN and before[-2:] == ["right", "to"]:
        return True  # "has the right to grant a pardon": an entitlement, not an act
    for k, w in enumerate(before):
        if (
            w == "one"
            and before[k + 1 : k + 2]
            and before[k + 1] in _MODALS
            and before[k + 2 : k + 4] == ["say", "that"]
        ):
            return True  # "Of course, one could say that we gave in"
        if w == "no" and before[k + 1 : k + 2] and before[k + 1] in _NO_FACT:
            return True  # "had no information to prove that Syria was funding ..."
        if w == "any" and _RELATIVES.intersection(before[k + 1 : k + 5]):
            return True  # "any person or entity which seeks to ... is subjected to censure"
    return (
        bool(norms) and norms[-1] == "," and norms[0].endswith("ing")
    )  # "Acknowledging and supporting ...,"


def _let_us(before: Sequence[str]) -> bool:
    return any(
        w == "let" and k + 1 < len(before) and before[k + 1] in ("us", "'s") for k, w in enumerate(before)
    )
