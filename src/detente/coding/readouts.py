"""Coder stage 6c, statement readers for official readouts and transcripts of talks (Kremlin-style wording).

Readouts of talks tell the meeting, the common ground and the grievances raised in set phrases that carry
no ordinary trigger with its actors beside it. Five families are read here; each reader runs only when the
sentence has no event of its type yet (the coder's ``_add_unless`` / ``_add_consult``):

* :func:`views_exchanged` — CONSULT of the document's meeting sides told by an exchange of views with no
  pair named beside it: "While exchanging views on the Balkans, the President noted ...", "the two presidents
  continued exchanging views on ...", "Conference participants will exchange views on ...", "The exchange
  of views was constructive". Only in a document that reports a meeting of two or more sides.
* :func:`we_held_talks` — the speaker's "we had (very) substantive talks" / "we had a detailed discussion
  on" / "we also discussed" in the statements after talks: CONSULT of all the meeting's sides (the
  speaker one of them), also when three or more sides met. "We can have talks" offers, not reports.
* :func:`agenda_of_talks` — "On the agenda were ...", "The meeting's agenda included ...": the topics of
  the reported meeting, a CONSULT of its sides. An agenda "of his meetings" or "for the coming year" is
  a time marker or a plan, not read.
* :func:`attention_drawn` — "X drew (Y's) attention to the smear drive waged by the Tbilisi government",
  "drew attention to the shelling of towns by the Ukrainian armed forces": ACCUSE of the one who draws
  the attention against the doer of a hostile act named in that phrase. Attention drawn to a neutral
  matter ("the inadequacy of the legal framework") or to a hostile act without a doer is not read.
* :func:`welcomed_to_place` — the host's "allow me to welcome you to Sochi" in the statements before
  talks: CONSULT (visit) of the speaker with the meeting's other sides. A welcome with no place named
  ("glad to welcome you here") stays a greeting.

Two more families of common work, each only when the sentence has no COOPERATE yet:

* :func:`we_cooperate` — the speaker's "we cooperate within the CIS", "we are working together", "we
  implement mutually beneficial projects" in the statements after talks: COOPERATE of all the meeting's
  sides. "We will work together" is a pledge (AGREE, read by the ordinary triggers) and left alone.
* :func:`joint_drills_with` — "joint exercises with France" with no verb of holding them: COOPERATE of
  the holder (an actor named before it in the clause, else the speaker) and the partner.

Three more readers of talks:

* :func:`briefed_counterpart` — "Mr Putin told his host about ...", "informed his Italian counterpart of
  ...": CONSULT briefer → the side "his counterpart" stands for (a demonym's state, else the meeting's
  other sides).
* :func:`pair_spoke_about` — "Mr Putin and the Italian premier also spoke about ...": a CONSULT of both
  (as "X and Y discussed"). One speaker's "spoke about" is a speech and not read.
* :func:`strikes_discussed` — strikes a readout names as a fact within the topic of the talks ("discussed
  the situation in Yemen ... in light of the latest air strikes carried out by the US Navy"): an
  ASSAULT by their doer on the state named before them.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    if _FIRST_WORDS.isdisjoint(norms):
        return False  # every test below needs one of these words
    return bool(
        not _EXCHANGE.isdisjoint(norms)
        or "agenda" in norms
        or (not _DRAW.isdisjoint(norms) and "attention" in norms)
        or (not _WE.isdisjoint(norms) and not _TALKED.isdisjoint(norms))
        or (not _WE.isdisjoint(norms) and not _WORKED.isdisjoint(norms))
        or ("joint" in norms and not _DRILLS.isdisjoint(norms))
        or ("welcome" in norms and "you" in norms)
        or bool(not _STRIKES.isdisjoint(norms) and not _STRIKE_MARKS.isdisjoint(norms) and "by" in norms)
        or bool(not _SPOKE.isdisjoint(norms) and "and" in norms)
        or bool(not _BRIEFING.isdisjoint(norms) and not _OPPOSITES.isdisjoint(norms))
    )


def coded_side(unit: Unit) -> bool:
    """The unit names an actor that can be a side of a meeting (a code in capitals, not a place)."""
    return unit.code is not None and unit.code.isupper() and unit.kind in _SIDE_KINDS and not unit.locative


_coded = coded_side


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


# --- the speaker's "we cooperate" ----------------------------------------------------------------------

_COOPERATING = words("cooperate co-operate collaborate interact")
_TOGETHER_VERBS = words("work working")
_PROJECT_VERBS = words("implement implementing carry carrying run running pursue pursuing")
_PROJECTS = words("projects programmes programs initiatives")
_JOINT_MARKS = words("joint mutually bilateral common shared")
_PRESENT_FILLERS = words("are also already still actively successfully closely now continue to")


def we_cooperate(view: ReadoutView) -> Finding | None:
    """COOPERATE of all the meeting's sides told by the speaker's "we cooperate" / "we are working together"
    / "we implement joint projects" in the statements after talks (see the module docstring). Work told
    as to come ("we will work together") is a pledge, read elsewhere as AGREE."""
    sides = _meeting_sides(view)
    if not sides or view.speaker not in sides:
        return None
    tokens = view.tokens
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if tok.norm not in _WE:
            continue
        j = k + 1
        while j < n and tokens[j].norm in _PRESENT_FILLERS:
            j += 1
        if j >= n:
            return None
        verb = tokens[j].norm
        if verb in _COOPERATING or (
            verb in _TOGETHER_VERBS and j + 1 < n and tokens[j + 1].norm == "together"
        ):
            hit = j
        elif verb in _PROJECT_VERBS:
            obj = tokens[j + 1 : j + 6]
            if not (any(t.norm in _PROJECTS for t in obj) and any(t.norm in _JOINT_MARKS for t in obj)):
                continue
            hit = j
        else:
            continue
        if any(t.norm in _WILL_WORDS for t in tokens[k:hit]):
            continue
        found = _joint(view, EventType.COOPERATE, sides, hit, tok.start)
        if found is not None and found.polarity is Polarity.ASSERTED:
            return found
    return None


_WILL_WORDS = words("will shall 'll would going intend")


# --- joint exercises named with their partner ----------------------------------------------------------

_DRILLS = words("exercises exercise drills manoeuvres maneuvers patrols patrol")
_DRILL_MARKS = words("military naval air sea land counter-terrorist anti-terrorist command staff large-scale")


def joint_drills_with(view: ReadoutView) -> Finding | None:
    """COOPERATE of the one who holds "joint exercises with X" and X, told as a noun with no verb of holding
    them: "and also joint exercises with India in the Bay of Bengal". The holder is an actor named before
    in the clause ("Russia's joint drills with China"), else the speaker; none known, none read."""
    tokens, units = view.tokens, view.units
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if tok.norm != "joint":
            continue
        j = k + 1
        while j < n and tokens[j].norm in _DRILL_MARKS:
            j += 1
        if j + 1 >= n or tokens[j].norm not in _DRILLS or tokens[j + 1].norm != "with":
            continue
        after = j + 2
        while after < n and tokens[after].norm == "the":
            after += 1
        partner = next((u for u in units if u.tok_start == after and _coded(u)), None)
        if partner is None or partner.code is None:
            continue
        floor = clause_floor(tokens, k)
        holder = next(
            (u.code for u in reversed(units) if floor <= u.tok_start and u.tok_end <= k and _coded(u)),
            view.speaker,
        )
        if holder is None or holder == partner.code:
            continue
        return _joint(view, EventType.COOPERATE, (holder, partner.code), j, tok.start)
    return None


# --- the host's welcome to a place ---------------------------------------------------------------------

_WELCOME = words("welcome")
_HOST_PLACE_OPENERS = words("the")


def welcomed_to_place(view: ReadoutView) -> Finding | None:
    """CONSULT of the host who welcomes the guest side to a place in the statements before talks: "Allow me
    to welcome you to Sochi", "let me bid you a warm welcome to Minsk" (speaker → the meeting's other
    sides). A welcome with no place ("I am glad to welcome you here", "colleagues, welcome"), one to a
    doing ("welcome you to work with Russia") or outside a reported meeting of the speaker's is a greeting
    and not read."""
    sides = _meeting_sides(view)
    if not sides or view.speaker not in sides:
        return None
    tokens = view.tokens
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if tok.norm not in _WELCOME:
            continue
        near = tokens[max(0, k - 4) : k + 2]
        if not any(t.norm == "you" for t in near):
            continue
        to = next((i for i in range(k + 1, min(n, k + 8)) if tokens[i].norm in ("to", "and", ".")), None)
        if to is None or tokens[to].norm != "to" or to + 1 >= n:
            continue
        place = to + 1
        while place < n and tokens[place].norm in _HOST_PLACE_OPENERS:
            place += 1
        if place >= n or not tokens[place].text[:1].isupper():
            continue
        if any(u.tok_start == place and u.kind in ("person", "title") for u in view.units):
            continue  # "welcome you to President Ivanov's ...": a person, not a place
        guests = tuple(c for c in dict.fromkeys(sides) if c != view.speaker)
        polarity = _polarity(view, k)
        if not guests or polarity is not Polarity.ASSERTED:
            continue
        roles = Roles((view.speaker,), guests, (tok.start, tokens[place].end))
        return Finding(EventType.CONSULT, "visit", roles, polarity, tok.start, tok.end, tok.text)
    return None


# --- strikes named in the topic of talks ---------------------------------------------------------------

_STRIKES = words("strikes airstrikes air-strikes bombing bombings bombardment bombardments shelling raids")
_STRIKE_MARKS = words("missile air rocket artillery recent latest massive")
_BY_FILLERS = words("carried out conducted launched delivered made by")
_UNREAL_STRIKES = words("possible potential planned threatened hypothetical future new further any")
_STRIKE_STATE_KINDS = frozenset({"state", "metonym", "org", "demonym"})


def strikes_discussed(view: ReadoutView, events: Sequence[object]) -> Finding | None:
    """ASSAULT by the doer of strikes named as a fact in the topic of talks: "The ministers discussed
    questions relating to Yemen, notably in light of the latest air strikes carried out by the US Navy
    near Hodeidah" (a topic is not read for its events by the triggers). Read only in a sentence that
    reports talks (it has a CONSULT), for strikes marked as such ("missile strikes", "recent strikes") with
    a state's forces named after "by"; the target is the state the sentence names before them (other than
    the doer and the sides talking)."""
    if not any(getattr(e, "event", None) is EventType.CONSULT for e in events):
        return None
    tokens, units = view.tokens, view.units
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if tok.norm not in _STRIKES or k == 0 or tokens[k - 1].norm not in _STRIKE_MARKS:
            continue
        j = k + 1
        while j < n and tokens[j].norm in _BY_FILLERS and tokens[j].norm != "by":
            j += 1
        if j >= n or tokens[j].norm != "by":
            continue
        if any(t.norm in _UNREAL_STRIKES for t in tokens[max(0, k - 3) : k]):
            continue  # "possible missile strikes by ...": not struck
        lo = j + 1
        hi = lo
        while hi < n and tokens[hi].norm == "the":
            hi += 1
        doer = next((u for u in units if lo <= u.tok_start <= hi and _coded(u)), None)
        if doer is None or doer.code is None:
            continue
        talking = {doer.code, *view.participants}
        target = next(
            (
                u.code
                for u in units
                if u.tok_end <= k and u.code and u.code not in talking and u.kind in _STRIKE_STATE_KINDS
            ),
            None,
        )
        if target is None:
            continue
        polarity = polarity_of(tokens, k, view.patterns, floor=clause_floor(tokens, k))
        if polarity is not Polarity.ASSERTED:
            continue
        roles = Roles((doer.code,), (target,), (tok.start, doer.end))
        return Finding(EventType.ASSAULT, "", roles, polarity, tok.start, tok.end, tok.text)
    return None


# --- a pair who spoke about a topic --------------------------------------------------------------------

_SPOKE = words("spoke talked")
_SPOKE_FILLERS = words("also then further briefly again separately")


def pair_spoke_about(view: ReadoutView) -> Finding | None:
    """CONSULT of two sides named as the joint subject of "spoke about" / "talked about": "Mr Putin and
    the Italian premier also spoke about the fighting in Libya" (source both, as "X and Y discussed"). One
    speaker's "spoke about" is a speech, and a pair of one state is no meeting between states."""
    tokens, units = view.tokens, view.units
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if tok.norm not in _SPOKE or k + 1 >= n or tokens[k + 1].norm not in _TALK_ABOUT:
            continue
        i = k - 1
        while i >= 0 and tokens[i].norm in _SPOKE_FILLERS:
            i -= 1
        second = next((u for u in units if u.tok_end == i + 1 and _coded(u)), None)
        if second is None or second.tok_start < 2 or tokens[second.tok_start - 1].norm != "and":
            continue
        first = next((u for u in units if u.tok_end == second.tok_start - 1 and _coded(u)), None)
        if first is None or first.code is None or second.code is None or first.code == second.code:
            continue
        if first.tok_start > 0 and tokens[first.tok_start - 1].norm in ("between", "of", "with", "and", ","):
            continue  # "relations between Russia and Italy spoke ...", a list of three: not the pair
        return _joint(view, EventType.CONSULT, (first.code, second.code), k, first.start)
    return None


