"""First events of written official statements (s30-written7): acts that NATO, Russian MFA, EU, UN and
government statements tell in wording the phrase lists leave uncoded. Each reader runs only when the sentence
has no event yet: it finds a first event, it never adds a second.

* **Measures by decree.** "The President signed a decree on special economic measures against Turkey", "a
  federal law providing for response measures against US citizens": SANCTION against the side named after
  "against" (:func:`decreed_measures`).
* **Put on a stop-list.** "Eighty officials have been placed on Russia's entry stop-list": SANCTION by the
  list's owner against those listed (:func:`stop_listed`).
* **Cooperation put under review.** "Allies decided to put NATO's cooperation with Russia under review":
  THREATEN against the partner (:func:`under_review`).
* **Forces now in place.** "Iskander-M complexes are now permanently stationed in Kaliningrad", "four
  battlegroups are now in place in the Baltic states": MOBILIZE by the forces' owner (:func:`now_stationed`).
* **Forces sent home.** "The return of the forces near the border to their home bases was ordered today",
  "ordered the troops to return to their permanent bases": CONCEDE (:func:`sent_home`).
* **Goods supplied by a side.** "Patriot systems, supplied by Germany and the Netherlands, have arrived in
  Ukraine": AID from the suppliers (:func:`supplied_by`); "rescuers have been sent to Turkey to help":
  AID to the side helped (:func:`sent_to_help`).
* **Blame laid on a side.** "attributed the cyber attack on the satellite network to Russia"
  (:func:`blame_attributed`); "Moscow says the missile site is a direct threat to its security", "will be
  regarded as a direct threat to our security" (:func:`named_threat`): ACCUSE.

Nothing is read when the clause holds a condition, a question or a denial before the trigger.
:func:`settled` runs the readers and never raises.
"""

from __future__ import annotations

import dataclasses
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
    "blame_attributed",
    "decreed_measures",
    "named_threat",
    "now_stationed",
    "sent_home",
    "sent_to_help",
    "settled",
    "stop_listed",
    "supplied_by",
    "under_review",
]

Finish = Callable[[Finding | None], "Event | None"]

_GATES = WordGates()
_GATE = _GATES.gate(
    (
        "measures",
        "sanctions",
        "restrictions",
        "embargo",
        "ban",
        "list",
        "review",
        "stationed",
        "deployed",
        "based",
        "place",
        "return",
        "supplied",
        "provided",
        "donated",
        "delivered",
        "sent",
        "given",
        "handed",
        "dispatched",
        "attribut",
        "threat",
        "received",
        "receive",
        "obtained",
        "got",
        "thanks",
        "help",
        "needs",
        "need",
        "requires",
        "require",
        "up",
        "increas",
        "boost",
        "contribut",
        "allocat",
        "allow",
        "let",
        "admit",
        "away",
        "strike",
        "attack",
        "shelling",
        "bombardment",
        "response",
        "rebuff",
        "reaction",
        "retaliation",
        "answer",
        "aggression",
        "war",
        "belli",
        "role",
        "nature",
        "character",
        "policy",
        "course",
        "line",
        "action",
        "activit",
        "conduct",
        "behavio",
        "but",
        "party",
        "parties",
        "participant",
        "free",
        "released",
        "home",
        "withdrawn",
        "pulled",
        "moved",
        "taken",
        "left",
        "completed",
        "finished",
        "carried",
        "accomplished",
        "reduced",
        "cut",
        "halved",
        "decreased",
        "lowered",
        "assist",
        "arriv",
        "landed",
        "flew",
        "dispatch",
        "deploy",
        "send",
        "that",
    )
)
"""A word every reader's expression holds (one Aho-Corasick scan answers it before any expression runs)."""

_DOUBT = re.compile(
    r"\b(?:if|unless|whether|should|would|could|might|may|not|never|no|deny|denies|denied|claims?|claimed|"
    r"alleged|allegedly|urge|urged|urges|call|calls|called|demand|demands|demanded|ready|readiness|threaten|"
    r"threatened|threatens|warn|warned|warns|any)\b|\?",
    re.I,
)
"""A cue that the act is only wished, demanded, conditional, denied or questioned."""

_SAYS = r"(?:said|says|stated|states|announced|announces|confirmed|confirms|reported|reports|noted|added)"
_TRAILING_SAYER = re.compile(rf",\s+(?:the\s+)?(?P<who>[^,;.]{{2,60}}?)\s+{_SAYS}\s*\.?\s*$", re.I)


