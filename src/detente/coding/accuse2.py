"""Accusations in official statements that the readers before miss or misread (s33, helper accuse2; examples in
our own words).

- **Conduct named with a charge** (:func:`charged_conduct`). "Sofia's openly anti-Russian course leaves us
  no choice", "the sham vote staged by Moscow in the occupied districts is null and void", "the unlawful
  detention of our sailors by the Danish authorities must end", "Lavrov said the Alliance's reckless
  expansion is the root of the crisis": a side's conduct named with a word of disapproval (hostile,
  provocative, reckless, illegal, sham ...) or by a noun that is itself a charge (aggression, interference,
  violations, provocations ...) is the judge's ACCUSE (disapprove) of that side. The owner is the side whose
  the conduct is ("X's", "of X" for conduct nouns, "by X", "staged/imposed by X"); the judge is the one who
  says it ("Lavrov said ..."), else the speaker. Nothing is added when that side is already accused in the
  sentence; when the charge is denied, hypothetical ("any hostile steps by X would ..."), the judge's own, a
  question or background ("since the illegal annexation"); when another side stands before it as the doer
  ("Russia has launched a brutal war", told as the act); when it is only the reason given for an act ("in
  response to / because of / as a result of X's unfriendly steps, <act>") or the object of a refusal ("will
  never recognise X's illegal annexation"): the gold codes those as the act or the REJECT alone.
- **"What it called"** (:func:`what_it_called`). "Beijing condemned what it called Washington's bullying of
  its neighbours", "the Kremlin rejected what it described as Western meddling in Chisinau": the side that
  condemns or rejects accuses the side its words name (ACCUSE disapprove, judge -> named side); ACCUSE readings
  of the clause aimed back at the judge or at no one are that event misread and are replaced.
- **A threat seen, without "as"** (:func:`threat_seen`). "Moscow regards the Alliance's build-up near its
  borders a threat", "Ankara considers the militias' presence a danger to its security": the judge accuses
  the side whose act is called the threat (the strategy-text convention), unless denied or already read.
- **A side behind an act** (:func:`behind_act`). "Military intelligence of Russia was behind the hacking of
  the ministry, The Hague said", "we believe the Minsk regime is behind the influx at our border": the one who
  says or believes it alleges the act of the side said to be behind it (ACCUSE allege); never when the
  doer is unknown ("it was unclear who was behind"), denied, or only possible ("may be behind"), and "behind
  schedule" names no act.
- **Dangers listed, sides named as threats** (:func:`dangers_listed`). "The main external dangers include
  the build-up of the bloc's strike forces near our borders", "the review names Beijing as a systemic
  rival": a strategy text that lists a side's act among its main dangers, or names a side as a threat, rival
  or adversary, is the speaker's ACCUSE of that side (the project's convention for strategy texts); a list
  with no side named ("terrorism, pandemics") accuses no one.
- **An act judged** (:func:`act_judged`). "Lavrov stressed that the use of force against Syria is
  unacceptable", "the Kremlin said that Kyiv's strikes on Kursk were a crime": the sayer (else the speaker)
  accuses the act's doer when one is named ("X's", "by X"), else no one; the side the act is aimed at is no
  accused, and a hostile act read with the sayer as its doer from the judged words is dropped (the sayer
  judges the act, it does not do it).
- **A title speaking for its side** (:func:`title_source`). "The Secretary General said Russia must be
  held accountable for the crimes": an ACCUSE whose source was left empty, told by a bare title ("the
  Minister", "the Spokesperson") that says it, is the speaker's.
- **Concern for someone's welfare, regret at one's own lot** (:func:`no_charge`). "The President voiced
  concern for the health of the wounded Turkish envoy", "Tokyo is worried about the safety of its nationals
  in Sudan", "London expressed regret at leaving the bloc", "the Premier regretted that he could not attend":
  no conduct of another side is judged, so an ACCUSE read from those words alone is dropped (concern about a
  situation, a clash or a side's act stays ACCUSE).

Every family is a regular expression behind a cheap word gate; sides come only from the sentence's actor
units and the speaker. :func:`settled` runs them all, returns a new list and never raises.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.clauses import clause_end, clause_start
from detente.coding.clauses import is_side as _side
from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import Token, norms_of, words
from detente.coding.roleparts import Make, Roles
from detente.coding.text import WordCheck

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = [
    "act_judged",
    "behind_act",
    "charged_conduct",
    "dangers_listed",
    "no_charge",
    "settled",
    "target_filled",
    "threat_seen",
    "title_source",
    "what_it_called",
]

_MAX_TEXT = 2_000
"""Longer sentences are left to the other readers."""

_CLAUSE_STOP = re.compile(r"[;:!?\u2014]|\.(?:\s|$)")


def _clause_start(text: str, at: int) -> int:
    return clause_start(text, at, _CLAUSE_STOP)


def _clause_end(text: str, at: int) -> int:
    return clause_end(text, at, _CLAUSE_STOP)


_NEGATION = re.compile(r"\b(?:not|never|no|n't|nor|neither|without|free\s+of|absence\s+of)\b", re.IGNORECASE)
_HYPOTHETICAL = re.compile(
    r"\b(?:any|if|unless|whether|would|could|might|may|should|possible|potential|alleged|allegedly|"
    r"so-called\s+(?:Russian|Western|NATO)|claims?|accus\w+|allegations?|myths?|fake|false|groundless|"
    r"baseless|unfounded|unproven|since|before|until)\b",
    re.IGNORECASE,
)
_SAYING = re.compile(
    r"\b(?:said|says|say|told|tells|stated|states|declared|declares|noted|notes|added|adds|stressed|stresses|"
    r"underlined|emphasi[sz]ed|pointed\s+out|insisted|warned|believes|believed|argued|wrote|explained)\b",
    re.IGNORECASE,
)


def _sides(units: Sequence[Unit], lo: int, hi: int, *, locative: bool | None = False) -> list[Unit]:
    return [
        u
        for u in units
        if lo <= u.start and u.end <= hi and _side(u.code) and (locative is None or u.locative == locative)
    ]


def _accused(events: Sequence[Event], target: str) -> bool:
    return any(e.event is EventType.ACCUSE and target in e.target for e in events)


def _add(
    out: list[Event], make: Make, judge: str, owner: str, span: tuple[int, int], mode: str, trigger: str
) -> list[Event]:
    """``out`` with an asserted ACCUSE judge -> owner: an ACCUSE of the judge aimed at no one takes the
    owner, else a new event is made."""
    for k, e in enumerate(out):
        if e.event is EventType.ACCUSE and e.source == (judge,) and not e.target:
            out[k] = dataclasses.replace(e, target=(owner,))
            return out
    roles = Roles((judge,), (owner,), span)
    out.append(make(EventType.ACCUSE, mode, roles, Polarity.ASSERTED, span[0], span[1], trigger))
    return out


# ------------------------------------------------------------------------------------- charged conduct
_ADJ = (
    r"aggressive|hostile|unfriendly|provocative|reckless|irresponsible|destabili[sz]ing|illegal|unlawful|"
    r"illegitimate|sham|criminal|anti-Russian|Russophobic|belligerent|confrontational|malign|malicious|"
    r"unprovoked|unjustified|unjustifiable|brutal|barbaric|repeated|blatant|flagrant|gross|systematic|"
    r"deliberate|coercive|subversive|destructive|expansionist|revanchist|militaristic|predatory|"
    r"discriminatory|unacceptable|outrageous|hypocritical|cynical|disgraceful|shameful|openly\s+hostile|"
    r"openly\s+anti-Russian|so-called"
)
_CONDUCT = (
    r"actions?|acts?|steps?|moves?|conduct|behaviou?r|course|polic(?:y|ies)|rhetoric|statements?|remarks|"
    r"activit(?:y|ies)|blockades?|detentions?|arrests?|annexations?|occupations?|referend(?:um|ums|a)|elections?|"
    r"votes?|interference|meddling|campaign|build-?up|expansion|provocations?|attacks?|shelling|strikes|"
    r"aggression|war|wars|invasions?|seizures?|deportations?|militari[sz]ation|escalation|violations?|threats|"
    r"practices?|measures|sanctions|decisions?|attempts?|operations?|incursions?|intrusions?|harassment|"
    r"persecution|crackdown|bombing|bombardment|pressure|blackmail|lies|disinformation|propaganda|tactics"
)
_SELF_CHARGED = (
    r"aggression|interference|meddling|provocations?|violations?\s+of|breaches\s+of|harassment\s+of|"
    r"persecution\s+of|blackmail|disinformation|propaganda|lies|war\s+crimes|atrocities|hypocrisy|"
    r"Russophobia|occupation\s+of|annexation\s+of|crackdown\s+on"
)
_CHARGED = re.compile(
    rf"\b(?:(?:(?:{_ADJ})(?:\s*(?:,|and)\s*(?:{_ADJ}))*\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_CONDUCT}))|"
    rf"(?P<self>{_SELF_CHARGED}))\b",
    re.IGNORECASE,
)
_SO_CALLED_OK = re.compile(r"so-called\s+(?:referend|elect|vote|annex|independ|republic)", re.IGNORECASE)
_CHARGE_GATE = words(
    "aggressive hostile unfriendly provocative reckless irresponsible destabilising destabilizing illegal "
    "unlawful illegitimate sham criminal anti-russian russophobic belligerent confrontational malign "
    "malicious unprovoked unjustified unjustifiable brutal barbaric repeated blatant flagrant gross systematic "
    "deliberate coercive subversive destructive expansionist revanchist militaristic predatory "
    "discriminatory unacceptable outrageous hypocritical cynical disgraceful shameful so-called aggression "
    "interference meddling provocation provocations violations violation breaches harassment persecution "
    "blackmail disinformation propaganda lies crimes atrocities hypocrisy russophobia occupation annexation "
    "crackdown"
)
_BY_AFTER = re.compile(
    r"\s+(?:and\s+[\w-]+\s+)?(?:(?:of|on|against|in|at|to)\s+(?:[\w'’-]+\s+){1,4}?)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?:organi[sz]ed|held|staged|imposed|carried\s+out|committed|pursued|conducted|waged|launched|"
    r"unleashed|perpetrated|spread|taken|adopted|made|announced|introduced)\s+)?by\s+(?P<who>)",
    re.IGNORECASE,
)
_OF_AFTER = re.compile(r"\s+(?:and\s+[\w-]+\s+)?of\s+(?P<who>)", re.IGNORECASE)
_AGENT_NOUN = re.compile(
    r"(?:actions?|acts?|steps?|moves?|conduct|behaviou?r|course|polic(?:y|ies)|rhetoric|statements?|remarks|"
    r"activit(?:y|ies)|campaign|build-?up|expansion|provocations?|practices?|measures|decisions?|attempts?|"
    r"interference|meddling|aggression|hypocrisy|lies|disinformation|propaganda|pressure|blackmail|threats)$",
    re.IGNORECASE,
)
_FRONTED = re.compile(
    r"^\s*(?:(?:And|But|So|Thus),?\s+)?(?:in\s+response\s+to|in\s+reaction\s+to|responding\s+to|citing|"
    r"faced\s+with|facing|in\s+the\s+face\s+of|in\s+view\s+of|against\s+the\s+background\s+of)\b",
    re.IGNORECASE,
)
_REFUSED = re.compile(
    r"\b(?:recogni[sz]\w*|accept\w*|tolerat\w*|legitimi[sz]\w*|endors\w*|condon\w*)\b", re.IGNORECASE
)
_EXPLAINED = re.compile(
    r"\b(?:because\s+of|due\s+to|as\s+a\s+result\s+of|given|following|after|owing\s+to|amid|despite|"
    r"in\s+(?:the\s+)?light\s+of|thanks\s+to|since|before|until|in\s+connection\s+with)\s+(?:the\s+)?"
    r"(?:[\w'’.-]+\s+){0,3}$",
    re.IGNORECASE,
)
_WESTERN = re.compile(r"(?:the\s+)?(?:collective\s+)?(?:West\b|Western\b)")
_WESTERN_BEFORE = re.compile(r"\b(?:the\s+)?(?:collective\s+)?West['’]s?\s+(?:[\w-]+\s+){0,2}$|\bWestern\s+$")
_VICTIM_BEFORE = re.compile(
    r"\b(?:against|on|at|upon|towards?|in|into|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_FIRST_PERSON = re.compile(r"^\s*(?:we|I|our|us)\b", re.IGNORECASE)
_OURS = re.compile(r"^(?:our|my|us|we)\b", re.IGNORECASE)


def _owner(text: str, units: Sequence[Unit], m: re.Match[str], lo: int, hi: int) -> str | None:
    """The side whose conduct the charged phrase names: a possessive just before it ("Minsk's", "the
    Alliance's"), an adjectival side inside it ("Western meddling"), or the side after "of"/"by"."""
    before = [u for u in _sides(units, lo, m.start(), locative=None) if u.end <= m.start()]
    if before:
        u = before[-1]
        gap = text[u.end : m.start()]
        if re.fullmatch(r"\s*['’]s?\s+(?:[\w-]+\s+){0,2}", gap) or (
            u.kind == "demonym" and re.fullmatch(r"\s+(?:[\w-]+\s+){0,1}", gap)
        ):
            return u.code
    if _WESTERN_BEFORE.search(text, max(lo, m.start() - 25), m.start()):
        return "WEST"
    inside = _sides(units, m.start(), m.end(), locative=None)
    if inside:
        return inside[0].code
    if _WESTERN.match(text, m.start()):
        return "WEST"
    after = _BY_AFTER.match(text, m.end(), hi)
    if after is None and _AGENT_NOUN.search(m.group(0)):
        after = _OF_AFTER.match(text, m.end(), hi)
    if after is not None:
        found = _sides(units, after.start("who"), min(hi, after.start("who") + 60), locative=None)
        gap = text[after.start("who") : found[0].start] if found else ""
        if found and re.fullmatch(r"(?:the\s+|certain\s+|some\s+|[\w-]+\s+)?", gap):
            return found[0].code
        if _WESTERN.match(text, after.start("who")):
            return "WEST"
    return None


def _judge(
    text: str, units: Sequence[Unit], m: re.Match[str], lo: int, hi: int, speaker: str | None
) -> str | None:
    """Who judges the charged conduct: the main clause's subject after a fronted reason, the sayer, the
    speaker."""
    head = text[lo:]
    if _FRONTED.match(head):
        comma = text.find(",", m.end(), hi)
        if comma < 0:
            return None
        rest = text[comma + 1 : hi]
        if _FIRST_PERSON.match(rest):
            return speaker
        subj = _sides(units, comma + 1, hi, locative=False)
        if subj and subj[0].start <= comma + 1 + 40:
            return subj[0].code
        return None if subj else speaker
    said = None
    for s in _SAYING.finditer(text, lo, m.start()):
        said = s
    if said is not None:
        who = _sides(units, _clause_start(text, said.start()), said.start(), locative=False)
        if who:
            return who[0].code
        return speaker
    return speaker


_NEGATED_JUST_BEFORE = re.compile(
    r"\b(?:not|no|never|nor|without|n['’]t)\s+(?:(?:a|an|the|any|such)\s+)?$", re.IGNORECASE
)


def _doer_before(text: str, units: Sequence[Unit], m: re.Match[str], lo: int, owner: str, judge: str) -> bool:
    """Another side stands before the charged phrase in its clause (after any saying verb): the phrase is
    that side's act or object ("Russia has launched a brutal war"), told as an event, not judged."""
    start = lo
    for s in _SAYING.finditer(text, lo, m.start()):
        start = s.end()
    before = [u for u in _sides(units, start, m.start(), locative=None) if u.code != judge]
    return any(u.code != owner for u in before) or bool(
        before and not re.search(r"['’]s?\s+(?:[\w-]+\s+){0,2}$", text[start : m.start()])
    )


def charged_conduct(
    text: str, units: Sequence[Unit], events: Sequence[Event], speaker: str | None, make: Make
) -> list[Event]:
    """Conduct named with a charge (see the module note)."""
    out = list(events)
    if text.rstrip().endswith("?"):
        return out
    for m in _CHARGED.finditer(text):
        if m.group(0).lower().startswith("so-called") and not _SO_CALLED_OK.match(text, m.start()):
            continue
        lo, hi = _clause_start(text, m.start()), _clause_end(text, m.end())
        window = text[max(lo, m.start() - 40) : m.start()]
        if _NEGATED_JUST_BEFORE.search(text, max(lo, m.start() - 24), m.start()) or _HYPOTHETICAL.search(
            window
        ):
            continue
        if _OURS.match(text[m.start() :]) or _EXPLAINED.search(text, max(lo, m.start() - 60), m.start()):
            continue
        if _FRONTED.match(text[lo:]) or _REFUSED.search(text, lo, m.start()):
            continue  # a reason given for an act, or conduct refused recognition: the gold codes the act alone
        owner = _owner(text, units, m, lo, hi)
        if owner is None:
            continue
        fronted = _FRONTED.match(text[lo:]) is not None
        judge = _judge(text, units, m, lo, hi, speaker)
        if not judge or judge == owner or _accused(out, owner):
            continue
        if _HYPOTHETICAL.search(text, lo, m.start()) and not fronted:
            continue
        if not fronted and _doer_before(text, units, m, lo, owner, judge):
            continue
        out = _add(out, make, judge, owner, (m.start(), m.end()), "disapprove", "charged conduct")
    return out


# ------------------------------------------------------------------------------------- what it called
_WHAT_CALLED = re.compile(
    r"\b(?P<verb>condemn(?:s|ed)?|denounc(?:e|es|ed)|reject(?:s|ed)?|critici[sz](?:e|es|ed)|decr(?:y|ies|ied)|"
    r"deplor(?:e|es|ed)|slamm?(?:s|ed)?|blast(?:s|ed)?|protest(?:s|ed)?\s+(?:against|over)|"
    r"dismiss(?:es|ed)?|warn(?:s|ed)?\s+(?:against|of)|accus(?:e|es|ed)\s+\w+\s+of|hit\s+out\s+at|"
    r"lashed\s+out\s+at|complain(?:s|ed)?\s+(?:of|about))\s+what\s+(?:it|he|she|they|the\s+\w+)\s+"
    r"(?:called|calls|described\s+as|describes\s+as|termed|terms|referred\s+to\s+as|characteri[sz]ed\s+as|"
    r"labell?ed|dubbed|saw\s+as|sees\s+as|considered|regarded\s+as|branded)\s+",
    re.IGNORECASE,
)


def what_it_called(
    text: str, units: Sequence[Unit], events: Sequence[Event], speaker: str | None, make: Make
) -> list[Event]:
    """Condemning "what it called ..." (see the module note)."""
    out = list(events)
    for m in _WHAT_CALLED.finditer(text):
        lo, hi = _clause_start(text, m.start()), _clause_end(text, m.end())
        if _NEGATION.search(text, max(lo, m.start() - 25), m.start()):
            continue
        named = _sides(units, m.end(), min(hi, m.end() + 120), locative=None)
        if _WESTERN.match(text, m.end()):
            owner: str | None = "WEST"
        elif named:
            owner = named[0].code
        else:
            continue
        if owner is None:
            continue
        before = _sides(units, lo, m.start(), locative=False)
        if before:
            judge: str | None = before[0].code
        elif re.search(r"\b(?:we|I)\b", text[lo : m.start()]):
            judge = speaker
        else:
            judge = None
        if not judge or judge == owner:
            continue
        keep: list[Event] = []
        for e in out:
            misread = e.event is EventType.ACCUSE and (
                (e.target == (judge,) and (not e.source or e.source == (owner,)))
                or (e.source == (judge,) and not e.target)
            )
            if not misread:
                keep.append(e)
        out = keep
        if not any(e.event is EventType.ACCUSE and e.source == (judge,) and owner in e.target for e in out):
            out = _add(out, make, judge, owner, (m.start(), m.end()), "disapprove", "what it called")
    return out


# ------------------------------------------------------------------------------------- threat seen
_THREAT_SEEN = re.compile(
    r"\b(?P<verb>consider(?:s|ed)?|regard(?:s|ed)?|deem(?:s|ed)?|view(?:s|ed)?|see(?:s)?|saw)\s+"
    r"(?P<np>(?:[\w'’-]+,?\s+){1,14}?)(?:to\s+be\s+)?(?:a|an)\s+(?:(?:direct|serious|grave|major|real|"
    r"growing|clear|potential|immediate|existential|significant|fundamental|long-term|military|strategic)\s+"
    r"(?:and\s+)?){0,3}(?P<noun>threat|danger|menace)\b",
    re.IGNORECASE,
)


def threat_seen(
    text: str, units: Sequence[Unit], events: Sequence[Event], speaker: str | None, make: Make
) -> list[Event]:
    """ "X regards Y's act a threat" (see the module note)."""
    out = list(events)
    for m in _THREAT_SEEN.finditer(text):
        lo = _clause_start(text, m.start())
        if _NEGATION.search(text, max(lo, m.start() - 25), m.start()) or re.search(
            r"\b(?:if|whether|would|could|might)\b", text[lo : m.start()], re.IGNORECASE
        ):
            continue
        if re.search(r"\bno\b", m.group("np"), re.IGNORECASE):
            continue
        owners = _sides(units, m.start("np"), m.end("np"), locative=False)
        if not owners or owners[0].code is None:
            continue
        owner = owners[0].code
        before = _sides(units, lo, m.start(), locative=False)
        if before:
            judge = before[0].code
        elif re.search(r"\b(?:we|I)\s+(?:\w+\s+)?$", text[lo : m.start()], re.IGNORECASE):
            judge = speaker
        else:
            judge = None
        if not judge or judge == owner or _accused(out, owner):
            continue
        out = _add(out, make, judge, owner, (m.start(), m.end()), "disapprove", "threat seen")
    return out


# ------------------------------------------------------------------------------------- title as source
_TITLE_SAYS = re.compile(
    r"^\s*(?:(?:NATO|the|our)\s+)?(?:Deputy\s+)?(?:Secretary[\s-]+General|(?:Foreign\s+|Defen[cs]e\s+|Prime\s+)?"
    r"Minister|Spokes(?:person|woman|man)|President|Chancellor|Ambassador|Permanent\s+Representative|"
    r"High\s+Representative|Chair(?:man|woman|person)?)\s+(?:has\s+|also\s+)?(?:said|stressed|noted|"
    r"underlined|stated|added|emphasi[sz]ed|made\s+clear|pointed\s+out|reiterated|declared)\b",
    re.IGNORECASE,
)


def title_source(text: str, events: Sequence[Event], speaker: str | None) -> list[Event]:
    """An ACCUSE told by a bare title with no source is the speaker's (see the module note)."""
    if not speaker or not _TITLE_SAYS.match(text):
        return list(events)
    return [
        dataclasses.replace(e, source=(speaker,))
        if e.event is EventType.ACCUSE and not e.source and speaker not in e.target
        else e
        for e in events
    ]


# ------------------------------------------------------------------------------------- no charge
_WELFARE = re.compile(
    r"\b(?:concern(?:s|ed)?|worr(?:y|ies|ied)|anxiety|anxious|fears?)\s+(?:for|about|over|regarding)\s+"
    r"(?:the\s+)?(?:(?:personal|physical|continued|continuing)\s+)?(?:health|safety|well-?being|welfare|fate|"
    r"lives|life|whereabouts|condition|recovery)\s+of\b|"
    r"\bconcern(?:s|ed)?\s+for\s+(?:the\s+)?(?:\w+\s+){0,3}(?:citizens|nationals|people|population|"
    r"compatriots|civilians|families|victims|children|hostages|crew|sailors|soldiers|ambassador|envoy)\b|"
    r"\b(?:regret(?:s|ted)?|sad(?:ness)?|sorrow)\s+(?:at|about|over)\s+(?:having\s+to\s+)?(?:leav|depart|"
    r"miss|not\s+being)\w*|"
    r"\bregret(?:s|ted)?\s+that\s+(?:I|we|he|she|they|it|the\s+\w+)\s+(?:could|can|was|were|will|would|"
    r"had|has|have)\s*(?:not|n['’]t|been\s+unable|unable)|"
    r"\bregret(?:s|ted)?\s+(?:not\s+being\s+able|being\s+unable|that\s+(?:I|we|he|she|they)\s+cannot)",
    re.IGNORECASE,
)
_OTHER_CHARGE = re.compile(
    r"\b(?:condemn\w*|denounc\w*|accus\w*|blam\w*|criticis\w*|criticiz\w*|deplor\w*|protest\w*|"
    r"violat\w*|illegal\w*|unlawful\w*|aggress\w*|attack\w*|detain\w*|detention|arrest\w*|kidnap\w*|"
    r"abduct\w*|hostage|poison\w*|shell\w*|strikes?|responsib\w*|held\s+by|seiz\w*|captiv\w*|jail\w*|"
    r"imprison\w*|mistreat\w*|tortur\w*)\b",
    re.IGNORECASE,
)


def no_charge(text: str, events: Sequence[Event]) -> list[Event]:
    """ACCUSE readings of concern for someone's welfare or regret at one's own lot dropped (module note)."""
    out = list(events)
    if not any(e.event is EventType.ACCUSE for e in out):
        return out
    spans = [(m.start(), m.end()) for m in _WELFARE.finditer(text)]
    if not spans or _OTHER_CHARGE.search(text):
        return out
    return [
        e
        for e in out
        if not (e.event is EventType.ACCUSE and any(e.anchor[0] < b and a < e.anchor[1] for a, b in spans))
    ]


# ------------------------------------------------------------------------------------- behind an act
_BEHIND = re.compile(
    r"\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been|stood|stands|stand)\s+(?:also\s+|probably\s+|"
    r"likely\s+|most\s+likely\s+|almost\s+certainly\s+|clearly\s+|directly\s+)?behind\s+(?:the\s+|a\s+|an\s+|"
    r"this\s+|these\s+|that\s+|those\s+|last\s+\w+['’]s\s+)?(?:[\w-]+\s+){0,3}?(?P<act>attacks?|sabotage|"
    r"explosions?|blasts?|bombings?|assassinations?|killings?|murders?|poisonings?|hack(?:ing|s)?|cyber-?attacks?|"
    r"intrusions?|break-?ins?|attempts?|campaigns?|plots?|coups?|unrest|riots?|protests|incidents?|disruptions?|"
    r"damage|leaks?|fires?|arson|disinformation|surge|influx|crisis|provocations?|shelling|strikes?|"
    r"operations?|interference|meddling)\b",
    re.IGNORECASE,
)
_TRAILING_SAYER = re.compile(
    r",\s*(?:(?P<who>[^,]{2,60}?)\s+(?:said|says|claimed|claims|stated|alleged|alleges|charged|charges|"
    r"believes|believed|concluded|found)|(?:said|says|claimed|stated|alleged|charged)\s+(?P<who2>[^,]{2,60}?))"
    r"\s*(?:[,.]|$)",
    re.IGNORECASE,
)
_BELIEF = re.compile(
    r"\b(?:said|says|say|believe|believes|believed|claimed|claims|alleged|alleges|charged|concluded|"
    r"found|suspect|suspects|suspected|stated|insisted|is\s+convinced|are\s+convinced|knows?|know)\b(?:\s+that)?",
    re.IGNORECASE,
)


def behind_act(
    text: str, units: Sequence[Unit], events: Sequence[Event], speaker: str | None, make: Make
) -> list[Event]:
    """A side said to be behind an attack, a plot or unrest (see the module note)."""
    out = list(events)
    for m in _BEHIND.finditer(text):
        lo = _clause_start(text, m.start())
        before_text = text[lo : m.start()]
        if _NEGATION.search(before_text[-40:]) or re.search(
            r"\b(?:who|whoever|whether|if|unclear|unknown|may|might|could|would|no\s+one|nobody)\b",
            before_text,
            re.IGNORECASE,
        ):
            continue
        belief = None
        for said_m in _BELIEF.finditer(text, lo, m.start()):
            belief = said_m
        doer_lo = belief.end() if belief is not None else lo
        doers = _sides(units, doer_lo, m.start(), locative=None)
        if not doers or doers[-1].code is None:
            continue
        if belief is not None and not re.fullmatch(
            r"\s*(?:(?:that|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}",
            text[belief.end() : doers[-1].start],
        ):
            continue  # the doer is the subject of the clause told, not a side named deeper inside it
        doer = doers[-1].code
        judge: str | None = None
        if belief is not None:
            said = _sides(units, lo, belief.start(), locative=False)
            if said:
                judge = said[0].code
            elif re.search(r"\b(?:we|I)\s+(?:\w+\s+)?$", text[lo : belief.start()], re.IGNORECASE):
                judge = speaker
            elif re.search(r"\b(?:claim|alleg|charg)", belief.group(0), re.IGNORECASE):
                judge = None
        else:
            trail = _TRAILING_SAYER.search(text, m.end())
            if trail is not None:
                key = "who" if trail.group("who") is not None else "who2"
                found = _sides(units, trail.start(key), trail.end(key), locative=False)
                judge = found[0].code if found else speaker
            else:
                judge = speaker
        if not judge or judge == doer or _accused(out, doer):
            continue
        out = _add(out, make, judge, doer, (m.start(), m.end()), "allege", "behind an act")
    return out


# ------------------------------------------------------------------------------------- dangers listed
_DANGERS = re.compile(
    r"\b(?:main|principal|key|chief|major|greatest|gravest|biggest|most\s+(?:serious|significant|direct))\s+"
    r"(?:external\s+|internal\s+|military\s+|security\s+|strategic\s+|political\s+){0,3}"
    r"(?:dangers|threats|risks|challenges|threat|danger|risk|challenge)\b"
    r"(?:\s+(?:to|for)\s+(?:[\w'’-]+\s+){1,4}?)?\s*(?:include|includes|included|are|is|was|were|remain|remains|"
    r"comprise|comprises|:)\s+",
    re.IGNORECASE,
)
_AMONG = re.compile(
    r"^\s*Among\s+the\s+(?:main|principal|key|chief|major|greatest|gravest)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:dangers|threats|risks|challenges)\b[^,;:]{0,60}?\s(?:is|are)\s+",
    re.IGNORECASE,
)
_NAMED_AS = re.compile(
    r"\b(?:names?|named|identif(?:y|ies|ied)|designat(?:e|es|ed)|lists?|listed|singles?\s+out|singled\s+out)"
    r"\s+(?P<np>(?:[\w'’-]+\s+){1,4}?)as\s+(?:a|an|the|our|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:threat|challenge|adversary|danger|enemy|rival|competitor)\b",
    re.IGNORECASE,
)


def dangers_listed(
    text: str, units: Sequence[Unit], events: Sequence[Event], speaker: str | None, make: Make
) -> list[Event]:
    """A strategy text listing a side among its main dangers, or naming it as a threat (module note)."""
    out = list(events)
    if not speaker:
        return out
    found: list[tuple[int, int, int, int]] = []
    for rx in (_DANGERS, _AMONG):
        for m in rx.finditer(text):
            found.append((m.start(), m.end(), m.end(), _clause_end(text, m.end())))
    for m in _NAMED_AS.finditer(text):
        found.append((m.start(), m.end(), m.start("np"), m.end("np")))
    for start, end, lo, hi in found:
        if _NEGATION.search(text, max(0, start - 30), start) or _NEGATION.search(text, lo, hi):
            continue
        sides = [u for u in _sides(units, lo, hi, locative=False) if u.code != speaker]
        if not sides or sides[0].code is None:
            continue
        owner = sides[0].code
        if _accused(out, owner):
            continue
        out = _add(out, make, speaker, owner, (start, end), "disapprove", "dangers listed")
    return out


# ------------------------------------------------------------------------------------- sides of a charge
_STANDS_ACCUSED = re.compile(r"\b(?:stands?|stood|standing)\s+(?:accused|charged)\s+by\s+", re.IGNORECASE)
_STANDS_ACCUSED_OF = re.compile(
    r"\b(?:stands?|stood|standing)\s+(?:accused|charged)\s+(?:of|with)\b", re.IGNORECASE
)
_UNDER_FIRE = re.compile(
    r"\b(?:c[ao]mes?|coming|came)\s+under\s+(?:(?:heavy|sharp|strong|renewed|growing|intense)\s+)?"
    r"(?:fire|criticism|attack)\s+from\s+|"
    r"\b(?:dr[ae]ws?|drawn|drawing|faced?|faces|facing|sparked|provoked|attracted|met\s+with|meets\s+with)\s+"
    r"(?:(?:sharp|strong|heavy|harsh|fierce|international|widespread|renewed|growing)\s+)?(?:criticism|"
    r"condemnation|rebukes?|accusations|censure)\s+from\s+",
    re.IGNORECASE,
)


def charge_sides(text: str, units: Sequence[Unit], events: Sequence[Event]) -> list[Event]:
    """The sides of an ACCUSE read from a charge told from the accused's end ("Moscow stands accused by
    the Netherlands", "Budapest came under fire from Brussels"; with no judge named, "X stands accused of"
    aims the charge at X and leaves its source unknown, as the passive "X is accused of" does), and an ACCUSE aimed at its own source
    ("Moscow voiced its displeasure at Baku's treatment of Russian citizens"), set right."""
    out = list(events)
    for k, e in enumerate(out):
        if e.event is not EventType.ACCUSE:
            continue
        a0, a1 = e.anchor
        lo, hi = _clause_start(text, a0), _clause_end(text, a1)
        near = max(lo, a0 - 25)
        turned = _STANDS_ACCUSED.search(text, near, min(hi, a1 + 5)) or _UNDER_FIRE.search(
            text, near, min(hi, a1 + 5)
        )
        if turned is not None:
            judges = _sides(units, turned.end(), min(hi, turned.end() + 60), locative=None)
            accused = _sides(units, lo, turned.start(), locative=False)
            if judges and accused and judges[0].code != accused[-1].code:
                judge, target = judges[0].code, accused[-1].code
                if judge and target:
                    out[k] = dataclasses.replace(e, source=(judge,), target=(target,))
            continue
        bare = _STANDS_ACCUSED_OF.search(text, near, min(hi, a1 + 5))
        if bare is not None:
            # "Hamas stands accused of ..." with no judge named: the accused is the target, as in
            # "Hamas is accused of ..."; the source is left unknown
            accused = _sides(units, lo, bare.start(), locative=False)
            if accused and accused[-1].code and e.source == (accused[-1].code,) and not e.target:
                out[k] = dataclasses.replace(e, source=(), target=(accused[-1].code,))
            continue
        if len(e.source) == 1 and e.target == e.source and _side(e.source[0]):
            owners = [
                u
                for u in _sides(units, a1, hi, locative=None)
                if u.code != e.source[0] and re.match(r"['’]s?\b", text[u.end : u.end + 2])
            ]
            if owners and owners[0].code:
                out[k] = dataclasses.replace(e, target=(owners[0].code,))
    return out


# ------------------------------------------------------------------------------------- found regrettable
_FOUND_REGRETTABLE = re.compile(
    r"\b(?:find|finds|found|consider|considers|considered|deem|deems|deemed|call|calls|called)\s+it\s+"
    r"(?:(?:deeply|highly|extremely|very|particularly|simply|absolutely|totally|completely)\s+)?"
    r"(?:regrettable|unacceptable|deplorable|outrageous|troubling|disturbing|alarming|worrying|inadmissible|"
    r"disgraceful|shameful|irresponsible|cynical)\s+that\s+",
    re.IGNORECASE,
)
_LYING = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been|keeps?|kept)\s+(?:(?:openly|blatantly|simply|again|once\s+again|"
    r"deliberately|shamelessly)\s+)?(?:lying|deceiving\s+(?:the|its|their|our|world)|misleading\s+(?:the|its|their|"
    r"our|world))\b|\b(?:lied|lies)\s+(?:about|to)\b",
    re.IGNORECASE,
)

_REGRETTABLE_WORDS = WordCheck(
    (
        *("regrettable", "unacceptable", "deplorable", "outrageous", "troubling", "disturbing", "alarming"),
        *("worrying", "inadmissible", "disgraceful", "shameful", "irresponsible", "cynical"),
    )
)
"""Every match of :data:`_FOUND_REGRETTABLE` holds one of these words (s39-speed)."""
_LYING_WORDS = WordCheck(("lying", "deceiving", "misleading", "lied", "lies"))
"""Every match of :data:`_LYING` holds one of these words (s39-speed)."""


def judged_regrettable(
    text: str, units: Sequence[Unit], events: Sequence[Event], speaker: str | None, make: Make
) -> list[Event]:
    """ "We find it regrettable that X ..." and "X is lying" (see the module note)."""
    out = list(events)
    regrettable = _FOUND_REGRETTABLE.finditer(text) if _REGRETTABLE_WORDS(text) else ()  # (s39-speed)
    for m in regrettable:
        lo, hi = _clause_start(text, m.start()), _clause_end(text, m.end())
        if _NEGATION.search(text, lo, m.start()) or "?" in text[m.end() : hi + 1]:
            continue
        before = _sides(units, lo, m.start(), locative=False)
        if before:
            judge: str | None = before[0].code
        elif re.search(r"\b(?:we|I)\b", text[lo : m.start()], re.IGNORECASE):
            judge = speaker
        else:
            judge = None
        owners = [u for u in _sides(units, m.end(), hi, locative=False) if u.code != judge]
        if _WESTERN.match(text, m.end()):
            owner: str | None = "WEST"
        elif owners and owners[0].start <= m.end() + 40:
            owner = owners[0].code
        else:
            owner = None
        if not judge or not owner or owner == judge or _accused(out, owner):
            continue
        out = _add(out, make, judge, owner, (m.start(), m.end()), "disapprove", "found regrettable")
    for m in _LYING.finditer(text) if _LYING_WORDS(text) else ():  # (s39-speed: its words first)
        lo = _clause_start(text, m.start())
        start = lo
        for said in _SAYING.finditer(text, lo, m.start()):
            start = said.end()
        if _NEGATION.search(text, max(start, m.start() - 20), m.end()) or _HYPOTHETICAL.search(
            text, start, m.start()
        ):
            continue
        doers = _sides(units, start, m.start(), locative=False)
        if not doers or doers[-1].code is None:
            continue
        doer = doers[-1].code
        if start > lo:
            said_by = _sides(units, lo, start, locative=False)
            judge = said_by[0].code if said_by else speaker
        else:
            judge = speaker
        if not judge or judge == doer or _accused(out, doer):
            continue
        out = _add(out, make, judge, doer, (m.start(), m.end()), "allege", "lying")
    return out


# ------------------------------------------------------------------------------------- target filled
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+|certain\s+|some\s+)?$", re.IGNORECASE)


