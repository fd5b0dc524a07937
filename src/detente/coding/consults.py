"""Coder stage 6b, a statement reader: meetings told indirectly in official readouts (CONSULT).

Readouts often tell a meeting between states without a verb of meeting whose subject and object are the two
sides. Three families are read here, each only when the sentence has no CONSULT yet:

* :func:`briefed_on_own_trip` — one side reports to its own leader on its trip abroad: "The Foreign Minister
  informed the President about the outcome of his visit to Chile", "the envoy briefed the Premier on his
  recent journey to Peru". The briefing is domestic (no CONSULT between states); the visit it reports is one:
  briefer → the side visited. A briefing of another state's leader ("Putin informed Bush about his visit to
  Turkey") is already a CONSULT with that leader and is left alone; so is a trip only spoken about ("dwelt on
  the results of his visit"), and so are one's talks or meeting with another side reported home ("briefed the
  Premier on how his meeting with the OSCE chair had gone"), which the gold does not code.
* :func:`discussed_with` — a topic discussed with another side, told in the passive: "adding that Libya had
  been discussed with the Italian Prime Minister", "the pipeline question had been discussed during his
  talks with the Chilean President" → a joint CONSULT of the one who says so (the sayer before, else
  the speaker) and that side. "will be discussed with" keeps its future polarity; "was discussed by" is the
  ordinary passive and not read here.
* :func:`we_talked` — in the statements after talks (the document's meeting of two sides, the speaker one
  of them), the speaker's "we talked about ..." / "we spoke about ...", or a sentence of the speaker's that
  codes nothing else and places what it says "in our exchange of views", "during our talks": both sides'
  CONSULT. A "we" with a modal ("we can talk about") offers, not reports; outside such a document "we" may
  be the speaker's own government and is never read.

Not read: a meeting named by its pair as a topic ("informed Berlusconi about Russian-US talks", "the results
of the Russian-American summit") — the gold codes no CONSULT for the pair there.
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


class MeetingView(SentenceView, Protocol):
    """What these readers see of a sentence: its words and actors, and the document's meeting."""

    @property
    def participants(self) -> tuple[str, ...]: ...

    @property
    def reported_meeting(self) -> bool: ...


_BRIEF_VERBS = words(
    "informed informs inform briefed briefs brief told tells tell reported reports report updated updates update"
)
_ABOUT = words("about on of")
_RESULTS = words("results result outcome outcomes progress course")
_OWNERS = words("his her their its")
_TRIP_NOUNS = words("visit visits trip trips tour journey")
_TRIP_FILLERS = words(
    "recent latest official working state first second last previous foreign overseas just-completed "
    "separate short two-day three-day one-day and"
)
_TALK_TO = words("to in")
_STATE_KINDS = frozenset({"state", "org", "person", "title", "metonym", "demonym"})
_REACH = 14
"""Words between the briefing verb and "his visit" at most ("informed the Head of State about the
outcome of his ...")."""


def _coded(unit: Unit) -> bool:
    return unit.code is not None and unit.code.isupper() and unit.kind in _STATE_KINDS


def briefed_on_own_trip(view: MeetingView) -> Finding | None:
    """CONSULT briefer → the side of the trip a domestic briefing reports (see the module docstring)."""
    tokens, units = view.tokens, view.units
    for k, tok in enumerate(tokens):
        if tok.norm not in _BRIEF_VERBS:
            continue
        subject = next(
            (
                u
                for u in reversed(units)
                if u.tok_end <= k
                and _coded(u)
                and not any(t.norm in (",", ";") for t in tokens[u.tok_end : k])
            ),
            None,
        )
        if subject is None or subject.code is None:
            continue
        found = _own_trip(tokens, units, k + 1)
        if found is None:
            continue
        at, other = found
        briefed = [u for u in units if k < u.tok_start < at and u.code is not None]
        if any(u.code != subject.code for u in briefed) or other.code in (None, subject.code):
            continue  # a foreign leader briefed is a CONSULT with that leader; one's own trip home is none
        polarity = polarity_of(tokens, k, view.patterns, floor=clause_floor(tokens, k))
        roles = Roles((subject.code,), (other.code,), (subject.start, other.end))
        return Finding(EventType.CONSULT, "visit", roles, polarity, tok.start, tok.end, tok.text)
    return None


