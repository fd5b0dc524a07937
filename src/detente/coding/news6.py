"""News wording of session 29 (helper news6): acts that wire reports tell with the words of one type while
PLOVER files them under another, calls and attacks told in passing, and help that is only a description.
Each reads a family of wordings.

* **Repression told with the words of a sanction.** "TV channels were banned from covering the party's
  rallies", "froze the bank accounts of opposition activists", "closed its border to migrants": a ban,
  bar, freeze or closure by a named side whose sufferers are a state's own people (media, activists,
  protesters, migrants ...) restricts freedoms, PLOVER's COERCE, not a cut in relations between sides
  (:func:`people_repressed`). A ban told as "sanctions" or on visas stays SANCTION, and so does any
  measure aimed at a state. An "exit ban" keeps a person from leaving: always COERCE.
* **Necessities kept from a place.** "cut off water and electricity to Gaza", "stopped food and medicine
  from entering the city": withholding what people live on is a siege's coercion (PLOVER COERCE), not a
  cut of trade or of a donor's aid (:func:`necessities_withheld`). A donor halting its aid ("suspended
  aid to Niger"), a gas or oil cut-off and curbs on trade ("restrictions on food imports") stay SANCTION.
* **International bodies sent away.** "banned the UN relief agency from operating in its territory",
  "expelled the Red Cross": ending the presence of an international mission or aid body is PLOVER's
  SANCTION (terminate the presence of aid agencies, observers, peacekeepers), not the repression of a
  group (:func:`missions_ended`).
* **A call told as the time of another act.** "Macron condemned the measures, following a phone call
  with Merkel", "After a video conference with EU leaders, Biden said ...": the call took place, a mutual
  CONSULT of the main clause's subject and the sides named after "with" (:func:`calls_told_in_passing`),
  as :mod:`.news5` reads visits; mode "phone" for calls. Not when the sentence already codes a CONSULT,
  only after or during the call ("ahead of a call with" is a plan), and only with a state or body on the
  other end ("a call with police chiefs" is a government's own business). Meetings and talks told so
  were tried and left out: the read gold does not code "at his meeting with X, Y proposed ...".
* **An attack named by its date.** "the mastermind behind the Oct. 7 attacks", "the militants' raid on
  border towns in October 2023": an attack named by its calendar date is a known past event the sentence
  refers to, not news of an attack, when the sentence tells another act or the date gives the year
  (:func:`dated_attacks_as_background`), as :mod:`.news5` reads "soon after Russia invaded Ukraine";
  so is what a relative clause says that attack did ("..., which killed 1,200"). An attack told by its
  verb ("militants attacked the base on October 7") is kept.
* **Help as a description.** "the UN agency that helps Palestinians", "a charity which assists refugees":
  what an organisation does, told in a relative clause, is no act of aid (:func:`help_described`).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, Polarity, derived_fields
from detente.coding.patterns import Token, canon_words, words
from detente.coding.roleparts import Make, Roles

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit


__all__ = [
    "calls_told_in_passing",
    "dated_attacks_as_background",
    "help_described",
    "missions_ended",
    "necessities_withheld",
    "people_repressed",
    "settled",
]


def settled(tokens: Sequence[Token], events: Sequence[Event]) -> list[Event]:
    """``events`` with the five readings of the module's note applied, in order."""
    if not events:
        return list(events)
    out = people_repressed(tokens, events)
    out = necessities_withheld(tokens, out)
    out = missions_ended(tokens, out)
    out = dated_attacks_as_background(tokens, out)
    return help_described(tokens, out)


def _span(tokens: Sequence[Token], event: Event) -> list[int]:
    """Indexes of the tokens of the event's trigger words."""
    return [k for k, t in enumerate(tokens) if event.anchor[0] <= t.start < event.anchor[1]]


def _retyped(event: Event, etype: EventType, mode: str) -> Event:
    return dataclasses.replace(event, event=etype, mode=mode, derived=derived_fields(etype, mode))


