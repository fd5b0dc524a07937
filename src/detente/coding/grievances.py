"""Coder stage 6b, a statement reader: grievances of official speech that name no verb of blame.

Russian officials often criticise another state or bloc without "criticise" or "condemn": they say what it
is made into or what it failed to keep. The gold codes both as ACCUSE by the speaker (the sayer of the
clause, else the text's speaker) against the one so described:

- :func:`instrument_of_another`: the one described is another's tool: "NATO is an instrument of US foreign
  policy", "the Alliance has become a tool of American influence in Europe", "the bloc has turned into an
  instrument of containment". The subject opens its clause before a linking or becoming verb; after the
  tool noun comes either the policy, interests or influence of a third actor (neither the accuser nor the
  subject: "an instrument of Russia's foreign policy" said by Russia is praise, not blame), or a word of
  hostile aim ("of pressure", "of confrontation") with no owner at all.
- :func:`broken_word`: the one described did not keep its word: "the Americans did not keep their promise",
  "the West has never fulfilled its obligations", "Washington went back on its word", "they deceived us".
  A promise or obligation of the subject's own ("its", "their") is required for the kept/fulfilled forms, so
  "we expect the contractor to fulfil its obligations" (a demand, not a failure: no negation) and "all
  participants honoured their commitments" (no negation) read nothing; "deceived" needs its victim to be
  the accuser ("us", "me", "Russia" said by Russia). A pronoun subject ("they deceived us") reads nothing:
  who "they" are is told in another sentence.

- :func:`hostile_attempts`: "NATO's attempts to contain Russia", "attempts by Washington to isolate us".
- :func:`measure_condemned`: a measure whose doer is named, said to break an accord or to aim at harm ("the
  launchers deployed by the Americans are a direct violation of the treaty", "Washington's sanctions are
  designed to hold back our development").
- :func:`foreign_hand`: unrest said by Russia to be run from abroad (ACCUSE RUS -> WEST).

Nothing is read in a question, in a conditional or future clause ("if NATO became an instrument of ...",
"will never keep its promise" is a forecast), or when the subject is the accuser itself."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import Token, words
from detente.coding.roleparts import SPEECH_VERBS, Roles, clause_floor
from detente.coding.statements import Finding, SentenceView
from detente.coding.subjects import sayer_before
from detente.coding.units import Unit

_TOOLS = words("instrument instruments tool tools weapon lever levers")
_BECOMING = words(
    "is are was were remains remain remained become becomes became turned turning turns serves serve served "
    "serving been being"
)
_INTO_AS = words("into as")
_USING = words("use uses used using")
_DETERMINERS = words(
    "a an the merely simply just only essentially effectively nothing but more than mere in fact effect "
    "essence reality actually basically de facto , now already long today still increasingly one of"
)
_TOOL_ADJECTIVES = words(
    "obedient convenient handy docile mere pure real main key political military geopolitical cold war "
    "blunt important"
)
_POLICY = words(
    "policy policies interests interest influence hegemony domination dominance will ambitions strategy "
    "designs"
)
_UNFAIR = words("unfair dishonest illegitimate political economic")
_POLICY_ADJECTIVES = words("foreign military geopolitical political own global expansionist")
_HOSTILE_AIMS = words(
    "pressure containment confrontation aggression expansion interference blackmail coercion hegemony "
    "domination intimidation subversion destabilisation destabilization"
)
_OPENERS = SPEECH_VERBS | words("that because since while whereas but and believe believes think thinks")
_CONDITIONS = words("if unless whether would could might should will shall may")
_NEGATIONS = words("not n't never")
_KEEPING = words(
    "keep kept keeps keeping fulfil fulfill fulfilled fulfils fulfills honour honor honoured honored "
    "honours honors observe observed observes respect respected respects implement implemented "
    "implements comply complied fulfilling implementing honouring honoring observing respecting complying"
)
_WORDS_GIVEN = words("promise promises word pledge pledges assurances commitments obligations guarantees")
_OWN = words("its their his her")
_ACCORDS = words("agreements agreement accords accord treaty obligations commitments")
_BREAKING = words("broke broken breaks reneged renege reneges")
_BACK_ON = words("went gone goes")
_DECEIVING = words("deceived deceive deceives cheated misled duped betrayed hoodwinked tricked")
_VICTIMS = words("us me")
_REACH = 6
_GOVERNING = words("of with to for by from in on at against about")
"""At most this many words between the subject and the tool noun or the verb of keeping."""


def may_read(norms: frozenset[str] | set[str]) -> bool:
    """The sentence's words leave room for a reader (a tool noun, a word given, a verb of deceit, attempts,
    an accord, a violation, an aim or "abroad")."""
    return not _CUES.isdisjoint(norms)


def _accuser(view: SentenceView, subject: Unit) -> str | None:
    """Who says so: the sayer of the clause ("Putin said NATO ..."), else the text's speaker."""
    sayer = sayer_before(view.tokens, view.units, subject.tok_start)
    if sayer is not None and sayer.code:
        return sayer.code
    return view.speaker


