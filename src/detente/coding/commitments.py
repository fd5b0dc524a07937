"""Coder stage 6c, statement readers: commitments to future joint work that no trigger word carries (AGREE).

Official texts state a side's readiness to work with another in words that name no act the pattern table
codes, and readouts tell what the sides committed to without saying who spoke:

* :func:`joint_intent` — the speaker's "we" (or "Spain and Morocco", the speaker's side with another)
  committed to working together: "we will always work together", "we should join efforts", "I trust that
  we will continue to act in tandem", "we are ready to continue this dialogue", "Spain and Morocco can and
  should cooperate". The commitment is the speaker's (PLOVER AGREE), towards the other side the sentence
  names, else the side of the meeting the document reports. Only a will, a readiness or a "should" makes it
  a commitment: cooperation told in the past or present ("this enables us to work together") is none, and
  a negation ("we will not cooperate") or "must" (an exhortation: "we must pool our efforts") reads nothing.
  With no other side named or known it reads nothing: a speaker's lone cooperative words are mostly
  domestic business (see :func:`detente.coding.finalise.keep`).
* :func:`decided_passive` — a decision told without its makers: "it was decided that Norway would lend
  Poland two billion kroner" (the one who will act agrees, towards the other named), "it was decided to
  set up a fresh coordinating body" (the sides of the meeting the document reports agree together). With no
  side named or known it reads nothing ("It was decided to revise the programme": domestic business), and a
  hostile act decided ("it was decided to expel ...") is left to its own trigger.
* :func:`mutual_commitment` — a readout's agentless "mutual commitment" or stressed "necessity to honour
  the agreements" of the meeting's sides: "Stress was laid on the shared commitment to closer
  partnership", "The need to strictly observe Kazakh-Uzbek agreements ... was noted". The sides are the
  meeting's (two or more states or organisations, from the document or the sentence's "Russian-Turkish");
  a sentence naming any other actor reads nothing ("the need for Ukraine to honour the agreements" is a
  demand).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from typing import Protocol

from detente.coding.actors import ActorDictionary, ActorKind
from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import Token, norms_of, words
from detente.coding.polarity import polarity_of
from detente.coding.roles import Roles, clause_floor
from detente.coding.statements import Finding, SentenceView
from detente.coding.units import Unit

__all__ = ["decided_passive", "joint_intent", "mutual_commitment"]


class CommitmentView(SentenceView, Protocol):
    """What these readers see: the statement readers' view and the sides of the meeting reported."""

    @property
    def participants(self) -> tuple[str, ...]: ...

    @property
    def dictionary(self) -> ActorDictionary | None: ...

    @property
    def date(self) -> dt.date: ...


# --- joint work committed to ---------------------------------------------------------------------------

_WORK = words("work working act acting")
_TOGETHER = words("together jointly")
_CONCERT = words("concert tandem")
_EFFORT_VERBS = words("join joining combine combining pool pooling unite uniting coordinate coordinating")
_EFFORTS = words("efforts effort forces")
_COOPERATE = words("cooperate cooperating co-operate co-operating collaborate collaborating interact")
_CONTINUE = words("continue continuing pursue pursuing build building develop developing deepen expand")
_JOINT_NOUNS = words("dialogue cooperation co-operation contacts interaction partnership")
_POSSESSIVES = words("our this the such an a equal constructive close closer further joint bilateral")

_WILL = words("will shall 'll")
_READY = words("ready willing prepared")
_SHOULD = words("should")
_ADVERBS = words(
    "always also certainly definitely surely of course further still only then together both all jointly "
    "and can"
)
_NEGATIONS = words("not n't never no nor neither cannot")
_FIRST_PLURAL = words("we")


def _joint_head(tokens: Sequence[Token], i: int) -> int | None:
    """The last token of a phrase of joint work starting at ``i`` ("work together", "join efforts",
    "cooperate", "continue this dialogue", "build cooperation"), else ``None``."""
    norm = tokens[i].norm
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if norm in _WORK and nxt in _TOGETHER:
        return i + 1
    if norm in _WORK and nxt == "in" and i + 2 < len(tokens) and tokens[i + 2].norm in _CONCERT:
        return i + 2
    if norm in _COOPERATE:
        return i
    if norm in _EFFORT_VERBS:
        for k in range(i + 1, min(i + 3, len(tokens))):
            if tokens[k].norm in _EFFORTS:
                return k
            if tokens[k].norm not in ("our", "their", "the"):
                break
    if norm in _CONTINUE:
        for k in range(i + 1, min(i + 4, len(tokens))):
            if tokens[k].norm in _JOINT_NOUNS:
                return k
            if k + 1 < len(tokens) and _joint_head(tokens, k) is not None and tokens[k].norm != norm:
                return _joint_head(tokens, k)
            if tokens[k].norm not in _POSSESSIVES and tokens[k].norm != "to":
                break
    return None


