"""How official Kremlin texts tell that a relation is put right or put first, that two sides think alike, and
who is a partner (s31-kremlin12): sentences the other readers leave with no event that has a side.

- **A relation put right or put first.** "our relations with Chile have been fully restored", "ties between
  the two countries are returning to normal", "relations with X remain a priority for us": the teller's
  SUPPORT of the relation's other side (:func:`relation_advancing`); its progress praised as a noun, "the
  Presidents noted with satisfaction the growth of Russian-Uzbek trade ties", "welcomed the restoration of
  ..." (:func:`progress_noted`). A relation told as merely developing or growing ("relations are developing
  dynamically") is a description and stays uncoded, as the project's conventions have it; so do hopes and
  forecasts, negations, conditions, topics of talks, and an advance taken back ("but slowly").
- **Two sides thinking alike.** "Russia and India have the same approach to ...", "Moscow and Hanoi see
  eye to eye on ...": AGREE (:func:`views_alike`).
- **Partners by name.** "X remains one of Russia's key partners", "X and Y are strategic partners"
  (:func:`partners_named`), "we consider X our strategic partner", "X has always been a true friend of
  Russia" (:func:`deemed_partner`): SUPPORT.
- **An invitation accepted.** "the Chilean leader gladly accepted the invitation" on a page whose
  two sides are known: AGREE aimed at the other side (:func:`accepted_from_other`); and a readout run whose
  pair the document learns late gives it to such one-sided acts (:func:`one_side_alone`, used by
  :mod:`detente.coding.document`).

Sides are never guessed. The relation's two sides come from the sentence ("Russian-Mongolian",
"between Russia and Chile", "relations with Chile" owned by the teller) or, for "our relations",
"bilateral ties" and "the two countries", from the meeting the document reports (its two participants).
The teller is the clause's sayer ("Mr Putin noted that ..."), the pair itself when the sayer is "the
Presidents", "the sides" or "they" (both sides, no target), or else the text's speaker. The event is read
only when the teller is one of the relation's two sides; otherwise nothing is read.

Every test is a regular expression over the sentence and the actors the coder found in it; no sentence is
named. The readers run only when no event of the sentence has a side yet, after a cheap word check.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from detente.coding.kremlin6 import ReadoutView
from detente.coding.meetings import relation_pair
from detente.coding.ontology import EventType, Polarity
from detente.coding.roleparts import Roles
from detente.coding.statements import Finding
from detente.coding.text import lower_text
from detente.coding.wordgates import WordGates

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = [
    "deemed_partner",
    "partners_named",
    "progress_noted",
    "relation_advancing",
    "settled",
    "views_alike",
]

_View = ReadoutView
Finish = Callable[[Finding | None], "Event | None"]

_OWN_KINDS = frozenset(("pronoun", "possessive"))
"""Unit kinds that name no side of their own ("we", "our")."""

_ADVANCE_GATE = (
    "restor",
    "normal",
    "recover",
    "reviv",
    "on track",
    "rebuilt",
    "priorit",
    "satisfaction",
    "welcomed",
    "hailed",
    "praised",
    "commended",
    "applauded",
    "highly",
)
"""Pieces (lower-cased) one of which :func:`relation_advancing` and :func:`progress_noted` need."""
_GATES = WordGates()
_ADVANCE_WORDS = _GATES.gate(_ADVANCE_GATE)
"""(s34-speed4) :data:`_ADVANCE_GATE` in the word gates' one scan of the sentence: ``False`` only when none of
its pieces is in the lower-cased text, so the substring test after it runs only where the scan found one."""
_ALIKE_GATE = (
    "eye to eye",
    "same",
    "similar",
    "identical",
    "common",
    "close",
    "coincid",
    "matching",
    "shared",
)
"""Pieces one of which :func:`views_alike` needs."""
_PARTNER_GATE = ("partner", "allies", "ally", "friend")
"""Pieces one of which :func:`partners_named` and :func:`deemed_partner` need."""
_ALIKE_WORDS = _GATES.gate(_ALIKE_GATE)
_PARTNER_WORDS = _GATES.gate(_PARTNER_GATE)
"""(s35-speed6) The two tuples above in the word gates' one scan, checked before their substring tests."""

_RELATION = r"(?:relations|relationship|ties|partnership|cooperation|co-operation|interaction|dialogue|contacts|links)"

_ADV = (
    r"(?:(?:steadily|successfully|actively|dynamically|rapidly|consistently|vigorously|progressively|"
    r"confidently|markedly|considerably|significantly|substantially|noticeably|gradually|now|already|"
    r"also|further|really|truly|indeed|well|greatly|quickly|fast|constantly|continuously|clearly|"
    r"visibly|tangibly|firmly|much|very)\s+)"
)
_AREAS = r"(?:\s+in\s+(?:all|many|most|every|various|a\s+number\s+of)\s+(?:\w+\s+)?(?:areas|spheres|fields|directions|sectors|sphere|area))"

