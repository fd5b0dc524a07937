"""Scoring the event coder against gold, the quality gate, and the ``detente code --jsonl`` contract.

Metrics (:func:`evaluate`), per record (a sentence; for ISAF a press release):

* **Type sets.** G = the set of PLOVER types in the gold events, P = the same for the predicted events
  (a record without events has the empty set; every polarity counts; a record with no prediction at all
  counts as P = ∅ and is reported in ``missing_predictions``). For each type t, over all records:
  TP = |{t ∈ G ∩ P}|, FP = |{t ∈ P \\ G}|, FN = |{t ∈ G \\ P}|. Empty sets add nothing to these counts,
  so "no event" is not a class: a record with G = ∅ and P = {t} is one false positive of t, and G = P = ∅
  is not scored by F1 at all (it counts in the accuracy below).
* Precision = TP/(TP+FP), recall = TP/(TP+FN); a ratio with a zero denominator is 1.0 (nothing was
  predicted, so nothing was wrong; nothing was to be found, so nothing was missed);
  F1 = 2PR/(P+R), 0.0 when P+R = 0. So a type only missed, or only predicted, has F1 = 0.
* **type_macro_f1** is the mean F1 over the types present in gold or in the predictions of the
  evaluated records (types absent from both are left out). **type_micro_f1** uses the summed counts.
* **type_set_accuracy**: the share of records with G == P exactly (∅ == ∅ is a match).
* **event_detection**: precision/recall/F1 of "the record has at least one event".
* **Triples** (actor-scored records only): the multiset of (type, sorted set of source codes, sorted set
  of target codes) in gold and in the prediction; TP = size of the multiset intersection; micro
  precision/recall/F1 over the records (same zero-denominator rule). Actor codes are compared after
  trimming and case folding; order and repeats within a list do not matter.
* **source_accuracy / target_accuracy** (actor-scored records): gold and predicted events of the same
  type in the same record are paired one-to-one (greedily, best-agreeing pairs first: those equal in
  source and target, then in one of them, then the rest, ties in record order); the share of pairs whose source
  (target) sets are equal. ``None`` when there is no pair. ``actor_pairs`` is the number of pairs.
* **per_type**: precision, recall, F1, support (records whose gold has the type) and predicted count.
  **confusion**: for records with G ≠ P, each (missed type → extra type) pair counted once per record,
  with ``NONE`` on the side that is empty; the most frequent first.

Which records are actor-scored is decided by ``actor_scope`` (default: the record's ``score_actors``,
which the loaders set False for the fictional-country "unit" set, ISAF and the multi-coder rounds).

The gate: a baseline JSON file ``{"version": 1, "floors": {"<set>": {"<metric>": floor}}}`` where
``<set>`` is a gold-set name (file stem) or ``<name>:<subset>``. :func:`check_floors` lists every metric
below its floor; :func:`update_baseline` raises floors to the measured values and refuses to lower any
unless ``allow_lower`` is true.

The contract (:func:`run_contract`): one JSON object per input line ``{"id", "text", "date",
"context"?}``, one output line per input line, in order, ``{"id", "events": [...]}``. A line that cannot
be coded still gets its output line, with ``"events": []`` and an ``"error"`` naming the problem
(``bad_json``, ``not_object``, ``missing_id``, ``missing_text``, ``coder_failed``), plus ``"line"``
(1-based) when the id is unknown. A record without a usable date or with a non-string context is still
coded and its line says so in ``"warning"`` (``no_date``, ``bad_date``, ``bad_context``); see
:func:`stand_in_date` for the date it is coded as of. Blank lines are skipped. Text of any length goes
to the coder; empty or letter-less text gets ``"events": []`` without calling it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from detente.coding.eventdates import find_dates
from detente.coding.gold import CodedEvent, GoldRecord, PredEvent, parse_partial_date
from detente.coding.ontology import EventType, derived_fields, normalize
from detente.errors import ConfigError, InputError
from detente.model import PartialDate, Precision

logger = logging.getLogger(__name__)

FLOOR_METRICS = (
    "type_macro_f1",
    "type_micro_f1",
    "type_set_accuracy",
    "triple_f1",
    "source_accuracy",
    "target_accuracy",
)
"""The metrics a baseline keeps floors for."""

FALLBACK_DATE = dt.date(2015, 1, 1)
"""Publication date given to the coder for gold records that have none, when no dated record is near."""

MAX_STAND_IN_SCAN = 2_000
"""An undated record's stated date is looked for in this many leading characters."""