def _commitment_before(tokens: Sequence[Token], head: int, subject_end: int) -> bool:
    """A will, a readiness or a "should" between the subject and the phrase of joint work, and no negation
    ("we will always", "we are ready to", "can and should", "we will continue to"); "must" is none."""
    between = [t.norm for t in tokens[subject_end:head]]
    if not between or any(w in _NEGATIONS for w in between) or "must" in between:
        return False
    cue = False
    for k, w in enumerate(between):
        if w in _WILL or w in _SHOULD or (w in _READY and between[k + 1 : k + 2] in (["to"], ["for"])):
            cue = True
        elif w in ("am", "are", "is", "be", "to", "continue", "'re") or w in _ADVERBS:
            continue
        else:
            return False
    return cue


def _in_brackets(tokens: Sequence[Token], at: int, end: int) -> bool:
    """Token ``at`` stands inside a parenthesis closed before ``end`` ("Spain and Morocco (and, indeed,
    all their neighbours) can and should cooperate")."""
    opened = next((k for k in range(at - 1, -1, -1) if tokens[k].norm in ("(", ")")), None)
    if opened is None or tokens[opened].norm != "(":
        return False
    return any(tokens[k].norm == ")" for k in range(at, end))


def _state_side(dictionary: ActorDictionary | None, code: str | None) -> bool:
    if code is None or not code.isupper() or dictionary is None:
        return False
    return dictionary.code_kinds.get(code) in (ActorKind.STATE, ActorKind.ORG)


def joint_intent(view: CommitmentView) -> Finding | None:
    """The speaker's commitment to joint work with another side (see the module docstring)."""
    speaker = view.speaker
    if speaker is None or not _state_side(view.dictionary, speaker):
        return None
    tokens = view.tokens
    for i in range(1, len(tokens)):
        head = _joint_head(tokens, i)
        if head is None:
            continue
        floor = clause_floor(tokens, i)
        before = [
            u
            for u in view.units
            if floor <= u.tok_start and u.tok_end <= i and not _in_brackets(tokens, u.tok_start, i)
        ]
        if not before:
            continue
        subject = before[-1]
        pair: tuple[Unit, ...] = (subject,)
        if subject.kind == "pronoun" and subject.text.lower() in _FIRST_PLURAL:
            pass
        elif (
            len(before) >= 2
            and subject.code == speaker
            and tokens[before[-2].tok_end].norm == "and"
            and before[-2].tok_end + 1 == subject.tok_start
        ):
            pair = (before[-2], subject)  # "Italy and Russia ... should cooperate", said by Russia
        elif (
            len(before) >= 2
            and before[-2].code == speaker
            and tokens[before[-2].tok_end].norm == "and"
            and before[-2].tok_end + 1 == subject.tok_start
        ):
            pair = (before[-2], subject)
        else:
            continue
        # the commitment cue after the subject; a parenthesis between ("(and the international
        # community in general)") is skipped
        end = pair[-1].tok_end
        while end < i and tokens[end].norm == "(":
            close = next((k for k in range(end, i) if tokens[k].norm == ")"), None)
            if close is None:
                break
            end = close + 1
        if not _commitment_before(tokens, i, end):
            continue
        others: list[str | None] = [u.code for u in pair if u.code and u.code != speaker]
        # the side worked with ("work together with China"), not what the work is for ("to strengthen the
        # CSTO")
        others += [
            u.code
            for u in view.units
            if u.tok_start > head
            and u.tok_start <= head + 3
            and tokens[u.tok_start - 1].norm in ("with", "the")
            and "with" in (t.norm for t in tokens[head + 1 : u.tok_start])
            and u.code != speaker
            and _state_side(view.dictionary, u.code)
        ][:1]
        target = tuple(dict.fromkeys(c for c in others if c))
        if not target:
            target = tuple(c for c in view.participants if c != speaker and _state_side(view.dictionary, c))
        if not target:
            return None  # no side to work with, named or known: left to the pattern rules
        polarity = polarity_of(tokens, i, view.patterns, floor=floor)
        if polarity is Polarity.NEGATED:
            return None
        if (
            polarity is Polarity.FUTURE
            or tokens[i - 1].norm in _SHOULD
            or "should" in (t.norm for t in tokens[end:i])
        ):
            polarity = Polarity.ASSERTED  # "we will work together": the commitment is stated now
        lo = min(u.start for u in pair)
        roles = Roles((speaker,), target, (lo, tokens[head].end))
        return Finding(
            EventType.AGREE, "", roles, polarity, tokens[i].start, tokens[head].end, tokens[i].text
        )
    return None


