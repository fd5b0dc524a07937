"""Topic selection rules.

A rule has keyword groups, actors, or both.

* **Keyword groups**: a document matches when, for every group, at least one of its keywords occurs in
  the document's title, teaser or body as whole words, case-insensitively.
* **Actors**: a document matches when at least one of its coded events involves every listed actor, on
  either side (source or target), whatever the event's polarity. Codes are the coder's actor codes,
  compared exactly ("NATO", "RUS", "UKR").

When a rule has both, a document must pass both. ::

    detente topics add nato-russia --title "NATO-Russia relations" \\
        --match "NATO,North Atlantic Council,Alliance" --match "Russia,Russian,Moscow,Kremlin"

is stored as ``{"all": [["NATO", "North Atlantic Council", "Alliance"], ["Russia", "Russian", "Moscow",
"Kremlin"]]}``; a rule selecting by actors adds ``"actors": ["NATO", "RUS"]`` (``"all"`` may then be
absent or empty).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from detente.errors import ConfigError

_MAX_GROUPS = 20
_MAX_KEYWORDS = 200
MAX_ACTORS = 10
ACTOR_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,79}")
"""An actor code as the coder writes it (``RUS``, ``NATO``, ``separatists``); at most 80 characters."""


def parse_actors(text: str | Iterable[str]) -> tuple[str, ...]:
    """Actor codes from ``"NATO,RUS"`` (or a list of codes), checked and without repeats."""
    parts = text.split(",") if isinstance(text, str) else list(text)
    codes = tuple(dict.fromkeys(str(p).strip() for p in parts if str(p).strip()))
    _check_actors(codes)
    return codes


def _check_actors(codes: Sequence[str]) -> None:
    if len(codes) > MAX_ACTORS:
        raise ConfigError(f"a topic rule takes at most {MAX_ACTORS} actors")
    for code in codes:
        if not ACTOR_CODE.fullmatch(code):
            raise ConfigError(f"invalid actor code {code[:90]!r} (letters, digits, '.', '_' or '-')")


@dataclass(frozen=True, slots=True)
class TopicRule:
    groups: tuple[tuple[str, ...], ...]
    actors: tuple[str, ...] = ()

    @classmethod
    def from_options(cls, options: Sequence[str], *, actors: str | Sequence[str] | None = None) -> TopicRule:
        """One group per ``--match`` option (keywords separated by commas); ``actors`` from ``--actors``
        (``"NATO,RUS"`` or a list of codes)."""
        groups = []
        for option in options:
            words = tuple(dict.fromkeys(w.strip() for w in option.split(",") if w.strip()))
            if not words:
                raise ConfigError(f"--match {option!r} has no keyword")
            groups.append(words)
        codes = parse_actors(actors) if actors else ()
        if actors and not codes:
            raise ConfigError("--actors has no actor code")
        rule = cls(tuple(groups), codes)
        rule.check()
        return rule

    @classmethod
    def parse(cls, text: str) -> TopicRule:
        """The stored form (JSON); an empty string is the empty rule (explicit membership only)."""
        if not text.strip():
            return cls(())
        try:
            data = json.loads(text)
            groups = tuple(tuple(str(w) for w in group) for group in data.get("all") or [])
            raw_actors = data.get("actors") or []
            if not isinstance(raw_actors, list) or not all(isinstance(a, str) for a in raw_actors):
                raise TypeError("actors must be a list of codes")
            actors = tuple(raw_actors)
        except (ValueError, AttributeError, TypeError) as exc:
            raise ConfigError(f"invalid topic rule {text[:80]!r}: {exc}") from exc
        rule = cls(groups, actors)
        rule.check()
        return rule

    def check(self) -> None:
        if len(self.groups) > _MAX_GROUPS or sum(len(g) for g in self.groups) > _MAX_KEYWORDS:
            raise ConfigError(f"a topic rule takes at most {_MAX_GROUPS} groups and {_MAX_KEYWORDS} keywords")
        for group in self.groups:
            for word in group:
                if not re.search(r"\w", word) or len(word) > 100:
                    raise ConfigError(f"invalid keyword {word!r}")
        _check_actors(self.actors)
        if len(set(self.actors)) != len(self.actors):
            raise ConfigError("an actor is listed twice")

    def dump(self) -> str:
        """The stored form: ``{"all": [...]}``, plus ``"actors"`` when set; ``""`` for the empty rule."""
        if self.empty:
            return ""
        data: dict[str, object] = {"all": [list(g) for g in self.groups]}
        if self.actors:
            data["actors"] = list(self.actors)
        return json.dumps(data, ensure_ascii=False)

    def with_groups(self, options: Sequence[str]) -> TopicRule:
        """This rule with its keyword groups replaced (``[]`` drops them); the actors stay."""
        return replace(self, groups=TopicRule.from_options(options).groups)

    def with_actors(self, actors: str | Sequence[str] | None) -> TopicRule:
        """This rule with its actors replaced (``None`` or empty drops them); the keyword groups stay."""
        return replace(self, actors=parse_actors(actors) if actors else ())

    @property
    def empty(self) -> bool:
        return not self.groups and not self.actors

    def matches_text(self, text: str) -> bool:
        """Every keyword group occurs in ``text`` (true for a rule without groups)."""
        return all(_pattern(group).search(text) for group in self.groups)

    def matches(self, text: str, *, actor_event: bool = False) -> bool:
        """Whether a document with ``text`` belongs; ``actor_event``: the document has an event involving
        every actor of the rule (looked at only when the rule has actors)."""
        if self.empty:
            return False
        if self.actors and not actor_event:
            return False
        return self.matches_text(text)

    def describe(self) -> str:
        parts = ["(" + " OR ".join(g) + ")" for g in self.groups]
        if self.actors:
            parts.append("an event involving " + " and ".join(self.actors))
        return " AND ".join(parts) or "(explicit membership only)"


@lru_cache(maxsize=256)
def _pattern(group: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = sorted((r"\s+".join(map(re.escape, w.split())) for w in group), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)
