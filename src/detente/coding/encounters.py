"""Coder stage 6c, statement readers: encounters between sides told without a verb of meeting (CONSULT).

Official readouts often tell a meeting by what it was like, or by one side's part in it, with no verb whose
subject and object are the two sides. Five families are read here; the coder runs them (through
:func:`encounter`) only when the sentence has no CONSULT with a doer yet:

* :func:`meeting_went` — a meeting named as the subject of how it went or that it happened: "the
  Russian-Chinese consultations were frank", "the talks with the Turkish delegation had been useful",
  "Today's session of the Russia-NATO Council was difficult", "the negotiations proved ...", "there were
  problems in the Russian-US consultations", "welcomed the contacts that have taken place between Ankara
  and Moscow" (a relative clause that tells it happened). The sides are those the phrase names (a compound of two
  sides, "between X and Y", or "with Y" beside the one who says so); a bare "the talks" takes the sides
  of the meeting the document reports. A meeting only named as a topic or a time marker ("preparations
  for the talks", "after the meeting", "the results of the talks") is not read, nor a meeting of one
  side's own body ("the meeting of the Security Council was held").
* :func:`approaches_set_forth` — "He set forth Russia's approaches to ...", "outlined the Russian
  position on ...": in a readout of a meeting, the side whose position is set out briefs the others
  (CONSULT owner → the meeting's other sides).
* :func:`views_exchanged_between` — "While exchanging views on Ukraine, Putin drew Macron's attention
  to ...": an exchange of views whose two sides are the clause's subject and the one addressed, when
  the document's meeting is not known.
* :func:`your_visit` — the host's "I am sure your visit will be useful" in the statements of a reported
  meeting: CONSULT (visit) guest → host (the speaker).
* :func:`meeting_of_members` — "the forthcoming meeting of the foreign ministers of Italy, Germany and
  Russia", "the meeting of the defence ministers of France and Russia took place": CONSULT of the
  states listed (future when it is to come).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import Token, words
from detente.coding.polarity import polarity_of
from detente.coding.readouts import ReadoutView as EncounterView
from detente.coding.readouts import coded_side as _coded
from detente.coding.roles import Roles, clause_floor
from detente.coding.statements import Finding
from detente.coding.units import Unit

_MAX_TOKENS = 200
"""Sentences longer than this (in tokens) are not read: a readout's sentence is short."""


def _meeting_sides(view: EncounterView) -> tuple[str, ...]:
    """The sides of the meeting the document reports (two or more), else ``()``."""
    sides = tuple(dict.fromkeys(view.participants))
    return sides if view.reported_meeting and len(sides) >= 2 else ()


def _readable(view: EncounterView) -> bool:
    tokens = view.tokens
    return 2 < len(tokens) <= _MAX_TOKENS and tokens[-1].norm != "?"


def _polarity(view: EncounterView, k: int) -> Polarity | None:
    polarity = polarity_of(view.tokens, k, view.patterns, floor=clause_floor(view.tokens, k))
    return None if polarity is Polarity.HYPOTHETICAL else polarity


def _finding(
    view: EncounterView,
    sides: Sequence[str],
    targets: Sequence[str],
    k: int,
    span: tuple[int, int],
    polarity: Polarity,
) -> Finding:
    tok = view.tokens[k]
    mode = "multilateral" if len(set(sides) | set(targets)) >= 3 else ""
    roles = Roles(tuple(dict.fromkeys(sides)), tuple(dict.fromkeys(targets)), span, mutual=not targets)
    return Finding(EventType.CONSULT, mode, roles, polarity, tok.start, tok.end, tok.text)


def _compound_sides(view: EncounterView, tok: Token) -> tuple[str, ...]:
    """The sides a hyphenated compound names: "Russian-US" → (RUS, USA); ``()`` unless every part is one."""
    parts = tok.text.replace("‐", "-").split("-")
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return ()
    codes = [view.demonym(p) for p in parts]
    if any(c is None or not c.isupper() for c in codes):
        return ()
    found = tuple(dict.fromkeys(c for c in codes if c is not None))
    return found if len(found) >= 2 else ()


# --- a meeting told by how it went -------------------------------------------------------------------------

