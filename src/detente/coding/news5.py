"""News wording read from the read news sets (session 28, helper news): one recall rule for CONSULT, and
precision filters for ASSAULT and SUPPORT. Each reads a family of wordings, not a sentence.

* **A visit told as the time of another act.** "Merkel raised human rights during a visit to China", "On a
  trip to Kyiv, Blinken announced new aid", "the presidency said after Sarkozy's talks in the Kremlin": the
  visit took place, a CONSULT from the visitor (the possessor of the talks, else the subject of the main
  clause) to the place or side visited (:func:`visits_told_in_passing`). Not for a planned visit ("ahead
  of his visit to ...", "before his trip to ..."), not for "talks in Moscow" with no possessor (the venue
  of others' talks), and not when the sentence already codes a meeting. Run for sentences without a
  speaker only: statements have their own readers of visits.
* **An invasion or an attack given as the time of another act.** "the two sought EU membership in
  spring 2022, soon after Russia invaded Ukraine", "rebuked its allies ... after Israel and the US bombed Iran
  in late February": the attack in the "after"/"since" clause of a dated sentence only dates the main act;
  no ASSAULT is coded for it (:func:`without_background_attacks`). An attack that is the main clause's own
  act, a sentence with no other act, and an undated "after" clause (news of the day) are kept.
* **The war a protest is against.** "marched to protest Israel's war on Gaza", "rallied against Russia's
  invasion of Ukraine": a standing war named by its owner's noun as the object of a protest is no new
  attack; the protest only is coded (:func:`without_protested_wars`), as for "in protest at [an act]".
  "to protest against the bombing of Yugoslavia by NATO aircraft" (an act of the day, by an agent) keeps
  both.
* **Words, not blows.** "Everybody went and attacked Ambassador Haley tonight": "attacked" a politician
  named by person or title, in a sentence with no word of violence or of a place struck, is campaign talk,
  no ASSAULT (:func:`words_not_blows`).
* **Support that is no one's backing.** "the air base at Manas, which supports military operations" (a
  thing's use in a relative clause) and "the Republicans he eschewed endorsing" (backing shunned) are no
  SUPPORT (:func:`without_idle_support`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import Token, norms_of, words
from detente.coding.roleparts import Make, Roles
from detente.coding.text import WordCheck

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = [
    "visits_told_in_passing",
    "without_background_attacks",
    "without_idle_support",
    "without_protested_wars",
    "words_not_blows",
]


# --- a visit or talks told as the time of another act --------------------------------------------------
_VISIT = re.compile(
    r"\b(?=[doiw])(?:during|on|in\s+the\s+course\s+of|while\s+on)\s+"
    r"(?:(?:his|her|their|its|a|an|the)\s+)?(?:(?:[\w-]+\s+){0,2}?)"
    r"(?P<noun>visit|trip|tour)\s+to\s+",
    re.IGNORECASE,
)
_TALKS = re.compile(
    r"\b(?=[daf])(?:during|after|following|at)\s+"
    r"(?:(?P<own>his|her|their)\s+|(?P<poss>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(?:'s|\u2019s)\s+|a\s+|the\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?)(?P<noun>talks|meeting|meetings)\s+(?P<prep>with|in)\s+",
    re.IGNORECASE,
)
_may_visit = WordCheck(["visit", "trip", "tour"])
""":data:`_VISIT` (case-blind) needs its noun (s28-speed2)."""
_may_meet = WordCheck(["talks", "meeting"])
""":data:`_TALKS` (case-blind) needs its noun ("meeting" is in "meetings")."""
_PLANNED = words("ahead before eve prior planned upcoming forthcoming expected scheduled next")
_NOT_VISITS = words("state-of-the-art campaign election fishing field school hospital")


def visits_told_in_passing(
    text: str, units: Sequence[Unit], events: Sequence[Event], make: Make
) -> list[Event]:
    """``events`` with a CONSULT for a visit the sentence tells as the time of another act (see the
    module's note); none added when the sentence already codes a CONSULT. ``make`` finishes an event."""
    if any(e.event is EventType.CONSULT for e in events):
        return list(events)
    for rx, mode, may in ((_VISIT, "visit", _may_visit), (_TALKS, "meet", _may_meet)):
        if not may(text):
            continue  # (s28-speed2) no match without one of its nouns
        for m in rx.finditer(text):
            event = _visit_event(text, units, m, mode, make)
            if event is not None:
                return [*events, event]
    return list(events)


def _visit_event(text: str, units: Sequence[Unit], m: re.Match[str], mode: str, make: Make) -> Event | None:
    head = text[: m.start()].lower().split()[-3:]
    if any(w.strip(",") in _PLANNED for w in head) or any(
        w.lower() in _PLANNED or w.lower() in _NOT_VISITS for w in m.group(0).split()
    ):
        return None
    if mode == "meet" and not m.groupdict().get("poss"):
        return (
            None  # "after talks in Moscow": the venue, not a side (unless "Sarkozy's talks in the Kremlin")
        )
    coded = [u for u in units if u.code is not None]
    after = [u for u in coded if m.end() <= u.start <= m.end() + 12]
    if not after:
        return None
    target = after[0]
    source = _visitor(text, coded, m, target)
    if source is None or source.code == target.code:
        return None
    roles = Roles((source.code or "",), (target.code or "",), (m.start(), target.end))
    return make(EventType.CONSULT, mode, roles, Polarity.ASSERTED, m.start(), m.end(), m.group("noun"))


def _visitor(text: str, coded: Sequence[Unit], m: re.Match[str], target: Unit) -> Unit | None:
    poss = m.groupdict().get("poss")
    if poss:
        inside = [u for u in coded if m.start() <= u.start < m.end()]
        return inside[0] if inside else None
    fronted = not text[: m.start()].strip(" \"'\u201c") or text[: m.start()].rstrip().endswith(",")
    if fronted:
        comma = text.find(",", m.end())
        if comma < 0:
            return None
        later = [u for u in coded if comma < u.start <= comma + 40 and not u.locative]
        return later[0] if later else None
    clause = max(text.rfind(";", 0, m.start()), text.rfind(".", 0, m.start()))
    before = [u for u in coded if clause < u.start < m.start() and u is not target and not u.locative]
    return before[0] if before else None


# --- an attack given as the time of another act ----------------------------------------------------------
_AFTER = words("after since")
_ATTACK_PAST = words("invaded attacked annexed bombed struck shelled raided seized occupied")


def without_background_attacks(tokens: Sequence[Token], events: Sequence[Event]) -> list[Event]:
    """``events`` without an ASSAULT told in an "after"/"since" clause that dates another act the
    sentence codes outside it (see the module's note)."""
    if len(events) < 2 or not any(e.event is EventType.ASSAULT for e in events):
        return list(events)
    out: list[Event] = []
    for e in events:
        cue = _background_cue(tokens, e)
        if cue is not None and any(
            o is not e and o.event is not EventType.ASSAULT and o.anchor[1] <= tokens[cue].start
            for o in events
        ):
            continue
        out.append(e)
    return out


_MONTHS = words("january february march april may june july august september october november december")


def _background_cue(tokens: Sequence[Token], event: Event) -> int | None:
    if event.event is not EventType.ASSAULT or event.polarity is not Polarity.ASSERTED:
        return None
    if not any(
        (t.norm in _MONTHS and t.text[:1].isupper()) or (len(t.norm) == 4 and t.norm.isdigit())
        for t in tokens
    ):
        return None  # "after Colombian forces raided a rebel camp" on Sunday: news of the week, kept
    at = next((k for k, t in enumerate(tokens) if t.start >= event.anchor[0]), -1)
    if at < 0 or tokens[at].norm not in _ATTACK_PAST:
        return None
    for k in range(at - 1, max(-1, at - 8), -1):
        norm = tokens[k].norm
        if norm in (",", ";", ":", "."):
            return None
        if norm in _AFTER:
            if k > 0 and tokens[k - 1].norm in ("and", "ever", "even"):
                return None
            return k
    return None


# --- the war a protest is against ------------------------------------------------------------------------
_WAR_NOUNS = words(
    "war wars invasion invasions attack attacks offensive bombing bombings bombardment occupation strikes "
    "airstrikes air-strikes assault killing killings massacre genocide siege"
)
_PROTEST_LEADS = words("protest protests protested protesting against over at")


def without_protested_wars(tokens: Sequence[Token], events: Sequence[Event]) -> list[Event]:
    """``events`` without an ASSAULT named by its noun as what a protest is against ("marched to protest
    Israel's war on Gaza", "rallied against Russia's invasion of Ukraine"): the news gold codes the
    protest only, as it does for "in protest at [an act]"."""
    if not any(e.event is EventType.PROTEST for e in events):
        return list(events)
    protest_ends = [e.anchor[1] for e in events if e.event is EventType.PROTEST]
    return [e for e in events if not _protested_war(tokens, e, protest_ends)]


def _protested_war(tokens: Sequence[Token], event: Event, protest_ends: Sequence[int]) -> bool:
    if event.event is not EventType.ASSAULT:
        return False
    at = next((k for k, t in enumerate(tokens) if t.start >= event.anchor[0]), -1)
    if at < 0 or tokens[at].norm not in _WAR_NOUNS:
        return False
    if at < 2 or tokens[at - 1].norm not in _POSSESSIVE:
        return (
            False  # "the bombing of Yugoslavia by NATO aircraft": an act of the day, coded with the protest
        )
    for k in range(at - 2, max(-1, at - 7), -1):
        norm = tokens[k].norm
        if norm in (",", ";", ":", ".") or norm in _CLAUSE_VERBS:
            return False
        if norm in _PROTEST_LEADS:
            return any(end <= tokens[at].start for end in protest_ends)
    return False


_POSSESSIVE = frozenset({"'s", "\u2019s"})
_CLAUSE_VERBS = words("and but while because as after before since when")


# --- words, not blows ------------------------------------------------------------------------------------
_BLOWS = words(
    "kill killed killing killings wounded injured injuring dead died shot shooting stabbed stabbing gun guns "
    "knife bomb bombs bombing missile missiles rocket rockets drone drones troops forces soldiers militants "
    "gunmen fighters police army military convoy base positions village town city building home house car "
    "vehicle office station hospital school embassy protesters civilians mob rioters"
)
_PEOPLE_KINDS = frozenset({"person", "title"})


def words_not_blows(tokens: Sequence[Token], units: Sequence[Unit], events: Sequence[Event]) -> list[Event]:
    """``events`` without a verbal ASSAULT on a politician named by person or title, in a sentence with no
    word of violence or of a place or body struck ("everybody went and attacked Ambassador Haley
    tonight"): words in a campaign, not blows. "Gunmen attacked the senator's convoy" keeps its ASSAULT."""
    if not any(e.event is EventType.ASSAULT for e in events) or not _BLOWS.isdisjoint(norms_of(tokens)):
        return list(events)
    return [
        e for e in events if not (e.event is EventType.ASSAULT and _politician_attacked(tokens, units, e))
    ]


def _politician_attacked(tokens: Sequence[Token], units: Sequence[Unit], event: Event) -> bool:
    at = next((k for k, t in enumerate(tokens) if t.start >= event.anchor[0]), -1)
    if at < 0 or not tokens[at].norm.startswith("attack") or not tokens[at].norm.endswith(("ed", "s", "ing")):
        return False
    after = [u for u in units if at < u.tok_start <= at + 3]
    return bool(after) and after[0].kind in _PEOPLE_KINDS and after[0].code is not None


# --- support that is no one's backing --------------------------------------------------------------------
_SHUNNING = words(
    "eschewed eschews eschew eschewing avoided avoids avoid avoiding shunned shuns shun shunning"
)
_RELATIVES = words("which that")


def without_idle_support(
    tokens: Sequence[Token], units: Sequence[Unit], events: Sequence[Event]
) -> list[Event]:
    """``events`` without a SUPPORT that is none: a thing's use told in a relative clause ("the air base at
    Manas, which supports military operations") or backing shunned ("eschewed endorsing any of them")."""
    if not any(e.event is EventType.SUPPORT for e in events):
        return list(events)
    return [e for e in events if not _idle_support(tokens, units, e)]


def _idle_support(tokens: Sequence[Token], units: Sequence[Unit], event: Event) -> bool:
    if event.event is not EventType.SUPPORT:
        return False
    at = next((k for k, t in enumerate(tokens) if t.start >= event.anchor[0]), -1)
    if at <= 0:
        return False
    if tokens[at - 1].norm in _SHUNNING:
        return True
    if tokens[at - 1].norm in _RELATIVES and tokens[at].norm.startswith("support"):
        k = at - 2
        if k >= 0 and tokens[k].norm == ",":
            k -= 1
        return k >= 0 and not any(u.code is not None and u.tok_start <= k < u.tok_end for u in units)
    return False
