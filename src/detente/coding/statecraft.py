"""Coder stage 6b, statement readers: acts of state told in official Russian wording.

Kremlin, Foreign Ministry and Defence Ministry texts tell many acts without the verbs the triggers carry:

- a decree or law that brings in measures against a state ("The President signed a decree on special
  economic measures against Turkey", "signed a federal law providing for response measures against US
  citizens") is a SANCTION against it (:func:`decreed_measures`);
- a diplomat recalled or a mission's staff cut ("the Ambassador to Georgia has been recalled to Moscow",
  "bring the number of its diplomatic staff down to 455") is a SANCTION (:func:`envoys_cut`);
- a strike told in the passive ("a massive strike was delivered on Ukraine's military facilities") or by
  what hit a place ("the headquarters was hit by a missile strike of the Kyiv regime") is an ASSAULT
  (:func:`strike_delivered`, :func:`hit_by_strike`);
- a warship or a unit on the move ("the reconnaissance ship has sailed from Sevastopol for the
  Mediterranean", "a battalion of Russian peacekeepers entered Pristina airport") is a MOBILIZE
  (:func:`forces_moved`);
- a humanitarian convoy on its way or rescuers sent abroad to help is AID (:func:`relief_sent`);
- a decision to scale back military activity or to end drills and send the troops home is a CONCEDE
  (:func:`scaled_back`);
- another side's act said to do damage, beside a warning of the answer ("X's accession would cause serious
  damage to relations, and Russia will be forced to take retaliatory steps") is an ACCUSE
  (:func:`damage_warned`).

Each reader needs an actor the act is aimed at or done by, so the same words about domestic matters (a
decree on pensions, a dockers' strike, a ferry sailing, software deployed) code nothing."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence, Set

from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import BE_FORMS, PREPOSITIONS, Token, canon, lowered, words
from detente.coding.polarity import polarity_of
from detente.coding.roles import Roles, clause_floor
from detente.coding.statements import Finding, SentenceView
from detente.coding.units import Unit
from detente.coding.unitspans import coded_in_tokens as _coded

__all__ = [
    "MAY_READ",
    "READERS",
    "damage_warned",
    "decreed_measures",
    "envoys_cut",
    "forces_moved",
    "hit_by_strike",
    "may_read",
    "relief_sent",
    "scaled_back",
    "strike_delivered",
]

_ARTICLES = words("the a an its their our his her this these those")
_BE_CHAIN = BE_FORMS | words("been being be has have had will would shall also now already")
_CLAUSE_END = words("; : which who whose while whereas although but")
_REACH = 14


def _plain(tokens: Sequence[Token]) -> tuple[Token, ...]:
    """The tokens with their lower-cased text as the norm: the readers' word lists are of words as
    written ("sailed", "dockers"), not of the tokenizer's spelling norms. The eight readers of one
    sentence share one copy (:func:`_plain_copy` keeps the last few; the last list asked about is answered
    without hashing its tokens, s34-speed3)."""
    global _PLAIN_OF
    last, plain = _PLAIN_OF
    if tokens is not last:
        plain = _plain_copy(tuple(tokens))
        _PLAIN_OF = (tokens, plain)
    return plain


_PLAIN_OF: tuple[Sequence[Token] | None, tuple[Token, ...]] = (None, ())
"""The last list of tokens :func:`_plain` was asked about and its copy."""


@functools.lru_cache(maxsize=8)
def _plain_copy(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    make = tuple.__new__  # (a Token built from its fields, as ``_replace(norm=...)`` builds it, faster)
    return tuple([make(Token, (t.text, t.text.lower(), t.start, t.end)) for t in tokens])


def may_read(tokens: Sequence[Token], norms: Set[str] | None = None) -> bool:
    """The sentence has a word one of the readers needs (a cheap test before the eight readers run).
    ``norms``, the tokens' norms when the caller has them, answer most sentences first: a token written
    as one of the words has that word's :func:`canon` spelling as its norm (or a month's)."""
    if norms is not None and _READ_NORMS.isdisjoint(norms):
        return False
    return not _READ_WORDS.isdisjoint(lowered(tokens))


def _governing(tokens: Sequence[Token], unit: Unit, lo: int) -> str | None:
    """The preposition before ``unit`` (past articles, adjectives and possessives), not before ``lo``."""
    i = unit.tok_start - 1
    while (
        i >= lo
        and (tokens[i].norm in _ARTICLES or tokens[i].norm not in PREPOSITIONS)
        and i > unit.tok_start - 4
    ):
        if tokens[i].norm in (",", ";", "and"):
            return None
        i -= 1
    return tokens[i].norm if i >= lo and tokens[i].norm in PREPOSITIONS else None


def _clause_hi(tokens: Sequence[Token], k: int) -> int:
    """The end (exclusive) of the clause that holds token ``k``: the next ";" or ":"."""
    for i in range(k + 1, len(tokens)):
        if tokens[i].norm in (";", ":"):
            return i
    return len(tokens)


def _doer_before(view: SentenceView, lo: int, k: int) -> tuple[str, ...]:
    """The actor who does what token ``k`` says: the nearest coded unit of the clause before it that no
    preposition but "of" governs and no comma cuts off, else the speaker."""
    for unit in reversed(_coded(view.units, lo, k)):
        if unit.locative or _governing(view.tokens, unit, lo) not in (None, "of"):
            continue
        if any(t.norm == "," for t in view.tokens[unit.tok_end : k]):
            continue  # "In response to X's threats, the Ministry decided": X is in the opening phrase
        assert unit.code is not None
        return (unit.code,)
    return (view.speaker,) if view.speaker else ()


def _finding(
    view: SentenceView, etype: EventType, k: int, source: Sequence[str], target: Sequence[str], lo: int
) -> Finding:
    tokens = view.tokens
    src = tuple(dict.fromkeys(source))
    tgt = tuple(c for c in dict.fromkeys(target) if c not in src)
    polarity = polarity_of(tokens, k, view.patterns, floor=clause_floor(tokens, k))
    tok = tokens[k]
    roles = Roles(src, tgt, (tokens[lo].start, tokens[min(len(tokens), _clause_hi(tokens, k)) - 1].end))
    return Finding(etype, "", roles, polarity, tok.start, tok.end, tok.text)


# -------------------------------------------------------------------------------------- decrees and laws

_INSTRUMENTS = words("decree decrees law laws order orders resolution resolutions ordinance bill act")
_ENACTED = words(
    "signed signs sign signing adopted adopts adopt approved approves approve issued issues issue enacted "
    "passed under"
)
_MEASURES = words("measures countermeasures sanctions restrictions")
_AIMED = words("against on targeting")
_LIFTED = words(
    "cancelling canceling cancel cancels lifting lift lifts abolishing abolish easing ease removing remove "
    "ending end suspending"
)


def _answers_acts(tokens: Sequence[Token], i: int) -> bool:
    """Whether the measures are told as an answer to another side's acts from token ``i`` on ("in
    connection with the unfriendly actions of the United States", "in response to the hostile acts of")."""
    lead = [t.norm for t in tokens[i : i + 3]]
    if lead[:3] not in (["in", "connection", "with"], ["in", "response", "to"], ["in", "retaliation", "for"]):
        return False
    return any(
        t.norm in ("actions", "acts", "policy", "steps", "measures", "sanctions")
        for t in tokens[i + 3 : i + 8]
    )