def target_filled(text: str, units: Sequence[Unit], events: Sequence[Event]) -> list[Event]:
    """An ACCUSE with a judge but no accused takes the side whose conduct the words after the charge name:
    a possessive ("condemned the decision, saying Tel Aviv's deliberate ban ...") or the doer after "by"
    ("deplored the measures taken by Prague"); nothing when no such side is named."""
    out = list(events)
    for k, e in enumerate(out):
        if e.event is not EventType.ACCUSE or e.target or not e.source or e.polarity is not Polarity.ASSERTED:
            continue
        a1 = e.anchor[1]
        stop = _CLAUSE_STOP.search(text, a1)
        hi = min(stop.start() if stop else len(text), a1 + 160)
        for u in _sides(units, a1, hi, locative=False):
            if u.code is None or u.code in e.source:
                continue
            if _VICTIM_BEFORE.search(text, max(a1, u.start - 30), u.start):
                continue
            owned = re.match(r"['’]s?\s", text[u.end : u.end + 3]) is not None
            if owned or _BY_BEFORE.search(text, max(a1, u.start - 16), u.start):
                out[k] = dataclasses.replace(e, target=(u.code,))
                break
    return out


# ------------------------------------------------------------------------------------- an act judged
_JUDGED_ACT = re.compile(
    r"\b(?:said|says|stressed|stresses|noted|notes|stated|states|declared|emphasi[sz]ed|believes|believe|"
    r"considers?|consider|agreed|agree|warned|pointed\s+out|underlined|reiterated|insisted|made\s+(?:it\s+)?clear)"
    r"\s+(?:once\s+again\s+|again\s+)?that\s+(?P<np>[^,;:]{3,140}?)\s+(?:is|are|was|were|would\s+be|will\s+be|"
    r"remains?|constitutes?|amounts?\s+to)\s+(?:(?:absolutely|completely|totally|simply|utterly|deeply|"
    r"categorically|equally)\s+)?(?P<verdict>unacceptable|inadmissible|impermissible|intolerable|a\s+crime|"
    r"criminal|illegal|unlawful|illegitimate|(?:a\s+)?(?:gross\s+|flagrant\s+|blatant\s+|direct\s+)?violations?|"
    r"(?:a\s+)?war\s+crimes?|(?:an\s+)?acts?\s+of\s+(?:terrorism|aggression)|(?:a\s+)?terrorist\s+acts?|"
    r"(?:a\s+)?provocations?)\b",
    re.IGNORECASE,
)
_ACT_NOUN = re.compile(
    r"\b(?:use\s+of\s+force|strikes?|shelling|attacks?|bombings?|bombardment|occupation|annexation|sanctions|"
    r"blockade|deportations?|detentions?|arrests?|seizure|persecution|discrimination|desecration|demolition|"
    r"expulsions?|militari[sz]ation|deployment|provocations?|threats|invasion|aggression|killings?|torture)\b",
    re.IGNORECASE,
)
_HOSTILE_ACTS = frozenset(
    {EventType.ASSAULT, EventType.COERCE, EventType.THREATEN, EventType.SANCTION, EventType.MOBILIZE}
)


