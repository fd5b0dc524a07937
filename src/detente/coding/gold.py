"""Gold standards for the event coder: typed records, loaders, and the held-aside split.

The project's gold format is one JSON object per line (``../shared/data/coding/README.md``)::

    {"id", "date", "text", "context"?, "set"?, "events": [{"event", "mode", "context"?, "source": [...],
     "target": [...], "polarity", "event_date"?, "event_date_precision"?, "cameo"?}]}

:func:`load_gold` reads it into :class:`GoldRecord` values. Two other sets are converted to the same
records, with what is lost said here:

* **ISAF press releases** (:func:`load_isaf`): whole press releases, not sentences, coded with a
  kill/capture scheme. detention → COERCE/arrest; captureandkill → COERCE/arrest and ASSAULT;
  insurgentskilled and civiliancasualty → ASSAULT; airstrike → ASSAULT/aerial. Source is NATO (and AFG
  when the release names an Afghan-led or "Afghan and coalition" force), target the named groups
  (lower-case, e.g. "taliban"; "insurgents" when none is named). Actors are a heuristic, so these records
  are scored on event types only (``score_actors=False``). The event date is the gold ``start_date``; the
  publication date is the release's dateline, else the event date.
* **Multi-coder CAMEO rounds** (:func:`read_multicoder`, :func:`load_multicoder`): each sentence was coded
  by 2-5 trainee coders at the CAMEO root level. A coder's type set is the PLOVER types of their root
  codes (01 statements have none; relevance FALSE means no event); the gold set is the types a strict
  majority of the coders of the sentence's latest round chose. Actors are text spans, not codes, and no
  dates are given: the records carry event types only (``date=None``, ``score_actors=False``).
  :func:`multicoder_leave_one_out` turns the rounds into "one coder against the majority of the others"
  pairs, the human ceiling for the same metrics.

:func:`split_dev` keeps a fixed quarter of any gold set aside (by a SHA-256 hash of the record id), so
the coder's author can check rules on sentences they did not tune on.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
import json
import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.coding.ontology import EventType, Polarity, normalize, normalize_context, type_for_cameo_root
from detente.errors import InputError
from detente.extract.dates import parse_iso_datetime, search_date
from detente.model import PartialDate

logger = logging.getLogger(__name__)

UNSCORED_ACTOR_SUBSETS = frozenset({"unit"})
"""Subsets (the gold ``set`` field) whose actors are fictional: their event types are scored, actors not."""

MAX_DATE_CHARS = 64


@dataclass(frozen=True, slots=True)
class CodedEvent:
    """One event as gold files and the ``detente code --jsonl`` contract write it."""

    event: EventType
    mode: str = ""
    context: str = ""
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    polarity: Polarity = Polarity.ASSERTED
    event_date: str | None = None
    event_date_precision: str | None = None
    cameo: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CodedEvent:
        """Parse one event object; :class:`InputError` when it is not one."""
        if not isinstance(data, Mapping):
            raise InputError(f"an event must be an object, not {type(data).__name__}", reason="bad_event")
        etype, mode = normalize(str(data.get("event", "")), _opt_str(data.get("mode")))
        try:
            polarity = Polarity(str(data.get("polarity") or "asserted").strip().lower())
        except ValueError as exc:
            raise InputError(f"unknown polarity {data.get('polarity')!r}", reason="bad_event") from exc
        return cls(
            event=etype,
            mode=mode,
            context=normalize_context(_opt_str(data.get("context"))),
            source=_actors(data.get("source")),
            target=_actors(data.get("target")),
            polarity=polarity,
            event_date=_opt_str(data.get("event_date")),
            event_date_precision=_opt_str(data.get("event_date_precision")),
            cameo=_opt_str(data.get("cameo")),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "event": self.event.value,
            "mode": self.mode,
            "context": self.context,
            "source": list(self.source),
            "target": list(self.target),
            "polarity": self.polarity.value,
        }
        if self.event_date is not None:
            out["event_date"] = self.event_date
            out["event_date_precision"] = self.event_date_precision
        if self.cameo is not None:
            out["cameo"] = self.cameo
        return out


GoldEvent = CodedEvent
PredEvent = CodedEvent


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One gold sentence (or document, for ISAF) with its events."""

    id: str
    text: str
    date: dt.date | None
    events: tuple[CodedEvent, ...] = ()
    context: str | None = None
    subset: str | None = None
    """The gold file's ``set`` field ("afp", "unit"), or the loader's name for the set."""
    score_actors: bool = True
    """False when the actors are fictional or converted by a heuristic: score event types only."""
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def types(self) -> frozenset[EventType]:
        return frozenset(e.event for e in self.events)

    def contract_input(self, *, fallback_date: dt.date | None = None) -> dict[str, Any]:
        """The ``detente code --jsonl`` input line for this record (``date`` left out when unknown)."""
        line: dict[str, Any] = {"id": self.id, "text": self.text}
        date = self.date or fallback_date
        if date is not None:
            line["date"] = date.isoformat()
        if self.context:
            line["context"] = self.context
        return line