_MEETING_NOUNS = words(
    "talks negotiations consultations meeting meetings conversation session summit contacts discussion "
    "discussions"
)
_BARE_NOUNS = words("talks negotiations consultations meeting conversation discussion discussions")
"""The nouns a bare "the talks" may stand on for the document's meeting ("the session" may be a body's)."""
_NP_OPENERS = words("the today today's yesterday yesterday's this these their our")
_NP_MODIFIERS = words(
    "the today today's yesterday yesterday's this these their our 's ’s official formal informal bilateral trilateral "
    "telephone phone one-on-one restricted expanded first latest recent last current full-scale "
    "high-level top-level summit ministerial regular round new fresh direct"
)
_SUBJECT_LEADS = words(
    ", that and but while as when : said says noted stated added stressed believes thinks felt "
    "emphasised emphasized remarked observed recalled pointed"
)
_TROUBLE = words("problems difficulties progress headway setbacks obstacles")
_BE = words("was were is are")
_PERFECT = words("has have had")
_EVALUATIONS = words(
    "frank constructive useful productive substantive successful fruitful businesslike business-like "
    "difficult tough open candid forthright friendly warm intensive intense detailed lengthy long positive "
    "cordial trusting thorough meaningful informative comprehensive in-depth extensive candid sincere "
    "held conducted underway ongoing closed tense hard heated complicated good excellent"
)
_DEGREES = words("very extremely rather quite most highly truly really fairly , and at times also indeed")
_HAPPENED = words(
    "resumed began begun started continued ended concluded lasted proved showed demonstrated confirmed"
)
_PLACE_VERBS = words("took take taking")
_FUTURE_BE = words("will shall")
_NP_STOPS = words("; that which who whom whose said says")


def meeting_went(view: EncounterView) -> Finding | None:
    """CONSULT of the sides of a meeting told by how it went or that it happened (module docstring)."""
    if not _readable(view):
        return None
    tokens = view.tokens
    n = len(tokens)
    for m, tok in enumerate(tokens):
        if tok.norm not in _MEETING_NOUNS:
            continue
        s = m
        while s > 0 and (tokens[s - 1].norm in _NP_MODIFIERS or _compound_sides(view, tokens[s - 1])):
            s -= 1
        relative = _relative_happened(tokens, m)
        if relative is not None:
            if s > 0 and tokens[s - 1].norm in _PREPOSITIONS:
                continue  # "after the talks that took place in Geneva": a time marker
            pred, reach = relative
        else:
            found = _predicate(tokens, m) if _subject_place(tokens, s) else None
            if found is None:
                continue
            pred = reach = found
        sides = _phrase_sides(view, s, m, reach)
        if sides is None:
            continue
        if not sides:
            if tokens[m].norm not in _BARE_NOUNS or tokens[s].norm not in _NP_OPENERS:
                continue
            if any(t.norm in ("of", "with", "between", "among") for t in tokens[m + 1 : pred]):
                continue  # "the meeting of the Security Council": a body of its own, not the two sides
            sides = _meeting_sides(view)
        elif _another_meeting(view, sides):
            continue
        if len(sides) < 2:
            continue
        polarity = _polarity(view, pred)
        if polarity is None:
            continue
        if polarity is Polarity.ASSERTED and any(t.norm in _FUTURE_BE for t in tokens[m : pred + 1]):
            polarity = Polarity.FUTURE
        return _finding(view, sides, (), m, (tokens[s].start, tokens[min(pred, n - 1)].end), polarity)
    return None


def _another_meeting(view: EncounterView, sides: Sequence[str]) -> bool:
    """Whether a meeting named with ``sides`` is another one than the document's (a topic of its talks:
    "Putin said the Russian-US consultations had been useful", in a readout of talks with France)."""
    known = _meeting_sides(view)
    return bool(known) and not set(sides) <= set(known)


_RELATIVES = words("that which")
_PREPOSITIONS = words(
    "after before following during at on in of about for ahead since from to with into over within by "
    "preparations preparation eve results outcome"
)
_CLAUSE_ENDS = words(", ; . : – — but while")


_PARTY_PREPS = words("between with of among by")
_TOPIC_PREPS = words(
    "on about over concerning regarding in at to for from into near across around within outside inside "
    "against toward towards"
)


def _party_place(tokens: Sequence[Token], s: int, at: int) -> bool:
    """Whether an actor at token ``at`` in a meeting's phrase (from ``s``) is one of its parties: before
    the noun, or after "between" / "with" / "of"; not a topic or a place ("talks on Syria between Russia
    and Turkey", "consultations in Geneva")."""
    for i in range(at - 1, s - 1, -1):
        norm = tokens[i].norm
        if norm in _PARTY_PREPS:
            return True
        if norm in _TOPIC_PREPS:
            return False
    return True