def decreed_measures(view: SentenceView) -> Finding | None:
    """SANCTION for a decree or law that brings in measures against an actor (see the module docstring)."""
    if _MEASURES.isdisjoint(lowered(view.tokens)):
        return None  # (s38-speed13: its loop starts from one of these words)
    tokens, units = _plain(view.tokens), view.units
    for k, tok in enumerate(tokens):
        if tok.norm not in _MEASURES:
            continue
        lo = clause_floor(tokens, k)
        back = range(max(lo, k - 10), k)
        inst = next((i for i in back if tokens[i].norm in _INSTRUMENTS), None)
        if inst is None or not any(tokens[i].norm in _ENACTED for i in range(max(lo, inst - 6), inst)):
            continue
        if k + 1 >= len(tokens):
            continue
        if any(t.norm in _LIFTED for t in tokens[inst : k + 1]):
            continue  # "a decree cancelling the restrictions on flights with Georgia": lifted, not imposed
        if tokens[k + 1].norm in _AIMED:
            # "measures against Poland"; "on" only before the state itself ("sanctions on Moldova"), not
            # before what is restricted ("restrictions on imports from Turkey")
            reach = (k + 2, min(len(tokens), k + (4 if tokens[k + 1].norm == "on" else 7)))
        elif _answers_acts(tokens, k + 1):
            reach = (k + 4, min(_clause_hi(tokens, k), k + 14))  # "in connection with the actions of X"
        else:
            continue
        aimed = [
            u for u in _coded(units, *reach) if u.code is not None and u.code.isupper() and not u.locative
        ]
        if not aimed:
            continue
        assert aimed[0].code is not None
        source = _doer_before(view, lo, inst)
        return _finding(view, EventType.SANCTION, k, source, [aimed[0].code], lo)
    return None


