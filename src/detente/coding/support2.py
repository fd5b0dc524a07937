"""SUPPORT in official text, session 33 (helper support2): praise, thanks, condolences and backing told by a
noun, an appraisal or a hope, and the ceremonial thanks a leader gives his own people (examples in our own
words).

- **The speaker's own words of thanks or sympathy going to a side** (:func:`owned_words`). "My sincere
  condolences go to the families of the victims in Peru", "our thoughts are with the people of Chile",
  "special thanks go to our Latvian colleagues", "our support for Moldova is unwavering": SUPPORT by the
  speaker (the statement's "I"/"we") at the side named after "to"/"with"/"for".
- **A side's welcome, gratitude or praise told as a noun** (:func:`owned_nouns`). "Oslo's welcome of the
  Danish plan", "the Chancellor's gratitude to Ghana for its help", "Rome's appreciation for the mediation of
  Oman": SUPPORT by the owner at the first other side named after the noun.
- **Conduct appraised as good** (:func:`appraised_conduct`). "He said the stance of the Indian leadership was
  balanced and responsible", "Lavrov described Peru's position as constructive", "the role of Norway has
  been very important": SUPPORT by the sayer (else the speaker) at the side whose conduct is judged. A
  denied or conditional judgement ("was not constructive", "if the approach is reasonable") is left alone.
- **A side called a key body or an asset** (:func:`called_key`). "Moscow views the OSCE as the universal
  body of European security", "the Commonwealth is a major asset for all of us", "the SCO has become a
  unique forum for dialogue": SUPPORT by the sayer (else the speaker) at that side, unless the clause speaks
  of a threat or instability.
- **Hope that a side's act will do good** (:func:`hoped_good`). "Putin expressed hope that the accord
  between Chile and Peru would strengthen security in the region", "Moscow hoped that the mission of the
  OSCE would succeed": SUPPORT by the one who hopes at the sides of the act.
- **Sides settled** (:func:`sides_settled`). A thanks, praise or welcome with no target takes the first
  other side named after its words in the clause ("expressed Rome's appreciation for the work of the
  Omani mediators"); one with no source said in the first person ("It is hard to disagree with the Cuban
  position", "special thanks to our Serbian friends") is the speaker's.
- **Ceremonial words to one's own people** (:func:`home_ceremony`). "The President thanked the rescue
  workers", "congratulated Russian teachers on their holiday", "expressed condolences to the families of the
  miners": thanks, congratulations, condolences and greetings to one's own citizens, workers, troops or
  officials are no event between actors; praise and backing of such groups are left to the other readers.

Every family is a regular expression over the sentence behind a cheap word gate; sides come only from the
sentence's actor units, the speaker, or a saying verb's subject. :func:`settled` runs them all and never
raises.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.clauses import clause_end, clause_start
from detente.coding.clauses import is_side as _side
from detente.coding.ontology import EventType, Polarity
from detente.coding.roleparts import Make, Roles
from detente.coding.text import lower_text
from detente.coding.wordgates import WordGates

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = [
    "appraised_conduct",
    "called_key",
    "condolences_for_place",
    "deserved_and_backers",
    "home_ceremony",
    "hoped_good",
    "let_me",
    "owned_nouns",
    "owned_words",
    "settled",
    "sides_settled",
]

_MAX_CHARS = 2_000
"""Longer sentences are left to the other readers."""

_CLAUSE_STOP = re.compile(r"[;!?]|\.(?:\s|$)")


def _clause_start(text: str, at: int) -> int:
    return clause_start(text, at, _CLAUSE_STOP)


def _clause_end(text: str, at: int) -> int:
    return clause_end(text, at, _CLAUSE_STOP)


_NEGATION = re.compile(r"\b(?:not|never|no|n't|nor|neither|hardly|cannot|failed\s+to)\b", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:may|might|could|would|should|if|unless|whether)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|shall)\b", re.IGNORECASE)
_SAYING = re.compile(
    r"\b(?:said|says|say|told|tells|stated|states|declared|noted|notes|stressed|stresses|emphasi[sz]ed|"
    r"underlined|pointed\s+out|added|believes|believed|described|describes|called|calls|considers|"
    r"considered|views|viewed|regards|regarded|sees|saw|thinks|thought|according\s+to|"
    r"expressed\s+(?:[\w-]+\s+){0,2}?(?:assurance|confidence|conviction|belief|view|opinion))\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|us)\b")


def _sides_in(units: Sequence[Unit], lo: int, hi: int, *, groups: bool = False) -> list[Unit]:
    return [
        u
        for u in units
        if lo <= u.start
        and u.end <= hi
        and u.code is not None
        and (_side(u.code) or (groups and u.kind != "pronoun"))
    ]


def _sayer(text: str, units: Sequence[Unit], at: int, speaker: str | None) -> str | None:
    """Who says or judges what stands at ``at``: the first side before the last saying verb of the clause
    before it, else the first side that opens the clause, else the speaker."""
    lo = _clause_start(text, at)
    said = None
    for s in _SAYING.finditer(text, lo, at):
        said = s
    if said is not None:
        found = _sides_in(units, lo, said.start())
        if found:
            return found[0].code
        if _BARE_HEAD.match(text, lo, said.start()) and len(_PRESIDENT.findall(text)) == 1:
            return "RUS"  # a head of state named with no state is Russia's (as sources2 reads it)
    trail = _TRAILING_SAYER.search(text, at)
    if trail is not None:
        found = _sides_in(units, trail.start("who"), trail.end("who"))
        if found:
            return found[0].code
    if _THIRD_PERSON.search(text, lo, at):
        return None  # "He said that ...": someone other than the speaker, not named here
    return speaker


_THIRD_PERSON = re.compile(r"\b(?:he|she|they|He|She|They)\b")


_BARE_HEAD = re.compile(r"\W*(?:the\s+)?(?:acting\s+)?(?:president|head\s+of\s+state)\b", re.IGNORECASE)
_PRESIDENT = re.compile(r"\bpresident", re.IGNORECASE)
_TRAILING_SAYER = re.compile(
    r",\s*(?P<who>[^,.;]{1,80}?)\s+(?:said|says|stressed|noted|added|stated|told)\b", re.IGNORECASE
)


def _polarity(text: str, lo: int, hi: int) -> Polarity | None:
    """Negated, future or asserted for the words ``lo:hi``; ``None`` when they are conditional."""
    span = text[lo:hi]
    if _MODAL.search(span):
        return None
    if _NEGATION.search(span):
        return Polarity.NEGATED
    if _FUTURE.search(span):
        return Polarity.FUTURE
    return Polarity.ASSERTED


def _has_support(events: Sequence[Event], source: str | None, target: str) -> bool:
    return any(
        e.event is EventType.SUPPORT and target in e.target and (source is None or source in e.source)
        for e in events
    )


def _support_near(events: Sequence[Event], lo: int, hi: int) -> bool:
    return any(e.event is EventType.SUPPORT and lo <= e.anchor[0] < hi for e in events)


def _add(
    out: list[Event],
    make: Make,
    source: str | None,
    targets: Sequence[str],
    polarity: Polarity,
    span: tuple[int, int],
    name: str,
) -> bool:
    targets = tuple(dict.fromkeys(t for t in targets if t != source))
    if not source or not targets or any(_has_support(out, source, t) for t in targets):
        return False
    roles = Roles((source,) if source else (), targets, span)
    out.append(make(EventType.SUPPORT, "", roles, polarity, span[0], span[1], name))
    return True


# --------------------------------------------------------------------------------- the speaker's own words
_OWN_WORDS = re.compile(
    r"\b(?:(?P<own>my|our)\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<noun>condolences|thanks|gratitude|sympathy|sympathies|solidarity|support|thoughts|prayers|"
    r"congratulations|appreciation|admiration|respect|backing)\s+"
    r"(?:(?:also|once\s+again|again|always|therefore|today)\s+)?"
    r"(?:go|goes|went|are|is|remain|remains|stay|stays|will\s+(?:always\s+)?(?:be|go|remain))\s+"
    r"(?:out\s+)?(?:to|with)"
    r"|(?P<bare>(?:special|many|particular|sincere|heartfelt|warm|big|great|deep|huge)\s+thanks)\s+"
    r"(?:(?:go|goes|are\s+due|also)\s+)*to)\b",
    re.IGNORECASE,
)
_OWN_FOR = re.compile(
    r"\b(?P<own>my|our)\s+(?:[\w-]+\s+){0,2}?(?:support|backing|solidarity)\s+(?:for|with)\s+"
    r"(?P<obj>[^,;.]{1,80}?)\s+(?:is|are|remains|remain|has\s+been|will\s+(?:always\s+)?(?:be|remain))\s+"
    r"(?:\w+ly\s+)?(?:unwavering|unshakeable|unshakable|steadfast|firm|strong|unconditional|undiminished|"
    r"resolute|total|full|complete|ironclad|rock-solid|unbreakable|enduring|lasting)\b",
    re.IGNORECASE,
)


def owned_words(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """The speaker's thanks, condolences or support that "go to" or "are with" a side (see the module)."""
    out = list(events)
    if not speaker:
        return out
    for m in _OWN_WORDS.finditer(text):
        lo = _clause_start(text, m.start())
        if _sides_in(units, lo, m.start()) or _NEGATION.search(text, lo, m.end()):
            continue
        hi = _clause_end(text, m.end())
        found = _sides_in(units, m.end(), min(hi, m.end() + 120))
        if found:
            _add(
                out,
                make,
                speaker,
                [found[0].code or ""],
                Polarity.ASSERTED,
                (m.start(), m.end()),
                "own words",
            )
    for m in _OWN_FOR.finditer(text):
        lo = _clause_start(text, m.start())
        if _sides_in(units, lo, m.start()) or _NEGATION.search(text, lo, m.end()):
            continue
        found = _sides_in(units, m.start("obj"), m.end("obj"))
        if found:
            _add(
                out,
                make,
                speaker,
                [found[0].code or ""],
                Polarity.ASSERTED,
                (m.start(), m.end()),
                "own words",
            )
    return out


