"""Kremlin wording of session 32 (helper kremlin14): interference judged, home Security Council meetings,
criticism met abroad, and needs noted in a readout.

Four phrasings the coder misread on official Kremlin pages (the readouts of calls about a neighbour's
crisis, a Security Council meeting at home, an interview):

- **Interference judged unacceptable.** "The President stressed that any outside interference in the
  country's affairs is unacceptable", "emphasised the futility of any attempts to put pressure on its
  leaders", "declared that attempts to rewrite the history of the war are inadmissible": the sayer's
  criticism (ACCUSE, disapprove) of whoever interferes. Its target is the interferer when the sentence names
  one ("interference by X", "X's attempts"), else none: the state whose affairs are meddled in is the victim,
  not the accused (as for a killing condemned with no killer named). Accusations and requests read from the
  same words are replaced (:func:`interference_judged`).
- **The home Security Council.** "The head of state chaired an operational session of the Security
  Council", "held a Security Council meeting": the President chairing or holding the council's meeting is,
  on a Kremlin page, Russia's own council meeting, a domestic one, not talks with the UN; a CONSULT between
  Russia and the UN read from such words is dropped unless the sentence names the UN or "five" permanent
  members (:func:`home_council`). A UN council meeting is told with other verbs ("addressed a Security
  Council session"), which are left alone.
- **Criticism met abroad.** "The scheme was met with criticism, mainly from Berlin and Warsaw": an
  accusation by the places named after "in" / "from" / "by" / "among", aimed at the owner of the
  thing criticised when the sentence names one ("Russia's decision"), else at no one; read only when the
  sentence has no accusation already (:func:`criticism_met`).
- **A need noted with no subject.** "The need to resume the talks between the parties was noted too",
  "The necessity of a ceasefire in Libya was stressed": a readout's call on the parties it names (REQUEST by
  the meeting's sides, mode meet for talks), read only when the meeting's sides are known and the sentence
  names someone else to ask (:func:`need_noted`).

Every test is a regular expression over the sentence (after a cheap word gate); sides come only from the
sentence's own actor units, the statement's speaker or the meeting's sides. No sentence is named.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType, Polarity
from detente.coding.roleparts import Make, Roles
from detente.coding.text import lower_text
from detente.coding.wordgates import WordGates

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = [
    "conclusion_shared",
    "criticism_met",
    "disagreement_denied",
    "home_council",
    "interference_judged",
    "may_read",
    "need_noted",
    "settled",
]

_MAX_CHARS = 2_000
"""Longer sentences are left to the other readers (a regular expression per family stays cheap)."""

_GATE_WORDS = frozenset(
    {
        "unacceptable",
        "inadmissible",
        "impermissible",
        "counterproductive",
        "counter-productive",
        "intolerable",
        "futility",
        "criticism",
        "condemnation",
        "need",
        "necessity",
        "disagree",
        "conclusion",
    }
)


def may_read(norms: Iterable[str]) -> bool:
    """Whether a sentence with these words may hold a phrasing the module reads (so the coder does not
    pass it over as eventless before the readers run)."""
    return not _GATE_WORDS.isdisjoint(norms)


def _codes(units: Sequence[Unit], lo: int, hi: int, skip: Iterable[str] = ()) -> tuple[str, ...]:
    """Actor codes of the units that start inside ``[lo, hi)``, in order, without repeats or ``skip``."""
    left_out = set(skip)
    return tuple(
        dict.fromkeys(u.code for u in units if u.code and lo <= u.start < hi and u.code not in left_out)
    )


# --- interference judged unacceptable ----------------------------------------------------------------------
_JUDGE = r"(?:unacceptable|inadmissible|impermissible|counter-?productive|intolerable)"
_ACT = re.compile(
    r"\b(?:interfer(?:e|es|ed|ing|ence)|meddl(?:e|es|ed|ing)|"
    r"(?:outside|external|foreign|political|economic|military|any)\s+pressure|"
    r"(?:put|putting|puts|exert|exerting|exerts|apply|applying|applies)\s+(?:\w+\s+){0,2}?pressure|"
    r"pressure\s+on\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:leadership|leaders|government|authorities|state|country)|"
    r"attempts?\s+(?:by\s+[^,;]{1,60}?\s+)?to|attempting\s+to|efforts?\s+(?:by\s+[^,;]{1,60}?\s+)?to|"
    r"destabili[sz](?:e|es|ed|ing|ation)|(?:distort|falsif|rewrit|revis)\w*\s+(?:the\s+)?(?:\w+\s+){0,3}?"
    r"(?:history|results))",
    re.IGNORECASE,
)
_JUDGED = re.compile(
    r"\b(?:is|are|was|were|would\s+be|will\s+be|remains?|seems?)\s+(?:(?:absolutely|utterly|completely|"
    r"totally|simply|equally|also|clearly|entirely|always)\s+)?" + _JUDGE + r"\b",
    re.IGNORECASE,
)
_IMPERSONAL = re.compile(
    r"\bit\s+(?:is|was|would\s+be|will\s+be)\s+(?:(?:absolutely|utterly|completely|totally|simply)\s+)?"
    + _JUDGE
    + r"\s+(?:for\s+[^,;]{1,40}?\s+)?to\s+(?:interfere|meddle|put\s+pressure|exert\s+pressure|apply\s+pressure)\b",
    re.IGNORECASE,
)
_FUTILITY = re.compile(
    r"\b(?:the\s+)?(?:(?:utter|complete|total)\s+)?(?:futility|inadmissibility|unacceptability|"
    r"impermissibility)\s+of\s+(?:(?:any|all|such)\s+)?(?:attempts?|efforts?|interference|meddling|pressure)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"\bthat\s+|[,;:–—]\s+(?:and\s+)?(?:that\s+)?|\bwhether\s+", re.IGNORECASE)
_SAYING = re.compile(
    r"\b(?:said|says|say|stressed|stresses|stressing|emphasi[sz](?:ed|es|ing)|noted|notes|noting|underlined|"
    r"underlines|underlining|underscored|underscores|underscoring|pointed\s+out|pointing\s+out|declared|"
    r"declares|stated|states|reiterated|reiterates|reaffirmed|reaffirms|reaffirming|warned|warns|believes?|"
    r"believed|think|thinks|thought|consider|considers|considered|agreed|agree|insisted|insists|"
    r"recalled|added|made\s+it\s+clear|expressed\s+the\s+view|told|tells|telling)\b",
    re.IGNORECASE,
)
_NOT_BEFORE = re.compile(r"\b(?:not|never|hardly|no\s+longer)\s+(?:\w+\s+)?$", re.IGNORECASE)
_PAIR_SAYERS = re.compile(
    r"\b(?:both|the\s+two)\s+(?:leaders|presidents|sides|parties|ministers|heads\s+of\s+state)\b|"
    r"\bthe\s+(?:sides|parties|presidents|leaders)\b",
    re.IGNORECASE,
)
_DOER = re.compile(
    r"\b(?:interference|meddling|pressure|attempts?|efforts?)\s+(?:\w+\s+){0,2}?by\s+(?P<by>[^,;.]{1,60}?)"
    r"(?=\s+(?:in|on|into|to|against|with|would|is|are|was|were|will|at|over)\b|[,;.]|$)",
    re.IGNORECASE,
)
_ASKS = frozenset({EventType.REQUEST, EventType.COERCE})
_PRESSING = re.compile(r"\b(?:interfer|meddl|pressur|exert|put\b|putting|apply|applying)\w*", re.IGNORECASE)
"""Words of an interference or of pressure: a request or coercion read from them is the judged act itself
("attempting to exert pressure on the authorities"), not a second event."""


def _judged_span(text: str) -> tuple[int, int, int] | None:
    """(start of the judged clause, start of its act words, end of the judgement) of the first interference
    or attempt judged unacceptable, counterproductive or futile; ``None`` when there is none."""
    m = _FUTILITY.search(text)
    if m is not None and not _NOT_BEFORE.search(text[: m.start()]):
        return m.start(), m.start(), m.end()
    m = _IMPERSONAL.search(text)
    if m is not None:
        return m.start(), m.start(), m.end()
    for j in _JUDGED.finditer(text):
        if _NOT_BEFORE.search(text[: j.start()] + " ") or re.match(r"\s*not\b", text[j.start() :], re.I):
            continue
        start = 0
        for brk in _CLAUSE_BREAK.finditer(text, 0, j.start()):
            start = brk.end()
        act = _ACT.search(text, start, j.start())
        if act is not None:
            return start, act.start(), j.end()
    return None


def _sayer(
    text: str, start: int, units: Sequence[Unit], speaker: str | None, sides: Sequence[str]
) -> tuple[str, ...]:
    """Who says the clause that begins at ``start``: the actor last named before the saying verb nearest
    before it ("the Russian President stressed that"), the meeting's sides for "both leaders" / "the
    sides", else the statement's speaker; ``()`` when none is known."""
    said = None
    for s in _SAYING.finditer(text, 0, start + 1):
        said = s
    if said is not None:
        before = text[: said.start()]
        if _PAIR_SAYERS.search(before) and len(sides) >= 2:
            return tuple(sides)
        named = [u for u in units if u.code and u.end <= said.start() and not u.locative]
        if said.group().lower().endswith("ing") and re.search(r",\s*(?:\w+\s*,\s*)?$", before):
            # "X informed Y about ..., stressing that": the participle's sayer is the sentence's subject
            return _subject(text, units, speaker, sides)
        if named:
            # "X and Y declared": both, when the last two named are joined by "and"
            last = named[-1]
            if len(named) >= 2 and re.fullmatch(r"\s+and\s+", text[named[-2].end : last.start]):
                return tuple(dict.fromkeys((named[-2].code or "", last.code or "")))
            return (last.code or "",)
    return (speaker,) if speaker else ()


