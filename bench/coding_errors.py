"""Where the coder goes wrong on a pool of gold sets, as JSON: kinds of type-set error, per-type counts.

Uses the pools of ``bench/coding_pools.py``. Each record whose predicted type set differs from its gold
set is put in one kind: ``missed`` (nothing predicted, gold has events), ``spurious`` (gold has none),
``subset`` (some gold types predicted, none extra), ``superset`` (all gold types and more) or ``other``.
Per type: true and false positives and false negatives on type sets; triples missed and extra; the
most frequent (gold, predicted) type confusions among records with one type each side::

    .venv/bin/python bench/coding_errors.py read
    .venv/bin/python bench/coding_errors.py kremlin-A --show REQUEST fn 10

``--show`` prints the sentences behind one type's misses (``fn``) or false alarms (``fp``). It refuses
the pools kept unread (``never-read``, ``blind-official-2``, ``third-party-style``, the ``-B`` halves):
reading them would turn an honest check into one more development set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from coding_pools import SHARED, Missing, Pools
from detente.coding import gold as g
from detente.coding.document import RecordStream
from detente.coding.evaluate import code_gold

UNREAD = ("never-read", "blind-official-2", "third-party-style", "kremlin-B", "news-B", "variants-B")


def kind(gold: frozenset[Any], pred: frozenset[Any]) -> str | None:
    """The kind of type-set error, or None when the sets agree."""
    if gold == pred:
        return None
    if not pred:
        return "missed"
    if not gold:
        return "spurious"
    if pred < gold:
        return "subset"
    if pred > gold:
        return "superset"
    return "other"


def _triples(events: Any) -> Counter[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return Counter(
        (
            e.event.value,
            tuple(sorted(a.casefold() for a in e.source)),
            tuple(sorted(a.casefold() for a in e.target)),
        )
        for e in events
    )


def _role_kind(gold: tuple[str, ...], pred: tuple[str, ...]) -> str:
    g_, p_ = {a.casefold() for a in gold}, {a.casefold() for a in pred}
    k = kind(frozenset(g_), frozenset(p_))
    return {"missed": "empty", "spurious": "extra"}.get(k or "exact", k or "exact")


def roles(records: list[g.GoldRecord], predicted: dict[str, list[g.CodedEvent]]) -> dict[str, Any]:
    """Source and target errors on same-type event pairs (the pairs the accuracies are taken on):
    ``empty`` (nothing predicted), ``extra`` (gold has none), ``subset``, ``superset``, ``other``."""
    out: dict[str, Counter[str]] = {"source": Counter(), "target": Counter()}
    for r in records:
        if not r.score_actors:
            continue
        pred = list(predicted.get(r.id, []))
        for ge in r.events:
            same = [p for p in pred if p.event is ge.event]
            if not same:
                continue
            best = max(
                same,
                key=lambda p: (
                    (_role_kind(ge.source, p.source) == "exact")
                    + (_role_kind(ge.target, p.target) == "exact")
                ),
            )
            pred.remove(best)
            out["source"][_role_kind(ge.source, best.source)] += 1
            out["target"][_role_kind(ge.target, best.target)] += 1
    return {side: dict(c.most_common()) for side, c in out.items()}


def analyse(records: list[g.GoldRecord], predicted: dict[str, list[g.CodedEvent]]) -> dict[str, Any]:
    kinds: Counter[str] = Counter()
    per: dict[str, Counter[str]] = {}
    confusions: Counter[str] = Counter()
    for r in records:
        events = predicted.get(r.id, [])
        gold_types = frozenset(e.event.value for e in r.events)
        pred_types = frozenset(e.event.value for e in events)
        k = kind(gold_types, pred_types)
        kinds[k or "exact"] += 1
        for t in gold_types | pred_types:
            c = per.setdefault(t, Counter())
            c["tp" if t in gold_types and t in pred_types else "fn" if t in gold_types else "fp"] += 1
        if k == "other" and len(gold_types) == 1 and len(pred_types) == 1:
            confusions[f"{next(iter(gold_types))} -> {next(iter(pred_types))}"] += 1
        if r.score_actors:
            gt, pt = _triples(r.events), _triples(events)
            for (t, _, _), n in (gt - pt).items():
                per.setdefault(t, Counter())["triple_fn"] += n
            for (t, _, _), n in (pt - gt).items():
                per.setdefault(t, Counter())["triple_fp"] += n
    return {
        "records": len(records),
        "kinds": dict(kinds.most_common()),
        "types": {t: dict(sorted(c.items())) for t, c in sorted(per.items())},
        "confusions": dict(confusions.most_common(15)),
        "roles": roles(records, predicted),
    }


def _paired(r: g.GoldRecord, events: list[g.CodedEvent]) -> list[tuple[g.CodedEvent, g.CodedEvent]]:
    pred = list(events)
    out = []
    for ge in r.events:
        same = [p for p in pred if p.event is ge.event]
        if not same:
            continue
        best = max(
            same,
            key=lambda p: (
                (_role_kind(ge.source, p.source) == "exact") + (_role_kind(ge.target, p.target) == "exact")
            ),
        )
        pred.remove(best)
        out.append((ge, best))
    return out


def _hit(r: g.GoldRecord, events: list[g.CodedEvent], etype: str, side: str) -> bool:
    gold_types = {e.event.value for e in r.events}
    pred_types = {e.event.value for e in events}
    if side == "fn":
        return etype in gold_types and etype not in pred_types
    if side == "fp":
        return etype in pred_types and etype not in gold_types
    role, _, want = side.partition("-")
    if not r.score_actors:
        return False
    for ge, pe in _paired(r, events):
        if etype not in ("ANY", ge.event.value):
            continue
        got = _role_kind(ge.source, pe.source) if role == "source" else _role_kind(ge.target, pe.target)
        if got == want:
            return True
    return False


def show(
    records: list[g.GoldRecord], predicted: dict[str, list[g.CodedEvent]], etype: str, side: str, n: int
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for r in records:
        events = predicted.get(r.id, [])
        if not _hit(r, events, etype, side):
            continue
        out.append(
            {
                "id": r.id,
                "text": r.text,
                "gold": [[e.event.value, list(e.source), list(e.target)] for e in r.events],
                "pred": [[e.event.value, list(e.source), list(e.target)] for e in events],
            }
        )
        if len(out) >= n:
            break
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pool", help="a pool spec of coding_pools.py")
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/detente-kremlin-gold"))
    parser.add_argument(
        "--show",
        nargs=3,
        metavar=("TYPE", "SIDE", "N"),
        help="print N sentences: SIDE is fn, fp, or source-KIND / target-KIND for role errors "
        "(KIND: empty, extra, subset, superset, other); TYPE may be ANY for role errors",
    )
    args = parser.parse_args(argv)
    if args.show and any(part in UNREAD for part in args.pool.split("+")):
        parser.error(f"{args.pool}: pools kept unread are scored, not read (see the module doc)")
    try:
        records = Pools(args.shared, args.cache).pool(args.pool)
    except Missing as exc:
        print(f"coding_errors: {exc}", file=sys.stderr)
        return 2
    predicted = code_gold(records, RecordStream())[0]
    if args.show:
        etype, side, n = args.show
        kinds = ("empty", "extra", "subset", "superset", "other")
        if side not in ("fn", "fp", *tuple(f"{r}-{k}" for r in ("source", "target") for k in kinds)):
            parser.error("the second --show value is fn, fp or source-KIND / target-KIND")
        result: Any = show(records, predicted, etype.upper(), side, int(n))
    else:
        result = analyse(records, predicted)
    json.dump(result, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