def _subject(tokens: Sequence[Token], units: Sequence[Unit], verb: int) -> Unit | None:
    """The coded actor that stands in the clause before ``verb`` as its subject: the first one after the last
    word or comma opening the clause, within reach ("Putin said NATO is ...", "In essence, NATO is ...");
    failing that, when an aside set off by commas comes between ("NATO, as everyone knows, is ...", "NATO,
    which was created in 1949, is ..."), the one right before the aside's first comma. Not one after a
    preposition ("the role of NATO is ...") and not a pronoun (whom "they" means is told elsewhere)."""
    floor = clause_floor(tokens, verb)
    said = [i + 1 for i in range(floor, verb) if tokens[i].norm in _OPENERS]
    start = said[-1] if said else floor
    opened = [i + 1 for i in range(start, verb) if tokens[i].norm == ","]
    near = max(opened[-1] if opened else start, verb - _REACH)
    found = [u for u in units if near <= u.tok_start and u.tok_end <= verb and u.code]
    if found:
        return found[0] if _bare(tokens, found[0]) else None
    if not opened or any(t.norm in _OPENERS for t in tokens[opened[-1] : verb]):
        return None
    head = next((u for u in units if u.tok_end == opened[0] - 1 and u.tok_start >= start and u.code), None)
    return head if head is not None and _bare(tokens, head) else None


def _bare(tokens: Sequence[Token], unit: Unit) -> bool:
    """The unit is no pronoun and no preposition governs it."""
    if unit.kind == "pronoun":
        return False
    return not (unit.tok_start > 0 and tokens[unit.tok_start - 1].norm in _GOVERNING)