# --- the project's format -------------------------------------------------------------------------


def _opt_str(value: Any) -> str | None:
    if value is None:
        return None
    return str(value)


def _actors(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return (value.strip(),)
    if isinstance(value, list | tuple):
        return tuple(str(v).strip() for v in value if v is not None and str(v).strip())
    raise InputError(f"actors must be a list of codes, not {type(value).__name__}", reason="bad_event")


def parse_date(value: Any) -> dt.date:
    """A publication date from JSON: ``2015-10-05``, a datetime, or ``2015-10``/``2015`` (first day).

    Raises :class:`InputError` (``bad_date``)."""
    return parse_partial_date(value).value


def parse_partial_date(value: Any) -> PartialDate:
    """:func:`parse_date` with the precision the text gives (``2015`` is a year, not 1 January)."""
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_DATE_CHARS:
        raise InputError(f"bad date: {str(value)[:40]!r}", reason="bad_date")
    return parse_iso_datetime(value)


def record_from_dict(data: Any, *, default_subset: str | None = None) -> GoldRecord:
    """One gold line (already parsed JSON) as a :class:`GoldRecord`; :class:`InputError` when malformed."""
    if not isinstance(data, dict):
        raise InputError("a gold line must be a JSON object", reason="malformed")
    rid, text, events = data.get("id"), data.get("text"), data.get("events")
    if not isinstance(rid, str | int) or isinstance(rid, bool) or str(rid) == "":
        raise InputError("gold line without an id", reason="malformed")
    if not isinstance(text, str):
        raise InputError(f"{rid}: gold line without a text", reason="malformed")
    if not isinstance(events, list):
        raise InputError(f"{rid}: 'events' must be a list", reason="malformed")
    date: dt.date | None = None
    extra: dict[str, Any] = {}
    if data.get("date") is not None:
        try:
            date = parse_date(data["date"])
        except InputError as exc:
            # a bad date loses the date, not the record: its events can still be scored
            logger.warning("%s: %s; the record has no date", rid, exc.message)
            extra["date_error"] = exc.message
    subset = _opt_str(data.get("set")) or default_subset
    score_actors = data.get("score_actors")
    if not isinstance(score_actors, bool):
        score_actors = subset not in UNSCORED_ACTOR_SUBSETS
    try:
        parsed = tuple(CodedEvent.from_dict(e) for e in events)
    except InputError as exc:
        raise InputError(f"{rid}: {exc.message}", reason=exc.reason) from exc
    return GoldRecord(
        id=str(rid),
        text=text,
        date=date,
        events=parsed,
        context=_opt_str(data.get("context")),
        subset=subset,
        score_actors=score_actors,
        extra=extra,
    )


def parse_gold_lines(lines: Iterable[str], *, name: str = "gold") -> list[GoldRecord]:
    """Gold records from JSONL lines; blank lines are skipped, anything else malformed raises
    :class:`InputError` naming the line (gold must be clean). Two defects of upstream sets are repaired with
    a warning instead: a repeated id gets a ``~2`` suffix, and a malformed date leaves the record with
    ``date=None`` (``extra["date_error"]``)."""
    records: list[GoldRecord] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = record_from_dict(json.loads(line))
        except json.JSONDecodeError as exc:
            raise InputError(f"{name} line {number}: invalid JSON ({exc.msg})", reason="malformed") from exc
        except InputError as exc:
            raise InputError(f"{name} line {number}: {exc.message}", reason=exc.reason) from exc
        if record.id in seen:
            # upstream sets reuse a few ids for different sentences: keep both, the later one renamed
            suffix = 2
            while f"{record.id}~{suffix}" in seen:
                suffix += 1
            logger.warning("%s line %d: duplicate id %r renamed %r", name, number, record.id, suffix)
            record = dataclasses.replace(record, id=f"{record.id}~{suffix}")
        seen.add(record.id)
        records.append(record)
    return records


def load_gold(path: Path) -> list[GoldRecord]:
    """A gold JSONL file in the project's format."""
    try:
        with path.open(encoding="utf-8") as fh:
            return parse_gold_lines(fh, name=path.name)
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}", reason="not_found") from exc