def _own_trip(tokens: Sequence[Token], units: Sequence[Unit], start: int) -> tuple[int, Unit] | None:
    """After a briefing verb: "about|on [the results of] his [recent] visit|trip to X" — the token where
    "about/on" stands and X's unit."""
    stop = min(len(tokens), start + _REACH)
    for i in range(start, stop):
        if tokens[i].norm in (".", ";", "and", "that") and i > start:
            return None
        if tokens[i].norm not in _ABOUT:
            continue
        j = i + 1
        if j < len(tokens) and tokens[j].norm == "the":
            j += 1
        if j + 1 < len(tokens) and tokens[j].norm in _RESULTS and tokens[j + 1].norm == "of":
            j += 2
        if j >= len(tokens) or tokens[j].norm not in _OWNERS:
            continue
        j += 1
        while j < len(tokens) and tokens[j].norm in _TRIP_FILLERS:
            j += 1
        if j + 1 >= len(tokens):
            return None
        noun, prep = tokens[j].norm, tokens[j + 1].norm
        if not (noun in _TRIP_NOUNS and prep in _TALK_TO):
            return None
        after = j + 2
        while after < len(tokens) and tokens[after].norm == "the":
            after += 1
        other = next((u for u in units if u.tok_start == after and _coded(u)), None)
        return (i, other) if other is not None else None
    return None


_DISCUSSED = words("discussed raised considered addressed reviewed examined")
_PASSIVE_BE = words("was were been is are be being")
_SAYING = words(
    "said says added adding noted noting stressed stressing told explained explaining pointed emphasised "
    "emphasising underlined confirmed stated"
)


def discussed_with(view: MeetingView) -> Finding | None:
    """Joint CONSULT of the sayer and the side a topic "was discussed with" (see the module docstring)."""
    tokens, units = view.tokens, view.units
    for k, tok in enumerate(tokens):
        if tok.norm not in _DISCUSSED or k == 0:
            continue
        i = k - 1
        while i > 0 and tokens[i].norm in ("also", "already", "thoroughly", "extensively", "briefly"):
            i -= 1
        if tokens[i].norm not in _PASSIVE_BE:
            continue
        w = k + 1
        while w < len(tokens):
            if tokens[w].norm == "also":
                w += 1
            elif w + 1 < len(tokens) and (tokens[w].norm, tokens[w + 1].norm) in _MANNERS:
                w += 2
            else:
                break
        w = _during_talks(tokens, w)
        if w >= len(tokens) or tokens[w].norm != "with":
            continue
        after = w + 1
        while after < len(tokens) and tokens[after].norm == "the":
            after += 1
        other = next((u for u in units if u.tok_start == after and _coded(u)), None)
        if other is None:
            continue
        sayer = _sayer(tokens, units, k)
        if sayer is None and any(t.norm in _SAYING for t in tokens[:k]):
            continue  # "He said the bill was discussed with ...": someone not named says so, not the speaker
        source = sayer.code if sayer is not None else view.speaker
        if source is None or source == other.code or other.code is None:
            continue
        polarity = polarity_of(tokens, k, view.patterns, floor=clause_floor(tokens, k))
        lo = sayer.start if sayer is not None else tok.start
        roles = Roles((source, other.code), (), (lo, other.end), mutual=True)
        return Finding(EventType.CONSULT, "", roles, polarity, tok.start, tok.end, tok.text)
    return None


_DURING = words("during at in")
_MANNERS = frozenset({("in", "detail"), ("at", "length")})
_TALK_OWNERS = words("his her their its the today's yesterday's")


