"""Official NATO-Russia wording of session 33 (helper written11): answers promised, troops sent back, drills
held, breaches cited, land absorbed, facts insisted on, plans denied, doors left open, refusals stated, acts
judged unsafe and ratifications swapped (examples in our own words).

- **An answer promised** (:func:`response_promised`). "Moscow would have to respond in kind", "the build-up
  leaves Russia no choice but to retaliate", "Russia will take every measure needed to counter the new
  bases", "our armed forces will take the steps necessary to guarantee the country's security", "Moscow might
  revise its nuclear doctrine if ...": THREATEN by the side that will answer (the nearest side named before
  the words, else the speaker for "we"/"our") at the other sides the sentence names. A threat with a
  condition stays asserted, as the gold reads warnings; a denied answer ("would not need to respond") is
  left alone.
- **Troops sent back** (:func:`troops_sent_back`). "The defence minister ordered the units to return to
  their permanent bases", "the President instructed the forces to pull back from the border", "the troops
  began returning to their garrisons": RETREAT (withdraw) by the side that gives the order or owns the
  troops, at the side named after "from" when there is one. An order read as a request or a deployment is
  retyped; a pull-back already read as a concession (the gold sets' reading after drills) stays one.
- **Drills held** (:func:`drills_held`). "Cold Response, the Alliance's biggest exercise this year, opened in
  Norway", "the Pacific Fleet began snap manoeuvres", "NATO will hold its annual air defence exercise next
  month", "sailors from Russia and Allied navies took part in a rescue exercise": MOBILIZE of the side whose
  exercise it is (the side in the exercise's own phrase, else the subject), COOPERATE of both when two
  sides share it ("a NATO-Russia exercise", a subject naming two sides); an exercise told as joint or with
  partners whose partners are not named is left alone. Future when it is still to begin;
  an exercise that only ran on ("will run until May") is asserted.
- **A breach cited** (:func:`breach_cited`). "Washington left the treaty, citing Russia's violations": the
  leaving side ACCUSEs the side it names as in breach (the measure itself is left as read).
- **Land absorbed** (:func:`land_absorbed`). "The President signed a law making the peninsula part of the
  Russian Federation", "treaties admitting the regions into Russia were signed": COERCE (seize) by Russia at
  the state whose land it is, in place of a signing read as support of that state.
- **A fact insisted on** (:func:`fact_insisted`). "Insisting (that) its jets had stayed over neutral waters"
  is not a demand: the REQUEST read from it is dropped; "Moscow insists that the new bases breach the
  Alliance's pledges" is an ACCUSE (allege) of the side named in the clause. (Dismissing accusations "as
  groundless" is not coded as REJECT: the look-alike tests of s21 keep it out.)
- **Plans denied** (:func:`plans_denied`). "Officials denied any plan to invade the country": the act that
  is denied is not an event of the sentence (the denial is left as read).
- **A door left open** (:func:`door_open`). "The Alliance's door to dialogue remains open", "Allies keep the
  door open for talks": AGREE by the side whose door it is (else the subject, else the speaker) at the other
  sides the sentence names.

- **A refusal stated** (:func:`refusal_stated`). "Moscow will never accept foreign bases on its border", "the
  Allies do not and will never recognise the vote": REJECT by the side before the words at the first side
  named after them, when no reader took up a rejection; future for "will/would never" (the coder's reading,
  kept by the s21 sentence tests, though many gold sets code such refusals asserted), asserted for "do not
  and will never". A refusal under "if" or in a question is left alone.
- **Judged unsafe** (:func:`judged_unsafe`). "Moscow's exit from the accord makes Europe less safe, the
  Secretary General said" and "This is reckless conduct, the minister said of the Russian flights": ACCUSE
  by the sayer (else the speaker) at the side whose act is judged.
- **Ratifications swapped** (:func:`ratifications_swapped`). "The two foreign ministers exchanged the
  instruments of ratification": SUPPORT of both, no target, as for a signing.

Every family is a regular expression over the sentence behind a cheap substring gate; sides come only from
the sentence's actor units and the speaker. :func:`settled` runs them all and never raises.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from detente.coding.clauses import clause_end as _clause_end
from detente.coding.clauses import clause_start as _clause_start
from detente.coding.clauses import is_side as _side
from detente.coding.ontology import EventType, Polarity, derived_fields
from detente.coding.roleparts import Make, Roles
from detente.coding.roleparts import without_repeats as _unique
from detente.coding.text import lower_text
from detente.coding.wordgates import WordGates

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = [
    "breach_cited",
    "door_open",
    "drills_held",
    "fact_insisted",
    "judged_unsafe",
    "land_absorbed",
    "plans_denied",
    "ratifications_swapped",
    "refusal_stated",
    "response_promised",
    "settled",
    "troops_sent_back",
]

logger = logging.getLogger(__name__)

_MAX_CHARS = 2_000
"""Longer sentences are left to the other readers."""

_NEGATION = re.compile(r"\b(?:not|never|no|n't|nor|neither|without)\b", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:may|might|could|would|should|if|unless|whether)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)


_JOINED = re.compile(r"\s*(?:,|and|or|,\s*and)\s*(?:the\s+)?$", re.IGNORECASE)


def _sides(units: Sequence[Unit], lo: int, hi: int, text: str = "") -> list[str]:
    """Sides named between ``lo`` and ``hi`` that are not mere places (nor joined to one: "in Poland and
    the Czech Republic", when ``text`` is given), in order, once each."""
    out: list[str] = []
    place_end = -1
    for u in units:
        if u.locative:
            place_end = u.end
        elif place_end >= 0 and text and _JOINED.match(text[place_end : u.start]):
            place_end = u.end
            continue
        if lo <= u.start and u.end <= hi and _side(u.code) and not u.locative and u.code not in out:
            out.append(u.code or "")
    return out


def _nearest_before(units: Sequence[Unit], lo: int, hi: int) -> str | None:
    found = _sides(units, lo, hi)
    best = None
    best_end = -1
    for u in units:
        if lo <= u.start and u.end <= hi and _side(u.code) and not u.locative and u.end > best_end:
            best, best_end = u.code, u.end
    return best if found else None


def _retyped(e: Event, kind: EventType, mode: str, source: tuple[str, ...], target: tuple[str, ...]) -> Event:
    return dataclasses.replace(
        e,
        event=kind,
        mode=mode,
        source=source,
        target=target,
        polarity=Polarity.ASSERTED,
        derived=derived_fields(kind, mode),
    )


# ---------------------------------------------------------------------------------------- answers promised
_RESPOND = re.compile(
    r"\b(?:(?:have|had)\s+to|be\s+(?:forced|compelled|obliged)\s+to|(?:no|little)\s+(?:other\s+)?"
    r"(?:choice|option|alternative)\s+but\s+to)\s+(?:respond|retaliate|react|answer|take\s+(?:[\w-]+\s+){0,3}?"
    r"(?:measures|steps|countermeasures))\b"
    r"|\b(?:will|would|shall)(?:\s+|\s*,\s*of\s+course,\s*)(?:certainly\s+|surely\s+|definitely\s+|of\s+course\s+)?"
    r"(?:respond|retaliate)\s+(?:to\s+[^,;.]{1,80}?\s+)?(?:in\s+kind|symmetrically|asymmetrically|"
    r"by\s+(?:adjusting|deploying|stationing|strengthening|reinforcing|moving|revising|changing|building)|"
    r"with\s+(?:counter|retaliatory|military|mirror))"
    r"|\b(?:will|would|shall)(?:\s+|\s*,\s*of\s+course,\s*)(?:certainly\s+|surely\s+|of\s+course\s+)?take\s+(?:every|all|"
    r"any|the)\s+(?:(?:military|necessary|appropriate|adequate|required|needed|military-technical)\s+)*"
    r"(?:measures?|steps|action)\s+(?:(?:needed|necessary|required)\s+)?to\s+(?:counter|ensure|protect|"
    r"safeguard|guarantee|neutrali[sz]e|respond|offset|parry)"
    r"|\b(?:may|might|could|would)\s+(?:have\s+to\s+)?(?:revise|review|reconsider|change)\s+(?:its|our|their)\s+"
    r"(?:military|nuclear|defence|defense)\s+(?:doctrine|posture)",
    re.IGNORECASE,
)
_RESPOND_GATE = ("respond", "retaliat", "react", "measure", "steps", "doctrine", "answer")
_SAY_BEFORE = re.compile(
    r"\b(?:said|says|told|stated|declared|announced|warned|stressed|added|noted)\s+(?:\w+\s+){0,3}?(?:that\s+)?",
    re.IGNORECASE,
)


def response_promised(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """A promised answer read as THREATEN by the answering side (see the module)."""
    low = lower_text(text)
    if "?" in text or not any(g in low for g in _RESPOND_GATE):
        return list(events)
    m = _RESPOND.search(text)
    if m is None:
        return list(events)
    lo = _clause_start(text, m.start())
    doer, after_doer = _answerer(text, units, speaker, lo, m.start())
    if doer is None or not _side(doer):
        return list(events)
    if _NEGATION.search(text, after_doer, m.start()):
        return list(events)
    if any(e.event is EventType.THREATEN for e in events):
        return list(events)
    target = tuple(c for c in _sides(units, 0, len(text), text) if c != doer)
    roles = Roles((doer,), target, (m.start(), m.end()))
    made = make(EventType.THREATEN, "", roles, Polarity.ASSERTED, m.start(), m.end(), "answer promised")
    return _unique([*events, dataclasses.replace(made, polarity=Polarity.ASSERTED)])


_OTHER_NP = re.compile(r"\b(?:the|a|an|this|that|these|those|which|who)\b", re.IGNORECASE)
_AND_BEFORE = re.compile(r"\band\s+$", re.IGNORECASE)


def _answerer(
    text: str, units: Sequence[Unit], speaker: str | None, lo: int, at: int
) -> tuple[str | None, int]:
    """The side that answers: the side (or "we"/"our") right before the words with no other phrase between
    ("Russia would have to", "our forces will"); for "... and will respond", the clause's first side."""
    if _AND_BEFORE.search(text, lo, at):
        first = _sides(units, lo, at)
        return (first[0], at) if first else (None, at)
    best: tuple[str | None, int] = (None, lo)
    for u in units:
        if lo <= u.start and u.end <= at and _side(u.code) and not u.locative:
            best = (u.code, u.end)
    if speaker:
        for p in _FIRST_PERSON.finditer(text, lo, at):
            if p.end() > best[1]:
                best = (speaker, p.end())
    who, end = best
    if who is None:
        return None, at
    gap = text[end:at]
    if len(gap) > 60 or _OTHER_NP.search(gap):
        return None, at
    return who, end


# ----------------------------------------------------------------------------------------- troops sent back
_TROOPS = (
    r"(?:troops|forces|units|soldiers|servicemen|personnel|formations|brigades|divisions|battalions|army)"
)
_BACK = re.compile(
    r"\b(?:ordered|orders|instructed|instructs|directed|directs|told)\s+(?:[\w'-]+\s+){0,6}?"
    + _TROOPS
    + r"\s+(?:[\w'-]+\s+){0,6}?to\s+(?:return|go\s+back|pull\s+back|withdraw|head\s+back|move\s+back)\b"
    r"|\b" + _TROOPS + r"\s+(?:have\s+|had\s+)?(?:began|begun|started|are|were|have\s+been|had\s+been)\s+"
    r"(?:returning|pulling\s+back|withdrawing|going\s+back|heading\s+back)\s+to\s+(?:their\s+)?(?:permanent\s+)?"
    r"(?:bases|garrisons|barracks|home\s+bases|places\s+of\s+permanent\s+deployment|deployment\s+sites)\b",
    re.IGNORECASE,
)
_FROM_AFTER = re.compile(r"\s*(?:[\w'-]+\s+){0,4}?from\s+", re.IGNORECASE)


def troops_sent_back(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """Troops ordered back to their bases: RETREAT by the side that orders (see the module)."""
    low = lower_text(text)
    if not any(w in low for w in ("return", "back", "withdraw")):
        return list(events)
    m = _BACK.search(text)
    if m is None:
        return list(events)
    lo = _clause_start(text, m.start())
    if _NEGATION.search(text, lo, m.end()) or _MODAL.search(text, lo, m.end()):
        return list(events)
    doers = _sides(units, lo, m.end())
    if not doers:
        return list(events)
    doer = doers[0]
    target: tuple[str, ...] = ()
    hi = _clause_end(text, m.end())
    frm = _FROM_AFTER.match(text, m.end())
    if frm is not None:
        found = [c for c in _sides(units, frm.end(), min(hi, frm.end() + 60)) if c != doer]
        if not found:  # "from the Ukrainian border": a demonym read as a place
            found = [
                u.code or ""
                for u in units
                if frm.end() <= u.start
                and u.end <= min(hi, frm.end() + 60)
                and _side(u.code)
                and u.code != doer
            ]
        target = tuple(found[:1])
    out = list(events)
    hit = [
        k
        for k, e in enumerate(out)
        if (e.event in (EventType.REQUEST, EventType.MOBILIZE) and m.start() <= e.anchor[0] < m.end())
        or (e.event is EventType.RETREAT and doer in e.source)
    ]
    if any(e.event is EventType.CONCEDE and doer in e.source for e in out):
        # the pull-back read as a concession (the gold sets' reading of troops sent home after drills) stays
        # one; an order or a deployment read from the same words is dropped
        drop = {k for k in hit if out[k].event is not EventType.RETREAT}
        kept = [
            dataclasses.replace(e, polarity=Polarity.ASSERTED) if k in hit else e for k, e in enumerate(out)
        ]
        return [e for k, e in enumerate(kept) if k not in drop]
    for k in hit:
        out[k] = _retyped(out[k], EventType.RETREAT, "withdraw", (doer,), target)
    if not hit:
        roles = Roles((doer,), target, (m.start(), m.end()))
        out.append(
            make(EventType.RETREAT, "withdraw", roles, Polarity.ASSERTED, m.start(), m.end(), "troops back")
        )
    return _unique(out)


# --------------------------------------------------------------------------------------------- drills held
_DRILL = re.compile(r"\b(?:exercises?|drills?|manoeuvres|maneuvers|war\s+games)\b", re.IGNORECASE)
_VERB_USE = re.compile(
    r"(?:\bto|\bwill|\bwould|\bcan|\bcould|\bmust|\bshould|\bmay|\bmight|\bcontinues?|\bcontinued)\s+$",
    re.IGNORECASE,
)
_VERB_OBJECT = re.compile(
    r"^\s+(?:the|its|their|his|her|our|your|this|that|such|any|some|great|full|due|restraint|caution|"
    r"rights?|control|influence|sovereignty|authority|power|jurisdiction|leadership|pressure|judgement|"
    r"judgment|discretion|options?|veto)\b",
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(
    r"\b(?P<v>began|begins|begin|started|starts|launched|launches|opened|opens|held|holds|conducted|conducts|"
    r"staged|stages|kicked\s+off|took\s+part\s+in|take\s+part\s+in|takes\s+part\s+in|participated\s+in|"
    r"(?:began|started|begun)\s+(?:preparing|preparations)\s+(?:[\w'-]+,?\s+){0,4}?for|"
    r"(?:is|are|was|were)\s+(?:holding|conducting|staging)|will\s+(?:hold|conduct|stage|begin|start|launch))\s+"
    r"(?:[\w'-]+,?\s+){0,7}?$",
    re.IGNORECASE,
)
_VERB_AFTER = re.compile(
    r"^[^;.?!]{0,130}?\b(?P<v>began|begins|started|starts|opened|opens|kicked\s+off|"
    r"got\s+under\s+way|(?:is|are)\s+under\s+way|(?:was|were)\s+held|took\s+place|(?:is|are)\s+taking\s+place|"
    r"(?:will|would)\s+(?:run|continue)\s+until|runs\s+until|(?:is|are)\s+running|ended|concluded|"
    r"will\s+(?:begin|start|take\s+place|be\s+held|open))\b",
    re.IGNORECASE,
)
_FUTURE_VERB = re.compile(r"^will\s+(?:begin|start|take|be|open|hold|conduct|stage|launch)", re.IGNORECASE)
_HELD_KINDS = frozenset({EventType.MOBILIZE, EventType.COOPERATE})
_SHARED = re.compile(
    r"\b(?:joint|jointly|partners?|partnership|together\s+with|alongside|with\s+(?:troops|forces|units|ships|"
    r"sailors|soldiers|aircraft)\s+from)\b",
    re.IGNORECASE,
)
_NOT_REAL = re.compile(
    r"\b(?:plans?\s+to|planned|planning|proposed|cancell?ed|called\s+off|postponed)\b", re.I
)


def _drill_owner(text: str, units: Sequence[Unit], noun: re.Match[str], lo: int) -> list[str]:
    """The sides of the exercise's own phrase ("NATO's largest exercise", "a NATO-Russia exercise")."""
    start = max(lo, noun.start() - 40)
    phrase = text[start : noun.start()]
    marks = [m.start() - 1 for m in _NP_START.finditer(phrase)]
    cut = max([phrase.rfind(","), phrase.rfind(" of "), phrase.rfind(" and "), phrase.rfind(" in "), *marks])
    if cut >= 0:
        start += cut + 1
    return _sides(units, start, noun.start())


_NP_START = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s", re.IGNORECASE)


def drills_held(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """An exercise told as held or begun: MOBILIZE of its side, COOPERATE of two (see the module)."""
    low = lower_text(text)
    if "?" in text or not any(w in low for w in ("exercise", "drill", "manoeuvre", "maneuver", "war game")):
        return list(events)
    out = list(events)
    for noun in _DRILL.finditer(text):
        if _VERB_USE.search(text, 0, noun.start()) or _VERB_OBJECT.match(text, noun.end()):
            continue  # "to exercise the right", "will exercise restraint": a verb
        lo = _clause_start(text, noun.start())
        hi = _clause_end(text, noun.end())
        before = _VERB_BEFORE.search(text[lo : noun.start()])
        after = None if before is not None else _VERB_AFTER.match(text[noun.end() : hi])
        if before is None and after is None:
            continue
        verb = (before or after).group("v") if (before or after) is not None else ""  # type: ignore[union-attr]
        verb_at = lo + before.start("v") if before is not None else noun.end() + after.start("v")  # type: ignore[union-attr]
        if _NEGATION.search(text, lo, verb_at) or _NOT_REAL.search(text, lo, noun.end()):
            continue
        if _MODAL.search(text, lo, verb_at):
            continue
        sides = _drill_owner(text, units, noun, lo)
        if (not sides or _SHARED.search(text, lo, hi)) and before is not None:
            chunk = max(lo, text.rfind(",", lo, verb_at) + 1)
            subject = _sides(units, chunk, verb_at)
            sides = subject if len(subject) >= 2 or not sides else sides
        if not sides or (len(sides) < 2 and _SHARED.search(text, lo, hi)):
            continue  # a shared exercise whose partners are not named: left to the other readers
        polarity = Polarity.FUTURE if _FUTURE_VERB.match(verb) else Polarity.ASSERTED
        if any(e.event in _HELD_KINDS and set(sides) <= set(e.source) for e in out):
            continue
        if len(sides) >= 2 and any(e.event is EventType.COOPERATE for e in out):
            continue
        if len(sides) >= 2:
            roles = Roles(tuple(sides[:2]), (), (noun.start(), noun.end()), mutual=True)
            made = make(
                EventType.COOPERATE, "", roles, polarity, noun.start(), noun.end(), "joint drills held"
            )
        else:
            roles = Roles((sides[0],), (), (noun.start(), noun.end()))
            made = make(
                EventType.MOBILIZE, "troops", roles, polarity, noun.start(), noun.end(), "drills held"
            )
        out.append(dataclasses.replace(made, polarity=polarity))
    return _unique(out) if len(out) != len(events) else out


# ------------------------------------------------------------------------------------------- breach cited
_CITING = re.compile(
    r"\bciting\s+(?:the\s+)?(?:alleged\s+)?(?P<who>[^,;:]{2,40}?)(?:'s|\u2019s)?\s+(?:(?:continued|continuing|"
    r"repeated|persistent|ongoing|systematic|flagrant|material|gross)\s+)*(?:violations?|breach(?:es)?|"
    r"non-compliance|cheating)\b",
    re.IGNORECASE,
)
_MEASURES = frozenset(
    {EventType.SANCTION, EventType.REJECT, EventType.COERCE, EventType.THREATEN, EventType.MOBILIZE}
)


def breach_cited(text: str, events: Sequence[Event], units: Sequence[Unit]) -> list[Event]:
    """A measure taken "citing X's violations": the measure's doer ACCUSEs X (see the module)."""
    if "citing" not in text:
        return list(events)
    m = _CITING.search(text)
    if m is None:
        return list(events)
    named = tuple(
        dict.fromkeys(
            u.code for u in units if u.code and m.start("who") <= u.start and u.end <= m.end("who") + 3
        )
    )
    if not named:
        return list(events)
    base = next(
        (
            e
            for e in events
            if e.event in _MEASURES
            and e.source
            and e.anchor[0] < m.start()
            and not set(e.source) & set(named)
        ),
        None,
    )
    if base is None:
        return list(events)
    if any(e.event is EventType.ACCUSE and set(e.source) == set(base.source) for e in events):
        return list(events)
    accuse = dataclasses.replace(
        base,
        event=EventType.ACCUSE,
        mode="allege",
        target=named,
        polarity=Polarity.ASSERTED,
        derived=derived_fields(EventType.ACCUSE, "allege"),
        trigger=m.group(),
        anchor=m.span(),
    )
    return [*events, accuse]


# ------------------------------------------------------------------------------------------- land absorbed
_ABSORBED = re.compile(
    r"(?=[mdai])"  # (s35-speed5: every branch starts with one of these letters; the search skips other places)
    r"(?:\b(?:making|made|make|makes|declaring|declared)\s+(?P<what>[^,;:]{2,80}?)\s+(?:an?\s+(?:integral\s+)?)?"
    r"(?:integral\s+)?part\s+of\s+(?:the\s+)?(?:Russian\s+Federation|Russia)\b"
    r"|\b(?:admitting|admitted|admit|admits|incorporating|incorporated|incorporate|incorporates|absorbing|"
    r"absorbed|annexing|annexed)\s+(?P<what2>[^,;:]{2,80}?)\s+(?:into|to)\s+(?:the\s+)?(?:Russian\s+Federation|"
    r"Russia)\b)",
    re.IGNORECASE,
)


def land_absorbed(text: str, events: Sequence[Event], units: Sequence[Unit], make: Make) -> list[Event]:
    """Land made part of Russia: COERCE (seize) at the state it belongs to (see the module)."""
    if "Russia" not in text or not any(w in text for w in ("part of", "into", " to ")):
        return list(events)
    m = _ABSORBED.search(text)
    if m is None:
        return list(events)
    lo = _clause_start(text, m.start())
    if _NEGATION.search(text, lo, m.start()) or _MODAL.search(text, lo, m.start()):
        return list(events)
    what = "what" if m.group("what") is not None else "what2"
    owners = [
        u.code or ""
        for u in units
        if m.start(what) <= u.start and u.end <= m.end(what) and _side(u.code) and u.code != "RUS"
    ]
    if not owners:
        return list(events)
    owner = owners[0]
    out = [
        e
        for e in events
        if not (
            e.event is EventType.SUPPORT and owner in e.target and e.anchor[0] < m.end() and "RUS" in e.source
        )
    ]
    if any(e.event is EventType.COERCE and "RUS" in e.source and owner in e.target for e in out):
        return out
    roles = Roles(("RUS",), (owner,), (m.start(), m.end()))
    out.append(make(EventType.COERCE, "seize", roles, Polarity.ASSERTED, m.start(), m.end(), "land absorbed"))
    return _unique(out)


# ------------------------------------------------------------------------------------- a fact insisted on
_INSIST = re.compile(r"\binsist(?:s|ed|ing)?\b(?:\s+that\b)?", re.IGNORECASE)
_BREACHED = re.compile(r"\b(?:breach|breaches|breached|violate|violates|violated|violating)\b", re.IGNORECASE)
_INSIST_FACT = re.compile(
    r"\b(?:had|has|have|was|were|is|are|did|does|stayed|remained|breach|breaches|violated)\b", re.IGNORECASE
)
_INSIST_DEMAND = re.compile(
    r"\b(?:should|must|need|needs|ought|obliged|required|has\s+to|have\s+to|be)\b", re.IGNORECASE
)


def fact_insisted(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """ "Insisting that" a fact is no demand; insisting on a breach is an accusation (see the module)."""
    out = list(events)
    if "nsist" in text:
        ins = _INSIST.search(text)
        if ins is not None:
            tail = text[ins.end() : _clause_end(text, ins.end())]
            if _INSIST_FACT.search(tail) and not _INSIST_DEMAND.search(tail):
                out = [
                    e
                    for e in out
                    if not (e.event is EventType.REQUEST and ins.start() <= e.anchor[0] < ins.end())
                ]
                out = _insisted_breach(text, out, units, ins, tail, make)
    return out


def _insisted_breach(
    text: str, events: list[Event], units: Sequence[Unit], ins: re.Match[str], tail: str, make: Make
) -> list[Event]:
    """ "X insists that Y breached ...": X ACCUSEs Y, unless the clause denies the breach."""
    breach = _BREACHED.search(tail)
    if breach is None or _NEGATION.search(tail, 0, breach.start()):
        return events
    lo = _clause_start(text, ins.start())
    doer = _nearest_before(units, lo, ins.start())
    if doer is None or any(e.event is EventType.ACCUSE and doer in e.source for e in events):
        return events
    hi = ins.end() + len(tail)
    target = tuple(c for c in _sides(units, ins.end(), hi, text) if c != doer)[:1]
    if not target:
        return events
    roles = Roles((doer,), target, (ins.start(), hi))
    made = make(
        EventType.ACCUSE, "allege", roles, Polarity.ASSERTED, ins.start(), ins.end(), "breach insisted"
    )
    return [*events, made]


# ------------------------------------------------------------------------------------------- plans denied
_DENIED_PLAN = re.compile(
    r"\bden(?:y|ies|ied|ying)\s+(?:(?:any|all|having|having\s+any|that\s+it\s+had\s+any)\s+)?(?:plans?|"
    r"intentions?|intent)\s+to\s+(?P<act>[\w-]+)"
    r"|\bden(?:y|ies|ied|ying)\s+that\s+(?:it|they|he|she|[A-Z][\w-]+)\s+(?:intends|intended|plans|planned|"
    r"was\s+planning|is\s+planning|wants|wanted)\s+to\s+(?P<act2>[\w-]+)",
)


def plans_denied(text: str, events: Sequence[Event]) -> list[Event]:
    """The act a side denies planning is not coded as an act of the sentence (see the module)."""
    if not events or "den" not in text:
        return list(events)  # (s35-speed6: it only drops events: none, nothing to drop)
    m = _DENIED_PLAN.search(text)
    if m is None:
        return list(events)
    act = "act" if m.group("act") is not None else "act2"
    lo, hi = m.start(act), _clause_end(text, m.end())
    keep = (EventType.REJECT, EventType.ACCUSE)
    return [e for e in events if e.event in keep or not (lo <= e.anchor[0] < hi)]


# ------------------------------------------------------------------------------------------ a door open
_DOOR = re.compile(
    r"\bdoors?\s+(?:to|for)\s+(?:dialogue|talks|negotiations|diplomacy)\s+(?:with\s+[^,;.]{1,40}?\s+)?"
    r"(?:remains?|is|are|stays?)\s+(?:still\s+)?open\b"
    r"|\b(?:keep|keeps|kept|keeping|leave|leaves|left|leaving)\s+(?:the|its|our|their)\s+doors?\s+"
    r"(?:open\s+)?(?:to|for)\s+(?:dialogue|talks|negotiations|diplomacy)\b",
    re.IGNORECASE,
)


def door_open(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """A door to dialogue left open: AGREE at the other side (see the module)."""
    if "door" not in lower_text(text):
        return list(events)
    m = _DOOR.search(text)
    if m is None:
        return list(events)
    lo = _clause_start(text, m.start())
    if _NEGATION.search(text, lo, m.end()) or "closed" in text[m.start() : m.end() + 20].lower():
        return list(events)
    doer = _nearest_before(units, max(lo, m.start() - 60), m.start())
    if doer is None:
        doer = _nearest_before(units, lo, m.start())
    if doer is None and speaker and _FIRST_PERSON.search(text, lo, m.end()):
        doer = speaker
    if doer is None or not _side(doer):
        return list(events)
    if any(e.event is EventType.AGREE and doer in e.source for e in events):
        return list(events)
    target = tuple(c for c in _sides(units, 0, len(text)) if c != doer)[:1]
    roles = Roles((doer,), target, (m.start(), m.end()))
    made = make(EventType.AGREE, "", roles, Polarity.ASSERTED, m.start(), m.end(), "door open")
    return _unique([*events, dataclasses.replace(made, polarity=Polarity.ASSERTED)])


# --------------------------------------------------------------------------------------- refusal stated
_REFUSAL = re.compile(
    r"\b(?:will|would|shall)\s+(?:never|not)\s+(?:(?:ever|simply|now)\s+)?(?:accept|recogni[sz]e|tolerate|"
    r"consent\s+to|put\s+up\s+with|acknowledge|compromise\s+on)\b"
    r"|\b(?:do|does)\s+not\s+and\s+(?:will|shall)\s+(?:never|not)\s+(?:accept|recogni[sz]e|acknowledge)\b",
    re.IGNORECASE,
)


def refusal_stated(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """A refusal told as "will never accept": REJECT, asserted (see the module)."""
    low = lower_text(text)
    if "?" in text or (" never " not in low and " not " not in low):
        return list(events)
    m = _REFUSAL.search(text)
    if m is None:
        return list(events)
    lo = _clause_start(text, m.start())
    if re.search(r"\b(?:if|unless|whether)\b", text[lo : m.start()], re.IGNORECASE):
        return list(events)
    out = list(events)
    hi = _clause_end(text, m.end())
    if any(e.event is EventType.REJECT for e in out):
        return out
    doer, _ = _answerer(text, units, speaker, lo, m.start())
    if doer is None or not _side(doer):
        return out
    target = tuple(c for c in _sides(units, m.end(), hi, text) if c != doer)[:1]
    roles = Roles((doer,), target, (m.start(), m.end()))
    polarity = Polarity.ASSERTED if m.group().lower().startswith(("do ", "does ")) else Polarity.FUTURE
    out.append(make(EventType.REJECT, "", roles, polarity, m.start(), m.end(), "refusal stated"))
    return _unique(out)


# ---------------------------------------------------------------------------------------- judged unsafe
_UNSAFE = re.compile(
    r"\b(?:makes?|made|making)\s+(?:the\s+world|our\s+world|Europe|the\s+region|the\s+continent|everyone|"
    r"us\s+all|all\s+of\s+us)\s+(?:(?:even|much|far)\s+)?(?:more\s+dangerous|less\s+safe|less\s+secure|"
    r"more\s+unstable|more\s+vulnerable|less\s+stable)\b",
    re.IGNORECASE,
)
_SAID_OF = re.compile(
    r"^(?P<verdict>[^,;]{3,120}),\s*(?P<who>[^,;]{2,80}?)\s+(?:said|says|stated)\s+of\s+(?P<what>[^,;.]{2,80})",
    re.IGNORECASE,
)
_SAID_OF_GATE = re.compile(r"\b(?:said|says|stated)\s+of\b")
_UNSAFE_OR_VERDICT_WORDS = (
    *("dangerous", "safe", "secure", "stable", "vulnerable"),  # the end of every branch of _UNSAFE
    *("irresponsible", "reckless", "unacceptable", "provocati", "destabili", "escalatory", "unjustified"),
    *("illegal", "outrageous", "deplorable", "regrettable", "aggressive", "hostile"),  # of _VERDICT
)
"""(s35-speed6) :func:`judged_unsafe` reads nothing without one of these: an _UNSAFE match ends in one of the
first five, a "said of" reading needs a _VERDICT word."""
_VERDICT = re.compile(
    r"\b(?:dangerous|irresponsible|reckless|unacceptable|provocative|provocation|destabili[sz]ing|"
    r"escalatory|unjustified|illegal|outrageous|deplorable|regrettable|aggressive|hostile)\b",
    re.IGNORECASE,
)
_TRAILING_SAY = re.compile(r",\s*(?P<who>[^,;]{2,80}?)\s+(?:said|says|stated|warned|added)\b[^,;]*$", re.I)
_SAY_LEAD = re.compile(r"^(?P<who>[^,;]{2,80}?)\s+(?:said|says|stated|warned)\s+(?:that\s+)?", re.I)


def judged_unsafe(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """A side's act said to make the world less safe, or judged in "..., X said of Y": ACCUSE."""
    low = lower_text(text)
    if "make" not in low and not (
        " of " in low and ("made" in low or "making" in low or _SAID_OF_GATE.search(low) is not None)
    ):
        return list(events)  # neither expression can match: cheap checks before the long ones
    m = _UNSAFE.search(text)
    said = _SAID_OF.match(text) if m is None else None
    if m is None and (said is None or not _VERDICT.search(said.group("verdict"))):
        return list(events)
    if m is not None:
        lo = _clause_start(text, m.start())
        if _NEGATION.search(text, lo, m.start()) or _MODAL.search(text, lo, m.start()):
            return list(events)
        doers = _sayer(text, units)
        if not doers and speaker:
            doers = [speaker]
        lead = _SAY_LEAD.match(text[lo:])
        start = lo + lead.end() if lead is not None else lo
        targets = [c for c in _sides(units, start, m.start(), text) if c not in doers]
        span = m.span()
    else:
        assert said is not None
        if _NEGATION.search(said.group("verdict")):
            return list(events)
        doers = _sides(units, said.start("who"), said.end("who"))
        targets = [c for c in _sides(units, said.start("what"), said.end("what")) if c not in doers]
        if not targets:  # "of the Russian order": a demonym inside the phrase
            targets = [
                u.code or ""
                for u in units
                if said.start("what") <= u.start
                and u.end <= said.end("what")
                and _side(u.code)
                and u.code not in doers
            ]
        span = (0, said.end("verdict"))
    if not doers or not targets:
        return list(events)
    doer, target = doers[0], targets[0]
    if any(e.event is EventType.ACCUSE and doer in e.source and target in e.target for e in events):
        return list(events)
    roles = Roles((doer,), (target,), span)
    made = make(EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, span[0], span[1], "judged unsafe")
    return _unique([*events, made])


def _sayer(text: str, units: Sequence[Unit]) -> list[str]:
    trail = _TRAILING_SAY.search(text)
    if trail is not None:
        found = _sides(units, trail.start("who"), trail.end("who"))
        if found:
            return found[:1]
    lead = _SAY_LEAD.match(text)
    if lead is not None:
        return _sides(units, lead.start("who"), lead.end("who"))[:1]
    return []


# ------------------------------------------------------------------------------------ ratifications swapped
_SWAPPED = re.compile(
    r"\bexchang(?:ed|e|es|ing)\s+(?:the\s+)?(?:instruments|letters)\s+of\s+ratification\b", re.IGNORECASE
)


def ratifications_swapped(
    text: str, events: Sequence[Event], units: Sequence[Unit], make: Make
) -> list[Event]:
    """Instruments of ratification exchanged: SUPPORT of the sides that exchange them, no target."""
    if "ratification" not in text:
        return list(events)
    m = _SWAPPED.search(text)
    if m is None:
        return list(events)
    lo = _clause_start(text, m.start())
    if _NEGATION.search(text, lo, m.start()) or _MODAL.search(text, lo, m.start()):
        return list(events)
    sides = _sides(units, lo, m.start(), text)
    if len(sides) < 2 or any(e.event is EventType.SUPPORT for e in events):
        return list(events)
    roles = Roles(tuple(sides), (), (m.start(), m.end()), mutual=True)
    made = make(EventType.SUPPORT, "", roles, Polarity.ASSERTED, m.start(), m.end(), "ratifications swapped")
    return _unique([*events, made])


_Step = Callable[[list["Event"]], list["Event"]]

_GATES = WordGates()
_Gates = tuple[frozenset[str], ...]
_STEP_GATES: tuple[_Gates, ...] = (
    (_GATES.gate(["den"]),),  # plans_denied
    (_GATES.gate(_RESPOND_GATE),),  # response_promised
    (_GATES.gate(["return", "back", "withdraw"]),),  # troops_sent_back
    (_GATES.gate(["exercise", "drill", "manoeuvre", "maneuver", "war game"]),),  # drills_held
    (_GATES.gate(["citing"]),),  # breach_cited
    (  # land_absorbed: "Russia" and a verb of :data:`_ABSORBED`
        _GATES.gate(["russia"]),
        _GATES.gate(["mak", "made", "declar", "admit", "incorporat", "absorb", "annex"]),
    ),
    (_GATES.gate(["nsist"]),),  # fact_insisted
    (_GATES.gate(["door"]),),  # door_open
    (_GATES.gate([" never ", " not "]),),  # refusal_stated
    (  # judged_unsafe: "make"/" of" and a word of _UNSAFE's end or of _VERDICT (s35-speed6)
        _GATES.gate(["make", " of "]),
        _GATES.gate(_UNSAFE_OR_VERDICT_WORDS),
    ),
    (_GATES.gate(["ratification"]),),  # ratifications_swapped
)
"""(s35-speed5) For each of :func:`settled`'s steps in turn, word sets it changes nothing without one word of
each (its own first checks, case-blind: a superset of what each step tests): a step whose gate says no is not
called, which is all it costs on most sentences. The step keeps its own checks, so its answer is the same."""


def settled(
    text: str,
    events: Sequence[Event],
    units: Sequence[Unit],
    speaker: str | None,
    make: Make,
) -> list[Event]:
    """``events`` with the module's families settled (see the module); never raises for any text."""
    if not text or len(text) > _MAX_CHARS or not (text[:1].isalpha() or any(ch.isalpha() for ch in text)):
        return list(events)
    steps: list[_Step] = [
        lambda ev: plans_denied(text, ev),
        lambda ev: response_promised(text, ev, units, speaker, make),
        lambda ev: troops_sent_back(text, ev, units, speaker, make),
        lambda ev: drills_held(text, ev, units, speaker, make),
        lambda ev: breach_cited(text, ev, units),
        lambda ev: land_absorbed(text, ev, units, make),
        lambda ev: fact_insisted(text, ev, units, speaker, make),
        lambda ev: door_open(text, ev, units, speaker, make),
        lambda ev: refusal_stated(text, ev, units, speaker, make),
        lambda ev: judged_unsafe(text, ev, units, speaker, make),
        lambda ev: ratifications_swapped(text, ev, units, make),
    ]
    out = list(events)
    held = _GATES.held(text)  # (s35-speed8) the gate words read once, each gate a set test
    for gates, step in zip(_STEP_GATES, steps, strict=True):
        for gate in gates:
            if gate.isdisjoint(held):
                break  # the step would return the events as they are (s35-speed5)
        else:
            try:
                out = step(out)
            except (ValueError, TypeError, AttributeError, IndexError, KeyError) as exc:
                logger.debug("written11 step skipped on %r: %s", text[:80], exc)
    return out
