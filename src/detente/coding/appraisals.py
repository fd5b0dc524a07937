"""Coder stage 6b, a statement reader: another actor, its people, its work or a relation with it judged good.

Official texts praise a partner by judging something of it with a linking verb and a word of approval:
"the minister said Norwegian investors were dependable partners", "She voiced her confidence that the
joint commission's output was broadly positive", "the envoy told the Chancellor that German ties with
the Union were much better than anyone had hoped", "the Premier said that links with Asia were one of
Canada's chief external priorities", "China's position has proved to be constructive". Each is SUPPORT by
the sayer (else the text's speaker) for the actor judged.

The subject of the linking verb ("is", "were", "remains", "has been", "has proved to be") must open its
clause and be one of:

- an actor itself ("the Council has proved to be an effective instrument");
- the people of an actor named by its adjective ("Finnish businessmen", "German companies"; not "our
  partners" or "Russia's partners", which praise partners left unnamed);
- the work, position or contribution of an actor ("the NRC work", "China's position", "the role of the UN");
- a relation with an actor ("relations with NATO", "Russia's cooperation with India", "Russian-Slovak
  relations"): the praised side is the one that is not the sayer, and a relation of two others is left.

The word of approval is a judgement ("reliable", "effective", "positive", "constructive", "better", "a
priority"), not a description ("friendly in nature", "developing dynamically", "important" — which the gold
leaves empty), and it comes right after the verb, past articles, adverbs and possessives ("far better",
"one of Russia's foreign policy priorities"). Nothing is read when the clause is negated ("were not
reliable", "less effective"), hypothetical or conditional ("could be useful", "if adopted", "will remain"),
an attitude ("Russia is positive about the plan"), or when the one judged is the sayer itself ("our
companies are reliable", "Russian relations with NATO" judged by Russia praise NATO, not Russia). A sayer
that neither the sentence nor the text's speaker names ("He expressed his assurance that ...") reads
nothing: an event with no source would count against the source figures."""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import Token, words
from detente.coding.roles import SPEECH_VERBS, Roles, prep_before, sayer_after, sayer_before
from detente.coding.statements import Finding, SentenceView
from detente.coding.units import Unit

APPRAISALS = words(
    "reliable dependable trustworthy effective efficient positive constructive productive fruitful successful "
    "valuable useful better excellent priority priorities"
)
"""Words of approval that judge what the subject names."""

_LINKS = words("is are was were remain remains remained")
_PROVED = words("proved proven")
_PERFECT = words("has have had")
_MODALS = words("could would might may should must will shall can cannot 'd 'll to")
_FILLERS = words(
    "a an the one of very highly far much quite sufficiently most more truly really always also still "
    "even extremely particularly especially so generally overall indeed certainly clearly genuinely "
    "absolutely our their its his her my foreign policy key main top first major important reliable and "
    "'s ’s ' now already"
)
"""Words allowed between the linking verb and the word of approval ("were far better", "one of Russia's
foreign policy priorities", "is a very reliable")."""
_ADVERBS = words("always also still now indeed truly certainly clearly generally really already")
_NEGATIONS = words(
    "not n't never no hardly nor neither less least insufficiently scarcely barely nothing lacking"
)
_CONDITIONS = words("if unless whether whenever provided")
_ATTITUDE_AFTER = words("about on towards toward regarding that of over in to")
"""An approval word followed by these tells the subject's attitude or field ("Russia is positive about
...", "successful in ..."), not its worth."""
_BETTER_AFTER = words("than . , ; and")

_SAY = SPEECH_VERBS | words(
    "expressed expresses assurance confidence conviction believes believed believe convinced confident "
    "stated states remarked observed assured considers considered thinks thought feels felt described "
    "according stressing noting saying adding"
)
_OPENERS = words('that , : “ " ‘ and but today now currently also generally overall indeed certainly')
"""What may stand before the subject: the start of the clause after a speech verb or a comma."""

_PEOPLE = words(
    "businessmen business businesses companies firms entrepreneurs investors partners colleagues "
    "specialists experts scientists community"
)
_WORK = words(
    "work position positions approach stance role contribution contributions participation efforts "
    "proposal proposals initiative initiatives mediation assistance help decision decisions step steps "
    "move response"
)
_CAUSES = words("to in towards toward for")
_RELATIONS = words(
    "relations relationship ties cooperation co-operation partnership interaction contacts dialogue"
)
_OWN = words("our my their its his her")


