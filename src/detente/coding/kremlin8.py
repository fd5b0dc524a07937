"""Kremlin wording of support and accord that no trigger carries (s28-ksupport), read from readouts, speeches
and press statements of en.kremlin.ru:

- documents signed with no signer in the sentence: "A package of bilateral documents was signed following the
  talks", "Several intergovernmental agreements have also been signed" -> SUPPORT by the meeting's sides (or
  the pair the sentence names: "the talks between Russia and Mongolia", "in the presence of the two
  presidents"), no target, as the other signings of the Kremlin sets (:func:`signed_unnamed`);
- an accord told without its parties: "An agreement was reached on ...", "It was agreed to continue
  contacts", "Agreements were reached in several fields" -> AGREE of the meeting's sides (or the pair named)
  (:func:`accord_unnamed`);
- ties called important for someone: "Relations with China are of great importance for Russia", "our
  partnership with Vietnam is of strategic significance to us" -> SUPPORT by the one they matter to (the
  speaker for "us") to the partner (:func:`ties_matter`);
- ties judged good: "Mr Putin assessed Russian-German relations as excellent", "described cooperation with
  NATO as constructive", "gave a high assessment of the level of Russian-Italian ties" -> SUPPORT by the one
  who judges to the partner named in the ties (both sides, no target, when the pair judges them together);
  talks or a visit judged good ("described the talks as useful") are not ties (:func:`ties_appraised`).

A negation ("no agreement was reached", "were not signed", "is of no importance") reads nothing.

Two settlements of what the phrase rules read (:func:`settled`):

- condolences over a disaster with no one addressed take the country where it struck: "expressed his
  condolences over the victims of the earthquake in Turkey" -> SUPPORT to TUR;
- the speaker's support with no one named, said of "our countries" at a meeting of two: "Let me note
  the importance of the treaty our two countries have concluded" -> the meeting's other side is the target;
- respect denied ("did not respect the sovereignty of Georgia") is no support: the negated SUPPORT of a
  "respect" trigger is dropped; nor is a readiness "to regard Russia as a strategic partner" an AGREE of
  its own.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from detente.coding.kremlin6 import ReadoutView
from detente.coding.ontology import EventType, Polarity
from detente.coding.roleparts import Roles
from detente.coding.statements import Finding
from detente.coding.unitspans import coded_in_chars as _coded
from detente.coding.unitspans import unit_codes as _codes
from detente.coding.wordgates import WordGates

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = ["accord_unnamed", "settled", "signed_unnamed", "ties_appraised", "ties_matter"]


_View = ReadoutView

Finish = Callable[[Finding | None], "Event | None"]

_NEGATED = re.compile(r"\b(?:not|never|no|neither|nor|yet to|failed|without)\b|n't\b", re.IGNORECASE)

# background, not the day's act: "The previous treaty was signed in 1997", "The agreement was reached in 1996"
_BACKGROUND = re.compile(
    r"\b(?:in|since|back in|as early as|as far back as|as long ago as) (?:19|20)\d\d\b(?!-)"
    r"|\b(?:previous|earlier|former|original)\b|\byears ago\b",
    re.IGNORECASE,
)


def _sides(view: _View, lo: int, hi: int) -> tuple[str, ...]:
    """The sides of a signing or an accord told without its parties: the two sides named in the sentence
    outside the part ``lo``..``hi`` that names the document, else the meeting's sides (two or more)."""
    named = _codes([u for u in view.units if u.code and not (lo <= u.start < hi)])
    if len(named) == 2:
        return named
    if named:
        return ()  # one side, or three and more, named: who signed is not told here
    sides = tuple(dict.fromkeys(view.participants))
    return sides if len(sides) >= 2 else ()


# --- documents signed, no signer named ---------------------------------------------------------------------

