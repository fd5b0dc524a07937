"""Topic selection rules.

A rule is a list of keyword groups: a document belongs to the topic when, for every group, at least one
of its keywords occurs in the document's title, teaser or body as whole words, case-insensitively.

    detente topics add nato-russia --title "NATO-Russia relations" \\
        --match "NATO,North Atlantic Council,Alliance" --match "Russia,Russian,Moscow,Kremlin"

is stored as ``{"all": [["NATO", "North Atlantic Council", "Alliance"], ["Russia", "Russian", "Moscow", "Kremlin"]]}``.
Actor-based selection (``{"actors": [...]}``) joins once events exist.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from detente.errors import ConfigError

_MAX_GROUPS = 20
_MAX_KEYWORDS = 200


@dataclass(frozen=True, slots=True)
class TopicRule:
    groups: tuple[tuple[str, ...], ...]

    @classmethod
    def from_options(cls, options: list[str] | tuple[str, ...]) -> TopicRule:
        """One group per ``--match`` option; keywords separated by commas."""
        groups = []
        for option in options:
            words = tuple(dict.fromkeys(w.strip() for w in option.split(",") if w.strip()))
            if not words:
                raise ConfigError(f"--match {option!r} has no keyword")
            groups.append(words)
        rule = cls(tuple(groups))
        rule.check()
        return rule

    @classmethod
    def parse(cls, text: str) -> TopicRule:
        """The stored form (JSON); an empty string is the empty rule (explicit membership only)."""
        if not text.strip():
            return cls(())
        try:
            data = json.loads(text)
            groups = tuple(tuple(str(w) for w in group) for group in data.get("all", []))
        except (ValueError, AttributeError, TypeError) as exc:
            raise ConfigError(f"invalid topic rule {text[:80]!r}: {exc}") from exc
        rule = cls(groups)
        rule.check()
        return rule

    def check(self) -> None:
        if len(self.groups) > _MAX_GROUPS or sum(len(g) for g in self.groups) > _MAX_KEYWORDS:
            raise ConfigError(f"a topic rule takes at most {_MAX_GROUPS} groups and {_MAX_KEYWORDS} keywords")
        for group in self.groups:
            for word in group:
                if not re.search(r"\w", word) or len(word) > 100:
                    raise ConfigError(f"invalid keyword {word!r}")

    def dump(self) -> str:
        return json.dumps({"all": [list(g) for g in self.groups]}, ensure_ascii=False) if self.groups else ""

    @property
    def empty(self) -> bool:
        return not self.groups

    def matches(self, text: str) -> bool:
        if not self.groups:
            return False
        return all(_pattern(group).search(text) for group in self.groups)

    def describe(self) -> str:
        return " AND ".join("(" + " OR ".join(g) + ")" for g in self.groups) or "(explicit membership only)"


@lru_cache(maxsize=256)
def _pattern(group: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = sorted((r"\s+".join(map(re.escape, w.split())) for w in group), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)
