"""Criticism told the way news reports it rather than the way a ministry states it.

- A verb of blame after "widely" ("Israel has been widely criticised for its conduct of the war") is
  criticism by many, not the standing description that "widely" makes of other verbs ("widely recognised
  as part of Georgia"). Only the verbs of blame in :data:`_BLAME_STEMS`: "widely seen as", "widely
  regarded as" stay descriptions even when what follows condemns.
- A verdict in a short quotation ("Russia's strikes were 'pure terror'", "Israel's response 'resembles something
  more approaching revenge'") is the sayer's own judgement quoted, so it still accuses; other acts in a
  short quotation stay a characterisation (see :func:`detente.coding.filters.short_quote`). Only the
  verdict phrases (rules whose subject is the accused), not a quoted verb of blame or a quoted act.
- Criticism a side is under, told with no critic named (:func:`criticism_undergone`): "Biden has come under
  fire over the withdrawal", "the government was under attack over its handling of the floods", "Israel
  faces accusations of war crimes". Only "over" gives the cause after fire or attack ("came under fire for
  hours" is shelling, "came under fire from X" names the critic and is left to the phrase rules), and
  accusations or allegations only against a state or a body: a person's accusations are the charges he
  faces, not an accusation by anyone."""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.ontology import EventType
from detente.coding.patterns import Token, Trigger, norms_of, words
from detente.coding.polarity import polarity_of
from detente.coding.roles import Roles, clause_floor
from detente.coding.statements import Finding, SentenceView

_BLAME_STEMS = (
    "criticis",
    "condemn",
    "denounc",
    "derid",
    "decri",
    "lambast",
    "castigat",
    "slammed",
    "blasted",
    "panned",
    "rebuked",
    "censured",
    "mocked",
    "ridiculed",
)


def widely_criticised(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The trigger is a verb of blame that "widely" (or another word of extent) qualifies: "has been widely
    criticised", "was widely condemned" — criticism by many, coded as an accusation by no one named."""
    rule = trig.match.rule
    return (
        rule is not None
        and rule.event is EventType.ACCUSE
        and trig.verbal
        and tokens[trig.tok_start].norm.startswith(_BLAME_STEMS)
    )


def quoted_verdict(trig: Trigger) -> bool:
    """The trigger is a verdict on its subject ("missed the mark", "is disproportionate"), which a short
    quotation does not turn into a mere characterisation."""
    rule = trig.match.rule
    return rule is not None and rule.event is EventType.ACCUSE and rule.accused_subject


_UNDER_VERBS = words("come comes came coming be is are was were been being remain remains remained")
_GROWING = words(
    "heavy heavier growing mounting intense increasing renewed sharp fierce harsh strong fresh new severe "
    "stinging withering widespread international domestic public political"
)
_UNDER_WHAT = words("fire attack")
_FACE_VERBS = words("face faces faced facing")
_CHARGES = words("accusations allegations")
_CHARGE_LINKS = words("of over that")
_BODY_KINDS = frozenset({"state", "metonym", "org"})
_WHEN_WORDS = words(
    "weekend night nights day days hours hour week weeks month months period course past last previous "
    "following next morning evening afternoon years year"
)
_MILITARY = words(
    "troops troop forces soldiers servicemen positions position convoy convoys base bases ship ships vessel "
    "vessels aircraft plane planes helicopter helicopters tanks patrol patrols unit units village town city "
    "embassy checkpoint"
)


def _force_not_words(tokens: Sequence[Token], verb: int, k: int) -> bool:
    """Fire or attack that is force: "heavy fire", a time after "over" ("over the weekend"), a place after
    it ("over the border"), or troops, a base or a convoy as the subject."""
    if any(t.norm == "heavy" for t in tokens[verb:k]):
        return True
    after = [t.norm for t in tokens[k + 2 : k + 5]]
    if any(n in _WHEN_WORDS or n in ("border", "frontier", "line") for n in after):
        return True
    floor = clause_floor(tokens, verb)
    return any(t.norm in _MILITARY for t in tokens[floor:verb])


def criticism_undergone(view: SentenceView) -> Finding | None:
    """ACCUSE/disapprove by no one named against the subject of "came under fire over ..." or "faces
    accusations of ..." (see the module docstring for the limits)."""
    tokens, units = view.tokens, view.units
    norms = norms_of(tokens)
    if _UNDER_WHAT.isdisjoint(norms) and _CHARGES.isdisjoint(norms):
        return None  # the loop below starts from one of these words (s34-speed3)
    for k in range(1, len(tokens) - 1):
        norm = tokens[k].norm
        if norm in _UNDER_WHAT:
            j = k - 1
            while j > 0 and tokens[j].norm in _GROWING:
                j -= 1
            if tokens[j].norm != "under" or j == 0 or tokens[j - 1].norm not in _UNDER_VERBS:
                continue
            if tokens[k + 1].norm != "over" or _force_not_words(tokens, j - 1, k):
                continue
            verb, bodies_only = j - 1, False
        elif norm in _CHARGES and tokens[k + 1].norm in _CHARGE_LINKS:
            j = k - 1
            while j > 0 and tokens[j].norm in _GROWING:
                j -= 1
            if tokens[j].norm not in _FACE_VERBS:
                continue
            verb, bodies_only = j, True
        else:
            continue
        floor = clause_floor(tokens, verb)
        subject = [u for u in units if u.code is not None and floor <= u.tok_start and u.tok_end <= verb]
        unit = subject[-1] if subject else None
        if unit is None or unit.code is None or unit.kind == "pronoun":
            return None
        if bodies_only and unit.kind not in _BODY_KINDS:
            return None
        roles = Roles((), (unit.code,), (unit.start, tokens[k].end))
        polarity = polarity_of(tokens, verb, view.patterns, floor=floor)
        return Finding(
            EventType.ACCUSE, "disapprove", roles, polarity, tokens[verb].start, tokens[k].end, tokens[k].text
        )
    return None
