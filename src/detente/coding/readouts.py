"""Coder stage 6c, statement readers for official readouts and transcripts of talks (Kremlin-style wording).

Readouts of talks tell the meeting, the common ground and the grievances raised in set phrases that carry
no ordinary trigger with its actors beside it. Five families are read here; each reader runs only when the
sentence has no event of its type yet (the coder's ``_add_unless`` / ``_add_consult``):

* :func:`views_exchanged` — CONSULT of the document's meeting sides told by an exchange of views with no
  pair named beside it: "While exchanging views on Ukraine, Vladimir Putin drew ...", "the two presidents
  continued exchanging views on ...", "Conference participants will exchange views on ...", "The exchange
  of views was constructive". Only in a document that reports a meeting of two or more sides.
* :func:`we_held_talks` — the speaker's "we had (very) substantive talks" / "we had a detailed discussion
  on" / "we also discussed" in the statements after talks: CONSULT of all the meeting's sides (the
  speaker one of them), also when three or more sides met. "We can have talks" offers, not reports.
* :func:`agenda_of_talks` — "On the agenda were ...", "The meeting's agenda included ...": the topics of
  the reported meeting, a CONSULT of its sides. An agenda "of his meetings" or "for the coming year" is
  a time marker or a plan, not read.
* :func:`attention_drawn` — "X drew (Y's) attention to the anti-Russia campaign by the Kiev authorities",
  "drew attention to the shelling of towns by the Ukrainian armed forces": ACCUSE of the one who draws
  the attention against the doer of a hostile act named in that phrase. Attention drawn to a neutral
  matter ("the inadequacy of the legal framework") or to a hostile act without a doer is not read.
* :func:`shared_stance` — "Russia and China had the same attitude to ...", "Russia and France shared an
  aligned position", "Both leaders share a principled approach on ...", "We share the view that ..."
  (in the statements after talks): AGREE of both sides (source both, no target). One side's own view
  ("shared his views on ways to ...", "not everyone shares this view") is not read.
"""

from __future__ import annotations

from typing import Protocol

from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import Token, words
from detente.coding.polarity import polarity_of
from detente.coding.roles import Roles, clause_floor
from detente.coding.statements import Finding, SentenceView
from detente.coding.units import Unit


class ReadoutView(SentenceView, Protocol):
    """What these readers see of a sentence: its words and actors, and the document's meeting."""

    @property
    def participants(self) -> tuple[str, ...]: ...

    @property
    def reported_meeting(self) -> bool: ...

    def demonym(self, word: str) -> str | None: ...


_SIDE_KINDS = frozenset({"state", "org", "person", "title", "metonym", "demonym"})
_OFFERS = words("can could may might should must")


def may_read(norms: frozenset[str] | set[str]) -> bool:
    """Whether a sentence with these word forms may hold what these readers read (a cheap first check)."""
    return bool(
        norms & _EXCHANGE
        or "agenda" in norms
        or (norms & _DRAW and "attention" in norms)
        or norms & _SHARE
        or (norms & _SAME and norms & _STANCES)
        or (norms & _WE and norms & _TALK_NOUNS)
    )


def _coded(unit: Unit) -> bool:
    return unit.code is not None and unit.code.isupper() and unit.kind in _SIDE_KINDS and not unit.locative


def _meeting_sides(view: ReadoutView) -> tuple[str, ...]:
    """The sides of the meeting the document reports (two or more), else ``()``."""
    sides = view.participants
    return sides if view.reported_meeting and len(set(sides)) >= 2 else ()


def _polarity(view: ReadoutView, k: int) -> Polarity | None:
    """Polarity of the act told at token ``k``; ``None`` for a supposed one or an offer ("we could ...")."""
    tokens = view.tokens
    if any(t.norm in _OFFERS for t in tokens[max(0, k - 3) : k]):
        return None
    polarity = polarity_of(tokens, k, view.patterns, floor=clause_floor(tokens, k))
    return None if polarity is Polarity.HYPOTHETICAL else polarity


def _joint(view: ReadoutView, etype: EventType, sides: tuple[str, ...], k: int, lo: int) -> Finding | None:
    polarity = _polarity(view, k)
    if polarity is None:
        return None
    tok = view.tokens[k]
    roles = Roles(sides, (), (lo, tok.end), mutual=True)
    return Finding(etype, "", roles, polarity, tok.start, tok.end, tok.text)


