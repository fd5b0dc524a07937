"""Aid told by what is handed over (s29-written6): official statements that report help by naming the goods
sent, not by a word of help.

* **Goods sent to a side.** "The EU is sending generators and water pumps to the Kherson region",
  "Norway has delivered ammunition and fuel to Ukraine", "Allies transferred air defence systems to Kiev": a
  side that sends, supplies, delivers, transfers or ships arms, equipment or relief goods to another side
  gives it AID (:func:`goods_sent`).
* **A side supplied with goods.** "Canada provided Ukraine with armoured vehicles", "The allies equipped
  the Iraqi army with helicopters": the side furnished "with" the goods is the target (:func:`supplied_with`).

The giver is the side (or list of sides) that is the subject right before the verb; a goods word must
stand among the words handed over. Nothing is read when the clause before the verb holds negation, a stop,
a condition or a question ("urged X to stop supplying weapons", "if they deliver tanks"), nor when the
sentence already holds an AID event with a source. :func:`settled` runs the readings and never raises.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from detente.coding.kremlin6 import ReadoutView
from detente.coding.ontology import EventType, Polarity
from detente.coding.roleparts import Roles
from detente.coding.statements import Finding
from detente.coding.wordgates import WordGates

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = [
    "act_faulted",
    "deliveries_of",
    "goods_sent",
    "judged",
    "no_longer_there",
    "pulled_back",
    "settled",
    "supplied_with",
]

Finish = Callable[[Finding | None], "Event | None"]

_GIVE = (
    r"(?:sends|sending|sent|send|supplies|supplying|supplied|supply|delivers|delivering|delivered|deliver|"
    r"transfers|transferring|transferred|transfer|ships|shipping|shipped|ship|"
    r"hands\s+over|handing\s+over|handed\s+over|hand\s+over|donated|donating|donates|donate)"
)
_FURNISH = r"(?:provides|providing|provided|provide|supplies|supplying|supplied|supply|equips|equipping|equipped|equip)"

_GOODS = re.compile(
    r"\b(?=[wamstrdhfjvegpb])(?:weapons?|arms|ammunition|munitions|shells|tanks|missiles?|rockets|drones|artillery|howitzers|"
    r"air\s+defen[cs]es?|air-defen[cs]e|(?:fighter\s+)?jets|aircraft|helicopters|(?:armoured|armored)\s+vehicles|"
    r"vehicles|equipment|fuel|generators|pumps|medical\s+supplies|medicines?|vaccines?|food|"
    r"humanitarian\s+(?:aid|supplies|cargo|goods)|relief\s+(?:goods|supplies)|tents|blankets)\b",
    re.I,
)
"""Words of goods a side hands to another: arms, military equipment, relief supplies."""
_GATES = WordGates()
_GOODS_GATE = _GATES.gate(
    (
        "weapon",
        "arms",
        "ammunition",
        "munitions",
        "shells",
        "tanks",
        "missile",
        "rockets",
        "drones",
        "artillery",
        "howitzers",
        "defen",
        "jets",
        "aircraft",
        "helicopters",
        "vehicles",
        "equipment",
        "fuel",
        "generators",
        "pumps",
        "supplies",
        "medicine",
        "vaccine",
        "food",
        "humanitarian",
        "relief",
        "tents",
        "blankets",
    )
)
"""A word every match of :data:`_GOODS` holds (one Aho-Corasick scan answers it before the expression runs)."""

_SENT = re.compile(rf"\b(?=[sdth])(?P<verb>{_GIVE})\b(?P<goods>[^.;:?!]{{1,110}}?)\b(?:to|into)\s+", re.I)
_MADE_AVAILABLE = re.compile(
    r"\b(?P<verb>make|makes|made|making)\b(?P<goods>[^.;:?!]{1,80}?)\bavailable\s+to\s+", re.I
)
_OWNED = re.compile(
    r"(?:'s?\s+|\s+)(?:(?:military|arms|weapons|further|new|continued|massive|large-scale)\s+){0,2}"
    r"(?P<verb>deliveries|delivery|supplies|supply|transfers|transfer|shipments|shipment)\s+of\s+"
    r"(?P<goods>[^.;:?!]{1,80}?)\b(?:to|into)\s+",
    re.I,
)
"""A side's handing over told as a noun: "Western deliveries of tanks to Kiev", "Iran's transfers of drones
to Russia"."""
_NOT_GOODS = re.compile(
    r"\b(?:troops|soldiers|forces|personnel|servicemen|battalions?|brigades?|units|warships|delegations?|"
    r"envoys?|diplomats|(?:their|its)\s+(?:own\s+)?(?:weapons|arms))\b",
    re.I,
)
"""Goods lists that tell of a deployment or a side's own disarmament, not of help to another."""
_EDGE = re.compile(r"\b(?:border|borders|frontier|coast|coastline|waters|airspace|line|front)\b", re.I)
"""A side's edge named after it: goods sent there are forces moved up to it, not help to it."""
_TAKER_GAP = re.compile(
    r"(?:(?:the|its|their|our|war-torn|besieged|flooded|affected|devastated|areas?|regions?|parts?|people|"
    r"population|armed|of)\s+){0,5}",
    re.I,
)
"""What may stand between "to" and the side given to: "to the flooded areas of the Kherson region"."""
_FURNISHED = re.compile(rf"\b(?P<verb>{_FURNISH})\s+(?=\S)", re.I)
_WITH_GOODS = re.compile(r"\s+with\s+(?P<goods>[^.;:?!]{1,80})", re.I)