# --- repression told with the words of a sanction -------------------------------------------------------
_OWN_PEOPLE = frozenset(
    {
        "media", "journalists", "opposition", "activists", "protesters", "dissidents", "civilians",
        "students", "rights groups", "critics", "rioters", "workers", "unions", "doctors", "nurses",
        "migrants", "refugees",
    }
)  # fmt: skip
"""Group codes of a state's own people: measures against them are repression, not reduced relations."""
_RESTRICTING = canon_words(
    "ban bans banned banning bar bars barred barring block blocks blocked blocking freeze freezes froze "
    "frozen freezing close closes closed closing shut shuts shutting suspend suspends suspended suspending "
    "revoke revokes revoked revoking outlaw outlaws outlawed outlawing prohibit prohibits prohibited "
    "prohibiting restrict restricts restricted restricting"
)
_RELATIONS_WORDS = canon_words("sanction sanctions sanctioned visa visas embargo embargoes tariff tariffs")
_MEDIA = frozenset({"media", "journalists"})


def people_repressed(tokens: Sequence[Token], events: Sequence[Event]) -> list[Event]:
    """``events`` with a SANCTION that restricts a state's own people, or an exit ban, read as COERCE (see
    the module's note); an event already told as COERCE by the same trigger is not doubled."""
    out: list[Event] = []
    for e in events:
        mode = _repression_mode(tokens, e)
        out.append(e if mode is None else _retyped(e, EventType.COERCE, mode))
    return _without_doubles(out)


def _repression_mode(tokens: Sequence[Token], event: Event) -> str | None:
    if event.event is not EventType.SANCTION:
        return None
    norms = [tokens[k].norm for k in _span(tokens, event)]
    if any(a == "exit" and b in ("ban", "bans") for a, b in itertools.pairwise(norms)):
        return "restrict"
    if not event.source or not event.target or not set(event.target) <= _OWN_PEOPLE:
        return None  # the state that represses is named: an unnamed ban may be anyone's (a firm's, a club's)
    if not any(n in _RESTRICTING for n in norms) or any(n in _RELATIONS_WORDS for n in norms):
        return None
    return "censor" if set(event.target) <= _MEDIA else "restrict"


def _without_doubles(events: Sequence[Event]) -> list[Event]:
    """``events`` without a later one of the same type, sides and trigger as an earlier one."""
    seen: set[tuple[EventType, tuple[str, ...], tuple[str, ...], tuple[int, int]]] = set()
    out: list[Event] = []
    for e in events:
        key = (e.event, e.source, e.target, e.anchor)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


# --- necessities kept from a place -------------------------------------------------------------------------
_NECESSITIES = canon_words("water food medicine medicines medical necessities")
_AID_WORDS = canon_words("aid supplies convoys trucks")
_INTO = canon_words("into entering entry")
_TRADE = canon_words("import imports export exports trade sales purchases")
_CLAUSE_END = frozenset({".", ";", ":"})


def necessities_withheld(tokens: Sequence[Token], events: Sequence[Event]) -> list[Event]:
    """``events`` with a SANCTION that keeps water, food or medicine from a place, or aid from entering it,
    read as COERCE/withhold (see the module's note), and without a "cut off ... water" reading whose words
    between are more than a list of supplies ("cut off the town, where residents lack water")."""
    out = [_retyped(e, EventType.COERCE, "withhold") if _withholds(tokens, e) else e for e in events]
    return _without_doubles([e for e in out if not _overreaching_cut(tokens, e)])


_SUPPLY_LIST = canon_words(
    "fuel electricity power water food medicine medicines medical necessities supplies gas basic other "
    "essential vital and all the its their of , internet aid humanitarian deliveries"
)


def _overreaching_cut(tokens: Sequence[Token], event: Event) -> bool:
    if event.event is not EventType.COERCE or event.mode != "withhold":
        return False
    span = _span(tokens, event)
    if len(span) < 3 or tokens[span[0]].norm != "cut" or tokens[span[1]].norm != "off":
        return False
    if tokens[span[-1]].norm not in _NECESSITIES:
        return False  # another phrase's reading ("cut off aid to ..."), left as it is
    return any(tokens[k].norm not in _SUPPLY_LIST for k in span[2:])


def _withholds(tokens: Sequence[Token], event: Event) -> bool:
    if event.event is not EventType.SANCTION:
        return False
    span = _span(tokens, event)
    if not span:
        return False
    reach: list[str] = []
    for k in range(span[0], min(len(tokens), span[-1] + 9)):
        if tokens[k].norm in _CLAUSE_END:
            break
        reach.append(tokens[k].norm)
    if any(n in _TRADE for n in reach):
        return False  # "restrictions on food imports": a curb on trade
    if any(n in _NECESSITIES for n in reach):
        return True
    return any(n in _AID_WORDS for n in reach) and any(n in _INTO for n in reach)