# --- an exchange of views ----------------------------------------------------------------------------------

_EXCHANGE = words("exchange exchanges exchanged exchanging")
_VIEWS = words("views opinions assessments")


def views_exchanged(view: ReadoutView) -> Finding | None:
    """CONSULT of the meeting's sides told by an exchange of views (see the module docstring)."""
    sides = _meeting_sides(view)
    if not sides:
        return None
    tokens = view.tokens
    for k, tok in enumerate(tokens[:-1]):
        if tok.norm not in _EXCHANGE:
            continue
        nxt = tokens[k + 1].norm
        if nxt == "of" and k + 2 < len(tokens):
            nxt = tokens[k + 2].norm
        if nxt not in _VIEWS:
            continue
        if k > 0 and tokens[k - 1].norm == "our":
            continue  # "in our exchange of views": the speaker's own telling, read with "we"
        return _joint(view, EventType.CONSULT, sides, k, tok.start)
    return None


# --- the speaker's "we had talks" -----------------------------------------------------------------------

_WE = words("we")
_HAD = words("had have 've held")
_TALK_NOUNS = words(
    "talks discussion discussions negotiations conversation conversations consultations meeting exchange"
)
_TALK_FILLERS = words(
    "a an the very most really quite also just today already once again detailed detailled substantive constructive "
    "useful productive candid frank fruitful businesslike thorough intensive open friendly cordial warm "
    "lengthy long good meaningful serious substantial interesting excellent informative comprehensive "
    "in-depth extensive and , rather truly"
)
_DISCUSSED = words("discussed discuss")
_WE_FILLERS = words("also have had then further already briefly again today thoroughly extensively")


def we_held_talks(view: ReadoutView) -> Finding | None:
    """CONSULT of all the meeting's sides told by the speaker's "we had talks" / "we discussed" (see the
    module docstring)."""
    sides = _meeting_sides(view)
    if not sides or view.speaker not in sides:
        return None
    tokens = view.tokens
    for k, tok in enumerate(tokens):
        if tok.norm not in _WE:
            continue
        j = k + 1
        while j < len(tokens) and tokens[j].norm in _WE_FILLERS and tokens[j].norm not in _HAD:
            j += 1
        if j >= len(tokens):
            return None
        if tokens[j].norm in _DISCUSSED:
            if len(set(sides)) < 3:
                continue  # two sides: the ordinary trigger reads "we discussed"
            return _joint(view, EventType.CONSULT, sides, j, tok.start)
        if tokens[j].norm not in _HAD:
            continue
        if tokens[j].norm == "have" and j + 1 < len(tokens) and tokens[j + 1].norm == "had":
            j += 1
        m = j + 1
        while m < len(tokens) and tokens[m].norm in _TALK_FILLERS and m - j <= 8:
            m += 1
        if m >= len(tokens) or tokens[m].norm not in _TALK_NOUNS:
            continue
        if tokens[m].norm == "exchange" and not (m + 1 < len(tokens) and tokens[m + 1].norm == "of"):
            continue
        if any(u.tok_start in (m + 1, m + 2) and _coded(u) and u.code not in sides for u in view.units):
            continue  # "we had talks with the Japanese side": another meeting than the document's
        return _joint(view, EventType.CONSULT, sides, m, tok.start)
    return None


# --- the agenda of the talks ------------------------------------------------------------------------------

_AGENDA_BE = words("were was")
_AGENDA_VERBS = words("included covered comprised featured")
_AGENDA_OWNERS = words("meeting talks negotiations conversation summit discussion consultations")


def agenda_of_talks(view: ReadoutView) -> Finding | None:
    """CONSULT of the meeting's sides told by its agenda (see the module docstring)."""
    sides = _meeting_sides(view)
    if not sides:
        return None
    tokens = view.tokens
    n = len(tokens)
    # "On the agenda were ...", at the head of the sentence
    head = n > 4 and tokens[0].norm == "on" and tokens[1].norm == "the" and tokens[2].norm == "agenda"
    if head and tokens[3].norm in _AGENDA_BE:
        return _joint(view, EventType.CONSULT, sides, 2, tokens[0].start)
    # "The meeting's agenda included ...", "The agenda of the talks covered ...", "The agenda included ..."
    for k in range(1, min(n - 1, 8)):
        if tokens[k].norm != "agenda":
            continue
        j = k + 1
        if (
            j + 2 < n
            and tokens[j].norm == "of"
            and tokens[j + 1].norm == "the"
            and tokens[j + 2].norm in (_AGENDA_OWNERS)
        ):
            j += 3
        owned = k >= 2 and tokens[k - 1].norm in ("'s", "'") and tokens[k - 2].norm in _AGENDA_OWNERS
        if not (owned or j > k + 1 or (k == 1 and tokens[0].norm == "the")):
            return None
        if j < n and tokens[j].norm in _AGENDA_VERBS:
            return _joint(view, EventType.CONSULT, sides, j, tokens[0].start)
        return None
    return None


