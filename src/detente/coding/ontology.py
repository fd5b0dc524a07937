"""The PLOVER event ontology: types, modes, contexts, scores, quad classes and the CAMEO crosswalk.

Everything here is read from ``detente/data/plover.toml`` (format documented at its top); the code only
checks, normalises and looks up.

* **Types.** PLOVER's 16 event types (:class:`EventType`). Older spellings (DEMAND, DISAPPROVE,
  INVESTIGATE, COOPERATION, FIGHT, APPEAL) are accepted by :func:`normalize` and mapped to the 2021 names.
* **Modes.** Each type has a small list of modes; ``""`` (no mode) is always valid. :func:`normalize_mode`
  lower-cases, turns spaces and underscores into hyphens and applies the aliases ("telephone" → "phone",
  "martial law" → "martial-law", "confiscate" → "seize").
* **Score.** :func:`plover_score` is the type's value on the -10..+10 conflict/cooperation scale from the
  PLOVER manual ("Schrodt scores": the frequency-weighted mean Goldstein value of the CAMEO codes in the
  type). The manual gives one value per type, so the mode does not change it.
* **Quad class.** :func:`quad_class` follows the GDELT/CAMEO QuadClass numbers: 1 verbal cooperation,
  2 material cooperation, 3 verbal conflict, 4 material conflict, as the PLOVER manual classes each type.
* **Crosswalk.** :func:`crosswalk` gives the CAMEO code (and its Goldstein value) an event of a type and
  mode is reported with, so data stays comparable with GDELT. The table is the inversion of
  CAMEO2PLOVER-2021 by :func:`invert_crosswalk`: among the CAMEO rows mapped to the type and mode, prefer
  codes under the type's home root (the root holding most of its rows), then the shortest code, then the
  lowest; a mode with no row takes the type's default; a handful of documented overrides win where the
  rule picks a sibling instead of the general code. A test re-derives the table from the shared file.
"""

from __future__ import annotations

import functools
import logging
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from importlib import resources
from typing import Any, Protocol

from detente.errors import InputError

logger = logging.getLogger(__name__)


class EventType(StrEnum):
    """PLOVER's 16 event types (2021 names)."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class QuadClass(IntEnum):
    """GDELT/CAMEO QuadClass numbers."""

    VERBAL_COOPERATION = 1
    MATERIAL_COOPERATION = 2
    VERBAL_CONFLICT = 3
    MATERIAL_CONFLICT = 4


class Polarity(StrEnum):
    """Whether the sentence asserts the event, denies it, supposes it or announces it."""

    ASSERTED = "asserted"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"
    FUTURE = "future"


@dataclass(frozen=True, slots=True)
class CameoCode:
    """A CAMEO event code and its Goldstein value."""

    code: str
    goldstein: float

    @property
    def root(self) -> str:
        """The two-digit CAMEO root ("04" for "042")."""
        return self.code[:2]


@dataclass(frozen=True, slots=True)
class TypeInfo:
    """What the ontology says about one event type."""

    type: EventType
    quad: QuadClass
    score: float
    modes: tuple[str, ...]
    summary: str
    default_code: str
    mode_codes: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class CrosswalkRow:
    """One line of CAMEO2PLOVER: a CAMEO code and the PLOVER type, mode and context it maps to."""

    code: str
    event: EventType
    mode: str
    context: str


@dataclass(frozen=True, slots=True)
class Ontology:
    """The whole ontology as loaded from ``plover.toml``."""

    types: Mapping[EventType, TypeInfo]
    contexts: frozenset[str]
    event_aliases: Mapping[str, tuple[EventType, str]]
    mode_aliases: Mapping[str, str]
    goldstein: Mapping[str, float]
    overrides: Mapping[tuple[EventType, str], tuple[str, str]]
    """(type, mode) → (CAMEO code, reason): crosswalk entries set by hand."""
    cameo_roots: Mapping[str, EventType]
    """Two-digit CAMEO root → PLOVER type (roots without a type are absent)."""


_MODE_SEP = re.compile(r"[\s_]+")


@functools.cache
def load_ontology() -> Ontology:
    """The packaged ontology (read once per process)."""
    text = (resources.files("detente") / "data" / "plover.toml").read_text(encoding="utf-8")
    return parse_ontology(tomllib.loads(text))


def parse_ontology(data: Mapping[str, Any]) -> Ontology:
    """Build an :class:`Ontology` from the parsed TOML; raises :class:`InputError` on a malformed file."""
    try:
        mode_aliases = {_simple_mode(k): str(v) for k, v in data["aliases"]["modes"].items()}
        event_aliases = {
            str(k).upper(): (EventType(v[0]), str(v[1])) for k, v in data["aliases"]["events"].items()
        }
        types: dict[EventType, TypeInfo] = {}
        for name, spec in data["types"].items():
            etype = EventType(name)
            walk = data["crosswalk"][name]
            types[etype] = TypeInfo(
                type=etype,
                quad=QuadClass(int(spec["quad"])),
                score=float(spec["score"]),
                modes=tuple(str(m) for m in spec["modes"]),
                summary=str(spec.get("summary", "")),
                default_code=str(walk["default"]),
                mode_codes={str(k): str(v) for k, v in walk.get("modes", {}).items()},
            )
        goldstein = {str(c): float(v) for rows in data["goldstein"].values() for c, v in rows}
        overrides: dict[tuple[EventType, str], tuple[str, str]] = {}
        for key, spec in data.get("overrides", {}).items():
            tname, _, mode = str(key).partition(" ")
            overrides[(EventType(tname), mode)] = (str(spec["code"]), str(spec["reason"]))
        contexts = frozenset(str(c) for c in data["contexts"])
        cameo_roots = {str(k): EventType(v) for k, v in data["cameo_roots"].items()}
    except (KeyError, ValueError, TypeError, IndexError) as exc:
        raise InputError(f"malformed ontology data: {exc!r}", reason="bad_ontology") from exc
    missing = set(EventType) - set(types)
    if missing:
        raise InputError(f"ontology lacks types: {sorted(missing)}", reason="bad_ontology")
    return Ontology(
        types=types,
        contexts=contexts,
        event_aliases=event_aliases,
        mode_aliases=mode_aliases,
        goldstein=goldstein,
        overrides=overrides,
        cameo_roots=cameo_roots,
    )


def _simple_mode(mode: str) -> str:
    return _MODE_SEP.sub("-", mode.strip().lower()).strip("-")


# --- normalisation --------------------------------------------------------------------------------


def event_type(name: str | EventType) -> EventType:
    """The :class:`EventType` for a name (any case; older PLOVER names accepted).

    Raises :class:`InputError` (reason ``unknown_event``) for anything else."""
    return normalize(name, "")[0]


def normalize_mode(mode: str | None) -> str:
    """A mode in the ontology's spelling: lower case, hyphens, aliases applied; ``None`` → ``""``."""
    if mode is None:
        return ""
    simple = _simple_mode(str(mode))
    return load_ontology().mode_aliases.get(simple, simple)