# ------------------------------------------------------------------------------------------ owned nouns
_OWNED_NOUN = re.compile(
    r"(?:'s|’s|'|’)\s+(?:(?:warm|high|deep|sincere|heartfelt|full|strong|great|profound|continued|"
    r"unwavering|public)\s+){0,2}"
    r"(?P<noun>welcome|gratitude|appreciation|praise|thanks|congratulations|condolences|sympathy|"
    r"solidarity|admiration|endorsement|backing)\s+(?P<prep>of|for|to|with)\s",
    re.IGNORECASE,
)


def owned_nouns(text: str, events: Sequence[Event], units: Sequence[Unit], make: Make) -> list[Event]:
    """A side's "welcome of", "gratitude to" or "praise for" another side or its act (see the module)."""
    out = list(events)
    for m in _OWNED_NOUN.finditer(text):
        owner = [u for u in units if u.end == m.start() and u.code is not None and _side(u.code)]
        if not owner or _support_near(out, m.start(), m.end()):
            continue
        source = owner[0].code
        lo = _clause_start(text, m.start())
        if _NEGATION.search(text, lo, m.start()) or _MODAL.search(text, lo, m.start()):
            continue
        hi = _clause_end(text, m.end())
        found = [u for u in _sides_in(units, m.end(), min(hi, m.end() + 100)) if u.code != source]
        if found:
            _add(
                out,
                make,
                source,
                [found[0].code or ""],
                Polarity.ASSERTED,
                (m.start(), m.end()),
                "owned noun",
            )
    return out