Coder = Callable[[str, str, dt.date, str | None], list[dict[str, Any]]]
"""``coder(id, text, publication_date, context) -> [event dicts]``."""


# --- metrics --------------------------------------------------------------------------------------


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1}


def _actor_key(actors: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({a.strip().casefold() for a in actors if a.strip()}))


def _triple(e: CodedEvent) -> tuple[EventType, tuple[str, ...], tuple[str, ...]]:
    return (e.event, _actor_key(e.source), _actor_key(e.target))


def default_actor_scope(record: GoldRecord) -> bool:
    return record.score_actors


def _pair_events(gold: Sequence[CodedEvent], pred: Sequence[CodedEvent]) -> list[tuple[bool, bool]]:
    """(source equal, target equal) for each one-to-one pair of same-type events: the best-agreeing
    candidate pairs are taken first, so a record's order of events does not decide who pairs with whom."""
    candidates: list[tuple[int, int, int, bool, bool]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if p.event is not g.event:
                continue
            src = _actor_key(p.source) == _actor_key(g.source)
            tgt = _actor_key(p.target) == _actor_key(g.target)
            candidates.append((-(src + tgt), gi, pi, src, tgt))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[bool, bool]] = []
    for _, gi, pi, src, tgt in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((src, tgt))
    return pairs


def _type_metrics(pairs: list[tuple[frozenset[EventType], frozenset[EventType]]]) -> dict[str, Any]:
    tp: Counter[EventType] = Counter()
    fp: Counter[EventType] = Counter()
    fn: Counter[EventType] = Counter()
    confusion: Counter[str] = Counter()
    exact = det_tp = det_fp = det_fn = 0
    for g, p in pairs:
        tp.update(g & p)
        fp.update(p - g)
        fn.update(g - p)
        exact += g == p
        det_tp += bool(g) and bool(p)
        det_fp += not g and bool(p)
        det_fn += bool(g) and not p
        missed = [t.value for t in sorted(g - p)] or ["NONE"]
        extra = [t.value for t in sorted(p - g)] or ["NONE"]
        if g != p:
            confusion.update(f"{m}->{x}" for m in missed for x in extra)
    present = sorted(set(tp) | set(fp) | set(fn))
    per_type = {
        t.value: {**_prf(tp[t], fp[t], fn[t]), "support": tp[t] + fn[t], "predicted": tp[t] + fp[t]}
        for t in present
    }
    micro = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    macro = sum(v["f1"] for v in per_type.values()) / len(per_type) if per_type else 1.0
    return {
        "type_macro_f1": macro,
        "type_micro_f1": micro["f1"],
        "type_micro_precision": micro["precision"],
        "type_micro_recall": micro["recall"],
        "type_set_accuracy": _ratio(exact, len(pairs)),
        "event_detection": _prf(det_tp, det_fp, det_fn),
        "per_type": per_type,
        "confusion": [{"pair": k, "count": n} for k, n in confusion.most_common(30)],
    }