_ADVANCING = re.compile(
    r"\s+(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+" + _ADV + r"*"
    r"(?P<ing>being\s+(?:restored|revived|normali[sz]ed|rebuilt)|recovering|reviving|returning\s+to\s+normal|"
    r"back\s+on\s+track)"
    r"|(?:has|have|had)\s+" + _ADV + r"*"
    r"(?P<perf>been\s+(?:fully\s+)?(?:restored|revived|normali[sz]ed|rebuilt)|returned\s+to\s+normal|"
    r"recovered)"
    r"|(?:is|are|was|were|remains?|remained|has\s+been|have\s+been)\s+(?:(?:also|still|always|clearly)\s+)?"
    r"(?:a|an|the|our|one\s+of\s+(?:our|the|its|Russia's|Russia’s))\s+(?:(?:top|key|main|absolute|major|"
    r"unconditional|foreign\s+policy|strategic|clear|important)\s+)*(?P<prio>priority|priorities))\b",
    re.IGNORECASE,
)
"""What a relation is told to do when it is put right or put first ("... are being restored", "... have
returned to normal", "... is a priority"), matched right after the relation's words. A relation told as
merely developing or growing ("relations are developing dynamically") is a description, not praise: the
project's conventions code it none (tests/unit/test_coding_s20_praise.py)."""

_RELATION_WORDS = re.compile(r"\b" + _RELATION + r"\b", re.IGNORECASE)

_OUR_RELATION = re.compile(
    r"\b(?:our|bilateral|mutual|the\s+two\s+(?:countries|states|nations)['’]?|our\s+two\s+(?:countries|"
    r"states|nations)['’]?|our\s+(?:countries|states|nations)['’]?)\s+(?:[\w-]+\s+){0,4}?" + _RELATION + r"\b"
    r"|\b" + _RELATION + r"\s+between\s+(?:our|the)\s+(?:two\s+)?(?:countries|states|nations|peoples)\b",
    re.IGNORECASE,
)
"""A relation whose sides the document's meeting gives: "our relations", "bilateral ties", "ties between
the two countries"."""

_WITH_SIDE = re.compile(r"\b" + _RELATION + r"\s+with\s+(?:the\s+)?$", re.IGNORECASE)
"""A relation owned by the teller and held with the side named next: "our relations with ..."."""

_NOT_DONE = re.compile(
    r"\b(?:will|would|shall|could|might|may|should|must|ought|if|unless|whether|never|n't|no|cannot|can|"
    r"hope|hopes|hoped|hoping|wish|wishes|want|wants|wanted|expect|expects|expected|need|needs|needed|"
    r"necessary|necessity|important|importance|once|when|whenever|nor|neither|why|how|unlikely|"
    r"discuss|discussed|discussing|discussion|agenda|topic|topics|prospects|prospect|possible|"
    r"potential|problems|problem|crisis|difficult|difficulties|despite|although|though|tension|tensions|"
    r"deteriorat\w*|worse|worsened|damage|damaged|frozen|freeze|stalled|suspended|aim|aimed|order|ensure|"
    r"seek|seeks|sought|try|tries|tried|efforts|effort|confident|convinced|sure|certain|believe)\b|\?",
    re.IGNORECASE,
)
"""Words before (or inside) the reading that make it no report of a relation going well: a future, a wish,
a condition, a question, a topic of talks, trouble, or a forecast ("I am confident that ... will")."""
_TROUBLE_AFTER = re.compile(
    r"\b(?:but|yet|however|though|although|despite|complicated|complex|difficult|difficulties|uneven|unevenly|"
    r"slowly|slow|contradictory|hard|problems?|not|no|never|n't|crisis|tensions?|worse|less|fewer)\b",
    re.IGNORECASE,
)
"""Words after the reading that take back or qualify it ("... are developing, but slowly", "... in a
complicated way")."""
_NOT_TOLD = re.compile(
    r"\b(?:will|would|shall|could|might|may|should|must|ought|if|unless|whether|never|n't|no|cannot|can|hope|"
    r"hopes|wish|want|wants|become|becomes|why|when)\b|\?",
    re.IGNORECASE,
)
"""Words before a label ("... could become our partner", "if X is our partner") that make it no statement."""
_NOT = re.compile(r"\bnot\b(?!\s+(?:only|merely|just|simply)\b)", re.IGNORECASE)

_SAYING = re.compile(
    r"^\s*(?:,\s*)?(?:(?:also|again|then|once\s+again|further)\s+)?(?:said|says|noted|notes|stressed|stresses|"
    r"emphasi[sz]ed|emphasi[sz]es|underlined|underscored|pointed\s+out|stated|states|observed|remarked|added|"
    r"recalled|told\s+(?:\w+\s+){1,4}?|reported|informed\s+(?:\w+\s+){1,4}?|acknowledged|confirmed|"
    r"agreed)(?:\s+with\s+(?:great\s+)?satisfaction)?,?\s+(?:that\s+)?$",
    re.IGNORECASE,
)
"""A sayer's verb between the sayer and the clause it tells ("Mr Putin noted with satisfaction that")."""