def normalize(name: str | EventType, mode: str | None = "") -> tuple[EventType, str]:
    """Normalise an (event, mode) pair; an older type name may carry its own mode (DISAPPROVE →
    ACCUSE/disapprove). The mode is not checked against the type: see :func:`mode_is_valid`."""
    onto = load_ontology()
    key = str(name).strip().upper()
    clean_mode = normalize_mode(mode)
    if key in EventType.__members__:
        return EventType(key), clean_mode
    alias = onto.event_aliases.get(key)
    if alias is None:
        raise InputError(f"unknown PLOVER event type: {name!r}", reason="unknown_event")
    return alias[0], clean_mode or alias[1]


def mode_is_valid(event: str | EventType, mode: str | None) -> bool:
    """True when ``mode`` (after normalisation) is ``""`` or one of the event type's modes."""
    if isinstance(event, str) and (mode is None or isinstance(mode, str)):
        return _mode_is_valid(
            event, mode
        )  # (s34-speed4: the coder asks about the same pairs again and again)
    return _mode_is_valid.__wrapped__(event, mode)


@functools.lru_cache(maxsize=4096, typed=True)
def _mode_is_valid(event: str | EventType, mode: str | None) -> bool:
    """:func:`mode_is_valid`'s answer, kept per (type, mode) pair; the ontology is read once per process, so
    a pair's answer never changes (``typed``: a name and an :class:`EventType` are asked about apart)."""
    try:
        etype, clean = normalize(event, mode)
    except InputError:
        return False
    return clean == "" or clean in load_ontology().types[etype].modes


def modes(event: str | EventType) -> tuple[str, ...]:
    """The modes of an event type (``""`` not included)."""
    return load_ontology().types[event_type(event)].modes


def normalize_context(context: str | Iterable[str] | None) -> str:
    """Contexts joined as ``"a; b"``: split on ``;`` or ``,``, lower-cased, spaces → ``_``, unknown kept."""
    if context is None:
        return ""
    parts = re.split(r"[;,]", context) if isinstance(context, str) else list(context)
    clean = [re.sub(r"[\s-]+", "_", p.strip().lower()) for p in parts]
    return "; ".join(p for p in clean if p)


def context_is_valid(context: str | None) -> bool:
    """True when every part of the (normalised) context is one of the ontology's contexts."""
    known = load_ontology().contexts
    return all(part in known for part in normalize_context(context).split("; ") if part)


def contexts() -> frozenset[str]:
    """All allowed context values."""
    return load_ontology().contexts


# --- lookups --------------------------------------------------------------------------------------


