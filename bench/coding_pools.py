"""Score the coder on the development pools it is tuned on and on the pools kept unread, as JSON.

The floors (``tests/baselines/coding.json``) hold each gold set on its own; this script pools the sets
the way the held-out checks are shaped, so a change can be judged on what it was *not* written from:

* ``never-read`` - written official-style records no rule was written from: ``blind-official-2``,
  ``third-party-style``, the ``"set": "blind"`` part of ``blind-official`` and the held-aside quarter
  (:func:`detente.coding.gold.held_aside`) of the four ``dev-*`` sets;
* ``read`` - the rest of the written official-style records;
* ``kremlin-B`` / ``kremlin-A`` - the hand-coded Kremlin page references split by page (a third of the
  pages of three sets, and two whole sets, are never read; kremlin-nato-8 is read);
* ``kremlin-nato-9`` - never read either, kept out of ``kremlin-B`` so that pool stays comparable
  across sessions: name it to score it on its own;
* ``news-B`` / ``news-A`` - the same split for news pages, plus a third of ``news-rare-types``;
* ``variants-B`` / ``variants-A`` - paraphrase pairs split by pair;
* ``seed`` - the seed page's own coded sentences.

Any other name is a gold set of ``tests/gold`` (or ``seed``); ``a+b`` codes pools together in one
stream. Reference sets need the shared folder (``../shared``); pools that cannot be built are reported
with a reason and left out::

    .venv/bin/python bench/coding_pools.py                       # the default pools
    .venv/bin/python bench/coding_pools.py never-read kremlin-B  # some of them
    .venv/bin/python bench/coding_pools.py --triples read        # with triple precision and recall

Materialised reference sets are cached in ``--cache`` (default ``/tmp/detente-kremlin-gold``), keyed by
the references file's content.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from detente.coding import gold as g
from detente.coding.document import RecordStream
from detente.coding.evaluate import code_gold, evaluate

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
SHARED = ROOT.parent / "shared"
KEYS = ("type_macro_f1", "type_set_accuracy", "triple_f1", "source_accuracy", "target_accuracy")
DEV = ("dev-nato-official", "dev-russia-official", "dev-third-party", "dev-world-news")
DEFAULT = (
    "never-read",
    "blind-official-2",
    "kremlin-B",
    "news-B",
    "read",
    "kremlin-A",
    "news-A+plover-style",
    "seed",
)


class Missing(Exception):
    """A pool cannot be built here (no shared folder, unknown name)."""


def _h(text: str) -> int:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16)


class Pools:
    def __init__(self, shared: Path, cache: Path) -> None:
        self.shared = shared
        self.cache = cache

    # --- raw material ---------------------------------------------------------------------------

    def raw(self, name: str) -> list[dict[str, Any]]:
        path = GOLD / f"{name}.jsonl"
        if not path.is_file():
            raise Missing(f"no gold set {name!r} in tests/gold")
        with path.open(encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]

    def load(self, name: str) -> list[g.GoldRecord]:
        if name == "seed":
            seed = self.shared / "seed" / "coding-gold.jsonl"
            if not seed.is_file():
                raise Missing(f"seed gold not found at {seed}")
            return g.load_any(seed)
        path = GOLD / f"{name}.jsonl"
        if path.is_file():
            return g.load_any(path)
        if (GOLD / f"{name}.refs.jsonl").is_file():
            return self.refs(name)
        raise Missing(f"no gold set {name!r}")

    def refs(self, name: str) -> list[g.GoldRecord]:
        ref_path = GOLD / f"{name}.refs.jsonl"
        corpus = self.shared / "data" / "corpora" / "kremlin-en-nato-pages"
        if not (corpus / "pages.jsonl").is_file():
            raise Missing(f"{name}: Kremlin corpus not found at {corpus}")
        digest = hashlib.sha256(ref_path.read_bytes()).hexdigest()[:16]
        out = self.cache / f"{name}-{digest}.jsonl"
        if not out.is_file():
            sys.path.insert(0, str(ROOT / "bench"))
            from kremlin_gold import materialise

            with ref_path.open(encoding="utf-8") as fh:
                refs = [json.loads(line) for line in fh if line.strip()]
            records, missing = materialise(refs, corpus)
            if missing:
                print(f"coding_pools: {name}: {len(missing)} references not found", file=sys.stderr)
            self.cache.mkdir(parents=True, exist_ok=True)
            out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
        return g.load_gold(out)

    def ref_files(self, name: str) -> dict[str, str]:
        with (GOLD / f"{name}.refs.jsonl").open(encoding="utf-8") as fh:
            return {r["id"]: r["file"] for r in map(json.loads, filter(str.strip, fh))}

    # --- splits ---------------------------------------------------------------------------------

    def by_page(self, name: str, want: bool, salt: str = "") -> list[g.GoldRecord]:
        files = self.ref_files(name)
        return [r for r in self.refs(name) if (_h(salt + files[r.id]) % 3 == 0) == want]

    def by_set(self, name: str, want: str) -> list[g.GoldRecord]:
        ids = {r["id"] for r in self.raw(name) if r.get("set") == want}
        return [r for r in self.load(name) if r.id in ids]

    def never_read(self) -> list[g.GoldRecord]:
        out = (
            self.load("blind-official-2")
            + self.load("third-party-style")
            + self.by_set("blind-official", "blind")
        )
        for name in DEV:
            out += [r for r in self.load(name) if g.held_aside(r.id)]
        return out

    def read(self) -> list[g.GoldRecord]:
        out = self.load("nato-style") + self.load("ru-official-style") + self.load("plover-style")
        out += self.by_set("blind-official", "dev")
        for name in DEV:
            out += [r for r in self.load(name) if not g.held_aside(r.id)]
        return out

    def kremlin(self, want: bool) -> list[g.GoldRecord]:
        out = self.by_page("kremlin-nato-2", want) + self.by_page("kremlin-nato-3", want)
        out += self.by_page("kremlin-nato-7", want, "kn7-")
        for name in (
            ("kremlin-nato-4", "kremlin-nato-5")
            if want
            else ("kremlin-nato", "kremlin-nato-6", "kremlin-nato-8")
        ):
            out += self.refs(name)
        return out

    def news(self, want: bool) -> list[g.GoldRecord]:
        out: list[g.GoldRecord] = []
        for name in ("news-politics-1", "news-politics-2", "news-politics-3", "news-politics-4"):
            out += self.by_page(name, want)
        for name in ("news-real-1", "news-real-2", "news-real-3"):
            out += self.by_page(name, want)
        return out + [r for r in self.load("news-rare-types") if (_h(r.id) % 3 == 0) == want]

    def variants(self, want: bool) -> list[g.GoldRecord]:
        out: list[g.GoldRecord] = []
        for name in ("variants-official", "variants-ru-official"):
            for r in self.load(name):
                pair = (int(r.id[-3:]) + 1) // 2
                if (_h(f"pair-{pair}") % 3 == 0) == want:
                    out.append(r)
        return out

    def pool(self, spec: str) -> list[g.GoldRecord]:
        named: dict[str, Callable[[], list[g.GoldRecord]]] = {
            "never-read": self.never_read,
            "read": self.read,
            "kremlin-B": lambda: self.kremlin(True),
            "kremlin-A": lambda: self.kremlin(False),
            "news-B": lambda: self.news(True),
            "news-A": lambda: self.news(False),
            "variants-B": lambda: self.variants(True),
            "variants-A": lambda: self.variants(False),
        }
        out: list[g.GoldRecord] = []
        for part in spec.split("+"):
            out += named[part]() if part in named else self.load(part)
        return out


def score(records: list[g.GoldRecord], triples: bool) -> dict[str, Any]:
    predicted = code_gold(records, RecordStream())[0]
    report = evaluate(records, predicted)
    keys = KEYS + (("triple_precision", "triple_recall") if triples else ())
    row: dict[str, Any] = {"records": len(records)}
    row.update({k: None if report[k] is None else round(report[k], 3) for k in keys})
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pools", nargs="*", default=list(DEFAULT), help="pool specs (default: %(default)s)")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/detente-kremlin-gold"))
    parser.add_argument("--triples", action="store_true", help="add triple precision and recall")
    args = parser.parse_args(argv)
    pools = Pools(args.shared, args.cache)
    result: dict[str, Any] = {}
    for spec in args.pools:
        try:
            records = pools.pool(spec)
        except Missing as exc:
            result[spec] = {"skipped": str(exc)}
            continue
        result[spec] = score(records, args.triples)
    json.dump(result, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