# ------------------------------------------------------------------------------------ envoys and staff

_ENVOYS = words("ambassador ambassadors envoy envoys representative representatives chargé charge")
_STAFF = words("staff personnel diplomats employees")
_ENVOYS_CUT_WORDS = _STAFF | {"recalled", "number"}
"""(s38-speed13) The plain words :func:`envoys_cut`'s loop reads further from."""


def _staff_reduced(tokens: Sequence[Token], k: int) -> bool:
    """Whether the staff noun at ``k`` is the subject of a cut to a number ("the staff of the embassy is to
    be reduced to 50 people")."""
    j = k + 1
    while j < len(tokens) and j < k + 8 and tokens[j].norm not in BE_FORMS:
        j += 1
    while j < len(tokens) and tokens[j].norm in _BE_CHAIN | words("to"):
        j += 1
    return (
        j + 2 < len(tokens)
        and tokens[j].norm in ("reduced", "cut")
        and tokens[j + 1].norm == "to"
        and tokens[j + 2].norm[:1].isdigit()
    )


def envoys_cut(view: SentenceView) -> Finding | None:
    """SANCTION for an envoy recalled home in the passive ("the Russian Ambassador to Georgia has been
    recalled to Moscow") or a mission's staff to be cut to a number ("bring the number of its diplomatic
    staff in Russia down to 455")."""
    if _ENVOYS_CUT_WORDS.isdisjoint(lowered(view.tokens)):
        return None  # (s38-speed13: its loop starts from one of them; the plain tokens' norms are these)
    tokens, units = _plain(view.tokens), view.units
    for k, tok in enumerate(tokens):
        if tok.norm == "recalled" and k >= 3 and tokens[k - 1].norm in BE_FORMS:
            lo = clause_floor(tokens, k)
            envoy = next((i for i in range(max(lo, k - 10), k) if tokens[i].norm in _ENVOYS), None)
            if envoy is None:
                continue
            own = [u for u in _coded(units, lo, envoy + 1) if u.tok_end <= envoy + 1 and u.code]
            posted = [u for u in _coded(units, envoy + 1, k) if _governing(tokens, u, envoy) in ("to", "in")]
            if not own or not posted or any(t.norm == "by" for t in tokens[k + 1 : k + 4]):
                continue
            assert own[0].code is not None and posted[0].code is not None
            return _finding(view, EventType.SANCTION, k, [own[0].code], [posted[0].code], lo)
        if tok.norm in _STAFF and _staff_reduced(tokens, k):
            lo = clause_floor(tokens, k)
            near = _coded(units, lo, k + 8)
            owners = [
                u for u in near if u.code and u.code.isupper() and u.code != view.speaker and not u.locative
            ]
            if owners and any(
                t.norm in ("embassy", "consulate", "mission", "diplomatic") for t in tokens[lo : k + 8]
            ):
                assert owners[0].code is not None
                source = (view.speaker,) if view.speaker else ()
                return _finding(view, EventType.SANCTION, k, source, [owners[0].code], lo)
        if tok.norm == "number" and k + 2 < len(tokens) and tokens[k + 1].norm == "of":
            lo = clause_floor(tokens, k)
            staff = next((i for i in range(k + 2, min(len(tokens), k + 8)) if tokens[i].norm in _STAFF), None)
            if staff is None or not any(
                t.norm in ("diplomatic", "embassy", "consular", "diplomats")
                for t in tokens[k + 2 : staff + 1]
            ):
                continue
            cut = any(
                t.norm in ("reduce", "reduced", "cut", "bring", "brought") for t in tokens[max(lo, k - 6) : k]
            )
            to_number = any(
                tokens[i].norm == "to" and i + 1 < len(tokens) and tokens[i + 1].norm[:1].isdigit()
                for i in range(staff, min(len(tokens), staff + 10))
            )
            if not (cut and to_number):
                continue
            owners = [
                u for u in _coded(units, lo, staff + 4) if u.code and u.code.isupper() and not u.locative
            ]
            owners = [u for u in owners if u.code != view.speaker]
            if not owners:
                continue
            assert owners[0].code is not None
            source = (view.speaker,) if view.speaker else ()
            return _finding(view, EventType.SANCTION, k, source, [owners[0].code], lo)
    return None


# --------------------------------------------------------------------------------------------- strikes

