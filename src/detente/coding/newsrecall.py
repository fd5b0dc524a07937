"""News wording of violence, charges and criticism that no trigger phrase codes (s26).

General news tells these events without the words the phrase rules wait for:

- :func:`hurt_in_attack`: a passive act of violence done to private people — "two teenagers were
  stabbed", "a man was shot dead outside a bar", "a woman was assaulted in the park" — is an ASSAULT on
  civilians by an unnamed attacker (the "by X" agent when it is an actor). Sport ("was beaten 3-1"),
  supposition ("women can be attacked"), known actors (left to the phrase rules) and a private doer
  named ("was stabbed by her former partner": a crime between people, no attack) code nothing.
- :func:`told_by_casualties`: an attack told by those it killed or hurt — "three soldiers died during a
  Hamas attack near the border", "more than a thousand people died in the attack by the militants", "two
  villagers were wounded in an army raid" — is an ASSAULT by the attack's owner (the word before the
  noun, or "by X" after it) on the dead or hurt (a group or state named in the subject or right after
  the verb — "died on the Israeli side" —, else civilians for private people).
  :func:`attack_told_by_casualties` puts it in place of an ASSAULT that took the victims for the doers,
  gives its doer to an ASSAULT coded with none, or adds it when the sentence has no attack coded.
- :func:`criticism_from`: criticism told by a noun and its author after "from", with no verb of drawing
  or facing it — "the U-turn came after days of criticism from Labour MPs about the party's stance",
  "despite condemnation from the European Union, Hungary went ahead with the law", "a backlash from
  Germany over the plan" — is an ACCUSE (disapprove) by the one "from" names, against the one named after
  "of|over|about|against", else the main clause's subject after a fronted "despite|amid ... ," phrase;
  with no one named as criticised, no event.
- :func:`charged_person`: a passive criminal charge of private people that the sentence tells as a step
  of the law ("the man turned himself in and was charged with robbery": the second act of one taken in;
  "the three defendants are charged with fraud") is a COERCE on suspects ("criminals"), by the police
  when the sentence names them. A lone "the man was charged with robbery" stays uncoded (the project's
  earlier call: a charge alone is the prosecutor's word, not custody).
- :func:`dig_at`: criticism told by a noun of a verbal blow aimed "at" someone — "praised Beijing in a
  veiled swipe at Washington", "made a pointed dig at the court", "In a jab at Moscow, the minister said
  ..." — is an ACCUSE (disapprove) by the clause's subject against the one aimed at.

Word lists are this module's own; each reader checks a cheap token test first.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from detente.coding.coercion import names_person
from detente.coding.ontology import EventType
from detente.coding.patterns import SCOPE_BREAK, Token, canon_words, norms_of, words
from detente.coding.polarity import polarity_of
from detente.coding.roleparts import Roles, clause_floor
from detente.coding.statements import Finding, SentenceView
from detente.coding.units import Unit

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = [
    "attack_told_by_casualties",
    "charged_person",
    "criticism_from",
    "dig_at",
    "hurt_in_attack",
    "may_read",
    "told_by_casualties",
]

# --------------------------------------------------------------------------------- violence to private people

_HURT = canon_words("stabbed assaulted murdered shot gunned beaten attacked knifed bludgeoned")
_NEEDS_AFTER = {
    # a participle that tells violence only with these words after it
    "gunned": words("down"),
    "beaten": words("to up unconscious severely badly"),
}
_NOT_AFTER = {"shot": words("down at through up")}
_BE = words("was were is are been")
_SKIP_BEFORE = canon_words(
    "reportedly allegedly fatally critically seriously badly repeatedly brutally also then"
)
_MODALS = words("can could may might would should must will")
_SUBJECT_STOPS = words(
    "after before when while since because although though if unless that which who whom whose where "
    "said says told according what how , ; : ( )"
)
_SUBJECT_REACH = 8
_MODES = {
    "shot": "firearms",
    "gunned": "firearms",
    "beaten": "beat",
    "assaulted": "beat",
    "bludgeoned": "beat",
}
_CIVILIANS = "civilians"
_ATTACKERS = "attackers"


def _passive_subject(tokens: Sequence[Token], verb: int) -> range | None:
    """The subject tokens of a passive participle at ``verb`` ("two juveniles were stabbed"), ``None`` for
    no passive, a modal ("can be attacked") or "being"."""
    i = verb - 1
    while i >= 0 and tokens[i].norm in _SKIP_BEFORE:
        i -= 1
    if i < 0 or tokens[i].norm not in _BE:
        return None
    end = i
    if tokens[i].norm == "been":
        i -= 1
        if i >= 0 and tokens[i].norm not in words("has have had"):
            return None  # "could been": not a report
    if i > 0 and tokens[i - 1].norm in _MODALS:
        return None
    j = end - 1 if tokens[end].norm != "been" else i - 1
    if j >= 0 and tokens[j].norm == "and":
        return None  # "turned himself in and was charged": a second predicate, its subject further back
    start = j + 1
    while j >= 0 and start - j <= _SUBJECT_REACH and tokens[j].norm not in _SUBJECT_STOPS:
        if tokens[j].norm == "and" and j + 1 < len(tokens) and tokens[j + 1].norm not in _BE:
            # "two were stabbed and a third was assaulted": the second clause's subject stops at "and"
            break
        start = j
        j -= 1
    return range(start, end if tokens[end].norm != "been" else i) if start < end else None


def _agent(units: Sequence[Unit], tokens: Sequence[Token], after: int) -> Unit | None:
    """The "by X" agent within a few words after the participle."""
    for k in range(after, min(len(tokens), after + 4)):
        if tokens[k].norm == "by":
            return next((u for u in units if u.tok_start == k + 1 and u.code is not None), None)
    return None


def hurt_in_attack(view: SentenceView) -> Finding | None:
    """ASSAULT on civilians told by a passive act of violence done to private people (see the module
    docstring)."""
    tokens = view.tokens
    if _HURT.isdisjoint(norms_of(tokens)):
        return None
    for v, tok in enumerate(tokens):
        if tok.norm not in _HURT:
            continue
        nxt = tokens[v + 1].norm if v + 1 < len(tokens) else ""
        if tok.norm in _NEEDS_AFTER and nxt not in _NEEDS_AFTER[tok.norm]:
            continue
        if tok.norm in _NOT_AFTER and nxt in _NOT_AFTER[tok.norm]:
            continue
        if nxt[:1].isdigit():
            continue  # "were beaten 3-1", "was shot 2 under par"
        span = _passive_subject(tokens, v)
        if span is None or not names_person(tokens, span):
            continue
        if any(t.norm in ("he", "she", "they", "it") for t in (tokens[k] for k in span)) and len(span) == 1:
            continue  # a lone pronoun may stand for anyone, a politician "attacked" in words included
        if any(u.code is not None and u.tok_start in span for u in view.units):
            continue  # a known actor: left to the phrase rules
        agent = _agent(view.units, tokens, v + 1)
        if agent is None and "by" in (t.norm for t in tokens[v + 1 : v + 8]):
            continue  # "shot by a photographer", "stabbed by her ex-boyfriend": a known doer, no actor: private
        source = (agent.code,) if agent is not None and agent.code is not None else (_ATTACKERS,)
        roles = Roles(source, (_CIVILIANS,), (tokens[span.start].start, tok.end))
        polarity = polarity_of(tokens, v, view.patterns, floor=clause_floor(tokens, v))
        return Finding(
            EventType.ASSAULT, _MODES.get(tok.norm, ""), roles, polarity, tok.start, tok.end, tok.text
        )
    return None


# ------------------------------------------------------------------------------------------ digs and swipes

_DIGS = words("dig digs swipe swipes jab jabs jibe jibes potshot potshots broadside broadsides")
_DIG_LEAD = canon_words(
    "in a an his her its their fresh latest another apparent veiled thinly thinly-veiled barely-veiled "
    "pointed clear parting not-so-subtle subtle sharp made make makes making took take takes taking "
    "aimed launched fired with what"
)


def dig_at(view: SentenceView) -> Finding | None:
    """ACCUSE (disapprove) by the clause's subject against the one a "dig|swipe|jab at" aims at (see the
    module docstring)."""
    tokens = view.tokens
    if _DIGS.isdisjoint(norms_of(tokens)):
        return None
    for k in range(1, len(tokens) - 2):
        if tokens[k].norm not in _DIGS or tokens[k + 1].norm != "at" or tokens[k - 1].norm not in _DIG_LEAD:
            continue
        target = next((u for u in view.units if u.tok_start == k + 2 and u.code is not None), None)
        if target is None or target.code is None:
            continue
        floor = clause_floor(tokens, k)
        before = [u for u in view.units if u.code is not None and floor <= u.tok_start and u.tok_end <= k]
        after = [
            u
            for u in view.units
            if u.code is not None and u.tok_start >= target.tok_end and u.code != target.code
        ]
        # "In a swipe at Washington, Lavrov said ...": the doer comes after the fronted phrase
        fronted = not before and any(t.norm == "in" for t in tokens[floor:k]) and after
        doer = after[0] if fronted else (before[0] if before else None)
        if doer is None or doer.code is None or doer.code == target.code or doer.kind == "pronoun":
            continue
        roles = Roles(
            (doer.code,), (target.code,), (min(doer.start, tokens[k].start), max(doer.end, target.end))
        )
        polarity = polarity_of(tokens, k, view.patterns, floor=floor)
        return Finding(
            EventType.ACCUSE, "disapprove", roles, polarity, tokens[k].start, target.end, tokens[k].text
        )
    return None


# ------------------------------------------------------------------------------- attacks told by casualties

_CASUALTY_PASSIVES = canon_words("killed wounded injured hurt")
_DIED = canon_words("died perished")
_DURING = canon_words("in during")
_ATTACK_NOUNS = canon_words(
    "attack attacks strike strikes airstrike airstrikes air-strike air-strikes raid raids bombing bombings "
    "shelling ambush assault offensive bombardment incursion onslaught"
)
_ATTACK_LEAD = canon_words(
    "a an the this that yesterday's last initial deadly latest recent overnight first second suspected "
    "apparent coordinated surprise major massive brutal fresh renewed air missile drone rocket artillery "
    "suicide terrorist terror militant military army 's ’s"
)
_CASUALTY_SUBJECT_REACH = 10


def _casualty_verb(tokens: Sequence[Token], d: int) -> bool:
    """Token ``d`` tells deaths or wounds: "died", or a passive "were killed|wounded|injured"."""
    norm = tokens[d].norm
    if norm in _DIED:
        return True
    if norm not in _CASUALTY_PASSIVES:
        return False
    i = d - 1
    while i >= 0 and tokens[i].norm in _SKIP_BEFORE:
        i -= 1
    return i >= 0 and tokens[i].norm in _BE


def _preposition(tokens: Sequence[Token], d: int) -> int | None:
    """The "in"/"during" that follows a casualty verb: right after it, or a "during" a few words on in the
    same clause ("were killed on the Lebanese side, most of them civilians, during the raid")."""
    if d + 1 < len(tokens) and tokens[d + 1].norm in _DURING:
        return d + 1
    for k in range(d + 2, min(len(tokens), d + 10)):
        if tokens[k].norm in SCOPE_BREAK or tokens[k].norm in (";", ":", "and", "but"):
            return None
        if tokens[k].norm == "during":
            return k
    return None


def told_by_casualties(view: SentenceView) -> Finding | None:
    """ASSAULT by the owner of an attack on those it killed or hurt (see the module docstring)."""
    tokens, units = view.tokens, view.units
    if _ATTACK_NOUNS.isdisjoint(norms_of(tokens)):
        return None
    for d in range(1, len(tokens) - 2):
        if not _casualty_verb(tokens, d):
            continue
        p = _preposition(tokens, d)
        if p is None:
            continue
        n = p + 1
        while n < len(tokens) and n - p <= 6 and tokens[n].norm not in _ATTACK_NOUNS:
            inside = any(u.tok_start <= n < u.tok_end for u in units if u.code is not None)
            if not inside and tokens[n].norm not in _ATTACK_LEAD:
                break
            n += 1
        if n >= len(tokens) or tokens[n].norm not in _ATTACK_NOUNS:
            continue
        owners = [u for u in units if u.code is not None and p < u.tok_start and u.tok_end <= n]
        if not owners and n + 2 < len(tokens) and tokens[n + 1].norm == "by":
            owners = [u for u in units if u.code is not None and u.tok_start == n + 2]
        if not owners or owners[0].code is None:
            continue
        doer = owners[0]
        floor = clause_floor(tokens, d)
        victims = [
            u
            for u in units
            if u.code is not None
            and floor <= u.tok_start
            and u.tok_end <= d
            and d - u.tok_end <= _CASUALTY_SUBJECT_REACH
            and u.kind != "pronoun"
        ]
        start = max(floor, d - _CASUALTY_SUBJECT_REACH)
        if not victims:
            # "dozens were killed on the Lebanese side, mostly civilians, during ...": the side after the verb
            victims = [
                u
                for u in units
                if u.code is not None and d < u.tok_start and u.tok_end <= p and u.kind in _SIDE_KINDS
            ]
        if victims and victims[0].code is not None:
            target: tuple[str, ...] = (victims[0].code,)
        elif names_person(tokens, range(start, d)) or any(t.norm in _SOLDIERS for t in tokens[start:d]):
            target = (_CIVILIANS,) if not any(t.norm in _SOLDIERS for t in tokens[start:d]) else ()
        else:
            continue
        doer_code = doer.code
        if doer_code is None or doer_code in target:
            continue
        roles = Roles((doer_code,), target, (tokens[d].start, max(doer.end, tokens[n].end)))
        polarity = polarity_of(tokens, d, view.patterns, floor=floor)
        return Finding(EventType.ASSAULT, "", roles, polarity, tokens[n].start, tokens[n].end, tokens[n].text)
    return None


_SIDE_KINDS = ("state", "demonym", "metonym", "territory")
_SOLDIERS = canon_words("soldiers soldier troops servicemen officers policemen guards")


def attack_told_by_casualties(
    view: SentenceView, events: list[Event], found: Callable[[Finding], Event | None]
) -> list[Event]:
    """The sentence's events with the attack :func:`told_by_casualties` finds: in place of an ASSAULT that
    took its victims for the doers, as the doer of one that named none, added when no attack is coded."""
    finding = told_by_casualties(view)
    if finding is None:
        return events
    event = found(finding)
    if event is None:
        return events
    attacks = [e for e in events if e.event is EventType.ASSAULT]
    if not attacks:
        return [*events, event]
    out: list[Event] = []
    for e in events:
        if e.event is EventType.ASSAULT and e.source and set(e.source) & set(event.target):
            made = (
                event  # "Israeli soldiers died during a Hamas attack": the victims were taken for the doers
            )
        elif e.event is EventType.ASSAULT and not e.source:
            # an attack coded with no doer takes the attack's owner; its target stays for the later passes
            # (a place names it: "killed in tank shelling in the Gaza Strip") unless the victims are a side
            victims = event.target if event.target not in ((), (_CIVILIANS,)) else ()
            made = dataclasses.replace(e, source=event.source, target=e.target or victims)
        else:
            made = e
        if made not in out:
            out.append(made)
    return out


# ------------------------------------------------------------------------------------ criticism from someone

_CRITICISM_NOUNS = canon_words(
    "criticism criticisms condemnation condemnations backlash censure rebuke rebukes outcry objections "
    "complaints accusations denunciations"
)
_ABOUT = canon_words("of over about against at for toward towards regarding")
_FRONTING = canon_words("despite amid amidst following after facing")
_FROM_REACH = 6  # words from "from" to the author ("from backbenchers and senior Labour figures")
_ABOUT_REACH = 3  # words from "over" to the one criticised ("over the Hungarian law"), not a topic further on


def criticism_from(view: SentenceView) -> Finding | None:
    """ACCUSE (disapprove) by the author "from" names after a noun of criticism (see the module docstring)."""
    tokens, units = view.tokens, view.units
    if _CRITICISM_NOUNS.isdisjoint(norms_of(tokens)):
        return None
    for k in range(len(tokens) - 2):
        if tokens[k].norm not in _CRITICISM_NOUNS or tokens[k + 1].norm != "from":
            continue
        author = next(
            (
                u
                for u in units
                if u.code is not None
                and k + 2 <= u.tok_start <= k + 1 + _FROM_REACH
                and u.kind != "pronoun"
                and not any(t.norm in _ABOUT or t.norm == "," for t in tokens[k + 2 : u.tok_start])
            ),
            None,
        )
        if author is None or author.code is None:
            continue
        tail = [
            u for u in units if u.code is not None and u.tok_start >= author.tok_end and u.code != author.code
        ]
        target: Unit | None = None
        end = author.tok_end
        while (
            end < len(tokens)
            and tokens[end].norm == "and"
            and any(u.tok_start == end + 1 and u.code is not None for u in units)
        ):
            end = next(u.tok_end for u in units if u.tok_start == end + 1)  # "from X and Y"
        if end < len(tokens) and tokens[end].norm in _ABOUT:
            target = next((u for u in tail if end < u.tok_start <= end + _ABOUT_REACH), None)
        floor = clause_floor(tokens, k)
        lead = next((j for j in range(k - 1, max(floor - 1, k - 5), -1) if tokens[j].norm in _FRONTING), None)
        if target is None and lead is not None and lead == floor:
            comma = next((j for j in range(end, len(tokens)) if tokens[j].norm == ","), None)
            if comma is not None:
                target = next((u for u in tail if comma < u.tok_start <= comma + 4), None)
        if target is None or target.code is None:
            continue  # who is criticised is not named as an actor: the author alone makes no event
        tgt = (target.code,)
        hi = max(author.end, target.end)
        roles = Roles((author.code,), tgt, (tokens[k].start, hi))
        polarity = polarity_of(tokens, k, view.patterns, floor=floor)
        return Finding(
            EventType.ACCUSE, "disapprove", roles, polarity, tokens[k].start, author.end, tokens[k].text
        )
    return None


# ---------------------------------------------------------------------------------------------- quick test

_CUES = _HURT | _DIGS | _ATTACK_NOUNS | _CRITICISM_NOUNS
"""Every word one of the four readers hooked in the coder starts from (each reader's own first test)."""


def may_read(norms: frozenset[str] | set[str]) -> bool:
    """Whether a sentence with these token norms may hold what :func:`hurt_in_attack`, :func:`dig_at`,
    :func:`told_by_casualties` or :func:`criticism_from` read: each returns nothing when the sentence has
    none of its cue words, so the coder skips all four when it has none of any."""
    return not _CUES.isdisjoint(norms)


# ---------------------------------------------------------------------------------------- passive charges

_CHARGED = canon_words("charged indicted")
_DEFENDANTS = canon_words("defendant defendants accused suspect suspects")
_DETAINEE = "criminals"
_CHARGE_REACH = 25  # words back from "charged" to the person ("The man turned himself in at ... and was")


def charged_person(tokens: Sequence[Token], units: Sequence[Unit], at: int, roles: Roles) -> Roles:
    """``roles`` with suspects as the target of a passive charge of private people (see the module
    docstring); other charges keep their roles."""
    if (
        roles.target
        or tokens[at].norm not in _CHARGED
        or at + 1 >= len(tokens)
        or tokens[at + 1].norm != "with"
    ):
        return roles
    span = _passive_subject(tokens, at)
    if span is not None:
        # a lone "the man was charged with ..." stays the prosecutor's word (no custody told); defendants and
        # suspects are named as those the law acts on
        if not any(tokens[k].norm in _DEFENDANTS for k in span):
            return roles
    else:
        i = at - 1
        while i >= 0 and tokens[i].norm in _SKIP_BEFORE:
            i -= 1
        if i < 1 or tokens[i].norm not in _BE or tokens[i - 1].norm != "and":
            return roles
        lo = i - 2
        while lo > 0 and at - lo < _CHARGE_REACH and tokens[lo - 1].norm != ";":
            lo -= 1
        span = range(lo, i - 1)  # "X did ... and was charged" ("at 1:36 p.m." holds no clause break)
        first_verb = next((k for k in span if tokens[k].norm not in _PERSONS_AND_DETS), None)
        span = range(span.start, first_verb + 1) if first_verb is not None else span
    if not (names_person(tokens, span) or any(tokens[k].norm in _DEFENDANTS for k in span)):
        return roles
    if any(u.code is not None and u.tok_start in span for u in units):
        return roles  # a known actor charged: left as the phrase rules code it
    source = roles.source
    if not source and any(u.code == "police" for u in units):
        source = ("police",)
    return dataclasses.replace(roles, source=source, target=(_DETAINEE,))


_PERSONS_AND_DETS = canon_words("the a an two three four five six several man men woman women boy girl")