_PAPERS = (
    r"(?:documents?|agreements?|memorand(?:um|a|ums)|treat(?:y|ies)|accords?|protocols?|declarations?|"
    r"statements?|communiqu[eé]s?|contracts?|programmes?|conventions?|resolutions?|roadmaps?|road maps?)"
)
_SIGNED_PAPERS = re.compile(
    r"\b(?P<paper>" + _PAPERS + r")\b(?P<title>[^.;:]{0,160}?)\b(?:was|were|has been|have been|had been)\s+"
    r"(?:also\s+|then\s+|successfully\s+|formally\s+|officially\s+)?(?P<verb>signed)\b"
)
_SIGNER_AGENT = re.compile(r"^\s+by\b")


def signed_unnamed(view: _View) -> Finding | None:
    """SUPPORT by both sides of a signing told in the passive with no signer (see the module)."""
    if "signed" not in view.text:
        return None
    m = _SIGNED_PAPERS.search(view.text)
    if m is None or _NEGATED.search(view.text[m.start() : m.end()]) or _BACKGROUND.search(view.text):
        return None
    if _SIGNER_AGENT.search(view.text[m.end() :]):
        return None  # "was signed by the Russian President": a signer is named
    if _coded(view.units, 0, m.start()):
        return None  # "Russia's treaty with ... was signed", "The Kremlin said ...": another reading
    sides = _sides(view, m.start("title"), m.end("title"))
    if len(sides) < 2:
        return None
    roles = Roles(sides, (), (m.start(), m.end()), True, True)
    return Finding(EventType.SUPPORT, "", roles, Polarity.ASSERTED, m.start("verb"), m.end("verb"), "signed")


# --- an accord told without its parties --------------------------------------------------------------------