_PAIR_SAYERS = re.compile(
    r"(?:^|[\s,])(?:the\s+(?:two\s+)?(?:presidents|leaders|sides|parties|heads\s+of\s+state|ministers|"
    r"foreign\s+ministers|prime\s+ministers|delegations)|both\s+(?:sides|parties|leaders|presidents)|they)\s*$",
    re.IGNORECASE,
)
"""A sayer that stands for both sides of the meeting ("The Presidents noted that ...")."""

_OPENING = re.compile(
    r"^\s*(?:(?:and|but|so|indeed|today|now|in\s+recent\s+years|over\s+the\s+past\s+(?:few\s+)?\w+|"
    r"recently|at\s+present|currently|as\s+you\s+know|of\s+course|i\s+must\s+say|i\s+would\s+like\s+to\s+"
    r"(?:note|say|stress|emphasi[sz]e)|i\s+want\s+to\s+(?:note|say|stress)|let\s+me\s+(?:note|say|stress)|"
    r"i\s+(?:can|should)\s+say|i\s+note|we\s+note|it\s+is\s+(?:gratifying|pleasing)\s+(?:to\s+note\s+)?"
    r"|(?:i\s+am|we\s+are)\s+(?:pleased|glad|happy)\s+(?:to\s+(?:note|say|see))?|"
    r"with\s+(?:great\s+)?satisfaction),?\s*(?:that\s+)?)*(?:the\s+|our\s+|their\s+)?$",
    re.IGNORECASE,
)
"""What may stand before the relation when the speaker tells of it in their own words."""


# --- the teller ----------------------------------------------------------------------------------------------


def _clause_start(text: str, at: int) -> int:
    return (
        max(text.rfind(";", 0, at), text.rfind(":", 0, at), text.rfind("“", 0, at), text.rfind('"', 0, at))
        + 1
    )


def _tellers(view: _View, at: int, pair: tuple[str, ...]) -> tuple[str, ...]:
    """Who tells the clause the relation starts at ``at``: the sayer named before a verb of saying (the
    pair when the sayer is "the Presidents"), else the speaker when the clause is the speaker's own words;
    ``()`` when no one can be told."""
    lo = _clause_start(view.text, at)
    head = view.text[lo:at]
    saying = None
    for m in re.finditer(
        r"\b(?:said|says|noted|notes|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underlined|underscored|"
        r"pointed\s+out|stated|states|observed|remarked|added|recalled|told|reported|informed|acknowledged|"
        r"confirmed|agreed)\b",
        head,
        re.IGNORECASE,
    ):
        saying = m
    if saying is not None:
        verb_at = lo + saying.start()
        if not _SAYING.match(view.text[verb_at:at]):
            return ()
        subject = view.text[lo:verb_at]
        if _PAIR_SAYERS.search(subject):
            return pair if len(pair) == 2 else ()
        named = [u for u in view.units if u.code and u.start >= lo and u.end <= verb_at]
        if not named:
            # "He noted ...", "The President stressed ...": the person the document carried into the record
            if view.speaker and _THIRD_PERSON.fullmatch(subject):
                return (view.speaker,)
            return ()
        last = named[-1]
        if last.kind in _OWN_KINDS:
            return (view.speaker,) if view.speaker and last.code == view.speaker else ()
        if not re.fullmatch(
            r"[\s,]*(?:(?:also|again|then|further|once\s+again)\s*)?", view.text[last.end : verb_at]
        ):
            return ()
        # "Mr Putin and Mr Zeman noted ...": both, when both are named right before the verb
        both = [u for u in named if u.kind not in _OWN_KINDS]
        if len(both) >= 2 and re.fullmatch(r"\s+and\s+", view.text[both[-2].end : last.start]):
            return tuple(dict.fromkeys(u.code for u in both[-2:] if u.code))
        return (last.code,) if last.code else ()
    if view.speaker and _OPENING.fullmatch(head):
        return (view.speaker,)
    return ()


_THIRD_PERSON = re.compile(
    r"\s*(?:he|she|the\s+president|the\s+prime\s+minister|the\s+minister|the\s+chancellor)\s+"
    r"(?:(?:also|again|then|further)\s+)?",
    re.IGNORECASE,
)
"""A sayer told as "He" or by a bare title: the speaker the document carried into the record."""


def _roles(tellers: tuple[str, ...], pair: tuple[str, ...], span: tuple[int, int]) -> Roles | None:
    """The SUPPORT's roles: the teller to the other side of the pair, or both sides with no target."""
    if len(pair) != 2 or not tellers or not set(tellers) <= set(pair):
        return None
    if set(tellers) == set(pair):
        return Roles(tuple(pair), (), span)
    source = tellers[0]
    return Roles((source,), tuple(c for c in pair if c != source), span)


# --- a relation said to be going forward ---------------------------------------------------------------------