def _blocked(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A condition, modal or question between ``start`` and ``end`` (or closing the sentence)."""
    if tokens and tokens[-1].norm == "?":
        return True
    return any(t.norm in _CONDITIONS for t in tokens[max(0, start - 3) : end])


def instrument_of_another(view: SentenceView) -> Finding | None:
    """ACCUSE by the sayer against the subject described as another's tool, or against the one that uses
    another as its tool ("Washington uses Kiev as an instrument against Russia") (module docstring)."""
    tokens, units = view.tokens, view.units
    for k, tok in enumerate(tokens):
        if tok.norm not in _TOOLS or k + 1 >= len(tokens) or tokens[k + 1].norm not in ("of", "against"):
            continue
        v = k - 1
        while v >= 0 and (tokens[v].norm in _DETERMINERS or tokens[v].norm in _TOOL_ADJECTIVES):
            v -= 1
        using = _user_verb(tokens, v) if v >= 0 and tokens[v].norm == "as" else None
        if using is not None:
            v = using
        elif v >= 0 and tokens[v].norm in _INTO_AS:
            v -= 1
        contrast = (
            None if using is not None or v < 0 or tokens[v].norm in _BECOMING else _contrast(tokens, v + 1, k)
        )
        if contrast is not None:
            v = contrast  # "NATO is no longer a defensive alliance but an instrument of ...": the second predicate
        if v < 0 or (using is None and tokens[v].norm not in _BECOMING):
            continue
        subject = _subject(tokens, units, v)
        if subject is None:
            continue
        if contrast is None and any(t.norm in _NEGATIONS for t in tokens[subject.tok_end : k]):
            continue
        if _blocked(tokens, subject.tok_start, k):
            continue
        accuser = _accuser(view, subject)
        if accuser is None or subject.code == accuser:
            continue
        if tokens[k + 1].norm == "against":
            end = _against_accuser(view, k + 2, accuser) if using is not None else None
        else:
            end = _owner_policy(view, k + 2, accuser, str(subject.code), own=using is not None)
        if end is None:
            continue
        return _blame(tokens, subject, end, accuser, tok.text)
    return None


def _blame(tokens: Sequence[Token], subject: Unit, end: int, accuser: str, word: str) -> Finding:
    """ACCUSE by ``accuser`` of ``subject``, the evidence from the subject to token ``end`` (exclusive)."""
    span = (tokens[subject.tok_start].start, tokens[end - 1].end)
    roles = Roles((accuser,), (str(subject.code),), span)
    return Finding(EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, span[0], span[1], word)


def _contrast(tokens: Sequence[Token], lo: int, k: int) -> int | None:
    """The linking verb of "is not X but a tool", "is no longer X, but an instrument": the tool noun at
    ``k`` is the predicate that "but" sets against a denied one; ``None`` unless that is the shape."""
    but = next((i for i in range(k - 1, lo - 1, -1) if tokens[i].norm == "but"), None)
    if but is None:
        return None
    for i in range(but - 1, max(-1, but - 9), -1):
        if tokens[i].norm in _BECOMING:
            denied = {t.norm for t in tokens[i + 1 : but]}
            return i if denied & (_NEGATIONS | words("no longer")) else None
    return None


def _user_verb(tokens: Sequence[Token], as_at: int) -> int | None:
    """The verb "use" a few words before "as" ("uses NATO as", "is using the Kiev regime as"), or ``None``."""
    for i in range(as_at - 1, max(-1, as_at - 6), -1):
        if tokens[i].norm in _USING:
            return i
    return None


def _against_accuser(view: SentenceView, i: int, accuser: str) -> int | None:
    """The end of "against Russia" / "against us" at ``i`` when it names the accuser."""
    tokens = view.tokens
    if i < len(tokens) and tokens[i].norm in _VICTIMS:
        return i + 1
    first = (i, i + 1) if i < len(tokens) and tokens[i].norm in ("the", "our") else (i,)
    unit = next((u for u in view.units if u.tok_start in first and u.code == accuser), None)
    return unit.tok_end if unit is not None else None


def _owner_policy(view: SentenceView, i: int, accuser: str, subject: str, *, own: bool = False) -> int | None:
    """The end (exclusive) of what follows "instrument of" at ``i`` when it is another's policy ("US foreign
    policy", "the United States' interests", "the foreign policy of Washington") or a hostile aim
    ("pressure"); ``None`` otherwise."""
    tokens = view.tokens
    if i >= len(tokens):
        return None
    if tokens[i].norm in _HOSTILE_AIMS:
        return i + 1
    if (
        tokens[i].norm in _UNFAIR
        and i + 1 < len(tokens)
        and tokens[i + 1].norm in _HOSTILE_AIMS | {"competition"}
    ):
        return i + 2  # "an instrument of unfair competition"
    if own and tokens[i].norm in _OWN:
        # "uses NATO as an instrument of its foreign policy": the user's own policy
        p = i + 1
        while p < len(tokens) and tokens[p].norm in _POLICY_ADJECTIVES:
            p += 1
        return p + 1 if p < len(tokens) and tokens[p].norm in _POLICY else None
    first = (i, i + 1) if tokens[i].norm == "the" else (i,)
    owner = next((u for u in view.units if u.tok_start in first and u.code), None)
    if owner is None:
        # "the foreign policy of the United States"
        p = i + 1 if tokens[i].norm == "the" else i
        while p < len(tokens) and tokens[p].norm in _POLICY_ADJECTIVES:
            p += 1
        if p + 1 >= len(tokens) or tokens[p].norm not in _POLICY or tokens[p + 1].norm != "of":
            return None
        after = (p + 2, p + 3) if p + 2 < len(tokens) and tokens[p + 2].norm == "the" else (p + 2,)
        owner = next((u for u in view.units if u.tok_start in after and u.code), None)
        if owner is None or owner.code in (accuser, subject):
            return None
        return owner.tok_end
    if owner.code in (accuser, subject):
        return None
    p = owner.tok_end
    if p < len(tokens) and tokens[p].norm in ("'s", "’s", "'"):
        p += 1
    while p < len(tokens) and tokens[p].norm in _POLICY_ADJECTIVES:
        p += 1
    if p < len(tokens) and tokens[p].norm in _POLICY:
        return p + 1
    return None


def broken_word(view: SentenceView) -> Finding | None:
    """ACCUSE by the sayer against the subject that did not keep its word or deceived it (module docstring)."""
    tokens, units = view.tokens, view.units
    for k, tok in enumerate(tokens):
        if tok.norm not in _FAILED_WORD_VERBS:
            continue  # (:func:`_failed_word` starts from one of these, s34-speed3)
        end = _failed_word(tokens, k, view.speaker, units)
        if end is None:
            continue
        head = k
        while head > 0 and tokens[head - 1].norm in _NEGATIONS | words("has have had did does do simply"):
            head -= 1
        subject = _subject(tokens, units, head)
        if subject is None or _blocked(tokens, subject.tok_start, k):
            continue
        accuser = _accuser(view, subject)
        if accuser is None or subject.code == accuser:
            continue
        return _blame(tokens, subject, end, accuser, tok.text)
    return None


def _failed_word(tokens: Sequence[Token], k: int, speaker: str | None, units: Sequence[Unit]) -> int | None:
    """The end (exclusive) of a failure to keep one's word that starts at the verb ``k``: "did not keep its
    promise", "broke their word", "went back on its word", "deceived us"."""
    norm = tokens[k].norm
    nxt = tokens[k + 1].norm if k + 1 < len(tokens) else ""
    after = tokens[k + 2].norm if k + 2 < len(tokens) else ""
    if norm in _KEEPING and nxt in _OWN and after in _WORDS_GIVEN:
        before = {t.norm for t in tokens[max(0, k - 3) : k]}
        return k + 3 if before & _NEGATIONS else None
    if norm in _KEEPING and nxt == "the":
        # "Kiev is not fulfilling the Minsk Agreements": an accord named after "the", within three words
        before = {t.norm for t in tokens[max(0, k - 3) : k]}
        last = next((j for j in range(k + 2, min(len(tokens), k + 5)) if tokens[j].norm in _ACCORDS), None)
        return last + 1 if last is not None and before & _NEGATIONS else None
    if norm in _BREAKING and nxt in _OWN | words("on") and (after in _WORDS_GIVEN or after in _OWN):
        last = k + 3 if after in _WORDS_GIVEN else k + 4
        return last if last <= len(tokens) and tokens[last - 1].norm in _WORDS_GIVEN else None
    if norm in _BACK_ON and nxt == "back" and after == "on":
        last = k + 5
        ok = last <= len(tokens) and tokens[k + 3].norm in _OWN and tokens[last - 1].norm in _WORDS_GIVEN
        return last if ok else None
    if norm in _DECEIVING and k + 1 < len(tokens):
        if nxt in _VICTIMS and speaker:
            return k + 2
        victim = next((u for u in units if u.tok_start == k + 1 and u.code), None)
        if victim is not None and victim.code == speaker:
            return victim.tok_end
    return None


_FAILED_WORD_VERBS = _KEEPING | _BREAKING | _BACK_ON | _DECEIVING
"""The words :func:`_failed_word` answers for (it is ``None`` at any other token)."""


class _Coded(Protocol):
    """What :func:`with_broken_word` reads of an event already coded."""

    @property
    def event(self) -> EventType: ...

    @property
    def polarity(self) -> Polarity: ...

    @property
    def anchor(self) -> tuple[int, int]: ...


E = TypeVar("E", bound=_Coded)


def with_broken_word(view: SentenceView, events: list[E], make: Callable[[Finding], E | None]) -> list[E]:
    """``events`` with the ACCUSE of :func:`broken_word` added (unless one is there), in place of the promise
    the trigger rules read in the same words ("did not keep its promises" is no negated AGREE, "broke its
    promise not to expand" no CONCEDE)."""
    if any(e.event is EventType.ACCUSE for e in events):
        return events
    finding = broken_word(view)
    if finding is None:
        return events
    event = make(finding)
    if event is None:
        return events
    kept = [
        e
        for e in events
        if not (
            e.event in (EventType.AGREE, EventType.CONCEDE) and finding.start <= e.anchor[0] < finding.end
        )
    ]
    return [*kept, event]


_ATTEMPTS = words("attempts attempt efforts bid bids endeavours")
_HOSTILE_AIM_VERBS = words(
    "contain weaken undermine isolate destabilise destabilize split divide discredit intimidate blackmail "
    "dictate encircle rewrite distort falsify whitewash derail sabotage drag interfere impose provoke "
    "deter humiliate punish strangle stifle"
)
_OWNER_MARKS = words("'s ’s '")
_AIMED_AT_SOMEONE = words("contain isolate deter punish impose drag split divide weaken")
"""Aims that are hostile only against someone ("contain Russia", not "contain the epidemic")."""
_SOMEONE = words("us our country nation people europe")


def _someone_after(tokens: Sequence[Token], units: Sequence[Unit], i: int) -> bool:
    """An actor, "us" or "our country" within two words from ``i``."""
    if any(t.norm in _SOMEONE for t in tokens[i : i + 2]):
        return True
    return any(u.code and i <= u.tok_start <= i + 1 for u in units)


def hostile_attempts(view: SentenceView) -> Finding | None:
    """ACCUSE by the sayer against the one whose attempts to do harm are named: "NATO's attempts to contain
    Russia", "attempts by Washington to isolate our country", "the efforts of the Kiev authorities to
    rewrite history". The attempt must belong to a named actor other than the accuser; "attempts to
    falsify history are unacceptable" names no one and reads nothing here."""
    tokens, units = view.tokens, view.units
    for k, tok in enumerate(tokens):
        if tok.norm not in _ATTEMPTS or k + 2 >= len(tokens):
            continue
        owner, aim = _attempt_owner(tokens, units, k)
        if owner is None or aim >= len(tokens) - 1 or tokens[aim].norm != "to":
            continue
        if tokens[aim + 1].norm not in _HOSTILE_AIM_VERBS:
            continue
        if tokens[aim + 1].norm in _AIMED_AT_SOMEONE and not _someone_after(tokens, units, aim + 2):
            continue  # "China's attempts to contain the epidemic"
        lo = min(owner.tok_start, k)
        denied = _NEGATIONS | words("no")
        if _blocked(tokens, lo, aim) or any(t.norm in denied for t in tokens[max(0, lo - 3) : aim]):
            continue
        accuser = _accuser(view, owner)
        if accuser is None or owner.code == accuser:
            continue
        start, end = tokens[lo].start, tokens[aim + 1].end
        roles = Roles((accuser,), (str(owner.code),), (start, end))
        return Finding(EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, start, end, tok.text)
    return None


def _attempt_owner(tokens: Sequence[Token], units: Sequence[Unit], k: int) -> tuple[Unit | None, int]:
    """Whose attempts at ``k`` and where "to" should stand: "NATO's attempts to" (owner before), "attempts by
    NATO to" / "attempts of the US to" (owner after)."""
    p = k - 1
    while p >= 0 and tokens[p].norm in words("constant continued repeated persistent new recent"):
        p -= 1
    if p > 0 and tokens[p].norm in _OWNER_MARKS:
        unit = next((u for u in units if u.tok_end == p and u.code and u.kind != "pronoun"), None)
        return unit, k + 1
    unit = next((u for u in units if u.tok_end == p + 1 and u.code and u.kind == "demonym"), None)
    if unit is not None:
        return unit, k + 1  # "American attempts to"
    if tokens[k + 1].norm in ("by", "of"):
        first = (k + 2, k + 3) if k + 2 < len(tokens) and tokens[k + 2].norm == "the" else (k + 2,)
        unit = next((u for u in units if u.tok_start in first and u.code and u.kind != "pronoun"), None)
        return unit, (unit.tok_end if unit is not None else len(tokens))
    return None, len(tokens)


_MEASURES = words(
    "sanctions restrictions measures deployment deployments launchers missiles systems policy policies actions "
    "steps decision decisions exercises drills bases infrastructure presence strategy course"
)
_AIMED = words("aimed designed intended meant calculated")
_HOSTILE_INGS = words(
    "containing weakening undermining isolating restraining holding squeezing ousting pushing punishing "
    "harming damaging destabilising destabilizing hindering curbing stifling strangling deterring dividing "
    "splitting discrediting provoking pressuring intimidating blackmailing encircling"
)
_HOSTILE_BASES = _HOSTILE_AIM_VERBS | words(
    "restrain hold squeeze oust push harm damage hinder curb strangle deter pressure encircle"
)
_VIOLATIONS = words("violation violations breach breaches contravention")
_PURPOSES = words("purpose aim goal objective")
_ADVERBS = words(
    "clearly obviously primarily mainly mostly largely solely only exclusively simply directly openly in fact "
    "essentially actually really absolutely , a an the direct clear obvious gross flagrant blatant open "
    "outright crude glaring serious grave"
)
_LINKS = words("is are was were")
_SAYING = SPEECH_VERBS | words("that believe believes think thinks because")
_NOT_DOERS = words("against on in to for at from with into onto near towards toward")
"""Prepositions whose actor is the measure's target or place, not its doer ("sanctions against Russia")."""


def measure_condemned(view: SentenceView) -> Finding | None:
    """ACCUSE by the sayer against the named doer of a measure said to break an accord or to aim at harm:
    "the launchers deployed by the Americans in Romania are a direct violation of the INF Treaty", "the
    sanctions imposed by the United States are aimed at restraining Russia", "Washington's sanctions are
    intended to weaken Russia", "the purpose of the American sanctions is to contain Russia". The doer is the
    actor after "by", a possessor ("Washington's") or an adjective ("US", "American") of the measure, never
    one after "against", "on", "in" (the target or the place). Nothing is read in a question, a condition, a
    denial ("are not aimed at"), or when the doer is the accuser."""
    tokens, units = view.tokens, view.units
    for v, tok in enumerate(tokens):
        if tok.norm not in _LINKS or v == 0:
            continue
        floor = clause_floor(tokens, v)
        said = [i + 1 for i in range(floor, v) if tokens[i].norm in _SAYING]
        start = said[-1] if said else floor
        purpose = any(t.norm in _PURPOSES for t in tokens[start:v])
        end = _condemning_predicate(tokens, v + 1, purpose=purpose)
        if end is None:
            continue
        doer = _measure_doer(tokens, units, start, v)
        if doer is None or _blocked(tokens, start, v):
            continue
        accuser = _accuser(view, doer)
        if accuser is None or doer.code == accuser:
            continue
        lo, hi = tokens[start].start, tokens[end - 1].end
        roles = Roles((accuser,), (str(doer.code),), (lo, hi))
        return Finding(EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, lo, hi, tok.text)
    return None


def _condemning_predicate(tokens: Sequence[Token], i: int, *, purpose: bool) -> int | None:
    """The end of "a direct violation of", "aimed at containing", "intended to weaken", "to contain" (after
    "the purpose of ... is") starting at ``i``, past adverbs; ``None`` for anything else or a denial."""
    j = i
    while j < len(tokens) and tokens[j].norm in _ADVERBS:
        j += 1
    if j >= len(tokens) - 1:
        return None
    word, nxt = tokens[j].norm, tokens[j + 1].norm
    if purpose and word == "to" and nxt in _HOSTILE_BASES:
        return j + 2  # "the purpose of the sanctions is to contain Russia"
    if word in _VIOLATIONS and nxt == "of":
        return j + 2
    if word in _AIMED:
        k = j + 1
        if nxt == "at" and k + 1 < len(tokens) and tokens[k + 1].norm in _HOSTILE_INGS:
            return k + 2
        if nxt == "to" and k + 1 < len(tokens) and tokens[k + 1].norm in _HOSTILE_BASES:
            return k + 2
    return None


def _measure_doer(tokens: Sequence[Token], units: Sequence[Unit], start: int, v: int) -> Unit | None:
    """The named doer of the measure that is the subject between ``start`` and the linking verb ``v``."""
    span = tokens[start:v]
    norms = [t.norm for t in span]
    if not any(n in _MEASURES for n in norms):
        return None
    if any(n in _NEGATIONS or n == "?" for n in norms):
        return None
    if v + 1 < len(tokens) and tokens[v + 1].norm in _NEGATIONS:
        return None
    for u in units:
        if not (start <= u.tok_start and u.tok_end <= v and u.code) or u.kind == "pronoun" or u.locative:
            continue
        b = u.tok_start - 1
        if b > start and tokens[b].norm == "the":
            b -= 1
        before = tokens[b].norm if b >= start else ""
        after = tokens[u.tok_end].norm if u.tok_end < v else ""
        if before == "by":
            return u  # "imposed by the United States"
        if before in _NOT_DOERS:
            continue
        if after in _OWNER_MARKS or after in _MEASURES or u.kind == "demonym":
            return u  # "Washington's sanctions", "US sanctions", "American launchers"
        if before == "of" and u.tok_start >= 2 and tokens[u.tok_start - 2].norm in _MEASURES:
            return u  # "the sanctions of the EU"
    return None


_FOREIGN_HAND = words(
    "orchestrated fuelled fueled inspired directed instigated financed sponsored incited engineered "
    "organised organized provoked encouraged funded controlled masterminded backed"
)
_ABROAD = words("abroad outside overseas")
_WEST = "WEST"
_CUES = _TOOLS | _WORDS_GIVEN | _DECEIVING | _ATTEMPTS | _ACCORDS | _VIOLATIONS | _AIMED | _PURPOSES | _ABROAD
_RUSSIA = "RUS"


def foreign_hand(view: SentenceView) -> Finding | None:
    """ACCUSE by Russia against the West for unrest it says is run from abroad: "an attempted colour
    revolution orchestrated from abroad", "a Maidan scenario fuelled from outside". Russian official speech
    means the West by "abroad" here, and the gold codes it so; said by anyone else (or by no one the text
    names) it reads nothing, and so does a denial ("was not inspired from abroad") or a question."""
    tokens = view.tokens
    if not tokens or tokens[-1].norm == "?":
        return None
    for k in range(len(tokens) - 2):
        if tokens[k].norm not in _FOREIGN_HAND or tokens[k + 1].norm != "from":
            continue
        if tokens[k + 2].norm not in _ABROAD:
            continue
        if any(t.norm in _NEGATIONS | words("no") for t in tokens[max(0, k - 3) : k]):
            continue
        sayer = sayer_before(tokens, view.units, k)
        accuser = sayer.code if sayer is not None and sayer.code else view.speaker
        if accuser != _RUSSIA:
            continue
        lo, hi = tokens[k].start, tokens[k + 2].end
        roles = Roles((_RUSSIA,), (_WEST,), (lo, hi))
        return Finding(EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, lo, hi, tokens[k].text)
    return None
