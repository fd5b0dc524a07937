"""Coder stage 6c, statement readers: accords told without a word of agreeing (AGREE).

Official readouts say that two sides agree, or are ready to work with others, in words no trigger of the
pattern table carries:

* :func:`shared_position` — two sides holding one position: "Brazil and India had the same attitude to the
  reform of trade rules", "Paris and Berlin share a common position on ...", "our positions on the
  Korean issue coincide", "the views of Russia and India on Afghanistan are very close". The sides are the
  pair named (both as source), or for "our"/"their"/"the two countries'" the speaker and the meeting's
  sides. A negation ("did not share", "do not coincide"), a condition or a supposition ("if our positions
  coincided", "might have the same view") reads nothing; nor does a position held by one side alone.
* :func:`stance_on_cooperation` — two sides' stance that their cooperation must grow: "The Chilean and
  Peruvian sides proceed from the premise that cooperation on fishing must be widened", "the talks showed the
  two countries' desire to expand their contacts". Both sides are the source.
* :func:`readiness_with_all` — the speaker's readiness to work with every country ("with every nation we
  are prepared to hold an honest dialogue and develop ties"): a commitment of the speaker's state
  (source only; no one in particular is its target).
* :func:`plans_outlined` — plans of joint work mapped out by the sides ("We ... outlined long-term
  cooperation plans", "The two leaders mapped out a programme of bilateral cooperation"). The source is the
  speaker and the meeting's sides for "we", the pair named, or the meeting's sides for "they"/"the sides".
  Plans of one side ("The minister outlined the government's plans for reform") read nothing.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence, Set

from detente.coding.actors import ActorKind
from detente.coding.commitments import CommitmentView
from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import Token, norms_of, words
from detente.coding.polarity import polarity_of
from detente.coding.roles import Roles, clause_floor
from detente.coding.statements import Finding
from detente.coding.units import Unit

__all__ = [
    "generic_partners",
    "may_read",
    "plans_outlined",
    "readiness_with_all",
    "shared_position",
    "speaks_of_partners",
    "stance_on_cooperation",
]

_NEGATIONS = words("not n't never no nor neither cannot far")
_CONDITIONS = words("if unless whether would could might may hope hopes hoped wish whenever once")
_STOPS = words(". ; ? ! but while whereas although though however")


def _is_side(view: CommitmentView, code: str | None) -> bool:
    if code is None or not code.isupper() or view.dictionary is None:
        return False
    return view.dictionary.code_kinds.get(code) in (ActorKind.STATE, ActorKind.ORG)


def _meeting_sides(view: CommitmentView, *, with_speaker: bool) -> tuple[str, ...]:
    """The speaker (for "we", "our") and the sides of the meeting the document reports, when two or more."""
    first = (view.speaker,) if with_speaker and view.speaker and _is_side(view, view.speaker) else ()
    sides = tuple(dict.fromkeys((*first, *(c for c in view.participants if _is_side(view, c)))))
    return sides if len(sides) >= 2 else ()


def _pairs(view: CommitmentView, lo: int = 0, hi: int | None = None) -> list[tuple[Unit, Unit]]:
    """Two sides joined by "and" ("Russia and China", "the Russian and Turkish sides", "Moscow and the
    United States") within tokens ``[lo, hi)``."""
    tokens = view.tokens
    hi = len(tokens) if hi is None else hi
    inside = [u for u in view.units if lo <= u.tok_start and u.tok_end <= hi and _is_side(view, u.code)]
    out: list[tuple[Unit, Unit]] = []
    for a, b in itertools.pairwise(inside):
        between = [t.norm for t in tokens[a.tok_end : b.tok_start]]
        if a.code != b.code and "and" in between and all(w in ("and", "the", ",") for w in between):
            out.append((a, b))
    return out


def _clear(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """No negation, condition, supposition or clause break among tokens ``[lo, hi)``."""
    return not any(t.norm in _NEGATIONS or t.norm in _CONDITIONS or t.norm in _STOPS for t in tokens[lo:hi])


def _asserted(view: CommitmentView, at: int) -> bool:
    tokens = view.tokens
    floor = clause_floor(tokens, at)
    if any(t.norm in _CONDITIONS for t in tokens[floor:at]):
        return False
    return polarity_of(tokens, at, view.patterns, floor=floor) is Polarity.ASSERTED


def _finding(sides: tuple[str, ...], target: tuple[str, ...], lo: Token, hi: Token, word: str) -> Finding:
    roles = Roles(sides, target, (lo.start, hi.end), mutual=not target and len(sides) > 1)
    return Finding(EventType.AGREE, "", roles, Polarity.ASSERTED, lo.start, hi.end, word)


# --- one position held by two sides ---------------------------------------------------------------------

_HOLD = words("have has had share shares shared sharing hold holds held take takes took adopt adopted")
_SAME = words(
    "same identical similar common close aligned coinciding like-minded consonant concurring matching "
    "shared unified coordinated"
)
_POSITION = words(
    "position positions attitude attitudes view views approach approaches stance stances assessment "
    "assessments opinion opinions outlook vision understanding line"
)
_QUALIFIERS = words(
    "the a an very quite largely fully absolutely completely basically essentially practically almost "
    "much virtually entirely and or moral principled firm consistent well-coordinated “ ” \" ' ‘ ’ «"
)
_BETWEEN_SUBJECT = words(
    "sides leaders presidents countries states delegations governments ministers parties both also , he she "
    "they said says noted stressed added emphasised emphasized pointed out it have has always long "
    'traditionally now still ‘ ’ “ ” "'
)
_SAYING = words("said says say added noted stressed told emphasised emphasized pointed")
_COINCIDE = words("coincide coincides coincided converge converges converged match matched overlap overlaps")
_BE = words("are were is was remain remained have has been")
_CLOSE = words("identical close similar same aligned near")
_OWNERS_OF_MEETING = words("their sides parties countries leaders presidents")


_ADVERBS = words("always long traditionally now still also fully largely basically")


def _subject_of(tokens: Sequence[Token], end: int, verb: int) -> bool:
    """The words between a subject ending at ``end`` and its verb at ``verb`` leave it the subject: only
    words of :data:`_BETWEEN_SUBJECT` ("sides", "he said"), or an aside between commas ("Russia and China,
    the minister noted, share ...")."""
    between = tokens[end:verb]
    if all(t.norm in _BETWEEN_SUBJECT for t in between):
        return True
    return (
        len(between) >= 3
        and between[0].norm == ","
        and between[-1].norm == ","
        and not any(t.norm in _NEGATIONS or t.norm in _STOPS or t.norm == "that" for t in between)
    )


def _same_noun(tokens: Sequence[Token], at: int, *, shared: bool = False) -> int | None:
    """The position noun that a "the same|identical|aligned ..." phrase starting at ``at`` ends on; after
    "share" no such word is needed ("shared a principled position")."""
    k = at
    seen_same = shared
    while k < min(len(tokens), at + 7):
        norm = tokens[k].norm
        if norm in _SAME:
            seen_same = True
        elif norm in _POSITION and seen_same:
            return k
        elif norm not in _QUALIFIERS:
            return None
        k += 1
    return None


def _held_by_pair(view: CommitmentView) -> Finding | None:
    """Two sides holding one position: "Brazil and India had the same attitude to ...", "we share identical
    views" (said at a meeting)."""
    tokens = view.tokens
    subjects: list[tuple[tuple[str, ...], int, int]] = [
        ((a.code or "", b.code or ""), a.tok_start, b.tok_end) for a, b in _pairs(view)
    ]
    for i, tok in enumerate(tokens):
        if tok.norm == "we" and tok.text[:1] in "Ww":
            sides = _meeting_sides(view, with_speaker=True)
            if sides:
                subjects.append((sides, i, i + 1))
    for sides, lo, end in subjects:
        hold = next((k for k in range(end, min(end + 9, len(tokens))) if tokens[k].norm in _HOLD), None)
        while hold is not None and hold + 1 < len(tokens) and tokens[hold + 1].norm in _HOLD | _ADVERBS:
            hold += 1  # "have always shared"
        while hold is not None and tokens[hold].norm in _ADVERBS:
            hold -= 1
        if hold is None or not _subject_of(tokens, end, hold):
            continue
        if any(t.norm in _SAYING for t in tokens[:hold]):
            continue  # "He said Brazil and India had the same attitude": whose statement it is varies
        noun = _same_noun(tokens, hold + 1, shared=tokens[hold].norm.startswith("shar"))
        if noun is None or not _clear(tokens, end, noun) or not _asserted(view, hold):
            continue
        return _finding(sides, (), tokens[lo], tokens[noun], tokens[hold].text)
    return None


def _owners(view: CommitmentView, noun: int) -> tuple[tuple[str, ...], int] | None:
    """Whose the position noun at ``noun`` is: "our" (speaker and meeting), "their", "the sides'" (the
    meeting), "of Russia and India" or "Russian and Chinese" (the pair); with the first token of the phrase."""
    tokens = view.tokens
    k = noun - 1
    while k >= 0 and tokens[k].norm in ("'", "'s", "respective", "basic", "main", "principal", "two", "both"):
        k -= 1
    if k >= 0 and tokens[k].norm == "our":
        sides = _meeting_sides(view, with_speaker=True)
        return (sides, k) if sides else None
    if k >= 0 and tokens[k].norm in _OWNERS_OF_MEETING:
        sides = _meeting_sides(view, with_speaker=False)
        lo = k - 2 if k >= 2 and tokens[k - 1].norm in ("two", "both") else k
        return (sides, max(lo, 0)) if sides else None
    for a, b in _pairs(view, max(0, noun - 6), noun):
        if noun - b.tok_end <= 2:
            return ((a.code or "", b.code or ""), a.tok_start)
    if noun + 1 < len(tokens) and tokens[noun + 1].norm == "of":
        for a, b in _pairs(view, noun + 2, min(len(tokens), noun + 9)):
            if a.tok_start - noun <= 3:
                return ((a.code or "", b.code or ""), noun)
    return None


def _coinciding(view: CommitmentView) -> Finding | None:
    """Positions that coincide: "our positions coincide", "the views of Russia and India on Afghanistan are
    very close"."""
    tokens = view.tokens
    for i, tok in enumerate(tokens):
        if tok.norm not in _POSITION or tok.norm in ("line", "understanding", "vision"):
            continue
        owners = _owners(view, i)
        if owners is None:
            continue
        sides, lo = owners
        for k in range(i + 1, min(i + 16, len(tokens))):
            norm = tokens[k].norm
            if norm in _STOPS or norm == ",":
                break
            end = k if norm in _COINCIDE else None
            if norm in _BE:
                end = next(
                    (n for n in range(k + 1, min(k + 4, len(tokens))) if tokens[n].norm in _CLOSE), None
                )
                if end is not None and end + 1 < len(tokens) and tokens[end + 1].norm in ("to", "at", "by"):
                    end = None  # "is close to the border": a place
            if end is None:
                continue
            if not _clear(tokens, lo, end + 1) or not _asserted(view, k):
                break
            return _finding(sides, (), tokens[lo], tokens[k], tokens[k].text)
    return None


def shared_position(view: CommitmentView) -> Finding | None:
    """Two sides holding one position (see the module docstring)."""
    if _POSITION.isdisjoint(norms_of(view.tokens)):
        return None
    return _held_by_pair(view) or _coinciding(view)


# --- two sides' stance that their cooperation must grow -------------------------------------------------

_STANCE = words(
    "proceed proceeded believe believed convinced confident consider considered hold held think thought "
    "agree agreed feel felt"
)
_COOPERATION = words(
    "cooperation co-operation interaction coordination contacts dialogue ties partnership collaboration "
    "exchanges"
)
_MODAL = words("must should will would need needs has have ought")
_GROWN = words(
    "ramped stepped expanded intensified strengthened deepened developed enhanced increased boosted "
    "broadened promoted scaled built continued extended"
)
_GROW = words(
    "ramp step expand intensify strengthen deepen develop enhance increase boost broaden promote scale "
    "build continue extend"
)
_WISH = words("desire wish intention readiness willingness determination resolve aspiration aspirations")


_OWN_WORK = words(
    "the their our bilateral mutual mutually beneficial joint further closer practical all-round economic trade "
    "and up multifaceted comprehensive overall"
)


def _own_cooperation(tokens: Sequence[Token], verb: int, noun: int) -> bool:
    """Token ``noun`` is a word of cooperation (:data:`_COOPERATION`) the sides grow themselves, after the
    verb at ``verb`` with only words of their own joint work between ("step up their mutually beneficial
    contacts"); a dialogue of others ("promote the intra-Syrian political dialogue") is none."""
    if tokens[noun].norm not in _COOPERATION:
        return False
    return all(t.norm in _OWN_WORK for t in tokens[verb + 1 : noun])


def _must_grow(tokens: Sequence[Token], lo: int) -> tuple[int, int] | None:
    """From token ``lo``: "cooperation ... must be ramped up" or "(they) should step up ... cooperation";
    the cooperation noun and the verb."""
    stop = next((k for k in range(lo, len(tokens)) if tokens[k].norm in _STOPS), len(tokens))
    for k in range(lo, stop):
        if tokens[k].norm in _MODAL:
            after = [t.norm for t in tokens[k + 1 : k + 5]]
            if any(w in _NEGATIONS for w in after[:2]):
                return None
            for j in range(k + 1, min(k + 5, stop)):
                if tokens[j].norm in _GROWN and "be" in after:
                    noun = next((n for n in range(lo, k) if tokens[n].norm in _COOPERATION), None)
                    if noun is not None:
                        return noun, j
                if tokens[j].norm in _GROW:
                    noun = next(
                        (n for n in range(j + 1, min(j + 6, stop)) if _own_cooperation(tokens, j, n)), None
                    )
                    if noun is not None:
                        return noun, j
    return None


def _wish_of_sides(view: CommitmentView) -> Finding | None:
    """The sides' wish to grow their cooperation: "the two countries' desire to step up their contacts"."""
    tokens = view.tokens
    for i, tok in enumerate(tokens):
        if tok.norm not in _WISH or i < 2 or i + 2 >= len(tokens) or tokens[i + 1].norm != "to":
            continue
        if tokens[i + 2].norm not in _GROW:
            continue
        noun = next(
            (n for n in range(i + 3, min(i + 8, len(tokens))) if _own_cooperation(tokens, i + 2, n)), None
        )
        if noun is None or not _clear(tokens, i, noun):
            continue
        owners = _owners(view, i)
        if owners is None:
            continue
        sides, lo = owners
        if not _clear(tokens, clause_floor(tokens, i), i) or not _asserted(view, i):
            continue
        return _finding(sides, (), tokens[lo], tokens[noun], tok.text)
    return None


_STRESSED = words(
    "stressed stress underlined underline emphasised emphasized emphasise emphasize noted note highlighted "
    "pointed recognised recognized agreed"
)
_NEED = words("need necessity")
_JOIN = words("coordinate coordinating join joining pool pooling combine combining unite uniting")
_EFFORTS = words("efforts effort actions steps")
_GROUP_SUBJECTS = words("they sides parties leaders presidents delegations ministers")


def _need_stressed(view: CommitmentView) -> Finding | None:
    """ "They stressed the need to align their steps to ...", "the two premiers underlined the importance
    of widening cooperation": the sides of the meeting (or the pair named) agree on joint work."""
    tokens = view.tokens
    for i, tok in enumerate(tokens):
        if tok.norm not in _STRESSED or i == 0:
            continue
        k = i + 1
        while k < len(tokens) and tokens[k].norm in ("out", "to", "the", "a", "urgent", "pressing", "great"):
            k += 1
        if (
            k + 2 >= len(tokens)
            or tokens[k].norm not in _NEED
            or tokens[k + 1].norm not in ("to", "of", "for")
        ):
            continue
        verb = k + 2
        while verb < len(tokens) and tokens[verb].norm in ("further", "closer", "more", "jointly", "a"):
            verb += 1
        if verb >= len(tokens):
            continue
        norm = tokens[verb].norm
        joint = norm in _COOPERATION or (
            norm in _JOIN
            and not _EFFORTS_OR_COOPERATION.isdisjoint(t.norm for t in tokens[verb + 1 : verb + 4])
        )
        if not joint and (norm in _GROW or norm[:-3] in _GROW or norm.endswith("ing")):
            joint = any(
                _own_cooperation(tokens, verb, n) for n in range(verb + 1, min(verb + 5, len(tokens)))
            )
        if not joint:
            continue
        floor = clause_floor(tokens, i)
        sides = _stressing_sides(view, floor, i)
        if not sides or not _clear(tokens, floor, verb) or not _asserted(view, i):
            continue
        return _finding(sides, (), tokens[max(floor, i - 1)], tokens[verb], tok.text)
    return None


def _stressing_sides(view: CommitmentView, floor: int, verb: int) -> tuple[str, ...]:
    """Who stressed it: the pair named before ``verb``, "we" (the speaker and the meeting's sides), or
    "they", "both sides", "the leaders" (the meeting's sides); anyone else named makes it no accord."""
    tokens = view.tokens
    pairs = _pairs(view, floor, verb)
    if pairs:
        a, b = pairs[-1]
        return (a.code or "", b.code or "")
    if any(
        u.code and u.kind not in ("participants", "pronoun") and floor <= u.tok_start < verb
        for u in view.units
    ):
        return ()  # "Russia stressed the need ...": one side's own words
    before = {t.norm for t in tokens[floor:verb]}
    if "we" in before:
        return _meeting_sides(view, with_speaker=True)
    if before & _GROUP_SUBJECTS:
        return _meeting_sides(view, with_speaker=False)
    return ()


_COOPERATION_OR_JOIN = _COOPERATION | _JOIN
_EFFORTS_OR_COOPERATION = _EFFORTS | _COOPERATION


def stance_on_cooperation(view: CommitmentView) -> Finding | None:
    """Two sides' stance that their cooperation must grow (see the module docstring)."""
    tokens = view.tokens
    if _COOPERATION_OR_JOIN.isdisjoint(norms_of(tokens)):
        return None
    for a, b in _pairs(view):
        stance = next(
            (k for k in range(b.tok_end, min(b.tok_end + 5, len(tokens))) if tokens[k].norm in _STANCE), None
        )
        if stance is None or not _clear(tokens, b.tok_end, stance + 1):
            continue
        if any(tokens[k].norm not in _BETWEEN_SUBJECT | _BE for k in range(b.tok_end, stance)):
            continue
        found = _must_grow(tokens, stance + 1)
        if found is None or not _asserted(view, stance):
            continue
        noun, verb = found
        if not _clear(tokens, stance + 1, min(noun, verb)):
            continue
        sides = (a.code or "", b.code or "")
        return _finding(sides, (), tokens[a.tok_start], tokens[max(noun, verb)], tokens[stance].text)
    return _wish_of_sides(view) or _need_stressed(view)


# --- the speaker's readiness to work with every country -------------------------------------------------

_EVERY = words("every all any other")
_COUNTRIES = words("country countries state states nation nations")
_READY = words("ready prepared willing open")
_READY_AUX = words("are 're remain always also still will")
_JOINT_WORK = words("cooperate co-operate cooperation co-operation dialogue interact interaction partnership")


def generic_partners(tokens: Sequence[Token]) -> bool:
    """The sentence names foreign partners in general: "with every country", "with all states", "with
    other nations", "foreign partners"."""
    for i in range(len(tokens) - 1):
        if (
            tokens[i].norm in _EVERY
            and tokens[i + 1].norm in _COUNTRIES
            and "with" in (t.norm for t in tokens[max(0, i - 2) : i])
        ):
            return True
        if tokens[i].norm in ("foreign", "international") and tokens[i + 1].norm in ("partner", "partners"):
            return True
    return False


def speaks_of_partners(tokens: Sequence[Token]) -> bool:
    """The speaker's words are about foreign partners though none is named: partners in general (see
    :func:`generic_partners`) with a word of joint work ("with every country we are ready to build
    cooperation"). A speaker's lone commitment in such words is no domestic business. ("Bilateral"
    business alone, "we outlined bilateral cooperation plans", was tried: the speaker's side alone is the
    wrong source for what both sides did.)"""
    norms = norms_of(tokens)
    if not norms & (_JOINT_WORK | _JOINT):
        return False  # "with every country we are ready to": no joint work told
    return generic_partners(tokens)


def readiness_with_all(view: CommitmentView) -> Finding | None:
    """The speaker's readiness to work with every country (see the module docstring)."""
    speaker = view.speaker
    tokens = view.tokens
    if speaker is None or not _is_side(view, speaker) or not generic_partners(tokens):
        return None
    for i, tok in enumerate(tokens):
        if tok.norm != "we" or i + 3 >= len(tokens):
            continue
        k = i + 1
        while k < len(tokens) and tokens[k].norm in _READY_AUX:
            k += 1
        if k >= len(tokens) or tokens[k].norm not in _READY or tokens[k - 1].norm == "will":
            continue
        if k + 1 >= len(tokens) or tokens[k + 1].norm not in ("to", "for"):
            continue
        work = next(
            (n for n in range(k + 2, min(k + 12, len(tokens))) if tokens[n].norm in _JOINT_WORK), None
        )
        if work is None or not _clear(tokens, i, work) or not _asserted(view, k):
            continue
        return _finding((speaker,), (), tok, tokens[work], tokens[k].text)
    return None


# --- plans of joint work mapped out -----------------------------------------------------------------------

_OUTLINED = words("outlined mapped charted drew drafted sketched set")
_PLANS = words("plans plan roadmap road-map programme program agenda prospects steps measures priorities")
_JOINT = words("cooperation co-operation joint bilateral partnership interaction collaboration mutually")


def plans_outlined(view: CommitmentView) -> Finding | None:
    """Plans of joint work mapped out by the sides (see the module docstring)."""
    tokens = view.tokens
    for i, tok in enumerate(tokens):
        if tok.norm not in _OUTLINED or i == 0:
            continue
        if tok.norm == "set" and (i + 1 >= len(tokens) or tokens[i + 1].norm != "out"):
            continue
        if tok.norm in ("mapped", "drew") and (
            i + 1 >= len(tokens) or tokens[i + 1].norm not in ("out", "up")
        ):
            continue
        plan = next((n for n in range(i + 1, min(i + 7, len(tokens))) if tokens[n].norm in _PLANS), None)
        if plan is None:
            continue
        window = [t.norm for t in tokens[i + 1 : min(plan + 5, len(tokens))]]
        if not any(w in _JOINT for w in window):
            continue
        sides = _plan_makers(view, i)
        if not sides or not _clear(tokens, clause_floor(tokens, i), i) or not _asserted(view, i):
            continue
        return _finding(sides, (), tokens[max(0, i - 1)], tokens[plan], tok.text)
    return None


def _plan_makers(view: CommitmentView, verb: int) -> tuple[str, ...]:
    """Who outlined the plans: the subject of the clause before ``verb`` ("we", a pair, "they", "the
    sides", "the two leaders")."""
    tokens = view.tokens
    floor = clause_floor(tokens, verb)
    pairs = _pairs(view, floor, verb)
    if pairs:
        a, b = pairs[-1]
        return (a.code or "", b.code or "")
    before = [t.norm for t in tokens[floor:verb]]
    if "we" in before:
        sides = _meeting_sides(view, with_speaker=True)
        if sides:
            return sides
        return ()  # the speaker's side alone would be half the source of the plans of two
    if any(w in ("they", "sides", "parties", "leaders", "presidents", "delegations") for w in before):
        return _meeting_sides(view, with_speaker=False)
    return ()


def may_read(norms: Set[str]) -> bool:
    """Whether the sentence's words (lower-cased) may hold an accord these readers find, for the coder's
    quick test of sentences that no trigger word may match."""
    return bool(
        (not _POSITION.isdisjoint(norms) and not _ALIKE.isdisjoint(norms))
        or (
            not _COOPERATION.isdisjoint(norms)
            and not _GROWING.isdisjoint(norms)
            and not _STANCE_OR_WISH.isdisjoint(norms)
        )
        or (not _PLANS.isdisjoint(norms) and not _OUTLINED.isdisjoint(norms))
        or (not _NEED.isdisjoint(norms) and not _JOINED.isdisjoint(norms) and not _STRESSED.isdisjoint(norms))
        or (
            not _READY.isdisjoint(norms) and not _COUNTRIES.isdisjoint(norms) and not _EVERY.isdisjoint(norms)
        )
    )


_ALIKE = _COINCIDE | _SAME | _CLOSE
_GROWING = _GROWN | _GROW
_STANCE_OR_WISH = _STANCE | _WISH
_JOINED = _JOIN | _GROW | _COOPERATION
"""Word sets :func:`may_read` tests joined, once for all sentences."""