_STRIKES = words("strike strikes attack attacks blow blows salvo salvos")
_DELIVERED = words("delivered dealt inflicted launched carried conducted made")
_HIT_AT = words("on against at")
_LABOUR = words(
    "hunger general workers' workers labour labor dockers' dockers miners' miners union warning teachers' "
    "teachers doctors' doctors nurses' pilots' pilots drivers' drivers rail transport national nationwide "
    "student students' sit-down token"
)


def _struck(view: SentenceView, lo: int, start: int, hi: int) -> list[Unit]:
    """The coded units a strike is aimed at: inside a phrase opened by "on", "against" or "at" after
    ``start`` (and that phrase's "of" attachments: "on the command centres of the Kyiv regime")."""
    tokens, units = _plain(view.tokens), view.units
    found: list[Unit] = []
    opened = False
    coded = {u.tok_start: u for u in _coded(units, start, hi)}
    i = start
    while i < hi:
        norm = tokens[i].norm
        if norm in _HIT_AT and not (
            i + 2 < hi and tokens[i + 2].norm in ("proposal", "orders", "order", "instructions", "basis")
        ):
            opened = True
        elif norm in PREPOSITIONS and norm not in ("of",):
            opened = False
        elif norm in (",", ";", "and") and not opened:
            pass
        unit = coded.get(i)
        if unit is not None:
            if opened and not (unit.code or "").startswith("civil"):
                found.append(unit)
            i = unit.tok_end
            continue
        i += 1
    return found


def strike_delivered(view: SentenceView) -> Finding | None:
    """ASSAULT for a strike told in the passive without its doer, aimed at an actor ("a massive strike was
    delivered with high-precision weapons on Ukraine's energy facilities"); the speaker is the doer, or the
    actor after "by"."""
    if _STRIKES.isdisjoint(lowered(view.tokens)):
        return None  # (s38-speed13: its loop starts from one of these words)
    tokens, units = _plain(view.tokens), view.units
    for k, tok in enumerate(tokens):
        if tok.norm not in _STRIKES:
            continue
        lo = clause_floor(tokens, k)
        if any(tokens[i].norm in _LABOUR for i in range(max(lo, k - 3), k)):
            continue  # "the dockers' strike was launched", "a general strike"
        j = k + 1
        seen_be = False
        while j < len(tokens) and j < k + 5 and tokens[j].norm in _BE_CHAIN:
            seen_be = seen_be or tokens[j].norm in BE_FORMS
            j += 1
        if not seen_be or j >= len(tokens) or tokens[j].norm not in _DELIVERED:
            continue
        if tokens[j].norm == "carried" and not (j + 1 < len(tokens) and tokens[j + 1].norm == "out"):
            continue
        hi = min(_clause_hi(tokens, j), j + 1 + _REACH)
        by = next((i for i in range(j + 1, hi) if tokens[i].norm == "by"), None)
        source: tuple[str, ...] = ()
        if by is not None:
            doers = _coded(units, by + 1, min(hi, by + 5))
            if doers and doers[0].code:
                source = (doers[0].code,)
        targets = [u for u in _struck(view, lo, j + 1, hi) if u.code not in source]
        if not targets:
            continue
        if not source and view.speaker:
            source = (view.speaker,)
        assert targets[0].code is not None
        return _finding(view, EventType.ASSAULT, k, source, [targets[0].code], lo)
    return None


_HIT = words("hit struck targeted attacked shelled")
_WEAPONS = words(
    "missile missiles rocket rockets drone drones air artillery mortar cruise ballistic kamikaze massive "
    "combined heavy precision high-precision long-range strike strikes"
)
_ATTACK_NOUNS = words("strike strikes attack attacks shelling bombardment salvo fire barrage raid")