# --- international bodies sent away ------------------------------------------------------------------------
_BODIES = frozenset({"UN", "ICRC", "MSF", "OSCE", "IAEA", "AU", "ICC", "WORLD_BANK", "IMF"})
"""International missions, agencies and aid bodies whose presence a state can end."""
_SENDING_AWAY = canon_words(
    "ban bans banned banning expel expels expelled expelling expulsion bar bars barred barring evict evicts "
    "evicted"
)


def missions_ended(tokens: Sequence[Token], events: Sequence[Event]) -> list[Event]:
    """``events`` with a COERCE that bans or expels an international body read as SANCTION/expel (see the
    module's note)."""
    out = [_retyped(e, EventType.SANCTION, "expel") if _body_sent_away(tokens, e) else e for e in events]
    return _without_doubles(out)


def _body_sent_away(tokens: Sequence[Token], event: Event) -> bool:
    if event.event is not EventType.COERCE or not event.target or not set(event.target) <= _BODIES:
        return False
    return any(tokens[k].norm in _SENDING_AWAY for k in _span(tokens, event))


# --- an attack named by its date ---------------------------------------------------------------------------
_ATTACK_NOUNS = words(
    "attack attacks assault assaults invasion bombing bombings massacre massacres raid raids incursion "
    "offensive atrocities"
)
_MONTH_WORDS = words(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec"
)


def dated_attacks_as_background(tokens: Sequence[Token], events: Sequence[Event]) -> list[Event]:
    """``events`` without an ASSAULT told by an attack noun that a calendar date names, or by the relative
    clause that tells what that attack did ("the Oct. 7 attacks, which killed 1,200"), when the sentence
    codes an act of another type or the date names its year (see the module's note)."""
    if not any(e.event is EventType.ASSAULT for e in events):
        return list(events)
    other = any(e.event is not EventType.ASSAULT for e in events)
    regions = [r for r in (_background_region(tokens, k, other) for k in range(len(tokens))) if r is not None]
    if not regions:
        return list(events)
    return [e for e in events if not (e.event is EventType.ASSAULT and _inside(tokens, e, regions))]


def _inside(tokens: Sequence[Token], event: Event, regions: Sequence[tuple[int, int]]) -> bool:
    span = _span(tokens, event)
    return bool(span) and any(lo <= span[0] < hi for lo, hi in regions)


_GOVERNING = words("behind in of after since before during over for by with from about to on against")
_RELATIVE_OPENERS = words("which that who")
_CLAUSE_BREAKS = frozenset({";", "-", "--", "\u2013", "\u2014", "(", ")"})


def _background_region(tokens: Sequence[Token], at: int, other: bool) -> tuple[int, int] | None:
    """Token range of a dated attack noun at ``at`` and of a relative clause after it, when the attack is
    told as background; ``None`` otherwise."""
    if tokens[at].norm not in _ATTACK_NOUNS or not _dated(tokens, at):
        return None
    lo = at
    while lo > 0 and at - lo < 6 and tokens[lo - 1].norm not in _GOVERNING and tokens[lo - 1].norm != ",":
        lo -= 1
    if not (other or any(_is_year(t.norm) for t in tokens[max(0, at - 4) : at + 8])):
        return None  # "clues found after the Oct. 13 attack that left ... dead": the attack may be the news
    hi = min(len(tokens), at + 8)
    for k in range(at + 1, min(len(tokens), at + 12)):
        if tokens[k].norm in _RELATIVE_OPENERS:
            end = next((j for j in range(k, len(tokens)) if tokens[j].norm in _CLAUSE_BREAKS), len(tokens))
            return (lo, end)
        if tokens[k].norm in (";", "."):
            break
    return (lo, hi)


def _dated(tokens: Sequence[Token], at: int) -> bool:
    before = [t.norm for t in tokens[max(0, at - 4) : at]]
    if any(n in _MONTH_WORDS for n in before) or any(_is_year(n) or "/" in n for n in before):
        return True  # "the Oct. 7 attacks", "the 2022 invasion", "the 9/11 attacks"
    after = tokens[at + 1 : at + 8]
    for k, t in enumerate(after):
        if t.norm in (";", ".") and not (k > 0 and after[k - 1].norm in _MONTH_WORDS):
            return False
        if t.norm == "in" and any(_is_year(x.norm) for x in after[k + 1 : k + 3]):
            return True  # "the attack on Israel in October 2023", "the invasion in 2014"
    return False