def _coded(units: Sequence[Unit], start: int, end: int) -> list[Unit]:
    return [
        u
        for u in units
        if u.code and u.kind not in ("pronoun",) and start <= u.tok_start and u.tok_end <= end
    ]


def _unit_ending(units: Sequence[Unit], end: int) -> list[Unit]:
    return [u for u in units if u.code and u.kind != "pronoun" and u.tok_end == end]


def _past_article(tokens: Sequence[Token], i: int) -> int:
    """The first token of a noun phrase whose first named word is at ``i``: back past "the"/"a"."""
    while i > 0 and tokens[i - 1].norm in ("the", "a", "an", "present-day", "current", "today's"):
        i -= 1
    return i


def _link_before(tokens: Sequence[Token], a: int) -> tuple[int, int] | None:
    """The linking verb that the approval word at ``a`` completes: (first token of the verb group, token
    after it); ``None`` when only articles, adverbs and possessives do not reach one."""
    j = a - 1
    while j >= 0 and a - j <= 8:
        norm = tokens[j].norm
        if norm in _LINKS:
            start = j
            break
        if norm == "been" and j > 0:
            k = j - 1
            while k > 0 and tokens[k].norm in _ADVERBS:
                k -= 1
            if tokens[k].norm not in _PERFECT:
                return None
            start = k
            break
        if norm == "be" and j >= 2 and tokens[j - 1].norm == "to" and tokens[j - 2].norm in _PROVED:
            j -= 2
            norm = tokens[j].norm
        if norm in _PROVED:
            start = j - 1 if j > 0 and tokens[j - 1].norm in _PERFECT else j
            break
        if norm in _FILLERS or norm.endswith("ly") or (tokens[j].text[:1].isupper() and tokens[j].is_word):
            j -= 1
            continue
        return None
    else:
        return None
    if start > 0 and tokens[start - 1].norm in _MODALS:
        return None  # "could be useful", "will remain", "seems to be"
    return start, j + 1


def _subject(
    tokens: Sequence[Token], units: Sequence[Unit], verb: int
) -> tuple[int, Unit, Unit | None] | None:
    """The subject before the verb at ``verb``: (its first token, the actor judged, the other side of a
    relation or ``None``)."""
    h = verb - 1
    if h < 0:
        return None
    head = tokens[h].norm
    # a relation with an actor: "(Russia's|Russian|our) relations with NATO", "cooperation with the EU"
    ending = _unit_ending(units, verb)
    for x in ending:
        w = _past_article(tokens, x.tok_start) - 1
        if w < 1 or tokens[w].norm != "with" or tokens[w - 1].norm not in _RELATIONS:
            continue
        r = w - 1
        own = [u for u in units if u.code and u.tok_end in (r, r - 1) and u.tok_start < r]
        if own and own[-1].tok_end == r - 1 and tokens[r - 1].norm not in ("'s", "’s", "'"):
            own = []
        first = own[-1].tok_start if own else (r - 1 if r > 0 and tokens[r - 1].norm in _OWN else r)
        return _past_article(tokens, first), x, own[-1] if own else None
    # "Russian-Slovak relations", "the Russia-NATO partnership"
    if head in _RELATIONS:
        pair = [
            u for u in units if u.code and u.kind != "pronoun" and u.tok_end in (h, h - 1) and u.tok_start < h
        ]
        pair = [u for u in pair if u.tok_end == h] or []
        if len(pair) == 2 and pair[0].code != pair[1].code:
            return _past_article(tokens, min(u.tok_start for u in pair)), pair[0], pair[1]
        two = [u for u in units if u.code and u.kind != "pronoun" and h - 4 <= u.tok_start and u.tok_end <= h]
        if len(two) == 2 and two[0].tok_end < two[1].tok_start and two[0].code != two[1].code:
            gap = [t.norm for t in tokens[two[0].tok_end : two[1].tok_start]]
            if gap in (["-"], ["–"], ["‐"]) and two[1].tok_end == h:
                return _past_article(tokens, two[0].tok_start), two[0], two[1]
        return None
    # the people of an actor named by its adjective: "Finnish businessmen", "the German business community"
    if head in _PEOPLE:
        for x in units:
            if not x.code or x.kind not in ("demonym", "state") or x.tok_end not in (verb, h, h - 1):
                continue
            if x.tok_end == verb and x.tok_start == h:
                continue  # the head itself is the name
            if x.tok_end == h - 1 and (tokens[h - 1].norm not in _PEOPLE or not tokens[h - 1].text.islower()):
                continue
            return _past_article(tokens, x.tok_start), x, None
        return None
    # the work of an actor: "the NATO-Russia Council work", "China's position", "the role of the UN"
    if head in _WORK:
        return _work_of(tokens, units, h)
    # the work of an actor for a cause: "Finland's contribution to NATO-led operations", "the Czech role in
    # settling the conflict"
    for n in range(verb - 2, max(-1, verb - 8), -1):
        if not (
            tokens[n].is_word
            and (tokens[n].text.islower() or any(u.tok_start <= n < u.tok_end for u in units))
        ):
            break
        if tokens[n].norm in _WORK and tokens[n + 1].norm in _CAUSES:
            return _work_of(tokens, units, n)
    for x in ending:
        w = _past_article(tokens, x.tok_start) - 1
        if w >= 1 and tokens[w].norm == "of" and tokens[w - 1].norm in _WORK:
            return _past_article(tokens, w - 1), x, None
        if prep_before(tokens, x) is not None:
            continue  # "curbing armed gangs in Libya is a first priority": Libya is not judged
        if x.kind in ("org", "state", "person", "unknown") or tokens[x.tok_end - 1].norm in _PEOPLE:
            return _past_article(tokens, x.tok_start), x, None  # "NATO", "German companies" (one unit)
    return None