def hit_by_strike(view: SentenceView) -> Finding | None:
    """ASSAULT for a place hit by a strike of a named side ("the headquarters of the Black Sea Fleet was
    hit by a missile strike of the Kyiv regime"): from the side after "of"/"by"/"from" to the actor the
    place belongs to."""
    if _HIT.isdisjoint(lowered(view.tokens)):
        return None  # (s38-speed13: its loop starts from one of these words)
    tokens, units = _plain(view.tokens), view.units
    for k, tok in enumerate(tokens):
        if tok.norm not in _HIT or k < 2 or tokens[k - 1].norm not in BE_FORMS:
            continue
        if k + 1 >= len(tokens) or tokens[k + 1].norm != "by":
            continue
        noun = next(
            (i for i in range(k + 2, min(len(tokens), k + 7)) if tokens[i].norm in _ATTACK_NOUNS), None
        )
        if noun is None or not any(tokens[i].norm in _WEAPONS for i in range(k + 2, noun + 1)):
            continue
        if any(tokens[i].norm in _LABOUR for i in range(k + 2, noun)):
            continue
        lo = clause_floor(tokens, k)
        hi = min(_clause_hi(tokens, noun), noun + 8)
        doers = [
            u
            for u in _coded(units, noun + 1, hi)
            if _governing(tokens, u, noun) in ("of", "by", "from") and u.code and not u.locative
        ]
        struck = [u for u in _coded(units, lo, k) if u.code and u.code.isupper()]
        struck = [u for u in struck if not u.locative and u.kind != "territory"] or struck
        if not doers or not struck:
            continue
        assert doers[0].code is not None and struck[0].code is not None
        if doers[0].code == struck[0].code:
            continue
        return _finding(view, EventType.ASSAULT, k, [doers[0].code], [struck[0].code], lo)
    return None


# ----------------------------------------------------------------------------------------- movements

_MILITARY_UNITS = words(
    "warship warships frigate frigates cruiser cruisers destroyer destroyers corvette corvettes submarine "
    "submarines battalion battalions brigade brigades regiment regiments paratroopers peacekeepers troops "
    "squadron squadrons flotilla bombers marines detachment detachments contingent"
)
_VESSELS = words("ship ships vessel vessels")
_NAVAL = words(
    "reconnaissance naval navy war patrol landing missile military intelligence fleet minesweeper "
    "anti-submarine"
)
_MOVED = words("entered marched headed proceeded")
_MOVE_AFTER = {"arrived": "in"}
_FORCES_MOVED_WORDS = frozenset(_MOVED | {"left", "sailed", "set"} | _MOVE_AFTER.keys())
"""(s38-speed13) The plain words :func:`forces_moved`'s loop reads further from."""


_CIVIL_CREWS = words("doctors nurses medics rescuers volunteers firefighters builders workers students")


def _purpose_is_help(tokens: Sequence[Token], k: int) -> bool:
    """Whether the movement at ``k`` is told with a helping purpose ("to help", "to bolster the force")."""
    hi = _clause_hi(tokens, k)
    return any(
        tokens[i].norm == "to" and tokens[i + 1].norm in _HELPING | words("bolster reinforce strengthen")
        for i in range(k + 1, min(hi, k + 16) - 1)
    )


_FACILITIES = words("airport airfield port harbour harbor base bay")


def _invaded(tokens: Sequence[Token], units: Sequence[Unit], k: int) -> bool:
    """Whether "entered" at ``k`` takes anything but a facility ("entered Pristina airport", "entered the
    port of Tartus"): a state, a city or a territory entered may be an incursion, told by other readers."""
    if tokens[k].norm != "entered":
        return False
    j = k + 1
    while j < len(tokens) and tokens[j].norm in ("the", "a"):
        j += 1
    unit = next((u for u in units if u.tok_start == j), None)
    if unit is not None:
        j = unit.tok_end
    return not any(t.norm in _FACILITIES for t in tokens[j : j + 3])


