"""Coder stage 6b, a statement reader: esteem for another actor in the wording of official texts.

Readouts and speeches praise a foreign actor, its body or its work without a verb of praise:

- calling or regarding it as something of worth: "the President called the OSCE a key to European
  security", "we regard the US decision to abandon the plans as a positive step", "Moscow considers the
  Chinese proposal a constructive step" (:func:`_framed`);
- saying that it, or a body it founded, has become a forum or instrument of worth or opened a new page:
  "the United Nations has become a unique forum for dialogue", "the founding of ASEAN opened a fresh
  chapter for the whole region" (:func:`_body_of_worth`);
- pinning hopes on its effectiveness, success or wisdom: "Rome and Madrid are counting on the
  efficiency of the Moroccan coast guard" (:func:`_counted_on`);
- naming its courage, resilience or professionalism as shown: "which demonstrates the remarkable courage
  of the Ukrainian armed forces" (:func:`_quality_shown`);
- good work done or worth proved: "the Turkish side has done a great job", "the OSCE has proved its worth"
  (:func:`_good_work`); progress made or a virtue shown: "Georgia has made impressive progress in its
  reforms", "the Turkish President has shown great wisdom" (:func:`_merit_shown`);
- bright prospects of a relation with the sayer's side: "Mr Lula pointed to the bright prospects for
  Brazil-China partnership" (:func:`_bright_prospects`); a sign of growing ties: "this testifies to the high
  level of trust between Russia and India" (:func:`_sign_of_ties`);
- thanks the speaker gives: "Let me thank President Erdogan", "My thanks go to the Government of Finland"
  (:func:`_thanks_given`); respect: "I have great respect for the Japanese people", "we hold him in high
  esteem" (:func:`_respect_for`);
- an actor's part helping a good cause: "the creation of the CSTO would help to stabilise the situation",
  "the OSCE contributes to stability in Europe" (:func:`_helps_good_cause`).

Each is SUPPORT by the one who says it — the subject of the verb of calling or counting, else the sayer,
else the text's speaker — for the actor esteemed. Nothing is read when the clause is negated ("do not
regard ... as", "is no longer", "has ceased to be"), conditional or a question, when the word of worth is
missing or soured ("a step backward", "a provocative step", "an instrument of pressure", "a key threat"),
when the one esteemed is the sayer itself or is not named ("our soldiers", "It has become ..."), and when
no one who says it is known.

Each reader is only its own checks at one of its words (a :class:`_Reader` in :data:`_READERS`); the scan
for those words, the one who says it and the finding are common (:func:`_scan`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from detente.coding.meetings import RELATION_NOUNS, relation_pair
from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import Token, words
from detente.coding.roles import SPEECH_VERBS, Roles, sayer_after, sayer_before
from detente.coding.statements import Finding, SentenceView
from detente.coding.units import Unit

Demonym = Callable[[str], str | None]

_MAX_TOKENS = 400
"""Longer token runs are no sentence of a readout: not read."""

_ARTICLES = words("the a an one")
_ARTICLES_OURS = _ARTICLES | words("our my")
_ARTICLES_DEAR = _ARTICLES_OURS | words("dear")
_APPROVING = words(
    "positive important constructive welcome timely right good significant major key useful valuable "
    "effective efficient encouraging promising historic landmark genuine real serious big great crucial "
    "essential vital decisive fundamental reliable unique indispensable authoritative influential weighty "
    "successful fruitful productive stabilising stabilizing meaningful substantial practical concrete "
    "pragmatic balanced responsible helpful"
)
"""Words of worth that make a step, a signal or a forum praise."""
_SOURING = words(
    "dangerous provocative hostile negative wrong destructive aggressive so-called unfriendly irresponsible "
    "unacceptable destabilising destabilizing backward backwards back unilateral illegal counterproductive "
    "counter-productive regrettable unhelpful futile empty symbolic cosmetic formal"
)
_SELF_PRAISE = words(
    "key cornerstone cornerstones pillar pillars guarantor guarantors anchor bedrock success achievement "
    "achievements breakthrough milestone asset"
)
"""Heads that praise on their own ("a cornerstone of", "a key to")."""
_NEED_WORTH = words(
    "step steps move signal gesture factor development contribution example instrument tool mechanism forum "
    "platform venue channel framework body organisation organization institution format model"
)
"""Heads that praise only with a word of worth ("a positive step", "an effective instrument")."""
_BODY_HEADS = words(
    "forum platform mechanism instrument tool venue channel framework body organisation organization "
    "institution format factor example model pillar cornerstone guarantor anchor bedrock asset success"
)
"""What an actor may be said to have become."""
_BAD_AIMS = words(
    "confrontation pressure aggression interference expansion propaganda war wars containment domination "
    "hegemony division diktat blackmail instability tension tensions threat threats risk risks conflict "
    "conflicts destabilisation destabilization intimidation coercion deterrence isolation militarisation "
    "militarization escalation subversion provocation provocations"
)
"""What a forum or page is of when it is no praise ("an instrument of pressure", "a new page of
confrontation")."""
_BAD_STEMS = (
    "destabilis",
    "destabiliz",
    "undermin",
    "provok",
    "escalat",
    "manipulat",
    "distort",
    "discredit",
    "demonis",
    "demoniz",
    "incit",
    "sabotag",
    "wreck",
    "ruin",
    "destroy",
    "damag",
    "falsif",
    "deceiv",
    "deceiving",
    "mislead",
    "interfer",
    "meddl",
    "aggress",
    "confront",
    "prolong",
    "isolat",
    "contain",
    "weaken",
    "divid",
    "pressur",
    "intimidat",
    "blackmail",
    "propagand",
    "anti-",
)
"""Stems of what good work or a good forum is not for ("a great job of destabilising Europe")."""


def _soured(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Words of hostile aims among ``tokens[lo:hi]``."""
    return any(t.norm in _BAD_AIMS or t.norm.startswith(_BAD_STEMS) for t in tokens[lo:hi])


_NP_BOUNDARY = words(
    ", . ; : ? ! of to for in on at with by from towards toward among between that which who forward if "
    "unless but as ( ) “ ” \" '"
)
_NEGATIONS = words("not n't never no hardly nor neither longer ceased cease ceases stopped failed far")
_CONDITIONS = words("if unless whether whenever provided")
_DOUBTING = words("should must ought need needs might")
_WOULD = words("would could might should must")
_OWN = words("our my own its their his her")
_POSSESSIVE = frozenset(("'s", "’s", "'"))
_BODY_WORDS = words(
    "side chairmanship presidency mediators mediation team colleagues friends partners authorities leadership "
    "government organisers organizers hosts monitors observers experts specialists peacekeepers rescuers "
    "people nation committee commission council mission diplomats diplomacy leaders president minister "
    "armed forces troops soldiers servicemen army military border guards services emergency personnel "
    "officials negotiators delegation"
)
_ORIGINS = words("creation establishment founding formation launch work activity activities")


def _owner(
    tokens: Sequence[Token],
    units: Sequence[Unit],
    lo: int,
    hi: int,
    demonym: Demonym,
    *,
    whole: bool = False,
    bodies: bool = False,
) -> str | None:
    """The actor a noun phrase ``tokens[lo:hi]`` names as its own: "the OSCE", "the US administration's
    decision to ...", "the creation of the African Union", "the Egyptian mediation"; ``None`` for one's own
    ("our decision"), a thing of no one, or a pronoun. With ``whole`` the phrase is the actor itself or its
    founding or work ("the creation of the African Union"), ending with its name."""
    if hi <= lo:
        return None
    i = lo
    while i < hi and tokens[i].norm in _ARTICLES:
        i += 1
    if i < hi and tokens[i].norm in _OWN:
        return None
    unit = _unit_at(units, i, lo)
    if unit is None:
        # "the creation of the African Union", "the wisdom and experience of the Kazakh leadership"
        k = i
        while (
            k < hi
            and k - i <= 4
            and tokens[k].is_word
            and tokens[k].text.islower()
            and tokens[k].norm != "of"
        ):
            k += 1
        if k == i or k >= hi or tokens[k].norm != "of":
            return None
        if whole and (k - i != 1 or tokens[i].norm not in _ORIGINS):
            return None
        k += 1
        if k < hi and tokens[k].norm in _OWN:
            return None
        while k < hi and tokens[k].norm in _ARTICLES:
            k += 1
        unit = _unit_at(units, k, k)
        if unit is None:
            return None
    if whole and unit.tok_end != hi:
        return None  # "the meeting of ministers of Italy, Germany and Russia": a meeting, not Germany
    if bodies:
        inside = tokens[unit.tok_start + 1 : unit.tok_end]
        if any(t.text.islower() and t.norm not in _BODY_WORDS | _POSSESSIVE for t in inside):
            return None  # "Western weapons", "German tanks": one unit, still things
        for t in tokens[unit.tok_end : hi]:
            if not t.is_word or t.norm in _NP_BOUNDARY or t.norm == "and":
                break
            if t.text.islower() and t.norm not in _BODY_WORDS:
                return None  # "the effectiveness of Western weapons": things, not an actor
    return _code(tokens, unit, demonym)


def _unit_at(units: Sequence[Unit], i: int, lo: int) -> Unit | None:
    """The actor unit that starts at token ``i`` (or takes in the article before it, from ``lo`` on)."""
    for u in units:
        if u.kind in ("pronoun", "possessive") or u.locative:
            continue
        if u.tok_start == i or (lo <= u.tok_start < i and u.tok_end > i):
            return u
    return None


def _code(tokens: Sequence[Token], unit: Unit, demonym: Demonym) -> str | None:
    if unit.code:
        return unit.code
    if unit.kind == "unknown" and unit.tok_start < len(tokens):
        return demonym(tokens[unit.tok_start].text)  # "the Syrian Constitutional Committee": Syria's
    return None


def _phrase(tokens: Sequence[Token], i: int) -> tuple[int, list[str]] | None:
    """The head of the noun phrase at ``i`` (past articles) and the words before it; ``None`` when none
    ends within six words."""
    while i < len(tokens) and tokens[i].norm in _ARTICLES:
        i += 1
    mods: list[str] = []
    j = i
    while j < len(tokens) and tokens[j].norm not in _NP_BOUNDARY and j - i < 6:
        mods.append(tokens[j].norm)
        j += 1
    if not mods or (j < len(tokens) and tokens[j].norm not in _NP_BOUNDARY):
        return None
    if j == len(tokens):
        return None  # cut off: "as a positive"
    return j - 1, mods[:-1]


def _worthy(tokens: Sequence[Token], start: int, heads: frozenset[str]) -> int | None:
    """The head of a phrase of worth at ``start`` ("a positive step", "the cornerstone of", "an effective
    instrument for"), or ``None``."""
    found = _phrase(tokens, start)
    if found is None:
        return None
    head, mods = found
    norm = tokens[head].norm
    if norm not in heads or any(m in _SOURING or m in _NEGATIONS for m in mods):
        return None
    if norm in _NEED_WORTH and not any(m in _APPROVING for m in mods):
        return None
    if norm == "key" and head + 1 < len(tokens) and tokens[head + 1].norm not in ("to", "of", "for"):
        return None
    if _soured(tokens, head + 1, head + 7):
        return None  # "an instrument of pressure", "a key factor of instability"
    return head


_AUXILIARIES = words("is are am was were has have had also still now fully 're 've been do does did")


def _subject_before(tokens: Sequence[Token], units: Sequence[Unit], verb: int) -> list[Unit]:
    """The coded actors that are the subject of the verb at ``verb``: "Pedro Sanchez and Giorgia
    Meloni are counting on", "We regard", "Moscow considers" (only auxiliaries and adverbs between)."""
    j = verb - 1
    while j >= 0 and (
        tokens[j].norm in _AUXILIARIES or (tokens[j].norm.endswith("ly") and tokens[j].text.islower())
    ):
        j -= 1
    last = next((u for u in units if u.tok_end == j + 1 and u.code), None)
    if last is None:
        return []
    found = [last]
    k = last.tok_start
    while k >= 2 and tokens[k - 1].norm in ("and", ","):
        prev = next((u for u in units if u.tok_end == k - 1 and u.code), None)
        if prev is None:
            break
        found.insert(0, prev)
        k = prev.tok_start
    return found


def _clause(tokens: Sequence[Token], at: int) -> int:
    i = at - 1
    while i >= 0 and tokens[i].norm not in (";", ":"):
        i -= 1
    return i + 1


def _doubted(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    norms = [t.norm for t in tokens[lo:hi]]
    return any(n in _NEGATIONS or n in _CONDITIONS for n in norms)


def _skip(tokens: Sequence[Token], k: int, passed: frozenset[str]) -> int:
    """The first token from ``k`` on that is not one of the words ``passed`` (articles, words of worth)."""
    while k < len(tokens) and tokens[k].norm in passed:
        k += 1
    return k


def _verb_start(tokens: Sequence[Token], v: int, group: frozenset[str], hedges: frozenset[str]) -> int | None:
    """Where the verb group of the verb at ``v`` starts, back over the words of ``group`` ("has become",
    "had opened"); ``None`` when a word of ``hedges`` stands before it ("should become", "has ceased to be",
    "could have done")."""
    g = v
    while g > 0 and tokens[g - 1].norm in group:
        g -= 1
    if g > 0 and tokens[g - 1].norm in hedges:
        return None
    return g


def _finding(
    sources: Sequence[str], target: str, tokens: Sequence[Token], lo: int, hi: int
) -> Finding | None:
    sources = tuple(dict.fromkeys(s for s in sources if s))
    if not sources or target in sources:
        return None
    roles = Roles(sources, (target,), (tokens[lo].start, tokens[hi].end))
    return Finding(
        EventType.SUPPORT, "", roles, Polarity.ASSERTED, tokens[lo].start, tokens[hi].end, tokens[lo].text
    )


def _said_by(view: SentenceView, first: int, last: int) -> str | None:
    """Who says what stands at ``first``..``last``: the sayer before or after it, else the text's speaker."""
    sayer = sayer_before(view.tokens, view.units, first, _MENTIONING) or sayer_after(
        view.tokens, view.units, last + 1
    )
    if sayer is not None:
        return sayer.code
    if any(t.norm in _MENTIONING for t in view.tokens[:first]):
        return None  # "he said ...": someone unnamed speaks
    return view.speaker


_MENTIONING = SPEECH_VERBS | words(
    "mentioned mentions highlighted highlights emphasized spoke speaks expressed expresses voiced cited "
    "recalled recalls stated states remarked observed believes believed thinks considers felt feels assured "
    "convinced confident described"
)
"""Verbs whose subject says what follows ("Mr Putin mentioned the fine prospects for ...")."""


# ------------------------------------------------------------------------------- the readers' common scan


@dataclass(frozen=True, slots=True)
class _Esteem:
    """What a reader finds at one of its words: the actor esteemed, the tokens ``first``..``last`` the
    finding stands on, and who esteems it — ``sources`` where the reader knows them (the subject of the verb
    of calling, the speaker who thanks), else the sayer of ``first``..``said_last`` (``last`` unless given),
    else the text's speaker."""

    target: str
    first: int
    last: int
    sources: tuple[str, ...] | None = None
    said_last: int | None = None


_Match = Callable[[SentenceView, Demonym, int], _Esteem | None]
"""A reader's own checks at the token of one of its words: the esteem it reads there, or ``None``."""


@dataclass(frozen=True, slots=True)
class _Reader:
    """A reader: its checks, the words that may start what it reads, and whether it reads a sentence with a
    question mark (then its checks rule out a question themselves where it matters)."""

    match: _Match
    triggers: frozenset[str]
    reads_questions: bool = False


def _scan(view: SentenceView, demonym: Demonym, reader: _Reader, asked: bool) -> Finding | None:
    """SUPPORT for the esteem ``reader`` finds at the first of its words where it finds one that someone
    says; ``None`` in a question (``asked``) unless the reader reads questions. The first esteem found ends
    the scan, also when the one esteemed is the one who says it."""
    if asked and not reader.reads_questions:
        return None
    triggers, match = reader.triggers, reader.match
    for at in (i for i, tok in enumerate(view.tokens) if tok.norm in triggers):
        found = match(view, demonym, at)
        if found is None:
            continue
        sources = found.sources if found.sources is not None else _sayer(view, found)
        if sources is None:
            continue  # no one known says it
        return _finding(sources, found.target, view.tokens, found.first, found.last)
    return None


def _sayer(view: SentenceView, found: _Esteem) -> tuple[str, ...] | None:
    """The one who says the esteem ``found`` (:func:`_said_by`), as its sources; ``None`` when unknown."""
    said_last = found.last if found.said_last is None else found.said_last
    source = _said_by(view, found.first, said_last)
    return None if source is None else (source,)


# ------------------------------------------------------------------------------- called or regarded as worth

_REGARD = words("regard regards regarded view views viewed see sees saw assess assesses assessed")
_CONSIDER = words("consider considers considered")
_CALL = words("call calls called describe describes described term terms termed")
_REGARD_WORDS = _REGARD | _CONSIDER | _CALL
_WORTH_WORDS = _SELF_PRAISE | _NEED_WORTH


def _framed(view: SentenceView, demonym: Demonym, v: int) -> _Esteem | None:
    """ "We regard the US decision as a positive step", "Moscow considers the Chinese proposal a constructive
    step", "the President called the OSCE a key to European security": esteem by the subject of the verb
    for the actor whose thing it is — not when it is only hoped for ("would regard"), negated, conditional or
    asked."""
    tokens, units = view.tokens, view.units
    floor = _clause(tokens, v)
    if _doubted(tokens, floor, v) or (v > 0 and tokens[v - 1].norm in _WOULD):
        return None
    subject = _subject_before(tokens, units, v)
    if not subject:
        return None
    # "regard X as ...", "described X as ...": the object up to "as"
    as_at = next(
        (a for a in range(v + 2, min(len(tokens), v + 28)) if tokens[a].norm == "as"),
        None,
    )
    if as_at is not None and any(t.norm in (";", ":", ".", "?") for t in tokens[v + 1 : as_at]):
        as_at = None
    if as_at is not None:
        obj_end, np_start = as_at, as_at + 1
    elif tokens[v].norm in _CONSIDER or tokens[v].norm in _CALL:
        # "called the OSCE a key to ...", "considers the Chinese proposal a constructive step"
        np_start = next(
            (a for a in range(v + 2, min(len(tokens), v + 8)) if tokens[a].norm in ("a", "an")), -1
        )
        if np_start < 0:
            return None
        obj_end = np_start
    else:
        return None
    target = _owner(tokens, units, v + 1, obj_end, demonym)
    if target is None:
        return None
    head = _worthy(tokens, np_start, _WORTH_WORDS)
    if head is None or _doubted(tokens, np_start, head):
        return None
    if any(t.norm == "?" for t in tokens) or _conditional_after(tokens, head):
        return None
    return _Esteem(target, v, head, sources=tuple(u.code for u in subject if u.code))


def _conditional_after(tokens: Sequence[Token], head: int) -> bool:
    return any(t.norm in _CONDITIONS for t in tokens[head:])


# ----------------------------------------------------------------------- a body of worth, a new page opened

_BECOME = words("become becomes became")
_PERFECT_BEEN = words("been")
_LINK = words("is are was were remain remains remained")
_OPENED = words("opened opens open marked marks mark began begins begin turned turns ushered")
_PAGES = words("page chapter era stage")
_FRESH = words("new fresh")
_OPENERS = words('that , “ " ‘ today now also indeed')
_BECOME_WORDS = _BECOME | _LINK | _PERFECT_BEEN
_BECOME_GROUP = words("has have had will would could can may also already now truly")
_HEDGED_TO = _DOUBTING | words("to")


def _body_of_worth(view: SentenceView, demonym: Demonym, v: int) -> _Esteem | None:
    """ "The United Nations has become a unique forum for dialogue", "the founding of ASEAN opened a fresh
    chapter for the whole region": esteem by the sayer (else the speaker) for the actor
    that became the forum, or whose founding or work opened the page — not "an instrument of pressure", "a
    new page of confrontation", nor what only should become so or has ceased to be."""
    tokens, units = view.tokens, view.units
    norm = tokens[v].norm
    if (
        norm in _BECOME
        or norm in _LINK
        or (norm == "been" and v > 0 and tokens[v - 1].norm in ("has", "have"))
    ):
        head = _worthy(tokens, v + 1, _BODY_HEADS)
        if head is None:
            return None
    elif norm in _OPENED:
        k = _skip(tokens, v + 1, _ARTICLES)
        if k + 1 >= len(tokens) or tokens[k].norm not in _FRESH or tokens[k + 1].norm not in _PAGES:
            return None
        head = k + 1
        if _soured(tokens, head + 1, head + 5):
            return None  # "a new page of confrontation"
    else:
        return None
    # the verb group: "has become", "could become", "had opened"
    g = _verb_start(tokens, v, _BECOME_GROUP, _HEDGED_TO)
    if g is None:
        return None  # "should become", "has ceased to be"
    first = _subject_start(tokens, g)
    if first is None:
        return None
    floor = _clause(tokens, first)
    if _doubted(tokens, floor, head + 1) or any(t.norm == "?" for t in tokens):
        return None
    target = _owner(tokens, units, first, g, demonym, whole=True)
    if target is None:
        return None
    return _Esteem(target, first, head)


def _subject_start(tokens: Sequence[Token], g: int) -> int | None:
    """The first token of the subject that ends before token ``g``: the start of the sentence, or the word
    after "that", a comma or a speech verb, at most nine words back."""
    for i in range(g - 1, max(-1, g - 11), -1):
        norm = tokens[i].norm
        if norm in _OPENERS or norm in SPEECH_VERBS:
            return i + 1 if i + 1 < g else None
        if not tokens[i].is_word and norm not in ("'s", "’s", "-"):
            return None
        if i == 0:
            return 0
    return None


# ------------------------------------------------------------------ hopes pinned on an actor's effectiveness

_COUNT = words("count counts counted counting rely relies relied relying")
_MERITS = words(
    "effectiveness efficiency success wisdom experience professionalism expertise competence authority "
    "mediation efforts contribution"
)


def _counted_on(view: SentenceView, demonym: Demonym, v: int) -> _Esteem | None:
    """ "Rome and Madrid are counting on the efficiency of the Moroccan coast guard", "Moscow
    counts on the wisdom of the Kazakh leadership": esteem by the subject of the verb for the actor whose
    merit it is — not a thing's ("the effectiveness of Western weapons"), nor when negated or "can count"."""
    tokens, units = view.tokens, view.units
    if v + 2 >= len(tokens) or tokens[v + 1].norm not in ("on", "upon"):
        return None
    subject = _subject_before(tokens, units, v)
    if not subject:
        return None
    if _doubted(tokens, _clause(tokens, v), v) or (v > 0 and tokens[v - 1].norm in ("can", "cannot")):
        return None
    k = _skip(tokens, v + 2, _ARTICLES)
    end = next(
        (i for i in range(k, min(len(tokens), k + 14)) if tokens[i].norm in (".", ";", ",", "to")),
        len(tokens),
    )
    merit = [i for i in range(k, min(end, k + 6)) if tokens[i].norm in _MERITS]
    if not merit:
        return None
    if tokens[k].norm in _MERITS:
        target = _owner(tokens, units, k, end, demonym, bodies=True)  # "the effectiveness of the Syrian ..."
    else:
        target = _owner(tokens, units, v + 2, merit[0], demonym, bodies=True)  # "the Kazakh leadership's"
    if target is None:
        return None
    return _Esteem(target, v, merit[0], sources=tuple(u.code for u in subject if u.code))


# ----------------------------------------------------------------------------- an actor's courage shown

_SHOWING = words(
    "demonstrates demonstrate demonstrated shows show showed shown testifies testify testified reflects "
    "reflected proves proved confirms confirmed admire admires admired testament tribute"
)
_QUALITIES = words(
    "courage bravery heroism valour valor professionalism resilience steadfastness fortitude dedication "
    "gallantry selflessness dignity"
)
_QUALITY_MODS = words("remarkable great high extraordinary exceptional incredible enormous real true immense")
_QUALITY_LEAD = _ARTICLES | _QUALITY_MODS


def _quality_shown(view: SentenceView, demonym: Demonym, v: int) -> _Esteem | None:
    """ "This demonstrates the remarkable courage of the Ukrainian armed forces", "I admire the courage and
    dignity of the Georgian people", "Ukraine's remarkable courage": esteem by the sayer (else the speaker)
    for the actor whose quality is shown — not a thing's ("the resilience of the Ukrainian economy"), nor
    when negated or only "not clear"."""
    tokens, units = view.tokens, view.units
    k = v + 1
    if k < len(tokens) and tokens[k].norm == "to":
        k += 1
    k = _skip(tokens, k, _QUALITY_LEAD)
    if k >= len(tokens):
        return None
    if tokens[k].norm in _QUALITIES:
        q = k
        m = k + 1
        while m + 1 < len(tokens) and tokens[m].norm == "and" and tokens[m + 1].is_word:
            m += 2  # "the courage and dignity of"
        if m >= len(tokens) or tokens[m].norm != "of":
            return None
        end = next((i for i in range(m + 1, len(tokens)) if not tokens[i].is_word), len(tokens))
        target = _owner(tokens, units, m + 1, end, demonym, bodies=True)
    else:
        # "Ukraine's remarkable courage"
        unit = _unit_at(units, k, v + 1)
        if unit is None:
            return None
        q = unit.tok_end
        if q < len(tokens) and tokens[q].norm in ("'s", "’s", "'"):
            q += 1
        q = _skip(tokens, q, _QUALITY_MODS)
        if q >= len(tokens) or tokens[q].norm not in _QUALITIES:
            return None
        target = _code(tokens, unit, demonym)
    if target is None:
        return None
    floor = _clause(tokens, v)
    if _doubted(tokens, floor, q) or any(t.norm in ("clear", "unclear") for t in tokens[floor:v]):
        return None
    return _Esteem(target, v, q)


# ------------------------------------------------------------------ good work done, worth proved

_DONE = words("done did does do doing")
_JOB = words("job work")
_GREAT = words(
    "great excellent good tremendous huge enormous remarkable fine outstanding superb splendid fantastic "
    "impressive wonderful titanic colossal considerable substantial painstaking serious important useful"
)
_GREAT_JOB = _GREAT | words("really truly very and")
_PROVED = words("proved proven shown demonstrated confirmed")
_WORTH = words(
    "worth value effectiveness efficiency usefulness relevance viability merit merits reliability vitality "
    "importance"
)
_SIDE_NOUNS = words(
    "side chairmanship presidency mediators team colleagues friends partners authorities leadership "
    "government organisers organizers hosts monitors observers experts specialists peacekeepers rescuers "
    "people nation"
)
_GROUP = words("has have had already also really truly certainly indeed")
_HEDGED_DEED = _WOULD | _DOUBTING | words("to can cannot will")


def _subject_unit(tokens: Sequence[Token], units: Sequence[Unit], g: int) -> Unit | None:
    """The actor that is the subject ending before token ``g``: "the OSCE", "the Turkish side", "the
    Finnish chairmanship", "the Ukrainian people"."""
    e = g
    unit = next((u for u in units if u.tok_end == e and u.kind not in ("pronoun", "possessive")), None)
    while unit is None and e > 0 and tokens[e - 1].norm in _SIDE_NOUNS and tokens[e - 1].text.islower():
        e -= 1
        unit = next((u for u in units if u.tok_end == e and u.kind not in ("pronoun", "possessive")), None)
        if g - e >= 2:
            break
    return unit


def _doer(tokens: Sequence[Token], units: Sequence[Unit], v: int) -> Unit | None:
    """The actor that did what the verb at ``v`` tells ("the Turkish side has done", "Georgia has made");
    ``None`` when it is only hoped for or still to come ("could have done", "has yet to prove")."""
    g = _verb_start(tokens, v, _GROUP, _HEDGED_DEED)
    return None if g is None else _subject_unit(tokens, units, g)


def _good_work(view: SentenceView, demonym: Demonym, v: int) -> _Esteem | None:
    """ "The Turkish side has done a great job", "the OSCE has proved its worth as a forum for dialogue":
    esteem by the sayer (else the speaker) for the one who did the work or proved its worth."""
    tokens, units = view.tokens, view.units
    if tokens[v].norm in _DONE:
        k = _skip(tokens, v + 1, _ARTICLES)
        mods = k
        k = _skip(tokens, k, _GREAT_JOB)
        if k == mods or k >= len(tokens) or tokens[k].norm not in _JOB:
            return None
        if _soured(tokens, k + 1, k + 6):
            return None  # "a great job of destabilising Europe"
        head = k
    else:  # proved, shown
        if (
            v + 2 >= len(tokens)
            or tokens[v + 1].norm not in ("its", "their")
            or tokens[v + 2].norm not in _WORTH
        ):
            return None
        head = v + 2
    unit = _doer(tokens, units, v)
    if unit is None:
        return None
    first = unit.tok_start
    floor = _clause(tokens, first)
    if _doubted(tokens, floor, head + 1) or any(t.norm == "yet" for t in tokens[floor:head]):
        return None
    target = _code(tokens, unit, demonym)
    if target is None:
        return None
    return _Esteem(target, first, head)


# ------------------------------------------------------------------ progress made, virtues shown

_MADE = words("made achieved achieves achieve make")
_SHOWN = words("shown showed shows show demonstrated demonstrates demonstrate displayed displays display")
_PROGRESS = words("progress results success successes strides headway")
_VIRTUES = words(
    "courage bravery heroism valour valor professionalism resilience steadfastness fortitude dedication "
    "gallantry selflessness dignity wisdom leadership restraint responsibility goodwill "
    "statesmanship foresight far-sightedness prudence composure"
)
_MILITARY = words(
    "missile missiles weapon weapons nuclear military arms hypersonic warheads armaments enrichment "
    "capabilities capability drones offensive advance advances territory troops forces battlefield front "
    "frontline front-line"
)
_ARMED = words("forces troops army armies military soldiers units fighters militants separatists rebels")
_MERIT_LEAD = (
    _ARTICLES
    | _GREAT
    | _APPROVING
    | _QUALITY_MODS
    | words("very and")
    | words("notable tangible visible steady real such")
)


def _merit_shown(view: SentenceView, demonym: Demonym, v: int) -> _Esteem | None:
    """ "Georgia has made significant progress in its reforms", "Kazakhstan has achieved impressive
    results", "the Turkish President has shown great wisdom", "the Ukrainian people have shown extraordinary
    courage": esteem by the sayer (else the speaker) for the actor whose merit it is — not for progress in
    arms ("has made progress in developing hypersonic missiles")."""
    tokens, units = view.tokens, view.units
    nouns = _PROGRESS if tokens[v].norm in _MADE else _VIRTUES  # made progress, shown wisdom
    k = _skip(tokens, v + 1, _MERIT_LEAD)
    if k >= len(tokens) or tokens[k].norm not in nouns:
        return None
    if _soured(tokens, k + 1, k + 9) or {t.norm for t in tokens[k + 1 : k + 9]} & _MILITARY:
        return None
    unit = _doer(tokens, units, v)
    if unit is None:
        return None
    first = unit.tok_start
    if _doubted(tokens, _clause(tokens, first), k + 1) or any(t.norm == "yet" for t in tokens[first:k]):
        return None
    if nouns is _PROGRESS and (tokens[unit.tok_end - 1].norm in _ARMED or unit.kind in ("military", "group")):
        return None  # "Russian forces have made progress in the Donbas": gains on the ground
    target = _code(tokens, unit, demonym)
    if target is None:
        return None
    return _Esteem(target, first, k)


# ------------------------------------------------------------------------- a sign of growing ties

_SIGN = words("evidence testimony proof sign indication testament demonstration confirmation symbol")
_ATTEST = words(
    "testifies testify testified attests attest attested demonstrates demonstrate demonstrated confirms "
    "confirm confirmed reflects reflect reflected shows show showed"
)
_GROWING = words(
    "growing strengthening deepening increasing expanding high good close excellent strong special mutual "
    "privileged genuine level of the a"
)
_TIES = RELATION_NOUNS | words("trust confidence friendship understanding")


def _sign_of_ties(view: SentenceView, demonym: Demonym, c: int) -> _Esteem | None:
    """ "The agreement is evidence of the growing cooperation with NATO", "this testifies to the high level
    of trust between Russia and India": esteem by the sayer (else the speaker) for the other side of the
    ties — the one after "with", or the one of the two named that is not the sayer."""
    del demonym
    tokens, units = view.tokens, view.units
    if tokens[c].norm in _SIGN and c + 1 < len(tokens) and tokens[c + 1].norm in ("of", "to"):
        k = c + 2
    elif tokens[c].norm in _ATTEST:
        k = c + 2 if c + 1 < len(tokens) and tokens[c + 1].norm == "to" else c + 1
    else:
        return None
    start = k
    while k < len(tokens) and tokens[k].norm in _GROWING and k - start < 6:
        k += 1
    if k == start or k >= len(tokens) or tokens[k].norm not in _TIES:
        return None
    if not any(tokens[i].norm not in _ARTICLES and tokens[i].norm != "of" for i in range(start, k)):
        return None  # a warm word is needed: "evidence of the cooperation" is no praise
    if _doubted(tokens, _clause(tokens, c), k):
        return None
    source = _said_by(view, c, k)
    if source is None:
        return None
    target: str | None = None
    if k + 2 < len(tokens) and tokens[k + 1].norm == "with":
        m = _skip(tokens, k + 2, _ARTICLES)
        partner = _unit_at(units, m, k + 2)
        target = partner.code if partner is not None else None
    elif k + 1 < len(tokens) and tokens[k + 1].norm == "between":
        pair = [u.code for u in units if u.code and k + 1 < u.tok_start <= k + 7]
        if len(pair) == 2 and source in pair:
            target = next((p for p in pair if p != source), None)
    if target is None:
        return None
    return _Esteem(target, c, k, sources=(source,))


# --------------------------------------------------------------------------- respect and admiration

_RESPECT = words("respect admiration esteem")
_DEEP = words("great deep profound high sincere enormous utmost greatest tremendous genuine special huge")
_HOLD = words("hold holds held")
_ESTEEM_NOUNS = words("esteem regard")
_END = words(". , ; and who which for as")
"""What may follow the one respected (past "people", "side"): "respect for the Japanese people." — not
"respect for Ukraine's sovereignty"."""


def _respect_for(view: SentenceView, demonym: Demonym, r: int) -> _Esteem | None:
    """ "I have great respect for the Japanese people", "deep admiration for the Georgian people", "we hold
    President Tokayev in high esteem": esteem by the sayer (else the speaker) for the actor respected — not
    respect for a thing of it ("respect for Ukraine's sovereignty", "respect for international law")."""
    tokens, units = view.tokens, view.units
    unit: Unit | None = None
    if tokens[r].norm in _RESPECT and r > 0 and tokens[r - 1].norm in _DEEP and r + 2 < len(tokens):
        if tokens[r + 1].norm != "for":
            return None
        k = _skip(tokens, r + 2, _ARTICLES_OURS)
        unit = _unit_at(units, k, k)
        if unit is None:
            return None
        e = unit.tok_end
        while e < len(tokens) and tokens[e].norm in _SIDE_NOUNS and tokens[e].text.islower():
            e += 1
        if e < len(tokens) and tokens[e].norm not in _END:
            return None  # "respect for Ukraine's sovereignty"
        end = r
    elif tokens[r].norm in _HOLD and r + 1 < len(tokens):
        k = _skip(tokens, r + 1, _ARTICLES)
        unit = _unit_at(units, k, k)
        if unit is None:
            return None
        rest = [t.norm for t in tokens[unit.tok_end : unit.tok_end + 4]]
        if not (rest[:1] == ["in"] and any(n in _ESTEEM_NOUNS for n in rest[1:4])):
            return None
        end = unit.tok_end + 1
    else:
        return None
    if _doubted(tokens, _clause(tokens, r), r) or any(t.norm in _CONDITIONS for t in tokens):
        return None
    target = _code(tokens, unit, demonym)
    if target is None:
        return None
    return _Esteem(target, r, unit.tok_end - 1, said_last=end)


# --------------------------------------------------------------------- good prospects of a relation

_PROSPECTS = words("prospects potential opportunities")
_BRIGHT = words(
    "good great fine excellent bright broad promising considerable huge vast enormous substantial "
    "significant wide tremendous serious solid rich"
)


def _bright_prospects(view: SentenceView, demonym: Demonym, p: int) -> _Esteem | None:
    """ "Mr Lula noted the bright prospects for Brazil-China partnership", "noted the great potential of
    cooperation with India": esteem by the side that says it (else the speaker) for the other side."""
    del demonym
    tokens, units = view.tokens, view.units
    if p == 0 or tokens[p - 1].norm not in _BRIGHT:
        return None
    if p + 1 >= len(tokens) or tokens[p + 1].norm not in ("for", "of", "in"):
        return None
    floor = _clause(tokens, p)
    if _doubted(tokens, floor, p):
        return None
    window = [u for u in units if u.code and p + 1 < u.tok_start <= p + 8]
    side: str | None = None
    other: str | None = None
    found = relation_pair(view.text, [(u.start, u.end, u.code, True) for u in window if u.code])
    if found is not None:
        pair, _ = found
    else:
        # "(the) prospects for (Russia's) cooperation with India"
        w = next((i for i in range(p + 2, min(len(tokens) - 1, p + 8)) if tokens[i].norm == "with"), None)
        if w is None or tokens[w - 1].norm not in RELATION_NOUNS:
            return None
        partner = _unit_at(units, w + 1 if tokens[w + 1].norm not in _ARTICLES else w + 2, w + 1)
        if partner is None or not partner.code:
            return None
        other = partner.code
        pair = (other,)
    source = _said_by(view, p, p)
    if source is None:
        return None
    if other is None:
        if source not in pair:
            return None
        side = next((c for c in pair if c != source), None)
    else:
        side = other
    if side is None:
        return None
    return _Esteem(side, p - 1, p, sources=(source,))


# ------------------------------------------------------------------ an actor's part helps a good cause

_HELP = words("help helps helped helping contribute contributes contributed contributing")
_GOOD_CAUSE_VERBS = words(
    "stabilise stabilize strengthen promote ensure maintain enrich improve consolidate bolster reinforce "
    "foster facilitate advance settle resolve deepen"
)
_GOOD_CAUSE_NOUNS = words(
    "stability security peace settlement stabilisation stabilization strengthening development dialogue "
    "trust confidence cooperation resolution de-escalation detente understanding"
)
_PART = words(
    "creation establishment founding formation work activity activities participation presence contribution "
    "mediation involvement efforts role proposals initiative initiatives"
)
_CAUSE_LEAD = _ARTICLES | _APPROVING
_HELP_GROUP = _GROUP | _WOULD | words("will can may substantially significantly greatly")


def _helps_good_cause(view: SentenceView, demonym: Demonym, v: int) -> _Esteem | None:
    """ "The creation of the CSTO would help to stabilise the situation in Eurasia", "Turkey's mediation
    helped strengthen trust", "the OSCE contributes to stability in Europe": esteem by the sayer (else the
    speaker) for the actor whose part it is."""
    tokens, units = view.tokens, view.units
    if v + 1 >= len(tokens):
        return None
    k = v + 1
    if tokens[v].norm.startswith("contribut"):
        if tokens[k].norm != "to":
            return None
        k = _skip(tokens, k + 1, _CAUSE_LEAD)
        if k >= len(tokens) or tokens[k].norm not in _GOOD_CAUSE_NOUNS:
            return None
    else:
        if tokens[k].norm == "to":
            k += 1
        if k >= len(tokens) or tokens[k].norm not in _GOOD_CAUSE_VERBS:
            return None
    if _soured(tokens, k, k + 6):
        return None
    g = _verb_start(tokens, v, _HELP_GROUP, _HEDGED_TO)
    if g is None:
        return None
    first = _subject_start(tokens, g)
    if first is None:
        return None
    if _doubted(tokens, _clause(tokens, first), k):
        return None
    target = _part_owner(tokens, units, first, g, demonym)
    if target is None:
        return None
    return _Esteem(target, first, k)


def _part_owner(
    tokens: Sequence[Token], units: Sequence[Unit], lo: int, hi: int, demonym: Demonym
) -> str | None:
    """The actor of a subject that is the actor itself, its founding or work ("the creation of the CSTO")
    or its part ("Turkey's mediation", "the Turkish mediation")."""
    found = _owner(tokens, units, lo, hi, demonym, whole=True)
    if found is not None:
        return found
    if hi - 1 <= lo or tokens[hi - 1].norm not in _PART:
        return None
    e = hi - 1
    if tokens[e - 1].norm in ("'s", "’s", "'"):
        e -= 1
    return _owner(tokens, units, lo, e, demonym, whole=True)


# --------------------------------------------------------------------------- thanks given by the speaker

_LET = words("let allow permit")
_ME = words("me us")
_THANKS = words("thanks gratitude appreciation")
_GO = words("go goes went")
_FIRST = words("my our")


def _thanks_given(view: SentenceView, demonym: Demonym, t: int) -> _Esteem | None:
    """ "Let me thank President Erdogan for ...", "Allow me to thank the Finnish side", "My special thanks go
    to the Government of Finland": esteem by the speaker for the one thanked — never by one's own side ("let
    me thank the Government", "our thanks go to our ministers")."""
    tokens, units = view.tokens, view.units
    speaker = view.speaker
    if speaker is None:
        return None
    k: int | None = None
    if tokens[t].norm == "thank" and t >= 2:
        # "let me thank", "allow me to thank", "let us thank"
        back = t - 2 if tokens[t - 1].norm == "to" else t - 1
        if back >= 1 and tokens[back].norm in _ME and tokens[back - 1].norm in _LET:
            k = t + 1
    elif (
        tokens[t].norm in _THANKS
        and t + 2 < len(tokens)
        and tokens[t + 1].norm in _GO
        and tokens[t + 2].norm == "to"
    ):
        # "my (special|sincere) thanks go to"
        j = t - 1
        while (
            j >= 0
            and tokens[j].is_word
            and tokens[j].text.islower()
            and tokens[j].norm not in _FIRST
            and t - j < 4
        ):
            j -= 1
        if j >= 0 and tokens[j].norm in _FIRST:
            k = t + 3
    if k is None or k >= len(tokens):
        return None
    if _doubted(tokens, _clause(tokens, t), t):
        return None
    k = _skip(tokens, k, _ARTICLES_DEAR)
    unit = _unit_at(units, k, k)
    if unit is None:
        return None
    target = _code(tokens, unit, demonym)
    if target is None:
        return None
    return _Esteem(target, t, unit.tok_end - 1, sources=(speaker,))


# ------------------------------------------------------------------------------------------- the readers

_READERS = (
    _Reader(_framed, _REGARD_WORDS, reads_questions=True),
    _Reader(_body_of_worth, _BECOME_WORDS | _OPENED, reads_questions=True),
    _Reader(_counted_on, _COUNT, reads_questions=True),
    _Reader(_quality_shown, _SHOWING),
    _Reader(_good_work, _DONE | _PROVED),
    _Reader(_bright_prospects, _PROSPECTS),
    _Reader(_thanks_given, _THANKS | words("thank")),
    _Reader(_helps_good_cause, _HELP),
    _Reader(_merit_shown, _MADE | _SHOWN),
    _Reader(_respect_for, _RESPECT | _HOLD),
    _Reader(_sign_of_ties, _SIGN | _ATTEST),
)
"""Each reader with the words that start what it reads, in the order they are asked: the first esteem
found is the sentence's."""


def may_read(norms: frozenset[str] | set[str]) -> bool:
    """Whether a sentence with these words may hold esteem this module reads (so the coder does not pass it
    over as eventless before the readers run)."""
    if _FIRST_WORDS.isdisjoint(norms):
        return False  # every test below needs one of these words
    return bool(
        (not _REGARD_WORDS.isdisjoint(norms) and not _WORTH_WORDS.isdisjoint(norms))
        or (
            not _BECOME_WORDS.isdisjoint(norms)
            and not _BODY_HEADS.isdisjoint(norms)
            and not _APPROVING.isdisjoint(norms)
        )
        or (not _OPENED.isdisjoint(norms) and not _PAGES.isdisjoint(norms))
        or (not _COUNT.isdisjoint(norms) and not _MERITS.isdisjoint(norms))
        or (not _SHOWING.isdisjoint(norms) and not _QUALITIES.isdisjoint(norms))
        or (not _DONE.isdisjoint(norms) and not _JOB.isdisjoint(norms))
        or (not _PROVED.isdisjoint(norms) and not _WORTH.isdisjoint(norms))
        or (not _PROSPECTS.isdisjoint(norms) and not _BRIGHT.isdisjoint(norms))
        or ("thank" in norms and not _LET.isdisjoint(norms))
        or (not _THANKS.isdisjoint(norms) and not _GO.isdisjoint(norms))
        or (not _HELP.isdisjoint(norms) and not _GOOD_CAUSES.isdisjoint(norms))
        or (not _MADE.isdisjoint(norms) and not _PROGRESS.isdisjoint(norms))
        or (not _SHOWN.isdisjoint(norms) and not _VIRTUES.isdisjoint(norms))
        or (not _RESPECT.isdisjoint(norms) and not _DEEP.isdisjoint(norms))
        or (not _HOLD.isdisjoint(norms) and not _ESTEEM_NOUNS.isdisjoint(norms))
        or (not _SIGN_OR_ATTEST.isdisjoint(norms) and not _TIES.isdisjoint(norms))
    )


def esteemed(view: SentenceView, demonym: Demonym) -> Finding | None:
    """SUPPORT for esteem of another actor in the wording of official texts (see the module docstring);
    ``demonym`` gives the actor one word names ("Syrian") for names the dictionary does not know whole."""
    if len(view.tokens) > _MAX_TOKENS:
        return None
    asked = any(t.norm == "?" for t in view.tokens)
    for reader in _READERS:
        found = _scan(view, demonym, reader, asked)
        if found is not None:
            return found
    return None


_GOOD_CAUSES = _GOOD_CAUSE_VERBS | _GOOD_CAUSE_NOUNS
_SIGN_OR_ATTEST = _SIGN | _ATTEST
"""Word sets :func:`may_read` tests joined, once for all sentences."""
_FIRST_WORDS = (
    _REGARD_WORDS
    | _BECOME_WORDS
    | _OPENED
    | _COUNT
    | _SHOWING
    | _DONE
    | _PROVED
    | _PROSPECTS
    | {"thank"}
    | _THANKS
    | _HELP
    | _MADE
    | _SHOWN
    | _RESPECT
    | _HOLD
    | _SIGN_OR_ATTEST
)
"""The first word set of each test in :func:`may_read`: a sentence with none of them passes no test."""