_INTRO = re.compile(
    r"^\s*(?:When|While|During|In|After|Before|Following|Regarding|Speaking|At|On)\b[^,]{0,200},\s*"
)
_BARE_HEAD = frozenset({"president", "head of state"})


def _subject(text: str, units: Sequence[Unit], speaker: str | None, sides: Sequence[str]) -> tuple[str, ...]:
    """The sentence's subject after an introductory clause ("When discussing ..., Mr X reaffirmed ..."):
    its actor's code; "The President" with no state named is Russia's (the Kremlin's pages) unless the
    meeting has another side or another president is named; else the speaker."""
    intro = _INTRO.match(text)
    at = intro.end() if intro is not None else 0
    after = [u for u in units if u.start >= at]
    if after and text[at : after[0].start].strip().lower() in ("", "the"):
        first = after[0]
        if first.code:
            return (first.code,)
        head = first.kind == "title" and first.text.lower().removeprefix("the ").strip() in _BARE_HEAD
        others = any(u.code and u.code != "RUS" and "president" in u.text.lower() for u in units)
        if head and not others and set(sides) <= {"RUS"}:
            return ("RUS",)
    return (speaker,) if speaker else ()


def interference_judged(
    text: str,
    events: Sequence[Event],
    units: Sequence[Unit],
    speaker: str | None,
    sides: Sequence[str],
    make: Make,
) -> list[Event]:
    """ "Stressed that any outside interference in the republic's affairs is unacceptable": ACCUSE
    (disapprove) by the sayer, aimed at the interferer the sentence names ("by X", "X's"), else at no one;
    accusations read from the judged clause, and requests or coercion read from its words of interference
    or pressure, give way to it (an act judged, such as a seizure, is kept)."""
    span = _judged_span(text)
    if span is None:
        return list(events)
    start, act, end = span
    source = _sayer(text, start, units, speaker, sides)
    if not source:
        return list(events)
    target: tuple[str, ...] = ()
    by = _DOER.search(text, act, end)
    if by is not None:
        target = _codes(units, by.start("by"), by.end("by"), source)
    else:
        owner = [u for u in units if u.code and u.end <= act and u.start >= start and not u.locative]
        if owner and re.match(r"['’]s?\s", text[owner[-1].end : owner[-1].end + 3]):
            target = tuple(c for c in (owner[-1].code,) if c and c not in source)
    pressed = [(m.start(), m.end()) for m in _PRESSING.finditer(text, start, end)]
    kept = [
        e
        for e in events
        if not (e.event is EventType.ACCUSE and start <= e.anchor[0] < end)
        and not (e.event in _ASKS and any(a <= e.anchor[0] < b for a, b in pressed))
    ]
    roles = Roles(source, target, (start, end))
    return [*kept, make(EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, act, end, text[act:end])]