def forces_moved(view: SentenceView) -> Finding | None:
    """MOBILIZE for a warship or military unit on the move ("the reconnaissance ship Liman of the Black Sea
    Fleet has sailed from Sevastopol for the Mediterranean", "a battalion of Russian peacekeepers entered
    Pristina airport"), by the actor the unit belongs to."""
    if _FORCES_MOVED_WORDS.isdisjoint(lowered(view.tokens)):
        return None  # (s38-speed13: its loop starts from one of them)
    tokens, units = _plain(view.tokens), view.units
    for k, tok in enumerate(tokens):
        follow = _MOVE_AFTER.get(tok.norm)
        departed = tok.norm in ("left", "sailed", "set") and any(
            t.norm == "for" for t in tokens[k + 1 : k + 7]
        )
        if (
            tok.norm not in _MOVED
            and not departed
            and not (follow and k + 1 < len(tokens) and tokens[k + 1].norm == follow)
        ):
            continue
        if any(t.norm in ("home", "holiday", "vacation") for t in tokens[k + 1 : k + 5]):
            continue
        lo = clause_floor(tokens, k)
        subject = next(
            (
                i
                for i in range(lo, k)
                if tokens[i].norm in _MILITARY_UNITS
                or (
                    tokens[i].norm in _VESSELS
                    and any(tokens[m].norm in _NAVAL for m in range(max(lo, i - 3), min(k, i + 8)))
                )
            ),
            None,
        )
        if subject is None or any(tokens[i].norm in (",", "and") and i == k - 1 for i in range(lo, k)):
            continue
        if any(tokens[i].norm in (";", "if", "when", "unless") for i in range(lo, subject)):
            continue
        if _invaded(tokens, units, k) or any(
            t.norm in ("visit", "call", "parade") for t in tokens[k : _clause_hi(tokens, k)]
        ):
            continue  # "troops entered Georgia": an incursion, told elsewhere; "arrived on a friendly visit"
        if any(t.norm in _CIVIL_CREWS for t in tokens[subject + 1 : k]) or _purpose_is_help(tokens, k):
            continue  # "a brigade of Cuban doctors arrived", "peacekeepers arrived to bolster the UN force"
        owners = [
            u
            for u in _coded(units, max(lo, subject - 3), k)
            if not u.locative
            and u.kind != "territory"
            and _governing(tokens, u, lo) not in ("from", "in", "to", "at")
        ]
        source = (owners[0].code,) if owners and owners[0].code else ((view.speaker,) if view.speaker else ())
        if not source:
            continue
        dest = _coded(units, k + 1, min(_clause_hi(tokens, k), k + 5))
        left_from = k + 1 if tok.norm == "left" else -1  # "left Novorossiysk for ...": where it set out
        if any(
            u.code in source and _governing(tokens, u, k) != "from" and u.tok_start > left_from for u in dest
        ):
            continue  # "Russian troops arrived in Moscow": a move at home
        return _finding(view, EventType.MOBILIZE, k, source, (), lo)
    return None


# ---------------------------------------------------------------------------------------------- relief

_CONVOYS = words("convoy convoys column columns cargo cargoes aid assistance shipment")
_CONVOY_MOVED = words("crossed arrived headed reached entered")
_HELPERS = words(
    "rescuers rescue medics doctors firefighters hospital hospitals specialists sappers deminers team teams"
)
_SENT = words("sent dispatched flown airlifted deployed")
_RELIEF_SENT_WORDS = _CONVOY_MOVED | _SENT
"""(s38-speed13) The plain words :func:`relief_sent`'s loop reads further from."""
_HELPING = words("help helping assist assisting deal fight search provide support eliminate treat")


_NP_WORDS = words(
    "the a an first last second third new another its their our of with and trucks lorries vehicles column "
    "part carrying tonnes tons"
)
_AUX = words("has have had already")


def _subject_phrase(tokens: Sequence[Token], units: Sequence[Unit], lo: int, head: int, verb: int) -> bool:
    """Whether the noun phrase ending at ``head`` (exclusive of what follows up to ``verb``) opens its
    clause and the verb at ``verb`` is its own ("the first trucks of the Russian humanitarian convoy
    crossed"), not a phrase inside another clause ("forces blocked the humanitarian convoy that arrived")."""
    inside = {i for u in units for i in range(u.tok_start, u.tok_end)}
    i = head - 1
    while i >= lo and tokens[i].norm != "," and (tokens[i].norm in _NP_WORDS or i in inside):
        i -= 1
    if i >= lo and tokens[i].norm != ",":
        return False
    between = tokens[head + 2 : verb]
    return all(
        t.norm in _NP_WORDS | _AUX
        or t.norm[:1].isdigit()
        or t.norm in ("food", "medicines", "medicine", "cargo")
        for t in between
    )


