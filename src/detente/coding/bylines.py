"""Coder stage 2, actors — bylines: who says a headline or a news-list line that names its sayer outside
its clause, and the outlet credited at its end, which is nobody's side.

Wire headlines and the news lists of topic pages put the sayer where no clause reads it:

* a **label** before a colon: "NATO: Russia's decision was a grave mistake", "Kremlin: talks were useful",
  "Stoltenberg: Russia must withdraw". :func:`detente.coding.units.speaker_turn` reads the labels of
  transcripts (a title and name, an upper-case name); :func:`label_turn` adds the one-word and
  organisation labels of headlines. A state or a capital before a colon ("Ukraine: ...", "Moscow: ...")
  is a topic or a dateline, not a sayer, so only people, titles, organisations and seats of government
  (:data:`SEATS`) count.
* an **attribution after a dash** at the end: "NATO expansion threatens our security - Lavrov", "Talks
  were constructive — Kremlin". Only a person, a title or a seat of government without an article: after
  a dash a state or an organisation is an appositive ("a new partner — China").
* a **credit in brackets** at the very end naming a news outlet: "Russia suspends ties with NATO (RT)".
  The outlet carried the line; it is neither side of what the line reports.

:func:`trailing_credit` gives where the reported clause ends and the sayer a dash names; the coder leaves
every actor after that point out and takes the sayer as the sentence's speaker.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from detente.coding.actors import ActorDictionary, ActorKind, Mention
from detente.coding.units import Turn, whole_label

__all__ = ["SEATS", "Credit", "label_turn", "trailing_credit"]

SEATS = frozenset(
    {
        "kremlin",
        "white house",
        "pentagon",
        "state department",
        "downing street",
        "elysee",
        "élysée",
        "quai d'orsay",
        "whitehall",
        "foggy bottom",
        "smolenskaya square",
        "smolensk square",
        "zhongnanhai",
        "bundestag",
        "duma",
        "state duma",
    }
)
"""Seats of government that speak for it in headlines ("Kremlin: ...", "... - White House"), unlike a
capital, which before a colon is a dateline."""

_LABEL = re.compile(r"^\s*(?P<who>[A-Z][\w.'’\- ]{0,40}?)\s*:\s+(?=[\"“'‘A-Z0-9])")
_DASH = re.compile(
    r"\s+[-\u2013\u2014]\s+(?P<who>[A-Z][\w.'’\- ]{1,40}?)\s*(?:\((?P<outlet>[^()]{1,40})\))?[\s.]*$"
)
_DASHES = ("-", "\u2013", "\u2014")
"""The dashes :data:`_DASH` credits after."""
_BRACKET = re.compile(r"\s*\((?P<outlet>[^()]{1,40})\)[\s.]*$")
_MAX_LABEL_WORDS = 4
_MIN_CLAIM_WORDS = 3
"""Fewest words a claim before a dash has: "Talks useful - Kremlin" is the shortest headline kind."""
_LABEL_KINDS = frozenset({ActorKind.PERSON, ActorKind.TITLE, ActorKind.ORG})
_DASH_KINDS = frozenset({ActorKind.PERSON, ActorKind.TITLE})
_MEDIA = "media"


@dataclass(frozen=True, slots=True)
class Credit:
    """The end of a line's reported clause and who a dash after it credits with it."""

    end: int
    """Where the clause ends: actors named after it are no side of the line's events."""
    code: str | None
    """The sayer the dash names (``None`` for an outlet's credit alone)."""


def _seat(mention: Mention) -> bool:
    text = mention.text.lower()
    return mention.kind is ActorKind.METONYM and text.removeprefix("the ") in SEATS


def label_turn(dictionary: ActorDictionary, text: str, date: dt.date) -> Turn | None:
    """The sayer a headline's label names before its colon ("NATO: ...", "Kremlin: ...", "Lavrov: ..."):
    a person, a title, an organisation or a seat of government; ``None`` for a state, a capital, an
    unknown name or a longer phrase."""
    found = _LABEL.match(text) if ":" in text else None  # (a label ends at its colon, s28-speed)
    if found is None or len(found["who"].split()) > _MAX_LABEL_WORDS:
        return None
    mention = whole_label(dictionary, found["who"].strip(), date, article=True)
    if mention is None or not (mention.kind in _LABEL_KINDS or _seat(mention)):
        return None
    return Turn(found.end(), mention.code)


def _outlet(dictionary: ActorDictionary, outlet: str, date: dt.date) -> bool:
    """A bracket that names a news outlet and nothing else known ("RT", "Sputnik reprint")."""
    found = [m for m in dictionary.match(outlet, date=date) if m.code is not None]
    return bool(found) and all(m.code == _MEDIA for m in found)


def trailing_credit(dictionary: ActorDictionary, text: str, date: dt.date) -> Credit | None:
    """Where a line's reported clause ends when a dash credits a sayer after it ("... - Lavrov",
    "... — Kremlin (TASS)") or a bracket credits a news outlet ("... (RT)"), with the sayer; ``None``
    when the line ends in neither."""
    # each regex needs its dash or closing bracket: a plain test first (s27-speed)
    dash = _DASH.search(text) if any(d in text for d in _DASHES) else None
    if dash is not None and len(text[: dash.start()].split()) >= _MIN_CLAIM_WORDS:
        who = dash["who"].strip()
        mention = (
            whole_label(dictionary, who, date, article=True) if len(who.split()) <= _MAX_LABEL_WORDS else None
        )
        if (
            mention is not None
            and not who.lower().startswith("the ")
            and (mention.kind in _DASH_KINDS or _seat(mention))
        ):
            return Credit(dash.start(), mention.code)
    bracket = _BRACKET.search(text) if ")" in text else None
    if bracket is not None and _outlet(dictionary, bracket["outlet"], date):
        return Credit(bracket.start(), None)
    return None
