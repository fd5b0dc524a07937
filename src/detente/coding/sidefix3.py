"""Sides of an event whose type is right but whose source or target is not, third round (s28).

* **The annexer of Ukrainian land is Russia.** "The Foreign Minister said the annexation of Crimea was a
  violation of international law", "condemned the purported annexation of the Donetsk, Luhansk,
  Zaporizhzhia and Kherson regions": an annexation of Ukrainian territory told without its doer is
  Russia's (every gold set codes it RUS -> UKR, as it does "Russia's annexation of Crimea"). The
  territory is the place of the act, not a side of the charge or refusal made about it: the annexation's
  COERCE takes Russia as its source, and a charge, refusal or sanction whose only target is Ukraine
  (read from the territory's name) or none takes Russia as its target instead; a charge or refusal whose source is
  Ukraine read from the territory alone ("..., which they would never recognise") is turned back to the
  one who speaks (:func:`annexed_by_russia`).
* **A title before a surname names the holder at the date.** "Prime Minister Johnson spoke to President
  Putin", "Foreign Secretary Hague said": a person whose surname alone is too ambiguous to be a form of
  the dictionary ("Johnson", "May", "Brown") is still named by a title they hold on the sentence's date
  followed by their last name (:func:`title_holder_named`, used by the actor dictionary).

* **An expulsion "from" a place is that place's state's.** "In response to the expulsion of our diplomats
  from Riga, Tallinn and Vilnius, Moscow declared ...", "the expulsion of Russian diplomats from Prague is
  an unfriendly step": the expulsion told as a noun is a SANCTION by the state (or states) the diplomats
  were sent away from, on the state whose diplomats they were ("our": the speaker's); a measure taken "in
  response" to it by the expelled side is aimed at the expeller (:func:`expelled_from`).

* **A judgement of the West's act that nobody utters is Russia's.** "Berlin's decision to send tanks to Kiev
  is extremely dangerous", "The searches of journalists' homes in Riga are a flagrant violation of freedom
  of expression", "Air and postal links with Georgia have been suspended": a charge, or a measure told in
  the passive, with no source, no speaker, no sayer ("said", "according to"), no person or
  pronoun that could utter it, aimed at NATO, the EU, the West or one of their states (or Ukraine, Georgia
  or Moldova) is the tracker's unattributed official judgement, which its texts make only in Russia's own
  statements (a NATO or Western statement names its author: "Allies condemn ..."); its source is Russia
  (:func:`unattributed_judgement`).

* **A welcomed visit is aimed at its host.** "We welcome the visit of Secretary General Robertson to Moscow":
  praise of a visit by the visitor's own side is praise of the host the visit went to, not of the visitor
  (:func:`visit_welcomed`, run before self-aimed events are dropped).

* **Leaving a treaty of several parties cuts them all.** "Russia's decision to pull out of the Black Sea
  Grain Initiative, followed by strikes on the ports of Odesa", "terminate the implementation of the Black Sea
  Initiative": a party's withdrawal from or suspension of a known treaty with three or more parties
  (``data/treaties.toml``) named after the act in its clause is aimed at every other party, not only at the
  one the sentence also names (:func:`left_all_parties`; two-party treaties are aimed by
  :mod:`detente.coding.passes`).

* **A judged decision of a list is the whole list's.** "The decision of Poland and Slovakia to send tanks
  to Kiev only prolongs the conflict", "Poland and Slovakia's decision to send tanks ...": the charge is
  aimed at, and the act done by, every side of the list that owns the decision; when one of the two
  events took only part of the list, it takes the whole of it (:func:`listed_deciders`).

:func:`settled` runs the event passes on a sentence's final events; every pass returns a new list and never
raises.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType

if TYPE_CHECKING:
    from detente.coding.actors import Actor, ActorDictionary, Mention, Role
    from detente.coding.coder import Event

__all__ = [
    "annexed_by_russia",
    "expelled_from",
    "left_all_parties",
    "listed_deciders",
    "settled",
    "title_holder_named",
    "unattributed_judgement",
    "visit_welcomed",
]


def settled(
    text: str,
    date: dt.date | None,
    events: list[Event],
    dictionary: ActorDictionary,
    speaker: str | None = None,
    context: str | None = None,
) -> list[Event]:
    """A sentence's events after every event pass of this module (see the module docstring); ``speaker``
    is the code the record's "we"/"our" stands for, if any, and ``context`` the record's own."""
    if not events:
        return events
    events = annexed_by_russia(text, date, events, dictionary)
    events = expelled_from(text, date, events, dictionary, speaker)
    events = left_all_parties(text, events)
    events = listed_deciders(text, date, events, dictionary)
    if speaker is None and not (context or "").strip():
        events = unattributed_judgement(text, date, events, dictionary)
    return events


# ------------------------------------------------------------------------------------ annexed by Russia

_TERRITORY = (
    r"(?:the\s+)?(?:Crimean\s+peninsula|Crimea|Sevastopol|"
    r"(?:Donetsk|Luhansk|Lugansk|Zaporizhzhia|Zaporozhye|Kherson)\b(?:[\s,]+(?:and\s+)?"
    r"(?:Donetsk|Luhansk|Lugansk|Zaporizhzhia|Zaporozhye|Kherson)\b)*|"
    r"(?:(?:four|two)\s+)?(?:occupied\s+)?Ukrainian\s+(?:territory|territories|regions?|lands?|oblasts?)|"
    r"(?:(?:four|two)\s+)?(?:regions|oblasts|parts)\s+of\s+Ukraine|Ukraine['’]s\s+(?:territory|territories|regions?))"
)
_ANNEXATION = re.compile(
    rf"\b(?:annex(?:ation|ations|ed|es|ing|e)?|incorporat(?:ion|ing|ed|es|e)|absorb(?:ed|ing|s)?)\s+"
    rf"(?:(?:the|of|by\s+Russia\s+of|to\s+Russia\s+of)\s+)*(?:Ukraine['’]s\s+)?{_TERRITORY}"
    rf"|{_TERRITORY}(?:['’]s)?\s+(?:illegal\s+)?annexation\b",
    re.I,
)
_OTHER_DOER = re.compile(r"\bannex\w*\s+by\s+(?!Russia\b|the\s+Russian\b|Moscow\b)[A-Z]")
_INTO_UKRAINE = re.compile(r"\b(?:in)?to\s+Ukraine\b", re.I)
_ANNEXATION_ERA = dt.date(2014, 2, 20)
"""Russia's annexation of Crimea began then; an older text's "incorporation of Crimea" is another story."""

_UKR, _RUS = "UKR", "RUS"
_CHARGES = frozenset({EventType.ACCUSE, EventType.REJECT, EventType.SANCTION})
_SPOKEN = frozenset({EventType.ACCUSE, EventType.REJECT})


def _annexation_spans(text: str, date: dt.date | None) -> list[tuple[int, int]]:
    if date is not None and date < _ANNEXATION_ERA:
        return []
    if _OTHER_DOER.search(text):
        return []
    out = []
    for m in _ANNEXATION.finditer(text):
        if _INTO_UKRAINE.match(text, m.end(), m.end() + 12):
            continue  # "the incorporation of Crimea into Ukraine": not Russia's act
        out.append(m.span())
    return out


def _ukraine_named(
    text: str, date: dt.date | None, spans: Sequence[tuple[int, int]], dictionary: ActorDictionary
) -> list[int]:
    """Where Ukraine is named as an actor outside the annexation's words ("Ukraine condemned ...", "Kyiv
    said", "support for Ukraine"): the start of each such mention."""
    from detente.coding.actors import ActorKind

    return [
        m.start
        for m in dictionary.match(text, date=date)
        if m.code == _UKR
        and m.kind is not ActorKind.TERRITORY
        and not any(s <= m.start < e for s, e in spans)
    ]