# --- the home Security Council -------------------------------------------------------------------------------
_HOME_COUNCIL = re.compile(
    r"\b(?:chaired|chairs|chairing|held|holds|holding|convened|convenes|opened|opens|conducted|conducts)\s+"
    r"(?:an?\s+|the\s+)?(?:(?:regular|operational|extraordinary|special|brief|videoconference|working)\s+)?"
    r"(?:(?:meeting|session)\s*,?\s+(?:via\s+videoconference\s*,?\s+)?(?:of|with)\s+(?:the\s+)?"
    r"(?:(?:permanent|other)\s+)?(?:members\s+of\s+(?:the\s+)?)?(?:Russian\s+)?Security\s+Council\b"
    r"|(?:Russian\s+)?Security\s+Council\s+(?:meeting|session)\b)",
)
"""The President chairing or holding his own council's meeting ("convened a session of the Security Council",
"chaired a Security Council meeting"); a meeting the UN's council holds is told with other verbs ("told a
Security Council meeting", "at a Security Council session")."""
_UN_NAMED = re.compile(r"\b(?:UN|U\.N\.|United\s+Nations|five|P5|P-5)\b")


def home_council(text: str, events: Sequence[Event]) -> list[Event]:
    """A CONSULT by Russia with the UN read from a meeting of "the Security Council" Russia's President
    chairs or holds, which the sentence does not call the UN's: Russia's own council meets (a domestic
    meeting), so the CONSULT is dropped."""
    if "Security Council" not in text or _UN_NAMED.search(text) or not _HOME_COUNCIL.search(text):
        return list(events)
    return [
        e
        for e in events
        if not (
            e.event is EventType.CONSULT
            and "UN" in e.source + e.target
            and set(e.source) | set(e.target) <= {"RUS", "UN"}
        )
    ]