# --- attention drawn to a hostile act ---------------------------------------------------------------------

_DRAW = words("drew draws draw drawing drawn")
_HOSTILE_ACTS = words(
    "provocation provocations provocative violation violations shelling shellings bombardment bombardments "
    "attack attacks strikes aggression aggressive crimes atrocities discrimination persecution harassment "
    "blockade militarisation militarization build-up buildup escalation sabotage interference meddling "
    "hostile smear disinformation propaganda threats intimidation repression repressions crackdown "
    "incursions incursion"
)
_DOER_PREPS = words("by")
_REACH = 14
_NP_STOP = words(", ; : . which that who and while as")


def _hostile(view: ReadoutView, tok: Token) -> bool:
    """A word of a hostile act: "provocations", or an "anti-" word aimed at a state ("anti-Russia")."""
    if tok.norm in _HOSTILE_ACTS:
        return True
    if tok.norm.startswith("anti-") and len(tok.norm) > 5:
        code = view.demonym(tok.text[5:])
        return code is not None and code.isupper()  # "anti-Russian", not "anti-terrorist"
    return False


def _drawer(view: ReadoutView, k: int) -> str | None:
    """Who draws the attention at token ``k``: the last coded actor before it in its clause, else the
    speaker ("we drew attention", or no subject named)."""
    tokens = view.tokens
    floor = clause_floor(tokens, k)
    before = [u for u in view.units if floor <= u.tok_start and u.tok_end <= k]
    for u in reversed(before):
        if u.kind == "pronoun":
            return view.speaker if tokens[u.tok_start].norm in ("we", "i") else None
        if _coded(u):
            # "Putin drew Macron's attention": the owner of the attention is the one told, not the drawer
            if u.tok_end < len(tokens) and tokens[u.tok_end].norm in ("'s", "'"):
                continue
            return u.code
    return view.speaker


def attention_drawn(view: ReadoutView) -> Finding | None:
    """ACCUSE of one who draws attention to a hostile act, against its doer (see the module docstring)."""
    tokens = view.tokens
    for k, tok in enumerate(tokens):
        if tok.norm not in _DRAW:
            continue
        # "drew [Macron's] attention to" / "drew attention of the partners to"
        a = next((i for i in range(k + 1, min(len(tokens), k + 8)) if tokens[i].norm == "attention"), None)
        if a is None:
            continue
        to = next((i for i in range(a + 1, min(len(tokens), a + 8)) if tokens[i].norm == "to"), None)
        if to is None:
            continue
        stop = next(
            (i for i in range(to + 1, min(len(tokens), to + _REACH)) if tokens[i].norm in _NP_STOP), None
        )
        end = stop if stop is not None else min(len(tokens), to + _REACH)
        hostile = next((i for i in range(to + 1, end) if _hostile(view, tokens[i])), None)
        if hostile is None:
            continue
        target = _doer_in(view, hostile, end)
        source = _drawer(view, k)
        if target is None or source is None or target == source:
            continue
        polarity = _polarity(view, k)
        if polarity is None:
            continue
        roles = Roles((source,), (target,), (tok.start, tokens[end - 1].end))
        return Finding(EventType.ACCUSE, "", roles, polarity, tok.start, tok.end, tok.text)
    return None


def _doer_in(view: ReadoutView, hostile: int, end: int) -> str | None:
    """The doer of the hostile act named at token ``hostile``: "by the Kiev authorities" after it, else
    an owner or demonym just before it ("Kiev's provocations", "Ukrainian shelling")."""
    tokens, units = view.tokens, view.units
    for i in range(hostile + 1, min(len(tokens), end + 4)):
        if tokens[i].norm in _DOER_PREPS:
            j = i + 1
            while j < len(tokens) and tokens[j].norm == "the":
                j += 1
            unit = next((u for u in units if u.tok_start == j and _coded(u)), None)
            return unit.code if unit is not None else None
    unit = next((u for u in units if u.tok_end in (hostile, hostile - 1) and _coded(u)), None)
    if unit is not None and (unit.tok_end == hostile or tokens[unit.tok_end].norm in ("'s", "'")):
        return unit.code
    return None