def _work_of(tokens: Sequence[Token], units: Sequence[Unit], h: int) -> tuple[int, Unit, Unit | None] | None:
    """The actor whose work is the noun at ``h``: "the NRC work", "China's position"."""
    for x in units:
        if not x.code or x.kind == "pronoun" or x.tok_end > h:
            continue
        owned = x.tok_end == h - 1 and tokens[h - 1].norm in ("'s", "’s", "'")
        if x.tok_end == h or owned:
            return _past_article(tokens, x.tok_start), x, None
    return None


def _opens_clause(tokens: Sequence[Token], first: int) -> bool:
    """The subject starts its clause: first in the sentence, or after "that", a speech verb or a comma."""
    return first == 0 or tokens[first - 1].norm in _OPENERS or tokens[first - 1].norm in _SAY


def appraised_partner(view: SentenceView) -> Finding | None:
    """SUPPORT for judging another actor, its people, its work or a relation with it good (see the module
    docstring): by the sayer, else the text's speaker, for the actor judged."""
    tokens, units = view.tokens, view.units
    if any(t.norm == "?" for t in tokens):
        return None
    for a, tok in enumerate(tokens):
        if tok.norm not in APPRAISALS:
            continue
        after = tokens[a + 1].norm if a + 1 < len(tokens) else "."
        if after in _ATTITUDE_AFTER or (tok.norm == "better" and after not in _BETTER_AFTER):
            continue  # "positive about the plan", "better prepared"
        link = _link_before(tokens, a)
        if link is None:
            continue
        verb, _ = link
        found = _subject(tokens, units, verb)
        if found is None:
            continue
        first, judged, other = found
        if not _opens_clause(tokens, first):
            continue
        floor = max((i for i in range(first) if tokens[i].norm in (";", ":")), default=-1)
        clause = [t.norm for t in tokens[floor + 1 : a + 1]]
        if any(n in _NEGATIONS or n in _CONDITIONS for n in clause):
            continue  # "were not reliable", "if adopted, could be useful"
        sayer = sayer_before(tokens, units, first, _SAY) or sayer_after(tokens, units, a + 1)
        source = sayer.code if sayer is not None else view.speaker
        if source is None:
            continue  # nobody named says it ("He expressed his assurance that ..." with no speaker known)
        sides = {judged.code, other.code} if other is not None else {judged.code}
        if other is not None and source not in sides:
            continue  # a relation of two others, or of two sides and an unnamed sayer
        target = next((c for c in (judged.code, other.code if other else None) if c and c != source), None)
        if target is None:
            continue  # "our companies are reliable": one's own
        if other is None and judged.code == source:
            continue
        lo = min(tokens[first].start, sayer.start if sayer is not None else tokens[first].start)
        roles = Roles((source,), (target,), (lo, tok.end))
        return Finding(
            EventType.SUPPORT, "", roles, Polarity.ASSERTED, tokens[first].start, tok.end, tok.text
        )
    return None