_ACCORD = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|also|then|Finally|Then)\s+)(?:(?:An?|The|New|Several|A number of|Important|Specific|"
    r"Concrete)\s+)*(?P<noun>agreements?|understandings?|accords?|consensus|arrangements?)\s+"
    r"(?:on\s[^,;.]{1,80}?\s)?(?:was|were|has been|have been|had been)\s+(?:also\s+|finally\s+)?"
    r"(?P<verb>reached|achieved|arrived at|secured)\b"
    r"|\b[Ii]t (?:was|has been) (?:also |further )?(?P<agreed>agreed) (?:to|that|on|upon)\b",
)


def accord_unnamed(view: _View) -> Finding | None:
    """AGREE of both sides of an accord told in the passive with no party (see the module)."""
    if "agree" not in view.text and "understanding" not in view.text and "accord" not in view.text:
        return None
    m = _ACCORD.search(view.text)
    if m is None or _NEGATED.search(view.text[max(0, m.start() - 12) : m.end()]):
        return None
    if _BACKGROUND.search(view.text):
        return None
    if _coded(view.units, 0, m.start()):
        return None  # a party named before it is read by the phrase rules
    sides = _sides(view, m.end(), m.end())
    if len(sides) < 2:
        return None
    verb = "agreed" if m.group("agreed") else "verb"
    roles = Roles(sides, (), (m.start(), m.end()), True, True)
    return Finding(EventType.AGREE, "", roles, Polarity.ASSERTED, m.start(verb), m.end(verb), m[verb])


# --- ties of great importance for someone ------------------------------------------------------------------

_MATTER = re.compile(
    r"\b(?i:relations|relationship|cooperation|ties|partnership|interaction|dialogue|contacts|friendship)\s+"
    r"with\s+(?P<partner>[^,;.]{2,60}?)\s+(?:is|are|remains?|has always been|have always been|has been|"
    r"have been|was|were)\s+(?:(?:very|extremely|particularly|especially|truly|always|also|still|indeed)\s+)*"
    r"of\s+(?:(?:great|special|particular|paramount|primary|key|strategic|fundamental|utmost|exceptional|"
    r"huge|considerable|enormous|vital|major|priority|high|the utmost|tremendous|immense|real)\s+)+"
    r"(?P<word>importance|significance|value)\s+(?:for|to)\s+(?P<holder>us|[^,;.]{2,40})"
)


def ties_matter(view: _View) -> Finding | None:
    """SUPPORT by the one ties matter to, for "Relations with X are of great importance for Y"."""
    text = view.text
    if " of " not in text or not ("importance" in text or "significance" in text or "value" in text):
        return None  # (s28-speed2) :data:`_MATTER` needs " of " and its noun of importance, spelt so
    m = _MATTER.search(view.text)
    if m is None or _NEGATED.search(view.text[m.start() : m.end()]):
        return None
    partner = _codes(_coded(view.units, m.start("partner"), m.end("partner")))
    if m.group("holder") == "us":
        holder: tuple[str, ...] = (view.speaker,) if view.speaker else ()
    else:
        holder = _codes(_coded(view.units, m.start("holder"), m.end("holder")))[:1]
    if not partner or not holder or set(partner) & set(holder):
        return None
    roles = Roles(holder, partner, (m.start(), m.end()))
    return Finding(EventType.SUPPORT, "", roles, Polarity.ASSERTED, m.start("word"), m.end("word"), m["word"])


# --- ties judged good -------------------------------------------------------------------------------------

_TIES = r"(?:relations|relationship|ties|cooperation|co-operation|partnership|interaction|dialogue|contacts)"
_TIES_WORDS = ("relation", "ties", "operation", "partnership", "interaction", "dialogue", "contacts")
"""A word each word of :data:`_TIES` holds as it is spelt there ("operation" is in "co-operation")."""
_GATES = WordGates()
_TIES_GATE = _GATES.gate(_TIES_WORDS)
"""(s35-speed6) :data:`_TIES_WORDS` in the word gates' one scan, checked before their substring tests."""
_GOOD = (
    r"(?:(?:very|highly|extremely|quite|rather|truly|generally|sufficiently|fairly|most|really|so|largely)\s+)*"
    r"(?:positive|excellent|good|constructive|productive|fruitful|useful|successful|promising|dynamic|friendly|"
    r"strong|stable|effective|encouraging|satisfactory|mutually beneficial|exemplary|outstanding|"
    r"unprecedented|solid|substantive|pragmatic)\b"
)
_APPRAISED = re.compile(
    r"(?=[adcregph])(?:"  # (s35-speed6) the first letter of every branch's verb, before the branches
    r"\b(?P<verb>assess(?:ed|es)?|describ(?:ed|es|e)|characteri[sz](?:ed|es|e)|rat(?:ed|es|e)|"
    r"evaluat(?:ed|es|e)|appraise[sd]?|regard(?:ed|s)?)\s+(?P<ties>[^,;.]{0,70}?\b"
    + _TIES
    + r")\s+as\s+"
    + _GOOD
    + r"|\b(?P<verb2>gave|give|gives|giving)\s+(?:(?:a|an|their|his|her|its|our|my)\s+)?(?:(?:very|highly)\s+)?"
    r"(?:high|positive|favourable|favorable|good)\s+(?:assessment|appraisal|evaluation|marks?|rating)\s+"
    r"(?:of|to)\s+(?P<ties2>[^,;.]{0,80}?\b"
    + _TIES
    + r")\b"
    + r"|\b(?P<verb3>positively|highly)\s+(?:assessed|evaluated|rated|appraised)\s+(?P<ties3>[^,;.]{0,70}?\b"
    + _TIES
    + r")\b)"
)


def ties_appraised(view: _View) -> Finding | None:
    """SUPPORT by the one who judges ties good to the partner (see the module)."""
    if not _GATES.may(view.text, _TIES_GATE) or not any(w in view.text for w in _TIES_WORDS):
        return None  # (s28-speed2) :data:`_APPRAISED` needs a word of :data:`_TIES` in each of its branches
    m = _APPRAISED.search(view.text)
    if m is None:
        return None
    verb = next(g for g in ("verb", "verb2", "verb3") if m.group(g))
    ties = {"verb": "ties", "verb2": "ties2", "verb3": "ties3"}[verb]
    clause = max(view.text.rfind(";", 0, m.start()), view.text.rfind(":", 0, m.start())) + 1
    if _NEGATED.search(view.text[clause : m.end()]):
        return None
    judges = _codes(_coded(view.units, clause, m.start()))
    if not judges and view.speaker and re.search(r"\b(?:[Ww]e|I)\b", view.text[clause : m.start()]):
        judges = (view.speaker,)
    named = _codes(_coded(view.units, m.start(ties), m.end(ties)))
    if not judges:
        return None
    partners = tuple(c for c in named if c not in judges)
    if len(judges) >= 2 and not partners:
        roles = Roles(judges, (), (m.start(), m.end()), True, True)
    elif len(judges) == 1 and partners:
        roles = Roles(judges, partners, (m.start(), m.end()))
    else:
        return None
    return Finding(EventType.SUPPORT, "", roles, Polarity.ASSERTED, m.start(verb), m.end(verb), m[verb])


_CONDOLENCES = re.compile(
    r"\b(?:condolences?|sympath(?:y|ies))\b[^;:]{0,120}?\b(?:tragedy|disaster|earthquake|flood|floods|fire|"
    r"fires|crash|attack|explosion|hurricane|tsunami|catastrophe|bombing|shooting)\b[^;:,]{0,60}?\bin\s+$"
)
"""Condolences over a disaster that struck "in" a place (not "the victims in Moscow": whose victims is not
told)."""


def _condolences_placed(view: _View, event: Event) -> Event:
    """Condolences with no one addressed take the place the disaster struck (see the module)."""
    if event.event is not EventType.SUPPORT or event.target or not event.source:
        return event
    if "ondolence" not in view.text and "ympath" not in view.text:
        return event
    for unit in view.units:
        if unit.code and unit.code not in event.source and _CONDOLENCES.search(view.text[: unit.start]):
            return dataclasses.replace(event, target=(unit.code,))
    return event


_OURS = re.compile(
    r"\b(?:our|both our|our two) (?:countries|country's|countries'|countries’|nations|states|peoples|"
    r"governments)\b|\bbilateral\b",
    re.IGNORECASE,
)


def _ours_addressed(view: _View, event: Event) -> Event:
    """The speaker's SUPPORT with no target, told of "our countries" at a meeting of two, is aimed at the
    meeting's other side (see the module)."""
    if event.event is not EventType.SUPPORT or event.target or event.source != (view.speaker,):
        return event
    sides = tuple(dict.fromkeys(view.participants))
    if len(sides) != 2 or view.speaker not in sides or not _OURS.search(view.text):
        return event
    return dataclasses.replace(event, target=tuple(c for c in sides if c != view.speaker))


def _importance_said_now(event: Event) -> Event:
    """ "underlined how important it was to make use of every kind of cooperation": the stress is
    laid now; the "was to" of the clause is no future."""
    if (
        event.event is EventType.SUPPORT
        and event.polarity is Polarity.FUTURE
        and "how important" in event.trigger
    ):
        return dataclasses.replace(event, polarity=Polarity.ASSERTED)
    return event


def _respect_denied(event: Event) -> bool:
    return (
        event.event is EventType.SUPPORT
        and event.polarity is Polarity.NEGATED
        and event.trigger.lower().startswith("respect")
    )


_STANDING = re.compile(r"^(?:view|regard|see|consider|perceive|treat)(?:\|\w+)*\s+X\s+(?:as|to be)\b")
"""The standing phrases of the s28 block ("view|regard|... X as * partner|..."), as the trigger names them."""


def _standing_intended(event: Event) -> bool:
    """A readiness "to regard Russia as a partner" read as an intent: the standing rule of the s28 patterns
    is praise given, not a step promised, so its AGREE reading is dropped."""
    return event.event is EventType.AGREE and _STANDING.match(event.trigger) is not None


def settled(view: _View, events: list[Event], finish: Finish) -> list[Event]:
    """``events`` with the readings of the module added where the sentence has none of their type, and its
    two settlements made (see the module)."""
    out = [
        _ours_addressed(view, _condolences_placed(view, _importance_said_now(e)))
        for e in events
        if not (_respect_denied(e) or _standing_intended(e))
    ]
    for etype, read in (
        (EventType.SUPPORT, signed_unnamed),
        (EventType.AGREE, accord_unnamed),
        (EventType.SUPPORT, ties_matter),
        (EventType.SUPPORT, ties_appraised),
    ):
        if any(e.event is etype for e in out):
            continue
        found = finish(read(view))
        if found is not None:
            out.append(found)
    return out