_TALK_ABOUT = words("about of on")


# --- a briefing of "his counterpart" -------------------------------------------------------------------

_BRIEFING = words("informed told briefed updated acquainted")
_OWN = words("his her their")
_OPPOSITES = words(
    "counterpart counterparts host hosts guest guests interlocutor interlocutors colleague partner"
)
_OWN_CIRCLE = words("in at from within")


def briefed_counterpart(view: ReadoutView) -> Finding | None:
    """CONSULT of one who informs "his counterpart" / "his host" / "his Italian colleague" in a readout of
    talks: briefer → the side that word stands for (the state of a demonym before it, else the meeting's
    other sides). The briefer is the actor named before the verb, else the speaker; a briefer who is not
    one of the meeting's sides, or a counterpart with no side known, is not read."""
    tokens, units = view.tokens, view.units
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if tok.norm not in _BRIEFING or k + 2 >= n or tokens[k + 1].norm not in _OWN:
            continue
        j = k + 2
        named: str | None = None
        if tokens[j].norm not in _OPPOSITES and j + 1 < n:
            named = view.demonym(tokens[j].text) if tokens[j].text[:1].isupper() else None
            j += 1
        if tokens[j].norm not in _OPPOSITES:
            continue
        if j + 1 < n and tokens[j + 1].norm in _OWN_CIRCLE:
            continue  # "told his colleague in the government": one's own circle, a domestic briefing
        floor = clause_floor(tokens, k)
        briefer = next(
            (u.code for u in reversed(units) if floor <= u.tok_start and u.tok_end <= k and _coded(u)),
            view.speaker,
        )
        if briefer is None:
            continue
        if named is not None and named.isupper():
            others: tuple[str, ...] = (named,) if named != briefer else ()
        else:
            sides = _meeting_sides(view)
            others = tuple(c for c in dict.fromkeys(sides) if c != briefer) if briefer in sides else ()
        polarity = _polarity(view, k)
        if not others or polarity is None:
            continue
        roles = Roles((briefer,), others, (tok.start, tokens[j].end))
        return Finding(EventType.CONSULT, "", roles, polarity, tok.start, tok.end, tok.text)
    return None


_TALKED = _TALK_NOUNS | _DISCUSSED
_WORKED = _COOPERATING | _TOGETHER_VERBS | _PROJECT_VERBS
"""Word sets :func:`may_read` tests joined, once for all sentences."""
_FIRST_WORDS = _EXCHANGE | _DRAW | _WE | _STRIKES | _SPOKE | _BRIEFING | {"agenda", "joint", "welcome"}
"""The first word set of each test in :func:`may_read`: a sentence with none of them passes no test."""