# --- criticism met abroad -------------------------------------------------------------------------------------
_MET_WITH = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\w+\s+)?met\s+with\s+(?:(?:sharp|harsh|"
    r"strong|fierce|widespread|heavy|severe|much|some|immediate)\s+)?(?:criticism|condemnation|disapproval|"
    r"objections|protests)\s*,?\s+(?:(?:especially|particularly|notably|above\s+all|mainly|mostly|chiefly)\s+)?"
    r"(?:in|from|by|among)\s+(?P<who>[^;.]{2,120})",
    re.IGNORECASE,
)


def criticism_met(text: str, events: Sequence[Event], units: Sequence[Unit], make: Make) -> list[Event]:
    """ "The scheme was met with criticism, mainly from Berlin and Warsaw": ACCUSE (disapprove)
    by the places or bodies named after "in" / "from" / "by", at the owner of the thing criticised when
    the sentence names one before the verb ("Russia's decision"), else at no one."""
    if "met with" not in text or any(e.event is EventType.ACCUSE for e in events):
        return list(events)
    m = _MET_WITH.search(text)
    if m is None or _NOT_BEFORE.search(text[: m.start()] + " "):
        return list(events)
    critics = _codes(units, m.start("who"), m.end("who"))
    if not critics:
        return list(events)
    owners = _codes(units, 0, m.start(), critics)
    roles = Roles(critics, owners[-1:], (0, m.end()))
    lo = m.start()
    return [
        *events,
        make(EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, lo, m.end(), text[lo : m.end()]),
    ]


# --- a need noted with no subject -------------------------------------------------------------------------
_NEED_NOTED = re.compile(
    r"^\s*(?:(?:also|further|in\s+addition)\s*,?\s+)?(?:the\s+)?(?:need|necessity)\s+(?P<what>(?:to|for|of)\s+"
    r"[^;]{3,220}?)\s+(?:was|were|has\s+been|had\s+been)\s+(?:also\s+)?(?:noted|stressed|emphasi[sz]ed|"
    r"underlined|underscored|pointed\s+out|highlighted|reaffirmed|confirmed|mentioned|voiced)\b"
    r"(?:\s+(?:too|as\s+well|also))?\s*[.!]?\s*$",
    re.IGNORECASE,
)
_TALKS = re.compile(r"\b(?:dialogue|talks|negotiations|consultations|contacts)\b", re.IGNORECASE)


def need_noted(
    text: str, events: Sequence[Event], units: Sequence[Unit], sides: Sequence[str], make: Make
) -> list[Event]:
    """ "The need to resume talks between the parties in Libya was noted": REQUEST by the meeting's sides
    at the parties the need names (mode meet for talks); nothing when the sides are unknown or the need
    names no one else."""
    if len(sides) < 2 or any(e.event is EventType.REQUEST for e in events):
        return list(events)
    m = _NEED_NOTED.match(text)
    if m is None:
        return list(events)
    asked = _codes(units, m.start("what"), m.end("what"), sides)
    if not asked:
        return list(events)
    mode = "meet" if _TALKS.search(m.group("what")) else ""
    roles = Roles(tuple(sides), asked, (0, m.end()))
    lo, hi = m.start("what"), m.end("what")
    return [*events, make(EventType.REQUEST, mode, roles, Polarity.ASSERTED, lo, hi, text[lo:hi])]


# --- a conclusion reached together ---------------------------------------------------------------------------
_CONCLUDED = re.compile(
    r"\b(?:came|come|comes|coming)\s+to\s+(?:the|a)\s+(?:(?:common|shared|joint|same|unanimous)\s+)?"
    r"(?:conclusion|understanding)\b|\b(?:reached|reach|reaches|reaching|arrived\s+at)\s+(?:the|a)\s+"
    r"(?:(?:common|shared|joint|same|unanimous)\s+)?conclusion\b",
    re.IGNORECASE,
)
_WITH_PARTNER = re.compile(r"\bwith\s+(?:(?:the|our|my|his|their)\s+)?(?P<who>[^,;.]{2,60}?)\s*(?:,|$)")


def conclusion_shared(
    text: str,
    events: Sequence[Event],
    units: Sequence[Unit],
    speaker: str | None,
    sides: Sequence[str],
    make: Make,
) -> list[Event]:
    """ "X and Y came to the conclusion that ...", "during our talks with X we reached the conclusion that
    ...", "the sides came to a common understanding": an agreement of the two (AGREE, no target). The pair
    is the two actors joined by "and" before the words, the speaker's "we" with the partner of a "with X"
    phrase before them, or the meeting's sides for "the sides" / "the two presidents"; one actor's own
    conclusion is no agreement."""
    if any(e.event is EventType.AGREE for e in events):
        return list(events)
    m = _CONCLUDED.search(text)
    if m is None or _NOT_BEFORE.search(text[: m.start()]):
        return list(events)
    head = text[: m.start()]
    clause = 0
    for brk in re.finditer(r"[,;:]\s+", head):
        clause = brk.end()
    subject = head[clause:]
    pair: tuple[str, ...] = ()
    named = [u for u in units if u.code and clause <= u.start and u.end <= m.start() and not u.locative]
    if len(named) >= 2 and re.fullmatch(r"\s+and\s+", text[named[-2].end : named[-1].start]):
        pair = tuple(dict.fromkeys((named[-2].code or "", named[-1].code or "")))
    elif re.match(r"\s*we\b", subject, re.IGNORECASE) and speaker:
        partner = _WITH_PARTNER.search(head[:clause]) if clause else None
        if partner is not None:
            pair = (speaker, *_codes(units, partner.start("who"), partner.end("who"), (speaker,)))
    elif _PAIR_SAYERS.search(subject) and len(sides) >= 2:
        pair = tuple(sides)
    if len(set(pair)) < 2:
        return list(events)
    roles = Roles(pair, (), (clause, m.end()))
    return [*events, make(EventType.AGREE, "", roles, Polarity.ASSERTED, m.start(), m.end(), m.group())]


# --- disagreement denied ------------------------------------------------------------------------------------
_NO_DISAGREEING = re.compile(
    r"\b(?:(?:hard|difficult|impossible|tough)\s+to|cannot|can\s+not|can['’]t|could\s+not|couldn['’]t|"
    r"no\s+(?:reason|grounds)\s+to|nothing\s+to)\s+(?:\w+\s+)?disagree\b",
    re.IGNORECASE,
)


def disagreement_denied(text: str, events: Sequence[Event]) -> list[Event]:
    """ "It is hard to disagree with X", "one cannot disagree with X": the denied disagreement is no
    rejection. A REJECT read from it becomes SUPPORT of X (same sides) when X is named, and is dropped when
    the sentence names no one to agree with ("I can't disagree with this")."""
    spans = [(m.start(), m.end()) for m in _NO_DISAGREEING.finditer(text)]
    if not spans:
        return list(events)
    out: list[Event] = []
    for e in events:
        if e.event is EventType.REJECT and any(a <= e.anchor[0] < b for a, b in spans):
            if not e.target:
                continue
            e = dataclasses.replace(e, event=EventType.SUPPORT, mode="", derived={})
        out.append(e)
    return out


_GATES = WordGates()
_JUDGED_GATE = _GATES.gate(
    ("unacceptable", "inadmissible", "impermissible", "productive", "intolerable", "futility")
)
"""(s38-speed13) The words :func:`interference_judged` is tried with, in the lowered sentence."""


def settled(
    text: str,
    events: Sequence[Event],
    units: Sequence[Unit],
    speaker: str | None,
    sides: Sequence[str],
    make: Make,
) -> list[Event]:
    """``events`` with the module's families read and settled (see the module)."""
    if not text or len(text) > _MAX_CHARS:
        return list(events)
    low = lower_text(text)
    out = list(events)
    if _GATES.within(text, _JUDGED_GATE):  # (s38-speed13: the shared scan, not six substring searches)
        out = interference_judged(text, out, units, speaker, sides, make)
    if "Security Council" in text:
        out = home_council(text, out)
    if "met with" in text:
        out = criticism_met(text, out, units, make)
    if "conclusion" in low or "understanding" in low:
        out = conclusion_shared(text, out, units, speaker, sides, make)
    if "disagree" in low:
        out = disagreement_denied(text, out)
    if "need" in low or "necessity" in low:
        out = need_noted(text, out, units, sides, make)
    return out