def gold_set_name(path: Path) -> str:
    """The name a gold file's figures are filed under in reports and baselines (its stem)."""
    name = path.name if path.is_dir() else path.name.split(".")[0]
    return name or "gold"


def load_any(path: Path) -> list[GoldRecord]:
    """Any gold set detente knows: a multi-coder folder, the ISAF file, or the project's format."""
    if path.is_dir():
        return load_multicoder(path)
    try:
        with path.open(encoding="utf-8") as fh:
            first = next((line for line in fh if line.strip()), "")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}", reason="not_found") from exc
    if first.lstrip().startswith("{") and '"pr_id"' in first and '"gold"' in first:
        return load_isaf(path)
    return load_gold(path)


# --- held-aside split -----------------------------------------------------------------------------


def held_aside(record_id: str, *, fraction: float = 0.25, salt: str = "detente-coding-gold") -> bool:
    """True for the fixed ``fraction`` of ids kept aside (SHA-256 of salt and id; stable everywhere)."""
    digest = hashlib.sha256(f"{salt}\x00{record_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < fraction


def split_dev(
    records: Sequence[GoldRecord], *, fraction: float = 0.25
) -> tuple[list[GoldRecord], list[GoldRecord]]:
    """(dev, held-aside): tune on the first, check on the second."""
    dev = [r for r in records if not held_aside(r.id, fraction=fraction)]
    aside = [r for r in records if held_aside(r.id, fraction=fraction)]
    return dev, aside


# --- ISAF press releases --------------------------------------------------------------------------

_ISAF_TYPES: dict[str, tuple[tuple[EventType, str], ...]] = {
    "detention": ((EventType.COERCE, "arrest"),),
    "captureandkill": ((EventType.COERCE, "arrest"), (EventType.ASSAULT, "")),
    "insurgentskilled": ((EventType.ASSAULT, ""),),
    "civiliancasualty": ((EventType.ASSAULT, ""),),
    "airstrike": ((EventType.ASSAULT, "aerial"),),
}
_AFGHAN_FORCE = re.compile(r"\bAfghan(?:-led| and coalition| National (?:Army|Police|Security))", re.I)


def _split_multi(values: Iterable[Any]) -> list[str]:
    return [p.strip() for v in values for p in str(v).split(";") if p.strip()]


def isaf_record(data: Mapping[str, Any], number: int) -> GoldRecord:
    """One ISAF line as a :class:`GoldRecord` (see the module docstring for the conversion)."""
    gold = data.get("gold")
    text = data.get("text")
    if not isinstance(gold, Mapping) or not isinstance(text, str):
        raise InputError(f"ISAF line {number}: no text or gold", reason="malformed")
    pairs: list[tuple[EventType, str]] = []
    for name in _split_multi(gold.get("event_type") or []):
        mapped = _ISAF_TYPES.get(name.lower())
        if mapped is None:
            logger.warning("ISAF line %d: unknown event type %r", number, name)
            continue
        pairs.extend(p for p in mapped if p not in pairs)
    if gold.get("airstrike") is True and (EventType.ASSAULT, "aerial") not in pairs:
        pairs.append((EventType.ASSAULT, "aerial"))
    event_date = _opt_str(gold.get("start_date"))
    source = ("NATO", "AFG") if _AFGHAN_FORCE.search(text) else ("NATO",)
    target = tuple(_split_multi(gold.get("target_group") or [])) or ("insurgents",)
    events = tuple(
        CodedEvent(
            event=etype,
            mode=mode,
            source=source,
            target=target,
            event_date=event_date,
            event_date_precision="day" if event_date else None,
        )
        for etype, mode in pairs
    )
    found = search_date(text[:400])
    date = found[0].value if found else None
    if date is None and event_date:
        date = parse_date(event_date)
    rid = f"isaf-{number:04d}" + (f"-{data['pr_id']}" if data.get("pr_id") else "")
    return GoldRecord(
        id=rid, text=text, date=date, events=events, subset="isaf", score_actors=False, extra=dict(gold)
    )


def load_isaf(path: Path) -> list[GoldRecord]:
    """The ISAF press-release test set (``isaf_pr_test.jsonl``) as gold records."""
    records: list[GoldRecord] = []
    try:
        with path.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    data = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"ISAF line {number}: invalid JSON", reason="malformed") from exc
                records.append(isaf_record(data, number))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}", reason="not_found") from exc
    return records