def evaluate(
    gold: Sequence[GoldRecord],
    predicted: Mapping[str, Sequence[PredEvent]],
    *,
    actor_scope: Callable[[GoldRecord], bool] = default_actor_scope,
) -> dict[str, Any]:
    """Score predictions (record id → events) against gold; see the module docstring for definitions."""
    type_pairs = []
    missing = 0
    t_tp = t_fp = t_fn = 0
    actor_pairs: list[tuple[bool, bool]] = []
    actor_records = 0
    mismatches: list[dict[str, Any]] = []
    for record in gold:
        pred = list(predicted.get(record.id, ()))
        missing += record.id not in predicted
        g_types, p_types = record.types, frozenset(e.event for e in pred)
        type_pairs.append((g_types, p_types))
        if g_types != p_types and len(mismatches) < 50:
            mismatches.append({"id": record.id, "gold": sorted(g_types), "predicted": sorted(p_types)})
        if not actor_scope(record):
            continue
        actor_records += 1
        g_tri, p_tri = Counter(map(_triple, record.events)), Counter(map(_triple, pred))
        common = sum((g_tri & p_tri).values())
        t_tp += common
        t_fp += sum(p_tri.values()) - common
        t_fn += sum(g_tri.values()) - common
        actor_pairs.extend(_pair_events(record.events, pred))
    triple = _prf(t_tp, t_fp, t_fn)
    report: dict[str, Any] = {
        "records": len(gold),
        "actor_records": actor_records,
        "missing_predictions": missing,
        "gold_events": sum(len(r.events) for r in gold),
        "predicted_events": sum(len(predicted.get(r.id, ())) for r in gold),
    }
    report.update(_type_metrics(type_pairs))
    has_actors = actor_records > 0
    report.update(
        {
            "triple_precision": triple["precision"] if has_actors else None,
            "triple_recall": triple["recall"] if has_actors else None,
            "triple_f1": triple["f1"] if has_actors else None,
            "actor_pairs": len(actor_pairs),
            "source_accuracy": _ratio(sum(s for s, _ in actor_pairs), len(actor_pairs))
            if actor_pairs
            else None,
            "target_accuracy": _ratio(sum(t for _, t in actor_pairs), len(actor_pairs))
            if actor_pairs
            else None,
            "mismatches": mismatches,
        }
    )
    return report


def evaluate_gold_set(
    name: str,
    gold: Sequence[GoldRecord],
    predicted: Mapping[str, Sequence[PredEvent]],
    *,
    aside: Callable[[str], bool] | None = None,
) -> dict[str, Any]:
    """``{"gold": name, **overall metrics, "subsets": {subset: metrics}}``: one sub-report per value of the
    records' ``subset`` field (when there are several) and, given ``aside``, one for the held-aside part
    (``"held-aside"``). Sub-reports leave out ``mismatches``."""
    report = {"gold": name, **evaluate(gold, predicted)}
    subsets: dict[str, list[GoldRecord]] = {}
    names = {r.subset for r in gold if r.subset}
    if len(names) > 1:
        for record in gold:
            if record.subset:
                subsets.setdefault(record.subset, []).append(record)
    if aside is not None:
        subsets["held-aside"] = [r for r in gold if aside(r.id)]
    report["subsets"] = {
        key: {k: v for k, v in evaluate(records, predicted).items() if k != "mismatches"}
        for key, records in sorted(subsets.items())
    }
    return report


# --- the gate -------------------------------------------------------------------------------------


def flatten_report(report: Mapping[str, Any]) -> dict[str, dict[str, float | None]]:
    """``{"<gold>": {metric: value}, "<gold>:<subset>": {...}}`` for the :data:`FLOOR_METRICS`."""
    name = str(report.get("gold", "gold"))
    out = {name: {m: report.get(m) for m in FLOOR_METRICS}}
    for sub, metrics in (report.get("subsets") or {}).items():
        out[f"{name}:{sub}"] = {m: metrics.get(m) for m in FLOOR_METRICS}
    return out


def _covers(gold: str, key: str) -> bool:
    return key == gold or key.startswith(gold + ":")


def check_floors(report: Mapping[str, Any], baseline: Mapping[str, Any]) -> list[str]:
    """Messages for every floor of the report's gold set (and its subsets) that is not met; ``[]`` when
    all are. A metric the report lacks (or has as ``None``) fails its floor."""
    gold = str(report.get("gold", "gold"))
    measured = flatten_report(report)
    failures: list[str] = []
    for key, floors in sorted((baseline.get("floors") or {}).items()):
        if not _covers(gold, key):
            continue
        for metric, floor in sorted(floors.items()):
            value = measured.get(key, {}).get(metric)
            if value is None or (isinstance(value, float) and math.isnan(value)):
                failures.append(f"{key} {metric}: not measured (floor {floor:.4f})")
            elif value + 1e-9 < float(floor):
                failures.append(f"{key} {metric}: {value:.4f} < floor {float(floor):.4f}")
    return failures