def _meeting_pair(view: _View) -> tuple[str, ...]:
    parts = tuple(dict.fromkeys(view.participants))
    return parts if len(parts) == 2 else ()


def _relation_sides(view: _View, start: int, end: int) -> tuple[tuple[str, ...], int] | None:
    """The two sides of the relation whose words end at ``end`` (the clause's subject starting at or after
    ``start``) and where they start, or ``None`` when they are not known."""
    lo = _clause_start(view.text, end)
    phrase_lo = max(lo, start)
    spans = [
        (u.start, u.end, u.code, True) for u in view.units if u.code and phrase_lo <= u.start and u.end <= end
    ]
    if spans:
        found = relation_pair(view.text, spans)
        if found is not None:
            pair, at = found
            return tuple(pair), at
    window = view.text[phrase_lo:end]
    own = _OUR_RELATION.search(window)
    if own is not None:
        pair = _meeting_pair(view)
        return (pair, phrase_lo + own.start()) if pair else None
    return None


_TAIL = re.compile(
    r"(?:\s+between\s+(?:our|the)\s+(?:two\s+)?(?:countries|states|nations|peoples))?"
    r"(?:\s+(?:between|of)\s+(?:the\s+|our\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+and\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?"
    r"(?:\s+with\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}?)?"
    r"(?:\s+in\s+(?:the\s+)?[\w-]+(?:(?:\s+and|,)\s+[\w-]+)*\s+(?:sphere|spheres|field|fields|area|areas))?"
    r"(?=\s+(?:is|are|was|were|has|have|had|continues?|continued|remains?|remained|develops?|progress(?:es)?|"
    r"grows?|expands?)\b)",
    re.IGNORECASE,
)
"""What may follow a relation's noun before its verb: "between Russia and Chile", "with Chile", "in the
trade and economic spheres"."""

_PHRASE_BREAK = re.compile(
    r"(?:\bthat\b|,|\b(?:said|says|noted|notes|stressed|stresses|emphasi[sz]ed|underlined|underscored|stated|"
    r"observed|remarked|added|recalled|out|but|while|as|because|since|so)\b)",
    re.IGNORECASE,
)
"""Words the relation's own phrase cannot hold before its noun: it starts after the last of them."""


def _subjects(text: str) -> list[tuple[int, int]]:
    """(start, end) of each relation told as a clause's subject, up to its verb: "Russian-Chilean trade
    ties", "relations between Russia and Chile", "our relations with Chile"."""
    out: list[tuple[int, int]] = []
    for noun in _RELATION_WORDS.finditer(text):
        tail = _TAIL.match(text, noun.end())
        if tail is None:
            continue
        lo = _clause_start(text, noun.start())
        head_lo = lo
        for b in _PHRASE_BREAK.finditer(text, lo, noun.start()):
            head_lo = b.end()
        words = list(re.finditer(r"\S+", text[head_lo : noun.start()]))
        if len(words) > 7:
            continue
        out.append(
            (
                head_lo + (len(text[head_lo : noun.start()]) - len(text[head_lo : noun.start()].lstrip())),
                tail.end(),
            )
        )
    return out


def relation_advancing(view: _View) -> Finding | None:
    """SUPPORT by the teller of a relation going forward to its other side (see the module)."""
    text = view.text
    for m_start, m_end in _subjects(text):
        after = _ADVANCING.match(text, m_end)
        if after is None:
            continue
        word = next(g for g in ("ing", "perf", "prio") if after.group(g))
        lo = _clause_start(text, m_start)
        if _NOT_DONE.search(text[lo : after.end()]) or _NOT.search(text[lo : after.end()]):
            continue
        if _TROUBLE_AFTER.search(text, after.end()):
            continue
        sides = _relation_sides(view, m_start, m_end)
        tellers: tuple[str, ...]
        if sides is None:
            named = [u for u in view.units if u.code and u.start >= m_start and u.end <= m_end]
            if not named or not re.search(r"\bwith\s+(?:the\s+)?", text[m_start : named[-1].start]):
                continue
            partner = named[-1]
            if partner.kind in _OWN_KINDS or partner.code is None:
                continue
            tellers = _tellers(view, m_start, ())
            owner = _owner(view, m_start, partner.start, tellers)
            if owner is None or owner == partner.code:
                continue
            pair: tuple[str, ...] = (owner, partner.code)
            at = partner.start
        else:
            pair, at = sides
            tellers = _tellers(view, m_start, pair)
        roles = _roles(tellers, pair, (min(at, after.start(word)), after.end(word)))
        if roles is None:
            continue
        return Finding(
            EventType.SUPPORT,
            "",
            roles,
            Polarity.ASSERTED,
            after.start(word),
            after.end(word),
            after.group(word),
        )
    return progress_noted(view)


