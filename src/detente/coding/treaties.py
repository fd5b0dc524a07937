"""Treaties and their parties: the table in ``detente/data/treaties.toml`` (its format is documented at the
top of that file), read once per process by :func:`load_treaties` and checked by :func:`build_treaties`.

The sentence pass :func:`detente.coding.passes._treaty_counterparts` uses it to aim leaving or suspending a
known treaty at the treaty's other parties."""

from __future__ import annotations

import functools
import importlib.resources
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from detente.coding.patterns import tokenize
from detente.errors import InputError

__all__ = ["Treaty", "build_treaties", "load_treaties"]

_FORMAT = 1
_TOP_KEYS = frozenset({"format", "treaty"})
_TREATY_KEYS = ("names", "parties")


@dataclass(frozen=True, slots=True)
class Treaty:
    """One ``[[treaty]]`` entry: the phrases that name it, as the coder's words (token norms), and the
    actor codes of its parties."""

    names: tuple[tuple[str, ...], ...]
    parties: frozenset[str]


@functools.lru_cache(maxsize=1)
def load_treaties() -> tuple[Treaty, ...]:
    """The shipped treaty table (``detente/data/treaties.toml``), read once per process."""
    resource = importlib.resources.files("detente.data").joinpath("treaties.toml")
    return build_treaties(tomllib.loads(resource.read_text(encoding="utf-8")))


def build_treaties(data: Mapping[str, Any]) -> tuple[Treaty, ...]:
    """The treaties of parsed ``treaties.toml`` data, in file order; :class:`InputError` naming the entry
    for anything not of the documented shape (a bare string would otherwise be read letter by letter)."""
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise InputError(f"treaties.toml: unknown key {unknown[0]!r} (known: format, treaty)")
    if data.get("format", _FORMAT) != _FORMAT:
        raise InputError(f"treaties.toml: format must be {_FORMAT}, got {data['format']!r}")
    entries = data.get("treaty", [])
    if not isinstance(entries, list):
        raise InputError("treaties.toml: treaty must be an array of tables ([[treaty]])")
    return tuple(_treaty(entry, number) for number, entry in enumerate(entries, start=1))


def _treaty(entry: object, number: int) -> Treaty:
    """One ``[[treaty]]`` table, checked; errors name it by its number and first name."""
    where = f"treaties.toml: treaty entry {number}"
    if not isinstance(entry, Mapping):
        raise InputError(f"{where} must be a table, got {type(entry).__name__}")
    names = entry.get("names")
    if isinstance(names, list) and names and isinstance(names[0], str) and names[0].strip():
        where = f"{where} ({names[0].strip()})"
    for key in entry:
        if key not in _TREATY_KEYS:
            raise InputError(f"{where}: unknown key {key!r} (known: {', '.join(_TREATY_KEYS)})")
    phrases = _strings(where, entry, "names", least=1)
    parties = _strings(where, entry, "parties", least=2)
    words = tuple(tuple(t.norm for t in tokenize(phrase)) for phrase in phrases)
    return Treaty(words, frozenset(parties))


def _strings(where: str, entry: Mapping[str, Any], key: str, *, least: int) -> list[str]:
    """The entry's list ``key`` of at least ``least`` non-empty strings, else an :class:`InputError`."""
    value = entry.get(key)
    if (
        not isinstance(value, list)
        or len(value) < least
        or not all(isinstance(v, str) and v.strip() for v in value)
    ):
        need = "a non-empty list" if least == 1 else f"a list of at least {least}"
        raise InputError(f"{where}: {key} must be {need} of non-empty strings")
    return value