def read_baseline(path: Path) -> dict[str, Any]:
    """A baseline file, or an empty baseline when the file does not exist."""
    if not path.exists():
        return {"version": 1, "floors": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"cannot read baseline {path}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("floors", {}), dict):
        raise ConfigError(f"baseline {path} is not {{'floors': {{...}}}}")
    data.setdefault("floors", {})
    return data


def update_baseline(report: Mapping[str, Any], path: Path, *, allow_lower: bool = False) -> list[str]:
    """Set the floors of the report's gold set to the measured values (rounded down to 4 decimals) and
    write ``path``. Returns the changes made. Raises :class:`ConfigError` (reason ``floor_lowered``),
    writing nothing, when a floor would go down and ``allow_lower`` is false. Metrics the report does not
    measure keep their floors."""
    baseline = read_baseline(path)
    floors: dict[str, dict[str, float]] = baseline["floors"]
    changes: list[str] = []
    lowered: list[str] = []
    for key, metrics in flatten_report(report).items():
        for metric, value in metrics.items():
            if value is None:
                continue
            new = math.floor(float(value) * 10_000) / 10_000
            old = floors.get(key, {}).get(metric)
            if old is not None and new < float(old):
                lowered.append(f"{key} {metric}: {float(old):.4f} -> {new:.4f}")
            if old is None or new != float(old):
                changes.append(f"{key} {metric}: {'-' if old is None else f'{float(old):.4f}'} -> {new:.4f}")
                floors.setdefault(key, {})[metric] = new
    if lowered and not allow_lower:
        raise ConfigError(
            "refusing to lower floors (pass --allow-lower to do it on purpose): " + "; ".join(lowered),
            reason="floor_lowered",
        )
    baseline["version"] = baseline.get("version", 1)
    try:
        path.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot write baseline {path}: {exc}") from exc
    return changes


# --- the contract ---------------------------------------------------------------------------------

_EVENT_KEYS = (
    "event",
    "mode",
    "context",
    "source",
    "target",
    "polarity",
    "event_date",
    "event_date_precision",
    "cameo",
    "goldstein",
    "score",
    "quad",
    "evidence",
)


def contract_event(event: Mapping[str, Any]) -> dict[str, Any]:
    """An event dict from the coder in the contract's shape: the type and mode normalised, missing
    ``cameo``/``goldstein``/``score``/``quad`` filled in from the ontology, the keys in contract order
    (unknown extra keys kept after them). Raises :class:`InputError` for an unknown event type."""
    etype, mode = normalize(str(event.get("event", "")), event.get("mode"))
    out: dict[str, Any] = {k: event.get(k) for k in _EVENT_KEYS}
    out["event"], out["mode"] = etype.value, mode
    out["context"] = out["context"] or ""
    out["source"] = list(out["source"] or [])
    out["target"] = list(out["target"] or [])
    out["polarity"] = out["polarity"] or "asserted"
    for key, value in derived_fields(etype, mode).items():
        if out.get(key) is None:
            out[key] = value
    out.update({k: v for k, v in event.items() if k not in out})
    return out


def _error_line(number: int, rid: Any, error: str) -> str:
    out: dict[str, Any] = {"id": rid, "events": [], "error": error}
    if rid is None:
        out["line"] = number
    return json.dumps(out, ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class _Pending:
    """A valid input line waiting to be coded."""

    rid: str | int
    text: str
    date: dt.date
    context: str | None
    warning: str | None = None
    """Set when the record is coded despite a missing or unusable date or context (see
    :func:`_parse_line`); the output line carries it."""
    dated: bool = True
    """False when ``date`` is a stand-in (:func:`stand_in_date`), not the record's own."""
    published: PartialDate | None = None
    """The record's own date with the precision its text gives, when coarser than a day ("2015", "2015-10")."""


_STATED_KINDS = frozenset({"iso", "dotted", "dmy", "mdy", "my", "year"})
"""Date expressions that name a date on their own, without a publication date to resolve against."""


def stand_in_date(text: str, previous: dt.date | None) -> dt.date:
    """The date an undated record is coded as of: the first
    full, month or year date the sentence names ("in April 2014"), else the date of the last dated record
    before it in the same input (usually the same document or batch), else :data:`FALLBACK_DATE`. It only
    picks who holds an office ("the Secretary General", "the Russian Foreign Minister") and resolves
    nothing else: event dates of undated records come from the sentence or are left out."""
    for mention in find_dates(text, FALLBACK_DATE):
        if mention.kind in _STATED_KINDS:
            return mention.value.value
    return previous or FALLBACK_DATE


def _undated_event(event: Mapping[str, Any], text: str, date: dt.date) -> dict[str, Any]:
    """An event of an undated record with its date kept only when the sentence states it outright;
    a date resolved against the stand-in (the stand-in itself, "yesterday", "on Tuesday") is dropped."""
    stated = {
        (m.value.iso(), m.value.precision.value) for m in find_dates(text, date) if m.kind in _STATED_KINDS
    }
    out = dict(event)
    if (str(out.get("event_date")), str(out.get("event_date_precision"))) not in stated:
        out["event_date"] = None
        out["event_date_precision"] = None
    return out


def _coarse_publication(event: Mapping[str, Any], published: PartialDate) -> dict[str, Any]:
    """An event dated by a record's year or month date ("2015"): the coder falls back to the first day of
    that period with day precision; the event keeps the period and its precision instead."""
    out = dict(event)
    if out.get("event_date") == published.value.isoformat() and out.get("event_date_precision") == "day":
        out["event_date"] = published.iso()
        out["event_date_precision"] = published.precision.value
    return out


def _parse_line(number: int, line: str, previous: dt.date | None = None) -> str | _Pending:
    """A record to code, or the finished output line of one that cannot be (or has no letters).

    A record without a usable ``date`` (absent, null, empty, or not a date) is still coded, as of
    :func:`stand_in_date` (``previous`` is the last dated record's date), and its output line says
    ``"warning": "no_date"`` or ``"bad_date"``; a ``context`` that is not a string is ignored with
    ``"warning": "bad_context"``. Only what leaves nothing to code is an error line."""
    try:
        data = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        return _error_line(number, None, f"bad_json: {exc.__class__.__name__}")
    if not isinstance(data, dict):
        return _error_line(number, None, "not_object")
    rid = data.get("id")
    if isinstance(rid, bool) or not isinstance(rid, str | int) or str(rid) == "":
        return _error_line(number, None, "missing_id")
    text, context = data.get("text"), data.get("context")
    if not isinstance(text, str):
        return _error_line(number, rid, "missing_text")
    warnings: list[str] = []
    if context is not None and not isinstance(context, str):
        warnings.append("bad_context")
        context = None
    raw_date = data.get("date")
    published: PartialDate | None = None
    try:
        partial = parse_partial_date(raw_date)
        date, dated = partial.value, True
        published = partial if partial.precision is not Precision.DAY else None
    except InputError:
        warnings.append("no_date" if raw_date is None or raw_date == "" else "bad_date")
        date, dated = stand_in_date(text[:MAX_STAND_IN_SCAN], previous), False
    warning = ", ".join(warnings) or None
    if not any(ch.isalpha() for ch in text):
        out: dict[str, Any] = {"id": rid, "events": []}
        if warning:
            out["warning"] = warning
        return json.dumps(out, ensure_ascii=False)
    return _Pending(rid, text, date, context, warning, dated, published)


def _output_line(item: _Pending, raw: Iterable[Any]) -> str:
    rid = item.rid
    events = []
    for event in raw:
        if not isinstance(event, Mapping):
            logger.warning("id %s: coder returned a %s, not an event dict", rid, type(event).__name__)
            continue
        try:
            coded = contract_event(event)
        except InputError as exc:
            logger.warning("id %s: coder event dropped: %s", rid, exc.message)
            continue
        if not item.dated:
            coded = _undated_event(coded, item.text, item.date)
        elif item.published is not None:
            coded = _coarse_publication(coded, item.published)
        events.append(coded)
    out: dict[str, Any] = {"id": rid, "events": events}
    if item.warning:
        out["warning"] = item.warning
    return json.dumps(out, ensure_ascii=False, default=str)


def _code_pending(number: int, item: _Pending, coder: Coder) -> str:
    try:
        return _output_line(item, coder(str(item.rid), item.text, item.date, item.context))
    except Exception as exc:  # one failing sentence must not end the run; the line reports it
        logger.exception("coder failed on id %s", item.rid)
        return _error_line(number, item.rid, f"coder_failed: {exc.__class__.__name__}")


@runtime_checkable
class RunCoder(Protocol):
    """A coder that reads a document's consecutive records together (look-ahead within the document):
    ``run_key`` names the document of a record (``None``: a record on its own), ``code_run`` codes a run
    of one document's records and returns their events in order."""

    def __call__(self, rid: str, text: str, date: dt.date, context: str | None) -> list[dict[str, Any]]: ...

    def run_key(self, rid: str, date: dt.date) -> Hashable | None: ...

    def code_run(
        self, records: Sequence[tuple[str, str, dt.date, str | None]]
    ) -> list[list[dict[str, Any]]]: ...


MAX_RUN_RECORDS = 500
"""At most this many records of one document are held back to be coded together."""

_Slot = tuple[int, str | _Pending]


def _flush_run(run: list[_Slot], coder: RunCoder) -> Iterator[str]:
    pending = [(n, item) for n, item in run if isinstance(item, _Pending)]
    coded: dict[int, str] = {}
    if pending:
        try:
            results = coder.code_run([(str(i.rid), i.text, i.date, i.context) for _, i in pending])
            if len(results) != len(pending):
                raise ValueError(f"{len(results)} results for {len(pending)} records")
            coded = {n: _output_line(i, r) for (n, i), r in zip(pending, results, strict=True)}
        except Exception:
            # the run as a whole failed: code its records one by one, so only a failing one reports it
            logger.exception("coding a run of %d records failed; coding them one by one", len(pending))
            coded = {n: _code_pending(n, i, coder) for n, i in pending}
    for n, item in run:
        yield coded[n] if isinstance(item, _Pending) else item


def run_contract(lines: Iterable[str], coder: Coder) -> Iterator[str]:
    """``detente code --jsonl``: one output line (without newline) per non-blank input line, in order.

    A :class:`RunCoder` gets each run of consecutive records of one document at once (at most
    :data:`MAX_RUN_RECORDS`), so an early record can use what a later one says; the output order is the
    input order either way."""
    previous: dt.date | None = None  # the last dated record's date, for undated records after it
    if not isinstance(coder, RunCoder):
        for number, line in enumerate(lines, start=1):
            if line.strip():
                item = _parse_line(number, line, previous)
                if isinstance(item, _Pending):
                    previous = item.date if item.dated else previous
                    yield _code_pending(number, item, coder)
                else:
                    yield item
        return
    run: list[_Slot] = []
    key: Hashable | None = None
    size = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        item = _parse_line(number, line, previous)
        if isinstance(item, _Pending):
            previous = item.date if item.dated else previous
            item_key = coder.run_key(str(item.rid), item.date)
            if item_key is None or item_key != key or size >= MAX_RUN_RECORDS:
                yield from _flush_run(run, coder)
                run, size = [], 0
            key = item_key
            size += 1
        run.append((number, item))
    yield from _flush_run(run, coder)


def parse_predictions(lines: Iterable[str]) -> dict[str, list[CodedEvent]]:
    """Contract output lines as predictions for :func:`evaluate` (lines with an error or no id count as
    no prediction; events that do not parse are dropped with a warning)."""
    predicted: dict[str, list[CodedEvent]] = {}
    for line in lines:
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError:
            logger.warning("prediction line is not JSON: %.80s", line)
            continue
        if not isinstance(data, dict) or data.get("id") is None or data.get("error"):
            continue
        events: list[CodedEvent] = []
        for event in data.get("events") or []:
            try:
                events.append(CodedEvent.from_dict(event))
            except InputError as exc:
                logger.warning("id %s: predicted event dropped: %s", data["id"], exc.message)
        predicted[str(data["id"])] = events
    return predicted


def code_gold(
    records: Sequence[GoldRecord], coder: Coder, *, fallback_date: dt.date | None = None
) -> tuple[dict[str, list[CodedEvent]], list[str]]:
    """Code gold records through the contract, in process: (predictions, output lines).

    Records without a date are coded as of ``fallback_date``, by default the median date of the dated
    records (else :data:`FALLBACK_DATE`)."""
    if fallback_date is None:
        dates = sorted(r.date for r in records if r.date is not None)
        fallback_date = dates[len(dates) // 2] if dates else FALLBACK_DATE
    inputs = [json.dumps(r.contract_input(fallback_date=fallback_date)) for r in records]
    outputs = list(run_contract(inputs, coder))
    return parse_predictions(outputs), outputs