def annexed_by_russia(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """Russia as the doer of an annexation of Ukrainian territory told without one (module docstring)."""
    if "nnex" not in text and "ncorporat" not in text and "bsorb" not in text:
        return events
    spans = _annexation_spans(text, date)
    if not spans:
        return events
    named = _ukraine_named(text, date, spans, dictionary)
    out: list[Event] = []
    for e in events:
        source, target = e.source, e.target
        if e.event is EventType.COERCE and _UKR in target and _RUS not in source:
            source = (_RUS,)
        elif e.event in _CHARGES and target == (_UKR,) and _RUS not in source and _UKR not in source:
            if not any(at >= e.anchor[0] for at in named):  # Ukraine named after the act may be its object
                target = (_RUS,)
        elif e.event in _SPOKEN and not target and _RUS not in source:
            target = (_RUS,)  # "Ukraine condemned the annexation of Crimea": the annexer is charged
        elif (
            e.event in _SPOKEN
            and source == (_UKR,)
            and target
            and _RUS not in target
            and _UKR not in target
            and not any(at < e.anchor[0] for at in named)  # Ukraine named before the act may be its doer
        ):
            source, target = target, (_RUS,)
        out.append(
            e
            if (source, target) == (e.source, e.target)
            else dataclasses.replace(e, source=source, target=target)
        )
    return out


# ----------------------------------------------------------------------------------- title holder named

_NAME = re.compile(r"[A-Z][\w'’-]+")


def title_holder_named(
    text: str,
    name_start: int,
    holders: Iterable[tuple[Actor, Role]],
    day: dt.date | None,
) -> tuple[Actor, Role, int] | None:
    """The one holder of a title (``holders``: every person who held it, with the role) whose last name
    is the capitalised word at ``name_start`` and who holds the role on ``day``: the person, the role and
    where the name ends; ``None`` when no one or more than one person fits."""
    m = _NAME.match(text, name_start)
    if m is None or day is None:
        return None
    word = m.group(0).rstrip("'’").removesuffix("'s").removesuffix("’s")
    found: dict[str, tuple[Actor, Role]] = {}
    for person, role in holders:
        if not role.holds(day):
            continue
        last = person.name.split()[-1] if person.name.split() else ""
        if last == word:
            found.setdefault(person.name, (person, role))
    if len(found) != 1:
        return None
    person, role = next(iter(found.values()))
    return person, role, name_start + len(word)


# ------------------------------------------------------------------------------------- expelled from

_EXPULSION = re.compile(
    r"\bexpulsions?\s+of\s+(?P<who>(?:[\w'’-]+\s+){0,4}?)(?:diplomats?|staff(?:\s+members)?|employees|"
    r"personnel|officials|envoys?|ambassadors?|attach[ée]s?|consuls?)\s+(?:of\s+(?:the|our|its)\s+[\w\s]{0,40}?\s+)?"
    r"(?P<prep>from|by)\s+(?:the\s+)?",
    re.I,
)
_LIST_GAP = re.compile(r"^(?:,\s*|\s+and\s+|,\s+and\s+|\s+)$")
_OUR = re.compile(r"\b(?:our|my)\b", re.I)
_IN_RESPONSE = re.compile(r"\b(?:in\s+response|in\s+retaliation|responded|responding|retaliat\w*)\b", re.I)


def _listed_after(text: str, at: int, date: dt.date | None, dictionary: ActorDictionary) -> tuple[str, ...]:
    """The codes of the list of sides that begins at ``at`` ("Riga, Tallinn and Vilnius"), else ``()``."""
    out: list[str] = []
    last = at
    for m in dictionary.match(text, date=date):
        if m.start < at:
            continue
        gap = text[last : m.start]
        if out and not _LIST_GAP.match(gap):
            break
        if not out and gap.strip():
            break
        if m.code is None or not dictionary.is_side(m.code):
            break
        out.append(m.code)
        last = m.end
        if " and " in f" {gap} ":
            break  # "X, Y and Z": the list ends with the name after "and"
    return tuple(dict.fromkeys(out))


def expelled_from(
    text: str,
    date: dt.date | None,
    events: list[Event],
    dictionary: ActorDictionary,
    speaker: str | None = None,
) -> list[Event]:
    """The sides of an expulsion told as a noun ("the expulsion of our diplomats from Warsaw") and of a
    measure taken in response to it (module docstring)."""
    if "xpulsion" not in text or not any(e.event is EventType.SANCTION for e in events):
        return events
    m = _EXPULSION.search(text)
    if m is None:
        return events
    expellers = _listed_after(text, m.end(), date, dictionary)
    if not expellers:
        return events
    who = m.group("who") or ""
    expelled: tuple[str, ...] = ()
    if _OUR.search(who):
        expelled = (speaker,) if speaker and dictionary.is_side(speaker) else ()
    else:
        owners = [x.code for x in dictionary.match(who, date=date) if x.code and dictionary.is_side(x.code)]
        expelled = tuple(dict.fromkeys(owners))
    if set(expelled) & set(expellers):
        return events
    out: list[Event] = []
    told = False
    for e in events:
        if (
            not told
            and e.event is EventType.SANCTION
            and not e.source
            and (not e.target or set(e.target) <= set(expellers) | set(expelled))
        ):
            target = expelled or tuple(c for c in e.target if c not in expellers)
            e = dataclasses.replace(e, source=expellers, target=target)
            told = True
        out.append(e)
    if not told or not expelled or not _IN_RESPONSE.search(text):
        return out
    # the expelled side's measure "in response", with no target: aimed at the expeller
    return [
        dataclasses.replace(e, target=expellers)
        if e.event is EventType.SANCTION and e.source == expelled and not e.target
        else e
        for e in out
    ]


# --------------------------------------------------------------------------- unattributed judgement

_SAYER = re.compile(
    r"\b(?:sa(?:y|ys|id)|told|tells?|(?-i:stat(?:ed|es))|not(?:ed|es)|announc(?:e|es|ed|ing)\b(?!\s+withdrawal)|"
    r"according|accus\w*|claim(?:s|ed)?\b(?!\s+to\b)|alleg\w*|"
    r"criticised\s+by|criticized\s+by|under\s+(?:heavy\s+|sharp\s+|growing\s+)?(?:criticism|fire)|"
    r"report\w*|believ\w*|warn\w*|argu\w*|insist\w*|describ\w*|call(?:s|ed)?|stress\w*|emphasi[sz]\w*|"
    r"underlin\w*|point(?:s|ed)?\s+out)\b",
    re.I,
)
_PRONOUN = re.compile(r"\b(?:I|we|he|she|they|you|our|us|my|his|her|their)\b", re.I)
_BORDERLANDS = frozenset({"UKR", "GEO", "MDA", "NATO", "EU", "WEST", "G7"})
_JUDGEMENT_ERA = dt.date(1991, 12, 26)
_JUDGED = frozenset({EventType.ACCUSE, EventType.SANCTION})
"""A charge, and a measure told in the passive ("communications with Georgia have been suspended")."""


_PASSIVE = re.compile(
    r"\b(?:has|have|had|is|are|was|were|be)\s+(?:been\s+|being\s+)?(?:\w+ly\s+)?(?:\w+\s+)?$", re.I
)


def _told_in_passive(text: str, anchor: tuple[int, int]) -> bool:
    """The act's trigger is a passive participle ("have been suspended", "are declared persona non grata")."""
    start = anchor[0]
    return start > 0 and _PASSIVE.search(text, max(0, start - 40), start) is not None


def _western(code: str, date: dt.date | None, dictionary: ActorDictionary) -> bool:
    return code in _BORDERLANDS or code in dictionary.members_at("NATO", date)


_OWNER_BEFORE = re.compile(r"\b(?:of|by|in|from|on|against|with|to)\s+(?:the\s+)?$", re.I)
_POSSESSIVE = re.compile(r"['’]s?\b")


def _judged_act_of(text: str, mentions: Sequence[Mention], targets: set[str]) -> bool:
    """Every judged side is first named as the owner of an act ("Berlin's decision", "the withdrawal of the
    United States", "detentions ... in Latvia", "a provocation by the Kyiv regime"), not as the subject of
    its own clause ("Germany has failed to ..."), where a news report may be telling its own story."""
    for code in targets:
        first = next((m for m in mentions if m.code == code), None)
        if first is None:
            return False
        owned = _POSSESSIVE.match(text, first.end) is not None
        if not owned and _OWNER_BEFORE.search(text, max(0, first.start - 20), first.start) is None:
            return False
    return True


def unattributed_judgement(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """Russia as the source of a charge against the West that nobody in the sentence utters (module
    docstring); called only for a record with no speaker and no context."""
    from detente.coding.actors import ActorKind

    if date is not None and date < _JUDGEMENT_ERA:
        return events
    wanted = [
        e
        for e in events
        if e.event in _JUDGED
        and not e.source
        and e.target
        and e.polarity.value == "asserted"
        and all(_western(c, date, dictionary) for c in e.target)
        and (e.event is EventType.ACCUSE or _told_in_passive(text, e.anchor))
    ]
    if not wanted or _SAYER.search(text) or _PRONOUN.search(text):
        return events
    mentions = dictionary.match(text, date=date)
    wanted = [
        w for w in wanted if w.event is not EventType.ACCUSE or _judged_act_of(text, mentions, set(w.target))
    ]
    if not wanted:
        return events
    targets = {c for w in wanted for c in w.target}
    if any(
        m.kind in (ActorKind.PERSON, ActorKind.TITLE) and m.code != _RUS and m.code not in targets
        for m in mentions
    ):
        return events  # a named person or office of a third side could be the one who judges
    return [dataclasses.replace(e, source=(_RUS,)) if any(e is w for w in wanted) else e for e in events]


# ----------------------------------------------------------------------------------------- visit welcomed

_VISIT_TO = re.compile(
    r"\b(?:visits?|trip|journey|mission)\s+(?:of|by)\s+[^,;]{1,80}?\s+to\s+(?:the\s+)?", re.I
)
_PRAISED = frozenset({EventType.SUPPORT})


def visit_welcomed(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """Praise aimed at the praiser itself that welcomes a visit "of X to Y": aimed at Y (module docstring)."""
    if "isit" not in text and "trip" not in text and "ourney" not in text and "ission" not in text:
        return events
    wanted = [e for e in events if e.event in _PRAISED and e.target and set(e.target) <= set(e.source)]
    if not wanted:
        return events
    m = _VISIT_TO.search(text)
    if m is None or m.start() < min(w.anchor[1] for w in wanted):
        return events
    hosts = tuple(c for c in _listed_after(text, m.end(), date, dictionary) if c)
    if not hosts:
        return events
    return [
        dataclasses.replace(e, target=tuple(c for c in hosts if c not in e.source) or e.target)
        if any(e is w for w in wanted)
        else e
        for e in events
    ]


# --------------------------------------------------------------------------------------- left all parties

_MANY = 3


def left_all_parties(text: str, events: list[Event]) -> list[Event]:
    """A SANCTION by a party of a known treaty of three or more parties, named after the act in its clause,
    aimed at all the other parties (module docstring)."""
    if not any(e.event is EventType.SANCTION and e.source for e in events):
        return events
    from detente.coding.patterns import tokenize
    from detente.coding.treaties import load_treaties

    many = [t for t in load_treaties() if len(t.parties) >= _MANY]
    if not many:
        return events
    tokens = tokenize(text)
    out: list[Event] = []
    for e in events:
        if e.event is EventType.SANCTION and e.source:
            norms = [t.norm for t in tokens if t.start >= e.anchor[0]]
            if ";" in norms:
                norms = norms[: norms.index(";")]
            for treaty in many:
                ends = [
                    i + len(name)
                    for name in treaty.names
                    for i in range(len(norms))
                    if tuple(norms[i : i + len(name)]) == name
                ]
                if not ends:
                    continue
                if any(norms[j : j + 1] == ["with"] for j in ends):
                    break  # "the grain deal with Ukraine": the sentence names the party it is aimed at
                others = treaty.parties - set(e.source)
                if set(e.source) <= treaty.parties and others and set(e.target) < others:
                    e = dataclasses.replace(e, target=tuple(sorted(others)))
                break
        out.append(e)
    return out


# ---------------------------------------------------------------------------------------- listed deciders


def _lists(text: str, date: dt.date | None, dictionary: ActorDictionary) -> list[tuple[str, ...]]:
    """Every list of two or more sides the sentence names ("Poland and Slovakia", "Riga, Tallinn and
    Vilnius")."""
    out: list[tuple[str, ...]] = []
    seen: set[int] = set()
    for m in dictionary.match(text, date=date):
        if m.start in seen:
            continue
        seen.add(m.start)
        found = _listed_after(text, m.start, date, dictionary)
        if len(found) >= 2:
            out.append(found)
    return out


_DECISION = re.compile(
    r"\b(?:decisions?|plans?|moves?|steps?|intentions?|choice|attempts?|refusal|readiness)\s+of\s+(?:the\s+)?[A-Z]"
    r"|['’]s?\s+(?:\w+\s+)?(?:decisions?|plans?|moves?|steps?|intentions?|choice|attempts?|refusal|readiness)\b"
)
"""A decision owned by the list: "the decision of Poland and Slovakia to", "Poland and Slovakia's plan to"."""
_AIMED_AT_DECIDERS = frozenset({EventType.ACCUSE, EventType.THREATEN, EventType.REQUEST})


def listed_deciders(
    text: str, date: dt.date | None, events: list[Event], dictionary: ActorDictionary
) -> list[Event]:
    """A charge's target and the judged act's source made the whole list when one holds part of it and the
    other all of it (module docstring)."""
    charges = [e for e in events if e.event is EventType.ACCUSE and e.target]
    acts = [e for e in events if e.event is not EventType.ACCUSE and e.source]
    if not charges or not acts or " and " not in text:
        return events
    widen: dict[int, tuple[str, ...]] = {}  # id(event) -> the list it takes, on the side named below
    for c in charges:
        for a in acts:
            t, src = set(c.target), set(a.source)
            if t == src or not (t < src or src < t) or set(c.source) & (t | src):
                continue
            whole = next((lst for lst in _lists(text, date, dictionary) if set(lst) == t | src), None)
            if whole is None or _DECISION.search(text) is None:
                continue  # no list, or the list owns no judged decision ("Russia and Belarus are holding ...")
            widen[id(c)] = whole
            widen[id(a)] = whole
    if not widen:
        return events
    for whole in set(widen.values()):
        for e in events:  # "... and that such shipments would be targets": the warning of the same charge
            if (
                e.event in _AIMED_AT_DECIDERS
                and e.target
                and set(e.target) < set(whole)
                and not set(e.source) & set(whole)
            ):
                widen.setdefault(id(e), whole)
    out: list[Event] = []
    for e in events:
        whole = widen.get(id(e))
        if whole is not None:
            e = (
                dataclasses.replace(e, target=whole)
                if e.event in _AIMED_AT_DECIDERS
                else dataclasses.replace(e, source=whole)
            )
        out.append(e)
    return out