def relief_sent(view: SentenceView) -> Finding | None:
    """AID for a humanitarian convoy on its way ("the first trucks of the Russian humanitarian convoy
    crossed the border") or rescuers sent abroad to help ("rescuers and a field hospital have been sent to
    Turkey to help deal with the earthquake")."""
    if _RELIEF_SENT_WORDS.isdisjoint(lowered(view.tokens)):
        return None  # (s38-speed13: its loop starts from one of them)
    tokens, units = _plain(view.tokens), view.units
    floor = 0  # clause_floor(tokens, k), kept as the loop goes (s34-speed3: one pass, not one per token)
    for k, tok in enumerate(tokens):
        lo = floor
        if tok.norm in (";", ":"):
            floor = k + 1
        if tok.norm in _CONVOY_MOVED:
            convoy = next(
                (
                    i
                    for i in range(max(lo, k - 8), k)
                    if tokens[i].norm in _CONVOYS and i > 0 and tokens[i - 1].norm == "humanitarian"
                ),
                None,
            )
            if convoy is None or not _subject_phrase(tokens, units, lo, convoy - 1, k):
                continue
            owners = [
                u for u in _coded(units, max(lo, convoy - 6), k) if not u.locative and u.kind != "territory"
            ]
            source = (
                (owners[0].code,) if owners and owners[0].code else ((view.speaker,) if view.speaker else ())
            )
            hi = _clause_hi(tokens, k)
            places = [
                u.code for u in _coded(units, k + 1, min(hi, k + 10)) if u.code and u.code not in source
            ]
            if not source:
                continue
            return _finding(view, EventType.AID, k, source, places[:1], lo)
        if tok.norm in _SENT and k >= 2 and tokens[k - 1].norm in BE_FORMS | words("been"):
            if not any(tokens[i].norm in _HELPERS for i in range(max(lo, k - 12), k)):
                continue
            hi = _clause_hi(tokens, k)
            if k + 1 >= len(tokens) or tokens[k + 1].norm != "to":
                continue
            dest = [u for u in _coded(units, k + 2, min(hi, k + 5)) if u.code and u.code.isupper()]
            helping = any(
                tokens[i].norm == "to" and i + 1 < hi and tokens[i + 1].norm in _HELPING
                for i in range(k + 2, min(hi, k + 10))
            )
            if not dest or not helping:
                continue
            owned = [
                u.code
                for u in _coded(units, max(lo, k - 12), k)
                if u.code and not u.locative and u.code != dest[0].code
            ]
            sender = tuple(owned[:1]) or ((view.speaker,) if view.speaker else ())
            assert dest[0].code is not None
            return _finding(view, EventType.AID, k, sender, [dest[0].code], lo)
    return None


# ----------------------------------------------------------------------------------------- de-escalation

_DECIDED = words("decided decide decides decision ordered order orders instructed instruct")
_REDUCE = words("reduce curtail decrease scale wind cut")
_MILITARY_ACTIVITY = words("activity activities presence operations operation")
_ENDED = words("complete end halt stop cease conclude finish")
_DRILLS = words("inspection inspections exercise exercises drills manoeuvres maneuvers")
_HOME = words("bases base garrisons barracks")


_DECISION_NOUNS = words("decision order")
_TAKEN = words("taken took take takes made make makes adopted adopt adopts")


def _decider(view: SentenceView, tokens: Sequence[Token], lo: int, k: int) -> tuple[str, ...]:
    """Who decided: the subject of a verb ("the Ministry has decided", "I have taken the decision"); for a
    noun the owner before it ("Moscow's decision") or the actor "of" it ("the decision of the Russian
    leadership"), never the one who only speaks of it ("NATO welcomed the decision of Moscow")."""
    if tokens[k].norm not in _DECISION_NOUNS:
        return _doer_before(view, lo, k)
    owner = [u for u in _coded(view.units, max(lo, k - 4), k) if u.code and u.tok_end >= k - 1]
    if owner and (
        tokens[owner[-1].tok_end - 1].text.endswith(("'s", "'"))
        or (owner[-1].tok_end < len(tokens) and tokens[owner[-1].tok_end].norm in ("'s", "'"))
    ):
        assert owner[-1].code is not None
        return (owner[-1].code,)
    of = [u for u in _coded(view.units, k + 1, k + 5) if u.code and _governing(tokens, u, k) == "of"]
    if of:
        assert of[0].code is not None
        return (of[0].code,)
    if any(t.norm in _TAKEN for t in tokens[max(lo, k - 3) : k]):
        return _doer_before(view, lo, k)
    return ()


def scaled_back(view: SentenceView) -> Finding | None:
    """CONCEDE for a decision to scale back military activity ("has decided to drastically reduce
    military activity in the Kiev direction") or to end drills and send the troops back to their bases."""
    if _DECIDED.isdisjoint(lowered(view.tokens)):
        return None  # (s38-speed13: its loop starts from one of these words)
    tokens, units = _plain(view.tokens), view.units
    for k, tok in enumerate(tokens):
        if tok.norm not in _DECIDED or k + 2 >= len(tokens):
            continue
        lo = clause_floor(tokens, k)
        hi = _clause_hi(tokens, k)
        to = next((i for i in range(k + 1, min(hi, k + 3)) if tokens[i].norm == "to"), None)
        if to is None:
            continue
        verb = to + 1
        while verb < hi and tokens[verb].norm.endswith("ly") and len(tokens[verb].norm) > 3:
            verb += 1
        if verb >= hi:
            continue
        window = [t.norm for t in tokens[verb : min(hi, verb + 14)]]
        reduce = (
            tokens[verb].norm in _REDUCE
            and "military" in window[:4]
            and any(w in _MILITARY_ACTIVITY for w in window[:5])
        )
        home = (
            tokens[verb].norm in _ENDED
            and any(w in _DRILLS or w == "it" for w in window[:4])
            and "return" in window
            and any(w in _HOME for w in window)
        )
        if not (reduce or home):
            continue
        source = _decider(view, tokens, lo, k)
        target = [
            u.code for u in _coded(units, verb, hi) if u.code and u.code.isupper() and u.code not in source
        ]
        return _finding(view, EventType.CONCEDE, verb, source, target[:1], lo)
    return None