def _coded(units: Sequence[Unit]) -> list[Unit]:
    """The units that name a side of the dictionary."""
    return [u for u in units if u.code and u.kind not in ("pronoun",)]


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts (after the last ";", ":" or sentence stop before it)."""
    return max(text.rfind(";", 0, at), text.rfind(":", 0, at), text.rfind(". ", 0, at)) + 1


def _doubted(view: ReadoutView, at: int) -> bool:
    """The clause up to ``at`` holds a condition, a question, a denial or a call."""
    return bool(_DOUBT.search(view.text[_clause_start(view.text, at) : at])) or view.text.rstrip().endswith(
        "?"
    )


def _after(view: ReadoutView, at: int, reach: int = 40) -> Unit | None:
    """The first named side that starts within ``reach`` characters after ``at`` (or holds ``at``: "the
    United States" read with its article)."""
    return next((u for u in _coded(view.units) if u.start <= at + reach and u.end > at), None)


def _list_from(view: ReadoutView, first: Unit) -> list[Unit]:
    """``first`` and the sides listed right after it ("Germany, the Netherlands and the United States")."""
    out = [first]
    for u in _coded(view.units):
        if u.start <= out[-1].start:
            continue
        gap = view.text[out[-1].end : u.start]
        if not re.fullmatch(r"\s*(?:,|,?\s+and|,?\s+as\s+well\s+as)\s+(?:the\s+)?", gap, re.I):
            break
        out.append(u)
    return out


def _sayer(view: ReadoutView) -> str | None:
    """The side named in a trailing ", X said/announced/confirmed" of the sentence."""
    m = _TRAILING_SAYER.search(view.text)
    if m is None:
        return None
    return next((u.code for u in _coded(view.units) if m.start("who") <= u.start < m.end("who")), None)


def _subject(view: ReadoutView, at: int) -> str | None:
    """The last named side of the clause before ``at`` that no preposition governs, else ``None``."""
    lo = _clause_start(view.text, at)
    for u in reversed([u for u in _coded(view.units) if lo <= u.start and u.end <= at]):
        if not re.search(
            r"\b(?:with|to|of|for|on|from|about|against|between|by|into|near|over)\s+(?:the\s+)?$",
            view.text[lo : u.start],
            re.I,
        ):
            return u.code
    return None


def _owner_in(view: ReadoutView, lo: int, hi: int) -> str | None:
    """The first named side whose words stand between ``lo`` and ``hi``."""
    return next((u.code for u in _coded(view.units) if lo <= u.start and u.end <= hi), None)


def _finding(
    event: EventType, mode: str, source: str | None, target: str | None, m: re.Match[str], group: str = "verb"
) -> Finding:
    """The finding of ``event`` from ``source`` to ``target`` on the ``group`` words of ``m``."""
    src = (source,) if source else ()
    tgt = (target,) if target and target != source else ()
    word = " ".join(m[group].split())
    roles = Roles(src, tgt, (m.start(), m.end()))
    return Finding(event, mode, roles, Polarity.ASSERTED, m.start(group), m.end(group), word)


# --- SANCTION ------------------------------------------------------------------------------------------------

_DECREED = re.compile(
    r"\b(?P<verb>signed|signs|issued|issues|adopted|adopts|approved|approves|enacted|enacts)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:decree|law|executive\s+order|order|resolution|ordinance)\b[^.;:?!]{0,70}?"
    r"\b(?:measures|sanctions|restrictions|embargo|bans?)\s+(?:against|on)\s+(?:the\s+)?",
    re.I,
)


def decreed_measures(view: ReadoutView) -> Finding | None:
    """SANCTION by the signer of a decree or law "on measures against" a side."""
    for m in _DECREED.finditer(view.text):
        target = _after(view, m.end(), 30)
        if target is None or _doubted(view, m.start("verb")):
            continue
        source = _subject(view, m.start("verb")) or view.speaker
        return _finding(EventType.SANCTION, "embargo", source, target.code, m)
    return None


_STOP_LISTED = re.compile(
    r"\b(?P<verb>placed|put|added|included|entered)\s+(?:on|in|to|into)\s+(?P<list>(?:[\w'’-]+\s+){0,3}?)"
    r"(?:entry\s+)?(?:stop-list|stop\s+list|blacklist|black\s+list|sanctions?\s+list|entry\s+ban\s+list)\b",
    re.I,
)


def stop_listed(view: ReadoutView) -> Finding | None:
    """SANCTION by the owner of a stop-list (or blacklist) against the side put on it."""
    for m in _STOP_LISTED.finditer(view.text):
        if _doubted(view, m.start("verb")):
            continue
        owner = _owner_in(view, m.start("list"), m.end("list") + 1) or _sayer(view) or view.speaker
        lo = _clause_start(view.text, m.start())
        listed = _owner_in(view, lo, m.start("verb"))
        if listed is None or listed == owner:
            continue  # no side named among those listed
        return _finding(EventType.SANCTION, "", owner, listed, m)
    return None


# --- THREATEN ------------------------------------------------------------------------------------------------

_REVIEW = re.compile(
    r"\b(?P<verb>put|puts|putting|placed|place|places|placing)\s+(?P<what>[^.;:?!]{0,60}?)"
    r"\b(?:cooperation|relations|ties|contacts|partnership)\s+with\s+(?P<partner>[^.;:?!]{1,40}?)\s+under\s+review\b",
    re.I,
)


def under_review(view: ReadoutView) -> Finding | None:
    """THREATEN by the side that puts its cooperation with another "under review"."""
    for m in _REVIEW.finditer(view.text):
        partner = _owner_in(view, m.start("partner"), m.end("partner"))
        if partner is None or _doubted(view, m.start("verb")):
            continue
        source = _owner_in(view, m.start("what"), m.end("what")) or _subject(view, m.start("verb"))
        return _finding(EventType.THREATEN, "", source or view.speaker, partner, m)
    return None


# --- MOBILIZE ------------------------------------------------------------------------------------------------

_FORCES = (
    r"(?:troops|forces|soldiers|battlegroups?|battle\s+groups?|brigades?|battalions?|divisions?|units|"
    r"contingents?|missiles?|complexes|systems|launchers|aircraft|jets|fighters|bombers|warships|ships|"
    r"submarines|weapons|Iskanders?|Iskander-M|S-400s?|Patriots?)"
)
_STATIONED = re.compile(
    rf"\b{_FORCES}\b(?P<more>[^.;:?!]{{0,60}}?)\s+(?P<verb>(?:are|is|have\s+been|has\s+been)\s+(?:now\s+)?"
    r"(?:permanently\s+|already\s+|also\s+)?(?:stationed|deployed|based|in\s+place))\s+(?:in|on|at|to)\s+",
    re.I,
)


def now_stationed(view: ReadoutView) -> Finding | None:
    """MOBILIZE by the owner of forces that "are now stationed" or "in place" somewhere."""
    for m in _STATIONED.finditer(view.text):
        if _doubted(view, m.start()):
            continue
        lo = _clause_start(view.text, m.start())
        owner = _owner_in(view, lo, m.start("verb")) or _sayer(view) or view.speaker
        return _finding(EventType.MOBILIZE, "troops", owner, None, m)
    return None


# --- CONCEDE -------------------------------------------------------------------------------------------------

_HOME = re.compile(
    r"\b(?P<verb>return|returns|returned|returning)\b(?P<who>[^.;:?!]{0,90}?)\bto\s+(?:their|its)\s+"
    r"(?:permanent|home)\s+(?:bases|garrisons|base|locations|deployment\s+(?:sites|points|areas))\b",
    re.I,
)


def sent_home(view: ReadoutView) -> Finding | None:
    """CONCEDE by the side whose forces return (or are ordered to return) to their home bases."""
    for m in _HOME.finditer(view.text):
        if _doubted(view, m.start()):
            continue
        lo = _clause_start(view.text, m.start())
        by = re.compile(r"[^.;:?!]{0,40}?\bby\s+(?:the\s+)?", re.I).match(view.text, m.end())
        agent = _after(view, by.end(), 2) if by else None
        owner = agent.code if agent and agent.code else None
        for u in _coded(view.units):
            if owner is not None:
                break
            if lo <= u.start and not re.search(
                r"\b(?:near|along|at|on|to|towards|from|with)\s+(?:the\s+)?$", view.text[lo : u.start], re.I
            ):
                owner = u.code
        edge = next(
            (
                u.code
                for u in _coded(view.units)
                if lo <= u.start
                and re.search(r"\b(?:border|borders|frontier)\b", view.text[u.start : u.end + 12])
                and u.code != owner
            ),
            None,
        )  # "the forces near the Ukrainian border": the side faced
        return _finding(EventType.CONCEDE, "", owner or view.speaker, edge, m)
    return None


# --- AID -----------------------------------------------------------------------------------------------------

_GOODS = re.compile(
    r"\b(?:weapons?|arms|ammunition|munitions|shells|tanks|missiles?|rockets|drones|artillery|howitzers|"
    r"air\s+defen[cs]es?|systems|batteries|jets|aircraft|helicopters|vehicles|equipment|fuel|generators|"
    r"supplies|medicines?|vaccines?|food|aid|assistance|cargo|tents|Patriots?)\b",
    re.I,
)
_BY = re.compile(
    r"\b(?P<verb>supplied|provided|donated|delivered|sent|given|handed\s+over)\s+by\s+(?:the\s+)?", re.I
)


def supplied_by(view: ReadoutView) -> Finding | None:
    """AID from the sides that goods were "supplied by" to the side that has them."""
    for m in _BY.finditer(view.text):
        first = _after(view, m.end(), 4)
        lo = _clause_start(view.text, m.start())
        if first is None or not _GOODS.search(view.text[lo : m.start()]) or _doubted(view, m.start()):
            continue
        givers = [u.code for u in _list_from(view, first) if u.code]
        taker = _owner_in(view, lo, m.start())
        if taker is None:
            arrived = re.compile(r"\b(?:arrived|arrive|arrives)\s+in\s+(?:the\s+)?", re.I).search(
                view.text, m.end()
            )
            hit = _after(view, arrived.end(), 4) if arrived else None
            taker = hit.code if hit else None
        if taker is None or taker in givers:
            continue
        roles = Roles(tuple(dict.fromkeys(givers)), (taker,), (lo, m.end()))
        return Finding(EventType.AID, "", roles, Polarity.ASSERTED, m.start("verb"), m.end("verb"), m["verb"])
    return None


_TO_HELP = re.compile(
    r"\b(?P<verb>(?:have|has|had|were|was)\s+been\s+sent|(?:were|was)\s+sent|sent|dispatched)\s+to\s+"
    r"(?:the\s+)?(?P<place>[^.;:?!]{1,40}?)\s+to\s+(?:help|assist|aid|support)\b",
    re.I,
)


def sent_to_help(view: ReadoutView) -> Finding | None:
    """AID to the side that helpers or goods are "sent to ... to help"."""
    return _aid_to_owner_of(view, _TO_HELP, "place", need_giver=False)


def _aid_to_owner_of(
    view: ReadoutView, rx: re.Pattern[str], group: str, *, need_giver: bool
) -> Finding | None:
    """AID by the clause's subject (or the speaker) to the first side named inside ``group`` of a match of
    ``rx``, unless the clause doubts it; with ``need_giver``, only when the giver is known."""
    for m in rx.finditer(view.text):
        taker = _owner_in(view, m.start(group), m.end(group))
        if taker is None or _doubted(view, m.start()):
            continue
        giver = _subject(view, m.start("verb")) or view.speaker
        if giver is None and need_giver:
            continue
        return _finding(EventType.AID, "", giver, taker, m)
    return None


# --- ACCUSE --------------------------------------------------------------------------------------------------

_ATTRIBUTED = re.compile(
    r"\b(?P<verb>attributed|attributes|attribute|attributing)\s+(?P<what>[^.;?!]{1,160}?)\s+to\s+(?:the\s+)?",
    re.I,
)
_BAD_ACT = re.compile(
    r"\b(?:attacks?|cyber-?attacks?|hack(?:s|ing)?|intrusions?|sabotage|incidents?|explosions?|poisonings?|"
    r"campaigns?|operations?|interference|meddling|disinformation|strikes?|shelling|downing)\b",
    re.I,
)


def blame_attributed(view: ReadoutView) -> Finding | None:
    """ACCUSE by the side that attributes an attack (or incident) to another."""
    for m in _ATTRIBUTED.finditer(view.text):
        blamed = _after(view, m.end(), 4)
        if blamed is None or not _BAD_ACT.search(m["what"]) or _doubted(view, m.start()):
            continue
        source = _subject(view, m.start("verb")) or view.speaker
        return _finding(EventType.ACCUSE, "", source, blamed.code, m)
    return None


_THREAT = re.compile(
    r"\b(?P<verb>(?:is|are|was|were|poses?|posed|posing|constitutes?|represents?)\s+(?:a\s+)?|"
    r"(?:regarded|viewed|seen|perceived|considered|treated)\s+(?:[^.;:?!]{0,25}?\s)?as\s+(?:a\s+)?)"
    r"(?:direct|serious|grave|real|major|clear|existential|immediate)\s+threat\s+to\b",
    re.I,
)
_SAID_BEFORE = re.compile(
    r"\b(?:says|said|claims|claimed|insists|insisted|believes|believed|argues|argued|considers|considered)\b"
    r"(?:\s+that)?\s+",
    re.I,
)


def named_threat(view: ReadoutView) -> Finding | None:
    """ACCUSE by the sayer (or the speaker) of the side whose act or arms are named "a direct threat to"."""
    for m in _THREAT.finditer(view.text):
        lo = _clause_start(view.text, m.start())
        head = view.text[lo : m.start()]
        said = None
        for s in _SAID_BEFORE.finditer(head):
            said = s
        if re.search(r"\b(?:if|unless|whether|would|could|might|may|not|never|no|any)\b|\?", head, re.I) or (
            view.text.rstrip().endswith("?") and said is None
        ):
            continue
        if said is not None:
            sayer = _owner_in(view, lo, lo + said.start())
            blamed = _owner_in(view, lo + said.end(), m.start())
        else:
            sayer = _sayer(view) or view.speaker
            blamed = _owner_in(view, lo, m.start())
        if sayer is None and blamed is None:
            continue
        return _finding(EventType.ACCUSE, "", sayer, blamed, m)
    return None


_MONEY_OR_GOODS = re.compile(
    r"\b(?:euros?|dollars|pounds|funds|funding|loans?|grants?|tranches?|billion|million|payments?)\b", re.I
)
_RECEIVED = re.compile(
    r"\b(?P<verb>received|receives|receive|receiving|obtained|got)\s+(?P<what>[^.;:?!]{1,80}?)\s+from\s+"
    r"(?:the\s+|its\s+|their\s+)?",
    re.I,
)


def received_from(view: ReadoutView) -> Finding | None:
    """AID to the side that "received" money, arms or goods "from" another."""
    for m in _RECEIVED.finditer(view.text):
        what = m["what"]
        if not (_GOODS.search(what) or _MONEY_OR_GOODS.search(what)) or _doubted(view, m.start()):
            continue
        giver = _after(view, m.end(), 4)
        taker = _subject(view, m.start("verb"))
        if giver is None or not giver.code or taker is None or taker == giver.code:
            continue
        givers = [u.code for u in _list_from(view, giver) if u.code]
        roles = Roles(tuple(dict.fromkeys(givers)), (taker,), (m.start(), m.end()))
        return Finding(EventType.AID, "", roles, Polarity.ASSERTED, m.start("verb"), m.end("verb"), m["verb"])
    return None


_THANKS_TO = re.compile(
    r"\b(?P<verb>thanks\s+to|with\s+the\s+(?:help|support|assistance)\s+of)\s+(?:the\s+)?"
    r"(?:(?:support|help|assistance|aid|supplies|deliveries)\s+(?:of|from)\s+(?:the\s+)?)?",
    re.I,
)


def thanks_to_help(view: ReadoutView) -> Finding | None:
    """AID from the side whose help made something possible ("Thanks to the support of Allies, Ukraine now
    has air defence") to the side it helped."""
    for m in _THANKS_TO.finditer(view.text):
        giver = _after(view, m.end(), 4)
        if giver is None or not giver.code:
            continue
        tail = view.text[giver.end : giver.end + 40]
        if (
            m["verb"].lower().startswith("thanks")
            and m.end() == m.end("verb") + 1
            and not re.match(
                r"(?:'s?|’s?)?\s+(?:support|help|assistance|aid|supplies|deliveries|weapons|arms)\b",
                tail,
                re.I,
            )
        ):
            continue  # "thanks to Russia" alone: gratitude, not a report of help
        if _doubted(view, m.start()):
            continue
        rest = re.compile(r"[^,;.]*,\s*(?:the\s+)?").match(view.text, giver.end)
        taker = _after(view, rest.end(), 4) if rest else None
        if taker is None or not taker.code or taker.code == giver.code:
            continue
        return _finding(EventType.AID, "", giver.code, taker.code, m)
    return None


_NEEDS = re.compile(
    r"\b(?P<verb>giving|give|gives|gave|given|providing|provide|provides|provided)\s+(?:the\s+)?(?P<taker>[^.;:?!]{1,25}?)"
    r"\s+(?:what|everything|all)\s+(?:that\s+)?(?:it|they|he|she)\s+(?:needs?|requires?)\b",
    re.I,
)


def what_it_needs(view: ReadoutView) -> Finding | None:
    """AID by the side "giving" another "what it needs"."""
    return _aid_to_owner_of(view, _NEEDS, "taker", need_giver=True)


_STEPPED_UP = re.compile(
    r"\b(?=[srib])(?P<verb>stepped\s+up|step\s+up|steps\s+up|stepping\s+up|ramped\s+up|ramp\s+up|scaled\s+up|"
    r"increased|increase|increases|increasing|boosted|boost|boosts|boosting)\s+(?:our|their|its|the)\s+"
    r"(?:military\s+|practical\s+|financial\s+|security\s+)?(?:support|assistance|aid|help)\s+(?:to|for)\s+"
    r"(?:the\s+)?",
    re.I,
)


def support_stepped_up(view: ReadoutView) -> Finding | None:
    """AID by the side that steps up its (military) support to another, the arms or aid named beside it."""
    return _aid_to_next(
        view,
        _STEPPED_UP,
        lambda m: bool(
            re.search(r"\b(?:military|financial|security)\b", m[0], re.I)
            or _GOODS.search(view.text[m.end() : m.end() + 120])
        ),
    )


def _aid_to_next(
    view: ReadoutView, rx: re.Pattern[str], named: Callable[[re.Match[str]], bool]
) -> Finding | None:
    """AID by the clause's subject (or the speaker) to the side named right after a match of ``rx`` that
    ``named`` accepts (the help is of a kind that counts), unless the clause doubts it."""
    for m in rx.finditer(view.text):
        if not named(m):
            continue
        taker = _after(view, m.end(), 4)
        if taker is None or not taker.code or _doubted(view, m.start()):
            continue
        giver = _subject(view, m.start("verb")) or view.speaker
        if giver is None:
            continue
        return _finding(EventType.AID, "", giver, taker.code, m)
    return None


_CONTRIBUTE = re.compile(
    r"\b(?P<verb>contribute|contributes|contributed|contributing|allocate|allocates|allocated|allocating)\s+"
    r"(?P<what>[^.;:?!]{1,60}?)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:fund|package|facility|mechanism|"
    r"initiative|coalition|programme|program)\s+(?:for|to\s+support|to\s+help|to\s+assist)\s+(?:the\s+)?",
    re.I,
)


def contributed_for(view: ReadoutView) -> Finding | None:
    """AID by the side that contributes money or goods to a fund or package "for" another."""
    return _aid_to_next(
        view, _CONTRIBUTE, lambda m: bool(_MONEY_OR_GOODS.search(m["what"]) or _GOODS.search(m["what"]))
    )


# --- RETREAT -------------------------------------------------------------------------------------------------

_LET_IN = re.compile(
    r"\b(?P<verb>allowed|allows|allow|let|lets|admitted|admits|admit)\s+(?:the\s+)?"
    r"(?P<who>(?:[\w-]+\s+){0,3}?(?:mission|inspectors|experts|monitors|observers|team|delegation|convoy|"
    r"convoys))\s+(?:in|into|through|to\s+enter|to\s+pass|to\s+the)\b",
    re.I,
)


def let_in(view: ReadoutView) -> Finding | None:
    """RETREAT by the side that lets an inspection mission or monitors in."""
    for m in _LET_IN.finditer(view.text):
        if _doubted(view, m.start()):
            continue
        lo = _clause_start(view.text, m.start())
        clause = max(lo, view.text.rfind(",", 0, m.start()) + 1)
        giver = _subject(view, m.start("verb")) or _owner_in(view, clause, m.start()) or view.speaker
        mission = _owner_in(view, m.start("who"), m.end("who")) or next(
            (
                u.code
                for u in _coded(view.units)
                if u.end <= m.start() and u.kind == "org" and u.code != giver
            ),
            None,
        )
        if giver is None:
            continue
        return _finding(EventType.RETREAT, "", giver, mission, m)
    return None


_MOVED_AWAY = re.compile(
    r"\b(?P<verb>moved|move|moves|moving|pulled|pull|pulls|pulling|drew|drawn|draw)\s+(?:back\s+)?"
    r"away\s+from\s+(?:the\s+)?",
    re.I,
)


def moved_away(view: ReadoutView) -> Finding | None:
    """RETREAT of the forces that "moved away from" a place."""
    for m in _MOVED_AWAY.finditer(view.text):
        lo = _clause_start(view.text, m.start())
        if _doubted(view, m.start()) or not re.search(rf"\b{_FORCES}\b", view.text[lo : m.start()], re.I):
            continue
        owner = _owner_in(view, lo, m.start())
        place = _after(view, m.end(), 20)
        if owner is None:
            continue
        return _finding(EventType.RETREAT, "", owner, place.code if place else None, m)
    return None


# --- ASSAULT -------------------------------------------------------------------------------------------------

_STRUCK = re.compile(
    r"\b(?P<verb>(?:(?:missile|air|drone|rocket|artillery|massive|massed|combined|precision|retaliatory|"
    r"group|high-precision|long-range)\s+)*(?:strikes?|attacks?|air-strikes?|airstrikes?|bombardment|shelling)"
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?(?:launched|carried\s+out|delivered|"
    r"conducted|inflicted|made|dealt))\b(?P<gap>[^.;:?!]{0,80}?)\s+(?:on|against|at)\s+(?:the\s+)?",
    re.I,
)


def strike_delivered(view: ReadoutView) -> Finding | None:
    """ASSAULT told in the passive with no attacker named before it ("a massive strike was delivered with
    long-range weapons on Ukraine's energy facilities"): by the "by X" agent, the sayer or the speaker."""
    for m in _STRUCK.finditer(view.text):
        target = _after(view, m.end(), 40)
        if _doubted(view, m.start()) or re.search(
            r"\b(?:attempted|alleged|planned|terrorist)\b",
            view.text[_clause_start(view.text, m.start()) : m.start()],
            re.I,
        ):
            continue
        by = re.search(r"\bby\s+(?:the\s+)?", m["gap"])
        agent = _after(view, m.start("gap") + by.end(), 4) if by else None
        lo = _clause_start(view.text, m.start())
        owner = agent.code if agent else (_owner_in(view, lo, m.start()) or _sayer(view) or view.speaker)
        if owner is None and target is None:
            continue
        return _finding(EventType.ASSAULT, "", owner, target.code if target else None, m)
    return None


# --- THREATEN ------------------------------------------------------------------------------------------------

_FIRM_RESPONSE = re.compile(
    r"\b(?P<verb>will|would|shall)\s+(?:(?:certainly|surely|inevitably|immediately|definitely)\s+)?"
    r"(?:receive|meet\s+with|meet|face|be\s+met\s+with|be\s+followed\s+by|entail|provoke)\s+(?:a|an)\s+"
    r"(?:(?:firm|decisive|resolute|tough|harsh|adequate|appropriate|swift|robust|strong|immediate|"
    r"proportionate|military|mirror)\s+(?:and\s+)?)+(?:response|rebuff|reaction|retaliation|answer)\b",
    re.I,
)
_COUNTED_AS = re.compile(
    r"\b(?P<verb>(?:will|would|shall)\s+be\s+(?:considered|regarded|treated|seen|viewed|deemed)\s+as)\s+"
    r"(?:an?\s+)?(?:attack|aggression|act\s+of\s+(?:war|aggression)|declaration\s+of\s+war|casus\s+belli)\b",
    re.I,
)


def firm_response(view: ReadoutView) -> Finding | None:
    """THREATEN by the speaker (or sayer) that an act "will receive a firm response" or "will be considered
    an attack"."""
    for m in [*_FIRM_RESPONSE.finditer(view.text), *_COUNTED_AS.finditer(view.text)]:
        lo = _clause_start(view.text, m.start())
        head = view.text[lo : m.start()]
        if re.search(r"\b(?:not|never|whether)\b|\?", head, re.I):
            continue
        target = _owner_in(view, lo, m.start())
        source = _sayer(view) or view.speaker
        if source is None and target is None:
            continue
        return _finding(EventType.THREATEN, "", source, target, m)
    return None


# --- ACCUSE --------------------------------------------------------------------------------------------------

_BAD_ROLE = re.compile(
    r"\b(?P<verb>pointed\s+to|points\s+to|point\s+to|drew\s+attention\s+to|draws\s+attention\s+to|"
    r"draw\s+attention\s+to|highlighted|highlights|stressed|underlined|noted)\s+the\s+"
    r"(?:(?:destabili[sz]ing|destructive|negative|provocative|aggressive|dangerous|hostile|malign|subversive|"
    r"unconstructive|confrontational)\s+(?:and\s+)?)+(?:role|nature|character|policy|course|line|actions?|"
    r"activit(?:y|ies)|conduct|behaviou?r)\s+of\s+(?:the\s+)?",
    re.I,
)
_CANNOT_BUT = re.compile(
    r"\b(?P<verb>cannot\s+but|can\s+not\s+but|could\s+not\s+but|can't\s+but)\s+(?:cause|arouse|provoke|raise|"
    r"evoke)\s+(?:our\s+|serious\s+|deep\s+|grave\s+)*(?:indignation|concern|bewilderment|regret|outrage|"
    r"protest|alarm|rejection|condemnation)",
    re.I,
)
_PARTY = re.compile(
    r"\b(?P<verb>(?:is|are|has\s+become|have\s+become|became)\s+(?:effectively\s+|de\s+facto\s+|in\s+fact\s+|"
    r"directly\s+|now\s+|already\s+)*(?:a\s+)?(?:direct\s+)?(?:party|parties|participant|participants)\s+"
    r"(?:to|in)\s+the\s+(?:conflict|war|hostilities))\b",
    re.I,
)

_BAD_ROLE_WORDS = (
    *("destabili", "destructive", "negative", "provocative", "aggressive", "dangerous", "hostile", "malign"),
    *("subversive", "unconstructive", "confrontational"),
)
_BAD_ROLE_GATE = _GATES.gate(_BAD_ROLE_WORDS)
"""Every match of :data:`_BAD_ROLE` holds one of these words (s39-speed)."""
_PARTY_GATE = _GATES.gate(("conflict", "war", "hostilities"))
"""Every match of :data:`_PARTY` holds one of these words and "part" (s39-speed)."""


def bad_role(view: ReadoutView) -> Finding | None:
    """ACCUSE told by pointing to a side's "destabilising role", by an act that "cannot but cause
    indignation", or by naming a side "a party to the conflict"."""
    text = view.text
    held = _GATES.held(text)  # (s39-speed) each expression after its own words (the reader's gate)
    for m in _BAD_ROLE.finditer(text) if not _BAD_ROLE_GATE.isdisjoint(held) else ():
        blamed = _after(view, m.end(), 4)
        if blamed is None or not blamed.code or _doubted(view, m.start()):
            continue
        source = _subject(view, m.start("verb")) or view.speaker
        return _finding(EventType.ACCUSE, "disapprove", source, blamed.code, m)
    cannot_but = _CANNOT_BUT.finditer(text) if "but" in held else ()
    party = _PARTY.finditer(text) if "part" in held and not _PARTY_GATE.isdisjoint(held) else ()
    for m in [*cannot_but, *party]:
        lo = _clause_start(view.text, m.start())
        if re.search(r"\b(?:if|unless|whether|would|not|never|should)\b|\?", view.text[lo : m.start()], re.I):
            continue
        said = None
        for s in _SAID_BEFORE.finditer(view.text[lo : m.start()]):
            said = s
        if said is not None:
            source = _owner_in(view, lo, lo + said.start()) or view.speaker
            blamed_code = _owner_in(view, lo + said.end(), m.start())
        else:
            source = _sayer(view) or view.speaker
            blamed_code = _owner_in(view, lo, m.start())
        if blamed_code is None:
            continue
        return _finding(EventType.ACCUSE, "disapprove", source, blamed_code, m)
    return None


# --- RETREAT told by its result ------------------------------------------------------------------------------

_NOW_FREE = re.compile(
    r"\b(?=[hdcaskt])(?:held|detained|captured|abducted|seized|kidnapped|taken\s+(?:hostage|captive|prisoner))\s+by\s+"
    r"(?:the\s+)?(?P<captor>[^.;:?!]{1,40}?)\s+(?P<verb>(?:are|is|were|was|have\s+been|has\s+been)\s+(?:now\s+)?"
    r"(?:(?:all\s+|finally\s+|safely\s+)?(?:free|freed|released|back\s+home|home)))\b",
    re.I,
)


def now_free(view: ReadoutView) -> Finding | None:
    """RETREAT by the captor of the people "held by" it who "are now free"."""
    for m in _NOW_FREE.finditer(view.text):
        captor = _owner_in(view, m.start("captor"), m.end("captor"))
        if captor is None or _doubted(view, m.start()):
            continue
        lo = _clause_start(view.text, m.start())
        held = _owner_in(view, lo, m.start())
        return _finding(EventType.RETREAT, "release", captor, held, m)
    return None


_PULLED = re.compile(
    rf"\b(?:{_FORCES}|grouping|garrison|guards|peacekeepers|servicemen|military\s+equipment|equipment)\b"
    r"(?P<more>[^.;:?!]{0,50}?)\s+(?P<verb>(?:have|has|had|were|was)\s+(?:now\s+|already\s+|also\s+)?(?:been\s+)?"
    r"(?:withdrawn|pulled\s+back|pulled\s+out|moved\s+back|taken\s+back|left))\s+(?:(?:from|behind|beyond|to|"
    r"out\s+of)\s+)?(?:the\s+)?",
    re.I,
)


def forces_pulled(view: ReadoutView) -> Finding | None:
    """RETREAT of the side whose forces or weapons "have been withdrawn" or "have left" a place."""
    for m in _PULLED.finditer(view.text):
        if _doubted(view, m.start()) or re.search(r"\b(?:who|which|that|whose)\b", m["more"], re.I):
            continue  # "soldiers who had left their base reached ...": a background clause
        lo = _clause_start(view.text, m.start())
        by = re.compile(r"[^.;:?!]{0,60}?\bby\s+(?:the\s+)?(?:both\s+sides|(?P<agent>\S))", re.I).match(
            view.text, m.end()
        )
        agent = _after(view, by.start("agent"), 2) if by and by["agent"] else None
        owner = agent.code if agent else _owner_in(view, lo, m.start("verb"))
        place = _after(view, m.end(), 30)
        if owner is None and not (by and not by["agent"]):
            continue
        return _finding(EventType.RETREAT, "withdraw", owner, place.code if place else None, m)
    return None


_DISENGAGED = re.compile(
    r"\b(?=[dwp])(?:disengagement|withdrawal|pull-?back|pullout|pull-out)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:forces|troops|heavy\s+weapons|weapons|units|equipment)\b(?P<more>[^.;:?!]{0,60}?)\s+"
    r"(?P<verb>(?:was|were|has\s+been|have\s+been)\s+(?:successfully\s+|fully\s+)?(?:completed|finished|"
    r"carried\s+out|accomplished))\b",
    re.I,
)
_REDUCED = re.compile(
    rf"\bnumber\s+of\s+(?P<own>(?:[\w-]+\s+){{0,3}}?){_FORCES}\b(?P<more>[^.;:?!]{{0,50}}?)\s+"
    r"(?P<verb>(?:has|have|had|was|were)\s+(?:been\s+)?(?:reduced|cut|halved|decreased|lowered))\b",
    re.I,
)


def done_pullback(view: ReadoutView) -> Finding | None:
    """RETREAT told as done: "the disengagement of forces at X was completed", "the number of Russian troops
    in X has been reduced"."""
    for m in [*_DISENGAGED.finditer(view.text), *_REDUCED.finditer(view.text)]:
        if _doubted(view, m.start()):
            continue
        lo = _clause_start(view.text, m.start())
        first = next((u for u in _coded(view.units) if lo <= u.start and u.end <= m.start("more")), None)
        owners = tuple(dict.fromkeys(u.code for u in _list_from(view, first) if u.code)) if first else ()
        place = _owner_in(view, m.start("more"), m.start("verb"))
        if not owners and place is None:
            continue
        target = (place,) if place and place not in owners else ()
        roles = Roles(owners, target, (m.start(), m.end()))
        return Finding(
            EventType.RETREAT, "withdraw", roles, Polarity.ASSERTED, m.start("verb"), m.end("verb"), m["verb"]
        )
    return None


# --- AID told by its purpose ---------------------------------------------------------------------------------

_HELP_IN = re.compile(
    r"\b(?P<verb>helped|helping|helps|help|assisted|assisting|assists)\s+(?:to\s+)?(?:search|fight|"
    r"extinguish|put\s+out|rescue|evacuate|clear|rebuild|deal\s+with|cope\s+with|treat|repair|"
    r"demine|feed|shelter|house)\b(?P<what>[^.;:?!]{0,70}?)\b(?:in|on|across)\s+(?:the\s+)?",
    re.I,
)
_SENT_FOR = re.compile(
    r"\b(?P<verb>sent|sends|send|dispatched|dispatches|dispatch|deployed|landed|arrived|flew|arrive|arrives)\b"
    r"(?P<what>[^.;:?!]{0,60}?)\s+to\s+(?:help|assist|protect\s+(?:aid|relief|humanitarian)|"
    r"secure\s+(?:aid|relief|humanitarian)|rescue|fight\s+(?:forest\s+|the\s+)?(?:fires|wildfires|blazes)|"
    r"deliver\s+(?:aid|relief|humanitarian))\b",
    re.I,
)


def help_in_place(view: ReadoutView) -> Finding | None:
    """AID by the side that "helped search for survivors in" another, or whose teams were "sent to help" or
    "landed in X to secure aid deliveries"."""
    for m in _HELP_IN.finditer(view.text):
        place = _after(view, m.end(), 4)
        giver = _subject(view, m.start("verb")) or _owner_in(
            view, _clause_start(view.text, m.start()), m.start()
        )
        if (
            place is None
            or not place.code
            or giver is None
            or giver == place.code
            or _doubted(view, m.start())
        ):
            continue
        return _finding(EventType.AID, "", giver, place.code, m)
    for m in _SENT_FOR.finditer(view.text):
        if _doubted(view, m.start()):
            continue
        lo = _clause_start(view.text, m.start())
        first = next((u for u in _coded(view.units) if lo <= u.start and u.end <= m.start("verb")), None)
        givers = [u.code for u in _list_from(view, first) if u.code] if first else []
        taker = _owner_in(view, m.start("what"), m.end("what"))
        if taker is None:
            hit = _after(view, m.end(), 50)
            taker = hit.code if hit else None
        if not givers or taker is None or taker in givers:
            continue
        roles = Roles(tuple(dict.fromkeys(givers)), (taker,), (m.start(), m.end()))
        return Finding(EventType.AID, "", roles, Polarity.ASSERTED, m.start("verb"), m.end("verb"), m["verb"])
    return None


# --- ACCUSE by an inquiry's finding --------------------------------------------------------------------------

_FOUND_THAT = re.compile(
    r"\b(?P<verb>established|establishes|concluded|concludes|determined|determines|found|finds|confirmed|"
    r"confirms|documented|documents|proved|proves|showed|shows)\s+that\s+(?P<what>[^;:?!]{10,220})",
    re.I,
)
_WRONG = re.compile(
    r"\b(?:poisoned|poisoning|downed|shot\s+down|brought\s+down|fired|launched|transported|attacks?|attacked|"
    r"strikes?|struck|shelling|shelled|crimes?|violations?|violated|responsible|behind|deported|deportation|"
    r"tortured|torture|executed|killed|used\s+(?:a\s+)?(?:chemical|nerve|banned|cluster)|nerve\s+agent|"
    r"chemical\s+weapons?|hacked|cyber-?attack)\b",
    re.I,
)
_INQUIRY = re.compile(
    r"\b(?:investigation|investigators|inquiry|commission|team|report|panel|board|mission|court|tribunal|"
    r"prosecutors?|experts?|OPCW|IAEA|JIT|monitors|HRMMU)\b",
    re.I,
)


def inquiry_found(view: ReadoutView) -> Finding | None:
    """ACCUSE by an inquiry (or the side it reports to) that "established that" a named side did wrong."""
    for m in _FOUND_THAT.finditer(view.text):
        lo = _clause_start(view.text, m.start())
        head = view.text[lo : m.start()]
        if not _INQUIRY.search(head) or not _WRONG.search(m["what"]):
            continue
        if re.search(r"\b(?:if|whether|not|never|no)\b|\?", head, re.I):
            continue
        investigator = _owner_in(view, lo, m.start()) or view.speaker
        blamed = next(
            (
                u.code
                for u in _coded(view.units)
                if m.start("what") <= u.start < m.end("what") and u.code != investigator
            ),
            None,
        )
        if blamed is None:
            continue
        return _finding(EventType.ACCUSE, "", investigator, blamed, m)
    return None


_READERS: tuple[tuple[frozenset[str], Callable[[ReadoutView], Finding | None]], ...] = (
    # each reader after the words its expressions cannot match without (s30-speed: one scan answers all)
    (_GATES.gate(("measures", "sanctions", "restrictions", "embargo", "ban")), decreed_measures),
    (_GATES.gate(("list",)), stop_listed),
    (_GATES.gate(("review",)), under_review),
    (_GATES.gate(("stationed", "deployed", "based", "place")), now_stationed),
    (_GATES.gate(("return",)), sent_home),
    (_GATES.gate(("supplied", "provided", "donated", "delivered", "sent", "given", "handed")), supplied_by),
    (_GATES.gate(("sent", "dispatched")), sent_to_help),
    (_GATES.gate(("attribut",)), blame_attributed),
    (_GATES.gate(("threat",)), named_threat),
    (_GATES.gate(("receiv", "obtained", "got")), received_from),
    (_GATES.gate(("thanks", "help", "support", "assistance")), thanks_to_help),
    (_GATES.gate(("need", "require")), what_it_needs),
    (_GATES.gate(("support", "assistance", "aid", "help")), support_stepped_up),
    (_GATES.gate(("contribut", "allocat")), contributed_for),
    (_GATES.gate(("allow", "let", "admit")), let_in),
    (_GATES.gate(("away",)), moved_away),
    (_GATES.gate(("strike", "attack", "bombardment", "shelling")), strike_delivered),
    (
        _GATES.gate(
            (
                "response",
                "rebuff",
                "reaction",
                "retaliation",
                "answer",
                "attack",
                "aggression",
                "war",
                "belli",
            )
        ),
        firm_response,
    ),
    (
        _GATES.gate(
            (
                "destabili",
                "destructive",
                "negative",
                "provocative",
                "aggressive",
                "dangerous",
                "hostile",
                "malign",
                "subversive",
                "unconstructive",
                "confrontational",
                "but",
                "part",
            )
        ),
        bad_role,
    ),
    (_GATES.gate(("free", "released", "home")), now_free),
    (_GATES.gate(("withdrawn", "pulled", "moved", "taken", "left")), forces_pulled),
    (
        _GATES.gate(
            (
                "completed",
                "finished",
                "carried",
                "accomplished",
                "reduced",
                "cut",
                "halved",
                "decreased",
                "lowered",
            )
        ),
        done_pullback,
    ),
    (_GATES.gate(("help", "assist", "protect", "secure", "rescue", "fight", "deliver")), help_in_place),
    (
        _GATES.gate(
            ("establish", "conclude", "determine", "found", "finds", "confirm", "document", "prove", "show")
        ),
        inquiry_found,
    ),
)


def settled(view: ReadoutView, events: list[Event], finish: Finish) -> list[Event]:
    """``events`` unchanged when one of them has a source; else the first event with a doer one of the readers
    finds (events with no doer give way to it)."""
    held = _GATES.held(view.text)  # (s35-speed8) the gate words read once, each gate a set test
    if _GATE.isdisjoint(held):
        return events
    if events and all(e.event is EventType.MOBILIZE for e in events):
        home = sent_home(view)
        if home is not None:  # "ordered the units to return to their permanent bases": no deployment
            found = finish(home)
            if found is not None:
                source = found.source or next((e.source for e in events if e.source), ())
                return [dataclasses.replace(found, source=source)]
    if any(e.source for e in events):
        return events
    for gate, reader in _READERS:
        if gate.isdisjoint(held):
            continue
        found = finish(reader(view))
        if found is not None and found.source:  # a doer named: an event with none is more often misread
            return [found]
    return events