def _owner(view: _View, start: int, partner_at: int, tellers: tuple[str, ...]) -> str | None:
    """Whose relation "relations with X" is: a side named before it ("Russia's relations with X"), or the
    teller for "our"/"its"/no owner."""
    named = [u for u in view.units if u.code and start <= u.start and u.end <= partner_at]
    for u in named:
        if u.kind in _OWN_KINDS:
            return view.speaker if len(tellers) == 1 and tellers[0] == view.speaker else None
        return u.code
    return tellers[0] if len(tellers) == 1 else None


_PROGRESS_NOTED = re.compile(
    r"\b(?:(?:noted|stressed|emphasi[sz]ed|underlined|highlighted|pointed\s+to)\s+with\s+(?:great\s+)?"
    r"satisfaction\s+(?:the\s+)?(?:(?:positive|steady|good|dynamic|progressive|successful|rapid|"
    r"considerable|significant|substantial|sustained|active)\s+)?"
    r"|(?:welcomed|hailed|praised|commended|applauded|spoke\s+highly\s+of|expressed\s+(?:their\s+|his\s+|her\s+)?"
    r"satisfaction\s+with)\s+(?:the\s+)?(?:(?:positive|steady|good|dynamic|high|"
    r"progressive|successful|rapid|considerable|significant|substantial|sustained|active)\s+)?)"
    r"(?P<noun>dynamics|development|progress|growth|expansion|momentum|improvement|restoration|"
    r"normali[sz]ation|strengthening|deepening|revival|level|state|quality|pace)\s+(?:of|in)\s+(?:the\s+)?",
    re.IGNORECASE,
)
"""A relation's progress praised as a noun: "noted with satisfaction the growth of ...", "welcomed the
restoration of ..." (the relation's words follow); "noted the development of ..." alone is no praise."""


def progress_noted(view: _View) -> Finding | None:
    """SUPPORT by the sayer of a relation's progress told as a noun to its other side ("The Presidents noted
    the positive dynamics of Russian-Armenian relations": both, no target)."""
    text = view.text
    for m in _PROGRESS_NOTED.finditer(text):
        rel = re.match(r"(?:[\w’'-]+\s+){0,5}?" + _RELATION + r"\b", text[m.end() :], re.IGNORECASE)
        if rel is None:
            continue
        end = m.end() + rel.end()
        tail = re.match(
            r"\s+(?:between|with)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?(?:\s+and\s+(?:the\s+)?[\w’'-]+)?",
            text[end:],
        )
        if tail is not None:
            end += tail.end()
        lo = _clause_start(text, m.start())
        if _NOT.search(text[lo:end]) or re.search(
            r"\b(?:will|would|could|should|must|if|unless|whether|hope|want|need|discuss\w*|prospects?)\b|\?",
            text[lo : m.start("noun")],
            re.IGNORECASE,
        ):
            continue
        sides = _relation_sides(view, m.end(), end)
        if sides is None:
            continue
        pair, _ = sides
        tellers = _subject_tellers(view, lo, m.start(), pair)
        roles = _roles(tellers, pair, (m.start("noun"), end))
        if roles is None:
            continue
        return Finding(
            EventType.SUPPORT, "", roles, Polarity.ASSERTED, m.start("noun"), m.end("noun"), m.group("noun")
        )
    return None


def _subject_tellers(view: _View, lo: int, verb_at: int, pair: tuple[str, ...]) -> tuple[str, ...]:
    """The subject of the verb at ``verb_at`` as tellers: the pair for "the Presidents", the sides named
    right before it, or the carried speaker for "He" / a bare title, or the speaker's own "I"/"we"."""
    subject = view.text[lo:verb_at]
    if _PAIR_SAYERS.search(subject):
        return pair if len(pair) == 2 else ()
    named = [u for u in view.units if u.code and u.start >= lo and u.end <= verb_at]
    if not named:
        return (view.speaker,) if view.speaker and _THIRD_PERSON.fullmatch(subject) else ()
    last = named[-1]
    if not re.fullmatch(
        r"[\s,]*(?:(?:also|again|then|further|once\s+again)\s*)?", view.text[last.end : verb_at]
    ):
        return ()
    if last.kind in _OWN_KINDS:
        return (view.speaker,) if view.speaker and last.code == view.speaker else ()
    both = [u for u in named if u.kind not in _OWN_KINDS]
    if len(both) >= 2 and re.fullmatch(r"\s+and\s+", view.text[both[-2].end : last.start]):
        return tuple(dict.fromkeys(u.code for u in both[-2:] if u.code))
    return (last.code,) if last.code else ()


# --- two sides thinking alike --------------------------------------------------------------------------------

_ALIKE = re.compile(
    r"\s+(?:(?:also|largely|fully|practically|basically|essentially|now|still|always)\s+)?"
    r"(?:(?P<verb>see|saw|sees)\s+eye\s+to\s+eye"
    r"|(?P<have>have|had|has|share|shared|shares|hold|held)\s+(?:(?:very|largely|practically|basically|"
    r"essentially|absolutely|completely|fully)\s+)?(?:the\s+same|similar|identical|common|coinciding|close|"
    r"shared|matching)\s+(?:\w+\s+)?(?:views?|positions?|approach|approaches|attitudes?|stances?|"
    r"assessments?|understanding|outlook|vision)\s+(?:on|to|towards?|regarding|of|concerning|in)\b)",
    re.IGNORECASE,
)
"""Two sides told to think alike right after they are named: "... see eye to eye on", "... have the
same approach to"."""