# ----------------------------------------------------------------------------------------- warnings

_DAMAGE = words("damage harm")
_HARM_VERBS = words("damage harm undermine")
_ANSWER = words("retaliatory response reciprocal countermeasures retaliate respond")
_ACT_NOUNS = words(
    "accession membership deployment deployments entry decision plans plan supplies deliveries stationing "
    "presence admission"
)


_WARNED_MODALS = frozenset({"would", "will", "could"})
"""(s38-speed13) The modals :func:`damage_warned`'s loop starts from."""


def damage_warned(view: SentenceView) -> Finding | None:
    """ACCUSE for another side's act said to do harm beside a warning of the answer ("Finland's accession
    to NATO would cause serious damage to relations, and Russia will be forced to take retaliatory steps"):
    from the speaker (or the side that warns) to the actor whose act it is."""
    if _WARNED_MODALS.isdisjoint(lowered(view.tokens)):
        return None  # (s38-speed13: its loop starts from one of these words)
    tokens, units = _plain(view.tokens), view.units
    for k, tok in enumerate(tokens):
        if tok.norm not in _WARNED_MODALS:
            continue
        lo = clause_floor(tokens, k)
        rest = [t.norm for t in tokens[k + 1 : k + 6]]
        harms = (rest[:1] == ["cause"] or rest[:1] == ["do"] or rest[:1] == ["inflict"]) and any(
            w in _DAMAGE for w in rest[1:5]
        )
        harms = harms or any(w in _HARM_VERBS for w in rest[:2])
        if not harms:
            continue
        act = next((i for i in range(lo, k) if tokens[i].norm in _ACT_NOUNS), None)
        if act is None:
            continue
        hi = _clause_hi(tokens, k)
        if not any(t.norm in _ANSWER for t in tokens[k + 1 : hi]):
            continue
        doers = [
            u
            for u in _coded(units, lo, k)
            if u.code
            and u.code.isupper()
            and (u.tok_end <= act or _governing(tokens, u, act) in ("of", "by"))
        ]
        if not doers:
            continue
        assert doers[0].code is not None
        answer = next(i for i in range(k + 1, hi) if tokens[i].norm in _ANSWER)
        warners = [u.code for u in _coded(units, k + 6, answer) if u.code and u.code != doers[0].code]
        source = tuple(warners[:1]) or ((view.speaker,) if view.speaker else ())
        finding = _finding(view, EventType.ACCUSE, k, source, [doers[0].code], lo)
        if finding.polarity is not Polarity.NEGATED:
            return Finding(
                finding.event,
                "disapprove",
                finding.roles,
                Polarity.ASSERTED,
                finding.start,
                finding.end,
                finding.trigger,
            )
    return None


MAY_READ = _MEASURES | _MILITARY_UNITS | _VESSELS | _CONVOYS | _HELPERS | _STRIKES | words("recalled number")
"""Words one of these readers needs: a sentence without any of them is not read."""

_READ_WORDS = MAY_READ | _STAFF | _DECIDED | _DAMAGE | _HARM_VERBS | _ENVOYS
"""Every word one of the readers starts from (:func:`may_read`), wider than :data:`MAY_READ`, which only
lets a sentence with no trigger word reach the readers."""

READERS: tuple[tuple[EventType, Callable[[SentenceView], Finding | None]], ...] = (
    (EventType.SANCTION, decreed_measures),
    (EventType.SANCTION, envoys_cut),
    (EventType.ASSAULT, strike_delivered),
    (EventType.ASSAULT, hit_by_strike),
    (EventType.MOBILIZE, forces_moved),
    (EventType.AID, relief_sent),
    (EventType.CONCEDE, scaled_back),
    (EventType.ACCUSE, damage_warned),
)
"""The readers in the order the coder asks them, each with the type it adds when the sentence has none."""


_READ_NORMS = frozenset(canon(w) for w in _READ_WORDS) | {canon(w) for w in ("March", "May")}
"""The norms of :data:`_READ_WORDS` as tokens spell them ("March" and "May" as written are months)."""
