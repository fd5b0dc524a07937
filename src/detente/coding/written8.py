"""Coder stage 6d, second events of written official statements (s31-written8): a judgement, a threat or a
call that NATO and Russian official texts tell beside the act they answer, in wording the trigger stages,
:mod:`detente.coding.written7` (first events only) and :mod:`detente.coding.second3` (attacks and measures
named as nouns) leave uncoded. Each family is a post-pass over the events already read and adds at most one
event (examples in our own words):

- **judged as** (:func:`judged_as`): "the Ministry regards the closing of our trade mission in the port city
  by the Baltic government as a blatant provocation" -> ACCUSE from the side that judges to the doer of the
  act judged. The short form ("regard * as * provocation", a gap of six words) is a phrase of
  ``patterns.toml``; this reads the long noun phrases the gap does not span, and only when no ACCUSE is read
  for those words yet. Not read when the judgement is denied ("we do not regard ... as a threat") or
  conditional.
- **words judged** (:func:`words_judged`): "these baseless allegations by Oslo will be answered", "in reply
  to the hostile remarks of certain Nordic officials, the ministry ..." -> ACCUSE by the speaker (or the
  side whose act the sentence tells) of the side whose statements are judged; never for words quoted as
  someone else's judgement ("what it called hostile remarks").
- **threats judged** (:func:`threats_judged`): "the President's thinly veiled nuclear threats are reckless,
  the Secretary General said" -> THREATEN by the owner of the threats, beside the ACCUSE already read
  against that owner.
- **expected to** (:func:`expected_to`): "Moscow rejects the vote and expects the Council to annul it" ->
  REQUEST by the side that expects of another, beside another event of the sentence that took the clause.
- **aid judged as harm** (:func:`aid_judged`): "Oslo keeps shipping shells to the front, which only
  prolongs the bloodshed" -> ACCUSE by the speaker of the side whose aid is read; "X and its satellites"
  are X and the West, as the gold sets code them.
- **refusal judged** (:func:`refusal_judged`): "the mission regrets the refusal of X to extend the mandate"
  -> REJECT by X, aimed at the side judging; not when the refusal is a cited reason ("citing the refusal
  of ...").
- **forces sent** (:func:`forces_sent`): "asked the Alliance what the extra frigates sent to the region
  are for" -> MOBILIZE by the forces' owner (else the side asked), not in a past year.
- **talks put off** (:func:`talks_put_off`): "the Council decided that talks with X would be postponed"
  -> SANCTION by the side that decided (else the speaker) against X; a CONSULT read from the talks' name
  gives way.
- **invited** (:func:`invited`): "X has not been invited to the bloc's summit", "observers from Y have
  been invited to the drills" -> REQUEST (meet) by the host (after "by", the meeting's owner, the side whose act
  the sentence tells, else the speaker) to the guests; negated when denied. Invitations to join are left to
  the phrase lists (AGREE).
- **at request** (:func:`at_request`): "the Commission met at Georgia's request" -> REQUEST (meet) by the
  side that asked, to the meeting's other sides; "a meeting of <body> was held at X's request" with no
  meeting read is also the CONSULT of the body and X.
- **joined in passing** (:func:`joined_in_passing`): "X and Y, which joined the Alliance on 1 April, ..."
  -> SUPPORT of the new members for the bloc, unless dated to a past year.
- **second predicate** (:func:`second_predicate`): "we stay open to talks and condemn X's strikes" -> the
  subject and the predicate after "and" are read again as a sentence of their own when a stance ("open to",
  "ready to", "committed to") swallowed them; their events of types not read yet are added.
- **not accepted as valid** (:func:`not_accepted_as`): "said it could not accept the count as legitimate
  and warned of consequences" -> REJECT beside the warning, aimed at the warning's target.

:func:`settled` runs the families behind one word gate; a sentence without their words passes untouched.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import Token, canon, norms_of
from detente.coding.roleparts import Make, Roles
from detente.coding.units import Unit

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = [
    "aid_judged",
    "at_request",
    "expected_to",
    "forces_sent",
    "invited",
    "joined_in_passing",
    "judged_as",
    "not_accepted_as",
    "refusal_judged",
    "second_predicate",
    "settled",
    "talks_put_off",
    "threats_judged",
    "words_judged",
]


def words(text: str) -> frozenset[str]:
    """The canonical spellings of a space-separated word list (as tokens' ``norm`` spells them)."""
    return frozenset(canon(w) for w in text.split())


"""Builds an event: ``make(type, mode, roles, polarity, start, end, trigger)`` (the coder's ``_finish``)."""

_STOPS = words("; : . ! ?")
_NEGATION = words("not never no n't neither nor")
_CONDITION = words("if unless whether")
_BE = words("be is are was were been being")
_POSSESSIVES = words("his her its their")


def _clause_lo(tokens: Sequence[Token], i: int) -> int:
    """The first token of the clause holding token ``i`` (after the last ";", ":" or stop before it)."""
    for k in range(i - 1, -1, -1):
        if tokens[k].norm in _STOPS:
            return k + 1
    return 0


def _units_in(units: Sequence[Unit], lo: int, hi: int) -> list[Unit]:
    """The coded units that lie inside tokens ``lo`` to ``hi``."""
    return [u for u in units if u.code and lo <= u.tok_start and u.tok_end <= hi]


def _subject(tokens: Sequence[Token], units: Sequence[Unit], lo: int, i: int) -> Unit | None:
    """The nearest coded unit of the clause before token ``i`` that no preposition governs."""
    for unit in reversed(_units_in(units, lo, i)):
        before = tokens[unit.tok_start - 1].norm if unit.tok_start > 0 else ""
        if unit.locative or before in ("in", "at", "on", "with", "to", "from", "by", "for", "of", "against"):
            continue
        return unit
    return None


def _negated(tokens: Sequence[Token], lo: int, i: int) -> bool:
    """A negation or condition before token ``i`` in its clause, after the last "and", "but" or comma there
    ("does not recognise ... and expects": the expectation is not denied), or a question mark anywhere."""
    for k in range(i - 1, lo - 1, -1):
        if tokens[k].norm in ("and", "but", ","):
            lo = k + 1
            break
    return any(t.norm in _NEGATION or t.norm in _CONDITION for t in tokens[lo:i]) or any(
        t.norm == "?" for t in tokens
    )


def _codes(unit: Unit | None) -> tuple[str, ...]:
    return (unit.code,) if unit is not None and unit.code else ()


# ------------------------------------------------------------------------------------------------ judged as

_REGARD = words(
    "regard regards regarded regarding view views viewed perceive perceives perceived qualify qualifies "
    "qualified assess assesses assessed treat treats treated"
)
_JUDGEMENTS = words(
    "provocation provocations provocative hostile unfriendly aggressive aggression confrontational "
    "destabilising destabilizing escalatory escalation interference blackmail russophobic russophobia "
    "anti-russian unacceptable illegal illegitimate unlawful violation breach threat affront insult"
)
"""Words after "as" that make the regarded act a wrong ("as a crude provocation", "as a direct threat")."""
_NP_REACH = 20
_AS_REACH = 5


def judged_as(
    tokens: Sequence[Token], units: Sequence[Unit], events: list[Event], make: Make, speaker: str | None
) -> list[Event]:
    """``events`` with an ACCUSE for "<side> regards <act> as <a wrong>" whose act phrase is too long for the
    phrase lists: from the side that regards (the speaker for "we", the side after "in/by" of a passive)
    to the doer of the act (an event read inside the phrase, else the side after "by", else the first side
    the phrase names that is not the judge)."""
    for i, tok in enumerate(tokens):
        if tok.norm not in _REGARD:
            continue
        as_at = next(
            (
                k
                for k in range(i + 1, min(len(tokens), i + _NP_REACH))
                if tokens[k].norm == "as" or tokens[k].norm in _STOPS or tokens[k].norm == ","
            ),
            None,
        )
        if as_at is None or tokens[as_at].norm != "as" or as_at - i < 3:
            continue  # no "as", or a short phrase the patterns read
        judged = next(
            (
                k
                for k in range(as_at + 1, min(len(tokens), as_at + 1 + _AS_REACH))
                if tokens[k].norm in _JUDGEMENTS
            ),
            None,
        )
        if judged is None or any(t.norm in _STOPS or t.norm == "," for t in tokens[as_at:judged]):
            continue
        lo = _clause_lo(tokens, i)
        if _negated(tokens, lo, i):
            continue
        span = (tokens[i].start, tokens[judged].end)
        if any(
            e.event is EventType.ACCUSE and e.anchor[0] < span[1] and span[0] < e.anchor[1] for e in events
        ):
            continue
        passive = i > 0 and tokens[i - 1].norm in _BE
        inside = _units_in(units, i + 1, as_at)
        if passive:
            judge = next(
                (u for u in inside if u.tok_start > 0 and tokens[u.tok_start - 1].norm in ("in", "by")), None
            )
            source = _codes(judge) or ((speaker,) if speaker else ())
            inside = [u for u in inside if u is not judge]
        else:
            source = _codes(_subject(tokens, units, lo, i)) or ((speaker,) if speaker else ())
        if not source:
            continue
        act = next(
            (
                e
                for e in events
                if e.source
                and span[0] <= e.anchor[0] < tokens[as_at].start
                and not set(e.source) & set(source)
            ),
            None,
        )
        if act is not None:
            target = act.source
        else:
            by = next((u for u in inside if u.tok_start > 0 and tokens[u.tok_start - 1].norm == "by"), None)
            doer = by or next((u for u in inside if not u.locative and u.code not in source), None)
            target = _codes(doer)
            if not target:  # "regards the closing of our consulate as a provocation and will respond"
                target = next((e.target for e in events if set(e.source) == set(source) and e.target), ())
        target = tuple(c for c in target if c not in source)
        if not target:
            continue
        if any(e.event is EventType.ACCUSE and set(e.target) & set(target) for e in events):
            continue
        roles = Roles(source, target, (tokens[lo].start, tokens[judged].end))
        event = make(
            EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, tok.start, tokens[judged].end, tok.text
        )
        return [*events, event]
    return events


# --------------------------------------------------------------------------------------------- words judged

_BAD_WORDS = words(
    "groundless baseless unfounded unsubstantiated fabricated provocative aggressive hostile unfriendly "
    "russophobic inflammatory belligerent bellicose insulting slanderous irresponsible"
)
_SAYINGS = words(
    "statements statement remarks rhetoric accusations allegations claims threats insinuations attacks "
    "assertions pronouncements"
)
_CALLED = words("called calls call calling what termed dubbed described")
_DEICTIC = words("this that it")


def words_judged(
    tokens: Sequence[Token], units: Sequence[Unit], events: list[Event], make: Make, speaker: str | None
) -> list[Event]:
    """``events`` with an ACCUSE for another side's words the sentence judges ("the groundless accusations
    by X", "X's provocative statements"): by the speaker, else by the side whose act the sentence tells;
    not when the judgement is quoted as someone else's ("what it called hostile remarks") or denied."""
    for i in range(len(tokens) - 1):
        if tokens[i].norm not in _BAD_WORDS:
            continue
        k = i + 1
        while k < len(tokens) and k <= i + 3 and tokens[k].norm not in _SAYINGS:
            if tokens[k].norm in _STOPS or tokens[k].norm == ",":
                break
            k += 1
        if k >= len(tokens) or tokens[k].norm not in _SAYINGS:
            continue
        if any(t.norm in _CALLED or t.norm in _NEGATION for t in tokens[max(0, i - 3) : i]):
            continue
        lo = _clause_lo(tokens, i)
        if lo + 1 < len(tokens) and tokens[lo].norm in _DEICTIC and tokens[lo + 1].norm in _BE:
            continue  # "This is one more echo of X's groundless claims": the side judged is what "this" is
        owner: Unit | None = None
        if i >= 2 and tokens[i - 1].norm in ("'s", "’s"):
            owner = next((u for u in units if u.code and u.tok_end == i - 1), None)
        if owner is None and k + 2 < len(tokens) and tokens[k + 1].norm in ("by", "of", "from"):
            owner = _first_in(tokens, units, k + 2, 6)
        if owner is None or not owner.code:
            continue
        target = (owner.code,)
        if any(e.event is EventType.ACCUSE and set(e.target) & set(target) for e in events):
            continue
        if speaker and speaker not in target:
            source: tuple[str, ...] = (speaker,)
        else:
            source = next((e.source for e in events if e.source and not set(e.source) & set(target)), ())
        if not source or owner.kind == "pronoun":
            continue
        roles = Roles(source, target, (tokens[lo].start, tokens[min(len(tokens) - 1, owner.tok_end)].end))
        event = make(
            EventType.ACCUSE,
            "disapprove",
            roles,
            Polarity.ASSERTED,
            tokens[i].start,
            tokens[k].end,
            tokens[k].text,
        )
        return [*events, event]
    return events


def _first_in(tokens: Sequence[Token], units: Sequence[Unit], i: int, reach: int) -> Unit | None:
    """The first coded unit from token ``i`` on within ``reach`` tokens, before a break."""
    for k in range(i, min(len(tokens), i + reach)):
        if tokens[k].norm in _STOPS or tokens[k].norm == ",":
            return None
        unit = next((u for u in units if u.tok_start == k and u.code), None)
        if unit is not None:
            return unit
    return None


# -------------------------------------------------------------------------------------------- threats judged

_THREATS = words("threats threat")
_MODIFIERS = words("veiled thinly barely open repeated latest new nuclear renewed direct explicit and")


def threats_judged(
    tokens: Sequence[Token], units: Sequence[Unit], events: list[Event], make: Make
) -> list[Event]:
    """``events`` with a THREATEN by the owner of "<owner>'s (veiled nuclear) threats" when the sentence
    already codes an ACCUSE against that owner and no THREATEN of its own."""
    for i, tok in enumerate(tokens):
        if tok.norm not in _THREATS:
            continue
        k = i - 1
        while k >= 0 and tokens[k].norm in _MODIFIERS:
            k -= 1
        if k < 0:
            continue
        owner: Unit | None = None
        if tokens[k].norm in ("'s", "’s"):
            owner = next((u for u in units if u.code and u.tok_end == k), None)
        elif tokens[k].norm in _POSSESSIVES:
            owner = next(
                (u for u in reversed(units) if u.code and u.tok_end <= k and u.kind != "pronoun"), None
            )
        if owner is None or not owner.code:
            continue
        code = owner.code
        if not any(e.event is EventType.ACCUSE and code in e.target for e in events):
            continue
        if any(e.event is EventType.THREATEN and code in e.source for e in events):
            continue
        target: tuple[str, ...] = ()
        if i + 2 < len(tokens) and tokens[i + 1].norm == "against":
            target = tuple(c for c in _codes(_first_in(tokens, units, i + 2, 4)) if c != code)
        roles = Roles((code,), target, (tokens[owner.tok_start].start, tok.end))
        event = make(
            EventType.THREATEN, "", roles, Polarity.ASSERTED, tokens[owner.tok_start].start, tok.end, tok.text
        )
        return [*events, event]
    return events


# ------------------------------------------------------------------------------------------------ expected to

_EXPECT = words("expect expects expected")


def expected_to(
    tokens: Sequence[Token], units: Sequence[Unit], events: list[Event], make: Make, speaker: str | None
) -> list[Event]:
    """``events`` with a REQUEST for "<side> expects <other sides> to <do>" beside another event the
    sentence reads (the first event of such a sentence is the phrase lists' own)."""
    if not events:
        return events
    for i, tok in enumerate(tokens):
        if tok.norm not in _EXPECT or i == 0 or tokens[i - 1].norm in _BE:
            continue
        lo = _clause_lo(tokens, i)
        if _negated(tokens, lo, i):
            continue
        asked: list[Unit] = []
        k = i + 1
        while k < len(tokens) and k < i + 16 and tokens[k].norm != "to":
            if tokens[k].norm in _STOPS:
                break
            unit = next((u for u in units if u.tok_start == k and u.code), None)
            if unit is not None:
                asked.append(unit)
                k = unit.tok_end
                continue
            k += 1
        if k >= len(tokens) - 1 or tokens[k].norm != "to" or not asked:
            continue
        subject = _subject(tokens, units, lo, i)
        source = _codes(subject) or ((speaker,) if speaker and subject is None else ())
        target = tuple(dict.fromkeys(u.code for u in asked if u.code and u.code not in source))
        if not source or not target:
            continue
        if any(e.event is EventType.REQUEST and set(e.target) & set(target) for e in events):
            continue
        roles = Roles(source, target, (tokens[lo].start, tokens[min(len(tokens) - 1, k + 1)].end))
        event = make(EventType.REQUEST, "", roles, Polarity.ASSERTED, tok.start, tok.end, tok.text)
        return [*events, event]
    return events


# ---------------------------------------------------------------------------------------------- aid judged

_HARM = words(
    "prolong prolongs prolonged prolonging fuel fuels fuelled fueled fuelling fueling escalation escalate "
    "escalates escalating bloodshed agony deaths suffering party"
)
"""Words that judge arms and aid as harm ("thereby prolonging the conflict", "only fuels the escalation",
"make it a party to the conflict")."""


_FOLLOWERS = words("satellites allies vassals proxies")
"""Nouns of the camp that follows a Western power ("Washington and its satellites"): the West, as the gold
sets code them."""


def _with_followers(
    tokens: Sequence[Token], units: Sequence[Unit], doers: tuple[str, ...]
) -> tuple[str, ...]:
    """``doers`` with the West added when a doer is named with "and its satellites/allies" after it."""
    for unit in units:
        if unit.code not in doers or "WEST" in doers:
            continue
        after = [t.norm for t in tokens[unit.tok_end : unit.tok_end + 3]]
        if len(after) == 3 and after[0] == "and" and after[1] in _POSSESSIVES and after[2] in _FOLLOWERS:
            return (*doers, "WEST")
    return doers


def aid_judged(
    tokens: Sequence[Token], units: Sequence[Unit], events: list[Event], make: Make, speaker: str | None
) -> list[Event]:
    """``events`` with an ACCUSE by the speaker of the side whose aid to another the sentence judges as
    harm, when the speaker neither gives nor gets that aid and has no ACCUSE or THREATEN against it yet."""
    if not speaker:
        return events
    harm = next((i for i, t in enumerate(tokens) if t.norm in _HARM), None)
    if harm is None or _negated(tokens, _clause_lo(tokens, harm), harm):
        return events
    aid = next(
        (
            e
            for e in events
            if e.event is EventType.AID
            and e.source
            and speaker not in e.source
            and speaker not in e.target
            and e.polarity is Polarity.ASSERTED
        ),
        None,
    )
    if aid is None:
        return events
    if any(
        e.event in (EventType.ACCUSE, EventType.THREATEN) and set(e.target) & set(aid.source) for e in events
    ):
        return events
    roles = Roles(
        (speaker,),
        _with_followers(tokens, units, aid.source),
        (aid.evidence[0], max(aid.evidence[1], tokens[harm].end)),
    )
    event = make(
        EventType.ACCUSE,
        "disapprove",
        roles,
        Polarity.ASSERTED,
        tokens[harm].start,
        tokens[harm].end,
        tokens[harm].text,
    )
    return [*events, event]


# ------------------------------------------------------------------------------------------- refusal judged

_REFUSAL = words("refusal unwillingness")
_JUDGING = frozenset({EventType.ACCUSE, EventType.SUPPORT})
_REASONS = words("citing cited cites given due because")


def refusal_judged(
    tokens: Sequence[Token], units: Sequence[Unit], events: list[Event], make: Make
) -> list[Event]:
    """``events`` with a REJECT by the side whose "refusal to ..." the sentence judges ("deplores the refusal
    of X to extend the mandate", "values Y's refusal to join the sanctions"), to the side judging it, when
    no REJECT of that side is read."""
    judge = next((e for e in events if e.event in _JUDGING and e.source), None)
    if judge is None:
        return events
    for i, tok in enumerate(tokens):
        if tok.norm not in _REFUSAL or i + 1 >= len(tokens):
            continue
        owner: Unit | None = None
        if i >= 2 and tokens[i - 1].norm in ("'s", "’s"):
            owner = next((u for u in units if u.code and u.tok_end == i - 1), None)
        elif tokens[i + 1].norm == "of":
            owner = _first_in(tokens, units, i + 2, 4)
        if owner is None or not owner.code or owner.code in judge.source:
            continue
        if any(t.norm in _REASONS for t in tokens[max(0, i - 4) : i]):
            continue  # "citing the refusal of X to ...": a stated reason alleges, it reports no act
        if any(e.event is EventType.REJECT and owner.code in e.source for e in events):
            return events
        roles = Roles(
            (owner.code,),
            judge.source,
            (tokens[max(0, i - 3)].start, tokens[min(len(tokens) - 1, i + 6)].end),
        )
        event = make(EventType.REJECT, "", roles, Polarity.ASSERTED, tok.start, tok.end, tok.text)
        return [*events, event]
    return events


# ---------------------------------------------------------------------------------------------- forces sent

_FORCES = words(
    "troops forces units warships ships aircraft jets bombers fighters submarines battalions battlegroups "
    "brigades divisions missiles systems vessels"
)
_SENT = words("sent deployed dispatched moved stationed massed brought transferred")
_ASKING = frozenset({EventType.REQUEST, EventType.ACCUSE})


def forces_sent(
    tokens: Sequence[Token], units: Sequence[Unit], events: list[Event], make: Make
) -> list[Event]:
    """``events`` with a MOBILIZE by the side whose forces a call or a complaint names as sent somewhere
    ("asked NATO what the extra warships sent to the Baltic are for", "to withdraw the troops
    it has deployed to the border"), when no MOBILIZE is read: the forces' owner is the side named before
    them, else the side the call or complaint is aimed at."""
    if any(e.event is EventType.MOBILIZE for e in events):
        return events
    asked = next((e for e in events if e.event in _ASKING and e.target and e.source), None)
    if asked is None:
        return events
    for i, tok in enumerate(tokens):
        if tok.norm not in _FORCES or i + 1 >= len(tokens):
            continue
        k = i + 1
        if tokens[k].norm in ("that", "which"):
            k += 1
        if k < len(tokens) and tokens[k].norm in ("it", "they"):
            k += 1
        while k < len(tokens) and tokens[k].norm in ("has", "have", "had", "been", "recently", "just"):
            k += 1
        if (
            k + 1 >= len(tokens)
            or tokens[k].norm not in _SENT
            or tokens[k + 1].norm not in ("to", "into", "near")
        ):
            continue
        lo = _clause_lo(tokens, i)
        if _dated(tokens, lo, min(len(tokens), k + 8)):
            continue
        owner = next(
            (
                u
                for u in reversed(_units_in(units, max(lo, i - 4), i))
                if not u.locative and u.kind != "pronoun"
            ),
            None,
        )
        source = _codes(owner) or asked.target
        place = _first_in(tokens, units, k + 2, 4)
        target = tuple(c for c in _codes(place) if c not in source and c.isupper())
        roles = Roles(source, target, (tokens[max(lo, i - 4)].start, tokens[min(len(tokens) - 1, k + 4)].end))
        event = make(
            EventType.MOBILIZE, "", roles, Polarity.ASSERTED, tok.start, tokens[k].end, tokens[k].text
        )
        return [*events, event]
    return events


def _dated(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """A year between tokens ``lo`` and ``hi`` (an act anchored in the past: background)."""
    return any(t.text.isdigit() and len(t.text) == 4 for t in tokens[max(0, lo) : hi])


# --------------------------------------------------------------------------------------------- talks put off

_PUT_OFF = words("postponed suspended cancelled canceled frozen halted deferred")
_SITTINGS = words(
    "talks negotiations meetings meeting summit consultations contacts visit visits dialogue session sessions "
    "round"
)
_BE_CHAIN = words("be is are was were been being has have had will would shall")
_DECIDING = words("decided agreed announced ruled determined")


def talks_put_off(
    tokens: Sequence[Token], units: Sequence[Unit], events: list[Event], make: Make, speaker: str | None
) -> list[Event]:
    """``events`` with a SANCTION for talks or meetings with a side told as put off in the passive ("talks
    with X on the visa deal have been suspended", "decided that the meetings with X would be postponed"):
    by the side named after "by", else the side that decided, else the speaker; a meeting read from the
    talks' name gives way to it."""
    if any(e.event is EventType.SANCTION for e in events):
        return events
    for i, tok in enumerate(tokens):
        if tok.norm not in _PUT_OFF or i < 2 or tokens[i - 1].norm not in _BE_CHAIN:
            continue
        lo = _clause_lo(tokens, i)
        if _negated(tokens, lo, i):
            continue
        k = i - 1
        while k > lo and tokens[k].norm in _BE_CHAIN:
            k -= 1
        noun = next((j for j in range(k, max(lo, k - 12) - 1, -1) if tokens[j].norm in _SITTINGS), None)
        if noun is None or any(t.norm in ("that", "which", "who", ",") for t in tokens[noun:k]):
            continue
        start = noun
        while start > lo and tokens[start - 1].norm not in _DECIDING and tokens[start - 1].norm != "that":
            start -= 1
        aimed = [u for u in _units_in(units, start, k + 1) if not u.locative and u.kind != "pronoun"]
        by = (
            _first_in(tokens, units, i + 2, 5) if i + 1 < len(tokens) and tokens[i + 1].norm == "by" else None
        )
        decider = _subject(tokens, units, lo, start) if start > lo else None
        source = _codes(by) or _codes(decider) or ((speaker,) if speaker else ())
        target = tuple(dict.fromkeys(u.code for u in aimed if u.code and u.code not in source))
        if not source or not target:
            continue
        span = (tokens[start].start, tok.end)
        kept = [e for e in events if not (e.event is EventType.CONSULT and span[0] <= e.anchor[0] < span[1])]
        roles = Roles(source, target, (tokens[lo].start, tok.end))
        event = make(EventType.SANCTION, "", roles, Polarity.ASSERTED, tok.start, tok.end, tok.text)
        return [*kept, event]
    return events


# ---------------------------------------------------------------------------------------------------- invited

_JOINING = words("join become start begin accede enter")
"""Verbs after "invited to" that make the invitation an offer of membership (read elsewhere as AGREE)."""


def invited(
    tokens: Sequence[Token], units: Sequence[Unit], events: list[Event], make: Make, speaker: str | None
) -> list[Event]:
    """``events`` with a REQUEST for a side told as invited to a meeting or an exercise in the passive ("X
    was not invited to the talks", "observers from Y have been invited to the drills"): from the side
    named after "by", else the owner of the meeting ("the Alliance's summit"), else the side whose act the
    sentence tells, else the speaker; to the sides invited. Negated when the invitation is denied."""
    for i, tok in enumerate(tokens):
        if tok.norm != "invited" or i < 2 or i + 1 >= len(tokens) or tokens[i + 1].norm not in ("to", "by"):
            continue
        k = i - 1
        negated = False
        while k >= 0 and (tokens[k].norm in _BE_CHAIN or tokens[k].norm in _NEGATION):
            negated = negated or tokens[k].norm in _NEGATION
            k -= 1
        if k == i - 1:
            continue  # not a passive ("Egypt invited X to Cairo" is the phrase lists' own)
        lo = _clause_lo(tokens, i)
        if any(t.norm in _CONDITION for t in tokens[lo:i]) or any(t.norm == "?" for t in tokens):
            continue
        guests = [
            u for u in _units_in(units, max(lo, k - 6), k + 1) if not u.locative and u.kind != "pronoun"
        ]
        if not guests:
            continue
        to = i + 1
        by: Unit | None = None
        if tokens[to].norm == "by":
            by = _first_in(tokens, units, to + 1, 5)
            to = next(
                (j for j in range(to + 1, min(len(tokens), to + 7)) if tokens[j].norm == "to"), len(tokens)
            )
        if to + 1 >= len(tokens) or tokens[to + 1].norm in _JOINING:
            continue
        host = _first_in(tokens, units, to + 1, 5)
        guest_codes = tuple(dict.fromkeys(u.code for u in guests if u.code))
        source = _codes(by) or tuple(c for c in _codes(host) if c not in guest_codes)
        if not source:
            source = next((e.source for e in events if e.source and not set(e.source) & set(guest_codes)), ())
        if not source and speaker and speaker not in guest_codes:
            source = (speaker,)
        target = tuple(c for c in guest_codes if c not in source)
        if not source or not target:
            continue
        if any(e.event is EventType.REQUEST and set(e.target) & set(target) for e in events):
            continue
        polarity = Polarity.NEGATED if negated else Polarity.ASSERTED
        roles = Roles(source, target, (tokens[lo].start, tokens[min(len(tokens) - 1, to + 4)].end))
        event = make(EventType.REQUEST, "meet", roles, polarity, tok.start, tok.end, tok.text)
        return [*events, event]
    return events


# ------------------------------------------------------------------------------------------------ at request

_HELD = words("held convened met took")
_MEETING_NOUNS = words("meeting session consultations")


def _requester(tokens: Sequence[Token], units: Sequence[Unit], i: int) -> Unit | None:
    """The side of "at <X>'s request" or "at the request of <X>" around the word "request" at ``i``."""
    if i >= 3 and tokens[i - 1].norm in ("'s", "’s"):
        unit = next((u for u in units if u.code and u.tok_end == i - 1), None)
        if unit is not None and unit.tok_start > 0 and tokens[unit.tok_start - 1].norm == "at":
            return unit
        return None
    if i >= 2 and tokens[i - 1].norm == "the" and tokens[i - 2].norm == "at" and i + 2 < len(tokens):
        return _first_in(tokens, units, i + 2, 4) if tokens[i + 1].norm == "of" else None
    return None


def at_request(
    tokens: Sequence[Token], units: Sequence[Unit], events: list[Event], make: Make
) -> list[Event]:
    """``events`` with a REQUEST (meet) by the side at whose request a meeting was held, to the meeting's
    other sides ("the Council met at Estonia's request"); when the sentence reads no meeting of its own,
    "a meeting of <body> was held at X's request" is also a CONSULT of the body and X."""
    for i, tok in enumerate(tokens):
        if tok.norm != "request":
            continue
        asker = _requester(tokens, units, i)
        if asker is None or not asker.code:
            continue
        code = asker.code
        if any(e.event is EventType.REQUEST and code in e.source for e in events):
            return events
        lo = _clause_lo(tokens, i)
        if any(t.norm in ("will", "would", "to") or t.norm in _CONDITION for t in tokens[lo:i]):
            continue  # a meeting to come, or asked for, not held
        consult = next((e for e in events if e.event is EventType.CONSULT), None)
        if consult is not None:
            others = tuple(c for c in dict.fromkeys((*consult.source, *consult.target)) if c != code)
            if not others:
                continue
            roles = Roles((code,), others, (tokens[max(lo, i - 4)].start, tok.end))
            return [
                *events,
                make(EventType.REQUEST, "meet", roles, Polarity.ASSERTED, tok.start, tok.end, tok.text),
            ]
        noun = next((j for j in range(lo, i) if tokens[j].norm in _MEETING_NOUNS), None)
        if noun is None or not any(t.norm in _HELD for t in tokens[noun:i]) or tokens[noun + 1].norm != "of":
            continue
        body = _first_in(tokens, units, noun + 2, 6)
        if body is None or not body.code or body.code == code:
            continue
        span = (tokens[lo].start, tok.end)
        meeting = make(
            EventType.CONSULT,
            "",
            Roles((body.code, code), (), span),
            Polarity.ASSERTED,
            tokens[noun].start,
            tokens[noun].end,
            tokens[noun].text,
        )
        asked = make(
            EventType.REQUEST,
            "meet",
            Roles((code,), (body.code,), span),
            Polarity.ASSERTED,
            tok.start,
            tok.end,
            tok.text,
        )
        return [*events, meeting, asked]
    return events


# ------------------------------------------------------------------------------------------- joined in passing

_JOINED = words("joined")
_BLOCS = frozenset({"NATO", "EU"})


def joined_in_passing(
    tokens: Sequence[Token], units: Sequence[Unit], events: list[Event], make: Make
) -> list[Event]:
    """``events`` with a SUPPORT by the sides told in passing to have joined NATO or the EU ("X and Y, which
    joined the Alliance on 1 April, ..."), when the joining is not dated to a past year and no SUPPORT
    of theirs is read."""
    for i, tok in enumerate(tokens):
        if tok.norm not in _JOINED or i < 2:
            continue
        k = i - 1
        while k > 0 and tokens[k].norm in ("have", "has", "had", "recently", "just", "only"):
            k -= 1
        if tokens[k].norm not in ("which", "who") or tokens[k - 1].norm != ",":
            continue
        bloc = _first_in(tokens, units, i + 1, 3)
        if bloc is None or bloc.code not in _BLOCS:
            continue
        end = next(
            (j for j in range(i + 1, min(len(tokens), i + 12)) if tokens[j].norm in (",", ".", ";")), i + 6
        )
        if _dated(tokens, i, end):
            continue
        members: list[Unit] = []
        for unit in reversed([u for u in units if u.code and u.tok_end <= k - 1]):
            gap = {t.norm for t in tokens[unit.tok_end : (members[-1].tok_start if members else k - 1)]}
            if gap - {",", "and", "the"}:
                break
            members.append(unit)
        codes = tuple(dict.fromkeys(u.code for u in reversed(members) if u.code and u.code != bloc.code))
        if not codes or any(e.event is EventType.SUPPORT and set(e.source) & set(codes) for e in events):
            continue
        assert bloc.code is not None
        roles = Roles(codes, (bloc.code,), (tokens[members[-1].tok_start].start, tokens[end - 1].end))
        return [*events, make(EventType.SUPPORT, "", roles, Polarity.ASSERTED, tok.start, tok.end, tok.text)]
    return events


# -------------------------------------------------------------------------------------- not accepted as valid

_ACCEPT = words("accept accepts accepted recognise recognises recognised")
_VALID = words("legitimate valid lawful legal binding genuine")


def not_accepted_as(
    tokens: Sequence[Token], units: Sequence[Unit], events: list[Event], make: Make, speaker: str | None
) -> list[Event]:
    """``events`` with a REJECT by the side that "cannot accept <a result or act> as legitimate", beside
    another event of the sentence, aimed at that event's target, else the side the phrase names; when
    no REJECT is read."""
    if not events or any(e.event is EventType.REJECT for e in events):
        return events
    for i, tok in enumerate(tokens):
        if tok.norm not in _ACCEPT or i < 2:
            continue
        lo = _clause_lo(tokens, i)
        if not any(t.norm in _NEGATION for t in tokens[max(lo, i - 3) : i]):
            continue
        as_at = next((j for j in range(i + 2, min(len(tokens), i + 14)) if tokens[j].norm == "as"), None)
        if as_at is None or as_at + 1 >= len(tokens) or tokens[as_at + 1].norm not in _VALID:
            continue
        subject = _subject(tokens, units, lo, i)
        source = (
            _codes(subject)
            or next((e.source for e in events if e.source), ())
            or ((speaker,) if speaker else ())
        )
        named = [u for u in _units_in(units, i + 1, as_at) if not u.locative and u.code not in source]
        target = _codes(named[0] if named else None) or next(
            (e.target for e in events if set(e.source) == set(source) and e.target), ()
        )
        if not source or not target:
            continue
        roles = Roles(source, target, (tokens[lo].start, tokens[as_at + 1].end))
        return [*events, make(EventType.REJECT, "", roles, Polarity.ASSERTED, tok.start, tok.end, tok.text)]
    return events


# --------------------------------------------------------------------------------------- second predicate

_DISPOSED = words("committed determined ready open willing prepared resolved")
_STATING = words(
    "condemn condemns call calls regret regrets urge urges welcome welcomes deplore deplores reject rejects "
    "expect expects denounce denounces encourage encourages demand demands"
)
"""Verbs of a statement's second predicate after a stance ("We remain open to dialogue and condemn ...")."""
Reread = Callable[[str], "list[Event]"]


def second_predicate(
    tokens: Sequence[Token], text: str, events: list[Event], reread: Reread | None
) -> list[Event]:
    """``events`` with those of a statement's second predicate that a stance before it swallowed ("we remain
    open to dialogue and condemn X's aggression", "are ready to engage and urge Y to comply"): the subject
    and the second predicate are read again as a sentence of their own, and its events of types the
    sentence lacks are added."""
    if reread is None:
        return events
    for i, tok in enumerate(tokens):
        if tok.norm not in _DISPOSED or i == 0 or i + 2 >= len(tokens) or tokens[i + 1].norm != "to":
            continue
        lo = _clause_lo(tokens, i)
        if any(t.norm in _NEGATION or t.norm in _CONDITION for t in tokens[lo:i]):
            continue
        j = next(
            (
                k
                for k in range(i + 2, min(len(tokens) - 1, i + 16))
                if tokens[k].norm == "and" and tokens[k + 1].norm in _STATING
            ),
            None,
        )
        if j is None or any(t.norm in _STOPS for t in tokens[i:j]):
            continue
        subject = text[tokens[lo].start : tokens[i].start].split()
        if not subject:
            continue
        head = " ".join(
            w for w in subject if w.lower() not in ("remain", "remains", "are", "is", "stay", "stays")
        )
        found = reread(f"{head} {text[tokens[j + 1].start :]}")
        if not found:
            return events
        cut = tokens[j].start  # the first reading's events of the second predicate's words give way
        kept = [e for e in events if e.anchor[0] < cut]
        have = {e.event for e in kept}
        shift = tokens[j + 1].start - len(head) - 1
        floor = tokens[lo].start
        extra = [
            dataclasses.replace(
                e,
                evidence=(max(floor, e.evidence[0] + shift), max(floor, e.evidence[1] + shift)),
                anchor=(max(floor, e.anchor[0] + shift), max(floor, e.anchor[1] + shift)),
            )
            for e in found
            if e.event not in have
        ]
        return [*kept, *extra]
    return events


# ------------------------------------------------------------------------------------------------------- run

_GATE = (
    _REGARD
    | _BAD_WORDS
    | _THREATS
    | _EXPECT
    | _HARM
    | _REFUSAL
    | _SENT
    | _PUT_OFF
    | words("invited request")
    | _JOINED
    | _ACCEPT
    | _DISPOSED
)
"""Words without which no family of the module finds anything."""


def settled(
    tokens: Sequence[Token],
    units: Sequence[Unit],
    events: list[Event],
    make: Make,
    speaker: str | None,
    *,
    text: str = "",
    reread: Reread | None = None,
) -> list[Event]:
    """``events`` with the second events of the module's families (see the module docstring)."""
    if _GATE.isdisjoint(norms_of(tokens)):
        return events
    events = judged_as(tokens, units, events, make, speaker)
    events = words_judged(tokens, units, events, make, speaker)
    events = threats_judged(tokens, units, events, make)
    events = expected_to(tokens, units, events, make, speaker)
    events = aid_judged(tokens, units, events, make, speaker)
    events = refusal_judged(tokens, units, events, make)
    events = forces_sent(tokens, units, events, make)
    events = talks_put_off(tokens, units, events, make, speaker)
    events = invited(tokens, units, events, make, speaker)
    events = at_request(tokens, units, events, make)
    events = joined_in_passing(tokens, units, events, make)
    events = not_accepted_as(tokens, units, events, make, speaker)
    return second_predicate(tokens, text, events, reread) if text else events