def views_alike(view: _View) -> Finding | None:
    """AGREE of two named sides that think alike ("Russia and India have the same approach to ..."): by the
    sayer to the other side when the sayer is one of them, else both with no target (see the module)."""
    text = view.text
    named = [u for u in view.units if u.code and u.kind not in _OWN_KINDS]
    for a, b in itertools.pairwise(named):
        if (
            a.code is None
            or b.code is None
            or a.code == b.code
            or not re.fullmatch(r"\s+and\s+(?:the\s+)?", text[a.end : b.start], re.IGNORECASE)
        ):
            continue
        m = _ALIKE.match(text, b.end)
        if m is None:
            continue
        word = "verb" if m.group("verb") else "have"
        lo = _clause_start(text, a.start)
        if _NOT.search(text[lo : m.end()]) or re.search(
            r"\b(?:will|would|could|should|must|if|unless|whether|hope|want|need)\b|\?",
            text[lo : m.end()],
            re.IGNORECASE,
        ):
            continue
        if re.search(r"\b(?:between|of|with|for|to)\s+(?:the\s+)?$", text[lo : a.start], re.IGNORECASE):
            continue  # "the ties between Russia and India have ...": a relation, not two thinkers
        pair = (a.code, b.code)
        tellers = _tellers(view, a.start, pair)
        if not tellers and text[lo : a.start].strip(" ,") and not _OPENING.fullmatch(text[lo : a.start]):
            continue  # a clause opened by words that are no one's telling
        if tellers and not set(tellers) <= set(pair):
            continue
        span = (a.start, m.end())
        if len(tellers) == 1:
            roles = Roles(tellers, tuple(c for c in pair if c != tellers[0]), span)
        else:
            roles = Roles(pair, (), span)
        return Finding(
            EventType.AGREE, "", roles, Polarity.ASSERTED, m.start(word), m.end(word), m.group(word)
        )
    return None


# --- partners by name ----------------------------------------------------------------------------------------

_PARTNER_ADJ = (
    r"(?:(?:most\s+)?(?:key|important|reliable|strategic|close|closest|leading|main|major|priority|"
    r"privileged|time-tested|good|long-standing|traditional|natural|valued|trusted|largest|biggest|"
    r"special|true|old|genuine|trade|economic|trading|foreign)\s+){0,3}"
)
_PARTNER_OF = re.compile(
    r"\s+(?:(?:is|remains|has\s+long\s+been|has\s+always\s+been|has\s+been|was|remained)\s+)"
    r"(?:(?:also|still|always|indeed|undoubtedly|certainly|truly)\s+)?"
    r"(?:one\s+of\s+|among\s+)?(?P<owner>our|Russia['’]s|Russia’s|its)\s+"
    + _PARTNER_ADJ
    + r"(?P<noun>partners?|allies|ally)\b",
    re.IGNORECASE,
)
"""A side named before "is one of our key partners" / "remains Russia's strategic partner"."""
_PAIR_PARTNERS = re.compile(
    r"\s+(?:(?:are|remain|have\s+long\s+been|have\s+always\s+been|have\s+been|were|remained)\s+)"
    r"(?:(?:also|still|always|indeed|undoubtedly|certainly|truly)\s+)?"
    + _PARTNER_ADJ
    + r"(?P<noun>partners|allies)\b",
    re.IGNORECASE,
)
"""A pair named before "are strategic partners"."""


def partners_named(view: _View) -> Finding | None:
    """SUPPORT for a side called a partner or ally by the teller: "X remains one of our key partners" (the
    teller's, or Russia's when "Russia's" is said by a Russian teller), "X and Y are strategic partners"
    (see the module)."""
    named = [u for u in view.units if u.code and u.kind not in _OWN_KINDS]
    for u, b in itertools.zip_longest(named, named[1:]):
        if u is None:
            break
        found = _one_partner(view, u) or (_pair_partners(view, u, b) if b is not None else None)
        if found is not None:
            return found
    return None


def _one_partner(view: _View, u: Unit) -> Finding | None:
    """ "X remains one of our key partners": the teller's SUPPORT of X."""
    text = view.text
    m = _PARTNER_OF.match(text, u.end)
    if m is None or u.code is None:
        return None
    lo = _clause_start(text, u.start)
    if _NOT_TOLD.search(text[lo : m.end()]) or _NOT.search(text[lo : m.end()]):
        return None
    if re.search(r"\b(?:between|of|with|for|to|and|or)\s+(?:the\s+)?$", text[lo : u.start], re.IGNORECASE):
        return None  # the side is no subject of its own
    tellers = _tellers(view, u.start, ())
    if len(tellers) != 1:
        return None
    owner = "RUS" if m.group("owner").lower().startswith("russia") else tellers[0]
    if owner != tellers[0] or owner == u.code:
        return None
    roles = Roles((owner,), (u.code,), (u.start, m.end()))
    return Finding(
        EventType.SUPPORT, "", roles, Polarity.ASSERTED, m.start("noun"), m.end("noun"), m.group("noun")
    )