def _is_year(norm: str) -> bool:
    return len(norm) == 4 and norm.isdigit() and norm[:2] in ("19", "20")


# --- help as a description -------------------------------------------------------------------------------
_HELPING = canon_words("helps assists aids supports serves")
_RELATIVES = words("that which who")


def help_described(tokens: Sequence[Token], events: Sequence[Event]) -> list[Event]:
    """``events`` without an AID told in a relative clause of the present tense ("the agency that helps
    Palestinians"): a description of what an organisation does (see the module's note)."""
    return [e for e in events if not _described_help(tokens, e)]


def _described_help(tokens: Sequence[Token], event: Event) -> bool:
    if event.event is not EventType.AID:
        return False
    span = _span(tokens, event)
    if not span or span[0] == 0:
        return False
    return tokens[span[0]].norm in _HELPING and tokens[span[0] - 1].norm in _RELATIVES


# --- a call or talks told as the time of another act ----------------------------------------------------
_CALL = re.compile(
    r"\b(?=[afdi])(?:after|following|during|in)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>(?:tele)?phone\s+call|call|(?:tele)?phone\s+conversation|conversation|video\s*conference|"
    r"videoconference|video\s+call|phone\s+briefing|briefing)\s+with\s+",
    re.IGNORECASE,
)
_NOT_CALLS = words("campaign press news planned upcoming scheduled next proposed possible")
_PHONE = re.compile(r"phone|call|video", re.IGNORECASE)


def calls_told_in_passing(
    text: str, units: Sequence[Unit], events: Sequence[Event], make: Make
) -> list[Event]:
    """``events`` with a CONSULT for a call the sentence tells as the time of another act (see the module's
    note); none added when the sentence already codes a CONSULT. ``make`` finishes an event."""
    if any(e.event is EventType.CONSULT for e in events) or " with " not in text:
        return list(events)
    for m in _CALL.finditer(text):
        if any(w.lower() in _NOT_CALLS for w in m.group(0).split()):
            continue
        event = _call_event(text, units, m, make)
        if event is not None:
            return [*events, event]
    return list(events)


def _call_event(text: str, units: Sequence[Unit], m: re.Match[str], make: Make) -> Event | None:
    coded = [u for u in units if u.code is not None and not u.locative]
    after = [u for u in coded if m.end() <= u.start <= m.end() + 12]
    if not after:
        return None
    target = after[0]
    if not (target.code or "").isupper():
        return None  # "a call with police chiefs": a state's own officials, no side
    source = _caller(text, coded, m, target)
    if source is None or source.code == target.code:
        return None
    mode = "phone" if _PHONE.search(m.group("noun")) else "meet"
    others = _with_phrase(text, coded, m, target)
    sides = tuple(dict.fromkeys([source.code or "", *(u.code or "" for u in others)]))
    roles = Roles(sides, (), (m.start(), others[-1].end), mutual=True)
    return make(EventType.CONSULT, mode, roles, Polarity.ASSERTED, m.start(), m.end(), m.group("noun"))


def _with_phrase(text: str, coded: Sequence[Unit], m: re.Match[str], first: Unit) -> list[Unit]:
    """The sides named after "with" up to the end of that phrase ("with Germany's chancellor and other EU
    officials"): the call's other parties."""
    stops = [i for i in (text.find(c, first.end) for c in ",;.:") if i >= 0]
    end = min(stops) if stops else len(text)
    return [first, *(u for u in coded if first.end <= u.start < end and u.code != first.code)]


def _caller(text: str, coded: Sequence[Unit], m: re.Match[str], target: Unit) -> Unit | None:
    """Who made the call: the subject after a fronted phrase ("After a call with X, Y said"), else the
    first side named before it in its clause."""
    head = text[: m.start()]
    if not head.strip(" \"'\u201c"):
        comma = text.find(",", m.end())
        if comma < 0:
            return None
        later = [u for u in coded if comma < u.start <= comma + 40]
        return later[0] if later else None
    clause = max(head.rfind(";"), head.rfind("."), head.rfind(":"))
    before = [u for u in coded if clause < u.start and u.end <= m.start() and u is not target]
    agent = head.rfind(" by ")
    owned = re.search(r"\b(?:his|her|their)\b", m.group(0), re.IGNORECASE) is not None
    if (
        owned and agent > clause
    ):  # "was declared by the president following his call with ...": the agent called
        before = [u for u in before if u.start > agent] or before
    return before[0] if before else None
