"""Coder stage 6b, a statement reader: an act done together, told by how it was done, not by a verb of
cooperation.

Wire copy and official texts often tell a joint act through its manner: "Polish police arrested the suspect
in cooperation with German authorities", "the strikes were planned in close coordination with Ankara",
"Russian and Ukrainian officials jointly inspected the plant", "Moscow and Ankara are working hand in hand
on the pipeline", "Finnish and Russian rescuers teamed up to search for the fishermen". The act itself may
code something else (an arrest, an inspection) or nothing; the manner says the sides cooperate
(COOPERATE). The doer is the clause's subject; the partner is the actor after "with" when there is one,
else two or more sides in the subject cooperate with each other (source both, no target).

Near misses left alone: a noun that only names cooperation as a topic or a wish ("interest in cooperation
with NATO", "progress in cooperation with Russia"), a manner with no subject actor, a subject that is the
partner itself."""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import Token, words
from detente.coding.polarity import polarity_of
from detente.coding.roleparts import Roles, prep_before
from detente.coding.statements import Finding, SentenceView
from detente.coding.units import Unit

_MANNER_NOUNS = words(
    "cooperation co-operation coordination co-ordination partnership collaboration concert conjunction"
)
"""Nouns of "in ... with": "in cooperation with", "in close coordination with", "in concert with"."""
_MANNER_ADVERBS = words("close closer closest full tight constant active direct")
_TOPIC_HEADS = words(
    "interest interests interested progress role success successes achievement achievements result results "
    "experience steps step trends prospects potential opportunities opportunity advances breakthrough "
    "participation involvement investment investments changes change lies belief believe believes believed "
    "faith hopes hope increase decline growth setback setbacks difficulties problems issues questions "
    "priorities priority areas area sphere spheres field fields"
)
"""Words after which "in cooperation with" is what something is about, not how an act was done."""
_JOINT_ADVERBS = words("jointly")
_TEAM_VERBS = words("team teams teamed teaming")
_CLAUSE_BOUNDS = words(
    "; : that which who whom whose when while because although though whereas after before if"
)
_SUBJECT_LINKS = words("and , the")
_AUXILIARIES = words(
    "will would could should might may can shall must do does did not never no is are was were be been being "
    "has have had also already jointly reportedly now then today yesterday n't"
)
_TO_WORDS = words("to will would could shall")
"""Words that end the stretch an aside's verb is read on ("plan to", "will")."""
_REACH = 30
"""How far before the cue the subject is looked for, in tokens."""


def _cues(tokens: Sequence[Token]) -> list[tuple[int, int, bool]]:
    """(start, end, wants_partner) of each manner cue: "in [close] cooperation with" (partner after "with"),
    "jointly", "hand in hand", "team(ed) up" (a partner after "with" when one follows)."""
    found: list[tuple[int, int, bool]] = []
    n = len(tokens)
    for k, tok in enumerate(tokens):
        norm = tok.norm
        if norm in _MANNER_NOUNS and k >= 1 and k + 1 < n and tokens[k + 1].norm == "with":
            i = k - 1
            if tokens[i].norm in _MANNER_ADVERBS and i >= 1:
                i -= 1
            if tokens[i].norm != "in" or i < 1 or tokens[i - 1].norm in _TOPIC_HEADS:
                continue
            found.append((i, k + 2, True))
        elif norm in _JOINT_ADVERBS:
            found.append((k, k + 1, False))
        elif norm == "hand" and k + 2 < n and tokens[k + 1].norm == "in" and tokens[k + 2].norm == "hand":
            found.append((k, k + 3, False))
        elif norm in _TEAM_VERBS and k + 1 < n and tokens[k + 1].norm == "up":
            found.append((k, k + 2, False))
    return found


def _subject(tokens: Sequence[Token], units: Sequence[Unit], cue: int) -> tuple[list[Unit], int]:
    """The actor units of the subject before token ``cue`` in its clause (a coordinated group: "Russian and
    Norwegian coast guards") and the token where the subject's phrase ends; ``([], cue)`` when none."""
    lo = max(0, cue - _REACH)
    for i in range(cue - 1, lo - 1, -1):
        if tokens[i].norm in _CLAUSE_BOUNDS:
            lo = i + 1
            break
    group: list[Unit] = []
    for u in units:
        if u.tok_start < lo or u.tok_end > cue or u.code is None or not u.code.isupper() or u.locative:
            continue
        if not group:
            if prep_before(tokens, u) is not None:
                continue  # "in Ukraine", "with NATO": no subject
            group.append(u)
            continue
        gap = tokens[group[-1].tok_end : u.tok_start]
        if all(t.norm in _SUBJECT_LINKS for t in gap):
            group.append(u)
        else:
            break
    return group, (group[-1].tok_end if group else cue)