_SUBJECT_GAP = re.compile(
    r"(?:\s+(?:side|government|authorities|administration|allies|armed\s+forces|military|army))?"
    r"(?:\s*,?\s+(?:is|are|was|were|has|have|had|will|would|shall|also|already|continues|continue|continued|"
    r"keeps|keep|kept|to|been|now|today|still|just|again|recently|since|then|once|decided|decides|agreed|"
    r"agrees))*\s*",
    re.I,
)
"""What may stand between the subject side and its verb: a side noun, auxiliaries and adverbs."""

_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+as\s+well\s+as)\s+(?:the\s+)?", re.I)

_NOT_DONE = re.compile(
    r"\b(?:not|never|n't|no|stop|stopped|stopping|cease|ceased|halt|halted|refuse|refused|refuses|if|unless|"
    r"whether|against|ban|banned|prevent|prevented|accused|alleged|allegedly|claims?|claimed)\b|\?",
    re.I,
)
"""A cue that the giving is denied, stopped, conditional, questioned or only charged."""

_PREP_BEFORE = re.compile(
    r"\b(?:with|to|of|for|in|on|from|about|against|between|at|by|towards|into|over|after|before|during|than|"
    r"including|urge|urged|urges|call|called|calls|asked|asks|ask)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
"""A preposition (or a request's verb) governs the side before the verb: it is not the giver."""


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts (after the last ";", ":" or sentence stop before it)."""
    return max(text.rfind(";", 0, at), text.rfind(":", 0, at), text.rfind(". ", 0, at)) + 1


def _coded(units: Sequence[Unit]) -> list[Unit]:
    """The units that name a side of the dictionary."""
    return [u for u in units if u.code]


def _givers(view: ReadoutView, at: int) -> list[Unit]:
    """The side (or list of sides) whose words end right before the verb at ``at``, none governed by a
    preposition; an empty list when the verb has no named subject there."""
    lo = _clause_start(view.text, at)
    before = [u for u in _coded(view.units) if lo <= u.start and u.end <= at]
    if not before or not _SUBJECT_GAP.fullmatch(view.text[before[-1].end : at]):
        return []
    out = [before[-1]]
    for u in reversed(before[:-1]):
        if not _LIST_GAP.fullmatch(view.text[u.end : out[0].start]):
            break
        out.insert(0, u)
    if _PREP_BEFORE.search(view.text[lo : out[0].start]):
        return []
    return out


def _recipient(view: ReadoutView, at: int) -> Unit | None:
    """The named side that starts at ``at``, after at most a determiner and a few place nouns."""
    for u in _coded(view.units):
        if at <= u.start <= at + 60 and _TAKER_GAP.fullmatch(view.text[at : u.start]):
            return u
    return None


def _finding(
    view: ReadoutView, givers: list[Unit], taker: Unit, verb: re.Match[str], end: int
) -> Finding | None:
    """AID from the givers to the taker, unless the giving is not told as done or a side gives to itself."""
    lo = _clause_start(view.text, givers[0].start)
    if _NOT_DONE.search(view.text[lo : verb.start("verb")]):
        return None
    source = tuple(dict.fromkeys(u.code for u in givers if u.code))
    if not source or not taker.code or taker.code in source:
        return None
    roles = Roles(source, (taker.code,), (givers[0].start, end))
    word = " ".join(verb["verb"].split())
    return Finding(EventType.AID, "", roles, Polarity.ASSERTED, verb.start("verb"), verb.end("verb"), word)


def goods_sent(view: ReadoutView) -> Finding | None:
    """AID by the subject side that sends arms, equipment or relief goods "to" (or "into") another side, or
    makes them "available to" it."""
    coded = _coded(view.units)
    for m in [*_SENT.finditer(view.text), *_MADE_AVAILABLE.finditer(view.text)]:
        goods = m["goods"]
        if not _GOODS.search(goods) or _NOT_GOODS.search(goods):
            continue
        if any(m.start("goods") <= u.start < m.end("goods") for u in coded):
            continue
        givers = _givers(view, m.start("verb"))
        taker = _recipient(view, m.end())
        if taker is not None and _EDGE.search(view.text, taker.start, taker.end + 12):
            continue  # "sent tanks to the Syrian border": forces moved, not help given
        if givers and taker is not None:
            found = _finding(view, givers, taker, m, taker.end)
            if found is not None:
                return found
    return None


def deliveries_of(view: ReadoutView) -> Finding | None:
    """AID by the side whose deliveries, supplies or transfers of arms or goods "to" another are named."""
    for owner in _coded(view.units):
        m = _OWNED.match(view.text, owner.end)
        if m is None or not _GOODS.search(m["goods"]) or _NOT_GOODS.search(m["goods"]):
            continue
        taker = _recipient(view, m.end())
        if taker is not None:
            found = _finding(view, [owner], taker, m, taker.end)
            if found is not None:
                return found
    return None


def supplied_with(view: ReadoutView) -> Finding | None:
    """AID by the subject side that provides, supplies or equips another side "with" arms or goods."""
    for m in _FURNISHED.finditer(view.text):
        taker = _recipient(view, m.end())
        if taker is None:
            continue
        rest = _WITH_GOODS.match(view.text, taker.end)
        if rest is None or not _GOODS.search(rest["goods"]):
            continue
        givers = _givers(view, m.start("verb"))
        if givers:
            found = _finding(view, givers, taker, m, rest.end())
            if found is not None:
                return found
    return None


_TROOPS = (
    r"(?:(?:military|combat|peacekeeping|armed|regular|ground)\s+)?(?:troops|forces|soldiers|servicemen|"
    r"units|contingents?|peacekeepers|posts|bases|personnel|military\s+presence|presence)"
)
_NO_LONGER_HAS = re.compile(
    rf"\s+(?P<verb>no\s+longer\s+(?:has|have|had|keeps|keep|maintains|maintain))\s+(?:any\s+|a\s+)?(?P<troops>{_TROOPS})"
    r"\s+(?:in|on|at)\s+",
    re.I,
)
"""After the side: "Russia no longer has troops in Moldova"."""
_GONE = re.compile(
    rf"(?:\s+{_TROOPS})?\s+(?P<verb>(?:are|is|were|was)\s+no\s+longer\s+(?:present|stationed|deployed|based)\s+"
    r"(?:in|on|at)|(?:have|has)\s+(?:now\s+|already\s+|finally\s+|all\s+)?been\s+(?:removed|withdrawn|"
    r"pulled\s+out|pulled\s+back)\s+from|(?:were|was)\s+(?:all\s+)?removed\s+from)\s+",
    re.I,
)
"""After the troops' owner: "Russian peacekeeping posts have been removed from", "Turkish forces are no
longer present in"."""
_NONE_LEFT = re.compile(rf"(?:\s+(?P<troops>{_TROOPS}))?\s+(?:left\s+)?(?:in|on)\s+", re.I)
_NO_LONGER_ANY = re.compile(r"\bno\s+longer\s+(?:any\s+)?$", re.I)
_RETREAT_DOUBT = re.compile(
    r"\b(?:if|unless|whether|will|would|should|must|could|may|might|not|never|deny|denies|denied|claims?|"
    r"claimed|alleged|allegedly|demand|demands|demanded|call|calls|called|urge|urged|urges)\b|\?",
    re.I,
)
"""A cue that the pull-back is only wished, demanded, denied or questioned."""


def _retreat(
    view: ReadoutView, owner: Unit, place: Unit, start: int, verb: tuple[int, int]
) -> Finding | None:
    """RETREAT of the owner from the place's side, unless told as doubtful or as a side leaving itself."""
    lo = _clause_start(view.text, owner.start)
    if _RETREAT_DOUBT.search(view.text[lo:start]) or not owner.code or not place.code:
        return None
    if owner.code == place.code:
        return None
    roles = Roles((owner.code,), (place.code,), (owner.start, place.end))
    word = " ".join(view.text[verb[0] : verb[1]].split())
    return Finding(EventType.RETREAT, "", roles, Polarity.ASSERTED, verb[0], verb[1], word)


def _place_from(view: ReadoutView, troops: int, at: int) -> Unit | None:
    """The place a unit read over the troops word names ("troops in Moldova" read as one unit)."""
    if troops < 0:
        return None
    return next((u for u in _coded(view.units) if u.start == troops and u.end >= at), None)


_NO_LONGER_GATE = _GATES.gate(("longer", "removed", "withdrawn", "pulled"))
"""A word every match of :data:`_NO_LONGER_HAS`, :data:`_GONE` and :data:`_NO_LONGER_ANY` holds (s34-speed3)."""
_FAULTED_GATE = _GATES.gate(
    (
        "justif",
        "acceptable",
        "legitimate",
        "legal",
        "lawful",
        "warranted",
        "helpful",
        "constructive",
        "appropriate",
        "proportionate",
        "responsible",
        "consistent",
        "line",
        "keeping",
        "compatible",
        "accepted",
        "tolerated",
        "excused",
        "condoned",
        "campaign",
        "pattern",
        "policy",
        "strategy",
    )
)
"""A word every match of :data:`_FAULTED_ACT` holds: its verdict's word (s34-speed3)."""


def no_longer_there(view: ReadoutView) -> Finding | None:
    """RETREAT told by its result: a side "no longer has troops in" a place, its forces "are no longer
    present in" or "have been removed from" it, or "there are no longer any" of its troops there."""
    if not _GATES.may(view.text, _NO_LONGER_GATE):
        return None
    for owner in _coded(view.units):
        if owner.kind in ("pronoun", "possessive"):
            continue
        m = _NO_LONGER_HAS.match(view.text, owner.end) or _GONE.match(view.text, owner.end)
        if m is None and _NO_LONGER_ANY.search(view.text[: owner.start]):
            m = _NONE_LEFT.match(view.text, owner.end)
        if m is None:
            continue
        place = _recipient(view, m.end()) or _place_from(
            view, m.start("troops") if m.groupdict().get("troops") else -1, m.end()
        )
        if place is not None:
            verb = (m.start("verb"), m.end("verb")) if "verb" in m.groupdict() else (owner.start, m.end())
            found = _retreat(view, owner, place, owner.start, verb)
            if found is not None:
                return found
    return None


_ACTS = (
    r"(?:decisions?|moves?|steps?|measures|polic(?:y|ies)|actions?|behaviou?r|conduct|deployments?|"
    r"restrictions|sanctions|expulsions?|exercises|drills|build-?up|activit(?:y|ies)|attacks?|strikes|"
    r"shelling|bombing|detentions?|arrests?|annexation|occupation|invasion|intervention|incursions?|"
    r"interference|demands|claims|statements|threats|rhetoric|response|refusal|withdrawal|suspension|"
    r"tests?|launch(?:es)?|flights)"
)
_FINE = (
    r"(?:justified|justifiable|acceptable|legitimate|legal|lawful|warranted|helpful|constructive|appropriate|"
    r"proportionate|responsible|consistent\s+with|in\s+line\s+with|in\s+keeping\s+with|compatible\s+with)"
)
_FAULTED_ACT = re.compile(
    rf"(?:'s?|’s?)?\s+(?:[\w-]+\s+){{0,2}}?{_ACTS}\b[^;:.?!]{{0,80}}?\s+(?P<verb>"
    rf"(?:is|are|was|were)\s+(?:not|in\s+no\s+way|by\s+no\s+means|hardly|never)\s+(?:\w+\s+)?{_FINE}|"
    r"(?:cannot|can't|could\s+not|can\s+never|could\s+never)\s+be\s+(?:justified|accepted|tolerated|excused|"
    r"condoned)|(?:is|are|was|were)\s+(?:all\s+)?part\s+of\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:campaign|pattern|policy|strategy)\s+of\s+(?:[\w-]+\s+){0,2}?(?:intimidation|aggression|aggressive|"
    r"destabili[sz]ation|pressure|disinformation|coercion|escalation|provocations?|hostile|hostility|"
    r"interference|subversion|blackmail|repression|harassment))\b",
    re.I,
)
"""After a side: its act judged by denying it a fair quality ("Russia's decision to expel staff was not
justified", "NATO's restrictions cannot be justified") or by naming it part of a hostile campaign ("Russia's
flights are part of a pattern of intimidation")."""
_SAID = re.compile(
    r"\b(?:said|says|stated|states|stressed|stresses|noted|notes|added|believes|believe|declared|warned|"
    r"insisted|underlined|emphasi[sz]ed)\b(?:\s+that)?\s*$",
    re.I,
)
_BARE_HEAD = re.compile(r"(?:(?:but|and|however|yet|so|indeed|moreover|clearly|the|this|these)[\s,]+)*", re.I)


def _judge(view: ReadoutView, owner: Unit) -> str | None:
    """Who judges the act of ``owner``: the side that says so just before it, or the speaker when the
    clause opens with the owner's words."""
    lo = _clause_start(view.text, owner.start)
    head = view.text[lo : owner.start]
    sayers = [u for u in _coded(view.units) if lo <= u.start and u.end <= owner.start]
    if sayers and _SAID.search(view.text[sayers[-1].end : owner.start]):
        return sayers[-1].code
    if _BARE_HEAD.fullmatch(head.strip()) or _SAID.search(head):
        return view.speaker
    return None


def act_faulted(view: ReadoutView) -> Finding | None:
    """ACCUSE by the judge of the side whose act is said to be "not justified", to be something that
    "cannot be justified", or to be "part of a campaign of intimidation"."""
    if not _GATES.may(view.text, _FAULTED_GATE):
        return None
    for owner in _coded(view.units):
        if owner.kind in ("pronoun", "possessive"):
            continue
        m = _FAULTED_ACT.match(view.text, owner.end)
        if m is None:
            continue
        lo = _clause_start(view.text, owner.start)
        if re.search(r"\b(?:if|whether|unless|would|claims?|claimed)\b|\?", view.text[lo : owner.start]):
            continue
        judge = _judge(view, owner)
        if not judge or not owner.code or judge == owner.code:
            continue
        roles = Roles((judge,), (owner.code,), (owner.start, m.end()))
        word = " ".join(m["verb"].split())
        return Finding(
            EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, m.start("verb"), m.end("verb"), word
        )
    return None


def judged(view: ReadoutView, events: list[Event], finish: Finish) -> list[Event]:
    """``events`` with an ACCUSE of a faulted act added when none with a source is there."""
    if any(e.event is EventType.ACCUSE and e.source for e in events):
        return events
    found = finish(act_faulted(view))
    if found is None:
        return events
    return [e for e in events if e.event is not EventType.ACCUSE] + [found]


def settled(view: ReadoutView, events: list[Event], finish: Finish) -> list[Event]:
    """``events`` with an AID reading added when none with a source is there (one without a source gives
    way to it)."""
    if any(e.event is EventType.AID and e.source for e in events):
        return events
    if not (
        _GATES.may(view.text, _GOODS_GATE) and _GOODS.search(view.text)
    ):  # every AID reading here needs goods named (one scan, not three)
        return events
    found = finish(goods_sent(view) or supplied_with(view) or deliveries_of(view))
    if found is None or any(e.event is EventType.MOBILIZE and e.source == found.source for e in events):
        return events  # the same side's forces moved: the goods are arms deployed, not help
    return [e for e in events if e.event is not EventType.AID] + [found]


def pulled_back(view: ReadoutView, events: list[Event], finish: Finish) -> list[Event]:
    """``events`` with a RETREAT told by its result added when none with a source is there."""
    if any(e.event is EventType.RETREAT and e.source for e in events):
        return events
    found = finish(no_longer_there(view))
    if found is None:
        return events
    return [e for e in events if e.event is not EventType.RETREAT] + [found]