def _relative_happened(tokens: Sequence[Token], m: int) -> tuple[int, int] | None:
    """ "the contacts that have taken place between Ankara and Moscow", "the talks which were held in
    Oslo": the token of the verb and the end of its clause (where the sides may be named), else ``None``."""
    n = len(tokens)
    if m + 3 >= n or tokens[m + 1].norm not in _RELATIVES:
        return None
    j = m + 2
    if tokens[j].norm in _PERFECT:
        j += 1
    verb = j
    after = tokens[j + 1].norm if j + 1 < n else ""
    took_place = tokens[j].norm in ("took", "taken") and after == "place"
    if not (took_place or (tokens[j].norm in ("was", "were", "been") and after == "held")):
        return None
    j += 2
    end = j
    while end < n and end - j < 10 and tokens[end].norm not in _CLAUSE_ENDS:
        end += 1
    return verb, end


def _subject_place(tokens: Sequence[Token], s: int) -> bool:
    """Whether a phrase starting at token ``s`` stands as a subject: at the head of a clause, after a
    verb of saying, or in "there were problems in ..."."""
    if s == 0:
        return True
    before = tokens[s - 1].norm
    if before in _SUBJECT_LEADS:
        return True
    if before in ("in", "at") and s >= 2 and tokens[s - 2].norm in _TROUBLE:
        # "there were problems in the Russian-US consultations", not "progress was made in ..."
        return any(t.norm == "there" for t in tokens[max(0, s - 5) : s - 2])
    return False


def _predicate(tokens: Sequence[Token], m: int) -> int | None:
    """The token of what is said of the meeting at ``m``: "was frank", "took place", "resumed", "proved";
    for "there were problems in ..." the meeting noun itself. ``None`` when there is none."""
    n = len(tokens)
    if _trouble_before(tokens, m):
        return m
    for j in range(m + 1, min(n, m + 16)):
        norm = tokens[j].norm
        if norm in _NP_STOPS or norm in _MEETING_NOUNS:
            return None
        if norm in _HAPPENED:
            return j
        if norm in _PLACE_VERBS and j + 1 < n and tokens[j + 1].norm == "place":
            return j
        if norm in _BE or norm in _PERFECT or norm in _FUTURE_BE:
            k = j + 1
            while k < n and tokens[k].norm in (_PERFECT | words("been be not never")):
                k += 1
            while k < n and tokens[k].norm in _DEGREES:
                k += 1
            if k < n and (tokens[k].norm in _EVALUATIONS or tokens[k].norm == "under"):
                return j
            if k < n and tokens[k].norm in _PLACE_VERBS and k + 1 < n and tokens[k + 1].norm == "place":
                return j
            return None  # another verb of the phrase: "the talks are a chance to ..."
    return None


def _trouble_before(tokens: Sequence[Token], m: int) -> bool:
    s = m
    while s > 0 and (
        tokens[s - 1].norm in _NP_MODIFIERS
        or ("-" in tokens[s - 1].text and tokens[s - 1].text[:1].isupper())
    ):
        s -= 1
    return s >= 2 and tokens[s - 1].norm in ("in", "at") and tokens[s - 2].norm in _TROUBLE


def _phrase_sides(view: EncounterView, s: int, m: int, pred: int) -> tuple[str, ...] | None:
    """The sides the meeting's own phrase names (tokens ``s`` to ``pred``): two or more; one met "with"
    the sayer; ``()`` when it names none; ``None`` when it names one side only and no pair can be made."""
    tokens, units = view.tokens, view.units
    found: list[str] = []
    compounds: set[int] = set()
    for i in range(s, min(pred, len(tokens))):
        pair = _compound_sides(view, tokens[i])
        if pair:
            found.extend(pair)
            compounds.add(i)
    inside = [
        u
        for u in units
        if s <= u.tok_start
        and u.tok_end <= pred
        and _coded(u)
        and not compounds.intersection(range(u.tok_start, u.tok_end))  # "the Russia-NATO Council": its pair
        and _party_place(tokens, s, u.tok_start)
    ]
    found.extend(u.code for u in inside if u.code is not None)
    sides = tuple(dict.fromkeys(found))
    if len(sides) >= 2:
        return sides
    if not sides:
        return ()
    # "the talks with the Russian delegation": the other side is the one who says so
    if not any(tokens[i].norm == "with" for i in range(m + 1, min(pred, len(tokens)))):
        return None
    floor = clause_floor(tokens, s)
    sayer = next(
        (u.code for u in reversed(units) if floor <= u.tok_start and u.tok_end <= s and _coded(u)),
        view.speaker,
    )
    if sayer is None or sayer in sides:
        return None
    return (sayer, *sides)