def _predicate(tokens: Sequence[Token], start: int, end: int) -> int:
    """The first token in ``[start, end)`` past auxiliaries, negations and the rest of the subject's noun
    phrase: where the polarity of the act is read ("did not arrest", "will jointly hold")."""
    i = start
    while i < end and tokens[i].norm not in _AUXILIARIES:
        i += 1  # "coast guards", "officials": the rest of the subject
    while i < end and tokens[i].norm in _AUXILIARIES:
        i += 1
    return min(i, max(end - 1, start))


def _partner(tokens: Sequence[Token], units: Sequence[Unit], after: int) -> Unit | None:
    """The actor right after the "with" at or after token ``after`` (within a few words)."""
    w = next((i for i in range(after - 1, min(len(tokens), after + 8)) if tokens[i].norm == "with"), None)
    if w is None:
        return None
    for u in units:
        if w < u.tok_start <= w + 4 and u.code is not None and u.code.isupper():
            return u
    return None


def _after_aside(view: SentenceView, end: int, polarity: Polarity) -> Polarity:
    """The polarity of the verb after an adjunct set off by commas ("Russian companies, in cooperation with
    Hungarian companies, plan to supply ..."): read there when the verb before said nothing."""
    tokens = view.tokens
    comma = next((i for i in range(end, min(len(tokens), end + 4)) if tokens[i].norm == ","), None)
    if polarity is not Polarity.ASSERTED or comma is None:
        return polarity
    end = comma
    k = end + 1
    while k < len(tokens) and k <= end + 4 and tokens[k].norm not in _TO_WORDS:
        k += 1
    if k >= len(tokens) or tokens[k].norm not in _TO_WORDS:
        return polarity
    return polarity_of(tokens, k + 1, view.patterns, floor=end + 1) if k + 1 < len(tokens) else polarity


def joint_manner(view: SentenceView) -> Finding | None:
    """COOPERATE for an act told as done together (see the module docstring), or ``None``."""
    tokens, units = view.tokens, view.units
    if len(units) < 1:
        return None
    for start, end, wants_partner in _cues(tokens):
        group, subject_end = _subject(tokens, units, start)
        if not group:
            continue
        partner = _partner(tokens, units, end if wants_partner else start + 1)
        if wants_partner and partner is None:
            continue
        source = tuple(dict.fromkeys(u.code for u in group if u.code))
        if partner is not None and partner.code in source:
            source = tuple(c for c in source if c != partner.code)
        if not source:
            continue
        if partner is not None and partner.code:
            roles = Roles(source, (partner.code,), (tokens[start].start, tokens[end - 1].end))
        elif len(source) >= 2:
            roles = Roles(source, (), (tokens[start].start, tokens[end - 1].end), mutual=True)
        else:
            continue
        verb = _predicate(tokens, subject_end, start + 1) if subject_end <= start else start
        polarity = polarity_of(tokens, max(verb, 1), view.patterns)
        if partner is not None and wants_partner and tokens[start - 1].norm == ",":
            polarity = _after_aside(view, partner.tok_end, polarity)
        text = " ".join(t.text for t in tokens[start:end])
        return Finding(
            EventType.COOPERATE, "", roles, polarity, tokens[start].start, tokens[end - 1].end, text
        )
    return None


_GIVING = words(
    "provide provides provided providing give gives gave given giving extend extends extended extending"
)
_SUPPORT_NOUNS = words("support backing")
_MATERIAL = words(
    "financial military budget budgetary material technical logistical logistic economic humanitarian "
    "macro-financial military-technical lethal non-lethal medical monetary"
)
_CLAIMS = words(
    "objection objections veto vetoes reservations reservation opposition demand demands precondition "
    "preconditions bill decree proposal candidacy complaint lawsuit charges insistence"
)


def material_support(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The phrase ``tokens[start:end]`` gives material help though its noun is "support": "provided Moldova
    with budget support", "gave Ukraine financial and military backing" (AID, not praise)."""
    span = tokens[start:end]
    if len(span) < 3 or span[0].norm not in _GIVING or span[-1].norm not in _SUPPORT_NOUNS:
        return False
    return any(t.norm in _MATERIAL for t in span[-4:-1])


def gives_up_a_claim(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The phrase ``tokens[start:end]`` withdraws or lifts a claim ("withdrew its objection to the EU
    package", "lifted its veto on the EU decision"): a concession towards the body, not leaving it."""
    return any(t.norm in _CLAIMS for t in tokens[start:end])
