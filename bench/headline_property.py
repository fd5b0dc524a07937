"""Property check for headline reading: a gold sentence set in Title Case should code as the sentence does.

For every gold sentence of at most 20 words that the coder codes (at least one event), the sentence is
rewritten as a Title Case headline (every word capitalised except short function words, the first word
always; a final period dropped) and coded again. Prints, per gold file and in total, how many of the
sentences code the same set of (type, source, target, polarity) in Title Case as they do as written.

    PYTHONPATH=src .venv/bin/python bench/headline_property.py            # totals and per file
    PYTHONPATH=src .venv/bin/python bench/headline_property.py --show 20  # and 20 that differ
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
from pathlib import Path

from detente.coding.coder import code_sentence
from detente.coding.patterns import words

ROOT = Path(__file__).resolve().parents[1]
_SMALL = words("a an the and but or nor for of in on at to by as up via per vs from with")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def title_case(text: str) -> str:
    """``text`` as a Title Case headline: words capitalised but short function words, no final period."""
    text = text.rstrip()
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    first = True

    def cap(m: re.Match[str]) -> str:
        nonlocal first
        word = m.group()
        was_first, first = first, False
        if not was_first and word.lower() in _SMALL:
            return word
        return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))

    return _WORD.sub(cap, text)


def _key(events: list) -> frozenset[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    return frozenset((e.event.value, e.source, e.target, e.polarity.value) for e in events)


def gold_records(shared: Path) -> list[tuple[str, dict]]:
    files = sorted(p for p in (ROOT / "tests" / "gold").glob("*.jsonl") if not p.name.endswith(".refs.jsonl"))
    out: list[tuple[str, dict]] = []
    for path in files:
        out.extend((path.name, json.loads(line)) for line in path.read_text().splitlines() if line.strip())
    seed = shared / "seed" / "coding-gold.jsonl"
    out.extend((seed.name, json.loads(line)) for line in seed.read_text().splitlines() if line.strip())
    dev = shared / "data" / "coding" / "dev-gold-petrarch-plover.jsonl"
    for line in dev.read_text().splitlines():
        if line.strip() and (rec := json.loads(line)).get("set") == "afp":
            out.append((dev.name + "#afp", rec))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--shared", type=Path, default=Path(os.environ.get("DETENTE_SHARED", ROOT.parent / "shared"))
    )
    parser.add_argument("--show", type=int, default=0, help="print this many sentences that differ")
    parser.add_argument("--max-words", type=int, default=20)
    args = parser.parse_args(argv)
    per: dict[str, list[int]] = {}
    differing: list[tuple[str, str, object, object]] = []
    for name, rec in gold_records(args.shared):
        text = rec["text"]
        if len(text.split()) > args.max_words:
            continue
        day = dt.date.fromisoformat(rec["date"][:10])
        context = rec.get("context")
        plain = _key(code_sentence(text, date=day, context=context))
        if not plain:
            continue
        headline = title_case(text)
        titled = _key(code_sentence(headline, date=day, context=context))
        tally = per.setdefault(name, [0, 0])
        tally[0] += 1
        tally[1] += plain == titled
        if plain != titled:
            differing.append((name, headline, sorted(plain), sorted(titled)))
    total = [sum(t[0] for t in per.values()), sum(t[1] for t in per.values())]
    for name, (n, same) in sorted(per.items()):
        print(f"{name:40s} {same:4d}/{n:<4d} same")
    print(f"{'TOTAL':40s} {total[1]:4d}/{total[0]:<4d} same ({100 * total[1] / max(1, total[0]):.1f}%)")
    for name, headline, plain, titled in differing[: args.show]:
        print(f"\n[{name}] {headline}\n   as written: {plain}\n   title case: {titled}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