# --- one side's approaches set forth to the others ----------------------------------------------------------

_SET_FORTH = words("set outlined outline explained explain presented laid expounded expound detailed")
_POSITIONS = words(
    "approach approaches position positions stance view views vision assessment assessments "
    "perspective perspectives"
)


def approaches_set_forth(view: EncounterView) -> Finding | None:
    """CONSULT of the side whose approaches are set forth to the document's other meeting sides."""
    sides = _meeting_sides(view)
    if not sides or not _readable(view):
        return None
    tokens, units = view.tokens, view.units
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if tok.norm not in _SET_FORTH:
            continue
        j = k + 1
        if tok.norm in ("set", "laid"):
            if j >= n or tokens[j].norm not in ("forth", "out"):
                continue
            j += 1
        end = min(n, j + 5)
        pos = next((i for i in range(j, end) if tokens[i].norm in _POSITIONS), None)
        if pos is None:
            continue
        owner = next((u.code for u in units if j <= u.tok_start < pos and _coded(u)), None)
        if owner is None and any(tokens[i].norm == "our" for i in range(j, pos)):
            owner = view.speaker
        if owner is None or owner not in sides:
            continue
        others = tuple(c for c in sides if c != owner)
        polarity = _polarity(view, k)
        if not others or polarity is None:
            continue
        return _finding(view, (owner,), others, k, (tok.start, tokens[pos].end), polarity)
    return None


# --- an exchange of views between the subject and the one addressed -----------------------------------------

_EXCHANGING = words("exchanging")
_VIEWS = words("views opinions assessments")


def views_exchanged_between(view: EncounterView) -> Finding | None:
    """CONSULT of the two sides of "While exchanging views on X, A [verb] B('s) ...", when the document's
    meeting is not known (the readouts module reads it with the meeting's sides)."""
    if _meeting_sides(view) or not _readable(view):
        return None
    tokens, units = view.tokens, view.units
    n = len(tokens)
    for k, tok in enumerate(tokens[:-1]):
        if tok.norm not in _EXCHANGING or tokens[k + 1].norm not in _VIEWS:
            continue
        if k == 0 or tokens[k - 1].norm not in ("while", "when", "after"):
            continue
        comma = next((i for i in range(k + 2, min(n, k + 20)) if tokens[i].norm == ","), None)
        if comma is None:
            continue
        subject = next((u for u in units if u.tok_start == comma + 1 and _coded(u)), None)
        if subject is None:
            continue
        verb = subject.tok_end
        partner = next(
            (u for u in units if verb + 1 <= u.tok_start <= verb + 2 and _coded(u) and u.kind == "person"),
            None,
        )
        if partner is None or partner.code is None or subject.code is None or partner.code == subject.code:
            continue
        polarity = _polarity(view, k)
        if polarity is None:
            continue
        return _finding(view, (subject.code, partner.code), (), k, (tok.start, partner.end), polarity)
    return None


# --- a meeting of the ministers of states listed ------------------------------------------------------------

_MEMBER_MEETINGS = words("meeting talks summit consultations")
_TO_COME = words("forthcoming upcoming next planned coming scheduled")
_HELD = words("took held was were will resumed")
_MEMBER_TITLES = words(
    "the foreign defence defense ministers minister heads head leaders presidents prime of state "
    "government governments affairs and deputy chiefs general staff"
)
_MARKERS = words(
    "before after ahead following for eve during at on sidelines of about preparations preparation "
    "results outcome"
)