def type_info(event: str | EventType) -> TypeInfo:
    """Everything the ontology holds about one type."""
    return load_ontology().types[event_type(event)]


def plover_score(event: str | EventType, mode: str | None = "") -> float:
    """The type's conflict/cooperation score (-10..+10); the mode does not change it (see module doc)."""
    return type_info(event).score


def quad_class(event: str | EventType) -> int:
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    return int(type_info(event).quad)


def goldstein(code: str) -> float:
    """The Goldstein value of a CAMEO code; a sub-code missing from the table takes its parent's value.

    Raises :class:`InputError` (reason ``unknown_cameo``) when no prefix of the code is known."""
    table = load_ontology().goldstein
    code = code.strip()
    for end in range(len(code), 1, -1):
        value = table.get(code[:end])
        if value is not None:
            return value
    raise InputError(f"unknown CAMEO code: {code!r}", reason="unknown_cameo")


def crosswalk(event: str | EventType, mode: str | None = "") -> CameoCode:
    """The CAMEO code (with its Goldstein value) for a PLOVER type and mode.

    A mode that is not one of the type's modes gets the type's default code."""
    etype, clean = normalize(event, mode)
    info = load_ontology().types[etype]
    code = info.mode_codes.get(clean)
    if code is None:
        if clean:
            logger.debug("mode %r is not a mode of %s; using the type's CAMEO code", clean, etype)
        code = info.default_code
    return CameoCode(code, goldstein(code))


def type_for_cameo_root(code: str) -> EventType | None:
    """The PLOVER type of a CAMEO root ("11", or any code starting with it); ``None`` for 01 (statements)
    and unknown roots."""
    return load_ontology().cameo_roots.get(code.strip()[:2])


def derived_fields(event: str | EventType, mode: str | None = "") -> dict[str, Any]:
    """The fields of a coded event that follow from its type and mode: cameo, goldstein, score, quad."""
    cameo = crosswalk(event, mode)
    return {
        "cameo": cameo.code,
        "goldstein": cameo.goldstein,
        "score": plover_score(event, mode),
        "quad": quad_class(event),
    }


# --- the crosswalk file and its inversion ---------------------------------------------------------

_ROW = re.compile(r"^\s*(\d{3,4})\s*:\s*([A-Z]+)\s*,([^,#]*),?([^#]*)")


def parse_crosswalk(text: str) -> list[CrosswalkRow]:
    """Rows of a CAMEO2PLOVER file (``code: TYPE, mode, context # description``).

    Two-digit section headers, comments and lines naming no PLOVER type are skipped."""
    rows: list[CrosswalkRow] = []
    for line in text.splitlines():
        match = _ROW.match(line)
        if not match:
            continue
        code, name, mode, context = match.groups()
        try:
            etype, clean = normalize(name, mode)
        except InputError:
            logger.debug("crosswalk line names no PLOVER type: %r", line)
            continue
        rows.append(CrosswalkRow(code, etype, clean, normalize_context(context)))
    return rows


def invert_crosswalk(
    rows: Iterable[CrosswalkRow], onto: Ontology | None = None
) -> dict[EventType, tuple[str, dict[str, str]]]:
    """(type → (default code, {mode: code})) by the rule in the module docstring, overrides applied."""
    onto = onto or load_ontology()
    by_type: dict[EventType, list[CrosswalkRow]] = {t: [] for t in EventType}
    for row in rows:
        by_type[row.event].append(row)
    result: dict[EventType, tuple[str, dict[str, str]]] = {}
    for etype, info in onto.types.items():
        candidates = by_type[etype]
        roots = Counter(r.code[:2] for r in candidates)
        home = roots.most_common(1)[0][0] if roots else ""

        def pick(codes: list[str], home: str = home) -> str | None:
            if not codes:
                return None
            return min(codes, key=lambda c: (not c.startswith(home), len(c), c))

        def mode_of(row: CrosswalkRow, info: TypeInfo = info) -> str:
            return row.mode if row.mode in info.modes else ""

        default = pick([r.code for r in candidates if mode_of(r) == ""]) or pick([r.code for r in candidates])
        if default is None:
            raise InputError(f"crosswalk has no CAMEO code for {etype}", reason="bad_ontology")
        table: dict[str, str] = {}
        for mode in info.modes:
            manual = onto.overrides.get((etype, mode))
            if manual is not None:
                table[mode] = manual[0]
                continue
            table[mode] = pick([r.code for r in candidates if mode_of(r) == mode]) or default
        result[etype] = (default, table)
    return result


class SidedEvent(Protocol):
    """What a pass over coded events reads of one: its type and its sides (the coder's ``Event`` and the
    contract's events have them)."""

    @property
    def event(self) -> EventType: ...

    @property
    def source(self) -> tuple[str, ...]: ...

    @property
    def target(self) -> tuple[str, ...]: ...