def act_judged(
    text: str, units: Sequence[Unit], events: Sequence[Event], speaker: str | None, make: Make
) -> list[Event]:
    """ "X said that <act> is unacceptable / a crime" (see the module note)."""
    out = list(events)
    for m in _JUDGED_ACT.finditer(text):
        lo = _clause_start(text, m.start())
        if _NEGATION.search(text, m.end("np"), m.start("verdict")) or _NEGATION.search(text, lo, m.start()):
            continue
        if _HYPOTHETICAL.search(m.group("np")) and not re.match(r"any\b", m.group("np"), re.IGNORECASE):
            continue
        if not _ACT_NOUN.search(m.group("np")):
            continue  # interference, pressure and the like are read in kremlin14; home matters are no charge
        sayers = _sides(units, lo, m.start(), locative=False)
        judge = sayers[0].code if sayers else speaker
        if not judge:
            continue
        a, b = m.start("np"), m.end("np")
        doer: str | None = None
        for u in _sides(units, a, b, locative=None):
            if u.code == judge:
                continue
            if re.match(r"['’]", text[u.end : u.end + 1]) or re.search(
                r"\bby\s+(?:the\s+)?$", text[a : u.start]
            ):
                doer = u.code
                break
        victims = {
            u.code
            for u in _sides(units, a, b, locative=None)
            if u.code != doer and _VICTIM_BEFORE.search(text, max(a, u.start - 30), u.start)
        }
        # the sayer does not do the act it judges
        out = [
            e
            for e in out
            if not (
                e.event in _HOSTILE_ACTS
                and e.source == (judge,)
                and a <= e.anchor[0] < b
                and e.polarity is Polarity.ASSERTED
            )
        ]
        mine = [k for k, e in enumerate(out) if e.event is EventType.ACCUSE and e.source == (judge,)]
        if mine:
            for k in mine:
                e = out[k]
                if e.target and set(e.target) <= victims:
                    out[k] = dataclasses.replace(e, target=(doer,) if doer else ())
                elif not e.target and doer:
                    out[k] = dataclasses.replace(e, target=(doer,))
            continue
        if doer and _accused(out, doer):
            continue
        roles = Roles((judge,), (doer,) if doer else (), (m.start(), m.end()))
        out.append(
            make(
                EventType.ACCUSE,
                "disapprove",
                roles,
                Polarity.ASSERTED,
                m.start("verdict"),
                m.end("verdict"),
                "act judged",
            )
        )
    return out