# --- decisions told without their makers -------------------------------------------------------------

_DECISION_BE = words("was has had been is")
_DECIDED = words("decided")
_HOSTILE_TYPES = frozenset(
    {
        EventType.ACCUSE,
        EventType.THREATEN,
        EventType.SANCTION,
        EventType.COERCE,
        EventType.ASSAULT,
        EventType.MOBILIZE,
        EventType.REJECT,
        EventType.PROTEST,
    }
)


def _decided_at(tokens: Sequence[Token]) -> tuple[int, str] | None:
    """Where "it was decided that|to" (or "the decision was taken|made to") ends, and its "that"/"to"."""
    for i, tok in enumerate(tokens):
        if tok.norm in _DECIDED and i >= 2 and i + 1 < len(tokens):
            j = i - 1
            while j >= 0 and tokens[j].norm in _DECISION_BE:
                j -= 1
            if j == i - 1 or j < 0 or tokens[j].norm != "it":
                continue
            if tokens[i + 1].norm in ("that", "to"):
                return i + 2, tokens[i + 1].norm
        if tok.norm in ("taken", "made") and i >= 2 and tokens[i - 1].norm in _DECISION_BE:
            j = i - 1
            while j >= 0 and tokens[j].norm in _DECISION_BE:
                j -= 1
            if j >= 0 and tokens[j].norm == "decision" and i + 1 < len(tokens) and tokens[i + 1].norm == "to":
                return i + 2, "to"
    return None


def decided_passive(view: CommitmentView, events: Sequence[object]) -> Finding | None:
    """A decision told without its makers (see the module docstring)."""
    if any(getattr(e, "event", None) in _HOSTILE_TYPES for e in events):
        return None
    tokens = view.tokens
    found = _decided_at(tokens)
    if found is None:
        return None
    at, word = found
    named = [
        u
        for u in view.units
        if u.tok_start >= at and _state_side(view.dictionary, u.code) and u.kind != "participants"
    ]
    before = [
        u for u in view.units if u.tok_end < at and u.code and u.kind not in ("pronoun", "participants")
    ]
    start, end = tokens[at - 2].start, tokens[at - 1].end
    polarity = polarity_of(tokens, at - 2, view.patterns, floor=clause_floor(tokens, at - 2))
    if polarity is not Polarity.ASSERTED:
        return None
    if word == "that" and len(named) >= 2 and named[0].code != named[1].code:
        # "it was decided that Norway would lend Poland ...": the one to act agrees, towards the other
        src, tgt = named[0].code or "", named[1].code or ""
        roles = Roles((src,), (tgt,), (start, named[1].end))
        return Finding(EventType.AGREE, "", roles, polarity, start, end, "decided")
    if named or before:
        return None
    sides = tuple(c for c in view.participants if _state_side(view.dictionary, c))
    if len(sides) < 2:
        return None
    roles = Roles(sides, (), (start, end), mutual=True)
    return Finding(EventType.AGREE, "", roles, polarity, start, end, "decided")


# --- a readout's mutual commitment ---------------------------------------------------------------------

_MUTUAL = words("mutual shared common")
_COMMITMENT = words("commitment commitments readiness willingness determination intention resolve")
_NEED = words("necessity need importance")
_HONOUR = words("honour honor implement observe fulfil fulfill respect comply abide")
_AGREEMENTS = words("agreements accords arrangements understandings commitments")
_STRESSED = words(
    "stressed emphasised emphasized underlined underscored noted highlighted reaffirmed confirmed made"
)