# --- a shared stance --------------------------------------------------------------------------------------

_SHARE = words("share shares shared")
_HOLD = words("have has had hold holds held take takes took")
_SAME = words("same similar common identical coinciding close aligned matching")
_STANCES = words(
    "position positions view views approach approaches attitude attitudes stance stances assessment "
    "assessments vision understanding"
)
_STANCE_FILLERS = words(
    "a an the their our principled aligned and moral largely fully very broadly essentially practically "
    'basically , “ ” " similar common identical coinciding close matching same'
)
_BOTH = words("both two three")
_SIDES_NOUNS = words("leaders presidents countries sides states parties heads ministers")
_PLURAL_SUBJECTS = words("they")


def _pair_before(view: ReadoutView, k: int) -> tuple[tuple[str, ...], int]:
    """The sides a shared stance is told of, as the subject before token ``k``: "Russia and France[, he
    said,]", "both leaders", "the two countries", "we" (the speaker's side in the statements after talks)."""
    tokens, units = view.tokens, view.units
    i = k - 1
    # skip an inserted "he said," / "in his words,"
    if i >= 0 and tokens[i].norm == ",":
        j = i - 1
        while j >= 0 and tokens[j].norm != "," and i - j <= 5:
            j -= 1
        if j >= 0 and tokens[j].norm == ",":
            i = j - 1
    while i >= 0 and tokens[i].norm in ("also", "now", "fully", "largely", "clearly", "all", "still"):
        i -= 1
    if i < 0:
        return (), 0
    last = tokens[i].norm
    sides = _meeting_sides(view)
    if last in _SIDES_NOUNS and i >= 1 and tokens[i - 1].norm in _BOTH:
        return sides, i
    if last in _WE or last in _PLURAL_SUBJECTS:
        if last in _WE and view.speaker not in sides:
            return (), 0
        return sides, i
    second = next((u for u in units if u.tok_end == i + 1 and _coded(u)), None)
    if second is None or second.tok_start < 2 or tokens[second.tok_start - 1].norm != "and":
        return (), 0
    first = next((u for u in units if u.tok_end == second.tok_start - 1 and _coded(u)), None)
    if first is None or first.code is None or second.code is None or first.code == second.code:
        return (), 0
    return (first.code, second.code), first.tok_start


def shared_stance(view: ReadoutView) -> Finding | None:
    """AGREE of two sides told by a stance they share (see the module docstring)."""
    tokens = view.tokens
    for k, tok in enumerate(tokens):
        share = tok.norm in _SHARE
        if not share and tok.norm not in _HOLD:
            continue
        m = k + 1
        same = False
        while m < len(tokens) and tokens[m].norm in _STANCE_FILLERS and m - k <= 5:
            same = same or tokens[m].norm in _SAME
            m += 1
        if m >= len(tokens) or tokens[m].norm not in _STANCES:
            continue
        if not share and not same:
            continue  # "they had a position on ...": no common ground told
        if share and not same and m == k + 1:
            continue  # "share views on": an exchange, told elsewhere
        sides, at = _pair_before(view, k)
        if len(set(sides)) < 2:
            continue
        said = next((i for i in range(clause_floor(tokens, at), at) if tokens[i].norm in _SAYING), None)
        if said is None:
            return _joint(view, EventType.AGREE, sides, k, tok.start)
        # "Putin said Russia and China had the same attitude": the sayer's side agrees with the other
        sayer = next((u for u in reversed(view.units) if u.tok_end <= said and _coded(u)), None)
        if sayer is None or sayer.code not in sides:
            continue  # "He also said ...": whose agreement it is, the sentence does not tell
        polarity = _polarity(view, k)
        if polarity is None:
            continue
        other = tuple(c for c in sides if c != sayer.code)
        roles = Roles((str(sayer.code),), other, (sayer.start, tok.end))
        return Finding(EventType.AGREE, "", roles, polarity, tok.start, tok.end, tok.text)
    return None


_SAYING = words("said says say saying told tells noted notes stressed stresses added emphasised emphasized")