# ------------------------------------------------------------------------------------- conduct appraised
_CONDUCT = (
    r"(?:position|positions|stance|approach|attitude|line|policy|conduct|role|work|efforts|steps|actions|"
    r"decision|decisions|chairmanship|presidency|leadership|mediation|contribution|initiative|proposals?)"
)
_GOOD = (
    r"(?:balanced|constructive|responsible|wise|pragmatic|reasonable|principled|well[- ]grounded|"
    r"well[- ]founded|well[- ]considered|justified|sound|positive|effective|successful|impressive|"
    r"commendable|courageous|correct|helpful|useful|valuable|important|significant|weighty|"
    r"far-?sighted|realistic|sensible|measured|prudent|exemplary|remarkable|invaluable|productive|"
    r"fruitful|substantial|consistent|clear|honest|appropriate|timely|outstanding|excellent|admirable)"
)
_COPULA = r"(?:is|was|are|were|has\s+been|have\s+been|had\s+been|remains|remained|seemed|seems|proved)"
_DEGREE = (
    r"(?:(?:very|highly|quite|sufficiently|extremely|most|so|truly|entirely|fully|absolutely|really)\s+)?"
)
_APPRAISED = re.compile(
    r"\b(?=[psalcrwedmi])(?P<noun>" + _CONDUCT + r")\s+(?:of\s+(?P<obj>(?:the\s+)?(?:[\w’'-]+\s+){0,4}?)|"
    r"(?:(?:in|on|to|towards|toward|regarding|at|during|within)\s+(?:[\w’'-]+\s+){0,5}?)?)"
    r"(?:" + _COPULA + r"\s+" + _DEGREE + r"|as\s+" + _DEGREE + r")(?P<adj>" + _GOOD + r")\b",
    re.IGNORECASE,
)
_OWNER_GAP = re.compile(r"\s*(?:[’']s?)?\s+(?:[\w-]+\s+)?$")


def _judged(text: str, units: Sequence[Unit], m: re.Match[str]) -> list[Unit]:
    """The side whose conduct is judged: named after "of", else the owner right before the noun
    ("Peru's position", "the Peruvian position", "the Peru team's work")."""
    owner = [
        u
        for u in units
        if u.end <= m.start() and _side(u.code) and _OWNER_GAP.fullmatch(text, u.end, m.start()) is not None
    ]
    if owner:
        return owner  # "the Chilean chairmanship of the forum": Chile's conduct
    if m.group("obj"):
        return _sides_in(units, m.start("obj"), m.end("obj"))
    return [
        u
        for u in units
        if u.end <= m.start() and _side(u.code) and _OWNER_GAP.fullmatch(text, u.end, m.start()) is not None
    ]


_VALUED = re.compile(
    r"(?:\b(?:"
    + _CONDUCT
    + r"|help|support|assistance|hospitality|solidarity)\s+of\s+(?P<obj>(?:the\s+)?(?:[\w’'-]+\s+){0,4}?)"
    r"|(?P<own>[’']s)\s+(?:[\w-]+\s+)?(?:"
    + _CONDUCT
    + r"|help|support|assistance|hospitality|solidarity)\s+)"
    r"(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:(?:very|highly|greatly|deeply|much|warmly|sincerely|truly|always)\s+)*"
    r"(?:valued|appreciated|praised|commended|welcomed|acknowledged|recogni[sz]ed|lauded|hailed)\s+by\s+",
    re.IGNORECASE,
)


def _valued(text: str, out: list[Event], units: Sequence[Unit], make: Make) -> None:
    """ "Chile's contribution is highly valued by the Alliance": SUPPORT by the one after "by"."""
    for m in _VALUED.finditer(text):
        if m.group("own"):
            judged = [u for u in units if u.end == m.start() and _side(u.code)]
        else:
            judged = _sides_in(units, m.start("obj"), m.end("obj"))
        judges = _sides_in(units, m.end(), min(len(text), m.end() + 50))
        if not judged or not judges or _support_near(out, m.start(), m.end()):
            continue
        lo = _clause_start(text, m.start())
        if _NEGATION.search(text, lo, m.end()) or _MODAL.search(text, lo, m.end()):
            continue
        span = (m.start(), m.end())
        _add(out, make, judges[0].code, [judged[0].code or ""], Polarity.ASSERTED, span, "valued by")


_RATED_HIGHLY = re.compile(
    r"\b(?:highly|positively|favourably|favorably)\s+(?:assess|rat|apprais|evaluat|estimat|judg)\w*\s+",
    re.IGNORECASE,
)