def _during_talks(tokens: Sequence[Token], w: int) -> int:
    """The token after "during his talks" / "at the meeting" / "in the telephone conversation" at ``w`` (so
    that "with X" follows: "had been discussed during his talks with the Chilean President ..."), else
    ``w``."""
    if w + 2 >= len(tokens) or tokens[w].norm not in _DURING or tokens[w + 1].norm not in _TALK_OWNERS:
        return w
    j = w + 2
    if tokens[j].norm not in _JUDGED_MEETINGS and j + 1 < len(tokens):
        j += 1  # "during the telephone conversation", "at his recent meeting"
    return j + 1 if tokens[j].norm in _JUDGED_MEETINGS else w


def _sayer(tokens: Sequence[Token], units: Sequence[Unit], index: int) -> Unit | None:
    """The subject of the last saying verb before ``index`` ("Mr Putin ..., adding that ..."): the first
    coded actor of the sentence when it stands before that verb."""
    said = [i for i in range(index) if tokens[i].norm in _SAYING]
    if not said:
        return None
    first = next((u for u in units if _coded(u)), None)
    if first is None or first.tok_end > said[-1] or first.tok_start > 2:
        return None
    return first


_WE_TALK = words("talked spoke")
_TALK_ABOUT = words("about of")
_WE_FILLERS = words("also have had then further already briefly at length extensively in detail again today")
_OUR_MEETINGS = {
    "talks",
    "conversation",
    "discussion",
    "discussions",
    "negotiations",
    "consultations",
    "exchange",
}
_OUR_PREPOSITIONS = words("in during")
_ABILITY = words("can could may might would should must")


def _both_sides(view: MeetingView) -> bool:
    participants = view.participants
    return bool(view.reported_meeting and len(participants) == 2 and view.speaker in participants)


def we_talked(view: MeetingView, *, alone: bool) -> Finding | None:
    """Both sides' CONSULT told by the speaker's "we talked about" / "in our exchange of views" in the
    statements after talks (see the module docstring); ``alone``: the sentence codes no other event."""
    if not _both_sides(view):
        return None
    tokens = view.tokens
    for k, tok in enumerate(tokens):
        if tok.norm in _WE_TALK and k + 1 < len(tokens) and tokens[k + 1].norm in _TALK_ABOUT:
            i = k - 1
            while i >= 0 and tokens[i].norm in _WE_FILLERS:
                i -= 1
            if i < 0 or tokens[i].norm != "we":
                continue
            if any(
                u.code == view.speaker and u.tok_start > k and tokens[u.tok_start - 1].norm in ("with", "the")
                for u in view.units
            ):
                continue  # "we talked about it with the Prime Minister": the speaker's own side
            return _both(view, tokens[i], k)
        if alone and tok.norm in _OUR_PREPOSITIONS and k + 2 < len(tokens) and tokens[k + 1].norm == "our":
            j = k + 2
            if tokens[j].norm in ("today's", "recent") and j + 1 < len(tokens):
                j += 1
            noun = tokens[j].norm
            if noun not in _OUR_MEETINGS:
                continue
            if noun == "exchange" and not (j + 1 < len(tokens) and tokens[j + 1].norm == "of"):
                continue
            if not any(t.norm == "we" for t in tokens[:k]) and not any(t.norm == "we" for t in tokens[j:]):
                continue  # "in our talks" in a sentence about someone else
            return _both(view, tok, j)
    return None


def _both(view: MeetingView, first: Token, k: int) -> Finding | None:
    tokens = view.tokens
    if any(t.norm in _ABILITY for t in tokens[max(0, k - 3) : k]):
        return None  # "we can talk about": an offer
    polarity = polarity_of(tokens, k, view.patterns, floor=clause_floor(tokens, k))
    if polarity is Polarity.HYPOTHETICAL:
        return None
    roles = Roles(view.participants, (), (first.start, tokens[k].end), mutual=True)
    return Finding(EventType.CONSULT, "", roles, polarity, tokens[k].start, tokens[k].end, tokens[k].text)