# ------------------------------------------------------------------------------------- all
_WHAT_GATE = words(
    "called calls described describes termed terms referred characterised characterized labelled labeled dubbed branded saw sees considered regarded"
)
_THREAT_GATE = words("threat danger menace")
_SEE_GATE = words(
    "consider considers considered regard regards regarded deem deems deemed view views viewed see sees saw"
)
_VERDICT_GATE = words(
    "unacceptable inadmissible impermissible intolerable crime crimes criminal illegal unlawful illegitimate "
    "violation violations terrorism aggression terrorist provocation provocations"
)
_LIE_GATE = words("lying lied lies deceiving misleading")
_DANGER_GATE = words(
    "dangers threats risks challenges threat danger risk challenge adversary enemy rival competitor"
)
_WELFARE_GATE = words(
    "concern concerns concerned worry worries worried anxiety anxious fear fears regret regrets regretted "
    "sadness sorrow"
)


def settled(
    text: str,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    events: Sequence[Event],
    make: Make,
    speaker: str | None,
) -> list[Event]:
    """``events`` with the readings of the module's note applied, in order; ``make`` finishes an event."""
    if not text or len(text) > _MAX_TEXT:
        return list(events)
    norms = norms_of(tokens)  # (shared by the sentence's readers, s34-speed3)
    out = list(events)
    if "what" in norms and not _WHAT_GATE.isdisjoint(norms):
        out = what_it_called(text, units, out, speaker, make)
    if not _CHARGE_GATE.isdisjoint(norms):
        out = charged_conduct(text, units, out, speaker, make)
    if not _THREAT_GATE.isdisjoint(norms) and not _SEE_GATE.isdisjoint(norms):
        out = threat_seen(text, units, out, speaker, make)
    if any(e.event is EventType.ACCUSE for e in out):
        out = charge_sides(text, units, out)
    if "it" in norms or not _LIE_GATE.isdisjoint(norms):
        out = judged_regrettable(text, units, out, speaker, make)
    if "that" in norms and not _VERDICT_GATE.isdisjoint(norms):
        out = act_judged(text, units, out, speaker, make)
    if any(e.event is EventType.ACCUSE and not e.target for e in out):
        out = target_filled(text, units, out)
    if "behind" in norms:
        out = behind_act(text, units, out, speaker, make)
    if not _DANGER_GATE.isdisjoint(norms):
        out = dangers_listed(text, units, out, speaker, make)
    if speaker and any(e.event is EventType.ACCUSE and not e.source for e in out):
        out = title_source(text, out, speaker)
    if not _WELFARE_GATE.isdisjoint(norms):
        out = no_charge(text, out)
    return out