def mutual_commitment(view: CommitmentView) -> Finding | None:
    """A readout's agentless commitment of the meeting's sides (see the module docstring)."""
    tokens = view.tokens
    sides = tuple(c for c in view.participants if _state_side(view.dictionary, c))
    if len(sides) < 2:
        return None
    if _STRESSED.isdisjoint(norms_of(tokens)):
        return None
    for i in range(len(tokens) - 2):
        if (
            tokens[i].norm in _MUTUAL
            and tokens[i + 1].norm in _COMMITMENT
            and tokens[i + 2].norm in ("to", "in")
        ):
            # a commitment called mutual is the sides' own, whatever it is about ("the internal Ukrainian
            # crisis"); a named actor before it is the one who holds it, left to the pattern rules
            if any(u.code and u.tok_end <= i and u.kind != "participants" for u in view.units):
                return None
            return _mutual_finding(view, sides, i, i + 2)
        if tokens[i].norm in _NEED and tokens[i + 1].norm == "to" and not _other_actor(view, sides):
            k = i + 2
            while k < len(tokens) and tokens[k].norm in ("fully", "strictly", "further", "duly"):
                k += 1
            if k < len(tokens) and tokens[k].norm in _HONOUR and _own_agreements(view, sides, k + 1):
                return _mutual_finding(view, sides, i, k)
    return None


_OWN = words("bilateral mutual")
_REACHED = words("reached concluded signed achieved")


def _own_agreements(view: CommitmentView, sides: tuple[str, ...], at: int) -> bool:
    """The agreements after token ``at`` are the sides' own: named by their adjectives ("Russian-Turkish
    agreements"), called bilateral, or "reached" ("the agreements reached"); "the Minsk agreements", of
    other parties, are not."""
    tokens = view.tokens
    noun = next((k for k in range(at, min(at + 6, len(tokens))) if tokens[k].norm in _AGREEMENTS), None)
    if noun is None:
        return False
    if any(t.norm in _OWN for t in tokens[at:noun]):
        return True
    named = {u.code for u in view.units if at <= u.tok_start and u.tok_end <= noun and u.code}
    if len(named) >= 2 and named <= set(sides):
        return True
    return any(t.norm in _REACHED for t in tokens[noun + 1 : noun + 3]) and not any(
        t.is_word and t.text[:1].isupper() for t in tokens[at:noun]
    )


def _other_actor(view: CommitmentView, sides: tuple[str, ...]) -> bool:
    """An actor named other than the sides themselves: the agreements are someone's to honour ("the need
    for Ukraine to honour the agreements" is a demand)."""
    for u in view.units:
        if u.kind in ("participants", "pronoun", "possessive"):
            continue
        if u.code is None and u.kind == "unknown":
            continue  # a name the dictionary does not know ("the Normandy format")
        if u.code is None or u.code not in sides:
            return True
    return False


def _mutual_finding(view: CommitmentView, sides: tuple[str, ...], lo: int, hi: int) -> Finding | None:
    tokens = view.tokens
    polarity = polarity_of(tokens, lo, view.patterns, floor=clause_floor(tokens, lo))
    if polarity is Polarity.NEGATED:
        return None
    start, end = tokens[lo].start, tokens[hi].end
    roles = Roles(sides, (), (start, end), mutual=True)
    return Finding(EventType.AGREE, "", roles, Polarity.ASSERTED, start, end, tokens[lo].text)


# --- a side's promise reported by its own voice --------------------------------------------------------

_GENERIC_COOPERATION = words(
    "work working cooperate cooperating co-operate collaborate collaborating partner partnering"
)
_SAID = words("said says say added stressed told noted announced emphasised emphasized underlined")


def said_by_its_doer(
    tokens: Sequence[Token], units: Sequence[Unit], trigger: int, source: tuple[str, ...]
) -> bool:
    """Future work with another side told by someone of the doer's own side: "Beijing will work with Moscow
    to push bilateral relations to a higher level ..., Chinese Foreign Minister Wang Yi said" — a promise
    (AGREE), as the speaker's own "we will work with". Only the general words of working together count;
    a concrete act announced ("Washington said it would resume security assistance") stays what it is."""
    if len(source) != 1 or trigger >= len(tokens) or tokens[trigger].norm not in _GENERIC_COOPERATION:
        return False
    for u in units:
        if u.code != source[0] or u.tok_end > len(tokens) - 1:
            continue
        if u.tok_end <= trigger and any(
            t.norm in _SAID for t in tokens[u.tok_end : min(u.tok_end + 2, trigger)]
        ):
            return True  # "Wang Yi said Beijing will work with Moscow"
        if u.tok_start > trigger and tokens[u.tok_end].norm in _SAID:
            return True  # "..., Chinese Foreign Minister Wang Yi said"
    return False


# --- what a joint text commits its sides to; joint bodies to be set up ----------------------------------