_JUDGED_MEETINGS = words(
    "talks conversation meeting negotiations consultations discussion discussions contacts"
)
_MEETING_OPENERS = words("the his her their my our its today's yesterday's recent latest last")
_JUDGING_VERBS = words(
    "described describes describe called calls call assessed assesses termed terms characterised characterises "
    "characterized characterizes evaluated evaluates rated rates"
)
_HOW_IT_WENT = words(
    "frank constructive useful productive candid substantive fruitful businesslike difficult tense detailed "
    "thorough intensive open friendly cordial warm lengthy forthright positive good successful meaningful "
    "long tough hard serious professional pragmatic substantial interesting excellent"
)
_PAST_BE = words("was were")
_PERFECT_BE = words("had has have")
_DEGREE = words("very extremely quite rather most highly really not particularly so")
_OUTCOME_VERBS = words("reaffirmed confirmed showed demonstrated proved resulted")


def judged_meeting_with(view: MeetingView) -> Finding | None:
    """Joint CONSULT of the one who speaks of "the talks with X" and X, when the sentence tells how those
    talks went or what they showed: "Sherman said the talks with the Russian delegation had been frank",
    "He described the conversation with the American delegation as lengthy", "My recent talks with
    President Nazarbayev reaffirmed our mutual desire ...". Who speaks: the subject of the judging verb, the
    sayer before, the speaker ("my", "our"). Talks only planned, postponed or called off name no adjective
    of how they went and are not read."""
    tokens, units = view.tokens, view.units
    for k, tok in enumerate(tokens):
        if tok.norm not in _JUDGED_MEETINGS or k == 0 or k + 2 >= len(tokens) or tokens[k + 1].norm != "with":
            continue
        opener = k - 1
        if tokens[opener].norm in _MEETING_OPENERS - words("the his her their my our its") and opener > 0:
            opener -= 1  # "my recent talks"
        if tokens[opener].norm not in _MEETING_OPENERS:
            continue
        after = k + 2
        while after < len(tokens) and tokens[after].norm == "the":
            after += 1
        other = next((u for u in units if u.tok_start == after and _coded(u)), None)
        if other is None or other.code is None:
            continue
        judge = opener - 1 if opener > 0 and tokens[opener - 1].norm in _JUDGING_VERBS else None
        if judge is None and not _went(tokens, other.tok_end):
            continue
        doer = _doer_before(tokens, units, judge if judge is not None else opener)
        source = doer.code if doer is not None else view.speaker
        if source is None or source == other.code:
            continue
        polarity = polarity_of(tokens, k, view.patterns, floor=clause_floor(tokens, k))
        if polarity is Polarity.HYPOTHETICAL:
            return None
        lo = doer.start if doer is not None else tokens[opener].start
        roles = Roles((source, other.code), (), (lo, other.end), mutual=True)
        return Finding(EventType.CONSULT, "", roles, polarity, tok.start, tok.end, tok.text)
    return None


def _went(tokens: Sequence[Token], start: int) -> bool:
    """After "the talks with X [in Geneva]": "were|had been [very] frank ...", or "reaffirmed|showed ..."."""
    i = start
    stop = min(len(tokens), start + 6)
    while i < stop and tokens[i].norm not in _PAST_BE | _PERFECT_BE | _OUTCOME_VERBS:
        if tokens[i].norm in (",", ";", "that", "which", "and", "but"):
            return False
        i += 1
    if i >= stop:
        return False
    if tokens[i].norm in _OUTCOME_VERBS:
        return True
    if tokens[i].norm in _PERFECT_BE:
        if i + 1 >= len(tokens) or tokens[i + 1].norm != "been":
            return False
        i += 1
    i += 1
    while i < len(tokens) and tokens[i].norm in _DEGREE:
        i += 1
    return i < len(tokens) and tokens[i].norm in _HOW_IT_WENT


def _doer_before(tokens: Sequence[Token], units: Sequence[Unit], index: int) -> Unit | None:
    """The coded actor that speaks of the talks: the nearest one before ``index`` in its clause, or the
    subject before a saying verb ("Sherman said the talks ...")."""
    floor = clause_floor(tokens, index)
    before = [u for u in units if u.tok_end <= index and _coded(u)]
    if not before:
        return None
    last = before[-1]
    gap = [t.norm for t in tokens[last.tok_end : index]]
    if last.tok_start >= floor or all(w in _SAYING or w in ("that", "also", "has", "had", ",") for w in gap):
        return last
    return None