# --- multi-coder CAMEO rounds ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MulticoderSentence:
    """One sentence of one annotation round, with each completing coder's PLOVER type set."""

    id: str
    text: str
    round: int
    coders: Mapping[str, frozenset[EventType]]


_ROUND_FILE = re.compile(r"round(\d+)_summary", re.I)
_NUMBER = re.compile(r"No\.\s*(\d+)")
_CAMEO_ROOT = re.compile(r"^\s*\d+\s*-\s*(\d{1,2})\b")


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() == "true"


def _coder_types(row: Mapping[str, str], k: int) -> frozenset[EventType]:
    if (row.get(f"1_Relevant_{k}") or "").strip().lower() == "false":
        return frozenset()
    types: set[EventType] = set()
    for key, value in row.items():
        if not key or not re.fullmatch(rf"Action\d+_CAMEO_{k}", key) or not value:
            continue
        match = _CAMEO_ROOT.match(value)
        etype = type_for_cameo_root(match[1].zfill(2)) if match else None
        if etype is not None:
            types.add(etype)
    return frozenset(types)


def _round_rows(path: Path, round_no: int) -> Iterator[MulticoderSentence]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            sample = re.search(r"cameo_\d+", row.get("ids") or "")
            number = _NUMBER.search(row.get("No") or row.get("plain_text") or "")
            text = (row.get("sentences") or "").strip()
            if not sample or not number or not text:
                logger.warning("%s: row without id or sentence skipped", path.name)
                continue
            coders = {
                f"r{round_no}c{k}": _coder_types(row, k)
                for k in range(1, 6)
                if _truthy(row.get(f"anncomplete_{k}"))
            }
            yield MulticoderSentence(f"{sample[0]}-{number[1]}", text, round_no, coders)


def read_multicoder(folder: Path) -> list[MulticoderSentence]:
    """Every sentence of every round in ``folder`` (or its ``rounds/``) coded by at least two coders."""
    base = folder / "rounds" if (folder / "rounds").is_dir() else folder
    files = sorted(base.glob("round*_summary*.csv"))
    if not files:
        raise InputError(f"no round*_summary*.csv files in {base}", reason="not_found")
    out: list[MulticoderSentence] = []
    for path in files:
        match = _ROUND_FILE.search(path.name)
        try:
            out.extend(s for s in _round_rows(path, int(match[1]) if match else 0) if len(s.coders) >= 2)
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            raise InputError(f"cannot read {path}: {exc}", reason="malformed") from exc
    return out


def majority(sets: Iterable[frozenset[EventType]]) -> frozenset[EventType]:
    """The types chosen by more than half of the given coders."""
    sets = list(sets)
    counts = Counter(t for s in sets for t in s)
    return frozenset(t for t, n in counts.items() if 2 * n > len(sets))


def _types_record(rid: str, text: str, types: Iterable[EventType], subset: str) -> GoldRecord:
    events = tuple(CodedEvent(event=t) for t in sorted(types))
    return GoldRecord(id=rid, text=text, date=None, events=events, subset=subset, score_actors=False)


def load_multicoder(folder: Path) -> list[GoldRecord]:
    """One gold record per sentence: the majority type set of its latest round."""
    latest: dict[str, MulticoderSentence] = {}
    for sentence in read_multicoder(folder):
        if sentence.id not in latest or sentence.round >= latest[sentence.id].round:
            latest[sentence.id] = sentence
    return [
        _types_record(s.id, s.text, majority(s.coders.values()), "multicoder")
        for s in sorted(latest.values(), key=lambda s: s.id)
    ]


def multicoder_leave_one_out(
    sentences: Iterable[MulticoderSentence],
) -> tuple[list[GoldRecord], dict[str, list[CodedEvent]]]:
    """(gold, predictions) pairing each coder with the majority of the other coders of the same round.

    Only sentences with at least three coders count (so the "others" are at least two). Record ids are
    ``"<sentence>#<coder>"``. Feed both to :func:`detente.coding.evaluate.evaluate` for the human ceiling."""
    gold: list[GoldRecord] = []
    predicted: dict[str, list[CodedEvent]] = {}
    for sentence in sentences:
        if len(sentence.coders) < 3:
            continue
        for coder, own in sentence.coders.items():
            others = [s for c, s in sentence.coders.items() if c != coder]
            rid = f"{sentence.id}#{coder}"
            gold.append(_types_record(rid, sentence.text, majority(others), "multicoder"))
            predicted[rid] = [CodedEvent(event=t) for t in sorted(own)]
    return gold, predicted