def _rated_highly(
    text: str, out: list[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> None:
    """ "highly assessed the work of the Cuban mediators": SUPPORT by the subject at the side rated."""
    for m in _RATED_HIGHLY.finditer(text):
        lo = _clause_start(text, m.start())
        hi = _clause_end(text, m.end())
        rated = _sides_in(units, m.end(), min(hi, m.end() + 80))
        if not rated or _support_near(out, m.start(), m.end()):
            continue
        polarity = _polarity(text, lo, m.start())
        if polarity is None:
            continue
        subject = _sides_in(units, lo, m.start())
        source = subject[-1].code if subject else None
        if source is None and _FIRST_PERSON.search(text, lo, m.start()):
            source = speaker
        _add(out, make, source, [rated[0].code or ""], polarity, (m.start(), m.end()), "rated highly")


def appraised_conduct(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """A side's position, role or efforts judged good: SUPPORT by the judge (see the module)."""
    out = list(events)
    if " by " in text and _GATES.may(text, _VALUED_GATE):  # (s35-speed6: _VALUED needs one of its verbs)
        _valued(text, out, units, make)
    if "ly " in text and _GATES.may(text, _RATED_GATE):  # (s35-speed6: _RATED_HIGHLY needs its adverb)
        _rated_highly(text, out, units, speaker, make)
    low = lower_text(text)
    if not any(w in low for w in _CONDUCT_GATE) or not _GATES.may(text, _GOOD_GATE):
        return out  # (s39-speed) _APPRAISED needs one of its nouns and one of its adjectives
    for m in _APPRAISED.finditer(text):
        judged = _judged(text, units, m)
        if not judged or _support_near(out, m.start(), m.end()):
            continue
        lo = _clause_start(text, m.start())
        polarity = _polarity(text, lo, m.end())
        if polarity is None or polarity is Polarity.NEGATED:
            continue
        source = _sayer(text, units, m.start(), speaker)
        if source is None and not _SAYING.search(text, lo, m.start()):
            continue  # "Peru's position remains principled": the page's own words, by no one named
        _add(out, make, source, [judged[0].code or ""], Polarity.ASSERTED, (m.start(), m.end()), "appraised")
    return out


# --------------------------------------------------------------------------------------- a key body
_KEY_ADJ = (
    r"(?:key|central|main|universal|indispensable|important|reliable|effective|unique|leading|principal|"
    r"major|good|useful|valuable|vital|crucial|influential|authoritative|trusted|natural|stabili[sz]ing|"
    r"essential|irreplaceable|legitimate|genuine|true|real|invaluable|great)"
)
_KEY_NOUN = (
    r"(?:organi[sz]ation|body|forum|platform|mechanism|guarantor|institution|factor|player|"
    r"asset|pillar|cornerstone|participant|contributor|force|element|format|venue|partner|ally|friend)"
)
_CALLED = re.compile(
    r"\b(?=[dctvrs])(?:describe[sd]?|describing|call(?:s|ed|ing)?|term(?:s|ed)?|view(?:s|ed|ing)?|regard(?:s|ed|ing)?|"
    r"see[s]?|saw|consider(?:s|ed|ing)?|treat(?:s|ed)?)\s+(?P<obj>(?:the\s+)?(?:[\w’'-]+\s+){0,4}?)as\s+"
    r"(?:a|an|the|one\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?"
    + _KEY_ADJ
    + r"\s+(?:[\w-]+\s+){0,1}?"
    + _KEY_NOUN
    + r"s?\b"
    r"|(?P<subj>^|[,;:“\"]\s*|\b(?=[tba])(?:that|because|and)\s+)(?P<obj2>(?:the\s+)?(?:[\w’'-]+\s+){0,5}?)"
    r"(?:is|are|was|were|remains|remain|has\s+become|have\s+become|became|has\s+established\s+itself\s+as)\s+"
    r"(?:(?:now|still|also|already|truly|really|undoubtedly|certainly)\s+)?"
    r"(?:a|an|the|one\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?"
    + _KEY_ADJ
    + r"\s+(?:[\w-]+\s+){0,1}?"
    + _KEY_NOUN
    + r"s?\b",
    re.IGNORECASE,
)
_ILL = re.compile(
    r"\b(?:threat|threats|danger|dangerous|instability|destabili[sz]\w*|tension|tensions|aggressi\w*|"
    r"hostile|hostility|risk|risks|conflict|confront\w*|concern|obstacle|problem|irritant|weapon|tool|"
    r"instrument|source\s+of|contain\w*|deter\w*|pressure|encircl\w*|isolat\w*|weaken\w*|undermin\w*|"
    r"against|expansion|enemy|adversary|rival)\b",
    re.IGNORECASE,
)


_OBJ_CUT = re.compile(_SAYING.pattern + r"|\b(?:that|because)\s", re.IGNORECASE)


def called_key(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """A side called a key body, a forum or an asset: SUPPORT by the one who says so (see the module)."""
    out = list(events)
    for m in _CALLED.finditer(text):
        obj = "obj" if m.group("obj") is not None else "obj2"
        obj_lo = m.start(obj)
        for cut in _OBJ_CUT.finditer(text, obj_lo, m.end(obj)):
            obj_lo = cut.end()  # "Lima noted that Peru's ... is": the subject after the saying
        judged = _sides_in(units, obj_lo, m.end(obj))
        if not judged or _support_near(out, m.start(), m.end()):
            continue
        lo = _clause_start(text, m.start())
        hi = _clause_end(text, m.end())
        if _ILL.search(text, obj_lo, hi):
            continue
        polarity = _polarity(text, lo, m.end())
        if polarity is None or polarity is Polarity.NEGATED:
            continue
        if obj == "obj":
            subject = _sides_in(units, lo, m.start())
            source = subject[-1].code if subject else _sayer(text, units, m.start(), speaker)
        else:
            source = _sayer(text, units, obj_lo, speaker)
        _add(
            out,
            make,
            source,
            [judged[0].code or ""],
            Polarity.ASSERTED,
            (obj_lo, m.end()),
            "called key",
        )
    return out


# ------------------------------------------------------------------------------------------ hoped good
_ACT_HEAD = (
    r"(?:agreement|agreements|accord|accords|deal|treaty|initiative|mission|work|efforts|project|projects|"
    r"programme|program|plan|proposal|proposals|presidency|chairmanship|summit|visit|operation|"
    r"organi[sz]ation|council|committee|forum|decision|steps|settlement|reforms)"
)
_HOPED = re.compile(
    r"\b(?:hope[sd]?|hoping)\s+(?:that\s+)?(?P<np>(?:the|this|these|its|their)\s+(?:[\w’'-]+\s+){0,8}?)"
    r"(?:will|would|can|could|shall|is\s+going\s+to)\s+(?:(?:also|further|really|help\s+to|help)\s+){0,2}"
    r"(?:strengthen|contribute|promote|succeed|serve|facilitate|foster|boost|bolster|enhance|advance|"
    r"consolidate|bring|be\s+(?:a\s+)?success(?:ful)?|become\s+a\s+success|yield|produce|ensure|"
    r"stabili[sz]e|improve|open|give\s+(?:a\s+)?(?:new\s+)?impetus)\b",
    re.IGNORECASE,
)


def hoped_good(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """Hope that a side's agreement, mission or efforts will do good: SUPPORT at its sides (see the
    module)."""
    out = list(events)
    for m in _HOPED.finditer(text):
        np = m.group("np")
        if not re.search(r"\b" + _ACT_HEAD + r"\b", np, re.IGNORECASE):
            continue
        lo = _clause_start(text, m.start())
        if _NEGATION.search(text, lo, m.end()):
            continue
        sides = _sides_in(units, m.start("np"), m.end("np"), groups=True)
        before = _sides_in(units, lo, m.start())
        source = before[0].code if before else speaker
        targets = [u.code or "" for u in sides if u.code != source]
        if not targets or _support_near(out, m.start(), m.end()):
            continue
        _add(out, make, source, targets, Polarity.ASSERTED, (m.start(), m.end()), "hoped good")
    return out


# ------------------------------------------------------------------------ deserving thanks, supporters
_DESERVES = re.compile(
    r"\b(?:deserve[sd]?|merits?|merited|has\s+earned|have\s+earned)\s+"
    r"(?:(?:our|my|the|all|every|great|special|full|much|high|warm|sincere|particular|a|real|deep)\s+){0,3}"
    r"(?P<noun>thanks|praise|gratitude|credit|congratulations|recognition|appreciation|admiration|respect|"
    r"tribute|commendation|support|solidarity)\b",
    re.IGNORECASE,
)
_SUPPORTER = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains|remain|remained|became|"
    r"has\s+become|have\s+become)\s+(?:(?:also|always|still|now|long)\s+)?"
    r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:supporter|backer|advocate|champion|defender|proponent)\s+of\s+"
    r"(?:the\s+)?(?P<obj>)|one\s+of\s+(?P<obj2>)(?:[\w’'-]+\s+){1,3}?(?:supporters|backers|advocates|champions|"
    r"defenders|proponents)\b)",
    re.IGNORECASE,
)


def deserved_and_backers(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """ "Estonia deserves our thanks": SUPPORT by the speaker (or the sayer) at the subject; "Poland has been
    a staunch supporter of Ukraine", "one of Kyiv's biggest backers": SUPPORT by the subject at the side
    backed (see the module)."""
    out = list(events)
    for m in _DESERVES.finditer(text):
        lo = _clause_start(text, m.start())
        subject = _sides_in(units, lo, m.start())
        if not subject or _support_near(out, m.start(), m.end()):
            continue
        polarity = _polarity(text, lo, m.start())
        if polarity is None or polarity is Polarity.NEGATED:
            continue
        said = None
        for verb in _SAYING.finditer(text, lo, m.start()):
            said = verb
        if said is not None:
            found = _sides_in(units, lo, said.start())
            source = found[0].code if found else speaker
            subject = _sides_in(units, said.end(), m.start()) or subject
        else:
            source = speaker
        span = (m.start(), m.end())
        _add(out, make, source, [subject[-1].code or ""], Polarity.ASSERTED, span, "deserves")
    for m in _SUPPORTER.finditer(text):
        lo = _clause_start(text, m.start())
        for said in _SAYING.finditer(text, lo, m.start()):
            lo = said.end()
        subject = _sides_in(units, lo, m.start())
        if not subject or _support_near(out, m.start(), m.end()):
            continue
        if m.group("obj") is not None:
            backed = [u for u in units if u.start == m.end() and _side(u.code)]
        else:
            backed = [
                u
                for u in units
                if u.start == m.end("obj2") and _side(u.code) and text[u.end : u.end + 2] in ("'s", "’s")
            ]
        polarity = _polarity(text, _clause_start(text, m.start()), m.start())
        if not backed or polarity is None:
            continue
        span = (m.start(), m.end())
        _add(out, make, subject[-1].code, [backed[0].code or ""], polarity, span, "supporter")
    return out


# --------------------------------------------------------------------------------------------- let me
_LET_ME = re.compile(
    r"\b(?:let|allow|permit)\s+me\s+(?:to\s+)?(?:(?:also|once\s+again|again|first|first\s+of\s+all|now)\s+)?"
    r"(?:congratulate|commend|praise|salute|welcome|thank|pay\s+tribute\s+to|"
    r"express\s+(?:[\w-]+\s+){0,3}?(?:gratitude|appreciation|condolences|sympathy|solidarity|support|thanks|"
    r"admiration)\s+(?:to|for|with))\s+",
    re.IGNORECASE,
)


def let_me(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """ "Let me congratulate Finland on ...", "Allow me to express our gratitude to Chile": SUPPORT by the
    speaker at the first side named after (see the module)."""
    out = list(events)
    if not speaker:
        return out
    for m in _LET_ME.finditer(text):
        hi = _clause_end(text, m.end())
        found = [u for u in _sides_in(units, m.end(), min(hi, m.end() + 80)) if u.code != speaker]
        if not found or _support_near(out, m.start(), hi):
            continue
        _add(out, make, speaker, [found[0].code or ""], Polarity.ASSERTED, (m.start(), m.end()), "let me")
    return out


# ------------------------------------------------------------------------------- condolences for a place
_CONDOLENCES = re.compile(r"\b(?:condolences?|sympathy|sympathies)\b", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$", re.IGNORECASE)
_MESSAGE_OPENING = re.compile(
    r"\W*in\s+(?:his|her|a|the)\s+(?:message|telegram|letter|address)\b", re.IGNORECASE
)


def condolences_for_place(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None, make: Make
) -> list[Event]:
    """Condolences or sympathy over a disaster in a named country ("expressed condolences to the families of
    those killed in the crash in Peru", "condolences following the earthquake in Chile"): SUPPORT at that
    country by the one who sends them, never at the sender's own country; a city named ("the victims in
    Lima") is left as where it happened."""
    out = list(events)
    for m in _CONDOLENCES.finditer(text):
        lo = _clause_start(text, m.start())
        hi = _clause_end(text, m.end())
        if _NEGATION.search(text, lo, m.start()) or _MODAL.search(text, lo, m.start()):
            continue
        places = [u for u in units if m.end() <= u.start and u.end <= hi and _side(u.code)]
        place = next(
            (u for u in places if u.kind == "state" and _IN_BEFORE.search(text, m.end(), u.start)), None
        )  # a country named, not a city ("the victims in Lima" tells where, not to whom)
        if place is None or (places and places[0] is not place and not places[0].locative):
            continue  # a side named before the place ("condolences to Chile over the fire in Peru")
        source = _sender(text, units, lo, m.start(), speaker)
        if source is None or source == place.code:
            continue
        k = next(
            (
                k
                for k, e in enumerate(out)
                if e.event is EventType.SUPPORT and lo <= e.anchor[0] < hi and not e.target
            ),
            None,
        )
        if k is not None:
            e = out[k]
            if source in e.source or not e.source:
                out[k] = dataclasses.replace(e, source=e.source or (source,), target=(place.code or "",))
            continue
        if _support_near(out, lo, hi):
            continue
        _add(out, make, source, [place.code or ""], Polarity.ASSERTED, (m.start(), m.end()), "condolences")
    return out


def _sender(text: str, units: Sequence[Unit], lo: int, at: int, speaker: str | None) -> str | None:
    """Who sends the condolences at ``at``: the last side of the clause before them, else a bare head of
    state (Russia's), else the speaker of "I"/"we"/"in his message"."""
    before = [u for u in _sides_in(units, lo, at) if not u.locative]
    if before:
        return before[-1].code
    if _BARE_HEAD.match(text, lo, at) or (
        _MESSAGE_OPENING.match(text, lo)
        and re.search(r"\bthe\s+(?:president|head\s+of\s+state)\b", text[lo:at], re.I)
    ):
        return "RUS" if len(_PRESIDENT.findall(text)) == 1 else None
    if _FIRST_PERSON.search(text, lo, at):
        return speaker
    return None


# ---------------------------------------------------------------------------------------- sides settled
_AIMED_WORDS = (
    "prais",
    "commend",
    "welcom",
    "thank",
    "gratitude",
    "grateful",
    "appreciat",
    "hail",
    "applau",
    "laud",
    "salute",
    "tribute",
    "congratulat",
    "condolence",
    "sympath",
    "solidarity",
    "admir",
    "support",
    "backing",
    "endorse",
    "value",
    "disagree",
)
_OF_IN = re.compile(r"\b(?:of|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?in\s+(?:the\s+)?$", re.IGNORECASE)
_IMPERSONAL = re.compile(
    r"^\W*(?:it\s+is\s+(?:hard|difficult|impossible)\s+to\s+(?:disagree|argue)|(?:special|many|sincere|"
    r"heartfelt|warm|big|great|deep|huge)\s+thanks|thanks\s+(?:also\s+)?go)",
    re.IGNORECASE,
)


def _aimed(e: Event) -> bool:
    name = e.trigger.lower()
    return any(w in name for w in _AIMED_WORDS)


_AND_BEFORE = re.compile(r"\band\s+(?:then\s+|also\s+|later\s+)?$", re.IGNORECASE)


def _shared_subject(text: str, events: Sequence[Event], units: Sequence[Unit], e: Event) -> Event:
    """ "The Minister condemned the attack in Peru and conveyed his condolences to Chile": the second verb
    shares the first one's subject, not a side named in the first verb's object."""
    m = _AND_BEFORE.search(text, 0, e.anchor[0])
    if m is None:
        return e
    lo = _clause_start(text, m.start())
    first = [o for o in events if o is not e and lo <= o.anchor[0] and o.anchor[1] <= m.start() and o.source]
    if not first:
        return e
    lead = min(first, key=lambda o: o.anchor[0])
    if set(lead.source) == set(e.source) or set(lead.source) & set(e.target):
        return e
    inside = {u.code for u in units if lead.anchor[1] <= u.start and u.end <= m.start()}
    if not set(e.source) <= inside or _sides_in(units, lo, lead.anchor[0]) == []:
        return e
    return dataclasses.replace(e, source=lead.source)


def sides_settled(
    text: str, events: Sequence[Event], units: Sequence[Unit], speaker: str | None
) -> list[Event]:
    """SUPPORT of thanks, praise or welcome with no target, or said in the first person with no source
    (see the module)."""
    out = list(events)
    for k, e in enumerate(out):
        if e.event is EventType.SUPPORT and e.source:
            out[k] = e = _shared_subject(text, out, units, e)
        if e.event is not EventType.SUPPORT or not _aimed(e):
            continue
        lo = _clause_start(text, e.anchor[0])
        if not e.target and e.source:
            hi = _clause_end(text, e.anchor[1])
            for u in units:
                if not (e.anchor[1] <= u.start and u.end <= hi and _side(u.code)) or u.code in e.source:
                    continue
                if text[e.anchor[1] : u.start].count(",") or " between " in text[e.anchor[1] : u.start]:
                    break
                if u.locative and not (u.kind == "state" and _OF_IN.search(text, e.anchor[1], u.start)):
                    continue
                out[k] = dataclasses.replace(e, target=(u.code or "",))
                break
        elif not e.source and e.target and speaker and speaker not in e.target:
            if _sides_in(units, lo, e.anchor[0]):
                continue
            if _FIRST_PERSON.search(text, lo, e.anchor[0]) or _IMPERSONAL.match(text[lo:]):
                out[k] = dataclasses.replace(e, source=(speaker,))
    return out


# ------------------------------------------------------------------------------------------ home ceremony
_CEREMONIAL = ("thank", "gratitude", "grateful", "congratulat", "condolence", "sympath", "greet", "welcome")
_HOME_GROUPS = frozenset(
    {
        "workers",
        "students",
        "police",
        "military",
        "farmers",
        "medical workers",
        "journalists",
        "lawmakers",
        "judiciary",
        "authorities",
        "aid workers",
    }
)
_OWN_PEOPLE = re.compile(
    r"\S+\s+(?:[\w-]+\s+){0,2}?(?:servicemen|soldiers|troops|military|officers|people|citizens|workers|doctors|"
    r"teachers|scientists|athletes|team|veterans|volunteers|rescuers|builders|employees|staff|personnel|"
    r"journalists|women|mothers|families|youth|students|compatriots|colleagues)\b",
    re.IGNORECASE,
)
_HOME_OBJECT = re.compile(
    r"\s+(?:our|its|their|his|her|domestic|local|national|home)\s+(?:[\w-]+\s+)?(?:soldiers|troops|"
    r"servicemen|farmers|producers|industry|industries|companies|businesses|economy|manufacturers|exporters|"
    r"families|citizens|veterans|workers|regions|agriculture|military|army|forces|pensioners|doctors|"
    r"teachers|students)\b",
    re.IGNORECASE,
)
_GREETED = re.compile(
    r"\b(?:welcom\w*|greet\w*)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?(?:journalists|reporters|"
    r"participants|guests|delegates|audience|colleagues|members|visitors|students|veterans|workers)\b",
    re.IGNORECASE,
)


def home_ceremony(text: str, events: Sequence[Event], units: Sequence[Unit]) -> list[Event]:
    """Ceremonial thanks, congratulations, condolences or greetings to one's own people dropped (see the
    module)."""
    out: list[Event] = []
    for e in events:
        if (
            e.event is EventType.SUPPORT
            and "support" in e.trigger.lower()
            and all(t in _HOME_GROUPS for t in e.target)
            and _HOME_OBJECT.match(text, e.anchor[1])
        ):
            continue  # "will support our soldiers", "supports domestic farmers": home policy
        if (
            e.event is EventType.SUPPORT
            and not e.target
            and e.source
            and any(w in e.trigger.lower() for w in _CEREMONIAL)
        ):
            hi = _clause_end(text, e.anchor[1])
            after = [u for u in units if e.anchor[1] <= u.start and u.end <= hi and u.code is not None]
            if after and after[0].code in e.source and _OWN_PEOPLE.match(text, after[0].start):
                continue  # "thanked the Russian servicemen": the speaker's own people
        if e.event is EventType.SUPPORT and e.target and any(w in e.trigger.lower() for w in _CEREMONIAL):
            home = all(t in _HOME_GROUPS for t in e.target) or (
                len(e.target) == 1 and e.target[0] in e.source and _side(e.target[0])
            )
            if home and ("welcom" not in e.trigger.lower() or _GREETED.search(text)):
                continue
        out.append(e)
    return out


_CONDUCT_GATE = (
    "position",
    "stance",
    "approach",
    "attitude",
    "line",
    "polic",
    "conduct",
    "role",
    "work",
    "effort",
    "step",
    "action",
    "decision",
    "chairmanship",
    "presidency",
    "leadership",
    "mediation",
    "contribution",
    "initiative",
    "proposal",
)

_GATES = WordGates()
_OWNED_GATE = _GATES.gate(("our ", "my ", "thanks"))
_VALUED_WORDS = ("valued", "appreciated", "praised", "commended", "welcomed", "acknowledged", "recogni")
_RATED_WORDS = ("highly", "positively", "favourably", "favorably")
_VALUED_GATE = _GATES.gate(_VALUED_WORDS)  # _valued: a verb of _VALUED (s35-speed6)
_RATED_GATE = _GATES.gate(_RATED_WORDS)  # _rated_highly: an adverb of _RATED_HIGHLY (s35-speed6)
# appraised_conduct: one of the words of _valued, _rated_highly or its own loop (s35-speed6)
_APPRAISED_GATE = _GATES.gate((*_VALUED_WORDS, *_RATED_WORDS, *_CONDUCT_GATE))
_GOOD_GATE = _GATES.gate(  # _APPRAISED: an adjective of _GOOD (s39-speed)
    (
        *("balanced", "constructive", "responsible", "wise", "pragmatic", "reasonable", "principled"),
        *("grounded", "founded", "considered", "justified", "sound", "positive", "effective", "successful"),
        *("impressive", "commendable", "courageous", "correct", "helpful", "useful", "valuable", "important"),
        *("significant", "weighty", "sighted", "realistic", "sensible", "measured", "prudent", "exemplary"),
        *("remarkable", "invaluable", "productive", "fruitful", "substantial", "consistent", "clear"),
        *("honest", "appropriate", "timely", "outstanding", "excellent", "admirable"),
    )
)
_OWNED_NOUN_GATE = _GATES.gate(  # owned_nouns: a noun of _OWNED_NOUN (s35-speed6)
    (
        *("welcome", "gratitude", "appreciation", "praise", "thanks", "congratulations", "condolences"),
        *("sympathy", "solidarity", "admiration", "endorsement", "backing"),
    )
)
_CALLED_GATE = _GATES.gate((" as ", " is ", " are ", " was ", " were ", "become", "remain"))
_KEY_ADJ_GATE = _GATES.gate(  # called_key: an adjective of _KEY_ADJ (s39-speed)
    (
        *("key", "central", "main", "universal", "indispensable", "important", "reliable", "effective"),
        *("unique", "leading", "principal", "major", "good", "useful", "valuable", "vital", "crucial"),
        *("influential", "authoritative", "trusted", "natural", "stabili", "essential", "irreplaceable"),
        *("legitimate", "genuine", "true", "real", "invaluable", "great"),
    )
)
_KEY_NOUN_GATE = _GATES.gate(
    [
        "organis",
        "organiz",
        "body",
        "forum",
        "platform",
        "mechanism",
        "guarantor",
        "institution",
        "factor",
        "player",
        "asset",
        "pillar",
        "cornerstone",
        "participant",
        "contributor",
        "force",
        "element",
        "format",
        "venue",
        "partner",
        "ally",
        "friend",
    ]
)
"""Words :data:`_CALLED` cannot match without (its :data:`_KEY_NOUN`), checked with the others in one scan."""
_DESERVED_GATE = _GATES.gate(
    ("deserv", "merit", "earned", "supporter", "backer", "advocate", "champion", "defender")
)


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
    low = lower_text(text)
    out = list(events)
    held = _GATES.held(text)  # (s35-speed8) the gate words read once, each gate a set test
    if not _OWNED_GATE.isdisjoint(held):
        out = owned_words(text, out, units, speaker, make)
    if ("s " in low or "s’ " in low) and not _OWNED_NOUN_GATE.isdisjoint(held):
        out = owned_nouns(text, out, units, make)
    if not _APPRAISED_GATE.isdisjoint(held):
        out = appraised_conduct(text, out, units, speaker, make)
    if (
        not _CALLED_GATE.isdisjoint(held)
        and not _KEY_NOUN_GATE.isdisjoint(held)
        and not _KEY_ADJ_GATE.isdisjoint(held)  # (s39-speed: both branches need an adjective of _KEY_ADJ)
    ):
        out = called_key(text, out, units, speaker, make)
    if "hop" in low:
        out = hoped_good(text, out, units, speaker, make)
    if not _DESERVED_GATE.isdisjoint(held):
        out = deserved_and_backers(text, out, units, speaker, make)
    if "me " in low:
        out = let_me(text, out, units, speaker, make)
    if "condolence" in low or "sympath" in low:
        out = condolences_for_place(text, out, units, speaker, make)
    if any(e.event is EventType.SUPPORT for e in out):
        out = sides_settled(text, out, units, speaker)
        out = home_ceremony(text, out, units)
    return out