def meeting_of_members(view: EncounterView) -> Finding | None:
    """CONSULT of the states listed in "the (forthcoming) meeting of the foreign ministers of A, B and C"."""
    if not _readable(view):
        return None
    tokens, units = view.tokens, view.units
    n = len(tokens)
    for m, tok in enumerate(tokens):
        if tok.norm not in _MEMBER_MEETINGS or m + 2 >= n or tokens[m + 1].norm != "of":
            continue
        s = m
        while s > 0 and tokens[s - 1].norm in (_NP_MODIFIERS | _TO_COME):
            s -= 1
        if s > 0 and tokens[s - 1].norm in _MARKERS:
            continue  # "ahead of the meeting of ...", "the results of the meeting of ...": a time or topic
        coming = any(t.norm in _TO_COME for t in tokens[s:m])
        j = m + 2
        while j < n and tokens[j].norm in _MEMBER_TITLES:
            j += 1
        if j == m + 2 or tokens[j - 1].norm != "of":
            continue  # "the meeting of Russia and Italy" is read by the triggers; here a title comes first
        listed: list[Unit] = []
        i = j
        while i < n:
            unit = next((u for u in units if u.tok_start == i and _coded(u)), None)
            if unit is None:
                break
            listed.append(unit)
            i = unit.tok_end
            if i < n and tokens[i].norm in (",", "and"):
                i += 1
                if i < n and tokens[i].norm == "and":
                    i += 1
                continue
            break
        sides = tuple(dict.fromkeys(u.code for u in listed if u.code is not None))
        if len(sides) < 2 or _another_meeting(view, sides):
            continue
        if not coming and not any(t.norm in _HELD for t in tokens[i : min(n, i + 6)]):
            continue
        polarity = _polarity(view, m)
        if polarity is None:
            continue
        if coming and polarity is Polarity.ASSERTED:
            polarity = Polarity.FUTURE
        return _finding(view, sides, (), m, (tokens[s].start, tokens[i - 1].end), polarity)
    return None


# --- the guest's visit, as the host speaks of it ------------------------------------------------------------

_VISITS = words("visit trip stay")
_VISIT_MODS = words("official state working first current present short two-day three-day friendly")
_VISIT_PAST = words("last previous earlier former past")
_VISIT_TO_COME = words("next upcoming forthcoming coming planned future return")


def your_visit(view: EncounterView) -> Finding | None:
    """CONSULT (visit) of the guest side with the host who speaks of "your visit" in the statements of a
    reported meeting: "I am sure your visit will be useful" (guest → host, the speaker). "Your last
    visit" is another, earlier one; "your visit to China" is to a third side; neither is read."""
    sides = _meeting_sides(view)
    speaker = view.speaker
    if not sides or speaker is None or speaker not in sides or not _readable(view):
        return None
    tokens, units = view.tokens, view.units
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if tok.norm != "your":
            continue
        j = k + 1
        coming = False
        while j < n and tokens[j].norm in (_VISIT_MODS | _VISIT_PAST | _VISIT_TO_COME):
            if tokens[j].norm in _VISIT_PAST:
                return None
            coming = coming or tokens[j].norm in _VISIT_TO_COME
            j += 1
        if j >= n or tokens[j].norm not in _VISITS:
            continue
        if j + 1 < n and tokens[j + 1].norm == "to":
            place = next((u for u in units if j + 2 <= u.tok_start <= j + 3 and u.code), None)
            if place is not None and place.code != speaker:
                continue  # "your visit to China": not to the host who speaks
        guests = tuple(c for c in sides if c != speaker)
        polarity = _polarity(view, j)
        if not guests or polarity is None:
            continue
        if coming and polarity is Polarity.ASSERTED:
            polarity = Polarity.FUTURE
        found = _finding(view, guests, (speaker,), j, (tok.start, tokens[j].end), polarity)
        return Finding(
            found.event, "visit", found.roles, found.polarity, found.start, found.end, found.trigger
        )
    return None


_READERS: tuple[Callable[[EncounterView], Finding | None], ...] = (
    meeting_went,
    approaches_set_forth,
    views_exchanged_between,
    meeting_of_members,
    your_visit,
)


def may_read(norms: frozenset[str] | set[str]) -> bool:
    """Whether a sentence with these token norms may hold what :func:`encounter` reads: each of its readers
    starts from a token of its own word set (:data:`_CUES`) and finds nothing without one."""
    return not _CUES.isdisjoint(norms)


def encounter(view: EncounterView) -> Finding | None:
    """The first CONSULT one of this module's readers finds in the sentence, else ``None``."""
    for read in _READERS:
        found = read(view)
        if found is not None:
            return found
    return None


_CUES = _MEETING_NOUNS | _SET_FORTH | _EXCHANGING | _MEMBER_MEETINGS | {"your"}
"""The words the readers of :data:`_READERS` start from (:func:`may_read`)."""