def _pair_partners(view: _View, u: Unit, b: Unit) -> Finding | None:
    """ "X and Y are strategic partners": SUPPORT of both, or by the one of them who tells it."""
    text = view.text
    if u.code is None or b.code is None or u.code == b.code:
        return None
    if not re.fullmatch(r"\s+and\s+(?:the\s+)?", text[u.end : b.start], re.IGNORECASE):
        return None
    m = _PAIR_PARTNERS.match(text, b.end)
    lo = _clause_start(text, u.start)
    if m is None or _NOT_TOLD.search(text[lo : m.end()]) or _NOT.search(text[lo : m.end()]):
        return None
    if re.search(r"\b(?:between|of|with|for|to)\s+(?:the\s+)?$", text[lo : u.start], re.IGNORECASE):
        return None
    pair = (u.code, b.code)
    tellers = _tellers(view, u.start, pair)
    roles = _roles(tellers, pair, (u.start, m.end()))
    if roles is None and not tellers and _OPENING.fullmatch(text[lo : u.start]):
        roles = Roles(pair, (), (u.start, m.end()))
    if roles is None:
        return None
    return Finding(
        EventType.SUPPORT, "", roles, Polarity.ASSERTED, m.start("noun"), m.end("noun"), m.group("noun")
    )


_DEEMED = re.compile(
    r"\b(?P<verb>consider(?:s|ed)?|regard(?:s|ed)?|view(?:s|ed)?|see|sees|saw|describe(?:s|d)?|call(?:s|ed)?|"
    r"treat(?:s|ed)?)\s+$",
    re.IGNORECASE,
)
"""A verb that labels the side named after it ("we consider X our strategic partner")."""
_AS_PARTNER = re.compile(
    r"\s+(?:as\s+)?(?:(?:one\s+of\s+|among\s+)?(?:our|its|their|his|her|Russia['’]s|a|an|the|a\s+very)\s+)"
    + _PARTNER_ADJ
    + r"(?P<noun>partners?|allies|ally|friends?)\b",
    re.IGNORECASE,
)
_FRIEND_OF = re.compile(
    r"\s+(?:(?:is|remains|has\s+long\s+been|has\s+always\s+been|has\s+been|was|remained)\s+)"
    r"(?:(?:also|still|always|indeed|undoubtedly|certainly|truly)\s+)?(?:a|an|one\s+of\s+the)\s+"
    + _PARTNER_ADJ
    + r"(?P<noun>partners?|allies|ally|friends?)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)
"""A side named before "has always been a true friend of" a side named next."""


def deemed_partner(view: _View) -> Finding | None:
    """SUPPORT for a side labelled a partner, ally or friend: "we consider X our strategic partner" (by the
    one who labels it), "X has always been a reliable friend of Russia" (by that side's teller)."""
    text = view.text
    named = [u for u in view.units if u.code]
    for i, u in enumerate(named):
        if u.code is None or u.kind in _OWN_KINDS:
            continue
        lo = _clause_start(text, u.start)
        verb = _DEEMED.search(text, lo, u.start)
        m = _AS_PARTNER.match(text, u.end) if verb is not None else None
        if verb is not None and m is not None:
            if _NOT_TOLD.search(text[lo : m.end()]) or _NOT.search(text[lo : m.end()]):
                continue
            before = [w for w in named[:i] if w.start >= lo and w.end <= verb.start()]
            if not before or not re.fullmatch(
                r"[\s,]*(?:(?:also|still|always|now|rightly|traditionally)\s+)?",
                text[before[-1].end : verb.start()],
            ):
                continue
            judge = before[-1].code
            if judge is None or judge == u.code:
                continue
            return Finding(
                EventType.SUPPORT,
                "",
                Roles((judge,), (u.code,), (before[-1].start, m.end())),
                Polarity.ASSERTED,
                m.start("noun"),
                m.end("noun"),
                m.group("noun"),
            )
        f = _FRIEND_OF.match(text, u.end)
        if f is None or i + 1 >= len(named) or named[i + 1].start != f.end():
            continue
        owner = named[i + 1]
        if owner.code is None or owner.code == u.code or _NOT_TOLD.search(text[lo : f.end()]):
            continue
        if _NOT.search(text[lo : f.end()]) or re.search(
            r"\b(?:between|of|with|for|to|and|or)\s+(?:the\s+)?$", text[lo : u.start], re.IGNORECASE
        ):
            continue
        tellers = _tellers(view, u.start, ())
        if tellers != (owner.code,):
            continue
        return Finding(
            EventType.SUPPORT,
            "",
            Roles((owner.code,), (u.code,), (u.start, owner.end)),
            Polarity.ASSERTED,
            f.start("noun"),
            f.end("noun"),
            f.group("noun"),
        )
    return None


# --- the module's pass ---------------------------------------------------------------------------------------


_ACCEPTED = re.compile(
    r"\baccept(?:ed|s)?\s+(?:(?:with\s+(?:gratitude|thanks|pleasure)|gratefully)\s+)?(?:the|an|this|that|his|her|"
    r"their|your)\s+(?:\w+\s+){0,2}?(?:invitation|offer|proposal)\b",
    re.IGNORECASE,
)
"""An invitation, offer or proposal accepted: made by the other side of the page's pair."""


def accepted_from_other(view: _View, events: list[Event]) -> list[Event]:
    """``events`` with the AGREE of one side of the meeting that accepted "the invitation" (an offer, a
    proposal) aimed at the meeting's other side when it is aimed at no one: "the Chilean leader gladly
    accepted the invitation" on a page whose sides are Russia and Chile is Chile's AGREE to Russia.
    """
    pair = _meeting_pair(view)
    if not pair or "accept" not in lower_text(view.text):
        return events
    out: list[Event] = []
    for e in events:
        if (
            e.event is EventType.AGREE
            and not e.target
            and len(e.source) == 1
            and e.source[0] in pair
            and _ACCEPTED.search(view.text, max(0, e.anchor[0] - 5), min(len(view.text), e.anchor[1] + 60))
        ):
            e = dataclasses.replace(e, target=tuple(c for c in pair if c != e.source[0]))
        out.append(e)
    return out


_JOINT_STATEMENT = re.compile(
    r"\badopt(?:ed|s)?\s+(?:a|the|their|an?\s+\w+)\s+joint\s+statement\b",
    re.IGNORECASE,
)
"""Two sides adopting a joint statement: the Kremlin sets code it SUPPORT of both, like a signing."""


def joint_statement_adopted(text: str, events: list[Event]) -> list[Event]:
    """``events`` with the AGREE read from "the two Presidents adopted a joint statement on ..." (two or more
    sides, no target, told as done) told as SUPPORT of those sides: adopting a joint text is endorsing it,
    as signing is. A statement still to be adopted keeps its reading."""
    if "joint statement" not in lower_text(text):
        return events
    spans = [(m.start(), m.end()) for m in _JOINT_STATEMENT.finditer(text)]
    if not spans:
        return events
    return [
        dataclasses.replace(e, event=EventType.SUPPORT, mode="", derived={})
        if e.event is EventType.AGREE
        and e.polarity is Polarity.ASSERTED
        and len(set(e.source)) >= 2
        and not e.target
        and any(lo <= e.anchor[0] < hi for lo, hi in spans)
        else e
        for e in events
    ]


def _readers(view: _View) -> list[Callable[[_View], Finding | None]]:
    """The module's readers a sentence may hold something for, by cheap word checks (see the gates)."""
    low = lower_text(view.text)
    out: list[Callable[[_View], Finding | None]] = []
    if (
        _GATES.may(view.text, _ADVANCE_WORDS)
        and any(w in low for w in _ADVANCE_GATE)
        and _RELATION_WORDS.search(view.text)
    ):
        out.append(relation_advancing)
    if _GATES.may(view.text, _ALIKE_WORDS) and any(w in low for w in _ALIKE_GATE):
        out.append(views_alike)
    if _GATES.may(view.text, _PARTNER_WORDS) and any(w in low for w in _PARTNER_GATE):
        out += [partners_named, deemed_partner]
    return out


def settled(view: _View, events: list[Event], finish: Finish) -> list[Event]:
    """``events`` with an accepted invitation aimed at the meeting's other side, or, when none of them has a
    side, with the first reading of the module's families that finds one (see the module)."""
    if not view.text:
        return events
    if any(e.source for e in events):
        return accepted_from_other(view, events)
    if not view.participants and not any(u.code for u in view.units):
        return events  # every reading needs a side named in the sentence or the meeting's sides
    for read in _readers(view):
        found = finish(read(view))
        if found is not None:
            # an event of its type read with no side ("The leaders praised ...") gives way to it
            return [e for e in events if e.event is not found.event] + [found]
    return events


_ALONE_TYPES = frozenset({EventType.AGREE, EventType.SUPPORT})


def one_side_alone(events: Sequence[Event], pair: Sequence[str]) -> bool:
    """The record's only events are an agreement or a support by one side of the page's pair, aimed at no
    one ("the Chilean leader gladly accepted the invitation"): read again with the pair as the
    meeting's sides, the other side is the one it is aimed at (:func:`detente.coding.document._fallback_sides`)."""
    return (
        len(pair) == 2
        and bool(events)
        and all(
            e.event in _ALONE_TYPES
            and e.polarity is Polarity.ASSERTED
            and len(e.source) == 1
            and e.source[0] in pair
            and not e.target
            for e in events
        )
    )