_TEXTS = words("statement declaration communique communiqué document memorandum")
_TEXT_SAYS = words(
    "stressed indicated said noted states says emphasised emphasized envisages provides underlined "
    "confirmed reaffirmed"
)
_WOULD = words("would will shall")
_BODIES = words("group commission committee council body centre center mechanism task")
_JOINT = words("joint bilateral intergovernmental inter-governmental")
_SET_UP = words("set established created formed launched")


def _pair_at(view: CommitmentView, lo: int, hi: int) -> tuple[Unit, Unit] | None:
    """Two sides joined by "and" as the subject standing in tokens ``[lo, hi)`` ("France and the African
    Union", "the National Bank of Kazakhstan and the Central Bank of Armenia")."""
    inside = [
        u
        for u in view.units
        if lo <= u.tok_start and u.tok_end <= hi and _state_side(view.dictionary, u.code)
    ]
    for a, b in itertools.pairwise(inside):
        if a.code != b.code and any(t.norm == "and" for t in view.tokens[a.tok_end : b.tok_start]):
            return a, b
    return None


def joint_text_content(view: CommitmentView, events: Sequence[object]) -> Finding | None:
    """What a joint text says its two sides will do: "The declaration noted that Japan and the Association
    of Southeast Asian Nations will help keep shipping lanes safe" — the sides'
    agreement (AGREE, both as source). Only a pair named as the subject of a "will"/"would" counts; a text
    saying what one side will do is that side's statement, and a hostile act foretold is left to its own
    trigger ("would respond to any aggression")."""
    if any(getattr(e, "event", None) in _HOSTILE_TYPES for e in events):
        return None
    tokens = view.tokens
    for i, tok in enumerate(tokens):
        if tok.norm not in _TEXTS:
            continue
        say = next((k for k in range(i + 1, min(i + 4, len(tokens))) if tokens[k].norm in _TEXT_SAYS), None)
        if say is None or say + 1 >= len(tokens) or tokens[say + 1].norm != "that":
            continue
        will = next((k for k in range(say + 2, min(say + 40, len(tokens))) if tokens[k].norm in _WOULD), None)
        if will is None or any(t.norm in _NEGATIONS for t in tokens[will : will + 3]):
            continue
        pair = _pair_at(view, say + 2, will)
        if pair is None or will - pair[1].tok_end > 2:
            continue
        sides = (pair[0].code or "", pair[1].code or "")
        start, end = tokens[i].start, tokens[will].end
        roles = Roles(sides, (), (pair[0].start, pair[1].end), mutual=True)
        return Finding(EventType.AGREE, "", roles, Polarity.ASSERTED, start, end, tok.text)
    return None


def joint_body(view: CommitmentView) -> Finding | None:
    """A joint body of two sides to be set up: "a joint Franco-Italian commission on
    migration routes ... will be set up" — the sides agreed to it (AGREE, both as
    source). The body must be called joint (or bilateral) or be named by both sides' adjectives, and be
    still to come ("will|would be set up"); the sides are those adjectives, else the meeting's."""
    tokens = view.tokens
    for i in range(2, len(tokens) - 1):
        if tokens[i].norm != "be" or tokens[i - 1].norm not in _WOULD:
            continue
        if tokens[i + 1].norm not in _SET_UP or (
            tokens[i + 1].norm == "set" and tokens[i + 2 : i + 3] and tokens[i + 2].norm != "up"
        ):
            continue
        if any(t.norm in _NEGATIONS for t in tokens[max(0, i - 3) : i]):
            continue
        body = next((k for k in range(i - 2, max(-1, i - 30), -1) if tokens[k].norm in _BODIES), None)
        if body is None:
            continue
        near = [
            u for u in view.units if body - 5 <= u.tok_start < body and _state_side(view.dictionary, u.code)
        ]
        codes = tuple(dict.fromkeys(u.code or "" for u in near))
        joint = any(t.norm in _JOINT for t in tokens[max(0, body - 5) : body])
        if len(codes) >= 2:
            sides = codes
        elif joint:
            sides = tuple(c for c in view.participants if _state_side(view.dictionary, c))
        else:
            continue
        if len(sides) < 2:
            continue
        start, end = tokens[body].start, tokens[i + 1].end
        roles = Roles(sides, (), (start, end), mutual=True)
        return Finding(EventType.AGREE, "", roles, Polarity.ASSERTED, start, end, tokens[body].text)
    return None
